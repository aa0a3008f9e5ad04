"""Whether a message is written in another language than English: "Faint o ysgolion arbennig
sydd wedi agor?", "Combien d'écoles spécialisées ont ouvert ?". sendbot reads English only, so
such a question gets the reply saying so, not "I don't have that in my sources", which reads
as if the sources lacked the topic. Told apart by the other language's commonest little words
(question words, verbs "to be" and "to have", articles), not by unknown words alone: an English
question full of typos or shorthand ("hw mny speshul skools opnd") has unknown words too. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from sendbot.answering.english_words import ENGLISH_WORDS
from sendbot.answering.normalise import STOPWORDS

# The commonest words of the languages UK parents also write in, folded as `fold_text` folds
# them (no accents). Only words that are no English word count: "die", "son", "con" and "pan"
# are English as well, so they are dropped below. Left out as English shorthand: "las" (LAs),
# "fy" (financial year), "dla" (Disability Living Allowance), "moj" (MoJ), "hay" (hay fever).
_WRITTEN = """
    sydd wedi mae yw ydy ydi ydyn ydych beth pryd sut oes unrhyw ein eich gyda hefyd bydd
    fydd oedd roedd nhw hyn hynny rhaid pwy ble ysgol ysgolion plant plentyn blant newydd
    arian cael gael anghenion addysgol arbennig agor gymraeg cymraeg diolch

    combien quelles quels quelle quel pourquoi comment sont ont les des une pour avec dans
    sur mon mes nous vous leur leurs aux du quoi cette ces etre avoir nouvelles nouveaux
    enfants enfant fils fille ecole ecoles argent est-ce

    cuantas cuantos cuanto que como para los del una estan esta mis hijo hija
    escuelas escuela dinero nuevas nuevos porque

    wie viele gibt ist sind der das und mein meine meinen kind kinder schule schulen geld fur
    neue neuen wann warum welche nicht auch

    ile jest sa czy jak moje moja szkoly szkol pieniadze nowe dziecko

    quante quanti quantas quantos sono escolas scuole dinheiro soldi minha meu filho filha
"""
FOREIGN_WORDS = frozenset(
    word for word in _WRITTEN.split() if word not in ENGLISH_WORDS and word not in STOPWORDS
)

# A message this short says too little to tell: "que?" may be a typo.
_FEWEST_WORDS = 3
# How many of its words must be another language's little words.
_FEWEST_FOREIGN = 2


def written_in_another_language(said: Sequence[str]) -> bool:
    """Whether the message's (folded) words `said` are another language's rather than
    English: at least two of that language's little words, and no more English words than
    those ("how many ysgolion are there in wales?" is English naming a Welsh word)."""
    if len(said) < _FEWEST_WORDS:
        return False
    foreign = len(FOREIGN_WORDS.intersection(said))  # each word once: "LAs ... LAs"
    if foreign < _FEWEST_FOREIGN:
        return False
    english = sum(word in ENGLISH_WORDS or word in STOPWORDS for word in said)
    return english <= foreign
