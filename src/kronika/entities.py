"""Named entities with Polish base forms and stable ids.

Three finders, most precise first: the gazetteer (`data/gazetteer_pl.tsv`, matched on lemma
sequences so every inflected form matches), Morfeusz's proper-name readings (imię, nazwisko,
nazwa_geograficzna), and capitalised sequences headed by an organisation noun or following a
person title. Base forms of multi-word names inflect only the head and its agreeing adjectives, so
"Organizacji Układu o Bezpieczeństwie Zbiorowym" becomes "Organizacja Układu o Bezpieczeństwie
Zbiorowym" and "Eurazjatyckiej Unii Gospodarczej" becomes "Eurazjatycka Unia Gospodarcza".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from . import ner_model
from .morph import TOP_LEVEL_DOMAINS, analyse, analyse_text, has_case, inflect, inflect_all, person_noun
from .records import Doc, Entity, Token
from .resources import WORD_CACHE, load_json, load_tsv, load_words

_PERSON_QUALS = frozenset({"imię", "nazwisko"})
_PLACE_QUALS = frozenset({"nazwa_geograficzna"})
_ORG_QUALS = frozenset({"nazwa_organizacji", "nazwa_instytucji", "nazwa_firmy"})


@dataclass(frozen=True, slots=True)
class GazEntry:
    name: str  # the canonical name
    surface: str  # the name or alias matched, in its base form ("": the text's own, see `find_gazetteer`)
    type: str
    entity_id: str
    exact_case: bool  # acronyms ("PO", "AP") match only when written in capitals


GAZ_READINGS = 16  # lemma sequences indexed per gazetteer name (every reading of each word, up to this many)
_CASE_ENDINGS = ("owi", "em", "ie", "a", "u")  # genitive, dative, instrumental, locative of a masculine name
_FEMININE_SURNAME_ENDINGS = ("owa", "ewa", "ina", "yna")  # "Zacharowa", which Morfeusz reads as the man's "Zacharow"


@cache
def _spellings() -> tuple[dict[str, str], dict[str, str]]:
    """Other spellings of gazetteer names (base form -> id), and each id's canonical name."""
    return ({row[0]: row[1] for row in load_tsv("canonical_names_pl.tsv")},
            {e.entity_id: e.name for e in _gazetteer()[0].values()})


@cache
def _gazetteer() -> tuple[dict[tuple[str, ...], GazEntry], int]:
    """Lemma-sequence index of every name and alias; built once from the data file."""
    index: dict[tuple[str, ...], GazEntry] = {}
    longest = 1
    for row in load_tsv("gazetteer_pl.tsv"):
        name, typ, eid = row[0], row[1], row[2]
        aliases = [a for a in row[3].split("|") if a] if len(row) > 3 else []
        for surface in [name, *aliases]:
            if surface.islower():
                continue  # matched only as written: `_lowercase_aliases`
            toks, _ = analyse_text(surface)
            key = tuple(t.lemma.lower() for t in toks)
            acronym = surface.isupper() and len(surface) <= 6
            index.setdefault(key, GazEntry(name, surface, typ, eid, acronym))
            # every reading of each word, not only the one chosen out of context ("Prawna" read as the adverb
            # "prawno"; "Dzienniku Gazecie Prawnej" then missed "Dziennik Gazeta Prawna"; review batch r55)
            for alt in itertools.islice(itertools.product(*(_keys(t.text, t.lemma) for t in toks)),
                                        GAZ_READINGS if len(toks) > 1 else 0):  # (one word: "Koran" is no "kora")
                index.setdefault(alt, GazEntry(name, surface, typ, eid, acronym))
            if acronym:
                index.setdefault((surface.lower(),), GazEntry(name, surface, typ, eid, True))
            longest = max(longest, len(key))
    return index, longest


@cache
def _lowercase_aliases() -> dict[str, GazEntry]:
    """One-word aliases written in lower case ("dpa"): they match only as written, a capital being no sign."""
    out: dict[str, GazEntry] = {}
    for row in load_tsv("gazetteer_pl.tsv"):
        for alias in (row[3].split("|") if len(row) > 3 else []):
            if alias.islower() and " " not in alias:
                out[alias] = GazEntry(row[0], alias, row[1], row[2], True)
    return out


def _lemma_keys(tok: Token) -> tuple[str, ...]:
    return _keys(tok.text, tok.lemma)


@lru_cache(maxsize=WORD_CACHE)
def _keys(text: str, lemma: str) -> tuple[str, ...]:
    """Every lemma a form can stand for, lower-cased: gazetteer keys match any of them. In a fixed order
    (the chosen lemma first), so that when two entries match equally long the same one wins in every
    process, whatever the string hash seed."""
    rest = {text.lower(), *(r[0].lower() for r in analyse(text))} - {lemma.lower()}
    return (lemma.lower(), *sorted(rest))


@cache
def _first_keys() -> frozenset[str]:
    return frozenset(k[0] for k in _gazetteer()[0])


def _first_name_only(tok: Token) -> bool:
    """Whether every proper reading of a word is a first name ("Ewa"), never a surname or a place."""
    readings = [q for _l, _t, q in analyse(tok.text) if q]
    return bool(readings) and all("imię" in q for q in readings)


def _common_adjective(tok: Token) -> bool:
    """Whether every reading of a word is a common word and one is an adjective ("Brytyjska", not "Polski")."""
    readings = analyse(tok.text)
    return any(tag.startswith("adj") for _l, tag, _q in readings) and all(lemma[:1].islower() for lemma, _t, _q in readings)


def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _sentence_starts(doc: Doc) -> set[int]:
    return {s.first for s in doc.sentences}


@cache
def _prefixes() -> frozenset[tuple[str, ...]]:
    """Every proper prefix of a gazetteer key: a candidate that is none of these can stop growing."""
    return frozenset(key[:k] for key in _gazetteer()[0] for k in range(1, len(key)))


GAZ_CANDIDATES = 64  # lemma combinations followed at once; ambiguous forms multiply them


def find_gazetteer(tokens: list[Token]) -> list[tuple[int, int, GazEntry]]:
    """Longest gazetteer matches as token ranges; the first token must be capitalised (or a lower-case alias).

    Candidates grow a token at a time and only while they are a prefix of some key, so a text costs
    the lemma lookups of its capitalised tokens and of the few tokens after a possible name."""
    index, longest = _gazetteer()
    prefixes = _prefixes()
    first = _first_keys()
    out: list[tuple[int, int, GazEntry]] = []
    n = len(tokens)
    i = 0
    lowercase = _lowercase_aliases()
    while i < n:
        if not tokens[i].text[:1].isupper():
            if tokens[i].text in lowercase:  # "agencja dpa"
                out.append((i, i + 1, lowercase[tokens[i].text]))
            i += 1
            continue
        cands: list[tuple[str, ...]] = [(k,) for k in _lemma_keys(tokens[i]) if k in first]
        found: tuple[int, GazEntry] | None = None
        length = 1
        while cands:
            for c in cands:
                entry = index.get(c)
                if entry is not None and (not entry.exact_case or all(t.text.isupper() for t in tokens[i:i + length])):
                    found = (length, entry)
                    break
            if length >= longest or i + length >= n:
                break
            nxt = _lemma_keys(tokens[i + length])
            cands = [c2 for c in cands for k in nxt if (c2 := c + (k,)) in prefixes or c2 in index][:GAZ_CANDIDATES]
            length += 1
        if found and found[0] == 1 and found[1].type == "ORG" and not found[1].exact_case and i + 1 < n \
                and tokens[i].text == found[1].surface and tokens[i + 1].tag == "ign" and tokens[i + 1].text[:1].isupper() \
                and (i + 2 >= n or not tokens[i + 2].text[:1].isupper()):
            # "Ryanair Sun", "Ryanair Holdings": a company's longer name the gazetteer does not know is the model's
            # (SlavicNER F1 0.8532 -> 0.8576); not an acronym ("powiedział wcześniej AFP Zawa Hussain Warraich"), a
            # body in another case ("rzecznik Kremla Dmitrij Pieskow"), nor one before a name ("Gazprom Aleksandr
            # Miedwiediew")
            i += 1
            continue
        start = i
        if found and found[1].type == "PER" and found[0] == 1 and found[1].surface != found[1].name and i > 0 and (
                _is_cap(tokens[i - 1]) and (tokens[i - 1].tag == "ign" or "imię" in tokens[i - 1].qualifiers)) and (
                not out or out[-1][1] < i):
            # a surname alias after a first name: the full name in a case the key does not cover ("Nigela Farage'a",
            # "Michaela Barniera") when the first names agree, else another person the model is to find ("Kornel
            # Morawiecki" is not Mateusz; review batch k1)
            if tokens[i - 1].text[:4].lower() != found[1].name.split()[0][:4].lower():
                i += 1
                continue
            # (its base form is the text's, "" here: "Michael Barnier" is Michel Barnier but was written so)
            start, found = i - 1, (found[0], GazEntry(found[1].name, "", "PER", found[1].entity_id, False))
        if found:
            j = i + found[0]
            if j + 1 < n and tokens[j].text in ("'", "’") and tokens[j - 1].end == tokens[j].start == tokens[j + 1].start - 1 \
                    and tokens[j + 1].text in _APOSTROPHE_ENDINGS:
                j += 2  # a case ending after an apostrophe is the name's: "Farage'a", "Farage'owi"
            out.append((start, j, found[1]))
            i = j
        else:
            i += 1
    return out


def gazetteer_labels(n: int, matches: list[tuple[int, int, GazEntry]]) -> list[str]:
    """Per-token BIO labels of gazetteer matches, the CRF's gazetteer feature (GPE counts as LOC, as in NKJP)."""
    labels = [""] * n
    for i, j, entry in matches:
        for k in range(i, j):
            labels[k] = ("B-" if k == i else "I-") + ("LOC" if entry.type == "GPE" else entry.type)
    return labels


def _gender(tag: str) -> str | None:
    for f in tag.split(":"):
        for v in f.split("."):
            if v in ("m1", "m2", "m3", "f", "n"):
                return v
    return None


def _number(tag: str) -> str:
    fields = tag.split(":")
    return "pl" if len(fields) > 1 and fields[1] == "pl" else "sg"


def _cap_like(form: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return form.upper()
    if like[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _agreeing_name_lemmas(tokens: list[Token]) -> list[str] | None:
    """Lemmas for a multi-word personal name read so that every part shares one case, number and gender:
    "Leszka Millera" is Leszek (not the surname Leszka) Miller; "Krystyny Jandy" is Krystyna Janda.
    None when some part has no noun reading (adjectival surnames are inflected by the caller)."""
    options: list[list[tuple[str, str | None]]] = []
    for t in tokens:
        if t.tag == "ign":
            options.append([(t.text, None)])
            continue
        opts: list[tuple[str, str | None]] = [(lemma, tag) for lemma, tag, _q in analyse(t.text)
                                              if tag.startswith("subst") and tag.count(":") >= 3]
        if not opts:
            return None
        opts.sort(key=lambda o: (0 if any("imię" in q for _l, tg, q in analyse(t.text) if tg == o[1] and _l == o[0]) else 1,
                                 0 if "sg" in str(o[1]).split(":")[1] else 1,  # one person, so singular first
                                 0 if "nom" in str(o[1]).split(":")[2].split(".") else 1))
        options.append(opts)
    firsts = [(lem, tag) for lem, tag in options[0] if tag is not None]
    for lemma0, tag0 in firsts:
        f0 = tag0.split(":")
        cases, number, genders = set(f0[2].split(".")), set(f0[1].split(".")), set(f0[3].split("."))
        chosen = [lemma0]
        for k, opts in enumerate(options[1:], start=1):
            if "nom" not in cases:  # an oblique form: prefer the reading that declines ("Jandy" -> "Janda")
                opts = sorted(opts, key=lambda o: o[0] == tokens[k].text)
            pick = next((lem for lem, tag in opts if tag is None or (
                cases & set(tag.split(":")[2].split(".")) and number & set(tag.split(":")[1].split("."))
                and genders & set(tag.split(":")[3].split(".")))), None)
            if pick is None:
                break
            chosen.append(pick)
        else:
            return chosen
    return None


# Case endings of an unknown man's name part, by the case its known neighbour shows ("Joe Bidena" next to
# nothing known stays; "Borisa Johnsona": "Johnsona" is only gen/acc, so "Borisa" -> "Boris").
_MALE_NAME_ENDINGS = {"gen": "a", "acc": "a", "dat": "owi", "inst": "em"}
_VOWELS = frozenset("aeiouyąęó")


def _masculine_oblique_case(tokens: list[Token]) -> str | None:
    """The one oblique case every reading of some known part of the name has, if that part is only masculine."""
    for t in tokens:
        if t.tag == "ign":
            continue
        readings = [tag.split(":") for _l, tag, _q in analyse(t.text) if tag.startswith("subst")]
        if not readings or any(len(f) < 4 or "m1" not in f[3].split(".") for f in readings):
            continue
        # the vocative is no case of a name in news ("Hammondzie" is a locative, not an address)
        case_sets = [set(f[2].split(".")) - {"voc"} for f in readings]
        cases = set.intersection(*[c for c in case_sets if c] or [set()])
        cases.discard("acc")
        if len(cases) == 1 and ((c := next(iter(cases))) in _MALE_NAME_ENDINGS or c == "loc"):
            return c
    return None


# The locative of a masculine name on a consonant: the ending and the stem's last letter it replaces
# ("Hammondzie" -> "Hammond", "Philipie" -> "Philip", "Piotrze" -> "Piotr").
_LOCATIVE_ENDINGS = (("dzie", "d"), ("cie", "t"), ("rze", "r"), ("le", "ł"), ("ie", ""))


def _case_from_stems(tokens: list[Token], stems: dict[str, str]) -> str | None:
    """The case one unknown part of a name shows through the base the article supports ("Hammondzie" is
    "Hammond" here: a locative), for the other unknown parts of the same name ("Philipie")."""
    for t in tokens:
        base = stems.get(t.text)
        if t.tag != "ign" or not base or not t.text.startswith(base[:-1] if base else base):
            continue
        for end, stem_end in _LOCATIVE_ENDINGS:
            if t.text.endswith(end) and t.text[: -len(end)] + stem_end == base:
                return "loc"
        for case, end in _MALE_NAME_ENDINGS.items():
            if t.text == base + end:
                return case
    return None


def _unknown_male_name_base(form: str, case: str | None) -> str:
    """An unknown name part without Polish evidence in the text: strip the ending its case implies; the
    instrumental "-em" and dative "-owi" of a consonant stem are only ever masculine oblique endings,
    and "-ą" only a woman's instrumental ("z Rebeccą Bitrus")."""
    for obl, nom in _surname_adjective_rules():
        if form.endswith(obl) and len(form) > len(obl) + 1:
            return form[: -len(obl)] + nom
    if form.endswith("ą") and len(form) >= 4:
        return form[:-1] + "a"
    if case == "loc":
        for end, stem_end in _LOCATIVE_ENDINGS:
            if form.endswith(end) and len(form) - len(end) >= 3:
                return form[: -len(end)] + stem_end
        return form
    if case in (None, "inst") and form.endswith("ym") and len(form) >= 5 and form[-3] not in _VOWELS:
        return form[:-1]  # a name on "-y" in the instrumental: "z Tonym Blairem", "Jeremym Corbynem" (review r54)
    endings = [_MALE_NAME_ENDINGS[case]] if case else ["em", "owi"]
    for end in endings:
        stem = form[: -len(end)]
        if form.endswith(end) and len(stem) >= 3 and (stem[-1] not in _VOWELS or end == "a" and stem[-1] == "y"):
            return stem
    return form


def _nominative_first_name(t: Token) -> bool:
    """A first part whose every singular masculine-person reading is nominative ("Mike", "Al", "Konrad"):
    the name is then already in the nominative, and its other parts are kept as written ("Pence", not "Penc")."""
    cases = [set(f[2].split(".")) for f in (tag.split(":") for _l, tag, _q in analyse(t.text))
             if f[0] == "subst" and len(f) > 3 and "m1" in f[3].split(".") and "sg" in f[1].split(".")]
    return bool(cases) and all(c <= {"nom", "voc"} for c in cases)


_APOSTROPHE_ENDINGS = frozenset({"a", "owi", "em", "u", "ie", "m", "go", "ego", "emu", "ym", "ową", "owa", "owie"})
_APOSTROPHE_CASE = {"a": "gen", "owi": "dat", "em": "inst", "go": "gen", "ego": "gen", "emu": "dat", "m": "inst", "ym": "inst"}


_GENITIVE_GOVERNORS = frozenset({"zdaniem", "według", "wg"})  # words after which a name can only be a genitive


def _title_case(tokens: list[Token], i: int) -> str | None:
    """The case a masculine title right before a name gives it: "prezydenta Francji Emmanuela Macrona" is a
    genitive, so the unknown "Emmanuela" is "Emmanuel", not a woman's name (review batch r30)."""
    titles = load_words("person_titles_pl.tsv")
    if i > 0 and tokens[i - 1].text.lower() in _GENITIVE_GOVERNORS and tokens[i].tag == "ign":
        # "Zdaniem Elmara Broka" is Elmar Brok's view (review batch r43); only for a name Morfeusz does not know
        # ("Zdaniem Jacka Kowalskiego" is Jacek's, not the English "Jack")
        return "gen"
    k = i - 1
    while k >= 0 and i - k <= 3 and not (tokens[k].pos == "subst" and tokens[k].lemma.lower() in titles):
        if tokens[k].pos not in ("subst", "adj", "ign") or tokens[k].lemma.lower() in titles:
            return None  # only the title's own complement may stand between: "prezydenta Francji", "Gazpromu"
        k -= 1
    if k < 0 or i - k > 3 or not (tokens[k].pos == "subst" and tokens[k].lemma.lower() in titles):
        return None
    x = k - 1
    while x >= 0 and k - x <= 3 and tokens[x].pos in ("subst", "adj") and tokens[x].text.islower():
        if tokens[x].pos == "subst" and tokens[x].lemma.lower() in titles:
            return None  # the title is itself a complement of another: "rzecznik sztabu prezydenta elekta Bryan Lanza"
        x -= 1  # (not of a thing: "biuro prezydenta Ukrainy Wołodymyra Zełenskiego" is the president's)
    readings = [tag.split(":") for lem, tag, _q in analyse(tokens[k].text) if tag.startswith("subst") and lem == tokens[k].lemma]
    if readings and all(len(f) > 3 and f[1] == "sg" and f[3] == "m1" and set(f[2].split(".")) <= {"gen", "acc"} for f in readings):
        return "gen"
    return None


def _male_name_reading(form: str, case: str) -> str | None:
    """The lemma of a man's name reading of `form` in `case`, if Morfeusz has one ("Johna" in the genitive: John)."""
    return next((lem for lem, tag, q in analyse(form) if _PERSON_QUALS & set(q) and (f := tag.split(":"))[0] == "subst"
                 and len(f) > 3 and "m1" in f[3].split(".") and case in f[2].split(".")), None)


def person_base(tokens: list[Token], stems: dict[str, str], text: str | None = None, case_hint: str | None = None) -> str:
    """Every part of a personal name to the nominative, keeping the person's gender."""
    marks = [k for k in range(1, len(tokens) - 1) if tokens[k].text in ("'", "’")
             and tokens[k + 1].text in _APOSTROPHE_ENDINGS and tokens[k - 1].end == tokens[k].start]
    if marks:
        # "Nigela Farage'a", "George'a Sorosa": Polish writes a case ending after an apostrophe when the base ends
        # in a silent letter; that part's base is the name before it, and its ending gives the other parts' case
        case = _APOSTROPHE_CASE.get(tokens[marks[0] + 1].text)
        out: list[str] = []
        k = 0
        while k < len(tokens):
            if k + 1 in marks:
                out.append(tokens[k].text)
                k += 3
                continue
            t = tokens[k]
            # (a part with a man's name reading in that case takes it: "Johna Curtice'a" is John; review m14)
            male = _male_name_reading(t.text, case) if case else None
            out.append(_cap_like(male, t.text) if male is not None else stems.get(t.text) or _unknown_male_name_base(
                t.text, case) if t.tag == "ign" else person_base([t], stems, text))
            k += 1
        return " ".join(out)
    if len(tokens) == 2 and tokens[1].text.endswith(_FEMININE_SURNAME_ENDINGS) and any(
            "imię" in q and tag.split(":")[3:4] == ["f"] and has_case(tag, "nom") for _l, tag, q in analyse(tokens[0].text)) \
            and tokens[0].lemma == tokens[0].text and not any(
                "m1" in tag and has_case(tag, "gen") for _l, tag, _q in analyse(tokens[0].text)):
        # (only a woman's name: "Aleksandra Miedwiediewa" is Aleksander Miedwiediew's genitive)
        # a woman's first name in the nominative, then a surname read as a man's genitive: "Maria Zacharowa" (review
        # batch f2; "Zacharow" is the man's name)
        return _join(tokens, [tokens[0].text, tokens[1].text], text)
    if len(tokens) > 1 and _nominative_first_name(tokens[0]):
        return _join(tokens, [t.text for t in tokens], text)
    parts = []
    agreed = _agreeing_name_lemmas(tokens) if len(tokens) > 1 else None
    case = _masculine_oblique_case(tokens) or _case_from_stems(tokens, stems) or case_hint
    for k, t in enumerate(tokens):
        if not t.text[:1].isupper():  # particles inside a name ("Jose Vieira da Silva", "Ludwig van Beethoven")
            parts.append(t.text)
            continue
        subst = [tag.split(":") for _l, tag, _q in analyse(t.text) if tag.startswith("subst")]
        if subst and all(len(f) > 2 and f[2] == "voc" for f in subst):
            # read only as a woman's name in the vocative, rare in news: a foreign man's name ("Paulo Conceicao",
            # "Mario Mehren"; review batch r45)
            parts.append(t.text)
            continue
        if t.tag == "ign":
            parts.append(stems.get(t.text) or _unknown_male_name_base(t.text, case))
            continue
        if not any(tag.split(":")[1:2] and "sg" in tag.split(":")[1].split(".") for _l, tag, _q in analyse(t.text)):
            parts.append(t.text)  # one person's name part has a singular reading; "Liz", "Ted" read only as plurals are foreign
            continue
        if k == 0 and len(tokens) > 1 and case is None and not any(
                _PERSON_QUALS & set(q) or tag == "ign" for _l, tag, q in analyse(t.text)) and not (
                t.text.endswith("em") and tokens[-1].tag == "ign" and tokens[-1].text.endswith("em") and has_case(t.tag, "inst")):
            # (unless both parts show the instrumental: "z Fransem Timmermansem" is Frans; review batch r54)
            parts.append(t.text)  # "Tony Blair": a foreign first name that is also a common word ("ton", "tona")
            continue
        if case_hint is not None:
            # after a masculine title in the genitive a known name is a man's genitive: "wiceprezesa Gazpromu
            # Aleksandra Miedwiediewa" is Aleksander, not the woman's name Aleksandra (review batch r31)
            male = _male_name_reading(t.text, case_hint)
            if male is None and all(tag.split(":")[2:3] == ["voc"] or lem == t.text and "m1" in tag
                                    for lem, tag, _q in analyse(t.text)):
                male = t.text  # an indeclinable man's name, read only as an address: "prezesa Wintershall Mario Mehrena"
            if male is not None:
                parts.append(_cap_like(male, t.text))
                continue
        if case is not None and k == 0 and len(tokens) > 1 and tokens[-1].tag == "ign":
            # the unknown surname's ending tells a man's oblique case; a first name with a man's name reading in it
            # takes that: "Willa Huttona" is Will Hutton (not "willa", a villa; review m14)
            male = _male_name_reading(t.text, case)
            if male is not None:
                parts.append(_cap_like(male, t.text))
                continue
        if agreed is not None:
            parts.append(_cap_like(agreed[k], t.text))
            continue
        lemma = t.lemma
        if _number(t.tag) == "pl":  # one person: "Dudy" is Duda's genitive, not the plural "Dudy"
            lemma = next((lem for lem, tag, q in analyse(t.text) if tag.startswith("subst:sg") and _PERSON_QUALS & set(q)), lemma)
        if t.pos == "adj" or (_gender(t.tag) == "f" and lemma[-1:] == "i"):
            form = inflect(lemma, ("sg", "nom", _gender(t.tag) or "m1")) or lemma
        else:
            form = lemma
        parts.append(_cap_like(form, t.text))
    return _join(tokens, parts, text) if text is not None else " ".join(parts).replace(" - ", "-")


def _join(tokens: list[Token], forms: list[str], text: str | None) -> str:
    """Forms joined with the spacing the text had between the tokens ("O’Leary", "Płn.", "SARS-CoV-2")."""
    if text is None:
        return " ".join(forms).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    out = []
    for k, (t, f) in enumerate(zip(tokens, forms, strict=True)):
        out.append(f)
        if k + 1 < len(tokens):
            out.append(" " if text[t.end:tokens[k + 1].start] else "")
    return "".join(out)


def _agreeing(t: Token, case: set[str], number: str, gender: str) -> tuple[str, str] | None:
    """(lemma, class) of an adjective or participle reading of `t` that agrees with the head noun, if any.

    The chosen reading's case can be wrong ("Warszawskiego" read as accusative), so every reading counts.
    """
    for lemma, tag, _q in analyse(t.text):
        f = tag.split(":")
        if f[0] in ("adj", "ppas", "pact") and len(f) > 3 and f[1] == number and case & set(f[2].split(".")):
            if gender in f[3].split(".") or gender == "m3" and "m3" in f[3]:
                return lemma, f[0]
    return None


def _place_lemma(t: Token) -> str | None:
    """A single capitalised word with a singular place-name reading is that place ("Indianie" -> "Indiana")."""
    if not t.text[:1].isupper():
        return None
    for lemma, tag, quals in analyse(t.text):
        f = tag.split(":")
        if "nazwa_geograficzna" in quals and f[0] == "subst" and len(f) > 1 and "sg" in f[1].split("."):
            return lemma
    return None


def _head_reading(tokens: list[Token], head: int) -> Token:
    """The head noun's reading that a capitalised neighbouring adjective agrees with ("Stanów Zjednoczonych":
    "stan", plural, not the town "Stanów"; "Karolinie Północnej": "Karolina", not "Karolin"); else the chosen one."""
    h = tokens[head]
    neighbours = [tokens[k] for k in (head - 1, head + 1) if 0 <= k < len(tokens) and tokens[k].text[:1].isupper()]
    if not neighbours:
        return h
    for lemma, tag, quals in analyse(h.text):
        f = tag.split(":")
        if f[0] != "subst" or len(f) < 4:
            continue
        gender = _gender(tag) or "m3"
        if any(_agreeing(n, set(f[2].split(".")), f[1], gender) for n in neighbours):
            return Token(h.start, h.end, h.text, lemma, tag, quals)
    return h


def phrase_base(tokens: list[Token], text: str | None = None, stems: dict[str, str] | None = None) -> str:
    """Base form of a name phrase: head noun and agreeing adjectives to the nominative, rest as written."""
    stems = stems or {}
    if len(tokens) > 1 and any(t.tag == "ign" and t.text.isalpha() and not (k + 1 < len(tokens) and tokens[k + 1].text == ".")
                               for k, t in enumerate(tokens)):
        return _join(tokens, [t.text for t in tokens], text)  # a foreign name ("Warp Speed"): Polish endings don't apply
    nouns = [k for k, t in enumerate(tokens) if t.pos in ("subst", "depr", "ger")]
    # a capitalised adjective read as a surname ("Warszawskiego") is not the head when a noun follows
    head = next((k for k in nouns if not (k + 1 < len(tokens) and any(
        r[1].startswith("adj") for r in analyse(tokens[k].text)) and any(n > k for n in nouns))), nouns[0] if nouns else None)
    if head is None:
        if len(tokens) == 1:
            t = tokens[0]
            if t.tag == "ign":
                return stems.get(t.text) or _unknown_oblique_base(t.text)
            return _cap_like(_place_lemma(t) or t.lemma, t.text)
        return _join(tokens, [t.text for t in tokens], text)
    h = _head_reading(tokens, head)
    number, gender = _number(h.tag), _gender(h.tag) or "m3"
    head_case = set(h.tag.split(":")[2].split(".")) if h.tag.count(":") >= 2 else set()
    out: list[str] = []
    for k, t in enumerate(tokens):
        agree = _agreeing(t, head_case, number, gender) if k != head else None
        if k == head:
            if h.pos == "ger":  # "Bożego Narodzenia": the verbal noun's lemma is the verb, so generate the noun
                form = inflect(h.lemma, ("ger", number, "nom", "aff")) or h.text
            elif number == "sg":
                form = h.lemma
            else:  # plural names ("Demokraci", "Stany Zjednoczone"): plural nominative of the same gender;
                # "Niemcy", "Włosi", not the "-owie" of a family name ("Niemcowie"), when both exist
                forms = inflect_all(h.lemma, ("subst", "pl", "nom", gender)) or inflect_all(h.lemma, ("pl", "nom"))
                form = min(forms, key=lambda f: f.endswith("owie")) if forms else h.lemma
            out.append(_cap_like(form, t.text))
        elif agree and (k < head or k == head + 1 or out[-1] != tokens[k - 1].text):
            lemma, cls = agree
            # the word's own degree: "Nowy", not "Nowszy"; "Najwyższy Sąd", not "Wysoki Sąd"
            degrees = {tag.rsplit(":", 1)[-1] for _l, tag, _q in analyse(t.text) if tag.startswith("adj:")}
            degree = degrees.pop() if len(degrees) == 1 and degrees <= {"com", "sup"} else "pos"
            want = (cls, number, "nom", gender) + (("aff",) if cls != "adj" else (degree,))
            out.append(_cap_like(inflect(lemma, want) or t.text, t.text))
        elif t.tag == "ign":
            out.append(stems.get(t.text, t.text) if k == head else t.text)
        else:
            out.append(t.text)
    return _join(tokens, out, text)


def _unknown_oblique_base(form: str) -> str:
    """An unknown one-word name whose ending can only be oblique: "Nevadę"/"Nevadą" -> "Nevada" (feminine
    acc/inst), "Pfizerowi"/"Wyborgu" -> "Pfizer"/"Wyborg" (masculine dat/gen-loc on a consonant
    stem). Ambiguous endings ("-a", "-y", "-ie") are left to `_unknown_stems`, which needs the text's support."""
    if not form.isalpha() or form.isupper() or len(form) < 5:
        return form
    if form[-1] in "ęą":
        return form[:-1] + "a"
    # not "-em": as many places end in it ("Zaventem", "Harlem") as instrumentals do ("Pfizerem"), SlavicNER train
    for end, shortest in (("owi", 4), ("u", 5)):  # "Korfu", "Baku": short stems before "-u" are nominatives
        stem = form[: -len(end)]
        if form.endswith(end) and len(stem) >= shortest and stem[-1] not in _VOWELS and stem[-2:] not in ("ch", "cz", "sz", "rz"):
            return stem
    return form


def _unknown_stems(tokens: list[Token]) -> dict[str, str]:
    """For unknown capitalised words, the nominative the article itself supports: "Ryanairze" -> "Ryanair"
    because "Ryanair" is there, or because "Ryanaira" and "Ryanairem" both point to it (a paradigm seen
    in two oblique forms, the way a reader infers an unknown name's base)."""
    forms = {t.text for t in tokens if t.text[:1].isupper()}
    unknown = {t.text for t in tokens if t.tag == "ign" and t.text[:1].isupper()}
    candidates: dict[str, tuple[str, ...]] = {}
    # a form's own support counts only for unknown forms: a known capitalised form that is a candidate wins
    # outright below ("the nominative itself in the text"), so its set is never read
    support: dict[str, set[str]] = {f: {f} for f in unknown}
    for f in unknown:
        candidates[f] = cands = _stem_candidates(f)
        for c in cands:
            support.setdefault(c, set()).add(f)
    stems: dict[str, str] = {}
    for f, cands in candidates.items():
        # the nominative itself in the text wins; else a stem two distinct forms agree on, beating the form itself
        best = next((c for c in cands if c in forms), None)
        if best is None:
            best = max(cands, key=lambda c: len(support[c]), default=None)
            if best is not None and len(support[best]) < max(2, len(support[f]) + 1):
                best = None
        if best is not None:
            stems[f] = best
    for f in list(stems):  # "Ryanairze" -> "Ryanaira" -> "Ryanair": follow to the end of the chain
        seen = {f}
        while stems[f] in stems and stems[f] not in seen:
            seen.add(stems[f])
            stems[f] = stems[stems[f]]
    return stems


@lru_cache(maxsize=100_000)
def _stem_candidates(form: str) -> tuple[str, ...]:
    """Nominatives an unknown form could come from, by the case-ending rules, most specific first."""
    cands = [form[: -len(obl)] + nom for obl, nom in _suffix_rules() if form.endswith(obl) and len(form) > len(obl) + 2]
    return tuple(c for c in dict.fromkeys(cands) if c != form)


@cache
def _surname_adjective_rules() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1]) for row in load_tsv("surname_adjective_pl.tsv"))


@cache
def _suffix_rules() -> tuple[tuple[str, str], ...]:
    return tuple((row[0], row[1] if len(row) > 1 else "") for row in load_tsv("name_suffix_pl.tsv"))


# Whether the Morfeusz/rule finders still run on tokens the model left untagged. Chosen on the NKJP dev
# tenth (scripts/train_ner.py holds it out), never on a test split.
RULES_AFTER_MODEL = False


_OPEN_QUOTES = frozenset({"„", "\"", "“", "«", "»"})
_CLOSE_QUOTES = frozenset({"”", "\"", "“", "»", "«"})
MEDIA_TITLE_WORDS = 4  # longest title taken after a media noun ("„Gazeta Wyborcza”", "„The Wall Street Journal”")


def _media_titles(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of media titles: in quotation marks right after a media noun ("dziennika „Tagesspiegel”")
    or next to a speech verb ("– twierdzi „Time”", "„Kommiersant” pisze"), and English "The …" titles
    ("The Telegraph twierdzi")."""
    media = load_words("media_nouns_pl.tsv")
    cues = frozenset(load_json("quotes_pl.json")["cue_lemmas"])
    function_words = frozenset(load_json("quotes_pl.json")["title_function_words"])

    def said(t: Token | None) -> bool:  # a speech verb
        return t is not None and t.lemma.lower() in cues and t.pos in ("fin", "praet")
    n = len(tokens)
    out = []
    for k in range(n - 2):
        t = tokens[k]
        if t.text == "The" and tokens[k + 1].text[:1].isupper():
            j = k + 1
            while j < n and j - k - 1 < MEDIA_TITLE_WORDS and tokens[j].text[:1].isupper() and tokens[j].tag == "ign":
                j += 1
            if j > k + 1:
                out.append((k, j))
            continue
        if t.text not in _OPEN_QUOTES or k + 1 >= n:
            continue
        j = k + 1
        while j < n and j - k - 1 < MEDIA_TITLE_WORDS and (tokens[j].text[:1].isupper() or tokens[j].text[:1].isdigit() or (
                j > k + 1 and tokens[j].text in function_words and j + 1 < n and tokens[j + 1].text[:1].isupper())):
            j += 1  # (a function word inside: '"Best for Britain" twierdzi'; review m3)
        if j == k + 1 or j >= n or tokens[j].text not in _CLOSE_QUOTES:
            continue
        prev = tokens[k - 1] if k > 0 else None
        nxt = tokens[j + 1] if j + 1 < n else None
        said_before = said(prev) or (
            # an adjective between: "- pisze wtorkowa „Rzeczpospolita”", "podaje brytyjski „Guardian”" (review k11)
            prev is not None and prev.pos == "adj" and prev.text.islower() and k > 1 and said(tokens[k - 2]))
        said_after = said(nxt)
        if prev is not None and prev.lemma.lower() in media or said_before or said_after:
            out.append((k + 1, j))
    return out


# a web address named as a medium or service ("informuje politico.eu", "podał portal fly4free.pl"); the tokenizer
# splits it at each dot and no model reads it whole. Not inside a URL or an e-mail address.
_TLD = rf"\.(?:{'|'.join(sorted(TOP_LEVEL_DOMAINS, key=len, reverse=True))})(?![\w/@-]|\.[A-Za-z0-9])"
_WEB_ADDRESS = re.compile(rf"(?<![\w@/.-])[A-Za-z0-9][\w-]*(?:\.[\w-]+)*{_TLD}")
_TLD_HINT = re.compile(rf"\w{_TLD}")


@cache
def _body_nouns() -> frozenset[str]:
    """Common nouns that introduce a body's name: "firma", "spółka", "operator", "bank", "koncern" …"""
    return frozenset(load_json("quotes_pl.json")["institution_nouns_speaker"]) | load_words("org_heads_pl.tsv") | load_words(
        "media_nouns_pl.tsv")


def _web_addresses(tokens: list[Token], text: str) -> list[tuple[int, int]]:
    """Token ranges of web addresses, each exactly covering its tokens."""
    if not _TLD_HINT.search(text):
        return []  # (most texts hold no address: the full pattern tries every word)
    found = list(_WEB_ADDRESS.finditer(text))
    if not found:
        return []
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    return [(starts[m.start()], ends[m.end()] + 1) for m in found if m.start() in starts and m.end() in ends]


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
Mention = tuple[int, int, str, str, str | None, str]  # first, last, type, lemma, gazetteer id, source


def _rule_mentions(tokens: list[Token], text: str, starts: set[int], taken: list[bool],
                   claim: Callable[[int, int], bool], stems: dict[str, str]) -> list[Mention]:
    """Mentions from Morfeusz name readings and capitalisation rules, for tokens no finder has claimed:
    the fallback without a model (and, with RULES_AFTER_MODEL, after it)."""
    titles = load_words("person_titles_pl.tsv")
    org_heads = load_words("org_heads_pl.tsv")
    found: list[Mention] = []
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if taken[i] or not _is_cap(t) or t.pos == "interp":
            i += 1
            continue
        quals = set(t.qualifiers)
        mid = i not in starts
        # organisation: capitalised org head noun with capitalised words / genitive complements after it
        if t.lemma.lower() in org_heads and (mid or i + 1 < n and _is_cap(tokens[i + 1])):
            j = i + 1
            while j < n and not taken[j] and (_is_cap(tokens[j]) or (
                tokens[j].pos == "prep" and j + 1 < n and _is_cap(tokens[j + 1]))):
                j += 1
            if j > i + 1 and claim(i, j):
                found.append((i, j, "ORG", phrase_base(tokens[i:j], text, stems), None, "rules"))
            i = max(j, i + 1)
            continue
        person = bool(_PERSON_QUALS & quals)
        unknown = t.tag == "ign"
        after_title = i > 0 and tokens[i - 1].lemma.lower() in titles
        if person or (unknown and (mid or after_title) and not t.text.isupper()):
            j = i + 1
            while j < n and not taken[j] and _is_cap(tokens[j]) and (
                _PERSON_QUALS & set(tokens[j].qualifiers) or tokens[j].tag == "ign") and not tokens[j].text.isupper():
                j += 1
            is_person = person or after_title or j > i + 1
            if is_person and (mid or person) and claim(i, j):
                found.append((i, j, "PER", person_base(tokens[i:j], stems, text, _title_case(tokens, i)), None, "morph"))
            i = max(j, i + 1)
            continue
        if _PLACE_QUALS & quals and claim(i, i + 1):
            found.append((i, i + 1, "LOC", _cap_like(t.lemma, t.text), None, "morph"))
        elif _ORG_QUALS & quals and claim(i, i + 1):
            found.append((i, i + 1, "ORG", _cap_like(t.lemma, t.text), None, "morph"))
        elif t.tag == "ign" and t.text.isupper() and 2 <= len(t.text) <= 6 and t.text.isalpha() and claim(i, i + 1):
            found.append((i, i + 1, "ORG", t.text, None, "rules"))
        i += 1

    return found


_BODY_QUALS = frozenset({"nazwa_instytucji", "nazwa_organizacji", "nazwa_geograficzna"})


def _oblique_body(t: Token) -> bool:
    """An institution or place named in an oblique case only ("Bundestagu"): it cannot head a person's name."""
    readings = analyse(t.text)
    return any(_BODY_QUALS & set(q) and tag.startswith("subst") for _l, tag, q in readings) and not any(
        ":nom" in tag or ".nom" in tag for _l, tag, _q in readings)


def _within_sentences(tokens: list[Token], spans: list[tuple[int, int, str]], starts: set[int]) -> list[tuple[int, int, str]]:
    """A model span that runs over a sentence's end is a name in each sentence: "trasy Nord Stream 2. Greenpeace
    podkreśla" was one organisation "Nord Stream 2. Greenpeace" (review batch k24); the end's punctuation is neither's."""
    out: list[tuple[int, int, str]] = []
    for i, j, typ in spans:
        # (only after a full stop written right after a number or a lower-case word: the splitter's other boundaries
        # cut names in NKJP, whose text the eval rebuilds with a space before every full stop, "ul . Nowy Świat";
        # NKJP F1 fell 0.8586 -> 0.8225 without this)
        cuts = [k for k in range(i + 2, j) if k in starts and tokens[k - 1].text == "." and tokens[k - 1].start == tokens[
            k - 2].end and (tokens[k - 2].text.isdigit() or tokens[k - 2].text[:1].islower())]
        if not cuts:
            out.append((i, j, typ))
            continue
        for a, b in zip([i, *cuts], [*cuts, j], strict=True):
            while b > a and tokens[b - 1].pos == "interp":
                b -= 1
            if b > a:
                out.append((a, b, typ))
    return out


def _split_possessor(tokens: list[Token], spans: list[tuple[int, int, str]],
                     found: Sequence[Mention] = ()) -> list[tuple[int, int, str]]:
    """A model span that runs from an institution in the genitive into a person's name is two mentions:
    "w parlamencie Bundestagu Gyde Jensen" -> Bundestag (ORG) and Gyde Jensen (PER), not one organisation."""
    # surnames the model itself found in a full name: "Bundestagu Schäuble" after "Wolfgang Schäuble"
    known = {tokens[j - 1].text for i, j, typ in spans if typ == "PER" and j - i >= 2}
    # and surnames it found alone, for names run together: "Johnson wyraził się … . Według Johnsona Hammond" (k21)
    # (not a first name the article writes with a surname too: "Shahmir Sanni" after "Shahmir Sanni" and "Shahmir")
    firsts = {tokens[i].text for i, j, typ in spans if typ == "PER" and j - i >= 2}
    alone = known | {tokens[i].text for i, j, typ in spans if typ == "PER" and j - i == 1 and tokens[i].text not in firsts}
    bodies = {tuple(t.text for t in tokens[i:j]) for i, j, typ in [*spans, *((m[0], m[1], m[2]) for m in found)]
              if typ in ("ORG", "PRO") and j - i >= 2}
    # one-word bodies too, for a span after a person's title: "prezes Bundesnetzagentur Jochen Homann" after
    # "(niem. Bundesnetzagentur)" (review m7)
    single = {tokens[i].text for i, j, typ in [*spans, *((m[0], m[1], m[2]) for m in found)]
              if typ in ("ORG", "PRO") and j - i == 1}
    single |= {t.text for x, t in enumerate(tokens) if t.tag == "ign" and t.text[:1].isupper() and 0 < x < len(tokens) - 1
               and (tokens[x - 1].text == "(" or tokens[x - 1].text.endswith(".")) and tokens[x + 1].text == ")"}
    out: list[tuple[int, int, str]] = []
    for i, j, typ in spans:
        m = next((m for m in range(i + 2, j - 1) if tokens[m].text.islower() and tokens[m].lemma in _MEDIA_HEADS
                  and all(_is_cap(t) for t in tokens[i:m]) and all(_is_cap(t) for t in tokens[m + 1:j])), None)
        if m is not None and all(t.tag == "ign" or "imię" in q or "nazwisko" in q for t in tokens[i:m]
                                 for _l, _t, q in analyse(t.text)[:1]):
            # "szef zarządu Graeme Pitkethly agencji Bloomberg": a person, then the agency told (review batch r25)
            out += [(i, m, "PER"), (m + 1, j, "ORG")]
            continue
        if typ == "PER" and j - i == 2 and (a := _known_surname(tokens[i].text, alone)) and (
                b := _known_surname(tokens[i + 1].text, alone)) and a != b and not any(
                "imię" in q for t in tokens[i:j] for _l, _t, q in analyse(t.text)):
            out += [(i, i + 1, "PER"), (i + 1, j, "PER")]  # "Według Johnsona Hammond usiłuje": two people (review r21)
            continue
        k = next((k for k in range(j - 2, i, -1) if (tuple(t.text for t in tokens[i:k]) in bodies if k - i >= 2 else (
                      typ in ("ORG", "PRO") and tokens[i].text in single and _after_title(tokens, i)))
                  and 2 <= j - k <= 3 and not tokens[k].text.isupper() and all(t.text[:1].isupper() and any(
                      tag == "ign" or {"imię", "nazwisko"} & set(q) for _l, tag, q in analyse(t.text)) for t in tokens[k:j])),
                 None) if j - i >= 3 else None
        if k is not None:
            # "Członek zarządu Nord Stream 2 AG Hennig Kothe": a body named alone elsewhere, then a person
            out += [(i, k, "ORG"), (k, j, "PER")]
            continue
        if typ in ("ORG", "PRO") and j - i >= 3 and _after_title(tokens, i) and (tokens[i].text.endswith(_GENITIVE_ENDINGS) and any(
                t.tag == "ign" for t in tokens[i:j - 2]) or j - i >= 4 and all(_has_genitive(t) for t in tokens[i:j - 2])) and not (
                j < len(tokens) and _is_cap(tokens[j])) and not tokens[j - 2].text.isupper() and all(
                t.tag == "ign" for t in tokens[j - 2:j]) and _person_tail(tokens[j - 2:j], known):
            # "Prezes ukraińskiego Naftogazu Andrij Kobolew": a title's body, then its holder (review batch r27)
            out += [(i, j - 2, typ), (j - 2, j, "PER")]
            continue
        if typ == "PER" and j - i >= 3 and len(tokens[i].text) >= 2 and tokens[i].text.isupper() and tokens[i].text.isalpha() \
                and _person_tail(tokens[i + 1:j], set()):
            out += [(i, i + 1, "ORG"), (i + 1, j, "PER")]  # "prezes SVP Albert Rösti": the party, then its leader
            continue
        # the head: one institution word ("Bundestagu"), or a name of two words or more ("Partii Zielonych"; a
        # lone common noun is followed by its own name: "Instytutu Yad Vashem")
        k = next((k for k in range(i + 1, j) if typ != "PER" and _person_tail(tokens[k:j], known) and (
            _oblique_body(tokens[i]) and k == i + 1 or (k - i >= 2 or k == j - 1 or _group_only(tokens[i]))
            and all(_oblique_only(t) for t in tokens[i:k]))), None)
        if k is not None:
            # "Partii Zielonych Caroline Lucas", "Liberalnych Demokratów Vince Cable": a name in the genitive,
            # all of it, then the person's own in the nominative
            out += [(i, k, typ), (k, j, "PER")]
        else:
            out.append((i, j, typ))
    return out


_TITLE_ABBREVIATIONS = frozenset({"prof.", "dr", "dr.", "hab.", "mgr", "inż.", "ks.", "gen.", "płk", "mjr", "kpt.", "red.", "bp",
                                  "abp", "o."})
_MEDIA_HEADS = frozenset({"agencja", "dziennik", "gazeta", "tygodnik", "telewizja", "radio", "portal", "stacja"})


_GENITIVE_ENDINGS = ("u", "a", "y", "i")  # a Polish genitive body before its holder: "Naftogazu", "Gazpromu"


def _has_genitive(t: Token) -> bool:
    """Whether a known word can be a genitive: a body's name hanging on a title ("Tyrolskiej Izby Handlu")."""
    return t.tag != "ign" and any(":gen" in tag or ".gen" in tag for _l, tag, _q in analyse(t.text))


def _after_title(tokens: list[Token], i: int) -> bool:
    """Whether a person's title stands right before token i, over adjectives only ("prezes ukraińskiego …")."""
    titles = load_words("person_titles_pl.tsv")
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].pos == "adj" and tokens[k].text.islower():
        k -= 1
    return k >= 0 and tokens[k].lemma.lower() in titles


def _known_surname(text: str, known: set[str]) -> str | None:
    """The known surname a word is a form of, by its stem ("Johnsona" and "Johnson", "Hammond" and "Hammondzie")."""
    return next((k for k in known if k == text or text.startswith(k) and len(text) - len(k) <= 3
                 or k.startswith(text) and len(k) - len(text) <= 3 and len(text) >= 4), None)


def _group_only(t: Token) -> bool:
    """A capitalised noun read only in the plural: a party's members before their leader's name ("Lider
    Liberałów Vince Cable"; review batch r34)."""
    readings = [tag.split(":") for _l, tag, _q in analyse(t.text) if tag.startswith("subst")]
    return t.text[:1].isupper() and bool(readings) and all(len(f) > 1 and f[1] == "pl" for f in readings)


def _oblique_only(t: Token) -> bool:
    """A capitalised word with no nominative reading: it can only modify what follows or precedes it."""
    readings = analyse(t.text)
    return t.text[:1].isupper() and any(tag.startswith(("subst", "adj", "ppas")) for _l, tag, _q in readings) and not any(
        ":nom" in tag or ".nom" in tag for _l, tag, _q in readings)


def _person_tail(tail: list[Token], known: set[str]) -> bool:
    """Whether the words are a person's name: first name and surname, or a surname known from the article."""
    if not all(t.text[:1].isupper() for t in tail) or any(_BODY_QUALS & set(q) for t in tail for _l, _t, q in analyse(t.text)):
        return False
    if len(tail) == 1:
        return tail[0].text in known
    return any(tag == "ign" or "imię" in q for _l, tag, q in analyse(tail[0].text)) and any(
        tag == "ign" or "nazwisko" in q for _l, tag, q in analyse(tail[-1].text))


def _unknown_name_pairs(tokens: list[Token], text: str, claim: Callable[[int, int], bool],
                        stems: dict[str, str], taken: Sequence[bool] = ()) -> list[Mention]:
    """Two capitalised words Morfeusz does not know, or a first name and one it does not know, standing alone are a
    foreign person's name the model missed ("Nigel Farage o swojej sytuacji mówił", "Ian Bond, dyrektor"):
    between lower-case words or punctuation, so that a longer name ("Daily Telegraph Group") is not cut."""
    out: list[Mention] = []
    n = len(tokens)
    titles = load_words("person_titles_pl.tsv")
    for i in range(n - 1):
        a, b = tokens[i], tokens[i + 1]
        if not (_is_cap(a) and _is_cap(b)) or a.text.isupper() or b.text.isupper() or not a.text.isalpha():
            continue
        # (a capitalised word before that is a name found already ends there: "w Brukseli Dalia Grybauskaitė"; r35)
        if i > 0 and (_is_cap(tokens[i - 1]) and not (taken and taken[i - 1]) or tokens[i - 1].text in _QUOTE_MARKS):
            continue
        if i + 3 < n and all(t.tag == "ign" and _is_cap(t) and t.text.isalpha() and not t.text.isupper()
                             for t in tokens[i:i + 3]) and tokens[i + 3].text == "," and claim(i, i + 3):
            # three unknown words before a comma: "mówił wcześniej AFP Zawa Hussain Warraich, minister" (review k23)
            out.append((i, i + 3, "PER", person_base(tokens[i:i + 3], stems, text, _title_case(tokens, i)), None, "rules"))
            continue
        if i + 2 < n and (_is_cap(tokens[i + 2]) or tokens[i + 2].text in _QUOTE_MARKS or tokens[i + 2].text[:1].isdigit()):
            continue  # (nor a product or a pipeline: "Nord Stream 2")
        first = a.tag == "ign" or any("imię" in q for _l, _t, q in analyse(a.text))
        # (or a surname Morfeusz also knows as a common word: "Rzeczniczka szpitala Iwona Sołtys"; review batch r34)
        surname = b.tag == "ign" or a.tag != "ign" and any("nazwisko" in q for _l, _t, q in analyse(b.text)) and any(
            tokens[x].lemma.lower() in titles for x in range(max(0, i - 3), i))  # (after a title only: KPWr n82 lost)
        if first and surname and b.text.replace("-", "").replace("'", "").isalpha() and claim(i, i + 2):
            out.append((i, i + 2, "PER", person_base(tokens[i:i + 2], stems, text, _title_case(tokens, i)), None, "rules"))
    return out


_PARTICLE_NAME = re.compile(r"(?:ul|al|el|ad|as|ar|an|ud|ur|bin|ibn|abu)-[A-ZŁŚŻĆŃÓ][\w'’]+")


def _particle_names(tokens: list[Token], text: str, claim: Callable[[int, int], bool],
                    taken: Sequence[bool]) -> list[Mention]:
    """Arabic and Urdu names with a lower-case particle the model does not tag: "Saif ul-Malook", "napisał
    ul-Malook" (review batch k2; his quotes had no speaker)."""
    out: list[Mention] = []
    for i, t in enumerate(tokens):
        if not _PARTICLE_NAME.fullmatch(t.text) or taken[i]:
            continue
        s = i
        while s - 1 >= 0 and i - s < 2 and not taken[s - 1] and _is_cap(tokens[s - 1]) and (
                tokens[s - 1].tag == "ign" or "imię" in tokens[s - 1].qualifiers):
            s -= 1  # the given name before it: "Saif"
        if claim(s, i + 1):
            out.append((s, i + 1, "PER", _join(tokens[s:i + 1], [x.text for x in tokens[s:i + 1]], text), None, "rules"))
    return out


_QUOTE_MARKS = frozenset({"„", "\"", "“", "”", "«", "»", "'", "‘", "’"})


def _repeated_surnames(tokens: list[Token], found: list[Mention], claim: Callable[[int, int], bool],
                       starts: set[int]) -> list[Mention]:
    """A person's surname, once the article has named them in full, is that person wherever it stands again,
    even where the tagger missed it ("Phillip Lee zrezygnował … Lee poinformował", sentence-initial
    "Farage przyznał"): the one-sense-per-discourse heuristic of document-level NER."""
    surnames: dict[str, str] = {}  # surface form of the last name -> its base form
    for i, j, typ, lemma, _gid, _src in found:
        if typ == "PER" and j - i >= 2 and " " in lemma:
            last = lemma.rsplit(" ", 1)[1].split("'")[0].split("’")[0]  # "Nigela Farage'a" … "Farage przyznał"
            surface = tokens[j - 1].text
            if surface[:1].isupper():
                surnames.setdefault(surface, last)
            surnames.setdefault(last, last)
        elif typ == "PER" and j - i == 1 and i not in starts and tokens[i].text[:1].isupper() and " " not in lemma:
            # a lone surname found mid-sentence ("jak zaznaczyła May") is the same person at a sentence start
            surnames.setdefault(tokens[i].text, lemma)
    out: list[Mention] = []
    if not surnames:
        return out
    for k, t in enumerate(tokens):
        base = surnames.get(t.text)
        if base is not None and len(t.text) > 2 and claim(k, k + 1):
            out.append((k, k + 1, "PER", base, None, "rules"))
    return out


def _portfolio_names(tokens: list[Token], found: list[Mention], text: str, stems: dict[str, str]) -> list[Mention]:
    """An office named by its portfolio is one organisation: "Ministerstwo do spraw wyjścia z Unii Europejskiej",
    "Ministerstwo ds. Brexitu". The finders see only the capitalised part ("Unii Europejskiej"); the span runs from
    the capitalised head over "do spraw"/"ds." to the first punctuation or verb, and replaces what lies inside."""
    org_heads = load_words("org_heads_pl.tsv")
    out = list(found)
    n = len(tokens)
    for i, t in enumerate(tokens):
        if not (_is_cap(t) and t.lemma.lower() in org_heads and i + 1 < n):
            continue
        if tokens[i + 1].text.lower() == "ds.":
            j = i + 2
        elif i + 2 < n and tokens[i + 1].lemma == "do" and tokens[i + 2].text.lower() == "spraw":
            j = i + 3
        else:
            continue
        end = j
        while end < n and end < j + 6 and tokens[end].pos in ("subst", "ger", "adj", "prep", "ign", "conj") and tokens[end].text not in (
                ",", ".") and not (tokens[end].pos == "conj" and end + 1 < n and not tokens[end + 1].text[:1].isupper()):
            end += 1
        if end == j:
            continue
        inside = [m for m in out if i <= m[0] and m[1] <= end]
        if any(m[0] < i < m[1] or m[0] < end < m[1] for m in out if m not in inside):
            continue  # it would cut another mention
        out = [m for m in out if m not in inside]
        out.append((i, end, "ORG", phrase_base(tokens[i:end], text, stems), None, "rules"))
    return out


def _adjective_org_names(tokens: list[Token], found: list[Mention], text: str, stems: dict[str, str],
                         starts: set[int]) -> list[Mention]:
    """A capitalised adjective mid-sentence before an organisation head opens its name: "Polski Związek Higieny" is
    one organisation, where the model saw only the country in "Polski" (from quote review batch r19)."""
    org_heads = load_words("org_heads_pl.tsv")
    out = list(found)
    n = len(tokens)
    for i, t in enumerate(tokens):
        if not (t.pos == "subst" and _is_cap(t) and t.lemma.lower() in org_heads):
            continue
        start = i
        while start > 0 and _is_cap(tokens[start - 1]) and start - 1 not in starts and (tokens[start - 1].pos == "adj" or any(
                tag.startswith("adj:") for _l, tag, _q in analyse(tokens[start - 1].text))):
            start -= 1
        if start == i:
            continue
        end = i + 1
        people = {m[0] for m in out if m[2] == "PER"}  # not into a name after it: "Komitetu Regionów Karla-Heinza Lambertza"
        while end < n and end not in people and _is_cap(tokens[end]) and (
                tokens[end].tag == "ign" or tokens[end].pos in ("subst", "adj") and ":gen" in tokens[end].tag):
            end += 1
        inside = [m for m in out if start <= m[0] and m[1] <= end]
        if any(m[0] < start < m[1] or m[0] < end < m[1] for m in out if m not in inside) or any(
                m[0] == start and m[1] == end for m in inside):
            continue  # it would cut another mention, or the name is found already
        out = [m for m in out if m not in inside]
        out.append((start, end, "ORG", phrase_base(tokens[start:end], text, stems), None, "rules"))
    return out


def find_entities(doc: Doc, *, use_model: bool = True) -> list[Entity]:
    """Every mention, longest and most precise finder winning overlaps, ids linked within the doc."""
    tokens, text = doc.tokens, doc.text
    starts = _sentence_starts(doc)
    taken = [False] * len(tokens)
    found: list[Mention] = []
    gaz_canonical: dict[str, str] = {}

    def claim(i: int, j: int) -> bool:
        if any(taken[i:j]):
            return False
        for k in range(i, j):
            taken[k] = True
        return True

    for i, j in _web_addresses(tokens, text):
        name = text[tokens[i].start:tokens[j - 1].end]
        hit = _gazetteer()[0].get((name.split(".")[0].lower(),))
        if claim(i, j):  # "Politico.eu" is Politico; "money.pl" and "Money.pl" one service of its own name
            known = hit is not None and hit.type == "PRO"
            web_id = hit.entity_id if hit is not None and known else f"PRO-{name.lower()}"
            found.append((i, j, "PRO", name, web_id, "rules"))
            gaz_canonical.setdefault(web_id, hit.name if hit is not None and known else name)
    matches = find_gazetteer(tokens)
    gaz_labels = gazetteer_labels(len(tokens), matches)
    stems = _unknown_stems(tokens)
    for i, j, entry in matches:
        if claim(i, j):
            found.append((i, j, entry.type, entry.surface or person_base(tokens[i:j], stems, text), entry.entity_id,
                          "gazetteer"))
            gaz_canonical[entry.entity_id] = entry.name

    for i, j in _media_titles(tokens):  # "dziennik „Kommiersant”": the model rarely knows foreign titles
        if claim(i, j):
            found.append((i, j, "PRO", _join(tokens[i:j], [t.text for t in tokens[i:j]], text), None, "rules"))
    if use_model:
        for i, j, typ in _split_possessor(tokens, _within_sentences(tokens, ner_model.tag_spans(tokens, gaz_labels, starts),
                                                                   starts), found):
            if not tokens[i].text[:1].isupper() and not tokens[i].text[:1].isdigit():
                continue  # NKJP also tags derived adjectives ("rosyjskimi"); a kronika entity is a name
            if j == i + 1 and "etnonim" in tokens[i].qualifiers:
                continue  # "Rosjan": an ethnonym, not a place or a person
            if j == i + 1 and i in starts and j < len(tokens) and tokens[j].pos == "subst" and tokens[j].text.islower() \
                    and _common_adjective(tokens[i]):
                continue  # "Brytyjska premier potwierdziła", "Unijny negocjator": capitalised as the sentence opens (k9)
            if not any(t.text[:1].isalnum() for t in tokens[i:j]):
                continue
            while typ == "PER" and j - i >= 2 and tokens[i].text.lower() in _TITLE_ABBREVIATIONS:
                i += 1  # "Prof. Gut przyznał": the title opening the sentence is not part of the name (review r26)
            if typ == "PER" and j - i >= 3 and person_noun(tokens[i].text):
                i += 1  # "obecny prezydent USA, Demokrata Barack Obama": a party's noun, not a name (review r54)
            if claim(i, j):
                # a plural person mention is a group ("Demokratów"); a multi-word one is one person ("Konrad Mzyk")
                plural_head = j == i + 1 and tokens[i].pos == "subst" and _number(tokens[i].tag) == "pl" and not any(
                    tag.startswith("subst:sg") and _PERSON_QUALS & set(q) for _l, tag, q in analyse(tokens[i].text))
                if typ == "PER" and not plural_head:
                    base = person_base(tokens[i:j], stems, text, _title_case(tokens, i))
                else:  # organisations, places, and groups of people ("Demokratów" -> "Demokraci")
                    base = phrase_base(tokens[i:j], text, stems)
                found.append((i, j, typ, base, None, "model"))
    if not use_model or RULES_AFTER_MODEL:
        found += _rule_mentions(tokens, text, starts, taken, claim, stems)
    found += _unknown_name_pairs(tokens, text, claim, stems, taken)
    for m in _particle_names(tokens, text, claim, taken):
        given = next((f for f in found if f[2] == "PER" and f[1] == m[0] and f[1] - f[0] <= 2), None)
        if given is not None:  # "Saif" tagged by the model, then "ul-Mulook": one name
            found.remove(given)
            part = tokens[m[0]].text
            if given[1] - given[0] == 1 and tokens[given[0]].text == given[3] + "a" and part.endswith("a"):
                part = part[:-1]  # both in the genitive: "prawnika Saifa ul-Mulooka" is Saif ul-Mulook
            m = (given[0], m[1], "PER", _join(tokens[given[0]:m[1]], [given[3], part]
                                                if given[1] - given[0] == 1 else [t.text for t in tokens[given[0]:m[1]]], text),
                 None, "rules")
        found.append(m)
    found += _repeated_surnames(tokens, found, claim, starts)
    found = _portfolio_names(tokens, found, text, stems)
    found = _adjective_org_names(tokens, found, text, stems, starts)

    found.sort()
    # link short person mentions to the full name they abbreviate ("Tokajew" -> "Kasym-Żomart Tokajew")
    full_names: dict[str, list[tuple[int, str, str | None]]] = {}
    # the surname as a full name writes it, to its base: "Siergieja Skripala" gives "Skripala" -> "Skripal", so a lone
    # "na Skripala" is Skripal too (review m16: it stood as a base form of its own)
    declined: dict[str, str] = {}
    for i, j, typ, lemma, gid, _src in found:
        if typ == "PER" and " " in lemma:
            last = lemma.split(" ")[-1]
            full_names.setdefault(last, []).append((i, lemma, gid))
            if j - i >= 2 and tokens[j - 1].text != last and tokens[j - 1].tag == "ign":
                declined.setdefault(tokens[j - 1].text, last)
            if _PARTICLE_NAME.fullmatch(last):  # "Mulook" is "Saif ul-Mulook"
                full_names.setdefault(last.split("-", 1)[1], []).append((i, lemma, gid))
    person_names = {lemma for _i, _j, typ, lemma, _g, _s in found if typ == "PER" and " " in lemma}
    by_first: dict[str, set[str]] = {}  # "Pani Ewa" is the "Ewa Wilczyńska" the article named (review batch r54)
    for name in person_names:
        by_first.setdefault(name.split(" ")[0], set()).add(name)
    spellings, gaz_names = _spellings()
    out: list[Entity] = []
    found = [(i, j, typ, declined[lemma], gid, src) if typ == "PER" and j == i + 1 and lemma == tokens[i].text
             and lemma in declined and lemma not in full_names else (i, j, typ, lemma, gid, src)
             for i, j, typ, lemma, gid, src in found]
    # a one-word name a body's noun introduces anywhere in the article is a body's ("norweski operator sieci Statnett",
    # "bank Intesa"), not a person's however the model typed it (review m16)
    body_nouns = _body_nouns()
    def introduced(k: int) -> bool:  # a body's noun before it, over lower-case complements ("operator sieci energetycznej")
        x = k - 1
        while x > 0 and k - x <= 4 and tokens[x].text.islower() and tokens[x].pos in ("adj", "subst"):
            if tokens[x].pos == "subst" and tokens[x].lemma in body_nouns:
                return True
            x -= 1
        return False
    bodies_named = {tokens[k].text for k in range(1, len(tokens))
                    if tokens[k].tag == "ign" and tokens[k].text[:1].isupper() and introduced(k)}
    for i, j, typ, lemma, gid, src in found:
        if typ == "PER" and src == "model" and j == i + 1 and tokens[i].text in bodies_named and lemma not in full_names:
            typ = "ORG"
        if typ in ("LOC", "ORG") and src == "model" and lemma in person_names:
            typ = "PER"  # one type per name in an article: "powiedział w poniedziałek Frans Timmermans" read as a place (r28)
        canonical = lemma
        if gid is None and src == "model" and j == i + 1 and tokens[i].tag == "ign" and not (
                typ == "PER" and lemma in full_names):
            # a gazetteer name with a Polish case ending Morfeusz cannot take off: "Ryanaira", "Gazpromu" (r30)
            gaz_hit = next((hit for end in _CASE_ENDINGS if tokens[i].text.endswith(end) and len(tokens[i].text) - len(end) >= 3
                          and (hit := _gazetteer()[0].get((tokens[i].text[:-len(end)].lower(),))) is not None
                          and not hit.exact_case and hit.type != "PER"), None)
            if gaz_hit is not None:
                # (typed as a person by the model too: "Według Kommiersanta"; review batch r55)
                lemma, gid, typ = gaz_hit.surface, gaz_hit.entity_id, gaz_hit.type
                gaz_canonical[gid] = gaz_hit.name
        if gid is None and src in ("model", "rules") and typ != "PER" and 1 < j - i <= 3:
            # a longer gazetteer name, its last word with a Polish case ending: "Sunday Timesa", "Financial Timesa"
            words = [t.text for t in tokens[i:j]]
            gaz_hit = next((hit for end in ("", *_CASE_ENDINGS) if words[-1].endswith(end) and len(words[-1]) - len(end) >= 3
                            and (hit := _gazetteer()[0].get(tuple(w.lower() for w in words[:-1]) + (
                                words[-1][:len(words[-1]) - len(end)].lower(),))) is not None
                            and not hit.exact_case and hit.type != "PER"), None)
            if gaz_hit is not None:
                lemma, gid = gaz_hit.surface, gaz_hit.entity_id
                gaz_canonical[gid] = gaz_hit.name
        if gid is None and typ == "PER" and j - i == 2 and tokens[i].tag == "ign" and tokens[i].text[-1:] in ("y", "i") \
                and (hit := _gazetteer()[0].get((tokens[i].text[:-1].lower() + "a", tokens[i + 1].text.lower()))) is not None \
                and hit.type == "PER":
            # a woman's foreign first name in the genitive the model kept: "Theresy May" is Theresa May (review r53)
            lemma, gid = hit.surface, hit.entity_id
            gaz_canonical[gid] = hit.name
        if gid is None and typ != "PER" and (hit := _gazetteer()[0].get(tuple(lemma.lower().split()))) is not None \
                and not hit.exact_case and hit.type != "PER" and lemma[:1].isupper():
            gid = hit.entity_id  # a base form the model made that the gazetteer knows: "Timesa" -> "Times" (r41)
            gaz_canonical[gid] = hit.name
        if gid is None and lemma in spellings and spellings[lemma] in gaz_names and not (typ == "PER" and lemma in full_names):
            # "agencja Reutera" is Reuters (canonical_names_pl.tsv); a lone "May" is Theresa May unless the article
            # names another May in full ("Brian May … May dodał")
            gid = spellings[lemma]
            gaz_canonical[gid] = gaz_names[gid]
        if gid in gaz_canonical:
            canonical = gaz_canonical[gid]
        elif typ == "PER" and " " not in lemma and lemma in full_names:
            # the first full name in the article (the nearest one before was tried, and lost more than it won:
            # names the model ran together, "Johnsona Hammond", are nearer more often than a namesake is)
            _at, canonical, gid2 = full_names[lemma][0]
            gid = gid or gid2
        elif typ == "PER" and j == i + 1 and tokens[i].text in full_names and lemma not in full_names and \
                tokens[i].text.endswith(_FEMININE_SURNAME_ENDINGS):
            _at, canonical, gid2 = full_names[tokens[i].text][0]  # "Zacharowa" alone, read as the man's "Zacharow"
            gid = gid or gid2
        elif typ == "PER" and j == i + 1 and len(by_first.get(lemma, ())) == 1 and _first_name_only(tokens[i]):
            canonical = next(iter(by_first[lemma]))  # one person of that first name: a familiar mention
        # one spelling of the apostrophe links a name across articles: "O’Leary" and "O'Leary" are one person
        canonical = canonical.translate(_APOSTROPHES)
        eid = gid or f"{typ}-{canonical.replace(' ', '-')}"
        s, e = tokens[i].start, tokens[j - 1].end
        out.append(Entity(s, e, text[s:e], lemma, typ, eid, canonical=canonical, source=src))
    return out


def entities_stage(doc: Doc) -> Doc:
    """Stage: fills `entities` (needs tokens and sentences)."""
    doc.entities = find_entities(doc)
    return doc


entities_stage.requires = ("tokens", "sentences")  # type: ignore[attr-defined]
entities_stage.provides = ("entities",)  # type: ignore[attr-defined]
