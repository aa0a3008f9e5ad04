"""The fake refuses what Discord refuses for its size: a reply over a limit would reach no
one ("This interaction failed"), so a test that sends one must fail, not pass."""

from __future__ import annotations

from tests.fakediscord.limits import message_problem, modal_problem


def test_a_message_within_every_limit_passes() -> None:
    embed = {
        "title": "t" * 256,
        "description": "d" * 4096,
        "footer": {"text": "f" * 100},
        "fields": [{"name": "n", "value": "v" * 1024}],
    }
    button = {"type": 2, "label": "b" * 80, "custom_id": "c" * 100}
    body = {
        "content": "x" * 2000,
        "embeds": [embed],
        "components": [{"type": 1, "components": [button] * 5}],
    }
    assert message_problem(body) is None


def test_each_limit_is_named() -> None:
    assert message_problem({"content": "x" * 2001}) == (
        "content: must be 2000 or fewer in length (is 2001)"
    )
    assert message_problem({"embeds": [{"description": "d" * 4097}]}) == (
        "embeds[0].description: must be 4096 or fewer in length (is 4097)"
    )
    field = {"name": "n", "value": "v" * 1025}
    assert message_problem({"embeds": [{"fields": [field]}]}) == (
        "embeds[0].fields[0].value: must be 1024 or fewer in length (is 1025)"
    )
    assert message_problem({"embeds": [{"fields": [{"name": "n", "value": ""}]}]}) == (
        "embeds[0].fields[0].value: required"
    )
    two = [{"description": "d" * 3001}, {"description": "d" * 3000}]
    assert message_problem({"embeds": two}) == "embeds: 6001 characters in all, over 6000"
    button = {"type": 2, "label": "b" * 81, "custom_id": "c"}
    assert message_problem({"components": [{"type": 1, "components": [button]}]}) == (
        "components[0].components[0].label: must be 80 or fewer in length (is 81)"
    )
    option = {"label": "o", "value": "v" * 101}
    select = {"type": 3, "custom_id": "s", "options": [option]}
    assert message_problem({"components": [{"type": 1, "components": [select]}]}) == (
        "components[0].components[0].options[0].value: must be 100 or fewer in length (is 101)"
    )


def test_a_modal_over_its_limits_is_refused() -> None:
    text_input = {"type": 4, "custom_id": "q", "label": "Questions", "value": "q" * 4001}
    modal = {
        "title": "Edit",
        "custom_id": "m",
        "components": [{"type": 1, "components": [text_input]}],
    }
    assert modal_problem(modal) == (
        "components[0].components[0].value: must be 4000 or fewer in length (is 4001)"
    )
    assert modal_problem({"title": "t" * 46, "custom_id": "m"}) == (
        "title: must be 45 or fewer in length (is 46)"
    )
    labelled = {"type": 18, "label": "l" * 46, "component": {"type": 4, "custom_id": "x"}}
    assert modal_problem({"title": "t", "custom_id": "m", "components": [labelled]}) == (
        "components[0].components[0].label: must be 45 or fewer in length (is 46)"
    )


def test_a_prefilled_value_longer_than_its_input_allows_is_refused() -> None:
    text_input = {"type": 4, "custom_id": "s", "label": "S", "value": "s" * 301, "max_length": 300}
    modal = {
        "title": "Edit",
        "custom_id": "m",
        "components": [{"type": 18, "label": "Statement", "component": text_input}],
    }
    assert modal_problem(modal) == (
        "components[0].components[0].component.value: must be 300 or fewer in length (is 301)"
    )
