"""Questions asking whether something has already risen or fallen ("has demand for specialist
places actually grown?"): a fact saying it has ("Demand ... has grown in recent years") answers;
a forecast ("is expected to continue to increase") says what is to come, not what was asked.
Pure."""

from __future__ import annotations

import re

# "has demand grown", "have numbers gone up", "did the budget rise"; told as said, "did they
# admit that demand had grown"
_HAS_CHANGED = re.compile(
    r"\b(?:has|have|had|did)\b(?:\s+[\w']+){0,8}?\s+(?:grown|grow|gone (?:up|down)|go (?:up|down)|"
    r"risen|rise|increased|increase|fallen|fall|dropped|drop|decreased|decrease|bumped|jumped|"
    r"hiked)\b"
)
# "is expected to", "will continue to", "projected", "set to rise"
_FORECAST = re.compile(r"\b(?:expected|forecast|projected|predicted|set to|likely to|will)\b")
# "has grown", "have increased", "increased from 115,000 to 200,000", "more pupils ... than in"
_HAS_CHANGED_SAID = re.compile(
    r"\b(?:has|have) (?:\w+ )?(?:grown|increased|risen|gone up|fallen|decreased)\b|"
    r"\b(?:increased|rose|grew|fell) (?:from|by)\b"
)


def asks_if_it_has_changed(text: str) -> bool:
    return bool(_HAS_CHANGED.search(text.lower()))


def forecasts_only(quote: str) -> bool:
    """The quote says what is expected to happen, and not that it has happened."""
    text = quote.lower()
    return bool(_FORECAST.search(text)) and not _HAS_CHANGED_SAID.search(text)


def says_no_change_happened(quote: str) -> bool:
    """The quote does not say that the thing has changed: it only forecasts, or speaks of
    something else ("We have responded to this by developing new specialist provision")."""
    return not _HAS_CHANGED_SAID.search(quote.lower())


def says_it_has_changed(quote: str) -> bool:
    text = quote.lower()
    return bool(_HAS_CHANGED_SAID.search(text)) and not _FORECAST.search(text)


def forecast_for_change_asked(asked: str, forecast: str) -> bool:
    """Asked whether it has already changed ("has demand actually grown recently?"), the quote
    found only forecasts that it will: what is to come does not say what has happened, and a
    quote that `says_it_has_changed` answers in its place. (The newest-news rules ask this
    before looking for that quote, which takes a match.)"""
    return asks_if_it_has_changed(asked) and forecasts_only(forecast)
