"""Which payload model belongs to which (event type, schema version). Every version ever published stays here;
a version after the first needs an upcaster from the one before it (``hub.events.upcasting``)."""

from __future__ import annotations

from hub.events import types as t

EVENT_MODELS: dict[str, dict[int, type[t.Payload]]] = {
    "school.registered": {1: t.SchoolRegistered, 2: t.SchoolRegisteredV2},
    "class.defined": {1: t.ClassDefined},
    "subject.defined": {1: t.SubjectDefined},
    "subject.linked": {1: t.SubjectLinked},
    "student.enrolled": {1: t.StudentEnrolled},
    "student.withdrawn": {1: t.StudentWithdrawn},
    "student.transferred_out": {1: t.StudentTransferredOut},
    "student.transferred_in": {1: t.StudentTransferredIn},
    "guardian.linked": {1: t.GuardianLinked},
    "guardian.unlinked": {1: t.GuardianUnlinked},
    "identity.linked": {1: t.IdentityLinked},
    "teacher.assigned": {1: t.TeacherAssigned},
    "teacher.defined": {1: t.TeacherDefined},
    "reporting_period.defined": {1: t.ReportingPeriodDefined, 2: t.ReportingPeriodDefinedV2,
                                 3: t.ReportingPeriodDefinedV3, 4: t.ReportingPeriodDefinedV4},
    "reporting_period.assigned": {1: t.ReportingPeriodAssigned},
    "holiday.defined": {1: t.HolidayDefined},
    "holiday.withdrawn": {1: t.HolidayWithdrawn},
    "timetable.defined": {1: t.TimetableDefined},
    "timetable.withdrawn": {1: t.TimetableWithdrawn},
    "lesson.scheduled": {1: t.LessonScheduled, 2: t.LessonScheduledV2},
    "lesson.cancelled": {1: t.LessonCancelled},
    "grade.recorded": {1: t.GradeRecorded, 2: t.GradeRecordedV2, 3: t.GradeRecordedV3, 4: t.GradeRecordedV4,
                       5: t.GradeRecordedV5},
    "grade.amended": {1: t.GradeAmended, 2: t.GradeAmendedV2, 3: t.GradeAmendedV3, 4: t.GradeAmendedV4,
                      5: t.GradeAmendedV5},
    "grade.retracted": {1: t.GradeRetracted},
    "final_grade.recorded": {1: t.FinalGradeRecorded, 2: t.FinalGradeRecordedV2, 3: t.FinalGradeRecordedV3},
    "final_grade.retracted": {1: t.FinalGradeRetracted},
    "average.reported": {1: t.AverageReported},
    "homework.assigned": {1: t.HomeworkAssigned},
    "homework.updated": {1: t.HomeworkUpdated},
    "homework.withdrawn": {1: t.HomeworkWithdrawn},
    "attendance.marked": {1: t.AttendanceMarked, 2: t.AttendanceMarkedV2},
    "attendance.corrected": {1: t.AttendanceCorrected, 2: t.AttendanceCorrectedV2},
}

EVENT_TYPES: tuple[str, ...] = tuple(EVENT_MODELS)


def latest_version(event_type: str) -> int:
    return max(EVENT_MODELS[event_type])


def model_for(event_type: str, version: int) -> type[t.Payload]:
    """The payload model of ``event_type`` at ``version``; ``KeyError`` if that pair was never published."""
    return EVENT_MODELS[event_type][version]
