"""The structure of a page's main content: sections, paragraphs, lists, block quotes, figures.

The content element found by :mod:`newsmodel.formats.html._content` is tidied in place, then read
by the body walker that the NewsML-G2 and ninjs readers share
(:func:`newsmodel.formats._body_read.read_sections`):

- images get their real address: ``src``, else a lazy ``data-src`` (and its variants), else the
  first candidate of ``srcset`` or of a ``<picture>``'s ``<source>``; a ``<noscript>`` fallback is
  used when the image beside it has none;
- an ``<h1>`` that repeats the headline is not a section heading, nor are headings in the
  content that come before any text (the page's title block);
- what sits among the paragraphs and is not the article's is pruned
  (:mod:`newsmodel.formats.html._prune`): link-heavy blocks with their label line, cards of
  other stories, the article's own footer, live-blog stamp lines.

After the walk, whitespace is collapsed, empty paragraphs and sections that hold nothing are
dropped, a paragraph repeating the headline or standfirst is dropped, a heading repeating the
headline (after its kicker or not) is no section heading, and a block quote whose
text a paragraph already holds (a pull quote) is not kept twice.
"""

# ruff: noqa: RUF001, RUF002
# (the Cyrillic words and the angle quotation marks here are the ones real pages print)

import re
from collections import Counter
from collections.abc import Iterable
from typing import TypeGuard

import attrs
from lxml import etree, html

from newsmodel.extract._months import month_number
from newsmodel.extract.credits import parse_credit, split_caption_credit
from newsmodel.extract.normalize import squash
from newsmodel.formats._body_read import figure_media, read_sections
from newsmodel.formats.html._captions import (
    CAPTION_ENDS,
    CAPTION_LABEL,
    YEAR,
    as_caption,
    captioned_by_words,
    place_caption,
    split_alt_echo,
)
from newsmodel.formats.html._cite import cites_into_quotes, split_cite
from newsmodel.formats.html._content import text_length
from newsmodel.formats.html._image_object import PLACEHOLDER, image_objects
from newsmodel.formats.html._meta_title import norm
from newsmodel.formats.html._names import label as name_label
from newsmodel.formats.html._nested_figures import enclosing, lift_figures
from newsmodel.formats.html._pager import is_pager, pager_end
from newsmodel.formats.html._picture_block import (
    as_figures,
    caption_texts,
    declared_sizes,
    join_texts,
    picture_block,
    same_picture,
)
from newsmodel.formats.html._prune import SENTENCE_ENDS, STAMP_LINE, prune
from newsmodel.formats.html._stamps import AGO, STAMP_LABEL
from newsmodel.model import Block, BlockQuote, Figure, ListBlock, Media, Paragraph, Section

__all__ = [
    "TEASER_LABEL",
    "article_wrapper",
    "clean_media",
    "content_sections",
    "fix_images",
    "is_page_line",
    "is_stamp",
    "lead_media",
]

_LAZY_ATTRIBUTES = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-lazy",
    "data-url",
    "data-hi-res-src",
    "data-full-src",
)
_SRCSET_ATTRIBUTES = ("srcset", "data-srcset", "data-lazy-srcset")
_LEAD_LEVELS = 6
_PORTRAIT = re.compile(r"autho?r|auteur|autor|avatar|byline|headshot|profile")
"""A class or id naming an author's picture (a byline's portrait, an author box's photo): not
the article's lead figure."""
_REPEATED_LINE = 200
_LABEL_END = re.compile(r"[^\W\d_]{2,15}\s*:\s*$")
"""A label closing a caption before its credit ("... / Źródło: ")."""
_CAPTION_SLACK = 20
_PICTURE_CAPTIONS = 8
"""A picture's wrapper holds at most this many elements named as captions (a caption, its
credit, its source ...); a box holding more is a gallery's: each caption right after a picture
makes a figure with it, any other is dropped, without measuring the box's text for each (which
took time growing as the square of the gallery)."""
_CAPTION_CLASS = re.compile(
    r"^(?:\w+[-_]+)*(?:caption|legend|bildunterschrift)(?:[-_]+(?:text|inner|content))?$"
)
_CAMEL_CAPTION = re.compile(r"[a-z](?:Caption|Legend)(?:Text|Inner|Content)?$")
"""A class name in camel case that names a caption ("InlineImage-imageEmbedCaption")."""
_AD_LABEL = re.compile(
    r"(?:(?:the\s+)?(?:story|article|text|content|report)\s+continues\s+(?:below|after)"
    r"(?:\s+(?:this\s+|the\s+)?(?:advertisement|advert|ad))?|advertisements?|advert|ads?|"
    r"sponsored(?:\s+content)?|paid\s+content|anzeigen?|werbung|weiter\s+nach\s+der\s+anzeige|"
    r"publicidad|publicidade|publicité|pubblicità|reklama|reklame|annonse|annons|advertentie|"
    r"mainos|mainonta|реклама|広告|スポンサーリンク|광고|广告|廣告|continue\s+reading\s+below|"
    # "read on after the ad", in the languages read
    r"scroll\s+to\s+continue(?:\s+with\s+(?:the\s+)?(?:content|article|story))?|"
    r"(?:lesen\s+sie\s+)?weiterlesen\s+nach\s+der\s+(?:anzeige|werbung)|"
    r"(?:der\s+)?artikel\s+(?:geht|wird)\s+nach\s+der\s+(?:anzeige|werbung)\s+weiter(?:geführt)?|"
    r"(?:lire\s+)?la\s+suite\s+après\s+(?:cette|la)\s+publicité|"
    r"(?:sigue|continúa|continua)\s+leyendo\s+(?:después|tras)\s+(?:del|el|la)\s+"
    r"(?:anuncio|publicidad)|"
    r"(?:continua\s+a\s+leggere|(?:l'articolo\s+)?(?:continua|prosegue))\s+dopo\s+la\s+pubblicità|"
    r"continua\s+(?:depois|após)\s+(?:da|a)\s+publicidade|"
    # a label for screen readers naming the story's region, left as a line
    r"(?:article|story|post|main)\s+(?:content|body|text)|artikelinhalt|"
    r"contenu\s+de\s+l'article|contenido\s+del\s+art[ií]culo|contenuto\s+dell'articolo)"
    r"(?:\s+\d{1,2})?",
    re.IGNORECASE,
)
"""The whole text of an ad slot left in the body: "Advertisement", "Anzeige", "Publicidad",
"Story continues below advertisement", "Continue reading below", a numbered slot
("Advertisement 3"); or of a label that names the story's region for screen readers ("Article
content", "Artikelinhalt"), its hiding class unread."""
_SHORTEST_TITLE = 12
"""A headline shorter than this (in letters and digits) is not looked for in headings."""
_KICKER_CHARS = 60
"""The most letters and digits a kicker before a repeated title can hold."""
_SHORTEST_REPEATED = 10  # a table's header cells ("Name", "Score") repeat and are kept
_BREAK_CONTAINERS = frozenset({"div", "td", "section", "article", "main", "body", "center", "font"})
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")
_CJK_DATE = re.compile(
    r"(?<!\d)\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}\s*時\s*\d{1,2}\s*分)?"
)
"""A day as Chinese and Japanese print it, perhaps with a time ("2018年6月18日",
"2025年1月13日 20時01分"): its year, month and day signs are no words of a stamp line."""
_TIME = re.compile(r"\b\d{1,2}:\d\d\b")
_WORD = re.compile(r"[^\W\d_]+")
_WORDED_DATE = re.compile(
    r"\W*(?:\d{1,2}\.?\s+(?:de\s+)?(?P<after>[^\W\d_]+)\.?|(?P<before>[^\W\d_]+)\.?\s+"
    r"\d{1,2}),?\s+(?:de\s+)?(?:1[89]|20)\d\d\W*"
)
"""A date alone, with the month in words: "2 apr 2025", "3. März 2024", "April 2, 2025",
"12 de mayo de 2024"."""
_READ_MORE_WORDS = (
    r"read\s+(?:more|also)|see\s+also|related|more\s+on\s+this|lesen\s+sie\s+(?:auch|mehr)|"
    r"auch\s+interessant|mehr\s+zum\s+thema|(?:à\s+)?lire\s+(?:aussi|également)|"
    r"le[ea]\s+(?:también|más)|leer\s+más|leggi\s+anche|leia\s+(?:também|mais)|veja\s+também|"
    r"les\s+også|läs\s+(?:också|mer)|se\s+også|lees\s+ook"
)
"""The read-more labels of the languages read ("Read more", "Lesen Sie auch", "Lire aussi")."""
_MEDIA_WORDS = r"watch|listen|video|vídeo|audio|mira|regardez|écoutez|guarda|ascolta|assista|ouça"
"""The labels over an embedded video or recording, in the languages read."""
_READ_MORE = re.compile(
    rf"(?:{_READ_MORE_WORDS}|{_MEDIA_WORDS})\s*[:|»›→]\s*\S.*",
    re.IGNORECASE,
)
"""A line pointing to another article or to a video: a read-more label and the article's title
("Lesen Sie auch: ...", "Read more: ...", "Lire aussi : ..."), or a media label and the title of
the video or recording it introduces ("WATCH | ...:", "MIRA | ...", "Video: ..."), in the
languages read."""
_READ_ELSEWHERE = re.compile(
    rf"(?:{_READ_MORE_WORDS}|continue\s+reading|weiterlesen|lire\s+la\s+suite)\s+"
    r"(?:at|on|en|em|sur|auf|bei|su|op|på)\s+(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\W*|"
    r"visit\s+the\s+(?:post|page|site|article)\s+for\s+more\W*",
    re.IGNORECASE,
)
"""A line sending the reader to a site's address ("Lea más en larepublica.net", "Read more at
example.com", "Weiterlesen auf example.de"), or to the post itself ("Visit the post for more.",
a blog system's description of a post it cannot summarise)."""
_LABELLED_LINE = 200
"""The longest line a read-more label or a tag label opens ("Lesen Sie auch: ...", "Tags: ...")."""
_MEDIA_LABEL = re.compile(rf"(?:{_MEDIA_WORDS})\s*[:|»›→]\s*\S", re.IGNORECASE)
"""A media label opening a line."""
_PLAYER_TEXT = 800
"""A video player's text under its label (title, summary, age, duration) is at most this
long; a longer line after a media label is the story's."""
_READ_MORE_LABEL = re.compile(
    rf"(?:{_READ_MORE_WORDS}|keep\s+reading|read\s+next|related\s+(?:articles?|stories)|"
    r"more\s+on\s+this\s+story|more\s+(?:[\w-]+\s+){0,3}(?:stories|articles)|"
    r"lesen\s+sie\s+(?:auch|mehr)\s+zum\s+thema)\s*[:»›→]?",
    re.IGNORECASE,
)
"""A read-more label standing alone ("Keep Reading", "Lesen Sie auch", "Lire aussi", "More
Great Stories"), the heading of a teaser box set inside the story, in the languages read."""
TEASER_LABEL = re.compile(
    r"(?:featured|related|latest|more|top|recommended)\s+videos?|watch\s+(?:next|more)|up\s+next|"
    r"(?:weitere|mehr|aktuelle|neueste|empfohlene)\s+videos|"
    r"v[íi]deos?\s+(?:relacionados?|recomendados?|destacados?)|"
    r"(?:autres\s+)?vidéos?\s+(?:associées|similaires|recommandées)|video\s+(?:correlati|consigliati)",
    re.IGNORECASE,
)
"""A label of a box of other videos ("Featured Video", "Up next", "Weitere Videos"), in the
languages read."""
_LINK_LABEL_CHARS = 40
"""A read-more label standing alone is at most this long."""
_TEASER_LINE = 150
"""A teaser's title or dek under a read-more label is a line this short, not a sentence."""
_SIGNUP = re.compile(
    r"\b(?:sign(?:ing)?[\s-]*up|subscrib(?:e|ing))\s+(?:to|for)\s+our\s+(?:\S+\s+){0,3}"
    r"newsletters?\b|\bunseren\s+(?:\S+\s+){0,2}newsletter\s+(?:abonnieren|bestellen)\b|"
    r"\b(?:abonnieren|bestellen)\s+sie\s+(?:\S+\s+){0,3}\S*newsletter\b|"
    r"\b(?:abonnez-vous|inscrivez-vous)\s+à\s+notre\s+(?:\S+\s+){0,2}newsletter\b|"
    r"\bsuscr[ií]b(?:ete|ase)\s+a\s+nuestr[oa]\s+(?:\S+\s+){0,2}(?:newsletter|bolet[ií]n)\b",
    re.IGNORECASE,
)
"""The site inviting the reader to its own newsletter ("Sign up to our newsletter", "Abonnieren
Sie kostenlos die X-Newsletter", "Abonnez-vous à notre newsletter"), in the languages read: a
stock line wherever it stands."""
_SIGNUP_END = re.compile(
    r"\bunsubscribe\b(?:\s+\S+){0,5}\s+at\s+any\s+time\b|\bthanks\s+for\s+(?:signing\s+up|"
    r"subscribing)\b|\bjederzeit\s+(?:wieder\s+)?abmelden\b|\bdésinscrire\s+à\s+tout\s+moment\b|"
    r"\bdarte\s+de\s+baja\s+en\s+cualquier\s+momento\b",
    re.IGNORECASE,
)
"""The last line of a newsletter box ("You can unsubscribe from this service at any time")."""
_SIGNUP_WORDS = (
    "newsletter",
    "boletín",
    "boletin",
    "unsubscribe",
    "signing up",
    "subscribing",
    "abmelden",
    "désinscrire",
    "darte de baja",
)
"""A word of :data:`_SIGNUP` or :data:`_SIGNUP_END` that a line must hold to be tested."""
_SIGNUP_LINE = 320
_SIGNUP_BOX = 5
"""A newsletter box is at most this many paragraphs, its invitation to its last line."""
TAG_LABEL = (
    r"(?:categor(?:y|ies)|kategorien?|tags?|schlagwörter|schlagworte|topics|themen|catégories?|"
    r"étiquettes|categorías?|etiquetas|categorie|argomenti)"
)
"""The label of a post's categories or tags, in the languages read."""
_TAG_LINE = re.compile(rf"{TAG_LABEL}\s*:\s*\S.{{0,100}}(?<![.!?])", re.IGNORECASE)
"""A post's category or tag line: "Kategorie: News, open3", "Tags: harbour, boats" (a list,
not a sentence: no full stop at its end)."""
_META_LABEL = (
    r"(?:views|aufrufe|hits|zugriffe|added\s+by|hinzugefügt\s+von|posted\s+by|rating|bewertung|"
    rf"comments?|kommentare|просмотров|добавил|теги|рейтинг|категория|комментарии|{TAG_LABEL})"
)
_POST_META = re.compile(
    rf"{_META_LABEL}\s*:[^|:]{{0,60}}(?:\s*[|·]\s*{_META_LABEL}\s*:[^|:]{{0,60}})+|"
    r"(?:comments?|kommentare|комментарии)(?:\s+(?:insgesamt|total|всего))?\s*:\s*\d+",
    re.IGNORECASE,
)
"""A blog system's post meta line, two labelled parts or more ("Aufrufe: 1120 | Hinzugefügt
von: Posh | Tags: , , | Rating: /0"), or its comment counter ("Kommentare insgesamt: 0"), in
the languages read."""
_READING_TIME = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?|minuten?|minutos?|minuti|minutter)\.?\s+(?:read|reading|lesezeit|"
    r"de\s+lecture|de\s+lectura|di\s+lettura|de\s+leitura|leestijd|läsning|lesetid)\b|"
    r"\b(?:reading\s+time|read\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura|"
    r"tempo\s+di\s+lettura|tempo\s+de\s+leitura|leestijd|lästid|lesetid)\s*:?\s*(?:ca\.?\s*)?\d",
    re.IGNORECASE,
)
"""A reading time ("6 min read", "Lesezeit: 2 Minuten", "Temps de lecture : 3 min"), in the
languages read."""
_EMBEDDED = (
    r"(?:(?:third[- ]party|external|embedded) (?:content|provider|platform|service|media)|"
    r"drittanbieter|(?:externe[nr]?|eingebettete[nr]?) (?:inhalte?|medien|dienste?)|"
    r"social[- ]media[- ]?(?:kanäle|kanälen|plattformen|dienste|inhalte|platforms?|content)|"
    r"contenus? (?:externes?|tiers|de tiers)|contenidos? (?:externos?|de terceros)|"
    r"contenuti? (?:esterni?|di terze parti)|conteúdos? (?:externos?|de terceiros)|"
    r"externe (?:inhoud|content)|zewnętrzn\w* treści)"
)
"""Content from another site shown inside the page, in the languages read: "third-party
content", "externe Inhalte", "contenu externe", "Social-Media-Kanälen"."""
_CONSENT = (
    r"(?:\byour? (?:consent|permission|agree|accept|cookie|privacy)|accept (?:all )?cookies|"
    r"(?:cookie|privacy|consent) (?:settings|preferences)|"
    r"\b(?:dein|deine|ihr|ihre|ihrer) (?:\w+ )?(?:einverständnis|einwilligung|zustimmung)|"
    r"einverstanden|datenschutzerklärung|"
    r"(?:cookies?|einstellungen) (?:akzeptieren|zulassen|ändern)|"
    r"votre consentement|acceptez|acceptant|su consentimiento|acept(?:a|ar|e) (?:las )?cookies|"
    r"(?:il tuo|il suo) consenso|accett(?:a|are|i) (?:i )?cookie|seu consentimento|"
    r"aceit(?:a|ar|e) (?:os )?cookies|uw toestemming|cookies accepteren|(?:twoj|pana)\w* zgod)"
)
"""The reader's consent asked for, in the languages read: "your consent", "accept cookies",
"Ihre Einwilligung", "deine widerrufliche Einwilligung", "einverstanden", "votre consentement",
"il tuo consenso"."""
_CONSENT_REQUEST = rf"{_EMBEDDED}.{{0,150}}{_CONSENT}|{_CONSENT}.{{0,150}}{_EMBEDDED}"
"""Embedded content named beside a request for consent, in either order: an embed's
placeholder waiting for the reader's consent."""
_NOTICE = re.compile(
    r"affiliate[- ]?links?|liens? (?:d'affiliation|affiliés?)|enlaces? de afiliados?|"
    r"links? (?:di affiliazione|de afiliados?)|affiliatelinks?|"
    r"(?:we|wir) (?:may )?(?:earn|receive|get|erhalten|bekommen) (?:a |an |eine )?"
    r"(?:small |kleine )?(?:commission|provision|affiliate)|"
    r"links? (?:zu|von|auf) (?:anbietern|partnern|händlern|shops)\b.{0,100}\bprovision|"
    r"(?:this|the) video (?:has )?failed to load|try refreshing (?:your|the) (?:browser|page)|"
    r"your browser does not support (?:the )?"
    r"(?:video|audio|html5|iframe)|(?:please )?enable javascript to (?:view|watch|play)|"
    r"listen to (?:this|the) (?:article|story)|escuchar? (?:la|esta) (?:noticia|nota)|"
    r"artikel (?:anhören|vorlesen)|écouter (?:cet |l')article|ascolta (?:l'articolo|la notizia)|"
    r"ouvir (?:a |esta )?(?:notícia|matéria)|lyssna på artikeln|hør artikkelen|"
    # the placeholder of an embedded post, video or map, waiting for the reader's consent
    rf"{_CONSENT_REQUEST}|"
    # a blog theme's line about the post under it (WordPress's default, and its translations)
    r"\bthis entry was posted\b.{0,200}\bfiled under\b|"
    r"\bder beitrag wurde am\b.{0,120}\bunter\b.{0,150}\babgelegt\b|"
    r"\b(?:follow any responses to this entry|die kommentare zu diese[mn]? eintrag)\b|"
    # a disclaimer standing alone
    r"^\W*(?:alle angaben ohne gewähr|all information without guarantee)\W*$|"
    # a cookie banner's lines, in the languages read
    r"\bwe\b[^.]{0,80}?\buse cookies (?:to|and|or|on)\b|"
    r"\b(?:this|our) (?:web)?site (?:uses|is using) cookies\b|"
    r"\bby (?:clicking|continuing to (?:use|browse))\b.{0,80}\byou (?:agree|consent|accept)\b"
    r"[^.]{0,40}\bcookies\b|"
    r"\b(?:give|deny|withdraw|change|manage) (?:or withdraw )?your (?:consent|cookie)|"
    r"\bstore and/or access information on (?:a|your) device\b|"
    r"[\"“„«]?(?:accept all|reject all)[\"”“»]? button|"
    r"\bwir (?:verwenden|nutzen|setzen) (?:\w+ )?cookies\b|"
    r"\bdiese (?:web)?seite (?:verwendet|nutzt) cookies\b|"
    r"\bnous utilisons des cookies\b|\bce site utilise des cookies\b|"
    r"\b(?:utilizamos|usamos) cookies\b|\beste (?:sitio|site) (?:web )?utiliza cookies\b|"
    r"\butilizziamo (?:i )?cookie\b|\bquesto sito (?:web )?utilizza (?:i )?cookie\b|"
    r"\bwij gebruiken cookies\b|\bdeze website gebruikt cookies\b|"
    r"\bvi (?:bruker|använder|bruger) (?:cookies|informasjonskapsler|kakor)\b|"
    # the site asking to be followed on social networks, in the languages read
    r"^\W*(?:follow us|folgen sie uns|folge uns|suivez-nous|síguenos|seguici|siga-nos|"
    r"følg oss|följ oss|volg ons)\s+(?:on|at|auf|bei|sur|en|su|no|nas|på|op)\s+(?:the\s+)?"
    r"(?:facebook|twitter|x|instagram|tiktok|youtube|linkedin|threads|bluesky|whatsapp|"
    r"telegram|mastodon)\b.{0,80}$",
)
"""A site's notice, not the story: an affiliate-link disclosure ("Die ... Links sind
Affiliate-Links", "we may earn a commission"), a media player's fallback text ("We apologize,
but this video has failed to load", "Try refreshing your browser", "Your browser does not
support the video tag"), the label
of a player that reads the article aloud ("Listen to this article", "Escucha la noticia") or the
placeholder of an embedded post that asks for the reader's consent first ("Wir stellen ohne dein
Einverständnis keine Verbindung zu den Social-Media-Kanälen her", "This third-party content is
shown only with your consent"), or a blog theme's line about the post ("This entry was posted on
... and is filed under ...", "Der Beitrag wurde am ... veröffentlicht und wurde unter ...
abgelegt"), the site asking to be followed on a social network ("Follow us on Facebook and
Instagram", "Folgen Sie uns auf X", "Suivez-nous sur Instagram"), or a cookie banner's line
("We use cookies to ...", "Diese Seite verwendet Cookies", "You can withdraw your consent at
any time", "Use the "Accept all" button", the consent framework's "store and/or access
information on a device")."""
_BOX_LINE = re.compile(
    # a newsletter box's or a comment box's lines, left where the box was
    r"^(?:(?:click|tap) here to )?(?:get|sign up for|subscribe to)\b.{0,100}\b"
    r"(?:in your inbox|newsletters?)\b|"
    r"^(?:(?:click|tap) here to )?sign up for (?:breaking news|our|the latest)\b|"
    r"by signing up,? you (?:consent|agree)|"
    r"^sign up to get\b.{0,120}\b(?:delivered|in your inbox)\b|"
    r"^thanks? (?:you )?for (?:signing up|subscribing)\W*$|"
    r"interested in more newsletters|comments are (?:closed|disabled)|"
    r"you must be logged in to (?:comment|post|join|reply)|"
    r"^join the (?:conversation|discussion)\W*$|"
    r"^\W*(?:no comments(?: yet)?|keine kommentare|noch keine (?:kommentare|bewertungen))\W*"
    r"(?:\([^()]*\)\W*)?(?:loading\W*)?$|"
    # a consent placeholder of an embedded post, an error-report widget
    r"^empfohlener redaktioneller inhalt\W*$|^fehler melden\b|sie haben einen fehler gefunden|"
    # a registration wall's lines, left where the box was
    r"\b(?:subscribe|sign\s+in|log\s*in|register)\b.{0,30}\bto\s+unlock\b|"
    r"\breserved\s+for\s+subscribers\b|^sign\s+in\s+or\s+create\s+an\s+account\W*$",
)
"""A line of a box left where the box was: a newsletter or comment box ("Get the latest news in
your inbox", "By signing up you consent ...", "Sign up to get ... delivered daily", "Thanks for
signing up!", "Comments are closed", "Join the conversation",
"Keine Kommentare"), a registration wall ("SUBSCRIBE TO UNLOCK MORE ARTICLES"), an embed's
consent placeholder or an error-report widget."""
_BOX_LINE_CHARS = 200
_BOX_WORDS = (
    "inbox", "sign", "newsletter", "comment", "logged", "join", "kommentar", "bewertung",
    "empfohlener", "fehler", "unlock", "subscriber", "account", "thank",
)  # fmt: skip
"""Words one of which each alternative of :data:`_BOX_LINE` holds (a test checks it): most
short paragraphs hold none and are spared the expression."""
_NOTICE_LINE = 400
_CONSENT_OPENING = re.compile(_CONSENT_REQUEST)
"""An embed's consent placeholder (:data:`_CONSENT_REQUEST`, one of :data:`_NOTICE`), looked
for in the opening of a longer paragraph: "Um eingebettete Inhalte anzuzeigen, ist deine
widerrufliche Einwilligung ... notwendig" goes on for several sentences of legal terms."""
_CONSENT_WORDS = (
    "einwillig", "einverst", "zustimm", "consent", "cookie", "toestemming", "consenso",
    "consentimiento", "consentement", "zgod", "permission", "privacy", "accept", "datenschutz",
    "agree", "einstellungen",
)  # fmt: skip
"""Words one of which every consent request of :data:`_CONSENT` holds (a test checks it): a
cheap test before :data:`_CONSENT_OPENING`, since long paragraphs naming "video" or "social"
are many."""
_CONSENT_OPENING_CHARS = 250
_CONSENT_TEXT = 1500
"""A consent placeholder is at most this long; it asks in its first
:data:`_CONSENT_OPENING_CHARS` characters."""
_CONTROL_LINE = 80
_NOTICE_WORDS = (
    "fili", "commission", "provision", "video", "browser", "javascript", "listen", "escucha",
    "anhören", "vorlesen", "écouter", "ascolta", "ouvir", "lyssna", "hør artikkelen",
    "third", "extern", "embedded", "drittanbieter", "eingebettet", "social", "contenu",
    "contenido", "contenut", "conteúdo", "zewnętrzn", "entry", "eintrag", "beitrag wurde",
    "gewähr", "guarantee", "cookie", "informasjonskapsler", "kakor", "your consent",
    "accept all", "reject all", "access information", "follow us", "folgen sie uns",
    "folge uns", "suivez", "síguenos", "seguici", "siga-nos", "følg oss", "följ oss", "volg ons",
)  # fmt: skip
"""Words one of which every :data:`_NOTICE` holds, in lower case ("fili" for "affiliate" and
"afiliados")."""
_CONTROLS = (
    r"(?:(?:print|drucken|imprimir|imprimer|stampa|drukuj|skriv ut)"
    r"(?: (?:this )?(?:article|page|recipe|artikel|seite|rezept))?|"
    r"(?:artikel|seite|rezept) drucken|"
    # a recipe card's buttons ("Print Recipe", "Pin Recipe", "Bei Pinterest speichern")
    r"(?:pin|save|rate) (?:this )?recipe|(?:bei|auf) pinterest (?:speichern|merken)|"
    r"save (?:to|on) pinterest|(?:sterne|stern) anklicken zum bewerten|"
    r"click (?:on )?(?:the )?stars to rate|"
    r"rate (?:this )?(?:article|story)|artikel bewerten|valora (?:esta )?(?:noticia|nota)|"
    r"noter cet article|vota (?:questo )?articolo|avalie (?:esta )?(?:notícia|matéria)|"
    r"(?:show|hide) (?:more|less|sources|comments|captions?)|"
    r"(?:quellen|kommentare) (?:ein|aus)blenden|"
    r"(?:mehr|weniger) anzeigen|(?:mostrar|ver) más|(?:afficher|voir) plus|mostra di più|"
    r"ver mais|sorted by|sort by|sortieren nach|ordenar por|trier par|ordina per|"
    r"back to (?:the )?(?:gallery|top|article|story|video)|zurück zur (?:galerie|übersicht)|"
    # a skip link for keyboards and screen readers ("Skip to content", "Skip past newsletter
    # promotion")
    r"skip (?:to|past) (?:the )?(?:main )?[\w-]+(?: [\w-]+)?|"
    r"(?:[\w-]+ )?(?:auf|zu|aus|ein)klappen|(?:[\w-]+ )?(?:freischalten|entsperren)|"
    r"(?:inhalte?|video|karte|beitrag) (?:laden|anzeigen)|"
    r"(?:load|show|unblock) (?:the )?(?:content|video|tweet|post|map|embed)|"
    # an event's calendar button, a live page's refresh button
    r"(?:zum|in den) kalender (?:hinzufügen|eintragen)|add to (?:my )?calendar|"
    r"ajouter (?:à|au) (?:mon |votre )?(?:agenda|calendrier)|añadir al calendario|"
    r"aggiungi al calendario|adicionar ao calendário|"
    r"refresh|aktualisieren|rafra[iî]chir|actualizar|aggiorna|atualizar|oppdater|uppdatera|"
    # a placeholder shown while a box loads ("Loading...", "Wird geladen …")
    r"loading|(?:wird )?geladen|lädt|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|"
    r"carregando|laster(?: inn)?|laddar|indlæser|"
    # a share button's label, a network's name on a share button
    r"share(?: this (?:article|story|post|page)(?: (?:on|in|via|with) [\w ]{1,30})?)?|"
    r"teilen|partager|compartir|condividi|compartilhar|del|dela|delen|versenden|weiterleiten|"
    r"(?:artikel|beitrag|seite) (?:teilen|versenden)|partager (?:cet |l')article|"
    r"compartir (?:esta |la )?(?:noticia|nota)|condividi (?:l'articolo|questo articolo)|"
    r"compartilhe (?:esta )?(?:notícia|matéria)|"
    r"分享(?:到|给朋友|让更多人看到)?|シェア(?:する)?|"
    r"facebook|twitter|whatsapp|e-?mail|linkedin|pinterest|telegram|reddit|flipboard|"
    r"copy link|link kopieren|copier le lien|copiar enlace|"
    # a like button's label and its loading text ("Like this:", "Like Loading..."), a video
    # player's "Up next"
    r"like(?: this| loading)?|up next|social share|"
    # a picture viewer's buttons: show the caption, close the viewer
    r"caption|close|schließen|fermer|cerrar|chiudi|fechar|lukk|stäng|"
    # a badge: a live report's, a breaking story's
    r"live|live ?blog|live-?ticker|en direct|en vivo|ao vivo|in diretta|direkt|breaking(?: news)?|"
    r"eilmeldung|última hora|dernière minute)"
)
_CONTROL = re.compile(rf"{_CONTROLS}(?: {_CONTROLS}){{0,2}}", re.IGNORECASE)
"""The label of a page control, or two or three side by side ("Box aufklappen Box zuklappen",
"Rezept drucken Bei Pinterest speichern Sterne anklicken zum Bewerten"): print,
rate, show or hide, expand or collapse, sort, back to the gallery, load an embedded post
("Twitter freischalten", "Load content"), share ("分享让更多人看到", "シェア") or like, a player's
"Up next", an event's "Add to calendar", a live page's "Refresh", a placeholder shown while a
box loads ("Loading...", "Wird geladen …"); or a badge ("LIVE", "Breaking", "Eilmeldung"), in
the languages read."""
_COUNTER = re.compile(
    r"(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|diapositiva|bilde)\s+)?"
    r"(?P<at>\d{1,3})\s*(?:/|of|von|aus|de|di|sur|su|av|van|z)\s*(?:/\s*)?(?P<of>\d{1,3})"
    r"(?:\s+(?:photos?|images?|pictures?|slides?|bilder|fotos?|imágenes|immagini))?",
    re.IGNORECASE,
)
"""A gallery's counter ("1 / 4", "2 of 6", "Bild 3 von 17", "2/28 photos"), in the languages
read."""
_STAMP_WORDS = 5
"""A stamp line has at most this many words besides its numbers ("Publicado el 03/05/2022 a las
22h03": five, the "h" of the time among them)."""
_STAMP_WORD = 12
_LONGEST_HEADING = 250
"""A heading longer than this is a paragraph set in a heading's type."""


def _first_candidate(srcset: str) -> str | None:
    first = srcset.split(",")[0].split()
    return first[0] if first else None


def _image_url(image: html.HtmlElement) -> str | None:
    source = image.get("src")
    if source and not PLACEHOLDER.search(source):
        return source
    for attribute in _LAZY_ATTRIBUTES:
        value = image.get(attribute)
        if value and not value.startswith("data:"):
            return value
    for attribute in _SRCSET_ATTRIBUTES:
        value = image.get(attribute)
        if value:
            return _first_candidate(value)
    # lxml's parser does not know <source> is void: the <img> may sit inside it.
    picture = next((a for a in image.iterancestors() if a.tag == "picture"), None)
    if picture is not None:
        for source_element in picture.iter("source"):
            for attribute in _SRCSET_ATTRIBUTES:
                value = source_element.get(attribute)
                if value:
                    return _first_candidate(value)
    return None


def _loose_captions(content: html.HtmlElement) -> None:
    """Make a caption written outside a ``<figure>`` (``<p class="caption">`` beside an image)
    the caption of a figure, in place: the wrapper holding only its image and it becomes the
    figure; any other such caption is dropped. Either way it is not read as a paragraph. A
    ``<figcaption>`` outside a ``<figure>`` is such a caption too."""
    captions: dict[str, bool] = {}  # a class value: whether it names a caption, tested once
    loose = [
        element
        for element in content.iter("p", "div", "span", "figcaption")
        if element.tag == "figcaption" or _names_caption(element, captions)
    ]
    beside = Counter(element.getparent() for element in loose)
    for element in loose:
        if element.tag == "figcaption" and any(a.tag == "figure" for a in element.iterancestors()):
            continue
        parent = element.getparent()
        if (
            parent is None
            or parent is content
            or element.find(".//img") is not None  # a figure's wrapper ("wp-caption")
            or any(a.tag in ("figure", "figcaption") for a in element.iterancestors())
        ):
            continue
        if (
            beside[parent] <= _PICTURE_CAPTIONS  # not a gallery's box of captions
            and parent.find(".//img") is not None
            and all(a.tag != "figure" for a in parent.iterancestors())
            and text_length(parent) <= text_length(element) + _CAPTION_SLACK
        ):
            element.tag = "figcaption"
            parent.tag = "figure"
        elif beside[parent] > _PICTURE_CAPTIONS and _lone_picture(picture := element.getprevious()):
            _pair(picture, element)  # a gallery's picture and its caption
        else:
            element.drop_tree()


def _lone_picture(element: html.HtmlElement | None) -> TypeGuard[html.HtmlElement]:
    """Whether an element is a picture alone: an image, or a wrapper holding one image and
    no text (a link, a ``<picture>``)."""
    if element is None or not isinstance(element.tag, str):
        return False
    if element.tag == "img":
        return True
    images = element.iter("img")
    return (
        next(images, None) is not None
        and next(images, None) is None
        and not element.text_content().strip()
    )


def _pair(picture: html.HtmlElement, caption: html.HtmlElement) -> None:
    """Make a picture and the caption right after it a ``<figure>`` in their place, in place;
    the text after the caption stays after the figure."""
    figure = html.Element("figure")
    picture.addprevious(figure)
    after, caption.tail = caption.tail, None
    figure.append(picture)  # moved, with its tail (before the caption)
    figure.append(caption)
    caption.tag = "figcaption"
    figure.tail = after


def _names_caption(element: html.HtmlElement, known: dict[str, bool]) -> bool:
    """Whether the class of ``element`` names a caption (:data:`_CAPTION_CLASS`,
    :data:`_CAMEL_CAPTION`), each class value tested once (``known``)."""
    value = element.get("class") or ""
    named = known.get(value)
    if named is None:
        named = known[value] = any(
            _CAPTION_CLASS.search(name.lower()) or _CAMEL_CAPTION.search(name)
            for name in value.split()
        )
    return named


def _figure_captions(content: html.HtmlElement) -> None:
    """Make the caption of a ``<figure>`` written without ``<figcaption>`` (``<div
    class="caption">`` under the picture) its ``<figcaption>``, in place: the first element
    inside the figure that a caption class names and that holds no picture, so that its text
    is read as the caption and its credit (``<span class="caption__credit">``) as the credit."""
    captions: dict[str, bool] = {}
    for figure in content.iter("figure"):
        if figure.find(".//figcaption") is not None:
            continue
        for element in figure.iter("div", "p", "span"):
            if _names_caption(element, captions) and element.find(".//img") is None:
                element.tag = "figcaption"
                break


def _amp_images(content: html.HtmlElement) -> None:
    """Make an AMP page's ``<amp-img>`` an image, in place (its fallback ``<img>``, if it holds
    one)."""
    for amp in list(content.iter("amp-img")):
        if amp.getparent() is None:
            continue
        fallback = amp.find(".//img")
        if fallback is None:
            for child in list(amp):
                amp.remove(child)  # a placeholder <amp-img> inside: the same picture
            amp.tag = "img"
        else:
            fallback.tail = None
            amp.addprevious(fallback)  # the <img> of its <noscript>, in its place
            amp.drop_tree()


def fix_images(content: html.HtmlElement) -> None:
    """Give each image its real address and unwrap needed ``<noscript>`` fallbacks, in place
    (after :func:`_amp_images`, which the caller runs).

    A ``<noscript>`` copy is dropped when the images beside it (in its parent, outside any
    ``<noscript>``: the lazy copies) give an address; else those images go and the copy is
    unwrapped. Each parent's images are looked at once, however many copies it holds (a
    gallery of lazy pictures in one box)."""
    beside: dict[html.HtmlElement, bool] = {}  # a parent: whether its lazy copies give an address
    for noscript in list(content.iter("noscript")):
        parent = noscript.getparent()
        if parent is None:
            continue
        addressed = beside.get(parent)
        if addressed is None:
            images = [i for i in parent.iter("img") if enclosing(i, "noscript", parent) is None]
            addressed = beside[parent] = any(_image_url(image) for image in images)
            if not addressed:
                for image in images:
                    image.drop_tree()
        if addressed:
            noscript.drop_tree()
        else:
            noscript.drop_tag()
    for image in list(content.iter("img")):
        url = _image_url(image)
        if url is None:
            image.attrib.pop("src", None)
        elif _is_icon(url) or _is_pixel(image):
            image.drop_tree()  # its tail, if any, stays
        else:
            image.set("src", url)


_PIXEL = 2
"""An image declared this many pixels wide and high, or fewer, shows nothing: a counting pixel
(`<img src="https://.../na/94ac..." width="1" height="1">`) or a spacer."""


def _is_pixel(image: html.HtmlElement) -> bool:
    """Whether every size an image declares (its width, its height, one of them at least) is
    :data:`_PIXEL` pixels or fewer. A photo declared 800 pixels wide and 0 high (its height
    left for a script to set) is no pixel.

    >>> pixel = html.fragment_fromstring('<img src="c.gif" width="1" height="1">')
    >>> photo = html.fragment_fromstring('<img src="p.jpg" width="800" height="0">')
    >>> _is_pixel(pixel), _is_pixel(photo)
    (True, False)
    """
    declared = declared_sizes(image)
    return bool(declared) and max(declared) <= _PIXEL


_ICON_NAME = re.compile(r"icon|logo|spinner|loader|loading|button|arrow|chevron")


def _is_icon(url: str) -> bool:
    """Whether an image is a drawing of the site's, not a picture of the story: an SVG file
    named as an icon, a logo, a loading spinner or a control ("icon-spinner-animated.svg",
    "logo-identity.svg", "button-back-to-top.svg", "arrow-right.svg"). A story's photographs
    are never SVG files.

    >>> _is_icon("/images/icon-spinner-animated.svg"), _is_icon("/photos/logo-unveiled.jpg")
    (True, False)
    >>> _is_icon("/assets/button-back-to-top-4410420d.svg")
    True
    """
    path = url.split("?", 1)[0].split("#", 1)[0].lower()
    return path.endswith(".svg") and _ICON_NAME.search(path.rsplit("/", 1)[-1]) is not None


def _split_at_double_breaks(content: html.HtmlElement) -> None:
    """Make two or more ``<br>`` in a row, in text written straight into a container, a
    paragraph break (an ``<hr>``, which ends a loose paragraph). A ``<font>`` holding such
    paragraphs (an old page's whole story) is read as the block it is, a ``<div>``."""
    for br in list(content.iter("br")):
        parent = br.getparent()
        following = br.getnext()
        if (
            parent is None
            or parent.tag not in _BREAK_CONTAINERS
            or following is None
            or following.tag != "br"
            or (br.tail or "").strip()
        ):
            continue
        br.tag = "hr"
        if parent.tag == "font":
            parent.tag = "div"  # a font holding paragraphs is a block of the page: read as one


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
"""Zero-width characters: a paragraph of these alone is empty to a reader. (A separator such as
"___" or "◇" is seen, and kept.)"""


_TOOLBAR_ITEMS = 3


def _is_toolbar(items: tuple[str, ...]) -> bool:
    """Whether a list is a bar of the page's controls and notices ("Kommentare", "E-Mail",
    "Teilen", "Drucken", ...): at least :data:`_TOOLBAR_ITEMS` of its items, and at least
    half of them, are lines of the page (:func:`is_page_line`)."""
    if len(items) < _TOOLBAR_ITEMS:
        return False
    found = sum(map(is_page_line, items))
    return found >= _TOOLBAR_ITEMS and 2 * found >= len(items)


def _clean_block(block: Block) -> Block | None:
    match block:
        case Paragraph(text=text, quotes=quotes):
            if quotes:
                return block if text.strip() else None
            squashed = squash(text)
            if not squashed.strip(_INVISIBLE):
                return None  # nothing a reader sees: zero-width characters only
            return block if squashed == text else Paragraph(text=squashed)
        case BlockQuote(text=text, speaker=speaker):
            parts = [squash(part) for part in text.split("\n\n")]
            joined = "\n\n".join(part for part in parts if part)
            if speaker is not None:
                speaker = split_cite(speaker)
            return BlockQuote(text=joined, speaker=speaker) if joined else None
        case ListBlock(items=items, ordered=ordered):
            kept = tuple(item for item in map(squash, items) if item)
            if _is_toolbar(kept):
                return None
            return ListBlock(items=kept, ordered=ordered) if kept else None
        case Figure():
            media = clean_media(block.media)
            if media.url is None and media.caption is None:
                return None
            return Figure(media=media)
    return None  # pragma: no cover - the cases cover Block


def clean_media(media: Media) -> Media:
    """Squash a media item's texts (a figure's, or the picture the page's metadata declares),
    take a label off its caption ("Legende: ..."), drop a caption that is only a gallery's
    counter ("2/28 photos": :func:`_is_counter`), take label words off its credit ("Photo:
    Ann Lee", "Photo by Ann Lee") and split a credit printed at the end of the caption ("...
    Photograph: Tom Hale/Courier"). A credit label left at the caption's end, its credit in
    an element of its own ("... Quelle:" and "THW"), goes."""
    caption = None if media.caption is None else squash(media.caption) or None
    if caption is not None and (label := CAPTION_LABEL.match(caption)) is not None:
        caption = caption[label.end() :] or caption
    if caption is not None and _is_counter(caption):
        caption = None  # "2/28 photos": the picture's place in a gallery, no caption
    credit = None if media.credit is None else squash(media.credit) or None
    if caption is not None and credit is None:
        rest, credit = split_caption_credit(caption)
        echo = split_alt_echo(media.alt, caption) if credit is None else None
        # the picture's description, then its credit without a label ("... Jelko Djuren")
        caption, credit = echo if echo is not None else (rest or None, credit)
    elif caption is not None and caption.endswith((":", "©")):  # "... Quelle:" before its credit
        rest, extra = split_caption_credit(caption)
        caption = (rest or None) if extra is None else caption
    if credit is not None:
        parsed = parse_credit(credit)
        if parsed is not None and parsed.credit:
            credit = parsed.credit
        else:  # a credit element printing "Photo by Jane Doe": the words after the label
            rest, named = split_caption_credit(credit)
            credit = named if named and not rest else credit
        printed = credit
        if credit.startswith("(") and credit.endswith(")"):
            credit = credit[1:-1].strip() or credit  # "(NPA)"
        shown = next((c for c in (printed, credit) if caption and caption.endswith(c)), None)
        if caption is not None and shown is not None and caption != shown:
            # the credit printed in the caption too, perhaps after its label ("Source: X")
            rest = _LABEL_END.sub("", caption[: -len(shown)])
            caption = rest.rstrip(CAPTION_ENDS + "/") or None
    alt = None if media.alt is None else squash(media.alt)  # an empty alt stays: decorative
    return attrs.evolve(media, caption=caption, credit=credit, alt=alt)


def lead_media(content: html.HtmlElement, declared: Media | None = None) -> Media | None:
    """The lead figure of the article when it stands before the body, outside the content
    element, in the same ``<article>`` or ``<main>``, or else in the nearest wrapper that holds
    the page's ``<h1>`` with the body (it is changed in place); without a ``<figure>`` there,
    a block of one image and its caption (:func:`picture_block`), when the page's metadata
    declares no image (``declared``) or the same picture without a caption
    (:func:`same_picture`; the declared address is kept)."""
    container = article_wrapper(content)
    if container is None:
        return None
    for figure in container.iter("figure"):
        if figure is content or any(a is content for a in figure.iterancestors()):
            return None  # the body's own figures come next: no lead figure before them
        if any(content is d for d in figure.iter()):
            continue
        if _is_portrait(figure, container):
            continue
        _amp_images(figure)
        fix_images(figure)
        media = clean_media(figure_media(figure))
        if media.url is not None:
            return media
    block = picture_block(container, content)  # a picture and its caption in a plain block
    if block is None or _is_portrait(block, container):
        return None
    fix_images(block)
    media = figure_media(block)
    if media.url is None:
        return None
    if declared is not None and declared.url is not None:
        if declared.caption is not None or not same_picture(media.url, declared.url):
            return None
        media = attrs.evolve(media, url=declared.url)
    # The caption's and the credit's elements are often side by side without a space.
    caption = join_texts(caption_texts(block))
    return clean_media(attrs.evolve(media, caption=caption, credit=None))


def article_wrapper(content: html.HtmlElement) -> html.HtmlElement | None:
    """The ``<article>`` or ``<main>`` a few levels above the content, or else the nearest
    element there that holds an ``<h1>`` too: the title block and the body in one wrapper."""
    ancestors: list[html.HtmlElement] = []
    for ancestor in content.iterancestors():
        if len(ancestors) >= _LEAD_LEVELS or ancestor.tag in ("body", "html"):
            break
        if ancestor.tag in ("article", "main"):
            return ancestor
        ancestors.append(ancestor)
    return next((a for a in ancestors if next(a.iter("h1"), None) is not None), None)


def _is_portrait(figure: html.HtmlElement, container: html.HtmlElement) -> bool:
    """Whether a figure, or an element it sits in within ``container``, is named as an
    author's picture (:data:`_PORTRAIT`)."""
    element: html.HtmlElement | None = figure
    while element is not None and element is not container:
        if _PORTRAIT.search(name_label(element)):
            return True
        element = element.getparent()
    return False


def is_page_line(text: str) -> bool:
    """Whether a paragraph is a line of the page, not of the story: an ad's label, a date
    stamp, a reading time, a gallery's counter or pager, a site's notice, a control's label, a
    line pointing to another article or a post's category or tag line."""
    return (
        _is_placeholder(text)
        or _is_read_more(text)
        or _is_tag_line(text)
        or is_stamp(text)
        or _is_reading_time(text)
        or _is_counter(text)
        or is_pager(text)
        or _is_notice(text)
        or _is_box_line(text)
        or _is_control(text)
        or _is_trail(text)
        or _is_site_links(text)
    )


_SITE_LINK_WORDS = (
    r"impressum|datenschutz(?:erklärung)?|agb|kontakt|mediadaten|cookie-?einstellungen|"
    r"barrierefreiheit|imprint|privacy(?: policy)?|terms(?: of (?:use|service))?|contact(?: us)?|"
    r"cookie (?:settings|policy)|cookies|accessibility|sitemap|about us|advertise|careers|jobs|"
    r"mentions légales|confidentialité|aviso legal|privacidad|contacto|note legali|contatti|"
    r"shop|abo|newsletter|rss|faq|hilfe|help"
)
_SITE_LINKS = re.compile(
    rf"(?:{_SITE_LINK_WORDS})(?:[\s|·•,/–—-]+(?:{_SITE_LINK_WORDS})){{2,}}[\s|·•,/–—-]*",
    re.IGNORECASE,
)
"""Three or more links of a site's footer side by side, in the languages read: imprint,
privacy, terms, contact, cookies, advertising, jobs (the whole line: the test fails at the
first word of most lines)."""
_SITE_LINKS_LINE = 160


def _is_site_links(text: str) -> bool:
    """Whether a paragraph is only the names of a footer's links, three or more ("Shop Kontakt
    Mediadaten Impressum AGB Datenschutz Cookie-Einstellungen", "Privacy Policy | Terms |
    Contact"), left when the links were taken out of a footer that nothing names."""
    return len(text) <= _SITE_LINKS_LINE and _SITE_LINKS.fullmatch(text.strip()) is not None


_TRAIL_SEPARATOR = re.compile(r"\s+[»›>]\s+")
_TRAIL_PARTS = 3
_TRAIL_PART_WORDS = 8


def _is_trail(text: str) -> bool:
    """Whether a paragraph is a breadcrumb trail: at least :data:`_TRAIL_PARTS` short parts
    joined by "»", "›" or ">" between spaces ("Home » Recipes » Cakes » Lemon cake"), the
    page's place on the site, each part but the last (the page's title) opening with a capital
    or a digit. A line ending with a full stop is a sentence, and a line with "«" is left
    alone: French, German and Nordic text quotes between guillemets."""
    if len(text) > _LABELLED_LINE or ("»" not in text and "›" not in text and ">" not in text):
        return False
    line = text.strip(" »›>")
    if "«" in line or line.endswith("."):
        return False
    parts = _TRAIL_SEPARATOR.split(line)
    return len(parts) >= _TRAIL_PARTS and all(
        0 < len(part.split()) <= _TRAIL_PART_WORDS
        and (part[0].isupper() or part[0].isdigit())
        and not part.endswith((".", "!", "?"))
        for part in parts[:-1]
    )


def _is_box_heading(text: str) -> bool:
    """Whether a heading is a line of the page set as a heading: an ad's label, a box's line,
    a control's label or a footer's links (:func:`is_page_line` without the stamps, counters
    and notices that a section heading may resemble: "Nachtrag 22.04.2020 10:30 Uhr")."""
    return _is_placeholder(text) or _is_box_line(text) or _is_control(text) or _is_site_links(text)


def _is_tag_line(text: str) -> bool:
    """Whether a paragraph is only a post's category or tag line (:data:`_TAG_LINE`) or its
    meta line (:data:`_POST_META`)."""
    if len(text) > _LABELLED_LINE:
        return False
    line = text.strip()
    return _TAG_LINE.fullmatch(line) is not None or _POST_META.fullmatch(line) is not None


def _is_read_more(text: str) -> bool:
    """Whether a paragraph is a read-more label and another article's title ("Lesen Sie auch:
    ...", "Read more: ..."), written as text (a link to the article is left out by the pruner
    whatever its label), or a media label with what a video player prints: the title, a
    summary, its age and duration ("WATCH | ...: ... 14 hours ago Duration 1:30 ...")."""
    if len(text) <= _LABELLED_LINE:
        line = text.strip()
        if _READ_MORE.fullmatch(line) is not None:
            return True
        return "." in line and _READ_ELSEWHERE.fullmatch(line) is not None  # an address's dot
    return (
        len(text) <= _PLAYER_TEXT
        and _MEDIA_LABEL.match(text.lstrip()) is not None
        and _TIME.search(text) is not None
    )


def _without_boxes(blocks: list[Block]) -> list[Block]:
    """The blocks without the boxes of the site set inside the story (:func:`_box_end`)."""
    kept: list[Block] = []
    position = 0
    while position < len(blocks):
        end = _box_end(blocks, position)
        if end is None:
            kept.append(blocks[position])
            position += 1
        else:
            position = end
    return kept


def _box_list_end(blocks: list[Block], position: int) -> int | None:
    """Where the list of a box whose line stood before ``blocks[position]`` ends: a
    registration wall's benefits ("THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY", then
    "Unlimited online access ...", "Daily puzzles ..."), a newsletter box's list of letters.
    The list follows the line, or the one short line after it ("Subscribe now to read the
    latest news"), and its items are short; None when no such list follows."""
    for offset, block in enumerate(blocks[position : position + 2]):
        if isinstance(block, ListBlock):
            if block.items and all(len(item) <= _BOX_LINE_CHARS for item in block.items):
                return position + offset + 1
            return None
        if not isinstance(block, Paragraph) or len(block.text) > _BOX_LINE_CHARS:
            return None
    return None


def _box_end(blocks: list[Block], position: int) -> int | None:
    """Where a box of the site that opens at ``blocks[position]`` ends (the position after
    it), or None if none opens there.

    - A teaser: a read-more label standing alone (:data:`_READ_MORE_LABEL`), the pictures
      without a caption after it (the teaser's) and the one short line after those that is no
      sentence (the other article's title or dek, "„Markt zieht Investitionen an“"); when only
      such lines and pictures follow it to the section's end (:func:`_teaser_run`), all of
      them. A sentence after the label is the story's and stays.
    - A pager: the numbers and arrows of a gallery's or a split article's links, one to a
      paragraph or a list's item (:func:`~newsmodel.formats.html._pager.pager_end`).
    - A newsletter box: the site's invitation to its newsletter (:data:`_SIGNUP`), with the
      lines after it down to the box's last line (:data:`_SIGNUP_END`, "You can unsubscribe
      at any time") when that follows within :data:`_SIGNUP_BOX` paragraphs.
    """
    pager = pager_end(blocks, position)
    if pager is not None:
        return pager
    block = blocks[position]
    position += 1
    if isinstance(block, Paragraph) and _is_read_more_label(block.text):
        if _teaser_run(blocks, position):
            return len(blocks)  # "Mehr zum Thema:" and the teasers' titles to the end
        while (
            position < len(blocks)
            and isinstance(blocks[position], Figure)
            and not _has_caption(blocks[position])
        ):
            position += 1
        if position < len(blocks) and _is_teaser_line(blocks[position]):
            position += 1
        return position
    if not _is_signup(block, _SIGNUP):
        return None
    box = blocks[position : position + _SIGNUP_BOX - 1]
    end = next((n for n, line in enumerate(box) if _is_signup(line, _SIGNUP_END)), None)
    if end is not None and all(isinstance(line, Paragraph) for line in box[:end]):
        position += end + 1
    return position


_TEASER_RUN = 8
"""A box of teasers left as lines is at most this many blocks (titles, deks, pictures)."""


def _teaser_run(blocks: list[Block], start: int) -> bool:
    """Whether the blocks from ``start`` to the end are a box's teasers left as lines: one to
    :data:`_TEASER_RUN` pictures without a caption and short lines that are no sentences
    (other articles' titles)."""
    run = blocks[start:]
    return (
        0 < len(run) <= _TEASER_RUN
        and any(isinstance(block, Paragraph) for block in run)
        and all(
            _is_teaser_line(block) or (isinstance(block, Figure) and not _has_caption(block))
            for block in run
        )
    )


def _is_signup(block: Block, pattern: "re.Pattern[str]") -> bool:
    """Whether a block is a short paragraph that ``pattern`` finds words of a newsletter box
    in (tested only when it names a newsletter or unsubscribing: few paragraphs do)."""
    if not isinstance(block, Paragraph) or len(block.text) > _SIGNUP_LINE or block.quotes:
        return False
    lowered = block.text.lower()
    if not any(word in lowered for word in _SIGNUP_WORDS):
        return False
    return pattern.search(block.text) is not None


def _is_read_more_label(text: str) -> bool:
    """Whether a paragraph is only a read-more label (:data:`_READ_MORE_LABEL`)."""
    return len(text) <= _LINK_LABEL_CHARS and _READ_MORE_LABEL.fullmatch(text.strip()) is not None


def _has_caption(block: Block) -> bool:
    return isinstance(block, Figure) and bool(block.media.caption or block.media.credit)


def _is_teaser_line(block: Block) -> bool:
    """Whether a block is a short line that is no sentence (a title, a dek)."""
    if not isinstance(block, Paragraph) or block.quotes:
        return False
    text = block.text.strip()
    return len(text) <= _TEASER_LINE and not text.endswith(SENTENCE_ENDS)


def _is_placeholder(text: str) -> bool:
    """Whether a paragraph is only an ad slot's label ("Advertisement", "- Anzeige -")."""
    return len(text) < 60 and _AD_LABEL.fullmatch(text.strip(" -–—·:|()[]*")) is not None


def is_stamp(text: str) -> bool:
    """Whether a paragraph is only a date, or a time and a year, with at most a few short words
    ("Freitag, 28.04.2023, 19:25", "12.12.2025, 05:07 Uhr", "Published 2:16 AM EST Nov 20,
    2019", "2018年6月18日 10:01 発信地：カノ"), a date alone with its month in words ("2 apr 2025",
    "April 2, 2025"), or only times
    ("00:00 / 03:15"), each perhaps after a label ("Published Jun 5, 2026", "Last updated 15
    hours ago"): a time stamp or a player's clock, not body text.
    A time with words and no date ("4:14 p.m.", a live report's entry) is body text."""
    if len(text) > STAMP_LINE:
        return False
    labelled = STAMP_LABEL.match(text)
    dated = text[labelled.end() :] if labelled is not None else text
    cjk = _CJK_DATE.search(dated)
    if cjk is not None:
        dated = f"{dated[: cjk.start()]} {dated[cjk.end() :]}"
    words = _WORD.findall(text if cjk is None else dated)
    if len(words) > _STAMP_WORDS or any(len(word) > _STAMP_WORD for word in _WORD.findall(dated)):
        return False
    if cjk is not None or _NUMERIC_DATE.search(text):
        return True
    # "Last updated 15 hours ago", "Publié il y a 2 jours" (the label took the "il")
    ago = None if labelled is None else AGO.search(text)
    if (
        ago is not None
        and labelled is not None
        and ago.start() <= labelled.end()
        and ago.end() == len(text.rstrip(" ."))
    ):
        return True
    worded = _WORDED_DATE.fullmatch(dated)
    if worded is not None and month_number(worded["after"] or worded["before"]) is not None:
        return True
    return _TIME.search(text) is not None and (not words or YEAR.search(text) is not None)


def _is_reading_time(text: str) -> bool:
    """Whether a paragraph is a short line giving the reading time, with perhaps the date and
    the publication ("Published in Civic Notes · 6 min read · Jun 3, 2024"): the article's
    header line, not body text. A sentence that ends as one is body text."""
    return (
        len(text) <= STAMP_LINE
        and not text.rstrip().endswith(SENTENCE_ENDS)
        and _READING_TIME.search(text) is not None
    )


def _is_notice(text: str) -> bool:
    """Whether a paragraph is a site's notice (:data:`_NOTICE`): short, with the notice's
    words; or, longer, one that opens by asking consent for embedded content
    (:data:`_CONSENT_OPENING`)."""
    if len(text) > _NOTICE_LINE:
        return len(text) <= _CONSENT_TEXT and _holds(
            text[:_CONSENT_OPENING_CHARS], _NOTICE_LINE, _CONSENT_WORDS, _CONSENT_OPENING
        )
    return _holds(text, _NOTICE_LINE, _NOTICE_WORDS, _NOTICE)


def _is_box_line(text: str) -> bool:
    """Whether a short paragraph is a line of a box left where the box was (:data:`_BOX_LINE`):
    the lines are short, so the expression runs on few paragraphs."""
    return _holds(text, _BOX_LINE_CHARS, _BOX_WORDS, _BOX_LINE)


def _holds(text: str, limit: int, words: tuple[str, ...], pattern: "re.Pattern[str]") -> bool:
    """Whether a paragraph of at most ``limit`` characters holds ``pattern`` (written in lower
    case), tested only when the lowered text holds one of its ``words``: most paragraphs hold
    none, and a substring test is far cheaper than the expression."""
    if len(text) > limit:
        return False
    lowered = text.lower()
    for word in words:  # a plain loop: cheaper than any() over a generator
        if word in lowered:
            return pattern.search(lowered) is not None
    return False


def _is_control(text: str) -> bool:
    """Whether a paragraph is only the label of a page control ("Rezept drucken", "Valora esta
    noticia", "Quellen ausblenden", "Sorted by")."""
    return len(text) <= _CONTROL_LINE and _CONTROL.fullmatch(text.strip(" :.…|·•»›")) is not None


def _is_counter(text: str) -> bool:
    """Whether a paragraph is only a gallery's counter ("1 / 4", "Bild 3 von 17"): the
    picture's place in the gallery, which a reader of the text does not need."""
    found = _COUNTER.fullmatch(text.strip())
    return found is not None and 0 < int(found["at"]) <= int(found["of"])


_QUOTED = re.compile(r"[\"“”„«»‘’']\s*(?P<inner>.{20,}?)\s*[\"“”«»’‘']")
"""A paragraph that is one quotation, marks and all."""


_QUOTE_ENDS = ".!?…\"“”»«„' "
"""What a pull quote may end with that the paragraph quoting it prints otherwise
("reviendra." set off, "reviendra"." in the paragraph)."""


def _repeated_quote(text: str, body: str) -> bool:
    """Whether a block quote's words, its closing marks and full stop aside, are printed in
    the body's paragraphs too: a pull quote set off from the story."""
    words = text.rstrip(_QUOTE_ENDS)
    return len(words) > _SHORTEST_PULL_QUOTE and words in body


_SHORTEST_PULL_QUOTE = 20


def _pull_quote(block: Block, body: str) -> bool:
    """Whether a paragraph is a pull quote: one quotation whose words the body prints
    elsewhere too ("“If it is not there, I will not sleep.”" after the paragraph quoting it)."""
    if not isinstance(block, Paragraph):
        return False
    quoted = _QUOTED.fullmatch(block.text.strip())
    return quoted is not None and body.count(quoted["inner"]) >= 2


def _repeats_title(heading: str, titles: list[str]) -> bool:
    """Whether a heading is the article's title, alone or after its kicker: "Tram line opens"
    or "Transport:Tram line opens" for the headline "Tram line opens" (compared by
    :func:`~newsmodel.formats.html._meta_title.norm`, since a kicker and a title printed in two
    elements often lose the space between them)."""
    text = norm(heading)
    return any(
        text == title or (text.endswith(title) and len(text) - len(title) <= _KICKER_CHARS)
        for title in titles
    )


def _tidy_sections(
    sections: Iterable[Section], skip: Iterable[str | None], titles: Iterable[str | None] = ()
) -> list[Section]:
    """Clean the blocks, drop paragraphs repeating ``skip``, short paragraphs printed more than
    once (a button's label, a repeated teaser) and pull quotes repeating the body (block
    quotes, and paragraphs that are one quotation), take headings
    repeating ``titles`` for no heading and a heading longer than a title for a paragraph,
    merge a section without a heading into the one before, drop sections left empty."""
    skipped = {squash(text).casefold() for text in skip if text}
    repeated = [norm(text) for text in skip if text and len(norm(text)) >= _SHORTEST_TITLE]
    standfirsts = {squash(text).casefold() for text in titles if text}
    merged: list[tuple[str | None, list[Block]]] = []
    texts: list[str] = []
    labelled: dict[int, int] = {}  # a section's last teaser label dropped, where it stood
    boxed: list[tuple[int, int]] = []  # where a box's line was dropped: section, position
    for section in sections:
        heading = None if section.heading is None else squash(section.heading) or None
        section_blocks: tuple[Block, ...] = section.blocks
        teaser_heading = False
        if heading is not None and _repeats_title(heading, repeated):
            heading = None  # the page's title block again, kicker and all: not a section
        elif heading is not None and heading.casefold() in standfirsts:
            heading = None  # the standfirst printed above the body, not a heading
        elif heading is not None and _is_box_heading(heading):
            teaser_heading = _is_teaser_label(heading)
            heading = None  # a box's label left as a heading ("Empfohlener redaktioneller Inhalt")
        elif heading is not None and len(heading) > _LONGEST_HEADING:
            # A paragraph set in a heading's type (an intro), not a heading.
            section_blocks = (Paragraph(text=heading), *section_blocks)
            heading = None
        if heading is not None or not merged:
            merged.append((heading, []))
        blocks = merged[-1][1]
        if teaser_heading:
            labelled[len(merged) - 1] = len(blocks)  # "Up next" set as a heading
        for block in section_blocks:
            cleaned = _clean_block(block)
            if cleaned is None:
                continue
            if isinstance(cleaned, BlockQuote) and is_page_line(cleaned.text):
                continue  # a line pointing elsewhere, a notice, set off as a quote ("MIRA | ...")
            if isinstance(cleaned, Paragraph):
                if cleaned.text.casefold() in skipped or is_page_line(cleaned.text):
                    if _is_teaser_label(cleaned.text):
                        labelled[len(merged) - 1] = len(blocks)  # a player's "Up next"
                    elif _is_box_line(cleaned.text):
                        boxed.append((len(merged) - 1, len(blocks)))
                    continue
                if _repeats_figure(blocks, cleaned.text):
                    continue  # the picture's caption or credit printed again under it
                caption = as_caption(cleaned)
                if caption is not None and caption.caption and _is_counter(caption.caption):
                    caption = attrs.evolve(caption, caption=None)  # "2/28 photos © Ann Lee"
                captioned = captioned_by_words(blocks, cleaned.text) if caption is None else None
                if captioned is not None:
                    blocks[-1] = captioned
                    continue
                if caption is not None and place_caption(blocks, cleaned.text, caption):
                    continue
                texts.append(cleaned.text)
            blocks.append(cleaned)
    for index, at in reversed(boxed):
        end = _box_list_end(merged[index][1], at)
        if end is not None:
            del merged[index][1][at:end]
    for index, at in labelled.items():
        if _teaser_run(merged[index][1], at):
            del merged[index][1][at:]  # the teasers after the label, to the section's end
    merged = [(heading, _without_boxes(blocks)) for heading, blocks in merged]
    body = "\n".join(texts)
    counts = Counter(texts)
    result = _without_repeats(merged, body, counts, keep_first=False)
    if not result and any(counts.values()):
        # Only repeated lines: the story printed more than once, not a button's label. Each
        # line's first printing is kept.
        result = _without_repeats(merged, body, counts, keep_first=True)
    return result


def _is_teaser_label(text: str) -> bool:
    """Whether a line is only the label of a box of other videos or articles
    (:data:`TEASER_LABEL`: a player's "Up next")."""
    return TEASER_LABEL.fullmatch(text.strip(" :.…|")) is not None


def _repeats_figure(blocks: list[Block], text: str) -> bool:
    """Whether a paragraph repeats the caption or the credit of the figure right before it
    (a lightbox's copy of the caption, a credit printed again: "Pixabay")."""
    before = blocks[-1] if blocks else None
    if not isinstance(before, Figure):
        return False
    key = text.strip().casefold()
    return any(
        value is not None and value.strip().casefold() == key
        for value in (before.media.caption, before.media.credit)
    )


def _without_repeats(
    merged: list[tuple[str | None, list[Block]]],
    body: str,
    counts: Counter[str],
    *,
    keep_first: bool,
) -> list[Section]:
    """The sections without pull quotes and block quotes repeating ``body`` and without short
    paragraphs printed more than once (``counts``); with ``keep_first``, a repeated
    paragraph's first printing is kept."""
    seen: set[str] = set()
    result: list[Section] = []
    for heading, blocks in merged:
        kept = []
        for block in blocks:
            if (isinstance(block, BlockQuote) and _repeated_quote(block.text, body)) or _pull_quote(
                block, body
            ):
                continue
            if (
                isinstance(block, Paragraph)
                and counts[block.text] > 1
                and _SHORTEST_REPEATED <= len(block.text) < _REPEATED_LINE
            ):
                if not keep_first or block.text in seen:
                    continue
                seen.add(block.text)
            kept.append(block)
        if kept:
            result.append(Section(heading=heading, blocks=tuple(kept)))
    return result


def content_sections(
    content: html.HtmlElement,
    *,
    headline: str | None,
    subheadline: str | None = None,
    description: str | None = None,
) -> tuple[Section, ...]:
    """Read the sections of a page's main content element (which is changed in place).

    Args:
        content: The main content element, boilerplate already stripped.
        headline: The article's headline, which a heading or paragraph may repeat.
        subheadline: The standfirst, which a paragraph may repeat.
        description: The page's description, which a heading may repeat (a standfirst set
            as a heading is not a section heading; a paragraph repeating it is kept, since a
            description is often the lead paragraph cut short).
    """
    _amp_images(content)
    cites_into_quotes(content)
    lift_figures(content)
    image_objects(content)
    _loose_captions(content)
    _figure_captions(content)
    as_figures(content)
    fix_images(content)
    _split_at_double_breaks(content)
    prune(content, headline)
    etree.strip_tags(content, "noscript")
    sections = read_sections(content)
    return tuple(_tidy_sections(sections, (headline, subheadline), (description,)))
