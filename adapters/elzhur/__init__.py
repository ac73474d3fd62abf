"""The Elzhur (ЭлЖур / Eljur API v3) adapter: see translate.py (methods, detection, school), build.py (events and
ids), marks.py (mark values, weights, counting) and ids.py (ids from names)."""

from adapters.base import Adapter
from adapters.elzhur.models import PUBLISHED
from adapters.elzhur.settings import SETTINGS
from adapters.elzhur.translate import translate

ADAPTER = Adapter(SETTINGS, translate, PUBLISHED)
