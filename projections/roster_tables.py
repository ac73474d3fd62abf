"""The ``roster`` projection's tables (``projections.roster``: the events that fill them and the queries that read
them). Ids are canonical hub ids; every row also keeps the ``school_id`` of its event's envelope. A class-teacher
assignment has ``subject_id = ''`` (key columns cannot be NULL).
"""

from __future__ import annotations

from sqlalchemy import Column, Date, Float, Index, Integer, MetaData, String, Table

metadata = MetaData()


def _names(prefix: str = "") -> list[Column]:
    return [Column(f"{prefix}{part}_name", String(200)) for part in ("last", "first", "middle")]


schools = Table(
    "roster_schools", metadata,
    Column("school_id", String(128), primary_key=True),
    Column("name", String(200)), Column("short_name", String(200)), Column("timezone", String(64)),
    Column("default_scale", String(32)), Column("average_rule", String(32)),
    Column("modifier_step", Float),  # school.registered v2: what + and - add in this school (NULL: the default)
)
classes = Table(
    "roster_classes", metadata,
    Column("class_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("name", String(200)), Column("grade_level", Integer),
    Column("academic_year", Integer), Column("parent_class_id", String(128)),
)
subjects = Table(
    "roster_subjects", metadata,
    Column("subject_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("name", String(200)), Column("short_name", String(200)),
    Column("knowledge_area", String(200)),
)
subject_links = Table(
    "roster_subject_links", metadata,  # subject.linked: the alias's lessons and marks count under subject_id
    Column("alias_id", String(128), primary_key=True), Column("subject_id", String(128)),
    Column("school_id", String(128)),
    Index("roster_subject_links_by_subject", "subject_id"),
)
students = Table(
    "roster_students", metadata,
    Column("student_id", String(128), primary_key=True), Column("school_id", String(128)), *_names(),
)
enrolments = Table(
    "roster_enrolments", metadata,
    Column("student_id", String(128), primary_key=True), Column("class_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("enrolled_on", Date), Column("withdrawn_on", Date),
    Column("withdrawal_reason", String(2000)),
    Index("roster_enrolments_by_class", "class_id"),
)
guardians = Table(
    "roster_guardians", metadata, Column("guardian_id", String(128), primary_key=True), *_names(),
)
guardian_links = Table(  # relation NULL: a link guardian.unlinked ended (``linked`` below: every read checks it)
    "roster_guardian_links", metadata,
    Column("guardian_id", String(128), primary_key=True), Column("student_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("relation", String(32)),
    Index("roster_guardian_links_by_student", "student_id"),
)
student_aliases = Table(
    "roster_student_aliases", metadata,
    Column("alias_id", String(128), primary_key=True), Column("student_id", String(128)),
    Column("school_id", String(128)),
    Index("roster_student_aliases_by_student", "student_id"),
)
teachers = Table(
    "roster_teachers", metadata,
    Column("teacher_id", String(128), primary_key=True), Column("school_id", String(128)), *_names(),
    Column("display_name", String(200)), *_names("defined_"),  # teacher.defined's: preferred when present
)
teacher_assignments = Table(
    "roster_teacher_assignments", metadata,
    Column("teacher_id", String(128), primary_key=True), Column("role", String(32), primary_key=True),
    Column("class_id", String(128), primary_key=True), Column("subject_id", String(128), primary_key=True),
    Column("school_id", String(128)),
    Index("roster_teacher_assignments_by_class", "class_id"),
)
class_teachers = Table(  # a class has one class teacher: the one a ``class_teacher`` assignment named last
    "roster_class_teachers", metadata,
    Column("class_id", String(128), primary_key=True), Column("teacher_id", String(128)),
    Column("school_id", String(128)),
)
reporting_periods = Table(
    "roster_reporting_periods", metadata,
    Column("period_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("kind", String(32)), Column("number", Integer),
    Column("name", String(200)), Column("academic_year", Integer), Column("starts_on", Date), Column("ends_on", Date),
    Column("short_name", String(200)),  # v7: the journal's own short name (reporting_period.defined v3)
    Index("roster_reporting_periods_by_school", "school_id", "academic_year"),
)
period_classes = Table(
    "roster_period_classes", metadata,  # v5, reporting_period.assigned: a period with rows applies to those classes
    Column("period_id", String(128), primary_key=True), Column("class_id", String(128), primary_key=True),
    Column("school_id", String(128)),
)
transfers = Table(
    "roster_transfers", metadata,  # each school's half of a transfer, paired by transfer_id for operators
    Column("school_id", String(128), primary_key=True), Column("direction", String(8), primary_key=True),
    Column("transfer_id", String(128), primary_key=True),
    Column("student_id", String(128)), Column("class_id", String(128)), Column("on_date", Date),
    Column("other_school_id", String(128)), Column("recorded_at", String(40)),
    Index("roster_transfers_by_id", "transfer_id"),
)
holidays = Table(
    "roster_holidays", metadata,
    Column("holiday_id", String(128), primary_key=True),
    Column("school_id", String(128)), Column("class_id", String(128)), Column("name", String(200)),
    Column("academic_year", Integer), Column("starts_on", Date), Column("ends_on", Date),
    Index("roster_holidays_by_school", "school_id", "starts_on"),
)
enrolment_gaps = Table(  # v6, projections.roster_stays: he was out of the class on left_on <= day < returned_on
    "roster_enrolment_gaps", metadata,
    Column("student_id", String(128), primary_key=True), Column("class_id", String(128), primary_key=True),
    Column("left_on", Date, primary_key=True), Column("returned_on", Date), Column("school_id", String(128)),
)
