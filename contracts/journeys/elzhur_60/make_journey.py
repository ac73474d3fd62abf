"""Write journey.json of elzhur_60: answers shaped as the public client models parse them (Eljur, Рязань,
18 Oct - 8 Nov 2026).

Standard library only, deterministic. Every value is invented. Each shape is taken from a public client model
(reference Part C), cited where it is used:

* BJ = BetterJournal/EljurAPI (zod): src/resources/MarkModel.ts, src/diary/DiaryItemModel.ts,
  src/diary/DiaryDayModel.ts, src/diary/DiaryRecordModel.ts, src/diary/MarksRecordModel.ts,
  src/diary/HomeworkRecordModel.ts, src/diary/PeriodsRecordModel.ts, src/diary/FinalAssessmentsRecordModel.ts,
  src/resources/{Homework,HomeworkFile,StoredFile,PeriodModel,Week,FinalAssessment}.ts,
  src/personal/{UserRules,RelationsModel}.ts, src/utils/{UserDataBase,SubjectBase}.ts,
  src/open-api/ByStudentsModel.ts (students as a record or an array).
* NEO = idk-maybe-none/NiceEljurOpen (Kotlin DTOs): feature_diary/.../data/model/DiaryResponse.kt (weight_float
  and countas as strings, `color`), PeriodResponse.kt (`ambigious` a String?), feature_marks/.../MarksResponse.kt
  (mtype.id a String, average nullable), feature_homework/.../HomeworkResponse.kt (room, grp nullable).
See README.md for the cast and the steps.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "rzn-lyceum60", 6060
D = dt.date

PARENTS = {  # id -> (last, first, middle, gender, children)
    "80901": ("Орлова", "Татьяна", "Игоревна", "female", ["80311", "80512"]),
    "80902": ("Гусейнова", "Лейла", "Рашидовна", "female", ["80312"]),
    "80903": ("Фомин", "Денис", "Аркадьевич", "male", ["80313"]),
}
PUPILS = {  # id -> (last, first, gender, class, English group)
    "80311": ("Орлова", "Вероника", "female", "8Б", "1"),
    "80312": ("Гусейнов", "Артур", "male", "8Б", "2"),
    "80313": ("Фомина", "Полина", "female", "8Б", "1"),
    "80512": ("Орлов", "Тимофей", "male", "5А", None),
}
HOMETEACHER = {"8Б": ("80611", "Карпова", "Елена", "Валерьевна"), "5А": ("80612", "Сафонова", "Мария", "Ильинична")}
TEACHER = {
    "Алгебра": "Карпова Елена Валерьевна", "Геометрия": "Карпова Елена Валерьевна",
    "Русский язык": "Белякова Наталья Сергеевна", "Литература": "Белякова Наталья Сергеевна",
    "История": "Трофимов Олег Геннадьевич", "Физика": "Лапин Кирилл Андреевич",
    "Физическая культура": "Шестаков Виктор Павлович", "Биология": "Голубева Ксения Дмитриевна",
    "Математика": "Сафонова Мария Ильинична", "Английский язык#1": "Миллер Анна Викторовна",
    "Английский язык#2": "Ершова Дарья Олеговна", "Английский язык#5": "Ершова Дарья Олеговна",
    "Робототехника": "Лапин Кирилл Андреевич",
}
WEEK = {  # weekday -> subjects by lesson number
    "8Б": {0: ["Алгебра", "Русский язык", "История", "Английский язык", "Физика", "Физическая культура"],
           1: ["Геометрия", "Литература", "Английский язык", "Биология", "Русский язык"],
           2: ["Алгебра", "Физика", "Русский язык", "История", "Физическая культура"],
           3: ["Русский язык", "Английский язык", "Алгебра", "Геометрия", "Биология"],
           4: ["Литература", "Алгебра", "Физическая культура", "Физика", "Литература"]},
    "5А": {0: ["Математика", "Русский язык", "Литература", "Английский язык", "Физическая культура"],
           1: ["Русский язык", "Математика", "Биология", "История"],
           2: ["Математика", "Русский язык", "Литература", "Английский язык"],
           3: ["Русский язык", "Математика", "История", "Физическая культура"],
           4: ["Математика", "Литература", "Русский язык", "Биология"]},
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
HOLIDAYS = {D(2026, 10, d): "Осенние каникулы" for d in (26, 27, 28, 29, 30)}
HOLIDAYS.update({D(2026, 11, 2): "Осенние каникулы", D(2026, 11, 3): "Осенние каникулы",
                 D(2026, 11, 4): "День народного единства"})
HOMEWORK_SUBJECTS = {"Алгебра", "Геометрия", "Русский язык", "Литература", "История", "Физика", "Английский язык",
                     "Биология", "Математика"}
NO_TOPIC = {"Физическая культура"}  # LessonItem.topic optional (BJ DiaryItemModel.ts): absent for these lessons
NULL_ROOM = {("8Б", "Физическая культура")}  # room null (NEO HomeworkResponse.kt `room: String?`; A.3 "empty or null")
EMPTY_ROOM = {("5А", "Физическая культура")}  # room "" (A.3 "may be empty")


def cls_of(pupil: str) -> str:
    return PUPILS[pupil][3]


def lesson_id(cls: str, day: dt.date, num: int, group: str | None = None) -> str:
    return f"{cls[0]}{day:%m%d}{num}{group or '0'}"


def teacher(cls: str, subject: str, group: str | None) -> str:
    if subject == "Английский язык":
        return TEACHER[f"Английский язык#{group if cls == '8Б' else '5'}"]
    return TEACHER[subject]


def room(cls: str, subject: str, group: str | None):
    if (cls, subject) in NULL_ROOM:
        return None
    if (cls, subject) in EMPTY_ROOM:
        return ""
    if subject == "Английский язык":
        return {"1": "312", "2": "314"}.get(group or "", "310")
    return "207" if cls == "8Б" else "105"


def topic(subject: str, day: dt.date) -> str:
    return f"{subject}: тема урока {day:%d.%m}"


def task_text(subject: str, day: dt.date, n: int = 1) -> str:
    return f"{subject}: к {day:%d.%m} — упр. {day.day * 4 + len(subject) + n}"


def base_tasks(cls: str, day: dt.date, num: int, subject: str) -> list[dict]:
    """Tasks set on a lesson: Homework {id:number, value, individual:bool, lesson?} (BJ Homework.ts)."""
    if subject not in HOMEWORK_SUBJECTS:
        return []
    hw_id = int(f"9{lesson_id(cls, day, num)}")
    tasks = [{"id": hw_id, "value": task_text(subject, day), "individual": False}]
    if subject == "Алгебра" and day.weekday() == 0:  # Homework.lesson (optional) present on Mondays' Algebra
        tasks[0]["lesson"] = "Алгебра"
    if subject == "Литература" and day == D(2026, 10, 23) and num == 1:  # two tasks on one lesson
        tasks.append({"id": hw_id + 1, "value": "Литература: выучить наизусть «Анчар» (до 30.10)",
                      "individual": False})
    return tasks


INDIVIDUAL = {  # (pupil, date, subject) -> individual task (Homework.individual true), in that pupil's answers only
    ("80313", D(2026, 10, 22), "Алгебра"): {"id": 9700001, "value": "Алгебра: олимпиадный лист № 3 (индивидуально)",
                                            "individual": True},
}
FILES = {  # (class, date, subject) -> file attached to the lesson's first task
    ("8Б", D(2026, 10, 21), "Физика"): ("Лабораторная работа №3 бланк.pdf", "https://rzn-lyceum60.eljur.ru/files/f3a91"),
    ("5А", D(2026, 10, 20), "Биология"): ("Строение клетки.pptx", "https://rzn-lyceum60.eljur.ru/files/b77c2"),
}
OLD_FILES = {("8Б", D(2026, 11, 6), "Физика")}  # older servers' {"file": [...]} form (A.3 files; felpsyatina, w1nsh)


def mk(value, **kw):
    return dict(value=value, **kw)


# (pupil, date, subject) -> marks; each mark: value and overrides. A mark shows once its day has passed.
MARKS = {
    ("80311", D(2026, 10, 19), "Алгебра"): [mk("5")],
    ("80311", D(2026, 10, 21), "Физика"): [mk("4-", countas="3.75", convert=4, weight=2, ctype="Лабораторная работа",
                                              short="ЛР", comment="не оформлен вывод")],
    ("80311", D(2026, 10, 20), "Английский язык"): [mk("5", comment="Excellent!")],
    ("80312", D(2026, 10, 19), "Русский язык"): [mk("3/5", countas="4", convert=4, weight=2, ctype="Диктант", short="Д",
                                                   comment="3 за грамотность, 5 за задание")],
    ("80312", D(2026, 10, 19), "История"): [mk("Н", comment="по болезни")],
    ("80312", D(2026, 10, 20), "Английский язык"): [mk("4")],
    ("80313", D(2026, 10, 20), "Геометрия"): [mk("5", weight=1, wfloat=1.5, ctype="Самостоятельная работа",
                                                 short="СР")],
    ("80313", D(2026, 10, 21), "Алгебра"): [mk("4"), mk("5", nm=2, comment="решила у доски")],
    ("80313", D(2026, 10, 23), "Физическая культура"): [mk("ОП")],
    ("80313", D(2026, 10, 23), "Литература"): [mk("", nm=1), mk("4", nm=2, comment="выразительное чтение")],
    ("80512", D(2026, 10, 19), "Математика"): [mk("5+", countas="5", convert=5)],
    ("80512", D(2026, 10, 21), "Русский язык"): [mk("оп")],
    ("80512", D(2026, 10, 20), "Биология"): [mk("4", wfloat="2", weight=2, ctype="Проверочная работа", short="ПР")],
    ("80311", D(2026, 11, 5), "Алгебра"): [mk("3", weight=3, ctype="Контрольная работа", short="КР",
                                              comment="вариант 2, ошибки в № 4")],
    ("80312", D(2026, 11, 6), "Литература"): [mk("н")],
    ("80313", D(2026, 11, 5), "Английский язык"): [mk("5", ctype="Словарный диктант", short="СД")],
    ("80512", D(2026, 11, 5), "Математика"): [mk("4", color="#1565C0")],
}
ABSENT = {"н", "Н", "оп", "ОП"}
MTYPES = {"РУ": 1, "ЛР": 4, "Д": 5, "СР": 6, "ПР": 7, "КР": 3, "СД": 8}


def assessment(m: dict, day: dt.date, lid: str, variant: int) -> dict:
    """An Assessment / Absent of getdiary (BJ MarkModel.ts + DiaryItemModel.ts Mark; NEO DiaryResponse.kt)."""
    nm = m.get("nm", 1)
    nm_out = str(nm) if variant % 2 == 0 else nm  # nm: z.coerce.number<string> (BJ) -> string or number
    lid_out = lid if variant % 2 == 0 else int(lid)  # lesson_id: z.coerce.number<string>
    if m["value"] in ABSENT:  # BJ Absent: convert literal 0, count false, countas literal 0
        out = {"value": m["value"], "countas": 0 if variant % 2 else "0", "count": False, "convert": 0, "weight": 0,
               "weight_float": 0, "control_type": "", "control_type_short": "", "date": day.isoformat(),
               "lesson_id": lid_out, "nm": nm_out, "comment": m.get("comment", "")}
    elif m["value"] == "":  # a phantom mark (A.3 value: "" occurs; Apheleia filters it)
        out = {"value": "", "countas": "0", "count": False, "convert": 0, "weight": 1, "weight_float": 1,
               "control_type": "Работа на уроке", "control_type_short": "РУ", "date": day.isoformat(),
               "lesson_id": lid_out, "nm": nm_out, "comment": ""}
    else:
        weight = m.get("weight", 1)
        wfloat = m.get("wfloat", weight)
        if variant % 2 and not isinstance(wfloat, str):
            wfloat = str(wfloat)  # NEO: weight_float String
        countas = m.get("countas", m["value"][0])
        out = {"value": m["value"], "countas": countas if variant % 2 == 0 else float(countas),
               "count": True, "convert": m.get("convert", int(m["value"][0])), "weight": weight,
               "weight_float": wfloat, "control_type": m.get("ctype", "Работа на уроке"),
               "control_type_short": m.get("short", "РУ"), "date": day.isoformat(), "lesson_id": lid_out,
               "nm": nm_out, "comment": m.get("comment", "")}
    # color_hex: z.unknown (BJ): absent, null or a string; `color` (NEO) beside it
    if variant % 3 == 1:
        out["color_hex"] = None
    elif variant % 3 == 2:
        out["color_hex"] = m.get("color", "#43A047")
        out["color"] = "green"
    return out


def shown(day: dt.date, pulled: dt.datetime) -> bool:
    return pulled.date() > day or (pulled.date() == day and pulled.hour >= 15)


def items_of(pupil: str, day: dt.date, pulled: dt.datetime, rings: bool, variant: int) -> list[dict]:
    cls = cls_of(pupil)
    group = PUPILS[pupil][4]
    out, seen = [], set()
    for num, subject in enumerate(WEEK[cls][day.weekday()], 1):
        first_of_subject = subject not in seen  # a day's marks go to the subject's first lesson (Литература twice)
        seen.add(subject)
        grp = group if (cls == "8Б" and subject == "Английский язык") else None
        lid = lesson_id(cls, day, num, grp)
        tasks = [dict(t) for t in base_tasks(cls, day, num, subject)]
        if grp == "2" and tasks:  # the other group's task has its own id and text
            tasks[0]["id"] += 2
            tasks[0]["value"] = f"Английский язык (2 гр.): к {day:%d.%m} — Workbook p. {day.day + 20}"
        if (pupil, day, subject) in INDIVIDUAL:
            tasks.append(dict(INDIVIDUAL[(pupil, day, subject)]))
        files = []
        if (cls, day, subject) in FILES and tasks:
            name, link = FILES[(cls, day, subject)]
            files = [{"toid": tasks[0]["id"], "filename": name, "link": link}]  # BJ HomeworkFile: StoredFile + toid
        if (cls, day, subject) in OLD_FILES and tasks:
            files = {"file": [{"filename": "Задачи к § 12.docx", "link": "https://rzn-lyceum60.eljur.ru/files/c1d09"}]}
        item = {"num": str(num) if variant % 2 == 0 else num,  # num: z.coerce.number<string>
                "name": subject, "room": room(cls, subject, grp), "teacher": teacher(cls, subject, grp),
                "sort": num * 100, "lesson_id": lid if variant % 2 == 0 else int(lid),
                "is_control": subject == "Алгебра" and day == D(2026, 11, 5),
                "homework": {str(t["id"]): t for t in tasks}, "files": files, "resources": []}
        if subject not in NO_TOPIC:
            item["topic"] = topic(subject, day)
        if grp:  # grp, grp_short optional (BJ); NEO types them String / String?
            item["grp"], item["grp_short"] = f"{grp} группа", f"{grp} гр."
        if rings:  # LessonItemRings: starttime/endtime strings; HH:MM:SS or HH:MM (A.3 [U])
            start, end = BELLS[num]
            item["starttime"], item["endtime"] = (start + ":00", end + ":00") if variant % 2 == 0 else (start, end)
        # payload_*: z.unknown (BJ): present (null / "") on some answers, absent on others; extra keys ignored
        if variant % 3 == 0:
            item.update(payload_id=None, payload_name=None, payload_type=None, payload_course_id=None)
        elif variant % 3 == 1:
            item.update(payload_id="", payload_name="", payload_type="", payload_course_id="", is_distance=False,
                        lesson_units=[])
        if day < pulled.date() or shown(day, pulled):
            item["assessments"] = [assessment(m, day, lid, variant + i) for i, m in
                                   enumerate(MARKS.get((pupil, day, subject), []) if first_of_subject else [])]
        # a future day's item carries no `assessments` key (BJ: assessments optional)
        out.append(item)
    return out


def extday(pupil: str, day: dt.date, rings: bool) -> list[dict] | None:
    """items_extday (BJ DiaryDayModel.ts, LessonExtraItem / LessonExtraItemRings): 80313's robotics circle on
    Wednesdays and Fridays."""
    if pupil != "80313" or day.weekday() not in (2, 4):
        return None
    extra = {"name": "Робототехника", "teacher": TEACHER["Робототехника"], "grp": "Робототехника",
             "grp_short": "Робот.", "topic": f"Сборка манипулятора, этап {day.day % 5 + 1}", "sort": 900}
    if rings:  # the Rings variant picks `homework` from LessonItemRings: a record
        extra.update(starttime="14:00", endtime="15:30", homework={})
    else:  # the plain variant: an array of {id, individual, value}
        extra["homework"] = []
    return [extra]


def diary_day(pupil, day, pulled, rings, variant):
    key = f"{day:%Y%m%d}"
    if day in HOLIDAYS:
        out = {"name": key, "title": WEEKDAYS[day.weekday()], "alert": "vacation", "items": {} if variant % 2 else []}
        if not (pupil == "80312" and day == D(2026, 10, 30)):  # holiday_name optional (BJ DiaryDayModel.ts)
            out["holiday_name"] = HOLIDAYS[day]
        return out
    if day.weekday() > 4:
        return None
    items = items_of(pupil, day, pulled, rings, variant)
    out = {"name": key, "title": f"{WEEKDAYS[day.weekday()]}, {day:%d.%m}"}
    # items: a record keyed by num (BJ), or an array (A.3 Day; Apheleia's isJsonArray)
    if pupil == "80512" and day == D(2026, 10, 22) and variant % 2 == 0:
        out["items"] = items
    else:
        out["items"] = {str(it["num"]): it for it in items}
    ext = extday(pupil, day, rings)
    if ext is not None:
        out["items_extday"] = ext
    return out


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled: dt.datetime):
    return {"request": request, "pulled_at": pulled.isoformat() + "+03:00", "body": body}


def title(pupil: str) -> str:
    return f"{PUPILS[pupil][0]} {PUPILS[pupil][1]}"


def by_students(pupil: str, entity: dict, as_array: bool, name_number: bool) -> dict:
    """ByStudentsRecord / ByStudentsArray (BJ src/open-api/ByStudentsModel.ts); UserDataBase.name:
    z.coerce.number<string | number> (BJ src/utils/UserDataBase.ts)."""
    entity = {"name": int(pupil) if name_number else pupil, "title": title(pupil), **entity}
    return {"students": [entity] if as_array else {pupil: entity}}


def getdiary(pupil, first, last, pulled, variant, rings=True):
    days = {}
    day = first
    while day <= last:
        d = diary_day(pupil, day, pulled, rings, variant)
        if d is not None:
            days[d["name"]] = d
        day += dt.timedelta(days=1)
    entity = {"parent_signed": variant % 2 == 1, "days": days}
    if variant % 3 == 2:
        entity["dnevnik_comment"] = None  # a key no model declares
    body = envelope(by_students(pupil, entity, as_array=(pupil == "80311" and variant % 2 == 1),
                                name_number=variant % 2 == 0))
    query = f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}" + ("&rings=__yes" if rings else "")
    return rec(query, body, pulled)


def gethomework(pupil, first, last, pulled, variant):
    """BJ HomeworkRecordModel.ts: days -> {name, title, items: record keyed by the subject's name ->
    {name, files?, homework: record {id, individual, value}}}."""
    days = {}
    day = first
    while day <= last:
        if day.weekday() < 5 and day not in HOLIDAYS:
            items = {}
            for it in items_of(pupil, day, pulled, False, variant):
                if not it["homework"]:
                    continue
                entry = items.setdefault(it["name"], {"name": it["name"], "homework": {}})
                entry["homework"].update({k: {"id": t["id"], "individual": t["individual"], "value": t["value"]}
                                          for k, t in it["homework"].items()})
                if it["files"]:
                    entry["files"] = it["files"]  # files optional (BJ SubjectHomework)
            key = f"{day:%Y%m%d}"
            if items:
                days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
        day += dt.timedelta(days=1)
    body = envelope(by_students(pupil, {"days": days}, as_array=False, name_number=variant % 2 == 1))
    return rec(f"gethomework?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}", body, pulled)


def fmt_avg(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def getmarks(pupil, first, last, pulled, variant):
    """BJ MarksRecordModel.ts: lessons[] SubjectMarks {name, average (coerce number), averageConvert, color_hex,
    lesson_id, marks[]}; a mark is Assessment + lesson_comment, max_mark (unknown), mtype {id, short, type}, or
    Absent + lesson_comment, max_mark (no mtype). NEO MarksResponse.kt: mtype.id a String, average nullable."""
    by_subject: dict[str, list] = {}
    day, k = first, 0
    while day <= last:
        if day.weekday() < 5 and day not in HOLIDAYS and shown(day, pulled):
            for it in items_of(pupil, day, pulled, False, variant + 1):
                for m in it.get("assessments", []):
                    if m["value"] == "":
                        continue
                    m = dict(m)
                    m.pop("color", None)
                    ctype, short = m.pop("control_type"), m.pop("control_type_short")
                    k += 1
                    if k % 4 != 3:  # lesson_comment / max_mark: z.unknown, absent on some marks
                        m["lesson_comment"] = it.get("topic") if k % 2 else None
                        m["max_mark"] = None if k % 3 else 5
                    if m["value"] not in ABSENT:
                        m["mtype"] = {"id": MTYPES[short] if k % 2 else str(MTYPES[short]), "short": short,
                                      "type": ctype}
                    by_subject.setdefault(it["name"], []).append(m)
        day += dt.timedelta(days=1)
    lessons = []
    for i, subject in enumerate(sorted(by_subject)):
        counted = [m for m in by_subject[subject] if m["count"]]
        weights = [float(m["weight_float"]) for m in counted]
        if counted and sum(weights):
            avg = sum(m["convert"] * w for m, w in zip(counted, weights)) / sum(weights)
            average = fmt_avg(avg) if i % 2 == 0 else (round(avg, 2) if round(avg, 2) % 1 else int(avg))  # "4.33" or 4.33 (coerce number<string>)
            conv = round(avg)
        else:
            average, conv = "", 0  # A.3: average may be ""
        entry = {"name": subject, "average": average, "averageConvert": conv,
                 "lesson_id": str(6000 + len(subject)) if i % 2 else 6000 + len(subject),
                 "marks": by_subject[subject]}
        if i % 3:
            entry["color_hex"] = None if i % 3 == 1 else "#FFB300"
        lessons.append(entry)
    body = envelope(by_students(pupil, {"lessons": lessons}, as_array=False, name_number=variant % 2 == 0))
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}", body, pulled)


def getperiods(pupil, pulled, variant):
    """BJ PeriodModel.ts / PeriodsRecordModel.ts: {name, fullname, start, end, disabled: unknown, ambigious:
    unknown, weeks?: [{start, end, title}]} (Week.ts); NEO PeriodResponse.kt: disabled Boolean, ambigious String?."""
    weeks = variant % 2 == 0
    quarters = [("I", "1 четверть", D(2026, 9, 1), D(2026, 10, 25)), ("II", "2 четверть", D(2026, 11, 5),
                                                                       D(2026, 12, 28)),
                ("III", "3 четверть", D(2027, 1, 11), D(2027, 3, 21)), ("IV", "4 четверть", D(2027, 4, 1),
                                                                       D(2027, 5, 26))]
    periods = []
    for j, (name, full, start, end) in enumerate(quarters):
        p = {"name": name, "fullname": full, "start": f"{start:%Y%m%d}", "end": f"{end:%Y%m%d}"}
        if variant % 2 == 0:
            p.update(disabled=False, ambigious=None)
        else:
            p.update(disabled=0 if j % 2 else False)  # ambigious absent (z.unknown)
        if weeks:
            ws, day = [], start - dt.timedelta(days=start.weekday())
            while day <= end and len(ws) < 2:
                ws.append({"start": f"{max(day, start):%Y%m%d}", "end": f"{day + dt.timedelta(days=6):%Y%m%d}",
                           "title": f"{max(day, start):%d.%m} — {day + dt.timedelta(days=6):%d.%m}"})
                day += dt.timedelta(days=7)
            p["weeks"] = ws
        periods.append(p)
    year = {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False,
            "ambigious": "1" if variant % 2 else True}  # NEO: ambigious a String
    if weeks:
        year["weeks"] = []
    periods.append(year)
    body = envelope(by_students(pupil, {"periods": periods}, as_array=pupil != "80313", name_number=variant % 2 == 1))
    query = f"getperiods?student={pupil}&show_disabled=__yes" + ("&weeks=__yes" if weeks else "")
    return rec(query, body, pulled)


FINALS = {  # pupil -> [(subject, value, comment)] for period I
    "80311": [("Алгебра", "5", ""), ("Геометрия", "4", ""), ("Русский язык", "4", ""), ("Литература", "5", ""),
              ("История", "4", ""), ("Физика", "4", ""), ("Английский язык", "5", ""), ("Биология", "5", ""),
              ("Физическая культура", "5", "")],
    "80312": [("Алгебра", "3", ""), ("Геометрия", "3", ""), ("Русский язык", "4", "исправил за четверть"),
              ("Литература", "4", ""), ("История", "4", ""), ("Физика", "3", ""), ("Английский язык", "4", ""),
              ("Биология", "4", ""), ("Физическая культура", "осв", "справка до 30.10")],
    "80313": [("Алгебра", "5", ""), ("Геометрия", "5", ""), ("Русский язык", "5", ""), ("Литература", "4", ""),
              ("История", "5", ""), ("Физика", "4", ""), ("Английский язык", "5", ""), ("Биология", "5", ""),
              ("Физическая культура", "4", "")],
    "80512": [("Математика", "5", ""), ("Русский язык", "4", ""), ("Литература", "5", ""),
              ("Английский язык", "4", ""), ("Биология", "5", ""), ("История", "5", ""),
              ("Физическая культура", "5", "")],
}


def getfinalassessments(pupil, pulled, variant):
    """BJ FinalAssessmentsRecordModel.ts / FinalAssessment.ts: items[] {name, assessments: [{period, value,
    comment, convert, color_hex}]} (convert optional per reference A.3)."""
    items = []
    for i, (subject, value, comment) in enumerate(FINALS[pupil]):
        a = {"period": "I", "value": value, "comment": comment}
        if value.isdigit() and i % 2 == 0:
            a["convert"] = int(value)
        if i % 3 == 1:
            a["color_hex"] = None
        elif i % 3 == 2:
            a["color_hex"] = "#2E7D32"
        items.append({"name": subject, "assessments": [a]})
    body = envelope(by_students(pupil, {"items": items}, as_array=pupil == "80312", name_number=variant % 2 == 0))
    return rec(f"getfinalassessments?student={pupil}", body, pulled)


def getrules(parent, pulled, variant):
    """BJ UserRules.ts + RelationsModel.ts (students/groups records, schools array; ids coerce number<string>)."""
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg, cls, _ = PUPILS[child]
        students[child] = {"rel": "child", "name": int(child) if variant % 2 else child, "title": f"{cl} {cf}",
                           "lastname": cl, "firstname": cf, "gender": cg, "class": cls, "parallel": int(cls[0]),
                           "city": "Рязань", "rules": ["getdiary", "getmarks", "getperiods", "gethomework",
                                                       "getfinalassessments"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": int(cls[0]), "balls": 5,
                       "hometeacher_id": tid if variant % 2 == 0 else int(tid), "hometeacher_name": f"{tl} {tf} {tm}",
                       "hometeacher_lastname": tl, "hometeacher_firstname": tf, "hometeacher_middlename": tm,
                       "rules": ["getdiary", "getschedule"]}
    result = {"age": 41, "allowedAds": [], "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "city": "Рязань", "email": f"parent{parent}@example.ru", "email_confirmed": variant % 2 == 0,
              "firstname": first, "gender": gender, "guid": f"guid-{parent}", "id": parent if variant % 2 else int(parent),
              "id_hash": f"h{parent}", "lastname": last, "messageSignature": "", "middlename": middle,
              "name": parent, "original_guid": f"oguid-{parent}", "region": "Рязанская область", "regionCode": "62",
              "relations": {"students": students, "groups": groups,
                            "schools": [{"inn": "6228000060" if variant % 2 else 6228000060, "kpp": "622801001",
                                         "number": "60", "title": "Лицей № 60",
                                         "title_full": "МБОУ «Лицей № 60» г. Рязани"}]},
              "roles": ["parent"], "rt_licey_school_end_date": False, "supportDescription": "",
              "supportEmail": "support@example.ru", "supportEmailSchool": "", "supportHelpdesk": "https://example.ru/help",
              "supportHelpdeskSchoolEmployee": "", "supportPhone": "8-800-000-00-00",
              "title": f"{last} {first} {middle}", "uploadFileUrl": "https://rzn-lyceum60.eljur.ru/upload?t=x",
              "vendor": VENDOR, "vendor_id": VENDOR_ID, "vuid": f"{VENDOR_ID}#{parent}"}
    return rec("getrules", envelope(result), pulled)


def main() -> None:
    W1, W1E, W2, W2E, W3, W3E = D(2026, 10, 19), D(2026, 10, 25), D(2026, 10, 26), D(2026, 11, 1), D(2026, 11, 2), D(
        2026, 11, 8)
    pupils = sorted(PUPILS)
    t = dt.datetime
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 18 Oct 19:00: getrules of the three parents, getperiods of the four pupils",
         [getrules(p, t(2026, 10, 18, 19, i), i) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, t(2026, 10, 18, 19, 5 + i), i) for i, p in enumerate(pupils)])
    step("02 Sun 18 Oct 19:30: getdiary of week 1 (no marks yet: items without `assessments`)",
         [getdiary(p, W1, W1E, t(2026, 10, 18, 19, 30 + i), i) for i, p in enumerate(pupils)])
    step("03 Wed 21 Oct 20:00: getdiary of week 1, marks of Mon-Wed, the other forms of every number",
         [getdiary(p, W1, W1E, t(2026, 10, 21, 20, i), i + 1) for i, p in enumerate(pupils)])
    step("04 Sat 24 Oct 12:00: getdiary of week 1 with every mark (80312's without rings), gethomework of week 1",
         [getdiary(p, W1, W1E, t(2026, 10, 24, 12, i), i + 2, rings=p != "80312") for i, p in enumerate(pupils)],
         [gethomework(p, W1, W1E, t(2026, 10, 24, 12, 10 + i), i) for i, p in enumerate(pupils)])
    step("05 Sun 25 Oct 18:00: getdiary of week 2, the autumn holidays (`alert: vacation`, `items` {} or [])",
         [getdiary(p, W2, W2E, t(2026, 10, 25, 18, i), i) for i, p in enumerate(pupils)])
    step("06 Tue 27 Oct 10:00: getfinalassessments of the 1st quarter",
         [getfinalassessments(p, t(2026, 10, 27, 10, i), i) for i, p in enumerate(pupils)])
    step("07 Sun 1 Nov 18:00: getdiary of week 3 (2-3 Nov holidays, 4 Nov День народного единства, 5-6 Nov lessons)",
         [getdiary(p, W3, W3E, t(2026, 11, 1, 18, i), i + 1) for i, p in enumerate(pupils)])
    step("08 Sat 7 Nov 11:00: getdiary of week 3 with marks, gethomework of week 3, getmarks of the three weeks",
         [getdiary(p, W3, W3E, t(2026, 11, 7, 11, i), i) for i, p in enumerate(pupils)],
         [gethomework(p, W3, W3E, t(2026, 11, 7, 11, 10 + i), i + 1) for i, p in enumerate(pupils)],
         [getmarks(p, W1, W3E, t(2026, 11, 7, 11, 20 + i), i) for i, p in enumerate(pupils)])
    journey = {"vendor": "elzhur",
               "description": "Answers shaped exactly as the public client models (BetterJournal zod schemas, "
                              "NiceEljurOpen DTOs) declare them: ids and numbers as strings and as numbers, optional "
                              "fields present and absent, nullable ones null, students as a record and an array, "
                              "items as a record and an array, weight_float as a number and a string, countas 0 and "
                              "\"0\", files in both forms, extra keys (МБОУ «Лицей № 60» г. Рязани, 18 Oct - 8 Nov "
                              "2026).",
               "school": {"timezone": "Europe/Moscow", "name": "МБОУ «Лицей № 60» г. Рязани"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
