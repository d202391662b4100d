"""Score coded articles against the project's ``*.expect.json`` annotations.

An expected event is found when a coded event has the same PLOVER type and its trigger overlaps
an occurrence of the expected trigger text. Roles, flags and dates are then compared on found
events only, so each figure isolates one ability.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Document
from ..pipeline import code


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    spans, i = [], text.find(needle)
    while i >= 0:
        spans.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return spans


@dataclass
class ArticleScore:
    name: str
    expected: int = 0
    found: int = 0
    roles_checked: int = 0
    roles_right: int = 0
    flags_checked: int = 0
    flags_right: int = 0
    dates_checked: int = 0
    dates_right: int = 0
    quotes_expected: int = 0
    quotes_found: int = 0
    quotes_speaker_right: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    found_types: set[str] = field(default_factory=set)


def _speaker_matches(speaker, expected: str) -> bool:
    if speaker is None:
        return False
    return expected in (speaker.name_en, speaker.country) or expected.lower() in speaker.name_en.lower()


def score_article(text_path: Path, expect_path: Path) -> tuple[ArticleScore, Document]:
    text = text_path.read_text(encoding="utf-8")
    gold = json.loads(expect_path.read_text(encoding="utf-8"))
    doc = code(text, date=gold.get("date"), id=text_path.stem)
    sc = ArticleScore(text_path.stem)
    for ev in gold.get("events", []):
        sc.expected += 1
        occ = _occurrences(text, ev["trigger"])
        match = next((e for e in doc.events if e.plover == ev["plover"]
                      and any(e.span[0] < oe and os_ < e.span[1] for os_, oe in occ)), None)
        label = f"{ev['plover']} {ev['trigger']}"
        if match is None:
            sc.missed.append(label)
            continue
        sc.found += 1
        sc.found_types.add(ev["plover"])
        for role in ("source", "target"):
            want = ev.get(f"{role}_country")
            if want:
                sc.roles_checked += 1
                got = getattr(match, role)
                if got is not None and got.country == want:
                    sc.roles_right += 1
                else:
                    sc.wrong.append(f"{label}: {role} {want} ≠ {got.country if got else None}")
        for flag in ("negated", "hypothetical"):
            if flag in ev:
                sc.flags_checked += 1
                if getattr(match, flag) == ev[flag]:
                    sc.flags_right += 1
                else:
                    sc.wrong.append(f"{label}: {flag} should be {ev[flag]}")
        if ev.get("date"):
            sc.dates_checked += 1
            if match.date == ev["date"]:
                sc.dates_right += 1
            else:
                sc.wrong.append(f"{label}: date {ev['date']} ≠ {match.date}")
    for q in gold.get("quotes", []):
        sc.quotes_expected += 1
        start = " ".join(q["starts_with"].split()[:2])
        hit = next((c for c in doc.quotes if start in c.text[:80]), None)
        if hit is None:
            sc.missed.append(f"quote {q['starts_with']}")
            continue
        sc.quotes_found += 1
        if _speaker_matches(hit.speaker, q["speaker"]):
            sc.quotes_speaker_right += 1
        else:
            sc.wrong.append(f"quote {q['starts_with']}: speaker {q['speaker']} ≠ "
                            f"{hit.speaker.name_en if hit.speaker else None}")
    return sc, doc
