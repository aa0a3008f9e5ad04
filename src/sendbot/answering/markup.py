"""Chat markup -> the words a person typed. Pure.

Discord messages carry markup that is not part of the question: mentions of users, roles and
channels, @everyone/@here, custom emoji, timestamps, links, code blocks, quoted lines and
reply prefixes. Their digits would otherwise read as numbers the question asks about. The
terminal goes through the same function, so both front ends answer alike.
"""

from __future__ import annotations

import re

_CODE_BLOCK = re.compile(r"```.*?(?:```|$)", re.DOTALL)
# A Discord ```ansi block holds coloured text, not code: its words are the question.
_ANSI_BLOCK = re.compile(r"```ansi\s(.*?)(?:```|$)", re.DOTALL)
# A block's words, without the language tag on its first line ("```txt\n...").
_CODE_BLOCK_WORDS = re.compile(r"```(?:[\w+-]*\n)?(.*?)(?:```|$)", re.DOTALL)
_INLINE_CODE = re.compile(r"`([^`]*)`")
# <@123>, <@!123>, <@&123>, <#123>, </command:123>, <:emoji:123>, <a:emoji:123>, <t:123:R>
# A mention of a user, role or channel is markup whatever its id's length ("<#456>" from a test
# server or a pasted example), so these four forms need no long id.
_ANGLED = re.compile(
    r"<(?:@[!&]?|#)\d+>|</?[@#:!&a-zA-Z][^<>\s]*?\d{5,}[^<>\s]*>|<t:-?\d+(?::[a-zA-Z])?>"
)
_EVERYONE = re.compile(r"@(?:everyone|here)\b", re.IGNORECASE)
_LINK = re.compile(r"<?https?://[^\s>]+>?", re.IGNORECASE)
# A masked link, "[the improvement plan](https://...)": Discord shows its text, which is what
# the person wrote; the link alone would leave "[the improvement plan](" behind.
_MASKED_LINK = re.compile(
    r"\[([^\[\]\n]{0,200})\]\(\s*<?https?://(?:[^\s<>()]|\([^\s<>()]*\))*>?\s*\)",
    re.IGNORECASE,
)
_REPLY_PREFIX = re.compile(r"^\s*(?:@[\w.]+[\s,:]*)+")
_QUOTE_LINE = re.compile(r"^\s*>>?>?\s?", re.MULTILINE)
# Text pasted from a coloured terminal or a Discord ```ansi block: "\x1b[1mhow many ...\x1b[0m".
# A terminal's escape sequences (CSI "ESC [ ... m" or its one-byte form, OSC "ESC ] ... BEL",
# two-character ones) are not words; `storage.gaps` takes them out of what it keeps too.
TERMINAL_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]"
)
# Other control characters, but the line breaks and tabs the quoted-line rule reads.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
# Every pattern above needs one of these: text without them has no markup to remove.
_MARKUP_SIGNS = re.compile(r"[`<>@\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]|://")


# Roleplay: an action in asterisks or underscores ("*smiles*", "_scratches head_", "*nervously
# raises hand*", "*sipping tea*") before or after what is asked. It is told from emphasis on
# the question's own words ("what is *pins*") by its verb: one of these, as "she ___s" or
# "___ing" has it, first or after a word ending in "ly".
_ACTION_VERBS = """
    smile grin wave nod sigh laugh giggle chuckle snicker shrug look blink cough clear scratch
    think ponder hug wink frown cry sob yawn stretch lean tilt bow gasp peek poke whisper
    mumble mutter hum smirk beam sip tap sit wonder sniff pout blush cheer clap
    facepalm groan huff stare gulp glance squint rub fidget cross raise shake bounce
    grumble ramble hide wipe adjust sneeze panic sweat flail wiggle cringe grimace
""".split()


_DOUBLED = {"nod": "nodd", "sob": "sobb", "sip": "sipp", "tap": "tapp", "sit": "sitt",
    "grin": "grinn", "clap": "clapp", "panic": "panick"}  # fmt: skip


def _forms(verb: str) -> tuple[str, str]:
    """The verb as "she ___s" and "___ing" have it: "smiles", "smiling"; "cries", "crying"."""
    if verb.endswith(("s", "sh", "ch", "x")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb in _DOUBLED:
        return third, _DOUBLED[verb] + "ing"
    return third, (verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb) + "ing"


ACTION_WORDS = frozenset(form for verb in _ACTION_VERBS for form in _forms(verb))
_ACTION = re.compile(r"(?<![*\w])([*_])(?!\1)([a-z][a-z' -]{0,60}?[a-z])\1(?![*\w])", re.IGNORECASE)


def _is_action(said: str) -> bool:
    words = said.lower().split()
    if not 1 <= len(words) <= 6:
        return False
    verb = words[1] if words[0].endswith("ly") and len(words) > 1 else words[0]
    return verb in ACTION_WORDS


def _without_actions(text: str) -> str:
    """`text` without the roleplay actions at its start and end, when words are left."""
    kept = text
    while (found := _ACTION.match(kept.lstrip())) and _is_action(found[2]):
        kept = kept.lstrip()[found.end() :]
    while True:
        stripped = kept.rstrip()
        last = next(
            (found for found in _ACTION.finditer(stripped) if found.end() == len(stripped)), None
        )
        if last is None or not _is_action(last[2]):
            break
        kept = stripped[: last.start()]
    return kept if any(character.isalnum() for character in kept) else text


def strip_markup(text: str) -> str:
    """The question without chat markup; quoted lines are dropped when anything else is left,
    and roleplay actions around it when it has words of its own."""
    if "*" in text or "_" in text:
        text = _without_actions(text)
    if not _MARKUP_SIGNS.search(text):
        return " ".join(text.split())  # plain text, as most questions are
    text = _CONTROL.sub(" ", TERMINAL_SEQUENCE.sub(" ", text))
    text = _ANSI_BLOCK.sub(r" \1 ", text)
    without_code = _CODE_BLOCK.sub(" ", text)
    outside = _LINK.sub(" ", _EVERYONE.sub(" ", _ANGLED.sub(" ", without_code)))
    if any(character.isalnum() for character in outside):
        text = without_code  # code pasted beside the question is not asked
    else:  # the whole message is in a code block: what it says is the question
        text = _CODE_BLOCK_WORDS.sub(r" \1 ", text)
    text = _INLINE_CODE.sub(r"\1", text)
    text = _ANGLED.sub(" ", text)
    text = _EVERYONE.sub(" ", text)
    text = _MASKED_LINK.sub(r" \1 ", text)
    text = _LINK.sub(" ", text)
    lines = text.splitlines() or [text]
    own = [line for line in lines if not _QUOTE_LINE.match(line) or not line.lstrip()]
    quoted = [line for line in lines if line not in own]
    kept = own if any(line.strip() for line in own) else quoted
    text = " ".join(_QUOTE_LINE.sub("", line) for line in kept)
    text = _REPLY_PREFIX.sub("", text)
    return " ".join(text.split())
