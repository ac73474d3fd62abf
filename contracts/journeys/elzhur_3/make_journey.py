#!/usr/bin/env python3
"""Generate journey.json for the third Eljur (ЭлЖур) corpus: Школа № 57 (vendor sch57), class 11Б, school year
2025/26 in TRIMESTERS (reference A.5 E1: I 20250901-20251130, II 20251201-20260228, III, year column Г), a SIX-day
week, week 2025-11-03..08 (Mon and Tue are one-day holidays inside the week) and week 2025-12-01..06 (the first of
trimester II), with subgroups in two subjects crosswise, a substitute teacher, a room change, a lesson moved to
another slot, a double lesson, lessons #7/#8, stress marks / emoji / long texts, a mark corrected by a one-day
re-pull, a mark that changes between two answers of one batch, a parent whose account gains a second child, a
corrected trimester mark and a failed finals answer. Standard library only; deterministic. All values invented.
Shapes: /work/shared/reference/elzhur_mesh.md Part A (README.md names the section of every trap)."""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
HOST = "sch57"
CLS = "11Б"
D = dt.date

# ------------------------------------------------------------------ cast
PUPILS = {  # id: (title, lastname, firstname, gender, english group, informatics group)
    "57001": ("Алёшин Фёдор", "Алёшин", "Фёдор", "male", 1, 2),
    "57002": ("Ёлкина Полина", "Ёлкина", "Полина", "female", 2, 1),
    "57003": ("Семёнов Артём", "Семёнов", "Артём", "male", 1, 1),
    "57004": ("Щукина Майя", "Щукина", "Майя", "female", 2, 2),
}
SIBLING = ("57101", "Щукин Савелий", "Щукин", "Савелий", "male", "5А")
PARENTS = {  # user id: (title, last, first, middle, gender, [children])
    "61001": ("Алёшина Ирина Васильевна", "Алёшина", "Ирина", "Васильевна", "female", ["57001"]),
    "61002": ("Ёлкин Дмитрий Сергеевич", "Ёлкин", "Дмитрий", "Сергеевич", "male", ["57002"]),
    "61003": ("Семёнова Алла Петровна", "Семёнова", "Алла", "Петровна", "female", ["57003", "57004"]),
    "61004": ("Щукина Оксана Юрьевна", "Щукина", "Оксана", "Юрьевна", "female", ["57004"]),
    "61005": ("Алёшин Павел Игоревич", "Алёшин", "Павел", "Игоревич", "male", ["57001"]),  # 57001's second parent
}
HT = ("47001", "Гордеева Ольга Викторовна", "Гордеева", "Ольга", "Викторовна")
HT5 = ("47050", "Лаптева Нина Фёдоровна", "Лаптева", "Нина", "Фёдоровна")
ALG = "Алгебра и начала математического анализа"
ENG, INF = "Английский язык", "Информатика"
OBZR = "Основы безопасности и защиты Родины"
T = {  # subject -> (teacher, room)
    ALG: ("Рябов Константин Юрьевич", "301"),
    "Вероятность и статистика": ("Рябов Константин Юрьевич", "301"),
    "Русский язык": ("Гордеева Ольга Викторовна", "207"),
    "Литература": ("Гордеева Ольга Викторовна", "207"),
    "Индивидуальный проект": ("Гордеева Ольга Викторовна", "207"),
    "Химия": ("Нурмухаметова Гульнара Ринатовна", "220"),
    OBZR: ("Журавлёв Пётр Ильич", "105"),
    "Физическая культура": ("Мамедов Рашид Ильхамович", ""),
}
GROUPS = {  # subject -> {group: (teacher, room, grp, grp_short)}
    ENG: {1: ("Ильина Светлана Романовна", "312", "1 группа", "1 гр."),
          2: ("Ёжикова Дарья Михайловна", "314", "2 группа", "2 гр.")},
    INF: {1: ("Ткачёв Никита Андреевич", "215", "1 группа", "1 гр."),
          2: ("Ли Виктор Сергеевич", "216", "2 группа", "2 гр.")},
}
BELLS = {1: ("08:00", "08:40"), 2: ("08:50", "09:30"), 3: ("09:45", "10:25"), 4: ("10:40", "11:20"),
         5: ("11:35", "12:15"), 6: ("12:25", "13:05"), 7: ("13:15", "13:55"), 8: ("14:05", "14:45")}
# weekday -> [(num, subject, group)]: group None (whole class), "both" (two subgroup items at one number), 1 or 2
TT = {
    0: [(1, "Русский язык", None), (2, ALG, None), (3, ALG, None), (4, ENG, "both"), (5, INF, 1), (6, INF, 2),
        (7, "Индивидуальный проект", None)],
    1: [(1, "Литература", None), (2, "Химия", None), (3, "Вероятность и статистика", None),
        (4, "Физическая культура", None), (5, ENG, "both"), (6, OBZR, None)],
    2: [(1, ALG, None), (2, ALG, None), (3, "Литература", None), (4, "Химия", None), (5, ENG, 1), (6, ENG, 2)],
    3: [(1, "Русский язык", None), (2, "Вероятность и статистика", None), (3, INF, "both"), (4, "Химия", None),
        (5, "Литература", None), (6, "Физическая культура", None), (7, OBZR, None), (8, "Индивидуальный проект", None)],
    4: [(1, ALG, None), (2, "Химия", None), (3, ENG, "both"), (4, "Литература", None), (5, "Русский язык", None),
        (6, "Физическая культура", None)],
    5: [(1, "Литература", None), (2, ALG, None), (3, OBZR, None), (4, "Вероятность и статистика", None)],
}
TOPICS = {
    ALG: ["Логарифмические неравенства", "Метод интервалов", "Производная сложной функции",
          "Касательная к графику функции", "Контрольная работа № 3", "Анализ контрольной работы",
          "Первообразная", "Интеграл", "Площадь криволинейной трапеции", "Решение задач ЕГЭ (профиль)"],
    "Вероятность и статистика": ["Случайные величины", "Математическое ожидание", "Дисперсия", "Закон больших чисел"],
    "Русский язык": ["Сложное синтаксическое целое", "Пунктуация при обособлении", "Сочинение ЕГЭ: комментарий",
                     "Орфоэпические нормы"],
    "Литература": ["А. А. Блок. «Двенадцать»", "С. А. Есенин. Лирика", "В. В. Маяковский. «Облако в штанах»",
                   "М. А. Булгаков. «Мастер и Маргарита»", "Сочинение по творчеству Булгакова", "А. П. Платонов",
                   "М. А. Шолохов. «Тихий Дон»"],
    "Химия": ["Электролиз расплавов", "Электролиз растворов", "Гидролиз солей", "Решение расчётных задач",
              "Металлы побочных подгрупп", "Практическая работа № 4"],
    OBZR: ["Пожарная безопасность", "Первая помощь при кровотечениях", "Основы обороны государства"],
    "Физическая культура": ["Баскетбол: ведение мяча", "Баскетбол: бросок в кольцо", "Гимнастика", "Подтягивание"],
    "Индивидуальный проект": ["Введение: актуальность", "Работа с источниками", "Оформление списка литературы"],
    ENG: ["Unit 4. Science and technology", "Conditionals (mixed)", "Essay: for and against", "Revision"],
    INF: ["Python: словари", "Python: исключения", "Базы данных: SQL-запросы", "Практикум"],
}
W1 = [D(2025, 11, 3) + dt.timedelta(days=i) for i in range(6)]
W3 = [D(2025, 12, 1) + dt.timedelta(days=i) for i in range(6)]
HOLIDAYS = {D(2025, 11, 3): "Выходной день (перенос с 1 ноября)", D(2025, 11, 4): "День народного единства"}
DAYNAMES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
SUB_DAY = D(2025, 11, 6)        # Химия #4: substitute teacher and room
SUBSTITUTE = ("Рябов Константин Юрьевич", "301")
ROOM_DAY = D(2025, 12, 2)       # Литература #1: room and topic changed in the re-pull
MOVE_DAY = D(2025, 12, 5)
SHORT_DAY = D(2025, 12, 6)      # Saturday made a shortened day (30-minute lessons): the re-pulls give new times
SHORT_BELLS = {1: ("08:00", "08:30"), 2: ("08:40", "09:10"), 3: ("09:20", "09:50"), 4: ("10:00", "10:30")}       # Химия #2 <-> Физическая культура #6 swapped in the re-pull


def ymd(d):
    return d.strftime("%Y%m%d")


def lesson_id(d, num, grp=None):
    return str(930000 + (d - D(2025, 9, 1)).days * 20 + num * 2 + (1 if grp == 2 else 0))


_topic_ix = {}


def topic(subject, d, num):
    key = (subject, d, num)
    if key not in _topic_ix:
        n = sum(1 for k in _topic_ix if k[0] == subject)
        _topic_ix[key] = TOPICS[subject][n % len(TOPICS[subject])]
    return _topic_ix[key]


# ------------------------------------------------------------------ marks
def mk(value, weight=1, ctype="Работа на уроке", short="РУ", count=True, convert=None, countas=None, comment="",
       nm="1", wf=None):
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
    return {"value": code, "countas": 0, "count": False, "convert": 0, "weight": 0, "weight_float": 0,
            "control_type": "", "control_type_short": "", "nm": "1", "comment": comment}


LONG_COMMENT = ("Сочинение-рассуждение: тезис сформулирован верно, комментарий к первому примеру-иллюстрации "
                "дан полно, ко второму — формально; смысловая связь между примерами указана, но не "
                "проанализирована. Речевые ошибки: «играет большое значение», «в этом тексте автор пишет о том, "
                "что…». Пунктуация: 2 ошибки (обособление деепричастного оборота, тире между подлежащим и "
                "сказуемым). Орфография без ошибок. Объём — 214 слов. Итог по критериям К1–К10: 19 из 25. "
                "Рекомендация: перечитать памятку «Комментарий к проблеме» и переписать второй абзац к пятнице.")
STRESS = "Верно расставлены ударе\u0301ния: звони\u0301т, кварта\u0301л, щаве\u0301ль"
EMOJI = "Молодец! \U0001F44D\U0001F3FB Так держать"
MARKS = {  # (student, date, num) -> [assessment] as the journal holds them at the end
    ("57001", D(2025, 11, 5), 2): [mk("5")],
    ("57001", D(2025, 11, 5), 3): [mk("3", 2, "Самостоятельная работа", "СР")],
    ("57002", D(2025, 11, 5), 4): [mk("1", comment="Списывание на самостоятельной работе")],
    ("57003", D(2025, 11, 6), 4): [mk("4", comment=EMOJI)],
    ("57004", D(2025, 11, 6), 1): [mk("5", comment=STRESS)],
    ("57001", D(2025, 11, 6), 6): [absent("у", "соревнования, приказ № 112")],
    ("57002", D(2025, 11, 7), 3): [absent("н")],
    ("57002", D(2025, 11, 7), 5): [mk("4", 2, "Сочинение", "СОЧ", comment=LONG_COMMENT)],
    ("57003", D(2025, 11, 8), 2): [mk("5", 2, "Контрольная работа", "КР")],
    ("57004", D(2025, 11, 8), 3): [mk("зач", 0, "Зачёт", "З", count=False)],
    ("57001", D(2025, 12, 1), 6): [mk("5", ctype="Практическая работа", short="ПР")],
    ("57002", D(2025, 12, 1), 5): [mk("4+", countas="4.25")],
    ("57003", D(2025, 12, 2), 1): [mk("5", 2, "Сочинение", "СОЧ")],
    ("57004", D(2025, 12, 2), 6): [absent("н")],
    ("57001", D(2025, 12, 3), 1): [mk("4", comment="Исправлено после консультации")],
    ("57002", D(2025, 12, 3), 6): [mk("5")],
    ("57003", D(2025, 12, 4), 3): [mk("2", comment="Не выполнена практическая работа")],
    ("57004", D(2025, 12, 4), 4): [mk("4", 2, "Самостоятельная работа", "СР")],
    ("57003", D(2025, 12, 6), 1): [mk("4", comment="Исправлено: работа сдана с опозданием")],
    ("57002", D(2025, 12, 6), 2): [mk("4")],
    ("57002", D(2025, 12, 5), 6): [mk("5", ctype="Практическая работа", short="ПР")],  # Химия, moved #2 -> #6
}
# what earlier answers held instead (the value a later answer corrects)
MARK_BEFORE = {("57001", D(2025, 12, 3), 1): mk("3"),  # the week answers; the one-day re-pull says 4
               ("57004", D(2025, 12, 4), 4): mk("3", 2, "Самостоятельная работа", "СР"),  # the re-pulled diary
               ("57003", D(2025, 12, 6), 1): mk("5")}  # until the second of two answers of one batch (step 10)
# marks only getmarks knows (September/October, no diary pulled): (student, date, subject, num, assessment)
EARLY = [
    ("57001", D(2025, 9, 17), ALG, 1, mk("4")), ("57001", D(2025, 10, 8), "Химия", 4, mk("5")),
    ("57002", D(2025, 9, 24), "Литература", 3, mk("5", 2, "Сочинение", "СОЧ")),
    ("57002", D(2025, 10, 15), ALG, 2, mk("3")),
    ("57003", D(2025, 9, 18), "Русский язык", 1, mk("4")), ("57003", D(2025, 10, 22), "Химия", 4, mk("4")),
    ("57004", D(2025, 9, 26), ALG, 1, mk("5")), ("57004", D(2025, 10, 9), "Литература", 5, mk("4-", countas="3.75")),
]

ABSENCE_WITHDRAWN = {("57004", D(2025, 12, 2), 6)}  # the н of step 05 is gone from every later answer


HW_TEXT_ALG = ("№ 245 (а, в), 247.\nРешить неравенство x² − 5x + 6 < 0 и изобразить решение на числовой "
               "прямой; ответ записать в виде (−∞; 2] ∪ [3; +∞) или объяснить, почему так нельзя.")
HW_TEXT_RUS = ("Выучить орфоэпический минимум: звони\u0301т, кварта\u0301л, то\u0301рты, красиве\u0301е, "
               "щаве\u0301ль; упр.\u00a0112 (письменно)")
HW_TEXT_LIT = ("Подготовиться к сочинению по роману М. А. Булгакова «Мастер и Маргарита». Темы на выбор:\n"
               "1) «Рукописи не горят»: тема творчества в романе;\n"
               "2) Воланд и его свита — зло, которое «вечно хочет зла и вечно совершает благо»?\n"
               "3) Милосердие и справедливость в судьбах Фриды и Понтия Пилата;\n"
               "4) Москва 1930-х годов глазами сатирика;\n"
               "5) Ершалаимские главы: зачем роман в романе?\n"
               "Требования: объём не менее 350 слов; опора на текст (не менее трёх цитат с указанием главы); "
               "план обязателен; черновик сдавать не нужно. Критерии оценивания те же, что и в итоговом "
               "сочинении: соответствие теме, аргументация с привлечением литературного материала, композиция "
               "и логика рассуждения, качество письменной речи, грамотность. Перечитать главы 2, 16, 24, 26 "
               "и 32; составить цитатную таблицу «Герой — поступок — оценка автора». Кто пропустил урок "
               "03.12, — взять у старосты раздаточный материал. Сдать до 12.12 в кабинет 207 или в личные "
               "сообщения ЭлЖура.")
HW_TEXT_OBZR = "Подготовить сообщение «Действия при пожаре в здании» \U0001F525 (не более 3 минут)"
HOMEWORK = {  # (date, num, grp or None) -> [(hw id, text, [files], lesson field or None)] as at the end
    (D(2025, 11, 5), 2, None): [(8800101, HW_TEXT_ALG, ["Неравенства — карточка.pdf", "Образец оформления.jpg"], None)],
    (D(2025, 11, 6), 1, None): [(8800102, HW_TEXT_RUS, [], None)],
    (D(2025, 11, 7), 4, None): [(8800103, HW_TEXT_LIT, [], None)],
    (D(2025, 11, 8), 3, None): [(8800104, HW_TEXT_OBZR, [], None)],
    (D(2025, 12, 1), 7, None): [(8800201, "Сдать черновик введения и список литературы (не менее 5 источников)",
                                 ["Требования к оформлению.docx"], None)],
    (D(2025, 12, 1), 6, 2): [(8800202, "Практическая работа № 9 (Python: словари), задачи 1–4", [], None)],
    (D(2025, 12, 2), 2, None): [(8800203, "§ 14, задачи 3–5", [], "Химия")],
    (D(2025, 12, 3), 5, 1): [(8800204, "Ex. 4 p. 56 (Workbook)", [], None)],
    (D(2025, 12, 4), 5, None): [(8800207, "Повторить конспект урока", [], None)],
    (D(2025, 12, 6), 1, None): [(8800208, "Повторить конспект урока", [], None)],
    (D(2025, 12, 5), 1, None): [(8800205, "№ 312–315;\u000bповторить формулы производных", ["Таблица производных.png"],
                                 None)],
}
HW_LATE = {(D(2025, 12, 6), 2, None): [(8800206, "Подготовиться к контрольной работе: § 9–11, карточка у старосты",
                                         [], None)]}   # set on Saturday, only in the last class answer (step 11)
IND_WITHDRAWN = set()   # filled while step 12 is built: the individual task is gone from the later answers
HW_BEFORE = {8800201: ("Сдать черновик введения проекта", [])}   # before the re-pull: other text, no file
HW_INDIVIDUAL = {"57003": (D(2025, 12, 4), 3, 8800290, "Индивидуально: доработать задачу 3 (обработка исключений)")}


# ------------------------------------------------------------------ builders
def env(result, state=200, error=None):
    return {"response": {"state": state, "error": error, "result": result}}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def link(hid, i):
    return f"https://{HOST}.eljur.ru/files/{hid:x}{i}"


def slots(d, version):
    """[(num, subject, grp)] of a day, after the swap of MOVE_DAY when version >= 2."""
    if d in HOLIDAYS:
        return []
    out = []
    for num, subj, grp in TT[d.weekday()]:
        if grp == "both":
            out += [(num, subj, 1), (num, subj, 2)]
        else:
            out.append((num, subj, grp))
    return out


def lid(d, num, subj, grp):
    """Lesson ids belong to the lesson: the swapped lessons of MOVE_DAY keep theirs (they move, A.3 lesson_id)."""
    if d == MOVE_DAY and subj == "Химия":
        return lesson_id(d, 2)
    if d == MOVE_DAY and subj == "Физическая культура":
        return lesson_id(d, 6)
    return lesson_id(d, num, grp)


def day_lessons(d, version):
    out = []
    for num, subj, grp in slots(d, version):
        if d == MOVE_DAY and version >= 2 and subj in ("Химия", "Физическая культура"):
            num = 6 if subj == "Химия" else 2
        out.append((num, subj, grp))
    return sorted(out, key=lambda x: (x[0], x[2] or 0))


def teacher_room(d, num, subj, grp, version):
    if grp:
        t, r, _, _ = GROUPS[subj][grp]
    else:
        t, r = T[subj]
    if d == SUB_DAY and subj == "Химия":
        t, r = SUBSTITUTE
    if d == ROOM_DAY and subj == "Литература" and version >= 2:
        r = "Актовый зал"
    return t, r


def item(d, num, subj, grp, version, rings, secs, pupil=None, with_marks=True, mark_version=None):
    t, r = teacher_room(d, num, subj, grp, version)
    tp = topic(subj, d, {"Химия": 2, "Физическая культура": 6}.get(subj, num) if d == MOVE_DAY else num)
    if d == ROOM_DAY and subj == "Литература" and version >= 2:
        tp = "Встреча с писателем (в актовом зале)"
    it = {"num": str(num), "name": subj, "room": r, "teacher": t, "sort": num * 100}
    if grp:
        it["grp"], it["grp_short"] = GROUPS[subj][grp][2], GROUPS[subj][grp][3]
    it["lesson_id"] = lid(d, num, subj, grp)
    it["topic"] = tp
    it["is_control"] = (pupil is not None and any(m["control_type"] == "Контрольная работа"
                                                  for m in MARKS.get((pupil, d, num), [])))
    if rings:
        s, e = BELLS[num]
        if d == SHORT_DAY and version >= 2:
            s, e = SHORT_BELLS[num]
        it["starttime"], it["endtime"] = (s + ":00", e + ":00") if secs else (s, e)
    hw, files = {}, []
    tasks = HOMEWORK.get((d, num, grp), []) + (HW_LATE.get((d, num, grp), []) if version >= 3 else [])
    for hid, text, fns, lesson in tasks:
        if version < 2 and hid in HW_BEFORE:
            text, fns = HW_BEFORE[hid]
        h = {"id": hid, "value": text, "individual": False}
        if lesson:
            h["lesson"] = lesson
        hw[str(hid)] = h
        files += [{"toid": hid, "filename": fn, "link": link(hid, i)} for i, fn in enumerate(fns)]
    if pupil and pupil in HW_INDIVIDUAL and pupil not in IND_WITHDRAWN:
        hd, hn, hid, text = HW_INDIVIDUAL[pupil]
        if (hd, hn) == (d, num):
            hw[str(hid)] = {"id": hid, "value": text, "individual": True}
    it["homework"], it["files"], it["resources"] = hw, files, []
    if pupil is not None and with_marks:
        ms = []
        fnum = num
        if d == MOVE_DAY and subj in ("Химия", "Физическая культура"):
            fnum = 6 if subj == "Химия" else 2
        for m in MARKS.get((pupil, d, fnum), []):
            if (pupil, d, fnum) in ABSENCE_WITHDRAWN and version >= 2:
                continue
            if (pupil, d, fnum) in MARK_BEFORE and mark_version == "before":
                m = MARK_BEFORE[(pupil, d, fnum)]
            ms.append(dict(m, date=d.isoformat(), lesson_id=it["lesson_id"], color_hex=None))
        it["assessments"] = ms
    return it


def in_group(pupil, subj, grp):
    if grp is None:
        return True
    p = PUPILS[pupil]
    return grp == (p[4] if subj == ENG else p[5])


def diary_days(pupil, days, version, rings, secs, keyed=True, mark_version=None):
    out = {}
    for d in days:
        if d.weekday() == 6:
            continue
        day = {"name": ymd(d), "title": f"{DAYNAMES[d.weekday()]}, {d.strftime('%d.%m')}"}
        if d in HOLIDAYS:
            day["alert"], day["holiday_name"] = "vacation", HOLIDAYS[d]
            day["items"] = [] if pupil in ("57002", "57004") else {}
            out[ymd(d)] = day
            continue
        items = [item(d, n, s, g, version, rings, secs, pupil, mark_version=mark_version)
                 for n, s, g in day_lessons(d, version) if pupil is None or in_group(pupil, s, g)]
        day["items"] = {i["num"]: i for i in items} if keyed else items
        out[ymd(d)] = day
    return out


def student_rec(pupil, extra):
    title = PUPILS[pupil][0]
    return {"name": pupil, "title": title, **extra}


def getdiary(pupil, days, version, rings, pulled, secs=False, keyed=True, as_array=False, mark_version=None,
             rings_param="__yes"):
    rng = f"{ymd(days[0])}-{ymd(days[-1] if days[-1].weekday() != 5 else days[-1] + dt.timedelta(days=1))}"
    req = f"getdiary?student={pupil}&days={rng}" + (f"&rings={rings_param}" if rings else "")
    body = student_rec(pupil, {"parent_signed": False, "days": diary_days(pupil, days, version, rings, secs, keyed,
                                                                          mark_version)})
    students = [body] if as_array else {pupil: body}
    return rec(req, env({"students": students}), pulled)


def getschedule_class(days, version, rings_param, secs, pulled):
    rng = f"{ymd(days[0])}-{ymd(days[0] + dt.timedelta(days=6))}"
    out = {}
    for d in days:
        day = {"name": ymd(d), "title": DAYNAMES[d.weekday()]}
        if d in HOLIDAYS:
            day["alert"], day["holiday_name"], day["items"] = "vacation", HOLIDAYS[d], []
        else:
            day["items"] = [item(d, n, s, g, version, True, secs) for n, s, g in day_lessons(d, version)]
            for it in day["items"]:
                it.pop("homework"), it.pop("files"), it.pop("resources")
        out[ymd(d)] = day
    return rec(f"getschedule?class={CLS}&days={rng}&rings={rings_param}", env({"days": out}), pulled)


def gethomework_class(days, version, pulled, cls=CLS):
    rng = f"{ymd(days[0])}-{ymd(days[0] + dt.timedelta(days=6))}"
    out = {}
    for d in days:
        if d in HOLIDAYS:
            out[ymd(d)] = {"name": ymd(d), "title": DAYNAMES[d.weekday()], "alert": "vacation",
                           "holiday_name": HOLIDAYS[d], "items": []}
            continue
        items = []
        for n, s, g in day_lessons(d, version):
            it = item(d, n, s, g, version, False, False)
            if not it["homework"]:
                continue
            items.append({"name": s, "grp": it.get("grp"), "homework": it["homework"], "files": it["files"]})
        if items:
            out[ymd(d)] = {"name": ymd(d), "title": DAYNAMES[d.weekday()], "items": items}
    return rec(f"gethomework?class={cls}&days={rng}", env({"days": out}), pulled)


def gethomework_pupil(pupil, days, version, pulled):
    rng = f"{ymd(days[0])}-{ymd(days[0] + dt.timedelta(days=6))}"
    out = {}
    for d in days:
        if d in HOLIDAYS:
            continue
        items = {}
        for n, s, g in day_lessons(d, version):
            if not in_group(pupil, s, g):
                continue
            it = item(d, n, s, g, version, False, False, pupil, with_marks=False)
            if it["homework"]:
                items[it["num"]] = it
        if items:
            out[ymd(d)] = {"name": ymd(d), "title": DAYNAMES[d.weekday()], "items": items}
    return rec(f"gethomework?student={pupil}&days={rng}", env({"students": {pupil: student_rec(pupil, {"days": out})}}),
               pulled)


PERIODS = [("I", "1 триместр", "20250901", "20251130"), ("II", "2 триместр", "20251201", "20260228"),
           ("III", "3 триместр", "20260301", "20260531")]


def subject_of(pupil, d, num):
    for n, s, g in day_lessons(d, 2):
        if n == num and in_group(pupil, s, g):
            return s, g
    raise KeyError((pupil, d, num))


def getmarks(pupil, start, end, pulled, corrected_before=()):
    lessons = {}
    entries = []
    for (p, d, num), ms in MARKS.items():
        if p != pupil or not (start <= d <= end):
            continue
        subj, grp = subject_of(pupil, d, num)
        if (p, d, num) in ABSENCE_WITHDRAWN:
            continue
        for m in ms:
            if (p, d, num) in corrected_before:
                m = MARK_BEFORE[(p, d, num)]
            entries.append((subj, d, lid(d, num, subj, grp), m))
    for p, d, subj, num, m in EARLY:
        if p == pupil and start <= d <= end:
            entries.append((subj, d, lesson_id(d, num), m))
    for subj, d, l_id, m in sorted(entries, key=lambda e: (e[0], e[1], e[3]["nm"])):
        e = {k: v for k, v in m.items() if k not in ("control_type", "control_type_short")}
        e.update(date=d.isoformat(), lesson_id=l_id, lesson_comment=None, max_mark=None)
        if m["count"] or m["value"] not in ("н", "у"):
            e["mtype"] = {"id": 1 if m["control_type_short"] == "РУ" else 5, "short": m["control_type_short"],
                          "type": m["control_type"]}
        lessons.setdefault(subj, []).append(e)
    out = []
    for ix, subj in enumerate(sorted(lessons)):
        counted = [(float(m["weight_float"]), float(m["convert"])) for m in lessons[subj] if m["count"]]
        avg = f"{sum(w * v for w, v in counted) / sum(w for w, _ in counted):.2f}" if counted else ""
        out.append({"name": subj, "average": avg, "averageConvert": round(float(avg)) if avg else 0,
                    "lesson_id": str(1300 + ix), "color_hex": None, "marks": lessons[subj]})
    req = f"getmarks?student={pupil}&days={start.strftime('%Y%m%d')}-{end.strftime('%Y%m%d')}"
    return rec(req, env({"students": {pupil: student_rec(pupil, {"lessons": out})}}), pulled)


FINALS = {  # pupil -> [(subject, value, comment)] for period I
    "57001": [(ALG, "4", ""), ("Химия", "5", ""), ("Литература", "4", ""), (OBZR, "зач", "")],
    "57002": [(ALG, "3", ""), ("Химия", "3", "исправлено по итогам пересдачи"), ("Литература", "5", ""),
              (INF, "5", "")],
    "57003": [(ALG, "5", ""), ("Химия", "4", ""), ("Русский язык", "4", "")],
    "57004": [(ALG, "5", ""), ("Литература", "4", ""), (OBZR, "зач", ""), ("Физическая культура", "5", "")],
}
FINAL_BEFORE = {("57002", "Химия"): ("2", "")}   # the first answer, before the re-sit


def getfinals(pupil, pulled, before=False):
    items = []
    for subj, value, comment in FINALS[pupil]:
        if before and (pupil, subj) in FINAL_BEFORE:
            value, comment = FINAL_BEFORE[(pupil, subj)]
        a = {"period": "I", "value": value, "comment": comment}
        if value.isdigit():
            a["convert"] = int(value)
        items.append({"name": subj, "assessments": [a]})
    items.append({"name": "Вероятность и статистика", "assessments": []})
    body = student_rec(pupil, {"items": items})
    return rec(f"getfinalassessments?student={pupil}", env({"students": [body] if pupil == "57003" and not before
                                                           else {pupil: body}}), pulled)


def getperiods(pupil, pulled):
    periods = []
    for name, full, s, e in PERIODS:
        p = {"name": name, "fullname": full, "start": s, "end": e, "disabled": False, "ambigious": None}
        if name == "I":
            p["weeks"] = [{"start": "20250901", "end": "20250907", "title": "01.09 - 07.09"},
                          {"start": "20251124", "end": "20251130", "title": "24.11 - 30.11"}]
        else:
            p["weeks"] = []
        periods.append(p)
    periods.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False,
                    "ambigious": True, "weeks": []})
    body = {"name": pupil, "title": PUPILS[pupil][0], "periods": periods}
    return rec(f"getperiods?student={pupil}&weeks=__yes", env({"students": [body]}), pulled)


RULES = ["getdiary", "getfinalassessments", "gethomework", "getmarks", "getperiods", "getschedule"]


def getrules(uid, children, pulled):
    title, last, first, middle, gender, _ = PARENTS[uid]
    students, groups = {}, {}
    for c in children:
        if c in PUPILS:
            p = PUPILS[c]
            students[c] = {"rules": RULES, "rel": "child", "name": c, "title": p[0], "lastname": p[1],
                           "firstname": p[2], "gender": p[3], "class": CLS, "parallel": "11", "city": "Пермь"}
            ht, cls, par = HT, CLS, "11"
        else:
            students[c] = {"rules": RULES, "rel": "child", "name": c, "title": SIBLING[1], "lastname": SIBLING[2],
                           "firstname": SIBLING[3], "gender": SIBLING[4], "class": SIBLING[5], "parallel": "5",
                           "city": "Пермь"}
            ht, cls, par = HT5, SIBLING[5], "5"
        groups[cls] = {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": cls, "parallel": par,
                       "balls": 5, "hometeacher_id": ht[0], "hometeacher_name": ht[1], "hometeacher_lastname": ht[2],
                       "hometeacher_firstname": ht[3], "hometeacher_middlename": ht[4]}
    result = {"roles": ["parent"], "relations": {"students": students, "groups": groups,
                                                 "schools": [{"title": "Школа № 57", "title_full":
                                                              "МАОУ «Средняя общеобразовательная школа № 57» г. Перми",
                                                              "number": "57", "inn": "5904000057",
                                                              "kpp": "590401001"}]},
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages", "updates"],
              "id": uid, "name": uid, "title": title, "lastname": last, "firstname": first, "middlename": middle,
              "gender": gender, "email": f"p{uid}@example.org", "region": "Пермский край", "city": "Пермь",
              "vendor": HOST, "vendor_id": 5757}
    return rec("getrules", env(result), pulled)


# ------------------------------------------------------------------ journey
def main():
    steps = []
    P = sorted(PUPILS)
    steps.append(("01 getrules: five parents of 11Б (names with ё; ids as strings); 57001 has two parent accounts "
                  "(61001, 61005); 61003's account also lists 57004 (a wrong link the school removes later) "
                  "[A.3 getrules, A.4]",
                  [[getrules(u, PARENTS[u][5], "2025-11-02T19:00:00+05:00") for u in sorted(PARENTS)]]))
    steps.append(("02 getperiods: TRIMESTERS I/II/III (E1 names and dates) and the year column Г, ambigious null on "
                  "dated periods, students as an array [A.3 Period, A.5 E1]",
                  [[getperiods(p, "2025-11-02T19:01:00+05:00") for p in P]]))
    w1 = [getschedule_class(W1, 1, "__yes", True, "2025-11-09T20:00:00+05:00")]
    for p in P:
        w1.append(getdiary(p, W1, 1, True, "2025-11-09T20:01:00+05:00", secs=True, keyed=(p != "57003")))
    w1.append(gethomework_class(W1, 1, "2025-11-09T20:02:00+05:00"))
    w1 += [gethomework_pupil(p, W1, 1, "2025-11-09T20:03:00+05:00") for p in P]
    steps.append(("03 week 2025-11-03..08, six school days: Mon 03 and Tue 04 are one-day vacation days inside a "
                  "week with lessons (alert vacation, items [] / {}); Wed double Алгебра (#2, #3); Thu Химия #4 "
                  "taught by a substitute in another room; Thu #8; Saturday lessons; marks 1, зач, у, a long "
                  "comment, stress marks (U+0301), an emoji comment; homework with two files, NBSP, math signs, a "
                  "long multi-line text [A.3 Day, Lesson item, Assessment; A.6]", [w1]))
    marks1 = [getmarks(p, D(2025, 9, 1), D(2025, 11, 30), "2025-12-01T07:00:00+05:00") for p in P]
    fin1 = [getfinals(p, "2025-12-01T07:05:00+05:00", before=True) for p in P]
    steps.append(("04 trimester I closed: getmarks over I (20250901-20251130; September/October marks only here) and "
                  "getfinalassessments with period I [A.3 SubjectMarks, Final assessment]", [marks1 + fin1]))
    w3 = [getschedule_class(W3, 1, "true", False, "2025-12-03T18:00:00+05:00")]
    for p in P:
        w3.append(getdiary(p, W3, 1, True, "2025-12-03T18:01:00+05:00", as_array=(p == "57002"),
                           mark_version="before", rings_param="true"))
    w3.append(gethomework_class(W3, 1, "2025-12-03T18:02:00+05:00"))
    w3.append(gethomework_pupil("57003", W3, 1, "2025-12-03T18:03:00+05:00"))
    steps.append(("05 week 2025-12-01..06 (trimester II) as pulled early: Информатика and Английский язык split "
                  "crosswise (a pupil in group 1 of one and group 2 of the other), #7, times HH:MM, homework with "
                  "the optional `lesson` field, individual task [A.3 grp, homework, files]", [w3]))
    rp = [getschedule_class(W3, 2, "true", False, "2025-12-06T20:00:00+05:00")]
    for p in P:
        rp.append(getdiary(p, W3, 2, True, f"2025-12-06T20:0{1 + P.index(p)}:00+05:00", as_array=(p == "57002"),
                           mark_version="before", rings_param="true"))
    rp.append(gethomework_class(W3, 2, "2025-12-06T20:06:00+05:00"))
    rp += [gethomework_pupil(p, W3, 2, "2025-12-06T20:07:00+05:00") for p in P]
    for p in P:
        rp.append(getmarks(p, D(2025, 12, 1), D(2026, 2, 28), f"2025-12-06T20:1{P.index(p)}:00+05:00",
                           corrected_before={("57001", D(2025, 12, 3), 1), ("57003", D(2025, 12, 6), 1)}))
    steps.append(("06 re-pull of week 2025-12-01..06 at the end of the week: Литература of 12-02 moved to the "
                  "assembly hall with another topic; Химия #2 and Физическая культура #6 of 12-05 swap slots "
                  "(each keeps its lesson_id); Saturday 12-06 shortened to 30-minute lessons (new starttime/endtime); 57004's "
                  "absence of 12-02 withdrawn (the н is in no later answer); the project task re-worded with a file added; then, in the SAME "
                  "batch and pulled minutes later, getmarks over trimester II, where 57004's Химия mark of 12-04 "
                  "is already corrected 3 -> 4 (the diary answer earlier in the batch still says 3) "
                  "[A.3 Lesson item, SubjectMarks; A.4]", [rp]))
    one = getdiary("57001", [D(2025, 12, 3)], 2, True, "2025-12-07T10:00:00+05:00", rings_param="true")
    one["request"] = "getdiary?student=57001&days=20251203-20251203&rings=true"
    steps.append(("07 one-day re-pull getdiary?student=57001&days=20251203-20251203: Алгебра 3 -> 4 with a comment; "
                  "a narrower range says nothing of the other days of the week [A.1 days, A.4]", [[one]]))
    last = [getrules("61004", ["57004", SIBLING[0]], "2025-12-07T11:00:00+05:00"),
            getrules("61003", ["57003"], "2025-12-07T11:01:00+05:00")]
    last += [getfinals(p, "2025-12-07T11:05:00+05:00") for p in P if p != "57001"]
    steps.append(("08 re-pulls: 61004's account now also holds a 5А child; 61003's account no longer holds 57004 "
                  "(linked by mistake, the school removed the link); getfinalassessments again, 57002's Химия "
                  "trimester mark corrected 2 -> 3 after a re-sit [A.3 getrules, Final assessment]", [last]))
    fail = rec("getfinalassessments?student=57001",
               env({}, 400, "не удалось авторизовать разработчика"), "2025-12-07T11:06:00+05:00")
    steps.append(("09 failed answer for 57001's finals (state 400, error, result {}): it must delete nothing "
                  "[A.1 failure case, A.5 E6]", [[fail]]))

    ind = [gethomework_pupil("57003", W3, 3, "2025-12-07T08:00:00+05:00")]
    IND_WITHDRAWN.add("57003")
    ind.append(gethomework_pupil("57003", W3, 3, "2025-12-07T08:30:00+05:00"))
    steps.append(("10 one batch holding gethomework?student=57003 twice, pulled half an hour apart: the first answer "
                  "still has his individual task, the second no longer has it (the teacher withdrew it) "
                  "[A.3 homework individual; A.2 gethomework]", [ind]))
    twice = [getdiary("57003", W3, 2, True, "2025-12-07T09:00:00+05:00", mark_version="before", rings_param="true"),
             getdiary("57003", W3, 2, True, "2025-12-07T10:00:00+05:00", rings_param="true")]
    steps.append(("11 one batch holding the same request twice, pulled an hour apart (a sync job that pushes its "
                  "pulls in bulk): in the second answer Литература of 12-06 is 4 (was 5) with a comment; the later "
                  "answer is the journal's current state. Neither answer holds the withdrawn individual task "
                  "[A.3 Assessment; A.1 envelope]", [twice]))
    enc = gethomework_class(W3, 3, "2025-12-07T12:00:00+05:00", cls="11%D0%91")
    steps.append(("12 gethomework?class=11%D0%91&days=20251201-20251207: the class name percent-encoded, as an HTTP "
                  "client sends a Cyrillic query value; it holds a task set on Saturday that no earlier answer "
                  "holds [A.1 class={name}, A.2 gethomework by class]", [[enc]]))
    journey = {"vendor": "elzhur",
               "description": "Школа № 57 (vendor sch57), class 11Б (4 pupils; English and Informatics each split in "
                              "two subgroups, crosswise); school year 2025/26 in trimesters; six-day weeks "
                              "2025-11-03..08 (two one-day holidays inside it) and 2025-12-01..06; re-pulls with a "
                              "room change, a slot swap, a re-worded task, a one-day re-pull, a mark changing "
                              "within one batch, a parent gaining a child, a corrected trimester mark and a failed "
                              "answer. All values invented; shapes from the reference Part A and the client models "
                              "of Part C.",
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
