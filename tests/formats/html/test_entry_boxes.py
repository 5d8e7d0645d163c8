"""Boxes round a field the reader types into leave the body, whatever their names (issue 11).

A newsletter's sign-up, a search or a login box put among the story's paragraphs, its class
names hashed or plain words no list holds, goes whole: the heading, the blurb and the fine print
with the field. The pages are invented.
"""

import pytest
from lxml import html

from newsmodel.formats import ReadOptions
from newsmodel.formats.html import read
from newsmodel.formats.html._entry_boxes import entry_boxes
from newsmodel.model import Article, Figure

_STORY = [
    "The ferry service to the outer islands resumed on Monday after a week of storms.",
    "Crews cleared the harbour of debris and checked the pier for damage before sailing.",
    "The operator said timetables would return to normal by the end of the month.",
    "Islanders had relied on a single supply flight a day while the boats were held back.",
]


def _page(box: str, *, story_tag: str = "div") -> bytes:
    first = "".join(f"<p>{text}</p>" for text in _STORY[:2])
    second = "".join(f"<p>{text}</p>" for text in _STORY[2:])
    return (
        "<html><head><title>Ferries sail again</title></head><body>"
        "<div class='x81'><h1>Ferries sail again</h1>"
        f"<{story_tag} class='x82'>{first}{box}{second}</{story_tag}></div></body></html>"
    ).encode()


def _paragraphs(data: bytes) -> list[str]:
    article: Article = read(data, ReadOptions()).article
    return [paragraph.text for paragraph in article.paragraphs]


_BOXES = {
    "sign-up box with an e-mail field": (
        "<div class='sc-a1b2c3'><h3>Get our morning briefing</h3><p>The day's top stories,"
        " in your inbox before breakfast.</p><form><input type='email' placeholder='E-mail'>"
        "<button>Sign up</button></form><p>By signing up you accept our privacy terms.</p></div>"
    ),
    "sign-up box in German, its field without a type": (
        "<div class='k7'><div class='k8'><strong>Jeden Morgen informiert</strong></div>"
        "<p>Die wichtigsten Nachrichten des Tages kostenlos in Ihrem Postfach.</p>"
        "<div class='k9'><input name='mail'><span>Jetzt anmelden</span></div></div>"
    ),
    "sign-up box in French": (
        "<section class='bloc'><h4>Recevez l'essentiel</h4><p>L'actualité de la région chaque"
        " matin dans votre boîte mail.</p><input type='EMAIL'></section>"
    ),
    "search box among the paragraphs": (
        "<div class='unit'><label>Search the archive</label><input type='search'></div>"
    ),
    "poll with radio buttons in a form": (
        "<div class='k5'><h4>Have your say</h4><p>Should the ferries run on Sundays?</p><form>"
        "<label><input type='radio' name='v'> Yes</label><label><input type='radio' name='v'> No"
        "</label><button>Vote</button></form></div>"
    ),
    "login box": (
        "<div class='module'><p>Already a member? Log in to keep reading our coverage.</p>"
        "<input type='text' name='user'><input type='password' name='pass'></div>"
    ),
}


@pytest.mark.parametrize("kind", sorted(_BOXES))
def test_box_round_an_entry_field_leaves_the_body(kind: str) -> None:
    """The box round the field goes whole; the story's paragraphs all stay."""
    assert _STORY == _paragraphs(_page(_BOXES[kind]))


def test_box_round_an_entry_field_leaves_a_story_tagged_as_an_article() -> None:
    """The box goes from inside an ``<article>``, which itself stays."""
    assert _STORY == _paragraphs(_page(_BOXES["login box"], story_tag="article"))


def test_check_boxes_keep_their_list() -> None:
    """Check boxes are no entry fields: a recipe's ingredients ticked off stay."""
    items = "".join(
        f"<li><input type='checkbox'> {item}</li>" for item in ("2 eggs", "200 g flour")
    )
    data = _page(f"<ul class='k3'>{items}</ul>")
    article = read(data, ReadOptions()).article
    assert ["2 eggs", "200 g flour"] == [
        item for block in article.blocks for item in getattr(block, "items", ())
    ]


def test_radio_buttons_outside_a_form_keep_their_box() -> None:
    """Radio buttons outside a form are a slider's switches (a gallery built without
    scripts): the picture and its caption beside them stay."""
    caption = "The first ferry leaves the harbour on Monday morning."
    gallery = (
        "<div class='k6'><input type='radio' name='g' checked><figure><img src='f.jpg'>"
        f"<figcaption>{caption}</figcaption></figure></div>"
    )
    article = read(_page(gallery), ReadOptions()).article
    captions = [block.media.caption for block in article.blocks if isinstance(block, Figure)]
    assert [caption] == captions


@pytest.mark.parametrize("state", ["readonly", "disabled"])
def test_read_only_field_keeps_its_box(state: str) -> None:
    """A read-only or disabled field (a video's embed code to copy) is typed into by no one:
    the caption beside it stays."""
    caption = "Crews clear the harbour of debris ahead of the first sailing."
    box = (
        f"<div class='k4'><p>{caption}</p><input type='text' {state} value='&lt;iframe&gt;'></div>"
    )
    assert caption in _paragraphs(_page(box))


def _boxes(markup: str) -> list[str]:
    root = html.document_fromstring(markup)
    return [
        " ".join(box.text_content().split()) for box in entry_boxes(root.iter("input", "textarea"))
    ]


def test_comment_form_is_left_to_the_comment_rules() -> None:
    """A form with a ``<textarea>`` is a comment form: its fields make no box here (the rules
    for comment threads know a thread by the form's lines)."""
    form = (
        "<div><h3>Leave a reply</h3><form><textarea></textarea><input type='text' name='n'>"
        "<input type='email' name='e'></form></div>"
    )
    assert [] == _boxes(f"<html><body>{form}</body></html>")


def test_box_stops_below_a_bar_of_links() -> None:
    """A search field in a bar with share links and the author's box: only the field's own
    box is taken, not the bar."""
    bar = (
        "<div class='bar'><a href='/s1'>Facebook</a><a href='/s2'>X</a><a href='/a'>Ann Lee</a>"
        "<div class='search'><form><input type='text' name='s'></form></div></div>"
    )
    assert [""] == _boxes(f"<html><body><p>Story.</p>{bar}</body></html>")


@pytest.mark.parametrize("held", ["<h1>Ferries sail again</h1>", "<time>2 May 2026</time>"])
def test_box_stops_below_the_title_and_the_date_line(held: str) -> None:
    """An element holding the ``<h1>`` or a ``<time>`` (a byline's line, with a field to send
    the story by e-mail) is no widget's box: the box stops below it."""
    line = f"<div class='head'>{held}<div class='send'><input type='email'> Send</div></div>"
    assert ["Send"] == _boxes(f"<html><body>{line}</body></html>")


def test_field_in_a_form_round_the_whole_page_takes_no_story() -> None:
    """A page wrapped whole in a ``<form>`` (as some site builders make them) keeps its
    story, three paragraphs long: the box round its search field is the field's own, the form
    holding more text than a widget does."""
    story = [text + " " + text for text in _STORY[:3]]
    body = "".join(f"<p>{text}</p>" for text in story)
    page = (
        "<html><head><title>Ferries sail again</title></head><body><form id='page'>"
        "<div class='top'>Search <input type='search' name='q'></div><h2>Ferries sail again</h2>"
        f"<div class='main'>{body}</div></form></body></html>"
    )
    assert (["Search"], story) == (_boxes(page), _paragraphs(page.encode()))


def test_article_is_no_box() -> None:
    """An ``<article>`` (a brief, a few short lines) is never a field's box."""
    brief = "<article><h2>Ferries</h2><p>The ferries sail again.</p><input type='search'></article>"
    assert [] == _boxes(f"<html><body>{brief}</body></html>")
