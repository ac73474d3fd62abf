#!/usr/bin/env python3
"""Generate journey.json for the fifth Eljur corpus (Школа № 15, vendor sch15, classes 6В (quarters) and 10А
(half-years), school year 2025/26). Focus: what a parent reads in the final grades and the journal's own figures.
Standard library only, deterministic. Shapes from /work/shared/reference/elzhur_mesh.md Part A (A.3 Period,
Final assessment, SubjectMarks, Assessment; A.5 E1, E3, E4) and the client models of its Part C; values invented."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
Q = "devkey=0a1b2c3d4e5f60718293a4b5c6d7e8f9&vendor=sch15&auth_token=tok-sch15&out_format=json"
SCHOOL = [{"title": "Школа № 15", "title_full": "МАОУ «Средняя школа № 15» г. Вологды", "number": "15",
           "inn": "3525000150", "kpp": "352501001"}]
PUPILS = {"65001": ("Ковалёва Ника", "Ковалёва", "Ника", "female", "6В"),
          "65002": ("Лаптев Егор", "Лаптев", "Егор", "male", "6В"),
          "65003": ("Мельникова Ася", "Мельникова", "Ася", "female", "10А"),
          "65004": ("Носов Данила", "Носов", "Данила", "male", "10А")}
PARENTS = {"66001": ("Ковалёва Ирина Петровна", "65001"), "66002": ("Лаптев Роман Ильич", "65002"),
           "66003": ("Мельников Олег Юрьевич", "65003"), "66004": ("Носова Вера Германовна", "65004")}
HOME = {"6В": ("Смирнова Галина Андреевна", "67001"), "10А": ("Тарасов Пётр Ефимович", "67002")}
RULES = ["getdiary", "getfinalassessments", "gethomework", "getmarks", "getperiods", "getschedule"]


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def getrules(uid):
    title, sid = PARENTS[uid]
    name, last, first, gender, cls = PUPILS[sid]
    teacher, tid = HOME[cls]
    tl, tf, tm = teacher.split()
    return ok({"roles": ["parent"],
               "relations": {"students": {sid: {"rules": RULES, "rel": "child", "name": sid, "title": name,
                                                "lastname": last, "firstname": first, "gender": gender,
                                                "class": cls, "parallel": cls[:-1], "city": "Вологда"}},
                             "groups": {cls: {"rules": ["getschedule", "gethomework"], "rel": "homeclass",
                                              "name": cls, "parallel": int(cls[:-1]), "balls": 5,
                                              "hometeacher_id": tid, "hometeacher_name": teacher,
                                              "hometeacher_lastname": tl, "hometeacher_firstname": tf,
                                              "hometeacher_middlename": tm}},
                             "schools": SCHOOL},
               "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"], "id": uid, "name": uid,
               "title": title, "lastname": title.split()[0], "firstname": title.split()[1],
               "middlename": title.split()[2], "gender": "male", "email": "", "region": "Вологодская область",
               "city": "Вологда", "vendor": "sch15", "vendor_id": 3515})


def period(name, full, start, end, disabled=False, ambig=None, weeks=None):
    return {"name": name, "fullname": full, "start": start, "end": end, "disabled": disabled, "ambigious": ambig,
            "weeks": weeks or []}


QUARTERS = [period("I", "1 четверть", "20250901", "20251024",
                   weeks=[{"start": "20251013", "end": "20251019", "title": "13.10 - 19.10"},
                          {"start": "20251020", "end": "20251024", "title": "20.10 - 24.10"}]),
            period("II", "2 четверть", "20251105", "20251228"),
            period("III", "3 четверть", "20260112", "20260322"),
            period("IV", "4 четверть", "20260401", "20260529"),
            period("Г", "Годовая", "", "", ambig=True)]
HALVES = [period("1", "I полугодие", "20250901", "20251227"),
          period("2", "II полугодие", "20260112", "20260525"),
          period("Г", "Годовая", "", "", ambig=True),
          period("Э", "Экзамен", "", "", ambig=True),
          period("Ит", "Итоговая", "", "", disabled=True, ambig=True)]

LESSONS = {  # 6В, the last week of the first quarter: (subject, teacher, room)
    "Математика": ("Зуева Лариса Викторовна", "21"), "Русский язык": ("Смирнова Галина Андреевна", "14"),
    "Английский язык": ("Хабибуллина Алсу Ренатовна", "33"), "Музыка": ("Пестов Аркадий Львович", "актовый зал"),
    "Физическая культура": ("Ежов Степан Ильич", None)}
WEEK = ["20251020", "20251021", "20251022", "20251023", "20251024"]
TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница"]
DAYS = [["Математика", "Русский язык", "Физическая культура"], ["Русский язык", "Английский язык", "Математика"],
        ["Математика", "Музыка", "Русский язык"], ["Английский язык", "Математика", "Физическая культура"],
        ["Русский язык", "Математика", "Английский язык"]]
BELLS = [("08:00:00", "08:40:00"), ("08:50:00", "09:30:00"), ("09:45:00", "10:25:00")]
TOPICS = {"Математика": "Обыкновенные дроби", "Русский язык": "Имя прилагательное", "Физическая культура": None,
          "Английский язык": "My Day", "Музыка": "Песня и романс"}
SUBJ_ID = {"Математика": "1501", "Русский язык": "1502", "Английский язык": "1503", "Музыка": "1504",
           "Физическая культура": "1505", "Алгебра": "1511", "Литература": "1512", "Физика": "1513",
           "Индивидуальный проект": "1514"}


def lid(day, num):
    return str(930000 + (int(day) - 20251020) * 10 + num)


def mk(value, date, lesson, nm="1", weight=1, wf=None, count=True, convert=None, countas=None, mtype=None,
       ctype=None, comment="", in_marks=False, lesson_comment=None):
    absent = value.lower() in ("н", "оп")
    conv = 0 if absent else (convert if convert is not None else int(value[0]))
    m = {"value": value, "countas": countas if countas is not None else str(conv), "count": count, "convert": conv,
         "weight": weight, "weight_float": wf if wf is not None else weight,
         "date": f"{date[:4]}-{date[4:6]}-{date[6:]}", "lesson_id": lesson, "nm": nm, "comment": comment}
    if in_marks:
        m["lesson_comment"] = lesson_comment
        m["max_mark"] = None
        if mtype:
            m["mtype"] = {"id": mtype[0], "short": mtype[1], "type": mtype[2]}
    else:
        m["control_type"] = mtype[2] if mtype else ""
        m["control_type_short"] = mtype[1] if mtype else ""
        m["color_hex"] = None
    return m


RU = (1, "РУ", "Работа на уроке")
KR = (5, "КР", "Контрольная работа")
SR = (3, "СР", "Самостоятельная работа")
DZ = (2, "ДЗ", "Домашняя работа")
OL = (9, "ОЛ", "Олимпиада")

# marks of the diary week, per pupil: {(day, num): [(value, kwargs)]}
DIARY_MARKS = {
    "65001": {("20251020", 1): [("5", {"mtype": KR, "weight": 2})],
              ("20251021", 2): [("4-", {"convert": 4, "countas": "3.75", "mtype": RU})],
              ("20251022", 2): [("5", {"mtype": RU, "weight": 0, "wf": 0, "count": False,
                                       "comment": "Исполнение песни, без отметки в среднем"})],
              ("20251023", 1): [("н", {"weight": 0, "wf": 0, "count": False})],
              ("20251024", 2): [("3", {"mtype": SR, "wf": "1.5", "weight": 1}),
                                ("4", {"nm": "2", "mtype": DZ, "wf": "0.5", "weight": 1})]},
    "65002": {("20251020", 1): [("3", {"mtype": KR, "weight": 2})],
              ("20251021", 1): [("5+", {"convert": 5, "countas": "5.25", "mtype": RU})],
              ("20251022", 3): [("оп", {"weight": 0, "wf": 0, "count": False})],
              ("20251024", 1): [("2", {"mtype": KR, "weight": 2, "comment": "Не выполнено задание 3"})],
              ("20251024", 3): [("4", {"mtype": RU, "wf": "1.25", "weight": 1})]},
}


def diary(sid):
    days = {}
    for i, day in enumerate(WEEK):
        items = {}
        for n, subj in enumerate(DAYS[i], 1):
            teacher, room = LESSONS[subj]
            it = {"num": str(n), "name": subj, "room": room, "teacher": teacher, "sort": n * 100,
                  "lesson_id": lid(day, n), "topic": TOPICS[subj], "is_control": subj == "Математика" and i == 0,
                  "starttime": BELLS[n - 1][0], "endtime": BELLS[n - 1][1], "homework": {}, "files": [],
                  "resources": []}
            marks = DIARY_MARKS[sid].get((day, n))
            if marks:
                it["assessments"] = [mk(v, day, lid(day, n), **kw) for v, kw in marks]
            items[str(n)] = it
        days[day] = {"name": day, "title": TITLES[i], "items": items}
    return ok({"students": {sid: {"name": sid, "title": PUPILS[sid][0], "parent_signed": False, "days": days}}})


def subject_of(day, num):
    return DAYS[WEEK.index(day)][num - 1]


def lesson_row(name, average, avg_conv, marks):
    return {"name": name, "average": average, "averageConvert": avg_conv, "lesson_id": SUBJ_ID[name],
            "color_hex": None, "marks": marks}


def getmarks(sid, lessons):
    return ok({"students": {sid: {"name": sid, "title": PUPILS[sid][0], "lessons": lessons}}})


def week_marks(sid, subj):
    """the diary week's marks of a subject as getmarks sends them."""
    out = []
    for (day, n), marks in sorted(DIARY_MARKS[sid].items()):
        if subject_of(day, n) == subj:
            for v, kw in marks:
                out.append(mk(v, day, lid(day, n), in_marks=True, **kw))
    return out


def fa(name, rows):
    return {"name": name, "assessments": [dict(zip(("period", "value", "comment"), r[:3]), **(r[3] if len(r) > 3 else {}))
                                          for r in rows]}


def finals(sid, items, as_array=False):
    s = {"name": sid, "title": PUPILS[sid][0], "items": items}
    return ok({"students": [s] if as_array else {sid: s}})


def main():
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": list(batches)})

    step("01 getrules of the three parents (one child each; 6В and 10А) [A.3 getrules]",
         [rec("getrules?" + Q, getrules(u), f"2025-10-25T09:00:0{i}+03:00") for i, u in enumerate(list(PARENTS)[:3])])
    step("02 getperiods: 6В has quarters I..IV (Roman short names) + year Г; 10А (senior class) has half-years 1/2, "
         "year Г, exam Э and a disabled Ит column (show_disabled); students as an array [A.3 Period, A.4, A.5 E1]",
         [rec(f"getperiods?student={sid}&weeks=__yes&show_disabled=__yes&" + Q,
              ok({"students": [{"name": sid, "title": PUPILS[sid][0],
                                "periods": QUARTERS if PUPILS[sid][4] == "6В" else HALVES}]}),
              f"2025-10-25T09:01:0{i}+03:00") for i, sid in enumerate(list(PUPILS)[:3])])
    step("03 getdiary of the last week of quarter I (20251020-20251024) for the 6В pupils: a mark on the quarter's "
         "last day, fractional weight_float as strings, a counted-out 5 (count false, weight 0), 4-/5+ with convert, "
         "absence and lateness [A.3 Assessment, A.5 E2]",
         [rec(f"getdiary?student={sid}&days=20251020-20251024&rings=__yes&" + Q, diary(sid),
              f"2025-10-25T09:02:0{i}+03:00") for i, sid in enumerate(("65001", "65002"))])

    # 04 getmarks over exactly quarter I
    m1 = {"Математика": ("4.33", 4,
                         [mk("4", "20250908", "920101", mtype=RU, in_marks=True, lesson_comment="Делимость чисел"),
                          mk("5", "20250926", "920155", mtype=SR, wf="1.5", in_marks=True)]),
          "Русский язык": ("4.5", 5,
                           [mk("5", "20251003", "920230", mtype=(7, "КД", "Контрольный диктант"), weight=2,
                               in_marks=True, lesson_comment="Диктант «Осень»")]),
          "Английский язык": ("4", 4, []),
          "Музыка": ("", 0, []),
          "Физическая культура": ("5.00", 5, [mk("5", "20250915", "920077", mtype=(4, "НР", "Нормативы"),
                                                 in_marks=True)])}
    m2 = {"Математика": ("2.80", 3, [mk("3", "20250908", "920101", mtype=RU, in_marks=True)]),
          "Русский язык": ("3.67", 4, [mk("4", "20251003", "920230", mtype=(7, "КД", "Контрольный диктант"),
                                          weight=2, in_marks=True),
                                       mk("зч", "20251006", "920241", count=False, convert=0, countas="0",
                                          weight=0, wf=0, mtype=(8, "СЛ", "Словарный диктант"), in_marks=True)]),
          "Английский язык": ("4.00", 4, []),
          "Музыка": ("5", 5, [mk("5", "20251001", "920210", mtype=RU, in_marks=True)]),
          "Физическая культура": ("", 0, [])}
    recs = []
    for i, (sid, table) in enumerate((("65001", m1), ("65002", m2))):
        lessons = [lesson_row(s, a, c, ms + week_marks(sid, s)) for s, (a, c, ms) in table.items()]
        recs.append(rec(f"getmarks?student={sid}&days=20250901-20251024&" + Q, getmarks(sid, lessons),
                        f"2025-10-25T09:03:0{i}+03:00"))
    step("04 getmarks over exactly quarter I (days=20250901-20251024 = the period's start and end) for the 6В pupils: "
         "averages in the textual forms the journal sends (\"4.33\", \"4.5\", \"4\", \"5.00\", \"5\", \"2.80\", and "
         "\"\" for a subject without counted marks); earlier marks of the quarter that no diary answer holds; a "
         "non-counting зч [A.3 SubjectMarks, A.5 E3, A.6]", recs)

    step("05 getmarks over the autumn break (days=20251025-20251104), dates inside no period: an olympiad mark "
         "entered on 2025-10-29 and the journal's average over that span [A.3 SubjectMarks, A.4]",
         [rec("getmarks?student=65001&days=20251025-20251104&" + Q,
              getmarks("65001", [lesson_row("Математика", "5", 5,
                                            [mk("5", "20251029", "931500", mtype=OL, weight=2, in_marks=True,
                                                lesson_comment="Школьный этап олимпиады")])]),
              "2025-11-05T18:00:00+03:00")])

    # 06 finals of quarter I, 65001 (object), 65002 (array), after the quarter closed
    f1 = [fa("Математика", [("I", "4", "")]),
          fa("Русский язык", [("I", "5-", "", {"convert": 5})]),
          fa("Английский язык", [("I", "4+", "", {"convert": 4, "color_hex": "#2e7d32"})]),
          fa("Музыка", [("I", "зач", "")]),
          fa("Физическая культура", [("I", "осв", "справка до 30.11")])]
    f2 = [fa("Математика", [("I", "3", "")]),
          fa("Русский язык", [("I", "4", "")]),
          fa("Английский язык", [("I", "н/а", "пропущено более 50% уроков")]),
          fa("Музыка", [("I", "5", "", {"convert": 5})]),
          fa("Физическая культура", [("I", "5", "")])]
    step("06 getfinalassessments after quarter I: 65001 (students as an object) with 5-/4+ (convert), зач, осв with "
         "a comment; 65002 (students as an array) with н/а [A.3 Final assessment, A.5 E4, A.1, A.6]",
         [rec("getfinalassessments?student=65001&" + Q, finals("65001", f1), "2025-11-06T10:00:00+03:00"),
          rec("getfinalassessments?student=65002&" + Q, finals("65002", f2, as_array=True),
              "2025-11-06T10:00:01+03:00")])

    # 07 the teacher corrects a final: 65002 Математика I 3 -> 4 ("исправлено"), Английский язык н/а -> 3
    f2b = [fa("Математика", [("I", "4", "исправлено после пересдачи")]),
           fa("Русский язык", [("I", "4", "")]),
           fa("Английский язык", [("I", "3", "аттестован после консультаций")]),
           fa("Музыка", [("I", "5", "", {"convert": 5})]),
           fa("Физическая культура", [("I", "5", "")])]
    step("07 getfinalassessments for 65002 again a week later: two finals corrected (Математика 3 -> 4, Английский "
         "язык н/а -> 3); the same request, so the later answer is the journal's state [A.3 Final assessment]",
         [rec("getfinalassessments?student=65002&" + Q, finals("65002", f2b, as_array=True),
              "2025-11-13T10:00:00+03:00")])

    # 08 10А: getmarks over exactly half-year 1, and finals with the half-year, year and exam columns
    m3 = [lesson_row("Алгебра", "3.6", 4, [mk("4", "20251110", "941020", mtype=KR, weight=2, in_marks=True),
                                          mk("3", "20251124", "941088", mtype=RU, in_marks=True),
                                          mk("3", "20251215", "941150", mtype=SR, wf="1.5", in_marks=True)]),
          lesson_row("Литература", "4.75", 5, [mk("5", "20251201", "941101", mtype=(6, "СОЧ", "Сочинение"), weight=3,
                                                  in_marks=True),
                                               mk("4", "20251227", "941190", mtype=RU, in_marks=True)]),
          lesson_row("Физика", "4.00", 4, [mk("4", "20250901", "940001", mtype=RU, in_marks=True)]),
          lesson_row("Индивидуальный проект", "", 0, [])]
    f3 = [fa("Алгебра", [("1", "4", ""), ("Г", "4", ""), ("Э", "5", "", {"convert": 5})]),
          fa("Литература", [("1", "5", ""), ("Г", "5-", "", {"convert": 5})]),
          fa("Физика", [("1", "4", ""), ("Г", "4", ""), ("Э", "4+", "", {"convert": 4})]),
          fa("Физическая культура", [("1", "осв", "освобождение по справке"), ("Г", "зач", "")]),
          fa("Индивидуальный проект", [("1", "зач", ""), ("Г", "зач", "")])]
    step("08 10А pupil 65003 (half-years): getmarks over exactly half-year 1 (days=20250901-20251227) with marks on "
         "its first and last day; getfinalassessments with the half-year 1, year Г and exam Э columns, text "
         "finals осв/зач and 5-/4+ [A.3 SubjectMarks, Final assessment, A.4]",
         [rec("getmarks?student=65003&days=20250901-20251227&" + Q, getmarks("65003", m3),
              "2025-12-28T12:00:00+03:00"),
          rec("getfinalassessments?student=65003&" + Q, finals("65003", f3), "2025-12-28T12:00:05+03:00")])

    # 09 65001: quarter II getmarks over a span shorter than the period (a bare span), then finals of quarter II
    m4 = [lesson_row("Математика", "4.67", 5, [mk("5", "20251110", "932010", mtype=KR, weight=2, in_marks=True),
                                              mk("4", "20251117", "932055", mtype=RU, in_marks=True)]),
          lesson_row("Русский язык", "4", 4, [mk("4", "20251112", "932030", mtype=RU, in_marks=True)])]
    f4 = f1[:1] + [fa("Русский язык", [("I", "5-", "", {"convert": 5}), ("II", "5", "")])] + f1[2:]
    f4[0] = fa("Математика", [("I", "4", ""), ("II", "5", "")])
    step("09 65001 in quarter II: getmarks over 20251105-20251120 (a span inside quarter II, not the whole period) "
         "and getfinalassessments with quarter II columns added beside quarter I [A.3 SubjectMarks, Final assessment]",
         [rec("getmarks?student=65001&days=20251105-20251120&" + Q, getmarks("65001", m4),
              "2025-12-29T12:00:00+03:00"),
          rec("getfinalassessments?student=65001&" + Q, finals("65001", f4), "2025-12-29T12:00:05+03:00")])

    # 10 65002 in quarter II: getmarks over exactly quarter II (a mark on its first day), finals with II beside I
    m5 = [lesson_row("Математика", "3.75", 4, [mk("4", "20251105", "932001", mtype=RU, in_marks=True),
                                              mk("3", "20251119", "932070", mtype=KR, weight=2, in_marks=True,
                                                 comment="Ошибка в задаче 2"),
                                              mk("5", "20251226", "932190", mtype=DZ, wf="0.5", in_marks=True)]),
          lesson_row("Русский язык", "4.20", 4, [mk("4", "20251112", "932030", mtype=RU, in_marks=True),
                                                 mk("5-", "20251205", "932120", convert=5, countas="4.75",
                                                    mtype=SR, in_marks=True)]),
          lesson_row("Английский язык", "", 0, []),
          lesson_row("Музыка", "5", 5, [mk("5", "20251203", "932110", mtype=RU, in_marks=True)])]
    f5 = [fa("Математика", [("I", "4", "исправлено после пересдачи"), ("II", "4-", "", {"convert": 4})]),
          fa("Русский язык", [("I", "4", ""), ("II", "4", "")]),
          fa("Английский язык", [("I", "3", "аттестован после консультаций"), ("II", "", "")]),
          fa("Музыка", [("I", "5", "", {"convert": 5}), ("II", "зач", "")]),
          fa("Физическая культура", [("I", "5", ""), ("II", "5", "")])]
    step("10 65002 after quarter II: getmarks over exactly quarter II (days=20251105-20251228; a mark on its first "
         "day, an empty average); getfinalassessments with quarter II beside I (4-, зач, and an empty value: no "
         "final yet) [A.3 SubjectMarks, Final assessment, A.6 \"\" phantom]",
         [rec("getmarks?student=65002&days=20251105-20251228&" + Q, getmarks("65002", m5),
              "2025-12-29T13:00:00+03:00"),
          rec("getfinalassessments?student=65002&" + Q, finals("65002", f5, as_array=True),
              "2025-12-29T13:00:05+03:00")])

    # 11 a second 10А pupil, 65004: rules, periods, half-year 1 marks and finals with the exam column
    m6 = [lesson_row("Алгебра", "2.50", 3, [mk("2", "20250901", "941001", mtype=KR, weight=2, in_marks=True,
                                              comment="Входная контрольная"),
                                           mk("3", "20251227", "941195", mtype=RU, wf="1.5", in_marks=True)]),
          lesson_row("Литература", "4", 4, [mk("4", "20251201", "941101", mtype=(6, "СОЧ", "Сочинение"), weight=3,
                                               in_marks=True)]),
          lesson_row("Физика", "3.33", 3, [mk("3", "20251010", "940200", mtype=RU, in_marks=True),
                                          mk("4-", "20251024", "940260", convert=4, countas="3.75", mtype=SR,
                                             in_marks=True)]),
          lesson_row("Физическая культура", "", 0, [mk("осв", "20251015", "940230", count=False, convert=0,
                                                      countas="0", weight=0, wf=0, in_marks=True)])]
    f6 = [fa("Алгебра", [("1", "3", "", {"convert": 3}), ("Г", "3", ""), ("Э", "3", "")]),
          fa("Литература", [("1", "4", ""), ("Г", "4", ""), ("Э", "зач", "устный экзамен")]),
          fa("Физика", [("1", "3+", "", {"convert": 3}), ("Г", "", "")]),
          fa("Физическая культура", [("1", "осв", ""), ("Г", "осв", "")])]
    step("11 a second 10А pupil (65004, parent 66004): getrules, getperiods (half-years), getmarks over exactly "
         "half-year 1 (marks on its first and last day; a non-counting осв), getfinalassessments with 1, Г and the "
         "exam column Э (3+, зач, осв; an empty year value) [A.3 getrules, Period, SubjectMarks, Final assessment]",
         [rec("getrules?" + Q, getrules("66004"), "2025-12-30T09:00:00+03:00"),
          rec("getperiods?student=65004&weeks=__yes&show_disabled=__yes&" + Q,
              ok({"students": [{"name": "65004", "title": PUPILS["65004"][0], "periods": HALVES}]}),
              "2025-12-30T09:00:01+03:00"),
          rec("getmarks?student=65004&days=20250901-20251227&" + Q, getmarks("65004", m6),
              "2025-12-30T09:00:02+03:00"),
          rec("getfinalassessments?student=65004&" + Q, finals("65004", f6), "2025-12-30T09:00:03+03:00")])

    # 12 the sync job re-sends step 04's answer for 65001 unchanged (a retry)
    step("12 a retry: step 04's getmarks answer for 65001 pushed again, unchanged (the same request and body) "
         "[A.3 SubjectMarks]", [dict(steps[3]["batches"][0][0], pulled_at="2025-12-30T10:00:00+03:00")])

    # 13 finals asked with the current year's days (some clients add days), pulled later: a new subject's final
    f7 = f3 + [fa("Обществознание", [("1", "4", "", {"convert": 4})])]
    step("13 getfinalassessments for 65003 asked with days=20250901-20260531 (this school year; some clients add "
         "days), pulled later: the same finals plus Обществознание 1 = 4 set since [A.2 getfinalassessments "
         "(some add days), A.3 Final assessment]",
         [rec("getfinalassessments?student=65003&days=20250901-20260531&" + Q, finals("65003", f7),
              "2026-01-10T10:00:00+03:00")])

    journey = {"vendor": "elzhur",
               "description": "Школа № 15 (vendor sch15), 6В in quarters and 10А in half-years, 2025/26: the final "
                              "grades view and the journal's own figures. All values invented; shapes from the "
                              "reference Part A and the client models of Part C.",
               "steps": steps}
    with open(os.path.join(HERE, "journey.json"), "w", encoding="utf-8") as fh:
        fh.write("{\n \"vendor\": \"elzhur\",\n \"description\": " + json.dumps(journey["description"], ensure_ascii=False)
                 + ",\n \"steps\": [\n")
        for i, s in enumerate(steps):
            fh.write("  {\"name\": " + json.dumps(s["name"], ensure_ascii=False) + ",\n   \"batches\": [\n")
            for j, b in enumerate(s["batches"]):
                fh.write("    [\n" + ",\n".join("     " + json.dumps(r, ensure_ascii=False) for r in b) + "\n    ]"
                         + ("," if j < len(s["batches"]) - 1 else "") + "\n")
            fh.write("   ]}" + ("," if i < len(steps) - 1 else "") + "\n")
        fh.write(" ]\n}\n")


if __name__ == "__main__":
    main()
