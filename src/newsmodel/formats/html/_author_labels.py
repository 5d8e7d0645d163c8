"""The words a page prints over a box about the article's author, in the languages read.

A box about the author opens with a label that names nobody ("Autoreninfo", "Zur Person",
"Author bio": :data:`AUTHOR_BOX_LABELS`), with "About" and the author ("About the author",
"Über Ann Lee": :data:`ABOUT`, :data:`THE_AUTHOR`), or with the word "author" alone
("Authors", "Autor:innen"). :func:`heads_author_box` tells a heading that names nobody;
:mod:`._trailer` reads the boxes printed as lines in the body, :mod:`._content` passes over
those that open with such a heading when it picks the main content.
"""

import re

from newsmodel.extract.normalize import squash

__all__ = ["ABOUT", "AUTHOR_BOX_LABELS", "THE_AUTHOR", "heads_author_box"]

AUTHOR_BOX_LABELS = re.compile(
    r"autor(?:en|innen)?info|autor:innen|zur\s+person|zu[mr]\s+autor(?:in)?|"
    r"author\s+(?:info|bio)|about\s+the\s+writer",
    re.IGNORECASE,
)
"""Labels of an author's box that name nobody ("Autoreninfo", "Zur Person", "Author bio")."""
ABOUT = re.compile(
    r"(?:about|über|à\s+propos\s+de|sobre|acerca\s+de|su|om|over)\s+(?P<who>.+)", re.IGNORECASE
)
"""A heading "About ..." in the languages read."""
THE_AUTHOR = re.compile(
    r"(?:the\s+)?authors?|(?:den|die|dem)\s+autor(?:in|en)?|l['’]auteur(?:e|s)?|"  # noqa: RUF001
    r"(?:el|la|los)\s+autor(?:a|es)?|l['’]autore|(?:o|a)\s+autora?|"  # noqa: RUF001
    r"forfatteren|författaren|de\s+auteur",
    re.IGNORECASE,
)
"""The words "the author" after :data:`ABOUT`, in the languages read."""
_AUTHORS_WORD = re.compile(
    r"autor(?:in|en|innen)?|auteure?s?|autori?|autora?s?|autores|forfatter(?:e|en|ne)?|"
    r"författare(?:n|na)?|auteurs?",
    re.IGNORECASE,
)
"""The word "author" or "authors" alone, in the languages read ("Autor:innen" is in
:data:`AUTHOR_BOX_LABELS`)."""


def heads_author_box(heading: str) -> bool:
    """Whether a heading names nobody and says that what follows is about the article's
    authors: "About the author", "Über die Autorin", "Autoreninfo", "Authors", "Autor:innen".

    >>> [heads_author_box(text) for text in ("About the authors", "Autor:innen", "About us")]
    [True, True, False]
    """
    text = squash(heading).strip(" :")
    if AUTHOR_BOX_LABELS.fullmatch(text) or _AUTHORS_WORD.fullmatch(text):
        return True
    if THE_AUTHOR.fullmatch(text):
        return True
    about = ABOUT.fullmatch(text)
    return about is not None and THE_AUTHOR.fullmatch(about["who"].rstrip(" :")) is not None
