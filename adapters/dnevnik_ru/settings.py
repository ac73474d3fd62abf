"""The Dnevnik.ru adapter: records of the Dnevnik.ru v2 partner API (also school.mosreg.ru, kundelik.kz)."""

from adapters.base import AdapterSettings

SETTINGS = AdapterSettings(
    name="dnevnik_ru",
    system="dnevnik",
    description="Dnevnik.ru v2 API objects (marks, works, lessons, lesson-log entries, edu-groups, ...), one per "
                "record, either wrapped as {resource, data} or bare; see adapters/dnevnik_ru/translate.py.",
    revisions="hub",
    park_unknown_references=True,
)
