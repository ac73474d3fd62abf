"""Builds journey.json for corpus elzhur_36 (standard library only, deterministic).

Школа № 36, Петропавловск-Камчатский (UTC+12, no DST), classes 7А and 7Б, 2025/26. A nightly sync job pulls
just after local midnight (still the previous day in UTC and in Moscow) and an evening job just before it;
its runners stamp `pulled_at` three ways: with `Z`, with `+12:00`, and as naive local time.
Written from shared/reference/elzhur_mesh.md Part A only.
"""
import datetime as dt
import json
from pathlib import Path

SCH = "kamch36"
TIMES = {"1": ("08:00:00", "08:40:00"), "2": ("08:50:00", "09:30:00"), "3": ("09:45:00", "10:25:00"),
         "4": ("10:40:00", "11:20:00")}
T = {"alg": "Гончаренко Ирина Васильевна", "geo": "Тихонов Павел Сергеевич", "rus": "Мельникова Светлана Юрьевна",
     "lit": "Мельникова Светлана Юрьевна", "phys": "Заболотный Роман Игоревич", "hist": "Петренко Олег Николаевич",
     "en1": "Ястребова Дарья Максимовна", "en2": "Кравец Юлия Андреевна", "inf": "Лысенко Артём Олегович",
     "bio": "Сазонова Лариса Геннадьевна", "gg": "Тихонов Павел Сергеевич", "pe": "Рыбаков Антон Викторович",
     "mus": "Ушакова Елена Петровна", "en7b": "Кравец Юлия Андреевна", "alg7b": "Завьялова Марина Олеговна"}
# class -> weekday (0 Mon, 1 Tue, 2 Wed) -> [(num, subject, teacher, room, grp)]
SPLIT = [("2", "Английский язык", "en1", "214", "1"), ("2", "Информатика", "inf", "302", "2"),
         ("3", "Информатика", "inf", "302", "1"), ("3", "Английский язык", "en2", "216", "2")]
PLAN = {
    "7А": {0: [("1", "Алгебра", "alg", "107", None)] + SPLIT + [("4", "История", "hist", "110", None)],
           1: [("1", "Русский язык", "rus", "105", None), ("2", "Физика", "phys", "201", None),
               ("3", "Литература", "lit", "105", None), ("4", "Геометрия", "alg", "107", None)],
           2: [("1", "География", "gg", "204", None)] + SPLIT + [("4", "Алгебра", "alg", "107", None)]},
    "7Б": {0: [("1", "Геометрия", "alg7b", "108", None), ("2", "Русский язык", "rus", "105", None),
               ("3", "Биология", "bio", "203", None), ("4", "Английский язык", "en7b", "216", None)],
           1: [("1", "Алгебра", "alg7b", "108", None), ("2", "История", "hist", "110", None),
               ("3", "Английский язык", "en7b", "216", None), ("4", "Физическая культура", "pe", "спортзал", None)],
           2: [("1", "Литература", "lit", "105", None), ("2", "Алгебра", "alg7b", "108", None),
               ("3", "География", "gg", "204", None), ("4", "Музыка", "mus", "301", None)]},
}
TOPICS = {
    "Алгебра": ["Степень с натуральным показателем", "Одночлены", "Многочлены", "Сложение многочленов",
                "Умножение одночлена на многочлен", "Вынесение общего множителя"],
    "Геометрия": ["Признаки равенства треугольников", "Медианы и биссектрисы", "Равнобедренный треугольник",
                  "Параллельные прямые", "Задачи на построение", "Сумма углов треугольника"],
    "Английский язык": ["Past Simple", "Irregular verbs", "Travelling", "Kamchatka volcanoes", "Going to",
                        "Future Simple"],
    "Информатика": ["Кодирование информации", "Единицы измерения", "Файлы и папки", "Алгоритмы", "Исполнители",
                    "Ветвление"],
    "История": ["Смутное время", "Первые Романовы", "Соборное уложение", "Освоение Сибири",
                "Экспедиция Дежнёва", "Церковный раскол"],
    "Русский язык": ["Причастие", "Причастный оборот", "Деепричастие", "Деепричастный оборот", "Наречие",
                     "Правописание наречий"],
    "Физика": ["Плотность вещества", "Сила тяжести", "Вес тела", "Динамометр", "Трение", "Давление"],
    "Литература": ["Гоголь «Тарас Бульба»", "Тургенев «Бирюк»", "Некрасов «Русские женщины»",
                   "Лесков «Левша»", "Толстой «Детство»", "Чехов «Хамелеон»"],
    "География": ["Материки и океаны", "Африка: рельеф", "Австралия", "Тихий океан", "Курильские острова",
                  "Климат Камчатки"],
    "Биология": ["Простейшие", "Кишечнополостные", "Черви", "Моллюски", "Членистоногие", "Рыбы"],
    "Физическая культура": ["Волейбол: подача", "Баскетбол", "Гимнастика", "Лыжная подготовка",
                            "Эстафеты", "Опорный прыжок"],
    "Музыка": ["Опера", "Балет", "Симфония", "Романс", "Джаз", "Музыка народов Севера"],
}
DAYNAME = ["Понедельник", "Вторник", "Среда"]
WINDOWS = {1: dt.date(2025, 11, 3), 2: dt.date(2025, 11, 17), 3: dt.date(2025, 12, 1)}  # Mondays, Mon-Wed each
VACATION = {"20251103": "Выходной день (перенос с 1 ноября)", "20251104": "День народного единства"}
PUPILS = {"36101": ("Ковалёв Тимофей", "Ковалёв", "Тимофей", "male"),
          "36102": ("Белова Алиса", "Белова", "Алиса", "female"),
          "36103": ("Шевченко Данил", "Шевченко", "Данил", "male"),
          "36104": ("Ким Виктория", "Ким", "Виктория", "female")}
PARENTS = {"36101": ("46101", "Ковалёва Наталья Игоревна"), "36102": ("46102", "Белов Сергей Андреевич"),
           "36103": ("46103", "Шевченко Оксана Викторовна"), "36104": ("46104", "Ким Елена Юрьевна")}
HOMETEACHER = {"7А": ("89361", "Гончаренко Ирина Васильевна"), "7Б": ("89362", "Тихонов Павел Сергеевич")}
# (pupil, day) -> (class, English/Informatics subgroup)
def where(p, day):
    if p == "36101":
        return ("7А", "2") if day <= dt.date(2025, 11, 17) else ("7Б", None)
    if p == "36102":
        return ("7А", "1") if day < dt.date(2025, 12, 3) else ("7А", "2")
    if p == "36103":
        return ("7А", "2")
    return ("7Б", None)


# marks: (pupil, day, num) -> [assessment spec]
MARK = lambda v, conv, w, ct, cts, comment="", countas=None: {  # noqa: E731
    "value": v, "countas": countas or str(conv), "count": True, "convert": conv, "weight": w, "weight_float": w,
    "control_type": ct, "control_type_short": cts, "comment": comment}
ABS = lambda v: {"value": v, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,  # noqa: E731
                 "control_type": "", "control_type_short": "", "comment": ""}
RU = ("Работа на уроке", "РУ")
SR = ("Самостоятельная работа", "СР")
KR = ("Контрольная работа", "КР")
MARKS = {
    ("36101", "20251105", "1"): [MARK("4", 4, 1, *RU, "контурная карта не подписана")],
    ("36102", "20251105", "1"): [MARK("5", 5, 1, *RU)],
    ("36103", "20251105", "1"): [ABS("н")],
    ("36104", "20251105", "1"): [MARK("5", 5, 1, *RU)],
    ("36101", "20251117", "1"): [MARK("4", 4, 2, *SR)],
    ("36102", "20251117", "1"): [MARK("3", 3, 2, *SR, "ошибки в знаках")],
    ("36103", "20251117", "1"): [MARK("5", 5, 2, *SR)],
    ("36101", "20251118", "1"): [MARK("5", 5, 1, *RU, "у доски")],
    ("36104", "20251118", "1"): [MARK("4-", 4, 1, *RU, "", "3.75")],
    ("36103", "20251119", "3"): [MARK("4", 4, 1, *RU)],
    ("36104", "20251119", "1"): [MARK("5", 5, 1, *RU, "выразительное чтение")],
    ("36102", "20251201", "1"): [ABS("оп")],
    ("36103", "20251201", "1"): [MARK("5", 5, 2, *KR)],
    ("36102", "20251201", "2"): [MARK("5", 5, 1, *RU)],
    ("36102", "20251203", "3"): [MARK("4", 4, 1, *RU, "первый урок во 2 группе")],
    ("36103", "20251203", "1"): [MARK("4", 4, 1, *RU)],
    ("36101", "20251203", "2"): [MARK("3", 3, 2, *KR, "переписать до 10.12")],
    ("36104", "20251203", "2"): [MARK("5", 5, 2, *KR)],
}
EXTDAY = {"20251202": {"name": "Робототехника", "teacher": "Лысенко Артём Олегович", "grp": "Робототехника 7А",
                       "topic": "Датчик расстояния", "homework": [], "sort": 900,
                       "starttime": "18:30:00", "endtime": "19:10:00"}}
EXTDAY_PUPILS = {"36102", "36103"}


def key(day):
    return day.strftime("%Y%m%d")


def lesson_id(cls, day, num, grp):
    return f"{36 if cls == '7А' else 37}{day.strftime('%m%d')}{num}{grp or 0}"


def item(cls, day, entry, pupil=None):
    num, subj, tk, room, grp = entry
    window = min(WINDOWS, key=lambda k: abs((WINDOWS[k] - day).days))
    topic = TOPICS[subj][((window - 1) * 3 + day.weekday()) % 6]
    it = {"num": num, "name": subj, "room": room, "teacher": T[tk], "sort": int(num) * 100,
          "lesson_id": lesson_id(cls, day, num, grp), "topic": topic, "is_control": False,
          "starttime": TIMES[num][0], "endtime": TIMES[num][1]}
    if grp:
        it["grp"], it["grp_short"] = f"{grp} группа", f"{grp} гр."
    if pupil is None:
        return it
    hw = {}
    if num == "1" or grp or subj == "Английский язык":
        hid = int("7" + lesson_id(cls, day, num, grp))
        if subj == "Английский язык":
            text = f"{cls}{' ' + grp + ' гр.' if grp else ''}: Workbook p. {day.day + 20}, ex. {int(num) + 2}"
        elif subj == "Информатика":
            text = f"{cls} {grp} гр.: § {day.day % 9 + 1}, вопросы 1–{3 + int(grp)}"
        else:
            text = {"Алгебра": f"№ {day.day * 10 + 3}, {day.day * 10 + 5}", "География": f"§ {day.day}, контурная карта",
                    "Русский язык": f"Упр. {day.day * 4 + 1}", "Геометрия": f"№ {day.day + 100} (чертёж)",
                    "Литература": f"Читать стр. {day.day * 3}–{day.day * 3 + 12}"}[subj] + f" ({cls})"
        hw[str(hid)] = {"id": hid, "value": text, "individual": False}
    marks = []
    for n, spec in enumerate(MARKS.get((pupil, key(day), num), []), 1):
        marks.append({**spec, "date": day.isoformat(), "lesson_id": it["lesson_id"], "nm": str(n), "color_hex": None})
    it.update({"homework": hw, "files": [], "resources": [], "assessments": marks})
    return it


def env(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def days_of(w):
    return [WINDOWS[w] + dt.timedelta(days=d) for d in range(3)]


def day_obj(k, d, items, as_array=False):
    if k in VACATION:
        return {"name": k, "title": DAYNAME[d], "alert": "vacation", "holiday_name": VACATION[k],
                "items": [] if as_array else {}}
    return {"name": k, "title": DAYNAME[d], "items": items}


def schedule(cls, w, pulled):
    days = {}
    for day in days_of(w):
        k = key(day)
        days[k] = day_obj(k, day.weekday(), [item(cls, day, e) for e in PLAN[cls][day.weekday()]])
    rng = f"{key(days_of(w)[0])}-{key(days_of(w)[-1])}"
    return {"request": f"getschedule?class={cls}&days={rng}&rings=__yes", "body": env({"days": days}),
            "pulled_at": pulled}


def diary(p, dates, pulled):
    days = {}
    for day in dates:
        k = key(day)
        cls, grp = where(p, day)
        items = [item(cls, day, e, p) for e in PLAN[cls][day.weekday()] if e[4] in (None, grp)]
        as_array = p == "36104"  # her answers come with items as an array (A.3: object or array)
        d = day_obj(k, day.weekday(), items if as_array else {it["num"]: it for it in items}, as_array)
        if k in EXTDAY and p in EXTDAY_PUPILS:
            d["items_extday"] = [EXTDAY[k]]
        days[k] = d
    rng = f"{key(dates[0])}-{key(dates[-1])}"
    return {"request": f"getdiary?student={p}&days={rng}&rings=__yes",
            "body": env({"students": {p: {"name": p, "title": PUPILS[p][0], "parent_signed": False, "days": days}}}),
            "pulled_at": pulled}


def rules(p, cls, pulled):
    parent, title = PARENTS[p]
    full, last, first, gender = PUPILS[p]
    students = {p: {"rel": "child", "name": p, "title": full, "lastname": last, "firstname": first, "gender": gender,
                    "class": cls, "parallel": "7", "city": "Петропавловск-Камчатский",
                    "rules": ["getdiary", "getmarks", "getschedule", "gethomework", "getperiods"]}}
    tid, tname = HOMETEACHER[cls]
    groups = {cls: {"rel": "homeclass", "name": cls, "parallel": "7", "balls": 5, "hometeacher_id": tid,
                    "hometeacher_name": tname}}
    return {"request": "getrules", "body": env({
        "roles": ["parent"], "relations": {"students": students, "groups": groups, "schools": [
            {"title": "Школа № 36", "title_full": "МАОУ «Средняя школа № 36» Петропавловск-Камчатского городского округа",
             "number": "36", "inn": "4101036036", "kpp": "410101001"}]},
        "allowedSections": ["diary", "marks", "finalmarks", "schedule"], "id": parent, "name": parent,
        "title": title, "email": "", "region": "Камчатский край", "city": "Петропавловск-Камчатский",
        "vendor": SCH, "vendor_id": 4136}), "pulled_at": pulled}


def periods(p, pulled):
    per = [{"name": "I", "fullname": "1 четверть", "start": "20250901", "end": "20251026"},
           {"name": "II", "fullname": "2 четверть", "start": "20251105", "end": "20251228"},
           {"name": "III", "fullname": "3 четверть", "start": "20260112", "end": "20260322"},
           {"name": "IV", "fullname": "4 четверть", "start": "20260401", "end": "20260531"}]
    per = [{**x, "disabled": False, "ambigious": None, "weeks": []} for x in per]
    per.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
                "weeks": []})
    return {"request": f"getperiods?student={p}&weeks=__yes&show_disabled=__yes",
            "body": env({"students": [{"name": p, "title": PUPILS[p][0], "periods": per}]}), "pulled_at": pulled}


def all_marks(p):
    """Every mark of pupil p as his getdiary answers give it, for getmarks (A.3 SubjectMarks)."""
    found = {}
    for w in WINDOWS:
        for day in days_of(w):
            if key(day) in VACATION:
                continue
            cls, grp = where(p, day)
            for e in PLAN[cls][day.weekday()]:
                if e[4] not in (None, grp):
                    continue
                it = item(cls, day, e, p)
                for m in it["assessments"]:
                    found.setdefault(e[1], []).append({**m, "lesson_comment": it["topic"], "max_mark": None,
                                                       "mtype": {"id": 1, "short": m["control_type_short"],
                                                                 "type": m["control_type"]} if m["count"] else None})
    return found


def getmarks(p, start, end, pulled):
    lessons = []
    for subj, marks in sorted(all_marks(p).items()):
        marks = [m for m in marks if start <= m["date"].replace("-", "") <= end]
        if not marks:
            continue
        counted = [m for m in marks if m["count"]]
        avg = (f"{sum(m['convert'] * m['weight_float'] for m in counted) / sum(m['weight_float'] for m in counted):.2f}"
               if counted else "")
        for m in marks:
            if m["mtype"] is None:
                del m["mtype"]
            for k in ("control_type", "control_type_short", "color_hex"):
                m.pop(k, None)
        lessons.append({"name": subj, "average": avg, "averageConvert": round(float(avg)) if avg else 0,
                        "lesson_id": str(9000 + sorted(TOPICS).index(subj)), "color_hex": None, "marks": marks})
    return {"request": f"getmarks?student={p}&days={start}-{end}",
            "body": env({"students": {p: {"name": p, "title": PUPILS[p][0], "lessons": lessons}}}), "pulled_at": pulled}


def homework_by_class(cls, w, pulled):
    days = {}
    for day in days_of(w):
        k = key(day)
        items = []
        for e in PLAN[cls][day.weekday()]:
            it = item(cls, day, e, "-")
            if it["homework"]:
                items.append({"name": it["name"], "grp": it.get("grp"), "homework": it["homework"], "files": []})
        days[k] = {"name": k, "title": DAYNAME[day.weekday()], "items": items}
    rng = f"{key(days_of(w)[0])}-{key(days_of(w)[-1])}"
    return {"request": f"gethomework?class={cls}&days={rng}", "body": env({"days": days}), "pulled_at": pulled}


D = dt.date
steps = [
    {"name": "01 Sunday 2 Nov, 23:30 local (naive pulled_at): getrules of the four parents; getperiods",
     "batches": [[rules("36101", "7А", "2025-11-02T23:30:00"), rules("36102", "7А", "2025-11-02T23:31:00"),
                  rules("36103", "7А", "2025-11-02T23:32:00"), rules("36104", "7Б", "2025-11-02T23:33:00")],
                 [periods("36102", "2025-11-02T23:40:00"), periods("36104", "2025-11-02T23:41:00")]]},
    {"name": "02 Monday 3 Nov 00:10 local (= 2 Nov 12:10Z, Sunday 15:10 in Moscow): class schedules 3-5 Nov; "
             "3 and 4 Nov are vacation days",
     "batches": [[schedule("7А", 1, "2025-11-02T12:10:00Z"), schedule("7Б", 1, "2025-11-02T12:11:00Z")]]},
    {"name": "03 Thursday 6 Nov 00:05 local (= 5 Nov 12:05Z): getdiary 3-5 Nov of the four pupils",
     "batches": [[diary(p, days_of(1), f"2025-11-05T12:0{i}:00Z") for i, p in enumerate(PUPILS, 5)]]},
    {"name": "04 Monday 17 Nov 00:10-00:20 local (= Sunday 16 Nov in UTC and Moscow): class schedules 17-19 Nov; "
             "Ковалёв's parent's getrules still shows 7А",
     "batches": [[schedule("7А", 2, "2025-11-16T12:10:00Z"), schedule("7Б", 2, "2025-11-16T12:11:00Z"),
                  rules("36101", "7А", "2025-11-17T00:20:00+12:00")]]},
    {"name": "05 Tuesday 18 Nov 00:20 local (+12:00): Ковалёв's parent's getrules shows 7Б (moved by order from "
             "18 Nov); Wednesday 19 Nov 23:55 local: getdiary 18-19 Nov of Ковалёв (7Б) and getdiary 17-19 Nov "
             "of the others",
     "batches": [[rules("36101", "7Б", "2025-11-18T00:20:00+12:00")],
                 [diary("36101", days_of(2)[1:], "2025-11-19T23:55:00+12:00"),
                  diary("36102", days_of(2), "2025-11-19T23:56:00+12:00"),
                  diary("36103", days_of(2), "2025-11-19T11:57:00Z"),
                  diary("36104", days_of(2), "2025-11-19T23:58:00+12:00")]]},
    {"name": "06 late delivery: Ковалёв's getdiary of Monday 17 Nov (still 7А), pulled Monday 17 Nov 23:50 local "
             "(naive pulled_at; 30 minutes before the getrules that showed 7Б), delivered after it",
     "batches": [[diary("36101", days_of(2)[:1], "2025-11-17T23:50:00")]]},
    {"name": "07 Monday 1 Dec 00:10 local (= 30 Nov 12:10Z): class schedules 1-3 Dec; gethomework of 7А",
     "batches": [[schedule("7А", 3, "2025-11-30T12:10:00Z"), schedule("7Б", 3, "2025-11-30T12:11:00Z")],
                 [homework_by_class("7А", 3, "2025-11-30T12:12:00Z")]]},
    {"name": "08 Monday 1 Dec 23:50 local (naive): getdiary 1 Dec of Белова (1 группа); Thursday 4 Dec 00:05 local "
             "(= 3 Dec 12:05Z): getdiary 2-3 Dec of Белова (2 группа from 3 Dec) and 1-3 Dec of the others",
     "batches": [[diary("36102", days_of(3)[:1], "2025-12-01T23:50:00")],
                 [diary("36102", days_of(3)[1:], "2025-12-03T12:05:00Z"),
                  diary("36101", days_of(3), "2025-12-03T12:06:00Z"),
                  diary("36103", days_of(3), "2025-12-04T00:07:00+12:00"),
                  diary("36104", days_of(3), "2025-12-03T12:08:00Z")]]},
    {"name": "09 Thursday 4 Dec 00:10 local (= 3 Dec 12:10Z): getmarks of the 2nd quarter (days 20251105-20251228)",
     "batches": [[getmarks(p, "20251105", "20251228", f"2025-12-03T12:1{i}:00Z") for i, p in enumerate(PUPILS)]]},
]
journey = {"vendor": "elzhur", "school": {"timezone": "Asia/Kamchatka"},
           "description": "Eljur corpus 36: Школа № 36 (Петропавловск-Камчатский, UTC+12), 7А/7Б, 2025/26: time "
                          "zones and midnight: pulls just after local midnight (still the previous day in UTC and "
                          "Moscow) and just before it, pulled_at with Z, +12:00 and naive local; a move 7А->7Б "
                          "dated by such pulls, an English/informatics subgroup switch, 08:00 lessons (the previous "
                          "evening in Moscow), an 18:30 extra-curricular lesson, two vacation days (written from "
                          "shared/reference/elzhur_mesh.md Part A only)",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
print(sum(len(b) for s in steps for b in s["batches"]), "records")
