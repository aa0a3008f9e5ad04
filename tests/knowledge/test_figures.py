from sendbot.knowledge.figures import extract_figures, parse_number, unbacked_figures
from sendbot.knowledge.model import FigureKind


def kinds_and_values(text: str) -> list[tuple[str, object]]:
    return [(figure.kind.value, figure.value) for figure in extract_figures(text)]


def test_counts_with_separators_qualifiers_and_words() -> None:
    found = extract_figures(
        "opened 15 new special schools and one AP free school, over 1,500 places"
    )
    assert [(f.kind, f.value, f.qualifier) for f in found] == [
        (FigureKind.COUNT, 15, None),
        (FigureKind.COUNT, 1, None),
        (FigureKind.COUNT, 1500, "over"),
    ]


def test_up_to_qualifier() -> None:
    (figure,) = extract_figures("to support up to 1680 primary schools")
    assert (figure.value, figure.qualifier, figure.text) == (1680, "up to", "up to 1680")


def test_money_in_every_common_spelling() -> None:
    assert kinds_and_values("£10.5 billion, £70 million, £3m, £13bn, 21 million pounds") == [
        ("money", 10_500_000_000),
        ("money", 70_000_000),
        ("money", 3_000_000),
        ("money", 13_000_000_000),
        ("money", 21_000_000),
    ]


def test_percent_and_dates() -> None:
    assert kinds_and_values(
        "60% in 2024/25; 60 per cent; in September 2023; answered on 8th February 2024; 2025"
    ) == [
        ("percent", 60),
        ("date", "2024/25"),
        ("percent", 60),
        ("date", "2023-09"),
        ("date", "2024-02-08"),
        ("date", "2025"),
    ]


def test_parse_number_is_exact() -> None:
    assert parse_number("10.5", "billion") == 10_500_000_000
    assert parse_number("1,500") == 1500
    assert parse_number("2.5") == 2.5


def test_statement_may_only_state_figures_in_its_quote() -> None:
    quote = "the department launched a £70 million Change Programme made up of 32 local authorities"
    assert unbacked_figures("A £70m programme of 32 councils.", quote) == []
    unbacked = unbacked_figures("A £75m programme of 32 councils in 2023.", quote)
    assert [figure.text for figure in unbacked] == ["£75m", "2023"]


def test_a_sum_spelt_out_is_backed_by_its_digits() -> None:
    # a moderator writes the sum in words: "seventy million pounds" is the quote's £70 million
    quote = "the department launched a £70 million Change Programme made up of 32 local authorities"
    assert unbacked_figures("A seventy million pound programme of 32 councils.", quote) == []
    unbacked = unbacked_figures("A sixty million pound programme.", quote)
    assert [figure.text for figure in unbacked] == ["sixty million"]


def test_a_year_is_backed_by_a_fuller_date() -> None:
    assert unbacked_figures("launched in 2023", "In September 2023, the department launched") == []
