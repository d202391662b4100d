"""Input limits shared by the coder and the commands (kept apart so that the CLI can read them
without loading the coder)."""
from __future__ import annotations

DEFAULT_MAX_CHARS = 5_000_000  # the largest document hadath codes, in characters
