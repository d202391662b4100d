"""Human view of a coded document: terminal tables with Arabic shaped and ordered for display.

Most terminals neither join Arabic letters nor reorder right-to-left runs, so Arabic printed raw
comes out as disconnected letters in reverse. With ``bidi=True`` each Arabic cell is reshaped
(arabic-reshaper) and put in visual order (python-bidi) before printing. Terminals that do their
own bidi (mlterm, Konsole, mintty) need ``--bidi off``.
"""
from __future__ import annotations

import os

from rich.console import Console
from rich.table import Table

from ..model import Actor, Document


def want_bidi(mode: str) -> bool:
    if mode in ("on", "off"):
        return mode == "on"
    if os.environ.get("HADATH_BIDI", "").lower() in ("on", "off"):
        return os.environ["HADATH_BIDI"].lower() == "on"
    return not (os.environ.get("KONSOLE_VERSION") or os.environ.get("TERM_PROGRAM", "").lower() in ("mintty",)
                or os.environ.get("TERM", "").startswith("mlterm"))


def _visual(text: str, bidi: bool) -> str:
    if not bidi or not text:
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text))


def _actor(a: Actor | None) -> str:
    if a is None:
        return "—"
    code = " ".join(x for x in (a.country, a.sector) if x)
    return f"{a.name_en} [{code}]" if code else a.name_en


def render(doc: Document, console: Console, bidi: bool, width: int = 60) -> None:
    v = lambda s: _visual(s, bidi)  # noqa: E731
    head = Table.grid(padding=(0, 1))
    head.add_column(style="bold")
    head.add_column()
    for label, value in (("title", v(doc.title or "")), ("publisher", doc.publisher), ("translated from",
                         doc.translated_from), ("url", doc.url), ("date", doc.date)):
        if value:
            head.add_row(label, value)
    console.print(head)

    events = Table(title=f"events ({len(doc.events)})", show_lines=False, expand=False)
    for col in ("#", "type", "mode", "source", "target", "trigger", "date", "place", "flags"):
        events.add_column(col, overflow="fold")
    for i, e in enumerate(doc.events, 1):
        flags = ",".join(f for f, on in (("negated", e.negated), ("hypothetical", e.hypothetical)) if on)
        events.add_row(str(i), e.plover, e.mode or "", _actor(e.source), _actor(e.target), v(e.trigger),
                       e.date or "", e.location.name_en if e.location else "", flags)
    console.print(events)

    ents = Table(title=f"entities ({len(doc.entities)})")
    for col in ("name", "arabic", "kind", "country", "sector", "mentions"):
        ents.add_column(col, overflow="fold")
    for ent in doc.entities:
        ents.add_row(ent.name_en, v(ent.surface_forms[0] if ent.surface_forms else ent.name_ar), ent.kind,
                     ent.country or "", ent.sector or "", str(len(ent.mentions)))
    console.print(ents)

    quotes = Table(title=f"quotes ({len(doc.quotes)})")
    for col in ("speaker", "cue", "direct", "quote"):
        quotes.add_column(col, overflow="fold")
    for q in doc.quotes:
        text = q.text if len(q.text) <= width else q.text[:width] + "…"
        quotes.add_row(_actor(q.speaker), v(q.cue), "yes" if q.direct else "no", v(text))
    console.print(quotes)
