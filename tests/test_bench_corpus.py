"""The benchmark's corpus generator: deterministic, realistic lengths, and names really swapped."""
from __future__ import annotations

import re
import statistics

import pytest

from bench.corpus import SWAP_CLASSES, Names, Piece, Sample, Slot, document, read_sample, write_corpus
from extract.authority import load_authority
from extract.documents import default_corpus

N = 24


@pytest.fixture(scope="module")
def sample_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in default_corpus())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("bench-corpus")
    return {p.name: p.read_text(encoding="utf-8") for p in write_corpus(N, 7, out)}


@pytest.mark.parametrize("seed", [7])
def test_corpus_same_seed_same_files(tmp_path, corpus, seed):
    again = {p.name: p.read_text(encoding="utf-8") for p in write_corpus(N, seed, tmp_path / "again")}
    assert again == corpus
    other = {p.name: p.read_text(encoding="utf-8") for p in write_corpus(N, seed + 1, tmp_path / "other")}
    assert sorted(other) == sorted(corpus)
    assert sum(other[n] != corpus[n] for n in corpus) >= N - 1


@pytest.mark.parametrize("start,n", [(0, 5), (10, 3)])
def test_corpus_document_depends_on_its_index_only(tmp_path, corpus, start, n):
    part = {p.name: p.read_text(encoding="utf-8") for p in write_corpus(n, 7, tmp_path, start=start)}
    assert part == {name: corpus[name] for name in sorted(corpus)[start:start + n]}


def _hangul_share(text: str) -> float:
    return len(re.findall(r"[\uac00-\ud7a3]", text)) / len(text)


@pytest.mark.parametrize("n", [N])
def test_corpus_has_n_documents_of_sample_length(corpus, sample_text, n):
    lengths = read_sample().lengths
    assert len(corpus) == n and all(name.endswith(".txt") for name in corpus)
    sizes = [len(t) for t in corpus.values()]
    assert min(sizes) >= 0.5 * min(lengths) and max(sizes) <= 1.5 * max(lengths)
    assert 0.5 * statistics.mean(lengths) <= statistics.mean(sizes) <= 1.5 * statistics.mean(lengths)
    # the sample's genre: Korean news with English passages, in about the sample's mix
    assert 0.7 * _hangul_share(sample_text) <= _hangul_share("".join(corpus.values())) <= 1.3 * _hangul_share(sample_text)
    for text in corpus.values():
        assert len(set(text.splitlines())) > 5   # sentences, not one line copied


def _authority_names(text: str) -> set[str]:
    """Ids of swappable authority entries whose Korean label is in ``text`` as a whole word."""
    found = set()
    for e in load_authority().entries.values():
        if e.cls in SWAP_CLASSES and e.ko and len(e.ko) >= 2 and \
                re.search(rf"(?<![\uac00-\ud7a3]){re.escape(e.ko)}", text):
            found.add(e.id)
    return found


@pytest.mark.parametrize("classes", [{"Country"}, SWAP_CLASSES - {"Country"}])
def test_corpus_swaps_in_authority_names_the_sample_lacks(corpus, sample_text, classes):
    before = {i for i in _authority_names(sample_text) if load_authority().get(i).cls in classes}
    after = {i for i in _authority_names("\n".join(corpus.values())) if load_authority().get(i).cls in classes}
    assert len(after - before) >= 5


def test_corpus_replaces_the_samples_people(corpus):
    text = "\n".join(corpus.values())
    kept = [p for p in read_sample().people if p in text]
    assert len(read_sample().people) >= 5
    assert len(kept) <= len(read_sample().people) // 2


@pytest.mark.parametrize("seed", range(5))
def test_document_one_replacement_per_name_and_surname(seed):
    people = ("가나다 라마", "바사아 자차")
    pieces = (Piece("가나다 라마 총리와 바사아 자차 장관이 만났다.",
                    (Slot(0, 6, "person", people[0]), Slot(11, 17, "person", people[1])), True),
              Piece("라마 총리는 자차 장관과 웃었다.",
                    (Slot(0, 2, "surname", people[0]), Slot(7, 9, "surname", people[1])), True))
    sample = Sample((pieces,), (60,), ("\n",), people)
    text = document(sample, Names(sample, seed), seed, 0)
    first = re.match(r"(\S+ (\S+)) 총리[와과] (\S+ (\S+)) 장관[이가] 만났다\.", text)
    assert first, text
    assert first.group(1) != first.group(3)
    for line in text.splitlines()[1:]:
        if "웃었다" in line:
            assert line.startswith(f"{first.group(2)} 총리")
            assert f" {first.group(4)} 장관" in line
        else:
            assert line.startswith(f"{first.group(1)} 총리")
