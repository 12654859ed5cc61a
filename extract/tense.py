"""The tense of a Korean verb, read from its last syllables.

News writing uses the present for what has not happened yet (참석한다, 열린다, 할 예정이다), so
whether a cue speaks of the past is read from the verb that ends its chain, not from the cue.
"""
from __future__ import annotations

import re

_FUTURE_NOUNS = ("예정", "계획", "방침", "전망")
_PREDICATE = re.compile(r"([\uac00-\ud7a3]+다)(?:[\"'”’]?고)?(?=[\s.!?\"'”’,]|$)")


def next_predicate(text: str, pos: int) -> str:
    """The first verb after ``pos`` that ends a sentence or a quotation (…연설했다, …논의한다"고 밝혔다)."""
    m = _PREDICATE.search(text, pos)
    return m.group(1) if m else ""


def non_past(verb: str) -> bool:
    """Present or future (한다, 열린다, 할 예정이다), which news writing uses for what has not
    happened yet; a past verb (했다, 열렸다) or none at all (a headline) is not."""
    if len(verb) < 2:
        return False
    if verb[:-1].endswith(tuple(n + "이" for n in _FUTURE_NOUNS)) or verb[:-1].endswith(_FUTURE_NOUNS):
        return True
    if verb.endswith("습니다"):         # 했습니다 is past, 논의합니다 is not
        return len(verb) > 3 and final_consonant(verb[-4]) != 20
    if verb.endswith("니다"):
        return len(verb) > 2 and final_consonant(verb[-3]) == 17
    return verb[-2] == "는" or final_consonant(verb[-2]) == 4


def final_consonant(c: str) -> int:
    """A Hangul syllable's final consonant by its index: 4 ㄴ, 17 ㅂ, 20 ㅆ, 0 none; -1 for anything else."""
    return (ord(c) - 0xAC00) % 28 if "가" <= c <= "힣" else -1
