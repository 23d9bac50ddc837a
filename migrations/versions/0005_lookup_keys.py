"""lookup keys: speaker aliases and persons' first and last names as lookups compare them, indexed

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 16:25:00

`quotes lookup` found speakers by reading every speaker and alias and comparing them in
Python; these columns let it ask an index instead. Existing rows are filled in.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0005'
down_revision: Union[str, None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _key(text: str) -> str:  # quotes.aliases.name_key when this revision was written
    return " ".join(text.replace("’", "'").casefold().split())


def upgrade() -> None:
    with op.batch_alter_table('speaker', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_key', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('last_key', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.create_index(batch_op.f('ix_speaker_first_key'), ['first_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_speaker_last_key'), ['last_key'], unique=False)
    with op.batch_alter_table('speaker_alias', schema=None) as batch_op:
        batch_op.add_column(sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.create_index(batch_op.f('ix_speaker_alias_key'), ['key'], unique=False)
    conn = op.get_bind()
    for id_, alias in conn.execute(sa.text("select id, alias from speaker_alias")).all():
        conn.execute(sa.text("update speaker_alias set key = :key where id = :id"), {"key": _key(alias), "id": id_})
    for id_, name in conn.execute(sa.text("select id, name from speaker where type = 'person'")).all():
        if name.split():
            conn.execute(sa.text("update speaker set first_key = :first, last_key = :last where id = :id"),
                         {"first": _key(name.split()[0]), "last": _key(name.split()[-1]), "id": id_})


def downgrade() -> None:
    with op.batch_alter_table('speaker_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speaker_alias_key'))
        batch_op.drop_column('key')
    with op.batch_alter_table('speaker', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speaker_last_key'))
        batch_op.drop_index(batch_op.f('ix_speaker_first_key'))
        batch_op.drop_column('last_key')
        batch_op.drop_column('first_key')
