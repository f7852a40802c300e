"""The apprentice's net estimate by date of signature (catalogue schema version 2): the employee's
social contributions for a private and a public employer, and CSG/CRDS with the share of pay they
are levied on, instead of one rate per employer.

The rows of schema version 1 cannot be carried over (they hold no CSG/CRDS figures): the table is
emptied, and the catalogue import that runs this migration writes it again in the same transaction.
A server upgraded alone (``catalogue upgrade``) keeps a catalogue of schema version 1, which kiosks
of version 2 refuse with a message until the next import.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TABLE = "legal_apprentice_net_estimate"
_OLD = ("private_rate_percent", "public_rate_percent")
_NEW = ("social_private_percent", "social_public_percent", "csg_crds_percent", "csg_crds_base_percent")


def _replace_columns(drop: tuple[str, ...], add: tuple[str, ...]) -> None:
    op.execute(sa.text(f"DELETE FROM {_TABLE}"))
    # A batch: SQLite alters a table by copying it, PostgreSQL in place.
    with op.batch_alter_table(_TABLE) as batch:
        for name in drop:
            batch.drop_column(name)
        for name in add:
            batch.add_column(sa.Column(name, sa.String(length=32), nullable=False))


def upgrade() -> None:
    _replace_columns(_OLD, _NEW)


def downgrade() -> None:
    _replace_columns(_NEW, _OLD)
