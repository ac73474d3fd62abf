"""Write journey.json of elzhur_62: one lyceum's fortnight as the *other* public Eljur clients read it.

МАОУ «Лицей № 62» г. Казани (Eljur vendor `lyc62kzn`), 19 April - 3 May 2027, 4 четверть. Every answer is shaped as
one of the public clients that Part C of shared/reference/elzhur_mesh.md cites parses it (not BetterJournal, not
NiceEljurOpen):

* Aefyr/Apheleia `app/src/main/java/com/aefyr/journalism/parsing/DiaryAsyncParser.java`: `students` an object keyed
  by id **or an array** (`isJsonArray()`, first element), `items` an object keyed by number **or an array**, a
  vacation day read before its `items` (which may be absent), `items_extday` with `homework` as an **array**,
  phantom marks `value: ""` skipped, `weight` read with `getAsString()` (a number or a string), optional `starttime`,
  `homework`, `files`, `assessments`; `EljurApiRequests.java`: `rings=__yes`, `getperiods` with `weeks`, the
  `getfinalassessments` `items[].assessments[]` (`period`, `value`, `comment`; an empty `assessments` list);
* Aefyr/Apheleia `parsing/MarkGridAsyncParser.java`: getmarks `students` an object or an array, a subject without
  `marks`, `average` read as a string (`""` too), `lesson_comment` null or a string beside `comment`;
* felpsyatina/1543.eljur.bot `eljur_api.py` (`getschedule`/`gethomework` with `class`, `days`; host
  `api.eljur.ru/api`), `lessons_db_manip.py` (`result.days` at the top level, `items` a **list**, `room` empty or
  missing, `grp` optional); the `"Cancel"` lesson (reference A.3 Lesson item `name`);
* w1nsh/eljur-to-obsidian `src/eljur/eljur_parser.py` (`newgetmarks` with the `students` param, sent here once and
  then as the older `getmarks` with `students`, since A.2/D.3 call the new method's shape undocumented; `days=YYYYMMDD-YYYYMMDD`,
  `rings` sent as a boolean), `src/eljur/json_parser.py` (`newgetmarks` read as getmarks: `students` keyed by id,
  `lessons[].marks[]` with `count`/`convert`; gethomework by class with top-level `days`, `items` a list,
  `files.file[]`), `src/utils/date.py` (YYYYMMDD keys);
* AndreyPonyakov/eljur_notifier `eljur_notifier/Eljur/EljurApiRequester.cs` (`jsonStrRulesExample`): the literal
  getrules (`relations.students{id:{rules, rel, name, title, lastname, firstname, gender, class, parallel:"10",
  city}}`, `relations.groups{"10А":{rules, rel, name, parallel, balls}}`, `allowedAds`, no `hometeacher_*`, no
  `schools`).

Standard library only, deterministic. Every value is invented.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "lyc62kzn", "6262"
D = dt.date

PARENTS = {
    "62901": ("Галиева", "Алсу", "Ринатовна", "female", ["62501", "62801"]),
    "62902": ("Сорокин", "Дмитрий", "Олегович", "male", ["62802"]),
    "62903": ("Никитина", "Светлана", "Игоревна", "female", ["62502"]),
}
PUPILS = {
    "62501": ("Галиев", "Тимур", "male", "5В"),
    "62502": ("Никитина", "Варвара", "female", "5В"),
    "62801": ("Галиева", "Камила", "female", "8А"),
    "62802": ("Сорокин", "Артём", "male", "8А"),
}
HOMETEACHER = {"5В": ("62611", "Хабибуллина", "Гульнара", "Рашитовна"),
               "8А": ("62612", "Орлов", "Виктор", "Семёнович")}

WEEK = {
    "8А": {0: ["Алгебра", "Русский язык", "Физика", "История", "Английский язык", "Физическая культура"],
           1: ["Геометрия", "Литература", "Химия", "Английский язык", "Биология"],
           2: ["Алгебра", "Русский язык", "География", "Информатика", "Обществознание"],
           3: ["Физика", "Геометрия", "Русский язык", "История", "Химия"],
           4: ["Алгебра", "Литература", "Английский язык", "Физика", "ОБЗР"]},
    "5В": {0: ["Русский язык", "Математика", "Литература", "Английский язык", "Физическая культура"],
           1: ["Математика", "Русский язык", "История", "Биология"],
           2: ["Русский язык", "Математика", "Английский язык", "География"],
           3: ["Математика", "Литература", "Русский язык", "Музыка"],
           4: ["Русский язык", "Математика", "Изобразительное искусство", "Технология"]},
}
TEACHERS = {
    "8А": {"Алгебра": "Орлов Виктор Семёнович", "Геометрия": "Орлов Виктор Семёнович",
           "Русский язык": "Мухаметова Лилия Ильдаровна", "Литература": "Мухаметова Лилия Ильдаровна",
           "Физика": "Зиннатуллин Марат Фаридович", "История": "Кудрявцева Елена Павловна",
           "Обществознание": "Кудрявцева Елена Павловна", "Английский язык": "Смирнова Анна Викторовна",
           "Физическая культура": "Гарипов Ильнур Ахатович", "Химия": "Белоусова Ирина Андреевна",
           "Биология": "Шарипова Эльвира Маратовна", "География": "Шарипова Эльвира Маратовна",
           "Информатика": "Латыпов Руслан Айдарович", "ОБЗР": "Гарипов Ильнур Ахатович"},
    "5В": {"Английский язык": "Смирнова Анна Викторовна", "Физическая культура": "Гарипов Ильнур Ахатович",
           "Музыка": "Сафина Дина Робертовна", "История": "Кудрявцева Елена Павловна",
           "Биология": "Шарипова Эльвира Маратовна", "География": "Шарипова Эльвира Маратовна",
           "Изобразительное искусство": "Сафина Дина Робертовна", "Технология": "Латыпов Руслан Айдарович"},
}
PRIMARY_5V = "Хабибуллина Гульнара Рашитовна"  # Русский язык, Математика, Литература of 5В
ROOMS = {"Физическая культура": "спортзал", "Английский язык": "214", "Информатика": "305", "Химия": "118",
         "Физика": "116", "Музыка": "актовый зал", "Технология": "мастерская"}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:30", "12:10"), 6: ("12:20", "13:00")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

MUSIC_OFF = D(2027, 4, 22)   # 5В's Music cancelled (the teacher at a district festival): «Cancel»
MAY3 = D(2027, 5, 3)         # the day off carried over from Saturday 1 May
MAY3_NAME = "Праздник Весны и Труда (перенос выходного дня с 1 мая)"
EXTDAY = D(2027, 4, 21)      # 8А's robotics club after lessons
EDITED = D(2027, 4, 30)      # 8А's Friday Physics task re-texted by the teacher (same id)
INDIVIDUAL = D(2027, 4, 27)  # 62801's individual English task


def teacher(cls: str, subject: str) -> str:
    return TEACHERS[cls].get(subject, PRIMARY_5V)


def room(cls: str, subject: str) -> str:
    return ROOMS.get(subject, "207" if cls == "8А" else "104")


def lesson_id(cls: str, day: dt.date, num: int) -> str:
    return f"{cls[0]}62{day:%m%d}{num}"


TOPICS = {
    "Алгебра": "Квадратные неравенства", "Геометрия": "Вписанные углы", "Русский язык": "Обособленные определения",
    "Литература": "А. С. Пушкин «Капитанская дочка»", "Физика": "Электрический ток в металлах",
    "История": "Эпоха Петра I", "Английский язык": "Present Perfect Continuous", "Химия": "Оксиды и их свойства",
    "Биология": "Нервная система человека", "География": "Природные зоны России", "Информатика": "Циклы в Python",
    "Обществознание": "Экономика и её роль", "ОБЗР": "Первая помощь при травмах", "Физическая культура": "Лёгкая атлетика",
    "Математика": "Сложение десятичных дробей", "Музыка": "Музыка народов Поволжья",
    "Изобразительное искусство": "Декоративно-прикладное искусство", "Технология": "Работа с древесиной",
}


def topic(subject: str, day: dt.date) -> str:
    return f"{TOPICS[subject]} ({day:%d.%m})"


def task_text(subject: str, day: dt.date, edited: bool = False) -> str:
    n = day.day * 7 + len(subject)
    texts = {
        "Алгебра": f"№ {n}, {n + 2} (а, б)", "Геометрия": f"№ {n} (чертёж обязательно)",
        "Русский язык": f"упр. {n}, выписать обособленные определения", "Литература": f"читать главы {day.day % 9 + 1}–{day.day % 9 + 3}, вопросы на с. {n}",
        "Физика": f"§ {day.day + 30}, упр. {day.day % 7 + 1} (1–3)", "История": f"§ {day.day + 12}, вопросы 1–4 письменно",
        "Английский язык": f"WB p. {n}, ex. 3, 4", "Химия": f"§ {day.day + 20}, задача {day.day % 5 + 1}",
        "Математика": f"№ {n}, {n + 1}, {n + 3}", "Биология": f"§ {day.day + 10}, рисунок в тетради",
        "Литературное чтение": f"выучить отрывок, с. {n}",
    }
    text = texts[subject]
    if edited:
        text += "; лабораторную работу № 6 оформить полностью (исправлено учителем)"
    return text


HOMEWORK_SUBJECTS = {"Алгебра", "Геометрия", "Русский язык", "Литература", "Физика", "История", "Английский язык",
                     "Химия", "Математика", "Биология"}


def mk(value, weight=1, ctype="Работа на уроке", short="РУ", comment="", lesson_comment=None, nm="1"):
    return dict(value=value, weight=weight, ctype=ctype, short=short, comment=comment,
                lesson_comment=lesson_comment, nm=nm)


KR = dict(ctype="Контрольная работа", short="КР", weight=3)
SR = dict(ctype="Самостоятельная работа", short="СР", weight=2)
MARKS = {  # (pupil, date, subject) -> marks of that lesson
    ("62801", D(2027, 4, 19), "Алгебра"): [mk("5")],
    ("62801", D(2027, 4, 19), "Физика"): [mk("4", **SR, comment="не указаны единицы измерения")],
    ("62802", D(2027, 4, 19), "История"): [mk("3")],
    ("62802", D(2027, 4, 19), "Физическая культура"): [mk("ОП")],
    ("62501", D(2027, 4, 19), "Математика"): [mk("5")],
    ("62502", D(2027, 4, 19), "Русский язык"): [mk("4", comment="две орфографические ошибки")],
    ("62801", D(2027, 4, 20), "Химия"): [mk("5")],
    ("62802", D(2027, 4, 20), "Геометрия"): [mk(""), mk("4", nm="2")],  # a phantom mark beside a real one
    ("62501", D(2027, 4, 20), "История"): [mk("Н")],
    ("62502", D(2027, 4, 20), "Математика"): [mk("5", **SR), mk("4", nm="2")],
    ("62801", D(2027, 4, 21), "Информатика"): [mk("5", comment="программа работает без ошибок")],
    ("62802", D(2027, 4, 21), "Русский язык"): [mk("2", comment="не выполнено домашнее задание")],
    ("62501", D(2027, 4, 21), "Английский язык"): [mk("4")],
    ("62502", D(2027, 4, 21), "География"): [mk("5")],
    ("62801", D(2027, 4, 22), "Геометрия"): [mk("4", **KR, comment="ошибка в задаче 3",
                                                lesson_comment="Контрольная работа № 7 «Окружность»")],
    ("62802", D(2027, 4, 22), "Геометрия"): [mk("3", **KR, lesson_comment="Контрольная работа № 7 «Окружность»")],
    ("62501", D(2027, 4, 22), "Литература"): [mk("5")],
    ("62502", D(2027, 4, 22), "Математика"): [mk("н")],
    ("62801", D(2027, 4, 23), "Английский язык"): [mk("5")],
    ("62802", D(2027, 4, 23), "ОБЗР"): [mk("5")],
    ("62501", D(2027, 4, 23), "Технология"): [mk("5")],
    ("62502", D(2027, 4, 23), "Изобразительное искусство"): [mk("5", comment="выразительная композиция")],
    ("62801", D(2027, 4, 26), "История"): [mk("4")],
    ("62802", D(2027, 4, 26), "Алгебра"): [mk("н")],
    ("62501", D(2027, 4, 26), "Русский язык"): [mk("3", **SR)],
    ("62502", D(2027, 4, 26), "Литература"): [mk("5")],
    ("62801", D(2027, 4, 27), "Английский язык"): [mk("5", comment="отличное эссе")],
    ("62802", D(2027, 4, 27), "Химия"): [mk("4")],
    ("62501", D(2027, 4, 27), "Биология"): [mk("4")],
    ("62502", D(2027, 4, 27), "История"): [mk("ОП")],
    ("62801", D(2027, 4, 28), "Алгебра"): [mk("3", **SR)],
    ("62802", D(2027, 4, 28), "География"): [mk("5")],
    ("62501", D(2027, 4, 28), "Математика"): [mk("4")],
    ("62502", D(2027, 4, 28), "Английский язык"): [mk("5")],
    ("62801", D(2027, 4, 29), "Русский язык"): [mk("5", **KR, comment="диктант без ошибок")],
    ("62802", D(2027, 4, 29), "Русский язык"): [mk("4", **KR)],
    ("62501", D(2027, 4, 29), "Музыка"): [mk("5")],
    ("62502", D(2027, 4, 29), "Русский язык"): [mk("5")],
}
WEIGHT_AS_STRING = {"62502"}  # Apheleia reads `weight` with getAsString(): the number sent as a string


def mark_obj(pupil, day, lid, m):
    absent = m["value"].lower() in ("н", "оп")
    value = m["value"]
    if absent:
        out = {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
               "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid,
               "nm": m["nm"], "comment": m["comment"]}
    elif value == "":
        out = {"value": "", "countas": "0", "count": False, "convert": 0, "weight": 1, "weight_float": 1,
               "control_type": m["ctype"], "control_type_short": m["short"], "date": day.isoformat(),
               "lesson_id": lid, "nm": m["nm"], "comment": ""}
    else:
        out = {"value": value, "countas": value, "count": True, "convert": int(value[0]), "weight": m["weight"],
               "weight_float": m["weight"], "control_type": m["ctype"], "control_type_short": m["short"],
               "date": day.isoformat(), "lesson_id": lid, "nm": m["nm"], "comment": m["comment"]}
    if pupil in WEIGHT_AS_STRING:
        out["weight"] = str(out["weight"])
        out["weight_float"] = f"{out['weight_float']}.0"
    return out


def plan(cls: str, day: dt.date, state: dict) -> list[tuple[int, str, str]]:
    if day.weekday() > 4:
        return []
    return [(n, s, lesson_id(cls, day, n)) for n, s in enumerate(WEEK[cls][day.weekday()], 1)]


def marks_due(day: dt.date, pulled: dt.datetime) -> bool:
    return pulled.date() > day or (pulled.date() == day and pulled.hour >= 15)


def tasks(cls, day, subject, lid, pupil, state) -> dict:
    homework = {}
    if subject in HOMEWORK_SUBJECTS:
        hw_id = int("7" + lid)
        homework[str(hw_id)] = {"id": hw_id, "value": task_text(subject, day, day == EDITED and subject == "Физика"
                                                                 and state.get("edited")), "individual": False}
    if pupil == "62801" and day == INDIVIDUAL and subject == "Английский язык":
        homework["962801"] = {"id": 962801, "value": "Подготовить устный доклад «Famous scientists of Tatarstan» "
                                                     "(индивидуальное задание)", "individual": True}
    return homework


def full_item(cls, day, num, subject, lid, pupil, state, pulled, times="HH:MM:SS"):
    """A getdiary lesson item with every field of reference A.3 (Apheleia, E2)."""
    start, end = BELLS[num]
    if times == "HH:MM:SS":
        start, end = start + ":00", end + ":00"
    marks = [mark_obj(pupil, day, lid, m) for m in MARKS.get((pupil, day, subject), [])] if marks_due(day, pulled) else []
    cancel = cls == "5В" and day == MUSIC_OFF and subject == "Музыка" and state.get("music_off")
    item = {"num": str(num), "name": "Cancel" if cancel else subject, "room": "" if cancel else room(cls, subject),
            "teacher": teacher(cls, subject), "sort": num * 10, "lesson_id": lid,
            "topic": "" if cancel else topic(subject, day), "is_control": any(m.get("short") == "КР" for m in
                                                                               MARKS.get((pupil, day, subject), [])),
            "starttime": start, "endtime": end, "homework": {} if cancel else tasks(cls, day, subject, lid, pupil, state),
            "files": [], "resources": [], "assessments": marks}
    return item


def lean_item(cls, day, num, subject, lid, pupil, state, pulled):
    """Apheleia's minimum: num, name, room, teacher (getStringFromJsonSafe), lesson_id; `homework` and `assessments`
    only when there is something; no times (no rings), no topic, sort as a string."""
    item = {"num": str(num), "name": subject, "room": room(cls, subject), "teacher": teacher(cls, subject),
            "sort": str(num), "lesson_id": lid}
    hw = tasks(cls, day, subject, lid, pupil, state)
    if hw:
        item["homework"] = hw
    if marks_due(day, pulled) and MARKS.get((pupil, day, subject)):
        item["assessments"] = [mark_obj(pupil, day, lid, m) for m in MARKS[(pupil, day, subject)]]
    return item


EXTDAY_ITEM = {"name": "Робототехника", "teacher": "Латыпов Руслан Айдарович", "grp": "Робототехника (8 классы)",
               "topic": "Сборка манипулятора на Arduino", "sort": "1", "starttime": "14:00:00", "endtime": "14:40:00",
               "homework": [{"id": 7990421, "value": "Дописать скетч управления сервоприводом", "individual": False}]}

TITLE_FORMS = {"62801": lambda d: WEEKDAYS[d.weekday()], "62802": lambda d: f"{WEEKDAYS[d.weekday()]}, {d:%d.%m.%Y}",
               "62501": lambda d: f"{d:%d.%m}", "62502": lambda d: WEEKDAYS[d.weekday()].lower()}


def diary_days(pupil, first, last, state, pulled):
    _, _, _, cls = PUPILS[pupil]
    days, day = {}, first
    while day <= last:
        key, title = f"{day:%Y%m%d}", TITLE_FORMS[pupil](day)
        if day == MAY3 and state.get("may3"):
            if pupil == "62502":  # Apheleia reads the alert first; no holiday_name, no items at all
                days[key] = {"name": key, "title": title, "alert": "vacation"}
            else:
                days[key] = {"name": key, "title": title, "alert": "vacation", "holiday_name": MAY3_NAME,
                             "items": [] if pupil == "62802" else {}}
        else:
            lessons = plan(cls, day, state)
            if lessons:
                if pupil == "62802":
                    items = [lean_item(cls, day, n, s, lid, pupil, state, pulled) for n, s, lid in lessons]
                else:
                    times = "HH:MM" if pupil == "62501" else "HH:MM:SS"
                    items = {str(n): full_item(cls, day, n, s, lid, pupil, state, pulled, times) for n, s, lid in lessons}
                days[key] = {"name": key, "title": title, "items": items}
                if pupil == "62801" and day == EXTDAY:
                    days[key]["items_extday"] = [EXTDAY_ITEM]
        day += dt.timedelta(days=1)
    return days


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled):
    return {"request": request, "pulled_at": pulled, "body": body}


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat() + "+03:00"


def title(pupil):
    last, first, _, _ = PUPILS[pupil]
    return f"{last} {first}"


def getdiary(pupil, first, last, state, pulled: dt.datetime):
    days = diary_days(pupil, first, last, state, pulled)
    span = f"{first:%Y%m%d}-{last:%Y%m%d}"
    student = {"name": pupil, "title": title(pupil), "parent_signed": False, "days": days}
    if pupil == "62802":  # Apheleia: `students` as an array, no rings
        return rec(f"getdiary?student={pupil}&days={span}", envelope({"students": [student]}), stamp(pulled))
    rings = "true" if pupil == "62501" else "__yes"
    return rec(f"getdiary?student={pupil}&days={span}&rings={rings}", envelope({"students": {pupil: student}}),
               stamp(pulled))


def getmarks(pupil, first, last, state, pulled: dt.datetime, method="getmarks"):
    _, _, _, cls = PUPILS[pupil]
    by_subject: dict[str, list] = {}
    day = first
    while day <= last:
        for n, s, lid in plan(cls, day, state):
            for m in MARKS.get((pupil, day, s), []):
                if not marks_due(day, pulled) or m["value"] == "":
                    continue
                o = mark_obj(pupil, day, lid, m)
                short, kind = o.pop("control_type_short"), o.pop("control_type")
                o["lesson_comment"] = m["lesson_comment"]
                o["max_mark"] = None
                if kind:
                    o["mtype"] = {"id": {"РУ": 1, "СР": 2, "КР": 3}[short], "short": short, "type": kind}
                by_subject.setdefault(s, []).append(o)
        day += dt.timedelta(days=1)
    lessons = []
    for subject in sorted(set(WEEK[cls][0] + WEEK[cls][1] + WEEK[cls][2] + WEEK[cls][3] + WEEK[cls][4])):
        marks = by_subject.get(subject)
        if not marks:
            if subject in ("Музыка", "Физическая культура") and pupil == "62502":
                lessons.append({"name": subject, "average": ""})  # Apheleia: a subject without `marks`
            continue
        counted = [m for m in marks if m["count"]]
        total = sum(m["convert"] * float(m["weight"]) for m in counted)
        weight = sum(float(m["weight"]) for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(6200 + len(subject)), "marks": marks})
    student = {"name": pupil, "title": title(pupil), "lessons": lessons}
    span = f"{first:%Y%m%d}-{last:%Y%m%d}"
    if pupil == "62802":  # MarkGridAsyncParser: `students` as an array
        return rec(f"getmarks?student={pupil}&days={span}", envelope({"students": [student]}), stamp(pulled))
    if pupil == "62501":  # w1nsh's `students` param (A.1); `method` newgetmarks as w1nsh calls it, else getmarks
        return rec(f"{method}?students={pupil}&days={span}", envelope({"students": {pupil: student}}),
                   stamp(pulled))
    return rec(f"getmarks?student={pupil}&days={span}", envelope({"students": {pupil: student}}), stamp(pulled))


def class_schedule(cls, first, last, state, pulled):
    """felpsyatina `get_schedule(class_, days)`: top-level `days`, `items` a list, `grp` optional, room may be ''."""
    days, day = {}, first
    while day <= last:
        lessons = plan(cls, day, state)
        if lessons:
            items = []
            for n, s, lid in lessons:
                cancel = cls == "5В" and day == MUSIC_OFF and s == "Музыка" and state.get("music_off")
                it = {"num": str(n), "name": "Cancel" if cancel else s, "room": "" if cancel else room(cls, s),
                      "teacher": teacher(cls, s), "lesson_id": lid, "grp": None}
                items.append(it)
            days[f"{day:%Y%m%d}"] = {"name": f"{day:%Y%m%d}", "title": WEEKDAYS[day.weekday()], "items": items}
        day += dt.timedelta(days=1)
    return rec(f"getschedule?class={cls}&days={first:%Y%m%d}-{last:%Y%m%d}", envelope({"days": days}), stamp(pulled))


FILES = {("Алгебра", D(2027, 4, 28)): [{"filename": "карточка_неравенства.pdf",
                                        "link": "https://lyc62kzn.eljur.ru/files/f7a1c2"}],
         ("Физика", EDITED): [{"filename": "лабораторная_6_бланк.docx", "link": "https://lyc62kzn.eljur.ru/files/b39e04"},
                              {"filename": "таблица_измерений.xlsx", "link": "https://lyc62kzn.eljur.ru/files/c51d88"}]}


def class_homework(cls, first, last, state, pulled):
    """felpsyatina/w1nsh gethomework by class (reference E5): top-level `days`, `items` a list without lesson ids,
    `homework` keyed "1", "2"..., the older `files: {"file": [...]}` form."""
    days, day = {}, first
    while day <= last:
        items = []
        for n, s, lid in plan(cls, day, state):
            hw = tasks(cls, day, s, lid, "", state)
            if not hw:
                continue
            item = {"name": s, "grp": None,
                    "homework": {str(i): {"value": h["value"], "id": h["id"], "individual": False}
                                 for i, h in enumerate(hw.values(), 1)}}
            if (s, day) in FILES:
                item["files"] = {"file": FILES[(s, day)]}
            items.append(item)
        if items:
            days[f"{day:%Y%m%d}"] = {"name": f"{day:%Y%m%d}", "title": WEEKDAYS[day.weekday()], "items": items}
        day += dt.timedelta(days=1)
    return rec(f"gethomework?class={cls}&days={first:%Y%m%d}-{last:%Y%m%d}", envelope({"days": days}), stamp(pulled))


def getrules(parent: str, pulled: str, literal: bool) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg, cls = PUPILS[child]
        students[child] = {"rules": ["getassessments", "getdiary", "getfinalassessments", "gethomework", "getmarks",
                                     "getperiods", "getschedule"],
                           "rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": cls[0], "city": "Казань"}
        groups[cls] = {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": cls, "parallel": cls[0],
                       "balls": 5}
        if not literal:
            tid, tl, tf, tm = HOMETEACHER[cls]
            groups[cls].update(hometeacher_id=tid, hometeacher_name=f"{tl} {tf} {tm}", hometeacher_lastname=tl,
                               hometeacher_firstname=tf, hometeacher_middlename=tm)
    result = {"roles": ["parent"], "relations": {"students": students, "groups": groups},
              "allowedAds": ["eljur_menu", "admob"],
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages", "updates"],
              "name": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"parent{parent}@example.ru",
              "region": "Республика Татарстан", "city": "Казань"}
    if not literal:
        result["relations"]["schools"] = [{"title": "Лицей № 62", "title_full": "МАОУ «Лицей № 62» г. Казани",
                                           "number": "62", "inn": "1655062062", "kpp": "165501001"}]
        result.update(vendor=VENDOR, vendor_id=VENDOR_ID)
    return rec("getrules", envelope(result), pulled)


PERIODS = [
    {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False, "ambigious": None},
    {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261229", "disabled": False, "ambigious": None},
    {"name": "III", "fullname": "3 четверть", "start": "20270111", "end": "20270321", "disabled": False, "ambigious": None},
    {"name": "IV", "fullname": "4 четверть", "start": "20270331", "end": "20270530", "disabled": False, "ambigious": None},
    {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
]


def getperiods(pupil: str, pulled: str) -> dict:
    periods = []
    for p in PERIODS:
        p = dict(p, weeks=[])
        if p["name"] == "IV":
            start = D(2027, 3, 29)
            while start <= D(2027, 5, 30):
                end = start + dt.timedelta(days=6)
                p["weeks"].append({"start": f"{max(start, D(2027, 3, 31)):%Y%m%d}", "end": f"{min(end, D(2027, 5, 30)):%Y%m%d}",
                                   "title": f"{max(start, D(2027, 3, 31)):%d.%m} - {min(end, D(2027, 5, 30)):%d.%m}"})
                start += dt.timedelta(days=7)
        periods.append(p)
    return rec(f"getperiods?student={pupil}&weeks=__yes&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]}), pulled)


FINALS = {
    "62801": [("Алгебра", "5", ""), ("Геометрия", "4", ""), ("Русский язык", "5", ""), ("Физика", "4", ""),
              ("Английский язык", "5", "по итогам проекта"), ("История", "4", ""), ("Химия", "5", ""),
              ("ОБЗР", None, "")],
    "62802": [("Алгебра", "3", ""), ("Геометрия", "3", ""), ("Русский язык", "4", ""), ("Физика", "4", ""),
              ("Английский язык", "4", ""), ("История", "3", "пересдача 28.03"), ("Химия", "4", ""),
              ("ОБЗР", None, "")],
}


def getfinals(pupil: str, pulled: str) -> dict:
    items = []
    for subject, value, comment in FINALS[pupil]:
        items.append({"name": subject, "assessments": [] if value is None else
                      [{"period": "III", "value": value, "comment": comment}]})
    return rec(f"getfinalassessments?student={pupil}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}}), pulled)


def main() -> None:
    A1, A5, B1, B5, B8 = D(2027, 4, 19), D(2027, 4, 23), D(2027, 4, 26), D(2027, 4, 30), D(2027, 5, 3)
    L = dt.datetime
    pupils = sorted(PUPILS)
    s0: dict = {}
    s1 = {"music_off": True}
    s2 = dict(s1, may3=True)
    s3 = dict(s2, edited=True)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 18 Apr 19:00: getrules of the parents (62901's in the literal eljur_notifier shape, pulled last), "
         "getperiods (weeks=__yes), getfinalassessments of the 8А pupils (3 четверть)",
         [getrules("62902", stamp(L(2027, 4, 18, 19, 0)), False), getrules("62903", stamp(L(2027, 4, 18, 19, 1)), False),
          getrules("62901", stamp(L(2027, 4, 18, 19, 2)), True)]
         + [getperiods(p, stamp(L(2027, 4, 18, 19, 5 + i))) for i, p in enumerate(pupils)]
         + [getfinals(p, stamp(L(2027, 4, 18, 19, 9 + i))) for i, p in enumerate(["62801", "62802"])])
    step("02 Sun 18 Apr 19:10: getdiary 19 Apr - 3 May of each pupil, each in its client's shape; 3 May ordinary",
         [getdiary(p, A1, B8, s0, L(2027, 4, 18, 19, 10 + i)) for i, p in enumerate(pupils)])
    step("03 Mon 19 and Tue 20 Apr 20:30: one-day getdiary of each pupil with the day's marks",
         [getdiary(p, A1, A1, s0, L(2027, 4, 19, 20, 30 + i)) for i, p in enumerate(pupils)],
         [getdiary(p, D(2027, 4, 20), D(2027, 4, 20), s0, L(2027, 4, 20, 20, 30 + i)) for i, p in enumerate(pupils)])
    step("04 Wed 21 Apr 18:00: getschedule by class 5В (felpsyatina): Thursday's Music is «Cancel»",
         [class_schedule("5В", A1, A5, s1, L(2027, 4, 21, 18, 0))])
    step("05 Fri 23 Apr 20:00: getdiary of week 1 of the 8А pupils with marks (62801's Wednesday with items_extday)",
         [getdiary(p, A1, A5, s1, L(2027, 4, 23, 20, i)) for i, p in enumerate(["62801", "62802"])])
    step("06 Sun 25 Apr 18:00: getschedule by class 8А for week 2 (felpsyatina list form)",
         [class_schedule("8А", B1, B5, s1, L(2027, 4, 25, 18, 0))])
    step("07 Mon 26 and Tue 27 Apr 20:30: one-day getdiary of each pupil",
         [getdiary(p, B1, B1, s1, L(2027, 4, 26, 20, 30 + i)) for i, p in enumerate(pupils)],
         [getdiary(p, INDIVIDUAL, INDIVIDUAL, s1, L(2027, 4, 27, 20, 30 + i)) for i, p in enumerate(pupils)])
    step("08 Thu 29 Apr 20:00: getdiary 26 Apr - 3 May of each pupil: Monday 3 May is now a day off",
         [getdiary(p, B1, B8, s2, L(2027, 4, 29, 20, i)) for i, p in enumerate(pupils)])
    step("09 Thu 29 Apr 21:00: gethomework by class 8А for week 2 (older files.file form), Friday's Physics task "
         "re-texted under its id", [class_homework("8А", B1, B5, s3, L(2027, 4, 29, 21, 0))])
    step("10 Fri 30 Apr 20:00: marks of the fortnight: getmarks (object and array forms); for 62501 the sync job "
         "first asks w1nsh's newgetmarks (shape undocumented, A.2 [U], D.3), then the older getmarks with `students`",
         [getmarks("62501", A1, B5, s3, L(2027, 4, 30, 19, 55), "newgetmarks")]
         + [getmarks(p, A1, B5, s3, L(2027, 4, 30, 20, i)) for i, p in enumerate(pupils)])
    journey = {"vendor": "elzhur",
               "description": "One lyceum's fortnight (МАОУ «Лицей № 62» г. Казани, 19 Apr - 3 May 2027) as the other "
                              "public Eljur clients read it: Apheleia's array-or-object students and items, __yes, "
                              "phantom marks and mark grid; felpsyatina's class schedule with a «Cancel» lesson; "
                              "w1nsh's newgetmarks and class homework with files.file; eljur_notifier's literal getrules.",
               "school": {"timezone": "Europe/Moscow", "name": "МАОУ «Лицей № 62» г. Казани"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
