"""Dnevnik.ru journey 44: a class quarantine, distance learning, a teacher off sick, and the return.

Standard library only, deterministic: ``python make_journey.py`` writes ``journey.json`` beside it.

The script keeps one "true journal" (lessons, works, marks, log entries, each with the local times they were
created, changed or deleted) and answers every request of the sync job with that journal's state at the moment the
request was pulled, so every record describes one consistent world. Stale retries are answered at their original
pull time and delivered late. Reference: /work/shared/reference/dnevnik_ru.md (cited §N).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

TZ = "+05:00"  # Екатеринбург; the school's timeZone is 5 (§2, §3.10)
SCHOOL = 1000002544044
G7, G8 = 2260325488544000701, 2260325488544000802  # 7А (quarantined in week 2), 8Б (physics teacher off sick)
RPG7, RPG8 = 1000007544701, 1000007544802
TT7, TT8 = 1000006544701, 1000006544802

SUBJ = {"ALG": (1000003544001, "Алгебра", "Математика"), "RUS": (1000003544002, "Русский язык", "Филология"),
        "HIS": (1000003544003, "История", "Общественные науки"), "PHY": (1000003544004, "Физика", "Естественные науки"),
        "ENG": (1000003544005, "Английский язык", "Филология"), "INF": (1000003544006, "Информатика", "Математика")}

TEACHERS = {  # person id: (last, first, middle, sex)
    1000012544901: ("Соколова", "Ирина", "Павловна", "Female"),  # алгебра 7А и 8Б, классный руководитель 7А
    1000012544902: ("Гречко", "Мария", "Андреевна", "Female"),  # русский язык, классный руководитель 8Б
    1000012544903: ("Лебедев", "Виктор", "Николаевич", "Male"),  # история
    1000012544904: ("Ковалёва", "Наталья", "Петровна", "Female"),  # физика 8Б, на больничном 27.01-05.02
    1000012544905: ("Дьячков", "Роман", "Ильич", "Male"),  # физика 7А
    1000012544906: ("Уварова", "Элина", "Маратовна", "Female"),  # английский язык
    1000012544907: ("Мельников", "Артём", "Сергеевич", "Male"),  # замещает физику 8Б
    1000012544908: ("Зуева", "Оксана", "Викторовна", "Female"),  # информатика, замена физики 8Б
}
T_ALG, T_RUS, T_HIS, T_PHY8, T_PHY7, T_ENG, T_SUB, T_INF = sorted(TEACHERS)
SUBJECT_TEACHER = {(G7, "ALG"): T_ALG, (G7, "RUS"): T_RUS, (G7, "HIS"): T_HIS, (G7, "PHY"): T_PHY7,
                   (G7, "ENG"): T_ENG, (G8, "ALG"): T_ALG, (G8, "RUS"): T_RUS, (G8, "HIS"): T_HIS,
                   (G8, "PHY"): T_PHY8, (G8, "ENG"): T_ENG, (G8, "INF"): T_INF}

PUPILS = {
    G7: [(1000012544701, "Алексеев", "Матвей", "Денисович", "Male"),
         (1000012544702, "Борисова", "Полина", "Сергеевна", "Female"),
         (1000012544703, "Валиев", "Тимур", "Ринатович", "Male"),
         (2260325488544170004, "Гусева", "Дарья", "Олеговна", "Female"),  # 19 digits (§1)
         (1000012544705, "Егоров", "Лев", "Максимович", "Male"),
         (1000012544706, "Зайнуллина", "Амина", "Ильдаровна", "Female")],
    G8: [(1000012544801, "Киселёв", "Иван", "Андреевич", "Male"),
         (1000012544802, "Лаптева", "Софья", "Игоревна", "Female"),
         (1000012544803, "Гусев", "Никита", "Олегович", "Male"),
         (1000012544804, "Мартынов", "Глеб", "Петрович", "Male"),
         (1000012544805, "Никитина", "Вера", "Алексеевна", "Female"),
         (1000012544806, "Орлов", "Егор", "Романович", "Male")],
}
P7 = [p[0] for p in PUPILS[G7]]
P8 = [p[0] for p in PUPILS[G8]]

PARENTS = [  # (user, person, last, first, middle, children)
    (1000011544601, 1000012544601, "Гусева", "Елена", "Викторовна", [P7[3], P8[2]]),
    (1000011544602, 1000012544602, "Алексеев", "Денис", "Игоревич", [P7[0]]),
]

BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:45", "11:25"),
         5: ("11:35", "12:15"), 6: ("12:25", "13:05")}
ONLINE = {1: ("08:00", "08:30"), 2: ("08:50", "09:20"), 3: ("09:45", "10:15"), 4: ("10:45", "11:15")}

WEEKLY = {  # weekday -> subjects by slot 1..3
    G7: {0: ["ALG", "RUS", "HIS"], 1: ["PHY", "ALG", "ENG"], 2: ["RUS", "ALG", "PHY"], 3: ["HIS", "RUS", "ENG"],
         4: ["ALG", "PHY", "RUS"]},
    G8: {0: ["PHY", "ALG", "RUS"], 1: ["RUS", "PHY", "HIS"], 2: ["ALG", "ENG", "PHY"], 3: ["PHY", "ALG", "RUS"],
         4: ["HIS", "ALG", "PHY"]},
}
ROOMS = {G7: {"ALG": "каб. 21", "RUS": "каб. 14", "HIS": "каб. 31", "PHY": "каб. 40", "ENG": "каб. 17"},
         G8: {"ALG": "каб. 22", "RUS": "каб. 15", "HIS": "каб. 31", "PHY": "каб. 40", "ENG": "каб. 18",
              "INF": "каб. 42"}}
REMOTE_PLACE = "Дистанционно (Сферум)"

TOPICS = {
    "ALG": ["Степень с натуральным показателем", "Свойства степени", "Одночлены", "Умножение одночленов",
            "Многочлены", "Сложение многочленов", "Вычитание многочленов", "Умножение многочлена на одночлен",
            "Вынесение общего множителя за скобки", "Умножение многочленов", "Способ группировки",
            "Решение задач", "Самостоятельная работа", "Квадрат суммы", "Квадрат разности", "Разность квадратов",
            "Повторение"],
    "RUS": ["Деепричастие", "Деепричастный оборот", "Запятые при деепричастном обороте", "Раздельное написание НЕ",
            "Деепричастия несовершенного вида", "Деепричастия совершенного вида", "Морфологический разбор",
            "Наречие как часть речи", "Разряды наречий", "Степени сравнения наречий", "Контрольный диктант",
            "Анализ диктанта", "Слитное и раздельное написание НЕ с наречиями", "Буквы Н и НН в наречиях",
            "Повторение"],
    "HIS": ["Смутное время", "Михаил Романов", "Соборное уложение 1649 года", "Церковный раскол",
            "Народные движения XVII века", "Внешняя политика XVII века", "Культура XVII века",
            "Повторение по теме «Россия в XVII веке»"],
    "PHY": ["Давление твёрдых тел", "Давление газа", "Закон Паскаля", "Давление в жидкости", "Сообщающиеся сосуды",
            "Атмосферное давление", "Опыт Торричелли", "Барометр-анероид", "Манометры"],
    "ENG": ["Unit 5. Free time", "Unit 5. Hobbies", "Unit 5. Present Perfect", "Unit 5. Reading",
            "Unit 5. Writing an essay", "Unit 6. Travelling"],
    "PHY8": ["Электрический ток", "Сила тока", "Амперметр", "Напряжение", "Вольтметр", "Сопротивление",
             "Закон Ома", "Расчёт сопротивления", "Контрольная работа «Закон Ома»"],
    "ALG8": ["Квадратные уравнения", "Неполные квадратные уравнения", "Формула корней", "Решение задач",
             "Теорема Виета", "Обратная теорема", "Дробные рациональные уравнения", "Решение задач с помощью уравнений",
             "Повторение"],
    "RUS8": ["Односоставные предложения", "Определённо-личные предложения", "Неопределённо-личные предложения",
             "Безличные предложения", "Назывные предложения", "Неполные предложения", "Однородные члены",
             "Обобщающие слова", "Повторение"],
    "HIS8": ["Эпоха дворцовых переворотов", "Правление Анны Иоанновны", "Елизавета Петровна", "Пётр III",
             "Повторение"],
    "ENG8": ["Unit 4. Environment", "Unit 4. Reading", "Unit 4. Grammar"],
    "INF8": ["Алгоритмы и исполнители", "Способы записи алгоритмов"],
}

DAYS = [dt.date(2027, 1, 25) + dt.timedelta(days=i) for i in range(19) if (dt.date(2027, 1, 25) +
                                                                            dt.timedelta(days=i)).weekday() < 5]
WEEK = [DAYS[0:5], DAYS[5:10], DAYS[10:15]]


class Hist:
    """An item's versions: (local time 'YYYY-MM-DDTHH:MM', state or None when deleted)."""

    def __init__(self, t: str, state: dict | None) -> None:
        self.versions = [(t, state)]

    def set(self, t: str, state: dict | None) -> None:
        self.versions.append((t, state))
        self.versions.sort(key=lambda v: v[0])

    def at(self, t: str) -> dict | None:
        found = None
        for when, state in self.versions:
            if when <= t:
                found = state
        return found


LESSONS: dict[int, Hist] = {}
WORKS: dict[int, Hist] = {}
MARKS: dict[int, Hist] = {}
LOG: dict[tuple[int, int], Hist] = {}
FILES: dict[int, dict] = {}
PLAN_T = "2027-01-20T12:00"


def lesson_id(group: int, day: dt.date, slot: int) -> int:
    return 2260325488544300000 + (1 if group == G7 else 2) * 1000 + DAYS.index(day) * 10 + slot


def work_id(lesson: int, k: int = 0) -> int:
    return lesson + 100000 + k * 100000  # 2260325488544400xxx class work, ...500xxx homework


def iso(day: dt.date, hm: str) -> str:
    return f"{day.isoformat()}T{hm}:00"


def add_lessons() -> None:
    counters: dict[tuple[int, str], int] = {}
    for group in (G7, G8):
        for day in DAYS:
            for slot, code in enumerate(WEEKLY[group][day.weekday()], start=1):
                key = code if group == G7 else code + "8"
                n = counters.get((group, code), 0)
                counters[(group, code)] = n + 1
                topics = TOPICS.get(key, TOPICS[code])
                lid = lesson_id(group, day, slot)
                LESSONS[lid] = Hist(PLAN_T, {"date": iso(day, BELLS[slot][0]), "number": slot, "subject": code,
                                             "title": topics[n % len(topics)], "group": group,
                                             "teachers": [SUBJECT_TEACHER[(group, code)]]})
                WORKS[work_id(lid)] = Hist(PLAN_T, {"lesson": lid, "type": "DefaultNewLessonWork", "workType": 5101,
                                                    "text": "", "target": day.isoformat(), "sent": None,
                                                    "files": [], "subject": code, "group": group})


def change_lesson(lid: int, t: str, **changes) -> None:
    state = dict(LESSONS[lid].at(t))
    state.update(changes)
    LESSONS[lid].set(t, state)


D = {day.isoformat()[5:]: day for day in DAYS}  # "01-25" -> date


def L(group: int, mmdd: str, code: str) -> int:
    """The lesson of that class, day and subject as planned (first of the day)."""
    day = D[mmdd]
    slot = WEEKLY[group][day.weekday()].index(code) + 1
    return lesson_id(group, day, slot)


def the_story() -> None:
    add_lessons()
    # --- 8Б: Ковалёва (physics) off sick from Wed 27.01 to Fri 05.02 ------------------------------------------
    for mmdd in ("01-27", "01-28", "01-29"):
        change_lesson(L(G8, mmdd, "PHY"), "2027-01-27T07:00", teachers=[T_SUB])
    # week 2: Mon and Thu physics replaced by computer science, Wed physics dropped, Tue and Fri substitute
    for mmdd in ("02-01", "02-04"):
        old = L(G8, mmdd, "PHY")
        LESSONS[old].set("2027-02-01T07:15", None)
        WORKS[work_id(old)].set("2027-02-01T07:15", None)
        day = D[mmdd]
        new = old + 500
        title = TOPICS["INF8"][0 if mmdd == "02-01" else 1]
        LESSONS[new] = Hist("2027-02-01T07:15", {"date": iso(day, BELLS[1][0]), "number": 1, "subject": "INF",
                                                 "title": title, "group": G8, "teachers": [T_INF]})
        WORKS[work_id(new)] = Hist("2027-02-01T07:15", {"lesson": new, "type": "DefaultNewLessonWork",
                                                        "workType": 5101, "text": "", "target": day.isoformat(),
                                                        "sent": None, "files": [], "subject": "INF", "group": G8})
    dropped = L(G8, "02-03", "PHY")
    LESSONS[dropped].set("2027-02-01T07:15", None)
    WORKS[work_id(dropped)].set("2027-02-01T07:15", None)
    for mmdd in ("02-02", "02-05"):
        change_lesson(L(G8, mmdd, "PHY"), "2027-02-01T07:15", teachers=[T_SUB])
    # --- 7А: quarantine 01.02-05.02 (declared Sun 31.01 17:00): lessons held online ---------------------------
    eng = L(G7, "02-02", "ENG")  # cancelled: the teacher has no connection at school that day
    LESSONS[eng].set("2027-02-01T18:00", None)
    WORKS[work_id(eng)].set("2027-02-01T18:00", None)
    his = L(G7, "02-04", "HIS")  # moved to Friday 12.02, 4th lesson, after the return
    change_lesson(his, "2027-02-01T18:00", date=iso(D["02-12"], BELLS[4][0]), number=4)
    WORKS[work_id(his)].set("2027-02-01T18:00", dict(WORKS[work_id(his)].at(PLAN_T), target="2027-02-12"))

    # --- homework -----------------------------------------------------------------------------------------------
    files = {1: "Алгебра_7А_карточка_3.pdf", 2: "Физика_7А_вопросы_§24.docx", 3: "Essay_plan_Unit5.pdf",
             4: "История_7А_таблица_§15.xlsx", 5: "Давление_в_жидкости.pptx"}
    for k, name in files.items():
        fid = 2260325488544700000 + k
        FILES[fid] = {"id": fid, "id_str": str(fid), "name": name, "typeGroup": "Document",
                      "type": name.rsplit(".", 1)[1], "pageUrl": f"https://dnevnik.ru/files/{fid}",
                      "downloadUrl": f"https://dnevnik.ru/files/{fid}/download", "size": 48213 + 1000 * k,
                      "uploadedDate": "2027-02-01T08:10:00", "storageType": "Dnevnik"}
    homework = [  # (class, lesson day, subject, created at, text, due, file keys)
        (G7, "01-25", "ALG", "2027-01-25T08:45", "№ 401, 403", "01-27", []),
        (G7, "01-28", "ENG", "2027-01-28T08:30", "Workbook p. 34, ex. 2–3; выучить слова Unit 5", "02-02", []),
        (G7, "01-29", "RUS", "2027-01-29T10:20", "Упр. 288", "02-01", []),
        (G7, "02-01", "ALG", "2027-02-01T08:40",
         "Карточка № 3 (во вложении): решить в тетради, фото прислать в Сферум до 20:00", "02-03", [1]),
        (G7, "02-01", "HIS", "2027-02-01T10:00", "§ 15, заполнить таблицу (шаблон во вложении)", "02-08", [4]),
        (G7, "02-02", "PHY", "2027-02-02T08:35",
         "§ 24 прочитать, посмотреть видеоурок, письменно ответить на вопросы 1–3 (файл во вложении)", "02-03", [2]),
        (G7, "02-10", "ALG", "2027-02-10T10:30", "Индивидуально после болезни: карточки № 3 и № 4, сдать до 12.02",
         "02-12", [1]),
        (G7, "02-03", "RUS", "2027-02-03T08:40", "Упр. 301, 302; в пятницу диктант в Сферуме", "02-05", []),
        (G7, "02-04", "ENG", "2027-02-04T10:10", "Эссе «My quarantine day» (120–150 слов), загрузить в Дневник",
         "02-09", [3]),
        (G7, "02-08", "ALG", "2027-02-08T08:40", "№ 530–533", "02-10", []),
        (G8, "01-25", "PHY", "2027-01-25T08:35", "§ 18, упр. 12", "01-27", []),
        (G8, "02-01", "INF", "2027-02-01T08:35", "Презентация «Алгоритмы вокруг нас», 5 слайдов", "02-04", []),
        (G8, "02-02", "PHY", "2027-02-02T09:25", "§ 20, задачи 3, 4", "02-05", []),
    ]
    for group, mmdd, code, t, text, due, fkeys in homework:
        lid = L(G8, mmdd, "PHY") + 500 if (group, code) == (G8, "INF") else L(group, mmdd, code)
        WORKS[work_id(lid, 1)] = Hist(t, {"lesson": lid, "type": "Homework", "workType": 5104, "text": text,
                                           "target": "2027-" + due, "sent": t + ":31.2",
                                           "files": [2260325488544700000 + k for k in fkeys], "subject": code,
                                           "group": group, "only": None})
    # the catch-up task of 10.02 is Дарья's alone: its tasks name only her (§3.2 tasks, §3.6)
    catch_up = work_id(L(G7, "02-10", "ALG"), 1)
    WORKS[catch_up].versions[0][1]["only"] = [P7[3]]
    # the physics video did not open: the homework of 02.02 withdrawn on Wed morning, a new one set instead
    video = work_id(L(G7, "02-02", "PHY"), 1)
    WORKS[video].set("2027-02-03T07:20", None)
    WORKS[work_id(L(G7, "02-02", "PHY"), 4)] = Hist("2027-02-03T07:20", {
        "lesson": L(G7, "02-02", "PHY"), "type": "Homework", "workType": 5104,
        "text": "§ 24, вопросы 1–3 письменно; вместо видеоурока презентация во вложении", "target": "2027-02-05",
        "sent": "2027-02-03T07:20:05.8", "files": [2260325488544700005], "subject": "PHY", "group": G7, "only": None})
    # the English homework was due at the cancelled lesson: moved to Thursday's
    hw = work_id(L(G7, "01-28", "ENG"), 1)
    WORKS[hw].set("2027-02-01T18:05", dict(WORKS[hw].at("2027-02-01T18:05"), target="2027-02-04"))
    # the online independent work in algebra, Wed 03.02: a work of its own with the new type 5106
    online = work_id(L(G7, "02-03", "ALG"), 2)
    WORKS[online] = Hist("2027-02-03T09:00", {"lesson": L(G7, "02-03", "ALG"), "type": "CommonWork",
                                               "workType": 5106, "text": "Дистанционная самостоятельная работа",
                                               "target": "2027-02-03", "sent": None, "files": [], "subject": "ALG",
                                               "group": G7})
    essay = work_id(L(G7, "02-04", "ENG"), 2)
    WORKS[essay] = Hist("2027-02-04T10:10", {"lesson": L(G7, "02-04", "ENG"), "type": "CommonWork",
                                              "workType": 5106, "text": "Эссе «My quarantine day»",
                                              "target": "2027-02-09", "sent": None, "files": [], "subject": "ENG",
                                              "group": G7})
    dictation = work_id(L(G7, "02-05", "RUS"), 2)
    WORKS[dictation] = Hist("2027-02-05T09:45", {"lesson": L(G7, "02-05", "RUS"), "type": "LessonTestWork",
                                                  "workType": 5102, "text": "Диктант в Сферуме",
                                                  "target": "2027-02-05", "sent": None, "files": [],
                                                  "subject": "RUS", "group": G7})
    test8 = work_id(L(G8, "02-08", "PHY"), 2)
    WORKS[test8] = Hist("2027-02-08T08:00", {"lesson": L(G8, "02-08", "PHY"), "type": "LessonTestWork",
                                              "workType": 5102, "text": "Контрольная работа «Закон Ома»",
                                              "target": "2027-02-08", "sent": None, "files": [], "subject": "PHY",
                                              "group": G8})

    # --- marks ------------------------------------------------------------------------------------------------
    def mark(n, person, lid, value, when, work=None, deleted=None):
        wid = work or work_id(lid)
        mid = 2260325488544600000 + n
        MARKS[mid] = Hist(when[:16], {"person": person, "work": wid, "lesson": lid, "value": value,
                                      "date": when, "workType": WORKS[wid].at("2099")["workType"]})
        if deleted:
            MARKS[mid].set(deleted, None)

    g7, g8 = (lambda mmdd, code: L(G7, mmdd, code)), (lambda mmdd, code: L(G8, mmdd, code))
    mark(1, P7[0], g7("01-25", "ALG"), "5", "2027-01-25T08:31:12.4")
    mark(2, P7[3], g7("01-25", "ALG"), "4", "2027-01-25T08:33:40.15")
    mark(3, P7[1], g7("01-26", "PHY"), "4-", "2027-01-26T08:25:02.8")
    mark(4, P7[0], g7("01-26", "ALG"), "3", "2027-01-26T09:20:44.07")
    mark(5, P7[3], g7("01-27", "RUS"), "5", "2027-01-27T08:30:10.5")
    mark(6, P7[0], g7("01-27", "RUS"), "4+", "2027-01-27T08:31:59.91")
    mark(7, P7[0], g7("01-28", "HIS"), "5", "2027-01-28T08:20:18.3")
    mark(8, P7[2], g7("01-28", "ENG"), "4", "2027-01-28T10:15:00.6")
    selfwork = work_id(g7("01-29", "ALG"), 3)
    WORKS[selfwork] = Hist("2027-01-29T08:00", {"lesson": g7("01-29", "ALG"), "type": "CommonWork", "workType": 5103,
                                                 "text": "Самостоятельная работа «Многочлены»",
                                                 "target": "2027-01-29", "sent": None, "files": [], "subject": "ALG",
                                                 "group": G7})
    mark(9, P7[0], g7("01-29", "ALG"), "4", "2027-01-29T15:40:21.2", work=selfwork)
    mark(10, P7[1], g7("01-29", "ALG"), "5", "2027-01-29T15:41:03.77", work=selfwork)
    mark(11, P7[3], g7("01-29", "ALG"), "3", "2027-01-29T15:41:30.1", work=selfwork)
    mark(12, P7[0], g7("02-01", "ALG"), "5", "2027-02-01T08:25:30.4")  # an oral answer online
    mark(13, P7[3], g7("02-02", "PHY"), "4", "2027-02-02T08:28:11.9")
    # the online independent work of Wed 03.02, checked from photos on Mon 08.02 (5106, new type)
    mark(14, P7[0], g7("02-03", "ALG"), "4", "2027-02-08T13:10:05.2", work=online)
    mark(15, P7[1], g7("02-03", "ALG"), "5-", "2027-02-08T13:10:40.61", work=online)
    mark(16, P7[2], g7("02-03", "ALG"), "3", "2027-02-08T13:11:02.3", work=online)
    mark(17, P7[3], g7("02-03", "ALG"), "2", "2027-02-08T13:11:29.08", work=online,
         deleted="2027-02-10T09:00")  # "not handed in": she was ill; removed after the certificate
    mark(18, P7[4], g7("02-03", "ALG"), "4", "2027-02-08T13:12:00.5", work=online)
    # the dictation in Сферум of Fri 05.02, marked on Saturday
    mark(19, P7[0], g7("02-05", "RUS"), "4-", "2027-02-06T11:02:13.3", work=dictation)
    mark(20, P7[2], g7("02-05", "RUS"), "3+", "2027-02-06T11:03:40.2", work=dictation)
    # the essay of Thu 04.02, marked on Thu 11.02
    mark(21, P7[0], g7("02-04", "ENG"), "5", "2027-02-11T16:20:44.7", work=essay)
    mark(22, P7[1], g7("02-04", "ENG"), "4", "2027-02-11T16:21:09.15", work=essay)
    # week 3, back at school
    mark(23, P7[0], g7("02-08", "ALG"), "4", "2027-02-08T08:30:00.2")
    mark(24, P7[1], g7("02-08", "RUS"), "5", "2027-02-08T09:20:41.6")
    mark(25, P7[0], g7("02-09", "PHY"), "5", "2027-02-09T08:31:17.3")
    mark(26, P7[2], g7("02-10", "ALG"), "4", "2027-02-10T09:15:52.4")
    mark(27, P7[0], g7("02-10", "ALG"), "5-", "2027-02-10T09:16:30.08")
    mark(28, P7[0], g7("02-11", "HIS"), "4", "2027-02-11T08:29:09.9")
    mark(29, P7[0], his, "5", "2027-02-12T11:15:44.1")  # the moved history lesson
    mark(30, P7[3], g7("02-12", "ALG"), "4", "2027-02-12T08:35:12.6")
    # 8Б
    mark(31, P8[0], g8("01-25", "PHY"), "4", "2027-01-25T08:30:02.5")
    mark(32, P8[0], g8("01-26", "RUS"), "5", "2027-01-26T08:31:20.3")
    mark(33, P8[0], g8("01-27", "PHY"), "3", "2027-01-27T10:20:44.1")  # the substitute's lesson
    mark(34, P8[1], g8("01-27", "PHY"), "4", "2027-01-27T10:21:10.7")
    mark(35, P8[0], g8("01-28", "ALG"), "4+", "2027-01-28T09:25:36.2")
    mark(36, P8[3], g8("01-29", "PHY"), "5", "2027-01-29T10:18:03.9")
    mark(37, P8[0], g8("02-01", "PHY") + 500, "5", "2027-02-01T08:36:51.4")  # computer science instead
    mark(38, P8[0], g8("02-02", "PHY"), "4", "2027-02-02T09:22:08.6")
    mark(39, P8[2], g8("02-03", "ALG"), "3", "2027-02-03T08:34:19.2")
    mark(40, P8[2], g8("02-04", "PHY") + 500, "5", "2027-02-04T08:33:47.05")
    mark(41, P8[0], g8("02-05", "PHY"), "5-", "2027-02-05T10:20:30.3")
    mark(42, P8[0], g8("02-08", "PHY"), "4", "2027-02-08T15:05:12.7", work=test8)
    mark(43, P8[2], g8("02-08", "PHY"), "3", "2027-02-08T15:05:40.2", work=test8)
    mark(44, P8[2], g8("02-10", "ALG"), "4", "2027-02-10T08:30:55.5")
    mark(45, P8[0], g8("02-11", "PHY"), "5", "2027-02-11T08:36:14.8")

    # --- attendance (only what a teacher marked: §3.5 has no entry for a lesson nobody marked) ------------------
    def entry(lid, person, status, comment, created, changes=()):
        LOG[(lid, person)] = Hist(created[:16], {"status": status, "comment": comment, "created": created})
        for t, st, cm in changes:
            LOG[(lid, person)].set(t, None if st is None else {"status": st, "comment": cm, "created": created})

    # 8Б, Никита Гусев ill the whole first week: Absent, then the certificate on Mon 01.02 makes it Ill
    for day in WEEK[0]:
        for slot, code in enumerate(WEEKLY[G8][day.weekday()], start=1):
            lid = lesson_id(G8, day, slot)
            entry(lid, P8[2], "Absent", "", iso(day, BELLS[slot][0]) + ".5",
                  [("2027-02-01T17:30", "Ill", "справка № 117 от 29.01.2027")])
    # 8Б, Вера Никитина away Thu 04.02 and Fri 05.02: Absent, then the parents' note makes it Pass
    for mmdd in ("02-04", "02-05"):
        day = D[mmdd]
        for slot, code in enumerate(WEEKLY[G8][day.weekday()], start=1):
            lid = lesson_id(G8, day, slot)
            if LESSONS[lid].at("2099") is None:
                lid += 500
            entry(lid, P8[4], "Absent", "", iso(day, BELLS[slot][0]) + ".2",
                  [("2027-02-08T15:00", "Pass", "заявление родителей")])
    # 7А, Mon 01.02 Russian online: the teacher marked the whole class Absent ("все дома"); cleared on Tue
    for person in P7:
        entry(g7("02-01", "RUS"), person, "Absent", "", "2027-02-01T08:55:03.4",
              [("2027-02-02T11:00", None, "")])
    # 7А physics online: who connected (Attend), who did not (Absent), who fell ill (Ill)
    for mmdd, special in (("02-02", {P7[4]: ("Absent", "не подключился к уроку")}),
                          ("02-03", {P7[3]: ("Ill", "заболела")}),
                          ("02-05", {P7[3]: ("Ill", "заболела")})):
        lid = g7(mmdd, "PHY")
        start = LESSONS[lid].at("2099")["date"][11:16]
        for person in P7:
            status, comment = special.get(person, ("Attend", "онлайн"))
            entry(lid, person, status, comment, f"2027-{mmdd}T{start}:40.1")
    LOG[(g7("02-02", "PHY"), P7[4])].set("2027-02-03T10:00", {"status": "Pass", "comment": "нет интернета, "
                                                                 "заявление родителей",
                                                                 "created": "2027-02-02T08:00:40.1"})
    # 7А, Дарья Гусева still ill Mon 08.02 and Tue 09.02, back at school
    for mmdd in ("02-08", "02-09"):
        day = D[mmdd]
        for slot, code in enumerate(WEEKLY[G7][day.weekday()], start=1):
            entry(lesson_id(G7, day, slot), P7[3], "Ill", "болеет", iso(day, BELLS[slot][0]) + ".9")


# --- answers ------------------------------------------------------------------------------------------------


def person_body(pid: int, last: str, first: str, middle: str, sex: str, user: int | None = None) -> dict:
    return {"id": pid, "id_str": str(pid), "userId": user, "userId_str": None if user is None else str(user),
            "firstName": first, "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}. {middle[0]}.",
            "sex": sex}


def teacher_body(pid: int) -> dict:
    last, first, middle, sex = TEACHERS[pid]
    return person_body(pid, last, first, middle, sex)


def subject_body(code: str) -> dict:
    sid, name, area = SUBJ[code]
    return {"id": sid, "id_str": str(sid), "name": name, "knowledgeArea": area, "fgosSubjectId": None}


def work_body(wid: int, w: dict, t: str) -> dict:
    lesson = w["lesson"]
    tasks = []
    if w["type"] == "Homework":
        tasks = [{"id": wid + 10000 + i, "id_str": str(wid + 10000 + i), "person": p, "person_str": str(p),
                  "work": wid, "work_str": str(wid), "status": "NotStarted", "targetDate": w["target"] + "T00:00:00"}
                 for i, p in enumerate(w.get("only") or (P7 if w["group"] == G7 else P8))]
    return {"id": wid, "id_str": str(wid), "type": w["type"], "workType": w["workType"], "markType": "mark5",
            "markCount": 1, "lesson": lesson, "lesson_str": str(lesson), "displayInJournal": w["type"] != "Homework",
            "status": "Sent", "eduGroup": w["group"], "eduGroup_str": str(w["group"]), "tasks": tasks,
            "text": w["text"], "periodNumber": 3, "periodType": "Quarter", "subjectId": SUBJ[w["subject"]][0],
            "isImportant": w["workType"] in (5102, 5106), "targetDate": w["target"] + "T00:00:00",
            "sentDate": w["sent"], "createdBy": LESSONS[lesson].at(t)["teachers"][0] if LESSONS[lesson].at(t) else None,
            "files": w["files"], "oneDriveLinks": []}


def works_of(lid: int, t: str) -> list[tuple[int, dict]]:
    return sorted((wid, w.at(t)) for wid, w in WORKS.items() if w.at(t) and w.at(t)["lesson"] == lid)


def lesson_entity(lid: int, t: str) -> dict:
    s = LESSONS[lid].at(t)
    return {"id": lid, "id_str": str(lid), "title": s["title"], "date": s["date"], "number": s["number"],
            "subject": subject_body(s["subject"]), "group": s["group"], "status": "Conducted" if s["date"] < t
            else "Planned", "resultPlaceId": 0, "works": [work_body(wid, w, t) for wid, w in works_of(lid, t)],
            "teachers": s["teachers"], "teachers_str": [str(x) for x in s["teachers"]]}


def alive_lessons(t: str, group: int, start: str, end: str) -> list[int]:
    found = [lid for lid, h in LESSONS.items() if h.at(t) and h.at(t)["group"] == group
             and start <= h.at(t)["date"][:10] <= end]
    return sorted(found, key=lambda lid: (LESSONS[lid].at(t)["date"], LESSONS[lid].at(t)["number"]))


def lessons_range(group: int, start: str, end: str, t: str) -> list[dict]:
    return [lesson_entity(lid, t) for lid in alive_lessons(t, group, start, end)]


def mark_body(mid: int, m: dict) -> dict:
    value = m["value"]
    mood = "Good" if value[0] in "45" else "Average" if value[0] == "3" else "Bad"
    return {"id": mid, "id_str": str(mid), "type": "mark5", "value": value, "textValue": value,
            "person": m["person"], "person_str": str(m["person"]), "work": m["work"], "work_str": str(m["work"]),
            "lesson": m["lesson"], "lesson_str": str(m["lesson"]), "number": 0, "date": m["date"],
            "workType": m["workType"], "mood": mood, "use_avg_calc": True}


def group_marks(group: int, start: str, end: str, t: str) -> list[dict]:
    """A group's marks range: the marks of the group's lessons dated within the range (by the lesson's date)."""
    lessons = set(alive_lessons(t, group, start, end))
    return [mark_body(mid, h.at(t)) for mid, h in sorted(MARKS.items()) if h.at(t) and h.at(t)["lesson"] in lessons]


def person_marks(person: int, start: str, end: str, t: str) -> list[dict]:
    """A pupil's own range (persons/{p}/schools/{s}/marks): by the mark's own date."""
    return [mark_body(mid, h.at(t)) for mid, h in sorted(MARKS.items()) if h.at(t) and h.at(t)["person"] == person
            and start <= h.at(t)["date"][:10] <= end]


def log_body(lid: int, person: int, e: dict) -> dict:
    return {"person": person, "person_str": str(person), "lesson": lid, "lesson_str": str(lid),
            "comment": e["comment"], "status": e["status"], "createdDate": e["created"]}


def group_log(group: int, code: str, start: str, end: str, t: str) -> list[dict]:
    lessons = [lid for lid in alive_lessons(t, group, start, end) if LESSONS[lid].at(t)["subject"] == code]
    return [log_body(lid, p, h.at(t)) for lid in lessons for (l2, p), h in sorted(LOG.items())
            if l2 == lid and h.at(t)]


def lesson_log(lid: int, t: str) -> list[dict]:
    return [log_body(lid, p, h.at(t)) for (l2, p), h in sorted(LOG.items()) if l2 == lid and h.at(t)]


def person_log(person: int, start: str, end: str, t: str) -> list[dict]:
    return [log_body(lid, p, h.at(t)) for (lid, p), h in sorted(LOG.items()) if p == person and h.at(t)
            and LESSONS[lid].at(t) and start <= LESSONS[lid].at(t)["date"][:10] <= end]


def remote(group: int, date: str) -> bool:
    return group == G7 and "2027-02-01" <= date[:10] <= "2027-02-05"


def schedules(person: int, group: int, start: str, end: str, t: str) -> dict:
    days = []
    day = dt.date.fromisoformat(start)
    work_types = {wt["id"]: wt for wt in WORK_TYPES_ALL}
    while day <= dt.date.fromisoformat(end):
        lids = alive_lessons(t, group, day.isoformat(), day.isoformat())
        lessons, works, homeworks, marks, logs, subjects, teachers, types = [], [], [], [], [], {}, {}, {}
        for lid in lids:
            s = LESSONS[lid].at(t)
            bells = ONLINE if remote(group, s["date"]) else BELLS
            wl = works_of(lid, t)
            lessons.append({"id": lid, "title": s["title"], "date": s["date"], "number": s["number"],
                            "subjectId": SUBJ[s["subject"]][0], "status": "Planned", "resultPlaceId": 0,
                            "building": None,
                            "place": REMOTE_PLACE if remote(group, s["date"]) else ROOMS[group][s["subject"]],
                            "floor": None if remote(group, s["date"]) else ROOMS[group][s["subject"]][5],
                            "hours": f"{bells[s['number']][0]} - {bells[s['number']][1]}",
                            "works": [wid for wid, _ in wl], "teachers": s["teachers"]})
            for wid, w in wl:
                (homeworks if w["type"] == "Homework" else works).append(work_body(wid, w, t))
                types[w["workType"]] = work_types[w["workType"]]
            marks += [mark_body(mid, h.at(t)) for mid, h in sorted(MARKS.items())
                      if h.at(t) and h.at(t)["lesson"] == lid and h.at(t)["person"] == person]
            logs += [log_body(lid, person, LOG[(lid, person)].at(t))] if (lid, person) in LOG and LOG[
                (lid, person)].at(t) else []
            sid, name, _ = SUBJ[s["subject"]]
            subjects[sid] = {"id": sid, "name": name, "knowledgeAreaId": 0}
            for tid in s["teachers"]:
                teachers[tid] = teacher_body(tid)
        nxt = day + dt.timedelta(days=1)
        days.append({"date": day.isoformat() + "T00:00:00", "lessons": lessons, "marks": marks, "works": works,
                     "homeworks": homeworks, "subjects": list(subjects.values()),
                     "workTypes": [{"id": wt["id"], "schoolId": SCHOOL, "abbreviation": wt["abbr"], "name": wt["title"],
                                    "isFinal": False, "isImportant": wt["weight"] > 1, "kindId": wt["kindId"],
                                    "kind": wt["kind"]} for wt in types.values()],
                     "lessonLogEntries": logs, "teachers": list(teachers.values()),
                     "nextDate": nxt.isoformat() + "T00:00:00"})
        day = nxt
    return {"days": days}


def flat_lesson(lid: int, t: str) -> dict:
    s = LESSONS[lid].at(t)
    bells = ONLINE if remote(s["group"], s["date"]) else BELLS
    return {"id": lid, "title": s["title"], "date": s["date"], "number": s["number"],
            "subjectId": SUBJ[s["subject"]][0], "status": "Conducted", "resultPlaceId": 0, "building": None,
            "place": REMOTE_PLACE if remote(s["group"], s["date"]) else ROOMS[s["group"]][s["subject"]],
            "floor": None, "hours": f"{bells[s['number']][0]} - {bells[s['number']][1]}",
            "works": [x for x, _ in works_of(lid, t)], "teachers": s["teachers"]}


def recentmarks(person: int, group: int, since: str, limit: int, t: str) -> dict:
    """persons/{p}/group/{g}/recentmarks (§0, §7): the pupil's newest marks by their own date, with what they name."""
    found = sorted(((h.at(t)["date"], mid) for mid, h in MARKS.items() if h.at(t) and h.at(t)["person"] == person
                    and h.at(t)["date"][:10] >= since), reverse=True)[:limit]
    marks = [mark_body(mid, MARKS[mid].at(t)) for _, mid in found]
    works, lessons, subjects, types = {}, {}, {}, {}
    for m in marks:
        w = WORKS[m["work"]].at(t)
        works[m["work"]] = work_body(m["work"], w, t)
        lessons[m["lesson"]] = flat_lesson(m["lesson"], t)
        sid_, name, _ = SUBJ[w["subject"]]
        subjects[sid_] = {"id": sid_, "name": name, "knowledgeAreaId": 0}
        wt = next(x for x in WORK_TYPES_ALL if x["id"] == w["workType"])
        types[wt["id"]] = {"id": wt["id"], "schoolId": SCHOOL, "abbreviation": wt["abbr"], "name": wt["title"],
                           "isFinal": False, "isImportant": wt["weight"] > 1, "kindId": wt["kindId"],
                           "kind": wt["kind"]}
    return {"marks": marks, "criteriabasedmarks": [], "works": list(works.values()),
            "subjects": list(subjects.values()), "workTypes": list(types.values()),
            "lessons": list(lessons.values()), "lessonLogEntries": []}


def homeworks_bundle(start: str, end: str, t: str) -> dict:
    """users/me/school/{s}/homeworks (§3.7): every homework whose lesson or due date lies within the range."""
    works, lessons, subjects, files, teachers = [], {}, {}, {}, {}
    for wid, h in sorted(WORKS.items()):
        w = h.at(t)
        if not w or w["type"] != "Homework":
            continue
        s = LESSONS[w["lesson"]].at(t)
        if not (start <= s["date"][:10] <= end or start <= w["target"] <= end):
            continue
        works.append(work_body(wid, w, t))
        bells = ONLINE if remote(s["group"], s["date"]) else BELLS
        lessons[w["lesson"]] = {"id": w["lesson"], "title": s["title"], "date": s["date"], "number": s["number"],
                                "subjectId": SUBJ[s["subject"]][0], "status": "Conducted", "resultPlaceId": 0,
                                "building": None,
                                "place": REMOTE_PLACE if remote(s["group"], s["date"]) else ROOMS[s["group"]][
                                    s["subject"]], "floor": None,
                                "hours": f"{bells[s['number']][0]} - {bells[s['number']][1]}",
                                "works": [x for x, _ in works_of(w["lesson"], t)], "teachers": s["teachers"]}
        sid, name, _ = SUBJ[s["subject"]]
        subjects[sid] = {"id": sid, "name": name, "knowledgeAreaId": 0}
        for fid in w["files"]:
            files[fid] = dict(FILES[fid], user=None, vote=None)
        for tid in s["teachers"]:
            teachers[tid] = teacher_body(tid)
    return {"works": works, "subjects": list(subjects.values()), "lessons": list(lessons.values()),
            "files": list(files.values()), "teachers": list(teachers.values())}


WORK_TYPES = [
    {"id": 5101, "id_str": "5101", "schoolId": SCHOOL, "kindId": 1, "kind": "DefaultNewLessonWork",
     "title": "Ответ на уроке", "abbr": "ОУ", "weight": 1},
    {"id": 5102, "id_str": "5102", "schoolId": SCHOOL, "kindId": 2, "kind": "LessonTestWork",
     "title": "Контрольная работа", "abbr": "КР", "weight": 3},
    {"id": 5103, "id_str": "5103", "schoolId": SCHOOL, "kindId": 3, "kind": "CommonWork",
     "title": "Самостоятельная работа", "abbr": "СР", "weight": 2},
    {"id": 5104, "id_str": "5104", "schoolId": SCHOOL, "kindId": 4, "kind": "Homework",
     "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1},
]
NEW_TYPE = {"id": 5106, "id_str": "5106", "schoolId": SCHOOL, "kindId": 3, "kind": "CommonWork",
            "title": "Дистанционная работа", "abbr": "ДР", "weight": 2}
WORK_TYPES_ALL = WORK_TYPES + [NEW_TYPE]


def group_body(group: int) -> dict:
    tt = TT7 if group == G7 else TT8
    return {"id": group, "id_str": str(group), "parentIds": [], "parentIds_str": [], "type": "Group",
            "name": "7А" if group == G7 else "8Б", "fullName": "", "parallel": 7 if group == G7 else 8,
            "timetable": tt, "timetable_str": str(tt), "status": "Active", "studyyear": 2026,
            "educationType": "Regular", "subjects": [], "journaltype": "Default"}


def period_group(group: int) -> dict:
    rpg = RPG7 if group == G7 else RPG8
    spans = [("2026-09-01", "2026-10-24"), ("2026-11-05", "2026-12-28"), ("2027-01-11", "2027-03-19"),
             ("2027-03-29", "2027-05-29")]
    periods = [{"id": rpg + 10 * n, "id_str": str(rpg + 10 * n), "start": a + "T00:00:00", "finish": b + "T00:00:00",
                "number": n, "type": "Quarter", "name": f"{n} четверть", "year": 2026}
               for n, (a, b) in enumerate(spans, start=1)]
    holidays = [("Осенние каникулы", "2026-10-25", "2026-11-04"), ("Зимние каникулы", "2026-12-29", "2027-01-10"),
                ("Весенние каникулы", "2027-03-20", "2027-03-28")]
    return {"id": rpg, "reportingPeriods": periods,
            "holidays": [{"id": rpg + 100 + i, "reportingPeriodGroupId": rpg, "dateStart": a + "T00:00:00",
                          "dateFinish": b + "T00:00:00", "name": name, "description": ""}
                         for i, (name, a, b) in enumerate(holidays)]}


def timetable() -> list[dict]:
    return [{"Name": "Основное расписание 2026/27", "Start": "2026-09-01T00:00:00", "FirstLessonNumber": 1,
             "Items": [{"Id": 1000006544100 + n, "Start": f"2026-09-01T{a}:00", "Finish": f"2026-09-01T{b}:00",
                        "Name": f"{n} урок", "Type": "Lesson",
                        "DaysOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "LessonNumber": n}
                       for n, (a, b) in BELLS.items()]}]


def context(user: int, person: int, last: str, first: str, middle: str, children: list[int]) -> dict:
    kids = []
    for c in children:
        group = G7 if c in P7 else G8
        _, clast, cfirst, cmiddle, _ = next(p for p in PUPILS[group] if p[0] == c)
        kids.append({"personId": c, "personId_str": str(c), "firstName": cfirst, "lastName": clast,
                     "middleName": cmiddle, "shortName": f"{clast} {cfirst[0]}.", "schoolIds": [SCHOOL],
                     "groupIds": [group]})
    return {"userId": user, "userId_str": str(user), "personId": person, "personId_str": str(person),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [SCHOOL], "groupIds": [],
            "schools": [{"id": SCHOOL, "name": "МАОУ «Гимназия № 44»", "type": "School", "groupIds": [G7, G8]}],
            "eduGroups": [], "children": kids, "splitId": None}


SUBJECTS_OF = {G7: ["ALG", "RUS", "HIS", "PHY", "ENG"], G8: ["ALG", "RUS", "HIS", "PHY", "ENG", "INF"]}


def rec(request: str, body, pulled: str) -> dict:
    return {"request": request, "body": body, "pulled_at": pulled + ":00" + TZ}


def build() -> dict:
    the_story()
    S = SCHOOL
    steps = []

    def step(name: str, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    def logs(group, start, end, t, codes=None):
        return [rec(f"GET /v2/lesson-log-entries/group/{group}?subject={SUBJ[c][0]}&from={start}&to={end}",
                    group_log(group, c, start, end, t), t) for c in (codes or SUBJECTS_OF[group])]

    t0 = "2027-01-24T18:00"
    ref = [rec(f"GET /v2/schools/{S}", {"id": S, "id_str": str(S), "name": "МАОУ «Гимназия № 44»",
                                        "fullName": "Муниципальное автономное общеобразовательное учреждение «Гимназия № 44»",
                                        "avatarSmall": None, "city": "Екатеринбург", "municipality": "город Екатеринбург",
                                        "regionId": 66, "markType": "mark5", "timeZone": 5, "uses_avg": True,
                                        "uses_weighted_avg": True, "educationType": "Regular"}, t0),
           rec(f"GET /v2/work-types/{S}", WORK_TYPES, t0)]
    for group in (G7, G8):
        ref.append(rec(f"GET /v2/edu-groups/{group}", group_body(group), t0))
        ref.append(rec(f"GET /v2/edu-groups/{group}/persons?includeArchive=false",
                       [person_body(p, a, b, c, s, p - 1000000 if p < 10 ** 13 else None)
                        for p, a, b, c, s in PUPILS[group]], t0))
        ref.append(rec(f"GET /v2/edu-groups/{group}/reporting-period-group", period_group(group), t0))
        ref.append(rec(f"GET /v2/edu-groups/{group}/timetables", timetable(), t0))
        ref.append(rec(f"GET /v2/edu-groups/{group}/classteacher", teacher_body(T_ALG if group == G7 else T_RUS), t0))
    for pid in (T_ALG, T_RUS, T_HIS, T_PHY8, T_PHY7, T_ENG):
        ref.append(rec(f"GET /v2/persons/{pid}", teacher_body(pid), t0))
    for user, person, last, first, middle, children in PARENTS:
        ref.append(rec(f"GET /v2/users/{user}/context", context(user, person, last, first, middle, children), t0))
    w1 = ("2027-01-25", "2027-01-29")
    week1 = [rec(f"GET /v2/edu-groups/{G7}/lessons/{w1[0]}/{w1[1]}", lessons_range(G7, *w1, t0), t0),
             rec(f"GET /v2/edu-groups/{G8}/lessons/{w1[0]}/{w1[1]}", lessons_range(G8, *w1, t0), t0),
             rec(f"GET /v2/persons/{P7[0]}/groups/{G7}/schedules?startDate={w1[0]}&endDate={w1[1]}",
                 schedules(P7[0], G7, *w1, t0), t0)]
    step("00 Sun 2027-01-24 18:00: reference data of both classes, week 1 plans", ref, week1)

    t = "2027-01-27T07:30"
    step("01 Wed 2027-01-27 07:30: 8Б's physics teacher off sick; the week re-pulled names the substitute",
         [rec(f"GET /v2/edu-groups/{G8}/lessons/{w1[0]}/{w1[1]}", lessons_range(G8, *w1, t), t),
          rec(f"GET /v2/persons/{T_SUB}", teacher_body(T_SUB), t)])

    t = "2027-01-29T20:00"
    hw1 = rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2027-01-25&endDate=2027-01-31",
              homeworks_bundle("2027-01-25", "2027-01-31", t), t)
    log8_alg_w1 = logs(G8, *w1, t, ["ALG"])[0]
    step("02 Fri 2027-01-29 20:00: week 1 marks, attendance, homework",
         [rec(f"GET /v2/edu-groups/{G7}/marks/{w1[0]}/{w1[1]}", group_marks(G7, *w1, t), t),
          rec(f"GET /v2/edu-groups/{G8}/marks/{w1[0]}/{w1[1]}", group_marks(G8, *w1, t), t)]
         + logs(G7, *w1, t) + logs(G8, *w1, t, ["ALG", "RUS", "HIS", "PHY", "ENG"]) + [hw1])

    w2 = ("2027-02-01", "2027-02-05")
    t = "2027-01-31T20:00"
    plan7 = rec(f"GET /v2/edu-groups/{G7}/lessons/{w2[0]}/{w2[1]}", lessons_range(G7, *w2, t), t)
    step("03 Sun 2027-01-31 20:00: quarantine declared for 7А at 17:00; week 2 plans pulled",
         [plan7, rec(f"GET /v2/edu-groups/{G8}/lessons/{w2[0]}/{w2[1]}", lessons_range(G8, *w2, t), t)])

    t, t8, t8b = "2027-02-01T07:00", "2027-02-01T07:30", "2027-02-01T08:00"
    step("04 Mon 2027-02-01 morning: 7А's online week; 8Б's replacements; Никита's certificate in the evening",
         [rec(f"GET /v2/persons/{P7[0]}/groups/{G7}/schedules?startDate={w2[0]}&endDate={w2[1]}",
              schedules(P7[0], G7, *w2, t), t),
          rec(f"GET /v2/edu-groups/{G8}/lessons/{w2[0]}/{w2[1]}", lessons_range(G8, *w2, t8), t8),
          rec(f"GET /v2/persons/{T_INF}", teacher_body(T_INF), t8),
          rec(f"GET /v2/persons/{P8[0]}/groups/{G8}/schedules?startDate={w2[0]}&endDate={w2[1]}",
              schedules(P8[0], G8, *w2, t8b), t8b)],
         [rec(f"GET /v2/persons/{P8[2]}/lesson-log-entries?startDate={w1[0]}&endDate={w1[1]}",
              person_log(P8[2], *w1, "2027-02-01T18:00"), "2027-02-01T18:00")])

    t = "2027-02-01T20:00"
    step("05 Mon 2027-02-01 20:00: Monday's Russian lesson of 7А, the whole class marked Absent",
         logs(G7, "2027-02-01", "2027-02-01", t, ["RUS"]))

    t, tl = "2027-02-02T07:00", "2027-02-02T07:05"
    moved = L(G7, "02-04", "HIS")
    step("06 Tue 2027-02-02: 7А's week re-pulled (English cancelled, history moved); the Absent marks cleared",
         [rec(f"GET /v2/edu-groups/{G7}/lessons/{w2[0]}/{w2[1]}", lessons_range(G7, *w2, t), t),
          rec(f"GET /v2/lessons/{moved}", lesson_entity(moved, tl), tl),
          rec(f"GET /v2/lessons/{L(G7, '02-01', 'RUS')}/log-entries", lesson_log(L(G7, "02-01", "RUS"),
                                                                               "2027-02-02T12:00"),
              "2027-02-02T12:00")])

    t, tl = "2027-02-02T20:00", "2027-02-03T12:00"
    lev_phy = L(G7, "02-02", "PHY")
    step("06b Tue 02-02 20:00 and Wed 02-03 12:00: the online week's homework so far; Лев's absence excused",
         [rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2027-02-01&endDate=2027-02-07",
              homeworks_bundle("2027-02-01", "2027-02-07", t), t)],
         [rec(f"GET /v2/lesson-log-entries/lesson/{lev_phy}/person/{P7[4]}",
              log_body(lev_phy, P7[4], LOG[(lev_phy, P7[4])].at(tl)), tl)])

    t = "2027-02-05T20:00"
    step("07 Fri 2027-02-05 20:00: week 2 marks, attendance, homework",
         [rec(f"GET /v2/edu-groups/{G7}/marks/{w2[0]}/{w2[1]}", group_marks(G7, *w2, t), t),
          rec(f"GET /v2/edu-groups/{G8}/marks/{w2[0]}/{w2[1]}", group_marks(G8, *w2, t), t)]
         + logs(G7, *w2, t) + logs(G8, *w2, t, ["ALG", "RUS", "HIS", "PHY", "INF"])
         + [rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2027-02-01&endDate=2027-02-07",
                homeworks_bundle("2027-02-01", "2027-02-07", t), t)])

    w3 = ("2027-02-08", "2027-02-12")
    t, tb = "2027-02-07T18:00", "2027-02-07T18:10"
    step("08 Sun 2027-02-07 18:00: the return to school: week 3 plans",
         [rec(f"GET /v2/edu-groups/{G7}/lessons/{w3[0]}/{w3[1]}", lessons_range(G7, *w3, t), t),
          rec(f"GET /v2/edu-groups/{G8}/lessons/{w3[0]}/{w3[1]}", lessons_range(G8, *w3, t), t),
          rec(f"GET /v2/persons/{P7[0]}/groups/{G7}/schedules?startDate={w3[0]}&endDate={w3[1]}",
              schedules(P7[0], G7, *w3, tb), tb)])

    t = "2027-02-08T20:00"
    step("09 Mon 2027-02-08 20:00: 7А's marks of the last fortnight: the online work checked today (type 5106)",
         [rec(f"GET /v2/edu-groups/{G7}/marks/2027-01-25/2027-02-08", group_marks(G7, "2027-01-25", "2027-02-08", t),
              t)])

    t = "2027-02-09T07:00"
    step("10 Tue 2027-02-09 07:00: work types again (5106 «Дистанционная работа»); 8Б's week 2 log again",
         [rec(f"GET /v2/work-types/{S}", WORK_TYPES_ALL, t)],
         logs(G8, *w2, t, ["ALG", "RUS", "HIS", "PHY", "INF"]))

    t = "2027-02-10T19:00"
    step("11 Wed 2027-02-10 19:00: 7А's marks again, a sliding window: Дарья's 2 for the online work is gone",
         [rec(f"GET /v2/edu-groups/{G7}/marks/2027-02-01/2027-02-10", group_marks(G7, "2027-02-01", "2027-02-10", t),
              t)])

    t, tp = "2027-02-12T20:00", "2027-02-12T18:00"
    tr = "2027-02-12T17:00"
    step("12 Fri 2027-02-12: Полина's recent marks and Матвей's own marks (the essay marked on Thursday); week 3 "
         "marks, logs, homework",
         [rec(f"GET /v2/persons/{P7[1]}/group/{G7}/recentmarks?fromDate=2027-02-08&limit=10",
              recentmarks(P7[1], G7, "2027-02-08", 10, tr), tr),
          rec(f"GET /v2/persons/{P7[0]}/schools/{S}/marks/2027-02-08/2027-02-14",
              person_marks(P7[0], "2027-02-08", "2027-02-14", tp), tp)],
         [rec(f"GET /v2/edu-groups/{G7}/marks/{w3[0]}/{w3[1]}", group_marks(G7, *w3, t), t),
          rec(f"GET /v2/edu-groups/{G8}/marks/{w3[0]}/{w3[1]}", group_marks(G8, *w3, t), t)]
         + logs(G7, *w3, t)
         + [rec(f"GET /v2/users/me/school/{S}/homeworks?startDate=2027-02-08&endDate=2027-02-14",
                homeworks_bundle("2027-02-08", "2027-02-14", t), t)])

    step("13 Sat 2027-02-13 09:00: a retry queue delivers three old answers with their old pulled_at",
         [log8_alg_w1, hw1, plan7])
    return {"vendor": "dnevnik_ru",
            "description": "Dnevnik.ru journey 44: МАОУ «Гимназия № 44», Екатеринбург (timeZone 5), 7А and 8Б, "
                           "2027-01-25..02-12: 7А on quarantine in week 2 (online lessons, a lesson cancelled, one "
                           "moved, attendance marked differently, online work marked days later), 8Б's physics "
                           "teacher off sick (substitute, replacements), pupils ill a whole week with certificates.",
            "school": {"timezone": "Asia/Yekaterinburg", "name": "МАОУ «Гимназия № 44»"},
            "steps": steps}


if __name__ == "__main__":
    out = Path(__file__).with_name("journey.json")
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    journey = json.loads(out.read_text(encoding="utf-8"))
    print(sum(len(b) for s in journey["steps"] for b in s["batches"]), "records")
