"""'What was the minister asked to report on?' -> 'what was the minister asked about?'. Pure.

A written question asks a minister to report or update on something: "what were they asked to
report on", "what did the MP want the minister to update parliament on" ask what the question
was about, in the words every rule reads a question's text by ("asked about"). Read as written,
"report" draws facts about published reports, and "want" names no asking.
"""

from __future__ import annotations

import re

_TO_REPORT_ON = re.compile(
    r"\b(ask|asks|asked|asking|want|wants|wanted|wanting)\b((?: \w+){0,3}?) to "
    r"(?:report(?: back)?|update|comment|give an update|provide an update)"
    r"(?: (?:parliament|mps|the house|them|us|him|her))? on\b",
    re.IGNORECASE,
)
# "want the minister to report on" is what the member asked the minister about.
_AS_ASKING = {"want": "ask", "wants": "asks", "wanted": "asked", "wanting": "asking"}


def _about(found: re.Match[str]) -> str:
    verb = found[1]
    return f"{_AS_ASKING.get(verb.lower(), verb)}{found[2]} about"


# "what did pawsey want to know", "what was the mp trying to find out about EPs": what someone
# wanted to know is what they asked. (Only asked of someone named, after "what did"/"what
# was": "I want to know how many ..." is the asker's own asking.)
_SOMEONE_WANTED_TO_KNOW = re.compile(
    r"\b((?:what|wat|wot) (?:did|does|was|were|is) (?:[\w']+ ){1,3}?)"
    r"(?:(?:really|actually|exactly) )?"
    r"(?P<verb>want|wanted|wanna|wish|wished|trying|tryna|try|tried) (?:to )?"
    r"(?:know|find out|learn)\b",
    re.IGNORECASE,
)
_AS_ASKED = {"trying": "asking", "tryna": "asking"}


def _what_they_asked(found: re.Match[str]) -> str:
    return f"{found[1]}{_AS_ASKED.get(found['verb'].lower(), 'ask')}"


def as_asked_about(text: str) -> str:
    """`text` with "asked to report (or update) on" read as "asked about", and "what did
    they want to know" as "what did they ask"."""
    lowered = text.lower()
    if "know" in lowered or "find out" in lowered or "learn" in lowered:
        text = _SOMEONE_WANTED_TO_KNOW.sub(_what_they_asked, text)
    if "report" not in lowered and "update" not in lowered and "comment" not in lowered:
        return text  # nearly every question: no words to read
    return _TO_REPORT_ON.sub(_about, text)


# "what did the MP actually want to know in the first place", "what was the member trying to
# find out", "what info was the mp after": what a member (or their question) wanted to learn
# is what they asked. Read as written, "want" and "know" name no asking, and the question's
# own wording is never found for them.
_ASKER = (
    r"(?:the |that |this |their |our )?(?:original |actual |first )?"
    r"(?:mp|mps|member|peer|lord|lords|baroness|question|pq|wpq"
    # "the person asking", "the asker", "the questioner": the member, unnamed
    r"|asker|questioner|person asking)"
)
# "... want the dept to tell them": what the member wanted the department to say is what they
# wanted to know.
_TOLD_BY = (
    r"(?:the )?(?:dept|department|dfe|govt|government|minister|secretary of state) to "
    r"(?:tell (?:them|him|her)|say|explain|set out)"
)
_WANTED_TO_KNOW = re.compile(
    rf"\b(?P<did>(?:did|does|do) )?(?P<who>{_ASKER}) "
    r"(?P<how>(?:actually |really |originally |even |exactly )?)"
    r"(?:(?:(?P<trying>(?:was |were )?trying)|want|wanted|wants|tried) to "
    rf"(?:know|find out|learn|get at)|(?:want|wanted|wants) {_TOLD_BY})\b"
    # "what was the mp after", "what info were the lords after"
    rf"|\b(?P<was>was|were) (?P<whom>{_ASKER}) (?P<so>(?:actually |really |originally |even )?)"
    r"after\b",
    re.IGNORECASE,
)


def _asked(found: re.Match[str]) -> str:
    if found["was"]:
        return f"{found['was']} {found['whom']} {found['so']}asking about"
    if found["trying"]:
        # "what was the mp trying to find out": what the mp was asking about
        was = found["trying"].removesuffix("trying")
        return f"{found['did'] or ''}{found['who']} {found['how']}{was}asking about"
    if found["did"]:
        return f"{found['did']}{found['who']} {found['how']}ask"
    return f"{found['who']} {found['how']}asked"


def as_asked_wanted(text: str) -> str:
    """`text` with what a member "wanted to know" (or was "after") read as what they asked."""
    lowered = text.lower()
    if not any(
        word in lowered for word in ("know", "find out", "learn", "get at", "after", " to ")
    ):
        return text  # nearly every question
    return _WANTED_TO_KNOW.sub(_asked, text)
