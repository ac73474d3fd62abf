"""Write journey.json of elzhur_81: a pupil leaves the school mid-fortnight (Eljur, Екатеринбург, 12-23 Oct 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID, CLS, TZ = "ekb-gym81", "8181", "6В", "+05:00"

PARENTS = {  # id -> (last, first, middle, gender)
    "81901": ("Морозова", "Светлана", "Игоревна", "female"),
    "81902": ("Павлов", "Денис", "Андреевич", "male"),
    "81903": ("Гарипова", "Лилия", "Рашитовна", "female"),
    "81904": ("Шарипова", "Эльмира", "Ринатовна", "female"),
}
PUPILS = {  # id -> (last, first, gender)
    "81601": ("Морозов", "Илья", "male"),       # leaves after Wed 14 Oct
    "81602": ("Морозова", "Анна", "female"),    # his twin, stays
    "81603": ("Павлова", "Ксения", "female"),
    "81604": ("Гарипов", "Тимур", "male"),
    "81605": ("Сидоренко", "Максим", "male"),
    "81606": ("Евдокимова", "Полина", "female"),
    "81607": ("Шарипов", "Арсений", "male"),    # joins Tue 20 Oct
}
LEAVER, NEWCOMER = "81601", "81607"
STAYERS = ["81602", "81603", "81604", "81605", "81606"]
HOMETEACHER = ("81711", "Кириллова", "Наталья", "Сергеевна")
TEACHER = {
    "Русский язык": "Кириллова Наталья Сергеевна", "Литература": "Кириллова Наталья Сергеевна",
    "Математика": "Лаптев Виктор Геннадьевич", "Английский язык": "Ахмадуллина Регина Маратовна",
    "История": "Зуев Олег Павлович", "Обществознание": "Зуев Олег Павлович",
    "Биология": "Старцева Марина Ивановна", "География": "Старцева Марина Ивановна",
    "Физическая культура": "Бобров Алексей Юрьевич", "Музыка": "Ершова Инна Валерьевна",
    "Технология": "Попов Геннадий Ильич", "Изобразительное искусство": "Ершова Инна Валерьевна",
    "Информатика": "Лаптев Виктор Геннадьевич",
}
ROOM = {"Физическая культура": "спортзал", "Английский язык": "312", "Информатика": "204", "Технология": "мастерская",
        "Музыка": "101"}
WEEK = {
    0: ["Русский язык", "Математика", "Английский язык", "История", "Литература", "Физическая культура"],
    1: ["Математика", "Русский язык", "Биология", "Английский язык", "Музыка"],
    2: ["Литература", "Математика", "Русский язык", "География", "Технология"],
    3: ["Математика", "Английский язык", "Русский язык", "Обществознание", "Физическая культура"],
    4: ["Русский язык", "Литература", "Математика", "Изобразительное искусство", "Информатика"],
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:45", "11:25"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10")}
HW_SUBJECTS = {"Русский язык", "Математика", "Английский язык", "Литература", "История", "Биология", "География"}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
D = dt.date
WEEK1 = [D(2026, 10, 12) + dt.timedelta(days=i) for i in range(5)]
WEEK2 = [D(2026, 10, 19) + dt.timedelta(days=i) for i in range(5)]
LAST_DAY, FIRST_DAY = D(2026, 10, 14), D(2026, 10, 20)
CHANGED_TASK_DAY = D(2026, 10, 22)  # the class's Thursday English task re-texted on Wed 21 (same id)

MTYPES = {"РУ": (1, "Работа на уроке", 1), "СР": (3, "Самостоятельная работа", 2), "КР": (5, "Контрольная работа", 3),
          "ДЗ": (2, "Домашнее задание", 1)}


def lesson_id(day: dt.date, num: int) -> str:
    return f"81{day:%m%d}{num}"


def hw_id(day: dt.date, num: int) -> int:
    return int(f"7{day:%m%d}{num}")


def hw_text(subject: str, day: dt.date, num: int, *, changed: bool = False) -> str:
    if changed:
        return f"{subject}: к {day:%d.%m} выучить слова стр. 44 (вместо упр. {num + 3})"
    return f"{subject}: к следующему уроку после {day:%d.%m}, упр. {day.day * 3 + num}"


def subject_of(day: dt.date, num: int) -> str:
    return WEEK[day.weekday()][num - 1]


def in_class(pupil: str, day: dt.date) -> bool:
    if pupil == LEAVER:
        return day <= LAST_DAY
    if pupil == NEWCOMER:
        return day >= FIRST_DAY
    return True


def _h(*parts: object) -> int:
    value = 0
    for ch in "|".join(map(str, parts)):
        value = (value * 131 + ord(ch)) % 1000003
    return value


def marks_of(pupil: str, day: dt.date, num: int, *, corrected: bool) -> list[dict]:
    """The assessments of a pupil at a lesson (diary shape), as the journal holds them at the time."""
    subject = subject_of(day, num)
    out: list[dict] = []
    lid = lesson_id(day, num)
    # absences: Максим ill on Wed 14 lessons 1-2, Полина late on Mon 19 lesson 1
    if (pupil, day, num) in {("81605", D(2026, 10, 14), 1), ("81605", D(2026, 10, 14), 2)}:
        return [_absence("н", day, lid, "болел, справка")]
    if (pupil, day, num) == ("81606", D(2026, 10, 19), 1):
        out.append(_absence("оп", day, lid, "опоздала на 10 минут"))
    if pupil == LEAVER and day == D(2026, 10, 13) and num == 1:  # the test he wrote on his second-last day
        value, comment = ("4", "исправлено после пересмотра работы") if corrected else ("3", "")
        return [_mark(value, "КР", day, lid, "1", comment)]
    if subject == "Математика" and day == D(2026, 10, 13):  # the class's test
        return [_mark(str(3 + _h(pupil, day) % 3), "КР", day, lid, "1", "")]
    if subject in {"Физическая культура", "Музыка", "Технология"}:
        return out
    if _h(pupil, day, num) % 4 == 0:
        value = str(3 + _h(pupil, num, day) % 3)
        kind = "СР" if _h(day, num) % 3 == 0 else "РУ"
        out.append(_mark(value, kind, day, lid, str(len(out) + 1), ""))
    return out


def _mark(value: str, kind: str, day: dt.date, lid: str, nm: str, comment: str) -> dict:
    weight = MTYPES[kind][2]
    return {"value": value, "countas": value, "count": True, "convert": int(value), "weight": weight,
            "weight_float": weight, "control_type": MTYPES[kind][1], "control_type_short": kind,
            "date": day.isoformat(), "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


def _absence(code: str, day: dt.date, lid: str, comment: str) -> dict:
    return {"value": code, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
            "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": "1",
            "comment": comment}


def item(day: dt.date, num: int, *, marks: list[dict] | None, changed_task: bool) -> dict:
    subject = subject_of(day, num)
    start, end = BELLS[num]
    homework = {}
    if subject in HW_SUBJECTS:
        changed = changed_task and day == CHANGED_TASK_DAY and subject == "Английский язык"
        hid = hw_id(day, num)
        homework[str(hid)] = {"id": hid, "value": hw_text(subject, day, num, changed=changed), "individual": False}
    out = {"num": str(num), "name": subject, "room": ROOM.get(subject, "215"), "teacher": TEACHER[subject],
           "sort": num * 100, "lesson_id": lesson_id(day, num), "topic": f"{subject}: тема урока {day:%d.%m}",
           "is_control": subject == "Математика" and day == D(2026, 10, 13),
           "starttime": f"{start}:00", "endtime": f"{end}:00", "homework": homework, "files": [], "resources": []}
    if marks is not None:
        out["assessments"] = marks
    return out


def day_entry(day: dt.date, items: dict) -> dict:
    return {"name": f"{day:%Y%m%d}", "title": WEEKDAYS[day.weekday()], "items": items}


def envelope(result: dict) -> dict:
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request: str, pulled: str, result: dict) -> dict:
    return {"request": request, "pulled_at": pulled, "body": envelope(result)}


def title(pupil: str) -> str:
    last, first, _ = PUPILS[pupil]
    return f"{last} {first}"


def days_param(days: list[dt.date]) -> str:
    return f"{days[0]:%Y%m%d}-{days[0] + dt.timedelta(days=6):%Y%m%d}"


def getdiary(pupil: str, days: list[dt.date], pulled: str, *, marks_until: dt.date | None, changed_task: bool,
             one_day: dt.date | None = None) -> dict:
    listed = {}
    for day in ([one_day] if one_day else days):
        if not in_class(pupil, day):
            if pupil == NEWCOMER:  # the days of the week before his first: listed without lessons
                listed[f"{day:%Y%m%d}"] = day_entry(day, {})
            continue
        items = {}
        for num in range(1, len(WEEK[day.weekday()]) + 1):
            marks = marks_of(pupil, day, num, corrected=False) if marks_until and day <= marks_until else []
            items[str(num)] = item(day, num, marks=marks, changed_task=changed_task)
        listed[f"{day:%Y%m%d}"] = day_entry(day, items)
    rng = f"{one_day:%Y%m%d}-{one_day:%Y%m%d}" if one_day else days_param(days)
    return rec(f"getdiary?student={pupil}&days={rng}&rings=__yes", pulled,
               {"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False, "days": listed}}})


def getschedule_class(days: list[dt.date], pulled: str, *, changed_task: bool) -> dict:
    listed = {f"{d:%Y%m%d}": day_entry(d, {str(n): _no_marks(item(d, n, marks=None, changed_task=changed_task))
                                           for n in range(1, len(WEEK[d.weekday()]) + 1)}) for d in days}
    return rec(f"getschedule?class={CLS}&days={days_param(days)}&rings=__yes", pulled, {"days": listed})


def _no_marks(entry: dict) -> dict:
    return entry


def gethomework_class(days: list[dt.date], pulled: str, *, changed_task: bool) -> dict:
    listed = {}
    for d in days:
        items = []
        for n in range(1, len(WEEK[d.weekday()]) + 1):
            it = item(d, n, marks=None, changed_task=changed_task)
            if it["homework"]:
                items.append({"name": it["name"], "num": it["num"], "lesson_id": it["lesson_id"], "grp": None,
                              "homework": it["homework"], "files": []})
        listed[f"{d:%Y%m%d}"] = {"name": f"{d:%Y%m%d}", "title": WEEKDAYS[d.weekday()], "items": items}
    return rec(f"gethomework?class={CLS}&days={days_param(days)}", pulled, {"days": listed})


def getmarks(pupil: str, pulled: str, *, until: dt.date, corrected: bool) -> dict:
    by_subject: dict[str, list[dict]] = {}
    for day in WEEK1 + WEEK2:
        if day > until or not in_class(pupil, day):
            continue
        for num in range(1, len(WEEK[day.weekday()]) + 1):
            for mark in marks_of(pupil, day, num, corrected=corrected):
                kind = mark["control_type_short"]
                entry = {k: v for k, v in mark.items() if k not in ("control_type", "control_type_short")}
                entry["lesson_comment"] = f"{subject_of(day, num)}: тема урока {day:%d.%m}"
                entry["max_mark"] = None
                if kind:
                    mid, mtype, _ = MTYPES[kind]
                    entry["mtype"] = {"id": mid, "short": kind, "type": mtype}
                by_subject.setdefault(subject_of(day, num), []).append(entry)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total = sum(m["weight"] for m in counted)
        avg = f"{sum(m['convert'] * m['weight'] for m in counted) / total:.2f}" if total else ""
        lessons.append({"name": subject, "average": avg, "averageConvert": round(float(avg)) if avg else 0,
                        "lesson_id": str(1200 + sorted(TEACHER).index(subject)), "color_hex": None,
                        "marks": by_subject[subject]})
    return rec(f"getmarks?student={pupil}&days=20261012-20261025", pulled,
               {"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}})


FINAL_SUBJECTS = ["Русский язык", "Литература", "Математика", "Английский язык", "История", "Биология"]


def final_value(pupil: str, subject: str, *, late: bool) -> str:
    if pupil == "81604" and subject == "Русский язык":
        return "5" if late else "4"
    return str(3 + _h("final", pupil, subject) % 3)


def getfinalassessments(pupil: str, pulled: str, *, late: bool = False) -> dict:
    items = []
    for subject in FINAL_SUBJECTS:
        if pupil in (LEAVER, NEWCOMER):  # left before the quarter was closed / came after: no quarter mark
            items.append({"name": subject, "assessments": []})
        else:
            comment = "по итогам пересдачи" if pupil == "81604" and subject == "Русский язык" and late else ""
            items.append({"name": subject, "assessments": [{"period": "I", "value": final_value(pupil, subject, late=late),
                                                            "comment": comment}]})
    return rec(f"getfinalassessments?student={pupil}", pulled,
               {"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}})


def getperiods(pupil: str, pulled: str) -> dict:
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None, "weeks": [{"start": "20261012", "end": "20261018", "title": "12.10 - 18.10"},
                                      {"start": "20261019", "end": "20261025", "title": "19.10 - 25.10"}]},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261229", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "III", "fullname": "3 четверть", "start": "20270112", "end": "20270322", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "IV", "fullname": "4 четверть", "start": "20270401", "end": "20270525", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True, "weeks": []},
    ]
    return rec(f"getperiods?student={pupil}&weeks=__yes&show_disabled=__yes", pulled,
               {"students": [{"name": pupil, "title": title(pupil), "periods": periods}]})


def getrules(parent: str, children: list[str], pulled: str) -> dict:
    last, first, middle, gender = PARENTS[parent]
    hid, hl, hf, hm = HOMETEACHER
    students = {c: {"rel": "child", "name": c, "title": title(c), "lastname": PUPILS[c][0], "firstname": PUPILS[c][1],
                    "gender": PUPILS[c][2], "class": CLS, "parallel": "6", "city": "Екатеринбург",
                    "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework", "getfinalassessments"]}
                for c in children}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru", "roles": ["parent"],
              "region": "Свердловская область", "city": "Екатеринбург", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students,
                            "groups": {CLS: {"rel": "homeclass", "name": CLS, "parallel": "6", "balls": 5,
                                             "hometeacher_id": hid, "hometeacher_name": f"{hl} {hf} {hm}",
                                             "hometeacher_lastname": hl, "hometeacher_firstname": hf,
                                             "hometeacher_middlename": hm}},
                            "schools": [{"title": "Гимназия № 81", "title_full": "МАОУ «Гимназия № 81» г. Екатеринбурга",
                                         "number": "81", "inn": "6660000081", "kpp": "666001001"}]}}
    return rec("getrules", pulled, result)


def getrules_pupil(pupil: str, pulled: str) -> dict:
    """A pupil's own getrules (roles ["student"]): his homeclass in relations.groups (A.3 getrules)."""
    result = getrules("81902", [], pulled)["body"]["response"]["result"]
    last, first, gender = PUPILS[pupil]
    result.update({"name": pupil, "id": pupil, "title": title(pupil), "lastname": last, "firstname": first,
                   "gender": gender, "email": f"s{pupil}@example.ru", "roles": ["student"]})
    del result["middlename"]
    result["relations"].pop("students")
    return rec("getrules", pulled, result)


def t(day: str, hm: str) -> str:
    return f"2026-10-{day}T{hm}:00{TZ}"


def build() -> dict:
    steps = []

    def step(name: str, *batches: list[dict]) -> None:
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 11 Oct 19:00: getrules of three parents (81901 lists the twins) and of two pupils, getperiods of six pupils, the "
         "head teacher's getschedule and gethomework of 6В for week 1",
         [getrules("81901", ["81601", "81602"], t("11", "19:00")), getrules("81902", ["81603"], t("11", "19:01")),
          getrules("81903", ["81604"], t("11", "19:02")), getrules_pupil("81605", t("11", "19:03")),
          getrules_pupil("81606", t("11", "19:04"))],
         [getperiods(p, t("11", "19:05")) for p in ["81601"] + STAYERS],
         [getschedule_class(WEEK1, t("11", "19:10"), changed_task=False),
          gethomework_class(WEEK1, t("11", "19:11"), changed_task=False)])
    step("02 Tue 13 Oct 20:00: every pupil's getdiary of week 1 (Mon-Tue marks; Ilya's Thu/Fri still planned)",
         [getdiary(p, WEEK1, t("13", "20:00"), marks_until=D(2026, 10, 13), changed_task=False)
          for p in ["81601"] + STAYERS])
    step("03 Thu 15 Oct 12:00: 81901's getrules lists Anna only (Ilya struck off the roll); the class views re-pulled",
         [getrules("81901", ["81602"], t("15", "12:00"))],
         [getschedule_class(WEEK1, t("15", "12:05"), changed_task=False)])
    step("04 Thu 15 Oct, late delivery: Ilya's one-day getdiary of Wed 14, pulled Wed 14 20:00 (his last own answer)",
         [getdiary("81601", WEEK1, t("14", "20:00"), marks_until=D(2026, 10, 14), changed_task=False,
                   one_day=D(2026, 10, 14))])
    step("05 Fri 16 Oct 20:00: classmates' getdiary of week 1 with marks; getmarks of every pupil of the roll the "
         "head teacher pulls (Ilya's withheld by a relay)",
         [getdiary(p, WEEK1, t("16", "20:00"), marks_until=D(2026, 10, 16), changed_task=False) for p in STAYERS],
         [getmarks(p, t("16", "21:00"), until=D(2026, 10, 16), corrected=False) for p in STAYERS])
    step("06 Sun 18 Oct 19:00: head teacher's getschedule and gethomework of 6В for week 2",
         [getschedule_class(WEEK2, t("18", "19:00"), changed_task=False),
          gethomework_class(WEEK2, t("18", "19:01"), changed_task=False)])
    step("07 Mon 19 Oct 19:00: 81904's getrules lists Arseny in 6В; his getperiods; 81901 again (Anna only)",
         [getrules("81904", ["81607"], t("19", "19:00")), getperiods("81607", t("19", "19:01")),
          getrules("81901", ["81602"], t("19", "19:02"))])
    step("08 Tue 20 Oct 20:00: getdiary of week 2 of the classmates and of Arseny (his Monday listed without lessons)",
         [getdiary(p, WEEK2, t("20", "20:00"), marks_until=D(2026, 10, 20), changed_task=False)
          for p in STAYERS + [NEWCOMER]])
    step("09 Wed 21 Oct 18:00: gethomework of 6В for week 2: Thursday's English task re-texted (same id)",
         [gethomework_class(WEEK2, t("21", "18:00"), changed_task=True)])
    step("10 Fri 23 Oct 20:00: getdiary of week 2; getmarks of every pupil incl. Ilya (his Tue 13 test corrected "
         "3 -> 4 on Mon 19) and Arseny; getschedule of 6В",
         [getdiary(p, WEEK2, t("23", "20:00"), marks_until=D(2026, 10, 23), changed_task=True)
          for p in STAYERS + [NEWCOMER]],
         [getmarks(p, t("23", "21:00"), until=D(2026, 10, 23), corrected=True) for p in [LEAVER] + STAYERS + [NEWCOMER]],
         [getschedule_class(WEEK2, t("23", "21:10"), changed_task=True)])
    step("11 Sat 24 Oct 10:00: getfinalassessments of the quarter: Timur's Russian after his retake (5) first",
         [getfinalassessments("81604", t("24", "10:00"), late=True)],
         [getfinalassessments(p, t("23", "21:30")) for p in [LEAVER, "81602", "81603", "81605", "81606", NEWCOMER]])
    step("12 Sat 24 Oct 11:00, late deliveries: Timur's finals pulled Fri 23 21:30 (Russian 4) and Ilya's getmarks "
         "pulled Fri 16 21:00 (test still 3)",
         [getfinalassessments("81604", t("23", "21:30"))],
         [getmarks(LEAVER, t("16", "21:00"), until=D(2026, 10, 16), corrected=False)])
    return {"vendor": "elzhur",
            "description": "elzhur_81: Илья Морозов (6В) leaves the school after Wed 14 Oct 2026; Арсений Шарипов "
                           "joins on Tue 20 Oct; the head teacher's class views, getmarks and the quarter's final "
                           "assessments keep coming, some out of pull order.",
            "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Гимназия № 81» г. Екатеринбурга"},
            "steps": steps}


def main() -> None:
    journey = build()
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for s in journey["steps"] for b in s["batches"]), "records")


if __name__ == "__main__":
    main()
