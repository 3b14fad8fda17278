"""Mutation fuzzer with a time budget: real inputs, mangled, through every reader and the pipeline.

Usage: python3 bench/fuzz.py [--seconds 300] [--seed 1] [--data ../shared/data]

Starting inputs are the bundled samples, the seed article and a spread of BSNLP files when present, in
each format kronika reads (txt, html, jsonl, warc, gzip). Each round takes one, applies 1-8 random
mutations (byte flips, cuts, splices of other inputs, repeated blocks, invalid UTF-8, NULs, markup,
quotes and dashes), and runs `read_bytes` then `process` on what comes out. A crash is any exception
other than a reported `IngestError`, or a Doc whose offsets leave its text. Prints JSON with the
number of inputs tried, crashes, and the first few crash signatures (written to --out for replay).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
import traceback
from pathlib import Path

from kronika.exceptions import IngestError
from kronika.ingest import read_bytes
from kronika.pipeline import process
from kronika.records import RawArticle

ROOT = Path(__file__).resolve().parents[1]
TOKENS = [b"\x00", b"\xff\xfe", b"\xc5", "„".encode(), "”".encode(), " – ".encode(), b"<script>", b"</p>", b"<html>",
          b"\r\n", b"date 2022-09\n", b"Reklama", b"WARC/1.0\r\n", b'{"text": ', b"\n\n", "Władimira Putina".encode(),
          b" we wtorek ", b" 24 lutego ", b"1970-01-01", "\u202e".encode(), b"\xef\xbb\xbf"]


def seeds(data: Path) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    sample = ROOT / "src/kronika/data/sample/articles.jsonl"
    out.append(("s.jsonl", sample.read_bytes()))
    for line in sample.read_text("utf-8").splitlines()[:3]:
        rec = json.loads(line)
        out.append(("s.txt", rec["text"].encode()))
        html = f"<html><head><title>{rec['title']}</title></head><body><article><p>{rec['text']}</p></article></body></html>"
        out.append(("s.html", html.encode()))
        out.append(("s.warc", b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x.pl/a\r\nContent-Length: "
                    + str(len(html.encode()) + 40).encode() + b"\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                    + html.encode() + b"\r\n\r\n"))
        out.append(("s.txt.gz", gzip.compress(rec["text"].encode())))
    seed = ROOT.parent / "shared/seed/000_f85f1ae454ee3e3d.txt"
    if seed.exists():
        out.append(("seed.txt", seed.read_bytes()))
    files = sorted((data / "bsnlp-pl").glob("*/raw/pl/*.txt"))[::50]
    out.extend((f"{f.parent.parent.parent.name}/raw/pl/{f.name}", f.read_bytes()) for f in files)
    return out


def mutate(rng: random.Random, data: bytes, pool: list[tuple[str, bytes]]) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(7)
        pos = rng.randrange(len(b) + 1)
        if op == 0 and b:
            b[rng.randrange(len(b))] = rng.randrange(256)
        elif op == 1:
            b[pos:pos] = rng.choice(TOKENS)
        elif op == 2 and b:
            del b[pos:pos + rng.randint(1, 200)]
        elif op == 3:
            other = rng.choice(pool)[1]
            lo = rng.randrange(len(other) + 1)
            b[pos:pos] = other[lo:lo + rng.randint(1, 400)]
        elif op == 4 and b:
            lo = rng.randrange(len(b))
            b[pos:pos] = bytes(b[lo:lo + rng.randint(1, 50)]) * rng.randint(2, 50)
        elif op == 5:
            b = b[:pos]
        else:
            b[pos:pos] = "".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(rng.randint(1, 20))).encode("utf-8", "replace")
    return bytes(b)


def check(name: str, data: bytes) -> None:
    for item in read_bytes(data, name):
        if isinstance(item, IngestError):
            continue
        assert isinstance(item, RawArticle)
        doc = process(item)
        n = len(doc.text)
        for x in [*doc.entities, *doc.timexes]:
            assert 0 <= x.start < x.end <= n and doc.text[x.start:x.end] == x.text, "offsets"
        for q in doc.quotes:
            assert 0 <= q.start <= q.end <= n, "quote offsets"
        json.dumps(doc.to_json())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=Path("fuzz-crashes"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pool = seeds(args.data)
    tried = 0
    crashes: dict[str, int] = {}
    stop = time.monotonic() + args.seconds
    while time.monotonic() < stop:
        name, data = rng.choice(pool)
        case = mutate(rng, data, pool)
        tried += 1
        try:
            check(name, case)
        except Exception as exc:  # noqa: BLE001 - counting crashes is the point
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            sig = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            if sig not in crashes:
                args.out.mkdir(exist_ok=True)
                (args.out / f"crash-{len(crashes)}{Path(name).suffix or '.txt'}").write_bytes(case)
            crashes[sig] = crashes.get(sig, 0) + 1
    print(json.dumps({"seconds": args.seconds, "inputs_tried": tried, "crashes": sum(crashes.values()),
                      "distinct_crashes": crashes}, indent=2))


if __name__ == "__main__":
    main()
