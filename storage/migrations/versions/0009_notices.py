"""disaster notices per district and their delivery log (issue 12)

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.base

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('watch_notices',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('all_districts', sa.Boolean(), nullable=False),
    sa.Column('created_at', storage.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('expires_at', storage.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('ended_at', storage.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('ended_by', sa.String(length=100), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_notices'))
    )
    op.create_index('ix_watch_notices_expires_at', 'watch_notices', ['expires_at'], unique=False)
    op.create_table('watch_notice_deliveries',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('device_kind', sa.String(length=16), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('district', sa.String(length=100), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('plays', sa.Integer(), nullable=False),
    sa.Column('first_delivered_at', storage.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('last_attempt_at', storage.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('next_attempt_at', storage.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('acknowledged_at', storage.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['notice_id'], ['watch_notices.id'], name=op.f('fk_watch_notice_deliveries_notice_id_watch_notices'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resident_id'], ['watch_residents.id'], name=op.f('fk_watch_notice_deliveries_resident_id_watch_residents'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_notice_deliveries')),
    sa.UniqueConstraint('notice_id', 'device_kind', 'device_id', name='uq_watch_notice_deliveries_device')
    )
    op.create_index('ix_watch_notice_deliveries_next_attempt', 'watch_notice_deliveries', ['device_kind', 'next_attempt_at'], unique=False)
    op.create_index(op.f('ix_watch_notice_deliveries_notice_id'), 'watch_notice_deliveries', ['notice_id'], unique=False)
    op.create_table('watch_notice_districts',
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('district', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['watch_notices.id'], name=op.f('fk_watch_notice_districts_notice_id_watch_notices'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('notice_id', 'district', name=op.f('pk_watch_notice_districts'))
    )
    op.create_index(op.f('ix_watch_notice_districts_district'), 'watch_notice_districts', ['district'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_watch_notice_districts_district'), table_name='watch_notice_districts')
    op.drop_table('watch_notice_districts')
    op.drop_index(op.f('ix_watch_notice_deliveries_notice_id'), table_name='watch_notice_deliveries')
    op.drop_index('ix_watch_notice_deliveries_next_attempt', table_name='watch_notice_deliveries')
    op.drop_table('watch_notice_deliveries')
    op.drop_index('ix_watch_notices_expires_at', table_name='watch_notices')
    op.drop_table('watch_notices')
