#!/usr/bin/env python3
"""Write journey.json for the eleventh Eljur corpus: class 6Г over two school weeks (13-24 April 2026), lessons
that move and change hands. Standard library only, deterministic. Every name, id and text is invented.

Shapes follow /work/shared/reference/elzhur_mesh.md Part A (A.1 envelope, A.2 methods, A.3 field tables, A.5
examples): `students` as an object keyed by id or as an array, `items` keyed by lesson number or as an array,
`num`/`lesson_id`/`nm` as strings, `sort` as an int, `homework` keyed by id, `files` as `[{toid,...}]` (per pupil)
or `{file:[...]}` (by class, E5), `weight_float` as a number or a numeric string, `countas` as a string.
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CLASS = "6Г"
TZ = "+03:00"

RINGS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10")}
T = {
    "Математика": ("Корнилова Вера Степановна", "204"),
    "Русский язык": ("Белоусова Нина Аркадьевна", "108"),
    "Литература": ("Белоусова Нина Аркадьевна", "108"),
    "История": ("Гаврилов Тимур Ренатович", "311"),
    "Биология": ("Лазарева Светлана Игоревна", "215"),
    "Английский язык": ("Шубина Алла Викторовна", "302"),
    "Физическая культура": ("Прохоров Денис Юрьевич", ""),
    "География": ("Титов Арсений Павлович", "217"),
    "Музыка": ("Зайцева Ольга Марковна", "120"),
    "Изобразительное искусство": ("Зайцева Ольга Марковна", "120"),
}
PUPILS = {"66101": "Воронцов Глеб", "66102": "Ермакова Лада", "66103": "Ермаков Савелий"}
PARENTS = {
    "76101": ("Воронцова Инна Юрьевна", ["66101"]),
    "76102": ("Ермаков Кирилл Андреевич", ["66102", "66103"]),
}
WEEK1 = ("20260413", "20260419")
WEEK2 = ("20260420", "20260426")
Q4 = ("20260330", "20260529")
DAYTITLE = {"20260413": "Понедельник", "20260414": "Вторник", "20260415": "Среда", "20260416": "Четверг",
            "20260417": "Пятница", "20260418": "Суббота", "20260419": "Воскресенье",
            "20260420": "Понедельник", "20260421": "Вторник", "20260422": "Среда", "20260423": "Четверг",
            "20260424": "Пятница", "20260425": "Суббота", "20260426": "Воскресенье"}


def L(date, num, subject, topic, teacher=None, room=None, control=False):
    t, r = T[subject]
    return {"date": date, "num": num, "name": subject, "teacher": teacher or t, "room": r if room is None else room,
            "topic": topic, "is_control": control}


# --- lessons, first state ------------------------------------------------------------------------------------
LESSONS1 = {
    "7310001": L("20260413", 1, "Математика", "Деление десятичных дробей"),
    "7310002": L("20260413", 2, "Русский язык", "Спряжение глаголов"),
    "7310003": L("20260413", 3, "История", "Русь в XII веке"),
    "7310004": L("20260413", 4, "Английский язык", "Past Simple: irregular verbs"),
    "7310011": L("20260414", 1, "Русский язык", "Разноспрягаемые глаголы"),
    "7310012": L("20260414", 2, "Математика", "Среднее арифметическое"),
    "7310013": L("20260414", 3, "Математика", "Среднее арифметическое: задачи", control=True),
    "7310014": L("20260414", 4, "Биология", "Строение семени"),
    "7310015": L("20260414", 5, "Физическая культура", "Прыжки в длину"),
    "7310021": L("20260415", 1, "География", "Внутренние воды"),
    "7310022": L("20260415", 2, "Литература", "А. П. Платонов. «Неизвестный цветок»"),
    "7310023": L("20260415", 3, "Математика", "Проценты"),
    "7310024": L("20260415", 4, "История", "Владимиро-Суздальское княжество"),
    "7310031": L("20260416", 1, "Английский язык", "Reading: A Day in London"),
    "7310032": L("20260416", 2, "Биология", "Цветок и его строение"),
    "7310033": L("20260416", 3, "Русский язык", "Безличные глаголы"),
    "7310034": L("20260416", 4, "Музыка", "Образы природы в музыке"),
    "7310041": L("20260417", 1, "Математика", "Нахождение процента от числа"),
    "7310042": L("20260417", 2, "История", "Новгородская земля"),
    "7310043": L("20260417", 3, "Литература", "Платонов. Образ Даши"),
    "7310044": L("20260417", 4, "Физическая культура", "Эстафеты"),
    # week 2, as the class schedule first gives it
    "7320001": L("20260420", 1, "Математика", "Проценты: задачи"),
    "7320002": L("20260420", 2, "Русский язык", "Наклонение глагола"),
    "7320003": L("20260420", 3, "История", "Монгольское нашествие"),
    "7320004": L("20260420", 4, "Английский язык", "Past Simple: questions"),
    "7320005": L("20260420", 5, "География", "Озёра и болота"),
    "7320011": L("20260421", 1, "Русский язык", "Изъявительное наклонение"),
    "7320012": L("20260421", 2, "Математика", "Процент: обратная задача"),
    "7320013": L("20260421", 3, "История", "Борьба с крестоносцами"),
    "7320014": L("20260421", 4, "Биология", "Соцветия"),
    "7320015": L("20260421", 5, "Физическая культура", "Метание мяча"),
    "7320021": L("20260422", 1, "Литература", "В. П. Астафьев. «Конь с розовой гривой»"),
    "7320022": L("20260422", 2, "Математика", "Диаграммы"),
    "7320023": L("20260422", 3, "Английский язык", "Writing a postcard"),
    "7320031": L("20260423", 1, "География", "Подземные воды"),
    "7320032": L("20260423", 2, "Биология", "Плод"),
    "7320033": L("20260423", 3, "Русский язык", "Условное наклонение"),
    "7320034": L("20260423", 4, "Музыка", "Симфоническая картина"),
    "7320041": L("20260424", 1, "Математика", "Круговые диаграммы"),
    "7320042": L("20260424", 2, "История", "Александр Невский"),
    "7320043": L("20260424", 3, "Литература", "Астафьев. Образ Вити"),
}

# pulled 2026-04-22 18:00: Биология of 04-16 moved to Tue 04-21 #6; a substitute for История of 04-21
LESSONS2 = copy.deepcopy(LESSONS1)
LESSONS2["7310032"].update(date="20260421", num=6)
LESSONS2["7320013"].update(teacher="Крылова Маргарита Олеговна", room="405")
# pulled 2026-04-22 18:30 (week-1 re-pull) and later: the week-1 edits
LESSONS3 = copy.deepcopy(LESSONS2)
LESSONS3["7310041"].update(date="20260415", num=5)                     # Математика Fri #1 -> Wed #5
LESSONS3["7310022"].update(num=6)                                        # Литература Wed #2 -> #6
LESSONS3["7310024"].update(teacher="Крылова Маргарита Олеговна", room="405",
                           topic="Владимиро-Суздальская Русь: культура")  # substitute, room, topic
LESSONS3["7310004"].update(room="Кабинет 12 (корпус Б)")               # room change only
LESSONS3["7310033"].update(topic="Безличные глаголы. Словарный диктант")  # topic edit
LESSONS3["7310013"].update(topic="Среднее арифметическое: самостоятельная работа")
LESSONS3["7310034"].update(name="Изобразительное искусство", topic="Пейзаж: линия горизонта")  # replaced subject
# pulled 2026-04-24: week-2 edits
LESSONS4 = copy.deepcopy(LESSONS3)
del LESSONS4["7320005"]                                                  # География 04-20 #5 replaced ...
LESSONS4["7320095"] = L("20260420", 5, "Английский язык", "Irregular verbs: revision")  # ... by English (new id)
del LESSONS4["7320031"]                                                  # География 04-23 #1 cancelled (gone)
LESSONS4["7320042"].update(name="Cancel")                                # История 04-24 #2 named Cancel


def M(value, weight=1, ctype="Работа на уроке", short="РУ", comment="", nm="1", wf=None):
    return {"nm": nm, "value": value, "weight": weight, "weight_float": weight if wf is None else wf,
            "control_type": ctype, "control_type_short": short, "comment": comment}


def ABS(value, nm="1"):
    return {"nm": nm, "value": value, "absent": True, "comment": ""}


# marks (pupil, lesson_id) -> [marks]; first state (pulled 04-17 / 04-22)
MARKS1 = {
    ("66101", "7310002"): [M("5")],
    ("66101", "7310012"): [M("4")],
    ("66101", "7310013"): [M("5", 2, "Самостоятельная работа", "СР", wf="2.0")],
    ("66101", "7310031"): [M("5")],
    ("66101", "7310032"): [M("5")],
    ("66101", "7310041"): [M("4", comment="Не всё записано в тетради")],
    ("66102", "7310003"): [M("4")],
    ("66102", "7310012"): [M("5")],
    ("66102", "7310013"): [M("3", 2, "Самостоятельная работа", "СР", wf="2.0")],
    ("66102", "7310032"): [M("4")],
    ("66102", "7310041"): [M("3"), M("5", 1, "Домашняя работа", "ДР", nm="2", wf="1.0")],
    ("66103", "7310002"): [M("3", comment="Много ошибок")],
    ("66103", "7310014"): [M("4")],
    ("66103", "7310024"): [M("5")],
    ("66103", "7310032"): [ABS("н")],
    ("66101", "7320012"): [M("5")],
    ("66101", "7320013"): [M("4", comment="Ответ у доски")],
    ("66102", "7320005"): [M("4")],
    ("66103", "7320003"): [ABS("оп")],
}
MARKS2 = copy.deepcopy(MARKS1)  # the state from 04-22 18:30 on
MARKS2[("66103", "7310002")] = [M("4", comment="Исправлено: работа над ошибками")]
MARKS2[("66102", "7310003")] = [M("4", 2, "Самостоятельная работа", "СР", wf=2)]
MARKS2[("66101", "7310031")] = [M("5", comment="Отличное чтение")]
del MARKS2[("66102", "7310013")]
MARKS3 = copy.deepcopy(MARKS2)  # from 04-24 on: the mark of the replaced География lesson is gone with it
del MARKS3[("66102", "7320005")]

# homework lesson_id -> (id, text, [files])
HW = {
    "7310002": (5100002, "Упр. 418 (письменно)", []),
    "7310013": (5100013, "№ 598, 601 (б)", []),
    "7310032": (5100032, "§ 24, зарисовать строение цветка", ["строение цветка.pdf"]),
    "7310041": (5100041, "№ 612, 615; повторить деление дробей", []),
    "7310024": (5100024, "Пересказ § 17, вопросы 1–3", []),
    "7320012": (5200012, "№ 640–643", []),
    "7320031": (5200031, "Контурная карта: реки Евразии", ["контурная карта.jpg"]),
    "7320042": (5200042, "Подготовить сообщение о Невской битве", []),
}


def in_range(date, rng):
    return rng[0] <= date <= rng[1]


def dates(rng):
    out, d = [], rng[0]
    # both ranges lie within April 2026
    for day in range(int(rng[0][6:]), int(rng[1][6:]) + 1):
        out.append(rng[0][:6] + f"{day:02d}")
    return out


def hms(t, seconds):
    return t + ":00" if seconds else t


def assessment(pupil, lid, date, m):
    iso = f"{date[:4]}-{date[4:6]}-{date[6:]}"
    if m.get("absent"):
        return {"value": m["value"], "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": iso, "lesson_id": lid, "nm": m["nm"],
                "comment": m["comment"]}
    v = int(m["value"])
    return {"value": m["value"], "countas": str(v), "count": True, "convert": v, "weight": m["weight"],
            "weight_float": m["weight_float"], "control_type": m["control_type"],
            "control_type_short": m["control_type_short"], "date": iso, "lesson_id": lid, "nm": m["nm"],
            "comment": m["comment"], "color_hex": None}


def item(lid, les, seconds, marks=None, pupil=None, diary=True):
    s, e = RINGS[les["num"]]
    it = {"num": str(les["num"]), "name": les["name"], "room": les["room"], "teacher": les["teacher"],
          "sort": les["num"] * 100, "grp": None, "grp_short": None, "lesson_id": lid,
          "starttime": hms(s, seconds), "endtime": hms(e, seconds)}
    if diary:
        it["topic"] = les["topic"]
        it["is_control"] = les["is_control"]
        hw = HW.get(lid) if les["name"] != "Cancel" else None
        if hw:
            it["homework"] = {str(hw[0]): {"id": hw[0], "value": hw[1], "individual": False}}
            it["files"] = [{"toid": hw[0], "filename": f, "link": f"https://sch611.eljur.ru/files/{hw[0]}{i}"}
                           for i, f in enumerate(hw[2])]
        else:
            it["homework"], it["files"] = {}, []
        it["resources"] = []
        it["assessments"] = [assessment(pupil, lid, les["date"], m) for m in (marks or {}).get((pupil, lid), [])]
    return it


def days_of(lessons, rng, seconds, items_as, marks=None, pupil=None, diary=True):
    days = {}
    for d in dates(rng):
        lids = sorted((lid for lid, les in lessons.items() if les["date"] == d), key=lambda x: lessons[x]["num"])
        if not lids:
            continue
        its = [item(lid, lessons[lid], seconds, marks, pupil, diary) for lid in lids]
        days[d] = {"name": d, "title": DAYTITLE[d],
                   "items": {it["num"]: it for it in its} if items_as == "object" else its}
    return days


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, result, pulled):
    return {"request": request, "body": envelope(result), "pulled_at": pulled}


def diary(pupil, rng, lessons, marks, pulled, shape):
    students_as, items_as, seconds, rings = shape
    days = days_of(lessons, rng, seconds, items_as, marks, pupil)
    st = {"name": pupil, "title": PUPILS[pupil], "parent_signed": False, "days": days}
    students = {pupil: st} if students_as == "object" else [st]
    return rec(f"getdiary?student={pupil}&days={rng[0]}-{rng[1]}&rings={rings}", {"students": students}, pulled)


def class_schedule(rng, lessons, pulled):
    return rec(f"getschedule?class={CLASS}&days={rng[0]}-{rng[1]}&rings=__yes",
               {"days": days_of(lessons, rng, True, "array", diary=False)}, pulled)


def class_homework(rng, lessons, pulled):
    days = {}
    for d in dates(rng):
        its = []
        for lid, les in sorted(lessons.items(), key=lambda kv: kv[1]["num"]):
            if les["date"] == d and lid in HW and les["name"] != "Cancel":
                hid, text, files = HW[lid]
                its.append({"name": les["name"], "grp": None,
                            "homework": {"1": {"value": text, "id": hid, "individual": False}},
                            "files": {"file": [{"filename": f, "link": f"https://sch611.eljur.ru/files/{hid}{i}"}
                                               for i, f in enumerate(files)]}})
        if its:
            days[d] = {"name": d, "title": DAYTITLE[d], "items": its}
    return rec(f"gethomework?class={CLASS}&days={rng[0]}-{rng[1]}", {"days": days}, pulled)


def getmarks(pupil, lessons, marks, pulled, students_as):
    by_subject = {}
    for (p, lid), ms in sorted(marks.items()):
        if p != pupil:
            continue
        les = lessons[lid]
        for m in ms:
            a = assessment(pupil, lid, les["date"], m)
            a.pop("control_type"), a.pop("control_type_short")
            a["lesson_comment"] = les["topic"]
            a["max_mark"] = None
            if not m.get("absent"):
                a["mtype"] = {"id": {"РУ": 1, "СР": 4, "ДР": 2}[m["control_type_short"]],
                              "short": m["control_type_short"], "type": m["control_type"]}
            by_subject.setdefault(les["name"], []).append(a)
    lessons_out = []
    for i, (name, ms) in enumerate(sorted(by_subject.items())):
        counted = [(float(m["weight_float"]), m["convert"]) for m in ms if m["count"]]
        avg = "" if not counted else f"{sum(w * v for w, v in counted) / sum(w for w, _ in counted):.2f}"
        ms.sort(key=lambda m: (m["date"], m["lesson_id"], m["nm"]))
        lessons_out.append({"name": name, "average": avg, "averageConvert": round(float(avg)) if avg else None,
                            "lesson_id": str(1600 + i), "color_hex": None, "marks": ms})
    st = {"name": pupil, "title": PUPILS[pupil], "lessons": lessons_out}
    students = {pupil: st} if students_as == "object" else [st]
    return rec(f"getmarks?student={pupil}&days={Q4[0]}-{Q4[1]}", {"students": students}, pulled)


def getrules(parent):
    title, children = PARENTS[parent]
    last, first, middle = title.split()
    students = {}
    for c in children:
        cl, cf = PUPILS[c].split()
        students[c] = {"rules": ["getdiary", "getmarks", "getschedule", "gethomework", "getperiods"],
                       "rel": "child", "name": c, "title": PUPILS[c], "lastname": cl, "firstname": cf,
                       "gender": "male" if c != "66102" else "female", "class": CLASS, "parallel": "6",
                       "city": "Тверь"}
    result = {"roles": ["parent"],
              "relations": {"students": students,
                            "groups": {CLASS: {"rules": ["getschedule", "gethomework"], "rel": "homeclass",
                                               "name": CLASS, "parallel": "6", "balls": 5,
                                               "hometeacher_id": "56001",
                                               "hometeacher_name": "Белоусова Нина Аркадьевна",
                                               "hometeacher_lastname": "Белоусова",
                                               "hometeacher_firstname": "Нина",
                                               "hometeacher_middlename": "Аркадьевна"}},
                            "schools": [{"title": "Школа № 611", "title_full": "МБОУ «СОШ № 611»", "number": "611",
                                         "inn": "6950000611", "kpp": "695001001"}]},
              "allowedSections": ["diary", "marks", "finalmarks", "schedule"],
              "id": parent, "name": parent, "title": title, "lastname": last, "firstname": first,
              "middlename": middle, "email": f"p{parent}@example.org", "region": "Тверская область",
              "city": "Тверь", "vendor": "sch611", "vendor_id": 611}
    return rec("getrules", result, "2026-04-12T10:00:00" + TZ)


def getperiods():
    st = {"name": "66101", "title": PUPILS["66101"], "periods": [
        {"name": "III", "fullname": "3 четверть", "start": "20260112", "end": "20260320", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": Q4[0], "end": Q4[1], "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True}]}
    return rec("getperiods?student=66101&show_disabled=__yes", {"students": [st]}, "2026-04-12T10:05:00" + TZ)


P = lambda s: s + TZ  # noqa: E731
SHAPE = {"66101": ("object", "object", True, "__yes"), "66102": ("array", "array", False, "true"),
         "66103": ("object", "array", True, "__yes")}
SHAPE2 = {"66101": ("array", "array", False, "true"), "66102": ("object", "object", True, "__yes"),
          "66103": ("array", "object", False, "true")}

steps = [
    {"name": "01 getrules of both parents, getperiods",
     "batches": [[getrules("76101"), getrules("76102"), getperiods()]]},
    {"name": "02 week 1 as pulled on Friday 04-17: getdiary x3, class gethomework, getmarks x3 (quarter IV)",
     "batches": [[diary(p, WEEK1, LESSONS1, MARKS1, P("2026-04-17T18:00:00"), SHAPE[p]) for p in PUPILS]
                 + [class_homework(WEEK1, LESSONS1, P("2026-04-17T18:02:00"))]
                 + [getmarks(p, LESSONS1, {k: v for k, v in MARKS1.items() if k[1].startswith("731")},
                             P("2026-04-17T18:10:00"), "object") for p in PUPILS]]},
    {"name": "03 week 2 class schedule pulled Sunday 04-19 (before any change)",
     "batches": [[class_schedule(WEEK2, {k: v for k, v in LESSONS1.items() if k.startswith("732")},
                                 P("2026-04-19T20:00:00"))]]},
    {"name": "04 week 2 diaries pulled 04-22 18:00: Биология of 04-16 now on Tue 04-21 #6 with its marks, "
             "absence and homework; История 04-21 #3 with a substitute in room 405",
     "batches": [[diary(p, WEEK2, {k: v for k, v in LESSONS2.items() if in_range(v["date"], WEEK2)}, MARKS1,
                        P("2026-04-22T18:00:00"), SHAPE2[p]) for p in PUPILS]]},
    {"name": "05 week 1 re-pulled 04-22 18:30: Биология gone from 04-16, Математика 04-17 #1 moved to 04-15 #5, "
             "Литература 04-15 #2 -> #6, substitute/room/topic edits, Музыка 04-16 #4 now ИЗО; marks changed "
             "and one removed; class gethomework again; getmarks x3",
     "batches": [[diary(p, WEEK1, {k: v for k, v in LESSONS3.items() if in_range(v["date"], WEEK1)}, MARKS2,
                        P("2026-04-22T18:30:00"), SHAPE2[p]) for p in PUPILS]
                 + [class_homework(WEEK1, {k: v for k, v in LESSONS3.items() if in_range(v["date"], WEEK1)},
                                   P("2026-04-22T18:32:00"))]
                 + [getmarks(p, LESSONS3, MARKS2, P("2026-04-22T18:40:00"), "array") for p in PUPILS]]},
    {"name": "06 week 2 re-pulled Friday 04-24: География 04-20 #5 replaced by English (new lesson_id), "
             "География 04-23 #1 cancelled (gone with its task), История 04-24 #2 named Cancel; class schedule, "
             "diaries, getmarks",
     "batches": [[class_schedule(WEEK2, {k: v for k, v in LESSONS4.items() if in_range(v["date"], WEEK2)},
                                 P("2026-04-24T17:00:00"))]
                 + [diary(p, WEEK2, {k: v for k, v in LESSONS4.items() if in_range(v["date"], WEEK2)}, MARKS3,
                          P("2026-04-24T18:00:00"), SHAPE[p]) for p in PUPILS]
                 + [getmarks(p, LESSONS4, MARKS3, P("2026-04-24T18:30:00"), "object") for p in PUPILS]]},
]

journey = {"vendor": "elzhur",
           "description": "Eljur corpus 11: class 6Г, 13-24 April 2026, lessons that move and change hands "
                          "(written from shared/reference/elzhur_mesh.md Part A and C only)",
           "steps": steps}
with open(os.path.join(HERE, "journey.json"), "w", encoding="utf-8") as f:
    json.dump(journey, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(sum(len(b) for s in steps for b in s["batches"]), "records")
