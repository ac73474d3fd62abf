"""Write journey.json of elzhur_46: exemptions and special regimes (Eljur, Казань, 14-27 Dec 2026).

Standard library only, deterministic. Every value is invented. See README.md for the cast and the steps.

One class, 9Б, at the end of the 2nd quarter, and the regimes a real school has in one class at once:
* 46901 is exempt from PE for the whole quarter on a doctor's note (справка ВК): his PE lessons stay listed,
  the journal shows «осв» (count false) on them instead of marks; his quarter mark in PE is «осв»;
* 46902 goes on home schooling (надомное обучение) by an order of 14 Dec: from then on his diary lists
  individual lessons at home (grp «надомное обучение», individual tasks) and, on Tuesdays, two of the class's
  lessons he still attends at school; the first pull, before the order was entered, listed the whole class's week;
* 46903 is on family education (семейное обучение): his diary lists only his two attestation lessons;
* 46904 is in the special medical group (спецмедгруппа): her PE is the СМГ group's, on another day, graded зачёт;
* an elective course (элективный курс «Финансовая грамотность», grp «электив») for 46904 and 46905, graded
  зч/нз, count false; extra-curricular items (`items_extday`): «Разговоры о важном» for the class on Mondays and
  the chess club for 46905 and 46906 on Wednesdays.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR, VENDOR_ID = "kzn46", "4646"
CLS = "9Б"
D = dt.date

PARENTS = {
    "46951": ("Волкова", "Марина", "Игоревна", "female", ["46901"]),
    "46952": ("Сафин", "Рустам", "Ильдарович", "male", ["46902"]),
    "46953": ("Орлова", "Елена", "Павловна", "female", ["46903"]),
    "46954": ("Ким", "Ирина", "Сергеевна", "female", ["46904"]),
    "46955": ("Петрова", "Анна", "Владимировна", "female", ["46905"]),
    "46956": ("Никитин", "Олег", "Викторович", "male", ["46906"]),
}
PUPILS = {
    "46901": ("Волков", "Тимофей", "male"),
    "46902": ("Сафин", "Карим", "male"),
    "46903": ("Орлов", "Максим", "male"),
    "46904": ("Ким", "Вероника", "female"),
    "46905": ("Петров", "Даниил", "male"),
    "46906": ("Никитина", "Софья", "female"),
}
HOMETEACHER = ("46611", "Гарипова", "Лилия", "Рашитовна")

TEACHER = {
    "Алгебра": "Гарипова Лилия Рашитовна", "Геометрия": "Гарипова Лилия Рашитовна",
    "Русский язык": "Морозова Татьяна Николаевна", "Литература": "Морозова Татьяна Николаевна",
    "История": "Зайцев Игорь Николаевич", "Обществознание": "Зайцев Игорь Николаевич",
    "Английский язык": "Миронова Елена Олеговна", "Физика": "Титов Андрей Викторович",
    "Информатика": "Титов Андрей Викторович", "Химия": "Фролова Анна Петровна", "Биология": "Фролова Анна Петровна",
    "География": "Хабибуллин Ринат Маратович", "Физическая культура": "Рябов Сергей Иванович",
    "Финансовая грамотность": "Зайцев Игорь Николаевич",
}
SMG_TEACHER = "Белова Наталья Андреевна"  # the special medical group's PE teacher (ЛФК)
WEEK = {  # weekday -> the class's subjects by lesson number
    0: ["Алгебра", "Русский язык", "История", "Английский язык", "Физика", "Физическая культура"],
    1: ["Геометрия", "Литература", "Химия", "Русский язык", "Биология", "Информатика"],
    2: ["Алгебра", "Английский язык", "Обществознание", "География", "Физика"],
    3: ["Русский язык", "Геометрия", "Алгебра", "История", "Химия", "Физическая культура"],
    4: ["Литература", "Алгебра", "Английский язык", "Биология", "Геометрия"],
}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15"), 6: ("13:25", "14:10"), 7: ("14:20", "15:05"), 8: ("15:30", "16:10"),
         9: ("16:20", "17:00")}
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
HOMEWORK_SUBJECTS = {"Алгебра", "Геометрия", "Русский язык", "Английский язык", "История", "Физика", "Химия",
                     "Литература"}

HOME_ORDER = D(2026, 12, 14)  # приказ о надомном обучении 46902 (ВК № 211), from this day
HOME_PLAN = {0: ["Алгебра", "Русский язык"], 2: ["Геометрия", "Английский язык"], 4: ["Литература", "Физика"]}
HOME_AT_SCHOOL = {1: [5, 6]}  # on Tuesdays he attends the class's lessons 5 and 6 (Биология, Информатика)
ATTESTATION = {D(2026, 12, 17): ("Алгебра", "4"), D(2026, 12, 18): ("Геометрия", "3")}  # 46903, lesson 8
ELECTIVE = {"46904", "46905"}
CHESS = {"46905", "46906"}
EXEMPT_NOTE = "освобождён (справка ВК № 118 до 27.12.2026)"


def lesson_id(prefix: str, day: dt.date, num: int) -> str:
    return f"{prefix}{day:%y%m%d}{num}"


def mark(value, day, lid, nm="1", comment="", ctype="Работа на уроке", short="РУ", weight=1):
    base = {"date": day.isoformat(), "lesson_id": lid, "nm": nm, "comment": comment}
    if value in ("н", "оп"):
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                "control_type": "", "control_type_short": "", **base}
    if value in ("осв", "зч", "нз"):  # A.6: exempt, pass, not passed; not counted
        return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": weight,
                "weight_float": weight, "control_type": ctype, "control_type_short": short, **base,
                "color_hex": None}
    return {"value": value, "countas": value, "count": True, "convert": int(value[0]), "weight": weight,
            "weight_float": weight, "control_type": ctype, "control_type_short": short, **base, "color_hex": None}


# marks of the class's and groups' lessons: (pupil, date, subject) -> list of mark kwargs
MARKS = {
    ("46905", D(2026, 12, 14), "Алгебра"): [dict(value="4")],
    ("46906", D(2026, 12, 14), "История"): [dict(value="5")],
    ("46901", D(2026, 12, 14), "Русский язык"): [dict(value="3")],
    ("46904", D(2026, 12, 15), "Химия"): [dict(value="5")],
    ("46902", D(2026, 12, 15), "Информатика"): [dict(value="5", comment="практическая работа в классе")],
    ("46906", D(2026, 12, 15), "Литература"): [dict(value="4")],
    ("46904", D(2026, 12, 15), "Физическая культура"): [dict(value="зч", ctype="Зачёт", short="ЗЧ")],
    ("46904", D(2026, 12, 16), "Финансовая грамотность"): [dict(value="зч", ctype="Зачёт", short="ЗЧ")],
    ("46905", D(2026, 12, 16), "Финансовая грамотность"): [dict(value="нз", ctype="Зачёт", short="ЗЧ",
                                                                 comment="проект не сдан")],
    ("46901", D(2026, 12, 16), "Физика"): [dict(value="4", ctype="Лабораторная работа", short="ЛР", weight=2)],
    ("46906", D(2026, 12, 17), "Алгебра"): [dict(value="н")],
    ("46905", D(2026, 12, 17), "Геометрия"): [dict(value="5")],
    ("46904", D(2026, 12, 18), "Биология"): [dict(value="4")],
    ("46901", D(2026, 12, 21), "Алгебра"): [dict(value="5", ctype="Контрольная работа", short="КР", weight=3)],
    ("46905", D(2026, 12, 21), "Алгебра"): [dict(value="3", ctype="Контрольная работа", short="КР", weight=3)],
    ("46906", D(2026, 12, 21), "Алгебра"): [dict(value="4", ctype="Контрольная работа", short="КР", weight=3)],
    ("46904", D(2026, 12, 21), "Алгебра"): [dict(value="4", ctype="Контрольная работа", short="КР", weight=3)],
    ("46904", D(2026, 12, 22), "Физическая культура"): [dict(value="зч", ctype="Зачёт", short="ЗЧ")],
    ("46905", D(2026, 12, 23), "Финансовая грамотность"): [dict(value="зч", ctype="Зачёт", short="ЗЧ",
                                                                 comment="пересдача: проект защищён")],
    ("46904", D(2026, 12, 23), "Финансовая грамотность"): [dict(value="зч", ctype="Зачёт", short="ЗЧ")],
    ("46906", D(2026, 12, 24), "Химия"): [dict(value="оп")],
    ("46901", D(2026, 12, 25), "Английский язык"): [dict(value="4")],
}


def pe_of_exempt(day: dt.date, state: dict) -> list[dict]:
    """What the journal shows on 46901's PE lessons: «осв»; the substitute's «н» and «2» of 14 Dec until the
    class teacher entered the note on the 15th."""
    if day == D(2026, 12, 14) and not state.get("note_entered"):
        return [dict(value="н"), dict(value="2", nm="2", ctype="Норматив", short="НОР")]
    return [dict(value="осв", ctype="Работа на уроке", short="РУ", comment=EXEMPT_NOTE)]


def homework_text(subject: str, day: dt.date, tag: str = "") -> str:
    return f"{subject}{tag}: задание к {day:%d.%m}, упр. {day.day * 3 + len(subject)}"


def item(num, subject, lid, day, pupil, pulled, *, teacher=None, room="", grp=None, grp_short=None, topic=None,
         individual=False, marks_of=None):
    start, end = BELLS[num]
    homework = {}
    if subject in HOMEWORK_SUBJECTS or grp == "электив":
        hw_id = int("7" + lid)
        tag = " (индивидуально)" if individual else ""
        homework[str(hw_id)] = {"id": hw_id, "value": homework_text(subject, day, tag), "individual": individual}
    marks = []
    if pulled.date() > day or (pulled.date() == day and pulled.hour >= 15):
        for kw in (marks_of if marks_of is not None else MARKS.get((pupil, day, subject), [])):
            marks.append(mark(day=day, lid=lid, **kw))
    out = {"num": str(num), "name": subject, "room": room, "teacher": teacher or TEACHER[subject],
           "sort": num * 100, "lesson_id": lid, "topic": topic or f"{subject}: урок {day:%d.%m}",
           "is_control": any(m.get("weight", 0) >= 3 for m in marks),
           "starttime": start + ":00", "endtime": end + ":00", "homework": homework, "files": [], "resources": [],
           "assessments": marks}
    if grp:
        out.update(grp=grp, grp_short=grp_short)
    return out


def class_room(subject: str) -> str:
    return {"Физическая культура": "спортзал", "Английский язык": "305", "Информатика": "201", "Химия": "112",
            "Физика": "114"}.get(subject, "214")


def day_items(pupil: str, day: dt.date, state: dict, pulled: dt.datetime) -> dict:
    wd = day.weekday()
    if wd > 4:
        return {}
    items = {}
    if pupil == "46903":  # family education: the journal lists him for his attestations only
        if day in ATTESTATION:
            subject, value = ATTESTATION[day]
            lid = lesson_id("49", day, 8)
            items["8"] = item(8, subject, lid, day, pupil, pulled, room="210", grp="семейное обучение",
                              grp_short="СО", topic=f"Промежуточная аттестация за II четверть ({subject.lower()})",
                              marks_of=[dict(value=value, ctype="Промежуточная аттестация", short="ПА", weight=2,
                                             comment="семейное обучение, аттестация по заявлению родителей")])
            items["8"]["homework"] = {}
        return items
    home = pupil == "46902" and state.get("home_order") and day >= HOME_ORDER
    for num, subject in enumerate(WEEK[wd], 1):
        if home and num not in HOME_AT_SCHOOL.get(wd, []):
            continue
        if subject == "Физическая культура" and pupil == "46904":
            continue  # спецмедгруппа: her PE is the СМГ group's
        lid = lesson_id("46", day, num)
        marks_of = pe_of_exempt(day, state) if (pupil == "46901" and subject == "Физическая культура") else None
        items[str(num)] = item(num, subject, lid, day, pupil, pulled, room=class_room(subject), marks_of=marks_of)
    if home:
        for k, subject in enumerate(HOME_PLAN.get(wd, []), 8):
            lid = lesson_id("47", day, k)
            items[str(k)] = item(k, subject, lid, day, pupil, pulled, room="на дому", grp="надомное обучение",
                                 grp_short="надом.", individual=True,
                                 topic=f"{subject}: индивидуальное занятие на дому {day:%d.%m}")
    if pupil == "46904" and wd in (1, 4):  # СМГ PE: Tuesday lesson 7, Friday lesson 7
        lid = lesson_id("45", day, 7)
        items["7"] = item(7, "Физическая культура", lid, day, pupil, pulled, teacher=SMG_TEACHER, room="зал ЛФК",
                          grp="СМГ", grp_short="СМГ", topic=f"ЛФК: комплекс упражнений для осанки {day:%d.%m}")
    if pupil in ELECTIVE and wd == 2:
        lid = lesson_id("48", day, 7)
        items["7"] = item(7, "Финансовая грамотность", lid, day, pupil, pulled, room="308", grp="электив",
                          grp_short="эл.", topic=f"Элективный курс: личный бюджет и накопления {day:%d.%m}")
    return items


def extday(pupil: str, day: dt.date, state: dict) -> list[dict]:
    wd, out = day.weekday(), []
    if pupil == "46903" or (pupil == "46902" and state.get("home_order") and day >= HOME_ORDER):
        return out
    if wd == 0:
        out.append({"name": "Разговоры о важном", "teacher": "Гарипова Лилия Рашитовна", "grp": None,
                    "topic": f"Разговоры о важном: {'День Конституции' if day.day < 20 else 'Новый год: традиции народов России'}",
                    "homework": [], "sort": 10, "starttime": "08:00:00", "endtime": "08:25:00"})
    if wd == 2 and pupil in CHESS:
        out.append({"name": "Шахматы", "teacher": "Гусев Артём Олегович", "grp": "Шахматный клуб",
                    "topic": f"Шахматы: эндшпиль, ладья против пешки {day:%d.%m}", "homework": [], "sort": 900,
                    "starttime": "15:20:00", "endtime": "16:05:00"})
    return out


def diary(pupil: str, first: dt.date, last: dt.date, state: dict, pulled: dt.datetime) -> dict:
    last_name, first_name, _ = PUPILS[pupil]
    days, day = {}, first
    while day <= last:
        items, extra = day_items(pupil, day, state, pulled), extday(pupil, day, state)
        if items or extra:
            key = f"{day:%Y%m%d}"
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
            if extra:
                days[key]["items_extday"] = extra
        day += dt.timedelta(days=1)
    return envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}", "parent_signed": False,
                                          "days": days}}})


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled):
    return {"request": request, "pulled_at": pulled, "body": body}


def local(y, m, d, hh, mm):
    return dt.datetime(y, m, d, hh, mm)


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat() + "+03:00"


def getrules(parent: str, pulled: str) -> dict:
    last, first, middle, gender, children = PARENTS[parent]
    students = {}
    for child in children:
        cl, cf, cg = PUPILS[child]
        students[child] = {"rel": "child", "name": child, "title": f"{cl} {cf}", "lastname": cl, "firstname": cf,
                           "gender": cg, "class": CLS, "parallel": "9", "city": "Казань",
                           "rules": ["getdiary", "getmarks", "getperiods", "getschedule", "gethomework",
                                     "getfinalassessments"]}
    tid, tl, tf, tm = HOMETEACHER
    groups = {CLS: {"rel": "homeclass", "name": CLS, "parallel": "9", "balls": 5, "hometeacher_id": tid,
                    "hometeacher_name": f"{tl} {tf} {tm}", "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                    "hometeacher_middlename": tm}}
    result = {"name": parent, "id": parent, "title": f"{last} {first} {middle}", "lastname": last, "firstname": first,
              "middlename": middle, "gender": gender, "email": f"p{parent}@example.ru", "roles": ["parent"],
              "region": "Республика Татарстан", "city": "Казань", "vendor": VENDOR, "vendor_id": VENDOR_ID,
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "СОШ № 46", "title_full": "МБОУ «СОШ № 46» г. Казани",
                                         "number": "46", "inn": "1655000046", "kpp": "165501001"}]}}
    return rec("getrules", envelope(result), pulled)


PERIODS = [
    {"name": "I", "fullname": "1 четверть", "start": "20260901", "end": "20261025", "disabled": False,
     "ambigious": None},
    {"name": "II", "fullname": "2 четверть", "start": "20261105", "end": "20261227", "disabled": False,
     "ambigious": None},
    {"name": "III", "fullname": "3 четверть", "start": "20270111", "end": "20270321", "disabled": False,
     "ambigious": None},
    {"name": "IV", "fullname": "4 четверть", "start": "20270331", "end": "20270526", "disabled": False,
     "ambigious": None},
    {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
]


def getperiods(pupil: str, pulled: str) -> dict:
    last_name, first_name, _ = PUPILS[pupil]
    return rec(f"getperiods?student={pupil}&show_disabled=__yes",
               envelope({"students": [{"name": pupil, "title": f"{last_name} {first_name}", "periods": PERIODS}]}),
               pulled)


def getdiary(pupil, first, last, state, pulled: dt.datetime):
    return rec(f"getdiary?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}&rings=__yes",
               diary(pupil, first, last, state, pulled), stamp(pulled))


MTYPE = {"РУ": 1, "КР": 3, "ЛР": 4, "НОР": 5, "ЗЧ": 6, "ПА": 7}


def getmarks(pupil, first, last, state, pulled: dt.datetime):
    body = diary(pupil, first, last, state, pulled)
    days = body["response"]["result"]["students"][pupil]["days"]
    by_subject: dict[str, list] = {}
    for key in sorted(days):
        for it in sorted(days[key]["items"].values(), key=lambda x: int(x["num"])):
            for m in it["assessments"]:
                m = dict(m)
                if m["value"] in ("н", "оп"):
                    m.pop("control_type"), m.pop("control_type_short")
                else:
                    m["mtype"] = {"id": MTYPE[m["control_type_short"]], "short": m.pop("control_type_short"),
                                  "type": m.pop("control_type")}
                m.update(lesson_comment=it["topic"] or None, max_mark=None)
                by_subject.setdefault(it["name"], []).append(m)
    lessons = []
    for subject in sorted(by_subject):
        counted = [m for m in by_subject[subject] if m["count"]]
        total = sum(m["convert"] * m["weight"] for m in counted)
        weight = sum(m["weight"] for m in counted)
        average = f"{total / weight:.2f}" if weight else ""
        lessons.append({"name": subject, "average": average, "averageConvert": round(total / weight) if weight else 0,
                        "lesson_id": str(4600 + len(subject)), "color_hex": None, "marks": by_subject[subject]})
    last_name, first_name, _ = PUPILS[pupil]
    return rec(f"getmarks?student={pupil}&days={first:%Y%m%d}-{last:%Y%m%d}",
               envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}",
                                              "lessons": lessons}}}), stamp(pulled))


FINALS = {  # pupil -> [(subject, [(period, value, comment)])]
    "46901": [("Алгебра", [("I", "4", ""), ("II", "5", "")]), ("Русский язык", [("I", "3", ""), ("II", "4", "")]),
              ("Физическая культура", [("I", "5", ""), ("II", "осв", "справка ВК № 118")])],
    "46902": [("Алгебра", [("I", "3", ""), ("II", "4", "")]), ("Информатика", [("I", "5", ""), ("II", "5", "")]),
              ("Физическая культура", [("I", "4", ""), ("II", "осв", "надомное обучение с 14.12.2026")])],
    "46903": [("Алгебра", [("II", "4", "промежуточная аттестация 17.12.2026")]),
              ("Геометрия", [("II", "3", "промежуточная аттестация 18.12.2026")])],
    "46904": [("Алгебра", [("I", "4", ""), ("II", "4", "")]),
              ("Физическая культура", [("I", "зч", "СМГ"), ("II", "зч", "СМГ")]),
              ("Финансовая грамотность", [("I", "зч", ""), ("II", "зч", "")])],
    "46905": [("Алгебра", [("I", "4", ""), ("II", "3", "")]), ("Физическая культура", [("I", "5", ""), ("II", "5", "")]),
              ("Финансовая грамотность", [("I", "зч", ""), ("II", "зч", "пересдача 23.12")])],
    "46906": [("Алгебра", [("I", "5", ""), ("II", "4", "")]), ("Физическая культура", [("I", "5", ""), ("II", "4", "")])],
}


def getfinalassessments(pupil: str, pulled: dt.datetime) -> dict:
    last_name, first_name, _ = PUPILS[pupil]
    items = [{"name": subject, "assessments": [{"period": p, "value": v, "comment": c} for p, v, c in rows]}
             for subject, rows in FINALS[pupil]]
    return rec(f"getfinalassessments?student={pupil}",
               envelope({"students": {pupil: {"name": pupil, "title": f"{last_name} {first_name}", "items": items}}}),
               stamp(pulled))


def main() -> None:
    W1, W1E, W2, W2E = D(2026, 12, 14), D(2026, 12, 20), D(2026, 12, 21), D(2026, 12, 27)
    pupils = sorted(PUPILS)
    s0 = {}
    s1 = {"home_order": True}
    s2 = dict(s1, note_entered=True)
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    step("01 Sun 13 Dec 19:00: getrules of the six parents, getperiods of the six pupils",
         [getrules(p, stamp(local(2026, 12, 13, 19, i))) for i, p in enumerate(sorted(PARENTS))]
         + [getperiods(p, stamp(local(2026, 12, 13, 19, 10 + i))) for i, p in enumerate(pupils)])
    step("02 Sun 13 Dec 19:30: getdiary of the fortnight (14-27 Dec), before the home-schooling order is entered",
         [getdiary(p, W1, W2E, s0, local(2026, 12, 13, 19, 30 + i)) for i, p in enumerate(pupils)])
    step("03 Mon 14 Dec 20:00: week 1 after Monday: 46902's individual plan from 14 Dec is in the journal; "
         "46901's PE shows the substitute's «н» and «2»",
         [getdiary(p, W1, W1E, s1, local(2026, 12, 14, 20, i)) for i, p in enumerate(pupils)])
    step("04 Tue 15 Dec 21:00: the doctor's note entered: 46901's Monday PE shows «осв», the «н» and «2» gone",
         [getdiary(p, W1, W1E, s2, local(2026, 12, 15, 21, i)) for i, p in enumerate(pupils)])
    step("05 Fri 18 Dec 20:00: week 1 with the week's marks; week 2 with the individual plan",
         [getdiary(p, W1, W1E, s2, local(2026, 12, 18, 20, i)) for i, p in enumerate(pupils)]
         + [getdiary(p, W2, W2E, s2, local(2026, 12, 18, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("06 Fri 25 Dec 20:00: week 2 with the week's marks; getmarks of the fortnight",
         [getdiary(p, W2, W2E, s2, local(2026, 12, 25, 20, i)) for i, p in enumerate(pupils)]
         + [getmarks(p, W1, W2E, s2, local(2026, 12, 25, 20, 10 + i)) for i, p in enumerate(pupils)])
    step("07 Tue 29 Dec 12:00: getfinalassessments of the six pupils (quarters I and II)",
         [getfinalassessments(p, local(2026, 12, 29, 12, i)) for i, p in enumerate(pupils)])
    journey = {"vendor": "elzhur",
               "description": "Exemptions and special regimes (МБОУ «СОШ № 46» г. Казани, 9Б, 14-27 Dec 2026): a "
                              "pupil exempt from PE on a doctor's note («осв»), a pupil put on home schooling "
                              "(individual lessons at home, two class lessons on Tuesdays), a pupil on family "
                              "education seen only at his attestations, a special-medical-group PE, an elective "
                              "graded зачёт/незачёт and extra-curricular items.",
               "school": {"timezone": "Europe/Moscow", "name": "МБОУ «СОШ № 46» г. Казани"},
               "steps": steps}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
