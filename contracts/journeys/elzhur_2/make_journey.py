#!/usr/bin/env python3
"""Generate journey.json for the second Eljur (ЭлЖур) corpus: Лицей № 12 (vendor lyc12), class 9А (+ one
pupil of 4В), school year 2024/25 in half-years, weeks 2024-12-16..20 and 2024-12-23..27, winter vacation, and
the 2023/24 history of one pupil pushed late. Standard library only; deterministic. All values invented.
Shapes: /work/shared/reference/elzhur_mesh.md Part A (see README.md for the section of every trap)."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
HOST = "lyc12"

# ------------------------------------------------------------------ cast
PUPILS = {  # id: (title, lastname, firstname, gender, english group)
    "90101": ("Арсеньев Глеб", "Арсеньев", "Глеб", "male", 1),
    "90102": ("Борисова Ксения", "Борисова", "Ксения", "female", 2),
    "90103": ("Волков Тимур", "Волков", "Тимур", "male", 1),
    "90104": ("Галиева Амина", "Галиева", "Амина", "female", 2),
    "90105": ("Дёмин Роман", "Дёмин", "Роман", "male", 1),
}
P4 = {"40301": ("Волкова Майя", "Волкова", "Майя", "female")}
HT9 = ("31001", "Смирнова Елена Викторовна", "Смирнова", "Елена", "Викторовна")
HT4 = ("31002", "Кравцова Ольга Ивановна", "Кравцова", "Ольга", "Ивановна")
T = {  # subject -> (teacher, room)
    "Алгебра": ("Ершов Виктор Андреевич", "312"),
    "Русский язык": ("Смирнова Елена Викторовна", "205"),
    "Физика": ("Карпов Денис Олегович", "301"),
    "История": ("Левина Марина Аркадьевна", "214"),
    "Химия": ("Зуева Ирина Николаевна", "303"),
    "Физическая культура": ("Осипов Павел Геннадьевич", None),
}
ENG = {1: ("Фролова Анна Сергеевна", "408", "1 группа", "1 гр."),
       2: ("Нестерова Юлия Игоревна", "410", "2 группа", "2 гр.")}
T4 = {"Математика": ("Кравцова Ольга Ивановна", "104"), "Русский язык": ("Кравцова Ольга Ивановна", "104"),
      "Литературное чтение": ("Кравцова Ольга Ивановна", "104"), "Окружающий мир": ("Кравцова Ольга Ивановна", "104"),
      "Английский язык": ("Нестерова Юлия Игоревна", "410")}
BELLS9 = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:25", "11:10"), 4: ("11:30", "12:15"),
          5: ("12:25", "13:10"), 6: ("13:20", "14:05")}
BELLS4 = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:45", "11:25")}
ENGLISH = "Английский язык"
# weekday -> [(num, subject, group or None)]; group "both" = two subgroup items at one number
TT9 = {
    0: [(1, "Алгебра", None), (2, ENGLISH, "both"), (3, "Русский язык", None), (4, "Физика", None), (5, "История", None)],
    1: [(1, "Русский язык", None), (2, "Алгебра", None), (3, "Химия", None), (4, "Физическая культура", None),
        (5, ENGLISH, "both")],
    2: [(1, "Физика", None), (2, "Алгебра", None), (3, "История", None), (4, "Русский язык", None), (5, ENGLISH, 1),
        (6, ENGLISH, 2)],
    3: [(1, "Химия", None), (2, "Русский язык", None), (3, "Алгебра", None), (4, "Физическая культура", None)],
    4: [(1, "История", None), (2, "Физика", None), (3, "Алгебра", None), (4, ENGLISH, "both"), (5, "Русский язык", None)],
}
TT4 = {0: ["Русский язык", "Математика", "Литературное чтение", "Окружающий мир"],
       1: ["Математика", "Русский язык", "Английский язык", "Литературное чтение"],
       2: ["Русский язык", "Математика", "Окружающий мир", "Литературное чтение"],
       3: ["Математика", "Английский язык", "Русский язык", "Литературное чтение"],
       4: ["Литературное чтение", "Математика", "Русский язык", "Окружающий мир"]}
TOPICS = {
    "Алгебра": ["Арифметическая прогрессия", "Сумма n первых членов прогрессии", "Геометрическая прогрессия",
                "Решение задач на прогрессии", "Подготовка к контрольной работе", "Контрольная работа № 4",
                "Анализ контрольной работы", "Повторение: квадратичная функция", "Системы неравенств",
                "Итоговое повторение"],
    "Русский язык": ["Сложноподчинённые предложения", "Придаточные изъяснительные", "Придаточные определительные",
                     "Знаки препинания в СПП", "Сочинение-рассуждение 9.3", "Изложение", "Повторение", "Анализ ошибок",
                     "Бессоюзные предложения", "Тире в БСП"],
    "Физика": ["Работа и мощность", "Закон сохранения энергии", "Решение задач", "Механические колебания",
               "Зачёт по теме «Работа и мощность»", "Маятник", "Итоговое занятие"],
    "История": ["Отечественная война 1812 года", "Внешняя политика Александра I", "Движение декабристов",
                "Николай I", "Крымская война", "Культура первой половины XIX века", "Повторение"],
    "Химия": ["Соли аммония", "Азотная кислота", "Контрольная работа «Неметаллы»", "Фосфор",
              "Углерод"],
    "Физическая культура": ["Гимнастика: опорный прыжок", "Гимнастика: акробатика", "Лыжная подготовка",
                            "Сдача норматива: подтягивание"],
    ENGLISH: ["Unit 5. Media", "Passive Voice", "Reported Speech", "Christmas traditions", "Vocabulary test",
              "Project work", "Revision"],
}
W1 = [dt.date(2024, 12, 16) + dt.timedelta(days=i) for i in range(5)]
W2 = [dt.date(2024, 12, 23) + dt.timedelta(days=i) for i in range(5)]
DAYNAMES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]


def ymd(d):
    return d.strftime("%Y%m%d")


def lesson_id(d, num, grp=None):
    if d < dt.date(2024, 8, 1):  # school year 2023/24
        return str(520000 + (d - dt.date(2023, 9, 1)).days * 20 + num * 2 + (1 if grp == 2 else 0))
    return str(610000 + (d - dt.date(2024, 9, 1)).days * 20 + num * 2 + (1 if grp == 2 else 0))


def lesson_id4(d, num):
    return str(470000 + (d - dt.date(2024, 9, 1)).days * 10 + num)


_topic_ix = {}


def topic(subject, d, num):
    key = (subject, d, num)
    if key not in _topic_ix:
        n = sum(1 for k in _topic_ix if k[0] == subject)
        _topic_ix[key] = TOPICS[subject][n % len(TOPICS[subject])]
    return _topic_ix[key]


# ------------------------------------------------------------------ marks
def mk(value, weight=1, wf=None, ctype="Работа на уроке", short="РУ", count=True, convert=None, countas=None,
       comment="", nm="1"):
    if convert is None:
        try:
            convert = int(value[0])
        except (ValueError, IndexError):
            convert = 0
    if countas is None:
        countas = str(convert) if count else "0"
    return {"value": value, "countas": countas, "count": count, "convert": convert, "weight": weight,
            "weight_float": weight if wf is None else wf, "control_type": ctype, "control_type_short": short,
            "nm": nm, "comment": comment}


def absent(code, comment=""):
    return {"value": code, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
            "control_type": "", "control_type_short": "", "nm": "1", "comment": comment}


D = dt.date
MARKS = {  # (student, date, num) -> [assessment]
    ("90101", D(2024, 12, 16), 1): [mk("5")],
    ("90101", D(2024, 12, 16), 2): [mk("4+", countas="4.25")],
    ("90101", D(2024, 12, 17), 3): [mk("3/4", 2, ctype="Контрольная работа", short="КР", convert=3.5, countas="3.5")],
    ("90101", D(2024, 12, 18), 1): [absent("н")],
    ("90101", D(2024, 12, 19), 4): [mk("зачёт", 0, count=False, ctype="Сдача норматива", short="Н")],
    ("90101", D(2024, 12, 20), 3): [mk("2", comment="Не выполнено домашнее задание")],
    ("90101", D(2024, 12, 23), 1): [mk("4")],
    ("90101", D(2024, 12, 25), 5): [mk("5", ctype="Словарный диктант", short="СД")],
    ("90101", D(2024, 12, 26), 3): [mk("5", 3, ctype="Контрольная работа", short="КР")],
    ("90102", D(2024, 12, 16), 3): [mk("5-", 1, wf="1.5", ctype="Сочинение", short="С", countas="4.75", convert=5)],
    ("90102", D(2024, 12, 17), 1): [absent("б", "ОРВИ")],
    ("90102", D(2024, 12, 18), 6): [mk("5")],
    ("90102", D(2024, 12, 19), 1): [mk("н/а", 0, count=False, ctype="Контрольная работа", short="КР",
                                       comment="отсутствовала на контрольной")],
    ("90102", D(2024, 12, 23), 3): [mk("4")],
    ("90102", D(2024, 12, 24), 3): [mk("4-", countas="3.75")],
    ("90103", D(2024, 12, 16), 4): [mk("4")],
    ("90103", D(2024, 12, 17), 2): [mk("5/5", 2, ctype="Самостоятельная работа", short="СР", convert=5),
                                    mk("4", nm="2")],
    ("90103", D(2024, 12, 18), 3): [absent("н")],
    ("90103", D(2024, 12, 20), 2): [mk("3", ctype="Самостоятельная работа", short="СР")],
    ("90103", D(2024, 12, 24), 2): [absent("н")],
    ("90103", D(2024, 12, 26), 1): [mk("4")],
    ("90104", D(2024, 12, 16), 2): [mk("5")],
    ("90104", D(2024, 12, 17), 4): [mk("осв", 0, count=False, ctype="", short="", comment="справка до 27.12")],
    ("90104", D(2024, 12, 19), 3): [mk("4", 2, wf=2.0, ctype="Контрольная работа", short="КР")],
    ("90104", D(2024, 12, 20), 2): [mk("незачёт", 0, count=False, ctype="Зачёт", short="З")],
    ("90104", D(2024, 12, 23), 4): [mk("5")],
    ("90104", D(2024, 12, 27), 4): [mk("4")],
    ("90105", D(2024, 12, 16), 5): [mk("4")],
    ("90105", D(2024, 12, 18), 2): [mk("", 0, count=False, convert=0)],
    ("90105", D(2024, 12, 19), 2): [mk("2", comment="Не выучено правило")],
    ("90105", D(2024, 12, 20), 4): [absent("уп", "заявление родителей")],
    ("90105", D(2024, 12, 24), 1): [mk("3+", countas="3.25")],
    ("90105", D(2024, 12, 27), 3): [mk("2-", countas="1.75")],
}
# November marks only getmarks knows (outside the diary weeks): (student, date, subject, lesson no., assessment)
NOV = [
    ("90101", D(2024, 11, 12), "Алгебра", 2, mk("4")),
    ("90101", D(2024, 11, 14), "Химия", 1, mk("5", 2, ctype="Практическая работа", short="ПР")),
    ("90102", D(2024, 11, 13), "Русский язык", 4, mk("5", 2, ctype="Диктант", short="Д")),
    ("90103", D(2024, 11, 11), "Физика", 4, mk("4")),
    ("90103", D(2024, 11, 15), "История", 1, mk("5")),
    ("90104", D(2024, 11, 12), "Химия", 3, mk("3", comment="ошибки в уравнениях")),
    ("90104", D(2024, 11, 20), "Алгебра", 2, mk("5")),
    ("90105", D(2024, 11, 13), "История", 3, mk("4")),
]
MARKS4 = {("40301", D(2024, 12, 16), 2): [mk("5")], ("40301", D(2024, 12, 18), 1): [mk("4", ctype="Диктант", short="Д")],
          ("40301", D(2024, 12, 19), 2): [absent("б")]}

HOMEWORK = {  # (date, num, grp or None) -> [(hw id, text, files)]
    (D(2024, 12, 16), 1, None): [(7700101, "№ 571, 573", ["прогрессии.pdf"])],
    (D(2024, 12, 16), 2, 1): [(7700102, "Упр. 3 стр. 71", [])],
    (D(2024, 12, 16), 2, 2): [(7700103, "Выучить слова Unit 5", ["words_unit5.docx"])],
    (D(2024, 12, 17), 3, None): [(7700104, "§ 21, упр. 4", []), (7700105, "Подготовить доклад о фосфоре",
                                                              ["требования к докладу.pdf"])],
    (D(2024, 12, 18), 3, None): [(7700106, "§ 14–15, таблица", [])],
    (D(2024, 12, 19), 3, None): [(7700107, "№ 601–604", [])],
    (D(2024, 12, 20), 2, None): [(7700108, "§ 30, задачи 2, 4", ["задачи.pdf"])],
    (D(2024, 12, 23), 3, None): [(7700201, "Упр. 215", [])],
    (D(2024, 12, 24), 2, None): [(7700202, "№ 640, 642", [])],
    (D(2024, 12, 25), 5, 1): [(7700203, "Project: My media diary", [])],
    (D(2024, 12, 26), 3, None): [(7700204, "Повторить § 1–6", [])],
}
HW_UPDATED = {7700204: "Повторить § 1–6, № 702"}   # step 10: the teacher changed the text
HW_WITHDRAWN = {7700106}                          # step 10: the History task is withdrawn
HW_INDIVIDUAL = {"90104": (D(2024, 12, 19), 3, 7700190, "Индивидуально: карточка № 7 (повторение)")}
HOMEWORK4 = {(D(2024, 12, 16), 2): [(7700401, "Учебник стр. 112, № 5, 7", [])],
             (D(2024, 12, 17), 2): [(7700402, "Упр. 88 (списать, подчеркнуть основы)", ["образец.jpg"])]}


# ------------------------------------------------------------------ builders
def env(result, state=200, error=None):
    return {"response": {"state": state, "error": error, "result": result}}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def files_new(tasks):
    return [{"toid": hid, "filename": fn, "link": f"https://{HOST}.eljur.ru/files/{hid:x}{i}"}
            for hid, _, fns in tasks for i, fn in enumerate(fns)]


def files_old(tasks):
    return {"file": [{"filename": fn, "link": f"https://{HOST}.eljur.ru/files/{hid:x}{i}"}
                     for hid, _, fns in tasks for i, fn in enumerate(fns)]}


def hw_value(hid, text, updated):
    return HW_UPDATED.get(hid, text) if updated else text


def day_items_9(d, sid, *, rings, secs, marks=True, hw=True, old_files=False, numeric=False, updated=False,
                deleted=frozenset(), corrected=None, for_class=False):
    """Lesson items of 9А on day d for pupil sid (or the class when for_class)."""
    items = []
    grp_of = PUPILS[sid][4] if sid else None
    for num, subj, g in TT9[d.weekday()]:
        groups = [None] if g is None else ([1, 2] if g == "both" else [g])
        for grp in groups:
            if not for_class and grp is not None and grp != grp_of:
                continue
            teacher, room = (ENG[grp][0], ENG[grp][1]) if grp else T[subj]
            lid = lesson_id(d, num, grp)
            it = {"num": num if numeric else str(num), "name": subj, "room": room, "teacher": teacher,
                  "sort": num * 100}
            if grp:
                it["grp"], it["grp_short"] = ENG[grp][2], ENG[grp][3]
            it["lesson_id"] = int(lid) if numeric else lid
            tp = topic(subj, d, num)
            if not (subj == "Физическая культура" and d == D(2024, 12, 17)):
                it["topic"] = tp
            it["is_control"] = "Контрольная" in tp or "Зачёт" in tp
            if rings:
                s, e = BELLS9[num]
                it["starttime"], it["endtime"] = (s + ":00", e + ":00") if secs else (s, e)
            if hw:
                tasks = [(h, hw_value(h, t, updated), f) for h, t, f in HOMEWORK.get((d, num, grp), [])
                         if not (updated and h in HW_WITHDRAWN)]
                ind = HW_INDIVIDUAL.get(sid)
                if ind and ind[0] == d and ind[1] == num:
                    tasks.append((ind[2], ind[3], []))
                it["homework"] = {str(h): {"id": h, "value": t, "individual": bool(ind and h == ind[2])}
                                  for h, t, _ in tasks}
                it["files"] = files_old(tasks) if old_files and any(f for _, _, f in tasks) else files_new(tasks)
                it["resources"] = []
            if marks and sid:
                ass = []
                for a in MARKS.get((sid, d, num), []):
                    if (sid, d, num, a["nm"]) in deleted:
                        continue
                    a = dict(a)
                    if corrected and (sid, d, num, a["nm"]) in corrected:
                        a.update(corrected[(sid, d, num, a["nm"])])
                    a["date"] = d.isoformat()
                    a["lesson_id"] = int(lid) if numeric else lid
                    if numeric:
                        a["nm"] = int(a["nm"])
                        a["countas"] = float(a["countas"]) if "." in a["countas"] else int(a["countas"])
                    a["color_hex"] = None
                    ass.append(a)
                if ass:
                    it["assessments"] = ass
            items.append(it)
    return items


def day(d, items, *, as_array, title_style=0):
    title = DAYNAMES[d.weekday()] if title_style == 0 else f"{DAYNAMES[d.weekday()]}, {d:%d.%m}"
    if as_array:
        its = items
    else:
        its = {str(it["num"]): it for it in items}
    return {"name": ymd(d), "title": title, "items": its}


def diary9(sid, days, *, rings, secs, as_array=False, students_array=False, **kw):
    dd = {ymd(d): day(d, day_items_9(d, sid, rings=rings, secs=secs, **kw), as_array=as_array) for d in days}
    st = {"name": sid, "title": PUPILS[sid][0], "parent_signed": False, "days": dd}
    if students_array:
        st = dict(st, name=int(sid))
        return env({"students": [st]})
    return env({"students": {sid: st}})


def diary4(days, rings=True):
    sid = "40301"
    dd = {}
    for d in days:
        items = {}
        for num, subj in enumerate(TT4[d.weekday()], 1):
            teacher, room = T4[subj]
            lid = lesson_id4(d, num)
            it = {"num": str(num), "name": subj, "room": room, "teacher": teacher, "sort": num * 100,
                  "lesson_id": lid, "topic": f"{subj}: урок {(d.day - 15) * 4 + num}", "is_control": False}
            if rings:
                it["starttime"], it["endtime"] = BELLS4[num]
            tasks = HOMEWORK4.get((d, num), [])
            it["homework"] = {str(h): {"id": h, "value": t, "individual": False} for h, t, _ in tasks}
            it["files"] = files_new(tasks)
            it["resources"] = []
            ass = [dict(a, date=d.isoformat(), lesson_id=lid, color_hex=None) for a in MARKS4.get((sid, d, num), [])]
            if ass:
                it["assessments"] = ass
            items[str(num)] = it
        dd[ymd(d)] = {"name": ymd(d), "title": DAYNAMES[d.weekday()], "items": items}
    return env({"students": {sid: {"name": sid, "title": P4[sid][0], "parent_signed": True, "days": dd}}})


def schedule9_class(days, *, rings, secs, room_null=False):
    out = {}
    for d in days:
        items = day_items_9(d, None, rings=rings, secs=secs, marks=False, hw=False, for_class=True)
        for it in items:
            it["resources"] = []
        out[ymd(d)] = {"name": ymd(d), "title": DAYNAMES[d.weekday()], "items": items}
    return env({"days": out})


def schedule4_class(days):
    body = diary4(days)["response"]["result"]["students"]["40301"]["days"]
    out = {}
    for k, dday in body.items():
        items = []
        for it in dday["items"].values():
            items.append({x: y for x, y in it.items() if x not in ("assessments", "homework", "files")})
        out[k] = {"name": dday["name"], "title": dday["title"], "items": items}
    return env({"days": out})


def homework9_class(days, updated=False):
    """gethomework by class, new files form this time (array with toid), homework keyed by id."""
    out = {}
    for d in days:
        items = []
        for num, subj, g in TT9[d.weekday()]:
            groups = [None] if g is None else ([1, 2] if g == "both" else [g])
            for grp in groups:
                tasks = [(h, hw_value(h, t, updated), f) for h, t, f in HOMEWORK.get((d, num, grp), [])
                         if not (updated and h in HW_WITHDRAWN)]
                if not tasks:
                    continue
                it = {"num": str(num), "name": subj, "grp": ENG[grp][2] if grp else None,
                      "homework": {str(h): {"id": h, "value": t, "individual": False} for h, t, _ in tasks},
                      "files": files_new(tasks)}
                items.append(it)
        if items:
            out[ymd(d)] = {"name": ymd(d), "title": DAYNAMES[d.weekday()], "items": items}
    return env({"days": out})


def homework9_student(sid, days, updated=False):
    """gethomework by pupil, older files form {file:[...]}; items keyed by lesson number."""
    dd = {}
    for d in days:
        items = {}
        for it in day_items_9(d, sid, rings=False, secs=False, marks=False, old_files=True, updated=updated):
            if it.get("homework"):
                items[it["num"]] = {k: it[k] for k in ("num", "name", "grp", "homework", "files") if k in it}
        if items:
            dd[ymd(d)] = {"name": ymd(d), "title": DAYNAMES[d.weekday()], "items": items}
    return env({"students": {sid: {"name": sid, "title": PUPILS[sid][0], "days": dd}}})


def avg(marks):
    num = den = 0.0
    for a in marks:
        if a["count"] and a["value"]:
            w = float(a["weight_float"])
            num += w * float(a["convert"])
            den += w
    return "" if den == 0 else f"{num / den:.2f}"


def getmarks9(sid, *, deleted=frozenset(), corrected=None, number_avg=False, students_array=False, until=None):
    subj_marks = {}
    for (s, d, num), ass in sorted(MARKS.items()):
        if s != sid or (until and d > until):
            continue
        subj = next(x[1] for x in TT9[d.weekday()] if x[0] == num)
        for a in ass:
            if (s, d, num, a["nm"]) in deleted:
                continue
            a = dict(a)
            if corrected and (s, d, num, a["nm"]) in corrected:
                a.update(corrected[(s, d, num, a["nm"])])
            grp = PUPILS[sid][4] if subj == ENGLISH else None
            subj_marks.setdefault(subj, []).append((d, num, grp, a))
    for s, d, subj, num, a in NOV:
        if s == sid:
            subj_marks.setdefault(subj, []).append((d, num, PUPILS[sid][4] if subj == ENGLISH else None, dict(a)))
    lessons = []
    for subj in ["Алгебра", "Русский язык", ENGLISH, "Физика", "История", "Химия", "Физическая культура"]:
        ms = sorted(subj_marks.get(subj, []), key=lambda x: (x[0], x[1], x[3]["nm"]))
        out = []
        for d, num, grp, a in ms:
            m = {k: a[k] for k in ("value", "countas", "count", "convert", "weight", "weight_float")}
            m.update(date=d.isoformat(), lesson_id=lesson_id(d, num, grp), nm=a["nm"], comment=a["comment"],
                     lesson_comment=topic(subj, d, num) if d.month == 12 else None, max_mark=None)
            if a["control_type"]:
                m["mtype"] = {"id": 1 if a["control_type_short"] == "РУ" else 5, "short": a["control_type_short"],
                              "type": a["control_type"]}
            out.append(m)
        a_ = avg([x[3] for x in ms])
        if number_avg and a_:
            a_ = float(a_)
        lessons.append({"name": subj, "average": a_, "averageConvert": round(float(a_)) if a_ != "" else None,
                        "lesson_id": str(1300 + len(lessons)), "color_hex": None, "marks": out})
    st = {"name": sid, "title": PUPILS[sid][0], "lessons": lessons}
    if students_array:
        return env({"students": [st]})
    return env({"students": {sid: st}})


def getmarks4():
    lessons = {}
    for (s, d, num), ass in sorted(MARKS4.items()):
        subj = TT4[d.weekday()][num - 1]
        for a in ass:
            m = {k: a[k] for k in ("value", "countas", "count", "convert", "weight", "weight_float")}
            m.update(date=d.isoformat(), lesson_id=lesson_id4(d, num), nm=a["nm"], comment=a["comment"],
                     lesson_comment=None, max_mark=None)
            if a["control_type"]:
                m["mtype"] = {"id": "1", "short": a["control_type_short"], "type": a["control_type"]}
            lessons.setdefault(subj, []).append((a, m))
    out = [{"name": subj, "average": avg([x[0] for x in v]), "averageConvert": None, "lesson_id": str(1400 + i),
            "marks": [x[1] for x in v]} for i, (subj, v) in enumerate(sorted(lessons.items()))]
    return env({"students": {"40301": {"name": "40301", "title": P4["40301"][0], "lessons": out}}})


PERIODS = [
    {"name": "1", "fullname": "I полугодие", "start": "20240902", "end": "20241228", "disabled": False, "ambigious": None},
    {"name": "2", "fullname": "II полугодие", "start": "20250109", "end": "20250530", "disabled": False, "ambigious": None},
    {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True},
]
PERIOD_EXAM = {"name": "Э", "fullname": "Экзаменационная", "start": "", "end": "", "disabled": True, "ambigious": True}


def weeks_of(p):
    if not p["start"]:
        return []
    d, end, out = dt.datetime.strptime(p["start"], "%Y%m%d").date(), dt.datetime.strptime(p["end"], "%Y%m%d").date(), []
    while d <= end:
        e = min(d + dt.timedelta(days=6 - d.weekday()), end)
        out.append({"start": ymd(d), "end": ymd(e), "title": f"{d:%d.%m} - {e:%d.%m}"})
        d = e + dt.timedelta(days=1)
    return out


def getperiods(sid, title, *, weeks, show_disabled=False, as_object=False):
    ps = [dict(p, weeks=weeks_of(p) if weeks else []) for p in PERIODS]
    if show_disabled:
        ps.append(dict(PERIOD_EXAM, weeks=[]))
    st = {"name": sid, "title": title, "periods": ps}
    return env({"students": {sid: st} if as_object else [st]})


def rules_parent(uid, title, names, kids, groups, *, numeric_name=False):
    last, first, middle = names
    students = {}
    for k in kids:
        if k in PUPILS:
            t, ln, fn, g, _ = PUPILS[k]
            cls, par = "9А", "9"
        else:
            t, ln, fn, g = P4[k]
            cls, par = "4В", 4
        students[k] = {"rules": ["getdiary", "getfinalassessments", "gethomework", "getmarks", "getperiods",
                                 "getschedule"], "rel": "child", "name": int(k) if numeric_name else k, "title": t,
                       "lastname": ln, "firstname": fn, "gender": g, "class": cls, "parallel": par, "city": "Калуга"}
    return env({"roles": ["parent"], "relations": {"students": students, "groups": groups, "schools": SCHOOLS},
                "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages", "updates"],
                "id": uid, "name": uid, "title": title, "lastname": last, "firstname": first, "middlename": middle,
                "gender": "female", "email": f"p{uid}@example.org", "region": "Калужская область", "city": "Калуга",
                "vendor": HOST, "vendor_id": 5512})


def group(cls, ht, par):
    return {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": cls, "parallel": par, "balls": 5,
            "hometeacher_id": ht[0], "hometeacher_name": ht[1], "hometeacher_lastname": ht[2],
            "hometeacher_firstname": ht[3], "hometeacher_middlename": ht[4]}


SCHOOLS = [{"title": "Лицей № 12", "title_full": "МБОУ «Лицей № 12» г. Калуги", "number": "12", "inn": "4027000012",
            "kpp": "402701001"}]


def finals(sid, items, *, days=None):
    return env({"students": {sid: {"name": sid, "title": PUPILS.get(sid, P4.get(sid))[0], "items": items}}})


def fa(period, value, comment="", convert=None, color=None):
    a = {"period": period, "value": value, "comment": comment}
    if convert is not None:
        a["convert"] = convert
    if color:
        a["color_hex"] = color
    return a


# ------------------------------------------------------------------ the journey
def main():
    steps = []
    W1R = f"days={ymd(W1[0])}-20241222"
    W2R = f"days={ymd(W2[0])}-20241229"
    HY = "days=20240902-20241228"
    t1, t2, t3, t4 = ("2024-12-21T06:30:00+03:00", "2024-12-28T06:30:00+03:00", "2024-12-30T06:30:00+03:00",
                      "2025-01-10T06:30:00+03:00")
    g9, g4 = group("9А", HT9, "9"), group("4В", HT4, 4)

    # 01 getrules
    b = [
        rec("getrules", rules_parent("52001", "Волкова Наталья Андреевна", ("Волкова", "Наталья", "Андреевна"),
                                     ["90103", "40301"], {"9А": g9, "4В": g4}, numeric_name=True), t1),
        rec("getrules", rules_parent("52002", "Арсеньева Дарья Олеговна", ("Арсеньева", "Дарья", "Олеговна"),
                                     ["90101"], {"9А": g9}), t1),
        rec("getrules", rules_parent("52003", "Галиева Лейла Ринатовна", ("Галиева", "Лейла", "Ринатовна"),
                                     ["90104"], {"9А": g9}), t1),
        rec(f"https://{HOST}.eljur.ru/apiv3/getrules?out_format=json", rules_parent("52004", "Дёмина Ирина Павловна", ("Дёмина", "Ирина", "Павловна"),
                                     ["90105"], {"9А": g9}), t1),
        rec("getrules", env({"roles": ["student"], "relations": {"groups": {"9А": dict(g9, parallel=9)},
                                                                  "schools": SCHOOLS},
                             "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
                             "id": 90102, "name": "90102", "title": "Борисова Ксения", "lastname": "Борисова",
                             "firstname": "Ксения", "middlename": "", "gender": "female", "email": "",
                             "region": "Калужская область", "city": "Калуга", "vendor": HOST, "vendor_id": 5512}), t1),
    ]
    steps.append(("01 getrules: four parents (52001 has 90103 in 9А AND 40301 in 4В, relations.groups holds both "
                  "homeclasses with their hometeacher_*; student names sent as numbers for 52001) and the pupil "
                  "90102 logging in herself (roles [\"student\"], no relations.students) [A.3 getrules, A.4]", [b]))

    # 02 getperiods
    b = []
    for i, sid in enumerate(PUPILS):
        q = f"getperiods?student={sid}&weeks=__yes" + ("&show_disabled=__yes" if sid == "90105" else "")
        b.append(rec(q, getperiods(sid, PUPILS[sid][0], weeks=True, show_disabled=sid == "90105",
                                   as_object=sid == "90103"), t1))
    b.append(rec("getperiods?student=40301&weeks=true", getperiods("40301", P4["40301"][0], weeks=True), t1))
    steps.append(("02 getperiods: HALF-YEARS 1 (20240902-20241228) and 2 (20250109-20250530), year column Г "
                  "(ambigious, no dates); students as array, once as object (90103); show_disabled=__yes adds a "
                  "disabled exam column Э for 90105; weeks=__yes and weeks=true [A.1, A.3 Period, A.4]", [b]))

    # 03 getschedule: by class (9А, 4В) and by pupil
    b = [rec(f"getschedule?class=9А&{W1R}&rings=__yes", schedule9_class(W1, rings=True, secs=True), t1),
         rec(f"getschedule?class=4В&{W1R}&rings=__yes", schedule4_class(W1), t1),
         rec(f"getschedule?student=90102&{W1R}&rings=__yes",
             diary9("90102", W1, rings=True, secs=False, marks=False, hw=False), t1)]
    steps.append(("03 getschedule by class 9А (top-level days, items ARRAY, both English subgroups at one num) "
                  "and 4В, and by pupil (student=90102: students object, items keyed by num, HH:MM) "
                  "[A.2 getschedule student|class, A.3]", [b]))

    # 04 getdiary week 1
    def week1_diaries(**kw):
        return [
            rec(f"getdiary?student=90101&{W1R}&rings=__yes", diary9("90101", W1, rings=True, secs=True, **kw), t1),
            rec(f"getdiary?student=90102&{W1R}&rings=__yes",
                diary9("90102", W1, rings=True, secs=False, as_array=True, students_array=True), t1),
            rec(f"getdiary?student=90103&{W1R}&rings=__yes", diary9("90103", W1, rings=True, secs=True), t1),
            rec(f"getdiary?students=90104&{W1R}&rings=__yes", diary9("90104", W1, rings=True, secs=True), t1),
            rec(f"getdiary?student=90105&{W1R}&rings=__yes",
                diary9("90105", W1, rings=True, secs=True, old_files=True, numeric=True), t1),
            rec(f"getdiary?student=40301&{W1R}&rings=__yes", diary4(W1), t1),
        ]
    b04 = week1_diaries()
    steps.append(("04 getdiary week 1 (20241216-20241222) rings=__yes per pupil: HH:MM:SS (90101/90103/90104/90105) "
                  "and HH:MM (90102, students ARRAY with name as a number, items ARRAY); 90104 pulled with the "
                  "w1nsh selector students=; 90105's answer from an older server: num/lesson_id/nm/countas as "
                  "NUMBERS and files in the {file:[...]} form; marks 4+, 5-, 3/4, 5/5, зачёт, незачёт, н/а, осв, "
                  "phantom \"\", б (ill), уп (excused), н; weight_float \"1.5\" vs weight 1; a lesson with two "
                  "homework tasks and files bound by toid; an individual task; 4В diary [A.1, A.3, A.4, A.6, D.2]",
                  [b04]))

    # 05 getmarks, half-year 1
    b = [rec(f"getmarks?student={sid}&{HY}", getmarks9(sid, number_avg=sid == "90104", until=D(2024, 12, 21),
                                                       students_array=sid == "90105"), t1) for sid in PUPILS]
    b.append(rec(f"getmarks?student=40301&{HY}", getmarks4(), t1))
    steps.append(("05 getmarks per pupil for half-year 1 (days = the period's start-end): November marks only "
                  "here, average as string, as a NUMBER (90104) and \"\" (no counting mark), mtype, lesson_comment; "
                  "students ARRAY for 90105 [A.3 SubjectMarks, A.6]", [b]))

    # 06 gethomework
    b = [rec(f"gethomework?class=9А&{W1R}", homework9_class(W1), t1),
         rec(f"gethomework?student=90104&{W1R}", homework9_student("90104", W1), t1),
         rec(f"gethomework?student=90101&{W1R}", homework9_student("90101", W1), t1)]
    steps.append(("06 gethomework by class 9А (top-level days, items array, this time the NEW files form "
                  "[{toid,...}] and homework keyed by id) and per pupil (items keyed by num, the OLD files form "
                  "{file:[...]}; 90104's individual task only in her own answer) [A.2, A.3 files, A.5 E5]", [b]))

    # 07 getfinalassessments (before the half-year closes)
    b = [rec(f"getfinalassessments?student={sid}", finals(sid, [{"name": s, "assessments": []} for s in
                                                                 ("Алгебра", "Русский язык", "Физика")]), t1)
         for sid in ("90101", "90103")]
    steps.append(("07 getfinalassessments before the half-year closes: assessments [] everywhere [A.3 Final]", [b]))

    # 08 byte-identical re-send of step 04
    steps.append(("08 RE-SEND: the step-04 batch again, byte-identical (nothing new may appear)",
                  [json.loads(json.dumps(b04))]))

    # 09 week 2
    b1 = [rec(f"getschedule?class=9А&{W2R}&rings=true", schedule9_class(W2, rings=True, secs=False), t2)]
    b2 = [rec(f"getdiary?student={sid}&{W2R}&rings=true",
              diary9(sid, W2, rings=True, secs=sid in ("90103",), as_array=sid == "90101"), t2) for sid in PUPILS]
    b3 = [rec(f"gethomework?class=9А&{W2R}", homework9_class(W2), t2)]
    steps.append(("09 week 2 (20241223-20241229) rings=true: class schedule HH:MM, diaries (items array for 90101, "
                  "HH:MM:SS only for 90103), class homework with the Algebra task of 2024-12-26 [A.1, A.3]",
                  [b1, b2, b3]))

    # 10 corrections, deletion, homework update/withdrawal
    corr101 = {("90101", D(2024, 12, 20), 3, "1"): {"value": "3", "countas": "3", "convert": 3,
                                                    "comment": "Исправлено после пересдачи"}}
    corr103 = {("90103", D(2024, 12, 18), 3, "1"): {"value": "уп", "comment": "справка от родителей"}}
    del103 = {("90103", D(2024, 12, 20), 2, "1")}
    b = [rec(f"https://api.eljur.ru/apiv3/getdiary?vendor={HOST}&{W1R}&student=90101&rings=__yes&out_format=json",
             diary9("90101", W1, rings=True, secs=True, corrected=corr101, updated=True), t3),
         rec(f"getmarks?student=90101&{HY}", getmarks9("90101", corrected=corr101), t3),
         rec(f"getdiary?student=90102&{W1R}&rings=__yes",
             diary9("90102", W1, rings=True, secs=False, as_array=True, students_array=True, updated=True), t3),
         rec(f"getdiary?student=90103&{W1R}&rings=__yes",
             diary9("90103", W1, rings=True, secs=True, corrected=corr103, deleted=del103, updated=True), t3),
         rec(f"getmarks?student=90103&{HY}", getmarks9("90103", corrected=corr103, deleted=del103), t3),
         rec(f"getdiary?students=90104&{W1R}&rings=__yes", diary9("90104", W1, rings=True, secs=True, updated=True), t3),
         rec(f"getdiary?student=90105&{W1R}&rings=__yes",
             diary9("90105", W1, rings=True, secs=True, old_files=True, numeric=True, updated=True), t3),
         rec(f"gethomework?class=9А&{W1R}", homework9_class(W1, updated=True), t3),
         rec(f"gethomework?student=90104&{W1R}", homework9_student("90104", W1, updated=True), t3),
         rec(f"gethomework?student=90101&{W1R}", homework9_student("90101", W1, updated=True), t3)]
    b += [rec(f"getdiary?student={sid}&{W2R}&rings=true",
              diary9(sid, W2, rings=True, secs=sid in ("90103",), as_array=sid == "90101", updated=True), t3)
          for sid in PUPILS]
    b.append(rec(f"gethomework?class=9А&{W2R}", homework9_class(W2, updated=True), t3))
    steps.append(("10 CORRECTIONS by re-pull of weeks 1 and 2 (diaries, class and pupil homework): 90101's "
                  "Алгебра 2 of 2024-12-20 becomes 3 (its diary re-pulled in the central-host form "
                  "https://api.eljur.ru/apiv3/... with vendor/out_format and another parameter order; getmarks "
                  "re-pulled as in step 05); 90103's История н of 2024-12-18 becomes уп (attendance corrected); "
                  "90103's Физика 3 of 2024-12-20 is GONE from both its re-pulled answers (deletion); the История "
                  "task of 2024-12-18 is withdrawn, the Алгебра task of 2024-12-26 re-worded [A.1, A.3, A.4]", [b]))

    # 11 vacation
    vac = [D(2024, 12, 30) + dt.timedelta(days=i) for i in range(7)]
    def vacday(d, shape):
        x = {"name": ymd(d), "title": DAYNAMES[d.weekday()], "alert": "vacation", "holiday_name": "Зимние каникулы"}
        if shape == "obj":
            x["items"] = {}
        elif shape == "arr":
            x["items"] = []
        return x
    b = [rec("getschedule?class=9А&days=20241230-20250105&rings=__yes",
             env({"days": {ymd(d): vacday(d, "none") for d in vac}}), t3),
         rec("getschedule?class=4В&days=20241230-20250105&rings=__yes",
             env({"days": {ymd(d): vacday(d, "arr") for d in vac}}), t3),
         rec("getdiary?student=90101&days=20241230-20250105&rings=__yes",
             env({"students": {"90101": {"name": "90101", "title": PUPILS["90101"][0], "parent_signed": False,
                                         "days": {ymd(d): vacday(d, "obj") for d in vac}}}}), t3)]
    steps.append(("11 winter vacation 2024-12-30..2025-01-05: alert vacation + holiday_name; items ABSENT "
                  "(9А class schedule), [] (4В) and {} (90101's diary) [A.3 Day]", [b]))

    # 12 final re-pull of getmarks and the half-year finals
    b1 = [rec(f"getmarks?student={sid}&{HY}",
              getmarks9(sid, corrected={**corr101, **corr103}, deleted=del103, number_avg=sid == "90104",
                        students_array=sid == "90105"), t4) for sid in PUPILS]
    F = {
        "90101": [("Алгебра", "4", 4), ("Русский язык", "4", 4), (ENGLISH, "5", 5), ("Физика", "4", 4),
                  ("История", "5", 5), ("Химия", "4", 4), ("Физическая культура", "зачёт", None)],
        "90102": [("Алгебра", "4", 4), ("Русский язык", "5", 5), (ENGLISH, "5", 5), ("Химия", "н/а", None)],
        "90103": [("Алгебра", "5", 5), ("Физика", "4", 4), ("История", "5", 5), ("Химия", "4", 4)],
        "90104": [("Алгебра", "4", 4), (ENGLISH, "5", 5), ("Физика", "3", 3), ("Химия", "3", 3),
                  ("Физическая культура", "осв", None)],
        "90105": [("Алгебра", "3", 3), ("Русский язык", "3", 3), (ENGLISH, "4", 4), ("История", "4", 4)],
    }
    b2 = []
    for sid, rows in F.items():
        items = []
        for subj, v, c in rows:
            a = [fa("1", v, "справка" if v == "осв" else ("не аттестована: пропуски" if v == "н/а" else ""), c,
                    "#2e7d32" if v == "5" else None)]
            items.append({"name": subj, "assessments": a})
        if sid == "90104":
            items[-1]["assessments"].append(fa("Г", "осв", "освобождена на учебный год"))
        else:
            items.append({"name": "Обществознание", "assessments": [fa("Г", "", "")]})
        b2.append(rec(f"getfinalassessments?student={sid}", finals(sid, items), t4))
    b2.append(rec(f"https://{HOST}.eljur.ru/api/getfinalassessments?student=40301&out_format=json",
                  finals("40301", [{"name": "Математика", "assessments": [fa("1", "5", "", 5)]},
                                   {"name": "Окружающий мир", "assessments": [fa("1", "4", "", 4)]}]), t4))
    steps.append(("12 after the half-year closed: getmarks re-pull (averages reflect the correction and the "
                  "deletion) and getfinalassessments with period \"1\" (getperiods name): numbers with convert and "
                  "color_hex, зачёт, осв (comment справка), н/а (comment); 4В pupil's finals [A.3 Final, A.5 E4, A.6]",
                  [b1, b2]))

    # 13 late history 2023/24 (class 8А then), pushed in January 2025
    past_days = [D(2024, 5, 20) + dt.timedelta(days=i) for i in range(3)]
    PAST_TT = {0: [(1, "Алгебра", "Ершов Виктор Андреевич", "312"), (2, "Физика", "Карпов Денис Олегович", "301")],
               1: [(1, "Химия", "Зуева Ирина Николаевна", "303"), (2, "Алгебра", "Ершов Виктор Андреевич", "312")],
               2: [(1, "История", "Левина Марина Аркадьевна", "214"), (2, "Русский язык", "Смирнова Елена Викторовна", "205")]}
    PAST_TOP = {"Алгебра": ["Итоговая контрольная работа", "Анализ итоговой работы"], "Физика": ["Повторение: давление"],
                "Химия": ["Итоговое тестирование"], "История": ["Россия в XVIII веке: итоги"],
                "Русский язык": ["Повторение: причастия"]}
    PAST_MARKS = {(D(2024, 5, 20), 1): mk("5", 3, ctype="Итоговая контрольная работа", short="ИКР"),
                  (D(2024, 5, 21), 1): mk("4-", countas="3.75"),
                  (D(2024, 5, 22), 2): mk("3")}
    dd, pm = {}, {}
    for d in past_days:
        items = {}
        for num, subj, teacher, room in PAST_TT[d.weekday()]:
            lid = lesson_id(d, num)
            it = {"num": str(num), "name": subj, "room": room, "teacher": teacher, "sort": num * 100, "lesson_id": lid,
                  "topic": PAST_TOP[subj][0 if subj != "Алгебра" or d.weekday() == 0 else 1], "is_control": False,
                  "starttime": BELLS9[num][0] + ":00", "endtime": BELLS9[num][1] + ":00", "homework": {}, "files": [],
                  "resources": []}
            if (d, num) in PAST_MARKS:
                a = dict(PAST_MARKS[(d, num)], date=d.isoformat(), lesson_id=lid, color_hex=None)
                it["assessments"] = [a]
                pm.setdefault(subj, []).append((d, num, a))
            items[str(num)] = it
        dd[ymd(d)] = {"name": ymd(d), "title": f"{DAYNAMES[d.weekday()]}, {d:%d.%m.%Y}", "items": items}
    past_diary = env({"students": {"90101": {"name": "90101", "title": PUPILS["90101"][0], "parent_signed": True,
                                             "days": dd}}})
    extra = {"Алгебра": [(D(2024, 4, 16), 3, mk("5")), (D(2024, 4, 23), 3, mk("4"))],
             "Физика": [(D(2024, 4, 15), 2, mk("4", 2, ctype="Лабораторная работа", short="ЛР"))]}
    lessons = []
    for i, subj in enumerate(["Алгебра", "Физика", "Химия", "Русский язык"]):
        ms = sorted(extra.get(subj, []) + pm.get(subj, []), key=lambda x: x[0])
        out = []
        for d, num, a in ms:
            m = {k: a[k] for k in ("value", "countas", "count", "convert", "weight", "weight_float")}
            m.update(date=d.isoformat(), lesson_id=lesson_id(d, num), nm="1", comment="", lesson_comment=None,
                     max_mark=None, mtype={"id": 1, "short": a["control_type_short"], "type": a["control_type"]})
            out.append(m)
        lessons.append({"name": subj, "average": avg([x[2] for x in ms]), "averageConvert": None,
                        "lesson_id": str(1200 + i), "marks": out})
    past_marks = env({"students": {"90101": {"name": "90101", "title": PUPILS["90101"][0], "lessons": lessons}}})
    past_finals = finals("90101", [
        {"name": "Алгебра", "assessments": [fa("1", "3", "", 3), fa("2", "5", "", 5), fa("Г", "5", "", 5)]},
        {"name": "Физика", "assessments": [fa("1", "5", "", 5), fa("2", "4", "", 4), fa("Г", "4", "", 4)]},
        {"name": "Химия", "assessments": [fa("1", "5", "", 5), fa("2", "5", "", 5), fa("Г", "5", "", 5)]},
        {"name": "Русский язык", "assessments": [fa("1", "5", "", 5), fa("2", "3", "", 3), fa("Г", "4", "", 4)]},
    ])
    b = [rec("getdiary?student=90101&days=20240520-20240526&rings=__yes", past_diary, t4),
         rec("getmarks?student=90101&days=20240109-20240531", past_marks, t4),
         rec("getfinalassessments?student=90101&days=20230901-20240531", past_finals, t4)]
    steps.append(("13 LATE HISTORY of school year 2023/24 (90101 was in 8А), pushed in January 2025: a diary week "
                  "of May 2024, getmarks for the second half of 2023/24, and getfinalassessments with days= of "
                  "2023/24 holding 1, 2 and the YEAR column Г: every date comes from the data (mark date, day keys, "
                  "days=), never from pulled_at [A.2 getfinalassessments (some add days), A.4]", [b]))

    # 14 other export endpoints a sync job may pull; no fact depends on them
    b = [rec(f"getassessments?student=90104&{W1R}", diary9("90104", W1, rings=False, secs=False, hw=False), t4),
         rec("getprofileuserinfo?student=90101",
             env({"profileUserInfo": {"email": "", "gender": "male", "marksForYears": {"2023/2024": 4.5},
                                      "parallel": "9", "schoolName": "Лицей № 12", "snils": "", "teacher": False,
                                      "username": "arsenev.g"}}), t4)]
    steps.append(("14 other A.2 methods a sync job may pull, shapes [S]/[U]: getassessments (diary-like, the same "
                  "marks as 90104's diary: nothing new), getprofileuserinfo (marksForYears): no fact depends on "
                  "them, they must change nothing [A.2, D.3]", [b]))

    # 15 failure envelope for a known request
    b = [rec(f"getmarks?student=90104&{HY}", env({}, state=403, error="доступ к API запрещён"), t4)]
    steps.append(("15 FAILED answer (state 403, error text, result {}) to 90104's getmarks: it says nothing "
                  "about the marks and must delete nothing [A.1 failure case, A.5 E6]", [b]))

    journey = {"vendor": "elzhur",
               "description": "Лицей № 12 (vendor lyc12), class 9А (5 pupils, English in two subgroups) and one "
                              "pupil of 4В whose parent also has a child in 9А; school year 2024/25 in half-years; "
                              "weeks 2024-12-16..20 and 2024-12-23..27, winter vacation from 2024-12-30, then the "
                              "2023/24 history of one pupil pushed late. Sync-job order: getrules, getperiods, "
                              "getschedule, getdiary, getmarks, gethomework, getfinalassessments; a re-send, week 2, "
                              "corrections, a deletion, the vacation, the closed half-year, history, other methods, "
                              "a failed answer. All values invented; shapes from the reference Part A and the "
                              "client models of Part C.",
               "steps": [{"name": n, "batches": bs} for n, bs in steps]}
    lines = ["{", f' "vendor": {json.dumps(journey["vendor"])},',
             f' "description": {json.dumps(journey["description"], ensure_ascii=False)},', ' "steps": [']
    for si, st in enumerate(journey["steps"]):
        lines.append(f'  {{"name": {json.dumps(st["name"], ensure_ascii=False)},')
        lines.append('   "batches": [')
        for bi, bt in enumerate(st["batches"]):
            lines.append("    [")
            for ri, r in enumerate(bt):
                lines.append("     " + json.dumps(r, ensure_ascii=False) + ("," if ri < len(bt) - 1 else ""))
            lines.append("    ]" + ("," if bi < len(st["batches"]) - 1 else ""))
        lines.append("   ]}" + ("," if si < len(journey["steps"]) - 1 else ""))
    lines += [" ]", "}"]
    text = "\n".join(lines) + "\n"
    assert json.loads(text) == journey
    with open(os.path.join(HERE, "journey.json"), "w", encoding="utf-8") as f:
        f.write(text)
    n = sum(len(b) for s in journey["steps"] for b in s["batches"])
    print(f"{len(steps)} steps, {sum(len(s['batches']) for s in journey['steps'])} batches, {n} records")


if __name__ == "__main__":
    main()
