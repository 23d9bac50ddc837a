"""statement links: why quotes render one statement; negated words of a quote

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 16:10:00.000000
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0004'
down_revision: Union[str, None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'statement_link',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('quote_id', sa.Integer(), nullable=False),
        sa.Column('other_id', sa.Integer(), nullable=False),
        sa.Column('rule', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('words', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(['other_id'], ['quote.id'], name=op.f('fk_statement_link_other_id_quote'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['quote_id'], ['quote.id'], name=op.f('fk_statement_link_quote_id_quote'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_statement_link')),
    )
    with op.batch_alter_table('statement_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_link_other_id'), ['other_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_link_quote_id'), ['quote_id'], unique=False)
    op.create_table(
        'statement_regroup',
        sa.Column('statement_id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('statement_id', name=op.f('pk_statement_regroup')),
    )
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.add_column(sa.Column('negated', sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.drop_column('negated')
    op.drop_table('statement_regroup')
    with op.batch_alter_table('statement_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_link_quote_id'))
        batch_op.drop_index(batch_op.f('ix_statement_link_other_id'))
    op.drop_table('statement_link')
