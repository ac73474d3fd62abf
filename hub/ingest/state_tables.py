"""The tables of what the hub remembers about vendor records between batches (in the state database, beside the
ledger); ``hub.ingest.vendor_state.VendorState`` reads and writes them.

* ``vendor_directory``: reference data vendors sent (work types with their weights, works, lessons...) and the
  canonical entities the hub has accepted (students, lessons), by (system, school, kind, id). Adapters read it
  through ``BatchDirectory``; a record that needs an entry that is not there is parked.
* ``quarantine`` + ``quarantine_needs``: parked records with what each waits for; re-driven when it arrives.
* ``source_revisions``: for vendors without revisions, the current revision, content fingerprint and complete data
  of each canonical aggregate (a grade, a homework, an attendance mark...), so a changed re-send becomes the next
  revision and a response that does not state a field keeps what another one stated (``hub.ingest.merging``);
  also the vendor reference its derived fields come from (``derived_from``: a Dnevnik.ru mark's work type, whose
  weight is the mark's), indexed, so a change of that reference finds its aggregates (``hub.ingest.restatements``),
  and, per field, the as-of time of that content (``as_of``: the ``pulled_at`` of the answer that stated it, or of
  the one a derived field comes from: ``Revisable.fields_as_of_ms``), so an answer pulled earlier and delivered
  later changes nothing it states (the latest pull wins; ``assign_revisions``).
* ``request_snapshots``: per request scope whose answer is complete (``adapters.routing.Snapshot``), the aggregates
  the last answer held and when it was pulled, so one missing from a later pull is a deletion
  (``hub.ingest.snapshots``), and an earlier pull delivered late deletes nothing; scope ``containing|...``: the
  last answer complete for a containing scope. ``scope_members``: the containing scopes each aggregate belongs to (a
  Dnevnik.ru entry in its lesson's log), by scope: what such an answer deletes (``hub.ingest.containing``).

Its tables change only through a migration (stream ``state`` of ``hub.store.migrate``; README: "The hub's own state
and migrations"): a change to a ``Table`` here needs a new revision, else ``tests/integration/test_migrations.py``
fails.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, LargeBinary, MetaData, String, Table

metadata = MetaData()
directory = Table(
    "vendor_directory", metadata,
    Column("system", String(64), primary_key=True), Column("school_id", String(128), primary_key=True),
    Column("kind", String(64), primary_key=True), Column("vendor_id", String(256), primary_key=True),
    Column("data", LargeBinary, nullable=False), Column("updated_at_ms", BigInteger, nullable=False),
)
quarantine = Table(
    "quarantine", metadata,
    Column("parked_id", Integer, primary_key=True, autoincrement=True),
    Column("adapter", String(64), nullable=False, index=True), Column("client_id", String(64), nullable=False),
    Column("school_id", String(128)), Column("record", LargeBinary, nullable=False),
    Column("missing", LargeBinary, nullable=False), Column("parked_at_ms", BigInteger, nullable=False),
    Column("attempts", Integer, nullable=False, default=1),
)
needs = Table(
    "quarantine_needs", metadata,
    Column("parked_id", Integer, primary_key=True), Column("system", String(64), primary_key=True),
    Column("school_id", String(128), primary_key=True), Column("kind", String(64), primary_key=True),
    Column("vendor_id", String(256), primary_key=True),
    # ``waiting_for`` looks up by what is needed, not by parked record: without it, a scan (migration s0002)
    Index("quarantine_needs_by_key", "system", "school_id", "kind", "vendor_id"),
)
revisions = Table(
    "source_revisions", metadata,
    Column("system", String(64), primary_key=True), Column("school_id", String(128), primary_key=True),
    Column("aggregate", String(400), primary_key=True),
    Column("revision", Integer, nullable=False), Column("fingerprint", String(64), nullable=False),
    Column("state", LargeBinary),  # the aggregate's complete data as of that revision (JSON); null before s0003
    Column("derived_from", String(300)),  # e.g. "work_type:<vendor id>"; null before s0004 or when none
    Index("source_revisions_by_derived_from", "system", "school_id", "derived_from"),
    Column("as_of", LargeBinary),  # per field, when the answer that stated it was pulled (JSON, merging.dated)
)
snapshots = Table(
    "request_snapshots", metadata,  # what the last answer to a request's scope held (hub.ingest.snapshots)
    Column("system", String(64), primary_key=True), Column("school_id", String(128), primary_key=True),
    Column("scope", String(600), primary_key=True),
    Column("aggregates", LargeBinary, nullable=False), Column("updated_at_ms", BigInteger, nullable=False),
    Column("as_of_ms", BigInteger),  # when that answer was true (its pull); null: unknown (or pre-s0005)
    Column("deleted", LargeBinary),  # what that answer deleted (JSON), derived again by its retry (s0006)
)
members = Table(  # the containing scopes each aggregate belongs to, one per kind (hub.ingest.containing; s0007)
    "scope_members", metadata, *(Column(n, String(w), primary_key=True) for n, w in (
        ("system", 64), ("school_id", 128), ("aggregate", 400), ("kind", 64))),
    Column("scope", String(600), nullable=False), Column("member", String(300), nullable=False),
    Index("scope_members_by_scope", "system", "school_id", "scope"))
