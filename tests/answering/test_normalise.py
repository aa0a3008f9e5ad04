import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.normalise import (
    Normaliser,
    fold_text,
    singular,
    stem,
    without_final_s,
    words,
)

SYNONYMS = [
    ["senco", "sendco", "special educational needs coordinator"],
    ["ehcp", "ehc plan", "education health and care plan"],
    ["la", "local authority", "council"],
]


def terms(text: str) -> list[str]:
    return Normaliser.from_synonyms(SYNONYMS).terms(text)


def test_money_years_and_thousands_are_written_one_way() -> None:
    assert sorted(words("£10.5bn in 2024-25")) == sorted(words("10.5 billion pounds in 2024/25"))
    assert words("over 1,500 places") == words("over 1500 places")
    assert "2024_25" in words("the 2024/25 budget")


def test_a_split_year_typed_with_a_space_is_the_split_year() -> None:
    assert "2024_25" in words("how much is the send plan in 2024 25 is it billions")
    assert "2024_25" in words("the 2024 25 budget")
    assert "2024_25" in words("funding for 2024 25?")
    # Not years that do not follow each other, nor a count after a year.
    assert "2024_25" not in words("in 2024 26")
    assert "24" in words("in 2023 24 schools opened")


def test_a_spaced_split_year_before_the_asking_words_is_the_split_year() -> None:
    # A question word, a bound or a check after the year is nothing a count could be of.
    assert "2023_24" in words("high needs for 2023 24 what was the total")
    assert "2023_24" in words("the 2023 24 budget how much")
    assert "2024_25" in words("funding in 2024 25 over 10 billion")
    assert "2024_25" in words("high needs in 2024 25 right")
    assert "25" in words("in 2024 25 councils got money")


def test_an_age_range_said_as_its_people_is_written_as_the_sources_write_it() -> None:
    assert words("traineeships for 16-24s") == words("traineeships for 16 to 24 year olds")
    assert words("working with 18 to 24s") == words("working with 18 to 24 year olds")
    # Not a split year, nor a decade.
    assert "2024_25" in words("funding in 24/25")
    assert "1990s" in words("since the 1990s")


def test_curly_quotes_and_unicode_fold() -> None:
    assert fold_text("the department\u2019s \uff21P plan") == "the department ap plan"


def test_plurals_and_verb_endings_meet() -> None:
    assert stem("schools") == stem("school")
    assert stem("opened") == stem("open")
    assert stem("authorities") == "authority"
    assert stem("spent") == stem("spending") == "spend"


def test_a_word_looked_for_as_written_keeps_the_letters_its_plural_starts_with() -> None:
    # Looked for as a word start, with an "s" or so after it: every form must start with it.
    assert without_final_s("studies") == "studie"
    assert "studies".startswith(without_final_s("studies"))
    assert without_final_s("internships") == "internship"
    assert without_final_s("class") == "class"
    # Compared as a name, the plural is made singular.
    assert singular("studies") == "study"
    assert singular("class") == "class"


def test_stopwords_are_not_stemmed_into_content_words() -> None:
    assert terms("when does it end") == ["end"]


def test_synonyms_fold_to_one_term_longest_phrase_first() -> None:
    assert terms("Special Educational Needs Coordinators") == ["senco"]
    assert terms("SENDCo training") == ["senco", "train"]
    assert terms("EHC plans") == terms("education, health and care plan") == ["ehcp"]
    assert terms("our council") == terms("the local authority") == ["la"]


def test_a_fact_writing_two_acronyms_as_one_word_is_filed_under_each() -> None:
    # "ITTECF" is ITT and ECF: a question saying "ITT/ECF" or "ITT and ECF" finds the fact.
    normaliser = Normaliser.from_synonyms(
        [["itt", "initial teacher training"], ["ecf", "early career framework"], *SYNONYMS]
    )
    filed = normaliser.filed_terms("The ITTECF contains more SEND content")
    for question in ("ITT/ECF send content", "ITT and ECF send content", "ITT / ECF send"):
        assert {"itt", "ecf"} <= set(normaliser.terms(question)) <= set(filed) | {"content"}
    # A question saying the word counts it once: it is not split on the asking side.
    assert normaliser.terms("the ITTECF") == ["ittecf"]
    # Two two-letter acronyms together read as a word ("la" and an "mp" would make "lamp").
    assert Normaliser.from_synonyms([["mp", "member of parliament"], *SYNONYMS]).filed_terms(
        "lamp"
    ) == ["lamp"]


def test_an_accented_word_is_the_word_without_its_accents() -> None:
    # The splitter kept ASCII letters only: "café" was "caf", "naïve" "na" and "ve", "Zoë"
    # "zo", so a question with an accent matched nothing that the word without it did.
    assert words("café") == ["cafe"]
    assert words("a naïve question") == words("a naive question")
    assert words("Zoë Ball") == ["zoe", "ball"]
    assert words("PÍNS rôle") == words("pins role")
    assert words("Straße Ærø Łódź") == ["strasse", "aero", "lodz"]
    assert terms("the élève's EHCP") == terms("the eleve's ehcp")


def test_a_question_with_accents_gets_the_reply_it_gets_without(shipped_index: FactIndex) -> None:
    # "what is PÍNS" was declined: its one topic word read as "p" and "ns".
    plain = answer(shipped_index, "what is pins")
    for accented in ("what is PÍNS", "whät is pïns", "what is pins, Zoë asks"):
        reply = answer(shipped_index, accented)
        assert (reply.outcome, reply.fact) == (plain.outcome, plain.fact), accented


def test_young_people_written_short_get_the_reply_young_people_get(
    shipped_index: FactIndex,
) -> None:
    # "16-24s", "young ppl": the January 2023 answer's "16 to 24 year olds", "young people".
    for question in (
        "what did coutinho say is offered to 16-24s without an ehc plan?",
        "the jan 2023 answer - what's there for young ppl without an ehcp?",
        "what about young ppl without an ehcp, what did the jan 2023 answer say",
    ):
        reply = answer(shipped_index, question)
        assert reply.answered and reply.fact is not None, question
        assert reply.fact.id == "traineeships-without-ehc-plan", question
        assert "traineeships are a pathway to apprenticeships" in reply.text


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("5k EPs", "5000 eps"),
        ("1.5k places", "1500 places"),
        ("£1,500,000", "pounds 1500000"),
        ("2024 figures", "2024 figures"),
    ],
)
def test_thousands_are_written_one_way(text: str, folded: str) -> None:
    # (the comma and "k" rules are searched only where a comma or "k" is)
    assert fold_text(text).split() == folded.split()
