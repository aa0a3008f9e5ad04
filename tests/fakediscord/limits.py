"""Discord's size limits on what a bot sends: a message (content, embeds, components) and a
modal. Discord refuses a body over any of them with 400 "Invalid Form Body", so the user sees
"This interaction failed" or nothing at all; the fake refuses it the same way, naming the
first limit broken."""

from __future__ import annotations

from typing import Any

JSON = dict[str, Any]

CONTENT = 2000
EMBEDS = 10
EMBED_TITLE, EMBED_DESCRIPTION, EMBED_FIELDS = 256, 4096, 25
FIELD_NAME, FIELD_VALUE, FOOTER, AUTHOR = 256, 1024, 2048, 256
EMBEDS_TOTAL = 6000
ACTION_ROWS, ROW_BUTTONS = 5, 5
BUTTON_LABEL, CUSTOM_ID = 80, 100
SELECT_OPTIONS, OPTION_TEXT, PLACEHOLDER = 25, 100, 150
MODAL_TITLE, MODAL_COMPONENTS = 45, 5
INPUT_LABEL, INPUT_PLACEHOLDER, INPUT_VALUE = 45, 100, 4000
LABEL_DESCRIPTION = 100

ACTION_ROW, BUTTON, TEXT_INPUT, LABEL = 1, 2, 4, 18
SELECTS = {3, 5, 6, 7, 8}


def _too_long(where: str, text: object, limit: int) -> str | None:
    if text is not None and len(str(text)) > limit:
        return f"{where}: must be {limit} or fewer in length (is {len(str(text))})"
    return None


def _first(*problems: str | None) -> str | None:
    return next((p for p in problems if p), None)


def _embed_problem(where: str, embed: JSON) -> tuple[str | None, int]:
    """The first limit this embed breaks, and how many of the 6,000 characters it uses."""
    fields = embed.get("fields") or []
    texts = [embed.get("title"), embed.get("description")]
    texts += [(embed.get("footer") or {}).get("text"), (embed.get("author") or {}).get("name")]
    problem = _first(
        _too_long(f"{where}.title", embed.get("title"), EMBED_TITLE),
        _too_long(f"{where}.description", embed.get("description"), EMBED_DESCRIPTION),
        _too_long(f"{where}.footer.text", (embed.get("footer") or {}).get("text"), FOOTER),
        _too_long(f"{where}.author.name", (embed.get("author") or {}).get("name"), AUTHOR),
        f"{where}.fields: must be {EMBED_FIELDS} or fewer" if len(fields) > EMBED_FIELDS else None,
    )
    for n, item in enumerate(fields):
        name, value = item.get("name"), item.get("value")
        texts += [name, value]
        problem = _first(
            problem,
            None if name and str(name).strip() else f"{where}.fields[{n}].name: required",
            None if value and str(value).strip() else f"{where}.fields[{n}].value: required",
            _too_long(f"{where}.fields[{n}].name", name, FIELD_NAME),
            _too_long(f"{where}.fields[{n}].value", value, FIELD_VALUE),
        )
    return problem, sum(len(str(t)) for t in texts if t)


def _component_problem(where: str, component: JSON) -> str | None:
    kind = component.get("type")
    problem = _too_long(f"{where}.custom_id", component.get("custom_id"), CUSTOM_ID)
    if kind == BUTTON:
        return _first(problem, _too_long(f"{where}.label", component.get("label"), BUTTON_LABEL))
    if kind in SELECTS:
        options = component.get("options") or []
        problem = _first(
            problem,
            _too_long(f"{where}.placeholder", component.get("placeholder"), PLACEHOLDER),
            f"{where}.options: must be {SELECT_OPTIONS} or fewer"
            if len(options) > SELECT_OPTIONS
            else None,
        )
        for n, option in enumerate(options):
            for key in ("label", "value", "description"):
                problem = _first(
                    problem, _too_long(f"{where}.options[{n}].{key}", option.get(key), OPTION_TEXT)
                )
        return problem
    if kind == TEXT_INPUT:
        return _first(
            problem,
            _too_long(f"{where}.label", component.get("label"), INPUT_LABEL),
            _too_long(f"{where}.placeholder", component.get("placeholder"), INPUT_PLACEHOLDER),
            _too_long(f"{where}.value", component.get("value"), INPUT_VALUE),
            # A pre-filled value longer than the input allows is refused too.
            _too_long(
                f"{where}.value", component.get("value"), component.get("max_length") or INPUT_VALUE
            ),
        )
    if kind == LABEL:
        return _first(
            _too_long(f"{where}.label", component.get("label"), INPUT_LABEL),
            _too_long(f"{where}.description", component.get("description"), LABEL_DESCRIPTION),
            _component_problem(f"{where}.component", component.get("component") or {}),
        )
    return problem


def _rows_problem(where: str, rows: list[JSON], limit: int) -> str | None:
    if len(rows) > limit:
        return f"{where}: must be {limit} or fewer"
    for n, row in enumerate(rows):
        inner = row.get("components") or []
        if row.get("type") == ACTION_ROW and len(inner) > ROW_BUTTONS:
            return f"{where}[{n}].components: must be {ROW_BUTTONS} or fewer"
        for m, component in enumerate(inner if row.get("type") == ACTION_ROW else [row]):
            problem = _component_problem(f"{where}[{n}].components[{m}]", component)
            if problem:
                return problem
    return None


def message_problem(body: JSON) -> str | None:
    """The first of Discord's limits a message body breaks, or None."""
    embeds = body.get("embeds") or []
    problem = _first(
        _too_long("content", body.get("content"), CONTENT),
        f"embeds: must be {EMBEDS} or fewer" if len(embeds) > EMBEDS else None,
    )
    total = 0
    for n, embed in enumerate(embeds):
        embed_problem, size = _embed_problem(f"embeds[{n}]", embed)
        problem, total = _first(problem, embed_problem), total + size
    if total > EMBEDS_TOTAL:
        problem = _first(problem, f"embeds: {total} characters in all, over {EMBEDS_TOTAL}")
    return _first(problem, _rows_problem("components", body.get("components") or [], ACTION_ROWS))


def modal_problem(data: JSON) -> str | None:
    """The first of Discord's limits a modal breaks, or None."""
    return _first(
        _too_long("title", data.get("title"), MODAL_TITLE),
        _too_long("custom_id", data.get("custom_id"), CUSTOM_ID),
        _rows_problem("components", data.get("components") or [], MODAL_COMPONENTS),
    )
