"""elzhur_78: periods, final marks and averages around the end of 1 четверть for pupils who join, leave or change
class (Eljur). Standard library only, deterministic: writes journey.json beside this file.

Every value is invented. Shapes follow shared/reference/elzhur_mesh.md Part A (A.1-A.6)."""
import datetime as dt
import json
from pathlib import Path

VENDOR = "kzn78"
TZ = "+03:00"
SCHOOL = {"timezone": "Europe/Moscow", "name": "МБОУ «Гимназия № 78» г. Казани"}

PUPILS = {  # id: (title, class on 18 Oct)
    "70811": ("Гарипов Тимур", "10А"),
    "70812": ("Сафина Алсу", "10А"),       # leaves the school after 1 четверть
    "70813": ("Мухаметшин Ильдар", "10А"),  # moves to 10Б (half-years) after the autumn holidays
    "70814": ("Закиров Эмиль", "10А"),      # joined 10А on Monday 19 Oct
    "70821": ("Валиева Лейла", "10Б"),
    "70822": ("Сафин Карим", "10Б"),
}
PARENTS = {  # id: (title, children on 18 Oct)
    "70891": ("Гарипова Эльмира Рустемовна", ["70811"]),
    "70892": ("Сафина Гульнара Ильдусовна", ["70812", "70822"]),
    "70893": ("Мухаметшина Розалия Фаритовна", ["70813"]),
    "70894": ("Закиров Айдар Маратович", ["70814"]),
    "70895": ("Валиев Ринат Шамилевич", ["70821"]),
}
HOMETEACHER = {"10А": ("70861", "Хабибуллина Лилия Рашитовна"), "10Б": ("70862", "Никитин Сергей Олегович")}

T = {"alg": "Хабибуллина Лилия Рашитовна", "rus": "Ковалёва Ирина Сергеевна", "him": "Зарипов Марат Ильдарович",
     "eng": "Петрова Анна Викторовна", "fiz": "Шайхутдинов Рамиль Ахатович", "ist": "Соколов Павел Андреевич",
     "nik": "Никитин Сергей Олегович", "gil": "Гильмутдинова Алия Фаридовна", "inf": "Лаптев Олег Игоревич"}
# weekday -> [(subject, teacher, room)]
TT = {
    "10А": {0: [("Алгебра", T["alg"], "301"), ("Русский язык", T["rus"], "204"), ("Химия", T["him"], "112"),
                ("Английский язык", T["eng"], "215")],
            1: [("Физика", T["fiz"], "110"), ("Алгебра", T["alg"], "301"), ("Литература", T["rus"], "204"),
                ("История", T["ist"], "207")],
            2: [("Химия", T["him"], "112"), ("Геометрия", T["alg"], "301"), ("Английский язык", T["eng"], "215"),
                ("Русский язык", T["rus"], "204")],
            3: [("Химия", T["him"], "112"), ("Алгебра", T["alg"], "301"), ("Физика", T["fiz"], "110"),
                ("Литература", T["rus"], "204")],
            4: [("Геометрия", T["alg"], "301"), ("История", T["ist"], "207"), ("Английский язык", T["eng"], "215"),
                ("Физика", T["fiz"], "110")]},
    "10Б": {0: [("Русский язык", T["gil"], "208"), ("Алгебра", T["nik"], "305"), ("Информатика", T["inf"], "401"),
                ("История", T["ist"], "207")],
            1: [("Алгебра", T["nik"], "305"), ("Информатика", T["inf"], "401"), ("Английский язык", T["eng"], "216"),
                ("Литература", T["gil"], "208")],
            2: [("Геометрия", T["nik"], "305"), ("Русский язык", T["gil"], "208"), ("Информатика", T["inf"], "401"),
                ("Физика", T["fiz"], "110")],
            3: [("Информатика", T["inf"], "401"), ("Алгебра", T["nik"], "305"), ("Литература", T["gil"], "208"),
                ("История", T["ist"], "207")],
            4: [("Физика", T["fiz"], "110"), ("Геометрия", T["nik"], "305"), ("Английский язык", T["eng"], "216"),
                ("Алгебра", T["nik"], "305")]},
}
BELLS = [("08:00:00", "08:45:00"), ("08:55:00", "09:40:00"), ("10:00:00", "10:45:00"), ("10:55:00", "11:40:00")]
WEEKDAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
CLS_CODE = {"10А": "1", "10Б": "2"}

PERIODS = {
    "10А": [("I", "1 четверть", "20260901", "20261025"), ("II", "2 четверть", "20261105", "20261227"),
            ("III", "3 четверть", "20270111", "20270321"), ("IV", "4 четверть", "20270401", "20270531"),
            ("Г", "Годовая", "", "")],
    "10Б": [("I", "I полугодие", "20260901", "20261227"), ("II", "II полугодие", "20270111", "20270531"),
            ("Г", "Годовая", "", "")],
}


def d(s):
    return dt.date.fromisoformat(s)


def ymd(day):
    return day.strftime("%Y%m%d")


def lesson_id(cls, day, num, alt=0):
    return f"88{CLS_CODE[cls]}{day.strftime('%m%d')}{num}{alt}"


def env(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def lessons_of(cls, day, version):
    """The class's lessons of a day as the journal holds them at `version` (0: the plan of 18 Oct, 1: later)."""
    out = []
    for i, (subj, teacher, room) in enumerate(TT[cls].get(day.weekday(), []), start=1):
        lid, topic = lesson_id(cls, day, i), f"{subj}: тема урока {day.strftime('%d.%m')}"
        hw = None
        if i == 2:
            hw = (f"55178{CLS_CODE[cls]}{day.strftime('%m%d')}", f"{subj}: задание к {day.strftime('%d.%m')}, № {day.day * 3 + i}")
        # trap: 10А Friday 23 Oct, lesson 4 Физика replaced by Астрономия (another lesson id) after 18 Oct
        if cls == "10А" and day == d("2026-10-23") and i == 4 and version >= 1:
            subj, lid, topic = "Астрономия", lesson_id(cls, day, i, 1), "Астрономия: небесная сфера"
            hw = ("5517910234", "Астрономия: § 2, вопросы 1-3")
        elif cls == "10А" and day == d("2026-10-23") and i == 4:
            hw = ("5517910231", "Физика: повторить § 14")
        # trap: the task of 10А Tuesday 20 Oct is re-texted (same id) after the first pull
        if cls == "10А" and day == d("2026-10-20") and i == 2 and version >= 1:
            hw = (hw[0], "Алгебра: № 412, 415 (а, в) и карточка к контрольной")
        out.append({"num": str(i), "subject": subj, "teacher": teacher, "room": room, "lesson_id": lid,
                    "topic": topic, "hw": hw, "control": (cls == "10А" and day.weekday() == 3 and i == 2)
                    or (cls == "10Б" and day.weekday() == 4 and i == 4)})
    return out


def mark_of(student, lesson, day):
    """The pupil's mark on a lesson (None: no mark), deterministic."""
    if lesson["control"]:
        val = "54354"[(int(student) + day.day) % 5]
        return {"value": val, "weight": 2, "type": "Контрольная работа", "short": "КР", "tid": 3}
    h = (int(student) * 7 + int(lesson["lesson_id"])) % 5
    if h not in (0, 2):
        return None
    val = "5454"[(int(student) + int(lesson["num"]) + day.day) % 4]
    return {"value": val, "weight": 1, "type": "Работа на уроке", "short": "РУ", "tid": 1}


# trap marks: corrections and removals between pulls, and absences
CORRECTED = {("70811", "2026-10-22", "3"): ("4", "исправлено после работы над ошибками")}  # Физика lesson 3
REMOVED = {("70812", "2026-10-21", "3")}  # Английский язык: entered for the wrong pupil, deleted
ABSENCES = {("70811", "2026-10-21", "1"): "оп", ("70821", "2026-11-09", "3"): "н", ("70822", "2026-11-10", "1"): "н",
            ("70814", "2026-11-11", "4"): "н"}
FORCED = {("70811", "2026-10-22", "3"): "3", ("70812", "2026-10-21", "3"): "5"}


def assessments(student, lesson, day, pulled, version):
    key = (student, day.isoformat(), lesson["num"])
    if pulled.date() < day or (pulled.date() == day and pulled.hour < 15):
        return []
    out = []
    if key in ABSENCES:
        v = ABSENCES[key]
        return [{"value": v, "countas": "0", "count": False, "convert": 0, "weight": 0, "weight_float": 0,
                 "control_type": "", "control_type_short": "", "date": day.isoformat(),
                 "lesson_id": lesson["lesson_id"], "nm": "1", "comment": ""}]
    m = mark_of(student, lesson, day)
    if key in FORCED:
        m = {"value": FORCED[key], "weight": 1, "type": "Работа на уроке", "short": "РУ", "tid": 1}
    if key in REMOVED and version >= 2:
        return []
    comment = ""
    if key in CORRECTED and version >= 2:
        m = dict(m, value=CORRECTED[key][0])
        comment = CORRECTED[key][1]
    if m:
        out.append({"value": m["value"], "countas": m["value"], "count": True, "convert": int(m["value"]),
                    "weight": m["weight"], "weight_float": m["weight"], "control_type": m["type"],
                    "control_type_short": m["short"], "date": day.isoformat(), "lesson_id": lesson["lesson_id"],
                    "nm": "1", "comment": comment, "mtype": {"id": m["tid"], "short": m["short"], "type": m["type"]}})
    return out


def class_on(student, day):
    if student == "70813" and day >= d("2026-10-26"):
        return "10Б"
    return PUPILS[student][1]


def days_range(a, b):
    day = d(a)
    while day <= d(b):
        yield day
        day += dt.timedelta(days=1)


HOLIDAYS = set(days_range("2026-10-26", "2026-11-04"))


def getdiary(student, a, b, pulled, version):
    days = {}
    for day in days_range(a, b):
        if day.weekday() >= 5:
            continue  # a five-day school: the weekend is not listed
        key = ymd(day)
        if day in HOLIDAYS:
            days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "alert": "vacation",
                         "holiday_name": "Осенние каникулы", "items": {}}
            continue
        items = {}
        for les in lessons_of(class_on(student, day), day, version):
            n = int(les["num"])
            hw = {}
            if les["hw"]:
                hw = {les["hw"][0]: {"id": int(les["hw"][0]), "value": les["hw"][1], "individual": False}}
            items[les["num"]] = {
                "num": les["num"], "name": les["subject"], "room": les["room"], "teacher": les["teacher"],
                "sort": n * 100, "lesson_id": les["lesson_id"], "topic": les["topic"], "is_control": les["control"],
                "starttime": BELLS[n - 1][0], "endtime": BELLS[n - 1][1], "homework": hw, "files": [],
                "resources": [], "assessments": assessments(student, les, day, pulled, version)}
        days[key] = {"name": key, "title": WEEKDAYS[day.weekday()], "items": items}
    title = PUPILS[student][0]
    body = env({"students": {student: {"name": student, "title": title, "parent_signed": False, "days": days}}})
    return {"request": f"getdiary?student={student}&days={a.replace('-', '')}-{b.replace('-', '')}&rings=__yes",
            "pulled_at": pulled.isoformat(), "body": body}


EARLIER = {  # marks before the fortnight (Sept - mid Oct), lessons the sync job pulled before this journey
    "Алгебра": [("2026-09-17", "5", 1), ("2026-10-01", "4", 2)], "Физика": [("2026-09-22", "3", 1)],
    "Русский язык": [("2026-09-28", "4", 1)], "Английский язык": [("2026-10-06", "5", 1)],
    "Информатика": [("2026-09-24", "5", 1), ("2026-10-08", "4", 1)], "Химия": [("2026-09-30", "4", 1)],
}


def getmarks(student, a, b, pulled, version):
    subjects = {}
    for day in days_range(a, b):
        if day.weekday() >= 5 or day in HOLIDAYS or day > pulled.date():
            continue
        if student == "70814" and day < d("2026-10-19"):
            continue
        if not d("2026-10-19") <= day:
            continue
        for les in lessons_of(class_on(student, day), day, version):
            for m in assessments(student, les, day, pulled, version):
                mm = dict(m)
                for k in ("control_type", "control_type_short"):
                    mm.pop(k)
                mm["lesson_comment"] = les["topic"]
                mm["max_mark"] = None
                if m["value"] in ("н", "оп"):
                    mm.pop("mtype", None)
                subjects.setdefault(les["subject"], []).append(mm)
    if student != "70814":
        for subj, marks in EARLIER.items():
            if subj == "Информатика" and student not in ("70821", "70822"):
                continue
            if subj == "Химия" and student in ("70821", "70822"):
                continue
            for i, (day, val, w) in enumerate(marks):
                if not d(a) <= d(day) <= d(b):
                    continue
                lid = f"886{int(student) % 100:02d}{i}{len(subj)}"
                subjects.setdefault(subj, []).insert(0, {
                    "value": val, "countas": val, "count": True, "convert": int(val), "weight": w,
                    "weight_float": w, "date": day, "lesson_id": lid, "nm": "1", "comment": "",
                    "lesson_comment": None, "max_mark": None,
                    "mtype": {"id": 1 if w == 1 else 3, "short": "РУ" if w == 1 else "КР",
                              "type": "Работа на уроке" if w == 1 else "Контрольная работа"}})
    lessons = []
    for subj in sorted(subjects):
        marks = sorted(subjects[subj], key=lambda m: m["date"])
        counted = [m for m in marks if m["count"]]
        wsum = sum(m["weight_float"] for m in counted)
        avg = "" if not wsum else f"{sum(m['convert'] * m['weight_float'] for m in counted) / wsum:.2f}"
        lessons.append({"name": subj, "average": avg, "averageConvert": round(float(avg)) if avg else 0,
                        "lesson_id": str(1200 + len(subj)), "color_hex": None, "marks": marks})
    body = env({"students": {student: {"name": student, "title": PUPILS[student][0], "lessons": lessons}}})
    return {"request": f"getmarks?student={student}&days={a.replace('-', '')}-{b.replace('-', '')}",
            "pulled_at": pulled.isoformat(), "body": body}


def getperiods(student, cls, pulled):
    periods = [{"name": n, "fullname": f, "start": s, "end": e, "disabled": False,
                "ambigious": True if not s else None, "weeks": []} for n, f, s, e in PERIODS[cls]]
    body = env({"students": [{"name": student, "title": PUPILS[student][0], "periods": periods}]})
    return {"request": f"getperiods?student={student}&show_disabled=__yes", "pulled_at": pulled.isoformat(),
            "body": body}


def getfinal(student, items, pulled):
    body = env({"students": {student: {"name": student, "title": PUPILS[student][0], "items": [
        {"name": subj, "assessments": [{"period": p, "value": v, "comment": c} for p, v, c in marks]}
        for subj, marks in items]}}})
    return {"request": f"getfinalassessments?student={student}", "pulled_at": pulled.isoformat(), "body": body}


def getrules(parent, children, classes, pulled):
    title = PARENTS[parent][0]
    last, first, middle = title.split()
    students = {}
    for ch in children:
        t = PUPILS[ch][0].split()
        students[ch] = {"rel": "child", "name": ch, "title": PUPILS[ch][0], "lastname": t[0], "firstname": t[1],
                        "gender": "female" if t[0].endswith("а") else "male", "class": classes[ch],
                        "parallel": "10", "city": "Казань",
                        "rules": ["getdiary", "getmarks", "getperiods", "getfinalassessments", "getschedule"]}
    groups = {}
    for ch in children:
        cls = classes[ch]
        tid, tname = HOMETEACHER[cls]
        tl, tf, tm = tname.split()
        groups[cls] = {"rel": "homeclass", "name": cls, "parallel": "10", "balls": 5, "hometeacher_id": tid,
                       "hometeacher_name": tname, "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                       "hometeacher_middlename": tm}
    result = {"name": parent, "id": parent, "title": title, "lastname": last, "firstname": first,
              "middlename": middle, "gender": "female" if last.endswith("а") else "male",
              "email": f"p{parent}@example.ru", "roles": ["parent"], "region": "Республика Татарстан",
              "city": "Казань", "vendor": VENDOR, "vendor_id": "7878",
              "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"],
              "relations": {"students": students, "groups": groups,
                            "schools": [{"title": "Гимназия № 78", "title_full": SCHOOL["name"], "number": "78",
                                         "inn": "1659000078", "kpp": "165901001"}]}}
    return {"request": "getrules", "pulled_at": pulled.isoformat(), "body": env(result)}


def at(s, minute=0):
    t = dt.datetime.fromisoformat(s + TZ)
    return t + dt.timedelta(minutes=minute)


QA = ["70811", "70812", "70813", "70814"]
QB = ["70821", "70822"]
SUBJ_A = ["Алгебра", "Геометрия", "Русский язык", "Литература", "Химия", "Физика", "История", "Английский язык"]
FINALS_23 = {  # 1 четверть marks entered by Friday 23 Oct
    "70811": [("Алгебра", "4"), ("Физика", "3"), ("Химия", "4"), ("История", "5")],
    "70812": [("Алгебра", "5"), ("Химия", "4"), ("История", "5"), ("Литература", "5")],
    "70813": [("Алгебра", "4"), ("Химия", "3"), ("История", "4")],
}
FINALS_25 = {  # the whole quarter's marks on Sunday 25 Oct (corrections and a removal against the 23rd)
    "70811": [("Алгебра", "5", ""), ("Геометрия", "4", ""), ("Русский язык", "4", ""), ("Литература", "5", ""),
              ("Химия", "4", ""), ("История", "5", ""), ("Английский язык", "5", "")],  # Физика withdrawn
    "70812": [("Алгебра", "5", ""), ("Геометрия", "5", ""), ("Русский язык", "5", ""), ("Литература", "5", ""),
              ("Химия", "4", ""), ("Физика", "4", ""), ("История", "5", ""), ("Английский язык", "5", "")],
    "70813": [("Алгебра", "4", ""), ("Геометрия", "3", ""), ("Русский язык", "4", ""), ("Литература", "4", ""),
              ("Химия", "4", "исправлена после зачёта"), ("Физика", "3", ""), ("История", "4", ""),
              ("Английский язык", "4", "")],
    "70814": [("Алгебра", "4", "с учётом ведомости из школы № 12"), ("Геометрия", "4", ""),
              ("Русский язык", "5", ""), ("Литература", "5", ""), ("Химия", "н/а", "изучал по другой программе"),
              ("Физика", "4", ""), ("История", "5", ""), ("Английский язык", "4", "")],
}


def main():
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    classes18 = {p: c for p, (_, c) in PUPILS.items()}
    rules = [getrules(p, ch, classes18, at("2026-10-18T19:00", i)) for i, (p, (_, ch)) in enumerate(PARENTS.items())]
    per = [getperiods(s, PUPILS[s][1], at("2026-10-18T19:10", i)) for i, s in enumerate(PUPILS)]
    step("01 Sun 18 Oct 19:00: getrules of the five parents (the joiner 70814 listed for the first time), getperiods of the six pupils", rules, per)
    step("02 Sun 18 Oct 19:20: getdiary 19-25 Oct of every pupil (the plan: lessons and tasks, no marks)",
         [getdiary(s, "2026-10-19", "2026-10-25", at("2026-10-18T19:20", i), 0) for i, s in enumerate(PUPILS)])
    step("03 Tue 20 Oct 20:00: getfinalassessments of every pupil: no quarter marks yet",
         [getfinal(s, [], at("2026-10-20T20:00", i)) for i, s in enumerate(PUPILS)])
    fin23 = [getfinal(s, [(subj, [("I", v, "")]) for subj, v in FINALS_23.get(s, [])], at("2026-10-23T20:30", i))
             for i, s in enumerate(QA)]
    step("04 Fri 23 Oct 20:00: getdiary 19-25 Oct with the week's marks (Физика of Friday replaced by Астрономия, a task re-texted); getmarks of 1 четверть for 10А; getfinalassessments of 10А (first quarter marks)",
         [getdiary(s, "2026-10-19", "2026-10-25", at("2026-10-23T20:00", i), 1) for i, s in enumerate(PUPILS)],
         [getmarks(s, "2026-09-01", "2026-10-25", at("2026-10-23T20:15", i), 1) for i, s in enumerate(QA)], fin23)
    fin25 = [getfinal(s, [(subj, [("I", v, c)]) for subj, v, c in FINALS_25[s]], at("2026-10-25T21:30", i))
             for i, s in enumerate(QA)]
    step("05 Sun 25 Oct 21:00 (the quarter's last day): getdiary 19-25 Oct again (a mark corrected, one deleted); getmarks of 1 четверть (10А) and of I полугодие so far (10Б); getfinalassessments (10А: the whole quarter; 10Б: nothing yet)",
         [getdiary(s, "2026-10-19", "2026-10-25", at("2026-10-25T21:00", i), 2) for i, s in enumerate(PUPILS)],
         [getmarks(s, "2026-09-01", "2026-10-25", at("2026-10-25T21:15", i), 2) for i, s in enumerate(QA)]
         + [getmarks(s, "2026-09-01", "2026-12-27", at("2026-10-25T21:20", i), 2) for i, s in enumerate(QB)],
         fin25 + [getfinal(s, [], at("2026-10-25T21:40", i)) for i, s in enumerate(QB)])
    classes4 = dict(classes18, **{"70813": "10Б"})
    rules4 = [getrules(p, [c for c in ch if c != "70812"], classes4, at("2026-11-04T19:00", i))
              for i, (p, (_, ch)) in enumerate(PARENTS.items())]
    stay = ["70811", "70813", "70814", "70821", "70822"]
    step("06 Wed 4 Nov 19:00 (the last day of the holidays): getrules (70812 no longer listed: she left; 70813 now in 10Б), getperiods of 70813 (half-years now), getdiary 26 Oct-8 Nov (holidays, then the plan)",
         rules4, [getperiods("70813", "10Б", at("2026-11-04T19:10"))],
         [getdiary(s, "2026-10-26", "2026-11-08", at("2026-11-04T19:20", i), 2) for i, s in enumerate(stay)])
    step("07 Fri 6 Nov 20:00: getdiary 5-8 Nov with marks",
         [getdiary(s, "2026-11-05", "2026-11-08", at("2026-11-06T20:00", i), 2) for i, s in enumerate(stay)])
    step("08 Fri 13 Nov 20:00: getdiary 9-15 Nov with marks; getmarks of 2 четверть (10А) and of I полугодие (10Б, 70813 after his move); getfinalassessments of 70811 (Физика set after the retake) and 70814",
         [getdiary(s, "2026-11-09", "2026-11-15", at("2026-11-13T20:00", i), 2) for i, s in enumerate(stay)],
         [getmarks(s, "2026-11-05", "2026-12-27", at("2026-11-13T20:20", i), 2) for i, s in enumerate(["70811", "70814"])]
         + [getmarks(s, "2026-09-01", "2026-12-27", at("2026-11-13T20:25", i), 2) for i, s in enumerate(["70813", "70821", "70822"])],
         [getfinal("70811", [(subj, [("I", v, c)]) for subj, v, c in FINALS_25["70811"]]
                   + [("Физика", [("I", "4", "после пересдачи 2 ноября")])], at("2026-11-13T20:40")),
          getfinal("70814", [(subj, [("I", v, c)]) for subj, v, c in FINALS_25["70814"]], at("2026-11-13T20:41"))])
    journey = {"vendor": "elzhur", "description": (
        "Periods, final marks and averages around the end of 1 четверть (МБОУ «Гимназия № 78» г. Казани, 18 Oct - "
        "13 Nov 2026): a pupil who joined 10А a week before the quarter's end, a pupil who left after it, a pupil "
        "who moved from 10А (quarters) to 10Б (half-years) over the autumn holidays, final marks set, corrected "
        "and withdrawn, and the journal's averages before and after."), "school": SCHOOL, "steps": steps}
    Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                         encoding="utf-8")


if __name__ == "__main__":
    main()
