"""Errors users can act on, each with the CLI exit code documented in the README.

| code | meaning |
|---|---|
| 0 | success (batch: every line coded) |
| 1 | internal error (a bug: please report it) |
| 2 | usage error (bad flags or arguments) |
| 3 | input unreadable: missing file, directory, permission |
| 4 | input rejected: empty, binary/non-UTF-8, not Arabic, too large |
| 5 | batch finished but some lines were bad (reported on stderr and skipped) |
| 6 | lexicon invalid (user lexicon directory) |
"""
from __future__ import annotations

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3
EXIT_REJECTED = 4
EXIT_PARTIAL = 5
EXIT_LEXICON = 6


class HadathError(Exception):
    """Base class: a problem explained to the user, never a traceback."""

    exit_code = EXIT_INTERNAL


class InputUnreadable(HadathError):
    exit_code = EXIT_UNREADABLE


class InputRejected(HadathError):
    """The input was read but cannot be coded; ``reason`` is a short machine-readable tag."""

    exit_code = EXIT_REJECTED

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason


class LexiconError(HadathError):
    exit_code = EXIT_LEXICON

    def __init__(self, problems: list[str]):
        self.problems = problems
        shown = "\n  ".join(problems[:50])
        more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"lexicon invalid ({len(problems)} problem(s)):\n  {shown}{more}")
