"""Alembic script directories of the hub's own state, one per stream (see ``hub.store.migrate``)."""
