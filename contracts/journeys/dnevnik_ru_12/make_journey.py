"""Dnevnik.ru journey 12: text and values exactly as the vendor wrote them. Standard library, deterministic.

Writes journey.json: one class (7Б), one week (2026-04-06 .. 2026-04-10), every record a request envelope
(hub README "The vendor adapters") with pulled_at. Every name, id and text is invented.
"""
import json
from pathlib import Path

SCHOOL = 1000002960012
GROUP = 2260325488562000701
TZ = "+03:00"


def s(n):
    return str(n)


def pulled(day, hm):
    return f"2026-04-{day:02d}T{hm}:00{TZ}"


P1, P2, P3 = 1000012960001, 1000012960002, 2260325488562100003
PUPILS = [
    {"id": P1, "userId": None, "firstName": "Алёна", "lastName": "Ёжикова", "middleName": None,
     "shortName": "Ёжикова А.", "sex": "Female"},
    {"id": P2, "userId": 1000011960002, "firstName": "Дарья-Мария", "lastName": "Сен-Симонова",
     "middleName": "Олеговна", "shortName": "Сен-Симонова Д.", "sex": "Female"},
    {"id": P3, "userId": 2260325488562110003, "firstName": "Victor", "lastName": "Lee", "middleName": "",
     "shortName": "Lee V.", "sex": "Male"},
]
# teachers: (person, user, last, first, middle, fullName)
T_MATH = (1000012960901, 1000011960901, "Фёдорова-Лаптева", "Ольга", "Юрьевна", "Фёдорова-Лаптева Ольга Юрьевна")
T_ENG = (1000012960902, 1000011960902, "O'Brien", "Kate", None, "O'Brien Kate")
T_RUS = (1000012960903, 1000011960903, "Ёлкин", "Пётр", None, "Ёлкин Пётр")
T_INF = (2260325488562100904, 2260325488562110904, "Зимина-Черняк", "Анна-Мария", "Игоревна",
         "Зимина-Черняк Анна-Мария Игоревна")
T_INF_BEFORE = (T_INF[0], T_INF[1], "Зимина", "Анна-Мария", "Игоревна", "Зимина Анна-Мария Игоревна")
T_ART = (1000012960905, 1000011960905, "Nguyễn", "Thị Mai", None, "Nguyễn Thị Mai")
TEACHERS = [T_MATH, T_ENG, T_RUS, T_INF, T_ART]

SUBJ = {  # id: (name, knowledgeArea)
    1000003960001: ("Математика", "Математика и информатика"),
    1000003960002: ("Английский язык", "Филология"),
    1000003960003: ("Информатика", "Математика и информатика"),
    1000003960004: ("Музыка", "Искусство"),
    1000003960005: ("Труд (технология)", "Технология"),
    1000003960007: ("Русский язык", "Филология"),
}
WT = [  # standalone work types (§3.3)
    {"id": 5101, "id_str": "5101", "schoolId": SCHOOL, "kindId": 1, "kind": "DefaultNewLessonWork",
     "title": "Ответ на уроке", "abbr": "ОУ", "weight": 1},
    {"id": 5102, "id_str": "5102", "schoolId": SCHOOL, "kindId": 2, "kind": "LessonTestWork",
     "title": "Контрольная работа «Итоговая»", "abbr": "КР", "weight": 3},
    {"id": 5103, "id_str": "5103", "schoolId": SCHOOL, "kindId": 3, "kind": "CommonWork",
     "title": "Self-study / Самостоятельная работа", "abbr": "СР", "weight": 2},
    {"id": 5104, "id_str": "5104", "schoolId": SCHOOL, "kindId": 4, "kind": "Homework",
     "title": "Домашнее задание", "abbr": "ДЗ", "weight": 1},
    {"id": 5105, "id_str": "5105", "schoolId": SCHOOL, "kindId": 5, "kind": "CommonWork",
     "title": "Проект <групповой> & презентация", "abbr": "П&П", "weight": 2},
]

LONG = "\n".join(
    f"{i}. Упр. {400 + i} (стр. {120 + i // 3}): выпишите слова с «ё» и -тся/-ться; "
    f"подчеркните орфограммы — «{w}»; разберите предложение № {i} по членам."
    for i, w in zip(range(1, 81), ["щёлк", "шёпот", "чёрт", "жёлудь", "пчёлы"] * 16)
) + "\n\nP.S. Сдать в тетради для р/р; объём ≥ 2 страниц. Спасибо! 🙂"

# lessons: key -> (day, number, hh:mm, subject, teacher, title, work markType, work type, extra homework)
LESSONS = [
    ("L1", 6, 1, "08:30", 1000003960001, T_MATH, "Квадратные уравнения: x² − 5x + 6 = 0 (решение «по Виету»)", "mark5", 5101),
    ("L2", 6, 2, "09:25", 1000003960002, T_ENG, "Unit 5 “Food & Drink” — повторение лексики", "markabcdf", 5101),
    ("L3", 7, 1, "08:30", 1000003960003, T_INF, "Теги <b>, <i> и <a href=\"…\"> в HTML; сущности &lt; &gt; &amp;amp;", "mark12", 5103),
    ("L4", 7, 2, "09:25", 1000003960007, T_RUS, "Р/р. Сочинение-рассуждение.\nПодготовка к ВПР", "Mark5", 5101),
    ("L5", 8, 3, "10:20", 1000003960004, T_ART, "П. И. Чайковский «Щелкунчик» 🎄🎶", "mark7", 5101),
    ("L6", 8, 4, "11:25", 1000003960005, T_ART, "Чаи\u0306ная пара из глины: за\u0301мок или замо\u0301к?", "mark6", 5101),
    ("L7", 9, 1, "08:30", 1000003960001, T_MATH, "Контрольная работа № 7\t«Квадратные уравнения»", "mark5", 5102),
    ("L8", 9, 2, "09:25", 1000003960002, T_ENG, "Present Perfect vs Past Simple: \"have you ever…?\" \\ Escape: \\n is not a newline", "markabcdf", 5101),
    ("L9", 10, 1, "08:30", 1000003960003, T_INF, "Ал\u00adго\u00adрит\u00adмы: if/else, циклы for & while (Python 3.12) — ‹практикум›", "mark12", 5101),
    ("L10", 10, 2, "09:25", 1000003960007, T_RUS, "Правописание -тся/-ться; е после шипящих (щелк, шепот)", "mark5", 5105),
]
LID = {k: 2260325488562300000 + i + 1 for i, (k, *_) in enumerate(LESSONS)}
WID = {k: 2260325488562400000 + i + 1 for i, (k, *_) in enumerate(LESSONS)}

# homework: key -> (lesson, due day, text, [files])
FILES = {
    1: "Карточка №5 «Виет».pdf",
    2: "WB_Unit5 & Unit6 (p.47–48).docx",
    3: "index (шаблон) <v2>.html",
    4: "Сочинение — памятка 📝.pdf",
    5: "Ёлка_Пётр_Алёна.png",
    6: "Задание 7Б/вариант 2 .docx",
    7: "Ответы  (черновик).txt",
}
HOMEWORK = [
    ("H1", "L1", 9, "<p>№ 512 (а, б)<br>№ 514*</p>\n<ul><li>повторить формулы Виета</li></ul>", [1]),
    ("H2", "L2", 9, "Ex. 3 p. 47 — write 5 sentences 😊\r\nLearn the words: ‘apple’, “cherry”; don't forget the <b>-s</b>!", [2]),
    ("H3", "L3", 10, "Сверстать страницу: &lt;h1&gt;Привет&lt;/h1&gt; &amp;nbsp; — сохранить как index.html\n"
                     "Шаблон: https://example.org/html?lesson=3&tab=2#task", [3]),
    ("H4", "L4", 10, LONG, [4]),
    ("H5", "L5", 13, "Послушать 🎧\u200b«Вальс цветов» 🌸🌼 — вместе с семьёй 👨\u200d👩\u200d👧 🇷🇺", []),
    ("H6", "L6", 15, "Разметить деталь: за\u0301мок ≠ замо\u0301к; «чаи\u0306ник» — эскиз 1:2\u00a0(см. ×2)", [5]),
    ("H7", "L7", 13, "Формула: \\frac{a}{b}; файл C:\\Users\\7Б\\math.txt; «\\n» — не перенос.\tТаблица:\tx\ty", [6]),
    ("H8", "L8", 13, "Copy the text <script>alert('hi')</script> into your notebook & translate it (it's a trick!)", [7]),
    ("H9", "L9", 13, "Тест: https://forms.example.org/d/e/1FAIpQL/viewform?usp=sf_link&entry.1=7%D0%91\n"
                     "Видео: https://youtu.be/dQw4w9WgXcQ?t=42 (смотреть до 05:30)", []),
    ("H10", "L10", 14, "\ufeff«Ёлка» — Пётр, Алёна, Фёдор: ё везде! Выучить правило (стр. 88) наизусть.", []),
]
HID = {k: 2260325488562500000 + i + 1 for i, (k, *_) in enumerate(HOMEWORK)}
FID = {n: 2260325488562700000 + n for n in FILES}

# marks: (lesson, person, value, textValue, mood, use_avg_calc, number)
MARKS = [
    ("L1", P1, "5+", "5+", "Good", True), ("L1", P2, "3-", "3-", "Average", True), ("L1", P3, "4", "4", "Good", True),
    ("L2", P1, "A", "A", "Good", True), ("L2", P2, "B", "B", "Good", True), ("L2", P3, "C", "C", "Average", True),
    ("L3", P1, "12", "12", "Good", True), ("L3", P2, "11", "11", "Good", True), ("L3", P3, "7", "7", "Average", True),
    ("L4", P2, "5", "5", "Good", True), ("L4", P3, "3+", "3+", "Average", True),
    ("L5", P1, "6", "6", "Good", True), ("L5", P2, "7", "7", "Good", True),
    ("L6", P1, "5", "5", "Good", True), ("L6", P2, "6", "6", "Good", True), ("L6", P3, "4", "4", "Average", True),
    ("L7", P1, "2+", "2+", "Bad", True), ("L7", P2, "5-", "5-", "Good", True), ("L7", P3, "1+", "1+", "Bad", True),
    ("L8", P1, "D", "D", "Bad", True), ("L8", P3, "F", "F", "Bad", True),
    ("L9", P1, "9", "9", "Good", True), ("L9", P2, "1", "1", "Bad", True),
    ("L10", P1, "5", "5", "Good", True), ("L10", P3, "4-", "4-", "Good", True),
]


def lesson_of(key):
    return next(row for row in LESSONS if row[0] == key)


def hw_work(hkey, persons):
    _, lkey, due, text, files = next(h for h in HOMEWORK if h[0] == hkey)
    _, day, _, _, subj, teacher, *_ = lesson_of(lkey)
    hid = HID[hkey]
    return {"id": hid, "id_str": s(hid), "type": "Homework", "workType": 5104, "markType": "mark5", "markCount": 1,
            "lesson": LID[lkey], "lesson_str": s(LID[lkey]), "displayInJournal": False, "status": "Sent",
            "eduGroup": GROUP, "eduGroup_str": s(GROUP),
            "tasks": [{"id": hid * 0 + 2260325488562800000 + int(hkey[1:]) * 10 + i, "id_str":
                       s(2260325488562800000 + int(hkey[1:]) * 10 + i), "person": p, "person_str": s(p),
                       "work": hid, "work_str": s(hid), "status": "NotStarted",
                       "targetDate": f"2026-04-{due:02d}T00:00:00"} for i, p in enumerate(persons)],
            "text": text, "periodNumber": 4, "periodType": "Quarter", "subjectId": subj, "isImportant": False,
            "targetDate": f"2026-04-{due:02d}T00:00:00", "sentDate": f"2026-04-{day:02d}T15:10:11.27",
            "createdBy": teacher[0], "files": [FID[n] for n in files], "oneDriveLinks": []}


def lesson_work(lkey):
    _, day, _, _, subj, teacher, _, mtype, wtype = lesson_of(lkey)
    wid = WID[lkey]
    kind = next(w["kind"] for w in WT if w["id"] == wtype)
    return {"id": wid, "id_str": s(wid), "type": kind, "workType": wtype, "markType": mtype, "markCount": 1,
            "lesson": LID[lkey], "lesson_str": s(LID[lkey]), "displayInJournal": True, "status": "Sent",
            "eduGroup": GROUP, "eduGroup_str": s(GROUP), "tasks": [], "text": "", "periodNumber": 4,
            "periodType": "Quarter", "subjectId": subj, "isImportant": wtype == 5102,
            "targetDate": f"2026-04-{day:02d}T00:00:00", "sentDate": None, "createdBy": teacher[0], "files": [],
            "oneDriveLinks": []}


def entity_lesson(lkey):
    _, day, num, hm, subj, teacher, title, *_ = lesson_of(lkey)
    works = [lesson_work(lkey)] + [hw_work(h[0], [P1, P2, P3]) for h in HOMEWORK if h[1] == lkey]
    name, area = SUBJ[subj]
    return {"id": LID[lkey], "id_str": s(LID[lkey]), "title": title, "date": f"2026-04-{day:02d}T{hm}:00",
            "number": num, "subject": {"id": subj, "id_str": s(subj), "name": name, "knowledgeArea": area,
                                       "fgosSubjectId": None},
            "group": GROUP, "status": "Conducted", "resultPlaceId": 0, "works": works,
            "teachers": [teacher[0]], "teachers_str": [s(teacher[0])]}


def flat_lesson(lkey):
    _, day, num, hm, subj, teacher, title, *_ = lesson_of(lkey)
    return {"id": LID[lkey], "title": title, "date": f"2026-04-{day:02d}T{hm}:00", "number": num,
            "subjectId": subj, "status": "Conducted", "resultPlaceId": 0, "building": "", "place": "",
            "floor": "", "hours": None, "works": [WID[lkey]] + [HID[h[0]] for h in HOMEWORK if h[1] == lkey],
            "teachers": [teacher[0]]}


def person(p):
    out = {"id": p["id"], "id_str": s(p["id"]), "userId": p["userId"],
           "userId_str": None if p["userId"] is None else s(p["userId"])}
    out.update({k: p[k] for k in ("firstName", "lastName", "middleName", "shortName", "sex")})
    return out


def user(t):
    pid, uid, last, first, middle, full = t
    short = f"{last} {first[0]}." + (f" {middle[0]}." if middle else "")
    return {"id": uid, "id_str": s(uid), "personId": pid, "personId_str": s(pid),
            "name": f"{first} {last}", "email": None, "login": None, "fullName": full,
            "fullNameInverse": " ".join(x for x in (first, middle, last) if x), "firstName": first,
            "middleName": middle, "lastName": last, "shortName": short, "locale": "ru-RU", "timezone": "+3:00",
            "sex": None, "birthday": None, "roles": ["EduStaff"], "phone": ""}


def rec(request, body, at, request_body=None):
    out = {"request": request, "body": body}
    if request_body is not None:
        out["request_body"] = request_body
    out["pulled_at"] = at
    return out


def mark(i, lkey, p, value, text, mood, avg):
    mid = 2260325488562600000 + i + 1
    _, day, _, hm, *_ = lesson_of(lkey)
    return {"id": mid, "id_str": s(mid), "type": lesson_of(lkey)[7], "value": value, "textValue": text,
            "person": p, "person_str": s(p), "work": WID[lkey], "work_str": s(WID[lkey]),
            "lesson": LID[lkey], "lesson_str": s(LID[lkey]), "number": 0,
            "date": f"2026-04-{day:02d}T14:{10 + i:02d}:0{i % 10}.{(i * 37) % 1000}",
            "workType": lesson_of(lkey)[8], "mood": mood, "use_avg_calc": avg}


def main():
    setup_at = pulled(5, "20:00")
    school = {"id": SCHOOL, "id_str": s(SCHOOL), "name": "МАОУ «Лицей № 12 „Ёлочка“»",
              "fullName": "Муниципальное автономное общеобразовательное учреждение «Лицей № 12 „Ёлочка“» г. Ярославля",
              "avatarSmall": None, "city": "Ярославль", "municipality": "городской округ город Ярославль",
              "regionid": 76, "markType": "mark5", "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True,
              "educationType": "Regular", "tsoCityId": 7601, "tsoRegionTreePath": "76."}
    group = {"id": GROUP, "id_str": s(GROUP), "parentIds": [], "parentIds_str": [], "type": "Group", "name": "7Б",
             "fullName": "", "parallel": 7, "timetable": 1000006960012, "timetable_str": "1000006960012",
             "status": "Active", "studyyear": 2025, "educationType": "Regular", "subjects": [],
             "journaltype": "Default"}
    rpg = {"id": 1000007660012, "reportingPeriods": [
        {"id": 1000007960000 + n, "id_str": s(1000007960000 + n), "start": a, "finish": b, "number": n,
         "type": "Quarter", "name": f"{n} четверть", "year": 2025}
        for n, a, b in [(1, "2025-09-01T00:00:00", "2025-10-24T00:00:00"),
                        (2, "2025-11-05T00:00:00", "2025-12-26T00:00:00"),
                        (3, "2026-01-12T00:00:00", "2026-03-20T00:00:00"),
                        (4, "2026-03-30T00:00:00", "2026-05-29T00:00:00")]],
        "holidays": [{"id": 1000007970001, "reportingPeriodGroupId": 1000007660012,
                      "dateStart": "2026-03-21T00:00:00", "dateFinish": "2026-03-29T00:00:00",
                      "name": "Весенние каникулы", "description": None}]}
    ct = T_RUS
    classteacher = {"id": ct[0], "id_str": s(ct[0]), "userId": ct[1], "userId_str": s(ct[1]), "firstName": ct[3],
                    "lastName": ct[2], "middleName": ct[4], "shortName": "Ёлкин П.", "sex": "Male"}
    guardians = [
        (1000011960101, 1000012960101, "Ёжиков Глеб", [PUPILS[0]]),
        (1000011960102, 2260325488562100102, "Сен-Симонова Ж.", [PUPILS[1], PUPILS[2]]),
    ]
    contexts = [rec(f"GET /v2/users/{u}/context", {
        "userId": u, "userId_str": s(u), "personId": pid, "personId_str": s(pid), "shortName": short,
        "avatarUrl": None, "roles": ["EduParent"], "schoolIds": [SCHOOL], "groupIds": [],
        "schools": [{"id": SCHOOL, "name": school["name"], "type": "School", "groupIds": []}], "eduGroups": [],
        "children": [{"personId": c["id"], "firstName": c["firstName"], "lastName": c["lastName"],
                      "middleName": c["middleName"], "shortName": c["shortName"], "schoolIds": [SCHOOL],
                      "groupIds": [GROUP]} for c in kids], "splitId": None}, setup_at)
        for u, pid, short, kids in guardians]
    step1 = [
        rec(f"GET /v2/schools/{SCHOOL}", school, setup_at),
        rec(f"GET /v2/work-types/{SCHOOL}", WT, setup_at),
        rec(f"GET /v2/edu-groups/{GROUP}", group, setup_at),
        rec(f"GET /v2/edu-groups/{GROUP}/persons?includeArchive=false", [person(p) for p in PUPILS], setup_at),
        rec("POST /v2/users/many", [user(T_INF_BEFORE if t is T_INF else t) for t in TEACHERS], setup_at,
            [t[1] for t in TEACHERS]),
        rec(f"GET /v2/edu-groups/{GROUP}/classteacher", classteacher, setup_at),
        rec(f"GET /v2/edu-groups/{GROUP}/reporting-period-group", rpg, setup_at),
    ] + contexts
    step2 = [rec(f"GET /v2/edu-groups/{GROUP}/lessons/2026-04-06/2026-04-10",
                 [entity_lesson(k) for k, *_ in LESSONS], pulled(5, "20:30"))]
    # daily: each evening the day's lessons again, one by one (standalone lessons/{id}, §3.4)
    daily = []
    all_marks = [mark(i, *m) for i, m in enumerate(MARKS)]
    for k, day, *_ in LESSONS:
        daily.append(rec(f"GET /v2/lessons/{LID[k]}", entity_lesson(k), pulled(day, "18:00")))
        # from Wednesday on the job also pulls each lesson's marks after it (`lessons/{l}/marks`, §3.1)
        if day >= 8 or k == "L4":
            daily.append(rec(f"GET /v2/lessons/{LID[k]}/marks",
                             [m for m in all_marks if m["lesson"] == LID[k]], pulled(day, "18:05")))
    # each pupil's homework bundle for the week (§3.7) and the whole-school bundle once
    files = [{"id": FID[n], "id_str": s(FID[n]), "name": FILES[n], "typeGroup": "Document",
              "type": FILES[n].rsplit(".", 1)[-1], "pageUrl": f"https://dnevnik.ru/file/{FID[n]}",
              "downloadUrl": f"https://static.dnevnik.ru/files/{FID[n]}", "user": None, "size": 20480 + n,
              "vote": None, "uploadedDate": "2026-04-05T21:10:00.4", "storageType": "Default"} for n in FILES]
    subjects = [{"id": k, "name": v[0], "knowledgeAreaId": None} for k, v in SUBJ.items()]
    teachers = [person({"id": t[0], "userId": t[1], "firstName": t[3], "lastName": t[2], "middleName": t[4],
                        "shortName": t[2], "sex": None}) for t in TEACHERS]
    bundles = []
    for p in (P1, P2, P3):
        bundles.append(rec(f"GET /v2/persons/{p}/school/{SCHOOL}/homeworks?startDate=2026-04-06&endDate=2026-04-17",
                           {"works": [hw_work(h[0], [p]) for h in HOMEWORK],
                            "subjects": subjects, "lessons": [flat_lesson(k) for k, *_ in LESSONS],
                            "files": files, "teachers": teachers}, pulled(10, "20:00")))
    step4 = [rec(f"GET /v2/edu-groups/{GROUP}/marks/2026-04-06/2026-04-10", all_marks, pulled(10, "21:00"))]
    log = [
        {"person": P1, "person_str": s(P1), "lesson": LID["L1"], "lesson_str": s(LID["L1"]),
         "comment": "автобус № 7 — опоздал на 10'", "status": "Late", "createdDate": "2026-04-06T08:41:02.08"},
        {"person": P2, "person_str": s(P2), "lesson": LID["L1"], "lesson_str": s(LID["L1"]),
         "comment": "справка\nот врача (ОРВИ) 🤒", "status": "Ill", "createdDate": "2026-04-06T08:40:47.6"},
        {"person": P3, "person_str": s(P3), "lesson": LID["L1"], "lesson_str": s(LID["L1"]),
         "comment": "<i>без</i> &quot;уважительной&quot;", "status": "Absent",
         "createdDate": "2026-04-06T08:40:51.113"},
        {"person": P1, "person_str": s(P1), "lesson": LID["L7"], "lesson_str": s(LID["L7"]),
         "comment": "", "status": "Attend", "createdDate": "2026-04-09T08:35:00.5"},
        {"person": P3, "person_str": s(P3), "lesson": LID["L7"], "lesson_str": s(LID["L7"]),
         "comment": "олимпиада (Pass)", "status": "Pass", "createdDate": "2026-04-09T08:35:10.5"},
    ]
    step4.append(rec(f"GET /v2/lesson-log-entries/group/{GROUP}?subject=1000003960001&from=2026-04-06&to=2026-04-10",
                     log, pulled(10, "21:05")))
    # the long homework once more, standalone (§3.2): same text, nothing changes
    step4.append(rec(f"GET /v2/works/{HID['H4']}", hw_work("H4", [P1, P2, P3]), pulled(10, "21:10")))
    # Saturday: the teachers corrected three texts; the job re-pulls what changed (standalone, §3.4, §3.2)
    step6 = []
    l10 = entity_lesson("L10")
    l10["title"] = "Правописание -тся/-ться; ё после шипящих (щёлк, шёпот)"  # only е -> ё differs
    step6.append(rec(f"GET /v2/lessons/{LID['L10']}", l10, pulled(11, "10:00")))
    h3 = hw_work("H3", [P1, P2, P3])
    h3["text"] = ("Сверстать страницу: <h1>Привет</h1> &nbsp; — сохранить как index.html\n"
                  "Шаблон: https://example.org/html?lesson=3&tab=2#task")  # entities written out as characters
    step6.append(rec(f"GET /v2/works/{HID['H3']}", h3, pulled(11, "10:01")))
    h1 = hw_work("H1", [P1, P2, P3])
    h1["text"] = h1["text"].replace("<br>", "<br/>")  # one character of markup
    step6.append(rec(f"GET /v2/works/{HID['H1']}", h1, pulled(11, "10:02")))
    # the school renamed a work type (same id and weight, §3.3) and a teacher's surname became double (§3.9)
    wt2 = [dict(w) for w in WT]
    wt2[0]["title"] = "Устный ответ «у доски» (ОУ)"
    step6.append(rec(f"GET /v2/work-types/{SCHOOL}", wt2, pulled(11, "10:05")))
    step6.append(rec("POST /v2/users/many", [user(T_INF)], pulled(11, "10:06"), [T_INF[1]]))
    journey = {"vendor": "dnevnik_ru",
               "description": "Dnevnik.ru journey 12: text and values exactly as the vendor wrote them",
               "steps": [{"name": "1 setup (Sunday 2026-04-05)", "batches": [step1]},
                         {"name": "2 the week's plan (entity lessons)", "batches": [step2]},
                         {"name": "3 each evening the day's lessons", "batches": [daily]},
                         {"name": "4 Friday: homework bundles", "batches": [bundles]},
                         {"name": "5 Friday: marks, attendance, a work re-pulled", "batches": [step4]},
                         {"name": "6 Saturday: three texts corrected", "batches": [step6]}]}
    Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")


if __name__ == "__main__":
    main()
