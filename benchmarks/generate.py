"""Deterministic synthetic fact bases in Factbot's own YAML schema.

    python benchmarks/generate.py --quotes 10000 --out /tmp/fb10k [--seed 0]

A fact base of N quotes is written as about N/100 article files (one file per
synthetic article, each with a `source:` block, like the real fact base) plus
a `vocabulary.yaml`. Shapes follow the real articles:

- about N/10 people with two- and three-word names drawn from lists of first
  names and surnames, some with titles ("Sir", "Dame", "Dr"); aliases such as
  a bare surname, "Sir Clive", "Cllr Shaw" or "Herts PCC" where still free;
- police forces named after synthetic places, with the place itself, a
  "Herts"/"Northants"-style abbreviation and "<abbrev> police" as aliases;
  companies ("Kestrel Security", alias "Kestrel", some with a "G4S"-style
  code), unions and councils;
- about N/100 deals (one per article) between 1-3 forces and a company, with
  services, a status, a summary and aliases ("Herts deal", "Herts Beds Cambs");
- facts on every topic, dated events, and quotes of 10 to 60 words drawn from
  a Zipf-distributed word list whose vocabulary grows with the corpus (Heaps'
  law), so that word searches and typo correction meet realistic term counts.

Names and aliases are claimed first come, first served in normalised form
(`knowledge.text.normalise`, the loader's own rule), so the output never has
an alias collision; ids are unique and every reference points at a record
defined in some file. The same (quotes, seed) always gives the same bytes.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import math
import random
import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

import yaml

from benchmarks.script import run
from knowledge.loader import SCHEMA
from knowledge.text import normalise

QUOTES_PER_ARTICLE = 100
PEOPLE_PER_ARTICLE = 10
FACTS_PER_ARTICLE = 8
EVENTS_PER_ARTICLE = 4
MANIFEST = "manifest.json"
_BaseDumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):  # type: ignore[misc]
    """Lists of plain values in flow style, `aliases: [a, b]`, as people write them."""


def _represent_list(dumper: yaml.representer.SafeRepresenter, data: list[Any]) -> yaml.Node:
    flow = all(isinstance(item, str) for item in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _represent_list)

FIRST_NAMES = """
Aaron Abigail Adam Adrian Aileen Alan Alastair Alice Alison Amanda Amir Amy Andrew Angela Anita Ann Anthony Arthur
Barbara Barry Beatrice Ben Bernard Beth Bill Brenda Brian Bridget Bruce Carl Carol Caroline Catherine Charles
Charlotte Chris Christine Claire Clive Colin Craig Dale Daniel David Dawn Deborah Declan Denise Derek Diane Donald
Douglas Duncan Edward Eileen Elaine Eleanor Elizabeth Emma Eric Fiona Frances Frank Gareth Gary Geoffrey George
Gerald Gillian Gordon Graham Hannah Harriet Harry Hazel Heather Helen Henry Hugh Ian Imran Irene Isobel Jack
Jacqueline James Jane Janet Jason Jean Jennifer Jeremy Jessica Joan Joanna John Jonathan Joseph Joyce Judith Julia
Julian Karen Kate Keith Kenneth Kevin Kirsty Laura Lawrence Leonard Lesley Linda Lorraine Louise Lucy Malcolm
Margaret Mark Martin Mary Matthew Maureen Michael Michelle Mohammed Moira Nadia Naomi Neil Nicholas Nicola Nigel
Norman Oliver Olivia Owen Pamela Patricia Patrick Paul Pauline Peter Philip Priya Rachel Rajesh Raymond Rebecca
Richard Robert Roger Ronald Rosemary Ruth Ryan Sally Samantha Samuel Sandra Sarah Sean Sharon Shirley Simon Sonia
Sophie Stephen Stuart Susan Suzanne Tariq Teresa Thomas Timothy Tony Tracey Trevor Valerie Vanessa Victoria Vincent
Wendy William Yvonne Zoe
""".split()

SURNAMES = """
Abbott Adams Ahmed Ainsworth Allen Anderson Archer Armstrong Ashworth Atkinson Bailey Baker Ball Banks Barker
Barnes Barrett Bartlett Bates Baxter Bell Bennett Berry Bishop Black Blackburn Bolton Booth Bowen Boyle Bradley
Brady Brennan Briggs Brooks Brown Bryant Buckley Burgess Burke Burns Burton Butler Byrne Campbell Carr Carter
Chambers Chapman Clarke Cole Coleman Collins Cook Cooper Cox Crawford Cross Cunningham Curtis Dale Davidson Davies
Dawson Day Dean Dixon Dobson Doherty Doyle Duncan Dunn Edwards Elliott Ellis Evans Farmer Faulkner Fenwick Ferguson
Field Fisher Fleming Fletcher Flynn Ford Foster Fowler Fox Francis Fraser Freeman Fuller Gallagher Gardner
Gibbons Gibson Gilbert Gill Goddard Gordon Graham Grant Gray Green Gregory Griffin Griffiths Hall Hamilton Hancock
Hanrahan Harding Hardy Harper Harris Harrison Hart Harvey Hawkins Hayes Henderson Hill Hodgson Holland Holmes
Hopkins Houghton Howard Howe Hudson Hughes Hunt Hunter Hussain Hutchinson Jackson James Jenkins Johnson Johnston
Jones Jordan Kaur Kelly Kemp Kennedy Khan King Knight Lamb Lambert Lane Lawrence Lawson Lee Lewis Lloyd Loader
Lowe Lucas Lynch Macdonald Mann Marsh Marshall Martin Mason Matthews May McCarthy McDonald McKenzie Miles Miller
Mills Mitchell Moore Moran Morgan Morris Morrison Moss Murphy Murray Nash Newman Nicholson Norris O'Brien O'Connor
Oliver Osborne Owen Palmer Parker Parry Patel Payne Pearce Pearson Perkins Perry Phillips Pickering Pollard Poole
Porter Potter Powell Pratt Preston Price Quinn Randall Read Reid Reynolds Rhodes Richards Richardson Riley
Roberts Robinson Rogers Rose Ross Rowe Russell Ryan Sanderson Saunders Scott Sharp Shaw Shepherd Simpson Singh
Slater Smith Spencer Stanley Steele Stevens Stewart Stone Sutton Swift Talbot Taylor Thomas Thompson Thornton Todd
Townsend Tucker Turner Vaughan Wade Walker Wallace Walsh Walters Ward Warren Watkins Watson Watts Webb Wells West
Wheeler White Whitehead Wilkinson Williams Willis Wilson Wood Woods Wright Yates Young
""".split()

# Some people carry a title that is part of how they are named.
TITLES = (("Sir", 0.03), ("Dame", 0.015), ("Dr", 0.03), ("Lord", 0.01), ("Baroness", 0.005))

PLACE_ROOTS = """
Ash Bram Brad Carl Chel Cor Dar Dun Elm Fen Gar Glen Hal Hart Hol Ing Kes Kirk Lang Lind Mar Mel Nor Oak Pen Rad
Rother Sel Stan Stour Tew Thorn Ux Wex Whit Wyn Ald Bar Bel Bos Cal Dor Eas Fal Gil Har Hex Kel Lam Lox Mal Mid
Ned Ot Pol Quen Ros Sax Tad Tor Wal War Wil Yar
""".split()
PLACE_MIDDLES = "bridge ford ley ham ton wick mere borough by dale field combe stow well worth ing".split()
DIRECTIONS = ("North", "South", "East", "West")

COMPANY_HEADS = """
Bright Castle Meridian Apex Sterling Kestrel Harbour Summit Beacon Crown Falcon Granite Horizon Ironbridge Keystone
Lantern Mercury Northgate Oakridge Pinnacle Quarry Redwood Sentinel Trident Unity Vanguard Westbrook Yardley Atlas
Bastion Citadel Drayton Ember Fortis Galleon Halcyon Invicta Juniper Kingfisher Lodestar Monarch Nimbus Orion
Paragon Regent Sapphire Talon Vector Wessex Zenith
""".split()
COMPANY_TAILS = "Security Services Solutions Support Outsourcing Group Partners Systems Logistics Facilities".split()
UNIONS = (("Unison", "the union"), ("GMB", "GMB union"), ("Unite", "Unite union"), ("PCS", "PCS union"))
PUBLISHERS = ("BBC", "The Guardian", "Police Oracle", "The Times", "Local Gazette", "Evening Post", "Chronicle")

SERVICES = (
    "999 control rooms",
    "call handling",
    "custody suites",
    "back-office functions",
    "HR and payroll",
    "finance",
    "ICT",
    "procurement",
    "vehicle fleet",
    "forensic services",
    "firearms licensing",
    "front counters",
    "criminal justice support",
    "estates management",
    "training",
    "corporate communications",
    "contact management",
    "prisoner transport",
    "patrol support",
    "intelligence analysis",
)
STATUSES = (
    ("abandoned", "abandoned"),
    ("rejected", "rejected"),
    ("signed", "signed"),
    ("under review", "is reviewing"),
    ("on hold", "paused"),
    ("in negotiation", "is negotiating"),
    ("agreed", "agreed"),
)
WHENS = ("last night", "last year", "on Tuesday", "in March", "earlier this month", "by 2020", "next spring")
SAID = ("said", "told the BBC", "confirmed", "added", "warned", "told a meeting")

# Frequent words first: sampled Zipf-wise by rank, so "the" is common and
# "ombudsman" rare. Pseudo-words extend the tail as the corpus grows.
CORE_WORDS = """
the of and to a in that is we it for be this will not have with on are our as at they was by but from all an
which has would been their there more can about what said its were if or so into who people do us no police
when them also could one than other very now some should any public work only new over these time being just
force forces service services how after local deal year make those years need because best help believe made
way where before officers many good first decision clear still most back against while want sure must support
well going here part take further money future community important however think staff cost costs plan plans
continue working know across make both every contract private sector officer change changes members area chief
review budget savings government across decided value communities safety crime better between cuts million
process public victims provide look right ensure long meet proposals position whether evidence concerns
current experience within already since says confirmed continued policing partnership agreement providers
provider companies company firm option options quality level levels term operational resources response
number recent report study council commissioner constable county unison union jobs job workers employees
against outsourcing privatisation risk risks control rooms calls emergency call handling front line back
office custody transport vehicles fleet finance payroll training estates systems technology contracts
negotiations talks bid bids framework tender procurement pressure pressures savings efficiency efficiencies
alliance collaboration merger regional national home secretary minister parliament scrutiny questions
answers meeting meetings board panel committee consultation strategy announcement statement welcome
welcomed disappointed pleased concerned worried confident determined committed happy unhappy angry
frustrated surprised delighted reassured sceptical opposed supportive cautious careful serious significant
substantial major minor small large huge little big early late full final initial formal informal
independent joint shared single three two four five several few second third last next previous past
present urgent immediate careful detailed thorough open fair honest transparent accountable responsible
effective efficient reliable affordable sustainable flexible modern traditional existing proposed planned
agreed rejected abandoned signed delayed paused cancelled approved considered examined assessed explored
discussed debated challenged criticised defended supported backed opposed questioned warned promised
expected announced revealed published released submitted received delivered achieved reduced increased
improved protected maintained retained transferred handed moved shifted replaced removed closed opened
launched started finished completed ended reviewed tested trialled piloted funded paid spent saved cut
lost gained won earned invested bought sold leased rented hired recruited trained employed dismissed
balance ballot barrier basis battle benefit billion blame boundary breach briefing burden campaign capacity
capital case cause centre chance charge choice claim climate colleague comment commitment condition
conflict consensus contact context contribution conversation cooperation core county court credit crisis
criteria culture damage data deadline debate debt deficit demand department deputy design detail
development difference difficulty direction director discipline discussion dispute division document doubt
draft duty economy effect effort element employer environment equipment error estimate event evidence
example exchange expense expert failure fairness faith fear feature figure focus framework fund funding gap
goal ground growth guarantee guidance handover headquarters health history impact incident income
influence information infrastructure initiative inquiry inspection inspector interest investment issue
judgement justice knowledge labour leader leadership lesson liability licence limit link loss majority
management manager mandate market matter measure method model morale motion network neighbourhood notice
objection objective obligation offer opinion opportunity order outcome oversight pace package partner
penalty pension percentage performance period permission picture pilot policy portfolio possibility
potential practice premises pressure principle priority problem procedure profile programme progress
project promise proposal protection provision purpose question rate reaction reality reason
recommendation record reduction reform region regulation relationship reputation request requirement
reserve resistance resolution resource restriction result return revenue reward role rule safeguard
salary scale scheme scope sector security settlement shift shortfall site situation skill solution source
spending stability stage standard status step strength structure success suggestion summary supply
surplus survey target task taxpayer team tension threat timetable total trust turnover uncertainty unit
urgency vacancy version view vision voice vote warning weakness welfare workforce
""".split()

SYNONYMS = (
    ("abandon", "abandoned", "drop", "dropped", "scrap", "scrapped", "ditch", "end", "ended", "pull out", "cancel"),
    ("reject", "rejected", "turn down", "turned down", "refuse", "refused", "decline", "declined"),
    ("union", "unison", "trade union"),
    ("company", "firm", "contractor", "supplier", "provider", "private sector", "business"),
    ("999", "emergency", "emergency calls", "control room", "control rooms", "call handling", "contact management"),
    ("commissioner", "pcc", "police and crime commissioner", "councillor", "cllr"),
    ("outsource", "outsourcing", "privatise", "privatisation", "hand over", "take over", "contract"),
    ("deal", "contract", "agreement", "plan", "plans", "negotiations", "bid"),
    ("police", "force", "forces", "constabulary", "policing"),
    ("why", "reason", "reasons", "because", "cause"),
    ("merger", "merge", "merged", "amalgamation"),
    ("alliance", "partnership", "collaboration", "cooperation"),
    ("future", "next", "later", "plans", "going forward"),
    ("disappointed", "unhappy", "upset", "regret"),
    ("happy", "welcome", "welcomed", "pleased", "good news", "glad"),
    ("back-office", "back office", "support services", "admin", "administration"),
    ("study", "feasibility study", "report", "review", "assessment"),
    ("spokesman", "spokesperson", "spokeswoman", "representative"),
    ("say", "said", "says", "statement", "quote", "comment", "told"),
)

_SYLLABLES = """
ba be bi bo bra bre cal can cor da del dor el en fen fra gal gar han hel ing jor kel lam len lor mar mel mor nal
nel nor or pa pel pen quin ra ren ros sal sel sen tal tam ten tor ul van vel wen wil yar zel ard ast ine ock
""".split()
_ENDINGS = ("", "", "", "ly", "er", "ment", "ion", "ist", "ary", "ous")


def slug(text: str, limit: int = 48) -> str:
    """A lower-case, hyphenated id fragment: letters and digits only."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")[:limit].strip("-")


@dataclass
class Place:
    name: str
    short: str | None


@dataclass
class Org:
    id: str
    name: str
    kind: str
    short: str  # what a headline or role calls it ("Herts", "Kestrel", "Unison")
    place: str  # the place it serves, or its own name
    record: dict[str, Any]
    defined: bool = False


@dataclass
class Person:
    id: str
    name: str
    surname: str
    role: str
    record: dict[str, Any]


@dataclass
class Manifest:
    quotes: int
    seed: int
    articles: int = 0
    people: int = 0
    organisations: int = 0
    deals: int = 0
    facts: int = 0
    events: int = 0
    places: int = 0
    vocabulary: int = 0
    bytes: int = 0
    generator: str = ""

    def summary(self) -> str:
        return (
            f"{self.quotes} quotes in {self.articles} articles, {self.people} people, "
            f"{self.organisations} organisations, {self.deals} deals, {self.facts} facts, {self.events} events, "
            f"{self.places} places, {self.vocabulary} distinct words, {self.bytes / 1_048_576:.1f} MB"
        )


@dataclass
class _Names:
    """Names and aliases claimed so far, in the loader's normalised form."""

    taken: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)

    def free(self, name: str) -> bool:
        norm = normalise(name)
        return bool(norm) and norm not in self.taken

    def claim(self, name: str) -> bool:
        norm = normalise(name)
        if not norm or norm in self.taken:
            return False
        self.taken.add(norm)
        return True

    def aliases(self, name: str, candidates: Sequence[str], limit: int = 4) -> list[str]:
        """Claim `name` (which must be free) and the free candidates."""
        if not self.claim(name):
            raise ValueError(f"name {name!r} is taken")
        out: list[str] = []
        own = {normalise(name)}
        for alias in candidates:
            if len(out) >= limit:
                break
            norm = normalise(alias)
            if norm in own:
                continue
            if self.claim(alias):
                own.add(norm)
                out.append(alias)
        return out

    def new_id(self, base: str) -> str:
        base = base or "x"
        ident, n = base, 2
        while ident in self.ids:
            ident, n = f"{base}-{n}", n + 1
        self.ids.add(ident)
        return ident


class _Words:
    """A Zipf-distributed vocabulary: real words first, pseudo-words after."""

    def __init__(self, size: int, seed: int) -> None:
        rng = random.Random(f"words-{seed}")
        words = list(dict.fromkeys(CORE_WORDS))
        seen = set(words)
        while len(words) < size:
            parts = [rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 2, 3, 3, 4)))]
            word = "".join(parts) + rng.choice(_ENDINGS)
            if word not in seen and len(word) >= 4:
                seen.add(word)
                words.append(word)
        self.words = words
        # Zipf-Mandelbrot: frequency of rank r is about 1 / (r + 2.7).
        self.cum = list(accumulate(1.0 / (rank + 2.7) for rank in range(len(words))))

    def sample(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum, k=count)

    def rare(self, rng: random.Random) -> str:
        """A word from the rarer half of the core list or the tail."""
        lo = len(CORE_WORDS) // 3
        return self.words[rng.randrange(lo, len(self.words))]

    def sentence(self, rng: random.Random, count: int, extra: Sequence[str] = ()) -> str:
        words = self.sample(rng, count)
        for name in extra:
            words.insert(rng.randrange(len(words) + 1), name)
        return words[0].capitalize() + " " + " ".join(words[1:]) + "." if len(words) > 1 else words[0].capitalize()


def _vocabulary_size(quotes: int) -> int:
    """Heaps' law, V = K * n^0.5 over the corpus's ~35 words per quote."""
    return len(CORE_WORDS) + int(6 * math.sqrt(quotes * 35))


class _Generator:
    def __init__(self, quotes: int, seed: int) -> None:
        self.quotes = quotes
        self.seed = seed
        self.rng = random.Random(seed)
        self.names = _Names()
        self.words = _Words(_vocabulary_size(quotes), seed)
        self.manifest = Manifest(quotes=quotes, seed=seed, vocabulary=len(self.words.words))
        self.has_about = "about" in SCHEMA["facts"]
        self.articles = max(1, round(quotes / QUOTES_PER_ARTICLE))
        covered = max(8, quotes // 400)
        uncovered = max(4, covered // 4)
        self.places = self._places(covered + uncovered)
        self.uncovered = [p.name for p in self.places[covered:]]
        self.forces = [self._force(p) for p in self.places[:covered]]
        self.companies = [self._company() for _ in range(max(4, quotes // 1000))]
        self.unions = [self._union(name, alias) for name, alias in UNIONS]
        self.councils: dict[str, Org] = {}
        self.people: list[Person] = []
        self.manifest.places = len(self.places)

    # -- names -----------------------------------------------------------

    def _places(self, count: int) -> list[Place]:
        """Unique place names; each claims its abbreviation if still free."""
        out: list[Place] = []
        seen: set[str] = set()
        shorts: set[str] = set()
        while len(out) < count:
            root = self.rng.choice(PLACE_ROOTS)
            middle = self.rng.choice(PLACE_MIDDLES)
            name = root + middle + ("shire" if self.rng.random() < 0.5 else "")
            if self.rng.random() < 0.15:
                name = f"{self.rng.choice(DIRECTIONS)} {name}"
            key = normalise(name)
            if key in seen:
                continue
            seen.add(key)
            short = None
            if name.endswith("shire") or self.rng.random() < 0.3:
                bare = name.split()[-1]
                stem = bare[: len(root)]
                direction = name.split()[0][0] + " " if " " in name else ""
                for candidate in (stem + "s", stem + middle[:1] + "s", stem + middle[:2] + "s", stem + middle + "s"):
                    full = direction + candidate
                    if normalise(full) not in shorts and normalise(full) not in seen:
                        short = full
                        shorts.add(normalise(full))
                        break
            out.append(Place(name, short))
        return out

    def _force(self, place: Place) -> Org:
        style = self.rng.random()
        name = f"{place.name} Police" if style < 0.5 else f"{place.name} police force"
        if style > 0.85:
            name = f"{place.name} Constabulary"
        short = place.short or place.name
        candidates = [place.name, f"{place.name} police"]
        if place.short:
            candidates += [place.short, f"{place.short} police"]
        aliases = self.names.aliases(name, candidates, limit=4)
        ident = self.names.new_id(slug(place.name) + "-police")
        record: dict[str, Any] = {
            "id": ident,
            "name": name,
            "kind": "police force",
            "role": f"Police force for {place.name}",
            "aliases": aliases,
        }
        return Org(ident, name, "police force", short, place.name, record)

    def _company(self) -> Org:
        while True:
            head, tail = self.rng.choice(COMPANY_HEADS), self.rng.choice(COMPANY_TAILS)
            name = f"{head} {tail}"
            if self.rng.random() < 0.2:
                name += self.rng.choice((" Ltd", " plc", " UK", " Holdings"))
            if self.names.free(name):
                break
        candidates = [head, f"{head} {tail}"]
        if self.rng.random() < 0.3:
            candidates.insert(0, f"{head[0]}{self.rng.randrange(2, 10)}{tail[0]}")
        aliases = self.names.aliases(name, candidates, limit=2)
        ident = self.names.new_id(slug(name))
        short = aliases[0] if aliases else name
        role = f"{tail} company"
        record: dict[str, Any] = {"id": ident, "name": name, "kind": "company", "role": role, "aliases": aliases}
        return Org(ident, name, "company", short, name, record)

    def _union(self, name: str, alias: str) -> Org:
        aliases = self.names.aliases(name, [f"{name} union", alias.replace("the union", f"{name} members")], limit=2)
        ident = self.names.new_id(slug(name))
        record: dict[str, Any] = {"id": ident, "name": name, "kind": "union", "role": "Trade union", "aliases": aliases}
        return Org(ident, name, "union", name, name, record)

    def _council(self, force: Org) -> Org:
        place = force.place
        existing = self.councils.get(force.id)
        if existing is not None:
            return existing
        name = f"{place} County Council"
        if not self.names.free(name):
            name = f"{place} Council ({force.id})"
        aliases = self.names.aliases(name, [f"{force.short} council", f"{place} council"], limit=2)
        ident = self.names.new_id(slug(place) + "-council")
        record: dict[str, Any] = {
            "id": ident,
            "name": name,
            "kind": "council",
            "role": f"Local authority for {place}",
            "aliases": aliases,
        }
        org = Org(ident, name, "council", force.short, place, record)
        self.councils[force.id] = org
        return org

    def _person_name(self) -> tuple[str, str, str, str]:
        """(full name, first name, surname, title or '') not yet taken."""
        while True:
            first = self.rng.choice(FIRST_NAMES)
            surname = self.rng.choice(SURNAMES)
            if self.rng.random() < 0.04:
                surname = f"{surname}-{self.rng.choice(SURNAMES)}"
            title = ""
            draw = self.rng.random()
            for candidate, share in TITLES:
                if draw < share:
                    title = candidate
                    break
                draw -= share
            middle = self.rng.choice(FIRST_NAMES) if not title and self.rng.random() < 0.18 else ""
            parts = [p for p in (title, first, middle, surname) if p]
            name = " ".join(parts)
            if self.names.free(name):
                return name, first, surname, title

    def _person(self, role: str, organisation: Org | None, role_aliases: Sequence[str]) -> Person:
        name, first, surname, title = self._person_name()
        candidates: list[str] = []
        if title in ("Sir", "Dame", "Lord", "Baroness"):
            candidates.append(f"{title} {first}" if title in ("Sir", "Dame") else f"{title} {surname}")
        if len(name.split()) > 2:
            candidates.append(f"{first} {surname}")
        candidates.append(surname)
        if "councillor" in role.lower() or "commissioner" in role.lower():
            candidates.append(f"Cllr {surname}")
        if title == "Dr":
            candidates.append(f"Dr {surname}")
        candidates += role_aliases
        aliases = self.names.aliases(name, candidates, limit=3)
        ident = self.names.new_id(slug(name))
        record: dict[str, Any] = {"id": ident, "name": name, "kind": "person", "role": role}
        if organisation is not None:
            record["organisation"] = organisation.id
        if aliases:
            record["aliases"] = aliases
        person = Person(ident, name, surname, role, record)
        self.people.append(person)
        return person

    # -- articles --------------------------------------------------------

    def _cast(self, forces: list[Org], company: Org | None, union: Org) -> list[Person]:
        """The people an article quotes: roles tied to its organisations."""
        people: list[Person] = []
        for force in forces:
            place = force.place
            people.append(
                self._person(
                    f"{place} Police and Crime Commissioner",
                    None,
                    [f"{force.short} PCC", f"{place} PCC"],
                )
            )
            if len(people) >= PEOPLE_PER_ARTICLE:
                break
            people.append(self._person(f"Chief Constable of {force.name}", force, [f"{force.short} chief constable"]))
        if company is not None:
            people.append(self._person(f"{company.name} spokesman", company, [f"{company.short} spokesman"]))
            people.append(self._person(f"Managing director of {company.name}", company, []))
        people.append(self._person(f"{union.name} branch secretary", union, []))
        while len(people) < PEOPLE_PER_ARTICLE:
            force = self.rng.choice(forces)
            kind = self.rng.random()
            if kind < 0.35:
                council = self._council(force)
                person = self._person(f"Councillor on {council.name}", council, [])
            elif kind < 0.6:
                person = self._person(f"Federation representative for {force.name}", force, [])
            elif kind < 0.8:
                person = self._person(f"Assistant Chief Constable of {force.name}", force, [])
            else:
                person = self._person(f"MP for {force.place}", None, [])
            people.append(person)
        return people[:PEOPLE_PER_ARTICLE]

    def _deal(self, forces: list[Org], company: Org | None, service: str, status: str) -> dict[str, Any]:
        places = [f.place for f in forces]
        joined = places[0] if len(places) == 1 else ", ".join(places[:-1]) + " and " + places[-1]
        base = f"{joined} {service} deal"
        name = base
        year = 2010 + self.rng.randrange(8)
        while not self.names.free(name):
            name = f"{base} ({year})"
            year += 1
        shorts = [f.short for f in forces]
        candidates = [f"{s} deal" for s in shorts]
        candidates += [f"{s} {service}" for s in shorts]
        if len(shorts) > 1:
            candidates.append(" ".join(shorts))
        if company is not None:
            candidates.append(f"{company.short} {service} contract")
        aliases = self.names.aliases(name, candidates, limit=5)
        ident = self.names.new_id(slug(name, 60))
        verb = dict(STATUSES)[status]
        party = company.name if company is not None else "a private company"
        summary = (
            f"{joined} police looked at handing {service} to {party}; the forces {verb} the plan. "
            + self.words.sentence(self.rng, self.rng.randrange(8, 20))
        )
        record: dict[str, Any] = {
            "id": ident,
            "name": name,
            "aliases": aliases,
            "status": status,
            "forces": [f.id for f in forces],
            "services": [service, *self.rng.sample(SERVICES, self.rng.randrange(0, 3))],
            "summary": summary,
        }
        if company is not None:
            record["companies"] = [company.id]
        if not aliases:
            del record["aliases"]
        record["services"] = list(dict.fromkeys(record["services"]))
        return record

    def _article(self, index: int, quotes: int) -> tuple[str, dict[str, Any]]:
        rng = self.rng
        forces = rng.sample(self.forces, min(len(self.forces), rng.choice((1, 1, 2, 2, 3))))
        company = rng.choice(self.companies) if rng.random() < 0.9 else None
        union = rng.choice(self.unions)
        service = rng.choice(SERVICES)
        status = rng.choice(STATUSES)[0]
        earlier = list(self.people)  # recurring speakers come from earlier articles
        cast = self._cast(forces, company, union)
        deal = self._deal(forces, company, service, status)
        entities: list[dict[str, Any]] = []
        for org in (*forces, *([company] if company else []), union, *self.councils.values()):
            if not org.defined:
                org.defined = True
                entities.append(org.record)
        entities += [p.record for p in cast]
        source_id = f"article-{index:05d}"
        places = [f.place for f in forces]
        title = f"{' and '.join(places)} police {dict(STATUSES)[status]} {service} deal"
        source: dict[str, Any] = {
            "id": source_id,
            "title": title[:1].upper() + title[1:],
            "publisher": rng.choice(PUBLISHERS),
            "date": f"{2010 + rng.randrange(8)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
            "url": f"https://news.example.org/{2010 + index % 8}/{source_id}",
            "note": f"Synthetic article {index} (benchmarks/generate.py, seed {self.seed}): not real.",
        }
        prefix = f"a{index:05d}"
        facts = self._facts(prefix=prefix, deal=deal, forces=forces, company=company, union=union, cast=cast)
        events = self._events(prefix, deal, forces, company)
        quote_records = self._quotes(
            prefix=prefix,
            deal=deal,
            cast=cast,
            earlier=earlier,
            forces=forces,
            company=company,
            union=union,
            count=quotes,
        )
        data: dict[str, Any] = {
            "source": source,
            "entities": entities,
            "deals": [deal],
            "facts": facts,
            "quotes": quote_records,
            "events": events,
        }
        self.manifest.people += len(cast)
        self.manifest.organisations += len(entities) - len(cast)
        self.manifest.deals += 1
        self.manifest.facts += len(facts)
        self.manifest.events += len(events)
        return f"{index:05d}-{slug(deal['name'], 40)}.yaml", data

    def _facts(
        self,
        *,
        prefix: str,
        deal: dict[str, Any],
        forces: list[Org],
        company: Org | None,
        union: Org,
        cast: list[Person],
    ) -> list[dict[str, Any]]:
        rng, words = self.rng, self.words
        party = company.name if company else "the private sector"
        lead = forces[0].name
        topics = ("status", "services", "reason", "reason", "background", "background", "next", "reaction")
        texts = {
            "status": f"{lead} {dict(STATUSES)[deal['status']]} the {deal['services'][0]} deal with {party}.",
            "services": f"The deal covered {', '.join(deal['services'])}.",
            "reason": f"{cast[0].name} said the decision rested on {words.rare(rng)} and {words.rare(rng)}.",
            "background": f"{party} was asked to study the {deal['services'][0]} of {lead}.",
            "next": f"The forces will look again at {words.rare(rng)} {words.rare(rng)} next year.",
            "reaction": f"{union.name} said the news was {rng.choice(('welcome', 'disappointing', 'a relief'))}.",
        }
        out: list[dict[str, Any]] = []
        for n, topic in enumerate(topics[:FACTS_PER_ARTICLE]):
            text = texts[topic] + " " + words.sentence(rng, rng.randrange(8, 22))
            fact: dict[str, Any] = {"id": f"{prefix}-f{n + 1}", "deal": deal["id"], "topic": topic, "text": text}
            if self.has_about and topic == "reaction":
                fact["about"] = [union.id]
            keywords = list(dict.fromkeys(w for w in words.sample(rng, 12) if len(w) > 4))[:4]
            if keywords:
                fact["keywords"] = keywords
            out.append(fact)
        return out

    def _events(
        self, prefix: str, deal: dict[str, Any], forces: list[Org], company: Org | None
    ) -> list[dict[str, Any]]:
        rng = self.rng
        out: list[dict[str, Any]] = []
        for n in range(EVENTS_PER_ARTICLE):
            text = f"{rng.choice(forces).name} {rng.choice(('met', 'wrote to', 'briefed', 'heard from'))} "
            text += f"{company.name if company else 'officials'}. " + self.words.sentence(rng, rng.randrange(6, 16))
            event: dict[str, Any] = {"id": f"{prefix}-e{n + 1}", "deal": deal["id"], "text": text}
            if rng.random() < 0.7:
                event["when"] = rng.choice(WHENS)
            out.append(event)
        return out

    def _quotes(
        self,
        *,
        prefix: str,
        deal: dict[str, Any],
        cast: list[Person],
        earlier: list[Person],
        forces: list[Org],
        company: Org | None,
        union: Org,
        count: int,
    ) -> list[dict[str, Any]]:
        rng, words = self.rng, self.words
        # Early cast members (commissioners, chief constables) speak most.
        weights = list(accumulate(1.0 / (i + 1.5) for i in range(len(cast))))
        orgs = [o for o in (company, union) if o is not None]
        mentions = [f.short for f in forces] + ([company.short] if company else [])
        out: list[dict[str, Any]] = []
        for n in range(count):
            draw = rng.random()
            if draw < 0.05 and orgs:
                speaker = rng.choice(orgs).id
            elif draw < 0.15 and earlier:
                speaker = earlier[rng.randrange(len(earlier))].id
            else:
                speaker = cast[bisect.bisect(weights, rng.random() * weights[-1])].id
            length = rng.randrange(10, 61)
            extra = [rng.choice(mentions)] if mentions and rng.random() < 0.3 else []
            text = _sentences(words, rng, length - len(extra), extra)
            quote: dict[str, Any] = {"id": f"{prefix}-q{n + 1:03d}", "speaker": speaker}
            if rng.random() < 0.15:
                quote["kind"] = "reported"
                quote["said"] = rng.choice(SAID)
                text = text[:1].lower() + text[1:]
            else:
                quote["kind"] = "direct"
            if rng.random() < 0.9:
                quote["deal"] = deal["id"]
            if rng.random() < 0.1:
                quote["said_when"] = rng.choice(WHENS)
            quote["text"] = text
            out.append(quote)
        return out

    def vocabulary(self) -> dict[str, Any]:
        return {"synonyms": [list(group) for group in SYNONYMS], "places": self.uncovered}

    def run(self) -> list[tuple[str, dict[str, Any]]]:
        base, extra = divmod(self.quotes, self.articles)
        files = [self._article(i, base + (1 if i < extra else 0)) for i in range(self.articles)]
        self.manifest.articles = len(files)
        return files


def _sentences(words: _Words, rng: random.Random, count: int, extra: Sequence[str]) -> str:
    """`count` words (plus `extra` names) as sentences of 5 to 18 words."""
    parts: list[str] = []
    left = count
    pending = list(extra)
    while left > 0:
        size = min(left, rng.randrange(5, 19))
        if left - size < 3:
            size = left
        names = [pending.pop()] if pending and rng.random() < 0.5 else []
        parts.append(words.sentence(rng, size, names))
        left -= size
    if pending:
        parts.append(words.sentence(rng, 1, pending).rstrip("."))
    return " ".join(parts)


def _source_digest() -> str:
    """Changes when this file does, so cached output is never stale."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


def generate(quotes: int, out: Path, seed: int = 0) -> Manifest:
    """Write a synthetic fact base of about `quotes` quotes into `out`.

    `out` is created (or emptied of .yaml files first). Returns what was written.
    """
    if quotes < 1:
        raise ValueError("quotes must be at least 1")
    gen = _Generator(quotes, seed)
    files = gen.run()
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.yaml"):
        old.unlink()
    total = 0
    header = f"# Synthetic fact file from benchmarks/generate.py (quotes={quotes}, seed={seed}). Not real news.\n"
    for name, data in [*files, ("vocabulary.yaml", gen.vocabulary())]:
        body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
        text = header + body
        (out / name).write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    manifest = gen.manifest
    manifest.bytes = total
    manifest.generator = _source_digest()
    (out / MANIFEST).write_text(json.dumps(manifest.__dict__, indent=1) + "\n", encoding="utf-8")
    return manifest


def cached(quotes: int, seed: int = 0, cache_dir: Path | None = None) -> tuple[Path, Manifest, bool]:
    """A generated fact base, reused when (quotes, seed, generator) match.

    Returns (folder, manifest, whether it came from the cache).
    """
    root = cache_dir if cache_dir is not None else Path(tempfile.gettempdir()) / "factbot-benchmarks"
    folder = root / f"q{quotes}-s{seed}-{_source_digest()}"
    marker = folder / MANIFEST
    if marker.is_file():
        data = json.loads(marker.read_text(encoding="utf-8"))
        return folder, Manifest(**data), True
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=root))
    try:
        manifest = generate(quotes, staging, seed)
        if folder.exists():  # another run won the race
            shutil.rmtree(staging)
        else:
            staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return folder, manifest, False


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic Factbot fact base.")
    parser.add_argument("--quotes", type=int, default=10_000, help="number of quotes (default 10000)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write the .yaml files into")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    manifest = generate(args.quotes, args.out, args.seed)
    print(f"{args.out}: {manifest.summary()}")
    return 0


if __name__ == "__main__":
    run(main)
