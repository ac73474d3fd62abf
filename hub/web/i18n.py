"""The pages' words and dates: a gettext message catalogue (Babel) behind Jinja2's i18n extension.

* Templates and page code are written with English message ids (``{% trans %}``, ``_()``); a locale is a
  catalogue file, ``hub/web/locale/<locale>/LC_MESSAGES/messages.po``. The catalogue is read from the ``.po`` with
  Babel when first needed (no compile step: ``pip install`` of a fresh clone is enough), and kept.
* The parent pages (the diary, signing in, errors, "not found") are in ``PARENT_LOCALE`` (Russian); the operator
  console is English throughout (``CONSOLE_LOCALE``: no catalogue, the message ids as they are).
* ``rendering(locale)`` sets the locale for what is rendered inside it (a context variable, so concurrent requests
  do not see each other's).
* Dates as people read them (Babel, CLDR): ``day_label`` ("Пн, 16 ноября"), ``week_range`` ("13–19 октября 2025"),
  ``date_label`` ("16 ноября 2026"), ``number`` ("4,75").

``tests/unit/test_page_catalogue.py`` fails when a string of a template or of ``hub/web`` is missing from the
Russian catalogue, and when a template holds Cyrillic text of its own (every Russian word comes from the catalogue).
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "messages"
PARENT_LOCALE = "ru"
CONSOLE_LOCALE = "en"

_locale: ContextVar[str] = ContextVar("page_locale", default=PARENT_LOCALE)


def catalogue_path(locale: str) -> Path:
    return LOCALE_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(locale: str) -> _gettext.NullTranslations:
    """The catalogue of ``locale`` (read from its ``.po``), or none (the English message ids) without a file."""
    path = catalogue_path(locale)
    if not path.exists():
        return NullTranslations()
    with path.open("rb") as po:
        catalog = read_po(po, locale=locale, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def current_locale() -> str:
    return _locale.get()


@contextmanager
def rendering(locale: str) -> Iterator[None]:
    token = _locale.set(locale)
    try:
        yield
    finally:
        _locale.reset(token)


def gettext(message: str) -> str:
    return translations(current_locale()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(current_locale()).ngettext(singular, plural, n)


_ = gettext


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Marks a message id for the catalogue where it is defined; it is translated where it is shown."""
    return message


def pgettext(context: str, message: str) -> str:
    return translations(current_locale()).pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return translations(current_locale()).npgettext(context, singular, plural, n)


# Dates and numbers ----------------------------------------------------------------------------------------------


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def day_label(day: dt.date) -> str:
    """A school day as a diary heads it: "Пн, 16 ноября" (weekday abbreviated, day and month in words)."""
    return _capital(format_date(day, "EEE, d MMMM", locale=current_locale()))


def weekday_name(day: dt.date) -> str:
    return _capital(format_date(day, "EEEE", locale=current_locale()))


def date_label(day: dt.date | str | None, year: bool = True) -> str:
    """ "16 ноября 2026" (or without the year); an ISO date string is accepted; None gives ""."""
    if day is None:
        return ""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return format_date(day, "d MMMM y" if year else "d MMMM", locale=current_locale())


def short_date(day: dt.date | str) -> str:
    """ "16.11" (a grid's column)."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return format_date(day, "dd.MM", locale=current_locale())


def week_range(first: dt.date, last: dt.date | None = None) -> str:
    """A week (or any span) as a date range: "13–19 октября 2025", "27 октября – 2 ноября 2025",
    "29 декабря 2025 – 4 января 2026"."""
    last = last or first + dt.timedelta(days=6)
    locale = current_locale()
    if first.year != last.year:
        return f"{format_date(first, 'd MMMM y', locale=locale)} – {format_date(last, 'd MMMM y', locale=locale)}"
    if first.month != last.month:
        return f"{format_date(first, 'd MMMM', locale=locale)} – {format_date(last, 'd MMMM y', locale=locale)}"
    return f"{first.day}–{format_date(last, 'd MMMM y', locale=locale)}"


def number(value: float | None, digits: int = 2) -> str:
    """A figure as the locale writes it ("4,75"); "—" for none."""
    if value is None:
        return "—"
    return format_decimal(value, "0." + "0" * digits, locale=current_locale())


def locale_name(locale: str) -> str:
    return Locale.parse(locale).language


def install(env) -> None:  # noqa: ANN001 - a jinja2.Environment
    """Give ``env`` the i18n extension's callables (newstyle: ``_()`` escapes and formats) and the date filters."""
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_callables(gettext, ngettext, newstyle=True, pgettext=pgettext, npgettext=npgettext)
    env.filters.update(day_label=day_label, date_label=date_label, short_date=short_date, number=number,
                       week_range=week_range)
    env.globals.update(current_locale=current_locale)
