"""Writes journey.json (standard library only). Invented values; shapes of reference Part A (A.1-A.6)."""
import json
from pathlib import Path

Q = "devkey=4f2a9c1e7b3d5a6c8e0f1a2b3c4d5e6f&vendor=gym21&auth_token=tok-gym21&out_format=json"
SCHOOL = [{"title": "Гимназия № 21", "title_full": "МАОУ «Гимназия № 21» г. Калуги", "number": "21",
           "inn": "4027000211", "kpp": "402701001"}]
PUPILS = {"21101": ("Орлова", "Вероника", "female"), "21102": ("Захаров", "Илья", "male"),
          "21103": ("Кузьмин", "Степан", "male"), "21104": ("Белова", "Полина", "female"),
          "21105": ("Никитина", "Алиса", "female")}
PARENTS = {"93101": ("Орлова", "Марина", "Сергеевна", "21101"), "93102": ("Захаров", "Денис", "Андреевич", "21102"),
           "93103": ("Кузьмина", "Ольга", "Петровна", "21103"), "93104": ("Белова", "Ирина", "Юрьевна", "21104"),
           "93105": ("Никитин", "Артём", "Олегович", "21105")}
HOMECLASS = {"7Б": ("50701", "Сорокина", "Елена", "Викторовна"), "8Б": ("50802", "Фомина", "Татьяна", "Игоревна"),
             "7Б-2026": ("50703", "Лаптев", "Роман", "Евгеньевич")}


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def title(sid):
    return f"{PUPILS[sid][0]} {PUPILS[sid][1]}"


def getrules(parent, klass, at, teacher_key=None):
    last, first, middle, child = PARENTS[parent]
    t = HOMECLASS[teacher_key or klass]
    par = klass[:-1]
    return {"request": f"getrules?{Q}", "pulled_at": at, "body": ok({
        "roles": ["parent"],
        "relations": {
            "students": {child: {"rules": ["getdiary", "getfinalassessments", "gethomework", "getmarks", "getperiods",
                                           "getschedule"], "rel": "child", "name": child, "title": title(child),
                                 "lastname": PUPILS[child][0], "firstname": PUPILS[child][1],
                                 "gender": PUPILS[child][2], "class": klass, "parallel": par, "city": "Калуга"}},
            "groups": {klass: {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": klass,
                               "parallel": int(par), "balls": 5, "hometeacher_id": t[0],
                               "hometeacher_name": f"{t[1]} {t[2]} {t[3]}", "hometeacher_lastname": t[1],
                               "hometeacher_firstname": t[2], "hometeacher_middlename": t[3]}},
            "schools": SCHOOL},
        "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
        "id": parent, "name": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
        "middlename": middle, "gender": "female" if last.endswith("а") else "male", "email": "",
        "region": "Калужская область", "city": "Калуга", "vendor": "gym21", "vendor_id": 4021})}


P2025 = [{"name": "I", "fullname": "1 четверть", "start": "20250901", "end": "20251026", "disabled": False, "ambigious": None},
         {"name": "II", "fullname": "2 четверть", "start": "20251105", "end": "20251228", "disabled": False, "ambigious": None},
         {"name": "III", "fullname": "3 четверть", "start": "20260112", "end": "20260322", "disabled": False, "ambigious": None},
         {"name": "IV", "fullname": "4 четверть", "start": "20260401", "end": "20260531", "disabled": False, "ambigious": None},
         {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
         {"name": "Э", "fullname": "Экзамен", "start": "", "end": "", "disabled": False, "ambigious": True}]
P2026 = [{"name": "1П", "fullname": "I полугодие", "start": "20260901", "end": "20261229", "disabled": False, "ambigious": None},
         {"name": "2П", "fullname": "II полугодие", "start": "20270112", "end": "20270531", "disabled": False, "ambigious": None},
         {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True}]


def getperiods(sid, periods, at, extra=""):
    return {"request": f"getperiods?{Q}&student={sid}{extra}", "pulled_at": at,
            "body": ok({"students": [{"name": sid, "title": title(sid), "periods": [dict(p, weeks=[]) for p in periods]}]})}


RINGS = {"1": ("08:30:00", "09:15:00"), "2": ("09:25:00", "10:10:00"), "3": ("10:25:00", "11:10:00"),
         "4": ("11:25:00", "12:10:00")}
WD = {"20260522": "Пятница", "20260528": "Четверг", "20260529": "Пятница", "20260601": "Понедельник",
      "20260602": "Вторник", "20260603": "Среда", "20260604": "Четверг", "20260605": "Пятница",
      "20260901": "Вторник", "20260902": "Среда", "20260903": "Четверг"}


def item(num, name, teacher, room, lid, topic, grp=None, hw=None, marks=(), control=False):
    d = {"num": num, "name": name, "room": room, "teacher": teacher, "sort": int(num) * 100, "lesson_id": lid,
         "topic": topic, "is_control": control, "starttime": RINGS[num][0], "endtime": RINGS[num][1],
         "homework": {}, "files": [], "resources": [], "assessments": list(marks)}
    if grp:
        d["grp"], d["grp_short"] = f"{grp} группа", f"{grp} гр."
    if hw:
        d["homework"] = {str(hw[0]): {"id": hw[0], "value": hw[1], "individual": False}}
    return d


def mark(value, date, lid, ctype="Работа на уроке", short="РУ", weight=1, comment=""):
    absent = value in ("н", "оп")
    num = 0 if absent else int(value[0])
    return {"value": value, "countas": str(num), "count": not absent, "convert": num, "weight": 0 if absent else weight,
            "weight_float": 0 if absent else weight, "control_type": "" if absent else ctype,
            "control_type_short": "" if absent else short, "date": f"{date[:4]}-{date[4:6]}-{date[6:]}",
            "lesson_id": lid, "nm": "1", "comment": comment, "color_hex": None}


T = {"alg": "Миронов Олег Петрович", "rus": "Сорокина Елена Викторовна", "bio": "Гусева Нина Аркадьевна",
     "ist": "Панов Виктор Семёнович", "en1": "Кузнецова Ирина Львовна", "en2": "Мельникова Дарья Андреевна",
     "him": "Фомина Татьяна Игоревна", "fiz": "Лаптев Роман Евгеньевич", "geo": "Зотова Алла Борисовна"}


def vacation(day):
    return {"name": day, "title": WD[day], "alert": "vacation", "holiday_name": "Летние каникулы", "items": {}}


def day(d, items):
    return {"name": d, "title": WD[d], "items": {i["num"]: i for i in items}}


def getdiary(sid, rng, days, at):
    return {"request": f"getdiary?{Q}&student={sid}&days={rng}&rings=__yes", "pulled_at": at,
            "body": ok({"students": {sid: {"name": sid, "title": title(sid), "parent_signed": False,
                                           "days": {d["name"]: d for d in days}}}})}


# --- 7Б, last week of May 2026 (2025/26) ---
def may_days(sid):
    g = "2" if sid == "21102" else "1"
    en = ("en2", "884502") if g == "2" else ("en1", "884501")
    m = {"21101": {"alg": [mark("5", "20260528", "884410", "Контрольная работа", "КР", 2)], "rus": [],
                   "en": [mark("н", "20260529", en[1])]},
         "21102": {"alg": [mark("4", "20260528", "884410", "Контрольная работа", "КР", 2)], "rus": [mark("3", "20260528", "884411")],
                   "en": []},
         "21103": {"alg": [mark("2", "20260528", "884410", "Контрольная работа", "КР", 2, "переписать не явился")],
                   "rus": [mark("2", "20260528", "884411")], "en": []},
         "21104": {"alg": [mark("4", "20260528", "884410", "Контрольная работа", "КР", 2)], "rus": [],
                   "en": [mark("5", "20260529", en[1])]}}[sid]
    for k in m:
        for a in m[k]:
            a["lesson_id"] = {"alg": "884410", "rus": "884411", "en": en[1]}[k]
    return [day("20260528", [item("1", "Алгебра", T["alg"], "214", "884410", "Итоговая контрольная работа за 7 класс",
                                  marks=m["alg"], control=True),
                             item("2", "Русский язык", T["rus"], "201", "884411", "Повторение: причастный оборот",
                                  marks=m["rus"]),
                             item("3", "Биология", T["bio"], "118", "884412", "Экскурсия в природу",
                                  hw=(6612001, "Летнее задание: гербарий из 10 растений"))]),
            day("20260529", [item("1", "История", T["ist"], "307", "884420", "Итоговое повторение"),
                             item("2", "Английский язык", T[en[0]], "305" if g == "1" else "306", en[1],
                                  "Summer holidays: speaking", grp=g, marks=m["en"])])] + \
        [vacation(d) for d in ("20260601", "20260602", "20260603", "20260604", "20260605")]


def late_may_day():  # 22 May, Орлова, pulled on the day after, delivered only in September
    return [day("20260522", [item("1", "Алгебра", T["alg"], "214", "884301", "Системы линейных уравнений",
                                  marks=[mark("4", "20260522", "884301")], hw=(6611900, "№ 1102, 1105")),
                             item("2", "География", T["geo"], "115", "884302", "Материки: обобщение")])]


# --- September 2026 (2026/27) ---
def sept_8b(sid):
    g = "1" if sid == "21105" else "2"  # Орлова and Захаров in the new 2 группа, Никитина in 1 группа
    en = ("en1", "990131") if g == "1" else ("en2", "990132")
    m_alg = {"21101": [mark("5", "20260902", "990120")], "21102": [mark("3", "20260902", "990120")],
             "21105": [mark("4", "20260902", "990120")]}[sid]
    m_him = {"21101": [], "21102": [mark("оп", "20260903", "990140")], "21105": []}[sid]
    return [day("20260901", [item("1", "Разговоры о важном", T["him"], "210", "990101", "День знаний"),
                             item("2", "Химия", T["him"], "210", "990102", "Предмет химии. Вещества",
                                  hw=(7700101, "§ 1, вопросы 1–5"))]),
            day("20260902", [item("1", "Алгебра", T["alg"], "214", "990120", "Повторение курса 7 класса", marks=m_alg),
                             item("2", "Английский язык", T[en[0]], "305" if g == "1" else "306", en[1],
                                  "My summer" if g == "1" else "Back to school", grp=g)]),
            day("20260903", [item("1", "Химия", T["him"], "210", "990140", "Чистые вещества и смеси", marks=m_him),
                             item("2", "Физика", T["fiz"], "221", "990141", "Тепловое движение",
                                  hw=(7700141, "§ 1, упр. 1"))])]


def sept_7b():  # Кузьмин, kept down: the new 7Б
    return [day("20260901", [item("1", "Разговоры о важном", T["ist"], "307", "990201", "День знаний"),
                             item("2", "Биология", T["bio"], "118", "990202", "Многообразие животных")]),
            day("20260902", [item("1", "История", T["ist"], "307", "990220", "Великие географические открытия",
                                  marks=[mark("4", "20260902", "990220")]),
                             item("3", "Английский язык", T["en1"], "305", "990221", "Holidays", grp="1")]),
            day("20260903", [item("1", "Алгебра", T["alg"], "214", "990240", "Выражения с переменными",
                                  marks=[mark("3", "20260903", "990240")]),
                             item("2", "Русский язык", T["rus"], "201", "990241", "Русский язык как развивающееся явление",
                                  hw=(7700241, "Упр. 4, 6"))])]


def getmarks(sid, rng, lessons, at):
    return {"request": f"getmarks?{Q}&student={sid}&days={rng}", "pulled_at": at,
            "body": ok({"students": {sid: {"name": sid, "title": title(sid), "lessons": lessons}}})}


def gm(value, date, lid, ctype, short, weight, lesson_comment, mid, comment=""):
    return {"value": value, "countas": value[0], "count": True, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "date": f"{date[:4]}-{date[4:6]}-{date[6:]}", "lesson_id": lid, "nm": "1",
            "comment": comment, "lesson_comment": lesson_comment, "max_mark": None,
            "mtype": {"id": mid, "short": short, "type": ctype}}


def finals(sid, items, at, days="&days=20250901-20260531"):
    return {"request": f"getfinalassessments?{Q}&student={sid}{days}", "pulled_at": at,
            "body": ok({"students": {sid: {"name": sid, "title": title(sid), "items": items}}})}


def fa(subject, **vals):
    return {"name": subject, "assessments": [{"period": p.replace("G", "Г").replace("E", "Э"), "value": v, "comment": ""}
                                             for p, v in vals.items()]}


FIN = {
    "21101": [fa("Алгебра", I="4", II="5", III="5", IV="5", G="5", E="5"), fa("Русский язык", I="5", II="4", III="5", IV="5", G="5"),
              fa("Биология", I="5", II="5", III="5", IV="5", G="5"), fa("Английский язык", I="4", II="4", III="4", IV="4", G="4")],
    "21102": [fa("Алгебра", I="3", II="4", III="4", IV="4", G="4", E="4"), fa("Русский язык", I="3", II="3", III="4", IV="3", G="3"),
              fa("Биология", I="4", II="4", III="4", IV="5", G="4"), fa("Английский язык", I="4", II="5", III="4", IV="5", G="5")],
    "21103": [fa("Алгебра", I="2", II="3", III="2", IV="2", G="2", E="2"), fa("Русский язык", I="3", II="2", III="2", IV="2", G="2"),
              fa("Биология", I="3", II="3", III="3", IV="3", G="3"), fa("Английский язык", I="3", II="3", III="3", IV="3", G="3")],
    "21104": [fa("Алгебра", I="4", II="4", III="5", IV="4", G="4", E="5"), fa("Русский язык", I="5", II="5", III="5", IV="5", G="5"),
              fa("Биология", I="5", II="4", III="5", IV="5", G="5"), fa("Английский язык", I="5", II="5", III="5", IV="5", G="5")],
}

may_rng, may_at = "20260528-20260605", "2026-06-05T18:00:00+03:00"
steps = [
    {"name": "01 late May 2026: parents' getrules (7Б, class teacher Сорокина) and getperiods of 2025/26 [A.3 getrules, Period; A.4 quarters, year and exam columns]",
     "batches": [[getrules(p, "7Б", f"2026-05-20T09:0{i}:00+03:00") for i, p in enumerate(["93101", "93102", "93103", "93104"])]
                 + [getperiods("21101", P2025, "2026-05-20T09:10:00+03:00", "&show_disabled=__yes"),
                    getperiods("21103", P2025, "2026-05-20T09:11:00+03:00", "&show_disabled=__yes")]]},
    {"name": "02 the last lessons (28-29 May) and the first week of summer (vacation days), marks of IV, year and exam finals of three pupils [A.3 Day, Lesson item, Assessment; A.5 E2-E4]",
     "batches": [[getdiary(s, may_rng, may_days(s), may_at) for s in ["21101", "21102", "21103", "21104"]],
                 [getmarks("21101", "20260401-20260531", [
                     {"name": "Алгебра", "average": "4.67", "averageConvert": 5, "lesson_id": "1201", "color_hex": None,
                      "marks": [gm("4", "20260522", "884301", "Работа на уроке", "РУ", 1, "Системы линейных уравнений", 1),
                                gm("5", "20260528", "884410", "Контрольная работа", "КР", 2, "Итоговая контрольная работа за 7 класс", 7)]}],
                     may_at),
                  getmarks("21103", "20260401-20260531", [
                      {"name": "Алгебра", "average": "2.00", "averageConvert": 2, "lesson_id": "1201", "color_hex": None,
                       "marks": [gm("2", "20260528", "884410", "Контрольная работа", "КР", 2, "Итоговая контрольная работа за 7 класс", 7, "переписать не явился")]}],
                      may_at)]
                 + [finals(s, FIN[s], "2026-06-05T18:30:00+03:00") for s in ["21102", "21103", "21104"]]]},
    {"name": "03 1 September 2026: parents' getrules (Орлова and Захаров now 8Б, Кузьмин kept down in 7Б, new pupil Никитина in 8Б; Белова left, her parent no longer pulled), getperiods of 2026/27 (half-years) [A.3 getrules, Period]",
     "batches": [[getrules("93101", "8Б", "2026-09-01T07:00:00+03:00"), getrules("93102", "8Б", "2026-09-01T07:01:00+03:00"),
                  getrules("93103", "7Б", "2026-09-01T07:02:00+03:00", "7Б-2026"), getrules("93105", "8Б", "2026-09-01T07:03:00+03:00"),
                  getperiods("21101", P2026, "2026-09-01T07:10:00+03:00"), getperiods("21103", P2026, "2026-09-01T07:11:00+03:00")]]},
    {"name": "04 the first days of 2026/27: diaries of 8Б (new subject Химия, new English subgroups) and of the new 7Б, 8Б's getmarks of I полугодие, this year's (empty) finals [A.3 Day, grp; A.2 getfinalassessments]",
     "batches": [[getdiary(s, "20260901-20260903", sept_8b(s), "2026-09-03T18:00:00+03:00") for s in ["21101", "21102", "21105"]]
                 + [getdiary("21103", "20260901-20260903", sept_7b(), "2026-09-03T18:01:00+03:00"),
                    getmarks("21101", "20260901-20261229", [
                        {"name": "Алгебра", "average": "5.00", "averageConvert": 5, "lesson_id": "2201", "color_hex": None,
                         "marks": [gm("5", "20260902", "990120", "Работа на уроке", "РУ", 1, "Повторение курса 7 класса", 1)]}],
                        "2026-09-03T18:05:00+03:00"),
                    finals("21101", [{"name": "Алгебра", "assessments": []}, {"name": "Химия", "assessments": []}],
                           "2026-09-03T18:06:00+03:00", "&days=20260901-20270531"),
                    finals("21102", [], "2026-09-03T18:07:00+03:00", "")]]},
    {"name": "05 last year's answers delivered in September: Орлова's 2025/26 finals (pulled 5 June), her 22 May diary (pulled 23 May), Захаров's 2025/26 periods (pulled 5 June) [A.2, A.4; README pulled_at]",
     "batches": [[finals("21101", FIN["21101"], "2026-06-05T18:30:00+03:00"),
                  getdiary("21101", "20260522-20260522", late_may_day(), "2026-05-23T10:00:00+03:00"),
                  getperiods("21102", P2025, "2026-06-05T18:40:00+03:00", "&show_disabled=__yes")]]},
]
journey = {"vendor": "elzhur",
           "description": "Гимназия № 21 (Калуга): the school year turns over. 7Б's last lessons, IV quarter, year and exam "
                          "columns of 2025/26, the summer vacation, then 1 September 2026: Орлова and Захаров promoted to 8Б, "
                          "Кузьмин kept down in the new 7Б, Белова left over the summer, Никитина new in 8Б; half-years "
                          "instead of quarters, new English subgroups; some 2025/26 answers delivered in September.",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(b) for s in steps for b in s["batches"]), "records")
