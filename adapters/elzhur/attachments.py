"""Which files of a lesson item belong to which of its homework tasks (reference A.3 ``files``, A.5 E5).

The two shapes of ``files``:

* ``[{toid, filename, link}]`` names the task each file belongs to (``toid`` = the task's id, or its key in
  ``homework``); a task gets the files that name it. The directory remembers the tasks given files this way:
  ``("files_by_toid", <task id>)``.
* The older ``{"file": [...]}`` (or a file without ``toid``) names no task: the files are the lesson's, so every
  task of the item gets every such file (the latest pull wins: a file added to the lesson shows on each task). A
  task the directory says got its files by ``toid`` keeps them (the attachments are omitted from its event): an
  answer in the older shape cannot say that a file it lists is also that task's, and must not undo what the precise
  answer said (one school's pupil answers in the newer shape, its class answers in the older one).
"""

from __future__ import annotations

from typing import Any

from adapters.elzhur.common import Builder

KIND = "files_by_toid"
MAX_FILES = 50


def task_files(b: Builder, files: list[Any], hw: Any, key: Any, single: bool) -> list[dict[str, str]] | None:
    """The attachments of task ``hw`` (``key`` in its item's ``homework``; ``single``: the item's only task), or
    None when the answer says nothing of them (keep what the hub holds)."""
    by_toid = [f for f in files if f.toid is not None and (f.toid == hw or single and f.toid == key)]
    loose = [f for f in files if f.toid is None]
    if by_toid:
        b.out.directory_entries.append((KIND, str(hw), {"toid": True}))
    elif loose and not single and _given_by_toid(b, hw):
        return None
    return [{"name": f.filename, "url": f.link} for f in by_toid + loose][:MAX_FILES]


def _given_by_toid(b: Builder, hw: Any) -> bool:
    return (b.ctx.directory.get(KIND, str(hw)) is not None
            or any(kind == KIND and vendor == str(hw) for kind, vendor, _ in b.out.directory_entries))
