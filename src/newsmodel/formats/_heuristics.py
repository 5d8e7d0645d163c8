"""One extraction for every reader: the dateline, quotes and speakers that markup did not carry.

Agencies send NewsML-G2 and ninjs bodies as plain ``<p>`` paragraphs: no ``<q>`` around quotes, the
dateline printed at the start of the first paragraph. :func:`fill_in` runs on such an article the
finding that the plain-text reader runs (:mod:`newsmodel.extract.datelines`,
:mod:`newsmodel.extract.quotes`), so that the same story gives the same quotes and dateline
whatever format it came in:

* the **dateline**, only when the article has none: at the start of the first paragraph of the
  body (after the pictures above it, if any), cut off the paragraph as the text reader cuts it
  (quotes the markup gave that paragraph move with its text);
* **quotes and speakers** on every paragraph whose markup carries no quote; a paragraph that
  already has quotes is trusted and never doubled, but its text still counts for resolving
  speakers (who was named, who spoke last);
* the **speaker of a block quote** without one: the person introducing it (``X said:`` ending the
  paragraph before) or going on talking from the paragraph before.

The article's language (or ``language=``) chooses the quotation marks and the dash quotes of the
Nordic languages; the reference date gives a dateline's date its year.
"""

import datetime
from collections.abc import Sequence

import attrs

from newsmodel.extract.datelines import parse_dateline
from newsmodel.extract.quotes import attach_quotes
from newsmodel.formats import Parsed, ReadOptions
from newsmodel.model import (
    Article,
    Block,
    BlockQuote,
    Dateline,
    Figure,
    Paragraph,
    Quote,
    Section,
)

__all__ = ["fill_in", "fill_parsed"]

# Block quotes are handed to the quote finder as one quoted paragraph between marks that their
# own text is unlikely to hold, so that their speaker is found like a paragraph's.
_BLOCK_OPEN = "「"
_BLOCK_CLOSE = "」"


def _cut_dateline(
    article: Article, reference_date: datetime.date | None
) -> tuple[Article, Dateline | None]:
    """The article with the dateline cut off its first paragraph, and the dateline; or the
    article unchanged and None."""
    if not article.sections or not article.sections[0].blocks:
        return article, None
    section = article.sections[0]
    at = next((n for n, block in enumerate(section.blocks) if not isinstance(block, Figure)), 0)
    first = section.blocks[at]  # pictures above the story come before its dateline
    if section.heading is not None or not isinstance(first, Paragraph):
        return article, None
    found = parse_dateline(first.text, reference_date)
    if found is None:
        return article, None
    dateline, rest = found
    if not first.text.endswith(rest):
        return article, None  # the dateline reader changed the text: leave it be
    cut = len(first.text) - len(rest)
    quotes = tuple(
        attrs.evolve(quote, start=quote.start - cut, end=quote.end - cut)
        for quote in first.quotes
        if quote.start >= cut
    )
    blocks: tuple[Block, ...] = section.blocks[at + 1 :]
    if rest:
        blocks = (Paragraph(text=rest, quotes=quotes), *blocks)
    blocks = (*section.blocks[:at], *blocks)
    sections = (attrs.evolve(section, blocks=blocks), *article.sections[1:])
    return attrs.evolve(article, sections=sections, dateline=dateline), dateline


def _quoted_block(text: str) -> str:
    """A block quote's text as the quote finder is given it: one quoted paragraph."""
    return f"{_BLOCK_OPEN}{text}{_BLOCK_CLOSE}"


def _with_speaker(block: BlockQuote, found: Sequence[Quote]) -> BlockQuote:
    """The block quote with the speaker the quote finder gave its :func:`_quoted_block` text,
    when it had none."""
    if block.speaker is None and found and found[0].speaker is not None:
        return attrs.evolve(block, speaker=found[0].speaker)
    return block


def _fill_quotes(article: Article, language: str | None) -> Article:
    """The article with quotes found in paragraphs without any, and block quotes' speakers."""
    texts: list[str] = []
    for block in article.blocks:
        if isinstance(block, Paragraph):
            texts.append(block.text)
        elif isinstance(block, BlockQuote):
            texts.append(_quoted_block(block.text))
    if not texts:
        return article
    # As in the text reader, bylines are no known people: a quoted surname would resolve to an
    # author who shares it.
    found = iter(attach_quotes(texts, language=language))
    changed = False
    sections: list[Section] = []
    for section in article.sections:
        blocks: list[Block] = []
        for block in section.blocks:
            if isinstance(block, Paragraph):
                quotes: tuple[Quote, ...] = next(found)
                if quotes and not block.quotes:
                    block = attrs.evolve(block, quotes=quotes)
                    changed = True
            elif isinstance(block, BlockQuote):
                spoken = _with_speaker(block, next(found))
                changed = changed or spoken is not block
                block = spoken
            blocks.append(block)
        sections.append(attrs.evolve(section, blocks=tuple(blocks)))
    return attrs.evolve(article, sections=tuple(sections)) if changed else article


def fill_in(
    article: Article,
    *,
    language: str | None = None,
    reference_date: datetime.date | None = None,
) -> Article:
    """Add the dateline, quotes and speakers that the article's markup did not carry.

    Args:
        article: The article a reader built.
        language: The article's BCP 47 language; by default ``article.language``.
        reference_date: When the story was filed, for a dateline date without a year; by default
            the day ``article.published`` gives.

    Returns:
        The article with what was found filled in (the same object when nothing was).

    >>> from newsmodel.model import Section
    >>> story = Article(headline="Talks", sections=(Section(blocks=(
    ...     Paragraph(text='OSLO (NTB) - "We are ready," Anna Berg said.'),)),))
    >>> filled = fill_in(story)
    >>> filled.dateline.place, filled.quotes[0].text, filled.quotes[0].speaker.name
    ('OSLO', 'We are ready,', 'Anna Berg')
    """
    if reference_date is None and article.published is not None:
        reference_date = article.published.date()
    if article.dateline is None:
        article, _dateline = _cut_dateline(article, reference_date)
    return _fill_quotes(article, language or article.language)


def fill_parsed(parsed: Parsed, options: ReadOptions, *, trusted: bool = False) -> Parsed:
    """A reader's result with :func:`fill_in` applied, when ``options.heuristics`` asks for it
    and the document is not ``trusted`` (newsmodel's own output, whose markup says it all); an
    article that states no language takes ``options.language`` first.

    Args:
        parsed: What the reader built.
        options: The reader's options (``heuristics``, ``reference_date``, ``language``).
        trusted: Whether the document's markup is known to carry every quote and the dateline.
    """
    article = parsed.article
    if article.language is None and options.language is not None:
        article = attrs.evolve(article, language=options.language)
    if not trusted and options.heuristics:
        article = fill_in(article, reference_date=options.reference_date)
    return parsed if article is parsed.article else attrs.evolve(parsed, article=article)
