"""Alembic's environment for the server's tables: run on the connection that
:mod:`kiosk.data.server_schema` hands over (``config.attributes["connection"]``), inside its
transaction, so that the migrations and what follows them (an import) commit together or not at all.

A new revision (after a change to :mod:`kiosk.data.models`, :mod:`kiosk.data.legal_tables` or
:mod:`kiosk.data.fleet_tables`): add ``versions/rNNNN_what.py`` with ``revision = "NNNN"`` and
``down_revision`` the previous one (``script.py.mako`` is its template);
``tests/data/test_server_schema.py`` checks that the migrations make exactly the tables of the models.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("the kiosk's migrations run on a connection given by kiosk.data.server_schema")
context.configure(connection=connection, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
