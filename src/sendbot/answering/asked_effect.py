"""Questions asking what difference something made to those it serves ("did the kids the
taskforce worked with get back into school?", "has the autism training made things better for
autistic pupils?"): only a fact saying what was found or came of it answers. A fact saying what
was done ("has reached over 4000 children", "100,000 have undertaken the training") is the
closest fact, not the answer: the difference it made is what the asker wants. Pure.
"""

from __future__ import annotations

import re

# Read of the folded asking words ("did the kids the apst worked with get back into school").
# (Read only of a question holding one of _EFFECT_CUES.)
_ASKS_AN_EFFECT = re.compile(
    r"\b(?:"
    # "made things better for autistic kids", "making new teachers more confident": what it
    # did to people (past or under way; "will it make things better" asks a forecast)
    r"(?:made|making) (?:\w+ ){0,5}?(?:better|worse|easier|harder|happier|safer|"
    r"(?:any |much |a lot |even )?(?:more|less) (?:confident|skilled|capable|"
    r"anxious|supported|aware))\b|"
    # "are teachers any more confident", "are pupils any happier", "any better at it"
    r"any (?:more|less) (?:confident|skilled|capable|able|aware|supported)\b|"
    r"any (?:better|happier|worse)\b|"
    # "better at supporting autistic kids", "doing better", "better off"
    r"(?:made|make|getting|got|become|became|are|is) (?:\w+ ){0,2}?better at\b|"
    r"(?:do|does|doing|did|done|fare|fared|faring) (?:any |much )?better\b|better off\b|"
    # "get back into school", "went back into mainstream", "returned to mainstream"
    r"back (?:in|into|to) (?:mainstream|school|education|class|the classroom|full time)\b|"
    r"(?:return|returned|returning|reintegrated?) (?:in)?to (?:mainstream|school|education|"
    r"class|full time)\b|"
    r"(?:stay|stayed|staying|kept|keep) (?:\w+ ){0,2}?in (?:mainstream|school|education)\b|"
    # "change how staff treat autistic kids", "changed things for autistic children"
    # (how people are treated, not "changed how teachers are trained": what was done)
    r"(?:change|changed|changing) (?:how|the way) (?:\w+ ){0,3}?(?:treat|respond|see|"
    r"understand|include)\w*\b|"
    r"(?:changed|changing) (?:things|lives|practice|attitudes|outcomes)\b|"
    # "did pins actually improve schools' capacity": an improvement asked of it
    r"(?:actually|really) (?:improve|improved|improving)\b|"
    # "is there any evidence the training worked", "evidence it helps"
    r"(?:any|some|real|actual|hard) evidence\b|evidence (?:that|it|of (?:impact|success|"
    r"improvement|effect))\b|"
    # "did the 3.4% uplift help special schools balance their books", "has the extra funding
    # helped councils clear deficits": what a sum did for those it went to (not "has the
    # government helped councils improve their offers", what the department did)
    r"^(?:did|has|have) (?:the |that |this )?(?:[\w.]+ ){0,4}?(?:uplift|increase|rise|boost|"
    r"funding|money|cash|investment|grant|top up) (?:actually |really )?help(?:ed)? "
    r"(?:\w+ ){1,4}?(?:balance|clear|reduce|cut|close|pay off|fix|meet|cope|break even|"
    r"avoid)\b|"
    # "what were the outcomes for the kids it reached", "any impact on them": what came of it
    # for the people it served, asked as what they were (not "what outcomes for pupils is it
    # meant to improve": an aim; nor "what does it say about delivering good outcomes for
    # kids": what the department claims)
    r"(?:what (?:were|was|have been|are) (?:the )?|any )"
    r"(?:outcomes?|results?|impacts?|effects?|difference) (?:for|on|to) (?:them|those|"
    r"(?:the |these |those |its |their )?(?:\w+ ){0,2}?(?:kids|children|pupils|young people|"
    r"families|students|learners|participants|interns))\b"
    r"(?!.*\b(?:meant|supposed|intended|designed|aims?|aimed|will|going to|expected)\b)"
    r")"
)
_EFFECT_CUES = (
    "better",
    "worse",
    "easier",
    "harder",
    "happier",
    "safer",
    "more ",
    "less ",
    "back ",
    "return",
    "reintegrat",
    "stay",
    "kept",
    "keep",
    "chang",
    "improv",
    "evidence",
    "outcome",
    "result",
    "impact",
    "effect",
    "difference",
    "help",
)


# "will the evaluation check whether schools got better at supporting ...": what an evaluation
# or a study looks at, which a fact saying what it will look at answers (not its findings).
_WHAT_IS_LOOKED_AT = re.compile(
    r"\b(?:check|checks|checking|checked|look at|looks at|looking at|cover|covers|covering|"
    r"measure|measures|measuring|assess|assesses|assessing|explore|explores|exploring|examine|"
    r"examines|examining|evaluate|evaluates|evaluating|find out|track|tracks|tracking|"
    r"monitor|monitors|monitoring|test|tests|testing) (?:\w+ ){0,3}?(?:whether|if|how far|"
    r"to what extent|how much)\b"
)


# A difference named as what something is for, not what came of it: "what is the training
# meant to help practitioners understand and do better", "what has the department done to make
# supported internships better at ...". The words up to the effect end in an aim ("meant to",
# "designed to") or a deed's end ("done to", "doing to"), a few words before it.
_AIMED_AT = re.compile(
    r"\b(?:meant|supposed|intended|designed|aimed|aiming|aims?|trying|tries|try|hopes?|hoping|"
    r"wants?|plans?|planning|done|doing|do|does|did|in order|so as) to (?:\w+ ){0,5}?$"
)


def asks_an_effect(asked: str) -> bool:
    """Whether the (folded) asking words ask what difference something made to people."""
    if not any(cue in asked for cue in _EFFECT_CUES):
        return False  # most questions
    effect = _ASKS_AN_EFFECT.search(asked)
    if effect is None or _AIMED_AT.search(asked[: effect.start()]):
        return False
    return not _WHAT_IS_LOOKED_AT.search(asked)


# What a fact says was found or came of something (a finding, an improvement measured): not
# what was done ("reached", "undertaken"), nor hedged or planned ("may have improved", "will
# give families greater confidence ... through improved mainstream provision").
_EFFECT_SAID = re.compile(
    r"\b(?:found|finds|showed|shows|shown|concluded|concludes|revealed|reveals|"
    r"evidence (?:shows|suggests)|results (?:show|suggest)|"
    r"(?:has|have|had) (?:\w+ )?(?:improved|reduced))\b",
    re.I,
)
_HEDGED_OR_PLANNED = re.compile(
    r"\b(?:may|might|could|would|will|aims? to|to ensure|plans? to|intends? to|expected to)\b",
    re.I,
)


def reports_an_effect(text: str) -> bool:
    """Whether a fact's own words say what came of something, plainly (neither hedged nor a
    plan)."""
    return bool(_EFFECT_SAID.search(text)) and not _HEDGED_OR_PLANNED.search(text)
