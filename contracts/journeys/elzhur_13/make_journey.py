"""Generator of journey.json for elzhur_13: class 6Г of Школа № 113 across the quarter I / quarter II boundary.

Standard library only, deterministic. Every name, id and text is invented. Shapes follow
/work/shared/reference/elzhur_mesh.md Part A (sections cited in README.md).
"""
import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR = "sch113"
CLASS = "6Г"
TZ = "+03:00"

PUPILS = {"13301": ("Белов", "Тимур"), "13302": ("Гусева", "Нина"), "13303": ("Ершов", "Арсений")}
PARENTS = {"61301": ["13301"], "61302": ["13302"], "61303": ["13303"]}
HOMETEACHER = ("30113", "Фомина", "Елена", "Аркадьевна")
TEACHERS = {"Математика": ("Зуев Игорь Петрович", "21"), "Русский язык": ("Фомина Елена Аркадьевна", "14"),
            "История": ("Карпов Лев Андреевич", "30"), "Английский язык": ("Ноздрина Ольга Викторовна", "41")}
TIMETABLE = {0: ["Математика", "Русский язык", "История"], 1: ["Английский язык", "Математика", "Русский язык"],
             2: ["История", "Математика", "Английский язык"], 3: ["Русский язык", "Математика", "История"],
             4: ["Математика", "Английский язык", "Русский язык"]}
BELLS = [("08:30", "09:15"), ("09:25", "10:10"), ("10:25", "11:10")]
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

Q1 = ("20250901", "20251024")
Q2 = ("20251103", "20251228")
PERIODS = [("I", "1 четверть", Q1), ("II", "2 четверть", Q2), ("III", "3 четверть", ("20260112", "20260320")),
           ("IV", "4 четверть", ("20260330", "20260529"))]
AUTUMN = ("20251025", "20251102", "Осенние каникулы")
UNITY = ("20251104", "День народного единства")
JOINS = "20251103"  # 13303 joins 6Г on the first day of quarter II


def d(s):
    return dt.date(int(s[:4]), int(s[4:6]), int(s[6:]))


def ymd(day):
    return day.strftime("%Y%m%d")


def days_between(a, b):
    day, end = d(a), d(b)
    while day <= end:
        yield day
        day += dt.timedelta(days=1)


def holiday_of(day):
    key = ymd(day)
    if AUTUMN[0] <= key <= AUTUMN[1]:
        return AUTUMN[2]
    if key == UNITY[0]:
        return UNITY[1]
    return None


def lesson_id(day, num):
    return f"7{day.strftime('%m%d')}{num}"


TOPICS = {"Математика": "Десятичные дроби", "Русский язык": "Имя прилагательное", "История": "Древний Египет",
          "Английский язык": "My school day"}

# marks: (pupil, date, num) -> list of assessment dicts (beyond the defaults)
MARKS = {
    # the last day of quarter I (Fri 2025-10-24)
    ("13301", "20251024", 1): [{"value": "5", "weight": 2, "weight_float": "2.0", "control_type": "Контрольная работа",
                               "control_type_short": "КР", "convert": 5, "countas": "5"}],
    ("13302", "20251024", 1): [{"value": "3", "weight": 2, "weight_float": 2, "control_type": "Контрольная работа",
                               "control_type_short": "КР", "convert": 3, "countas": "3"}],
    ("13301", "20251024", 2): [{"value": "н", "weight": 0, "weight_float": 0, "count": False, "convert": 0,
                               "countas": "0", "control_type": "", "control_type_short": ""}],
    ("13302", "20251024", 3): [{"value": "4-", "weight": 1, "weight_float": 1, "convert": 4, "countas": "3.75",
                               "control_type": "Диктант", "control_type_short": "Д", "comment": "две ошибки"}],
    ("13301", "20251023", 2): [{"value": "4", "weight": 1, "weight_float": 1, "convert": 4, "countas": "4",
                               "control_type": "Работа на уроке", "control_type_short": "РУ"}],
    # the first day of quarter II (Mon 2025-11-03)
    ("13301", "20251103", 1): [{"value": "3", "weight": 1, "weight_float": "1.0", "convert": 3, "countas": "3",
                               "control_type": "Самостоятельная работа", "control_type_short": "СР"}],
    ("13302", "20251103", 1): [{"value": "5", "weight": 1, "weight_float": 1, "convert": 5, "countas": "5",
                               "control_type": "Самостоятельная работа", "control_type_short": "СР"}],
    ("13303", "20251103", 1): [{"value": "4", "weight": 1, "weight_float": 1, "convert": 4, "countas": "4",
                               "control_type": "Самостоятельная работа", "control_type_short": "СР"}],
    ("13303", "20251103", 2): [{"value": "оп", "weight": 0, "weight_float": 0, "count": False, "convert": 0,
                               "countas": 0, "control_type": "", "control_type_short": ""}],
    ("13302", "20251106", 3): [{"value": "5+", "weight": 1, "weight_float": 1, "convert": 5, "countas": "5.25",
                               "control_type": "Работа на уроке", "control_type_short": "РУ"}],
    ("13303", "20251112", 1): [{"value": "5", "weight": 1, "weight_float": 1, "convert": 5, "countas": "5",
                               "control_type": "Работа на уроке", "control_type_short": "РУ"}],
    ("13301", "20251113", 2): [{"value": "2", "weight": 1, "weight_float": 1, "convert": 2, "countas": "2",
                               "control_type": "Работа на уроке", "control_type_short": "РУ",
                               "comment": "Нет домашней работы"}],
}
# homework set on a lesson: (date, num) -> (id, text)
HOMEWORK = {("20251024", 1): (913001, "На каникулы: № 812, 815"), ("20251024", 3): (913002, "Упр. 301 (выучить правило)"),
            ("20251103", 3): (913003, "§ 9, пересказ"), ("20251112", 1): (913004, "№ 861, 864")}


def assessment(pupil, day, num, extra, nm):
    out = {"value": "", "countas": "", "count": True, "convert": 0, "weight": 1, "weight_float": 1,
           "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lesson_id(day, num),
           "nm": str(nm), "comment": ""}
    out.update(extra)
    return out


def lesson_item(day, num, subject, rings, times_full, pupil=None):
    teacher, room = TEACHERS[subject]
    item = {"num": str(num), "name": subject, "room": room, "teacher": teacher, "sort": num * 100,
            "lesson_id": lesson_id(day, num), "topic": TOPICS[subject], "is_control": False}
    if rings:
        start, end = BELLS[num - 1]
        item["starttime"], item["endtime"] = (start + ":00", end + ":00") if times_full else (start, end)
    hw = HOMEWORK.get((ymd(day), num))
    item["homework"] = {str(hw[0]): {"id": hw[0], "value": hw[1], "individual": False}} if hw else {}
    item["files"], item["resources"] = [], []
    if pupil is not None:
        marks = MARKS.get((pupil, ymd(day), num), [])
        item["assessments"] = [assessment(pupil, day, num, m, i + 1) for i, m in enumerate(marks)]
        if any(m.get("control_type") == "Контрольная работа" for m in marks):
            item["is_control"] = True
    return item


def day_entry(day, rings, times_full, pupil=None, as_array=False, absent=False):
    entry = {"name": ymd(day), "title": WEEKDAYS[day.weekday()]}
    name = holiday_of(day)
    if name:
        entry.update({"alert": "vacation", "holiday_name": name, "items": [] if as_array else {}})
        return entry
    if absent:  # not yet in the class: the pupil's own diary holds the day without lessons
        entry["items"] = []
        return entry
    items = [lesson_item(day, n + 1, s, rings, times_full, pupil) for n, s in enumerate(TIMETABLE[day.weekday()])]
    entry["items"] = items if as_array else {it["num"]: it for it in items}
    return entry


def wanted_days(a, b):
    """School days and holiday days of a range (ordinary weekends are not in an answer)."""
    return [day for day in days_between(a, b) if day.weekday() < 5 or holiday_of(day)]


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def diary(pupil, a, b, rings=True, times_full=True, students_array=False, items_array=False):
    last, first = PUPILS[pupil]
    days = {ymd(day): day_entry(day, rings, times_full, pupil, items_array, absent=(pupil == "13303" and ymd(day) < JOINS))
            for day in wanted_days(a, b)}
    rec = {"name": pupil, "title": f"{last} {first}", "parent_signed": False, "days": days}
    return envelope({"students": [rec] if students_array else {pupil: rec}})


def schedule(a, b, times_full):
    days = {ymd(day): day_entry(day, True, times_full, None, as_array=True) for day in wanted_days(a, b)}
    return envelope({"days": days})


def weeks_of(a, b):
    out, day = [], d(a)
    while day <= d(b):
        end = min(day + dt.timedelta(days=6 - day.weekday()), d(b))
        out.append({"start": ymd(day), "end": ymd(end), "title": f"{day:%d.%m} - {end:%d.%m}"})
        day = end + dt.timedelta(days=1)
    return out


def periods(pupil, with_weeks, closed=(), show_disabled=False):
    """A pupil's periods; a closed quarter is `disabled` and only listed with show_disabled (A.3 Period)."""
    last, first = PUPILS[pupil]
    ps = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": n in closed, "ambigious": None,
           "weeks": weeks_of(s, e) if with_weeks else []} for n, f, (s, e) in PERIODS
          if show_disabled or n not in closed]
    ps.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
               "weeks": []})
    return envelope({"students": [{"name": pupil, "title": f"{last} {first}", "periods": ps}]})


def rules(parent):
    kids = {}
    for pupil in PARENTS[parent]:
        last, first = PUPILS[pupil]
        kids[pupil] = {"rel": "child", "name": pupil, "title": f"{last} {first}", "lastname": last,
                       "firstname": first, "gender": "male" if pupil != "13302" else "female", "class": CLASS,
                       "parallel": "6", "city": "Тверь", "rules": ["getdiary", "getmarks", "getfinalassessments"]}
    tid, tl, tf, tm = HOMETEACHER
    return envelope({"id": parent, "name": parent, "title": f"Родитель {parent}", "roles": ["parent"],
                     "vendor": VENDOR, "relations": {"students": kids, "groups": {CLASS: {
                         "rel": "homeclass", "parallel": "6", "balls": 5, "hometeacher_id": tid,
                         "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                         "hometeacher_firstname": tf, "hometeacher_middlename": tm}},
                         "schools": [{"title": "Школа № 113", "title_full": "МОУ СОШ № 113", "number": 113}]},
                     "allowedSections": ["diary", "marks", "finalmarks", "schedule"]})


# getmarks-only marks (September/October, before the journey's diaries): pupil -> subject -> list
EARLY = {"13301": {"Математика": [("2025-09-19", "4", "4", 4, 1, "0919", "РУ", "Работа на уроке"),
                                   ("2025-10-10", "5", "5", 5, 1, "1010", "РУ", "Работа на уроке")],
                   "Русский язык": [("2025-10-02", "4", "4", 4, 1, "1002", "Д", "Диктант")]},
         "13302": {"Математика": [("2025-09-26", "4", "4", 4, 1, "0926", "РУ", "Работа на уроке")],
                   "Русский язык": [("2025-10-08", "5", "5", 5, 2, "1008", "Д", "Диктант")]}}


NOW = ["99991231"]  # the pull date of the answer being built: a getmarks holds no mark of a later day


def marks_answer(pupil, a, b, averages, students_array=False):
    """getmarks over [a, b]: the diary marks of the range (not attendance) plus the getmarks-only ones."""
    by_subject = {}
    for (p, date, num), marks in sorted(MARKS.items()):
        if p != pupil or not (a <= date <= min(b, NOW[0])):
            continue
        day = d(date)
        subject = TIMETABLE[day.weekday()][num - 1]
        for i, m in enumerate(marks):
            row = assessment(pupil, day, num, m, i + 1)
            row["lesson_comment"] = TOPICS[subject]
            row["max_mark"] = None
            if row["count"]:
                row["mtype"] = {"id": 1, "short": row["control_type_short"], "type": row["control_type"]}
            by_subject.setdefault(subject, []).append(row)
    for subject, rows in EARLY.get(pupil, {}).items():
        for date, value, countas, convert, weight, lid, short, typ in rows:
            if a <= date.replace("-", "") <= b:
                by_subject.setdefault(subject, []).append({
                    "value": value, "countas": countas, "count": True, "convert": convert, "weight": weight,
                    "weight_float": weight, "date": date, "lesson_id": "6" + lid + "1", "nm": "1", "comment": "",
                    "lesson_comment": None, "max_mark": None, "mtype": {"id": 2, "short": short, "type": typ}})
    lessons = []
    for subject in sorted(by_subject):
        avg = averages.get(subject, "")
        lessons.append({"name": subject, "average": avg, "averageConvert": round(float(avg)) if avg else 0,
                        "lesson_id": str(1000 + sorted(TEACHERS).index(subject)), "color_hex": None,
                        "marks": sorted(by_subject[subject], key=lambda r: (r["date"], r["nm"]))})
    last, first = PUPILS[pupil]
    rec = {"name": pupil, "title": f"{last} {first}", "lessons": lessons}
    return envelope({"students": [rec] if students_array else {pupil: rec}})


def finals(pupil, items):
    last, first = PUPILS[pupil]
    return envelope({"students": {pupil: {"name": pupil, "title": f"{last} {first}", "items": [
        {"name": subject, "assessments": [dict(period=p, value=v, comment=c, **({"convert": int(v[0])} if v[:1].isdigit() else {}))
                                          for p, v, c in cells]} for subject, cells in items]}}})


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def build():
    steps = []
    # 01: the school account signs in on the last day of quarter I; roster and periods
    t1 = "2025-10-24T17:00:00+03:00"
    steps.append({"name": "01 last day of quarter I: getrules of two parents, getperiods (weeks) of their children",
                  "batches": [[rec("getrules", rules("61301"), t1), rec("getrules", rules("61302"), t1),
                               rec("getperiods?student=13301&weeks=__yes", periods("13301", True), t1),
                               rec("getperiods?student=13302&weeks=true", periods("13302", True), t1)]]})
    # 02: the last school week of quarter I
    t2 = "2025-10-24T18:00:00+03:00"
    steps.append({"name": "02 last week of quarter I: class schedule and two diaries (HH:MM:SS), marks on 10-24",
                  "batches": [[rec(f"getschedule?class={CLASS}&days=20251020-20251024&rings=__yes",
                                   schedule("20251020", "20251024", True), t2),
                               rec("getdiary?student=13301&days=20251020-20251024&rings=__yes",
                                   diary("13301", "20251020", "20251024"), t2),
                               rec("getdiary?student=13302&days=20251020-20251024&rings=__yes",
                                   diary("13302", "20251020", "20251024", students_array=True), t2)]]})
    # 03: the newcomer's parent signs in on the first day of quarter II
    t3 = "2025-11-03T08:00:00+03:00"
    steps.append({"name": "03 first day of quarter II: the newcomer's parent (getrules) and his periods",
                  "batches": [[rec("getrules", rules("61303"), t3),
                               rec("https://sch113.eljur.ru/apiv3/getperiods?student=13303&weeks=__yes&show_disabled=__yes",
                                   periods("13303", True), t3)]]})
    # 04: pull after quarter II started: ranges straddling the holidays, quarter I finals and averages
    t4 = "2025-11-07T19:00:00+03:00"
    NOW[0] = "20251107"
    b4 = [rec(f"getschedule?class={CLASS}&days=20251020-20251109&rings=true", schedule("20251020", "20251109", False), t4)]
    for pupil, arr in (("13301", False), ("13302", True), ("13303", False)):
        b4.append(rec(f"getdiary?student={pupil}&days=20251020-20251109&rings=true",
                      diary(pupil, "20251020", "20251109", times_full=False, students_array=arr, items_array=arr), t4))
    b4 += [rec("getmarks?student=13301&days=20250901-20251024",
               marks_answer("13301", *Q1, {"Математика": "4.60", "Русский язык": "4.00"}), t4),
           rec("getmarks?student=13302&days=20250901-20251024",
               marks_answer("13302", *Q1, {"Математика": "3.33", "Русский язык": "4.67"}, students_array=True), t4),
           rec("getmarks?student=13301&days=20251103-20251228", marks_answer("13301", *Q2, {"Математика": "3.00"}), t4),
           rec("getmarks?student=13302&days=20251103-20251228",
               marks_answer("13302", *Q2, {"Математика": "5.00", "История": "5.00"}), t4),
           rec("getmarks?student=13303&days=20251103-20251228", marks_answer("13303", *Q2, {"Математика": "4.00"}), t4),
           rec("getfinalassessments?student=13301", finals("13301", [
               ("Математика", [("I", "4", "")]), ("Русский язык", [("I", "4", "")]), ("История", [("I", "5", "")]),
               ("Английский язык", [("I", "4", "")])]), t4),
           rec("getfinalassessments?student=13302", finals("13302", [
               ("Математика", [("I", "3", "")]), ("Русский язык", [("I", "4", "")]), ("История", [("I", "4", "")]),
               ("Английский язык", [("I", "5", "")])]), t4),
           rec("getfinalassessments?student=13303", finals("13303", [
               ("Математика", []), ("Русский язык", []), ("История", []), ("Английский язык", [])]), t4)]
    steps.append({"name": "04 after quarter II started: schedule/diaries over 10-20..11-09 (holidays inside), "
                          "getmarks of quarter I and II, quarter I finals", "batches": [b4]})
    # 05: a week later: the finals corrected and one removed; the second week of quarter II
    t5 = "2025-11-14T18:30:00+03:00"
    NOW[0] = "20251114"
    b5 = [rec(f"getschedule?class={CLASS}&days=20251110-20251114&rings=__yes", schedule("20251110", "20251114", True), t5)]
    for pupil in PUPILS:
        b5.append(rec(f"getdiary?student={pupil}&days=20251110-20251114&rings=__yes",
                      diary(pupil, "20251110", "20251114"), t5))
    b5 += [rec("getmarks?student=13301&days=20251103-20251228",
               marks_answer("13301", *Q2, {"Математика": "2.50"}), t5),
           rec("getmarks?student=13303&days=20251103-20251228", marks_answer("13303", *Q2, {"Математика": "4.00", "История": "5.00"}), t5),
           rec("getperiods?student=13301&weeks=__yes", periods("13301", True, closed=("I",)), t5),
           rec("getperiods?student=13303&weeks=__yes&show_disabled=__yes",
               periods("13303", True, closed=("I",), show_disabled=True), t5),
           rec("getfinalassessments?student=13301", finals("13301", [
               ("Математика", [("I", "5", "исправлено после зачёта")]), ("Русский язык", [("I", "4", "")]),
               ("История", []), ("Английский язык", [("I", "4", "")])]), t5),
           rec("getfinalassessments?student=13302&days=20250901-20260531", finals("13302", [
               ("Математика", [("I", "3", "")]), ("Русский язык", [("I", "5", "")]), ("История", [("I", "4", "")]),
               ("Английский язык", [("I", "5", "")])]), t5)]
    # 06: quarter I reopened after quarter II started: a getmarks-only correction of a last-day mark, and the
    # journal's average over a span straddling the holidays (no period's dates)
    t6 = "2025-11-14T19:00:00+03:00"
    kept = MARKS[("13302", "20251024", 1)]
    MARKS[("13302", "20251024", 1)] = [dict(kept[0], value="4", convert=4, countas="4", comment="пересдача 13.11")]
    b6 = [rec("getmarks?student=13302&days=20250901-20251024",
              marks_answer("13302", *Q1, {"Математика": "4.00", "Русский язык": "4.67"}, students_array=True), t6),
          rec("getmarks?student=13301&days=20251020-20251109",
              marks_answer("13301", "20251020", "20251109", {"Математика": "4.25"}), t6)]
    MARKS[("13302", "20251024", 1)] = kept
    steps.append({"name": "05 second week of quarter II: diaries, averages, quarter I finals corrected (13302 "
                          "Русский 4->5 via days=) and removed (13301 История)", "batches": [b5]})
    steps.append({"name": "06 quarter I reopened: 13302's 10-24 Математика 3->4 only in a later getmarks of quarter I; "
                          "13301's average over 10-20..11-09 (a bare span)", "batches": [b6]})
    return {"vendor": "elzhur", "steps": steps}


if __name__ == "__main__":
    # one record per line
    j = build()
    lines = ['{"vendor": "elzhur", "steps": [']
    for si, step in enumerate(j["steps"]):
        lines.append('{"name": ' + json.dumps(step["name"], ensure_ascii=False) + ', "batches": [')
        for bi, batch in enumerate(step["batches"]):
            lines.append("[")
            for ri, r in enumerate(batch):
                lines.append(json.dumps(r, ensure_ascii=False) + ("," if ri < len(batch) - 1 else ""))
            lines.append("]" + ("," if bi < len(step["batches"]) - 1 else ""))
        lines.append("]}" + ("," if si < len(j["steps"]) - 1 else ""))
    lines.append("]}")
    (HERE / "journey.json").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert json.loads((HERE / "journey.json").read_text(encoding="utf-8")) == j
    print("records:", sum(len(b) for s in j["steps"] for b in s["batches"]))
