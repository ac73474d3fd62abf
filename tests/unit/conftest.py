"""Fixtures shared by unit tests."""

from __future__ import annotations

import pytest

from hub.log.embedded import EmbeddedLog


@pytest.fixture
async def log(tmp_path):
    """A started embedded log with 4 partitions in a fresh file."""
    engine = EmbeddedLog(tmp_path / "log.db", partitions=4)
    await engine.start()
    yield engine
    await engine.close()
