"""Whether a message asks what a scheme means for the asker's own child, school or area: "my
daughter's primary in Swindon, is it one of the PINS schools?", "will the new EP training get
us seen sooner?", "can I still register for the training?". A written answer speaks for
England as a whole, never for one case, so no fact answers such a question. Pure.
"""

from __future__ import annotations

import re

# The asker's own one, named anywhere in the message: "my son", "our LA", "my daughter's
# primary", "my boy is in a PRU".
_OWN_ONE = re.compile(
    r"\b(?:my|our) (?:\w+ ){0,3}?(?:child|children|son|daughter|kid|kids|boy|girl|grandson|"
    r"granddaughter|teen|teenager|lad|young person|\d+ ?yo|\d+ (?:year|yr) old|school|primary|"
    r"secondary|nursery|college|academy|setting|pru|class|teacher|teachers|senco|la|council|"
    r"area|local authority)\b"
)

# A question answered yes or no, as the asking clauses open: "is it ...", "will the training
# ...". Wider than promised_only's (an event happened or not): "can/may/might I get it" too.
_YES_NO = re.compile(
    r"^(?:(?:so|and|but|ok|well|also|then) )*(?:is|are|am|was|will|would|could|can|might|may|"
    r"does|do|did|has|have|should)\b"
)

# Things a figure or a document is: "can I get the figures", "do we get a breakdown" ask for
# what the source gives, not for a place or help.
_ASKED_OF_THE_SOURCE = (
    r"(?! (?:the |a |an |any |some )?(?:figures?|numbers?|stats|statistics|data|links?|source|"
    r"answers?|quotes?|lists?|breakdown|details|info|information|copy|full|date|dates)\b)"
)

# What the asking clause asks of the asker or their own one.
_FOR_THE_ASKER = re.compile(
    # The asker as subject: "can I still register", "are we getting any", "will we be in it".
    r"\b(?:is|are|am|will|would|could|can|might|may|do|does) (?:i|we) (?:\w+ )?"
    r"(?:get|getting|be (?:in|part|one|included|covered|eligible|entitled|allowed|able|"
    r"picked|chosen|selected|seen|helped|supported|offered|given)|benefit|benefiting|register|"
    r"sign up|join|apply|enrol|enroll|start|take part|qualify|go on|get on)\b"
    + _ASKED_OF_THE_SOURCE
    + r"|\b(?:is|are|am) (?:i|we) (?:\w+ )?(?:in|part of|one of|included|eligible|entitled|"
    r"allowed)\b|"
    # The asker as object: "will the training get us seen", "will it benefit me". (Not "does
    # it support my child": the support a scheme gives may be what a written answer says.)
    r"\b(?:get|gets|benefit|benefits) (?:us|me)\b|"
    # Their own one as subject: "will my autistic son benefit", "has my son's teacher done it".
    r"\b(?:my|our) (?:\w+ ){0,3}?(?:child|son|daughter|kid|boy|girl|school|primary|nursery|"
    r"college|la|council|area|teacher|teachers|class) (?:(?:who|that) (?:\w+ ){1,5}?|"
    r"(?:\w+ ){0,2}?)(?:benefit|gain|be helped|"
    r"be seen|be picked|be chosen|be selected|be included|be one of|be part of|be in|get|"
    r"getting|have done|have had|been)\b|"
    # What their own one has changing: "is my son's EHCP going to change because of the
    # change programme", "will our daughter's support be cut"
    r"\b(?:my|our) (?:\w+ ){0,3}?(?:child|son|daughter|kid|boy|girl)(?: s)? (?:\w+ ){0,2}?"
    r"(?:ehcp|ehc plan|plan|support|provision|placement|funding|hours|school place)s? "
    r"(?:(?:going to|gonna|likely to|about to) )?(?:(?:be|being|get|getting) )?(?:change|changed|"
    r"affected|cut|reduced|reviewed|removed|taken away|stopped)\b"
)

# ... or pointing back at the own one the story named: "is it one of the PINS schools", "will
# it get PINS support", "has the taskforce been there".
_POINTING_AT_IT = re.compile(
    r"\b(?:is|are|will|would|could|can|might|does|do|has|have|was) (?:it|they|she|he) "
    r"(?:\w+ ){0,3}?(?:one of|among|part of|included|covered|picked|chosen|selected|on the list|"
    r"get|getting|benefit|benefiting)\b" + _ASKED_OF_THE_SOURCE + r"|"
    r"\b(?:is|are) (?:it|they|she|he) (?:already |also )?in (?:the |that |this )?(?:\w+ )?"
    r"(?:programme|scheme|pilot|list|trial|project)\b|"
    r"\b(?:been|gone|worked|visited|come|working) (?:there|to (?:it|them|him|her))\b|"
    # "will the ap taskforce be working with him", "will it be helping her": what a scheme
    # does for the asker's child, in the -ing form
    r"\bbe (?:working with|helping|supporting|seeing|visiting) (?:him|her)\b|"
    # ... or as able to: "will the taskforce be able to help him", "can it help her"
    r"\b(?:be able to|can|could|will|would) (?:\w+ ){0,4}?(?:help|support|reach) (?:him|her)\b|"
    # "is his school one of the PINS schools", "will the taskforce still be at her unit": the
    # child's own school or unit
    r"\b(?:is|are|was) (?:his|her) (?:school|nursery|college|unit|pru|class|setting|academy) "
    r"(?:one of|in|on|part of|among|included|getting|going to get)\b|"
    r"\b(?:be|stay|still be|work) (?:at|in) (?:his|her) (?:school|nursery|college|unit|pru|"
    r"class|setting|academy)\b|"
    # "will the change programme speed his up", "sort hers out": the child's own plan
    r"\b(?:speed|sort|hurry|fix) (?:his|hers|him|her)(?: \w+)? (?:up|out)\b|"
    # "his teacher hasn't had it, will she have to do it now": what one person must do
    r"\b(?:will|would|does|do) (?:she|he) (?:\w+ )?(?:have to|need to|be made to)\b|"
    # the asker's child as "she" or "he": "can she definitely get onto the pilot"
    r"\b(?:will|would|could|can|might|may|does) (?:she|he) (?:\w+ )?(?:get|be|qualify|"
    r"benefit|register|start|join|go)\b" + _ASKED_OF_THE_SOURCE
)


# Asking whom a scheme is for, which a written answer may say: "or is that only for ...".
_WHO_IT_IS_FOR = re.compile(r"\b(?:is|are) (?:it|that|this|they) (?:only|just) for\b")


def asks_own_case(message: str, asked: str) -> bool:
    """Whether the (folded) asking clauses `asked` ask, yes or no, whether a scheme reaches,
    takes or helps the asker or their own one, which the whole (folded) `message` may name
    in its story ("my son's school in Bristol - will it get PINS support?")."""
    if _YES_NO.match(asked) is None:
        return False  # most questions: "how many", "when", "what"
    if _WHO_IT_IS_FOR.search(asked):
        return False  # "can he get one, or is it only for EHCP kids?": whom it is for
    if _FOR_THE_ASKER.search(asked):
        return True
    return _POINTING_AT_IT.search(asked) is not None and _OWN_ONE.search(message) is not None
