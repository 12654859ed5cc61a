"""Read user files into Documents: decoded text, cleaned of markup, with metadata.

Offsets of every evidence sentence point into ``Document.text``, the decoded and
cleaned text, so that text is the one thing later stages read.  Metadata comes from a
sidecar ``NAME.meta.json`` when there is one, otherwise from what the text itself
says (a dateline, a source line); nothing is invented.

Whatever a user gives, reading ends in a Document or in an ``InputError`` whose one
line names the file and the reason (binary, empty, too large, not a regular file…),
so the build can skip that file and go on with the others.  Every step here is linear
in the size of the input: no regular expression can backtrack over a long run of one
character, and nothing recurses on HTML nesting.
"""
from __future__ import annotations

import hashlib
import html as _html
import json
import os
import re
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from .errors import InputError
from .romanize import slugify

SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
MiB = 1024 * 1024
# One document is one article, press release or statement.  Identity is resolved per
# document ("the Summit", a bare surname), so a dump of many articles in one file gives
# wrong links, and one document cannot be shared between the two processes of a large
# build.  Its cost is linear in its length (a 1 MB single line builds in about 20 s), so
# the limit is about what a document is: 1,200,000 characters is some 500 pages, 50-200
# times a long article.  A file above the limits is refused at once with a hint to split
# it; 16 MB a file leaves room for HTML markup.
MAX_BYTES = 16 * MiB
MAX_CHARS = 1_200_000
MAX_SIDECAR_BYTES = 1 * MiB
SPLIT_HINT = ("split it into one file per article (or by size: "
              "split -C 200k --additional-suffix=.txt FILE part-) and build the folder")


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


def shown(path) -> str:
    """A path as one printable line: undecodable bytes as U+FFFD, control characters escaped.

    File names on Linux are bytes; one that is not UTF-8 (or holds a newline) must not
    break the summary, the one-line error or the RDF literal that carries it."""
    s = os.fsdecode(path) if not isinstance(path, str) else path
    s = s.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    s = unicodedata.normalize("NFC", s)
    return "".join(c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii") for c in s)


def default_corpus() -> list[Path]:
    """The sample documents shipped with the package."""
    root = files("aigov_kg") / "corpus"
    return sorted(Path(str(root / p.name)) for p in root.iterdir() if Path(p.name).suffix in SUFFIXES)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def expand_paths(paths: list[Path], exclude: list[Path] | tuple = ()) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to read, in a fixed order, and (path, reason) for what was skipped.

    A missing path is an error because the user named it (most likely a typo).  A path
    that exists but is no document (a named pipe, a broken link) is skipped with its
    reason, so the other files still build.  Folders are walked without following
    symlinked folders, so a symlink loop cannot trap the walk; hidden files and folders
    and the folders in ``exclude`` (the build's own output folder) are left out.
    """
    found: list[Path] = []
    skipped: list[tuple[str, str]] = []
    excluded = {os.path.realpath(x) for x in exclude}
    for p in paths:
        p = Path(p)
        if not os.path.lexists(p):
            raise InputError(f"{shown(p)}: no such file or folder")
        try:
            st = p.stat()
        except OSError as exc:
            skipped.append((str(p), f"{shown(p)}: cannot read ({exc.strerror or 'broken link'})"))
            continue
        if stat.S_ISDIR(st.st_mode):
            def onerror(err: OSError) -> None:
                skipped.append((str(err.filename), f"{shown(err.filename)}: folder not readable ({err.strerror})"))
            for root, dirs, names in os.walk(p, onerror=onerror, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and os.path.realpath(os.path.join(root, d)) not in excluded)
                for name in sorted(names):
                    f = Path(root) / name
                    if name.startswith(".") or f.suffix.lower() not in SUFFIXES or name.endswith(".meta.json"):
                        continue
                    try:
                        mode = f.stat().st_mode
                    except OSError as exc:
                        skipped.append((str(f), f"{shown(f)}: cannot read ({exc.strerror or 'broken link'})"))
                        continue
                    if stat.S_ISREG(mode):
                        found.append(f)
                    elif not stat.S_ISDIR(mode):
                        skipped.append((str(f), f"{shown(f)}: not a regular file ({_kind(mode)})"))
        elif stat.S_ISREG(st.st_mode):
            if not p.name.endswith(".meta.json"):   # a sidecar named too (`build corpus/*`) is read
                found.append(p)                     # with its document, never as one
        else:
            skipped.append((str(p), f"{shown(p)}: not a regular file ({_kind(st.st_mode)})"))
    seen, unique = set(), []
    for f in found:
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, skipped


def _read_bytes(path: Path, name: str) -> bytes:
    """The file's bytes, refusing without blocking what is not a regular file or is too large."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        raise InputError(f"{name}: permission denied (the file cannot be read)") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{name}: not a regular file ({_kind(st.st_mode)})")
        too_large = (f"{name}: {max(st.st_size, MAX_BYTES + 1) / MiB:.0f} MB is too large for one document "
                     f"(at most {MAX_BYTES // MiB} MB a file and {MAX_CHARS:,} characters of text); {SPLIT_HINT}")
        if st.st_size > MAX_BYTES:
            raise InputError(too_large)
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, MiB)
            if not chunk:
                break
            total += len(chunk)
            if total > MAX_BYTES:          # the file grew while we read it
                raise InputError(too_large)
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    finally:
        os.close(fd)


_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_MAGIC = ((b"%PDF-", "a PDF file; convert it to text first, e.g. with pdftotext"),
          (b"PK\x03\x04", "a ZIP archive or an Office/HWPX document; save it as text or HTML"),
          (b"\xd0\xcf\x11\xe0", "an HWP or old Office document; save it as text or HTML"),
          (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"\x1f\x8b", "gzip-compressed; decompress it first"))
# characters no text document is made of: C0 controls other than tab/newlines/form feed, DEL, C1, U+FFFD
_JUNK = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Bytes to text and the encoding used; refuses binary data with what it looks like."""
    text = encoding = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom):].decode(enc), enc
            except UnicodeDecodeError:
                if enc != "utf-8":
                    raise InputError(f"{name}: starts with a {enc.upper()} byte-order mark "
                                     f"but is not {enc.upper()} text") from None
                data = data[len(bom):]
            break
    if text is None:
        for magic, what in _MAGIC:
            if data.startswith(magic):
                raise InputError(f"{name}: binary data ({what}), not a text document")
        sample = data[:65536]
        if sample.count(b"\x00") > len(sample) // 10:
            raise InputError(f"{name}: binary data, not a text document")
        for enc in ("utf-8", "cp949"):
            try:
                text, encoding = data.decode(enc), enc
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        try:
            from charset_normalizer import from_bytes
            best = from_bytes(data).best()
        except Exception:  # noqa: BLE001 - a detector failure is "not detectable", never a crash
            best = None
        if best is None:
            raise InputError(f"{name}: not text in UTF-8, CP949/EUC-KR or another detectable encoding")
        text, encoding = str(best), best.encoding
    head = text[:65536]
    if len(_JUNK.findall(head)) > max(2, len(head) // 20):
        raise InputError(f"{name}: binary data, not a text document")
    return text, encoding


_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "header", "footer", "blockquote", "pre", "title", "dd", "dt", "figcaption", "main", "nav",
          "aside", "figure", "hr", "td", "th", "dl", "address", "details", "summary", "body"}
# elements whose content is never shown; the raw-text ones end only at their own end tag
_RAWTEXT = {"script", "style", "noscript", "iframe", "noembed", "noframes", "xmp"}
_SKIP = {"template", "svg", "math", "head", "object", "canvas"}
_HEAD_ONLY = {"meta", "link", "title", "style", "script", "noscript", "base", "template", "head", "html"}
_TAG_NAME = re.compile(r"[A-Za-z][^\t\n\f\r />]*")
_EQ_OR_GT = re.compile(r"[=>]")
_CLOSERS: dict[str, re.Pattern] = {}


def _closer(tag: str) -> re.Pattern:
    if tag not in _CLOSERS:
        _CLOSERS[tag] = re.compile(rf"</{re.escape(tag)}(?=[\t\n\f\r />])", re.I)
    return _CLOSERS[tag]


def _tag_end(html: str, i: int) -> tuple[int, bool] | None:
    """Just past the ``>`` that closes a tag whose attributes start at ``i``, and whether
    it ends ``/>``; None when the file ends first.  A quoted value may hold ``>``."""
    n = len(html)
    while True:
        m = _EQ_OR_GT.search(html, i)
        if m is None:
            return None
        k = m.start()
        if html[k] == ">":
            return k + 1, html[k - 1] == "/"
        k += 1
        while k < n and html[k] in " \t\n\r\f":
            k += 1
        if k < n and html[k] in "\"'":
            q = html.find(html[k], k + 1)
            if q < 0:
                return None
            i = q + 1
        else:
            i = k


class _Visible:
    """Collects the visible text: hidden elements counted on a stack, blocks on their own lines.

    ``</head>`` and ``</title>`` may be left out, as HTML allows: body content closes them."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip: list[str] = []            # open hidden elements, innermost last
        self._open: Counter = Counter()       # the same, counted, for O(1) membership
        self._in_title = False

    def start(self, tag: str, closed: bool) -> None:
        if tag not in _HEAD_ONLY:
            self._in_title = False
            if self._skip == ["head"]:        # body content ends an unclosed <head>
                self._skip.clear()
                self._open.clear()
        if tag == "title":
            self._in_title = (not self._skip or self._skip == ["head"]) and not self.title
        elif tag in _SKIP and not (closed and tag in ("svg", "math")):
            self._skip.append(tag)
            self._open[tag] += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def end(self, tag: str) -> None:
        if self._open[tag]:
            while self._skip:
                top = self._skip.pop()
                self._open[top] -= 1
                if top == tag:
                    break
        if tag == "title":
            self._in_title = False
        if tag in _BLOCK:
            self.parts.append("\n")

    def data(self, text: str) -> None:
        if not text:
            return
        if self._in_title:
            self.title.append(_html.unescape(text))
        elif not self._skip:
            self.parts.append(_html.unescape(text))


def html_to_text(html: str) -> tuple[str, str | None]:
    """Visible text and title of an HTML page, in one pass over it.

    A small tokenizer in the manner of HTML5's rather than ``html.parser``: the standard
    library's parser rescans unclosed tags and takes minutes on 60 KB of ``<a <a <a``
    (and raises on ``<![foo]>``).  Here every construct is ended with one ``find`` and a
    construct cut off by the end of the file is dropped, as browsers do, so the cost is
    linear in the size of the page whatever it holds."""
    out = _Visible()
    i, n = 0, len(html)
    searched: dict[str, tuple[int, int | None]] = {}
    while i < n:
        j = html.find("<", i)
        if j < 0:
            out.data(html[i:])
            break
        out.data(html[i:j])
        c = html[j + 1:j + 2]
        if c.isascii() and c.isalpha():                        # <tag ...>
            m = _TAG_NAME.match(html, j + 1)
            tag = m.group().lower()
            end = _tag_end(html, m.end())
            if end is None:
                break
            i, closed = end
            out.start(tag, closed)
            if tag in _RAWTEXT:                                # hidden up to its end tag (or the end)
                close = _closer(tag).search(html, i)
                i = close.start() if close else n
            elif tag in ("title", "textarea"):                 # text up to the end tag, when there is one
                # a search that found nothing (or something further on) answers every later one
                # from before that point: no rescanning when a page repeats an unclosed <title>
                since, found = searched.get(tag, (n + 1, None))
                if not (since <= i and (found is None or i <= found)):
                    close = _closer(tag).search(html, i)
                    since, found = i, close.start() if close else None
                    searched[tag] = (since, found)
                if found is not None:
                    out.data(html[i:found])
                    i = found
        elif c == "/":                                         # </tag ...>, </>, or a bogus comment
            c2 = html[j + 2:j + 3]
            if c2.isascii() and c2.isalpha():
                m = _TAG_NAME.match(html, j + 2)
                end = _tag_end(html, m.end())
                if end is None:
                    break
                i = end[0]
                out.end(m.group().lower())
            else:
                k = html.find(">", j + 2)
                if k < 0:
                    break
                i = k + 1
        elif html.startswith("<!--", j):
            if html.startswith("<!-->", j) or html.startswith("<!--->", j):
                i = html.index(">", j) + 1
                continue
            k = html.find("-->", j + 4)
            if k < 0:
                break
            i = k + 3
        elif c in ("!", "?"):                                  # doctype, CDATA, processing instruction
            k = html.find(">", j + 2)
            if k < 0:
                break
            i = k + 1
        else:                                                  # a lone "<" is text
            out.data("<")
            i = j + 1
    text = "".join(out.parts)
    title = " ".join("".join(out.title).split()) or None
    return text, title


# Bounded, bracket-free classes: a run of "[" or "(" cannot make these backtrack.
_MD_IMAGE = re.compile(r"!\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_MD_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*", re.M)
_MD_EMPHASIS = re.compile(r"\*\*|__|\*|`")


def markdown_to_text(md: str) -> str:
    """Markdown markup that would pollute sentences (headings, emphasis, links) removed."""
    md = _MD_IMAGE.sub(r"\1", md)
    md = _MD_LINK.sub(r"\1", md)
    md = _MD_HEADING.sub("", md)
    return _MD_EMPHASIS.sub("", md)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# invisible characters that only hide or reorder text: zero-width space, word joiner, BOM,
# soft hyphen, bidirectional embeddings/overrides/isolates and marks (a label must read as it is)
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Korean writers type the middle dot that joins list items (미국·영국) as whatever looks like one:
# the archaic vowel ㆍ, the hyphenation point ‧, the katakana dot ・, the bullet operator ∙; between
# two characters each is that dot (a bullet opening a line is left alone)
_INTERPUNCT = re.compile(r"(?<=\S)[\u318d\u2027\u30fb\u2219](?=\S)")


def normalise_text(text: str) -> str:
    """NFC, one newline convention, no control or invisible characters, one middle dot, blank-line runs collapsed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)      # Hangul typed on macOS arrives decomposed
    text = _CONTROL.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _INTERPUNCT.sub("\u00b7", text)
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
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


_WEB_ADDRESS = re.compile(r"\bhttps?://\S+")


def dateline(text: str) -> str | None:
    """A publication date printed on a line of its own near the top (a dateline or byline)."""
    for line in text.split("\n")[:12]:
        line = _WEB_ADDRESS.sub("", line).strip()     # "2024-11-20 https://…": the date and its source
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
    tail = "\n".join(line for line in text[-5000:].split("\n")[-5:] if len(line) <= 300)
    m = _SOURCE.search(tail)
    return m.group(1) if m else None


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_LANG = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def _sidecar(path: Path) -> dict:
    """The metadata sidecar NAME.meta.json, checked field by field (it may come from anyone)."""
    side = path.with_name(path.stem + ".meta.json")
    if not side.is_file():
        return {}
    where = shown(side)
    try:
        if side.stat().st_size > MAX_SIDECAR_BYTES:
            raise InputError(f"{where}: metadata sidecar larger than {MAX_SIDECAR_BYTES // MiB} MB")
        data = json.loads(side.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError) as exc:
        raise InputError(f"{where}: unreadable metadata sidecar ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: metadata sidecar must be a JSON object")
    out: dict = {}
    for key in ("title", "publisher", "source", "url"):
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise InputError(f"{where}: \"{key}\" must be a string")
        value = " ".join(normalise_text(value).split())
        if value:
            out[key] = value
    date = data.get("date")
    if date is not None:
        m = _ISO_DATE.match(date) if isinstance(date, str) else None
        if not m or (m.group(3) and not _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))) \
                or not 1 <= int(m.group(2)) <= 12:
            raise InputError(f"{where}: \"date\" must be YYYY-MM-DD or YYYY-MM, got {json.dumps(date)[:40]}")
        out["date"] = date
    langs = data.get("languages")
    if langs is not None:
        if isinstance(langs, str):
            langs = [langs]
        if not isinstance(langs, list) or not all(isinstance(x, str) and _LANG.match(x) for x in langs):
            raise InputError(f"{where}: \"languages\" must be a list of language codes such as [\"ko\", \"en\"]")
        out["languages"] = langs
    return out


def languages_of(text: str) -> tuple[str, ...]:
    hangul = len(re.findall(r"[\uac00-\ud7a3]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    langs = []
    if hangul:
        langs.append("ko")
    if latin > 200 or (latin and not hangul):
        langs.append("en")
    return tuple(langs)


def _foreign_script(text: str) -> str | None:
    """The main script of a text written mostly in neither Korean nor English, if it is."""
    sample = text[:200_000]
    known = len(re.findall(r"[\uac00-\ud7a3A-Za-z]", sample))
    other = Counter(unicodedata.name(c, "OTHER").split()[0] for c in re.findall(r"[^\W\d_\uac00-\ud7a3A-Za-z]", sample))
    if not other or sum(other.values()) <= known:
        return None
    if other["HIRAGANA"] or other["KATAKANA"]:        # kana: Japanese, however many kanji it has
        return "Japanese"
    script = other.most_common(1)[0][0]
    return "Chinese" if script == "CJK" else script.title()


def read_document(path: Path, doc_id: str | None = None) -> Document:
    """One file as a Document, or InputError naming the file and the reason."""
    path = Path(path)
    name = shown(path)
    data = _read_bytes(path, name)
    raw, encoding = decode(data, name)
    notes = []
    if encoding == "cp949":
        notes.append(f"{name}: not UTF-8; decoded as Korean CP949 (EUC-KR)")
    elif encoding.startswith("utf-16"):
        notes.append(f"{name}: decoded as {encoding.upper()} (byte-order mark)")
    elif encoding != "utf-8":
        notes.append(f"{name}: not UTF-8; decoded as {encoding} (detected: check names if they look wrong)")
    html_title = None
    if path.suffix.lower() in (".html", ".htm"):
        raw, html_title = html_to_text(raw)
    elif path.suffix.lower() in (".md", ".markdown"):
        raw = markdown_to_text(raw)
    text = normalise_text(raw)
    if not re.search(r"\w", text):
        raise InputError(f"{name}: empty (no words, only spaces or punctuation)")
    if len(text) > MAX_CHARS:
        raise InputError(f"{name}: {len(text):,} characters of text is too long for one document "
                         f"(at most {MAX_CHARS:,}); {SPLIT_HINT}")
    script = _foreign_script(text)
    if script:
        notes.append(f"{name}: mostly {script} text; only Korean and English are analysed, so little will be found")
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
        doc_id=doc_id or slugify(shown(path.stem)) or "doc",
        file_name=shown(path.name),
        text=text,
        meta=meta,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        encoding=encoding,
        notes=tuple(notes),
    )
