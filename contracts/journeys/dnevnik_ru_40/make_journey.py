"""Write journey.json: «Школа № 40» (Москва), Dnevnik.ru, two school weeks (2026-02-02..13) of one school's sync job,
seen from the families around its pupils. Standard library only; deterministic. Sections (§) are those of
shared/reference/dnevnik_ru.md.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
S = 1000002440040
G7, G3 = 2260325488740000702, 1000004540003  # 7Б (19-digit id, §1), 3А (13-digit)
WT_OU, WT_KR, WT_SR, WT_DZ = 2260325488740010101, 2260325488740010102, 2260325488740010103, 2260325488740010104
SUBJ = {"Русский язык": 2260325488740020001, "Алгебра": 2260325488740020002, "История": 2260325488740020003,
        "Английский язык": 2260325488740020004, "Биология": 2260325488740020005, "Математика": 2260325488740020006,
        "Окружающий мир": 2260325488740020007, "Литературное чтение": 2260325488740020008}
AREA = {"Русский язык": "Русский язык и литература", "Алгебра": "Математика и информатика",
        "История": "Общественно-научные предметы", "Английский язык": "Иностранные языки",
        "Биология": "Естественно-научные предметы", "Математика": "Математика и информатика",
        "Окружающий мир": "Обществознание и естествознание", "Литературное чтение": "Русский язык и литература"}

# persons (id, user id, last, first, middle, sex)
ALISA = (1000012740001, 1000011740001, "Орлова", "Алиса", "Сергеевна", "Female")
TIMOFEY = (2260325488740100002, 2260325488740200002, "Орлов", "Тимофей", "Сергеевич", "Male")
DANIIL = (1000012740003, 1000011740003, "Кузнецов", "Даниил", "Андреевич", "Male")
VERONIKA = (1000012740004, 1000011740004, "Белова", "Вероника", "Игоревна", "Female")
GLEB = (1000012740005, 1000011740005, "Кузнецов", "Глеб", "Андреевич", "Male")
MAKSIM_A = (1000012740006, 1000011740006, "Иванов", "Максим", "Андреевич", "Male")
MAKSIM_B = (2260325488740100007, 2260325488740200007, "Иванов", "Максим", "Андреевич", "Male")  # namesake
EVA = (1000012740008, 1000011740008, "Смирнова", "Ева", "Денисовна", "Female")
ARTEM = (1000012740009, None, "Ковалёв", "Артём", "Романович", "Male")  # no account yet (§1 userId nullable)
CLASS7 = [ALISA, DANIIL, MAKSIM_A, MAKSIM_B, EVA]
CLASS3 = [TIMOFEY, VERONIKA, GLEB, ARTEM]

# adults: (person, user, last, first, middle, sex, roles)
MARINA = (1000012740101, 1000011740101, "Орлова", "Марина", "Викторовна", "Female", ["EduStaff", "EduParent"])
SERGEY = (1000012740102, 1000011740102, "Орлов", "Сергей", "Павлович", "Male", ["EduParent"])
ZINAIDA = (2260325488740100103, 2260325488740200103, "Орлова", "Зинаида", "Петровна", "Female", ["EduParent"])
OLGA = (1000012740104, 1000011740104, "Белова", "Ольга", "Николаевна", "Female", ["EduParent"])
ANDREY = (1000012740105, 1000011740105, "Кузнецов", "Андрей", "Михайлович", "Male", ["EduParent"])
ANNA = (1000012740106, 1000011740106, "Иванова", "Анна", "Сергеевна", "Female", ["EduParent"])
IRINA = (1000012740107, 1000011740107, "Иванова", "Ирина", "Олеговна", "Female", ["EduParent"])
LEBEDEV = (1000012740901, 1000011740901, "Лебедев", "Игорь", "Николаевич", "Male", ["EduStaff"])
SOLOVYOVA = (1000012740902, 1000011740902, "Соловьёва", "Татьяна", "Андреевна", "Female", ["EduStaff"])
GRISHINA = (1000012740903, 1000011740903, "Гришина", "Полина", "Сергеевна", "Female", ["EduStaff"])
VOLKOVA = (1000012740904, 1000011740904, "Волкова", "Надежда", "Ивановна", "Female", ["EduStaff"])

WEEKS = [dt.date(2026, 2, 2), dt.date(2026, 2, 9)]
TEACH7 = {"Русский язык": MARINA, "Алгебра": LEBEDEV, "История": SOLOVYOVA, "Английский язык": GRISHINA,
          "Биология": SOLOVYOVA}
SECOND7 = ["Алгебра", "История", "Английский язык", "Биология", "Алгебра"]
SUBJ3 = ["Математика", "Окружающий мир", "Литературное чтение", "Математика", "Окружающий мир"]
TOPICS = {
    "Русский язык": ["Деепричастие как часть речи", "Деепричастный оборот. Запятые при нём", "Раздельное написание НЕ с деепричастиями",
                     "Деепричастия несовершенного вида", "Диктант по теме «Деепричастие»", "Работа над ошибками",
                     "Наречие как часть речи", "Разряды наречий по значению", "Степени сравнения наречий",
                     "Слитное и раздельное написание НЕ с наречиями"],
    "Алгебра": ["Умножение одночлена на многочлен", "Вынесение общего множителя за скобки",
                "Умножение многочлена на многочлен", "Контрольная работа № 5"],
    "История": ["Смутное время", "Окончание Смутного времени"],
    "Английский язык": ["Past Simple vs Past Continuous", "Reading: A Day at the Museum"],
    "Биология": ["Класс Насекомые", "Отряды насекомых"],
    "Математика": ["Деление с остатком", "Проверка деления с остатком", "Письменное умножение", "Контрольная работа"],
    "Окружающий мир": ["Наше питание", "Дыхание и кровообращение", "Умей предупреждать болезни", "Здоровый образ жизни"],
    "Литературное чтение": ["К. Г. Паустовский «Растрёпанный воробей»", "А. И. Куприн «Слон»"],
}
HOURS7 = {1: ("08:30", "09:15"), 2: ("09:25", "10:10")}
HOURS3 = {3: ("10:25", "11:10")}


def ids(n):
    return {"id": n, "id_str": str(n)}


def person(p):
    pid, uid, last, first, middle, sex = p[:6]
    return {**ids(pid), "userId": uid, "userId_str": None if uid is None else str(uid), "firstName": first,
            "lastName": last, "middleName": middle, "shortName": f"{last} {first[0]}.", "sex": sex}


def user(a):
    pid, uid, last, first, middle, sex, roles = a
    return {**ids(uid), "personId": pid, "personId_str": str(pid), "name": f"{first} {middle}", "email": "",
            "login": f"{first[0].lower()}{pid % 1000}", "fullName": f"{last} {first} {middle}",
            "fullNameInverse": f"{first} {middle} {last}", "firstName": first, "middleName": middle, "lastName": last,
            "shortName": f"{last} {first[0]}. {middle[0]}.", "locale": "ru-RU", "timezone": "+3:00", "sex": sex,
            "photoSmall": None, "photoMedium": None, "photoLarge": None, "birthday": None, "roles": roles, "phone": ""}


def group_of(p):
    return G7 if p in CLASS7 else G3


def group_obj(g):
    name, par = ("7Б", 7) if g == G7 else ("3А", 3)
    return {**ids(g), "parentIds": [], "parentIds_str": [], "type": "Group", "name": name, "fullName": "",
            "parallel": par, "timetable": 1000006740001, "timetable_str": "1000006740001", "status": "Active",
            "studyyear": 2025, "educationType": "Regular", "subjects": []}


def context(a, children, teaching=()):
    pid, uid, last, first, middle = a[:5]
    school = {"id": S, "name": "ГБОУ «Школа № 40»", "type": "School", "groupIds": [*teaching]}
    return {"userId": uid, "userId_str": str(uid), "personId": pid, "personId_str": str(pid),
            "shortName": f"{last} {first[0]}. {middle[0]}.", "avatarUrl": None, "roles": a[6], "schoolIds": [S],
            "groupIds": list(teaching), "schools": [school], "eduGroups": [group_obj(g) for g in teaching],
            "children": [{"personId": c[0], "firstName": c[3], "lastName": c[2], "middleName": c[4],
                          "shortName": f"{c[2]} {c[3][0]}.", "schoolIds": [S], "groupIds": [group_of(c)]}
                         for c in children],
            "splitId": None}


def lesson_id(g, day, number):
    return 2260325488740800000 + (700 if g == G7 else 300) * 100 + day.toordinal() % 1000 * 10 + number


def lessons(g, monday):
    out, topic_i = [], {}
    for i in range(5):
        day = monday + dt.timedelta(days=i)
        slots = [(1, "Русский язык"), (2, SECOND7[i])] if g == G7 else [(3, SUBJ3[i])]
        for number, subj in slots:
            k = (subj, monday)
            idx = sum(1 for w in WEEKS if w < monday) * {"Русский язык": 5, "Алгебра": 2, "Математика": 2,
                                                         "Окружающий мир": 2}.get(subj, 1) + topic_i.get(k, 0)
            topic_i[k] = topic_i.get(k, 0) + 1
            teacher = TEACH7[subj] if g == G7 else VOLKOVA
            hh = (HOURS7 if g == G7 else HOURS3)[number]
            out.append({**ids(lesson_id(g, day, number)), "title": TOPICS[subj][idx],
                        "date": f"{day}T{hh[0]}:00", "number": number,
                        "subject": {**ids(SUBJ[subj]), "name": subj, "knowledgeArea": AREA[subj], "fgosSubjectId": None},
                        "group": g, "status": "Conducted", "resultPlaceId": 0, "works": [],
                        "teachers": [teacher[0]], "teachers_str": [str(teacher[0])]})
    return out


def find(ls, day, number):
    return next(x for x in ls if x["date"].startswith(str(day)) and x["number"] == number)


MOOD = {"5": "Good", "4": "Good", "4-": "Good", "3": "Average", "3+": "Average", "2": "Bad", "5-": "Good"}


def mark(mid, p, lesson, value, wt, time="12:10:41.37", number=0):
    return {**ids(mid), "type": "mark5", "value": value, "textValue": value, "person": p[0], "person_str": str(p[0]),
            "work": lesson["id"] + 100000000, "work_str": str(lesson["id"] + 100000000), "lesson": lesson["id"],
            "lesson_str": str(lesson["id"]), "number": number, "date": f"{lesson['date'][:10]}T{time}",
            "workType": wt, "mood": MOOD[value], "use_avg_calc": True}


# marks per week: (weekday index, lesson number, person, value, work type)
MARKS7 = [
    [(0, 1, ALISA, "5", WT_OU), (0, 1, MAKSIM_A, "3", WT_OU), (0, 2, MAKSIM_B, "5", WT_OU), (1, 2, DANIIL, "4", WT_OU),
     (2, 1, MAKSIM_B, "4-", WT_SR), (2, 1, MAKSIM_A, "2", WT_SR), (3, 2, ALISA, "4", WT_OU), (4, 1, DANIIL, "3+", WT_KR),
     (4, 1, ALISA, "5", WT_KR), (4, 1, MAKSIM_A, "4", WT_KR), (4, 1, MAKSIM_B, "3", WT_KR)],
    [(0, 1, DANIIL, "4", WT_OU), (1, 2, ALISA, "5-", WT_OU), (1, 2, MAKSIM_A, "5", WT_OU), (2, 1, MAKSIM_B, "2", WT_OU),
     (3, 1, ALISA, "4", WT_SR), (3, 1, DANIIL, "5", WT_SR), (4, 2, MAKSIM_A, "3", WT_KR), (4, 2, MAKSIM_B, "4", WT_KR),
     (4, 2, ALISA, "5", WT_KR)],
]
MARKS3 = [
    [(0, 3, TIMOFEY, "5", WT_OU), (1, 3, VERONIKA, "4", WT_OU), (2, 3, GLEB, "3", WT_OU), (3, 3, TIMOFEY, "4", WT_SR),
     (3, 3, GLEB, "5", WT_SR)],
    [(0, 3, VERONIKA, "5", WT_OU), (1, 3, TIMOFEY, "3", WT_OU), (3, 3, GLEB, "4", WT_KR), (3, 3, TIMOFEY, "5", WT_KR),
     (3, 3, VERONIKA, "4", WT_KR)],
]
LOG7 = [[(1, 1, MAKSIM_B, "Ill", "справка от врача"), (2, 2, ALISA, "Late", "опоздала на 7 минут"),
         (2, 1, EVA, "Absent", "")],
        [(0, 1, ALISA, "Pass", "заявление мамы: олимпиада"), (0, 2, ALISA, "Pass", "заявление мамы: олимпиада"),
         (2, 1, MAKSIM_A, "Absent", ""), (3, 2, DANIIL, "Late", "")]]
LOG3 = [[(2, 3, TIMOFEY, "Ill", "ОРВИ"), (4, 3, VERONIKA, "Late", "")],
        [(1, 3, GLEB, "Absent", ""), (4, 3, TIMOFEY, "Late", "опоздал на 5 минут")]]
HW7 = [["Упр. 312; выучить правило на с. 121", "Упр. 318 (письменно)", "Упр. 325, словарные слова на с. 130",
        "Подготовиться к диктанту: § 33–35", "Без задания"],
       ["Упр. 341; § 36", "Упр. 347", "§ 38, упр. 352 (устно), 353", "Упр. 360", "Словарный диктант: слова на с. 140"]]
HW3 = [["№ 4, 6 на с. 45", "Рабочая тетрадь: с. 22–23", "Пересказ текста, ответы на вопросы на с. 60"],
       ["№ 2, 5 на с. 52", "Проект «Мой режим дня»", "Выразительное чтение отрывка на с. 74"]]


def homeworks(week_i, ls7, ls3):
    works, bundle_lessons = [], []
    monday = WEEKS[week_i]
    sets = [(i, 1, ls7, HW7[week_i][i], MARINA) for i in range(5) if HW7[week_i][i] != "Без задания"]
    sets += [(i, 3, ls3, HW3[week_i][j], VOLKOVA) for j, i in enumerate((0, 2, 3))]
    for i, number, ls, text, teacher in sets:
        day = monday + dt.timedelta(days=i)
        lesson = find(ls, day, number)
        due = day + dt.timedelta(days=1 if i < 4 else 3)
        wid = lesson["id"] + 200000000
        works.append({**ids(wid), "type": "Homework", "workType": WT_DZ, "markType": "mark5", "markCount": 1,
                      "lesson": lesson["id"], "lesson_str": str(lesson["id"]), "displayInJournal": False,
                      "status": "Sent", "eduGroup": lesson["group"], "eduGroup_str": str(lesson["group"]),
                      "tasks": [], "text": text, "periodNumber": 3, "periodType": "Quarter",
                      "subjectId": lesson["subject"]["id"], "isImportant": False,
                      "targetDate": f"{due}T00:00:00", "sentDate": f"{day}T15:20:11.4", "createdBy": teacher[0],
                      "files": [], "oneDriveLinks": []})
        bundle_lessons.append({"id": lesson["id"], "title": lesson["title"], "date": lesson["date"],
                               "number": number, "subjectId": lesson["subject"]["id"], "status": "Conducted",
                               "resultPlaceId": 0, "building": None, "place": None, "floor": None,
                               "hours": " - ".join((HOURS7 if ls is ls7 else HOURS3)[number]),
                               "works": [wid], "teachers": [teacher[0]]})
    subjects = sorted({(w["subjectId"]) for w in works})
    names = {v: k for k, v in SUBJ.items()}
    return {"works": works, "subjects": [{"id": s, "name": names[s], "knowledgeAreaId": None} for s in subjects],
            "lessons": bundle_lessons, "files": [], "teachers": [user(MARINA), user(VOLKOVA)]}


def rec(request, body, pulled, request_body=None):
    r = {"request": request, "body": body}
    if request_body is not None:
        r["request_body"] = request_body
    r["pulled_at"] = pulled
    return r


def week_step(week_i):
    monday, friday = WEEKS[week_i], WEEKS[week_i] + dt.timedelta(days=4)
    pulled = f"{friday}T19:30:00+03:00"
    ls7, ls3 = lessons(G7, monday), lessons(G3, monday)
    out = [rec(f"GET /v2/edu-groups/{G7}/lessons/{monday}/{friday}", ls7, pulled),
           rec(f"GET /v2/edu-groups/{G3}/lessons/{monday}/{friday}", ls3, pulled)]
    for g, ls, plan, base in ((G7, ls7, MARKS7, 2260325488740700000), (G3, ls3, MARKS3, 2260325488740730000)):
        body = [mark(base + week_i * 100 + k, p, find(ls, monday + dt.timedelta(days=d), n), v, wt)
                for k, (d, n, p, v, wt) in enumerate(plan[week_i])]
        out.append(rec(f"GET /v2/edu-groups/{g}/marks/{monday}/{friday}", body, pulled))
    for g, ls, plan in ((G7, ls7, LOG7), (G3, ls3, LOG3)):
        body = []
        for d, n, p, status, comment in plan[week_i]:
            lesson = find(ls, monday + dt.timedelta(days=d), n)
            body.append({"person": p[0], "person_str": str(p[0]), "lesson": lesson["id"],
                         "lesson_str": str(lesson["id"]), "comment": comment, "status": status,
                         "createdDate": f"{lesson['date'][:10]}T{lesson['date'][11:16]}:07.513"})
        out.append(rec(f"GET /v2/lesson-log-entries/group/{g}?from={monday}&to={friday}", body, pulled))
    out.append(rec(f"GET /v2/users/me/school/{S}/homeworks?startDate={monday}&endDate={friday}",
                   homeworks(week_i, ls7, ls3), pulled))
    return out


def main() -> None:
    p0 = "2026-02-01T18:00:00+03:00"
    school = {"id": S, "id_str": str(S), "name": "ГБОУ «Школа № 40»",
              "fullName": "Государственное бюджетное общеобразовательное учреждение города Москвы «Школа № 40»",
              "avatarSmall": None, "city": "Москва", "municipality": "г. Москва", "regionid": 77, "markType": "mark5",
              "timeZone": 3, "uses_avg": True, "uses_weighted_avg": True, "educationType": "Regular",
              "tsoCityId": None, "tsoRegionTreePath": "77."}
    wts = [{**ids(WT_OU), "schoolId": S, "kindId": 1, "kind": "DefaultNewLessonWork", "title": "Ответ на уроке",
            "abbr": "ОУ", "weight": 1},
           {**ids(WT_KR), "schoolId": S, "kindId": 2, "kind": "LessonTestWork", "title": "Контрольная работа",
            "abbr": "КР", "weight": 3},
           {**ids(WT_SR), "schoolId": S, "kindId": 3, "kind": "CommonWork", "title": "Самостоятельная работа",
            "abbr": "СР", "weight": 2},
           {**ids(WT_DZ), "schoolId": S, "kindId": 4, "kind": "Homework", "title": "Домашняя работа", "abbr": "ДЗ",
            "weight": 1}]
    subjects = [{**ids(v), "name": k, "knowledgeArea": AREA[k], "fgosSubjectId": None} for k, v in SUBJ.items()]
    groups = [{"group": group_obj(g), "students": [{"person": p[0], "membershipstatus": "Active"} for p in cls]}
              for g, cls in ((G7, CLASS7), (G3, CLASS3))]
    staff = [MARINA, LEBEDEV, SOLOVYOVA, GRISHINA, VOLKOVA]
    step1 = [
        rec(f"GET /v2/schools/{S}", school, p0),
        rec(f"GET /v2/work-types/{S}", wts, p0),
        rec(f"GET /v2/schools/{S}/subjects", subjects, p0),
        rec("POST /v2/edu-groups", groups, p0, [G7, G3]),
        rec(f"GET /v2/edu-groups/{G7}/persons?includeArchive=false", [person(p) for p in CLASS7], p0),
        rec(f"GET /v2/edu-groups/{G3}/persons?includeArchive=false", [person(p) for p in CLASS3], p0),
        rec("POST /v2/users/many", [user(a) for a in staff], p0, [a[1] for a in staff]),
        # the teacher-mother: her context has her teaching group 7Б AND her children (§3.9, roles §1)
        rec(f"GET /v2/users/{MARINA[1]}/context", context(MARINA, [ALISA, TIMOFEY], teaching=[G7]), p0),
        rec(f"GET /v2/users/{SERGEY[1]}/context", context(SERGEY, [ALISA, TIMOFEY]), p0),
        rec(f"GET /v2/users/{ZINAIDA[1]}/context", context(ZINAIDA, [ALISA]), p0),
        rec(f"GET /v2/users/{OLGA[1]}/context", context(OLGA, [DANIIL, VERONIKA]), p0),
        rec(f"GET /v2/users/{ANDREY[1]}/context", context(ANDREY, [DANIIL, GLEB]), p0),
        rec(f"GET /v2/users/{ANNA[1]}/context", context(ANNA, [MAKSIM_A]), p0),
        rec(f"GET /v2/users/{IRINA[1]}/context", context(IRINA, [MAKSIM_B]), p0),
    ]
    p3 = "2026-02-08T12:00:00+03:00"
    step3 = [
        rec(f"GET /v2/users/{SERGEY[1]}/context", context(SERGEY, []), p3),
        rec(f"GET /v2/user/{SERGEY[1]}/children", [], p3),
        rec(f"GET /v2/users/{ZINAIDA[1]}/context", context(ZINAIDA, [ALISA, TIMOFEY]), p3),
        rec(f"GET /v2/user/{ZINAIDA[1]}/children", [person(ALISA), person(TIMOFEY)], p3),
        rec(f"GET /v2/users/{MARINA[1]}/context", context(MARINA, [ALISA, TIMOFEY], teaching=[G7]), p3),
    ]
    journey = {
        "vendor": "dnevnik_ru",
        "description": "Семьи вокруг учеников «Школы № 40» (Москва), 2–13 февраля 2026: у Алисы Орловой мама-учитель "
                       "(ведёт русский язык в её 7Б), папа (теряет доступ 8 февраля) и бабушка (получает второго "
                       "внука); разведённые родители Даниила Кузнецова с разными наборами детей; два Иванова Максима "
                       "Андреевича в одном 7Б.",
        "school": {"timezone": "Europe/Moscow", "name": "ГБОУ «Школа № 40»"},
        "steps": [
            {"name": "1 Sunday 2026-02-01: reference data, classes, staff, every family's context", "batches": [step1]},
            {"name": "2 week 1 2026-02-02..06", "batches": [week_step(0)]},
            {"name": "3 Sunday 2026-02-08: father loses access, grandmother gains Тимофей", "batches": [step3]},
            {"name": "4 week 2 2026-02-09..13", "batches": [week_step(1)]},
        ],
    }
    (HERE / "journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
