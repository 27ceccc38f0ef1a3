"""watch: one case per resident: the resident's own phone and escalation profile

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('watch_residents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('phone', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('escalation_profile', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('watch_residents', schema=None) as batch_op:
        batch_op.drop_column('escalation_profile')
        batch_op.drop_column('phone')
