"""The tagger's choice among Morfeusz readings: the cases that broke tense and case downstream."""

from __future__ import annotations

import pytest

from kronika.morph import analyse_text, clean_lemma


def _tags(text: str) -> dict[str, str]:
    return {t.text: t.tag.split(":", 1)[0] for t in analyse_text(text)[0]}


def test_choose_od_is_the_preposition_not_odes() -> None:
    """Morph review: "od" was read as "oda" (genitive plural of "odes") 340 times in 348 on BSNLP articles,
    so the case it governs was lost for the next word."""
    toks = analyse_text("Od Rosji oczekuje się decyzji od poniedziałku.")[0]
    assert [(t.lemma, t.tag.split(":", 1)[0]) for t in toks if t.text.lower() == "od"] == [("od", "prep"), ("od", "prep")]
    assert next(t for t in toks if t.text == "Rosji").tag.split(":")[2] == "gen"


def test_choose_past_verb_over_noun_and_adjective_homographs() -> None:
    """Morph review: "miał" (coal dust), "były" (a former one) and "miały" won over the past of "mieć"/"być",
    so "Wybory były w niedzielę" had no tense; an adjective before its noun still wins ("Były premier")."""
    assert _tags("Wybory były w niedzielę.")["były"] == "praet"
    assert _tags("Prezydent miał dom.")["miał"] == "praet"
    assert _tags("Rozmowy miały się odbyć w piątek.")["miały"] == "praet"
    assert _tags("Rozmowy miały się odbyć w piątek.")["odbyć"] == "inf"
    assert _tags("Były premier przyjechał.")["Były"] == "adj"


def test_choose_ale_opening_a_sentence_is_the_conjunction() -> None:
    """Review batch r37: "Ale" opening a sentence was the plural of the name "Ala" 42 times in 42 on BSNLP articles,
    so "Ale jednocześnie alarmuje, że" had a subject and its speaker was lost."""
    assert _tags("Ale jednocześnie alarmuje, że kobieta musi wyjechać.")["Ale"] == "conj"


def test_choose_ma_is_the_verb_not_the_short_possessive() -> None:
    """Review batch k13: "ma" was "mój" (the poetic "ma" for "moja") 118 times in 306 on BSNLP articles, so
    "Discovery ma zamiar" had no verb and the company was taken for the journalists' medium."""
    assert _tags("Według dziennikarzy Discovery ma zamiar tworzyć programy.")["ma"] == "fin"
    assert _tags("Ta firma ma dużą bazę.")["ma"] == "fin"


@pytest.mark.parametrize("text,form,lemma,pos", [
    ("Rozmowy mają zakończyć się do jesieni.", "mają", "mieć", "fin"),
    ("Umowa powinna zostać podpisana.", "powinna", "powinien", "winien"),
    ("Firmy muszą to zrobić.", "muszą", "musieć", "fin"),
    ("To może być trudne.", "być", "być", "inf"),
    ("Jest tak, jak mówił.", "tak", "tak", "adv"),
    ("Ceny wzrosły o 5 proc. w skali roku.", "proc.", "procent.", "brev"),
    ("Minister też to potwierdził.", "też", "też", "part"),
    ("Od dziesięciu lat mieszka w Londynie.", "lat", "rok", "subst"),
    ("Jest w stanie to zrobić.", "stanie", "stan", "subst"),
    ("Brexit stanie się faktem.", "stanie", "stanąć", "fin"),
    ("Europejskie kraje protestują.", "kraje", "kraj", "subst"),
    ("– To ważne – tłumaczy minister.", "tłumaczy", "tłumaczyć", "fin"),
    ("Rzecznik powiedział premierowi, że to ważne.", "premierowi", "premier", "subst"),  # review m12
    ("Pyta, czy to prawda.", "Pyta", "pytać", "fin"),
    ("Posłowie powinni głosować.", "powinni", "powinien", "winien"),
    ("Oboje czują się dobrze.", "Oboje", "oba", "num"),
])
def test_choose_news_reading_over_dictionary_order(text: str, form: str, lemma: str, pos: str) -> None:
    """Review k13, counts on 400 BSNLP articles in rare_readings_pl.tsv: Morfeusz's first reading won ties ("mają"
    as "maić" 110 times in 110, "być" as "bycie" 237 in 241, "też" as "tenże" 256 in 256); "w" governs the
    locative as well as the accusative ("w stanie" was the verb), and a verb reading goes before "się"."""
    toks, _ = analyse_text(text)
    t = next(t for t in toks if t.text == form)
    assert (clean_lemma(t.lemma), t.pos) == (lemma, pos)


def test_tokenize_a_web_address_ends_its_sentence() -> None:
    """Review m2: "w BiznesAlert.pl. Jak" ran on into the next sentence: "pl." was glued as the abbreviation of "plac"."""
    toks, sents = analyse_text("Tak pisze BiznesAlert.pl. Jak podaje PAP, gaz drożeje. Mieszka przy pl. Wolności.")
    assert [t.text for t in toks[2:6]] == ["BiznesAlert", ".", "pl", "."]
    assert len(sents) == 3
    assert "pl." in [t.text for t in toks]  # "przy pl. Wolności" keeps its abbreviation


def test_plausible_readings_drop_the_rare_ones_but_not_names() -> None:
    """Review m2: "portalowi" could be nominative (the plural adjective "portalowy"), so "podał portalowi cbsnews.com
    Zulfiqar Ali" was no dative addressee; the rare row "maja maja subst" must not drop the name "Maja"."""
    from kronika.morph import plausible_readings

    assert not any(tag.startswith("adj") for _l, tag, _q in plausible_readings("portalowi"))
    assert any(lemma == "Maja" for lemma, _t, _q in plausible_readings("Maja"))
