"""Word lists the normaliser needs, kept as code so that importing it reads no files."""

from __future__ import annotations

# Everyday English words that say little about what a question is about. A question word
# the knowledge base has never seen weighs much less when it is one of these: "our head
# keeps saying" is chat, while an unseen word like "tribunal" or "transport" is the topic,
# and should stop sendbot answering with a fact about something else.
# How a figure is put is no topic either: "in % terms", "the overall amount", "over a thousand
# places" (a base quoting "1,500" never says "thousand").
COMMON_WORDS = tuple(
    """
    able about above across actually add added after afternoon again against ago agree ah all
    almost alone along already alright also although always amazing among amount angry another
    answer anybody anymore anyone anything anyway anywhere apparently appreciate are area around
    ask asked asking aware away awful back bad basically because become been before behind
    believe best better between big bigger bit both bother bottom break brilliant bring brother
    busy but buy call called came can cannot cant care case cause certain certainly chance
    change changed changing chat check clear clearly close come comes coming compare compared
    completely confused consider could couldnt couple course crazy currently cut dad daughter
    day days deal dear decide decided definitely desperate desperately did didnt different
    difficult do does doesnt doing done dont down during each earlier early easy either else end
    enough entire especially even evening ever every everybody everyone everything exactly
    example except expect explain eye fact fair family far fast fed feel feeling felt few figure
    find fine finally fine folks for forget forward found friend friends from front full fully
    fun further get gets getting give given gives giving glad go goes going gone good got great
    guess guy guys had half happen happened happening happy hard has hate have having he head
    hear heard hearing hell hello help helpful her here hers hey hi high him his hold home
    honest honestly hope hopefully hour how however huge husband i idea if im imagine important
    in indeed info information inside instead interested into is isnt it its itself job just
    keep keeping keeps kid kids kind kinda know knows last late lately later least leave left
    less let lets life like likely line list literally little live lives long look looked
    looking looks lost lot lots love lovely low made main make makes making many matter may
    maybe me mean means meant meanwhile mention mentioned might mind mine minute miss moment
    money month months more morning most mostly mother move much mum must my myself name near
    nearly need needed needs never new news next nice night no nobody none nor normal not
    nationally
    nothing notice now number obviously of off often oh ok okay old on once one ones only onto
    open or other others our ours ourselves out outside over own part particular particularly
    past people perhaps person personally place plan please plenty point possible possibly pot
    pretty probably problem problems proper properly put question questions quick quickly quite
    rather read ready real really reason reckon recently remember remind right round said same
    saw say saying says school see seem seemed seems seen self sense seriously set several shall
    she should shouldnt show side simple simply since sister small so some somebody someone
    something sometimes somewhere son soon sorry sort sound sounds speak start stay still stop
    story straight stuff such suppose supposed sure surely take taken takes taking talk talking
    tell telling than thank thanks that thats the their them themselves then there these they
    thing things think thinking this those though thought through time times to today together
    told too took top totally towards tried true truly try trying turn understand unless until
    up upon us use used useful usually very via wait waiting want wanted wants was wasnt way
    ways we week weeks well went were what whatever when where whether which while who whole why
    wife will wish with within without wonder wondered wondering word words work worried worry
    would wouldnt wow wrong year yeah yes yet you your yours yourself
    arent hasnt havent hes ive shes theres theyre theyve werent weve whats wont youre youve
    claim claims claimed claiming
    quote quotes quoted quoting stated headline headlines
    terms overall hundred hundreds thousand thousands
    """.split()
)

# Words by which people say who is asking and what for ("councillor here", "for a uni
# assignment", "writing a briefing note") and chat shorthand ("this yr", "quick q", "num of",
# "in a nutshell", "tl;dr"). They never name what is asked, so an unseen one weighs as an
# everyday word, not as a topic.
ASKER_CONTEXT_WORDS = tuple(
    """
    councillor councillors campaigner campaigners scrutiny forum briefing brief note notes
    newsletter blog assignment essay dissertation coursework uni colleague colleagues cite
    citing writing putting according roughly curious exact q yr yrs pls plz tbh btw thx
    num nutshell gist tldr tl dr summarise summarize
    """.split()
)

# Places below national level (English councils, counties and cities) and the other UK nations.
# The written answers sendbot quotes speak for England as a whole, so a question that names one
# of these, when the fact it would be answered with does not, asks something local that the
# fact cannot answer. Words that are also everyday English (reading, bury, bath) are left out.
PLACES = tuple(
    """
    scotland wales northern ireland ni london birmingham manchester liverpool leeds sheffield
    bristol newcastle nottingham leicester coventry bradford sunderland wolverhampton plymouth
    southampton portsmouth derby stoke york hull brighton norwich exeter oxford cambridge
    peterborough milton keynes luton swindon middlesbrough blackpool blackburn bolton oldham
    rochdale salford stockport tameside trafford wigan knowsley sefton st helens wirral halton
    warrington gateshead doncaster rotherham barnsley wakefield kirklees calderdale dudley
    sandwell walsall solihull stockton hartlepool darlington redcar cornwall devon somerset
    dorset wiltshire gloucestershire hampshire surrey kent sussex essex hertfordshire
    bedfordshire buckinghamshire berkshire oxfordshire northamptonshire warwickshire
    worcestershire herefordshire shropshire staffordshire cheshire lancashire cumbria cumberland
    westmorland northumberland durham yorkshire lincolnshire nottinghamshire derbyshire
    leicestershire rutland norfolk suffolk cambridgeshire isle of wight isles of scilly barking
    dagenham barnet bexley brent bromley camden croydon ealing enfield greenwich hackney
    hammersmith fulham haringey harrow havering hillingdon hounslow islington kensington chelsea
    kingston lambeth lewisham merton newham redbridge richmond southwark sutton tower hamlets
    waltham forest wandsworth medway thurrock southend slough windsor wokingham bracknell torbay
    poole bournemouth telford wrekin cheltenham gloucester ipswich colchester chelmsford
    basildon northampton bedford worthing crawley maidstone canterbury lincoln carlisle lancaster
    preston burnley huddersfield halifax harrogate scarborough grimsby scunthorpe mansfield
    chesterfield stafford shrewsbury hereford worcester taunton truro torquay barnstaple
    salisbury winchester basingstoke guildford woking eastbourne hastings margate folkestone
    watford stevenage harlow cardiff swansea edinburgh glasgow aberdeen dundee belfast derry
    tyneside merseyside teesside cleveland humberside avon
    rugby nuneaton leamington warwick kenilworth stratford redditch kidderminster bromsgrove
    tamworth lichfield cannock macclesfield crewe nantwich northwich chester southport
    birkenhead wallasey bootle widnes runcorn chorley leyland accrington morecambe fleetwood
    altrincham stalybridge dewsbury batley keighley pontefract castleford bridlington beverley
    whitby kendal workington whitehaven penrith hexham morpeth ashington gainsborough grantham
    loughborough hinckley kettering corby wellingborough banbury bicester aylesbury dunstable
    hitchin braintree clacton lowestoft yarmouth ely huntingdon wisbech spalding skegness
    yeovil bridgwater stroud dartford gravesend sevenoaks tonbridge chichester horsham reigate
    epsom staines newbury andover fareham gosport havant eastleigh oswestry ludlow evesham
    """.split()
)

# Regions and areas named by more than one word, matched as phrases in a folded question.
REGIONS = (
    "north west",
    "north east",
    "south west",
    "south east",
    "east midlands",
    "west midlands",
    "east of england",
    "east anglia",
    "yorkshire and the humber",
    "the humber",
    "the midlands",
    "the north",
    "the south",
    "home counties",
    "greater manchester",
    "greater london",
    "inner london",
    "outer london",
    "west yorkshire",
    "south yorkshire",
    "north yorkshire",
    "east riding",
    "west sussex",
    "east sussex",
    "tyne and wear",
    "the north west",
)
