"""A site's own picture declared as the page's image is no lead image of the article (issue 11).

Each page is invented: a short story whose metadata declares a picture by its address.
"""

import pytest

from newsmodel.formats import ReadOptions
from newsmodel.formats.html import read
from newsmodel.formats.html._site_images import is_site_image
from newsmodel.model import Article, Figure

_STORY = (
    "<p>The county opened its third public library on Saturday, on the site of an old "
    "railway depot, after two years of building work and a long fight over its cost.</p>"
    "<p>Readers queued from early morning, the librarian said, and the children's room was "
    "full by noon.</p>"
)


def _read(image: str, body: str = "") -> Article:
    page = (
        f"<html><head><title>Library opens</title><meta property='og:image' content='{image}'>"
        f"</head><body><article><h1>Library opens</h1>{body}<div>{_STORY}</div></article>"
        "</body></html>"
    )
    return read(page.encode(), ReadOptions()).article


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/img/pages/article/opengraph_default.png",
        "https://example.com/images/courier_fb_logo.jpg",
        "https://example.com/static/googlelogo_color_272x92dp.png",
        "https://example.com/Sites/german/Img/apple-touch-icon@2.png?v=05233d7c",
        "https://example.com/wp-content/themes/courier2020/img/facebook.jpg",
        "https://example.com/wp-content/plugins/seo-pack/images/default-user-image.png",
        "https://example.com/files/default-press-opener.jpg",
        "https://example.com/images/no-image.png",
    ],
    ids=[
        "default share image", "logo", "logo in a word", "touch icon", "theme folder",
        "plugin folder", "name opening with default", "no image",
    ],
)  # fmt: skip
def test_site_pictures(url: str) -> None:
    assert is_site_image(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/uploads/2024/05/harbour-at-dawn.jpg",
        "https://example.com/clip/f9575e06_facebook-watermarked-aspect-ratio_default_0.jpg",
        "https://example.com/storage/image/2280168_default_1tGuSk_X7vgot.jpg",
        "https://example.com/uploads/2026/03/watermarks-logo-20260304093341682_1000.jpeg",
        "https://example.com/dhh/e6ee93cb/representations/opengraph.png",
    ],
    ids=["a photo", "default in a crop's name", "a numbered photo", "a logo on a photo", "a card"],
)
def test_story_pictures(url: str) -> None:
    """A photo whose name holds "default" or "logo" among its crop's words or beside a
    publishing system's number, or a card made for one article, is no site picture."""
    assert not is_site_image(url)


def test_declared_logo_is_no_lead_image() -> None:
    """A page that declares its logo as its image has no lead image; a photo stays."""
    assert () == _read("https://example.com/images/courier_logo.png").media
    photo = "https://example.com/uploads/2024/05/library-opening.jpg"
    assert [photo] == [media.url for media in _read(photo).media]


def test_logo_printed_in_the_story_stays() -> None:
    """A logo the body prints as a figure (a story about the logo) stays the page's image."""
    logo = "https://example.com/images/library_logo.png"
    body = f"<figure><img src='{logo}'><figcaption>The library's new logo.</figcaption></figure>"
    article = _read(logo, body)
    figures = [b for s in article.sections for b in s.blocks if isinstance(b, Figure)]
    assert ([logo], [logo]) == (
        [media.url for media in article.media],
        [figure.media.url for figure in figures],
    )


def test_picture_block_is_the_lead_image_beside_a_declared_logo() -> None:
    """A picture printed with its caption before the story, outside its container, is the
    lead image when the page declares only its logo: the logo is no declared picture for the
    block to match (a declared photo of another file would keep the block from the lead)."""
    block = (
        "<div><img src='https://example.com/img/depot-800x450.jpg' alt='The old depot'><div>"
        "The old depot on the morning the library opened. Photo: Jo Vance/Courier</div></div>"
    )
    page = (
        "<html><head><title>Library opens</title><meta property='og:image' "
        "content='https://example.com/images/courier_logo.png'></head><body><div>"
        f"<h1>Library opens</h1>{block}<div>{_STORY}</div></div></body></html>"
    )
    article = read(page.encode(), ReadOptions()).article
    assert [("https://example.com/img/depot-800x450.jpg", "Jo Vance/Courier")] == [
        (media.url, media.credit) for media in article.media
    ]
