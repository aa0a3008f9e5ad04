"""Facts about a written answer itself (who answered, when it was asked or answered, what the
question said) and the questions each one answers. Pure.

Such a fact's phrasings name the answer's topic ("when was the question on neurodiversity
inclusion answered?"), so a question about that topic ("what did the DfE say about
neurodiversity inclusion?") comes close to it. It answers only a question that asks for its
own part of the answer: the date the question was asked is no reply to "when did the change
programme launch?", and the question's own wording is no reply to what the department said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from sendbot.answering.asked_once import searched_once
from sendbot.answering.intent import FIGURE_ASKED, Intent
from sendbot.answering.normalise import COMMON_WORDS, STOPWORDS, stem, words
from sendbot.answering.paper_dated import dates_another_paper
from sendbot.answering.question import Question
from sendbot.answering.question_topic_checked import checks_question_topic
from sendbot.answering.role_of_a_thing import asks_a_things_role
from sendbot.answering.word_start import at_word_starts
from sendbot.knowledge.figures import MONTHS
from sendbot.knowledge.model import DOCUMENT_TAG as DOCUMENT_TAG  # re-exported for the layer
from sendbot.knowledge.model import Fact, FigureKind


class AnswerPart(StrEnum):
    ANSWERER = "answerer"  # the minister who answered
    ASKER = "asker"  # the member who asked
    ANSWERED_ON = "answered-on"
    ASKED_ON = "asked-on"
    QUESTION_TEXT = "question-text"  # "To ask the Secretary of State ..."
    DEPARTMENT = "department"  # "Question to the Department for Education:"
    PUBLISHED = "published"  # when a paper the question names came out ("CP 800, published on")


# Read once: Python 3.11 reads an enum member (`FigureKind.DATE`) through EnumType's
# __getattr__ hook, some fifteen times slower than a global name, and a fact's part of a
# written answer is read for most candidates of every question.
_DATE = FigureKind.DATE


# Words (and the matcher's terms for them: "tabled" -> "tabl", "put down" -> "ask") that
# say the question is about the asking, the answering or the question itself.
ASKING_WORDS = frozenset(
    """ask asked asking table tabled tabling tabl submit submitted submitt lodge lodged lodg
    raise raised rais put""".split()
)
# "respondent", and its common misspelling "respondant": the one who answered.
RESPONDENT_WORDS = frozenset("respondent respondents respondant respondants".split())
ANSWERING_WORDS = (
    frozenset(
        """answer answered answering reply replied replying repli respond responded response
        published publish signed sign wrote written give gives gave given say said told
        tell""".split()
    )
    | RESPONDENT_WORDS
)
QUESTION_WORDS = frozenset(
    "question questions pq pqs wording word mp mps peer member replying responding".split()
)
DEPARTMENT_WORDS = frozenset("department departments dept dfe ministry addressed sent".split())
# Words asking when, or how long ago, whatever the intent the first rule gave the question.
WHEN_WORDS = frozenset("when date dates day recent old".split())
AGE_WORDS = frozenset("recent old".split())
WHO_WORDS = frozenset("who whos whom whose author behind name which".split())
# Words saying who gave the answer: "who published the research?" asks about the research.
ANSWERER_WORDS = (
    frozenset(
        """answer answered answering answers reply replied replies repli respond responded
        response signed sign wrote written gave given minister ministers""".split()
    )
    | RESPONDENT_WORDS
)
# Words asking when a paper came out, or what it is numbered.
PUBLICATION_WORDS = frozenset(
    "published publish publication released release out came come cp command".split()
)
# Words asking about a person's office rather than what they said.
ROLE_WORDS = frozenset("job role title position post office rank grade".split())
# Words asking about a member of either House rather than what they asked: "what party is he",
# "which seat", "what constituency does she represent".
MEMBER_WORDS = frozenset(
    "party parties seat constituency constituencies represent represents".split()
)
# Words pointing back at someone named before the asking clause: "mark pawsey - what is he?"
PERSON_POINTERS = frozenset("he him his she her hers".split())
# Words asking what someone said or thinks: "what did Catherine McKinnell say ...?", and
# the verbs of stating: "did the government acknowledge deficits?", "did coutinho mention
# autism?", "which advisers are named in her answer?" ask what was stated, not who stated it.
SAYING_WORDS = frozenset(
    """say says said saying think thinks thought mean meant mention mentions mentioned
    acknowledge acknowledges acknowledged admit admits admitted accept accepts accepted
    recognise recognises recognised recognize recognizes recognized confirm confirms
    confirmed stated claim claims claimed promise promises promised commit
    commits committed announce announces announced explain explains explained named listed
    cited quoted""".split()
)
# "what did they say when asked about the report": the asking of the clause says when the
# answer was given, and is not asked about.
# ("supported internships q, when asked?" asks it: nothing follows.)
_WHEN_ASKED = re.compile(
    r"\bwhen (asked|questioned|pressed|challenged|quizzed)\b"
    r"(?= (?:about|on|over|by|in|if|whether|for|to|what|how|why)\b)"
)
# "what was his job when he answered", "what did they say when asked about the report": a
# clause saying when, not asking it.
_WHEN_CLAUSE = re.compile(
    r"\bwhen (?:he|she|they|it|we|you|i)\s+(?!(?:was|is|did|does|will|were|are|do|has|had)\b)\w+"
    rf"|{_WHEN_ASKED.pattern}"
)
# The department, by any of the names a question gives it: "the dfe", "the govt", "the dept".
DEPARTMENT = r"(?:dfe|govt|gov|government|department|dept|ministry)"
# The department as who does or says something: "what has the dfe done", "did the govt say".
_DEPARTMENT_DOES = re.compile(
    r"\b(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could) (?:the )?"
    rf"{DEPARTMENT}\b(?! (?:or|and)\b)"
)
# The department naming whose a person is: "which dfe minister", "the education department
# official". The person is what is asked, not which department.
_DEPARTMENTS_PERSON = re.compile(
    rf"\b{DEPARTMENT} (?:minister|ministers|official|officials|spokesperson|secretary)\b"
)
# "asked, not answered": a part set aside by name.
_SET_ASIDE = re.compile(r"\b(?:not|rather than|instead of) (?:the |when |it was )?(\w+)")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# Words that say a time: a check with one of them checks a date.
TIME_WORDS = frozenset(
    """ago before after recently recent yesterday today week weeks month months year years
    early late earlier later""".split()
)
_PUT_TO = re.compile(
    r"\b(?:asked of|put to|addressed to|directed (?:at|to)|sent to|submitted to|tabled to) "
    r"(?:the )?(?:dept|department|dfe|ministry|dhsc|treasury)\b"
)
# "what did they ask dfe", "what was the dfe asked": the department is whom they asked, and
# what they asked is wanted.
_WHAT_ASKED_OF = re.compile(
    r"\b(?:what|wat|wot) (?:\w+ ){0,4}?(?:ask|asked|asking) (?:of )?(?:the )?"
    rf"{DEPARTMENT}\b|"
    r"\bwhat (?:exactly |actually )?(?:was|were|did|has|had) (?:the )?"
    # ("what exactly was the govt being asked", "what has the dfe been asked": the same, in
    # the passive's other tenses)
    rf"{DEPARTMENT} (?:get |being |been )?asked\b"
)
# "the q was asking how far along the govt is with the plan", "it asked what the dfe has done":
# the department is who the question asked about; which one it was put to is not asked.
_DEPARTMENT_ASKED_ABOUT = re.compile(
    r"\b(?:ask|asks|asked|asking|about)\b(?: \w+){0,3}? (?:how|what|whether|if|why)\b"
    rf"(?: \w+)*? {DEPARTMENT}\b"
)
# "what's this written answer about?", "so whats this reply even about", "what was the nov
# 2023 educational psychology question about": what a written answer (or its question) is
# about is the question it answers; the question's text is asked for.
_WHAT_ANSWER_IS_ABOUT = re.compile(
    r"\b(?:what|wat|wot|whats)\b.*\b(?:answer|reply|response|question|pq|wpq|q)\s+"
    # "the question on the white paper engagement ... about": its topic may come between
    r"(?:(?:on|re|regarding|from|in) (?:[\w/']+ ){1,6}?)?"
    r"(?:(?:even|actually|really|all|exactly)\s+)?about\b"
    # ("... about basically", "... about again pls": a word said after, asking nothing)
    r"(?:\s+(?:tbh|then|exactly|anyway|basically|really|again|please|pls|plz))?"
    r"[\s?!.]*$"
    # "the dec 2023 question, what was it about": the question named, then asked of
    r"|\b(?:answer|reply|response|question|pq|wpq|q)\b.*\b(?:what|wat|wot|whats)\b"
    r"(?: (?:was|is|s))? (?:it|that|this) (?:(?:even|actually|really|all)\s+)?about[\s?!.]*$"
    # "so is this about progress on the plan or something else?", "was this question about
    # funding?": what this answer is about, checked with a guess (not "is that about right",
    # "is it about 10%": "about" as roughly; nor "is the answer about X", which names none)
    r"|(?<!\bwhen )(?<!\bwhere )(?<!\bwhy )(?<!\bhow )(?<!\bwho )(?<!\bwhat )"
    r"\b(?:is|was|s) (?:this|that)"
    r"(?: (?:written |parliamentary )?(?:answer|reply|response|question|pq|wpq|q|thing|one))?"
    r" (?:(?:even|actually|really|all|basically|mainly|mostly|just|only|primarily)\s+)?"
    r"about\b(?! (?:right|correct|the same|average|half|a third|a quarter|pounds|\d))"
    # (not "was that question about the £1bn asked in april?": when it was asked is checked)
    r"(?!.*\b(?:asked|answered|tabled|submitted|lodged|put|given|published|replied|signed)\b)"
)
# "who was the question put to?", "who was this pq addressed to": to whom a written question
# was put, with no one named after "to", is the department it was put to.
_WHO_PUT_TO = re.compile(
    r"\bwho(?:m)?\b.*\b(?:put|addressed|directed|sent|submitted|tabled)\s+to[\s?!.]*$"
)
# "did the department for education get asked this?", "was the dfe asked this question": the
# department checked as the one the question was put to, passively, with no topic after it
# ("was the dfe asked about funding?" asks whether such a question was put; "... about this"
# points back at this one).
_DEPARTMENT_GOT_ASKED = re.compile(
    rf"\b(?:did|does|was|were|has|had|is) (?:the )?{DEPARTMENT}(?: (?:for|of) education)? "
    r"(?:get |got |been |being )?(?:asked|questioned)\b"
    r"(?! (?:\w+ ){0,2}?(?:about|on|re|regarding|whether|if|how|what|why|when|for|over)\b"
    r"(?! (?:this|that|it)\b))"
)
DATE_INTENTS = frozenset({Intent.DATE, Intent.START})
# "who asked", "when was it answered": intents that ask for another part than the text.
NOT_TEXT_INTENTS = DATE_INTENTS | {Intent.PERSON, Intent.ASKER, Intent.END}
# What a question's wording cannot tell: whether something worked, is enough, will happen.
VERDICT_INTENTS = frozenset({Intent.OUTCOME, Intent.JUDGEMENT, Intent.OPINION, Intent.PREDICTION})
# Words of an answerer's or asker's line that are not their name.
OFFICE_WORDS = frozenset(
    """asked by minister of state for education department parliamentary under secretary
    the baroness lord mp""".split()
)


# "who is evaluating X", "who allocates most of the money", "who sits on the group", "who
# does the group include": who carries something out or takes part, not who answered. (Not
# "who answered", "who wrote the reply", "who is the minister", "who did the mp ask".)
_WHO_DOES = re.compile(
    r"\bwho(?:'s| is| are| will be)\s+(?!\w+ing\b(?: the)? (?:answer|question|reply))\w+ing\b|"
    r"\bwho (?:actually |exactly |really |else |then |now )?"
    r"(?!(?:answer|repl|respond|wr[io]te|sign|gave|gives|said|says|ask|tabl|put|lodg|submit)\w*\b)"
    r"(?!(?:is|was|has|does|goes|this)\b)[a-z]+s\b|"
    r"\bwho (?:does|do) (?:\w+ ){1,8}?(?:include|involve|cover|fund|run|lead|decide|allocate|"
    r"advise|pay|deliver|make|pass|hand|give|send)\b"
)


# "was it gillian keegan who answered?", "did david johnston reply to this?", "was this
# answered by jo bloggs?": a name checked as the answerer's, up to three words.
_NAME_CHECKED = re.compile(
    r"\b(?:was|is) (?:it|this|that) ((?:\w+ ){1,3}?)(?:who|that) (?:actually |really )?"
    r"(?:answer|repl|respond|wr[io]te|sign|gave)\w*\b|"
    r"\bdid ((?:\w+ ){1,3}?)(?:answer|reply|respond|write|sign)\b|"
    # "someone said gillian keegan answered this one herself", "my friend reckons it was the
    # education secretary who replied": a name told as the answerer's, to be checked
    r"\b(?:said|says|reckons|reckoned|thinks|thought|claims|claimed|heard) (?:that )?"
    r"(?:it was )?((?:\w+ ){1,3}?)(?:(?:who|that) )?"
    r"(?:answered|replied|responded|wrote|signed)\b|"
    r"\b(?:answered|replied to|written|signed) by ((?:\w+ ){0,2}\w+)"
    r"(?=\s*[^\w\s]|\s*$| or\b| and\b)",
    re.IGNORECASE,
)


def asks_what_answer_is_about(text: str) -> bool:
    """'whats this written answer about?': what a written answer is about is the question it
    answers, so the question put is what is asked (lower-case text). Every wording of it
    says "about": without it the long pattern is not searched."""
    return "about" in text and bool(_what_answer_is_about(text))


# Asked of a question by its ranking and by the rules reading its ranking: read once.
_what_answer_is_about = searched_once(_WHAT_ANSWER_IS_ABOUT)


def asks_what_was_asked(text: str) -> bool:
    """'that nov 2023 ep pq, what was it asking', 'what did the mp ask': the question's wording
    is asked for (lower-case text), unless what it asked for is told ('they asked for pins
    data - what was it')."""
    return bool(_WHAT_THE_QUESTION_ASKED.search(text)) and not _ASKED_FOR.search(text)


# ... asked by the member, or of the question, by word: "what did the capacity survey ask"
# asks what a survey asked, which a fact on the survey says.
_WHAT_THE_QUESTION_ASKED = re.compile(
    r"\b(?:what|wat|wot) (?:did|was|were|has|had|have) (?:the |that |this )?"
    r"(?:mp|mps|member|peer|lord|lords|baroness|they|it|he|she|question|pq|q|wpq|asker|"
    r"questioner|person asking) "
    r"(?:(?:actually|really|even|exactly) )?(?:ask|asked|asking)\b"
    # "what did the nov 2023 question on educational psychology ask", "what did the mp for
    # rugby ask": the question or member named with its date or topic; not when it was asked.
    r"|\b(?:what|wat|wot) (?:did|was|were|has|had|have) (?:the |that |this )?(?:[\w/-]+ ){0,3}?"
    r"(?:mp|member|peer|question|pq|q|wpq)(?: [\w/'-]+){0,5}? "
    r"(?:(?:actually|really|even|exactly) )?(?:ask|asked|asking|(?:want|wanted|wants|wanting) to "
    r"know)\b(?! (?:on|in|when)\b)"
    # "the lords q on the ifs report focused on what?", "what was the pq focused on": what the
    # question was about, by what it dwelt on (its wording says it).
    r"|\b(?:question|pq|q|wpq)(?: [\w/'-]+){0,6}? (?:(?:focus|focused|focussed|centred|centered) "
    r"on|(?:wanted|wants|want) to know) (?:what|wat|wot)\b"
    r"|\b(?:what|wat|wot) (?:did|was|were) (?:the |that |this )?(?:[\w/-]+ ){0,3}?"
    r"(?:question|pq|q|wpq)(?: [\w/'-]+){0,5}? (?:focus|focused|focussed|centred|centered) on\b"
    # "what was asked in the nov 2023 question", "what exactly was asked": no one named.
    r"|\b(?:what|wat|wot) (?:(?:actually|really|exactly) )?(?:was|were) "
    r"(?:(?:actually|really|even|exactly) )?asked\b"
    # "what was the question that was put to the government", "what question was sent to the
    # dfe": the question itself is asked for, however it was put or sent (the department it
    # went to only says where); not its number, date or reference.
    r"|\b(?:what|wat|wot)(?:s|'s| is| was| were)? (?:the |that |this )?"
    r"(?:(?:actual|original|exact|full|real) )?(?:question|pq|wpq)\b"
    r"(?!'s| (?:number|no|ref|reference|uin|date|asked (?:on|in)|put (?:on|in))\b)"
)


def without_name_checked(text: str) -> str:
    """The text without the name it checks as the answerer's: what is left names the written
    answer meant, if anything does."""

    def dropped(found: re.Match[str]) -> str:
        name = next(group for group in range(1, 5) if found.group(group) is not None)
        start, end = found.span(name)
        return text[found.start() : start] + text[end : found.end()]

    return _NAME_CHECKED.sub(dropped, text)


def asks_who_does(question: Question) -> bool:
    """A "who" question about who does something in the world, not who gave the answer."""
    return bool(_WHO_DOES.search(question.text.lower()))


@dataclass(frozen=True, slots=True)
class Asked:
    """What a question asks of a written answer itself: the parts, and its own words."""

    parts: frozenset[AnswerPart]
    said: frozenset[str]
    intent: Intent
    # It asks who someone is, or their office ("is david johnston a minister?"), not what
    # they said: naming the answer's minister then asks for them.
    about_person: bool = False
    # Every word of the message, beyond its asking clauses: "'the improvement plan' ...
    # when was that published?" names the plan before it asks.
    named: frozenset[str] = frozenset()


def answer_part(fact: Fact) -> AnswerPart | None:
    """Which part of a written answer a fact tagged `document` gives, if one of these."""
    if DOCUMENT_TAG not in fact.tags:
        return None
    if "minister" in fact.tags:
        return AnswerPart.ANSWERER
    if "mp" in fact.tags:
        return AnswerPart.ASKER
    for figure in fact.figures:
        if figure.kind is _DATE and figure.label == "date the question was answered":
            return AnswerPart.ANSWERED_ON
        if figure.kind is _DATE and figure.label == "date the question was asked":
            return AnswerPart.ASKED_ON
    if fact.quote.startswith("To ask "):
        return AnswerPart.QUESTION_TEXT
    if fact.quote.startswith("Question to the "):
        return AnswerPart.DEPARTMENT
    if any(f.kind is _DATE and "published" in (f.label or "") for f in fact.figures):
        return AnswerPart.PUBLISHED
    return None


# The last few questions read by `asked_of_answer`, the words given and what each asks: the
# matcher reads the same question with its own words up to three times (which part is asked,
# what a fact lacks, a measure's misfits), about 20 us each time, with the words of its asking
# clauses and with all its words in turn, and a rewording of it between. A Question never
# changes once made, and this holds it, so the same object is the same question.
_READ_KEPT = 4
_last_read: list[tuple[Question, frozenset[str], Asked]] = []


def asked_of_answer(question: Question, said: frozenset[str]) -> Asked:
    """`_read_asked_of_answer`, read once for the same question and words read lately."""
    for kept_question, kept_said, kept in _last_read:
        if kept_question is question and kept_said == said:
            return kept
    asked = _read_asked_of_answer(question, said)
    _last_read.insert(0, (question, said, asked))
    del _last_read[_READ_KEPT:]
    return asked


def _read_asked_of_answer(question: Question, said: frozenset[str]) -> Asked:
    """The parts of a written answer a question asks for. `said`: the words of its asking
    clauses ("my MP keeps saying ..., what did the minister say it is for?" asks what was
    said, not what the MP asked), as written and as the matcher's terms."""
    text = question.text.lower()
    said = _as_asked(text, said)
    bare = said
    if _points_back_only(said):
        # "need to credit whoever answered the jan 2024 question, who was it?": an asking
        # clause that only points back asks what the message told before it.
        said = said | _as_asked(text, frozenset(words(text)))
    if asks_a_things_role(text):
        # "what role for special schools": the part a thing plays, no one's office.
        said -= ROLE_WORDS
    asking = not ASKING_WORDS.isdisjoint(said)
    answering = not ANSWERING_WORDS.isdisjoint(said)
    about_question = not QUESTION_WORDS.isdisjoint(said) or asks_what_answer_is_about(text)
    # ("what exactly was the govt asked" asks the wording, not whether it was the govt)
    got_asked = bool(_DEPARTMENT_GOT_ASKED.search(text)) and not _WHAT_ASKED_OF.search(text)
    put_to_whom = bool(_WHO_PUT_TO.search(text)) or got_asked
    intent = question.intent
    if intent is Intent.OTHER and _WHICH_TIME.search(text):
        # "which month did the minister respond", "what year was it asked": a date asked by
        # its unit of time, as "when" asks it.
        intent = Intent.DATE
    if intent in DATE_INTENTS and _said_when(text):
        # "what did they say when asked about the report": the "when" says when, and the
        # date is not what is asked.
        intent = Intent.OTHER
    # "was the high needs rise in the feb 2023 answer 10.6 percent?": the check is of the
    # figure; the date names which answer, and nobody's name is checked. (Not "was the
    # question about the £1bn asked in april 2025?": the asking is checked, the sum names it.)
    figure_checked = (
        question.checking and not asking and not answering and bool(_FIGURE_CHECKED.search(text))
    )
    dated = _asks_a_date(question, intent, text, said, figure_checked)
    # "was it asked in january?", "was this question to the dfe or dhsc?": a check naming a
    # time or a department, and no topic, checks that part, not who gave the answer nor what
    # the question said ("was there a question about places in the last ten years?" does).
    department = put_to_whom or (
        not DEPARTMENT_WORDS.isdisjoint(said)
        and not _WHAT_ASKED_OF.search(text)
        # "what was the question put to the dfe": the department says which question.
        and not asks_what_was_asked(text)
        and (question.checking or not _DEPARTMENT_ASKED_ABOUT.search(text))
        # "who wrote the govt reply?": the department names the answer, and is not asked.
        and (question.checking or not _department_names_the_answer(text))
        # "what progress has dfe made", "did the govt acknowledge deficits": the department
        # is who does or says something, unless which department is asked outright.
        and (not _DEPARTMENT_DOES.search(text) or asks_which_department(text))
        # "which dfe minister answered": the department says whose minister, not asked.
        and (not _DEPARTMENTS_PERSON.search(text) or asks_which_department(text))
    )
    checks_a_part = question.checking and (dated or department) and _names_no_topic(said)
    who = (
        intent is Intent.PERSON
        or not WHO_WORDS.isdisjoint(said)
        # "was it david johnston who answered?", not "did the answer say anything about X?"
        or (
            question.checking
            and not checks_a_part
            and not figure_checked
            and SAYING_WORDS.isdisjoint(said)
        )
        or "by" in said  # "answered by?"
        # "wat was the ministers job title, the one who answered": an office asked is a
        # person's, here the answerer's (named anywhere in the message, below)
        or not ROLE_WORDS.isdisjoint(said)
    ) and not (
        # "who do LAs pass it on to?": who in the world; "which advisers were named?": a
        # thing the answer names. Neither asks who gave the answer.
        asks_who_does(question) or _asks_which_thing(text) or put_to_whom
    )
    parts = set()
    named = said | frozenset(question.words)
    # "the minister who gave this answer, who was it?": the answer named anywhere.
    if who and not ANSWERER_WORDS.isdisjoint(named):
        parts.add(AnswerPart.ANSWERER)
    if intent is Intent.ASKER or (who and (asking or about_question)):
        parts.add(AnswerPart.ASKER)
    if department:
        parts.add(AnswerPart.DEPARTMENT)
    if dated and (asking or (about_question and not answering)):
        parts.add(AnswerPart.ASKED_ON)
    # "was this asked of the dept for education": to whom it was put, not what it said.
    # Not "what was the question put to the dfe?": what it said is asked, the department only
    # says which question.
    to_whom = (
        put_to_whom
        or (bool(_PUT_TO.search(text)) and not asks_what_was_asked(text))
        # "which part of government was asked about the plan?": the department, not the text
        or (department and asks_which_department(text))
    )
    answered = not ANSWERER_WORDS.isdisjoint(said)  # "when was X published?" is X's date
    # "how old is this?": as of the answer's date; but "how recent is this - when did the
    # question go in?" dates it by the asking the message names.
    aged = not AGE_WORDS.isdisjoint(said) and not asking
    if dated and (answered or (about_question and not asking) or aged):
        parts.add(AnswerPart.ANSWERED_ON)
    if (
        "cp" in said
        or "command" in said
        or (
            intent not in FIGURE_ASKED
            and (
                (
                    not (PUBLICATION_WORDS | AGE_WORDS).isdisjoint(said)
                    # "when did dfe publish its answer", "when the written answer came out":
                    # the answer is what came out, not a paper it names
                    and not _ANSWER_CAME_OUT.search(text)
                )
                # "date of the improvement plan", not the date of the answer or the question
                or (dated and not (asking or answered or about_question))
            )
        )
    ):
        parts.add(AnswerPart.PUBLISHED)
    # What the question said, unless what is asked is what the answer said, or a verdict
    # the wording of a question cannot give ("is it working?").
    if (
        intent not in NOT_TEXT_INTENTS
        and not to_whom
        and not checks_a_part
        and (
            asking
            or about_question
            # by default only when a written answer or question is spoken of at all: "can i
            # ask for an assessment myself?" names none, so no question's wording is asked
            or not (
                answering
                or intent in VERDICT_INTENTS
                # (what a report is called the question put may be the only place to say)
                or not (_speaks_of_an_answer(text, named) or asks_a_name(question))
            )
        )
        and not _asked_for_told(text, bare)
    ):
        parts.add(AnswerPart.QUESTION_TEXT)
    if intent is Intent.ASKER:
        # Written answers seldom say who asked: when and what was asked are related.
        parts |= {AnswerPart.ASKED_ON, AnswerPart.QUESTION_TEXT}
    content = speaks_of_its_content(text)
    if content:
        # "the sept 2023 answer says high needs rose 60% from when?": what it says is asked.
        parts -= SPEAKER_PARTS
    # "did coutinho mention autism?": the minister named is who says it, not who is asked of;
    # "what did pawsey ask", "what was georgia gould asked": what the question said is asked.
    about_person = (
        not content
        and not _WHAT_WAS_ASKED.search(text)
        and (
            intent in (Intent.PERSON, Intent.ASKER)
            or question.checking
            or not ROLE_WORDS.isdisjoint(said)
            # ("which advisers are named in gould's answer": a thing it names, not who)
            or (not WHO_WORDS.isdisjoint(said) and not _asks_which_thing(text))
            or SAYING_WORDS.isdisjoint(said)
        )
    )
    if dates_another_paper(text):
        # "which report was the lords question about, and when was the report published":
        # the report's date, not the written answer's.
        parts -= _PAPER_DATES
    return Asked(frozenset(parts), said, intent, about_person, named)


# "what did pawsey ask exactly", "what was georgia gould asked in november 2025": the person
# named is who asked or was asked; what was asked is wanted.
_WHAT_WAS_ASKED = re.compile(
    r"\b(?:what|wat|wot) (?:did|was|were|has|had|have) (?:\w+ ){1,3}?(?:ask|asked|asking)\b"
    # "what was mark pawsey's question exactly": the question's wording, not who he is
    r"|\b(?:what|wat|wot) (?:was|is|were) (?:\w+ ){1,3}?(?:question|pq|wpq)\b"
)


# "the nov 2023 answer said something about employers", "did the june 2025 answer say
# anything about X?", "the advisers the minister mentioned": the written answer, or its
# minister, is named as what says something, and what it says is what is asked.
_ANSWER_SPEAKS = re.compile(
    r"\b(?:answer|reply|response)\b(?: [\w']+){0,10}? "
    r"(?:says|said|say|saying|mentioned|mentions|mention|states|stated)\b|"
    r"\bminister (?:says|said|mentioned|mentions|stated|talked about|pointed to|points to)\b|"
    # "did the minister mention X in the answer?": whether the answer says X is asked.
    r"\b(?:did|does) (?:the )?(?:minister|answer|reply|response) "
    r"(?:say|mention|talk about|refer to|state)\b|"
    # "did coutinho mention autism in the answer?": a minister named as who mentions it.
    r"\b(?:did|does) \w+ (?:mention|talk about|refer to)\b(?: [\w']+)*? (?:in|on) (?:the|that|this|"
    r"her|his|their) (?:[\w']+ ){0,4}?(?:answer|reply|response)\b|"
    # "is there anything about autism in the feb 2023 answer", "any mention of ringfencing in
    # the nov 2023 answer": whether the answer says it is asked ("anything" before "about" is
    # dropped as the question is read).
    r"\b(?:is|was|are|were) there\b(?: [\w']+){0,3}? (?:about|on|of|regarding|re|concerning)\b"
    r"(?: [\w'/]+)*? (?:in|from) (?:the|that|this|her|his|their) (?:[\w'/]+ ){0,4}?"
    r"(?:answer|reply|response)\b"
)
# Asking outright who answered, or when: "who answered it", "when was it answered".
_PART_ASKED_OUTRIGHT = re.compile(
    r"\b(?:answered|replied|responded|signed|wrote|answerd|answred)\b|"
    r"\b(?:which|what) (?:minister|date|day)\b|\bwho (?:was|is) (?:the )?minister\b|"
    r"\bwhen (?:was|is|were|did)\b|"
    # "date of the answer saying X", "the date on the reply that said X": the answer's date
    # asked as a noun, the answer named by what it says.
    r"^(?:(?:and|so|ok|pls|please|whats|what's|what is|give me|need) )*(?:the )?(?:exact )?"
    r"date (?:of|on|for) (?:the|that|this) (?:[\w']+ ){0,2}?(?:answer|reply|response)\b"
)
# The parts of a written answer that say who gave it and when: not what a question asks when
# it names the answer as what says something.
SPEAKER_PARTS = frozenset({AnswerPart.ANSWERER, AnswerPart.ANSWERED_ON, AnswerPart.ASKED_ON})


# "which minister", "which one", "which of them": a "which" that may ask for the person who
# gave the answer.
_WHICH_PERSON = frozenset(
    """minister ministers min mins one ones person member mp mps peer lord lords baroness
    official govt government gov secretary of dept department answer under undersecretary
    parliamentary""".split()
)
# (past a word saying whose or what rank: "which dfe minister", "which junior minister"; an
# office's first word is the person's too: "which parliamentary under-secretary")
_WHICH_NEXT = re.compile(r"\bwhich (?:(?:dfe|education|junior|senior) )?(\w+)")
# Saying outright that the answering is asked: "which date was it answered?".
_ANSWERED_OUTRIGHT = re.compile(r"\b(?:answered|replied|responded|signed|wrote)\b")


# "who are the expert advisers named in the answer?": people the answer names, not who gave it.
_WHO_NAMED = re.compile(
    r"\bwho (?:are|is|were|was) (?!(?:the |those |these )?(?:minister|mp|peer|member)\b)"
    r"(?:the |those |these )?[a-z]+(?: [a-z]+)? "
    r"(?:named|mentioned|listed|cited|quoted|referred to)\b"
)
# "the question refers back to an earlier answer - which one?": the earlier answer the question
# follows up, which its own wording names, not who gave this one.
_REFERS_BACK = re.compile(
    r"\b(?:refer|refers|referred|referring) (?:back )?to (?:an |a |the )?(?:earlier|previous|"
    r"other|another|older|prior)\b|\bfollow(?:s|ed|ing)? up (?:on )?(?:an |a |the )?"
    r"(?:earlier|previous|older|prior)\b|\bpursuant to\b"
)


def _asks_which_thing(text: str) -> bool:
    """The (lower-case) question's "which" asks about a thing the answer names ("which expert
    advisers were named in the nov 2025 answer?", "which fiscal event?"), not who gave the
    answer, and nothing asks outright who answered; or its "who" asks for people the answer
    names ("who are the advisers named in it?"), or its "which one" for the earlier answer the
    question refers back to."""
    if _ANSWERED_OUTRIGHT.search(text):
        return False
    if _WHO_NAMED.search(text) or _REFERS_BACK.search(text):
        return True
    found = _WHICH_NEXT.search(text)
    return found is not None and found.group(1) not in _WHICH_PERSON


def speaks_of_its_content(text: str) -> bool:
    """The (lower-case) question names a written answer, or its minister, as what says
    something, and asks nothing of who gave it or when outright: what it says is asked."""
    return bool(_ANSWER_SPEAKS.search(text)) and not _PART_ASKED_OUTRIGHT.search(text)


def _asks_a_date(
    question: Question, intent: Intent, text: str, said: frozenset[str], figure_checked: bool
) -> bool:
    """Whether a question asks or checks a date of a written answer. `said`: the words of its
    asking clauses, read as `asked_of_answer` reads them; `intent`: what it asks, as read there;
    `figure_checked`: it checks a sum or percentage, which a date beside it does not."""
    # "what was his job when he answered": the date intent came from a clause saying when.
    return (
        (intent in DATE_INTENTS and not _said_when(text))
        # "was it answered in february?" checks a date; "was it answered by X?" a name.
        or (
            question.checking
            and not figure_checked
            and _says_a_time(said)
            and not checks_question_topic(text)
        )
        or not WHEN_WORDS.isdisjoint(said)
        # A month or year dates a check ("asked on 31 january 2024?"), except in a question
        # asking what or which ("what did the june 2023 answer say?", "which report was the
        # june 2025 question about?"), or checking a figure: it names which answer.
        or (
            not figure_checked
            and said.isdisjoint(("what", "which"))
            # "how did the dfe react in 2023?": the year names which answer, how is asked.
            and not _ASKS_HOW_IT_WAS_DONE.search(text)
            and any(word in MONTHS or _YEAR.fullmatch(word) for word in said)
            # "was the nov 2023 question about EPs?": the date names which question.
            and not checks_question_topic(text)
        )
    )


# A question asking how something was done or met ("how did the dfe respond", "how has the
# govt dealt with it"), not how long ago nor how many: a manner, never a written answer's date.
_ASKS_HOW_IT_WAS_DONE = re.compile(
    r"\bhow (?:did|does|do|has|have|had|is|was|were|are|will|would|could|can)\b"
    r"(?! (?:it|this|that|the (?:question|q|pq|answer|reply)) (?:get |got |been |be )?"
    r"(?:asked|answered|tabled|replied|published)\b)"
)


# The written answer itself said to be published or to come out: "publish its answer", "the
# written answer on send progress came out", "when was the reply released".
_ANSWER_CAME_OUT = re.compile(
    r"\b(?:publish|published|publishes|release|released|releases) (?:its |the |their |this |"
    r"that |an )?(?:written )?(?:answer|reply|response)\b|"
    r"\b(?:answer|reply|response)\b(?: [\w/']+){0,5}? (?:came|come|comes|coming) out\b|"
    r"\b(?:answer|reply|response) (?:was |got |been )?(?:published|released)\b"
)
# A date asked by the unit of time wanted: "which month", "what year", "what day of the week".
_WHICH_TIME = re.compile(r"\b(?:which|what) (?:month|year|day|week)\b")
# A sum or percentage stated: "10.6 percent", "4.3%", "£440m", "1bn".
_FIGURE_CHECKED = re.compile(
    r"£\s?\d|\d(?:[\d,._]*\d)?\s?(?:%|percent\b|per cent\b|pc\b|m\b|bn\b|million\b|billion\b)"
)
_PIECES = re.compile(r"[a-z]+|\d+")
# Words every written answer here speaks of: they name no paper in particular.
DOMAIN_WORDS = frozenset("send special educational needs disabilities sen".split())


# "the lords asked for pins interim data - what was it": the message tells what was asked for,
# and its asking clause, no more than "what was it", asks for that thing, not the question's
# wording ("they asked about pins - what was it" may ask the wording).
_BARE_WHAT = frozenset("what whats is was are were it they that those these s".split())
_ASKED_FOR = re.compile(r"\b(?:asked|asking|asks|ask|requested) (?:\w+ ){0,3}?for\b")


# An asking clause that names nothing of its own, and points back at what the message told:
# "who was it?", "can u give it", "what date was that?" (a pointer and words of asking only).
_POINTERS_BACK = frozenset("it that this those these they".split())
_POINTING_BACK = _POINTERS_BACK | frozenset(
    """who whos what whats which when where is was were are s can could u you give tell me us
    pls please plz date day""".split()
)


def _points_back_only(said: frozenset[str]) -> bool:
    return not said.isdisjoint(_POINTERS_BACK) and said <= _POINTING_BACK


def _asked_for_told(text: str, said: frozenset[str]) -> bool:
    return "what" in said and said <= _BARE_WHAT and bool(_ASKED_FOR.search(text))


def _as_asked(text: str, said: frozenset[str]) -> frozenset[str]:
    """The words that ask, without those that only place or contrast what is asked: "his job
    when he answered" asks the job; "asked, not answered" sets the answering aside; "put
    down before the reply came" dates the asking by the answer, which is not what is asked.
    A question said to "go in" was put down: "when did this pq go in?"."""
    dropped = {match.group(1) for match in _SET_ASIDE.finditer(text)}
    if _said_when(text):
        dropped.add("when")
        dropped |= {match.group(1) for match in _WHEN_ASKED.finditer(text)}
    if _QUESTION_BEHIND.search(text):
        dropped.add("behind")  # "the question behind the answer": no one is behind it
    if _answered_only_as_a_marker(text):
        dropped |= {word for word in said if re.fullmatch(_ANSWER_WORD, word)}
    if _PUT_IN.search(text) and not QUESTION_WORDS.isdisjoint(said):
        said = said | {"asked"}
    if "written" in said and text.count("written") == len(_WRITTEN_QUESTION.findall(text)):
        dropped.add("written")  # "the written question" names it; nobody is asked who wrote
    dropped |= _naming_the_answer(text)
    if _OWN_ASKING.search(text):
        dropped |= {"ask", "asking"}  # "can i ask for an assessment": the user's own asking
    if not dropped:
        return said
    stems = {stem(word) for word in dropped}
    return frozenset(word for word in said if word not in dropped and stem(word) not in stems)


# "coutinho's feb 2023 answer", "the sept 2023 q", "georgia goulds answer": a written
# answer (or its question) named by its minister or its date, which says which one is
# meant, not that its minister or date is asked ("when was coutinho's answer given?" still
# asks when: the asking words stay).
_MONTH_OR_YEAR = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|"
    r"june|july|august|september|october|november|december|(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?)"
)
_NAMED_ANSWER = re.compile(
    r"(?:\b((?:[a-z]+ )?[a-z]+(?:'s|\u2019s|s')?) )?"
    rf"((?:{_MONTH_OR_YEAR} ){{0,3}})"
    r"(?:(?:lords|commons|written|parliamentary|hol) )?"
    r"(?:answer|reply|response|question|pq|wpq|q)\b"
)


def _may_name_an_answer(text: str) -> bool:
    """A cheap test that `_NAMED_ANSWER` may match: each of its closing words holds one of
    these ("question", "pq", "wpq" and "q" a "q")."""
    return "answer" in text or "reply" in text or "response" in text or "q" in text


# "can i ask", "i asked our senco", "could we ask for": the user's own asking, not a member's.
_OWN_ASKING = re.compile(
    r"\b(?:i|we|u|you)(?: (?:can|could|may|might|should|have|had|did|do|just|also|once|even))?"
    r" (?:ask|asked|asking)\b|\b(?:can|could|may|should|do|did|shall) (?:i|we|u|you) (?:\w+ )?ask\b"
)


def _speaks_of_an_answer(text: str, named: frozenset[str]) -> bool:
    """The message speaks of a written answer or question anywhere (`named`: its words), not
    counting the user's own asking ("can i ask for an assessment myself?")."""
    if _OWN_ASKING.search(text):
        named = named - ASKING_WORDS
    return not NAMING_WORDS.isdisjoint(named)


def _naming_the_answer(text: str) -> set[str]:
    """The words naming which written answer is meant by its minister or date (lower-case
    text): "claire coutinho's feb 2023 answer" gives claire, coutinho, feb, february, 2023.
    A name only when possessive ("coutinho's answer", or "goulds" before a date); no word
    that asks or chats ("when was feb 2023 answer given" keeps "when")."""
    named: set[str] = set()
    if not _may_name_an_answer(text):
        return named  # most messages: the long search below finds nothing without these
    for found in _NAMED_ANSWER.finditer(text):
        person, times = found.group(1), found.group(2).split()
        # (read as folded, the possessive's "'s" is gone: "claire coutinho feb 2023 answer")
        if person and (times or _POSSESSIVE.search(person)):
            *before, last = person.split()
            for word in (*before, last, re.sub(r"(?:'s|\u2019s|s'|s)$", "", last)):
                if word not in _NOT_A_NAME:
                    named.add(word)
        for word in times:
            named.add(word)
            month = _FULL_MONTH.get(word[:3])
            if month:
                named.add(month)
    return named


_POSSESSIVE = re.compile(r"(?:'s|\u2019s|s')$")
_FULL_MONTH = {name[:3]: name for name in MONTHS}


_ANSWER_WORD = (
    r"(?:answer\w*|repl(?:y|ies|ied|ying|i)|respon(?:d|ds|ded|ding|se|ses|dent|dents|dant|dants))\b"
)
# "before the reply came", "ahead of the dfe getting round to replying": the answer as a
# point in time, marking when something else happened.
_RELATIVE_TO_ANSWER = re.compile(
    rf"\b(?:before|after|until|till|ahead of|prior to) (?:\w+ ){{0,5}}?{_ANSWER_WORD}"
)
# "what was the question behind the dec 2023 answer": the question it answers, not who is
# behind it ("the minister behind the answer" is who).
_QUESTION_BEHIND = re.compile(r"\b(?:question|questions|pq|pqs|q|wpq|wording) behind\b")
_WRITTEN_QUESTION = re.compile(r"\bwritten (?:parliamentary )?(?:question|pq)s?\b")
# "this pq went in", "the question was put in": the asking, in other words.
_PUT_IN = re.compile(r"\b(?:go|goes|going|went|gone|put|sent|handed) in\b(?! \w+ing\b)")


# "in the march 2024 answer, when would ...", "per the nov 2025 reply", "acc to the nov 2025
# answer", "going by the feb 2023 reply": the written answer named as where to look,
# not as what is asked about.
_IN_THE_ANSWER = re.compile(
    r"\b(?:in|from|per|(?:according|accordin|acording|acc|accd|acc\.) to|going by|going off|"
    r"based on|behind) "
    rf"(?:the|that|this|their|his|her) (?:[\w/]+ ){{0,4}}?"
    rf"{_ANSWER_WORD}"
)


def _answered_only_as_a_marker(text: str) -> bool:
    """Every word of the text about answering is in a clause dating something else by the
    answer ("what date was the question put down before the reply came?"), or naming the
    answer as where to look ("in the march 2024 answer when would the locations be
    announced")."""
    marked = [match.span() for match in _RELATIVE_TO_ANSWER.finditer(text)]
    marked += [match.span() for match in _IN_THE_ANSWER.finditer(text)]
    if not marked:
        return False
    return all(
        any(start <= found.start() < end for start, end in marked)
        for found in re.finditer(rf"\b{_ANSWER_WORD}", text)
    )


def names_no_answer(question: Question) -> bool:
    """Nothing in the question says which written answer: no topic, no time. "Which minister
    answered it?" names a role every written answer has, not a topic."""
    said = frozenset(question.words) - ROLES_OF_EVERY_ANSWER
    return _names_no_topic(said) and not _says_a_time(said)


def names_only_a_time(question: Question) -> bool:
    """No topic, only a time: "who answered the question in june 2025?"."""
    said = frozenset(question.words) - ROLES_OF_EVERY_ANSWER
    return _names_no_topic(said) and _says_a_time(said)


ROLES_OF_EVERY_ANSWER = frozenset({"minister", "ministers"})


# Question words as people type them run together or shortened: no topic ("whats this
# answer about?" names none).
_QUESTION_WORDS_TYPED = frozenset("whats wats wat wot wots hows whos whens wheres".split())


def _names_no_topic(said: frozenset[str]) -> bool:
    """Every word is about a written answer itself, a time, or everyday chat."""
    return all(
        word in STOPWORDS
        or word in COMMON_WORDS
        or word in PART_WORDS
        or word in _QUESTION_WORDS_TYPED
        or _is_a_time(word)
        for word in said
    )


def _says_a_time(said: frozenset[str]) -> bool:
    """A month, a year, a day's number or a word of time: "answered in february?"."""
    return any(_is_a_time(word) for word in said)


# A month as people shorten it: "asked on the 31st jan?".
MONTH_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _is_a_time(word: str) -> bool:
    return (
        word in MONTHS
        or word in MONTH_SHORT
        or word in TIME_WORDS
        or any(char.isdigit() for char in word)
    )


is_a_time = _is_a_time


def _said_when(text: str) -> bool:
    """The only "when" of the text starts a clause saying when, not asking it."""
    return bool(_WHEN_CLAUSE.search(text)) and len(re.findall(r"\bwhen\b", text)) == 1


# Words that name a written answer or the question it answers: "this pq", "the dfe reply"
# ("published" or "said" alone may be of a report or anyone's words).
NAMING_WORDS = (
    frozenset(
        """answer answered answering answers reply replied replies repli respond responded
        response pq pqs question questions ask asked tabled tabl table lodged lodg submitted
        submitt wording worded dfe department dept""".split()
    )
    | RESPONDENT_WORDS
)


# Every word that asks for a part of a written answer.
PART_WORDS = (
    NAMING_WORDS
    | ASKING_WORDS
    | ANSWERING_WORDS
    | QUESTION_WORDS
    | DEPARTMENT_WORDS
    | WHEN_WORDS
    | WHO_WORDS
    | frozenset(
        """older newer original originally exactly precisely actually summarise summarize
        summary gist text sec sos doc docs document documents cite cites cited citing quote quotes
        junior senior secretary personally herself himself someone somebody
        quoted quoting quot refer refers referred referring reference referenced dhsc dwp
        treasury hmt mhclg dluhc moj""".split()
    )
)
# Words that are no minister's name, before a possessive naming a written answer.
_NOT_A_NAME = STOPWORDS | COMMON_WORDS | PART_WORDS | {"lord", "lords", "commons", "mps", "mp"}
# Words of an answer still to come, or changed since: "when will the next pq be answered?".
FUTURE_WORDS = frozenset(
    "will next future upcoming due going shall update updated corrected correction amended".split()
)
# Words saying a question was answered (not "wrote", which may be the question's asker).
ANSWERED_WORDS = (
    frozenset(
        "answer answered answering answers reply replied replies repli respond responded"
        " response signed".split()
    )
    | RESPONDENT_WORDS
)
DATE_PARTS = frozenset({AnswerPart.ANSWERED_ON, AnswerPart.ASKED_ON})
# The kinds of question a part of a written answer answers: who, when, what it said. "Who
# asked?" is not one: written answers seldom say, so their date and text are only related.
PART_INTENTS = frozenset({Intent.PERSON, Intent.DATE, Intent.START, Intent.OTHER})


def names_the_answer(said: frozenset[str], part: AnswerPart, question: Question) -> bool:
    """The question speaks of this written answer, its question or its department, and asks
    for `part` of it plainly: a date only when asked when (not "how long did it take"), the
    question's text only when no person is asked about ("which constituency is the MP
    for?" is not about its wording), and nothing of an answer still to come."""
    if (
        part is AnswerPart.PUBLISHED
        and not {"cp", "command"}.isdisjoint(said)
        and question.intent is not Intent.DEFINITION  # what "CP" stands for is not given
    ):
        return True  # "what's the command paper number of the plan?"
    if question.intent not in PART_INTENTS:
        return False  # how many, how much, whether it is fair: no part of an answer says
    if NAMING_WORDS.isdisjoint(said) or _speaks_of_the_future(said, question.text):
        return False
    if part is AnswerPart.ANSWERER and (
        ANSWERED_WORDS.isdisjoint(said) or not ASKING_WORDS.isdisjoint(said)
    ):
        return False  # "who put down this pq?" asks who asked, which no answer says
    if part in DATE_PARTS and (
        "long" in said  # "how long did it take": a time taken, not a date
        or not (
            question.intent in DATE_INTENTS or question.checking or not WHEN_WORDS.isdisjoint(said)
        )
    ):
        return False
    if part is not AnswerPart.QUESTION_TEXT:
        return True
    # "which budget doc did the question cite?" asks a thing its wording names, not a person.
    return WHO_WORDS.isdisjoint(said) or (
        WHO_WORDS & said == {"which"} and _asks_which_thing(question.text.lower())
    )


# "how the plan is going", "how it's going so far": how something is getting on, not an
# answer still to come ("is it going to be answered" is).
_GOING_ON = re.compile(r"\bgoing\b(?! to\b)")


def _speaks_of_the_future(said: frozenset[str], text: str) -> bool:
    future = FUTURE_WORDS & said
    if future == {"going"}:
        return not _GOING_ON.search(text)
    return bool(future)


# The person on the other side of a written answer: who asked it, for who answered, and back.
_OTHER_SIDE = {AnswerPart.ANSWERER: AnswerPart.ASKER, AnswerPart.ASKER: AnswerPart.ANSWERER}


def misfits(asked: Asked, fact: Fact) -> bool:
    """The fact gives a part of a written answer that the question does not ask for."""
    part = answer_part(fact)
    if part is None:
        return False  # most facts: no part of a written answer, and no enum member read
    if part is AnswerPart.PUBLISHED:
        # Which paper is named is the topic's to say: "when is the white paper out?" is not
        # asking when the improvement plan came out.
        return part not in asked.parts or not _names_the_paper(asked.named, fact)
    if part in asked.parts:
        return False
    if part in (AnswerPart.ANSWERER, AnswerPart.ASKER):
        if _OTHER_SIDE[part] in asked.parts:
            # "who replied to mark pawsey?": the asker named is whom the answer was given to.
            return True
        # "what is Catherine McKinnell's job?", not "what did Catherine McKinnell say?"
        return not (asked.about_person and _names(_person_words(asked), fact))
    if part is AnswerPart.QUESTION_TEXT and asked.intent in DATE_INTENTS:
        # A question's text may give when a paper it names came out ("the IFS report
        # published on ..."), but not the date the question was asked or answered, when that
        # is what is asked, nor when anything else happens (the earlier answer it follows up
        # is no date of what the written answer says).
        return not asked.parts.isdisjoint(_PAPER_DATES) or not any(
            figure.kind is FigureKind.DATE and "published" in figure.label
            for figure in fact.figures
        )
    return True


# The dates of a written answer itself.
_PAPER_DATES = frozenset({AnswerPart.ASKED_ON, AnswerPart.ANSWERED_ON})


_OF_SOMEONE_NAMED_BEFORE = ROLE_WORDS | MEMBER_WORDS | PERSON_POINTERS


def _person_words(asked: Asked) -> frozenset[str]:
    """The words that may name the person asked about: the asking clauses', and the whole
    message's when those ask an office, a party or a seat of someone named before ("david
    johnston answered it right? whats his job title", "mark pawsey - what party is he?")."""
    if _OF_SOMEONE_NAMED_BEFORE.isdisjoint(asked.said):
        return asked.said
    return asked.said | asked.named


def _names_the_paper(said: frozenset[str], fact: Fact) -> bool:
    """The question shares a word with the paper the fact dates, beyond asking when."""
    own = set(words(f"{fact.title} {fact.quote}")) - PART_WORDS - STOPWORDS - DOMAIN_WORDS
    own -= PUBLICATION_WORDS - {"cp", "command"}
    # "cp800" is "cp 800"
    pieces = {piece for word in said for piece in _PIECES.findall(word)}
    return not own.isdisjoint(said | pieces) or not {stem(word) for word in own}.isdisjoint(said)


def _names(said: frozenset[str], fact: Fact) -> bool:
    """The question names the person the fact gives (or their party or seat)."""
    # ("and" of "Energy Security and Net Zero" names no one)
    return not (set(words(fact.quote)) - OFFICE_WORDS - STOPWORDS).isdisjoint(said)


names_the_person = _names


# A department, as a question checking which one names it: "the dfe or dhsc", "education or
# health".
_DEPARTMENT_NAMED = (
    r"(?:department for education|department of health(?: and social care)?|health department|"
    r"education department|department|dept|ministry|dfe|dhsc|health|education|"
    # the other departments a question may be checked against: "the DfE or the Cabinet Office"
    r"cabinet office|home office|treasury|dwp|department for work and pensions)"
)
# "which govt dept", "what ministry": a department asked for by what it is.
_WHICH_DEPARTMENT_NAMED = (
    r"\b(?:which|what) (?:government |govt |gov )?(?:department|dept|ministry)\b"
    # "which part of government was asked": a department, said by one who does not know the word
    r"|\b(?:which|what) (?:part|bit|branch|arm|section) of (?:the )?(?:government|govt|gov)\b"
)
# Asking which department a question was put to: "which govt dept", "put to the DfE",
# "was it education or health?".
_WHICH_DEPARTMENT = re.compile(
    rf"{_WHICH_DEPARTMENT_NAMED}|"
    # "directed at the education department": a department named by what it is for, too
    r"\b(?:put|directed|addressed|address|sent|submitted|tabled|asked|this|went|go|gone) "
    r"(?:to|at|of|for) "
    r"(?:the )?(?:(?:education|health) )?(?:department|dept|dfe|ministry|dhsc)\b|"
    # "was this question to the dept of health?": the question itself named as put to one
    r"\b(?:was|is) (?:this|that|the|it) (?:written )?(?:question|pq) (?:to|for) "
    r"(?:the )?(?:(?:education|health) )?(?:department|dept|dfe|ministry|dhsc)\b|"
    # "is this a dfe thing or a health one?"
    rf"\b{_DEPARTMENT_NAMED} (?:(?:question|pq|answer|reply|one|thing|matter) )?or "
    rf"(?:to |from |for )?(?:the |a |an )?{_DEPARTMENT_NAMED}\b|"
    # "is this a dfe answer or something else?": the one named checked against any other
    rf"\b(?:is|was) (?:this|it|that) (?:a |an |the )?{_DEPARTMENT_NAMED} "
    r"(?:question|pq|answer|reply|one|thing) or (?:something|someone|somebody|some other|"
    r"another|a different)\b|"
    # "whichever department this went to, was it the dfe?": the department named as the one
    # the written question went to, before it is checked
    r"\b(?:which|what)(?:ever)? (?:department|dept|ministry) (?:this|it) (?:went|was sent|"
    r"was put|was addressed|got sent) to\b|"
    # "who was the question directed at, department wise"
    r"\b(?:department|dept)[ -]?wise\b|"
    # "we need the right ministry to write to: which one was the pq put to?": a department
    # named first, then asked for as "which one" the written question went to
    r"\b(?:department|dept|ministry)\b.*\bwhich one (?:was|is|did) (?:\w+ ){0,3}?"
    r"(?:sent|put|addressed|directed|submitted|tabled|go|asked) (?:to|at|of)\b|"
    # "was it the dfe that got asked this or the health department?", "was it education that
    # got asked or someone else?": a department checked as the one asked (or answering)
    # ("was it the education dept this was asked to?")
    rf"\b(?:was|is) it (?:the )?(?:(?:education|health) )?{_DEPARTMENT_NAMED} "
    r"(?:that|which|who|this) (?:got |was |were )?"
    r"(?:asked|answered|replied|responded|sent)\b"
)
# Words naming the written question or its answer: "this pq", "the written question".
_OF_A_QUESTION = re.compile(
    r"\b(?:question|questions|q|pq|pqs|answer|answered|reply|replied|response|written|mp|"
    r"mps|asked)\b"
    # "did this go to the department of health or education?": "this" is the written question
    r"|\b(?:did (?:this|it) (?:go|get sent)|has (?:this|it) (?:gone|been sent)|"
    r"(?:this|it) went) to\b"
    # "is this a dfe thing or a health one?", "which govt dept is this for": "this", standing
    # alone, is the written answer talked about
    r"|\b(?:is|was) this (?:from|for|a|an)\b"
    # "which ministry is this directed at?", "what dept is it addressed to": what is put to a
    # department is a written question
    r"|\b(?:is|was) (?:this|it) (?:directed|addressed|sent|put|submitted|tabled) (?:to|at)\b"
)


# The words naming departments, or putting a question to one: "put to the department of
# health and social care" names no topic the written answer must speak of.
_DEPARTMENT_TALK = re.compile(
    rf"\b{_DEPARTMENT_NAMED}\b|\b(?:social care|treasury|put|directed|direct|addressed|address|"
    r"sent|send|submitted|tabled|asked|ask)\b"
)


def without_department_talk(folded: str) -> str:
    """The (folded) message without the words that name departments or put a question to one:
    what is left names the written answer meant, if anything does."""
    return _DEPARTMENT_TALK.sub(" ", folded)


# A department named as who gave the answer: "the dfe answer", "the govt's reply", "the
# department for education responded".
_DEPARTMENT_WORD = re.compile(
    rf"\b(?:{DEPARTMENT}|departments)\b"
    r"(?: (?:for|of) education)?(?:'s|\u2019s)?"
)
_ANSWER_AFTER = re.compile(rf"\s+(?:written\s+)?{_ANSWER_WORD}")
# "which department replied": the department asked for, as the one that answered.
_WHICH_BEFORE = re.compile(r"\b(?:which|what|whose)\s+(?:(?:government|govt|gov)\s+)?$")


def _department_names_the_answer(text: str) -> bool:
    """Every department the text names is named as the one answering: "who wrote the govt
    reply?", "what date the dfe answered" ask who wrote it and when, not which department."""
    found = list(_DEPARTMENT_WORD.finditer(text))
    return bool(found) and all(
        _ANSWER_AFTER.match(text, match.end()) and not _WHICH_BEFORE.search(text, 0, match.start())
        for match in found
    )


def asks_which_department(folded: str) -> bool:
    """The (folded) message asks which department a written question was put to: "which
    govt dept was this pq sent to?", "was this answer from the DfE or health?". Not which
    department does something ("which department funds EHCPs?"): a question or answer is
    named."""
    if (
        asks_what_was_asked(folded) or _WHEN_IT_IS_ASKED.search(folded)
    ) and not _WHICH_DEPARTMENT_OUTRIGHT.search(folded):
        # "what was the question put to the dfe?", "when was it put to the dfe?": the
        # department says which question; what it said, or when, is asked.
        return False
    return bool(_WHICH_DEPARTMENT.search(folded)) and bool(_OF_A_QUESTION.search(folded))


# (at the start of the message or of a clause after a story: "writing a timeline - when was
# the question put to the dfe?")
_WHEN_IT_IS_ASKED = re.compile(r"(?:^|[-,.:;!?] )(?:\w+ ){0,3}?(?:when|what date|what day)\b")
_WHICH_DEPARTMENT_OUTRIGHT = re.compile(_WHICH_DEPARTMENT_NAMED)


# A paper named by its command paper number: "CP 800", "cp800".
_PAPER_NUMBER_NAMED = re.compile(r"\bcp ?(\d{2,4})\b")
# "CP 800 is that the send plan?", "what does CP 800 refer to?", "is it the same as the plan":
# what the paper named is, asked or checked.
_WHAT_IT_IS = re.compile(
    r"\b(?:refers? to|referring to|same as|(?:is|was) (?:that|it|this) (?:the|a)|"
    r"what (?:is|s|does) (?:that|it|this)\b|right\W*$)"
)


def paper_number_asked_of(question: Question) -> str | None:
    """The command paper number ("800") a question names to ask or check what that paper is
    ("CP 800 is that the send plan?", "the question says CP 800, what does that refer to?");
    None when it names none, or asks a figure of the paper ("how much is in CP 800?")."""
    text = question.text
    if "cp" not in text or question.intent in FIGURE_ASKED:
        return None
    found = _PAPER_NUMBER_NAMED.search(text)
    if found is None or not (question.checking or _WHAT_IT_IS.search(text)):
        return None
    return found[1]


def quotes_paper_number(fact: Fact, number: str) -> bool:
    """The fact's quote names the command paper numbered `number` ("CP 800")."""
    return re.search(rf"\bCP ?{number}\b", fact.quote, re.IGNORECASE) is not None


# "What was the IFS report called?": the name of a thing, which the question put may be the
# only place to give ("the report ... Spending on special educational needs in England:
# something has to change").
_ASKS_A_NAME = at_word_starts(r"\b(?:called|titled|(?:the )?(?:name|title) of)\b", letters="cnt")


# Asked of a question for each fact of its shortlist that restates a question: read once.
_asks_a_name = searched_once(_ASKS_A_NAME)


def asks_a_name(question: Question) -> bool:
    """The question asks what something is called."""
    return bool(_asks_a_name(question.text))


def restates_a_question(fact: Fact) -> bool:
    """A fact quoting the question put ("To ask the Secretary of State ..."): it says what
    was asked, never what the answer is; but it may name what was asked about."""
    return fact.quote[:6].lower() == "to ask"
