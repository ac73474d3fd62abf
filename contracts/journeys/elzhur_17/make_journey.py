"""Writes journey.json for corpus elzhur_17 (homework in depth). Standard library only, deterministic.

Every name, id, text and link is invented. Shapes follow /work/shared/reference/elzhur_mesh.md Part A.
"""
import json
from pathlib import Path

HOST = "https://sch417.eljur.ru/files/"
CLASS = "6В"
A, B = "17101", "17102"
NAMES = {A: "Лаптев Кирилл", B: "Озерова Ульяна"}
T = {
    "Математика": "Сафонова Ирина Олеговна", "Русский язык": "Дубов Павел Ильич",
    "Английский язык/1": "Горина Яна Сергеевна", "Английский язык/2": "Рябов Артём Денисович",
    "История": "Мельникова Зоя Петровна", "Биология": "Кротов Семён Аркадьевич",
    "Литература": "Дубов Павел Ильич", "География": "Лисина Вера Андреевна",
    "Физическая культура": "Шубин Глеб Романович", "Шахматный клуб": "Ларин Олег Викторович",
}


def lesson(num, name, lid, hws=(), files=(), grp=None, old_files=False, with_num=True):
    teacher = T.get(name + ("/" + grp[0] if grp else ""), T.get(name))
    it = {"num": str(num), "name": name, "room": str(200 + num), "teacher": teacher, "sort": num * 100,
          "lesson_id": str(lid), "topic": "", "is_control": False}
    if grp:
        it["grp"], it["grp_short"] = grp, grp.split()[0] + " гр."
    it["homework"] = {str(h): {"id": h, "value": v, "individual": ind} for h, v, ind in hws}
    if old_files:
        it["files"] = {"file": [{"filename": f, "link": HOST + slug} for _, f, slug in files]}
    else:
        it["files"] = [{"toid": t, "filename": f, "link": HOST + slug} for t, f, slug in files]
    it["resources"] = []
    return it


def extday(name, hws, sort=900):
    return {"name": name, "teacher": T[name], "grp": "", "topic": "Дебюты", "sort": sort,
            "homework": [{"id": h, "value": v, "individual": ind} for h, v, ind in hws]}


def env(result):
    return {"response": {"state": 200, "error": None, "result": result}}


TITLES = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]


def days_obj(first, n, content, diary=True):
    """content: {YYYYMMDD: (items list, extday list)}; every day of the range is listed (weekends with no items)."""
    import datetime
    d0 = datetime.date(int(first[:4]), int(first[4:6]), int(first[6:]))
    out = {}
    for i in range(n):
        d = d0 + datetime.timedelta(days=i)
        key = d.strftime("%Y%m%d")
        items, ext = content.get(key, ([], []))
        day = {"name": key, "title": TITLES[d.weekday()]}
        day["items"] = {it["num"]: it for it in items} if diary else list(items)
        if ext:
            day["items_extday"] = ext
        out[key] = day
    return out


def diary(pupil, first, content):
    return env({"students": {pupil: {"name": pupil, "title": NAMES[pupil], "parent_signed": False,
                                      "days": days_obj(first, 7, content)}}})


def hw_pupil(pupil, first, content):
    return env({"students": {pupil: {"name": pupil, "title": NAMES[pupil],
                                      "days": days_obj(first, 7, content)}}})


def hw_class(first, content):
    """By class (A.2): `days` at the top level, `items` an array; as in A.5 E5 the tasks are keyed by their position
    in the item ("1", "2"), not by their id: the id is the entry's `id`."""
    body = env({"days": days_obj(first, 7, content, diary=False)})
    for day in body["response"]["result"]["days"].values():
        for it in day["items"]:
            it["homework"] = {str(n): hw for n, hw in enumerate(it["homework"].values(), 1)}
    return body


def rec(request, body, pulled):
    return {"request": request, "body": body, "pulled_at": pulled}


# ---- week 1: 12-18 January 2026 ------------------------------------------------------------------------
def week1(pupil, edited, old_files=False, klass=False):
    """The week as the journal holds it: before (edited=False) or after (edited=True) the teachers' edits."""
    of = old_files
    m_hw = [(5170001, "№ 101, 103 (стр. 24)" if not edited else "№ 101, 103, 105* (стр. 24–25); * по желанию", False)]
    m_files = [(5170001, "Карточка_дроби.pdf", "a17m01")] + ([(5170001, "Образец_решения.jpg", "a17m02")] if edited else [])
    r_files = [] if edited else [(5170002, "Словарные_слова.docx", "a17r01")]
    eng = []
    if klass or pupil == A:
        eng.append(lesson(3, "Английский язык", 1712123, [(5170003, "Workbook p. 20, ex. 1–3", False)], grp="1 группа", old_files=of))
    if klass or pupil == B:
        eng.append(lesson(3, "Английский язык", 1712124, [(5170004, "Learn the words on p. 18 (Unit 3)", False)], grp="2 группа", old_files=of))
    mon = [lesson(1, "Математика", 1712121, m_hw, m_files, old_files=of),
           lesson(2, "Русский язык", 1712122, [(5170002, "Упр. 214; выписать 10 словарных слов", False)], r_files, old_files=of)] + eng
    bio_hw = [(5170007, "Индивидуально: доклад «Мхи нашего края», 3–4 минуты", True)] if (pupil == A and not klass) else []
    hist_hw = [(5170005, "§ 12, читать; ответить на вопросы 1–3 письменно", False)]
    hist_files = [(5170005, "Вопросы_к_параграфу_12.pdf", "a17h01")]
    if not edited:  # the second task of the lesson is withdrawn later; the first stays
        hist_hw.append((5170006, "Подготовить сообщение о Великом шёлковом пути", False))
        hist_files.append((5170006, "Карта_шёлкового_пути.png", "a17h02"))
    tue = [lesson(1, "История", 1713131, hist_hw, hist_files, old_files=of),
           lesson(2, "Биология", 1713132, bio_hw, old_files=of)]
    lit = lesson(3 if not edited else 2, "Литература", 1714141, [(5170009, "Выучить наизусть «Зимнее утро» (1–3 строфы)", False)], old_files=of)
    wed = [lesson(1, "Математика", 1714142, [], old_files=of)] + ([] if edited else [lit])
    thu = [lesson(1, "География", 1715151, [] if edited else [(5170010, "Контурная карта: реки Евразии", False)], old_files=of)]
    fri = [lesson(1, "Физическая культура", 1716161, [], old_files=of)] + ([lit] if edited else [])
    if klass and of:
        for day in (mon, tue, wed, thu, fri):
            for it in day:
                it.pop("num"); it.pop("sort")
    ext = [extday("Шахматный клуб", [(5170008, "Решить задачи 5–8 из сборника (мат в 2 хода)", False)])]
    return {"20260112": (mon, []), "20260113": (tue, []), "20260114": (wed, ext), "20260115": (thu, []),
            "20260116": (fri, [])}


# ---- week 2: 19-25 January 2026 ------------------------------------------------------------------------
def week2(pupil, later, klass=False):
    geo = [(5170010, "Контурная карта: реки Евразии", False)] if later else []
    m_files = [(5170011, "Карточка_проценты.pdf", "a17m11")] if not later else [(5170011, "Карточка_проценты_v2.pdf", "a17m12")]
    eng = []
    if klass or pupil == A:
        eng.append(lesson(2, "Английский язык", 1720123, [(5170017, "Write 6 sentences in Present Continuous", False)], grp="1 группа"))
    if klass or pupil == B:
        eng.append(lesson(2, "Английский язык", 1720124, [(5170018, "Listen to track 14 and fill in the table", False)], grp="2 группа"))
    # an individual task of 17101, listed in his own answer and (flagged individual) in the class answer as well
    ind = [(5170019, "Индивидуально: карточка № 7 на проценты (повторение)", True)] if (klass or pupil == A) else []
    mon = [lesson(1, "Математика", 1719191, [(5170011, "№ 140–145", False)] + ind, m_files),
           lesson(2, "География", 1719192, geo)]
    tue = [lesson(1, "Русский язык", 1720121, [(5170012, "Упр. 301 (устно), упр. 302 (письменно)", False)])] + eng
    wed = [lesson(1, "Литература", 1721211, [(5170013, "Читать «Дубровский», главы 3–4", False)] if later < 2 else
                  [(5170028, "Читать «Дубровский», главы 5–6; выписать цитаты о Троекурове", False)])]
    thu = [lesson(1, "История", 1722221, [] if later else [(5170014, "§ 13; таблица «Ремёсла и торговля»", False)])]
    fri = [lesson(1, "География", 1723231, [(5170015, "§ 9, вопросы после параграфа", False)])]
    return {"20260119": (mon, []), "20260120": (tue, []), "20260121": (wed, []), "20260122": (thu, []),
            "20260123": (fri, [])}


# ---- week 3: 26 January - 1 February 2026 ---------------------------------------------------------------
def week3(pupil, later, klass=False, stage=0):
    """stage 0: first pull; 1: re-pull (pupils); 2: the class re-pull, later still: the Mon 26 reminder is gone."""
    ind = []
    if pupil == B and not klass:
        ind = [(5170023, "Индивидуально: исправить ошибки контрольной работы, № 3 и № 5", True)]
    rem = [] if stage == 2 else [(5170026, "Принести циркуль и транспортир", False)]
    mon = [lesson(1, "Математика", 1726261, [(5170021, "№ 160, 162", False)] + ind + rem,
                  [(5170021, "Таблица_степеней.pdf", "a17m21")])]
    # 17101 switched to the second English group from week 3: his own answers now show `2 группа`
    tue = []
    if klass:
        tue.append(lesson(1, "Английский язык", 1727123, [(5170031, "Unit 4: ex. 5, p. 40 (письменно)", False)], grp="1 группа"))
    tue.append(lesson(1, "Английский язык", 1727124, [(5170032, "Unit 4: learn the dialogue on p. 41 by heart", False)], grp="2 группа"))
    wed = [lesson(1, "Биология", 1728281, [] if later else [(5170022, "Рисунок строения цветка (в тетради)", False)])]
    fri = [lesson(1, "Русский язык", 1730301, [(5170024, "Упр. 330; сочинение-миниатюра «Моё утро»", False)],
                  [(5170024, "План_сочинения.docx", "a17r24")] + ([(5170024, "Критерии_оценки.pdf", "a17r25")] if later else []))]
    chess = [extday("Шахматный клуб", [] if later else [(5170027, "Разобрать партию Капабланка — Ласкер (1921), ходы 1–20", False)])]
    return {"20260126": (mon, []), "20260127": (tue, []), "20260128": (wed, chess), "20260130": (fri, [])}


def getrules(parent, pname, pupil, first, last):
    return env({"roles": ["parent"], "relations": {
        "students": {pupil: {"rel": "child", "name": pupil, "title": NAMES[pupil], "lastname": NAMES[pupil].split()[0],
                             "firstname": NAMES[pupil].split()[1], "gender": "male" if pupil == A else "female",
                             "class": CLASS, "parallel": "6", "city": "Вологда",
                             "rules": ["getdiary", "gethomework", "getmarks"]}},
        "groups": {CLASS: {"rel": "homeclass", "name": CLASS, "parallel": "6", "balls": 5,
                           "hometeacher_id": "87101", "hometeacher_name": "Сафонова Ирина Олеговна"}},
        "schools": [{"title": "Школа № 417", "title_full": "МБОУ «СОШ № 417»", "number": "417",
                     "inn": "3525000417", "kpp": "352501001"}]},
        "allowedSections": ["diary", "marks"], "id": parent, "name": parent, "title": pname,
        "vendor": "sch417", "vendor_id": 417})


def schedule_class(first, content):
    """getschedule by class: like getdiary without marks (A.2); lessons only, so homework/files are left out."""
    c = {}
    for k, (items, ext) in content.items():
        c[k] = ([{x: v for x, v in it.items() if x not in ("homework", "files", "resources")} for it in items], [])
    return env({"days": days_obj(first, 7, c, diary=False)})


W1, W2, W3 = "20260112-20260118", "20260119-20260125", "20260126-20260201"
steps = [
    ("01 getrules of both parents", [[
        rec("getrules", getrules("97101", "Лаптева Ольга Николаевна", A, "", ""), "2026-01-11T10:00:00+03:00"),
        rec("getrules", getrules("97102", "Озеров Денис Юрьевич", B, "", ""), "2026-01-11T10:01:00+03:00")]]),
    ("02 week 1 homework by class (older files.file form, items array, top-level days), before the diaries", [[
        rec(f"gethomework?class={CLASS}&days={W1}", hw_class("20260112", week1(None, False, old_files=True, klass=True)),
            "2026-01-12T19:55:00+03:00")]]),
    ("03 week 1 getdiary per pupil: subgroups, an individual task (A), two tasks on one lesson, extday homework", [[
        rec(f"getdiary?student={p}&days={W1}&rings=__yes", diary(p, "20260112", week1(p, False)), f"2026-01-12T20:0{i}:00+03:00")
        for i, p in enumerate((A, B))]]),
    ("04 week 2: the class schedule, then homework by pupil (students object) and by class (new files form)", [[
        rec(f"getschedule?class={CLASS}&days={W2}", schedule_class("20260119", week2(None, True, klass=True)), "2026-01-19T19:50:00+03:00")] + [
        rec(f"gethomework?student={p}&days={W2}", hw_pupil(p, "20260119", week2(p, False)), f"2026-01-19T20:0{i}:00+03:00")
        for i, p in enumerate((A, B))] + [
        rec(f"gethomework?class={CLASS}&days={W2}", hw_class("20260119", week2(None, False, klass=True)), "2026-01-19T20:05:00+03:00")]]),
    ("05 week 1 re-pulled after edits: a task edited + a file added, the second of two tasks on one lesson withdrawn, a file removed, the geography task gone from Thu 15, Литература moved Wed 14 -> Fri 16 with its task", [[
        rec(f"getdiary?student={p}&days={W1}&rings=__yes", diary(p, "20260112", week1(p, True)), f"2026-01-20T18:0{i}:00+03:00")
        for i, p in enumerate((A, B))] + [
        rec(f"gethomework?class={CLASS}&days={W1}", hw_class("20260112", week1(None, True, old_files=True, klass=True)), "2026-01-20T18:05:00+03:00")]]),
    ("06 week 2 re-pulled: the geography task now listed under Mon 19, the history task of Thu 22 removed while other days stay, the maths file replaced", [[
        rec(f"gethomework?student={p}&days={W2}", hw_pupil(p, "20260119", week2(p, True)), f"2026-01-22T20:0{i}:00+03:00")
        for i, p in enumerate((A, B))] + [
        rec(f"gethomework?class={CLASS}&days={W2}", hw_class("20260119", week2(None, True, klass=True)), "2026-01-22T20:05:00+03:00")]]),
    ("07 week 3 getdiary per pupil, the class schedule and class homework: an individual task for B beside a class task on one lesson; 17101 now in English 2 группа", [[
        rec(f"getdiary?student={p}&days={W3}", diary(p, "20260126", week3(p, False)), f"2026-01-26T19:0{i}:00+03:00")
        for i, p in enumerate((A, B))] + [
        rec(f"getschedule?class={CLASS}&days={W3}", schedule_class("20260126", week3(None, False, klass=True)), "2026-01-26T19:04:00+03:00"),
        rec(f"gethomework?class={CLASS}&days={W3}", hw_class("20260126", week3(None, False, klass=True)), "2026-01-26T19:05:00+03:00")]]),
    ("08 week 3 re-pulled by pupil (gethomework, getdiary): Wed 28 lesson task and the chess club task removed, Fri 30 gains a file", [[
        rec(f"gethomework?student={p}&days={W3}", hw_pupil(p, "20260126", week3(p, True)), f"2026-01-29T19:0{i}:00+03:00")
        for i, p in enumerate((A, B))] + [
        rec(f"getdiary?student={p}&days={W3}", diary(p, "20260126", week3(p, True)), f"2026-01-29T19:1{i}:00+03:00")
        for i, p in enumerate((A, B))]]),
    ("09 week 3 by class, pulled last: the Mon 26 reminder (5170026) withdrawn after the pupils' re-pulls still listed it", [[
        rec(f"gethomework?class={CLASS}&days={W3}", hw_class("20260126", week3(None, True, klass=True, stage=2)), "2026-01-29T19:30:00+03:00")]]),
]
def one_day(content, key):
    return {key: content[key]}


steps += [
    ("10 a single day re-pulled (full-URL form): Wed 21's Литература task replaced by another task, other days untouched; "
     "then a backlog answer pulled on 13 Jan (Mon 12 - Wed 14) delivered last: it must not bring back what later pulls changed", [[
        rec(f"https://sch417.eljur.ru/apiv3/gethomework?student={p}&days=20260121-20260121",
            env({"students": {p: {"name": p, "title": NAMES[p], "days": days_obj("20260121", 1, one_day(week2(p, 2), "20260121"))}}}),
            f"2026-01-23T08:0{i}:00+03:00")
        for i, p in enumerate((A, B))] + [
        rec(f"getdiary?student={p}&days=20260112-20260114&rings=__yes",
            env({"students": {p: {"name": p, "title": NAMES[p], "parent_signed": False,
                                  "days": days_obj("20260112", 3, {k: v for k, v in week1(p, False).items() if k <= "20260114"})}}}),
            f"2026-01-13T08:0{i}:00+03:00")
        for i, p in enumerate((A, B))]]),
]
journey = {"steps": [{"name": n, "batches": b} for n, b in steps]}
out = Path(__file__).with_name("journey.json")
lines = []
for s in journey["steps"]:
    bl = ["[\n" + ",\n".join("      " + json.dumps(r, ensure_ascii=False, sort_keys=False) for r in b) + "\n    ]" for b in s["batches"]]
    lines.append('  {"name": ' + json.dumps(s["name"], ensure_ascii=False) + ', "batches": [\n    ' + ",\n    ".join(bl) + "\n  ]}")
out.write_text('{"vendor": "elzhur", "description": "Eljur corpus 17: Школа № 417, 6В, 12-30 January 2026: homework in depth (written from shared/reference/elzhur_mesh.md Part A and C only)",\n"steps": [\n' + ",\n".join(lines) + "\n]}\n", encoding="utf-8")
json.loads(out.read_text(encoding="utf-8"))
print(sum(len(b) for s in journey["steps"] for b in s["batches"]), "records")
