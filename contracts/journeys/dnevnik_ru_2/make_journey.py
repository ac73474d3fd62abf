#!/usr/bin/env python3
"""Generate journey.json: a second Dnevnik.ru journey (class 9В, 2024/25, trimesters).

Standard library only. Written from /work/shared/reference/dnevnik_ru.md (cited as §N) alone.
Ids are Python ints, so json.dump writes ids above 2^53 exactly; the one "relayed" answer writes the
rounded doubles a JavaScript relay would print (§1, kundelik capture).
"""
import copy
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

OUT = Path(__file__).resolve().parent / "journey.json"

# ---------------------------------------------------------------- cast ---------------------------------------------
S = 1000002290411                       # school, 13-digit old id (§1)
G = 2384710092834512001                 # class 9В, 19 digits
SG1, SG2 = 2384710092834512002, 2384710092834512003   # Informatics subgroups
G5 = 1000004500123                      # 5А, where a sibling studies
G9A, G9B = 1000004500121, 1000004500122 # parallel classes, never synced

SUBJ = {  # key: (id, name, knowledgeArea)
    "ALG": (2384710092834520001, "Алгебра", "Математика и информатика"),
    "RUS": (2384710092834520002, "Русский язык", "Русский язык и литература"),
    "PHY": (2384710092834520003, "Физика", "Естественно-научные предметы"),
    "INF": (2384710092834520004, "Информатика", "Математика и информатика"),
    "PE": (2384710092834520005, "Физическая культура", "Физическая культура и ОБЖ"),
    "LIT": (2384710092834520006, "Литература", "Русский язык и литература"),
}

# persons: key -> (person id, user id or None, last, first, middle, sex, birthday)
PUPILS = {
    "P1": (1000012300001, 1000011300001, "Алексеева", "Вера", "Павловна", "Female", "2009-03-14"),
    "P2": (1000012300002, 1000011300002, "Борисов", "Глеб", "Олегович", "Male", "2009-07-02"),
    "P3": (1000012300003, 1000011300003, "Волков", "Денис", "Андреевич", "Male", "2009-11-23"),
    "P4": (1000012300004, 1000011300004, "Григорьева", "Ольга", "Ивановна", "Female", "2009-01-30"),
    "P5": (2384710092834530005, 2384710092834530006, "Дмитриев", "Кирилл", "Артёмович", "Male", "2009-05-09"),
    "P6": (1000012300006, None, "Егорова", "Софья", "Максимовна", "Female", "2009-09-17"),
}
SIBLING = (1000012300008, 1000011300008, "Борисова", "Мария", "Олеговна", "Female", "2013-12-01")  # 5А
SUB = {"P1": SG1, "P3": SG1, "P5": SG1, "P2": SG2, "P4": SG2, "P6": SG2}

TEACHERS = {  # key -> (person, user, last, first, middle, sex)
    "ALG": (1000012300901, 1000011300901, "Никитина", "Светлана", "Юрьевна", "Female"),
    "RUS": (1000012300902, 1000011300902, "Кравцова", "Людмила", "Петровна", "Female"),
    "PHY1": (1000012300903, 1000011300903, "Петров", "Виктор", "Аркадьевич", "Male"),
    "PHY2": (2384710092834540904, 2384710092834540905, "Соколова", "Анна", "Дмитриевна", "Female"),
    "INF1": (1000012300905, 1000011300905, "Лаптев", "Роман", "Игоревич", "Male"),
    "INF2": (1000012300906, 1000011300906, "Мельникова", "Дарья", "Сергеевна", "Female"),
    "PE": (1000012300907, 1000011300907, "Орехов", "Илья", "Николаевич", "Male"),
}
PARENTS = {  # key -> (person, user, last, first, middle, sex, children keys, context path)
    "GAL": (1000012300101, 1000011300101, "Борисова", "Галина", "Викторовна", "Female", ["P2", "SIB"], "users/1000011300101/context"),
    "OLEG": (2384710092834599002, 2384710092834599001, "Борисов", "Олег", "Николаевич", "Male", ["P2", "SIB"], "users/me/context"),
    "ELENA": (1000012300103, 1000011300103, "Волкова", "Елена", "Сергеевна", "Female", ["P3"], "users/1000011300103/context"),
    "KSEN": (1000012300105, 1000011300105, "Дмитриева", "Ксения", "Олеговна", "Female", ["P5"], "users/1000011300105/context"),
}

PERIODS = [  # id, number, name, start, finish
    (1000007000411, 1, "1 триместр", "2024-09-02", "2024-11-22"),
    (1000007000412, 2, "2 триместр", "2024-12-02", "2025-02-28"),
    (1000007000413, 3, "3 триместр", "2025-03-10", "2025-05-26"),
]
HOLIDAYS = [  # id, start, finish, name
    (1000007200001, "2024-10-07", "2024-10-13", "Каникулы 1 модуля"),
    (1000007200002, "2024-11-25", "2024-12-01", "Каникулы после 1 триместра"),
    (1000007200003, "2024-12-30", "2025-01-08", "Зимние каникулы"),
    (1000007200004, "2025-02-17", "2025-02-23", "Каникулы 4 модуля"),
    (1000007200005, "2025-04-07", "2025-04-13", "Весенние каникулы"),
]
WORKTYPES = [  # id, kind, title, abbr, weight
    (2101, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (2102, "CommonWork", "Самостоятельная работа", "СР", 2),
    (2103, "LessonTestWork", "Контрольная работа", "КР", 3),
    (2104, "LaboratoryWork", "Лабораторная работа", "ЛР", 2),
    (2105, "Homework", "Домашнее задание", "ДЗ", 1),
    (2106, "CommonWork", "Зачёт", "З", 1),
    (2107, "PeriodMark", "Триместровая оценка", "ТО", 0),
    (2108, "LessonComposition", "Сочинение", "Соч", 2),
    (2109, "CommonWork", "Диктант", "Д", 2),
]
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10")}
ROOM = {"ALG": "214", "RUS": "118", "LIT": "118", "PHY": "302", "PE": "Спортзал", "INF1": "305", "INF2": "306"}
# weekday -> [(slot, subject, group key)]
TT = {
    0: [(1, "ALG", "G"), (2, "RUS", "G"), (3, "PHY", "G"), (4, "INF", "SG1"), (4, "INF", "SG2")],
    1: [(1, "LIT", "G"), (2, "ALG", "G"), (3, "PE", "G"), (4, "RUS", "G")],
    2: [(1, "PHY", "G"), (2, "ALG", "G"), (3, "INF", "SG1"), (4, "LIT", "G"), (5, "INF", "SG2")],
    3: [(1, "RUS", "G"), (2, "PE", "G"), (3, "ALG", "G"), (4, "PHY", "G")],
    4: [(1, "ALG", "G"), (2, "LIT", "G"), (3, "RUS", "G"), (4, "PE", "G")],
}
GROUP_ID = {"G": G, "SG1": SG1, "SG2": SG2}
TOPICS = {  # consumed in lesson order; no topic repeats within the fortnight
    "ALG": ["Квадратичная функция и её график", "Построение графика квадратичной функции",
            "Решение задач по теме «Квадратичная функция»", "Неравенства второй степени",
            "Решение неравенств методом интервалов", "Контрольная работа № 3", "Анализ контрольной работы",
            "Системы уравнений с двумя переменными", "Решение систем уравнений графическим способом",
            "Решение задач на составление систем уравнений"],
    "RUS": ["Сложноподчинённое предложение", "СПП с придаточными определительными", "СПП с придаточными изъяснительными",
            "СПП с придаточными обстоятельственными", "Подготовка к диктанту", "Диктант по теме «СПП»",
            "Работа над ошибками", "СПП с несколькими придаточными"],
    "PHY": ["Лабораторная работа № 5 «Изучение равноускоренного движения»", "Законы Ньютона",
            "Контрольная работа «Законы движения»", "Анализ контрольной работы", "Импульс тела",
            "Закон сохранения импульса"],
    "INF": ["Циклы в Python", "Вложенные циклы", "Списки", "Алгоритмы сортировки"],
    "PE": ["Зачёт: опорный прыжок", "Акробатика", "Акробатическая комбинация", "Зачёт: лазание по канату",
           "Баскетбол: ведение мяча", "Волейбол: подача"],
    "LIT": ["Н. В. Гоголь. «Мёртвые души»: замысел и композиция", "Сочинение-рассуждение «Образы помещиков»",
            "Образ Чичикова", "Лирические отступления в поэме", "Образ Руси в поэме",
            "Сочинение по поэме «Мёртвые души»"],
}
WEEK1 = [dt.date(2024, 11, 11) + dt.timedelta(days=i) for i in range(5)]
WEEK2 = [dt.date(2024, 11, 18) + dt.timedelta(days=i) for i in range(5)]
VAC = [dt.date(2024, 11, 25) + dt.timedelta(days=i) for i in range(5)]
HOST = "https://api.school.mosreg.ru"   # same platform, other brand (§0)


def relayed(n):
    """What a double-based (JavaScript) relay prints for an integer id (§1)."""
    return int(Decimal(repr(float(n))))


def iso(d, t="00:00:00"):
    return f"{d.isoformat()}T{t}"


def fio(t):
    return f"{t[2]} {t[3]} {t[4]}"


def short(t):
    return f"{t[2]} {t[3][0]}. {t[4][0]}."


# ---------------------------------------------------------------- the world -----------------------------------------
def world():
    """Lessons, works, marks, attendance, homework of both weeks (state before the edits)."""
    lessons, works = [], []
    topic_i = {k: 0 for k in TOPICS}
    lid, wid = 2384710092834600100, 2384710092834700100
    for d in WEEK1 + WEEK2:
        for slot, subj, gk in TT[d.weekday()]:
            lid += 1
            wid += 1
            if subj == "INF":
                tkey = "INF1" if gk == "SG1" else "INF2"
                room = ROOM[tkey]
                topic = TOPICS["INF"][topic_i["INF"] // 2 % len(TOPICS["INF"])]
                topic_i["INF"] += 1
            else:
                tkey = {"LIT": "RUS"}.get(subj, subj) if subj != "PHY" else ("PHY1" if d in WEEK1 else "PHY2")  # teacher change (week 2)
                room = ROOM[subj]
                topic = TOPICS[subj][topic_i[subj] % len(TOPICS[subj])]
                topic_i[subj] += 1
            les = {"id": lid, "date": d, "slot": slot, "subj": subj, "group": GROUP_ID[gk], "teacher": tkey,
                   "room": room, "title": topic, "works": []}
            les["works"].append({"id": wid, "type": "DefaultNewLessonWork", "workType": 2101, "markType": "mark5",
                                 "markCount": 1, "lesson": les, "text": "", "target": d, "files": [], "sent": None})
            lessons.append(les)
    works_extra = 2384710092834700500

    def L(day, subj, group=G):
        return next(x for x in lessons if x["date"] == day and x["subj"] == subj and x["group"] == group)

    def add_work(les, typ, wtype, mtype="mark5", count=1, text="", target=None, files=None, sent=None):
        nonlocal works_extra
        works_extra += 1
        w = {"id": works_extra, "type": typ, "workType": wtype, "markType": mtype, "markCount": count, "lesson": les,
             "text": text, "target": target or les["date"], "files": None if files == "null" else (files or []),
             "sent": sent}
        les["works"].append(w)
        return w

    def default(les):
        return les["works"][0]

    d = {x.day: x for x in WEEK1 + WEEK2}
    # ---- works beyond the default one
    lab = add_work(L(d[11], "PHY"), "LaboratoryWork", 2104, text="Лабораторная работа № 5")
    sr12 = add_work(L(d[12], "ALG"), "CommonWork", 2102, text="Самостоятельная работа по квадратичной функции")
    pe12 = add_work(L(d[12], "PE"), "CommonWork", 2106, mtype="test", text="Опорный прыжок")
    comp13 = add_work(L(d[13], "LIT"), "LessonComposition", 2108, count=2, text="Сочинение-рассуждение")
    kr14 = add_work(L(d[14], "PHY"), "LessonTestWork", 2103, text="Контрольная работа «Законы движения»")
    kr18 = add_work(L(d[18], "ALG"), "LessonTestWork", 2103, text="Контрольная работа № 3")
    dict19 = add_work(L(d[19], "RUS"), "CommonWork", 2109, count=2, text="Диктант по теме «СПП»")
    pe19 = add_work(L(d[19], "PE"), "CommonWork", 2106, mtype="test", text="Лазание по канату")
    comp22 = add_work(L(d[22], "LIT"), "LessonComposition", 2108, count=2, text="Сочинение по поэме")
    # ---- homework (Work.type Homework, §3.2, §3.7); files = ids resolved through the bundle's files
    F = {1000020000701: "Лабораторная_5_бланк.pdf", 1000020000702: "циклы_примеры.py",
         1000020000703: "задачи_циклы.docx", 1000020000704: "опорный_конспект_импульс.pdf"}
    hw = {}
    hw["ALG11"] = add_work(L(d[11], "ALG"), "Homework", 2105, text="№ 312, 315 (б), 318", target=d[13],
                           sent="2024-11-11T08:43:12.4")
    hw["PHY11"] = add_work(L(d[11], "PHY"), "Homework", 2105, text="§ 14, упр. 9 (1–3); оформить лабораторную работу",
                           target=d[14], files=[1000020000701], sent="2024-11-11T10:31:05.91")
    hw["INF11a"] = add_work(L(d[11], "INF", SG1), "Homework", 2105, text="Задачи 1–4 на циклы (Python)",
                            target=d[13], files=[1000020000702, 1000020000703], sent="2024-11-11T11:29:40.133")
    hw["INF11b"] = add_work(L(d[11], "INF", SG2), "Homework", 2105, text="Презентация «Алгоритмы сортировки»",
                            target=d[18], files="null", sent="2024-11-11T11:31:02")
    hw["LIT13"] = add_work(L(d[13], "LIT"), "Homework", 2105, text="Прочитать «Мёртвые души», гл. 7–9", target=d[15],
                           sent="2024-11-13T11:30:00.5")
    hw["ALG18"] = add_work(L(d[18], "ALG"), "Homework", 2105, text="№ 401–405", target=d[20],
                           sent="2024-11-18T08:45:51.07")
    hw["PHY18"] = add_work(L(d[18], "PHY"), "Homework", 2105, text="§ 16, вопросы 1–4 после параграфа", target=d[21],
                           files=[1000020000704], sent="2024-11-18T10:33:19.6")
    hw["RUS19"] = add_work(L(d[19], "RUS"), "Homework", 2105, text="Упр. 212 (списать, расставить знаки)",
                           target=d[21], sent="2024-11-19T11:28:00.25")
    hw["INF20"] = add_work(L(d[20], "INF", SG1), "Homework", 2105, text="Проект «Калькулятор»: ввод и вывод",
                           target=dt.date(2024, 12, 2), sent="2024-11-20T10:29:44.8")
    hw["LIT22"] = add_work(L(d[22], "LIT"), "Homework", 2105, text="Дописать сочинение по поэме «Мёртвые души»",
                           target=dt.date(2024, 12, 4), sent="2024-11-22T09:31:15.3")
    # ---- marks: (pupil, work, value, number, mark date, type)
    P = PUPILS
    marks = []

    def M(p, w, value, when, number=0, mtype=None, avg=None):
        mtype = mtype or w["markType"]
        if avg is None:
            avg = mtype == "mark5"
        marks.append({"person": P[p][0], "p": p, "work": w, "value": value, "number": number, "date": when,
                      "type": mtype, "avg": avg})

    M("P1", default(L(d[11], "ALG")), "5", "2024-11-11T08:37:02.113")
    M("P4", default(L(d[11], "ALG")), "4-", "2024-11-11T08:38:40")
    M("P2", default(L(d[11], "RUS")), "3+", "2024-11-11T09:29:51.5")
    M("P1", lab, "4", "2024-11-11T16:02:13.77")
    M("P3", lab, "5-", "2024-11-11T16:02:19.1")
    M("P5", lab, "4+", "2024-11-11T16:02:25.4431")
    M("P1", default(L(d[11], "INF", SG1)), "5", "2024-11-11T11:25:00.2")
    M("P2", default(L(d[11], "INF", SG2)), "4", "2024-11-11T11:27:33")
    M("P2", sr12, "2", "2024-11-12T19:40:02.8")
    M("P3", sr12, "3-", "2024-11-12T19:40:09.12")
    M("P6", sr12, "4", "2024-11-12T19:40:15.66")
    M("P1", pe12, "зачёт", "2024-11-12T10:25:00.1")
    M("P2", pe12, "зачёт", "2024-11-12T10:25:04.3")
    M("P6", pe12, "незачёт", "2024-11-12T10:25:09.9")
    M("P3", pe12, "осв", "2024-11-12T10:25:12", mtype="markdismiss")
    M("P5", default(L(d[13], "ALG")), "5", "2024-11-13T09:28:48.31")
    M("P1", comp13, "5", "2024-11-14T20:11:05.5", 0)
    M("P1", comp13, "4", "2024-11-14T20:11:05.5", 1)
    M("P6", comp13, "4", "2024-11-14T20:12:41.25", 0)
    M("P6", comp13, "3", "2024-11-14T20:12:41.25", 1)
    M("P2", comp13, "3", "2024-11-14T20:13:30", 0)
    M("P2", comp13, "3", "2024-11-14T20:13:30", 1)
    M("P1", default(L(d[14], "RUS")), "5", "2024-11-14T08:39:10.9")
    M("P6", default(L(d[15], "ALG")), "5-", "2024-11-15T08:36:30.71")
    M("P2", default(L(d[15], "ALG")), "4", "2024-11-15T08:38:02")
    M("P3", default(L(d[15], "RUS")), "4", "2024-11-15T10:28:17.4")
    # physics test written Thursday 14th, marked Monday 18th (mark date in week 2, lesson in week 1)
    late = []
    for p, v, t in [("P1", "4", "18.033"), ("P2", "3", "21.5"), ("P3", "5", "24.61"), ("P5", "4-", "27.9"),
                    ("P6", "3+", "31.0")]:
        M(p, kr14, v, f"2024-11-18T16:05:{t}")
        late.append(marks[-1])
    # week 2
    for p, v, s in [("P1", "5", "02.5"), ("P2", "4-", "09.25"), ("P3", "4", "15.1"), ("P4", "3", "20"),
                    ("P5", "5+", "26.66"), ("P6", "4+", "31.4")]:
        M(p, kr18, v, f"2024-11-18T18:20:{s}")
    M("P4", default(L(d[18], "PHY")), "4", "2024-11-18T10:28:44.2")
    M("P3", default(L(d[18], "INF", SG1)), "5", "2024-11-18T11:20:05.3")
    M("P5", default(L(d[18], "INF", SG1)), "5-", "2024-11-18T11:21:40.07")
    M("P4", default(L(d[18], "INF", SG2)), "3", "2024-11-18T11:24:15.9")
    M("P6", default(L(d[18], "INF", SG2)), "4", "2024-11-18T11:25:02.7")
    M("P2", dict19, "4", "2024-11-19T21:02:11.2", 0)
    M("P2", dict19, "3", "2024-11-19T21:02:11.2", 1)
    M("P4", dict19, "5", "2024-11-19T21:03:56.5", 0)
    M("P4", dict19, "5", "2024-11-19T21:03:56.5", 1)
    M("P1", pe19, "зачёт", "2024-11-19T10:27:00.4")
    M("P3", pe19, "осв", "2024-11-19T10:27:03.8", mtype="markdismiss")
    M("P1", default(L(d[20], "ALG")), "4", "2024-11-20T09:26:30.05")       # corrected later to 5-
    M("P6", default(L(d[20], "ALG")), "3", "2024-11-20T09:27:41.6")        # deleted later
    M("P1", default(L(d[20], "INF", SG1)), "4+", "2024-11-20T10:28:10.3")
    M("P2", default(L(d[21], "PHY")), "5", "2024-11-21T11:29:00.9")        # work type changed later
    M("P3", default(L(d[21], "ALG")), "3-", "2024-11-21T10:27:36.8")
    M("P5", comp22, "5", "2024-11-22T19:50:02.4", 0)
    M("P5", comp22, "5", "2024-11-22T19:50:02.4", 1)                        # second number deleted later
    M("P1", comp22, "4", "2024-11-22T19:51:10.75", 0)
    M("P1", comp22, "4", "2024-11-22T19:51:10.75", 1)
    M("P2", default(L(d[22], "RUS")), "5", "2024-11-22T10:29:59.99")
    for i, m in enumerate(marks):
        m["id"] = 2384710092834800101 + i
    # ---- attendance (lesson, person) -> (status, comment, created)
    att = {}

    def A(day, subj, p, status, comment="", created=None, group=G):
        les = L(day, subj, group)
        h, mnt = BELLS[les["slot"]][0].split(":")
        att[(les["id"], P[p][0])] = {"lesson": les, "p": p, "status": status, "comment": comment,
                                     "created": created or f"{iso(day, f'{h}:{int(mnt) + 7:02d}:13.4')}"}

    for p in P:
        A(d[11], "ALG", p, "Attend")
    A(d[11], "ALG", "P4", "Late", "опоздала на 5 минут", "2024-11-11T08:09:30.52")
    A(d[12], "PE", "P4", "Ill", "справка", "2024-11-12T09:55:01.3")
    A(d[12], "PE", "P3", "Pass", "освобождён от физкультуры до 30.11", "2024-11-12T09:55:07")
    A(d[13], "ALG", "P6", "Absent", "", "2024-11-13T08:52:40.118")
    for s in ("RUS", "PE", "ALG", "PHY"):
        A(d[14], s, "P4", "Ill", "ОРВИ", None)
    A(d[18], "PHY", "P2", "Late", "опоздал на 10 минут", "2024-11-18T09:58:21.7")
    A(d[20], "ALG", "P5", "Absent", "", "2024-11-20T08:55:00.02")           # becomes Ill
    A(d[20], "LIT", "P6", "Late", "", "2024-11-20T10:53:12.5")               # removed later
    A(d[21], "PE", "P1", "Pass", "муниципальный этап олимпиады", "2024-11-21T08:51:44.9")
    A(d[22], "RUS", "P4", "Absent", "", "2024-11-22T09:52:18.27")
    A(d[18], "INF", "P2", "Absent", "", "2024-11-18T10:52:00.5", group=SG2)
    # ---- final marks of trimester 1, set 2024-11-22 (§3.13)
    finals = {
        "ALG": {"P1": "5", "P2": "4", "P3": "4", "P4": "3", "P5": "5", "P6": "4"},
        "RUS": {"P1": "4", "P2": "4", "P3": "4", "P4": "4", "P5": "3", "P6": "5"},
        "PHY": {"P1": "4", "P2": "4", "P3": "5", "P4": "н/а", "P5": "4", "P6": "3"},
        "PE": {"P1": "зачёт", "P2": "зачёт", "P3": "осв", "P4": "зачёт", "P5": "зачёт", "P6": "зачёт"},
        "LIT": {"P1": "5", "P2": "3", "P3": "4", "P4": "4", "P5": "5", "P6": "4"},
        "INF": {"P1": "5", "P2": "4", "P3": "5", "P4": "3", "P5": "5", "P6": "4"},
    }
    avgs = {  # avg-marks over 1 триместр, strings (§3.13); invented
        "ALG": {"P1": "4.71", "P2": "3.62", "P3": "3.85", "P4": "3.17", "P5": "4.83", "P6": "4.09"},
        "PHY": {"P1": "4.2", "P2": "3.9", "P3": "4.67", "P4": "3.5", "P5": "4.25", "P6": "3.6"},
    }
    return dict(lessons=lessons, marks=marks, att=att, finals=finals, avgs=avgs, hw=hw, files=F, late=late,
                L=L, d=d, works={"comp22": comp22})


def edit(w):
    """The teachers' edits after the first pull of week 2 (step 'corrections')."""
    w = copy.deepcopy(w)
    d, L = w["d"], None
    by_id = {x["id"]: x for x in w["lessons"]}

    def les(day, subj, group=G):
        return next(x for x in w["lessons"] if x["date"] == day and x["subj"] == subj and x["group"] == group)

    # topic change
    les(d[20], "ALG")["title"] = "Решение систем уравнений способом подстановки"
    # mark correction 4 -> 5- (same id, new date)
    alg20 = les(d[20], "ALG")
    for m in w["marks"]:
        if m["work"]["lesson"]["id"] == alg20["id"] and m["p"] == "P1":
            m["value"], m["date"] = "5-", "2024-11-21T17:02:48.3"
    # mark deletion (P6's 3 on 2024-11-20 algebra)
    w["marks"] = [m for m in w["marks"] if not (m["work"]["lesson"]["id"] == alg20["id"] and m["p"] == "P6")]
    # double mark loses its second number (P5, composition 22nd)
    w["marks"] = [m for m in w["marks"] if not (m["p"] == "P5" and m["work"]["type"] == "LessonComposition"
                                                 and m["work"]["lesson"]["date"] == d[22] and m["number"] == 1)]
    # work type change of P2's physics mark of the 21st: moved onto a new Самостоятельная work (weight 2)
    phy21 = les(d[21], "PHY")
    neww = {"id": 2384710092834700601, "type": "CommonWork", "workType": 2102, "markType": "mark5", "markCount": 1,
            "lesson": phy21, "text": "Самостоятельная работа «Импульс»", "target": phy21["date"], "files": [],
            "sent": None}
    phy21["works"].append(neww)
    for m in w["marks"]:
        if m["work"]["lesson"]["id"] == phy21["id"] and m["p"] == "P2":
            m["work"] = neww
            m["date"] = "2024-11-21T18:40:12.6"
    # attendance: Absent -> Ill (same entry), the Late entry removed
    for k, a in list(w["att"].items()):
        if a["lesson"]["id"] == alg20["id"] and a["p"] == "P5":
            a["status"], a["comment"], a["created"] = "Ill", "справка от врача", "2024-11-21T12:14:03.45"
        if a["lesson"]["date"] == d[20] and a["lesson"]["subj"] == "LIT" and a["p"] == "P6":
            del w["att"][k]
    # homework edited (text and due date) and homework withdrawn
    for lx in w["lessons"]:
        for wk in lx["works"]:
            if wk["type"] == "Homework" and wk["text"] == "№ 401–405":
                wk["text"], wk["target"] = "№ 401–405, 410 (а, в)", d[21]
        lx["works"] = [wk for wk in lx["works"] if not (wk["type"] == "Homework" and wk["text"].startswith("Упр. 212"))]
    # the trimester mark in algebra of P2 corrected 4 -> 5; averages move
    w["finals"]["ALG"]["P2"] = "5"
    w["avgs"]["ALG"]["P1"] = "4.79"
    w["avgs"]["ALG"]["P6"] = "4.17"
    w["avgs"]["PHY"]["P2"] = "4.0"
    return w


# ---------------------------------------------------------------- shapes -------------------------------------------
def sid(n):
    return None if n is None else str(n)


def subject_obj(k):
    i, name, area = SUBJ[k]
    return {"id": i, "id_str": str(i), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def work_obj(wk, w):
    les = wk["lesson"]
    tasks = []
    if wk["type"] == "Homework":
        for n, (p, rec) in enumerate(PUPILS.items()):
            if les["group"] in (G, SUB[p] if p in SUB else None):
                tid = 2384710092834750000 + (wk["id"] % 10000) * 10 + n
                tasks.append({"id": tid, "id_str": str(tid), "person": rec[0], "person_str": str(rec[0]),
                              "work": wk["id"], "work_str": str(wk["id"]), "status": "NotStarted",
                              "targetDate": iso(wk["target"])})
    return {"id": wk["id"], "id_str": str(wk["id"]), "type": wk["type"], "workType": wk["workType"],
            "markType": wk["markType"], "markCount": wk["markCount"], "lesson": les["id"], "lesson_str": str(les["id"]),
            "displayInJournal": wk["type"] != "Homework", "status": "Sent", "eduGroup": les["group"],
            "eduGroup_str": str(les["group"]), "tasks": tasks, "text": wk["text"], "periodNumber": 1,
            "periodType": "Trimester", "subjectId": SUBJ[les["subj"]][0], "isImportant": wk["workType"] == 2103,
            "targetDate": iso(wk["target"]), "sentDate": wk["sent"], "createdBy": TEACHERS[les["teacher"]][0],
            "files": wk["files"], "oneDriveLinks": []}


def lesson_obj(les, w):
    t = TEACHERS[les["teacher"]][0]
    return {"id": les["id"], "id_str": str(les["id"]), "title": les["title"],
            "date": iso(les["date"], BELLS[les["slot"]][0] + ":00"), "number": les["slot"],
            "subject": subject_obj(les["subj"]), "group": les["group"], "status": "Conducted", "resultPlaceId": 0,
            "works": [work_obj(x, w) for x in les["works"]], "teachers": [t], "teachers_str": [str(t)]}


def flat_lesson(les):
    """Bundle shape (§3.4): no id_str, subjectId, place, hours, works as ids."""
    a, b = BELLS[les["slot"]]
    return {"id": les["id"], "title": les["title"], "date": iso(les["date"], a + ":00"), "number": les["slot"],
            "subjectId": SUBJ[les["subj"]][0], "status": "Conducted", "resultPlaceId": 0, "building": "Корпус 1",
            "place": les["room"], "floor": les["room"][0] if les["room"].isdigit() else "1", "hours": f"{a} - {b}",
            "works": [x["id"] for x in les["works"]], "teachers": [TEACHERS[les["teacher"]][0]],
            "teachers_str": [str(TEACHERS[les["teacher"]][0])]}


def mark_obj(m, camel=False, relay=False, no_person_str=False):
    wk, les = m["work"], m["work"]["lesson"]
    r = relayed if relay else (lambda x: x)
    o = {"id": r(m["id"]), "id_str": str(m["id"]), "type": m["type"], "value": m["value"], "textValue": m["value"],
         "person": r(m["person"]), "person_str": str(m["person"]), "work": r(wk["id"]), "work_str": str(wk["id"]),
         "lesson": r(les["id"]), "lesson_str": str(les["id"]), "number": m["number"], "date": m["date"],
         "workType": wk["workType"], "mood": mood(m["value"]), "use_avg_calc": m["avg"]}
    if camel:  # the Java client's camel twins (§1 [L])
        o = {("idStr" if k == "id_str" else k[:-4] + "Str" if k.endswith("_str") else k): v for k, v in o.items()}
    if no_person_str:
        o.pop("person_str", None)
    return o


def mood(v):
    if v and v[0] in "45":
        return "Good"
    if v and v[0] == "3":
        return "Average"
    if v and v[0] in "12":
        return "Bad"
    return "NotSet"


def log_obj(a):
    les, p = a["lesson"], PUPILS[a["p"]][0]
    return {"person": p, "person_str": str(p), "lesson": les["id"], "lesson_str": str(les["id"]),
            "comment": a["comment"], "status": a["status"], "createdDate": a["created"]}


def in_range(day, days):
    return days[0] <= day <= days[-1]


def visible(p, les):
    return les["group"] == G or les["group"] == SUB[p]


def wt_embedded():
    return [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": kind == "PeriodMark",
             "isImportant": i == 2103, "kindId": i - 2100, "kind": kind} for i, kind, t, ab, _ in WORKTYPES]


def schedules(w, p, days, offset=False, cutoff="9999"):
    """persons/{p}/groups/{g}/schedules (§0): days with flattened lessons, the pupil's marks, works, homeworks."""
    out = []
    for i, day in enumerate(days):
        ls = [x for x in w["lessons"] if x["date"] == day and visible(p, x)]
        ids = {x["id"] for x in ls}
        mk = [mark_obj(m) for m in w["marks"] if m["p"] == p and m["work"]["lesson"]["id"] in ids and m["date"] < cutoff]
        wks = [work_obj(x, w) for les in ls for x in les["works"] if x["type"] != "Homework"]
        hws = [work_obj(x, w) for les in ls for x in les["works"] if x["type"] == "Homework"]
        logs = [log_obj(a) for a in sorted(w["att"].values(), key=lambda a: (a["lesson"]["id"], a["p"]))
                if a["p"] == p and a["lesson"]["id"] in ids]
        subs = sorted({x["subj"] for x in ls}, key=list(SUBJ).index)
        tz = "+03:00" if offset else ""
        nxt = days[i + 1] if i + 1 < len(days) else day + dt.timedelta(days=3)
        out.append({"date": iso(day) + tz, "lessons": [flat_lesson(x) for x in ls], "marks": mk, "works": wks,
                    "homeworks": hws,
                    "subjects": [{"id": SUBJ[s][0], "name": SUBJ[s][1], "knowledgeAreaId": 1} for s in subs],
                    "workTypes": wt_embedded() if ls else [],
                    "lessonLogEntries": logs,
                    "teachers": [{"person": TEACHERS[t][0], "role": "Teacher"} for t in
                                 sorted({x["teacher"] for x in ls})],
                    "nextDate": iso(nxt) + tz})
    return {"days": out}


def homework_bundle(w, days, only_group=None):
    ls = [x for x in w["lessons"] if in_range(x["date"], days) and (only_group is None or x["group"] in only_group)]
    hws = [(les, x) for les in ls for x in les["works"] if x["type"] == "Homework"]
    hl = sorted({les["id"]: les for les, _ in hws}.values(), key=lambda x: x["id"])
    fids = [f for _, x in hws for f in (x["files"] or [])]
    tset = sorted({les["teacher"] for les in hl})
    files = [{"id": f, "id_str": str(f), "name": w["files"][f], "typeGroup": "Document",
              "type": w["files"][f].rsplit(".", 1)[-1], "pageUrl": f"https://schools.school.mosreg.ru/file.aspx?file={f}",
              "downloadUrl": f"https://static.school.mosreg.ru/files/{f}", "user": None, "size": 48213 + f % 1000,
              "vote": 0, "uploadedDate": "2024-11-10T19:00:00", "storageType": "Local"} for f in fids]
    subs = sorted({les["subj"] for les in hl}, key=list(SUBJ).index)
    return {"works": [work_obj(x, w) for _, x in hws], "files": files,
            "subjects": [{"id": SUBJ[s][0], "name": SUBJ[s][1], "knowledgeAreaId": 1} for s in subs],
            "lessons": [flat_lesson(x) for x in hl],
            "teachers": [{"id": TEACHERS[t][0], "id_str": str(TEACHERS[t][0]), "userId": TEACHERS[t][1],
                          "userId_str": str(TEACHERS[t][1]), "firstName": TEACHERS[t][3], "lastName": TEACHERS[t][2],
                          "middleName": TEACHERS[t][4], "shortName": short(TEACHERS[t]), "sex": TEACHERS[t][5]}
                         for t in tset]}


def group_obj(gid, name, typ, parent=None, full="", parallel=9, status="Active", year=2024, pstr=True):
    o = {"id": gid, "id_str": str(gid), "parentIds": [parent] if parent else None,
         "type": typ, "name": name, "fullName": full, "parallel": parallel, "timetable": 1000006000041,
         "timetable_str": "1000006000041", "status": status, "studyyear": year, "educationType": "Regular",
         "subjects": []}
    if pstr:
        o["parentIds_str"] = [str(parent)] if parent else None
    return o


SG_NAMES = {SG1: ("Информатика, 1 гр.", fio(TEACHERS["INF1"])), SG2: ("Информатика, 2 гр.", fio(TEACHERS["INF2"]))}


def person_obj(rec):
    return {"id": rec[0], "id_str": str(rec[0]), "userId": rec[1], "userId_str": sid(rec[1]), "firstName": rec[3],
            "lastName": rec[2], "middleName": rec[4], "shortName": short(rec), "sex": rec[5]}


def user_obj(rec, roles, birthday=None):
    return {"id": rec[1], "id_str": str(rec[1]), "personId": rec[0], "personId_str": str(rec[0]),
            "name": f"{rec[3]} {rec[2]}", "email": "", "login": f"u{rec[1] % 100000}",
            "fullName": fio(rec), "fullNameInverse": f"{rec[3]} {rec[4]} {rec[2]}", "firstName": rec[3],
            "middleName": rec[4], "lastName": rec[2], "shortName": short(rec), "locale": "ru-RU",
            "timezone": "+3:00", "sex": rec[5], "photoSmall": None, "photoMedium": None, "photoLarge": None,
            "birthday": (birthday or "1980-01-01") + "T00:00:00", "roles": roles, "phone": ""}


# ---------------------------------------------------------------- requests -----------------------------------------
def R(req, body, pulled, request_body=None):
    r = {"request": req, "body": body}
    if request_body is not None:
        r["request_body"] = request_body
    r["pulled_at"] = pulled
    return r


def week_records(w, days, wk, prefix, pulled, mosreg=False):
    """The records of one week's pull, by kind: lessons, marks, attendance, homework, schedules."""
    a, b = days[0].isoformat(), days[-1].isoformat()
    out = {}
    ls = lambda g: [x for x in w["lessons"] if in_range(x["date"], days) and x["group"] == g]
    out["lessons"] = [[R(f"GET {prefix}edu-groups/{g}/lessons/{a}/{b}", [lesson_obj(x, w) for x in ls(g)], pulled)
                       for g in (G, SG1, SG2)]]
    in_week = lambda m, g: in_range(m["work"]["lesson"]["date"], days) and m["work"]["lesson"]["group"] == g \
        and not ((m["work"]["type"] == "LessonTestWork" and m["work"]["lesson"]["subj"] == "PHY"))
    # group marks ranges by mark date; the physics test of the 14th (marked on the 18th) is left to the by-lesson and
    # by-mark-date endpoints so that no fact depends on how a range filters (lesson date or mark date)
    marks_batch = [R(f"GET {prefix}edu-groups/{G}/marks/{a}/{b}",
                     [mark_obj(m, relay=(wk == 1)) for m in w["marks"] if in_week(m, G)], pulled)]
    for g in (SG1, SG2):
        marks_batch.append(R(f"GET {prefix}edu-groups/{g}/subjects/{SUBJ['INF'][0]}/marks/{a}/{b}",
                             [mark_obj(m) for m in w["marks"] if in_week(m, g)], pulled))
    out["marks"] = [marks_batch]
    att_batch = []
    for subj in ("ALG", "RUS", "PHY", "PE", "LIT"):
        ids = {x["id"] for x in ls(G) if x["subj"] == subj}
        att_batch.append(R(f"GET {prefix}lesson-log-entries/group/{G}?subject={SUBJ[subj][0]}&from={a}&to={b}",
                           [log_obj(v) for k, v in sorted(w["att"].items()) if k[0] in ids], pulled))
    for g in (SG1, SG2):
        ids = {x["id"] for x in ls(g)}
        att_batch.append(R(f"GET {prefix}lesson-log-entries/group/{g}?subject={SUBJ['INF'][0]}&from={a}&to={b}",
                           [log_obj(v) for k, v in sorted(w["att"].items()) if k[0] in ids], pulled))
    out["attendance"] = [att_batch]
    out["homework"] = [[R(f"GET {prefix}users/me/school/{S}/homeworks?startDate={a}&endDate={b}",
                          homework_bundle(w, days), pulled)]]
    sched = []
    for p in PUPILS:
        off = p in ("P5", "P6")
        q = f"startDate={a}T00:00:00&endDate={b}T23:59:59" if p in ("P2", "P4") else f"startDate={a}&endDate={b}"
        sched.append(R(f"GET {prefix}persons/{PUPILS[p][0]}/groups/{G}/schedules?{q}", schedules(w, p, days, off, pulled[:19]),
                       pulled))
    out["schedules"] = [sched]
    return out


def build():
    w0 = world()
    w1 = edit(w0)
    d = w0["d"]
    steps = []
    V2, V20, MO = "/v2/", "/v2.0/", HOST + "/v2.0/"

    def step(name, batches):
        steps.append({"name": name, "batches": batches})

    # 1 school and reference data
    school = {"id": S, "id_str": str(S), "name": "МБОУ «Гимназия № 3»",
              "fullName": "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 3» г. о. Мытищи",
              "avatarSmall": None, "city": "Мытищи", "municipality": "городской округ Мытищи", "regionId": 50,
              "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": False,
              "educationType": "Regular", "tsoCityId": 5003, "tsoRegionTreePath": "50."}
    subjects = [{"id": v[0], "id_str": str(v[0]), "name": v[1], "knowledgeArea": v[2], "fgosSubjectId": None,
                 "espSubjectName": v[1], "halfYear": False} for v in SUBJ.values()]
    subjects.append({"id": 2384710092834520099, "id_str": "2384710092834520099", "name": "Химия",
                     "knowledgeArea": "Естественно-научные предметы", "fgosSubjectId": None,
                     "espSubjectName": "Химия", "halfYear": False})
    values = {"mark5": ["1-", "1", "1+", "2-", "2", "2+", "3-", "3", "3+", "4-", "4", "4+", "5-", "5", "5+"],
              "test": ["зачёт", "незачёт"], "markna": ["н/а"], "markdismiss": ["осв"]}
    wts = [{"id": i, "id_str": str(i), "schoolId": S, "kindId": i - 2100, "kind": k, "title": t, "abbr": ab,
            "weight": wg} for i, k, t, ab, wg in WORKTYPES]
    timetable = [{"Name": "Основное расписание 2024/25", "Start": "2024-09-02T00:00:00", "FirstLessonNumber": 1,
                  "Items": [{"Id": 1000006100000 + n, "Start": f"2024-09-02T{BELLS[n][0]}:00",
                             "Finish": f"2024-09-02T{BELLS[n][1]}:00", "Name": f"{n} урок", "Type": "Lesson",
                             "DaysOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
                             "LessonNumber": n} for n in BELLS]}]
    step("1. school and reference data, on the api.school.mosreg.ru brand (same platform, §0): school with timeZone 3, "
         "uses_avg true and uses_weighted_avg false and `regionId` camel (§3.10); subjects with id_str; the full "
         "marks/values map (mark5 with +/-, test, markna, markdismiss, §5); standalone work types WITH id_str "
         "(§3.3, SchoolMosregRuAPI WorkTypes.py); school timetables in PascalCase (§3.14)",
         [[R(f"GET {MO}schools/{S}", school, "2024-11-16T20:00:01+03:00"),
           R(f"GET {MO}schools/{S}/subjects", subjects, "2024-11-16T20:00:02+03:00"),
           R(f"GET {MO}marks/values", values, "2024-11-16T20:00:02+03:00"),
           R(f"GET {MO}work-types/{S}", wts, "2024-11-16T20:00:03+03:00"),
           R(f"GET {MO}schools/{S}/timetables", timetable, "2024-11-16T20:00:03+03:00")]])
    # 2 groups
    cls = group_obj(G, "9В", "Group", full="", pstr=True)
    cls["parentIds"], cls["parentIds_str"] = [], []
    sg1 = group_obj(SG1, SG_NAMES[SG1][0], "Subgroup", G, SG_NAMES[SG1][1])
    sg2 = group_obj(SG2, SG_NAMES[SG2][0], "Subgroup", G, SG_NAMES[SG2][1], pstr=False)  # no parentIds_str
    g5 = group_obj(G5, "5А", "Group", parallel=5)
    old = group_obj(1000004500099, "8В", "Group", parallel=8, status="Archive", year=2023)
    membership = []
    for gid, g in ((G, cls), (SG1, sg1), (SG2, sg2), (G5, g5)):
        if gid == G5:
            studs = [{"person": SIBLING[0], "membershipstatus": "Active"}]
        else:
            studs = [{"person": PUPILS[p][0], "membershipstatus": "Active"} for p in PUPILS
                     if gid == G or SUB[p] == gid]
        membership.append({"group": g, "students": studs})
    par = [group_obj(G9A, "9А", "Group"), group_obj(G9B, "9Б", "Group"), cls]
    step("2. groups: schools/{s}/edu-groups with the archived 8В (studyyear 2023) and 5А; POST edu-groups for 9В, "
         "both Informatics subgroups and 5А (the sibling's class), membershipstatus lowercase (§3.8); the class with "
         "parentIds [] and a subgroup WITHOUT parentIds_str (twins optional, §1); edu-groups/{g}/parallel",
         [[R(f"GET {MO}schools/{S}/edu-groups", [cls, sg1, sg2, g5, old], "2024-11-16T20:00:05+03:00"),
           R(f"POST {MO}edu-groups", membership, "2024-11-16T20:00:06+03:00", request_body=[G, SG1, SG2, G5]),
           R(f"GET {MO}edu-groups/{SG2}", sg2, "2024-11-16T20:00:06+03:00"),
           R(f"GET {MO}edu-groups/{G}/parallel", par, "2024-11-16T20:00:07+03:00")]])
    # 3 persons and users
    persons = [person_obj(PUPILS[p]) for p in PUPILS]
    users = [user_obj(r, ["EduStudent"], r[6]) for r in PUPILS.values() if r[1]] + \
            [user_obj(SIBLING, ["EduStudent"], SIBLING[6])] + \
            [user_obj(t, ["EduStaff"]) for t in TEACHERS.values()]
    step("3. persons and users: edu-groups/{g}/persons (Егорова has userId null, userId_str null), the 19-digit "
         "person Дмитриев, POST users/many for pupils and teachers (fullName, birthday as midnight, §2, §3.9)",
         [[R(f"GET {MO}edu-groups/{G}/persons?includeArchive=false", persons, "2024-11-16T20:00:08+03:00"),
           R(f"GET {MO}persons/{PUPILS['P5'][0]}", person_obj(PUPILS["P5"]), "2024-11-16T20:00:08+03:00"),
           R(f"POST {MO}users/many", users, "2024-11-16T20:00:09+03:00",
             request_body=[u["id"] for u in users])]])
    # 4 teachers
    pasc = []
    for k, t in TEACHERS.items():
        subs = [SUBJ[k[:3] if k[:3] in SUBJ else k[:2]][1]]
        pasc.append({"Id": t[0], "IdStr": str(t[0]), "UserId": t[1], "FirstName": t[3], "LastName": t[2],
                     "MiddleName": t[4], "ShortName": short(t), "Sex": t[5], "DateBirth": "1975-04-12T00:00:00",
                     "Email": "", "Subjects": subs, "HouseMaster": k == "ALG", "Education": "Высшее",
                     "StartDate": "2024-09-01T00:00:00" if k == "PHY2" else "2015-09-01T00:00:00",
                     "PedagogicalActivityDate": "2005-09-01T00:00:00", "TeachingStaff": True,
                     "NameTeacherPosition": "Учитель"})
    tp = lambda k: person_obj((TEACHERS[k][0], TEACHERS[k][1], TEACHERS[k][2], TEACHERS[k][3], TEACHERS[k][4],
                               TEACHERS[k][5]))
    step("4. teachers: schools/{s}/teachers in PascalCase (Id, IdStr, HouseMaster..., §3.9 [L]) including the new "
         "physics teacher Соколова (19-digit person id) who takes over from Петров on 2024-11-18; "
         "edu-groups/{g}/teachers; edu-groups/{g}/classteacher",
         [[R(f"GET {V2}schools/{S}/teachers", pasc, "2024-11-16T20:00:10+03:00"),
           R(f"GET {V2}edu-groups/{G}/teachers", [tp(k) for k in ("ALG", "RUS", "PHY1", "PHY2", "PE")],
             "2024-11-16T20:00:10+03:00"),
           R(f"GET {V2}edu-groups/{SG1}/teachers", [tp("INF1")], "2024-11-16T20:00:10+03:00"),
           R(f"GET {V2}edu-groups/{SG2}/teachers", [tp("INF2")], "2024-11-16T20:00:11+03:00"),
           R(f"GET {V2}edu-groups/{G}/classteacher", tp("ALG"), "2024-11-16T20:00:11+03:00")]])
    # 5 periods
    rps = [{"id": i, "id_str": str(i), "start": s + "T00:00:00", "finish": f + "T00:00:00", "number": n,
            "type": "Trimester", "name": nm, "year": 2024} for i, n, nm, s, f in PERIODS]
    rpg = {"id": 1000007100041, "reportingPeriods": rps,
           "holidays": [{"id": i, "reportingPeriodGroupId": 1000007100041, "dateStart": s + "T00:00:00",
                         "dateFinish": f + "T00:00:00", "name": nm, "description": ""} for i, s, f, nm in HOLIDAYS]}
    step("5. reporting periods: three Trimester periods (the SOAP/mobile vocabulary, §3.12 [L]) and the period group "
         "whose holidays include «Каникулы после 1 триместра» 2024-11-25..2024-12-01",
         [[R(f"GET {V2}edu-groups/{G}/reporting-periods", rps, "2024-11-16T20:00:12+03:00"),
           R(f"GET {V2}edu-groups/{G}/reporting-period-group", rpg, "2024-11-16T20:00:12+03:00")]])
    # 6-10 week 1
    wk1 = week_records(w0, WEEK1, 1, V2, "2024-11-16T20:01:00+03:00")
    phy11 = w0["L"](d[11], "PHY")
    step("6. lessons of week 1 (2024-11-11..15): class and both subgroups (entity shape, §3.4), plus POST lessons/many "
         "and lessons/{id} of the physics lesson with its lab work and homework (Петров teaches physics)",
         wk1["lessons"] + [[R(f"POST {V2}lessons/many", [lesson_obj(phy11, w0), lesson_obj(w0['L'](d[11], 'ALG'), w0)],
                              "2024-11-16T20:01:01+03:00", request_body=[phy11["id"], w0["L"](d[11], "ALG")["id"]]),
                            R(f"GET {V2}lessons/{phy11['id']}", lesson_obj(phy11, w0), "2024-11-16T20:01:01+03:00")]])
    inf11 = w0["L"](d[11], "INF", SG1)
    step("7. marks of week 1: the class answer RELAYED through a double-based parser (every 19-digit id, work and "
         "lesson is the rounded double and many marks share one id; only the _str twins are right, §1), subgroup "
         "marks exact; lessons/{l}/marks with the Java client's camel twins idStr/personStr/workStr/lessonStr (§1 [L]); "
         "pass/fail зачёт/незачёт on the test scale and осв on markdismiss (§5); a composition with markCount 2 "
         "(double marks, §3.1)",
         wk1["marks"] + [[R(f"GET {V2}lessons/{inf11['id']}/marks",
                            [mark_obj(m, camel=True) for m in w0["marks"] if m["work"]["lesson"]["id"] == inf11["id"]],
                            "2024-11-16T20:01:05+03:00")]])
    step("8. attendance of week 1: lesson-log-entries/group/{g}?subject&from&to per subject (§3.5, §8.3): Attend, "
         "Late, Ill (a whole day), Pass, Absent",
         wk1["attendance"])
    step("9. homework of week 1: users/me/school/{s}/homeworks (§3.7): Work.files as ids resolved through the bundle's "
         "files (one homework with two files), files null on another (§3.2 long[] or null), per-subgroup homework",
         wk1["homework"])
    step("10. schedules of week 1 per pupil (§0): flattened lessons without id_str, place/hours, embedded work types "
         "without weight; Дмитриев's and Егорова's days carry an offset date (`…T00:00:00+03:00`, §2 [?]); two pupils "
         "asked with full date-times", wk1["schedules"])
    # 11 week 2 (mosreg host, v2.0)
    wk2 = week_records(w0, WEEK2, 2, MO, "2024-11-23T20:01:00+03:00")
    kr14 = next(m["work"] for m in w0["late"])
    late_batch = [R(f"GET {MO}lessons/{kr14['lesson']['id']}/marks",
                    [mark_obj(m) for m in w0["marks"] if m["work"]["lesson"]["id"] == kr14["lesson"]["id"]],
                    "2024-11-23T20:01:30+03:00")]
    for m in w0["late"]:
        late_batch.append(R(f"GET {MO}persons/{m['person']}/marks/2024-11-18",
                            [mark_obj(x, no_person_str=(m['p'] == 'P5')) for x in w0["marks"]
                             if x["p"] == m["p"] and x["date"].startswith("2024-11-18")],
                            "2024-11-23T20:01:31+03:00"))
    kr18w = next(m["work"] for m in w0["marks"] if m["work"]["type"] == "LessonTestWork"
                 and m["work"]["lesson"]["subj"] == "ALG")
    counts = {}
    for m in w0["marks"]:
        if m["work"] is kr18w:
            counts[m["value"]] = counts.get(m["value"], 0) + 1
    late_batch.append(R(f"GET {MO}works/{kr18w['id']}/marks/histogram",
                        {"markNumbers": [{"markNumber": 0, "marks": [{"value": v, "count": c}
                                                                     for v, c in sorted(counts.items())]}]},
                        "2024-11-23T20:01:32+03:00"))
    step("11. week 2 (2024-11-18..22) pulled on the api.school.mosreg.ru host with the v2.0 prefix: lessons (physics "
         "now taught by Соколова), marks (group ranges; a double-mark dictation; the physics test of the 14th marked "
         "on the 18th comes through lessons/{l}/marks and persons/{p}/marks/{date} by mark date, §3.1; Дмитриев's "
         "answer has no person_str; works/{w}/marks/histogram of the algebra test, counts only, §7), attendance, homework, "
         "schedules",
         wk2["lessons"] + wk2["marks"] + [late_batch] + wk2["attendance"] + wk2["homework"] + wk2["schedules"])
    # 12 final marks
    fm = final_marks(w0)
    step("12. trimester 1 marks set on 2024-11-22: edu-groups/{g}/final-marks with hyphenated keys (§3.13, §8.4): "
         "five-point, зачёт (test), осв (markdismiss) and н/а (markna, §5); allfinalmarks of Волков (PeriodMark works "
         "with periodNumber/periodType); edu-groups/{g}/subjects/{PE}/final-marks",
         [[R(f"GET {V2}edu-groups/{G}/final-marks", fm, "2024-11-23T20:02:00+03:00"),
           R(f"GET {V2}persons/{PUPILS['P3'][0]}/edu-groups/{G}/allfinalmarks", allfinal(w0, "P3"),
             "2024-11-23T20:02:01+03:00"),
           R(f"GET {V2}edu-groups/{G}/subjects/{SUBJ['PE'][0]}/final-marks",
             [e["per-subject-final-marks"][i]["final-mark"] for e in fm for i in range(len(e["per-subject-final-marks"]))
              if e["per-subject-final-marks"][i]["subject"] == SUBJ["PE"][0]], "2024-11-23T20:02:01+03:00")]])
    # 13 averages
    step("13. the journal's own averages: edu-groups/{g}/avg-marks over 1 триместр (\"avg-mark-value\" strings, §3.13); "
         "wa-marks over the same range (float values, no person_str); persons/{p}/reporting-periods/{rp}/avg-mark as a "
         "bare string",
         [[R(f"GET {V2}edu-groups/{G}/avg-marks/2024-09-02/2024-11-22", avg_marks(w0), "2024-11-23T20:02:05+03:00"),
           R(f"GET {V2}edu-groups/{G}/wa-marks/2024-09-02/2024-11-22", wa_marks(w0), "2024-11-23T20:02:05+03:00"),
           R(f"GET {V2}persons/{PUPILS['P4'][0]}/reporting-periods/{PERIODS[0][0]}/avg-mark", "3.58",
             "2024-11-23T20:02:06+03:00")]])
    # 14 parents
    pb = []
    for k, par_ in PARENTS.items():
        kids = [SIBLING if c == "SIB" else PUPILS[c] for c in par_[6]]
        ctx = {"userId": par_[1], "userId_str": str(par_[1]), "personId": par_[0], "personId_str": str(par_[0]),
               "shortName": short(par_), "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [S],
               "groupIds": [], "schools": [{"id": S, "name": school["name"], "type": "School", "groupIds": []}],
               "eduGroups": [],
               "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                             "shortName": short(c), "schoolIds": [S],
                             "groupIds": [G5] if c is SIBLING else [G]} for c in kids], "splitId": None}
        pb.append(R(f"GET {V2}{par_[7]}", ctx, "2024-11-23T20:03:00+03:00"))
        pb.append(R(f"GET {V2}users/{par_[1]}/relatives",
                    [{"type": "Child", "person": person_obj(c)} for c in kids], "2024-11-23T20:03:01+03:00"))
    gal = PARENTS["GAL"]
    pb.append(R(f"GET {V2}person/{gal[0]}/children", [person_obj(PUPILS["P2"]), person_obj(SIBLING)],
                "2024-11-23T20:03:01+03:00"))
    pb.append(R(f"GET {V2}users/me/children", [PUPILS["P2"][1], SIBLING[1]], "2024-11-23T20:03:01+03:00"))
    pb.append(R(f"POST {V2}users/many", [user_obj((p[0], p[1], p[2], p[3], p[4], p[5]), ["EduParent"])
                                         for p in PARENTS.values()], "2024-11-23T20:03:02+03:00",
                request_body=[p[1] for p in PARENTS.values()]))
    step("14. parents: users/{u}/context and users/me/context (the job signed in as Борисов, whose user id has 19 "
         "digits) with children[].personId (person ids, no _str, §1, §3.9); Борисовы have two children, one in 5А; "
         "two parents share the same children; users/{u}/relatives; person/{p}/children (person objects) and "
         "users/me/children (bare USER ids of Борисов's children, §1: never person ids); users/many for the parents", [pb])
    # 15 vacation week
    step("15. the vacation week 2024-11-25..29: class lessons answer [] and Алексеева's schedules days have no lessons "
         "(holidays from the period group, §3.12)",
         [[R(f"GET {V20}edu-groups/{G}/lessons/2024-11-25/2024-11-29", [], "2024-11-30T20:00:00+03:00"),
           R(f"GET {V20}persons/{PUPILS['P1'][0]}/groups/{G}/schedules?startDate=2024-11-25&endDate=2024-11-29",
             schedules(w0, "P1", VAC), "2024-11-30T20:00:01+03:00")]])
    # 16 byte-identical re-send of steps 7 and 10
    step("16. re-send: steps 7 (week-1 marks, the relayed answer included) and 10 (week-1 schedules) again, byte "
         "for byte, after the late physics marks arrived (a re-sent old answer never held them: nothing may be "
         "deleted or added)", copy.deepcopy(steps[6]["batches"]) + copy.deepcopy(steps[9]["batches"]))
    # 17 corrections: re-pull week 2 requests whose answers changed
    wk2b = week_records(w1, WEEK2, 2, MO, "2024-11-30T20:05:00+03:00")
    old = {r["request"]: r["body"] for k in wk2 for b in wk2[k] for r in b}
    changed = [[r for k in wk2b for b in wk2b[k] for r in b if old.get(r["request"]) != r["body"]]]
    changed[0].append(R(f"GET {MO}edu-groups/{SG1}/subjects/{SUBJ['INF'][0]}/marks/2024-11-18/2024-11-22",
                        {"type": "apiServerError", "description": "Internal server error"},
                        "2024-11-30T20:05:09+03:00"))
    step("17. corrections after the first week-2 pull, found only by re-pulling the same requests (no change feed, §7): "
         "Алексеева's algebra 4 -> 5- (same mark id, new date); Егорова's algebra 3 of 2024-11-20 gone; Дмитриев's "
         "composition 5/5 loses number 1; Борисов's physics mark moved to a Самостоятельная work (weight 1 -> 2); "
         "algebra topic of 2024-11-20 changed; Дмитриев's Absent -> Ill «справка от врача»; Егорова's Late entry "
         "removed; algebra homework text and due date edited; Russian homework of 2024-11-19 withdrawn. The re-pull of "
         "subgroup 1's Informatics marks failed and was forwarded as the error envelope {type, description} (§4): it is "
         "no answer, so it deletes nothing", changed)
    # 18 final-mark correction and averages re-pull
    step("18. the trimester mark of Борисов in algebra corrected 4 -> 5 (same final-mark id); averages re-pulled",
         [[R(f"GET {V2}edu-groups/{G}/final-marks", final_marks(w1), "2024-11-30T20:06:00+03:00"),
           R(f"GET {V2}edu-groups/{G}/avg-marks/2024-09-02/2024-11-22", avg_marks(w1), "2024-11-30T20:06:01+03:00")]])
    return {"vendor": "dnevnik_ru",
            "description": "A second Dnevnik.ru journey: МБОУ «Гимназия № 3», Мытищи (school timeZone 3, simple "
                           "average), class 9В of 2024/25 on trimesters, 6 pupils, Informatics split into two "
                           "subgroups, a physics teacher change, school weeks Mon-Fri 2024-11-11..15 and 18..22, "
                           "trimester 1 closing on 2024-11-22, then the vacation 2024-11-25..12-01. Pulled as a sync "
                           "job would, partly on the api.school.mosreg.ru brand, with one relayed answer; then a "
                           "byte-identical re-send and re-pulls after corrections and deletions.",
            "steps": steps}


def final_marks(w):
    out = []
    fid = 2384710092834900100
    for pi, (p, rec) in enumerate(PUPILS.items()):
        per = []
        for si, s in enumerate(("ALG", "RUS", "PHY", "PE", "LIT", "INF")):
            v = w["finals"][s][p]
            typ = {"зачёт": "test", "осв": "markdismiss", "н/а": "markna"}.get(v, "mark5")
            i = fid + pi * 10 + si
            wid = 2384710092834950100 + si
            per.append({"subject": SUBJ[s][0], "subject_str": str(SUBJ[s][0]),
                        "final-mark": {"id": i, "id_str": str(i), "type": typ, "value": v, "textValue": v,
                                       "person": rec[0], "person_str": str(rec[0]), "work": wid, "work_str": str(wid),
                                       "lesson": None, "lesson_str": None, "number": 0,
                                       "date": f"2024-11-22T15:{10 + si:02d}:0{pi}.5", "workType": 2107,
                                       "mood": mood(v), "use_avg_calc": False}})
        out.append({"person": rec[0], "person_str": str(rec[0]), "group": G, "group_str": str(G),
                    "reportingPeriod": PERIODS[0][0], "reportingPeriod_str": str(PERIODS[0][0]),
                    "per-subject-final-marks": per})
    return out


def allfinal(w, p):
    fm = [e for e in final_marks(w) if e["person"] == PUPILS[p][0]][0]["per-subject-final-marks"]
    works = [{"id": x["final-mark"]["work"], "id_str": x["final-mark"]["work_str"], "type": "PeriodMark",
              "workType": 2107, "markType": x["final-mark"]["type"], "markCount": 1, "lesson": None,
              "lesson_str": None, "displayInJournal": True, "status": "Sent", "eduGroup": G, "eduGroup_str": str(G),
              "tasks": [], "text": "", "periodNumber": 1, "periodType": "Trimester", "subjectId": x["subject"],
              "isImportant": False, "targetDate": "2024-11-22T00:00:00", "sentDate": None,
              "createdBy": TEACHERS["ALG"][0], "files": [], "oneDriveLinks": []} for x in fm]
    return {"marks": [x["final-mark"] for x in fm], "works": works,
            "subjects": [subject_obj(k) for k in SUBJ], "workTypes": [e for e in wt_embedded() if e["id"] == 2107]}


def avg_marks(w):
    return [{"person": rec[0], "person_str": str(rec[0]),
             "per-subject-averages": [{"subject": SUBJ[s][0], "subject_str": str(SUBJ[s][0]),
                                       "avg-mark-value": w["avgs"][s][p]} for s in ("ALG", "PHY")]}
            for p, rec in PUPILS.items()]


def wa_marks(w):
    vals = {"P1": 4.69, "P2": 3.5, "P3": 3.9, "P4": 3.2, "P5": 4.8, "P6": 4.0}
    return {"subjectMarks": [{"subject": SUBJ["ALG"][0], "subject_str": str(SUBJ["ALG"][0]),
                              "marks": [{"person": PUPILS[p][0], "value": v} for p, v in vals.items()]}]}


if __name__ == "__main__":
    j = build()
    OUT.write_text(json.dumps(j, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(b) for s in j["steps"] for b in s["batches"])
    print(f"{len(j['steps'])} steps, {n} records -> {OUT}")
