"""Reading gold standards and scoring hadath against them (``hadath eval``).

Three formats are read:

- sentence-level detection JSONL: ``{"id","text","date","event_type","label": yes|no|ambiguous}``
  (ambiguous records are skipped);
- actor JSONL: ``{"id","text","date","plover","source_country","source_sector","target_country",
  "target_sector"}`` and the PETRARCH/UniversalPetrarch validation XML with the same content
  (``<Sentence date id><EventCoding plover sourcecode="IRQ COP" targetcode/><Text>``);
- the project's own gold JSONL: ``{"id","text","date","events":[{"plover","source_country",…,
  "negated","hypothetical","background"}]}``.

A sentence is predicted to hold an event of type T when hadath codes at least one event of
type T in it that is reported: not negated, hypothetical or background (historical events count:
they are real events, reported with a date). Actor accuracy is measured only where the gold gives a value,
on the predicted event of the gold type (the first one when there are several).
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..errors import InputRejected, InputUnreadable
from ..model import Document, Event
from ..pipeline import code

Coder = Callable[[str, str | None, str], Document | None]


@dataclass
class GoldSentence:
    id: str
    text: str
    date: str | None
    events: list[dict] = field(default_factory=list)  # [{"plover", "source_country", …}]
    label: dict[str, bool] = field(default_factory=dict)  # detection: type → yes/no


def _norm_code(value) -> str | None:
    if value in (None, "", "None", "null"):
        return None
    return str(value)


def _json_lines(path: Path, text: str):
    """(line number, object) for each non-blank line; a malformed line stops with its location."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputRejected(f"{path}:{lineno}: malformed JSON ({exc.msg})", "json") from None


def read_gold(path: Path) -> list[GoldSentence]:
    """Read any of the three formats, detected from the file's content."""
    if not path.exists():
        raise InputUnreadable(f"{path}: no such file")
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("<"):
        return _read_xml(path)
    out: list[GoldSentence] = []
    for lineno, obj in _json_lines(path, text):
        date = (obj.get("date") or None)
        sent = GoldSentence(str(obj.get("id", lineno)), obj["text"], date)
        if "label" in obj:
            if obj["label"] not in ("yes", "no"):
                continue
            sent.label[obj["event_type"]] = obj["label"] == "yes"
        elif "events" in obj:
            # detection compares with reported events: a negated or hypothetical gold event is not one;
            # a background one (mentioned as a cause, time frame or object of condemnation, as the
            # expert newswire gold treats it) is not either, but its actors are still scored
            sent.events = [e for e in obj["events"] if not (e.get("negated") or e.get("hypothetical"))]
            types = {e["plover"] for e in sent.events if not e.get("background")}
            sent.label = {t: t in types for t in _ALL_TYPES}
        else:
            sent.events = [{k: _norm_code(obj.get(k)) for k in
                            ("source_country", "source_sector", "target_country", "target_sector")}
                           | {"plover": obj["plover"]}]
            sent.label = {obj["plover"]: True}
        out.append(sent)
    return out


def _read_xml(path: Path) -> list[GoldSentence]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputRejected(f"{path}: malformed XML ({exc})", "xml") from None
    out = []
    for s in root.iter("Sentence"):
        date = s.get("date")
        if date and len(date) == 8 and date.isdigit():
            date = f"{date[:4]}-{date[4:6]}-{date[6:]}"
        text = " ".join((s.findtext("Text") or "").split())
        events = []
        for ec in s.iter("EventCoding"):
            src = (ec.get("sourcecode") or "").split() + [None, None]
            tgt = (ec.get("targetcode") or "").split() + [None, None]
            events.append({"plover": ec.get("plover"), "source_country": _norm_code(src[0]),
                           "source_sector": _norm_code(src[1]), "target_country": _norm_code(tgt[0]),
                           "target_sector": _norm_code(tgt[1])})
        out.append(GoldSentence(s.get("id", ""), text, date, events, {e["plover"]: True for e in events}))
    return out


_ALL_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
              "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@dataclass
class Report:
    n: int = 0
    skipped: int = 0
    detection: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    actors: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    confusion: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)

    def prf(self, t: str) -> tuple[float, float, float]:
        c = self.detection[t]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def accuracy(self, key: str) -> tuple[float, int]:
        c = self.actors[key]
        return (c["right"] / c["n"] if c["n"] else 0.0), c["n"]

    def to_dict(self) -> dict:
        out = {"sentences": self.n, "skipped": self.skipped, "detection": {}, "actors": {},
               "confusion": {f"{g}->{p}": n for (g, p), n in self.confusion.most_common()}}
        for t in sorted(self.detection):
            p, r, f = self.prf(t)
            c = self.detection[t]
            out["detection"][t] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                                   "tp": c["tp"], "fp": c["fp"], "fn": c["fn"], "tn": c["tn"]}
        for k in sorted(self.actors):
            acc, n = self.accuracy(k)
            out["actors"][k] = {"accuracy": round(acc, 3), "n": n}
        return out


def reported(e: Event) -> bool:
    """Counts for sentence-level detection: a real event reported in its own right."""
    return not (e.negated or e.hypothetical or e.background)


def predicted_types(doc: Document) -> set[str]:
    return {e.plover for e in doc.events if reported(e)}


def _pick(doc: Document, plover: str) -> Event | None:
    """The sentence's event of this type to compare with the gold actors: the reported one with the
    most participants named in the text, then with the most implied ones (a sentence often names the
    same attack twice, once with its actors). Where hadath coded the event but judged it not reported
    in its own right (an elaboration such as "ورفع المتظاهرون لافتات", a negated or planned one), its
    participants are still what the output says about who did what, so they are scored; a sentence
    with no event of the type counts as wrong for every actor field."""
    cands = [e for e in doc.events if e.plover == plover and reported(e)] or [
        e for e in doc.events if e.plover == plover]
    if not cands:
        return None
    def named(a) -> bool:
        return a is not None and not a.implied

    return max(cands, key=lambda e: (named(e.source) + named(e.target), (e.source is not None) + (e.target is not None),
                                     -doc.events.index(e)))


def lexicon_coder(lexicon_dirs: list[str] | None = None) -> Coder:
    """Code each gold sentence with hadath (and the given user lexicons)."""
    def coder(text: str, date: str | None, ident: str) -> Document | None:
        try:
            return code(text, date=date, id=ident, lexicon_dirs=lexicon_dirs)
        except InputRejected:
            return None
    return coder


default_coder = lexicon_coder()


def coded_file_coder(path: Path) -> Coder:
    """Score output produced earlier (``hadath code --input … --output path``), matched by id."""
    if not path.exists():
        raise InputUnreadable(f"{path}: no such file")
    docs = {str(obj.get("id")): document_from_dict(obj)
            for _, obj in _json_lines(path, path.read_text(encoding="utf-8"))}

    def coder(text: str, date: str | None, ident: str) -> Document | None:
        return docs.get(ident)
    return coder


def document_from_dict(obj: dict) -> Document:
    """Rebuild the parts of a Document that scoring reads from its JSON form."""
    from ..model import Actor

    def actor(a):
        return Actor(a.get("entity"), a.get("text", ""), a.get("name_en", ""), a.get("country"), a.get("sector"),
                     tuple(a.get("span", (0, 0)))) if a else None

    doc = Document(text="", id=obj.get("id"))
    for e in obj.get("events", []):
        doc.events.append(Event(
            id=e.get("id", ""), plover=e["plover"], mode=e.get("mode"), cameo=e.get("cameo", ""),
            context=e.get("context", []), source=actor(e.get("source")), target=actor(e.get("target")),
            trigger=e.get("trigger", ""), span=tuple(e.get("span", (0, 0))), sentence=e.get("sentence", ""),
            sentence_span=tuple(e.get("sentence_span", (0, 0))), date=e.get("date"),
            date_precision=e.get("date_precision"), date_basis=e.get("date_basis", ""), location=None,
            negated=e.get("negated", False), hypothetical=e.get("hypothetical", False), score=e.get("score", 0.0),
            quad_class=e.get("quad_class", ""), background=e.get("background", False),
            historical=e.get("historical", False)))
    return doc


def evaluate(gold: Iterable[GoldSentence], coder: Coder = default_coder, keep_errors: bool = False) -> Report:
    rep = Report()
    for g in gold:
        doc = coder(g.text, g.date, g.id)
        if doc is None:
            rep.skipped += 1
            continue
        rep.n += 1
        pred = predicted_types(doc)
        for t, truth in g.label.items():
            hit = t in pred
            key = ("tp" if hit else "fn") if truth else ("fp" if hit else "tn")
            rep.detection[t][key] += 1
            if keep_errors and key in ("fp", "fn"):
                rep.errors.append({"id": g.id, "type": t, "error": key, "text": g.text,
                                   "predicted": sorted(pred)})
        gold_types = {t for t, truth in g.label.items() if truth}
        for gt in gold_types:
            for pt in pred or {"NONE"}:
                rep.confusion[(gt, pt)] += 1
        for ev in g.events:
            got = _pick(doc, ev["plover"])
            for role in ("source", "target"):
                for part in ("country", "sector"):
                    want = ev.get(f"{role}_{part}")
                    if not want:
                        continue
                    actor = getattr(got, role) if got else None
                    value = getattr(actor, part) if actor else None
                    c = rep.actors[f"{role}_{part}"]
                    c["n"] += 1
                    c["right"] += int(value == want)
                    if keep_errors and value != want:
                        rep.errors.append({"id": g.id, "type": ev["plover"], "error": f"{role}_{part}",
                                           "want": want, "got": value, "text": g.text})
    return rep
