"""The fleet: this server's id, each kiosk's last heartbeat, and each kiosk's usage counts.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fleet_kiosk",
        sa.Column("kiosk_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("catalogue_digest", sa.String(length=64), nullable=False),
        sa.Column("catalogue_origin", sa.String(length=20), nullable=False),
        sa.Column("errors_day", sa.Date(), nullable=True),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("check_every_s", sa.Integer(), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("kiosk_id"),
    )
    op.create_table(
        "fleet_server",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_id", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "fleet_usage",
        sa.Column("kiosk_id", sa.String(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kiosk_id", "day", "event", "key"),
    )
    op.bulk_insert(
        sa.table("fleet_server", sa.column("id", sa.Integer), sa.column("server_id", sa.String)),
        [{"id": 1, "server_id": uuid.uuid4().hex}],
    )


def downgrade() -> None:
    op.drop_table("fleet_usage")
    op.drop_table("fleet_server")
    op.drop_table("fleet_kiosk")
