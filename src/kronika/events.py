"""PLOVER event coding: actor, action, target, place and date for each clause that reports an act.

Triggers and their codes live in `data/events_pl.tsv` (lemma, required object, asserted code,
negated code); modality words in `data/modality_pl.tsv`. Negation and modality change the code
or the mode: "nie zamierza uznawać" is a REJECT, "zamierza przeprowadzić rozmowy" an intended
CONSULT, not a done one. Every quote is also kept as a STATEMENT event with its speaker.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

from .morph import analyse, conditional, has_case, reread, speaker_person
from .records import Doc, Entity, Event, Quote, Sentence, Span, Timex, Token
from .resources import load_tsv, load_words

_AGENTS = ("PER", "ORG", "GPE")
# Verbs whose infinitive complement happened: "zdecydował się opuścić", "zaczęli strajkować", "musiał uciekać".
_ACTUAL = frozenset({"zdecydować", "decydować", "postanowić", "zacząć", "zaczynać", "rozpocząć", "musieć", "zgodzić",
                     "zdołać", "udać", "próbować", "spróbować", "starać"})
# A bare noun trigger reports an act when a date stands this close to it ("wtorkowy strajk", "strajk w piątek
# 13 lipca"); a date elsewhere in the clause dates another predicate ("minionej nocy partie zawarły
# porozumienie … protesty"). 3 tokens: the dev split's dated noun events (guideline §events) all fit.
NOUN_DATE_REACH = 3
# Words after which a noun trigger names what may happen: "grozili protestami", "groźba kolejnego strajku".
_THREAT_HEADS = frozenset({"grozić", "zagrozić", "groźba", "zagrożenie", "ryzyko", "widmo"})
_CLAUSE_BREAK = frozenset({";", ":", "(", ")", "-", "–", "—"})
_PREDICATE_CLASSES = frozenset({"fin", "praet", "inf", "bedzie", "impt", "imps", "ger", "subst", "pact", "ppas"})


@dataclass(frozen=True)
class _Trigger:
    lemma: str
    obj: str | None
    action: str
    negated: str | None


@cache
def _triggers() -> dict[str, list[_Trigger]]:
    out: dict[str, list[_Trigger]] = {}
    for row in load_tsv("events_pl.tsv"):
        lemma, obj, pos, neg = row[0], row[1], row[2], row[3]
        out.setdefault(lemma, []).append(
            _Trigger(lemma, None if obj == "-" else obj, pos, None if neg == "-" else neg))
    return out


@cache
def _modality() -> dict[str, str]:
    return {row[0]: row[1] for row in load_tsv("modality_pl.tsv") if len(row) < 3 or row[2] != "segment"}


@cache
def _advice() -> frozenset[str]:
    """Obligation words: a warning that holds one advises ("powinni zrezygnować"), it does not threaten."""
    return frozenset(row[0] for row in load_tsv("modality_pl.tsv") if len(row) > 2 and row[2] == "advice")


@cache
def _kinship() -> frozenset[str]:
    return load_words("kinship_pl.tsv")


@cache
def _expression() -> frozenset[str]:
    return load_words("event_expression_pl.tsv")


@cache
def _person_object() -> frozenset[str]:
    return load_words("event_person_object_pl.tsv")


@cache
def _poll_words() -> frozenset[str]:
    return load_words("event_poll_pl.tsv")


@cache
def _blockers() -> frozenset[tuple[str, str]]:
    """(trigger, following lemma) pairs that make an idiom of the trigger ("spotkać się z krytyką")."""
    return frozenset((row[0], row[1]) for row in load_tsv("event_blockers_pl.tsv"))


@cache
def _conditions() -> dict[str, str]:
    """Words that set the modality of any trigger after them in their comma-bounded segment ("jeśli")."""
    return {row[0]: row[1] for row in load_tsv("modality_pl.tsv") if len(row) > 2 and row[2] == "segment"}


def resolve_role(doc: Doc, role_lemmas: set[str], before: int) -> Entity | None:
    """The last person mentioned before `before` with one of these role words just ahead of the name."""
    toks = doc.tokens
    starts = [t.start for t in toks]
    best: Entity | None = None
    for e in doc.entities:
        if e.type != "PER" or e.start >= before:
            continue
        k = bisect.bisect_left(starts, e.start)
        if {toks[x].lemma.lower() for x in range(max(0, k - 3), k)} & role_lemmas:
            best = e
    return best


def _clause(toks: list[Token], sent: Sentence, i: int) -> tuple[int, int]:
    """Token range of the clause around `i`: bounded by the sentence, ';', ':', dashes, brackets."""
    lo = i
    while lo > sent.first and toks[lo - 1].text not in _CLAUSE_BREAK:
        lo -= 1
    hi = i + 1
    while hi < sent.last and toks[hi].text not in _CLAUSE_BREAK:
        hi += 1
    return lo, hi


def _ents_in(doc: Doc, start: int, end: int) -> list[Entity]:
    return [e for e in doc.entities if start <= e.start and e.end <= end]


def _past_necessity(toks: list[Token], x: int) -> bool:
    """ "musiał uciekać" reports that he fled; "będzie musiała wycofać się" does not say she will."""
    return toks[x].lemma.lower() == "musieć" and toks[x].pos == "praet" and not (
        x > 0 and toks[x - 1].pos == "bedzie") and not conditional(toks[x])  # "musiałyby się zgodzić"


def _dates(t: Timex) -> bool:
    """A time expression that can date a fact: a date, a time, or a length that lands on one ("rok temu")."""
    return t.type in ("DATE", "TIME") or t.point is not None


def _nearest_timex(doc: Doc, start: int, end: int, pos: int) -> Timex | None:
    cands = [t for t in doc.timexes if start <= t.start and t.end <= end and _dates(t)]
    return min(cands, key=lambda t: abs(t.start - pos)) if cands else None


@cache
def _finite_occurrence() -> frozenset[str]:
    """Occurrence verbs that report an act only as a finite, un-negated form: "wyznaczony na uczestnika negocjacji",
    "jakie miałyby obowiązywać", "nie obowiązuje już zakaz" report none (event_occurrence_pl.tsv, "finite")."""
    return frozenset(row[0] for row in load_tsv("event_occurrence_pl.tsv") if row[1:2] == ("finite",))


def find_events(doc: Doc) -> list[Event]:
    """Coded events in reading order, statements included."""
    toks, text = doc.tokens, doc.text
    triggers = _triggers()
    modal = _modality()
    conditions = _conditions()
    cue_starts = {q.cue_start for q in doc.quotes if q.cue_start is not None}
    roles = set(load_words("person_titles_pl.tsv"))
    occurrence = load_words("event_occurrence_pl.tsv")
    finite_only = _finite_occurrence()
    events: list[Event] = []
    for sent in doc.sentences:
        seen_here: set[tuple[str, int | str | None]] = set()
        for i in range(sent.first, sent.last):
            t = toks[i]
            if t.pos == "adj" and i > sent.first and toks[i - 1].lemma in ("zostać", "być", "zostawać"):
                # "została oskarżona o …": after "zostać" the participle, not the adjective ("oskarżony")
                t = reread(t, lambda _lem, tag: tag.startswith("ppas")) or t
            cands = triggers.get(t.lemma.lower())
            if not cands and ((i + 1 < sent.last and toks[i + 1].text == "się") or (i > sent.first and toks[i - 1].text.lower() == "nie")):
                # "KE nie podoba się …": a verb reading next to "nie"/"się" wins over the chooser's noun ("podoba")
                t = reread(t, lambda lem, tag: tag.split(":", 1)[0] in ("fin", "praet") and lem.lower() in triggers) or t
                cands = triggers.get(t.lemma.lower())
            if not cands or t.pos not in _PREDICATE_CLASSES:
                continue
            lo, hi = _clause(toks, sent, i)
            window = {r[0].lower() for x in range(i + 1, min(i + 6, hi)) for r in analyse(toks[x].text)}
            trig = next((c for c in cands if c.obj is None or c.obj in window), None)
            if trig is None:
                continue
            if any((t.lemma, lem) in _blockers() for lem in window | {r[0].lower() for x in range(max(lo, i - 6), i)
                                                                     for r in analyse(toks[x].text)}):
                continue  # "spotkała się z krytyką": an idiom, not a meeting
            if t.lemma == "grozić" and any(toks[x].pos == "ger" for x in range(max(lo, i - 3), i)):
                continue  # "pozostawanie w Pakistanie grozi im utratą życia": a risk an act carries, no threat
            # (its own clause: after "że", the reported clause's subject, not the speaker's; review batch e20)
            clause = max((x + 1 for x in range(sent.first, i) if toks[x].lemma in ("że", "iż")), default=sent.first)
            if t.lemma == "grozić" and t.pos in ("fin", "praet") and not any(
                    e.type in (*_AGENTS, "PRO") and e.start >= toks[clause].start for e in _ents_in(doc, sent.start, t.start)
                    if not (toks[_index_at(toks, e.start) - 1].pos == "prep" or toks[_index_at(toks, e.start) - 1].pos == "subst"
                            and toks[_index_at(toks, e.start) - 1].text.islower() if _index_at(toks, e.start) > 0 else False)) and not any(
                    toks[x].lemma.lower() in roles or toks[x].pos == "ppron3" or _person_noun(toks[x])
                    for x in range(clause, i)):  # (the subject may stand before a relative clause)
                continue  # "Sprzeciw Walonii grozi fiaskiem umowy", "Udział w budowie grozi sankcjami": a risk, no one threatens
            if t.lemma == "przedostać" and not any(e.type in ("GPE", "LOC") for e in _ents_in(doc, t.end, toks[hi - 1].end)):
                continue  # "przedostała się do strefy bezpieczeństwa": getting through, no flight to a country
            if t.lemma == "grozić" and not any(toks[x].lemma in ("że", "iż") or has_case(toks[x].tag, "inst")
                                               for x in range(i + 1, min(hi, i + 6))):
                continue  # "grozi mu opóźnienie", "branży nie grozi przegrzanie": a risk, not a threat; a threat
                # names what with (the instrumental: "grozi sankcjami") or says it ("grożą, że …")
            if t.lemma == "porozumieć" and t.pos in ("subst", "ger"):
                continue  # "projekt porozumienia": the noun "porozumienie" is its own trigger, with its own checks
            if t.lemma in ("ostrzegać", "ostrzec") and (_own_condition(toks, sent, conditions) or not any(
                    toks[x].lemma in conditions for x in range(sent.first, sent.last)) or any(
                    toks[x].lemma in _advice() for x in range(i + 1, sent.last))):
                continue  # "Komisja ostrzega, że zwiększy zależność": a warning; a threat sets a condition
                # ("Pracownicy mogą stracić pracę, jeśli podejmą strajk - ostrzega ich pracodawca")
            if action_needs_partner(trig.action) and t.pos not in ("subst", "ger") and not any(
                    toks[x].lemma in ("z", "ze") for x in range(i + 1, hi)) and not _plural_subject(toks, lo, i):
                continue  # "W programie rozmawiano o mundialu", "rozmawiamy o trendach": talk about a topic, no counterpart
            if t.lemma in ("uznać", "uznawać") and (t.start in cue_starts or any(
                    toks[x].lemma == "za" for x in range(max(lo, i - 4), min(hi, i + 6)) if x != i) or any(
                    toks[x].text == "," and toks[x + 1].lemma in ("że", "iż") for x in range(i + 1, min(hi - 1, i + 8)))):
                # ("Za mocne strony Bookera uznawano", "eksperci uznali, że": to judge, not to recognise)
                # "uznał to za przykład współpracy": to consider, not to recognise; "- uznaje G.": introducing a
                # quote, it is an opinion (the STATEMENT below)
                continue
            if trig.action == "THREATEN" and t.pos in ("ppas", "adj", "ger", "subst") and not any(
                    toks[x].lemma == "przez" for x in range(i + 1, hi)):
                continue  # "lot jest zagrożony", "zagrożenie sankcjami": a risk; "zagrożony przez islamistów" names who threatens
            if t.pos in ("ppas", "pact") and not any(toks[x].lemma in ("zostać", "być") for x in range(max(lo, i - 3), min(hi, i + 2))
                                                      if x != i):
                # "zawartego porozumienia": a participle names an act; "został zatrzymany" and "wstrzymany był ruch
                # metra" report one
                continue
            seg_start, seg_end = _segment(toks, lo, hi, i)
            if t.pos in ("subst", "ger") and any(toks[x].lemma in _THREAT_HEADS for x in range(max(lo, i - 5), i)):
                continue  # "grozi nałożeniem sankcji", "groźba podjęcia strajku": what is threatened has not happened
            if t.pos in ("subst", "ger") and trig.obj is None and not (
                    _clause_has_timex(doc, toks[max(lo, i - NOUN_DATE_REACH)].start, toks[min(hi, i + NOUN_DATE_REACH + 1) - 1].end)
                    or any(toks[x].lemma == "przez" for x in range(max(lo, i - 8), i))
                    or any(toks[x].lemma in occurrence and not (toks[x].lemma in finite_only and (
                        toks[x].pos not in ("fin", "praet", "imps") or toks[x - 1].lemma == "nie")) for x in range(lo, hi))
                    or any(toks[x].lemma in _expression() for x in range(max(lo, i - 3), min(hi, i + 4)))):
                continue  # a bare "strajk", "wsparcie" names a topic; with a date or an agent ("przez X") it reports an act
            if any(toks[x].lemma.lower() in _poll_words() or toks[x].text in _poll_words()
                   for x in range(seg_start, max(seg_end, min(sent.last, i + 9)))):
                continue  # "43 proc. wyborców poparło perspektywę referendum", "poparli go w 44 proc.": a poll or vote share
            if t.lemma in _person_object() and t.pos in ("fin", "praet", "inf") and (_thing_object(doc, toks, i, seg_end) or any(
                    toks[x].text == "się" for x in (i - 1, i + 1) if lo <= x < hi)):
                continue  # "zatrzymał nagranie", "zatrzymała się w żłobku": a thing or oneself stopped, nobody arrested
            if any(toks[x].lemma.lower() in _kinship() for x in range(i + 1, min(seg_end, i + 4))):
                continue  # "kiedy rozmawiała z matką": with a family member, a private act ("Mąż i córka poprosili
                # papieża" is a public request)
            if any(e.start <= t.start < e.end and e.type in ("ORG", "PRO", "EVT") for e in _ents_in(doc, toks[lo].start, toks[hi - 1].end)):
                continue  # "Papieskie Stowarzyszenie Pomoc Kościołowi w Potrzebie": a word of a name
            negated = _negates(toks, i, lo, modal)
            # (a finite verb after "i" heads a clause of its own: "aby przemyśleć brexit i oskarżył rząd")
            back = next((x for x in range(i - 1, max(lo, i - 4) - 1, -1) if toks[x].lemma in _COORDINATORS), lo - 1) \
                if t.pos in ("fin", "praet") else lo - 1
            modality = next((modal[lem] for x in range(i - 1, max(lo, i - 4, back + 1) - 1, -1)
                             if (lem := _modal_lemma(toks[x], modal)) and not _past_necessity(toks, x)), "asserted")
            seg_lo, seg_hi = _segment(toks, lo, hi, i)
            condition = next((conditions[toks[x].lemma.lower()] for x in range(seg_lo, i)
                              if toks[x].lemma.lower() in conditions), None)
            if condition is None and trig.action != "THREATEN":
                # "ogłoszą strajk, jeśli nie uda się dojść do porozumienia": a condition after the act holds it too
                # (a threat is made, whatever its condition)
                condition = next((conditions[toks[x + 1].lemma.lower()] for x in range(i + 1, hi - 1)
                                  if toks[x].text == "," and toks[x + 1].lemma.lower() in conditions), None)
            modality = condition or modality
            if modality == "asserted" and t.pos in ("subst", "ger") and any(conditional(toks[x]) for x in range(seg_lo, i)):
                modality = "hypothetical"  # "byłyby w sprzeczności z porozumieniem": a noun under a conditional verb
            if modality == "asserted" and any(toks[x].lemma.lower() in ("przypadek", "raz") and toks[x - 1].lemma == "w"
                                              for x in range(max(lo + 1, i - 3), i)):
                modality = "hypothetical"  # "w przypadku niespełnienia postulatów", "w razie ataku": a condition
            if modality == "asserted" and text[sent.start:sent.end].rstrip().endswith("?") and \
                    toks[sent.first].lemma.lower() not in ("dlaczego", "czemu"):
                # "Czyli nie wspiera Pan postulatów?": a question reports no act ("Dlaczego piloci strajkują?"
                # takes it as given)
                modality = "hypothetical"
            if modality == "asserted" and seg_lo > sent.first + 1 and toks[seg_lo].lemma in ("że", "iż") and any(
                    toks[x].lemma.lower() in _FEARS for x in range(max(sent.first, seg_lo - 6), seg_lo)):
                modality = "hypothetical"  # "Istnieją obawy, że modlitwy zakończą się falą protestów": feared
            purpose = next((x for x in range(i - 1, seg_lo - 1, -1) if toks[x].lemma.lower() in _PURPOSE
                            and toks[x].pos in ("comp", "part", "qub")), None)
            if modality == "asserted" and purpose is not None and not any(
                    toks[x].lemma in _COORDINATORS for x in range(purpose + 1, i)):
                # "aby sygnatariusze zgodzili się", "by Ukraina mogła utrzymać swoją rolę w zapewnieniu …",
                # "by ograniczenia nie utrudniały zawarcia porozumienia": what a purpose clause names is wanted, not
                # done (the dev gold leaves out "Aby zakończyć trwające protesty" too); not past "i" ("aby
                # przemyśleć brexit i oskarżył")
                modality = "intended"
            if conditional(t):
                modality = "hypothetical"  # "Rosja zaatakowałaby", "poparłbym": the conditional mood reports no act
            if t.pos == "inf" and modality == "asserted" and not any(
                    toks[x].lemma.lower() in _ACTUAL for x in range(max(lo, i - 4), i)) and not any(
                    toks[x].pos == "bedzie" for x in range(max(lo, i - 3), min(hi, i + 3))):
                # "nie wystarczy … protestować": an infinitive reports no act by itself, unless a verb says it
                # happened ("zdecydował się opuścić") or it is the analytic future ("protestować będą piloci")
                modality = "hypothetical"
            if modality in ("asserted", "announced") and trig.action != "PROTEST" and _future(toks, i, lo):
                # "informuje, że złoży wniosek", "wycofa się z handlu": a perfective present is a future, an
                # announcement of the act, not the act (a strike to come is reported as one: guideline §events)
                modality = "intended"
            if t.pos in ("subst", "ger") and modality == "asserted":
                # a noun's verb follows it: "Strajk ma trwać 24 godziny" is planned, not reported
                # (or the verb of a relative clause on it: "na spotkaniu, do którego ma dojść")
                rel_end = i + 6 if i + 2 < hi and toks[i + 1].text == "," and (
                    toks[i + 2].lemma == "który" or i + 3 < hi and toks[i + 3].lemma == "który") else i + 4
                modality = next((modal[lem] for x in range(i + 1, min(hi, rel_end))
                                 if (lem := _modal_lemma(toks[x], modal)) and toks[x].pos in ("fin", "praet", "bedzie")
                                 and not (lem == "mieć" and not any(toks[y].pos == "inf" for y in range(x + 1, min(hi, x + 4))))),
                                modality)  # "mieć" is modal only before an infinitive: "strajki miały dotąd miejsce" happened
                # or the first verb of its segment, past the words that qualify the noun ("rozmowy na temat
                # przyszłych stosunków UE-Wielka Brytania powinny zakończyć się")
                verb = next((x for x in range(i + 1, min(seg_hi, i + 10)) if toks[x].pos in ("fin", "praet", "bedzie")
                             or _is_winien(toks[x])), None)
                if modality == "asserted" and verb is not None and (
                        lem := "powinien" if _is_winien(toks[verb]) else _modal_lemma(toks[verb], modal)) and any(
                        toks[x].lemma in occurrence for x in range(verb + 1, min(seg_hi, verb + 4))):
                    # (when the modal says the act is to take place: "porozumienie powinno dać pewność" is there)
                    modality = modal.get(lem, modality)
                if modality in ("asserted", "announced") and trig.action != "PROTEST" and (any(
                        toks[x].pos in ("fin", "bedzie") and _future(toks, x, lo)
                        for x in [*range(max(lo, i - 3), i), *range(i + 1, min(hi, i + 3))]) or any(
                        toks[x].pos == "bedzie" for x in range(seg_lo, seg_hi))):
                    # ("temat … będzie jednym z tematów poniedziałkowych rozmów": the clause is about the future)
                    # "W poniedziałek odbędą się rozmowy prezydentów", "ustawa wróci pod obrady", "rozmowy zakończą się
                    # pomyślnie": acts to come
                    modality = "intended"
            if t.pos in ("subst", "ger") and modality == "announced" and trig.action != "PROTEST" and any(
                    toks[x].pos in ("fin", "bedzie") and _future(toks, x, lo) for x in range(max(lo, i - 3), i)):
                modality = "intended"  # "zapowiedziała, że wyrazi sprzeciw": what she will do, announced
            if negated and trig.negated:
                action, polarity = trig.negated, "positive"
                # "nie zamierza uznawać" states a refusal now; "nie będą uznawane" foretells one
                modality = "intended" if _future(toks, i, lo) else "asserted"
            else:
                action, polarity = trig.action, "negative" if negated else "positive"
            if action == "-":
                continue  # a trigger that is an act only when negated ("nie podoba się" disapproves; liking is none)
            key = (action, i)
            if key in seen_here:
                continue
            seen_here.add(key)
            c_start, c_end = toks[lo].start, toks[hi - 1].end
            after = [e for e in _ents_in(doc, t.end, toks[seg_hi - 1].end)]
            actor = _actor(doc, toks, seg_lo, i, lo)
            if actor is None and t.pos in ("fin", "praet", "bedzie"):
                # free word order: "Projektowi sprzeciwiają się Polska, kraje bałtyckie i Ukraina"
                actor = next((e for e in after if e.type in _AGENTS and e.lemma == e.text
                              and "nom" in _case_of(toks, e) and not _after_preposition(toks, e)), None)
            przez = next((x for x in range(max(lo, i - 6), hi) if toks[x].lemma == "przez"), None)
            if przez is not None and t.pos in ("ger", "subst"):
                # "po wprowadzeniu przez prezydenta Rosji Władimira Putina mobilizacji": the agent after "przez"
                by = [e for e in _ents_in(doc, toks[przez].end, toks[hi - 1].end) if e.type == "PER"]
                actor = by[0] if by else actor
            quote = _enclosing_quote(doc.quotes, t.start)
            if actor is None and quote is not None and _first_person(toks, max(lo, i - 3), i + 1):
                actor = quote.speaker  # "Poleciłem rządowi…", "musimy zapewnić…" inside Tokajew's words
            if modality == "asserted" and (speaker_person(t) or any(
                    speaker_person(toks[x]) and toks[x].pos in ("fin", "praet", "bedzie") and (
                        toks[x].lemma in modal or toks[x].lemma in ("być", "zostać", "musieć")) for x in range(max(lo, i - 3), i))):
                # "Poprosiliśmy", "rozmawiałem", "Zgodziłam się": a first or second person act is someone's own
                # account (an interview, a quote not set off), not the article's report
                modality = "quoted"
            if quote is not None and modality == "asserted" and (quote.cue_lemma or "").lower() == "zdanie":
                modality = "quoted"  # "Jego zdaniem „mało kto” popiera …": an opinion, not a report of an act
            if quote is not None and modality == "asserted" and _own_words(text, quote):
                # "– Rozmawiamy z nią codziennie – powiedział": the speaker's claim, kept with the STATEMENT; the
                # article reports it as said, not as done (a "… - poinformowała firma" sentence is the article's)
                modality = "quoted"
            if actor is None:
                # a role noun as subject ("prezydent polecił"), not in an oblique case ("prezydenta Rosji")
                role_words = {toks[x].lemma.lower() for x in range(seg_lo, i)
                              if ":nom" in toks[x].tag or ".nom" in toks[x].tag} & roles
                actor = resolve_role(doc, role_words, t.start) if role_words else None
            if action == "PROTEST" and t.pos in ("fin", "praet", "bedzie") and actor is not None and actor.type == "GPE":
                action = "DISAPPROVE"  # "Przeciwko realizacji projektu protestuje Polska": a state objects, it does not strike
            rest = [e for e in after if e is not actor and (actor is None or e.entity_id != actor.entity_id)]
            place_cands = [e for e in _ents_in(doc, c_start, c_end) if e.type in ("GPE", "LOC") and e is not actor
                           and _prep_before(toks, e) in ("w", "we", "na") and _is_locative(toks, e)]
            place = place_cands[0] if place_cands else None
            when = _nearest_timex(doc, sent.start, sent.end, t.start)
            evidence = Span(sent.start, sent.end, text[sent.start:sent.end], "sentence")
            targets: list[Entity | None]
            if action == "FLEE":
                # destinations run over commas: "do Kazachstanu, Mongolii, Gruzji i Finlandii"
                dests = [e for e in _ents_in(doc, t.end, c_end) if e is not actor]
                targets = [e for e in dests if e.type in ("GPE", "LOC") and _prep_before(toks, e) in ("do", ",", "i")] or [None]
            else:
                # a place in the locative ("strajk … w Belgii", "w Michigan") is where, never whom
                targets = [next((e for e in rest if not any(e is p for p in place_cands)), None)]
            if action in _MUTUAL and actor is not None and targets == [None]:
                # "Garcetti i Trump odbyli rozmowę": the first of coordinated subjects acts, the second is the other side
                first = _conjunct_before(doc, toks, actor)
                if first is not None:
                    actor, targets = first, [actor]
            for target in targets:
                dkey = (action, target.entity_id if target else None)
                if dkey in seen_here:
                    continue  # "uciekające … starają się przedostać do X": one flight to X, not two
                seen_here.add(dkey)
                events.append(Event(action, actor, target, place, when, evidence, t.text, t.lemma, polarity, modality,
                                    "text" if when else ("publication" if doc.article.published else "none")))
    for qi, q in enumerate(doc.quotes):
        if any(o is not q and o.start <= q.start and q.end <= o.end for o in doc.quotes):
            continue  # a verbatim fragment inside reported speech is the same statement
        cue_pos = q.cue_start if q.cue_start is not None else q.start
        qsent = next((s for s in doc.sentences if s.start <= cue_pos < s.end + 1), None)
        when = _nearest_timex(doc, cue_pos, qsent.end, cue_pos) if qsent else None
        ev_start, ev_end = min(q.start, cue_pos), max(q.end, cue_pos + len(q.cue or ""))
        events.append(Event("STATEMENT", q.speaker, None, None, when, Span(ev_start, ev_end, text[ev_start:ev_end], "quote"),
                            q.cue or "", q.cue_lemma or "", "positive", "asserted",
                            "text" if when else ("publication" if doc.article.published else "none"), qi))
    events.sort(key=lambda e: e.evidence.start)
    return events


_INSTITUTION_HEADS = frozenset({"władza", "władze", "rząd", "resort", "ministerstwo", "prezydent", "premier", "parlament",
                                "armia", "wojsko", "siła", "MSZ", "dyplomacja", "służba", "policja", "sąd", "przywódca"})


def action_needs_partner(action: str) -> bool:
    """Talks and meetings take two sides: a verb of them reports one only with its counterpart ("z X") or a
    plural subject ("Garcetti i Trump rozmawiali")."""
    return action == "CONSULT"


def _plural_subject(toks: list[Token], lo: int, i: int) -> bool:
    """A coordinated or plural subject before the verb, or a plural verb ("rozmawiali")."""
    fields = toks[i].tag.split(":")
    return (len(fields) > 1 and fields[1] == "pl") or any(toks[x].lemma in ("i", "oraz") for x in range(lo, i))


def _clause_has_timex(doc: Doc, start: int, end: int) -> bool:
    return any(start <= t.start < end and _dates(t) for t in doc.timexes)


def _segment(toks: list[Token], lo: int, hi: int, i: int) -> tuple[int, int]:
    """The comma-bounded stretch of the clause around `i`, where its own subject and object stand."""
    a = i
    while a > lo and toks[a - 1].text != ",":
        a -= 1
    b = i + 1
    while b < hi and toks[b].text != ",":
        b += 1
    return a, b


def _index_at(toks: list[Token], pos: int) -> int:
    """Index of the first token starting at or after `pos` (no list of starts is built per call)."""
    return bisect.bisect_left(toks, pos, key=lambda t: t.start)


def _case_of(toks: list[Token], e: Entity) -> set[str]:
    """The case of the mention's head: its first noun, over adjectives before it ("Najwyższy Sąd Pakistanu")."""
    k = _index_at(toks, e.start)
    while k + 1 < len(toks) and toks[k].pos == "adj" and toks[k + 1].end <= e.end:
        k += 1
    fields = toks[k].tag.split(":") if k < len(toks) else []
    return set(fields[2].split(".")) if len(fields) > 2 else set()


def _is_locative(toks: list[Token], e: Entity) -> bool:
    """Any reading of the mention's first word in the locative ("w Belgii" is read as a genitive too), or an
    unknown, undeclined name ("w Michigan")."""
    k = _index_at(toks, e.start)
    return k < len(toks) and any(has_case(tag, "loc") or tag == "ign" for _l, tag, _q in analyse(toks[k].text))


def _actor(doc: Doc, toks: list[Token], seg_lo: int, i: int, clause_lo: int) -> Entity | None:
    """Subject before the trigger: a nominative agent, or a genitive one after "władze"/"rząd"."""
    cands = [e for e in _ents_in(doc, toks[seg_lo].start, toks[i].start) if e.type in _AGENTS]
    if not cands and seg_lo > clause_lo and toks[seg_lo].lemma in ("że", "iż"):
        # reported speech: the subject of the cue verb before the comma
        cands = [e for e in _ents_in(doc, toks[clause_lo].start, toks[seg_lo].start) if e.type in _AGENTS]
    for e in reversed(cands):
        prev = _prep_before(toks, e)
        k = _index_at(toks, e.start)
        head = toks[k - 1].lemma if k > 0 else ""
        head2 = toks[k - 2].lemma if k > 1 else ""
        if any(o.type == "PER" and 0 < o.start - e.end <= 2 for o in doc.entities):
            continue  # "prezydenta Rosji Władimira Putina": the country names the office, not the actor
        case = _case_of(toks, e)
        unknown = toks[k].tag == "ign"  # Morfeusz does not know "Tokajew": its case is open
        if "nom" in case or unknown or head in _INSTITUTION_HEADS or (prev == "w" and head2 in _INSTITUTION_HEADS):
            return e
    return None


_MUTUAL = frozenset({"CONSULT", "AGREE"})


def _conjunct_before(doc: Doc, toks: list[Token], e: Entity) -> Entity | None:
    """The agent joined to `e` by "i"/"oraz" right before it ("Garcetti i Trump")."""
    k = _index_at(toks, e.start)
    if k < 2 or toks[k - 1].lemma not in ("i", "oraz"):
        return None
    end = toks[k - 2].end
    return next((o for o in doc.entities if o.end == end and o.type in _AGENTS), None)


def _enclosing_quote(quotes: list[Quote], pos: int) -> Quote | None:
    return next((q for q in quotes if q.start <= pos < q.end), None)


_NEGATION_BRIDGE = frozenset({"być", "zostać", "zostawać", "mieć", "się", "już", "jeszcze", "nigdy",
                              "dojść", "dochodzić", "żaden", "jakikolwiek"})  # "nie doszło do żadnych porozumień"


def _negates(toks: list[Token], i: int, lo: int, modal: dict[str, str]) -> bool:
    """Whether "nie" governs the trigger: right before it, or over auxiliaries and modals only ("nie zamierza
    uznawać", "nie będą uznawane"); "nie skorzystał z możliwości nałożenia" negates another verb."""
    if toks[i].pos == "ger" and toks[i].tag.endswith(":neg"):
        return True  # "w przypadku niespełnienia ich postulatów"
    for x in range(i - 1, max(lo, i - 4) - 1, -1):
        if toks[x].lemma.lower() == "nie":
            # (a verb whose complement happens bridges too: "nie zdecydował się na poparcie" supported no one)
            return all(toks[y].lemma.lower() in _NEGATION_BRIDGE or toks[y].lemma.lower() in _ACTUAL
                       or toks[y].lemma.lower() in ("na", "do") or toks[y].pos == "bedzie"
                       or _modal_lemma(toks[y], modal) for y in range(x + 1, i))
    return False


def _modal_lemma(t: Token, modal: dict[str, str]) -> str | None:
    """The modal lemma of a word, over any reading of a verb form: "Rozmowy mają się rozpocząć" is read
    "maić" (to deck with greenery) by the chooser, "mieć" by the sense."""
    lem = t.lemma.lower()
    if t.pos == "ger" and t.tag.endswith(":neg"):
        return None  # "niespodziewanie" read as the negated gerund of "spodziewać": an adverb, no expectation
    if lem in modal:
        return lem
    if t.pos in ("fin", "praet"):
        return next((r[0].lower() for r in analyse(t.text) if r[0].lower() in modal and r[1].split(":", 1)[0] == t.pos), None)
    return None


def _person_noun(t: Token) -> bool:
    """A noun naming people ("Zwolennicy", "Islamiści", "Amerykanie"): masculine personal under some reading."""
    return t.pos == "subst" and any(tag.startswith("subst") and tag.split(":")[3:4] and "m1" in tag.split(":")[3].split(".")
                                    for _l, tag, _q in analyse(t.text))


def _thing_object(doc: Doc, toks: list[Token], i: int, end: int) -> bool:
    """Whether the verb's accusative object is a thing: a neuter or inanimate noun, not a name."""
    for x in range(i + 1, min(end, i + 4)):
        t = toks[x]
        if t.pos in ("subst", "ger") and has_case(t.tag, "acc"):
            if any(e.start <= t.start < e.end for e in doc.entities):
                return False
            gender = t.tag.split(":")[3] if t.tag.count(":") >= 3 else ""
            return gender in ("n", "m3")
    return False


def _own_condition(toks: list[Token], sent: Sentence, conditions: dict[str, str]) -> bool:
    """Whether a warning's condition is the speakers' own act ("Jeśli nie podejmiemy działania, dopuścimy do …
    - ostrzegł"): a threat conditions what others do ("jeśli podejmą strajk")."""
    c = next((x for x in range(sent.first, sent.last) if toks[x].lemma in conditions), None)
    if c is None:
        return False
    verb = next((x for x in range(c + 1, min(sent.last, c + 6)) if toks[x].pos in ("fin", "praet", "bedzie")), None)
    return verb is not None and speaker_person(toks[verb])


def _is_winien(t: Token) -> bool:
    """ "powinny" under any reading ("powinny zakończyć się" is read as the adjective by the chooser)."""
    return t.pos == "winien" or t.text.lower().startswith("powin") and any(
        tag.startswith("winien") for _l, tag, _q in analyse(t.text))


def _future(toks: list[Token], i: int, lo: int) -> bool:
    """A future verb: perfective present ("złoży"), or a participle or infinitive after "będzie"/"zostanie"."""
    t = toks[i]
    if t.pos == "fin" and t.tag.endswith(":perf"):
        return True
    return t.pos in ("ppas", "inf", "praet") and any(
        toks[x].pos == "bedzie" or toks[x].lemma == "zostać" and toks[x].pos == "fin" for x in range(max(lo, i - 3), i))


def _own_words(text: str, q: Quote) -> bool:
    """Whether a quote is set off as someone's words: opened by a quotation mark or a dialogue dash, or, in
    reported speech, given verbatim ("Jak informuje X, „Islamiści ostrzelali dom”")."""
    if q.kind != "direct":
        return q.content[:1] in "\"„“«»"
    head = text[max(0, q.start - 2):q.start].strip()
    return bool(head) and head[-1] in "\"„“«»'–—-"


_FEARS = frozenset({"obawa", "obawiać", "ryzyko", "groźba", "niebezpieczeństwo", "spekulacja", "plotka"})
_PURPOSE = frozenset({"aby", "żeby", "by", "ażeby", "iżby"})  # conjunctions opening a purpose clause
_COORDINATORS = frozenset({"i", "oraz", "a", "ale", "lecz"})
_FIRST_PERSON_PAST = ("łem", "łam", "liśmy", "łyśmy")


def _first_person(toks: list[Token], lo: int, hi: int) -> bool:
    """A 1st-person verb: "musimy", or a past form with its agglutinate ("poleciłem")."""
    return any(":pri" in toks[x].tag or (toks[x].pos == "praet" and toks[x].text.lower().endswith(_FIRST_PERSON_PAST))
               for x in range(lo, hi))


def _token_before(toks: list[Token], e: Entity) -> Token | None:
    k = _index_at(toks, e.start)
    return toks[k - 1] if k > 0 else None


def _after_preposition(toks: list[Token], e: Entity) -> bool:
    t = _token_before(toks, e)
    return t is not None and t.pos == "prep"


def _prep_before(toks: list[Token], e: Entity) -> str | None:
    t = _token_before(toks, e)
    return t.lemma.lower() if t is not None else None


def events_stage(doc: Doc) -> Doc:
    """Stage: fills `events` (needs entities, timexes and quotes)."""
    doc.events = find_events(doc)
    return doc


events_stage.requires = ("tokens", "sentences", "entities", "timexes", "quotes")  # type: ignore[attr-defined]
events_stage.provides = ("events",)  # type: ignore[attr-defined]
