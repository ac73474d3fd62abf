"""Write journey.json: «Лицей № 73» (Пермь, UTC+5), Dnevnik.ru, class 6Б, the last fortnight of the first quarter
of 2026/27 (2026-10-12..10-24), where every disagreement between the public client models (reference §10) about an
answer's shape appears in each form some client accepts: one answer one way, a later one the other way.

The forms (see README.md for the client files and lines):
  F1  Mark `person_str`/`lesson_str` (mosreg, bot, MySchool) vs camel `personStr`/`lessonStr` (alllexey Mark.java)
  F2  embedded Subject `id_str` (mosreg, bot) vs camel `idStr` (alllexey Subject.java)
  F3  Lesson `teachers_str` (mosreg, bot) vs `teachersStr` (alllexey Lesson.java)
  F4  Mark `number` int (alllexey, mosreg, bot) vs string (vladistos MarkV2.kt `number: String?`)
  F5  Mark `date` with fractional seconds (SiroXYZ `%f`) vs cut to 19 characters (alllexey)
  F6  Mark/Work `type`/`markType` `mark5` vs `Mark5` (reference §5: casing unconfirmed; SOAP `Mark5`)
  F7  Mark `textValue` nullable (reference §3.1) vs always a string (bot, mosreg)
  F8  Lesson `id_str` optional (mosreg Lessons.py) vs present; `title` null (mosreg Optional) vs a string
  F9  Work `text` null (mosreg `str | None`) vs string (bot, alllexey, MySchool); `files` null vs []
  F10 Homework `sentDate` null (mosreg, MySchool `LocalDateTime?`) vs a string (bot `sentDate: string`, WebMad)
  F11 Homework `tasks` absent (mosreg default `[]`), null (vladistos `List<Any>?`) or a list (bot, alllexey)
  F12 homeworks bundle `subjects` `{id, name, knowledgeAreaId}` (bot) vs entity `{id, id_str, name, knowledgeArea}`
      (mosreg Homeworks.py `subjects: list[Subject]`)
  F13 homeworks bundle lesson `number` string (mosreg `int | str`), `hours` null (mosreg Optional) vs int / text
  F14 schedules day `date`/`nextDate` with an offset (alllexey DaySchedule `OffsetDateTime`) vs local (mosreg, bot)
  F15 schedules `teachers` wrapped `[{person, role}]` (bot, mosreg, alllexey, WebMad) vs bare Person[] (§3.7)
  F16 LessonLogEntry `comment` null (mosreg all Optional) vs a string
  F17 Person `userId` null (§1) vs absent (mosreg `int | None = None`)
  F18 WorkType `id_str` present (mosreg required) vs absent (alllexey WorkType.java has none; §3.3 `id_str?`)
  F19 schools/{s}/teachers `ScientificDegree` (mosreg) vs `scientificDegree` (alllexey Teacher.java)
  F20 final marks as a list of `per-subject-final-marks` (reference §3.13, bot, alllexey) vs an object
      `{marks, works, subjects, workTypes}` (mosreg FinalMarks.py EduGroupFinalMark, labelled edu-groups/{g}/final-marks;
      sent here under the path §3.13 gives that shape, allfinalmarks); a final mark's `lesson` null (§8.4) vs absent
      (vladistos `Long? = null`)
  F21 attendance `Pass`: "П" excused (reference §6 [?]) vs "Отсутствовал" (SiroXYZ, per §6): facts name the code only
Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002730073
G = 2260325488573100061  # 6Б, 19 digits (§1)
TT = 1000006730061
RPG = 1000009730061
Q1 = 1000007730001

WT_OU, WT_SR, WT_KR, WT_DZ, WT_Q = 2731, 2732, 2733, 2734, 2735
WORK_TYPES = [  # (id, kind, title, abbr, weight), standalone shape §3.3
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_Q, "PeriodMark", "Четвертная отметка", "Ч", 1),
]
SUBJECTS = {  # name: (id, knowledgeArea, knowledgeAreaId)
    "Математика": (1000003730001, "Математика", 2), "Русский язык": (1000003730002, "Филология", 1),
    "Литература": (1000003730003, "Филология", 1), "История": (1000003730004, "Общественные науки", 3),
    "Биология": (1000003730005, "Естествознание", 4), "Английский язык": (1000003730006, "Филология", 1),
    "Физическая культура": (1000003730007, "Физическая культура", 6), "География": (1000003730008, "Естествознание", 4),
}
# persons: (person id, user id or None, last, first, middle, sex)
ANNA = (1000012730601, 1000011730601, "Веселова", "Анна", "Игоревна", "Female")
GLEB = (2260325488573300602, 2260325488573400602, "Орлов", "Глеб", "Павлович", "Male")
DARYA = (1000012730603, None, "Кузнецова", "Дарья", "Олеговна", "Female")  # no account yet (§1 userId nullable)
TIMUR = (1000012730604, 1000011730604, "Сафин", "Тимур", "Ринатович", "Male")
PUPILS = [ANNA, GLEB, DARYA, TIMUR]
MARINA = (1000012730901, 1000011730901, "Веселова", "Марина", "Сергеевна", "Female")
PAVEL = (1000012730902, 1000011730902, "Орлов", "Павел", "Андреевич", "Male")
T_ZAI = (1000012730950, 1000011730950, "Зайцева", "Ольга", "Викторовна", "Female")
T_POL = (1000012730951, 1000011730951, "Полякова", "Ирина", "Сергеевна", "Female")
T_FED = (1000012730952, 1000011730952, "Федотов", "Андрей", "Николаевич", "Male")
T_GRO = (1000012730953, 1000011730953, "Громова", "Светлана", "Павловна", "Female")
T_MIL = (1000012730954, 1000011730954, "Миллер", "Анна", "Юрьевна", "Female")
T_KRA = (1000012730955, 1000011730955, "Кравец", "Денис", "Олегович", "Male")
T_SID = (1000012730956, 1000011730956, "Сидоренко", "Вера", "Андреевна", "Female")  # substitute, week 1
T_TAR = (1000012730957, 1000011730957, "Тарасов", "Илья", "Маркович", "Male")  # substitute, week 2
REGULAR = [T_ZAI, T_POL, T_FED, T_GRO, T_MIL, T_KRA]
TEACHER = {"Математика": T_ZAI, "Русский язык": T_POL, "Литература": T_POL, "История": T_FED, "География": T_FED,
           "Биология": T_GRO, "Английский язык": T_MIL, "Физическая культура": T_KRA}
WEEKDAY = [["Математика", "Русский язык", "Литература", "Английский язык", "Физическая культура"],
           ["Русский язык", "Математика", "История", "Биология", "Литература"],
           ["Математика", "Русский язык", "География", "Английский язык", "Физическая культура"],
           ["Русский язык", "Математика", "История", "Литература", "Биология"],
           ["Математика", "Русский язык", "Английский язык", "География", "Литература"]]
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20")}
ROOM = {"Физическая культура": "спортзал", "Английский язык": "34"}
SUBSTITUTE = {(D(2026, 10, 15), 4): T_SID, (D(2026, 10, 20), 4): T_TAR}
CANCELLED = (D(2026, 10, 23), 5)  # Литература: the teacher fell ill, the class went home (gone from the journal)
W1, W2 = D(2026, 10, 12), D(2026, 10, 19)
TOPICS = {
    "Математика": ["Деление десятичных дробей", "Деление на десятичную дробь", "Решение задач на деление дробей",
                   "Контрольная работа № 2", "Работа над ошибками", "Среднее арифметическое", "Проценты",
                   "Нахождение процентов от числа", "Решение задач на проценты", "Обобщение за четверть"],
    "Русский язык": ["Словообразование", "Морфемный разбор", "Правописание приставок пре- и при-",
                     "Буквы ы и и после приставок", "Сложные слова", "Контрольный диктант", "Анализ диктанта",
                     "Повторение", "Сочинение-описание", "Итоговый урок"],
    "Литература": ["А. С. Пушкин «Дубровский»", "Образ Владимира Дубровского", "Протест героя",
                   "Ф. И. Тютчев «Листья»", "А. А. Фет «Ель рукавом мне тропинку завесила…»",
                   "Внеклассное чтение", "Итоговый урок за четверть"],
    "История": ["Раздробленность Руси", "Владимиро-Суздальское княжество", "Новгородская республика",
                "Монгольское нашествие"],
    "Биология": ["Строение листа", "Видоизменения листьев", "Стебель", "Видоизменения побегов"],
    "Английский язык": ["My day", "Present Simple", "Free time", "Hobbies", "Revision", "Test"],
    "Физическая культура": ["Баскетбол: ведение мяча", "Баскетбол: передачи", "Баскетбол: броски", "Игра"],
    "География": ["Рельеф суши", "Горы", "Равнины", "Практическая работа по карте"],
}
EXTRA_TOPIC = {(D(2026, 10, 15), 2): "Контрольная работа № 2", (D(2026, 10, 21), 2): "Контрольный диктант"}


def lessons():
    out, count = [], {}
    for monday in (W1, W2):
        for wd in range(5):
            day = monday + dt.timedelta(days=wd)
            for n, subject in enumerate(WEEKDAY[wd], 1):
                k = count[subject] = count.get(subject, -1) + 1
                title = EXTRA_TOPIC.get((day, n)) or TOPICS[subject][k % len(TOPICS[subject])]
                off = (day - W1).days * 10 + n
                out.append({"id": 2260325488573500000 + off, "off": off, "day": day, "number": n, "subject": subject,
                            "title": title, "teacher": SUBSTITUTE.get((day, n), TEACHER[subject])})
    return out


LESSONS = lessons()
BY_SLOT = {(l["day"], l["number"]): l for l in LESSONS}

OU, SR, KR = WT_OU, WT_SR, WT_KR
# marks: (date, number, pupil, value as first entered, work type, corrected value or None, deleted later)
MARKS = [
    (D(2026, 10, 12), 1, ANNA, "5", OU, None, False), (D(2026, 10, 12), 1, GLEB, "3", OU, "4", False),
    (D(2026, 10, 12), 2, DARYA, "4", SR, None, False), (D(2026, 10, 12), 4, TIMUR, "5", OU, None, False),
    (D(2026, 10, 13), 2, ANNA, "4", SR, None, False), (D(2026, 10, 13), 2, TIMUR, "3", SR, None, False),
    (D(2026, 10, 13), 3, GLEB, "5", OU, None, False), (D(2026, 10, 13), 4, DARYA, "5", OU, None, False),
    (D(2026, 10, 14), 1, DARYA, "4", OU, None, False), (D(2026, 10, 14), 3, ANNA, "5", OU, None, False),
    (D(2026, 10, 14), 4, GLEB, "4", OU, None, True),  # put on Глеб, ill that day: deleted
    (D(2026, 10, 15), 2, ANNA, "4", KR, None, False), (D(2026, 10, 15), 2, GLEB, "3", KR, None, False),
    (D(2026, 10, 15), 2, DARYA, "5", KR, None, False), (D(2026, 10, 15), 2, TIMUR, "4", KR, None, False),
    (D(2026, 10, 15), 4, ANNA, "5", OU, None, False),
    (D(2026, 10, 16), 1, TIMUR, "4", OU, None, False), (D(2026, 10, 16), 2, ANNA, "4-", OU, None, False),
    (D(2026, 10, 16), 3, DARYA, "5", OU, None, False),
    (D(2026, 10, 19), 1, ANNA, "5", OU, None, False), (D(2026, 10, 19), 3, GLEB, "4", OU, None, False),
    (D(2026, 10, 20), 3, DARYA, "3", OU, None, False), (D(2026, 10, 20), 4, ANNA, "4", SR, None, False),
    (D(2026, 10, 20), 4, TIMUR, "5", SR, None, False),
    (D(2026, 10, 21), 2, ANNA, "5", KR, None, False), (D(2026, 10, 21), 2, GLEB, "4", KR, None, False),
    (D(2026, 10, 21), 2, DARYA, "4", KR, None, False), (D(2026, 10, 21), 2, TIMUR, "3", KR, None, False),
    (D(2026, 10, 22), 2, GLEB, "5", OU, None, False), (D(2026, 10, 22), 5, DARYA, "4", OU, None, False),
    (D(2026, 10, 23), 1, ANNA, "4", OU, None, False), (D(2026, 10, 23), 4, TIMUR, "4", OU, None, False),
]
NO_TEXT = {(D(2026, 10, 13), 3, GLEB[0])}  # F7: textValue null
# attendance: (date, number, pupil, status as first entered, comment, corrected (status, comment) or None, deleted)
LOG = [
    (D(2026, 10, 13), 1, TIMUR, "Late", "опоздал на 5 минут", None, True),  # entered for the wrong pupil: deleted
    *[(D(2026, 10, 14), n, GLEB, "Absent", None, ("Ill", "справка от врача"), False) for n in range(1, 6)],
    (D(2026, 10, 16), 5, DARYA, "Pass", "районная олимпиада по литературе", None, False),
    (D(2026, 10, 20), 1, ANNA, "Late", "", None, False),
    (D(2026, 10, 21), 5, DARYA, "Pass", "освобождена врачом", None, False),
    (D(2026, 10, 22), 4, TIMUR, "Absent", None, None, False),
]
# homework: (date, number) -> (text, due, later text or None, later due or None, withdrawn, form)
HW = {
    (D(2026, 10, 12), 1): ("№ 245, 247 (учебник, с. 58)", D(2026, 10, 13), None, None, False, ""),
    (D(2026, 10, 12), 2): ("Упр. 118", D(2026, 10, 13), None, None, False, ""),
    (D(2026, 10, 13), 3): ("§ 7, вопросы 1–3 на с. 64", D(2026, 10, 15), None, None, False, ""),
    (D(2026, 10, 13), 4): ("§ 6, зарисовать строение листа", D(2026, 10, 20), None, None, False, "no-tasks"),
    (D(2026, 10, 14), 3): ("§ 9, контурная карта с. 4", D(2026, 10, 21), None, None, True, ""),
    (D(2026, 10, 12), 3): ("Выучить наизусть «Листья» Ф. И. Тютчева", D(2026, 10, 19), None, None, False,
                           "no-sent"),
    (D(2026, 10, 16), 1): ("№ 281, 283", D(2026, 10, 19), "№ 281, 283, 285", None, False, ""),
    (D(2026, 10, 16), 3): ("Student's Book p. 34, ex. 5", D(2026, 10, 21), None, D(2026, 10, 23), False, ""),
    (D(2026, 10, 19), 1): ("№ 296, 298", D(2026, 10, 20), None, None, False, ""),
    (D(2026, 10, 19), 2): ("Упр. 134", D(2026, 10, 21), None, None, False, "null-tasks"),
    (D(2026, 10, 20), 4): ("§ 7, вопросы на с. 41", D(2026, 10, 22), None, None, False, ""),
    (D(2026, 10, 22), 3): ("§ 8, пересказ", D(2026, 11, 5), None, None, False, ""),
}
FINAL_SUBJECTS = ["Математика", "Русский язык", "Английский язык"]
FINALS = {  # (pupil, subject): value as of 10-23 (group list), as of 10-24 (Anna's allfinalmarks and later)
    (ANNA, "Математика"): ("4", "5"), (ANNA, "Русский язык"): ("4", "4"), (ANNA, "Английский язык"): ("5", "5"),
    (GLEB, "Математика"): ("4", "4"), (GLEB, "Русский язык"): ("4", "4"), (GLEB, "Английский язык"): ("4", "4"),
    (DARYA, "Математика"): ("5", "5"), (DARYA, "Русский язык"): ("4", "4"), (DARYA, "Английский язык"): ("5", "5"),
    (TIMUR, "Математика"): ("4", "4"), (TIMUR, "Русский язык"): ("3", "3"), (TIMUR, "Английский язык"): ("5", "5"),
}


def ids(n, camel=False, with_str=True):
    if not with_str:
        return {"id": n}
    return {"id": n, ("idStr" if camel else "id_str"): str(n)}


def tz(stamp):
    return stamp + "+05:00"


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": tz(pulled)}


def person(p, user_form="null"):
    pid, uid, last, first, middle, sex = p
    out = {**ids(pid)}
    if uid is not None:
        out.update(userId=uid, userId_str=str(uid))
    elif user_form == "null":  # F17
        out.update(userId=None, userId_str=None)
    out.update(firstName=first, lastName=last, middleName=middle, shortName=f"{last} {first[0]}. {middle[0]}.",
               sex=sex)
    return out


def school_teacher(t, degree_key):  # §3.9 PascalCase, F19
    pid, uid, last, first, middle, sex = t
    subjects = ", ".join(s for s, x in TEACHER.items() if x == t)
    return {"Id": pid, "IdStr": str(pid), "UserId": uid, "UserIdStr": str(uid), "FirstName": first,
            "LastName": last, "MiddleName": middle, "ShortName": f"{last} {first[0]}. {middle[0]}.", "Sex": sex,
            "DateBirth": "1980-01-01T00:00:00", "Email": "", "Subjects": subjects, "HouseMaster": t == T_POL,
            "Education": "Высшее", degree_key: "", "StartDate": "2010-09-01T00:00:00",
            "PedagogicalActivityDate": "2005-09-01T00:00:00", "ManagingEmployee": False, "NameManagingPosition": "",
            "TeachingStaff": True, "NameTeacherPosition": "Учитель", "TrainingAndSupportStaff": False,
            "ServicePersonnel": False, "MedicalWorker": False, "NameMedicalPosition": "", "ExternalPartTime": False}


def group_obj():
    return {**ids(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "6Б", "fullName": "",
            "parallel": 6, "timetable": TT, "timetable_str": str(TT), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ «Лицей № 73»", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                                           "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [G]}
                                          for c in children], "splitId": None}


def rpg():
    periods = [(Q1, "2026-09-01", "2026-10-25", 1, "1 четверть"), (1000007730002, "2026-11-04", "2026-12-28", 2,
                                                                   "2 четверть"),
               (1000007730003, "2027-01-11", "2027-03-21", 3, "3 четверть"),
               (1000007730004, "2027-03-30", "2027-05-26", 4, "4 четверть")]
    hols = [(1000008730001, "2026-10-26", "2026-11-03", "Осенние каникулы"),
            (1000008730002, "2026-12-29", "2027-01-10", "Зимние каникулы")]
    return {"id": RPG, "reportingPeriods": [
        {**ids(i), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter", "name": nm,
         "year": 2026} for i, a, b, n, nm in periods],
        "holidays": [{"id": i, "reportingPeriodGroupId": RPG, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": nm, "description": ""} for i, a, b, nm in hols]}


def timetable():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def default_work(l):
    return 2260325488573600000 + l["off"]


def hw_work(l):
    return 2260325488573700000 + l["off"]


def works_of(l, form, pulled):
    """§3.2: the lesson's default work (its marks' column) and its homework, if any. form "A": the camel / null
    forms, "B": the snake / filled forms."""
    subj = SUBJECTS[l["subject"]][0]
    mt = "Mark5" if form == "A" else "mark5"  # F6
    common = {"lesson": l["id"], "lesson_str": str(l["id"]), "eduGroup": G, "eduGroup_str": str(G),
              "periodNumber": 1, "periodType": "Quarter", "subjectId": subj, "createdBy": l["teacher"][0],
              "oneDriveLinks": []}
    wt = WT_KR if (l["day"], l["number"]) in EXTRA_TOPIC else WT_OU
    out = [{**ids(default_work(l)), "type": "DefaultNewLessonWork", "workType": wt, "markType": mt, "markCount": 1,
            "displayInJournal": True, "status": "Sent", "tasks": [], "text": None if form == "A" else "",  # F9
            "isImportant": wt == WT_KR, "targetDate": f"{l['day']}T00:00:00", "sentDate": None,
            "files": None if form == "A" else [], **common}]
    hw = HW.get((l["day"], l["number"]))
    if hw:
        text, due, text2, due2, _, hwform = hw
        late = pulled >= "2026-10-24"
        text, due = (text2 or text, due2 or due) if late else (text, due)
        w = {**ids(hw_work(l)), "type": "Homework", "workType": WT_DZ, "markType": mt, "markCount": 1,
             "displayInJournal": False, "status": "Sent"}
        tasks = [{**ids(2260325488573900000 + l["off"] * 10 + i), "person": p[0], "person_str": str(p[0]),
                  "work": hw_work(l), "work_str": str(hw_work(l)), "status": None if form == "A" else "NotStarted",
                  "targetDate": f"{due}T00:00:00"} for i, p in enumerate(PUPILS)]  # F7-like: Task.status Optional
        if hwform == "no-tasks" and form == "A":
            pass  # F11: absent
        elif hwform == "null-tasks" and form == "B":
            w["tasks"] = None  # F11: null
        else:
            w["tasks"] = tasks
        w.update(text=text, isImportant=False, targetDate=f"{due}T00:00:00",
                 sentDate=None if (hwform == "no-sent" and form == "A") else  # F10
                 f"{l['day']}T{BELLS[l['number']][1]}:1{l['number']}.{l['number'] * 7}",
                 files=None if form == "A" else [], **common)
        out.append(w)
    return out


def entity_lesson(l, form, pulled):
    subj, area, _ = SUBJECTS[l["subject"]]
    planned = pulled[:10] < str(l["day"])
    out = {**ids(l["id"], with_str=form == "B"),  # F8
           "title": None if (form == "A" and planned) else l["title"],  # F8
           "date": f"{l['day']}T{BELLS[l['number']][0]}:00", "number": l["number"],
           "subject": {**ids(subj, camel=form == "A"), "name": l["subject"], "knowledgeArea": area,  # F2
                       "fgosSubjectId": None},
           "group": G, "status": "Planned" if planned else "Conducted", "resultPlaceId": 0,
           "works": works_of(l, form, pulled), "teachers": [l["teacher"][0]],
           ("teachersStr" if form == "A" else "teachers_str"): [str(l["teacher"][0])]}  # F3
    return out


def held(l, pulled):
    return not ((l["day"], l["number"]) == CANCELLED and pulled >= "2026-10-23T09")


def lessons_range(a, b, form, pulled):
    return [entity_lesson(l, form, pulled) for l in LESSONS if a <= l["day"] <= b and held(l, pulled)]


def mark_value(m, pulled):
    return m[5] if (m[5] and pulled >= "2026-10-24") else m[3]


def mark_obj(m, form, pulled):
    day, n, p, _, wt, _, _ = m
    l = BY_SLOT[(day, n)]
    value = mark_value(m, pulled)
    mid = 2260325488573800000 + l["off"] * 10 + PUPILS.index(p)
    stamp = f"{day}T{BELLS[n][1]}:{10 + PUPILS.index(p) * 7:02d}"
    out = {**ids(mid), "type": "Mark5" if form == "A" else "mark5", "value": value,  # F6
           "textValue": None if (day, n, p[0]) in NO_TEXT else value,  # F7
           "person": p[0], ("personStr" if form == "A" else "person_str"): str(p[0]),  # F1
           "work": default_work(l), "work_str": str(default_work(l)),
           "lesson": l["id"], ("lessonStr" if form == "A" else "lesson_str"): str(l["id"]),  # F1
           "number": "0" if form == "A" else 0,  # F4
           "date": stamp if form == "A" else f"{stamp}.{(n * 137 + PUPILS.index(p) * 11) % 1000:0{1 + n % 3}d}"[:27],
           "workType": wt, "mood": {"5": "Good", "4": "Good", "4-": "Good", "3": "Average"}[value],
           "use_avg_calc": True}
    return out


def marks_range(a, b, form, pulled, person=None):
    return [mark_obj(m, form, pulled) for m in MARKS if a <= m[0] <= b and not (m[6] and pulled >= "2026-10-24")
            and (person is None or m[2] == person)]


def log_state(e, pulled):
    if e[5] and pulled >= "2026-10-24":
        return e[5]
    return e[3], e[4]


def log_obj(e, form, pulled):
    day, n, p = e[0], e[1], e[2]
    status, comment = log_state(e, pulled)
    l = BY_SLOT[(day, n)]
    return {"person": p[0], "person_str": str(p[0]), "lesson": l["id"], "lesson_str": str(l["id"]),
            "comment": comment if (comment is not None or form == "A") else "",  # F16
            "status": status, "createdDate": f"{day}T{BELLS[n][0]}:0{n}.{n * 3}"}


def log_range(a, b, form, pulled, person=None):
    return [log_obj(e, form, pulled) for e in LOG if a <= e[0] <= b and not (e[6] and pulled >= "2026-10-24")
            and (person is None or e[2] == person)]


def flat_lesson(l, form, pulled, bundle):
    """§3.4 flattened lesson of the schedules and homeworks bundles."""
    subj = SUBJECTS[l["subject"]][0]
    hours = f"{BELLS[l['number']][0]} - {BELLS[l['number']][1]}"
    e = entity_lesson(l, "B", pulled)
    out = {"id": l["id"], "title": e["title"], "date": e["date"],
           "number": str(l["number"]) if (bundle == "hw" and form == "A") else l["number"],  # F13
           "subjectId": subj, "status": e["status"], "resultPlaceId": 0, "building": "Главный корпус",
           "place": ROOM.get(l["subject"], "21"), "floor": "2",
           "hours": None if (bundle == "hw" and form == "A") else hours,  # F13
           "works": [w["id"] for w in works_of(l, form, pulled)], "teachers": [l["teacher"][0]]}
    if bundle == "hw" and form == "B":
        out["teachers_str"] = [str(l["teacher"][0])]
    return out


def bundle_subject(name, form):  # F12
    sid, area, area_id = SUBJECTS[name]
    if form == "A":
        return {"id": sid, "name": name, "knowledgeAreaId": area_id}
    return {"id": sid, "id_str": str(sid), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def homework_bundle(a, b, form, pulled):
    works, ls, teachers, subjects = [], [], {}, {}
    for l in LESSONS:
        hw = HW.get((l["day"], l["number"]))
        if not hw or not a <= l["day"] <= b or (hw[4] and pulled >= "2026-10-24"):
            continue
        works += [w for w in works_of(l, form, pulled) if w["type"] == "Homework"]
        ls.append(flat_lesson(l, form, pulled, "hw"))
        teachers[l["teacher"][0]] = person(l["teacher"])
        subjects[l["subject"]] = bundle_subject(l["subject"], form)
    return {"works": works, "subjects": list(subjects.values()), "lessons": ls, "files": [],
            "teachers": list(teachers.values())}


def schedules(p, a, b, form, pulled):
    """persons/{p}/groups/{g}/schedules (§0): form A: offset day dates, wrapped teachers (F14, F15)."""
    days, day = [], a
    while day <= b:
        ls = [l for l in LESSONS if l["day"] == day and held(l, pulled)]
        works = [w for l in ls for w in works_of(l, form, pulled)]
        stamp = f"{day}T00:00:00" + ("+05:00" if form == "A" else "")
        teachers = [person(t) for t in sorted({l["teacher"] for l in ls})]
        days.append({"date": stamp, "lessons": [flat_lesson(l, form, pulled, "sch") for l in ls],
                     "marks": [mark_obj(m, form, pulled) for m in MARKS if m[2] == p and m[0] == day
                               and not (m[6] and pulled >= "2026-10-24")],
                     "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
                     "subjects": [bundle_subject(l["subject"], "A") for l in ls],
                     "workTypes": [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": k == "PeriodMark",
                                    "isImportant": i == WT_KR, "kindId": 0, "kind": k}
                                   for i, k, t, ab, _ in WORK_TYPES],
                     "lessonLogEntries": [log_obj(e, form, pulled) for e in LOG if e[2] == p and e[0] == day
                                          and not (e[6] and pulled >= "2026-10-24")],
                     "teachers": [{"person": t, "role": "EduStaff"} for t in teachers] if form == "A" else teachers,
                     "nextDate": None})
        day += dt.timedelta(days=1)
    for i, d in enumerate(days):
        nxt = dt.date.fromisoformat(d["date"][:10]) + dt.timedelta(days=1)
        d["nextDate"] = f"{nxt}T00:00:00" + ("+05:00" if form == "A" else "")
    return {"days": days}


def final_mark_id(p, subject):
    return 2260325488574000000 + FINAL_SUBJECTS.index(subject) * 10 + PUPILS.index(p)


def period_work(subject):
    return 2260325488574100000 + FINAL_SUBJECTS.index(subject)


def final_mark(p, subject, value, lesson_form):
    out = {**ids(final_mark_id(p, subject)), "type": "mark5", "value": value, "textValue": value,
           "person": p[0], "person_str": str(p[0]), "work": period_work(subject),
           "work_str": str(period_work(subject))}
    if lesson_form == "null":  # F20: §8.4
        out.update(lesson=None, lesson_str=None)
    out.update(number=0, date="2026-10-23T15:4%d:0%d.5" % (FINAL_SUBJECTS.index(subject), PUPILS.index(p)),
               workType=WT_Q, mood="Good" if value in ("4", "5") else "Average", use_avg_calc=False)
    return out


def final_marks_list(which, lesson_form):
    return [{"person": p[0], "person_str": str(p[0]), "group": G, "group_str": str(G), "reportingPeriod": Q1,
             "reportingPeriod_str": str(Q1),
             "per-subject-final-marks": [{"subject": SUBJECTS[s][0], "subject_str": str(SUBJECTS[s][0]),
                                          "final-mark": final_mark(p, s, FINALS[(p, s)][which], lesson_form)}
                                         for s in FINAL_SUBJECTS]} for p in PUPILS]


def all_final_marks(p, which):
    """persons/{p}/edu-groups/{g}/allfinalmarks (§3.13): the object form (F20), lesson absent."""
    works = [{**ids(period_work(s)), "type": "PeriodMark", "workType": WT_Q, "markType": "mark5", "markCount": 1,
              "lesson": None, "lesson_str": None, "displayInJournal": True, "status": "Sent", "eduGroup": G,
              "eduGroup_str": str(G), "tasks": [], "text": "", "periodNumber": 1, "periodType": "Quarter",
              "subjectId": SUBJECTS[s][0], "isImportant": False, "targetDate": "2026-10-23T00:00:00",
              "sentDate": None, "createdBy": TEACHER[s][0], "files": [], "oneDriveLinks": []} for s in FINAL_SUBJECTS]
    return {"marks": [final_mark(p, s, FINALS[(p, s)][which], "absent") for s in FINAL_SUBJECTS], "works": works,
            "subjects": [bundle_subject(s, "B") for s in FINAL_SUBJECTS],
            "workTypes": [{"id": WT_Q, "schoolId": S, "abbreviation": "Ч", "name": "Четвертная отметка",
                           "isFinal": True, "isImportant": False, "kindId": 0, "kind": "PeriodMark"}]}


def work_types(with_str):
    return [{**ids(i, with_str=with_str), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
             "weight": w} for i, k, t, ab, w in WORK_TYPES]  # F18


def seq(stamp):
    base = dt.datetime.fromisoformat(stamp)
    n = [0]

    def at():
        n[0] += 1
        return (base + dt.timedelta(minutes=n[0] - 1)).isoformat()
    return at


def main():
    at = seq("2026-10-11T19:00:00")
    setup = [
        rec(f"GET /v2/schools/{S}", {**ids(S), "name": "МАОУ «Лицей № 73»",
                                     "fullName": "Муниципальное автономное общеобразовательное учреждение «Лицей № 73»",
                                     "avatarSmall": None, "city": "Пермь", "municipality": "г. Пермь", "regionId": 59,
                                     "markType": "mark5", "timeZone": 5, "uses_avg": True, "uses_weighted_avg": True,
                                     "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "59."}, at()),
        rec(f"GET /v2/work-types/{S}", work_types(True), at()),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj()], at()),
        rec(f"GET /v2/edu-groups/{G}/persons", [person(p, "null") for p in PUPILS], at()),
        rec(f"GET /v2/schools/{S}/teachers", [school_teacher(t, "ScientificDegree") for t in REGULAR], at()),
        rec(f"GET /v2/edu-groups/{G}/timetables", timetable(), at()),
        rec(f"GET /v2/users/{MARINA[1]}/context", context(MARINA, [ANNA]), at()),
        rec(f"GET /v2/users/{PAVEL[1]}/context", context(PAVEL, [GLEB]), at()),
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), at()),
    ]
    sat1, sun1, sat2, sun2 = W1 + dt.timedelta(days=5), W1 + dt.timedelta(days=6), W2 + dt.timedelta(days=5), \
        W2 + dt.timedelta(days=6)

    at = seq("2026-10-11T19:20:00")
    plan1 = [rec(f"GET /v2/edu-groups/{G}/lessons/{W1}/{sat1}", lessons_range(W1, sat1, "A", "2026-10-11T19:20"), at())]

    at = seq("2026-10-17T18:00:00")
    eve1 = []
    t = at()
    eve1.append(rec(f"GET /v2/edu-groups/{G}/marks/{W1}/{sun1}", marks_range(W1, sun1, "A", t), t))
    t = at()
    eve1.append(rec(f"GET /v2/edu-groups/{G}/lessons/{W1}/{sat1}", lessons_range(W1, sat1, "B", t), t))
    t = at()
    eve1.append(rec(f"GET /v2/lesson-log-entries/group/{G}?from={W1}&to={sun1}", log_range(W1, sun1, "A", t), t))
    t = at()
    eve1.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={W1}&endDate={sun1}",
                    homework_bundle(W1, sun1, "A", t), t))
    for p in (ANNA, GLEB):
        t = at()
        eve1.append(rec(f"GET /v2/persons/{p[0]}/groups/{G}/schedules?startDate={W1}&endDate={sat1}",
                        schedules(p, W1, sat1, "A", t), t))

    at = seq("2026-10-18T19:20:00")
    plan2 = [rec(f"GET /v2/edu-groups/{G}/lessons/{W2}/{sat2}", lessons_range(W2, sat2, "A", "2026-10-18T19:20"), at())]

    t = "2026-10-23T20:00:00"
    finals1 = [rec(f"GET /v2/edu-groups/{G}/final-marks", final_marks_list(0, "null"), t)]
    t = "2026-10-24T10:30:00"
    finals2 = [rec(f"GET /v2/persons/{ANNA[0]}/edu-groups/{G}/allfinalmarks", all_final_marks(ANNA, 1), t)]

    at = seq("2026-10-24T18:00:00")
    eve2 = [rec(f"GET /v2/work-types/{S}", work_types(False), at()),
            rec(f"GET /v2/edu-groups/{G}/persons", [person(p, "absent") for p in PUPILS], at()),
            rec(f"GET /v2/schools/{S}/teachers", [school_teacher(x, "scientificDegree") for x in REGULAR], at())]
    t = at()
    eve2.append(rec(f"GET /v2/edu-groups/{G}/marks/{W1}/{sun2}", marks_range(W1, sun2, "B", t), t))
    t = at()
    eve2.append(rec(f"GET /v2/edu-groups/{G}/lessons/{W2}/{sat2}", lessons_range(W2, sat2, "B", t), t))
    t = at()
    eve2.append(rec(f"GET /v2/lesson-log-entries/group/{G}?from={W1}&to={sun2}", log_range(W1, sun2, "B", t), t))
    t = at()
    eve2.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={W1}&endDate={sun2}",
                    homework_bundle(W1, sun2, "B", t), t))
    for p in (ANNA, GLEB):
        t = at()
        eve2.append(rec(f"GET /v2/persons/{p[0]}/groups/{G}/schedules?startDate={W2}&endDate={sat2}",
                        schedules(p, W2, sat2, "B", t), t))
    t = at()
    eve2.append(rec(f"GET /v2/edu-groups/{G}/final-marks", final_marks_list(1, "null"), t))
    # a re-send: the retry of week 1's evening marks range (the job lost the answer's acknowledgement), pulled then
    resend = [eve1[0]]

    steps = [
        ("1. school, work types, class, pupils, teachers, bells, parents, quarters (Sun 2026-10-11 19:00)", [setup]),
        ("2. week 1 as planned: topics not filled yet (Sun 2026-10-11 19:20)", [plan1]),
        ("3. week 1 evening pull: camel twins, Mark5, string numbers, offset days, wrapped teachers "
         "(Sat 2026-10-17 18:00)", [eve1]),
        ("4. week 2 as planned (Sun 2026-10-18 19:20)", [plan2]),
        ("5. the quarter marks as the group's list (Fri 2026-10-23 20:00)", [finals1]),
        ("6. Анна's quarter marks as the allfinalmarks object: Математика raised to 5 (Sat 2026-10-24 10:30)",
         [finals2]),
        ("7. week 2 evening pull over the fortnight: snake twins, corrections, deletions by omission "
         "(Sat 2026-10-24 18:00)", [eve2]),
        ("8. a late retry of week 1's marks range, pulled 2026-10-17 (delivered after step 7)", [resend]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ «Лицей № 73» (Пермь, UTC+5), 6Б, 2026-10-12..10-24, the end of the first quarter: every "
                       "shape the public client models disagree on, one answer one way and a later one the other way, "
                       "with marks, homework, attendance, corrections, deletions and quarter marks.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Лицей № 73»"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
