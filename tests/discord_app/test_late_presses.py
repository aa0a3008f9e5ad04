"""A button whose view is gone is answered by the extension that kept what it was for."""

from __future__ import annotations

from typing import Any

from sendbot.discord_app.late_presses import LatePresses, PressHandler


async def answer(interaction: Any) -> None:
    return None


def test_the_first_extension_that_knows_a_button_answers_it_and_unloading_forgets_it() -> None:
    presses = LatePresses()
    assert presses.handler("kbr/0123456789ab/keep") is None

    def maker(custom_id: str) -> PressHandler | None:
        return answer if custom_id.startswith("kbr/") else None

    presses.add(maker)
    assert presses.handler("kbr/0123456789ab/keep") is answer
    assert presses.handler("page/next") is None
    presses.remove(maker)
    assert presses.handler("kbr/0123456789ab/keep") is None
