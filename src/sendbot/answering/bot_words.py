"""The words of questions about sendbot itself, looked up by `about_bot`: the words that
address the bot, words about using a bot (which carry no topic a fact could be about), the
words naming the whole field, and the cues each pattern in `bot_phrases` needs. Data only.
Pure."""

from __future__ import annotations

# Words that say a message is addressed to the bot.
YOU = frozenset({"you", "your", "yours", "yourself", "u", "ur", "ya", "youre", "thou"})


# Things only a bot has, named without "you": "what are the commands", "where does the data
# come from", "give me an example question".
BOT_THINGS = frozenset(
    """commands command data database databases sources source info information examples
    example menu menus features feature options instructions guide guides tips tip hints hint
    suggestions ideas partial declined facts topics topic subjects cmds faq score confidence
    gdpr feedback quote quotes citation citations manual readme guide docs documentation
    prefix syntax
    """.split()
)


# Words without which the patterns above cannot match.
BOT_CUES = frozenset(
    """sendbot send chatbot chat bot robot thing tool service app assistant system channel
    who work works human person""".split()
)


ASKER = frozenset({"i", "we", "to", "can", "ask", "asking", "use", "using", "way"})


IT_CUES = frozenset(
    """this it that these those figures facts numbers info information data sources""".split()
)


TYPED_CUES = frozenset(
    """my our these those who someone anyone anybody human humans person people staff admin
    admins moderator moderators mods logged recorded stored saved kept monitored""".split()
)


ORIGIN_CUES = frozenset({"from", "based", "sourced"})
# The bot said to quote or cite ("why do you quote parliament stuff"): what it quotes is its
# source, named as the origin words name it.
QUOTING_CUES = frozenset("quote quotes quoting cite cites citing".split())


ORIGIN_NOUNS = frozenset(
    """answer answers replies info information fact facts data figure figures numbers stats
    statistics""".split()
)


# Where a message asking what the bot's answers come from says they come from ("are your answers
# taken from the actual parliamentary answer?"): the source, not a topic of it.
SOURCE_WORDS = frozenset(
    """taken take took drawn pulled copied parliament parliamentary official actual real
    genuine original quoted sourced cited cite lifted pull pulls pulling copy copying scraped
    fetched obtained derived straight directly verbatim word paraphrase paraphrased
    paraphrasing reworded summarised summarized hansard gov.uk""".split()
)


# Words about being or using a bot, which carry no topic a fact could be about.
META_WORDS = frozenset(
    """
    ask asking asked answer answers answering answered reply replies respond question questions
    query queries type typing use using used work works working function functions do does
    know knows knowledge cover covers covered include includes handle handles deal deals
    help helping helpful tell telling explain show list lists find search look lookup
    command commands example examples sample samples feature features option options topic
    topics subject subjects area areas kind kinds sort sorts type types range scope limit
    limits limitation limitations capable capability capabilities able ability abilities
    source sources data database info information fact facts figure figures detail details
    numbers stats statistics
    made make build built create created creator creators developer developers develop
    developed write wrote written program programmed programmer design designed owner owns
    own run runs running maintain maintains maintained behind author authors
    bot bots robot chatbot sendbot ai llm gpt chatgpt model human person people real machine
    computer program software automated automatic actual alive sentient name called
    trust trusted trustworthy reliable rely accurate accuracy correct right wrong mistake
    mistakes error errors true truth honest official verified verify check checked legit
    sure confident confidence hallucinate hallucinating invent invented guess guessing
    up date dated updated update updates current latest recent recently new old fresh
    last often frequently sometimes usually occasionally how long since stale
    purpose point aim goal reason meant idea job role for
    come comes came from based base learn learned learnt trained train training get gets
    online internet web google browse browsing link links website site
    start started begin getting started first time new here thing tool service app
    assistant system channel server way ways best properly correctly
    mean means meaning say saying said understand understood talk talking chat chatting
    speak speaking language languages english word words phrase phrasing
    something anything everything stuff things whatever exactly anyway able
    tips tip hint hints suggestion suggestions idea ideas advice else more other best
    cutoff typo typos spelling spell misspell misspelled happen happens happened
    document documents doc dont didnt cant wont doesnt couldnt wouldnt not
    government govt gov official officially only just one
    see view cite cites citing citation citations quote quotes quoting reference references
    referencing slash prefix syntax button buttons click format
    report reporting contact suggest suggestion request requests feedback complain complaint
    flag tell store stored storing save saved saving keep kept record recorded log logged
    logging private privacy message messages safe secure delete share shared track tracking
    partial declined decline declines related newest oldest stuff things advice
    add adding added found spotted noticed connected connect access affiliated linked
    read reads reading conversation conversations chats improve improvement improvements
    translate translation translated
    supposed allowed exist exists always ever never newbie noob beginner introduce introduction
    menu menus set setup bug bugs glitch glitches problem problems issue issues paste upload
    attach pdf file files dm dms pm pms privately direct inbox far back go goes years dates
    period periods local confidential anonymous anonymously monitor monitored moderate
    moderated moderator moderators r full original whole complete tag tags tagged mention
    specialty speciality specialise specialize expertise expert artificial intelligence
    simple simply plain plainly general generally somewhere anywhere
    generative claude gemini copilot openai bard llama code github opensource biased bias
    neutral political impartial opinion opinions views side pick choose decide select big
    size news events week today todays happening open opens remember memory previous
    earlier sell sold gdpr compliant compliance mods mod admin admins public different
    published publish tabled manual readme docs documentation guidance assistance guide
    chose chosen regularly believe
    remembers remembering recall forget forgets forgot forgotten before tomorrow yesterday later
    again already
    guides leave
    mentions mentioned thread threads broken down offline respond responding arent isnt take
    takes short shorter longer simpler bullet bullets score
    welsh french spanish german polish urdu arabic punjabi bengali italian portuguese
    romanian gaelic irish chinese hindi somali turkish
    free cost costs charge charges pay paid price subscription
    hansard lawyer solicitor barrister cymraeg coded coder generated
    funds pays sponsors sponsored endorsed approved user users idk dunno year
    outside besides except apart non unrelated beyond
    instead rather directly public post posting
    """.split()
)


# Words that name the whole field the bot covers, not a topic a fact is about.
FIELD_WORDS = frozenset(
    """send sen special educational education needs need disabilities disability disabled""".split()
)


# Words that, in this field, are about the written answer itself ("what was the question?",
# "who answered?"): about the bot only beside the bot or the asker ("your answers", "questions
# can I ask").
DOCUMENT_WORDS = frozenset(
    """question questions answer answers answered answering asked reply replied replies
    response responded respond tabled published written date""".split()
)


BESIDE = frozenset(
    """you your yours u ur youre youve i we my bot sendbot example examples sample ideas idea
    tips hints suggestions best wrong incorrect bad report record keep log store partial
    related declined decline good come comes came from based sourced
    quote quotes quoted quoting citation citations every""".split()
)


# "do you only know about one written answer?": how many answers it knows, not one of them.
QUANTITY = frozenset("one many more other others several all only multiple different few".split())


# About the bot itself, not how to use it: the reply says what sendbot is and where its
# facts come from.
ABOUT_WORDS = frozenset(
    """made make build built create created creator creators developer developers develop
    developed wrote programmed programmer designed owner owns run runs behind author authors
    ai llm gpt chatgpt model human person real machine computer automated
    alive sentient trust trusted trustworthy reliable rely accurate accuracy correct wrong
    mistake mistakes error errors true truth honest official verified legit hallucinate
    invent invented guess source sources data database come comes came from based
    updated update updates date dated current latest recent recently stale online internet
    google web website government govt gov official officially hansard lawyer solicitor
    barrister""".split()
)


RUN_BY_CUES = frozenset(
    """dfe department government govt gov council authority la ofsted nhs charity ipsea
    sendiass parliament mp minister politician servant""".split()
)


CAN_IT_OPENS = frozenset("can could will would do does is are".split())


HELP_ABOUT_CUES = frozenset(
    """report reporting reported contact feedback found spotted noticed theres there suggest
    suggestion request complain
    complaint flag tell add get store stored storing save saved saving keep kept record
    recorded log logs logged logging private privacy safe secure delete share shared track
    tracking message messages who partial decline declined declines related why up recent
    recently current currently latest newest oldest update updated updates stale often old
    language languages translate translation welsh french happen happens anyone anybody
    someone people confidential anonymous anonymously monitor monitored moderated
    moderator moderators human humans person staff admin admins mods never sell sold gdpr
    spanish german
    polish urdu arabic punjabi bengali italian portuguese romanian gaelic irish chinese hindi
    somali turkish cymraeg remember remembers remembering recall memory forget forgets forgot
    forgotten
    point
    purpose""".split()
)


BEYOND = frozenset({"after", "since", "beyond", "past"})
