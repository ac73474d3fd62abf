"""Writes journey.json of elzhur_29 (HOMEWORK IN DEPTH). Standard library only; deterministic.

Class 7А of Гимназия № 17 (Киров, vendor `gimn17`), English taught in two subgroups. Two school weeks around the
autumn holidays: 20-24 Oct 2025, the holidays 27 Oct - 4 Nov, then 5-7 Nov. The journal's truth is a timeline of
states (S_* below); every answer is the journal as it stood when the sync job pulled it (`pulled_at`), shaped as
reference A.3 / A.5 shows each method: getdiary by pupil (E2: items keyed by lesson number, homework keyed by its
id, files with `toid`), gethomework by pupil (apiv3, homework keyed by id, files with `toid`) and gethomework by
class on the central host's older `/api/` (E5: `days` at the top level, items as an array, homework keyed "1",
files in the older `{"file": [...]}` form, without `toid`).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
TZ = "+03:00"
VENDOR = "gimn17"
HOST = "https://gimn17.eljur.ru/files/"
CLASS = "7А"
CLASS_QUERY = "7%D0%90"  # "7А" as the HTTP client sent it (percent-encoded UTF-8)
P1, P2, P3 = "74211", "74212", "74213"
TITLES = {P1: "Ершова Алиса", P2: "Мальцев Кирилл", P3: "Савельева Ника"}
GENDER = {P1: "female", P2: "male", P3: "female"}
PARENTS = {P1: ("94211", "Ершова Светлана Игоревна"), P2: ("94212", "Мальцев Олег Викторович"),
           P3: ("94213", "Савельева Марина Александровна")}
ENGLISH_GROUP = {P1: "1", P2: "2", P3: "1"}  # the subgroup each pupil's own answers show
HOMETEACHER = ("51730", "Белоусова Ирина Андреевна")

WEEKDAY = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
SCHOOL_DAYS = ["20251020", "20251021", "20251022", "20251023", "20251024", "20251105", "20251106", "20251107"]
HOLIDAYS = ["20251027", "20251028", "20251029", "20251030", "20251031", "20251103", "20251104"]
HOLIDAY_NAME = "Осенние каникулы"
DAY_TITLE = {"20251020": 0, "20251021": 1, "20251022": 2, "20251023": 3, "20251024": 4, "20251027": 0,
             "20251028": 1, "20251029": 2, "20251030": 3, "20251031": 4, "20251103": 0, "20251104": 1,
             "20251105": 2, "20251106": 3, "20251107": 4}
RINGS = {"1": ("08:00:00", "08:40:00"), "2": ("08:50:00", "09:30:00"), "3": ("09:50:00", "10:30:00"),
         "4": ("10:50:00", "11:30:00")}
TEACHERS = {"Алгебра": ("Гусева Наталья Викторовна", "21"), "Геометрия": ("Гусева Наталья Викторовна", "21"),
            "Русский язык": ("Белоусова Ирина Андреевна", "14"), "Литература": ("Белоусова Ирина Андреевна", "14"),
            "История": ("Орлов Дмитрий Александрович", "25"), "Физика": ("Лебедев Андрей Николаевич", "40"),
            "Биология": ("Тихонова Елена Юрьевна", "36"),
            ("Английский язык", "1"): ("Кузьмина Ольга Сергеевна", "31"),
            ("Английский язык", "2"): ("Шарипова Алина Рустемовна", "33")}
EN = "Английский язык"
# day -> [(num, subject, topic)]; English is a pair of subgroup lessons at the same slot
TIMETABLE = {
    "20251020": [("1", "Алгебра", "Решение задач с помощью линейных уравнений"),
                 ("2", "Русский язык", "Деепричастный оборот. Запятые при нём"),
                 ("3", EN, ("Present Perfect: affirmative sentences", "Travelling: vocabulary")),
                 ("4", "История", "Россия при первых Романовых")],
    "20251021": [("1", "Физика", "Давление. Единицы давления"),
                 ("2", "Алгебра", "Степень с натуральным показателем"),
                 ("3", "Литература", "Л. Н. Андреев. Слово о писателе"),
                 ("4", "Биология", "Строение растительной клетки")],
    "20251022": [("1", "Русский язык", "Раздельное написание не с деепричастиями"),
                 ("2", "Геометрия", "Признаки равенства треугольников"),
                 ("3", EN, ("Present Perfect: questions", "At the airport")),
                 ("4", "Литература", "Л. Н. Андреев «Кусака»: чтение и обсуждение")],
    "20251023": [("1", "Алгебра", "Свойства степени с натуральным показателем"),
                 ("2", "История", "Соляной и Медный бунты"),
                 ("3", "Русский язык", "Деепричастия совершенного и несовершенного вида"),
                 ("4", "Биология", "Ткани растений")],
    "20251024": [("1", "Алгебра", "Умножение и деление степеней"),
                 ("2", "Физика", "Способы уменьшения и увеличения давления"),
                 ("3", EN, ("Present Perfect vs Past Simple", "Holidays abroad: reading")),
                 ("4", "Литература", "А. А. Блок. «Летний вечер»")],
    "20251105": [("1", "Алгебра", "Одночлен и его стандартный вид"),
                 ("2", "Русский язык", "Повторение: правописание деепричастий"),
                 ("3", EN, ("Unit 4: Entertainment", "Unit 4: Films and cinema")),
                 ("4", "Физика", "Давление газа")],
    "20251106": [("1", "Геометрия", "Второй признак равенства треугольников"),
                 ("2", "История", "Внешняя политика России в XVII веке"),
                 ("3", "Литература", "М. Горький «Детство»: главы I–III"),
                 ("4", "Биология", "Органы растений. Корень")],
    "20251107": [("1", "Алгебра", "Умножение одночленов"),
                 ("2", "Физика", "Закон Паскаля"),
                 ("3", EN, ("Cinema: vocabulary practice", "Reading: a film review")),
                 ("4", "Русский язык", "Наречие как часть речи")],
}


def lesson_id(day, num, grp=None):
    """A lesson's id in Elzhur's numeric range: one per lesson of the class, one per subgroup lesson."""
    index = SCHOOL_DAYS.index(day)
    return str(4420000 + index * 100 + int(num) * 10 + (int(grp) if grp else 0))


def lessons_of(day, pupil=None):
    """(num, subject, grp or None, lesson_id, topic) of the day; a pupil gets only his own English subgroup."""
    found = []
    for num, subject, topic in TIMETABLE.get(day, []):
        if subject == EN:
            for grp in ("1", "2"):
                if pupil is None or ENGLISH_GROUP[pupil] == grp:
                    found.append((num, subject, grp, lesson_id(day, num, grp), topic[int(grp) - 1]))
        else:
            found.append((num, subject, None, lesson_id(day, num), topic))
    return found


def link(code):
    return HOST + code


# ---- homework, by Elzhur id --------------------------------------------------------------------------------------
# a task: {"day", "num", "grp" (English subgroup or None), "text", "for" (pupil of an individual task or None),
#          "files": [(filename, link)]}; "num" None = a day without a lesson of its subject (gethomework only)
def task(day, num, subject, text, grp=None, pupil=None, files=()):
    return {"day": day, "num": num, "subject": subject, "grp": grp, "text": text, "for": pupil, "files": list(files)}


S_1020 = {  # as of 20 Oct evening
    5520101: task("20251020", "1", "Алгебра", "№ 312, 315 (а, в)",
                  files=[("карточка_312.pdf", link("7f3a0c12")), ("образец_оформления.jpg", link("7f3a0c13"))]),
    5520105: task("20251020", "1", "Алгебра", "Карточка № 7, задачи 1–5 (индивидуальное задание)", pupil=P2,
                  files=[("карточка_7.pdf", link("7f3a0c19"))]),
    5520102: task("20251020", "2", "Русский язык", "Упр. 146, выучить правило на с. 71"),
    5520103: task("20251020", "3", EN, "Workbook p. 24, ex. 3, 4", grp="2"),
    5520104: task("20251020", "4", "История", "§ 8, ответить на вопросы 1–3 на с. 74"),
}


def after(state, change):
    new = copy.deepcopy(state)
    change(new)
    return new


def on_21(s):  # 21 Oct: homework of the day's lessons; Физика with a link to a video lesson
    s[5520112] = task("20251021", "1", "Физика", "§ 14, посмотреть видеоурок, ответить на вопросы теста",
                      files=[("Видеоурок «Давление твёрдых тел»", "https://resh.edu.ru/subject/lesson/2968/main/")])
    s[5520108] = task("20251021", "2", "Алгебра", "№ 330, 331, 332")
    s[5520106] = task("20251021", "3", "Литература", "Прочитать рассказ Л. Андреева «Кусака»")


def on_22(s):  # 22 Oct: История task withdrawn; Литература task rewritten with a file; group 1 English only
    del s[5520104]
    s[5520106]["text"] = "Прочитать рассказ Л. Андреева «Кусака», письменно ответить на вопросы 1–4 на с. 102"
    s[5520106]["files"] = [("вопросы_к_рассказу_Кусака.docx", link("7f3a0d61"))]
    s[5520116] = task("20251022", "1", "Русский язык", "Упр. 152 (письменно)")
    s[5520119] = task("20251022", "2", "Геометрия", "П. 15, № 98, 101")
    s[5520107] = task("20251022", "3", EN, "Учебник с. 38, упр. 2 (устно), выписать новые слова в словарь", grp="1")


def on_23(s):  # 23 Oct: the algebra task moved to Thursday's lesson; the Литература file removed; Физика with no lesson
    s[5520108]["day"], s[5520108]["num"] = "20251023", "1"
    s[5520106]["files"] = []
    s[5520109] = task("20251023", None, "Физика",
                      "Подготовить сообщение «Давление в жидкостях и газах» (сдать в каб. 40)")
    s[5520120] = task("20251023", "2", "История", "§ 9, пересказ, выучить даты")
    s[5520111] = task("20251023", "4", "Биология", "§ 12, зарисовать строение растительной клетки",
                      files=[("схема_клетки.jpg", link("7f3a0e02"))])


def on_24(s):  # 24 Oct: the last week's lessons
    s[5520121] = task("20251024", "3", EN, "Повторить слова Unit 3, подготовиться к словарному диктанту", grp="1")
    s[5520122] = task("20251024", "3", EN, "Workbook p. 27, ex. 1, 2", grp="2")
    s[5520115] = task("20251024", "4", "Литература", "Выучить наизусть стихотворение А. Блока «Летний вечер»")


def in_holidays(s):  # 29 Oct, in the holidays: tasks for the first day after them
    s[5520110] = task("20251105", "2", "Русский язык", "Повторить орфограммы §§ 15–18, упр. 201",
                      files=[("таблица_орфограмм.pdf", link("7f3a1101"))])
    s[5520117] = task("20251105", "1", "Алгебра", "Повторение: № 340, 342, 345")


def on_06_11(s):  # 5-6 Nov
    s[5520123] = task("20251105", "4", "Физика", "§ 16, упр. 7 (1, 2)")
    s[5520114] = task("20251106", "1", "Геометрия", "П. 18, № 125, 127")
    s[5520113] = task("20251106", "1", "Геометрия", "Индивидуально: задачи 5 и 7 из карточки «Признаки равенства»",
                      pupil=P2, files=[("карточка_признаки.pdf", link("7f3a1230"))])
    s[5520118] = task("20251107", "3", EN, "Выучить слова к тексту на с. 44", grp="1")


S_1021 = after(S_1020, on_21)
S_1022 = after(S_1021, on_22)
S_1023 = after(S_1022, on_23)
S_1024 = after(S_1023, on_24)
S_1030 = after(S_1024, in_holidays)
S_1106 = after(S_1030, on_06_11)


def tasks_at(state, day, num, subject, grp, pupil):
    """The tasks of one lesson as the pupil's answer shows them (an individual task only to its pupil);
    pupil None = the class's answer, which lists no individual task."""
    return sorted((hid, t) for hid, t in state.items()
                  if t["day"] == day and t["num"] == num and t["subject"] == subject and t["grp"] == grp
                  and (t["for"] is None or t["for"] == pupil))


def day_title(day):
    return WEEKDAY[DAY_TITLE[day]]


def vacation(day, items):
    return {"name": day, "title": day_title(day), "alert": "vacation", "holiday_name": HOLIDAY_NAME,
            "items": items}


def span(first, last):
    return [d for d in sorted(DAY_TITLE) if first <= d <= last]


def getdiary(state, pupil, first, last, pulled):
    days = {}
    for day in span(first, last):
        if day in HOLIDAYS:
            days[day] = vacation(day, {})
            continue
        items = {}
        for num, subject, grp, lid, topic in lessons_of(day, pupil):
            teacher, room = TEACHERS[(subject, grp) if grp else subject]
            tasks = tasks_at(state, day, num, subject, grp, pupil)
            item = {"num": num, "name": subject, "room": room, "teacher": teacher, "sort": int(num) * 100}
            if grp:
                item.update({"grp": f"{grp} группа", "grp_short": f"{grp} гр."})
            item.update({"lesson_id": lid, "topic": topic, "is_control": False, "starttime": RINGS[num][0],
                         "endtime": RINGS[num][1],
                         "homework": {str(hid): {"id": hid, "value": t["text"], "individual": t["for"] is not None}
                                      for hid, t in tasks},
                         "files": [{"toid": hid, "filename": name, "link": url} for hid, t in tasks
                                   for name, url in t["files"]],
                         "resources": [], "assessments": []})
            items[num] = item
        days[day] = {"name": day, "title": day_title(day), "items": items}
    body = {"response": {"state": 200, "error": None, "result": {"students": {pupil: {
        "name": pupil, "title": TITLES[pupil], "parent_signed": False, "days": days}}}}}
    return {"request": f"getdiary?student={pupil}&days={first}-{last}&rings=__yes", "body": body,
            "pulled_at": f"{pulled}{TZ}"}


def homework_items(state, day, pupil):
    """gethomework items of a day: one per subject (and subgroup) holding tasks, lessonless tasks included."""
    keys = []
    for hid, t in sorted(state.items()):
        if t["day"] != day or (t["for"] is not None and t["for"] != pupil):
            continue
        if t["grp"] and pupil is not None and ENGLISH_GROUP[pupil] != t["grp"]:
            continue
        key = (t["num"] or "9", t["subject"], t["grp"])
        if key not in keys:
            keys.append(key)
    found = []
    for num, subject, grp in sorted(keys):
        tasks = sorted((hid, t) for hid, t in state.items() if t["day"] == day and t["subject"] == subject
                       and t["grp"] == grp and (t["num"] or "9") == num
                       and (t["for"] is None or t["for"] == pupil))
        found.append((subject, grp, tasks))
    return found


def gethomework_pupil(state, pupil, first, last, pulled):
    """apiv3 gethomework by pupil: students -> id -> days (A.2); homework keyed by id, files with toid."""
    days = {}
    for day in span(first, last):
        items = []
        for subject, grp, tasks in homework_items(state, day, pupil):
            items.append({"name": subject, "grp": f"{grp} группа" if grp else None,
                          "homework": {str(hid): {"id": hid, "value": t["text"], "individual": t["for"] is not None}
                                       for hid, t in tasks},
                          "files": [{"toid": hid, "filename": name, "link": url} for hid, t in tasks
                                    for name, url in t["files"]]})
        days[day] = vacation(day, items) if day in HOLIDAYS else {"name": day, "title": day_title(day),
                                                                  "items": items}
    body = {"response": {"state": 200, "error": None, "result": {"students": {pupil: {
        "name": pupil, "title": TITLES[pupil], "days": days}}}}}
    return {"request": f"gethomework?student={pupil}&days={first}-{last}", "body": body,
            "pulled_at": f"{pulled}{TZ}"}


def gethomework_class(state, first, last, pulled):
    """gethomework by class on the central host's /api/ (A.1, A.5 E5): `days` at the top level, items an array,
    homework keyed "1", "2"..., files in the older {"file": [...]} form (no toid); an item without files `[]`."""
    days = {}
    for day in span(first, last):
        items = []
        for subject, grp, tasks in homework_items(state, day, None):
            files = [{"filename": name, "link": url} for _, t in tasks for name, url in t["files"]]
            items.append({"name": subject, "grp": f"{grp} группа" if grp else None,
                          "homework": {str(n): {"value": t["text"], "id": hid, "individual": False}
                                       for n, (hid, t) in enumerate(tasks, 1)},
                          "files": {"file": files} if files else []})
        days[day] = vacation(day, []) if day in HOLIDAYS else {"name": day, "title": day_title(day), "items": items}
    body = {"response": {"state": 200, "error": None, "result": {"days": days}}}
    return {"request": f"https://api.eljur.ru/api/gethomework?vendor={VENDOR}&class={CLASS_QUERY}"
                       f"&days={first}-{last}&out_format=json",
            "body": body, "pulled_at": f"{pulled}{TZ}"}


def getrules(pupil, pulled):
    parent, title = PARENTS[pupil]
    last, first = TITLES[pupil].split()
    return {"request": "getrules", "pulled_at": f"{pulled}{TZ}", "body": {"response": {"state": 200, "error": None,
            "result": {"roles": ["parent"], "relations": {
                "students": {pupil: {"rules": ["getdiary", "getmarks", "gethomework", "getschedule", "getperiods"],
                                     "rel": "child", "name": pupil, "title": TITLES[pupil], "lastname": last,
                                     "firstname": first, "gender": GENDER[pupil], "class": CLASS, "parallel": "7",
                                     "city": "Киров"}},
                "groups": {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "7", "balls": 5,
                                   "hometeacher_id": HOMETEACHER[0], "hometeacher_name": HOMETEACHER[1]}},
                "schools": [{"title": "Гимназия № 17", "title_full": "МБОУ «Гимназия № 17» г. Кирова",
                             "number": "17", "inn": "4345017017", "kpp": "434501001"}]},
                "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"], "id": parent,
                "name": parent, "title": title, "vendor": VENDOR, "vendor_id": 1717}}}}


W1 = ("20251020", "20251024")
HOLS = ("20251027", "20251107")
W2 = ("20251105", "20251107")
CLASS_1021 = gethomework_class(S_1021, *W1, "2025-10-21T18:30:00")

STEPS = [
    ("01 getrules of the three parents (each names one child of 7А, class teacher Белоусова)",
     [[getrules(P1, "2025-10-19T20:00:00"), getrules(P2, "2025-10-19T20:01:00"),
       getrules(P3, "2025-10-19T20:02:00")]]),
    ("02 getdiary 20-24 Oct of the three pupils, pulled 20 Oct 18:00: tasks of Monday's lessons (several files with "
     "toid, Кирилл's individual card, English homework for group 2 only, an История task)",
     [[getdiary(S_1020, P1, *W1, "2025-10-20T18:00:00"), getdiary(S_1020, P2, *W1, "2025-10-20T18:01:00"),
       getdiary(S_1020, P3, *W1, "2025-10-20T18:02:00")]]),
    ("03 gethomework of the class 20-24 Oct on the central host's /api/ (older files form), pulled 21 Oct 18:30",
     [[CLASS_1021]]),
    ("04 Алиса's getdiary pulled 22 Oct 19:00 (История task withdrawn, Литература task rewritten with a file, "
     "English for group 1 only); then Ника's getdiary pulled 21 Oct 20:00, delivered late",
     [[getdiary(S_1022, P1, *W1, "2025-10-22T19:00:00")], [getdiary(S_1021, P3, *W1, "2025-10-21T20:00:00")]]),
    ("05 pulled 23 Oct 19:00-19:20: Кирилл's getdiary, Алиса's gethomework and the class's gethomework (the algebra "
     "task moved to Thursday, the Литература file removed, a Физика task on a day without Физика)",
     [[getdiary(S_1023, P2, *W1, "2025-10-23T19:00:00"), gethomework_pupil(S_1023, P1, *W1, "2025-10-23T19:10:00"),
       gethomework_class(S_1023, *W1, "2025-10-23T19:20:00")]]),
    ("06 the week's last getdiary of the three pupils (24 Oct 18:00), then the retry of the 21 Oct class answer",
     [[getdiary(S_1024, P1, *W1, "2025-10-24T18:00:00"), getdiary(S_1024, P2, *W1, "2025-10-24T18:01:00"),
       getdiary(S_1024, P3, *W1, "2025-10-24T18:02:00")], [CLASS_1021]]),
    ("07 in the holidays (30 Oct 12:00): getdiary 27 Oct - 7 Nov of Алиса and Кирилл and the class's gethomework: "
     "vacation days, tasks given in the holidays for 5 Nov",
     [[getdiary(S_1030, P1, *HOLS, "2025-10-30T12:00:00"), getdiary(S_1030, P2, *HOLS, "2025-10-30T12:01:00"),
       gethomework_class(S_1030, *HOLS, "2025-10-30T12:05:00")]]),
    ("08 week two (6 Nov 19:00): getdiary 5-7 Nov of the three pupils, gethomework of Кирилл (an individual task) "
     "and of Алиса",
     [[getdiary(S_1106, P1, *W2, "2025-11-06T19:00:00"), getdiary(S_1106, P2, *W2, "2025-11-06T19:01:00"),
       getdiary(S_1106, P3, *W2, "2025-11-06T19:02:00")],
      [gethomework_pupil(S_1106, P2, *W2, "2025-11-06T19:05:00"),
       gethomework_pupil(S_1106, P1, *W2, "2025-11-06T19:06:00")]]),
]


def main() -> None:
    journey = {"vendor": "elzhur",
               "description": "elzhur_29: HOMEWORK IN DEPTH. Class 7А of Гимназия № 17 (Киров), English in two "
                              "subgroups, 20 Oct - 7 Nov 2025 around the autumn holidays: homework from getdiary and "
                              "from gethomework by pupil and by class, files with and without toid, several files "
                              "and a link, individual tasks, subgroup-only tasks, a task rewritten (a file added, "
                              "then removed), moved to another lesson, withdrawn, set on a day without its subject, "
                              "given in the holidays, and seen through several pupils' answers.",
               "steps": [{"name": name, "batches": batches} for name, batches in STEPS]}
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
