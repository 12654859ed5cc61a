"""The curated authority data: known entities of the AI-governance domain.

Two tab-separated files in ``extract/data/authority`` (package data):

* ``countries.tsv`` — every ISO 3166-1 country, generated from pycountry by
  ``make_countries.py`` (columns: id, class, en, ko, alt_en, alt_ko, iso2, iso3, wikidata);
* ``entities.tsv`` — hand-curated organisations, companies, summits, initiatives
  and places (columns: id, class, en, ko, alt_en, alt_ko, wikidata, country).

Multi-valued fields are '|'-separated; lines starting with '#' and blank lines
are ignored. Only names, classes and identifiers are recorded — never facts such
as dates or attendance, and never people.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib.resources import files

COUNTRY_COLUMNS = ("id", "class", "en", "ko", "alt_en", "alt_ko", "iso2", "iso3", "wikidata")
ENTITY_COLUMNS = ("id", "class", "en", "ko", "alt_en", "alt_ko", "wikidata", "country")

# The ontology's classes an authority entry may have (leaf classes only).
CLASSES: dict[str, str] = {
    # class -> id prefix
    "Country": "country",
    "InternationalOrganisation": "org",
    "GovernmentBody": "org",
    "ResearchOrganisation": "org",
    "NonProfitOrganisation": "org",
    "Company": "company",
    "Summit": "summit",
    "Declaration": "initiative",
    "Statement": "initiative",
    "Law": "initiative",
    "Strategy": "initiative",
    "Process": "initiative",
    "Platform": "initiative",
    "Observatory": "initiative",
    "Panel": "initiative",
    "Commitment": "initiative",
    "Resolution": "initiative",
    "Agreement": "initiative",
    "Recommendation": "initiative",
    "Network": "initiative",
    "Report": "initiative",
    "Dialogue": "initiative",
    "City": "place",
    "Venue": "place",
}

ID_RE = re.compile(r"^(country|org|company|summit|initiative|place)/[a-z0-9]+(?:-[a-z0-9]+)*$")
WIKIDATA_RE = re.compile(r"^Q[1-9][0-9]*$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class AuthorityEntry:
    id: str                 # stable IRI path, e.g. "country/france", "org/oecd"
    cls: str                # ontology class local name
    en: str                 # preferred English label
    ko: str | None          # preferred Korean label
    alt_en: tuple[str, ...] # English variants (incl. abbreviations)
    alt_ko: tuple[str, ...] # Korean variants
    iso: str | None         # ISO 3166-1 alpha-2 for countries
    wikidata: str | None    # Wikidata Q-id, only where certain
    country: str | None     # id of the country a place/national body belongs to


def recurs(entry: AuthorityEntry | None) -> bool:
    """A summit the data names without a year meets again and again (the Internet Governance
    Forum, every year): the data holds the series, and a text that says which meeting it means
    (제2차 …, … 2024) names one year's or one number's meeting of it (graph/resolve.py)."""
    return entry is not None and entry.cls == "Summit" and not re.search(r"(?:19|20)\d\d", entry.id)


def id_year(authority_id: str | None) -> str | None:
    """The year a summit's identifier names (summit/ai-impact-summit-2026 → 2026): the one meeting the data means."""
    year = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", authority_id or "")
    return year.group(0) if year else None


def case_sensitive(form: str) -> bool:
    """All-capital ASCII forms (UN, WHO, US, U.S., G7) are case-sensitive names; so are short one-word
    forms with two capitals and more (xAI is a company, XAI explainable AI)."""
    return form.isascii() and any(c.isalpha() for c in form) and (
        not any(c.islower() for c in form) or " " not in form and len(form) <= 4 and sum(c.isupper() for c in form) >= 2)


def _squash(form: str) -> str:
    form = unicodedata.normalize("NFKC", form).replace("’", "'").replace("‘", "'")
    return "".join(form.split())


def fold_key(form: str) -> str:
    """Case- and space-insensitive key of a name (NFKC, curly quotes straightened)."""
    return _squash(form).casefold()


class Authority:
    """All authority entries with surface-form look-up."""

    def __init__(self, entries: dict[str, AuthorityEntry]):
        self.entries = entries
        exact: dict[str, set[str]] = {}
        folded: dict[str, set[str]] = {}
        acronyms: dict[str, set[str]] = {}
        forms: set[tuple[str, str, str]] = set()
        for e in entries.values():
            for surface, lang in labels(e):
                forms.add((surface, lang, e.id))
                exact.setdefault(surface, set()).add(e.id)
                if case_sensitive(surface):
                    acronyms.setdefault(_squash(surface), set()).add(e.id)
                else:
                    folded.setdefault(fold_key(surface), set()).add(e.id)
        self._forms = sorted(forms)
        self._exact = exact
        self._folded = folded
        self._acronyms = acronyms

    def get(self, id: str) -> AuthorityEntry | None:
        return self.entries.get(id)

    def surface_forms(self) -> list[tuple[str, str, str]]:
        """(surface, lang 'en'|'ko', id) for every label and variant, sorted."""
        return list(self._forms)

    def lookup(self, surface: str) -> tuple[AuthorityEntry, ...]:
        """Entries named ``surface``: exact match first, else case/space-insensitive.

        Several entries come back only for a known ambiguity (see the README).
        All-capital abbreviations stay case-sensitive in the fallback, so "who"
        and "us" do not find WHO and the United States (spaces still do not count).
        """
        ids = self._exact.get(surface)
        if not ids:
            ids = self._folded.get(fold_key(surface), set()) | self._acronyms.get(_squash(surface), set())
        return tuple(self.entries[i] for i in sorted(ids))


def labels(e: AuthorityEntry):
    """Every name of an entry with its language ('en'|'ko'): preferred labels, then variants."""
    yield e.en, "en"
    for a in e.alt_en:
        yield a, "en"
    if e.ko:
        yield e.ko, "ko"
    for a in e.alt_ko:
        yield a, "ko"


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in cell.split("|") if v.strip())


def _rows(text: str, name: str, columns: tuple[str, ...]):
    header_seen = False
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != columns:
                raise ValueError(f"{name}:{n}: header must be {'/'.join(columns)}")
            header_seen = True
            continue
        if not 3 <= len(cells) <= len(columns):
            raise ValueError(f"{name}:{n}: expected {len(columns)} columns, got {len(cells)}")
        cells += [""] * (len(columns) - len(cells))     # editors drop trailing empty cells
        yield n, dict(zip(columns, (c.strip() for c in cells)))


def parse(countries_tsv: str, entities_tsv: str) -> Authority:
    """Build an Authority from the text of the two TSV files."""
    entries: dict[str, AuthorityEntry] = {}

    def add(entry: AuthorityEntry, where: str) -> None:
        if entry.id in entries:
            raise ValueError(f"{where}: duplicate id {entry.id}")
        entries[entry.id] = entry

    for n, r in _rows(countries_tsv, "countries.tsv", COUNTRY_COLUMNS):
        add(AuthorityEntry(
            id=r["id"], cls=r["class"], en=r["en"], ko=r["ko"] or None,
            alt_en=_split(r["alt_en"]), alt_ko=_split(r["alt_ko"]),
            iso=r["iso2"] or None, wikidata=r["wikidata"] or None, country=None,
        ), f"countries.tsv:{n}")
    for n, r in _rows(entities_tsv, "entities.tsv", ENTITY_COLUMNS):
        add(AuthorityEntry(
            id=r["id"], cls=r["class"], en=r["en"], ko=r["ko"] or None,
            alt_en=_split(r["alt_en"]), alt_ko=_split(r["alt_ko"]),
            iso=None, wikidata=r["wikidata"] or None, country=r["country"] or None,
        ), f"entities.tsv:{n}")
    for e in entries.values():
        if not e.en:
            raise ValueError(f"{e.id}: no English label")
        if e.cls not in CLASSES:
            raise ValueError(f"{e.id}: unknown class {e.cls!r}")
    return Authority(entries)


@functools.cache
def load_authority() -> Authority:
    """The shipped authority data (read once per process)."""
    base = files("extract") / "data" / "authority"
    return parse(
        (base / "countries.tsv").read_text(encoding="utf-8"),
        (base / "entities.tsv").read_text(encoding="utf-8"),
    )
