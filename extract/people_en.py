"""English people in one sentence: a name next to its title, with the country or organisation
the title belongs to (Prime Minister Jane Doe; Jane Doe, CEO of Acme; Acme's chief executive, Jane
Doe), and the names a style or an occupation marks without a title. Korean is read by
``people_ko.py``."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import chain

from .authority import load_authority
from .gazetteer import lookup_normalised
from .lexicon import (Title, alternation, demonyms, english_title_alternation, english_titles, event_roles, heads,
                      occupations, regions, sentence_adverbs, title_ranks)
from .model import Mention
from .sentences import Sentence
from .words import AGENT_CLASSES, GENERIC_ACRONYMS, MONTHS, ORG_FAMILY, SCHOOL_FIRST_EN, headline, mention_at


def _fold(title: str) -> str:
    """A title's lookup key: case, spaces and hyphens aside (Vice President, vice-president)."""
    return re.sub(r"[\s-]+", " ", title).lower()


# head words that are also given names, first in a name after a title ("Acme founder Bill Roe"; a bill's
# head word ends its name: "the Data Bill")
_GIVEN_NAMES_LIKE_HEADS = frozenset({"Bill"})
# capitalised words a title can stand before that name no one (Member States, Council of Europe Member States)
# last words of a place's name (Silicon Valley, Bay Area, Gold Coast), never of a person's
_NO_NAMES_LAST_WORDS_EN = frozenset({"Valley", "Bay", "Area", "Coast", "Island", "Islands", "River", "Region", "Peninsula", "Gulf",
                             # (and of an occasion or a text: "… Minister for Digital Transformation Retirement Ceremony")
                             "Ceremony", "Ceremonies", "Summary", "Greetings", "Remarks"})
_NOT_NAMES = {"States", "Nations", "Countries", "Parties", "Governments", "Members", "Organisations", "Organizations",
              "Artificial Intelligence", "Jr", "Sr", "Government", "Deputy", "Liaison", "People",
              "Responsible", "Clubs", "Associations", "Federations", "Unions", "Agencies", "Institutions",
              "Companies", "Economies", "Emeritus", "Emerita", "Ceremony"}
# a British style before a name, which is not part of it
_STYLE_EN = (r"(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency)\s+)?"
             r"(?:(?:the\s+)?(?:Rt\.?\s+|Right\s+)?(?:Hon\.?|Honourable|Honorable)\s+|"
             r"(?:Datuk|Dato['’]?|Tan)\s+Seri\s+|(?:Datuk|Dato['’]?|Tan\s+Sri|Sheikh|Sheikha|Prince|Princess|Professor|Prof\.?|"
             r"Senator|Sen\.|Attorney(?!\s+General)|(?:Federal\s+)?Councillor|"
             r"(?:(?:Lieutenant|Major|Brigadier|Vice|Rear)\s+)?(?:General|Admiral)|Air\s+(?:Chief\s+)?Marshal|"
             # (a doctor's or an Indian style between the title and the name: "Minister Dr S Raman", "Shri …")
             r"Dr\.?|Shri|Smt\.?)\s+)?")
# (Malaysian styles too; a senator's, a lawyer's, a Swiss federal councillor's; a Gulf ruler's or a
# prince's "His Highness", alone or before "Sheikh": President His Highness Sheikh NAME; an officer's rank
# written in full: Premier Admiral NAME)
# letters after a name (Jane Doe MP, John Roe KC), which are no part of it
_POST_NOMINAL = r"(?:MP|MEP|MLA|MSP|MHA|TD|QC|KC|OBE|CBE|MBE|KBE|DBE|CMG|KCMG|GCMG|AC|AO|AM|MAE|FRS|FREng|FMedSci|FBA|FRSE|PhD|MBS|EBS|EGH|OGW|HSC)"
# (MBS, EBS, EGH, OGW, HSC: Kenya's national honours, written after the name as Britain's are; AC, AO, AM: the
# Order of Australia's; MAE, FRS, FREng, FMedSci, FBA, FRSE: the fellowships of academies)
# up to three capitalised words, with the particles of a family name between them (Ursula von der Leyen)
_PARTICLES_EN = ("von", "van", "der", "den", "de", "da", "del", "di", "du", "bin", "bint", "al", "Al", "El", "Bin", "Bint",
                 "Abdul", "Abu", "A/L", "A/P")
_PARTICLE_EN = "(?:" + "|".join(_PARTICLES_EN) + ")"
# a politician's party in brackets after the name (CDU), (Eesti 200), (LDR, EPP)
_PARTY_IN_BRACKETS_EN = rf"\s+\((?!{_POST_NOMINAL}\))[A-Z][^()]{{0,20}}\)(?=[\s,.;:]|$)"
# (one word more where a particle links it: Rashid bin Saeed bin Omar Al Dimas, Ana Maria Lima da Costa;
# A/L and A/P, "son of" and "daughter of" in Malaysian names: Ravi A/L Kumar)
# (an initial without its full stop may open it, as Indian press writes names: S Roe; not A or I,
# which are words)
# (a weekday after the name is when: "Director-General Jane Roe Friday opened …", as wires write it;
# a non-breaking hyphen joins a name's parts as a hyphen does: Al‑Dimas; the family name may be written
# with its article in lower case: Omar bin Saeed al-Dimas; a middle initial may lack its full stop: Gilbert F Roe)
# (nor a post written after the name with no comma: "Professor Jan Roe Prime Minister’s adviser", "Ambassador Jan
# Roe Director of the Data Council"; nor a second style before it: "Assistant Secretary-General Ambassador Dr NAME";
# nor the first word of a university's or institute's name where it comes first: "Professor at Université de …")
# (nor a speaker's "I’m" before their name: "I’m Jane Roe, the director of …")
_NOT_IN_NAME_EN = (rf"(?:{_POST_NOMINAL}|I['’](?:m|ve|ll|d)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Prime(?=\s+Minister)|"
                   rf"Ambassador|Dr|HE|{SCHOOL_FIRST_EN}|"
                   r"(?:President|Minister|Secretary|Director|Chairman|Chairperson|Governor)(?=\s+(?:of|for)\s))")
# a capital that starts a name's word: ASCII, or Latin with a diacritic (Ćorić, Šefčovič, Østergaard, Ángel)
_CAP_EN = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017d"
_EN_NAME = (rf"((?:(?<![\w.’'-])[B-HJ-Z]\s+(?=[A-Z][a-z]))?(?:(?!{_NOT_IN_NAME_EN}\b)[{_CAP_EN}][\w'’.\u2011-]+\s+(?:{_PARTICLE_EN}\s+){{1,2}})?"
            rf"(?:(?!{_NOT_IN_NAME_EN}\b)[{_CAP_EN}][\w'’.\u2011-]+\s+(?:[B-HJ-Z]\s+)?(?:{_PARTICLE_EN}\s+){{0,2}}){{0,2}}"
            rf"(?:(?!{_NOT_IN_NAME_EN}\b)[{_CAP_EN}][\w'’.\u2011-]+\s+(?:{_PARTICLE_EN}\s+){{1,2}})?"
            rf"(?!{_NOT_IN_NAME_EN}\b)(?:(?:al|el)-)?[{_CAP_EN}][\w'’\u2011-]+)")


@functools.cache
def _english_title_patterns() -> tuple[dict, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Titles by lower case, TITLE Name, Name, TITLE, and TITLE of A, B and C, Name, said:
    built once, not per sentence."""
    table = english_titles()
    alt = english_title_alternation()
    head_alt = alternation(heads()["en"])
    name = _EN_NAME
    # (a post-nominal may follow, bare or in brackets: Jane Roe MP, Jane Roe (MP))
    full_name = rf"((?:[A-Z][\w'’.-]+\s+){{1,2}}(?!{_POST_NOMINAL}\b)[A-Z][\w'’-]+)(?:\s+{_POST_NOMINAL}|\s+\({_POST_NOMINAL}\))?"
    speech = r"(?:said|says|told|stated|added|noted|described|announced|explained|stressed|emphasi[sz]ed|highlighted)"
    # what may stand between a title and the name:
    portfolio = "|".join((
        r"\s+(?:for|of)\s+(?:(?!(?:the|a|an|at|in|on|with)\s)[a-z][\w-]*,?\s+){1,5}?",   # Commissioner for internal markets Jane Doe
        #                                                     (secretary of state for science, innovation and technology, Jane Doe)
        #                                                     (not "… for the Internal Market", a portfolio's name)
        #                                                     (not "director of research at Acme Robotics": the body)
        # Minister for Foreign Affairs KAMIKAWA: a surname in capitals ends a capitalised portfolio, unless
        # two capitalised words follow it (Minister of Science and ICT Jane Doe: an acronym)
        r"\s+(?:for|of)\s+(?:(?:[A-Z][\w-]*|and|the|of|for)\s+){1,7}?(?=[A-Z]{3,}\b(?!\s+[A-Z][\w'’-]*\s+[A-Z]))",
        # Minister of Science and Technology Nguyen Van An said: after a word that ends portfolios, three
        # capitalised words before a lower-case word or punctuation are the name (none of them such a word)
        r"\s+(?:for|of)\s+(?:(?:(?!(?:Mr|Mrs|Ms|Dr|Shri|Smt)\b)[A-Z][\w-]*,?|and|the|of|for|&)\s+){0,6}?"
        rf"(?:{_PORTFOLIO_WORD_EN})\s+"
        rf"(?=(?:(?!(?:{_PORTFOLIO_WORD_EN}|{_POST_NOMINAL})\b)[A-Z][\w'’-]+\s+){{2}}(?!{_POST_NOMINAL}\b)[A-Z][\w'’-]+"
        r"(?:\s+[a-z]|[,.;:]|$))",
        # Minister for Foreign Affairs Jane Doe said: the last two capitalised words before a lower-case
        # word or punctuation are the name; the portfolio cannot end in "and"
        # (a style is no word of a portfolio: "Minister for … Information, and Mr Ed Roe" is two people)
        r"\s+(?:for|of)\s+(?:(?:(?!(?:Mr|Mrs|Ms|Dr|Shri|Smt)\b)[A-Z][\w-]*,?|and|the|of|for|&)\s+){0,6}?"
        r"(?!(?:Mr|Mrs|Ms|Dr|Shri|Smt)\b)[A-Z][\w-]*\s+(?:\([A-Z][A-Za-z&]{1,9}\)\s+)?"
        # (the ministry's acronym may end the portfolio: "Minister of … Technology (MeitY) Jane Roe")
        # (or a bracket in lower case after the name: "… Science Ed Roe (pictured) unveiled"; a body's
        # acronym in one ends the body: "head of the National Data Office (NDO)")
        # (or the name's party in brackets: "… Research Kristina Roe (Eesti 200), stressed"; and a family
        # name's particle: "Minister for Digitalisation Alexandra van Roe")
        rf"(?=[A-Z][\w'’-]+\s+(?:{_PARTICLE_EN}\s+){{0,2}}(?!{_POST_NOMINAL}\b)[A-Z][\w'’-]+(?:\s+{_POST_NOMINAL})?"
        rf"(?:\s+[a-z]|\s+\((?=[a-z])|[,.;:]|$)|"
        # (a party's acronym is also a body's: "… Technology Association (DTA) Jane Roe", no name before it)
        rf"[A-Z][\w'’-]+\s+(?:{_PARTICLE_EN}\s+){{0,2}}(?!(?:{head_alt})\b)[A-Z][\w'’-]+{_PARTY_IN_BRACKETS_EN})",
        # (or the title's own acronym in brackets: "Chief Technology Officer (CTO) Jane Roe")
        r"\s+\([A-Z][A-Za-z&]{1,9}\)\s+(?=[A-Z])",
        r",?\s+"))
    return ({_fold(k): v for k, v in table.items()},
            # (?<![\w-]): not the "president" of "vice-president"
            # (not after "then-": then-prime minister Jane Doe holds the whole title)
            # (a style between them is no part of the name: "Secretary-General, the Rt Hon Jane Doe")
            re.compile(rf"(?:(?<=\b[Tt]hen-)|(?<![\w-]))((?i:{alt}))(?:{portfolio}){_STYLE_EN}{name}"),
            # Jane Doe, an associate professor of …; Jane Doe, trade and industry minister of Ghana; Jane Doe, the
            # union's executive director (a body named before, by a common noun);
            # Jane Doe (Secretary of State for …)
            # (or between dashes: Mr. Jane Doe – Minister of … –)
            # (a photo's position marker after the name: "Jane Doe (R), Secretary-General of …")
            # (and honours after it, with or without a comma: "Jane Doe, OBE, Permanent Secretary …")
            re.compile(rf"\b{name}(?:,?\s+{_POST_NOMINAL})?(?:\s+\((?:L|R|C|left|right|cent(?:re|er)|front)\))?"
                       rf"(?:,\s+|\s+\(|\s+[–—]\s+)(?:currently\s+|now\s+|then\s+)?(?:the\s+|an?\s+)?(?:[a-z]{{3,}}['’]s\s+)?"
                       rf"(?:[a-z-]+\s+and\s+(?:[a-z]+\s+)?|(?:associate|assistant|senior|visiting|adjunct|former|(?:newly[\s-]+)?appointed|incoming|acting|interim)\s+)?(?:(?:[A-Z][\w.’']*\s+(?:(?:and|&)\s+(?=[A-Z]))?)*?)(?:new\s+)?((?i:{alt}))\b"
                       rf"(?:\s+(?:of|at|for)\s+(?:the\s+)?)?"),
            # a ministry's long name written out, with commas, between the title and the name (or where
            # the post is: "Ambassador to Ruritania, NAME, discussed"; or the body it is in: "Permanent
            # Secretary in the Department of …, Ms NAME, during"), which
            # the speech, the sentence, ", and" (the next titled person), a clause (", during …") or a
            # verb (", hosted the meeting") closes
            # (or a family name alone in capitals, as Japanese releases write it: "…, IMAMURA, attended")
            # (a style before the name is no part of it: "Secretary-General of Acme, Dr. Jane Roe, said")
            # (or a past verb without the closing comma: "The Minister of Health, Jane Roe delivered …", "…, Jane
            # Roe has called for …"; or
            # with an adverb before it: "…, Jane Roe, officially presented")
            # (the post's words never hold a clause: ", met with the …" ended the apposition before it;
            # a portfolio's list in lower case may: ", innovation and technology")
            re.compile(rf"\b((?i:{alt}))\s+(?:of|for|to|in)\s+[A-Za-z]"
                       rf"(?:(?!,\s+(?!and\s)[a-z]+\s+(?!and\s)[a-z])[^.;:\"“”]){{0,120}}?"
                       rf",\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Shri|Smt|H\.\s?E)\.?\s+)?"
                       rf"(?:{full_name}|([A-Z]{{4,}}))"
                       # (or the next styled person: "…, H.E. Jane Roe and H.E. Ambassador Ed Poe attended")
                       # (or a remark in brackets: "…, Jane Roe (remotely), alongside …")
                       rf"(?:,?\s+{speech}\b|\s*[.;]?\s*$|,\s+and\s|\s+and\s+(?:H\.\s?E|Mr|Ms|Mrs|Dr|Prof)\.?\s|\s+\([a-z][a-z ]{{2,30}}\),\s|,\s+(?:during|at|in|on|who|when|while|alongside|with|together)\s|"
                       rf",\s+(?:(?:[a-z]+ly|today|yesterday|also)\s+)?(?:[a-z]+ed|[a-z]+s|{_IRREGULAR_PAST_EN})\s|\s+(?:[a-z]+ed|{_IRREGULAR_PAST_EN})\s|\s*;|"
                       r"\s+(?:has|had|have|will|is|was)\s+(?:[a-z]+ly\s+)?[a-z]+\s)"),
            re.compile(rf"\b({alt})\s+(?:to|at)\s+(?:the\s+)?"))


@functools.cache
def _second_post_en() -> re.Pattern:
    """"and the" before a second post, between a post and the name after it."""
    return re.compile(rf"\band\s+the\s+(?:{english_title_alternation()})\b")


# a list of appointments: "… sees Jane Roe MP appointed Minister for …, John Doe MP appointed Minister for …"
_APPOINTED_BEFORE_EN = re.compile(r"\b(?:appointed|named|elected)$")
_APPOINTED_AFTER_EN = re.compile(rf"(?:\s+{_POST_NOMINAL})?\s+(?:appointed|named|elected)\b")


# verbs in the past that do not end in -ed, which close an apposition (", Jane Roe, met with …")
_IRREGULAR_PAST_EN = r"met|led|held|spoke|gave|made|took|saw|told|sent|left|came|went|began|became|brought|sought|" \
                     r"wrote|set|put|won|chose"


@functools.cache
def _en_head_after() -> re.Pattern:
    """A capitalised head word (Centre, Institute, Summit) right after a position: what came before it
    was the start of a body's or meeting's name."""
    words = {h for h in heads()["en"] if h[:1].isupper()} | _BODY_WORDS_EN
    return re.compile(r"\s+(?:" + alternation(words) + r")\b")


# words that end a body's name but are no head of a name the rules discover (a "Convention Centre" is a venue)
_BODY_WORDS_EN = {"Centre", "Center", "University", "College", "Laboratory", "Lab", "Group", "Association", "Academy",
                  "School", "Society", "Division", "Bureau", "Directorate", "Unit", "Section", "Branch", "Project",
                  "State", "States", "Nations", "Countries"}    # (Member States, a Member State Exchange: the
#                                                                 members, or their meeting; no one's name)


_OF_BODY_EN = re.compile(r"\s+of\s+(?:the\s+)?")
_NAME_OF_EN = re.compile(_EN_NAME + r"\s+of\s+(?:the\s+)?")
_LIST_SEP_EN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


@functools.cache
def _plural_titles() -> re.Pattern:
    """A title in the plural before a list of people, each with the body or country they are of:
    "Presidents …", "Ministers of ICT including …"."""
    alt = alternation(t for t in english_titles() if t[-1:].isalpha() and t[:1].isupper())
    return re.compile(rf"(?<![\w-])({alt})s(?:\s+(?:of|for)\s+(?:(?:[A-Z][\w&-]*|and|the)\s+){{0,4}}?[A-Z][\w&-]*)?"
                      rf",?(?:\s+including)?\s+(?=[A-Z])")


# a word no name ends in: an abstract or plural common noun ending a portfolio's list
# (or a field of government: "…, Intellectual Property Strategy, Space Policy, and …")
_FIELDS_EN = (r"Policy|Strategy|Security|Affairs|Development|Innovation|Technology|Economy|Industry|Trade|Science|"
              r"Research|Energy|Defen[cs]e|Education|Health|Finance|Commerce|Transport|Justice|Culture|Agriculture|"
              r"Environment|Infrastructure|Tourism")
# the endings of a science's name (Genetics, Economics, Robotics), which no surname has (Palkovics is one)
_FIELD_ICS_EN = r"etics|omics|matics|istics|ysics|itics|onics|otics|namics|ytics|anics|autics|thics"
# (and "… and the Australian Public Service": a portfolio's service, no one's name)
_ABSTRACT_NOUN_EN = re.compile(rf"[a-z](?:tions?|ments|ities|ances|ences|ency|ship|{_FIELD_ICS_EN})$|\s(?:{_FIELDS_EN}|Services?)$")
# a word that ends a portfolio, where a three-word name may start after it: the words of
# _PORTFOLIO_END_EN below that no name's first word is (not State, Works, an acronym, nor -ing or -ty,
# which Jinping and Trinity end in)
_PORTFOLIO_WORD_EN = (rf"(?:{_FIELDS_EN}|Interior|Labou?r|Youth|Women|Media|Gender|Sports?|Welfare|"
                      r"[A-Z][a-z]*(?:tions?|ments?|ities|ances?|ences?|ics|ogy|ogies))")
# the last word of a portfolio: a field, a noun of one, or an acronym (ICT); not a name's first word
# or a style (… and Communications Nguyen Van An, … for Digital Transformation Mr Kono)
_PORTFOLIO_END_EN = re.compile(rf"(?:{_FIELDS_EN}|Interior|State|Labou?r|Youth|Women|Media|Gender|Space|Sports?|"
                               rf"Works|Welfare|[a-z](?:tions?|ments?|ty|ties|ances?|ences?|ics|ogy|ogies|ing|ism))$|"
                               rf"^[A-Z]{{2,5}}$")


# a post's portfolio written after its title and before or after the name ("Minister of Foreign Affairs
# Jane Doe", "Jane Doe, the Minister of Defence,"): part of the post, unless it is a body the sentence
# names, which is then the post's organisation ("Director of the National Data Office Jane Doe")
_STYLE_TAIL_EN = re.compile(_STYLE_EN.removesuffix("?") + r"$")
_PORTFOLIO_EN = re.compile(r"\s*((?:for|of)\s+(?:(?:[A-Z][\w’'-]*|[a-z][\w-]*),?\s+)*?(?:[A-Z][\w’'-]*|[a-z][\w-]*))"
                           r"(?:\s+\([A-Z][A-Za-z]{1,8}\))?,?\s*$")
_OWNER_BEFORE_NEW_POST_EN = re.compile(r"['’]s\s+(?:new|acting|interim|incoming)\s+$")
_OWNER_BEFORE_POST_EN = re.compile(r"['’]s\s+(?:(?:new|acting|interim|incoming)\s+|"
                                   r"(?:[A-Z][\w-]*\s+(?:(?:and|&|of)\s+)?){1,6})$")
# (a style starts the next person, no word of the portfolio: "… and Information, and Mr Ed Roe")
# (not past ", and" and a name with a comma and a post after it: "…, Deputy Minister for Data, and Ana Doe, General
# Manager of …" lists a second person)
_PORTFOLIO_AFTER_EN = re.compile(r"(?:[A-Z][\w’'-]*)(?:(?!,\s+and\s+(?:[A-Z][\w’'.-]*\s+){1,2}[A-Z][\w’'-]*,\s+"
                                 r"(?:[A-Z][\w’'-]*\s+){1,3}(?:of|at)\s)"
                                 r",?\s+(?:and\s+(?:the\s+)?|&\s+|of\s+(?:the\s+)?|for\s+)?"
                                 r"(?!(?:Mr|Mrs|Ms|Dr|Mx)\.?\s)[A-Z][\w’'-]*)*")


def _ranked(text: str, start: int, title: Title) -> Title:
    """The title with the rank written right before it: an Additional Secretary is not the
    Secretary, and a Second Vice Minister not the ministry's only one (``title_ranks.tsv``)."""
    rank = re.search(r"(?<![\w-])([A-Za-z][a-z]+)[\s-]+$", text[:start])
    # (in lower case too, as reports write a post in running text: "additional secretary Jane Roe")
    word = rank.group(1).capitalize() if rank else ""
    if rank is None or word not in title_ranks() or title.en.startswith(word) or \
            rank.group(1).islower() and not text[start:start + 1].islower():
        return title
    return replace(title, en=f"{word} {title.en}", ko="")


# a government post's fields written before it, capitalised, with its rank: "Trade and Industry State
# Minister Jane Roe", "China's Industry and Information Technology Vice Minister, …"
_FIELDS_BEFORE_EN = re.compile(r"(?<![\w’'])((?:[A-Z][a-z]+,?\s+(?:(?:and|&)\s+)?){2,5}?)(State\s+)?$")


def _fields_before(text: str, start: int, title: Title) -> Title:
    """The title with the fields of its portfolio written before it, when they are two words or
    more ending in a field's word ("Trade and Industry"), not a name or a country's adjective."""
    if title.kind != "state":
        return title
    rank = re.search(r"(?:Vice|Deputy)\s+$", text[:start]) if title.en.startswith(("Vice ", "Deputy ")) else None
    end = rank.start() if rank else start
    hit = _FIELDS_BEFORE_EN.search(text, 0, end)
    if hit is None:
        return title
    words = hit.group(1).split()
    if len(words) < 3 or words[1] not in ("and", "&") or not _PORTFOLIO_END_EN.search(words[-1].rstrip(",")) \
            or words[0] in demonyms() or words[0] in MONTHS:
        return title            # (two fields joined by "and": not "Prime Minister", not "French Minister")
    state = (hit.group(2) or "").strip()
    return replace(title, en=" ".join([*words, *([state] if state and state not in title.en else []), title.en]))


_REGION_TITLES_EN = frozenset({"Governor", "Premier"})


def _region_of_post(text: str, start: int, end: int, title: Title) -> Title:
    """A governor's or premier's post named with the state or province written before or after the title
    ("Texas Gov. Jane Roe", "Jane Roe, Governor of Ontario": Governor of Texas, Governor of Ontario)."""
    if title.en not in _REGION_TITLES_EN:
        return title
    before = re.search(r"(?<![\w’'-])((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)\s+$", text[max(0, start - 40):start])
    after = re.match(r"\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", text[end:])
    words = before.group(1).split() if before else []
    names = [" ".join(words[k:]) for k in range(len(words))]        # the longest run of words ending there
    words = after.group(1).split() if after else []
    names += [" ".join(words[:k]) for k in range(len(words), 0, -1)]  # the longest starting there
    region = next((regions()[n] for n in names if n in regions()), None)
    return replace(title, en=f"{title.en} of {region}") if region else title


def _with_portfolio(title: Title, portfolio: str) -> Title:
    """(a government's posts only: after a company's or a body's post, the words name the body)"""
    words = portfolio.split()
    while words and not _PORTFOLIO_END_EN.search(words[-1].rstrip(",")):
        words.pop()
    if len(words) > 3 and words[-2] == "of" and words[-1].isupper():
        del words[-2:]              # "… Communications of MIC": the ministry's acronym, not the portfolio's
    if title.kind != "state" or len(words) < 2:
        return title
    # (a portfolio the press writes in lower case is named as the post's title writes it: … for Science, Innovation)
    words = [w if w in ("and", "of", "for", "the", "&") or not w[:1].islower() else w[:1].upper() + w[1:] for w in words]
    return replace(title, en=f"{title.en} {' '.join(words).rstrip(',')}")


# a styled name right after what looked like the name: that was the body's ("… Centere Dr. Jane Roe")
_STYLED_AFTER_EN = re.compile(r",?\s+(?:Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?)\s+"
                              r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")


# posts only a company has, which name the company before them (Acmecorp CEO) or after "of" (founder of Acmecorp)
_COMPANY_TITLES = frozenset({"CEO", "CTO", "CFO", "COO", "Co-CEO", "Chief Executive", "Chief Executive Officer",
                             "Chief Technology Officer", "Chief Operating Officer", "Chief Financial Officer",
                             "Founder", "Co-founder", "VP"})
_COMPANY_NAME_EN = r"([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2})"
_COMPANY_BEFORE_EN = re.compile(r"(?:^|(?<=\s))" + _COMPANY_NAME_EN + r"$")
_COMPANY_AFTER_EN = re.compile(_COMPANY_NAME_EN + r"(?![\w&.’'-]|\s+[A-Z])")
# capitalised words before a post that are no company's name
_NOT_COMPANY_EN = {"The", "A", "An", "Its", "Their", "His", "Her", "Our", "Former", "Then", "Acting", "Interim", "New",
                   "Incoming", "Outgoing", "Deputy", "Senior", "Company", "Group", "And", "But", "As", "When", "While"}


# styles written before a name, not part of it
# two capitalised words of a field between a body and the post it holds (… Global Affairs President)
_TWO_FIELDS_EN = re.compile(r"\s+[A-Z][a-z]+\s+[A-Z][a-z]+$")
# a post's portfolio in capitals, then "at" the body that holds it (… for Digital Policy at the Ministry of …)
_PORTFOLIO_AT_EN = re.compile(r"[A-Z][^,;.()]{0,80}?\s+at\s+(?:the\s+)?(?=[A-Z])")
_FIELD_AT_EN = re.compile(r"[A-Za-z][^,;.()]{0,80}?\s+at\s+(?:the\s+)?(?=[A-Z])")
_HONORIFIC_EN = re.compile(r"(?:(?:The|Right|Rt\.?)\s+)?(?:Honourable|Honorable|Hon\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Sir|Dame|"
                           r"Madame|Madam|Mme\.?|Monsieur|Rev\.?|Reverend|Fr\.|Archbishop|Bishop|Cardinal|Rabbi|Imam|Comrade|MK|"
                           r"Excellency|H\.\s?E\.?|Eng\.|Professor|Prof\.?|Senator|Sen\.|Rep\.|Attorney(?!\s+General)|"
                           r"(?:Federal\s+)?Councillor|Sheikh|Sheikha|Shaikh|Prince|Princess|Shri|Smt\.?|"
                           r"(?:(?:Lt|Maj|Brig|Vice|Rear)\.?\s+)?(?:Gen|Adm|Col|Cmdr|Capt)\.|"
                           r"YB(?:hg|rs)?\.?|YAB(?:hg)?\.?|Tan\s+Sri|Datuk(?:\s+Seri)?|Dato['’]?(?:\s+S[e]?ri)?|"
                           r"Datin(?:\s+Paduka)?)\s+(?=[A-Z])")
def _style_into(text: str, s: int, e: int) -> re.Match | None:
    """A style that starts up to two words before ``s`` and ends inside the name the pattern took
    (Datuk Seri Lim Wei: the name pattern kept Seri, the style's last word)."""
    for w in re.finditer(r"\S+\s+", text[max(0, s - 16):s]):
        style = _HONORIFIC_EN.match(text, max(0, s - 16) + w.start(), e)
        if style and style.end() > s:
            return style
    return None


# (YB, YBhg., YBrs.: the styles of Malaysian office holders, as Yang Berhormat; Tan Sri, Datuk, Dato':
# Malaysian honours, written before the name)
# (Eng.: an engineer's style, in Gulf press; Senator and Attorney, a senator's and a lawyer's; Rev., Archbishop:
# clergy's; Sheikh, Prince: a royal style before the name; Lt. Gen., Adm.: an officer's rank, abbreviated)


@functools.cache
def _body_bracket_head_en() -> re.Pattern:
    """A bracket right after a body's name that gives its acronym and its head: (MOD, Minister: Jane Roe)."""
    return re.compile(rf"\s*\((?:[A-Z][\w&.-]{{1,11}}\s*,\s*)?((?i:{english_title_alternation()}))\s*:\s*"
                      rf"{_EN_NAME}\s*\)")


@functools.cache
def _title_and_before_en() -> re.Pattern:
    return re.compile(rf"\s+(?i:{english_title_alternation()})\s+(?:and|&)$")


def _left_of_title(text: str) -> str:
    """The text before a title, up to whose post it is: past "'s" or "s'", and past another title joined by
    "and" or the word "Government" ("UAE Vice President and Prime Minister Jane Roe", "the Chile
    Government Minister of …, Jane Roe": the country holds this post too)."""
    # (the other title first: "the Data Agency (DA)'s CEO and Executive Director Jane Roe")
    left = re.sub(r"(’s|'s)$", "", _title_and_before_en().sub("", text.rstrip()))
    # (a plural's possessive, before the body's acronym too: "the Ministry of Data Affairs' (MDA) Deputy Minister")
    left = re.sub(r"(?<=s)['’]((?:\s*\([A-Z][A-Za-z&]{1,9}\))?)$", r"\1", left)
    left = re.sub(r"\s+[Gg]overnment$", "", left)
    rank = re.search(r"\s+([A-Za-z][a-z]+)$", left)
    # (and past the post's rank: "TUC assistant general secretary Jane Roe": the body before the rank; or
    # past its holding it for now: "NOAA acting administrator Jane Roe")
    return left[:rank.start()] if rank and (rank.group(1).capitalize() in title_ranks() or
                                            rank.group(1).lower() in ("acting", "interim")) else left


# the kind of place a name goes on to name (King Edward Memorial Hospital, Queen Elizabeth Stadium)
_PLACE_AFTER_NAME_EN = re.compile(r"(?:\s+[A-Z][\w'’-]*)*?\s+(?:National\s+)?(?:Secondary|Primary|High|Memorial|"
                                  r"Hospital|School|College|University|Stadium|Park|Hall|Bridge|Airport|Avenue|Street|"
                                  r"Road)\b")


# a second post after "and", then the body both are held in ("CEO and associate founder of …")
_SECOND_POST_OF_EN = re.compile(r"\s+and\s+(?:[a-z-]+\s+){0,2}(?:founder|co-founder|cofounder|president|chair\w*|director|"
                                r"chief\s+executive)\s+(?:of|at)\s+(?:the\s+)?")


# a nickname in quotes between a given name and the family name (Jane “Brave” Roe)
_NICKNAME_EN = re.compile(r"\s+[“\"][A-Z][\w'’ -]{1,20}[”\"]\s+([A-Z][\w'’-]+)(?![\w'’-])")


# a body's acronym in brackets at the end of a portfolio, before the name
_ACRONYM_TAIL_EN = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)\s*$")


# a month written short before a day ("Jan. 1", "Sept. 30"; the sentence splitter may end the sentence at its dot)
_MONTH_SHORT_EN = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?:\s+\d|\s*$)")


def _innermost_titles(title_name: re.Pattern, text: str, table: dict) -> Iterator[re.Match]:
    """TITLE Name matches, where a title in lower case whose words after it end with a capitalised title
    gives way to that title: "a spokesperson for British Prime Minister Jane Roe" names the Prime Minister
    (matches do not overlap, so the search starts again at the inner title)."""
    pos = 0
    while (m := title_name.search(text, pos)) is not None:
        between = text[m.end(1):m.start(2)].rstrip()
        if m.group(1)[0].islower() and any(between.endswith(" " + t) for t in table if t[0].isupper()):
            pos = m.end(1)
            continue
        yield m
        pos = max(m.end(), pos + 1)


def _nearest_title_of(title_of_name: re.Pattern, text: str) -> Iterator[re.Match]:
    """TITLE of …, Name matches, where a capitalised title after "the" nearer the name is its post: "sources close
    to the Secretary of State said she told the Minister of Data, Jan Roe" names the Minister (the match from the
    first title would take it)."""
    pos = 0
    while (m := title_of_name.search(text, pos)) is not None:
        g = 2 if m.group(2) else 3
        inner = [t for t in re.finditer(rf"\bthe\s+((?:{english_title_alternation()}))\s+(?:of|for)\s",
                                        text[m.end(1):m.start(g)])]
        nearer = title_of_name.match(text, m.end(1) + inner[-1].start(1)) if inner else None
        if nearer is not None and nearer.start(2 if nearer.group(2) else 3) == m.start(g):
            m = nearer
        yield m
        pos = max(m.end(), pos + 1)


# a styled name, then a post in capitals that ends in a word of office, then "at" or "of" and the body
_OCCUPATION_AT_EN = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+(?P<n>(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+),\s+"
                               r"(?P<t>(?:[A-Z][\w&-]*\s+){0,4}(?:Officer|Manager|Specialist|Coordinator|Adviser|Advisor|"
                               r"Analyst|Consultant|Lead))\s+(?:at|of)\s+(?:the\s+)?")


def english_people(sent: Sentence, found: list[Mention]) -> list[Mention]:
    """[COUNTRY|ORG|demonym] TITLE Firstname Lastname, Firstname Lastname, TITLE of ORG, TITLE to
    the ORG Firstname Lastname, and TITLE of A, B and C, Firstname Lastname, said."""
    lower, title_name, name_title, title_of_name, title_to_org = _english_title_patterns()
    if headline(sent.text, slack=0):
        # Title Case: "… Secretary of State Announce Inaugural Convening" is no name
        return _untitled_people(sent, found, lower, in_headline=True) + _by_name_title_of(sent, found, lower)
    table = english_titles()
    by_end = {m.end - sent.start: m for m in found if m.cls in AGENT_CLASSES}
    by_start = {m.start - sent.start: m for m in found if m.cls in AGENT_CLASSES}
    known_names = {m.text for m in found if m.cls != "Person"}
    out = []

    def person(s, e, title, org_m, method):
        honorific = _HONORIFIC_EN.match(sent.text, s, e) or _style_into(sent.text, s, e)
        if honorific:           # the Honourable Anne Dupuis: the name without the style
            s = honorific.end()
        body = re.match(r"(\S+)\s+(?=\S+\s+\S)", sent.text[s:e])
        if body and (body.group(1) in _BODY_WORDS_EN or body.group(1) in heads()["en"]):
            s += body.end()     # "Director of the … Standardization Bureau Jane Roe": the body's last word, no name's
        role = re.match(r"(\S+)\s+(?=[A-Z])", sent.text[s:e])
        if role and role.group(1).lower() in event_roles():
            s += role.end()     # "Host Jane Roe, the Minister of Defence": the name without the role
        if re.search(rf"\b{SCHOOL_FIRST_EN}\s+$", sent.text[:s]):
            return              # "the president of the Ecole Normale Supérieure's board": the school's name, no one's
        if _ABSTRACT_NOUN_EN.search(sent.text, s, e) or re.fullmatch(_FIELDS_EN, sent.text[s:e].split()[0]):
            return              # "… Digital Economy and Rural Connections, Chairman of": a portfolio's tail
            #                     ("Director of Digital Economy Outreach and …": its field and its noun)
        kw = dict(title_en=title.en, title_ko=title.ko, org_span=(org_m.start, org_m.end) if org_m else ())
        nick = _NICKNAME_EN.match(sent.text, e) if " " not in sent.text[s:e] else None
        if nick:                # Prime Minister Jane “Brave” Roe: the name is Jane Roe, the nickname no part of it
            out.append(replace(mention_at(sent, s, e + nick.end() - nick.start(), "Person", method, 0.8, **kw),
                               text=f"{sent.text[s:e]} {nick.group(1)}"))
            return
        out.append(mention_at(sent, s, e, "Person", method, 0.8, **kw))

    def company_at(cm: re.Match | None) -> Mention | None:
        """A company nobody knows yet, named right before or after a company's post."""
        if cm is None:
            return None
        words = cm.group(1).split()
        start = cm.start(1)
        owner = re.match(r"(\S+?)['’]s\s+", cm.group(1))
        if owner and owner.group(1) in known_names and len(words) >= 2:
            start, words = start + owner.end(), words[1:]   # "Japan's Acme Robotics": the country's company
        if words[0] in _NOT_COMPANY_EN or any(w in heads()["en"] or w in MONTHS or w in demonyms() or w in GENERIC_ACRONYMS or
                                              _fold(w) in lower or w in known_names for w in words):
            return None
        end = cm.end(1)
        if cm.group(1).endswith(".") and re.fullmatch(r"\s*", sent.text[end:]) and \
                not re.search(r"\b(?:Inc|Ltd|Co|Corp|Bhd|Pte|Pty|Cie)\.$", cm.group(1)):
            end -= 1            # "Jane Roe, CEO of AVPN.", "…, Group CEO of Acme Grid.": the sentence's full stop,
            #                     no part of the name (but a legal form's: "Acme Inc.")
        org = mention_at(sent, start, end, "Company", "en-company-of-post", 0.6)
        out.append(org)
        return org

    def demonym_before(left: str) -> Mention | None:
        """The country of a demonym that ends ``left`` (French President …), as a mention of it."""
        # the longest demonym that ends it (South African, not African); a word that only ends one
        # the data lacks is none (North Korean is not Korean)
        dm = next((m for m in (re.search(rf"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){{{n}}})$", left) for n in (2, 1, 0))
                   if m and m.group(1) in demonyms()), None)
        cid = demonyms()[dm.group(1)] if dm else None
        if cid is None or re.search(r"\b(?:North|South|East|West|Central|Equatorial|New)\s+$", left[:dm.start(1)]):
            return None
        org = mention_at(sent, dm.start(1), dm.end(1), "Country", "demonym", 0.8, (cid,))
        out.append(org)
        return org

    def _portfolio_before(s: int, e: int, title: Title) -> Title:
        """The title with the words between it and the name that say its portfolio (Minister of State
        for Digital Affairs Jane Doe), when no body the sentence names is among them."""
        between = sent.text[s:e]
        acronym = _ACRONYM_TAIL_EN.search(between)
        if acronym:             # "… Technology (MeitY) Jane Roe": the ministry's acronym after its portfolio
            between, e = between[:acronym.start()], s + acronym.start()
        style = _STYLE_TAIL_EN.search(between)
        pm = _PORTFOLIO_EN.fullmatch(between[:style.start()] if style else between)
        if pm is None or any(s < x.end - sent.start and x.start - sent.start < e for x in found):
            return title
        return _with_portfolio(title, pm.group(1))

    def _body_after_comma(pos: int) -> Mention | None:
        """The body named after a post and a comma where the apposition closes ("Jane Roe, Deputy Secretary,
        Ministry of Data, said"; "…, Vice-Minister for Data (International Affairs), Ministry of Data (MoD),
        Latium, spoke"): a body followed by another apposition's comma, a clause's end or "and"."""
        comma = re.match(r"(?:\s+\([^()]{1,60}\))?,\s+(?:[Tt]he\s+)?", sent.text[pos:])
        after = by_start.get(pos + comma.end()) if comma else None
        if after is None or after.cls == "Person":
            return None
        closes = re.match(r"(?:\s+\([A-Za-z]{2,12}\))?\s*(?:[,.;:)]|and\s|$)", sent.text[after.end - sent.start:])
        return after if closes else None

    def _portfolio_after(pos: int, title: Title, link: str, stop: int | None = None) -> tuple[Title, int]:
        """The title with its portfolio after it and ``link`` (Jane Doe, Minister of Foreign Affairs, said),
        up to a body the sentence names ("… of Ruritania") or ``stop``, and where the portfolio ends."""
        pm = _PORTFOLIO_AFTER_EN.match(sent.text, pos, len(sent.text) if stop is None else stop)
        if pm is None:
            return title, pos
        end = pm.end()
        second = re.search(rf"\s+and\s+(?:the\s+)?(?=(?:{english_title_alternation()}|{_POST_NOMINAL})\b)", sent.text[pos:end])
        if second:              # "Minister of Ports and Fisheries and Chair of the …", "… and MP for …": a second post
            end = pos + second.start()
        inside = [x.start - sent.start for x in found if pos <= x.start - sent.start < end]
        if inside:
            cut = re.search(r"\s+(?:of|for|and|&)\s+(?:the\s+)?$", sent.text[pos:min(inside)])
            if cut is None:
                return title, pos
            end = pos + cut.start()
        if end <= pos:
            return title, pos
        longer = _with_portfolio(title, f"{link} {sent.text[pos:end]}")
        return longer, end if longer is not title else pos

    for m in _innermost_titles(title_name, sent.text, table):
        if re.search(r"\d\s*$", sent.text[max(0, m.start(1) - 3):m.start(1)]):
            continue            # "at 5 PM Central European Time": an hour, not the Prime Minister
        title = _ranked(sent.text, m.start(1), table.get(m.group(1)) or lower.get(_fold(m.group(1))))
        title = _region_of_post(sent.text, m.start(1), m.end(1), title)
        title = _fields_before(sent.text, m.start(1), title)
        before = re.search(r"(\w+)\s+$", sent.text[max(0, m.start(1) - 40):m.start(1)])
        if before and f"{before.group(1)} {m.group(1)}".lower() in event_roles():
            continue            # "keynote speaker Jane Roe": a part in the event, not a parliament's Speaker
        if re.search(r"\b(?:Advis[eo]rs?|Assistants?|Aides?|Counsell?ors?)\s+to\s+(?:the\s+)?$", sent.text[:m.start(1)],
                     re.I):
            continue            # "the Advisor to the Minister for AI Jane Roe": the adviser's post, not the minister's
        if "," in sent.text[m.end(1):m.start(2)] and re.search(r"\bto\s+(?:the\s+)?$", sent.text[:m.start(1)]):
            continue            # "Senior Advisor to the President, Jane Roe": whom the post serves; the name
            #                     holds the post before "to"
        if m.group(1)[0].islower() and re.search(r"[A-Z][\w'’.-]*\s*\(\s*$", sent.text[:m.start(1)]):
            continue            # "Jane Roe (co-director of Data Privacy Acme and …)": the bracket describes the name
            #                     before it; the words after the post are its body
        if "," in sent.text[m.end(1):m.start(2)] and re.match(r"\s+as\s", sent.text[m.end(2):]):
            continue            # "named A as Chief of Staff, Rob Roe as Senior Advisor": the list's next item
        nm = re.sub(r"(’s|'s|(?<=s)['’])$", "", m.group(2))      # Jane Doe's, Anna Dimas' remarks
        nm = re.split(r"['’]s\s", nm)[0]      # "President Roe’s Call to Action": the owner is the name
        nm = re.sub(r"-(?:led|based|backed|owned|run)$", "", nm)     # "the President Jane Roe-led administration"
        if _MONTH_SHORT_EN.match(sent.text, m.start(2)):
            continue            # "became the department's CAIO Jan. 1": a date, no name
        if _PLACE_AFTER_NAME_EN.match(sent.text, m.start(2) + len(nm)):
            continue            # "at King Jan Roe National Secondary school": a place named after someone, no one's title
        if re.match(r"[A-Z]{2,}\s", nm) and any(load_authority().get(i).cls in ("City", "Country")
                                                for i in lookup_normalised(nm.split()[-1])):
            continue            # "Professor Jan Roe, Director, IIT Ostrava": an institute's acronym and its city, no name
        if nm in GENERIC_ACRONYMS or m.group(1)[0].islower() and re.fullmatch(r"[A-Z]{2,}", nm):
            continue            # "Minister of Transport and ITC welcomed …": the portfolio's field, no surname in capitals;
            #                     "EDRi member ECNL": a body's acronym after a lower-case title
        if re.fullmatch(r"[A-Z]\w*[a-z]\w*[A-Z]|[A-Z]{2,}(?:-[A-Z]{2,})+", nm):
            continue            # "Abhishek Singh CEO, NeGD/DIC": a body's acronym in mixed case (NeGD, MeitY) or of two
            #                     joined by a hyphen (AUDA-NEPAD), no name
        if nm.isupper() and any(w in ("FOR", "OF", "AND", "THE", "TO", "IN", "ON", "AT") for w in nm.split()):
            continue            # "MINISTER FOR INDUSTRY AND …": a transcript's speaker label in capitals, the post's words
        if re.fullmatch(r"[A-Z]{2,6}", nm) and re.match(r",\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][a-z]+\s+[A-Z]",
                                                    sent.text[m.start(2) + len(nm):]):
            continue            # "Head of Education and Government GTM, Jane Roe": the post's last word, then the name
        if not nm[0].isupper() or re.fullmatch(r"[A-Z0-9&]+(?:\s+[A-Z0-9&]+)*", nm) and \
                re.search(r"\b(?:of|at|for)\s+(?:the\s+)?$", sent.text[:m.start(2)]):
            continue            # "Minister for … Affairs of MIC": a body's acronym, not a name (Minister ITO is one;
            #                     "Chair of the ISG SAI": a group's two; "Managing Director for the PSR")
        if " " not in nm.strip() and sent.text[m.end(1):m.start(2)].startswith(",") and \
                re.fullmatch(r"\W*", sent.text[m.start(2) + len(nm):]):
            continue            # "Jane Roe, president and CEO, Acme": a member list's line ends with the body
        if sent.text[m.end(1):m.start(2)].startswith(",") and (
                " " not in nm.strip() and re.match(r"\s+(?:and|&)\s+[A-Z]", sent.text[m.start(2) + len(nm):]) or
                re.match(rf"\s+(?:and|&)\s+(?:[A-Z]\w+\s+){{0,2}}(?:{_FIELDS_EN})\b", sent.text[m.start(2) + len(nm):])):
            continue            # "Assistant Secretary-General, Trade and Economic Integration, Jane Roe": the fields
            #                     ("Vice President, Corporate External and Legal Affairs": a field of two words)
        if "," in sent.text[m.end(1):m.start(2)] and re.search(r"\(\s*$", sent.text[:m.start(1)]):
            continue            # "Jane Roe (Deputy Director, Ostrava Art Museum, Latium)": the bracket describes the
            #                     name before it; the words after the post are its body and country
        if "," in sent.text[m.end(1):m.start(2)] and re.search(r",\s+(?:(?:the|[A-Z][\w'’.-]*)\s+)*$", sent.text[:m.start(1)]) \
                and re.match(rf",\s+(?:the\s+)?(?:{english_title_alternation()})\b", sent.text[m.start(2) + len(nm):], re.I):
            continue            # "A, Envoy on Data, Jane Roe, Minister of …": the name's own post follows it; the post
            #                     before the comma is the previous item's in a list of names and posts
        known = by_start.get(m.start(2))
        if known is not None and known.cls != "Person" and "," in sent.text[m.end(1):m.start(2)]:
            continue            # "Vice President, Acme Asia": the body the post is in, no name
        if nm.split()[-1] in _NO_NAMES_LAST_WORDS_EN:
            continue            # "head of machine learning for Silicon Valley rideshare company …": a place, no name
        if m.group(1)[0].islower() and " " not in nm.strip() and not nm.isupper():
            continue            # "a member of his own Democratic leadership": a lower-case title names no one by one word
        if m.group(1)[0].islower() and re.search(r",\s+and\s", sent.text[m.end(1):m.start(2)]):
            continue            # "member of ODC, and Jean Roe, French Minister …": the list's next item
        if m.group(1)[0].islower() and "," in sent.text[m.end(1):m.start(2)] and \
                re.match(r"\s+(?!(?:has|had|have|will|is|was|said|says|told|added)\s)[a-z]", sent.text[m.start(2) + len(nm):]):
            continue            # "a leading AI researcher, Nobel Prize winner": a list, not title and name
            #                     (UK prime minister, Jane Doe, said: the name closes the apposition; so does a verb
            #                     after it: "Acme’s executive director, Jane Roe has claimed")
        if any(w in heads()["en"] and not (k == 0 and w in _GIVEN_NAMES_LIKE_HEADS and len(nm.split()) > 1) or
               w in _BODY_WORDS_EN or w in MONTHS or w in GENERIC_ACRONYMS for k, w in enumerate(nm.split())) \
                or nm in _NOT_NAMES or any(_fold(" ".join(nm.split()[k:])) in lower for k in range(len(nm.split()))) \
                or _fold(f"{m.group(1)} {nm.split()[0]}") in lower or _fold(f"{m.group(1)}-{nm.split()[0]}") in lower:
            continue            # "professor of the National University …": a body's name, not a person's;
            #                     "Chair of … and Former Deputy Director": a second title, not a name
        if re.fullmatch(r"[A-Z][A-Z0-9&]+", nm.strip()) and "," in sent.text[m.end(1):m.start(2)]:
            continue            # "Dr Jane Roe, research director, LIST": a body's acronym after the title and a
            #                     comma, no name (not "Prime Minister TANAKA": a surname in capitals)
        inner = re.search(r"\s(?:Dr|Prof|Mr|Mrs|Ms)\.?\s", nm)     # "… Centere Dr. Jane": a style inside
        styled = _STYLED_AFTER_EN.match(sent.text, m.start(2) + (inner.start() if inner else len(nm)))
        if styled:              # "Director of the National Information Center Dr. Jane Roe": the body, then the name
            #                     (and "CEO of Data Science Ruritania, Dr. Jane Roe")
            person(styled.start(1), styled.end(1), title, None, "en-title-name")
            continue
        if _en_head_after().match(sent.text, m.start(2) + len(nm)):
            continue            # "director of the Nordic AI Research Centre": the words start a body's name
        left = _left_of_title(sent.text[:m.start(1)])
        # (past the body's acronym in brackets: "Ostrava Data Programme (ODP) Administrator Jane Roe")
        acronym = re.search(r"\s*\([A-Z][A-Za-z&]{1,9}\)$", left)
        org = by_end.get(len(left)) or (by_end.get(acronym.start()) if acronym else None) or demonym_before(left)
        field = re.search(r"\s+(?:AI|ICT|IT|[A-Z][a-z]+)$", left) if org is None else None
        if field:               # "UK AI Minister Jane Roe", "UK Technology Minister Jane Roe": the field the post
            #                     covers, between its country and it
            org = by_end.get(field.start())
            org = org if org is not None and org.cls == "Country" else None
        fields = _TWO_FIELDS_EN.search(left) if org is None else None
        if fields:              # "Acme Global Affairs President Jane Roe": a company's post and the two words of
            #                     its field between them
            org = by_end.get(fields.start())
            org = org if org is not None and org.cls in ("Company", "Country") else None
        if org is None:
            # "Chile's Data and Innovation Vice Minister, Jane Roe", "the Union's new President, Jane Roe":
            # the owner before the portfolio, or before a word for when the post began
            # (a portfolio only before a government's post: before a company's, the words name the company)
            owner = (_OWNER_BEFORE_POST_EN if title.kind == "state" else _OWNER_BEFORE_NEW_POST_EN).search(
                sent.text, 0, m.start(1))
            org = by_end.get(owner.start()) if owner else None
        if org is None and (title.en in _COMPANY_TITLES or m.group(1) == "VP"):
            org = company_at(_COMPANY_BEFORE_EN.search(left))     # Acmecorp CEO Jane Doe, Acmecorp VP Ed Roe
        if org is None:         # President Jane Doe of Ruritania: the body after the name
            of = _OF_BODY_EN.match(sent.text, m.start(2) + len(nm))
            org = by_start.get(of.end()) if of else None
        start = m.start(2)
        knighted = re.match(r"(?:Sir|Dame)\s+(?=[A-Z])", nm)
        if knighted:            # "UKRI Chief Executive, Professor Dame Jane Roe": the style is no part of the name
            start += knighted.end()
        given = re.search(r",\s+([A-Z][a-z][\w'’-]*)\s+$", sent.text[m.end(1):start])
        if given and given.group(1) not in known_names:
            start = m.end(1) + given.start(1)   # "Vice-president of Acme, Rui Carvalho III": the name after the comma
            org = org or next((x for x in found if x.cls in AGENT_CLASSES and m.end(1) < x.start - sent.start
                               and x.end - sent.start <= start), None)     # … and the body it is "of"
        if start == m.start(2):
            title = _portfolio_before(m.end(1), m.start(2), title)
            acronym = _ACRONYM_TAIL_EN.search(sent.text, m.end(1), m.start(2))
            org = org or (by_start.get(acronym.start(1)) if acronym else None)
            of = _OF_BODY_EN.match(sent.text, m.end(1)) if org is None else None
            body = by_start.get(of.end()) if of else None
            if body is not None and body.cls != "Person" and not sent.text[body.end - sent.start:m.start(2)].strip():
                org = body      # "President of Ruritania Jane Roe": the body between the title and the name
        # ("…,” said Chief Constable Jane Roe, Latium Police.": the body after the name, in its own apposition)
        org = org or _body_after_comma(m.start(2) + len(nm))
        person(start, m.start(2) + len(nm), title, org, "en-title-name")
    for m in name_title.finditer(sent.text):
        nm, title = m.group(1), _ranked(sent.text, m.start(2), table.get(m.group(2)) or lower[_fold(m.group(2))])
        title = _region_of_post(sent.text, m.start(2), m.end(2), title)
        if " " not in nm.strip() and re.search(r"\b(?:after|before|at|in|of|from|during)\s+$",
                                               sent.text[:m.start(1)]):
            continue            # "Speaking after Cabinet, Minister Roe said": a place or a body, not a name
        if nm.strip() in sentence_adverbs():
            continue            # "Meanwhile, Roe's CTO position will …": no name
        if re.match(r"-[A-Z]", sent.text[m.end(2):m.end(2) + 2]):
            continue            # "the Latium Farmers Scheme (PM-LFS)": the title's letters open a scheme's acronym
        if m.group(2)[0].islower() and re.search(r",\s+an?\s", sent.text[m.end(1):m.start(2)]) and \
                re.match(r"\s+(?!(?:of|at|for|to|in|and|with|from|since|who|on|the|said|says|has|had|is|was|will)\b|"
                         r"[a-z]+ed\b)[a-z]", sent.text[m.end(2):]):
            continue            # "the Accademia dei Lincei, an IAP member academy": a noun the title word qualifies
        if re.search(rf"\b[Tt]he\s+(?:{english_title_alternation()})\s+(?:of|for|at)\s+[^,;]{{2,80}},\s*"
                     r"(?:(?:Dr|Prof|Mr|Ms|Mrs|H\.\s?E)\.?\s+)?$", sent.text[:m.start(1)]):
            continue            # "the Director of the Data Institute, Jan Roe, the Director of the Archive, Ana Doe": the
            #                     name has its post before it; the post after it is the next name's (not "Mr. A,
            #                     Minister for Data, Mr. B, Minister for …": no article, each post after its name)
        if re.match(r"(?:In|At|On|From|For|With|During|After|Before|By|Since|Under|Through|Representing|Speaking|"
                    r"Addressing|Following|Including|Welcoming|Opening|Closing|Concluding|Attending|Joining)\s", nm):
            continue            # "In Paris, Minister of Data, Jan Roe, said": where, before the post and its name
        lead = _HONORIFIC_EN.match(nm)
        styled_before = lead or re.search(r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof)\.?|H\.\s?E\.)\s+$", sent.text[:m.start(1)])
        if not styled_before and any(re.fullmatch(r"[A-Z]{3,}", w) for w in nm.split()[1:]):
            continue            # "… and Communications MATSUMOTO, Minister …": a portfolio's tail and a surname
            #                     (not after a style: "Dr. YAMADA Hanako, Minister", "Mr. Andres ROE, Minister")
        if re.fullmatch(r"[A-Z0-9]+", nm):
            continue            # "… and embodied AI, the Chinese Premier said": an acronym, not a name
        if any(x.start - sent.start < m.end(1) and m.start(1) < x.end - sent.start for x in out if x.cls == "Person"):
            continue            # "Minister of Digital Affairs Jane Doe, Minister for …": the name has its title before it
        if any(w in heads()["en"] or w in MONTHS or w.lower() in lower for w in nm.split()) or nm in demonyms() or \
                _fold(nm) in lower or nm in _NOT_NAMES:
            continue            # "… Prime Minister Jane Doe, French President …": the name has a title in it
            #                     ("Chief Technology Officer (CTO) Jane Roe": or is one, glossed)
        # (Jane Doe, the UK's new foreign secretary; Jane Doe, the United Nations’ envoy for youth)
        owner = re.search(r"(\S+?)(?:['’]s|(?<=s)['’])\s+(?:new\s+)?$", sent.text[m.end(1):m.start(2)])
        whose = owner is not None and (owner.group(1) in known_names or owner.group(1) in demonyms() or
                                       m.end(1) + owner.end(1) in by_end)
        # (or a body named before, by a common noun: "Jane Doe, the union's executive director")
        whose = whose or re.fullmatch(r",\s+the\s+[a-z]{3,}['’]s\s+", sent.text[m.end(1):m.start(2)]) is not None
        if " " not in nm.strip() and re.search(r"\s(?:and|&)\s", sent.text[m.end(1):m.start(2)]):
            continue            # "Data, Innovation & Technology Minister": a portfolio's first word, no name
        # (a portfolio in capitals before it says which post: "Jane Doe, Data and Innovation minister")
        portfolio = re.search(r"(?:[A-Z][\w’']*\s+(?:(?:and|&)\s+)?)+$", sent.text[m.end(1):m.start(2)])
        # (or one in lower case, of two fields: "Jane Doe, the trade and industry secretary of state")
        portfolio = portfolio or re.fullmatch(r",\s+the\s+[a-z-]+\s+and\s+[a-z-]+\s+", sent.text[m.end(1):m.start(2)])
        if m.group(2)[0].islower() and (nm in known_names or not (whose or portfolio or m.group(0).rstrip().endswith(
                ("of", "at", "the", "for")))):
            continue            # a lower-case title must say whose it is (Jane Doe, president of Acme;
            #                     Jane Doe, the UK's foreign secretary)
        if (re.match(r"\s+[A-Z][\w'’-]+\s+[A-Z]", sent.text[m.end(2):]) or any(
                x.cls == "Person" and x.start - sent.start == m.end(2) + 1 for x in out)) and \
                not m.group(0).rstrip().endswith(("of", "at", "the", "for")):
            continue            # the title names the next person (…, French President Claire Dubois; Roe,
            #                     Ruritanian President Lopez)
        if re.match(r"['’]s\b", sent.text[m.end(2):]):
            continue            # "Jane Roe, the French President's special envoy": the post of someone else
        org = by_start.get(m.end()) if sent.text[m.end() - 1] == " " and m.group(0).rstrip().endswith(("of", "at", "the")) else None
        common_owner = re.match(r"[a-z]{3,}['’]s\s+", sent.text[m.end():]) if org is None and \
            m.group(0).rstrip().endswith("the") else None
        if common_owner:        # "Jane Roe, head of the administration's Data Centre": the body after its owner,
            org = by_start.get(m.end() + common_owner.end())      # which a common noun names
        if org is not None and org.cls in ORG_FAMILY | {"Country"}:
            # "Director General of the Ruritania’s Data Authority": the country's body, named after it, holds the post
            # (and a body's unit: "director of NSF’s Office of Advanced …")
            poss = re.match(r"['’]s\s+", sent.text[org.end - sent.start:])
            owned = by_start.get(org.end - sent.start + poss.end()) if poss else None
            org = owned if owned is not None and owned.cls != "Person" else org
        post_end = m.end()      # where the post's words end, its portfolio's if it has one after it
        if org is None and sent.text[m.end() - 1] == " " and m.group(0).rstrip().endswith(("of", "for")) \
                and title.kind == "state":
            # Jane Doe, the Minister of Foreign Affairs (of Ruritania)
            title, end = _portfolio_after(m.end(), title, m.group(0).split()[-1])
            if end != m.end():
                post_end = end
                of = _OF_BODY_EN.match(sent.text, end)
                org = by_start.get(of.end()) if of else None
                if org is None and "," not in sent.text[m.end():end]:
                    org = _body_after_comma(end)    # (the portfolio one post's: "…, and Jan Roe, Director, the …")
        if org is None and sent.text[m.end() - 1] == " " and m.group(0).rstrip().endswith("of"):
            # "Jane Doe, Director of Digital Health at the WHO", "a professor of information technology at Acme
            # College": the body after the field
            at = _FIELD_AT_EN.match(sent.text, m.end())
            org = by_start.get(at.end()) if at else None
            org = org if org is not None and org.cls != "Person" else None
        if org is None and sent.text[m.end() - 1] == " " and m.group(0).rstrip().endswith("for"):
            # "Jane Doe, Under-Secretary for Communications at the Ministry of …": the body after the portfolio
            at = _PORTFOLIO_AT_EN.match(sent.text, m.end())
            org = by_start.get(at.end()) if at else None
            org = org if org is not None and org.cls != "Person" else None
            if org is None:     # "Jane Roe, Deputy Minister for Data, Ministry of Data, Latium, said"
                words = re.match(r"[A-Z][\w’'-]*(?:\s+(?:(?:and|&|of|for)\s+)?[A-Z][\w’'-]*)*", sent.text[m.end():])
                org = _body_after_comma(m.end() + words.end()) if words else None
        if org is None and re.search(r"\b(?:Minister|Secretary)\b", title.en):
            # "Jane Roe, Minister of State for MeitY and Commerce": the portfolio is the ministry (a minister's
            # or secretary's: an envoy "for UNESCO" may be a country's)
            link = re.compile(r"(?<=\sfor\s)|\s+for\s+").match(sent.text, post_end)
            direct = by_start.get(link.end()) if link else None
            org = direct if direct is not None and direct.cls in ORG_FAMILY else None
        held_in = re.match(r"\s+in\s+(?:the\s+)?", sent.text[post_end:]) if org is None else None
        if held_in:             # "Jane Roe, Minister of State in the Ministry of Data": the body the post is in
            org = by_start.get(post_end + held_in.end())
            org = org if org is not None and org.cls in ORG_FAMILY else None
        second_of = _SECOND_POST_OF_EN.match(sent.text, m.end(2)) if org is None else None
        if second_of:           # "Jane Roe, CEO and co-founder of Acme Labs": the body of both posts
            org = by_start.get(second_of.end())
            org = org if org is not None and org.cls in ORG_FAMILY else None
        if org is None and title.en in _COMPANY_TITLES and m.group(0).rstrip().endswith(("of", "at")):
            org = company_at(_COMPANY_AFTER_EN.match(sent.text, m.end()))    # Jane Doe, the CEO of Acmecorp
        if org is None:
            org = next((x for x in found if x.cls in AGENT_CLASSES and x.end - sent.start <= m.start(2)
                        and x.start - sent.start >= m.end(1)), None)
        if org is None and re.fullmatch(r",\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}", sent.text[m.end(1):m.start(2)]):
            org = demonym_before(sent.text[:m.start(2)].rstrip())   # Jane Roe, French Minister of …
        if org is None and not m.group(0).rstrip().endswith(("of", "at", "the", "for")):
            # "Jane Roe, Deputy Secretary, Ministry of Data, said": the body after the title and a comma,
            # where the apposition closes
            org = _body_after_comma(m.end())
        person(m.start(1), m.end(1), title, org, "en-name-title")
    for m in _plural_titles().finditer(sent.text):
        # Presidents Jane Doe of Ruritania and John Roe of Elbonia; Ministers of ICT including …
        title = table.get(m.group(1)) or lower[_fold(m.group(1))]
        pos = m.end()
        while True:
            item = _NAME_OF_EN.match(sent.text, pos)
            org = by_start.get(item.end()) if item else None
            if org is None or any(w in heads()["en"] or w in MONTHS for w in item.group(1).split()):
                break
            person(item.start(1), item.end(1), title, org, "en-titles-names")
            pos = org.end - sent.start
            sep = _LIST_SEP_EN.match(sent.text, pos)
            if sep is None:
                break
            pos = sep.end()
    taken = {(x.start, x.end) for x in out}
    for m in title_to_org.finditer(sent.text):
        # Ambassador to the UN Jane Doe: the organisation between the title and the name
        org = by_start.get(m.end())
        nm = re.match(r"\s+" + _EN_NAME, sent.text[org.end - sent.start:]) if org is not None else None
        if nm is None or any(w in heads()["en"] or w in MONTHS or w.lower() in lower for w in nm.group(1).split()):
            continue
        if any(w in GENERIC_ACRONYMS for w in nm.group(1).split()) or nm.group(1) in _NOT_NAMES:
            continue            # "Managing Director at Meta AI": the body's name goes on; no one is called AI
        s = org.end - sent.start + nm.start(1)
        if org.cls == "Country" and re.match(r"\s+to\s", sent.text[m.end(1):]):
            # "Peruvian Ambassador to Ruritania Jane Roe": sent there; the post is the one before the title
            left = _left_of_title(sent.text[:m.start(1)])
            org = by_end.get(len(left)) or demonym_before(left)
        if (sent.start + s, sent.start + s + len(nm.group(1))) not in taken:
            person(s, s + len(nm.group(1)), table.get(m.group(1)) or lower[_fold(m.group(1))], org, "en-title-org-name")
    for m in _nearest_title_of(title_of_name, sent.text):
        g = 2 if m.group(2) else 3          # a full name, or a family name in capitals
        nm = m.group(g)
        if any(w in heads()["en"] or w in MONTHS or w.lower() in lower for w in nm.split()) or \
                nm in known_names or (sent.start + m.start(g), sent.start + m.end(g)) in taken:
            continue
        if g == 3 and any(nm in x.text for x in found):
            continue                        # an acronym the data knows (…, OECD, …) is no name
        if _second_post_en().search(sent.text, m.end(1), m.start(g)):
            continue                        # "The Minister of Education, Mr A and the Mayor of …, Mr B": B's post is
            #                                 the second, named after "and the"
        left = _left_of_title(sent.text[:m.start(1)])
        if _APPOINTED_BEFORE_EN.search(left) and _APPOINTED_AFTER_EN.match(sent.text, m.end(g)):
            continue        # "A appointed Minister for Data, B appointed Minister for …": A's post, not B's
        if re.search(r"\b(?:with|by|and|including|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.?|H\.E\.)\s+[A-Z][\w'’-]+"
                     r"(?:\s+[A-Z][\w'’.-]+){1,3},\s*[^,]*$", left):
            continue        # "a meeting with Dr. Jan Roe, Head of the Data Council and …, Ana Doe discussed": the
            #                 post is the apposition of the name before it, not of the clause's subject after
        # the body before the title (Acme's President of …), else the one it is "of" (President of Acme, …),
        # else the country of a demonym before it (German Minister for …, NAME)
        # (an ambassador "to" a country is posted there, and holds the post of the country before the title;
        # so is a coordinator "in" a country)
        posted = re.match(r"\s+(?:to|in)\s", sent.text[m.end(1):]) is not None
        # (and a country "to" which the post is sent, after its own: "Ambassador of Latium to Kenya")
        org = by_end.get(len(left)) or next((x for x in found if x.cls in AGENT_CLASSES and
                                             m.end(1) < x.start - sent.start and x.end - sent.start <= m.start(g)
                                             and not (x.cls == "Country" and (posted or re.search(
                                                 r"\bto\s+(?:the\s+)?$", sent.text[:x.start - sent.start])))),
                                            None) or demonym_before(left)
        title = _ranked(sent.text, m.start(1), table.get(m.group(1)) or lower[_fold(m.group(1))])
        link = re.match(r"\s+(of|for)\s+(?:the\s+)?", sent.text[m.end(1):])
        if link:                            # Minister of Digital Affairs of Ruritania, NAME (not the name's)
            title = _portfolio_after(m.end(1) + link.end(), title, link.group(1), m.start(g))[0]
        person(m.start(g), m.end(g), title, org, "en-title-of-name")
    # "the Ministry of Data (MOD, Minister: Jane Roe)": a body, then its head in its bracket, as
    # Korean government releases in English introduce both
    for m in _body_bracket_head_en().finditer(sent.text):
        org = by_end.get(m.start())
        nm = m.group(2)
        if org is None or org.cls == "Person" or any(w in heads()["en"] or w in MONTHS or w.lower() in lower
                                                     for w in nm.split()):
            continue
        if not any(x.start == sent.start + m.start(2) for x in out):
            person(m.start(2), m.end(2), table.get(m.group(1)) or lower[_fold(m.group(1))], org, "en-body-bracket-head")
    # "OpenAI's Jane Roe said": a person named with their body or country and no title, known by a
    # person's verb after the name (a product named so does not speak)
    taken = {(x.start, x.end) for x in out + found}
    for m in _OWNED_NAME_EN.finditer(sent.text):
        owner = by_end.get(m.start())
        s, e = m.span("n")
        nm = m.group("n")
        if owner is None or owner.cls == "Person" or (sent.start + s, sent.start + e) in taken or \
                any(w in heads()["en"] or w in MONTHS or w in _BODY_WORDS_EN or w.lower() in lower for w in nm.split()) \
                or nm in known_names or nm in _NOT_NAMES:
            continue
        out.append(mention_at(sent, s, e, "Person", "en-owner-name", 0.7))
    # "Jane Roe is president of the Acme Council", "Jane Roe, who is the chair of …": the post said of
    # the name, in the present (the body right after "of" or "at" is one the sentence names)
    for m in _is_title_of_en().finditer(sent.text):
        s, e = m.span("n")
        nm = m.group("n")
        org = by_start.get(m.end())
        if org is None or org.cls == "Person" or nm in known_names or nm in _NOT_NAMES or \
                any(w in heads()["en"] or w in MONTHS or w in _BODY_WORDS_EN or _fold(w) in lower for w in nm.split()) \
                or any(x.start - sent.start < e and s < x.end - sent.start for x in out + found):
            continue
        person(s, e, table.get(m.group("t")) or lower[_fold(m.group("t"))], org, "en-name-is-title-of")
    # "Foreign Minister Jane Roe and her Japanese counterpart Ken Sato": the same post, in the demonym's country
    for m in _COUNTERPART_EN.finditer(sent.text):
        cid = demonyms().get(m.group("d"))
        s, e = m.span("n")
        before = [x for x in out + found if x.cls == "Person" and x.title_en and x.end - sent.start <= m.start()]
        if cid is None or not before or any(w in heads()["en"] or w in MONTHS or _fold(w) in lower
                                            for w in m.group("n").split()) or \
                any(x.start - sent.start < e and s < x.end - sent.start for x in out + found):
            continue
        prev = max(before, key=lambda x: x.end)
        country = mention_at(sent, m.start("d"), m.end("d"), "Country", "demonym", 0.8, (cid,))
        out.append(country)
        person(s, e, Title(prev.title_ko, prev.title_en, "state"), country, "en-counterpart")
    # the appointed, named without a title: the post comes with the verb (appointments.py gives it them)
    for m in _APPOINTED_EN.finditer(sent.text):
        s, e = m.span("a") if m.group("a") else m.span("b")
        if (style := _HONORIFIC_EN.match(sent.text, s, e)) and style.end() < e:
            # "appointed Dr Jane Roe as …": the name without the style ("Mr Roe was appointed …": the family name,
            # of someone the document names in full)
            s = style.end()
        nm = sent.text[s:e]
        if any(w in heads()["en"] or w in MONTHS or w in GENERIC_ACRONYMS or w.lower() in lower for w in nm.split()) \
                or nm in known_names or nm in _NOT_NAMES or any(x.start - sent.start < e and s < x.end - sent.start
                                                                for x in out + found):
            continue
        out.append(mention_at(sent, s, e, "Person", "en-appointed-name", 0.7))
    for m in _OCCUPATION_AT_EN.finditer(sent.text):
        # "Mr. Jan Roe, Deputy Chief ICT Officer at the GovTech Agency": a post the title table does not list,
        # which its last word says is one, in a body named right after it
        org = by_start.get(m.end())
        s, e = m.span("n")
        if org is None or org.cls == "Person" or any(x.start - sent.start < e and s < x.end - sent.start
                                                     for x in out + found):
            continue
        person(s, e, Title("", m.group("t"), "org"), org, "en-name-occupation")
    # "Sens. Jane Roe, D-Mass., and Ed Poe, R-Ind.", "Prime Ministers Jane Roe and Ed Poe": a title in the
    # plural before a list of names gives each of them the post (the first has it from the title above)
    plural, listed = _plural_titles_en()
    for m in listed.finditer(sent.text):
        title = table.get(plural[_fold(m.group("t"))])
        for n in _LISTED_NAME_EN.finditer(sent.text, m.end("t"), m.end()):
            s, e = n.span("n")
            words = n.group("n").split()
            if any(_not_a_name_word(w, lower) for w in words) or n.group("n") in known_names or \
                    any(x.start - sent.start < e and s < x.end - sent.start for x in out + found):
                continue
            person(s, e, title, None, "en-plural-title")
    return out + _untitled_people(sent, found + out, lower)


# one name of a list after a title in the plural, and the party and state that US papers put after it (R-Ore.)
_LISTED_NAME_EN = re.compile(r"(?:\s+|,\s+(?:and\s+)?|\s+and\s+)(?P<n>[A-Z][\w'’.-]+(?:\s+(?!" + _POST_NOMINAL +
                             r"\b)[A-Z][\w'’-]+){0,2})(?:,?\s+" + _POST_NOMINAL + r"\b)?(?:,\s+[A-Z]-[A-Z][\w.]*)?")


@functools.cache
def _plural_titles_en() -> tuple[dict[str, str], re.Pattern]:
    """Titles in the plural (Sens., Senators, Secretaries) by lower case, to their
    singular, and the pattern of one before a list of two names or more."""
    plural = {}
    for t in english_titles():
        if t.endswith("."):
            plural[_fold(t[:-1] + "s.")] = t
        elif t[-1].islower():
            plural[_fold(t[:-1] + "ies" if t.endswith("y") and t[-2] not in "aeiou" else t + "s")] = t
    alt = "|".join(re.escape(p) for p in sorted(plural, key=len, reverse=True))
    name = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:,\s+[A-Z]-[A-Z][\w.]*)?"
    return plural, re.compile(rf"(?<![\w-])(?P<t>(?i:{alt}))\s+{name}(?:(?:,\s+(?:and\s+)?|\s+and\s+){name})+")


def _untitled_people(sent: Sentence, found: list[Mention], lower: dict, in_headline: bool = False) -> list[Mention]:
    """People named with no post: after a style (Dr. Jane Roe), after what they do (economist Jane Roe),
    before their party (Jane Roe (Centre Party)), before ", who attended …" or after "Speech by"; two words at least,
    none a title or a name's head.
    A headline's capitals say nothing, so there only a style marks a name."""
    out = []
    known_names = {m.text for m in found if m.cls != "Person"}
    taken = [(x.start - sent.start, x.end - sent.start) for x in found]
    party = () if in_headline else chain(_PARTY_AFTER_EN.finditer(sent.text), _WHO_AFTER_EN.finditer(sent.text),
                                         _DELIVERED_BY_EN.finditer(sent.text))
    for m in chain(_styled_or_occupied_en().finditer(sent.text), party):
        if in_headline and not m.group("style"):
            continue
        s, e = m.span("n")
        words = sent.text[s:e].split()
        while words and _not_a_name_word(words[0], lower):
            s += len(words.pop(0))              # "Member of Parliament Jane Roe (… Party)": the title's words
            s += len(sent.text[s:]) - len(sent.text[s:].lstrip())
        if len(words) == 2 and (style := re.fullmatch(r"(?:Mr|Mrs|Ms|Dr)\.?\s+", sent.text[s:e - len(words[1])])) \
                and not in_headline:
            # "Mr Roe, who …": a family name, which identity gives the person the document names in full
            s, words = s + style.end(), words[1:]
            if _not_a_name_word(words[0], lower) or any(a < e and s < b for a, b in taken):
                continue
            taken.append((s, e))
            out.append(mention_at(sent, s, e, "Person", "en-untitled-name", 0.7))
            continue
        if len(words) < 2 or any(_not_a_name_word(w, lower) for w in words) or sent.text[s:e] in known_names \
                or any(a < e and s < b for a, b in taken) or _en_head_after().match(sent.text, e):
            continue
        if in_headline and not re.match(r"\s*(?:[,(–—:]|$)", sent.text[e:]):
            continue            # "Dr. Jane Roe Opens The Forum": where the name ends, a headline does not say
        taken.append((s, e))
        out.append(mention_at(sent, s, e, "Person", "en-untitled-name", 0.7))
    if not in_headline:
        for s, e in _names_of_bodies_listed(sent, found, lower):
            if not any(a < e and s < b for a, b in taken):
                taken.append((s, e))
                out.append(mention_at(sent, s, e, "Person", "en-name-of-body-list", 0.7))
    return out


def _names_of_bodies_listed(sent: Sentence, found: list[Mention], lower: dict) -> list[tuple[int, int]]:
    """People listed each with the body they come from: "experts Jane Roe of Acme, John Doe of Globex and
    Ann Lee of Initech".  A name "of" a body might be a body's own (the Bank of …), so only a list of them,
    two of whose bodies the sentence names and none a country, is read as people."""
    by_start = {m.start - sent.start: m for m in found}
    items = []          # (name start, name end, where the body ends, the body's mention or None)
    for m in _NAME_OF_EN.finditer(sent.text):
        org = by_start.get(m.end())
        if org is not None:
            body_end = org.end - sent.start
        else:
            run = re.match(r"[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}", sent.text[m.end():])
            if run is None:
                continue
            body_end = m.end() + len(run.group(0).rstrip("."))
        items.append((m.start(1), m.end(1), body_end, org))
    out: list[tuple[int, int]] = []
    run: list = []
    for item in items + [None]:
        if item is not None and run and _LIST_SEP_EN.fullmatch(sent.text, run[-1][2], item[0]):
            run.append(item)
            continue
        known = [x[3] for x in run if x[3] is not None]
        if len(run) >= 2 and len(known) >= 2 and all(o.cls in ORG_FAMILY for o in known):
            out += [(a, b) for a, b, _, _ in run
                    if len(sent.text[a:b].split()) >= 2 and not any(_not_a_name_word(w, lower) for w in sent.text[a:b].split())]
        run = [item] if item is not None else []
    return out


def _not_a_name_word(w: str, lower: dict) -> bool:
    return w in heads()["en"] or w in _BODY_WORDS_EN or w in MONTHS or w in GENERIC_ACRONYMS or \
        _fold(w) in lower or w in demonyms() or w in _NOT_NAMES or w in _PARTICLES_FIRST


# a name a relative clause about a person follows: "Jane Roe, who attended the summit, said …"
_WHO_AFTER_EN = re.compile(rf"(?<![\w’'-]){_EN_NAME.replace('(', '(?P<n>', 1)}"
                           r"(?=,\s+who\s+(?:is|was|has|had|attended|leads|led|heads|headed|chairs|chaired|serves|"
                           r"served|joined|spoke|represented|also|brings|brought|becomes|became|will|now|previously)\b)")
# a name after what it delivered: "Speech by Jane Roe, …", "Remarks by Jane Roe at …" (a speaker's line; not
# "Statement by": bodies make statements)
_DELIVERED_BY_EN = re.compile(rf"\b(?:Speech|Remarks|Address|Keynote|Lecture|Testimony)\s+by\s+"
                              rf"{_EN_NAME.replace('(', '(?P<n>', 1)}(?=\s*(?:,|\(|$)|\s+(?:at|on|to|before)\s)")
# a particle in lower case may join a name's words but not start one
_PARTICLES_FIRST = frozenset(p for p in _PARTICLES_EN if p.islower())
# a party in brackets after a name: its members' names are written so in parliamentary reports
_PARTY_AFTER_EN = re.compile(rf"(?<![\w’'-]){_EN_NAME.replace('(', '(?P<n>', 1)}"
                             r"(?=\s+\((?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}Party\))")


@functools.cache
def _styled_or_occupied_en() -> re.Pattern:
    """A style (Dr., Ms) or an occupation in lower case (economist, former diplomat) right before a name."""
    style = r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Mme|Rev)\.?|Fr\.|Sir|Dame|Madame|Madam|Monsieur|Reverend|Archbishop|Cardinal|" \
        r"Rabbi|H\.\s?E\.)"
    return re.compile(rf"(?:(?<![\w.])(?P<style>{style})(?:\s+{style})*|\b(?:{alternation(occupations())})(?:\s+{style})*)"
                      rf"\s+{_EN_NAME.replace('(', '(?P<n>', 1)}")


def _by_name_title_of(sent: Sentence, found: list[Mention], lower: dict) -> list[Mention]:
    """A headline's author or speaker: "Remarks by Jane Roe, Prime Minister of Ruritania".  Its capitals
    say nothing, but "by" starts the name, the comma ends it, and the post's body is one the sentence
    names, the headline's last words."""
    last = [m for m in found if m.cls in AGENT_CLASSES - {"Person"} and
            re.fullmatch(r"\W*", sent.text[m.end - sent.start:])]
    if not last:
        return []
    org = last[0]
    m = _by_name_title_of_en().search(sent.text, 0, org.start - sent.start)
    if m is None or any(_not_a_name_word(w, lower) for w in m.group("n").split()):
        return []
    title = english_titles().get(m.group("t")) or lower[_fold(m.group("t"))]
    if m.group("p"):                        # "…, Minister of State of Ruritania": the portfolio between
        title = _with_portfolio(title, m.group("p"))
    return [mention_at(sent, *m.span("n"), "Person", "en-headline-by-name-title", 0.8, title_en=title.en,
                       title_ko=title.ko, org_span=(org.start, org.end))]


@functools.cache
def _by_name_title_of_en() -> re.Pattern:
    """by NAME, (the) TITLE (of PORTFOLIO) of (the): searched up to where the body starts, so it ends there."""
    return re.compile(rf"\bby\s+(?:H\.\s?E\.\s+)?(?P<n>{_FULL_NAME_EN}),\s+(?:the\s+)?"
                      rf"(?P<t>(?i:{english_title_alternation()}))"
                      r"(?:\s+(?P<p>(?:of|for)\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|&)){0,5}))?"
                      r"\s+of\s+(?:the\s+)?$")


@functools.cache
def _is_title_of_en() -> re.Pattern:
    """NAME is (the) TITLE of|at (the) …, and NAME, who is (the) TITLE of …: where the body starts is the match's end."""
    return re.compile(rf"(?<![\w’'.-])(?P<n>{_FULL_NAME_EN})(?:,\s+who)?\s+(?:is|serves\s+as)\s+(?:the\s+)?"
                      rf"(?:current\s+)?(?P<t>(?i:{english_title_alternation()}))\s+(?:of|at)\s+(?:the\s+)?")


# ORG's Firstname Lastname, then a person's verb or a relative clause
_OWNED_NAME_EN = re.compile(r"['’]s\s+(?P<n>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2})"
                            r"(?=\s+(?:said|says|told|warned|argued|added|noted|wrote|stressed|urged|explained|"
                            r"emphasi[sz]ed|highlighted|announced|attended|spoke|met)\b|,\s+who\b)")


# "Jane Roe was appointed …", "appointed Jane Roe, a …, as …", "the appointment of Jane Roe as …"
_FULL_NAME_EN = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}"
# (his|her) Japanese counterpart(,) Ken Sato
_COUNTERPART_EN = re.compile(rf"\b(?:his|her|their)\s+(?P<d>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+counterpart,?\s+"
                             rf"(?P<n>{_FULL_NAME_EN})")
_APPOINTED_EN = re.compile(rf"(?<![\w’'])(?P<a>{_FULL_NAME_EN})\s+(?:was|has\s+been|had\s+been|is|will\s+be)\s+"
                           rf"(?:appointed|named|elected)\b|\b(?:appointed|named|appointment\s+of)\s+(?P<b>{_FULL_NAME_EN})"
                           rf"(?=,\s+[^,]{{1,80}},\s+as\s|\s+as\s)")
