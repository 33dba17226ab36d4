"""Words that news prose uses to name people, roles, organisations and speech.

Closed lists, compared in lower case. They describe how British and American
news stories are written, not any one story: a word belongs here when it does
the same job in any article.
"""

from __future__ import annotations

# Titles written before a name. The first group stays part of a name
# ("Sir Clive Loader", "Dr Helen Marsh"); courtesy titles do not.
TITLES_KEPT = frozenset(
    "sir dame lord lady baroness baron dr prof professor cllr councillor rev reverend canon bishop "
    "judge justice det supt insp sgt pc dci di ds dc".split()
)
TITLES_DROPPED = frozenset("mr mrs ms miss mx".split())
TITLES = TITLES_KEPT | TITLES_DROPPED

# Nouns that end a job title: "G4S spokesman", "branch secretary".
ROLE_HEADS = frozenset(
    """spokesman spokeswoman spokesperson commissioner secretary chairman chairwoman chair chairperson
    executive director manager leader head officer constable superintendent inspector sergeant minister
    mp msp mep am councillor mayor president founder owner governor member representative official
    adviser advisor analyst lawyer solicitor barrister professor economist campaigner organiser organizer
    coordinator convenor convener treasurer editor correspondent reporter negotiator deputy partner pcc
    ceo cfo coo boss trustee clerk commander chancellor vicar bishop headteacher headmaster headmistress
    principal teacher doctor nurse surgeon consultant researcher scientist engineer resident shopkeeper
    landlord tenant worker driver student parent volunteer activist protester founder chief
    master captain skipper pilot farmer fisherman publican chef trader businessman businesswoman entrepreneur
    author writer artist musician singer actor actress player striker goalkeeper coach footballer athlete
    pupil graduate mother father grandmother grandfather widow widower neighbour homeowner passenger
    commuter motorist cyclist patient victim survivor witness expert academic historian architect planner
    builder electrician plumber caretaker warden ranger paramedic firefighter detective priest imam rabbi
    villager pensioner shopper guard porter cleaner cook
    spokesmen spokeswomen spokespeople commissioners secretaries leaders officers members residents
    workers councillors ministers directors""".split()
)

# Unnamed speakers: "a spokesman for ...", "a joint statement from ...".
SPOKES_HEADS = frozenset("spokesman spokeswoman spokesperson representative source insider".split())
STATEMENT_HEADS = frozenset("statement".split())

# Capitalised words that end an organisation's name.
ORG_SUFFIXES = {
    "police": "force",
    "constabulary": "force",
    "council": "council",
    "union": "union",
    "party": "organisation",
    "trust": "organisation",
    "ltd": "company",
    "co": "company",
    "corp": "company",
    "inc": "company",
    "llc": "company",
    "limited": "company",
    "plc": "company",
    "group": "organisation",
    "company": "company",
    "corporation": "company",
    "association": "organisation",
    "federation": "organisation",
    "office": "organisation",
    "department": "organisation",
    "ministry": "organisation",
    "agency": "organisation",
    "authority": "organisation",
    "service": "organisation",
    "university": "organisation",
    "college": "organisation",
    "commission": "organisation",
    "committee": "organisation",
    "board": "organisation",
    "bank": "company",
    "foundation": "organisation",
    "institute": "organisation",
    "society": "organisation",
    "partnership": "organisation",
    # Last words of company names: "Bluewater Ferries", "Northgate Water", "Redline Buses".
    "buses": "company",
    "ferries": "company",
    "airways": "company",
    "airlines": "company",
    "trains": "company",
    "railways": "company",
    "water": "company",
    "energy": "company",
    "homes": "company",
    "foods": "company",
    "motors": "company",
    "holdings": "company",
    "logistics": "company",
    "insurance": "company",
}

# Common nouns that introduce an organisation's name: "security firm G4S",
# "the Unison union", "campaign group Save Eastford Libraries".
ORG_CUES = {
    "firm": "company",
    "company": "company",
    "operator": "company",
    "contractor": "company",
    "supplier": "company",
    "provider": "company",
    "retailer": "company",
    "giant": "company",
    "consultancy": "company",
    "insurer": "company",
    "airline": "company",
    "developer": "company",
    "manufacturer": "company",
    "broadcaster": "company",
    "bank": "company",
    "union": "union",
    "council": "council",
    "party": "organisation",
    "charity": "organisation",
    "group": "organisation",
    "organisation": "organisation",
    "organization": "organisation",
    "body": "organisation",
    "watchdog": "organisation",
    "regulator": "organisation",
    "trust": "organisation",
    "agency": "organisation",
    "authority": "organisation",
}

# Verbs that report speech, in the forms news prose uses them.
SPEECH_VERBS = frozenset(
    """said says confirmed confirms added adds told tells explained explains warned warns claimed claims
    insisted insists stated states announced announces admitted admits argued argues suggested suggests
    revealed reveals acknowledged acknowledges stressed stresses maintained maintains noted notes
    predicted predicts denied denies conceded concedes replied replies responded responds""".split()
)
# Participles that continue a speaker's sentence: "..., adding: "..."".
SPEECH_PARTICIPLES = frozenset("adding saying explaining warning insisting stressing".split())
# Words allowed between a speaker and the verb: "X has also said".
AUXILIARIES = frozenset("has have had also later earlier previously then today yesterday".split())
# Who "told" is said to: "told the BBC", "told reporters".
AUDIENCE = frozenset("reporters journalists mps councillors members staff residents colleagues".split())

PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "organisation"}

# Capitalised words that begin sentences or clauses and never start a name.
SENTENCE_WORDS = frozenset(
    """the a an but and or however meanwhile following after before when while in on at for from with as
    also yesterday today tonight tomorrow last earlier later now then it he she they we i you this that
    these those its his her their our there here if although though because since until despite under
    over about according plans three four two one five six seven eight nine ten instead why what who how
    where which some many most all no not every each both such other another only even still yet so
   """.split()
)

MONTHS = frozenset("january february march april may june july august september october november december".split())
DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Words that stop a job title from reaching further left.
ROLE_STOPS = frozenset(
    """the a an this that its his her their our said says told by to with from in on at as after before
    when while who which whose is was are were be been has have had will would could should may might
    can not no but or if than then said""".split()
    + list(SPEECH_VERBS)
)
ROLE_JOINERS = frozenset("and of for &".split())

# Prepositions after which a capitalised word is a place.
PLACE_PREPOSITIONS = frozenset("in from across throughout near around outside between within".split())

# Definite descriptions a speaker may be called by: "the firm said".
DESCRIPTIONS = {
    "firm": "company",
    "company": "company",
    "operator": "company",
    "union": "union",
    "council": "council",
    "authority": "council",
    "force": "force",
    "trust": "organisation",
    "group": "organisation",
    "charity": "organisation",
    "organisation": "organisation",
}
