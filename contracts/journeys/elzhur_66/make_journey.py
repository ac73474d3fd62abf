"""Write journey.json of elzhur_66: lessons that move (Eljur, Самара, 16 Nov - 6 Dec 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "smr66", "6666"
CLS = "8В"
D = dt.date

PARENTS = {
    "66901": ("Орлова", "Светлана", "Игоревна", "female", ["66801"]),
    "66902": ("Фёдорова", "Анна", "Викторовна", "female", ["66802"]),
    "66903": ("Гарипова", "Лилия", "Рашидовна", "female", ["66803"]),
}
PUPILS = {"66801": ("Орлова", "Вероника", "female"), "66802": ("Фёдоров", "Тимофей", "male"),
          "66803": ("Гарипов", "Айдар", "male")}
ENGLISH_GROUP = {"66801": 1, "66802": 2, "66803": 1}  # from Monday 23 November
HOMETEACHER = ("66611", "Воронцова", "Елена", "Михайловна")

TEACHER = {
    "Русский язык": "Воронцова Елена Михайловна", "Литература": "Воронцова Елена Михайловна",
    "Алгебра": "Белоусов Дмитрий Андреевич", "Геометрия": "Белоусов Дмитрий Андреевич",
    "Английский язык": "Шарафутдинова Гульнара Ринатовна", "История": "Никитин Артём Валерьевич",
    "Обществознание": "Никитин Артём Валерьевич", "Физика": "Ермолаев Константин Юрьевич",
    "Химия": "Сафина Резеда Ильдаровна", "Биология": "Комарова Ольга Павловна",
    "География": "Комарова Ольга Павловна", "Информатика": "Дьяков Максим Олегович",
    "Физическая культура": "Тарасов Виктор Николаевич", "Музыка": "Лаптева Ирина Анатольевна",
}
SUBSTITUTE = "Панова Надежда Геннадьевна"  # covers Русский язык and Литература 23-27 Nov (курсы у Воронцовой)
ENGLISH_2 = "Кириллова Полина Сергеевна"
ROOM = {"Физика": "205", "Химия": "215", "Информатика": "401", "Английский язык": "303",
        "Физическая культура": "спортзал", "Биология": "110", "География": "110", "Музыка": "актовый зал"}

WEEK = {0: ["Русский язык", "Алгебра", "Английский язык", "История", "Физика", "Физическая культура"],
        1: ["Геометрия", "Алгебра", "История", "Английский язык", "Химия", "Литература"],
        2: ["Алгебра", "Русский язык", "География", "Информатика", "Обществознание"],
        3: ["Физика", "Английский язык", "Алгебра", "Литература", "Химия"],
        4: ["Геометрия", "История", "Русский язык", "Биология", "Музыка"]}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10"), 7: ("14:20", "15:05")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

TOPICS = {
    "Русский язык": ["Обособленные определения", "Обособленные приложения", "Обособленные обстоятельства",
                     "Знаки препинания при уточняющих членах", "Изложение с элементами сочинения",
                     "Вводные слова и предложения", "Обращение и знаки препинания при нём"],
    "Литература": ["А. С. Пушкин «Капитанская дочка»: историческая основа", "Гринёв и Швабрин",
                   "Образ Пугачёва в повести", "Маша Миронова"],
    "Алгебра": ["Квадратные корни", "Свойства арифметического квадратного корня", "Вынесение множителя из-под знака корня",
                "Внесение множителя под знак корня", "Освобождение от иррациональности в знаменателе",
                "Преобразование выражений с корнями", "Самостоятельная работа по теме «Корни»",
                "Функция y = √x", "Решение упражнений"],
    "Геометрия": ["Площадь параллелограмма", "Площадь треугольника", "Площадь трапеции", "Теорема Пифагора",
                  "Решение задач на применение теоремы Пифагора", "Теорема, обратная теореме Пифагора"],
    "Английский язык": ["Unit 3: Modern technologies", "Gadgets in our life", "Passive Voice: Present Simple",
                        "Passive Voice: Past Simple", "Reading: The history of the Internet",
                        "Listening: Online safety", "Writing an opinion essay", "Vocabulary revision"],
    "История": ["Внутренняя политика Екатерины II", "Пугачёвское восстание", "Экономика России во второй половине XVIII в.",
                "Внешняя политика Екатерины II", "Русско-турецкие войны", "Присоединение Крыма"],
    "Обществознание": ["Экономика и её роль в жизни общества", "Главные вопросы экономики", "Собственность"],
    "Физика": ["Электрический заряд", "Электрическое поле", "Строение атома", "Электрический ток",
               "Сила тока. Амперметр", "Лабораторная работа «Сборка электрической цепи»"],
    "Химия": ["Простые вещества: металлы", "Простые вещества: неметаллы", "Количество вещества. Моль",
              "Молярная масса", "Молярный объём газов", "Решение расчётных задач"],
    "Биология": ["Кровеносная система", "Строение и работа сердца", "Движение крови по сосудам"],
    "География": ["Климат России", "Климатические пояса и типы климата", "Внутренние воды России"],
    "Информатика": ["Алгоритмы и исполнители", "Практическая работа «Исполнитель Черепаха»", "Ветвление"],
    "Физическая культура": ["Гимнастика: акробатические упражнения", "Опорный прыжок", "Лазание по канату"],
    "Музыка": ["Музыкальный театр: мюзикл", "Рок-опера «Юнона и Авось»", "Музыка к драматическому спектаклю"],
}
HOMEWORK = {
    "Русский язык": "§ {n}, упр. {u}",
    "Литература": "Прочитать главы {a}–{b} «Капитанской дочки», ответить на вопросы на с. {p}",
    "Алгебра": "§ {n}, № {u}, {u2} (а, в)",
    "Геометрия": "П. {n}, № {u}, {u2}",
    "История": "§ {n}, вопросы 1–4 на с. {p}, заполнить таблицу",
    "Физика": "§ {n}, упр. {a} (1–3)",
    "Химия": "§ {n}, задачи {a}, {b} на с. {p}",
    "Биология": "§ {n}, нарисовать схему кругов кровообращения",
    "География": "§ {n}, контурная карта: климатические пояса",
    "Обществознание": "§ {n}, задания рубрики «В классе и дома» 1–3",
}
ENGLISH_HOMEWORK = {0: "SB p. {p} ex. {a}, WB p. {b} ex. 1–2",
                    1: "1 группа: SB p. {p} ex. {a}, выучить слова Unit 3 ({b} слов)",
                    2: "2 группа: WB p. {b} ex. {a}, подготовить пересказ текста на с. {p}"}

# the changes, as the journal holds them once entered
PHYS_19, GEOM_20 = (D(2026, 11, 19), 1), (D(2026, 11, 20), 1)  # exchanged (entered Wed 18 afternoon)
INF_18, SOC_18 = (D(2026, 11, 18), 4), (D(2026, 11, 18), 5)  # swapped after the fact (entered Mon 23)
MUSIC_20, MUSIC_19 = (D(2026, 11, 20), 5), (D(2026, 11, 19), 6)  # re-dated after the fact (entered Mon 23)
ALG_24, HIST_24 = (D(2026, 11, 24), 2), (D(2026, 11, 24), 3)  # swapped in advance (entered Mon 23 daytime)
PHYS_30, PHYS_2 = (D(2026, 11, 30), 5), (D(2026, 12, 2), 6)  # moved (entered Sat 28 morning)
SPLIT_FROM = D(2026, 11, 23)
SUBST = (D(2026, 11, 23), D(2026, 11, 27))
CHEM_ROOM = (D(2026, 11, 24), "108")  # the chemistry lab under repair from Tue 24; back in 215 on Tue 1 Dec (Sat 28)


def lesson_id(day: dt.date, num: int, grp: int = 0) -> str:
    return f"66{day:%m%d}{num}" + (str(grp) if grp else "")


def nth(day: dt.date) -> int:
    return (day - D(2026, 11, 16)).days


def topic(subject: str, day: dt.date) -> str:
    options = TOPICS[subject]
    return options[(nth(day) // 2 + len(subject)) % len(options)] if subject in TOPICS else subject


def task(subject: str, day: dt.date, grp: int = 0) -> str:
    k = nth(day) + 3
    fields = dict(n=10 + k, u=100 + 7 * k, u2=101 + 7 * k, a=k, b=k + 2, p=40 + 2 * k)
    template = ENGLISH_HOMEWORK[grp] if subject == "Английский язык" else HOMEWORK[subject]
    return template.format(**fields)


def plan(state: dict, first: dt.date, last: dt.date) -> dict[dt.date, list[dict]]:
    """The class's lessons (every group's) of each school day from ``first`` to ``last``, as ``state`` holds them."""
    out: dict[dt.date, list[dict]] = {}
    day = first
    while day <= last:
        if day.weekday() < 5:
            out[day] = []
            for num, subject in enumerate(WEEK[day.weekday()], 1):
                groups = [1, 2] if subject == "Английский язык" and day >= SPLIT_FROM else [0]
                for grp in groups:
                    out[day].append(dict(home=(day, num), subject=subject, grp=grp, lid=lesson_id(day, num, grp)))
        day += dt.timedelta(days=1)
    moves = {}
    if state.get("xchg19"):
        moves.update({PHYS_19: GEOM_20, GEOM_20: PHYS_19})
    if state.get("swap18"):
        moves.update({INF_18: SOC_18, SOC_18: INF_18})
    if state.get("music19"):
        moves[MUSIC_20] = MUSIC_19
    if state.get("swap24"):
        moves.update({ALG_24: HIST_24, HIST_24: ALG_24})
    if state.get("phys30"):
        moves[PHYS_30] = PHYS_2
    placed: dict[dt.date, list[dict]] = {d: [] for d in out}
    for day, lessons in out.items():
        for ls in lessons:
            new_day, new_num = moves.get(ls["home"], ls["home"])
            if first <= new_day <= last:
                placed.setdefault(new_day, []).append(dict(ls, day=new_day, num=new_num))
    # a lesson moved in from outside the range (never in this journey: every move stays inside a pulled week)
    return {d: sorted(v, key=lambda x: (x["num"], x["grp"])) for d, v in placed.items()}


def teacher(ls: dict, state: dict) -> str:
    if ls["subject"] == "Английский язык" and ls["grp"] == 2:
        return ENGLISH_2
    if ls["subject"] in ("Русский язык", "Литература") and state.get("subst") and SUBST[0] <= ls["day"] <= SUBST[1]:
        return SUBSTITUTE
    return TEACHER[ls["subject"]]


def room(ls: dict, state: dict) -> str:
    if ls["subject"] == "Химия" and ls["day"] >= CHEM_ROOM[0]:
        if ls["day"] >= D(2026, 11, 30) and state.get("lab_back"):
            return "215"
        return CHEM_ROOM[1]
    if ls["subject"] == "Английский язык" and ls["grp"] == 2:
        return "304"
    return ROOM.get(ls["subject"], "312")


def mark(value, day, lid, nm="1", comment="", ctype="Работа на уроке", short="РУ", weight=1):
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", "date": day.isoformat(), "lesson_id": lid, "nm": nm,
                "comment": comment}
    return {"value": value, "countas": value, "count": True, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, "date": day.isoformat(),
            "lesson_id": lid, "nm": nm, "comment": comment, "color_hex": None}


# marks by (pupil, lesson id): given at the lesson as it was held (the day it is on when the journal is pulled)
MARKS = {
    ("66801", lesson_id(D(2026, 11, 16), 2)): [dict(value="5")],
    ("66803", lesson_id(D(2026, 11, 16), 2)): [dict(value="3", comment="ошибка в вынесении множителя")],
    ("66802", lesson_id(D(2026, 11, 17), 3)): [dict(value="4")],
    ("66801", lesson_id(*INF_18)): [dict(value="5", ctype="Практическая работа", short="ПР", weight=2)],
    ("66803", lesson_id(*INF_18)): [dict(value="4", ctype="Практическая работа", short="ПР", weight=2)],
    ("66802", lesson_id(*SOC_18)): [dict(value="3")],
    ("66803", lesson_id(*GEOM_20)): [dict(value="5", comment="решил у доски задачу повышенной сложности")],
    ("66802", lesson_id(*GEOM_20)): [dict(value="н", comment="")],
    ("66802", lesson_id(*PHYS_19)): [dict(value="4")],
    ("66801", lesson_id(*PHYS_19)): [dict(value="4", ctype="Лабораторная работа", short="ЛР", weight=2),
                                     dict(value="5", nm="2", comment="отчёт оформлен аккуратно")],
    ("66801", lesson_id(*MUSIC_20)): [dict(value="5", comment="сообщение о рок-опере")],
    ("66803", lesson_id(*MUSIC_20)): [dict(value="оп", comment="опоздал на 10 минут")],
    ("66801", lesson_id(*ALG_24)): [dict(value="4")],
    ("66802", lesson_id(*HIST_24)): [dict(value="5", comment="развёрнутый ответ о Пугачёвском восстании")],
    ("66801", lesson_id(D(2026, 11, 23), 3, 1)): [dict(value="5")],
    ("66802", lesson_id(D(2026, 11, 23), 3, 2)): [dict(value="4")],
    ("66803", lesson_id(D(2026, 11, 26), 2, 1)): [dict(value="3")],
    ("66802", lesson_id(D(2026, 11, 25), 2)): [dict(value="5", ctype="Диктант", short="Д", weight=2)],
    ("66803", lesson_id(D(2026, 11, 26), 4)): [dict(value="4", comment="выразительное чтение наизусть")],
    ("66801", lesson_id(D(2026, 11, 26), 5)): [dict(value="5")],
    ("66803", lesson_id(D(2026, 11, 27), 1)): [dict(value="4", ctype="Самостоятельная работа", short="СР",
                                                    weight=2)],
}


def item(ls: dict, state: dict, pupil: str | None, pulled: dt.datetime) -> dict:
    start, end = BELLS[ls["num"]]
    home_day = ls["home"][0]
    homework = {}
    if ls["subject"] in HOMEWORK or ls["subject"] == "Английский язык":
        hw_id = int("7" + ls["lid"])
        homework[str(hw_id)] = {"id": hw_id, "value": task(ls["subject"], home_day, ls["grp"]), "individual": False}
    out = {"num": str(ls["num"]), "name": ls["subject"], "room": room(ls, state), "teacher": teacher(ls, state),
           "sort": ls["num"] * 100 + ls["grp"], "lesson_id": ls["lid"], "topic": topic(ls["subject"], home_day),
           "is_control": False, "starttime": start + ":00", "endtime": end + ":00", "homework": homework,
           "files": [], "resources": []}
    if ls["grp"]:
        out.update(grp=f"{ls['grp']} группа", grp_short=f"{ls['grp']} гр.")
    if pupil is not None:
        marks = []
        if pulled.date() > ls["day"] or (pulled.date() == ls["day"] and pulled.hour >= 15):
            marks = [mark(day=ls["day"], lid=ls["lid"], **kw) for kw in MARKS.get((pupil, ls["lid"]), [])]
        out["assessments"] = marks
        out["is_control"] = any(m.get("weight", 0) >= 2 for m in marks)
    return out


def sees(pupil: str, ls: dict) -> bool:
    return ls["grp"] in (0, ENGLISH_GROUP[pupil])


def days_of(state, first, last, pupil, pulled):
    days = {}
    for day, lessons in plan(state, first, last).items():
        mine = [ls for ls in lessons if pupil is None or sees(pupil, ls)]
        if not mine:
            continue
        key = f"{day:%Y%m%d}"
        items = [item(ls, state, pupil, pulled) for ls in mine]
        days[key] = {"name": key, "title": WEEKDAYS[day.weekday()],
                     "items": items if pupil is None else {it["num"]: it for it in items}}
    return days


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat() + "+04:00"


def rec(request, body, pulled: dt.datetime):
    return {"request": request, "pulled_at": stamp(pulled), "body": body}


def getdiary(pupil, first, last, state, pulled):
    last_name, first_name, _ = PUPILS[pupil]
    body = envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}", "parent_signed": False,
                                          "days": days_of(state, first, last, pupil, pulled)}}})
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, pulled)


def getschedule(first, last, state, pulled):
    """The class's schedule (every group's lessons; two groups share a number, so ``items`` is the array form)."""
    body = envelope({"days": days_of(state, first, last, None, pulled)})
    return rec(f"getschedule?class={CLS}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes", body, pulled)


def getmarks(pupil, first, last, state, pulled):
    days = days_of(state, first, last, pupil, pulled)
    by_subject: dict[str, list] = {}
    for key in sorted(days):
        for it in days[key]["items"].values():
            for m in it["assessments"]:
                m = dict(m)
                mtype = {"id": {"РУ": 1, "ЛР": 4, "ПР": 5, "Д": 6, "СР": 7}.get(m["control_type_short"], 9),
                         "short": m.pop("control_type_short"), "type": m.pop("control_type")}
                m.update(lesson_comment=it["topic"], max_mark=None, mtype=mtype)
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total = sum(m["convert"] * m["weight"] for m in counted)
        weight = sum(m["weight"] for m in counted)
        lessons.append({"name": subject, "average": f"{total / weight:.2f}" if weight else "",
                        "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(6600 + len(subject)), "color_hex": None, "marks": by_subject[subject]})
    last_name, first_name, _ = PUPILS[pupil]
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}",
                                              "lessons": lessons}}}), pulled)


def getrules(parent: str, pulled: dt.datetime) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students = {}
    for child in children:
        cl, cf, cg = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": CLS, "parallel": "8", "city": "Самара",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework"]}
    tid, tl, tf, tm = HOMETEACHER
    groups = {CLS: {"rel": "homeclass", "name": CLS, "parallel": "8", "balls": 5, "hometeacher_id": tid,
                    "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                    "hometeacher_middlename": tm}}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru", "roles": ["parent"],
              "region": "Самарская область", "city": "Самара", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Гимназия № 66", "title_full": "МБОУ «Гимназия № 66» г.о. Самара",
                                         "number": "66", "inn": "6316000066", "kpp": "631601001"}]}}
    return rec("getrules", envelope(result), pulled)


def getperiods(pupil: str, pulled: dt.datetime) -> dict:
    last_name, first_name, _ = PUPILS[pupil]
    periods = [
        {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
         "ambigious": None},
        {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261229", "disabled": False,
         "ambigious": None},
        {"name": "III", "fullname": "3 четверть", "start": "20270112", "end": "20270322", "disabled": False,
         "ambigious": None},
        {"name": "IV", "fullname": "4 четверть", "start": "20270401", "end": "20270526", "disabled": False,
         "ambigious": None},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
    ]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": f"{last_name} {first_name}", "periods": periods}]}),
               pulled)


def at(m, d, hh, mm):
    return dt.datetime(2026, m, d, hh, mm)


def main() -> None:
    W1, W1E, W2, W2E, W3, W3E = D(2026, 11, 16), D(2026, 11, 22), D(2026, 11, 23), D(2026, 11, 29), D(
        2026, 11, 30), D(2026, 12, 6)
    pupils = sorted(PUPILS)
    s0: dict = {}
    s1 = dict(s0, xchg19=True)
    s2 = dict(s1, swap18=True, music19=True, subst=True, swap24=True)
    s3 = dict(s2, phys30=True, lab_back=True)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 15 Nov 18:00: getrules of the three parents, getperiods of the three pupils",
         [getrules(p, at(11, 15, 18, i)) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, at(11, 15, 18, 5 + i)) for i, p in enumerate(pupils)])
    step("02 Sun 15 Nov 18:10: getdiary of week 1 (16-22 Nov) as planned",
         [getdiary(p, W1, W1E, s0, at(11, 15, 18, 10 + i)) for i, p in enumerate(pupils)])
    step("03 Wed 18 Nov: the class's getschedule pulled 16:00 (Thursday's Physics and Friday's Geometry exchanged, "
         "the physicist at the district methodological day) delivered first; then the pupils' one-day-pair getdiary "
         "of 19-20 Nov pulled at 08:00, before the exchange was entered, delivered late by the relay",
         [getschedule(W1, W1E, s1, at(11, 18, 16, 0))],
         [getdiary(p, D(2026, 11, 19), D(2026, 11, 20), s0, at(11, 18, 8, i)) for i, p in enumerate(pupils)])
    step("04 Fri 20 Nov 20:00: getdiary of week 1 with the week's marks",
         [getdiary(p, W1, W1E, s1, at(11, 20, 20, i)) for i, p in enumerate(pupils)])
    step("05 Sun 22 Nov 18:00: week 2 first pulled: English split into two groups from Monday 23, chemistry in 108 "
         "from Tuesday 24; the class's getschedule of week 2 too",
         [getdiary(p, W2, W2E, s1, at(11, 22, 18, i)) for i, p in enumerate(pupils)]
         + [getschedule(W2, W2E, s1, at(11, 22, 18, 20))])
    step("06 Mon 23 Nov 19:00: the deputy head's corrections of week 1 (Wed 18 Informatics and Social studies "
         "swapped as actually held; Friday's Music lesson re-dated to Thursday 19, 6th lesson) and week 2 (Tuesday 24 "
         "Algebra and History swapped; Русский язык and Литература taught by the substitute all week)",
         [getdiary(p, W1, W1E, s2, at(11, 23, 19, i)) for i, p in enumerate(pupils)]
         + [getschedule(W1, W1E, s2, at(11, 23, 19, 5))]
         + [getdiary(p, W2, W2E, s2, at(11, 23, 19, 10 + i)) for i, p in enumerate(pupils)])
    step("07 Fri 27 Nov 20:00: week 2 with its marks, getmarks of both weeks, week 3 first pulled",
         [getdiary(p, W2, W2E, s2, at(11, 27, 20, i)) for i, p in enumerate(pupils)]
         + [getmarks(p, W1, W2E, s2, at(11, 27, 20, 10 + i)) for i, p in enumerate(pupils)]
         + [getdiary(p, W3, W3E, s2, at(11, 27, 20, 20 + i)) for i, p in enumerate(pupils)])
    step("08 Sat 28 Nov: the class's getschedule of week 3 pulled 11:00 (Monday 30's Physics moved to Wednesday 2, "
         "6th lesson; the chemistry lab reopened, Tuesday 1 back in 215) delivered first; the pupils' getdiary of "
         "week 3 pulled at 09:00, before the change, delivered after it",
         [getschedule(W3, W3E, s3, at(11, 28, 11, 0))],
         [getdiary(p, W3, W3E, s2, at(11, 28, 9, i)) for i, p in enumerate(pupils)])
    step("09 Sun 29 Nov 21:00: the relay's stale retry: the class's getschedule of week 2 pulled Mon 23 at 07:30, "
         "before the day's changes were entered (Tuesday 24 unswapped, Воронцова still teaching)",
         [getschedule(W2, W2E, s1, at(11, 23, 7, 30))])
    journey = {"vendor": "elzhur",
               "description": "Lessons that move (МБОУ «Гимназия № 66» г.о. Самара, 8В, 16 Nov - 6 Dec 2026): two "
                              "lessons exchanged across days, lessons swapped in a day before and after they were "
                              "held, a held lesson re-dated with its marks, English split into two groups mid-term, "
                              "a substitute teacher for a week, rooms changed, and the class's getschedule and the "
                              "pupils' getdiary pulled at different times, delivered out of order.",
               "school": {"timezone": "Europe/Samara", "name": "МБОУ «Гимназия № 66» г.о. Самара"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
