"""Generate countries.tsv (every ISO 3166-1 country) from pycountry.

Run by hand, never at runtime:

    python extract/data/authority/make_countries.py          # rewrite countries.tsv
    python extract/data/authority/make_countries.py --check  # exit 1 if it is out of date

Sources, in this order:
  * pycountry: alpha-2, alpha-3, English name (common_name, else name) and
    official_name; Korean names from pycountry's gettext catalogue (iso3166-1, ko);
  * country_ko_variants.tsv (hand-curated, beside this file): preferred-label
    overrides, the short forms and variants used by Korean and English press,
    pycountry-derived forms to drop, and Wikidata Q-ids where certain.

Variants taken from pycountry in ISO's inverted style ("Korea, Republic of",
"타이완, 중국령") or with a bracketed qualifier are left out: the press never
writes them.
"""
from __future__ import annotations

import argparse
import gettext
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
VARIANTS = HERE / "country_ko_variants.tsv"
OUTPUT = HERE / "countries.tsv"
HEADER = ("id", "class", "en", "ko", "alt_en", "alt_ko", "iso2", "iso3", "wikidata")
VARIANT_COLUMNS = ("iso2", "en", "ko", "alt_en", "alt_ko", "drop", "wikidata")


def slug(text: str) -> str:
    """Lowercase ASCII words joined by '-': "Côte d'Ivoire" -> "cote-divoire"."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_ = re.sub(r"['’]", "", ascii_.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")


def _split(field: str) -> list[str]:
    return [v.strip() for v in field.split("|") if v.strip()]


def read_variants(path: Path = VARIANTS) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    header_seen = False
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != VARIANT_COLUMNS:
                raise ValueError(f"{path.name}:{n}: header must be {VARIANT_COLUMNS}")
            header_seen = True
            continue
        if not 1 <= len(cells) <= len(VARIANT_COLUMNS):
            raise ValueError(f"{path.name}:{n}: expected {len(VARIANT_COLUMNS)} columns, got {len(cells)}")
        cells += [""] * (len(VARIANT_COLUMNS) - len(cells))   # editors drop trailing empty cells
        row = dict(zip(VARIANT_COLUMNS, (c.strip() for c in cells)))
        if row["iso2"] in out:
            raise ValueError(f"{path.name}:{n}: duplicate iso2 {row['iso2']}")
        out[row["iso2"]] = row
    return out


def _usable_variant(form: str) -> bool:
    return bool(form) and ", " not in form and "(" not in form


def _no_article(form: str) -> str:
    """pycountry writes "the State of Palestine"; the label is "State of Palestine"."""
    return form[4:] if form.startswith("the ") else form


def _dedupe(forms: list[str], preferred: str) -> tuple[str, ...]:
    seen = {preferred}
    out = []
    for f in forms:
        if f and f not in seen:
            seen.add(f)
            out.append(f)
    return tuple(out)


def generate_rows(variants_path: Path = VARIANTS) -> list[tuple[str, ...]]:
    """The data rows of countries.tsv (no header), sorted by id; deterministic."""
    import pycountry  # only needed when (re)generating

    ko = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ko"])
    variants = read_variants(variants_path)
    known = {c.alpha_2 for c in pycountry.countries}
    unknown = sorted(set(variants) - known)
    if unknown:
        raise ValueError(f"country_ko_variants.tsv: not ISO 3166-1 alpha-2 codes: {unknown}")

    rows = []
    for c in pycountry.countries:
        v = variants.get(c.alpha_2, dict.fromkeys(VARIANT_COLUMNS, ""))
        drop = set(_split(v["drop"]))
        name = c.name
        common = getattr(c, "common_name", None)
        official = getattr(c, "official_name", None)

        en_base = common or name
        en = v["en"] or en_base
        en_alts = [_no_article(f) for f in (en_base, name, official) if _usable_variant(f or "")]
        en_alts += _split(v["alt_en"])

        ko_forms = []
        for f in (en_base, name, official):
            if f:
                t = ko.gettext(f)
                if t != f:          # untranslated: no Korean form
                    ko_forms.append(t)
        ko_pref = v["ko"] or (ko_forms[0] if ko_forms else "")
        ko_alts = [f for f in ko_forms if _usable_variant(f)] + _split(v["alt_ko"])

        alt_en = _dedupe([f for f in en_alts if f not in drop], en)
        alt_ko = _dedupe([f for f in ko_alts if f not in drop], ko_pref)
        rows.append((
            f"country/{slug(en)}", "Country", en, ko_pref,
            "|".join(alt_en), "|".join(alt_ko),
            c.alpha_2, c.alpha_3, v["wikidata"],
        ))
    rows.sort()
    ids = [r[0] for r in rows]
    if len(set(ids)) != len(ids):
        raise ValueError("country ids collide; add an 'en' override in country_ko_variants.tsv")
    for r in rows:
        if any("\t" in cell or "\n" in cell for cell in r):
            raise ValueError(f"tab or newline in {r[0]}")
    return rows


def render(rows: list[tuple[str, ...]]) -> str:
    import pycountry

    version = getattr(pycountry, "__version__", None)
    if version is None:
        from importlib.metadata import version as _v
        version = _v("pycountry")
    lines = [
        f"# Generated by make_countries.py from pycountry {version} and country_ko_variants.tsv. Do not edit by hand.",
        "\t".join(HEADER),
    ]
    lines += ["\t".join(r) for r in rows]
    return "\n".join(lines) + "\n"


def read_rows(path: Path = OUTPUT) -> list[tuple[str, ...]]:
    """Data rows of an existing countries.tsv (comments and header skipped)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = tuple(line.split("\t"))
        if cells == HEADER:
            continue
        rows.append(cells)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only compare; exit 1 if countries.tsv is stale")
    args = ap.parse_args(argv)
    rows = generate_rows()
    if args.check:
        if read_rows() != rows:
            print("countries.tsv is out of date: run make_countries.py", file=sys.stderr)
            return 1
        print(f"countries.tsv is up to date ({len(rows)} countries)")
        return 0
    OUTPUT.write_text(render(rows), encoding="utf-8")
    print(f"wrote {OUTPUT.name}: {len(rows)} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
