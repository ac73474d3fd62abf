"""Write journey.json of corpus elzhur_12: class 6В of school `sch12`, 1-9 December 2025, the whole vocabulary and
the texts as the vendor wrote them. Standard library only, deterministic. Every name, id, text and link invented.
Shapes follow reference Part A (A.1 envelope, A.2 methods, A.3 fields, A.5 examples, A.6 vocabulary)."""
import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENDOR = "sch12"
CLASS = "6В"
PULLED_W1 = "2025-12-05T19:00:00+03:00"
PULLED_W2 = "2025-12-09T19:00:00+03:00"
PUPILS = {"12101": ("Ёлкина-Семёнова", "Алёна"), "12102": ("Ли", "Даниил"), "12103": ("Абдуллаева", "Зульфия")}
PARENTS = {"52001": ["12101"], "52002": ["12102", "12103"]}
TEACHERS = {
    "Математика": "Римская-Корсакова Елизавета Юрьевна",
    "Русский язык": "Фёдорова Алёна Семёновна",
    "Литература": "Фёдорова Алёна Семёновна",
    "Английский язык": "Пак Ольга",
    "История": "Тхагапсоев Азамат",
    "Биология": "Ёлкин Пётр Артёмович",
    "Изобразительное искусство": "Гусейн-заде Лейла Рашидовна",
    "Физическая культура": "Кузнецов-Лёвин Ян",
    "Музыка": "Мамедов Рашид Гусейн оглы",
    "ОДНКНР": "Иванова А. А.",
}
ROOMS = {"Математика": "214", "Русский язык": "118", "Литература": "118", "Английский язык": "305-б",
         "История": "202", "Биология": "Лаб. №2", "Изобразительное искусство": "ИЗО", "Физическая культура": "Спортзал",
         "Музыка": "Актовый зал", "ОДНКНР": "202"}
BELLS = [("08:30:00", "09:15:00"), ("09:25:00", "10:10:00"), ("10:30:00", "11:15:00"), ("11:35:00", "12:20:00")]
DAYS = {  # date: (title, [(subject, topic)] by lesson number)
    "20251201": ("Понедельник", [("Математика", "Сложение дробей: a/b + c/d"),
                                  ("Русский язык", "Правописание «не» с глаголами"),
                                  ("История", 'Повесть временных лет: "откуда есть пошла Русская земля"'),
                                  ("Физическая культура", "Лыжная подготовка")]),
    "20251202": ("Вторник", [("Литература", "М. Ю. Лермонтов. «Бородино»"),
                              ("Английский язык", "Articles: a / an / the"),
                              ("Математика", "Сравнение дробей: 3/4 > 2/3 < 5/6"),
                              ("Биология", "Ткани растений & их функции")]),
    "20251203": ("Среда", [("Русский язык", "Словарный диктант «Зима»"),
                            ("Математика", "Дроби & проценты"),
                            ("Изобразительное искусство", "Пейзаж «Зимний лес» ❄️"),
                            ("Английский язык", "It's my mother's book: possessive 's")]),
    "20251204": ("Четверг", [("История", "Владимиро-Суздальская земля"),
                              ("Литература", "Сочинение «Мой любимый герой»"),
                              ("Математика", "Контрольная работа № 4 «Дроби»"),
                              ("Физическая культура", "Ёлочкой и лесенкой: подъём в гору")]),
    "20251205": ("Пятница", [("Русский язык", "Причастный оборот <запятые>"),
                              ("Биология", "Лист: строение, жилкование"),
                              ("Английский язык", "Revision"),
                              ("Литература", "А. С. Пушкин. «Зимнее утро»")]),
    "20251208": ("Понедельник", [("Математика", "Умножение дробей"),
                                  ("Русский язык", "Работа над ошибками"),
                                  ("История", "Новгородская республика"),
                                  ("ОДНКНР", "Семейные традиции")]),
    "20251209": ("Вторник", [("Литература", "Н. А. Некрасов. «Мороз, Красный нос»"),
                              ("Английский язык", "Present Simple"),
                              ("Математика", "Деление дробей"),
                              ("Музыка", "П. И. Чайковский. «Времена года»: «Декабрь. Святки»")]),
}
WEEK1 = ["20251201", "20251202", "20251203", "20251204", "20251205"]
WEEK2 = ["20251208", "20251209"]


def lesson_id(date, num):
    return str(880000 + (int(date[6:]) * 10) + num)


def hw_id(date, num, k=0):
    return 771000 + int(date[6:]) * 100 + num * 10 + k


def link(slug):
    return f"https://sch12.eljur.ru/files/{slug}"


LONG = " ".join(
    f"{i}) Прочитайте § {20 + i} «Ткани растений» и выпишите в тетрадь термины: покровная ткань, основная ткань, "
    f"проводящая ткань, механическая ткань, образовательная ткань; к каждому термину приведите пример растения "
    f"(берёза, клён, ёлка, подсолнечник) и объясните, почему ткань устроена именно так."
    for i in range(1, 21)) + " Работу сдать до 12.12 — без опозданий!"
VERY_LONG = "Новгородская республика. " + " ".join(
    f"Абзац {i}: прочитайте в учебнике пункт {i} параграфа 16 и выпишите даты, имена (Ярослав, Всеволод, Александр "
    f"Невский), термины «вече», «посадник», «тысяцкий», «владыка»; отметьте, что было причиной, а что следствием."
    for i in range(1, 81))
NFD_FILE = unicodedata.normalize("NFD", "Владимирский край — карта.jpg")

# homework by (date, num): [(text, [files])]
HOMEWORK = {
    ("20251201", 1): [("1) № 245 (а, б)\n2) № 247 — устно\n3) Повторить правило на с. 58",
                       ["Карточка №3 (вариант Б).docx"])],
    ("20251201", 2): [("<p>Упр. 312: вставить пропущенные буквы.</p><p><b>Не</b> забудьте словарные слова!</p>", [])],
    ("20251201", 3): [("Прочитать § 14 &laquo;Русь удельная&raquo;, ответить на вопросы 1&ndash;3 &amp; заполнить "
                       "таблицу", [])],
    ("20251202", 1): [('Выучить наизусть стихотворение М. Ю. Лермонтова "Бородино" (1–4 строфы); \'Тучи\' — '
                       'прочитать', [])],
    ("20251202", 2): [('Ex. 5, p. 42: fill in "a"/"an"; learn the words (it\'s a must!) 😊', [])],
    ("20251202", 3): [("Посмотреть видеоурок: https://resh.edu.ru/subject/lesson/7713/start/?utm_source=eljur&from=6v#main"
                       " и решить № 260", [])],
    ("20251202", 4): [(LONG, ["Ткани растений — таблица.xlsx"])],
    ("20251203", 1): [("Упр. 320\u000bСловарь: с. 112", [])],
    ("20251203", 2): [("№ 270, 271", ["Таблица умножения.pdf"]),
                      ("Дополнительно (по желанию): № 275*", ["Задача со звёздочкой.png"])],
    ("20251203", 3): [("Принести краски 🎨, кисти 🖌️ и альбом 📓. Тема: «Зимний лес» ❄️", [])],
    ("20251204", 1): [("Прочитать § 15 «Владимиро-Суздальская земля», подписать контурную карту", [NFD_FILE])],
    ("20251204", 2): [("Сочинение-миниатюра (100–150 слов) на тему *«Мой любимый герой»*; сдать в папку "
                       "\\\\school\\6В\\Литература или на почту; 100% обязательно", [])],
    ("20251205", 1): [("Упр.\u00a0330, с.\u00a0115 (разобрать 2 предложения по членам)", [])],
    ("20251205", 2): [("Гербарий: 5 листьев 🍁🍂 (подписать: «дуб», «клён», «берёза»)", [])],
    ("20251205", 3): [("=СУММ(B2:B9) — посчитать в таблице; +7 слов; @home", [])],
    ("20251205", 4): [("Прочитать главу 3&nbsp;повести<br/>Ответить письменно на вопрос 2", [])],
    ("20251208", 1): [("№ 301–305\r\n№ 310 (устно)", [])],
    ("20251208", 2): [("", ["Упражнения к уроку.pdf"])],
    ("20251208", 4): [("\ufeffКонспект: «Семейные традиции» —\u200b рассказ о своей семье (5–7 пред\u00adложений)", [])],
    ("20251209", 1): [("-", [])],
    ("20251208", 3): [(VERY_LONG, [])],
    ("20251209", 3): [("см. файл", ["Вариант 1.pdf"]), ("см. файл", ["Вариант 2.pdf"])],
    ("20251209", 4): [("Послушать «Декабрь» 🎹\u2028и нарисовать иллюстрацию", [])],
    ("20251209", 2): [("Workbook p. 17 ex. 1–3 👩‍🏫 <i>check the answers online</i>", ["Present Simple — rules.pdf"])],
}


def m(value, *, w=1, wf=None, count=True, convert=None, countas=None, ct="Работа на уроке", cts="РУ", comment="",
      nm="1"):
    return {"value": value, "countas": countas if countas is not None else ("0" if not count else value),
            "count": count, "convert": convert if convert is not None else (0 if not count else int(value[0])),
            "weight": w, "weight_float": wf if wf is not None else w, "control_type": ct, "control_type_short": cts,
            "comment": comment, "nm": nm, "color_hex": None}


def absence(value):
    return {"value": value, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
            "control_type": "", "control_type_short": "", "comment": "", "nm": "1"}


def text_mark(value, comment="", ct="Работа на уроке", cts="РУ"):
    return m(value, w=0, count=False, ct=ct, cts=cts, comment=comment)


# marks by pupil: (date, num) -> [assessment]
MARKS = {
    "12101": {
        ("20251201", 1): [m("5", comment="Молодец! 👍")],
        ("20251201", 2): [m("4-", convert=4, countas="3.75", comment='Ошибка в слове "не знал"')],
        ("20251201", 3): [absence("н")],
        ("20251201", 4): [text_mark("осв", comment="справка до 15.12", ct="", cts="")],
        ("20251202", 1): [m("5+", wf=1.5, convert=5, countas="5.25", ct="Выразительное чтение наизусть", cts="ВЧ",
                            comment="Читала «Бородино» с чувством")],
        ("20251202", 2): [absence("оп")],
        ("20251202", 3): [m("3", w=2, ct="Самостоятельная работа", cts="СР"),
                          m("4/3", w=1, convert=3.5, countas="3.5", nm="2", comment="две оценки: устно/письменно")],
        ("20251202", 4): [{"value": "", "countas": "", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                           "control_type": "", "control_type_short": "", "comment": "", "nm": "1"}],
        ("20251203", 1): [m("2", w=2, ct="Словарный диктант", cts="СД", comment="Много ошибок.\nПереписать дома.")],
        ("20251203", 2): [m("1", comment="Работа не выполнена")],
        ("20251203", 3): [text_mark("зч")],
        ("20251203", 4): [absence("б")],
        ("20251204", 1): [absence("у")],
        ("20251204", 2): [text_mark("нз", comment="сочинение не сдано", ct="Сочинение", cts="СОЧ")],
        ("20251204", 3): [m("3+", w=3, wf="2.5", convert=3, countas="3.25", ct="Контрольная работа", cts="КР")],
        ("20251204", 4): [text_mark("зачёт", ct="Сдача норматива", cts="Н")],
        ("20251205", 1): [absence("Н")],
        ("20251205", 2): [absence("ОП")],
        ("20251205", 3): [text_mark("н/а", comment="пропустила 3 урока из 4")],
        ("20251205", 4): [absence("уп")],
        ("20251208", 1): [m("4", wf="0.5", ct="Домашняя работа", cts="ДР", comment="Исправлено\r\nпосле урока")],
        ("20251208", 3): [absence("н")],
        ("20251209", 2): [absence("н")],
        ("20251209", 3): [m("2", ct="Самостоятельная работа", cts="СР")],
        ("20251209", 4): [text_mark("н/а")],
    },
    "12102": {
        ("20251201", 1): [m("2-", convert=2, countas="1.75", comment="<b>переделать</b> &amp; показать")],
        ("20251201", 2): [m("5-", convert=5, countas="4.75")],
        ("20251202", 2): [m("4+", convert=4, countas="4.25", comment='Well done — it\'s "excellent"!')],
        ("20251203", 2): [text_mark("незачёт", ct="Зачёт по таблице", cts="ЗЧ")],
        ("20251203", 3): [m("5", comment='Рисунок "Зимний лес" 🎨🌲')],
        ("20251204", 4): [absence("н")],
        ("20251205", 2): [m("2+", convert=2, countas="2.25", ct="Лабораторная работа «Лист»", cts="ЛР")],
        ("20251205", 3): [m("5/4", convert=4.5, countas="4.5", comment="5 — устно / 4 — письменно")],
        ("20251209", 1): [m("4", w=2, ct="Чтение наизусть", cts="ЧН", comment="«Мороз, Красный нос» — отрывок")],
        ("20251208", 1): [m("3/5", convert=4, countas="4", comment="3 — тест, 5 — устно")],
        ("20251209", 2): [text_mark("незачет", ct="Зачёт по словам", cts="ЗС", comment="пересдать до 16.12")],
    },
    "12103": {
        ("20251201", 3): [m("4", comment="Ответ у доски\tхороший")],
        ("20251202", 1): [m("3-", convert=3, countas="2.75")],
        ("20251203", 1): [m("5", ct="Словарный диктант «Зима»", cts="СД")],
        ("20251204", 3): [absence("оп"), m("4", w=3, ct="Контрольная работа", cts="КР", nm="2",
                                           comment="опоздала на 10 минут, но успела")],
        ("20251205", 1): [m("4", comment="👩‍🏫 отметка учителя: почерк!")],
        ("20251209", 4): [absence("б")],
        ("20251209", 1): [text_mark("зачет", ct="Чтение наизусть", cts="ЧН")],
        ("20251208", 4): [m("5", comment="Рассказ о семье\u2029(прабабушка Ёлкина)")],
    },
}
# a mark only getmarks holds (November, before these weeks): work type from mtype
NOV_ONLY = {"12101": ("Биология", "2025-11-20", "889201", m("5", wf=2, ct="", cts="", comment="Проект «Моя семья» 🌳"),
                      {"id": 9, "short": "ПР", "type": "Проект «Моя семья»"})}
AVERAGES = {"12101": {"Математика": "3.10", "Русский язык": "3.25", "Литература": "5.25", "Биология": "5.00"},
            "12102": {"Математика": "2.00", "Английский язык": "4.50", "Изобразительное искусство": "5.00",
                      "Биология": ""},
            "12103": {"История": "4.00", "Русский язык": "4.20", "Литература": "2.75"}}
FINALS = {
    "12101": [("Математика", [("I", "5-", "")]), ("Литература", [("I", "нз", "сочинение «Осень» не сдано")]),
              ("Физическая культура", [("I", "осв", "справка № 17 от 02.10")]), ("Биология", [("I", "", "")])],
    "12102": [("Изобразительное искусство", [("I", "зачёт", "")]), ("Английский язык", [("I", "5", "")]),
              ("История", [("I", "н/а", "пропуски по болезни > 50%")])],
    "12103": [("История", [("I", "4+", "")]), ("Русский язык", [("I", "3", "")]),
              ("Физическая культура", [("I", "зачет", "")])],
}


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def title(pupil):
    return " ".join(PUPILS[pupil])


def items_of(date, pupil, with_marks=True, with_hw=True):
    items = {}
    for num, (subject, topic) in enumerate(DAYS[date][1], start=1):
        lid = lesson_id(date, num)
        item = {"num": str(num), "name": subject, "room": ROOMS[subject], "teacher": TEACHERS[subject],
                "sort": num * 100, "lesson_id": lid, "topic": topic, "is_control": "Контрольная" in topic,
                "starttime": BELLS[num - 1][0], "endtime": BELLS[num - 1][1]}
        if with_hw:
            tasks = HOMEWORK.get((date, num), [])
            item["homework"] = {str(hw_id(date, num, k)): {"id": hw_id(date, num, k), "value": text,
                                                           "individual": False} for k, (text, _) in enumerate(tasks)}
            item["files"] = [{"toid": hw_id(date, num, k), "filename": f, "link": link(f"{lid}{k}{i}")}
                             for k, (_, files) in enumerate(tasks) for i, f in enumerate(files)]
            item["resources"] = []
        if with_marks and pupil:
            marks = []
            for a in MARKS[pupil].get((date, num), []):
                marks.append({**a, "date": f"{date[:4]}-{date[4:6]}-{date[6:]}", "lesson_id": lid})
            item["assessments"] = marks
        items[str(num)] = item
    return items


def diary(pupil, dates):
    days = {d: {"name": d, "title": DAYS[d][0], "items": items_of(d, pupil)} for d in dates}
    return ok({"students": {pupil: {"name": pupil, "title": title(pupil), "parent_signed": False, "days": days}}})


def class_homework(dates):
    days = {}
    for d in dates:
        items = []
        for num, (subject, _) in enumerate(DAYS[d][1], start=1):
            tasks = HOMEWORK.get((d, num), [])
            if not tasks:
                continue
            items.append({"name": subject, "grp": None,
                          "homework": {str(k + 1): {"value": t, "id": hw_id(d, num, k), "individual": False}
                                       for k, (t, _) in enumerate(tasks)},
                          "files": {"file": [{"filename": f, "link": link(f"{lesson_id(d, num)}{k}{i}")}
                                             for k, (_, files) in enumerate(tasks) for i, f in enumerate(files)]}})
        days[d] = {"name": d, "title": DAYS[d][0], "items": items}
    return ok({"days": days})


def homework_of(pupil, dates):
    days = {d: {"name": d, "title": DAYS[d][0], "items": items_of(d, pupil, with_marks=False)} for d in dates}
    return ok({"students": {pupil: {"name": pupil, "title": title(pupil), "days": days}}})


def schedule(dates):
    days = {d: {"name": d, "title": DAYS[d][0], "items": list(items_of(d, None, False, False).values())}
            for d in dates}
    return ok({"days": days})


def getmarks(pupil):
    lessons = {}
    for (date, num), marks in sorted(MARKS[pupil].items()):
        subject, topic = DAYS[date][1][num - 1]
        for a in marks:
            lessons.setdefault(subject, []).append(
                {**a, "date": f"{date[:4]}-{date[4:6]}-{date[6:]}", "lesson_id": lesson_id(date, num),
                 "lesson_comment": topic, "max_mark": None,
                 "mtype": {"id": 1, "short": a["control_type_short"], "type": a["control_type"]}})
    if pupil in NOV_ONLY:
        subject, date, lid, a, mtype = NOV_ONLY[pupil]
        lessons.setdefault(subject, []).insert(0, {**a, "date": date, "lesson_id": lid, "lesson_comment": None,
                                                   "max_mark": None, "mtype": mtype})
    rows = []
    for subject in sorted(set(lessons) | set(AVERAGES[pupil])):
        avg = AVERAGES[pupil].get(subject, "")
        rows.append({"name": subject, "average": avg, "averageConvert": float(avg) if avg else 0,
                     "lesson_id": str(1200 + sorted(TEACHERS).index(subject)), "marks": lessons.get(subject, [])})
    return ok({"students": {pupil: {"name": pupil, "title": title(pupil), "lessons": rows}}})


def finals(pupil):
    items = [{"name": s, "assessments": [{"period": p, "value": v, "comment": c} for p, v, c in a]}
             for s, a in FINALS[pupil]]
    return ok({"students": {pupil: {"name": pupil, "title": title(pupil), "items": items}}})


def periods(pupil):
    ps = [("I", "1 четверть", "20250901", "20251026"), ("II", "2 четверть", "20251105", "20251228"),
          ("III", "3 четверть", "20260112", "20260320"), ("IV", "4 четверть", "20260330", "20260529")]
    out = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": False, "ambigious": None} for n, f, s, e in ps]
    out.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True})
    return ok({"students": [{"name": pupil, "title": title(pupil), "periods": out}]})


def getrules(parent):
    students = {p: {"rel": "child", "name": p, "title": title(p), "lastname": PUPILS[p][0],
                    "firstname": PUPILS[p][1], "gender": "female" if p != "12102" else "male", "class": CLASS,
                    "parallel": "6"} for p in PARENTS[parent]}
    rel = {"students": students, "groups": {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "6", "balls": 5}}}
    if parent == "52001":
        return ok({"id": parent, "name": parent, "title": "Ёлкина-Семёнова Алёна Петровна", "roles": ["parent"],
                   "vendor": VENDOR, "relations": rel})
    # the only literal getrules sample (AndreyPonyakov/eljur_notifier, reference Part C) has no "id": the user id
    # is "name" (A.3 getrules); this parent has no patronymic
    return ok({"roles": ["parent"], "relations": rel, "allowedSections": ["diary", "marks", "finalmarks"],
               "name": parent, "title": "Ли Виктория", "lastname": "Ли", "firstname": "Виктория",
               "gender": "female", "region": "Московская область", "city": "Подольск"})


def edited_diary_12101():
    """12101's week-2 diary pulled again a day later: the teacher edited texts and a mark."""
    body = diary("12101", WEEK2)
    day = body["response"]["result"]["students"]["12101"]["days"]["20251208"]
    hw = day["items"]["1"]["homework"][str(hw_id("20251208", 1))]
    hw["value"] = "<b>№ 301–305</b>\r\n№ 310 (устно) &amp; № 311"
    mark = day["items"]["1"]["assessments"][0]
    mark.update({"value": "4+", "countas": "4.25", "comment": "Исправлено после урока 👍"})
    day["items"]["3"]["assessments"][0]["value"] = "б"  # absent -> ill: a doctor's note came
    tue = body["response"]["result"]["students"]["12101"]["days"]["20251209"]["items"]
    tue["2"]["assessments"][0] = {**m("5", comment="пришла ко 2-му уроку, отвечала"), "date": "2025-12-09",
                                  "lesson_id": tue["2"]["lesson_id"]}  # "н" was a mistake: a mark instead
    tue["3"]["assessments"][0] = {**absence("н"), "date": "2025-12-09", "lesson_id": tue["3"]["lesson_id"]}
    day["items"]["1"]["assessments"][0].update({"weight": 2, "weight_float": 2, "control_type": "Проверочная работа",
                                                "control_type_short": "ПР"})  # the work type was changed
    tue["4"]["assessments"][0] = {**m("3", comment="ответила по билету"), "date": "2025-12-09",
                                  "lesson_id": tue["4"]["lesson_id"]}  # н/а -> 3
    return body


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def main():
    w1 = f"{WEEK1[0]}-{WEEK1[-1]}"
    w2 = f"{WEEK2[0]}-{WEEK2[-1]}"
    steps = [
        ("01 getrules of both parents (children with ё and a hyphenated surname)",
         [[rec("getrules", getrules(p), "2025-11-30T10:00:00+03:00") for p in PARENTS]]),
        ("02 getperiods per pupil (quarters, undated year)",
         [[rec(f"getperiods?student={p}&weeks=__yes", periods(p), PULLED_W1) for p in PUPILS]]),
        ("03 class schedule, week 1 (teachers with ё, hyphens, no patronymic; topics with quotes, <, &)",
         [[rec(f"getschedule?class={CLASS}&days={w1}&rings=__yes", schedule(WEEK1), PULLED_W1)]]),
        ("04 getdiary week 1: the whole A.6 vocabulary, weights, comments, homework texts and files",
         [[rec(f"getdiary?student={p}&days={w1}&rings=__yes", diary(p, WEEK1), PULLED_W1) for p in PUPILS]]),
        ("05 gethomework by class, week 1 (older files.file form, same texts)",
         [[rec(f"gethomework?class={CLASS}&days={w1}", class_homework(WEEK1), PULLED_W1)]]),
        ("06 getdiary week 2 (Mon-Tue): CRLF, weight_float strings, ZWJ emoji, <i> markup",
         [[rec(f"getdiary?student={p}&days={w2}&rings=__yes", diary(p, WEEK2), PULLED_W2) for p in PUPILS]]),
        ("07 gethomework per pupil, week 2",
         [[rec(f"gethomework?student={p}&days={w2}", homework_of(p, WEEK2), PULLED_W2) for p in PUPILS]]),
        ("08 getmarks over quarter II (mtype, lesson_comment, averages as strings, a November mark)",
         [[rec(f"getmarks?student={p}&days=20251105-20251228", getmarks(p), PULLED_W2) for p in PUPILS]]),
        ("09 getfinalassessments (5-, нз, осв, зачёт, н/а, 4+, зч with comments)",
         [[rec(f"getfinalassessments?student={p}", finals(p), PULLED_W2) for p in PUPILS]]),
        ("10 12101's week-2 diary pulled a day later: homework text gains markup; 4 -> 4+ (new comment), н -> б, н -> 5, 2 -> н, н/а -> 3",
         [[rec(f"getdiary?student=12101&days={w2}&rings=__yes", edited_diary_12101(), "2025-12-10T19:00:00+03:00")]]),
        ("11 gethomework by class for week 2, pulled before step 10's edit but delivered after it: the old text",
         [[rec(f"gethomework?class={CLASS}&days={w2}", class_homework(WEEK2), "2025-12-09T19:30:00+03:00")]]),
    ]
    journey = {"vendor": "elzhur", "steps": [{"name": n, "batches": b} for n, b in steps]}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
