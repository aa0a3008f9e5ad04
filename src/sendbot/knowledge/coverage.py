"""Which sentences of a written answer no fact quotes.

People ask about anything an answer says; a sentence no fact quotes can only be declined,
however it is asked. Pure: a knowledge file in, its answer's sentences out, each with the share
of its words inside some fact's quote (after the verbatim fold) and whether it says something
worth asking about: a figure or date, a named programme or body (a capitalised name or an
abbreviation past the sentence's first word), a commitment ("will", "committed", "plans") or a
reason ("to ensure", "because", "responded").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sendbot.knowledge.figures import extract_figures
from sendbot.knowledge.ingest import parse_written_answer
from sendbot.knowledge.model import KnowledgeFile
from sendbot.knowledge.sentences import sentence_spans
from sendbot.knowledge.verbatim import fold

# A sentence is covered when this share of its words is quoted: a short unquoted tail ("and
# can be accessed here") does not leave it uncovered, a whole unquoted clause does.
COVERED_SHARE = 0.8

_NAME = re.compile(r"\b(?:[A-Z][a-z]+(?:\s+(?:and|for|of|the)?\s*[A-Z][a-z]+)+|[A-Z]{2,}s?)\b")
_COMMITMENT = re.compile(
    r"\b(?:will|committed|commit|plans?|planned|intends?|aims?|continues? to|working to|"
    r"working at pace|set out|due course|ensure|must|should)\b",
    re.IGNORECASE,
)
_REASON = re.compile(
    r"\b(?:because|so that|to ensure|in order to|as a result|due to|reflects?|means that|"
    r"therefore|since|responded|in response)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"https?://\S+|\w+")  # a link is one word, not a dozen


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str  # folded
    quoted_share: float  # of its words, the share inside some fact's quote
    has_content: bool

    @property
    def covered(self) -> bool:
        return self.quoted_share >= COVERED_SHARE


def has_content(sentence: str) -> bool:
    """Whether a sentence says something a person could ask about (see the module docstring)."""
    if extract_figures(sentence) or _COMMITMENT.search(sentence) or _REASON.search(sentence):
        return True
    first = _WORD.search(sentence)
    after_first = sentence[first.end() :] if first else sentence
    return bool(_NAME.search(after_first))


def answer_sentences(knowledge: KnowledgeFile) -> list[Sentence]:
    """The answer's sentences (after "answered on", without page furniture), each with how much
    of it the file's facts quote. IngestError when the document is not a written answer."""
    passages = [fold(p.text) for p in parse_written_answer(knowledge.source.text).passages]
    body = " ".join(passages)  # one text, so a quote is found across paragraph breaks
    quoted = [False] * len(body)
    for fact in knowledge.facts:
        quote = fold(fact.quote)
        start = body.find(quote) if quote else -1
        while start >= 0:
            quoted[start : start + len(quote)] = [True] * len(quote)
            start = body.find(quote, start + 1)
    sentences: list[Sentence] = []
    offset = 0
    for passage in passages:  # sentences never run across a paragraph or bullet
        for span in sentence_spans(passage):
            start = offset + span.start
            text = passage[span.start : span.end]
            words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text)]
            inside = sum(all(quoted[a:b]) for a, b in words)
            share = inside / len(words) if words else 1.0
            sentences.append(Sentence(text, share, has_content(text)))
        offset += len(passage) + 1
    return sentences
