"""The shipped authority data (extract/data/authority) and its loader (extract/authority.py)."""
from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

from extract.authority import Authority, AuthorityEntry, fold_key, load_authority, parse

DATA = Path(__file__).resolve().parents[1] / "extract" / "data" / "authority"

# Reviewed surface forms that name more than one entry (keys compared with fold_key:
# case- and space-insensitive). Any other shared form fails test_no_unreviewed_ambiguity;
# an entry here that is no longer ambiguous fails too, so the list stays current.
ALLOWED_AMBIGUITIES: dict[str, set[str]] = {
    # KIST is a research institute and, as a campus, the venue of AI Seoul Summit sessions.
    "KIST": {"org/kist", "place/kist"},
    "Korea Institute of Science and Technology": {"org/kist", "place/kist"},
    "한국과학기술연구원": {"org/kist", "place/kist"},
}

# The ontology's classes an entry may have (written out here, not imported, on purpose).
ALLOWED_CLASSES = {
    "Country",
    "InternationalOrganisation", "GovernmentBody", "Company", "ResearchOrganisation", "NonProfitOrganisation",
    "Summit",
    "Declaration", "Statement", "Law", "Strategy", "Process", "Platform", "Observatory", "Panel",
    "Commitment", "Resolution", "Agreement", "Recommendation", "Network", "Report", "Dialogue",
    "City", "Venue",
}
PREFIX = {"Country": "country", "Company": "company", "Summit": "summit", "City": "place", "Venue": "place",
          "InternationalOrganisation": "org", "GovernmentBody": "org", "ResearchOrganisation": "org",
          "NonProfitOrganisation": "org"}
ID_RE = re.compile(r"^(country|org|company|summit|initiative|place)/[a-z0-9]+(-[a-z0-9]+)*$")

# Forms that are ordinary words or too generic to name one entity.
FORBIDDEN_SURFACES = {"AI", "Act", "Summit", "Declaration", "Statement", "Forum", "Institute", "Office",
                      "Commission", "Council", "Ministry", "Congress", "General Assembly", "AI Office",
                      "AI Safety Institute", "AISI", "Current AI", "Alphabet", "Arm", "Perplexity",
                      "Open AI",        # "open AI models" in running text
                      "America",        # Latin/North/South America; the US is "US", "USA", "U.S."
                      "Hague",          # a surname; the city is "The Hague"
                      "SB 53",          # every US state has an SB 53; "California SB 53" is kept
                      "인공지능", "정상회의", "선언", "선언문", "협약", "기본법", "연구소", "위원회", "정부",
                      "대전", "경주", "상해", "빈", "선전", "알파벳", "암"}


@pytest.fixture(scope="module")
def auth() -> Authority:
    return load_authority()


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_countries", DATA / "make_countries.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _raw_ids(name: str) -> list[str]:
    ids = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and not line.startswith("id\t"):
            ids.append(line.split("\t", 1)[0])
    return ids


def _ids(auth: Authority, surface: str) -> set[str]:
    return {e.id for e in auth.lookup(surface)}


# --- loading ---------------------------------------------------------------------------------

def test_loads_both_files_and_is_cached(auth):
    assert load_authority() is auth
    assert isinstance(auth.entries["country/france"], AuthorityEntry)
    countries = [e for e in auth.entries.values() if e.cls == "Country"]
    others = [e for e in auth.entries.values() if e.cls != "Country"]
    assert len(countries) == 249
    assert len(others) >= 250
    assert auth.get("org/oecd").en == "Organisation for Economic Co-operation and Development"
    assert auth.get("no/such-id") is None


def test_parse_rejects_malformed_rows():
    head_c = "\t".join(("id", "class", "en", "ko", "alt_en", "alt_ko", "iso2", "iso3", "wikidata"))
    head_e = "\t".join(("id", "class", "en", "ko", "alt_en", "alt_ko", "wikidata", "country"))
    ok = head_e + "\norg/x\tCompany\tX\t\t\t\t\t\n"
    with pytest.raises(ValueError, match="unknown class"):
        parse(head_c + "\n", head_e + "\norg/x\tWidget\tX\n")
    with pytest.raises(ValueError, match="duplicate id"):
        parse(head_c + "\n", ok + "org/x\tCompany\tY\n")
    with pytest.raises(ValueError, match="columns"):
        parse(head_c + "\n", head_e + "\norg/x\tCompany\n")
    with pytest.raises(ValueError, match="header"):
        parse(head_c + "\n", "id\tclass\n")
    # trailing empty cells may be dropped by editors
    assert parse(head_c + "\n", head_e + "\norg/x\tCompany\tX\n").get("org/x").country is None


# --- countries -------------------------------------------------------------------------------

def test_every_pycountry_country_is_present_with_its_codes(auth):
    pycountry = pytest.importorskip("pycountry")
    gen = _load_generator()
    by_iso = {e.iso: e for e in auth.entries.values() if e.cls == "Country"}
    rows = {r[6]: r for r in gen.read_rows(DATA / "countries.tsv")}
    for c in pycountry.countries:
        e = by_iso.get(c.alpha_2)
        assert e is not None, c.alpha_2
        assert e.id.startswith("country/")
        assert rows[c.alpha_2][7] == c.alpha_3
        assert e.ko, f"{e.id} has no Korean name"
    assert len(by_iso) == len(pycountry.countries)


def test_countries_tsv_is_up_to_date():
    pytest.importorskip("pycountry")
    gen = _load_generator()
    assert gen.read_rows(DATA / "countries.tsv") == gen.generate_rows(DATA / "country_ko_variants.tsv"), \
        "countries.tsv is stale: run python extract/data/authority/make_countries.py"


@pytest.mark.parametrize("iso,en,ko,korean_forms,english_forms", [
    ("FR", "France", "프랑스", ["프랑스"], ["France"]),
    ("US", "United States", "미국", ["미국", "미합중국"], ["United States", "USA", "U.S.", "US",
                                                      "United States of America"]),
    ("GB", "United Kingdom", "영국", ["영국"], ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"]),
    ("KR", "South Korea", "대한민국", ["대한민국", "한국", "남한"], ["South Korea", "Republic of Korea", "Korea"]),
    ("AU", "Australia", "호주", ["호주", "오스트레일리아"], ["Australia"]),
    ("KP", "North Korea", "북한", ["북한", "조선민주주의인민공화국"], ["DPRK", "North Korea"]),
    ("TR", "Türkiye", "튀르키예", ["튀르키예", "터키"], ["Turkey", "Türkiye"]),
    ("AE", "United Arab Emirates", "아랍에미리트", ["아랍에미리트", "UAE"], ["UAE"]),
    ("TW", "Taiwan", "대만", ["대만", "타이완"], ["Taiwan"]),
])
def test_country_names(auth, iso, en, ko, korean_forms, english_forms):
    [e] = [e for e in auth.entries.values() if e.iso == iso]
    assert (e.en, e.ko) == (en, ko)
    for form in korean_forms + english_forms:
        assert _ids(auth, form) == {e.id}, form


def test_bad_pycountry_translations_are_dropped(auth):
    assert not auth.lookup("대영제국")                  # "British Empire", not the UK
    assert not auth.lookup("타이완, 중국령")
    assert not auth.lookup("Korea, Republic of")        # ISO's inverted form, never in the press
    assert _ids(auth, "콩고민주공화국") == {"country/democratic-republic-of-the-congo"}
    assert not auth.lookup("콩고")                       # ambiguous between the two Congos
    for e in auth.entries.values():
        if e.cls == "Country":
            assert "(" not in (e.ko or "") and ", " not in e.ko or e.iso == "BQ", e.id


# --- ids, classes, references ----------------------------------------------------------------

def test_ids_unique_and_well_formed(auth):
    raw = _raw_ids("countries.tsv") + _raw_ids("entities.tsv")
    assert len(raw) == len(set(raw)) == len(auth.entries)
    for e in auth.entries.values():
        assert ID_RE.match(e.id), e.id
        assert e.id.split("/")[0] == PREFIX.get(e.cls, "initiative"), e.id


def test_classes_are_the_ontologys(auth):
    assert {e.cls for e in auth.entries.values()} <= ALLOWED_CLASSES
    assert all(e.cls != "Person" for e in auth.entries.values())


def test_country_references_exist(auth):
    for e in auth.entries.values():
        if e.country is not None:
            assert auth.get(e.country) is not None and auth.get(e.country).cls == "Country", e.id
        if e.cls in ("City", "Venue"):
            assert e.country, f"place without country: {e.id}"
        if e.cls == "GovernmentBody" and e.id != "org/eu-ai-office":
            assert e.country, f"national body without country: {e.id}"
        if e.cls == "Country":
            assert e.country is None and e.iso and re.fullmatch(r"[A-Z]{2}", e.iso)
        else:
            assert e.iso is None


def test_wikidata_ids_well_formed_and_unique(auth):
    seen = {}
    for e in auth.entries.values():
        if e.wikidata is not None:
            assert re.fullmatch(r"Q[1-9][0-9]*", e.wikidata), e.id
            assert e.wikidata not in seen, f"{e.id} and {seen.get(e.wikidata)} share {e.wikidata}"
            seen[e.wikidata] = e.id
    # the ones given as certain
    for id_, q in [("country/france", "Q142"), ("country/united-states", "Q30"), ("org/oecd", "Q41550"),
                   ("org/unesco", "Q7809"), ("org/united-nations", "Q1065"), ("org/european-union", "Q458")]:
        assert auth.get(id_).wikidata == q


# --- surface forms ---------------------------------------------------------------------------

def test_labels_are_clean(auth):
    for e in auth.entries.values():
        for form in (e.en, e.ko, *e.alt_en, *e.alt_ko):
            if form is None:
                continue
            assert form == form.strip() and "  " not in form and form, (e.id, form)
            assert "|" not in form and "\t" not in form, (e.id, form)
            assert unicodedata.normalize("NFC", form) == form, (e.id, form)
        if e.ko:
            assert re.search(r"[\uac00-\ud7a3]", e.ko) or e.ko.isascii(), e.id
        for form in e.alt_ko:
            assert re.search(r"[\uac00-\ud7a3]", form) or form.isupper(), (e.id, form)


def test_no_bare_common_words(auth):
    surfaces = {" ".join(s.casefold().split()) for s, _, _ in auth.surface_forms()}
    for bad in FORBIDDEN_SURFACES:
        assert bad.casefold() not in surfaces, bad


def test_surface_forms_complete_sorted_deterministic(auth):
    forms = auth.surface_forms()
    assert forms == sorted(set(forms))
    assert forms == load_authority().surface_forms()
    assert {lang for _, lang, _ in forms} == {"en", "ko"}
    as_set = set(forms)
    for e in auth.entries.values():
        assert (e.en, "en", e.id) in as_set
        assert all((a, "en", e.id) in as_set for a in e.alt_en)
        if e.ko:
            assert (e.ko, "ko", e.id) in as_set
        assert all((a, "ko", e.id) in as_set for a in e.alt_ko)


def test_no_unreviewed_ambiguity(auth):
    owners: dict[str, set[str]] = defaultdict(set)
    for surface, _, id_ in auth.surface_forms():
        owners[fold_key(surface)].add(id_)
    ambiguous = {k: v for k, v in owners.items() if len(v) > 1}
    allowed = {fold_key(k): v for k, v in ALLOWED_AMBIGUITIES.items()}
    assert ambiguous == allowed
    for surface, ids in ALLOWED_AMBIGUITIES.items():
        assert _ids(auth, surface) == ids


# --- lookup ----------------------------------------------------------------------------------

def test_lookup_exact_then_case_and_space_insensitive(auth):
    assert _ids(auth, "OECD") == {"org/oecd"}
    assert _ids(auth, "united kingdom") == {"country/united-kingdom"}
    assert _ids(auth, "Bletchley  park") == {"place/bletchley-park"}
    assert _ids(auth, "구글딥마인드") == _ids(auth, "구글 딥 마인드") == {"company/google-deepmind"}
    assert _ids(auth, "블레츨리파크") == {"place/bletchley-park"}
    assert _ids(auth, "  유엔 ") == {"org/united-nations"}
    assert auth.lookup("nonexistent thing") == ()


def test_lookup_keeps_abbreviations_case_sensitive(auth):
    assert _ids(auth, "WHO") == {"org/who"}
    assert _ids(auth, "US") == _ids(auth, "U. S.") == {"country/united-states"}
    assert auth.lookup("who") == () and auth.lookup("Who") == ()
    assert auth.lookup("us") == () and auth.lookup("Us") == ()
    assert auth.lookup("un") == ()
    assert _ids(auth, "Nato") == _ids(auth, "NATO") == {"org/nato"}     # "Nato" is itself a listed form


# --- the domain: names the extractor relies on ------------------------------------------------

@pytest.mark.parametrize("surface,id_", [
    ("경제협력개발기구", "org/oecd"), ("유엔", "org/united-nations"), ("국제연합", "org/united-nations"),
    ("유네스코", "org/unesco"), ("국제에너지기구", "org/iea"), ("IEA", "org/iea"), ("주요 7개국", "org/g7"),
    ("G7", "org/g7"), ("유럽연합", "org/european-union"), ("EU", "org/european-union"),
    ("유럽평의회", "org/council-of-europe"), ("아프리카연합", "org/african-union"),
    ("아프리카 연합", "org/african-union"), ("앤트로픽", "company/anthropic"), ("앤스로픽", "company/anthropic"),
    ("오픈AI", "company/openai"), ("오픈에이아이", "company/openai"), ("구글 딥마인드", "company/google-deepmind"),
    ("마이크로소프트", "company/microsoft"), ("메타", "company/meta"),
    ("아마존 웹서비스", "company/amazon-web-services"), ("아마존 웹-서비스", "company/amazon-web-services"),
    ("삼성전자", "company/samsung-electronics"), ("네이버", "company/naver"), ("미스트랄AI", "company/mistral-ai"),
    ("블레츨리 파크", "place/bletchley-park"), ("그랑팔레", "place/grand-palais"),
    ("청와대 영빈관", "place/cheong-wa-dae-state-guest-house"),
    ("과학기술정보통신부", "org/ministry-of-science-and-ict"), ("과기정통부", "org/ministry-of-science-and-ict"),
    ("대통령실", "org/office-of-the-president-korea"), ("국가안보실", "org/national-security-office-korea"), ("AI안전연구소", "org/korea-ai-safety-institute"),
    ("AI 서울 정상회의", "summit/ai-seoul-summit-2024"), ("인공지능(AI) 서울 정상회의", "summit/ai-seoul-summit-2024"),
    ("AI Action Summit", "summit/ai-action-summit-2025"), ("인공지능 행동 정상회의", "summit/ai-action-summit-2025"),
    ("AI 안전성 정상회의", "summit/ai-safety-summit-2023"), ("Kigali Summit", "summit/global-ai-summit-on-africa-2025"),
    ("키갈리 정상회의", "summit/global-ai-summit-on-africa-2025"),
    ("World AI Conference", "summit/world-ai-conference"), ("AI for Good Global Summit", "summit/ai-for-good-global-summit"),
    ("Global Forum on the Ethics of AI", "summit/global-forum-on-the-ethics-of-ai"),
    ("Bletchley Declaration", "initiative/bletchley-declaration"), ("서울선언", "initiative/seoul-declaration"),
    ("서울 의향서", "initiative/seoul-statement-of-intent"),
    ("Statement on Inclusive and Sustainable Artificial Intelligence for People and the Planet",
     "initiative/statement-on-inclusive-and-sustainable-ai"),
    ("Paris Pact for People and the Planet", "initiative/paris-pact-for-people-and-the-planet"),
    ("히로시마 AI 프로세스", "initiative/hiroshima-ai-process"), ("EU AI Act", "initiative/eu-ai-act"),
    ("인공지능 발전과 신뢰 기반 조성 등에 관한 기본법", "initiative/korea-ai-basic-act"),
    ("인공지능기본법", "initiative/korea-ai-basic-act"), ("AI 기본법", "initiative/korea-ai-basic-act"),
    ("인공지능(AI)기본법", "initiative/korea-ai-basic-act"), ("디지털 권리장전", "initiative/digital-bill-of-rights"),
    ("디지털포용법", "initiative/digital-inclusion-act"), ("Global Digital Compact", "initiative/global-digital-compact"),
    ("UNESCO Recommendation on the Ethics of AI", "initiative/unesco-recommendation-on-the-ethics-of-ai"),
    ("African Union Continental AI Strategy", "initiative/au-continental-ai-strategy"),
    ("Public Interest AI Platform and Incubator", "initiative/public-interest-ai-platform-and-incubator"),
    ("Global Dialogue on AI Governance", "initiative/global-dialogue-on-ai-governance"),
    ("Independent International Scientific Panel on AI", "initiative/independent-international-scientific-panel-on-ai"),
    ("A/RES/78/265", "initiative/unga-resolution-78-265"), ("Paris", "place/paris"), ("서울", "place/seoul"),
    ("New Delhi", "place/new-delhi"), ("Kigali", "place/kigali"), ("Bharat Mandapam", "place/bharat-mandapam"),
    # Korea's ministries, 청 and 위원회, by full and short names
    ("식약처", "org/ministry-of-food-and-drug-safety"), ("문화체육관광부", "org/ministry-of-culture-sports-and-tourism"),
    ("국정원", "org/national-intelligence-service-korea"), ("특허청", "org/korean-intellectual-property-office"),
    ("Global Partnership for AI", "org/gpai"), ("과기정통", "org/ministry-of-science-and-ict"),
    ("대한상의", "org/korea-chamber-of-commerce-and-industry"), ("전경련", "org/federation-of-korean-industries"),
    ("Port of Spain", "place/port-of-spain"),
])
def test_known_names(auth, surface, id_):
    assert _ids(auth, surface) == {id_}


def test_generic_names_stay_unlinked(auth):
    # Several AI safety institutes exist; the bare English name must not pick one.
    assert auth.lookup("AI Safety Institute") == ()
    assert _ids(auth, "영국 AI안전연구소") == {"org/uk-ai-security-institute"}
    assert _ids(auth, "미국 AI안전연구소") == {"org/caisi"}


def test_english_cues_are_lower_case_as_the_text_they_are_found_in():
    # cue_positions looks for English cues in the lower-cased sentence: a capital would never match
    from extract.lexicon import cues
    assert [c for (rel, lang), cs in cues().items() if lang == "en" for c in cs if c != c.lower()] == []


def test_the_national_assemblys_committees_by_full_and_short_name():
    from extract.gazetteer import lookup_normalised
    assert lookup_normalised("법제사법위원회") == lookup_normalised("법사위") == ("org/legislation-judiciary-committee-korea",)


def test_korean_bodies_and_companies_by_their_short_names():
    from extract.gazetteer import lookup_normalised
    assert lookup_normalised("4차위") == lookup_normalised("4차산업혁명위원회") == ("org/pcfir-korea",)
    assert lookup_normalised("현대차") == ("company/hyundai-motor",)
    assert lookup_normalised("NITI Aayog") == ("org/niti-aayog",)


def test_taiwans_cabinet_by_its_english_and_korean_names():
    from extract.gazetteer import lookup_normalised
    assert lookup_normalised("Executive Yuan") == lookup_normalised("대만 행정원") == ("org/executive-yuan",)


def test_hancom_by_its_korean_name():
    from extract.gazetteer import lookup_normalised
    assert lookup_normalised("한글과컴퓨터") == lookup_normalised("Hancom") == ("company/hancom",)


def test_nato_in_british_spelling():
    from extract.gazetteer import lookup_normalised
    assert lookup_normalised("North Atlantic Treaty Organisation") == ("org/nato",)


def test_kepco_by_its_short_names_and_myanmars_full_name():
    from extract.gazetteer import lookup_normalised
    assert lookup_normalised("한전") == lookup_normalised("KEPCO") == ("company/kepco",)
    assert lookup_normalised("Republic of the Union of Myanmar") == ("country/myanmar",)
