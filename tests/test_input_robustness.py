"""Everything a user can hand to ``aigov-kg build``, run through the real command.

Each case makes its input files in a fresh folder, runs
``python -m aigov_kg build PATH ... --out OUT`` from the repository root, and checks the
outcome a user expects:

* processed -- exit 0, nothing on stderr, and the graph says what the text says
  (the names come out right, nothing from scripts or control characters leaks in);
* skipped   -- the bad file is named on stderr with the reason, a good file given
  beside it is still built, exit status 1;
* refused   -- nothing to build: exactly one ``aigov-kg: error: ...`` line, exit 2;

and never a traceback.  Limits a user meets here (extract/documents.py): a document may
be 16 MB and 1,200,000 characters of text; larger ones are refused with how to split them.
"""
from __future__ import annotations

import os
import random
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import RDF, RDFS

from extract.documents import MAX_CHARS
from ontology import AIG
from tests.conftest import run_cli

# Two short texts whose names the extractor is known to find.
EN = ("UK Prime Minister Rishi Sunak attended the AI Seoul Summit in Seoul on 21 May 2024. "
      "French President Emmanuel Macron also attended.")
KO = "윤석열 대통령은 21일 서울에서 열린 AI 서울 정상회의에 참석했다. 리시 수낵 영국 총리도 정상회의에 참석했다."
GOOD_NAME = "good.txt"


# --- reading a built graph ------------------------------------------------------------------

def graph(out: Path) -> Graph:
    return Graph().parse(out / "graph.ttl")


def labels(out: Path) -> set[str]:
    return {str(o) for o in graph(out).objects(None, RDFS.label)}


def file_names(out: Path) -> set[str]:
    return {str(o) for o in graph(out).objects(None, AIG.fileName)}


def evidence_sentences(out: Path) -> list[str]:
    ds = Dataset(default_union=True)
    ds.parse(out / "graph.trig", format="trig")
    return [str(o) for o in ds.objects(None, AIG.sentence)]


def all_output_text(out: Path) -> str:
    return "".join((out / n).read_text(encoding="utf-8") for n in ("graph.ttl", "graph.trig", "graph.jsonld"))


# --- making inputs --------------------------------------------------------------------------

def good(d: Path) -> Path:
    """A document that builds, given beside a bad one: it must survive the bad one."""
    p = d / GOOD_NAME
    p.write_text(EN + "\n", encoding="utf-8")
    return p


def prose(n_bytes: int, seed: int = 1) -> str:
    """Real-looking Korean and English news sentences, varied so no fact repeats thousands of times."""
    rnd = random.Random(seed)
    topics = ["AI safety", "data protection", "semiconductor supply", "model evaluation", "digital trade"]
    ko_topics = ["인공지능 안전", "개인정보 보호", "반도체 공급망", "모델 평가", "디지털 통상"]
    months = ["January", "March", "May", "July", "September", "November"]
    out, size = [], 0
    while size < n_bytes:
        if rnd.random() < 0.5:
            s = (f"The working group on {rnd.choice(topics)} met on {rnd.randint(1, 28)} {rnd.choice(months)} "
                 f"{rnd.randint(2019, 2025)} and reviewed {rnd.randint(2, 90)} proposals from member agencies. ")
        else:
            s = (f"{rnd.choice(ko_topics)} 실무그룹은 {rnd.randint(1, 12)}월 {rnd.randint(1, 28)}일 회의를 열고 "
                 f"{rnd.randint(2, 90)}개 제안을 검토했다. ")
        out.append(s)
        size += len(s.encode("utf-8"))
    return "".join(out)


def write(d: Path, name: str | bytes, data: bytes) -> Path:
    path = os.path.join(os.fsencode(d), name if isinstance(name, bytes) else name.encode("utf-8"))
    with open(path, "wb") as f:
        f.write(data)
    return Path(os.fsdecode(path))


def png_bytes() -> bytes:
    import struct
    import zlib
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    raw = b"".join(b"\x00" + bytes(3 * 16) for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def symlink_loop(d: Path) -> list[Path]:
    folder = d / "news"
    folder.mkdir()
    (folder / "article.txt").write_text(EN + "\n", encoding="utf-8")
    (folder / "again").symlink_to(folder)                # news/again -> news
    (folder / "up").symlink_to("..")                     # news/up -> its parent, which holds news
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to(folder)
    return [folder]


def fifo_in_folder(d: Path) -> list[Path]:
    folder = d / "inbox"
    folder.mkdir()
    good(folder)
    os.mkfifo(folder / "pipe.txt")                       # reading it would block forever
    (folder / "folder.txt").mkdir()                      # a folder named like a document: walked, not read
    return [folder]


def fifo_named(d: Path) -> list[Path]:
    os.mkfifo(d / "pipe.txt")
    return [d / "pipe.txt", good(d)]


def unreadable(d: Path) -> list[Path]:
    p = write(d, "secret.txt", EN.encode())
    p.chmod(0)
    return [p, good(d)]


def deep_html(d: Path) -> list[Path]:
    body = "<div>" * 100_000 + f"<p>{EN}</p>" + "</div>" * 100_000
    return [write(d, "deep.html", f"<!doctype html><html><body>{body}</body></html>".encode())]


def scripted_html(d: Path) -> list[Path]:
    page = ("<html><head><title>Summit news</title>"
            "<style>/* Joe Biden */ .Kishida { color: red }</style>"
            "<script>var hidden = 'Italian Prime Minister Giorgia Meloni attended the AI Action Summit';</script>"
            "</head><body><p>UK Prime Minister Rishi Sunak attended the AI Seoul Summit in Seoul.</p>"
            "<script>document.write('<p>German Chancellor Olaf Scholz attended.</p>')</script>"
            "<noscript>Canadian Prime Minister Justin Trudeau attended.</noscript>"
            "<svg><text>Joe Biden</text></svg></body></html>")
    return [write(d, "page.html", page.encode())]


def bad_sidecar(d: Path) -> list[Path]:
    p = write(d, "dated.txt", EN.encode())
    write(d, "dated.meta.json", b'{"title": "Seoul", "date": "last Tuesday"}')
    return [p, good(d)]


def fifty_mb(d: Path) -> list[Path]:
    block = (prose(200_000) + "\n").encode()
    with open(d / "archive.txt", "wb") as f:
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            f.write(block)
    return [d / "archive.txt"]


# --- checks on processed graphs -------------------------------------------------------------

def has_names(*names: str) -> Callable[[Path, subprocess.CompletedProcess], None]:
    def check(out: Path, r: subprocess.CompletedProcess) -> None:
        missing = set(names) - labels(out)
        assert not missing, f"missing {missing}; labels: {sorted(labels(out))}"
    return check


def all_of(*checks):
    def check(out, r):
        for c in checks:
            c(out, r)
    return check


def note(pattern: str):
    def check(out, r):
        assert re.search(pattern, r.stdout), r.stdout
    return check


def no_text(*words: str):
    def check(out, r):
        text = all_output_text(out)
        leaked = [w for w in words if w in text]
        assert not leaked, f"{leaked} reached the graph"
    return check


def clean_sentences(out: Path, r) -> None:
    sentences = evidence_sentences(out)
    assert sentences
    for s in sentences:
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\ufeff\r]", s), repr(s)


def one_document(out: Path, r) -> None:
    docs = set(graph(out).subjects(RDF.type, AIG.SourceDocument))
    assert len(docs) == 1, docs


def title_without_bom(out: Path, r) -> None:
    from rdflib.namespace import DCTERMS
    titles = [str(t) for t in graph(out).objects(None, DCTERMS.title)]
    assert titles and all(not t.startswith("\ufeff") for t in titles), titles


def named(file_name: str):
    def check(out, r):
        assert file_names(out) == {file_name}, file_names(out)
        for s in graph(out).subjects(RDF.type, AIG.SourceDocument):
            assert re.fullmatch(r"https://w3id\.org/aigov-kg/id/document/[a-z0-9-]+", str(s)), s
    return check


def short_sentences(out: Path, r) -> None:
    sentences = evidence_sentences(out)
    assert sentences and max(len(s) for s in sentences) <= 2000


# --- the cases ------------------------------------------------------------------------------

@dataclass
class Case:
    id: str
    make: Callable[[Path], list[Path]]
    outcome: str                       # "processed", "skipped" or "refused"
    says: str = ""                     # what the note, the skip reason or the error line must say
    check: Callable | None = None      # more checks on a processed graph
    bad: str = ""                      # the file a skip must name
    seconds: float = 120


CASES = [
    # encodings and line ends
    Case("euc-kr", lambda d: [write(d, "kr.txt", KO.encode("euc_kr"))], "processed",
         check=all_of(has_names("윤석열", "리시 수낵", "AI 서울 정상회의"), note(r"kr\.txt: not UTF-8; decoded as Korean CP949"))),
    Case("cp949-only-syllables", lambda d: [write(d, "cp.txt", (KO + " 만찬 메뉴는 똠얌꿍이었다.").encode("cp949"))],
         "processed", check=all_of(has_names("윤석열", "리시 수낵"), note("CP949"))),
    Case("utf-8-bom", lambda d: [write(d, "bom.txt", b"\xef\xbb\xbf" + EN.encode())], "processed",
         check=all_of(has_names("Rishi Sunak", "Emmanuel Macron"), title_without_bom)),
    Case("crlf", lambda d: [write(d, "crlf.txt", (EN.replace(". ", ".\r\n") + "\r\n" + KO + "\r\n").encode())],
         "processed", check=all_of(has_names("Rishi Sunak", "윤석열"), clean_sentences)),
    Case("nul-bytes-in-text", lambda d: [write(d, "nul.txt", EN.replace("attended the", "attended\x00 the")
                                               .replace("Seoul on", "Seoul\x00\x00 on").encode())],
         "processed", check=all_of(has_names("Rishi Sunak", "AI Seoul Summit"), clean_sentences)),
    # not text, or no words
    Case("png-bytes", lambda d: [write(d, "photo.txt", png_bytes()), good(d)], "skipped",
         says=r"binary data \(a PNG image\)", bad="photo.txt"),
    Case("empty", lambda d: [write(d, "empty.txt", b""), good(d)], "skipped", says=r"empty \(no words",
         bad="empty.txt"),
    Case("whitespace-only", lambda d: [write(d, "blank.txt", b" \t\n\r\n\xe3\x80\x80  \n"), good(d)], "skipped",
         says=r"empty \(no words", bad="blank.txt"),
    Case("punctuation-only", lambda d: [write(d, "dots.txt", "... !!! ??? ‘’“”「」 ---\n".encode()), good(d)],
         "skipped", says=r"empty \(no words", bad="dots.txt"),
    Case("only-bad-input", lambda d: [write(d, "empty.txt", b"")], "refused",
         says=r"no documents to build from \(.*empty\.txt: empty"),
    # size
    Case("50-mb-file", fifty_mb, "refused", seconds=30,
         says=r"archive\.txt: 5\d MB is too large for one document \(at most 16 MB a file and 1,200,000 characters.*split -C"),
    Case("1-mb-single-line", lambda d: [write(d, "line.txt", (prose(500_000) + EN + " " + prose(500_000, 2)).encode())],
         "processed", seconds=120, check=all_of(has_names("Rishi Sunak", "AI Seoul Summit"), short_sentences)),
    Case("text-over-the-limit", lambda d: [write(d, "long.txt", ("가" * (MAX_CHARS + 10)).encode())], "refused",
         says=rf"long\.txt: [\d,]+ characters of text is too long for one document \(at most {MAX_CHARS:,}\); split"),
    # HTML
    Case("deep-html", deep_html, "processed", seconds=60, check=has_names("Rishi Sunak", "Emmanuel Macron")),
    Case("html-script-style", scripted_html, "processed",
         check=all_of(has_names("Rishi Sunak", "AI Seoul Summit"),
                      no_text("Meloni", "Scholz", "Trudeau", "Biden", "Kishida", "hidden", "document.write"))),
    # files that are not documents
    Case("symlink-loop", symlink_loop, "processed", check=all_of(has_names("Rishi Sunak"), one_document)),
    Case("fifo-in-folder", fifo_in_folder, "skipped", says=r"not a regular file \(a named pipe\)", bad="pipe.txt"),
    Case("fifo-named", fifo_named, "skipped", says=r"not a regular file \(a named pipe\)", bad="pipe.txt"),
    Case("broken-link", lambda d: [(d / "gone.txt").symlink_to(d / "nowhere.txt") or d / "gone.txt", good(d)],
         "skipped", says="cannot read", bad="gone.txt"),
    Case("unreadable", unreadable, "skipped", says="permission denied", bad="secret.txt"),
    Case("bad-sidecar", bad_sidecar, "skipped", says=r"dated\.meta\.json: \"date\" must be YYYY-MM-DD",
         bad="dated.meta.json"),
    # names
    Case("name-with-spaces-quotes-hangul", lambda d: [write(d, "it's a \"quoted\" 서울 기사 .txt", EN.encode())],
         "processed", check=all_of(has_names("Rishi Sunak"), named("it's a \"quoted\" 서울 기사 .txt"))),
    Case("name-not-utf-8", lambda d: [write(d, b"caf\xe9 \xff.txt", EN.encode())], "processed",
         check=all_of(has_names("Rishi Sunak"), named("caf\ufffd \ufffd.txt"))),
    # languages
    Case("japanese", lambda d: [write(d, "ja.txt", "人工知能サミットがソウルで開催された。岸田文雄首相が出席した。".encode())],
         "processed", check=all_of(note(r"ja\.txt: mostly Japanese text; only Korean and English are analysed"),
                                   named("ja.txt"))),
    Case("mixed-scripts-one-sentence",
         lambda d: [write(d, "mixed.txt", "윤석열 대통령과 UK Prime Minister Rishi Sunak은 AI 서울 정상회의(AI Seoul Summit)에서 "
                                          "만났다, 日本の岸田文雄 총리와 함께 (قمة).".encode())],
         "processed", check=all_of(has_names("윤석열", "AI 서울 정상회의"), clean_sentences)),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_input_has_the_outcome_a_user_expects(case: Case, tmp_path: Path):
    if case.id == "unreadable" and os.geteuid() == 0:
        pytest.skip("running as root, which reads a chmod-000 file anyway (fifo-* and broken-link cover "
                    "files that cannot be read)")
    inputs = tmp_path / "in"
    inputs.mkdir()
    paths = case.make(inputs)
    out = tmp_path / "out"
    started = time.monotonic()
    r = run_cli("build", *map(str, paths), "--out", str(out), timeout=int(case.seconds) + 120)
    took = time.monotonic() - started
    assert "Traceback" not in r.stderr, r.stderr
    assert took < case.seconds, f"{case.id} took {took:.0f} s"

    if case.outcome == "processed":
        assert r.returncode == 0, r.stdout + r.stderr
        assert r.stderr == "", r.stderr
        assert re.search(r"built 1 document\(s\)", r.stdout), r.stdout
        for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html"):
            assert (out / name).is_file(), name
        if case.check:
            case.check(out, r)
    elif case.outcome == "skipped":
        assert r.returncode == 1, r.stdout + r.stderr
        skipped = [l for l in r.stderr.splitlines() if l.startswith("skipped: ")]
        assert len(skipped) == 1 and case.bad in skipped[0] and re.search(case.says, skipped[0]), r.stderr
        assert re.search(r"built 1 document\(s\)", r.stdout), r.stdout
        assert file_names(out) == {GOOD_NAME}
        assert {"Rishi Sunak", "Emmanuel Macron"} <= labels(out)
    else:
        assert r.returncode == 2, r.stdout + r.stderr
        lines = [l for l in r.stderr.splitlines() if l.strip()]
        assert len(lines) == 1 and lines[0].startswith("aigov-kg: error: "), r.stderr
        assert re.search(case.says, lines[0]), lines[0]
        assert not (out / "graph.trig").exists()


def test_out_that_is_a_file_is_refused_in_one_line(tmp_path: Path):
    (tmp_path / "out").write_text("not a folder")
    r = run_cli("build", str(good(tmp_path)), "--out", str(tmp_path / "out"))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip() == f"aigov-kg: error: {tmp_path / 'out'}: exists and is not a folder; choose another --out"


def test_output_folder_inside_the_input_folder_is_not_read_back(tmp_path: Path):
    """graph.html is an .html file: a second build of the folder must not take it for a document.
    And the graph files get the permissions of any new file (0666 less the umask), not 0600."""
    good(tmp_path)
    for _ in range(2):
        r = run_cli("build", str(tmp_path), "--out", str(tmp_path / "graph"))
        assert r.returncode == 0, r.stderr
        assert "built 1 document(s)" in r.stdout
    assert file_names(tmp_path / "graph") == {GOOD_NAME}
    mask = os.umask(0)
    os.umask(mask)
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html"):
        assert (tmp_path / "graph" / name).stat().st_mode & 0o777 == 0o666 & ~mask, name


@pytest.mark.parametrize("name, data, expect", [
    ("u16.txt", "\ufeff".encode("utf-16-le") + KO.encode("utf-16-le"), KO),
    ("nfd.txt", __import__("unicodedata").normalize("NFD", KO).encode(), KO),
    ("no-head-end.html", f"<html><head><title>Summit news</title><meta charset=utf-8><body><p>{EN}</p>".encode(), EN),
    ("unclosed-title.html", f"<html><head><title>Summit news<body><p>{EN}</p>".encode(), EN),
    ("bidi.txt", ("Rishi\u202e Sunak\u200b attended\u00a0the AI\u3000Seoul Summit.").encode(),
     "Rishi Sunak attended the AI Seoul Summit."),
])
def test_read_document_gives_the_text_a_reader_sees(tmp_path: Path, name: str, data: bytes, expect: str):
    """Smaller cases, read in-process: what the extractor gets is the text as a person reads it."""
    from extract.documents import read_document
    path = write(tmp_path, name, data)
    assert read_document(path).text == expect


@pytest.mark.parametrize("data, says", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "a PDF file; convert it to text first"),
    (b"PK\x03\x04\x14\x00\x06\x00", "Office/HWPX document; save it as text or HTML"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an HWP or old Office document"),
    (b"\x1f\x8b\x08\x00", "gzip-compressed; decompress it first"),
    (b"\xff\xfe\x00\xd8", "UTF-16-LE byte-order mark but is not UTF-16-LE text"),
])
def test_files_that_are_not_text_are_refused_with_what_they_are(tmp_path: Path, data: bytes, says: str):
    from extract.documents import read_document
    from extract.errors import InputError
    path = write(tmp_path, "report.txt", data)
    with pytest.raises(InputError, match=re.escape(says)):
        read_document(path)


def test_a_sidecar_named_with_its_document_is_metadata_not_a_document(tmp_path: Path):
    """`aigov-kg build corpus/*` names each NAME.meta.json as well as its document."""
    from extract.documents import expand_paths, read_document
    doc = tmp_path / "note.txt"
    doc.write_text(EN, encoding="utf-8")
    side = tmp_path / "note.meta.json"
    side.write_text('{"title": "A note on the summit", "date": "2024-05-21"}', encoding="utf-8")
    files, skipped = expand_paths([doc, side])
    assert files == [doc] and not skipped
    assert read_document(doc).meta.title == "A note on the summit"
