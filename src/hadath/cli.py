"""The ``hadath`` command line. Exit codes are documented in ``errors.py`` and the README."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    HadathError,
    InputRejected,
    InputUnreadable,
)
from .io import DEFAULT_MAX_BYTES, decode_bytes, iter_jsonl, read_text_file
from .limits import DEFAULT_MAX_CHARS

if TYPE_CHECKING:
    from .pipeline import Options


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors: keep it, with our wording
        self.print_usage(sys.stderr)
        print(f"hadath: error: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="hadath", description="Arabic news → political event data (PLOVER/CAMEO).")
    p.add_argument("--version", action="version", version=f"hadath {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("code", help="code one article (FILE or stdin) or a JSONL batch (--input)",
                       description="Code Arabic news into events, actors, quotes, dates and places.")
    c.add_argument("file", nargs="?", help="article text file (UTF-8); '-' or nothing reads stdin")
    c.add_argument("--date", help="publication date YYYY-MM-DD (resolves يوم الإثنين, أمس …)")
    c.add_argument("--id", help="document id for the output")
    c.add_argument("--format", choices=("table", "json", "jsonl"), default=None,
                   help="output: table (default for one article on a terminal), json, jsonl (default for batches)")
    c.add_argument("--input", help="batch: JSONL file, one {\"id\",\"text\",\"date\",\"title\",\"url\",\"source\"} per line")
    c.add_argument("--output", help="batch output JSONL (default stdout)")
    c.add_argument("--rejects", help="batch: write rejected lines' ids and reasons to this JSONL file")
    c.add_argument("--jobs", "-j", type=int, default=1,
                   help="batch: coding processes (default 1; output stays in input order)")
    c.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                   help="extra lexicon directory (TSV files as in hadath/data/README.md); repeatable")
    c.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8; e.g. cp1256)")
    c.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="largest input file/line in bytes")
    c.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="largest document in characters")
    c.add_argument("--any-language", action="store_true", help="do not refuse non-Arabic documents")
    c.add_argument("--bidi", choices=("auto", "on", "off"), default="auto",
                   help="table view: reshape and reorder Arabic for terminals without bidi support")
    c.add_argument("--indent", type=int, default=None, help="indent JSON output")

    ev = sub.add_parser("eval", help="score hadath against gold annotations",
                        description="Per-type precision/recall/F1, confusion and actor accuracy against gold: "
                                    "PETRARCH-style validation XML, sentence detection JSONL (label yes/no) or the "
                                    "project's gold JSONL (events lists).")
    ev.add_argument("--gold", required=True, action="append", help="gold file (repeatable)")
    ev.add_argument("--coded", help="score this coded JSONL (ids matching the gold) instead of coding the gold")
    ev.add_argument("--format", choices=("table", "json"), default="table")
    ev.add_argument("--errors", type=int, default=0, metavar="N", help="also list N errors")
    ev.add_argument("--lexicon", action="append", default=[], metavar="DIR")

    _register_plugins(sub)

    lx = sub.add_parser("lexicon", help="lexicon tools")
    lx_sub = lx.add_subparsers(dest="lexicon_command", required=True, parser_class=_Parser)
    st = lx_sub.add_parser("stats", help="sizes of the compiled lexicons")
    st.add_argument("--lexicon", action="append", default=[], metavar="DIR")
    va = lx_sub.add_parser("validate", help="load and validate lexicon directories")
    va.add_argument("dirs", nargs="+")
    return p


# Subcommands living in their own packages (corpus store: ingest, events, export, search…). Each
# module exposes ``register(subparsers)`` and ``COMMANDS: dict[name, handler(args) -> exit code]``.
_PLUGIN_MODULES = ("hadath.store.cli", "hadath.serve.cli", "hadath.spark.cli")


def _plugins():
    import importlib

    for name in _PLUGIN_MODULES:
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and not name.startswith(exc.name):
                raise  # a missing dependency inside the plugin is a real error
            continue


def _register_plugins(sub) -> None:
    for module in _plugins():
        module.register(sub)


def _dispatch_plugins(args) -> int | None:
    for module in _plugins():
        handler = module.COMMANDS.get(args.command)
        if handler:
            return handler(args)
    return None


def _options(args) -> Options:
    from .pipeline import Options  # the coder loads only for commands that code

    return Options(max_chars=args.max_chars, check_language=not args.any_language)


def _dump(doc_dict: dict, indent: int | None) -> str:
    return json.dumps(doc_dict, ensure_ascii=False, indent=indent)


def cmd_code(args) -> int:
    from .pipeline import code  # the coder loads only for commands that code
    if args.input:
        if args.file:
            raise HadathError("give either FILE or --input, not both")
        return _code_batch(args)
    if args.file in (None, "-"):
        if sys.stdin.isatty():
            raise InputUnreadable("no input: give an article FILE, pipe text on stdin, or use --input batch.jsonl")
        text = decode_bytes(sys.stdin.buffer.read(args.max_bytes + 1), args.encoding, "stdin")
        if len(text.encode("utf-8", "ignore")) > args.max_bytes:
            raise InputRejected(f"stdin is over the {args.max_bytes / 1e6:.0f} MB limit", "too_large")
        name = "stdin"
    else:
        text = read_text_file(args.file, args.encoding, args.max_bytes)
        name = Path(args.file).name
    doc = code(text, date=args.date, id=args.id or name, lexicon_dirs=args.lexicon, options=_options(args))
    fmt = args.format or ("table" if sys.stdout.isatty() else "json")
    if fmt == "table":
        from rich.console import Console

        from .output.table import render, want_bidi
        render(doc, Console(width=None if sys.stdout.isatty() else 160), want_bidi(args.bidi))
    else:
        print(_dump(doc.to_dict(), args.indent if fmt == "json" else None))
    return EXIT_OK


def _code_batch(args) -> int:
    from .batch import code_records

    src = Path(args.input)
    if not src.is_file():
        raise InputUnreadable(f"{src}: no such file")
    if args.jobs < 1:
        raise HadathError("--jobs must be at least 1")
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    rejects = open(args.rejects, "w", encoding="utf-8") if args.rejects else None
    coded = bad = 0
    started = time.perf_counter()
    try:
        with open(src, "rb") as stream:
            for outcome in code_records(iter_jsonl(stream, args.max_bytes), args.lexicon, _options(args), args.jobs):
                if outcome.json_line is not None:
                    out.write(outcome.json_line + "\n")
                    coded += 1
                    continue
                bad += 1
                rec = outcome.record
                ident = rec.fields["id"] if rec.fields else None
                print(f"hadath: {src}:{rec.line}: skipped: {outcome.message}", file=sys.stderr)
                if rejects:
                    rejects.write(json.dumps({"line": rec.line, "id": ident, "reason": outcome.reason,
                                              "message": outcome.message}, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
        if rejects:
            rejects.close()
    secs = time.perf_counter() - started
    print(f"hadath: coded {coded} document(s), skipped {bad}, in {secs:.1f}s", file=sys.stderr)
    return EXIT_PARTIAL if bad else EXIT_OK


def cmd_eval(args) -> int:
    from .evaluation.gold import coded_file_coder, evaluate, lexicon_coder, read_gold

    gold = [g for path in args.gold for g in read_gold(Path(path))]
    coder = coded_file_coder(Path(args.coded)) if args.coded else lexicon_coder(args.lexicon)
    rep = evaluate(gold, coder, keep_errors=bool(args.errors))
    if args.format == "json":
        out = rep.to_dict()
        out["errors"] = rep.errors[: args.errors]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    d = rep.to_dict()
    print(f"sentences scored: {d['sentences']}  (skipped: {d['skipped']})")
    print(f"{'type':10s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}")
    for t, v in d["detection"].items():
        print(f"{t:10s} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['tp']:5d} {v['fp']:5d} {v['fn']:5d}")
    print("actor accuracy (where the gold gives a value):")
    for k, v in d["actors"].items():
        print(f"  {k:16s} {v['accuracy']:6.3f}  (n={v['n']})")
    confusion = list(d["confusion"].items())[:15]
    if confusion:
        print("confusion (gold -> predicted, top 15):")
        for k, n in confusion:
            print(f"  {k:28s} {n}")
    for e in rep.errors[: args.errors]:
        print(f"{e['error']:15s} {e['type']:9s} {e.get('want', '')!s:>5} {e.get('got', '')!s:>5} {e['text'][:120]}")
    return EXIT_OK


def cmd_lexicon(args) -> int:
    from .lexicon.compiled import get_lexicon
    from .lexicon.loader import load_lexicons

    if args.lexicon_command == "validate":
        lex = load_lexicons([Path(d) for d in args.dirs])
        print(f"ok: {len(lex.sources)} file(s) valid")
        return EXIT_OK
    lex = get_lexicon(args.lexicon)
    raw = lex.lexicon
    verbs = sum(1 for t, _ in raw.triggers if t.pos == "verb")
    rows = {
        "countries": len(raw.countries), "persons": len(raw.persons), "organisations": len(raw.orgs),
        "agents": len(raw.agents), "event patterns (rows)": len(raw.triggers), "event verb rows": verbs,
        "cues": len(raw.cues), "places": len(raw.places), "compiled keys": lex.size,
        "event surface forms": lex.key_counts.get("trigger", 0),
        "person surface forms": lex.key_counts.get("person", 0),
        "organisation surface forms": lex.key_counts.get("org", 0),
    }
    by_type: dict[str, int] = {}
    for t, _ in raw.triggers:
        by_type[t.plover] = by_type.get(t.plover, 0) + 1
    for k, v in rows.items():
        print(f"{k:28s} {v:>8,}")
    print("event patterns by PLOVER type:")
    for k in sorted(by_type):
        print(f"  {k:26s} {by_type[k]:>8,}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "code":
            return cmd_code(args)
        if args.command == "lexicon":
            return cmd_lexicon(args)
        if args.command == "eval":
            return cmd_eval(args)
        code_ = _dispatch_plugins(args)
        return EXIT_USAGE if code_ is None else code_
    except HadathError as exc:
        print(f"hadath: error: {exc}", file=sys.stderr)
        return exc.exit_code if exc.exit_code != EXIT_INTERNAL else EXIT_USAGE
    except KeyboardInterrupt:
        print("hadath: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: say so plainly, keep the traceback for HADATH_DEBUG=1
        if os.environ.get("HADATH_DEBUG"):
            raise
        print(f"hadath: internal error: {type(exc).__name__}: {exc} (set HADATH_DEBUG=1 for details; please "
              "report it)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
