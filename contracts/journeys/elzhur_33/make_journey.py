"""Writes journey.json of elzhur_33 (A SYNC JOB AS IT REALLY RUNS AND FAILS). Standard library only; deterministic.

Class 7А of «Гимназия № 33» (Киров, Eljur vendor `gym33`), two school weeks (2-6 and 9-13 February 2026). The
journal is a timeline (LESSONS, MARKS, HOMEWORK with the times the teachers changed them); every answer is the
journal as it stood when the sync job pulled it (`pulled_at`), built by `journal_at`. The sync job's schedule:

* Tue and Thu 19:00: getdiary of each pupil, `days` = the last three days, with `rings` (ranges overlap by a day);
* Sat 10:00: the week's reconciliation, getdiary Mon..Sun without `rings`;
* Sun 12:00: getmarks of the week (the marks screen); Sun 19:00: the weekend check (getdiary / getmarks of the
  last days: mostly empty answers).

It retries, is killed midway, replays an outbox of answers it never saw acknowledged, meets a failed call (`state`
400) and forwards one answer with a MySQL zero date that it then corrects. Reference: shared/reference/elzhur_mesh.md
Part A (A.1 envelope and `days`, A.3 field tables, A.5 examples, A.6 vocabulary).
"""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
TZ = "+03:00"
CLASS = "7А"
HOST = "https://gym33.eljur.ru/files/"
P1, P2, P3, P4 = "33701", "33702", "33703", "33704"
PUPILS = {  # id -> (title, English subgroup, gender, parent id, parent title)
    P1: ("Андреева Ульяна", "1 группа", "female", "93701", "Андреева Наталья Сергеевна"),
    P2: ("Белов Кирилл", "2 группа", "male", "93702", "Белов Андрей Викторович"),
    P3: ("Воробьёва Алиса", "1 группа", "female", "93703", "Воробьёва Екатерина Олеговна"),
    P4: ("Григорьев Матвей", "2 группа", "male", "93704", "Григорьева Ольга Павловна"),
}
RINGS = {"1": ("08:30:00", "09:15:00"), "2": ("09:25:00", "10:10:00"), "3": ("10:30:00", "11:15:00"),
         "4": ("11:35:00", "12:20:00")}
TEACHERS = {  # subject (or English group) -> (teacher, room)
    "Алгебра": ("Смирнова Людмила Петровна", "21"), "Геометрия": ("Смирнова Людмила Петровна", "21"),
    "Русский язык": ("Кузьмина Татьяна Владимировна", "14"), "Литература": ("Кузьмина Татьяна Владимировна", "14"),
    "Английский язык/1 группа": ("Орлова Евгения Андреевна", "31"),
    "Английский язык/2 группа": ("Фомин Денис Игоревич", "33"),
    "История": ("Павлов Сергей Николаевич", "25"), "Физика": ("Лаптев Игорь Валентинович", "37"),
    "Биология": ("Зайцева Марина Юрьевна", "40"), "География": ("Нестеров Олег Борисович", "26"),
    "Информатика": ("Мельникова Дарья Алексеевна", "42"), "Музыка": ("Соколова Вера Андреевна", "12"),
}
SUBJECT_IDS = {"Алгебра": "1201", "Геометрия": "1202", "Русский язык": "1203", "Литература": "1204",
               "Английский язык": "1205", "История": "1206", "Физика": "1207", "Биология": "1208",
               "География": "1209", "Информатика": "1210", "Музыка": "1211"}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
BEGIN = "2000-01-01T00:00:00"  # "always there"
NEVER = "2999-01-01T00:00:00"

# lesson_id -> (day, num, subject, grp or None, topic, exists from, exists until)
LESSONS = {
    # week 1
    "7710201": ("20260202", "1", "Алгебра", None, "Формулы сокращённого умножения: квадрат суммы"),
    "7710202": ("20260202", "2", "Русский язык", None, "Наречие как часть речи"),
    "7710203": ("20260202", "3", "Английский язык", "1 группа", "Describing people: appearance"),
    "7710213": ("20260202", "3", "Английский язык", "2 группа", "Describing people: character"),
    "7710204": ("20260202", "4", "История", None, "Смутное время: причины и начало"),
    "7710301": ("20260203", "1", "Физика", None, "Давление твёрдых тел"),
    "7710302": ("20260203", "2", "Геометрия", None, "Признаки равенства треугольников: решение задач"),
    "7710303": ("20260203", "3", "Литература",
                None, "М. Ю. Лермонтов «Песня про царя Ивана Васильевича, молодого опричника и удалого купца "
                      "Калашникова»"),
    # entered by mistake (the timetable put География on Tuesday), deleted Wed 04.02 08:10
    "7710304": ("20260203", "4", "География", None, "Африка: климат и внутренние воды"),
    "7710401": ("20260204", "1", "Алгебра", None, "Квадрат разности"),
    "7710402": ("20260204", "2", "Биология", None, "Класс Земноводные: общая характеристика"),
    "7710403": ("20260204", "3", "География", None, "Африка: климат и внутренние воды"),
    "7710404": ("20260204", "4", "Русский язык", None, "Степени сравнения наречий"),
    "7710501": ("20260205", "1", "Русский язык", None, "Слитное и раздельное написание не с наречиями"),
    "7710502": ("20260205", "2", "Английский язык", "1 группа", "Present Perfect vs Past Simple"),
    "7710512": ("20260205", "2", "Английский язык", "2 группа", "Reading: A letter from London"),
    "7710503": ("20260205", "3", "Физика", None, "Давление газа"),
    "7710504": ("20260205", "4", "Информатика", None, "Кодирование графической информации"),
    "7710601": ("20260206", "1", "Геометрия", None, "Окружность. Построения циркулем и линейкой"),
    "7710602": ("20260206", "2", "Литература", None, "«Песня про купца Калашникова»: образ Кирибеевича"),
    "7710603": ("20260206", "3", "История", None, "Окончание Смуты. Земский собор 1613 года"),
    # week 2
    "7720201": ("20260209", "1", "Алгебра", None, "Разность квадратов"),
    "7720202": ("20260209", "2", "Русский язык", None, "Буквы о и а на конце наречий"),
    "7720203": ("20260209", "3", "Английский язык", "1 группа", "Vocabulary: clothes and fashion"),
    "7720213": ("20260209", "3", "Английский язык", "2 группа", "Vocabulary: shopping"),
    "7720204": ("20260209", "4", "История", None, "Царствование Михаила Фёдоровича"),
    "7720301": ("20260210", "1", "Физика", None, "Сообщающиеся сосуды"),
    "7720302": ("20260210", "2", "Геометрия", None, "Построение треугольника по трём элементам"),
    "7720303": ("20260210", "3", "Литература", None, "Н. В. Гоголь «Тарас Бульба»: история создания"),
    "7720401": ("20260211", "1", "Алгебра", None, "Разложение разности квадратов на множители"),
    "7720402": ("20260211", "2", "Биология", None, "Класс Пресмыкающиеся"),
    "7720403": ("20260211", "3", "География", None, "Природные зоны Африки"),
    "7720404": ("20260211", "4", "Русский язык", None, "Дефис в наречиях"),
    "7720501": ("20260212", "1", "Русский язык", None, "Контрольный диктант по теме «Наречие»"),
    "7720502": ("20260212", "2", "Английский язык", "1 группа", "Grammar: used to"),
    "7720512": ("20260212", "2", "Английский язык", "2 группа", "Listening: at the shop"),
    "7720503": ("20260212", "3", "Физика", None, "Атмосферное давление"),
    # the informatics teacher was ill: the music teacher took the class; Информатика deleted Fri 13.02 08:00 and
    # Музыка entered in its place under a new lesson_id
    "7720504": ("20260212", "4", "Информатика", None, "Растровая и векторная графика"),
    "7720514": ("20260212", "4", "Музыка", None, "Музыкальная драматургия: опера М. И. Глинки «Иван Сусанин»"),
    "7720601": ("20260213", "1", "Геометрия", None, "Задачи на построение"),
    "7720602": ("20260213", "2", "Литература", None, "«Тарас Бульба»: Остап и Андрий"),
    "7720603": ("20260213", "3", "История", None, "Соборное уложение 1649 года"),
}
LESSON_LIFE = {"7710304": (BEGIN, "2026-02-04T08:10:00"), "7720504": (BEGIN, "2026-02-13T08:00:00"),
               "7720514": ("2026-02-13T08:00:00", NEVER)}

WORK = {  # short -> (mtype id, type, weight)
    "РУ": (1, "Работа на уроке", 1), "УО": (2, "Устный ответ", 1), "СР": (3, "Самостоятельная работа", 2),
    "КД": (5, "Контрольный диктант", 3), "ФД": (6, "Физический диктант", 1), "ЛР": (7, "Лабораторная работа", 2),
    "ВЧ": (8, "Выразительное чтение", 1), "ЧН": (9, "Чтение наизусть", 1), "ПР": (10, "Практическая работа", 2),
    "Т": (11, "Тест", 2), "СМ": (12, "Сочинение-миниатюра", 2), "РК": (13, "Работа с картой", 1),
    "ГЗ": (14, "Грамматическое задание", 2),
}

# (pupil, lesson_id, nm) -> [(from time, value or None, work short, comment)]; a value entered at 15:00 of its day
MARKS = {
    # Андреева Ульяна
    (P1, "7710201", "1"): [("20260202", "4", "РУ", "")],
    (P1, "7710302", "1"): [("20260203", "3", "СР", ""),
                           ("2026-02-04T16:40:00", "4", "СР", "исправлено: неверно подсчитаны баллы")],
    (P1, "7710402", "1"): [("20260204", "5", "УО", "")],
    (P1, "7710502", "1"): [("20260205", "5", "РУ", "")],
    (P1, "7710602", "1"): [("20260206", "4", "ВЧ", "")],
    (P1, "7720202", "1"): [("20260209", "4-", "РУ", "")],
    (P1, "7720401", "1"): [("20260211", "5", "СР", "")],
    (P1, "7720404", "1"): [("20260211", "н", None, ""), ("2026-02-13T12:00:00", None, None, "")],
    (P1, "7720501", "1"): [("20260212", "5", "КД", "")],
    (P1, "7720501", "2"): [("20260212", "4", "ГЗ", "ошибка в разборе наречия")],
    (P1, "7720601", "1"): [("20260213", "4", "РУ", "")],
    # Белов Кирилл
    (P2, "7710201", "1"): [("20260202", "4", "РУ", ""),
                           ("2026-02-07T16:00:00", "5", "РУ", "оценка пересмотрена после проверки тетради")],
    (P2, "7710301", "1"): [("20260203", "оп", None, "")],
    (P2, "7710403", "1"): [("20260204", "3", "УО", "")],
    (P2, "7710503", "1"): [("20260205", "2", "ФД", ""), ("2026-02-05T21:30:00", None, None, "")],
    (P2, "7710603", "1"): [("20260206", "5", "УО", "")],
    (P2, "7720204", "1"): [("20260209", "оп", None, "")],
    (P2, "7720213", "1"): [("20260209", "4", "РУ", "")],
    (P2, "7720302", "1"): [("20260210", "2", "РУ", "не выполнено построение"), ("2026-02-13T16:00:00", None, None, "")],
    (P2, "7720402", "1"): [("20260211", "4", "Т", "")],
    (P2, "7720501", "1"): [("20260212", "3", "КД", "")],
    (P2, "7720602", "1"): [("20260213", "5", "СМ", "")],
    # Воробьёва Алиса
    (P3, "7710202", "1"): [("20260202", "5", "РУ", "")],
    (P3, "7710302", "1"): [("20260203", "2", "СР", ""), ("2026-02-07T15:00:00", None, None, "")],
    (P3, "7710404", "1"): [("20260204", "4", "РУ", "")],
    (P3, "7710501", "1"): [("20260205", "4", "РУ", "")],
    (P3, "7710504", "1"): [("20260205", "5", "ПР", "")],
    (P3, "7710601", "1"): [("20260206", "н", None, "")],
    (P3, "7720201", "1"): [("20260209", "3", "РУ", "")],
    (P3, "7720301", "1"): [("20260210", "5", "ЛР", "")],
    (P3, "7720402", "1"): [("20260211", "3", "РУ", ""), ("2026-02-13T09:00:00", None, None, "")],
    (P3, "7720403", "1"): [("20260211", "4", "РК", "")],
    (P3, "7720501", "1"): [("20260212", "4", "КД", "")],
    (P3, "7720603", "1"): [("20260213", "4", "РУ", "")],
    # Григорьев Матвей
    (P4, "7710204", "1"): [("20260202", "4", "РУ", "")],
    (P4, "7710303", "1"): [("20260203", "5", "ЧН", "")],
    (P4, "7710402", "1"): [("20260204", "н", None, ""), ("2026-02-06T20:00:00", "оп", None, "")],
    (P4, "7710503", "1"): [("20260205", "3", "ФД", "")],
    (P4, "7710512", "1"): [("20260205", "4", "РУ", "")],
    (P4, "7720201", "1"): [("20260209", "2", "СР", ""), ("2026-02-13T10:00:00", "3", "СР", "работа переписана")],
    (P4, "7720302", "1"): [("20260210", "4", "РУ", "")],
    (P4, "7720404", "1"): [("20260211", "5", "РУ", "")],
    (P4, "7720501", "1"): [("20260212", "н", None, "")],
    (P4, "7720503", "1"): [("20260212", "4", "РУ", "")],
    (P4, "7720603", "1"): [("20260213", "3", "РУ", ""), ("2026-02-14T18:00:00", "4", "РУ", "ответ на дополнительный вопрос")],
}

# homework id -> (lesson_id, [(from time, text or None)], files)
HOMEWORK = {
    5510201: ("7710201", [(BEGIN, "№ 805, 807 (а, б)")], []),
    5510202: ("7710202", [(BEGIN, "Упр. 214")], []),
    5510203: ("7710203", [(BEGIN, "SB p. 54, ex. 3")], []),
    5510213: ("7710213", [(BEGIN, "WB p. 31, ex. 1, 2")], []),
    5510204: ("7710204", [(BEGIN, "§ 15, вопросы 1–3 на с. 104")], []),
    5510302: ("7710302", [(BEGIN, "№ 118, 121")], []),
    5510303: ("7710303", [(BEGIN, "Выучить наизусть отрывок (с. 45)"),
                          ("2026-02-04T09:00:00", "Выучить наизусть отрывок «Как сходилися, собиралися…» (с. 45–46)")],
              []),
    5510304: ("7710304", [(BEGIN, "§ 24, контурная карта Африки")], []),
    5510401: ("7710401", [(BEGIN, "№ 821, 824")], []),
    5510404: ("7710404", [(BEGIN, "Упр. 221, выписать наречия")], []),
    5510501: ("7710501", [(BEGIN, "Упр. 228")], []),
    5510503: ("7710503", [(BEGIN, "§ 35, упр. 14 (1, 2)")],
              [{"toid": 5510503, "filename": "таблица_давление.pdf", "link": HOST + "f51a03"}]),
    5510504: ("7710504", [(BEGIN, "§ 3.2, вопросы 1–4")], []),
    5510602: ("7710602", [(BEGIN, "Прочитать «Тарас Бульба», главы 1–3")], []),
    5510603: ("7710603", [(BEGIN, "§ 16, подготовить сообщение о К. Минине и Д. Пожарском")], []),
    5520201: ("7720201", [(BEGIN, "№ 845, 848")], []),
    5520203: ("7720203", [(BEGIN, "SB p. 62, ex. 5")], []),
    5520213: ("7720213", [(BEGIN, "WB p. 36, ex. 3")], []),
    5520204: ("7720204", [(BEGIN, "§ 17, вопросы на с. 118")], []),
    5520302: ("7720302", [(BEGIN, "№ 273, 275")], []),
    5520303: ("7720303", [(BEGIN, "Прочитать «Тарас Бульба», главы 4–6")], []),
    5520401: ("7720401", [(BEGIN, "№ 861 (а–г), 863"), ("2026-02-13T15:00:00", "№ 861 (а–г), 864")], []),
    5520404: ("7720404", [(BEGIN, "Упр. 240")], []),
    5520503: ("7720503", [(BEGIN, "§ 37, упр. 16")], []),
    5520504: ("7720504", [(BEGIN, "§ 3.3, вопросы 1–5")], []),
    5520602: ("7720602", [(BEGIN, "Сравнительная характеристика Остапа и Андрия (письменно)")],
              [{"toid": 5520602, "filename": "план_характеристики.docx", "link": HOST + "f52b02"}]),
}


def moment(value: str) -> datetime:
    if len(value) == 8:  # a mark entered on its lesson's day, after the lessons
        return datetime(int(value[:4]), int(value[4:6]), int(value[6:]), 15, 0)
    return datetime.fromisoformat(value)


def at(history, when):
    """The entry of a history in force at `when` (None before the first)."""
    found = None
    for entry in history:
        if moment(entry[0]) <= when:
            found = entry
    return found


def lesson_exists(lid, when):
    start, end = LESSON_LIFE.get(lid, (BEGIN, NEVER))
    return moment(start) <= when < moment(end)


def iso(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def days_between(first, last):
    d, end, out = date(int(first[:4]), int(first[4:6]), int(first[6:])), \
        date(int(last[:4]), int(last[4:6]), int(last[6:])), []
    while d <= end:
        out.append(d.strftime("%Y%m%d"))
        d += timedelta(days=1)
    return out


def sees(pupil, lid):
    grp = LESSONS[lid][3]
    return grp is None or grp == PUPILS[pupil][1]


def assessment(pupil, lid, nm, value, short, comment, *, for_marks=False):
    day = LESSONS[lid][0]
    absent = value in ("н", "оп")
    number = 0 if absent else int(value[0])
    countas = "0" if absent else ("3.75" if value == "4-" else str(number))
    weight = 0 if absent else WORK[short][2]
    mark = {"value": value, "countas": countas, "count": not absent, "convert": number, "weight": weight,
            # NiceEljurOpen types weight_float as a string, BetterJournal as a number (A.3): this server sends text
            "weight_float": str(weight), "date": iso(day), "lesson_id": lid, "nm": nm, "comment": comment}
    if for_marks:
        mark["lesson_comment"] = LESSONS[lid][4]
        mark["max_mark"] = None
        if not absent:
            mtype, name, _ = WORK[short]
            mark["mtype"] = {"id": mtype, "short": short, "type": name}
    else:
        mark["control_type"] = "" if absent else WORK[short][1]
        mark["control_type_short"] = "" if absent else short
        mark["color_hex"] = None
    return mark


def marks_at(pupil, lid, when, *, for_marks=False):
    found = []
    for (who, mlid, nm), history in sorted(MARKS.items()):
        if who != pupil or mlid != lid:
            continue
        entry = at(history, when)
        if entry is None or entry[1] is None:
            continue
        found.append(assessment(pupil, lid, nm, entry[1], entry[2], entry[3], for_marks=for_marks))
    return found


def lesson_item(pupil, lid, when, rings):
    day, num, subject, grp, topic = LESSONS[lid]
    teacher, room = TEACHERS[f"{subject}/{grp}" if grp else subject]
    homework, files = {}, []
    for hid, (hlid, history, hfiles) in sorted(HOMEWORK.items()):
        if hlid != lid:
            continue
        entry = at(history, when)
        if entry is not None and entry[1] is not None:
            homework[str(hid)] = {"id": hid, "value": entry[1], "individual": False}
            files += copy.deepcopy(hfiles)
    item = {"num": num, "name": subject, "room": room, "teacher": teacher, "sort": int(num) * 100,
            "lesson_id": lid, "topic": topic, "is_control": lid == "7720501"}
    if grp:
        item["grp"], item["grp_short"] = grp, grp.replace(" группа", " гр.")
    if rings:
        item["starttime"], item["endtime"] = RINGS[num]
    # PHP's json_encode writes an empty map as [] (A.3: `items` object or array; clients accept both)
    item["homework"] = homework or []
    item["files"] = files
    item["resources"] = []
    item["assessments"] = marks_at(pupil, lid, when)
    return item


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


FAILED = {"response": {"state": 400, "error": "не удалось авторизовать разработчика", "result": {}}}


def getdiary(pupil, first, last, pulled, *, rings=True):
    when = datetime.fromisoformat(pulled)
    days = {}
    for day in days_between(first, last):
        items = {}
        for lid in sorted(LESSONS, key=lambda x: (LESSONS[x][1], x)):
            if LESSONS[lid][0] == day and sees(pupil, lid) and lesson_exists(lid, when):
                items[LESSONS[lid][1]] = lesson_item(pupil, lid, when, rings)
        if items:  # the server lists the days that have lessons (a weekend is not listed)
            weekday = datetime.strptime(day, "%Y%m%d").weekday()
            days[day] = {"name": day, "title": WEEKDAYS[weekday], "items": items}
    title = PUPILS[pupil][0]
    request = f"getdiary?student={pupil}&days={first}-{last}" + ("&rings=__yes" if rings else "")
    body = ok({"students": {pupil: {"name": pupil, "title": title, "parent_signed": False,
                                    "days": days or []}}})
    return {"request": request, "body": body, "pulled_at": pulled + TZ}


def getmarks(pupil, first, last, pulled):
    when = datetime.fromisoformat(pulled)
    by_subject = {}
    for lid in sorted(LESSONS):
        day, _, subject, _, _ = LESSONS[lid]
        if first <= day <= last and sees(pupil, lid) and lesson_exists(lid, when):
            by_subject.setdefault(subject, []).extend(marks_at(pupil, lid, when, for_marks=True))
    lessons = []
    for subject in sorted(by_subject, key=lambda s: SUBJECT_IDS[s]):
        marks = sorted(by_subject[subject], key=lambda m: (m["date"], m["lesson_id"], m["nm"]))
        if not marks:
            continue
        counted = [m for m in marks if m["count"]]
        weights = sum(m["weight"] for m in counted)
        average = "" if not weights else f"{sum(float(m['countas']) * m['weight'] for m in counted) / weights:.2f}"
        lessons.append({"name": subject, "average": average,
                        "averageConvert": round(float(average)) if average else 0,
                        "lesson_id": SUBJECT_IDS[subject], "color_hex": None, "marks": marks})
    body = ok({"students": {pupil: {"name": pupil, "title": PUPILS[pupil][0], "lessons": lessons}}})
    return {"request": f"getmarks?student={pupil}&days={first}-{last}", "body": body, "pulled_at": pulled + TZ}


def failed(request, pulled):
    return {"request": request, "body": copy.deepcopy(FAILED), "pulled_at": pulled + TZ}


def getrules(pupil, pulled):
    title, _, gender, parent, parent_title = PUPILS[pupil]
    last, first = title.split()
    return {"request": "getrules", "pulled_at": pulled + TZ, "body": ok({
        "roles": ["parent"],
        "relations": {
            "students": {pupil: {"rel": "child", "name": pupil, "title": title, "lastname": last, "firstname": first,
                                 "gender": gender, "class": CLASS, "parallel": "7", "city": "Киров",
                                 "rules": ["getdiary", "getmarks", "getperiods", "getfinalassessments"]}},
            "groups": {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "7", "balls": 5,
                               "hometeacher_id": "80317", "hometeacher_name": "Кузьмина Татьяна Владимировна"}},
            "schools": [{"title": "Гимназия № 33", "title_full": "МБОУ «Гимназия № 33» г. Кирова", "number": "33",
                         "inn": "4345033033", "kpp": "434501001"}]},
        "allowedSections": ["diary", "marks", "finalmarks", "schedule"],
        "id": parent, "name": parent, "title": parent_title, "email": "", "region": "Кировская область",
        "city": "Киров", "vendor": "gym33", "vendor_id": 433})}


def getperiods(pupil, pulled):
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20250901", "end": "20251026", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "II", "fullname": "2 четверть", "start": "20251105", "end": "20251228", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "III", "fullname": "3 четверть", "start": "20260112", "end": "20260322", "disabled": False,
         "ambigious": None, "weeks": [{"start": "20260202", "end": "20260208", "title": "02.02 - 08.02"},
                                      {"start": "20260209", "end": "20260215", "title": "09.02 - 15.02"}]},
        {"name": "IV", "fullname": "4 четверть", "start": "20260401", "end": "20260529", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
         "weeks": []},
    ]
    return {"request": f"getperiods?student={pupil}&weeks=__yes", "pulled_at": pulled + TZ,
            "body": ok({"students": [{"name": pupil, "title": PUPILS[pupil][0], "periods": periods}]})}


def with_zero_date(record, lesson_id):
    """The answer as the server sent it: one mark's `date` is MySQL's zero date (A.3: `date` is YYYY-MM-DD)."""
    bad = copy.deepcopy(record)
    for day in bad["body"]["response"]["result"]["students"][P3]["days"].values():
        for item in day["items"].values():
            for mark in item["assessments"]:
                if mark["lesson_id"] == lesson_id:
                    mark["date"] = "0000-00-00"
    return bad


# ---- the sync job's pulls ------------------------------------------------------------------------------------------
def pulls_at(stamp, pupils, make):
    """One pull per pupil, a minute apart from `stamp` (the job walks the class list)."""
    base = datetime.fromisoformat(stamp)
    return {p: make(p, (base + timedelta(minutes=i)).isoformat()) for i, p in enumerate(pupils)}


ALL = [P1, P2, P3, P4]
# week 1
TUE1 = pulls_at("2026-02-03T19:00:00", ALL, lambda p, t: getdiary(p, "20260201", "20260203", t))
THU1 = pulls_at("2026-02-05T19:00:00", [P1, P2], lambda p, t: getdiary(p, "20260203", "20260205", t))
RESUMED = pulls_at("2026-02-06T07:30:00", [P3, P4], lambda p, t: getdiary(p, "20260203", "20260205", t))
SAT1 = pulls_at("2026-02-07T10:00:00", ALL, lambda p, t: getdiary(p, "20260202", "20260208", t, rings=False))
MARKS1 = pulls_at("2026-02-08T12:00:00", ALL, lambda p, t: getmarks(p, "20260202", "20260208", t))
WEEKEND1 = getdiary(P1, "20260207", "20260208", "2026-02-08T19:00:00")
# week 2
TUE2 = pulls_at("2026-02-10T19:00:00", ALL, lambda p, t: getdiary(p, "20260208", "20260210", t))
TUE2_BAD = with_zero_date(TUE2[P3], "7720301")
THU2 = pulls_at("2026-02-12T19:00:00", ALL, lambda p, t: getdiary(p, "20260210", "20260212", t))
THU2[P2] = failed("getdiary?student=33702&days=20260210-20260212&rings=__yes", "2026-02-12T19:01:00")
THU2_RETRY = getdiary(P2, "20260210", "20260212", "2026-02-12T19:20:00")
SAT2 = pulls_at("2026-02-14T10:00:00", ALL, lambda p, t: getdiary(p, "20260209", "20260215", t, rings=False))
MARKS2 = pulls_at("2026-02-15T12:00:00", [P2, P3, P4], lambda p, t: getmarks(p, "20260209", "20260215", t))
MARKS2[P2] = failed("getmarks?student=33702&days=20260209-20260215", "2026-02-15T12:00:00")
SUN2_P1 = getdiary(P1, "20260213", "20260215", "2026-02-15T19:00:00")
SUN2_P4 = failed("getdiary?student=33704&days=20260213-20260215&rings=__yes", "2026-02-15T19:01:00")
SUN2_P3 = getmarks(P3, "20260214", "20260215", "2026-02-15T19:02:00")
# no marks in the range: the server's PHP array of pupils is empty, and json_encode writes [] (A.1: `students` is an
# object keyed by id or an array)
SUN2_P3["body"]["response"]["result"]["students"] = []

STEPS = [
    ("01 Sun 01.02: getrules of the four parents, getperiods (quarters and the year column)",
     [[getrules(P1, "2026-02-01T20:00:00"), getrules(P2, "2026-02-01T20:01:00"), getrules(P3, "2026-02-01T20:02:00"),
       getrules(P4, "2026-02-01T20:03:00"), getperiods(P1, "2026-02-01T20:04:00")]]),
    ("02 Tue 03.02 19:00 run: getdiary days=20260201-20260203 of every pupil (Sunday not listed: no lessons)",
     [[TUE1[P1], TUE1[P2], TUE1[P3], TUE1[P4]]]),
    ("03 the hub's answer timed out at the job: the same batch sent again (every record the same answer)",
     [[TUE1[P1], TUE1[P2], TUE1[P3], TUE1[P4]]]),
    ("04 Thu 05.02 19:00 run, days=20260203-20260205: Ульяна, Кирилл (his answer queued twice, so twice in the "
     "batch), then the job was killed: Алиса and Матвей not pulled",
     [[THU1[P1], THU1[P2], THU1[P2]]]),
    ("05 Fri 06.02 07:30 restart: the outbox replays Алиса's Tue 03.02 answer (its acknowledgement was lost), the "
     "run resumes with Алиса, days=20260203-20260205, the outbox's second flusher (a stale lock) sends the Tuesday "
     "answer once more, then Матвей's resumed pull: the same answer twice in the batch, a newer one between them",
     [[TUE1[P3], RESUMED[P3], TUE1[P3], RESUMED[P4]]]),
    ("06 Sat 07.02 10:00 weekly reconciliation: getdiary days=20260202-20260208 without rings",
     [[SAT1[P1], SAT1[P2], SAT1[P3], SAT1[P4]]]),
    ("07 Sun 08.02 12:00 getmarks days=20260202-20260208 of every pupil; 19:00 weekend check: Ульяна's getdiary "
     "days=20260207-20260208, an empty answer",
     [[MARKS1[P1], MARKS1[P2], MARKS1[P3], MARKS1[P4]], [WEEKEND1]]),
    ("08 Tue 10.02 19:00 run, days=20260208-20260210: Алиса's answer carries a mark dated 0000-00-00 (rejected); "
     "its neighbours land",
     [[TUE2[P1], TUE2[P2], TUE2_BAD, TUE2[P4]]]),
    ("09 Tue 10.02 19:40: the integrator re-sends Алиса's answer with the mark's date taken from its day",
     [[TUE2[P3]]]),
    ("10 Thu 12.02 19:00 run, days=20260210-20260212: Кирилл's call fails (state 400), retried at 19:20; Алиса's "
     "answer stays in the outbox (the connection was reset while the job posted it)",
     [[THU2[P1], THU2[P2], THU2[P4], THU2_RETRY]]),
    ("11 Sat 14.02 10:00 weekly reconciliation: getdiary days=20260209-20260215 without rings",
     [[SAT2[P1], SAT2[P2], SAT2[P3], SAT2[P4]]]),
    ("12 Sat 14.02 10:30: the outbox replays Thursday's unacknowledged records, pulled before the reconciliation: "
     "Ульяна's answer, Кирилл's failed call, and Алиса's answer, which the hub never had (it holds a mark deleted "
     "on Friday)",
     [[THU2[P1], THU2[P2], THU2[P3]]]),
    ("13 Sun 15.02 12:00 getmarks days=20260209-20260215 (Кирилл's call fails: the job gives up until next week); "
     "19:00 weekend check days=20260213-20260215: Ульяна's getdiary, Матвей's fails, Алиса's getmarks of the "
     "weekend (empty)",
     [[MARKS2[P2], MARKS2[P3], MARKS2[P4]], [SUN2_P1, SUN2_P4, SUN2_P3]]),
]


def main() -> None:
    journey = {"vendor": "elzhur",
               "description": "elzhur_33: A SYNC JOB AS IT REALLY RUNS AND FAILS. Class 7А of «Гимназия № 33» "
                              "(Киров), 2-13 February 2026: overlapping `days` ranges pulled at different times "
                              "(the later pull is the truth), a whole batch retried, the same answer twice in a "
                              "batch, a run killed midway and resumed next morning, outbox replays of older "
                              "answers after newer ones, empty answers for days without lessons, failed calls "
                              "(`state` 400) that must delete nothing, and one answer with a MySQL zero date among "
                              "valid ones, re-sent corrected.",
               "steps": [{"name": name, "batches": batches} for name, batches in STEPS]}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in STEPS for b in bs), "records")


if __name__ == "__main__":
    main()
