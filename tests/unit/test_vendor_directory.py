"""The vendor directory's one-key lookup (``VendorState.lookup_one``, what a batch asks per new id) answers as the
many-key ``lookup`` does, and only within one system and school."""

from __future__ import annotations

from sqlalchemy import create_engine

from hub.ingest.batch_directory import BatchDirectory
from hub.ingest.vendor_state import VendorState, metadata


def _state(tmp_path) -> VendorState:
    engine = create_engine(f"sqlite:///{tmp_path / 'state.db'}")
    metadata.create_all(engine)
    state = VendorState(engine)
    state.remember("dnevnik", "sch-a", [("person", "1", {"name": "Аня"}), ("work", "7", {"type": 2})])
    state.remember("dnevnik", "sch-b", [("person", "2", {"name": "Боря"})])
    state.remember("elzhur", "sch-a", [("person", "3", {"name": "Вера"})])
    return state


def test_one_key_lookup_answers_as_the_many_key_lookup(tmp_path):
    state = _state(tmp_path)
    for system, school, kind, vendor_id in [("dnevnik", "sch-a", "person", "1"), ("dnevnik", "sch-a", "work", "7"),
                                            ("dnevnik", "sch-a", "person", "9"), ("elzhur", "sch-a", "person", "3")]:
        many = state.lookup(system, school, [(kind, vendor_id)]).get((kind, vendor_id))
        assert state.lookup_one(system, school, kind, vendor_id) == many


def test_one_key_lookup_never_crosses_a_school_or_a_system(tmp_path):
    state = _state(tmp_path)
    assert state.lookup_one("dnevnik", "sch-a", "person", "2") is None  # sch-b's
    assert state.lookup_one("dnevnik", "sch-b", "person", "1") is None  # sch-a's
    assert state.lookup_one("dnevnik", "sch-a", "person", "3") is None  # elzhur's
    assert state.lookup_one("elzhur", "sch-a", "person", "3") == {"name": "Вера"}


def test_a_batch_sees_its_own_entries_then_the_store_and_asks_the_store_once_per_key(tmp_path):
    state = _state(tmp_path)
    asked: list[tuple[str, str]] = []
    lookup_one = state.lookup_one
    state.lookup_one = lambda system, school, kind, vendor_id: asked.append((kind, vendor_id)) or lookup_one(
        system, school, kind, vendor_id)
    batch = BatchDirectory(state, "dnevnik", "sch-a")
    batch.add([("person", "1", {"name": "Аня Б."})])
    assert batch.get("person", "1") == {"name": "Аня Б."}
    assert batch.get("work", 7) == {"type": 2} and batch.get("work", "7") == {"type": 2}
    assert batch.get("person", "9") is None and batch.get("person", "9") is None
    assert asked == [("work", "7"), ("person", "9")]
    assert BatchDirectory(state, "dnevnik", None).get("person", "1") is None  # no school: no store to ask
