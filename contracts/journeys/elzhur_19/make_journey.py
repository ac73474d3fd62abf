"""Builds journey.json for corpus elzhur_19 (run once; the journey is the artefact). Standard library only.

Школа № 519 (vendor sch519), 7Г, 2-20 February 2026 (3 четверть). Subgroups back and forth, a pupil who joins on
Wed 11 Feb, getmarks with absences pulled again after corrections. Written from shared/reference/elzhur_mesh.md.
"""
import datetime as dt
import json
from pathlib import Path

CLASS = "7Г"
DAYS = {0: "Понедельник", 1: "Вторник", 2: "Среда", 3: "Четверг", 4: "Пятница", 5: "Суббота", 6: "Воскресенье"}
RINGS = {1: ("08:30:00", "09:15:00"), 2: ("09:25:00", "10:10:00"), 3: ("10:30:00", "11:15:00"),
         4: ("11:35:00", "12:20:00"), 5: ("12:30:00", "13:15:00"), 6: ("13:25:00", "14:10:00")}
T = {"alg": ("Алгебра", "Белоусова Татьяна Михайловна", "21"), "geom": ("Геометрия", "Белоусова Татьяна Михайловна", "21"),
     "rus": ("Русский язык", "Киселёва Надежда Петровна", "14"), "lit": ("Литература", "Киселёва Надежда Петровна", "14"),
     "en1": ("Английский язык", "Смирнова Елена Викторовна", "31"), "en2": ("Английский язык", "Кравцова Ольга Андреевна", "33"),
     "hist": ("История", "Фомин Андрей Сергеевич", "17"), "bio": ("Биология", "Зайцева Людмила Ивановна", "25"),
     "geo": ("География", "Мельников Олег Юрьевич", "26"), "pe": ("Физическая культура", "Гусев Роман Валерьевич", "спортзал"),
     "phys": ("Физика", "Тарасов Игорь Николаевич", "28"), "inf1": ("Информатика", "Лаптев Денис Игоревич", "45"),
     "inf2": ("Информатика", "Орлова Марина Сергеевна", "46"), "mus": ("Музыка", "Ковалёва Анна Борисовна", "12")}
# weekday -> [(slot, key)]; en1/en2 share a slot, inf1/inf2 have slots of their own
WEEK = {0: [(1, "alg"), (2, "rus"), (3, "en1"), (3, "en2"), (4, "hist")],
        1: [(1, "bio"), (2, "alg"), (3, "geo"), (4, "pe")],
        2: [(1, "geom"), (2, "en1"), (2, "en2"), (3, "lit"), (4, "phys"), (5, "inf1"), (6, "inf2")],
        3: [(1, "rus"), (2, "alg"), (3, "en1"), (3, "en2"), (4, "mus")],
        4: [(1, "geom"), (2, "rus"), (3, "phys"), (4, "inf1"), (5, "inf2")]}
EN_TOPICS = {1: ["Travelling: at the airport", "Past Simple vs Past Continuous", "Reading: A trip to Scotland",
                 "Modal verbs: must / have to", "Listening: weather forecast", "Revision: Unit 5",
                 "Writing a postcard", "Phrasal verbs with GET", "Vocabulary test: Unit 5"],
             2: ["Sports and hobbies", "Present Perfect: ever / never", "Reading: The Olympic Games",
                 "Comparatives and superlatives", "Listening: an interview", "Speaking: my favourite sport",
                 "Future forms: will / going to", "Project: a school club", "Grammar quiz"]}
INF_TOPICS = {1: ["Алгоритмы с ветвлением", "Циклы в Паскале", "Практикум: цикл с условием",
                  "Массивы: заполнение", "Контрольная работа «Циклы»", "Массивы: поиск максимума"],
              2: ["Кодирование графики", "Растровые изображения", "Практикум: палитра RGB",
                  "Векторная графика", "Самостоятельная работа «Графика»", "Форматы графических файлов"]}
EN_HW = {1: ["Workbook p. 34, ex. 1–2", "Выучить слова Unit 5 (стр. 62)", "Ex. 4 p. 65 (письменно)",
             "Workbook p. 36, ex. 3", "Подготовить рассказ о поездке (10 предложений)", "Ex. 7 p. 68 (устно)",
             "Написать открытку другу (стр. 70)", "Выписать 10 фразовых глаголов с GET", "Повторить слова Unit 5"],
         2: ["SB p. 48, ex. 3 (письменно)", "Workbook p. 29, ex. 5–6", "Текст стр. 50 — пересказ",
             "Ex. 2 p. 52, таблица степеней сравнения", "Workbook p. 31, ex. 2", "Мини-проект «Мой спорт» (слайды)",
             "Ex. 5 p. 56 (will / going to)", "Подготовить вопросы для интервью", "Повторить грамматику Units 3–4"]}
INF_HW = {1: ["§ 2.3, вопросы 1–4", "Задачи 5, 7 из практикума (стр. 41)", "§ 2.4, составить блок-схему",
              "Задача 9 (цикл while)", "Повторить § 2.1–2.5", "§ 2.6, задачи 1–3"],
          2: ["§ 3.1, вопросы 1–3", "Рассчитать объём файла (карточка)", "Таблица цветов RGB (10 цветов)",
              "§ 3.2, нарисовать логотип в Inkscape", "Повторить § 3.1–3.3", "§ 3.4, сравнить форматы PNG и JPEG"]}
COMMON_HW = {"alg": "№ {n}, {m} (учебник)", "rus": "Упр. {n}, правило стр. {m}"}
PUPILS = {"19101": "Голубев Матвей", "19102": "Ершова Полина", "19103": "Назаров Тимур"}
# pupil -> week index (0, 1, 2) -> (English group, informatics group)
GROUPS = {"19101": {0: (1, 1), 1: (2, 1), 2: (1, 1)},
          "19102": {0: (2, 2), 1: (2, 1), 2: (2, 2)},
          "19103": {1: (1, 2), 2: (1, 2)}}
FIRST_DAY = {"19103": "20260211"}  # joined 7Г on Wed 11 Feb
MONDAYS = ["20260202", "20260209", "20260216"]
WT = {"РУ": (1, "Работа на уроке", 1), "СР": (3, "Самостоятельная работа", 1.5), "КР": (5, "Контрольная работа", 2),
      "ПР": (4, "Практическая работа", 1)}


def d(s):
    return dt.date(int(s[:4]), int(s[4:6]), int(s[6:]))


def week_days(monday):
    return [(d(monday) + dt.timedelta(days=i)).strftime("%Y%m%d") for i in range(7)]


def lesson_id(day, slot, key):
    g = key[-1] if key[-1] in "12" else "0"
    return f"19{day[4:]}{slot}{g}"


def counters(key, day):
    """per (subject group) running index for topics/homework over the fortnight."""
    idx = 0
    for mon in MONDAYS:
        for dd in week_days(mon):
            for slot, k in WEEK.get(d(dd).weekday(), []):
                if k == key:
                    if dd == day:
                        return idx
                    idx += 1
    raise KeyError((key, day))


def homework_of(key, day, slot):
    i = counters(key, day)
    if key.startswith("en"):
        text = EN_HW[int(key[-1])][i]
    elif key.startswith("inf"):
        text = INF_HW[int(key[-1])][i]
    elif key in COMMON_HW:
        text = COMMON_HW[key].format(n=300 + 7 * i + slot, m=40 + 2 * i)
    else:
        return {}
    hid = int(f"51{day[4:]}{slot}{key[-1] if key[-1] in '12' else '0'}")
    return {str(hid): {"id": hid, "value": text, "individual": False}}


def topic_of(key, day):
    i = counters(key, day)
    if key.startswith("en"):
        return EN_TOPICS[int(key[-1])][i]
    if key.startswith("inf"):
        return INF_TOPICS[int(key[-1])][i]
    return ""


def item(day, slot, key, rings=True, hw=True):
    name, teacher, room = T[key]
    it = {"num": str(slot), "name": name, "room": room, "teacher": teacher, "sort": slot * 100,
          "lesson_id": lesson_id(day, slot, key), "topic": topic_of(key, day), "is_control": False}
    if key[-1] in "12":
        it["grp"], it["grp_short"] = f"{key[-1]} группа", f"{key[-1]} гр."
    if rings:
        it["starttime"], it["endtime"] = RINGS[slot]
    if hw:
        it["homework"] = homework_of(key, day, slot)
        it["files"], it["resources"] = [], []
    return it


# marks: (pupil, day, slot, key, nm, value, work type or None for absences, comment), two versions
MARKS_V1 = [("19101", "20260202", 1, "alg", "1", "н", None, ""),
            ("19101", "20260204", 2, "en1", "1", "5", "РУ", ""),
            ("19101", "20260209", 3, "en2", "1", "н", None, ""),
            ("19101", "20260211", 5, "inf1", "1", "4", "КР", "ошибка в условии цикла"),
            ("19102", "20260204", 1, "geom", "1", "н", None, ""),
            ("19102", "20260206", 5, "inf2", "1", "5", "ПР", ""),
            ("19102", "20260209", 3, "en2", "1", "4", "СР", ""),
            ("19102", "20260213", 4, "inf1", "1", "3", "РУ", "не сдана практическая"),
            ("19103", "20260211", 6, "inf2", "1", "5", "ПР", ""),
            ("19103", "20260212", 2, "alg", "1", "3", "СР", "")]
MARKS_V2 = [("19101", "20260202", 1, "alg", "1", "оп", None, "опоздал на 10 минут"),
            ("19101", "20260204", 2, "en1", "1", "5", "РУ", ""),
            ("19101", "20260209", 3, "en2", "1", "н", None, ""),
            ("19101", "20260211", 5, "inf1", "1", "4", "КР", "ошибка в условии цикла"),
            ("19101", "20260218", 2, "en1", "1", "4-", "СР", "слабая лексика"),
            ("19102", "20260206", 5, "inf2", "1", "5", "ПР", ""),
            ("19102", "20260211", 2, "en2", "1", "4", "СР", "работа писалась 11.02"),
            ("19102", "20260213", 4, "inf1", "1", "3", "РУ", "не сдана практическая"),
            ("19102", "20260218", 6, "inf2", "1", "оп", None, ""),
            ("19103", "20260211", 6, "inf2", "1", "5", "ПР", ""),
            ("19103", "20260212", 2, "alg", "1", "4", "СР", "исправлено после пересдачи"),
            ("19103", "20260217", 3, "geo", "1", "Н", None, ""),
            ("19103", "20260219", 3, "en1", "1", "5", "РУ", "")]
NUMS = {"5": ("5", 5), "4": ("4", 4), "3": ("3", 3), "4-": ("3.75", 4)}


def mark_obj(m, for_marks):
    pupil, day, slot, key, nm, value, wt, comment = m
    date = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    if wt is None:
        o = {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0}
    else:
        countas, conv = NUMS[value]
        w = WT[wt][2]
        o = {"value": value, "countas": countas, "count": True, "convert": conv, "weight": int(w), "weight_float": w}
    o.update({"date": date, "lesson_id": lesson_id(day, slot, key), "nm": nm, "comment": comment})
    if for_marks:
        o["lesson_comment"] = topic_of(key, day) or None
        o["max_mark"] = None
        if wt is not None:
            o["mtype"] = {"id": WT[wt][0], "short": wt, "type": WT[wt][1]}
    else:
        o["control_type"] = WT[wt][1] if wt else ""
        o["control_type_short"] = wt or ""
        o["color_hex"] = None
    return o


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def getdiary(pupil, monday, marks, empty_as=None):
    days = {}
    week = sorted(GROUPS[pupil])
    wi = MONDAYS.index(monday)
    en, inf = GROUPS[pupil][wi]
    mine = {"en1": en == 1, "en2": en == 2, "inf1": inf == 1, "inf2": inf == 2}
    for day in week_days(monday):
        wd = d(day).weekday()
        if wd > 4:
            continue
        if day < FIRST_DAY.get(pupil, "0"):
            days[day] = {"name": day, "title": DAYS[wd], "items": [] if wd == 0 else {}}
            continue
        items = {}
        for slot, key in WEEK[wd]:
            if mine.get(key, True):
                it = item(day, slot, key)
                it["assessments"] = [mark_obj(m, False) for m in marks
                                     if m[0] == pupil and m[1] == day and m[2] == slot and m[3] == key]
                items[str(slot)] = it
        days[day] = {"name": day, "title": DAYS[wd], "items": items}
    return ok({"students": {pupil: {"name": pupil, "title": PUPILS[pupil], "parent_signed": False, "days": days}}})


def getschedule_class(monday):
    days = {}
    for day in week_days(monday):
        wd = d(day).weekday()
        if wd > 4:
            continue
        days[day] = {"name": day, "title": DAYS[wd],
                     "items": [item(day, slot, key, hw=False) for slot, key in WEEK[wd]]}
    return ok({"days": days})


def gethomework_class(monday):
    days = {}
    for day in week_days(monday):
        wd = d(day).weekday()
        if wd > 4:
            continue
        its = [item(day, slot, key, rings=False) for slot, key in WEEK[wd]]
        days[day] = {"name": day, "title": DAYS[wd], "items": [i for i in its if i["homework"]]}
    return ok({"days": days})


def getmarks(pupil, marks):
    lessons = {}
    for m in marks:
        if m[0] != pupil:
            continue
        name = T[m[3]][0]
        lessons.setdefault(name, []).append(mark_obj(m, True))
    out = []
    for name, ms in sorted(lessons.items()):
        counted = [x["convert"] for x in ms if x["count"]]
        avg = f"{sum(counted) / len(counted):.2f}" if counted else ""
        out.append({"name": name, "average": avg, "averageConvert": round(sum(counted) / len(counted)) if counted else 0,
                    "lesson_id": str(1900 + sorted({v[0] for v in T.values()}).index(name)), "color_hex": None,
                    "marks": sorted(ms, key=lambda x: (x["date"], x["lesson_id"]))})
    return ok({"students": {pupil: {"name": pupil, "title": PUPILS[pupil], "lessons": out}}})


def getrules(parent, title, child, pulled):
    last, first = PUPILS[child].split()
    gender = "female" if first.endswith("а") else "male"
    res = {"roles": ["parent"],
           "relations": {"students": {child: {"rel": "child", "name": child, "title": PUPILS[child], "lastname": last,
                                              "firstname": first, "gender": gender, "class": CLASS, "parallel": "7",
                                              "city": "Ярославль", "rules": ["getdiary", "getmarks", "gethomework"]}},
                         "groups": {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "7", "balls": 5,
                                            "hometeacher_id": "89105",
                                            "hometeacher_name": "Киселёва Надежда Петровна"}},
                         "schools": [{"title": "Школа № 519", "title_full": "МОУ «Средняя школа № 519»",
                                      "number": "519", "inn": "7604000519", "kpp": "760401001"}]},
           "allowedSections": ["diary", "marks", "schedule"], "id": parent, "name": parent, "title": title,
           "email": "", "region": "Ярославская область", "city": "Ярославль", "vendor": "sch519", "vendor_id": 519}
    return {"request": "getrules", "body": ok(res), "pulled_at": pulled}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


W = ["20260202-20260208", "20260209-20260215", "20260216-20260222"]
Q = "20260112-20260320"
periods = ok({"students": [{"name": "19101", "title": PUPILS["19101"], "periods": [
    {"name": "I", "fullname": "1 четверть", "start": "20250901", "end": "20251026", "disabled": False, "ambigious": None},
    {"name": "II", "fullname": "2 четверть", "start": "20251105", "end": "20251228", "disabled": False, "ambigious": None},
    {"name": "III", "fullname": "3 четверть", "start": "20260112", "end": "20260320", "disabled": False, "ambigious": None,
     "weeks": [{"start": "20260202", "end": "20260208", "title": "02.02 - 08.02"},
               {"start": "20260209", "end": "20260215", "title": "09.02 - 15.02"},
               {"start": "20260216", "end": "20260222", "title": "16.02 - 22.02"}]},
    {"name": "IV", "fullname": "4 четверть", "start": "20260330", "end": "20260526", "disabled": False, "ambigious": None},
    {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True}]}]})
steps = [
    ("01 getrules of the two parents, getperiods", [[
        getrules("91101", "Голубева Светлана Игоревна", "19101", "2026-02-01T12:00:00+03:00"),
        getrules("91102", "Ершов Максим Андреевич", "19102", "2026-02-01T12:05:00+03:00"),
        rec("getperiods?student=19101&weeks=__yes", periods, "2026-02-01T12:10:00+03:00")]]),
    ("02 week 1: the class schedule (items arrays, both subgroups in one slot), then each pupil's getdiary "
     "(19101 English 1 группа, 19102 informatics 2 группа; an absence each)", [[
        rec(f"getschedule?class={CLASS}&days={W[0]}&rings=__yes", getschedule_class(MONDAYS[0]), "2026-02-01T20:00:00+03:00"),
        rec(f"getdiary?student=19101&days={W[0]}&rings=__yes", getdiary("19101", MONDAYS[0], MARKS_V1), "2026-02-06T19:00:00+03:00"),
        rec(f"getdiary?student=19102&days={W[0]}&rings=__yes", getdiary("19102", MONDAYS[0], MARKS_V1), "2026-02-06T19:01:00+03:00")]]),
    ("03 week 2: the newcomer 19103's own getdiary, BEFORE any class answer of that week: Mon 9 and Tue 10 without "
     "lessons (items [] and {}), lessons from Wed 11", [[
        rec(f"getdiary?student=19103&days={W[1]}&rings=__yes", getdiary("19103", MONDAYS[1], MARKS_V1), "2026-02-13T18:00:00+03:00")]]),
    ("04 week 2: the newcomer's parent, the other pupils' getdiary (19101 now English 2 группа, 19102 informatics "
     "1 группа), then the class schedule", [[
        getrules("91103", "Назарова Динара Рашидовна", "19103", "2026-02-11T18:00:00+03:00"),
        rec(f"getdiary?student=19101&days={W[1]}&rings=__yes", getdiary("19101", MONDAYS[1], MARKS_V1), "2026-02-13T18:01:00+03:00"),
        rec(f"getdiary?student=19102&days={W[1]}&rings=__yes", getdiary("19102", MONDAYS[1], MARKS_V1), "2026-02-13T18:02:00+03:00")],
        [rec(f"getschedule?class={CLASS}&days={W[1]}&rings=__yes", getschedule_class(MONDAYS[1]), "2026-02-13T19:00:00+03:00")]]),
    ("05 getmarks over the quarter for each pupil (absences н, marks)", [[
        rec(f"getmarks?student={p}&days={Q}", getmarks(p, MARKS_V1), f"2026-02-13T20:0{i}:00+03:00")
        for i, p in enumerate(PUPILS)]]),
    ("06 week 3: getdiary per pupil (19101 back in English 1 группа, 19102 back in informatics 2 группа), the class "
     "schedule, the class homework", [[
        rec(f"getdiary?student={p}&days={W[2]}&rings=__yes", getdiary(p, MONDAYS[2], MARKS_V2), f"2026-02-20T18:0{i}:00+03:00")
        for i, p in enumerate(PUPILS)] + [
        rec(f"getschedule?class={CLASS}&days={W[2]}&rings=__yes", getschedule_class(MONDAYS[2]), "2026-02-15T20:00:00+03:00"),
        rec(f"gethomework?class={CLASS}&days={W[2]}", gethomework_class(MONDAYS[2]), "2026-02-20T17:00:00+03:00")]]),
    ("07 getmarks pulled again after the teachers' corrections: 19101's н of 2 Feb is now оп, 19102's н of 4 Feb "
     "removed, 19102's English mark re-dated 9 -> 11 Feb, 19103's algebra 3 -> 4", [[
        rec(f"getmarks?student={p}&days={Q}", getmarks(p, MARKS_V2), f"2026-02-20T21:0{i}:00+03:00")
        for i, p in enumerate(PUPILS)]]),
]
journey = {"vendor": "elzhur",
           "description": "Eljur corpus 19: Школа № 519, 7Г, 2-20 February 2026: subgroups back and forth, a pupil "
                          "joining mid-quarter whose own getdiary comes before the class schedule, getmarks with "
                          "absences pulled again after corrections (written from shared/reference/elzhur_mesh.md "
                          "Part A only)",
           "steps": [{"name": n, "batches": b} for n, b in steps]}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
print(sum(len(b) for _, bs in steps for b in bs), "records")
