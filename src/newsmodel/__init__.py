"""newsmodel: a typed model of news articles, with readers, writers and a CLI.

>>> import newsmodel
>>> article = newsmodel.Article(headline="Talks resume in Geneva")
>>> newsmodel.loads(newsmodel.dumps(article, format="json"), format="json") == article
True
"""

from importlib.metadata import PackageNotFoundError as _PackageNotFoundError
from importlib.metadata import version as _version

from newsmodel.api import dump, dumps, load, load_all, loads, loads_all, parse
from newsmodel.errors import (
    FormatError,
    Location,
    LossWarning,
    NewsModelError,
    NewsModelWarning,
    ParseError,
    Problem,
    ReadWarning,
    SerializeError,
    ValidationError,
)
from newsmodel.formats import ReadOptions, WriteOptions
from newsmodel.limits import LimitError
from newsmodel.model import (
    Article,
    Block,
    BlockQuote,
    Dateline,
    Figure,
    ListBlock,
    Media,
    MediaKind,
    Note,
    NoteKind,
    Paragraph,
    Person,
    Quote,
    Section,
    Subject,
)
from newsmodel.validation import validate

try:
    __version__ = _version("newsmodel")
except _PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0+unknown"

__all__ = [
    "Article",
    "Block",
    "BlockQuote",
    "Dateline",
    "Figure",
    "FormatError",
    "LimitError",
    "ListBlock",
    "Location",
    "LossWarning",
    "Media",
    "MediaKind",
    "NewsModelError",
    "NewsModelWarning",
    "Note",
    "NoteKind",
    "Paragraph",
    "ParseError",
    "Person",
    "Problem",
    "Quote",
    "ReadOptions",
    "ReadWarning",
    "Section",
    "SerializeError",
    "Subject",
    "ValidationError",
    "WriteOptions",
    "__version__",
    "dump",
    "dumps",
    "load",
    "load_all",
    "loads",
    "loads_all",
    "parse",
    "validate",
]
