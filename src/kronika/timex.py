"""Time expressions: find them in Polish text and normalise them to TIMEX3 against the publication date.

How it works, in the order that matters:
1. Find: regular expressions assembled from `data/timex_pl.json`. The data file lists lemmas; every
   inflected form comes from Morfeusz's generator, so "w czerwcu", "od czerwca" and "czerwcem" are
   one entry. Spans follow the KPWr/TIMEX3 convention: the governing preposition ("w", "od",
   "przez") stays outside the span and is recorded in `Timex.prep`.
2. Resolve: each expression's value is computed from the anchor (the publication date) and the tense
   of the nearest verb in its sentence ("we wtorek" + past verb -> the Tuesday before, "w piątek" +
   future verb -> the Friday after). Granularity is the phrase's own: "w czerwcu" is "2022-06", never
   a day. When the publication date is known only to the month, day-level relative expressions get
   the interval they can mean and a low confidence, not an invented day.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .morph import _generator, analyse, verb_tense
from .records import Doc, Timex, Token
from .resources import load_json

# Capitalised mid-sentence, a weekday or month word is a name ("Środa Wielkopolska", "Marzec" as a
# surname); only sentence-initial capitals are accepted.
_SENTENCE_START = re.compile(r"(?:^|[.!?…:\"„”“«»()\n–—-]\s*)$")


def _noun_forms(lemma: str) -> set[str]:
    forms = {lemma}
    try:
        for orth, _lem, tag, _q, _l in _generator().generate(lemma):
            if tag.startswith(("subst", "depr")) and len(orth) > 2:
                forms.add(str(orth).lower())
    except RuntimeError:
        pass
    return forms


def _adj_forms(lemma: str) -> set[str]:
    """Regular adjective declension by ending; the generator lacks superlatives like "najbliższy"."""
    if lemma == "ten":
        return {"ten", "ta", "to", "te", "tego", "tej", "temu", "tym", "tą", "tę", "tych", "tymi", "ci"}
    stem, last = lemma[:-1], lemma[-1]
    i = "i" if last == "i" else "y"
    ends = [last, "a", "e", "ego", "ej", "emu", i + "m", "ą", i + "ch", i + "mi", "o"]
    out = {stem + e for e in ends}
    if last == "i":
        out |= {stem + "ie", stem + "iego", stem + "iej", stem + "iemu", stem + "ia", stem + "ią"}
    return out


def _lead(first_chars: set[str]) -> str:
    """A lookahead for the characters a match can start with (matched without case, as the patterns are)."""
    return "(?=[" + "".join(sorted(re.escape(c) for c in {c.lower() for c in first_chars})) + "])"


def _alt(forms: Sequence[str] | set[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@dataclass(frozen=True)
class _Vocab:
    month: dict[str, int]
    weekday: dict[str, int]
    unit: dict[str, str]
    numeral: dict[str, float | None]
    rel: dict[str, int]
    mod: dict[str, str]
    season: dict[str, str]
    spec: dict[str, Any]
    set_words: dict[str, str]  # "codziennie", "rocznie", and every form of "coroczny", "comiesięczny"…
    time_adj: dict[str, str]  # every form of "czerwcowy", "poniedziałkowy", "zimowy" -> "month:6", "weekday:1", "season:WI"


def _ascii_forms(table: dict[str, Any]) -> dict[str, Any]:
    """The table's forms with their Polish letters stripped, where the stripped form is a word Morfeusz does not know."""
    out: dict[str, Any] = {}
    for form, value in table.items():
        if not any(":sg:" in tag for _l, tag, _q in analyse(form)):
            continue  # singular forms only: dates name one day or month, and each form lengthens the alternation
        bare = unicodedata.normalize("NFKD", form.replace("ł", "l").replace("Ł", "L")).encode("ascii", "ignore").decode()
        if bare != form and bare not in table and all(tag == "ign" for _l, tag, _q in analyse(bare)):
            out[bare] = value
    return out


@cache
def _vocab() -> _Vocab:
    spec = load_json("timex_pl.json")

    def expand(table: dict[str, Any], adj: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for lemma, value in table.items():
            for f in (_adj_forms(lemma) if adj else _noun_forms(lemma)):
                out.setdefault(f, value)
        return out

    month = expand(spec["months"])
    # (plural forms a month almost never takes, that are other words first: "o wyrobionej marce" is a brand, "Lipce"
    # a village, "stycznie" tangentially; timex review batch t34)
    for bad in ("połów", "maje", "majów", "maić", "marce", "lipce", "stycznie", "kwietnie", "styczni", "kwietni"):
        month.pop(bad, None)
    weekday = expand(spec["weekdays"])
    # forms typed without Polish letters that are no other word ("w sobote 18 lutego" in KPWr train, "piatek",
    # "wrzesnia"); "niedziele" stays the plural it also is
    month |= _ascii_forms(month)
    weekday |= _ascii_forms(weekday)
    unit = expand(spec["units"]) | spec["unit_abbreviations"]
    unit.pop("wieka", None)
    numeral: dict[str, float | None] = {**spec["numerals"], **spec["extra_numeral_forms"]}
    rel = expand(spec["relative_words"], adj=True) | spec["relative_abbreviations"]
    mod = expand(spec["mod_words"]) | {f"{o} {h}": code for o, code in (("pierwszej", "H1"), ("pierwsza", "H1"), ("pierwszą", "H1"),
                                                                      ("drugiej", "H2"), ("druga", "H2"), ("drugą", "H2"),
                                                                      ("i", "H1"), ("ii", "H2"))
                                         for h in ("połowie", "połowy", "połowa", "połowę")} | {
        f"{o} {h}": code for o, code in (("pierwszym", "H1"), ("pierwsze", "H1"), ("pierwszego", "H1"), ("i", "H1"),
                                         ("drugim", "H2"), ("drugie", "H2"), ("drugiego", "H2"), ("ii", "H2"))
        for h in ("półroczu", "półrocze", "półrocza")} | {  # "w II półroczu 2018": the half year 2018-H2
        f"{o} {d}": code for o, code in (("ostatnich", "END"), ("ostatnie", "END"), ("pierwszych", "START"), ("pierwsze", "START"))
        for d in ("dniach", "dni", "dniami")}  # "W ostatnich dniach grudnia": its end (timex review batch t22)
    mod.pop("połów", None)
    mod |= spec["mod_adjectives"]  # the forms a time phrase takes, listed: every form of two adjectives slowed each MOD
    season = {f: spec["seasons"][s] for s in spec["seasons"] for f in _noun_forms(s)
              if f in spec["season_forms_safe"] or f == s and s != "lato"}
    set_words = dict(spec["set_adverbs"]) | expand(spec["set_adjectives"], adj=True)
    return _Vocab(month, weekday, unit, numeral, rel, mod, season, spec, set_words, expand(spec["time_adjectives"], adj=True))


# Context that makes a bare four-digit number a year without a preposition: "w latach 1972-1992",
# "sezonu 2007", the second year of a range, the first when a year follows the dash, a year in
# parentheses or after an apostrophe ("(2006)", "Bergamo’1998"), a list of years ("2003, 2004", "2005 i 2006"),
# and a year after a capitalised word inside a sentence ("Euro 2012", "Wielkiej Orkiestry Świątecznej Pomocy 2005").
# (and after "rocznik", an em dash, "czy"/"lub" in a list: "rocznik 1932", "1971 — 1975", "w 1990 czy 1991"; NKJP, t37)
_YEAR_BEFORE = re.compile(r"(?:\blat(?:a|ach|ami)?|\bl\.|\bsezon\w*|\brok\w*|\brocznik\w*|\d{4}\s?[-–—/]|\(|[’']"
                          r"|\b(?:1[5-9]|20)\d\d(?:,|\s(?:i|oraz|czy|lub|albo)))\s*$", re.IGNORECASE)
# case-sensitive: a capital, mid-sentence; or a quoted title ("„Kultura popularna” 2005", '"CZTERY RAZY BEZPIECZNIEJ" 2006')
# (and after a name in quotes or after a dash or comma: '" Olimpiada 2000 "', 'Euroszanty – Folk 2008', 'NFOŚ, Warszawa
# 1993'; timex review batch t36)
_YEAR_AFTER_NAME = re.compile(r"[\w(\"„“,–-]\s*[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*\s$|\w[”\"»]\s$")
_YEAR_AFTER = re.compile(r"\s?[-–—/]\s?(?:1[5-9]|20)\d\d\b|\s?\)|(?:,|\s(?:i|oraz|czy|lub|albo))\s(?:1[5-9]|20)\d\d\b")
# a citation's year after its authors: "(Shumskiy, 1975; Landon, Raymond, 1978)" (NKJP; timex review batch t37)
_YEAR_CITATION = re.compile(r"(?:\(|;\s)(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*,\s)+$")


_PREDICATE_BEFORE = re.compile(r"\b(?:jest|był[aoy]?|będzie|będą|są|była|stał[aoy]? się|robi się|zrobiło się)\s+(?:jeszcze\s+|już\s+|bardzo\s+|typowo\s+|prawdziwie\s+)?$",
                               re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_BARE_RANGE_AFTER = re.compile(r"\s*(?:do|-|–)\s*\d{3,4}\b(?!\s*(?:r\.|rok|roku|p\.\s?n\.\s?e|n\.\s?e))")
_COUNTED_NOUN = re.compile(r"(?:\s*(?:do|-|–)\s*\d+)?\s+([a-ząćęłńóśźż]+)")


def _counts_noun(text: str, end: int) -> bool:
    """Whether a number is followed by the noun it counts, in the genitive plural ("2000 skarg")."""
    w = _NEXT_WORD.match(text, end)
    if w is None or not w.group(1).islower() or w.group(1) in ("r", "rr", "roku", "rok", "latach", "lat"):
        return False
    feats = [tag.split(":") for _l, tag, _q in analyse(w.group(1))]
    if any(f[0] in ("prep", "conj") for f in feats):
        return False  # "od 2001 do 2004 roku": "do" is a note too, but a preposition first
    return any(f[0] == "subst" and len(f) > 2 and "pl" in f[1].split(".") and "gen" in f[2].split(".") for f in feats)


def _year_context(m: re.Match[str]) -> bool:
    text = m.string
    before = text[max(0, m.start() - 30):m.start()]
    return bool(_YEAR_BEFORE.search(before[-14:]) or _YEAR_AFTER_NAME.search(before) or _YEAR_AFTER.match(text, m.end())
                or _YEAR_CITATION.search(before))


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(s: str) -> int:
    total = 0
    for a, b in zip(s, s[1:] + " ", strict=True):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN.get(b, 0) > v else v
    return total


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    v = _vocab()
    MONTH = _alt(set(v.month))
    WD = _alt(set(v.weekday))
    UNIT = _alt(set(v.unit))
    NUMW = _alt(set(v.numeral))
    REL = _alt(set(v.rel))
    # the half-year phrases compacted into one branch: spelled out, they made every MOD alternation longer
    MOD = _alt({k for k in v.mod if "półrocz" not in k}) + r"|(?:pierwsz(?:ym|e|ego)|drugi(?:m|e|ego)|ii|i)\s+półrocz(?:u|e|a)"
    SEASON = _alt(set(v.season))
    PARTS = _alt(set(v.spec["parts_of_day"]))
    # "późnym wieczorem", "wczoraj wczesnym rankiem": a modifier belongs to the part of day (timex review batch t34)
    PMOD = _alt(set(v.spec["mod_adjectives"]))
    AFTER_PO = "|".join(sorted(_AFTER_PO, key=lambda w: (-len(w), w)))
    RELPART = _alt(set(v.spec["relative_parts"]) | set(v.spec["anaphoric_part_words"]) | set(v.spec["anaphoric_part_shifts"]))
    PARTNOUN = _alt(set(v.spec["relative_part_nouns"]))
    HOLIDAYS = _alt(set(_holidays()))
    HOURVERB = _alt(set(v.spec["hour_telling_verbs"]))
    ELAPSED = "|".join(rf"(?<=\b{verb}\s)" + "".join(rf"|(?<=\b{verb}\s{adv}\s)" for adv in ("już", "właśnie", "dokładnie"))
                       for verb in v.spec["elapse_verbs"])  # lookbehinds, one per verb and adverb
    # an hour's ordinal in the feminine nominative: "szósta", "dwudziesta pierwsza" is left to the minutes' words
    HOURW_NOM = _alt({lemma[:-1] + "a" for lemma in v.spec["hour_words"] if 5 <= v.spec["hour_words"][lemma] <= 24})
    EVENTDAY = _alt(set(v.spec["event_day_nouns"]))
    WDABBR = _alt(set(v.spec["weekday_abbreviations"]))
    # not the nouns ("noc była zimna"): they are a time after a day ("niedzielne popołudnie") or a relative word
    PARTS_ADV = _alt(set(v.spec["parts_of_day"]) - set(v.spec["part_of_day_nouns"]))
    DEICT = _alt(set(v.spec["deictic_days"]))
    DADJ = _alt({f for lemma in v.spec["deictic_adjectives"] for f in _adj_forms(lemma)})
    YADJ = _alt({f for lemma, (unit, _n) in v.spec["deictic_adjectives"].items() if unit == "Y" for f in _adj_forms(lemma)})
    SEASON_ALL = _alt(set(_season_codes()))
    SETADV = _alt(set(v.set_words))
    TADJ = _alt(set(v.time_adj))
    ANADAY = _alt(set(v.spec["anaphoric_days"]))
    WHOLE = _alt(set(v.spec["whole_units"]))
    DECW = _alt({f for lemma in v.spec["decade_words"] for f in _adj_forms(lemma)})
    ORDW = _alt({f for lemma in v.spec["ordinal_unit_words"] for f in _adj_forms(lemma)})
    HOURW = _alt({f for lemma in v.spec["hour_words"] for f in _adj_forms(lemma)})
    # an hour's ordinal in the feminine genitive, locative or instrumental: "o szóstej", "do ósmej", "przed ósmą"
    HOURW_EJ = _alt({f for lemma in v.spec["hour_words"] for f in _adj_forms(lemma) if f.endswith(("ej", "ą"))})
    ORDW_EJ = _alt({f for lemma in list(v.spec["ordinal_unit_words"]) + list(v.spec["hour_words"])
                    for f in _adj_forms(lemma) if f.endswith("ej")})
    # a day's ordinal in the genitive ("trzeciego") or nominative ("pierwszy maja")
    DAYW = _alt({f for lemma in v.spec["hour_words"] for f in _adj_forms(lemma) if f.endswith("ego") or f == lemma})
    AGEN = _alt(set(v.spec["year_of_nouns"]))
    ADJPRE = _alt(set(v.spec["adjectival_duration_prefixes"]))
    ADJUNIT = _alt(set(v.spec["adjectival_duration_units"]))
    YR = r"(?:\s?r\.|\s?rr\.|\s+roku\b|\s+rok\b|\s+rokiem\b)"
    YEAR_ABBR = r"(?P<ab>b\.\s?r\.|br\.|ub\.\s?r\.)"  # "bieżącego roku", "ubiegłego roku"
    NUM = rf"(?:(?:\d{{1,3}}(?:[ \u00a0]\d{{3}})+(?!\d)|\d+)(?:,\d+)?|{NUMW})"  # "25 770 lat": thousands spaced
    ROMAN_MONTH = "XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I"
    MABBR = _alt(set(v.spec["month_abbreviations"]))
    HOUR_PREPS = "|".join(rf"(?<=\b{p}\s)" for p in _WORD_HOUR_PREPS)  # lookbehinds, one per preposition
    # Leading lookaheads: the characters a match can start with, so the engine fails fast everywhere else (the
    # alternations below are long; a fifth of the stage's regex time went to trying them at every position)
    mod_first = {w[0] for w in v.mod} | {"p", "d", "i"}
    LEAD_REL = _lead(mod_first | {w[0] for w in v.rel})
    LEAD_MONTH = _lead(mod_first | {w[0] for w in v.month})
    LEAD_YEAR = _lead(mod_first | {"r"} | set("0123456789"))
    LEAD_AGO = _lead({w[0] for w in v.unit} | {w[0] for w in v.numeral} | {"p"} | set("0123456789"))
    LEAD_DURATION = _lead({"o", "n", "k", "p", "c"} | {w[0] for w in v.numeral} | set("0123456789"))
    LEAD_DAYMONTH = _lead({w[0] for w in v.weekday} | set("0123456789"))
    # the minutes of an hour said in words: "trzydzieści", "czterdzieści pięć"
    # a weekday in apposition after a date, in brackets or between commas: "12.05 (sobota)", "12 maja, w sobotę, o"
    # (in the span only with a clock time after it: NKJP marks "16 marca (wtorek)" as "16 marca"; see find_timexes)
    APPOS = rf"(?P<appos>\s*\((?:{WD})\)|,\s+(?:w\s+|we\s+)?(?:{WD})(?=\s*,))?"
    MINW = r"(?:dwadzieścia|trzydzieści|czterdzieści|pięćdziesiąt)(?:\s+(?:jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć))?" \
           r"|dziesięć|jedenaście|dwanaście|trzynaście|czternaście|piętnaście|szesnaście|siedemnaście|osiemnaście|dziewiętnaście"
    pats = [
        # "co roku", "raz w tygodniu", "dwa razy w roku", "kilka razy w miesiącu", "raz do roku": a frequency
        ("set", rf"\b(?:co|raz\s+na|raz\s+w|raz\s+do|(?=\w+\s+razy\s)(?:{NUM}|kilka|kilkanaście|parę|wiele)\s+razy\s+(?:w|na|do)"
                rf"|w\s+każd(?:ą|y|e|ym|ej)|każdego|każdej)\s+(?:(?P<n>{NUM})\s+)?"
                rf"(?P<u>{UNIT}|{WD}|wieczór|noc|rano|ranek)\b|\b(?P<adv>{SETADV})\b"
                # "każdej zimy", "co wiosnę": a season every year
                r"|\b(?:każdej|każdego|co)\s+(?P<season>zimy|wiosny|jesieni|zimę|wiosnę|jesień|lato)\b"
                # "w weekendy", "w soboty i niedziele": a weekday in the plural after "w" is every one of them
                rf"|(?:(?<=\bw\s)|(?<=\bwe\s))(?P<pl>weekendy|{_PLURAL_WEEKDAYS})\b"),
        # "wtorek, 15.08.2006", "28 IX 2010, godz 23.59": a weekday before and a Roman month belong to the date
        # (and a clock time a signature puts before it: "12:34 07.05.2008"; battery t38)
        ("datetime", rf"(?:\b(?P<h0>[01]?\d|2[0-3]):(?P<mi0>[0-5]\d),?[^\S\n]+)?"
                     rf"\b(?:(?P<wd>{WD})(?:,?\s+|\s*(?P<par>\()))?(?P<d>\d{{1,2}})(?:\s?\.\s?(?P<m>\d{{1,2}})\s?\.\s?|(?:\s|\.\s?)(?P<rm>(?-i:{ROMAN_MONTH}))(?:\.\s?|\s))"
                     rf"(?P<y>\d{{4}})(?:{YR})?(?(par)\)){APPOS}"
                     rf"(?:,?[^\S\n]+(?:(?-i:o|na)\s+)?(?:godz\.|godzinie|godz)\s*(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d{{2}}))?)?"),
        # a Roman month with no year, as local notices write it: "12 XII o godz. 17", "do 30 IX", "poniedziałek (6.IV)"
        # (timex battery t38; the last from Liner2's lval rules)
        ("romanday", rf"\b(?:(?P<wd>{WD})(?:,?\s+|\s*(?P<par>\()))?(?<![\d.,/])(?P<d>[0-3]?\d)(?:\s|\.\s?)(?P<rm>(?-i:{ROMAN_MONTH}))\b"
                     rf"(?![.,/-]?\d|\.?\s?\d|\s+(?:w\.|wiek|stuleci|tys|mln))(?:\s?(?P<ab>br\.|b\.\s?r\.|ub\.\s?r\.))?(?(par)\)){APPOS}"),
        # (and the year first with dots: "2005.02.16 r."; battery t38)
        ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b|(?<![\d.])\b(?P<y2>(?:19|20)\d\d)\.(?P<m2>[01]\d)\.(?P<d2>[0-3]\d)\b(?!\.?\d)"),
        # a day of this or last month: "rozpoczęły się 14 bm.", "10 ub.m." (timex review batch t36, NKJP)
        ("daybm", r"\b(?P<d>[0-3]?\d)\s?(?P<bm>b\.\s?m\.|bm\.|ub\.\s?m\.)"),
        # an abbreviated month before a year, and the clock time a signature puts before it: "13:06, 22 paź 2007"
        ("abbrdate", rf"(?:\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d),?\s+)?\b(?P<d>[0-3]?\d)\s+(?P<mab>{MABBR})\.?\s+(?P<y>\d{{4}})\b"
                     # and a month written out: "07:43, 26 maja 2006 (CEST)", a wiki talk page's signature (NKJP; t37)
                     rf"|\b(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d),\s+(?P<d2>[0-3]?\d)\s+(?P<mon2>{MONTH})\s+(?P<y2>\d{{4}})\b"),
        # "8-06-2006", "16.02.05": day first with dashes, or a two-digit year
        # (a slash too, with a full year: "16/02/2005"; battery t38)
        ("dmy", r"(?<![\d.-])(?P<d>\d{1,2})(?P<sep>[-.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})\b(?![.-]\d)"
                r"|(?<![\d/])(?P<d2>[0-3]?\d)/(?P<m2>[01]?\d)/(?P<y2>(?:19|20)\d\d)\b(?!/)"),
        # a day and month in digits with no year, as local announcements write them: "dnia 12.05 o godz. 10", "w
        # sobotę 12.05", "12.05 (sobota)"; only with such context (see _ddmm_context), for "12.05" is as often a
        # clock time or an amount (timex review batch t34)
        # (a weekday abbreviated too, as notices write it: "sob. 5.12", "5.12 (sob.)"; battery t38)
        ("ddmm", rf"(?:\b(?P<wd>{WD}|(?:{WDABBR})\.)(?:,?\s+|\s*(?P<par>\()))?(?:(?<![\d.,:/-])|(?<=\d\.\d\d-)|(?<=\d\.\d\d–)|(?<=\d\.\d\d\s-\s)|(?<=\d\.\d\d\s–\s)"
                 # (the end of a range of days: "26-29.09"; battery t39)
                 r"|(?<=\b\d-)|(?<=\b\d–)|(?<=\b\d\d-)|(?<=\b\d\d–)|(?<=\b\d\s-\s)|(?<=\b\d\s–\s)|(?<=\b\d\d\s-\s)|(?<=\b\d\d\s–\s))"
                 # (both ends of a range of them: "w dniach 16.02-20.02"; battery t38)
                 rf"(?P<d>[0-3]?\d)\.(?P<m>0[1-9]|1[0-2])(?![.,/]?\d)(?!\s?[-–]\s?(?![0-3]?\d\.(?:0[1-9]|1[0-2])(?![.,/]?\d))\d)"
                 rf"(?:\s?(?P<ab>br\.|b\.\s?r\.|ub\.\s?r\.))?(?(par)\))(?P<appos>\s*{_bracketed_weekday()}"
                 rf"|,\s+(?:w\s+|we\s+)?(?:{WD})(?=\s*,))?"),
        # the first or last day of a month or year: "W ostatnim dniu 2020 r.", "ostatniego dnia lutego" (review batch t26)
        ("edgeday", rf"\b(?P<edge>ostatni(?:m|ego)?|pierwsz(?:ym|ego|y))\s+(?:dniu|dnia|dzień)\s+(?:(?P<mon>{MONTH})\b"
                    rf"(?:\s+(?P<y>\d{{4}})(?:{YR})?)?|(?P<yy>(?:1[5-9]|20)\d\d)\b(?:{YR})?|(?P<ry>{REL})\s+roku\b)"),
        # a ten-day part of a month, or a decade of a century: "w drugiej dekadzie października", "w pierwszej dekadzie
        # XXI wieku" (timex battery t37)
        ("tenday", rf"\b(?P<ord>pierwsz|drug|trzeci|ostatni)(?:ej|iej|a|ą)\s+dekad(?:zie|y|ę|a)\s+(?:(?P<mon>{MONTH})\b"
                   rf"(?:\s+(?P<y>\d{{4}})(?:{YR})?)?|(?P<rom>X{{0,2}}(?:IX|IV|V?I{{0,3}}))\s+(?:w\.|wieku\b))"),
        # (a weekday in apposition is part of the date: "w sobotę (12 grudnia) o godz. 17", "12 grudnia (sobota)",
        # "12 grudnia, w sobotę, o godz. 17"; it had been a day of its own, the nearest Saturday; timex battery t38)
        ("daymonth", rf"{LEAD_DAYMONTH}\b(?:(?P<wd>{WD})(?:,?\s+|\s*(?P<par>\()))?(?P<d>\d{{1,2}})(?:-?go|\.)?\s+(?P<mon>{MONTH})\b"
                     rf"(?:\s+(?P<y>\d{{4}})(?:{YR})?|\s+(?P<ry>{REL})\s+roku\b|\s+{YEAR_ABBR})?(?(par)\))"
                     rf"{APPOS}(?:,?[^\S\n]+(?:(?-i:o|na)\s+)?(?:godz\.|godzinie|godzina|godz)\s*(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d{{2}}))?)?"),
        # (the year may follow "roku": "między marcem 2019 roku a grudniem roku 2020")
        ("monthyear", rf"{LEAD_MONTH}\b(?:(?P<mod>{MOD})\s+)?(?P<mon>{MONTH})\s+(?:(?P<y>\d{{4}})(?:{YR})?|roku\s+(?P<y4>\d{{4}})\b"
                      rf"|(?P<ry>{REL})\s+roku\b|{YEAR_ABBR})"),
        # "w I kwartale 2021 r.", "w pierwszym kwartale przyszłego roku", "w III kwartale br."
        ("quarter", rf"\b(?P<ord>IV|III|II|I|pierwsz\w*|drug\w*|trzeci\w*|czwart\w*)\s+(?:kwarta(?:le|łu|łem|ł)|(?P<half>półrocz(?:u|e|a|em)))\b"
                    rf"(?:\s+(?:(?P<y>\d{{4}})(?:{YR})?|(?P<ry>{REL})\s+roku\b|{YEAR_ABBR}))?"),
        ("month", rf"{LEAD_MONTH}\b(?:(?P<mod>{MOD})\s+)?(?P<mon>{MONTH})\b"),
        # "w ub.r.", "od b.r.": the year abbreviated on its own ("br." alone is too often something else)
        # (and "br." after a modifier: "na początku br.", "do końca br."; battery t38)
        ("yabbr", rf"(?<![\w.])(?P<ab>ub\.\s?r\.|b\.\s?r\.)|\b(?P<mod>{MOD})\s+(?P<ab2>br\.|ub\.\s?r\.|b\.\s?r\.)"),
        # a modifier makes a bare number a year ("w II półroczu 2018", "na początku 2019"): after one, the "r." may go
        ("year", rf"{LEAD_YEAR}\b(?:(?P<mod>{MOD})\s+)?(?:roku|rok|r\.)\s+(?P<y>\d{{4}})\b|\b(?:(?P<mod2>{MOD})\s+)?(?P<y2>\d{{4}})"
                 rf"(?(mod2)(?:{YR}|\b(?![.,]\d|\s?%))|{YR})"),
        # the second year of a range written short: "w sezonie 2006/07", "w latach 1987-94"
        # (spaced too: "w latach 1990 - 93", "(1905 - 40)"; timex review batch t36, NKJP)
        ("yearend", r"(?:(?<=\b(?:1[5-9]|20)\d\d[/–-])|(?<=\b(?:1[5-9]|20)\d\d\s[–-]\s)|(?<=\b(?:1[5-9]|20)\d\d[–-]\s)"
                    r"|(?<=\b(?:1[5-9]|20)\d\d\s[–-]))(?P<yy>\d\d)\b(?![.,/–-]?\d)(?!\s*(?:proc|%)|\s+(?:i|oraz|lub)\s+\d)"),
        ("bareyear", r"(?<![\d.,])\b(?P<y>1[5-9]\d\d|20\d\d)\b(?![.,]\d|\s?(?:%|zł\b|złot|tys|mln|km|osób|euro|dolar|m\b|mieszk\.|mieszkańc))"
                     # a mediaeval year only after its preposition: "wieś założona w 1397", "królowa od 1384" (batch t36)
                     r"|(?:(?<=\bw\s)|(?<=\bod\s)|(?<=\bz\s)|(?<=\bdo\s)|(?<=\bpo\s)|(?<=\bprzed\s)|(?<=\bok\.\s))"
                     r"(?P<old>1[0-4]\d\d)\b(?![.,]\d|\s?(?:%|zł\b|złot|tys|mln|km|osób|euro|dolar|m\b))"
                     # an ancient year after "roku", a year after "l." (lat): "W roku 427 dowodził flotą", "w l. 1931 - 39"
                     # (NKJP; timex review batch t37)
                     r"|(?:(?<=\broku\s)|(?<=\bl\.\s))(?P<old3>[1-9]\d{2,3})\b(?![.,]\d|\s?(?:%|zł\b|złot|tys|mln|km|osób|euro|dolar|m\b))"),
        ("decade", rf"\b(?:(?P<mod>{MOD})\s+)?(?:lat(?:a|ach|ami)?\s+|l\.\s?)(?P<dec>\d0)(?!\d)(?:\.|-tych|-te|-ych|-e)?"
                   r"(?:\s+(?:XX|ubiegłego)\s+(?:w\.|wieku))?"),
        # (the first of two: "z XVII i XVIII w.", "XVII - XIX w."; timex review batch t36, NKJP)
        # (a numeral is never empty: "(?=[IVX])", else " wieku" matched with none and hid "wieku XVII" after it)
        # a Roman century's adjective: "z XIX-wiecznym ołtarzem" (as KPWr train's "dwudziestowiecznej"; battery t39)
        ("romcentadj", r"(?-i:\b(?P<rom>X{0,3}(?:IX|IV|V?I{0,3}))(?:-|\s)?wieczn\w*)"),
        ("century", rf"\b(?:(?P<mod>{MOD})\s+)?(?=[IVX])(?P<rom>X{{0,3}}(?:IX|IV|V?I{{0,3}}))(?:\s+(?:w\.|wiek(?:u|iem|i)?\b"
                    rf"|stuleci(?:e|a|u|em)\b)|(?=(?:\s*(?:i|oraz|lub|albo|bądź|-|–|/|,)\s*X{{0,3}}(?:IX|IV|V?I{{0,3}}))+"
                    rf"\s+(?:w\.|wiek|stuleci)))"
                    # the numeral after the noun: "Wiek XII przyniósł", "w wieku XIX"
                    rf"|\b(?:wiek|wieku|wiekiem|stulecie|stulecia|stuleciu)\s+(?=[IVX])(?P<rom2>X{{0,3}}(?:IX|IV|V?I{{0,3}}))\b(?![.,]?\d)"),
        ("deictic", rf"\b(?P<w>{DEICT})\b(?:\s+(?:(?P<pmod>{PMOD})\s+)?(?P<part>{PARTS})\b)?"),
        # "tegorocznego lata", "do początku zeszłorocznej zimy": a season of a relative year (timex review batch t24;
        # "lata" is safe after an adjective of the year)
        ("yadjseason", rf"\b(?:(?P<mod>{MOD})\s+)?(?P<w>{YADJ})\s+(?P<s>{SEASON_ALL})\b"),
        # (the noun before it in the span: "na dzień dzisiejszy" was a day's length and today; timex review batch t25)
        # (and the weekday it is: "w dzisiejszą niedzielę"; battery t38)
        ("dadj", rf"\b(?:(?:dzień|dnia|dniu)\s+)?(?P<w>{DADJ})\b(?:\s+(?P<part>{PARTS})\b|\s+(?P<dwd>{WD})\b)?"),
        # a feast KPWr dates: "w Boże Narodzenie", "na Wielkanoc" (case matters: "wielkiej nocy" is a long night)
        ("holiday", rf"(?-i:\b(?P<hol>{HOLIDAYS})\b)"),
        ("nthweekday", rf"\b(?P<ord>pierwsz[ayąeiy]\w*|drug[iaąe]\w*|trzec[iaąe]\w*|czwart[yaąe]\w*|ostatni\w*)\s+"
                       rf"(?P<wd>{WD})\s+(?P<mon>{MONTH})\b(?:\s+(?P<y>\d{{4}}))?"),
        # "w drugim tygodniu stycznia", "pierwszego tygodnia marca 2019": a week of a month
        ("nthweek", rf"\b(?P<ord>pierwsz(?:ym|ego|y)|drugi(?:m|ego)?|trzeci(?:m|ego)?|czwart(?:ym|ego|y)|ostatni(?:m|ego)?)\s+"
                    rf"tygodni(?:u|a|em)?(?:\s+(?P<mon>{MONTH})\b(?:\s+(?P<y>\d{{4}}))?)?\b"),
        ("anaday", rf"\b(?P<w>{ANADAY})\b"),
        # the hour told in the nominative after its verb: "Dochodziła szósta", "Była dokładnie 17.15" (the verb is cut
        # from the span in find_timexes; battery t38)
        ("nomclock", rf"\b(?:{HOURVERB})\s+(?:już\s+|dokładnie\s+|prawie\s+|około\s+|chyba\s+)?(?P<gw>godzina\s+)?"
                     rf"(?:(?P<h>[01]?\d|2[0-3])[.:](?P<mi>[0-5]\d)\b(?![.,:]?\d)|(?P<hw>{HOURW_NOM})\b(?:\s+(?P<mw>{MINW})\b)?"
                     r"(?!\s+(?:z\s+kolei|w\s+kolejności|z\s+rzędu|miejsce|pozycja)))"),
        # the day of an event the story dates: "a w dzień koncertu także w MOK-u" (KPWr train; battery t38)
        ("eventday", rf"(?:(?<=\bw\s)|(?<=\bna\s))(?P<w>dzień|dniu)(?=\s+(?:{EVENTDAY})\b)"),
        # the year of an annual title: "Zostałem człowiekiem roku wg Time" (KPWr tune; the title's noun is checked in
        # find_timexes)
        ("titleyear", r"(?<=\s)(?P<u>roku|Roku)\b(?!\s*(?:\d|[IVX]+\b))"),
        # a part of day on its own ("Rano spadł śnieg", "w nocy"): on the day the text is about
        # the night between two days: "w nocy z wtorku na środę", "w nocy z 12 na 13 marca" (timex review batch t27)
        # (and "w nocy 5/6 grudnia"; battery t38)
        ("nightfrom", rf"\b(?:w\s+)?noc[y]?\s+(?:z\s+(?P<wd1>{WD})\s+na\s+(?P<wd2>{WD})\b|(?:z\s+(?P<d1>\d{{1,2}})\.?\s+na\s+|"
                      rf"(?P<d1b>\d{{1,2}})\s?/\s?)(?P<d2>\d{{1,2}})\.?\s+(?P<mon>{MONTH})\b(?:\s+(?P<y>\d{{4}})(?:{YR})?)?)"),
        # ("rana" is a morning only after "od", "do", "z": "Od rana trwały poszukiwania", not "Rana postrzałowa")
        ("partofday", rf"(?<![\w-])(?:(?P<pmod>{PMOD})\s+)?(?P<part>{PARTS_ADV}"
                      r"|(?:(?<=\bod\s)|(?<=\bdo\s)|(?<=\bz\s)|(?<=\bsamego\s))rana)\b"),
        ("weekend", r"(?<=\bw\s)(?P<u>weekend)\b|(?<=\bna\s)(?P<u2>weekend)\b|\bdług(?:i|iego|im)\s+(?P<u3>weekend(?:u|zie)?)\b"),
        # the year the story last named: "w 2016 r. … i tego samego roku przegrała wybory"
        ("anayear", r"\b(?:tego\s+samego|tym\s+samym|ten\s+sam|tamtego|tamtym|tamten|owego|owym)\s+(?P<u>roku|rok)\b"),
        ("relpart", rf"\b(?P<rel>{RELPART})\s+(?P<part>{PARTNOUN})\b"),
        # an era-marked year: "450 r. p.n.e." (TIMEX3 BC0450), "79 r. n.e."
        ("era", r"\b(?P<y>\d{1,4})\s*(?:r\.|roku)?\s*(?P<era>p\.\s?n\.\s?e\.|n\.\s?e\.)"),
        ("ago", rf"{LEAD_AGO}\b(?:(?P<n>{NUM})\s*)?(?P<u>{UNIT})\s+(?P<dir>temu|wcześniej|później)\b"
                rf"|\b(?P<dir2>przed)\s+(?:(?P<n2>{NUM})\s+(?!rokiem|miesiącem|tygodniem))?(?P<u2>rokiem|miesiącem|tygodniem|laty|latami|miesiącami|tygodniami|dniami)\b"),
        # "tego lata", "zeszłego lata", "ostatnie lato": a summer ("lata" alone is as often "years")
        ("relsummer", r"\b(?P<rel>tego|tamtego|zeszłego|ubiegłego|przyszłego|minionego|ostatniego|bieżącego|obecnego)\s+(?P<u>lata)\b"
                      r"|\b(?P<rel2>to|tamto|zeszłe|ubiegłe|przyszłe|minione|ostatnie)\s+(?P<u2>lato)\b"),
        ("relunit", rf"{LEAD_REL}\b(?:(?P<mod>{MOD})\s+)?(?P<rel>{REL})\s+(?P<u>{UNIT}|{WD}|{SEASON})\b"),
        # the relative word after the unit: "w roku ubiegłym", "w tygodniu przyszłym", "Rok ten"
        ("relunit2", rf"\b(?P<u>rok|roku|miesiąc|miesiąca|miesiącu|tydzień|tygodnia|tygodniu)\s+(?P<rel>{REL})\b"),
        ("modunit", rf"\b(?P<mod>{MOD})\s+(?P<u>roku|miesiąca|tygodnia|dnia|kwartału|dekady|wieku)\b"),
        # an ordinal minute or hour is a moment: "w 68. minucie" of a match, "po 22 godzinie"; "w 85 min" only in a
        # match's sentence (timex review batch t34)
        # (and the first of two: "w 67. i 80. minucie"; battery t38)
        ("ordunit", rf"(?:(?<=\bw\s)|(?<=\bwe\s)|(?<=\bpo\s)|(?<=\bprzed\s)|(?<=\bod\s)|(?<=\bdo\s)|(?<=\d\.\si\s)|(?<=\d\si\s))"
                    rf"(?:(?P<n>\d{{1,3}})\.?|(?P<ow>{ORDW_EJ}))(?:\s+(?P<u>minucie|sekundzie|godzinie|minuty|min\b\.?)"
                    rf"|(?=\s+i\s+\d{{1,3}}\.?\s+(?P<u2>minucie|min\b)))"),
        # a goal's minute in a match report's list of scorers: "Bramki: Kowalski (23.), Nowak 67'" (Liner2's KPWr
        # lval rules read "3 ." and "3 '" as a minute of the day; battery t37; gated by match words in find_timexes)
        # "w pierwszych minutach", "w końcowych minutach" of a match: some minutes of its day (as "w ostatnich
        # minutach", KPWr train "txx:xx"; checked against the match's words in find_timexes; battery t39)
        ("edgeminutes", rf"(?<=\bw\s)(?:{_alt(set(v.spec['match_minute_adjectives']))})\s+minutach\b"),
        ("scorer", r"(?:(?<=\()|(?<=\(\s)|(?<=\d\.,\s))(?P<n>\d{1,3})\.(?=\s*(?:\)|,|;|k\b|k\.|karn|rz\.|sam))"
                   # (the next of a scorer's minutes too: "Kowalski (23., 90.)", "Kowalski 23', 90'"; battery t38)
                   r"|(?:(?<=[^\W\d_]\s)|(?<=\d['’],\s))(?P<n2>\d{1,3})['’](?=[\s,.;:)]|$)"),
        # hours and minutes of a length: "ok. 2.30 godz." is PT2H30M (timex review batch t36)
        ("hmlength", r"(?<![\d.,])(?P<h>\d{1,2})[.:](?P<mi>[0-5]\d)\s*(?:godz|h)\b"),
        ("duration", rf"{LEAD_DURATION}\b(?:(?P<q>ostatnie|ostatnich|najbliższe|najbliższych|kolejne|kolejnych|następne|następnych|pierwsze|pierwszych|całe|całych|pełne)\s+)?"
                     rf"(?P<n>{NUM})(?P<half>\s+i\s+pół)?\s+(?:(?:kolejne|kolejnych|następne|następnych|ostatnie|ostatnich)\s+)?"
                     rf"(?P<u>{UNIT})\b"),  # "dwie i pół godziny", "przez 3 kolejne lata"
        ("weekday", rf"\b(?P<wd>{WD})\b(?:\s+(?:(?P<pmod>{PMOD})\s+)?(?P<part>{PARTS})\b)?"),
        ("tadj", rf"\b(?P<w>{TADJ})\b"),
        ("whole", rf"\b(?:{WHOLE})\s+(?P<u>dzień|dnia|tydzień|tygodnia|miesiąc|miesiąca|rok|roku|dobę|doby|weekend|noc|nocy)\b"),
        ("jubilee", r"\b(?P<n>\d{1,4})-lec(?:ie|ia|iu|iem)\b"),
        # (and its modifier, as a decade in digits has: "pod koniec lat sześćdziesiątych"; battery t39)
        ("decadeword", rf"\b(?:(?P<mod>{MOD})\s+)?lat(?:a|ach|ami)?\s+(?P<dw>{DECW})\b"
                       # the second of two: "w latach sześćdziesiątych i siedemdziesiątych" (timex review batch t36)
                       rf"|(?:(?<=ych\si\s)|(?<=ych\soraz\s)|(?<=ych,\s))(?P<dw2>{DECW})\b"),
        ("decade2", r"(?:(?<=\d0\.\si\s)|(?<=\d0\.\soraz\s)|(?<=\d0\.,\s)|(?<=\d0\.-)|(?<=\d0\.\s-\s)|(?<=\d0\.\s–\s)"
                    r"|(?<=\d0\.–))(?P<dec>\d0)\.(?!\d)"),  # "w latach 70. i 80." (the second decade; batch t36)
        # a century in words: "w drugiej połowie dziewiętnastego wieku", "XX stulecia" is read by "century"
        ("wordcentury", rf"\b(?:(?P<mod>{MOD})\s+)?(?P<cw>{HOURW})(?:\s+(?P<cw2>{ORDW}))?\s+(?:wiek(?:u|iem|i)?|stuleci(?:e|a|u|em))\b"
                        # the ordinal after the noun: "w wieku dziewiętnastym"
                        rf"|\b(?:wiek|wieku|stuleciu)\s+(?P<cw3>{HOURW})(?:\s+(?P<cw4>{ORDW}))?\b"),
        # a year cut to two digits with an apostrophe: "Sopot Festival '99", "Mulatka 95'"
        ("apyear", r"(?<![\w'’])['’](?P<yy>\d\d)\b(?![.,]\d)|\b(?P<yy2>\d\d)['’](?=[\s,.;:)]|$)"),
        # a year said in words, as speech transcripts have it: "w siedemdziesiątym roku", "dziewięćdziesiątego
        # drugiego roku" (not "do dwudziestego roku życia", an age)
        # an hour said in words: "o godzinie dziewiątej", "do godziny dwudziestej drugiej"
        ("wordclock", rf"\bgodzin(?:a|ie|ę|y|ą)\s+(?P<hw>{HOURW})(?:\s+(?P<hw2>{ORDW}))?\b"
                      # or with no "godzina" before a part of day: "o szóstej rano" (timex review batch t34)
                      rf"|(?:(?<=\bo\s)|(?<=\bod\s)|(?<=\bdo\s)|(?<=\bpo\s)|(?<=\bokoło\s)|(?<=\bprzed\s))(?P<hw3>{HOURW_EJ})"
                      rf"(?=\s+(?:{PARTS_ADV})\b)"
                      # or alone, with its minutes in words: "o dwunastej", "około czternastej trzydzieści" (timex review
                      # batch t36, NKJP's time names; the hour and the word after it are checked in find_timexes)
                      rf"|(?:{HOUR_PREPS}"
                      rf"|(?<=\d\sa\s)|(?<=[ąj],\sa\s)|(?<=[ąj]\sa\s))"
                      rf"(?P<hw4>{HOURW_EJ})(?:\s+(?P<hw5>{ORDW}))?(?:\s+(?P<mw>{MINW}))?\b"
                      # "wpół do dziewiątej": half past eight
                      rf"|\bwpół\s+do\s+(?P<half>{HOURW_EJ})\b"
                      # "kwadrans po ósmej" 8:15, "kwadrans przed ósmą" and "za kwadrans ósma" 7:45 (battery t38)
                      rf"|\bkwadrans\s+(?P<qd>po|przed)\s+(?P<qh>{HOURW_EJ})\b|\bza\s+kwadrans\s+(?P<qh2>{HOURW})\b"),
        ("wordyear", rf"\b(?P<tw>{DECW})(?:\s+(?P<uw>{ORDW}))?\s+(?P<u>roku|rok|rokiem)\b(?!\s+(?:{AGEN})\b)"
                     # the number after "roku": "w roku osiemdziesiątym pierwszym" (timex review batch t36, NKJP)
                     rf"|\b(?:roku|rok)\s+(?P<tw2>{DECW})(?:\s+(?P<uw2>{ORDW}))?\b"),
        # the first day of a range shares the month named after the second: "3-10 sierpnia", "7 i 8 kwietnia"
        # (and each day of a list: "12, 20 i 24 lipca"; timex review batch t28; "z 20, 21 sierpnia", NKJP, battery t39)
        ("rangeday", rf"\b(?P<d>\d{{1,2}})(?=(?:,\s?\d{{1,2}})*(?:\s?(?:[-–]|i\b|oraz\b|do\b|a\b|na\b)|,(?=\s))\s?\d{{1,2}}\.?\s+"
                     rf"(?:(?P<mon>{MONTH})\b|(?P<rm>(?-i:{ROMAN_MONTH}))\b(?![.,/-]?\d)))"  # ("3-5 IX": battery t38)
                     # ("w dniach 16-17.02.2005", the month and year in digits; battery t38)
                     r"|(?<![\d.,/])(?P<d3>\d{1,2})(?=\s?[-–]\s?\d{1,2}\.(?P<m3>0?[1-9]|1[0-2])\.(?P<y3>(?:19|20)\d\d)\b)"
                     # (and with no year: "miała się odbyć 26 - 29.09."; checked in _digit_day_range; battery t39)
                     r"|(?<![\d.,/])(?P<d4>[0-3]?\d)(?=\s?[-–]\s?(?P<d5>[0-3]?\d)\.(?P<m4>0[1-9]|1[0-2])(?![.,/]?\d))"),
        # a day said in words: "trzeciego maja", "dwudziestego pierwszego czerwca"
        ("wordday", rf"\b(?P<dw>{DAYW})(?:\s+(?P<dw2>{ORDW}))?\s+(?P<mon>{MONTH})\b"),
        ("season", rf"\b(?P<s>{SEASON})\b(?:\s+(?P<y>\d{{4}})(?:{YR})?|\s+(?P<ry>{REL})\s+roku\b)?"),  # "latem zeszłego roku"
        # "od lata 2015 roku": the summer of a year ("lata 2014-2020" are years: the singular "roku" tells them apart)
        ("summeryear", r"\b(?P<s>lata|lato|latem)\s+(?P<y>(?:1[5-9]|20)\d\d)\s*(?:r\.|roku\b)"),
        # "pod koniec zimy", "na początku lata", "późnym latem": a part of a season ("lata" is safe after the modifier)
        ("modseason", rf"\b(?P<mod>{MOD})\s+(?P<s>{SEASON_ALL})\b(?:\s+(?P<y>\d{{4}})(?:{YR})?|\s+(?P<ry>{REL})\s+roku\b)?"),
        # (the first lookahead fails fast at the positions no clock time can start at: a fifth of the stage's regex time)
        ("clock", r"(?=[0-9gG])(?:\b(?:godz\.|godzinie|godziny|godzina|godziną|godzinę(?=\s+\d)|godz)\s*|(?<=\bo\s)|(?<=\bod\s)|(?<=\bdo\s)|(?<=\bok\.\s)"
                  r"|(?<=\bokoło\s)|(?<=\bprzed\s)|(?<=\bpo\s)|(?<=\bmiędzy\s)|(?<=\d\sa\s)"  # "około 15.30", "między 17.03 a 17.05"
                  # the next of a list of clock times, "godz. 14.38 i 15.46", "godziny 21.00, 22.00" (checked in find_timexes:
                  # the list must open with "godz." or "o"; timex review batch t36)
                  r"|(?<=\d[.:]\d\d\si\s)|(?<=\d[.:]\d\d,\s)|(?<=\bgodz\.\s\d\d\si\s)|(?<=\bgodz\.\s\d\si\s)"
                  r"|(?<=\d[.:]\d\d\sna\s)"  # "z godziny 2.00 na 3.00" (NKJP; battery t37)
                  # "zakończenie przewidziano na 15.00" (checked in _resolve: not "wzrosła na 2.50"; battery t38)
                  r"|(?<=\bna\s)(?=[012]?\d[.:][0-5]\d\b)"
                  # a programme's entry opening a sentence: "13.00 W Telewizji TRWAM" (timex review batch t36)
                  r"|(?:(?<=[.!?]\s)|(?<=\n)|(?<![\s\S]))(?=[012]?\d[.:][0-5]\d\s+(?:[–—-]\s+)?[A-ZĄĆĘŁŃÓŚŹŻ„\"])"
                  r"|(?<=\d[.:]\d\d – )|(?<=\d[.:]\d\d - )|(?<=\d[.:]\d\d–)|(?<=\d[.:]\d\d-)|(?<=\d[.:]\d\d- )|(?<=\d[.:]\d\d -)"
                  r"|(?<![\d.,:])(?=[012]?\d[.:][0-5]\d\s?[–-]\s?[012]?\d[.:][0-5]\d)"
                  r"|(?<=\bgodzinach\s)(?=[012]?\d\s?[–-]\s?[012]?\d\b(?![.,]?\d)(?!\s*(?:tys|mln|mld|os|proc|%|zł)))"
                  # ("w godzinach 16-18"; batch t37)
                  # a programme's line: "10.00 – otwarcie festynu" (timex review batch t34)
                  r"|(?:(?<=\n)|(?<![\s\S])|(?<=;\s))(?=[012]?\d[.:][0-5]\d\s?[–—-]\s*[^\W\d_])"
                  # and the lines of one run on: "Pierwszy dzień: 9.00 – rejestracja; 9.30 – powitanie" (the first after a
                  # colon only when a second follows: "Wynik: 2.15 - tyle wynosiła różnica" is none; batch t37)
                  r"|(?<=:\s)(?=[012]?\d[.:][0-5]\d\s?[–—-]\s*[^\W\d_][^\n;]{0,80};\s*[012]?\d[.:][0-5]\d\s?[–—-])"
                  # a list of them after a colon: "Msze św. w niedziele: 7.00, 9.00, 11.00" (checked in find_timexes; t38)
                  r"|(?<=:\s)(?=[012]?\d[.:][0-5]\d(?:,\s|\s+i\s+)[012]?\d[.:][0-5]\d)"
                  # or one alone: "Godzina emisji: 17:10", "Początek: 18.00" (checked in find_timexes; battery t38)
                  r"|(?<=:\s)(?=[012]?\d[.:][0-5]\d\b(?![.,:]?\d)(?!\s?[–—-]))"
                  # or after a word of a start and its noun, no colon: "początek koncertu 17:00" (checked in
                  # find_timexes; battery t39)
                  r"|(?P<hd>(?<=[^\W\d]\s))(?=[012]?\d[.:][0-5]\d\b(?![.,:]?\d))"
                  # or after a weekday in brackets: "12 grudnia (sobota) 17.00" (checked in find_timexes; NKJP "17 marca
                  # (środa) 9.30"; battery t39)
                  r"|(?P<ap>(?<=\)\s))(?=[012]?\d[.:][0-5]\d\b(?![.,:]?\d)))"
                  # ("o 18-tej", "od 6-ej po południu": an hour's ordinal written with digits; review batch t34)
                  r"(?P<h>[01]?\d|2[0-3]|24(?=[.:]00))(?:[.:](?P<mi>[0-5]\d)|(?P<hord>-(?:tej|ej|stej)))?\b(?![.,]\d)"
                  # an amount is no time: "wzrosły o 2.50 zł" (timex review batch t34)
                  # ("ok. 2.30 godz." is a length of two and a half hours, no clock time)
                  r"(?!\s?(?:zł\b|złot|gr\b|%|proc|mln|mld|tys|km|kg|cm|mm|m\b|pkt|euro|dolar|osób|razy|godz\b|godz\.(?!\s*\d)|h\b"
                  r"|min\b))"),  # ("1 godz. 15 min." is a length: timex review batch t36)
        ("adjdur", rf"\b(?:(?<![\d,.])(?P<n>\d+(?:,\d)?)(?P<sep>[-‐ ]?)|(?P<pre>{ADJPRE}))(?P<u>{ADJUNIT})(?:ego|emu|ymi|ych|ym|ej|y|a|ą|e|i|mi|m|ch)?\b"),  # hard "-dniowym", soft "-letnim"
        # (a decimal whole: "W 2,5 minutowym nagraniu" was "5 minutowym"; review batch t30)
        # "trwała latami", "całymi miesiącami czekała": an instrumental plural of a unit is a length of several
        # the number after the unit, as the law writes it: "kara pozbawienia wolności do lat 5", "do lat dwóch" (a
        # round number with a period is the decade: "do lat 90."; timex review batch t25)
        ("postnum", rf"(?<=\bdo\s)(?P<u>lat|miesięcy)\s+(?P<n>[1-9]|1[1-9]|[2-9][1-9]|{NUMW})\b(?!\.?\d|-)"),
        ("instrdur", r"(?<!\bz\s)(?<!\bze\s)(?<!między\s)\b(?:(?:całymi|całe)\s+)?(?P<u>latami|dekadami|miesiącami|tygodniami|dniami|godzinami)\b"),
        ("unitalone", r"(?=[rmtdlgw])(?:(?<=\bprzez\s)|(?<=\bna\s)|(?<=\bod\s)|(?<=\bdo\s)|(?<=\bciągu\s)|(?<=\bprzeciągu\s)|(?<=\bza\s)|(?<=\bto\s)"
                      r"|(?<=\bponad\s)|(?<=\bprzeszło\s)|(?<=\bniespełna\s)|(?<=\bniecały\s)|(?<=\bniecałą\s)|(?<=\bniecałe\s)"
                      r"|(?<=\bo\s)(?=(?:rok|miesiąc|tydzień|dzień|godzinę)\b)"
                      # "strajk potrwa tydzień", "trwał dobę": a length after a verb of lasting
                      r"|(?<=\bpotrwa\s)|(?<=\bpotrwają\s)|(?<=\bpotrwać\s)|(?<=\bpotrwał\s)|(?<=\bpotrwała\s)"
                      r"|(?<=\bpotrwało\s)|(?<=\btrwał\s)|(?<=\btrwała\s)|(?<=\btrwało\s)|(?<=\btrwały\s)"
                      # "po latach rozłąki": some years after
                      rf"|(?<=\bpo\s)(?=(?:{AFTER_PO})\b)"
                      # "potrwają około miesiąca" (battery t38)
                      r"|(?<=\bokoło\s)(?=(?:roku|miesiąca|tygodnia|godziny|doby|minuty)\b)"
                      # "Minął rok od katastrofy", "Mija właśnie miesiąc od": a length passed (battery t39)
                      rf"|{ELAPSED}(?=(?:rok|miesiąc|tydzień|dzień|doba)\b))"
                      r"(?P<u>rok|miesiąc|tydzień|dzień|dobę|doba|lat|lata|dni|miesięcy|tygodni|godzin|godzinę|minutę|dekadę|wieki|dekady|dekad"
                      rf"|{AFTER_PO}|(?<=\bod\s)(?:roku|miesiąca|tygodnia|godziny)"
                      r"|(?<=ciągu\s)(?:roku|miesiąca|tygodnia|dnia|doby|godziny)"
                      r"|(?<=\bokoło\s)(?:roku|miesiąca|tygodnia|godziny|doby|minuty)(?!\s+(?:\d|(?-i:[IVX]+)\b)))\b"
                      # a length before "po"/"przed" and the event it is measured from: "Miesiąc po procesie"
                      r"|\b(?P<u2>rok|miesiąc|tydzień|dzień|dwa\s+lata|dwa\s+tygodnie)(?=\s+(?:po|przed)\s+\w)"),
    ]
    return [(name, re.compile(p, re.IGNORECASE)) for name, p in pats]


# ---------------------------------------------------------------- calendar arithmetic


@cache
def _holidays() -> dict[str, str]:
    """Every form of a feast -> its day ("12-25") or its distance from Easter ("easter+60"); "Dzień X" in each case."""
    spec = _vocab().spec
    days = {f"{d} {name}": code for name, code in spec["holiday_days"].items()
            for d in ("Dzień", "Dnia", "Dniu", "Dniem", "dzień", "dnia", "dniu", "dniem")}
    out: dict[str, str] = spec["holidays"] | days
    return out


@cache
def _holiday_name_before() -> re.Pattern[str]:
    heads = _alt(set(_vocab().spec["holiday_name_heads"]))
    # (one word may stand between, though not a preposition of a day: "szkoła w Wigilię będzie zamknięta" is a day)
    return re.compile(rf"(?:^|[^\w.])(?:{heads})[\w.]*\s+(?:(?!(?:w|we|na|po|przed|od|do)\s)\w+\s+)?$", re.IGNORECASE)


_CAPITAL_NEXT = re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ]")


def _holiday_named(m: re.Match[str], prep: str | None) -> bool:
    """Whether a feast's words name a church, a street or a person here, not a day: "kościół Wszystkich Świętych",
    "ul. Bożego Ciała", "Sylwester Chruszcz"; some are a day only after a preposition ("po sylwestrze", not
    "Szczęśliwego Nowego Roku"; battery t39)."""
    text, form = m.string, m.group("hol")
    if _holiday_name_before().search(text, max(0, m.start() - 40), m.start()):
        return True
    if form in _vocab().spec["holidays_after_preposition"]:
        return prep is None or form[:1].isupper() and _CAPITAL_NEXT.match(text, m.end()) is not None
    return False


def _feast_day(code: str, year: int) -> dt.date:
    """The day of a feast's code in `year`: "12-25", or a distance from Easter ("easter+60" is Boże Ciało)."""
    if code.startswith("easter"):
        return _easter(year) + dt.timedelta(days=int(code[6:] or 0))
    return dt.date(year, int(code[:2]), int(code[3:]))


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


_NOT_CALENDAR_YEAR = re.compile(r"\s+(?:szkoln|akademick|budżetow|finansow|obrotow|liturgiczn|podatkow|gospodarcz)"
                                r"(?:y|ego|emu|ym|ymi|ych|e|a|ą|ej|i|im|ich|imi|iego|iemu)\b", re.IGNORECASE)  # the adjective, not "finansowanie"
_ORDINAL_BEFORE = re.compile(r"\b(?:drugi|trzeci|czwart|piąt|szóst|siódm|ósm|dziewiąt|dziesiąt)\w*\s+$", re.IGNORECASE)
# Plural units with no number: "przez lata", "lata temu" are some of them, a length of unknown size (in `_resolve`'s
# relunit and ago branches; one set, which the second of two definitions of this name had silently replaced)
_PLURAL_UNITS = frozenset({"lata", "lat", "miesiące", "miesięcy", "tygodnie", "tygodni", "dni", "godziny", "godzin",
                           "dekady", "dekad", "wieki", "minuty", "minut"})

# Plural units after a relative word ("w najbliższych dniach", "w ostatnich latach") name a stretch of
# unknown length: its granularity, not a date.
_PLURAL_VAGUE = frozenset({"dniach", "dniami", "dni", "tygodniach", "tygodnie", "tygodni", "miesiącach", "miesiące",
                           "miesięcy", "latach", "lata", "lat"})

_MOD_FRACTION = {"START": (0.0, 0.33), "MID": (0.33, 0.67), "END": (0.67, 1.0)}
# "w pierwszej połowie 2010 roku" is the half year 2010-H1 (TimeML's value for halves), not a modifier


def _apply_mod(earliest: dt.date, latest: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """'pod koniec sierpnia' -> the last third of August; 'w połowie lipca' -> its middle third."""
    if mod in ("H1", "H2"):  # halves on calendar lines: a year splits at 1 July, a month after its 15th day
        whole_year = earliest.month == 1 and earliest.day == 1 and latest == dt.date(earliest.year, 12, 31)
        cut = dt.date(earliest.year, 7, 1) if whole_year else earliest + dt.timedelta(days=((latest - earliest).days + 1) // 2)
        return (earliest, cut - dt.timedelta(days=1)) if mod == "H1" else (cut, latest)
    if mod not in _MOD_FRACTION:
        return earliest, latest
    span = (latest - earliest).days
    a, b = _MOD_FRACTION[mod]
    return earliest + dt.timedelta(days=round(span * a)), earliest + dt.timedelta(days=round(span * b))


@dataclass(frozen=True)
class Anchor:
    """The reference date and how much of it is known."""

    date: dt.date | None
    precision: str | None  # day | month | year

    def bounds(self) -> tuple[dt.date, dt.date] | None:
        if self.date is None:
            return None
        if self.precision == "month":
            return self.date.replace(day=1), _month_end(self.date.year, self.date.month)
        if self.precision == "year":
            return dt.date(self.date.year, 1, 1), dt.date(self.date.year, 12, 31)
        return self.date, self.date


@cache
def _na_date_words() -> frozenset[str]:
    """Forms of the relative words that, after "na", name a calendar unit rather than a length."""
    return frozenset(f for lemma in load_json("timex_pl.json")["na_date_relatives"] for f in _adj_forms(lemma))


@lru_cache(maxsize=1_000)
def _deictic_lemma(form: str) -> str:
    """The deictic adjective a form belongs to ("zeszłorocznej" -> "zeszłoroczny")."""
    lemma: str = next(lem for lem in _vocab().spec["deictic_adjectives"] if form in _adj_forms(lem))
    return lemma


def _weekday_from(ref: dt.date, wd: int, tense: str | None) -> dt.date:
    """The weekday `wd` (1 = Monday) relative to `ref`: before for the past, after for the future."""
    cur = ref.isoweekday()
    back = ref - dt.timedelta(days=(cur - wd) % 7)
    fwd = ref + dt.timedelta(days=(wd - cur) % 7)
    if tense == "past":
        return back
    if tense == "future":
        return fwd
    return back if (ref - back) <= (fwd - ref) else fwd


def _month_year(anchor: dt.date, month: int, tense: str | None) -> int:
    """Year of a bare month: the anchor's, unless the tense puts it on the other side of the anchor."""
    if tense == "past" and month > anchor.month:
        return anchor.year - 1
    if tense == "future" and month < anchor.month:
        return anchor.year + 1
    if tense in (None, "present") and month > anchor.month + 6:
        # no verb to tell, and the month far ahead: news look back ("w listopadowej prognozie" in March is
        # last November's)
        return anchor.year - 1
    return anchor.year


def _stated_or_month_year(stated: str | None, anchor: dt.date | None, month: int, tense: str | None) -> int | None:
    """The year written with a month, else the one `_month_year` gives it from the anchor; None with neither."""
    if stated:
        return int(stated)
    return None if anchor is None else _month_year(anchor, month, tense)


def _number(word: str | None, vocab: _Vocab) -> float | None:
    """Numeral value: 1 when absent ("rok temu"), None when vague ("kilka")."""
    if word is None:
        return 1.0
    w = word.lower()
    if w[:1].isdigit():
        return float(w.replace(",", ".").replace(" ", "").replace("\u00a0", ""))
    return vocab.numeral.get(w)


def _fmt_num(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


def _length_value(n: float, unit: str) -> str:
    """TIMEX3 duration value: "P2W", "P1.5Y"; hours, minutes and seconds after the "T" ("PT20M");
    a part of a century or decade in years ("ćwierć wieku" -> P25Y); a half year in months ("półrocze" -> P6M)."""
    if unit == "HY":
        return f"P{_fmt_num(n * 6)}M"
    if unit in ("CE", "DE") and n != int(n) and (n * (100 if unit == "CE" else 10)) == int(n * (100 if unit == "CE" else 10)):
        return f"P{int(n * (100 if unit == 'CE' else 10))}Y"
    return f"PT{_fmt_num(n)}{unit[-1]}" if unit in ("TH", "TM", "S") else f"P{_fmt_num(n)}{unit}"


# ---------------------------------------------------------------- resolution


@dataclass
class _Value:
    type: str
    value: str | None
    granularity: str | None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    anchor: str = "none"
    confidence: float = 1.0
    mod: str | None = None
    point: str | None = None  # an anchored length's landing date ("dwa tygodnie temu" -> 2022-W37)


def _nth_value(kind: str, g: dict[str, str | None], vocab: _Vocab, a: dt.date | None, tense: str | None) -> _Value:
    """ "ostatnia niedziela września", "w drugim tygodniu stycznia" (the ISO week of the month's n-th seven days'
    middle: 8-14), "w pierwszym tygodniu ferii" (a week of something the text names: KPWr writes "2005-Wxx")."""
    if not g.get("mon"):
        return _Value("DATE", f"{a.year}-Wxx" if a is not None else "XXXX-Wxx", "week", confidence=0.3)
    month = vocab.month[(g["mon"] or "").lower()]
    year = int(g["y"] or 0) if g.get("y") else _month_year(a, month, tense) if a is not None else None
    if year is None:
        return _Value("DATE", f"XXXX-{month:02d}", "month", confidence=0.3)
    nth = _ordinal(g["ord"] or "")  # -1 for the last
    anchor = "none" if g.get("y") else "publication"
    if kind == "nthweekday":
        wd = vocab.weekday[(g["wd"] or "").lower()]
        d = [dt.date(year, month, x) for x in range(1, _month_end(year, month).day + 1)
             if dt.date(year, month, x).isoweekday() == wd][nth]
        return _Value("DATE", d.isoformat(), "day", d, d, anchor)
    end = _month_end(year, month)
    lo = end - dt.timedelta(days=6) if nth < 0 else dt.date(year, month, 1) + dt.timedelta(days=7 * nth)
    hi = min(lo + dt.timedelta(days=6), end)
    iso = (lo + (hi - lo) / 2).isocalendar()
    return _Value("DATE", f"{iso[0]}-W{iso[1]:02d}", "week", lo, hi, anchor)


def _ordinal_hour(word: str, vocab: _Vocab) -> int:
    """The hour an ordinal names: "szóstej" is 6."""
    return int(next(vocab.spec["hour_words"][lm] for lm in vocab.spec["hour_words"] if word.lower() in _adj_forms(lm)))


def _ordinal(word: str) -> int:
    """Index of an ordinal word among the first four, -1 for "ostatni" (the last)."""
    w = word.lower()
    return -1 if w.startswith("ostatni") else next(i for i, p in enumerate(("pierwsz", "drug", "trzec", "czwart")) if w.startswith(p))


def _year_of(y: int, anchor: str = "none", confidence: float = 1.0) -> _Value:
    """The year `y`, four digits ("0656"), and its days."""
    return _Value("DATE", f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31), anchor, confidence)


def _decade_of(century: int, dec: int, mod: str | None = None) -> _Value:
    """The decade `dec` (0, 10, … 90) of `century` (19 for the 1900s): "199" and its years ("080" in the 800s)."""
    lo, hi = _apply_mod(dt.date(century * 100 + dec, 1, 1), dt.date(century * 100 + dec + 9, 12, 31), mod)
    return _Value("DATE", f"{century:02d}{dec // 10}", "decade", lo, hi, mod=mod)


def _century_of(c: int, mod: str | None = None) -> _Value | None:
    """The `c`th century ("XIX w." is "18"), None outside the first 21."""
    if not 1 <= c <= 21:
        return None
    lo, hi = _apply_mod(dt.date(max((c - 1) * 100, 1), 1, 1), dt.date(c * 100 - 1, 12, 31), mod)
    return _Value("DATE", f"{c - 1:02d}", "century", lo, hi, mod=mod)


def _compound_ordinal(first: str, second: str | None, vocab: _Vocab) -> int:
    """An ordinal in words: "trzeciego" 3, "dwudziestej drugiej" 22, "trzydziestego pierwszego" 31 (a day, an hour, a
    century)."""
    n = _ordinal_hour(first, vocab)
    if n in (20, 30) and second:
        n += int(next(vocab.spec["ordinal_unit_words"][lm] for lm in vocab.spec["ordinal_unit_words"]
                      if second.lower() in _adj_forms(lm)))
    return n


def _of_no_day(v: _Value) -> _Value:
    """The hour of `v` on no day in particular: "T18:00", as KPWr writes an hour of a day the text does not tell."""
    return _Value("TIME", f"T{(v.value or '').split('T', 1)[1]}", "time", None, None, "none", 0.5)


def _publication_year(anchor: Anchor) -> int | None:
    """The publication's year when it is dated to the day or month, for a story day the text leaves unnamed."""
    return anchor.date.year if anchor.date is not None and anchor.precision in ("day", "month") else None


def _clock_on(a: dt.date | None, anchor: Anchor, clock: str, confidence: float, unknown_confidence: float) -> _Value:
    """A clock time ("10:30", "XX:XX") on the publication day, or on no known day when the publication is not dated
    to the day."""
    if a is None or anchor.precision != "day":
        return _Value("TIME", f"XXXX-XX-XXT{clock}", "time", confidence=unknown_confidence)
    return _Value("TIME", f"{a.isoformat()}T{clock}", "time", a, a, "publication", confidence)


def _day(d: dt.date, anchored: bool = True) -> _Value:
    return _Value("DATE", d.isoformat(), "day", d, d, "publication" if anchored else "none")


def _relative_day(anchor: Anchor, fn: Any) -> _Value:
    """Apply a day-level relative rule to every possible publication day; exact if they agree."""
    b = anchor.bounds()
    if b is None:
        return _Value("DATE", None, "day", anchor="publication", confidence=0.0)
    lo, hi = fn(b[0]), fn(b[1])
    if lo == hi or anchor.precision == "day":
        return _Value("DATE", lo.isoformat(), "day", lo, hi, "publication")
    return _Value("DATE", None, "day", min(lo, hi), max(lo, hi), "publication", confidence=0.3)


def _unit_shift(d: dt.date, unit: str, n: int) -> tuple[str, str, dt.date, dt.date]:
    """Value, granularity and interval of the unit containing `d` shifted by `n` units."""
    if unit == "Y":
        y = d.year + n
        return str(y), "year", dt.date(y, 1, 1), dt.date(y, 12, 31)
    if unit == "M":
        m = _add_months(d.replace(day=1), n)
        return f"{m:%Y-%m}", "month", m, _month_end(m.year, m.month)
    if unit in ("W", "WE"):
        w = d + dt.timedelta(weeks=n)
        start = w - dt.timedelta(days=w.isoweekday() - 1)
        if unit == "WE":
            return _iso_week(w) + "-WE", "week", start + dt.timedelta(days=5), start + dt.timedelta(days=6)
        return _iso_week(w), "week", start, start + dt.timedelta(days=6)
    if unit == "Q":
        q = (d.month - 1) // 3 + n
        y, q = d.year + q // 4, q % 4
        return f"{y}-Q{q + 1}", "quarter", dt.date(y, 3 * q + 1, 1), _month_end(y, 3 * q + 3)
    if unit == "HY":  # "w tym półroczu" is the half year, not the day (timex review batch t24)
        h = (d.month - 1) // 6 + n
        y, h = d.year + h // 2, h % 2
        return f"{y}-H{h + 1}", "quarter", dt.date(y, 6 * h + 1, 1), _month_end(y, 6 * h + 6)
    if unit == "DE":
        dec = d.year // 10 + n
        return f"{dec:03d}", "decade", dt.date(dec * 10, 1, 1), dt.date(dec * 10 + 9, 12, 31)
    if unit == "CE":
        c = d.year // 100 + n
        return f"{c:02d}", "century", dt.date(max(c * 100, 1), 1, 1), dt.date(c * 100 + 99, 12, 31)
    day = d + dt.timedelta(days=n)
    return day.isoformat(), "day", day, day


@lru_cache(maxsize=10_000)
def _agrees(adj: str, noun: str) -> bool:
    """Whether some reading of `adj` agrees with some noun reading of `noun` in number, case and gender."""
    if adj.endswith("."):
        return True  # an abbreviation ("ub. roku") shows no agreement to check
    def feats(form: str, classes: tuple[str, ...]) -> list[tuple[set[str], set[str], set[str]]]:
        return [(set(f[1].split(".")), set(f[2].split(".")), set(f[3].split(".")))
                for _l, tag, _q in analyse(form) for f in [tag.split(":")] if f[0] in classes and len(f) > 3]
    nouns = feats(noun, ("subst", "ger"))
    if not nouns:
        return True  # a form Morfeusz does not know as a noun: nothing to contradict
    return any(a[0] & n[0] and a[1] & n[1] and (a[2] & n[2] or {"m1", "m2", "m3"} & a[2] and {"m1", "m2", "m3"} & n[2])
               for a in feats(adj, ("adj", "pact")) for n in nouns)  # "nadchodzącym", "mijający" are participles


@cache
def _date_after() -> re.Pattern[str]:
    return re.compile(rf"\s+\d{{1,2}}(?:\.\d{{1,2}}\.|\.?\s+(?:{_alt(set(_vocab().month))})\b)", re.IGNORECASE)


def _date_follows(text: str, end: int) -> bool:
    """Whether a day of a month ("31 grudnia", "31.12.") follows `end`."""
    return _date_after().match(text, end) is not None


def _month_follows(m: re.Match[str]) -> bool:
    return _coordinated_month_after().match(m.string, m.end()) is not None


@cache
def _coordinated_month_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(set(_vocab().month))})\s*(?:i|oraz|lub|albo|a|[-–])\s*$", re.IGNORECASE)


@cache
def _coordinated_month_after() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:i|oraz|lub|albo|[-–])\s*(?:{_alt(set(_vocab().month))})\b", re.IGNORECASE)


def _after_weekday(m: re.Match[str]) -> re.Match[str] | None:
    """The second of coordinated weekdays shares the first one's preposition: "We wtorek i środę"."""
    return _coordinated_weekday().search(m.string, max(0, m.start() - _WEEKDAY_LIST_WINDOW), m.start())


_WEEKDAY_LIST_WINDOW = 60  # characters before a weekday read for the list it ends ("w poniedziałki, środy i ")


@cache
def _coordinated_weekday() -> re.Pattern[str]:
    # (a list too: "w poniedziałki, środy i piątki" lost "piątki"; timex review batch t34)
    wd, gap = _alt(set(_vocab().weekday)), r"\s*(?:,|i|oraz|lub|albo)\s*"
    return re.compile(rf"\b(?P<p>w|we|od|do)\s+(?P<first>{wd})(?:{gap}(?:{wd}))*{gap}$", re.IGNORECASE)


# the plural weekdays that "w" makes a frequency: "w soboty", "we wtorki"
# the prepositions before an hour's ordinal said alone: "o dwunastej", "na ósmą", "między jedenastą"
_WORD_HOUR_PREPS = ("o", "od", "do", "po", "około", "koło", "przed", "na", "między")
_PLURAL_WEEKDAYS = "poniedziałki|wtorki|środy|czwartki|piątki|soboty|niedziele"
_PLURAL_WEEKDAY = re.compile(rf"(?:{_PLURAL_WEEKDAYS})", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*(?:,|i|oraz|lub|albo)\s*", re.IGNORECASE)


@cache
def _idioms(ignore_case: bool = False) -> re.Pattern[str]:
    # (case-sensitive over the lower-cased text: a third faster than IGNORECASE over the text)
    return re.compile(rf"\b(?:{_alt({w.lower() for w in _vocab().spec['not_time_idioms']})})\b",
                      re.IGNORECASE if ignore_case else 0)


_NOUN_AFTER = re.compile(r"\s+(\w+)")


def _generic_present(text: str, end: int) -> bool:
    """Whether "dzisiejszy" means present-day: before "świat"/"czasy" or a plural noun ("dzisiejszych
    produkcjach", "dzisiejszym arrywistom"); KPWr train annotates none of these and all singular uses."""
    m = _NOUN_AFTER.match(text, end)
    if m is None:
        return False
    readings = [(lemma, tag.split(":")) for lemma, tag, _q in analyse(m.group(1)) if tag.startswith("subst")]
    if any(lemma in ("świat", "czas", "czasy") for lemma, _f in readings):
        return True
    return bool(readings) and all(len(f) > 1 and f[1] == "pl" for _l, f in readings)


@cache
def _coordinated_month() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:i|oraz|lub|a|albo|-|–)\s+(?:{_alt(set(_vocab().month))})\s+(?:(?P<y>\d{{4}})|(?P<rel>\w+)\s+roku\b)",
                      re.IGNORECASE)


def _shared_year(m: re.Match[str], vocab: _Vocab, a: dt.date | None) -> int | None:
    """The year a coordinated month names for both: "kwietnia i maja przyszłego roku", "marca i kwietnia 2010"."""
    after = _coordinated_month().match(m.string[m.end():m.end() + 60])
    if after is None:
        return None
    if after.group("y"):
        return int(after.group("y"))
    shift = vocab.rel.get(after.group("rel").lower())
    return a.year + shift if shift is not None and a is not None else None


def _month_value(year: int, month: int, anchor: str, mod: str | None = None) -> _Value:
    """A month as a DATE with its interval, narrowed by a modifier ("pod koniec sierpnia")."""
    lo, hi = _apply_mod(dt.date(year, month, 1), _month_end(year, month), mod)
    return _Value("DATE", f"{year}-{month:02d}", "month", lo, hi, anchor, mod=mod)


def _resolve(kind: str, m: re.Match[str], anchor: Anchor, tense: str | None, prep: str | None,
             vocab: _Vocab) -> _Value | None:
    g = m.groupdict()
    a = anchor.date
    low = m.group(0).lower()
    if prep == "od" and tense == "present":
        tense = "past"  # "od soboty jest w Holandii", "od końca grudnia prowadzone są szczepienia": since a time past
    mod = vocab.mod.get((g.get("mod") or g.get("mod2") or "").lower()) if (g.get("mod") or g.get("mod2")) else None

    if kind == "set":
        if g.get("season"):
            return _Value("SET", "XXXX-" + {"z": "WI", "w": "SP", "j": "FA", "l": "SU"}[g["season"][0].lower()], None)
        if g.get("adv"):
            return _Value("SET", vocab.set_words[g["adv"].lower()], None)
        if g.get("pl"):
            pl = g["pl"].lower()
            return _Value("SET", "XXXX-WXX-WE" if pl == "weekendy" else f"XXXX-WXX-{vocab.weekday[pl]}", None)
        u = (g.get("u") or "").lower()
        n = _number(g.get("n"), vocab)
        if u in vocab.unit:
            code = vocab.unit[u]
            if code in ("TH", "TM", "S"):
                return _Value("SET", f"PT{_fmt_num(n or 1)}{code[-1]}" if n else None, None)
            return _Value("SET", f"P{_fmt_num(n)}{code}" if n else None, None)
        if u in vocab.weekday:
            return _Value("SET", f"XXXX-WXX-{vocab.weekday[u]}", None)
        return _Value("SET", "P1D", None)

    if kind == "dmy":
        if g.get("y2"):
            g.update(d=g["d2"], m=g["m2"], y=g["y2"])
        y = int(g["y"])
        if len(g["y"]) == 2:  # "16.02.05": the century that puts it nearest the anchor (2000s before 2030)
            base = a.year if a else 2000
            y += (base // 100) * 100
            if y > base + 10:
                y -= 100
        try:
            return _day(dt.date(y, int(g["m"]), int(g["d"])), False)
        except ValueError:
            return None

    if kind == "eventday":
        return _Value("DATE", None, "day", anchor="text", confidence=0.3, mod="eventday")  # the story's day, below

    if kind == "anaday":
        w = g["w"].lower()
        if w in ("któregoś dnia", "pewnego dnia"):
            return _Value("DATE", "XXXX-XX-XX", "day", confidence=0.3)
        return _Value("DATE", None, "day", anchor="text", confidence=0.3, mod=w)  # resolved against the story below

    if kind == "nightfrom":  # the night is the first day's, as "Tuesday night" is: TIMEX3 "…TNI"
        if g.get("wd1"):
            v = _relative_day(anchor, lambda d: _weekday_from(d, vocab.weekday[g["wd1"].lower()], tense))
            return _Value("TIME", f"{v.value}TNI", "time", v.earliest, v.latest, v.anchor, v.confidence) if v.value else \
                _Value("TIME", f"XXXX-WXX-{vocab.weekday[g['wd1'].lower()]}TNI", "time", confidence=0.5)
        month = vocab.month[g["mon"].lower()]
        g["d1"] = g.get("d1") or g["d1b"]
        if (night_year := _stated_or_month_year(g.get("y"), a, month, tense)) is None:
            return _Value("TIME", f"XXXX-{month:02d}-{int(g['d1']):02d}TNI", "time", confidence=0.5)
        night = dt.date(night_year, month, int(g["d1"]))
        return _Value("TIME", f"{night.isoformat()}TNI", "time", night, night, "none" if g.get("y") else "publication")

    if kind == "partofday":
        part = vocab.spec["parts_of_day"][g["part"].lower()]
        return _Value("TIME", f"T{part}", "time", anchor="text", confidence=0.5, mod="partofday")  # day set below

    if kind == "weekend":
        if a is None:
            return _Value("DATE", "XXXX-WXX-WE", "week", confidence=0.5)
        val, gran, lo, hi = _unit_shift(a, "WE", -1 if tense == "past" and a.isoweekday() < 6 else 0)
        return _Value("DATE", val, gran, lo, hi, "publication", 0.7)

    if kind == "whole":
        code = vocab.unit.get(g["u"].lower(), "D")  # "całą noc", "całą dobę": a day at most
        return _Value("DURATION", "P2D" if code == "WE" else _length_value(1, code), None)

    if kind == "jubilee":
        return _Value("DURATION", f"P{int(g['n'])}Y", None)

    if kind == "wordyear":
        tw, uw = g.get("tw") or g["tw2"], g.get("uw") or g.get("uw2")
        tens = next(vocab.spec["decade_words"][lm] for lm in vocab.spec["decade_words"] if tw.lower() in _adj_forms(lm))
        units = next((vocab.spec["ordinal_unit_words"][lm] for lm in vocab.spec["ordinal_unit_words"]
                      if uw and uw.lower() in _adj_forms(lm)), 0)
        return _year_of(1900 + tens + units, confidence=0.7)  # the century is left out in speech only when it is the last one

    if kind == "decade2":
        if not _DECADE_LIST_BEFORE.search(m.string, max(0, m.start() - 25), m.start()):
            return None  # a page or a list of numbers, no decades
        dec = int(g["dec"])
        return _decade_of(19 if dec >= 30 or a is None else (a.year // 100 if dec <= a.year % 100 else a.year // 100 - 1), dec)
    if kind == "wordcentury":
        return _century_of(_compound_ordinal(g.get("cw") or g["cw3"], g.get("cw2") or g.get("cw4"), vocab), mod)
    if kind == "apyear":
        yy = int(g.get("yy") or g["yy2"])
        base = a.year if a is not None else 2000
        full = base // 100 * 100 + yy
        return _year_of(full - 100 if full > base + 10 else full)
    if kind == "decadeword":
        g["dw"] = g.get("dw") or g["dw2"]
        lemma = next(lm for lm in vocab.spec["decade_words"] if g["dw"].lower() in _adj_forms(lm))
        dec = vocab.spec["decade_words"][lemma]
        return _decade_of(19 if a is None or dec > a.year % 100 else a.year // 100, dec, mod)

    if kind in ("datetime", "iso", "daymonth", "rangeday", "wordday", "ddmm", "abbrdate", "romanday"):
        if kind == "iso" and g.get("y2"):
            g.update(d=g["d2"], m=g["m2"], y=g["y2"])
        if kind == "rangeday" and g.get("d3"):
            g.update(d=g["d3"], m=g["m3"], y=g["y3"])
        elif kind == "rangeday" and g.get("d4"):
            g.update(d=g["d4"], m=g["m4"])
        if kind == "abbrdate" and g.get("mon2"):
            g.update(d=g["d2"], y=g["y2"], h=g["h2"], mi=g["mi2"])
        try:
            day = int(g["d"]) if kind != "wordday" else _compound_ordinal(g["dw"], g.get("dw2"), vocab)
            if kind in ("daymonth", "rangeday", "wordday") and g.get("mon"):
                month = vocab.month[g["mon"].lower()]
            elif kind == "abbrdate":
                month = vocab.month[g["mon2"].lower()] if g.get("mon2") else vocab.spec["month_abbreviations"][g["mab"].lower()]
            else:
                month = int(g["m"]) if g.get("m") else _roman(g["rm"])
            if g.get("y"):
                year = int(g["y"])
                anchored = False
            elif g.get("ry") and a:
                year = a.year + vocab.rel[g["ry"].lower()]
                anchored = True
            elif g.get("ab") and a:  # "29 marca ub.r.", "10 lipca br."
                year = a.year - (1 if g["ab"].startswith("ub") else 0)
                anchored = True
            elif a:
                # "zapowiedziano na 13 sierpnia": a date something is set for lies ahead, whatever the verb's tense
                year = _month_year(a, month, "future" if prep == "na" and kind in ("daymonth", "wordday", "ddmm", "romanday") else tense)
                anchored = True
            else:
                year = None
                anchored = False
            if year is None:
                dt.date(2000, month, day)  # validate
                return _Value("DATE", f"XXXX-{month:02d}-{day:02d}", "day", confidence=0.5)
            d = dt.date(year, month, day)
        except (ValueError, KeyError):
            return None
        v = _day(d, anchored)
        if kind == "datetime" and g.get("h0") and not g.get("h"):
            g.update(h=g["h0"], mi=g["mi0"])
        if g.get("h"):
            h, mi = int(g["h"]), int(g.get("mi") or 0)
            if h > 24 or mi > 59:
                return v
            v = _Value("TIME", f"{d.isoformat()}T{h:02d}:{mi:02d}", "time", d, d, v.anchor)
        return v

    if kind == "quarter":
        ordinal = g["ord"].lower()
        q = {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(ordinal) or next(
            (n for stem, n in (("pierwsz", 1), ("drug", 2), ("trzeci", 3), ("czwart", 4)) if ordinal.startswith(stem)), 0)
        if not q or g.get("half") and q > 2:
            return None
        if g.get("y"):
            year = int(g["y"])
        elif a is None:
            return _Value("DATE", f"XXXX-{'H' if g.get('half') else 'Q'}{q}", "quarter", confidence=0.5)
        elif g.get("ab"):
            year = a.year - (1 if g["ab"].startswith("ub") else 0)
        elif g.get("ry"):
            year = a.year + vocab.rel[g["ry"].lower()]
        else:
            # a past verb puts a bare quarter not yet begun in the year before: "w czwartym kwartale rozwijała się"
            # said in February; a future verb does not move it ("dane o PKB w I kwartale będą" are this year's)
            year = a.year - (tense == "past" and (6 * q - 5 if g.get("half") else 3 * q - 2) > a.month)
        if g.get("half"):  # "w drugim półroczu": a half-year, H1/H2 as TIMEX3 writes it
            return _Value("DATE", f"{year}-H{q}", "quarter", dt.date(year, 6 * q - 5, 1), _month_end(year, 6 * q),
                          "none" if g.get("y") else "publication")
        lo = dt.date(year, 3 * q - 2, 1)
        return _Value("DATE", f"{year}-Q{q}", "quarter", lo, _month_end(year, 3 * q), "none" if g.get("y") else "publication")

    if kind == "monthyear":
        month = vocab.month[g["mon"].lower()]
        if g.get("y") or g.get("y4"):
            year = int(g.get("y") or g["y4"])
        elif g.get("ab"):
            if not a:
                return None
            year = a.year - (1 if g["ab"].startswith("ub") else 0)
        elif a:
            year = a.year + vocab.rel[g["ry"].lower()]
        else:
            return None
        return _month_value(year, month, "none" if g.get("y") or g.get("y4") else "publication", mod)

    if kind == "month":
        word = g["mon"]
        month = vocab.month[word.lower()]
        if word.lower() in ("maj", "maja") and prep is None and not mod and not _month_follows(m) and not (
                _coordinated_month_before().search(m.string, max(0, m.start() - 30), m.start())):
            return None  # "maj" is also a verb form; a bare month needs a preposition, a modifier or a month
            # coordinated with it ("na przełomie maja i czerwca", "na przełomie kwietnia i maja"; battery t39)
        shared = _shared_year(m, vocab, a)  # "na przełomie kwietnia i maja przyszłego roku"
        if shared is not None:
            return _month_value(shared, month, "none" if a is None else "publication", mod)
        if a is None:
            return _Value("DATE", f"XXXX-{month:02d}", "month", confidence=0.5, mod=mod)
        return _month_value(_month_year(a, month, tense), month, "publication", mod)

    if kind in ("nthweekday", "nthweek"):
        return _nth_value(kind, g, vocab, a, tense)

    if kind in ("year", "bareyear"):
        year = int(g.get("y") or g.get("y2") or g.get("old") or g.get("old3") or 0)
        if (g.get("old") or g.get("old3")) and (w := _COUNTED_NOUN.match(m.string, m.end())) and any(
                tag.startswith("subst:pl") for _l, tag, _q in analyse(w.group(1))):
            return None  # "w 1200 gminach", "z 1480 do 1681 transakcji": a number of things
        if g.get("old") and _BARE_RANGE_AFTER.match(m.string, m.end()):
            return None  # "liczba transakcji z 1480 do 1681": a range of numbers; a range of years says "roku" or "r."
        if kind == "bareyear" and prep is None and not _year_context(m):
            return None  # a bare four-digit number is a year only after a preposition ("w 2010") or in year context
        if kind == "bareyear" and prep not in ("w", "we") and _counts_noun(m.string, m.end()):
            return None  # "na 2000 skarg", "do 1681 transakcji": a number of things
        lo, hi = _apply_mod(dt.date(year, 1, 1), dt.date(year, 12, 31), mod)
        return _Value("DATE", f"{year:04d}", "year", lo, hi, mod=mod)

    if kind == "anayear":
        return _Value("DATE", None, "year", anchor="text", confidence=0.3, mod="anayear")  # resolved against the story below

    if kind == "relpart":  # "minionej nocy": the night before the publication day
        part = vocab.spec["relative_part_nouns"][g["part"].lower()]
        if g["rel"].lower() in vocab.spec["anaphoric_part_words"]:  # "tego wieczoru": the day the story is on
            return _Value("TIME", None, "time", anchor="text", confidence=0.3, mod=f"anapart:{part}")
        if (shift := vocab.spec["anaphoric_part_shifts"].get(g["rel"].lower())) is not None:
            # "poprzedniego wieczoru", "następnego ranka": a day before or after the story's (timex battery t38)
            return _Value("TIME", None, "time", anchor="text", confidence=0.3, mod=f"anapart:{part}:{shift}")
        shift = vocab.spec["relative_parts"][g["rel"].lower()]
        v = _relative_day(anchor, lambda d: d + dt.timedelta(days=shift))
        if v.value is None or v.confidence < 1.0:
            return _Value("TIME", f"XXXX-XX-XXT{part}", "time", v.earliest, v.latest, "publication", 0.3)
        return _Value("TIME", f"{v.value}T{part}", "time", v.earliest, v.latest, "publication")

    if kind == "holiday":
        form = g["hol"]
        if a is None or _holiday_named(m, prep):
            return None
        # ("drugi dzień świąt" is Christmas's or Easter's, whichever lies nearer: "12-26|easter+1"; battery t39)
        days: list[dt.date] = []
        for code in _holidays()[form].split("|"):
            # the one the tense points to: "w Boże Narodzenie byliśmy" is last December's in January; with no tense
            # to tell, the nearest ("w Wigilię" in January is the last one, in November the coming one; battery t39)
            if tense == "past":
                year = a.year - (_feast_day(code, a.year) > a)
            elif tense == "future":
                year = a.year + (_feast_day(code, a.year) < a)
            else:
                year = min((a.year - 1, a.year, a.year + 1), key=lambda y: abs((_feast_day(code, y) - a).days))
            days.append(_feast_day(code, year))
        return _day(min(days, key=lambda d: abs((d - a).days)))

    if kind == "era":
        year = int(g["y"])
        if g["era"].lower().startswith("p"):
            return _Value("DATE", f"BC{year:04d}", "year")  # before the common era: no calendar interval in Python dates
        return _Value("DATE", f"{year:04d}", "year", dt.date(year, 1, 1), dt.date(year, 12, 31)) if year else None

    if kind == "yearend":
        range_start = _RANGE_FIRST_YEAR.search(m.string, max(0, m.start() - 8), m.start())
        if range_start is None:
            return None
        first, yy = int(range_start.group(1)), int(g["yy"])
        if not (yy > first % 100 or first % 100 >= 90 and yy < 10):
            return None  # a range runs forward ("1999-01" wraps the century); "2022-09" is a month, not a year
        return _year_of(first // 100 * 100 + yy + (100 if yy < first % 100 else 0))

    if kind == "decade":
        if _AGE_VERB_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
            return None  # "miał lat 20", "Dorósł lat 30-ci": an age (timex review batch t36)
        dec = int(g["dec"])
        century = 19 if dec >= 30 or "xx" in low else 20 if a is None else (a.year // 100 if dec <= a.year % 100 else a.year // 100 - 1)
        # (with its modifier: "w drugiej połowie lat 90." is 199-H2, as KPWr train writes "drugiej połowy XX wieku")
        return _decade_of(century, dec, mod)

    if kind == "romcentadj":
        return _century_of(_roman(g["rom"])) if g["rom"] else None
    if kind == "century":
        if not (g.get("rom") or g.get("rom2")):
            return None
        return _century_of(_roman(g.get("rom") or g["rom2"]), mod)

    if kind == "yadjseason":
        lemma = _deictic_lemma(g["w"].lower())
        code = _season_codes()[g["s"].lower()]
        if a is None:
            return _Value("DATE", f"XXXX-{code}", "season", confidence=0.5, mod=mod)
        return _Value("DATE", f"{a.year + vocab.spec['deictic_adjectives'][lemma][1]}-{code}", "season",
                      anchor="publication", confidence=0.8, mod=mod)

    if kind in ("deictic", "dadj"):
        w = g["w"].lower()
        if kind == "deictic":
            if w == "jutra" and prep not in ("do", "od"):
                return None  # "lepszego jutra" is the future; "do jutra", "od jutra" the day
            unit, n = "D", vocab.spec["deictic_days"][w]
        else:
            lemma = _deictic_lemma(w)
            unit, n = vocab.spec["deictic_adjectives"][lemma]
            if lemma == "dzisiejszy" and _generic_present(m.string, m.end()):
                return None  # "w dzisiejszym świecie", "dzisiejszych czasach": present-day, not today
        part = vocab.spec["parts_of_day"].get((g.get("part") or "").lower())
        if unit in ("W", "M"):  # "zeszłotygodniowa decyzja", "ubiegłomiesięczne dane"
            if a is None:
                return _Value("DATE", None, "week" if unit == "W" else "month", anchor="publication", confidence=0.0)
            val, gran, lo, hi = _unit_shift(a, unit, n)
            return _Value("DATE", val, gran, lo, hi, "publication")
        if unit == "Y":
            if a is None:
                return _Value("DATE", None, "year", anchor="publication", confidence=0.0)
            return _Value("DATE", str(a.year + n), "year", dt.date(a.year + n, 1, 1), dt.date(a.year + n, 12, 31), "publication")
        # (the small hours "after midnight" of a day are the next date's: "Dziś po północy posłowie zadecydują" is
        # tomorrow's night, as KPWr train has it; timex battery 5)
        after_midnight = (g.get("part") or "").lower() == "po północy"
        v = _relative_day(anchor, lambda d: d + dt.timedelta(days=n + after_midnight))
        if part and v.value:
            v = _Value("TIME", f"{v.value}T{part}", "time", v.earliest, v.latest, v.anchor, v.confidence)
        return v

    if kind == "ago":
        u = vocab.unit.get((g.get("u") or g.get("u2") or "").lower())
        n = _number(g.get("n") or g.get("n2"), vocab)
        direction = (g.get("dir") or g.get("dir2") or "").lower()
        if u is None:
            return None
        if g.get("u2") and not g.get("n2") and g["u2"].lower() in ("laty", "latami", "miesiącami", "tygodniami", "dniami"):
            n = None  # "przed laty": some years ago
        if g.get("u") and not g.get("n") and g["u"].lower() in _PLURAL_UNITS:
            n = None  # "lata temu", "miesiące temu": some of them, not one (timex review batch t32)
        if direction in ("wcześniej", "później"):  # "dwa dni wcześniej": before a moment of the story, so a length
            if n is None:
                return _Value("DURATION", "VAGUE", None)
            return _Value("DURATION", _length_value(n, u), None)
        # "dwa tygodnie temu", "przed rokiem": the length, with the date it reaches back to as its point
        if n is None:
            return _Value("DURATION", "VAGUE", None, None, a, "publication", 0.3)
        length = _length_value(n, u)
        if a is None or u in ("TH", "TM", "S") or n != int(n):
            return _Value("DURATION", length, None)
        val, gran, lo, hi = _unit_shift(a, u, -int(n))
        return _Value("DURATION", length, gran, lo, hi, "publication", point=val)

    if kind == "relsummer":
        rel_word = (g.get("rel") or g.get("rel2") or "ten").lower()
        shift = vocab.rel.get(rel_word, 0) if rel_word not in ("tamtego", "tamto") else None
        if shift is None or a is None:
            return _Value("DATE", "XXXX-SU", "season", confidence=0.5)
        if rel_word.startswith("ostatni") and a.month >= 9:
            shift = 0  # "ostatnie lato" in the autumn: the one just past
        return _Value("DATE", f"{a.year + shift}-SU", "season", anchor="publication", confidence=0.8)
    if kind == "relunit2":
        kind = "relunit"
    if kind in ("relunit", "modunit"):
        word = (g.get("u") or "").lower()
        rel = vocab.rel.get((g.get("rel") or "ten").lower(), 0)
        if g.get("rel") and g["rel"].lower() in _adj_forms("ostatni") and kind == "relunit" and prep in ("przez", "w ciągu", "na", "od"):
            rel = 0  # "przez ostatni rok" is a duration, handled below
        if word in _PLURAL_UNITS and prep in ("przez", "na", "w ciągu", "od", None):
            return _Value("DURATION", "VAGUE", None)  # "w ciągu ostatnich dni": some days, not one
        if word in _PLURAL_VAGUE and g.get("rel") and rel != 0:
            # "w najbliższych dniach", "w ostatnich latach": some time on one side of the publication, never a
            # made-up day or year; the value says only the granularity (TimeML's X placeholders, as KPWr has them)
            code = vocab.unit[word]
            pub = a if anchor.precision == "day" else None
            return _Value("DATE", {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[code],
                          {"D": "day", "W": "week", "M": "month", "Y": "year"}[code],
                          pub if rel > 0 else None, pub if rel < 0 else None, "publication", 0.3)
        if word in ("minutach", "godzinach", "minucie") and g.get("rel") and rel != 0 and prep == "w" and (
                word != "minucie" or _match_words().search(m.string, max(0, m.start() - _MATCH_WINDOW), m.end() + _MATCH_WINDOW)):
            # "w ostatnich minutach", "w najbliższych godzinach": some time of an unknown day (KPWr train: "txx:xx"); "w
            # ostatniej minucie" of a match too, not a figure of speech ("dosłownie w ostatniej minucie"; battery t38)
            return _Value("TIME", "TXX:XX", "time", anchor="publication", confidence=0.3)
        if kind == "relunit" and prep in ("przez", "na", "w ciągu") and word in ("godziny", "minuty", "sekundy", "doby") and (
                g.get("rel") or "").lower().endswith("e"):
            return _Value("DURATION", "VAGUE", None)  # "przez ostatnie godziny": some hours, not one
        if kind == "relunit" and prep in ("przez", "na", "w ciągu") and word in vocab.unit and not (
                prep == "na" and (g.get("rel") or "").lower() in _na_date_words()):
            # ("na przyszły tydzień", "na ten rok": for the week or year named, a date; "na najbliższy rok": a length)
            return _Value("DURATION", _length_value(1, vocab.unit[word]), None)
        if a is None:
            return _Value("DATE", None, None, anchor="publication", confidence=0.0)
        if word in vocab.weekday:
            wd = vocab.weekday[word]
            if rel == 0 and tense == "future":
                # "w tę środę odbędzie się" told on a Sunday is the coming one, not the past days of this week
                fn = lambda d: _weekday_from(d, wd, "future")  # noqa: E731 - (battery t39)
            elif rel == 0:
                fn = lambda d: d - dt.timedelta(days=d.isoweekday() - wd)  # noqa: E731 - this week's
            else:
                fn = lambda d: _weekday_from(d - dt.timedelta(days=1) if rel < 0 else d + dt.timedelta(days=1), wd,  # noqa: E731
                                             "past" if rel < 0 else "future")
            return _relative_day(anchor, fn)
        if word in vocab.season:
            s = vocab.season[word]
            year = a.year + rel
            return _Value("DATE", f"{year}-{s}", "season", anchor="publication", confidence=0.8)
        ucode = vocab.unit.get(word)
        if ucode is None or ucode in ("TH", "TM", "S"):
            return None
        if ucode == "D":
            nxt = _GENITIVE_NEXT.match(m.string, m.end())
            if (g.get("rel") or "").lower() in _adj_forms("ostatni") and nxt is not None and any(
                    tag.startswith("subst:") and ":gen" in tag for _l, tag, _q in analyse(nxt.group(1))):
                # "W ostatnim dniu pobytu": the last day of something the text names, not yesterday (review batch t29)
                return _Value("DATE", "XXXX-XX-XX", "day", confidence=0.3)
            return _relative_day(anchor, lambda d: d + dt.timedelta(days=rel))
        if kind == "modunit" and mod == "END" and tense == "past" and (
                ucode == "Y" and a.month < 12 or ucode == "M" and a.day < 20):
            rel = -1  # "musiały być wykorzystane do końca roku" in January: the end already past is last year's
        elif kind == "modunit" and mod in ("START", "MID") and tense == "future" and (
                ucode == "Y" and a.month > (2 if mod == "START" else 7) or ucode == "M" and a.day > (10 if mod == "START" else 20)):
            rel = 1  # "Z początkiem roku wzrosną opłaty" in December: the start still ahead is next year's (battery t39)
        val, gran, lo, hi = _unit_shift(a, ucode, rel)
        lo, hi = _apply_mod(lo, hi, mod)
        return _Value("DATE", val, gran, lo, hi, "publication", mod=mod)

    if kind == "adjdur":  # "dwudniowy warsztat", "3-miesięczne odprawy", "wieloletnia prezes": a length
        unit = vocab.spec["adjectival_duration_units"][g["u"].lower()]
        if g.get("n") and g.get("sep") == " " and g["u"].lower() == "roczn":
            return None  # "grzywnę równą 2,5 rocznym zarobkom": a number of annual earnings, no length
        count = float(g["n"].replace(",", ".")) if g.get("n") else vocab.spec["adjectival_duration_prefixes"].get((g.get("pre") or "").lower())
        if count is None:
            return _Value("DURATION", "VAGUE", None)
        n_text = _fmt_num(count)
        return _Value("DURATION", f"PT{n_text}H" if unit == "H" else f"PT{n_text}M" if unit == "TM" else f"P{n_text}{unit}", None)

    if kind == "unitalone" and g.get("u2"):
        words = g["u2"].lower().split()
        u = vocab.unit.get(words[-1])
        return _Value("DURATION", f"P{2 if len(words) > 1 else 1}{u}", None) if u in ("Y", "M", "W", "D") else None

    if kind == "postnum":
        n_post = _number(g["n"], vocab)
        return _Value("DURATION", _length_value(n_post, vocab.unit[g["u"].lower()]), None) if n_post else None

    if kind == "instrdur":
        return _Value("DURATION", "VAGUE", None, confidence=0.5)

    if (kind == "duration" and g["u"].lower() == "roku" and g["n"].isdigit() and int(g["n"]) >= 2 and not g.get("q")
            and not g.get("half")):
        # a number with the singular "roku" is an ordinal, no length ("89 lat" is one): "w 89 roku" is the year '89
        # said short (a claim in POLfake, timex review batch t25); not "w 30 roku życia", an age. A year of three
        # digits, or of two before "naszej ery", is that year: "kalifem w 656 roku", "w 50 roku „naszej ery”"
        n_year = int(g["n"])
        after = m.string[m.end():m.end() + 20]
        if prep not in _SHORT_YEAR_PREPS or re.match(rf"\s+(?:{'|'.join(vocab.spec['age_after'])})\b", after):
            return None
        year = n_year if 100 <= n_year <= 999 or _COMMON_ERA.match(after) else 1900 + n_year if 30 <= n_year <= 99 else None
        return None if year is None else _year_of(year)

    if (kind == "duration" and g["u"].lower() == "wieku" and g["n"].isdigit() and 1 <= int(g["n"]) <= 21 and not g.get("q")
            and not g.get("half") and prep in _SHORT_YEAR_PREPS):
        # "w 19 wieku", "od 16 wieku": the singular "wieku" after a number is the century, no length ("19 wieków"
        # is one; NKJP "wieś polska w 19 wieku" was P19CE; timex review batch t36)
        return _century_of(int(g["n"]))

    if kind == "unitalone" and (g.get("u") or "").lower() == "lata" and prep == "w ciągu":
        # "w ciągu lata": the genitive singular of "lato", the summer ("w ciągu lat" are years; review batch t30)
        if a is None:
            return _Value("DATE", "XXXX-SU", "season", confidence=0.5)
        return _Value("DATE", f"{a.year - (tense == 'past' and a.month < 6)}-SU", "season", anchor="publication", confidence=0.7)

    if kind == "unitalone" and (g.get("u") or "").lower() == "dzień" and _date_follows(m.string, m.end()):
        return None  # "na dzień 31 grudnia 2019 r.": the day's word opens the date (timex review batch t25)

    if kind in ("duration", "unitalone"):
        u = vocab.unit.get(g["u"].lower())
        if u is None or kind == "unitalone" and prep != "po" and g["u"].lower() in _AFTER_PO:
            return None
        if kind == "unitalone" and re.match(r"\s+\d{4}\b", m.string[m.end():m.end() + 6]):
            return None  # "na lata 2007-2013": the years are the expressions, as KPWr marks "w latach 1990-2006"
        n = _number(g.get("n"), vocab) if kind == "duration" else 1.0
        if n is not None and g.get("half"):
            n += 0.5
        vague = n is None or (kind == "unitalone" and g["u"].lower() in (
            "lat", "lata", "dni", "miesięcy", "tygodni", "godzin", "wieki", "dekady", "dekad", "latach", "dekadach", "miesiącach", "tygodniach")
            and not (prep == "w ciągu" and g["u"].lower() == "dekady"))  # "w ciągu dekady": the singular (review t25)
        # ("za pół roku", "za półtora roku": a part of a year lands on a month; timex review batch t32)
        whole_n, whole_u = (int(n * 12), "M") if n is not None and u == "Y" and n != int(n) and n * 12 == int(n * 12) else (n, u)
        if prep == "za" and not vague and whole_n is not None and a is not None and whole_n == int(whole_n) and u not in ("TH", "TM", "S"):
            # "za dwa tygodnie": a length from publication, landing on a date (its point); days and weeks land on a day
            k = int(whole_n)
            val, gran, lo, hi = _unit_shift(a, "D", k * (7 if whole_u == "W" else 1)) if whole_u in ("D", "W") else _unit_shift(a, whole_u, k)
            if anchor.precision != "day" and gran == "day":
                return _Value("DURATION", _length_value(n or 1, u), "day", lo, _unit_shift(_month_end(a.year, a.month), whole_u, k)[3],
                              "publication", 0.3)
            return _Value("DURATION", _length_value(n or 1, u), gran, lo, hi, "publication", point=val)
        if vague:
            return _Value("DURATION", "VAGUE", None)  # "zajmie to lata" had no value at all (review batch t30)
        if u == "WE":
            return None
        return _Value("DURATION", _length_value(n or 1, u), None)

    if kind == "weekday":
        word = str(m.group("wd"))
        listed = _after_weekday(m)
        if prep is None and not g.get("part") and not listed and not _heading(m) and not _CLOCK_AFTER_DAY.match(m.string, m.end()):
            return None  # a bare "środa" is as often a name as a day; Polish dates take "w"/"we"/"od" (or a clock time
            # after it: "(wtorek, godz. 21.30)", as KPWr train's "(poniedziałek, godz. 20.20)"; battery t39)
        wd = vocab.weekday[word.lower()]
        if tense is None and not listed and prep is None and _heading(m):
            tense = "future"  # a programme's days lie ahead: "Sobota … Niedziela" are the coming ones
        if (listed and listed.group("p").lower() in ("w", "we") and _PLURAL_WEEKDAY.fullmatch(listed.group("first"))
                and _PLURAL_WEEKDAY.fullmatch(word)):
            return _Value("SET", f"XXXX-WXX-{wd}", None)  # "w soboty i niedziele": every Sunday too (review batch t34)
        v = _relative_day(anchor, lambda d: _weekday_from(d, wd, tense))
        if v.value is None:
            v.value = f"XXXX-WXX-{wd}"
        part = vocab.spec["parts_of_day"].get((g.get("part") or "").lower())
        if part and v.value and v.confidence == 1.0:
            v = _Value("TIME", f"{v.value}T{part}", "time", v.earliest, v.latest, v.anchor)
        return v

    if kind == "yabbr":
        if a is None:
            return _Value("DATE", "XXXX", "year", confidence=0.5)
        year = a.year - (1 if (g.get("ab") or g["ab2"]).startswith("ub") else 0)
        lo, hi = _apply_mod(dt.date(year, 1, 1), dt.date(year, 12, 31), mod)
        return _Value("DATE", str(year), "year", lo, hi, anchor="publication", mod=mod)

    if kind == "tadj":  # "czerwcowe spotkanie", "w poniedziałkowym programie", "ferie zimowe"
        if g["w"][:1].isupper() and (_NAME_BEFORE.search(m.string, max(0, m.start() - 5), m.start())
                                     or not _LOWER_WORD_NEXT.match(m.string, m.end())):
            # a name: "ul. Listopadowej", "Powstanie Styczniowe", "Noc Listopadowa"; mid-sentence capitals never
            # get here, so the rest open a sentence: "Czwartkowe spotkanie Morawieckiego z Junckerem"
            return None
        if m.string[max(0, m.start() - 2):m.start()].strip().endswith(("-", "–")):
            return None  # "34-letnia", "34- -letnia": an age, not the summer
        if _PREDICATE_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
            return None  # "aura będzie jeszcze zimowa": the weather is wintry, no time named
        what, _, val = vocab.time_adj[g["w"].lower()].partition(":")
        before = m.string[max(0, m.start() - 16):m.start()].split()
        if what == "month" and before and before[-1].lower() in vocab.spec["named_event_nouns"]:
            return None  # "w powstaniu listopadowym", "rewolucji październikowej": a historical event's name
        if what == "century":  # "dwudziestowieczna inwazja"
            return _Value("DATE", val, "century")
        if what == "set":  # "roczny raport", "miesięczne wynagrodzenie": a rate
            if before and before[-1].lower() in vocab.spec["length_openers"]:
                return _Value("DURATION", val, None)  # "po ponad rocznym pobycie": a length
            return _Value("SET", val, None)
        if what == "length":  # "tygodniowy urlop"
            return _Value("DURATION", val, None)
        if what == "part":  # "poranna chęć", "wieczorny koncert": a part of the day the text is about (set below)
            return _Value("TIME", f"T{val}", "time", anchor="text", confidence=0.5, mod="partofday")
        if what == "weekday":
            v = _relative_day(anchor, lambda d: _weekday_from(d, int(val), tense))
            return v if v.value else _Value("DATE", f"XXXX-WXX-{val}", "day", confidence=0.5)
        if a is None:
            return _Value("DATE", f"XXXX-{int(val):02d}" if what == "month" else f"XXXX-{val}", what, confidence=0.5)
        if what == "month":
            return _month_value(_month_year(a, int(val), tense), int(val), "publication")
        # (the future only: a past clause's adjective often names a kind of season, "na nadchodzący sezon letni")
        return _Value("DATE", f"{_season_year(a, val, tense if tense == 'future' else None)}-{val}", "season",
                      anchor="publication", confidence=0.7)

    if kind == "edgeday":
        last = g["edge"].lower().startswith("ostatni")
        if g.get("mon"):
            month = vocab.month[g["mon"].lower()]
            if (edge_year := _stated_or_month_year(g.get("y"), a, month, tense)) is None:
                return _Value("DATE", f"XXXX-{month:02d}-{'XX' if last else '01'}", "day", confidence=0.5)
            edge = _month_end(edge_year, month) if last else dt.date(edge_year, month, 1)
        else:
            if g.get("yy"):
                edge_year = int(g["yy"])
            elif a is None:
                return _Value("DATE", f"XXXX-{'12-31' if last else '01-01'}", "day", confidence=0.5)
            else:
                edge_year = a.year + vocab.rel[g["ry"].lower()]
            edge = dt.date(edge_year, 12, 31) if last else dt.date(edge_year, 1, 1)
        explicit = bool(g.get("y") or g.get("yy"))
        return _Value("DATE", edge.isoformat(), "day", edge, edge, "none" if explicit else "publication")

    if kind == "tenday":
        n = {"pierwsz": 1, "drug": 2, "trzeci": 3, "ostatni": 3}[g["ord"].lower()]
        if g.get("rom"):  # the n-th decade of a century: "pierwszej dekadzie XXI wieku" is the 2000s
            c = _roman(g["rom"])
            return _decade_of(c - 1, 90 if g["ord"].lower() == "ostatni" else (n - 1) * 10) if c else None
        month, third = vocab.month[g["mon"].lower()], ("START", "MID", "END")[n - 1]
        if (year := _stated_or_month_year(g.get("y"), a, month, tense)) is None:
            return _Value("DATE", f"XXXX-{month:02d}", "month", confidence=0.5, mod=third)
        lo = dt.date(year, month, 1 + 10 * (n - 1))
        hi = _month_end(year, month) if n == 3 else dt.date(year, month, 10 * n)
        return _Value("DATE", f"{year}-{month:02d}", "month", lo, hi, "none" if g.get("y") else "publication", mod=third)

    if kind == "summeryear":
        return _Value("DATE", f"{g['y']}-SU", "season")

    if kind in ("season", "modseason"):
        s = _season_codes()[g["s"].lower()]
        if g.get("y"):
            return _Value("DATE", f"{g['y']}-{s}", "season", mod=mod)
        if g.get("ry") and a is not None:  # "Uchwalona latem zeszłego roku" (timex review batch t22)
            return _Value("DATE", f"{a.year + vocab.rel[g['ry'].lower()]}-{s}", "season", anchor="publication", confidence=0.8, mod=mod)
        opens = m.start() == 0 or m.string[max(0, m.start() - 2):m.start()] in (". ", "\n\n") or m.string[m.start() - 1] == "\n"
        if kind == "season" and prep is None and g["s"].lower() not in ("latem", "wiosną", "jesienią", "zimą") and not (
                opens and g["s"].lower() in ("wiosna", "jesień", "zima") and _LOWER_WORD_NEXT.match(m.string, m.end())):
            # (a season opening its sentence as the subject is named too: "Jesień w amerykańskiej telewizji to
            # burzliwy okres", KPWr train; not "lato", also "years")
            return None
        if a is None:
            return _Value("DATE", f"XXXX-{s}", "season", confidence=0.5, mod=mod)
        return _Value("DATE", f"{_season_year(a, s, tense)}-{s}", "season", anchor="publication", confidence=0.7, mod=mod)

    if kind == "daybm":
        if a is None or anchor.precision not in ("day", "month"):
            return _Value("DATE", f"XXXX-XX-{int(g['d']):02d}", "day", confidence=0.4)
        month_start = a.replace(day=1)
        if g["bm"].lower().startswith("ub"):
            month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        try:
            return _day(month_start.replace(day=int(g["d"])))
        except ValueError:
            return None
    if kind == "hmlength":
        if prep in ("o", "od", "do") and int(g["h"]) <= 24:
            # "Zbiórka o 18.00 h": a clock time with the hour's symbol, no length (battery t38)
            return _clock_on(a, anchor, f"{int(g['h']):02d}:{g['mi']}", 0.6, 0.5)
        return _Value("DURATION", f"PT{int(g['h'])}H{int(g['mi'])}M" if int(g["mi"]) else f"PT{int(g['h'])}H", None)
    if kind == "titleyear":
        if a is None:
            return _Value("DATE", "XXXX", "year", confidence=0.3)
        return _year_of(a.year, "publication", 0.6)
    if kind == "edgeminutes":
        return _Value("TIME", "TXX:XX", "time", anchor="publication", confidence=0.3)
    if kind == "scorer":
        if int(g.get("n") or g.get("n2") or 0) > 130:
            return None  # no match lasts that long
        return _clock_on(a, anchor, "XX:XX", 0.5, 0.4)
    if kind == "ordunit":
        if (g.get("u") or g["u2"]).lower() == "godzinie":  # "po 22 godzinie": 22:00
            h = int(g["n"]) if g.get("n") else _ordinal_hour(g["ow"], vocab)
            if not 0 <= h <= 24:
                return None
            clock = f"{h:02d}:00"
        elif g.get("n") and int(g["n"]) > 130:
            return None  # no match lasts that long
        else:
            clock = "XX:XX"  # "w 68. minucie": a moment of the day, its hour unknown (KPWr train: "2003-04-06txx:xx")
        return _clock_on(a, anchor, clock, 0.6, 0.4)
    if kind == "nomclock":
        if g.get("hw") and not g.get("mw") and _noun_next(m.string, m.end()) and not _part_after().match(m.string, m.end()):
            return None  # "Jest piąta klasa": an ordinal of a noun, no hour
        if g.get("h"):
            return _clock_on(a, anchor, f"{int(g['h']):02d}:{g['mi']}", 0.6, 0.5)
        h = vocab.spec["hour_words"][g["hw"].lower()[:-1] + "y"]
        mi = int(sum(vocab.numeral[w] or 0 for w in g["mw"].lower().split())) if g.get("mw") else 0
        return _clock_on(a, anchor, f"{h:02d}:{mi:02d}", 0.5, 0.4) if h <= 24 and mi <= 59 else None
    if kind == "wordclock":
        g["hw"] = g.get("hw") or g.get("hw3") or g.get("hw4") or g.get("half") or g.get("qh") or g.get("qh2")
        g["hw2"] = g.get("hw2") or g.get("hw5")
        h = _compound_ordinal(g["hw"], g.get("hw2"), vocab)
        mi = 0
        if g.get("half"):
            h, mi = h - 1, 30  # "wpół do dziewiątej" is 8:30
        elif g.get("qd") == "po":
            mi = 15
        elif g.get("qd") or g.get("qh2"):
            h, mi = h - 1, 45
        elif g.get("mw"):
            mi = int(sum(vocab.numeral[w] or 0 for w in g["mw"].lower().split()))
        if h > 24 or mi > 59:
            return None
        return _clock_on(a, anchor, f"{h:02d}:{mi:02d}", 0.6, 0.5)
    if kind == "clock":
        h, mi = int(g["h"]), int(g.get("mi") or 0)
        if (not low.startswith(("godz", "godzin")) and _O_BEFORE.search(m.string, max(0, m.start() - 3), m.start())
                and _amount_change_before().search(m.string, max(0, m.start() - _CHANGE_WINDOW), m.start())
                and not _part_after().match(m.string, m.end())):
            return None  # a change by an amount: "Kurs złotego wzrósł o 2.15", "Cena spadła o 1.50" (battery t37)
        if (not low.startswith(("godz", "godzin")) and m.string[max(0, m.start() - 3):m.start()].lower() == "na "
                and _amount_change_before(prep="na").search(m.string, max(0, m.start() - _CHANGE_WINDOW), m.start())):
            return None  # "wzrosła na 2.50": a level, no time
        if (not g.get("mi") and not g.get("hord") and not low.startswith(("godz", "godzin")) and not _bare_hour(m)
                and not _HOURS_WORD_BEFORE.search(m.string, max(0, m.start() - 11), m.start())):
            if not _hour_range(m):
                return None  # "o 5" is too often not a time
            # a timetable's hours recur: on the weekdays it names, in this month ("2005-02-xxT10:00", as KPWr
            # writes it), or on no day in particular ("T08:00")
            sent_start = max(m.string.rfind(". ", 0, m.start()), m.start() - 100, 0)
            on_days = a is not None and _WEEKDAY_RANGE.search(m.string, sent_start, m.start()) is not None
            return _Value("TIME", f"{a.year}-{a.month:02d}-xxT{h:02d}:00" if on_days and a is not None else f"T{h:02d}:00",
                          "time", confidence=0.5)
        return _clock_on(a, anchor, f"{h:02d}:{mi:02d}", 0.7, 0.5)
    return None


# between a weekday that recurs and its hour: "w czwartki do godz. 12", "w każdy wtorek w godzinach 16-18" (batch t37)
# (and the holidays a list of weekdays ends with: "W soboty, niedziele i święta od 8.00"; NKJP, battery t39)
_SET_CLOCK_GAP = re.compile(r"(?:\s*(?:i|oraz|,)\s*(?:w\s+)?(?:święta|dni\s+świąteczne))?[\s,:]*(?:do|od|o|w|we)?\s*(?:godzinach\s*)?")
_WEEKS_DAY_GAP = re.compile(r"\s*,?\s*(?:w|we)?\s*", re.IGNORECASE)  # "za dwa tygodnie we wtorek"
# (an aside in brackets may stand between: "od poniedziałku do piątku (oprócz środy) w godz. 8.00"; NKJP, battery t39)
_WEEKDAY_HOURS_GAP = re.compile(r"(?:\s*\([^()]{1,30}\))?[\s,]*(?:w|we|od|o)?\s*(?:godzinach\s*|godz\.\s*)?(?:od\s+)?",
                                re.IGNORECASE)
_HOURS_SPAN_BEFORE = re.compile(r"\bw\s+(?:(?:godz\.?|godzinach)\s*(?:od\s+)?)?$", re.IGNORECASE)
_CLOCK_RANGE_AFTER = re.compile(r"\s?[-–]\s?[012]?\d|\s+do\s+(?:godz\.\s*)?[012]?\d")
_HOURS_WORD_BEFORE = re.compile(r"\bgodzinach\s$", re.IGNORECASE)  # "w godzinach 16-18" (timex battery t37)
# what a range of numbers can count, so that it is no range of hours: "od 10 do 12 proc.", "między 20 a 30 osób"
_NOT_HOURS = (r"(?![.,:]?\d)(?!\s*(?:%|proc|zł\b|złot|tys|mln|mld|milion|miliard|lat|osób|os\.|km|kg|m\b|min|minut|dni|godzin|razy|euro"
              r"|dolar|stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|pa[źz]dz|listop|grud|[IVX]+\b))")
_HOUR_RANGE = re.compile(rf"\bod\s+([01]?\d|2[0-4])\s+do\s+([01]?\d|2[0-4])\b{_NOT_HOURS}", re.IGNORECASE)
_NOT_HOURS_AFTER = re.compile(_NOT_HOURS, re.IGNORECASE)  # matches (empty) where no unit or amount follows a number
# "między 23 a 6 rano", "między 22 a 6": the night's hours (timex review batch t36)
_BETWEEN_GAP = re.compile(r"\s+a\s+")
_RANGE_TAIL = re.compile(r"\s*(?:do|[-–])\s*\d")  # the end of a range after a bare hour; a range of hours counts nothing:
_RANGE_TAIL_HOURS = re.compile(rf"\s*(?:do|[-–])\s*(?:[01]?\d|2[0-4])\b{_NOT_HOURS}", re.IGNORECASE)  # "od 10 do 18 proc."
_BETWEEN_HOURS = re.compile(rf"\bmiędzy\s+([01]?\d|2[0-4])\s+a\s+([01]?\d|2[0-4])\b{_NOT_HOURS}", re.IGNORECASE)
_WEEKDAY_RANGE = re.compile(r"\bod\s+(?:poniedział|wtor|środ|czwart|piąt|sobot|niedziel)\w*\s+do\s+\w+", re.IGNORECASE)
_SCHEDULE = re.compile(r"\b(?:poniedział|wtor|środ|czwart|piąt|sobot|niedziel|godz|godzin|czynn|otwart|zamknięt)\w*", re.IGNORECASE)


@cache
def _day_before_o() -> re.Pattern[str]:
    v = _vocab()
    # (and a day the text named before: "Tego samego dnia ok. 21 doszło do", battery t38)
    days = set(v.weekday) | set(v.spec["deictic_days"]) | {d.replace(" ", r"\s+") for d in v.spec["anaphoric_days"]}
    # (its part of day may come between: "w sobotę wieczorem o 20"; battery t38)
    parts = _alt(set(v.spec["parts_of_day"]) - {"o północy", "około północy", "przed północą"})
    return re.compile(rf"\b(?:{'|'.join(sorted(days, key=len, reverse=True))}|\d{{1,2}}\.?\s+(?:{_alt(set(v.month))}))"
                      rf"(?:\s+(?:{parts}))?,?\s+(?:o|ok\.|około|do|od)\s+$", re.IGNORECASE)


@cache
def _hour_head() -> re.Pattern[str]:
    """A word of services or of every day just before a bare "o 7": "msze o 7 i 18", "Codziennie o 12"."""
    spec = _vocab().spec
    heads = set(spec["clock_list_heads"]) - {"godzin", "godz"} | set(spec["every_day_words"])
    return re.compile(rf"\b(?:{_alt(heads)})\w*\s+(?:\w+\s+){{0,2}}o\s$", re.IGNORECASE)


@cache
def _near_hour_before() -> re.Pattern[str]:
    """A word of a moment just before or after an hour: "tuż po", "kilka minut przed" (the data file's words)."""
    return re.compile(rf"\b(?:{_alt(set(_vocab().spec['near_hour_words']))})\w*\s+(?:po|przed)\s$", re.IGNORECASE)


def _bare_hour(m: re.Match[str]) -> bool:
    """A bare "o 9" is an hour beside a part of day ("o 9 rano", "o 2 w nocy"), an afternoon one before punctuation
    or a place ("o 22, a wtedy"; batch t35), or one right after its day ("w niedzielę o 17", "jutro o 9") when no noun
    follows ("w sobotę o 3 bramki"; timex review batch t34)."""
    text = m.string
    if _part_after().match(text, m.end()):
        return True  # (after any preposition of a clock time: "przed 6 rano", "do 2 w nocy"; review batch t36)
    if _near_hour_before().search(text, max(0, m.start() - 20), m.start()) and not (
            (w := _NEXT_WORD.match(text, m.end())) and w.group(1).lower() in _vocab().unit) and _NOT_HOURS_AFTER.match(text, m.end()) is not None:
        return True  # "Tuż po 22 policjanci otrzymali zgłoszenie", "kilka minut przed 7" (not "tuż po 2 latach"; t39)
    if any(r.start(1) == m.start("h") or r.start(2) == m.start("h")
           for r in _BETWEEN_HOURS.finditer(text, max(0, m.start() - 20), min(len(text), m.end() + 40))):
        return True
    if (_O_BEFORE.search(text, max(0, m.start() - 7), m.start()) and _hour_head().search(text, max(0, m.start() - 30), m.start())
            and not _counted_noun_next(text, m.end(), int(m.group("h")))):
        return True  # "W dni powszednie msze o 7", "Codziennie o 12 hejnał": a word of hours or days just before (t38)
    if not _O_BEFORE.search(text, max(0, m.start() - 7), m.start()):
        # "czynny w sobotę do 14", "jutro od 10": after "do"/"od" only right after its day (battery t38)
        return (_day_before_o().search(text, max(0, m.start() - 30), m.start()) is not None and not _noun_next(text, m.end())
                and (not _RANGE_TAIL.match(text, m.end()) or _RANGE_TAIL_HOURS.match(text, m.end()) is not None))
    if int(m.group("h")) >= 13 and _PUNCT_AFTER.match(text, m.end()) and not _change_before().search(
            text, max(0, m.start() - _CHANGE_WINDOW), m.start()):
        return True  # "Strażnicy kończą pracę o 22, a wtedy", "O 18. główne wydanie" (not "wzrosła o 15.")
    if not _day_before_o().search(text, max(0, m.start() - 30), m.start()):
        return False
    return not _noun_next(text, m.end())


def _noun_next(text: str, end: int) -> bool:
    """Whether the word after `end` is lower-case and can only be a noun or its modifier: "o 3 bramki", "o szóstej
    edycji" count or name things, no hours."""
    w = _NEXT_WORD.match(text, end)
    return w is not None and w.group(1).islower() and all(tag.split(":")[0] in _NOMINAL_TAGS for _l, tag, _q in analyse(w.group(1)))


def _counted_noun_next(text: str, end: int, n: int) -> bool:
    """Whether the word after the number `n` is a noun it counts: the genitive plural after 5 and up ("18 punktów"),
    the nominative plural after 2-4 ("4 bramki"); "9-17 pracownicy będą dostępni" names hours, its noun a subject."""
    w = _NEXT_WORD.match(text, end)
    if w is None or not w.group(1).islower():
        return False
    case = "nom" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "gen"
    return any(tag.startswith(("subst:pl:", "depr:pl:")) and case in tag.split(":")[2].split(".")
               for _l, tag, _q in analyse(w.group(1)))


_PUNCT_AFTER = re.compile(r"\s?(?:[,;:!?)]|\.(?!\d)|$)|\s+(?:w|we|na|przy|pod|u|obok|koło|w\s+sal\w*)\s", re.IGNORECASE)
_CHANGE_WINDOW = 40  # characters before "o 22" read for a word of change or of talk ("wzrosła o 15", "mówił o 18")


@cache
def _amount_change_before(prep: str = "o") -> re.Pattern[str]:
    """A change of a quantity just before "o 2.15" (the data file's stems; not talk: "Mówił o 18.30" is a time); before
    "na 2.50" a level reached, though not a clock moved ("przesuniemy z godziny 2.00 na 3.00")."""
    spec = _vocab().spec
    stems = set(spec["amount_change_stems"]) - (set(spec["clock_move_stems"]) if prep == "na" else set())
    return re.compile(rf"\b(?:{_alt(stems)})\w*\s+(?:\S+\s+){{0,3}}{prep}\s$", re.IGNORECASE)


@cache
def _change_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(set(_vocab().spec['change_stems']))})\w*\s+(?:\S+\s+){{0,5}}$", re.IGNORECASE)


_O_BEFORE = re.compile(r"(?<!\w)(?:o|ok\.|około)\s$", re.IGNORECASE)  # ("wczoraj ok. 23": review batch t37)
_NOMINAL_TAGS = frozenset({"subst", "depr", "adj", "num", "numcol", "ger", "ign"})


@cache
def _ddmm_after() -> re.Pattern[str]:
    wd = _alt(set(_vocab().weekday))
    # (a clock time with its minutes after "o" too: "mecz 6 VIII o 16.30"; hours after "w godz.": "16.12 w godz. 9-13";
    # battery t39)
    return re.compile(rf"\s*(?:\(\s*(?:{wd})\s*\)|,?\s*(?:o\s+)?(?:godz|godzin)|,?\s+w\s+godz(?:\.|inach)?\s*\d|,?\s+(?:{wd})\b|r\.|roku\b"
                      rf"|,?\s*o\s+[012]?\d[.:][0-5]\d\b)", re.IGNORECASE)


_DDMM_DOT = re.compile(r"\.(?=\s+[a-ząćęłńóśźż]|\))")
_DDMM_BEFORE = re.compile(r"\b(?:dnia|dniu|dn\.|dniach)\s*(?:[0-3]?\d\.[01]\d\s?[-–]\s?)?$", re.IGNORECASE)


_COMMA_DAYS = re.compile(r",\s?(\d{1,2})\.?\s+[^\W\d]")  # "20, 21 sierpnia": two days joined by a comma alone
# a street's or an item's label before a number, and the street's name: "ul. Listopadowej 6", "nr 6"
_NUMBERED_BEFORE = re.compile(r"\b(?:(?:nr|ul|al|pl|os|str)\.?|ulic\w*|alej\w*|plac\w*)\s+(?:[A-ZĄĆĘŁŃÓŚŹŻ0-9][\w.-]*\s+){0,3}$")
_RANGE_START_BEFORE = re.compile(r"(?<![\d.,/])([0-3]?\d)\s?[-–]\s?$")
_HOURS_BEFORE = re.compile(r"\b(?:godz|godzin)\w*\.?\s*(?:\S+\s*){0,2}$", re.IGNORECASE)


def _digit_day_range(text: str, first_at: int, first: int, m: re.Match[str]) -> bool:
    """Whether "26-29.09" is a range of days: its first day before its last, no clock word before it ("w godz.
    9-12.10" is hours), and a last day no hour can be (25 and up) or a date's context ("w dniach 16-17.02", "29.09.")."""
    last = int(m.group("d5") if m.re.groupindex.get("d5") and m.group("d5") else m.group("d"))
    if not 1 <= first < last <= 31 or _HOURS_BEFORE.search(text, max(0, first_at - 20), first_at):
        return False
    return last >= 25 or _DDMM_BEFORE.search(text, max(0, first_at - 20), first_at) is not None


def _ddmm_context(m: re.Match[str]) -> bool:
    """A digits-only day and month is a date after "dnia" or a weekday, or before a weekday, "r." or a clock time."""
    text = m.string
    return bool(m.group("wd") or m.group("ab") or m.group("appos") or _DDMM_BEFORE.search(text, max(0, m.start() - 20), m.start())
                or _ddmm_after().match(text, m.end())
                # "Również 27.06. strażacy", "w Brzegu (6.02)": a final dot, or the date alone in parentheses (batch t36)
                or _DDMM_DOT.match(text, m.end()) or text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")")


# what makes "12 XII" a date and not a number and a numeral ("klasa 3 II liceum"): a preposition or "dnia" before it,
# or a line or clause it opens (timex battery t38)
_ROMANDAY_BEFORE = re.compile(r"(?:\b(?:do|od|z|ze|na|po|przed|dnia|dniu|dn\.|dniach|i|oraz|a|lub)|^|[\n(,:;–-])\s*$",
                              re.IGNORECASE)


def _romanday_context(m: re.Match[str]) -> bool:
    """A day with a Roman month and no year is a date after a preposition, or with a weekday, "br." or a clock time."""
    text = m.string
    return bool(m.group("wd") or m.group("ab") or m.group("appos") or _ROMANDAY_BEFORE.search(text, max(0, m.start() - 10), m.start())
                or _ddmm_after().match(text, m.end()))


def _heading(m: re.Match[str]) -> bool:
    """A weekday alone on its line heads a programme's day: "Sobota\n10.00 – otwarcie" (timex review batch t34)."""
    text = m.string
    return (m.start() == 0 or text[m.start() - 1] == "\n") and _LINE_END.match(text, m.end()) is not None


_LINE_END = re.compile(r"[^\S\n]*:?[^\S\n]*\n")


_TITLE_WINDOW = 30  # characters before "roku" read for the noun of an annual title ("Europejczykiem roku")


@cache
def _title_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(set(_vocab().spec['year_title_stems']))})\w*[\"”»]?\s+[\"„«]?$", re.IGNORECASE)


def _ordinal_unit(m: re.Match[str], text: str, s: int, e: int) -> bool:
    """Whether "w 85 min", "do 75 minuty" name a minute of a match rather than a length: the locative ("w 68.
    minucie") always does; "min" only where a match is reported around it ("dojazd w 15 min" is a length); the
    genitive singular "minuty" only after "od"/"do"/"po"/"przed" and a number it cannot count ("do 75 minuty", not
    "do 3 minuty"), in a match too (timex review batch t35)."""
    u = (m.group("u") or m.group("u2")).lower()
    if u in ("minucie", "sekundzie", "godzinie"):
        return True
    if u == "minuty":
        n = int(m.group("n")) if m.group("n") else None
        if n is None or n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) or not re.search(
                r"\b(?:od|do|po|przed)\s+$", text[max(0, s - 8):s], re.IGNORECASE):
            return False
    return _match_words().search(text, max(0, s - _MATCH_WINDOW), e + _MATCH_WINDOW) is not None


def _scorer_minute(text: str, s: int, e: int) -> bool:
    """Whether "23'" after a name is a goal's minute: a capitalised word before it, and a match reported around it."""
    return (_SCORER_NAME_BEFORE.search(text, max(0, s - 30), s) is not None
            and _match_words().search(text, max(0, s - _MATCH_WINDOW), e + _MATCH_WINDOW) is not None)


_SCORER_NAME_BEFORE = re.compile(r"\b[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*\s(?:\d{1,3}['’],\s)*$")


def _word_hour(m: re.Match[str], vocab: _Vocab) -> bool:
    """An hour's ordinal alone after "o", "do", "od"… is a clock time when it is 5 or later ("o pierwszej" is as often
    "the first") and no noun it agrees with follows: "o dwunastej." is noon, "o szóstej edycji", "do piątej klasy" are
    no time (timex review batch t36), "Około jedenastej policjanci" is one."""
    if m.group("mw") or m.group("hw5") or _BETWEEN_SECOND.search(m.string, max(0, m.start() - 40), m.start()):
        return True  # "o drugiej dwadzieścia pięć", "między jedenastą, a czwartą"
    # (a noun that does not agree with the ordinal is the next phrase's: "Około jedenastej policjanci weszli"; t39)
    return _ordinal_hour(m.group("hw4"), vocab) >= 5 and not (
        _noun_next(m.string, m.end()) and (w := _NEXT_WORD.match(m.string, m.end())) is not None
        and _agrees(m.group("hw4").lower(), w.group(1)))


_DECADE_LIST_BEFORE = re.compile(r"\blat\w*\s+\d0\.?\s*(?:i|oraz|,|-|–)?\s*$", re.IGNORECASE)
_BETWEEN_SECOND = re.compile(r"\bmiędzy\s+\S+(?:\s+\S+)?\s*,?\s+a\s+$", re.IGNORECASE)
_MATCH_WINDOW = 120  # characters either side of "w 85 min" read for a word of a match report


@cache
def _match_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(set(_vocab().spec['match_words']))})", re.IGNORECASE)


def _hour_range(m: re.Match[str]) -> bool:
    """A bare hour in "od 10 do 12" of a timetable ("Od poniedziałku do piątku od 10 do 12", "Basen od 8 do 15"):
    the range must not count something ("od 10 do 12 proc.") and the text just before must speak of days or hours."""
    text = m.string
    lo = max(0, m.start() - 12)
    # (the end reaches past the unit after the range: cut short, "od 6 do 12 milionów" read as "od 6 do 12 mili")
    r = next((r for r in _HOUR_RANGE.finditer(text, lo, m.end() + 30) if r.start(1) == m.start("h") or r.start(2) == m.start("h")),
             None)
    if r is None:
        return False
    start = max(text.rfind("\n", 0, r.start()), r.start() - 100)  # this sentence or the one before, in the paragraph
    # (or a word of hours that recur: "Lekarz przyjmuje od 8 do 12"; timex battery t37)
    # (or the day they are hours of, right before: "12 i 13 grudnia od 10 do 18"; battery t38)
    # (or a day earlier in its sentence, hours rising: "25 stycznia, także na lodowisku, od 9 do 11 odbędzie się bal",
    # NKJP; battery t39)
    sent = max(text.rfind(". ", 0, r.start()), text.rfind("\n", 0, r.start()), r.start() - 120)
    # (or a weekday right after them: "Od 8 do 16 w piątek nie będzie prądu"; battery t39)
    if _weekday_after_range().match(text, r.end()) and 5 <= int(r.group(1)) < int(r.group(2)):
        return True
    return (_SCHEDULE.search(text, start, r.start()) is not None or _recurs("daily").search(text, start, r.start()) is not None
            or _day_right_before().search(text, max(0, r.start() - 30), r.start()) is not None
            or 6 <= int(r.group(1)) < int(r.group(2)) and _day_in_sentence().search(text, max(0, sent), r.start()) is not None
            and not _counted_noun_next(text, r.end(2), int(r.group(2))))  # ("rozdano od 9 do 11 paczek" counts)


@cache
def _weekday_after_range() -> re.Pattern[str]:
    """A weekday right after a range of hours: "od 8 do 16 w piątek", "w najbliższą sobotę"."""
    v = _vocab()
    rel = _alt(set(v.rel))
    return re.compile(rf",?\s+(?:w|we)\s+(?:(?:{rel})\s+)?(?:{_alt(set(v.weekday))})\b", re.IGNORECASE)


@cache
def _day_in_sentence() -> re.Pattern[str]:
    return re.compile(rf"\b\d{{1,2}}\s+(?:{_alt(set(_vocab().month))})\b", re.IGNORECASE)


@cache
def _day_right_before() -> re.Pattern[str]:
    return re.compile(rf"\b\d{{1,2}}(?:\.?\s+(?:{_alt(set(_vocab().month))})|\.\d{{1,2}}(?:\.\d{{2,4}})?)(?:\s?r\.)?[,\s]*$",
                      re.IGNORECASE)


_PREP = re.compile(r"(?:^|[\s(\[„\"“])(w ciągu|w trakcie|przez|od|do|w|we|na|za|po|przed|z|ze|pod|około|ok\.|o|między|sprzed|u|temu)\s*$",
                   re.IGNORECASE)


# A slash-joined run that is an identifier: a number then letters ("Dyrektywy 2001/14/WE"), or a number that is not a
# year before one that is ("Rozporządzenia 1371/2007"). Not a season ("2006/07", "2017/2018") nor a date ("06/03/2010").
_CODE_RUN = re.compile(r"\S*\d/\S*[^\W\d_]\S*|(?P<n>\d+)/\d{4}")
_RUN_EDGE = re.compile(r"[.,;:)\]]+$")


@cache
def _recurs(period: str) -> re.Pattern[str]:
    """The markers of a time recurring every `period` ("yearly", "weekly", "daily"), from the data file."""
    words = _vocab().spec["recurrence_markers"][period]
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    # (a state, not an event: "Sklep jest otwarty do godz. 22" recurs, "Sklep został otwarty o 10" happened once)
    once = "".join(rf"(?<!\b{w}\s)" for w in _vocab().spec["event_passive_auxiliaries"])
    return re.compile(rf"\b{once}(?:{alternatives})\b", re.IGNORECASE)


_HABIT_WINDOW = 250  # characters either side of the time read for a marker of recurrence


def _recurs_near(period: str, text: str, sent: Any, start: int, end: int) -> bool:
    """Whether the sentence `sent` says, near start..end, that a time recurs every `period`."""
    return _recurs(period).search(text, max(sent.start, start - _HABIT_WINDOW), min(sent.end, end + _HABIT_WINDOW)) is not None


def _habitual(v: _Value, text: str, sent: Any, pos: int, *, day_of_month: bool = False) -> _Value:
    """`v` made generic (XXXX) when its sentence `sent` says the time recurs every year or week: "wiosennej trasy
    koncertowej, która rokrocznie odwiedza kluby" is xxxx-SP in KPWr train (TimeML's generic reading)."""
    # (read within a window of the sentence: a run-on "sentence" of a million characters stays linear)
    sentence = text[max(sent.start, pos - _HABIT_WINDOW):min(sent.end, pos + _HABIT_WINDOW)]
    if v.value is None:
        return v
    if v.granularity == "day" and "-W" not in v.value and _recurs("weekly").search(sentence) and v.earliest is not None:
        return _Value("DATE", f"XXXX-WXX-{v.earliest.isoweekday()}", "day", confidence=0.5)
    if (v.granularity in ("season", "month") or day_of_month) and v.value[:4].isdigit() and _recurs("yearly").search(sentence):
        return _Value("DATE", f"XXXX{v.value[4:]}", v.granularity, confidence=0.5, mod=v.mod)
    return v


def _run_around(text: str, start: int, end: int) -> str:
    """The run of non-space characters that holds start..end ("2001/14/WE", "marcin.grudzien@nowemedia.info")."""
    lo = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    hi = min((k for k in (text.find(" ", end), text.find("\n", end)) if k >= 0), default=len(text))
    return text[lo:hi]


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether start..end lies in an e-mail or web address (the run of non-space characters holds "@", "://", "www.")."""
    if not (text[start - 1:start] in ("@", ".", "/", "_") or text[end:end + 1] in ("@", ".", "/", "_")):
        return False
    run = _run_around(text, start, end)
    return "@" in run or "://" in run or "www." in run.lower()


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether the number at start..end is part of an identifier (timex review batch t24: "2001/14/WE" was two years)."""
    run = _RUN_EDGE.sub("", _run_around(text, start, end)).lstrip("([")
    if "/" not in run or (m := _CODE_RUN.fullmatch(run)) is None:
        return False
    return m.group("n") is None or not 1500 <= int(m.group("n")) <= 2099


_SHORT_YEAR_PREPS = frozenset({"w", "we", "od", "do", "z", "ze", "po", "przed"})
_COMMON_ERA = re.compile(r"\s*[„\"]?(?:naszej\s+ery|n\.\s?e\.)", re.IGNORECASE)


def _mid_sentence_capital(text: str, start: int) -> bool:
    if not text[start:start + 1].isupper() or _ROMAN_ORDINAL.match(text, start):
        return False  # (a Roman ordinal is no name: "w I połowie tego roku"; timex review batch t26)
    return _SENTENCE_START.search(text[max(0, start - 3):start]) is None


# Gate for the grammar: each pattern needs one of its trigger words (a month for "month", a unit
# for "duration", a digit for "year"...) inside any match, so it runs only in windows around those.
# Time expressions cover a few percent of news text; gating made the stage several times faster on
# BSNLP with identical output (a test compares gated and ungated runs). The margins exceed the
# longest optional prefix/suffix of any pattern ("raz w każdą" + numeral before a unit; a year and
# a clock time after a month).
_WINDOW_BEFORE = 60
_WINDOW_AFTER = 80
# Around a number the longest prefix is a modifier and "roku" before a year ("w drugiej połowie roku 2010"),
# the longest suffix a month, year and clock time after a day ("7 października 2009 r., godz. 10.30");
# narrower windows there (numbers are frequent in news) cut the stage's regex work by a third.
_DIGIT_BEFORE = 40
_DIGIT_AFTER = 50
# Kinds whose trigger word ends every match ("przyszłym tygodniu", "co tydzień", "trzy lata", "w maju")
# need no window after it; a weekday takes a part of day after it ("w piątek po południu").
_WORD_WINDOWS = {kind: (_WINDOW_BEFORE, 2) for kind in ("relunit", "modunit", "duration", "set", "month", "tadj", "relsummer",
                                                               "yadjseason")} | {
    "yabbr": (_WINDOW_BEFORE, 5),  # "ub" + ". r."
    # (the longest prefix and suffix each can hold: "ostatniego dnia października 2019 r.", "w nocy z 12 na 13
    # października 2019 r.", "drugiej połowie lata ubiegłego roku", "lata 2015 roku")
    "edgeday": (12, 40), "tenday": (12, 40), "nightfrom": (3, 45), "modseason": (25, 25), "summeryear": (2, 14),
    # ("o dwudziestej drugiej wieczorem": the hour before a part of day; "godzinie dwunastej czterdzieści pięć")
    "wordclock": (30, 40),
    "weekday": (_WINDOW_BEFORE, 25), "unitalone": (_WINDOW_BEFORE, 12)}  # "Miesiąc po procesie": "po" and a word
_GATE_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_ROMAN_TOKEN = re.compile(r"[IVX]+")
_ROMAN_ORDINAL = re.compile(r"(?:I|II|III|IV)\s+(?:połow|kwarta|półrocz)")
# Kinds a number opens a window for: those whose matches can hold no other trigger. "daymonth", "duration",
# "decade" and "adjdur" always hold a month, a unit, "lat" or a length stem, whose own windows cover them
# (dropping them here: a fifth less stage time on BSNLP, identical output gated and ungated).
_DIGIT_KINDS = ("datetime", "iso", "dmy", "abbrdate", "daybm", "jubilee", "rangeday", "year", "yearend", "bareyear", "clock",
                "era")
# They are chosen by the number's length too: a year-holding kind needs a four-digit number in its match, a day, month
# or hour one of one or two digits ("6.03.2010" is three gate words: 6, 03, 2010).
_DIGIT_KINDS_BY_LEN = {4: ("datetime", "iso", "dmy", "abbrdate", "jubilee", "year", "yearend", "bareyear", "era"),
                       1: ("dmy", "daybm", "jubilee", "rangeday", "clock", "era"),
                       2: ("dmy", "daybm", "jubilee", "rangeday", "clock", "era"),
                       3: ("jubilee", "era", "bareyear")}
_DIGIT_KINDS_OTHER = ("jubilee",)
_DIGIT_KINDS_NO_ERA = tuple(k for k in _DIGIT_KINDS if k != "era")
_DIGIT_KINDS_BY_LEN_NO_ERA = {n: tuple(k for k in kinds if k != "era") for n, kinds in _DIGIT_KINDS_BY_LEN.items()}
_ROMAN_KINDS = ("romcentadj", "century", "romanday")
# (the word-hour pattern's prepositions, and "a" of "między X a Y": its window opens only after one of them)
_HOUR_PREP_BEFORE = re.compile(r"\b(?:" + "|".join(_WORD_HOUR_PREPS) + r"|a)\s$", re.IGNORECASE)


@cache
def _hour_forms() -> frozenset[str]:
    """The feminine genitive, locative and instrumental of the hours from 5 on ("szóstej", "ósmą")."""
    return frozenset(f for lemma, h in _vocab().spec["hour_words"].items() if h >= 5 for f in _adj_forms(lemma)
                     if f.endswith(("ej", "ą")))


_DAY_DOT_MONTH = re.compile(r"\.(?:0[1-9]|1[0-2])(?!\d)")


@cache
def _season_codes() -> dict[str, str]:
    """Every form of a season's noun -> its TIMEX3 code ("lata" -> "SU"), the unsafe ones too ("lata" is also years)."""
    return {f: code for name, code in _vocab().spec["seasons"].items() for f in _noun_forms(name)}


@cache
def _season_singulars() -> set[str]:
    return set(_season_codes()) - {"lat", "latom", "latami", "latach"}


@cache
def _trigger_words() -> dict[str, frozenset[str]]:
    """Lower-cased word -> the pattern kinds it can trigger."""
    v = _vocab()
    units = set(v.unit) | {"rok", "lat", "lata", "dni", "godzin", "godzinę", "dekadę", "wieki"}
    seasons = {w.lower() for w in v.season}
    by_kind: dict[str, set[str]] = {
        "set": units | set(v.weekday) | {"wieczór", "noc", "rano", "ranek"} | set(v.set_words)
        | {"zimy", "wiosny", "jesieni", "zimę", "wiosnę", "jesień", "lato", "weekendy"},
        "daymonth": set(v.month), "monthyear": set(v.month), "month": set(v.month),
        "decade": {"lat", "lata", "latach", "latami", "l"},
        "wordcentury": {"wieku", "wiek", "wiekiem", "wieki", "stulecia", "stulecie", "stuleciu", "stuleciem"},
        "century": {"wiek", "wieku", "wiekiem", "wieki", "stulecia", "stulecie", "stuleciu", "stuleciem"},
        "deictic": set(v.spec["deictic_days"]),
        "dadj": {f for lemma in v.spec["deictic_adjectives"] for f in _adj_forms(lemma)},
        "ago": {"temu", "wcześniej", "później", "przed"},
        "relunit": units | set(v.weekday) | seasons,
        "modunit": {"roku", "miesiąca", "tygodnia", "dnia", "kwartału", "dekady", "wieku"},
        "duration": units, "unitalone": units | {"roku", "miesiąca", "tygodnia", "dnia", "doby", "godziny", "minuty"}, "weekday": set(v.weekday), "season": seasons,
        "clock": {"godz", "godzinie", "godziny", "godzina", "godziną", "godzinę"},
        "tadj": set(v.time_adj),
        "anaday": set(v.spec["anaphoric_days"]),
        "eventday": {"dzień", "dniu"},
        "nomclock": set(v.spec["hour_telling_verbs"]),
        "nthweekday": set(v.weekday),
        "nthweek": {"tygodniu", "tygodnia", "tygodniem"},
        "postnum": {"lat", "miesięcy"},
        "instrdur": {"latami", "dekadami", "miesiącami", "tygodniami", "dniami", "godzinami"},
        "partofday": set(v.spec["parts_of_day"]),
        "weekend": {"weekend", "weekendu", "weekendzie"},
        "anayear": {"samego", "samym", "sam", "tamtego", "tamtym", "tamten", "owego", "owym"},
        "relpart": set(v.spec["relative_part_nouns"]),
        "holiday": set(_holidays()),
        "edgeminutes": {"minutach"},
        "relsummer": {"lata", "lato"},
        "summeryear": {"lata", "lato", "latem"},
        "nightfrom": {"noc", "nocy"},
        "edgeday": {"dniu", "dnia", "dzień"},
        "tenday": {"dekadzie", "dekady", "dekadę", "dekada"},
        # (not the plural "lat", "latach": the commonest words that spell a season, and never one after these)
        "yadjseason": _season_singulars(),
        "modseason": _season_singulars(),
        "relunit2": {"rok", "roku", "miesiąc", "miesiąca", "miesiącu", "tydzień", "tygodnia", "tygodniu"},
        "quarter": {"kwartale", "kwartału", "kwartałem", "kwartał", "półroczu", "półrocze", "półrocza", "półroczem"},
        "whole": set(v.spec["whole_units"]),
        "decadeword": {"lat", "lata", "latach", "latami"},
        "wordyear": {"roku", "rok", "rokiem"},
        "wordclock": {"godzina", "godzinie", "godzinę", "godziny", "godziną", "wpół", "kwadrans"}
        | {w.split()[-1] for w in set(v.spec["parts_of_day"]) - set(v.spec["part_of_day_nouns"])},
        "ordunit": {"minucie", "sekundzie", "godzinie", "min", "minuty"},
        "titleyear": {"roku"},
        "hmlength": {"godz", "h"},
        "wordday": set(v.month),
        "yabbr": {"ub", "b", "br"},  # gate words are letter runs: "ub.r." opens on "ub", "b.r." on "b"
    }
    out: dict[str, set[str]] = {}
    for kind, words in by_kind.items():
        for w in words:
            out.setdefault(w.lower().split()[-1], set()).add(kind)
    return {w: frozenset(k) for w, k in out.items()}


@cache
def _adjdur_stem() -> re.Pattern[str]:
    """Compound length adjectives ("dwudniowych", "pięcioletni") can only be told by their inner stem."""
    return re.compile("|".join(map(re.escape, _vocab().spec["adjectival_duration_units"])))


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per pattern kind, merged character windows around its trigger words."""
    trig = _trigger_words()
    out: dict[str, list[tuple[int, int]]] = {}
    low = text.lower()
    # length-adjective stems, found once in the whole text (they are letters, so each lies inside one word)
    stems = [h.start() for h in _adjdur_stem().finditer(low)] if len(low) == len(text) else None
    era = "n.e" in low or "n. e" in low  # era years are rare: their number windows open only when a text has one
    for m in _GATE_WORD.finditer(text):
        w = m.group(0)
        kinds: Iterable[str] = trig.get(w.lower(), ())
        if not kinds and w.lower() in _hour_forms() and _HOUR_PREP_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            kinds = ("wordclock",)  # "o dwunastej", "na ósmą": an hour's ordinal opens a window only after its preposition
        windows: list[tuple[Iterable[str], int | None, int | None]] = []
        if kinds:
            windows.append((kinds, None, None))
        if w[0].isdigit():
            digits = len(w) if w.isdigit() else 0
            by_len, other = (_DIGIT_KINDS_BY_LEN, _DIGIT_KINDS) if era else (_DIGIT_KINDS_BY_LEN_NO_ERA, _DIGIT_KINDS_NO_ERA)
            windows.append((by_len.get(digits, other if not digits else _DIGIT_KINDS_OTHER), _DIGIT_BEFORE, _DIGIT_AFTER))
            if digits in (1, 2) and _DAY_DOT_MONTH.match(text, m.end()):
                windows.append((("ddmm",), _DIGIT_BEFORE, _DIGIT_AFTER))  # "12.05": a day and month only there
            if digits == 2 and (text[m.start() - 1:m.start()] in ("'", "’") or text[m.end():m.end() + 1] in ("'", "’")):
                windows.append((("apyear",), 2, 2))  # "'99", "95'"
            if 0 < digits <= 3 and (text[m.end():m.end() + 1] in ("'", "’") or text[m.end():m.end() + 1] == "." and (
                    "(" in text[max(0, m.start() - 2):m.start()] or text[max(0, m.start() - 3):m.start()] == "., ")):
                windows.append((("scorer",), 3, 3))  # "Kowalski 23'", "Kowalski (23.)"
            if digits == 2 and w.endswith("0") and text[m.end():m.end() + 1] == ".":
                windows.append((("decade2",), 12, 2))  # "70. i 80."
        elif w[0] in "IVX" and _ROMAN_TOKEN.fullmatch(w):
            windows.append((_ROMAN_KINDS, _WINDOW_BEFORE, _WINDOW_AFTER))
        elif (_adjdur_stem().search(w.lower()) if stems is None else
              (k := bisect.bisect_left(stems, m.start())) < len(stems) and stems[k] < m.end()):
            windows.append((("adjdur",), _WINDOW_BEFORE, _WINDOW_AFTER))
        for group, before, after in windows:
            for kind in group:
                b, a = (before, after) if before is not None and after is not None else _WORD_WINDOWS.get(
                    kind, (_WINDOW_BEFORE, _WINDOW_AFTER))
                lo, hi = max(0, m.start() - b), min(len(text), m.end() + a)
                spans = out.setdefault(kind, [])
                if spans and lo <= spans[-1][1]:
                    spans[-1] = (min(spans[-1][0], lo), max(spans[-1][1], hi))
                else:
                    spans.append((lo, hi))
    return out


def find_timexes(text: str, anchor: Anchor, tokens: Sequence[Token] = (), sentences: Sequence[Any] = (),
                 *, gate: bool = True) -> list[Timex]:
    """All time expressions in `text`, resolved against `anchor`; non-overlapping, longest first."""
    vocab = _vocab()
    published = anchor
    anchor = _dateline_anchor(text, anchor, vocab)
    cands: list[tuple[int, int, int, str, re.Match[str]]] = []
    windows = _windows(text) if gate else {}
    for prio, (kind, pat) in enumerate(_patterns()):
        for lo, hi in windows.get(kind, ()) if gate else [(0, len(text))]:
            for m in pat.finditer(text, lo, hi):
                if m.end() > m.start() and m.group(0).strip():
                    cands.append((m.start(), m.end(), prio, kind, m))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    # idioms made of time words ("z roku na rok") are taken first, so nothing inside them is chosen
    low = text.lower()
    taken: list[tuple[int, int]] = sorted(  # sorted, disjoint
        (m.start(), m.end()) for m in (_idioms().finditer(low) if len(low) == len(text) else _idioms(True).finditer(text)))
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    for s, e, _p, kind, m in cands:
        k = bisect.bisect_left(taken, (s, e))
        if (k < len(taken) and taken[k][0] < e) or (k > 0 and taken[k - 1][1] > s):
            continue
        if kind in ("relunit", "relunit2") and m.group("rel") and not _agrees(m.group("rel").lower(), m.group("u").lower()):
            continue  # "zajęło to rok": the pronoun "to", not "ten rok"; leaves "rok" to a shorter pattern
        if (kind == "relunit2" and (nxt := _GENITIVE_NEXT.match(text, e))
                and any(t.startswith("subst:") for _l, t, _q in analyse(nxt.group(1))) and _agrees(m.group("rel").lower(), nxt.group(1))):
            continue  # "Za tydzień kolejny mecz": the adjective is the noun's after it, not the week's (battery t39)
        if kind in ("year", "bareyear", "yearend") and (_in_code(text, s, e) or _NUMBER_LABEL.search(text, max(0, s - 8), s)):
            continue  # (and "druk nr 1553", "poz. 1807": a numbered item; timex review batch t36)
        if kind == "clock" and _DOTTED_CODE.search(_run_around(text, s, e)):
            continue  # "PKWiU 60.22.11-00.00": a classification code, no clock time (timex review batch t36)
        if _in_address(text, s, e):
            continue  # a word of an e-mail or web address: "marcin.grudzien@nowemedia.info" (tune; a surname)
        if _NOT_CALENDAR_YEAR.match(text, e) and re.search(r"\b(?:rok|roku|rokiem)$", text[s:e], re.IGNORECASE):
            continue  # "z początkiem roku szkolnego": a school or fiscal year, no calendar one (KPWr train marks none)
        if kind == "ordunit" and not _ordinal_unit(m, text, s, e):
            continue
        if kind in ("scorer", "apyear") and m.group(0)[-1:] in "'’" and _scorer_minute(text, s, e) != (kind == "scorer"):
            continue  # "Kowalski 23'" in a match report is a minute, elsewhere ("Mulatka 95'") a year
        if kind == "edgeminutes" and not _match_words().search(text, max(0, s - _MATCH_WINDOW), e + _MATCH_WINDOW):
            continue
        if kind == "scorer" and m.group("n") and not _match_words().search(text, max(0, s - _MATCH_WINDOW), e + _MATCH_WINDOW):
            continue
        if kind == "rangeday" and m.group("d4") and not _digit_day_range(text, m.start("d4"), int(m.group("d4")), m):
            continue
        if kind == "rangeday" and m.group("d") and (cd := _COMMA_DAYS.match(text, m.end("d"))) and (
                _NUMBERED_BEFORE.search(text, max(0, s - 30), s) or int(m.group("d")) >= int(cd.group(1))
                or _HOURS_BEFORE.search(text, max(0, s - 20), s) or text[max(0, s - 1):s] in ("-", "–")):
            # "ul. Listopadowej 6, 22 listopada": a house number, then the date; "w godzinach 8-16, 12 grudnia": an
            # hour; two days joined by a comma alone rise (battery t39)
            continue
        if kind == "ddmm" and (
                not _digit_day_range(text, rs.start(1), int(rs.group(1)), m)
                if (rs := _RANGE_START_BEFORE.search(text, max(0, s - 6), s)) else not _ddmm_context(m)):
            continue  # (the end of a range of days, "26-29.09", is checked as one; any other needs a date's context)
        if kind == "romanday" and not _romanday_context(m):
            continue
        if kind == "wordclock" and m.group("hw4") and not _word_hour(m, vocab):
            continue
        if kind == "clock" and m.group("hd") is not None and not _clock_head_before().search(text, max(0, s - 40), s):
            continue
        if kind == "clock" and m.group("ap") is not None and not _weekday_in_brackets().search(text, max(0, s - 20), s):
            continue
        if kind == "clock" and text[s - 2:s] == ": " and not _PROGRAMME_LINE.match(text, s) and not _clock_list_head().search(
                text, max(0, s - _CLOCK_LIST_HEAD_WINDOW), s):
            continue  # "Ceny: 2.50, 3.20": a list after a colon is of clock times only under a word of hours or days
        if kind == "clock" and text[s:s + 1].isdigit() and _LIST_ITEM_BEFORE.search(text, max(0, s - 6), s) and (
                (opened := _CLOCK_LIST_BEFORE.search(text, max(0, s - 60), s)) is None or opened.group("colon")
                and not _clock_list_head().search(text, max(0, opened.start() + 2 - _CLOCK_LIST_HEAD_WINDOW), opened.start() + 2)):
            continue  # "kursy 4.15, 4.20": a list of numbers, unless a clock time's word opens it (or a colon after one)
        if kind == "titleyear" and not _title_before().search(text, max(0, s - _TITLE_WINDOW), s):
            continue
        if kind == "relunit" and _ORDINAL_BEFORE.search(text, max(0, s - 16), s):
            continue  # "czwarty kolejny rok": a count of years, no date (timex review batch t33)
        if kind in ("daymonth", "rangeday") and (m.group("mon") or "")[:1].isupper() and _STREET_BEFORE.search(text, max(0, s - 25), s):
            continue  # a street or a name: "przy ul. 3 Maja", "ulica Konstytucji 3 Maja" (timex review batch t35)
        if _mid_sentence_capital(text, s) and kind not in ("datetime", "iso", "daymonth", "monthyear", "quarter", "year", "yearend",
                                                           "bareyear", "decade", "century", "clock", "titleyear", "holiday",
                                                           "romcentadj"):
            continue
        taken.insert(k, (s, e))
        chosen.append((s, e, kind, m))
    chosen.sort()
    tok_starts = [t.start for t in tokens]
    sent_starts = [x.start for x in sentences]
    out: list[Timex] = []
    last_day: dt.date | None = None  # the last day the text named explicitly or relatively
    generic_day: str | None = None  # a day of no year named after it: "Blog Day, 31 sierpnia" (XXXX-08-31)
    last_night: dt.date | None = None  # the first day of the last night named ("w nocy z piątku na sobotę": Friday)
    range_day: dt.date | None = None  # the first day of the last range of days named
    sent_day: tuple[int, dt.date] | None = None  # the last single day named, bound or not, and its sentence
    last_year: int | None = None  # the last year the text named (a day, month or year of it)
    named_year, last_year_sent = 0, None  # the last year written out, and the sentence it is in
    length_openers, day_openers = vocab.spec["length_openers"], frozenset(vocab.spec["day_openers"])
    for s, e, kind, m in chosen:
        opener = _OPENER.search(text, max(0, s - 12), s)
        if opener and out and out[-1].end > opener.start():
            opener = None
        if opener:
            s = opener.start()  # the prepositions are read before it: "przez ponad dwa lata"
        pm = _PREP.search(text[max(0, s - 12):s])
        prep = pm.group(1).lower() if pm else None
        tense = _tense_near(tokens, tok_starts, sentences, sent_starts, s) if tokens else None
        if tense == "present" and prep == "od" and _onset_near(tokens, tok_starts, s, vocab):
            tense = "future"  # "Od poniedziałku rusza sprzedaż": a start ahead (battery t38)
        elif kind == "weekday" and tense in (None, "present") and _onset_near(tokens, tok_starts, s, vocab, nouns=tense is None):
            # a start told in the present, or named with no verb, is a coming one: "Mecz rozpoczyna się w niedzielę o
            # godz. 15", "Początek meczu w niedzielę" (the nearest Sunday had been last one; battery t39)
            tense = "future"
        sent_no = bisect.bisect_right(sent_starts, s)  # 1 + the index of the sentence it is in (0 with no sentences)
        try:
            v = _resolve(kind, m, anchor, tense, prep, vocab)
        except (ValueError, OverflowError, KeyError):
            v = None
        if v is None or v.type == "DURATION" and kind in ("duration", "adjdur") and _is_age(kind, m, tokens, tok_starts):
            continue
        if (kind in ("tadj", "season", "modseason", "month", "weekday", "romanday", "holiday") or kind == "daymonth" and not (
                m.group("y") or m.group("ry") or m.group("ab"))) and v.type == "DATE" and v.value and sent_no:
            v = _habitual(v, text, sentences[sent_no - 1], s, day_of_month=kind in ("daymonth", "romanday", "holiday"))
        if kind == "partofday" or v.mod == "partofday":
            # (an adjective too: "udzieliła wczoraj wywiadu. Wystąpiła w wieczornym programie" was the publication's
            # evening; review batch t34)
            story = _story_day(_ref_day(last_day, range_day), anchor, tense)
            day = story or (anchor.date if anchor.date is not None and anchor.precision == "day" else None)
            if day is not None and story is None and tense == "past" and v.value == "T24:00":
                # midnight told in the past on its publication day is the one that opened it: "W wielu szpitalach
                # o północy uczczono minutą ciszy" (1 January) is 31 December's 24:00 (timex review batch t37)
                day -= dt.timedelta(days=1)
            if story is not None and v.value == "TMO" and (
                    # the morning after the night the story named: "W nocy z piątku na sobotę padało. Rano wszystko było
                    # białe" is Saturday's morning (timex battery t38)
                    last_night == story
                    # the morning an evening's story lasts until: "W piątek wieczorem wybuchł pożar. Strażacy gasili go
                    # do rana" is Saturday's morning (timex battery t39)
                    or prep == "do" and out and out[-1].earliest == story and (out[-1].value or "").endswith(("TEV", "TNI"))):
                story = day = story + dt.timedelta(days=1)
            v = _Value("TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}{v.value}", "time", day, day,
                       "text" if story else "publication", 0.6 if day else 0.3,
                       mod=vocab.mod.get((m.groupdict().get("pmod") or "").lower()))
        if kind == "weekday" and v.type == "DATE" and v.earliest is not None and (
                rng := _WEEKDAY_RANGE.search(text, max(0, s - 30), min(len(text), e + 30))) and rng.start() <= s and e <= rng.end():
            wd = v.earliest.isoweekday()
            if sent_no and _recurs_near("daily", text, sentences[sent_no - 1], s, e):
                # "czynne od poniedziałku do piątku": every such week's days (timex review batch t35)
                v = _Value("DATE", f"XXXX-WXX-{wd}", "day", confidence=0.5)
            elif prep == "do" and out and out[-1].start >= rng.start() and out[-1].earliest is not None and out[-1].granularity == "day":
                # the end of "od poniedziałku do piątku" is on or after its start, whatever the tense
                d = out[-1].earliest + dt.timedelta(days=(wd - out[-1].earliest.isoweekday()) % 7)
                v = _Value("DATE", d.isoformat(), "day", d, d, out[-1].anchor, v.confidence)
        if (kind == "weekday" and v.type in ("DATE", "TIME") and v.earliest is not None and v.earliest == v.latest and out
                and out[-1].type == "DURATION" and out[-1].prep == "za" and out[-1].earliest is not None
                and (out[-1].value or "").endswith("W") and _WEEKS_DAY_GAP.fullmatch(text, out[-1].end, s)):
            # "za dwa tygodnie we wtorek": that week's Tuesday, not this one (timex battery t37)
            week = out[-1].earliest
            d = week + dt.timedelta(days=v.earliest.isoweekday() - week.isoweekday())
            v = _Value(v.type, d.isoformat() + (v.value or "")[10:], v.granularity, d, d, "publication", v.confidence, mod=v.mod)
        if kind in ("deictic", "weekday") and m.group("pmod") and v.type == "TIME" and v.mod is None:
            v = dataclasses.replace(v, mod=vocab.mod.get(m.group("pmod").lower()))  # "wczoraj późnym wieczorem": END
        if kind == "eventday":
            if last_day is None or _CONDITION_BEFORE.search(text, max(0, s - 20), s):
                continue  # no day named for the event ("w dniu wyborów" alone), or any such day ("Jeśli w dniu wyborów")
            v = _Value("DATE", last_day.isoformat(), "day", last_day, last_day, "text", 0.6)
        if (kind == "anaday" and v.value is None and generic_day is not None
                and (v.mod or "") not in vocab.spec["anaphoric_day_shifts"]):
            # "Blog Day, 31 sierpnia. Który udało mi się przegapić! Tego dnia…": that day of any year (KPWr train)
            v = _Value("DATE", generic_day, "day", confidence=0.5)
        if kind == "anaday" and v.value is None:
            if last_day is None:
                # a day of the publication's year, as KPWr tune writes an unnamed "Tego dnia" ("2008-xx-xx"):
                # a story's day with no date of its own is a recent one
                year = _publication_year(anchor)
                v = _Value("DATE", f"{year}-XX-XX" if year else "XXXX-XX-XX", "day", confidence=0.3)
            else:
                shift = vocab.spec["anaphoric_day_shifts"].get(v.mod or "", 0)
                d = last_day + dt.timedelta(days=shift)
                v = _Value("DATE", d.isoformat(), "day", d, d, "text", 0.7)
        if kind == "relpart" and v.mod and v.mod.startswith("anapart:"):
            _tag, part, *moved = v.mod.split(":")
            if last_day is not None:
                d = last_day + dt.timedelta(days=int(moved[0]) if moved else 0)
                v = _Value("TIME", f"{d.isoformat()}T{part}", "time", d, d, "text", 0.6)
            else:  # an unnamed day of the publication's year, as "Tego dnia" is (KPWr tune "2008-xx-xx"; battery t38)
                year = _publication_year(anchor)
                v = _Value("TIME", f"{year if year else 'XXXX'}-XX-XXT{part}", "time", confidence=0.3)
        if kind == "anayear":
            v = (_Value("DATE", str(last_year), "year", dt.date(last_year, 1, 1), dt.date(last_year, 12, 31), "text", 0.7)
                 if last_year else _Value("DATE", "XXXX", "year", confidence=0.3))
        # the day right before it, a bound one too: "do niedzieli, do godz. 18" is Sunday's 18:00 (review batch t20)
        day_before = out[-1].earliest if out and out[-1].granularity == "day" and out[-1].earliest is not None and \
            out[-1].earliest == out[-1].latest and re.fullmatch(r"[\s,]*(?:do|od|o|w|we)?\s*", text[out[-1].end:s]) else None
        # else a day named earlier in the same sentence, a bound one too: "od wtorku 5 stycznia akcja będzie prowadzona
        # w godzinach 9.00-19.00" is that Tuesday's hours, not those of a day named sentences before (review batch t26)
        own_day = day_before or (sent_day[1] if sent_day is not None and sent_day[0] == sent_no and sentences else None)
        if (own_day is not None and kind == "clock" and out and out[-1].prep == "do" and out[-1].earliest == own_day
                and _HOURS_SPAN_BEFORE.search(text, max(0, s - 16), s) and _CLOCK_RANGE_AFTER.match(text, e)):
            own_day = None  # "Wystawa czynna do 20 grudnia w godz. 10-17": each day's hours until then (battery t38)
        clock_day = own_day or _ref_day(last_day, range_day)
        if kind == "clock" and own_day is not None and v.value and v.value.startswith("T"):
            # a timetable's hour with a day of its own sentence: "25 stycznia … od 9 do 11 odbędzie się bal" (batch t36)
            v = dataclasses.replace(v, anchor="publication")
        elif (kind == "clock" and v.value and v.value.startswith("T") and out and out[-1].type == "TIME" and out[-1].value
              and _CLOCK_VALUE.fullmatch(out[-1].value) and out[-1].earliest is not None
              and bisect.bisect_right(sent_starts, out[-1].start) == sent_no):
            # a range of hours after a dated clock time of its sentence is on that day: "strajk od godz. 10 do 18,
            # inne – od 13 do 17" (BSNLP; a timetable's bare range stays of no day: "Basen od 8 do 15", KPWr tune)
            d = out[-1].earliest
            v = _Value("TIME", f"{d.isoformat()}{v.value}", "time", d, d, "text", 0.6)
        if (kind in ("clock", "wordclock") and v.value and "T" in v.value and len(out) >= 2
                and out[-2].type == out[-1].type == "DATE" and out[-2].granularity == out[-1].granularity == "day"
                and ((rng := _WEEKDAY_RANGE.search(text, max(0, out[-2].start - 4), out[-1].end + 1)) is not None
                     and rng.start() <= out[-2].start and out[-1].end <= rng.end()
                     or out[-2].earliest is not None and out[-1].earliest is not None and out[-2].text[:1].isdigit()
                     and out[-2].earliest < out[-1].earliest and out[-2].earliest.replace(day=1) == out[-1].earliest.replace(day=1)
                     and _RANGE_GAP.fullmatch(text, out[-2].end, out[-1].start) is not None)
                and _WEEKDAY_HOURS_GAP.fullmatch(text, out[-1].end, s)):
            # the hours of "od poniedziałku do piątku w godz. 10-18" are each of those days', not the last one's: KPWr
            # tune writes them "2005-02-xxT10:00" (days of this month), of no day at all when the days recur (battery t37);
            # so are those of a range of days of a month: "w dniach 12-13 grudnia w godz. 10-18" (battery t38)
            hm = v.value.split("T", 1)[1]
            first = out[-2]
            v = (_Value("TIME", f"T{hm}", "time", None, None, "none", 0.5) if first.earliest is None else
                 _Value("TIME", f"{first.earliest.year}-{first.earliest.month:02d}-xxT{hm}", "time", first.earliest,
                        out[-1].latest or first.earliest, "text", 0.5))
            own_day = clock_day = None
        if (kind in ("clock", "wordclock") and own_day is None and sent_no and v.value and "T" in v.value
                and (_recurs_near("daily", text, sentences[sent_no - 1], s, e)
                     or _passive_habit(tokens, bisect.bisect_left(tok_starts, s), sentences[sent_no - 1])
                     or _plural_habit(tokens, bisect.bisect_left(tok_starts, s), sentences[sent_no - 1]))):
            # "Mecz jak zwykle rozpocznie się o godz. 18", "czynne w godz. 10-18": the hour of no day in particular
            # (KPWr tune: "T18:00"; timex review batch t34)
            v = _of_no_day(v)
            clock_day = None
        if (kind in ("clock", "wordclock") and out and out[-1].type == "SET" and out[-1].value
                and out[-1].value.startswith("XXXX-WXX-") and v.value and "T" in v.value
                and _SET_CLOCK_GAP.fullmatch(text, out[-1].end, s)):
            # "w czwartki do godz. 12": the hour of every Thursday, not of a day the story named; after a list of
            # them ("w poniedziałki, środy i piątki od 10 do 18") the hour of each, so of no one day
            listed = len(out) > 1 and out[-2].type == "SET" and (out[-2].value or "").startswith("XXXX-WXX-") and \
                _LIST_GAP.fullmatch(text, out[-2].end, out[-1].start) is not None
            v = _Value("TIME", f"{'' if listed else out[-1].value}T{v.value.split('T', 1)[1]}", "time", None, None, "none", 0.7)
            clock_day = None
        if kind in ("clock", "wordclock", "ordunit", "scorer", "hmlength") and clock_day is not None and v.type == "TIME" and v.value and (
                v.anchor == "publication" or v.value.startswith("XXXX")):
            # a bare clock time belongs to the day the text last named ("7 października … w godz. 10.30 – 13.30"),
            # not to the publication date: the reference-time rule of HeidelTime's narrative mode
            v = _Value("TIME", f"{clock_day.isoformat()}T{v.value.split('T', 1)[1]}", "time", clock_day, clock_day, "text", 0.7)
        elif (kind == "clock" and clock_day is None and last_day is None and v.anchor == "publication" and tense in (None, "present")
              and v.value and (
                  # office hours with no day in the whole text before them, told with no verb or in the present:
                  # "Zapisy w sekretariacie w godz. 9-13" are every day's, not the publication's ("Zbiórka odbędzie się
                  # w godz. 9.30-12" is one day's; timex battery t38)
                  _HOURS_SPAN_BEFORE.search(text, max(0, s - 16), s) and _CLOCK_RANGE_AFTER.match(text, e)
                  and (text[s:s + 4].lower() == "godz" or "godz" in text[max(0, s - 16):s].lower())
                  # a programme's line, "10.00 – otwarcie", at a line's or a sentence's start (KPWr joins a paragraph's
                  # lines): programmes are published ahead, so on a day the text does not tell (KPWr writes an hour of
                  # no day "T15:00"; timex battery t39)
                  or (text[max(0, s - 1):s] in ("", "\n") or sent_no and sentences[sent_no - 1].start == s)
                  and _PROGRAMME_LINE.match(text, s))):
            v = _of_no_day(v)
        if (kind in ("clock", "wordclock") and out and out[-1].type == "TIME" and out[-1].value and "T" in out[-1].value
                and v.value and "T" in v.value and (_CLOCK_RANGE_GAP.fullmatch(text, out[-1].end, s)
                                                    or kind == "clock" and _LIST_GAP.fullmatch(text, out[-1].end, s))):
            # a range's end is on its start's day: "w środy w godz. 7.30 - 15.30" (the end had been the hour of no
            # day, the start every Wednesday's; timex review batch t35); so is the next of a list: "w niedziele o godz.
            # 7.00, 9.00 i 11.00" are all Sundays' (battery t37)
            day_part = out[-1].value.split("T", 1)[0]
            v = _Value("TIME", f"{day_part}T{v.value.split('T', 1)[1]}", "time", out[-1].earliest, out[-1].latest,
                       out[-1].anchor, v.confidence)
        bound = kind == "rangeday" or prep in _BOUND_PREPS or _RANGE_END.search(text, max(0, s - 4), s) is not None
        if ((v.type in ("DATE", "TIME") or v.point) and v.granularity in ("day", "time") and v.earliest is not None
                and v.earliest == v.latest and v.value and not bound and not (kind == "tadj" and v.type == "TIME")
                and kind != "holiday"):  # (a feast is as often a season of the year as the day a story is on)
            # "6 października 2009 r. godzina 15.00": a dated clock time names its day too; the ends of a range
            # ("w dniach 3-10 sierpnia") and a deadline ("do 2 października") are not the day the story is on
            last_day, generic_day = v.earliest, None
            last_night = v.earliest if kind == "nightfrom" else None
        if v.type == "DATE" and v.value and _GENERIC_DAY.fullmatch(v.value) and not bound:
            generic_day = v.value
        if kind == "rangeday" and v.type == "DATE" and v.earliest is not None and v.earliest == v.latest:
            range_day = v.earliest
        if v.type == "DATE" and v.granularity == "day" and v.earliest is not None and v.earliest == v.latest:
            sent_day = (sent_no, v.earliest)
        if (kind in ("relunit", "relunit2") and v.type == "DATE" and v.granularity == "year" and v.mod is None
                and last_year_sent is not None and last_year_sent == sent_no
                and (shift := vocab.spec["story_year_words"].get((m.group("rel") or "").lower())) is not None
                and (shift or prep not in (None, "w"))):  # "jeszcze w tym roku" stays the publication's
            # a year named earlier in the sentence is the one "następny" points from, and "ten" after "po"/"przed":
            # "do końca 2019 roku, gdyż po tym roku" is 2019, "w następnym roku" 2020 (timex review batch t21); "w tym
            # roku" is the publication's (HeidelTime's news mode)
            y = named_year + shift
            v = _Value("DATE", str(y), "year", dt.date(y, 1, 1), dt.date(y, 12, 31), "text", 0.6)
        if v.type in ("DATE", "TIME") and v.value and _YEAR_VALUE.match(v.value) and not bound:
            last_year = int(v.value[:4])
        if kind in _EXPLICIT_YEAR_KINDS and v.value and _YEAR_VALUE.match(v.value):
            named_year, last_year_sent = int(v.value[:4]), sent_no
        if kind == "nomclock":
            s = m.start("gw") if m.group("gw") else m.start("h") if m.group("h") else m.start("hw")  # not the verb
        if kind == "ago" and v.type == "DURATION":
            # the length only: "temu", "przed" and "wcześniej" relate it to a moment, as KPWr and TimeML mark it
            if m.group("dir2"):
                s, e, prep = m.start("n2") if m.group("n2") else m.start("u2"), m.end("u2"), m.group("dir2").lower()
            else:
                e = m.end("u")
                prep = m.group("dir").lower() if m.group("dir").lower() == "temu" else prep
        if opener:
            word = opener.group(1).lower()
            if v.type == "DURATION" and word in length_openers:
                v = dataclasses.replace(v, mod=length_openers[word])
            elif not (v.type in ("DATE", "TIME") and v.granularity in ("day", "time") and word in day_openers):
                s = opener.end()
        if "appos" in m.re.groupindex and m.group("appos") and not m.groupdict().get("h"):
            e = m.start("appos")  # "16 marca (wtorek)": the weekday in apposition is the date's, not a day of its own
        if ("wd" in m.re.groupindex and m.group("wd") and kind != "weekday" and (w := _WORD_BEFORE.search(text, max(0, s - 20), s))
                and w.group(1).lower() in vocab.rel):
            s = w.start(1)  # "w najbliższą niedzielę (18 stycznia)": the weekday's adjective too (timex battery t38)
        if v.type == "DURATION" and v.mod is None and prep in ("około", "ok."):
            v = dataclasses.replace(v, mod="APPROX")  # "około miesiąca", "ok. 5 minut": TimeML's mod (battery t38)
        span = text[s:e].rstrip(" ,")
        if v.mod in ("H1", "H2") and v.value and v.type == "DATE":
            v = dataclasses.replace(v, value=f"{v.value}-{v.mod}", mod=None)
        out.append(Timex(s, s + len(span), span, v.type, v.value, v.granularity, v.earliest, v.latest,
                         "text" if v.anchor == "publication" and anchor is not published else v.anchor,
                         v.confidence, v.mod, prep, v.point))
    return _timetable_lines(text, _length_range_starts(text, _adjective_of_a_year(text, _compound_lengths(
        text, _join_day_and_time(text, _clock_range_ends(text, _range_years(text, out)), vocab)), vocab)))


@cache
def _timetable_days() -> dict[str, int]:
    """The weekdays a timetable's line opens with, nominative or abbreviated -> their number."""
    spec = _vocab().spec
    days: dict[str, int] = spec["weekdays"] | spec["weekday_abbreviations"]
    return days


@cache
def _timetable_pattern() -> re.Pattern[str]:
    """A timetable's line: weekdays, nominative or abbreviated, then a range of hours ("poniedziałek-piątek 9-17",
    "Pon.-pt. 8.00-16.00", "sob. 9.00-13.00")."""
    days = set(_timetable_days())
    day = _alt(days)
    return re.compile(rf"{_lead({w[0] for w in days})}\b(?P<d1>{day})\.?(?:\s?(?:[-–]|do)\s?(?P<d2>{day})\.?)?:?,?\s+(?:w\s+)?(?:godzinach\s+)?(?P<g>godz\.\s*)?"
                      r"(?P<h1>[01]?\d|2[0-4])(?:[.:](?P<m1>[0-5]\d))?\s?[-–]\s?(?P<h2>[01]?\d|2[0-4])(?:[.:](?P<m2>[0-5]\d))?\b"
                      r"(?![.,]?\d|\s*(?:%|proc|zł\b|złot|tys|mln|osób|lat|km))", re.IGNORECASE)


def _timetable_lines(text: str, found: list[Timex]) -> list[Timex]:
    """The days and hours of a timetable's lines, which recur: "Godziny otwarcia: poniedziałek-piątek 9-17, sobota
    9-13" had no time at all, "Kasa czynna: wt.-nd. 10.00-18.00" the publication day's hours (timex battery t37). A
    range of days gives hours of no day in particular ("T09:00"), one day its own ("XXXX-WXX-6T09:00")."""
    number = _timetable_days()
    added: list[Timex] = []
    for m in _timetable_pattern().finditer(text):
        h1, h2 = int(m.group("h1")), int(m.group("h2"))
        if not (m.group("m1") or m.group("m2") or 5 <= h1 < h2 or h2 == 24):
            continue  # a score, "sobota 2-1", no hours
        d1 = number[m.group("d1").lower()]
        day_part = "" if m.group("d2") else f"XXXX-WXX-{d1}"
        for g in ("d1", "d2"):
            if m.group(g) and not any(t.start < m.end(g) and m.start(g) < t.end for t in found):  # ("w każdy wtorek" stays)
                added.append(Timex(m.start(g), m.end(g), m.group(g), "DATE", f"XXXX-WXX-{number[m.group(g).lower()]}",
                                   "day", confidence=0.5))
        for h, mi in (("h1", "m1"), ("h2", "m2")):
            lo = m.start("g") if h == "h1" and m.group("g") else m.start(h)  # "godz. 10", as KPWr spans it
            hi = m.end(mi) if m.group(mi) else m.end(h)
            added.append(Timex(lo, hi, text[lo:hi], "TIME", f"{day_part}T{int(m.group(h)):02d}:{m.group(mi) or '00'}", "time",
                               confidence=0.5))
    if not added:
        return found
    kept = [t for t in found if not any(a.start < t.end and t.start < a.end for a in added)]
    return sorted(kept + added, key=lambda t: (t.start, t.end))


# The first number of a range of lengths is a length of the unit after the second: "2000-2500 lat", "przez 10 do 30
# min" (KPWr train marks "2000" P2000Y and "10" PT10M; kronika had only the second).
_LENGTH_RANGE_START = re.compile(r"(?<![\d.,])(\d+(?:,\d+)?)\s?(?:[-–]|do)\s?$")


def _length_range_starts(text: str, found: list[Timex]) -> list[Timex]:
    out: list[Timex] = []
    for t in found:
        m = _ONE_UNIT.fullmatch(t.value or "") if t.type == "DURATION" and t.text[:1].isdigit() else None
        r = _LENGTH_RANGE_START.search(text, max(0, t.start - 12), t.start) if m else None
        if m and r and not (out and out[-1].end > r.start(1)):
            n = r.group(1).replace(",", ".")
            out.append(Timex(r.start(1), r.end(1), r.group(1), "DURATION", f"P{m.group(1)}{n}{m.group(3)}", None, None, None,
                             t.anchor, t.confidence, None, t.prep))
        out.append(t)
    return out


_ADJ_YEAR_GAP = re.compile(r"\s+(?:[a-ząćęłńóśźż]+\s+)?")


def _adjective_of_a_year(text: str, found: list[Timex], vocab: _Vocab) -> list[Timex]:
    """A month's or season's adjective before a year is of that year: "wypadków grudniowych 1970 roku" was this
    December and 1970, "w marcowych wyborach 2019 r." this March (timex review batch t34, NKJP)."""
    out = list(found)
    for k in range(len(out) - 1):
        t, nxt = out[k], out[k + 1]
        if (t.start < 0 or t.type != "DATE" or not t.value or t.text.lower() not in vocab.time_adj
                or t.granularity not in ("month", "season") or not _YEAR_VALUE.match(t.value)
                or nxt.type != "DATE" or nxt.granularity != "year" or not nxt.value or not re.fullmatch(r"\d{4}", nxt.value)
                or not _ADJ_YEAR_GAP.fullmatch(text, t.end, nxt.start)):
            continue
        y = int(nxt.value)
        value = f"{y}{t.value[4:]}"
        lo, hi = (dt.date(y, int(t.value[5:7]), 1), _month_end(y, int(t.value[5:7]))) if t.granularity == "month" else (None, None)
        if text[t.end:nxt.start].strip():  # a noun between: "marcowych wyborach 2019 r.", two expressions
            out[k] = dataclasses.replace(t, value=value, earliest=lo, latest=hi, anchor="text")
        else:  # adjacent: one expression, "grudniowych 1970 roku"
            out[k] = dataclasses.replace(t, end=nxt.end, text=text[t.start:nxt.end], value=value, earliest=lo, latest=hi,
                                         anchor="none")
            out[k + 1] = dataclasses.replace(nxt, start=-1)
    return [t for t in out if t.start >= 0]


# One length said in several units, the larger first: "dwie godziny 18 minut i 18 sekund" is PT2H18M18S, "3 lata i 2
# miesiące" P3Y2M (timex review batch t34: three lengths). Weeks mix with no other unit in ISO 8601, so they stay apart.
_ONE_UNIT = re.compile(r"P(T?)(\d+)([YMDHS])")
_UNIT_RANK = {("", "Y"): 0, ("", "M"): 1, ("", "D"): 2, ("T", "H"): 3, ("T", "M"): 4, ("T", "S"): 5}
_ABBREVIATED_UNITS = ("godz", "min", "h", "sek")  # "2 godz. 30 min.": the abbreviation's dot is no sentence end
_LENGTH_GAP = re.compile(r"\s*(?:,|i|oraz)?\s+")


def _compound_lengths(text: str, found: list[Timex]) -> list[Timex]:
    out: list[Timex] = []
    parts: list[list[tuple[int, str, str]]] = []  # per out item: its units (rank, number, unit), while it is a length
    for t in found:
        # (not one measured from a moment, "za 2 lata": its point is the first unit's)
        m = _ONE_UNIT.fullmatch(t.value or "") if t.type == "DURATION" and t.mod is None and t.point is None else None
        unit = (_UNIT_RANK[(m.group(1), m.group(3))], m.group(2), m.group(3)) if m else None
        if (unit is not None and out and parts[-1] and parts[-1][-1][0] < unit[0]
                and (_LENGTH_GAP.fullmatch(text, out[-1].end, t.start) or out[-1].text.endswith(_ABBREVIATED_UNITS)
                     and _LENGTH_GAP.fullmatch(text, out[-1].end + 1, t.start) and text[out[-1].end:out[-1].end + 1] == ".")):
            units = parts[-1] + [unit]
            date = "".join(n + u for r, n, u in units if r < 3)
            clock = "".join(n + u for r, n, u in units if r >= 3)
            out[-1] = dataclasses.replace(out[-1], end=t.end, text=text[out[-1].start:t.end],
                                          value=f"P{date}{'T' + clock if clock else ''}")
            parts[-1] = units
            continue
        out.append(t)
        parts.append([unit] if unit is not None else [])
    return out


_RANGE_GAP = re.compile(r"\s*(?:do|i|oraz|a|[-–—])\s*", re.IGNORECASE)


@cache
def _dateline() -> re.Pattern[str]:
    return re.compile(r"^[ \t]*(?:(?P<place>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:[ -][A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?),?[ \t]+)?(?:dnia[ \t]+)?"
                      rf"(?P<d>\d{{1,2}})(?:[ \t]+(?P<mon>{_alt(set(_vocab().month))})[ \t]+|\.(?P<mn>\d{{1,2}})\.)"
                      r"(?P<y>(?:19|20)\d\d)[ \t]*(?:r\.?|roku)?[ \t]*$", re.MULTILINE | re.IGNORECASE)


# A dateline opening the text ("Gdańsk, 16 czerwca 2005r." on a line of its own, as a letter or a press release has
# it) dates the text: KPWr train resolves "pochodu 1 maja" in such a letter, published in 2012, to 2005. Only far from
# the publication (a document reposted later); a weekday is no place ("Sobota, 12 maja 2007" heads an event).
_DATELINE_HEAD = 300
_DATELINE_MIN_DAYS = 31


def _dateline_anchor(text: str, anchor: Anchor, vocab: _Vocab) -> Anchor:
    m = _dateline().search(text, 0, _DATELINE_HEAD)
    if m is None or (m.group("place") or "").lower() in vocab.weekday:
        return anchor
    try:
        month = vocab.month[m.group("mon").lower()] if m.group("mon") else int(m.group("mn"))
        day = dt.date(int(m.group("y")), month, int(m.group("d")))
    except (ValueError, KeyError):
        return anchor
    if anchor.date is not None and abs((anchor.date - day).days) <= _DATELINE_MIN_DAYS:
        return anchor
    return Anchor(day, "day")


def _range_years(text: str, found: list[Timex]) -> list[Timex]:
    """The first end of a range takes the year the second end writes out: "od 1 stycznia do 31 grudnia 2007 r.",
    "od stycznia do marca 2009 r.", "13-14 maja 2007" (a coverage battery: the start went to the publication year)."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not (a.type == b.type == "DATE" and a.anchor in ("publication", "text") and b.anchor == "none" and a.value and b.value
                and _DAY_OR_MONTH.fullmatch(a.value) and _DAY_OR_MONTH.fullmatch(b.value) and a.value[:4] != b.value[:4]
                and _RANGE_GAP.fullmatch(text[a.end:b.start])):
            continue
        # (a later month first runs over the new year: "od 1 grudnia do 31 stycznia 2009 r." starts in 2008)
        year = int(b.value[:4]) - (a.value[5:7] > b.value[5:7])
        if str(year) == a.value[:4]:
            continue
        try:
            lo = a.earliest.replace(year=year) if a.earliest else None
            hi = a.latest.replace(year=year) if a.latest else None
        except ValueError:
            continue  # "29 lutego" of a year with no such day: left as read
        out[k] = dataclasses.replace(a, value=f"{year}{a.value[4:]}", earliest=lo, latest=hi, anchor="text")
    return out


_DAY_OR_MONTH = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


# The second end of a clock range written short: "od godz. 10 do 18", "w godz. 9.30-12" (KPWr marks both ends, "w godz.
# 10-12" as 10 and 12; timex battery 7 and review batch t29). Not a count: "10 do 18 punktów", "10-12 proc.".
# (a part of day may stand before the end: "od godziny 10 rano do 14"; battery t39)
_CLOCK_RANGE_END = re.compile(r"(?:\s+(?:rano|wieczorem|po\s+południu|przed\s+południem))?"
                              r"(?:\s?[-–]\s?|\s+do\s+(?:godz\.\s*)?)(?P<h>[01]?\d|2[0-4])(?:[.:](?P<mi>[0-5]\d))?\b"
                              r"(?![.,]?\d|\s*(?:%|proc|zł\b|złot|min|tys|mln|osób|lat|km|m\b))")


def _clock_range_ends(text: str, found: list[Timex]) -> list[Timex]:
    """Add the short second end of a clock range that starts with a found clock time (same day, prep "do")."""
    out: list[Timex] = []
    for k, t in enumerate(found):
        out.append(t)
        m = _CLOCK_RANGE_END.match(text, t.end)
        if not (m and t.type == "TIME" and t.value and _CLOCK_TAIL.search(t.value)):
            continue
        if any(f.start < m.end() and f.end > m.start("h") for f in found[k + 1:k + 3]):
            continue  # the end is found already ("10.30 – 13.30", "do godz. 18"; not a part of day before it, "rano")
        if _counted_noun_next(text, m.end(), int(m.group("h"))):
            continue  # a count: "od 10 do 18 punktów" (not a verb: "od godz. 10 do 14 będzie rozdawane"; batch t37)
        value = f"{t.value[:-5]}{int(m.group('h')):02d}:{m.group('mi') or '00'}"
        out.append(Timex(m.start("h"), m.end(), text[m.start("h"):m.end()], "TIME", value, t.granularity, t.earliest,
                         t.latest, t.anchor, t.confidence * 0.9, None, "do"))
    return sorted(out, key=lambda t: (t.start, t.end))


_CLOCK_RANGE_GAP = re.compile(r"\s?[-–—]\s?|\s+do\s+(?:godz\.?\s*|godziny\s+)?", re.IGNORECASE)
_AGE_VERB_BEFORE = re.compile(r"\b(?:miał\w*|ma|mają|mając\w*|skończ\w*|ukończ\w*|dorósł\w*|liczy\w*)\s+$", re.IGNORECASE)
_LIST_ITEM_BEFORE = re.compile(r"\d(?:\s+i|,|\s+na)\s+$")
_PROGRAMME_LINE = re.compile(r"[012]?\d[.:][0-5]\d\s?[–—-]")  # "9.00 – rejestracja" after a colon needs no head word
_CLOCK_LIST_HEAD_WINDOW = 40  # characters before a colon's list of clock times read for its word of hours or days


@cache
def _bracketed_weekday() -> str:
    """A weekday in brackets, written out or abbreviated, in either case: "(sobota)", "(sob.)"."""
    v = _vocab()
    return rf"(?i:\((?:{_alt(set(v.weekday))}|(?:{_alt(set(v.spec['weekday_abbreviations']))})\.?)\))"


@cache
def _weekday_in_brackets() -> re.Pattern[str]:
    return re.compile(rf"{_bracketed_weekday()}\s$")


@cache
def _clock_head_before() -> re.Pattern[str]:
    """A word of a start (or an end) and up to two words of what starts, right before a bare clock time: "początek
    koncertu 17:00", "Wejście od 16:30" is read by "od"."""
    heads = set(_vocab().spec["clock_bare_heads"])
    return re.compile(rf"\b(?:{_alt(heads)})(?:\s+[^\W\d]+){{0,2}}\s$", re.IGNORECASE)


@cache
def _clock_list_head() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alt(set(_vocab().spec['clock_list_heads']))})\w*[^.!?\n]*:\s$", re.IGNORECASE)


_CLOCK_LIST_BEFORE = re.compile(r"(?:\bgodz\.?|\bgodzin\w*|(?<!\w)o|\bokoło|\bok\.|(?P<colon>:))\s*\d{1,2}(?:[.:]\d\d)?"
                                r"(?:(?:\s+i|,)\s+\d{1,2}[.:]\d\d)*(?:\s+i|,|\s+na)\s+$", re.IGNORECASE)
_NUMBER_LABEL = re.compile(r"\b(?:nr|poz|art|ust|pkt|tel|str|s)\.?\s*$", re.IGNORECASE)
_DOTTED_CODE = re.compile(r"\d+\.\d+\.\d+")
_RANGE_FIRST_YEAR = re.compile(r"((?:1[5-9]|20)\d\d)\s?[/–-]\s?$")
_STREET_BEFORE = re.compile(r"(?:\b(?:ul|al|pl|os)\.|\b(?:ulic|alej|alei|plac|rond|osiedl|most|konstytucj|bulwar|skwer)\w*)\s*$",
                            re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b(?:ul|al|pl|os|gen|św)\.\s*$", re.IGNORECASE)
_LOWER_WORD_NEXT = re.compile(r"\s+[a-ząćęłńóśźż]")
_BOUND_PREPS = frozenset({"do", "od", "przed", "po"})
_YEAR_VALUE = re.compile(r"\d{4}(?![\dX])")
# lengths alone only after "po": "po latach", "po godzinie przynosi zdjęcia" (the unitalone pattern's "po" list)
_AFTER_PO = frozenset({"latach", "dekadach", "miesiącach", "tygodniach", "godzinie", "tygodniu", "miesiącu"})
_OPENER = re.compile(r"(?<!\w)(ponad|przeszło|niespełna|niecał[yaeąy]|niecałych|dnia|dniu|dzień)\s+$", re.IGNORECASE)
_RANGE_END = re.compile(r"\d\.?\s?[-–]\s?$")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_GENERIC_DAY = re.compile(r"XXXX-\d\d-\d\d")
_CONDITION_BEFORE = re.compile(r"\b(?:jeśli|jeżeli|gdyby|kiedy|gdy)\s+(?:\w+\s+)?$", re.IGNORECASE)
_UNNAMED_DAY = re.compile(r"\d{4}-XX-XX")


@cache
def _time_gap() -> re.Pattern[str]:
    """What may lie between a day and its clock time: "12.05 (sobota) o godz. 10", "27 sierpnia, w niedzielę, o"."""
    # (not over a line break: "Sobota\n10.00 – otwarcie" is a programme's heading and its first line; review batch t34)
    wd = _alt(set(_vocab().weekday))
    # (case matters after it: "16 marca (wtorek) O godz. 11.30" is a new sentence's time, NKJP)
    return re.compile(rf"(?:[^\S\n]*{_bracketed_weekday()}|,\s+(?:w\s+|we\s+)?(?i:{wd})(?=\s*,))?"
                      r",?[^\S\n]*(?:o\s+|około\s+|ok\.\s+|na\s+)?")


_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9}  # winter (from December) is this winter in January too
_SEASON_LAST_MONTH = {"SP": 5, "SU": 8, "FA": 11}


def _season_year(a: dt.date, season: str, tense: str | None) -> int:
    """The year of a season the tense points to: "w lecie nikt nie mógł przewidzieć" in January is last summer's, "od
    jesieni będzie można" in June this autumn (review batch t23), "Wiosną ruszy budowa" in December next spring's
    (battery t38; a winter spans the new year, so it stays the publication's)."""
    if tense == "past" and _SEASON_FIRST_MONTH.get(season, 0) > a.month:
        return a.year - 1
    if tense == "future" and _SEASON_LAST_MONTH.get(season, 12) < a.month:
        return a.year + 1
    return a.year


_EXPLICIT_YEAR_KINDS = frozenset({"datetime", "iso", "dmy", "year", "yearend", "bareyear", "monthyear", "daymonth",
                                  "wordyear", "abbrdate"})
_GENITIVE_NEXT = re.compile(r"\s+([a-ząćęłńóśźż]+)\b")
_CLOCK_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_BARE_NIGHT = re.compile(r"(?:w\s+)?noc", re.IGNORECASE)
_DAY_PART = re.compile(r"(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI|MI)")
_CLOCK_TAIL = re.compile(r"T\d{2}:\d{2}$")  # a clock time of a day or of no day in particular ("T06:00")
_NIGHT_FROM = re.compile(r"(?:w\s+)?nocy?\s+(?:z\s|\d)", re.IGNORECASE)
_DAY_GAP = re.compile(r",?\s*(?:w|we)?\s*")
_CLOCK_AFTER_DAY = re.compile(r",?\s+(?:o\s+|godz\.\s*|godzin[aiey]\s+)[012]?\d\b")
_DAY_CLOCK_GAP = re.compile(r"\s+(?:do|od|o|około|ok\.|po|przed)\s+(?:godz\.\s*|godziny\s+)?", re.IGNORECASE)


def _clock_in_night(t: Timex, night: dt.date) -> Timex:
    """The clock time `t` in the night that opens on `night`: its small hours (before noon) are the next day's."""
    clock = (t.value or "").split("T", 1)[1]
    moved = night + dt.timedelta(days=int(clock[:2].isdigit() and int(clock[:2]) < 12))
    return dataclasses.replace(t, value=f"{moved.isoformat()}T{clock}", earliest=moved, latest=moved)


def _join_day_and_time(text: str, found: list[Timex], vocab: _Vocab) -> list[Timex]:
    """A day followed by its clock time or part of day is one TIME: "w najbliższą środę o godz. 12",
    "w czwartek 18 października rano" (KPWr annotates them as one expression, and so does TimeML)."""
    out: list[Timex] = []
    parts = vocab.spec["parts_of_day"]
    for t in found:
        prev = out[-1] if out else None
        day = prev.value if prev is not None and prev.type == "DATE" and prev.value and _DAY_VALUE.fullmatch(prev.value) else None
        if (prev is not None and day and t.type == "TIME" and t.value and "xxT" not in t.value
                and _time_gap().fullmatch(text[prev.end:t.start])):  # (not an hour of each day of a range: "xxT")
            clock = t.value.split("T", 1)[1]
            out[-1] = dataclasses.replace(prev, end=t.end, text=text[prev.start:t.end], type="TIME", value=f"{day}T{clock}",
                                          granularity="time")
            continue
        out.append(t)
    for k in range(len(out) - 1):  # a clock time before its day: "o godz. 3 w środę" is Wednesday's 3:00 (review t20)
        t, nxt = out[k], out[k + 1]
        if k and out[k - 1].type == "DATE" and _DAY_CLOCK_GAP.fullmatch(text, out[k - 1].end, t.start) and "," in text[t.end:nxt.start]:
            continue  # one right after its own day is that day's: "w sobotę do 14, w niedzielę nieczynna" (battery t39;
            # without the comma it is the next's: "od świtu 2 grudnia do wieczora 3 grudnia", NKJP)
        if t.type == "TIME" and t.value and "T" in t.value and nxt.type == "DATE" and nxt.value and _DAY_VALUE.fullmatch(
                nxt.value) and _DAY_GAP.fullmatch(text[t.end:nxt.start]):
            out[k] = dataclasses.replace(t, value=f"{nxt.value}T{t.value.split('T', 1)[1]}", earliest=nxt.earliest,
                                         latest=nxt.latest)
            start = out[k - 1] if k else None
            if (start is not None and start.type == "TIME" and start.value and _CLOCK_TAIL.search(start.value)
                    and _CLOCK_RANGE_GAP.fullmatch(text, start.end, t.start)):
                # and the range's start: "od 9:00 do 17:00 w sobotę", "w godzinach 8-16, 12 grudnia" (battery t39)
                out[k - 1] = dataclasses.replace(start, value=f"{nxt.value}T{start.value.split('T', 1)[1]}",
                                                 earliest=nxt.earliest, latest=nxt.latest)
    for k in range(len(out) - 1):  # a clock time before its night: "o godz. 1.30 w nocy z wtorku na środę" is Wednesday's
        t, nxt = out[k], out[k + 1]
        if (t.type == "TIME" and t.value and "T" in t.value and nxt.earliest is not None and nxt.value
                and nxt.value.endswith("TNI") and _NIGHT_FROM.match(nxt.text) and _DAY_GAP.fullmatch(text[t.end:nxt.start])):
            out[k] = _clock_in_night(t, nxt.earliest)
    for k in range(len(out) - 1):  # the clock time after its night: "w nocy z soboty na niedzielę, około godz. 2" is
        t, nxt = out[k], out[k + 1]  # Sunday's 2:00, not Saturday's (timex battery t38)
        if (t.earliest is not None and t.value and t.value.endswith("TNI") and _NIGHT_FROM.match(t.text) and nxt.type == "TIME"
                and nxt.value and _CLOCK_VALUE.fullmatch(nxt.value) and nxt.value[:10] == t.earliest.isoformat()
                and _time_gap().fullmatch(text[t.end:nxt.start])):
            out[k + 1] = _clock_in_night(nxt, t.earliest)
    for k in range(1, len(out)):  # a range's end before its start's hour is the next moved's: "o godz. 22.30 i potrwa do
        t, prev = out[k], out[k - 1]  # godz. 2 nad ranem" (timex review batch t27)
        if ((t.prep == "do" or _BETWEEN_GAP.fullmatch(text, prev.end, t.start)) and t.type == prev.type == "TIME" and t.value and prev.value and t.earliest is not None
                and _CLOCK_VALUE.fullmatch(t.value) and _CLOCK_VALUE.fullmatch(prev.value) and t.value[:10] == prev.value[:10]
                and t.value[11:] < prev.value[11:] and "." not in text[prev.end:t.start].replace("godz.", "")):
            moved = t.earliest + dt.timedelta(days=1)
            out[k] = dataclasses.replace(t, value=f"{moved.isoformat()}{t.value[10:]}", earliest=moved, latest=moved)
    for k in range(len(out) - 1):  # a day's part and its clock time are one: "Wczoraj wieczorem około godz. 22"
        t, nxt = out[k], out[k + 1]  # is 22:00 of yesterday, "w sobotę wieczorem o 8" 20:00 (timex battery t38)
        if (t.start >= 0 and t.type == nxt.type == "TIME" and t.value and nxt.value and (pm := _DAY_PART.fullmatch(t.value))
                and _CLOCK_VALUE.fullmatch(nxt.value) and nxt.value[:10] == pm.group(1) and not _NIGHT_FROM.match(t.text)
                and _time_gap().fullmatch(text[t.end:nxt.start])):  # (a night of two days keeps its clock apart)
            h, mi = int(nxt.value[11:13]), nxt.value[14:16]
            on = dt.date.fromisoformat(pm.group(1))
            if h in _PM_PARTS.get(pm.group(2), range(0)):
                h += 12  # "wieczorem o 8.30" is 20:30
            elif pm.group(2) == "NI" and h < 7 and not _BARE_NIGHT.match(t.text):
                on += dt.timedelta(days=1)  # "w sobotę w nocy o 2" is Sunday's small hours (a bare "w nocy" is the last)
            out[k] = dataclasses.replace(t, end=nxt.end, text=text[t.start:nxt.end], value=f"{on.isoformat()}T{h:02d}:{mi}",
                                         earliest=on, latest=on, mod=None)
            out[k + 1] = dataclasses.replace(nxt, start=-1)
    out = [t for t in out if t.start >= 0]
    out = _clock_with_part(text, out, parts)
    for k, t in enumerate(out):  # a part of day right after a day: "18 października rano", "dziś po południu"
        if t.type == "DATE" and t.value and (_DAY_VALUE.fullmatch(t.value) or _UNNAMED_DAY.fullmatch(t.value)):
            # (an unnamed story day too: "Nazajutrz rano" with no day before is "2008-XX-XXTMO"; battery t37)
            c = _DATELINE_CLOCK.match(text, t.end)
            if c and not any(o.start < c.end() and t.end < o.end for o in out[k + 1:k + 2]):
                # a dateline's clock time: "7 czerwca 2018; 18:38", "10.05.2018 | 09:40", "wczoraj, 09:30" (batch t37)
                out[k] = dataclasses.replace(t, end=c.end(), text=text[t.start:c.end()], type="TIME", granularity="time",
                                             value=f"{t.value}T{int(c.group(1)):02d}:{c.group(2)}{c.group(3) or ''}")
                continue
            m = _part_after().match(text, t.end)
            after = out[k + 1] if k + 1 < len(out) else None
            if (m and _UNNAMED_DAY.fullmatch(t.value) and after is not None and after.end == m.end()
                    and t.end < after.start <= m.start(1)):
                # the part of day was found on its own, dated to the publication: it is the unnamed day's
                out[k] = dataclasses.replace(t, end=m.end(), text=text[t.start:m.end()], type="TIME", mod=after.mod,
                                             value=f"{t.value}T{parts[m.group(1).lower()]}", granularity="time")
                out[k + 1] = dataclasses.replace(after, start=-1)  # dropped below
            elif m and not any(o.start < m.end() and t.end < o.end for o in out[k + 1:k + 2]):
                out[k] = dataclasses.replace(t, end=m.end(), text=text[t.start:m.end()], type="TIME",
                                             value=f"{t.value}T{parts[m.group(1).lower()]}", granularity="time")
    return [t for t in out if t.start >= 0]


# a clock time written right after a day, with no "godz.": a dateline's "; 18:38", " | 09:40", ", 17:00"
_DATELINE_CLOCK = re.compile(r"(?:\s*[,;|]\s*|\s+)([01]?\d|2[0-3])[:.]([0-5]\d)(:[0-5]\d)?\b(?![.,:]?\d)"
                             r"(?!\s*(?:min|proc|%|zł\b|złot|gr\b|mln|mld|tys|km|kg|pkt))")
# Hours of the afternoon, evening and night said on a 12-hour dial: "o 8 wieczorem" is 20:00, "o 11 w nocy" 23:00
_PM_PARTS = {"AF": range(1, 12), "EV": range(1, 12), "NI": range(7, 12)}


def _clock_with_part(text: str, found: list[Timex], parts: dict[str, str]) -> list[Timex]:
    """A clock time and the part of day right after it are one TIME: "do godz. 2 nad ranem" was 2:00 and a morning
    of the day before; "o godz. 8 wieczorem" is 20:00 (timex review batch t31)."""
    out: list[Timex] = []
    k = 0
    while k < len(found):
        t = found[k]
        m = _part_after().match(text, t.end)
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (m and nxt is not None and nxt.type == "TIME" and nxt.start == m.start(1) and nxt.end == m.end(1)
                and t.type == "TIME" and t.value and _CLOCK_TAIL.search(t.value)):
            hour, rest = int(t.value[-5:-3]), t.value[-3:]
            if hour in _PM_PARTS.get(parts[m.group(1).lower()], ()):
                hour += 12
            out.append(dataclasses.replace(t, end=m.end(), text=text[t.start:m.end()], value=f"{t.value[:-5]}{hour:02d}{rest}"))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


@cache
def _part_after() -> re.Pattern[str]:
    spec = _vocab().spec
    return re.compile(rf"\s+(?:(?:{_alt(set(spec['mod_adjectives']))})\s+)?({_alt(set(spec['parts_of_day']))})\b", re.IGNORECASE)


@cache
def _age_patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    spec = _vocab().spec
    fill = rf"(?:(?:{_alt(set(spec['age_fillers']))})\s+)*"
    before = re.compile(rf"\b(?:{_alt(set(spec['age_before']))})\s+{fill}(?:\d+\s*(?:[-–]|do|i)\s*)?{fill}$", re.IGNORECASE)
    after = re.compile(rf"\s+(?:{_alt(set(spec['age_after']))})\b", re.IGNORECASE)
    return before, after, frozenset(spec["female_person_nouns"])


def _is_age(kind: str, m: re.Match[str], tokens: Sequence[Token], tok_starts: list[int]) -> bool:
    """A person's age ("w wieku 6-7 lat", "ma 75 lat", "43-letniemu przedsiębiorcy"), not a time expression."""
    units = _vocab().spec["adjectival_duration_units"] if kind == "adjdur" else _vocab().unit
    if units.get(m.group("u").lower()) != "Y":
        return False
    before, after, female = _age_patterns()
    if kind == "adjdur":  # "43-letni" + the noun it describes: a man by Morfeusz's gender, a woman by the list
        k = bisect.bisect_left(tok_starts, m.end())
        vague = not m.group("n") and _vocab().spec["adjectival_duration_prefixes"].get((m.group("pre") or "").lower()) is None
        if vague or k >= len(tokens):  # "wieloletnia prezes" is a length of service; "pięcioletnią córeczkę" an age
            return False
        p = bisect.bisect_left(tok_starts, m.start()) - 1
        if tokens[k].pos != "subst" and p >= 0 and tokens[p].pos == "subst" and (tokens[p].lemma in _AGED_NOUNS or tokens[p].lemma in female or (
                len(tokens[p].tag.split(":")) > 3 and "m1" in tokens[p].tag.split(":")[3].split("."))):
            return True  # "dla rodziców dzieci 6 letnich i …": after its noun, the age of the people just named
        fields = tokens[k].tag.split(":")
        if tokens[k].text[:1].isupper():
            return True  # "33-letni Enric": a name follows
        return fields[0] == "subst" and (len(fields) > 3 and "m1" in fields[3].split(".") or tokens[k].lemma in female)
    text = m.string
    if _AGE_BRACKET_BEFORE.search(text, max(0, m.start() - 12), m.start()) and text[m.end():m.end() + 1] == ")":
        return True  # "bracia Piotr i Przemysław (12 i 13 lat)": ages in brackets after the people
    return bool(before.search(text[max(0, m.start() - 40):m.start()]) or after.match(text, m.end()))


_AGED_NOUNS = frozenset({"dziecko", "niemowlę", "zwierzę", "pies", "kot", "koń"})
_AGE_BRACKET_BEFORE = re.compile(r"\((?:\d+\s*(?:i|,|-|–)\s*)?$")


# How far (in tokens) to look for the verb whose tense directs a bare weekday; news clauses are short,
# and an unbounded scan made a one-sentence, 1M-character article quadratic.
_TENSE_WINDOW = 40


_CLAUSE_BREAKS = frozenset({"–", "—", ";"})


def _ref_day(last_day: dt.date | None, range_day: dt.date | None) -> dt.date | None:
    """The day a bare clock time or part of day is on: the last day named, else the first of a range of days ("Konferencja
    odbędzie się w dniach 12-13 października. Obrady rozpoczną się o godz. 10.00" is 12 October's; a range's days had
    been left out, for the publication date; timex battery t37). A range after a named day does not displace it: a
    programme on "7 października" names the period it discusses, "(3 – 10 sierpnia)" (KPWr train)."""
    return range_day if last_day is None else last_day


def _onset_near(tokens: Sequence[Token], starts: list[int], pos: int, vocab: _Vocab, nouns: bool = False) -> bool:
    """Whether a present verb of starting stands within a few tokens of `pos` ("Od poniedziałku rusza sprzedaż"), or
    with `nouns` a noun of one ("Początek meczu w niedzielę")."""
    i = bisect.bisect_left(starts, pos)
    onset, onset_nouns = vocab.spec["onset_lemmas"], vocab.spec["onset_nouns"] if nouns else ()
    # (any reading: the tagger takes "rusza" for the noun "rusza")
    return any(lemma in onset and tag.startswith("fin:") or lemma in onset_nouns and tag.startswith("subst:")
               for j in range(max(0, i - 4), min(len(tokens), i + 6)) for lemma, tag, _q in analyse(tokens[j].text))


def _passive_habit(tokens: Sequence[Token], i: int, sent: Any) -> bool:
    """Whether the clause before token `i` says what is regularly done, in the imperfective passive of the present:
    "Zapisy przyjmowane są w godz. 8-15", "Zajęcia prowadzone są o 17" (not "został przyjęty o 10", nor a passive far
    after the hour: "Stan [na] godzinę 18 w niedzielę jest taki, że głosy są liczone"; timex battery t37)."""
    lo = max(sent.first, i - _PASSIVE_HABIT_SPAN)
    return any(tokens[k].pos == "ppas" and ":imperf" in tokens[k].tag and any(
        tokens[x].lemma == "być" and tokens[x].pos == "fin" for x in range(max(sent.first, k - 2), min(sent.last, k + 3)))
        for k in range(lo, min(i, sent.last)))


_PASSIVE_HABIT_SPAN = 8  # tokens before a clock time read for the passive that makes it a habit


def _plural_habit(tokens: Sequence[Token], i: int, sent: Any) -> bool:
    """Whether the clause before token `i` says what things regularly do, in the third person plural of an imperfective
    present with a plural subject: "Treningi zaczynają się o 17", "Lekcje kończą się o 14.30" (not one event named in
    the plural: "Zawody rozpoczynają się o 10"; timex battery t38)."""
    lo = max(sent.first, i - _PASSIVE_HABIT_SPAN)
    events = _vocab().spec["event_plurals"]
    for k in range(lo, min(i, sent.last)):
        if tokens[k].pos == "fin" and ":pl:ter:imperf" in tokens[k].tag:
            subjects = [x for x in range(max(sent.first, k - 4), k) if tokens[x].tag.startswith("subst:pl:nom")]
            return bool(subjects) and not any(tokens[x].lemma in events or tokens[x].text.lower() in events for x in subjects)
    return False


def _story_day(last_day: dt.date | None, anchor: Anchor, tense: str | None) -> dt.date | None:
    """The day the text last named, as the day of a bare part of day, unless the verb's tense points the other way from
    the publication date: after "za tydzień" (a day ahead), "Rano rozmawiałem z szefem GIS" is this morning's talk, not a
    morning a week on (timex review batch t37, BSNLP covid). Clock times keep the named day: a programme's verbs are its
    titles' ("Jak wyleczyłem…", KPWr train)."""
    if last_day is None or anchor.date is None or anchor.precision != "day":
        return last_day
    if tense == "past" and last_day > anchor.date or tense == "future" and last_day < anchor.date:
        return None
    return last_day


def _tense_near(tokens: Sequence[Token], starts: list[int], sentences: Sequence[Any], sent_starts: list[int],
                pos: int) -> str | None:
    """Tense of the finite verb nearest to `pos` within its clause, else its sentence (ties go to the earlier verb)."""
    i = bisect.bisect_left(starts, pos)
    k = bisect.bisect_right(sent_starts, pos) - 1
    sent = sentences[k] if 0 <= k < len(sentences) and pos < sentences[k].end + 1 else None
    first, last = (sent.first, sent.last) if sent else (0, len(tokens))
    # a dash or semicolon between clauses ends the search first: "w sierpniu – takie oczekiwania wzrosły" is not
    # past; a clause with no verb of its own takes the sentence's ("od 11 marca już oficjalnie – pandemia … nie znosi")
    # (only the window is read: a run-on "sentence" of a million characters stays linear)
    lo = next((x + 1 for x in range(min(i, last) - 1, max(first, i - _TENSE_WINDOW) - 1, -1)
               if tokens[x].text in _CLAUSE_BREAKS), first)
    hi = next((x for x in range(i, min(last, i + _TENSE_WINDOW + 1)) if tokens[x].text in _CLAUSE_BREAKS), last)
    t = _tense_between(tokens, i, first, last, lo, hi)
    if t == _NO_VERB and (lo, hi) != (first, last):
        t = _tense_between(tokens, i, first, last, first, last)
    if t == _NO_VERB:
        # a sentence with no verb but a past form the tagger read as an adjective: "W sobotę trwała zabawa" is last
        # Saturday's, not next (timex review batch t34)
        near = sorted(range(max(first, i - _TENSE_WINDOW), min(last, i + _TENSE_WINDOW + 1)), key=lambda x: abs(x - i))
        if any(tokens[x].pos == "adj" and any(tag.startswith("praet:") for _l, tag, _q in analyse(tokens[x].text))
               for x in near):
            return "past"
        # or a finite verb it read as a noun: "Runda wiosenna ruszy 20 marca" ("ruszy" as the noun "rusza") is ahead
        # (timex battery t38)
        for x in near:
            if tokens[x].pos in ("subst", "adj") and (
                    fin := [tag for _l, tag, _q in analyse(tokens[x].text) if tag.startswith("fin:")]):
                return "future" if ":perf" in fin[0] and ":imperf" not in fin[0] else "present"
    return None if t == _NO_VERB else t


_NO_VERB = "no verb"
# the past of "być" that the tagger may read as the adjective "były" ("Na maj zaplanowana była debata"; batch t34)
_BYL = frozenset({"był", "była", "było", "byli", "były"})
# Text typed without Polish letters ("ustawa juz przeszla - w lipcu", a blog in KPWr train) leaves its verbs unknown
# to Morfeusz; the past's final "ł" and the future's "będ-" restored tell the tense again.
_ASCII_PAST = re.compile(r"(.{2,})l(a|o|y|)$")
_ASCII_FUTURE = frozenset({"bede", "bedzie", "bedziemy", "bedziecie", "beda", "bedziesz"})


@lru_cache(maxsize=10_000)
def _ascii_tense(word: str) -> str | None:
    """Tense of a word Morfeusz does not know, read as Polish typed without its diacritics; None if none."""
    if word in _ASCII_FUTURE:
        return "future"
    m = _ASCII_PAST.fullmatch(word)
    if m and any(tag.startswith("praet:") for _l, tag, _q in analyse(f"{m.group(1)}ł{m.group(2)}")):
        return "past"
    return None


def _tense_between(tokens: Sequence[Token], i: int, first: int, last: int, lo: int, hi: int) -> str | None:
    """`_tense_near` over tokens lo..hi; `_NO_VERB` when none of them gives a tense or a reason for none."""
    aside: str | None = None  # the tense of a parenthetical "jak poinformował", used only when no other verb has one
    for dist in range(_TENSE_WINDOW + 1):
        for j in (i - dist, i + dist) if dist else (i,):
            if lo <= j < hi:
                t = verb_tense(tokens, j, j + 1)
                if t is not None and j > first and tokens[j - 1].text.lower() == "jak" and tokens[j].pos in ("praet", "fin"):
                    # "W sobotę, jak poinformował rzecznik, przyjedzie minister": the aside's verb dates the report, not
                    # the Saturday (timex battery t38)
                    aside = aside or t
                    continue
                if t is None and tokens[j].pos == "ign":
                    t = _ascii_tense(tokens[j].text.lower())
                if t is None and tokens[j].pos == "ppas" and ":perf" in tokens[j].tag and not any(
                        tokens[x].lemma in ("być", "zostać") or tokens[x].pos == "bedzie" or tokens[x].text.lower() in _BYL
                        for x in range(max(first, j - 4), min(last, j + 3))):
                    # a perfective passive participle with no auxiliary near is done: "z opublikowanym w czwartek
                    # dokumentem" is last Thursday's, whatever the sentence's verb; one of a plan points ahead
                    # ("zaplanowanymi na wtorek"), one of intent too after "na" ("zapowiedziany na 3 sierpnia");
                    # timex review batch t28
                    spec = _vocab().spec
                    if finite := [tag for _l, tag, _q in analyse(tokens[j].text) if tag.startswith("fin:")]:
                        # a finite form the tagger took for a participle: "Niedźwiedzie dostaną preteksty"
                        return "future" if ":perf" in finite[0] and ":imperf" not in finite[0] else "present"
                    if tokens[j].lemma in spec["planning_lemmas"]:
                        return "future"
                    if tokens[j].lemma in spec["intention_lemmas"]:
                        return "future" if tokens[i].text.lower() == "na" or tokens[max(0, i - 1)].text.lower() == "na" else None
                    t = "past"
                modal = j - 1 if tokens[j].pos == "inf" else j if j + 1 < last and tokens[j + 1].pos == "inf" else None
                if t is None and modal is not None and modal >= first:
                    if (mt := verb_tense(tokens, modal, modal + 1)) is not None:
                        if mt == "past" and tokens[modal].lemma in _vocab().spec["intention_lemmas"]:
                            return None  # "obiecał poinformować do października": after the promise, on either side
                        j, t = modal, mt  # an infinitive's tense is its modal's: "Rozmowy muszą zakończyć się do jesieni"
                    elif verbal := [tag for _l, tag, _q in analyse(tokens[modal].text) if tag.startswith(("fin:", "praet:"))]:
                        # a modal the tagger read as something else; its verb reading gives the tense (timex review t23)
                        t = "past" if verbal[0].startswith("praet") else "present"
                if t is not None and tokens[j].lemma in _vocab().spec["planning_lemmas"]:
                    return "future"  # "Na piątek zaplanowano przemówienie": a plan points ahead
                if t == "present" and tokens[j].pos == "pred" and any(tokens[x].pos == "bedzie" for x in range(max(first, j - 2), j)):
                    return "future"  # "wnioski będzie można składać od jesieni" (timex review batch t23)
                if t == "past" and any(tokens[x].lemma in ("aby", "żeby", "by") or tokens[x].text.lower() in ("aby", "żeby")
                                       for x in range(max(first, j - 5), j)):
                    return None  # "aby Corbyn do jesieni zmienił zdanie": a wish, no past, nor a later verb's tense
                if t == "past" and tokens[j].text.lower().endswith(tuple(_vocab().spec["conditional_endings"])):
                    return None  # a conditional: "co pozwoliłoby na decyzję 13 marca" leans neither way
                if t == "past" and tokens[j].lemma in _vocab().spec["plan_modal_lemmas"] and any(
                        tokens[x].pos == "inf" for x in range(j + 1, min(last, j + 3))):
                    return None  # "w piątek miały odbyć się loty": planned, on either side of the publication
                if t == "past" and any(tokens[x].pos == "bedzie" and not any(
                        tokens[y].pos == "interp" for y in range(x + 1, j)) for x in range(max(first, j - 4), j)):
                    # "będzie w maju gościł": the analytic future, its past form found first; not over punctuation
                    # ('"… będzie dobrze" - mówił w środę'; from timex review batch t20)
                    return "future"
                if t is not None:
                    return t
    return aside or _NO_VERB


def timex_stage(doc: Doc) -> Doc:
    """Stage: fills `timexes` (uses tokens and sentences for tense when present)."""
    anchor = Anchor(doc.article.published, doc.article.published_precision)
    doc.timexes = find_timexes(doc.text, anchor, doc.tokens, doc.sentences)
    return doc


timex_stage.requires = ("tokens", "sentences")  # type: ignore[attr-defined]
timex_stage.provides = ("timexes",)  # type: ignore[attr-defined]
