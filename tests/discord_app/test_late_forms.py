"""A form submitted when nothing waits for it: its boxes are read from the submission and
handed back to copy, or it is made again by the extension that knows it."""

from __future__ import annotations

import inspect
from types import SimpleNamespace
from typing import Any

from discord import ui

from sendbot.discord_app.late_forms import (
    FENCE_STAND_IN,
    LateForms,
    typed_boxes,
    typed_replies,
)

# As Discord sends a submission: boxes in labels (type 18) or in action rows (type 1).
SUBMITTED = [
    {"type": 18, "component": {"type": 4, "custom_id": "statement", "value": "Fifteen."}},
    {"type": 1, "components": [{"type": 4, "custom_id": "questions", "value": "how many?"}]},
    {"type": 10},  # a text display: nothing typed
    {"type": 18, "component": {"type": 4, "custom_id": "tags", "value": ""}},
]


def test_every_box_is_read_in_order_from_labels_and_rows() -> None:
    assert typed_boxes(SUBMITTED) == [
        ("statement", "Fifteen."),
        ("questions", "how many?"),
        ("tags", ""),
    ]


def test_what_was_typed_comes_back_box_by_box_in_code_blocks() -> None:
    replies = typed_replies("Nothing was saved.", typed_boxes(SUBMITTED))
    assert replies == [
        "Nothing was saved.\n**Statement**\n```\nFifteen.\n```\n"
        "**Questions**\n```\nhow many?\n```\n**Tags**: *(empty)*"
    ]


def test_a_fence_typed_in_a_box_does_not_end_its_block() -> None:
    (reply,) = typed_replies("Intro.", [("quote", "a ``` b")])
    assert reply.count("```") == 2 and f"a {FENCE_STAND_IN} b" in reply


def test_long_boxes_are_spread_over_messages_within_the_limit() -> None:
    """Four boxes of up to 4,000 characters do not fit one 2,000-character message: nothing
    typed is cut off, and every message fits."""
    quote = "\n".join(f"line {n} of a long quote" for n in range(200))
    boxes = [("statement", "s" * 290), ("quote", quote), ("questions", "q?")]
    replies = typed_replies("Intro.", boxes)
    assert len(replies) > 2 and all(len(reply) <= 2000 for reply in replies)
    joined = "\n".join(replies)
    for n in range(200):
        assert f"line {n} of a long quote" in joined
    assert "s" * 290 in joined and "q?" in joined


def test_the_first_extension_that_knows_a_form_makes_it_and_unloading_forgets_it() -> None:
    made = ui.Modal(title="Late")
    forms = LateForms()
    assert forms.remade("kbf/x") is None

    def maker(custom_id: str) -> ui.Modal | None:
        return made if custom_id == "kbf/x" else None

    forms.add(maker)
    assert forms.remade("kbf/x") is made and forms.remade("other") is None
    forms.remove(maker)
    assert forms.remade("kbf/x") is None


class _Form(ui.Modal, title="Late"):
    """A form with one box, as sendbot's forms put their boxes: in a label."""

    def __init__(self, fail: bool = False) -> None:
        super().__init__(timeout=None, custom_id="kbf/late")
        self.fail = fail
        self.box: ui.TextInput[Any] = ui.TextInput(custom_id="statement", default="as opened")
        self.add_item(ui.Label(text="Statement", component=self.box))
        self.said: list[str] = []

    async def interaction_check(self, interaction: Any, /) -> bool:
        self.said.append("checked")
        return True

    async def on_submit(self, interaction: Any, /) -> None:
        if self.fail:
            raise RuntimeError("refused")
        self.said.append(f"submitted {self.box.value!r}")

    async def on_error(self, interaction: Any, error: Exception, /) -> None:  # type: ignore[override]
        self.said.append(f"error {error}")


async def test_discord_py_still_submits_a_remade_form_as_sendbot_relies_on() -> None:
    """SendBot._submit_late hands a late submission to discord.py's private
    `Modal._dispatch_submit`: discord.py 2.7 routes a submission only to a form registered
    before it arrives (its view store runs before the `interaction` event), and a box's
    value is set only from a submission. This fails loudly if a discord.py upgrade changes
    that method: its arguments, its reading of the boxes (nested in labels), or its order
    of interaction_check, on_submit and on_error."""
    assert list(inspect.signature(ui.Modal._dispatch_submit).parameters) == [
        "self",
        "interaction",
        "components",
        "resolved",
    ]
    form = _Form()
    interaction = SimpleNamespace(data={}, guild=None, guild_id=None, _state=None)
    await form._dispatch_submit(interaction, SUBMITTED, {})  # type: ignore[arg-type]
    assert form.said == ["checked", "submitted 'Fifteen.'"]
    assert form.is_finished()  # stopped once submitted, as a live form is

    failing = _Form(fail=True)
    await failing._dispatch_submit(interaction, SUBMITTED, {})  # type: ignore[arg-type]
    assert failing.said == ["checked", "error refused"]
