"""The Datasette plugin of quotes: the SQL function the canned queries find speakers with."""
from datasette import hookimpl

from quotes import lookup


@hookimpl
def prepare_connection(conn):
    lookup.register(conn)
