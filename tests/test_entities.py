from __future__ import annotations

import json

from kronika.entities import find_entities
from kronika.morph import analyse_text
from kronika.records import Article, Doc

from .conftest import SEED, needs


def ents(text: str) -> list[tuple[str, str, str]]:
    doc = Doc(Article(id="t", source="t", text=text))
    doc.tokens, doc.sentences = analyse_text(text)
    return [(e.text, e.lemma, e.type) for e in find_entities(doc)]


@needs(SEED)
def test_entities_seed_has_the_expected_cast(seed_doc: Doc) -> None:
    canon = {e.canonical for e in seed_doc.entities}
    for name in ["Kasym-Żomart Tokajew", "Władimir Putin", "Kazachstan", "Rosja", "Mongolia", "Gruzja", "Finlandia",
                 "Ukraina", "Donbas", "Astana", "Agence France-Presse", "Polska Agencja Prasowa",
                 "Organizacja Układu o Bezpieczeństwie Zbiorowym", "Eurazjatycka Unia Gospodarcza"]:
        assert name in canon, name
    by_text = {e.text: e for e in seed_doc.entities}
    assert by_text["Władimira Putina"].lemma == "Władimir Putin"
    assert by_text["Putina"].entity_id == by_text["Władimira Putina"].entity_id
    assert by_text["ODKB"].type == "ORG"
    tok = [e for e in seed_doc.entities if e.lemma == "Tokajew"]
    assert tok and all(e.type == "PER" and e.canonical == "Kasym-Żomart Tokajew" for e in tok)
    for e in seed_doc.entities:
        assert seed_doc.text[e.start:e.end] == e.text


def test_entities_multiword_base_form_keeps_agreement() -> None:
    got = ents("Rozmawiano o Stanach Zjednoczonych i o Eurazjatyckiej Unii Gospodarczej.")
    assert ("Stanach Zjednoczonych", "Stany Zjednoczone", "GPE") in got
    assert ("Eurazjatyckiej Unii Gospodarczej", "Eurazjatycka Unia Gospodarcza", "ORG") in got


def test_entities_person_from_morfeusz_names() -> None:
    got = ents("Wczoraj spotkał się z Anną Kowalską i Janem Nowakiem.")
    lemmas = {g[1] for g in got if g[2] == "PER"}
    assert {"Anna Kowalska", "Jan Nowak"} <= lemmas


def test_entities_acronym_not_matched_in_lowercase_word() -> None:
    got = ents("Po południu przyszedł. Po wprowadzeniu zmian było lepiej.")
    assert got == []


def test_find_entities_model_finds_names_outside_gazetteer_and_morfeusz() -> None:
    """The CRF tagger (data/ner_pl.crfsuite) finds names the rules could not: unknown surnames, companies."""
    from kronika import ner_model
    from kronika.pipeline import process
    from kronika.records import RawArticle

    assert ner_model.available()
    text = ("Prezes spółki Zygmuntex Bogumił Wrzesztowski spotkał się w Radomiu z przedstawicielami "
            "Stowarzyszenia Przyjaciół Ziemi Radomskiej.")
    ents = {(e.text, e.type) for e in process(RawArticle(source="t", body=text)).entities}
    assert ("Bogumił Wrzesztowski", "PER") in ents
    assert any(t == "LOC" or t == "GPE" for x, t in ents if x == "Radomiu")


def test_phrase_base_keeps_name_gender_number_and_spacing() -> None:
    from kronika.entities import phrase_base
    from kronika.morph import analyse_text

    for form, base in [("Stanach Zjednoczonych", "Stany Zjednoczone"), ("Karolinie Północnej", "Karolina Północna"),
                       ("Warszawskiego Uniwersytetu Medycznego", "Warszawski Uniwersytet Medyczny"),
                       ("Demokratów", "Demokraci"), ("Korei Płn.", "Korea Płn.")]:
        toks, _ = analyse_text(form)
        assert phrase_base(toks, form) == base


def test_ner_features_dropping_unknown_attributes_keeps_labels() -> None:
    """Features the model has no weight for are dropped before tagging (speed); labels must not change."""
    import subprocess
    import sys

    code = """
import json
from kronika import ner_model
from kronika.morph import analyse_text
text = "Jan Kowalski powiedział w Warszawie, że NATO nie zgodzi się. Ryanair odwołał loty do Dusseldorfu."
toks, sents = analyse_text(text)
feats = ner_model.features(toks, [""] * len(toks), {s.first for s in sents})
print(json.dumps([ner_model._tagger().tag(feats), sum(map(len, feats))]))
"""
    runs = []
    for flag in ("True", "False"):
        out = subprocess.run([sys.executable, "-c", f"import kronika.ner_model as m; m.FILTER_UNKNOWN = {flag}\n" + code],
                             capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout))
    (labels_f, n_f), (labels_all, n_all) = runs
    assert labels_f == labels_all and "B-PER" in labels_f
    assert n_f < n_all


def test_person_base_reads_name_parts_in_agreement() -> None:
    """SlavicNER train misses: "Leszka Millera" is Leszek (not the surname Leszka); "Krystyny Jandy" is Krystyna Janda."""
    from kronika.entities import person_base

    for form, base in [("Leszka Millera", "Leszek Miller"), ("Krystyny Jandy", "Krystyna Janda"),
                       ("Władimira Putina", "Władimir Putin"), ("Anny Wiśniewskiej", "Anna Wiśniewska"),
                       ("Angeli Merkel", "Angela Merkel")]:
        toks, _ = analyse_text(form)
        assert person_base(toks, {}, form) == base


def test_person_base_strips_oblique_endings_of_unknown_male_name_parts() -> None:
    """SlavicNER train misses: "Borisa Johnsona" kept "Borisa"; a known part that is only masculine genitive
    fixes the case of its unknown neighbour, and "-em"/"-owi" on a consonant stem are masculine oblique."""
    from kronika.entities import person_base

    for form, base in [("Borisa Johnsona", "Boris Johnson"), ("Markiem Zuckerbergem", "Marek Zuckerberg"),
                       ("Kasymowi Tokajewowi", "Kasym Tokajew")]:
        toks, _ = analyse_text(form)
        assert person_base(toks, {}, form) == base


def test_unknown_stems_infers_nominative_from_two_oblique_forms() -> None:
    """An article that never names "Ryanair" in the nominative still shows its paradigm in two cases."""
    from kronika.entities import _unknown_stems

    toks, _ = analyse_text("Akcje Ryanaira spadły. Szef linii rozmawiał z Ryanairem wczoraj.")
    stems = _unknown_stems(toks)
    assert stems["Ryanaira"] == "Ryanair" and stems["Ryanairem"] == "Ryanair"
    toks, _ = analyse_text("Akcje Ryanaira spadły.")
    assert "Ryanaira" not in _unknown_stems(toks)


def test_person_base_keeps_a_nominative_name_and_foreign_parts_as_written() -> None:
    """SlavicNER train misses: "Mike Pence" became "Mike Penc", "Al Gore" "Al Gorzeć", "Liz Blackshaw"
    "Liza Blackshaw", "Jose Vieira da Silva" "Jose Vieira dać Silva", "Konrad Mzyk" "Konrady Mzyk"."""
    from kronika.entities import person_base

    for form in ["Mike Pence", "Al Gore", "Liz Blackshaw", "Jose Vieira da Silva", "Konrad Mzyk"]:
        toks, _ = analyse_text(form)
        assert person_base(toks, {}, form) == form
    toks, _ = analyse_text("Drew Weissmanem")
    assert person_base(toks, {}, "Drew Weissmanem") == "Drew Weissman"


def test_phrase_base_strips_only_unambiguous_endings_of_unknown_names() -> None:
    """"Nevadę" can only be an accusative and "Wyborgu" a masculine oblique; "Korfu" and "Zaventem" stay."""
    from kronika.entities import phrase_base

    for form, base in [("Nevadę", "Nevada"), ("Wyborgu", "Wyborg"), ("Greifswaldu", "Greifswald"),
                       ("Korfu", "Korfu"), ("Zaventem", "Zaventem")]:
        toks, _ = analyse_text(form)
        assert phrase_base(toks, form) == base


def test_phrase_base_plural_ethnonym_avoids_family_name_plural() -> None:
    """SlavicNER train: "Włosi" (the plural of "Włoch") was based as "Włochowie", the surname's plural."""
    from kronika.entities import phrase_base
    from kronika.records import Token

    tok = Token(0, 5, "Włosi", "Włoch", "subst:pl:nom.voc:m1", ("nazwa_pospolita",))
    assert phrase_base([tok], "Włosi") == "Włosi"


@needs(SEED)
def test_tag_spans_windows_around_capitals_match_whole_sequence_on_seed(seed_doc: Doc) -> None:
    """The model is run only near capitalised tokens (ner_model.WINDOW); on the seed that loses no name."""
    from kronika import ner_model
    from kronika.entities import _sentence_starts

    toks, starts = seed_doc.tokens, _sentence_starts(seed_doc)
    gaz = [""] * len(toks)
    def names(window: int | None) -> set[tuple[int, int, str]]:
        return {s for s in ner_model.tag_spans(toks, gaz, starts, window) if toks[s[0]].text[:1].isupper()}

    windows = ner_model._windows(toks, 0, len(toks), ner_model.WINDOW)
    assert sum(b - a for a, b in windows) < len(toks)  # something was skipped
    assert names(ner_model.WINDOW) == names(None) and len(names(None)) > 10


def test_entities_media_title_in_quotes_after_a_media_noun() -> None:
    """Quotes dev split: "dziennika „Kommiersant”" and "dziennikiem „Tagesspiegel”" were not entities, so the
    papers could not be speakers or sources."""
    got = ents("Według rosyjskiego dziennika „Kommiersant” Miedwiediew mówił w Berlinie. "
               "Poseł w rozmowie z dziennikiem „Tagesspiegel” mówił dalej.")
    assert ("Kommiersant", "Kommiersant", "PRO") in got and ("Tagesspiegel", "Tagesspiegel", "PRO") in got


def test_entities_media_title_next_to_a_speech_verb_or_with_english_article() -> None:
    """Quotes dev split: "– twierdzi „Time”", "- podkreślił "Handelsblatt"", "The Telegraph twierdzi" had no
    speaker because the papers were not entities; SlavicNER types media as PRO."""
    got = ents("Wyzwaniem jest podział kraju – twierdzi „Time”. The Telegraph twierdzi, że Soros był darczyńcą. "
               "USA zapewniły Berlin - podkreślił \"Handelsblatt\" w wydaniu online.")
    for name in ("Time", "The Telegraph", "Handelsblatt"):
        assert (name, name, "PRO") in got
    assert not [e for e in ents("Film „Wesele” pokazano w kinie.") if e[0] == "Wesele"]


def test_find_gazetteer_same_matches_whatever_the_hash_seed() -> None:
    """Lemma keys were a frozenset, so which of two equally long gazetteer entries won depended on
    PYTHONHASHSEED; two processes with different seeds must agree."""
    import subprocess
    import sys

    code = ("from kronika.entities import find_gazetteer; from kronika.morph import analyse_text; "
            "t, _ = analyse_text('Prezydent Rosji Władimir Putin i ODKB spotkali się w Astanie z władzami Kazachstanu.'); "
            "print([(i, j, e.entity_id) for i, j, e in find_gazetteer(t)])")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1 and "Putin" in outs.pop()


def test_find_entities_institution_in_genitive_does_not_swallow_the_person_after_it() -> None:
    """Dev split (quotes): "w niemieckim parlamencie Bundestagu Gyde Jensen" was one ORG, so the quote's
    speaker became the newspaper named next."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    doc = process(RawArticle(source="t", published="2018-11-28", body=(
        "Szefowa komisji praw człowieka w niemieckim parlamencie Bundestagu Gyde Jensen powiedziała, że rząd musi działać.")))
    got = {(e.text, e.type) for e in doc.entities}
    assert ("Gyde Jensen", "PER") in got and ("Bundestagu", "ORG") in got
    assert [q.speaker.canonical for q in doc.quotes if q.speaker] == ["Gyde Jensen"]


def test_find_entities_surname_repeated_after_the_full_name_is_the_person() -> None:
    """BSNLP review: "Phillip Lee zrezygnował … Lee poinformował, że …" left the second "Lee" untagged, and the
    quote without a speaker."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    doc = process(RawArticle(source="t", published="2018-11-28", body=(
        "Minister sprawiedliwości Phillip Lee zrezygnował ze stanowiska. Lee poinformował, że opuszcza gabinet.")))
    assert [(e.text, e.canonical) for e in doc.entities if e.type == "PER"] == [
        ("Phillip Lee", "Phillip Lee"), ("Lee", "Phillip Lee")]
    assert [q.speaker.canonical for q in doc.quotes if q.speaker] == ["Phillip Lee"]


def test_person_base_ending_after_an_apostrophe() -> None:
    """BSNLP review: "Nigela Farage'a" kept its genitive as the base form, so quotes by Farage matched nobody."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    for body, base in (("Spotkanie Nigela Farage'a z wyborcami było burzliwe.", "Nigel Farage"),
                       ("Manifest George'a Sorosa opublikowano w niedzielę.", "George Soros"),
                       ("Zdaniem Farage'a to błąd.", "Farage")):
        doc = process(RawArticle(source="t", published="2018-11-28", body=body))
        assert [e.lemma for e in doc.entities if e.type == "PER"] == [base]


def test_person_base_unknown_adjectival_surname() -> None:
    """BSNLP review: "Według Michała Kuczmierowskiego" gave "Michał Kuczmierowskiego" (a "-ski" surname Morfeusz
    does not know kept its genitive); a lone surname at a sentence start ("May zaznaczyła") was not a person."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    doc = process(RawArticle(source="t", published="2020-01-01", body=(
        "Według Michała Kuczmierowskiego każda placówka zamawia szczepionki. Rozmawiał z Michałem Kuczmierowskim. "
        "Jak zaznaczyła May, umowa jest trwała. May zaznaczyła jednak, że to nie koniec.")))
    got = [(e.text, e.lemma) for e in doc.entities if e.type == "PER"]
    assert ("Michała Kuczmierowskiego", "Michał Kuczmierowski") in got
    assert ("Michałem Kuczmierowskim", "Michał Kuczmierowski") in got
    assert [t for t, _ in got].count("May") == 2


def test_person_base_unknown_first_name_in_the_locative() -> None:
    """BSNLP review: "o ministrze Philipie Hammondzie" gave "Philipie Hammond": the known surname's locative (read also
    as a vocative) did not pass its case to the unknown first name."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    doc = process(RawArticle(source="t", published="2018-06-10", body=(
        "Johnson wyraził się krytycznie o ministrze finansów Philipie Hammondzie. Mówił też o Piotrze Nowaku.")))
    assert [e.lemma for e in doc.entities if e.type == "PER"][-2:] == ["Philip Hammond", "Piotr Nowak"]


def test_analyse_agglutinate_is_not_part_of_the_lemma() -> None:
    """Review batch r8: "miałby" was lemmatised "miećby" and "poleciłem" "polecićem" (the tail kept for
    "Sputnik-V" was kept for the agglutinate too), so no conditional or first-person verb matched a word list."""
    from kronika.morph import analyse, conditional, speaker_person

    assert analyse("miałby")[0][0] == "mieć"
    assert analyse("poleciłem")[0][0] == "polecić"
    assert analyse("Sputnik-V")[0][0].lower() == "sputnik-v"
    toks, _ = analyse_text("Poleciłem to, a Rosja zaatakowałaby.")
    by_text = {t.text: t for t in toks}
    assert speaker_person(by_text["Poleciłem"]) and not conditional(by_text["Poleciłem"])
    assert conditional(by_text["zaatakowałaby"]) and not speaker_person(by_text["zaatakowałaby"])


def test_find_entities_party_in_genitive_then_leader_is_two_mentions() -> None:
    """Review batch r9: "Lider Liberalnych Demokratów Vince Cable oświadczył" and "Przewodniczący Bundestagu
    Schäuble twierdzi" were one ORG each, so the quotes had no speaker; "Instytutu Yad Vashem" stays one name."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    doc = process(RawArticle(source="t", published="2018-10-20", body=(
        "Wolfgang Schäuble ma nadzieję. Przewodniczący Bundestagu Schäuble twierdzi, że to możliwe. Lider "
        "Liberalnych Demokratów Vince Cable oświadczył, że Brexit nie jest faktem dokonanym. Dyrektor Instytutu "
        "Yad Vashem przyjechał.")))
    got = {(e.text, e.type) for e in doc.entities}
    assert {("Bundestagu", "ORG"), ("Schäuble", "PER"), ("Vince Cable", "PER")} <= got
    assert ("Liberalnych Demokratów", "ORG") in got
    assert not any(t == "PER" and "Yad" in x for x, t in got)
    assert [q.speaker.canonical if q.speaker else None for q in doc.quotes] == ["Wolfgang Schäuble", "Vince Cable"]


def test_person_base_foreign_first_name_that_is_a_common_word() -> None:
    """Review batch r11: "Tony Blair" was based "Ton Blair" ("tony" is the plural of "ton"), so no role or
    subject matched him."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    doc = process(RawArticle(source="t", published="2018-01-20", body="Były premier Tony Blair ostrzegł liderów."))
    assert [e.lemma for e in doc.entities if e.type == "PER"] == ["Tony Blair"]


def test_find_entities_foreign_media_titles_from_the_gazetteer() -> None:
    """Review batch r15: "Kommiersant ostrzega, że …" and "Politico pisze" had no speaker (the model does not know
    foreign titles written without quotation marks)."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    doc = process(RawArticle(source="t", published="2018-06-20", body=(
        "Kommiersant ostrzega, że przygotowania mogą kosztować więcej. Politico pisze, że to błąd.")))
    assert [(e.text, e.type) for e in doc.entities] == [("Kommiersant", "PRO"), ("Politico", "PRO")]
    assert [q.speaker.canonical if q.speaker else None for q in doc.quotes] == ["Kommiersant", "Politico"]


def test_find_entities_office_named_by_its_portfolio_is_one_organisation() -> None:
    """Dev split miss: "Ministerstwo do spraw wyjścia z Unii Europejskiej oceniło, że …" had no speaker; the finders
    saw only "Unii Europejskiej"."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    doc = process(RawArticle(source="t", published="2018-06-20", body=(
        "Ministerstwo do spraw wyjścia z Unii Europejskiej oceniło, że to dobry moment. Ministerstwo ds. Brexitu "
        "potwierdziło, że trwają prace.")))
    assert [(e.text, e.type) for e in doc.entities] == [
        ("Ministerstwo do spraw wyjścia z Unii Europejskiej", "ORG"), ("Ministerstwo ds. Brexitu", "ORG")]
    assert [q.speaker.canonical if q.speaker else None for q in doc.quotes] == [
        "Ministerstwo do spraw wyjścia z Unii Europejskiej", "Ministerstwo ds. Brexitu"]


def test_find_entities_capitalised_adjective_opens_an_organisation_name() -> None:
    """Review batch r19: the model saw only the country in "Polski Związek Higieny" and "Najwyższy Sąd Pakistanu";
    the superlative keeps its degree in the base form ("Wysoki Sąd Pakistanu" was wrong), a person after the name
    stays a person ("Komitetu Regionów Karla-Heinza Lambertza")."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    doc = process(RawArticle(source="t", published="2019-03-14", body=(
        "Wyjaśnia to Polski Związek Higieny na swojej stronie. Przypomnijmy, że Najwyższego Sądu Pakistanu nikt "
        "nie przekonał. Według przewodniczącego Europejskiego Komitetu Regionów Karla-Heinza Lambertza to zła "
        "wiadomość.")))
    got = [(e.text, e.type, e.canonical) for e in doc.entities]
    assert ("Polski Związek Higieny", "ORG", "Polski Związek Higieny") in got
    assert ("Najwyższego Sądu Pakistanu", "ORG", "Najwyższy Sąd Pakistanu") in got
    assert any(t == "PER" and c.endswith("Lambertz") for _x, t, c in got)


def test_find_entities_two_unknown_capitalised_words_are_a_foreign_name() -> None:
    """Review batch r22: "Nigel Farage o swojej sytuacji mówił … Farage przyznał" found no one, so the quotes had no
    speaker: the model knows neither word; a product ("Nord Stream 2") or a quoted title is no person."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    doc = process(RawArticle(source="t", published="2018-06-08", body=(
        "Nigel Farage o swojej sytuacji rodzinnej mówił w wywiadzie. Farage przyznał, że jego dzieci mają dwa "
        "paszporty. Budowa gazociągu Nord Stream 2 trwa.")))
    assert [(e.text, e.type) for e in doc.entities if e.type == "PER"] == [("Nigel Farage", "PER"), ("Farage", "PER")]
    assert [q.speaker.canonical if q.speaker else None for q in doc.quotes] == ["Nigel Farage"]


def test_find_entities_title_abbreviation_opening_a_sentence_is_not_part_of_the_name() -> None:
    """Review batch r26: "Prof. Gut przyznał" made "Prof. Gut" a person of its own, not "Włodzimierz Gut"."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    doc = process(RawArticle(source="t", published="2021-01-02", body=(
        "Wirusolog prof. Włodzimierz Gut ocenił sytuację. Prof. Gut przyznał również, że spodziewał się mniej osób.")))
    assert [(e.text, e.canonical) for e in doc.entities] == [("Włodzimierz Gut", "Włodzimierz Gut"), ("Gut", "Włodzimierz Gut")]


def test_find_entities_gazetteer_name_with_a_case_ending_takes_its_base_form() -> None:
    """Review batch r30: "Zarząd firmy wskazuje" after "Zyski Ryanaira spadły" resolved to "Ryanaira", a base form no
    other mention shares: Morfeusz does not know the genitive, and the gazetteer matched only "Ryanair"."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    doc = process(RawArticle(source="t", published="2018-10-20", body="Zyski Ryanaira spadły. Umowę podpisano z Gazpromu."))
    assert [(e.text, e.lemma, e.canonical) for e in doc.entities] == [
        ("Ryanaira", "Ryanair", "Ryanair"), ("Gazpromu", "Gazprom", "Gazprom")]


def test_find_entities_masculine_title_gives_the_name_its_case() -> None:
    """Review batches r30/r31: after a masculine title in the genitive, "Emmanuela Macrona" and "Aleksandra
    Miedwiediewa" were read as women's names in the nominative, so a man's cue ("stwierdził") could not take them;
    "biuro prezydenta Ukrainy Wołodymyra Zełenskiego" kept "Wołodymyra". A title that is itself a complement
    ("rzecznik sztabu prezydenta elekta Bryan Lanza") gives nothing."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    def persons(body: str) -> list[str]:
        return [e.lemma for e in process(RawArticle(source="t", published="2018-10-20", body=body)).entities if e.type == "PER"]

    assert persons("Spotkał się z kanclerz Niemiec Angelą Merkel i prezydentem Francji. Ustalenia prezydenta Francji "
                   "Emmanuela Macrona są znane.") == ["Angela Merkel", "Emmanuel Macron"]
    assert persons("Portal cytuje wiceprezesa Gazpromu Aleksandra Miedwiediewa.") == ["Aleksander Miedwiediew"]
    assert persons("Dzień później biuro prezydenta Ukrainy Wołodymyra Zełenskiego poinformowało o umowie.") == [
        "Wołodymyr Zełenski"]
    assert persons("W poniedziałek rzecznik sztabu prezydenta elekta Bryan Lanza wydał oświadczenie.") == ["Bryan Lanza"]


def test_find_entities_unknown_name_pair_after_a_place_found_already() -> None:
    """Review batch r35: "w Brukseli Nigel Farage …" lost the name (a capitalised word before it was taken for part
    of a longer name, though it was a place found already)."""
    from kronika.pipeline import process
    from kronika.records import RawArticle

    doc = process(RawArticle(source="t", published="2018-10-20", body="Na szczycie w Brukseli Nigel Farage o swojej "
                             "sytuacji mówił długo."))
    assert ("Nigel Farage", "PER") in {(e.text, e.type) for e in doc.entities}


def test_find_entities_a_known_company_before_an_unknown_word_is_the_longer_name() -> None:
    """SlavicNER marks "Ryanair Sun" (a subsidiary) as one name; the gazetteer took "Ryanair" alone. An acronym, a
    body in another case and a body before a person's name stay apart ("AFP Zawa Hussain Warraich")."""
    from kronika import process, read_string

    def ents(body: str) -> list[tuple[str, str]]:
        return [(e.text, e.type) for e in process(read_string(f"date 2018-09-28\n{body}", "x.txt")).entities]

    assert ("Ryanair Sun", "ORG") in ents("Piloci Ryanair Sun zapowiedzieli strajk.")
    assert ("AFP", "ORG") in ents("– Nie wiemy – mówił wcześniej AFP Zawa Hussain Warraich.")
    assert ("Kremla", "ORG") in ents("Rzecznik Kremla Dmitrij Pieskow zaprzeczył.")


def test_find_entities_inflected_paper_names_link_to_the_gazetteer() -> None:
    """Review batch r41: "Financial Timesa" and "Sunday Timesa" kept their case ending as the base form, and "Times"
    was not linked to The Times, so one paper's quotes were split over three names."""
    from kronika import process, read_string

    ents = {e.text: (e.lemma, e.canonical) for e in process(read_string(
        "date 2018-06-22\n\"The Times\" podał, że rząd upadnie. Jak pisze \"Sunday Timesa\", też. Według \"Financial "
        "Timesa\" nie.", "x.txt")).entities}
    assert ents["Sunday Timesa"] == ("Sunday Times", "The Sunday Times")
    assert ents["Financial Timesa"] == ("Financial Times", "Financial Times")
    assert ents["The Times"] == ("The Times", "The Times")


def test_person_base_unknown_name_after_zdaniem_is_a_mans_genitive() -> None:
    """Review batch r43: "Zdaniem Elmara Broka" and "Według Mulooka" kept the genitive "-a" in the base form; after
    "zdaniem"/"według" a name can only be a genitive, so an unknown one ending in "-a" is a man's."""
    from kronika import process, read_string

    def people(body: str) -> list[str]:
        return [e.lemma for e in process(read_string(f"date 2018-06-22\n{body}", "x.txt")).entities if e.type == "PER"]

    assert people("Zdaniem Elmara Broka, Rosja kłamie.") == ["Elmar Brok"]
    assert people("Zdaniem Angeli Merkel to błąd.") == ["Angela Merkel"]


def test_person_base_a_womans_foreign_first_name_in_the_genitive_links_to_the_gazetteer() -> None:
    """Review batch r53: "Theresy May" kept its genitive; with "-y"/"-i" read as "-a" it is the gazetteer's Theresa May."""
    from kronika import process, read_string

    ents = [(e.text, e.lemma, e.canonical) for e in process(read_string(
        "date 2018-06-22\nRzeczniczka Theresy May zapewniła, że premier ma zaufanie.", "x.txt")).entities if e.type == "PER"]
    assert ents == [("Theresy May", "Theresa May", "Theresa May")]


def test_find_entities_review_r54_a_first_name_alone_links_to_the_one_person_of_that_name() -> None:
    """Review batch r54: "Pani Ewa" after "Ewa Wilczyńska" was an entity of its own, so her later words were Ewa's."""
    from kronika import process, read_string

    ents = [(e.text, e.canonical) for e in process(read_string(
        "date 2021-01-04\nTak mówi Ewa Wilczyńska, lekarz z pogotowia. Pani Ewa jest anestezjolożką.", "x.txt")).entities
        if e.type == "PER"]
    assert ents == [("Ewa Wilczyńska", "Ewa Wilczyńska"), ("Ewa", "Ewa Wilczyńska")]


def test_find_entities_review_r54_a_party_noun_before_a_name_is_not_part_of_it() -> None:
    """Review batch r54: "obecny prezydent USA, Demokrata Barack Obama" gave the person "Demokrata Barack Obama"."""
    from kronika import process, read_string

    ents = [e.canonical for e in process(read_string(
        "date 2016-11-26\nOświadczenie wydał obecny prezydent USA, Demokrata Barack Obama. Obama nie krytykował.",
        "x.txt")).entities if e.type == "PER"]
    assert ents == ["Barack Obama", "Barack Obama"]


def test_person_base_review_r54_instrumental_foreign_names() -> None:
    """Review batch r54: "z Fransem Timmermansem" kept "Fransem" (read as the common noun "frans") and "Tonym",
    "Jeremym" kept the instrumental "-m" of a name on "-y"."""
    from kronika.entities import person_base
    from kronika.morph import analyse_text

    def base(phrase: str) -> str:
        return person_base(analyse_text(phrase)[0][1:], {})

    assert base("z Fransem Timmermansem") == "Frans Timmermans"
    assert base("z Tonym Blairem") == "Tony Blair"
    assert base("z Jeremym Corbynem") == "Jeremy Corbyn"


def test_person_base_review_r57_names_declined_as_adjectives_or_with_go() -> None:
    """Review batch r57: "Saooda Tirmiziego" kept "Tirmiziego" (a name on "-i" declines like an adjective), and
    "według Wyliego" was "Wyliego" though "Wylie" stands in the article ("-go" appended to a name on "-ie")."""
    from kronika import process, read_string

    ents = {e.text: e.canonical for e in process(read_string(
        "date 2018-03-28\nWylie zeznał w parlamencie. Według przedstawiciela policji Saooda Tirmiziego zatrzymano "
        "dziesiątki osób. Jednak według Wyliego, firma chciała więcej.", "x.txt")).entities if e.type == "PER"}
    assert ents["Saooda Tirmiziego"] == "Saood Tirmizi"
    assert ents["Wyliego"] == "Wylie"


def test_find_gazetteer_review_k1_a_case_ending_after_an_apostrophe_is_the_names() -> None:
    """Review batch k1: "sam Farage" was no entity (Nigel Farage is now in the gazetteer), and a gazetteer name keeps
    the case ending Polish writes after an apostrophe ("Farage'a")."""
    from kronika import process, read_string

    ents = [(e.text, e.canonical) for e in process(read_string(
        "date 2018-01-12\nTeraz sam Farage na Twitterze przyznał, że to możliwe. Od wpisu Farage'a odciął się lider UKIP.",
        "x.txt")).entities if e.type == "PER"]
    assert ents == [("Farage", "Nigel Farage"), ("Farage'a", "Nigel Farage")]


def test_find_gazetteer_review_k1_a_surname_alias_after_another_first_name_is_someone_else() -> None:
    """Review batch k1: with "Morawiecki" an alias of Mateusz Morawiecki, "Kornel Morawiecki powiedział" was the
    premier; a first name before an alias must agree with the gazetteer's ("Michael Barnier" is Michel Barnier)."""
    from kronika import process, read_string

    ents = [(e.text, e.canonical) for e in process(read_string(
        "date 2018-01-12\nKornel Morawiecki powiedział, że to niedojrzałość. Główny negocjator, Michael Barnier, ostrzegał.",
        "x.txt")).entities if e.type == "PER"]
    assert ents == [("Kornel Morawiecki", "Kornel Morawiecki"), ("Michael Barnier", "Michel Barnier")]


def test_find_entities_review_k2_names_with_a_lower_case_particle() -> None:
    """Review batch k2: "Saif ul-Malook" was no entity ("ul-Malook" has a lower-case particle), so "- napisał
    ul-Malook" had no speaker; "Saif", when the model tags it, joins it."""
    from kronika import process, read_string

    ents = [(e.text, e.canonical) for e in process(read_string(
        "date 2018-11-07\nSaif ul-Malook, adwokat, wyjechał do Holandii. - Została zwolniona - napisał ul-Malook w "
        "wiadomości do AFP.", "x.txt")).entities if e.type == "PER"]
    assert ents == [("Saif ul-Malook", "Saif ul-Malook"), ("ul-Malook", "Saif ul-Malook")]


def test_person_base_review_f2_a_womans_russian_surname_after_her_first_name() -> None:
    """Review batch f2: "Maria Zacharowa" became "Maria Zacharow" (Morfeusz reads "Zacharowa" only as the man's
    genitive), and "Zacharowa" alone linked to no one; "Aleksandra Miedwiediewa" stays Aleksander's genitive."""
    from kronika import process, read_string

    ents = [(e.text, e.lemma, e.canonical) for e in process(read_string(
        "date 2018-01-01\nZacharowa oceniła, że to błąd. Rzeczniczka MSZ Maria Zacharowa dodała, że nie.", "x.txt")).entities
        if e.type == "PER"]
    assert ents == [("Zacharowa", "Zacharow", "Maria Zacharowa"), ("Maria Zacharowa", "Maria Zacharowa", "Maria Zacharowa")]


def test_find_entities_review_k9_a_common_adjective_opening_a_sentence_is_no_name() -> None:
    """Review batch k9: the model tagged "Brytyjska" (place) and "Unijny" (organisation) where they open a sentence
    before their noun, and a role with a name inside it was not resolved; "Polski", also Poland's genitive, stays
    for the model to judge."""
    from kronika import process, read_string

    doc = process(read_string("date 2018-01-01\nBrytyjska premier potwierdziła to w BBC. Unijny negocjator podkreślił, "
                              "że umowa jest bliska.", "x.txt"))
    assert not [e.text for e in doc.entities if e.text in ("Brytyjska", "Unijny")]


def test_find_entities_a_model_span_stops_at_a_sentence_end() -> None:
    """Review k24: "wzdłuż trasy Nord Stream 2. Greenpeace podkreśla" was one organisation "Nord Stream 2. Greenpeace",
    so Greenpeace's words had no speaker."""
    got = ents("Ekolodzy wskazali, że rośliny rosną wzdłuż planowanej trasy Nord Stream 2. Greenpeace podkreśla, że "
               "dokumentacja projektu musi zostać uzupełniona.")
    assert [g[0] for g in got] == ["Nord Stream 2", "Greenpeace"]


def test_find_entities_review_m2_a_web_address_is_one_medium() -> None:
    """Review m2: "informuje politico.eu", "– informuje " next.gaztea.pl "" had no speaker: the tokenizer splits a
    web address at each dot and the model saw none of it (SlavicNER marks the whole address, "money.pl", as PRO)."""
    got = ents("Ceny rosną – podaje portal money.pl. Jak informuje Politico.eu, rząd upadł. "
               "Pisał o tym Jan Kowalski, jan.kowalski@wp.pl, na stronie http://example.com/abc.")
    assert ("money.pl", "money.pl", "PRO") in got
    assert ("Politico.eu", "Politico.eu", "PRO") in got
    assert not any("wp.pl" in text or "example.com" in text for text, _lemma, _type in got)


def test_find_entities_review_m7_a_one_word_body_then_its_head() -> None:
    """Review m7: "napisał prezes Bundesnetzagentur Jochen Homann" was one organisation, so the words had no
    person; the body is named alone in the article ("(niem. Bundesnetzagentur)"), then its head."""
    got = ents("Niemiecka Agencja ds. Sieci (niem. Bundesnetzagentur) ogłosiła konsultacje. – Wzywamy wszystkich – "
               "napisał prezes Bundesnetzagentur Jochen Homann.")
    assert ("Jochen Homann", "Jochen Homann", "PER") in got


def test_find_entities_one_apostrophe_links_a_name_across_articles() -> None:
    """47 BSNLP articles write "O’Leary" with a typographic apostrophe, the rest "O'Leary": one person had two
    entity ids (two entity pages) across the corpus. The canonical name and id use the straight one; the base form
    keeps the text's."""
    doc = Doc(Article(id="t", source="t", text="Szef Ryanaira Michael O’Leary powiedział, że strajk nic nie da."))
    doc.tokens, doc.sentences = analyse_text(doc.text)
    person = next(e for e in find_entities(doc) if e.type == "PER")
    assert (person.lemma, person.canonical, person.entity_id) == ("Michael O’Leary", "Michael O'Leary", "PER-Michael-O'Leary")


def test_person_base_review_m14_a_first_name_takes_the_surnames_case() -> None:
    """Review m14: "Willa Huttona" was "Willa Hutton" (a villa) and "przez Aleksandra Miedwiediewa" was
    "Aleksandra Miedwiediew": the unknown surname's ending tells a man's oblique case, and a first name with a man's
    name reading in that case takes it. (As a woman, Will Hutton could not be "Jego zdaniem" or "Komentator … odnotował".)"""
    got = ents("Will Hutton napisał artykuł. Zdaniem Willa Huttona to błąd. Projekt wymienił Aleksander Miedwiediew. "
               "Gazociąg wymieniono przez Aleksandra Miedwiediewa.")
    assert ("Willa Huttona", "Will Hutton", "PER") in got
    assert ("Aleksandra Miedwiediewa", "Aleksander Miedwiediew", "PER") in got


def test_find_entities_review_m16_declined_names_take_their_base_form() -> None:
    """Review m16: "zdaniem Poroszenki" stood as a base form of its own (an "-enko" surname declines like a feminine
    noun), and "Gosia" was the man's surname "Goś" in the genitive."""
    got = ents("Prezydent Petro Poroszenko był w Brukseli. Sankcje są zdaniem Poroszenki jedynym instrumentem. "
               "- Coraz częściej o tym słyszę - mówi Gosia, która mieszka w Londynie.")
    assert ("Poroszenki", "Poroszenko", "PER") in got
    assert ("Gosia", "Gosia", "PER") in got


def test_find_entities_review_m16_a_lone_surname_in_the_case_a_full_name_wrote() -> None:
    """Review m16: "na Skripala" after "Siergieja Skripala" and "Zdaniem Perryego" after "Rick Perry" stood as base
    forms of their own: the surname as the full name wrote it maps to that name's base, and "-ego" without the
    apostrophe is an ending like "-owi" (applied where the nominative is in the article)."""
    got = ents("Próba otrucia Siergieja Skripala wywołała kryzys. Zamach na Skripala potępiono. Rick Perry był w "
               "Algierii. Zdaniem Perryego jego kraj mógłby pomóc.")
    assert ("Skripala", "Skripal", "PER") in got
    assert ("Perryego", "Perry", "PER") in got


def test_find_entities_review_m16_a_name_a_bodys_noun_introduced_is_a_body() -> None:
    """Review m16: "Intesa nie zdecydowała się" was a person (so "– … – powiedział menadżer włoskiego banku" went to
    it as the last person named); the article introduces it with a body's noun ("włoski bank Intesa")."""
    got = ents("Antonio Fallico, szef włoskiego banku Intesa w Rosji, mówił o planach. Intesa nie zdecydowała się na "
               "dofinansowanie projektu.")
    assert [t for text, _l, t in got if text == "Intesa"] and all(t != "PER" for text, _l, t in got if text == "Intesa")
