"""Writes journey.json of the elzhur_30 corpus: texts and values as typed, for one class over one week (reference
shared/reference/elzhur_mesh.md, Part A; client models of Part C). Standard library only; deterministic. Every
value is invented; names are ordinary Russian names, no real person's data."""

import datetime as dt
import json
from pathlib import Path

VENDOR = "mbou-gimn5"
CLASS = "8В"
DEV = f"devkey=7c1e0d&vendor={VENDOR}&auth_token=tok8v&out_format=json"
HOST = f"https://{VENDOR}.eljur.ru/apiv3/"
DAYS = ["20260119", "20260120", "20260121", "20260122", "20260123"]
WEEK = f"{DAYS[0]}-{DAYS[-1]}"
Q3 = "20260112-20260322"
DAYNAME = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница"]
RINGS = {1: ("08:30:00", "09:15:00"), 2: ("09:25:00", "10:10:00"), 3: ("10:30:00", "11:15:00"),
         4: ("11:35:00", "12:20:00"), 5: ("12:30:00", "13:15:00")}

# A.3 Lesson item `teacher`: the full name as typed. ё, double surnames, a four-part name, a Latin look-alike "a".
KOV = "Ковалёва-Шмидт Алла Эдуардовна"          # class teacher; Алгебра, Геометрия
BES = "Бестужева-Рюмина Елена Петровна"         # Русский язык, Литература, Родной язык (русский)
KIM = "Ким Дарья Игоревна"                      # Родной язык (Русский): another course, another teacher
ALE = "Алёшин Пётр Сергеевич"                   # Физика
SHCH = "Щёголев Артём Фёдорович"                # OБЗР
MAM = "Мамедов Руслан Тофик оглы"               # История
SAV = "С\u0061вельева Ольга Игоревна"           # Химия: Latin "a" (U+0061) typed into a Cyrillic surname
TEM = "Тёмкин Семён Львович"                    # Физическая культура
GOL = "Голубева Анастасия Юрьевна"              # Физическая  культура (special medical group, double space)
RAKH = "Рахимов Тимур Ильдарович"               # Информатика
ENG = {"1 группа": ("Гарипова Эльвира Рашитовна", "305", "1 гр."), "2 группа": ("Штольц Мария Генриховна", "307", "2 гр.")}

RODN_A = "Родной язык (русский)"
RODN_B = "Родной язык (Русский)"   # differs only in case: another course the journal keeps apart
PE_A = "Физическая культура"
PE_B = "Физическая  культура"      # differs only in spacing (two spaces): the special medical group's course
OBZR = "\u004fБЗР"                  # Latin "O" (U+004F) typed at the start of ОБЗР

# (day index, slot) -> (subject, teacher, room, topic, is_control)
T = {
    (0, 1): ("Алгебра", KOV, "214", "Квадратные уравнения. Дискриминант D = b² − 4ac", False),
    (0, 2): ("Русский язык", BES, "108", "Обособленные определения: &laquo;причастный оборот&raquo;", False),
    (0, 3): ("Английский язык", None, None, "Unit 5 “Travelling” — Past Perfect", False),
    (0, 4): ("История", MAM, "210", "Пётр I и Северная война (1700–1721)", False),
    (0, 5): (RODN_A, BES, "108", "Фразеологизмы: „бить баклуши“ и ‚точить лясы‘", False),
    (1, 1): ("Физика", ALE, "312", "Закон Ома для участка цепи: I = U / R ⚡", False),
    (1, 2): ("Литература", BES, "108", "А. С. Пушкин «Капитанская дочка», глава III <i>«Крепость»</i>", False),
    (1, 3): ("Геометрия", KOV, "214", "Теорема Пифагора\tи обратная ей", False),
    (1, 4): (OBZR, SHCH, "115", "Первая помощь при кровотечениях 🩹", False),
    (1, 5): (RODN_B, KIM, "106", "Диалектизмы и жаргонизмы: 'чё', \"ихний\", `звОнит`", False),
    (2, 1): ("Русский язык", BES, "108", "Сочинение-рассуждение по тексту\nК. Г. Паустовского", False),
    (2, 2): ("Алгебра", KOV, "214", "Теорема Виета &mdash; прямая и обратная", False),
    (2, 3): ("Английский язык", None, None, "Reading: <b>“The Canterville Ghost”</b>, ch. 1", False),
    (2, 4): ("Химия", SAV, "217", "Кислоты: HCl, H₂SO₄, HNO₃", False),
    (2, 5): (PE_A, TEM, "спортзал", "Баскетбол: ведение мяча", False),
    (3, 1): ("Геометрия", KOV, "214",
             "Решение задач на применение теоремы Пифагора: нахождение диагонали прямоугольника, высоты "
             "равнобедренного треугольника, стороны ромба по его диагоналям, расстояния между точками на "
             "координатной плоскости; египетский треугольник (3, 4, 5) и пифагоровы тройки; подготовка к "
             "самостоятельной работе № 6 по теме «Теорема Пифагора»", False),
    (3, 2): ("История", MAM, "210", "Полтавская битва &#171;27 июня 1709 г.&#187;", False),
    (3, 3): ("Физика", ALE, "312", "Лабораторная работа № 5 «Сборка электрической цепи и измерение силы тока»",
             False),
    (3, 4): ("Литература", BES, "108", "Образ Маши Мироновой 💐", False),
    (3, 5): (PE_B, GOL, "малый зал", "ЛФК: упражнения для профилактики нарушений осанки", False),
    (4, 1): ("Алгебра", KOV, "214", "Контрольная работа № 4 «Квадратные уравнения»", True),
    (4, 2): ("Химия", SAV, "217", "Основания. Щёлочи", False),
    (4, 3): ("Английский язык", None, None, "Grammar: “had done” vs “did”", False),
    (4, 4): ("Русский язык", BES, "108", "Двоеточие в бессоюзном сложном предложении: ‘пример’", False),
    (4, 5): ("Информатика", RAKH, "401", "Ветвление: if x &lt; 0 then y := -x", False),
}

LONG_PHYS = (
    "Лабораторная работа № 5 (подготовка). Прочитать § 42–44 учебника. В тетради для лабораторных работ "
    "оформить титульную часть: «Лабораторная работа № 5. Сборка электрической цепи и измерение силы тока "
    "в её различных участках». Цель работы: убедиться на опыте, что сила тока в различных последовательно "
    "соединённых участках цепи одинакова. Приборы и материалы: источник питания (батарея 4,5 В), "
    "низковольтная лампа на подставке, ключ, амперметр, соединительные провода. Начертить схему цепи, "
    "в которой лампа, ключ и амперметр соединены последовательно; указать полярность амперметра (+/−). "
    "Подготовить таблицу для записи результатов: № опыта | место включения амперметра | I, А. "
    "Повторить правила: 1) амперметр включается в цепь последовательно с тем прибором, силу тока в котором "
    "измеряют; 2) клемму «+» амперметра соединяют с проводом, идущим от положительного полюса источника; "
    "3) нельзя присоединять ампeрметр к полюсам источника без нагрузки. Ответить письменно на вопросы: "
    "а) Что называют силой тока? б) В каких единицах измеряют силу тока? в) Как определить цену деления "
    "шкалы амперметра? г) Почему амперметр должен иметь малое сопротивление? Решить задачи из сборника "
    "Лукашика: № 1283, 1285, 1290 (оформить «Дано — СИ — Решение — Ответ»). Дополнительно (по желанию): "
    "подготовить сообщение об Андре-Мари Ампере (1775–1836) объёмом не более одной страницы, с указанием "
    "источников. На уроке будет проверка домашнего задания и допуск к лабораторной работе: без таблицы "
    "и схемы к работе не допускаются! Принести калькулятор, линейку, карандаш. Вопросы можно задать в "
    "сообщениях ЭлЖура до 21:00 среды. Критерии оценивания: «5» — схема, таблица, ответы на все вопросы и "
    "все три задачи; «4» — допущены 1–2 недочёта; «3» — выполнено не менее половины; «2» — работа не "
    "выполнена. Удачи! 🔋💡") * 2

# (day index, slot, grp or None) -> [(homework id, text, [(filename, link)])]
HW = {
    (0, 1, None): [(8840101, "№ 512 (а–г), № 514<br />Повторить формулу корней", [])],
    (0, 2, None): [(8840102, "Упр. 245 &quot;списать, расставить знаки&quot;", [])],
    (0, 3, "1 группа"): [(8840103, "WB p. 52, ex. 3 ✍️", [])],
    (0, 3, "2 группа"): [(8840104, "SB p. 71, ex. 5 (in writing)", [])],
    (0, 4, None): [(8840105, "§ 12–13, таблица «Реформы Петра I»:\n\t1) армия\n\t2) флот\n\t3) управление",
                    [("Реформы Петра I (шаблон).docx", f"https://{VENDOR}.eljur.ru/files/e30a05")])],
    (0, 5, None): [(8840106, "Найти 5 фразеологизмов с „числом“ (один, два, семь…)", [])],
    (1, 1, None): [(8840107, LONG_PHYS, [("ЛР5_схема.png", f"https://{VENDOR}.eljur.ru/files/e30a07")])],
    (1, 2, None): [(8840108, "Прочитать главы IV–V. Ответить на вопрос: «Почему Гринёв не уехал из крепости?»", [])],
    (1, 3, None): [(8840109, "№ 483, 484&nbsp;(б)", [])],
    (1, 4, None): [(8840110, "Подготовить памятку 📝 <a href=\"https://obzh.info/pamyatka\">по ссылке</a>", [])],
    (1, 5, None): [(8840111, "Записать 3 диалектизма из речи бабушки 👵", []),
                   (8840112, "записать 3 диалектизма из речи бабушки 👵 (для тех, кто болел)", [])],
    (2, 1, None): [(8840113, "Дописать сочинение (150–200 слов)", [])],
    (2, 3, "1 группа"): [(8840114, "Learn the words p. 60: ‘ghost’, ‘haunt’, ‘creak’", [])],
    (2, 3, "2 группа"): [(8840115, "Vocabulary test — p. 74 (ex. 1–3)", [])],
    (2, 4, None): [(8840116, "§ 38, упр. 2–4 (уравнения реакций: NaOH + HCl → NaCl + H₂O)", [])],
    (3, 1, None): [(8840117, "№ 490 &amp; № 491", [])],
    (3, 2, None): [(8840118, "Контурная карта «Северная война» — заполнить",
                    [("Карта_Сев_война (1).pdf", f"https://{VENDOR}.eljur.ru/files/e30a18")])],
    (3, 4, None): [(8840119, "Наизусть: письмо Маши к Гринёву (гл. VIII), от слов «Богу угодно было…»", [])],
    (4, 2, None): [(8840120, "§ 39 🧪", [])],
    (4, 3, "1 группа"): [(8840121, "Essay “My favourite book” (120–150 words)", [])],
    (4, 4, None): [(8840122, "Упр. 260 <b>(устно)</b>, 261 <u>письменно</u>", [])],
    (4, 5, None): [(8840123, "Написать программу:\r\nif x &lt; 0 then y := -x else y := x", [])],
}

PUPILS = {"73401": ("Мельникова Алёна", "1 группа"), "73402": ("Сергеев Тимур", "2 группа"),
          "73403": ("Ли Виктория", "1 группа")}
PARENTS = {"50901": ("Мельникова Наталья Юрьевна", ["73401"]), "50902": ("Сергеева Оксана Викторовна", ["73402"]),
           "50903": ("Ли Ирина Олеговна", ["73403"])}

RU = ("Работа на уроке", "РУ", 1)
DZ = ("Домашнее задание", "ДЗ", 2)
SR = ("Самостоятельная работа", "СР", 3)
KR = ("Контрольная работа", "КР", 4)
SOCH = ("Сочинение", "СОЧ", 9)
ZACH = ("Зачёт", "З", 11)
SD = ("Словарный диктант", "СД", 12)
NOTYPE = ("", "", None)


def m(value, convert, countas, count, weight, wf, kind, comment=""):
    return {"value": value, "convert": convert, "countas": countas, "count": count, "weight": weight,
            "weight_float": wf, "kind": kind, "comment": comment}


def absent(value):  # A.3 Absence pseudo-mark (BetterJournal Absent): count false, convert 0, countas 0
    return m(value, 0, 0, False, 0, 0, NOTYPE)


LONG_COMMENT = ("Работа выполнена не полностью: в задаче 1 неверно переведены единицы (мА → А), в задаче 2 "
                "не указано направление тока на схеме, задача 3 не решена. Таблица оформлена без единиц "
                "измерения. Переписать работу в тетради для исправлений и сдать до 30.01; при "
                "повторной сдаче отметка может быть исправлена. Подойти на консультацию во вторник после "
                "7-го урока (каб. 312) 📌")

# pupil -> [(day index, slot, nm, mark)]
MARKS = {
    "73401": [
        (0, 1, "1", m("5", 5, "5", True, 1, 1, RU, "Отлично! 👍")),
        (0, 1, "2", m("5", 5, "5", True, 2, "2", DZ, "Домашняя работа &mdash; без ошибок")),
        (0, 2, "1", m("4-", 4, "3.75", True, 1, "1.5", SR, "Ошибки: «пре-/при-»,\nзапятая при обороте")),
        (0, 5, "1", m("5", 5, "5", True, 1, 1, RU, "")),
        (1, 2, "1", m("5/4", 4.5, "4.5", True, 2, 2, SOCH, "содержание — 5, грамотность — 4")),
        (1, 5, "1", m("зач", 0, "0", False, 1, 1, ZACH, "")),
        (2, 4, "1", absent("Б")),
        (3, 2, "1", m("+", 0, "0", False, 1, "1", RU, "активная работа на уроке")),
        (4, 1, "1", m("4", 4, "4", True, 3, "3.0", KR, "")),
    ],
    "73402": [
        (0, 1, "1", absent("н")),
        (0, 3, "1", m("3", 3, "3", True, 1, "0.5", SD, "Не выучил слова: \"ghost\", 'haunt'")),
        (1, 1, "1", m("2", 2, "2", True, 1, 1, DZ, LONG_COMMENT)),
        (1, 4, "1", m("-", 0, "0", False, 1, 1, RU, "нет конспекта")),
        (2, 3, "1", m("4", 4, "4", True, 1, 1, RU, "<i>Good job</i> &amp; keep going")),
        (2, 5, "1", m("4", 4, "4", True, 1, 1, RU, "")),
        (3, 5, "1", m("5", 5, "5", True, 1, 1, RU, "Комплекс упражнений\tвыполнен верно")),
        (4, 1, "1", m("3", 3, "3", True, 3, 3, KR, "Работа над ошибками\t(до 30.01)")),
        (4, 4, "1", absent("ОП")),
        (4, 4, "2", m("4", 4, "4", True, 1, 1, RU, "")),
    ],
    "73403": [
        (0, 5, "1", m("4", 4, "4", True, 1, 1, RU, "")),
        (1, 5, "1", m("5", 5, "5", True, 1, 1, RU, "Молодец")),
        (2, 2, "1", m("", 0, "0", False, 0, 0, NOTYPE, "")),  # A.3 / A.6 phantom mark
        (3, 1, "1", m("5", 5, "5", True, 1, "1", SR,
                      "Решение &laquo;красивое&raquo; &ndash; <b>молодец</b>!<br/>Можно готовиться к олимпиаде")),
        (3, 4, "1", absent("Н")),
        (4, 2, "1", m("3", 3, "3", True, 2, "2", SR, "😕 повторить § 38")),
        (4, 3, "1", m("4+", 4, "4.25", True, 1, 1, RU, "")),
    ],
}
EARLY = {  # getmarks only: marks of quarter III before the week
    "73401": [("2026-01-14", "Алгебра", "1270141", "1", m("4", 4, "4", True, 1, 1, RU, ""))],
    "73402": [("2026-01-14", "Алгебра", "1270141", "1", m("3", 3, "3", True, 1, 1, RU, ""))],
    "73403": [("2026-01-14", "Алгебра", "1270141", "1", m("5", 5, "5", True, 1, 1, RU, ""))],
}
AVERAGES = {
    "73401": {"Алгебра": "4.57", "Русский язык": "4.00", RODN_A: "5.00", "Литература": "4.50", RODN_B: "",
              "История": "", "Химия": ""},
    "73402": {"Алгебра": "3.00", "Английский язык": "3.67", "Физика": "2.00", OBZR: "", PE_A: "4.00",
              PE_B: "5.00", "Русский язык": "4.00"},
    "73403": {"Алгебра": "5.00", RODN_A: "4.00", RODN_B: "5.00", "Геометрия": "5.00", "Литература": "",
              "Химия": "3.00", "Английский язык": "4.00"},
}
FINALS = {
    "73401": [("Алгебра", [("I", "5", ""), ("II", "5", "")]), (RODN_A, [("I", "5", ""), ("II", "5", "")]),
              (RODN_B, [("I", "зач", ""), ("II", "зач", "")]), (PE_A, [("I", "4", ""), ("II", "5", "")]),
              (PE_B, [("I", "осв", "справка &quot;ЛФК&quot; до 31.12")]), (OBZR, [("I", "5", ""), ("II", "4", "")])],
    "73402": [("Алгебра", [("I", "3", ""), ("II", "4", "")]), (RODN_A, [("I", "4", ""), ("II", "3", "")]),
              (RODN_B, [("I", "зач", ""), ("II", "н/а", "болел 😷")]), (PE_A, [("I", "5", ""), ("II", "4", "")]),
              (PE_B, [("I", "зач", ""), ("II", "зач", "")])],
    "73403": [("Алгебра", [("I", "4", ""), ("II", "4", "")]), (RODN_A, [("I", "5", ""), ("II", "4", "")]),
              (RODN_B, [("I", "зач", ""), ("II", "нз", "не сдан проект")]), (PE_A, [("II", "осв", "")]),
              (PE_B, [("II", "5", "")]), ("Химия", [("I", "3", ""), ("II", "3", "")])],
}


def iso(day):
    return f"{day[:4]}-{day[4:6]}-{day[6:]}"


def lesson_id(d, slot, grp=None):
    return f"12{DAYS[d][6:]}{slot}{'' if grp is None else grp[0]}0"


def items_of(d, grp_of, *, with_rings=True):
    """The lessons of day d: the class's (grp_of None: both English groups) or one pupil's."""
    out = []
    for slot in range(1, 6):
        subject, teacher, room, topic, control = T[(d, slot)]
        groups = [None] if subject != "Английский язык" else (list(ENG) if grp_of is None else [grp_of])
        for g in groups:
            item = {"num": str(slot), "name": subject, "sort": slot * 100}
            if g is None:
                item.update(room=room, teacher=teacher)
            else:
                teacher_g, room_g, short = ENG[g]
                item.update(room=room_g, teacher=teacher_g, grp=g, grp_short=short)
            item.update(lesson_id=lesson_id(d, slot, g), topic=topic, is_control=control)
            if with_rings:
                item.update(starttime=RINGS[slot][0], endtime=RINGS[slot][1])
            out.append(item)
    return out


def hw_of(d, slot, grp, *, style):
    """style 'id': homework keyed by id, files[] with toid (A.3); 'one': keyed "1", files.file (A.5 E5)."""
    homework, files = {}, []
    for n, (hid, text, fl) in enumerate(HW.get((d, slot, grp), [])):
        homework[str(hid) if style == "id" else str(n + 1)] = {"id": hid, "value": text, "individual": False}
        for name, link in fl:
            files.append({"toid": hid, "filename": name, "link": link} if style == "id"
                         else {"filename": name, "link": link})
    return homework, (files if style == "id" else {"file": files})


def mtype(kind):
    return None if kind[2] is None else {"id": str(kind[2]), "short": kind[1], "type": kind[0]}


def diary_mark(day, lid, nm, mk):
    out = {"value": mk["value"], "countas": mk["countas"], "count": mk["count"], "convert": mk["convert"],
           "weight": mk["weight"], "weight_float": mk["weight_float"], "control_type": mk["kind"][0],
           "control_type_short": mk["kind"][1], "date": iso(day), "lesson_id": lid, "nm": nm,
           "comment": mk["comment"], "color_hex": None}
    return out


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def students(pupil, body):
    return {pupil: dict({"name": pupil, "title": PUPILS[pupil][0]}, **body)}


def getdiary(pupil):
    grp = PUPILS[pupil][1]
    days = {}
    for d, day in enumerate(DAYS):
        items = {}
        for item in items_of(d, grp):
            slot = int(item["num"])
            item["homework"], item["files"] = hw_of(d, slot, item.get("grp"), style="id")
            item["resources"] = []
            item["assessments"] = [diary_mark(day, item["lesson_id"], nm, mk)
                                   for dd, s, nm, mk in MARKS[pupil] if dd == d and s == slot]
            items[item["num"]] = item
        days[day] = {"name": day, "title": DAYNAME[d], "items": items}
    return ok({"students": students(pupil, {"parent_signed": False, "days": days})})


def getschedule_class():
    return ok({"days": {day: {"name": day, "title": DAYNAME[d], "items": items_of(d, None)}
                        for d, day in enumerate(DAYS)}})


def getschedule_pupil(pupil):
    days = {day: {"name": day, "title": DAYNAME[d], "items": items_of(d, PUPILS[pupil][1])}
            for d, day in enumerate(DAYS)}
    return ok({"students": [dict({"name": pupil, "title": PUPILS[pupil][0]}, days=days)]})


def gethomework_class():
    days = {}
    for d, day in enumerate(DAYS):
        items = []
        for item in items_of(d, None, with_rings=False):
            hw, files = hw_of(d, int(item["num"]), item.get("grp"), style="one")
            if hw:
                items.append({"name": item["name"], "grp": item.get("grp"), "homework": hw, "files": files})
        days[day] = {"name": day, "title": DAYNAME[d], "items": items}
    return ok({"days": days})


def gethomework_pupil(pupil):
    days = {}
    for d, day in enumerate(DAYS):
        items = []
        for item in items_of(d, PUPILS[pupil][1], with_rings=False):
            hw, files = hw_of(d, int(item["num"]), item.get("grp"), style="id")
            if hw:
                items.append({"name": item["name"], "num": item["num"], "grp": item.get("grp"),
                              "lesson_id": item["lesson_id"], "teacher": item["teacher"], "homework": hw,
                              "files": files})
        days[day] = {"name": day, "title": DAYNAME[d], "items": items}
    return ok({"students": students(pupil, {"days": days})})


def getmarks(pupil):
    subjects = {}
    for date, subject, lid, nm, mk in EARLY[pupil]:
        subjects.setdefault(subject, []).append((date, lid, nm, mk, None))
    for d, slot, nm, mk in MARKS[pupil]:
        if mk["value"] == "":
            continue  # the phantom shows only in the diary
        subject = T[(d, slot)][0]
        grp = PUPILS[pupil][1] if subject == "Английский язык" else None
        subjects.setdefault(subject, []).append((iso(DAYS[d]), lesson_id(d, slot, grp), nm, mk, T[(d, slot)][3]))
    lessons = []
    for subject, rows in subjects.items():
        marks = []
        for date, lid, nm, mk, topic in rows:
            row = {"value": mk["value"], "countas": mk["countas"], "count": mk["count"], "convert": mk["convert"],
                   "weight": mk["weight"], "weight_float": mk["weight_float"], "date": date, "lesson_id": lid,
                   "nm": nm, "comment": mk["comment"], "lesson_comment": topic, "max_mark": None}
            if mtype(mk["kind"]):
                row["mtype"] = mtype(mk["kind"])
            marks.append(row)
        avg = AVERAGES[pupil].get(subject, "")
        lessons.append({"name": subject, "average": avg, "averageConvert": round(float(avg)) if avg else None,
                        "lesson_id": str(1300 + len(lessons)), "color_hex": None, "marks": marks})
    return ok({"students": students(pupil, {"lessons": lessons})})


def getfinal(pupil):
    items = [{"name": subject, "assessments": [dict({"period": p, "value": v, "comment": c},
                                                    **({"convert": int(v)} if v.isdigit() else {}))
                                               for p, v, c in rows]}
             for subject, rows in FINALS[pupil]]
    return ok({"students": students(pupil, {"items": items})})


PERIODS = [("I", "1 четверть", "20250901", "20251026"), ("II", "2 четверть", "20251105", "20251228"),
           ("III", "3 четверть", "20260112", "20260322"), ("IV", "4 четверть", "20260401", "20260529")]


def getperiods(pupil):
    periods = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": False, "ambigious": None, "weeks": []}
               for n, f, s, e in PERIODS]
    periods.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False,
                    "ambigious": True, "weeks": []})
    return ok({"students": [{"name": pupil, "title": PUPILS[pupil][0], "periods": periods}]})


def getrules(parent):
    title, kids = PARENTS[parent]
    last, first, middle = title.split()
    studs = {}
    for pupil in kids:
        name = PUPILS[pupil][0]
        studs[pupil] = {"rules": ["getdiary", "getmarks", "getschedule", "gethomework", "getfinalassessments"],
                        "rel": "child", "name": pupil, "title": name, "lastname": name.split()[0],
                        "firstname": name.split()[1], "gender": "female" if name.endswith("а") else "male",
                        "class": CLASS, "parallel": "8", "city": "Обнинск"}
    k_last, k_first, k_middle = KOV.split()
    return ok({"roles": ["parent"], "relations": {
        "students": studs,
        "groups": {CLASS: {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": CLASS, "parallel": 8,
                           "balls": 5, "hometeacher_id": "41207", "hometeacher_name": KOV,
                           "hometeacher_lastname": k_last, "hometeacher_firstname": k_first,
                           "hometeacher_middlename": k_middle}},
        "schools": [{"title": "Гимназия № 5", "title_full": "МБОУ «Гимназия № 5» г. Обнинска", "number": 5,
                     "inn": "4025000005", "kpp": "402501001"}]},
        "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
        "id": parent, "name": parent, "title": title, "lastname": last, "firstname": first, "middlename": middle,
        "email": "", "region": "Калужская область", "city": "Обнинск", "vendor": VENDOR, "vendor_id": 9305})


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def at(minute):
    return (dt.datetime(2026, 1, 23, 18, 0) + dt.timedelta(minutes=minute)).strftime("%Y-%m-%dT%H:%M:00+03:00")


P = list(PUPILS)
steps = [
    {"name": "01 getrules of the three parents (the class teacher's name with ё and a double surname) and "
             "getperiods of the three pupils (A.2, A.3 getrules, Period, A.5 E1)",
     "batches": [[rec(f"getrules?{DEV}", getrules(par), at(i)) for i, par in enumerate(PARENTS)]
                 + [rec(f"getperiods?student={p}&weeks=__yes&show_disabled=__yes", getperiods(p), at(3 + i))
                    for i, p in enumerate(P)]]},
    {"name": "02 the class's schedule and the pupils' schedules for the week: subjects that differ only in case "
             "or spacing, a Latin look-alike letter, topics with HTML entities and tags, tabs, line breaks, quotes "
             "and emoji (A.2 getschedule class= / student=, A.3 Day, Lesson item)",
     "batches": [[rec(f"getschedule?class={CLASS}&days={WEEK}&rings=__yes", getschedule_class(), at(10))]
                 + [rec(f"{HOST}getschedule?{DEV}&student={p}&days={WEEK}&rings=__yes", getschedule_pupil(p),
                        at(11 + i)) for i, p in enumerate(P)]]},
    {"name": "03 getdiary of the three pupils for the week: every mark value form (5, 4-, 5/4, н, Н, ОП, Б, зач, "
             "+, -, the phantom \"\"), weights as numbers and strings, convert/countas, comments as typed, homework "
             "texts with markup and a very long one (A.3 Lesson item, Assessment, Absence, A.5 E2, A.6)",
     "batches": [[rec(f"getdiary?student={p}&days={WEEK}&rings=__yes", getdiary(p), at(20 + i))
                  for i, p in enumerate(P)]]},
    {"name": "04 gethomework by class (E5 shape: keyed \"1\", files.file) and by pupil (A.2 gethomework, A.5 E5)",
     "batches": [[rec(f"gethomework?class={CLASS}&days={WEEK}", gethomework_class(), at(30))]
                 + [rec(f"/apiv3/gethomework?student={p}&days={WEEK}", gethomework_pupil(p), at(31 + i))
                    for i, p in enumerate(P)]]},
    {"name": "05 getmarks of the three pupils over quarter III: mtype with a string id, lesson_comment, averages "
             "of subjects that differ only in case or spacing (A.3 SubjectMarks, A.5 E3)",
     "batches": [[rec(f"getmarks?student={p}&days={Q3}", getmarks(p), at(40 + i)) for i, p in enumerate(P)]]},
    {"name": "06 getfinalassessments of the three pupils: final marks of the twin subjects, зач/осв/н/а/нз "
             "(A.3 Final assessment, A.5 E4, A.6)",
     "batches": [[rec(f"getfinalassessments?student={p}", getfinal(p), at(50 + i)) for i, p in enumerate(P)]]},
    {"name": "07 the sync job's retry of Алёна's getdiary, byte for byte (an identical answer: nothing changes)",
     "batches": [[rec(f"getdiary?student={P[0]}&days={WEEK}&rings=__yes", getdiary(P[0]), at(20))]]},
]

journey = {"vendor": "elzhur",
           "description": "МБОУ «Гимназия № 5» (vendor mbou-gimn5, Обнинск), class 8В, 19-23 January 2026 "
                          "(quarter III): texts and values as typed. Every mark form, comments and homework with "
                          "HTML entities and tags, line breaks, tabs, quotes, emoji, a very long text, a Latin "
                          "look-alike letter in a subject and a teacher's name, subjects that differ only in case "
                          "or spacing, teachers with ё, double surnames and a four-part name.",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
