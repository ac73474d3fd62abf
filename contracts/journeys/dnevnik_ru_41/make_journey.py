"""Write journey.json: a primary school on Dnevnik.ru («Школа № 41», Москва), three school weeks of 2025/26
(15-19 and 22-26 December 2025, then 12-16 January 2026 after the winter holidays), three classes: 1А (no marks at
all, 35-minute lessons in the first half-year and 40-minute ones from January, a dynamic pause as the journal's third
lesson, extra February holidays for first graders), 2А (no marks before January except a pass/fail reading check,
five-point marks from the third quarter) and 4Б (five-point marks, ОРКСЭ on зачёт/незачёт, the quarter's final
marks with «осв» and «н/а»). Standard library only; deterministic. Sections (§) are those of
shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = 1000002441041
SCHOOL_NAME = "ГБОУ «Школа № 41»"
G1, G2, G4 = 2260325488741000101, 2260325488741000201, 2260325488741000402
GROUPS = {G1: ("1А", 1), G2: ("2А", 2), G4: ("4Б", 4)}
CODE = {G1: 1, G2: 2, G4: 4}

# work types (§3.3 standalone shape): id, title, abbr, weight, kind
WT = {
    "РУ": (2141041001, "Работа на уроке", "РУ", 1, "DefaultNewLessonWork"),
    "КР": (2141041002, "Контрольная работа", "КР", 3, "LessonTestWork"),
    "СР": (2141041003, "Самостоятельная работа", "СР", 2, "CommonWork"),
    "ТЧ": (2141041004, "Техника чтения", "ТЧ", 1, "CommonWork"),
    "НЗ": (2141041005, "Чтение наизусть", "НЗ", 1, "LessonByHeart"),
    "ДЗ": (2141041006, "Домашнее задание", "ДЗ", 1, "Homework"),
    "ЧО": (2141041007, "Четвертная оценка", "Ч", 1, "PeriodMark"),
}

AREAS = {
    "Русский язык": "Русский язык и литературное чтение", "Литературное чтение": "Русский язык и литературное чтение",
    "Математика": "Математика и информатика", "Окружающий мир": "Обществознание и естествознание",
    "ИЗО": "Искусство", "Музыка": "Искусство", "Труд (технология)": "Технология",
    "Физическая культура": "Физическая культура", "Английский язык": "Иностранный язык",
    "Основы религиозных культур и светской этики": "Основы религиозных культур и светской этики",
    "Разговоры о важном": "Внеурочная деятельность", "Динамическая пауза": "Внеурочная деятельность",
    "Шахматная школа": "Внеурочная деятельность",
}
SUBJ = {name: 2260325488741020001 + i for i, name in enumerate(AREAS)}
ORKSE = "Основы религиозных культур и светской этики"

# persons: (person id, user id, last, first, middle, sex)
MISHA = (1000012741101, 1000011741101, "Поляков", "Михаил", "Андреевич", "Male")
DASHA = (1000012741102, 1000011741102, "Кириллова", "Дарья", "Олеговна", "Female")
FEDYA = (1000012741103, 1000011741103, "Лебедев", "Фёдор", "Ильич", "Male")
SONYA = (1000012741104, None, "Морозова", "Софья", "Денисовна", "Female")
LIZA = (1000012741201, 1000011741201, "Соколова", "Елизавета", "Артёмовна", "Female")
KIRILL = (1000012741202, 1000011741202, "Белов", "Кирилл", "Романович", "Male")
MIRON = (1000012741203, 1000011741203, "Гусев", "Мирон", "Павлович", "Male")
VARYA = (1000012741401, 1000011741401, "Полякова", "Варвара", "Андреевна", "Female")
TIMUR = (1000012741402, 1000011741402, "Ахмедов", "Тимур", "Русланович", "Male")
ALYONA = (1000012741403, 1000011741403, "Зайцева", "Алёна", "Викторовна", "Female")
EGOR = (1000012741404, 1000011741404, "Фомин", "Егор", "Сергеевич", "Male")
PUPILS = {G1: [MISHA, DASHA, FEDYA, SONYA], G2: [LIZA, KIRILL, MIRON], G4: [VARYA, TIMUR, ALYONA, EGOR]}

# teachers and parents
SMIRNOVA = (1000012741901, 1000011741901, "Смирнова", "Ольга", "Николаевна", "Female")   # 1А class teacher
ANDREEVA = (1000012741902, 1000011741902, "Андреева", "Наталья", "Павловна", "Female")   # 2А class teacher
MIRONOVA = (1000012741903, 1000011741903, "Миронова", "Татьяна", "Викторовна", "Female")  # 4Б class teacher
KRAVTSOV = (1000012741904, 1000011741904, "Кравцов", "Денис", "Игоревич", "Male")        # PE
LUKINA = (1000012741905, 1000011741905, "Лукина", "Алла", "Борисовна", "Female")         # music
GORDEEVA = (1000012741906, 1000011741906, "Гордеева", "Мария", "Сергеевна", "Female")    # English
TEACHERS = [SMIRNOVA, ANDREEVA, MIRONOVA, KRAVTSOV, LUKINA, GORDEEVA]
CLASS_TEACHER = {G1: SMIRNOVA, G2: ANDREEVA, G4: MIRONOVA}
EKATERINA = (1000012741801, 1000011741801, "Полякова", "Екатерина", "Андреевна", "Female")  # Миша (1А), Варя (4Б)
OLEG = (1000012741802, 1000011741802, "Кириллов", "Олег", "Витальевич", "Male")            # Даша (1А)
ARTYOM = (1000012741803, 1000011741803, "Соколов", "Артём", "Викторович", "Male")           # Лиза (2А)
PARENTS = [(EKATERINA, [MISHA, VARYA]), (OLEG, [DASHA]), (ARTYOM, [LIZA])]


def teacher_of(g, subject):
    if subject == "Физическая культура":
        return KRAVTSOV
    if subject == "Музыка":
        return LUKINA
    if subject == "Английский язык":
        return GORDEEVA
    return CLASS_TEACHER[g]   # the class teacher teaches everything else, ОРКСЭ and the extra-curricular lessons too


# the weekly timetables (weekday 0..4 -> [(number, subject)])
TIMETABLE = {
    G1: [[(0, "Разговоры о важном"), (1, "Русский язык"), (2, "Математика"), (3, "Динамическая пауза"),
          (4, "Физическая культура")],
         [(1, "Литературное чтение"), (2, "Математика"), (3, "Динамическая пауза"), (4, "Окружающий мир")],
         [(1, "Русский язык"), (2, "Математика"), (3, "Динамическая пауза"), (4, "Музыка")],
         [(1, "Литературное чтение"), (2, "Русский язык"), (3, "Динамическая пауза"), (4, "ИЗО")],
         [(1, "Русский язык"), (2, "Окружающий мир"), (3, "Динамическая пауза"), (4, "Труд (технология)")]],
    G2: [[(0, "Разговоры о важном"), (1, "Русский язык"), (2, "Математика"), (3, "Литературное чтение"),
          (4, "Физическая культура")],
         [(1, "Математика"), (2, "Русский язык"), (3, "Английский язык"), (4, "Окружающий мир")],
         [(1, "Русский язык"), (2, "Математика"), (3, "Литературное чтение"), (4, "Музыка")],
         [(1, "Русский язык"), (2, "Математика"), (3, "Английский язык"), (4, "ИЗО")],
         [(1, "Литературное чтение"), (2, "Окружающий мир"), (3, "Физическая культура"), (4, "Труд (технология)")]],
    G4: [[(0, "Разговоры о важном"), (1, "Русский язык"), (2, "Математика"), (3, "Литературное чтение"),
          (4, "Физическая культура"), (5, "Английский язык")],
         [(1, "Математика"), (2, "Русский язык"), (3, "Окружающий мир"), (4, ORKSE), (5, "Музыка")],
         [(1, "Русский язык"), (2, "Математика"), (3, "Английский язык"), (4, "Литературное чтение"), (5, "ИЗО")],
         [(1, "Русский язык"), (2, "Математика"), (3, "Окружающий мир"), (4, "Физическая культура"),
          (5, "Труд (технология)")],
         [(1, "Литературное чтение"), (2, "Русский язык"), (3, "Английский язык"), (4, "Физическая культура"),
          (6, "Шахматная школа")]],
}

# bell timetables (§3.14, PascalCase): the school's for grades 2-4; 1А's own, 35 minutes then 40 from January
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
SCHOOL_BELLS = {0: ("08:00", "08:25"), 1: ("08:30", "09:15"), 2: ("09:25", "10:10"), 3: ("10:30", "11:15"),
                4: ("11:30", "12:15"), 5: ("12:25", "13:10"), 6: ("13:20", "14:05")}
BELLS_1A_AUTUMN = {0: ("08:00", "08:25"), 1: ("08:30", "09:05"), 2: ("09:20", "09:55"), 3: ("10:05", "10:45"),
                   4: ("10:55", "11:30"), 5: ("11:40", "12:15")}
BELLS_1A_WINTER = {0: ("08:00", "08:25"), 1: ("08:30", "09:10"), 2: ("09:20", "10:00"), 3: ("10:10", "10:50"),
                   4: ("11:00", "11:40"), 5: ("11:50", "12:30")}
WINTER_START = dt.date(2026, 1, 12)


def bells_for(g, day):
    if g != G1:
        return SCHOOL_BELLS
    return BELLS_1A_WINTER if day >= WINTER_START else BELLS_1A_AUTUMN


def bell_items(bells, base, pause=False):
    items = []
    for n, (a, b) in sorted(bells.items()):
        name = "Разговоры о важном" if n == 0 else ("Динамическая пауза" if pause and n == 3 else f"{n} урок")
        items.append({"Id": base + n, "Start": a, "Finish": b, "Name": name, "Type": "Lesson", "DaysOfWeek": DAYS,
                      "LessonNumber": n})
    return items


def timetable(name, start, first, items):
    return {"Name": name, "Start": f"{start}T00:00:00", "FirstLessonNumber": first, "Items": items}


SCHOOL_TT = [timetable("Расписание звонков 2–4 классы", "2025-09-01", 0, bell_items(SCHOOL_BELLS, 1000006741000))]
TT_1A_AUTUMN = timetable("1 класс, I полугодие (35 минут)", "2025-09-01", 0,
                         bell_items(BELLS_1A_AUTUMN, 1000006741100, pause=True))
TT_1A_WINTER = timetable("1 класс, II полугодие (40 минут)", "2026-01-12", 0,
                         bell_items(BELLS_1A_WINTER, 1000006741200, pause=True))

WEEKS = [dt.date(2025, 12, 15), dt.date(2025, 12, 22), dt.date(2026, 1, 12)]
SCHOOL_DAYS = [w + dt.timedelta(days=i) for w in WEEKS for i in range(5)]

TOPICS = {
    (G1, "Русский язык"): ["Строчная и заглавная буквы Ю, ю", "Строчная и заглавная буквы Ц, ц",
                           "Письмо слогов и слов с буквой ц", "Строчная и заглавная буквы Э, э",
                           "Строчная буква щ", "Заглавная буква Щ", "Строчная и заглавная буквы Ф, ф",
                           "Письмо слов с буквами ь и ъ", "Повторение: гласные после шипящих",
                           "Слова, отвечающие на вопросы кто? что?", "Слог как минимальная произносительная единица",
                           "Деление слов на слоги"],
    (G1, "Математика"): ["Сложение и вычитание в пределах 10", "Задача. Условие и вопрос", "Решение задач",
                         "Прибавить и вычесть 3", "Закрепление: состав чисел", "Проверочная работа «Числа от 1 до 10»",
                         "Сравнение длин отрезков", "Сантиметр", "Прибавить и вычесть 4"],
    (G1, "Литературное чтение"): ["Звук [ю]. Буква Ю", "Чтение слогов с буквой ц", "С. Я. Маршак «Ёлка»",
                                  "Звуки [ф], [ф’]. Буква Ф", "Разделительные ь и ъ знаки",
                                  "Русская народная сказка «Морозко»"],
    (G1, "Окружающий мир"): ["Почему зимой птицам нужна наша помощь?", "Откуда берётся снег и лёд?",
                             "Как живут растения зимой?", "Как встречают Новый год в разных странах",
                             "Почему нужно есть много овощей и фруктов?", "Почему нужно чистить зубы?"],
    (G1, "Физическая культура"): ["Подвижные игры", "Эстафеты с мячом", "Лыжная подготовка: ступающий шаг"],
    (G1, "Музыка"): ["Музыка в праздничный день", "Новогодние песни", "Музыкальные инструменты. Фортепиано"],
    (G1, "ИЗО"): ["Рисуем зимний лес", "Новогодняя открытка", "Узоры на окне"],
    (G1, "Труд (технология)"): ["Лепим снеговика из пластилина", "Ёлочная игрушка из бумаги",
                                "Аппликация «Снегирь на ветке»"],
    (G2, "Русский язык"): ["Правописание жи–ши", "Правописание ча–ща, чу–щу", "Разделительный мягкий знак",
                           "Повторение изученных орфограмм", "Слова с непроверяемыми написаниями", "Работа над ошибками",
                           "Проверочный диктант", "Имя существительное", "Одушевлённые и неодушевлённые",
                           "Собственные и нарицательные имена", "Заглавная буква в именах", "Число существительных"],
    (G2, "Математика"): ["Сложение вида 45 + 23", "Вычитание вида 57 − 26", "Проверка сложения и вычитания",
                         "Угол. Виды углов", "Решение задач", "Прямоугольник", "Свойства прямоугольника",
                         "Квадрат", "Закрепление изученного", "Сложение вида 37 + 48", "Вычитание вида 50 − 24",
                         "Решение задач в два действия"],
    (G2, "Литературное чтение"): ["Н. Носов «Живая шляпа»", "Н. Носов «На горке»", "Проверка техники чтения",
                                  "Обобщение по разделу «Зима»", "С. Михалков «Новогодняя быль»",
                                  "Русская народная сказка «Лиса и журавль»", "Сказка «Каша из топора»",
                                  "Сказка «Гуси-лебеди»", "Обобщение по разделу"],
    (G2, "Окружающий мир"): ["Берегись автомобиля!", "Домашние опасности", "Пожар", "На воде и в лесу",
                             "Опасные незнакомцы", "Наша дружная семья"],
    (G2, "Английский язык"): ["My family", "Toys for Christmas", "Happy New Year!", "My house", "In the bathroom",
                              "Numbers 1–10"],
    (G2, "Физическая культура"): ["Подвижные игры", "Прыжки на скакалке", "Лыжная подготовка", "Эстафеты",
                                  "Лыжная подготовка: скользящий шаг", "Игры на свежем воздухе"],
    (G2, "Музыка"): ["Рождество Христово", "Новогодний хоровод", "Музыкальные инструменты"],
    (G2, "ИЗО"): ["Зимний пейзаж", "Новогодняя маска", "Изображение характера животных"],
    (G2, "Труд (технология)"): ["Ёлочные игрушки из бумаги", "Новогодний сувенир", "Шитьё. Прямая строчка"],
    (G4, "Русский язык"): ["Правописание безударных падежных окончаний имён прилагательных",
                           "Склонение прилагательных во множественном числе", "Обобщение по теме «Имя прилагательное»",
                           "Контрольный диктант по теме «Имя прилагательное»", "Работа над ошибками",
                           "Личные местоимения", "Изменение личных местоимений по падежам",
                           "Правописание местоимений с предлогами", "Повторение", "Глагол как часть речи",
                           "Неопределённая форма глагола", "Изменение глаголов по временам",
                           "Спряжение глаголов", "I и II спряжение глаголов", "Правописание -тся и -ться"],
    (G4, "Математика"): ["Письменное умножение на двузначное число", "Решение задач", "Контрольная работа № 5",
                         "Работа над ошибками", "Письменное деление на двузначное число",
                         "Деление с остатком на двузначное число", "Повторение изученного", "Закрепление",
                         "Деление на трёхзначное число", "Проверка деления умножением", "Решение задач на движение",
                         "Закрепление изученного"],
    (G4, "Литературное чтение"): ["В. Ф. Одоевский «Городок в табакерке»", "В. М. Гаршин «Сказка о жабе и розе»",
                                  "Проверка техники чтения", "П. П. Бажов «Серебряное копытце»",
                                  "С. Т. Аксаков «Аленький цветочек»", "Обобщение по разделу «Литературные сказки»",
                                  "Е. Л. Шварц «Сказка о потерянном времени»", "В. Ю. Драгунский «Главные реки»",
                                  "В. В. Голявкин «Никакой я горчицы не ел»"],
    (G4, "Окружающий мир"): ["Мир глазами историка", "Когда и где?", "Прошлое и настоящее", "Москва — столица",
                             "Жизнь древних славян", "Во времена Древней Руси"],
    (G4, ORKSE): ["Православие и культура", "Рождество Христово", "Светская этика: что такое мораль"],
    (G4, "Английский язык"): ["Past Simple: regular verbs", "At the zoo", "Christmas traditions", "Revision",
                              "New Year in Britain", "My day", "Telling the time", "Daily routines", "Test: Module 4"],
    (G4, "Физическая культура"): ["Лыжная подготовка", "Подвижные игры", "Эстафеты", "Строевые упражнения",
                                  "Лыжная подготовка: попеременный ход", "Игры с мячом", "Прыжки через скакалку",
                                  "Лыжная подготовка: подъём «ёлочкой»", "Подвижные игры"],
    (G4, "Музыка"): ["Праздников праздник", "Рождественские песни", "Музыка П. И. Чайковского"],
    (G4, "ИЗО"): ["Образ русского человека", "Новогодний плакат", "Древнерусские города-крепости"],
    (G4, "Труд (технология)"): ["Новогодняя гирлянда", "Ёлочная игрушка", "Работа с тканью. Вышивка"],
    (G4, "Шахматная школа"): ["Шах и мат", "Рокировка", "Мат в один ход"],
}
TALKS = {WEEKS[0]: "Главный закон страны", WEEKS[1]: "Новогодние семейные традиции",
         WEEKS[2]: "Цифровая безопасность и гигиена школьника"}
PAUSE = ["Подвижные игры на свежем воздухе", "Игры с мячом", "Хороводные игры", "Эстафеты на прогулке",
         "Зимние забавы на площадке", "Подвижные игры в рекреации", "Катание на санках (прогулка)",
         "Игры со снегом", "Музыкальная разминка", "Подвижные игры на свежем воздухе", "Игры «Море волнуется»",
         "Снежные постройки", "Подвижные игры в спортзале", "Зимние забавы", "Игры с обручем"]


def ids(n):
    return {"id": n, "id_str": str(n)}


def person(p):
    pid, uid, last, first, middle, sex = p
    return {**ids(pid), "userId": uid, "userId_str": None if uid is None else str(uid), "firstName": first,
            "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}. {middle[0]}.", "sex": sex}


def group_obj(g):
    name, par = GROUPS[g]
    return {**ids(g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": name, "fullName": "",
            "parallel": par, "timetable": 1000006741000 + par, "timetable_str": str(1000006741000 + par),
            "status": "Active", "studyyear": 2025, "educationType": "Regular", "subjects": []}


def subject_obj(name):
    return {**ids(SUBJ[name]), "name": name, "knowledgeArea": AREAS[name], "fgosSubjectId": None}


def lesson_id(g, day, number):
    return 2260325488741300000 + CODE[g] * 100000 + day.toordinal() % 10000 * 10 + number


def group_of(p):
    return next(g for g, ps in PUPILS.items() if p in ps)


# ---- the class's lessons, works and homework ---------------------------------------------------------------------

def build_lessons():
    """All lessons of the three weeks: {lesson id: dict} with topic, subject, times and teacher."""
    out, seen = {}, {}
    for g in (G1, G2, G4):
        for day in SCHOOL_DAYS:
            for number, subj in TIMETABLE[g][day.weekday()]:
                k = (g, subj)
                i = seen.get(k, 0)
                seen[k] = i + 1
                if subj == "Разговоры о важном":
                    title = TALKS[day - dt.timedelta(days=day.weekday())]
                elif subj == "Динамическая пауза":
                    title = PAUSE[i % len(PAUSE)]
                else:
                    lst = TOPICS[(g, subj)]
                    title = lst[i % len(lst)]
                start, finish = bells_for(g, day)[number]
                out[lesson_id(g, day, number)] = {"g": g, "day": day, "number": number, "subject": subj,
                                                  "title": title, "start": start, "finish": finish,
                                                  "teacher": teacher_of(g, subj)}
    return out


LESSONS = build_lessons()


def next_lesson_day(g, subj, day):
    for d in SCHOOL_DAYS:
        if d > day and any(s == subj for _, s in TIMETABLE[g][d.weekday()]):
            return d
    return day + dt.timedelta(days=7)


def work(wid, lid, kind, wt, text="", target=None, tasks=(), sent=None, files=(), mark_type="mark5"):
    L = LESSONS[lid]
    return {**ids(wid), "type": kind, "workType": WT[wt][0], "markType": mark_type, "markCount": 1,
            "lesson": lid, "lesson_str": str(lid), "displayInJournal": kind != "Homework",
            "status": "Sent", "eduGroup": L["g"], "eduGroup_str": str(L["g"]), "tasks": list(tasks), "text": text,
            "periodNumber": 2 if L["day"] < WINTER_START else 3, "periodType": "Quarter",
            "subjectId": SUBJ[L["subject"]], "isImportant": kind == "LessonTestWork",
            "targetDate": f"{target or L['day']}T00:00:00", "sentDate": sent,
            "createdBy": L["teacher"][0], "files": list(files), "oneDriveLinks": []}


def default_work_id(lid):
    return lid + 1_000_000_000


def extra_work_id(lid):
    return lid + 3_000_000_000


def hw_work_id(lid, k=0):
    return lid + 2_000_000_000 + k * 100_000_000


# homework: (class, day, subject) -> text; due = the next lesson of the subject
HW_TEXT = {
    G1: {"Русский язык": ["Прописи, с. 12: дописать строчку", "Прописи, с. 14", "Прописи, с. 16–17",
                          "Прописи, с. 18", "Прописи, с. 19", "Прописи, с. 21", "Прописи, с. 22–23",
                          "Прописи, с. 24", "Прописи, с. 26", "Прописи, с. 27", "Прописи, с. 28", "Прописи, с. 30"],
         "Литературное чтение": ["Азбука, с. 20–21: читать", "Азбука, с. 24–25: читать слоги",
                                 "Выучить наизусть стихотворение С. Я. Маршака «Ёлка» (первые 2 строфы)",
                                 "Читать с родителями зимние сказки по списку (на каникулы)",
                                 "Азбука, с. 36–37: читать", "Азбука, с. 40: читать выразительно"],
         "Окружающий мир": ["Сделать с родителями кормушку для птиц", "Рабочая тетрадь, с. 40",
                            "Рабочая тетрадь, с. 42–43", "Нарисовать, как ваша семья встречает Новый год",
                            "Рабочая тетрадь, с. 46", "Рабочая тетрадь, с. 48"],
         "Труд (технология)": ["Принести пластилин и доску для лепки", "Принести цветную бумагу, клей, ножницы",
                               "Принести цветной картон и клей-карандаш"],
         "Математика": ["Рабочая тетрадь, с. 30, № 1, 2", "Рабочая тетрадь, с. 31, № 3", "Рабочая тетрадь, с. 32",
                        "Рабочая тетрадь, с. 34, № 2", "Рабочая тетрадь, с. 35", "—", "Рабочая тетрадь, с. 38",
                        "Рабочая тетрадь, с. 39, № 1", "Рабочая тетрадь, с. 40"]},
    G2: {"Русский язык": ["Упр. 112", "Упр. 118", "Упр. 121", "Упр. 125", "Словарные слова: с. 70",
                          "Упр. 130", "—", "Упр. 5", "Упр. 9", "Упр. 12", "Упр. 15", "Упр. 19"],
         "Математика": ["С. 60, № 3, 5", "С. 61, № 4", "С. 63, № 2, 6", "С. 65, № 1", "С. 66, № 3",
                        "С. 68, № 5", "С. 70, № 2", "С. 71", "С. 4, № 3, 4", "С. 6, № 2", "С. 8, № 5", "С. 9, № 7"],
         "Литературное чтение": ["Читать с. 130–134", "Пересказ «На горке»", "Читать с. 140", "Читать с. 144–146",
                                 "Выучить «Новогоднюю быль» (отрывок)", "Прочитать 2 книги о зиме (на каникулы)",
                                 "Читать с. 6–8", "Пересказ сказки «Каша из топора»", "Читать с. 14–18"]},
    G4: {"Русский язык": ["Упр. 185", "Упр. 190", "Упр. 194", "Словарные слова, с. 102", "—", "Упр. 201",
                          "Упр. 205", "Упр. 209", "Упр. 212", "Упр. 2", "Упр. 6", "Упр. 11", "Упр. 15", "Упр. 18",
                          "Упр. 22"],
         "Математика": ["№ 265, 268", "№ 272, 275", "Повторить таблицу умножения", "№ 281", "№ 285, 287",
                        "№ 290", "№ 294, 296", "№ 300", "№ 3, 5", "№ 9", "№ 12, 14", "№ 18"],
         "Литературное чтение": ["Читать «Городок в табакерке»", "Пересказ сказки Гаршина",
                                 "Читать «Серебряное копытце»", "Читать «Аленький цветочек», с. 60–72",
                                 "Отзыв о прочитанной книге",
                                 "Список литературы на зимние каникулы: прочитать две книги по выбору",
                                 "Читать Е. Шварца, с. 80–92", "Выразительное чтение, с. 96",
                                 "Пересказ «Главные реки»", "Читать с. 104–108"],
         "Окружающий мир": ["Учебник, с. 4–9, вопросы", "Рабочая тетрадь, с. 3–4", "Учебник, с. 16–21",
                            "Сообщение о Москве", "Учебник, с. 22–27", "Учебник, с. 28–33"],
         "Английский язык": ["SB p. 52 ex. 3", "WB p. 34", "Learn the words p. 56", "WB p. 36",
                             "SB p. 60 ex. 2", "WB p. 38", "SB p. 64 ex. 4", "Learn the words p. 66", "WB p. 40"]},
}
WINTER_FILE = {**ids(1000020741001), "name": "Список литературы на каникулы 4 класс.pdf", "typeGroup": "Document",
               "type": "pdf", "pageUrl": "https://dnevnik.ru/files/1000020741001",
               "downloadUrl": "https://dnevnik.ru/files/1000020741001/download", "user": None, "size": 48211,
               "vote": 0, "uploadedDate": "2025-12-26T09:40:12.3", "storageType": "Default"}


def build_homework():
    """{work id: dict}: the class's homework (tasks for every pupil), and an individual one for Даша."""
    out, count = {}, {}
    for lid, L in sorted(LESSONS.items(), key=lambda kv: (kv[1]["day"], kv[1]["number"], kv[0])):
        texts = HW_TEXT[L["g"]].get(L["subject"])
        if not texts:
            continue
        k = (L["g"], L["subject"])
        i = count.get(k, 0)
        count[k] = i + 1
        text = texts[i % len(texts)]
        if text == "—":   # no homework that lesson
            continue
        due = next_lesson_day(L["g"], L["subject"], L["day"])
        files = [WINTER_FILE["id"]] if "зимние каникулы" in text else []
        out[hw_work_id(lid)] = {"lesson": lid, "text": text, "due": due, "pupils": PUPILS[L["g"]], "files": files}
    # an individual catch-up task for Даша, ill on 23-24 December (§3.6: a task is per pupil)
    lid = lesson_id(G1, dt.date(2026, 1, 12), 1)
    out[hw_work_id(lid, 1)] = {"lesson": lid, "text": "Прописи, с. 20–22: буквы, пропущенные во время болезни",
                               "due": dt.date(2026, 1, 16), "pupils": [DASHA], "files": []}
    # differentiated homework in 4Б mathematics (разноуровневое задание): the class's task is replaced by two works,
    # the harder one for Варя and Алёна, the basic one for Тимур and Егор (§3.6: each task names its pupil)
    lid = lesson_id(G4, dt.date(2026, 1, 14), 2)
    base = out.pop(hw_work_id(lid))
    out[hw_work_id(lid)] = {**base, "text": "№ 12, 14 (базовый уровень)", "pupils": [TIMUR, EGOR]}
    out[hw_work_id(lid, 2)] = {**base, "text": "№ 12, 14, 17* (повышенный уровень)", "pupils": [VARYA, ALYONA]}
    return out


HOMEWORK = build_homework()


def task_list(wid, hw):
    return [{**ids(2260325400000000000 + wid % 10**9 * 1000 + p[0] % 1000), "person": p[0], "person_str": str(p[0]), "work": wid,
             "work_str": str(wid), "status": "NotStarted", "targetDate": f"{hw['due']}T00:00:00"} for p in hw["pupils"]]


def hw_work(wid):
    hw = HOMEWORK[wid]
    L = LESSONS[hw["lesson"]]
    return work(wid, hw["lesson"], "Homework", "ДЗ", hw["text"], hw["due"], task_list(wid, hw),
                f"{L['day']}T{L['finish']}:31.2", hw["files"], "notset" if L["g"] == G1 else "mark5")


# ---- marks -------------------------------------------------------------------------------------------------------
# (class, day, number) -> [(pupil, value, type, work type, extra work?)]
D = dt.date
MARKS = {
    # 4Б, week 1
    (G4, D(2025, 12, 15), 1): [(VARYA, "5", "mark5", "РУ", False), (EGOR, "3", "mark5", "РУ", False)],
    (G4, D(2025, 12, 15), 2): [(ALYONA, "4", "mark5", "РУ", False)],
    (G4, D(2025, 12, 15), 3): [(TIMUR, "4", "mark5", "НЗ", True), (VARYA, "5", "mark5", "НЗ", True)],
    (G4, D(2025, 12, 15), 4): [(EGOR, "5", "mark5", "РУ", False), (ALYONA, "4", "mark5", "РУ", False)],
    (G4, D(2025, 12, 15), 5): [(VARYA, "5-", "mark5", "РУ", False)],
    (G4, D(2025, 12, 16), 1): [(TIMUR, "3+", "mark5", "РУ", False)],
    (G4, D(2025, 12, 16), 3): [(ALYONA, "5", "mark5", "РУ", False)],
    (G4, D(2025, 12, 16), 4): [(VARYA, "незачёт", "test", "РУ", False), (TIMUR, "зачёт", "test", "РУ", False),
                               (ALYONA, "зачёт", "test", "РУ", False), (EGOR, "зачёт", "test", "РУ", False)],
    (G4, D(2025, 12, 17), 1): [(EGOR, "2", "mark5", "РУ", False)],
    (G4, D(2025, 12, 17), 2): [(VARYA, "4", "mark5", "СР", True), (TIMUR, "3", "mark5", "СР", True),
                               (ALYONA, "5", "mark5", "СР", True)],
    (G4, D(2025, 12, 17), 3): [(TIMUR, "4", "mark5", "РУ", False)],
    (G4, D(2025, 12, 18), 2): [(VARYA, "5", "mark5", "КР", True), (TIMUR, "3", "mark5", "КР", True),
                               (ALYONA, "4", "mark5", "КР", True), (EGOR, "3-", "mark5", "КР", True)],
    (G4, D(2025, 12, 18), 3): [(EGOR, "4", "mark5", "РУ", False)],
    (G4, D(2025, 12, 19), 1): [(VARYA, "5", "mark5", "ТЧ", True), (TIMUR, "4", "mark5", "ТЧ", True),
                               (ALYONA, "5", "mark5", "ТЧ", True), (EGOR, "3", "mark5", "ТЧ", True)],
    # 4Б, week 2
    (G4, D(2025, 12, 22), 1): [(ALYONA, "4+", "mark5", "РУ", False)],
    (G4, D(2025, 12, 22), 2): [(EGOR, "3", "mark5", "РУ", False), (VARYA, "5", "mark5", "РУ", False)],
    (G4, D(2025, 12, 23), 2): [(VARYA, "4", "mark5", "РУ", False)],
    (G4, D(2025, 12, 23), 4): [(VARYA, "зачёт", "test", "РУ", False)],
    # a dictation with a grammar task: a double mark («дробь», markCount 2, §3.1 number), "5/4" = two Mark objects
    (G4, D(2025, 12, 24), 1): [(VARYA, "5/4", "mark5", "КР", True), (TIMUR, "4/3", "mark5", "КР", True),
                               (ALYONA, "4/4", "mark5", "КР", True), (EGOR, "3/4", "mark5", "КР", True)],
    (G4, D(2025, 12, 24), 5): [(TIMUR, "5", "mark5", "РУ", False)],
    (G4, D(2025, 12, 25), 3): [(ALYONA, "5", "mark5", "РУ", False)],
    (G4, D(2025, 12, 26), 3): [(EGOR, "4", "mark5", "РУ", False)],
    # 4Б, week 3
    (G4, D(2026, 1, 12), 1): [(TIMUR, "4", "mark5", "РУ", False)],
    (G4, D(2026, 1, 13), 1): [(VARYA, "5", "mark5", "РУ", False), (EGOR, "4-", "mark5", "РУ", False)],
    (G4, D(2026, 1, 14), 4): [(ALYONA, "5", "mark5", "РУ", False)],
    (G4, D(2026, 1, 15), 2): [(VARYA, "4", "mark5", "СР", True), (TIMUR, "4", "mark5", "СР", True),
                              (ALYONA, "5-", "mark5", "СР", True), (EGOR, "3", "mark5", "СР", True)],
    (G4, D(2026, 1, 16), 2): [(VARYA, "5", "mark5", "РУ", False)],
    # 2А: a pass/fail reading check in December (безотметочное обучение), five-point marks from 12 January
    (G2, D(2025, 12, 24), 3): [(LIZA, "зачёт", "test", "ТЧ", True), (KIRILL, "зачёт", "test", "ТЧ", True),
                               (MIRON, "незачёт", "test", "ТЧ", True)],
    (G2, D(2026, 1, 12), 1): [(LIZA, "5", "mark5", "РУ", False)],
    (G2, D(2026, 1, 12), 2): [(KIRILL, "4", "mark5", "РУ", False)],
    (G2, D(2026, 1, 13), 1): [(MIRON, "3", "mark5", "РУ", False), (LIZA, "4", "mark5", "РУ", False)],
    (G2, D(2026, 1, 14), 3): [(LIZA, "5", "mark5", "РУ", False)],
    (G2, D(2026, 1, 15), 2): [(LIZA, "4+", "mark5", "СР", True), (KIRILL, "5", "mark5", "СР", True),
                              (MIRON, "3", "mark5", "СР", True)],
    (G2, D(2026, 1, 16), 2): [(KIRILL, "5", "mark5", "РУ", False)],
}
# the retake: Варя's «незачёт» in ОРКСЭ of 16 December is «зачёт» when week 1 is pulled again on 26 December
RETAKE = ((G4, D(2025, 12, 16), 4), VARYA, "зачёт")
MOOD = {"5": "Good", "5-": "Good", "4+": "Good", "4": "Good", "4-": "Good", "3+": "Average", "3": "Average",
        "3-": "Average", "2": "Bad", "зачёт": "Good", "незачёт": "Bad"}
# (a double mark's parts are looked up one by one)


def mark_id(g, day, number, p):
    return 2260325488741500000 + CODE[g] * 100000 + day.toordinal() % 1000 * 100 + number * 10 + PUPILS[g].index(p)


def build_marks(after_retake):
    out = []
    for (g, day, number), entries in sorted(MARKS.items(), key=lambda kv: (kv[0][1], kv[0][0], kv[0][2])):
        lid = lesson_id(g, day, number)
        for p, value, mtype, wt, extra in entries:
            if after_retake and (g, day, number) == RETAKE[0] and p == RETAKE[1]:
                value = RETAKE[2]
            wid = extra_work_id(lid) if extra else default_work_id(lid)
            for k, part in enumerate(value.split("/")):   # a double mark: one Mark per `number` (§3.1)
                mid = mark_id(g, day, number, p) + 5 * k
                minute = 10 + (mid % 37)
                out.append({**ids(mid), "type": mtype, "value": part, "textValue": part, "person": p[0],
                            "person_str": str(p[0]), "work": wid, "work_str": str(wid), "lesson": lid,
                            "lesson_str": str(lid), "number": k,
                            "date": f"{day}T14:{minute:02d}:07.{mid % 900 + 100}",
                            "workType": WT[wt][0], "mood": MOOD[part], "use_avg_calc": mtype == "mark5"})
    return out


MARKS_BEFORE = build_marks(False)
MARKS_AFTER = build_marks(True)


def lesson_works(lid):
    L = LESSONS[lid]
    # 1А learns without marks (безотметочное обучение): its works name no scale, `notset` (§5)
    mt = "notset" if L["g"] == G1 else ("test" if L["subject"] == ORKSE else "mark5")
    out = [work(default_work_id(lid), lid, "DefaultNewLessonWork", "РУ", mark_type=mt)]
    entries = MARKS.get((L["g"], L["day"], L["number"]), [])
    extra = [e for e in entries if e[4]]
    if extra:
        wt = extra[0][3]
        double = "/" in extra[0][1]
        w = work(extra_work_id(lid), lid, WT[wt][4], wt,
                 "Контрольный диктант с грамматическим заданием" if double else WT[wt][1], mark_type=extra[0][2])
        w["markCount"] = 2 if double else 1
        out.append(w)
    out += [hw_work(wid) for wid, hw in sorted(HOMEWORK.items()) if hw["lesson"] == lid]
    return out


def lesson_entity(lid):
    L = LESSONS[lid]
    t = L["teacher"][0]
    return {**ids(lid), "title": L["title"], "date": f"{L['day']}T{L['start']}:00", "number": L["number"],
            "subject": subject_obj(L["subject"]), "group": L["g"], "status": "Conducted", "resultPlaceId": 0,
            "works": lesson_works(lid), "teachers": [t], "teachers_str": [str(t)]}


def lesson_flat(lid):
    L = LESSONS[lid]
    return {"id": lid, "title": L["title"], "date": f"{L['day']}T{L['start']}:00", "number": L["number"],
            "subjectId": SUBJ[L["subject"]], "status": "Conducted", "resultPlaceId": 0, "building": "Корпус 2",
            "place": f"{100 + CODE[L['g']] * 10}", "floor": "1", "hours": f"{L['start']} - {L['finish']}",
            "works": [w["id"] for w in lesson_works(lid)], "teachers": [L["teacher"][0]]}


def lessons_of(g, monday):
    end = monday + dt.timedelta(days=6)
    return [lid for lid, L in sorted(LESSONS.items(), key=lambda kv: (kv[1]["day"], kv[1]["number"]))
            if L["g"] == g and monday <= L["day"] <= end]


# ---- attendance (§3.5): (class, day, number or None for the whole day, pupil, status, comment) -------------------
ABSENCES = [
    (G1, D(2025, 12, 15), 1, DASHA, "Late", "опоздала на 10 минут"),
    (G1, D(2025, 12, 15), 1, MISHA, "Attend", ""),
    (G2, D(2025, 12, 18), 1, KIRILL, "Pass", "заявление родителей"),
    (G2, D(2025, 12, 18), 2, KIRILL, "Pass", "заявление родителей"),
    (G4, D(2025, 12, 17), None, EGOR, "Absent", ""),
    (G1, D(2025, 12, 23), None, DASHA, "Ill", "ОРВИ"),
    (G1, D(2025, 12, 24), None, DASHA, "Ill", "ОРВИ"),
    (G1, D(2025, 12, 23), 1, MISHA, "Attend", ""),
    (G2, D(2025, 12, 26), 1, LIZA, "Late", ""),
    (G4, D(2025, 12, 22), 4, TIMUR, "Pass", "освобождён от физкультуры (справка)"),
    (G4, D(2026, 1, 12), 0, ALYONA, "Late", ""),
    (G1, D(2026, 1, 15), None, MISHA, "Ill", "справка"),
    (G2, D(2026, 1, 13), None, MIRON, "Absent", ""),
]


def log_entries(g, monday):
    end = monday + dt.timedelta(days=6)
    out = []
    for cg, day, number, p, status, comment in ABSENCES:
        if cg != g or not monday <= day <= end:
            continue
        for lid in lessons_of(g, monday):
            L = LESSONS[lid]
            if L["day"] == day and (number is None or L["number"] == number):
                out.append({"person": p[0], "person_str": str(p[0]), "lesson": lid, "lesson_str": str(lid),
                            "comment": comment, "status": status,
                            "createdDate": f"{day}T{L['start']}:{10 + L['number']:02d}.42"})
    return out


# ---- periods, holidays, finals -------------------------------------------------------------------------------
QUARTERS = [("1 четверть", "2025-09-01", "2025-10-24"), ("2 четверть", "2025-11-05", "2025-12-26"),
            ("3 четверть", "2026-01-12", "2026-03-20"), ("4 четверть", "2026-03-30", "2026-05-26")]
HOLIDAYS = [("Осенние каникулы", "2025-10-25", "2025-11-04"), ("Зимние каникулы", "2025-12-27", "2026-01-11"),
            ("Весенние каникулы", "2026-03-21", "2026-03-29")]
EXTRA_1 = ("Дополнительные каникулы для первоклассников", "2026-02-16", "2026-02-22")


def period_id(g, n):
    return 1000007741000 + CODE[g] * 10 + n


def period_group(g):
    pg = 1000007741100 + CODE[g]
    hol = HOLIDAYS + ([EXTRA_1] if g == G1 else [])
    return {"id": pg, "reportingPeriods": [
        {**ids(period_id(g, n)), "start": f"{a}T00:00:00", "finish": f"{b}T00:00:00", "number": n,
         "type": "Quarter", "name": name, "year": 2025} for n, (name, a, b) in enumerate(QUARTERS, 1)],
        "holidays": [{"id": pg * 10 + i, "reportingPeriodGroupId": pg, "dateStart": f"{a}T00:00:00",
                      "dateFinish": f"{b}T00:00:00", "name": name, "description": ""}
                     for i, (name, a, b) in enumerate(hol, 1)]}


# 4Б's marks for the second quarter, set on its last day (§3.13); types per §5
FINALS_4B = {
    VARYA: {"Русский язык": "5", "Математика": "5", "Литературное чтение": "5", "Окружающий мир": "5",
            "Английский язык": "5", "ИЗО": "5", "Музыка": "5", "Труд (технология)": "5", "Физическая культура": "5",
            ORKSE: "зачёт"},
    TIMUR: {"Русский язык": "4", "Математика": "3", "Литературное чтение": "4", "Окружающий мир": "4",
            "Английский язык": "4", "ИЗО": "5", "Музыка": "5", "Труд (технология)": "5", "Физическая культура": "осв",
            ORKSE: "зачёт"},
    ALYONA: {"Русский язык": "4", "Математика": "4", "Литературное чтение": "5", "Окружающий мир": "5",
             "Английский язык": "5", "ИЗО": "5", "Музыка": "5", "Труд (технология)": "5", "Физическая культура": "5",
             ORKSE: "зачёт"},
    EGOR: {"Русский язык": "3", "Математика": "3", "Литературное чтение": "4", "Окружающий мир": "4",
           "Английский язык": "3", "ИЗО": "4", "Музыка": "н/а", "Труд (технология)": "5", "Физическая культура": "5",
           ORKSE: "зачёт"},
}


def final_type(v):
    return {"зачёт": "test", "незачёт": "test", "осв": "markdismiss", "н/а": "markna"}.get(v, "mark5")


def finals_answer():
    out = []
    for p, subjects in FINALS_4B.items():
        per = []
        for i, (subj, v) in enumerate(subjects.items()):
            mid = 2260325488741900000 + p[0] % 1000 * 100 + i
            wid = 2260325488741800000 + SUBJ[subj] % 1000 * 10 + 2
            per.append({"subject": SUBJ[subj], "subject_str": str(SUBJ[subj]), "final-mark": {
                **ids(mid), "type": final_type(v), "value": v, "textValue": v, "person": p[0], "person_str": str(p[0]),
                "work": wid, "work_str": str(wid), "lesson": None, "lesson_str": None, "number": 0,
                "date": f"2025-12-26T15:{i + 2:02d}:11.9", "workType": WT["ЧО"][0],
                "mood": "Good" if v in ("5", "4", "зачёт") else ("Average" if v == "3" else "NotSet"),
                "use_avg_calc": False}})
        out.append({"person": p[0], "person_str": str(p[0]), "group": G4, "group_str": str(G4),
                    "reportingPeriod": period_id(G4, 2), "reportingPeriod_str": str(period_id(G4, 2)),
                    "per-subject-final-marks": per})
    return out


AVERAGES_4B = {VARYA: {"Русский язык": "4.86", "Математика": "4.75", "Литературное чтение": "5.00"},
               TIMUR: {"Русский язык": "3.92", "Математика": "3.40", "Литературное чтение": "4.13"},
               ALYONA: {"Русский язык": "4.38", "Математика": "4.29", "Литературное чтение": "4.83"},
               EGOR: {"Русский язык": "3.17", "Математика": "3.09", "Литературное чтение": "3.75"}}


def averages_answer():
    return [{"person": p[0], "person_str": str(p[0]), "per-subject-averages": [
        {"subject": SUBJ[s], "subject_str": str(SUBJ[s]), "avg-mark-value": v} for s, v in subs.items()]}
        for p, subs in AVERAGES_4B.items()]


# ---- bundles -----------------------------------------------------------------------------------------------------

def homeworks_bundle(monday):
    end = monday + dt.timedelta(days=6)
    wids = [wid for wid, hw in sorted(HOMEWORK.items()) if monday <= LESSONS[hw["lesson"]]["day"] <= end]
    lids = sorted({HOMEWORK[w]["lesson"] for w in wids})
    subs = sorted({LESSONS[lid]["subject"] for lid in lids}, key=lambda s: SUBJ[s])
    teachers = sorted({LESSONS[lid]["teacher"] for lid in lids})
    files = [WINTER_FILE] if any(HOMEWORK[w]["files"] for w in wids) else []
    return {"works": [hw_work(w) for w in wids],
            "subjects": [{"id": SUBJ[s], "name": s, "knowledgeAreaId": 10 + list(AREAS).index(s)} for s in subs],
            "lessons": [lesson_flat(lid) for lid in lids], "files": files, "teachers": [person(t) for t in teachers]}


def embedded_work_types():
    return [{"id": i, "schoolId": S, "abbreviation": abbr, "name": title, "isFinal": kind == "PeriodMark",
             "isImportant": kind == "LessonTestWork", "kindId": n, "kind": kind}
            for n, (i, title, abbr, _w, kind) in enumerate(WT.values(), 1)]


def schedules_bundle(p, g, monday):
    days = []
    for i in range(5):
        day = monday + dt.timedelta(days=i)
        lids = [lid for lid in lessons_of(g, monday) if LESSONS[lid]["day"] == day]
        works = [w for lid in lids for w in lesson_works(lid)]
        mine = [w for w in works if w["type"] == "Homework" and any(t["person"] == p[0] for t in w["tasks"])]
        logs = [e for e in log_entries(g, monday) if e["person"] == p[0] and e["lesson"] in lids]
        subs = sorted({LESSONS[lid]["subject"] for lid in lids}, key=lambda s: SUBJ[s])
        days.append({"date": f"{day}T00:00:00", "lessons": [lesson_flat(lid) for lid in lids], "marks": [],
                     "works": works, "homeworks": mine,
                     "subjects": [{"id": SUBJ[s], "name": s, "knowledgeAreaId": 10 + list(AREAS).index(s)}
                                  for s in subs],
                     "workTypes": embedded_work_types(), "lessonLogEntries": logs,
                     "teachers": [person(t) for t in sorted({LESSONS[lid]["teacher"] for lid in lids})],
                     "nextDate": f"{day + dt.timedelta(days=1 if i < 4 else 3)}T00:00:00"})
    return {"days": days}


def context(parent, children):
    pid, uid, last, first, middle, _sex = parent
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": ["EduParent"],
            "schoolIds": [S], "groupIds": [], "schools": [{"id": S, "name": SCHOOL_NAME, "type": "School",
                                                          "groupIds": []}], "eduGroups": [],
            "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                          "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [group_of(c)]}
                         for c in children], "splitId": None}


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body, "pulled_at": pulled}
    if request_body is not None:
        r["request_body"] = request_body
    return r


def week_records(monday, pulled):
    end = monday + dt.timedelta(days=6)
    out = []
    for g in (G1, G2, G4):
        out.append(rec(f"GET /v2/edu-groups/{g}/lessons/{monday}/{end}",
                       [lesson_entity(lid) for lid in lessons_of(g, monday)], pulled))
    for g in (G1, G2, G4):
        marks = [m for m in MARKS_BEFORE if LESSONS[m["lesson"]]["g"] == g and monday <= LESSONS[m["lesson"]]["day"] <= end]
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{monday}/{end}", marks, pulled))
    for g in (G1, G2, G4):
        out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={monday}&to={end}", log_entries(g, monday), pulled))
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={end}",
                   homeworks_bundle(monday), pulled))
    return out


def main():
    setup_at = "2025-12-14T19:00:00+03:00"
    school = {**ids(S), "name": SCHOOL_NAME, "fullName": "Государственное бюджетное общеобразовательное учреждение "
              "города Москвы «Школа № 41» (начальная школа)", "avatarSmall": None, "city": "Москва",
              "municipality": "ЮЗАО", "regionId": 77, "markType": "mark5", "timeZone": 3, "uses_avg": True,
              "uses_weighted_avg": True, "educationType": "Regular", "tsoCityId": 77, "tsoRegionTreePath": "77."}
    work_types = [{**ids(i), "schoolId": S, "kindId": n, "kind": kind, "title": title, "abbr": abbr, "weight": w}
                  for n, (i, title, abbr, w, kind) in enumerate(WT.values(), 1)]
    setup = [rec(f"GET /v2/schools/{S}", school, setup_at),
             rec(f"GET /v2/work-types/{S}", work_types, setup_at),
             rec(f"GET /v2/schools/{S}/subjects", [subject_obj(s) for s in AREAS], setup_at),
             rec(f"GET /v2/schools/{S}/edu-groups", [group_obj(g) for g in (G1, G2, G4)], setup_at)]
    for g in (G1, G2, G4):
        setup.append(rec(f"GET /v2/edu-groups/{g}/persons", [person(p) for p in PUPILS[g]], setup_at))
    for t in TEACHERS:
        setup.append(rec(f"GET /v2/persons/{t[0]}", person(t), setup_at))
    for g in (G1, G2, G4):
        setup.append(rec(f"GET /v2/edu-groups/{g}/classteacher", person(CLASS_TEACHER[g]), setup_at))
    setup.append(rec(f"GET /v2/schools/{S}/timetables", SCHOOL_TT, setup_at))
    setup.append(rec(f"GET /v2/edu-groups/{G1}/timetables", [TT_1A_AUTUMN], setup_at))
    for g in (G1, G2, G4):
        setup.append(rec(f"GET /v2/edu-groups/{g}/reporting-period-group", period_group(g), setup_at))
    for parent, children in PARENTS:
        setup.append(rec(f"GET /v2/users/{parent[1]}/context", context(parent, children), setup_at))

    w1 = week_records(WEEKS[0], "2025-12-19T18:30:00+03:00")
    w2 = week_records(WEEKS[1], "2025-12-26T18:30:00+03:00")
    # the sync job pulls last week's marks of 4Б again: the ОРКСЭ retake (§3.1: a mark keeps its id, a new value)
    repull = [m for m in MARKS_AFTER if LESSONS[m["lesson"]]["g"] == G4 and WEEKS[0] <= LESSONS[m["lesson"]]["day"]
              <= WEEKS[0] + dt.timedelta(days=6)]
    w2.append(rec(f"GET /v2/edu-groups/{G4}/marks/{WEEKS[0]}/{WEEKS[0] + dt.timedelta(days=6)}", repull,
                  "2025-12-26T18:35:00+03:00"))
    finals_at = "2025-12-27T11:00:00+03:00"
    finals = [rec(f"GET /v2/edu-groups/{G4}/final-marks", finals_answer(), finals_at),
              rec(f"GET /v2/edu-groups/{G4}/avg-marks/2025-11-05/2025-12-26", averages_answer(), finals_at)]
    w3_at = "2026-01-16T18:30:00+03:00"
    # after the holidays: 1А's bells for the second half-year (40-minute lessons) are in the journal
    w3 = [rec(f"GET /v2/edu-groups/{G1}/timetables", [TT_1A_AUTUMN, TT_1A_WINTER], "2026-01-11T19:00:00+03:00")]
    w3 += week_records(WEEKS[2], w3_at)
    w3.append(rec(f"GET /v2/persons/{MISHA[0]}/groups/{G1}/schedules?startDate={WEEKS[2]}&endDate="
                  f"{WEEKS[2] + dt.timedelta(days=6)}", schedules_bundle(MISHA, G1, WEEKS[2]),
                  "2026-01-16T18:40:00+03:00"))

    journey = {
        "vendor": "dnevnik_ru",
        "description": "Начальная школа «Школа № 41» (Москва), 15–26 декабря 2025 и 12–16 января 2026: 1А без "
                       "отметок (35-минутные уроки, с января 40, динамическая пауза, дополнительные каникулы), 2А "
                       "с зачётом по технике чтения в декабре и первыми отметками с третьей четверти, 4Б с ОРКСЭ "
                       "на зачёт/незачёт и четвертными «осв» и «н/а»; мама первоклассника и четвероклассницы.",
        "school": {"timezone": "Europe/Moscow", "name": SCHOOL_NAME},
        "steps": [{"name": "00 setup (Sun 2025-12-14)", "batches": [setup]},
                  {"name": "01 week 15-19 December", "batches": [w1]},
                  {"name": "02 week 22-26 December, week 1's marks of 4Б again", "batches": [w2]},
                  {"name": "03 the second quarter's final marks and averages of 4Б", "batches": [finals]},
                  {"name": "04 week 12-16 January (new bells for 1А, a first grader's own schedule)",
                   "batches": [w3]}],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
