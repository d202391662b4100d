"""What the benchmark scripts share: the corpus they read by default and how they report.

SaudiNewsNet lives in ../shared (not part of the project); every script takes --corpus for another
JSONL(.gz) file and exits 3 when the corpus is missing, like hadath's own commands.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "saudinewsnet" / "saudinewsnet.jsonl.gz"
EXIT_NO_CORPUS = 3


def corpus_missing(path: Path) -> bool:
    """True (and said on stderr) when the corpus file is not there."""
    if path.exists():
        return False
    print(f"corpus not found: {path}", file=sys.stderr)
    return True


def emit(result: dict, json_path: Path | None) -> None:
    """Print the figures as indented JSON, and write the same to ``json_path`` if given."""
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if json_path:
        json_path.write_text(text, encoding="utf-8")
