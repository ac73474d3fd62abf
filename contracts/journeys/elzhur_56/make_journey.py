"""Write journey.json of elzhur_56: one school day as it fills in (Eljur, Екатеринбург, 13-14 Oct 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.

The journal is a function of the pull instant: a lesson is planned in the morning without a topic; its topic,
attendance, marks and tasks appear in the first pull after its bell ends (some later, as the teacher enters them);
the changes of the day (a substitute, a cancellation, a mark put on and taken off, ``н`` made excused, tasks
edited in the evening) appear in the first pull at or after the moment they were entered.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "ekb-gym56", "5656"
D1, D2 = dt.date(2026, 10, 13), dt.date(2026, 10, 14)  # Tuesday, Wednesday
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

PARENTS = {
    "56901": ("Соколова", "Ирина", "Александровна", "female", ["56401", "56801"]),
    "56902": ("Валиев", "Ринат", "Ильдарович", "male", ["56802"]),
    "56903": ("Петрова", "Дарья", "Олеговна", "female", ["56402"]),
}
PUPILS = {
    "56401": ("Соколова", "Алиса", "female", "4А"),
    "56402": ("Петров", "Матвей", "male", "4А"),
    "56801": ("Соколов", "Егор", "male", "8Б"),
    "56802": ("Валиева", "Камила", "female", "8Б"),
}
HOMETEACHER = {"4А": ("56611", "Кравченко", "Елена", "Викторовна"), "8Б": ("56612", "Лебедева", "Марина", "Юрьевна")}
CLASS_CODE = {"4А": "41", "8Б": "82"}

KRAVCHENKO = "Кравченко Елена Викторовна"
MIRONOV, LEBEDEVA, TITOV = "Миронов Олег Петрович", "Лебедева Марина Юрьевна", "Титов Андрей Викторович"
ZAITSEV, SHARIPOVA, BORODIN = "Зайцев Игорь Николаевич", "Шарипова Алина Рашидовна", "Бородин Сергей Иванович"
GUSEVA, PAVLOVA = "Гусева Анна Павловна", "Павлова Ольга Сергеевна"  # the chemist who falls ill, her substitute

BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:45", "11:25"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10"), 7: ("13:20", "14:00")}

# (class, day) -> [(num, subject, teacher, room, topic)] as planned at the start of the day
PLAN = {
    ("8Б", D1): [(1, "Алгебра", MIRONOV, "214", "Решение квадратных уравнений по формуле"),
                 (2, "Русский язык", LEBEDEVA, "301", "Контрольный диктант «Осенний лес»"),
                 (3, "Физика", TITOV, "112", "Удельная теплоёмкость вещества"),
                 (4, "История", ZAITSEV, "208", "Внешняя политика Петра I"),
                 (5, "Английский язык", SHARIPOVA, "305", "Present Perfect Continuous"),
                 (6, "Литература", LEBEDEVA, "301", "А. С. Пушкин «Капитанская дочка»: главы 1–2"),
                 (7, "Химия", GUSEVA, "115", "")],
    ("8Б", D2): [(1, "Геометрия", MIRONOV, "214", "Параллелограмм и его свойства"),
                 (2, "Физика", TITOV, "112", "Решение задач на количество теплоты"),
                 (3, "Биология", GUSEVA, "115", "Строение кожи"),
                 (4, "Русский язык", LEBEDEVA, "301", "Работа над ошибками диктанта"),
                 (5, "Химия", GUSEVA, "115", "Относительная молекулярная масса"),
                 (6, "Физическая культура", BORODIN, "спортзал", "Волейбол: верхняя передача мяча")],
    ("4А", D1): [(1, "Русский язык", KRAVCHENKO, "105", "Правописание безударных окончаний имён существительных"),
                 (2, "Математика", KRAVCHENKO, "105", "Письменное деление на однозначное число"),
                 (3, "Литературное чтение", KRAVCHENKO, "105", "В. Г. Короленко «Мальчик у моря»"),
                 (4, "Окружающий мир", KRAVCHENKO, "105", "Природные зоны России: тундра"),
                 (5, "Физическая культура", BORODIN, "спортзал", "Подвижные игры")],
    ("4А", D2): [(1, "Математика", KRAVCHENKO, "105", "Деление с остатком"),
                 (2, "Русский язык", KRAVCHENKO, "105", "Склонение имён прилагательных"),
                 (3, "Английский язык", SHARIPOVA, "305", "My Day: Present Simple"),
                 (4, "Литературное чтение", KRAVCHENKO, "105", "Стихи русских поэтов об осени"),
                 (5, "Технология", KRAVCHENKO, "105", "Аппликация из осенних листьев")],
}


def at(day: dt.date, hhmm: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.fromisoformat(hhmm))


def ends(day: dt.date, num: int) -> dt.datetime:
    return at(day, BELLS[num][1])


def lesson_id(cls: str, day: dt.date, num: int, extra: str = "") -> str:
    return f"56{CLASS_CODE[cls]}{day:%m%d}{num}{extra}"


# Tasks: (class, day, num) -> [(hw id, [(from instant, text or None = withdrawn)], files [(from, filename)])];
# the first instant None means "when the lesson's bell ends".
E = None
HOMEWORK = {
    ("8Б", D1, 1): [(7701, [(E, "№ 245, 247"), (at(D1, "20:40"), "№ 245, 247, 250 (в)")], [])],
    ("8Б", D1, 2): [(7702, [(E, "Упр. 112 (выписать слова с чередующимися гласными)")], [])],
    ("8Б", D1, 3): [(7703, [(E, "§ 9, упр. 4 (задачи 1–3)")], [])],
    ("8Б", D1, 4): [(7704, [(at(D1, "19:15"), "§ 6, заполнить контурную карту «Северная война»")],
                     [(at(D1, "19:15"), "контурная_карта_северная_война.pdf")])],
    ("8Б", D1, 5): [(7705, [(E, "Ex. 5, 6 p. 34")], [])],
    ("8Б", D1, 6): [(7706, [(at(D1, "22:10"), "Прочитать главы 3–4, ответить на вопросы 1–5")], [])],
    ("8Б", D1, 7): [(7707, [(at(D1, "07:00"), "§ 12, вопросы 1–3"), (at(D1, "15:20"), None)], [])],
    ("8Б", D2, 1): [(7711, [(E, "№ 88, 90")], [])],
    ("8Б", D2, 2): [(7712, [(E, "§ 10, задачи 5, 6")], [])],
    ("8Б", D2, 3): [(7713, [(E, "§ 7, пересказ; рисунок 21 в тетрадь")], [])],
    ("8Б", D2, 4): [(7714, [(E, "Упр. 118"), (at(D2, "20:15"), "Упр. 118, упр. 120 (устно)")], [])],
    ("8Б", D2, 5): [(7715, [(at(D1, "07:00"), "§ 13, задачи 1–2"), (at(D1, "20:30"), None)], [])],
    ("8Б", D2, 55): [(7716, [(E, "№ 251, 253 (а, б)")], [])],  # the Algebra put in place of Chemistry
    ("4А", D1, 1): [(7601, [(E, "Упр. 56")], [])],
    ("4А", D1, 2): [(7602, [(E, "С. 34 № 5"), (at(D1, "20:50"), "С. 34 № 5, 7")], [])],
    ("4А", D1, 3): [(7603, [(E, "С. 48–50, выразительное чтение")], [])],
    ("4А", D1, 4): [(7604, [(E, "С. 22–25, ответить на вопросы"), (at(D1, "20:55"), None)], [])],
    ("4А", D2, 1): [(7611, [(E, "С. 36 № 3, 4")], [])],
    ("4А", D2, 2): [(7612, [(E, "Упр. 60")], [])],
    ("4А", D2, 3): [(7613, [(E, "Ex. 3 p. 21, слова"), (at(D2, "20:05"), "Ex. 3, 4 p. 21, выучить слова")], [])],
    ("4А", D2, 4): [(7614, [(E, "Выучить стихотворение наизусть (на выбор)")], [])],
}

ABSENT = {"н", "уп", "б", "оп"}
# Marks: (pupil, day, num, nm) -> [(from instant, value or None = taken off, extra fields)]
KR = {"control_type": "Контрольный диктант", "control_type_short": "КД", "weight": 2}
MARKS = {
    ("56802", D1, 1, "1"): [(E, "5", {})],
    ("56801", D1, 1, "1"): [(E, "оп", {"comment": "опоздал на 10 минут"})],
    ("56801", D1, 2, "1"): [(at(D1, "19:40"), "4", KR)],
    ("56802", D1, 2, "1"): [(at(D1, "19:40"), "5", KR)],
    # the 2 in Physics put on Egor at noon and taken off at 15:10: it was Kamila's
    ("56801", D1, 3, "1"): [(at(D1, "12:05"), "2", {"comment": "не готов к уроку"}), (at(D1, "15:10"), None, {})],
    ("56802", D1, 3, "1"): [(at(D1, "15:10"), "2", {"comment": "не готова к уроку"})],
    ("56801", D1, 4, "1"): [(E, "5", {"comment": "доклад о Полтавской битве"})],
    ("56802", D1, 5, "1"): [(E, "4", {})],
    ("56802", D2, 1, "1"): [(E, "оп", {}), (at(D2, "11:30"), None, {})],  # entered by mistake, taken off
    ("56802", D2, 1, "2"): [(E, "3", {}), (at(D2, "14:30"), "4", {"comment": "исправлено: доказательство дописано"})],
    ("56801", D2, 1, "1"): [(E, "н", {}), (at(D2, "18:45"), "б", {"comment": "справка из поликлиники"})],
    ("56801", D2, 2, "1"): [(E, "н", {}), (at(D2, "18:45"), "б", {"comment": "справка из поликлиники"})],
    ("56802", D2, 3, "1"): [(E, "5", {})],
    ("56801", D2, 4, "1"): [(E, "4", {})],
    ("56802", D2, 4, "1"): [(E, "4", {"control_type": "Работа над ошибками", "control_type_short": "РНО"})],
    ("56802", D2, 55, "1"): [(E, "5", {})],
    ("56402", D1, 1, "1"): [(E, "4", {})],
    ("56402", D1, 2, "1"): [(E, "5", {})],
    ("56402", D1, 3, "1"): [(E, "5", {"comment": "выразительно"})],
    ("56401", D2, 1, "1"): [(E, "3", {}), (at(D2, "18:20"), "4", {"comment": "исправлено после работы над ошибками"})],
    ("56402", D2, 2, "1"): [(at(D2, "22:35"), "4", {})],  # entered late at night: first seen the next morning
    # the 5 in Reading put on Matvey at 12:40 and taken off at 14:50 (he had not read the poem)
    ("56402", D2, 4, "1"): [(at(D2, "12:40"), "5", {}), (at(D2, "14:50"), None, {})],
    ("56401", D2, 4, "1"): [(E, "5", {"comment": "прочитала с выражением"})],
    ("56401", D2, 3, "1"): [(E, "5", {})],
}
for n in range(1, 6):  # Alisa ill the whole Tuesday: «н» lesson by lesson, excused in the evening on her mother's note
    MARKS[("56401", D1, n, "1")] = [(E, "н", {}), (at(D1, "20:10"), "уп", {"comment": "по заявлению родителей"})]


def value_at(events, t, default_from):
    state = None
    for start, *rest in events:
        if t >= (start or default_from):
            state = rest
    return state


def lessons_of(cls: str, day: dt.date, t: dt.datetime) -> list[dict]:
    """The class's lesson rows that day as the journal holds them at ``t``."""
    rows = []
    for num, subject, teacher, room, topic in PLAN[(cls, day)]:
        row = {"num": num, "key": num, "subject": subject, "teacher": teacher, "room": room, "topic": topic,
               "lid": lesson_id(cls, day, num), "cancel": False}
        if cls == "8Б" and day == D1 and num == 7:  # Guseva falls ill at 11:50: a substitute, then cancelled
            if t >= at(D1, "11:50"):
                row["teacher"] = PAVLOVA
            if t >= at(D1, "15:20"):
                row["cancel"] = True
        if cls == "8Б" and day == D2 and num == 3 and t >= at(D1, "20:30"):
            row["teacher"] = PAVLOVA  # Wednesday's Biology: the substitute
        if cls == "8Б" and day == D2 and num == 5 and t >= at(D1, "20:30"):  # Chemistry replaced by Algebra
            row.update(key=55, subject="Алгебра", teacher=MIRONOV, room="214", lid=lesson_id(cls, day, num, "1"),
                       topic="Решение задач с помощью квадратных уравнений")
        rows.append(row)
    return rows


def item(cls, day, row, pupil, t, with_marks=True):
    done = t >= ends(day, row["num"])
    start, end = BELLS[row["num"]]
    homework, files = {}, []
    if not row["cancel"]:
        for hw_id, texts, hw_files in HOMEWORK.get((cls, day, row["key"]), []):
            state = value_at([(s, x) for s, x in texts], t, ends(day, row["num"]))
            if state and state[0] is not None:
                homework[str(hw_id)] = {"id": hw_id, "value": state[0], "individual": False}
                for s, filename in hw_files:
                    if t >= s:
                        files.append({"toid": hw_id, "filename": filename,
                                      "link": f"https://{VENDOR}.eljur.ru/files/{hw_id}a{len(filename)}"})
    marks = []
    for (p, d, key, nm), events in sorted(MARKS.items()):
        if (p, d, key) != (pupil, day, row["key"]) or row["cancel"]:
            continue
        state = value_at(events, t, ends(day, row["num"]))
        if state and state[0] is not None:
            marks.append(mark(state[0], day, row["lid"], nm, state[1]))
    it = {"num": str(row["num"]), "name": "Cancel" if row["cancel"] else row["subject"],
          "room": "" if row["cancel"] else row["room"], "teacher": row["teacher"], "sort": row["num"] * 100,
          "lesson_id": row["lid"], "topic": row["topic"] if done and not row["cancel"] else "",
          "is_control": row["topic"].startswith("Контрольный"), "starttime": start + ":00", "endtime": end + ":00",
          "homework": homework, "files": files, "resources": []}
    if with_marks:
        it["assessments"] = marks
    return it


def mark(value, day, lid, nm, extra):
    if value in ABSENT:
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": extra.get("comment", "")}
    weight = extra.get("weight", 1)
    return {"value": value, "countas": value, "count": True, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "control_type": extra.get("control_type", "Работа на уроке"),
            "control_type_short": extra.get("control_type_short", "РУ"), "date": day.isoformat(), "lesson_id": lid,
            "nm": nm, "comment": extra.get("comment", ""), "color_hex": None}


def days_of(pupil, first, last, t, with_marks=True):
    cls = PUPILS[pupil][3]
    days, day = {}, first
    while day <= last:
        key = f"{day:%Y%m%d}"
        days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                     "items": {str(r["num"]): item(cls, day, r, pupil, t, with_marks) for r in lessons_of(cls, day, t)}}
        day += dt.timedelta(days=1)
    return days


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(t: dt.datetime) -> str:
    return t.isoformat() + "+05:00"


def rec(request, body, t):
    return {"request": request, "pulled_at": stamp(t), "body": body}


def title(pupil):
    return f"{PUPILS[pupil][0]} {PUPILS[pupil][1]}"


def getdiary(pupil, t):
    return rec(f"getdiary?student={pupil}&days={D1:%Y%m%d}-{D2:%Y%m%d}&rings=__yes",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                              "days": days_of(pupil, D1, D2, t)}}}), t)


def getschedule(pupil, t):
    return rec(f"getschedule?student={pupil}&days={D1:%Y%m%d}-{D2:%Y%m%d}&rings=__yes",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil),
                                              "days": days_of(pupil, D1, D2, t, with_marks=False)}}}), t)


def getrules(parent, t):
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        cl, cf, cg, cls = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": cls[0], "city": "Екатеринбург",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": cls[0], "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"parent{parent}@example.ru", "roles": ["parent"],
              "region": "Свердловская область", "city": "Екатеринбург", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Гимназия № 56", "title_full": "МАОУ «Гимназия № 56» г. Екатеринбурга",
                                         "number": "56", "inn": "6658000056", "kpp": "665801001"}]}}
    return rec("getrules", envelope(result), t)


def getperiods(pupil, t):
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None, "weeks": [{"start": "20261012", "end": "20261018", "title": "12.10 - 18.10"}]},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261229", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "III", "fullname": "3 четверть", "start": "20270112", "end": "20270321", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "IV", "fullname": "4 четверть", "start": "20270401", "end": "20270526", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
         "weeks": []},
    ]
    return rec(f"getperiods?student={pupil}&weeks=__yes&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]}), t)


MTYPES = {"РУ": 1, "КД": 7, "РНО": 11}


def getmarks(pupil, t):
    days = days_of(pupil, D1, D2, t)
    by_subject: dict[str, list] = {}
    for key in sorted(days):
        for it in sorted(days[key]["items"].values(), key=lambda x: int(x["num"])):
            for m in it["assessments"]:
                m = dict(m)
                short, kind = m.pop("control_type_short"), m.pop("control_type")
                if short:
                    m["mtype"] = {"id": MTYPES[short], "short": short, "type": kind}
                m.update(lesson_comment=it["topic"] or None, max_mark=None)
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total, weight = sum(m["convert"] * m["weight"] for m in counted), sum(m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(5600 + sum(map(ord, subject)) % 97), "color_hex": None,
                        "marks": by_subject[subject]})
    return rec(f"getmarks?student={pupil}&days={D1:%Y%m%d}-{D2:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}}), t)


PULLS = [(D1, "07:30"), (D1, "10:00"), (D1, "13:00"), (D1, "16:00"), (D1, "21:00"),
         (D2, "07:30"), (D2, "10:00"), (D2, "13:00"), (D2, "16:00"), (D2, "21:00"), (D2 + dt.timedelta(days=1), "07:30")]
WHAT = {
    (D1, "07:30"): "Tuesday morning: both days planned, no topics; Chemistry's and Wednesday's tasks pre-entered",
    (D1, "10:00"): "lessons 1-2 filled in: topics, marks, tasks, Egor `оп`, Alisa `н`",
    (D1, "13:00"): "lessons 3-5: the Physics `2` on Egor; Guseva ill, lesson 7 Chemistry with a substitute",
    (D1, "16:00"): "the `2` moved to Kamila; lesson 7 «Cancel» (its pre-entered task gone)",
    (D1, "21:00"): "evening: the dictation's marks, Alisa's `н` made `уп`, tasks edited, added (with a file) and "
                   "withdrawn; Wednesday's Chemistry replaced by Algebra, Biology with the substitute",
    (D2, "07:30"): "Wednesday morning (the next-morning pull of Tuesday): Literature's task entered at 22:10",
    (D2, "10:00"): "lessons 1-2: Egor `н` twice, Kamila `оп` and a `3` in Geometry",
    (D2, "13:00"): "lessons 3-5: Kamila's `оп` taken off; the `5` in Reading on Matvey",
    (D2, "16:00"): "the Reading `5` taken off; Kamila's Geometry `3` amended to `4`",
    (D2, "21:00"): "evening: Egor's `н` made `б`, Alisa's `3` amended to `4`, tasks edited",
    (D2 + dt.timedelta(days=1), "07:30"): "Thursday morning: both days once more (Matvey's `4` entered at 22:35); "
                                           "getmarks of the two days",
}


def main() -> None:
    pupils, steps = sorted(PUPILS), []
    for i, (day, hhmm) in enumerate(PULLS, 1):
        t0 = at(day, hhmm)
        batch = []
        if i == 1:
            batch += [getrules(p, t0 - dt.timedelta(minutes=10 - k)) for k, p in enumerate(sorted(PARENTS))]
            batch += [getperiods(p, t0 - dt.timedelta(minutes=5 - k)) for k, p in enumerate(pupils)]
        if hhmm == "07:30" and day != PULLS[-1][0]:
            batch += [getschedule(p, t0 + dt.timedelta(seconds=30 * k)) for k, p in enumerate(pupils)]
        batch += [getdiary(p, t0 + dt.timedelta(minutes=1, seconds=30 * k)) for k, p in enumerate(pupils)]
        if i == len(PULLS):
            batch += [getmarks(p, t0 + dt.timedelta(minutes=3, seconds=30 * k)) for k, p in enumerate(pupils)]
        weekday = "Mon Tue Wed Thu Fri Sat Sun".split()[day.weekday()]
        steps.append({"name": f"{i:02d} {weekday} {day:%d.%m} {hhmm}: {WHAT[(day, hhmm)]}",
                      "batches": [batch]})
    journey = {"vendor": "elzhur",
               "description": "One school day as it fills in, twice (МАОУ «Гимназия № 56» г. Екатеринбурга, 4А and "
                              "8Б, Tuesday 13 and Wednesday 14 October 2026), pulled at 07:30, 10:00, 13:00, 16:00, "
                              "21:00 and the next morning: topics, attendance, marks and tasks lesson by lesson, a "
                              "substitute then a cancellation, a replaced lesson, marks put on and taken off, "
                              "absences made excused, tasks edited in the evening.",
               "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Гимназия № 56» г. Екатеринбурга"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
