"""The composition root: builds every component from ``Settings`` once, in one place.

Everything else receives what it needs from here (no module reads the environment or opens a connection on its
own), which is what lets the tests run the same code on the embedded engines and on Kafka + PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine

from hub.auth.clients import ClientRegistry
from hub.auth.readers import TokenService
from hub.config import Settings
from hub.ingest.dedup import Deduplicator, deduplicator_for
from hub.ingest.ledger import IngestLedger
from hub.ingest.raw import RawStore
from hub.ingest.vendor_state import VendorState
from hub.ingest.service import IngestService
from hub.log.factory import open_log
from hub.log.port import EventLog
from hub.metrics import Metrics
from hub.store import migrate
from hub.store.db import make_engine
from projections import create_schema


@dataclass
class Hub:
    settings: Settings
    log: EventLog
    state: Engine  # the hub's own state: ingest ledger, API clients, vendor state, raw batches (migrated)
    views: Engine  # projections (disposable, rebuildable from the log)
    ledger: IngestLedger
    clients: ClientRegistry
    ingest: IngestService
    dedup: Deduplicator
    vendor_state: VendorState
    raw: RawStore
    metrics: Metrics = field(default_factory=Metrics)
    _tokens: TokenService | None = field(default=None, repr=False)

    @property
    def tokens(self) -> TokenService:
        """Reader-token service; built on first use so that ingest-only tools need no JWT secret."""
        if self._tokens is None:
            self._tokens = TokenService(self.settings)
        return self._tokens

    async def start(self) -> None:
        await self.log.start()

    async def close(self) -> None:
        await self.log.close()
        self.state.dispose()
        self.views.dispose()


def build_hub(settings: Settings) -> Hub:
    """Wire the components. First the databases: the state tables and the projector's tables are migrated to
    this code's schema (``hub.store.migrate``; with ``HUB_DB_AUTO_UPGRADE=false`` a schema that is behind raises
    ``SchemaBehind`` instead), then the (empty) view tables are created if missing."""
    state = make_engine(settings.effective_state_url)
    views = state if settings.effective_state_url == settings.effective_db_url else make_engine(settings.effective_db_url)
    try:
        migrate.prepare(state, [migrate.STATE], settings.db_auto_upgrade)
        migrate.prepare(views, [migrate.PROJECTOR], settings.db_auto_upgrade)
        create_schema(views)  # readers may start before the first projector
    except BaseException:
        state.dispose()
        views.dispose()
        raise
    log = open_log(settings)
    ledger, clients = IngestLedger(state), ClientRegistry(state)
    dedup, vendor_state, raw = deduplicator_for(log, ledger), VendorState(state), RawStore(state)
    metrics = Metrics(settings.prometheus_multiproc_dir)
    return Hub(settings, log, state, views, ledger, clients, IngestService(dedup, vendor_state, raw, metrics), dedup,
               vendor_state, raw, metrics)
