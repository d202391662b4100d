"""Reading and validating lexicon TSV files (the package's own and users' ``--lexicon DIR``).

Validation collects every problem with its file and line before failing, so a user fixing a
lexicon sees all errors at once instead of one per run.
"""
from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from pathlib import Path

from ..errors import LexiconError
from ..text.normalize import normalize_string
from . import morphology as morph
from .entries import (
    AGENT_KINDS, CUE_KINDS, PLOVER_TYPES, SECTORS, TRANSNATIONAL, Agent, Country, Cue, LexiconSet,
    Org, Person, Place, Role, Trigger,
)

REQUIRED_COLUMNS = {
    "countries": ("iso3", "name_en", "names_ar", "nisba_ar", "nisba_extra", "capitals_ar", "capital_en"),
    "orgs": ("id", "name_en", "names_ar", "country", "sector"),
    "persons": ("id", "name_en", "names_ar", "roles"),
    "agents": ("forms", "sector", "country", "kind", "name_en"),
    "events": ("plover", "mode", "cameo", "context", "pos", "forms", "object"),
    "cues": ("kind", "pos", "forms"),
    "places": ("geonameid", "name_en", "names_ar", "country", "lat", "lon", "population", "feature"),
}
# Countries/actors that are not ISO 3166 rows but are valid actor codes.
EXTRA_ACTOR_CODES = frozenset({"INT", "KUR", "PSE", "KOS"}) | TRANSNATIONAL

_DOMAIN_KEYWORDS = {
    "خارجيه": "foreign", "دفاع": "defence", "داخليه": "interior", "خزانه": "finance",
    "ماليه": "finance", "عدل": "justice", "اقتصاد": "economy", "نفط": "energy", "طاقه": "energy",
    "اعلام": "information", "صحه": "health", "تجاره": "trade", "خارجيتها": "foreign",
}
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def package_data_dir() -> Path:
    return Path(str(resources.files("hadath") / "data"))


class _Reader:
    """Iterates the rows of one TSV file as dicts, recording errors against file:line."""

    def __init__(self, path: Path, kind: str, errors: list[str]):
        self.path, self.kind, self.errors = path, kind, errors

    def rows(self):
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            self.errors.append(f"{self.path}: cannot read ({exc})")
            return
        header: list[str] | None = None
        for lineno, line in enumerate(lines, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                missing = [c for c in REQUIRED_COLUMNS[self.kind] if c not in header]
                if missing:
                    self.errors.append(f"{self.path}:{lineno}: header lacks column(s) {', '.join(missing)}")
                    return
                continue
            if len(cells) < len(header):
                cells += [""] * (len(header) - len(cells))
            elif len(cells) > len(header):
                self.errors.append(f"{self.path}:{lineno}: {len(cells)} cells, header has {len(header)}")
                continue
            yield lineno, dict(zip(header, cells))

    def error(self, lineno: int, message: str) -> None:
        self.errors.append(f"{self.path}:{lineno}: {message}")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def _parse_date(text: str, end: bool) -> dt.date | None:
    if not text:
        return None
    m = _DATE_RE.match(text)
    if not m:
        raise ValueError(f"bad date {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if month is None:
        return dt.date(year + 1, 1, 1) if end else dt.date(year, 1, 1)
    if day is None:
        first = dt.date(year, int(month), 1)
        if not end:
            return first
        return (first + dt.timedelta(days=32)).replace(day=1)
    return dt.date(year, int(month), int(day))


def parse_roles(cell: str) -> tuple[Role, ...]:
    """``USA/GOV@2013-02-01..2017-01-20; USA/ELI@2017-01-20..`` → roles (ranges end-exclusive)."""
    roles = []
    for part in (p.strip() for p in cell.split(";")):
        if not part:
            continue
        code, _, span = part.partition("@")
        country, _, sector = code.partition("/")
        start_s, sep, end_s = span.partition("..")
        if span and not sep:
            raise ValueError(f"role {part!r}: range must be START..END")
        start, end = _parse_date(start_s.strip(), False), _parse_date(end_s.strip(), True)
        if start and end and end < start:
            raise ValueError(f"role {part!r}: ends before it starts")
        roles.append(Role(country.strip(), sector.strip() or None, start, end))
    roles.sort(key=lambda r: r.start or dt.date.min)
    return tuple(roles)


def _domain_of(forms: tuple[str, ...]) -> str | None:
    for form in forms:
        for word in normalize_string(form).split():
            word = word[2:] if word.startswith("ال") else word
            if word in _DOMAIN_KEYWORDS:
                return _DOMAIN_KEYWORDS[word]
    return None


def load_lexicons(dirs: list[Path] | None = None, include_package: bool = True) -> LexiconSet:
    """Load every lexicon file from the package data dir and then each user dir, validated."""
    search = ([package_data_dir()] if include_package else []) + list(dirs or [])
    lex = LexiconSet()
    errors: list[str] = []
    seen: set[Path] = set()
    built_in = package_data_dir().resolve()
    for directory in search:
        where = directory.resolve()
        if where in seen:
            continue  # a directory given twice, or the built-in one given as a user's: loaded once
        seen.add(where)
        if not directory.is_dir():
            errors.append(f"{directory}: lexicon directory not found")
            continue
        for kind in REQUIRED_COLUMNS:
            for path in sorted(directory.glob(f"{kind}*.tsv")):
                if kind == "places" and path.name == "places_extra.tsv" and where == built_in:
                    continue  # merged into places.tsv by tools/build_gazetteer.py
                lex.sources.append(str(path))
                _LOADERS[kind](_Reader(path, kind, errors), lex)
    _check_codes(lex, errors)
    if errors:
        raise LexiconError(errors)
    return lex


def _load_countries(r: _Reader, lex: LexiconSet) -> None:
    for lineno, row in r.rows():
        iso3 = row["iso3"]
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            r.error(lineno, f"iso3 {iso3!r} is not three capital letters")
            continue
        lex.countries.append(Country(
            iso3, row["name_en"], _split(row["names_ar"]), _split(row["nisba_ar"]),
            _split(row["nisba_extra"]), _split(row["capitals_ar"]), row["capital_en"],
        ))


def _load_orgs(r: _Reader, lex: LexiconSet) -> None:
    for lineno, row in r.rows():
        sector = row["sector"] or None
        if sector and sector not in SECTORS:
            r.error(lineno, f"unknown sector {sector!r}")
            continue
        if not row["id"] or not _split(row["names_ar"]):
            r.error(lineno, "id and names_ar are required")
            continue
        periods = _dated_codes(r, lineno, row.get("periods", ""), " in periods")
        if periods is None:
            continue
        lex.orgs.append(Org(row["id"], row["name_en"], _split(row["names_ar"]), row["country"] or None, sector,
                            periods))


def _dated_codes(r: _Reader, lineno: int, cell: str, where: str = "") -> tuple[Role, ...] | None:
    """A person's roles or an organisation's periods, validated; None (with the error recorded) if
    the cell is malformed or names an unknown sector."""
    try:
        roles = parse_roles(cell)
    except ValueError as exc:
        r.error(lineno, str(exc))
        return None
    bad = [ro.sector for ro in roles if ro.sector and ro.sector not in SECTORS]
    if bad:
        r.error(lineno, f"unknown sector(s) {', '.join(bad)}{where}")
        return None
    return roles


def _load_persons(r: _Reader, lex: LexiconSet) -> None:
    for lineno, row in r.rows():
        roles = _dated_codes(r, lineno, row["roles"])
        if roles is None:
            continue
        if not row["id"] or not _split(row["names_ar"]):
            r.error(lineno, "id and names_ar are required")
            continue
        lex.persons.append(Person(row["id"], row["name_en"], _split(row["names_ar"]), roles, row.get("title_en", "")))


def _load_agents(r: _Reader, lex: LexiconSet) -> None:
    for lineno, row in r.rows():
        sector = row["sector"] or None
        if sector and sector not in SECTORS:
            r.error(lineno, f"unknown sector {sector!r}")
            continue
        kind = row["kind"] or "agent"
        if kind not in AGENT_KINDS:
            r.error(lineno, f"unknown kind {kind!r} (agent, title, honorific, needs_modifier, counted)")
            continue
        # One row may list several institutions ("وزارة الخارجية|وزارة الخزانة"): each form keeps its
        # own domain, so split the row by domain.
        by_domain: dict[str | None, list[str]] = {}
        for form in _split(row["forms"]):
            by_domain.setdefault(_domain_of((form,)), []).append(form)
        for domain, forms in by_domain.items():
            lex.agents.append(Agent(tuple(forms), sector, row["country"] or None, kind, row["name_en"], domain))


def _load_events(r: _Reader, lex: LexiconSet) -> None:
    for lineno, row in r.rows():
        plover = row["plover"].upper()
        if plover not in PLOVER_TYPES:
            r.error(lineno, f"unknown PLOVER type {row['plover']!r}")
            continue
        if row["pos"] not in ("verb", "noun", "phrase"):
            r.error(lineno, f"pos must be verb, noun or phrase, not {row['pos']!r}")
            continue
        if not re.fullmatch(r"\d{2,4}", row["cameo"] or ""):
            r.error(lineno, f"CAMEO code {row['cameo']!r} must be 2-4 digits")
            continue
        preps = tuple(normalize_string(p) for p in _split(row["object"]))
        if _passive(row.get("passive_source", "")) not in ("", "ambiguous", "subject"):
            r.error(lineno, "passive_source must be empty, 'ambiguous' or 'subject'")
            continue
        # `requires`: sector codes (an actor of that sector must follow) and/or words (one of them
        # must follow within a few words: "أطلق … صواريخ", "وقع … اتفاقية").
        cells = _split(row.get("requires", ""))
        requires = frozenset(c for c in cells if c.isupper() and c.isascii())
        requires_words = frozenset(morph.strip_clitics(normalize_string(c)) for c in cells if not (c.isupper() and c.isascii()))
        if requires - SECTORS:
            r.error(lineno, f"requires: unknown sector(s) {', '.join(sorted(requires - SECTORS))}")
            continue
        trig = Trigger(plover, row["mode"] or None, row["cameo"], _split(row["context"]), row["pos"], preps,
                       _passive(row.get("passive_source", "")), row.get("note", ""),
                       requires=requires, requires_words=requires_words)
        lex.triggers.append((trig, _split(row["forms"])))


def _passive(cell: str) -> str:
    cell = cell.strip().lower()
    return {"1": "subject", "yes": "subject", "true": "subject"}.get(cell, cell)


def _load_cues(r: _Reader, lex: LexiconSet) -> None:
    for lineno, row in r.rows():
        if row["kind"] not in CUE_KINDS:
            r.error(lineno, f"unknown cue kind {row['kind']!r}")
            continue
        lex.cues.append((Cue(row["kind"], row["pos"] or "particle", row.get("note", "")), _split(row["forms"])))


def _load_places(r: _Reader, lex: LexiconSet) -> None:
    for lineno, row in r.rows():
        try:
            names = _split(row["names_ar"])
            place = Place(int(row["geonameid"]), row["name_en"], names[0] if names else "", row["country"],
                          float(row["lat"]), float(row["lon"]), int(row["population"] or 0), row["feature"] or "P")
        except (ValueError, IndexError) as exc:
            r.error(lineno, f"bad place row ({exc})")
            continue
        lex.places.append(place)
        lex.place_names.append((place, names))


_LOADERS = {
    "countries": _load_countries, "orgs": _load_orgs, "persons": _load_persons, "agents": _load_agents,
    "events": _load_events, "cues": _load_cues, "places": _load_places,
}


def _check_codes(lex: LexiconSet, errors: list[str]) -> None:
    known = {c.iso3 for c in lex.countries} | EXTRA_ACTOR_CODES
    if not lex.countries:
        return
    for org in lex.orgs:
        for country in (org.country, *(p.country for p in org.periods)):
            if country and country not in known:
                errors.append(f"org {org.id}: unknown country code {country!r}")
    for person in lex.persons:
        for role in person.roles:
            if role.country not in known:
                errors.append(f"person {person.id}: unknown country code {role.country!r}")
    seen: dict[str, str] = {}
    for group in (lex.orgs, lex.persons):
        for entry in group:
            if entry.id in seen:
                errors.append(f"duplicate id {entry.id!r}")
            seen[entry.id] = entry.id
