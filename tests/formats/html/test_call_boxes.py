"""A box ending in a call to action leaves a story's body, whatever its words (issue 11).

A site's pitch set among a story's paragraphs (a title line, a line or two, one short link:
a subscription offer, a newsletter, an appeal for donations) goes; a content built of such
boxes (a shopping guide's products) keeps them. The pages are invented.
"""

import pytest

from newsmodel.formats import ReadOptions
from newsmodel.formats.html import read

_STORY = [
    "The tram line to the airport opened on Friday, two years after work on it began.",
    "The first trams left the central station at dawn, most of them full within minutes.",
    "The city expects forty thousand riders a day once the summer timetable starts.",
    "Taxi drivers at the airport said they had already seen fewer fares on the first day.",
]


def _page(box: str) -> bytes:
    first = "".join(f"<p>{text}</p>" for text in _STORY[:2])
    second = "".join(f"<p>{text}</p>" for text in _STORY[2:])
    return (
        "<html><head><title>Airport tram opens</title></head><body>"
        "<div class='q1'><h1>Airport tram opens</h1>"
        f"<div class='q2'>{first}{box}{second}</div></div></body></html>"
    ).encode()


def _paragraphs(data: bytes) -> list[str]:
    return [paragraph.text for paragraph in read(data, ReadOptions()).article.paragraphs]


_BOXES = {
    "subscription offer": (
        "<div class='q7'><h4>Read on for $1 a week</h4><p>Every story, every day. Stop when you"
        " like.</p><a href='/offer'>Start reading</a></div>"
    ),
    "newsletter in German": (
        "<div class='q7'><div class='q8'><strong>Morgenpost</strong></div><p>Jeden Morgen das"
        " Wichtigste aus der Stadt.</p><p><a href='/nl'>Anmelden</a></p></div>"
    ),
    "appeal for donations in Spanish": (
        "<section class='q7'><b>Apoye el periodismo local</b><p>Informamos desde hace cien años"
        " gracias a nuestros lectores.</p><a href='/socios'>Hágase socio ahora</a></section>"
    ),
}


@pytest.mark.parametrize("kind", sorted(_BOXES))
def test_box_ending_in_a_call_to_action_leaves_the_body(kind: str) -> None:
    """The box goes whole, title line, pitch and link; the story's paragraphs all stay."""
    assert _STORY == _paragraphs(_page(_BOXES[kind]))


_PRODUCT = (
    "<div class='q7'><h3>{name}</h3><p>A light {name} with a long battery life, and a case that"
    " folds flat.</p><a href='/go/{name}'>$129 at Shop</a></div>"
)


def test_content_built_of_such_boxes_keeps_them() -> None:
    """A shopping guide's products, each ending in a link to a shop, are the content: two
    boxes or more of that shape stay."""
    boxes = "".join(_PRODUCT.format(name=name) for name in ("lamp", "torch"))
    paragraphs = _paragraphs(_page(boxes))
    assert 2 == sum("battery life" in text for text in paragraphs)


@pytest.mark.parametrize(
    "box",
    [
        # the link is a sentence's worth, not a call
        "<div class='q7'><h4>The timetable</h4><p>Trams run every ten minutes until midnight.</p>"
        "<a href='/t'>See the whole timetable for the new airport line</a></div>",
        # words after the link: a sentence that goes on
        "<div class='q7'><h4>The timetable</h4><p>Trams run every ten minutes until midnight.</p>"
        "<a href='/t'>Timetable</a> has the details.</div>",
        # no title line first
        "<div class='q7'><p>Trams run every ten minutes until midnight.</p><p>The night service"
        " starts in May.</p><a href='/t'>Timetable</a></div>",
        # more text than a pitch
        "<div class='q7'><h4>The timetable</h4><p>"
        + "Trams run every ten minutes until midnight, and every twenty at night. " * 6
        + "</p><a href='/t'>Timetable</a></div>",
    ],
    ids=["long link", "text after the link", "no title line", "long box"],
)
def test_box_of_the_story_stays(box: str) -> None:
    """A box whose link is longer than a call, is followed by words, has no title line or
    holds more than a pitch stays in the body."""
    assert any("every ten minutes" in text for text in _paragraphs(_page(box)))
