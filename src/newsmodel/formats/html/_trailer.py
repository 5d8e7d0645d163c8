"""The site's own lines at the end of an article's body, which no class or id marks.

Read on the body's last blocks only, after the structure is read:

- invitations and notices, dropped from the end while the last paragraph is one: a tip-off
  invitation ("Got a story? Get in touch with our news team ..."), an invitation to follow the
  site on a social network, to join its Telegram or WhatsApp channel, to download its app, to
  sign up for its newsletter, to read more of its stories, to give feedback or to donate, a
  form's notice ("This site is protected by reCAPTCHA ...", "You can unsubscribe at any time")
  a blog's post meta line ("Both comments and pings are currently closed") and a print
  version's line giving the article's address ("Sie finden diesen Artikel im Internet auf der
  Website: https://..."), in several languages;
- a paywall notice ("This article is for subscribers only", "To view the full story, please
  subscribe", "Réservé aux abonnés", "Exclusivo para suscriptores") among the last blocks, with
  the lines after it (the offer, its benefits, the labels of the boxes below: short, or about
  subscribing): what the page shows in place of the rest of the story;
- a comment box: a section headed as one ("Leave a Reply", "Kommentare (3)"), with the
  sections after it, or its first line ("Write a comment", "コメントを書く") with the short lines
  and avatars after it;
- a press release's contact box: a label ("Kontakt:", "Media contacts", "Contact presse") as
  one of the last paragraphs or the last section's heading, with only a few short lines after
  it; a last section headed as the site's newsletter box ("Newsletter"), likewise;
- an agency's sign-off ("(dpa)", "Avec AFP") or a correction ("Correction: ..."), which
  :func:`trailer_notes` makes a note; so it does with an author's box, known by the byline's
  name whatever its class names: a credit line, a few lines about the author with their
  headshot, or a last section headed with the author's name; with a magazine's credits, each
  role on a line over its name ("FOTOGRAF" / "ERIC ROY", whose writer and photographer
  :func:`credited_people` makes the bylines of a page that names no author); and with a last
  section headed by a picture's credit label ("Beitragsbild:").

A trailing line is only taken when it is short (:data:`_TRAILER_LINE`): a paragraph of the story
that mentions a newsletter or a social network is longer than a site's stock line.
"""

import re
from collections.abc import Sequence

import attrs

from newsmodel.extract._quote_words import is_person_noun
from newsmodel.extract.bylines import parse_credit_trailer
from newsmodel.extract.credits import SHOOT_ROLES
from newsmodel.extract.normalize import squash
from newsmodel.extract.notes import parse_note
from newsmodel.formats.html._author_labels import (
    ABOUT,
    AUTHOR_BOX_LABELS,
    THE_AUTHOR,
    heads_author_box,
)
from newsmodel.formats.html._captions import is_credit_label
from newsmodel.formats.html._names import word_led
from newsmodel.formats.html._prune import SENTENCE_ENDS
from newsmodel.formats.html._structure import TAG_LABEL, TEASER_LABEL
from newsmodel.formats.html._thread import without_thread
from newsmodel.model import (
    Block,
    BlockQuote,
    Figure,
    ListBlock,
    Media,
    Note,
    NoteKind,
    Paragraph,
    Person,
    Section,
)

__all__ = [
    "author_boxes",
    "credited_people",
    "is_headshot",
    "job_title",
    "trailer_notes",
    "without_trailer",
]

_TRAILER_LINE = 320
"""A stock line of the site is shorter than this (in characters)."""
_AFTER_PAYWALL = 12
"""A paywall notice is looked for among this many last blocks."""
_AFTER_COMMENTS = 30
"""A comment box's first line is looked for among this many last blocks."""
_OFFER_LINE = 160
"""The lines after a paywall notice (the offer and its labels) are each shorter than this, or
speak of subscribing (:data:`_OFFER`) and are no longer than a stock line."""
_PAYWALL_WORDS = (
    "会員", "subscri", "member", "log", "abonn", "suscr", "socios", "assin", "abbonat",
)  # fmt: skip
"""Words one of which every :data:`_PAYWALL` notice holds, in lower case."""
_LABEL_WORDS = 6
"""A label line closing the body ("Diese Artikel könnten dich ebenfalls interessieren:") has
at most this many words."""
_CONTACT_LABEL = re.compile(
    r"(?:(?:press(?:e)?|medien|media)[-\s]?)?(?:kontakt|contacts?)(?:\s+(?:für|for)\s+"
    r"(?:rückfragen|the\s+press|media|journalists))?|(?:kontakt\s+)?für\s+rückfragen|"
    r"rückfragen|ansprechpartner(?:in)?|contact\s+presse|contacto(?:\s+de\s+prensa)?|"
    r"contatt[oi](?:\s+stampa)?|contato(?:\s+para\s+imprensa)?|perskontakt|perscontact",
    re.IGNORECASE,
)
"""A press release's contact label ("Kontakt:", "Pressekontakt", "Media contacts",
"Contact presse", "Contacto de prensa"), in the languages read."""
_CONTACT_LINES = 6
_CONTACT_LINE = 200
"""A press release's contact box is its label and at most this many short lines (a name, an
office, a telephone number, an e-mail address)."""
_NEWSLETTER_HEADING = re.compile(
    r"(?:(?:our|unser|notre|nuestro|nuestra|il\s+nostro|la\s+nostra|o\s+nosso|vårt|vores)\s+)?"
    r"(?:newsletter|infolettre|bolet[ií]n|nyhetsbrev)(?:\s+(?:abonnieren|bestellen|anmeldung))?|"
    r"newsletter\s*[:|–—-]\s*[^\s.!?][^.!?]{0,40}|[\w-]{0,20}-newsletter|"  # noqa: RUF001
    r"newsletter-?(?:anmeldung|abo|sign-?up)|(?:sign\s+up\s+(?:for|to)|subscribe\s+to|get)\s+"
    r"(?:our|the)\s+newsletter|(?:abonnez-vous|inscrivez-vous)\s+à\s+(?:notre|la)\s+newsletter|"
    r"suscr[ií]bete\s+a\s+(?:nuestr[oa]|la)\s+(?:newsletter|bolet[ií]n)",
    re.IGNORECASE,
)
"""A section heading naming only the site's newsletter ("Newsletter", "Unser Newsletter",
"Newsletter: Sport inside", "Sport-Newsletter", "Sign up for our newsletter", "Abonnez-vous à
notre newsletter"), in the languages read."""
_RELATED_HEADING = re.compile(
    r"\brelated\b|\bähnliche\b|\bverwandte\b|könnte[n]?\s+(?:dich|sie|euch)\s+(?:auch\s+|ebenfalls\s+)?"
    r"interessieren|\bmehr\s+zum\s+thema\b|\bweitere\s+(?:artikel|beiträge)\b|"
    r"\byou\s+(?:may|might)\s+(?:also\s+)?like\b|\byou\s+(?:may|might)\s+also\s+enjoy\b|\bmore\s+stories\b|"
    r"\brecommended\s+(?:for\s+you|reading)\b|\b(?:on\s+the\s+same|zum\s+gleichen)\s+(?:subject|thema)\b|"
    r"\bk(?:ö|oe)nnte\s+(?:dir|ihnen|euch)\s+(?:auch\s+)?gefallen\b|"
    r"\b(?:voc[êe]\s+(?:também\s+)?pode|talvez\s+voc[êe])\s+(?:gostar|goste)\b|"
    r"\b(?:también\s+)?(?:te|le)\s+puede\s+gustar\b|\bsobre\s+el\s+mismo\s+tema\b|"
    r"\bvous\s+(?:aimerez|pourriez\s+(?:aussi\s+)?aimer)\b|\bsur\s+le\s+même\s+sujet\b|"
    r"\bpotrebbe(?:ro)?\s+(?:anche\s+)?(?:interessarti|piacerti)\b|"
    r"\bti\s+potrebbe(?:ro)?\s+(?:anche\s+)?(?:interessare|piacere)\b|"
    r"\bsullo\s+stesso\s+argomento\b|\bdu\s+(?:vil\s+)?(?:kanskje|kanske|måske)\s+(?:også|också)\b|"
    r"\brelacionad[oa]s\b|\bte\s+puede\s+interesar\b|\barticles\s+similaires\b|"
    r"\b(?:à\s+)?lire\s+aussi\b|\bleggi\s+anche\b|\bleia\s+também\b|"
    r"\blesen\s+sie\s+(?:auch|mehr)\b|\bauch\s+interessant\b|\b(?:read|see)\s+also\b|"
    r"\blea\s+también\b|\bläs\s+också\b|\bles\s+også\b|\blees\s+ook\b|"
    r"\bveja\s+também\b|\bneueste\s+(?:artikel|beiträge|nachrichten)\b|"
    r"\blatest\s+(?:articles|stories|news|posts)\b|\bmeistgelesen|\bmost\s+(?:read|popular)\b|"
    r"\bles\s+plus\s+lus\b|\bmás\s+leíd[oa]s\b|\bpiù\s+lett[ie]\b|\bmais\s+lid[oa]s\b",
    re.IGNORECASE,
)
"""A section heading that names a list of other articles, in the languages read."""
_BOX_LABEL = re.compile(
    r"\b(?:teilen|share|compartir|partager|condividi|compartilhe|compartilhar|del\s+artikkelen|"
    r"dela)\b|\b(?:weiterlesen|read\s+more|continue\s+reading|seguir\s+leyendo|lire\s+la\s+suite|"
    r"continua\s+a\s+leggere|leia\s+mais)\b|\b(?:mehr|weitere|verwandte)\s+(?:aktuelle\s+)?themen\b|"
    r"\bweiterführende\s+links\b|\blinks\s+zum\s+thema\b|\bmore\s+(?:topics|on\s+this)\b",
    re.IGNORECASE,
)
"""A label of a box of share buttons, of a "read more" link or of more topics."""
_OFFER = re.compile(
    r"subscri|membership|unlimited\s+(?:digital\s+)?access|abonn|suscrip|assinatura|abbonament",
    re.IGNORECASE,
)

_PLATFORMS = (
    r"(?:twitter|facebook|instagram|google\s+news|whatsapp|telegram|linkedin|tiktok|youtube|"
    r"threads|bluesky|mastodon|x)"
)
_INVITATION = word_led(  # the alternatives tried at word starts only: several times faster
    re.compile(
        "|".join(
            (
                # Tip-off and contact invitations.
                r"\bgot\s+a\s+(?:story|news\s+tip|tip)\b",
                r"\bdo\s+you\s+have\s+a\s+story\b",
                r"\bget\s+in\s+touch\s+(?:with\s+(?:us|our\s+(?:news\s*)?(?:team|desk|newsroom))|at\s+\S+@)",
                r"\bhaben\s+sie\s+(?:einen\s+hinweis|hinweise|eine\s+geschichte)\b",
                # Feedback and donation appeals.
                r"\bihre\s+meinung\s+ist\s+uns\s+wichtig\b",
                r"\bsend\s+us\s+your\s+feedback\b",
                r"\bsubmit\s+a\s+letter\b|\b(?:send|write)\s+(?:us\s+)?a\s+letter\s+to\s+the\s+editor\b",
                r"\bleserbrief\s+(?:schreiben|senden)\b",
                r"\btell\s+us\s+what\s+you\s+think\b",
                r"\bunterstützen\s+sie\s+uns\b.*\bspende\b",
                # Invitations to become a member or to support the site's journalism.
                r"\bbecome\s+a\s+(?:member|supporter)\s+(?:today|now)\b",
                r"\bsupport\s+(?:our|independent)\s+journalism\b",
                r"\b(?:hazte|hágase|hacete)\s+(?:miembro|socio|socia|suscriptor)\b",
                r"\bapoya\s+(?:nuestro|el)\s+periodismo\b",
                r"\b(?:werden\s+sie|werde)\s+(?:jetzt\s+)?mitglied\b",
                r"\bunterstützen\s+sie\s+(?:unabhängigen\s+|unseren\s+)?journalismus\b",
                r"\bdevenez\s+(?:membre|abonné)\b|\bsoutenez\s+(?:notre|le)\s+journalisme\b",
                r"\bdiventa\s+(?:socio|membro)\b|\bsostieni\s+il\s+(?:nostro\s+)?giornalismo\b",
                r"\btorne-se\s+(?:membro|sócio)\b|\bapoie\s+o\s+(?:nosso\s+)?jornalismo\b",
                # Invitations to follow the site or read more of it.
                rf"(?:^|[.!?:]\s+)(?:follow|folgen\s+sie|folge|suivez|seguici|síganos|siga(?:-nos)?|"
                rf"ikuti|følg|volg)(?:\s+\S+){{0,4}}\s+(?:on|auf|sur|su|en|no|di|på|op)\s+"
                rf"{_PLATFORMS}\b",
                rf"\bikuti\s+{_PLATFORMS}\s+channel\b",
                r"\b(?:join|únete|unete|rejoignez|rejoins|unisciti|junte-se|tritt)\b.{0,80}"
                r"\b(?:telegram|whatsapp)\b",
                r"\b(?:canal|channel|kanal|chaîne)\s+(?:de\s+|on\s+|auf\s+)?(?:telegram|whatsapp)\b.{0,80}"
                r"\b(?:join|únete|unete|rejoignez|unisciti|junte-se|tritt|abonnier|suscr[ií]bete)",
                r"\bdownload\s+(?:the|our)\s+(?:\S+\s+){0,3}apps?\b",
                r"\b\d+\s+(?:issues|ausgaben|numéros|números|numeri)\s+(?:for|für|pour|por|per)\s+\S{0,2}\d",
                r"\b(?:laden\s+sie\s+(?:sich\s+)?|hol\s+dir\s+)(?:die|unsere)\s+(?:\S+\s+){0,3}app\b",
                r"\b(?:descarga|descargue|baixe|scarica|téléchargez)\s+(?:la|nuestra|a|nossa|l'|notre)\s*"
                r"(?:\S+\s+){0,3}app\b",
                r"\bfor\s+more\s+(?:stories|news|articles)\s+like\s+this\b",
                r"をフォロー",
                r"\b(?:sign\s*up|subscribe|register)\s+(?:here\s+|now\s+|today\s+)?(?:for|to)\s+"
                r"(?:our|the\s+\S+)\s+(?:\S+\s+){0,3}newsletters?\b",
                r"\bnewsletter\b.*\b(?:sign\s*up|subscribe)\s+(?:here|now|today)\b",
                r"\bnewsletter\b.*\bhier\b.{0,20}\b(?:anmeld|abonnier)",
                r"\bin\s+(?:deinen|ihren|euren)\s+posteingang\b",
                r"\b(?:delivered|sent|straight)\s+(?:directly\s+)?to\s+your\s+inbox\b",
                r"\b(?:recevez|recevoir|directement)\b.{0,60}\bdans\s+votre\s+boîte\s+"
                r"(?:mail|de\s+réception)\b",
                r"\b(?:recibe|recibir|directamente)\b.{0,60}\ben\s+tu\s+(?:bandeja\s+de\s+entrada|correo)\b",
                r"^(?:lust\s+auf\s+mehr|(?:sie\s+wollen|du\s+willst)\s+mehr(?:\s+von\s+uns)?|"
                r"want\s+more(?:\s+from\s+us)?)\W*$",
                r"\b(?:(?:abonnieren|bestellen)\s+sie|abonniere|bestelle)\s+(?:jetzt\s+)?(?:unseren|den)\s+"
                r"(?:\S+\s+){0,3}newsletter\b",
                # Form notices and a blog's post meta line.
                r"\bprotected\s+by\s+recaptcha\b",
                r"\bjederzeit\s+(?:wieder\s+)?abmelden\b|\bunsubscribe\s+at\s+any\s+time\b",
                r"\bcomments\s+and\s+pings\s+are\b",
                r"\bkommentare\s+und\s+pings\s+sind\b",
                r"\bresponses\s+to\s+this\s+entry\s+through\b",
                # A print version's line giving the article's address.
                r"\b(?:(?:sie\s+finden|finden\s+sie)\s+diesen\s+artikel|(?:you\s+can\s+)?find\s+this\s+"
                r"article|this\s+article\s+(?:is\s+available|can\s+be\s+found)|vous\s+(?:pouvez\s+)?"
                r"retrouve[rz]\s+cet\s+article|encuentre\s+este\s+art[ií]culo)\b.{0,60}https?://\S+$",
            )
        ),
        re.IGNORECASE,
    )
)
_PAYWALL = re.compile(
    r"この記事は会員限定|会員の方のみ|"
    r"\bthis\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:available\s+)?"
    r"(?:for|to)\s+(?:subscribers|members)\b|"
    r"\b(?:subscribe|log\s+in)\s+(?:now\s+)?to\s+(?:continue\s+reading|read\s+the\s+full)\b|"
    r"\bto\s+(?:view|read|continue\s+reading)\s+the\s+(?:full|whole|rest\s+of\s+the)\s+"
    r"(?:story|article)\b.{0,20}\bsubscribe\b|"
    r"\bsubscribe\s+(?:now\s+)?(?:to|for)\s+(?:\S+\s+){0,4}(?:for\s+)?the\s+(?:full|whole)\s+"
    r"(?:story|article)\b|"
    r"\bnur\s+für\s+abonnenten\b|\bexklusiv\s+für\s+abonnenten\b|"
    r"\bréservé\s+aux\s+abonnés\b|\babonnez-vous\s+pour\s+(?:lire|continuer)\b|"
    r"\b(?:exclusivo|reservado)\s+para\s+(?:suscriptores|socios|assinantes)\b|"
    r"\bsuscr[ií]bete\s+para\s+(?:seguir|continuar)\s+leyendo\b|"
    r"\bassine\s+para\s+(?:continuar|seguir)\s+lendo\b|"
    r"\briservato\s+agli\s+abbonati\b|\babbonati\s+per\s+continuare\s+a\s+leggere\b",
    re.IGNORECASE,
)


_COMMENT_BOX = re.compile(
    r"\W*(?:\d+\s+)?(?:"
    r"(?:leave|post|write|add)\s+a\s+(?:comment|reply)|(?:reader\s+)?comments?|"
    r"(?:hinterlasse|schreibe|schreiben\s+sie)\s+einen\s+kommentar|kommentar\s+schreiben|"
    r"(?:leser)?kommentare?|kommentieren|"
    r"(?:deja|escribe)\s+(?:un|tu)\s+comentario|comentarios?|"
    r"(?:laisser|laissez|écrire)\s+un\s+commentaire|commentaires?|"
    r"(?:lascia|scrivi)\s+un\s+commento|commenti|"
    r"(?:deixe|escreva)\s+(?:um|seu)\s+comentário|comentários|"
    r"(?:skriv\s+en\s+)?kommentar(?:er)?|reacties|reageer|"
    r"コメント(?:を書く|する)?)"
    r"\s*(?:\(\d+\)|\d+)?\W*",
    re.IGNORECASE,
)
"""The whole of a comment box's heading or first line ("Leave a Reply", "112 Hinterlasse einen
Kommentar", "Comments (4)", "Kommentare", "Commentaires", "コメントを書く"), in the languages
read."""
_COMMENT_WORDS = ("comment", "kommentar", "reply", "reacties", "reageer", "コメント")
"""Words one of which every :data:`_COMMENT_BOX` line holds, in lower case."""
_COMMENT_LINE = 40


def _opens_comments(text: str | None) -> bool:
    """Whether a heading or a short line is the whole of a comment box's title or call
    (:data:`_COMMENT_BOX`)."""
    if not text or len(text) > _COMMENT_LINE:
        return False
    lowered = text.lower()
    return any(word in lowered for word in _COMMENT_WORDS) and bool(_COMMENT_BOX.fullmatch(text))


def _comments_cut(blocks: tuple[Block, ...]) -> int:
    """Where a comment box's first line ("Write a comment", "コメントを書く") among the last
    blocks starts what follows the story: the number of blocks kept (all of them when there is
    none, or when a line after it is longer than a widget's)."""
    start = max(0, len(blocks) - _AFTER_COMMENTS)
    for position in range(len(blocks) - 1, start - 1, -1):
        block = blocks[position]
        if isinstance(block, Figure):
            continue  # an avatar
        text = _text(block)
        if text is None or len(text) >= _OFFER_LINE:
            return len(blocks)
        if isinstance(block, Paragraph) and _opens_comments(text):
            return position
    return len(blocks)


def _text(block: Block) -> str | None:
    match block:
        case Paragraph(text=text) | BlockQuote(text=text):
            return text
        case ListBlock(items=items):
            return "\n".join(items)
        case _:
            return None


def _paywall_cut(blocks: tuple[Block, ...]) -> int:
    """Where a paywall notice among the last blocks starts what the page shows in place of the
    rest of the story: the number of blocks kept (all of them when there is none)."""
    start = max(0, len(blocks) - _AFTER_PAYWALL)
    for position in range(len(blocks) - 1, start - 1, -1):
        text = _text(blocks[position])
        if text is None:
            return len(blocks)  # a figure: the story goes on
        if len(text) > _TRAILER_LINE:
            return len(blocks)
        if _paywalled(text):
            after = (_text(block) for block in blocks[position + 1 :])
            if all(line is not None and _is_offer_line(line) for line in after):
                return position
    return len(blocks)


_AFTER_TEASER = 5
"""A teaser box's label is looked for among this many last blocks."""
_TEASER_LINE = 300
"""A line of a teaser (a title, its summary) is shorter than this."""


def _teaser_cut(blocks: tuple[Block, ...]) -> int:
    """Where a box of teasers left as lines at the end of the body starts: a label naming other
    videos or articles ("Featured Video", "Mehr zum Thema"; :data:`TEASER_LABEL`,
    :data:`_RELATED_HEADING`) among the last :data:`_AFTER_TEASER` blocks, with only short
    lines and pictures after it (each teaser's title and summary). The number of blocks kept:
    all of them when there is no such box."""
    start = max(1, len(blocks) - _AFTER_TEASER)
    for position in range(start, len(blocks) - 1):
        block = blocks[position]
        if not isinstance(block, Paragraph) or block.quotes:
            continue
        label = block.text.strip().rstrip(":").strip()
        if len(label.split()) > _LABEL_WORDS or not (
            TEASER_LABEL.fullmatch(label) or _RELATED_HEADING.search(label)
        ):
            continue
        if all(_is_short(after, lists=False) for after in blocks[position + 1 :]):
            return position
    return len(blocks)


_TEASER_BLOCKS = 4
"""A teaser set as a section of its own holds at most this many blocks (a picture, a kicker,
a summary)."""
_TEASER_SUMMARY = 500
"""A teaser's summary is shorter than this."""


def _related_cut(sections: tuple[Section, ...]) -> int:
    """How many sections to keep: all but the last when its heading names other articles
    (:data:`_RELATED_HEADING`: "Neueste Artikel", "Related"), and all but that section and
    those after it when that one holds only short lines and pictures and each after it is a
    teaser, a title as its heading over its picture and short lines (:func:`_is_teaser`). A
    story's section after a "Related" one, without a picture, stays. The first section is
    always kept."""
    for at in range(len(sections) - 1, 0, -1):
        if _RELATED_HEADING.search(sections[at].heading or ""):
            last = at == len(sections) - 1
            return at if last or _is_teaser(sections[at], pictured=False) else len(sections)
        if sections[at].heading is None or not _is_teaser(sections[at], pictured=True):
            break
    return len(sections)


def _is_teaser(section: Section, *, pictured: bool) -> bool:
    """Whether a section's blocks are a teaser's: at most a few (:data:`_TEASER_BLOCKS`),
    each a picture or a short line (:data:`_TEASER_SUMMARY`), a picture among them when
    ``pictured``."""
    return (
        len(section.blocks) <= _TEASER_BLOCKS
        and all(_is_short(block, _TEASER_SUMMARY, lists=False) for block in section.blocks)
        and (not pictured or any(isinstance(block, Figure) for block in section.blocks))
    )


def _paywalled(text: str) -> bool:
    """Whether a line is a paywall notice (:data:`_PAYWALL`), a cheap test of its words
    first."""
    lowered = text.lower()
    if not any(word in lowered for word in _PAYWALL_WORDS):
        return False
    return _PAYWALL.search(text) is not None


def _is_offer_line(line: str) -> bool:
    """Whether a line after a paywall notice can be the offer's: short, or of a stock line's
    length and about subscribing ("When you join ... you'll get unlimited digital access")."""
    return len(line) < _OFFER_LINE or (
        len(line) <= _TRAILER_LINE and _OFFER.search(line) is not None
    )


def _is_label_line(block: Block, *, last: bool = False) -> bool:
    """Whether a block is a short label ending with a colon that names a box of other
    articles, share buttons or more reading ("Mehr Themen:", "Artikel teilen:", "Seguir
    leyendo:"): at the body's end, it introduces a box that is gone, not the story. A label
    of the story's own link ("Das Konzeptpapier finden Sie hier:", "See more photos:") stays.
    As the body's ``last`` block, a label needs no colon, only no sentence's end ("Weitere
    aktuelle Themen aus der Arbeitswelt")."""
    if not isinstance(block, Paragraph) or block.quotes:
        return False
    text = block.text.rstrip()
    return (
        (text.endswith(":") or (last and not text.endswith(SENTENCE_ENDS)))
        and len(text.split()) <= _LABEL_WORDS
        and (_RELATED_HEADING.search(text) is not None or _BOX_LABEL.search(text) is not None)
    )


def _is_contact_label(text: str) -> bool:
    """Whether a line is only a press release's contact label (:data:`_CONTACT_LABEL`)."""
    return _CONTACT_LABEL.fullmatch(text.strip().rstrip(":").strip()) is not None


def _heads_closing_box(text: str) -> bool:
    """Whether a section heading is only a contact box's (:data:`_CONTACT_LABEL`) or a
    newsletter box's (:data:`_NEWSLETTER_HEADING`)."""
    label = text.strip().rstrip(":").strip()
    return _CONTACT_LABEL.fullmatch(label) is not None or (
        _NEWSLETTER_HEADING.fullmatch(label) is not None
    )


def _contact_lines(blocks: Sequence[Block]) -> bool:
    """Whether ``blocks`` are the lines of a contact box: a few short paragraphs."""
    return 0 < len(blocks) <= _CONTACT_LINES and all(
        isinstance(block, Paragraph) and len(block.text) <= _CONTACT_LINE for block in blocks
    )


def _contact_cut(blocks: Sequence[Block]) -> int:
    """Where a press release's contact box at the end of the body starts (its label, then a
    few short lines): the length of ``blocks`` when there is none. A label as the body's only
    block, or with no line after it, is left alone."""
    for at in range(max(1, len(blocks) - _CONTACT_LINES - 1), len(blocks) - 1):
        block = blocks[at]
        if (
            isinstance(block, Paragraph)
            and _is_contact_label(block.text)
            and _contact_lines(blocks[at + 1 :])
        ):
            return at
    return len(blocks)


def _is_invitation(block: Block) -> bool:
    if not isinstance(block, Paragraph):
        return False
    return len(block.text) <= _TRAILER_LINE and _INVITATION.search(block.text) is not None


_TAGS_ALONE = re.compile(
    r"(?:tags|schlagw(?:ö|o)rte|stichw(?:ö|o)rte|kategorien|categories|topics|themen|"
    r"catégories|étiquettes|mots-clés|categorías|etiquetas|categorie|argomenti)\s*:?|"
    rf"{TAG_LABEL}\s*:",
    re.IGNORECASE,
)
"""A tags or categories label on a line of its own ("Schlagworte", "Tags", "Kategorie:"), its
tags (links) gone: a word that is also a story's ("Tag", German for a day, heading a
schedule's column) only with its colon."""


def _tags_cut(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """The sections up to a line that is only a tags label (:data:`_TAGS_ALONE`), when
    nothing after it, in its section and the sections after, is more than short lines,
    pictures and lists of short items (the site's boxes under the story: an issue's
    contents, its address); all of them when there is none. Some body before it stays."""
    for at in range(len(sections) - 1, -1, -1):
        blocks = sections[at].blocks
        for number in range(len(blocks) - 1, -1, -1):
            block = blocks[number]
            if (
                isinstance(block, Paragraph)
                and _TAGS_ALONE.fullmatch(block.text.strip())
                and (at or number)
            ):
                kept = attrs.evolve(sections[at], blocks=blocks[:number])
                return (*sections[:at], kept) if kept.blocks else sections[:at]
            if not _is_short(block):
                return sections
    return sections


def _is_short(block: Block, limit: int = _TEASER_LINE, *, lists: bool = True) -> bool:
    """Whether a block is a picture or a line shorter than ``limit``, or, with ``lists``, a
    list of such lines: what a box of teasers or the site's lines under a story hold."""
    match block:
        case Paragraph(text=text):
            return len(text) < limit
        case ListBlock(items=items):
            return lists and all(len(item) < limit for item in items)
        case Figure():
            return True
        case _:
            return False


def without_trailer(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """Drop the site's stock lines and a paywall's offer from the end of the body
    (:func:`_without_trailer_once`), again while a pass takes something off: what stood above
    it ends the body then, and goes too when it is the site's ("Subscribe: 12 issues for
    £11.99" above a section "Tell us what you think" that held only a comment counter; a
    paywall notice above a comment form). A thread of readers' comments known by its lines
    (:func:`._thread.without_thread`) goes first, with what follows it, and then a tags label
    with the site's short lines after it (:func:`_tags_cut`): once is enough, as taking lines
    off the end opens no thread."""
    sections = _tags_cut(without_thread(sections))
    while True:
        trimmed = _without_trailer_once(sections)
        if not trimmed or _blocks(trimmed) >= _blocks(sections):
            return trimmed
        sections = trimmed


def _blocks(sections: tuple[Section, ...]) -> int:
    return sum(len(section.blocks) for section in sections)


def _without_trailer_once(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """Drop the site's stock lines and a paywall's offer from the end of the body (the last
    section's blocks); a last section left with no block goes too, unless it is the only one.
    A section headed as a comment box ("Leave a Reply", "Kommentare (3)") goes first, with the
    sections after it, then a last section headed as a list of other articles ("Related
    posts", "Ähnliche Beiträge"), whole, and a last section headed as a press release's
    contact box ("Kontakt", "Media contacts") or as the site's newsletter box ("Newsletter",
    "Sign up for our newsletter") that holds only a few short lines; a comment
    box's first line among the last blocks goes with the short lines and pictures after it
    (the box's widgets and avatars), and a contact label ("Kontakt:") with the few short lines
    after it."""
    opened = next(
        (n for n, section in enumerate(sections[1:], 1) if _opens_comments(section.heading)),
        len(sections),
    )
    sections = sections[:opened]
    sections = sections[: _related_cut(sections)]
    if (
        len(sections) > 1
        and _heads_closing_box(sections[-1].heading or "")
        and _contact_lines(sections[-1].blocks)
    ):
        sections = sections[:-1]
    if not sections:
        return sections
    last = sections[-1]
    blocks = last.blocks[: _paywall_cut(last.blocks)]
    blocks = blocks[: _contact_cut(blocks)]
    blocks = blocks[: _comments_cut(blocks)]
    blocks = blocks[: _teaser_cut(blocks)]
    signed = _closing_credits(blocks)
    end = signed
    while end and (
        _is_invitation(blocks[end - 1]) or _is_label_line(blocks[end - 1], last=end == len(blocks))
    ):
        end -= 1
    if end == signed:
        end = len(blocks)  # no stock line above the credit lines: they stay where they are
    if end == len(last.blocks):
        return sections
    blocks = (*blocks[:end], *blocks[signed:]) if end < signed else blocks[:end]
    if not blocks and len(sections) > 1:
        return sections[:-1]
    return (*sections[:-1], attrs.evolve(last, blocks=blocks))


_CLOSING_CREDITS = 2
"""At most this many credit or note lines close a body below the site's stock lines."""


def _closing_credits(blocks: Sequence[Block]) -> int:
    """Where the credit and note lines that close the body start ("Editor: Bo Kim", "(dpa)"),
    at most :data:`_CLOSING_CREDITS` of them: the site's stock lines are looked for above them
    ("Follow us on WhatsApp", then "Editor: Bo Kim"). The length of ``blocks`` if there are
    none."""
    start = len(blocks)
    while start > max(0, len(blocks) - _CLOSING_CREDITS):
        block = blocks[start - 1]
        if not isinstance(block, Paragraph) or len(block.text) > _TRAILER_LINE:
            break
        if parse_note(block.text) is None and parse_credit_trailer(block.text) is None:
            break
        start -= 1
    return start


def trailer_notes(
    sections: tuple[Section, ...], authors: Sequence[str] = ()
) -> tuple[tuple[Section, ...], tuple[Note, ...]]:
    """Take notes off the end of the body, as the text reader does: an agency's sign-off
    ("(dpa)", "afp/mr", "Avec AFP"), a correction or an editor's note ("Correction: An
    earlier version ...", "This story has been updated ...")
    (:func:`newsmodel.extract.notes.parse_note`), a line naming who contributed ("Ann Lee
    contributed to this report."); and, for the ``authors`` (the bylines' names), a credit
    line naming one ("Text: Ann Lee", "Ann Lee, Online-Redaktion", a trailer) or a few lines
    about one ("Ann Lee is a correspondent in Berlin ...", another note).

    Returns:
        The sections without those lines (a last section left empty goes, unless it is the
        only one), and the notes in reading order.
    """
    if not sections:
        return sections, ()
    boxed = _author_section(sections[-1], authors) if len(sections) > 1 else None
    if boxed is not None:
        kept, earlier = trailer_notes(sections[:-1], authors)
        return kept, (*earlier, boxed)
    credited = _credit_section(sections[-1]) if len(sections) > 1 else ()
    if credited:
        kept, earlier = trailer_notes(sections[:-1], authors)
        return kept, (*earlier, *credited)
    last = sections[-1]
    blocks = last.blocks
    end = len(blocks)
    notes: list[Note] = []
    while end:
        block = blocks[end - 1]
        portrait = _is_portrait(block) and end > 1
        # an author's headshot, or job title on a line of its own, goes with the lines about them
        beside = portrait or (end > 1 and job_title(block) is not None)
        if beside:
            block = blocks[end - 2]
        note = None
        if isinstance(block, Paragraph) and not beside:
            note = (
                parse_note(block.text)
                or _print_note(block.text)
                or _credit_trailer_note(block.text)
                or _contributors_note(block.text)
                or _reporter_sign_off(block.text)
            )
        if note is None and isinstance(block, Paragraph | BlockQuote):
            note = _author_note(block.text, authors)
        if note is None and isinstance(block, Paragraph) and not beside:
            above = blocks[end - 2] if end > 1 else None
            bio = isinstance(above, Paragraph | BlockQuote) and (
                _author_note(above.text, authors) is not None
            )
            note = _author_link(block.text, authors, first_names=bio)
            if note is not None:
                notes.insert(0, note)
                end -= 1
                continue  # the link under the box: a headshot stands above the lines, not it
        if note is None and not beside and end > 1:
            note = _role_pair(blocks[end - 2], block)
            if note is not None:
                notes.insert(0, note)
                end -= 2  # the role's line and the name's
                continue
        if note is None:
            break
        notes.insert(0, note)
        end -= 2 if beside else 1
        if note.kind == NoteKind.OTHER and end and _is_portrait(blocks[end - 1]):
            end -= 1  # the headshot above an author's biography
    if not notes:
        return sections, ()
    if not end and len(sections) > 1:
        return sections[:-1], tuple(notes)
    if not end:
        return sections, ()  # the body is nothing but the line: it stays the body
    return (*sections[:-1], attrs.evolve(last, blocks=last.blocks[:end])), tuple(notes)


_JOB_WORDS = 6


def job_title(block: Block) -> str | None:
    """The text of a paragraph that is only a job title ("Senior Writer", "Chief political
    correspondent"): up to :data:`_JOB_WORDS` words, no sentence, the last a person noun.

    >>> job_title(Paragraph(text="Senior Writer")), job_title(Paragraph(text="Writer."))
    ('Senior Writer', None)
    """
    if not isinstance(block, Paragraph) or block.quotes:
        return None
    words = block.text.split()
    if not 0 < len(words) <= _JOB_WORDS or block.text.endswith(SENTENCE_ENDS):
        return None
    return block.text if is_person_noun(words[-1]) else None


_REPORTER_SIGN_OFF = re.compile(r"[\uff08(][^\uff08\uff09()]{1,20}(?:記者|特派員)[\uff09)]")
"""A Japanese reporter's sign-off closing the story: the reporter's name and "記者" (reporter)
or "特派員" (correspondent) in full-width or plain brackets."""


def _reporter_sign_off(text: str) -> Note | None:
    """A trailer note for a reporter's sign-off in the Japanese manner."""
    if _REPORTER_SIGN_OFF.fullmatch(text.strip()) is None:
        return None
    return Note(kind=NoteKind.TRAILER, text=text.strip())


_CONTRIBUTED = re.compile(
    r"\bcontributed\s+(?:(?:to\s+this\s+(?:report|story|article|guide|review)|"
    r"(?:additional\s+)?reporting)\b|from\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
_CONTRIBUTORS_LINE = 300


_IN_PRINT = re.compile(
    r"^(?:this|the|a\s+version\s+of\s+this)\s+(?:article|story|piece|essay|interview)\s+"
    r"(?:appears|appeared|was\s+published|will\s+appear|is\s+published)\s+in\s+(?:the\s+)?"
    r"(?:print\s+edition|\S+(?:\s+\S+){0,4}\s+(?:issue|edition))\b",
    re.IGNORECASE,
)
"""A line saying where the piece appears in print: "This article appears in the Spring 2024
issue of ...", "A version of this story appeared in the print edition ..."."""


def _print_note(text: str) -> Note | None:
    """A note (kind other) for a line saying where the piece appears in print."""
    if len(text) <= _CONTRIBUTORS_LINE and _IN_PRINT.match(text) is not None:
        return Note(kind=NoteKind.OTHER, text=text)
    return None


_ROLE_LINE = re.compile(
    r"(?:interview|text|texte|testo|texto|tekst|fotos?|photos?|photography|fotografi[ea]|"
    rf"fotograf(?:ie|ía|o|a|in)?|photographe|{SHOOT_ROLES}|assistenz|illustration(?:en)?|"
    r"grafik|kamera|camera|schnitt|regie|redaktion)\b[^.!?:]{0,60}:?",
    re.IGNORECASE,
)
"""The line of a role in a magazine's credits, a name under it ("FOTOGRAF", "HAARE & MAKE-UP",
"Creative Director & Styling", "Interview"), in the languages read."""
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")  # noqa: RUF001
_ROLE_NAME_WORDS = 5


def _role_pair(role: Block, name: Block) -> Note | None:
    """A trailer note for a role's line and a name's line under it, closing the body as a
    magazine prints its credits ("FOTOGRAF" / "ERIC ROY" gives "FOTOGRAF: ERIC ROY"): the
    name two to five capitalised words, no sentence."""
    if not isinstance(role, Paragraph) or not isinstance(name, Paragraph):
        return None
    if role.quotes or name.quotes or _ROLE_LINE.fullmatch(role.text.strip()) is None:
        return None
    words = name.text.split()
    if not 2 <= len(words) <= _ROLE_NAME_WORDS or not all(
        _NAME_WORD.fullmatch(word) and word[0].isupper() for word in words
    ):
        return None
    return Note(kind=NoteKind.TRAILER, text=f"{role.text.strip().rstrip(':')}: {name.text.strip()}")


_AUTHOR_ROLE = re.compile(r"interview|text|texte|testo|texto|tekst", re.IGNORECASE)
_PHOTOGRAPHER_ROLE = re.compile(
    r"fotos?|photos?|photography|fotografi[ea]|fotograf(?:ie|ía|o|a|in)?|photographe",
    re.IGNORECASE,
)


def credited_people(notes: Sequence[Note]) -> tuple[Person, ...]:
    """The people a magazine's credits name as the article's writer or interviewer
    ("Interview: Ann Lee", "Text: Ann Lee") and photographer ("FOTOGRAF: BO KIM"), from the
    trailer notes :func:`_role_pair` made: bylines for a page that names its authors nowhere
    else. Empty when no writer is named.

    >>> credited_people([Note(kind=NoteKind.TRAILER, text="Interview: Ann Lee"),
    ...                  Note(kind=NoteKind.TRAILER, text="FOTOGRAF: BO KIM")])
    (Person(name='Ann Lee', role='author'), Person(name='BO KIM', role='photographer'))
    """
    people: list[Person] = []
    for note in notes:
        role, colon, name = note.text.partition(": ")
        if note.kind != NoteKind.TRAILER or not colon or "\n" in name:
            continue
        if _AUTHOR_ROLE.fullmatch(role.strip()):
            people.append(Person(name=name.strip(), role="author"))
        elif _PHOTOGRAPHER_ROLE.fullmatch(role.strip()):
            people.append(Person(name=name.strip(), role="photographer"))
    return tuple(people) if any(person.role == "author" for person in people) else ()


def _credit_trailer_note(text: str) -> Note | None:
    """A trailer note for an agency's credit line ("Reporting by Ann Lee; Editing by Tom
    Hale"): the page's bylines come from its metadata and header, so the line is kept as
    printed."""
    if len(text) <= _CONTRIBUTORS_LINE and parse_credit_trailer(text) is not None:
        return Note(kind=NoteKind.TRAILER, text=text)
    return None


def _contributors_note(text: str) -> Note | None:
    """A trailer note for a line naming who contributed to the story ("Associated Press writers
    Alan Fram and Zeke Miller contributed to this report.", "Ann Lee contributed reporting
    from Paris.", "... writer Ann Lee contributed from Sacramento.")."""
    if len(text) <= _CONTRIBUTORS_LINE and _CONTRIBUTED.search(text) is not None:
        return Note(kind=NoteKind.TRAILER, text=text)
    return None


_CREDIT_LABEL = (
    r"(?:text|texto|testo|texte|tekst|editor|redaktion|redacción|rédaction|von|by|posted\s+by|"
    r"par|por|di|av|autor|autorin|author|auteur|reporting)"
)
_AUTHOR_LINE = 120
_CREDIT_WORDS = 4
"""A credit line names at most this many words after the author: a desk, a site, a team."""
_AUTHOR_BIO = 600
_AUTHOR_LINK_WORDS = 8
"""A link to an author's page printed under their box is a line of at most this many words."""


def _author_link(text: str, authors: Sequence[str], *, first_names: bool = False) -> Note | None:
    """A note for a short line that names an author in full and is no sentence: the link to
    their page or profile under the lines about them ("Alle Artikel von Ann Lee", "More from
    Ann Lee"), closing the body; right under those lines (``first_names``), a first name
    does too ("Follow Ann on X"). A line with brackets is none: "Cloche terrarium (Ann Lee)"
    is a picture's caption that credits the author."""
    line = text.strip()
    if len(line.split()) > _AUTHOR_LINK_WORDS or line.endswith(SENTENCE_ENDS) or "(" in line:
        return None
    words = {word.strip(".,:;!?'") for word in line.split()}
    for name in authors:
        parts = name.split()
        if len(parts) >= 2 and (name in line or (first_names and parts[0] in words)):
            return Note(kind=NoteKind.OTHER, text=line)
    return None


def _is_portrait(block: Block) -> bool:
    """Whether a block is a picture without a caption: by an author's lines, their headshot."""
    return isinstance(block, Figure) and block.media.caption is None


def _named_author(heading: str, authors: Sequence[str]) -> bool | None:
    """Whether a heading is an author's box's: True for an author's full name ("Ann Lee"),
    False for "About" with "the author", an author's name or first name ("About the author",
    "Über Kathrin"), None for any other heading."""
    heading = squash(heading).casefold()
    if any(len(name.split()) > 1 and heading == name.casefold() for name in authors):
        return True
    about = ABOUT.fullmatch(heading)
    if about is None:
        return None
    who = about["who"].rstrip(" :")
    if THE_AUTHOR.fullmatch(who) or any(
        who in (name.casefold(), name.split()[0].casefold()) for name in authors if name
    ):
        return False
    return None


_CREDIT_SECTION_LINES = 3
_CREDIT_SECTION_LINE = 200


def _credit_section(section: Section) -> tuple[Note, ...]:
    """Trailer notes for a last section headed only by a picture's credit label and holding
    a few short lines, the credits of the article's pictures ("Beitragsbild:" over "(c) Ann
    Lee | Courier" gives "Beitragsbild: (c) Ann Lee | Courier"); empty for any other
    section."""
    heading = section.heading or ""
    lines = [block.text for block in section.blocks if isinstance(block, Paragraph)]
    if (
        not is_credit_label(heading)
        or not 0 < len(lines) == len(section.blocks) <= _CREDIT_SECTION_LINES
        or any(len(line) > _CREDIT_SECTION_LINE for line in lines)
    ):
        return ()
    label = heading.strip().rstrip(":").strip()
    return tuple(Note(kind=NoteKind.TRAILER, text=f"{label}: {line}") for line in lines)


def _author_section(section: Section, authors: Sequence[str]) -> Note | None:
    """A note for a last section that is an author's box: headed with an author's full name
    or as being about the author (:func:`_named_author`), or with a label that names nobody
    ("Autor:innen", "Autoreninfo", "Authors": :func:`~._author_labels.heads_author_box`),
    holding only a few lines about them (a job title, a few sentences) and their headshot
    ("Ann Lee" / "Head of the science desk" gives the note "Ann Lee, Head of the science
    desk"; under "About the author" or a label, the lines alone). None for any other
    section."""
    heading = section.heading or ""
    named = _named_author(heading, authors)
    if named is None and heads_author_box(heading):
        named = False
    if named is None:
        return None
    lines = []
    for block in section.blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif not _is_portrait(block):
            return None
    if not lines or sum(map(len, lines)) > _AUTHOR_BIO:
        return None
    if named:
        return Note(kind=NoteKind.OTHER, text=", ".join([squash(section.heading or ""), *lines]))
    return Note(kind=NoteKind.OTHER, text=" ".join(lines))


def _author_note(text: str, authors: Sequence[str]) -> Note | None:
    """A note for a closing line about an author of the article: a credit line ("Text: Ann
    Lee", "Ann Lee | Online-Redaktion", "Editor: Ann Lee") is a trailer; a few sentences
    opening with the author's name, a title before it or not, and a word in lower case (a verb
    or an appositive: "Dr. Ann Lee leitet das Ressort ...", "Ann Lee, doctor of ...") are
    another note: the words before the name are a title ("Dr.", "Senior correspondent"),
    never a sentence's ("The library thanked Ann Lee, whose ..."). Only the full name of a
    byline counts."""
    for name in authors:
        if len(name.split()) < 2 or name not in text[:_AUTHOR_LINE]:
            continue
        named = re.escape(name)
        credit = re.fullmatch(
            rf"(?:{_CREDIT_LABEL}\s*:?\s*)?{named}\s*(?:[,|/–—-]\s*(?P<rest>[^!?]{{1,60}}))?\.?",  # noqa: RUF001
            text,
            re.IGNORECASE,
        )
        if credit is not None and len((credit["rest"] or "").split()) <= _CREDIT_WORDS:
            return Note(kind=NoteKind.TRAILER, text=text)
        bio = re.match(rf"(?P<before>(?:\S+\s+){{0,3}}?){named}(?:\s+|,\s+)[^\W\d_A-Z]", text)
        if (
            bio is not None
            and len(text) <= _AUTHOR_BIO
            and all(word[0].isupper() or is_person_noun(word) for word in bio["before"].split())
        ):
            return Note(kind=NoteKind.OTHER, text=text)
    return None


_BOX_LINES = 3
"""An author's box holds at most this many lines about them."""
_BOX_LABEL_CHARS = 60
"""An author's box's label is at most this long ("Über Ann-Kathrin Lee-Meyerhoff")."""


def author_boxes(
    sections: tuple[Section, ...], authors: Sequence[str]
) -> tuple[tuple[Section, ...], tuple[Note, ...]]:
    """Take out of the body the authors' boxes printed as a label line and a few lines about
    the author, wherever they stand (their class names unread): the label is about the author
    ("Über Ann Lee", "About the author": :func:`_named_author`; the name alone is a byline
    line), with a few lines after it; or it names nobody ("Autoreninfo", "Zur Person":
    :data:`~._author_labels.AUTHOR_BOX_LABELS`) and the first line after it opens with an
    author's name ("Ann Lee leitet das Ressort ...": :func:`_author_note`). The lines, with
    the author's headshot, become a note.

    Returns:
        The sections without the boxes, and a note for each box in reading order.
    """
    if not authors:
        return sections, ()
    # a byline printed in capitals ("ANN LEE") names "Ann Lee" in the box's lines
    authors = [*authors, *(name.title() for name in authors if name.isupper())]
    notes: list[Note] = []
    kept: list[Section] = []
    for section in sections:
        blocks = list(section.blocks)
        index = 0
        while index < len(blocks):
            found = _box_at(blocks, index, authors)
            if found is None:
                index += 1
            else:
                end, note = found
                notes.append(note)
                del blocks[index:end]
        if blocks:
            kept.append(attrs.evolve(section, blocks=tuple(blocks)))
    if not notes:
        return sections, ()
    return tuple(kept) or sections[:1], tuple(notes)


def _box_at(blocks: list[Block], index: int, authors: Sequence[str]) -> tuple[int, Note] | None:
    """The end of an author's box opening at ``blocks[index]`` and its note, or None: at a
    label line, or at the author's headshot (:func:`is_headshot`, by a full name), which names
    nobody in words, so that the line after it must be about the author."""
    label = blocks[index]
    if isinstance(label, Figure):
        full_names = [name for name in authors if len(name.split()) >= 2]
        if not is_headshot(label.media, full_names):
            return None
        named: bool | None = None
    elif not isinstance(label, Paragraph) or len(label.text) > _BOX_LABEL_CHARS:
        return None
    else:
        named = _named_author(label.text, authors)
        if named:
            return None  # the author's name alone: a byline line, not a box's label
        if named is None and AUTHOR_BOX_LABELS.fullmatch(label.text.strip(" :")) is None:
            return None
    lines: list[str] = []
    end = index + 1
    while end < len(blocks) and len(lines) < _BOX_LINES:
        block = blocks[end]
        if isinstance(block, Paragraph) and not block.quotes:
            if not lines and named is None and _author_note(block.text, authors) is None:
                return None  # a label naming nobody, then no line about an author
            if lines and not _about_author(block.text, authors):
                break  # the story again, after the box
            lines.append(block.text)
        elif not _is_portrait(block):
            break
        end += 1
    if not lines or sum(map(len, lines)) > _AUTHOR_BIO:
        return None
    return end, Note(kind=NoteKind.OTHER, text=" ".join(lines))


def is_headshot(media: Media, authors: Sequence[str]) -> bool:
    """Whether a picture is an author's portrait: no caption, and its alternative text is an
    author's name ("Rosa Delgado-Finch"), as a byline's headshot is written."""
    alt = squash(media.alt or "").casefold()
    return media.caption is None and bool(alt) and any(alt == n.casefold() for n in authors)


_SHORT_LINE = 80
"""A line of an author's box after the first one: a job title, "So erreichen Sie ...:"."""


def _about_author(text: str, authors: Sequence[str]) -> bool:
    """Whether a line after the first of an author's box is still the box's: it names an
    author (their last name) or is a short line that is no sentence."""
    if any(name.split()[-1] in text for name in authors if name.split()):
        return True
    return len(text) <= _SHORT_LINE and not text.rstrip().endswith(SENTENCE_ENDS)
