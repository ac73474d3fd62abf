"""Canonical event payloads: version 1 of every type, and the later versions (``...V2``) of some.

One frozen pydantic model per (event type, version), ``extra="forbid"``. These models are the published contract:
the JSON Schemas in ``schemas/<type>/v<N>.json`` are generated from them (``hub schemas export``) and a test fails
on drift. A published model never changes: a change is a new version with an upcaster from the one before
(``hub.events.upcasting``). Ids are canonical hub ids (strings); vendor adapters map their own ids onto them.

One module per family: ``common`` (ids, names, texts), ``roster``, ``calendar``, ``marks``, ``daily`` (homework,
attendance); every name is importable from ``hub.events.types``.
"""

from __future__ import annotations

from hub.events.types.common import (  # noqa: F401
    Comment, ID_PATTERN, Id, IsoDate, iso_text, IsoTime, NO_NUL, Name, Payload, PersonName, ScaleIdV1, Text,
    VendorNumber, VendorText)
from hub.events.types.roster import (  # noqa: F401
    AverageRule, ClassDefined, GuardianLinked, GuardianRelation, GuardianUnlinked, IdentityLinked, SchoolRegistered,
    SchoolRegisteredV2, StudentEnrolled, StudentTransferredIn, StudentTransferredOut, StudentWithdrawn,
    SubjectDefined, SubjectLinked, TeacherAssigned, TeacherDefined, TeacherRole)
from hub.events.types.calendar import (  # noqa: F401
    HolidayDefined, HolidayWithdrawn, LessonCancelled, LessonScheduled, LessonScheduledV2, PeriodKind, PeriodKindV2,
    PeriodKindV4, ReportingPeriodAssigned, ReportingPeriodDefined, ReportingPeriodDefinedV2, ReportingPeriodDefinedV3,
    ReportingPeriodDefinedV4, TimetableDefined, TimetableFrequency, TimetableWithdrawn, UNDATED_KINDS)
from hub.events.types.marks import (  # noqa: F401
    AverageReported, FinalGradeFields, FinalGradeRecorded, FinalGradeRecordedV2, FinalGradeRecordedV3,
    FinalGradeRetracted, Grade,
    GradeAmended, GradeAmendedV2, GradeAmendedV3, GradeAmendedV4, GradeAmendedV5, GradeFields, GradeRecorded,
    GradeRecordedV2, GradeRecordedV3, GradeRecordedV4, GradeRecordedV5, GradeRetracted, GradeV2, GradeV3, GradeV4, GradeV5,
    LESSON_WORK, WorkType)
from hub.events.types.daily import (  # noqa: F401
    Attachment, Attendance, AttendanceCorrected, AttendanceCorrectedV2, AttendanceMarked, AttendanceMarkedV2,
    AttendanceStatus, AttendanceV2, Homework, HomeworkAssigned, HomeworkUpdated, HomeworkWithdrawn)
