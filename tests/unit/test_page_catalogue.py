"""The pages' words (``hub.web.i18n``): every message of the templates and of ``hub/web``'s code is in the Russian
catalogue, translated, with the same placeholders; no template holds Russian text of its own (a new locale is a
file); dates read as people read them; and the week view renders what a lesson carries (homework set for it and
at it with attachments, a mark's work type, weight and comment, attendance codes with a legend)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

from hub.web import i18n
from hub.web.diary_views import _attendance, _mark

WEB = Path(i18n.__file__).parent
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def extracted() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    method_map = [("**.py", "python"), ("templates/**.html", "jinja2")]
    options = {"templates/**.html": {"extensions": "jinja2.ext.i18n"}}
    for filename, lineno, message, _comments, _context in extract_from_dir(
            str(WEB), method_map, options, keywords={**DEFAULT_KEYWORDS, "N_": None}):
        for msgid in message if isinstance(message, tuple) else (message,):
            if msgid:
                found.setdefault(msgid, []).append(f"{filename}:{lineno}")
    return found


def test_every_page_message_is_in_the_russian_catalogue_with_its_placeholders():
    with i18n.catalogue_path("ru").open("rb") as po:
        catalogue = {m.id: m for m in read_po(po, locale="ru") if m.id}
    messages = extracted()
    assert len(messages) > 80  # the extraction found the templates' and the code's messages
    missing = {msgid: where for msgid, where in messages.items()
               if msgid not in catalogue or not catalogue[msgid].string or catalogue[msgid].fuzzy}
    assert not missing, f"not in hub/web/locale/ru/LC_MESSAGES/messages.po (see babel.cfg): {missing}"
    for msgid in messages:
        assert set(PLACEHOLDER.findall(msgid)) == set(PLACEHOLDER.findall(catalogue[msgid].string)), msgid


def test_templates_hold_no_russian_of_their_own():
    for template in (WEB / "templates").glob("*.html"):
        assert not CYRILLIC.search(template.read_text()), f"{template.name}: put the words in the catalogue"


def test_dates_read_as_people_read_them():
    with i18n.rendering("ru"):
        assert i18n.day_label(dt.date(2026, 11, 16)) == "Пн, 16 ноября"
        assert i18n.week_range(dt.date(2025, 10, 13)) == "13–19 октября 2025"
        assert i18n.week_range(dt.date(2025, 10, 27)) == "27 октября – 2 ноября 2025"
        assert i18n.week_range(dt.date(2025, 12, 29)) == "29 декабря 2025 – 4 января 2026"
        assert i18n.number(3.8333) == "3,83"
        assert i18n.gettext("Sign out") == "Выйти"
    with i18n.rendering("en"):
        assert i18n.gettext("Sign out") == "Sign out"  # the console's locale: the message ids


def _week_page(lesson: dict) -> str:
    """The week view of 16 November 2026 with ``lesson`` its one lesson, in Russian."""
    from hub.web.pages import templates

    legend: dict[str, str] = {}
    if lesson.get("attendance"):
        lesson["attendance"]["shown"] = _attendance(lesson["attendance"], legend)
    day = {"date": "2026-11-16", "label": "Пн, 16 ноября", "is_today": False, "holidays": [], "lessons": [lesson],
           "marks_without_lesson": [], "other_homework": []}
    with i18n.rendering("ru"):
        return templates.get_template("diary.html").render(
            reader=None, current={"student_id": "s1"}, children=[], view="week", errors=[], days=[day],
            legend=sorted(legend.items()), week="2026-W47", monday=dt.date(2026, 11, 16), week_label="16–22 ноября 2026", moved=False,
            this_week="2026-W47", is_this_week=True, prev_week="2026-W46", prev_label="9–15 ноября 2026",
            next_week="2026-W48", next_label="23–29 ноября 2026", link=lambda **kw: "/diary", period="quarter",
            date=None)


def test_the_week_view_renders_what_a_lesson_carries():
    lesson = {
        "lesson_id": "L2", "slot": 2, "starts_at": "09:25:00", "ends_at": "10:10:00", "topic": "Дроби",
        "subject": {"id": "math", "name": "Математика"}, "group": {"id": "g1", "name": "1 группа"},
        "teacher": {"id": "t1", "name": "Петрова Анна Сергеевна"}, "room": "214", "cancelled": False,
        "homework": [
            {"homework_id": "h1", "lesson_id": "L1", "text": "№ 12", "attachments": [
                {"name": "Карточка.pdf", "url": "https://files.example/k.pdf"}]},
            {"homework_id": "h2", "lesson_id": "L2", "text": "№ 15", "attachments": []}],
        "marks": [_mark({"value": "4", "text": "4-", "weight": 2.0, "work_type": "test", "work_type_name": None,
                         "comment": "Ошибка в задаче 3"})],
        "attendance": {"status": "late", "code": "ОП", "minutes_late": 5, "comment": None},
    }
    lesson["set_here"], lesson["due_here"] = lesson["homework"][1:], lesson["homework"][:1]
    html = _week_page(lesson)
    for expected in ("Неделя: 16–22 ноября 2026", "Пн, 16 ноября", "2 урок", "09:25–10:10", "1 группа",
                     "Петрова Анна Сергеевна", "каб. 214", "Задано на этот урок", "Задано на уроке",
                     'href="https://files.example/k.pdf"', "Карточка.pdf", "4-", "Тест", "вес 2",
                     "Комментарий учителя: Ошибка в задаче 3", "<details", "ОП", "опоздание 5 мин",
                     "Обозначения посещаемости"):
        assert expected in html, expected
    assert html.index("№ 12") < html.index("Задано на уроке") < html.index("№ 15")


def test_a_0th_lesson_shows_its_number_and_a_lesson_without_one_shows_none():
    """Slot 0 is a real lesson before the first (a 0th lesson, «Разговоры о важном»); a lesson without a number
    (``lesson.scheduled`` v2, an Elzhur getmarks stub) shows its times only."""
    def lesson(slot: int | None) -> dict:
        return {"lesson_id": "L0", "slot": slot, "starts_at": "08:00:00", "ends_at": "08:30:00", "topic": None,
                "subject": {"id": "talk", "name": "Разговоры о важном"}, "group": None, "teacher": None,
                "room": None, "cancelled": False, "homework": [], "set_here": [], "due_here": [], "marks": [],
                "attendance": None}

    assert "0 урок" in _week_page(lesson(0))
    unnumbered = _week_page(lesson(None))
    assert 'data-testid="slot"' not in unnumbered and "None" not in unnumbered and "08:00–08:30" in unnumbered
