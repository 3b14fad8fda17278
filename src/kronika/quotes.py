"""Direct and reported speech: content span, cue verb, speaker (resolved through roles and earlier
mentions) and the source chain ("cytowany przez agencję AFP za rosyjskimi mediami").

Finders, in order: quoted spans in any Polish typography; PAP-style unquoted statements
("<content> - oświadczył X"); reported speech ("X zapowiedział, że …", "Jak dodał, …",
"według X …"). A quote with no cue of its own that follows an attributed one is its continuation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from .entities import phrase_base
from .morph import analyse, analyse_text, conditional, has_case, person_noun, plausible_readings, reread, speaker_person
from .records import Doc, Entity, Quote, Sentence, Span, Token
from .resources import WORD_CACHE, load_json, load_tsv, load_words

_DASHES = frozenset({"-", "–", "—"})
_ORG_NAME_QUALS = frozenset({"nazwa_firmy", "nazwa_organizacji"})  # Morfeusz's readings of a company's name ("dpa")
_OPEN_QUOTES_ALL = frozenset({"„", "\"", "“", "«", "»", "'"})
_CLOSE_QUOTES = frozenset({"”", "\"", "“", "»", "«", "'"})
_STOP_PUNCT = frozenset({".", "!", "?", ";", ":"})
# Who can be quoted: people, organisations, states, and media titles (PRO: "podaje The Independent")
SPEAKER_TYPES = frozenset({"PER", "ORG", "GPE", "PRO"})


@cache
def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = load_json("quotes_pl.json")
    return spec


@cache
def _cues() -> frozenset[str]:
    return frozenset(_spec()["cue_lemmas"])


@cache
def _word_set(key: str) -> frozenset[str]:
    """A word list of quotes_pl.json as a set, built once."""
    return frozenset(_spec()[key])


@cache
def _all_titles() -> frozenset[str]:
    """Person titles and head roles ("szef", "prezes"): the words a name's own role is read from."""
    return load_words("person_titles_pl.tsv") | _word_set("head_roles")


@cache
def _roles() -> frozenset[str]:
    """Nouns that can stand for a speaker: person titles, role nouns, and institution nouns."""
    return load_words("person_titles_pl.tsv") | _word_set("role_nouns_speaker") | _word_set("institution_nouns_speaker")


_CUE_CLASSES = ("praet", "fin", "bedzie", "inf", "impt", "pcon", "ppas", "pact", "imps")


def _is_cue(t: Token) -> bool:
    # not "Przypomnijmy, że …", "Dodajmy, że …": the journalist's own aside (first person plural imperative)
    # nor "Powiedziałem, że …", "jak pisaliśmy": a past told in the first or second person is the speaker's or
    # the paper's own account, inside other words (the present is a cue: "Informujemy, że", "czytamy w raporcie")
    # ("powiedziałby" is no saying at all)
    return t.lemma in _cues() and t.pos in _CUE_CLASSES and not t.tag.startswith("impt:pl:pri") and not (
        t.pos == "praet" and speaker_person(t)) and not conditional(t)


def _cue_reading(t: Token) -> Token | None:
    """The token read as a speech verb if any of its readings is one: before ", że" the verb reading wins
    ("źródła twierdzą, że": "twierdzić", not the noun "twierdza")."""
    if _is_cue(t):
        return t
    return reread(t, lambda lemma, tag: _is_cue(Token(t.start, t.end, t.text, lemma, tag)))


@dataclass
class _Ctx:
    doc: Doc
    starts: list[int]
    roles: frozenset[str]
    covered: list[tuple[int, int]] = field(default_factory=list)  # quotes found so far, sorted, for bisecting
    spoken: list[tuple[int, int, Entity]] = field(default_factory=list)  # (start, end, speaker), sorted by start
    spoken_starts: list[int] = field(default_factory=list)  # the starts of `spoken`, for bisecting
    unnamed: list[int] = field(default_factory=list)  # ends of quotes whose subject names nobody ("Prawnik oświadczył")
    pro_drops: int = 0  # speakers resolved without a subject, from what was found before
    seen: list[tuple[int, int]] = field(default_factory=list)  # a first run's quotes, sorted: words no narrative names
    cue_female: dict[str, bool] = field(default_factory=dict)  # entity id -> gender shown by a cue it spoke with
    # entity id -> gender shown by another past verb it is the subject of: less sure ("Ale May atakował też" has
    # May as the object), so it only replaces a guess from a name's ending
    verb_female: dict[str, bool] = field(default_factory=dict)
    sent_firsts: list[int] = field(init=False)  # derived in __post_init__, for bisecting
    ent_starts: list[int] = field(init=False)
    timex_spans: list[tuple[int, int]] = field(init=False)  # sorted (start, end) of the time expressions
    story_entities: list[Entity] = field(init=False)  # the entities outside teaser headlines, sorted by start
    story_starts: list[int] = field(init=False)

    def tok_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def __post_init__(self) -> None:
        self.sent_firsts = [s.first for s in self.doc.sentences]
        self.ent_starts = [e.start for e in self.doc.entities]  # entities are sorted by start
        self.timex_spans = sorted((t.start, t.end) for t in self.doc.timexes)
        # a teaser headline left in the body ("Czytaj także: Gerhard Schroeder zostanie objęty sankcjami?") names no
        # one the story is about: its names are no antecedents (review batch r28)
        toks = self.doc.tokens
        teasers = [(s.start, s.end) for s in self.doc.sentences if s.last - s.first >= 2
                   and toks[s.first].text.lower() in TEASER_OPENERS[0] and toks[s.first + 1].text.lower() in TEASER_OPENERS[1]]
        self.story_entities = [e for e in self.doc.entities if not any(a <= e.start < b for a, b in teasers)] if teasers \
            else self.doc.entities
        self.story_starts = [e.start for e in self.story_entities]
        self._observe_genders()

    def _observe_genders(self) -> None:
        """A person's gender shown by a singular past verb they are the subject of: right after the name ("Zawa
        Hussain dodał") or before a person's noun in apposition to it ("poinformował syn zabitego Maulana
        Hami-ul-Hak", where an unknown first name in "-a" was guessed a woman's; review m5)."""
        toks = self.doc.tokens
        for e in self.doc.entities:
            if e.type != "PER":
                continue
            k, end = self.tok_at(e.start), self.tok_at(e.end - 1) + 1
            # (not a name another noun governs: "prawnik Bibi powiedział" is the lawyer's verb)
            governed = k > 0 and toks[k - 1].pos in ("subst", "adj", "prep") and toks[k - 1].text[:1].islower()
            verb: Token | None = toks[end] if end < len(toks) and toks[end].pos == "praet" and not governed and (
                e.lemma == e.text) else None
            if verb is None:
                x = k - 1
                while x > 0 and toks[x].pos in ("subst", "adj") and toks[x].text.islower() and _has_reading_case(toks[x], "gen"):
                    x -= 1  # "syn zabitego", "rzecznik rządu"
                if x > 0 and x < k - 1 and not (toks[k - 1].pos == "subst" and toks[k - 1].tag.split(":")[3:4] in (["m1"], ["f"])) \
                        and toks[x].pos == "subst" and toks[x].text.islower() and has_case(toks[x].tag, "nom") \
                        and toks[x].tag.split(":")[3:4] in (["m1"], ["f"]) and toks[x - 1].pos == "praet":
                    verb = toks[x - 1]
            fields = verb.tag.split(":") if verb is not None else []
            if len(fields) > 2 and fields[1] == "sg":
                self.verb_female.setdefault(e.entity_id, fields[2] == "f")

    def in_timex(self, pos: int) -> bool:
        k = bisect.bisect_right(self.timex_spans, (pos, 10**12)) - 1
        return k >= 0 and self.timex_spans[k][0] <= pos < self.timex_spans[k][1]

    def sentence_index(self, tok: int) -> int:
        return max(0, bisect.bisect_right(self.sent_firsts, tok) - 1)

    def sentence_of(self, tok: int) -> Sentence:
        k = bisect.bisect_right(self.sent_firsts, tok) - 1
        if 0 <= k < len(self.doc.sentences) and tok < self.doc.sentences[k].last:
            return self.doc.sentences[k]
        return self.doc.sentences[-1]

    def entities_in(self, start: int, end: int, story: bool = False) -> list[Entity]:
        """Entities inside [start, end); with `story`, none from a teaser headline (antecedents only)."""
        out = []
        ents, starts = (self.story_entities, self.story_starts) if story else (self.doc.entities, self.ent_starts)
        for e in ents[bisect.bisect_left(starts, start):]:
            if e.start >= end:
                break
            if e.end <= end:
                out.append(e)
        return out

    def entities_at(self, pos: int) -> list[Entity]:
        """Entities that begin exactly at character `pos`."""
        k = bisect.bisect_left(self.ent_starts, pos)
        out = []
        while k < len(self.ent_starts) and self.ent_starts[k] == pos:
            out.append(self.doc.entities[k])
            k += 1
        return out


def _has_dash_cue(toks: list[Token], sent: Sentence) -> bool:
    """Whether a sentence holds a dash followed by a cue ("… - dodał.")."""
    return any(toks[x].text in _DASHES and _is_cue(toks[x + 1]) for x in range(sent.first, sent.last - 1))


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Content ranges of quoted passages; straight quotes pair in order, typographic ones by kind."""
    out = _straight_spans(text)
    for open_q, close_q in _spec()["quote_pairs"]:
        if open_q == close_q == "\"":
            continue
        pos = 0
        while True:
            a = text.find(open_q, pos)
            if a < 0:
                break
            b = text.find(close_q, a + 1)
            if b < 0:
                break
            if "\n\n" not in text[a:b] or b - a < 3000:
                out.append((a + 1, b))
            pos = b + 1
    out.sort()
    # drop nested/overlapping ranges found by a second pair kind
    clean: list[tuple[int, int]] = []
    for s, e in out:
        if clean and s < clean[-1][1]:
            continue
        clean.append((s, e))
    return clean


TITLE_WORDS = 6  # a quoted name of at most this many words, each capitalised, is a title ("Bild am Sonntag")


def _title(content: str) -> bool:
    """Whether quoted words are a name rather than speech: a few words, all capitalised but short function
    words inside ("Bild am Sonntag", "Frankfurter Allgemeine Zeitung")."""
    words = [w for w in content.split() if w[:1].isalpha()]
    return (0 < len(words) <= TITLE_WORDS and words[0][:1].isupper() and words[-1][:1].isupper()
            and all(w[:1].isupper() or w in _word_set("title_function_words") for w in words) and not content.rstrip().endswith(("!", "?")))


def _in_title(toks: list[Token], lo: int, j: int) -> bool:
    """Whether token `j` is inside a quoted title after a preposition, opening after `lo` ("w rozmowie z „Bild am
    Sonntag”"); a title right after the cue is its subject ('- pisze "Rzeczpospolita"')."""
    k = j - 1
    while k >= lo and j - k <= TITLE_WORDS and toks[k].text not in _OPEN_QUOTES_ALL and (
            toks[k].text[:1].isupper() or toks[k].text in _word_set("title_function_words")):
        k -= 1
    return k > lo and toks[k].text in _OPEN_QUOTES_ALL and toks[k - 1].pos == "prep"


def _introduces(toks: list[Token], k: int, roles: frozenset[str] | set[str]) -> bool:
    """Whether a role word stands right before the name at `k`, over adjectives and the role's complement only
    ("prezydenta Donalda Trumpa", "rzeczniczka burmistrza Connie Llanos"; not "Polityk pisze o … Bidena")."""
    for x in range(k - 1, max(-1, k - ROLE_WINDOW - 1), -1):
        if toks[x].lemma.lower() in roles:
            return True
        if toks[x].pos not in ("adj", "subst", "ign", "brev") and toks[x].text not in ("ds.", "do", "spraw") and not (
                toks[x].lemma in ("i", "oraz") and toks[x + 1].text.islower()):  # ("minister przedsiębiorczości i technologii")
            return False
    return False


def _body_initials(words: list[str]) -> str:
    """The institution a role is of, as initials, to compare "szef ARM" with "prezes Agencji Rezerw
    Materiałowych" ("ARM" both); "" when the role names none."""
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) == 1 and caps[0].isupper():
        return caps[0]
    initials = "".join(w[0] for w in caps).upper()
    # a body with a short name and a long one: "Kancelaria Premiera" is the "Kancelaria Prezesa Rady Ministrów"
    return str(_spec()["body_initials_aliases"].get(initials, initials))


def _name_inside(ctx: _Ctx, phrase: str, cue: Token) -> bool:
    """Whether the role phrase after a cue runs into a person's name that the entity finder took for the end of
    an organisation's ("prezes Tyrolskiej Izby Handlu Jürgen Bodenseer")."""
    at = ctx.doc.text.find(phrase, cue.end, cue.end + len(phrase) + 2)
    if at < 0:
        return False
    toks = ctx.doc.tokens
    for e in (e for k in range(ctx.tok_at(at), ctx.tok_at(at + len(phrase) - 1) + 1) for e in ctx.entities_at(toks[k].start)):
        last = ctx.tok_at(e.end - 1)
        tail = toks[last - 1:last + 1]
        # the last two words capitalised, one a first name or a word Morfeusz does not know ("Jürgen Bodenseer")
        if e.type != "PER" and e.end > at + len(phrase) and last - ctx.tok_at(e.start) >= 2 and all(
                t.text[:1].isupper() for t in tail) and any(t.tag == "ign" or "imię" in t.qualifiers for t in tail):
            return True
    return False


def _adjective_name(ctx: _Ctx, e: Entity) -> bool:
    """A lone adjective before a noun taken for a name at a sentence start ("Unijny negocjator podkreślił")."""
    k = ctx.tok_at(e.start)
    toks = ctx.doc.tokens
    return ctx.tok_at(e.end - 1) == k and toks[k].pos == "adj" and k + 1 < len(toks) and toks[k + 1].pos == "subst" \
        and toks[k + 1].text.islower()


def _possessor(ctx: _Ctx, e: Entity) -> bool:
    """Whether a name complements the common noun before it ("rządowi Theresy May", "śmierć Castro"): a possessor,
    not a subject; a role before a name is its apposition ("premier Johnson")."""
    k = ctx.tok_at(e.start) - 1
    toks = ctx.doc.tokens
    while k > 0 and toks[k].pos == "adj" and toks[k].text.islower() and _has_reading_case(toks[k], "gen"):
        k -= 1  # "związku zawodowego CWR Poland" (not "Kilka dni temu Tusk")
    titles = _all_titles()
    return (k >= 0 and toks[k].pos == "subst" and toks[k].text.islower() and toks[k].lemma.lower() not in titles
            and toks[k].lemma.lower() not in _word_set("generic_person_nouns")
            and not ctx.in_timex(toks[k].start)  # "wyraził już w niedzielę John Bell": a date (review batch r54)
            # nor a set phrase's noun: "Z kolei Barbara Drozdowicz podkreśliła" (review m5)
            and not (k > 0 and f"{toks[k - 1].text.lower()} {toks[k].text}" in _word_set("adverbial_phrases"))
            # the complement of a role before it: "Minister spraw zagranicznych Jacek Czaputowicz"
            and not any(toks[x].lemma.lower() in titles for x in range(max(0, k - 2), k)))


def _spoken_for(ctx: _Ctx, e: Entity) -> bool:
    """Whether a person is named in the genitive after a noun of someone who speaks for them ("Oficjalny rzecznik
    Theresy May", "prawnik Asii Bibi"): the possessor, not the subject (review batch r39)."""
    if e.type != "PER":
        return False
    toks = ctx.doc.tokens
    k = ctx.tok_at(e.start)
    if k == 0 or toks[k - 1].lemma.lower() not in _word_set("speak_for_person"):
        return False
    role = _role_class(toks[k - 1].lemma.lower())
    if " " not in e.lemma and " " in e.canonical and not any(
            _role_class(toks[x].lemma.lower()) == role for m in ctx.doc.entities if m.entity_id == e.entity_id and m.start != e.start
            and m.text == m.lemma for x in range(max(0, ctx.tok_at(m.start) - ROLE_WINDOW), ctx.tok_at(m.start))):
        # a short name of someone the article never names in the nominative after such a role, in any case:
        # "prawnik Bibi" is Asia Bibi's lawyer ("Adwokat Asii Bibi" is whose); "rzecznik Pieskow" after "rzecznik
        # Kremla Dmitrij Pieskow" is Pieskow (review batch r54)
        return True
    if toks[k].tag == "ign":  # an unknown name in the genitive has a base form apart from its text ("Theresy May")
        return e.lemma != e.text or toks[k].text.endswith("ii")  # or a Polish oblique ending ("Asii", "Marii")
    return _has_reading_case(toks[k], "gen") and (not _is_nominative(toks[k]) or e.lemma != e.text)  # ("Beaty Lubeckiej")


def _mistyped_person(ctx: _Ctx, e: Entity, phrase: str | None) -> bool:
    """Whether a name typed as a body is a person's, after a person's title that heads no body: "napisał były
    wicepremier Nick Clegg" (the model typed it ORG, and the title then went to the last person; review batch r39)."""
    if e.type == "PER" or not phrase or not phrase.endswith(e.text) or len(e.text.split()) != 2:
        return False
    toks = ctx.doc.tokens
    k = ctx.tok_at(e.start)
    parts = toks[k:ctx.tok_at(e.end - 1) + 1]
    if k == 0 or not all(t.text[:1].isupper() for t in parts) or parts[-1].tag != "ign":
        return False
    title = toks[k - 1].lemma.lower()
    return title in load_words("person_titles_pl.tsv") and title not in _word_set("head_roles") | _word_set(
        "speak_for_person") | _word_set("speak_for_organisation")


def _after_oblique_noun(ctx: _Ctx, e: Entity) -> bool:
    """Whether an inflected body's name hangs on a noun with no nominative reading: "Reporterom „Guardiana”
    opowiedziała" - the paper's reporters were told, the paper did not speak (review batch r40)."""
    if e.type == "PER":
        return False
    toks = ctx.doc.tokens
    k = ctx.tok_at(e.start) - 1
    while k > 0 and (toks[k].text in _OPEN_QUOTES_ALL or toks[k].pos == "adj"):
        k -= 1
    if k < 0 or toks[k].pos != "subst" or not toks[k].text[:1].isalpha() or _has_reading_case(toks[k], "nom"):
        return False
    if _after_prep(toks, k) and not any(toks[x].lemma == "z" for x in range(max(0, k - 3), k)):
        return False  # "W komentarzu redakcyjnym "Times" zaznaczył": a phrase opening the clause, then its subject
    # (a base form the finder could not make, "Guardiana", tells nothing: a noun only in the dative, instrumental or
    # locative before it does)
    return e.lemma != e.text or not any(_has_reading_case(toks[k], c) for c in ("acc", "gen"))


def _has_own_verb(ctx: _Ctx, e: Entity, cue: int) -> bool:
    """Whether a name is followed, before the cue, by a finite verb of its own (not a speech cue)."""
    k = ctx.tok_at(e.end - 1) + 1
    return k < cue and ctx.doc.tokens[k].pos in ("praet", "fin") and not _is_cue(ctx.doc.tokens[k])


def _genitive_complement(ctx: _Ctx, e: Entity) -> bool:
    """Whether a body's name hangs on a common noun that cannot be a subject: "czy nie wyklucza budowy gazociągu Nord Stream 3
    stwierdził" - the pipeline is what is built, not who spoke (review batch r38); "spółka Nord Stream 2" stays."""
    if e.type == "PER" or not _possessor(ctx, e):
        return False  # (a person after a noun is mostly a role's apposition: "Minister infrastruktury i rozwoju X")
    toks = ctx.doc.tokens
    speaking = _word_set("institution_nouns_speaker") | _word_set("speak_for_organisation") | _all_titles() | set(
        load_words("media_nouns_pl.tsv"))
    k = ctx.tok_at(e.start) - 1
    first = ctx.doc.sentences[ctx.sentence_index(k)].first
    # back over the genitive chain ("organizacja brytyjskich producentów i sprzedawców samochodów SMMT"): a noun
    # that speaks for a body heads it, and the name is that body's
    while k >= first and (toks[k].pos in ("adj", "subst", "ger") and toks[k].text.islower() or toks[k].lemma in ("i", "oraz")):
        if toks[k].lemma.lower() in speaking:
            return False
        k -= 1
    head = ctx.tok_at(e.start)
    if toks[head].tag != "ign" and not _has_reading_case(toks[head], "gen"):
        return False  # "zwrócił uwagę Komitet Regionów": a name in the nominative after its verb's object
    k = head - 1
    while k > 0 and toks[k].pos == "adj":
        k -= 1
    if _has_reading_case(toks[k], "nom"):
        return False
    # only inside a clause with a verb of its own before the name ("czy nie wyklucza budowy gazociągu …"): "W efekcie
    # przekazanych opinii UOKiK zgłosił" opens with a phrase, and its name is the subject
    return any(toks[x].pos in ("fin", "praet") for x in range(max(first, head - 12), k))


def _role_gender_agrees(stoks: list[Token], head: str, e: Entity) -> bool:
    """A person may hold a role of one gender only if not known to be of the other: "liderka" is a woman, "prezes" a
    man; "premier" (a woman's title too) says nothing."""
    role_tok = next((t for t in stoks if t.lemma.lower() == head), None)
    if role_tok is None:
        return True
    genders = {f[3] for _l, tag, _q in analyse(role_tok.text) for f in [tag.split(":")] if f[0] == "subst" and len(f) > 3}
    role_female = {"f": True, "m1": False}.get(genders.pop()) if len(genders) == 1 else None
    return role_female is None or _female(e) is not (not role_female)


_BROADCAST_HEADS = frozenset({"radio", "telewizja", "rozgłośnia", "gazeta", "dziennik", "tygodnik"})


def _is_medium(ctx: _Ctx, e: Entity) -> bool:
    """Whether a name is a medium's: a title ("PRO"), or introduced by a media noun ("dziennika Handelsblatt
    Global", "agencji Reutera", "dziennik „Kommiersant”")."""
    if e.type == "PRO":
        return True
    toks = ctx.doc.tokens
    if any(toks[x].lemma.lower() in _BROADCAST_HEADS for x in range(ctx.tok_at(e.start), ctx.tok_at(e.end - 1) + 1)):
        return True  # "Polskie Radio", "Telewizja Polska": named by its medium
    k = ctx.tok_at(e.start) - 1
    while k >= 0 and (toks[k].pos == "adj" or toks[k].text in _OPEN_QUOTES_ALL) and ctx.tok_at(e.start) - k <= 3:
        k -= 1
    return k >= 0 and toks[k].lemma.lower() in load_words("media_nouns_pl.tsv")


def _bare_role(stoks: list[Token], head: str) -> bool:
    """Whether a role phrase names no new person: the role alone, with adjectives, or of a named body ("szef
    MSZ", "liderka Zielonych"); "rzecznik rządu", "dyrektor więzienia" introduce someone else."""
    after = False
    for t in stoks:
        if t.lemma.lower() == head:
            after = True
        elif after and t.pos == "subst" and not t.text[:1].isupper():
            return False
    return True


def _token_after(ctx: _Ctx, phrase: str, where: int) -> Token | None:
    """The first token after `phrase` written at `where` (none at the text's end or with no place)."""
    if where < 0:
        return None
    toks, end = ctx.doc.tokens, where + len(phrase)
    j = ctx.tok_at(end)
    if j < len(toks) and toks[j].start < end:
        j += 1
    return toks[j] if j < len(toks) else None


def _complement_follows(ctx: _Ctx, speaker_text: str, said_at: int) -> bool:
    """Whether the role as written goes on with a common noun of its own the phrase left out ("Dyrektor
    więzienia w mieście Multan potwierdził" is someone new, not the lawyer quoted before; review batch r37)."""
    t = _token_after(ctx, speaker_text, said_at)
    if t is None or not t.text.islower() or t.text in _spec()["role_paraphrases"]:
        return False
    return t.pos in ("subst", "ger") and _has_reading_case(t, "gen")


def _phrase_goes_on(ctx: _Ctx, speaker_text: str, said_at: int, cue: Token | None) -> bool:
    """Whether the text goes on past the speaker phrase with more of its words, not a verb or punctuation."""
    where = said_at if said_at >= 0 else ctx.doc.text.find(speaker_text, cue.end, cue.end + len(speaker_text) + 60) \
        if cue is not None else -1
    t = _token_after(ctx, speaker_text, where)
    return t is not None and t.pos not in ("interp", "praet", "fin", "conj", "comp", "prep", "adv", "qub")


def _introduced_by(ctx: _Ctx, noun: Token, before: int) -> Entity | None:
    """The last person the same noun introduced earlier: "Republikanin Donald Trump odbył wiece …. Republikanin
    zarzuca Demokracie, że" is Trump, whoever was named last (Biden; review batch k9)."""
    toks = ctx.doc.tokens
    lemma = noun.lemma.lower()
    for k in range(ctx.tok_at(before) - 1, 0, -1):
        if toks[k - 1].lemma.lower() == lemma and toks[k - 1].start != noun.start:
            named = [e for e in ctx.entities_at(toks[k].start) if e.type == "PER" and e.start == toks[k].start
                     and not person_noun(e.text)]
            if named:
                return named[0]
    return None


def _generic_antecedent(ctx: _Ctx, before: int, cue: Token) -> Entity | None:
    """The person a generic noun points back to: the first one named as a subject in the last sentence naming one."""
    cands = [e for e in ctx.entities_in(max(0, before - PRO_DROP_WINDOW), before) if e.type == "PER"
             and not _quoted(ctx, e.start) and not _in_prep_phrase(ctx, e) and not person_noun(e.text)
             and _subject_agrees(ctx, e, cue)]
    if not cands:
        return None
    last_sent = ctx.sentence_of(ctx.tok_at(cands[-1].start))
    return next(e for e in cands if e.start >= last_sent.start)


def _titles_after_media_noun(toks: list[Token], head: int, last: int) -> int | None:
    """The closing mark of quoted titles after a media noun ("gazet "The Guardian" i "The Telegraph""), or None."""
    if head >= last or toks[head].lemma.lower() not in load_words("media_nouns_pl.tsv"):
        return None
    x, end = head + 1, None
    while x < last and toks[x].text in _OPEN_QUOTES_ALL:
        close = next((y for y in range(x + 1, min(last, x + 8)) if toks[y].text in _CLOSE_QUOTES or toks[y].text == '"'), None)
        if close is None:
            return end
        end = close
        x = close + 1
        if x + 1 < last and toks[x].lemma in ("i", "oraz") and toks[x + 1].text in _OPEN_QUOTES_ALL:
            x += 1
    return end


_PADDED_TITLE = re.compile(r'(?<=\s)"\s([^"\s][^"\n]{0,60}?[^"\s])\s"(?=[\s.,;:!?)])')


def _straight_spans(text: str) -> list[tuple[int, int]]:
    """Straight-quote passages paired by direction, so one missing mark does not shift every later pair.

    A '"' after a space or an opening bracket and before a word opens; one after a word and before a space or
    punctuation closes; others go by what is open. A stack pairs them, so a title inside a quote
    ('"… apel posłów w "Frankfurter Allgemeine Zeitung".') closes first and an unclosed quote is dropped."""
    stack: list[int] = []
    out: list[tuple[int, int]] = []
    # a short name padded with spaces inside its marks pairs on its own: '– informuje " next.gaztea.pl ". Oprócz
    # … Jak zaznacza " Rzeczpospolita ",' paired the first title's closing mark with the second's opening (m2)
    padded: set[int] = set()
    for m in _PADDED_TITLE.finditer(text):
        out.append((m.start(1), m.end(1)))
        padded.update((m.start(), m.end() - 1))
    for m in re.finditer('"', text):
        a = m.start()
        if a in padded:
            continue
        before = text[a - 1] if a else " "
        after = text[a + 1] if a + 1 < len(text) else " "
        opens = (before.isspace() or before in "([{-–—/") and not after.isspace()
        closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}-–—…")
        if opens and not closes:
            stack.append(a)
        elif stack and (closes or not opens):
            b = stack.pop()
            if "\n\n" not in text[b:a] or a - b < 3000:
                out.append((b + 1, a))
        elif not closes:
            stack.append(a)
    return out


def _read_in(ctx: _Ctx, i: int, last: int) -> tuple[Entity, str, int] | None:
    """The author of what the words are read in: "- czytamy w BiznesAlert.pl", "czytamy w poniedziałkowym wydaniu
    „Rzeczpospolitej”", "czytamy na profilu Marcina Piwnika" (a place elsewhere: "dodał w Polsat News"; review k9)."""
    toks = ctx.doc.tokens
    j = i
    while j < last and toks[j].pos == "adv":  # "czytamy dalej w komunikacie"
        j += 1
    if j + 1 >= last or toks[j].text.lower() not in ("w", "we", "na"):
        return None
    j += 1
    start, nouns = None, 0
    readable = _word_set("read_in_nouns") | _word_set("document_nouns") | load_words("media_nouns_pl.tsv")
    while j < last and toks[j].text not in _STOP_PUNCT and toks[j].text != ",":
        t = toks[j]
        ents = [e for e in ctx.entities_at(t.start) if e.type in ("ORG", "PRO") or e.type == "PER" and nouns]
        if ents:  # a person only as an author: "na profilu Marcina Piwnika", not "w Kowalskim"
            return ents[0], ctx.doc.text[toks[j if start is None else start].start:ents[0].end], j
        if start is None and t.text not in _OPEN_QUOTES_ALL:
            start = j
        if t.lemma.lower() in readable and t.text.islower():
            nouns += 1
        elif not (t.pos == "adj" and t.text.islower() or t.text in _OPEN_QUOTES_ALL | _CLOSE_QUOTES):
            return None
        j += 1
    return None


def _speaker_after(ctx: _Ctx, i: int, last: int) -> tuple[Entity | None, str | None, int]:
    """Speaker in the tokens after a cue: a person or organisation, with the role words before it."""
    toks = ctx.doc.tokens
    if i > 0 and toks[i - 1].lemma == "czytać" and (read := _read_in(ctx, i, last)) is not None:
        return read
    if i < last and toks[i].text in _DASHES:
        return None, None, i  # "którą - zaznaczyła - Polska wspiera": an inserted cue, the words go on (review r46)
    j = i
    role_start: int | None = None
    fields = toks[i - 1].tag.split(":") if i > 0 else []
    plural_cue = len(fields) > 1 and fields[0] in ("praet", "fin") and fields[1] == "pl"
    told = _media_addressee(ctx, i, last)

    def head_of(k: int) -> int:
        return k + 1 if toks[k].pos == "adj" and k + 1 < len(toks) else k
    if told is not None:
        j = told[1]  # "powiedziało PAP polskie źródło dyplomatyczne": the agency was told, the source spoke
    one_of = _one_of(ctx, told[1] if told is not None else i, last)
    if one_of is not None:
        return one_of
    while j < last and toks[j].text not in _STOP_PUNCT and toks[j].text != ",":
        t = toks[j]
        # ("powiedziała stacji, że": right after the cue a genitive-or-dative noun is the addressee too; after a
        # role it is the role's complement, "prezes Agencji Rezerw Materiałowych")
        if t.pos == "subst" and (has_case(t.tag, "dat") or j == i and _has_reading_case(t, "dat")) and not _is_nominative(t) \
                and not _after_prep(toks, j):
            # the addressee: "powiedział niemiecki chadek gazetom grupy medialnej Funke"; right after the cue the
            # speaker may follow it ("mówi Radiu Watykańskiemu Alessandro Monteduro")
            told_end = j + 1
            while told_end < last and _has_reading_case(toks[told_end], "dat") and not ctx.entities_at(toks[told_end].start) \
                    and toks[told_end].text not in _STOP_PUNCT and toks[told_end].text != "," \
                    and not (has_case(toks[told_end].tag, "nom") and toks[told_end].lemma.lower() in ctx.roles):
                told_end += 1
            web = next((e for e in ctx.entities_at(toks[told_end].start) if e.type == "PRO"), None) if (
                told_end < last and told_end == j + 1 and t.lemma.lower() in _spec()["media_noun_lemmas"]) else None
            if web is not None:
                told_end = ctx.tok_at(web.end - 1) + 1  # "podał portalowi cbsnews.com Zulfiqar Ali": the portal's name
                if not (told_end < last and (any(e.type == "PER" for e in ctx.entities_at(toks[told_end].start))
                                             or toks[told_end].lemma.lower() in ctx.roles)):
                    j += 1  # "mówi portalowi PolskieRadio.pl znawca Rosji, Marcel Van Herpen": the name after it
                    continue
            if j == i and told_end < last and (any(e.type == "PER" for e in ctx.entities_at(toks[told_end].start))
                                              or toks[told_end].lemma.lower() in ctx.roles):
                # ("przekazał dziennikarzom minister … Mikael Damberg")
                j = told_end
                continue
            break
        # the subject is nominative, and one person is not the subject of a plural cue unless others join
        # ("poinformowały służby prasowe burmistrza Erica Garcettiego" are not Garcetti's words)
        ents = [e for e in ctx.entities_at(t.start) if e.type in SPEAKER_TYPES and (_is_nominative(t) or e.type == "PRO" or (
                    # a foreign name Morfeusz reads only as a vocative: "powiedział Paulo Conceicao" (review batch r45)
                    e.type == "PER" and has_case(t.tag, "voc") and not any(
                        has_case(tag, c) for _l, tag, _q in analyse(t.text) for c in ("gen", "dat", "acc", "inst", "loc"))) or (
                    # a medium's name after its noun, in the genitive: "podaje agencja Reutera" (review batch r29)
                    e.type == "ORG" and role_start is not None and j == head_of(role_start) + 1
                    and toks[j - 1].lemma.lower() in load_words("media_nouns_pl.tsv")) or (
                    # (a title is read by its words: "pisze w piątek „FAZ”" is not the genitive of "faza"; review r20)
                    # a name after a nominative role is in apposition even where Morfeusz misreads its first word
                    # ("wiceminister handlu Greg Hands": "Greg" read as a genitive; from review batch r19)
                    e.type == "PER" and (role_start is not None and _is_nominative(toks[head_of(role_start)])
                                         or told is not None and j == told[1])
                    and any(_is_nominative(x) for x in toks[j:ctx.tok_at(e.end - 1) + 1])))
                and not (plural_cue and e.type == "PER" and not _joined(ctx, e, last))
                and not (j > i and toks[j - 1].pos == "prep")  # "Jak dodał w Polsat News": where, not who
                and not _in_title(toks, i, j)  # "powiedział w rozmowie z „Bild am Sonntag”": a newspaper's title
                and not (j > i + 1 and toks[j - 2].pos == "prep" and (
                    toks[j - 1].lemma in load_words("media_nouns_pl.tsv")
                    or e.type != "PER" and toks[j - 1].lemma in _word_set("venue_nouns")))
                # ("podkreślił na antenie TVP Info": where; review batch r25)
                # of the cue's gender: "powiedział prawnik Bibi, Saiful Mulook" is not Asia Bibi's
                and not (e.type == "PER" and i > 0 and not _subject_agrees(ctx, e, toks[i - 1], named=False) and not (
                    # (a name no dictionary knows, right after the cue or the medium it was told: its gender was a
                    # guess, "mówił AFP Zawa Hussain Warraich" is a man; review batch k23)
                    (j == i or told is not None and j == told[1]) and toks[j].tag == "ign"))]
        if ents and role_start is not None and ents[0].type == "PER" and ents[0].lemma != ents[0].text and any(
                toks[x].lemma.lower() in ctx.roles and toks[x].pos == "subst" for x in range(head_of(role_start) + 1, j)):
            # "oświadczył rzecznik premier Theresy May": the name in an oblique case holds the inner role, the
            # spokesman is unnamed ("szef kancelarii premiera Gergely Gulyas": a nominative name is the head's)
            return None, ctx.doc.text[toks[role_start].start:ents[0].end], role_start
        if ents and ents[0].type != "PER" and role_start is None and any(toks[x].pos == "prep" for x in range(i, j)):
            # a name inside a prepositional phrase that Polish does not decline ("powiedziała podczas szczytu głów
            # państw UE w Brukseli Dalia Grybauskaitė"): the person named after it is the subject (review batch r57)
            person = _person_after(ctx, ctx.tok_at(ents[0].end - 1) + 1, last)
            if person is not None:
                return person, ctx.doc.text[person.start:person.end], j
        if ents:
            e = ents[0]
            kend = ctx.tok_at(e.end - 1)
            if role_start is not None and toks[head_of(role_start)].lemma.lower() == "gość" and (
                    _spoken_for(ctx, e) or e.type in ("ORG", "PRO") and _person_after(ctx, kend + 1, last) is None):
                # ("mówi Gość Radia ZET" with no name after it: the radio's guest, not the radio; m11)
                # "komentuje gość Beaty Lubeckiej": the host's guest speaks, not the host (review batch r48)
                return None, ctx.doc.text[toks[role_start].start:e.end], role_start
            if role_start is not None and e.type == "PER" and kend + 2 < last and toks[kend + 1].text == ",":
                # "powiedział prawnik Bibi, Saiful Mulook": the role's possessor, then the speaker in apposition
                appos = [x for x in ctx.entities_at(toks[kend + 2].start) if x.type == "PER"]
                if appos:
                    return appos[0], ctx.doc.text[toks[role_start].start:appos[0].end], j
            if e.type != "PER":  # "prezes Agencji Rezerw Materiałowych Michał Kuczmierowski": the person named next
                person = _person_after(ctx, ctx.tok_at(e.end - 1) + 1, last)
                if person is None and role_start is not None and toks[head_of(role_start)].lemma.lower() in _word_set(
                        "head_roles"):
                    # "powiedział szef MSZ", "mówił przewodniczący Rady Europejskiej": the head of the body, a person
                    # to resolve (the body when none resolves), not the body (review batches r25, r29)
                    return None, ctx.doc.text[toks[role_start].start:e.end], role_start
                e = person or e
            start = toks[role_start].start if role_start is not None else ents[0].start
            return e, ctx.doc.text[start:e.end], j
        generic = (j == i and role_start is None and t.pos == "subst" and t.lemma.lower() in _word_set("generic_person_nouns")
                   and has_case(t.tag, "nom") and _has_reading_number(t, "sg") and j + 1 < last
                   and toks[j + 1].text not in _STOP_PUNCT and toks[j + 1].text != ",")  # (alone: "dodał mężczyzna")
        if generic:
            # "– … – powiedział menadżer włoskiego banku": a person's noun heads the phrase, not the bank after it (m3)
            role_start = j
        elif t.lemma.lower() in ctx.roles or (t.pos == "adj" and j + 1 < last and toks[j + 1].lemma.lower() in ctx.roles):
            head = t if t.lemma.lower() in ctx.roles else toks[j + 1]
            if role_start is None and j > i and toks[j - 1].pos == "prep" and not ctx.in_timex(toks[j - 1].start) and not (
                    j > i + 1 and toks[j - 2].lemma.lower() in PARTITIVES):  # ("jeden z szefów …, Philip Noblet")
                # a role governed by a preposition is whom or where, with its complements: "napisali w liście do
                # przewodniczących parlamentów UE szefowie parlamentów …" (review batch r27)
                j += 1 if head is t else 2
                while j < last and toks[j].text not in _STOP_PUNCT and toks[j].text != "," and not (
                        toks[j].lemma.lower() in ctx.roles and _is_nominative(toks[j]) or toks[j].pos == "adj"
                        and j + 1 < last and toks[j + 1].lemma.lower() in ctx.roles and _is_nominative(toks[j + 1])
                        or any(e.type == "PER" and e.start == toks[j].start for e in ctx.entities_at(toks[j].start))):
                    j += 1
                if j + 1 < last and toks[j].text == "," and (toks[j + 1].lemma.lower() in ctx.roles or any(
                        e.type == "PER" for e in ctx.entities_at(toks[j + 1].start))):
                    j += 1  # "powiedział w rozmowie z agencją TASS, prezes OMV, Reiner Seele"
                continue
            if role_start is None and (j == i or j == i + 1 and toks[i].pos in ("adv", "qub")) \
                    and (head.lemma.lower() in _all_titles() or head.lemma.lower() in _word_set("institution_nouns_speaker")) \
                    and _has_reading_case(head, "acc") and not _is_nominative(head):
                # the object right after the cue, not its subject: "miał przekonywać szefową rządu, że",
                # "wezwali wręcz szefa rządu, by" (from review batch r19), "informował dyrekcję, że" (k11)
                break
            if role_start is None:
                role_start = j
        elif role_start is not None and t.pos == "prep" and j + 1 < last and toks[j + 1].text[:1].islower() and not (
                t.lemma == "do" and toks[j + 1].lemma == "sprawa" or toks[j + 1].lemma in ("strona", "ramię")):
            # (not "negocjator do spraw brexitu Michel Barnier", "negocjator ze strony związku Ingolf Schumacher")
            break  # "mówił premier na wspólnej konferencji z kanclerz Niemiec Angelą Merkel": where, then with whom
        j += 1
    if role_start is not None and j < last and toks[j].pos == "prep":
        # over the role's place to its name: "stwierdziła partnerka kancelarii w Niemczech, Anahita Thoms" (r28)
        comma = next((c for c in range(j + 1, min(last, j + 5)) if toks[c].text in (",", *_STOP_PUNCT)), None)
        if comma is not None and toks[comma].text == "," and not any(
                toks[c].text[:1].isupper() and ctx.entities_at(toks[c].start) and any(
                    e.type == "PER" for e in ctx.entities_at(toks[c].start)) for c in range(j + 1, comma)):
            j = comma
    if role_start is not None and j + 1 < last and toks[j].text == ",":
        # a name in apposition after the role phrase: "powiedział prawnik Bibi, Saiful Mulook"
        nxt = [e for e in ctx.entities_at(toks[j + 1].start) if e.type == "PER"
               and (i == 0 or _subject_agrees(ctx, e, toks[i - 1], named=False))]
        if nxt:
            return nxt[0], ctx.doc.text[toks[role_start].start:nxt[0].end], role_start
    if role_start is not None:
        k = role_start
        while k < last and (toks[k].pos == "adj" or toks[k].lemma.lower() in ctx.roles or k == role_start and (
                toks[k].lemma.lower() in _word_set("generic_person_nouns"))):
            k += 1
        body = next((e for e in ctx.entities_at(toks[k].start) if e.type in ("ORG", "GPE") and e.start == toks[k].start),
                    None) if k < last and toks[k].text[:1].isupper() else None
        if body is not None and ctx.tok_at(body.end - 1) < last:
            # the body the role heads, named in the genitive: "mówił przewodniczący Komisji Europejskiej po podpisaniu
            # CETA" is not the "prezes ZIPSEE" named before (review batch r55)
            k = ctx.tok_at(body.end - 1) + 1
        elif k < last and (toks[k].tag == "ign" or "." in toks[k].text.strip(".") or _ORG_NAME_QUALS & set(toks[k].qualifiers)):
            k += 1  # a name the tagger missed: "poinformował portal wpolityce.pl" names the portal, "agencja dpa" the agency
        return None, ctx.doc.text[toks[role_start].start:toks[k - 1].end], role_start
    if told is not None and j > told[1]:
        if j + 1 < last and toks[j].text == ",":
            # a name in apposition: "mówi portalowi PolskieRadio.pl znawca Rosji, Marcel Van Herpen" (review m2)
            nxt = [e for e in ctx.entities_at(toks[j + 1].start) if e.type == "PER"
                   and (i == 0 or _subject_agrees(ctx, e, toks[i - 1], named=False))]
            if nxt:
                return nxt[0], ctx.doc.text[toks[told[1]].start:nxt[0].end], told[1]
        return None, ctx.doc.text[toks[told[1]].start:toks[j - 1].end], told[1]  # "polskie źródło dyplomatyczne"
    return None, None, i


def _nested_attribution(ctx: _Ctx, i: int, last: int, outer: Entity | None, outer_text: str | None
                        ) -> tuple[Entity | None, str | None, Token, int, tuple[str, ...]] | None:
    """Words relayed by a source that open with their own attribution ("Jak informuje agencja dpa, Seibert
    wskazał, że …"): the inner speaker, their text, the inner cue, where the words start, and the relay."""
    toks = ctx.doc.tokens
    cue = next((x for x in range(i + 1, min(last, i + 8)) if _is_cue(toks[x]) and toks[x].pos in ("praet", "fin")), None)
    comma = _that_clause(toks, cue, last) if cue is not None else None  # ("zapewnił na Twitterze, iż")
    if cue is None or comma is None or any(toks[x].text in (",", ";", ":", "(", *_DASHES) for x in range(i, cue)):
        return None
    who, who_text = _speaker_before(ctx, i, cue)
    if who is None and who_text is None:
        return None
    if who is None:
        who = _resolve_role(ctx, who_text, toks[i].start, toks[cue])
    relay = outer.lemma if outer is not None else outer_text
    return who, who_text, toks[cue], comma + 2, (relay,) if relay else ()


def _one_of(ctx: _Ctx, i: int, last: int) -> tuple[Entity, str, int] | None:
    """A partitive after the cue (and its addressee) and the name in apposition after it: "powiedział Polskiemu
    Radiu jeden z autorów badań, profesor Philip Cowley" (review batch r30)."""
    toks = ctx.doc.tokens
    j = i
    while j < last and j < i + 3 and toks[j].lemma.lower() not in PARTITIVES and (
            toks[j].pos in ("subst", "adj") and _has_reading_case(toks[j], "dat") or ctx.entities_at(toks[j].start)):
        j += 1  # over the addressee
    if j >= last or toks[j].lemma.lower() not in PARTITIVES or j + 1 >= last or toks[j + 1].lemma not in ("z", "ze"):
        return None
    comma = next((c for c in range(j + 1, min(last, j + 8)) if toks[c].text in (",", *_STOP_PUNCT)), None)
    person = _person_after(ctx, comma + 1, last) if comma is not None and toks[comma].text == "," else None
    return (person, ctx.doc.text[toks[j].start:person.end], j) if person is not None else None


@cache
def _news_outlets() -> frozenset[str]:
    return frozenset(_spec()["news_outlets"]["names"])


def _media_addressee(ctx: _Ctx, i: int, last: int) -> tuple[Entity, int] | None:
    """An outlet named right after a cue and followed by a nominative noun is who was told, not who spoke:
    "powiedział PAP rzecznik resortu", "przekazał Reuterowi minister"; the outlet and the token after it."""
    toks = ctx.doc.tokens
    cue = toks[i - 1] if i > 0 else None
    if cue is not None and cue.lemma in _spec()["news_outlets"]["writing_cues"]:
        return None  # "Jak pisze „The Guardian” protesty są": the outlet writes
    while i < last and (toks[i].pos == "adv" or ctx.in_timex(toks[i].start) or toks[i].pos == "adj" and i + 1 < last
                        and ctx.in_timex(toks[i + 1].start)):
        i += 1  # "mówił wcześniej AFP Zawa Hussain Warraich", "powiedziała późnym popołudniem agencji dpa rzeczniczka"
    if i + 1 < last and toks[i].lemma in _spec()["media_noun_lemmas"] and not _is_nominative(toks[i]):
        i += 1  # "powiedziała agencji dpa rzeczniczka związku" (review batch r37)
    if i + 1 < last and toks[i].text in _OPEN_QUOTES_ALL:
        i += 1  # "powiedziała „The Associated Press” matka" (from review batch r19)
    if i + 1 < last and toks[i].text == "The" and not ctx.entities_at(toks[i].start):
        i += 1  # the article the entity finder left out
    if i >= last:
        return None
    outlet = next((e for e in ctx.entities_at(toks[i].start)
                   if e.type == "PRO" or e.lemma in _news_outlets() or e.canonical in _news_outlets()
                   or e.lemma.removeprefix("The ") in _news_outlets()), None)
    if outlet is None:
        return None
    after = ctx.tok_at(outlet.end - 1) + 1
    if after < last and toks[after].text in _CLOSE_QUOTES:
        after += 1
    x = after
    while x < last and toks[x].pos == "adj":
        x += 1
    if x == after and (x >= last or toks[x].text in _STOP_PUNCT) and cue is not None and (
            cue.lemma in _spec()["news_outlets"]["telling_cues"]) and (
            outlet.lemma in _news_outlets() or outlet.canonical in _news_outlets()):
        # "- Nie sądzę, że skorzystam - powiedziała AFP.": a person told the agency, whose words the quote is
        # (from review batch r20)
        return outlet, after
    if x >= last or toks[x].text in _STOP_PUNCT or toks[x].text == ",":
        return None
    speaker = ctx.entities_at(toks[x].start)
    if toks[x].pos == "subst" and _is_nominative(toks[x]) and toks[x].text[:1].islower() or any(
            e.type == "PER" for e in speaker) or toks[x].lemma.lower() in ctx.roles or (
            toks[x].tag == "ign" and toks[x].text[:1].isupper()):  # a name the entity finder missed
        return outlet, after
    # over a participle phrase: "powiedziała PAP koordynująca tamtejszą akcję szczepień pielęgniarka Mariola Haska"
    for y in range(x, min(last, after + 8)):
        if toks[y].text in _STOP_PUNCT or toks[y].text == ",":
            break
        if any(e.type == "PER" for e in ctx.entities_at(toks[y].start)) or (
                toks[y].lemma.lower() in ctx.roles and has_case(toks[y].tag, "nom")):
            return outlet, after
    return None


def _inserted_phrase(toks: list[Token], i: int) -> bool:
    """Whether the comma-set phrase at `i` is a participle or relative phrase ("pytany o …", "który jest …",
    "na której …"), which stands between a subject and its verb."""
    t = toks[i]
    return (t.pos in ("ppas", "pact", "pcon") or t.lemma == "który"
            or t.pos == "prep" and i + 1 < len(toks) and toks[i + 1].lemma == "który"
            # "Nigel Farage, jeden z głównych orędowników wyjścia Wielkiej Brytanii z UE, zadeklarował" (review r23)
            or t.lemma == "jeden" and i + 1 < len(toks) and toks[i + 1].lemma == "z"
            # the question a participle asks: "Dworczyk pytany w Radiu ZET, czy rząd dysponuje …, podkreślił" (r57)
            or t.lemma == "czy" and any(toks[x].pos == "ppas" and x > 0 and toks[x - 1].text[:1].isupper()
                                        and toks[x - 1].pos != "interp" for x in range(max(1, i - 8), i)))


def _dative_only(ctx: _Ctx, e: Entity) -> bool:
    """Whether a name's first word reads only as a dative, instrumental or locative ("Adamowi", "Trumpowi")."""
    cases = {c for _l, tag, _q in analyse(ctx.doc.tokens[ctx.tok_at(e.start)].text) for f in [tag.split(":")]
             if f[0] == "subst" and len(f) > 2 for c in f[2].split(".")}
    return bool(cases) and cases <= {"dat", "inst", "loc"}


def _oblique_apposition(ctx: _Ctx, e: Entity) -> bool:
    """Whether a name stands in apposition to a common noun in an oblique case only ("w rozmowie ze swoim
    odpowiednikiem Taro Kono dodał": Kono is whom he spoke with; review batch r23)."""
    k = ctx.tok_at(e.start) - 1
    if k < 0:
        return False
    t = ctx.doc.tokens[k]
    readings = [f for _l, tag, _q in analyse(t.text) for f in [tag.split(":")] if f[0] == "subst" and len(f) > 3]
    cases = {c for f in readings for c in f[2].split(".")}
    # a person's noun ("odpowiednikiem", m1), not a thing's ("o polskich korzeniach Mark Lazarowicz": his own name)
    return t.pos == "subst" and t.text.islower() and bool(cases) and cases <= {"inst", "loc", "dat"} and any(
        "m1" in f[3].split(".") for f in readings)


OBJECT_REACH = 8  # tokens back from a name to the verb it may be the object of ("zarzucił we wtorek premier …")


def _object_of_named(ctx: _Ctx, e: Entity) -> bool:
    """Whether a person is named after a verb whose subject, another person, is named just before it: "Johnson
    zarzucił we wtorek premier Theresie May, że …" - May is whom he accused, not who goes on (review batch r37)."""
    toks = ctx.doc.tokens
    k = ctx.tok_at(e.start)
    first = ctx.doc.sentences[ctx.sentence_index(k)].first
    for v in range(k - 1, max(first, k - OBJECT_REACH) - 1, -1):
        t = toks[v]
        if t.pos == "interp" or t.pos == "comp" or t.lemma == "który":
            return False
        if t.pos in ("praet", "fin") and t.tag.split(":")[1:2] == ["sg"]:
            return any(x.type == "PER" and x.entity_id != e.entity_id for x in ctx.entities_in(
                toks[max(first, v - 3)].start, t.start))
    return False


def _after_prep(toks: list[Token], j: int) -> bool:
    """Whether a preposition governs the noun at `j` (over an adjective or a name part): "w Polskim Radiu",
    "w oświadczeniu"."""
    k = j - 1
    while k >= 0 and toks[k].pos == "adj":
        k -= 1
    return any(toks[x].pos == "prep" for x in range(max(0, min(k, j - 2)), j))


def _joined(ctx: _Ctx, e: Entity, last: int) -> bool:
    """Whether "i"/"oraz" follows the mention: one of coordinated subjects ("mówią Jan Nowak i Anna Kowalska")."""
    k = ctx.tok_at(e.end - 1) + 1
    return k < last and ctx.doc.tokens[k].lemma in ("i", "oraz")


def _in_prep_phrase(ctx: _Ctx, e: Entity) -> bool:
    """A preposition within two tokens before the mention: "w mieście Multan", "w Wielkiej Brytanii", or
    before the quoted title it is part of ("z „Bild am Sonntag”")."""
    k = ctx.tok_at(e.start)
    toks = ctx.doc.tokens
    # not over another name: "w Bundestagu Katrin Goering-Eckardt" is the subject
    over_name = k > 0 and toks[k - 1].text[:1].isupper() and any(x.end <= e.start for x in ctx.entities_at(toks[k - 1].start))
    # nor over a time phrase: "W środę UOKiK poinformował" (the preposition is the date's)
    over_time = k > 0 and ctx.in_timex(toks[k - 1].start)
    if k > 0 and "\n\n" in ctx.doc.text[toks[k - 1].end:e.start]:
        return False  # a paragraph opens with the name: "… w reakcji na\n\nSeibert zaznaczył" (a broken page; r29)
    if e.type == "PER" and k > 1 and toks[k - 2].pos == "prep" and toks[k - 1].pos == "subst" and toks[k - 1].text.islower() \
            and e.lemma == e.text and _is_nominative(toks[k]) and (
                f"{toks[k - 2].text.lower()} {toks[k - 1].text}" in _word_set("adverbial_phrases")
                or toks[k].tag != "ign" and not has_case(toks[k].tag, "gen")):  # (the reading the tagger chose)
        # the preposition has its noun, then a person in a form only nominative: "W przeszłości Kawczyński popierał"
        # (review batch f2; or after a set phrase, "Z kolei Davis powtórzył"; not "na śmierć Castro", which does
        # not decline)
        return False
    if k > 1 and toks[k - 2].pos == "prep" and f"{toks[k - 2].text.lower()} {toks[k - 1].text}" in _word_set(
            "adverbial_phrases") and not (k > 2 and toks[k - 3].pos == "prep"):
        return False  # a set phrase, then the subject, whatever it names: "Z kolei Süddeutsche Zeitung" uważa" (m5)
    if e.type == "PER" and k > 2 and toks[k - 2].pos == "prep" and toks[k - 1].pos == "subst" and toks[k - 1].text.islower() \
            and toks[k - 3].pos in ("ppas", "pact") and ctx.sentence_of(k - 3).first == k - 3 and _has_reading_case(
                toks[k - 3], "nom"):
        return False  # a participle opening the sentence describes the name after its phrase: "Cytowany w dokumentach
        # Nigel Oakes dodał" (review m5)
    return not over_time and any(toks[x].pos == "prep" for x in range(max(0, k - (1 if over_name else 2)), k)) or _in_title(
        ctx.doc.tokens, max(0, k - TITLE_WORDS - 1), k)


_MASCULINE_SURNAME_ENDINGS = ("ew", "ow", "ski", "cki", "dzki", "in", "yn")
TEASER_OPENERS = (frozenset({"czytaj", "zobacz"}), frozenset({"także", "też", "również", "więcej"}))
PARTITIVES = frozenset({"jeden", "jedna", "jedno"})  # "jeden z szefów działu": one of them speaks
NATIONALITY_ENDINGS = ("ski", "ska", "cki", "cka", "skiego", "skiej", "ckiego", "ckiej")


def _same_country(ctx: _Ctx, adjective: str, name_at: int, person: Entity | None = None) -> bool | None:
    """Whether the country named with a person's title, if any, fits a nationality adjective: "Węgier" and
    "węgierski", "Rosji" and "rosyjski" share their first three letters ("amerykański" and "USA" are listed in
    nationality_countries). With no country named, a known person's own country (person_countries_pl.tsv);
    None when nothing tells."""
    toks = ctx.doc.tokens
    lo = name_at
    while lo > max(0, name_at - ROLE_WINDOW) and toks[lo - 1].text not in _STOP_PUNCT | _DASHES | {","} \
            and toks[lo - 1].pos not in _CUE_CLASSES:
        lo -= 1  # the title's own words: not "w Wielkiej Brytanii - powiedział Macron" (review batch k9)
    names = [n for e in ctx.entities_in(toks[lo].start, toks[name_at].start) if e.type == "GPE"
             for n in (e.text, e.lemma, e.canonical)]
    fold = str.maketrans("ąćęłńóśźż", "acelnoszz")
    stem = adjective.translate(fold)[:3]
    if not names:
        # a nationality adjective on the title instead: "Rzecznik niemieckiego rządu Steffen Seibert" is no
        # "ukraiński ambasador" (review batch r27)
        own = [t.text.lower().translate(fold) for t in toks[lo:name_at] if t.pos == "adj" and t.text[:1].islower()
               and t.text.lower().endswith(NATIONALITY_ENDINGS)]
        if own:
            return any(a.startswith(stem) for a in own)
        home = _home_countries().get(person.entity_id) if person is not None else None
        if home is None:
            return None
        names = [home]
    base = phrase_base(analyse_text(adjective)[0]).lower()  # "węgierskiego" -> "węgierski"
    named = [n.translate(fold) for n in _spec()["nationality_countries"].get(base, [])]
    return any(n.startswith(stem) or any(n.startswith(x) for x in named) for n in (x.lower().translate(fold) for x in names))


@cache
def _home_countries() -> dict[str, str]:
    return {row[0]: row[1] for row in load_tsv("person_countries_pl.tsv")}


def _role_class(lemma: str) -> str:
    """A title's class for telling people apart: a deputy is of the title's class ("wicepremier"), synonyms share
    one ("prawnik", "adwokat"), and every head of a body is one ("szef", "prezes", "przewodniczący")."""
    lemma = lemma.removeprefix("wice")
    if lemma in _word_set("head_roles") | {"szef", "lider", "liderka"}:
        return "HEAD"
    return next((group[0] for group in _spec()["role_synonyms"] if lemma in group), lemma)


def _titled_otherwise(ctx: _Ctx, person: Entity, roles: set[str]) -> bool:
    """Whether the article gave the person a title right before their name and none of `roles`: "sędzia Saqib
    Nasir" is not the "mecenas" (review batch r29). Academic titles tell nothing; heads of bodies are told
    apart by their bodies instead."""
    toks = ctx.doc.tokens
    titles = _all_titles() - _NOT_ROLES
    wanted = {_role_class(r) for r in roles}
    if "HEAD" in wanted:
        return False
    own: set[str] = set()
    for e in ctx.doc.entities:
        if e.entity_id == person.entity_id:
            k = ctx.tok_at(e.start)
            x = next((x for x in range(k - 1, max(0, k - ROLE_WINDOW) - 1, -1) if toks[x].lemma.lower() in titles), None)
            if x is not None and _introduces(toks, k, titles):
                own.add(_role_class(toks[x].lemma.lower()))
    return bool(own) and "HEAD" not in own and not own & wanted


_NOT_ROLES = frozenset({"profesor", "prof.", "dr", "ks.", "doktor", "pan", "pani"})  # titles, not what someone does


def _introduced_with(ctx: _Ctx, person: Entity, words: list[str]) -> bool:
    """Whether one of the words (a body's name) stands in the title before a mention of the person."""
    toks = ctx.doc.tokens
    stems = {w.lower()[:4] for w in words}
    for e in ctx.doc.entities:
        if e.entity_id == person.entity_id:
            k = ctx.tok_at(e.start)
            if any(toks[x].text.lower()[:4] in stems for x in range(max(0, k - ROLE_WINDOW), k)):
                return True
    return False


def _other_body(stoks: list[Token], head_at: int, toks: list[Token], role_at: list[int], name_at: int) -> bool:
    """Whether the role phrase names a body ("Rzecznik niemieckiego MSZ") and the title before an earlier name
    names another ("Rzecznik niemieckiego rządu Steffen Seibert"): two people. Names and the outlet told
    ("powiedział adwokat AFP") are no body."""
    own = {t.lemma.lower() for t in stoks[head_at + 1:] if t.text[:1].isupper() and (t.tag == "ign" or t.pos == "subst")
           and t.text not in _news_outlets() and not any({"imię", "nazwisko"} & set(q) for _l, _t, q in analyse(t.text))}
    if not own or not role_at:
        return False
    theirs = {toks[x].lemma.lower() for x in range(role_at[0] + 1, name_at) if toks[x].tag == "ign" or toks[x].pos == "subst"}
    return bool(theirs) and not own & theirs


def _other_complement(stoks: list[Token], head_at: int, toks: list[Token], name_at: int) -> bool:
    """Whether the role phrase's complement names a body or person that the words before a later name do not:
    "Rzecznik premier Theresy May" is not "Rzecznik partii ds. europejskich Tom Brake"."""
    # (an office named by its body is the office: "Szef rządu" is the "premier" introduced later)
    own = {t.lemma.lower() for t in stoks[head_at + 1:] if t.tag == "ign" or t.pos == "subst" and not any(
        tag.startswith("adj") for _l, tag, _q in analyse(t.text))} - {k.lower() for k in _spec()["role_paraphrases"]}
    if not own:
        return False
    theirs = {toks[x].lemma.lower() for x in range(max(0, name_at - ROLE_WINDOW), name_at)}
    return not own & theirs


@lru_cache(maxsize=WORD_CACHE)
def _form_cases(form: str) -> tuple[frozenset[str], frozenset[str]]:
    """The cases and the numbers a form's plausible readings have."""
    fields = [tag.split(":") for _l, tag, _q in plausible_readings(form)]
    return (frozenset(c for f in fields if len(f) > 2 for c in f[2].split(".")),
            frozenset(n for f in fields if len(f) > 1 for n in f[1].split(".")))


def _has_reading_case(t: Token, case: str) -> bool:
    """Whether any Morfeusz reading of the word is in `case` ("stacji" is genitive, dative or locative)."""
    return case in _form_cases(t.text)[0]


def _has_reading_number(t: Token, number: str) -> bool:
    """Whether any Morfeusz reading of the word is in `number` ("ekspertów" has only plural ones)."""
    return number in _form_cases(t.text)[1]


def _is_nominative(t: Token) -> bool:
    """Whether any reading of the word is nominative (names are often read in another case by default)."""
    return t.tag == "ign" or _has_reading_case(t, "nom")


def _role_word(ctx: _Ctx, t: Token) -> bool:
    """Whether `t` is a role or institution noun; a capital says nothing at a sentence start, so a capitalised
    word counts under any noun reading ("Linie lotnicze podają": the chooser took the name "Linie")."""
    return _is_role_form(t.text, t.lemma.lower())


@lru_cache(maxsize=WORD_CACHE)
def _is_role_form(text: str, lemma: str) -> bool:
    roles = _roles()
    if lemma in roles:
        return True
    return text[:1].isupper() and any(tag.startswith("subst") and lem in roles for lem, tag, _q in analyse(text))


_CREDIT = re.compile(r"(?:Foto|Fot\.|Zdjęcie|Źródło)\s*:\s*$")


def _credit(ctx: _Ctx, e: Entity) -> bool:
    """A photo or source credit left in the body ("Foto: PAP Przewoźnik tłumaczy"): never a speaker."""
    return _CREDIT.search(ctx.doc.text, max(0, e.start - 10), e.start) is not None


_POLLED = frozenset({"ankietowany", "respondent", "badany", "pytany"})


def _agrees_with_next(adj: Token, nxt: Token) -> bool:
    """Whether an adjective can stand with the word after it: a shared number and case between its readings and the
    next word's reading in context (an unknown next word agrees)."""
    def forms(tags: list[str]) -> set[tuple[str, str]]:
        out = set()
        for tag in tags:
            f = tag.split(":")
            if f[0] in ("adj", "subst", "ppas", "pact", "depr") and len(f) > 2:
                out |= {(n, c) for n in f[1].split(".") for c in f[2].split(".")}
        return out
    after = forms([nxt.tag])  # the word after as read in context: "premier" is the nominative, not "premiera"'s genitive
    return not after or bool(forms([tag for _l, tag, _q in analyse(adj.text)]) & after)


def _speaker_before(ctx: _Ctx, first: int, cue: int) -> tuple[Entity | None, str | None]:
    """Subject before a cue in the same clause: nearest entity or role phrase ("Prezydent Tokajew")."""
    toks = ctx.doc.tokens
    if cue - 2 >= first and toks[cue - 1].lemma == "i" and _is_cue(toks[cue - 2]):
        return None, None  # "- dodał i stwierdził, że": the subject of the cue before, with no words of its own
    if cue - 2 >= first and toks[cue - 1].text == "," and _is_cue(toks[cue - 2]) and (
            (_cue_reading(toks[cue]) or toks[cue]).pos == "pcon"):
        return None, None  # "- dodała, zastrzegając, że": the participle shares the cue's subject (review batch r57)
    if toks[first].pos == "ppas" and first + 2 < cue and toks[first + 1].text == "," and toks[first + 2].lemma in (
            "czy", "jak", "co", "kiedy", "dlaczego", "gdzie", "kto"):
        # "Pytany, czy Demokraci chcą go zdyskredytować, odparł": the question's subject is not the one who answers;
        # only what stands after its last comma can be (review m14)
        first = next((k + 1 for k in range(cue - 1, first + 2, -1) if toks[k].text == ","), cue)
        if first >= cue:
            return None, None
    if toks[cue].pos == "imps":
        # an impersonal form has no subject: "Podczas konferencji … z ministrem …, Davidem Davisem przekazano, że"
        # (review batch r22); its agent is found by `_pro_drop`
        return None, None
    upto = cue
    if toks[cue - 1].text == ")":
        # "Współsprawozdawca Pedro Silva Pereira (Socjaliści i Demokraci) podkreślił": the subject stands
        # before the bracket
        opening = next((k for k in range(cue - 2, first, -1) if toks[k].text == "("), None)
        if opening is not None:
            upto = opening
    lo = first
    # the comma closing an inserted phrase may stand a few adverbs before the cue: "Lee, który w kampanii wspierał
    # opcję pozostania w UE, już wcześniej ostrzegał" (review batch k4)
    closing = upto - 1
    while closing - 1 > first and toks[closing].pos in ("adv", "qub", "part") and toks[closing].text != ",":
        closing -= 1
    if toks[closing].text != ",":
        closing = upto - 1
    for k in range(upto - 1, first - 1, -1):
        if toks[k].text in (",", ";", ":") and k < closing or toks[k].text == "(":
            lo = k + 1  # "Polska zakupiła … (większość producentów wskazuje, że": a bracket opens its own clause
            break
    if toks[lo].lemma == "który" and _is_nominative(toks[lo]) and lo - 2 >= first and toks[lo - 1].text == "," \
            and cue - lo <= 3:  # the relative clause's own verb is the cue ("…, który argumentował, że")
        # "były premier Tony Blair, który argumentował, że": the relative pronoun's antecedent speaks
        antecedent = [e for e in ctx.entities_in(toks[max(first, lo - 8)].start, toks[lo - 1].start)
                      if e.type == "PER" and e.end == toks[lo - 2].end]
        if antecedent:
            return antecedent[-1], ctx.doc.text[antecedent[-1].start:antecedent[-1].end]
        if toks[lo - 2].pos == "subst" and not ctx.entities_at(toks[lo - 2].start) and not any(
                e.end == toks[lo - 2].end for e in ctx.entities_in(toks[max(first, lo - 8)].start, toks[lo - 1].start)):
            # "zwolennicy brexitu, którzy podkreślali": a common noun, unnamed people; its words as the speaker text
            head = lo - 2  # back over genitive complements to the noun they hang on ("zwolennicy brexitu")
            while head - 1 >= first and toks[head].pos == "subst" and not has_case(toks[head].tag, "nom") \
                    and toks[head - 1].pos in ("subst", "adj"):
                head -= 1
            while head - 1 >= first and toks[head - 1].pos == "adj":
                head -= 1
            return None, ctx.doc.text[toks[head].start:toks[lo - 2].end]
    if toks[lo].text in _OPEN_QUOTES_ALL:
        # quoted words opening the clause, not a title: "„Polska idealnym partnerem” Brytyjski wiceminister … Greg
        # Hands wskazał" (a heading; review batch k9), not "„The Guardian” podał"
        shut = next((k for k in range(lo + 1, upto) if toks[k].text in _CLOSE_QUOTES), None)
        if shut is not None and shut + 1 < upto and not any(
                ctx.tok_at(e.start) == lo + 1 and ctx.tok_at(e.end - 1) == shut - 1 for e in ctx.entities_at(toks[lo + 1].start)):
            lo = shut + 1
    words = [t.text.lower() for t in toks[lo:upto]]
    if len(words) == 2 and words[0] in ("ta", "ten") and words[1] in ("pierwsza", "pierwszy", "druga", "drugi", "ostatnia", "ostatni"):
        # "… kanclerz Niemiec Angeli Merkel i prezydenta Francji Emmanuela Macrona. Ta pierwsza powiedziała": the
        # first (or the second) person the sentence before named, of the cue's gender (review batch r30)
        si = ctx.sentence_index(lo)
        for prev in reversed(ctx.doc.sentences[max(0, si - 2):si]):
            named = [e for e in ctx.entities_in(prev.start, prev.end) if e.type == "PER"]
            if len({e.entity_id for e in named}) >= 2:
                pair = [e for k, e in enumerate(named) if k == 0 or e.entity_id != named[k - 1].entity_id][-2:]
                pick = pair[0] if words[1].startswith("pierwsz") else pair[-1]  # of the last two named
                if _subject_agrees(ctx, pick, toks[cue], named=False):
                    return pick, ctx.doc.text[toks[lo].start:toks[upto - 1].end]
                break
        return None, ctx.doc.text[toks[lo].start:toks[upto - 1].end]
    share = next((x for x in range(max(lo, upto - 6), upto) if toks[x].text in ("proc.", "%", "procent", "procent.")
                  or toks[x].lemma.lower() in _POLLED
                  or re.fullmatch(r"\d+/\d+", toks[x].text) is not None), None)  # "2/3 Brytyjczyków uważa" (r29)
    if share is not None and (any(toks[x].lemma in ("i", "oraz") or toks[x].text[:1].isupper() and not ctx.entities_at(
            toks[x].start) for x in range(share + 1, upto)) or share > 1 and toks[share - 2].pos == "prep"):
        # a share the subject changed by, or one ending the sentence before: "Ryanair obniżył prognozę zysku o 12 proc.
        # i uprzedził", "mniej niż 0,5 proc. Przedstawiciele Georgii przekazali" (review batch r59)
        share = None
    if share is not None:
        # "49 proc. ankietowanych uważa": a share of those polled, nobody in particular
        return None, ctx.doc.text[toks[max(lo, share - 2)].start:toks[upto - 1].end]
    many = next((x for x in range(lo, upto) if toks[x].text.lower() in _word_set("quantifiers") and x + 1 < upto
                 and toks[x + 1].pos in ("subst", "adj") and not ctx.entities_at(toks[x].start)), None)
    if many is not None and not any(e.type == "PER" for e in ctx.entities_in(toks[lo].start, toks[upto].start)):
        # "Od lipca 2017 roku wielu Brytyjczyków mówi w sondażach": many people, nobody in particular (review r22)
        return None, ctx.doc.text[toks[many].start:toks[upto - 1].end]
    if lo - 2 >= first and toks[lo - 1].text == "," and any(
            _is_nominative(toks[x]) and (toks[x].lemma.lower() in _all_titles() or toks[x].lemma.lower() in _word_set(
                "generic_person_nouns")) for x in range(lo, min(upto, lo + 3))):
        # "George Freeman, konserwatywny poseł bliski May, powiedział": a role in apposition after the name, set off
        # by commas, is the name's; May inside it is not the subject (review batch r39)
        named = [e for e in ctx.entities_in(toks[max(first, lo - 6)].start, toks[lo - 1].start)
                 if e.type == "PER" and e.end == toks[lo - 2].end and _subject_agrees(ctx, e, toks[cue])]
        if named and ctx.tok_at(named[-1].start) in {first} | {k + 1 for k in range(first, lo) if toks[k].text in (",", "-", "–")}:
            return named[-1], ctx.doc.text[named[-1].start:named[-1].end]
    # participle and relative phrases between the subject and its cue are set off by commas: "Wirusolog prof.
    # Włodzimierz Gut, pytany o niewielki spadek w statystykach, ocenił", "Greville Richards, który jest
    # właścicielem farmy, na której młodzi Anglicy próbowali swoich sił, przyznaje" -> the subject stands before
    back = lo
    while back > first and toks[back - 1].text == "," and _inserted_phrase(toks, back):
        k = back - 2
        while k > first and toks[k - 1].text not in (",", ";", ":"):
            k -= 1
        back = k
    if back < lo and ctx.entities_in(toks[back].start, toks[lo - 1].start):
        lo = back
    elif back < lo and any(toks[x].lemma.lower() in _word_set("generic_person_nouns")
                           for x in range(back, next((c for c in range(back, lo) if toks[c].text == ","), lo))):
        # "Konserwatywny polityk, który … opuszczenia UE …, przyznał": a role before the inserted phrase is the
        # subject, not a name inside it (review batch r36)
        lo, upto = back, next(c for c in range(back, lo) if toks[c].text == ",")
    if lo > first and toks[lo].lemma in ("że", "iż") and toks[cue - 1].lemma == "i":
        # "Pflüger odpiera zarzut, że jest lobbystą Nord Stream 2 i twierdzi": the cue joins the main clause,
        # whose subject stands before the "że" clause
        main = lo - 1
        while main > first and toks[main - 1].text not in (",", ";", ":"):
            main -= 1
        region_start, region_end = toks[main].start, toks[lo - 1].start
        ents = [e for e in ctx.entities_in(region_start, region_end) if e.type in SPEAKER_TYPES
                and _subject_agrees(ctx, e, toks[cue])]
        if ents:
            return ents[0], ctx.doc.text[ents[0].start:ents[0].end]
    region_start, region_end = toks[lo].start, toks[upto].start
    # a place as the subject speaks for its government ("Watykan ogłosił"): only in the nominative, before the cue
    ents = [e for e in ctx.entities_in(region_start, region_end) if not _credit(ctx, e) and not _adjective_name(ctx, e)
            and (
        e.type in SPEAKER_TYPES or e.type == "LOC" and _subject_agrees(ctx, e, toks[cue]) and not _in_prep_phrase(ctx, e))]
    # a subject is never inside a prepositional phrase ("przyznała przed kamerami BBC")
    nominative = [e for e in ents if _subject_agrees(ctx, e, toks[cue]) and not _in_prep_phrase(ctx, e)
                  and not _genitive_complement(ctx, e) and not _after_oblique_noun(ctx, e)
                  and not _oblique_apposition(ctx, e)]
    if not nominative:
        # no name in the nominative: a role word is the subject ("Jeszcze przed wyjazdem z Paryża francuski
        # prezydent zapewniał"), and a name after a preposition never is ("w Wielkiej Brytanii ogłosili")
        role_subject = any(_role_word(ctx, toks[k]) and _is_nominative(toks[k]) for k in range(lo, upto))
        for k in range(lo, upto):
            if toks[k].pos == "subst" and _is_nominative(toks[k]) and not ctx.entities_at(toks[k].start):
                # ("Rząd Węgier zaznaczał": a government speaks for its state)
                org_types = ("ORG", "PRO", "GPE") if toks[k].lemma.lower() in ("rząd", "władze") else ("ORG", "PRO")
                org = next((e for e in ctx.entities_at(toks[k + 1].start) if e.type in org_types), None) if k + 1 < upto else None
                if org is not None and (toks[k].lemma.lower() in _word_set("speak_for_organisation") or org.type == "GPE"
                                        or toks[k].lemma.lower() in load_words("media_nouns_pl.tsv") and toks[k - 1].pos != "prep"):
                    # ("Agencja Reutera zaznaczyła": a medium named in the genitive after its noun; review batch r29)
                    return org, ctx.doc.text[toks[k].start:org.end]  # "Przedstawiciele spółki Nord Stream 2 AG"
                if ents and toks[k].start < ents[0].start:
                    role_subject = True  # "orędownicy Brexitu uważają": the name is the noun's complement
                break
        # (nor a person's name in another case: "w wywiadzie udzielonym korespondentowi … Adamowi Dąbrowskiemu,
        # mówił" is whom he spoke to; review batch r24)
        ents = [] if role_subject else [e for e in ents if not _in_prep_phrase(ctx, e) and not _oblique_apposition(ctx, e)
                                        and not (e.type == "PER" and _dative_only(ctx, e)) and not _after_oblique_noun(ctx, e)]
    if ents:
        # the subject, not the nearest name: "Pflüger … jest lobbystą Nord Stream 2 i twierdzi" -> Pflüger
        # a person outranks a paper or a body in the same clause ("Gyde Jensen w rozmowie z dziennikiem
        # „Tagesspiegel” powiedział")
        # (not one who is the subject of a verb of their own before the cue: "Krystyna Janda zamieściła odnośnik do
        # informacji „…” Warszawski Uniwersytet Medyczny tłumaczy" is the university's; review batch r47)
        people = [e for e in nominative if e.type == "PER" and not _has_own_verb(ctx, e, cue)]
        e = people[-1] if people else nominative[-1] if nominative else ents[-1]
        if e.type == "PER" and _has_own_verb(ctx, e, cue) and any(x.type != "PER" for x in nominative if x.start > e.start):
            e = next(x for x in nominative if x.start > e.start and x.type != "PER")
        titles = load_words("person_titles_pl.tsv")
        heads = [k for k in range(lo, ctx.tok_at(e.start)) if toks[k].pos == "subst" and has_case(toks[k].tag, "nom")
                 and toks[k].lemma.lower() in titles and not ctx.entities_at(toks[k].start)]
        if e.type == "PER" and len(heads) >= 2 and not any(
                x.type == "PER" for x in ctx.entities_in(toks[heads[1]].end, e.start)) and not (
                toks[cue].tag.split(":")[1:2] == ["sg"] and any(toks[x].lemma in ("i", "oraz") for x in range(heads[0] + 1, heads[1]))):
            # (titles joined by "i" are both the name's: "szef grupy … i lider frakcji liberalnej Guy Verhofstadt"; r29)
            # two nouns before the name: it complements the second ("Rzecznik brytyjskiej premier Theresy May"),
            # and the first is the speaker
            return None, ctx.doc.text[toks[heads[0]].start:e.end]
        if _spoken_for(ctx, e):
            # "Oficjalny rzecznik Theresy May powiedział": the spokesman speaks, May is whose (review batch r39)
            a = ctx.tok_at(e.start) - 1
            while a - 1 >= lo and toks[a - 1].pos == "adj":
                a -= 1
            return None, ctx.doc.text[toks[a].start:e.end]
        k = ctx.tok_at(e.start) - 1
        if (e.type == "PER" and " " not in e.text or toks[k].lemma.lower() in _word_set("generic_person_nouns")) and (
                k == lo == ctx.sentence_of(k).first) and toks[k].lemma[:1].islower() \
                and toks[k].lemma not in (
                load_words("person_titles_pl.tsv") | _word_set("honorifics")) and (all(
                tag.split(":")[3:4] == ["m1"] and "nazwa_pospolita" in q for _l, tag, q in analyse(toks[k].text))
                or toks[k].lemma.lower() in _word_set("generic_person_nouns")) and not (
                toks[k].lemma.lower() in _word_set("media_person_nouns") and e.type != "PER"):  # ("Gość PR24 podkreślił"; r46)
            # a person's noun opening the sentence governs the name: "Rozmówca Clegga podkreślił" is Clegg's
            # interlocutor (review batch r22); a medium's own journalist speaks for it ("Dziennikarka RMF FM
            # informowała"; review batch k13)
            return None, ctx.doc.text[toks[k].start:e.end]
        # include role words directly before the name, and adjectives agreeing with the word after them (not the end of
        # a phrase before: "napisał w mediach społecznościowych premier Mateusz Morawiecki"; review batch k11)
        while k >= lo and (_role_word(ctx, toks[k]) or toks[k].pos == "adj" and (
                not _role_word(ctx, toks[k + 1]) or _agrees_with_next(toks[k], toks[k + 1]))):
            k -= 1
        return e, ctx.doc.text[toks[k + 1].start:e.end]
    if lo > first and toks[lo - 1].text == ",":  # "Michael O'Leary, prezes Ryanair, oświadczył": apposition
        # (a body too, with its own noun: "Transport for London, operator systemu transportu zbiorowego w stolicy …,
        # poinformował"; review m13)
        app_head = next((toks[k] for k in range(lo, upto) if toks[k].pos == "subst"), None)
        body_noun = app_head is not None and app_head.lemma.lower() in _word_set("institution_nouns_speaker") and _is_nominative(app_head)
        before = [e for e in ctx.entities_in(toks[first].start, toks[lo - 1].start)
                  if e.type == "PER" or e.type in ("ORG", "PRO") and body_noun]
        if before and ctx.tok_at(before[-1].end - 1) == lo - 2 and any(
                _role_word(ctx, toks[k]) for k in range(lo, upto)):
            return before[-1], ctx.doc.text[before[-1].start:toks[upto - 1].end]
    for k in range(lo, upto):
        if _role_word(ctx, toks[k]):
            a = k
            while a - 1 >= lo and toks[a - 1].pos == "adj":
                a -= 1
            if a - 1 >= lo and toks[a - 1].pos == "prep" and not (has_case(toks[k].tag, "nom") and toks[a - 1].lemma in (
                    "jako", "niż", "jak")) and not (
                    toks[a - 1].lemma == "z" and a - 2 >= lo and (toks[a - 2].lemma.lower() in PARTITIVES or toks[
                        a - 2].pos == "subst" and _is_nominative(toks[a - 2]))):
                # whom or where, not who: "doszedł z irlandzkimi związkiem do porozumienia i wyraził" (k11); but one
                # of them, or people from a body: "Jeden z kluczowych ministrów", "Ekolodzy z niemieckiej organizacji"
                continue
            b = k + 1
            while b < upto and toks[b].pos in ("adj", "subst") and toks[b].text not in _STOP_PUNCT:
                b += 1
            owner = next((e for e in ctx.entities_at(toks[b].start) if _spoken_for(ctx, e) or e.type == "PER" and (
                e.lemma != e.text and any(toks[x].lemma.lower() in _word_set("speak_for_person") for x in range(a, b)))),
                None) if b < upto else None  # ("Rzecznik premier Theresy May": the name in the genitive is whose)
            if owner is not None:  # "Oficjalny rzecznik Theresy May": whose spokesman, kept with the role (r39)
                b = ctx.tok_at(owner.end - 1) + 1
            return None, ctx.doc.text[toks[a].start:toks[b - 1].end]
    return None, None


# A role word with no person introduced by it ("- dodał minister.") goes on with the person quoted within
# this many characters before it; further back, another minister may be meant.
ROLE_ECHO_WINDOW = 300
ROLE_WINDOW = 6  # tokens between a role word and the name it introduces ("prezes Agencji Rezerw Materiałowych X")


def _person_after(ctx: _Ctx, i: int, last: int) -> Entity | None:
    """A person named within a few tokens after `i`, before any punctuation."""
    toks = ctx.doc.tokens
    end = min(last, i + ROLE_WINDOW)
    for j in range(i, last):
        if j >= end:
            return None
        if toks[j].text == "," and j + 1 < last and toks[j + 1].lemma.lower() in ctx.roles:
            end = min(last, j + 2 + ROLE_WINDOW)  # "szef KPRM, pełnomocnik rządu ds. szczepień Michał Dworczyk"
            continue
        if toks[j].text == "," and j + 1 < last and any(e.type == "PER" for e in ctx.entities_at(toks[j + 1].start)):
            end = j + 2  # "prezes Naftogazu, Andriej Kobolew": the name in apposition
            continue
        if toks[j].text in _STOP_PUNCT or toks[j].text == ",":
            return None
        for e in ctx.entities_at(toks[j].start):
            if e.type == "PER":
                return e
    return None


PRO_DROP_LOOKBACK = 50  # earlier quotes searched for the last person quoted (bounds run-on texts)
PRO_DROP_WINDOW = 1000  # characters back to look for the subject of a cue without one ("- podkreślił.")


def _female(e: Entity) -> bool | None:
    """Whether a person is a woman, by the readings of the first part of the name (an unknown one ending
    in "-a" is a woman's: "Rebecca", "Gyde" unknown); None when nothing tells."""
    if " " not in e.lemma and e.canonical and e.entity_id in _home_countries() and e.canonical.split()[-1] == e.lemma:
        # a lone surname linked to a gazetteer person: "May" is Theresa May (not a full name the article spelt in
        # another case: "Willa Hutton" is Will's genitive)
        return _female_name(e.canonical, e.text)
    return _female_name(e.lemma, e.text)


@lru_cache(maxsize=50_000)
def _female_name(lemma: str, text: str) -> bool | None:
    first = lemma.split()[0] if lemma else text
    genders = {f[3] for lem, tag, q in analyse(first) if "imię" in q and lem == first  # "Frederica" is not "Frederic"
               for f in [tag.split(":")] if len(f) > 3 and f[0] == "subst"}
    if genders == {"f"}:
        return True
    if genders:
        return False if "f" not in genders else None
    return True if first.endswith("a") and " " in lemma else None


def _acts(ctx: _Ctx, e: Entity) -> bool:
    """Whether a name is a clause's subject, by a verb right after it ("Merkel dodała", "Solberg uważa") or a cue
    shortly before it ("- stwierdził Kuź"): not one in a list ("w Londynie, Edynburgu, Cardiff i Belfaście")."""
    toks = ctx.doc.tokens
    k, end = ctx.tok_at(e.start), ctx.tok_at(e.end - 1) + 1
    first = ctx.sentence_of(k).first
    return end < len(toks) and (_cue_reading(toks[end]) or toks[end]).pos in ("praet", "fin") or any(
        _is_cue(toks[x]) for x in range(max(first, k - 8), k)) or k > 0 and toks[k - 1].text.lower() in (
        "zdaniem", "według")  # ("Zdaniem Tchórzewskiego Unia ma narzędzia"; review batch k7)


def _in_question(ctx: _Ctx, e: Entity) -> bool:
    """Whether a name stands in an asked question's clause ("Zapytany, czy Joe Biden wygra, odpowiedział"): the
    subject of the question, not of the answer (review m14)."""
    toks = ctx.doc.tokens
    k = ctx.tok_at(e.start)
    first = ctx.sentence_of(k).first
    x = next((x for x in range(k - 1, first - 1, -1) if toks[x].text == ","), None)
    return x is not None and x + 1 < k and toks[x + 1].lemma == "czy"


def _can_be_one(ctx: _Ctx, e: Entity) -> bool:
    """Whether a person mention can name one person: not a group in the plural ("Amerykanie mają jedno narzędzie"
    is no subject for "- zaznaczał"; review m5); a name no dictionary knows can."""
    t = ctx.doc.tokens[ctx.tok_at(e.start)]
    return e.type != "PER" or t.tag == "ign" or " " in e.lemma or any(
        len(f) > 2 and "sg" in f[1].split(".") and "nom" in f[2].split(".")
        for f in (tag.split(":") for _l, tag, _q in plausible_readings(t.text)))


def _guessed_gender(e: Entity) -> bool:
    """Whether `_female` told a person's gender only from an unknown first name's ending."""
    return " " in e.lemma and not _known_first_name(e.lemma)


@lru_cache(maxsize=50_000)
def _known_first_name(lemma: str) -> bool:
    """Whether Morfeusz knows the first part of a name as a first name (its gender is then no guess)."""
    first = lemma.split()[0] if lemma else ""
    return any("imię" in q for _l, _t, q in analyse(first))


def _subject_agrees(ctx: _Ctx, e: Entity, cue: Token, named: bool = True) -> bool:
    """Whether `e` can be the subject of `cue`: named in the nominative (when `named`) and, for a person and
    a past-tense singular cue, of its gender ("Franciszek … z Rebeccą Bitrus i zapewnił" -> Franciszek)."""
    if named and (e.lemma != e.text or not _is_nominative(ctx.doc.tokens[ctx.tok_at(e.start)])):
        return False
    fields = cue.tag.split(":")  # praet:sg:f:perf
    if e.type != "PER" or cue.pos != "praet" or len(fields) < 3 or fields[1] != "sg":
        return True
    female = _female(e)
    observed = ctx.cue_female.get(e.entity_id)
    if observed is not None and (female is None or not _known_first_name(e.lemma)):
        female = observed  # a cue's gender beats a guess from an unknown name's ending ("mówił … Zawa Hussain Warraich")
    elif (verb := ctx.verb_female.get(e.entity_id)) is not None and (female is None or _guessed_gender(e)):
        female = verb  # "poinformował syn zabitego Maulana Hami-ul-Hak": not a woman for the "-a" (review m5)
    if female is None and e.canonical and e.canonical != e.lemma and " " not in e.lemma and not e.canonical.endswith(
            _MASCULINE_SURNAME_ENDINGS):
        # a surname alone by the article's full name, when no cue has told: "prawnik Bibi twierdził" is not Asia
        # Bibi's (review batch r42; full names are not trusted over a cue, "Willa Hutton" is a wrong base form, nor
        # over a man's Slavic surname, "Aleksandra Miedwiediew" is one too)
        female = _female_name(e.canonical, e.canonical)
    return not (fields[2] == "f" and female is False or fields[2] != "f" and female is True)


def _last_spoken(ctx: _Ctx, before: int, person: bool, body: bool = False) -> tuple[Entity | None, int]:
    """The speaker of the last quote before `before` (a person, a body, or any source), and where that quote
    ended. By position, not by the order the finders ran in: reported speech is found after the quoted passages."""
    k = bisect.bisect_left(ctx.spoken_starts, before)
    for start, end, who in reversed(ctx.spoken[max(0, k - PRO_DROP_LOOKBACK):k]):
        # (not one quoted inside another's words: "Czyż to nie sam David Davis powiedział: … - wspominał Tusk"; r29)
        if (not person or who.type == "PER") and (not body or who.type in ("ORG", "PRO")) and not _nested(ctx, start, end):
            return who, end
    return None, -(10**9)


def _nested(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether a quote lies inside another found so far (the few starting just before it are checked)."""
    k = bisect.bisect_left(ctx.covered, (start, -1))
    return any(s < start and end <= e for s, e in ctx.covered[max(0, k - 4):k])


def _noun_phrase_start(ctx: _Ctx, k: int, noun: str) -> int:
    """The first of up to three common words (adjectives, genitives, `noun` itself) right before token `k`."""
    toks = ctx.doc.tokens
    x = k
    while x > max(0, k - 3) and toks[x - 1].pos in ("subst", "adj") and (
            toks[x - 1].text.islower() or toks[x - 1].lemma.lower() == noun):
        x -= 1
    return x


def _quoted(ctx: _Ctx, pos: int) -> bool:
    """Whether `pos` lies inside a quote found so far (the few latest-starting quotes before it are checked:
    quotes hardly nest)."""
    k = bisect.bisect_right(ctx.covered, (pos, 10**12))
    if any(s <= pos < e for s, e in ctx.covered[max(0, k - 3):k]):
        return True
    k = bisect.bisect_right(ctx.seen, (pos, 10**12))
    return any(s <= pos < e for s, e in ctx.seen[max(0, k - 3):k])


def _speaks_inside(ctx: _Ctx, e: Entity) -> bool:
    """Whether a name inside quoted words is the subject of a speech verb right after it: "Według dziennika
    „Kommiersant” Miedwiediew powiedział tak … . Stwierdził ponadto" goes on with Miedwiediew (dev)."""
    k = ctx.tok_at(e.end - 1) + 1
    return k < len(ctx.doc.tokens) and _is_cue(ctx.doc.tokens[k]) and ctx.doc.tokens[k].pos in ("praet", "fin")


def _remember(ctx: _Ctx, start: int, end: int, who: Entity) -> None:
    """Record a quote's speaker, keeping `spoken` sorted by start (one entry per start)."""
    k = bisect.bisect_left(ctx.spoken_starts, start)
    if k < len(ctx.spoken_starts) and ctx.spoken_starts[k] == start:
        ctx.spoken[k] = (start, end, who)  # a second run's reading replaces the seeded first one
        return
    ctx.spoken_starts.insert(k, start)
    ctx.spoken.insert(k, (start, end, who))


def _others_document(ctx: _Ctx, cue: Token) -> bool:
    """Whether the cue's sentence names a document by its unnamed author: "W uzasadnieniu wyroku podkreślono"
    is the court's, not the person quoted before (review batch r27)."""
    toks = ctx.doc.tokens
    sent = ctx.sentence_of(ctx.tok_at(cue.start))
    docs = _word_set("document_nouns")
    for x in range(ctx.tok_at(sent.start) + 1, min(len(toks) - 1, ctx.tok_at(sent.end - 1))):
        if toks[x].lemma in docs and toks[x - 1].pos == "prep":
            y = x + 1
            while y < len(toks) and toks[y].pos == "adj" and toks[y].text.islower():
                y += 1
            nxt = toks[y] if y < len(toks) else None
            if nxt is not None and nxt.pos == "subst" and nxt.text.islower() and _has_reading_case(nxt, "gen") \
                    and not ctx.entities_at(nxt.start):
                return True
    return False


def _pro_drop(ctx: _Ctx, cue: Token | None, before: int) -> Entity | None:
    """The speaker of a cue with no subject: "Dodała, że" goes on with the woman just quoted, "- podkreślił."
    is else the last man named as a subject (outside quotes), "poinformowano" the last source quoted."""
    ctx.pro_drops += 1
    last_person, last_end = _last_spoken(ctx, before, person=True)
    if cue is None:
        return last_person
    fields = cue.tag.split(":")
    # "- czytamy w oświadczeniu dla The Independent": a document whose author the cue leaves out is read as an
    # impersonal cue is, the body that spoke just before (review batch k12)
    read = cue.lemma == "czytać" and fields[:3] == ["fin", "pl", "pri"]
    if len(fields) > 1 and fields[1] == "pl" and not read:
        return None  # "Świadkowie powiedzieli": a plural cue never goes on with one person
    if cue.pos == "pact":
        return None  # "adnotacja, mówiąca o tym, że": the participle's noun speaks, no one named (review batch r21)
    impersonal = cue.pos == "imps" or read
    nxt = ctx.tok_at(cue.start) + 1
    if (len(fields) > 2 and fields[0] == "praet" and fields[2] == "n" or fields[:3] == ["fin", "sg", "ter"]) and nxt < len(
            ctx.doc.tokens) and ctx.doc.tokens[nxt].text == "się":
        return None  # "mówiło się, że", "Mówi się wprost, że": nobody in particular (review batch k5)
    k = bisect.bisect_right(ctx.unnamed, before)
    if not impersonal and k and ctx.unnamed[k - 1] > last_end and ctx.unnamed[k - 1] >= before - PRO_DROP_WINDOW:
        # "Prawnik oświadczył, że … . Wcześniej zapowiadał, że": the same unnamed speaker goes on, unless someone
        # is named as a subject since ("… - informuje agencja dpa. … Kanclerz Angela Merkel mówiła … - wskazała")
        newer = next((e for e in reversed(ctx.entities_in(ctx.unnamed[k - 1], before, story=True)) if e.type == "PER"
                      and not _quoted(ctx, e.start) and not _in_prep_phrase(ctx, e) and not _possessor(ctx, e)
                      and _subject_agrees(ctx, e, cue)), None)
        return newer
    source, source_end = _last_spoken(ctx, before, person=False)
    if impersonal and _others_document(ctx, cue):
        return None
    prev_start = ctx.doc.sentences[max(0, ctx.sentence_index(ctx.tok_at(before)) - 1)].start  # this sentence or the one before
    if read:
        toks = ctx.doc.tokens
        at = ctx.tok_at(cue.start)
        readable = _word_set("read_in_nouns") | _word_set("document_nouns")
        for x in range(ctx.sentence_of(at).first + 1, at):
            if toks[x].lemma in readable and toks[x - 1].pos == "prep":
                # "W raporcie NIK czytamy", "W dokumencie Narodowego Programu Szczepień czytamy": its author
                return next((e for e in ctx.entities_in(toks[x].end, cue.start) if e.type in SPEAKER_TYPES), None)
        # "Reuters zwraca uwagę na … . „…” - czytamy": a body named as a subject since the last one quoted
        def as_what(e: Entity) -> bool:  # "przedstawiony jako słynny Vito Corleone"
            return any(toks[y].text.lower() == "jako" for y in range(max(0, ctx.tok_at(e.start) - 3), ctx.tok_at(e.start)))
        body = next((e for e in reversed(ctx.entities_in(max(prev_start, source_end if source is not None else 0), before,
                                                         story=True))
                     if e.type in ("ORG", "PRO") and not _quoted(ctx, e.start) and not _in_prep_phrase(ctx, e)
                     and not _possessor(ctx, e) and not _after_oblique_noun(ctx, e) and not as_what(e)), None)
        if body is not None:
            return body
        return source if source is not None and source.type != "PER" and source_end >= before - PRO_DROP_WINDOW else None
    if impersonal and source is not None and source_end >= before - PRO_DROP_WINDOW and source.type != "PER":
        # (a recent one: "Podczas konferencji … przekazano, że" is not the tweet quoted before; r22; a body's, not a
        # person's: "- podkreślono" after its director's words is the company's statement; review batch r39)
        return source
    genderless = cue.pos == "fin" or cue.pos == "praet" and len(fields) > 2 and fields[2] == "n"
    if genderless and source is not None and source.type != "PER" and source_end >= before - PRO_DROP_WINDOW:
        return source  # "- informuje przewoźnik. Jednocześnie zapewnia, że …": the company goes on
    if last_person is not None and last_end >= before - PRO_DROP_WINDOW and not impersonal:
        # someone named as a subject after the last quote, in this sentence or the one before, takes the turn
        # ("- … - dodał [Barnier]. Równie entuzjastycznie wypowiadał się minister David Davis. Podkreślił, że")
        # (two sentences back: "… przekazał bratanek kleryka Muhammad Bilal … . Według niego duchowny … . - … -
        # powiedział" is Bilal's, not the cleric's son quoted before; review m5)
        two_back = ctx.doc.sentences[max(0, ctx.sentence_index(ctx.tok_at(before)) - 2)].start
        newer = next((e for e in reversed(ctx.entities_in(max(two_back, last_end), before, story=True)) if e.type == "PER"
                      and e.entity_id != last_person.entity_id and not _quoted(ctx, e.start) and not _in_prep_phrase(ctx, e)
                      and not _possessor(ctx, e) and _subject_agrees(ctx, e, cue)
                      and _can_be_one(ctx, e) and not _in_question(ctx, e)), None)
        if newer is not None:
            return newer
    if last_person is not None and last_end >= before - PRO_DROP_WINDOW and _subject_agrees(ctx, last_person, cue, named=False):
        # an impersonal cue after a person's words is no one's, as the guideline has it: "- napisano pod obrazkiem"
        # is not Tusk's (review batch k7)
        return None if impersonal else last_person
    for e in reversed(ctx.entities_in(max(0, before - PRO_DROP_WINDOW), before, story=True)):
        if (e.type not in SPEAKER_TYPES if impersonal else e.type != "PER") or _quoted(ctx, e.start) and not (
                _speaks_inside(ctx, e)):
            continue
        if impersonal:
            # "Ryanair obiecuje … . Zapewniono, że": a body named as a subject in this sentence or the one before
            # goes on; not a person, nor a name in a phrase ("… z UE - ostrzeżono"; from review batch r19)
            if e.type == "PER" or e.start < prev_start:
                return None
            k = ctx.tok_at(e.start)
            if any(ctx.doc.tokens[x].text.lower() == "przez" for x in range(max(0, k - 3), k)) and ctx.sentence_index(
                    k) == ctx.sentence_index(ctx.tok_at(cue.start)):
                # the agent in the cue's own sentence: "W przyjętym przez PE stanowisku podkreślono", "W komunikacie
                # wydanym przez siedzibę główną Ryanaira poinformowano" (review batch r34)
                return e
            if _in_prep_phrase(ctx, e) or _possessor(ctx, e):
                continue
        if _subject_agrees(ctx, e, cue) and not _object_of_named(ctx, e) and _can_be_one(ctx, e) and not _in_question(ctx, e):
            return e  # (not "z Rebeccą Bitrus", "dla Asii Bibi", nor "Amerykanie mają", a group)
    if last_person is None and len(fields) > 2 and fields[0] == "praet" and fields[1] == "sg" and not any(
            e.type == "PER" for e in ctx.entities_in(0, before)):
        # an article that opens inside an interview ("- Przede wszystkim pasażer ma prawo … - wyjaśniła. … zdaniem
        # Katarzyny Słupek"): the first person named after it, of the cue's gender
        female = fields[2] == "f"
        # (of the cue's gender as a subject is: "Merkel" alone is Angela Merkel's; review batch k1)
        return next((e for e in ctx.entities_in(before, before + PRO_DROP_WINDOW) if e.type == "PER"
                     and not _quoted(ctx, e.start) and (_female(e) is female or _female(e) is None and _subject_agrees(ctx, e, cue)
                              and _acts(ctx, e))), None)
    if last_person is not None and not _subject_agrees(ctx, last_person, cue, named=False):
        return None  # "Ta pierwsza powiedziała" after Jerzy Buzek's words: someone else
    return last_person


BRACKET_TOKENS = 12  # words in brackets after "według X" that do not count towards the source's length ("zdaniem
# eksperta ds. psefologii (naukowej analizy wyborów, zachowań elektoratu itp.) Johna Curtice'a,"; review m14)
DASH_SENTENCES = 3  # sentences a dash-opened quote may run before its cue ("- … . … . - wyjaśnił szef ARM.")
THAT_GAP = 5  # words between a cue and its ", że" ("powiedział w parlamencie, że", "stwierdził ponadto, że")
# over adverbials only: "zasugerował 13 stycznia przed Komisją Kontroli Europejskiej, że", "ogłosił na zakończenie
# wczorajszych (19 marca) rozmów z brytyjskim zespołem negocjacyjnym, że" (review batch r59)
THAT_GAP_LONG = 12


APPOSITION_WORDS = 12  # "dyrektor fundacji East European Resource Centre w Londynie" (review k17)


def _apposition_end(ctx: _Ctx, i: int, last: int) -> int | None:
    """The comma closing a role in apposition that starts at token i ("rzecznik ministerstwa,", "były szef MSZ,"):
    adjectives, then a role noun in the nominative, then no verb up to the comma; None when token i opens no role."""
    toks = ctx.doc.tokens
    j = i
    while j < last and toks[j].pos == "adj" and toks[j].text.islower():
        j += 1
    if j >= last or not toks[j].text.islower() or not _is_nominative(toks[j]) or not _has_reading_number(toks[j], "sg") or not (
            toks[j].lemma.lower() in ctx.roles or toks[j].lemma.lower() in _all_titles()):
        return None
    for x in range(j + 1, min(last, i + APPOSITION_WORDS)):
        if toks[x].text == ",":
            if x + 1 < last and toks[x + 1].lemma == "który":
                # "wiceminister finansów Bułgarii, która sprawuje obecnie przewodnictwo w UE, zmiany …": its clause too
                return next((y for y in range(x + 2, min(last, x + 2 + APPOSITION_WORDS)) if toks[y].text == ","), None)
            return x
        if toks[x].pos in _CUE_CLASSES or toks[x].text in _STOP_PUNCT:
            return None
    return None


def _that_clause(toks: list[Token], cue: int, last: int) -> int | None:
    """Index of the comma before "że"/"iż" that opens a cue's reported clause, if one follows within THAT_GAP words,
    or within THAT_GAP_LONG over adverbials only (no verb, no noun that takes a "że" of its own)."""
    for j in range(cue + 1, min(last - 1, cue + 2 + THAT_GAP_LONG)):
        if toks[j].text == ",":
            if toks[j + 1].lemma not in ("że", "iż"):
                return None
            if j - cue - 1 > THAT_GAP and any(
                    toks[x].pos in _CUE_CLASSES or toks[x].lemma.lower() in _word_set("that_nouns") for x in range(cue + 1, j)):
                return None  # "wezwał do drugiego referendum … wykazało, że", "Podkreślili wagę zapewnień …, że"
            return j
        if (toks[j].pos == "interp" and not (j - cue - 1 > 0 and toks[j].text in "()„”\"")) or _is_cue(toks[j]):
            return None
    return None


def _common_subject(ctx: _Ctx, first: int, cue: int) -> bool:
    """Whether the clause names its speaker with a common noun in the nominative ("Jej obrońca przypomniał",
    "Prawnik oświadczył"): then the speaker is unnamed, not the last person quoted."""
    toks = ctx.doc.tokens
    if toks[cue].pos == "imps":
        return False  # an impersonal form has no subject ("W komunikacie wydanym w czwartek … poinformowano"; r34)
    # an adverbial participle shares the main clause's subject, before its comma ("Sąd nie ustosunkował się do
    # wniosku, argumentując, że"; from review batch r19)
    if toks[cue].pos == "pcon" and toks[first].pos == "subst" and has_case(toks[first].tag, "nom") and not \
            ctx.entities_at(toks[first].start) and toks[first].lemma.lower() in load_words("org_heads_pl.tsv") | _word_set(
                "institution_nouns_speaker"):
        # (a body's noun opening the sentence, the subject most often opens it; a person's noun, "Polityk, który …",
        # points back to someone named)
        return True
    lo = next((k + 1 for k in range(cue - 1, first - 1, -1) if toks[k].text in (",", ";", ":")), first)
    # an unknown capitalised word is a name the tagger missed ("Farage przyznał"): a subject all the same
    # a numeral phrase names people too: "kilka partii deklarowało"
    # (a word inside a name is no common noun: "ze swoim odpowiednikiem Taro Kono", where "Kono" is unknown; r23)
    named = {x for e in ctx.entities_in(toks[lo].start, toks[cue].start) if _oblique_apposition(ctx, e)
             for x in range(ctx.tok_at(e.start), ctx.tok_at(e.end - 1) + 1)}
    # (nor a word inside a name: "York" in 'W wywiadzie dla "New York Times" przyznał' is no subject; review m5)
    inside = {x for e in ctx.entities_in(toks[lo].start, toks[cue].start)
              for x in range(ctx.tok_at(e.start) + 1, ctx.tok_at(e.end - 1) + 1)}
    # (a noun after an adverbial participle that could be its object is not the subject: "Przedstawiając projekt
    # dokumentu zaznaczył, że" has none of its own, so the last person named goes on; "Mówiąc o Covid-19 kandydat
    # Demokratów deklarował" has one, a nominative only; review batch k23)
    verbal = next((x for x in range(lo, cue) if toks[x].pos in ("pcon", "pant")), cue)
    if toks[lo].pos == "ppas" and _has_reading_case(toks[lo], "nom") and toks[lo].text[:1].isupper():
        return False  # "Zapytany o zainteresowanie Alitalią odpowiedział": the participle's phrase, no subject (m11)

    def subject_case(k: int) -> bool:
        return k < verbal or not has_case(toks[k].tag, "acc")
    # so does a pronoun-like adjective before "z": "jeden z torysów miał przekonywać", "każdy z nich"
    return any((toks[k].pos in ("subst", "num") and has_case(toks[k].tag, "nom") or toks[k].tag == "ign" and toks[k].text[:1].isupper()
                or toks[k].pos == "adj" and k + 1 < cue and toks[k + 1].text.lower() in ("z", "ze")
                and any(tag.startswith("adj") and has_case(tag, "nom") for _l, tag, _q in analyse(toks[k].text)))
               and not ctx.entities_at(toks[k].start) and k not in named and k not in inside and subject_case(k)
               for k in range(lo, cue))


def _introduced_as(ctx: _Ctx, first: int, cue: int) -> Entity | None:
    """The person a common-noun subject was introduced as: "Wirusolog zaznaczył" after "wirusolog prof.
    Włodzimierz Gut" -> Gut (the article's own roles, beyond the title list)."""
    toks = ctx.doc.tokens
    if toks[cue].tag.split(":")[1:2] == ["pl"]:
        return None  # "Komentatorzy w CNN zwracali uwagę": many, not one introduced before (review batch r51)
    nouns = {toks[k].lemma.lower() for k in range(first, cue) if toks[k].pos == "subst" and has_case(toks[k].tag, "nom")}
    if not nouns:
        return None
    # an academic title written out is its abbreviation before the name: "Doktor zwracał uwagę" after "Dr Krzysztof
    # Kucharczyk" (review batch k5)
    nouns |= {abbr for noun, abbrs in _spec()["title_abbreviations"].items() if noun in nouns for abbr in abbrs}
    best: Entity | None = None
    for e in ctx.doc.entities:
        if e.type != "PER" or e.start >= toks[first].start:
            continue
        # the noun right before the name, over adjectives and abbreviated titles ("wirusolog prof. Włodzimierz
        # Gut"); not a noun the name complements ("korespondencję z Christopherem Wylie")
        k = ctx.tok_at(e.start) - 1
        while k >= 0 and (toks[k].pos == "adj" or toks[k].text.endswith(".") and len(toks[k].text) > 1
                          and toks[k].text.lower() not in nouns):
            k -= 1
        if k >= 0 and (toks[k].lemma.lower() in nouns or toks[k].text.lower() in nouns):
            best = e
    verb = _cue_reading(toks[cue]) or toks[cue]  # ("twierdzą" is also the noun "twierdza")
    if best is None and toks[first].lemma.lower() in nouns & _word_set("generic_person_nouns") and has_case(
            toks[first].tag, "nom") and toks[first].tag.split(":")[1:2] == ["sg"] and verb.tag.split(":")[1:2] == ["sg"]:
        # "Lekarka pisze, że" after "Maja Herman, psychiatra z WUM": a person's noun alone opening the clause points
        # back as "Polityk wyjaśnił" does (review batch r56); not "Naukowcy twierdzą"
        return _generic_antecedent(ctx, toks[first].start, verb)
    return best


def _resolve_institution(ctx: _Ctx, stoks: list[Token], noun_tok: Token, said_at: int, before: int,
                         cue: Token | None) -> Entity | None:
    """An institution noun as the speaker ("przewoźnik", "podaje gazeta", "firma poinformowała"): the body it
    points back to, by kind (a medium or not) and by role in its sentence (a subject before an object)."""
    # up to the cue: a quote before its cue may name the company itself ("… Ryanair odwołuje loty -
    # poinformowały tanie linie lotnicze")
    upto = max(before, cue.start) if cue is not None else before
    quantified = said_at > 0 and ctx.doc.tokens[max(0, ctx.tok_at(said_at) - 1)]
    both = ("obie", "oba", "obydwie", "obydwa", "wszystkie")  # by form: a capital "Obie" is read as the river Ob
    if any(t.pos == "num" or t.text.lower() in both for t in stoks) or (
            quantified and quantified.end <= said_at and (quantified.pos == "num" or quantified.text.lower() in both)):
        return None  # "Obie firmy zapewniają": more than one body ("Linie lotnicze" are one)
    # a media noun ("podaje gazeta", "podała agencja") points to a medium, any other ("firma") never does
    media = noun_tok.lemma.lower() in load_words("media_nouns_pl.tsv")
    after = stoks[stoks.index(noun_tok) + 1:] if noun_tok in stoks else []
    if media and after and (after[0].tag == "ign" or _ORG_NAME_QUALS & set(after[0].qualifiers)):
        return None  # "informuje agencja dpa": a medium named right there, one the entity finder does not know
    near = [e for e in ctx.entities_in(max(0, before - PRO_DROP_WINDOW), upto) if e.type in ("ORG", "PRO")
            and not _credit(ctx, e)]
    # a body named by the noun itself comes first ("Duńska Agencja Energii … Agencja zaznaczyła")
    noun = noun_tok.lemma.lower()
    # (or its noun introduced it: "związek zawodowy pilotów BALPA", "związku zawodowego CWR Poland"; review k11)
    named = [e for e in near if any(ctx.doc.tokens[x].lemma.lower() == noun for x in range(
        _noun_phrase_start(ctx, ctx.tok_at(e.start), noun), min(ctx.tok_at(e.end - 1) + 1, ctx.tok_at(e.start) + 2)))]
    named_ids = {e.entity_id for e in named}  # with its later mentions ("organizacji GAVI … . GAVI, która …"; k11)
    named = [e for e in near if e.entity_id in named_ids]
    if not named and noun in _word_set("institution_nouns_named_only"):
        return None  # "Sąd okręgowy uznał": a court the article names by the noun, or none (review batch r56)
    orgs = named or [e for e in near if _is_medium(ctx, e) is media]
    # the organisation last quoted as a source, if recent ("Ryanair wezwał rząd Francji i Komisję … Jak
    # pisze przewoźnik"); else a name outside quotes; one inside a quote only when no other ("Pracownicy
    # Ryanaira mogą stracić pracę - ostrzega ich pracodawca. … Przewoźnik tłumaczy")
    # (a person quoted since does not hide it: "Zdaniem „Timesa” … Rees-Mogg miał przekonywać … Według
    # informacji gazety"; the change that gave Rees-Mogg his quote took the newspaper's away)
    source, source_end = _last_spoken(ctx, before, person=False, body=True)
    if source is not None and source.type in ("ORG", "PRO") and source_end >= before - PRO_DROP_WINDOW and (
            _is_medium(ctx, source) is media) and not named:
        return source
    told = [e for e in orgs if not _quoted(ctx, e.start)] or orgs
    # a subject before an object: "Ryanair odmawia uznania związku zawodowego CWR Poland. Równocześnie firma"
    # (nor a short name in brackets after the name it spells: "z Światową Organizacją Zdrowia (WHO)")
    subjects = [e for e in told if not _in_prep_phrase(ctx, e) and not _possessor(ctx, e)
                and ctx.doc.text[max(0, e.start - 1):e.start] != "("]
    if not told and not any(e.type in ("ORG", "PRO", "GPE") for e in ctx.entities_in(0, upto)):
        # no body named yet, at an article's start: the one the next sentence opens with ("W wydanym oświadczeniu
        # przewoźnik poinformował, że … . Ryanair zapowiedział także"; review batch k4; 'Według informacji gazety …
        # . "Guardian" zaznaczył', k5)
        nxt = ctx.sentence_index(ctx.tok_at(cue.start if cue is not None else before)) + 1
        if nxt < len(ctx.doc.sentences):
            sent = ctx.doc.sentences[nxt]
            opener = sent.first + (ctx.doc.tokens[sent.first].text in _OPEN_QUOTES_ALL)  # ('"Guardian" zaznaczył')
            return next((e for e in ctx.entities_at(ctx.doc.tokens[opener].start) if e.type in ("ORG", "PRO")
                         and _is_medium(ctx, e) is media), None) if opener < sent.last else None
    return subjects[-1] if subjects else told[-1] if told else None


def _title_bodies(ctx: _Ctx, person: Entity) -> set[str]:
    """The initials of the bodies named in the person's titles, before a mention ("przewodniczący Rady Europejskiej
    Donald Tusk": "RE") or in apposition after it ("Michał Kanownik, prezes ZIPSEE …")."""
    toks, titles = ctx.doc.tokens, _all_titles()
    out: set[str] = set()
    for e in ctx.doc.entities:
        if e.entity_id != person.entity_id:
            continue
        k, kend = ctx.tok_at(e.start), ctx.tok_at(e.end - 1)
        x = next((x for x in range(k - 1, max(0, k - ROLE_WINDOW) - 1, -1) if toks[x].lemma.lower() in titles), None)
        if x is not None and _introduces(toks, k, titles):
            out.add(_body_initials([t.text for t in toks[x + 1:k]]))
        if kend + 2 < len(toks) and toks[kend + 1].text == "," and toks[kend + 2].lemma.lower() in titles:
            close = next((y for y in range(kend + 3, min(len(toks), kend + 3 + ROLE_WINDOW)) if toks[y].text in (
                ",", ".", ";", "-", "–")), min(len(toks), kend + 3 + ROLE_WINDOW))
            out.add(_body_initials([t.text for t in toks[kend + 3:close] if t.pos != "interp"]))
    return out - {""}


def _other_bodies(ctx: _Ctx, person: Entity, body: str) -> bool:
    """Whether the person was titled only with bodies other than `body` (initials; one a prefix of the other is the
    same body named short or long: "szef Agencji" and "prezes Agencji Rezerw Materiałowych")."""
    own = {b.upper() for b in _title_bodies(ctx, person)}
    return bool(own) and not any(b.startswith(body.upper()) or body.upper().startswith(b) for b in own)


def _named_before(ctx: _Ctx, limit: int) -> bool:
    """Whether a person is named before `limit` (the article does not open with the role)."""
    return any(e.type == "PER" for e in ctx.entities_in(0, limit))


def _resolve_role(ctx: _Ctx, speaker_text: str | None, before: int, cue: Token | None = None) -> Entity | None:
    """A role-only speaker ("prezydent") is the last person introduced with that role; an institution
    noun ("przewoźnik", "redakcja") the last organisation named; no subject at all, see `_pro_drop`."""
    if not speaker_text:
        return _pro_drop(ctx, cue, before)
    stoks = analyse_text(speaker_text)[0]
    # a title read as an adjective out of context is the noun ("przewodniczący Rady Europejskiej"; review batch r29)
    titles = load_words("person_titles_pl.tsv")
    stoks = [t if t.pos == "subst" else reread(t, lambda lem, tag: tag.startswith("subst") and lem in titles) or t
             for t in stoks]
    words = {t.lemma.lower() for t in stoks}
    if words & set(_spec()["unnamed_markers"]["words"]):
        return None  # "Anonimowy polityk Partii Pracy powiedział": someone the article does not name
    # where the phrase stands before its cue, if it does ("Szefowa Partii Zielonych [Caroline Lucas] ostrzegała")
    said_at = ctx.doc.text.rfind(speaker_text, max(0, cue.start - len(speaker_text) - 60), cue.start) if cue is not None else -1
    # the head's role only: "Rzecznik brytyjskiej premier Theresy May" is the spokesman, not the premier
    head = next((t.lemma.lower() for t in stoks if t.pos == "subst"), "")
    if head in ("rząd", "władze") and len(stoks) == 2 and stoks[0].pos == "adj":
        # "ukraiński rząd przekonuje": the government speaks for its state, named in the article (review batch r33)
        stem = stoks[0].text.lower().translate(str.maketrans("ąćęłńóśźż", "acelnoszz"))[:3]
        # (any word of the state's name: "Brytyjski rząd" is Wielka Brytania's; review batch r38)
        state = next((e for e in ctx.doc.entities if e.type == "GPE" and e.start < before and any(
            w.startswith(stem) for w in (e.canonical or e.lemma).lower().translate(str.maketrans(
                "ąćęłńóśźż", "acelnoszz")).split())), None)
        if state is not None and stoks[0].text.lower().endswith(NATIONALITY_ENDINGS):
            return state
    person_roles = {head} & load_words("person_titles_pl.tsv")
    # a title's synonyms name the same office: "Lider laburzystów" is the "Przywódca … Partii Pracy" (review r34)
    # (only for one office: "prawnik Bibi" is Bibi's lawyer, and "europoseł" no "poseł"; review batch r34)
    person_roles |= next((set(group) for group in _spec()["office_synonyms"] if person_roles & set(group)), set())
    head_tok = next((t for t in stoks if t.pos == "subst"), None)
    if person_roles and head_tok is not None and not _has_reading_number(head_tok, "sg"):
        return None  # "Większość ekspertów … uważa", "ministrowie podkreślili": many people, not one
    heads = _word_set("head_roles")
    offices: set[str] = set()  # the office a head of a named body holds: "szef MZ" is a minister
    if person_roles & heads:
        person_roles |= heads  # "szef ARM" is the "prezes Agencji Rezerw Materiałowych" introduced before
        governed = next((t for t in stoks if t.lemma.lower() != head and t.pos in ("subst", "ign")), None)
        office = _spec()["role_paraphrases"].get(governed.lemma) if governed is not None else None
        if governed is not None and office is not None and (governed.tag == "ign" or _has_reading_case(governed, "gen")):
            # "szefowa rządu" is the "premier Theresa May" (or "kanclerz Angela Merkel") introduced before
            offices = {office} if isinstance(office, str) else set(office)
            person_roles.update(offices)
    elif head.startswith("wice") and head[4:] in heads:
        # a deputy head of a ministry is a deputy minister: "Wiceszef resortu energii" is the "wiceminister energii
        # Michał Kurtyka" (review batch k8)
        governed = next((t for t in stoks if t.lemma.lower() != head and t.pos in ("subst", "ign")), None)
        office = _spec()["role_paraphrases"].get(governed.lemma) if governed is not None else None
        if governed is not None and office is not None and (governed.tag == "ign" or _has_reading_case(governed, "gen")):
            offices = {"wice" + o for o in ([office] if isinstance(office, str) else office)}
            person_roles.update(offices)
    if not person_roles:
        # "przewoźnik", "irlandzki przewoźnik" point back; "Związek holenderskich pilotów" names a new body
        # the last noun, with only adjectives after it: "firma ta", "Linie lotnicze", "Kierownictwo firmy"
        nouns = [t for t in stoks if t.pos == "subst"]
        institutions = _word_set("institution_nouns_speaker")
        generic_head = head in _word_set("generic_person_nouns")  # "menadżer włoskiego banku" is a person
        if nouns and not generic_head and (nouns[-1].lemma.lower() in institutions or nouns[-1].text[:1].isupper() and reread(
                nouns[-1], lambda lem, tag: tag.startswith("subst") and lem in institutions) is not None) and all(
                t.pos in ("adj", "num") for t in stoks[stoks.index(nouns[-1]) + 1:]):
            opens = said_at < 0 or said_at == 0 or ctx.doc.tokens[ctx.tok_at(said_at - 1)].pos not in ("subst", "prep", "adj")
            if cue is not None and cue.tag.split(":")[1:3] == ["pl", "ter"] and _has_reading_number(nouns[-1], "pl") and opens and (
                    nouns[-1].lemma.lower() not in ("linia", "linie", "władza", "służba", "zakład")):  # ("Linie lotnicze" are one)
                return None  # "Związki twierdzą": several bodies, none in particular (review batch r29)
            return _resolve_institution(ctx, stoks, nouns[-1], said_at, before, cue)
        if head not in _word_set("generic_person_nouns"):
            return None  # "resort dyplomacji", "władze": an institution, never the last person quoted
    toks = ctx.doc.tokens
    best: Entity | None = None
    # a name inside the phrase itself, just before the cue, complements it ("Rzecznik premier Theresy May")
    all_titles = _all_titles()
    phrase_at = ctx.doc.text.rfind(speaker_text, max(0, before - len(speaker_text) - 2), before)
    owners = {e.entity_id for e in ctx.entities_in(phrase_at, phrase_at + len(speaker_text)) if e.type == "PER"} \
        if phrase_at >= 0 and head in _word_set("speak_for_person") else set()  # ("rzecznik Theresy May": not May)
    limit = phrase_at if phrase_at >= 0 else before
    head_at = next((n for n, t in enumerate(stoks) if t.lemma.lower() == head), len(stoks))
    spk_body = _body_initials([t.text for t in stoks[head_at + 1:]])  # "KPRM" in "Szef KPRM"
    # a nationality adjective on the role ("węgierski prezydent", "Rosyjski prezydent", "brytyjska premier")
    nationality = next((t.text.lower() for t in stoks[:head_at] if t.pos == "adj" and t.text.lower().endswith(
        NATIONALITY_ENDINGS)), None)
    # a country the role names in the genitive ("prezydent Francji"): a holder titled with no country is only a
    # fallback to the one just quoted ("prezydent Donald Trump" is no "prezydent Francji"; review batch r55)
    country = next((t for t in stoks[head_at + 1:head_at + 2] if t.text[:1].isupper() and "nazwa_geograficzna" in t.qualifiers
                    and _has_reading_case(t, "gen")), None)
    countryless: Entity | None = None
    nat_best: Entity | None = None
    former = any(t.lemma.lower() == "były" and t.pos == "adj" for t in stoks[:head_at])  # "były prezydent"
    mentions: dict[str, int] = {}  # mentions so far: what the article has been about up to the quote
    for mention in ctx.doc.entities:
        if mention.type == "PER" and mention.start < limit:
            mentions[mention.entity_id] = mentions.get(mention.entity_id, 0) + 1
    holders: set[str] = set()  # everyone introduced with the role before the phrase
    later: Entity | None = None  # introduced only after the quote: "stwierdził prezydent. … Sztab prezydenta Donalda Trumpa"
    later_from = ctx.sentence_of(ctx.tok_at(max(before, cue.start))).end if cue is not None else len(ctx.doc.text)
    for e in ctx.doc.entities:
        if e.type != "PER" or limit <= e.start < later_from or later is not None and e.start >= limit:
            continue
        k = ctx.tok_at(e.start)
        kend = ctx.tok_at(e.end - 1)
        # the role just before the name ("prezes Agencji Rezerw Materiałowych Michał Kuczmierowski") or
        # in apposition after it ("Michał Kuczmierowski, prezes ARM")
        # the nearest title before the name is its own ("Rzecznik premier May": May is the premier)
        at = [x for x in range(k - 1, max(0, k - ROLE_WINDOW) - 1, -1) if toks[x].lemma.lower() in all_titles]
        titles_before = [toks[x].lemma.lower() for x in at]
        # a head role over a title in the genitive names the head's holder: "szef gabinetu prezydenta Krzysztof
        # Szczerski" is the chief of staff (review batch r23); "Rzecznik premier May" keeps the nearest
        headed = len(at) == 2 and titles_before[1] in _word_set("head_roles") and not _is_nominative(toks[at[0]])
        own = titles_before if headed else titles_before[:1]
        window = set(own) if _introduces(toks, k, all_titles) else set()
        if window and spk_body:
            x = at[-1] if headed else next(x for x in range(k - 1, -1, -1) if toks[x].lemma.lower() in all_titles)
            body = _body_initials([t.text for t in toks[x + 1:k]])
            if body and body != spk_body:
                window = set()  # "Szef KPRM przekazał" is not "prezes ARM Michał Kuczmierowski"
        if kend + 1 < len(toks) and toks[kend + 1].text == ",":
            # the apposition opens with its title, over adjectives only ("Michał Kuczmierowski, prezes ARM"; not
            # "Władimira Putina, w tym prezesa Gazpromu Aleksieja Millera")
            x = kend + 2
            while x < len(toks) and toks[x].pos == "adj" and x < kend + 2 + ROLE_WINDOW:
                x += 1
            # (an apposition shares the name's case: in "z ministrem … Adamem Niedzielskim, szef KPRM przekazał" the
            # title is the next clause's subject; review batch r40)
            if x < len(toks) and (_has_reading_case(toks[k], "nom") or toks[k].tag == "ign" or not _is_nominative(toks[x])):
                close = next((y for y in range(x + 1, min(len(toks), x + 10)) if toks[y].text in (",", ".", ";")), x + 1)
                appos_body = _body_initials([t.text for t in toks[x + 1:close]])
                # (of another body: "Robert Baltus, dyrektor ds. operacyjnych EBAA" is no "dyrektor EASA"; r47)
                if not (spk_body and appos_body and appos_body != spk_body):
                    window.add(toks[x].lemma.lower())
        if window & person_roles and nationality:
            fits = _same_country(ctx, nationality, k, e)
            if fits is False:
                continue  # "Rosyjski prezydent" is not the one introduced as "prezydent USA"
            if fits and e.start < limit:
                nat_best = e  # "węgierski prezydent": the one introduced with Hungary, over one with no country
        if window & person_roles and former and not _introduced_with(ctx, e, ["były", "była", "byłego", "byłej"]):
            continue  # "były prezydent" is not "prezydent Duda", the one in office (review batch r48)
        if window & person_roles:
            if e.start < limit and not person_roles & heads and _other_body(stoks, head_at, toks, at[:1], k):
                continue  # "Rzecznik niemieckiego MSZ" is not "Rzecznik niemieckiego rządu Steffen Seibert" (r27)
            if e.start < limit and country is not None and nationality is None and not any(
                    c.type == "GPE" for c in ctx.entities_in(toks[max(0, k - ROLE_WINDOW)].start, e.start)):
                countryless = e
                continue
            if e.start < limit:
                # of several people with the role, the one the article is most about ("Prezydent Rosji Władimir
                # Putin … Putin … prezydenta USA Donalda Trumpa … Rosyjski prezydent zapewnił": Putin), the last on a tie
                holders.add(e.entity_id)
                if best is None or mentions.get(e.entity_id, 0) >= mentions.get(best.entity_id, 0):
                    best = e
            elif later is None and (e.start < limit + len(speaker_text) or not _other_complement(stoks, head_at, toks, k)):
                later = e
    if nat_best is not None:
        best = nat_best
    elif best is not None and len(holders) > 1 and cue is not None:
        # the holder just quoted goes on: "„…” – napisał Poroszenko. Prezydent powtórzył, że" is not the other
        # president the article names more often (review batch r43)
        just, just_end = _last_spoken(ctx, before, person=True)
        if just is not None and just.entity_id in holders and just_end >= before - ROLE_ECHO_WINDOW:
            best = just
    if best is None and cue is not None and said_at >= 0 and any(
            t.text[:1].isupper() and t.tag == "ign" and not ctx.entities_at(t.start)
            for t in toks[ctx.tok_at(said_at + len(speaker_text)):ctx.tok_at(cue.start)] if t.start >= said_at + len(speaker_text)):
        return None  # "Szefowa Partii Zielonych Caroline Lucas ostrzegała": a name the entity finder missed, someone new
    if best is None and cue is not None and _name_inside(ctx, speaker_text, cue):
        return None  # "ostrzega prezes Tyrolskiej Izby Handlu Jürgen Bodenseer", read as one organisation: someone new
    if (best is None and cue is not None and not words & _word_set("generic_person_nouns")
            and 0 <= ctx.doc.text.find(speaker_text, cue.end, cue.end + len(speaker_text) + 2)):
        # "- dodał minister." right after Czarnek's words, no minister introduced by name: the one just quoted
        # (only a role right after its cue: "Dyrektor więzienia potwierdził" names someone new)
        ctx.pro_drops += 1  # it reads earlier speakers, so a second run sees those found by later finders
        last_person, last_end = _last_spoken(ctx, before, person=True)
        if last_person is not None and last_end >= before - ROLE_ECHO_WINDOW and _subject_agrees(
                ctx, last_person, cue, named=False) and _role_gender_agrees(stoks, head, last_person) and not (
                spk_body and _other_bodies(ctx, last_person, spk_body)) and not (
                offices and _titled_otherwise(ctx, last_person, offices)):
            # (not one titled with another body: "- uważa Michał Kanownik, prezes ZIPSEE" is no "przewodniczący
            # Komisji Europejskiej"; review batch r55)
            return last_person
    best = best or countryless
    plural = cue is not None and cue.tag.split(":")[1:2] == ["pl"]
    if best is None and later is not None and not plural and (cue is None or _subject_agrees(ctx, later, cue, named=False)):
        just, just_end = _last_spoken(ctx, before, person=True)
        if (cue is not None and just is not None and just_end >= before - ROLE_ECHO_WINDOW // 2
                and _subject_agrees(ctx, just, cue, named=False) and not _titled_otherwise(ctx, just, person_roles)):
            best = just  # "„…” – napisał Poroszenko. Prezydent powtórzył": not the president named later (r43)
        else:
            best = later
    if best is None and head in ("rzecznik", "rzeczniczka", "przedstawiciel", "przedstawicielka"):
        # a spokesman of a body named by its noun is the body the noun points back to: "- wyjaśnił rzecznik
        # koncernu" after Ford's plans is Ford (the guideline's spokesman rule; review batch r32)
        governed_noun = next((t for t in stoks[head_at + 1:] if t.pos == "subst"), None)
        after_noun = stoks[stoks.index(governed_noun) + 1:] if governed_noun is not None else []
        if governed_noun is not None and governed_noun.text.islower() and governed_noun.lemma.lower() in _word_set(
                "institution_nouns_speaker") and _has_reading_case(governed_noun, "gen") and all(
                t.pos == "adj" or t.text.islower() for t in after_noun) and not _phrase_goes_on(ctx, speaker_text, said_at, cue):
            # (not "rzecznik związku IALPA": named; nor "rzeczniczka związku zawodowego pracowników … ver.di", the
            # phrase running on past what was taken: review batch r37)
            body_of = _resolve_institution(ctx, stoks, governed_noun, said_at, before, cue)
            if body_of is not None:
                return body_of
    # a body's voice ("Przedstawiciel niemieckiego VC stwierdził") is the person the article is about only when
    # they were introduced with that body ("Przedstawicielka USA" after "sekretarza stanu USA … Oudkirk"; r28)
    voiced = [t.text for t in stoks[head_at + 1:] if t.text[:1].isupper()] if head in _word_set(
        "speak_for_organisation") | {"rzecznik", "rzeczniczka"} else []
    if best is None and voiced and cue is not None and not plural and head in _word_set("speak_for_organisation"):
        # "– … – oświadczyła Oudkirk … . Przedstawicielka USA wyraziła": the woman just quoted, of the role's gender,
        # goes on, though the article never named her with the body (review batch r44)
        just, just_end = _last_spoken(ctx, before, person=True)
        if (just is not None and just_end >= before - ROLE_ECHO_WINDOW and _subject_agrees(ctx, just, cue, named=False)
                and _role_gender_agrees(stoks, head, just) and not _titled_otherwise(ctx, just, person_roles)):
            return just
    if best is None and voiced and not any(_introduced_with(ctx, e, voiced) for e in ctx.entities_in(0, limit) if e.type == "PER"):
        return None
    if best is None and cue is not None and not plural and person_roles and _bare_role(stoks, head) and not _complement_follows(
            ctx, speaker_text, said_at) and not any(
            toks[x].lemma.lower() == head and has_case(toks[x].tag, "nom") and toks[x + 1].pos in ("subst", "adj")
            and _has_reading_case(toks[x + 1], "gen") and toks[x + 1].text.islower() for x in range(ctx.tok_at(limit) - 1)):
        # (not after the same role met unnamed with its own complement: "Rzeczniczka niemieckiego ministerstwa
        # powiedziała … - dodała rzeczniczka")
        # "Brytyjska premier podkreśliła", "- powiedział szef MSZ" with no premier or minister introduced by
        # name: the person the article is about, the last one named as a subject, of the role's gender
        cands = [e for e in ctx.entities_in(max(0, before - PRO_DROP_WINDOW), limit)
                 if e.type == "PER" and e.entity_id not in owners and not _quoted(ctx, e.start) and not _in_prep_phrase(ctx, e)
                 and not _possessor(ctx, e) and _subject_agrees(ctx, e, cue) and _role_gender_agrees(stoks, head, e)
                 and not (nationality and _same_country(ctx, nationality, ctx.tok_at(e.start), e) is False)
                 and not _titled_otherwise(ctx, e, person_roles)
                 # ("szef MZ" is no "premier Mateusz Morawiecki"; review batch r59)
                 and not (offices and _titled_otherwise(ctx, e, offices))
                 and not (spk_body and _other_bodies(ctx, e, spk_body))  # (of another body; r55)
                 and ctx.doc.text[max(0, e.start - 1):e.start] != "("]  # ("Royal Dutch Shell (RDSa.L)": a ticker; r30)
        if cands:
            last_sent = ctx.sentence_of(ctx.tok_at(cands[-1].start))
            best = next(e for e in cands if e.start >= last_sent.start)
            if voiced and not _introduced_with(ctx, best, voiced):
                return None
    phrase_pos = phrase_at if phrase_at >= 0 else ctx.doc.text.find(
        speaker_text, cue.end, cue.end + len(speaker_text) + 60) if cue is not None else -1
    if best is None and not plural and person_roles and not _named_before(ctx, limit) and not (
            phrase_pos >= 0 and any(not e.text.isupper() and e.type != "GPE" and _is_nominative(toks[ctx.tok_at(e.start)])
                                    for e in ctx.entities_in(phrase_pos, phrase_pos + len(speaker_text)))):
        # (not when the phrase names someone itself, in the nominative: "szef … (HAS) Dominique Le Guludec")
        # a role opening the article, no one named before it: the first person named after it who can hold it and
        # acts there ("Były premier przekonywał w BBC, że … . Blair wykorzystał też …"; review batch k6), of the
        # cue's gender as far as the name tells
        # ("Według szefa państwa …" has no cue verb: the quote's own sentence is the anchor)
        female = cue is not None and cue.tag.split(":")[2:3] == ["f"]
        after = ctx.sentence_of(ctx.tok_at(cue.start if cue is not None else before)).end  # (a later sentence)
        best = next((e for e in ctx.entities_in(max(before, after), max(before, after) + PRO_DROP_WINDOW)
                     if e.type == "PER" and not _quoted(ctx, e.start) and e.entity_id not in owners
                     and (cue is None or _subject_agrees(ctx, e, cue, named=False)) and _role_gender_agrees(stoks, head, e)
                     and (cue is None or (_female(e) is True or ctx.cue_female.get(e.entity_id) is True if female
                                          else _female(e) is not True))  # (no cue: the role's own gender tells)
                     and _acts(ctx, e) and all(_same_country(ctx, adj, ctx.tok_at(e.start), e) is True for adj in (
                         nationality, country.text if country is not None else None) if adj)
                     and not _titled_otherwise(ctx, e, person_roles)), None)
    if best is None and person_roles & heads and cue is not None and not plural:
        # a head no one named resolves to: its body speaks ("powiedział szef MSZ" with no minister in the article)
        where = ctx.doc.text.find(speaker_text, cue.end, cue.end + len(speaker_text) + 60)
        where = where if where >= 0 else said_at
        body_of = next((e for e in ctx.entities_in(where, where + len(speaker_text)) if e.type in ("ORG", "GPE")),
                       None) if where >= 0 else None
        if body_of is not None:
            return body_of
    generic_plural = any(t.lemma.lower() in _word_set("generic_person_nouns") and not _has_reading_number(t, "sg")
                         for t in stoks)  # "Większość ekspertów … uważa": many, not one
    # the head itself is the generic noun: "prawnik kobiety" is the woman's lawyer, not the woman (review batch r19)
    if best is None and head == "gość" and not plural:
        # the guest is the one interviewed: the last person quoted, not the last one named ("Prezydent Duda puszczał
        # oko … - komentuje Gość Radia ZET" is Komorowski, quoted before; review batch r48)
        just, just_end = _last_spoken(ctx, before, person=True)
        if just is not None and just.entity_id not in owners and just_end >= before - PRO_DROP_WINDOW:
            return just
    if best is None and head in _word_set("generic_person_nouns") and not plural and not generic_plural:
        # "Polityk wyjaśnił": a generic noun points back to the last person named as a subject, the first one
        # named in the last sentence that names one ("Phillip Lee zrezygnował … w rządzie Theresy May.")
        cands = [e for e in ctx.entities_in(max(0, before - PRO_DROP_WINDOW), before)
                 if e.type == "PER" and e.entity_id not in owners and not _quoted(ctx, e.start) and not _in_prep_phrase(ctx, e)
                 and (cue is None or _subject_agrees(ctx, e, cue))]
        if cands:
            last_sent = ctx.sentence_of(ctx.tok_at(cands[-1].start))
            best = next(e for e in cands if e.start >= last_sent.start)
        elif cue is not None and ctx.doc.text.startswith(speaker_text, cue.end + 1):
            # after its cue, with no subject named near: the person quoted just before goes on ("– … – grzmiał
            # menadżer" after "cytuje wiceprezesa Gazpromu Aleksandra Miedwiediewa, który stwierdził"; review m3),
            # not one quoted further back ("dodał mężczyzna" after an unnamed lawyer's words)
            nxt = _token_after(ctx, speaker_text, cue.end + 1)
            if nxt is None or nxt.pos not in ("ppas", "pact", "adj"):
                # (not a described source: "wyjaśnia dyplomata zaangażowany w negocjacje" is someone unnamed)
                best = _pro_drop(ctx, cue, before)
    return best


CHAIN_WINDOW = 300  # characters after the cue that may name the source chain; bounds work on run-on sentences


def _chain(ctx: _Ctx, start: int, end: int) -> tuple[str, ...]:
    """Source chain in an attribution clause, origin first: ("rosyjskie media", "AFP")."""
    end = min(end, start + CHAIN_WINDOW)
    region = ctx.doc.text[start:end]
    m = re.search(_spec()["chain_citation"], region)
    sent_start = ctx.sentence_of(ctx.tok_at(start)).start
    interview = re.search(_spec()["chain_interview"], ctx.doc.text[max(sent_start, start - CHAIN_WINDOW):end])
    k = ctx.tok_at(start)
    told = _media_addressee(ctx, k + 1, len(ctx.doc.tokens)) if ctx.doc.tokens[k].start == start and _is_cue(
        ctx.doc.tokens[k]) else None
    if not m and told is not None:  # "powiedział PAP rzecznik": the agency relays the words
        return (told[0].lemma,)
    if not m and interview:  # "w rozmowie z dziennikiem „Tagesspiegel” powiedział": the medium relays the words
        o_start = max(sent_start, start - CHAIN_WINDOW) + interview.start("origin")
        ents = ctx.entities_in(o_start, o_start + len(interview.group("origin")))
        return (ents[-1].lemma if ents else interview.group("origin"),)
    if not m:
        m2 = re.search(_spec()["chain_za"], region)
        return (_base_phrase(ctx, start + m2.start("origin"), start + m2.end("origin")),) if m2 else ()
    out = []
    if m.group("origin"):
        out.append(_base_phrase(ctx, start + m.start("origin"), start + m.end("origin")))
    out.append(_base_phrase(ctx, start + m.start("relay"), start + m.end("relay")))
    return tuple(x for x in out if x)


def _base_phrase(ctx: _Ctx, start: int, end: int) -> str:
    """A named source keeps its name ("agencję AFP" -> "AFP"); a common one gets its base form."""
    ents = ctx.entities_in(start, end)
    if ents:
        # a medium, not the speaker named after it ("cytowany przez DGP Jewhen Mahda")
        body = next((e.lemma for e in ents if e.type != "PER"), None)
        if body is None and ents[0].start > start and ctx.doc.text[start:ents[0].start].strip():
            # an unnamed medium before the speaker's name: "mówi cytowany przez portal Anthony Gardiner" (r27)
            return _base_phrase(ctx, start, ents[0].start)
        return body or ents[-1].lemma
    toks = [t for t in ctx.doc.tokens if start <= t.start and t.end <= end]
    return phrase_base(toks).lower() if toks else ctx.doc.text[start:end]


def _insertions(text: str, start: int, end: int) -> tuple[Span, ...]:
    out = []
    for m in re.finditer(_spec()["editorial_insertion"], text[start:end]):
        out.append(Span(start + m.start(), start + m.end(), m.group(0), "editorial:" + m.group("by")))
    return tuple(out)


def find_quotes(doc: Doc) -> list[Quote]:
    """All quotes in reading order, speakers resolved with the article's earlier mentions.

    The finders run by kind, not in reading order, so a subjectless cue ("- poinformowano.") may come
    before the quote it continues is found; when one was resolved that way, a second run starts with
    every quote's speaker known by position."""
    if not doc.tokens:
        return []
    ctx = _new_ctx(doc)
    quotes = _find_quotes(ctx)
    if ctx.pro_drops:
        seeded = _new_ctx(doc)
        for q in quotes:
            if q.speaker is not None:
                _remember(seeded, q.start, q.end, q.speaker)
        # every quote found, with a speaker or none: "przekazały, że kandydat … Joe Biden wygrał" names Biden in
        # the media's words, not as the one a later "- powiedział wiceszef MSZ" is about (review batch r56)
        seeded.seen = sorted((q.start, q.end) for q in quotes)
        quotes = _find_quotes(seeded)
    return quotes


def _new_ctx(doc: Doc) -> _Ctx:
    return _Ctx(doc, [t.start for t in doc.tokens], _roles())


def _unopened_spans(ctx: _Ctx, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A closing mark with no opening one, right before its cue ("… ze sprawą Asii Bibi” oświadczył minister."):
    the quotation runs from the start of its sentence."""
    text, toks = ctx.doc.text, ctx.doc.tokens
    out: list[tuple[int, int]] = []
    for m in re.finditer("”", text):
        b = m.start()
        if any(s - 1 <= b <= e for s, e in spans) or text.rfind("„", 0, b) > text.rfind("”", 0, b):
            continue  # paired, or an opening mark stands before it
        k = ctx.tok_at(b + 1)
        while k < len(toks) and toks[k].start <= b:
            k += 1
        cue = next((x for x in range(k, min(len(toks), k + 3)) if _is_cue(toks[x])), None)
        if cue is None:
            continue
        if cue + 2 < len(toks) and toks[cue + 1].text == "," and toks[cue + 2].lemma in ("że", "iż", "czy"):
            continue  # '„Gazety Polskiej” dopytywał, czy …': a title's mark; the cue's own clause holds the words (k21)
        sent = ctx.sentence_of(ctx.tok_at(b - 1))
        start = toks[sent.first].start
        if b - start > 20:
            out.append((start, b))
    return out


COMMA_TAIL = 8  # tokens after a sentence-final cue set off by a comma ("…, poinformował spiker Izby Gmin John Bercow.")


def _comma_attribution(ctx: _Ctx, sent: Sentence, k: int) -> bool:
    """Whether the comma at `k` sets off a PAP-style attribution closing the sentence, as a dash does ("… strata dla
    Wielkiej Brytanii, przekonywał.", "…, pisze Reuters.", "…, czytamy w komunikacie prasowym"): a clause with a
    verb of its own and no "że" before it; after the cue only its speaker, an adverbial or a source, and no object
    ("bankructwa …, podkreślają konieczność", "Rizvi, wezwał Pakistańczyków"; review batch k2)."""
    toks = ctx.doc.tokens
    cue_i = k + 1
    if k - sent.first < 5 or cue_i >= sent.last or not _is_cue(toks[cue_i]):
        return False
    cue = _cue_reading(toks[cue_i]) or toks[cue_i]
    last = sent.last - 1 if toks[sent.last - 1].text in (".", "!", "?") else sent.last
    if cue.pos not in ("fin", "praet") or last - cue_i - 1 > COMMA_TAIL:
        return False
    words = range(sent.first, k)
    if not any(toks[x].pos in ("fin", "praet", "bedzie", "imps", "winien", "pred") for x in words) or any(
            toks[x].lemma in ("że", "iż", "który", "czy") or toks[x].text in _DASHES for x in words):
        return False
    tail = range(cue_i + 1, last)
    if any(toks[x].text in (",", ";", ":") or toks[x].lemma in ("że", "iż", "by", "aby", "czy", "który", "się") for x in tail):
        return False
    return not tail or bool(ctx.entities_in(toks[cue_i].end, toks[last - 1].end)) or any(
        toks[x].lemma.lower() in ctx.roles | _word_set("generic_person_nouns") | _word_set("institution_nouns_speaker")
        or toks[x].pos == "prep" for x in tail)


def _dialogue_units(doc: Doc) -> list[Sentence]:
    """Sentences, split again where a dash reopens dialogue after ';' ("… - mówił Michał Dworczyk; - Niektóre
    szpitale … - powiedział prezes ARM"), so that each quote there meets its own cue."""
    toks = doc.tokens
    out: list[Sentence] = []
    for sent in doc.sentences:
        first = sent.first
        if ";" not in doc.text[sent.start:sent.end]:
            out.append(sent)
            continue
        for k in range(sent.first + 1, sent.last - 1):
            if toks[k].text == ";" and toks[k + 1].text in _DASHES:
                out.append(Sentence(toks[first].start, toks[k].end, first, k + 1))
                first = k + 1
        out.append(sent if first == sent.first else Sentence(toks[first].start, sent.end, first, sent.last))
    return out


def _find_quotes(ctx: _Ctx) -> list[Quote]:
    doc = ctx.doc
    text, toks = doc.text, doc.tokens
    found: list[Quote] = []
    covered = ctx.covered

    def add(q: Quote) -> Quote:
        """Keep a quote; returns it as kept (a nationality noun's speaker resolved), for the quotes it continues."""
        if not (0 <= q.start < q.end <= len(text)) or not q.content.strip():
            return q  # a cue at the very end of a text ("Według X," and nothing after) quotes nothing
        if q.speaker is not None and q.cue_start is not None and person_noun(q.speaker.text) and (
                q.speaker.type == "PER" or q.speaker.type == "LOC" and _has_reading_number(toks[ctx.tok_at(q.speaker.start)], "sg")):
            # (whatever the model typed it: "Brytyjczyk wypominał …, argumentując" was a place; review batch r59)
            # "- … - powiedział Irlandczyk" after "szef Ryanair Michael O'Leary ostrzegł": a nationality noun points
            # back like "polityk" does, to the last person named as a subject (review batch r38)
            at = min(q.start, q.speaker.start)
            noun = toks[ctx.tok_at(q.speaker.start)]
            q = replace(q, speaker=None if not _has_reading_number(noun, "sg") else (  # "Irlandczycy, którzy narzekają"
                _introduced_by(ctx, noun, at) or _generic_antecedent(ctx, at, toks[ctx.tok_at(q.cue_start)])))
        found.append(q)
        bisect.insort(covered, (q.start, q.end))
        if q.speaker is not None:
            _remember(ctx, q.start, q.end, q.speaker)
            if q.speaker.type == "PER" and q.cue_start is not None:
                # "- … - powiedział w rozmowie z „Bild am Sonntag”" tells that Saif-ul-Malook is a man
                fields = toks[ctx.tok_at(q.cue_start)].tag.split(":")
                if fields[0] == "praet" and len(fields) > 2 and fields[1] == "sg":
                    ctx.cue_female.setdefault(q.speaker.entity_id, fields[2] == "f")
        return q

    # 1. quoted passages and 2. PAP-style "<content> - cue speaker" in reading order
    spans = _quote_spans(text)
    spans = sorted(spans + _unopened_spans(ctx, spans))
    candidates: list[tuple[int, str, Any]] = [(s, "quoted", (s, e)) for s, e in spans]
    units = _dialogue_units(doc)
    for si, sent in enumerate(units):
        for k in range(sent.first + 1, sent.last - 1):
            if toks[k].text == "," and text[sent.start] not in "\"„«»“" and _comma_attribution(ctx, sent, k):
                candidates.append((sent.start, "dash", (sent, k)))
                break
            if toks[k].text in _DASHES and _is_cue(toks[k + 1]) and toks[k + 1].pos != "ppas" and (
                    text[sent.start] not in "\"„«»“") and (
                    _that_clause(toks, k + 1, sent.last) is None):  # ("… rywala - utrzymuje, że …": its own words follow)
                if toks[k - 1].text in _CLOSE_QUOTES and any(e == toks[k - 1].start for _s, e in spans):
                    break  # '… zacytował Koran: "Tolerancja …" - napisał.': the cue is the quoted passage's
                if toks[sent.first].text not in _DASHES and any(
                        toks[x].text in _DASHES and toks[x + 1].text[:1].islower() and text[toks[x].start - 1] == " "
                        for x in range(sent.first + 1, min(k - 1, sent.first + 5))):
                    break  # "Większość ekspertów - w tym tych … - uważa, że": a short subject, then an inserted phrase
                if any(toks[x].text in _DASHES and toks[x + 1].text.lower() in ("według", "zdaniem") and k - x <= 6
                       for x in range(sent.first + 1, k - 1)):
                    break  # "Tam Asia Bibi została pobita i – według oskarżycieli – przyznała się": an inserted source (r58)
                opened = sent
                if toks[sent.first].text not in _DASHES:
                    # "- Nord Stream 2 narusza zasadę … . Druga nitka … - zaznaczył szef rządu.": the quote opened
                    # with a dash up to DASH_SENTENCES sentences back, none of them closed by a cue of its own
                    for back in range(si - 1, max(-1, si - 1 - DASH_SENTENCES), -1):
                        prev = units[back]
                        if _has_dash_cue(toks, prev) or text[prev.start] in "\"„«»“" or (
                                toks[prev.first].text in _DASHES and prev.first + 1 < prev.last and _is_cue(toks[prev.first + 1])):
                            break  # ("… bezpieczeństwo. - ocenił adwokat. Za umowę …": another quote's cue; r56)
                        if toks[prev.first].text in _DASHES and prev.first + 1 < prev.last:
                            opened = Sentence(prev.start, sent.end, prev.first, sent.last)
                            break
                candidates.append((opened.start, "dash", (opened, k)))
                break
        else:
            # "- W przyszłym tygodniu ARM rozpocznie dystrybucję. - dodał.": the cue split off as its own sentence;
            # the quote runs from the dash that opened it, up to DASH_SENTENCES sentences back
            if (toks[sent.first].text in _DASHES and si > 0 and sent.first + 2 < sent.last
                    and not _is_cue(toks[sent.first + 1]) and _has_dash_cue(toks, units[si - 1])):
                # "- … - dodał. - Chodzi o to, żeby …": the speaker goes on after the cue, in a new dash sentence
                candidates.append((sent.start, "dashcont", sent))
            if toks[sent.first].text in _DASHES and sent.first + 1 < sent.last and _is_cue(toks[sent.first + 1]):
                for back in range(si - 1, max(-1, si - 1 - DASH_SENTENCES), -1):
                    opener = units[back]
                    if toks[opener.first].text in _DASHES and opener.first + 1 < opener.last and _is_cue(toks[opener.first + 1]):
                        # "… - ocenił adwokat. Za umowę … . Jeszcze jeden rząd … . - czytamy": another quote's cue
                        # opens no quote; the words are the sentence right before this cue (review batch r56)
                        if back + 1 < si:
                            words = units[si - 1]
                            candidates.append((words.start, "dash", (Sentence(words.start, sent.end, words.first, sent.last),
                                                                     sent.first)))
                        break
                    if toks[opener.first].text in _DASHES and opener.first + 1 < opener.last:
                        candidates.append((opener.start, "dash", (Sentence(opener.start, sent.end, opener.first, sent.last),
                                                                  sent.first)))
                        break
                else:
                    # "… w wielu miejscach to panuje. - podkreślił Tomasz Sakiewicz": the scrape lost the opening
                    # dash; the words are the sentence right before the cue, as after another quote's cue (m1).
                    # Not when that sentence has a cue of its own ("May argumentowała, że …" is reported already)
                    # or the verb is in the first person ("– Potwierdzam, że …" opens the words, it is no cue).
                    said = toks[sent.first + 1].tag.split(":")
                    before = units[si - 1] if si > 0 else None
                    if before is not None and text[before.start] not in "\"„«»“" and before.last - before.first > 3 and (
                            "pri" not in said and "sec" not in said) and not any(
                            _is_cue(toks[x]) for x in range(before.first, before.last)):
                        candidates.append((before.start, "dash", (Sentence(before.start, sent.end, before.first, sent.last),
                                                                  sent.first)))
    candidates.sort(key=lambda c: c[0])
    prev_attr: Quote | None = None
    for _pos, kind, data in candidates:
        if kind == "quoted":
            qs, qe = data
            if len(text[qs:qe].split()) < 3 or _title(text[qs:qe]):
                continue
            named_by = ctx.tok_at(qs) - 2  # the word before the opening mark
            if named_by >= 0 and toks[named_by].end <= qs and text[qs - 1:qs] in _OPEN_QUOTES_ALL | {'"'} and (
                    toks[named_by].lemma.lower() in _word_set("title_nouns")):
                continue  # "podczas konferencji „Gospodarka a geopolityka. …”": a name (review batch r44)
            ci = ctx.tok_at(qe + 1)
            sent = ctx.sentence_of(ci if ci < len(toks) else len(toks) - 1)
            cue_i = None
            tak_at: int | None = None
            for k in range(ci, min(ci + 4, sent.last)):
                if _is_cue(toks[k]):
                    cue_i = k
                    break
                if toks[k].text.lower() == "tak" and toks[k].start > qe:
                    # "„…” – tak Jan Nowak skomentował decyzję": the speaker between "tak" and the cue
                    cue_i = next((x for x in range(k + 1, min(k + 8, sent.last)) if _is_cue(toks[x])
                                  and toks[x].pos in ("praet", "fin")), None)
                    tak_at = k if cue_i is not None else None
                    break
                if toks[k].text not in _DASHES | {",", "\"", "”", "»", "«"} and toks[k].start > qe:
                    break
            speaker: Entity | None = None
            stext: str | None = None
            cue_tok: Token | None = toks[cue_i] if cue_i is not None else None
            if tak_at is not None and cue_i is not None:
                speaker, stext = _speaker_before(ctx, tak_at + 1, cue_i) if cue_i > tak_at + 1 else (None, None)
            elif cue_i is None:
                osent = ctx.sentence_of(ctx.tok_at(qs - 1))
                # words introduced by a colon are said: a verb reading wins there ("Tak tłumaczy to Polski Związek
                # Higieny na swoich stronach: "…"": not the noun "tłumacz"; from review batch r19)
                colon_before = text[:qs].rstrip().rstrip("\"„«»“'").rstrip().endswith(":")
                for k in range(ctx.tok_at(qs - 1), osent.first - 1, -1):
                    # not a passive participle: "licencji przyznanej przez Ofcom" grants, it does not say
                    reading = _cue_reading(toks[k]) if colon_before else toks[k] if _is_cue(toks[k]) else None
                    if toks[k].end <= qs and reading is not None and reading.pos != "ppas":
                        cue_i, cue_tok = k, reading
                        break
                if cue_i is not None and cue_i > 0 and toks[cue_i - 1].text.lower() == "jak":
                    # 'Rosja - jak mówił - "świetnie rozumie realia"': the subject before "jak" is the words', the
                    # speaker follows the cue or goes on from before (from review batch r20)
                    upto = next((x for x in range(cue_i + 1, ctx.tok_at(qs)) if toks[x].text in _DASHES), ctx.tok_at(qs))
                    speaker, stext, _ = _speaker_after(ctx, cue_i + 1, upto)
                elif cue_i is not None:
                    speaker, stext = _speaker_before(ctx, osent.first, cue_i)
                    if speaker is None and stext is None:
                        speaker, stext, _ = _speaker_after(ctx, cue_i + 1, ctx.tok_at(qs))
            else:
                speaker, stext, _ = _speaker_after(ctx, cue_i + 1, sent.last)
                if speaker is None and stext is None:
                    # 'Sędzia Saqib Nasir … zacytował Koran: "…" - napisał.': the subject of the words before the quote
                    osent = ctx.sentence_of(ctx.tok_at(qs - 1))
                    speaker = next((e for e in ctx.entities_in(osent.start, qs - 1) if e.type == "PER"
                                    and not _quoted(ctx, e.start) and not _in_prep_phrase(ctx, e)
                                    and _subject_agrees(ctx, e, toks[cue_i])), None)
            if cue_i is None:
                # "Minister Jan Nowak: „Nie ma zgody”": a name and a colon introduce the words without a verb
                colon = ctx.tok_at(qs - 1)
                while colon > 0 and toks[colon].start >= qs:
                    colon -= 1
                if toks[colon].text in _OPEN_QUOTES_ALL and colon > 0:
                    colon -= 1
                named = [e for e in ctx.entities_in(max(0, toks[colon].start - 80), toks[colon].start)
                         if e.type in SPEAKER_TYPES and e.end == toks[colon - 1].end] if (
                    toks[colon].text == ":" and colon > 0) else []
                if named:
                    q = Quote(qs, qe, text[qs:qe], "direct", named[0], named[0].text, None, None, None, (),
                              _insertions(text, qs, qe))
                    prev_attr = add(q)
                    continue
                osent = ctx.sentence_of(ctx.tok_at(qs - 1))
                opinion = next((x for x in range(osent.first, ctx.tok_at(qs - 1)) if toks[x].text.lower() in (
                    "zdaniem", "według") and x + 1 < len(toks) and toks[x + 1].end <= qs), None)
                holder = next((e for e in ctx.entities_at(toks[opinion + 1].start) if e.type == "PER"), None) \
                    if opinion is not None else None
                if holder is not None and opinion is not None:
                    # 'Taka strategia jest – zdaniem Türeci – sensowna, „ale …”': the opinion's holder says the words,
                    # not the one quoted before (review batch r21)
                    q = Quote(qs, qe, text[qs:qe], "direct", holder, holder.text, toks[opinion].text, toks[opinion].lemma,
                              toks[opinion].start, (), _insertions(text, qs, qe))
                    prev_attr = add(q)
                elif prev_attr is not None and qs - prev_attr.end < 400 and len(text[qs:qe].split()) >= 3:
                    q = Quote(qs, qe, text[qs:qe], "direct", prev_attr.speaker, prev_attr.speaker_text,
                              None, None, None, prev_attr.source_chain, _insertions(text, qs, qe))
                    add(q)
                continue
            assert cue_tok is not None
            if speaker is None or speaker.type != "PER" and not _mistyped_person(ctx, speaker, stext):
                speaker = _resolve_role(ctx, stext, qs, cue_tok) or speaker
            sent_end = ctx.sentence_of(cue_i).end
            chain = _chain(ctx, cue_tok.start, sent_end)
            q = Quote(qs, qe, text[qs:qe], "direct", speaker, stext, cue_tok.text, cue_tok.lemma,
                      cue_tok.start, chain, _insertions(text, qs, qe))
            prev_attr = add(q)
        elif kind == "dashcont":
            sent = data
            qs = toks[sent.first + 1].start
            last = sent.last - 1 if toks[sent.last - 1].text in (".", "!", "?", "…") else sent.last
            qe = toks[last - 1].end
            if prev_attr is None or prev_attr.cue_start is None or not (
                    doc.sentences[max(0, ctx.sentence_index(sent.first) - 1)].start <= prev_attr.cue_start < sent.start):
                continue  # the quote before this sentence must be the one whose cue ended it
            if any(s <= qs < e for s, e in covered) or len(text[qs:qe].split()) < 3:
                continue
            q = Quote(qs, qe, text[qs:qe], "direct", prev_attr.speaker, prev_attr.speaker_text, None, None, None,
                      prev_attr.source_chain, _insertions(text, qs, qe))
            add(q)
        else:
            sent, k = data
            qs = sent.start
            if toks[sent.first].text in _DASHES:
                qs = toks[sent.first + 1].start  # dialogue: "– Nie możemy … – mówiła X"
            else:
                # "Trump wygrał w 24 stanach; - Wygraliśmy wybory - powiedział Trump": a dash after ";" opens it
                semi = next((x for x in range(k - 1, sent.first, -1) if toks[x].text in _DASHES
                             and toks[x - 1].text in (";", ":")), None)
                if semi is not None:
                    qs = toks[semi + 1].start
            qe = toks[k - 1].end
            if any(s <= qs < e for s, e in covered):
                continue
            speaker, stext, _ = _speaker_after(ctx, k + 2, sent.last)
            if speaker is None or speaker.type != "PER" and not _mistyped_person(ctx, speaker, stext):
                speaker = _resolve_role(ctx, stext, qs, toks[k + 1]) or speaker
            if speaker is None and stext:
                bisect.insort(ctx.unnamed, qe)  # "- … - mówił Zawa Hussain Warraich": someone the finder missed
            chain = _chain(ctx, toks[k + 1].start, sent.end)
            q = Quote(qs, qe, text[qs:qe], "direct", speaker, stext, toks[k + 1].text, toks[k + 1].lemma,
                      toks[k + 1].start, chain, _insertions(text, qs, qe))
            prev_attr = add(q)

    # 3. reported speech
    according = set(_spec()["according_to"])
    for sent in doc.sentences:
        if any(s <= sent.start and sent.end <= e for s, e in covered):
            continue
        # tokens close enough before a ", że" to be its cue; only they are read for a speech-verb reading
        near_that = {x for j in range(sent.first + 1, sent.last - 1) if toks[j].text == "," and toks[j + 1].lemma in ("że", "iż")
                     for x in range(max(sent.first, j - 1 - THAT_GAP_LONG), j)}
        for k in range(sent.first, sent.last):
            t = toks[k]
            cue_t = _cue_reading(t) if k in near_that and t.pos not in ("interp", "prep", "conj", "comp") else None
            comma = _that_clause(toks, k, sent.last) if cue_t is not None else None
            if comma is not None and cue_t is not None and cue_t.pos in ("pact", "ppas") and (
                    comma != k + 1 or cue_t.lemma in ("wykluczyć", "wykluczać")):
                # "uspokajające sygnały spowodowały, że": a participle before its noun is no cue; "Nie jest
                # wykluczone, że" is the journalist's
                comma = None
            before_inf = k - 1
            while before_inf > sent.first and toks[before_inf].pos in ("qub", "conj", "adv", "comp") and k - before_inf < 3:
                before_inf -= 1  # "Nie da się więc wykluczyć, że": over a particle to the modal
            if comma is not None and cue_t is not None and cue_t.pos == "inf" and k > sent.first and (
                    toks[before_inf].lemma.lower() in _word_set("impersonal_modals")):
                comma = None  # "Warto zwrócić uwagę, że", "Należy dodać, że": the journalist's own words
            if comma is not None and cue_t is not None:
                t = cue_t
                cs, ce = toks[comma + 1].end, sent.end
                if ce > cs and text[ce - 1] in ".!?":
                    ce -= 1
                cs = cs + (len(text[cs:ce]) - len(text[cs:ce].lstrip()))
                # "oceniło, że "to dobry moment"": the quoted words are already a direct quote
                inner = cs + 1 if text[cs:cs + 1] in _OPEN_QUOTES_ALL else cs
                if any(s <= inner < e for s, e in covered):
                    break
                speaker, stext = _speaker_before(ctx, sent.first, k)
                if speaker is None and stext is None and comma > k + 1 and cue_t.pos != "pcon":  # "powiedział premier
                    # Morawiecki, że"; not "relacjonując spotkanie z … Rexem Tillersonem, że": a participle's object (r59)
                    speaker, stext, _ = _speaker_after(ctx, k + 1, comma)
                if speaker is None or speaker.type != "PER":
                    # a role resolves to a person; an organisation or a newspaper named as the subject stays
                    common = stext is None and speaker is None and _common_subject(ctx, sent.first, k) and not (
                        toks[k - 1].lemma == "i" and _is_cue(toks[k - 2]))  # "- dodał i stwierdził": who spoke
                    speaker = (_resolve_role(ctx, stext, t.start, t) or speaker) if stext else (
                        speaker or (_introduced_as(ctx, sent.first, k) if common else _pro_drop(ctx, t, t.start)))
                    if speaker is None and (stext or common):
                        bisect.insort(ctx.unnamed, ce)
                nested = _nested_attribution(ctx, comma + 2, sent.last, speaker, stext)
                if nested is not None and nested[0] is not None and nested[0].type == "PER" and nested[1] is not None \
                        and nested[0].text in nested[1]:
                    # "Reuters zwraca uwagę, że szef KE Jean-Claude Juncker zapewnił, iż …", "Zwracają uwagę, że Spencer
                    # powiedział, iż …": the named person's words; their own cue takes them (review batch r43)
                    continue
                add(Quote(cs, ce, text[cs:ce], "reported", speaker, stext, t.text, t.lemma, t.start,
                          _chain(ctx, t.start, sent.end), _insertions(text, cs, ce)))
                break
            if t.text.lower() == "jak" and k + 2 < sent.last and _is_cue(toks[k + 1]):
                # "jak podkreślił X, …"; between dashes ("bo - jak zaznaczyła May - "…"", "Rząd - jak poinformował
                # Nowak - przyjął") it attributes a quote found already or words around it: not a clause of its own
                comma = next((x for x in range(k + 2, sent.last) if toks[x].text == "," or toks[x].text in _DASHES), None)
                if comma is None or toks[comma].text in _DASHES:
                    break
                speaker, stext, _ = _speaker_after(ctx, k + 2, comma)
                if speaker is None:
                    speaker = _resolve_role(ctx, stext, t.start, toks[k + 1])
                if stext and speaker is not None and speaker.type == "PER" and (
                        app := _apposition_end(ctx, comma + 1, sent.last)) is not None:
                    comma = app  # "Jak podkreślił Jan Kowalski, rzecznik ministerstwa, decyzja …": the role is not the words
                cs, ce = toks[comma].end + 1, sent.end - (1 if text[sent.end - 1] in ".!?" else 0)
                # (only a named relay: "Jak podano, minister uważa, że" is the minister's words, no relay named)
                nested = _nested_attribution(ctx, comma + 1, sent.last, speaker, stext) if stext else None
                if nested is not None:
                    # "Jak informuje agencja dpa, Seibert wskazał, że …": Seibert's words, relayed by dpa (r32)
                    inner_who, who_text, cue_tok, words_at, relay = nested
                    cs = toks[words_at].start
                    add(Quote(cs, ce, text[cs:ce], "reported", inner_who, who_text, cue_tok.text, cue_tok.lemma,
                              cue_tok.start, relay, _insertions(text, cs, ce)))
                    break
                add(Quote(cs, ce, text[cs:ce], "reported", speaker, stext, toks[k + 1].text, toks[k + 1].lemma,
                          toks[k + 1].start, (told[0].lemma,) if (told := _media_addressee(ctx, k + 2, comma)) else (),
                          _insertions(text, cs, ce)))
                break
            # "Według X, …", also after a connective: "Natomiast według ministra, …", "Jednak zdaniem X, …"
            if t.text.lower() == "zdaniem" and k == sent.first + 1 and toks[sent.first].text.lower() in ("jego", "jej"):
                # "Jego zdaniem „mało kto” popiera …": the opinion of the one just quoted, of the pronoun's gender
                who, who_end = _last_spoken(ctx, t.start, person=True)
                hers = toks[sent.first].text.lower() == "jej"

                def fits(e: Entity, hers: bool = hers) -> bool:
                    female = _female(e) if _female(e) is not None else ctx.cue_female.get(e.entity_id)
                    return female is True if hers else female is not True
                if who is not None and not fits(who):
                    who = None
                # (or a person named since in the sentence before: "Ale May atakował też lider Liberalnych
                # Demokratów Vince Cable. Jego zdaniem …" is Cable's, not Corbyn's, quoted earlier; review batch k1)
                prev = ctx.doc.sentences[max(0, ctx.sentence_index(k) - 1)]
                since = [e for e in ctx.entities_in(max(prev.start, who_end), t.start) if e.type == "PER"
                         and not _quoted(ctx, e.start) and not _in_prep_phrase(ctx, e) and _is_nominative(
                             toks[ctx.tok_at(e.start)]) and fits(e)]
                if since:
                    who = since[-1]
                start_at = k + 1 if toks[k + 1].text != "," else k + 2
                if start_at < sent.last:
                    cs, ce = toks[start_at].start, sent.end - (1 if text[sent.end - 1] in ".!?" else 0)
                    add(Quote(cs, ce, text[cs:ce], "reported", who, None, t.text, t.lemma, t.start, (),
                              _insertions(text, cs, ce)))
                break
            if t.text.lower() in according and k <= sent.first + 2 and all(
                    toks[x].pos in ("conj", "qub", "adv", "comp") for x in range(sent.first, k)):
                depth, comma, bracketed, inside = 0, None, 0, 0
                for x in range(k + 1, min(sent.last, k + 16 + BRACKET_TOKENS)):
                    depth += (toks[x].text == "(") - (toks[x].text == ")")
                    inside += depth > 0
                    if toks[x].text == ")" and depth == 0 and x + 1 < sent.last and toks[x + 1].text[:1].isupper():
                        bracketed = min(inside, BRACKET_TOKENS)  # a bracket's words, then the source's name, do not count
                    if toks[x].text == "," and depth <= 0 and x < k + 12 + bracketed + 4 * (inside > 0):
                        comma = x  # not inside a bracket: "zdaniem eksperta ds. psefologii (analizy wyborów, …) X,"
                        break
                # "Według Michała Kuczmierowskiego każda placówka …": no comma, the words start after the name
                person = next((e for e in ctx.entities_in(t.end, toks[comma].start if comma is not None else sent.end)
                               if e.type in SPEAKER_TYPES), None)  # the first name: "Według dziennika „X” Y powiedział"
                # right after "według", over a role and its adjectives only ("Według badań elektorat … od Republikanów"
                # names no source)
                head_at = k + 1
                while head_at < sent.last and toks[head_at].pos == "adj":
                    head_at += 1
                person = person if person is not None and person.type == "PER" and (
                    head_at == ctx.tok_at(person.start) or toks[head_at].lemma.lower() in ctx.roles) else None
                after = ctx.tok_at(person.end - 1) + 1 if person is not None else sent.last
                titled = _titles_after_media_noun(toks, head_at, sent.last)
                if person is None and titled is not None and titled + 1 < sent.last and toks[titled + 1].text != ",":
                    # "Według gazet "The Guardian" i "The Telegraph" kampania …": the papers, then the words (dev MISS)
                    after = titled + 1
                # (or another name opens them: "Według Johnsona Hammond usiłuje"; review batch r21)
                if titled is not None and after == titled + 1:
                    comma, bare = titled, True
                elif after < (comma if comma is not None else sent.last - 2) and (toks[after].text[:1].islower() or any(
                        e.start == toks[after].start and e.type in SPEAKER_TYPES for e in ctx.entities_at(toks[after].start))) and \
                        toks[after].pos not in ("conj", "interp") and toks[after].lemma.lower() not in ctx.roles:
                    comma, bare = after - 1, True
                else:
                    bare = False
                if not bare and comma is None and sent.last - 1 > head_at + 1 and toks[head_at].lemma.lower() in (
                        _all_titles() | _word_set("generic_person_nouns")):
                    comma = sent.last - 1  # "Zdaniem ministra rząd nie ma racji.": no comma at all after a person's role
                if not bare and comma is not None and any(
                        tag.split(":", 1)[0] in ("fin", "praet", "bedzie", "imps")
                        for x in range(head_at + 1, comma) for _l, tag, _q in analyse(toks[x].text)):
                    # "Zdaniem szefowej rządu pierwszym priorytetem jest to, że": no comma after the source, whose
                    # phrase is its head and the genitives on it; the words start at the first other word
                    # a name continues it in the genitive ("rzecznika MSZ Pawła Wrońskiego"), not as the next
                    # clause's subject ("Według „FT” Londyn podejrzewa")
                    # a person continues it only after a title ("Według informacji gazety May odrzuciła": May is
                    # the subject; from review batch r19)
                    # nor a name in the nominative right before the verb: its subject ("Według informacji
                    # ministerstwa gospodarki USA obiecały"; review batch r20)
                    subjects = {ctx.tok_at(e.start) for e in ctx.entities_in(toks[head_at].end, toks[comma].start)
                                if _is_nominative(toks[ctx.tok_at(e.start)]) and ctx.tok_at(e.end - 1) + 1 < comma
                                and toks[ctx.tok_at(e.end - 1) + 1].pos in ("fin", "praet", "bedzie")
                                and ":ter" in toks[ctx.tok_at(e.end - 1) + 1].tag + (
                                    ":ter" if toks[ctx.tok_at(e.end - 1) + 1].pos == "praet" else "")}  # not "jesteśmy"
                    named = [e for e in ctx.entities_in(toks[k + 1].start, toks[comma].start)
                             if e.start <= toks[head_at].start or ((first := toks[ctx.tok_at(e.start)]).tag == "ign"
                             or _has_reading_case(first, "gen")) and (e.type != "PER" or toks[ctx.tok_at(
                                 e.start) - 1].lemma.lower() in _all_titles()) and ctx.tok_at(e.start) not in subjects]
                    end = head_at + 1
                    while end < comma and end not in subjects and (toks[end].tag == "ign" or any(
                            e.start <= toks[end].start < e.end for e in named)
                                           or toks[end].text in "\"„«»“”" and sum(  # a title's closing mark
                                               toks[x].text in "\"„«»“”" for x in range(k + 1, end)) % 2 == 1
                                           or _has_reading_case(toks[end], "gen") and toks[end].pos in ("subst", "adj")):
                        end += 1
                    if end >= comma or toks[end].pos == "interp" and toks[end].text not in "\"„«»“":
                        break  # (the words may open with a quotation mark: "Według dyrektora EASA „niepewność …”")
                    comma, bare = end - 1, True
                if comma is None:
                    break
                ents = [e for e in ctx.entities_in(t.end, toks[comma].end) if e.type in SPEAKER_TYPES]
                # "według rzecznika MSZ Pawła Wrońskiego": the person; "według ministra finansów": the role
                who = next((e for e in ents if e.type == "PER"), ents[0] if ents else None)
                phrase = text[toks[k + 1].start:toks[comma if bare else comma - 1].end]
                head_tok = next((x for x in toks[k + 1:comma + bare] if x.pos == "subst"), None)
                if who is not None and who.type != "PER" and head_tok is not None and (
                        head_tok.lemma.lower() in _all_titles() | _word_set("generic_person_nouns")) and not ctx.entities_at(
                        head_tok.start):
                    # "Według szefa KPRM", "Zdaniem Gościa Radia ZET": a person of the body, resolved like "szef MSZ"
                    # (the body when no one resolves; review batch r47)
                    who = _resolve_role(ctx, phrase, t.start) or who
                if who is None:
                    people = {x.lemma.lower() for x in toks[k + 1:comma + bare]} & (
                        ctx.roles | _word_set("generic_person_nouns"))
                    who = _resolve_role(ctx, phrase, t.start) if people else None
                    if who is None and people & _all_titles():
                        # "- powiedział Macron. Zdaniem francuskiego prezydenta …": the role echoes the one just
                        # quoted, as "- dodał minister." does (review batch r49)
                        just, just_end = _last_spoken(ctx, t.start, person=True)
                        ptoks = analyse_text(phrase)[0]
                        phead_tok = next((x for x in ptoks if x.pos == "subst"), None)
                        phead = phead_tok.lemma.lower() if phead_tok is not None else ""
                        if (just is not None and just_end >= t.start - ROLE_ECHO_WINDOW and phead_tok is not None
                                and _has_reading_number(phead_tok, "sg") and phead not in _word_set("speak_for_person")
                                and _role_gender_agrees(ptoks, phead, just) and not _titled_otherwise(ctx, just, {phead})):
                            who = just
                    if who is None and not people:
                        break  # "Według danych GUS," "Według informacji ministerstwa": a source of data, no speaker
                    # ("Według przedstawiciela policji, …", "Zdaniem wielu ekspertów, …": said by someone unnamed)
                # "Według Damiana Collinsa, przewodniczącego komisji, która będzie …, nowe doniesienia …": the words
                # start after the name's apposition and the relative clauses on it
                start_at = comma
                appos_end = next((x for x in range(start_at + 2, min(sent.last, start_at + 7)) if toks[x].text == ","), None)
                # "Według przewidywań spółki Renfe, głównego krajowego przewoźnika, sytuacja …": an apposition in the
                # source's case, not the words (review m13), as a title's is, with any relative clause on it
                genitive_apposition = appos_end is not None and all(
                    toks[x].pos in ("adj", "subst") and toks[x].text.islower() and _has_reading_case(toks[x], "gen")
                    for x in range(start_at + 1, appos_end)) and any(toks[x].pos == "subst" for x in range(start_at + 1, appos_end))
                if not bare and start_at + 1 < sent.last and (
                        toks[start_at + 1].lemma.lower() in _all_titles() or genitive_apposition):
                    nxt = next((x for x in range(start_at + 2, sent.last) if toks[x].text == ","), None)
                    while nxt is not None and nxt + 1 < sent.last and toks[nxt + 1].lemma == "który":
                        nxt = next((x for x in range(nxt + 2, sent.last) if toks[x].text == ","), None)
                    if nxt is not None:
                        start_at = nxt
                cs = toks[start_at + 1].start if bare else toks[start_at].end + 1
                ce = sent.end - (1 if text[sent.end - 1] in ".!?" else 0)
                add(Quote(cs, ce, text[cs:ce], "reported", who, phrase, t.text,
                          t.lemma, t.start, _chain(ctx, t.start, toks[comma].start), _insertions(text, cs, ce)))
                break

    # article-level sourcing: a speaker's chain applies to their other quotes in the article
    chains: dict[str, tuple[str, ...]] = {}
    for q in found:
        if q.speaker is not None and q.source_chain:
            chains.setdefault(q.speaker.entity_id, q.source_chain)
    out = []
    for q in sorted(found, key=lambda q: q.start):
        if q.speaker is not None and not q.source_chain and q.speaker.entity_id in chains:
            q = Quote(q.start, q.end, q.content, q.kind, q.speaker, q.speaker_text, q.cue, q.cue_lemma,
                      q.cue_start, chains[q.speaker.entity_id], q.insertions)
        out.append(q)
    return out


def quotes_stage(doc: Doc) -> Doc:
    """Stage: fills `quotes` (needs tokens, sentences, entities)."""
    doc.quotes = find_quotes(doc)
    return doc


quotes_stage.requires = ("tokens", "sentences", "entities")  # type: ignore[attr-defined]
quotes_stage.provides = ("quotes",)  # type: ignore[attr-defined]
