"""Captions printed as paragraphs: a short paragraph after a picture, or alone, that reads as
a caption by its words (a credit at its end, the people pictured named from the left, a stock
picture's note) goes into a figure, not the body.

Used by :func:`newsmodel.formats.html._structure.content_sections` while it tidies the blocks
it read.
"""

# ruff: noqa: RUF001
# (the dashes and full-width brackets here are the ones real pages print)

import itertools
import re
from typing import TypeGuard

import attrs

from newsmodel.extract.credits import (
    COPYRIGHT_TAIL,
    GLUED_LABEL,
    parse_credit,
    split_caption_credit,
)
from newsmodel.model import Block, Figure, Media, Paragraph

__all__ = [
    "CAPTION_ENDS",
    "CAPTION_LABEL",
    "YEAR",
    "alt_echo_end",
    "as_caption",
    "captioned_by_words",
    "is_credit_label",
    "place_caption",
    "split_alt_echo",
]

_CAPTION_LINE = 300
CAPTION_LABEL = re.compile(
    r"(?:caption|legende|légende|leyenda|didascalia|legenda|bildunterschrift|bildtext|"
    r"billedtekst|bildetekst|bijschrift)\s*:\s*",
    re.IGNORECASE,
)
"""The label some pages print before a caption ("Legende:", "Caption:"), in the languages
read."""
_CREDIT_LABEL = re.compile(
    r"\b(?:photographs?|photos?|pictures?|images?|imagen|fotos?|bild|credit|crédit|crédito|"
    r"foto\w*|(?:beitrags|titel|aufmacher|header|teaser|vorschau|symbol)bild|symbolgrafik|"
    r"infografik|grafik|bild(?:quelle|nachweis|rechte))\s*:",
    re.IGNORECASE,
)
"""A picture's credit label: "Foto:", "Credit:", a post's header picture's ("Titelbild:",
"Beitragsbild:"), a graphic's ("Grafik:", "Symbolgrafik:"), in the languages read."""
_CREDIT_BRACKET = re.compile(
    r"[(（][^()（）]*(?:\bphoto\b|\bfoto\b|撮影)[^()（）]*[)）]$", re.IGNORECASE
)
"""A credit in brackets at a paragraph's end, without a colon: "(AP Photo/Jane Doe)",
"（山田太郎撮影）"."""
_SOURCE_LABEL = re.compile(r"\s*[^\W\d_]{2,20}\s*:\s*")
"""A label of one word and a colon before a copyright sign ("Quelle: ©", "Source: ©")."""
CAPTION_ENDS = " \t|–—-:;,"
"""What is trimmed off a caption's end when its credit is cut off ("Boats at dawn |")."""
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
"""A year, which makes a copyright line the page's rights notice ("© 2024 Courier Ltd")."""


def is_credit_label(text: str) -> bool:
    """Whether ``text`` is only a picture's credit label, its colon or not ("Foto:",
    "Beitragsbild", "Bildnachweis:").

    >>> [is_credit_label(text) for text in ("Beitragsbild:", "Bildnachweis", "Foto von")]
    [True, True, False]
    """
    label = text.strip().rstrip(":").strip()
    return bool(label) and _CREDIT_LABEL.fullmatch(f"{label}:") is not None


_GLUED_LABEL = re.compile(GLUED_LABEL)
"""A capitalised credit label glued to the caption's last word
(:data:`~newsmodel.extract.credits.GLUED_LABEL`)."""
_BY_AT = 16
"""The "by" of a credit line such as "Illustration by Ann Lee" comes this early."""
_LABEL_AT = 20
"""A caption's label ("Bildunterschrift:") ends this early."""


def as_caption(paragraph: Paragraph) -> Media | None:
    """A short paragraph opening with a caption's label ("Legende: ...", "Caption: ..."), or
    ending with a labelled credit ("... Foto: Privat", "... (Image: Getty
    Images)"), an agency's credit in brackets ("... (AP Photo/Jane Doe)", a Japanese one ending
    "撮影") or a copyright credit ("... | © Lars Berg") is a caption printed outside its figure: its
    caption and credit. So is a credit line of one picture ("Photo by Ann Lee on Unsplash",
    :func:`~newsmodel.extract.credits.parse_credit`): its credit alone."""
    text = paragraph.text
    if paragraph.quotes or len(text) > _CAPTION_LINE:
        return None
    label = CAPTION_LABEL.match(text) if ":" in text[:_LABEL_AT] else None
    if label is not None and label.end() < len(text):
        caption, credit = split_caption_credit(text[label.end() :])
        return Media(caption=caption or text[label.end() :], credit=credit)
    # Each expression needs one character (the copyright sign, a colon): most paragraphs, which
    # hold none, are spared the expression by a substring test.
    notice = COPYRIGHT_TAIL.search(text) if "©" in text else None
    if notice is not None:
        before = text[: notice.start()]
        if _SOURCE_LABEL.fullmatch(before) and not _CREDIT_LABEL.search(before):
            return None  # "Quelle: © www.example.de": the text's source, not a picture's
        caption = before.rstrip(CAPTION_ENDS)
        if _CREDIT_LABEL.fullmatch(before.strip()):
            caption = ""  # "Foto: © Ann Lee": the label is no caption
        credit = notice["credit"].strip()
        label = _CREDIT_LABEL.match(credit)  # "©Foto: Ann Lee": the label is no credit
        credit = credit[label.end() :].strip() if label is not None else credit
        return Media(caption=caption or None, credit=credit or notice["credit"].strip())
    end = text[-100:]
    labelled = ":" in end and (
        _CREDIT_LABEL.search(end) is not None or _GLUED_LABEL.search(end) is not None
    )
    if not labelled and not _CREDIT_BRACKET.search(end):
        # "Photo by Ann Lee on Unsplash": a credit line of its own (the label opens it)
        return parse_credit(text) if " by " in text[:_BY_AT] else None
    caption, credit = split_caption_credit(text)
    if credit is None:
        return None
    return Media(caption=caption or None, credit=credit)


_CAPTION_CUE = re.compile(
    r"v\.\s*l\.\s*n\.\s*r\.|\b(?:von\s+)?li(?:nks|\.)?\s+nach\s+re(?:chts|\.)?(?:\W|$)|"
    r"\bfrom\s+(?:left|l\.?)(?:\s+to\s+right)?\b|\(\s*l\s*-\s*r\s*\)|\bde\s+gauche\s+à\s+droite\b|"
    r"\bda\s+sinistra\b|\bde\s+izquierda\s+a\s+derecha\b|\bda\s+esquerda\s+para\s+a\s+direita\b|"
    r"\bfra\s+venstre\b|\bfrån\s+vänster\b|\bvan\s+links\s+naar\s+rechts\b",
    re.IGNORECASE,
)
"""Words that name the people in a picture in order ("(von li nach re)", "v.l.n.r.", "from
left", "de gauche à droite"), in the languages read."""
_CAPTION_CUE_AT = 80
"""Those words are among a caption's first characters."""
_STOCK_PICTURE = re.compile(
    r"\((?:symbolbild|symbolfoto|archivbild|archivfoto|file\s+photo|stock\s+photo|"
    r"photo\s+d['’]archives?|image\s+d['’]illustration|foto\s+de\s+archivo|"
    r"imagen\s+de\s+archivo|foto\s+d['’]archivio|foto\s+de\s+arquivo|arkivbild|arkivfoto)\)"
    r"\W*$",
    re.IGNORECASE,
)
"""A caption's closing words for a picture that shows the subject, not the event: "(Symbolbild)",
"(File photo)", "(Foto de archivo)", in the languages read."""


def captioned_by_words(blocks: list[Block], text: str) -> Figure | None:
    """The picture before a short paragraph, with the paragraph as its caption, when the
    picture has none and the paragraph reads as one by its words: it names the people
    pictured from the left ("Vorstand (von li nach re): ..."), or closes saying the picture is
    a stock or archive one ("... (Symbolbild)"), or opens with the picture's own description,
    its ``alt`` text, word for word, then its credit (:func:`split_alt_echo`). None otherwise."""
    before = blocks[-1] if blocks else None
    if not isinstance(before, Figure) or before.media.caption is not None:
        return None
    if len(text) > _CAPTION_LINE:
        return None
    echo = split_alt_echo(before.media.alt, text)
    if echo is not None:
        caption, credit = echo
        media = attrs.evolve(before.media, caption=caption, credit=before.media.credit or credit)
        return Figure(media=media)
    if _CAPTION_CUE.search(text[:_CAPTION_CUE_AT]) is None and _STOCK_PICTURE.search(text) is None:
        return None
    return Figure(media=attrs.evolve(before.media, caption=text))


_WORD = re.compile(r"\w+")
_ALT_WORDS, _ALT_CHARS = 4, 30
"""A picture's description shorter than this many words and this many characters ("Eva Holm")
may open a sentence of the story: it is not looked for. (The characters count for scripts
written without spaces.)"""
_ECHO_ALT = 160
"""A description longer than this is more than a caption: a gallery's text for its slide,
copied into the picture's ``alt``, which the page also prints as the story's paragraph."""
_ECHO_CREDIT = 120
"""After the description, at most this much is the picture's credit; more is a sentence."""


def alt_echo_end(alt: str | None, text: str, *, longest: int | None = _ECHO_ALT) -> int | None:
    """Where a text that opens with a picture's description, its ``alt`` text, word for word
    whatever the punctuation, has done with it: the offset after the description's last word
    (and its full stop). None when the text does not open so, or when the description is too
    short to tell from a sentence's opening words (:data:`_ALT_WORDS`) or longer than
    ``longest`` (by default a caption's length, :data:`_ECHO_ALT`; None for no limit).

    A caption that repeats its picture's description is how systems that write the one as the
    other show it."""
    if not alt or (longest is not None and len(alt) > longest):
        return None  # a slide's whole text copied into its picture's description: the story's
    wanted = _WORD.findall(alt.casefold())
    if not wanted or (len(wanted) < _ALT_WORDS and len(alt) < _ALT_CHARS):
        return None
    words = list(itertools.islice(_WORD.finditer(text), len(wanted)))
    if [word[0].casefold() for word in words] != wanted:
        return None
    cut = words[-1].end()
    if text[cut : cut + 1] in (".", "!", "?", ")"):
        cut += 1  # the description's full stop is the caption's
    return cut


def split_alt_echo(alt: str | None, text: str) -> tuple[str, str | None] | None:
    """The caption and credit of a text that opens with a picture's ``alt`` text
    (:func:`alt_echo_end`; "Der Sicherheitsrat tagt am Montag, 5. Januar 2026 im
    UN-Hauptquartier Frank Franklin II/Copyright 2026 The AP. All rights reserved." for a
    picture described "Der Sicherheitsrat tagt am Montag, 5. Januar 2026, im
    UN-Hauptquartier"): what follows the description is its credit, when it reads as one
    (:func:`_names_a_credit`). None when the text does not open so, or goes on with more than
    a credit.

    >>> alt = "Boats leaving the harbour at dawn"
    >>> split_alt_echo(alt, f"{alt}. Tom Hale"), split_alt_echo(alt, f"{alt}. It was cold.")
    (('Boats leaving the harbour at dawn.', 'Tom Hale'), None)
    """
    cut = alt_echo_end(alt, text)
    if cut is None:
        return None
    rest = text[cut:].lstrip(" \t|/–—-:;,.").rstrip()
    if rest and not _names_a_credit(rest):
        return None
    return text[:cut], rest or None


_COPYRIGHT = re.compile(r"©|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_][\w'’.&-]*")
_PARTICLE = 3
"""Lower-case words of at most this many letters between capitalised ones are a name's
particles ("Jan van der Berg", "Ana de Souza")."""


def _names_a_credit(text: str) -> bool:
    """Whether a short text after a caption is its credit, by its words alone (there is no
    label): names, capitalised, perhaps with particles ("Jelko Djuren", "Jan van der Berg /
    Courier"), perhaps before a copyright notice ("Frank Franklin II/Copyright 2026 The AP.
    All rights reserved."). A sentence ("It was cold.") is none."""
    if len(text) > _ECHO_CREDIT:
        return False
    notice = _COPYRIGHT.search(text)
    words = _LETTERS.findall(text if notice is None else text[: notice.start()])
    if not words and notice is None:
        return False
    particles = 0
    for at, word in enumerate(words):
        if word[0].isupper():
            particles = 0
        elif at == 0 or len(word) > _PARTICLE:
            return False
        else:
            particles += 1
    return particles == 0  # a name ends with a capitalised word


def place_caption(blocks: list[Block], text: str, caption: Media) -> bool:
    """Put a caption printed as a paragraph (``text``) into the figure before it, or into a
    figure of its own, in place; False when the paragraph stays a paragraph.

    A credit line alone ("Foto: Lars Berg", "Photo by Lars Berg") is the credit of a figure
    before it that has none. A copyright line alone ("© Lars Berg") is the credit of an
    uncaptioned figure before it;
    elsewhere, one with a year ("© 2024 Courier Ltd") is the page's rights notice, not body
    text, one naming a photographer and agency ("© Lars Berg/Courier") or labelled as a
    picture's ("©Foto: Lars Berg") a figure's credit, and another the story's own
    attribution ("© Reuters"), which stays."""
    before = blocks[-1] if blocks else None
    if uncaptioned(before):
        media = attrs.evolve(before.media, caption=caption.caption, credit=caption.credit)
        blocks[-1] = Figure(media=media)
        return True
    if (
        caption.caption is None
        and isinstance(before, Figure)
        and before.media.credit is None
        and not text.startswith("©")
    ):
        # "Photo by Ann Lee" under a captioned figure without a credit: its credit
        blocks[-1] = Figure(media=attrs.evolve(before.media, credit=caption.credit))
        return True
    if caption.caption is None and text.startswith("©"):
        if YEAR.search(text) is not None:
            return True
        if "/" not in text and _CREDIT_LABEL.match(text.lstrip("© ")) is None:
            return False
    blocks.append(Figure(media=caption))
    return True


def uncaptioned(block: Block | None) -> TypeGuard[Figure]:
    """Whether a block is a figure with neither caption nor credit."""
    return isinstance(block, Figure) and block.media.caption is None and block.media.credit is None
