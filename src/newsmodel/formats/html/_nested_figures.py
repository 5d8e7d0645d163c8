"""A ``<figure>`` written inside a paragraph, taken out to stand as a block of its own.

HTML does not let a ``<p>`` hold a ``<figure>``, but editors and old templates write one there
(``<p><figure>...<figcaption>Caption © X</figcaption></figure><strong>Next
heading</strong></p>``), and lxml's parser keeps it. Read as it is, the figure's caption and
credit run into the paragraph's text ("...verbotenThomas Tretzka Wassergesättigte Flächen").
:func:`lift_figures` splits such a paragraph around the figure, in place.
"""

from lxml import html

__all__ = ["enclosing", "lift_figures"]


def lift_figures(content: html.HtmlElement) -> None:
    """Take every ``<figure>`` inside a ``<p>`` of ``content`` out of it: the paragraph's words
    before the figure stay in it, the figure follows it, and the words after the figure go to a
    new paragraph after that.

    The figures are taken from the last one up: each one then moves only the words up to the
    figure after it (a paragraph of a thousand figures costs a thousand moves, not half a
    million), and the figures come out of a paragraph in their order."""
    for figure in reversed(list(content.iter("figure"))):
        paragraph = enclosing(figure, "p", content)
        if paragraph is None:
            continue
        holder = next(
            (a for a in (figure, *figure.iterancestors()) if a.getparent() is paragraph), figure
        )
        rest = html.Element("p")
        if holder is figure:
            rest.text, figure.tail = figure.tail, None
            following = list(figure.itersiblings())
        else:
            _detach(figure)
            following = []
        for sibling in following:
            rest.append(sibling)  # moves it, with its tail
        if holder is figure:
            paragraph.remove(figure)
        paragraph.addnext(figure)
        if (rest.text or "").strip() or len(rest):
            figure.addnext(rest)


def enclosing(
    element: html.HtmlElement, tag: str, within: html.HtmlElement
) -> html.HtmlElement | None:
    """The nearest ancestor of ``element`` with ``tag`` below ``within`` (not ``within``
    itself), or None: the ``<p>`` holding a figure, the ``<noscript>`` holding an image."""
    for ancestor in element.iterancestors():
        if ancestor is within:
            return None
        if ancestor.tag == tag:
            return ancestor
    return None


def _detach(element: html.HtmlElement) -> None:
    """Take ``element`` out of its parent, leaving its tail text where it was."""
    parent = element.getparent()
    if parent is None:
        return
    tail, element.tail = element.tail, None
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
