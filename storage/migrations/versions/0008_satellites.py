"""smart speakers - satellite registry and controller claims (issue 12)

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.base

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('watch_satellites',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uri', sa.String(length=300), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('district', sa.String(length=100), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('online', sa.Boolean(), nullable=False),
    sa.Column('last_heard_at', storage.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('claimed_by', sa.String(length=64), nullable=True),
    sa.Column('claim_expires_at', storage.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('spoken_checkin_id', sa.Integer(), nullable=True),
    sa.Column('spoken_ask_count', sa.Integer(), nullable=False),
    sa.Column('offline_alert_id', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', storage.base.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['offline_alert_id'], ['watch_alerts.id'],
                            name=op.f('fk_watch_satellites_offline_alert_id_watch_alerts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['resident_id'], ['watch_residents.id'],
                            name=op.f('fk_watch_satellites_resident_id_watch_residents'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_satellites')),
    sa.UniqueConstraint('uri', name=op.f('uq_watch_satellites_uri'))
    )
    with op.batch_alter_table('watch_satellites', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watch_satellites_claim_expires_at'), ['claim_expires_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_watch_satellites_district'), ['district'], unique=False)
        batch_op.create_index(batch_op.f('ix_watch_satellites_enabled'), ['enabled'], unique=False)
        batch_op.create_index(batch_op.f('ix_watch_satellites_resident_id'), ['resident_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('watch_satellites', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_satellites_resident_id'))
        batch_op.drop_index(batch_op.f('ix_watch_satellites_enabled'))
        batch_op.drop_index(batch_op.f('ix_watch_satellites_district'))
        batch_op.drop_index(batch_op.f('ix_watch_satellites_claim_expires_at'))
    op.drop_table('watch_satellites')
