"""A CRF name tagger over kronika's own tokens and Morfeusz analyses (python-crfsuite).

Trained by `scripts/train_ner.py` from NKJP (its train documents: PER/ORG/LOC) and the SlavicNER
Polish train split (adds EVT/PRO, news domain); the model ships as `data/ner_pl.crfsuite`. Features
are the cheap, explainable ones a CRF needs: the word, its lemma, shape, affixes, the NKJP tag's
class and case, Morfeusz's name qualifiers, gazetteer membership, and the same for neighbours.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

from .records import Token

MODEL = "ner_pl.crfsuite"


def shape(word: str) -> str:
    """"Kowalski" -> "Xx", "NATO" -> "X", "6.03.2010" -> "d.d.d": runs collapsed."""
    out: list[str] = []
    for ch in word[:12]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _token_features(t: Token, gaz: str) -> list[str]:
    w = t.text
    low = w.lower()
    fields = t.tag.split(":")
    f = [f"w={low}", f"l={t.lemma.lower()}", f"s={shape(w)}", f"p={fields[0]}", f"s3={low[-3:]}", f"s2={low[-2:]}",
         f"p3={low[:3]}"]
    if len(fields) > 2 and fields[0] in ("subst", "adj", "depr", "ppron3"):
        f.append(f"c={fields[2]}")
    f.extend(f"q={q}" for q in t.qualifiers[:3])
    if gaz:
        f.append(f"g={gaz}")
    return f


def features(tokens: Sequence[Token], gaz: Sequence[str], sent_starts: set[int]) -> list[list[str]]:
    """Feature strings per token: own features, plus the neighbours' at -2..+2 (fewer for distant ones)."""
    own = [_token_features(t, g) for t, g in zip(tokens, gaz, strict=True)]
    n = len(tokens)
    out = []
    for i in range(n):
        f = ["b", *own[i]]
        if i in sent_starts:
            f.append("first")
        for d in (-1, 1):
            j = i + d
            if 0 <= j < n:
                f.extend(f"{d}{x}" for x in own[j] if x[0] in "wlsqgp" and not x.startswith(("s3", "s2", "p3")))
            else:
                f.append(f"{d}edge")
        for d in (-2, 2):
            j = i + d
            if 0 <= j < n:
                f.extend((f"{d}l={tokens[j].lemma.lower()}", f"{d}s={shape(tokens[j].text)}"))
        out.append(f)
    return out


@cache
def _tagger() -> object | None:
    try:
        import pycrfsuite
    except ImportError:  # pragma: no cover - declared dependency; the rules still work without it
        return None
    path = resources.files("kronika").joinpath("data", MODEL)
    if not path.is_file():
        return None
    tagger: object = pycrfsuite.Tagger()
    with resources.as_file(path) as p:
        tagger.open(str(p))  # type: ignore[attr-defined]
    return tagger


def available() -> bool:
    return _tagger() is not None


def tag_spans(tokens: Sequence[Token], gaz: Sequence[str], sent_starts: set[int]) -> list[tuple[int, int, str]]:
    """Token ranges and types the model finds (BIO decoded; a stray I- starts a span)."""
    tagger = _tagger()
    if tagger is None or not tokens:
        return []
    labels: list[str] = tagger.tag(features(tokens, gaz, sent_starts))  # type: ignore[attr-defined]
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        if lab == "O" or lab.startswith("B-") or (lab.startswith("I-") and lab[2:] != typ):
            if start >= 0:
                spans.append((start, i, typ))
            start, typ = (i, lab[2:]) if lab != "O" else (-1, "")
    return spans
