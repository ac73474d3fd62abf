"""Writes journey.json of dnevnik_ru_42: empty, null and absent (Dnevnik.ru). Standard library only; deterministic.

A real sync of class 6А over two weeks (2026-11-02 .. 2026-11-15: the end of the autumn holidays, then seven school
days) where every optional field the reference allows is, somewhere, left out, null, "" , [] / {} or 0.
"""
import json
from pathlib import Path

S = 1000002442042
SCHOOL_NAME = "ГБОУ «Школа № 42»"
G, SG1, SG2 = 2260325488542042001, 2260325488542042002, 2260325488542042003
P1, P2, P3, P4 = 1000012542001, 1000012542002, 1000012542003, 2260325488542100004
PUPILS = [P1, P2, P3, P4]
MEMBERS = {G: PUPILS, SG1: [P1, P3], SG2: [P2, P4]}
PARENT_USER = {1: 1000011542101, 2: 1000011542102, 3: 1000011542103, 4: 1000011542104}
PARENT_PERSON = {1: 1000012542101, 2: 1000012542102, 3: 1000012542103, 4: 1000012542104}
T_MATH, T_RUS, T_EN1, T_EN2, T_HIST, T_BIO, T_MUS = (1000012542901, 1000012542902, 1000012542903, 1000012542904,
                                                     1000012542905, 1000012542906, 1000012542907)
U_RUS = 1000011542902
MATH, RUS, LIT, ENG, HIST, BIO, PE, MUS = (1000003542001 + i for i in range(8))
SUBJ = {MATH: ("Математика", "Математика и информатика"), RUS: ("Русский язык", "Филология"),
        LIT: ("Литература", "Филология"), ENG: ("Английский язык", "Иностранные языки"),
        HIST: ("История", None), BIO: ("Биология", "Естественнонаучные предметы"),
        PE: ("Физическая культура", ""), MUS: ("Музыка", None)}
WT_LESSON, WT_TEST, WT_HW, WT_TRAIN, WT_PERIOD, WT_DIAG = 4201, 4202, 4203, 4204, 4205, 4206
BELLS = {0: ("07:50", "08:25"), 1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"),
         4: ("11:35", "12:20"), 5: ("12:30", "13:15"), 6: ("13:25", "14:10")}
ROOM = {MATH: "214", RUS: "208", LIT: "208", HIST: "112", BIO: "401", (ENG, SG1): "305", (ENG, SG2): "306"}
TEACHER = {MATH: T_MATH, RUS: T_RUS, LIT: T_RUS, HIST: T_HIST, BIO: T_BIO, MUS: T_MUS, (ENG, SG1): T_EN1,
           (ENG, SG2): T_EN2}
P1_ID, P2_ID = 1000007542001, 1000007542002


def sid(x):
    return str(x)


def L(n):
    return 2260325488542500000 + n


def W(n):
    return 2260325488542700000 + n


def M(n):
    return 2260325488542800000 + n


def F(n):
    return 2260325488542900000 + n


# ---- the lessons of the fortnight --------------------------------------------------------------------------------
# (date, number, subject, group, title); title None = null in the answer, "" = an empty topic
LESSONS = {}
_n = [0]


def lesson(date, number, subject, group, title, **extra):
    _n[0] += 1
    LESSONS[L(_n[0])] = dict(date=date, number=number, subject=subject, group=group, title=title, **extra)
    return L(_n[0])


def eng(date, number, t1, t2):
    return lesson(date, number, ENG, SG1, t1), lesson(date, number, ENG, SG2, t2)


# Thu 2026-11-05
l_math5 = lesson("2026-11-05", 1, MATH, G, "Сравнение дробей")
l_lit5 = lesson("2026-11-05", 2, LIT, G, "А. С. Пушкин «Дубровский»: история создания")
l_rus5 = lesson("2026-11-05", 3, RUS, G, "Словообразование: приставочный способ")
l_bio5 = lesson("2026-11-05", 4, BIO, G, "Строение корня")
l_en1_5, l_en2_5 = eng("2026-11-05", 5, "Unit 3. Food and drinks", "Unit 3. My favourite food")
# Fri 2026-11-06
l_pe6 = lesson("2026-11-06", 0, PE, G, "Лёгкая атлетика: бег 60 м")
l_rus6 = lesson("2026-11-06", 1, RUS, G, "Правописание приставок пре- и при-")
l_math6 = lesson("2026-11-06", 2, MATH, G, "Сложение дробей с разными знаменателями")
l_hist6 = lesson("2026-11-06", 3, HIST, G, "Русь в XII веке: раздробленность")
l_mus6 = lesson("2026-11-06", 4, MUS, G, "Образы природы в музыке")
# Mon 2026-11-09
l_math9 = lesson("2026-11-09", 1, MATH, G, "")  # the teacher left the topic empty
l_rus9 = lesson("2026-11-09", 2, RUS, G, "Сложные слова: соединительные гласные")
l_en1_9, l_en2_9 = eng("2026-11-09", 3, "Unit 3. At the café", "Unit 3. Shopping list")
l_hist9 = lesson("2026-11-09", 4, HIST, G, "Владимиро-Суздальское княжество")
l_pe9 = lesson("2026-11-09", 5, PE, G, "")
# Tue 2026-11-10
l_rus10 = lesson("2026-11-10", 1, RUS, G, "Морфемный и словообразовательный разбор")
l_math10 = lesson("2026-11-10", 2, MATH, G, "Вычитание дробей с разными знаменателями")
l_bio10 = lesson("2026-11-10", 3, BIO, G, None, no_teacher=True)  # the teacher on leave: no topic, no teacher
l_lit10 = lesson("2026-11-10", 4, LIT, G, "«Дубровский»: Троекуров и Дубровский-старший")
l_mus10 = lesson("2026-11-10", 5, MUS, G, "Музыкальный портрет")
# Wed 2026-11-11
l_pe11 = lesson("2026-11-11", 0, PE, G, None)
l_math11 = lesson("2026-11-11", 1, MATH, G, "Решение задач на сложение и вычитание дробей")
l_en1_11, l_en2_11 = eng("2026-11-11", 2, "Unit 3. Grammar: some / any", "Unit 3. Countable nouns")
l_rus11 = lesson("2026-11-11", 3, RUS, G, "Тренировочная работа по словообразованию")
l_hist11 = lesson("2026-11-11", 4, HIST, G, "Новгородская республика")
# Thu 2026-11-12
l_math12 = lesson("2026-11-12", 1, MATH, G, "Контрольная работа № 2 «Обыкновенные дроби»")
l_lit12 = lesson("2026-11-12", 2, LIT, G, "«Дубровский»: бунт крестьян")
l_rus12 = lesson("2026-11-12", 3, RUS, G, "Работа над ошибками")
l_bio12 = lesson("2026-11-12", 4, BIO, G, "Видоизменения корней", no_teacher=True)
l_en1_12, l_en2_12 = eng("2026-11-12", 5, "Unit 3. Reading: a recipe", "Unit 3. Listening")
# Fri 2026-11-13
l_pe13 = lesson("2026-11-13", 0, PE, G, "Гимнастика: строевые упражнения")
l_rus13 = lesson("2026-11-13", 1, RUS, G, "Имя существительное: повторение")
l_math13 = lesson("2026-11-13", 2, MATH, G, "Анализ контрольной работы")
l_hist13 = lesson("2026-11-13", 3, HIST, G, "Диагностическая работа по истории", hours="")
l_mus13 = lesson("2026-11-13", 4, MUS, G, "Музыкальная живопись", hours="")

WEEK1 = [l for l, v in LESSONS.items() if v["date"] <= "2026-11-08"]
WEEK2 = [l for l, v in LESSONS.items() if v["date"] >= "2026-11-09"]


def teacher_of(lid):
    v = LESSONS[lid]
    if v["subject"] == PE or v.get("no_teacher"):
        return None
    return TEACHER.get((v["subject"], v["group"])) or TEACHER[v["subject"]]


# ---- works ---------------------------------------------------------------------------------------------------------
WORKS = {}


def default_work(lid):
    return W(1000 + lid - L(0))


for lid, v in LESSONS.items():
    if v["subject"] in (PE, MUS):
        continue  # works: [] (no column at all)
    WORKS[default_work(lid)] = dict(type="DefaultNewLessonWork", wt=WT_LESSON, lesson=lid, text="", mark="mark5")
WORKS[W(1)] = dict(type="LessonTestWork", wt=WT_TEST, lesson=l_math12, mark="mark5",
                   text="Контрольная работа № 2 «Обыкновенные дроби»")
WORKS[W(2)] = dict(type="CommonWork", wt=WT_TRAIN, lesson=l_rus11, mark="mark5", text=None)
WORKS[W(3)] = dict(type="CommonWork", wt=WT_DIAG, lesson=l_hist13, mark="mark100", text="")
# homework
WORKS[W(11)] = dict(type="Homework", wt=WT_HW, lesson=l_math5, mark="mark5", text="№ 318, 320 (а, б), 324",
                    target="2026-11-09", files=[], sent="2026-11-05T14:10:22.5")
WORKS[W(12)] = dict(type="Homework", wt=WT_HW, lesson=l_rus6, mark="mark5", text="", target="2026-11-10",
                    files=[F(1)], sent="2026-11-06T12:01:07.33")
WORKS[W(13)] = dict(type="Homework", wt=WT_HW, lesson=l_en1_5, mark="mark5", text="Workbook p. 28, ex. 1–3",
                    target="2026-11-09", files="absent", tasks="absent", sent=None)
WORKS[W(14)] = dict(type="Homework", wt=WT_HW, lesson=l_lit10, mark="mark5", text=None, target="2026-11-12",
                    files=[F(2)], sent="2026-11-10T13:40:00.0")
WORKS[W(15)] = dict(type="Homework", wt=WT_HW, lesson=l_hist11, mark="mark5", text="§ 14, вопросы 1–3 на с. 98",
                    target="2026-11-13", files=[], tasks="empty", sent="2026-11-11T15:20:41.8")
WORKS[W(16)] = dict(type="Homework", wt=WT_HW, lesson=l_bio10, mark="mark5", text="", target="2026-11-12",
                    files=[], sent=None, created_by=None)
WORKS[W(17)] = dict(type="Homework", wt=WT_HW, lesson=l_math12, mark="mark5", text="Повторить § 9–11",
                    target="2026-11-16", files=None, sent="2026-11-12T16:02:18.07")
WORKS[W(18)] = dict(type="Homework", wt=WT_HW, lesson=l_en2_11, mark="mark5",
                    text="Student's Book p. 40, ex. 5 (письменно)", target="2026-11-12", files=[],
                    sent="2026-11-11T12:30:00.0")
FILES = {F(1): ("Карточка_упр_стр45.pdf", "pdf", 96256, T_RUS), F(2): ("Вопросы_к_главам_1-5.docx", "docx", 18432,
                                                                       T_RUS)}


def work(wid):
    w = WORKS[wid]
    v = LESSONS[w["lesson"]]
    group = v["group"]
    out = {"id": wid, "id_str": sid(wid), "type": w["type"], "workType": w["wt"], "markType": w["mark"],
           "markCount": 1, "lesson": w["lesson"], "lesson_str": sid(w["lesson"]),
           "displayInJournal": w["type"] != "Homework", "status": "Sent", "eduGroup": group,
           "eduGroup_str": sid(group), "tasks": [], "text": w["text"], "periodNumber": 2, "periodType": "Quarter",
           "subjectId": v["subject"], "isImportant": w["type"] == "LessonTestWork",
           "targetDate": (w.get("target") or v["date"]) + "T00:00:00", "sentDate": w.get("sent"),
           "createdBy": w.get("created_by", teacher_of(w["lesson"])), "files": [], "oneDriveLinks": []}
    if w["type"] == "Homework":
        tasks = w.get("tasks")
        if tasks == "absent":
            del out["tasks"]
        elif tasks != "empty":
            out["tasks"] = [{"id": wid + 10_000_000 + i, "id_str": sid(wid + 10_000_000 + i), "person": p,
                             "person_str": sid(p), "work": wid, "work_str": sid(wid), "status": "NotStarted",
                             "targetDate": w["target"] + "T00:00:00"} for i, p in enumerate(MEMBERS[group])]
        files = w.get("files")
        if files == "absent":
            del out["files"]
            del out["oneDriveLinks"]
        elif files is None:
            out["files"] = None
            out["oneDriveLinks"] = None
        else:
            out["files"] = list(files)
    return out


def works_of(lid):
    return [work(w) for w in sorted(WORKS) if WORKS[w]["lesson"] == lid]


# ---- marks: (lesson, pupil, value, work, variant) ------------------------------------------------------------------
# variants: "full" (textValue = value, mood, use_avg_calc), "null" (textValue null), "empty" (textValue ""),
# "bare" (no textValue, no mood, no use_avg_calc, no lesson_str)
MARKS = []


def mark(lid, pupil, value, wid=None, variant="full", minute=10):
    MARKS.append(dict(id=M(len(MARKS) + 1), lesson=lid, person=pupil, value=value,
                      work=wid or default_work(lid), variant=variant, minute=minute))


mark(l_math5, P1, "5", variant="full")
mark(l_math5, P4, "4", variant="null")
mark(l_rus5, P2, "4-", variant="empty")
mark(l_rus5, P3, "3", variant="bare")
mark(l_lit5, P4, "5", variant="full")
mark(l_bio5, P1, "4", variant="null")
mark(l_en1_5, P3, "5", variant="bare")
mark(l_en2_5, P2, "4+", variant="null")
mark(l_en2_5, P4, "5", variant="full")
mark(l_rus6, P1, "5", variant="empty")
mark(l_math6, P2, "3", variant="full")
mark(l_math6, P3, "4", variant="null")
mark(l_hist6, P4, "4", variant="bare")
mark(l_hist6, P1, "5", variant="full")
# week 2 (Ева, P4, has none: ill on Tuesday and Wednesday, not asked on the other days)
mark(l_math9, P3, "5", variant="null")  # the lesson without a topic still carries its marks
mark(l_math9, P2, "4", variant="bare")
mark(l_rus9, P1, "4", variant="full")
mark(l_en1_9, P1, "5", variant="empty")
mark(l_en2_9, P2, "3", variant="null")
mark(l_hist9, P3, "4", variant="full")
mark(l_rus10, P2, "5", variant="null")
mark(l_math10, P1, "4-", variant="bare")
mark(l_lit10, P3, "4", variant="empty")
mark(l_math11, P2, "5", variant="full")
mark(l_en1_11, P3, "4", variant="null")
mark(l_rus11, P1, "4", W(2), variant="full")  # Тренировочная работа: weight 0
mark(l_rus11, P2, "3", W(2), variant="null")
mark(l_rus11, P3, "5", W(2), variant="bare")
mark(l_hist11, P2, "5", variant="empty")
mark(l_math12, P1, "5", W(1), variant="full")  # Контрольная работа: weight 2
mark(l_math12, P2, "4", W(1), variant="null")
mark(l_math12, P3, "3", W(1), variant="bare")
mark(l_lit12, P1, "5", variant="null")
mark(l_en2_12, P2, "5", variant="full")
mark(l_rus13, P3, "4", variant="null")
mark(l_hist13, P1, "85", W(3), variant="full")  # Диагностическая работа, mark100
mark(l_hist13, P2, "0", W(3), variant="null")  # zero of a hundred: a mark, not an absence of one
mark(l_hist13, P3, "62", W(3), variant="bare")


def mark_obj(m):
    v = LESSONS[m["lesson"]]
    w = WORKS[m["work"]]
    out = {"id": m["id"], "id_str": sid(m["id"]), "type": w["mark"], "value": m["value"],
           "textValue": m["value"], "person": m["person"], "person_str": sid(m["person"]), "work": m["work"],
           "work_str": sid(m["work"]), "lesson": m["lesson"], "lesson_str": sid(m["lesson"]), "number": 0,
           "date": f"{v['date']}T{BELLS[v['number']][0]}:{m['minute']:02d}.{(m['id'] % 997):03d}",
           "workType": w["wt"], "mood": "Good" if m["value"] in ("5", "85") else "Average", "use_avg_calc": True}
    if m["variant"] == "null":
        out["textValue"] = None
        out["mood"] = "NotSet"
    elif m["variant"] == "empty":
        out["textValue"] = ""
    elif m["variant"] == "bare":
        for k in ("textValue", "mood", "use_avg_calc", "lesson_str"):
            del out[k]
    return out


def marks_where(pred):
    return [mark_obj(m) for m in MARKS if pred(m)]


# ---- attendance -------------------------------------------------------------------------------------------------
# (lesson, pupil, status, comment); comment "absent" = the key left out
LOG = [
    (l_math5, P3, "Late", ""),
    (l_rus6, P1, "Attend", None),
    (l_pe6, P2, "Pass", None),
    (l_rus10, P4, "Ill", "справка"), (l_math10, P4, "Ill", None), (l_bio10, P4, "Ill", None),
    (l_lit10, P4, "Ill", ""), (l_mus10, P4, "Ill", "absent"),
    (l_pe11, P4, "Ill", None), (l_math11, P4, "Ill", None), (l_en2_11, P4, "Ill", None), (l_rus11, P4, "Ill", None),
    (l_hist11, P4, "Ill", None),
    (l_math12, P1, "Late", None),
]
WRONG_ABSENCE = (l_hist9, P2, "Absent", None)  # in Monday's pull; the lesson's log re-pulled on Tuesday is []


def log_obj(e):
    lid, p, status, comment = e
    v = LESSONS[lid]
    out = {"person": p, "person_str": sid(p), "lesson": lid, "lesson_str": sid(lid), "comment": comment,
           "status": status, "createdDate": f"{v['date']}T{BELLS[v['number']][0]}:{(p % 50):02d}.5"}
    if comment == "absent":
        del out["comment"]
    return out


def logs_where(pred, entries=LOG):
    return [log_obj(e) for e in entries if pred(e)]


# ---- shapes -------------------------------------------------------------------------------------------------------
def subject_obj(s):
    name, ka = SUBJ[s]
    return {"id": s, "id_str": sid(s), "name": name, "knowledgeArea": ka, "fgosSubjectId": None}


def lesson_entity(lid):
    v = LESSONS[lid]
    t = teacher_of(lid)
    subj = subject_obj(v["subject"])
    if v["subject"] in (HIST, MUS):
        del subj["fgosSubjectId"]  # left out
    out = {"id": lid, "id_str": sid(lid), "title": v["title"],
           "date": f"{v['date']}T{BELLS[v['number']][0]}:00", "number": v["number"], "subject": subj,
           "group": v["group"], "status": "Planned", "resultPlaceId": 0, "works": works_of(lid),
           "teachers": [] if t is None else [t], "teachers_str": [] if t is None else [sid(t)]}
    if v["subject"] == PE:
        out["status"] = None
    return out


def lesson_flat(lid):
    v = LESSONS[lid]
    t = teacher_of(lid)
    a, b = BELLS[v["number"]]
    out = {"id": lid, "title": v["title"], "date": f"{v['date']}T{a}:00", "number": v["number"],
           "subjectId": v["subject"], "status": "Planned", "resultPlaceId": 0, "building": "Главное здание",
           "place": ROOM.get((v["subject"], v["group"])) or ROOM.get(v["subject"]), "floor": None,
           "hours": v.get("hours", f"{a} - {b}"), "works": [w for w in sorted(WORKS) if WORKS[w]["lesson"] == lid],
           "teachers": [] if t is None else [t]}
    if v["subject"] == PE:
        out.update(building=None, place=None, floor=None, hours=None)
    if v["subject"] == MUS:
        out.update(building="", place="", floor="")
    return out


def subjects_bundle(ids):
    return [{"id": s, "name": SUBJ[s][0], "knowledgeAreaId": None} for s in sorted(set(ids))]


WORK_TYPES_EMBEDDED = [
    {"id": WT_LESSON, "schoolId": S, "abbreviation": None, "name": "Работа на уроке", "isFinal": False,
     "isImportant": False, "kindId": 1, "kind": "DefaultNewLessonWork"},
    {"id": WT_TEST, "schoolId": S, "abbreviation": "КР", "name": "Контрольная работа", "isFinal": False,
     "isImportant": True, "kindId": 3, "kind": "LessonTestWork"},
    {"id": WT_HW, "schoolId": S, "abbreviation": "", "name": "Домашнее задание", "isFinal": False,
     "isImportant": False, "kindId": 9, "kind": "Homework"},
    {"id": WT_TRAIN, "schoolId": S, "abbreviation": None, "name": "Тренировочная работа", "isFinal": False,
     "isImportant": False, "kindId": 2, "kind": "CommonWork"},
    {"id": WT_DIAG, "schoolId": S, "abbreviation": "ДР", "name": "Диагностическая работа", "isFinal": False,
     "isImportant": False, "kindId": 2, "kind": "CommonWork"},
]


def schedules(pupil, dates):
    days = []
    groups = [g for g in (G, SG1, SG2) if pupil in MEMBERS[g]]
    for i, date in enumerate(dates):
        lids = sorted((l for l, v in LESSONS.items() if v["date"] == date and v["group"] in groups),
                      key=lambda l: LESSONS[l]["number"])
        works = [work(w) for l in lids for w in sorted(WORKS) if WORKS[w]["lesson"] == l]
        days.append({
            "date": f"{date}T00:00:00",
            "lessons": [lesson_flat(l) for l in lids],
            "marks": marks_where(lambda m: m["person"] == pupil and m["lesson"] in lids),
            "works": [w for w in works if w["type"] != "Homework"],
            "homeworks": [w for w in works if w["type"] == "Homework"],
            "subjects": subjects_bundle(LESSONS[l]["subject"] for l in lids),
            "workTypes": WORK_TYPES_EMBEDDED if lids else [],
            "lessonLogEntries": logs_where(lambda e: e[1] == pupil and e[0] in lids),
            "teachers": [],
            "nextDate": dates[i + 1] + "T00:00:00" if i + 1 < len(dates) else None})
    return {"days": days}


def file_obj(f):
    name, typ, size, teacher = FILES[f]
    return {"id": f, "id_str": sid(f), "name": name, "typeGroup": "Document", "type": typ,
            "pageUrl": f"https://dnevnik.ru/files/file.aspx?file={f}", "downloadUrl": None,
            "user": None, "size": size, "vote": 0, "uploadedDate": "2026-11-06T11:58:40.2", "storageType": None}


def homework_bundle(wids):
    ws = [work(w) for w in wids]
    lids = sorted({WORKS[w]["lesson"] for w in wids})
    files = sorted({f for w in ws for f in (w.get("files") or [])})
    return {"works": ws, "subjects": subjects_bundle(LESSONS[l]["subject"] for l in lids),
            "lessons": [lesson_flat(l) for l in lids], "files": [file_obj(f) for f in files], "teachers": []}


EMPTY_BUNDLE = {"works": [], "subjects": [], "lessons": [], "files": [], "teachers": []}


def group_obj(g):
    base = {"id": g, "id_str": sid(g), "parallel": 6, "status": "Active", "studyyear": 2026,
            "educationType": "Regular"}
    if g == G:  # a class: parentIds null, no fullName, no timetable, subjects/journaltype left out
        return dict(base, parentIds=None, type="Group", name="6А", fullName=None, timetable=None,
                    timetable_str=None)
    name = "Английский язык, 1 группа" if g == SG1 else "Английский язык, 2 группа"
    full = "" if g == SG1 else "Лебедева О. В."
    return dict(base, parentIds=[G], parentIds_str=[sid(G)], type="Subgroup", name=name, fullName=full,
                timetable=1000006542042, timetable_str="1000006542042", subjects=[], journaltype="Default")


PEOPLE = {  # first, last, middle (None = null, "" = empty, "absent" = left out), sex, user
    P1: ("Артём", "Волков", "Дмитриевич", "Male", 1000011542001),
    P2: ("Полина", "Зайцева", None, "Female", None),
    P3: ("Тимур", "Ахмедов", "", "Male", 1000011542003),
    P4: ("Ева", "Никитина", "absent", None, None),
    T_MATH: ("Марина", "Соколова", "Петровна", "Female", 1000011542901),
    T_EN1: ("Джессика", "Смит", None, "Female", 1000011542903),
    T_EN2: ("Ольга", "Лебедева", "Викторовна", "Female", None),
    T_BIO: ("Елена", "Орлова", "Игоревна", "Female", 1000011542906),
}


def person(p):
    first, last, middle, sex, user = PEOPLE[p]
    out = {"id": p, "id_str": sid(p), "userId": user, "userId_str": None if user is None else sid(user),
           "firstName": first, "lastName": last, "middleName": middle,
           "shortName": f"{last} {first[0]}." + (f" {middle[0]}." if middle and middle != "absent" else ""),
           "sex": sex}
    if middle == "absent":
        del out["middleName"]
        del out["shortName"]
        del out["userId_str"]
    return out


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body, "pulled_at": pulled}
    if request_body is not None:
        r["request_body"] = request_body
    return r


steps = []

# ---- step 1: Mon 2026-11-02, the first pull of the fortnight: the school as it is -----------------------------------
t1 = "2026-11-02T19:00:00+03:00"
contexts = {
    1: {"userId": PARENT_USER[1], "userId_str": sid(PARENT_USER[1]), "personId": PARENT_PERSON[1],
        "personId_str": sid(PARENT_PERSON[1]), "shortName": "Волкова И. С.", "avatarUrl": None,
        "roles": ["EduParent"], "schoolIds": [S], "groupIds": [],
        "schools": [{"id": S, "name": SCHOOL_NAME, "type": "School", "groupIds": []}], "eduGroups": [],
        "children": [{"personId": P1, "firstName": "Артём", "lastName": "Волков", "middleName": "Дмитриевич",
                      "shortName": "Волков А. Д.", "schoolIds": [S], "groupIds": [G, SG1]}], "splitId": None},
    # the father of Полина: a minimal context, almost every optional field left out
    2: {"userId": PARENT_USER[2], "userId_str": sid(PARENT_USER[2]), "personId": PARENT_PERSON[2],
        "personId_str": sid(PARENT_PERSON[2]), "roles": ["EduParent"],
        "children": [{"personId": P2, "personId_str": sid(P2), "firstName": "Полина"}]},
    # the mother of Тимур: empty strings, nulls and empty lists
    3: {"userId": PARENT_USER[3], "userId_str": sid(PARENT_USER[3]), "personId": PARENT_PERSON[3],
        "personId_str": sid(PARENT_PERSON[3]), "shortName": None, "avatarUrl": "", "roles": ["EduParent"],
        "schoolIds": [], "groupIds": [], "schools": [], "eduGroups": [],
        "children": [{"personId": P3, "firstName": "Тимур", "lastName": "Ахмедов", "middleName": "",
                      "shortName": None, "schoolIds": [], "groupIds": []}], "splitId": ""},
    4: {"userId": PARENT_USER[4], "userId_str": sid(PARENT_USER[4]), "personId": PARENT_PERSON[4],
        "personId_str": sid(PARENT_PERSON[4]), "shortName": "Никитина С. А.", "avatarUrl": None,
        "roles": ["EduParent"], "schoolIds": [S], "groupIds": [G],
        "schools": [{"id": S, "name": SCHOOL_NAME, "type": "School", "groupIds": [G]}], "eduGroups": [group_obj(G)],
        "children": [{"personId": P4, "personId_str": sid(P4), "firstName": "Ева", "lastName": "Никитина",
                      "middleName": None, "shortName": "Никитина Е.", "schoolIds": [S], "groupIds": [G, SG2]}],
        "splitId": None},
}
periods = [
    {"id": P1_ID, "id_str": sid(P1_ID), "start": "2026-09-01T00:00:00", "finish": "2026-10-24T00:00:00",
     "number": 1, "type": "Quarter", "name": "1 четверть", "year": 2026},
    {"id": P2_ID, "id_str": sid(P2_ID), "start": "2026-11-05T00:00:00", "finish": "2026-12-27T00:00:00",
     "number": 2, "type": "Quarter", "name": "2 четверть", "year": 2026},
]
b1 = [
    rec(f"GET /v2/schools/{S}", {"id": S, "id_str": sid(S), "name": SCHOOL_NAME, "fullName": None,
                                  "avatarSmall": None, "city": "Москва", "municipality": "",
                                  "regionId": 77, "markType": "mark5", "timeZone": 3, "uses_avg": True,
                                  "uses_weighted_avg": True, "educationType": "Regular"}, t1),
    rec(f"GET /v2/schools/{S}/subjects", [subject_obj(s) for s in SUBJ], t1),
    rec(f"GET /v2/work-types/{S}", [
        {"id": WT_LESSON, "id_str": sid(WT_LESSON), "schoolId": S, "kindId": 1, "kind": "DefaultNewLessonWork",
         "title": "Работа на уроке", "abbr": "", "weight": 1},
        {"id": WT_TEST, "id_str": sid(WT_TEST), "schoolId": S, "kindId": 3, "kind": "LessonTestWork",
         "title": "Контрольная работа", "abbr": "КР", "weight": 2},
        {"id": WT_HW, "schoolId": S, "kindId": 9, "kind": "Homework", "title": "Домашнее задание", "abbr": None,
         "weight": 1},
        {"id": WT_TRAIN, "id_str": sid(WT_TRAIN), "schoolId": S, "kindId": 2, "kind": "CommonWork",
         "title": "Тренировочная работа", "abbr": "", "weight": 0},
        {"id": WT_PERIOD, "id_str": sid(WT_PERIOD), "schoolId": S, "kindId": 20, "kind": "PeriodMark",
         "title": "Четвертная", "abbr": "Ч", "weight": 1},
        {"id": WT_DIAG, "id_str": sid(WT_DIAG), "schoolId": S, "kindId": 2, "kind": "CommonWork",
         "title": "Диагностическая работа", "abbr": "ДР", "weight": 1}], t1),
    rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(g) for g in (G, SG1, SG2)], t1),
    rec("POST /v2/edu-groups", [
        {"group": group_obj(g), "students": [{"person": p, "person_str": sid(p), "membershipstatus": "Active"}
                                             for p in MEMBERS[g]]} for g in (G, SG1, SG2)], t1,
        request_body=[G, SG1, SG2]),
    rec(f"GET /v2/edu-groups/{G}/persons", [person(p) for p in PUPILS], t1),
    rec(f"GET /v2/persons/{T_MATH}", person(T_MATH), t1),
    rec(f"GET /v2/persons/{T_EN1}", person(T_EN1), t1),
    rec(f"GET /v2/persons/{T_EN2}", person(T_EN2), t1),
    rec(f"GET /v2/persons/{T_BIO}", person(T_BIO), t1),
    # the Russian teacher known only as a user whose fullName is empty: his name is in its parts
    rec(f"GET /v2/users/{U_RUS}", {"id": U_RUS, "id_str": sid(U_RUS), "personId": T_RUS, "personId_str": sid(T_RUS),
                                   "name": "", "email": None, "login": "kravchenko.an", "fullName": "",
                                   "fullNameInverse": "", "firstName": "Андрей", "middleName": "Николаевич",
                                   "lastName": "Кравченко", "shortName": "", "locale": "ru-RU", "timezone": "+3:00",
                                   "sex": "Male", "photoSmall": None, "photoMedium": None, "photoLarge": None,
                                   "birthday": None, "roles": ["EduStaff"], "phone": ""}, t1),
    rec(f"GET /v2/schools/{S}/teachers", [
        {"Id": T_HIST, "IdStr": sid(T_HIST), "UserId": None, "FirstName": "Павел", "LastName": "Гусев",
         "MiddleName": "", "ShortName": None, "Sex": "Male", "DateBirth": None, "Email": None, "Subjects": "",
         "HouseMaster": False, "Education": None, "StartDate": None, "PedagogicalActivityDate": None,
         "TeachingStaff": True, "NameTeacherPosition": ""},
        {"Id": T_MUS, "IdStr": sid(T_MUS), "UserId": 1000011542907, "UserIdStr": "1000011542907",
         "FirstName": "Алла", "LastName": "Белкина", "MiddleName": "Романовна", "ShortName": "Белкина А. Р.",
         "Sex": "Female", "DateBirth": None, "Email": "", "Subjects": "Музыка", "HouseMaster": False,
         "Education": "", "StartDate": "2019-09-01T00:00:00", "PedagogicalActivityDate": None,
         "TeachingStaff": True, "NameTeacherPosition": "Учитель музыки"}], t1),
    rec(f"GET /v2/edu-groups/{G}/classteacher", person(T_MATH), t1),
    rec(f"GET /v2/edu-groups/{G}/reporting-periods", periods, t1),
    rec(f"GET /v2/edu-groups/{G}/reporting-period-group", {
        "id": 1000007542000, "reportingPeriods": periods,
        "holidays": [{"id": 1000007542101, "reportingPeriodGroupId": 1000007542000,
                      "dateStart": "2026-10-25T00:00:00", "dateFinish": "2026-11-04T00:00:00",
                      "name": "Осенние каникулы", "description": None},
                     {"id": 1000007542102, "reportingPeriodGroupId": 1000007542000,
                      "dateStart": "2026-12-28T00:00:00", "dateFinish": "2027-01-10T00:00:00",
                      "name": "Зимние каникулы", "description": ""}]}, t1),
    rec(f"GET /v2/edu-groups/{G}/timetables", [{
        "Name": "Звонки 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 0,
        "Items": [{"Id": 1000006542100 + n, "Start": a, "Finish": b, "Name": f"{n} урок", "Type": "Lesson",
                   "DaysOfWeek": None, "LessonNumber": n} for n, (a, b) in BELLS.items()]}], t1),
] + [rec(f"GET /v2/users/{PARENT_USER[k]}/context", contexts[k], t1) for k in (1, 2, 3, 4)]
steps.append({"name": "1 Mon 2026-11-02 19:00 (the last days of the autumn holidays): school, subjects, work types "
                      "(one of weight 0), 6А (parentIds null) and its two English subgroups, memberships, persons with "
                      "missing middle names and user ids, teachers known by parts only, class teacher, periods, "
                      "holidays, bells (0th lesson, DaysOfWeek null), four parents' contexts, sparse each its own way",
              "batches": [b1]})

# ---- step 2: the same evening, the holiday days and the first quarter's results -------------------------------------
t2 = "2026-11-02T19:05:00+03:00"


def fm(mid, pupil, subject, value, variant="full", work_n=0):
    out = {"id": mid, "id_str": sid(mid), "type": "mark5", "value": value, "textValue": value, "person": pupil,
           "person_str": sid(pupil), "work": W(500 + work_n), "work_str": sid(W(500 + work_n)), "lesson": None,
           "lesson_str": None, "number": 0, "date": "2026-10-23T16:20:00.4", "workType": WT_PERIOD,
           "mood": "Good", "use_avg_calc": False}
    if variant == "null":
        out["textValue"] = None
    elif variant == "empty":
        out["textValue"] = ""
    elif variant == "bare":
        for k in ("textValue", "mood", "use_avg_calc", "lesson_str"):
            del out[k]
    return {"subject": subject, "subject_str": sid(subject), "final-mark": out}


def final_entry(pupil, items):
    return {"person": pupil, "person_str": sid(pupil), "group": G, "group_str": sid(G), "reportingPeriod": P1_ID,
            "reportingPeriod_str": sid(P1_ID), "per-subject-final-marks": items}


def null_final(subject):
    return {"subject": subject, "subject_str": sid(subject), "final-mark": None}


finals_1 = [
    final_entry(P1, [fm(M(901), P1, MATH, "5", work_n=1), fm(M(902), P1, RUS, "4", "null", work_n=2),
                     null_final(HIST)]),
    final_entry(P2, []),
    final_entry(P3, [fm(M(911), P3, MATH, "4", "empty", work_n=1), fm(M(912), P3, RUS, "3", work_n=2)]),
    final_entry(P4, [fm(M(921), P4, MATH, "3", "bare", work_n=1), fm(M(922), P4, RUS, "4", work_n=2)]),
]
AVG = {P1: {MATH: "4.71", RUS: "4.25", HIST: "4.80", ENG: "5.00"},
       P2: {MATH: "3.86", RUS: "4.50", HIST: None, ENG: "4.33"},
       P3: {MATH: "4.00", RUS: "3.40", HIST: "4.00", ENG: "4.67"},
       P4: {MATH: "3.29", RUS: "4.20", HIST: "4.50", ENG: "4.75"}}
avg_body = []
for p in PUPILS:
    entry = {"person": p, "person_str": sid(p), "per-subject-averages": [
        {"subject": s, "subject_str": sid(s), "avg-mark-value": v} for s, v in AVG[p].items()]}
    if p == P3:
        del entry["person_str"]
    avg_body.append(entry)
b2 = [
    rec(f"GET /v2/edu-groups/{G}/lessons/2026-10-26/2026-11-04", [], t2),
    rec(f"GET /v2/edu-groups/{G}/marks/2026-10-26/2026-11-04", [], t2),
    rec(f"GET /v2/lesson-log-entries/group/{G}?from=2026-10-26&to=2026-11-04", [], t2),
    rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-10-26&endDate=2026-11-04", EMPTY_BUNDLE, t2),
    rec(f"GET /v2/edu-groups/{G}/final-marks", finals_1, t2),
    rec(f"GET /v2/edu-groups/{G}/avg-marks/2026-09-01/2026-10-24", avg_body, t2),
]
steps.append({"name": "2 Mon 2026-11-02 19:05: the holiday days answered empty (lessons, marks, log entries, homework "
                      "bundle), the 1st quarter's final marks (a null final-mark, a pupil with an empty list, "
                      "textValue null / \"\" / left out) and averages (one null)", "batches": [b2]})

# ---- step 3: Fri 2026-11-06, the first two school days ---------------------------------------------------------------
t3 = "2026-11-06T20:00:00+03:00"
wk1_dates = ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-07", "2026-11-08"]
b3 = [
    rec(f"GET /v2/edu-groups/{G}/lessons/2026-11-02/2026-11-08",
        [lesson_entity(l) for l in WEEK1 if LESSONS[l]["group"] == G], t3),
    rec(f"GET /v2/edu-groups/{SG1}/lessons/2026-11-02/2026-11-08",
        [lesson_entity(l) for l in WEEK1 if LESSONS[l]["group"] == SG1], t3),
    rec(f"GET /v2/edu-groups/{SG2}/lessons/2026-11-02/2026-11-08",
        [lesson_entity(l) for l in WEEK1 if LESSONS[l]["group"] == SG2], t3),
    rec(f"GET /v2/edu-groups/{G}/marks/2026-11-02/2026-11-08",
        marks_where(lambda m: m["lesson"] in WEEK1 and LESSONS[m["lesson"]]["group"] == G), t3),
    rec(f"GET /v2/lessons/{l_en1_5}/marks", marks_where(lambda m: m["lesson"] == l_en1_5), t3),
    rec(f"GET /v2/lessons/{l_en2_5}/marks", marks_where(lambda m: m["lesson"] == l_en2_5), t3),
    rec(f"GET /v2/lessons/{l_pe6}/marks", [], t3),
    rec(f"GET /v2/lesson-log-entries/group/{G}?from=2026-11-02&to=2026-11-08",
        logs_where(lambda e: e[0] in WEEK1 and LESSONS[e[0]]["group"] == G), t3),
    rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-11-05&endDate=2026-11-10",
        homework_bundle([W(11), W(12), W(13)]), t3),
    rec(f"GET /v2/persons/{P2}/groups/{G}/schedules?startDate=2026-11-02&endDate=2026-11-08",
        schedules(P2, wk1_dates), t3),
]
steps.append({"name": "3 Fri 2026-11-06 20:00: Thursday and Friday: lessons by group (a 0th PE lesson without teacher, "
                      "music without works), marks (textValue null / \"\" / left out, no mood, no use_avg_calc), "
                      "an empty marks list, log entries with null / \"\" comments, homework (text \"\" with a file, no "
                      "files key, no tasks key), Полина's schedules with three empty holiday days and an empty weekend",
              "batches": [b3]})

# ---- step 4: Mon 2026-11-09 evening ----------------------------------------------------------------------------------
t4 = "2026-11-09T20:00:00+03:00"
finals_2 = [
    final_entry(P1, [fm(M(901), P1, MATH, "5", work_n=1), fm(M(902), P1, RUS, "4", "null", work_n=2),
                     fm(M(903), P1, HIST, "5", "empty", work_n=3)]),
    final_entry(P2, [fm(M(906), P2, MATH, "4", "bare", work_n=1), fm(M(907), P2, RUS, "5", "null", work_n=2)]),
    final_entry(P3, [fm(M(911), P3, MATH, "4", "empty", work_n=1), fm(M(912), P3, RUS, "3", work_n=2)]),
    final_entry(P4, [fm(M(921), P4, MATH, "3", "bare", work_n=1), fm(M(922), P4, RUS, "4", work_n=2)]),
]
ctx4 = {k: v for k, v in contexts[4].items() if k not in ("children", "schools", "eduGroups", "groupIds")}
mon = [l for l in WEEK2 if LESSONS[l]["date"] == "2026-11-09"]
b4 = [
    rec(f"GET /v2/edu-groups/{G}/lessons/2026-11-09/2026-11-15",
        [lesson_entity(l) for l in WEEK2 if LESSONS[l]["group"] == G], t4),
    rec(f"GET /v2/edu-groups/{SG1}/lessons/2026-11-09/2026-11-15",
        [lesson_entity(l) for l in WEEK2 if LESSONS[l]["group"] == SG1], t4),
    rec(f"GET /v2/edu-groups/{SG2}/lessons/2026-11-09/2026-11-15",
        [lesson_entity(l) for l in WEEK2 if LESSONS[l]["group"] == SG2], t4),
    rec(f"GET /v2/lesson-log-entries/group/{G}?from=2026-11-09&to=2026-11-09",
        logs_where(lambda e: e[0] in mon, LOG + [WRONG_ABSENCE]), t4),
    rec(f"GET /v2/edu-groups/{G}/final-marks", finals_2, t4),
    rec(f"GET /v2/users/{PARENT_USER[4]}/context", ctx4, t4),
]
steps.append({"name": "4 Mon 2026-11-09 20:00: the week's lessons (a lesson with an empty topic), Monday's log "
                      "(Полина absent at history), the final marks again (the null one now set, Полина's list no longer "
                      "empty), Ева's mother's context without children, schools or groups", "batches": [b4]})

# ---- step 5: Tue 2026-11-10 evening: the history teacher clears the wrong absence --------------------------------------
t5 = "2026-11-10T20:00:00+03:00"
b5 = [
    rec(f"GET /v2/lessons/{l_hist9}/log-entries", [], t5),
    rec(f"GET /v2/lessons/{l_bio10}/marks", [], t5),
    rec(f"GET /v2/works/{W(16)}", work(W(16)), t5),
]
steps.append({"name": "5 Tue 2026-11-10 20:00: Monday's history log re-pulled: [] (the absence was a mistake); the "
                      "biology lesson (no teacher, no topic) has no marks; its homework has no text and no files",
              "batches": [b5]})

# ---- step 6: Sun 2026-11-15 evening: the week, whole ----------------------------------------------------------------
t6 = "2026-11-15T19:00:00+03:00"
wk2_dates = ["2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13", "2026-11-14", "2026-11-15"]
b6 = [
    rec(f"GET /v2/edu-groups/{G}/marks/2026-11-09/2026-11-15",
        marks_where(lambda m: m["lesson"] in WEEK2 and LESSONS[m["lesson"]]["group"] == G), t6),
] + [rec(f"GET /v2/lessons/{l}/marks", marks_where(lambda m, l=l: m["lesson"] == l), t6)
     for l in WEEK2 if LESSONS[l]["subject"] == ENG] + [
    rec(f"GET /v2/lesson-log-entries/group/{G}?from=2026-11-09&to=2026-11-15",
        logs_where(lambda e: e[0] in WEEK2 and LESSONS[e[0]]["group"] == G), t6),
    rec(f"GET /v2/lessons/{l_en2_11}/log-entries", logs_where(lambda e: e[0] == l_en2_11), t6),
    rec(f"GET /v2/persons/{P3}/lesson-log-entries?startDate=2026-11-09&endDate=2026-11-15", [], t6),
    rec(f"GET /v2/persons/{P4}/schools/{S}/marks/2026-11-09/2026-11-15", [], t6),
    rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-11-09&endDate=2026-11-16",
        homework_bundle([W(14), W(15), W(16), W(17), W(18)]), t6),
    rec(f"GET /v2/persons/{P1}/groups/{G}/schedules?startDate=2026-11-09&endDate=2026-11-12",
        schedules(P1, wk2_dates[:4]), t6),
    # Friday and the weekend, pulled for Тимур: two lessons whose `hours` are "" (music and the diagnostic history
    # lesson), Saturday and Sunday empty
    rec(f"GET /v2/persons/{P3}/groups/{G}/schedules?startDate=2026-11-13&endDate=2026-11-15",
        schedules(P3, wk2_dates[4:]), t6),
    rec(f"GET /v2/persons/{P2}/school/{S}/homeworks?startDate=2026-11-14&endDate=2026-11-15", EMPTY_BUNDLE, t6),
]
steps.append({"name": "6 Sun 2026-11-15 19:00: the week's marks (weight 0, a control work, 0 of 100), English marks "
                      "by lesson, the week's log, Тимур's own log (empty), Ева's own marks (empty), the homework bundle "
                      "(text null with a file, tasks [], files null, an empty homework), Артём's schedules (Mon-Thu), Тимур's (Fri: hours \"\" twice; an "
                      "empty weekend), Полина's weekend homework (an empty bundle)", "batches": [b6]})

journey = {"vendor": "dnevnik_ru",
           "school": {"timezone": "Europe/Moscow", "name": SCHOOL_NAME},
           "description": "Empty, null and absent (Dnevnik.ru): 6А of a Moscow school over two weeks after the autumn "
                          "holidays, every optional field of the reference somewhere left out, null, empty or zero.",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
