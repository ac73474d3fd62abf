"""Builds journey.json for corpus elzhur_26 (kept for reference; the journey is the artefact). Standard library."""
import json
from pathlib import Path

SCH = "sch526"
TIMES = {"1": ("08:30:00", "09:15:00"), "2": ("09:25:00", "10:10:00"), "3": ("10:30:00", "11:15:00"),
         "4": ("11:35:00", "12:20:00")}
T = {"math": "Соловьёва Марина Викторовна", "rus": "Громова Елена Павловна", "hist": "Фролов Игорь Денисович",
     "bio": "Кудрявцева Наталья Олеговна", "lit": "Громова Елена Павловна", "geo": "Рябов Константин Ильич",
     "en1A": "Кузнецова Ирина Львовна", "en2A": "Белова Татьяна Андреевна",
     "en1B": "Сафонова Ольга Петровна", "en2B": "Лебедева Анна Сергеевна"}
# class -> weekday (0 Mon, 1 Tue) -> [(num, subject, teacher key, room, grp)]
PLAN = {
    "6А": {0: [("1", "Математика", "math", "211", None), ("2", "Английский язык", "en1A", "305", "1"),
               ("3", "Русский язык", "rus", "214", None), ("4", "Английский язык", "en2A", "307", "2")],
           1: [("1", "История", "hist", "118", None), ("2", "Математика", "math", "211", None),
               ("3", "Биология", "bio", "302", None)]},
    "6Б": {0: [("1", "Литература", "lit", "214", None), ("2", "Математика", "math", "211", None),
               ("3", "Английский язык", "en1B", "306", "1"), ("4", "Английский язык", "en2B", "308", "2")],
           1: [("1", "География", "geo", "120", None), ("2", "Русский язык", "rus", "214", None),
               ("3", "История", "hist", "118", None)]},
}
TOPICS = {"Математика": ["Делимость чисел", "Сложение дробей", "Пропорции", "Координатная прямая", "Модуль числа"],
          "Английский язык": ["My summer holidays", "School subjects", "Weather and seasons", "Christmas traditions",
                              "Healthy food"],
          "Русский язык": ["Повторение: орфограммы", "Имя существительное", "Сложные слова", "Имя прилагательное",
                           "Глагол: повторение"],
          "История": ["Древние славяне", "Русь при Ярославе", "Раздробленность", "Монгольское нашествие",
                      "Московское княжество"],
          "Биология": ["Строение клетки", "Ткани растений", "Корень", "Лист", "Фотосинтез"],
          "Литература": ["Устное народное творчество", "Басни Крылова", "Пушкин «Дубровский»", "Лермонтов «Тучи»",
                         "Тургенев «Бежин луг»"],
          "География": ["План местности", "Географические координаты", "Литосфера", "Гидросфера", "Атмосфера"]}
WEEKS = ["20250915", "20251013", "20251110", "20251208", "20260119"]  # Mondays; each answer covers Mon-Tue
DAYNAME = ["Понедельник", "Вторник"]
PUPILS = {"26101": ("Миронов Глеб", "Миронов", "Глеб", "male"), "26102": ("Орлова Вера", "Орлова", "Вера", "female"),
          "26103": ("Зайцев Артём", "Зайцев", "Артём", "male"), "26104": ("Зайцева Ксения", "Зайцева", "Ксения", "female")}
# pupil -> week index -> (class, English subgroup) or None (away)
WHERE = {"26101": [("6А", "1"), ("6А", "2"), ("6А", "1"), ("6А", "2"), ("6А", "2")],
         "26102": [("6А", "2"), ("6Б", "1"), ("6А", "2"), ("6А", "2"), ("6А", "2")],
         "26103": [("6А", "1"), ("6А", "1"), None, None, ("6А", "1")]}


def day_key(w, d):
    base = WEEKS[w]
    import datetime as dt
    day = dt.date(int(base[:4]), int(base[4:6]), int(base[6:])) + dt.timedelta(days=d)
    return day.strftime("%Y%m%d")


def lesson_id(cls, w, d, num, grp):
    return f"{26 if cls == '6А' else 27}{w}{d}{num}{grp or 0}"


def item(cls, w, d, entry, full):
    num, subj, tk, room, grp = entry
    it = {"num": num, "name": subj, "room": room, "teacher": T[tk], "sort": int(num) * 100,
          "lesson_id": lesson_id(cls, w, d, num, grp), "topic": TOPICS[subj][w] + ("" if grp is None else f" ({grp} гр.)"),
          "is_control": False, "starttime": TIMES[num][0], "endtime": TIMES[num][1]}
    if grp:
        it["grp"], it["grp_short"] = f"{grp} группа", f"{grp} гр."
    if full:
        hw = {}
        if grp or num == "1":
            hid = int("5" + lesson_id(cls, w, d, num, grp))
            text = {"Математика": f"№ {210 + 7 * w}, {212 + 7 * w}", "История": f"§ {3 + 4 * w}, вопросы 1–3",
                    "Литература": f"Читать стр. {20 + 30 * w}–{25 + 30 * w}",
                    "География": f"§ {2 + 3 * w}, контурная карта"}.get(subj)
            if subj == "Английский язык":
                text = f"{cls} {grp} гр.: Workbook p. {10 + 12 * w + d}, ex. {grp}" + ("–3" if grp == "1" else "–4")
            hw[str(hid)] = {"id": hid, "value": f"{text} ({cls})" if subj != "Английский язык" else text,
                            "individual": False}
        it.update({"homework": hw, "files": [], "resources": [], "assessments": []})
    return it


def env(result):
    return {"response": {"state": 200, "error": None, "result": result}}


def schedule(cls, w):
    days = {}
    for d in (0, 1):
        k = day_key(w, d)
        days[k] = {"name": k, "title": DAYNAME[d], "items": [item(cls, w, d, e, False) for e in PLAN[cls][d]]}
    return {"request": f"getschedule?class={cls}&days={day_key(w, 0)}-{day_key(w, 1)}&rings=__yes",
            "body": env({"days": days}), "pulled_at": f"{day_key(w, -1)[:4]}-{day_key(w, -1)[4:6]}-{day_key(w, -1)[6:]}T20:00:00+03:00"}


def iso(k, t):
    return f"{k[:4]}-{k[4:6]}-{k[6:]}T{t}+03:00"


def diary(p, w, pulled):
    cls, grp = WHERE[p][w]
    days = {}
    for d in (0, 1):
        k = day_key(w, d)
        items = [item(cls, w, d, e, True) for e in PLAN[cls][d] if e[4] in (None, grp)]
        days[k] = {"name": k, "title": DAYNAME[d], "items": {it["num"]: it for it in items}}
    return {"request": f"getdiary?student={p}&days={day_key(w, 0)}-{day_key(w, 1)}&rings=__yes",
            "body": env({"students": {p: {"name": p, "title": PUPILS[p][0], "parent_signed": False, "days": days}}}),
            "pulled_at": pulled}


def rules(parent, title, kids, pulled):
    students = {}
    for p, cls in kids:
        full, last, first, gender = PUPILS[p]
        students[p] = {"rel": "child", "name": p, "title": full, "lastname": last, "firstname": first,
                       "gender": gender, "class": cls, "parallel": "6", "city": "Кострома",
                       "rules": ["getdiary", "getmarks", "gethomework"]}
    groups = {cls: {"rel": "homeclass", "name": cls, "parallel": "6", "balls": 5,
                    "hometeacher_id": "89261" if cls == "6А" else "89262",
                    "hometeacher_name": "Соловьёва Марина Викторовна" if cls == "6А" else "Громова Елена Павловна"}
              for _, cls in kids}
    return {"request": "getrules", "body": env({
        "roles": ["parent"], "relations": {"students": students, "groups": groups, "schools": [
            {"title": "Школа № 526", "title_full": "МБОУ «Средняя общеобразовательная школа № 526»", "number": "526",
             "inn": "4401005260", "kpp": "440101001"}]},
        "allowedSections": ["diary", "marks", "schedule"], "id": parent, "name": parent, "title": title,
        "email": "", "region": "Костромская область", "city": "Кострома", "vendor": SCH, "vendor_id": 526}),
        "pulled_at": pulled}


def fri(w, t="19:00:00"):
    import datetime as dt
    base = WEEKS[w]
    day = dt.date(int(base[:4]), int(base[4:6]), int(base[6:])) + dt.timedelta(days=4)
    return day.isoformat() + f"T{t}+03:00"


P1, P2, P3 = ("91261", "Миронова Алла Сергеевна"), ("91262", "Орлов Павел Андреевич"), ("91263", "Зайцева Ольга Викторовна")
steps = []
steps.append({"name": "01 September: getrules of the three parents (Зайцева has two children: Артём 6А, Ксения 6Б)",
              "batches": [[rules(*P1, [("26101", "6А")], "2025-09-12T18:00:00+03:00"),
                           rules(*P2, [("26102", "6А")], "2025-09-12T18:01:00+03:00"),
                           rules(*P3, [("26103", "6А"), ("26104", "6Б")], "2025-09-12T18:02:00+03:00")]]})
steps.append({"name": "02 week of 15 Sep: class schedules 6А and 6Б; getdiary of Миронов (1 гр.) and Зайцев (1 гр.); "
                      "Орлова's 6А getdiary is NOT delivered yet",
              "batches": [[schedule("6А", 0), schedule("6Б", 0)],
                          [diary("26101", 0, fri(0)), diary("26103", 0, fri(0, "19:02:00"))]]})
steps.append({"name": "03 October: Орлова moves to 6Б (her parent's getrules shows 6Б); week of 13 Oct: schedules, "
                      "getdiary of all three (Миронов now 2 гр.; Орлова in 6Б 1 гр.)",
              "batches": [[rules(*P2, [("26102", "6Б")], "2025-10-10T18:00:00+03:00")],
                          [schedule("6А", 1), schedule("6Б", 1),
                           diary("26101", 1, fri(1)), diary("26102", 1, fri(1, "19:01:00")),
                           diary("26103", 1, fri(1, "19:02:00"))]]})
steps.append({"name": "04 late delivery: Орлова's 6А getdiary of 15-16 Sep (pulled 19 Sep), after her 6Б answer",
              "batches": [[diary("26102", 0, fri(0, "19:01:00"))]]})
steps.append({"name": "05 November: Зайцев has left; his parent's getrules lists only Ксения; Орлова back in 6А; "
                      "week of 10 Nov: schedules and getdiary (Миронов back in 1 гр.), no answer shows Зайцев",
              "batches": [[rules(*P3, [("26104", "6Б")], "2025-11-07T18:00:00+03:00"),
                           rules(*P2, [("26102", "6А")], "2025-11-07T18:01:00+03:00")],
                          [schedule("6А", 2), schedule("6Б", 2), diary("26102", 2, fri(2, "19:01:00"))]]})
steps.append({"name": "06 week of 8 Dec: schedules; Миронов's getdiary (2 гр. again) and Орлова's; then Миронов's "
                      "10-11 Nov getdiary (1 гр.), pulled 14 Nov, delivered late",
              "batches": [[schedule("6А", 3), schedule("6Б", 3), diary("26101", 3, fri(3)),
                           diary("26102", 3, fri(3, "19:01:00"))],
                          [diary("26101", 2, fri(2))]]})
steps.append({"name": "07 January: Зайцев is back in 6А; his parent's getrules lists both children again; week of "
                      "19 Jan: schedules, getdiary of all three",
              "batches": [[rules(*P3, [("26103", "6А"), ("26104", "6Б")], "2026-01-16T18:00:00+03:00"),
                           schedule("6А", 4), schedule("6Б", 4)],
                          [diary("26101", 4, fri(4)), diary("26102", 4, fri(4, "19:01:00")),
                           diary("26103", 4, fri(4, "19:02:00"))]]})
journey = {"vendor": "elzhur",
           "description": "Eljur corpus 26: Школа № 526 (Кострома), 6А/6Б, 2025/26: leaving and coming back: an English "
                          "subgroup switched 1->2->1->2, a move to the parallel class and back a month later, a pupil "
                          "who leaves in November and returns in January; answers dated by pulled_at, some delivered "
                          "late (written from shared/reference/elzhur_mesh.md Part A only)",
           "steps": steps}
Path(__file__).with_name("journey.json").write_text(json.dumps(journey, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
