"""staff: login failures per account and address (progressive delay); the account lock column goes

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.base

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('staff_login_failures',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('client_key', sa.String(length=64), nullable=False),
    sa.Column('failed', sa.Integer(), nullable=False),
    sa.Column('last_failed_at', storage.base.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['staff_users.id'], name=op.f('fk_staff_login_failures_user_id_staff_users'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_login_failures')),
    sa.UniqueConstraint('user_id', 'client_key', name='uq_staff_login_failures_user_client')
    )
    with op.batch_alter_table('staff_login_failures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_login_failures_user_id'), ['user_id'], unique=False)
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.drop_column('locked_until')


def downgrade() -> None:
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('locked_until', storage.base.UtcDateTime(timezone=True), nullable=True))
    with op.batch_alter_table('staff_login_failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_login_failures_user_id'))
    op.drop_table('staff_login_failures')
