"""Write journey.json of elzhur_77: answers delivered out of pull order while the class lists change (Eljur,
Екатеринбург, Monday 18 - Sunday 31 January 2027).

A nightly sync job pulls every child its parents' getrules name; an answer it fails to deliver goes to a retry queue
and is delivered at a later run, after that run's fresh pulls (its ``pulled_at`` re-serialised in UTC by the queue).
Meanwhile a pupil of 7А leaves the school, another joins 7А mid-week, one moves from English group 1 to group 2 and
one moves to the parallel class 7Б.

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "ekb177", "6177"
ZONE = dt.timezone(dt.timedelta(hours=5))  # Asia/Yekaterinburg, UTC+5 all year
D = dt.date
FIRST = D(2027, 1, 18)  # Monday of week 1
W1 = (D(2027, 1, 18), D(2027, 1, 24))
W2 = (D(2027, 1, 25), D(2027, 1, 31))
FORTNIGHT = (D(2027, 1, 18), D(2027, 1, 31))

PUPILS = {  # id -> (last name, first name, gender)
    "70741": ("Савельев", "Тимур", "male"),
    "70742": ("Ершова", "Полина", "female"),
    "70743": ("Данилов", "Артём", "male"),
    "70744": ("Куликов", "Никита", "male"),
    "70745": ("Куликова", "Алёна", "female"),
    "70746": ("Осипова", "Вероника", "female"),
    "70747": ("Гусев", "Марк", "male"),
}
PARENTS = {  # user id -> (last, first, middle, gender, children)
    "70901": ("Савельева", "Марина", "Олеговна", "female", ["70741"]),
    "70902": ("Ершов", "Константин", "Игоревич", "male", ["70742"]),
    "70903": ("Данилова", "Светлана", "Юрьевна", "female", ["70743"]),
    "70904": ("Куликова", "Анна", "Дмитриевна", "female", ["70744", "70745"]),
    "70906": ("Осипов", "Роман", "Андреевич", "male", ["70746"]),
    "70907": ("Гусева", "Людмила", "Павловна", "female", ["70747"]),
}
HOMETEACHER = {"7А": ("71021", "Мельникова", "Ольга", "Андреевна"), "7Б": ("71022", "Лаптева", "Галина", "Сергеевна")}


def local(month: int, day: int, hh: int, mm: int) -> dt.datetime:
    return dt.datetime(2027, month, day, hh, mm, tzinfo=ZONE)


# --- what the journal holds, as of a moment -----------------------------------------------------------------------
T_LEAVE = local(1, 21, 12, 0)  # Никита (70744) struck off: his last school day was Wednesday 20 January
T_SWITCH = local(1, 21, 7, 30)  # Полина (70742) moved to English group 2 from Thursday 21 January
T_MOVE = local(1, 23, 11, 0)  # Артём (70743) moved to 7Б from Monday 25 January (the order entered on Saturday)
MOVE_DAY = D(2027, 1, 25)
T_JOIN = local(1, 27, 8, 0)  # Вероника (70746) joins 7А on Wednesday 27 January
JOIN_DAY = D(2027, 1, 27)
SWITCH_DAY = D(2027, 1, 21)


def in_journal(pupil: str, at: dt.datetime) -> bool:
    if pupil == "70744":
        return at < T_LEAVE
    if pupil == "70746":
        return at >= T_JOIN
    return True


def klass(pupil: str, day: dt.date, at: dt.datetime) -> str:
    if pupil == "70743":
        return "7Б" if day >= MOVE_DAY and at >= T_MOVE else "7А"
    return "7Б" if pupil in ("70745", "70747") else "7А"


def rules_class(pupil: str, at: dt.datetime) -> str:
    return "7Б" if pupil == "70743" and at >= T_MOVE else klass(pupil, FIRST, at)


def english_group(pupil: str, day: dt.date, at: dt.datetime) -> str:
    if pupil == "70742":
        return "2" if day >= SWITCH_DAY and at >= T_SWITCH else "1"
    if pupil == "70743":
        return "2" if klass(pupil, day, at) == "7Б" else "1"
    return {"70741": "1", "70744": "2", "70745": "1", "70746": "1", "70747": "2"}[pupil]


ENGLISH = "Английский язык"
TIMETABLE = {
    "7А": {0: ["Алгебра", "Русский язык", ENGLISH, "История", "Биология", "Физическая культура"],
           1: ["Геометрия", "Литература", "Физика", "Русский язык", "География", "Музыка"],
           2: ["Алгебра", "Русский язык", "Информатика", "Обществознание", "Литература"],
           3: ["Русский язык", "Физика", ENGLISH, "Геометрия", "История", "Технология"],
           4: ["Литература", "Алгебра", ENGLISH, "Русский язык", "Физическая культура"]},
    "7Б": {0: ["Русский язык", "Геометрия", "Литература", "Физика", ENGLISH, "Технология"],
           1: ["Алгебра", ENGLISH, "История", "Биология", "Русский язык", "Физическая культура"],
           2: ["Физика", "Алгебра", "Литература", "География", "Русский язык", "Музыка"],
           3: [ENGLISH, "Алгебра", "Обществознание", "Информатика", "Русский язык"],
           4: ["Геометрия", "История", "Русский язык", "Физическая культура", "Биология"]},
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

TEACHERS = {
    "Алгебра@7А": "Широков Валентин Петрович", "Геометрия@7А": "Широков Валентин Петрович",
    "Алгебра@7Б": "Лаптева Галина Сергеевна", "Геометрия@7Б": "Лаптева Галина Сергеевна",
    "Русский язык@7А": "Мельникова Ольга Андреевна", "Литература@7А": "Мельникова Ольга Андреевна",
    "Русский язык@7Б": "Субботина Ирина Витальевна", "Литература@7Б": "Субботина Ирина Витальевна",
    "История": "Быков Аркадий Львович", "Обществознание": "Быков Аркадий Львович",
    "Физика": "Зуева Татьяна Игоревна", "Биология": "Рогова Елена Фёдоровна", "География": "Рогова Елена Фёдоровна",
    "Информатика": "Павленко Денис Олегович", "Физическая культура": "Карпов Олег Семёнович",
    "Музыка": "Гордеева Светлана Ивановна", "Технология": "Ильин Виктор Павлович",
    "English 1": "Кириллова Наталья Евгеньевна", "English 2": "Хасанова Диляра Рустамовна",
}
ROOMS = {"Физика": "31", "Информатика": "35", "Биология": "27", "География": "27", "Физическая культура": "спортзал",
         "Музыка": "12", "Технология": "8", "English 1": "41", "English 2": "42"}
THEMES = {
    "Алгебра": ["Линейная функция и её график", "Системы линейных уравнений", "Решение задач с помощью систем",
                "Степень с натуральным показателем"],
    "Геометрия": ["Признаки равенства треугольников", "Равнобедренный треугольник", "Медиана, биссектриса, высота"],
    "Русский язык": ["Деепричастный оборот", "Правописание не с деепричастиями", "Наречие как часть речи",
                     "Степени сравнения наречий", "Слитное и раздельное написание не с наречиями"],
    "Литература": ["Н. В. Гоголь «Тарас Бульба»", "Образ Остапа и Андрия", "И. С. Тургенев «Бирюк»"],
    "История": ["Смутное время", "Первые Романовы", "Соборное уложение 1649 года"],
    "Физика": ["Давление твёрдых тел", "Давление газа", "Закон Паскаля", "Сообщающиеся сосуды"],
    "Биология": ["Класс Земноводные", "Класс Пресмыкающиеся"],
    "География": ["Климат Африки", "Природные зоны Африки"],
    "Обществознание": ["Закон и правопорядок", "Защита Отечества"],
    "Информатика": ["Кодирование текстовой информации", "Растровая графика"],
    "Физическая культура": ["Лыжная подготовка", "Подвижные игры"],
    "Музыка": ["Музыкальная драматургия"], "Технология": ["Обработка древесины"],
    "English 1": ["Present Perfect vs Past Simple", "Unit 5: Travelling", "Irregular verbs"],
    "English 2": ["Reading: Famous inventors", "Unit 5: Writing a postcard", "Listening: At the airport"],
}
HOMEWORK = {  # subject -> template; {n} is unique per class, day and group (see task_number)
    "Алгебра": "№ {n}, {n2} (учебник), повторить формулы",
    "Геометрия": "п. {k}, задачи {n}–{n3}",
    "Русский язык": "упр. {n}, выучить правило на стр. {k}",
    "Литература": "прочитать стр. {n}–{n12}, ответить на вопросы 1–3",
    "История": "§ {k}, вопросы 1–4 письменно (вариант {n})",
    "Физика": "§ {k}, упр. {n} (задачи 1–3)",
    "Биология": "§ {k}, заполнить таблицу на стр. {n}",
    "География": "§ {k}, контурная карта, задание {n}",
    "Обществознание": "§ {k}, выучить термины (карточка {n})",
    "Информатика": "§ {k}, задание {n} в тетради",
    ENGLISH: "WB p. {n} ex. {k}, new words",
}
SUBJECT_IDS = {s: str(7700 + i) for i, s in enumerate(sorted(set(HOMEWORK) | set(THEMES) - {"English 1", "English 2"}))}


def day_index(day: dt.date) -> int:
    return (day - FIRST).days


def lesson_id(cls: str, day: dt.date, num: int, grp: str | None) -> str:
    return str((886000 if cls == "7А" else 887000) + day_index(day) * 10 + num + (500 if grp == "2" else 0))


def homework_id(lid: str) -> int:
    return 5500000 + int(lid) - 880000


def task_number(cls: str, day: dt.date, grp: str | None) -> int:
    return 40 + day_index(day) * 4 + (1 if cls == "7Б" else 0) + (2 if grp == "2" else 0)


# tasks a teacher changed later: lesson id -> (moment, new text or None for removed)
def changed_tasks() -> dict[str, tuple[dt.datetime, str | None]]:
    return {
        # 7А's History task of Thursday 21: removed on Thursday afternoon (the teacher set none after all)
        lesson_id("7А", D(2027, 1, 21), 5, None): (local(1, 21, 16, 0), None),
        # 7Б's Literature task of Wednesday 27: the page numbers corrected on Thursday afternoon
        lesson_id("7Б", D(2027, 1, 27), 3, None): (local(1, 28, 16, 0),
                                                   "прочитать стр. 118–131, ответить на вопросы 1–3 письменно"),
    }


def task_text(subject: str, cls: str, day: dt.date, grp: str | None, lid: str, at: dt.datetime) -> str | None:
    n = task_number(cls, day, grp)
    text = HOMEWORK[subject].format(n=n, n2=n + 3, n3=n + 3, n12=n + 12, k=10 + n % 17)
    change = changed_tasks().get(lid)
    if change and at >= change[0]:
        return change[1]
    return text


class Mark:
    def __init__(self, pupil, day, subject, value, nm="1", ctype="Работа на уроке", short="РУ", weight=1, comment="",
                 changed=None, deleted=None):
        self.pupil, self.day, self.subject, self.value, self.nm = pupil, day, subject, value, nm
        self.ctype, self.short, self.weight, self.comment = ctype, short, weight, comment
        self.entered = dt.datetime(day.year, day.month, day.day, 15, 0, tzinfo=ZONE)
        self.changed, self.deleted = changed, deleted  # (moment, {field: value}), moment

    def state(self, at: dt.datetime) -> dict | None:
        if at < self.entered or (self.deleted and at >= self.deleted):
            return None
        fields = {"value": self.value, "comment": self.comment}
        if self.changed and at >= self.changed[0]:
            fields.update(self.changed[1])
        return fields


MTYPES = {"РУ": 1, "КР": 3, "ЛР": 4, "Д": 5}
MARKS = [
    Mark("70741", D(2027, 1, 18), "Алгебра", "3",
         changed=(local(1, 21, 15, 0), {"value": "4", "comment": "исправлено: учтена работа над ошибками"})),
    Mark("70741", D(2027, 1, 21), "Физика", "5", ctype="Лабораторная работа", short="ЛР", weight=2),
    Mark("70741", D(2027, 1, 22), ENGLISH, "4"),
    Mark("70741", D(2027, 1, 27), "Информатика", "5"),
    Mark("70741", D(2027, 1, 29), "Алгебра", "4", ctype="Контрольная работа", short="КР", weight=2),
    Mark("70742", D(2027, 1, 19), "Литература", "5", comment="выразительное чтение"),
    Mark("70742", D(2027, 1, 21), ENGLISH, "5", comment="хорошее начало в новой группе"),
    Mark("70742", D(2027, 1, 22), ENGLISH, "4"),
    Mark("70742", D(2027, 1, 25), "История", "н"),
    Mark("70742", D(2027, 1, 28), "Геометрия", "4"),
    Mark("70743", D(2027, 1, 18), "История", "4"),
    Mark("70743", D(2027, 1, 20), "Русский язык", "3", ctype="Диктант", short="Д", weight=2),
    Mark("70743", D(2027, 1, 22), "Алгебра", "5"),
    Mark("70743", D(2027, 1, 26), "Алгебра", "4"),
    Mark("70743", D(2027, 1, 27), "Физика", "оп"),
    Mark("70743", D(2027, 1, 28), ENGLISH, "5"),
    Mark("70743", D(2027, 1, 29), "Геометрия", "4", comment="первая работа в 7Б"),
    Mark("70744", D(2027, 1, 18), "Биология", "4"),
    Mark("70744", D(2027, 1, 19), "Физика", "н"),
    Mark("70744", D(2027, 1, 20), "Информатика", "5", comment="итоговый проект"),
    Mark("70745", D(2027, 1, 18), "Физика", "н", deleted=local(1, 19, 9, 0)),
    Mark("70745", D(2027, 1, 19), "Алгебра", "5"),
    Mark("70745", D(2027, 1, 21), "Обществознание", "4"),
    Mark("70745", D(2027, 1, 25), "Литература", "5"),
    Mark("70745", D(2027, 1, 28), "Информатика", "оп"),
    Mark("70745", D(2027, 1, 29), "Биология", "4"),
    Mark("70746", D(2027, 1, 28), "Русский язык", "4", comment="первая оценка в новой школе"),
    Mark("70746", D(2027, 1, 29), ENGLISH, "5"),
    Mark("70746", D(2027, 1, 29), "Алгебра", "3", ctype="Контрольная работа", short="КР", weight=2),
    Mark("70747", D(2027, 1, 18), "Геометрия", "4"),
    Mark("70747", D(2027, 1, 20), "Литература", "3"),
    Mark("70747", D(2027, 1, 26), "История", "2", deleted=local(1, 27, 10, 0)),
    Mark("70747", D(2027, 1, 26), "Алгебра", "4"),
    Mark("70747", D(2027, 1, 29), "Геометрия", "3",
         changed=(local(1, 30, 12, 0), {"value": "5", "comment": "исправлена ошибка ввода"})),
]
CONTROL_LESSONS = {(klass(m.pupil, m.day, local(2, 1, 0, 0)), m.day, m.subject) for m in MARKS if m.short == "КР"}


def assessment(mark: Mark, fields: dict, lid: str) -> dict:
    value = fields["value"]
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": mark.day.isoformat(), "lesson_id": lid,
                "nm": mark.nm, "comment": fields["comment"]}
    return {"value": value, "countas": value, "count": True, "convert": int(value), "weight": mark.weight,
            "weight_float": mark.weight, "control_type": mark.ctype, "control_type_short": mark.short,
            "date": mark.day.isoformat(), "lesson_id": lid, "nm": mark.nm, "comment": fields["comment"],
            "color_hex": None}


def lessons_of(pupil: str, day: dt.date, at: dt.datetime) -> list[tuple[int, str, str, str | None]]:
    """(num, subject, lesson id, English group) of the pupil's lessons that day as the journal shows them at ``at``."""
    if day.weekday() > 4:
        return []
    if pupil == "70746" and day < JOIN_DAY:
        return []  # not in the school yet: the journal lists the day without lessons
    cls = klass(pupil, day, at)
    out = []
    for num, subject in enumerate(TIMETABLE[cls][day.weekday()], 1):
        grp = english_group(pupil, day, at) if subject == ENGLISH else None
        out.append((num, subject, lesson_id(cls, day, num, grp), grp))
    return out


def item(pupil: str, day: dt.date, num: int, subject: str, lid: str, grp: str | None, at: dt.datetime) -> dict:
    cls = klass(pupil, day, at)
    key = f"English {grp}" if grp else subject
    teacher = TEACHERS.get(key) or TEACHERS.get(f"{subject}@{cls}") or TEACHERS[subject]
    room = ROOMS.get(key, "21" if cls == "7А" else "24")
    themes = THEMES[key]
    homework = {}
    if subject in HOMEWORK:
        text = task_text(subject, cls, day, grp, lid, at)
        if text is not None:
            hid = homework_id(lid)
            homework[str(hid)] = {"id": hid, "value": text, "individual": False}
    marks = []
    for m in MARKS:
        if m.pupil == pupil and m.day == day and m.subject == subject:
            fields = m.state(at)
            if fields is not None:
                marks.append(assessment(m, fields, lid))
    start, end = BELLS[num]
    out = {"num": str(num), "name": subject, "room": room, "teacher": teacher, "sort": num * 100, "lesson_id": lid,
           "topic": themes[(day_index(day) + (1 if cls == "7Б" else 0)) % len(themes)],
           "is_control": (cls, day, subject) in CONTROL_LESSONS, "starttime": start + ":00", "endtime": end + ":00",
           "homework": homework, "files": [], "resources": [], "assessments": marks}
    if grp:
        out["grp"], out["grp_short"] = f"{grp} группа", f"{grp} гр."
    return out


def dates(span: tuple[dt.date, dt.date]) -> list[dt.date]:
    return [span[0] + dt.timedelta(days=i) for i in range((span[1] - span[0]).days + 1)]


def title(pupil: str) -> str:
    return f"{PUPILS[pupil][0]} {PUPILS[pupil][1]}"


def envelope(result: dict) -> dict:
    return {"response": {"state": 200, "error": None, "result": result}}


def days_param(span: tuple[dt.date, dt.date]) -> str:
    return f"{span[0]:%Y%m%d}-{span[1]:%Y%m%d}"


def getdiary(pupil: str, span, at: dt.datetime) -> dict:
    days = {}
    for day in dates(span):
        if day.weekday() > 4:
            continue  # a five-day school: the journal lists no weekend days
        key = f"{day:%Y%m%d}"
        lessons = lessons_of(pupil, day, at)
        days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                     "items": {str(n): item(pupil, day, n, s, lid, g, at) for n, s, lid, g in lessons} if lessons
                     else []}  # PHP's empty array: a school day without lessons of his
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False,
                                          "days": days}}})
    return {"request": f"getdiary?student={pupil}&days={days_param(span)}&rings=__yes", "body": body, "_at": at}


def gethomework(pupil: str, span, at: dt.datetime) -> dict:
    days = {}
    for day in dates(span):
        items = []
        for n, s, lid, g in lessons_of(pupil, day, at):
            it = item(pupil, day, n, s, lid, g, at)
            if it["homework"]:
                entry = {"name": s, "grp": it.get("grp"), "homework": it["homework"], "files": []}
                items.append(entry)
        if items:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "days": days}}})
    return {"request": f"gethomework?student={pupil}&days={days_param(span)}", "body": body, "_at": at}


def getmarks(pupil: str, span, at: dt.datetime) -> dict:
    by_subject: dict[str, list] = {}
    for day in dates(span):
        for n, s, lid, g in lessons_of(pupil, day, at):
            for m in item(pupil, day, n, s, lid, g, at)["assessments"]:
                m = dict(m)
                short, kind = m.pop("control_type_short"), m.pop("control_type")
                m.pop("color_hex", None)
                m.update(lesson_comment=None, max_mark=None)
                if short:
                    m["mtype"] = {"id": MTYPES[short], "short": short, "type": kind}
                by_subject.setdefault(s, []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        weight = sum(m["weight"] for m in counted)
        total = sum(m["convert"] * m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0, "lesson_id": SUBJECT_IDS[subject],
                        "color_hex": None, "marks": by_subject[subject]})
    body = envelope({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": lessons}}})
    return {"request": f"getmarks?student={pupil}&days={days_param(span)}", "body": body, "_at": at}


def getrules(parent: str, at: dt.datetime) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students, groups = {}, {}
    for child in children:
        if not in_journal(child, at):
            continue
        cls = rules_class(child, at)
        cl, cf, cg = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": title(child), "lastname": cl, "firstname": cf,
                           "gender": cg, "class": cls, "parallel": 7, "city": "Екатеринбург",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework",
                                     "getfinalassessments"]}
        tid, tl, tf, tm = HOMETEACHER[cls]
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": 7, "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl,
                       "hometeacher_firstname": tf, "hometeacher_middlename": tm,
                       "rules": ["getschedule", "gethomework"]}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"parent{parent}@example.ru", "roles": ["parent"],
              "region": "Свердловская область", "city": "Екатеринбург", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages", "updates"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "СОШ № 177", "title_full": "МАОУ «СОШ № 177» г. Екатеринбурга",
                                         "number": "177", "inn": "6658000177", "kpp": "665801001"}]}}
    return {"request": "getrules", "body": envelope(result), "_at": at}


def getperiods(pupil: str, at: dt.datetime) -> dict:
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261229", "disabled": False,
         "ambigious": None},
        {"name": "III", "fullname": "3 четверть", "start": "20270112", "end": "20270321", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": "20270401", "end": "20270528", "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    body = envelope({"students": [{"name": pupil, "title": title(pupil), "periods": periods}]})
    return {"request": f"getperiods?student={pupil}&show_disabled=__yes", "body": body, "_at": at}


def fresh(rec: dict) -> dict:
    """Delivered on time: ``pulled_at`` in local time with the school's offset."""
    return {"request": rec["request"], "pulled_at": rec["_at"].isoformat(), "body": rec["body"]}


def retried(rec: dict) -> dict:
    """Delivered from the retry queue, which keeps ``pulled_at`` in UTC."""
    moment = rec["_at"].astimezone(dt.timezone.utc).replace(tzinfo=None)
    return {"request": rec["request"], "pulled_at": moment.isoformat() + "Z", "body": rec["body"]}


def main() -> None:
    steps = []
    queue: dict[str, dict] = {}

    def step(name: str, pulls: list[dict], failed: dict[str, dict] | None = None, retry: list[str] = ()) -> None:
        """Deliver ``pulls`` (all but the failed ones, which join the queue under their key), then ``retry``."""
        failed = failed or {}
        queue.update(failed)
        delivered = [fresh(p) for p in pulls if all(p is not f for f in failed.values())]
        batches = [delivered]
        if retry:
            batches.append([retried(queue.pop(key)) for key in retry])
        steps.append({"name": name, "batches": batches})

    on_roll = ["70741", "70742", "70743", "70744", "70745", "70747"]
    after_leave = [p for p in on_roll if p != "70744"]
    with_newcomer = sorted(after_leave + ["70746"])

    # 01 Sun 17 Jan 19:00
    step("01 Sun 17 Jan 19:00: getrules of the five parents, getperiods and week 1's getdiary of the six pupils",
         [getrules(p, local(1, 17, 19, i)) for i, p in enumerate(["70901", "70902", "70903", "70904", "70907"])]
         + [getperiods(p, local(1, 17, 19, 5 + i)) for i, p in enumerate(on_roll)]
         + [getdiary(p, W1, local(1, 17, 19, 15 + i)) for i, p in enumerate(on_roll)])
    # 02 Mon 18 Jan 21:00: Алёна's answer (with the «н» entered by mistake) is not delivered
    d = [getdiary(p, W1, local(1, 18, 21, i)) for i, p in enumerate(on_roll)]
    step("02 Mon 18 Jan 21:00: week 1's getdiary with Monday's marks; 70745's answer fails and is queued", d,
         failed={"alena-mon": d[4]})
    # 03 Tue 19 Jan 21:00
    step("03 Tue 19 Jan 21:00: week 1's getdiary (70745's «н» in Physics of Monday withdrawn at 09:00); "
         "then the queue: 70745's Monday answer",
         [getdiary(p, W1, local(1, 19, 21, i)) for i, p in enumerate(on_roll)], retry=["alena-mon"])
    # 04 Wed 20 Jan
    rules = getrules("70904", local(1, 20, 20, 55))
    d = [getdiary(p, W1, local(1, 20, 21, i)) for i, p in enumerate(on_roll)]
    h = [gethomework(p, W1, local(1, 20, 21, 10 + i)) for i, p in enumerate(on_roll)]
    m = [getmarks("70741", W1, local(1, 20, 21, 20)), getmarks("70744", W1, local(1, 20, 21, 21))]
    step("04 Wed 20 Jan 20:55-21:21: 70904's getrules, week 1's getdiary and gethomework, getmarks of 70741 and "
         "70744; six answers fail and are queued", [rules] + d + h + m,
         failed={"kulikova-rules-wed": rules, "polina-diary-wed": d[1], "nikita-diary-wed": d[3],
                 "polina-homework-wed": h[1], "timur-marks-wed": m[0], "nikita-marks-wed": m[1]})
    # 05 Thu 21 Jan: Никита struck off at 12:00, his mother's getrules lists Алёна alone
    step("05 Thu 21 Jan 20:50-21:04: getrules of the five parents (70904 lists 70745 alone), week 1's getdiary of "
         "the five pupils left (70742 in English group 2 from today; Algebra 3 of 70741 corrected to 4; 7А's History "
         "task of today removed); then the queue: Wednesday's answers",
         [getrules(p, local(1, 21, 20, 50 + i)) for i, p in enumerate(["70901", "70902", "70903", "70904", "70907"])]
         + [getdiary(p, W1, local(1, 21, 21, i)) for i, p in enumerate(after_leave)],
         retry=["kulikova-rules-wed", "nikita-diary-wed", "polina-diary-wed", "nikita-marks-wed"])
    # 06 Fri 22 Jan
    rules = getrules("70903", local(1, 22, 20, 50))
    d1 = [getdiary(p, W1, local(1, 22, 21, i)) for i, p in enumerate(after_leave)]
    d2 = [getdiary(p, W2, local(1, 22, 21, 10 + i)) for i, p in enumerate(after_leave)]
    h2 = [gethomework(p, W2, local(1, 22, 21, 20 + i)) for i, p in enumerate(after_leave)]
    m1 = [getmarks(p, W1, local(1, 22, 21, 30 + i)) for i, p in enumerate(after_leave)]
    step("06 Fri 22 Jan 20:50-21:34: 70903's getrules (70743 still 7А), week 1's getdiary, week 2's getdiary and "
         "gethomework ahead, week 1's getmarks; 70903's getrules and 70743's week 2 answers fail; then the queue: "
         "70742's Wednesday gethomework", [rules] + d1 + d2 + h2 + m1,
         failed={"danilova-rules-fri": rules, "artem-diary2-fri": d2[2], "artem-homework2-fri": h2[2]},
         retry=["polina-homework-wed"])
    # 07 Sun 24 Jan: Артём in 7Б from Monday (entered Saturday 11:00)
    step("07 Sun 24 Jan 19:00-19:14: getrules of the five parents (70743 in 7Б), week 2's getdiary; then the queue: "
         "70903's Friday getrules, 70743's Friday getdiary of week 2 (7А), 70741's Wednesday getmarks",
         [getrules(p, local(1, 24, 19, i)) for i, p in enumerate(["70901", "70902", "70903", "70904", "70907"])]
         + [getdiary(p, W2, local(1, 24, 19, 10 + i)) for i, p in enumerate(after_leave)],
         retry=["danilova-rules-fri", "artem-diary2-fri", "timur-marks-wed"])
    # 08 Mon 25 Jan
    step("08 Mon 25 Jan 21:00: week 2's getdiary with Monday's marks; then the queue: 70743's Friday gethomework of "
         "week 2 (7А's tasks)", [getdiary(p, W2, local(1, 25, 21, i)) for i, p in enumerate(after_leave)],
         retry=["artem-homework2-fri"])
    # 09 Tue 26 Jan: Марк's answer with the History «2» fails
    d = [getdiary(p, W2, local(1, 26, 21, i)) for i, p in enumerate(after_leave)]
    step("09 Tue 26 Jan 21:00: week 2's getdiary; 70747's answer (History 2 of today) fails", d,
         failed={"mark-diary-tue": d[4]})
    # 10 Wed 27 Jan: Вероника joins 7А at 08:00
    rules = getrules("70906", local(1, 27, 7, 30))
    d = [getdiary(p, W2, local(1, 27, 21, i)) for i, p in enumerate(with_newcomer)]
    h = [gethomework(p, W2, local(1, 27, 21, 10 + i)) for i, p in enumerate(with_newcomer)]
    per = getperiods("70746", local(1, 27, 21, 20))
    step("10 Wed 27 Jan 07:30-21:20: the new parent 70906's getrules (70746 in 7А), week 2's getdiary and gethomework "
         "of the six pupils, 70746's getperiods; the getrules and 70743's and 70746's answers fail; then the queue: "
         "70747's Tuesday getdiary", [rules] + d + h + [per],
         failed={"osipov-rules-wed": rules, "artem-diary-wed": d[with_newcomer.index("70743")],
                 "veronika-diary-wed": d[with_newcomer.index("70746")],
                 "artem-homework-wed": h[with_newcomer.index("70743")],
                 "veronika-homework-wed": h[with_newcomer.index("70746")]},
         retry=["mark-diary-tue"])
    # 11 Thu 28 Jan
    step("11 Thu 28 Jan 21:00: week 2's getdiary of the six pupils (7Б's Literature task of Wednesday re-texted at "
         "16:00); then the queue: 70906's getrules, 70746's Wednesday getdiary and gethomework",
         [getdiary(p, W2, local(1, 28, 21, i)) for i, p in enumerate(with_newcomer)],
         retry=["osipov-rules-wed", "veronika-diary-wed", "veronika-homework-wed"])
    # 12 Fri 29 Jan
    m2 = [getmarks(p, FORTNIGHT, local(1, 29, 21, 20 + i)) for i, p in enumerate(with_newcomer)]
    step("12 Fri 29 Jan 20:50-21:25: getrules of the six parents, week 2's getdiary, the fortnight's getmarks; "
         "70747's getmarks fails; then the queue: 70743's Wednesday getdiary and gethomework (the old Literature text)",
         [getrules(p, local(1, 29, 20, 50 + i)) for i, p in enumerate(sorted(PARENTS))]
         + [getdiary(p, W2, local(1, 29, 21, i)) for i, p in enumerate(with_newcomer)] + m2,
         failed={"mark-marks-fri": m2[with_newcomer.index("70747")]}, retry=["artem-diary-wed", "artem-homework-wed"])
    # 13 Sun 31 Jan
    polina_again = retried(getdiary("70742", W1, local(1, 20, 21, 1)))
    step("13 Sun 31 Jan 19:00-19:16: week 2's getdiary and the fortnight's getmarks of the six pupils (70747's "
         "Geometry 3 of Friday corrected to 5 on Saturday); then the queue: 70747's Friday getmarks, and 70742's "
         "Wednesday getdiary of week 1 once more (its delivery on Thursday was not acknowledged)",
         [getdiary(p, W2, local(1, 31, 19, i)) for i, p in enumerate(with_newcomer)]
         + [getmarks(p, FORTNIGHT, local(1, 31, 19, 10 + i)) for i, p in enumerate(with_newcomer)],
         retry=["mark-marks-fri"])
    steps[-1]["batches"][-1].append(polina_again)
    assert not queue, queue
    texts: dict[tuple[str, str], str] = {}
    for day in dates(FORTNIGHT):
        for cls in ("7А", "7Б"):
            if day.weekday() > 4:
                continue
            for num, subject in enumerate(TIMETABLE[cls][day.weekday()], 1):
                for grp in (("1", "2") if subject == ENGLISH else (None,)):
                    lid = lesson_id(cls, day, num, grp)
                    for at in (local(1, 17, 0, 0), local(2, 1, 0, 0)):
                        if subject in HOMEWORK and (text := task_text(subject, cls, day, grp, lid, at)):
                            assert texts.setdefault((subject, text), lid) == lid, (subject, text)
    journey = {"vendor": "elzhur",
               "description": "Answers delivered out of pull order while the class lists change (МАОУ «СОШ № 177» "
                              "г. Екатеринбурга, 18-31 January 2027): a sync job's retry queue delivers answers after "
                              "newer ones while a pupil leaves the school, another joins 7А mid-week, one moves from "
                              "English group 1 to group 2 and one moves to the parallel class 7Б.",
               "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «СОШ № 177» г. Екатеринбурга"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
