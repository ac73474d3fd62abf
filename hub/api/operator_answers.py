"""The shapes of the operator endpoints' answers (``hub.api.operator``): the journal's averages the hub disagrees
with, and the subject links with their suggestions. Documented and checked like ``hub.api.answers``."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from hub.api.answers import Positions, Ref, Shape


class DisagreementPeriod(Shape):
    id: str
    name: str | None
    short_name: str | None = Field(description="The journal's own short name of the period beside its name")
    from_: dt.date = Field(alias="from")
    to: dt.date


class VendorFigure(Shape):
    value: str = Field(description="The journal's average exactly as it sent it")
    source: str = Field(description="Which of the journal's figures (`avg-marks`, `wa-marks`, `getmarks.average`)")
    rule: str | None = Field(description="`weighted` or `simple` when the journal says which")


class HubFigure(Shape):
    value: float | None = Field(description="The hub's average on the school's scale, full precision; null when no "
                                "mark counts in that period")
    at_vendor_precision: str | None = Field(description="The hub's average rounded half up to the journal's "
                                            "decimals: what was compared")
    rule: str = Field(description="The rule the hub's figure follows: the journal's when stated, else the school's")
    counted_marks: int


class Disagreement(Shape):
    school_id: str
    student: Ref
    subject: Ref
    period: DisagreementPeriod
    vendor: VendorFigure
    hub: HubFigure


class DisagreementsAnswer(Positions):
    disagreements: list[Disagreement]


class SubjectLink(Shape):
    alias: Ref = Field(description="The id whose lessons, marks and homework count under `subject`")
    subject: Ref
    counts_under: Ref = Field(description="Where the alias counts in the end (a chain of links resolved)")


class SuggestedAlias(Shape):
    id: str
    name: str | None
    lessons: int = Field(description="Lessons of that subject in the diary")


class SubjectSuggestion(Shape):
    school_id: str
    normalised_name: str = Field(description="The name the subjects share once casefolded, `ё` as `е`, punctuation "
                                 "and a group suffix (`1 группа`) dropped")
    subject: Ref = Field(description="The subject to link the others to (the native journal's, else the one with "
                         "most lessons)")
    aliases: list[SuggestedAlias]


class SubjectLinksAnswer(Positions):
    school_id: str
    links: list[SubjectLink]
    suggestions: list[SubjectSuggestion]
