"""hadath (حدث): Arabic news → political event data, traceable to the characters of the article.

    >>> import hadath
    >>> doc = hadath.code(text, date="2014-06-17")
    >>> doc.events[0].plover, doc.events[0].source.country

See README.md for the output contract and the CLI.
"""
from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any  # noqa: E402

from .errors import HadathError, InputRejected, InputUnreadable, LexiconError  # noqa: E402
from .model import Actor, Document, Entity, Event, Place, Quote  # noqa: E402

if TYPE_CHECKING:
    from .pipeline import Options, code


def __getattr__(name: str) -> Any:
    """``code`` and ``Options`` load the coder (numpy, the lexicon compiler) on first use, so that
    commands that only query a store (``hadath events``, ``hadath serve``) start fast."""
    if name in ("code", "Options"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'hadath' has no attribute {name!r}")

__all__ = [
    "code", "Options", "Document", "Entity", "Event", "Actor", "Quote", "Place",
    "HadathError", "InputRejected", "InputUnreadable", "LexiconError", "__version__",
]
