"""watch trust - one-time tablet setup codes, staff PIN, profile columns (issue 10)

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.base

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('watch_checkins', schema=None) as batch_op:
        batch_op.add_column(sa.Column('no_answers', sa.Integer(), nullable=False, server_default='0'))
    op.create_table('watch_device_setup_codes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', storage.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', storage.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('used_at', storage.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('device_id', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['resident_id'], ['watch_residents.id'],
                            name=op.f('fk_watch_device_setup_codes_resident_id_watch_residents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_device_setup_codes'))
    )
    with op.batch_alter_table('watch_device_setup_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watch_device_setup_codes_code_hash'), ['code_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_watch_device_setup_codes_resident_id'), ['resident_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('watch_device_setup_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_device_setup_codes_resident_id'))
        batch_op.drop_index(batch_op.f('ix_watch_device_setup_codes_code_hash'))
    op.drop_table('watch_device_setup_codes')
    with op.batch_alter_table('watch_checkins', schema=None) as batch_op:
        batch_op.drop_column('no_answers')
