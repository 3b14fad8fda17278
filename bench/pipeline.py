"""Throughput of the full pipeline and of each stage, with same-run peers (dateparser, simplemma).

Usage: python3 bench/pipeline.py [--n 300] [--data ../shared/data] [--profile] [--warm-nkjp 3000]

Reads a fixed, sorted selection of BSNLP Polish articles (the bundled samples when the data folder
is absent), runs the pipeline once to warm caches the way a long batch would, then times every stage
on every article. Prints JSON: articles/s, words/s, seed-sized articles/s (words/s divided by the
seed's word count) by wall and by CPU time of this one worker (the per-core figure), peak RSS of this
worker, per-stage share, and the peer ratios.

`--warm-nkjp N` first runs N NKJP documents (other texts, other years: none of the timed articles) through
the pipeline, as a worker that has been running on a stream for a while: the timed figures are then the
steady state of a long batch, where the per-word caches (Morfeusz readings, CRF features) are already
filled with common Polish, instead of a cold start.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from pathlib import Path

from kronika.clean import clean
from kronika.entities import entities_stage
from kronika.events import events_stage
from kronika.ingest import iter_articles, read_file
from kronika.morph import analyse_doc, analyse_text
from kronika.quotes import quotes_stage
from kronika.records import Article, Doc, RawArticle
from kronika.timex import Anchor, find_timexes, timex_stage

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_f85f1ae454ee3e3d.txt"
SEED_WORDS = 293  # \w+ words in the seed article's cleaned text
_WORD = re.compile(r"\w+")


def load(data: Path, n: int) -> list[RawArticle]:
    root = data / "bsnlp-pl"
    files = sorted(root.glob("*/raw/pl/*.txt"))
    if not files:
        out = [a for a in iter_articles([ROOT / "src/kronika/data/sample"]) if isinstance(a, RawArticle)]
        return (out * (n // len(out) + 1))[:n]
    step = max(1, len(files) // n)  # spread over topics, deterministically
    arts: list[RawArticle] = []
    for f in files[::step][:n]:
        arts.extend(a for a in read_file(f) if isinstance(a, RawArticle))
    return arts


def nkjp_texts(data: Path, n: int) -> list[str]:
    """The first `n` NKJP documents as plain text (tokens joined by spaces), for warming up."""
    if n <= 0:
        return []
    from kronika.eval.ner import nkjp_type, read_iob

    out = []
    for d in read_iob(data / "nkjp-ner" / "nkjp-nested-simplified-v2.iob", nkjp_type):
        out.append(" ".join(d.tokens))
        if len(out) >= n:
            break
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--profile", action="store_true", help="print a pyinstrument profile of the timed run")
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--warm-nkjp", type=int, default=0, metavar="N",
                    help="warm up on N NKJP documents first (a steady-state worker; see the module docstring)")
    ap.add_argument("--repeat-pass", action="store_true",
                    help="also time a second pass over the same articles with every cache hot (an upper bound "
                         "for a long-running worker, not the headline figure)")
    args = ap.parse_args()
    raws = load(args.data, args.n)
    stages = [("morph", analyse_doc), ("entities", entities_stage), ("timex", timex_stage),
              ("quotes", quotes_stage), ("events", events_stage)]
    for raw in raws[:20]:  # warm-up: load resources, fill the Morfeusz cache as a long batch would
        doc = Doc(clean(raw))
        for _, st in stages:
            doc = st(doc)
    for text in nkjp_texts(args.data, args.warm_nkjp):
        doc = Doc(Article(id="warm", source="nkjp", text=text))
        for _, st in stages:
            doc = st(doc)
    profiler = None
    if args.profile:
        from pyinstrument import Profiler
        profiler = Profiler()
        profiler.start()
    spent = {"clean": 0.0} | {name: 0.0 for name, _ in stages}
    words = tokens = 0
    docs: list[Doc] = []
    t0, c0 = time.perf_counter(), time.process_time()
    for raw in raws:
        t = time.perf_counter()
        doc = Doc(clean(raw))
        spent["clean"] += time.perf_counter() - t
        words += len(_WORD.findall(doc.text))
        for name, st in stages:
            t = time.perf_counter()
            doc = st(doc)
            spent[name] += time.perf_counter() - t
        tokens += len(doc.tokens)
        if not args.no_peers:
            docs.append(doc)  # only the peers need them; kept otherwise, they would count in the worker's RSS
    total = time.perf_counter() - t0
    cpu = time.process_time() - c0  # per core: on a shared machine wall time also counts other tenants' turns
    if profiler is not None:
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False), file=sys.stderr)
    out: dict[str, object] = {
        "articles": len(raws), "warm_up_nkjp_documents": args.warm_nkjp, "words": words, "tokens": tokens, "seconds": round(total, 2),
        "articles_per_s": round(len(raws) / total, 1), "words_per_s": round(words / total),
        "seed_sized_articles_per_s": round(words / total / SEED_WORDS, 1),
        "cpu_seconds": round(cpu, 2), "seed_sized_articles_per_cpu_s": round(words / cpu / SEED_WORDS, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "stage_share": {k: round(v / total, 3) for k, v in spent.items()},
        "stage_tokens_per_s": {k: round(tokens / v) for k, v in spent.items() if v},
        "stage_words_per_s": {k: round(words / v) for k, v in spent.items() if v},
    }
    if args.repeat_pass:
        c1 = time.process_time()
        for raw in raws:
            doc = Doc(clean(raw))
            for _name, st in stages:
                doc = st(doc)
        out["repeat_pass_seed_sized_articles_per_cpu_s"] = round(words / (time.process_time() - c1) / SEED_WORDS, 1)
    if not args.no_peers:
        out["peers"] = peers(docs)
    print(json.dumps(out, indent=2, ensure_ascii=False))


def peers(docs: list[Doc]) -> dict[str, object]:
    """Same texts, same process: our timex stage vs dateparser, our lemmatiser vs simplemma."""
    import dateparser.search
    import simplemma

    texts = [d.text for d in docs]
    t = time.perf_counter()
    for d in docs:  # timex alone, morphology given (as in the pipeline)
        find_timexes(d.text, Anchor(d.article.published, d.article.published_precision), d.tokens, d.sentences)
    ours_timex = time.perf_counter() - t
    sample = texts[: max(1, len(texts) // 5)]  # dateparser is slow: a fifth of the texts, scaled per token
    sample_tokens = sum(len(d.tokens) for d in docs[: len(sample)])
    t = time.perf_counter()
    for text in sample:
        dateparser.search.search_dates(text, languages=["pl"])
    dp = time.perf_counter() - t
    all_tokens = sum(len(d.tokens) for d in docs)
    forms = [tok.text for d in docs for tok in d.tokens]
    t = time.perf_counter()
    for text in texts:
        analyse_text(text)
    ours_lemma = time.perf_counter() - t
    t = time.perf_counter()
    for f in forms:
        simplemma.lemmatize(f, lang="pl")
    sm = time.perf_counter() - t
    return {
        "timex_tokens_per_s": round(all_tokens / ours_timex), "dateparser_tokens_per_s": round(sample_tokens / dp),
        "timex_vs_dateparser_speedup": round((all_tokens / ours_timex) / (sample_tokens / dp), 1),
        "lemmatiser_tokens_per_s": round(all_tokens / ours_lemma), "simplemma_tokens_per_s": round(len(forms) / sm),
        "lemmatiser_vs_simplemma_ratio": round((all_tokens / ours_lemma) / (len(forms) / sm), 2),
    }


if __name__ == "__main__":
    main()
