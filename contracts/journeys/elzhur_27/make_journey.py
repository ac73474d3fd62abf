"""Builds journey.json for corpus elzhur_27 (standard library only; invented people, real-looking values).

Лицей № 27 (vendor `lic27`, Вологда), classes 7А and 7Б, the three weeks 10-30 November 2025 (2nd quarter):
substitutions and timetable changes as a sync job meets them. Each week the job pulls each class's schedule the
Sunday before (`getschedule?class=...`, reference A.2: by class; the answer holds `days` at top level, as A.2 says for
gethomework by class and as felpsyatina/1543.eljur.bot reads `schedule['days']` with `items` as a list) and each
pupil's own diary after the week (`getdiary?student=...&rings=__yes`, A.3 Day / Lesson item, `items` keyed by
number); parents' getrules each Sunday (A.3 getrules: `relations.groups[*].hometeacher_*`).

A vendor-side model: the timetable per weekday, and the changes the school made, each known to the vendor from a
moment on (`KNOWN`); an answer pulled at t shows every change known by t. Run: `python make_journey.py`.
"""
import datetime as dt
import json
from pathlib import Path

TZ = "+03:00"
VENDOR = "lic27"
RINGS = {1: ("08:30:00", "09:15:00"), 2: ("09:25:00", "10:10:00"), 3: ("10:30:00", "11:15:00"),
         4: ("11:35:00", "12:20:00"), 5: ("12:30:00", "13:15:00"), 6: ("13:25:00", "14:10:00")}
TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]

SEM = "Семёнова Алла Петровна"  # maths in both classes; written differently by some answers (SEM_VARIANTS)
KUZ = "Кузьмина Ольга Викторовна"
SHAR = "Шарипова Лейла Маратовна"
LEB = "Лебедев Константин Андреевич"
SUB = "Белоусова Марина Юрьевна"  # substitute for Лебедев on Wednesday 19 Nov (7А)
TEACH = {"Алгебра": SEM, "Геометрия": SEM, "Физика": LEB, "История": "Никитин Павел Олегович",
         "Английский язык": SHAR, "Биология": "Власова Татьяна Ильинична", "География": "Пак Елена Вячеславовна",
         "Информатика": "Горелов Денис Александрович", "Технология": "Фомичёв Андрей Геннадьевич"}
ROOM = {"Алгебра": "301", "Геометрия": "301", "Физика": "310", "История": "210", "Английский язык": "205",
        "Биология": "112", "География": "215", "Информатика": "304", "Технология": "116"}
LANG = {"7А": (KUZ, "207"), "7Б": ("Гайдамак Ирина Сергеевна", "208")}  # Русский язык, Литература

TIMETABLE = {  # class -> weekday (0 = Monday) -> subjects by slot 1..
    "7А": {0: ["Русский язык", "Алгебра", "Английский язык", "История"],
           1: ["Геометрия", "Литература", "Биология", "География"],
           2: ["Алгебра", "Русский язык", "Физика", "Английский язык"],
           3: ["Русский язык", "Алгебра", "Информатика", "История"],
           4: ["Физика", "Геометрия", "Литература", "Технология", "Технология"]},
    "7Б": {0: ["Алгебра", "Физика", "Русский язык", "Литература"],
           1: ["Английский язык", "География", "Геометрия", "Технология"],
           2: ["Русский язык", "Алгебра", "История", "Биология"],
           3: ["Физика", "Информатика", "Алгебра", "Английский язык"],
           4: ["Геометрия", "Русский язык", "История", "Литература"]},
}
TOPICS = {"Алгебра": ["Одночлены и их стандартный вид", "Умножение одночленов", "Многочлены", "Сложение многочленов",
                      "Вычитание многочленов", "Умножение одночлена на многочлен"],
          "Геометрия": ["Признаки равенства треугольников", "Медианы, биссектрисы и высоты",
                        "Равнобедренный треугольник"],
          "Физика": ["Плотность вещества", "Расчёт массы и объёма тела", "Сила тяжести"],
          "История": ["Смутное время", "Первые Романовы", "Соборное уложение 1649 года"],
          "Английский язык": ["Past Simple vs Past Continuous", "Reading: Famous Inventors", "Travelling"],
          "Биология": ["Многообразие водорослей", "Лишайники", "Мхи"],
          "География": ["Климат Африки", "Природные зоны Африки", "Население Африки"],
          "Информатика": ["Единицы измерения информации", "Кодирование текстовой информации"],
          "Технология": ["Обработка древесины", "Изготовление разделочной доски"],
          "Русский язык": ["Причастный оборот", "Деепричастие", "Деепричастный оборот", "Правописание не с деепричастиями"],
          "Литература": ["Н. В. Гоголь «Тарас Бульба»", "Образ Остапа и Андрия", "И. С. Тургенев «Бирюк»"]}
RENAMED = ("Технология", "Труд (технология)", "2025-11-19T12:00:00")  # old, new, known from

PUPILS = {  # id -> (title, last, first, gender, class, parent id, parent title)
    "71204": ("Орлова Вера", "Орлова", "Вера", "female", "7А", "91204", "Орлова Наталья Викторовна"),
    "71217": ("Хабибуллина Амина", "Хабибуллина", "Амина", "female", "7А", "91217", "Хабибуллин Руслан Ильдарович"),
    "71239": ("Зайцев Матвей", "Зайцев", "Матвей", "male", "7Б", "91239", "Зайцева Екатерина Андреевна"),
}
HOMETEACHER = {"7А": [("2025-09-01T00:00:00", ("52711", "Кузьмина", "Ольга", "Викторовна")),
                      ("2025-11-21T10:00:00", ("52714", "Шарипова", "Лейла", "Маратовна"))],
               "7Б": [("2025-09-01T00:00:00", ("52709", "Пак", "Елена", "Вячеславовна"))]}

WEEKS = [("20251110", "20251116"), ("20251117", "20251123"), ("20251124", "20251130")]


def d(s):
    return dt.date(int(s[:4]), int(s[4:6]), int(s[6:]))


def ymd(day):
    return day.strftime("%Y%m%d")


# --- the vendor's lessons: the regular timetable, then the changes ------------------------------------------------
LESSONS = {}  # (class, YYYYMMDD) -> {num: lesson dict}
_lid = [3105400]
_topic_i = {}


def new_id():
    _lid[0] += 7
    return str(_lid[0])


for cls, week in TIMETABLE.items():
    for a, b in WEEKS:
        day = d(a)
        while day <= d(b):
            subjects = week.get(day.weekday())
            if subjects:
                items = {}
                for num, subj in enumerate(subjects, 1):
                    k = (cls, subj)
                    i = _topic_i.get(k, 0)
                    _topic_i[k] = i + 1
                    teacher, room = LANG[cls] if subj in ("Русский язык", "Литература") else (TEACH[subj], ROOM[subj])
                    topics = TOPICS[subj]
                    items[num] = {"subject": subj, "teacher": teacher, "room": room, "lesson_id": new_id(),
                                  "topic": topics[i % len(topics)], "homework": {}, "marks": {}}
                LESSONS[(cls, ymd(day))] = items
            day += dt.timedelta(days=1)

# Changes, each with the moment the vendor knows it (an answer pulled later shows it).
CHANGES = []  # (known from, function applied to a deep copy of the lessons)


def change(at):
    def wrap(fn):
        CHANGES.append((at, fn))
        return fn
    return wrap


@change("2025-11-13T07:40:00")
def swap_7a_thursday(ls):  # Алгебра 2 <-> История 4 on Thu 13 Nov (same lessons, other slots)
    day = ls[("7А", "20251113")]
    day[2], day[4] = day[4], day[2]


@change("2025-11-17T14:00:00")
def room_7b_geography(ls):  # Tue 18 Nov: География of 7Б in room 306 (its room 215 taken by an olympiad)
    ls[("7Б", "20251118")][2]["room"] = "306"


@change("2025-11-19T07:30:00")
def substitute_7a_physics(ls):  # Wed 19 Nov: Лебедев ill, Белоусова takes 7А's Физика
    ls[("7А", "20251119")][3]["teacher"] = SUB


@change("2025-11-20T15:00:00")
def makeup_7b_saturday(ls):  # Sat 22 Nov: a make-up lesson of Информатика for 7Б
    ls[("7Б", "20251122")] = {1: {"subject": "Информатика", "teacher": TEACH["Информатика"], "room": "304",
                                  "lesson_id": "3105947", "topic": "Отработка: кодирование графической информации",
                                  "homework": {}, "marks": {}}}


@change("2025-11-24T18:30:00")
def cancel_7a_biology(ls):  # Tue 25 Nov: Биология cancelled (name "Cancel", A.3), replaced on Thu 27 Nov slot 5
    ls[("7А", "20251125")][3]["cancel"] = True
    ls[("7А", "20251127")][5] = {"subject": "Биология", "teacher": TEACH["Биология"], "room": "112",
                                 "lesson_id": "3105968", "topic": "Лишайники", "homework": {}, "marks": {}}


@change("2025-11-19T07:50:00")
def planned_substitute_7b(ls):  # Thu 20 Nov: a substitute planned for 7Б's Физика while Лебедев is ill...
    ls[("7Б", "20251120")][1]["teacher"] = SUB


@change("2025-11-19T17:00:00")
def planned_substitute_7b_called_off(ls):  # ...and called off: Лебедев is back on Thursday
    ls[("7Б", "20251120")][1]["teacher"] = LEB


@change("2025-11-21T13:00:00")
def cancel_7b_biology_early(ls):  # Wed 26 Nov: 7Б's Биология cancelled before any answer named that lesson
    ls[("7Б", "20251126")][4]["cancel"] = True


@change("2025-11-27T12:00:00")
def replace_7b_friday(ls):  # Fri 28 Nov: 7Б's Литература (slot 4) replaced by Русский язык, a lesson of its own
    ls[("7Б", "20251128")][4] = {"subject": "Русский язык", "teacher": LANG["7Б"][0], "room": "208",
                                 "lesson_id": "3105989", "topic": "Правописание не с деепричастиями",
                                 "homework": {}, "marks": {}}


# marks and homework (given at the lesson; known from the lesson's day evening)
def mark(value, weight, ctype, short, comment=""):
    absent = value in ("н", "оп")
    return {"value": value, "countas": "0" if absent else value, "count": not absent,
            "convert": 0 if absent else int(value[0]), "weight": 0 if absent else weight,
            "weight_float": 0 if absent else weight, "control_type": "" if absent else ctype,
            "control_type_short": "" if absent else short, "comment": comment}


RU, SR, UO, PR = ("Работа на уроке", "РУ"), ("Самостоятельная работа", "СР"), ("Устный ответ", "УО"), \
    ("Практическая работа", "ПР")
MARKS = [  # (class, day, slot after the changes, pupil, mark)
    ("7А", "20251112", 1, "71204", mark("5", 1, *RU)),
    ("7А", "20251113", 4, "71204", mark("4", 2, *SR, "Ошибка в знаке при раскрытии скобок")),
    ("7А", "20251113", 2, "71217", mark("5", 1, *UO)),
    ("7А", "20251114", 4, "71217", mark("4", 1, *PR)),
    ("7А", "20251119", 3, "71204", mark("5", 1, *RU, "Поставлено учителем замены")),
    ("7А", "20251119", 3, "71217", mark("н", 0, "", "")),
    ("7А", "20251121", 5, "71204", mark("5", 2, *PR)),
    ("7А", "20251127", 5, "71204", mark("4", 1, *UO)),
    ("7Б", "20251118", 2, "71239", mark("4", 1, *RU)),
    ("7Б", "20251120", 1, "71239", mark("3", 2, *SR)),
    ("7Б", "20251122", 1, "71239", mark("5", 1, *RU)),
]
HOMEWORK = [  # (class, day, slot after the changes, id, text)
    ("7А", "20251113", 4, 5527311, "№ 245, 247, 251"),
    ("7А", "20251119", 3, 5527402, "§ 21, упр. 12 (1, 2)"),
    ("7А", "20251127", 5, 5527518, "§ 14, зарисовать строение лишайника"),
    ("7Б", "20251118", 2, 5527377, "§ 19, контурная карта «Природные зоны Африки»"),
    ("7Б", "20251122", 1, 5527421, "§ 1.3, № 5–7 в рабочей тетради"),
]


def state(at):
    """The vendor's lessons as of `at` (ISO local time)."""
    ls = json.loads(json.dumps({f"{c}|{day}": v for (c, day), v in LESSONS.items()}))
    ls = {tuple(k.split("|")): {int(n): it for n, it in v.items()} for k, v in ls.items()}
    for when, fn in sorted(CHANGES, key=lambda c: c[0]):
        if when <= at:
            fn(ls)
    for cls, day, slot, pupil, mk in MARKS:
        if f"{day[:4]}-{day[4:6]}-{day[6:]}T15:00:00" <= at:
            ls[(cls, day)][slot]["marks"][pupil] = mk
    for cls, day, slot, hid, text in HOMEWORK:
        if f"{day[:4]}-{day[4:6]}-{day[6:]}T15:00:00" <= at:
            ls[(cls, day)][slot]["homework"][str(hid)] = {"id": hid, "value": text, "individual": False}
    return ls


def subject_at(subj, at):
    old, new, since = RENAMED
    return new if subj == old and since <= at else subj


SEM_VARIANTS = {}  # (class, week start) -> how that class schedule writes Семёнова


def item(num, it, day, at, teacher_text=None, with_marks_of=None):
    subj = subject_at(it["subject"], at)
    out = {"num": str(num), "name": "Cancel" if it.get("cancel") else subj, "room": it["room"],
           "teacher": teacher_text or it["teacher"], "sort": num * 100, "lesson_id": it["lesson_id"],
           "starttime": RINGS[num][0], "endtime": RINGS[num][1]}
    if with_marks_of is None:  # class schedule: no topic, homework or marks
        return out
    out.update({"topic": "" if it.get("cancel") else it["topic"], "is_control": False,
                "homework": dict(it["homework"]), "files": [], "resources": []})
    ass = []
    mk = it["marks"].get(with_marks_of)
    if mk:
        ass.append({**mk, "date": f"{day[:4]}-{day[4:6]}-{day[6:]}", "lesson_id": it["lesson_id"], "nm": "1"})
    out["assessments"] = ass
    return out


def days_of(a, b):
    day, out = d(a), []
    while day <= d(b):
        out.append(ymd(day))
        day += dt.timedelta(days=1)
    return out


def envelope(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def getschedule(cls, a, b, at, sem=None):
    ls = state(at)
    days = {}
    for day in days_of(a, b):
        if (cls, day) not in ls:
            continue
        items = []
        for num, it in sorted(ls[(cls, day)].items()):
            text = sem if (sem and it["teacher"] == SEM) else None
            items.append(item(num, it, day, at, teacher_text=text))
        days[day] = {"name": day, "title": TITLES[d(day).weekday()], "items": items}
    return {"request": f"getschedule?class={cls}&days={a}-{b}&rings=__yes",
            "body": envelope({"days": days}), "pulled_at": at + TZ}


def getdiary(pupil, a, b, at, sem=None):
    ls = state(at)
    cls = PUPILS[pupil][4]
    days = {}
    for day in days_of(a, b):
        if (cls, day) not in ls or day[:8] > at[:10].replace("-", ""):
            continue
        items = {}
        for num, it in sorted(ls[(cls, day)].items()):
            text = sem if (sem and it["teacher"] == SEM) else None
            items[str(num)] = item(num, it, day, at, teacher_text=text, with_marks_of=pupil)
        days[day] = {"name": day, "title": TITLES[d(day).weekday()], "items": items}
    title = PUPILS[pupil][0]
    return {"request": f"getdiary?student={pupil}&days={a}-{b}&rings=__yes",
            "body": envelope({"students": {pupil: {"name": pupil, "title": title, "parent_signed": False,
                                                   "days": days}}}),
            "pulled_at": at + TZ}


def getrules(pupil, at):
    title, last, first, gender, cls, parent, ptitle = PUPILS[pupil]
    tid, tl, tf, tm = [t for since, t in HOMETEACHER[cls] if since <= at][-1]
    return {"request": "getrules", "body": envelope({
        "roles": ["parent"],
        "relations": {
            "students": {pupil: {"rules": ["getdiary", "getmarks", "getschedule", "getperiods"], "rel": "child",
                                 "name": pupil, "title": title, "lastname": last, "firstname": first,
                                 "gender": gender, "class": cls, "parallel": "7", "city": "Вологда"}},
            "groups": {cls: {"rules": [], "rel": "homeclass", "name": cls, "parallel": "7", "balls": 5,
                             "hometeacher_id": tid, "hometeacher_name": f"{tl} {tf} {tm}",
                             "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                             "hometeacher_middlename": tm}},
            "schools": [{"title": "Лицей № 27", "title_full": "МОУ «Лицей № 27» г. Вологды", "number": VENDOR,
                         "inn": "3525027270", "kpp": "352501001"}]},
        "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages", "updates"],
        "name": parent, "title": ptitle, "lastname": ptitle.split()[0], "firstname": ptitle.split()[1],
        "middlename": ptitle.split()[2], "gender": "male" if ptitle.split()[2].endswith("ич") else "female", "email": "", "region": "Вологодская область", "city": "Вологда", "vendor": VENDOR, "vendor_id": 2711}),
        "pulled_at": at + TZ}


def getperiods(pupil, at):
    periods = [("I", "1 четверть", "20250901", "20251026"), ("II", "2 четверть", "20251105", "20251228"),
               ("III", "3 четверть", "20260112", "20260322"), ("IV", "4 четверть", "20260330", "20260526")]
    out = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": False, "ambigious": None}
           for n, f, s, e in periods]
    out.append({"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True})
    return {"request": f"getperiods?student={pupil}&show_disabled=__yes",
            "body": envelope({"students": [{"name": pupil, "title": PUPILS[pupil][0], "periods": out}]}),
            "pulled_at": at + TZ}


VERA, AMINA, MATVEY = "71204", "71217", "71239"
(W1a, W1b), (W2a, W2b), (W3a, W3b) = WEEKS
steps = [
    ("01 Sun 9 Nov: getrules of the three parents, getperiods, the classes' schedules of week 1 (7А's writes "
     "«Семенова» without ё)",
     [[getrules(VERA, "2025-11-09T17:00:00"), getrules(AMINA, "2025-11-09T17:01:00"),
       getrules(MATVEY, "2025-11-09T17:02:00")],
      [getperiods(VERA, "2025-11-09T17:05:00"), getperiods(MATVEY, "2025-11-09T17:06:00")],
      [getschedule("7А", W1a, W1b, "2025-11-09T18:00:00", sem="Семенова Алла Петровна"),
       getschedule("7Б", W1a, W1b, "2025-11-09T18:01:00")]]),
    ("02 Sun 16 Nov: the pupils' diaries of week 1 (the Thursday swap in 7А), getrules, the schedules of week 2 "
     "(7Б's writes «Семёнова А. П.»)",
     [[getdiary(VERA, W1a, W1b, "2025-11-16T19:00:00"), getdiary(AMINA, W1a, W1b, "2025-11-16T19:01:00"),
       getdiary(MATVEY, W1a, W1b, "2025-11-16T19:02:00")],
      [getrules(VERA, "2025-11-16T19:10:00"), getrules(AMINA, "2025-11-16T19:11:00"),
       getrules(MATVEY, "2025-11-16T19:12:00")],
      [getschedule("7А", W2a, W2b, "2025-11-16T20:00:00"),
       getschedule("7Б", W2a, W2b, "2025-11-16T20:01:00", sem="Семёнова А. П.")]]),
    ("03 Wed 19 Nov: 7Б's schedule of week 2 pulled again (a substitute planned for Thursday's Физика)",
     [[getschedule("7Б", W2a, W2b, "2025-11-19T08:00:00")]]),
    ("04 Sun 23 Nov: diaries of week 2 (substitute, room, rename, Saturday make-up), getrules (7А's new class "
     "teacher), the schedules of week 3 (7А's writes the name with extra spaces)",
     [[getdiary(VERA, W2a, W2b, "2025-11-23T19:00:00"), getdiary(AMINA, W2a, W2b, "2025-11-23T19:01:00"),
       getdiary(MATVEY, W2a, W2b, "2025-11-23T19:02:00")],
      [getrules(VERA, "2025-11-23T19:10:00"), getrules(AMINA, "2025-11-23T19:11:00"),
       getrules(MATVEY, "2025-11-23T19:12:00")],
      [getschedule("7А", W3a, W3b, "2025-11-23T20:00:00", sem=" Семёнова  Алла   Петровна "),
       getschedule("7Б", W3a, W3b, "2025-11-23T20:01:00")]]),
    ("05 Wed 26 Nov: 7А's schedule of week 3 pulled again (Tuesday's Биология cancelled, a lesson added Thursday)",
     [[getschedule("7А", W3a, W3b, "2025-11-26T07:00:00")]]),
    ("06 Sun 30 Nov: diaries of week 3 (7Б's writes the maths teacher with a double space)",
     [[getdiary(VERA, W3a, W3b, "2025-11-30T19:00:00"), getdiary(AMINA, W3a, W3b, "2025-11-30T19:01:00"),
       getdiary(MATVEY, W3a, W3b, "2025-11-30T19:02:00", sem="Семёнова  Алла Петровна")]]),
    ("07 late deliveries after an outage: 7А's schedules of week 2 and week 3 pulled the Saturdays before, "
     "Орлова's getrules pulled Thu 20 Nov (the former class teacher)",
     [[getschedule("7А", W2a, W2b, "2025-11-15T18:00:00")], [getschedule("7А", W3a, W3b, "2025-11-22T18:00:00")],
      [getrules(VERA, "2025-11-20T08:00:00")]]),
]
journey = {"vendor": "elzhur",
           "description": "Eljur corpus 27: Лицей № 27 (lic27), 7А and 7Б, 10-30 Nov 2025: substitutions and "
                          "timetable changes (substitute teacher, room, swap, Cancel + replacement, Saturday "
                          "make-up, class teacher changed, a teacher's name written three ways, a subject renamed), "
                          "class schedules pulled the Sunday before, pupils' diaries after the week "
                          "(written from shared/reference/elzhur_mesh.md Part A and C only)",
           "steps": [{"name": n, "batches": b} for n, b in steps]}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
print(sum(len(b) for _, bs in steps for b in bs), "records")
