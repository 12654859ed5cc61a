"""Read user files into Documents: decoded text, cleaned of markup, with metadata.

Offsets of every evidence sentence point into ``Document.text``, the decoded and
cleaned text, so that text is the one thing later stages read.  Metadata comes from a
sidecar ``NAME.meta.json`` when there is one, otherwise from what the text itself
says (a dateline, a source line); nothing is invented.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

from .errors import InputError
from .romanize import slugify

SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class DocMeta:
    title: str | None = None
    publisher: str | None = None
    date: str | None = None          # ISO date of publication, only when known
    languages: tuple[str, ...] = ()
    source: str | None = None        # the source as printed in the document
    url: str | None = None


@dataclass(frozen=True)
class Document:
    doc_id: str                      # slug, stable for a file name
    file_name: str
    text: str
    meta: DocMeta
    sha256: str
    encoding: str = "utf-8"
    notes: tuple[str, ...] = field(default=())   # warnings for the summary (e.g. decoded as CP949)


def default_corpus() -> list[Path]:
    """The sample documents shipped with the package."""
    root = files("aigov_kg") / "corpus"
    return sorted(Path(str(root / p.name)) for p in root.iterdir() if Path(p.name).suffix in SUFFIXES)


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to read, in a fixed order, and (path, reason) for what was skipped.

    Folders are walked without following symlinked folders, so a symlink loop cannot
    trap the walk; a missing path is an error because the user named it.
    """
    found: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for p in paths:
        if not os.path.lexists(p):
            raise InputError(f"{p}: no such file or folder")
        if p.is_dir():
            for root, dirs, names in os.walk(p, followlinks=False):
                dirs.sort()
                for name in sorted(names):
                    f = Path(root) / name
                    if f.suffix.lower() in SUFFIXES and not name.endswith(".meta.json"):
                        if f.is_file():
                            found.append(f)
                        else:
                            skipped.append((str(f), "not a regular file (broken link?)"))
        elif p.is_file():
            found.append(p)
        else:
            raise InputError(f"{p}: not a file or folder")
    seen, unique = set(), []
    for f in found:
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, skipped


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Bytes to text and the encoding used; refuses binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:65536]
    if sample.count(b"\x00") > max(1, len(sample) // 100):
        raise InputError(f"{name}: binary data, not a text document")
    for enc in ("utf-8", "cp949"):
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
    except ImportError:  # pragma: no cover - charset_normalizer ships with our deps
        best = None
    if best is None:
        raise InputError(f"{name}: not text in UTF-8, CP949/EUC-KR or another detectable encoding")
    return str(best), best.encoding


_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "header", "footer", "blockquote", "pre", "title", "dd", "dt", "figcaption"}
_SKIP = {"script", "style", "noscript", "template", "svg", "head"}


class _TextOnly(HTMLParser):
    """Visible text of an HTML page: scripts and styles dropped, blocks on their own lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str | None]:
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    title = " ".join("".join(parser.title).split()) or None
    return text, title


def markdown_to_text(md: str) -> str:
    """Markdown markup that would pollute sentences (headings, emphasis, links) removed."""
    md = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", md)
    md = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", md)
    md = re.sub(r"^\s{0,3}#{1,6}\s*", "", md, flags=re.M)
    md = re.sub(r"(\*\*|__|\*|`)", "", md)
    return md


def normalise_text(text: str) -> str:
    """One newline convention, no control characters, blank-line runs collapsed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)
    text = re.sub(r"[ \t\u00a0]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


_KO_DATE = re.compile(r"(20\d\d|19\d\d)\s*[년.\-/]\s*(\d{1,2})\s*[월.\-/]\s*(\d{1,2})\s*일?")
_EN_DATE = re.compile(
    r"\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b"
    r"|\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+(\d{4})\b")
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December"], 1)}
_SOURCE = re.compile(r"^\s*\*?\s*(?:source|출처|자료)\s*[:：]\s*(.+?)\s*$", re.I | re.M)


def _iso(y: int, m: int, d: int) -> str | None:
    import datetime
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        return None


def dateline(text: str) -> str | None:
    """A publication date printed on a line of its own near the top (a dateline or byline)."""
    for line in text.split("\n")[:12]:
        line = line.strip()
        if not line or len(line) > 80:
            continue
        m = _KO_DATE.search(line)
        if m:
            return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _EN_DATE.search(line)
        if m:
            if m.group(1):
                return _iso(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
            return _iso(int(m.group(6)), MONTHS[m.group(4)], int(m.group(5)))
    return None


def source_line(text: str) -> str | None:
    """The source as printed at the end of the document ("*source : ...", "출처: ...")."""
    tail = "\n".join(text.split("\n")[-5:])
    m = _SOURCE.search(tail)
    return m.group(1) if m else None


def _sidecar(path: Path) -> dict:
    side = path.with_name(path.stem + ".meta.json")
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{side}: unreadable metadata sidecar ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise InputError(f"{side}: metadata sidecar must be a JSON object")
    return data


def languages_of(text: str) -> tuple[str, ...]:
    hangul = len(re.findall(r"[\uac00-\ud7a3]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    langs = []
    if hangul:
        langs.append("ko")
    if latin > 200 or (latin and not hangul):
        langs.append("en")
    return tuple(langs)


def read_document(path: Path, doc_id: str | None = None) -> Document:
    """One file as a Document, or InputError naming the file and the reason."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: {size // (1024 * 1024)} MB is larger than the {MAX_BYTES // (1024 * 1024)} MB limit")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    raw, encoding = decode(data, str(path))
    notes = []
    if encoding not in ("utf-8",):
        notes.append(f"{path}: decoded as {encoding}")
    html_title = None
    if path.suffix.lower() in (".html", ".htm"):
        raw, html_title = html_to_text(raw)
    elif path.suffix.lower() in (".md", ".markdown"):
        raw = markdown_to_text(raw)
    text = normalise_text(raw)
    if not re.search(r"\w", text):
        raise InputError(f"{path}: empty (no words)")
    side = _sidecar(path)
    first_line = text.split("\n", 1)[0].strip()
    meta = DocMeta(
        title=side.get("title") or html_title or (first_line[:200] if first_line else None),
        publisher=side.get("publisher"),
        date=side.get("date") or dateline(text),
        languages=tuple(side.get("languages") or languages_of(text)),
        source=side.get("source") or source_line(text),
        url=side.get("url"),
    )
    return Document(
        doc_id=doc_id or slugify(path.stem) or "doc",
        file_name=name,
        text=text,
        meta=meta,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        encoding=encoding,
        notes=tuple(notes),
    )
