"""Extraction quality cannot silently regress: F1 is pinned just under the level reached.

Figures reached (README, Quality): sample entities 0.959 / relations 0.913;
generalisation entities 0.922 / relations 0.842, no entity family under 0.769; second
generalisation set entities 0.897 / relations 0.652 (0.762 / 0.227 before its round); third
generalisation set entities 0.859 / relations 0.667 (0.741 / 0.279 before its round); fourth
generalisation set entities 0.860 / relations 0.702 (0.789 / 0.183 before its round); held-out
entities 0.920 / relations 0.546 (tests/gold/heldout: documents no rule was written from).
Raise the floors when quality rises.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from graph.evaluate import evaluate_dir

ROOT = Path(__file__).resolve().parent.parent
MARGIN = 0.02


@pytest.mark.parametrize("gold, fixture, entity_f1, relation_f1", [
    ("sample", "built_default", 0.959, 0.913),
    ("general", "built_general", 0.922, 0.842),
    ("general2", "built_general2", 0.897, 0.652),
    ("general3", "built_general3", 0.861, 0.669),
    ("general4", "built_general4", 0.862, 0.702),
    ("heldout", "built_heldout", 0.920, 0.546),
])
def test_f1_stays_at_the_reached_level(request, gold, fixture, entity_f1, relation_f1):
    scores = evaluate_dir(ROOT / "tests" / "gold" / gold, request.getfixturevalue(fixture))
    assert not scores.missing, scores.missing
    assert scores.total("entities", "strict").f1 >= entity_f1 - MARGIN
    assert scores.total("relations", "strict").f1 >= relation_f1 - MARGIN


def test_no_family_falls_under_the_target_in_the_generalisation_set(built_general):
    scores = evaluate_dir(ROOT / "tests" / "gold" / "general", built_general)
    for family, prf in scores.entities["strict"].items():
        assert prf.f1 >= 0.7, (family, prf)   # the target; Initiative is the weakest (0.769)
