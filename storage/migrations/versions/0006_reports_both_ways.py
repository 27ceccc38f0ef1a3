"""reports both ways: receipt numbers and status links, categories and departments, positions and districts,
photos, status history with public and private notes, merges

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.base

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('citizen_reports', schema=None) as batch_op:
        batch_op.add_column(sa.Column('number', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('token_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('category', sa.String(length=32), nullable=False, server_default='other'))
        batch_op.add_column(sa.Column('department', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('district', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('latitude', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('longitude', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('contact', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('merged_into_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('updated_at', storage.base.UtcDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('closed_at', storage.base.UtcDateTime(timezone=True), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_citizen_reports_number'), ['number'])
        batch_op.create_foreign_key(batch_op.f('fk_citizen_reports_merged_into_id_citizen_reports'),
                                    'citizen_reports', ['merged_into_id'], ['id'], ondelete='SET NULL')
        batch_op.create_index(batch_op.f('ix_citizen_reports_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_citizen_reports_district'), ['district'], unique=False)
        batch_op.create_index(batch_op.f('ix_citizen_reports_merged_into_id'), ['merged_into_id'], unique=False)
        batch_op.create_index('ix_citizen_reports_category_lat_lon', ['category', 'latitude', 'longitude'],
                              unique=False)
    # Old rows: the new status names, a number from their id (they never had a status link), a department.
    op.execute("UPDATE citizen_reports SET status = 'received' WHERE status = 'new'")
    op.execute("UPDATE citizen_reports SET status = 'declined' WHERE status = 'rejected'")
    op.execute("UPDATE citizen_reports SET updated_at = created_at, department = '総合窓口'")
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, created_at FROM citizen_reports")).all()
    for report_id, created_at in rows:
        year = str(created_at)[:4]
        bind.execute(sa.text("UPDATE citizen_reports SET number = :n WHERE id = :id"),
                     {"n": f"R-{year}-{report_id:06d}", "id": report_id})
    with op.batch_alter_table('citizen_reports', schema=None) as batch_op:
        batch_op.alter_column('updated_at', existing_type=storage.base.UtcDateTime(timezone=True), nullable=False)

    op.create_table('report_photos',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=80), nullable=False),
    sa.Column('thumb_name', sa.String(length=80), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('approved', sa.Boolean(), nullable=False),
    sa.Column('created_at', storage.base.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['report_id'], ['citizen_reports.id'],
                            name=op.f('fk_report_photos_report_id_citizen_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_photos')),
    sa.UniqueConstraint('file_name', name=op.f('uq_report_photos_file_name'))
    )
    op.create_index(op.f('ix_report_photos_report_id'), 'report_photos', ['report_id'], unique=False)
    op.create_table('report_updates',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('public_note', sa.Text(), nullable=False),
    sa.Column('private_note', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('at', storage.base.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['report_id'], ['citizen_reports.id'],
                            name=op.f('fk_report_updates_report_id_citizen_reports'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_updates'))
    )
    op.create_index(op.f('ix_report_updates_report_id'), 'report_updates', ['report_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_report_updates_report_id'), table_name='report_updates')
    op.drop_table('report_updates')
    op.drop_index(op.f('ix_report_photos_report_id'), table_name='report_photos')
    op.drop_table('report_photos')
    op.execute("UPDATE citizen_reports SET status = 'new' WHERE status IN ('received', 'checking')")
    op.execute("UPDATE citizen_reports SET status = 'rejected' WHERE status = 'declined'")
    with op.batch_alter_table('citizen_reports', schema=None) as batch_op:
        batch_op.drop_index('ix_citizen_reports_category_lat_lon')
        batch_op.drop_index(batch_op.f('ix_citizen_reports_merged_into_id'))
        batch_op.drop_index(batch_op.f('ix_citizen_reports_district'))
        batch_op.drop_index(batch_op.f('ix_citizen_reports_category'))
        batch_op.drop_constraint(batch_op.f('fk_citizen_reports_merged_into_id_citizen_reports'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('uq_citizen_reports_number'), type_='unique')
        for column in ('closed_at', 'updated_at', 'merged_into_id', 'contact', 'longitude', 'latitude', 'district',
                       'department', 'category', 'token_hash', 'number'):
            batch_op.drop_column(column)
