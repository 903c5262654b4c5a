"""Sync trust and continuity: installations, epochs and lines at the township; the counter's mark.

``sync_peer`` learns the installation it trusts for a village (or, at a village, nothing new),
the epoch (1 + how many times the village's key was replaced) and the line (how many times the
installation was restored from a backup). ``sync_package_log`` keeps each package's
installation, line, previous hash and the hashes it names (``links``), so the township can
check a package's history against what it imported.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

PEER = (
    ("installation", sa.Text(), ""),
    ("epoch", sa.Integer(), "1"),
    ("line", sa.Integer(), "0"),
)
LOG = (
    ("installation", sa.Text(), ""),
    ("line", sa.Integer(), "0"),
    ("previous_hash", sa.Text(), ""),
    ("links", sa.Text(), ""),
)


def upgrade() -> None:
    with op.batch_alter_table("sync_peer") as batch:
        for name, kind, default in PEER:
            batch.add_column(sa.Column(name, kind, nullable=False, server_default=default))
    with op.batch_alter_table("sync_package_log") as batch:
        for name, kind, default in LOG:
            batch.add_column(sa.Column(name, kind, nullable=False, server_default=default))


def downgrade() -> None:
    with op.batch_alter_table("sync_package_log") as batch:
        for name, _kind, _default in LOG:
            batch.drop_column(name)
    with op.batch_alter_table("sync_peer") as batch:
        for name, _kind, _default in PEER:
            batch.drop_column(name)
