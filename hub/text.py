"""The text the hub stores, and how each output writes it (README: "Text the hub stores").

At the edge (``adapters.base``, on every adapter's raw record before any model):

* **NUL** (U+0000) is rejected with a pointer: no SQL text column can store it, and the published schemas forbid
  it (``hub.events.types.NO_NUL``), so the API says what ``hub contracts check`` and the schemas say.
* **Characters no output can carry** (``NOT_STORED``: the other C0 controls except TAB, LF and CR; lone
  surrogates; the Unicode noncharacters U+FDD0..U+FDEF and U+xFFFE/U+xFFFF of every plane) are **replaced by
  U+FFFD** in string values, except a vertical tab or form feed, stored as the line break (LF) it stands for: a vendor's sync job forwards what its API returned and cannot fix it, and rejecting
  a whole Elzhur class-day for one stray control character in a comment loses more than it protects. The raw
  record kept for provenance keeps them as sent.
* An **object key** holding one of them is rejected with a pointer (no honest export has one), and so is an id:
  ids match ``hub.events.types.ID_PATTERN``, which a replacement character never does.

At every output, whatever the log holds (events written before this policy included):

* XLSX (``xlsx_text``): ``NOT_STORED`` and NUL become U+FFFD (openpyxl refuses C0 controls, and Excel will not
  open a file with U+FFFE);
* PDF (``markup``): the same, then ``&``, ``<`` and ``>`` escaped (reportlab's ``Paragraph`` parses markup);
* SVG and HTML: ``xlsx_text`` then XML escaping (the SVG writer; Jinja2's autoescape for pages);
* CSV (``csv_cell``): OWASP's rule against formula injection (below); JSON needs nothing.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

REPLACEMENT = "\ufffd"
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
NOT_STORED = re.compile(f"[\x01-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff{_NONCHARACTERS}]")
NOT_IN_XML = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff{_NONCHARACTERS}]")
# The same characters as orjson writes them: \u0001.. escapes (\b and \f for U+0008 and U+000C) and the UTF-8 of
# the noncharacters. A match only means "look closer" (``\\b`` may be an escaped backslash before a ``b``).
NOT_STORED_JSON = re.compile(rb"\\u00(?:0[1-8bcef]|1[0-9a-fA-F])|\\[bf]|\xef\xb7[\x90-\xaf]|\xef\xbf[\xbe\xbf]"
                             rb"|[\xf0-\xf4][\x8f\x9f\xaf\xbf]\xbf[\xbe\xbf]")
# A substring of every match, found in one pass (five times faster than a substring search per marker).
_JSON_MARKERS = re.compile(rb"\\u00|\\[bf]|\xef\xb7|\xbf[\xbe\xbf]")
# U+000B is the manual line break Word leaves in text pasted into a journal (Shift+Enter), U+000C a page break:
# both are line breaks to the reader, as ``str.splitlines`` reads them, so they are stored as LF, not as U+FFFD.
LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def json_holds_not_stored(text: bytes) -> bool:
    """Whether orjson's ``text`` (of a record) holds a ``NOT_STORED`` character: one search for the markers at C
    speed, and the full regular expression only when one of them hits (a record is typically a few kilobytes).
    Every ``NOT_STORED_JSON`` match starts with a backslash or a lead byte ``EF``, ``F0``..``F4``; a text with none
    (Latin and Cyrillic text, most records) is answered by a byte search for each, faster than the markers'."""
    if not (b"\\" in text or b"\xef" in text or b"\xf0" in text or b"\xf1" in text or b"\xf2" in text
            or b"\xf3" in text or b"\xf4" in text):
        return False
    return _JSON_MARKERS.search(text) is not None and NOT_STORED_JSON.search(text) is not None


def stored(text: str) -> str:
    """``text`` as the hub stores it: a vertical tab or form feed as the line break it stands for
    (``LINE_BREAKS``), every other ``NOT_STORED`` character replaced by U+FFFD (NUL is rejected before)."""
    return NOT_STORED.sub(REPLACEMENT, text.translate(LINE_BREAKS))


def xlsx_text(text: str) -> str:
    """Text an XML document (a worksheet cell, an SVG label) can carry: every character XML 1.0 cannot hold, and
    every noncharacter, replaced by U+FFFD."""
    return NOT_IN_XML.sub(REPLACEMENT, text)


def markup(text: str) -> str:
    """Plain text for reportlab's ``Paragraph`` (which parses a mini-HTML): XML-safe, ``& < >`` escaped."""
    return escape(xlsx_text(text))


def csv_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet will not run as a formula (OWASP "CSV Injection"): text starting with ``=``,
    ``+``, ``-``, ``@``, TAB or CR gets a leading ``'``. Kept as they are: numbers (``-1.5``, ``+3``), text made
    of signs only (a mark ``-`` or ``+``), and anything not starting with a trigger (marks such as ``4-``)."""
    if not isinstance(value, str) or not value.startswith(CSV_TRIGGERS):
        return value
    if _NUMBER.fullmatch(value) or value.strip("+-") == "":
        return value
    return "'" + value
