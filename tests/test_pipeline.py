from __future__ import annotations

import resource
import subprocess
import sys
import textwrap


def test_process_pathological_article_bounded_time_and_memory() -> None:
    """Regression: a 1M-character, one-sentence article with ~13k quotes took minutes (quadratic tense scan,
    chain regex over the whole run-on sentence, timex overlap check); it must stay linear."""
    code = textwrap.dedent("""
        import resource, time
        from kronika.pipeline import process
        from kronika.records import RawArticle
        unit = "Jan Kowalski powiedział „to jest cytat numer jeden” i dodał, że w piątek "
        body = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
        t = time.perf_counter()
        doc = process(RawArticle(source="x", body=body, published="2022-09-28"))
        assert len(doc.text) == 1_000_000 and len(doc.quotes) > 10_000
        assert all(0 <= q.start < q.end <= len(doc.text) for q in doc.quotes)
        print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
    """)
    limit_mb = 1024
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (limit_mb * 2**20 * 2, limit_mb * 2**20 * 2)))
    assert out.returncode == 0, out.stderr[-2000:]
    seconds, rss_mb = out.stdout.split()
    assert float(seconds) < 60 and int(rss_mb) < limit_mb


def test_split_sentences_blank_line_ends_a_sentence_after_an_abbreviation() -> None:
    """Review batch r20: "- czytamy w BiznesAlert.pl.\\n\\nRedakcja portalu CIRE informuje, że" ran on as one
    sentence ("pl." reads as an abbreviation), so the next paragraph's quote took "USA" from the one before."""
    from kronika.morph import split_sentences, tokenize

    text = "Sankcje obejmą USA - czytamy w BiznesAlert.pl.\n\nRedakcja portalu informuje, że komentarze są prywatne."
    toks = tokenize(text)
    bounds = split_sentences(text, toks)
    assert [text[toks[a][0]:toks[b - 1][1]] for a, b in bounds] == [
        "Sankcje obejmą USA - czytamy w BiznesAlert.pl.", "Redakcja portalu informuje, że komentarze są prywatne."]
