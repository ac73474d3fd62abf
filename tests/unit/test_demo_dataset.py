"""The demo school as a parent would read it (issue 13 §4): names whose form agrees with the person's gender,
siblings of one family, topics of each subject's programme, homework as each subject sets it (none in PE), several
marks per subject per quarter of varied weights, and the teachers' quarter marks; and what ``hub demo`` makes of
them (native grades name their work types; the vendor classes' quarter marks carry the vendor adapters' ids)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

from hub.demo import curriculum
from hub.demo.dataset import CLASSES, QUARTERS, SUBJECTS, records
from hub.demo.run import named_work_types, vendor_final_marks
from hub.demo.vendor_formats import dnevnik_student, elzhur_student

LEVEL = {class_id: level for class_id, _name, level, _teacher in CLASSES}
WOMEN = set(curriculum.GIRLS) | set(curriculum.MOTHERS)
MEN = set(curriculum.BOYS) | set(curriculum.FATHERS)


@cache
def demo() -> tuple[dict, ...]:
    return tuple(records())


def of(kind: str) -> list[dict]:
    return [r["data"] for r in demo() if r["type"] == kind]


def _feminine(last_name: str) -> bool:
    return last_name.endswith("а")


def test_surnames_agree_with_gender():
    people = [e["name"] for e in of("student.enrolled")] + [g["name"] for g in of("guardian.linked")]
    for name in people:
        assert name["first_name"] in WOMEN | MEN, name
        assert _feminine(name["last_name"]) == (name["first_name"] in WOMEN), name
        if name.get("middle_name"):
            assert name["middle_name"].endswith("вна" if name["first_name"] in WOMEN else "вич"), name


def test_a_guardian_and_their_children_share_the_family_name():
    names = {e["student_id"]: e["name"]["last_name"] for e in of("student.enrolled")}
    children = defaultdict(set)
    for link in of("guardian.linked"):
        children[(link["guardian_id"], link["name"]["last_name"])].add(link["student_id"])
    assert sum(len(kids) == 2 for kids in children.values()) == 6  # six families with a child in 5Б and in 6А
    for (_guardian, last_name), kids in children.items():
        stem = last_name.removesuffix("а")
        assert all(names[kid].removesuffix("а") == stem for kid in kids), (last_name, [names[k] for k in kids])
    assert len({n.removesuffix("а") for n in names.values()}) == len(names) - 6  # no other namesakes


def test_topics_are_the_subjects_own_in_order():
    lessons = of("lesson.scheduled")
    for lesson in lessons:
        level, subject = LEVEL[lesson["class_id"][:2]], lesson["subject_id"]
        about = re.sub(r"^(Контрольная работа|Самостоятельная работа): ", "", lesson["topic"])
        assert about in curriculum.TOPICS[(subject, level)] or about in curriculum.TEST.values(), lesson
    math_6a = [lesson["topic"] for lesson in lessons if lesson["class_id"] == "6a" and lesson["subject_id"] == "math"]
    order = [curriculum.TOPICS[("math", 6)].index(t.split(": ")[-1]) for t in math_6a]
    assert order == sorted(order) and order[0] == 0 and len(set(order)) >= 8  # the programme, one topic after another


def test_homework_fits_the_subject_and_pe_sets_none():
    homework = Counter(h["subject_id"] for h in of("homework.assigned"))
    assert homework["pe"] == 0 and all(homework[s] > 30 for s, _ in SUBJECTS if s != "pe")
    for item in of("homework.assigned"):
        text, subject = item["text"], item["subject_id"]
        if "§" in text:
            assert subject in ("history", "biology", "geography"), item
        if "№" in text:
            assert subject == "math", item
        if "Student's Book" in text:
            assert subject == "english", item


def test_several_marks_per_subject_per_quarter_with_varied_weights():
    lessons = {lesson["lesson_id"]: lesson for lesson in of("lesson.scheduled")}
    first_quarter = QUARTERS[0]
    counts = Counter()
    for grade in of("grade.recorded"):
        lesson = lessons[grade["lesson_id"]]
        if first_quarter[1].isoformat() <= lesson["date"] <= first_quarter[2].isoformat():
            counts[(grade["student_id"], lesson["subject_id"])] += 1
    students = {e["student_id"] for e in of("student.enrolled")}
    assert len(counts) == len(students) * len(SUBJECTS)  # every pupil has marks in every subject, PE included
    assert min(counts.values()) >= 3 and sorted(counts.values())[len(counts) // 2] >= 7
    weights = Counter(g["weight"] for g in of("grade.recorded"))
    assert set(weights) == {1.0, 2.0, 3.0} and min(weights.values()) > 0.1 * sum(weights.values())


def test_teachers_set_the_first_quarter_marks_from_the_marks():
    finals = of("final_grade.recorded")
    students = {e["student_id"] for e in of("student.enrolled")}
    assert {(f["student_id"], f["subject_id"]) for f in finals} == {(s, subject) for s in students
                                                                     for subject, _ in SUBJECTS}
    assert all(f["period_id"] == "2026-q1" and f["teacher_id"] == f"t-{f['subject_id']}" for f in finals)
    values = Counter(f["value"] for f in finals)
    assert values["4"] > values["5"] > values["2"] and values["3"] > 0


def test_the_demo_names_work_types_and_gives_vendor_quarter_marks_their_ids():
    grades = [r for r in named_work_types(list(demo())) if r["type"] == "grade.recorded"]
    assert all(r["schema_version"] == 2 and r["data"]["work_type"]["name"] for r in grades)
    assert {r["data"]["work_type"]["name"] for r in grades} >= {"Работа на уроке", "Контрольная работа", "Тест"}
    vendor = vendor_final_marks(list(demo()))
    assert {r["data"]["student_id"] for r in vendor} == {dnevnik_student(f"st-5b-{n:02d}") for n in range(1, 23)} | {
        elzhur_student(f"st-6a-{n:02d}") for n in range(1, 23)}
    math = next(r["data"] for r in vendor if r["data"]["student_id"] == elzhur_student("st-6a-01")
                and "matematika" in r["data"]["subject_id"])
    assert math["subject_id"].startswith("elzhur:sch-1234:subject:") and math["teacher_id"].startswith("elzhur:")


def test_make_token_prints_a_token_of_the_demo(tmp_path):
    """The README's `make -s token` (no `hub` on the PATH needed): a guardian token by default, any reader with
    ROLE, SUB and SCHOOL; each verifies with the demo data dir's key."""
    from hub.auth.readers import Role, TokenService
    from hub.config import Mode, Settings

    root = Path(__file__).resolve().parents[2]
    venv = Path(sys.executable).parent.parent
    run = lambda *extra: subprocess.run(  # noqa: E731
        ["make", "-s", "-o", "install", "token", f"DEMO_DIR={tmp_path}", f"VENV={venv}", *extra], cwd=root,
        capture_output=True, text=True, timeout=120)
    tokens = TokenService(Settings(mode=Mode.DEV, data_dir=tmp_path))
    guardian = run()
    assert guardian.returncode == 0, guardian.stderr
    assert tokens.verify(guardian.stdout.strip()).sub == "native:sch-1234:gu-001"
    head = run("ROLE=head_teacher", "SUB=head", "SCHOOL=sch-1234")
    reader = tokens.verify(head.stdout.strip())
    assert (reader.role, reader.school) == (Role.HEAD_TEACHER, "sch-1234")
