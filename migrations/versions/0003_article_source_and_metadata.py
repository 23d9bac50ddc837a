"""article source and metadata: identity key, outlet, url, published date, author

Articles stored before keep their rows, quotes and statements; their ``key`` stays empty
until a run reads the same text again and gives it one. The text hash is no longer unique:
one wire story run by several outlets is several articles.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 16:00:03.123164
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0003'
down_revision: Union[str, None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.add_column(sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('outlet', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('published', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('author', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.drop_index(batch_op.f('ix_article_hash'))
        batch_op.create_index(batch_op.f('ix_article_hash'), ['hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_key'), ['key'], unique=True)
        batch_op.create_index(batch_op.f('ix_article_outlet'), ['outlet'], unique=False)
        batch_op.create_index(batch_op.f('ix_article_published'), ['published'], unique=False)


def downgrade() -> None:
    # one article per text again: later articles sharing a text go, with their quotes
    later = "select id from article where id not in (select min(id) from article group by hash)"
    op.execute(f"delete from quote where article_id in ({later})")
    op.execute(f"delete from article where id in ({later})")
    with op.batch_alter_table('article', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_published'))
        batch_op.drop_index(batch_op.f('ix_article_outlet'))
        batch_op.drop_index(batch_op.f('ix_article_key'))
        batch_op.drop_index(batch_op.f('ix_article_hash'))
        batch_op.create_index(batch_op.f('ix_article_hash'), ['hash'], unique=True)
        batch_op.drop_column('author')
        batch_op.drop_column('published')
        batch_op.drop_column('url')
        batch_op.drop_column('outlet')
        batch_op.drop_column('key')

