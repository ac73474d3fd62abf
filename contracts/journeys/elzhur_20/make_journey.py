"""Writes journey.json of the elzhur_20 corpus (an endpoint sweep of Eljur, reference Part A). Standard library only;
deterministic. Every value is invented."""

import json
from pathlib import Path

CLASS = "7А"
VENDOR = "lic12"
DEV = "devkey=0f3c9a&vendor=lic12&auth_token=tok7a&out_format=json"
HOST = "https://lic12.eljur.ru/apiv3/"
CENTRAL = "https://api.eljur.ru/api/"
TEACH = {
    "Алгебра": ("Мельникова Светлана Андреевна", "214"),
    "Русский язык": ("Орлова Татьяна Викторовна", "108"),
    "Литература": ("Орлова Татьяна Викторовна", "108"),
    "История": ("Зайцев Игорь Николаевич", "210"),
    "Физика": ("Лебедев Дмитрий Алексеевич", "312"),
    "Биология": ("Сорокина Мария Павловна", "215"),
    "Физическая культура": ("Ершов Виктор Геннадьевич", "спортзал"),
}
ENG = {"1 группа": ("Кузьмина Елена Сергеевна", "305", "1 гр."), "2 группа": ("Тихонов Павел Олегович", "307", "2 гр.")}
WEEK = {0: ["Алгебра", "Русский язык", "Английский язык"], 1: ["История", "Физика", "Литература"],
        2: ["Русский язык", "Алгебра", "Биология"], 3: ["Английский язык", "Физическая культура", "История"],
        4: ["Алгебра", "Литература", "Физика"]}
DAYNAME = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница"]
RINGS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15")}
WEEK1 = ["20260302", "20260303", "20260304", "20260305", "20260306"]
WEEK2 = ["20260309", "20260310", "20260311", "20260312", "20260313"]
HOLIDAY = "20260309"
HOLIDAY_NAME = "Перенос выходного дня (Международный женский день)"
PUPILS = {"71001": ("Белова Анна", "1 группа"), "71002": ("Белов Кирилл", "2 группа"),
          "71003": ("Гусев Матвей", "1 группа")}

TOPICS = {
    ("20260302", 1): "Линейная функция и её график", ("20260302", 2): "Причастный оборот",
    ("20260302", 3): "Past Simple: irregular verbs",
    ("20260303", 1): "Смутное время", ("20260303", 2): "Давление твёрдых тел", ("20260303", 3): "Н. В. Гоголь «Шинель»",
    ("20260304", 1): "Знаки препинания при причастном обороте", ("20260304", 2): "Системы линейных уравнений",
    ("20260304", 3): "Класс Земноводные",
    ("20260305", 1): "Reading: «A trip to London»", ("20260305", 2): "Лёгкая атлетика: бег 60 м",
    ("20260305", 3): "Михаил Фёдорович Романов",
    ("20260306", 1): "Решение систем способом подстановки", ("20260306", 2): "Образ Акакия Акакиевича",
    ("20260306", 3): "Давление газа",
    ("20260310", 1): "Царствование Алексея Михайловича", ("20260310", 2): "Закон Паскаля",
    ("20260310", 3): "И. С. Тургенев «Бирюк»",
    ("20260311", 1): "Деепричастие как часть речи", ("20260311", 2): "Способ сложения",
    ("20260311", 3): "Класс Пресмыкающиеся",
    ("20260312", 1): "Grammar: Present Perfect", ("20260312", 2): "Прыжок в длину с разбега",
    ("20260312", 3): "Соляной бунт",
    ("20260313", 1): "Контрольная работа «Системы уравнений»", ("20260313", 2): "Сочинение-рассуждение",
    ("20260313", 3): "Сообщающиеся сосуды",
}
CONTROL = {("20260313", 1)}


def weekday(day):
    import datetime as dt
    return dt.date(int(day[:4]), int(day[4:6]), int(day[6:])).weekday()


def lesson_id(day, num, grp=None):
    return f"9{day[4:]}{num}{'' if grp is None else grp[0]}"


def lessons_of(day, grp_of=None, *, rings=True, short_times=False, extra=True):
    """The items of one day: every group's English when grp_of is None (the class), else the pupil's group."""
    out = []
    for i, subject in enumerate(WEEK[weekday(day)]):
        num = i + 1
        start, end = RINGS[num]
        if short_times is False:
            start, end = start + ":00", end + ":00"
        base = {"num": str(num), "name": subject, "sort": num * 100}
        if rings:
            base.update({"starttime": start, "endtime": end})
        if subject == "Английский язык":
            groups = list(ENG) if grp_of is None else [grp_of]
            for g in groups:
                teacher, room, short = ENG[g]
                item = dict(base, room=room, teacher=teacher, grp=g, grp_short=short, lesson_id=lesson_id(day, num, g))
                if extra:
                    item.update(topic=TOPICS[(day, num)], is_control=False)
                out.append(item)
        else:
            teacher, room = TEACH[subject]
            item = dict(base, room=room, teacher=teacher, lesson_id=lesson_id(day, num))
            if extra:
                item.update(topic=TOPICS[(day, num)], is_control=(day, num) in CONTROL)
            out.append(item)
    return out


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


# --- homework: (day, num, grp or None) -> list of (id, text, individual, files) --------------------------------
HW = {
    ("20260302", 1, None): [(6601001, "№ 512, 514 (б, в)", False, [("график_функции.pdf", "https://lic12.eljur.ru/files/a1f01")])],
    ("20260302", 2, None): [(6601002, "Упр. 178 (списать, выделить причастные обороты)", False, [])],
    ("20260302", 3, "1 группа"): [(6601003, "Workbook p. 41, ex. 3, 4", False, [])],
    ("20260302", 3, "2 группа"): [(6601004, "SB p. 58, ex. 7 (письменно)", False, [])],
    ("20260303", 1, None): [(6601005, "§ 14, вопросы 1–5 на с. 121", False, [("контурная_карта_смута.jpg", "https://lic12.eljur.ru/files/a1f05")])],
    ("20260303", 2, None): [(6601006, "§ 33, упр. 12 (1, 2)", False, [])],
    ("20260303", 3, None): [(6601007, "Дочитать «Шинель», ответить на вопросы 3–6", False, [])],
    ("20260304", 2, None): [(6601008, "№ 1060, 1062", False, []), (6601009, "Карточка № 4 (для Гусева М.)", True, [])],
    ("20260304", 3, None): [(6601010, "§ 41, зарисовать строение лягушки", False, [("лягушка_схема.png", "https://lic12.eljur.ru/files/a1f10")])],
    ("20260305", 3, None): [(6601011, "§ 15, таблица «Первые Романовы»", False, [])],
    ("20260306", 1, None): [(6601012, "№ 1075 (а, б), 1078", False, [])],
    ("20260306", 3, None): [(6601013, "§ 35, подготовить сообщение о барометре", False, [])],
    ("20260310", 1, None): [(6601014, "§ 16, документ на с. 134", False, [])],
    ("20260310", 2, None): [(6601015, "§ 36, упр. 14 (3)", False, [("опыт_паскаля.mp4", "https://lic12.eljur.ru/files/a1f15")])],
    ("20260310", 3, None): [(6601016, "Прочитать «Бирюк», пересказ эпизода встречи", False, [])],
    ("20260311", 1, None): [(6601017, "§ 28, упр. 196", False, [])],
    ("20260311", 2, None): [(6601018, "№ 1090, 1093", False, [("образец_решения.docx", "https://lic12.eljur.ru/files/a1f18")])],
    ("20260311", 3, None): [(6601019, "§ 43, вопросы в конце параграфа", False, [])],
    ("20260312", 1, "1 группа"): [(6601020, "Workbook p. 44, ex. 1–3", False, [])],
    ("20260312", 1, "2 группа"): [(6601021, "Выучить неправильные глаголы, стр. 120", False, [])],
    ("20260312", 3, None): [(6601022, "§ 17, подготовиться к тесту", False, [])],
    ("20260313", 2, None): [(6601023, "Дописать сочинение, объём 1,5–2 страницы", False, [])],
    ("20260313", 3, None): [(6601024, "§ 37, № 5 письменно", False, [])],
}
INDIVIDUAL_FOR = {6601009: "71003"}


def hw_of(day, num, grp, pupil, *, style):
    """homework and files of one item; style 'id' ({id: task}, files with toid) or 'one' ({"1": task}, files.file)."""
    tasks = [t for t in HW.get((day, num, grp), []) if not t[2] or pupil in (None, INDIVIDUAL_FOR.get(t[0]))]
    if pupil is None:
        tasks = [t for t in tasks if not t[2]]
    homework, files = {}, []
    for n, (hid, text, individual, fl) in enumerate(tasks):
        key = str(hid) if style == "id" else str(n + 1)
        homework[key] = {"id": hid if style == "id" else str(hid), "value": text, "individual": individual}
        for name, link in fl:
            files.append({"toid": hid, "filename": name, "link": link} if style == "id" else {"filename": name, "link": link})
    return homework, (files if style == "id" else {"file": files})


# --- marks: pupil -> list of (day, num, nm, value, dict of fields) ---------------------------------------------
def mk(value, convert, count, weight=None, wf=None, ctype=None, cshort=None, comment=None, mtype=None):
    return {"value": value, "convert": convert, "count": count, "weight": weight, "weight_float": wf,
            "control_type": ctype, "control_type_short": cshort, "comment": comment, "mtype": mtype}


RU = ("Работа на уроке", "РУ", {"id": 1, "short": "РУ", "type": "Работа на уроке"})
KR = ("Контрольная работа", "КР", {"id": 4, "short": "КР", "type": "Контрольная работа"})
SR = ("Самостоятельная работа", "СР", {"id": 3, "short": "СР", "type": "Самостоятельная работа"})
DZ = ("Домашнее задание", "ДЗ", {"id": 2, "short": "ДЗ", "type": "Домашнее задание"})
SOCH = ("Сочинение", "СОЧ", {"id": 9, "short": "СОЧ", "type": "Сочинение"})


def w(kind, value, convert, weight, wf=None, comment=""):
    return mk(value, convert, True, weight, weight if wf is None else wf, kind[0], kind[1], comment, kind[2])


ABS = lambda v: mk(v, 0, False, 0, 0, "", "", "", None)  # noqa: E731
MARKS = {
    "71001": [
        ("20260302", 1, "1", w(RU, "5", 5, 1)),
        ("20260302", 2, "1", w(SR, "4-", 4, 2, "1.5", "ошибка в обособлении")),
        ("20260303", 2, "1", mk("5+", 5, True, None, None, None, None, None, None)),  # bare mark: no weight, type, comment
        ("20260304", 3, "1", w(DZ, "4", 4, 1)),
        ("20260305", 1, "1", w(RU, "5", 5, 1)),
        ("20260305", 2, "1", mk("осв", 0, False, 0, 0, "", "", "справка до 20.03", None)),
        ("20260306", 1, "1", ABS("н")),
        ("20260310", 3, "1", w(RU, "3", 3, 1, None, "не выучила наизусть")),
        ("20260311", 2, "1", w(SR, "5", 5, 2)),
        ("20260311", 2, "2", w(DZ, "4", 4, 1)),
        ("20260312", 1, "1", ABS("ОП")),
        ("20260313", 1, "1", w(KR, "4", 4, 3, "3")),
        ("20260313", 2, "1", w(SOCH, "5/4", 4.5, 2, None, "содержание 5, грамотность 4")),
        ("20260313", 3, "1", mk("", 0, False, 0, 0, "", "", "", None)),  # phantom
    ],
    "71002": [
        ("20260302", 1, "1", w(RU, "2", 2, 1, None, "не готов к уроку")),
        ("20260302", 3, "1", ABS("Н")),
        ("20260303", 1, "1", w(DZ, "4+", 4, 1)),
        ("20260304", 1, "1", ABS("оп")),
        ("20260305", 3, "1", mk("зч", 0, False, 1, 1, "Зачёт", "З", "", {"id": 11, "short": "З", "type": "Зачёт"})),
        ("20260306", 3, "1", w(SR, "3-", 3, 2, "2")),
        ("20260310", 2, "1", mk("б", 0, False, 0, 0, "", "", "", None)),
        ("20260311", 3, "1", w(RU, "1", 1, 1, None, "работа не выполнена")),
        ("20260312", 2, "1", mk("н/а", 0, False, 0, 0, "", "", "", None)),
        ("20260313", 1, "1", w(KR, "3", 3, 3)),
    ],
    "71003": [
        ("20260302", 2, "1", w(RU, "4", 4, 1)),
        ("20260303", 1, "1", w(SR, "3/5", 4, 1, None, "первая часть 3, вторая 5")),
        ("20260303", 3, "1", mk("у", 0, False, 0, 0, "", "", "", None)),
        ("20260304", 2, "1", w(SR, "5-", 5, 2)),
        ("20260305", 1, "1", mk("уп", 0, False, 0, 0, "", "", "", None)),
        ("20260306", 2, "1", mk("нз", 0, False, 1, 1, "Зачёт", "З", "не сдан пересказ", {"id": 11, "short": "З", "type": "Зачёт"})),
        ("20260310", 1, "1", mk("зач", 0, False, 1, 1, "Зачёт", "З", "", {"id": 11, "short": "З", "type": "Зачёт"})),
        ("20260311", 1, "1", w(DZ, "4", 4, 1)),
        ("20260312", 3, "1", w(RU, "5", 5, 1)),
        ("20260313", 1, "1", w(KR, "2", 2, 3, "3", "повторить способ сложения")),
    ],
}
# marks of the quarter before the fortnight (getmarks only): pupil -> (date, subject, lesson_id, value, fields)
EARLY = {
    "71001": [("2026-02-11", "Алгебра", "902111", w(KR, "5", 5, 3))],
    "71002": [("2026-02-11", "Алгебра", "902111", w(KR, "4", 4, 3))],
    "71003": [("2026-02-11", "Алгебра", "902111", w(KR, "3", 3, 3))],
}


def subject_of(day, num):
    return WEEK[weekday(day)][num - 1]


def diary_mark(pupil, day, num, nm, m, lid, *, strings=False, drop_optional=False):
    out = {"value": m["value"], "countas": str(m["convert"]), "count": m["count"], "convert": m["convert"],
           "date": f"{day[:4]}-{day[4:6]}-{day[6:]}", "lesson_id": lid, "nm": nm}
    if m["weight"] is not None:
        out["weight"] = m["weight"]
        out["weight_float"] = m["weight_float"] if m["weight_float"] is not None else m["weight"]
    if m["control_type"] is not None:
        out["control_type"], out["control_type_short"] = m["control_type"], m["control_type_short"]
    if m["comment"] is not None:
        out["comment"] = m["comment"]
    if not strings and m["value"] in ("н", "Н", "оп", "ОП"):
        out["countas"] = 0
    if strings:
        out["count"] = "1" if m["count"] else "0"
        out["weight_float"] = str(out.get("weight_float", "")) if "weight_float" in out else None
        if out["weight_float"] is None:
            del out["weight_float"]
        out["color_hex"] = None
    return out


def pupil_day(pupil, day, *, items_as, times_short, hw_style, strings):
    grp = PUPILS[pupil][1]
    if day == HOLIDAY:
        return {"name": day, "title": DAYNAME[weekday(day)], "alert": "vacation", "holiday_name": HOLIDAY_NAME,
                "items": [] if items_as == "array" else {}}
    items = lessons_of(day, grp, short_times=times_short)
    for item in items:
        num = int(item["num"])
        g = item.get("grp")
        hw, files = hw_of(day, num, g, pupil, style=hw_style)
        item["homework"], item["files"], item["resources"] = hw, files, []
        item["assessments"] = [diary_mark(pupil, day, str(num), nm, m, item["lesson_id"], strings=strings)
                               for d, n, nm, m in MARKS[pupil] if d == day and n == num]
    extday = EXTDAY.get((pupil, day))
    out = {"name": day, "title": DAYNAME[weekday(day)],
           "items": items if items_as == "array" else {it["num"]: it for it in items}}
    if extday:
        out["items_extday"] = [extday]
    return out


EXTDAY = {("71002", "20260304"): {"name": "Шахматы", "teacher": "Карпов Андрей Ильич", "grp": "",
                                  "topic": "Эндшпиль: ладья против пешки", "sort": 900,
                                  "homework": [{"id": 6601030, "individual": False,
                                                "value": "Решить этюды 12–15 из сборника"}]}}


def students(pupil, body, as_array):
    full = dict({"name": pupil, "title": PUPILS[pupil][0]}, **body)
    return [full] if as_array else {pupil: full}


def getdiary(pupil, days, *, items_as, times_short, hw_style, strings, students_array):
    return ok({"students": students(pupil, {"parent_signed": False, "days": {
        d: pupil_day(pupil, d, items_as=items_as, times_short=times_short, hw_style=hw_style, strings=strings)
        for d in days}}, students_array)})


def class_day(day, *, items_as, times_short, with_hw=None):
    if day == HOLIDAY:
        return {"name": day, "title": DAYNAME[weekday(day)], "alert": "vacation", "holiday_name": HOLIDAY_NAME,
                "items": {} if items_as == "object" else []}
    items = lessons_of(day, None, short_times=times_short)
    if items_as == "object":  # keyed by lesson number; the two halves of English share a number: list them by sort
        keyed = {}
        for it in items:
            key = it["num"] if it["num"] not in keyed else f"{it['num']}_{it['grp'][0]}"
            keyed[key] = it
        return {"name": day, "title": DAYNAME[weekday(day)], "items": keyed}
    return {"name": day, "title": DAYNAME[weekday(day)], "items": items}


def class_hw_day(day, *, style, items_as):
    if day == HOLIDAY:
        return {"name": day, "title": DAYNAME[weekday(day)], "alert": "vacation", "holiday_name": HOLIDAY_NAME,
                "items": []}
    items = []
    for item in lessons_of(day, None, rings=False, extra=False):
        num, g = int(item["num"]), item.get("grp")
        hw, files = hw_of(day, num, g, None, style=style)
        if not hw:
            continue
        entry = {"name": item["name"], "grp": g, "homework": hw, "files": files}
        if style == "id":
            entry.update(num=item["num"], lesson_id=item["lesson_id"], teacher=item["teacher"])
        items.append(entry)
    if items_as == "object":
        return {"name": day, "title": DAYNAME[weekday(day)], "items": {str(i + 1): it for i, it in enumerate(items)}}
    return {"name": day, "title": DAYNAME[weekday(day)], "items": items}


def pupil_hw(pupil, days, *, style, students_array, by_name=False):
    out = {}
    for day in days:
        if day == HOLIDAY:
            out[day] = {"name": day, "title": DAYNAME[0], "alert": "vacation", "holiday_name": HOLIDAY_NAME, "items": []}
            continue
        items = []
        for item in lessons_of(day, PUPILS[pupil][1], rings=False, extra=False):
            hw, files = hw_of(day, int(item["num"]), item.get("grp"), pupil, style=style)
            if hw:
                if by_name:
                    for task in hw.values():
                        task["lesson"] = item["name"]
                items.append({"name": item["name"], "num": item["num"], "grp": item.get("grp"), "homework": hw,
                              "files": files})
        out[day] = {"name": day, "title": DAYNAME[weekday(day)],
                    "items": {it["name"]: it for it in items} if by_name else items}
    return ok({"students": students(pupil, {"days": out}, students_array)})


def pupil_schedule(pupil, days, *, students_array, items_as):
    out = {}
    for day in days:
        if day == HOLIDAY:
            out[day] = {"name": day, "title": DAYNAME[0], "alert": "vacation", "holiday_name": HOLIDAY_NAME,
                        "items": {}}
            continue
        items = lessons_of(day, PUPILS[pupil][1], short_times=True)
        out[day] = {"name": day, "title": DAYNAME[weekday(day)],
                    "items": items if items_as == "array" else {it["num"]: it for it in items}}
    return ok({"students": students(pupil, {"days": out}, students_array)})


AVERAGES = {"71001": {"Алгебра": "4.60"}, "71002": {"Алгебра": "3.29"}, "71003": {"Алгебра": "3.13"}}


def getmarks(pupil, *, variant):
    subjects = {}
    for date, subject, lid, m in EARLY[pupil]:
        subjects.setdefault(subject, []).append((date, lid, "1", m, None))
    for day, num, nm, m in MARKS[pupil]:
        subject = subject_of(day, num)
        g = PUPILS[pupil][1] if subject == "Английский язык" else None
        subjects.setdefault(subject, []).append((f"{day[:4]}-{day[4:6]}-{day[6:]}", lesson_id(day, num, g), nm, m,
                                                 TOPICS[(day, num)]))
    lessons = []
    for subject, marks in subjects.items():
        rows = []
        for date, lid, nm, m, topic in marks:
            row = {"value": m["value"], "countas": str(m["convert"]), "count": m["count"], "convert": m["convert"],
                   "date": date, "lesson_id": lid, "nm": nm, "lesson_comment": topic, "max_mark": None}
            if m["weight"] is not None:
                row["weight"] = m["weight"]
                row["weight_float"] = m["weight_float"] if m["weight_float"] is not None else m["weight"]
            if m["comment"] is not None:
                row["comment"] = m["comment"]
            if m["mtype"] is not None:
                row["mtype"] = m["mtype"]
            if variant == "strings":
                row["count"] = "true" if m["count"] else "false"
                if "weight_float" in row:
                    row["weight_float"] = str(row["weight_float"])
            rows.append(row)
        lesson = {"name": subject, "average": AVERAGES[pupil].get(subject, ""), "lesson_id": str(1200 + len(lessons)),
                  "marks": rows}
        if subject in AVERAGES[pupil]:
            lesson["averageConvert"] = round(float(AVERAGES[pupil][subject]))
        lessons.append(lesson)
    return ok({"students": students(pupil, {"lessons": lessons}, variant == "strings")})


FINALS = {
    "71001": [("Алгебра", [("I", "5", ""), ("II", "5", "")]), ("Русский язык", [("I", "4", ""), ("II", "5", "")]),
              ("Физическая культура", [("I", "осв", "справка"), ("II", "осв", "справка")]),
              ("Английский язык", [("I", "5", ""), ("II", "4", "")])],
    "71002": [("Алгебра", [("I", "3", ""), ("II", "4", "")]), ("История", [("I", "4", ""), ("II", "3", "")]),
              ("Биология", [("I", "зч", ""), ("II", "зч", "")])],
    "71003": [("Алгебра", [("I", "3", ""), ("II", "3", "повторить формулы сокращённого умножения")]),
              ("Литература", [("I", "4", ""), ("II", "н/а", "болел")]),
              ("Физика", [("I", "4", ""), ("II", "5", "")])],
}


def getfinal(pupil, as_array, with_convert):
    items = []
    for subject, rows in FINALS[pupil]:
        ass = []
        for period, value, comment in rows:
            a = {"period": period, "value": value, "comment": comment}
            if with_convert and value.isdigit():
                a["convert"] = int(value)
            ass.append(a)
        items.append({"name": subject, "assessments": ass})
    return ok({"students": students(pupil, {"items": items}, as_array)})


PERIODS = [("I", "1 четверть", "20250901", "20251026"), ("II", "2 четверть", "20251105", "20251228"),
           ("III", "3 четверть", "20260112", "20260320"), ("IV", "4 четверть", "20260330", "20260526")]


def getperiods(pupil, *, weeks, strings, as_array):
    periods = []
    for name, full, start, end in PERIODS:
        p = {"name": name, "fullname": full, "start": start, "end": end,
             "disabled": "0" if strings else False, "ambigious": None}
        if weeks:
            p["weeks"] = ([{"start": "20260302", "end": "20260308", "title": "02.03 - 08.03"},
                           {"start": "20260309", "end": "20260315", "title": "09.03 - 15.03"}] if name == "III" else [])
        periods.append(p)
    periods.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": "0" if strings else False,
                    "ambigious": "1" if strings else True, **({"weeks": []} if weeks else {})})
    body = {"name": pupil, "title": PUPILS[pupil][0], "periods": periods}
    return ok({"students": [body] if as_array else {pupil: body}})


def getrules(parent, title, children):
    last, first, middle = title.split()
    studs = {}
    for pupil in children:
        name = PUPILS[pupil][0]
        studs[pupil] = {"rules": ["getdiary", "getmarks", "getschedule", "gethomework", "getfinalassessments"],
                        "rel": "child", "name": pupil, "title": name, "lastname": name.split()[0],
                        "firstname": name.split()[1], "gender": "female" if name.endswith("а") else "male",
                        "class": CLASS, "parallel": "7", "city": "Тверь"}
    return ok({"roles": ["parent"], "relations": {
        "students": studs,
        "groups": {CLASS: {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": CLASS, "parallel": 7,
                           "balls": 5, "hometeacher_id": "30512", "hometeacher_name": "Орлова Татьяна Викторовна",
                           "hometeacher_lastname": "Орлова", "hometeacher_firstname": "Татьяна",
                           "hometeacher_middlename": "Викторовна"}},
        "schools": [{"title": "Лицей № 12", "title_full": "МОУ «Лицей № 12» г. Твери", "number": 12,
                     "inn": "6900000012", "kpp": "690001001"}]},
        "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
        "id": parent, "name": parent, "title": title, "lastname": last, "firstname": first, "middlename": middle,
        "email": "", "region": "Тверская область", "city": "Тверь", "vendor": VENDOR, "vendor_id": 8112})


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


W1, W2, BOTH = "20260302-20260306", "20260309-20260313", "20260302-20260313"
Q3 = "20260112-20260320"
steps = [
    {"name": "01 getrules of two parents (bare method and full school-host URL) and getperiods of two pupils "
             "(students as array and as object, booleans as strings) (A.2, A.3 getrules, Period, A.5 E1)",
     "batches": [[
         rec("getrules", getrules("50101", "Белова Ольга Сергеевна", ["71001", "71002"]), "2026-03-01T10:00:00+03:00"),
         rec(f"{HOST}getrules?{DEV}", getrules("50102", "Гусева Ирина Павловна", ["71003"]), "2026-03-01T10:01:00+03:00"),
         rec("getperiods?student=71001&weeks=__yes", getperiods("71001", weeks=True, strings=False, as_array=True),
             "2026-03-01T10:02:00+03:00"),
         rec(f"{CENTRAL}getperiods?{DEV}&student=71003&weeks=true&show_disabled=true",
             getperiods("71003", weeks=True, strings=True, as_array=False), "2026-03-01T10:03:00+03:00"),
     ]]},
    {"name": "02 the class's schedule and homework by class, both weeks: items as object and as array, times "
             "HH:MM:SS and HH:MM, homework keyed by \"1\" with files.file and keyed by id with files[].toid, the "
             "vacation Monday (A.2 class=, A.3 Day, Lesson item, A.5 E5)",
     "batches": [[
         rec(f"getschedule?class={CLASS}&days={W1}&rings=__yes",
             ok({"days": {d: class_day(d, items_as="array", times_short=False) for d in WEEK1}}),
             "2026-03-13T18:00:00+03:00"),
         rec(f"/apiv3/getschedule?class={CLASS}&days={W2}&rings=__yes",
             ok({"days": {d: class_day(d, items_as="array", times_short=True) for d in WEEK2}}),
             "2026-03-13T18:00:30+03:00"),
         rec(f"gethomework?class={CLASS}&days={W1}",
             ok({"days": {d: class_hw_day(d, style="one", items_as="array") for d in WEEK1}}),
             "2026-03-13T18:01:00+03:00"),
         rec(f"{HOST}gethomework?{DEV}&class={CLASS}&days={W2}",
             ok({"days": {d: class_hw_day(d, style="id", items_as="object") for d in WEEK2}}),
             "2026-03-13T18:01:30+03:00"),
     ]]},
    {"name": "03 getschedule by pupil over the fortnight (students as object and as array, items as array and "
             "object) (A.2 student=, A.3 Day)",
     "batches": [[
         rec(f"getschedule?student=71001&days={BOTH}&rings=__yes",
             pupil_schedule("71001", WEEK1 + WEEK2, students_array=False, items_as="array"), "2026-03-13T18:02:00+03:00"),
         rec(f"{CENTRAL}getschedule?{DEV}&student=71002&days={BOTH}&rings=true",
             pupil_schedule("71002", WEEK1 + WEEK2, students_array=True, items_as="object"), "2026-03-13T18:02:30+03:00"),
     ]]},
    {"name": "04 getdiary of the three pupils, one answer per week: items as object then array, homework keyed by "
             "id (files with toid) then by \"1\" (files.file), marks with and without weight/comment/control type, "
             "count/weight_float as strings, every A.6 entry (A.3 Lesson item, Assessment, A.5 E2, A.6)",
     "batches": [[
         rec(f"getdiary?student={p}&days={W1}&rings=__yes",
             getdiary(p, WEEK1, items_as="object", times_short=False, hw_style="id", strings=False,
                      students_array=False), f"2026-03-13T18:1{i}:00+03:00")
         for i, p in enumerate(PUPILS)] + [
         rec(f"{HOST}getdiary?{DEV}&student={p}&days={W2}&rings=__yes",
             getdiary(p, WEEK2, items_as="array", times_short=True, hw_style="one", strings=True,
                      students_array=(p == "71002")), f"2026-03-13T18:2{i}:00+03:00")
         for i, p in enumerate(PUPILS)]]},
    {"name": "05 gethomework by pupil (students as object and as array; homework keyed by id and by \"1\") "
             "(A.2 gethomework student=)",
     "batches": [[
         rec(f"gethomework?student=71001&days={BOTH}", pupil_hw("71001", WEEK1 + WEEK2, style="id", students_array=False,
                                                                     by_name=True),
             "2026-03-13T18:30:00+03:00"),
         rec(f"/apiv3/gethomework?student=71003&days={BOTH}",
             pupil_hw("71003", WEEK1 + WEEK2, style="one", students_array=True), "2026-03-13T18:30:30+03:00"),
     ]]},
    {"name": "06 getmarks of the three pupils over quarter III: mtype, lesson_comment, numbers as strings "
             "(A.3 SubjectMarks, A.5 E3)",
     "batches": [[
         rec(f"getmarks?student=71001&days={Q3}", getmarks("71001", variant="plain"), "2026-03-13T19:00:00+03:00"),
         rec(f"{HOST}getmarks?{DEV}&student=71002&days={Q3}", getmarks("71002", variant="strings"),
             "2026-03-13T19:00:30+03:00"),
         rec(f"https://lic12.eljur.ru/api/getmarks?{DEV}&student=71003&days={Q3}", getmarks("71003", variant="plain"),
             "2026-03-13T19:01:00+03:00"),
     ]]},
    {"name": "07 getfinalassessments of the three pupils (students object and array, with and without convert; "
             "осв, зч, н/а) (A.3 Final assessment, A.5 E4)",
     "batches": [[
         rec("getfinalassessments?student=71001", getfinal("71001", False, True), "2026-03-13T19:10:00+03:00"),
         rec(f"{CENTRAL}getfinalassessments?{DEV}&student=71002", getfinal("71002", True, False),
             "2026-03-13T19:10:30+03:00"),
         rec("/apiv3/getfinalassessments?student=71003", getfinal("71003", False, False), "2026-03-13T19:11:00+03:00"),
     ]]},
]

journey = {"vendor": "elzhur",
           "description": "Лицей № 12 (vendor lic12, Тверь), class 7А, 2-13 March 2026 (quarter III): an endpoint "
                          "sweep of every Eljur method a parent reads, each at least twice, in every shape variant "
                          "the reference shows (items/students as object and array, homework keyed by id and by "
                          "\"1\", files[] with toid and files.file, bare method, full URL and /apiv3/ requests, "
                          "numbers and booleans as strings, the whole A.6 vocabulary).",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
