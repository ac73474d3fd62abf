"""Write journey.json: «Гимназия № 82» (Екатеринбург, UTC+5), Dnevnik.ru, class 7Б and its two English subgroups,
the last fortnight of the third quarter (2026-03-10..03-20, Monday 03-09 a transferred day off), the spring break
(03-21..03-29) and the first three days of the fourth quarter (03-30..04-01), as the school's sync job pulls them.

The theme: quarter (period) final marks set on the last day, one subject's set during the break, one corrected and
one deleted after the quarter ended; marks entered late (in the break, and on the first day of the next quarter)
for lessons of the finished quarter; a pupil (Денисов Максим) who leaves the class in the quarter's last week after
his quarter marks were set early; the journal's own averages (`avg-marks`, `wa-marks`) over the quarter, pulled
before and after the late marks; and answers delivered out of pull order (a failed record re-sent in a later batch).

Standard library only; deterministic. Sections (§) are those of shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
D = dt.date
S = 1000002820082  # the school (13-digit, §1)
G = 2260325488582100071  # 7Б (19-digit ids above 2^53, §1)
EN1, EN2 = 2260325488582100172, 2260325488582100273  # 7Б English subgroups (§3.8 parentIds)
GCODE = {G: 1, EN1: 2, EN2: 3}
TT = 1000006820071
RPG = 1000009820071
TZ = "+05:00"

# work types, standalone shape (§3.3): (id, kind, title, abbr, weight)
WT_OU, WT_SR, WT_KR, WT_DZ, WT_Q, WT_Y = 2821, 2822, 2823, 2824, 2825, 2826
WORK_TYPES = [
    (WT_OU, "DefaultNewLessonWork", "Ответ на уроке", "ОУ", 1),
    (WT_SR, "CommonWork", "Самостоятельная работа", "СР", 2),
    (WT_KR, "LessonTestWork", "Контрольная работа", "КР", 3),
    (WT_DZ, "Homework", "Домашнее задание", "ДЗ", 1),
    (WT_Q, "PeriodMark", "Четвертная отметка", "Ч", 1),
    (WT_Y, "PeriodMark", "Годовая отметка", "Г", 1),
]
WT_KIND = {w[0]: w[1] for w in WORK_TYPES}

SUBJECTS = [  # (name, id, knowledge area) -- index = the subject's small number in period-mark ids
    ("Алгебра", 1000003820001, "Математика и информатика"),
    ("Геометрия", 1000003820002, "Математика и информатика"),
    ("Русский язык", 1000003820003, "Русский язык и литература"),
    ("Литература", 1000003820004, "Русский язык и литература"),
    ("Английский язык", 1000003820005, "Иностранные языки"),
    ("История", 1000003820006, "Общественно-научные предметы"),
    ("Физика", 1000003820007, "Естественно-научные предметы"),
    ("Биология", 1000003820008, "Естественно-научные предметы"),
    ("География", 1000003820009, "Общественно-научные предметы"),
    ("Информатика", 1000003820010, "Математика и информатика"),
    ("Физическая культура", 1000003820011, "Физическая культура"),
    ("Музыка", 1000003820012, "Искусство"),
    ("Технология", 1000003820013, "Технология"),
]
SUBJ = {name: (i, sid, area) for i, (name, sid, area) in enumerate(SUBJECTS)}
EN = "Английский язык"

# persons: (person id, user id, last, first, middle, sex)
ABR = (1000012820701, 1000011820701, "Абрамова", "Полина", "Евгеньевна", "Female")
BEL = (1000012820702, 1000011820702, "Белов", "Артём", "Игоревич", "Male")
GOL = (2260325488582300703, 2260325488582400703, "Голубева", "Дарья", "Сергеевна", "Female")
DEN = (1000012820704, 1000011820704, "Денисов", "Максим", "Андреевич", "Male")
ERS = (1000012820705, 1000011820705, "Ершова", "Ксения", "Павловна", "Female")
ZHU = (1000012820706, 1000011820706, "Жуков", "Илья", "Романович", "Male")
ZAY = (2260325488582300707, 2260325488582400707, "Зайцева", "Алиса", "Олеговна", "Female")
IVA = (1000012820708, 1000011820708, "Иванов", "Тимофей", "Дмитриевич", "Male")
PUPILS = [ABR, BEL, GOL, DEN, ERS, ZHU, ZAY, IVA]
SUB_OF = {ABR: EN1, GOL: EN1, ERS: EN1, ZAY: EN1, BEL: EN2, DEN: EN2, ZHU: EN2, IVA: EN2}
MEMBERS = {G: PUPILS, EN1: [p for p in PUPILS if SUB_OF[p] == EN1], EN2: [p for p in PUPILS if SUB_OF[p] == EN2]}
LEFT_AT = "2026-03-18T09:40"  # the office archives Максим's memberships (§3.8 Archive): he moves to Тюмень
P_ABR = (1000012820901, 1000011820901, "Абрамова", "Елена", "Викторовна", "Female")
P_GOL = (1000012820903, 1000011820903, "Голубев", "Сергей", "Николаевич", "Male")
P_DEN = (1000012820904, 1000011820904, "Денисова", "Ирина", "Юрьевна", "Female")
PARENTS = [(P_ABR, [ABR]), (P_GOL, [GOL]), (P_DEN, [DEN])]

T_SOK = (1000012820950, 1000011820950, "Соколова", "Марина", "Викторовна", "Female")
T_PAH = (1000012820951, 1000011820951, "Пахомова", "Ольга", "Ивановна", "Female")
T_TRE = (1000012820952, 1000011820952, "Третьякова", "Анна", "Сергеевна", "Female")
T_LOM = (1000012820953, 1000011820953, "Ломов", "Денис", "Андреевич", "Male")
T_KUZ = (1000012820954, 1000011820954, "Кузнецов", "Игорь", "Петрович", "Male")
T_FRO = (1000012820955, 1000011820955, "Фролова", "Нина", "Алексеевна", "Female")
T_CHE = (1000012820956, 1000011820956, "Чернова", "Светлана", "Юрьевна", "Female")
T_SHI = (1000012820957, 1000011820957, "Широков", "Алексей", "Викторович", "Male")
T_MEL = (1000012820958, 1000011820958, "Мельникова", "Татьяна", "Павловна", "Female")
TEACHER = {"Алгебра": T_SOK, "Геометрия": T_SOK, "Русский язык": T_PAH, "Литература": T_PAH, "История": T_KUZ,
           "География": T_KUZ, "Физика": T_FRO, "Информатика": T_FRO, "Биология": T_CHE,
           "Физическая культура": T_SHI, "Музыка": T_MEL, "Технология": T_MEL}
ROOM = {"Алгебра": "305", "Геометрия": "305", "Русский язык": "308", "Литература": "308", "История": "301",
        "География": "301", "Физика": "214", "Информатика": "216", "Биология": "210",
        "Физическая культура": "Спортзал", "Музыка": "Актовый зал", "Технология": "Мастерская 104"}
EN_ROOM = {EN1: "311", EN2: "312"}
EN_TEACHER = {EN1: T_TRE, EN2: T_LOM}

WEEKDAY = [  # 7Б's timetable by weekday (0 = Monday), lessons 1..6; EN = both subgroups at that number
    ["Алгебра", "Русский язык", "История", EN, "Физика", "Физическая культура"],
    ["Геометрия", "Литература", "Биология", "Русский язык", EN, "Информатика"],
    ["Алгебра", "Русский язык", "География", "Физика", "Литература", "Физическая культура"],
    ["Геометрия", EN, "История", "Биология", "Русский язык", "Музыка"],
    ["Алгебра", "Литература", "География", "Русский язык", "Технология", "Технология"],
]
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:50", "10:30"), 4: ("10:50", "11:30"),
         5: ("11:40", "12:20"), 6: ("12:30", "13:10")}

PERIODS = [  # (id, start, finish, number, name): §3.12, §8.4
    (1000007820001, "2025-09-01", "2025-10-24", 1, "1 четверть"),
    (1000007820002, "2025-11-05", "2025-12-26", 2, "2 четверть"),
    (1000007820003, "2026-01-12", "2026-03-20", 3, "3 четверть"),
    (1000007820004, "2026-03-30", "2026-05-26", 4, "4 четверть"),
]
Q3 = PERIODS[2]
HOLIDAYS = [
    (1000008820001, "2025-10-25", "2025-11-04", "Осенние каникулы", ""),
    (1000008820002, "2025-12-27", "2026-01-11", "Зимние каникулы", ""),
    (1000008820003, "2026-02-23", "2026-02-23", "День защитника Отечества", ""),
    (1000008820004, "2026-03-09", "2026-03-09", "Выходной день (перенос с 08.03)",
     "Международный женский день пришёлся на воскресенье"),
    (1000008820005, "2026-03-21", "2026-03-29", "Весенние каникулы", ""),
    (1000008820006, "2026-05-01", "2026-05-01", "Праздник Весны и Труда", ""),
    (1000008820007, "2026-05-11", "2026-05-11", "Выходной день (перенос с 09.05)", ""),
]
Q3_DAYS = [D(2026, 3, d) for d in (10, 11, 12, 13, 16, 17, 18, 19, 20)]
Q4_DAYS = [D(2026, 3, 30), D(2026, 3, 31), D(2026, 4, 1)]

TOPICS = {
    "Алгебра": ["Разложение на множители: вынесение общего множителя", "Способ группировки",
                "Формулы сокращённого умножения: квадрат суммы", "Разность квадратов",
                "Подготовка к контрольной работе", "Контрольная работа № 6 «Формулы сокращённого умножения»",
                "Анализ контрольной работы. Линейные уравнения с двумя переменными", "Системы линейных уравнений",
                "Способ подстановки"],
    "Геометрия": ["Признаки параллельности прямых", "Аксиома параллельных прямых", "Решение задач",
                  "Сумма углов треугольника", "Внешний угол треугольника", "Прямоугольные треугольники",
                  "Свойства прямоугольных треугольников"],
    "Русский язык": ["Деепричастный оборот", "Запятые при деепричастном обороте", "Раздельное написание НЕ с "
                     "деепричастиями", "Деепричастия совершенного и несовершенного вида", "Морфологический разбор "
                     "деепричастия", "Диктант с грамматическим заданием", "Работа над ошибками", "Наречие как часть "
                     "речи", "Повторение: причастие и деепричастие", "Наречие: смысловые группы",
                     "Степени сравнения наречий", "Морфологический разбор наречия"],
    "Литература": ["Н. В. Гоголь. «Тарас Бульба»: Остап и Андрий", "«Тарас Бульба»: сцена казни",
                   "Сочинение по повести «Тарас Бульба»", "И. С. Тургенев. «Записки охотника»", "И. С. Тургенев. «Бирюк»",
                   "Н. А. Некрасов. «Русские женщины»", "Внеклассное чтение", "И. С. Тургенев. «Хорь и Калиныч»",
                   "Стихотворения в прозе И. С. Тургенева"],
    EN: ["Unit 6. Sport and Leisure", "Unit 6. Present Perfect vs Past Simple", "Unit 6. Reading: Olympic Games",
         "Unit 6. Test", "Unit 7. Famous People", "Unit 7. Vocabulary", "Unit 7. Listening", "Unit 7. Reported Speech"],
    "История": ["Смута в России", "Окончание Смутного времени", "Россия при первых Романовых",
                "Экономическое развитие России в XVII в.", "Соборное уложение 1649 г."],
    "Физика": ["Давление твёрдых тел", "Давление газа", "Закон Паскаля", "Лабораторная работа № 8",
               "Давление в жидкости и газе", "Сообщающиеся сосуды", "Атмосферное давление"],
    "Биология": ["Класс Земноводные", "Класс Пресмыкающиеся", "Класс Птицы: внешнее строение",
                 "Лабораторная работа «Строение пера птицы»", "Класс Птицы: размножение", "Многообразие птиц",
                 "Класс Млекопитающие"],
    "География": ["Африка: природные зоны", "Население Африки", "Практическая работа по Африке",
                  "Австралия: географическое положение", "Австралия: природа", "Океания"],
    "Информатика": ["Текстовые документы", "Форматирование текста", "Списки и таблицы в тексте"],
    "Физическая культура": ["Лыжная подготовка: попеременный двухшажный ход", "Лыжная подготовка: подъёмы",
                            "Лыжная подготовка: зачёт 2 км", "Волейбол: верхняя передача", "Баскетбол: ведение"],
    "Музыка": ["Музыкальная драматургия", "Симфоническая музыка"],
    "Технология": ["Проектная работа: выбор темы", "Проектная работа: выбор темы (продолжение)",
                   "Проектная работа: технология изготовления", "Проектная работа: технология изготовления (продолжение)"],
}


def ids(n):
    return {"id": n, "id_str": str(n)}


def stamp(s):
    """A pull time, the school's wall clock with its offset (Екатеринбург, UTC+5)."""
    return s + TZ if len(s) > 16 else s + ":00" + TZ


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body, "pulled_at": stamp(pulled)}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": str(uid), "firstName": first, "lastName": last,
            "middleName": middle, "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


def group_obj(g):
    if g == G:
        return {**ids(G), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "7Б", "fullName": "",
                "parallel": 7, "timetable": TT, "timetable_str": str(TT), "status": "Active", "studyyear": 2025,
                "educationType": "Regular", "subjects": [], "journaltype": "Default"}
    t = EN_TEACHER[g]
    return {**ids(g), "parentIds": [G], "parentIds_str": [str(G)], "type": "Subgroup",
            "name": "7Б Английский язык, 1 группа" if g == EN1 else "7Б Английский язык, 2 группа",
            "fullName": f"{t[2]} {t[3]} {t[4]}", "parallel": 7, "timetable": TT, "timetable_str": str(TT),
            "status": "Active", "studyyear": 2025, "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def member(p, t):
    """Whether the pupil is an active member of 7Б (and his subgroup) as of pull time t."""
    return not (p is DEN and t >= LEFT_AT)


# --- lessons and works ----------------------------------------------------------------------------------------


def plan():
    out, counters = [], {}
    for day in Q3_DAYS + Q4_DAYS:
        for n, subject in enumerate(WEEKDAY[day.weekday()], 1):
            for g in ((EN1, EN2) if subject == EN else (G,)):
                key = (g if subject == EN else G, subject)
                counters[key] = counters.get(key, 0) + 1
                topics = TOPICS[subject]
                title = topics[(counters[key] - 1) % len(topics)]
                if subject == EN and g == EN2:
                    title = TOPICS[EN][(counters[key]) % len(TOPICS[EN])]  # the other group is a lesson ahead
                lid = 2260325488582500000 + GCODE[g] * 100000 + (day - D(2026, 1, 1)).days * 10 + n
                teacher = EN_TEACHER[g] if subject == EN else TEACHER[subject]
                room = EN_ROOM[g] if subject == EN else ROOM[subject]
                out.append({"id": lid, "g": g, "day": day, "number": n, "subject": subject, "title": title,
                            "teacher": teacher, "room": room, "q": 3 if day < D(2026, 3, 21) else 4})
    return out


LESSONS = plan()


def lesson_at(day, n, g=G):
    return next(l for l in LESSONS if l["day"] == day and l["number"] == n and l["g"] == g)


def work_id(lesson, k):
    """k: 0 the default work (ОУ), 1 a самостоятельная, 2 a контрольная, 5 the homework."""
    return 2260325488590000000 + (lesson["id"] % 1000000) * 10 + k


EXTRA_WORKS = {  # (day, number) -> (k, kind, work type, title): columns the teacher made in advance
    (D(2026, 3, 10), 4): (1, "CommonWork", WT_SR, "Самостоятельная работа «Деепричастный оборот»"),
    (D(2026, 3, 12), 1): (1, "CommonWork", WT_SR, "Самостоятельная работа «Параллельные прямые»"),
    (D(2026, 3, 16), 1): (1, "CommonWork", WT_SR, "Самостоятельная работа «Разность квадратов»"),
    (D(2026, 3, 20), 1): (2, "LessonTestWork", WT_KR, "Контрольная работа № 6"),
}

# homework: (day, number, group or None for 7Б) -> (text, due)
HW = {
    (D(2026, 3, 10), 1, G): ("№ 312, 315", D(2026, 3, 12)),
    (D(2026, 3, 10), 2, G): ("Прочитать «Тарас Бульба», гл. 7–9", D(2026, 3, 13)),
    (D(2026, 3, 11), 1, G): ("№ 845 (а–г)", D(2026, 3, 13)),
    (D(2026, 3, 11), 4, G): ("§ 38, упр. 19 (1, 2)", D(2026, 3, 16)),
    (D(2026, 3, 12), 2, EN1): ("Workbook p. 58, ex. 3, 4", D(2026, 3, 17)),
    (D(2026, 3, 12), 2, EN2): ("SB p. 102, ex. 7 (письменно)", D(2026, 3, 17)),
    (D(2026, 3, 12), 3, G): ("§ 21, вопросы 1–5 на с. 184", D(2026, 3, 16)),
    (D(2026, 3, 13), 4, G): ("Упр. 412", D(2026, 3, 17)),
    (D(2026, 3, 16), 1, G): ("Подготовиться к контрольной работе: № 870–876", D(2026, 3, 20)),
    (D(2026, 3, 17), 3, G): ("§ 42, рисунок 138 в тетрадь", D(2026, 3, 19)),
    (D(2026, 3, 18), 3, G): ("§ 33, контурная карта с. 14", D(2026, 3, 20)),
    (D(2026, 3, 19), 5, G): ("Упр. 431", D(2026, 3, 20)),
    (D(2026, 3, 20), 1, G): ("Повторить формулы сокращённого умножения", D(2026, 3, 30)),
    (D(2026, 3, 20), 2, G): ("Прочитать рассказы И. С. Тургенева «Бирюк» и «Хорь и Калиныч»", D(2026, 3, 31)),
    (D(2026, 3, 30), 1, G): ("№ 901, 903", D(2026, 4, 1)),
    (D(2026, 3, 30), 4, EN1): ("Workbook p. 64, ex. 1", D(2026, 3, 31)),
    (D(2026, 3, 31), 1, G): ("§ 18, № 340", D(2026, 4, 2)),
    (D(2026, 4, 1), 4, G): ("§ 40, упр. 21", D(2026, 4, 6)),
}


def hw_of(lesson):
    return HW.get((lesson["day"], lesson["number"], lesson["g"]))


def hw_sent(lesson):
    return f"{lesson['day']}T15:{10 + lesson['number'] * 4:02d}:07.41"


def works_of(lesson, t):
    """The lesson's works (§3.2) as the journal holds them at pull time t."""
    subj = SUBJ[lesson["subject"]][1]
    day = lesson["day"]
    common = {"lesson": lesson["id"], "lesson_str": str(lesson["id"]), "eduGroup": lesson["g"],
              "eduGroup_str": str(lesson["g"]), "periodNumber": lesson["q"], "periodType": "Quarter",
              "subjectId": subj, "createdBy": lesson["teacher"][0], "files": [], "oneDriveLinks": []}
    out = [{**ids(work_id(lesson, 0)), "type": "DefaultNewLessonWork", "workType": WT_OU, "markType": "mark5",
            "markCount": 1, "displayInJournal": True, "status": "Sent", "tasks": [], "text": "",
            "isImportant": False, "targetDate": f"{day}T00:00:00", "sentDate": None, **common}]
    extra = EXTRA_WORKS.get((day, lesson["number"])) if lesson["g"] == G else None
    if extra:
        k, kind, wt, title = extra
        out.append({**ids(work_id(lesson, k)), "type": kind, "workType": wt, "markType": "mark5", "markCount": 1,
                    "displayInJournal": True, "status": "Sent", "tasks": [], "text": title,
                    "isImportant": wt == WT_KR, "targetDate": f"{day}T00:00:00", "sentDate": None, **common})
    hw = hw_of(lesson)
    if hw and t >= hw_sent(lesson)[:16]:
        text, due = hw
        wid = work_id(lesson, 5)
        tasks = [{**ids(2260325488700000000 + (lesson["id"] % 1000000) * 10 + PUPILS.index(p)),
                  "person": p[0], "person_str": str(p[0]), "work": wid, "work_str": str(wid), "status": "NotStarted",
                  "targetDate": f"{due}T00:00:00"}
                 for p in MEMBERS[lesson["g"]] if member(p, hw_sent(lesson)[:16])]
        out.append({**ids(wid), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                    "displayInJournal": False, "status": "Sent", "tasks": tasks, "text": text, "isImportant": False,
                    "targetDate": f"{due}T00:00:00", "sentDate": hw_sent(lesson), **common})
    return out


def start_of(lesson):
    return BELLS[lesson["number"]][0]


def entity_lesson(lesson, t):
    """§3.4 entity shape (group ranges, lessons/{id})."""
    sid, area = SUBJ[lesson["subject"]][1], SUBJ[lesson["subject"]][2]
    begins = f"{lesson['day']}T{start_of(lesson)}"
    return {**ids(lesson["id"]), "title": lesson["title"], "date": begins + ":00", "number": lesson["number"],
            "subject": {**ids(sid), "name": lesson["subject"], "knowledgeArea": area, "fgosSubjectId": None},
            "group": lesson["g"], "status": "Planned" if t < begins else "Conducted", "resultPlaceId": 0,
            "works": works_of(lesson, t), "teachers": [lesson["teacher"][0]],
            "teachers_str": [str(lesson["teacher"][0])]}


def flat_lesson(lesson, t):
    """§3.4 flattened shape (schedules and homeworks bundles), with `hours` and the room in `place`."""
    e = entity_lesson(lesson, t)
    a, b = BELLS[lesson["number"]]
    return {"id": e["id"], "title": e["title"], "date": e["date"], "number": e["number"],
            "subjectId": e["subject"]["id"], "status": e["status"], "resultPlaceId": 0, "building": "Главный корпус",
            "place": lesson["room"], "floor": lesson["room"][0] if lesson["room"][0].isdigit() else "1",
            "hours": f"{a} - {b}", "works": [w["id"] for w in e["works"]], "teachers": [lesson["teacher"][0]]}


def lessons_range(g, a, b, t):
    return [entity_lesson(l, t) for l in LESSONS if l["g"] == g and a <= l["day"] <= b]


# --- marks ----------------------------------------------------------------------------------------------------

def after(day, n, minutes):
    """The local date-time (to the minute) `minutes` after lesson n of that day began (§2: no offset)."""
    begins = dt.datetime.combine(day, dt.time.fromisoformat(BELLS[n][0]))
    return (begins + dt.timedelta(minutes=minutes)).isoformat()[:16]


PUPIL_BY = {"ABR": ABR, "BEL": BEL, "GOL": GOL, "DEN": DEN, "ERS": ERS, "ZHU": ZHU, "ZAY": ZAY, "IVA": IVA}


def M(day, n, who, value, k=0, g=G, at=None, history=None):
    return {"day": D(2026, *day), "n": n, "p": PUPIL_BY[who], "value": value, "k": k, "g": g, "at": at,
            "history": history or []}


MARKS = [
    M((3, 10), 1, "BEL", "3"), M((3, 10), 1, "ZAY", "5"), M((3, 10), 2, "ABR", "5"), M((3, 10), 3, "IVA", "4"),
    M((3, 10), 4, "GOL", "4", 1), M((3, 10), 4, "ABR", "5", 1), M((3, 10), 4, "DEN", "4", 1),
    M((3, 10), 4, "ERS", "3", 1), M((3, 10), 5, "ABR", "5", g=EN1), M((3, 10), 5, "ZHU", "4", g=EN2),
    M((3, 10), 6, "DEN", "5"),
    M((3, 11), 1, "ABR", "4"), M((3, 11), 1, "ZHU", "3"), M((3, 11), 2, "BEL", "4"), M((3, 11), 3, "ERS", "5"),
    M((3, 11), 4, "DEN", "4"), M((3, 11), 4, "ABR", "5"), M((3, 11), 5, "IVA", "3"), M((3, 11), 6, "ABR", "5"),
    M((3, 11), 6, "BEL", "5"),
    M((3, 12), 1, "ABR", "4", 1), M((3, 12), 1, "BEL", "3", 1), M((3, 12), 1, "GOL", "5", 1),
    M((3, 12), 1, "DEN", "4", 1), M((3, 12), 1, "ERS", "4-", 1), M((3, 12), 1, "ZHU", "3+", 1),
    M((3, 12), 1, "ZAY", "5", 1), M((3, 12), 1, "IVA", "3", 1), M((3, 12), 2, "GOL", "5", g=EN1),
    M((3, 12), 2, "BEL", "4", g=EN2), M((3, 12), 3, "ABR", "5"), M((3, 12), 4, "ZAY", "4"), M((3, 12), 5, "DEN", "3"),
    M((3, 13), 1, "GOL", "5"), M((3, 13), 2, "ABR", "4"), M((3, 13), 3, "BEL", "4"), M((3, 13), 4, "ZHU", "2"),
    M((3, 13), 5, "IVA", "5"), M((3, 13), 6, "ZAY", "5"),
    M((3, 16), 1, "ABR", "5", 1), M((3, 16), 1, "BEL", "3", 1), M((3, 16), 1, "DEN", "4", 1),
    M((3, 16), 1, "ZHU", "3", 1), M((3, 16), 1, "IVA", "4", 1), M((3, 16), 2, "GOL", "5"), M((3, 16), 3, "DEN", "5"),
    M((3, 16), 3, "ERS", "4"), M((3, 16), 4, "ABR", "4", g=EN1), M((3, 16), 4, "DEN", "5", g=EN2),
    # Ксения's physics mark, re-graded on Thursday after she defended her solution: "3" -> "4" (§3.1, same id)
    M((3, 16), 5, "ERS", "3", history=[("2026-03-19T13:40", "4")]), M((3, 16), 5, "ABR", "4"),
    M((3, 16), 6, "ZHU", "5"),
    M((3, 17), 1, "DEN", "4"), M((3, 17), 1, "ABR", "5"), M((3, 17), 2, "ZAY", "5"), M((3, 17), 3, "GOL", "4"),
    M((3, 17), 4, "ABR", "4-"), M((3, 17), 5, "ERS", "4", g=EN1), M((3, 17), 5, "IVA", "3", g=EN2),
    M((3, 17), 6, "BEL", "5"), M((3, 17), 6, "ABR", "5"),
    M((3, 18), 1, "ERS", "4"), M((3, 18), 2, "ZAY", "4"), M((3, 18), 3, "ABR", "5"), M((3, 18), 4, "BEL", "4"),
    M((3, 18), 5, "GOL", "5"), M((3, 18), 6, "IVA", "4"),
    M((3, 19), 1, "ABR", "4"), M((3, 19), 2, "ZAY", "5", g=EN1), M((3, 19), 2, "ZHU", "4", g=EN2),
    M((3, 19), 3, "BEL", "3"), M((3, 19), 4, "IVA", "4"),
    # a lab work defended on the first day of the fourth quarter, entered for Thursday's biology lesson
    M((3, 19), 4, "ZHU", "4", at="2026-03-30T15:22:48.3"),
    M((3, 19), 5, "ABR", "5"),
    # Дарья's dictation, checked in the break and entered for Thursday's lesson
    M((3, 19), 5, "GOL", "5", at="2026-03-23T10:05:31.77"),
    M((3, 19), 6, "ABR", "5"),
    # the quarter's algebra test, written on its last day and entered in the break
    M((3, 20), 1, "ABR", "5", 2, at="2026-03-23T11:02:15.1"), M((3, 20), 1, "BEL", "4", 2, at="2026-03-23T11:02:40.6"),
    M((3, 20), 1, "GOL", "5", 2, at="2026-03-23T11:03:02.35"), M((3, 20), 1, "ERS", "4", 2, at="2026-03-23T11:03:19.9"),
    M((3, 20), 1, "ZHU", "3", 2, at="2026-03-23T11:03:44.02"), M((3, 20), 1, "ZAY", "4", 2, at="2026-03-23T11:04:01.5"),
    M((3, 20), 1, "IVA", "3", 2, at="2026-03-23T11:04:20.73"),
    M((3, 20), 2, "ABR", "5"), M((3, 20), 3, "ZHU", "4"), M((3, 20), 4, "ERS", "5"), M((3, 20), 5, "ABR", "5"),
    M((3, 20), 6, "GOL", "5"),
    M((3, 30), 1, "ABR", "4"), M((3, 30), 1, "ZHU", "5"), M((3, 30), 2, "BEL", "4"), M((3, 30), 4, "GOL", "5", g=EN1),
    M((3, 30), 5, "ABR", "5"),
    M((3, 31), 1, "IVA", "4"), M((3, 31), 1, "ABR", "5"), M((3, 31), 3, "ZAY", "5"), M((3, 31), 5, "BEL", "5", g=EN2),
    M((4, 1), 1, "ABR", "5"), M((4, 1), 3, "ERS", "4"), M((4, 1), 4, "GOL", "4"),
]
for m in MARKS:
    m["lesson"] = lesson_at(m["day"], m["n"], m["g"])
    m["id"] = 2260325488600000000 + (m["lesson"]["id"] % 1000000) * 100 + m["k"] * 10 + PUPILS.index(m["p"])
    n = m["n"]
    m["date"] = m["at"] or f"{after(m['day'], n, 20 + n)}:{17 + n:02d}.{n * 7}"
    m["wt"] = {0: WT_OU, 1: WT_SR, 2: WT_KR}[m["k"]]
assert len({m["id"] for m in MARKS}) == len(MARKS)


def mark_value(m, t):
    value = m["value"]
    for when, new in m["history"]:
        if t >= when:
            value = new
    return value


def mark_exists(m, t):
    return t >= m["date"][:16]


MOOD = {"5": "Good", "4": "Good", "3": "Average", "2": "Bad"}


def mark_obj(m, t):
    value = mark_value(m, t)
    lesson = m["lesson"]
    wid = work_id(lesson, m["k"])
    return {**ids(m["id"]), "type": "mark5", "value": value, "textValue": value, "person": m["p"][0],
            "person_str": str(m["p"][0]), "work": wid, "work_str": str(wid), "lesson": lesson["id"],
            "lesson_str": str(lesson["id"]), "number": 0, "date": m["date"], "workType": m["wt"],
            "mood": MOOD[value[0]], "use_avg_calc": True}


def marks_range(g, a, b, t):
    out = []
    for m in MARKS:
        if m["g"] == g and a <= m["day"] <= b and mark_exists(m, t):
            assert D.fromisoformat(m["date"][:10]) <= b, (m, b)  # every range covers the mark's own date too
            out.append(mark_obj(m, t))
    return out


# --- attendance ----------------------------------------------------------------------------------------------

def L(day, n, who, status, comment="", g=G, at=None, history=None):
    return {"day": D(2026, *day), "n": n, "p": PUPIL_BY[who], "status": status, "comment": comment, "g": g,
            "at": at, "history": history or []}


LOG = [
    L((3, 10), 1, "ZHU", "Late", "опоздал на 10 минут"),
    *[L((3, 11), n, "GOL", "Ill", "ОРВИ, справка") for n in range(1, 7)],
    L((3, 12), 4, "IVA", "Absent"),
    L((3, 13), 5, "ABR", "Pass", "городские соревнования, заявление родителей"),
    L((3, 13), 6, "ABR", "Pass", "городские соревнования, заявление родителей"),
    L((3, 16), 6, "DEN", "Pass", "оформление документов для перевода"),
    *[L((3, 17), 1, w, "Attend") for w in ("ABR", "BEL", "GOL", "DEN", "ERS", "ZHU", "ZAY", "IVA")],
    L((3, 18), 2, "BEL", "Late"),
    *[L((3, 19), n, "ERS", "Ill", "") for n in (1, 3, 4)],
    L((3, 19), 2, "ERS", "Ill", "", g=EN1),
    # absent from the quarter's test; the medical note was brought in the break and the entry corrected
    L((3, 20), 1, "ZHU", "Absent", "", history=[("2026-03-23T10:15", "Pass", "справка от врача")]),
    L((3, 31), 1, "ZAY", "Absent"),
    L((4, 1), 1, "BEL", "Late", "опоздал на 5 минут"),
]
for e in LOG:
    e["lesson"] = lesson_at(e["day"], e["n"], e["g"])
    e["date"] = f"{after(e['day'], e['n'], 3 + e['n'])}:{41 - e['n']:02d}.{e['n'] * 3}"


def log_obj(e, t):
    status, comment, created = e["status"], e["comment"], e["date"]
    for when, st, cm in e["history"]:
        if t >= when:
            status, comment, created = st, cm, when + ":12.05"
    lesson = e["lesson"]
    return {"person": e["p"][0], "person_str": str(e["p"][0]), "lesson": lesson["id"], "lesson_str": str(lesson["id"]),
            "comment": comment, "status": status, "createdDate": created}


def log_range(g, a, b, t):
    return [log_obj(e, t) for e in LOG if e["g"] == g and a <= e["day"] <= b and t >= e["date"][:16]]


# --- bundles -------------------------------------------------------------------------------------------------

def embedded_work_types():
    return [{"id": i, "schoolId": S, "abbreviation": ab, "name": t, "isFinal": k == "PeriodMark",
             "isImportant": i == WT_KR, "kindId": 0, "kind": k} for i, k, t, ab, _ in WORK_TYPES]


def subject_ref(name):
    return {"id": SUBJ[name][1], "name": name, "knowledgeAreaId": None}


def homework_bundle(a, b, t):
    """users/me/school/{s}/homeworks (§3.7): the Homework works of lessons in the range, with their lessons."""
    works, lessons, teachers, subjects = [], [], {}, {}
    for l in LESSONS:
        if not (a <= l["day"] <= b):
            continue
        hw = [w for w in works_of(l, t) if w["type"] == "Homework"]
        if not hw:
            continue
        assert D.fromisoformat(hw[0]["targetDate"][:10]) <= b  # every range covers the due dates too
        works += hw
        lessons.append(flat_lesson(l, t))
        teachers[l["teacher"][0]] = person(l["teacher"])
        subjects[l["subject"]] = subject_ref(l["subject"])
    return {"works": works, "subjects": list(subjects.values()), "lessons": lessons, "files": [],
            "teachers": list(teachers.values())}


def schedules(p, a, b, t):
    """persons/{p}/groups/{g}/schedules (§0): each day with the pupil's lessons (his class's and his English
    subgroup's), his marks and log entries."""
    days, day = [], a
    while day <= b:
        ls = [l for l in LESSONS if l["day"] == day and l["g"] in (G, SUB_OF[p])]
        works = [w for l in ls for w in works_of(l, t)]
        days.append({
            "date": f"{day}T00:00:00", "lessons": [flat_lesson(l, t) for l in ls],
            "marks": [mark_obj(m, t) for m in MARKS if m["p"] is p and m["lesson"] in ls and mark_exists(m, t)],
            "works": works, "homeworks": [w for w in works if w["type"] == "Homework"],
            "subjects": list({l["subject"]: subject_ref(l["subject"]) for l in ls}.values()),
            "workTypes": embedded_work_types(),
            "lessonLogEntries": [log_obj(e, t) for e in LOG
                                 if e["p"] is p and e["lesson"] in ls and t >= e["date"][:16]],
            "teachers": [person(x) for x in sorted({l["teacher"] for l in ls})], "nextDate": None})
        day += dt.timedelta(days=1)
    for i in range(len(days) - 1):
        days[i]["nextDate"] = days[i + 1]["date"]
    days[-1]["nextDate"] = f"{b + dt.timedelta(days=1)}T00:00:00"
    return {"days": days}


# --- final marks (§3.13) -------------------------------------------------------------------------------------

LEVEL = {ABR: 5.0, BEL: 3.4, GOL: 4.8, DEN: 4.1, ERS: 4.0, ZHU: 3.5, ZAY: 4.6, IVA: 3.6}


def finals_plan():
    """(pupil, subject, period number) -> {"set": time, "value": v, "history": [(time, value or None)]}."""
    out = {}
    for i, p in enumerate(PUPILS):
        for s, (name, _, _) in enumerate(SUBJECTS):
            for q in (1, 2, 3):
                wobble = [0, -0.6, 0.4, 0, 0.5, -0.4, 0][(i * 5 + s * 3 + q) % 7]
                v = str(max(2, min(5, int(LEVEL[p] + wobble + 0.5))))
                if q == 1:
                    when = f"2025-10-24T1{4 + s % 4}:{10 + s * 3:02d}"
                elif q == 2:
                    when = f"2025-12-26T1{3 + s % 4}:{5 + s * 3:02d}"
                elif p is DEN:  # set early for the pupil who leaves (§3.8), before he left
                    when = f"2026-03-16T1{4 + s % 3}:{12 + s * 3:02d}"
                elif name == "Литература":  # set in the break, after the quarter ended
                    when = f"2026-03-23T12:{20 + i:02d}"
                else:
                    when = f"2026-03-20T1{3 + s % 4}:{8 + s * 3:02d}"
                out[(p, name, q)] = {"set": when, "value": v, "history": []}
    out[(ABR, "Алгебра", 3)]["value"] = "5"
    out[(BEL, "Алгебра", 3)].update(value="3", history=[("2026-03-24T09:35", "4")])  # after his late test mark
    out[(ZHU, "Физика", 3)].update(value="5", history=[("2026-03-25T10:20", None)])  # set on his row by mistake
    out[(GOL, "Русский язык", 3)].update(value="4", history=[("2026-03-25T10:40", "5")])  # after her dictation
    return out


FINALS = finals_plan()


def final_state(p, subject, q, t):
    f = FINALS[(p, subject, q)]
    if t < f["set"]:
        return None, None
    value, when = f["value"], f["set"]
    for at, new in f["history"]:
        if t >= at:
            value, when = new, at
    return value, when


def period_work(g, subject, q):
    return 2260325488800000000 + GCODE[g] * 1000 + q * 100 + SUBJ[subject][0]


def final_mark_obj(p, g, subject, q, value, when):
    wid = period_work(g, subject, q)
    mid = 2260325488900000000 + PUPILS.index(p) * 10000 + GCODE[g] * 1000 + q * 100 + SUBJ[subject][0]
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": wid, "work_str": str(wid), "lesson": None, "lesson_str": None, "number": 0,
            "date": f"{when}:{31 + SUBJ[subject][0]:02d}.{SUBJ[subject][0] + 2}", "workType": WT_Q,
            "mood": MOOD[value[0]], "use_avg_calc": False}


def group_subjects(g):
    return [EN] if g != G else [s[0] for s in SUBJECTS if s[0] != EN]


def final_marks(g, t):
    """edu-groups/{g}/final-marks (§3.13): one entry per pupil and period with marks, for the group's members as
    of the pull (a pupil archived from the group is no longer listed: decision, see README)."""
    out = []
    for p in MEMBERS[g]:
        if not member(p, t):
            continue
        for pid, _, _, q, _ in PERIODS[:3]:
            per = []
            for subject in group_subjects(g):
                value, when = final_state(p, subject, q, t)
                if value is not None:
                    sid = SUBJ[subject][1]
                    per.append({"subject": sid, "subject_str": str(sid),
                                "final-mark": final_mark_obj(p, g, subject, q, value, when)})
            if per:
                out.append({"person": p[0], "person_str": str(p[0]), "group": g, "group_str": str(g),
                            "reportingPeriod": pid, "reportingPeriod_str": str(pid), "per-subject-final-marks": per})
    return out


def period_work_obj(g, subject, q):
    wid = period_work(g, subject, q)
    sid = SUBJ[subject][1]
    return {**ids(wid), "type": "PeriodMark", "workType": WT_Q, "markType": "mark5", "markCount": 1, "lesson": None,
            "lesson_str": None, "displayInJournal": True, "status": "Sent", "eduGroup": g, "eduGroup_str": str(g),
            "tasks": [], "text": f"{PERIODS[q - 1][4]}", "periodNumber": q, "periodType": "Quarter",
            "subjectId": sid, "isImportant": False, "targetDate": f"{PERIODS[q - 1][2]}T00:00:00", "sentDate": None,
            "createdBy": (EN_TEACHER[g] if g != G else TEACHER[subject])[0], "files": [], "oneDriveLinks": []}


def all_final_marks(p, t):
    """persons/{p}/edu-groups/{g}/allfinalmarks (§3.13): the pupil's period marks in 7Б, with their works."""
    marks, works = [], []
    for q in (1, 2, 3):
        for subject in group_subjects(G):
            value, when = final_state(p, subject, q, t)
            if value is not None:
                marks.append(final_mark_obj(p, G, subject, q, value, when))
                works.append(period_work_obj(G, subject, q))
    return {"marks": marks, "works": works, "subjects": [subject_ref(s) for s in group_subjects(G)],
            "workTypes": [w for w in embedded_work_types() if w["kind"] == "PeriodMark"]}


# --- the journal's own averages over the quarter (§3.13, §3.1) -----------------------------------------------

def prior_marks(p, subject):
    """The pupil's marks of the quarter before this fortnight (not in the journey): (value, weight) pairs."""
    i, s = PUPILS.index(p), SUBJ[subject][0]
    out = []
    for k in range(6):
        v = max(2, min(5, int(LEVEL[p] + [0.4, -0.5, 0, 0.6, -0.3, 0.1][(i + s + k) % 6] + 0.5)))
        out.append((v, [1, 1, 2, 1, 3, 1][(i * 2 + s + k) % 6]))
    return out


def averages(p, subject, t):
    pairs = list(prior_marks(p, subject))
    weight = {WT_OU: 1, WT_SR: 2, WT_KR: 3}
    for m in MARKS:
        if m["p"] is p and m["lesson"]["subject"] == subject and m["lesson"]["q"] == 3 and mark_exists(m, t):
            v = mark_value(m, t)
            pairs.append((int(v[0]), weight[m["wt"]]))
    simple = sum(v for v, _ in pairs) / len(pairs)
    weighted = sum(v * w for v, w in pairs) / sum(w for _, w in pairs)
    return f"{simple:.2f}", round(weighted, 2)


def avg_marks(t):
    return [{"person": p[0], "person_str": str(p[0]), "per-subject-averages": [
        {"subject": SUBJ[s][1], "subject_str": str(SUBJ[s][1]), "avg-mark-value": averages(p, s, t)[0]}
        for s, _, _ in SUBJECTS]} for p in PUPILS if member(p, t)]


def wa_marks(t):
    return {"subjectMarks": [{"subject": SUBJ[s][1], "subject_str": str(SUBJ[s][1]), "marks": [
        {"person": p[0], "person_str": str(p[0]), "value": averages(p, s, t)[1]} for p in PUPILS if member(p, t)]}
        for s, _, _ in SUBJECTS]}


# --- roster and references -----------------------------------------------------------------------------------

def roster(t):
    """POST edu-groups (§3.8): each group with its students and their membership status."""
    return [{"group": group_obj(g), "students": [
        {"person": p[0], "person_str": str(p[0]), "membershipstatus": "Active" if member(p, t) else "Archive"}
        for p in MEMBERS[g]]} for g in (G, EN1, EN2)]


def context(parent, children):
    pid, uid, last, first, middle, _ = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": "МАОУ Гимназия № 82", "type": "School",
                                                           "groupIds": []}],
            "eduGroups": [], "children": [{"personId": c[0], "personId_str": str(c[0]), "firstName": c[3],
                                           "lastName": c[2], "middleName": c[4], "shortName": f"{c[2]} {c[3][0]}.",
                                           "schoolIds": [S], "groupIds": [G, SUB_OF[c]]} for c in children],
            "splitId": None}


def rpg():
    return {"id": RPG, "reportingPeriods": [
        {**ids(pid), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n, "type": "Quarter",
         "name": name, "year": 2025} for pid, a, b, n, name in PERIODS],
        "holidays": [{"id": hid, "reportingPeriodGroupId": RPG, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": desc}
                     for hid, a, b, name, desc in HOLIDAYS]}


def timetable():
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    return [{"Name": "Расписание звонков 2025/26", "Start": "2025-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": TT * 10 + n, "Start": f"2025-09-01T{a}:00", "Finish": f"2025-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson", "DaysOfWeek": days, "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def school():
    return {**ids(S), "name": "МАОУ Гимназия № 82",
            "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 82»",
            "avatarSmall": None, "city": "Екатеринбург", "municipality": "г. Екатеринбург", "regionId": 66,
            "markType": "mark5", "timeZone": 5, "uses_avg": True, "uses_weighted_avg": True,
            "educationType": "Regular", "tsoCityId": 0, "tsoRegionTreePath": "66."}


# --- the sync job's pulls ------------------------------------------------------------------------------------

class Clock:
    """Pull times one after another from a start, a few seconds apart (the job's requests are sequential)."""

    def __init__(self, start):
        self.t = dt.datetime.fromisoformat(start)

    def __call__(self, gap=20):
        now = self.t
        self.t += dt.timedelta(seconds=gap)
        return now.isoformat()


def week_days(a, b):
    return [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]


def plan_pull(a, b, start):
    c = Clock(start)
    out = []
    for g in (G, EN1, EN2):
        t = c()
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{a}/{b}", lessons_range(g, a, b, t[:16]), t))
    return out


def day_pull(a, b, start, with_lessons=False, log_from=None):
    """An evening pull: marks and log entries of each group from a to b, and (at the week's end) its lessons."""
    c = Clock(start)
    out = []
    for g in (G, EN1, EN2):
        t = c()
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{a}/{b}", marks_range(g, a, b, t[:16]), t))
    if with_lessons:
        for g in (G, EN1, EN2):
            t = c()
            out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{a}/{b}", lessons_range(g, a, b, t[:16]), t))
    lf = log_from or a
    for g in (G, EN1, EN2):
        t = c()
        out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={lf}&to={b}", log_range(g, lf, b, t[:16]), t))
    return out


def finals_pull(start, groups=(G, EN1, EN2)):
    c = Clock(start)
    out = []
    for g in groups:
        t = c()
        out.append(rec(f"GET /v2/edu-groups/{g}/final-marks", final_marks(g, t[:16]), t))
    return out


def averages_pull(start):
    c = Clock(start)
    a, b = Q3[1], Q3[2]
    t1, t2 = c(), c()
    return [rec(f"GET /v2/edu-groups/{G}/avg-marks/{a}/{b}", avg_marks(t1[:16]), t1),
            rec(f"GET /v2/edu-groups/{G}/wa-marks/{a}/{b}", wa_marks(t2[:16]), t2)]


def bundles_pull(a, b, hw_a, hw_b, start, pupils=(ABR, BEL)):
    c = Clock(start)
    t = c()
    out = [rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={hw_a}&endDate={hw_b}",
               homework_bundle(hw_a, hw_b, t[:16]), t)]
    for p in pupils:
        t = c()
        out.append(rec(f"GET /v2/persons/{p[0]}/groups/{G}/schedules?startDate={a}&endDate={b}",
                       schedules(p, a, b, t[:16]), t))
    return out


def roster_pull(start):
    c = Clock(start)
    t1, t2 = c(), c()
    return [rec("POST /v2/edu-groups", roster(t1[:16]), t1, request_body=[G, EN1, EN2]),
            rec(f"GET /v2/edu-groups/{G}/persons", [person(p) for p in PUPILS if member(p, t2[:16])], t2)]


def main():
    c = Clock("2026-03-08T19:00:00")
    setup = [
        rec(f"GET /v2/schools/{S}", school(), c()),
        rec(f"GET /v2/work-types/{S}", [{**ids(i), "schoolId": S, "kindId": 0, "kind": k, "title": t, "abbr": ab,
                                         "weight": w} for i, k, t, ab, w in WORK_TYPES], c()),
        rec(f"GET /v2/schools/{S}/subjects", [{**ids(sid), "name": n, "knowledgeArea": a, "fgosSubjectId": None}
                                              for n, sid, a in SUBJECTS], c()),
        rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(g) for g in (G, EN1, EN2)], c()),
        *[rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in MEMBERS[g]], c()) for g in (G, EN1, EN2)],
        rec("POST /v2/edu-groups", roster("2026-03-08T19:02"), c(), request_body=[G, EN1, EN2]),
        rec(f"GET /v2/edu-groups/{G}/timetables", timetable(), c()),
        *[rec(f"GET /v2/users/{parent[1]}/context", context(parent, kids), c()) for parent, kids in PARENTS],
        rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), c()),
    ]
    setup += finals_pull(c())
    w1a, w1b = D(2026, 3, 9), D(2026, 3, 14)
    w2a, w2b = D(2026, 3, 16), D(2026, 3, 21)
    w4a, w4b = D(2026, 3, 30), D(2026, 4, 4)
    f16, f18 = D(2026, 3, 16), D(2026, 3, 18)
    late_18 = day_pull(f16, f18, "2026-03-18T20:00:00")  # its class marks range fails; re-sent on Friday
    steps = [
        ("1. Sun 03-08 19:00: school, work types, subjects, groups and members, bells, parents' contexts, quarters "
         "and holidays, the final marks of quarters 1-2", [setup]),
        ("2. Sun 03-08 19:10: week of 03-09 as planned (Monday 03-09 is a transferred day off)",
         [plan_pull(w1a, w1b, "2026-03-08T19:10:00")]),
        ("3. Fri 03-13 19:00: the week's evening pull: marks, lessons, log entries, homework, two pupils' days",
         [day_pull(w1a, w1b, "2026-03-13T19:00:00", with_lessons=True)
          + bundles_pull(w1a, w1b, w1a, D(2026, 3, 22), "2026-03-13T19:05:00")]),
        ("4. Sun 03-15 19:00: the quarter's last week as planned", [plan_pull(w2a, w2b, "2026-03-15T19:00:00")]),
        ("5. Mon 03-16 20:00: Денисов Максим's quarter marks set early (he leaves on Wednesday); the day's marks",
         [day_pull(f16, f16, "2026-03-16T20:00:00") + finals_pull("2026-03-16T20:03:00")
          + [rec(f"GET /v2/persons/{DEN[0]}/edu-groups/{G}/allfinalmarks", all_final_marks(DEN, "2026-03-16T20:05"),
                 "2026-03-16T20:05:00")]]),
        ("6. Tue 03-17 20:00: the roster (everyone active), the week's marks so far",
         [roster_pull("2026-03-17T20:00:00") + day_pull(f16, D(2026, 3, 17), "2026-03-17T20:01:00")]),
        ("7. Wed 03-18 19:50: Максим was archived from 7Б and its English group at 09:40; his mother's job reads "
         "his final marks (19:50); the school's job pulls the week's marks so far (the class's marks range fails and "
         "waits for a retry), the groups' final marks (20:03: he is no longer listed) and only then the roster "
         "(20:10: Archive)",
         [[rec(f"GET /v2/persons/{DEN[0]}/edu-groups/{G}/allfinalmarks", all_final_marks(DEN, "2026-03-18T19:50"),
               "2026-03-18T19:50:00"),
           rec(f"GET /v2/users/{P_DEN[1]}/context", context(P_DEN, [DEN]), "2026-03-18T19:51:00")]
          + late_18[1:] + finals_pull("2026-03-18T20:03:00") + roster_pull("2026-03-18T20:10:00")]),
        ("8. Fri 03-20 19:00: the quarter's last day: the week's evening pull, final marks, the quarter's averages "
         "(the class's final marks and both averages fail and wait for the retry queue); then Wednesday's failed "
         "marks range, re-sent",
         [day_pull(w2a, D(2026, 3, 20), "2026-03-20T19:00:00", with_lessons=True)
          + bundles_pull(w2a, w2b, w2a, D(2026, 3, 31), "2026-03-20T19:05:00")
          + finals_pull("2026-03-20T19:08:20", groups=(EN1, EN2)),
          [late_18[0]]]),
        ("9. Mon 03-23 12:30 (spring break): the algebra test and a dictation entered late, a log entry corrected, "
         "literature's quarter marks set after the quarter ended",
         [day_pull(w2a, D(2026, 3, 23), "2026-03-23T12:30:00") + finals_pull("2026-03-23T12:35:00")]),
        ("10. Tue 03-24 10:00: Белов Артём's algebra quarter mark corrected 3 -> 4; the quarter's averages again",
         [finals_pull("2026-03-24T10:00:00", groups=(G,)) + averages_pull("2026-03-24T10:01:00")]),
        ("11. Wed 03-25 11:00: Жуков Илья's physics quarter mark deleted, Голубева Дарья's Russian corrected 4 -> 5; "
         "her father's job reads her final marks; then the retry queue: Friday's class final marks and averages",
         [finals_pull("2026-03-25T11:00:00", groups=(G,))
          + [rec(f"GET /v2/persons/{GOL[0]}/edu-groups/{G}/allfinalmarks", all_final_marks(GOL, "2026-03-25T11:02"),
                 "2026-03-25T11:02:00")],
          finals_pull("2026-03-20T19:08:00", groups=(G,)) + averages_pull("2026-03-20T19:09:00")]),
        ("12. Sun 03-29 19:00: the fourth quarter's first week as planned; the quarters and holidays again",
         [plan_pull(w4a, w4b, "2026-03-29T19:00:00")
          + [rec(f"GET /v2/edu-groups/{G}/reporting-period-group", rpg(), "2026-03-29T19:01:30")]]),
        ("13. Wed 04-01 19:00: the fourth quarter's first days: marks over the last three weeks (a lab work entered "
         "on 03-30 for a lesson of 03-19), lessons, log entries, homework, two pupils' days, the roster, final marks",
         [day_pull(w2a, D(2026, 4, 1), "2026-04-01T19:00:00", log_from=w4a)
          + [rec(f"GET /v2/edu-groups/{g}/lessons/{w4a}/{w4b}", lessons_range(g, w4a, w4b, "2026-04-01T19:02"),
                 f"2026-04-01T19:02:{10 * i:02d}") for i, g in enumerate((G, EN1, EN2))]
          + bundles_pull(w4a, w4b, w4a, D(2026, 4, 12), "2026-04-01T19:05:00")
          + roster_pull("2026-04-01T19:07:00") + finals_pull("2026-04-01T19:08:00")]),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "МАОУ Гимназия № 82 (Екатеринбург, UTC+5), 7Б and its English subgroups, 2026-03-09..04-01: "
                       "the third quarter's last fortnight, the spring break and the fourth quarter's first days: "
                       "quarter marks set, set in the break, corrected and deleted after the quarter ended; marks "
                       "entered late for the finished quarter's lessons; a pupil who leaves in the last week after "
                       "his quarter marks were set early; the journal's own averages; answers delivered out of pull "
                       "order.",
        "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ Гимназия № 82"},
        "steps": [{"name": name, "batches": batches} for name, batches in steps],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(b) for _, bs in steps for b in bs)
    print(f"{n} records, {len(steps)} steps")


if __name__ == "__main__":
    main()
