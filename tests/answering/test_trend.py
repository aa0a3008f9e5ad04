"""A measure's figures become chart points a reader can check: value, period, answer date."""

import datetime as dt

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.trend import (
    measure_choices,
    measure_title,
    money_text,
    similar_measures,
    summary_lines,
    trend,
    value_text,
)
from sendbot.knowledge.model import Fact, Figure, FigureKind, KnowledgeBase
from tests.knowledge.builders import knowledge_base, placeholder_fact, written_answer

AUTUMN = dt.date(2023, 9, 26)
SPRING = dt.date(2025, 4, 29)


def fact(
    fact_id: str,
    figure: Figure,
    period: str | None,
    source_id: str,
    *,
    measure: str = "high-needs-budget",
    as_of: dt.date = AUTUMN,
) -> Fact:
    return placeholder_fact(
        fact_id,
        as_of,
        source_id=source_id,
        title=f"Title of {fact_id}",
        figures=(Figure("2024", FigureKind.DATE, "year"), figure),
        measure=measure,
        period=period,
    )


def money(value: int, label: str, qualifier: str | None = None) -> Figure:
    return Figure(value, FigureKind.MONEY, label, qualifier=qualifier)


def high_needs() -> KnowledgeBase:
    autumn = written_answer("autumn", AUTUMN, title="High needs funding 2024/25")
    spring = written_answer("spring", SPRING, title="High needs increase")
    return knowledge_base(
        (
            spring,
            (
                fact(
                    "hn-2025-26",
                    money(12_000_000_000, "high needs budget in 2025/26", "over"),
                    "2025/26",
                    "spring",
                    as_of=SPRING,
                ),
            ),
        ),
        (
            autumn,
            (
                fact(
                    "hn-2024-25", money(10_500_000_000, "budget for 2024/25"), "2024/25", "autumn"
                ),
                fact("hn-2023-24", money(10_100_000_000, "budget in 2023/24"), "2023/24", "autumn"),
            ),
        ),
    )


def test_points_run_oldest_period_first_each_labelled_with_value_and_answer_date() -> None:
    chart = trend(high_needs(), "high-needs-budget")
    assert chart is not None
    assert [(p.period, p.label, p.fact_id) for p in chart.points] == [
        ("2023/24", "£10.1bn · answered 26 Sep 2023", "hn-2023-24"),
        ("2024/25", "£10.5bn · answered 26 Sep 2023", "hn-2024-25"),
        ("2025/26", "over £12bn · answered 29 Apr 2025", "hn-2025-26"),
    ]
    assert chart.title == "High needs budget"
    assert chart.figure_label == "high needs budget"  # the newest figure's label, period dropped
    assert chart.caption == (
        "Sources (written answers): 26 Sep 2023: High needs funding 2024/25; "
        "29 Apr 2025: High needs increase"
    )


def test_summary_leads_with_the_newest_figure_then_the_earlier_ones_oldest_first() -> None:
    chart = trend(high_needs(), "high-needs-budget")
    assert chart is not None
    assert summary_lines(chart) == [
        # (These quotes do not write the figure: the value as a reader says it.)
        "High needs budget, newest for 2025/26: over £12bn",
        "Written answer by Jane Minister (Department for Education), 29 April 2025.",
        "Earlier:",
        # In time order, as a reply's "Earlier" line lists them.
        "2023/24: £10.1bn (answered 26 September 2023, High needs funding 2024/25)",
        "2024/25: £10.5bn (answered 26 September 2023, High needs funding 2024/25)",
    ]


def test_a_period_restated_later_is_one_point_from_the_later_answer() -> None:
    old = written_answer("old", AUTUMN, title="First said")
    new = written_answer("new", SPRING, title="Said again")
    kb = knowledge_base(
        (old, (fact("first", money(10_500_000_000, "budget"), "2024/25", "old"),)),
        (new, (fact("again", money(10_500_000_000, "budget"), "2024/25", "new", as_of=SPRING),)),
    )
    chart = trend(kb, "high-needs-budget")
    assert chart is not None
    assert [(p.fact_id, p.source_title) for p in chart.points] == [("again", "Said again")]


def test_one_point_still_makes_a_chart_and_says_so() -> None:
    src = written_answer("s", AUTUMN, title="Psychologists")
    count = Figure(400, FigureKind.COUNT, "psychologists to be trained", "psychologists")
    kb = knowledge_base((src, (fact("eps", count, None, "s", measure="eps-trained"),)))
    chart = trend(kb, "eps-trained")
    assert chart is not None
    assert [p.label for p in chart.points] == ["400 · answered 26 Sep 2023"]
    assert chart.points[0].period == "26 Sep 2023"  # no period named: its as_of day
    assert summary_lines(chart)[0] == "Psychologists to be trained, newest as of 26 Sep 2023: 400"
    assert summary_lines(chart)[-1] == "Only one figure so far: the chart has a single point."


def test_a_figure_of_another_kind_is_left_off_the_axis_and_named() -> None:
    src = written_answer("s", AUTUMN, title="T")
    percent = Figure(60, FigureKind.PERCENT, "rise")
    kb = knowledge_base(
        (
            src,
            (
                fact("pounds", money(10_500_000_000, "budget"), "2024/25", "s"),
                fact("share", percent, "2023/24", "s"),
            ),
        )
    )
    chart = trend(kb, "high-needs-budget")
    assert chart is not None
    assert [p.fact_id for p in chart.points] == ["pounds"]
    assert chart.left_out == ("share",)


def test_months_and_days_read_as_dates() -> None:
    src = written_answer("s", AUTUMN, title="T")
    kb = knowledge_base(
        (
            src,
            (
                fact("sep", Figure(5, FigureKind.COUNT, "schools"), "2023-09", "s", measure="m"),
                fact("day", Figure(7, FigureKind.COUNT, "schools"), "2024-02-08", "s", measure="m"),
                fact("yr", Figure(3, FigureKind.COUNT, "schools"), "2022", "s", measure="m"),
            ),
        )
    )
    chart = trend(kb, "m")
    assert chart is not None
    assert [p.period for p in chart.points] == ["2022", "Sep 2023", "8 Feb 2024"]


def test_unknown_measure_has_no_chart_but_close_names() -> None:
    kb = high_needs()
    assert trend(kb, "high-needs-budgets") is None
    assert similar_measures(kb, "high needs budgt") == ["high-needs-budget"]
    assert similar_measures(kb, "zzz") == []


@pytest.mark.parametrize("typed", ["nope", "foo", "weather", "eps"])
def test_a_name_sharing_three_letters_with_a_measure_is_not_offered(
    shipped_index: FactIndex, typed: str
) -> None:
    """`sendbot trend nope` asked "did you mean special-schools-opened,
    free-school-projects-in-pipeline?": neither is anything like what was typed."""
    assert similar_measures(shipped_index.kb, typed) == []


def test_a_part_of_a_measure_name_still_finds_it(shipped_index: FactIndex) -> None:
    assert similar_measures(shipped_index.kb, "senco") == [
        "early-years-senco-training-registrations"
    ]
    assert similar_measures(shipped_index.kb, "high-needs-total")[0] == "high-needs-budget"
    assert "pins-primary-schools" in similar_measures(shipped_index.kb, "pins")


@pytest.mark.parametrize(
    ("pounds", "text"),
    [
        (10_100_000_000, "£10.1bn"),
        (12_000_000_000, "£12bn"),
        (1_234_567_890, "£1.23bn"),
        (970_000_000, "£970m"),
        (21_000_000, "£21m"),
        (2_500_000, "£2.5m"),
        (45_000, "£45,000"),
    ],
)
def test_money_reads_in_billions_and_millions(pounds: int, text: str) -> None:
    assert money_text(pounds) == text


def test_counts_and_percentages() -> None:
    assert value_text(1500, FigureKind.COUNT) == "1,500"
    assert value_text(10.6, FigureKind.PERCENT) == "10.6%"


def test_the_figure_label_loses_its_period_however_it_is_joined() -> None:
    src = written_answer("s", AUTUMN, title="T")
    for label in ("core schools budget by 2028/29", "core schools budget in the 2028/29 year"):
        figure = money(69_500_000_000, label)
        kb = knowledge_base((src, (fact("csb", figure, "2028/29", "s", measure="csb"),)))
        chart = trend(kb, "csb")
        assert chart is not None and chart.figure_label == "core schools budget"


def test_titles_from_slugs_keep_split_years() -> None:
    assert measure_title("high-needs-budget-rise-since-2019-20") == (
        "High needs budget rise since 2019/20"
    )


def test_titles_write_acronyms_in_capitals() -> None:
    assert measure_title("pins-primary-schools") == "PINS primary schools"
    assert measure_title("early-years-senco-training-registrations") == (
        "Early years SENCO training registrations"
    )
    assert measure_title("ap-specialist-taskforce-children-reached") == (
        "AP specialist taskforce children reached"
    )


def test_measure_autocomplete_finds_by_title_words_and_shows_counts() -> None:
    choices = measure_choices(high_needs())
    found = choices.complete("high needs")
    assert [(c.name, c.value) for c in found] == [
        ("High needs budget (3 figures)", "high-needs-budget")
    ]
    assert choices.complete("") == found  # nothing typed: every measure
    assert choices.complete("qqqq") == []


@pytest.mark.parametrize(
    ("measure", "headline"),
    [
        (
            "high-needs-budget-increase",
            'Increase in high needs funding, newest for 2025/26: "over £1 billion in the'
            ' 2025/26 financial year" (Georgia Gould, answered 26 February 2026)',
        ),
        (
            "special-free-schools-approved",
            'Further special free schools approved, newest as of 8 Feb 2024: "a further 76'
            ' special free schools" (David Johnston, answered 8 February 2024)',
        ),
    ],
)
def test_the_headline_states_the_newest_figure_in_its_quote_s_words_with_who_said_it(
    shipped_kb: KnowledgeBase, measure: str, headline: str
) -> None:
    """Not "over £1bn for 2025/26: increase in high needs funding", a change written anew."""
    chart = trend(shipped_kb, measure)
    assert chart is not None
    assert summary_lines(chart)[0] == headline


def added_places() -> KnowledgeBase:
    """Two announcements of extra resource bases, the later one 'a further 40', tied to no
    period: each an addition, not a count in all."""
    first = written_answer("first", AUTUMN, title="Bases announced")
    later = written_answer("later", SPRING, title="More bases announced")
    wave = Figure(12, FigureKind.COUNT, "resource bases announced", "resource bases")
    more = Figure(40, FigureKind.COUNT, "additional resource bases announced", "resource bases")
    return knowledge_base(
        (first, (fact("wave", wave, None, "first", measure="resource-bases"),)),
        (later, (fact("more", more, None, "later", measure="resource-bases", as_of=SPRING),)),
    )


def test_figures_announced_as_additions_are_not_told_as_a_rise() -> None:
    chart = trend(added_places(), "resource-bases")
    assert chart is not None and chart.batches
    assert summary_lines(chart)[-1] == (
        "Each figure is an addition its answer announces, not a running total; a later answer "
        "may announce an earlier batch again: the chart does not join them as a rise or a fall."
    )


def test_one_addition_announced_twice_is_not_told_as_two_batches(
    shipped_kb: KnowledgeBase,
) -> None:
    """400 trainees in two answers are one plan, not 800: the text must not invite a sum."""
    chart = trend(shipped_kb, "educational-psychologists-trained")
    assert chart is not None and chart.batches
    assert len({point.value for point in chart.points}) == 1
    told = summary_lines(chart)[-1]
    assert "same addition again" in told and "not to be added together" in told


def test_an_addition_for_its_own_period_still_reads_as_a_series() -> None:
    src = written_answer("s", AUTUMN, title="Extra money")
    kb = knowledge_base(
        (
            src,
            (
                fact("y1", money(400_000_000, "additional funding in 2023/24"), "2023/24", "s"),
                fact("y2", money(500_000_000, "additional funding in 2024/25"), "2024/25", "s"),
            ),
        )
    )
    chart = trend(kb, "high-needs-budget")
    assert chart is not None and not chart.batches
    assert "running total" not in " ".join(summary_lines(chart))
