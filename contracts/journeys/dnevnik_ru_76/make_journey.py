"""Write journey.json: «Лицей № 76» (Москва), Dnevnik.ru, 8А and 8Б across the half-year seam (2026-12-20 ..
2027-01-29): the English and informatics subgroups re-formed for the second half-year (old subgroups archived with
their members `Archive`, new ones created, 8А's «Английский язык 1 гр.» reused with other pupils), Илья Кузнецов
moving from 8А to 8Б for good on Wednesday 2027-01-20, and 8Б's new class teacher. The sync job pulls member lists
(`POST edu-groups`), group ranges of lessons, marks and log entries, homework, reporting periods and final marks.
Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.

Every answer is computed from one model of the journal as it stood at the answer's `pulled_at` (`world_*`), so
re-sends are byte-identical and a later answer shows every correction and deletion made in between.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D, T = dt.date, dt.datetime
S = 1000002760076
GA, GB = 1000004760081, 1000004760082
CLASS_NAME = {GA: "8А", GB: "8Б"}
REFORM = T(2027, 1, 9, 12, 0)  # the school re-forms the subgroups (Saturday of the break)
MOVE = T(2027, 1, 20, 7, 30)  # Илья moves from 8А to 8Б before Wednesday's lessons
NEW_CT = T(2027, 1, 8, 10, 0)  # 8Б's new class teacher appointed

# subgroups: key -> (id, class, name, fullName (§3.8: the teacher), subject, half: 1 old / 2 new / 0 both)
SUB = {
    "GA_EN1": (1000004760111, GA, "8А Английский язык 1 гр.", "Смирнова Е. В.", "Английский язык", 0),
    "GA_EN2": (1000004760112, GA, "8А Английский язык 2 гр.", "Дорохов К. А.", "Английский язык", 1),
    "GA_IT1": (1000004760113, GA, "8А Информатика 1 гр.", "Панов С. Л.", "Информатика", 1),
    "GA_IT2": (1000004760114, GA, "8А Информатика 2 гр.", "Рябова Т. Н.", "Информатика", 1),
    "GB_EN1": (1000004760115, GB, "8Б Английский язык 1 гр.", "Смирнова Е. В.", "Английский язык", 1),
    "GB_EN2": (1000004760116, GB, "8Б Английский язык 2 гр.", "Дорохов К. А.", "Английский язык", 1),
    "GB_IT1": (1000004760117, GB, "8Б Информатика 1 гр.", "Панов С. Л.", "Информатика", 1),
    "GB_IT2": (1000004760118, GB, "8Б Информатика 2 гр.", "Рябова Т. Н.", "Информатика", 1),
    "GA_ENN": (1000004760121, GA, "8А Английский язык 2 гр. (II полугодие)", "Дорохов К. А.", "Английский язык", 2),
    "GA_ITN1": (1000004760122, GA, "8А Информатика 1 гр. (II полугодие)", "Панов С. Л.", "Информатика", 2),
    "GA_ITN2": (1000004760123, GA, "8А Информатика 2 гр. (II полугодие)", "Рябова Т. Н.", "Информатика", 2),
    "GB_ENN1": (1000004760124, GB, "8Б Английский язык 1 гр. (II полугодие)", "Смирнова Е. В.", "Английский язык", 2),
    "GB_ENN2": (1000004760125, GB, "8Б Английский язык 2 гр. (II полугодие)", "Дорохов К. А.", "Английский язык", 2),
    "GB_ITN1": (1000004760126, GB, "8Б Информатика 1 гр. (II полугодие)", "Панов С. Л.", "Информатика", 2),
    "GB_ITN2": (1000004760127, GB, "8Б Информатика 2 гр. (II полугодие)", "Рябова Т. Н.", "Информатика", 2),
}
GID = {k: v[0] for k, v in SUB.items()}
GID.update({"GA": GA, "GB": GB})
KEY_OF = {v: k for k, v in GID.items()}
ROLE = {  # (class, role, half) -> subgroup key
    (GA, "EN1", 1): "GA_EN1", (GA, "EN2", 1): "GA_EN2", (GA, "IT1", 1): "GA_IT1", (GA, "IT2", 1): "GA_IT2",
    (GB, "EN1", 1): "GB_EN1", (GB, "EN2", 1): "GB_EN2", (GB, "IT1", 1): "GB_IT1", (GB, "IT2", 1): "GB_IT2",
    (GA, "EN1", 2): "GA_EN1", (GA, "EN2", 2): "GA_ENN", (GA, "IT1", 2): "GA_ITN1", (GA, "IT2", 2): "GA_ITN2",
    (GB, "EN1", 2): "GB_ENN1", (GB, "EN2", 2): "GB_ENN2", (GB, "IT1", 2): "GB_ITN1", (GB, "IT2", 2): "GB_ITN2",
}

SUBJECTS = {
    "Алгебра": (1000003760001, "Математика"), "Геометрия": (1000003760002, "Математика"),
    "Русский язык": (1000003760003, "Филология"), "Литература": (1000003760004, "Филология"),
    "Английский язык": (1000003760005, "Филология"), "История": (1000003760006, "Общественные науки"),
    "Обществознание": (1000003760007, "Общественные науки"), "Физика": (1000003760008, "Естествознание"),
    "Химия": (1000003760009, "Естествознание"), "Биология": (1000003760010, "Естествознание"),
    "География": (1000003760011, "Естествознание"), "Информатика": (1000003760012, "Математика и информатика"),
    "Физическая культура": (1000003760013, "Физическая культура"),
}
EN, IT = "Английский язык", "Информатика"
TIMETABLE = {  # weekday -> [(number, subject, role or None for the whole class)]
    GA: [[(1, "Алгебра", None), (2, "Русский язык", None), (3, EN, "EN1"), (3, EN, "EN2"), (4, "История", None),
          (5, "Физика", None)],
         [(1, "Геометрия", None), (2, "Литература", None), (3, "Биология", None), (4, IT, "IT1"), (5, IT, "IT2")],
         [(1, "Алгебра", None), (2, "Физика", None), (3, EN, "EN1"), (3, EN, "EN2"), (4, "Химия", None),
          (5, "Русский язык", None)],
         [(1, "Русский язык", None), (2, "География", None), (3, "Алгебра", None), (4, "Литература", None),
          (5, "Физическая культура", None)],
         [(1, "Геометрия", None), (2, EN, "EN1"), (3, "История", None), (4, "Химия", None), (5, EN, "EN2")]],
    GB: [[(1, "Русский язык", None), (2, "Алгебра", None), (3, "Физика", None), (4, EN, "EN1"), (4, EN, "EN2"),
          (5, "Литература", None)],
         [(1, IT, "IT1"), (2, IT, "IT2"), (3, "Геометрия", None), (4, "История", None), (5, "Биология", None)],
         [(1, "Химия", None), (2, EN, "EN1"), (2, EN, "EN2"), (3, "Алгебра", None), (4, "Физика", None),
          (5, "География", None)],
         [(1, "Алгебра", None), (2, "Русский язык", None), (3, "Литература", None), (4, "Физическая культура", None),
          (5, "Геометрия", None)],
         [(1, EN, "EN1"), (2, "Русский язык", None), (3, "Обществознание", None), (4, "Химия", None), (5, EN, "EN2")]],
}
BELLS = {1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"), 4: ("11:35", "12:20"),
         5: ("12:30", "13:15")}
TT = {GA: 1000006760081, GB: 1000006760082}

# persons: (person id, user id, last, first, middle, sex)
MASHA = (1000012760101, 1000011760101, "Орлова", "Мария", "Сергеевна", "Female")
ARTEM = (1000012760102, 1000011760102, "Белов", "Артём", "Игоревич", "Male")
POLINA = (1000012760103, 1000011760103, "Зайцева", "Полина", "Андреевна", "Female")
ILYA = (1000012760104, 1000011760104, "Кузнецов", "Илья", "Романович", "Male")
DASHA = (1000012760201, 1000011760201, "Соколова", "Дарья", "Павловна", "Female")
NIKITA = (1000012760202, 1000011760202, "Фролов", "Никита", "Олегович", "Male")
EVA = (1000012760203, 1000011760203, "Яковлева", "Ева", "Денисовна", "Female")
PUPILS = [MASHA, ARTEM, POLINA, ILYA, DASHA, NIKITA, EVA]
P_ORLOVA = (1000012760901, 1000011760901, "Орлова", "Ирина", "Викторовна", "Female")
P_KUZNETSOV = (1000012760902, 1000011760902, "Кузнецов", "Роман", "Олегович", "Male")
P_SOKOLOVA = (1000012760903, 1000011760903, "Соколова", "Анна", "Юрьевна", "Female")
T_GUSEVA = (1000012760950, 1000011760950, "Гусева", "Ольга", "Ивановна", "Female")  # 8А class teacher
T_VORONIN = (1000012760951, 1000011760951, "Воронин", "Сергей", "Петрович", "Male")  # 8Б until the break
T_LAVROVA = (1000012760952, 1000011760952, "Лаврова", "Нина", "Андреевна", "Female")  # 8Б from January
T_SMIRNOVA = (1000012760953, 1000011760953, "Смирнова", "Елена", "Викторовна", "Female")
T_DOROKHOV = (1000012760954, 1000011760954, "Дорохов", "Кирилл", "Алексеевич", "Male")
T_PANOV = (1000012760955, 1000011760955, "Панов", "Семён", "Львович", "Male")
T_RYABOVA = (1000012760956, 1000011760956, "Рябова", "Татьяна", "Николаевна", "Female")
T_MATH = (1000012760957, 1000011760957, "Кравец", "Алла", "Борисовна", "Female")
T_OTHER = (1000012760958, 1000011760958, "Тихонов", "Глеб", "Иванович", "Male")
SUB_TEACHER = {"Смирнова Е. В.": T_SMIRNOVA, "Дорохов К. А.": T_DOROKHOV, "Панов С. Л.": T_PANOV,
               "Рябова Т. Н.": T_RYABOVA}

# memberships of the first half-year (to REFORM) and of the second (from REFORM); Илья's move at MOVE
H1 = {"GA": [MASHA, ARTEM, POLINA, ILYA], "GB": [DASHA, NIKITA, EVA],
      "GA_EN1": [MASHA, ARTEM], "GA_EN2": [POLINA, ILYA], "GA_IT1": [MASHA, POLINA], "GA_IT2": [ARTEM, ILYA],
      "GB_EN1": [DASHA, NIKITA], "GB_EN2": [EVA], "GB_IT1": [DASHA, EVA], "GB_IT2": [NIKITA]}
H2 = {"GA": [MASHA, ARTEM, POLINA, ILYA], "GB": [DASHA, NIKITA, EVA],
      "GA_EN1": [POLINA, ILYA], "GA_ENN": [MASHA, ARTEM], "GA_ITN1": [ARTEM, ILYA], "GA_ITN2": [MASHA, POLINA],
      "GB_ENN1": [DASHA, EVA], "GB_ENN2": [NIKITA], "GB_ITN1": [NIKITA, EVA], "GB_ITN2": [DASHA]}
MOVE_OUT = {"GA", "GA_EN1", "GA_ITN1"}
MOVE_IN = {"GB", "GB_ENN2", "GB_ITN2"}

WT_OU, WT_SR, WT_KR, WT_DZ, WT_PM = 2761, 2762, 2763, 2764, 2765
WORK_TYPES = [(WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
              (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
              (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
              (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
              (WT_PM, "PeriodMark", "Отметка за полугодие", "ПГ", 1)]

PERIODS = [(1000007760001, "2026-09-01", "2026-12-27", 1, "1 полугодие"),
           (1000007760002, "2027-01-11", "2027-05-31", 2, "2 полугодие")]
HOLIDAYS = [(1000008760001, "2026-10-26", "2026-11-03", "Осенние каникулы"),
            (1000008760002, "2026-12-28", "2027-01-10", "Зимние каникулы"),
            (1000008760003, "2027-03-23", "2027-03-31", "Весенние каникулы")]

WEEKS = [D(2026, 12, 21), D(2027, 1, 11), D(2027, 1, 18), D(2027, 1, 25)]


def ids(n):
    return {"id": n, "id_str": str(n)}


def stamp(t):
    return t.isoformat() + "+03:00"


def rec(request, body, t, request_body=None):
    out = {"request": request, "body": body, "pulled_at": stamp(t)}
    if request_body is not None:
        out["request_body"] = request_body
    return out


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


# --- the journal's lessons ---------------------------------------------------------------------------------------

def half_of(day):
    return 1 if day < D(2027, 1, 1) else 2


TOPIC_COUNT = {}
EN_TOPICS = ["Unit 4. Festivals and traditions", "Unit 4. Christmas in Britain", "Unit 4. Writing a postcard",
             "Unit 5. Healthy lifestyle", "Unit 5. Sports vocabulary", "Unit 5. Present Perfect Continuous",
             "Unit 5. Listening: a sports day", "Unit 5. Reading: Olympic legends", "Unit 5. Project work",
             "Unit 6. Jobs and careers", "Unit 6. Modal verbs", "Unit 6. Speaking: interviews"]
IT_TOPICS = ["Кодирование графической информации", "Контрольная работа «Кодирование информации»",
             "Алгоритмы и исполнители", "Линейные алгоритмы", "Ветвление в Python"]


def topic(g, subject, day):
    key = (g, subject)
    TOPIC_COUNT[key] = TOPIC_COUNT.get(key, 0) + 1
    k = TOPIC_COUNT[key]
    name = CLASS_NAME.get(g) or KEY_OF[g]
    if subject == EN:
        return f"{EN_TOPICS[(k - 1) % len(EN_TOPICS)]} ({name}, урок {k})"
    if subject == IT:
        return f"{IT_TOPICS[(k - 1) % len(IT_TOPICS)]} ({name}, урок {k})"
    return f"{subject}, {name}: урок {k} ({day:%d.%m})"


def build_lessons():
    """{lesson id: lesson}. Subgroup lessons of the old subgroups also exist for the week of 2027-01-11 (planned
    before the re-forming, removed at REFORM: `until`); 8А's reused 1 гр. keeps its planned lessons."""
    out = {}
    days = [w + dt.timedelta(days=i) for w in WEEKS for i in range(5)]
    gindex = {g: i for i, g in enumerate(sorted(GID.values()))}
    for day in days:
        for cls in (GA, GB):
            for number, subject, role in TIMETABLE[cls][day.weekday()]:
                groups = []
                if role is None:
                    groups.append((cls, None))
                else:
                    groups.append((GID[ROLE[(cls, role, half_of(day))]], None))
                    if day.isocalendar()[1] == 2 and day.year == 2027:  # the old timetable's planned week
                        old = ROLE[(cls, role, 1)]
                        if GID[old] != groups[0][0]:
                            groups.append((GID[old], REFORM))
                for g, until in groups:
                    lid = 2260325488547600000 + gindex[g] * 100000 + (day - D(2026, 12, 1)).days * 10 + number
                    if role is None:
                        teacher = T_MATH if subject in ("Алгебра", "Геометрия") else (
                            T_GUSEVA if cls == GA and subject == "Русский язык" else T_OTHER)
                    else:
                        teacher = SUB_TEACHER[SUB[KEY_OF[g]][3]]
                    out[lid] = {"id": lid, "g": g, "cls": cls, "day": day, "number": number, "subject": subject,
                                "title": topic(g, subject, day), "teacher": teacher, "until": until}
    return out


LESSONS = build_lessons()


def lesson_at(gkey, day, number):
    g = GID[gkey]
    return next(l for l in LESSONS.values() if l["g"] == g and l["day"] == day and l["number"] == number)


def starts(lesson):
    h, m = BELLS[lesson["number"]][0].split(":")
    return T(lesson["day"].year, lesson["day"].month, lesson["day"].day, int(h), int(m))


def lesson_exists(lesson, t):
    return lesson["until"] is None or t < lesson["until"]


# --- memberships -----------------------------------------------------------------------------------------------

def group_status(gkey, t):
    if gkey in ("GA", "GB"):
        return "Active"
    half = SUB[gkey][5]
    if half == 1:
        return "Active" if t < REFORM else "Archive"
    return "Active"


def group_exists(gkey, t):
    return gkey in ("GA", "GB") or SUB[gkey][5] != 2 or t >= REFORM


def members(gkey, t):
    """[(person, membershipstatus)] as `POST edu-groups` lists them at t (archived members kept, §3.8)."""
    if t < REFORM:
        return [(p, "Active") for p in H1.get(gkey, [])]
    out = []
    for p in H1.get(gkey, []):
        if p not in H2.get(gkey, []):
            out.append((p, "Archive"))
    for p in H2.get(gkey, []):
        status = "Active"
        if p is ILYA and gkey in MOVE_OUT and t >= MOVE:
            status = "Archive"
        if SUB.get(gkey, (0, 0, 0, 0, 0, 0))[5] == 1:
            status = "Archive"
        out.append((p, status))
    if t >= MOVE:
        out += [(ILYA, "Active") for k in MOVE_IN if k == gkey]
    return out


def in_group(p, gkey, day):
    """Whether the pupil is in the group on that day (the journal's truth, used only to address tasks)."""
    if day < D(2027, 1, 1):
        return p in H1.get(gkey, [])
    if p is ILYA and day >= MOVE.date():
        return gkey in MOVE_IN
    return p in H2.get(gkey, [])


def group_obj(gkey, t):
    g = GID[gkey]
    if gkey in ("GA", "GB"):
        return {**ids(g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": CLASS_NAME[g],
                "fullName": "", "parallel": 8, "timetable": TT[g], "timetable_str": str(TT[g]), "status": "Active",
                "studyyear": 2026, "educationType": "Regular", "subjects": [], "journaltype": "Default"}
    _, cls, name, full, subject, _ = SUB[gkey]
    sid = SUBJECTS[subject][0]
    return {**ids(g), "parentIds": [cls], "parentIds_str": [str(cls)], "type": "Subgroup", "name": name,
            "fullName": full, "parallel": 8, "timetable": TT[cls], "timetable_str": str(TT[cls]),
            "status": group_status(gkey, t), "studyyear": 2026, "educationType": "Regular",
            "subjects": [{**ids(sid), "name": subject, "knowledgeArea": SUBJECTS[subject][1], "fgosSubjectId": None}],
            "journaltype": "Default"}


def roster(keys, t):
    return [{"group": group_obj(k, t), "students": [{"person": person(p), "membershipstatus": s}
                                                     for p, s in members(k, t)]} for k in keys]


# --- works, marks, log entries, homework ------------------------------------------------------------------------

HW = {  # (group key, date, number) -> (text, due)
    ("GA_EN1", D(2026, 12, 21), 3): ("Workbook p. 38, ex. 1-3", D(2026, 12, 23)),
    ("GA_EN2", D(2026, 12, 23), 3): ("Выучить слова Unit 4 (с. 62)", D(2026, 12, 25)),
    ("GA_IT1", D(2026, 12, 22), 4): ("§ 1.4, задачи 2, 5", D(2027, 1, 12)),
    ("GA_IT2", D(2026, 12, 22), 5): ("§ 1.4, вопросы 1-6", D(2027, 1, 12)),
    ("GB_EN1", D(2026, 12, 21), 4): ("Student's Book p. 70, ex. 4 (письменно)", D(2026, 12, 23)),
    ("GB_IT1", D(2026, 12, 22), 1): ("Презентация «Растровая графика»", D(2027, 1, 12)),
    ("GA", D(2026, 12, 21), 1): ("№ 631, 634", D(2026, 12, 23)),
    ("GB", D(2026, 12, 21), 2): ("№ 640, 642 (б)", D(2026, 12, 23)),
    ("GA_ENN", D(2027, 1, 11), 3): ("Workbook p. 44, ex. 2 (группа 2)", D(2027, 1, 13)),
    ("GA_EN1", D(2027, 1, 11), 3): ("Student's Book p. 78, ex. 5 (группа 1)", D(2027, 1, 13)),
    ("GA_ENN", D(2027, 1, 13), 3): ("Эссе «My favourite sport», 80-100 слов", D(2027, 1, 15)),  # deleted
    ("GA_ITN1", D(2027, 1, 12), 4): ("Составить блок-схему алгоритма (с. 45)", D(2027, 1, 19)),
    ("GA_ITN2", D(2027, 1, 12), 5): ("Задачи 1-4 на линейные алгоритмы", D(2027, 1, 19)),
    ("GB_ENN1", D(2027, 1, 11), 4): ("Workbook p. 44, ex. 1-2 (8Б, 1 гр.)", D(2027, 1, 13)),
    ("GB_ITN2", D(2027, 1, 12), 2): ("Программа «Калькулятор» на Python", D(2027, 1, 19)),
    ("GA", D(2027, 1, 19), 1): ("Геометрия: № 512, 515 (до четверга)", D(2027, 1, 21)),
    ("GA", D(2027, 1, 18), 1): ("Алгебра: карточка «Квадратный трёхчлен»", D(2027, 1, 20)),
    ("GB", D(2027, 1, 18), 2): ("Алгебра: № 700-703", D(2027, 1, 21)),
    ("GB", D(2027, 1, 19), 3): ("Геометрия: № 530, доказать теорему", D(2027, 1, 22)),
    ("GB_ENN2", D(2027, 1, 20), 2): ("Workbook p. 48, ex. 3 (8Б, 2 гр.)", D(2027, 1, 22)),
    ("GB_ITN2", D(2027, 1, 26), 2): ("Задачи 5-7: ветвление", D(2027, 2, 2)),
    ("GA_ITN1", D(2027, 1, 26), 4): ("Задачи 5-7: ветвление (8А, 1 гр.)", D(2027, 2, 2)),
    ("GB_ENN2", D(2027, 1, 25), 4): ("Подготовить рассказ о профессии", D(2027, 1, 27)),
    ("GA_EN1", D(2027, 1, 25), 3): ("Unit 6: выучить модальные глаголы", D(2027, 1, 27)),
    ("GA_ENN", D(2027, 1, 25), 3): ("Unit 6: упр. 2, 3 на с. 90", D(2027, 1, 27)),
}
HW_DELETED = {("GA_ENN", D(2027, 1, 13), 3): T(2027, 1, 18, 16, 0)}  # the teacher withdrew the essay

# marks: (group key, date, number, pupil, value, work type)
MARKS = [
    ("GA_EN1", D(2026, 12, 21), 3, MASHA, "5", WT_OU), ("GA_EN2", D(2026, 12, 21), 3, ILYA, "4", WT_OU),
    ("GA_IT1", D(2026, 12, 22), 4, MASHA, "4", WT_KR), ("GA_IT2", D(2026, 12, 22), 5, ILYA, "3", WT_KR),
    ("GA", D(2026, 12, 23), 1, MASHA, "4", WT_OU), ("GA_EN2", D(2026, 12, 25), 5, ILYA, "5", WT_SR),
    ("GA_EN1", D(2026, 12, 25), 2, MASHA, "4-", WT_SR), ("GB_EN1", D(2026, 12, 21), 4, DASHA, "5", WT_OU),
    ("GB_IT1", D(2026, 12, 22), 1, DASHA, "5", WT_KR), ("GB", D(2026, 12, 24), 1, DASHA, "4", WT_OU),
    ("GA_ENN", D(2027, 1, 11), 3, MASHA, "4", WT_OU), ("GA_EN1", D(2027, 1, 11), 3, ILYA, "5", WT_OU),
    ("GA_ENN", D(2027, 1, 13), 3, MASHA, "3", WT_OU),  # deleted in the re-pull
    ("GA_ITN2", D(2027, 1, 12), 5, MASHA, "5", WT_OU), ("GA_ITN1", D(2027, 1, 12), 4, ILYA, "4", WT_OU),
    ("GA", D(2027, 1, 14), 3, ILYA, "3", WT_SR), ("GA", D(2027, 1, 14), 3, MASHA, "5", WT_SR),
    ("GB_ENN1", D(2027, 1, 13), 2, DASHA, "4", WT_OU),  # changed to 5 in the re-pull
    ("GB_ITN2", D(2027, 1, 12), 2, DASHA, "4", WT_OU), ("GB", D(2027, 1, 15), 3, DASHA, "5", WT_OU),
    ("GA_EN1", D(2027, 1, 18), 3, ILYA, "4", WT_OU), ("GA_ITN1", D(2027, 1, 19), 4, ILYA, "5", WT_SR),
    ("GA", D(2027, 1, 19), 2, ILYA, "4", WT_OU), ("GA_ENN", D(2027, 1, 20), 3, MASHA, "5", WT_OU),
    ("GB_ENN2", D(2027, 1, 20), 2, ILYA, "5", WT_OU), ("GB", D(2027, 1, 20), 3, ILYA, "3", WT_OU),
    ("GB", D(2027, 1, 21), 1, ILYA, "4", WT_KR), ("GB", D(2027, 1, 21), 1, DASHA, "5", WT_KR),
    ("GA", D(2027, 1, 21), 3, MASHA, "4", WT_KR), ("GB_ENN2", D(2027, 1, 22), 5, ILYA, "4", WT_OU),
    ("GB_ENN1", D(2027, 1, 22), 1, DASHA, "5", WT_OU), ("GB_ITN2", D(2027, 1, 26), 2, ILYA, "5", WT_OU),
    ("GB_ITN2", D(2027, 1, 26), 2, DASHA, "4", WT_OU), ("GA_ITN2", D(2027, 1, 26), 5, MASHA, "4", WT_OU),
    ("GA_ENN", D(2027, 1, 27), 3, MASHA, "5", WT_OU), ("GB", D(2027, 1, 28), 5, ILYA, "4", WT_OU),
]
MARK_EDIT = {("GB_ENN1", D(2027, 1, 13), 2, DASHA): (T(2027, 1, 18, 15, 0), "5")}
MARK_DEL = {("GA_ENN", D(2027, 1, 13), 3, MASHA): T(2027, 1, 19, 9, 0)}

# log entries: (group key, date, number, pupil, status, comment)
LOG = [
    ("GA_IT1", D(2026, 12, 22), 4, MASHA, "Late", "опоздала на 10 минут"),
    ("GA", D(2026, 12, 24), 2, ILYA, "Ill", "ОРВИ"), ("GA_EN2", D(2026, 12, 23), 3, ILYA, "Ill", "ОРВИ"),
    ("GB", D(2026, 12, 22), 5, DASHA, "Pass", "соревнования"),
    ("GA", D(2027, 1, 14), 1, MASHA, "Absent", ""),  # corrected to Late in the re-pull
    ("GB_ENN1", D(2027, 1, 11), 4, DASHA, "Absent", ""),  # removed in the re-pull (entered by mistake)
    ("GA_ITN1", D(2027, 1, 19), 4, ILYA, "Late", "перевод в 8Б: оформление документов"),
    ("GB", D(2027, 1, 21), 2, ILYA, "Attend", ""), ("GB_ITN2", D(2027, 1, 26), 2, ILYA, "Absent", ""),
    ("GA_ENN", D(2027, 1, 27), 3, MASHA, "Ill", "справка"),
]
LOG_EDIT = {("GA", D(2027, 1, 14), 1, MASHA): (T(2027, 1, 18, 12, 0), "Late", "пришла ко второй половине урока")}
LOG_DEL = {("GB_ENN1", D(2027, 1, 11), 4, DASHA): T(2027, 1, 18, 12, 5)}


def default_work(lesson):
    return 2260325488549600000 + lesson["id"] % 10000000


def hw_work(lesson):
    return 2260325488550600000 + lesson["id"] % 10000000


def hw_of(lesson, t):
    key = (KEY_OF[lesson["g"]], lesson["day"], lesson["number"])
    if key not in HW or (key in HW_DELETED and t >= HW_DELETED[key]):
        return None
    if t < starts(lesson) + dt.timedelta(minutes=50):  # set at the end of the lesson
        return None
    return HW[key]


def work_objs(lesson, t):
    subj = SUBJECTS[lesson["subject"]][0]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": lesson["g"],
              "eduGroup_str": str(lesson["g"]), "periodNumber": half_of(lesson["day"]), "periodType": "HalfYear",
              "subjectId": subj, "createdBy": lesson["teacher"][0], "files": [], "oneDriveLinks": []}
    out = [{**ids(default_work(lesson)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "", "isImportant": False,
            "targetDate": f"{lesson['day']}T00:00:00", "sentDate": None, **common}]
    hw = hw_of(lesson, t)
    if hw:
        key = KEY_OF[lesson["g"]]
        pupils = [p for p in PUPILS if in_group(p, key, lesson["day"])]
        tasks = [{**ids(2260325488551600000 + (lesson["id"] % 1000000) * 10 + i), "person": p[0],
                  "person_str": str(p[0]), "work": hw_work(lesson), "work_str": str(hw_work(lesson)),
                  "status": "NotStarted", "targetDate": f"{hw[1]}T00:00:00"} for i, p in enumerate(pupils)]
        out.append({**ids(hw_work(lesson)), "type": "Homework", "workType": WT_DZ, "markType": "mark5",
                    "markCount": 1, "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": hw[0],
                    "isImportant": False, "targetDate": f"{hw[1]}T00:00:00",
                    "sentDate": f"{lesson['day']}T15:{10 + lesson['number']}:07.4", **common})
    return out


def entity_lesson(lesson, t):
    subj_id, area = SUBJECTS[lesson["subject"]]
    return {**ids(lesson["id"]), "title": lesson["title"], "date": f"{lesson['day']}T{BELLS[lesson['number']][0]}:00",
            "number": lesson["number"], "subject": {**ids(subj_id), "name": lesson["subject"], "knowledgeArea": area,
                                                    "fgosSubjectId": None},
            "group": lesson["g"], "status": "Planned" if t < starts(lesson) else "Conducted", "resultPlaceId": 0,
            "works": work_objs(lesson, t), "teachers": [lesson["teacher"][0]],
            "teachers_str": [str(lesson["teacher"][0])]}


def lessons_range(gkey, a, b, t):
    g = GID[gkey]
    out = [entity_lesson(l, t) for l in LESSONS.values()
           if l["g"] == g and a <= l["day"] <= b and lesson_exists(l, t)]
    return sorted(out, key=lambda x: (x["date"], x["number"], x["id"]))


def mark_obj(m, t):
    gkey, day, n, p, value, wt = m
    lesson = lesson_at(gkey, day, n)
    key = (gkey, day, n, p)
    if key in MARK_EDIT and t >= MARK_EDIT[key][0]:
        value = MARK_EDIT[key][1]
    mid = 2260325488548600000 + (lesson["id"] % 1000000) * 10 + PUPILS.index(p)
    s = starts(lesson) + dt.timedelta(minutes=20 + n)
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": default_work(lesson), "work_str": str(default_work(lesson)), "lesson": lesson["id"],
            "lesson_str": str(lesson["id"]), "number": 0, "date": s.isoformat() + ".513", "workType": wt,
            "mood": {"5": "Good", "4": "Good", "4-": "Good", "3": "Average", "2": "Bad"}[value], "use_avg_calc": True}


def marks_range(gkey, a, b, t):
    out = []
    for m in MARKS:
        gk, day, n, p = m[:4]
        lesson = lesson_at(gk, day, n)
        if gk != gkey or not a <= day <= b or t < starts(lesson) + dt.timedelta(minutes=20):
            continue
        if (gk, day, n, p) in MARK_DEL and t >= MARK_DEL[(gk, day, n, p)]:
            continue
        out.append(mark_obj(m, t))
    return out


def log_range(gkey, a, b, t):
    out = []
    for e in LOG:
        gk, day, n, p, status, comment = e
        lesson = lesson_at(gk, day, n)
        key = (gk, day, n, p)
        if gk != gkey or not a <= day <= b or t < starts(lesson) + dt.timedelta(minutes=10):
            continue
        if key in LOG_DEL and t >= LOG_DEL[key]:
            continue
        if key in LOG_EDIT and t >= LOG_EDIT[key][0]:
            status, comment = LOG_EDIT[key][1], LOG_EDIT[key][2]
        created = starts(lesson) + dt.timedelta(minutes=5, seconds=n)
        out.append({"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
                    "comment": comment, "status": status, "createdDate": created.isoformat() + ".27"})
    return out


def flat_lesson(lesson, t):
    e = entity_lesson(lesson, t)
    b = BELLS[lesson["number"]]
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0, "building": "Основное здание",
            "place": "", "floor": "", "hours": f"{b[0]} - {b[1]}", "works": [w["id"] for w in e["works"]],
            "teachers": e["teachers"]}


def homework_bundle(a, b, t):
    """users/me/school/{s}/homeworks (§3.7): every group's Homework works whose lesson lies in the range."""
    works, lessons, teachers, subjects = [], [], {}, {}
    for l in sorted(LESSONS.values(), key=lambda l: l["id"]):
        if not a <= l["day"] <= b or not lesson_exists(l, t) or not hw_of(l, t):
            continue
        works += [w for w in entity_lesson(l, t)["works"] if w["type"] == "Homework"]
        lessons.append(flat_lesson(l, t))
        teachers[l["teacher"][0]] = person(l["teacher"])
        subjects[l["subject"]] = {"id": SUBJECTS[l["subject"]][0], "name": l["subject"], "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


# --- final marks ------------------------------------------------------------------------------------------------

FINAL_SUBJECTS = ["Алгебра", "Физика", EN, IT, "Русский язык"]
FINALS = {  # pupil -> values per FINAL_SUBJECTS (1 полугодие)
    MASHA: ["4", "5", "5", "4", "5"], ARTEM: ["4", "3", "4", "4", "4"], POLINA: ["5", "5", "4", "5", "5"],
    ILYA: ["4", "4", "5", "4", "3"], DASHA: ["5", "4", "5", "5", "4"], NIKITA: ["3", "4", "3", "4", "3"],
    EVA: ["4", "4", "4", "5", "5"],
}
FINAL_EDIT = {(MASHA, "Алгебра"): (T(2027, 1, 14, 16, 0), "5")}  # the teacher's correction after review
FINAL_DEL = {(ARTEM, "Физика"): T(2027, 1, 14, 16, 5)}  # set by mistake: Артём is to be assessed later


def final_marks(cls, t):
    out = []
    for p in PUPILS:
        cls_key = "GA" if cls == GA else "GB"
        if not any(pp is p and s == "Active" for pp, s in members(cls_key, t)):
            continue
        if p is ILYA and cls == GB:  # in 8Б since January: the current half-year's entry, no mark yet
            out.append({"person": p[0], "person_str": str(p[0]), "group": cls, "group_str": str(cls),
                        "reportingPeriod": PERIODS[1][0], "reportingPeriod_str": str(PERIODS[1][0]),
                        "per-subject-final-marks": []})
            continue
        per = []
        for i, subject in enumerate(FINAL_SUBJECTS):
            value = FINALS[p][i]
            if (p, subject) in FINAL_EDIT and t >= FINAL_EDIT[(p, subject)][0]:
                value = FINAL_EDIT[(p, subject)][1]
            sid = SUBJECTS[subject][0]
            mark = None
            if not ((p, subject) in FINAL_DEL and t >= FINAL_DEL[(p, subject)]):
                work = 2260325488553600000 + (cls % 1000) * 1000 + i
                mid = 2260325488552600000 + PUPILS.index(p) * 100 + i
                mark = {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0],
                        "person_str": str(p[0]), "work": work, "work_str": str(work), "lesson": None,
                        "lesson_str": None, "number": 0, "date": f"2026-12-25T15:0{i}:11.9", "workType": WT_PM,
                        "mood": "Good" if value in ("4", "5") else "Average", "use_avg_calc": False}
            per.append({"subject": sid, "subject_str": str(sid), "final-mark": mark})
        out.append({"person": p[0], "person_str": str(p[0]), "group": cls, "group_str": str(cls),
                    "reportingPeriod": PERIODS[0][0], "reportingPeriod_str": str(PERIODS[0][0]),
                    "per-subject-final-marks": per})
    return out


# --- pulls ------------------------------------------------------------------------------------------------------

def rpg(g):
    rid = 1000009760000 + g % 1000
    return {"id": rid, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "HalfYear",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rid, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable(g):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2026/2027", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def context(parent, children, t):
    pid, uid, last, first, middle, _ = parent
    kids = []
    for c in children:
        groups = [GID[k] for k in sorted(GID) if any(pp is c and s == "Active" for pp, s in members(k, t))
                  and group_exists(k, t) and group_status(k, t) == "Active"]
        kids.append({"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                     "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": groups})
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ «Лицей № 76»", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": kids, "splitId": None}


def class_teacher(g, t):
    if g == GA:
        return person(T_GUSEVA)
    return person(T_LAVROVA if t >= NEW_CT else T_VORONIN)


class Clock:
    def __init__(self, start):
        self.t = start

    def next(self, seconds=20):
        now = self.t
        self.t += dt.timedelta(seconds=seconds)
        return now


def groups_at(t, include_archived=False):
    keys = ["GA", "GB"] + [k for k in SUB if group_exists(k, t)]
    if not include_archived:
        keys = [k for k in keys if group_status(k, t) == "Active"]
    return keys


def roster_pull(c, keys):
    t = c.next()
    return rec("POST /v2/edu-groups", roster(keys, t), t, request_body=[GID[k] for k in keys])


def week_pull(c, monday, groups, hw_to, extra_marks=None, lessons_to=None):
    sunday, saturday = monday + dt.timedelta(days=6), monday + dt.timedelta(days=5)
    out = []
    for k in groups:
        t = c.next()
        out.append(rec(f"GET /v2/edu-groups/{GID[k]}/marks/{monday}/{sunday}", marks_range(k, monday, sunday, t), t))
    for k in groups:
        t = c.next()
        out.append(rec(f"GET /v2/lesson-log-entries/group/{GID[k]}?from={monday}&to={sunday}",
                       log_range(k, monday, sunday, t), t))
    to = lessons_to or saturday
    for k in groups:
        t = c.next()
        out.append(rec(f"GET /v2/edu-groups/{GID[k]}/lessons/{monday}/{to}", lessons_range(k, monday, to, t), t))
    t = c.next()
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={hw_to}",
                   homework_bundle(monday, hw_to, t), t))
    return out


def plan_pull(c, monday, groups):
    saturday = monday + dt.timedelta(days=5)
    out = []
    for k in groups:
        t = c.next()
        out.append(rec(f"GET /v2/edu-groups/{GID[k]}/lessons/{monday}/{saturday}",
                       lessons_range(k, monday, saturday, t), t))
    return out


def main():
    parents = [(P_ORLOVA, [MASHA]), (P_KUZNETSOV, [ILYA]), (P_SOKOLOVA, [DASHA])]
    steps = []

    c = Clock(T(2026, 12, 20, 18, 0))
    t0 = c.next()
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МАОУ «Лицей № 76»",
                                     "fullName": "Муниципальное автономное общеобразовательное учреждение «Лицей № 76»",
                                     "avatarSmall": None, "city": "Москва", "municipality": "г. Москва",
                                     "regionId": 77, "markType": "mark5", "timeZone": 3, "uses_avg": True,
                                     "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 0,
                                     "tsoRegionTreePath": "77."}, t0),
    ]
    t = c.next()
    setup.append(rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": ti,
                                                  "abbr": ab, "weight": w} for i, k, ti, ab, w in WORK_TYPES], t))
    t = c.next()
    setup.append(rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(k, t) for k in groups_at(t, True)], t))
    setup.append(roster_pull(c, groups_at(c.t, True)))
    for g in (GA, GB):
        t = c.next()
        setup.append(rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), t))
    for g in (GA, GB):
        t = c.next()
        setup.append(rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), t))
    for g in (GA, GB):
        t = c.next()
        setup.append(rec(f"GET /v2/edu-groups/{g}/classteacher", class_teacher(g, t), t))
    for parent, kids in parents:
        t = c.next()
        setup.append(rec(f"GET /v2/users/{parent[1]}/context", context(parent, kids, t), t))
    steps.append(("1. reference data, groups and members, bells, periods, class teachers, parents (Sun 2026-12-20 18:00)",
                  [setup]))

    h1_groups = groups_at(T(2026, 12, 20), True)
    c = Clock(T(2026, 12, 20, 18, 30))
    steps.append(("2. the last week of the first half-year as planned (Sun 2026-12-20 18:30)",
                  [plan_pull(c, WEEKS[0], h1_groups)]))

    c = Clock(T(2026, 12, 25, 19, 0))
    batch = [roster_pull(c, h1_groups)]
    batch += week_pull(c, WEEKS[0], h1_groups, D(2027, 1, 17), lessons_to=D(2027, 1, 16))
    for g in (GA, GB):
        t = c.next()
        batch.append(rec(f"GET /v2/edu-groups/{g}/final-marks", final_marks(g, t), t))
    steps.append(("3. Friday's evening pull: marks, log entries, lessons to 2027-01-16 (the planned first week "
                  "after the break), homework, the half-year's final marks (Fri 2026-12-25 19:00)", [batch]))

    c = Clock(T(2027, 1, 10, 18, 0))
    t = c.next()
    batch = [rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(k, t) for k in groups_at(t, True)], t)]
    all_groups = groups_at(c.t, True)
    batch.append(roster_pull(c, all_groups))
    for g in (GA, GB):
        t = c.next()
        batch.append(rec(f"GET /v2/edu-groups/{g}/classteacher", class_teacher(g, t), t))
    for g in (GA, GB):
        t = c.next()
        batch.append(rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), t))
    batch += plan_pull(c, WEEKS[1], all_groups)
    steps.append(("4. the second half-year's groups: old subgroups archived, new ones created, 8А's 1 гр. reused; "
                  "8Б's new class teacher; the week of 2027-01-11 as planned (Sun 2027-01-10 18:00)", [batch]))

    h2_groups = groups_at(T(2027, 1, 15), False)
    c = Clock(T(2027, 1, 15, 19, 0))
    steps.append(("5. week 2027-01-11's evening pull (Fri 2027-01-15 19:00)",
                  [week_pull(c, WEEKS[1], h2_groups, D(2027, 1, 24))]))

    c = Clock(T(2027, 1, 17, 18, 0))
    steps.append(("6. the week of 2027-01-18 as planned (Sun 2027-01-17 18:00)", [plan_pull(c, WEEKS[2], h2_groups)]))

    c = Clock(T(2027, 1, 19, 18, 0))
    steps.append(("7. Tuesday's member lists: Илья still in 8А (Tue 2027-01-19 18:00)",
                  [[roster_pull(c, h2_groups)]]))

    c = Clock(T(2027, 1, 20, 18, 0))
    batch = [roster_pull(c, h2_groups)]
    t = c.next()
    batch.append(rec(f"GET /v2/users/{P_KUZNETSOV[1]}/context", context(P_KUZNETSOV, [ILYA], t), t))
    steps.append(("8. Wednesday's member lists: Илья `Archive` in 8А and its groups, `Active` in 8Б, 8Б 2 гр. "
                  "(Wed 2027-01-20 18:00)", [batch]))

    c = Clock(T(2027, 1, 22, 19, 0))
    batch = week_pull(c, WEEKS[2], h2_groups, D(2027, 1, 31))
    for k in h2_groups:  # the job re-reads last week's marks and log entries for late corrections
        t = c.next()
        batch.append(rec(f"GET /v2/edu-groups/{GID[k]}/marks/{WEEKS[1]}/{WEEKS[1] + dt.timedelta(days=6)}",
                         marks_range(k, WEEKS[1], WEEKS[1] + dt.timedelta(days=6), t), t))
        t = c.next()
        batch.append(rec(f"GET /v2/lesson-log-entries/group/{GID[k]}?from={WEEKS[1]}&to="
                         f"{WEEKS[1] + dt.timedelta(days=6)}",
                         log_range(k, WEEKS[1], WEEKS[1] + dt.timedelta(days=6), t), t))
    t = c.next()
    batch.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={WEEKS[1]}&endDate=2027-01-31",
                     homework_bundle(WEEKS[1], D(2027, 1, 31), t), t))
    for g in (GA, GB):
        t = c.next()
        batch.append(rec(f"GET /v2/edu-groups/{g}/final-marks", final_marks(g, t), t))
    steps.append(("9. week 2027-01-18's evening pull, last week's marks and log entries again, two weeks of "
                  "homework, final marks again (Fri 2027-01-22 19:00)", [batch]))

    c = Clock(T(2027, 1, 24, 18, 0))
    steps.append(("10. the week of 2027-01-25 as planned (Sun 2027-01-24 18:00)", [plan_pull(c, WEEKS[3], h2_groups)]))

    c = Clock(T(2027, 1, 29, 19, 0))
    batch = week_pull(c, WEEKS[3], h2_groups, D(2027, 2, 7))
    for g in (GA, GB):  # the month's marks of each class, a re-send of what the weekly ranges brought
        t = c.next()
        batch.append(rec(f"GET /v2/edu-groups/{g}/marks/2027-01-01/2027-01-31", marks_range(KEY_OF[g], D(2027, 1, 1),
                                                                                            D(2027, 1, 31), t), t))
    steps.append(("11. week 2027-01-25's evening pull and the classes' January marks (Fri 2027-01-29 19:00)",
                  [batch]))

    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Лицей № 76» (Москва), 8А and 8Б, 2026-12-21..2027-01-29: subgroups re-formed at the "
                       "half-year (old ones archived, new ones created, one reused with other pupils), a pupil moving "
                       "from 8А to 8Б mid-week for good, 8Б's new class teacher, the winter break between.",
        "school": {"timezone": "Europe/Moscow", "name": "МАОУ «Лицей № 76»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records")


if __name__ == "__main__":
    main()
