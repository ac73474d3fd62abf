"""The Elzhur (ЭлЖур / Eljur API v3) adapter: routes.py (the front page: every method, its parser, snapshots),
translate.py (envelope or bare response, school), one module per method family (roster, periods, diary, grades,
finals, deletion), marks.py (mark values), ids.py (ids from names); README.md gives the merge rules and ids."""

from adapters.base import Adapter
from adapters.elzhur.models import PUBLISHED
from adapters.elzhur.settings import SETTINGS
from adapters.elzhur.translate import translate

ADAPTER = Adapter(SETTINGS, translate, PUBLISHED)
