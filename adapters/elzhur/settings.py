"""The Elzhur (ЭлЖур, Eljur API v3) adapter: one API response per record, as the API returns it."""

from adapters.base import AdapterSettings

SETTINGS = AdapterSettings(
    name="elzhur",
    system="elzhur",
    description="Eljur API v3 responses ({\"response\": {state, error, result}}) of getrules, getperiods, getdiary, "
                "getschedule, getmarks, getfinalassessments and gethomework, plus a hub deletion notice.",
    revisions="hub",  # Elzhur has no revisions: the hub numbers them and turns changed re-sends into corrections
    park_unknown_references=True,
)
