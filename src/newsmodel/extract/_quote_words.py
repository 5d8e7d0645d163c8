"""Word lists for quote attribution: speech verbs, pronouns, titles, sentence-initial words.

General vocabulary only (no people, sites or stories). Kept apart from the logic so that the
lists can grow without touching the rules.
"""

# Word lists are written as text and split: easier to read and extend than list literals.
# ruff: noqa: SIM905

import re
from typing import Any, NamedTuple

__all__ = [
    "ENGLISH_VERBS",
    "FUNCTION_WORDS",
    "HONORIFICS",
    "ORGANIZATION_WORDS",
    "PARTICIPLES",
    "PERSON_NOUNS",
    "PRONOUNS",
    "SUBJECT_PRONOUNS",
    "TITLE_WORDS",
    "UPPER",
    "VERBS",
    "VERB_PATTERN",
    "Verb",
    "find_verbs",
    "is_person_noun",
    "word_alternation",
]

# Speech and writing verbs, English, as they appear after or before a quote.
_EN_VERBS = """
said says say told tells asked asks added adds replied replies continued continues insisted
insists conceded concedes wrote writes tweeted tweets explained explains noted notes stated states
declared declares announced announces argued argues claimed claims recalled recalls warned warns
acknowledged acknowledges admitted admits agreed agrees answered answers observed observes
remarked remarks responded responds shouted shouts exclaimed exclaims whispered whispers yelled
yells cried cries quipped quips joked jokes mused muses concluded concludes emphasized emphasizes
emphasised emphasises stressed stresses predicted predicts promised promises suggested suggests
complained complains lamented laments boasted boasts countered counters testified testifies urged
urges vowed vows posted posts read reads commented comments reported reports mentioned mentions
added recounted recounts pleaded pleads charged charges retorted retorts snapped snaps sighed
confirmed confirms denied denies maintained maintains contended contends cautioned cautions
asserted asserts affirmed affirms reiterated reiterates echoed echoes interjected interrupted
chimed offered offers scoffed scoffs marveled marvelled marvels wondered wonders
explained thundered declared proclaimed proclaims demanded demands objected objects
reply respond answer insist ask add tell write explain barked barks questioned snarled
gloated gloats fumed fumes raged rages assured assures reassured reassures grumbled grumbles
muttered mutters griped gripes
""".split()
# Participles introducing a quote that belongs to the sentence's subject: "..., adding, "...""
_EN_PARTICIPLES = """
saying adding telling asking writing tweeting noting explaining arguing insisting declaring
asserting suggesting stressing
stating warning claiming continuing replying responding answering concluding quipping joking
posting recalling stressing urging calling
""".split()
_RU_VERBS = """
сказал сказала сказали заявил заявила заявили отметил отметила отметили подчеркнул подчеркнула
написал написала написали сообщил сообщила сообщили добавил добавила добавили пояснил пояснила
ответил ответила ответили говорит говорил говорила считает уточнил уточнила признал признала
рассказал рассказала заметил заметила спросил спросила
""".split()
_DE_VERBS = """
sagte sagten sagt erklärte erklärt betonte betont meinte meint schrieb schreibt fügte fragte
antwortete ergänzte kritisierte warnte teilte sprach berichtete
versicherte versichert bestätigte bestätigt forderte fordert unterstrich unterstreicht
erläuterte erläutert mahnte mahnt bekräftigte bekräftigt erzählte erzählt räumte kündigte
""".split()
_FR_VERBS = """
dit déclaré déclare ajouté ajoute affirmé affirme expliqué explique souligné souligne indiqué
indique estimé estime enchaîné précisé précise assuré assure lancé lance répondu répond
rappelé rappelle insisté insiste reconnu reconnaît averti avertit confié confie martelé
martèle jugé poursuivi poursuit commenté commente réagi réagit raconté raconte regretté regrette
""".split()
_ES_VERBS = """
dijo dice afirmó afirma declaró declara añadió añade explicó explica señaló señala aseguró asegura
indicó indica agregó agrega manifestó manifiesta sostuvo sostiene
apuntó apunta subrayó subraya destacó destaca advirtió advierte reconoció reconoce insistió
insiste comentó comenta precisó criticó respondió responde contestó contesta recalcó recalca
admitió admite relató relata detalló detalla aclaró aclara expresó concluyó preguntó pregunta
dicho afirmado declarado añadido explicado señalado asegurado indicado agregado manifestado
sostenido apuntado subrayado destacado advertido reconocido insistido comentado precisado
criticado respondido recalcado admitido aclarado detallado
lamentó lamenta denunció denuncia reclamó reclama recordó recuerda opinó opina valoró valora
""".split()

_IT_VERBS = """
detto dichiarato spiegato aggiunto affermato sottolineato precisato commentato osservato ribadito
dice afferma spiega aggiunge sottolinea dichiara precisa commenta osserva ribadisce
ricordato ricorda evidenziato evidenzia annunciato annuncia assicurato assicura rimarcato
risposto risponde ammesso ammette raccontato racconta concluso conclude disse
""".split()
_PT_VERBS = """
disse afirmou declarou explicou acrescentou destacou ressaltou comentou observou sublinhou diz
afirma declara explica acrescenta destaca ressalta
garantiu frisou salientou admitiu respondeu alertou avaliou contou relatou pontuou reforçou
criticou questionou defendeu perguntou
""".split()
_NL_VERBS = """
zei zegt zeiden zeggen verklaarde verklaart stelde stelt schreef schrijft vroeg vraagt
antwoordde antwoordt benadrukte benadrukt waarschuwde waarschuwt reageerde reageert vertelde
vertelt meldde meldt
""".split()
_PL_VERBS = """
powiedział powiedziała powiedzieli mówi mówił mówiła mówią dodał dodała dodaje podkreślił
podkreśliła podkreśla stwierdził stwierdziła stwierdza zaznaczył zaznaczyła zaznacza wyjaśnił
wyjaśniła wyjaśnia tłumaczył tłumaczyła tłumaczy przekonywał przekonywała przekonuje ocenił
oceniła ocenia zapowiedział zapowiedziała zapewnił zapewniła zapewnia przyznał przyznała
przyznaje odpowiedział odpowiedziała zapytał zapytała napisał napisała pisze
""".split()
# Swedish, Norwegian, Danish, Finnish.
_NORDIC_VERBS = """
säger sa sade berättar berättade förklarar förklarade skriver skrev tillade tillägger sier
forteller fortalte skriver skrev forklarer forklarte siger sagde fortæller fortalte tilføjer
tilføjede forklarede sanoo sanoi kertoo kertoi
""".split()

_ALL_VERBS = sorted(
    set(
        _EN_VERBS
        + _EN_PARTICIPLES
        + _RU_VERBS
        + _DE_VERBS
        + _FR_VERBS
        + _ES_VERBS
        + _IT_VERBS
        + _PT_VERBS
        + _NL_VERBS
        + _PL_VERBS
        + _NORDIC_VERBS
    ),
    key=len,
    reverse=True,
)
ENGLISH_VERBS = frozenset(_EN_VERBS + _EN_PARTICIPLES)
"""The English speech verbs: English puts the speaker before the verb but for a few of them."""
PARTICIPLES = frozenset(_EN_PARTICIPLES)
"""Participles ("adding", "saying") whose speaker is the subject of the sentence."""


def word_alternation(words: list[str]) -> str:
    """A regex matching any of ``words``, built as a trie so that Python's engine is fast.

    >>> word_alternation(["said", "says", "say"])
    'sa(?:id|y(?:s)?)'
    """
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return build(root)


VERB_PATTERN = "(?:" + word_alternation(_ALL_VERBS) + ")"
"""A regex matching every speech verb (no groups, no word boundaries)."""

VERBS = frozenset(verb for verb in _ALL_VERBS if " " not in verb)
"""Every one-word speech verb."""

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_TWO_WORDS = {
    "according": " to",
    "According": " to",
    "put": " it",
    "puts": " it",
    "shot": " back",
    "shoots": " back",
    "fired": " back",
    "fires": " back",
    "pointed": " out",
    "points": " out",
    "по": " словам",
    "По": " словам",
}
# "according to" in other languages: selon X, según X, laut X, secondo X, segundo X.
_ACCORDING = frozenset("selon Selon según Según laut Laut secondo Secondo segundo Segundo".split())
# Words after which a verb-like word ending in -s is a noun: "the states", "news reports".
_NOUN_BEFORE = frozenset(
    """the a an these those his her their our its my your many some all several two three
    other such news press court police""".split()
)


class Verb(NamedTuple):
    """A speech verb found in a text.

    Attributes:
        start: Offset of its first character.
        end: Offset just past it.
        word: The verb as written ("said", "according to").
    """

    start: int
    end: int
    word: str


def find_verbs(
    text: str, start: int = 0, end: int | None = None, *, first: bool = False
) -> list[Verb]:
    """The speech verbs in ``text[start:end]``, leaving out nouns spelled like verbs ("the states").

    Words are found by one regex and looked up in a set, which is much faster in Python than a
    regex alternation of every verb.

    Args:
        text: The text to read.
        start: Where to start.
        end: Where to stop (the text's end by default).
        first: Stop at the first verb.

    >>> [verb.word for verb in find_verbs("The states said, according to him, that he notes")]
    ['said', 'according to', 'notes']
    """
    found: list[Verb] = []
    previous = ""
    for match in _WORD.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        if word in VERBS:
            if not (word[-1] == "s" and previous.lower() in _NOUN_BEFORE):
                found.append(Verb(match.start(), match.end(), word))
        elif word in _TWO_WORDS and text.startswith(_TWO_WORDS[word], match.end()):
            end_at = match.end() + len(_TWO_WORDS[word])
            two = word.lower() + _TWO_WORDS[word]
            found.append(
                Verb(match.start(), end_at, "according to" if word in ("по", "По") else two)
            )
        elif word in _ACCORDING:
            found.append(Verb(match.start(), match.end(), "according to"))
        else:
            previous = word
            continue
        if first and found:
            break
        previous = word
    return found


SUBJECT_PRONOUNS = frozenset(
    """he she they он она они il elle ils elles er sie él ella ellos ele ela hij zij ze han hon
    hun hän""".split()
)
"""Personal pronouns that are only ever a clause's subject (lower case): after a verb, the one
who speaks ("Später sagte er:"), never its object ("told her:")."""

PRONOUNS = SUBJECT_PRONOUNS | frozenset("it we i him her them his hers lui lei".split())
"""Personal pronouns that can stand for a speaker (lower case), in English, Russian, French,
German, Spanish, Italian, Portuguese, Dutch and the Nordic languages."""

TITLE_WORDS = frozenset(
    """
    minister president secretary senator sen sen. rep rep. representative gov gov. governor mayor
    director chairman chairwoman chair chief spokesman spokeswoman spokesperson ambassador envoy
    general gen gen. lt lt. col col. colonel admiral adm adm. commander captain capt capt. sergeant
    sgt sgt. judge justice attorney prosecutor sheriff officer chancellor premier king queen prince
    princess pope bishop cardinal rabbi imam rev rev. reverend leader speaker candidate nominee
    professor prof prof. dr dr. doctor mr mr. mrs mrs. ms ms. miss mme mme. m. herr frau sir lord
    lady dame ceo cfo coo executive manager head chairperson deputy vice councilman councilwoman
    councillor councilor commissioner inspector superintendent coach analyst economist strategist
    pollster economist adviser advisor counsel president-elect delegate lawmaker congressman
    congresswoman assemblyman assemblywoman del. amb. supt. cmdr. atty. msgr. sens. reps.
    govs. maj. brig. cpl. pres. hon.
    councilmember supervisor alderman alderwoman selectman selectwoman trustee treasurer
    comptroller controller auditor clerk principal provost owner founder co-founder
    ministre président présidente porte-parole secrétaire député maire ministro presidente
    portavoz secretario diputado alcalde minister ministerin kanzler kanzlerin präsident
    präsidentin sprecher sprecherin bürgermeister министр президент премьер председатель
    представитель глава губернатор мэр посол
    ministra presidenta secretaria diputada gobernador gobernadora jefe jefa
    sindaco sindaca portavoce segretario segretaria governatore deputato deputata prefetto
    prefeito prefeita autarca governador governadora porta-voz deputado deputada secretário
    secretária
    burgemeester woordvoerder voorzitter statsminister borgmästare ordförande talesperson
    borgermester ordfører talsperson formand borgmester
    språkrör presschef pressekreterare pressesjef pressechef vd
    assessore assessora consigliere consigliera senatore senatrice direttore direttrice
    procuratore procuratrice questore sottosegretario sottosegretaria
    directeur directrice procureur sénateur sénatrice préfet préfète adjoint adjointe conseiller
    conseillère directora director fiscal senador senadora concejal concejala consejero consejera
    vereador vereadora senadora diretor diretora ministro-chefe
    coordinator coordenador coordenadora coordinador coordinadora coordinatore coordinatrice
    coordinateur koordinator koordinatorin gerente dirigente comandante delegado delegada
    """.split()
)
"""Words that make a capitalised run before a name a title ("Foreign Minister", "Sen."), in
English and in the other languages read."""

PERSON_NOUNS = TITLE_WORDS | frozenset(
    """
    counterpart colleague aide lawyer wife husband son daughter father mother brother sister
    friend author actor actress singer player founder owner resident student teacher writer
    journalist reporter researcher scientist activist expert official worker voter supporter
    critic rival partner neighbor neighbour host anchor commentator columnist widow widower
    veteran survivor victim constituent member donor organizer organiser campaigner volunteer
    employee witness editor correspondent
    redakteur redakteurin korrespondent korrespondentin journalistin reporterin journaliste
    correspondant correspondante rédacteur rédactrice periodista corresponsal redactor
    redactora giornalista redattore redattrice corrispondente jornalista repórter redator
    """.split()
)
"""Lower-case nouns that, right before a name, show it is a person's ("counterpart Jan Novak")."""

_COMPOUND_HEADS = (
    "minister", "ministerin", "präsident", "präsidentin", "president", "sprecher", "sprecherin",
    "sekreterare", "ordförande", "talsperson", "talesperson", "borgmästare", "chef", "chefin",
    "leder", "ledare", "sjef", "direktør", "direktör", "talsmann", "talsmand",
)  # fmt: skip
"""Title words that end compounds in German and the Nordic languages ("finansminister",
"Regierungssprecher", "presschef", "forbundsleder", "kommunikasjonssjef")."""


def is_person_noun(word: str) -> bool:
    """Whether a word (any case) is a person noun (:data:`PERSON_NOUNS`), or a compound ending
    in a title word ("finansminister", "utrikesminister", "Regierungssprecher").

    >>> is_person_noun("finansminister"), is_person_noun("Minister"), is_person_noun("chef")
    (True, True, False)
    """
    lowered = word.lower()
    if lowered in PERSON_NOUNS:
        return True
    if not lowered.endswith(_COMPOUND_HEADS):  # most words: one test in C
        return False
    return any(lowered.endswith(head) and len(lowered) >= len(head) + 3 for head in _COMPOUND_HEADS)


ORGANIZATION_WORDS = frozenset(
    """
    inc inc. corp corp. co co. ltd ltd. plc llc ag sa nv group bank council commission ministry
    department party agency association union university college committee board court
    government times post news journal institute foundation company corporation service club
    team league organization organisation federation office house senate congress parliament
    police army navy fund exchange reserve authority motors airlines airways industries holdings
    systems technologies communications resources partners securities capital energy oil steel
    electric brothers bros insurance trust media network press
    polizei regierung ministerium staatsanwaltschaft gericht verband partei gouvernement
    ministère gobierno ministerio policía fiscalía polizia governo ministero procura
    """.split()
)
"""Last words of names that belong to organisations, not people ("Federal Reserve Board")."""

HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. prof prof. m. mme mme. herr frau sir".split()
)
"""Honorifics dropped when comparing names ("Mr. McKinley" is "McKinley")."""

FUNCTION_WORDS = frozenset(
    """
    the a an and or but so yet however in on at after before when while if as this that these
    those it its he she they we i you his her their our my your there here then thus also still
    meanwhile moreover for from with without by of to into about under over during since until
    although though because instead not no yes now today yesterday tomorrow asked speaking
    writing according last next earlier later one some many most all each every both another
    other such what who whom which where why how monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december
    mon tue tues wed thu thurs fri sat sun feb mar apr jun jul aug sep sept oct nov dec
    der die das dem den ein eine einer einem eines dass wie als und oder aber auch nach mit
    auf aus bei im am beim vom zum zur ihr ihre sein seine unser unsere unter über vor gegen
    durch ohne um für seit zwischen während wegen trotz
    los las una uno une gli ett det och
    obwohl nachdem wenn weil denn doch nur dann noch schon jetzt heute hier dort damit bevor
    seitdem sobald solange falls ob wer was wo wann warum wieso weshalb trotzdem deshalb daher
    dabei danach zudem außerdem jedoch allerdings zwar sogar laut gemäß
    pour mais donc car selon avec sans dans sur sous chez quand lorsque puisque comme alors
    ainsi aussi encore déjà aujourd'hui ici après avant depuis pendant contre parmi
    pero porque según cuando con sin sobre entre hacia desde hasta para aunque mientras como
    también hoy ayer aquí allí después antes
    perché secondo senza tra fra dopo prima mentre anche già oggi ieri qui
    embora enquanto também hoje ontem aqui depois
    maar omdat volgens wanneer zonder tussen terwijl ook vandaag gisteren daar toen
    ifølge enligt fordi når hvis også allerede etter før mens uten mellom
    """.split()
)
"""Capitalised words that start sentences but never names (lower case): English, and the
articles, commonest conjunctions, prepositions and adverbs of German, Spanish, French, Italian,
Portuguese, Dutch and the Nordic languages
(not "le", "la", "el", "de", "van", "von", "da": they begin surnames; nor "Jan", a first name
in many languages, which as a month is written "Jan." or before a day)."""


def _upper_class() -> str:
    """A regex character class body holding the upper-case letters of the common scripts."""
    ranges: list[tuple[int, int]] = []
    for code in list(range(0x41, 0x530)) + list(range(0x1E00, 0x2000)):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


UPPER = _upper_class()
"""The body of a character class of upper-case letters (Latin, Greek, Cyrillic)."""
