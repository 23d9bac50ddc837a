"""quotes: who said what, through whom, in news articles."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("quotes")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
