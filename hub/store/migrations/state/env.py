"""Alembic environment of the ``state`` stream; everything is in ``hub.store.migrate.run_env``."""

from alembic import context

from hub.store.migrate import run_env

run_env(context)
