"""Writes journey.json for the elzhur_10 corpus (standard library only, deterministic).

Theme: the bare-record deletion notice (hub README, "The vendor adapters", row "deletion notice") for each of its
kinds (mark, homework, attendance, final), scoped to one pupil, after a byte-identical retry of the answers they correct; and a
parent whose three children sit in three classes, one of them in two subgroups (English 1, Informatics 2).
All names, ids and texts are invented. Shapes follow reference Part A (A.1-A.6).
"""
import json
from pathlib import Path

VENDOR = "sch10"
TZ = "+03:00"
RINGS = {"1": ("08:30:00", "09:15:00"), "2": ("09:25:00", "10:10:00"), "3": ("10:25:00", "11:10:00"),
         "4": ("11:25:00", "12:10:00")}
DAYS = "20260119-20260120"
TITLES = {"20260119": "Понедельник", "20260120": "Вторник"}


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled + TZ}


def mark(value, lesson_id, date, nm="1", weight=1, count=True, ctype="Работа на уроке", short="РУ", comment=""):
    if value in ("н", "Н", "оп", "ОП"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": date, "lesson_id": lesson_id, "nm": nm,
                "comment": comment}
    return {"value": value, "countas": value, "count": count, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": date,
            "lesson_id": lesson_id, "nm": nm, "comment": comment, "color_hex": None}


def item(num, name, teacher, room, lesson_id, topic, grp=None, homework=None, marks=None, files=None):
    it = {"num": num, "name": name, "room": room, "teacher": teacher, "sort": int(num) * 100, "lesson_id": lesson_id,
          "topic": topic, "is_control": False, "starttime": RINGS[num][0], "endtime": RINGS[num][1],
          "homework": {}, "files": files or [], "resources": []}
    if grp:
        it["grp"], it["grp_short"] = grp, grp.replace(" группа", " гр.")
    for hw_id, text in (homework or []):
        it["homework"][str(hw_id)] = {"id": hw_id, "value": text, "individual": False}
    if marks is not None:
        it["assessments"] = marks
    return it


# --- the class days (lessons of every group); a pupil's diary picks his own groups ---------------------------
ENG1, ENG2 = ("Носова Дина Игоревна", "305"), ("Фролова Анна Сергеевна", "306")
INF1, INF2 = ("Гаврилов Олег Ильич", "401"), ("Тимофеева Юлия Романовна", "402")


def day9v(student):
    """9В's lessons; student None = the class schedule (every group)."""
    g = {"10301": {"Английский язык": "1 группа", "Информатика": "2 группа"},
         "10302": {"Английский язык": "2 группа", "Информатика": "1 группа"}}.get(student)
    m = {"10301": {"700101": [mark("5", "700101", "2026-01-19")],
                   "700121": [mark("4", "700121", "2026-01-19")],
                   "700211": [mark("н", "700211", "2026-01-20")],
                   "700222": [mark("5", "700222", "2026-01-20", weight=2, ctype="Практическая работа", short="ПР")],
                   "700241": [mark("3", "700241", "2026-01-20"),
                              mark("4", "700241", "2026-01-20", nm="2", ctype="Самостоятельная работа", short="СР")]},
         "10302": {"700101": [mark("5", "700101", "2026-01-19")],
                   "700122": [mark("3", "700122", "2026-01-19", comment="Не выучены слова")],
                   "700241": [mark("оп", "700241", "2026-01-20")]}}.get(student, {})

    def mk(lid):
        return m.get(lid, []) if student else None

    mon = [item("1", "Алгебра", "Ершов Павел Андреевич", "301", "700101", "Квадратичная функция",
                homework=[(8030001, "№ 412, 415 (а, б)")], marks=mk("700101")),
           item("2", "Английский язык", *ENG1, "700121", "Travelling", grp="1 группа",
                homework=[(8030003, "Упр. 5 стр. 64")], marks=mk("700121")),
           item("2", "Английский язык", *ENG2, "700122", "Holidays abroad", grp="2 группа",
                homework=[(8030004, "Упр. 7 стр. 65")], marks=mk("700122")),
           item("3", "Информатика", *INF1, "700131", "Циклы в Python", grp="1 группа", marks=mk("700131")),
           item("3", "Информатика", *INF2, "700132", "Алгоритмы сортировки", grp="2 группа", marks=mk("700132")),
           item("4", "Русский язык", "Ланская Вера Олеговна", "204", "700141", "Сложноподчинённые предложения",
                marks=mk("700141"))]
    tue = [item("1", "Русский язык", "Ланская Вера Олеговна", "204", "700211", "Знаки препинания в СПП",
                marks=mk("700211")),
           item("2", "Информатика", *INF2, "700222", "Сортировка выбором", grp="2 группа", marks=mk("700222")),
           item("2", "Английский язык", *ENG2, "700221", "Past Simple", grp="2 группа", marks=mk("700221")),
           item("3", "Английский язык", *ENG1, "700231", "Present Perfect", grp="1 группа", marks=mk("700231")),
           item("3", "Информатика", *INF1, "700232", "Вложенные циклы", grp="1 группа", marks=mk("700232")),
           item("4", "Физика", "Крылов Семён Петрович", "310", "700241", "Закон Ома для участка цепи",
                homework=[(8030002, "§ 44, упр. 29")], marks=mk("700241"))]
    if g is not None:
        mon = [i for i in mon if "grp" not in i or g[i["name"]] == i["grp"]]
        tue = [i for i in tue if "grp" not in i or g[i["name"]] == i["grp"]]
    return {"20260119": mon, "20260120": tue}


def day5a(student):
    mon = [item("1", "Математика", "Сорокина Елена Павловна", "105", "500101", "Деление десятичных дробей",
                homework=[(8050001, "№ 1123, 1125")], marks=[mark("н", "500101", "2026-01-19")]),
           item("2", "Литература", "Сорокина Елена Павловна", "105", "500102", "Н. А. Некрасов «Мороз, Красный нос»",
                marks=[])]
    tue = [item("1", "Русский язык", "Сорокина Елена Павловна", "105", "500201", "Имя прилагательное", marks=[]),
           item("2", "Математика", "Сорокина Елена Павловна", "105", "500202", "Деление на десятичную дробь",
                marks=[mark("4", "500202", "2026-01-20", comment="Ошибка в вычислениях")])]
    return {"20260119": mon, "20260120": tue}


def day7b(student):
    mon = [item("1", "История", "Шубин Антон Ильич", "210", "600101", "Смутное время",
                homework=[(8010001, "§ 12, вопросы 1–3")], marks=[]),
           item("2", "Геометрия", "Ершов Павел Андреевич", "301", "600102", "Признаки равенства треугольников",
                marks=[mark("3", "600102", "2026-01-19")])]
    tue = [item("1", "Биология", "Зуева Ольга Николаевна", "115", "600201", "Строение клетки",
                homework=[(8010002, "Параграф 20, рисунок 45")], marks=[mark("5", "600201", "2026-01-20")]),
           item("2", "Английский язык", "Носова Дина Игоревна", "305", "600202", "School life",
                marks=[mark("4", "600202", "2026-01-20", weight=2, ctype="Контрольная работа", short="КР")])]
    return {"20260119": mon, "20260120": tue}


PUPILS = {"10101": ("Белкин Тимофей", "5А", day5a), "10201": ("Белкина Вера", "7Б", day7b),
          "10301": ("Белкин Артём", "9В", day9v), "10302": ("Кравец Лиза", "9В", day9v)}


def days_of(by_day):
    return {d: {"name": d, "title": TITLES[d], "items": {i["num"]: i for i in items} if len({i["num"] for i in items}) == len(items) else items}
            for d, items in by_day.items()}


def diary(student, pulled):
    title, _cls, fn = PUPILS[student]
    result = {"students": {student: {"name": student, "title": title, "parent_signed": False,
                                     "days": days_of(fn(student))}}}
    return rec(f"getdiary?student={student}&days={DAYS}&rings=__yes", ok(result), pulled)


def child(sid):
    title, cls, _ = PUPILS[sid]
    last, first = title.split()
    return {"rules": ["getdiary", "getmarks", "getfinalassessments", "gethomework", "getperiods", "getschedule"],
            "rel": "child", "name": sid, "title": title, "lastname": last, "firstname": first,
            "gender": "female" if first in ("Вера", "Лиза") else "male", "class": cls, "parallel": cls[:-1],
            "city": "Калуга"}


TEACHERS = {"5А": ("50001", "Сорокина", "Елена", "Павловна"), "7Б": ("50002", "Шубин", "Антон", "Ильич"),
            "9В": ("50003", "Ланская", "Вера", "Олеговна")}


def group(cls):
    tid, last, first, middle = TEACHERS[cls]
    return {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": cls, "parallel": cls[:-1],
            "balls": 5, "hometeacher_id": tid, "hometeacher_name": f"{last} {first} {middle}",
            "hometeacher_lastname": last, "hometeacher_firstname": first, "hometeacher_middlename": middle}


def getrules(uid, title, kids, pulled):
    last, first, middle = title.split()
    result = {"roles": ["parent"], "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "id": uid, "name": uid, "title": title, "lastname": last, "firstname": first, "middlename": middle,
              "gender": "female", "email": f"p{uid}@example.org", "region": "Калужская область", "city": "Калуга",
              "vendor": VENDOR, "vendor_id": 1010,
              "relations": {"students": {k: child(k) for k in kids},
                            "groups": {c: group(c) for c in sorted({PUPILS[k][1] for k in kids})},
                            "schools": [{"title": "Школа № 10", "title_full": "МБОУ «Средняя школа № 10»",
                                         "number": "10", "inn": "4000000010", "kpp": "400001001"}]}}
    return rec("getrules", ok(result), pulled)


def getperiods(student, pulled):
    periods = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": False, "ambigious": None, "weeks": []}
               for n, f, s, e in (("I", "1 четверть", "20250901", "20251026"),
                                  ("II", "2 четверть", "20251105", "20251228"),
                                  ("III", "3 четверть", "20260112", "20260322"),
                                  ("IV", "4 четверть", "20260401", "20260531"))]
    periods.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False,
                    "ambigious": True, "weeks": []})
    return rec(f"getperiods?student={student}&weeks=__yes",
               ok({"students": [{"name": student, "title": PUPILS[student][0], "periods": periods}]}), pulled)


def getschedule_9v(pulled):
    by_day = day9v(None)
    return rec(f"getschedule?class=9В&days={DAYS}&rings=__yes", ok({"days": {
        d: {"name": d, "title": TITLES[d], "items": items} for d, items in by_day.items()}}), pulled)


def getmarks_10301(pulled):
    def m(v, lid, date, nm="1", w=1, mt=(1, "РУ", "Работа на уроке")):
        x = mark(v, lid, date, nm=nm, weight=w)
        x.pop("control_type"), x.pop("control_type_short"), x.pop("color_hex", None)
        x.update({"lesson_comment": None, "max_mark": None})
        if v not in ("н", "оп"):
            x["mtype"] = {"id": mt[0], "short": mt[1], "type": mt[2]}
        return x
    lessons = [
        {"name": "Алгебра", "average": "4.50", "averageConvert": 5, "lesson_id": "9101", "color_hex": None,
         "marks": [m("4", "700011", "2026-01-14"), m("5", "700101", "2026-01-19")]},
        {"name": "Физика", "average": "3.50", "averageConvert": 4, "lesson_id": "9104", "color_hex": None,
         "marks": [m("3", "700241", "2026-01-20"), m("4", "700241", "2026-01-20", nm="2",
                                                      mt=(4, "СР", "Самостоятельная работа"))]},
        {"name": "Русский язык", "average": "", "averageConvert": 0, "lesson_id": "9105", "color_hex": None,
         "marks": [m("н", "700211", "2026-01-20")]}]
    return rec("getmarks?student=10301&days=20260112-20260322",
               ok({"students": {"10301": {"name": "10301", "title": PUPILS["10301"][0], "lessons": lessons}}}), pulled)


def getfinals_10301(pulled):
    items = [{"name": "Алгебра", "assessments": [{"period": "I", "value": "4", "comment": ""},
                                                 {"period": "II", "value": "4", "comment": ""}]},
             {"name": "Русский язык", "assessments": [{"period": "I", "value": "5", "comment": ""},
                                                      {"period": "II", "value": "5", "comment": ""}]},
             {"name": "Физика", "assessments": [{"period": "I", "value": "4", "comment": ""},
                                                {"period": "II", "value": "3", "comment": ""}]}]
    return rec("getfinalassessments?student=10301",
               ok({"students": {"10301": {"name": "10301", "title": PUPILS["10301"][0], "items": items}}}), pulled)


def notice(deleted, pulled):
    """The hub README's bare-record notice, exactly in its documented shape. It documents no `pulled_at`, and a
    notice carrying one is rejected ("/pulled_at: Extra inputs are not permitted"), so the notice is undated and
    applies in arrival order (hub README: "Records without pulled_at (on either side) apply in arrival order").
    `pulled` is kept only to say, in this generator, when the sync job saw it."""
    return {"method": "deletion", "deleted": deleted}


def build():
    steps = []
    steps.append({"name": "01 getrules: parent 91001 with three children in 5А, 7Б, 9В; parent 91002 (9В) "
                          "(A.3 getrules relations.students/groups)",
                  "batches": [[getrules("91001", "Белкина Марина Юрьевна", ["10101", "10201", "10301"],
                                        "2026-01-18T18:00:00"),
                               getrules("91002", "Кравец Ольга Петровна", ["10302"], "2026-01-18T18:00:30")]]})
    steps.append({"name": "02 getperiods: quarters I..IV and Г (A.3 Period)",
                  "batches": [[getperiods("10301", "2026-01-18T18:01:00")]]})
    steps.append({"name": "03 9В class schedule (both subgroups of English and Informatics, labelled grp) and four "
                          "diaries: 10301 in English 1 + Informatics 2, 10302 the other way round (A.2, A.3 grp)",
                  "batches": [[getschedule_9v("2026-01-20T19:00:00"),
                               diary("10101", "2026-01-20T19:01:00"), diary("10201", "2026-01-20T19:02:00"),
                               diary("10301", "2026-01-20T19:03:00"), diary("10302", "2026-01-20T19:04:00")]]})
    steps.append({"name": "04 getmarks (quarter III) and getfinalassessments of 10301 (A.3 SubjectMarks, Final)",
                  "batches": [[getmarks_10301("2026-01-20T19:05:00"), getfinals_10301("2026-01-20T19:06:00")]]})
    steps.append({"name": "05 a sync job's retry: step 03's diaries and step 04's getmarks/finals again, byte-identical with "
                          "the same pulled_at: nothing new may appear (duplicates)",
                  "batches": [[diary("10101", "2026-01-20T19:01:00"), diary("10201", "2026-01-20T19:02:00"),
                               diary("10301", "2026-01-20T19:03:00"), getmarks_10301("2026-01-20T19:05:00"),
                               getfinals_10301("2026-01-20T19:06:00")]]})
    steps.append({"name": "06 bare-record deletion notices: a mark of 10301 (10302 has the same lesson_id/nm), the second mark "
                          "(nm 2) of a lesson whose nm 1 stays, "
                          "a homework of 10201, an absence of 10101, a final mark of 10301 (hub README: deletion "
                          "notice; A.3 Assessment lesson_id/nm, homework id, Final assessment period)",
                  "batches": [[notice({"kind": "mark", "date": "2026-01-19", "student": "10301",
                                       "lesson_id": "700101", "nm": "1"}, "2026-01-21T09:00:00"),
                               notice({"kind": "mark", "date": "2026-01-20", "student": "10301",
                                       "lesson_id": "700241", "nm": "2"}, "2026-01-21T09:00:05"),
                               notice({"kind": "homework", "date": "2026-01-19", "student": "10201",
                                       "homework_id": "8010001"}, "2026-01-21T09:00:10"),
                               notice({"kind": "attendance", "date": "2026-01-19", "student": "10101",
                                       "lesson_id": "500101", "nm": "1"}, "2026-01-21T09:00:20"),
                               notice({"kind": "final", "date": "2026-01-21", "student": "10301", "subject": "Физика", "period": "II"},
                                      "2026-01-21T09:00:30")]]})
    return {"vendor": "elzhur",
            "description": "Школа № 10 (vendor sch10): parent 91001's three children in 5А, 7Б and 9В (the 9В pupil "
                           "in English group 1 and Informatics group 2), 19–20 January 2026; the bare-record "
                           "deletion notice of each kind, after a byte-identical retry. Invented values.",
                  "steps": steps}


if __name__ == "__main__":
    journey = build()
    out = Path(__file__).with_name("journey.json")
    lines = ["{", f' "vendor": {json.dumps(journey["vendor"])},',
             f' "description": {json.dumps(journey["description"], ensure_ascii=False)},', ' "steps": [']
    for si, step in enumerate(journey["steps"]):
        lines.append(f'  {{"name": {json.dumps(step["name"], ensure_ascii=False)}, "batches": [')
        for bi, batch in enumerate(step["batches"]):
            lines.append("   [")
            for ri, r in enumerate(batch):
                lines.append("    " + json.dumps(r, ensure_ascii=False, sort_keys=True) + ("," if ri < len(batch) - 1 else ""))
            lines.append("   ]" + ("," if bi < len(step["batches"]) - 1 else ""))
        lines.append("  ]}" + ("," if si < len(journey["steps"]) - 1 else ""))
    lines += [" ]", "}"]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("records:", sum(len(b) for s in journey["steps"] for b in s["batches"]))
