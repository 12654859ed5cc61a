"""The IRIs a graph folder has given its discovered entities, kept so later builds reuse them.

An entity first named in Korean gets a romanised slug; a document added later may
bring its English name, which would give a different slug.  Remembering the slug
of every name key keeps IRIs stable: adding a document never renames an entity.
"""
from __future__ import annotations

import json
from pathlib import Path

from .atomic import write_text

FILE = "ids.json"


def load_ids(out: Path) -> dict[str, str]:
    path = out / FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def save_ids(out: Path, ids: dict[str, str]) -> None:
    write_text(out / FILE, json.dumps(ids, ensure_ascii=False, sort_keys=True, indent=0))
