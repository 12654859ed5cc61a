"""extract.batch: a corpus in chunks, on a process pool when large, gives the same extractions."""
from __future__ import annotations

from pathlib import Path

from extract.batch import chunks, extract_chunks
from extract.documents import read_document

GENERAL = Path(__file__).parent / "corpus" / "general"


def _docs():
    return [read_document(p) for p in sorted(GENERAL.glob("*.txt"))]


def test_chunks_keep_document_order_and_bound_their_size():
    docs = _docs()
    parts = chunks(docs, size=3_000)
    assert [d.doc_id for p in parts for d in p] == [d.doc_id for d in docs]
    assert len(parts) > 1
    for p in parts:
        assert len(p) == 1 or sum(len(d.text) for d in p) <= 3_000


def test_a_process_pool_extracts_exactly_what_one_process_does(monkeypatch):
    import extract.batch as batch
    monkeypatch.setattr(batch, "CHUNK_CHARS", 3_000)      # several chunks over the two workers
    docs = _docs()
    alone = [(tuple(d.doc_id for d in p), r) for p, r in extract_chunks(docs, workers=1)]
    pooled = [(tuple(d.doc_id for d in p), r) for p, r in extract_chunks(docs, workers=2)]
    assert not any(isinstance(r, Exception) for _, r in alone + pooled)
    assert [ex for _, r in pooled for ex in r] == [ex for _, r in alone for ex in r]
    assert sum(len(ex.mentions) for _, r in pooled for ex in r) > 100


HELPER_EXTRACTS = r"""
import pickle, sys
from pathlib import Path
from extract import kiwi_helper
kiwi_helper.start()
from extract.korean import kiwi
assert type(kiwi()).__name__ == "RemoteKiwi", kiwi()
from extract.documents import read_document
from extract.pipeline import extract_many
docs = [read_document(p) for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
sys.stdout.buffer.write(pickle.dumps(extract_many(docs)))
"""


def test_kiwi_in_a_helper_process_extracts_exactly_what_kiwi_here_does():
    """The command loads Kiwi in a helper process beside its own imports (extract.kiwi_helper)."""
    import pickle
    import subprocess
    import sys
    from extract.pipeline import extract_many
    r = subprocess.run([sys.executable, "-c", HELPER_EXTRACTS, str(GENERAL)], capture_output=True,
                       cwd=Path(__file__).parents[1], timeout=300)
    assert r.returncode == 0, r.stderr.decode()
    assert pickle.loads(r.stdout) == extract_many(_docs())


HELPER_KILLED = r"""
import sys
from extract import kiwi_helper
kiwi_helper.start()
from extract.korean import kiwi
texts = sys.argv[1:]
plain = lambda result: [[(t.form, t.tag, t.start, t.len) for t in s] for s in result]
first = plain(kiwi().tokenize(texts))
kiwi_helper.stop()                       # the helper dies mid-command
again = plain(kiwi().tokenize(texts))
assert again == first, (again, first)
print(len(again[0]))
"""


def test_a_helper_that_dies_is_replaced_by_kiwi_in_the_command():
    import subprocess
    import sys
    r = subprocess.run([sys.executable, "-c", HELPER_KILLED, "유엔 총회가 뉴욕에서 열렸다.", "각국 대표들이 선언문에 서명했다."],
                       capture_output=True, text=True, cwd=Path(__file__).parents[1], timeout=300)
    assert r.returncode == 0, r.stderr
    assert int(r.stdout) > 3


def test_no_helper_for_a_corpus_the_pool_takes_or_a_path_that_fails(monkeypatch, tmp_path):
    import extract.batch as batch
    from extract import kiwi_helper
    monkeypatch.setattr(batch, "POOL_CHARS", 1_000)
    kiwi_helper.start_for([GENERAL])
    kiwi_helper.start_for([tmp_path / "missing.txt"])
    assert not kiwi_helper.running()
