"""Revised Romanization of Hangul, syllable by syllable, and readable ASCII slugs.

Slugs make IRIs readable (``person/emanwel-makeurong``) and romanised forms let
the resolver compare Hangul transliterations of one foreign name.  Sound changes
between syllables are left out on purpose: a slug must be a pure function of the
spelling, and the comparison works on spellings.
"""
from __future__ import annotations

import re
import unicodedata

_INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_MEDIAL = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
           "yu", "eu", "ui", "i"]
_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
          "ng", "t", "t", "k", "t", "p", "t"]


def romanize(text: str) -> str:
    """Hangul syllables to Latin letters; other characters pass through."""
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(_INITIAL[code // 588] + _MEDIAL[(code % 588) // 28] + _FINAL[code % 28])
        else:
            out.append(ch)
    return "".join(out)


# Latin letters that Unicode does not decompose into a base letter and an accent (Kacır, Łukasz, Søren, Đặng)
_LATIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d",
                                "Ð": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th"})


def slugify(text: str, max_len: int = 80) -> str:
    """Lowercase ASCII words joined by hyphens; Hangul is romanised, accents dropped."""
    text = unicodedata.normalize("NFKD", romanize(text).translate(_LATIN_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:max_len].rstrip("-")


def jamo(text: str) -> str:
    """Hangul decomposed into jamo (NFD), used to measure spelling distance."""
    return unicodedata.normalize("NFD", text)
