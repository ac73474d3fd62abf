"""The Dnevnik.ru adapter: records of the Dnevnik.ru v2 partner API (also school.mosreg.ru, kundelik.kz)."""

from adapters.base import AdapterSettings

SETTINGS = AdapterSettings(
    name="dnevnik_ru",
    system="dnevnik",
    description="Dnevnik.ru v2 API answers, one per record, with the request that produced them "
                "({request, body}; routes in adapters/dnevnik_ru/routes.py); legacy {resource, data} or bare objects "
                "are still read.",
    revisions="hub",
    park_unknown_references=True,
)
