#!/usr/bin/env python3
"""Generate journey.json for the fourth Eljur corpus (Лицей № 3, vendor lic3, classes 8А and 8Б, December 2025,
quarters). Standard library only, deterministic. Shapes from /work/shared/reference/elzhur_mesh.md Part A and the
client models of its Part C; every value is invented."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "devkey=3f2b9c0d4e5a6b7c8d9e0f1a2b3c4d5e"
TOK = "auth_token=tok-lic3-parent"
RULES = ["getdiary", "getfinalassessments", "gethomework", "getmarks", "getperiods", "getschedule"]
SCHOOL = [{"title": "Лицей № 3", "title_full": "МБОУ «Лицей № 3» г. Твери", "number": "3", "inn": "6950000303",
           "kpp": "695001001"}]
T = {"8А": ("Кольцова Лидия Павловна", "Кольцова", "Лидия", "Павловна", "52101"),
     "8Б": ("Рябинина Светлана Олеговна", "Рябинина", "Светлана", "Олеговна", "52102")}
TEACH = {"Алгебра": ("Фомина Вера Ильинична", "301"), "Физика": ("Гусев Тимофей Аркадьевич", "310"),
         "История": ("Орехов Денис Маратович", "112"), "Физическая культура": ("Белых Артур Ринатович", None)}
RU = {"8А": ("Кольцова Лидия Павловна", "204"), "8Б": ("Рябинина Светлана Олеговна", "206")}
DAY_8A = [["Алгебра", "Русский язык", "Физика", "История"],
          ["Русский язык", "Алгебра", "Физическая культура", "Физика"],
          ["История", "Алгебра", "Русский язык", "Физика"],
          ["Физика", "Русский язык", "Алгебра", "Физическая культура"],
          ["Алгебра", "История", "Русский язык", "Физика"]]
DAY_8B = [d[1:] + d[:1] for d in DAY_8A]
BELLS = [("08:30", "09:15"), ("09:25", "10:10"), ("10:30", "11:15"), ("11:25", "12:10")]
WEEK_A = ["20251208", "20251209", "20251210", "20251211", "20251212"]
WEEK_B = ["20251215", "20251216", "20251217", "20251218", "20251219"]
TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница"]
WEEK_V = ["20251229", "20251230", "20251231", "20260101", "20260102"]
PUPILS = {"48001": ("Иванова Анна", "Иванова", "Анна", "female"), "48002": ("Иванова Анна", "Иванова", "Анна", "female"),
          "48003": ("Петров Илья", "Петров", "Илья", "male"), "48005": ("Петров Илья", "Петров", "Илья", "male"), "48004": ("Сидоров Марк", "Сидоров", "Марк", "male")}
TOPICS = {"Алгебра": "Квадратные уравнения", "Физика": "Электрический ток", "История": "Эпоха Петра I",
          "Русский язык": "Односоставные предложения", "Физическая культура": None}


def ok(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


def group(cls):
    n, last, first, mid, tid = T[cls]
    return {"rules": ["getschedule", "gethomework"], "rel": "homeclass", "name": cls, "parallel": 8, "balls": 5,
            "hometeacher_id": tid, "hometeacher_name": n, "hometeacher_lastname": last,
            "hometeacher_firstname": first, "hometeacher_middlename": mid}


def parent_rules(uid, title, kids):
    students = {sid: {"rules": RULES, "rel": "child", "name": sid, "title": PUPILS[sid][0], "lastname": PUPILS[sid][1],
                      "firstname": PUPILS[sid][2], "gender": PUPILS[sid][3], "class": cls, "parallel": "8",
                      "city": "Тверь"} for sid, cls in kids}
    groups = {cls: group(cls) for _, cls in kids}
    last, first, mid = title.split()
    return ok({"roles": ["parent"], "relations": {"students": students, "groups": groups, "schools": SCHOOL},
               "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages"], "id": uid, "name": uid,
               "title": title, "lastname": last, "firstname": first, "middlename": mid, "gender": "female",
               "email": "", "region": "Тверская область", "city": "Тверь", "vendor": "lic3", "vendor_id": 6903})


def student_rules(sid, cls):
    return ok({"roles": ["student"], "relations": {"groups": {cls: group(cls)}, "schools": SCHOOL},
               "allowedSections": ["diary", "marks", "finalmarks", "schedule", "messages", "updates"], "id": sid,
               "name": sid, "title": PUPILS[sid][0], "lastname": PUPILS[sid][1], "firstname": PUPILS[sid][2],
               "gender": PUPILS[sid][3], "email": "", "region": "Тверская область", "city": "Тверь",
               "vendor": "lic3", "vendor_id": 6903})


def lesson_id(cls, day, num):
    week = 0 if day in WEEK_A else 1
    return str((700000 if cls == "8А" else 710000) + week * 100 + (WEEK_A + WEEK_B).index(day) % 5 * 10 + num)


def item(cls, day, num, rings=True, older=False):
    subj = (DAY_8A if cls == "8А" else DAY_8B)[(WEEK_A + WEEK_B).index(day) % 5][num - 1]
    teacher, room = RU[cls] if subj == "Русский язык" else TEACH[subj]
    lid = lesson_id(cls, day, num)
    it = {"num": num if older else str(num), "name": subj, "room": room, "teacher": teacher,
          "sort": num * 100, "lesson_id": int(lid) if older else lid,
          "topic": TOPICS[subj], "is_control": False, "homework": [] if older else {}, "files": [], "resources": [],
          "payload_id": None, "payload_name": None, "payload_type": None, "payload_course_id": None}
    if rings:
        it["starttime"], it["endtime"] = BELLS[num - 1][0] + ":00", BELLS[num - 1][1] + ":00"
    return it


def mark(value, date, lid, nm="1", weight=1, count=True, ctype="Работа на уроке", cshort="РУ", comment="",
         wf=None, older=False, convert=None):
    absent = value in ("н", "Н", "оп", "ОП")
    conv = 0 if absent or not count else (convert if convert is not None else int(value[0]))
    m = {"value": value, "countas": 0 if absent and older else str(conv), "count": count,
         "convert": conv, "weight": weight,
         "weight_float": wf if wf is not None else (f"{weight}.0" if older else weight), "control_type": ctype,
         "control_type_short": cshort, "date": f"{date[:4]}-{date[4:6]}-{date[6:]}",
         "lesson_id": int(lid) if older else lid, "nm": int(nm) if older else nm, "comment": comment,
         "color_hex": None, "color": "#2e7d32" if count else "#9e9e9e"}
    return m


def hw(hid, value, individual=False, older=False):
    return {"id": int(hid), "value": value, "individual": individual}


def diary(sid, cls, days, marks=None, homework=None, files=None, rings=True, older=False, order=None, extra=None,
          items_list=False):
    """One pupil's getdiary result. marks: {(day,num): [mark]}, homework: {(day,num): [hw]}."""
    out = {}
    for day in days:
        items = {}
        nums = order or [1, 2, 3, 4]
        for num in nums:
            it = item(cls, day, num, rings, older)
            for h in (homework or {}).get((day, num), []):
                if older:
                    it["homework"] = {} if it["homework"] == [] else it["homework"]
                it["homework"][str(h["id"])] = h
            it["files"] = (files or {}).get((day, num), [])
            if (day, num) in (marks or {}):
                it["assessments"] = marks[(day, num)]
            items[str(num)] = it
        out[day] = {"name": day, "title": TITLES[(WEEK_A + WEEK_B).index(day) % 5],
                    "items": list(items.values()) if items_list else items}
    s = {"name": sid, "title": PUPILS[sid][0], "parent_signed": False, "days": out}
    if extra:
        s.update(extra)
    return ok({"students": {sid: s}})


def schedule(cls, days, rings=True):
    out = {}
    for day in days:
        out[day] = {"name": day, "title": TITLES[(WEEK_A + WEEK_B).index(day) % 5],
                    "items": [item(cls, day, n, rings) for n in (1, 2, 3, 4)]}
    return ok({"days": out})


def class_hw(cls, tasks):
    """tasks: [(day, num, hw, files)] -> gethomework by class (top-level days)."""
    out = {}
    for day, num, h, fl in tasks:
        d = out.setdefault(day, {"name": day, "title": TITLES[(WEEK_A + WEEK_B).index(day) % 5], "items": []})
        subj = (DAY_8A if cls == "8А" else DAY_8B)[(WEEK_A + WEEK_B).index(day) % 5][num - 1]
        d["items"].append({"name": subj, "grp": None, "homework": {str(h["id"]): h}, "files": fl})
    return ok({"days": out})


LID = lesson_id
A = "20251208-20251212"
B = "20251215-20251219"
LONG_RU = ("Упр. 214 (письменно).\r\nВыписать из текста «Зимнее утро» все односоставные предложения, определить их "
           "тип — определённо-личные, неопределённо-личные, безличные, назывные;\r\n\r\nпо желанию: сочинение-"
           "миниатюра (5–7 предложений) «Мой декабрь», не забыть про «ё» и тире!")
LONG_COMMENT = ("Работа выполнена неаккуратно: в задачах № 2 и № 3 не записаны единицы измерения (Ом, В, А), "
                "в № 4 перепутаны формулы последовательного и параллельного соединения.\r\nПерепишите работу "
                "в тетради для исправлений и сдайте до пятницы; при повторной ошибке оценка не изменится. "
                "Консультация — вторник, 14:30, каб. 310.")


def main():
    steps = []

    def step(name, *batches):
        steps.append({"name": name, "batches": [list(b) for b in batches]})

    # 01 getrules: four parents, one pupil's own student login; two pupils both named "Иванова Анна"
    step("01 getrules: parents 62001..62004 (48001 and 48002 are both 'Иванова Анна' in 8А); 48001 also signs in "
         "herself (roles student); full URL forms with devkey/auth_token/out_format in the query [A.1, A.3 getrules]",
         [rec("getrules", parent_rules("62001", "Иванова Ольга Сергеевна", [("48001", "8А")]), "2025-12-07T18:00:00+03:00"),
          rec(f"https://lic3.eljur.ru/apiv3/getrules?{DEV}&vendor=lic3&{TOK}&out_format=json",
              parent_rules("62002", "Иванова Марина Игоревна", [("48002", "8А")]), "2025-12-07T18:00:05+03:00"),
          rec("getrules", parent_rules("62003", "Петрова Елена Юрьевна", [("48003", "8А")]), "2025-12-07T18:00:10+03:00"),
          rec("getrules", parent_rules("62004", "Сидорова Дина Рашидовна", [("48004", "8Б")]), "2025-12-07T18:00:15+03:00"),
          rec(f"https://api.eljur.ru/apiv3/getrules?vendor=lic3&{DEV}&auth_token=tok-lic3-48001&out_format=json",
              student_rules("48001", "8А"), "2025-12-07T18:00:20+03:00")])

    periods = [{"name": "1", "fullname": "1 четверть", "start": "20250901", "end": "20251026", "disabled": False,
                "ambigious": None, "weeks": []},
               {"name": "2", "fullname": "2 четверть", "start": "20251105", "end": "20251228", "disabled": False,
                "ambigious": None, "weeks": [{"start": "20251208", "end": "20251214", "title": "08.12 - 14.12"},
                                             {"start": "20251215", "end": "20251221", "title": "15.12 - 21.12"}]},
               {"name": "3", "fullname": "3 четверть", "start": "20260112", "end": "20260322", "disabled": False,
                "ambigious": None, "weeks": []},
               {"name": "4", "fullname": "4 четверть", "start": "20260401", "end": "20260529", "disabled": False,
                "ambigious": None, "weeks": []},
               {"name": "Г", "fullname": "Годовая", "start": "", "end": "", "disabled": False, "ambigious": True,
                "weeks": []}]
    step("02 getperiods: quarters named \"1\"..\"4\" (digits as names) + year column Г; students as an array "
         "[A.3 Period, A.4]",
         [rec("getperiods?student=48002&weeks=__yes",
              ok({"students": [{"name": "48002", "title": "Иванова Анна", "periods": periods}]}),
              "2025-12-07T18:01:00+03:00")])

    # week A marks
    mA1 = {("20251208", 1): [mark("5", "20251208", LID("8А", "20251208", 1), weight=3, ctype="Контрольная работа",
                                  cshort="КР")],
           ("20251210", 4): [mark("4", "20251210", LID("8А", "20251210", 4), wf="0.5",
                                  ctype="Самостоятельная работа", cshort="СР")],
           ("20251211", 3): [mark("нз", "20251211", LID("8А", "20251211", 2) if False else LID("8А", "20251211", 2),
                                  count=False, weight=0, wf=0, ctype="Зачёт", cshort="З",
                                  comment="Не сдан словарный зачёт")],
           ("20251212", 2): [mark("Н", "20251212", LID("8А", "20251212", 2), weight=0, wf=0, count=False,
                                  ctype="", cshort="")]}
    # (the нз sits on Thu #2 Русский язык: fix the key)
    mA1[("20251211", 2)] = mA1.pop(("20251211", 3))
    mA2_old = {("20251208", 1): [mark("3", "20251208", LID("8А", "20251208", 1), weight=3, ctype="Контрольная работа",
                                      cshort="КР")],
               ("20251209", 1): [mark("3+", "20251209", LID("8А", "20251209", 1), convert=3)],
               ("20251210", 4): [mark("2", "20251210", LID("8А", "20251210", 4), wf="0.5",
                                      ctype="Самостоятельная работа", cshort="СР", comment=LONG_COMMENT)],
               ("20251211", 4): [mark("оп", "20251211", LID("8А", "20251211", 4), weight=0, wf=0, count=False,
                                      ctype="", cshort="")]}
    mA3 = {("20251208", 1): [mark("4", "20251208", LID("8А", "20251208", 1), weight=3, ctype="Контрольная работа",
                                  cshort="КР")],
           ("20251208", 4): [mark("5", "20251208", LID("8А", "20251208", 4))]}
    mA4 = {("20251208", 4): [mark("2", "20251208", LID("8Б", "20251208", 4), weight=2, ctype="Контрольная работа",
                                  cshort="КР", older=True),
                             mark("5", "20251208", LID("8Б", "20251208", 4), nm="2", older=True)],
           ("20251210", 2): [mark("н", "20251210", LID("8Б", "20251210", 2), weight=0, count=False, ctype="",
                                  cshort="", older=True)],
           ("20251211", 4): [mark("5-", "20251211", LID("8Б", "20251211", 4), weight=2, ctype="Лабораторная работа",
                                  cshort="ЛР", older=True, convert=5)]}
    # week A homework: class 8А answers + the same tasks in the diaries; an individual task for 48002 only
    f_phys = [{"toid": 5601003, "filename": "Таблица удельных сопротивлений.pdf",
               "link": "https://lic3.eljur.ru/files/a1b2c3"}]
    hA = {("20251208", 1): [hw(5601001, "№ 512, 514 (б, г)")],
          ("20251210", 4): [hw(5601003, "§ 37, упр. 25 (1–3)")],
          ("20251211", 2): [hw(5601004, LONG_RU)]}
    hA2 = dict(hA)
    hA2[("20251209", 1)] = [hw(5601090, "Индивидуально: работа над ошибками диктанта, правила на с. 112", True)]
    fA = {("20251210", 4): f_phys}
    hA4 = {("20251208", 4): [hw("5601101", "№ 520, 523", older=True)]}
    fA4 = {("20251208", 4): [{"toid": 5601101, "filename": "Образец решения.jpg",
                              "link": "https://lic3.eljur.ru/files/d4e5f6"}]}
    step("03 week A (2025-12-08..12): class schedules of 8А and 8Б (rings=__yes), four diaries, class homework. 48001's "
         "diary in the full apiv3 URL with transport params; 48002's items keyed out of order; 48004's from an 'older "
         "server' (num/lesson_id/nm as numbers, weight_float as a numeric string \"2.0\", countas 0 as a number, "
         "homework [] when empty); marks 5 w3, 4 with weight_float \"0.5\", нз, Н, оп, 3+, a long comment with CRLF "
         "[A.1, A.3, A.4, A.6]",
         [rec(f"getschedule?class=8А&days={A}&rings=__yes", schedule("8А", WEEK_A), "2025-12-12T19:00:00+03:00"),
          rec(f"getschedule?class=8Б&days={A}&rings=__yes", schedule("8Б", WEEK_A), "2025-12-12T19:00:05+03:00"),
          rec(f"https://lic3.eljur.ru/apiv3/getdiary?{DEV}&vendor=lic3&{TOK}&out_format=json&student=48001&days={A}"
              f"&rings=__yes", diary("48001", "8А", WEEK_A, mA1, hA, fA), "2025-12-12T19:01:00+03:00"),
          rec(f"getdiary?student=48002&days={A}&rings=__yes",
              diary("48002", "8А", WEEK_A, mA2_old, hA2, fA, order=[3, 1, 4, 2]), "2025-12-12T19:01:05+03:00"),
          rec(f"getdiary?student=48003&days={A}&rings=__yes", diary("48003", "8А", WEEK_A, mA3, hA, fA),
              "2025-12-12T19:01:10+03:00"),
          rec(f"getdiary?student=48004&days={A}&rings=__yes",
              diary("48004", "8Б", WEEK_A, mA4, hA4, fA4, older=True), "2025-12-12T19:01:15+03:00"),
          rec(f"gethomework?class=8А&days={A}",
              class_hw("8А", [("20251208", 1, hA[("20251208", 1)][0], []),
                              ("20251210", 4, hA[("20251210", 4)][0], f_phys),
                              ("20251211", 2, hA[("20251211", 2)][0], [])]), "2025-12-12T19:02:00+03:00")])

    # 04 48003 moves to 8Б: 62003's getrules now says 8Б
    step("04 getrules again on 2025-12-14: 48003 (Петров Илья) now in 8Б (pupil moves class mid-year); 62004 "
         "unchanged [A.3 getrules class]",
         [rec("getrules", parent_rules("62003", "Петрова Елена Юрьевна", [("48003", "8Б")]), "2025-12-14T12:00:00+03:00"),
          rec("getrules", parent_rules("62004", "Сидорова Дина Рашидовна", [("48004", "8Б")]),
              "2025-12-14T12:00:05+03:00")])

    # week B
    mB1 = {("20251215", 1): [mark("4", "20251215", LID("8А", "20251215", 1))]}
    mB3 = {("20251215", 3): [mark("5", "20251215", LID("8Б", "20251215", 3), ctype="Ответ у доски", cshort="ОД")]}
    hB_alg_a = hw(5602001, "№ 540–542; повторить формулу дискриминанта")
    hB_alg_b = hw(5602101, "№ 545, 547 (а)")
    hB_fri_a = hw(5602009, "Подготовиться к контрольной работе по главе «Электрические явления»")
    hB_fri_b = hw(5602109, "Повторить § 35–38, выучить определения")
    step("05 week B (2025-12-15..19): diaries pulled Friday morning (48003's now shows 8Б lessons); class schedules "
         "and class homework pulled Friday evening, with a Friday task set after the diaries were pulled [A.2 by "
         "class, A.3]",
         [rec(f"getdiary?student=48001&days={B}&rings=__yes",
              diary("48001", "8А", WEEK_B, mB1, {("20251215", 1): [hB_alg_a]}), "2025-12-19T08:00:00+03:00"),
          rec(f"getdiary?student=48003&days={B}&rings=__yes",
              diary("48003", "8Б", WEEK_B, mB3, {("20251215", 4): [hB_alg_b]}), "2025-12-19T08:00:10+03:00"),
          rec(f"getdiary?student=48004&days={B}&rings=__yes",
              diary("48004", "8Б", WEEK_B, None, {("20251215", 4): [hw("5602101", hB_alg_b["value"], older=True)]},
                    older=True), "2025-12-19T08:00:15+03:00"),
          rec(f"getschedule?class=8А&days={B}&rings=__yes", schedule("8А", WEEK_B), "2025-12-19T19:00:00+03:00"),
          rec(f"getschedule?class=8Б&days={B}&rings=__yes", schedule("8Б", WEEK_B), "2025-12-19T19:00:05+03:00"),
          rec(f"gethomework?class=8А&days={B}",
              class_hw("8А", [("20251215", 1, hB_alg_a, []), ("20251219", 4, hB_fri_a, [])]),
              "2025-12-19T19:01:00+03:00"),
          rec(f"gethomework?class=8Б&days={B}",
              class_hw("8Б", [("20251215", 4, hB_alg_b, []), ("20251219", 3, hB_fri_b, [])]),
              "2025-12-19T19:01:05+03:00")])

    # 06 correction (pulled 12-20): 48002's Алгебра 3 -> 4 after a re-sit; getmarks of quarter 2 for 48004
    mA2_new = dict(mA2_old)
    mA2_new[("20251208", 1)] = [mark("4", "20251208", LID("8А", "20251208", 1), weight=3, ctype="Контрольная работа",
                                     cshort="КР", comment="Исправлено после пересдачи")]
    marks_q2_new = ok({"students": {"48004": {"name": "48004", "title": "Сидоров Марк", "lessons": [
        {"name": "Алгебра", "average": "4.25", "averageConvert": 4, "lesson_id": "1301", "color_hex": None,
         "marks": [{**mark("4", "20251208", LID("8Б", "20251208", 4), weight=2, ctype="Контрольная работа",
                           cshort="КР", comment="Исправлено: ошибка при выставлении"),
                    "lesson_comment": "Квадратные уравнения", "max_mark": None,
                    "mtype": {"id": 3, "short": "КР", "type": "Контрольная работа"}},
                   {**mark("5", "20251208", LID("8Б", "20251208", 4), nm="2"), "lesson_comment": None,
                    "max_mark": None, "mtype": {"id": 1, "short": "РУ", "type": "Работа на уроке"}},
                   {**mark("3", "20251118", "711999", ctype="Самостоятельная работа", cshort="СР"),
                    "lesson_comment": None, "max_mark": None,
                    "mtype": {"id": 2, "short": "СР", "type": "Самостоятельная работа"}}]},
        {"name": "Русский язык", "average": "", "averageConvert": 0, "lesson_id": "1302", "color_hex": None,
         "marks": [{**mark("н", "20251210", LID("8Б", "20251210", 2), weight=0, wf=0, count=False, ctype="",
                           cshort=""), "lesson_comment": None, "max_mark": None}]},
        {"name": "Физика", "average": "5.00", "averageConvert": 5, "lesson_id": "1303", "color_hex": None,
         "marks": [{**mark("5-", "20251211", LID("8Б", "20251211", 4), weight=2, ctype="Лабораторная работа",
                           cshort="ЛР", convert=5), "lesson_comment": "Электрический ток", "max_mark": None,
                    "mtype": {"id": 5, "short": "ЛР", "type": "Лабораторная работа"}}]}]}}})
    step("06 re-pull on 2025-12-20: 48002's Алгебра 3 -> 4 after a re-sit (same lesson_id/nm, a comment); getmarks of "
         "quarter 2 for 48004 (a November mark only here) [A.3 Assessment, SubjectMarks]",
         [rec(f"getdiary?student=48002&days={A}&rings=__yes",
              diary("48002", "8А", WEEK_A, mA2_new, hA2, fA, order=[3, 1, 4, 2]), "2025-12-20T10:00:00+03:00"),
          rec("getmarks?student=48004&days=20251105-20251228", marks_q2_new, "2025-12-20T10:00:05+03:00")])

    # 07 stale answers delivered late (a retry queue): pulled 12-16/12-17, pushed after the 12-20 answers
    marks_q2_old = ok({"students": {"48004": {"name": "48004", "title": "Сидоров Марк", "lessons": [
        {"name": "Алгебра", "average": "3.40", "averageConvert": 4, "lesson_id": "1301", "color_hex": None,
         "marks": [{**mark("2", "20251208", LID("8Б", "20251208", 4), weight=2, ctype="Контрольная работа",
                           cshort="КР"), "lesson_comment": "Квадратные уравнения", "max_mark": None,
                    "mtype": {"id": 3, "short": "КР", "type": "Контрольная работа"}},
                   {**mark("5", "20251208", LID("8Б", "20251208", 4), nm="2"), "lesson_comment": None,
                    "max_mark": None, "mtype": {"id": 1, "short": "РУ", "type": "Работа на уроке"}},
                   {**mark("3", "20251118", "711999", ctype="Самостоятельная работа", cshort="СР"),
                    "lesson_comment": None, "max_mark": None,
                    "mtype": {"id": 2, "short": "СР", "type": "Самостоятельная работа"}}]},
        {"name": "Русский язык", "average": "", "averageConvert": 0, "lesson_id": "1302", "color_hex": None,
         "marks": [{**mark("н", "20251210", LID("8Б", "20251210", 2), weight=0, wf=0, count=False, ctype="",
                           cshort=""), "lesson_comment": None, "max_mark": None}]},
        {"name": "Физика", "average": "5.00", "averageConvert": 5, "lesson_id": "1303", "color_hex": None,
         "marks": [{**mark("5-", "20251211", LID("8Б", "20251211", 4), weight=2, ctype="Лабораторная работа",
                           cshort="ЛР", convert=5), "lesson_comment": "Электрический ток", "max_mark": None,
                    "mtype": {"id": 5, "short": "ЛР", "type": "Лабораторная работа"}}]}]}}})
    step("07 OUT OF ORDER: answers pulled on 2025-12-16/17 arrive after the 2025-12-20 answers (a sync job's retry "
         "queue): 48002's diary still with Алгебра 3; 48004's getmarks with the Алгебра mark as 2 and average 3.40. "
         "The newer pulls must stand [A.3; hub README request envelope pulled_at]",
         [rec(f"getdiary?student=48002&days={A}&rings=__yes",
              diary("48002", "8А", WEEK_A, mA2_old, hA2, fA, order=[3, 1, 4, 2]), "2025-12-16T07:00:00+03:00"),
          rec("getmarks?student=48004&days=20251105-20251228", marks_q2_old, "2025-12-17T07:00:00+03:00")])

    # 08 quarter 1 marks/averages and finals
    def q1(sid, lessons):
        return ok({"students": {sid: {"name": sid, "title": PUPILS[sid][0], "lessons": lessons}}})

    def sm(name, avg, marks):
        return {"name": name, "average": avg, "averageConvert": 4, "lesson_id": {"Алгебра": "1201", "Физика": "1203",
                                                                                  "История": "1204"}[name],
                "color_hex": None, "marks": [{**m, "lesson_comment": None, "max_mark": None,
                                              "mtype": {"id": "1", "short": m["control_type_short"],
                                                        "type": m["control_type"]}} for m in marks]}
    finals = {
        "48001": [{"name": "Алгебра", "assessments": [{"period": "1", "value": "5", "comment": "", "convert": 5}]},
                  {"name": "Физика", "assessments": [{"period": "1", "value": "4", "comment": "", "convert": 4}]},
                  {"name": "История", "assessments": [{"period": "1", "value": "5", "comment": "", "convert": 5}]}],
        "48002": [{"name": "Алгебра", "assessments": [{"period": "1", "value": "3", "comment": "", "convert": 3}]},
                  {"name": "Физика", "assessments": [{"period": "1", "value": "4", "comment": "", "convert": 4}]},
                  {"name": "Физическая культура",
                   "assessments": [{"period": "1", "value": "осв", "comment": "справка до 30.12", "convert": None}]}],
    }
    step("08 quarter 1: getmarks over 20250901-20251026 (averages \"4.00\" and \"4.67\", mtype.id as a string) and "
         "getfinalassessments with period \"1\"; 48001's via https://api.eljur.ru/api/ with vendor= [A.1 hosts, A.3 "
         "SubjectMarks, Final assessment]",
         [rec("getmarks?student=48001&days=20250901-20251026",
              q1("48001", [sm("Алгебра", "4.67", [mark("5", "20250915", "690011", ctype="Контрольная работа",
                                                        cshort="КР", weight=2),
                                                   mark("4", "20251006", "690012")]),
                           sm("Физика", "4.00", [mark("4", "20250924", "690013", comment="Без вывода")])]),
              "2025-12-20T11:00:00+03:00"),
          rec("getmarks?student=48002&days=20250901-20251026",
              q1("48002", [sm("Алгебра", "3.50", [mark("3", "20250915", "690011", ctype="Контрольная работа",
                                                        cshort="КР", weight=2), mark("4", "20251006", "690012")]),
                           sm("История", "", [mark("", "20251001", "690014", count=False, weight=0, wf=0)])]), "2025-12-20T11:00:05+03:00"),
          rec(f"https://api.eljur.ru/api/getfinalassessments?vendor=lic3&{DEV}&{TOK}&student=48001&out_format=json",
              ok({"students": {"48001": {"name": "48001", "title": "Иванова Анна", "items": finals["48001"]}}}),
              "2025-12-20T11:01:00+03:00"),
          rec("getfinalassessments?student=48002",
              ok({"students": [{"name": "48002", "title": "Иванова Анна", "items": finals["48002"]}]}),
              "2025-12-20T11:01:05+03:00")])

    # 09 last year's history, pushed late: 48001's finals of 2024/25 (same period names 1..4, Г)
    last = [{"name": "Алгебра", "assessments": [{"period": "1", "value": "3", "comment": ""},
                                                {"period": "2", "value": "4", "comment": ""},
                                                {"period": "3", "value": "4", "comment": ""},
                                                {"period": "4", "value": "4", "comment": ""},
                                                {"period": "Г", "value": "4", "comment": ""}]},
            {"name": "История", "assessments": [{"period": "1", "value": "4", "comment": ""},
                                                {"period": "Г", "value": "5", "comment": ""}]}]
    step("09 LATE HISTORY: 48001's finals of 2024/25 (days=20240901-20250531), pushed after this year's; the quarter "
         "names 1..4 and Г are the same as this year's [A.2 getfinalassessments 'some add days', A.4]",
         [rec("getfinalassessments?student=48001&days=20240901-20250531",
              ok({"students": {"48001": {"name": "48001", "title": "Иванова Анна", "items": last}}}),
              "2025-12-20T11:05:00+03:00")])


    # 10 stale class homework: pulled Thursday evening (before the Friday task existed), delivered after step 05
    step("10 OUT OF ORDER: gethomework?class=8А for week B pulled 2025-12-18 20:00 (before the Friday task was set), "
         "delivered after the answer pulled 2025-12-19 19:01 (step 05). It must not withdraw the Friday task [A.3 "
         "homework; see README ambiguity 1]",
         [rec(f"gethomework?class=8А&days={B}", class_hw("8А", [("20251215", 1, hB_alg_a, [])]),
              "2025-12-18T20:00:00+03:00")])

    # 11 a second "Петров Илья" in 8Б (48005), the class 48003 moved into
    mV5a = {("20251208", 4): [mark("3", "20251208", LID("8Б", "20251208", 4), weight=2, ctype="Контрольная работа",
                                   cshort="КР")],
            ("20251210", 3): [mark("ОП", "20251210", LID("8Б", "20251210", 3), weight=0, wf=0, count=False,
                                   ctype="", cshort="")]}
    mV5b = {("20251215", 3): [mark("2", "20251215", LID("8Б", "20251215", 3), ctype="Ответ у доски", cshort="ОД",
                                   comment="Не выучены даты")],
            ("20251217", 1): [mark("5+", "20251217", LID("8Б", "20251217", 1), wf=1.5, ctype="Самостоятельная работа",
                                   cshort="СР")]}
    step("11 a second pupil named 'Петров Илья' (48005, parent 62005) in 8Б, the class 48003 moved into: getrules, "
         "his diaries of both weeks (students as an array; week B items as an array; pulled after 8Б's Friday "
         "Физика task was set, so it lists that task on its lesson) [A.3 getrules, A.1, A.3 Day, A.4]",
         [rec("getrules", parent_rules("62005", "Петрова Анастасия Викторовна", [("48005", "8Б")]),
              "2025-12-20T12:00:00+03:00"),
          rec(f"getdiary?student=48005&days={A}&rings=__yes",
              ok({"students": [diary("48005", "8Б", WEEK_A, mV5a, {("20251208", 4): [hw(5601101, "№ 520, 523")]},
                               {("20251208", 4): [{"toid": 5601101, "filename": "Образец решения.jpg",
                                                   "link": "https://lic3.eljur.ru/files/d4e5f6"}]})
                               ["response"]["result"]["students"]["48005"]]}), "2025-12-20T12:00:05+03:00"),
          rec(f"getdiary?student=48005&days={B}&rings=__yes",
              # pulled 12-20, after the Friday task of 8Б was set (class answer of 12-19 19:01:05): the diary lists it
              # on its lesson (8Б Friday #3 Физика, lesson_id 710143), as A.3 Day / Lesson item `homework` require
              diary("48005", "8Б", WEEK_B, mV5b, {("20251215", 4): [hB_alg_b], ("20251219", 3): [hB_fri_b]},
                    items_list=True),
              "2025-12-20T12:00:10+03:00")])

    # 12 winter vacation in the class schedules (items absent / [])
    def vacation(items):
        days = {}
        for i, day in enumerate(WEEK_V):
            d = {"name": day, "title": TITLES[i], "alert": "vacation",
                 "holiday_name": "Новогодние праздники" if day >= "20260101" else "Зимние каникулы"}
            if items is not None:
                d["items"] = items
            days[day] = d
        return ok({"days": days})
    step("12 winter vacation: getschedule by class for 2025-12-29..2026-01-02, every day alert vacation with a "
         "holiday_name that changes on 1 January; items absent (8А) or [] (8Б) [A.3 Day]",
         [rec("getschedule?class=8А&days=20251229-20260104&rings=__yes", vacation(None), "2025-12-27T10:00:00+03:00"),
          rec("getschedule?class=8Б&days=20251229-20260104&rings=__yes", vacation([]), "2025-12-27T10:00:05+03:00")])

    journey = {"vendor": "elzhur",
               "description": "Лицей № 3 (vendor lic3), classes 8А and 8Б, December 2025, quarters named 1..4; two "
                              "pupils with the same name, a pupil moving from 8А to 8Б, a pupil's own login next to "
                              "the parent's, an older-server answer with numbers and strings swapped, answers pulled "
                              "earlier arriving later, and last year's finals pushed late. All values invented; shapes "
                              "from the reference Part A and the client models of Part C.",
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
