"""The publication date a reader sees near the top of a document, and lines that only look like one."""
from __future__ import annotations

from pathlib import Path

from extract.documents import read_document


def date_of(tmp_path: Path, text: str) -> str | None:
    f = tmp_path / "story.txt"
    f.write_text(text, encoding="utf-8")
    return read_document(f).meta.date


def test_a_date_line_with_the_source_address_after_it(tmp_path: Path):
    text = ("Ministers meet in Oslo\n2024-11-20 https://news.example.org/2024/11/20/ministers-meet-in-oslo-to-talk-"
            "about-ai-safety-and-more?ref=front-page\n\nMinisters met on Tuesday.")
    assert date_of(tmp_path, text) == "2024-11-20"


def test_a_date_inside_a_long_sentence_is_no_dateline(tmp_path: Path):
    text = ("Ministers meet in Oslo\n\nThe ministers, who first met on 3 March 2021 in a hotel by the harbour, agreed "
            "on Tuesday to meet again next year in a larger group.")
    assert date_of(tmp_path, text) is None
