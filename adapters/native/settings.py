"""The native adapter: canonical JSON in (the city's native gradebook speaks the hub's own format)."""

from adapters.base import AdapterSettings

SETTINGS = AdapterSettings(
    name="native",
    system="native",
    description="Canonical event JSON, as published in schemas/; the hub adds ids, normalised marks and hub time.",
)
