"""The catalogue's tables, as every kiosk of schema version 1 made them with create_all (a server
made before the migrations is stamped with this revision, then upgraded).

Revision ID: 0001
Revises: <base>
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campus",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("name_fr", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "catalogue_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("format", sa.Integer(), nullable=False),
        sa.Column("sources_digest", sa.String(length=64), nullable=False),
        sa.Column("content_digest", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "contract_type",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("employers", sa.JSON(), nullable=False),
        sa.Column("student_advantages", sa.JSON(), nullable=False),
        sa.Column("employer_advantages", sa.JSON(), nullable=False),
        sa.Column("simulation", sa.String(length=40), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("name_fr", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("status_fr", sa.Text(), nullable=False),
        sa.Column("status_en", sa.Text(), nullable=False),
        sa.Column("who_may_sign_fr", sa.Text(), nullable=False),
        sa.Column("who_may_sign_en", sa.Text(), nullable=False),
        sa.Column("pay_basis_fr", sa.Text(), nullable=False),
        sa.Column("pay_basis_en", sa.Text(), nullable=False),
        sa.Column("training_costs_fr", sa.Text(), nullable=False),
        sa.Column("training_costs_en", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "institute",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("acronym", sa.String(length=20), nullable=False),
        sa.Column("founded", sa.Integer(), nullable=False),
        sa.Column("work_linked_since", sa.Integer(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("student_advantages", sa.JSON(), nullable=False),
        sa.Column("employer_advantages", sa.JSON(), nullable=False),
        sa.Column("name_fr", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("university_fr", sa.Text(), nullable=False),
        sa.Column("university_en", sa.Text(), nullable=False),
        sa.Column("status_fr", sa.Text(), nullable=False),
        sa.Column("status_en", sa.Text(), nullable=False),
        sa.Column("levels_fr", sa.Text(), nullable=False),
        sa.Column("levels_en", sa.Text(), nullable=False),
        sa.Column("mission_fr", sa.Text(), nullable=False),
        sa.Column("mission_en", sa.Text(), nullable=False),
        sa.Column("public_management_fr", sa.Text(), nullable=False),
        sa.Column("public_management_en", sa.Text(), nullable=False),
        sa.Column("teaching_fr", sa.Text(), nullable=False),
        sa.Column("teaching_en", sa.Text(), nullable=False),
        sa.Column("work_linked_intro_fr", sa.Text(), nullable=False),
        sa.Column("work_linked_intro_en", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "legal_apprentice_net_estimate",
        sa.Column("signed_from", sa.Date(), nullable=False),
        sa.Column("exempt_percent_of_smic", sa.String(length=32), nullable=False),
        sa.Column("private_rate_percent", sa.String(length=32), nullable=False),
        sa.Column("public_rate_percent", sa.String(length=32), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("signed_from"),
    )
    op.create_table(
        "legal_apprenticeship_rate",
        sa.Column("min_age", sa.Integer(), nullable=False),
        sa.Column("contract_year", sa.Integer(), nullable=False),
        sa.Column("percent", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("min_age", "contract_year"),
    )
    op.create_table(
        "legal_document",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("effective", sa.Date(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("last_checked", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "legal_parameter",
        sa.Column("document", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("document", "name"),
    )
    op.create_table(
        "legal_professionalisation_rate",
        sa.Column("min_age", sa.Integer(), nullable=False),
        sa.Column("percent", sa.String(length=32), nullable=False),
        sa.Column("percent_qualified", sa.String(length=32), nullable=False),
        sa.Column("agreement_percent", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("min_age"),
    )
    op.create_table(
        "legal_smic_rate",
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("hourly", sa.String(length=32), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("effective"),
    )
    op.create_table(
        "legal_social_security_ceiling",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("hourly", sa.String(length=32), nullable=False),
        sa.Column("effective", sa.Date(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("year"),
    )
    op.create_table(
        "schema_info",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("sources_digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "partner",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("campus_id", sa.String(length=40), nullable=False),
        sa.Column("name_fr", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campus_id"],
            ["campus.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "programme",
        sa.Column("id", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=4), nullable=False),
        sa.Column("campus_id", sa.String(length=40), nullable=False),
        sa.Column("partner_id", sa.String(length=40), nullable=True),
        sa.Column("modes", sa.JSON(), nullable=False),
        sa.Column("rhythms", sa.JSON(), nullable=False),
        sa.Column("work_linked_start", sa.String(length=7), nullable=True),
        sa.Column("ranking", sa.Integer(), nullable=True),
        sa.Column("continues_from_id", sa.String(length=120), nullable=True),
        sa.Column("contract_types", sa.JSON(), nullable=False),
        sa.Column("web_page", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("title_fr", sa.Text(), nullable=False),
        sa.Column("title_en", sa.Text(), nullable=False),
        sa.Column("continues_from_title_fr", sa.Text(), nullable=True),
        sa.Column("continues_from_title_en", sa.Text(), nullable=True),
        sa.Column("description_fr", sa.Text(), nullable=False),
        sa.Column("description_en", sa.Text(), nullable=False),
        sa.Column("leads_to_fr", sa.Text(), nullable=False),
        sa.Column("leads_to_en", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campus_id"],
            ["campus.id"],
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partner.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_programme_campus_id"), "programme", ["campus_id"], unique=False)
    op.create_index(op.f("ix_programme_level"), "programme", ["level"], unique=False)
    op.create_index(op.f("ix_programme_position"), "programme", ["position"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_programme_position"), table_name="programme")
    op.drop_index(op.f("ix_programme_level"), table_name="programme")
    op.drop_index(op.f("ix_programme_campus_id"), table_name="programme")
    op.drop_table("programme")
    op.drop_table("partner")
    op.drop_table("schema_info")
    op.drop_table("legal_social_security_ceiling")
    op.drop_table("legal_smic_rate")
    op.drop_table("legal_professionalisation_rate")
    op.drop_table("legal_parameter")
    op.drop_table("legal_document")
    op.drop_table("legal_apprenticeship_rate")
    op.drop_table("legal_apprentice_net_estimate")
    op.drop_table("institute")
    op.drop_table("contract_type")
    op.drop_table("catalogue_snapshot")
    op.drop_table("campus")
