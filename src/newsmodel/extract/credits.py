"""Photo, video and graphic credit lines: ``Photo EPA/ITAR-TASS``, ``Photograph: Jane Doe/AP``.

A credit line names who supplied a picture, not what it shows. Recognised forms:

* a label (Photo, Photograph, Picture, Image, Foto, Фото, Bild, Imagen, Credit, Crédit, Video,
  Graphic, Illustration, Audio), then a colon or dash and the credit:
  ``Photo: Jane Doe/Reuters``, ``(Photo: AFP)``;
* a label and the credit without punctuation only with a credit cue, an agency pattern: a
  capitalised credit of at most three words holding a slash, or one word in capitals:
  ``Photo EPA/ITAR-TASS``, ``Photo AFP``; a line all in capitals with more words after the label
  is a wire headline (``GRAPHIC ARTS MAKER SEES GAIN``);
* an agency's photo line: ``AP Photo/Evan Vucci``, ``REUTERS/Kevin Lamarque``, but not a line
  all in capitals with several words after the slash (``ENERGY/U.S. OIL OUTPUT FALLS``);
* a capitalised label of one picture, "by" and a name: ``Photo by Jane Doe on Unsplash``,
  ``Illustration by Jane Doe`` (the plural, ``Photographs by Jane Doe``, is a byline).

:func:`split_caption_credit` finds such a credit at the end of a caption ("Boats at dawn.
Photograph: Tom Hale/Courier", "... (AP Photo/Evan Vucci)", "... Foto: dpa", "... Tom
Hale/Courier", "... © ANP / Robin Utrecht", "... Image source, Getty Images", "... Foto ANP").

>>> parse_credit("Photo EPA/ITAR-TASS")
Media(credit='EPA/ITAR-TASS')
>>> parse_credit("Photo opportunities abounded.") is None
True
"""

# ruff: noqa: RUF001
# (dashes, typographic quotes and Cyrillic letters in this module are the ones real text uses)

import re

from newsmodel.model import Media, MediaKind

__all__ = [
    "COPYRIGHT_TAIL",
    "GLUED_LABEL",
    "SHOOT_ROLES",
    "format_credit",
    "is_credit_line",
    "parse_credit",
    "split_caption_credit",
]

_KINDS = {
    "video": MediaKind.VIDEO,
    "vídeo": MediaKind.VIDEO,
    "graphic": MediaKind.GRAPHIC,
    "illustration": MediaKind.GRAPHIC,
    "audio": MediaKind.AUDIO,
}
_LABELLED = re.compile(
    r"^(?P<label>photos?|photographs?|photography|pictures?|images?|imagen|fotos?|фото|bild|credits?"
    r"|crédits?|créditos?|video|vídeo|graphic|illustration|audio|تصوير|screenshot|screengrab)(?:\s+(?:credit|photos?|fotos?))?(?P<colon>\s*[:|]\s*|\s+[-–—]\s+|\s+)(?P<credit>\S.*)$",
    re.IGNORECASE,
)
_AGENCY_PHOTO = re.compile(
    r"^(?:[A-Z]{2,}(?:\s+(?i:photo|foto))?|[A-Z][a-z]+\s+(?i:photo|foto))\s*/\s*"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*(?:File|Archivo|Archiv))?$"
)
"""An agency's credit line: "EPA/ITAR-TASS", "AP Photo/Jane Doe", "AP Photo/Jane Doe, File"
(a picture from the agency's archive), "AP Foto/Ana Ruiz, Archivo", "Courier photo/Dana Lee"."""


_ONE_PICTURE = frozenset(
    {"Photo", "Photograph", "Picture", "Image", "Video", "Graphic", "Illustration"}
)
"""Labels that credit one picture or clip when "by" and a name follow: "Photo by Ann Lee". The
plural ("Photographs by Ann Lee") credits a story's pictures: a byline with the role
photographer (:func:`newsmodel.extract.bylines.parse_byline`)."""
_NAME_WORD = r"[A-Z][\w.'’-]*"
_BY_NAME = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|(?-i:de|da|di|del|van|von|der|den|le|la)))*"
    rf"(?:\s*/\s*{_NAME_WORD}(?:\s+{_NAME_WORD})*)?"
    rf"(?:\s+(?:on|via|for|from)\s+{_NAME_WORD}(?:\s+{_NAME_WORD})*)?"
)
"""A name after "by" in a picture's credit, perhaps with its agency after a slash or a source
after "on", "via", "for" or "from" ("Ann Lee/Reuters", "Ann Lee on Unsplash", "Ann Lee from
Pixabay"; "Ann Lee for the Courier" is no such name: "the" is in lower case)."""
_BY_WORDS = 8


def _credited_by(label: str, name: str) -> Media | None:
    """The credit of "Photo by Ann Lee" (a capitalised label of one picture, :data:`_ONE_PICTURE`,
    then "by" and a name, :data:`_BY_NAME`); None for any other "label by ..." ("Photographs by
    Ann Lee" is a byline, "photo by the river" a sentence)."""
    if label not in _ONE_PICTURE or len(name.split()) > _BY_WORDS:
        return None
    if _BY_NAME.fullmatch(name.rstrip(".")) is None:
        return None
    return Media(kind=_KINDS.get(label.lower(), MediaKind.IMAGE), credit=name.rstrip("."))


def _bare_credit(label: str, text: str) -> bool:
    """Whether a credit printed without a colon has the credit cue of an agency pattern:
    ``EPA/ITAR-TASS``, ``AFP``, ``Jane Doe/Reuters``.

    A line in capitals with more than a word after the label is a wire headline ("GRAPHIC ARTS
    MAKER SEES GAIN", "CREDIT SUISSE/U.S. UNIT"), not a credit.
    """
    words = text.split()
    if len(words) > 3 or (label.isupper() and len(words) > 1):
        return False
    capitalised = all(not word[0].isalpha() or word[0].isupper() for word in words)
    return capitalised and ("/" in text or (len(words) == 1 and text.isupper()))


SHOOT_ROLES = (
    r"styling|stylist(?:in)?|haare|hair|make-?up|maquillage|coiffure|grooming|casting|"
    r"set\s+design|creative\s+direct(?:or|ion)|art\s+direct(?:or|ion)|produktion|production|"
    r"producción|produção|foto-?assistenz|photo\s+assistant"
)
"""The roles a magazine credits for a photo shoot besides the photographer ("Styling",
"Haare & Make-up", "Art Direction"), in the languages read."""
_ROLE_CREDIT = re.compile(
    rf"(?:^|(?<=[.;|])\s*)(?:{SHOOT_ROLES})(?:\s*(?:&|and|und|et|y|e|/)\s*(?:{SHOOT_ROLES}))*"
    r"\s*:\s*[^:\s][^:]{0,59}$",
    re.IGNORECASE,
)
"""One shoot role's credit at the end of a text, after a full stop, a semicolon or a bar:
"... Styling: Kate Phelan", "...; Haare & Make-up: Syd Hayes"."""
_ROLE_CREDITS = 6


def _role_run(text: str) -> int | None:
    """Where a run of shoot roles' credits closing ``text`` starts ("Foto: Ann Lee. Styling:
    Bo Kim. Haare: Cy Park" gives the start of "Styling"), when something stands before it;
    None when ``text`` ends with no such credit."""
    if ":" not in text:
        return None  # each role's credit has its colon: most texts are spared the expression
    end = len(text)
    for _ in range(_ROLE_CREDITS):
        found = _ROLE_CREDIT.search(text, 0, end)
        if found is None or found.start() == 0:
            break
        end = found.start()
    return None if end == len(text) or not text[:end].strip() else end


def parse_credit(line: str) -> Media | None:
    """Return a Media carrying the credit of a credit line, or None if ``line`` is not one."""
    if len(line) > 100 and _role_run(line) is None:
        return None
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1].strip()
    match = _LABELLED.match(line)
    if match is not None and match["colon"].strip():
        again = _LABELLED.match(match["credit"].strip())  # "Foto: Bild: X": two labels
        match = again if again is not None and again["colon"].strip() else match
    if match is not None:
        credit = match["credit"].strip()
        if credit.lower().startswith("by "):
            return _credited_by(match["label"], credit[3:].strip())
        roles = _role_run(credit)
        own = credit if roles is None else credit[:roles].rstrip(" .;|")
        if len(own) > 80 or (
            not match["colon"].strip() and not _bare_credit(match["label"], credit)
        ):
            return None
        kind = _KINDS.get(match["label"].lower(), MediaKind.IMAGE)
        return Media(kind=kind, credit=credit)
    if _AGENCY_PHOTO.match(line):
        after = line.split("/", 1)[1].split()
        if len(after) > 1 and line.isupper():
            return None  # "ENERGY/U.S. OIL OUTPUT FALLS": a wire headline, not "REUTERS/Jane Doe"
        return Media(credit=line)
    return None


GLUED_LABEL = r"(?<=[a-z]{2})(?-i:Credits?|Photo|Picture|Image)\s*:"
"""A capitalised credit label glued to the caption's last word in lower case ("... World
CupCredit: PA": the caption and the credit in two elements with no space between)."""
_LABEL_BEFORE = rf"(?:^|(?<=[\s.!?…”\"'|/(–—-])|(?={GLUED_LABEL}))"
"""Where a credit's label may start: at the start, after a space or a sentence's end, or glued
to the caption's last word (:data:`GLUED_LABEL`)."""
_TAIL_LABELS = (
    r"(?:photographs?|photos?|pictures?|images?|imagen|fotos?|фото|bild(?:er)?|credits?|crédits?|"
    r"crédito|fot\.|zdjęcie|quelle|source|تصوير|screenshot|screengrab|"
    # capitalised only: in lower case these words run on in a sentence ("caught on video: ...")
    r"(?-i:Video|Vídeo|Graphic|Illustration|Grafik|Infografik|Montage|Bildquelle|Bildnachweis|"
    r"Fotoquelle|Symbolbild|Symbolfoto|Symbolgrafik|Archivbild|Archivfoto|Beitragsbild|Titelbild|"
    r"Aufmacherbild|Headerbild|Teaserbild|Vorschaubild|Fotonachweis|Bildrechte|Fuente|Fonte|Kilde|"
    r"Källa|Bron))"
    r"(?:\s+(?:credit|photos?|fotos?))?"  # "Photo credit:", and "Crédit photo :" in French
)
"""The labels of a credit printed after a caption, in the languages read: a picture's, a
video's, a graphic's, a montage's ("Montage: Infografik WELT"), a source's ("Quelle:",
"Fuente:", "Kilde:"), a stock picture's ("Symbolbild:"), a post's header picture's
("Titelbild:", "Beitragsbild:")."""
_TAIL_LABELLED = re.compile(
    rf"{_LABEL_BEFORE}{_TAIL_LABELS}\s*:\s*(?P<credit>[^:\s][^:]{{0,79}})$|"
    rf"{_LABEL_BEFORE}(?:fot\.|image\s+source,)\s*(?P<abbreviated>[^:\s][^:]{{0,79}})$",
    re.IGNORECASE,
)
_EMPTY_LABEL = re.compile(
    rf"(?:{_LABEL_BEFORE}{_TAIL_LABELS}\s*:(?:\s*©)?|(?:^|(?<=\s))©)$", re.IGNORECASE
)
"""A credit label or a copyright sign with nothing after it at a caption's end ("... helfen.
Quelle:", "... am Morgen. ©"): the credit the page left empty or printed apart."""
_CREDIT_JOINS = ";|"
"""What parts two credits at a caption's end ("Quelle: X; Montage: Y", "Foto: X | Vídeo: Y")."""
_MAX_CREDITS = 3
"""A caption ends with at most this many credits in a row."""
COPYRIGHT_TAIL = re.compile(
    r"(?:^|(?<=[\s|/–—-]))©\s*(?P<credit>(?:[^©.!?]|\.(?=\w)|(?<=\b[A-Z])\.(?=\s[A-Z])){2,80})$"
)
"""A credit after a copyright sign at the end of a caption or a short line: "... © ANP / Robin
Utrecht", "Boats at dawn. | © Tom Hale/Courier", "© Chris - stock.adobe.com", "© Kevin C.
Cox/Getty Images" (a full stop only inside a word, as in an address, or after an initial)."""
_SENTENCE_END = '.!?…”"'
"""What a caption's last sentence ends with, before a credit printed after it."""
_TAIL_AGENCY = re.compile(
    rf"(?<=[{_SENTENCE_END}])\s+(?:Photo|Foto|Bild)\s+(?P<credit>[A-Z]{{2,}}(?:/[\w-]+)?)$"
)
"""A credit label and an agency's name in capitals after a caption's last sentence, without a
colon: "... Foto ANP", "... Photo AFP"."""
_TAIL_PARENTHESISED = re.compile(r"\s*[(\[](?P<inner>[^()\[\]]{2,100})[)\]]$")
_COURTESY = re.compile(
    r"\(?(?i:courtesy|care)\s+of\s+(?P<credit>(?:the\s+)?[A-Z][^()\[\]]{1,79}?)\.?\)?"
)
"""A caption that is only a credit written "Courtesy of X" or "Care of X"."""
_TAIL_SHOT = re.compile(
    r"\s*(?:[（(](?P<credit>[^（）()]{1,40}撮影)[）)]|＝(?P<after>[^＝（）()]{1,40}撮影))$"
)
"""A Japanese credit in brackets or after a full-width equals sign at a caption's end:
"（山田太郎撮影）", "＝山田太郎撮影" (photographed by ...), "（代表撮影）" (a pool photograph)."""
_NAME_WORD = r"[A-Z][\w'’.&-]*"
_CREDIT_PART = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
_DOMAIN = r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}"
"""A web address's host, which picture libraries are credited by: "stock.adobe.com",
"imagebank.sweden.se"."""
_SLASHED = (
    rf"{_CREDIT_PART}(?:\s*/\s*{_CREDIT_PART}){{0,2}}\s*/\s*{_CREDIT_PART}(?:\s+via\s+{_CREDIT_PART})?|"
    rf"{_NAME_WORD}\s+{_CREDIT_PART}(?:\s*/\s*{_CREDIT_PART}){{0,2}}\s*/\s*(?:{_DOMAIN}|[a-z]{{2,4}})"
)
"""Two to four capitalised names of up to four words joined by slashes, the last perhaps a
distributor's after "via": "Tom Hale/Courier", "Kristy Sparow/Stringer/Getty Images" (a
photographer, their status and the agency), "Ann Lee/PA Images via Getty Images"; or after a
name of two words or more, an agency's short name in lower case or a picture library's web
address: "Ina Roth/dpa", "Chris Lee/stock.adobe.com" (but not "Bus/tram")."""
_TAIL_SLASHED = re.compile(
    rf"(?:(?<=[{_SENTENCE_END}])\s+(?:\|\s+)?|\s+\|\s+)(?P<credit>(?:{_SLASHED}))$"
)
"""Such names after a caption's last sentence or a bar: "... at dawn. Tom Hale/Courier", "...
at dawn | Ina Roth/dpa"."""
_TAIL_NAMED_AGENCY = re.compile(
    rf"(?<=[{_SENTENCE_END}])\s*(?P<credit>{_CREDIT_PART}\s+\((?:[A-Z]{{2,}}(?:[\s/][\w.&-]+){{0,4}}"
    rf"|[\w.&-]+(?:\s[\w.&-]+){{0,3}}/[^()]{{1,60}})\))$"
)
"""After a caption's last sentence (a space or none: the two printed in touching elements), a
photographer's name and their agency in brackets, in capitals or with a slash: "... Florion
Goga (REUTERS)", "... Alketa Misja (dpa/picture alliance via Getty)"."""
_SLASHED_NAMES = re.compile(_SLASHED)
"""The same credit in brackets after the caption's last sentence: "... in 2022. (Adel
Hana/The Associated Press)"."""
_TAIL_BY = re.compile(
    r"(?:^|(?<=[.!?…”\"'|–—-] )|(?<=[.!?…”\"'|–—-])|(?<=\s)(?=\())(?P<open>\(?)"
    r"(?i:photo(?:graph)?s?|fotos?|pictures?|images?|video|illustration|graphic)\s+"
    r"(?i:by|courtesy(?:\s+of)?)\s+"
    r"(?P<credit>[A-Z][^()\[\]]{1,79}?)\s*(?P<close>\)?)$"
)
"""A credit written as "Photo by X" or "Photo courtesy of X" at a caption's end, in brackets or
not ("(Photo by Jane Doe/Getty Images)", "Photo by Jane Doe on Unsplash")."""
_BRACKETED_LABEL = re.compile(
    rf"(?i:photos?|fotos?|pictures?|images?|bild|video)\s+(?P<credit>{_NAME_WORD}"
    rf"(?:\s+{_NAME_WORD}){{0,3}})$"
)
"""A credit label and a capitalised credit in brackets at a caption's end, without a colon:
"(foto Ansa)", "(Photo Jane Doe)"."""
_CAPTION_END = " \t|–—-:;,(©"
"""What is trimmed off a caption's end when its credit is cut off: separators, and a copyright
sign printed before the label ("... at dawn. © Foto: Ann Lee")."""


def is_credit_line(text: str) -> bool:
    """Whether a text is a picture's credit and nothing more: labelled ("Foto: Ann Lee"),
    after a copyright sign ("© Ann Lee") or names joined by slashes ("Tom Hale/Courier",
    "Moa Karlberg/imagebank.sweden.se").

    >>> [is_credit_line(t) for t in ("Foto: Ann Lee", "Tom Hale/Courier", "Boats at dawn.")]
    [True, True, False]
    """
    text = text.strip()
    if _SLASHED_NAMES.fullmatch(text) is not None:
        return True
    rest, credit = split_caption_credit(text)
    return credit is not None and not rest


def split_caption_credit(caption: str) -> tuple[str, str | None]:
    """Split a credit printed at the end of a caption from the caption.

    Recognised endings: a credit label and a colon (``Photograph: X``, ``Photo: X``,
    ``Foto: X``, ``Bild: X``, ``Credit: X``), a credit line in brackets (``(AP Photo/X)``,
    ``(Photo: X)``), after the caption's last sentence two to four names joined by slashes,
    in brackets or not (``Tom Hale/Courier``, ``(Ann Lee/Stringer/Getty Images)``), a name and
    an agency in brackets (``Florion Goga (REUTERS)``, ``Ann Lee (dpa/picture alliance)``), a label
    with "by" (``Photo by X``, ``(Picture by X)``), and a Japanese credit ending "撮影"
    ("photographed") in full-width or plain brackets. A caption that is only a credit line
    gives an empty caption. Besides a picture's, the labels of a video's, a graphic's, a
    montage's, a source's and a stock picture's credit count, capitalised ("Video: X",
    "Montage: X", "Quelle: X", "Fuente: X", "(Symbolbild: X)").

    Credits in a row, parted by a semicolon or a bar ("Quelle: X; Montage: Y", "Foto: X |
    Vídeo: Y"), make one credit: the first without its label, the others as printed; so do a
    picture's credit and the roles of a magazine's photo shoot after it, parted by full stops
    too ("Foto: X. Styling: Y. Haare & Make-up: Z", :data:`SHOOT_ROLES`). A label
    with nothing after it ("... Quelle:") is taken off the caption, with no credit.

    Args:
        caption: The caption as printed.

    Returns:
        The caption without its credit, and the credit without its label (None when the
        caption ends with none; the caption is then returned unchanged, but for an empty
        label taken off).

    >>> split_caption_credit("Boats at dawn. Photograph: Tom Hale/Courier")
    ('Boats at dawn.', 'Tom Hale/Courier')
    >>> split_caption_credit("Voters queue in Atlanta. (AP Photo/Ben Gray)")
    ('Voters queue in Atlanta.', 'AP Photo/Ben Gray')
    >>> split_caption_credit("Der Hafen am Morgen. Foto: dpa")
    ('Der Hafen am Morgen.', 'dpa')
    >>> split_caption_credit("The sleeper at dawn. (Photo by Karl Bauer)")
    ('The sleeper at dawn.', 'Karl Bauer')
    >>> split_caption_credit("Police at the camp, on 11 October. Florion Goga (REUTERS)")
    ('Police at the camp, on 11 October.', 'Florion Goga (REUTERS)')
    >>> split_caption_credit("The camp, on 1 August.Alketa Misja (dpa/picture alliance via Getty)")
    ('The camp, on 1 August.', 'Alketa Misja (dpa/picture alliance via Getty)')
    >>> split_caption_credit("Talks resumed. Senator Ann Lee (D-Vt.) spoke first")
    ('Talks resumed. Senator Ann Lee (D-Vt.) spoke first', None)
    >>> split_caption_credit("A photo: the harbour at dawn, with boats.")
    ('A photo: the harbour at dawn, with boats.', None)
    >>> split_caption_credit("Die Werft. Foto: Ina Roth/dpa; Montage: Courier")
    ('Die Werft.', 'Ina Roth/dpa; Montage: Courier')
    >>> split_caption_credit("Der Mantel. Foto: Ina Roth. Styling: Bo Kim")
    ('Der Mantel.', 'Ina Roth. Styling: Bo Kim')
    >>> split_caption_credit("Die Werft am Morgen. Quelle:")
    ('Die Werft am Morgen.', None)
    """
    text = caption.strip()
    roles = _role_run(text)
    head = text if roles is None else text[:roles].rstrip(" .;|")
    found = _split_once(head)
    if found is not None and roles is not None:  # "Foto: Ann Lee. Styling: Bo Kim. Haare: ..."
        found = found[0], f"{found[1]}{text[len(head) : roles].strip()} {text[roles:].strip()}"
    elif roles is not None:
        found = None  # a shoot's roles without a picture's credit before them: left as printed
    if found is None:
        empty = _EMPTY_LABEL.search(text) if text.endswith((":", "©")) else None
        if empty is not None:  # "... helfen. Quelle:": a label whose credit the page left out
            return _before(text, empty.start()), None
        return caption, None
    start, credit = found
    for _ in range(_MAX_CREDITS - 1):  # "Quelle: X; Montage: Y": the credits before the last
        before = text[:start].rstrip()
        if not before.endswith(tuple(_CREDIT_JOINS)):
            break
        earlier = _split_once(before[:-1].rstrip())
        if earlier is None:
            break
        joined = "; " if before.endswith(";") else " | "
        start, credit = earlier[0], f"{earlier[1]}{joined}{text[start:].strip()}"
    return _before(text, start), credit


def _before(text: str, start: int) -> str:
    """The caption before a credit starting at ``start``, without the separators (and a
    copyright sign, a Japanese credit's full-width equals sign) left at its end."""
    return text[:start].rstrip(_CAPTION_END + "＝")


def _split_once(text: str) -> tuple[int, str] | None:
    """Where the credit at the end of ``text`` starts (with its label) and the credit without
    its label; None when ``text`` ends with no credit."""
    bracketed = _TAIL_PARENTHESISED.search(text)
    if bracketed is not None:
        inner = bracketed["inner"].strip()
        parsed = parse_credit(inner)
        if parsed is not None and parsed.credit:
            return bracketed.start(), parsed.credit
        named = _BRACKETED_LABEL.match(inner)
        if named is not None:  # "(foto Ansa)": in brackets, a label needs no colon
            return bracketed.start(), named["credit"]
        inside = _TAIL_LABELLED.match(inner)  # "(Symbolbild: Ann Lee/Stock)"
        if inside is not None and inside["credit"] and _is_credit(inside["credit"]):
            return bracketed.start(), inside["credit"].strip()
        before = text[: bracketed.start()].rstrip()
        if before.endswith(tuple(_SENTENCE_END)) and _SLASHED_NAMES.fullmatch(inner):
            return bracketed.start(), inner
    labelled = _TAIL_LABELLED.search(text)
    if labelled is not None:
        found = labelled["credit"] or labelled["abbreviated"]
        if _is_credit(found):
            credit = found.strip()
            credit = credit[1:].lstrip() if credit.startswith("©") else credit  # "Foto: © X"
            if credit:
                return labelled.start(), credit
    copyright_tail = COPYRIGHT_TAIL.search(text) if "©" in text else None  # the sign it needs
    if copyright_tail is not None:
        return copyright_tail.start(), copyright_tail["credit"].strip()
    agency = _TAIL_AGENCY.search(text)
    if agency is not None:
        return agency.start(), agency["credit"]
    slashed = _TAIL_SLASHED.search(text)
    if slashed is not None:
        return slashed.start(), slashed["credit"].strip()
    named_agency = _TAIL_NAMED_AGENCY.search(text)
    if named_agency is not None:
        return named_agency.start(), named_agency["credit"]
    by = _TAIL_BY.search(text)
    if by is not None and bool(by["open"]) == bool(by["close"]) and _is_credit(by["credit"]):
        return by.start(), by["credit"].strip()
    courtesy = _COURTESY.fullmatch(text)
    if courtesy is not None:
        return 0, courtesy["credit"].strip()
    shot = _TAIL_SHOT.search(text)
    if shot is not None:
        return shot.start(), (shot["credit"] or shot["after"]).strip()
    return None


def _is_credit(text: str) -> bool:
    """Whether the words after a label are a credit, not the rest of a sentence: short, with
    no sentence inside, starting with a capital, a digit or a copyright sign, or a few words
    not closed by a full stop (agencies written in lower case: "dpa", "picture alliance"), or
    parts of a few words each between slashes or bars ("picture alliance / SZ Photo | Ann
    Lee").

    >>> _is_credit("picture alliance / SZ Photo | Ann Lee")
    True
    >>> _is_credit("the port at dawn / boats leaving the harbour")
    False
    """
    text = text.strip()
    first = text[:1]
    capital = first.isupper() or first.isdigit() or first in "©@"
    parts = _CREDIT_PARTS.split(text)
    parted = len(parts) > 1 and all(0 < len(part.split()) <= _PART_WORDS for part in parts)
    return (
        0 < len(text) <= 80
        and not re.search(r"(?:(?<!\b[A-Z])\.|[!?])\s+[A-Z]", text)  # "J. Okafor" is a name
        and len(text.split()) <= 8
        and (capital or parted or (len(text.split()) <= 4 and not text.endswith(".")))
    )


_CREDIT_PARTS = re.compile(r"\s*[/|]\s*")
_PART_WORDS = 3
"""A credit's parts between slashes or bars (a photographer, an agency) have at most this many
words."""


def format_credit(media: Media) -> str:
    """Return the line that :func:`parse_credit` reads back as ``media``'s kind and credit.

    >>> format_credit(Media(credit="EPA/ITAR-TASS"))
    'Photo: EPA/ITAR-TASS'
    """
    label = {
        MediaKind.VIDEO: "Video",
        MediaKind.GRAPHIC: "Graphic",
        MediaKind.AUDIO: "Audio",
    }.get(media.kind, "Photo")
    return f"{label}: {media.credit or ''}"
