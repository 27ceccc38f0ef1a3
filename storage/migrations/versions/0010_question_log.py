"""chat question log and the staff FAQ improvement loop (issue 13)

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import storage.base

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('faq_requests',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('created_at', storage.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('actor_username', sa.String(length=64), nullable=False),
    sa.Column('department', sa.String(length=100), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('examples', sa.JSON(), nullable=False),
    sa.Column('asked_count', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_faq_requests'))
    )
    op.create_index(op.f('ix_faq_requests_created_at'), 'faq_requests', ['created_at'], unique=False)
    op.create_index(op.f('ix_faq_requests_department'), 'faq_requests', ['department'], unique=False)
    op.create_table('chat_questions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('asked_at', storage.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('session_hash', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('degraded', sa.Boolean(), nullable=False),
    sa.Column('entry_id', sa.String(length=100), nullable=True),
    sa.Column('nearest_entry_id', sa.String(length=100), nullable=True),
    sa.Column('category', sa.String(length=64), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('safety_kind', sa.String(length=32), nullable=True),
    sa.Column('helpful', sa.Boolean(), nullable=True),
    sa.Column('feedback_at', storage.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('resolution', sa.String(length=16), nullable=True),
    sa.Column('resolved_entry_id', sa.String(length=100), nullable=True),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['request_id'], ['faq_requests.id'],
                            name=op.f('fk_chat_questions_request_id_faq_requests'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chat_questions'))
    )
    op.create_index(op.f('ix_chat_questions_asked_at'), 'chat_questions', ['asked_at'], unique=False)
    op.create_index(op.f('ix_chat_questions_outcome'), 'chat_questions', ['outcome'], unique=False)
    op.create_index(op.f('ix_chat_questions_request_id'), 'chat_questions', ['request_id'], unique=False)
    op.create_index(op.f('ix_chat_questions_resolution'), 'chat_questions', ['resolution'], unique=False)
    op.create_index(op.f('ix_chat_questions_session_hash'), 'chat_questions', ['session_hash'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_chat_questions_session_hash'), table_name='chat_questions')
    op.drop_index(op.f('ix_chat_questions_resolution'), table_name='chat_questions')
    op.drop_index(op.f('ix_chat_questions_request_id'), table_name='chat_questions')
    op.drop_index(op.f('ix_chat_questions_outcome'), table_name='chat_questions')
    op.drop_index(op.f('ix_chat_questions_asked_at'), table_name='chat_questions')
    op.drop_table('chat_questions')
    op.drop_index(op.f('ix_faq_requests_department'), table_name='faq_requests')
    op.drop_index(op.f('ix_faq_requests_created_at'), table_name='faq_requests')
    op.drop_table('faq_requests')
