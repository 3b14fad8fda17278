from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kronika.ingest import read_file
from kronika.pipeline import process
from kronika.records import Doc

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_f85f1ae454ee3e3d.txt"
DATA = SHARED / "data"
FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = ROOT / "src" / "kronika" / "data" / "sample" / "articles.jsonl"


def needs(path: Path) -> pytest.MarkDecorator:
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present (shared data is not shipped)")


@pytest.fixture(scope="session")
def seed_doc() -> Doc:
    if not SEED.exists():
        pytest.skip("seed article not present")
    raw = next(iter(read_file(SEED)))
    assert not isinstance(raw, Exception)
    return process(raw)


@pytest.fixture(scope="session")
def sample_docs() -> dict[str, Doc]:
    out = {}
    for raw in read_file(SAMPLE):
        assert not isinstance(raw, Exception)
        doc = process(raw)
        out[doc.article.id] = doc
    return out


PUB = dt.date(2022, 9, 28)  # a Wednesday
