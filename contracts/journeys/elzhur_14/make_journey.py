"""Elzhur corpus 14: class 7Г of Школа № 14 (vendor `sch14`), 16–27 February 2026, every answer written the way a
live, evolving API returns it (forward compatibility).

Standard library only, deterministic: `python make_journey.py` writes `journey.json` beside it.

The facts are those of an ordinary fortnight. What changes is the shape of every answer:

* fields the reference (elzhur_mesh.md Part A) does not list, at every nesting level: beside `response`, in
  `response`, in `result`, on the pupil, the day, the lesson item, the assessment, the homework, the file, the
  period, the relations (new keys and new sub-objects, `{}`, `[]`);
* `null` where a value is optional, `""` and empty containers;
* keys in another order (objects written reversed or sorted);
* numbers as strings and strings as numbers where the Part C client models show either: ids (A.4 "[C] coerce"),
  `nm`, `countas`, `weight_float`, `average`, `mtype.id`, `parallel`, a parent's `id`/`name`;
* booleans where the client models leave the type open: `disabled`/`ambigious` as `0`/`1`, `"false"`/`"true"`
  (BetterJournal `PeriodModel.ts` types both `z.unknown()`; NiceEljurOpen `PeriodResponse.kt` `ambigious: String?`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR = "sch14"
CLASS = "7Г"
PULL = "2026-02-{d:02d}T{h:02d}:00:00+03:00"

PUPILS = {"14101": ("Лаврова Ксения", "Лаврова", "Ксения", "female"),
          "14102": ("Мухин Тимофей", "Мухин", "Тимофей", "male"),
          "14103": ("Мухина Алиса", "Мухина", "Алиса", "female")}
PARENTS = {"61001": ("Лаврова Инна Сергеевна", ["14101"]), "61002": ("Мухин Глеб Андреевич", ["14102", "14103"])}

TEACHERS = {"Алгебра": ("Ершов Максим Андреевич", "31"), "Русский язык": ("Сафонова Лидия Павловна", "12"),
            "История": ("Гущин Степан Олегович", "8"), "Физика": ("Нестерова Вера Игоревна", "27"),
            "Литература": ("Сафонова Лидия Павловна", "12"), "Английский язык": ("Ким Дарья Романовна", "40"),
            "География": ("Ткачёва Алла Викторовна", "19")}
WEEKDAY_SUBJECTS = {0: ["Алгебра", "Русский язык", "История"], 1: ["Физика", "Алгебра", "Литература"],
                    2: ["Русский язык", "Английский язык", "География"], 3: ["Алгебра", "Физика", "История"],
                    4: ["Литература", "Русский язык", "Английский язык"]}
DAY_TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:25", "11:10")}
# date -> weekday (0 = Monday); 23 February is a public holiday (vacation day)
WEEK1 = [(16, 0), (17, 1), (18, 2), (19, 3), (20, 4)]
WEEK2 = [(23, 0), (24, 1), (25, 2), (26, 3), (27, 4)]
HOLIDAY = 23
TOPICS = {"Алгебра": ["Линейная функция", "График линейной функции", "Системы уравнений", "Решение задач",
                      "Способ подстановки", "Способ сложения"],
          "Русский язык": ["Причастный оборот", "Деепричастие", "Знаки препинания", "Диктант", "Работа над ошибками",
                           "Наречие"],
          "История": ["Смутное время", "Первые Романовы", "Соборное уложение", "Церковный раскол"],
          "Физика": ["Давление твёрдых тел", "Давление газа", "Закон Паскаля", "Сообщающиеся сосуды"],
          "Литература": ["«Тарас Бульба»: образы", "«Тарас Бульба»: сочинение", "Лирика Лермонтова",
                         "«Песня про купца Калашникова»"],
          "Английский язык": ["Past Continuous", "Reading: At the museum", "Irregular verbs", "Listening"],
          "География": ["Климат Африки", "Природные зоны Африки"]}

# (pupil, day, num) -> (value, weight, work type, short, comment, count)
MARKS = {
    ("14101", 16, 1): ("5", 1, "Работа на уроке", "РУ", "", True),
    ("14101", 17, 1): ("4", 2, "Самостоятельная работа", "СР", "", True),
    ("14101", 18, 2): ("н", 0, "", "", "", False),
    ("14101", 19, 1): ("4-", 1, "Работа на уроке", "РУ", "", True),
    ("14101", 20, 2): ("3", 2, "Диктант", "Д", "много ошибок на -тся/-ться", True),
    ("14101", 24, 3): ("5", 1, "Ответ у доски", "ОД", "", True),
    ("14101", 26, 2): ("5", "1.5", "Лабораторная работа", "ЛР", "аккуратное оформление", True),
    ("14102", 16, 2): ("4", 1, "Работа на уроке", "РУ", "", True),
    ("14102", 17, 2): ("2", 2, "Контрольная работа", "КР", "не решена задача 3", True),
    ("14102", 18, 1): ("оп", 0, "", "", "", False),
    ("14102", 19, 3): ("5", 1, "Ответ у доски", "ОД", "", True),
    ("14102", 24, 2): ("5", 2, "Контрольная работа", "КР", "", True),
    ("14102", 25, 3): ("4", 1, "Работа на уроке", "РУ", "", True),
    ("14102", 27, 3): ("5", 1, "Работа на уроке", "РУ", "", True),
    ("14103", 16, 3): ("4", 1, "Работа на уроке", "РУ", "", True),
    ("14103", 18, 3): ("5", 1, "Работа на уроке", "РУ", "", True),
    ("14103", 20, 1): ("Н", 0, "", "", "", False),
    ("14103", 24, 1): ("3", 1, "Работа на уроке", "РУ", "", True),
    ("14103", 26, 1): ("5", 2, "Контрольная работа", "КР", "", True),
    ("14103", 27, 2): ("4+", 1, "Работа на уроке", "РУ", "", True),
}
# a mark the teacher deleted: absent from 14101's week-2 diary pulled again (step 07) and from getmarks
DELETED = {("14101", 26, 2)}
CONVERT = {"5": 5, "4": 4, "4-": 4, "4+": 4, "3": 3, "2": 2}
COUNTAS = {"4-": "3.75", "4+": "4.25"}
# individual task (gethomework?student=14102 only)
INDIVIDUAL = {"day": 25, "num": 3, "id": 884901, "value": "Доклад: реки Африки (индивидуально)"}
FINALS = {"14101": [("Алгебра", "I", "5"), ("Алгебра", "II", "4"), ("Физика", "II", "5"), ("История", "II", "4")],
          "14102": [("Алгебра", "I", "3"), ("Алгебра", "II", "4"), ("Русский язык", "II", "4"),
                    ("Физика", "II", "4")],
          "14103": [("Алгебра", "II", "5"), ("Литература", "II", "5"), ("География", "II", "5")]}
PERIODS = [("I", "1 четверть", "20250901", "20251026"), ("II", "2 четверть", "20251105", "20251228"),
           ("III", "3 четверть", "20260112", "20260322"), ("IV", "4 четверть", "20260401", "20260529"),
           ("Г", "Годовая", "", "")]


def rev(obj: dict) -> dict:
    """The same object with its keys in reverse order (key order carries nothing)."""
    return dict(reversed(list(obj.items())))


def week_span(week: list) -> str:
    """`days=` of a Monday-to-Sunday week (YYYYMMDD-YYYYMMDD, A.1)."""
    first = dt.date(2026, 2, week[0][0])
    return f"{first:%Y%m%d}-{first + dt.timedelta(days=6):%Y%m%d}"


def ymd(day: int) -> str:
    return f"202602{day:02d}"


def iso(day: int) -> str:
    return f"2026-02-{day:02d}"


def lesson_id(day: int, num: int) -> str:
    return f"14{2:02d}{day:02d}{num}"  # e.g. 1402161


def hw_id(day: int, num: int) -> int:
    return 880000 + day * 10 + num


def topic(subject: str, day: int) -> str:
    items = TOPICS[subject]
    return items[(day * 7 + len(subject)) % len(items)]


def homework_text(subject: str, day: int, num: int) -> str | None:
    if (day + num) % 2 == 0:
        return None
    return {"Алгебра": "№ {} , {}", "Русский язык": "упр. {}, {}", "История": "§ {}, вопросы {}",
            "Физика": "§ {}, задача {}", "Литература": "читать гл. {}–{}", "Английский язык": "p. {}, ex. {}",
            "География": "§ {}, контурная карта {}"}[subject].format(day + num, day + num + 2).replace(" ,", ",")


def has_file(day: int, num: int) -> bool:
    return (day + num) % 5 == 0 or (day, num) == (17, 3)


def envelope(result, *, extra_response=None, extra_top=None, error=None) -> dict:
    response = {"state": 200, "error": error, "result": result}
    if extra_response:
        response.update(extra_response)
    body = {"response": response}
    if extra_top:
        body.update(extra_top)
    return body


# --- getrules ------------------------------------------------------------------------------------------------

def getrules(parent: str) -> dict:
    title, children = PARENTS[parent]
    students = {}
    for i, pupil in enumerate(children):
        full, last, first, gender = PUPILS[pupil]
        rel = {"rel": "child", "name": pupil if parent == "61001" else int(pupil), "title": full, "lastname": last,
               "firstname": first, "middlename": None, "gender": gender, "class": CLASS,
               "parallel": "7" if i == 0 else 7, "city": "Северск", "rules": ["getdiary", "getmarks", "getperiods"],
               # unknown to the reference:
               "avatar_url": None, "birthday": "", "is_archive": False, "subgroups": [], "extra": {}}
        students[pupil] = rev(rel) if parent == "61002" else rel
    result = {"roles": ["parent"],
              "relations": {"students": students,
                            "groups": {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": 7, "balls": 5,
                                               "hometeacher_id": "7001" if parent == "61001" else 7001,
                                               "hometeacher_lastname": "Сафонова",
                                               "hometeacher_firstname": "Лидия",
                                               "hometeacher_middlename": "Павловна",
                                               "hometeacher_name": "Сафонова Лидия Павловна",
                                               "rules": ["getschedule", "gethomework"],
                                               "is_virtual": False, "chat_id": None}},
                            "schools": [{"title": "Школа № 14", "title_full": "МБОУ «Средняя школа № 14»",
                                         "number": "14", "inn": "7024000014", "kpp": "702401001", "ogrn": None}],
                            "clubs": {}},
              "allowedAds": [], "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "id": parent if parent == "61001" else int(parent), "name": parent if parent == "61001" else int(parent),
              "title": title, "lastname": title.split()[0], "firstname": title.split()[1],
              "middlename": title.split()[2], "gender": "female" if parent == "61001" else "male",
              "email": "", "region": "Томская область", "city": "Северск", "vendor": VENDOR, "vendor_id": 1414,
              "avatar": None, "settings": {}, "phone_confirmed": 0, "two_factor": None}
    if parent == "61002":
        result["relations"]["schools"] = []  # an empty list where the reference shows one school
        result = dict(sorted(result.items()))
    return {"request": "getrules", "body": envelope(result, extra_response={"server_time": "2026-02-15 20:00:00"}),
            "pulled_at": PULL.format(d=15, h=20)}


# --- getperiods ----------------------------------------------------------------------------------------------

def getperiods(pupil: str, *, pulled: str = PULL.format(d=15, h=21), moved: bool = False) -> dict:
    """`moved`: the school moved quarter IV's start to 30 March (the answers pulled on 28 February say so)."""
    style = {"14101": "ints", "14102": "strings", "14103": "reversed"}[pupil]
    periods = []
    for idx, (name, full, start, end) in enumerate(PERIODS):
        if moved and name == "IV":
            start = "20260330"
        undated = start == ""
        p = {"name": name, "fullname": full, "start": start, "end": end}
        if style == "ints":
            p.update({"disabled": 0, "ambigious": 1 if undated else 0, "weeks": None, "id": 3300 + idx,
                      "is_current": 1 if name == "III" else 0})
        elif style == "strings":
            p.update({"disabled": "false", "ambigious": "true" if undated else None, "weeks": [],
                      "type": "quarter" if not undated else "year", "color": ""})
        else:
            p.update({"disabled": False, "ambigious": True if undated else False,
                      "weeks": [] if undated else [{"start": start, "end": start, "title": "", "is_holiday": None}],
                      "sort": idx * 10, "meta": {}})
            p = rev(p)
        periods.append(p)
    full, *_ = PUPILS[pupil]
    student = {"name": pupil, "title": full, "periods": periods, "class": CLASS, "year": "2025/2026"}
    request = {"14101": f"getperiods?student={pupil}&show_disabled=__yes",
               "14102": f"getperiods?student={pupil}&weeks=true&show_disabled=true",
               "14103": f"https://{VENDOR}.eljur.ru/apiv3/getperiods?student={pupil}&weeks=__yes&out_format=json"}[pupil]
    return {"request": request, "body": envelope({"students": [student], "total": 1}), "pulled_at": pulled}


# --- lessons -------------------------------------------------------------------------------------------------

def assessment(pupil: str, day: int, num: int, style: str, *, deleted: bool = False):
    key = (pupil, day, num)
    if key not in MARKS or (deleted and key in DELETED):
        return None if style == "reversed" else []
    value, weight, ctype, short, comment, count = MARKS[key]
    absent = not count
    lid = lesson_id(day, num)
    a = {"value": value,
         "countas": 0 if absent else COUNTAS.get(value, str(CONVERT[value])),
         "count": count, "convert": 0 if absent else CONVERT[value],
         "weight": 0 if absent else int(float(weight)),
         "weight_float": (0 if absent else (weight if isinstance(weight, str) else weight)),
         "control_type": ctype, "control_type_short": short, "date": iso(day),
         "lesson_id": int(lid) if style == "numbers" else lid,
         "nm": 1 if style == "numbers" else "1", "comment": comment, "color_hex": None,
         # unknown to the reference:
         "mark_id": f"m{lid}{pupil[-2:]}", "created_at": f"2026-02-{day:02d} 1{num}:05:00", "teacher_id": None,
         "tags": [], "color": "", "is_final": False, "deleted": False, "edit_history": {}}
    if style == "strings" and not absent:
        a["weight_float"] = str(weight) if not isinstance(weight, str) else weight
        a["countas"] = str(a["countas"])
    if style == "reversed" and float(weight) == 2:
        a["weight_float"] = ""  # empty where optional: the weight is `weight` (A.3, NiceEljurOpen String?)
    if style == "reversed":
        a = rev(a)
    return [a]


def lesson_item(pupil: str | None, day: int, weekday: int, num: int, style: str, *, diary: bool,
                deleted: bool = False) -> dict:
    subject = WEEKDAY_SUBJECTS[weekday][num - 1]
    teacher, room = TEACHERS[subject]
    lid = lesson_id(day, num)
    item = {"num": str(num), "name": subject, "room": room, "teacher": teacher, "sort": num * 100,
            "lesson_id": int(lid) if style == "numbers" else lid, "topic": topic(subject, day),
            "is_control": False, "starttime": BELLS[num][0] + (":00" if style != "strings" else ""),
            "endtime": BELLS[num][1] + (":00" if style != "strings" else ""),
            "resources": [],
            # unknown to the reference (payload_* are typed `unknown` by BetterJournal, A.3):
            "payload_id": None, "payload_name": None, "payload_type": None, "payload_course_id": None,
            "online_url": "", "is_distant": False, "teacher_info": {"id": None, "name": teacher}, "meta": {}}
    text = homework_text(subject, day, num)
    hw, files = {}, []
    if text:
        hid = hw_id(day, num)
        hw[str(hid)] = {"id": str(hid) if style == "numbers" else hid, "value": text, "individual": False,
                        # unknown to the reference:
                        "lesson": None, "deadline": None, "created": f"2026-02-{day:02d} 15:00:00",
                        "attachments": [], "is_checked": 0}
        if has_file(day, num):
            files.append({"toid": hid, "filename": f"{subject.split()[0].lower()}_{day:02d}{num}.pdf",
                          "link": f"https://{VENDOR}.eljur.ru/files/{hid:x}",
                          # unknown to the reference:
                          "size": 48213 + day, "mime": "application/pdf", "preview": None, "uploaded_by": ""})
    if pupil is not None and (pupil, day, INDIVIDUAL["num"]) == ("14102", INDIVIDUAL["day"], num) and diary:
        pass  # the individual task is only in gethomework?student=14102 (step 08)
    # `resources` and `payload_*`: BetterJournal types them `z.array(z.unknown())` / `z.unknown()`, NiceEljurOpen
    # `resources: List<String>`: any value is a shape the clients read
    if diary and pupil == "14101" and day < 23 and num == 1 and style == "plain":
        item["resources"] = [{"title": "Презентация к уроку", "link": f"https://{VENDOR}.eljur.ru/res/{lid}"}]
    if diary and pupil == "14102" and day >= 23 and num == 2:
        item["resources"] = [f"https://{VENDOR}.eljur.ru/res/{lid}"]
    if diary and pupil == "14103" and day >= 23:
        item.update({"payload_id": 0, "payload_name": "", "payload_type": "lesson", "payload_course_id": []})
    item["homework"] = hw if hw or style != "reversed" else None
    item["files"] = files if files or style != "reversed" else None
    if diary:
        item["assessments"] = assessment(pupil, day, num, style, deleted=deleted)
    if style == "reversed":
        item = rev(item)
    return item


def day_obj(pupil: str | None, day: int, weekday: int, style: str, *, diary: bool, items_as: str,
            deleted: bool = False) -> dict:
    d = {"name": ymd(day), "title": DAY_TITLES[weekday]}
    if day == HOLIDAY:
        d.update({"alert": "vacation", "holiday_name": "День защитника Отечества",
                  "holiday_type": "federal", "items": {} if items_as == "object" else [], "items_extday": []})
        return rev(d) if style == "reversed" else d
    lessons = [lesson_item(pupil, day, weekday, n, style, diary=diary, deleted=deleted) for n in (1, 2, 3)]
    if items_as == "object":
        items = {str(n): it for n, it in zip((1, 2, 3), lessons)}
        if style == "reversed":
            items = rev(items)
    else:
        items = lessons
    # `alert` null / "" on an ordinary day, `holiday_name` "", empty `items_extday`, new day-level keys
    d.update({"alert": None if day % 2 else "", "holiday_name": "" if day % 2 else None, "items": items,
              "items_extday": None if style == "reversed" else [], "week_day": weekday + 1, "is_weekend": False, "note": None})
    return rev(d) if style == "reversed" else d


DIARY_STYLE = {"14101": ("plain", "object"), "14102": ("numbers", "array"), "14103": ("reversed", "object")}


def getdiary(pupil: str, week: list, *, pulled: str, style_override: str | None = None,
             request: str | None = None) -> dict:
    style, items_as = DIARY_STYLE[pupil]
    if style_override:
        style = style_override
    full, *_ = PUPILS[pupil]
    deleted = request is not None
    days = {ymd(day): day_obj(pupil, day, wd, style, diary=True, items_as=items_as, deleted=deleted)
            for day, wd in week}
    if style == "reversed":
        days = rev(days)
    student = {"name": int(pupil) if pupil == "14102" else pupil, "title": full, "parent_signed": None if pupil == "14102" else 0, "days": days,
               "class": CLASS, "is_archive": False, "signed_at": None, "stats": {}}
    if style == "reversed":
        student = rev(student)
    span = week_span(week)
    if pupil == "14102":
        result = {"students": [student], "count": 1}
    else:
        result = {"students": {pupil: student}, "pages": None}
    extra_top = {"meta": {"api": "1.4", "took_ms": 12}} if pupil == "14101" else {"method": "getdiary"}
    return {"request": request or f"getdiary?student={pupil}&days={span}&rings=__yes",
            "body": envelope(result, extra_response={"debug": {}, "warnings": []}, extra_top=extra_top),
            "pulled_at": pulled}


SATURDAY = {"day": 21, "subject": "Проектная деятельность", "teacher": "Белова Нина Аркадьевна",
            "topic": "Защита мини-проектов", "hw": 884777, "hw_text": "Доработать презентацию проекта",
            "mark": ("5", 1, "Защита проекта", "ЗП", "интересная тема")}


def getdiary_saturday() -> dict:
    """14102's own diary of Saturday 21 Feb: one lesson outside the bell schedule, `starttime` "" and `endtime`
    null (rings asked; A.3: times only with rings, format [U]; an empty value states no time)."""
    day = SATURDAY["day"]
    lid = lesson_id(day, 1)
    value, weight, ctype, short, comment = SATURDAY["mark"]
    item = {"num": "1", "name": SATURDAY["subject"], "room": "", "teacher": SATURDAY["teacher"], "sort": 100,
            "lesson_id": lid, "topic": SATURDAY["topic"], "is_control": False, "starttime": "", "endtime": None,
            "homework": {str(SATURDAY["hw"]): {"id": SATURDAY["hw"], "value": SATURDAY["hw_text"],
                                               "individual": False}},
            "files": [], "resources": [],
            "assessments": [{"value": value, "countas": "5", "count": True, "convert": 5, "weight": weight,
                             "weight_float": weight, "control_type": ctype, "control_type_short": short,
                             "date": iso(day), "lesson_id": lid, "nm": "1", "comment": comment, "color_hex": None}]}
    student = {"name": "14102", "title": PUPILS["14102"][0], "parent_signed": False,
               "days": {ymd(day): {"name": ymd(day), "title": DAY_TITLES[5], "alert": "", "items": {"1": item}}}}
    return {"request": f"getdiary?student=14102&days={ymd(day)}-{ymd(day)}&rings=__yes",
            "body": envelope({"students": {"14102": student}}), "pulled_at": PULL.format(d=21, h=15)}


def getschedule_class(week: list, pulled: str) -> dict:
    days = {ymd(day): day_obj(None, day, wd, "plain", diary=False, items_as="array") for day, wd in week}
    span = week_span(week)
    return {"request": f"getschedule?class={CLASS}&days={span}&rings=__yes",
            "body": envelope({"days": days, "class": CLASS, "class_id": 7123}), "pulled_at": pulled}


def gethomework_class(week: list, pulled: str) -> dict:
    days = {}
    for day, wd in week:
        if day == HOLIDAY:
            days[ymd(day)] = {"name": ymd(day), "title": DAY_TITLES[wd], "alert": "vacation",
                              "holiday_name": "День защитника Отечества", "items": []}
            continue
        items = []
        for num in (1, 2, 3):
            it = lesson_item(None, day, wd, num, "plain", diary=False)
            if not it["homework"]:
                continue
            items.append({"name": it["name"], "num": str(num), "lesson_id": it["lesson_id"], "grp": None,
                          "grp_short": "", "teacher": it["teacher"], "homework": it["homework"],
                          "files": it["files"], "sort": num * 100, "color_hex": None, "tags": {}})
        days[ymd(day)] = {"name": ymd(day), "title": DAY_TITLES[wd], "items": items, "alert": None,
                          "holiday_name": None, "extra": {}}
    span = week_span(week)
    return {"request": f"gethomework?class={CLASS}&days={span}", "body": envelope({"days": days, "total": None}),
            "pulled_at": pulled}


def gethomework_individual() -> dict:
    """gethomework?student=14102 over the day of the individual task: `error` is `""` beside `state` 200."""
    day, num = INDIVIDUAL["day"], INDIVIDUAL["num"]
    wd = dict(WEEK2)[day]
    it = lesson_item(None, day, wd, num, "plain", diary=False)
    hw = dict(it["homework"])
    hw[str(INDIVIDUAL["id"])] = {"id": INDIVIDUAL["id"], "value": INDIVIDUAL["value"], "individual": True,
                                 "lesson": it["name"], "deadline": "", "attachments": None}
    item = {"name": it["name"], "num": str(num), "lesson_id": it["lesson_id"], "grp": "", "grp_short": None,
            "teacher": it["teacher"], "room": it["room"], "homework": hw, "files": it["files"], "resources": None,
            "sort": num * 100}
    student = {"name": "14102", "title": PUPILS["14102"][0],
               "days": {ymd(day): {"name": ymd(day), "title": DAY_TITLES[wd], "items": {str(num): item},
                                   "alert": "", "items_extday": None}}}
    return {"request": f"gethomework?student=14102&days={ymd(day)}-{ymd(day)}",
            "body": envelope({"students": {"14102": student}}, error=""),
            "pulled_at": PULL.format(d=25, h=19)}


# --- getmarks ------------------------------------------------------------------------------------------------

SUBJECT_IDS = {s: str(1400 + i) for i, s in enumerate(TEACHERS)}


def average_of(marks: list) -> str:
    total = sum(CONVERT[v] * float(w) for v, w in marks)
    weight = sum(float(w) for _, w in marks)
    return f"{total / weight:.2f}"


def getmarks(pupil: str) -> dict:
    by_subject: dict[str, list] = {}
    for (p, day, num), (value, weight, ctype, short, comment, count) in sorted(MARKS.items()):
        if p != pupil or (p, day, num) in DELETED:
            continue
        wd = dict(WEEK1 + WEEK2)[day]
        subject = WEEKDAY_SUBJECTS[wd][num - 1]
        by_subject.setdefault(subject, []).append((day, num, value, weight, ctype, short, comment, count))
    lessons = []
    for subject, marks in by_subject.items():
        rows, counted = [], []
        for day, num, value, weight, ctype, short, comment, count in marks:
            lid = lesson_id(day, num)
            row = {"value": value, "countas": 0 if not count else COUNTAS.get(value, str(CONVERT[value])),
                   "count": count, "convert": CONVERT.get(value, 0), "weight": int(float(weight)),
                   "weight_float": weight if count else 0, "date": iso(day), "lesson_id": lid, "nm": "1",
                   "comment": comment, "lesson_comment": "" if pupil == "14103" else None, "max_mark": None,
                   # unknown to the reference:
                   "mark_id": f"m{lid}{pupil[-2:]}", "period": "III", "color": "", "is_final": False}
            if pupil == "14102":
                row.update({"max_mark": 5, "color_hex": "#33aa33"})  # `max_mark: z.unknown()` (MarksRecordModel.ts)
            if count:
                counted.append((value, weight))
                if pupil == "14103" and (day, num) == (24, 1):
                    row["mtype"] = None  # NiceEljurOpen `mtype: MarkType?`
                else:
                    row["mtype"] = {"id": 7 if pupil == "14101" else "7", "short": short, "type": ctype,
                                    "weight": None}
            elif pupil == "14101":
                row["mtype"] = {}  # an empty object on an absence (E3 has no mtype there)
            rows.append(row)
        avg = average_of(counted) if counted else ""
        entry = {"name": subject, "average": avg, "averageConvert": round(float(avg)) if avg else None,
                 "lesson_id": SUBJECT_IDS[subject], "color_hex": 0 if pupil == "14101" else None, "marks": rows,
                 # unknown to the reference:
                 "average_weighted": avg, "teacher": TEACHERS[subject][0], "rating": None}
        if pupil == "14102" and avg and float(avg) != int(float(avg)):
            entry["average"] = float(avg)  # a number, not a string (A.3 "string→number", BetterJournal coerce)
        lessons.append(entry)
    full, *_ = PUPILS[pupil]
    student = {"name": pupil, "title": full, "lessons": lessons, "class": CLASS, "average_all": None}
    return {"request": f"getmarks?student={pupil}&days=20260112-20260322",
            "body": envelope({"students": {pupil: student}}), "pulled_at": PULL.format(d=28, h=10)}


def getfinalassessments(pupil: str) -> dict:
    items: dict[str, list] = {}
    for subject, period, value in FINALS[pupil]:
        items.setdefault(subject, []).append(
            {"period": period, "value": value, "comment": "", "convert": int(value),
             "color_hex": False if pupil == "14103" else None,  # `color_hex: z.unknown()` (MarkModel.ts)
             # unknown to the reference:
             "date": None, "teacher": "", "period_fullname": dict((p[0], p[1]) for p in PERIODS)[period],
             "is_exam": False})
    rows = [{"name": s, "assessments": a, "lesson_id": SUBJECT_IDS[s], "sort": i, "extra": {}}
            for i, (s, a) in enumerate(items.items())]
    if pupil == "14103":
        rows = [rev(r) for r in rows]
    full, *_ = PUPILS[pupil]
    student = {"name": pupil, "title": full, "items": rows, "year": "2025/2026", "generated_at": None}
    students = [student] if pupil == "14102" else {pupil: student}
    return {"request": f"getfinalassessments?student={pupil}", "body": envelope({"students": students}),
            "pulled_at": PULL.format(d=27, h=21)}


def main() -> None:
    pupils = sorted(PUPILS)
    steps = [
        {"name": "01 getrules of both parents: unknown keys at every level, a parent's id and a child's name as "
                 "numbers, parallel string and number", "batches": [[getrules("61001"), getrules("61002")]]},
        {"name": "02 getperiods: disabled/ambigious as 0/1, as \"false\"/\"true\", as booleans; new period keys",
         "batches": [[getperiods(p) for p in ("14101", "14102")]]},
        {"name": "03 class schedule week 1 (unknown lesson keys, alert null/\"\")",
         "batches": [[getschedule_class(WEEK1, PULL.format(d=15, h=22))]]},
        {"name": "04 diaries week 1: three shapes, unknown keys on result, pupil, day, lesson, mark, homework, file",
         "batches": [[getdiary(p, WEEK1, pulled=PULL.format(d=20, h=18)) for p in pupils]]},
        {"name": "04b 14102's Saturday: a lesson whose starttime is \"\" and endtime null",
         "batches": [[getdiary_saturday()]]},
        {"name": "05 homework by class, both weeks", "batches": [[gethomework_class(WEEK1, PULL.format(d=20, h=19)),
                                                                 gethomework_class(WEEK2, PULL.format(d=27, h=19))]]},
        {"name": "06 class schedule and diaries week 2 (23 Feb a vacation day with a new key)",
         "batches": [[getschedule_class(WEEK2, PULL.format(d=22, h=22))],
                     [getdiary(p, WEEK2, pulled=PULL.format(d=27, h=18)) for p in pupils]]},
        {"name": "07 week 2 pulled again for 14101 (full URL, unknown query parameters): keys reversed; the 26 Feb physics "
                 "mark is gone",
         "batches": [[getdiary("14101", WEEK2, pulled=PULL.format(d=27, h=23), style_override="reversed",
                                  request=f"https://{VENDOR}.eljur.ru/apiv3/getdiary?devkey=0f0e0d0c0b0a09080706050403020100"
                                          f"&vendor={VENDOR}&out_format=json&auth_token=tok-invented-14"
                                          f"&student=14101&days={week_span(WEEK2)}&rings=__yes&lang=ru"
                                          f"&_=1772222400")]]},
        {"name": "08 gethomework?student=14102: the individual task; error \"\" beside state 200",
         "batches": [[gethomework_individual()]]},
        {"name": "09 getmarks over quarter III: average as a number, mtype null, mtype.id string, new keys",
         "batches": [[getmarks(p) for p in pupils]]},
        {"name": "10 getfinalassessments: new keys on item and assessment", "batches": [[getfinalassessments(p)
                                                                                          for p in pupils]]},
        {"name": "11 getperiods of 14103: disabled/ambigious as booleans, new keys, keys reversed",
         "batches": [[getperiods("14103")]]},
        {"name": "12 getperiods of 14101 and 14102 pulled again on 28 Feb: quarter IV now starts 30 March "
                 "(0/1 and \"false\"/\"true\" spellings again)",
         "batches": [[getperiods(p, pulled=PULL.format(d=28, h=12), moved=True) for p in ("14101", "14102")]]},
    ]
    journey = {"vendor": "elzhur", "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
