"""Write journey.json: «Гимназия № 77» (Пермь, UTC+5), Dnevnik.ru, two school weeks (2026-11-16..11-27, and the
Monday after) of one school's sync job, in which lessons are moved, swapped and re-created after homework and marks
were set on them: two lessons of a day swapped after their marks (9А, Monday), a lesson deleted and created again in
its slot by the deputy head with the marks and homework entered anew (9А, Tuesday), a lesson moved to another day
after homework was set due on it (9А Физика), two lessons of different days swapped after a test was marked (6Б
История / Музыка), a lesson moved out of a re-pulled week while another moved into it (9А, weeks 2 and 3), a lesson
with homework set in advance moved to another day and number (6Б География), a lesson deleted and another subject
created in its slot (6Б, Thursday). Standard library only; deterministic. Sections (§) are those of
shared/reference/dnevnik_ru.md.

The journal is modelled as a state that changes at given local times; every answer is that state as of its
`pulled_at`, so the answers never contradict one another except by time.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D, T = dt.date, dt.datetime.fromisoformat
T0 = T("2026-09-01T00:00:00")  # the timetable's lessons exist from the start of the year

S = 1000002770177
G6, G9 = 1000004770062, 2260325488777100091  # 6Б (13-digit id), 9А (19 digits, §1)
TT = {G6: 1000006770062, G9: 1000006770091}
WT_OU, WT_SR, WT_KR, WT_DZ, WT_LR = 7701, 7702, 7703, 7704, 7705
WORK_TYPES = [  # standalone shape §3.3: (id, kind, title, abbr, weight)
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_LR, "LaboratoryWork", "Лабораторная работа", "ЛР", 2),
]
SUBJECTS = {
    "Русский язык": (1000003770001, "Филология"), "Литература": (1000003770002, "Филология"),
    "Математика": (1000003770003, "Математика"), "Алгебра": (1000003770004, "Математика"),
    "Геометрия": (1000003770005, "Математика"), "История": (1000003770006, "Общественные науки"),
    "Обществознание": (1000003770007, "Общественные науки"), "Английский язык": (1000003770008, "Филология"),
    "Физика": (1000003770009, "Естествознание"), "Химия": (1000003770010, "Естествознание"),
    "Биология": (1000003770011, "Естествознание"), "География": (1000003770012, "Естествознание"),
    "Информатика": (1000003770013, "Математика"), "Физическая культура": (1000003770014, "Физическая культура"),
    "Технология": (1000003770015, "Технология"), "Музыка": (1000003770016, "Искусство"),
    "Изобразительное искусство": (1000003770017, "Искусство"),
}

# persons: (person id, user id, last, first, middle, sex)
DASHA = (1000012770601, 1000011770601, "Орлова", "Дарья", "Алексеевна", "Female")
ARTYOM = (1000012770602, 1000011770602, "Белов", "Артём", "Игоревич", "Male")
POLINA = (2260325488777300603, 2260325488777400603, "Киселёва", "Полина", "Романовна", "Female")
NIKITA = (1000012770901, 1000011770901, "Орлов", "Никита", "Алексеевич", "Male")
KSENIA = (1000012770902, 1000011770902, "Фомина", "Ксения", "Сергеевна", "Female")
RUSLAN = (2260325488777300903, 2260325488777400903, "Латыпов", "Руслан", "Маратович", "Male")
PUPILS = {G6: [DASHA, ARTYOM, POLINA], G9: [NIKITA, KSENIA, RUSLAN]}
MARINA = (1000012770951, 1000011770951, "Орлова", "Марина", "Викторовна", "Female")
SERGEY = (1000012770952, 1000011770952, "Фомин", "Сергей", "Павлович", "Male")
IRINA = (1000012770953, 1000011770953, "Белова", "Ирина", "Олеговна", "Female")
T_KUZ = (1000012770971, 1000011770971, "Кузнецова", "Елена", "Викторовна", "Female")
T_GAR = (1000012770972, 1000011770972, "Гарипов", "Ильдар", "Ринатович", "Male")
T_PON = (1000012770973, 1000011770973, "Пономарева", "Светлана", "Юрьевна", "Female")
T_SHE = (1000012770974, 1000011770974, "Шестакова", "Анна", "Михайловна", "Female")
T_VED = (1000012770975, 1000011770975, "Ведерников", "Олег", "Павлович", "Male")
T_RYA = (1000012770976, 1000011770976, "Рябова", "Татьяна", "Николаевна", "Female")
T_ZAI = (1000012770977, 1000011770977, "Зайцев", "Максим", "Игоревич", "Male")
T_LOB = (1000012770978, 1000011770978, "Лобанова", "Галина", "Сергеевна", "Female")
T_MAL = (1000012770979, 1000011770979, "Мальцева", "Ольга", "Андреевна", "Female")
T_TRO = (1000012770980, 1000011770980, "Трофимова", "Нина", "Васильевна", "Female")  # замещение, 9А 11-17

WEEKDAY = {  # the class's timetable by weekday (0 = Monday): subjects by lesson number 1..
    G6: [["Русский язык", "Математика", "История", "Английский язык", "Физическая культура"],
         ["Математика", "Русский язык", "Литература", "Биология", "Технология"],
         ["Русский язык", "Математика", "География", "Английский язык", "Музыка"],
         ["Математика", "Литература", "Русский язык", "История", "Физическая культура"],
         ["Русский язык", "Математика", "Английский язык", "Изобразительное искусство", "Обществознание"]],
    G9: [["Алгебра", "Русский язык", "Физика", "История", "Английский язык", "Химия"],
         ["Геометрия", "Литература", "Биология", "Алгебра", "Физическая культура", "Информатика"],
         ["Русский язык", "Химия", "Алгебра", "География", "Обществознание", "Английский язык"],
         ["Геометрия", "Физика", "Литература", "История", "Русский язык", "Физическая культура"],
         ["Алгебра", "Английский язык", "Биология", "Химия", "Технология"]],
}
TEACHER = {
    G6: {"Русский язык": T_KUZ, "Литература": T_KUZ, "Математика": T_GAR, "История": T_PON, "Обществознание": T_PON,
         "Английский язык": T_SHE, "Биология": T_RYA, "География": T_RYA, "Физическая культура": T_ZAI,
         "Технология": T_ZAI, "Музыка": T_MAL, "Изобразительное искусство": T_MAL},
    G9: {"Русский язык": T_LOB, "Литература": T_LOB, "Алгебра": T_GAR, "Геометрия": T_GAR, "История": T_PON,
         "Обществознание": T_PON, "Английский язык": T_SHE, "Физика": T_VED, "Информатика": T_VED, "Химия": T_RYA,
         "Биология": T_RYA, "География": T_RYA, "Физическая культура": T_ZAI, "Технология": T_ZAI},
}
ROOM = {"Физика": "312", "Химия": "308", "Информатика": "401", "Физическая культура": "спортзал",
        "Технология": "мастерская", "Музыка": "118"}
HOME_ROOM = {G6: "214", G9: "305"}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:30", "12:10"), 6: ("12:20", "13:00"), 7: ("13:10", "13:50")}
CLASS_NAME = {G6: ("6Б", 6), G9: ("9А", 9)}
WEEKS = [D(2026, 11, 16), D(2026, 11, 23), D(2026, 11, 30), D(2026, 12, 7)]  # the timetable's weeks


def ids(n):
    return {"id": n, "id_str": str(n)}


def stamp(t):
    return t.isoformat(timespec="seconds") + "+05:00"


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": stamp(pulled)}


# --- the journal's state over time ---------------------------------------------------------------------------------

class Lesson:
    def __init__(self, lid, g, subject, teacher):
        self.id, self.g, self.subject, self.teacher = lid, g, subject, teacher
        self.hist = []  # [(from time, (day, number, title) or None)]

    def at(self, t):
        state = None
        for since, placement in self.hist:
            if since <= t:
                state = placement
        return state


LESSONS: dict[int, Lesson] = {}
TOPIC_COUNT: dict[tuple[int, str], int] = {}
# id ranges (ids above 2^53, §1), 10^8 apart: lessons, default works, test works, homework works, marks, tasks
BASE_L, BASE_DW, BASE_TW, BASE_HW, BASE_MK, BASE_TASK = (2260325488600000000, 2260325488700000000,
                                                         2260325488800000000, 2260325488900000000,
                                                         2260325489000000000, 2260325489200000000)
NICE = {  # (group, date, number) -> the topic the teacher wrote (the rest are numbered)
    (G9, D(2026, 11, 16), 1): "Системы уравнений с двумя переменными",
    (G9, D(2026, 11, 16), 6): "Соли: состав и классификация",
    (G9, D(2026, 11, 17), 2): "А. С. Пушкин. «Евгений Онегин»: письмо Татьяны",
    (G9, D(2026, 11, 19), 2): "Импульс тела. Закон сохранения импульса",
    (G9, D(2026, 11, 23), 3): "Реактивное движение",
    (G9, D(2026, 11, 30), 5): "Present Perfect Continuous",
    (G6, D(2026, 11, 19), 4): "Контрольная работа по теме «Русь в XI–XII веках»",
    (G6, D(2026, 11, 18), 5): "П. И. Чайковский. «Времена года»",
    (G6, D(2026, 11, 25), 3): "Реки России",
    (G6, D(2026, 11, 26), 2): "В. П. Астафьев. «Конь с розовой гривой»",
}


def offset(g, day, n):
    return (1 if g == G6 else 2) * 1_000_000 + (day - D(2026, 9, 1)).days * 10 + n


def plan():
    for monday in WEEKS:
        for i in range(5):
            day = monday + dt.timedelta(days=i)
            for g in (G6, G9):
                for n, subject in enumerate(WEEKDAY[g][i], 1):
                    TOPIC_COUNT[(g, subject)] = TOPIC_COUNT.get((g, subject), 0) + 1
                    title = NICE.get((g, day, n)) or f"{subject}. Урок {TOPIC_COUNT[(g, subject)] + 30}"
                    lesson = Lesson(BASE_L + offset(g, day, n), g, subject, TEACHER[g][subject])
                    lesson.hist.append((T0, (day, n, title)))
                    LESSONS[lesson.id] = lesson


plan()


def lesson_at(g, day, n):
    return next(l for l in LESSONS.values() if l.g == g and l.hist[0][1][:2] == (day, n))


def new_lesson(k, g, subject, teacher, since, day, n, title):
    lesson = Lesson(BASE_L + 9_000_000 + k, g, subject, teacher)
    lesson.hist.append((since, (day, n, title)))
    LESSONS[lesson.id] = lesson
    return lesson


def move(lesson, since, day, n, title=None):
    old = lesson.at(since)
    lesson.hist.append((since, (day, n, title or old[2])))


def delete(lesson, since):
    lesson.hist.append((since, None))


# E2 (9А, Mon 11-16): Алгебра #1 and Химия #6 swapped in the journal on Tuesday 10:15, after the marks, the homework
# and a lateness were entered: the lessons were held the other way round (the chemistry teacher's request).
ALG16, CHEM16 = lesson_at(G9, D(2026, 11, 16), 1), lesson_at(G9, D(2026, 11, 16), 6)
move(ALG16, T("2026-11-17T10:15:00"), D(2026, 11, 16), 6)
move(CHEM16, T("2026-11-17T10:15:00"), D(2026, 11, 16), 1)
# E3 (9А, Tue 11-17): Литература #2 deleted on Wednesday 11:00 and created again in its slot by the deputy head as a
# substitution lesson (Трофимова), who entered the marks and the homework anew at 15:20.
LIT17 = lesson_at(G9, D(2026, 11, 17), 2)
delete(LIT17, T("2026-11-18T11:00:00"))
LIT17_NEW = new_lesson(1, G9, "Литература", T_TRO, T("2026-11-18T11:05:00"), D(2026, 11, 17), 2,
                       "А. С. Пушкин. Лирика (замена)")
# E1 (9А): Thursday's Физика #2 moved on Wednesday 12:30 to Friday 11-20 #6 (the teacher at a course on Thursday);
# the homework set on Monday due Thursday keeps its due date (the teacher did not change it).
PHYS19 = lesson_at(G9, D(2026, 11, 19), 2)
move(PHYS19, T("2026-11-18T12:30:00"), D(2026, 11, 20), 6, "Импульс тела. Закон сохранения импульса (перенос с 19.11)")
# E5 (6Б): История #4 of Thu 11-19 (the test, marked on Thursday) and Музыка #5 of Wed 11-18 swapped on Friday 09:40:
# the test was written on Wednesday in the music lesson's slot, music was held on Thursday.
HIST19, MUS18 = lesson_at(G6, D(2026, 11, 19), 4), lesson_at(G6, D(2026, 11, 18), 5)
move(HIST19, T("2026-11-20T09:40:00"), D(2026, 11, 18), 5)
move(MUS18, T("2026-11-20T09:40:00"), D(2026, 11, 19), 4)
# E4 (9А): on Sunday 11-22 16:00 Физика #3 of Mon 11-23 and Английский язык #5 of Mon 11-30 change weeks: the physics
# lesson goes to 11-30 #5, the English one comes to 11-23 #3; the physics homework due 11-23 is re-dated to 11-30.
PHYS23, ENG30 = lesson_at(G9, D(2026, 11, 23), 3), lesson_at(G9, D(2026, 11, 30), 5)
move(PHYS23, T("2026-11-22T16:00:00"), D(2026, 11, 30), 5)
move(ENG30, T("2026-11-22T16:00:00"), D(2026, 11, 23), 3)
# E8 (6Б): География #3 of Wed 11-25, with homework set on it in advance, moved on Tuesday 15:00 to Fri 11-27 #6.
GEO25 = lesson_at(G6, D(2026, 11, 25), 3)
move(GEO25, T("2026-11-24T15:00:00"), D(2026, 11, 27), 6, "Реки России (перенос со среды)")
# E7 (6Б): Литература #2 of Thu 11-26 deleted on Wednesday 13:00 (the teacher at the district seminar), a Русский
# язык lesson created in its slot at 13:02; the homework set on it in advance goes with it, the homework due on it
# (set on Tuesday) keeps its due date.
LIT26 = lesson_at(G6, D(2026, 11, 26), 2)
delete(LIT26, T("2026-11-25T13:00:00"))
RUS26_NEW = new_lesson(2, G6, "Русский язык", T_KUZ, T("2026-11-25T13:02:00"), D(2026, 11, 26), 2,
                       "Подготовка к диктанту (замена)")


class Homework:
    def __init__(self, lesson, text, due, sent, dues=(), deleted=None):
        self.lesson, self.text, self.sent, self.deleted = lesson, text, T(sent), deleted
        self.id = BASE_HW + (lesson.id - BASE_L)
        self.dues = [(T(sent), due), *[(T(t), d) for t, d in dues]]

    def due_at(self, t):
        return [d for since, d in self.dues if since <= t][-1]

    def exists(self, t):
        return self.sent <= t and (self.deleted is None or t < self.deleted) and self.lesson.at(t) is not None


HOMEWORK = [
    # 9А
    Homework(lesson_at(G9, D(2026, 11, 16), 3), "§ 14, упр. 9 (1–3)", D(2026, 11, 19), "2026-11-16T14:05:00"),
    Homework(ALG16, "№ 215, 217", D(2026, 11, 18), "2026-11-16T15:40:00"),
    Homework(LIT17, "Выучить наизусть письмо Татьяны к Онегину (до слов «Кто ты, мой ангел ли хранитель»)",
             D(2026, 11, 19), "2026-11-17T14:10:00"),
    Homework(LIT17_NEW, "Выучить наизусть стихотворение А. С. Пушкина «Я вас любил…»", D(2026, 11, 19),
             "2026-11-18T15:25:00"),
    Homework(lesson_at(G9, D(2026, 11, 18), 3), "№ 230 (а–г), 233", D(2026, 11, 20), "2026-11-18T14:00:00"),
    Homework(PHYS19, "§ 15, вопросы 1–4", D(2026, 11, 23), "2026-11-20T15:00:00",
             dues=[("2026-11-22T16:10:00", D(2026, 11, 30))]),
    Homework(ENG30, "Workbook p. 37, ex. 4", D(2026, 11, 25), "2026-11-23T13:00:00"),
    Homework(lesson_at(G9, D(2026, 11, 23), 6), "§ 11, задачи 2, 3", D(2026, 11, 25), "2026-11-23T15:30:00"),
    Homework(lesson_at(G9, D(2026, 11, 26), 1), "№ 612, 615", D(2026, 12, 1), "2026-11-26T12:00:00"),
    # 6Б
    Homework(lesson_at(G6, D(2026, 11, 16), 1), "Упр. 245", D(2026, 11, 17), "2026-11-14T18:00:00"),
    Homework(lesson_at(G6, D(2026, 11, 16), 2), "№ 412, 415", D(2026, 11, 17), "2026-11-16T13:00:00"),
    Homework(HIST19, "§ 12, вопросы 1–3 на с. 98", D(2026, 11, 23), "2026-11-19T13:30:00"),
    Homework(lesson_at(G6, D(2026, 11, 20), 3), "Workbook p. 21, ex. 1, 2", D(2026, 11, 23), "2026-11-20T12:00:00"),
    Homework(lesson_at(G6, D(2026, 11, 24), 3), "Прочитать рассказ В. П. Астафьева «Конь с розовой гривой»",
             D(2026, 11, 26), "2026-11-24T14:00:00"),
    Homework(LIT26, "Сочинение-миниатюра «Мой любимый герой»", D(2026, 11, 30), "2026-11-23T16:00:00"),
    Homework(GEO25, "§ 9, контурная карта: реки России", D(2026, 12, 2), "2026-11-23T17:00:00"),
    Homework(lesson_at(G6, D(2026, 11, 27), 2), "№ 498, 501", D(2026, 11, 30), "2026-11-27T13:00:00"),
]


class Mark:
    def __init__(self, lesson, pupil, value, wt, at, deleted=None, test=False):
        self.lesson, self.pupil, self.value, self.wt = lesson, pupil, value, wt
        self.set, self.deleted, self.test = T(at), deleted, test
        self.id = BASE_MK + (lesson.id - BASE_L) * 10 + PUPILS[lesson.g].index(pupil)

    def work(self):
        return (BASE_TW if self.test else BASE_DW) + (self.lesson.id - BASE_L)

    def exists(self, t):
        return self.set <= t and (self.deleted is None or t < self.deleted) and self.lesson.at(t) is not None


GONE17 = T("2026-11-18T11:00:00")
MARKS = [
    Mark(ALG16, NIKITA, "5", WT_OU, "2026-11-16T15:35:12.31"),
    Mark(ALG16, KSENIA, "4-", WT_OU, "2026-11-16T15:35:48.9"),
    Mark(CHEM16, RUSLAN, "3", WT_OU, "2026-11-16T14:20:05.07"),
    Mark(LIT17, KSENIA, "5", WT_OU, "2026-11-17T14:30:11.5", deleted=GONE17),
    Mark(LIT17, NIKITA, "3", WT_OU, "2026-11-17T14:30:40.62", deleted=GONE17),
    Mark(LIT17_NEW, KSENIA, "5", WT_OU, "2026-11-18T15:20:03.1"),
    Mark(LIT17_NEW, NIKITA, "4", WT_OU, "2026-11-18T15:21:27.44"),
    Mark(lesson_at(G9, D(2026, 11, 18), 3), NIKITA, "4", WT_SR, "2026-11-18T16:00:09.8"),
    Mark(lesson_at(G9, D(2026, 11, 19), 1), KSENIA, "5", WT_OU, "2026-11-19T12:00:31.25"),
    Mark(PHYS19, NIKITA, "5", WT_LR, "2026-11-20T14:10:17.6"),
    Mark(PHYS19, RUSLAN, "4", WT_LR, "2026-11-20T14:10:52.03"),
    Mark(ENG30, KSENIA, "5", WT_OU, "2026-11-23T12:00:44.7"),
    Mark(lesson_at(G9, D(2026, 11, 24), 4), NIKITA, "3+", WT_SR, "2026-11-24T15:00:21.9"),
    Mark(lesson_at(G9, D(2026, 11, 26), 2), NIKITA, "4", WT_OU, "2026-11-26T11:00:02.55"),
    Mark(lesson_at(G6, D(2026, 11, 16), 2), DASHA, "5", WT_OU, "2026-11-16T14:00:13.4"),
    Mark(lesson_at(G6, D(2026, 11, 17), 2), ARTYOM, "4", WT_OU, "2026-11-17T13:00:50.12"),
    Mark(HIST19, DASHA, "4", WT_KR, "2026-11-19T16:40:08.3", test=True),
    Mark(HIST19, POLINA, "5", WT_KR, "2026-11-19T16:40:36.71", test=True),
    Mark(lesson_at(G6, D(2026, 11, 19), 2), DASHA, "5", WT_OU, "2026-11-19T15:00:19.06"),
    Mark(lesson_at(G6, D(2026, 11, 20), 3), ARTYOM, "3", WT_OU, "2026-11-20T13:00:40.8"),
    Mark(lesson_at(G6, D(2026, 11, 23), 1), DASHA, "4", WT_OU, "2026-11-23T13:00:27.2"),
    Mark(lesson_at(G6, D(2026, 11, 25), 4), ARTYOM, "5", WT_OU, "2026-11-25T14:00:55.37"),
    Mark(RUS26_NEW, DASHA, "5", WT_OU, "2026-11-26T14:00:06.9"),
    Mark(GEO25, DASHA, "4", WT_OU, "2026-11-27T15:00:33.18"),
]
TEST_WORK_FROM = T("2026-11-19T08:00:00")  # the История test column (LessonTestWork), created Thursday morning


class Entry:
    def __init__(self, lesson, pupil, status, comment, created, deleted=None):
        self.lesson, self.pupil, self.status, self.comment = lesson, pupil, status, comment
        self.created, self.deleted = T(created), deleted

    def exists(self, t):
        return self.created <= t and (self.deleted is None or t < self.deleted) and self.lesson.at(t) is not None


LOG = [
    Entry(CHEM16, KSENIA, "Late", "опоздала на 7 минут", "2026-11-16T08:09:14.6"),
    Entry(LIT17, RUSLAN, "Absent", "", "2026-11-17T09:02:33.1", deleted=GONE17),
    Entry(lesson_at(G9, D(2026, 11, 26), 1), NIKITA, "Late", "опоздал на 5 минут", "2026-11-26T08:10:27.44"),
    Entry(HIST19, ARTYOM, "Ill", "справка", "2026-11-19T10:45:50.2"),
    Entry(lesson_at(G6, D(2026, 11, 24), 5), DASHA, "Pass", "городские соревнования", "2026-11-24T11:30:08.91"),
]


# --- answers ---------------------------------------------------------------------------------------------------------

def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


def group_obj(g):
    name, par = CLASS_NAME[g]
    return {**ids(g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": name, "fullName": "",
            "parallel": par, "timetable": TT[g], "timetable_str": str(TT[g]), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [],
            "schools": [{"id": S, "name": "МАОУ «Гимназия № 77»", "type": "School", "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S],
                                           "groupIds": [G6 if c in PUPILS[G6] else G9]} for c in children],
            "splitId": None}


PERIODS = [(1000007770001, "2026-09-01", "2026-10-25", 1, "1 четверть"),
           (1000007770002, "2026-11-05", "2026-12-27", 2, "2 четверть"),
           (1000007770003, "2027-01-11", "2027-03-21", 3, "3 четверть"),
           (1000007770004, "2027-03-30", "2027-05-26", 4, "4 четверть")]
HOLIDAYS = [(1000008770001, "2026-10-26", "2026-11-04", "Осенние каникулы"),
            (1000008770002, "2026-12-28", "2027-01-10", "Зимние каникулы"),
            (1000008770003, "2027-03-22", "2027-03-29", "Весенние каникулы")]


def rpg(g):
    rpg_id = 1000009770000 + (62 if g == G6 else 91)
    return {"id": rpg_id, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2026} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": rpg_id, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""} for hid, a, b, name in HOLIDAYS]}


def timetable(g):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT[g] * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def subject_obj(subject):
    sid, area = SUBJECTS[subject]
    return {**ids(sid), "name": subject, "knowledgeArea": area, "fgosSubjectId": None}


def common(lesson, t):
    return {"lesson": lesson.id, "lesson_str": str(lesson.id), "eduGroup": lesson.g, "eduGroup_str": str(lesson.g),
            "periodNumber": 2, "periodType": "Quarter", "subjectId": SUBJECTS[lesson.subject][0],
            "createdBy": lesson.teacher[0], "files": [], "oneDriveLinks": []}


def works_of(lesson, t):
    """The lesson's works as of t (§3.2): its default work (the marks' column), the История test's column, and the
    homework set on it."""
    day = lesson.at(t)[0]
    out = [{**ids(BASE_DW + lesson.id - BASE_L), "type": "DefaultNewLessonWork", "workType": WT_OU,
            "markType": "mark5", "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "",
            "isImportant": False, "targetDate": f"{day}T00:00:00", "sentDate": None, **common(lesson, t)}]
    if lesson is HIST19 and t >= TEST_WORK_FROM:
        out.append({**ids(BASE_TW + lesson.id - BASE_L), "type": "LessonTestWork", "workType": WT_KR,
                    "markType": "mark5", "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [],
                    "text": "Контрольная работа: Русь в XI–XII веках", "isImportant": True,
                    "targetDate": f"{day}T00:00:00", "sentDate": None, **common(lesson, t)})
    for hw in HOMEWORK:
        if hw.lesson is lesson and hw.exists(t):
            due = hw.due_at(t)
            tasks = [{**ids(BASE_TASK + (hw.id - BASE_HW) * 10 + i), "person": p[0], "person_str": str(p[0]),
                      "work": hw.id, "work_str": str(hw.id), "status": "NotStarted", "targetDate": f"{due}T00:00:00"}
                     for i, p in enumerate(PUPILS[lesson.g])]
            out.append({**ids(hw.id), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                        "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": hw.text,
                        "isImportant": False, "targetDate": f"{due}T00:00:00",
                        "sentDate": hw.sent.isoformat(timespec="milliseconds")[:-1], **common(lesson, t)})
    return out


def start_of(lesson, t):
    day, n, _ = lesson.at(t)
    return f"{day}T{BELLS[n][0]}:00"


def entity_lesson(lesson, t):
    """A lesson as the entity endpoints return it (§3.4): date with its start, number, embedded subject, works."""
    day, n, title = lesson.at(t)
    return {**ids(lesson.id), "title": title, "date": start_of(lesson, t), "number": n,
            "subject": subject_obj(lesson.subject), "group": lesson.g,
            "status": "Planned" if t < T(start_of(lesson, t)) else "Conducted", "resultPlaceId": 0,
            "works": works_of(lesson, t), "teachers": [lesson.teacher[0]], "teachers_str": [str(lesson.teacher[0])]}


def flat_lesson(lesson, t):
    """The flattened lesson of the schedules and homework bundles (§3.4): with hours, room and work ids."""
    e = entity_lesson(lesson, t)
    n = e["number"]
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": n, "subjectId": e["subject"]["id"],
            "status": e["status"], "resultPlaceId": 0, "building": "Главный корпус",
            "place": ROOM.get(lesson.subject, HOME_ROOM[lesson.g]), "floor": "3" if lesson.g == G9 else "2",
            "hours": f"{BELLS[n][0]} - {BELLS[n][1]}", "works": [w["id"] for w in e["works"]],
            "teachers": [lesson.teacher[0]]}


def lessons_on(g, a, b, t):
    out = [l for l in LESSONS.values() if l.g == g and l.at(t) is not None and a <= l.at(t)[0] <= b]
    return sorted(out, key=lambda l: (l.at(t)[0], l.at(t)[1], l.id))


def lessons_range(g, a, b, t):
    return [entity_lesson(l, t) for l in lessons_on(g, a, b, t)]


def mark_obj(m):
    return {**ids(m.id), "type": "mark5", "value": m.value, "textValue": m.value, "person": m.pupil[0],
            "person_str": str(m.pupil[0]), "work": m.work(), "work_str": str(m.work()), "lesson": m.lesson.id,
            "lesson_str": str(m.lesson.id), "number": 0, "date": m.set.isoformat(timespec="microseconds")[:22],
            "workType": m.wt, "mood": {"5": "Good", "4": "Good", "4-": "Good", "3+": "Average", "3": "Average"}[m.value],
            "use_avg_calc": True}


def marks_range(a, b, t, g=None, p=None):
    """A marks range (§3.1, §7): the marks set on the days a..b (by the mark's own `date`)."""
    return [mark_obj(m) for m in sorted(MARKS, key=lambda m: m.set) if m.exists(t) and a <= m.set.date() <= b
            and (g is None or m.lesson.g == g) and (p is None or m.pupil is p)]


def log_obj(e):
    return {"person": e.pupil[0], "person_str": str(e.pupil[0]), "lesson": e.lesson.id,
            "lesson_str": str(e.lesson.id), "comment": e.comment, "status": e.status,
            "createdDate": e.created.isoformat(timespec="microseconds")[:22]}


def log_range(g, a, b, t):
    """A group's log entries (§3.5) of the lessons dated a..b."""
    return [log_obj(e) for e in LOG if e.exists(t) and e.lesson.g == g and a <= e.lesson.at(t)[0] <= b]


def homework_bundle(a, b, t):
    """users/me/school/{s}/homeworks (§3.7): the Homework works whose lesson is dated, or which are due, a..b."""
    works, lessons, teachers, subjects = [], {}, {}, {}
    for hw in sorted(HOMEWORK, key=lambda h: h.id):
        if not hw.exists(t):
            continue
        day = hw.lesson.at(t)[0]
        if not (a <= day <= b or a <= hw.due_at(t) <= b):
            continue
        works += [w for w in works_of(hw.lesson, t) if w["id"] == hw.id]
        lessons[hw.lesson.id] = flat_lesson(hw.lesson, t)
        teachers[hw.lesson.teacher[0]] = person(hw.lesson.teacher)
        subjects[hw.lesson.subject] = {"id": SUBJECTS[hw.lesson.subject][0], "name": hw.lesson.subject,
                                       "knowledgeAreaId": None}
    return {"works": works, "subjects": list(subjects.values()), "lessons": list(lessons.values()), "files": [],
            "teachers": list(teachers.values())}


def schedules(p, g, a, b, t):
    """persons/{p}/groups/{g}/schedules (§0): every day a..b with its lessons, the pupil's marks and log entries."""
    days, day = [], a
    while day <= b:
        ls = lessons_on(g, day, day, t)
        works = [w for l in ls for w in works_of(l, t)]
        marks = [mark_obj(m) for m in MARKS if m.pupil is p and m.exists(t) and m.lesson in ls]
        logs = [log_obj(e) for e in LOG if e.pupil is p and e.exists(t) and e.lesson in ls]
        days.append({"date": f"{day}T00:00:00", "lessons": [flat_lesson(l, t) for l in ls], "marks": marks,
                     "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": [{"id": SUBJECTS[s][0], "name": s, "knowledgeAreaId": None}
                                  for s in dict.fromkeys(l.subject for l in ls)],
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": title, "isFinal": False,
                                    "isImportant": i == WT_KR, "kindId": 0, "kind": k}
                                   for i, k, title, ab, _ in WORK_TYPES
                                   if i in {w["workType"] for w in works} | {m["workType"] for m in marks}],
                     "lessonLogEntries": logs,
                     "teachers": [person(x) for x in sorted({l.teacher for l in ls})], "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days) - 1):
        days[i]["nextDate"] = days[i + 1]["date"]
    days[-1]["nextDate"] = f"{b + dt.timedelta(days=1)}T00:00:00"
    return {"days": days}


WATCHED = [(DASHA, G6), (ARTYOM, G6), (NIKITA, G9), (KSENIA, G9)]  # the pupils whose parents use the app


class Clock:
    def __init__(self, start):
        self.t = T(start)

    def tick(self, seconds=40):
        now = self.t
        self.t += dt.timedelta(seconds=seconds)
        return now


def next_school_day(day):
    day += dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def nightly(day, start):
    """The job's nightly run: each class's lessons of today and of the next school day (one-day ranges), today's
    marks and log entries, the homework list two weeks ahead, the watched pupils' days (today..next school day)."""
    c, out, nxt = Clock(start), [], next_school_day(day)
    for g in (G6, G9):
        for d in (day, nxt):
            t = c.tick()
            out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{d}/{d}", lessons_range(g, d, d, t), t))
        t = c.tick()
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{day}/{day}", marks_range(day, day, t, g=g), t))
        t = c.tick()
        out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={day}&to={day}", log_range(g, day, day, t), t))
    t = c.tick()
    end = day + dt.timedelta(days=13)
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={day}&endDate={end}",
                   homework_bundle(day, end, t), t))
    for p, g in WATCHED:
        t = c.tick()
        out.append(rec(f"GET /v2/persons/{p[0]}/groups/{g}/schedules?startDate={day}&endDate={nxt}",
                       schedules(p, g, day, nxt, t), t))
    return out


def weekly(monday, start):
    """The job's Saturday run: the week again (lessons Mon..Sun, marks and log entries Mon..Sun, the watched pupils'
    own marks and days), the homework list, and the plan of the next two weeks."""
    c, out = Clock(start), []
    sunday, saturday = monday + dt.timedelta(days=6), monday + dt.timedelta(days=5)
    for g in (G6, G9):
        t = c.tick()
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{sunday}", lessons_range(g, monday, sunday, t), t))
        t = c.tick()
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{monday}/{sunday}", marks_range(monday, sunday, t, g=g), t))
        t = c.tick()
        out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={monday}&to={sunday}",
                       log_range(g, monday, sunday, t), t))
    for p, g in WATCHED:
        t = c.tick()
        out.append(rec(f"GET /v2/persons/{p[0]}/schools/{S}/marks/{monday}/{sunday}",
                       marks_range(monday, sunday, t, p=p), t))
        t = c.tick()
        out.append(rec(f"GET /v2/persons/{p[0]}/groups/{g}/schedules?startDate={monday}&endDate={saturday}",
                       schedules(p, g, monday, saturday, t), t))
    t = c.tick()
    end = sunday + dt.timedelta(days=7)
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={end}",
                   homework_bundle(monday, end, t), t))
    nxt_mon, nxt_end = monday + dt.timedelta(days=7), monday + dt.timedelta(days=20)
    for g in (G6, G9):
        t = c.tick()
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{nxt_mon}/{nxt_end}", lessons_range(g, nxt_mon, nxt_end, t),
                       t))
    return out


def main():
    c = Clock("2026-11-15T19:00:00")
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МАОУ «Гимназия № 77»",
                                     "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 77» г. Перми",
                                     "avatarSmall": None, "city": "Пермь", "municipality": "г. Пермь", "regionId": 59,
                                     "markType": "mark5", "timeZone": 5, "uses_avg": True, "uses_weighted_avg": True,
                                     "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "59."},
            c.tick()),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": title,
                                         "abbr": ab, "weight": w} for i, k, title, ab, w in WORK_TYPES], c.tick()),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(G6), group_obj(G9)], c.tick()),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in PUPILS[g]], c.tick()) for g in (G6, G9)],
        *[rec(f"GET /v2/edu-groups/{g}/timetables", timetable(g), c.tick()) for g in (G6, G9)],
        *[rec(f"GET /v2/edu-groups/{g}/reporting-period-group", rpg(g), c.tick()) for g in (G6, G9)],
        rec(f"GET /v2/users/{MARINA[1]}/context", context(MARINA, [DASHA, NIKITA]), c.tick()),
        rec(f"GET /v2/users/{SERGEY[1]}/context", context(SERGEY, [KSENIA]), c.tick()),
        rec(f"GET /v2/users/{IRINA[1]}/context", context(IRINA, [ARTYOM]), c.tick()),
    ]
    t = c.tick()
    plan_pull = [rec(f"GET /v2/edu-groups/{g}/lessons/2026-11-16/2026-11-29",
                     lessons_range(g, D(2026, 11, 16), D(2026, 11, 29), t + dt.timedelta(seconds=i * 30)),
                     t + dt.timedelta(seconds=i * 30)) for i, g in enumerate((G6, G9))]
    t = c.tick(120)
    plan_pull.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2026-11-16&endDate=2026-11-29",
                         homework_bundle(D(2026, 11, 16), D(2026, 11, 29), t), t))

    def morning(day, start):
        """Monday 07:30: the week's lessons pulled again before school (the weekend's changes)."""
        cc, sunday = Clock(start), day + dt.timedelta(days=6)
        return [rec(f"GET /v2/edu-groups/{g}/lessons/{day}/{sunday}", lessons_range(g, day, sunday, t2), t2)
                for g in (G6, G9) for t2 in [cc.tick()]]

    w1 = weekly(WEEKS[0], "2026-11-21T10:00:00")
    sat_plan_9 = next(r for r in w1 if r["request"] == f"GET /v2/edu-groups/{G9}/lessons/2026-11-23/2026-12-06")
    phys_fetch_at = T("2026-11-18T21:12:00")
    steps = [
        ("1. school, work types, classes, pupils, bells, periods, parents (Sun 2026-11-15 19:00)", [setup]),
        ("2. the fortnight as planned, and the homework set so far (Sun 2026-11-15 19:07)", [plan_pull]),
        ("3. Mon 11-16 nightly run", [nightly(D(2026, 11, 16), "2026-11-16T21:00:00")]),
        ("4. Tue 11-17 nightly run (Monday's Алгебра #1 and Химия #6 were swapped at 10:15: not in today's ranges)",
         [nightly(D(2026, 11, 17), "2026-11-17T21:00:00")]),
        ("5. Wed 11-18 nightly run: Tuesday's Литература re-created at 11:00; Thursday's Физика #2 moved at 12:30 to "
         "Fri #6: tomorrow's range lacks it, the job fetches the lesson alone",
         [nightly(D(2026, 11, 18), "2026-11-18T21:00:00"),
          [rec(f"GET /v2/lessons/{PHYS19.id}", entity_lesson(PHYS19, phys_fetch_at), phys_fetch_at)]]),
        ("6. Thu 11-19 nightly run (the История test marked on Thursday)",
         [nightly(D(2026, 11, 19), "2026-11-19T21:00:00")]),
        ("7. Fri 11-20 nightly run (История and Музыка swapped between Wed and Thu at 09:40)",
         [nightly(D(2026, 11, 20), "2026-11-20T21:00:00")]),
        ("8. Sat 11-21 weekly run: week 1 again, the plan of 11-23..12-06", [w1]),
        ("9. Mon 11-23 07:30: the week pulled again (on Sunday 9А's Физика #3 went to 11-30 #5, the English lesson of "
         "11-30 #5 came to 11-23 #3)", [morning(D(2026, 11, 23), "2026-11-23T07:30:00")]),
        ("10. Mon 11-23 nightly run, and Saturday's 9А plan delivered again by the job's retry queue",
         [nightly(D(2026, 11, 23), "2026-11-23T21:00:00"), [sat_plan_9]]),
        ("11. Tue 11-24 nightly run (География of Wed moved to Fri #6 at 15:00)",
         [nightly(D(2026, 11, 24), "2026-11-24T21:00:00")]),
        ("12. Wed 11-25 nightly run (Thursday's Литература #2 deleted at 13:00, Русский язык created in its slot)",
         [nightly(D(2026, 11, 25), "2026-11-25T21:00:00")]),
        ("13. Thu 11-26 nightly run", [nightly(D(2026, 11, 26), "2026-11-26T21:00:00")]),
        ("14. Fri 11-27 nightly run", [nightly(D(2026, 11, 27), "2026-11-27T21:00:00")]),
        ("15. Sat 11-28 weekly run: week 2 again, the plan of 11-30..12-13", [weekly(WEEKS[1], "2026-11-28T10:00:00")]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Гимназия № 77» (Пермь, UTC+5), 6Б and 9А, 2026-11-16..11-30: lessons moved, swapped "
                       "and re-created after homework and marks were set, as a sync job sees them through one-day "
                       "and weekly lessons ranges, a lesson fetched alone, pupils' schedules and marks ranges.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Гимназия № 77»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(b) for _, bs in steps for b in bs), "records,", len(steps), "steps")


if __name__ == "__main__":
    main()
