"""Writes journey.json for corpus elzhur_22 (attendance in depth). Standard library only; all values invented."""
import json
from pathlib import Path

HERE = Path(__file__).parent
VENDOR = "gymn22"
RINGS = {1: ("08:30:00", "09:15:00"), 2: ("09:25:00", "10:10:00"), 3: ("10:30:00", "11:15:00"),
         4: ("11:35:00", "12:20:00"), 5: ("12:30:00", "13:15:00"), 6: ("13:25:00", "14:10:00")}
T = {"Математика": ("Воронцова Елена Сергеевна", "21"), "Русский язык": ("Соболева Ольга Викторовна", "14"),
     "Литература": ("Соболева Ольга Викторовна", "14"), "История": ("Кравцов Андрей Павлович", "32"),
     "Физика": ("Лукин Денис Игоревич", "40"), "Физическая культура": ("Панов Сергей Юрьевич", "спортзал"),
     "Английский язык/1": ("Миронова Анна Олеговна", "25"), "Английский язык/2": ("Терентьева Мария Ильинична", "27")}
SUBJ_ID = {"Математика": "701", "Русский язык": "702", "Литература": "703", "История": "704", "Физика": "705",
           "Физическая культура": "706", "Английский язык": "707"}
WEEKDAY = {0: ["Математика", "Русский язык", "Английский язык", "История"],
           1: ["Русский язык", "Математика", "Физика", "История"],
           2: ["Математика", "Литература", "Английский язык", "Физическая культура", "Физика"],
           3: ["Русский язык", "Математика", "Английский язык", "Литература"],
           4: ["Математика", "Физика", "Русский язык", "Физическая культура"]}
TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
PUPILS = {"22101": ("Белова Алиса", "1"), "22102": ("Гусев Тимофей", "2"), "22103": ("Ершова Полина", "1")}
PARENTS = {"92101": ("22101", "Белова", "Алиса", "female"), "92102": ("22102", "Гусев", "Тимофей", "male"),
           "92103": ("22103", "Ершова", "Полина", "female")}
TOPICS = {"Математика": "Линейная функция и её график", "Русский язык": "Причастный оборот",
          "Литература": "Н. В. Гоголь «Тарас Бульба»", "История": "Смутное время",
          "Физика": "Давление твёрдых тел", "Физическая культура": "Лыжная подготовка",
          "Английский язык": "Past Simple: irregular verbs"}


def week_days(first):  # first = day of month of the Monday (Feb 2026)
    return [f"202602{d:02d}" for d in range(first, first + 5)]


def lid(day, slot, g="0"):
    return f"22{day[4:]}{slot}{g}"


def base_items(day, wd, grp=None, everyone=False):
    """The lessons of a day as a dict keyed by num (getdiary) for a pupil of English group grp; for the class, a list
    with both subgroups."""
    out = []
    for slot, subj in enumerate(WEEKDAY[wd], 1):
        groups = (["1", "2"] if everyone else [grp]) if subj == "Английский язык" else [None]
        for g in groups:
            teacher, room = T[f"{subj}/{g}"] if g else T[subj]
            item = {"num": str(slot), "name": subj, "room": room, "teacher": teacher, "sort": slot * 100,
                    "lesson_id": lid(day, slot, g or "0"), "topic": TOPICS[subj], "is_control": False,
                    "starttime": RINGS[slot][0], "endtime": RINGS[slot][1]}
            if g:
                item["grp"], item["grp_short"] = f"{g} группа", f"{g} гр."
            out.append(item)
    return out


def absent(value, date, lesson_id, nm="1", comment=""):
    return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
            "control_type": "", "control_type_short": "", "date": date, "lesson_id": lesson_id, "nm": nm,
            "comment": comment}


def mark(value, convert, date, lesson_id, nm="1", ctype=("Работа на уроке", "РУ", 1), weight=1, comment=""):
    return {"value": value, "countas": str(convert), "count": True, "convert": convert, "weight": weight,
            "weight_float": weight, "control_type": ctype[0], "control_type_short": ctype[1], "date": date,
            "lesson_id": lesson_id, "nm": nm, "comment": comment}


def iso(d):
    return f"{d[:4]}-{d[4:6]}-{d[6:]}"


def diary(pupil, days, annotate, pulled, request_days=None, rings=True, extra=None):
    """annotate: {(day, slot): [assessment, ...]}; extra: function(day, items) to edit the day's items."""
    name, grp = PUPILS[pupil]
    out_days = {}
    for day in days:
        wd = (int(day[6:]) - 2) % 7
        items = base_items(day, wd, grp)
        if extra:
            items = extra(day, items)
        d = {}
        for it in items:
            it = dict(it)
            it.update({"homework": {}, "files": [], "resources": []})
            it["assessments"] = annotate.get((day, it["num"]), [])
            if not rings:
                it.pop("starttime"), it.pop("endtime")
            d[it["num"]] = it
        out_days[day] = {"name": day, "title": TITLES[wd], "items": d}
    rd = request_days or f"{days[0]}-{days[-1][:6]}{int(days[-1][6:]) + 2:02d}"
    return {"request": f"getdiary?student={pupil}&days={rd}" + ("&rings=__yes" if rings else ""), "pulled_at": pulled,
            "body": {"response": {"state": 200, "error": None, "result": {"students": {pupil: {
                "name": pupil, "title": name, "parent_signed": False, "days": out_days}}}}}}


def getmarks(pupil, rng, marks, pulled):
    by_subj = {}
    for subj, m in marks:
        by_subj.setdefault(subj, []).append(dict(m, lesson_comment=None, max_mark=None,
                                                 **({"mtype": {"id": 1, "short": "РУ", "type": "Работа на уроке"}}
                                                    if m["count"] else {})))
    lessons = []
    for subj in sorted(by_subj, key=lambda s: SUBJ_ID[s]):
        counted = [m["convert"] for m in by_subj[subj] if m["count"]]
        avg = f"{sum(counted) / len(counted):.2f}" if counted else ""
        lessons.append({"name": subj, "average": avg, "averageConvert": round(sum(counted) / len(counted)) if counted else 0,
                        "lesson_id": SUBJ_ID[subj], "color_hex": None,
                        "marks": sorted(by_subj[subj], key=lambda m: (m["date"], m["lesson_id"], m["nm"]))})
    return {"request": f"getmarks?student={pupil}&days={rng}", "pulled_at": pulled,
            "body": {"response": {"state": 200, "error": None, "result": {"students": {pupil: {
                "name": pupil, "title": PUPILS[pupil][0], "lessons": lessons}}}}}}


W1, W2 = week_days(2), week_days(9)
steps = []

# 01 getrules of the three parents
recs = []
for i, (parent, (child, last, first, gender)) in enumerate(PARENTS.items()):
    recs.append({"request": "getrules", "pulled_at": f"2026-02-01T10:0{i}:00+03:00", "body": {"response": {
        "state": 200, "error": None, "result": {
            "roles": ["parent"], "name": parent, "title": f"{last if gender == 'male' else last[:-1]} (родитель)",
            "vendor": VENDOR, "relations": {
                "students": {child: {"rel": "child", "name": child, "title": f"{last} {first}", "lastname": last,
                                     "firstname": first, "gender": gender, "class": "7А", "parallel": "7",
                                     "city": "Тверь", "rules": ["getdiary", "getmarks", "getschedule"]}},
                "groups": {"7А": {"rel": "homeclass", "name": "7А", "parallel": "7", "balls": 5,
                                  "hometeacher_id": "82201", "hometeacher_name": "Воронцова Елена Сергеевна"}},
                "schools": [{"title": "Гимназия № 22", "title_full": "МБОУ «Гимназия № 22» г. Твери", "number": "22",
                             "inn": "6950002222", "kpp": "695001001"}]},
            "allowedSections": ["diary", "marks", "schedule"]}}}})
steps.append({"name": "01 getrules of the three parents (7А, Гимназия № 22)", "batches": [recs]})

# 02 the class schedule of week 1 (both English subgroups), then week 1 getdiary per pupil
sched = {"request": "getschedule?class=7А&days=20260202-20260208&rings=__yes", "pulled_at": "2026-02-01T20:00:00+03:00",
         "body": {"response": {"state": 200, "error": None, "result": {"days": {
             d: {"name": d, "title": TITLES[i], "items": base_items(d, i, everyone=True)} for i, d in enumerate(W1)}}}}}
A = {}  # week 1 absences as the diaries of Fri 6 show them
d1 = {
    "22101": {("20260202", "2"): [absent("н", "2026-02-02", lid("20260202", 2))],
              ("20260203", "2"): [absent("н", "2026-02-03", lid("20260203", 2))]},
    "22102": {("20260202", "3"): [absent("Н", "2026-02-02", lid("20260202", 3, "2"))],
              ("20260203", "3"): [absent("оп", "2026-02-03", lid("20260203", 3), comment="опоздал на 10 минут"),
                                  mark("4", 4, "2026-02-03", lid("20260203", 3), nm="2")],
              ("20260204", "2"): [absent("оп", "2026-02-04", lid("20260204", 2), comment="опоздал на 5 минут")]},
    "22103": {("20260205", str(s)): [absent("б", "2026-02-05", lid("20260205", s, "1" if s == 3 else "0"),
                                            comment="ОРВИ")] for s in range(1, 5)},
}
d1["22103"][("20260202", "2")] = [mark("4-", 4, "2026-02-02", lid("20260202", 2))]
steps.append({"name": "02 week 1: class schedule (both subgroups), then getdiary per pupil pulled Fri 6 afternoon",
              "batches": [[sched], [diary(p, W1, d1[p], f"2026-02-06T15:0{i}:00+03:00") for i, p in enumerate(PUPILS)]]})

# 03 week 1 getmarks per pupil, Sat 7: the 'оп' of 22102 on Wed 4 is gone (removed by the teacher), an 'у' for 22103
m1 = {
    "22101": [("Русский язык", absent("н", "2026-02-02", lid("20260202", 2))),
              ("Математика", absent("н", "2026-02-03", lid("20260203", 2)))],
    "22102": [("Английский язык", absent("Н", "2026-02-02", lid("20260202", 3, "2"))),
              ("Физика", absent("оп", "2026-02-03", lid("20260203", 3), comment="опоздал на 10 минут")),
              ("Физика", mark("4", 4, "2026-02-03", lid("20260203", 3), nm="2"))],
    "22103": [(WEEKDAY[3][s - 1], absent("б", "2026-02-05", lid("20260205", s, "1" if s == 3 else "0"), comment="ОРВИ"))
              for s in range(1, 5)] + [("Русский язык", mark("4-", 4, "2026-02-02", lid("20260202", 2))),
                                       ("Физика", absent("у", "2026-02-06", lid("20260206", 2),
                                                         comment="олимпиада по математике"))],
}
steps.append({"name": "03 week 1 getmarks per pupil pulled Sat 7 (by date)",
              "batches": [[getmarks(p, "20260202-20260208", m1[p], f"2026-02-07T10:0{i}:00+03:00")
                           for i, p in enumerate(PUPILS)]]})

# 04 week 2 getdiary per pupil, Wed 11 evening
d2 = {
    "22101": {("20260209", "4"): [absent("н", "2026-02-09", lid("20260209", 4))],
              ("20260209", "1"): [mark("5", 5, "2026-02-09", lid("20260209", 1))],
              ("20260211", "5"): [absent("н", "2026-02-11", lid("20260211", 5))]},
    "22102": {("20260210", "4"): [absent("н", "2026-02-10", lid("20260210", 4))]},
    "22103": {("20260210", "1"): [absent("ОП", "2026-02-10", lid("20260210", 1), comment="опоздала на 20 минут")],
              ("20260211", "2"): [absent("н", "2026-02-11", lid("20260211", 2))]},
}
steps.append({"name": "04 week 2 getdiary per pupil pulled Wed 11 evening",
              "batches": [[diary(p, W2, d2[p], f"2026-02-11T19:0{i}:00+03:00") for i, p in enumerate(PUPILS)]]})


def week2_edit(day, items):
    """Thu 12 re-pull: Физика of Wed 11 #5 cancelled ('Cancel', no assessments); История of Tue 10 #4 moved to Thu 12 #5."""
    out = []
    for it in items:
        if day == "20260211" and it["num"] == "5":
            it = dict(it, name="Cancel", topic="")
        if day == "20260210" and it["num"] == "4":
            continue
        out.append(it)
    if day == "20260212":
        out.append({"num": "5", "name": "История", "room": "32", "teacher": "Кравцов Андрей Павлович", "sort": 500,
                    "lesson_id": lid("20260210", 4), "topic": TOPICS["История"], "is_control": False,
                    "starttime": RINGS[5][0], "endtime": RINGS[5][1]})
    return out


d3 = {
    "22101": {("20260209", "4"): [absent("н", "2026-02-09", lid("20260209", 4))],
              ("20260209", "1"): [mark("5", 5, "2026-02-09", lid("20260209", 1))],
              ("20260212", "1"): [absent("оп", "2026-02-12", lid("20260212", 1), comment="опоздала на 15 минут")]},
    "22102": {("20260212", "5"): [absent("н", "2026-02-12", lid("20260210", 4))]},
    "22103": {("20260210", "1"): [absent("ОП", "2026-02-10", lid("20260210", 1), comment="опоздала на 20 минут")],
              ("20260211", "2"): [absent("уп", "2026-02-11", lid("20260211", 2), comment="заявление родителей")]},
}
steps.append({"name": "05 week 2 re-pulled Thu 12: Физика Wed 11 #5 cancelled (its 'н' gone), История Tue 10 #4 moved to "
                      "Thu 12 #5 with its 'н', 22103's 'н' of Wed 11 corrected to 'уп', a lateness for 22101 on Thu 12",
              "batches": [[diary(p, W2, d3[p], f"2026-02-12T19:0{i}:00+03:00", extra=week2_edit)
                           for i, p in enumerate(PUPILS)]]})

# 06 getmarks per pupil over both weeks, Sat 14
FRI13 = [(s, WEEKDAY[4][s - 1]) for s in range(1, 5)]
m2 = {
    "22101": [("Русский язык", absent("н", "2026-02-02", lid("20260202", 2))),
              ("Математика", absent("уп", "2026-02-03", lid("20260203", 2), comment="справка из поликлиники")),
              ("Математика", mark("5", 5, "2026-02-09", lid("20260209", 1))),
              ("История", absent("н", "2026-02-09", lid("20260209", 4))),
              ("Русский язык", absent("оп", "2026-02-12", lid("20260212", 1), comment="опоздала на 15 минут"))],
    "22102": m1["22102"] + [("История", absent("н", "2026-02-12", lid("20260210", 4)))]
             + [(subj, absent("н", "2026-02-13", lid("20260213", s))) for s, subj in FRI13],
    "22103": m1["22103"] + [("Английский язык", absent("н", "2026-02-09", lid("20260209", 3, "1"))),
                            ("Русский язык", absent("ОП", "2026-02-10", lid("20260210", 1), comment="опоздала на 20 минут")),
                            ("Литература", absent("уп", "2026-02-11", lid("20260211", 2), comment="заявление родителей"))],
}
steps.append({"name": "06 getmarks per pupil over both weeks pulled Sat 14: 22101's 'н' of Tue 3 now 'уп', 22102 absent "
                      "all of Fri 13, 22103 absent from her English subgroup on Mon 9 (by date only)",
              "batches": [[getmarks(p, "20260202-20260215", m2[p], f"2026-02-14T10:0{i}:00+03:00")
                           for i, p in enumerate(PUPILS)]]})

# 07 the same absences by the other method: Fri 13 re-pulled alone for 22102; week 1 re-pulled for 22101
fri = {("20260213", str(s)): [absent("н", "2026-02-13", lid("20260213", s))] for s, _ in FRI13}
w1b = {("20260202", "2"): [absent("н", "2026-02-02", lid("20260202", 2))],
       ("20260203", "2"): [absent("уп", "2026-02-03", lid("20260203", 2), comment="справка из поликлиники")]}
steps.append({"name": "07 the other method: Fri 13 re-pulled alone for 22102 (whole day 'н'), week 1 re-pulled for 22101 ('уп')",
              "batches": [[diary("22102", ["20260213"], fri, "2026-02-14T11:00:00+03:00",
                                 request_days="20260213-20260213"),
                           diary("22101", W1, w1b, "2026-02-14T11:01:00+03:00")]]})

# 08 a deletion notice: 22101's 'н' in История on Mon 9 removed
steps.append({"name": "08 deletion notice: 22101's 'н' of История Mon 9 taken back",
              "batches": [[{"method": "deletion", "pulled_at": "2026-02-14T12:00:00+03:00",
                            "deleted": {"kind": "attendance", "date": "2026-02-09", "student": "22101",
                                        "lesson_id": lid("20260209", 4), "nm": "1"}}]]})

journey = {"vendor": "elzhur",
           "description": "Eljur corpus 22: Гимназия № 22, 7А, 2-13 February 2026: attendance in depth (written from "
                          "shared/reference/elzhur_mesh.md Part A and C only)",
           "steps": steps}
(HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(b) for s in steps for b in s["batches"]), "records")
