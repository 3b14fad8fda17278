"""Tokens, sentences and Morfeusz 2 analyses with a small disambiguation step; lemmas and inflection.

Morfeusz gives every reading of a word; we pick one per token with cheap, explainable preferences
(proper-name readings for capitalised words mid-sentence, the case a preposition governs, rare
classes last). Analyses are cached per word form: news vocabulary is Zipfian, so the cache hit rate
is high and the stage runs far faster than per-token lookups would suggest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

import morfeusz2

from .records import Doc, Sentence, Token
from .resources import WORD_CACHE, load_tsv

# Words, hyphenated compounds ("Kasym-Żomart"), numbers with inner separators ("6.03.2010", "10:00",
# "2,5"), then any other non-space character as its own token.
_TOKEN = re.compile(r"\d+(?:[.,:/]\d+)*|[^\W\d_]+(?:[-‐][^\W\d_]+)*|\S", re.UNICODE)
_OPEN_QUOTES = frozenset("\"„«»“”'")

# Readings of these classes are almost never right in news text when another reading exists.
_RARE_CLASSES = {"part": 1.0, "brev": 6.0, "depr": 5.0, "impt": 4.0, "xxs": 4.0, "interj": 3.0, "burk": 3.0, "frag": 4.0}
_NAME_QUALS = frozenset({"imię", "nazwisko", "nazwa_geograficzna", "nazwa_organizacji", "nazwa_instytucji",
                         "etnonim", "nazwa_firmy", "nazwa_marki", "nazwa_własna", "nazwa_obiektu"})


@cache
def _analyser() -> morfeusz2.Morfeusz:
    return morfeusz2.Morfeusz(generate=False, expand_tags=False)


@cache
def _generator() -> morfeusz2.Morfeusz:
    return morfeusz2.Morfeusz(generate=True, analyse=False, expand_tags=False)


@cache
def _abbreviations() -> dict[str, str]:
    return {row[0]: row[1] for row in load_tsv("abbreviations_pl.tsv")}


@cache
def _rare_readings() -> frozenset[tuple[str, str, str]]:
    return frozenset((row[0], row[1], row[2]) for row in load_tsv("rare_readings_pl.tsv"))


def clean_lemma(lemma: str) -> str:
    """Morfeusz marks homonyms as "zamek:s1"; the base form is the part before the colon."""
    if ":" in lemma and len(lemma) > 1:
        return lemma.split(":", 1)[0]
    return lemma


Reading = tuple[str, str, tuple[str, ...]]  # lemma, tag, qualifiers


_TAGS: dict[int, str] = {}
_NAMES: dict[int, tuple[str, ...]] = {}


def _raw_readings(form: str) -> list[tuple[int, str, str, str, tuple[str, ...]]]:
    """(start node, orth, lemma, tag, name qualifiers) of each Morfeusz interpretation of `form`.

    Reads the SWIG objects directly and maps tag and name ids through small dicts: the wrapper's own
    `analyse` asks the dictionary for the tag, name and label strings of every interpretation, which was
    40% of a cold batch's analysis time (1.7x faster on 43k distinct BSNLP words, same readings)."""
    m = _analyser()._morfeusz_obj
    out = []
    for i in m.analyse(form):
        tag = _TAGS.get(i.tagId)
        if tag is None:
            tag = _TAGS[i.tagId] = i.getTag(m)
        names = _NAMES.get(i.nameId)
        if names is None:
            names = _NAMES[i.nameId] = tuple(i.getName(m))
        out.append((i.startNode, i.orth, i.lemma, tag, names))
    return out


@lru_cache(maxsize=WORD_CACHE)
def analyse(form: str) -> tuple[Reading, ...]:
    """All readings of a word form (first segment of each path), lemma cleaned; `ign` if unknown."""
    out: list[Reading] = []
    seen: set[tuple[str, str]] = set()
    for start, orth, lemma, tag, quals in _raw_readings(form):
        if start != 0:
            continue
        key = (lemma, tag)
        if key in seen:
            continue
        seen.add(key)
        base = clean_lemma(lemma)
        if len(orth) < len(form) and form.startswith(orth) and form[len(orth)] in "-.":
            # "Sputnik-V", "SARS-CoV", "W.": Morfeusz reads the first segment; keep the rest (not an agglutinate:
            # "poleciłem" is "polecić", "miałby" is "mieć")
            base += form[len(orth):]
        out.append((base, tag, tuple(quals)))
    if not out:
        out.append((form, "ign", ()))
    return tuple(out)


def reread(t: Token, keep: Callable[[str, str], bool]) -> Token | None:
    """`t` under its first Morfeusz reading that `keep(lemma, tag)` accepts, for a finder whose context knows
    better than the chooser ("twierdzą, że" is a verb, not "twierdza"); None when no reading fits."""
    return next((Token(t.start, t.end, t.text, lemma, tag, quals) for lemma, tag, quals in analyse(t.text)
                 if keep(lemma, tag)), None)


_SPEAKER_PAST = re.compile(r"(?:łem|łam|łom|liśmy|łyśmy|łeś|łaś|liście|łyście)$", re.IGNORECASE)


def speaker_person(t: Token) -> bool:
    """A verb in the first or second person ("poprosiliśmy", "rozmawiałeś", "zgadzamy"): the past tense shows it
    only in its ending, the agglutinate Morfeusz reads as a segment of its own."""
    return ":pri" in t.tag or ":sec" in t.tag or t.pos == "praet" and bool(_SPEAKER_PAST.search(t.text))


@lru_cache(maxsize=WORD_CACHE)
def person_noun(word: str) -> bool:
    """Whether a capitalised word is only a common noun for a person ("Irlandczyk", "Demokrata"), not a name."""
    readings = analyse(word)
    # (also a party member's noun written with a capital: "powiedział Demokrata"; review batch r45)
    return " " not in word and bool(readings) and all(
        tag.startswith("subst") and "nazwa_pospolita" in q and "m1" in tag for lem, tag, q in readings)


_CONDITIONAL = re.compile(r"(?:ł|ła|ło|li|ły)(?:by|bym|byś|byśmy|byście)$", re.IGNORECASE)


def conditional(t: Token) -> bool:
    """A verb in the conditional mood ("poparłby", "zrobiliby", "musiałyby"): its "by" is a segment of its own."""
    return t.pos == "praet" and bool(_CONDITIONAL.search(t.text))


def tag_fields(tag: str) -> list[set[str]]:
    """Tag "subst:sg:gen.acc:m1" as [{"subst"}, {"sg"}, {"gen", "acc"}, {"m1"}]."""
    return [set(f.split(".")) for f in tag.split(":")]


def has_case(tag: str, case: str) -> bool:
    fields = tag.split(":")
    return len(fields) > 2 and case in fields[2].split(".")


def _score(reading: Reading, form: str, mid_sentence: bool, gov_case: str | None, before_noun: bool = False,
           before_sie: bool = False) -> float:
    lemma, tag, quals = reading
    cls = tag.split(":", 1)[0]
    score = -_RARE_CLASSES.get(cls, 0.0)
    if (form.lower(), clean_lemma(lemma).lower(), cls) in _rare_readings():
        score -= 10.0  # "od" as "oda": see rare_readings_pl.tsv (it loses to any other reading, an abbreviation's too)
    capital = form[:1].isupper()
    proper = bool(_NAME_QUALS.intersection(quals)) or lemma[:1].isupper()
    if capital and mid_sentence:
        score += 3.0 if proper else 0.0
    elif not capital:
        score -= 2.0 if lemma[:1].isupper() else 0.0
    if gov_case and cls in ("subst", "adj", "ppron3", "ppron12", "ger", "num", "depr"):
        # ("w" governs the accusative or the locative: "w stanie" is "stan", not the verb "stanąć"; review k13)
        score += 2.0 if any(has_case(tag, c) for c in gov_case.split(".")) else -1.0
    fields = tag.split(":")
    if len(fields) > 2 and fields[2] == "voc":
        score -= 0.5  # the vocative is rare in news prose
    if len(fields) > 2 and fields[2].count(".") >= 4:
        score -= 0.5  # indeclinable readings ("prezydent" as a feminine title) lose to declined ones
    if before_sie and cls in ("fin", "praet", "inf", "impt", "bedzie", "pcon", "pant"):
        score += 1.5  # "Brexit stanie się": the verb "stanąć", not the noun "stan" (review k13)
    if before_noun and cls == "adj":
        score += 1.0  # "rosyjskimi mediami": an adjective before a noun, not the language name
    if cls == "praet" and not (capital and mid_sentence):
        # "miał", "były", "miały" are past verbs far more often than coal dust or "the former one"; an
        # adjective before a noun still wins ("były premier"), so does a case a preposition governs
        score += 0.5
    if cls == "ger" and form.endswith("ć"):
        score -= 1.0  # "odbyć" is the infinitive, not the gerund's genitive plural
    return score


def choose(
    readings: Sequence[Reading], form: str, mid_sentence: bool, gov_case: str | None, before_noun: bool = False,
    before_sie: bool = False,
) -> Reading:
    """The most plausible reading in context; ties keep Morfeusz's order (its dictionary order)."""
    if len(readings) == 1:
        return readings[0]
    best = readings[0]
    best_score = _score(best, form, mid_sentence, gov_case, before_noun, before_sie)
    for r in readings[1:]:
        s = _score(r, form, mid_sentence, gov_case, before_noun, before_sie)
        if s > best_score:
            best, best_score = r, s
    return best


# the last labels of web addresses ("BiznesAlert.pl"): no abbreviation's period after them, one name in entities
TOP_LEVEL_DOMAINS = frozenset({"pl", "eu", "com", "net", "org", "info", "tv", "fm", "de", "fr", "ru", "ua", "uk"})


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, form) for each token; abbreviations keep their period ("godz.", "m.in.")."""
    abbrevs = _abbreviations()
    out: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text):
        s, e, form = m.start(), m.end(), m.group(0)
        if form == "." and out and out[-1][1] == s:
            prev_s, _prev_e, prev = out[-1]
            # "m.in." comes out as m . in . : glue it back when the whole is a known abbreviation.
            if len(out) >= 3 and out[-2][2] == "." and text[out[-3][0]:s] in ("m.in", "m.st", "z o.o"):
                out[-3:] = [(out[-3][0], e, text[out[-3][0]:e])]
                continue
            # (not a web address's last label: "w BiznesAlert.pl. Jak" ends a sentence, "pl." is no "plac")
            domain = len(out) >= 3 and out[-2][2] == "." and out[-2][1] == prev_s and out[-3][1] == out[-2][0] and (
                len(out[-3][2]) >= 2 and out[-3][2][-1:].isalnum() and prev.lower() in TOP_LEVEL_DOMAINS)
            if (prev.lower() in abbrevs or (len(prev) == 1 and prev.isupper())) and not domain:
                out[-1] = (prev_s, e, text[prev_s:e])
                continue
        out.append((s, e, form))
    return out


def split_sentences(text: str, toks: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Token index ranges of sentences: ends at . ! ? … (and a closing quote after them) or a blank line."""
    abbrevs = _abbreviations()
    bounds: list[tuple[int, int]] = []
    first = 0
    n = len(toks)
    i = 0
    while i < n:
        s, e, form = toks[i]
        end_here = False
        if form in (".", "!", "?", "…") or (form.endswith(".") and len(form) > 1):
            if form.endswith(".") and len(form) > 1:
                base = form[:-1].lower()
                kind = abbrevs.get(base, "inner" if len(base) == 1 else "final")
                nxt = toks[i + 1][2] if i + 1 < n else ""
                end_here = kind == "final" and nxt[:1].isupper()
            else:
                end_here = True
            # keep "(...)" and "?!" together; a closing quote or bracket belongs to this sentence
            while end_here and i + 1 < n and toks[i + 1][0] == toks[i][1] and (
                toks[i + 1][2] in _OPEN_QUOTES | {")", "!", "?", "."}
            ):
                if toks[i + 1][2] in _OPEN_QUOTES and i + 2 < n and toks[i + 2][2] in ("-", "–", "—", ","):
                    i += 1
                    end_here = False  # '..." - zadeklarował X' continues the sentence
                    break
                i += 1
            if end_here and i + 1 < n and toks[i + 1][2][:1].islower():
                end_here = False
            if end_here and s > 0 and text[s - 1:s] == "(":
                end_here = False  # "(...)" ellipsis inside a quote
        if not end_here and i + 1 < n and text.find("\n\n", toks[i][1], toks[i + 1][0]) >= 0:
            end_here = True  # a blank line ends a sentence, after an abbreviation too ("w BiznesAlert.pl.")
        if end_here:
            bounds.append((first, i + 1))
            first = i + 1
        i += 1
    if first < n:
        bounds.append((first, n))
    return bounds


_PREP_CASE = re.compile(r"^prep:([a-z]+)")


_NOT_MID_AFTER = _OPEN_QUOTES | {"-", "–", "—", ":", "("}  # a capital after these may start a sentence


@lru_cache(maxsize=WORD_CACHE)
def plausible_readings(form: str) -> tuple[Reading, ...]:
    """Morfeusz's readings of a form less those rare_readings_pl.tsv lists as (almost) never right in news:
    "portalowi" is the dative of "portal", not the plural adjective "portalowy"."""
    # (the lemma's case kept: the row "maja maja subst" is not the name "Maja")
    return tuple(r for r in analyse(form)
                 if (form.lower(), clean_lemma(r[0]), r[1].split(":", 1)[0]) not in _rare_readings())


@lru_cache(maxsize=WORD_CACHE)
def _has_noun_reading(form: str) -> bool:
    return any(r[1].startswith("subst") and (form.lower(), clean_lemma(r[0]).lower(), "subst") not in _rare_readings()
               for r in analyse(form))


@lru_cache(maxsize=WORD_CACHE)
def _choose_form(form: str, mid: bool, gov_case: str | None, before_noun: bool, before_sie: bool = False) -> Reading:
    """`choose` for a form in a context: the same inputs give the same reading, so it is cached."""
    return choose(analyse(form), form, mid, gov_case, before_noun, before_sie)


_KEEP = "keep"


@lru_cache(maxsize=20_000)
def _governs(tag: str) -> str | None:
    """What a token does to the case expected next: a preposition sets it ("prep:loc" -> "loc"), adjectives,
    numerals, particles and adverbs keep it ("w ukraińskim Donbasie"), anything else clears it."""
    m = _PREP_CASE.match(tag)
    if m:
        return m.group(1)
    return _KEEP if tag.startswith(("adj", "num", "qub", "adv")) else None


@lru_cache(maxsize=2_000)
def _governed_cases(form: str) -> str:
    """Every case a preposition governs in any reading, joined: "w" is "acc.loc" ("w stanie" is "stan")."""
    return ".".join(sorted({c for _l, t, _q in analyse(form) if (c := _governs(t)) not in (None, _KEEP)}))


def analyse_text(text: str) -> tuple[list[Token], list[Sentence]]:
    """Tokens with chosen readings, and sentences, for a whole text."""
    raw = tokenize(text)
    sent_bounds = split_sentences(text, raw)
    forms = [r[2] for r in raw]
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for first, last in sent_bounds:
        gov_case: str | None = None
        for i in range(first, last):
            s, e, form = raw[i]
            readings = analyse(form)
            if len(readings) == 1:  # most tokens: no context to weigh
                lemma, tag, quals = readings[0]
            else:
                mid = i > first and forms[i - 1] not in _NOT_MID_AFTER
                before_noun = i + 1 < last and _has_noun_reading(forms[i + 1])
                before_sie = i + 1 < last and forms[i + 1] == "się"
                lemma, tag, quals = _choose_form(form, mid, gov_case, before_noun, before_sie)
            if tag == "ign" and "-" in form:
                mid = i > first and forms[i - 1] not in _NOT_MID_AFTER
                lemma = "-".join(clean_lemma(choose(analyse(p), p, mid, gov_case)[0]) for p in form.split("-"))
            tokens.append(Token(s, e, form, lemma, tag, quals))
            gov = _governs(tag)
            if gov is not _KEEP and gov is not None and len(readings) > 1:
                gov = _governed_cases(form)
            if gov is not _KEEP and form != ",":
                gov_case = gov
        sentences.append(Sentence(raw[first][0], raw[last - 1][1], first, last))
    return tokens, sentences


def analyse_doc(doc: Doc) -> Doc:
    """Stage: fills `tokens` and `sentences`."""
    doc.tokens, doc.sentences = analyse_text(doc.text)
    return doc


analyse_doc.requires = ()  # type: ignore[attr-defined]
analyse_doc.provides = ("tokens", "sentences")  # type: ignore[attr-defined]


@lru_cache(maxsize=100_000)
def inflect_all(lemma: str, want: tuple[str, ...]) -> tuple[str, ...]:
    """Every form of `lemma` whose tag has every value in `want` (e.g. ("sg", "nom", "f")), in Morfeusz order."""
    try:
        forms = _generator().generate(lemma)
    except RuntimeError:
        return ()
    out: list[str] = []
    for orth, _lem, tag, _quals, _labels in forms:
        values = {v for f in tag.split(":") for v in f.split(".")}
        if all(w in values for w in want) and orth not in out:
            out.append(str(orth))
    return tuple(out)


def inflect(lemma: str, want: tuple[str, ...]) -> str | None:
    """The first form of `lemma` whose tag has every value in `want`, or None."""
    forms = inflect_all(lemma, want)
    return forms[0] if forms else None


def verb_tense(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """Tense of the main verb in a token range: "past", "future" or "present" (None if no verb).

    Polish perfective verbs in present form mean the future ("ogłosi"), and "będzie" + verb is the
    analytic future; the first finite verb in the clause decides.
    """
    for i in range(first, last):
        t = tokens[i]
        cls = t.pos
        if cls in ("praet", "imps"):  # the impersonal "-no/-to" forms are past: "zaszczepiono", "podano"
            return "past"
        if cls == "bedzie":
            return "future"
        if cls == "fin":
            return "future" if ":perf" in t.tag and "imperf" not in t.tag else "present"
        if cls in ("winien", "pred"):
            return "present"
    return None
