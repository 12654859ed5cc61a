"""What a graph folder keeps of each document (``graph/state.py``): its text and extraction,
read back exactly, whatever version of the format wrote them, so that ``add``, ``remove``
and ``merge`` re-render without extracting again."""
from __future__ import annotations

import dataclasses
import json

import pytest

from extract.documents import DocMeta, Document
from extract.errors import GraphError
from extract.pipeline import extract_many
from graph import state

TEXT = "윤석열 대통령은 21일 리시 수낵 영국 총리와 함께 ‘AI 서울 정상회의’를 주재했다."


@pytest.fixture(scope="module")
def extracted():
    doc = Document("doc", "doc.txt", TEXT, DocMeta(date="2024-05-22"), "0" * 64)
    return doc, extract_many([doc])[0]


def test_a_document_reads_back_as_it_was_extracted(tmp_path, extracted):
    doc, ex = extracted
    name = state.save(tmp_path, doc, ex)
    again_doc, again = state.load(tmp_path / state.STATE / name)
    assert again == ex and again_doc == doc
    # the ends of a relation are the document's mentions, named by their place in the list
    data = json.loads((tmp_path / state.STATE / name).read_text(encoding="utf-8"))
    assert all(isinstance(r["subject"], int) for r in data["relations"])


def test_an_end_that_is_not_among_the_mentions_is_kept_whole(tmp_path, extracted):
    doc, ex = extracted
    r = ex.relations[0]
    other = dataclasses.replace(r.subject, text=r.subject.text + "X", end=r.subject.end + 1)
    odd = dataclasses.replace(ex, relations=(dataclasses.replace(r, subject=other),) + ex.relations[1:])
    name = state.save(tmp_path, doc, odd)
    assert state.load(tmp_path / state.STATE / name)[1] == odd


def test_a_file_of_the_first_format_reads_the_same(tmp_path, extracted):
    doc, ex = extracted
    name = state.save(tmp_path, doc, ex)
    path = tmp_path / state.STATE / name
    data = json.loads(path.read_text(encoding="utf-8"))
    for r in data["relations"]:        # format 1 copied each end in full
        r["subject"] = data["mentions"][r["subject"]]
        if r["object"] is not None:
            r["object"] = data["mentions"][r["object"]]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert state.load(path)[1] == ex


def test_a_place_outside_the_list_is_a_one_line_error(tmp_path, extracted):
    doc, ex = extracted
    name = state.save(tmp_path, doc, ex)
    path = tmp_path / state.STATE / name
    data = json.loads(path.read_text(encoding="utf-8"))
    data["relations"][0]["subject"] = len(data["mentions"])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GraphError, match="unreadable build state"):
        state.load(path)
