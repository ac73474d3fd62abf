"""The subject crosswalk: one subject of a school known by two journals' ids (``subject.linked``,
``roster_subject_links``), and suggestions of subjects to link from their names.

* **Applied at read time.** ``subject.linked`` says ``alias_id``'s lessons, marks and homework count under
  ``subject_id``. The diary and the schedules show the alias's rows under the linked subject (its id and name), statistics fold
  them into its row (``statistics_sums.Partial.with_subjects``), and the final grades, a subject's page and the
  exports count them in its average. Nothing is rewritten in the views: the links are read with each answer, so a
  link applies to history at once and a rebuild changes nothing.
* **Chains.** A link to a subject that is itself an alias resolves to the end of the chain (at most
  ``MAX_CHAIN`` steps; a cycle is cut where it closes).
* **Suggestions** (``suggestions``): the school's subjects grouped by ``normalised(name)`` (casefolded, ``ё`` as
  ``е``, punctuation and a group suffix such as ``1 группа``, ``(2 гр.)``, ``подгруппа 1`` dropped); a group of two
  or more subjects not yet linked is suggested, the native journal's subject (else the one with the most lessons)
  first, as the subject the others should be linked to.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, bindparam, func, select

from projections import diary, roster

MAX_CHAIN = 8
_l, _s = roster.subject_links, roster.subjects
_LINKS_OF = select(_l.c.alias_id, _l.c.subject_id).where(_l.c.alias_id.in_(bindparam("ids", expanding=True)))

_GROUP_SUFFIX = re.compile(
    r"(?:\b(?:под)?гр(?:уппа|\.)?\s*\d+\s*$)|(?:\b\d+\s*(?:-?я\s*)?(?:под)?гр(?:уппа|\.)?\s*$)|(?:\bgroup\s*\d+\s*$)")


def normalised(name: str | None) -> str:
    """A subject name as compared for suggestions: ``"Математика (1 группа)"`` -> ``"математика"``."""
    text = unicodedata.normalize("NFKC", name or "").casefold().replace("ё", "е")
    text = re.sub(r"[^\w\s]", " ", text)  # punctuation: brackets, dots, dashes, commas
    text = re.sub(r"\s+", " ", text).strip()
    previous = None
    while previous != text:  # "английский язык 1 группа", "английский язык гр 2"
        previous = text
        text = _GROUP_SUFFIX.sub("", text).strip()
    return text


def canonical_of(conn: Connection, subject_ids: set[str] | list[str] | None = None,
                 school_id: str | None = None) -> dict[str, str]:
    """``{alias: the subject it counts under}`` for the aliases among ``subject_ids`` (or every alias of
    ``school_id``, or every alias), chains resolved."""
    if subject_ids is not None:
        return _canonical_of_ids(conn, set(subject_ids))
    query = select(_l.c.alias_id, _l.c.subject_id)
    if school_id is not None:
        query = query.where(_l.c.school_id == school_id)
    links = dict(conn.execute(query).all())
    return {alias: _end(alias, links) for alias in links if _end(alias, links) != alias}


def _canonical_of_ids(conn: Connection, subject_ids: set[str]) -> dict[str, str]:
    """As ``canonical_of`` for a few ids: their links, then their targets' (one indexed read per step)."""
    links: dict[str, str] = {}
    asking = subject_ids
    for _ in range(MAX_CHAIN):
        if not asking:
            break
        found = dict(conn.execute(_LINKS_OF, {"ids": sorted(asking)}).all())
        links.update(found)
        asking = set(found.values()) - links.keys() - set(found)
    return {alias: _end(alias, links) for alias in subject_ids if alias in links and _end(alias, links) != alias}


def _end(alias: str, links: dict[str, str]) -> str:
    seen, current = {alias}, alias
    for _ in range(MAX_CHAIN):
        following = links.get(current)
        if following is None or following in seen:
            break
        seen.add(following)
        current = following
    return current


def aliases_of(conn: Connection, subject_id: str) -> list[str]:
    """The subject and every id that counts under it (the reverse of ``canonical_of``)."""
    school = conn.execute(select(_s.c.school_id).where(_s.c.subject_id == subject_id)).scalar()
    mapping = canonical_of(conn, None, school) if school else canonical_of(conn)
    return [subject_id, *sorted(alias for alias, target in mapping.items() if target == subject_id)]


def names(conn: Connection, subject_ids: set[str]) -> dict[str, str | None]:
    if not subject_ids:
        return {}
    return dict(conn.execute(select(_s.c.subject_id, _s.c.name).where(
        _s.c.subject_id.in_(bindparam("ids", expanding=True))), {"ids": sorted(subject_ids)}).all())


def names_in_school(conn: Connection, school_id: str, subject_ids: set[str]) -> dict[str, str | None]:
    """The names of those of ``subject_ids`` that are subjects of ``school_id``."""
    return dict(conn.execute(select(_s.c.subject_id, _s.c.name).where(
        _s.c.school_id == school_id, _s.c.subject_id.in_(bindparam("ids", expanding=True))),
        {"ids": sorted(subject_ids)}).all())


def relabel_refs(conn: Connection, refs: list[dict[str, Any]]) -> None:
    """Point every subject ref (``{"id", "name"}``) of an alias at the subject it counts under, in place."""
    refs = [ref for ref in refs if ref and ref.get("id")]
    mapping = canonical_of(conn, {ref["id"] for ref in refs})
    if not mapping:
        return
    named = names(conn, set(mapping.values()))
    for ref in refs:
        if ref["id"] in mapping:
            target = mapping[ref["id"]]
            ref["id"], ref["name"] = target, named.get(target, ref.get("name"))


# Operators ------------------------------------------------------------------------------------------------------


def links_of_school(conn: Connection, school_id: str) -> list[dict[str, Any]]:
    """The school's links, each with both subjects' names and where the alias counts in the end."""
    rows = conn.execute(select(_l).where(_l.c.school_id == school_id).order_by(_l.c.subject_id, _l.c.alias_id)).all()
    ends = canonical_of(conn, None, school_id)
    named = names(conn, {r.alias_id for r in rows} | {r.subject_id for r in rows} | set(ends.values()))
    return [{"alias": {"id": r.alias_id, "name": named.get(r.alias_id)},
             "subject": {"id": r.subject_id, "name": named.get(r.subject_id)},
             "counts_under": {"id": ends.get(r.alias_id, r.subject_id),
                              "name": named.get(ends.get(r.alias_id, r.subject_id))}} for r in rows]


def suggestions(conn: Connection, school_id: str | None, limit: int | None = None) -> list[dict[str, Any]]:
    """Subjects of the school (every school when None) with the same normalised name that are not linked yet, as
    groups to link."""
    query = select(_s.c.school_id, _s.c.subject_id, _s.c.name)
    if school_id is not None:
        query = query.where(_s.c.school_id == school_id)
    subjects = conn.execute(query).all()
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for row in subjects:
        key = normalised(row.name)
        if key:
            groups[row.school_id or "", key].append(row)
    groups = {key: rows for key, rows in groups.items() if len(rows) > 1}
    if not groups:
        return []
    candidates = sorted({r.subject_id for rows in groups.values() for r in rows})
    ends = canonical_of(conn, candidates)
    lessons = dict(conn.execute(
        select(diary.lessons.c.subject_id, func.count()).where(
            diary.lessons.c.subject_id.in_(bindparam("ids", expanding=True))).group_by(diary.lessons.c.subject_id),
        {"ids": candidates}).all())
    found = []
    for (school, key), rows in sorted(groups.items()):
        if len({ends.get(r.subject_id, r.subject_id) for r in rows}) < 2:
            continue  # all already linked together
        ordered = sorted(rows, key=lambda r: (r.subject_id in ends, not r.subject_id.startswith("native:"),
                                             -lessons.get(r.subject_id, 0), r.subject_id))
        target = ordered[0].subject_id
        found.append({"school_id": school, "normalised_name": key,
                      "subject": {"id": target, "name": ordered[0].name},
                      "aliases": [{"id": r.subject_id, "name": r.name, "lessons": lessons.get(r.subject_id, 0)}
                                  for r in ordered[1:] if ends.get(r.subject_id, r.subject_id) != target]})
        if limit is not None and len(found) >= limit:
            break
    return found
