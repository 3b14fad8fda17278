"""A CRF name tagger over kronika's own tokens and Morfeusz analyses (python-crfsuite).

Trained by `scripts/train_ner.py` from NKJP (its train documents: PER/ORG/LOC) and the SlavicNER
Polish train split (adds EVT/PRO, news domain); the model ships as `data/ner_pl.crfsuite`. Features
are the cheap, explainable ones a CRF needs: the word, its lemma, shape, affixes, the NKJP tag's
class and case, Morfeusz's name qualifiers, gazetteer membership, and the same for neighbours.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib import resources

from .morph import analyse
from .records import Token
from .resources import WORD_CACHE, load_words

MODEL = "ner_pl.crfsuite"


def shape(word: str) -> str:
    """"Kowalski" -> "Xx", "NATO" -> "X", "6.03.2010" -> "d.d.d": runs collapsed."""
    out: list[str] = []
    for ch in word[:12]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@cache
def _lexicons() -> tuple[frozenset[str], frozenset[str]]:
    return load_words("org_heads_pl.tsv"), load_words("person_titles_pl.tsv")


@lru_cache(maxsize=WORD_CACHE)
def _all_qualifiers(form: str) -> tuple[str, ...]:
    """Name labels of every Morfeusz reading, not only the chosen one: "Wołomin" is a place even if tagged otherwise."""
    return tuple(sorted({q for _l, _t, quals in analyse(form) for q in quals}))


def _token_features(t: Token, gaz: str) -> list[str]:
    w = t.text
    low = w.lower()
    lemma = t.lemma.lower()
    fields = t.tag.split(":")
    f = [f"w={low}", f"l={lemma}", f"s={shape(w)}", f"p={fields[0]}", f"s3={low[-3:]}", f"s2={low[-2:]}",
         f"p3={low[:3]}", f"n={min(len(w), 8)}"]
    if len(fields) > 2 and fields[0] in ("subst", "adj", "depr", "ppron3"):
        f.append(f"c={fields[2]}")
    f.extend(f"q={q}" for q in t.qualifiers[:3])
    if w[:1].isupper():
        f.extend(f"qa={q}" for q in _all_qualifiers(w)[:4])
    heads, titles = _lexicons()
    if lemma in heads:
        f.append("orghead")
    if lemma in titles:
        f.append("title")
    if gaz:
        f.append(f"g={gaz}")
    return f


FILTER_UNKNOWN = True  # False while training (scripts/train_ner.py): a new model must see every feature


@cache
def _known() -> dict[str, str] | None:
    """Attributes the model has weights for, each mapped to one shared string; others change nothing, and
    crfsuite's conversion of each feature string is most of the tagging time, so they are dropped before
    it (same labels, ~2x faster)."""
    tagger = _tagger() if FILTER_UNKNOWN else None
    if tagger is None:
        return None
    return {a: a for a, _label in tagger.info().state_features}  # type: ignore[attr-defined]


def _keep(feats: Iterable[str]) -> tuple[str, ...]:
    """The known features, as the model's own string objects: the cached feature tuples then share their
    strings instead of each holding copies (a cached token went from ~1.5 kB to a few hundred bytes)."""
    known = _known()
    if known is None:
        return tuple(feats)
    return tuple(k for f in feats if (k := known.get(f)) is not None)


@lru_cache(maxsize=WORD_CACHE)
def _own(text: str, lemma: str, tag: str, quals: tuple[str, ...], gaz: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A token's own features and their -1/+1 neighbour versions, cached: news vocabulary is Zipfian."""
    own = _token_features(Token(0, 0, text, lemma, tag, quals), gaz)
    shared = [x for x in own if x[0] in "wlsqgpot" and not x.startswith(("s3", "s2", "p3"))]
    return _keep(own), _keep(f"-1{x}" for x in shared), _keep(f"1{x}" for x in shared)


@lru_cache(maxsize=WORD_CACHE)
def _far(text: str, lemma: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    low, sh = lemma.lower(), shape(text)
    return _keep((f"-2l={low}", f"-2s={sh}")), _keep((f"2l={low}", f"2s={sh}"))


def features(tokens: Sequence[Token], gaz: Sequence[str], sent_starts: set[int],
             lo: int = 0, hi: int | None = None) -> list[list[str]]:
    """Feature strings for tokens[lo:hi]: own features, plus the neighbours' at -2..+2 (fewer for distant ones).

    Neighbours outside [lo, hi) are read from `tokens` as they are, so a window's features equal the
    whole sequence's; `sent_starts` holds indices into `tokens`, and so does the edge test (0 and len).
    When a model is loaded, only the features it knows are kept (see `_known`)."""
    n = len(tokens)
    hi = n if hi is None else hi
    a, b = max(0, lo - 2), min(n, hi + 2)
    span = tokens[a:b]  # per-token lookups below index these lists at k - a
    own = [_own(t.text, t.lemma, t.tag, t.qualifiers, gaz[a + k]) for k, t in enumerate(span)]
    far = [_far(t.text, t.lemma) for t in span]
    lows = [t.text.lower() for t in span]
    lemmas = [t.lemma.lower() for t in span]
    known = _known()
    out = []
    for i in range(lo, hi):
        k = i - a
        f = ["b", *own[k][0]]
        if i in sent_starts:
            f.append("first")
        elif span[k].text[:1].isupper():
            f.append("capmid")
        if i > 0:
            bw = "bw=" + lows[k - 1] + "|" + lows[k]
            if known is None or bw in known:
                f.append(bw)
            f += own[k - 1][1]
        else:
            f.append("-1edge")
        if i + 1 < n:
            bl = "bl=" + lemmas[k] + "|" + lemmas[k + 1]
            if known is None or bl in known:
                f.append(bl)
            f += own[k + 1][2]
        else:
            f.append("1edge")
        if i >= 2:
            f += far[k - 2][0]
        if i + 2 < n:
            f += far[k + 2][1]
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


BLOCK = 1000  # tokens tagged at once: whole sentences up to this, so memory stays flat on run-on text
# Only windows around capitalised tokens are tagged: every kronika entity holds a capitalised word, and
# lowercase stretches are O for the model too. WINDOW tokens of context each side keep the CRF's
# transitions settled before a name; chosen as the smallest with span agreement >= 0.999 against whole-sequence tagging on
# the BSNLP bench articles (bench/ner_windows.py: 2 -> 0.9972, 3 -> 0.9994 on 62% of the tokens).
WINDOW = 3


def _blocks(n: int, sent_starts: set[int]) -> list[tuple[int, int]]:
    """[lo, hi) token blocks ending at sentence starts where possible, never longer than BLOCK."""
    out, lo, last_cut = [], 0, 0
    for i in range(1, n + 1):
        if i in sent_starts:
            last_cut = i
        if i - lo >= BLOCK or i == n:
            hi = i if i == n or last_cut <= lo else last_cut
            out.append((lo, hi))
            lo = hi
    return out


# A sentence-initial capital on these parts of speech is only the sentence's ("W", "Jak", "Nie", "Według"):
# no window is opened for it.
_FUNCTION_POS = frozenset({"prep", "conj", "comp", "qub", "adv", "ppron12", "ppron3", "interj", "pred"})


def _windows(tokens: Sequence[Token], lo: int, hi: int, context: int,
             sent_starts: set[int] | frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """[a, b) stretches of tokens[lo:hi] within `context` tokens of a capitalised one, merged when they touch."""
    out: list[tuple[int, int]] = []
    for k in range(lo, hi):
        if tokens[k].text[:1].isupper() and not (k in sent_starts and tokens[k].pos in _FUNCTION_POS):
            a, b = max(lo, k - context), min(hi, k + context + 1)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out


def tag_spans(tokens: Sequence[Token], gaz: Sequence[str], sent_starts: set[int],
              window: int | None = WINDOW) -> list[tuple[int, int, str]]:
    """Token ranges and types the model finds (BIO decoded; a stray I- starts a span). `window=None`
    tags every token instead of only the stretches around capitalised ones."""
    tagger = _tagger()
    if tagger is None or not tokens:
        return []
    spans: list[tuple[int, int, str]] = []
    for lo, hi in _blocks(len(tokens), sent_starts):
        for a, b in [(lo, hi)] if window is None else _windows(tokens, lo, hi, window, sent_starts):
            labels: list[str] = tagger.tag(features(tokens, gaz, sent_starts, a, b))  # type: ignore[attr-defined]
            start, typ = -1, ""
            for i, lab in enumerate([*labels, "O"]):
                if lab == "O" or lab.startswith("B-") or (lab.startswith("I-") and lab[2:] != typ):
                    if start >= 0:
                        spans.append((a + start, a + i, typ))
                    start, typ = (i, lab[2:]) if lab != "O" else (-1, "")
    return spans
