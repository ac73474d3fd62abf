"""Writes journey.json for elzhur_23 (standard library only; all values invented). Theme: the journal's averages."""
import json
from pathlib import Path

Q = "&devkey=5c2e8a1f0b9d4e7a6c3b2a1908f7e6d5&vendor=gym23&auth_token=tok-gym23&out_format=json"
ENV = lambda res: {"response": {"state": 200, "error": None, "result": res}}  # noqa: E731

KIDS = {"23001": ("Лебедева Алиса", "Лебедева", "Алиса", "female", "23101", "Лебедева Ольга Викторовна"),
        "23002": ("Орлов Тимофей", "Орлов", "Тимофей", "male", "23102", "Орлов Сергей Николаевич")}
TEACHERS = {"Алгебра": "Миронова Елена Павловна", "Русский язык": "Гусева Наталья Игоревна",
            "Физическая культура": "Зайцев Андрей Олегович", "Английский язык": "Кузьмина Ирина Львовна",
            "История": "Белов Константин Аркадьевич"}
WT = {"КР": "Контрольная работа", "РУ": "Работа на уроке", "СР": "Самостоятельная работа",
      "ДЗ": "Домашняя работа", "СД": "Словарный диктант", "ЗЧ": "Зачёт", "ПР": "Проект", "": ""}
MTID = {"КР": 3, "РУ": 1, "СР": 4, "ДЗ": 2, "СД": 7, "ЗЧ": 9, "ПР": 11}
ABS = {"н", "Н", "оп", "ОП"}


def mark(date, lesson, nm, value, convert, countas, count, wf, short, comment="", topic=None):
    """One mark as (date, lesson_id, nm, fields); diary and getmarks shapes are made from it."""
    weight = 0 if not count else max(1, round(float(wf)))
    return {"value": value, "countas": countas, "count": count, "convert": convert, "weight": weight,
            "weight_float": wf, "date": date, "lesson_id": lesson, "nm": nm, "comment": comment,
            "_short": short, "_topic": topic}


def as_getmarks(m):
    out = {k: v for k, v in m.items() if not k.startswith("_")}
    out["lesson_comment"] = m["_topic"]
    out["max_mark"] = None
    if m["_short"]:
        out["mtype"] = {"id": MTID[m["_short"]], "short": m["_short"], "type": WT[m["_short"]]}
    return out


def as_diary(m):
    out = {k: v for k, v in m.items() if not k.startswith("_")}
    out["control_type"] = WT[m["_short"]]
    out["control_type_short"] = m["_short"]
    out["color_hex"] = None
    return out


# --- quarter I marks as the journal holds them on 2025-10-25/27 -----------------------------------------------------
M1 = {  # 23001 Лебедева Алиса
    "Алгебра": [
        mark("2025-09-12", "810101", "1", "5", 5, "5", True, "2", "КР", topic="Контрольная работа № 1"),
        mark("2025-10-03", "810102", "1", "4-", 4, "3.75", True, 1, "РУ", "ошибка в знаке"),
        mark("2025-10-21", "810103", "1", "5/4", 4.5, "4.5", True, "1.5", "СР", topic="Решение квадратных уравнений"),
        mark("2025-10-21", "810103", "2", "3", 3, "3", True, 1, "ДЗ", "не решён № 418")],
    "Русский язык": [
        mark("2025-09-18", "810201", "1", "4+", 4, "4.25", True, 1, "РУ"),
        mark("2025-10-08", "810202", "1", "5", 5, "5", True, "0.5", "СД"),
        mark("2025-10-22", "810203", "1", "н", 0, "0", False, 0, "")],
    "Физическая культура": [
        mark("2025-09-25", "810301", "1", "зч", 0, "0", False, 0, "ЗЧ", topic="Челночный бег 3×10 м"),
        mark("2025-10-23", "810302", "1", "осв", 0, "0", False, 0, "", "справка до 31.10")],
    "Английский язык": [
        mark("2025-10-01", "810401", "1", "н/а", 0, "0", False, 0, "ПР", "проект не сдан"),
        mark("2025-10-15", "810402", "1", "4", 4, "4", True, 1, "РУ"),
        mark("2025-10-24", "810403", "1", "оп", 0, "0", False, 0, "")],
}
AV1 = {"Алгебра": "4.32", "Русский язык": "4.33", "Физическая культура": "", "Английский язык": "4"}
M2 = {  # 23002 Орлов Тимофей
    "Алгебра": [
        mark("2025-09-12", "810101", "1", "2", 2, "2", True, "2", "КР", topic="Контрольная работа № 1"),
        mark("2025-10-03", "810102", "1", "3+", 3, "3.25", True, 1, "РУ"),
        mark("2025-10-21", "810103", "1", "5", 5, "5", True, "1.5", "СР", topic="Решение квадратных уравнений")],
    "Русский язык": [
        mark("2025-09-18", "810201", "1", "5-", 5, "4.75", True, 1, "РУ"),
        mark("2025-10-08", "810202", "1", "4/3", 3.5, "3.5", True, "2", "СД", "две ошибки")],
    "История": [
        mark("2025-09-19", "810501", "1", "5", 5, "5", True, 1, "РУ"),
        mark("2025-10-03", "810504", "1", "2", 2, "2", False, 0, "СР", "работа переписана, в среднее не идёт"),
        mark("2025-10-10", "810502", "1", "Н", 0, "0", False, 0, "")],
    "Физическая культура": [
        mark("2025-09-25", "810301", "1", "5", 5, "5", True, 1, "РУ", topic="Челночный бег 3×10 м"),
        mark("2025-10-23", "810302", "1", "зч", 0, "0", False, 0, "ЗЧ")],
}
AV2 = {"Алгебра": "3.22", "Русский язык": "4.00", "История": "5.00", "Физическая культура": "5"}
LESSON_IDS = {"Алгебра": "1301", "Русский язык": "1302", "Физическая культура": "1303", "Английский язык": "1304",
              "История": "1305"}

# the week 20251020-20251024: (date, num, subject, lesson_id, topic, room, times)
WEEK = [
    ("20251020", "1", "История", "810503", "Смутное время", "207", ("08:30", "09:15")),
    ("20251021", "2", "Алгебра", "810103", "Решение квадратных уравнений", "214", ("09:25", "10:10")),
    ("20251022", "1", "Русский язык", "810203", "Обособленные определения", "301", ("08:30", "09:15")),
    ("20251023", "4", "Физическая культура", "810302", "Волейбол: верхняя передача", "спортзал", ("11:20", "12:05")),
    ("20251024", "3", "Английский язык", "810403", "Past Simple vs Present Perfect", "305", ("10:20", "11:05")),
]
TITLES = {"20251020": "Понедельник", "20251021": "Вторник", "20251022": "Среда", "20251023": "Четверг",
          "20251024": "Пятница"}


def rules(student):
    title, last, first, gender, parent, pname = KIDS[student]
    pl, pf, pm = pname.split()
    return ENV({"roles": ["parent"], "relations": {
        "students": {student: {"rel": "child", "name": student, "title": title, "lastname": last, "firstname": first,
                               "gender": gender, "class": "8А", "parallel": "8", "city": "Тверь",
                               "rules": ["getdiary", "getmarks", "getfinalassessments", "getperiods"]}},
        "groups": {"8А": {"rel": "homeclass", "parallel": 8, "balls": 5, "hometeacher_id": "23900",
                          "hometeacher_name": "Гусева Наталья Игоревна", "hometeacher_lastname": "Гусева",
                          "hometeacher_firstname": "Наталья", "hometeacher_middlename": "Игоревна"}},
        "schools": [{"title": "Гимназия № 23", "title_full": "МБОУ «Гимназия № 23» г. Твери", "number": "23",
                     "inn": "6950000230", "kpp": "695001001"}]},
        "allowedSections": ["diary", "marks", "finalmarks", "schedule"], "name": parent, "title": pname,
        "lastname": pl, "firstname": pf, "middlename": pm, "email": "", "region": "Тверская область",
        "city": "Тверь", "vendor": "gym23", "vendor_id": 6923})


def periods(student):
    return ENV({"students": [{"name": student, "title": KIDS[student][0], "periods": [
        {"name": "I", "fullname": "1 четверть", "start": "20250901", "end": "20251026", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "II", "fullname": "2 четверть", "start": "20251105", "end": "20251228", "disabled": False,
         "ambigious": None, "weeks": []},
        {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
         "weeks": []}]}]})


def diary_day(student, marks, day):
    date, num, subject, lesson, topic, room, (start, end) = next(w for w in WEEK if w[0] == day)
    iso = f"{day[:4]}-{day[4:6]}-{day[6:]}"
    assessments = [as_diary(m) for m in marks.get(subject, []) if m["date"] == iso and m["lesson_id"] == lesson]
    item = {"num": num, "name": subject, "room": room, "teacher": TEACHERS[subject], "sort": int(num) * 100,
            "lesson_id": lesson, "topic": topic, "is_control": False, "starttime": start + ":00",
            "endtime": end + ":00", "homework": {}, "files": [], "resources": [], "assessments": assessments}
    if subject == "Английский язык":
        item.update({"grp": "1 группа", "grp_short": "1 гр."})
    return ENV({"students": {student: {"name": student, "title": KIDS[student][0], "parent_signed": False,
                                       "days": {day: {"name": day, "title": TITLES[day], "items": {num: item}}}}}})


def getmarks(student, marks, averages):
    lessons = []
    for subject, ms in marks.items():
        lessons.append({"name": subject, "average": averages[subject],
                        "averageConvert": round(float(averages[subject])) if averages[subject] else 0,
                        "lesson_id": LESSON_IDS[subject], "color_hex": None, "marks": [as_getmarks(m) for m in ms]})
    return ENV({"students": {student: {"name": student, "title": KIDS[student][0], "lessons": lessons}}})


def finals(student, items):
    return ENV({"students": {student: {"name": student, "title": KIDS[student][0], "items": [
        {"name": subject, "assessments": [{"period": p, "value": v, "comment": c} for p, v, c in cells]}
        for subject, cells in items]}}})


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def diary_for(student, marks, week_marks_of=None):
    # a pupil sees the class's lessons; 23002 has no Английский язык group 1 (he is in group 2: not in his diary)
    days = [w[0] for w in WEEK if not (student == "23002" and w[2] == "Английский язык")]
    return [rec(f"getdiary?student={student}&days={d}-{d}&rings=__yes" + Q, diary_day(student, marks, d),
                f"2025-10-25T10:0{i}:00+03:00") for i, d in enumerate(days)]


# the re-valued marks (step 05): the teacher changed Алгебра 21.10 nm 2 from 3 to 4 and Английский 01.10 н/а to 4
M1b = json.loads(json.dumps(M1))
M1b["Алгебра"][3].update({"value": "4", "convert": 4, "countas": "4", "comment": "исправлено"})
M1b["Английский язык"][0].update({"value": "4", "convert": 4, "countas": "4", "count": True, "weight": 1,
                                  "weight_float": 1, "comment": "проект сдан 20.10"})
M1b["Русский язык"][1].update({"weight": 1, "weight_float": "1"})
AV1b = {"Алгебра": "4.50", "Русский язык": "4.50", "Физическая культура": "", "Английский язык": "4.00"}

Q2_1 = {"Алгебра": [mark("2025-11-10", "820101", "1", "5", 5, "5", True, 1, "РУ"),
                   mark("2025-11-14", "820102", "1", "4", 4, "4", True, "2", "КР", topic="Контрольная работа № 2")],
        "Русский язык": [mark("2025-11-12", "820201", "1", "5-", 5, "4.75", True, "1.5", "СД"),
                         mark("2025-11-19", "820202", "1", "3", 3, "3", True, "0.5", "ДЗ")]}
AV_Q2_1 = {"Алгебра": "4.33", "Русский язык": "4.50"}
Q2_2 = {"Алгебра": [mark("2025-11-10", "820101", "1", "4/5", 4.5, "4.5", True, 1, "РУ"),
                   mark("2025-11-14", "820102", "1", "3-", 3, "2.75", True, "2", "КР", topic="Контрольная работа № 2")],
        "История": [mark("2025-11-13", "820501", "1", "н/а", 0, "0", False, 0, "ПР", "не представлен доклад")]}
AV_Q2_2 = {"Алгебра": "3.50", "История": ""}

MK1 = "getmarks?student=23001&days=20250901-20251026" + Q
steps = [
    {"name": "01 getrules of the two parents (one child each, 8А) [A.3 getrules]",
     "batches": [[rec("getrules?" + Q[1:], rules("23001"), "2025-10-25T09:00:00+03:00"),
                  rec("getrules?" + Q[1:], rules("23002"), "2025-10-25T09:00:01+03:00")]]},
    {"name": "02 getperiods: quarters I (20250901-20251026), II (20251105-20251228), year Г [A.3 Period, A.5 E1]",
     "batches": [[rec(f"getperiods?student={s}&show_disabled=__yes" + Q, periods(s), f"2025-10-25T09:01:0{i}+03:00")
                  for i, s in enumerate(KIDS)]]},
    {"name": "03 getdiary day by day, 20.10-24.10, both pupils: a double mark 5/4 with weight_float \"1.5\", a 3 beside "
             "it (nm 2), н, осв, оп with count false [A.3 Assessment, Lesson item, A.5 E2, A.6]",
     "batches": [diary_for("23001", M1), diary_for("23002", M2)]},
    {"name": "04 getmarks over exactly quarter I for both pupils: weights, 4-/4+/3+/5- with convert, double marks "
             "5/4 and 4/3, зч/осв/н/а count false, a numeric 2 with count false (weight 0), н/Н/оп, and the journal's averages (\"4.32\", \"4\", \"\") [A.3 "
             "SubjectMarks, A.5 E3, A.6]",
     "batches": [[rec(MK1, getmarks("23001", M1, AV1), "2025-10-27T18:00:00+03:00"),
                  rec("getmarks?student=23002&days=20250901-20251026" + Q, getmarks("23002", M2, AV2),
                      "2025-10-27T18:00:01+03:00")]]},
    {"name": "05 getmarks of 23001 over quarter I again, pulled later: the teacher re-valued Алгебра 21.10 nm 2 "
             "(3 -> 4), the project mark н/а -> 4, and the weight of the dictation 5 of 08.10 (0.5 -> 1); the journal's averages moved (\"4.50\", \"4.50\", \"4.00\") [A.3 "
             "SubjectMarks]",
     "batches": [[rec(MK1, getmarks("23001", M1b, AV1b), "2025-10-30T18:00:00+03:00")]]},
    {"name": "06 getmarks over exactly quarter II for both pupils (fractional weights, 5-, 4/5, 3-, н/а, an empty "
             "average) [A.3 SubjectMarks]",
     "batches": [[rec("getmarks?student=23001&days=20251105-20251228" + Q, getmarks("23001", Q2_1, AV_Q2_1),
                      "2025-12-29T12:00:00+03:00"),
                  rec("getmarks?student=23002&days=20251105-20251228" + Q, getmarks("23002", Q2_2, AV_Q2_2),
                      "2025-12-29T12:00:01+03:00")]]},
    {"name": "07 getfinalassessments for both pupils: numeric finals with +/-, зч, осв, н/а [A.3 Final assessment, "
             "A.5 E4, A.6]",
     "batches": [[rec("getfinalassessments?student=23001" + Q, finals("23001", [
         ("Алгебра", [("I", "4+", ""), ("II", "4", "")]), ("Русский язык", [("I", "4", ""), ("II", "5-", "")]),
         ("Физическая культура", [("I", "зч", "")]), ("Английский язык", [("I", "4", "")])]),
                      "2025-12-29T13:00:00+03:00"),
                  rec("getfinalassessments?student=23002" + Q, finals("23002", [
                      ("Алгебра", [("I", "3", ""), ("II", "3", "")]), ("Русский язык", [("I", "4", "")]),
                      ("История", [("I", "5", ""), ("II", "н/а", "не аттестован")]),
                      ("Физическая культура", [("I", "осв", "справка")])]), "2025-12-29T13:00:01+03:00")]]},
    {"name": "08 a late retry: step 04's getmarks answer for 23001 (pulled 27.10, the 3 and н/а still there) "
             "delivered again after step 05: older than the re-valued answer, so it changes nothing [A.3 "
             "SubjectMarks; README pulled_at]",
     "batches": [[rec(MK1, getmarks("23001", M1, AV1), "2025-10-27T18:00:00+03:00")]]},
]
journey = {"vendor": "elzhur",
           "description": "Гимназия № 23 (Тверь), 8А, quarters I-II: the journal's averages beside the hub's - "
                          "weighted marks (weight_float), double marks, +/-, зч/осв/н/а, absence pseudo-marks, "
                          "re-valued marks, getmarks averages per period, getfinalassessments.",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
