"""Canonical ids for things Elzhur names only by text (subjects, teachers, classes, periods).

``name_key(text)``: casefold, ``ё`` -> ``е``, whitespace collapsed, then a transliterated slug (at most 40
characters of ``[a-z0-9-]``) plus ``-`` and 8 hex digits of SHA-256 of the normalised text. The same name (up to
case, ``ё``/``е`` and spacing) always gives the same key; the hash keeps names apart whose slugs collide. The key
matches the hub's Id pattern whatever the text (a name without a Latin or Cyrillic letter or digit is the hash).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from adapters.base import namespaced_id
from adapters.elzhur.settings import SETTINGS

_TRANSLIT = dict(zip(
    "абвгдежзийклмнопрстуфхцчшщъыьэюяіїєў",
    ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
     "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia", "i", "i", "e", "u"], strict=True))


def normalise_name(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return " ".join(text.split())


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=8192)  # a journal names the same subjects, teachers and classes in every record
def name_key(text: str) -> str:
    norm = normalise_name(text)
    latin = "".join(_TRANSLIT.get(ch, ch) for ch in norm)
    slug = _NOT_SLUG.sub("-", latin).strip("-")[:40].strip("-")
    digest = hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{slug}-{digest}" if slug else digest


def cid(school_id: str, kind: str, vendor_part: str) -> str:
    return namespaced_id(SETTINGS.system, school_id, kind, vendor_part)
