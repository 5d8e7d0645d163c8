"""Tests of the main-content finder of the HTML reader (issue 4)."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import html

from newsmodel.formats.html import _content, _names
from newsmodel.formats.html._content import main_content, measure
from newsmodel.formats.html._names import _last_word, found_in, word_led
from newsmodel.formats.html._strip import strip_boilerplate

_PROSE = "<p>{} is a sentence of the story that is long enough to count, with a comma or two.</p>"


def _page(body: str) -> html.HtmlElement:
    return html.document_fromstring(f"<html><body>{body}</body></html>")


def _story(count: int, name: str = "This") -> str:
    return "".join(_PROSE.format(f"{name} {index}") for index in range(count))


class TestStripBoilerplate:
    """What is never body text goes."""

    def test_named_boilerplate(self) -> None:
        """Navigation, share bars, comments, cookie notices and hidden elements are removed
        (each block leaves a line break, so that the words around it stay apart)."""
        root = _page(
            "<nav>Home</nav><div class='share-tools'>Share</div><div id='comments'>Nice</div>"
            "<div class='cookie-notice'>Cookies</div><div hidden>Secret</div>"
            "<div style='display: none'>Gone</div><div class='d-none'>Away</div>"
            f"<div class='story'>{_story(1)}</div>"
        )
        strip_boilerplate(root)
        assert (
            "This 0 is a sentence of the story that is long enough to count, with a comma or two."
            == root.text_content().strip()
        )

    def test_article_in_an_oddly_named_box_stays(self) -> None:
        """A container named like boilerplate that holds the article's prose is kept."""
        root = _page(f"<div class='widget-area'>{_story(10)}</div>")
        strip_boilerplate(root)
        assert 10 == len(root.findall(".//p"))

    def test_consent_box_named_after_the_gdpr_goes(self) -> None:
        """A box named after the GDPR is a consent dialog, dropped as a cookie notice is,
        however long its text: unlike a wrongly named container of the article."""
        root = _page(
            f"<div class='cmpbox cmpboxWelcomeGDPR'>{_story(10, 'Consent')}</div>"
            f"<div class='story'>{_story(10)}</div>"
        )
        strip_boilerplate(root)
        assert ("Consent 1 is" in root.text_content(), len(root.findall(".//p"))) == (False, 10)

    def test_article_with_its_title_stays(self) -> None:
        """A container named like comments that holds the title (h1) is the article's."""
        root = _page(f"<div class='comments-enabled'><h1>Title</h1>{_story(2)}</div>")
        strip_boilerplate(root)
        assert 2 == len(root.findall(".//p"))

    def test_page_wrapped_in_a_form_keeps_its_story(self) -> None:
        """A form around the whole page (as some site builders write) is not dropped with the
        story, while a small form (a search box) still is."""
        root = _page(
            "<form id='page'><form class='search'><p>Search the site for anything at all you "
            f"like.</p></form><div class='story'>{_story(10)}</div></form>"
        )
        strip_boilerplate(root)
        assert 10 == len(root.findall(".//p"))
        assert "Search the site" not in root.text_content()

    def test_form_around_a_page_of_little_prose(self) -> None:
        """A form around a whole page that is mostly a list (a recipe) keeps it."""
        items = "".join(f"<li>{i} cups of flour, sifted twice</li>" for i in range(12))
        root = _page(f"<form id='main'><h1>Cake</h1><ul>{items}</ul></form>")
        strip_boilerplate(root)
        assert 12 == len(root.findall(".//li"))

    def test_unclosed_navigation_keeps_its_story(self) -> None:
        """A navigation bar left open around the article keeps it; a real one goes."""
        root = _page(f"<nav><a href='/'>Home</a><div class='story'>{_story(10)}</div></nav>")
        strip_boilerplate(root)
        assert 10 == len(root.findall(".//p"))
        root = _page(f"<nav><p>{'Home and away, all the sections. ' * 25}</p></nav>{_story(10)}")
        strip_boilerplate(root)
        assert "Home and away" not in root.text_content()

    @pytest.mark.parametrize(
        "paragraphs",
        [
            "".join(f"<div>{_PROSE[3:-4].format(f'This {i}')}</div>" for i in range(10)),
            "".join(f"{_PROSE[3:-4].format(f'This {i}')}<br><br>" for i in range(10)),
        ],
        ids=["a div per paragraph", "paragraphs set apart with br"],
    )
    def test_story_written_without_p_elements_is_prose(self, paragraphs: str) -> None:
        """A story written without ``<p>`` (a ``<div>`` per paragraph, or paragraphs set apart
        with ``<br>``) is prose as one in ``<p>`` elements is: a navigation bar left open or an
        oddly named box round it keeps it, while a bar of short links written the same way
        still goes."""
        for opening, closing in (
            ("<nav><a href='/'>Home</a>", "</nav>"),
            ("<div class='widget'>", "</div>"),
        ):
            root = _page(f"{opening}<div>{paragraphs}</div>{closing}")
            strip_boilerplate(root)
            assert "This 9 is a sentence" in root.text_content(), opening
        labels = "".join(f"<div>Section {i}</div>" for i in range(30))
        root = _page(f"<nav>{labels}</nav><div>{paragraphs}</div>")
        strip_boilerplate(root)
        assert "Section 1" not in root.text_content()

    def test_text_written_into_boxes_of_a_page_of_p_paragraphs(self) -> None:
        """On a page whose story is in ``<p>`` elements, text written straight into a box is
        not counted as prose: a box named as boilerplate that holds a long notice so written
        goes, as a story hidden for a paywall's script stays when it holds half the page's
        paragraphs."""
        notice = "".join(
            f"<div>Notice {i}: we and our partners store and read information on your device, "
            "for ads.</div>"
            for i in range(12)
        )
        root = _page(
            f"<div class='story'>{_story(6)}</div><div class='toolbar-popup'>{notice}</div>"
            f"<div class='story' style='display: none'>{_story(8, 'Hidden')}</div>"
        )
        strip_boilerplate(root)
        assert ("Notice 1:" in root.text_content(), "Hidden 7" in root.text_content()) == (
            False,
            True,
        )

    def test_noscript_copy_of_the_page(self) -> None:
        """The noscript copy of a page its scripts render is its content; a JavaScript notice
        is dropped."""
        root = _page(f"<noscript>Enable JavaScript</noscript><noscript>{_story(10)}</noscript>")
        strip_boilerplate(root)
        assert 10 == len(root.findall(".//p"))
        assert "Enable JavaScript" not in root.text_content()

    def test_printable_content_is_not_a_print_button(self) -> None:
        """A class that marks the part of the page to print names content, not boilerplate."""
        root = _page(f"<div class='printable grid-12'>{_story(2)}</div>")
        strip_boilerplate(root)
        assert 2 == len(root.findall(".//p"))

    def test_story_paragraphs_marked_for_a_paywall_stay(self) -> None:
        """Long paragraphs of the story named "paywall" stay; a short one named "share" goes."""
        long = "The rest of the review, which a reader sees once logged in, goes on for a while. "
        root = _page(
            f"<div class='story'>{_story(2)}<p class='paywall'>{long * 2}</p>"
            "<p class='share'>Share this story</p></div>"
        )
        strip_boilerplate(root)
        assert (3, False) == (len(root.findall(".//p")), "Share this" in root.text_content())

    def test_part_of_the_article_named_as_boilerplate(self) -> None:
        """A name for a part of the article ("article-social", "story_related-links",
        "PostMeta") whose last word names boilerplate marks boilerplate; a name whose last word
        names content ("share-content") does not, nor does a box named after both ("widget
        article-body")."""
        root = _page(
            "<div class='article'><ul id='article-social'><li>Mail</li><li>Share</li></ul>"
            "<div class='PostMeta'>Filed in News</div>"
            "<div class='story_related-links'><p>Another story, with words.</p></div>"
            f"<div class='share-content'>{_story(1, 'Kept')}</div>"
            f"<div class='widget article-body'>{_story(1)}</div></div>"
        )
        strip_boilerplate(root)
        text = root.text_content()
        assert (False, False, False, True, True) == (
            "Mail" in text,
            "Filed" in text,
            "Another story" in text,
            "Kept 0" in text,
            "This 0" in text,
        )

    @pytest.mark.parametrize(
        ("name", "word"),
        [
            ("story_related-links", "related"),
            ("PostMetaBox", "meta"),
            ("ArticleSocialWrapper", "social"),
            ("article-2", "article"),
            ("share__content--12", "content"),
            ("list-items", None),
            ("42", None),
        ],
    )
    def test_last_word_of_a_name(self, name: str, word: str | None) -> None:
        """A name's last word, split at dashes, underscores and camel case, generic words
        ("links", "box", "wrapper") and numbers aside, lower-cased."""
        assert word == _last_word(name)

    def test_story_paragraphs_hidden_from_screen_readers_stay(self) -> None:
        """Long paragraphs a metered paywall marks ``aria-hidden`` are the story's; a short
        one (an icon's label) and a hidden box go."""
        long = "The rest of the review, which a reader sees once logged in, goes on for a while. "
        root = _page(
            f"<div class='story'>{_story(1)}<p aria-hidden='true'>{long * 2}</p>"
            "<p aria-hidden='true'>Icon label</p>"
            f"<div aria-hidden='true'><p>{long * 2}</p></div></div>"
        )
        strip_boilerplate(root)
        assert (2, False) == (len(root.findall(".//p")), "Icon" in root.text_content())

    def test_slug_ids_are_not_names(self) -> None:
        """An id made from the text ("promoted-...") does not mark boilerplate."""
        root = _page(f"<div id='mayor-promoted-the-new-harbour-plan-1'>{_story(1)}</div>")
        strip_boilerplate(root)
        assert 1 == len(root.findall(".//p"))


class TestMainContent:
    """The element holding the body is found by text, links and position."""

    def test_prose_beats_links(self) -> None:
        """The container of the long paragraphs wins over a link list."""
        links = "".join(
            f"<li><a href='/{i}'>Another story number {i} to read</a></li>" for i in range(30)
        )
        root = _page(f"<div id='a'><ul>{links}</ul></div><div id='b'>{_story(5)}</div>")
        assert "b" == main_content(root).get("id")

    def test_split_body_is_kept_whole(self) -> None:
        """A body split in chunks styled alike (ads between them) is taken whole."""
        chunk = "<div class='chunk x{}'>{}</div><div class='ad'>Ad</div>"
        body = "".join(chunk.format(i, _story(3, f"Part {i}")) for i in range(4))
        root = _page(f"<div id='all'><div class='wrap'>{body}</div></div><div>{_story(1)}</div>")
        assert "wrap" == main_content(root).get("class")

    def test_split_body_with_furniture_between(self) -> None:
        """A body in blocks styled alike, with a link box between them, is taken whole when the
        blocks together hold clearly more prose than the biggest."""
        links = "".join(f"<li><a href='/{i}'>Another story {i}</a></li>" for i in range(6))
        body = (
            f"<div class='text-block a'>{_story(2, 'Lead')}</div><ul class='list'>{links}</ul>"
            f"<div class='text-block b'>{_story(6)}</div>"
        )
        root = _page(f"<div id='all'>{body}</div><div>{_story(1, 'Other')}</div>")
        assert "all" == main_content(root).get("id")

    def test_split_body_with_long_teaser_boxes_between(self) -> None:
        """Boxes of teaser links between the body's chunks, whatever their length, do not
        keep the chunks apart (they are pruned afterwards); a list of teasers styled alike,
        each with a little prose of its own, is not taken for a body."""
        teasers = "".join(
            f"<div><a href='/{i}'>Another story of the site, number {i}, with a long title to"
            " read</a></div>"
            for i in range(12)
        )
        body = (
            f"<div class='w1'><div class='t2'>{_story(2, 'Lead')}</div></div>"
            f"<div class='w3'><p>READ MORE:</p>{teasers}</div>"
            f"<div class='w1'><div class='t2'>{_story(4)}</div></div>"
        )
        root = _page(f"<div id='all'>{body}</div><div>{_story(1, 'Other')}</div>")
        text = main_content(root).text_content()
        assert ("Lead 0" in text, "This 3" in text) == (True, True)
        cards = "".join(
            f"<div class='row'><a href='/{i}'>Title {i}</a>"
            f"<p>Teaser {i} of another post, long enough to count as prose, with a comma.</p>"
            "</div>"
            for i in range(6)
        )
        root = _page(f"<div id='list'>{cards}</div><div id='story'>{_story(5)}</div>")
        assert "story" == main_content(root).get("id")

    def test_split_body_with_a_twin_far_off(self) -> None:
        """A body in two blocks styled alike is taken whole when a third block styled alike
        sits far off (a sidebar's short note) and the page around all three holds much other
        text: the nearest container of the body's chunks is taken, not the whole page."""
        links = "".join(f"<li><a href='/{i}'>Another story {i}</a></li>" for i in range(6))
        table = "".join(f"<tr><td>Market {i}</td><td>Up {i} points</td></tr>" for i in range(60))
        column = (
            f"<div id='col'><div class='chunk a'>{_story(2, 'Lead')}</div><ul>{links}</ul>"
            f"<div class='chunk b'>{_story(6)}</div></div>"
        )
        side = f"<div id='side'><div class='chunk c'>{_story(1, 'Note')}</div></div>"
        root = _page(f"<div id='page'><table>{table}</table>{column}{side}</div>")
        assert "col" == main_content(root).get("id")

    def test_intro_in_a_container_of_its_own(self) -> None:
        """Lead paragraphs in a container above the body's own are taken with it, while
        prose after the body (an author's box) is not taken that way."""
        body = (
            f"<div id='whole'><div class='intro'>{_story(1, 'Intro')}</div>"
            f"<div class='gallery'>{_story(6)}</div></div>"
        )
        root = _page(f"{body}<div class='more'>{_story(2, 'Other')}</div>")
        assert "whole" == main_content(root).get("id")
        bio = "<div class='bio'><p>Ann Lee writes about harbours, ships and the sea.</p></div>"
        root = _page(f"<div id='page'><div id='story'>{_story(6)}</div>{bio}</div>")
        assert "story" == main_content(root).get("id")

    def test_intro_with_its_captioned_picture(self) -> None:
        """An intro in a container of its own that holds a captioned picture is taken with
        the body: the caption is the story's, not other text. Other text of that length in
        its place (a box of links) keeps it out."""
        caption = "The harbour at dawn, seen from the lighthouse on the northern pier. Ann Lee"
        intro = f"{_story(6, 'Intro')}<figure><img src='h.jpg'><figcaption>{caption}</figcaption>"
        body = f"<div class='entries'>{_story(24)}</div>"
        root = _page(f"<div id='whole'><div class='x1'>{intro}</figure></div>{body}</div>")
        assert "whole" == main_content(root).get("id")
        links = "".join(
            f"<li><a href='/{n}'>{part}</a></li>" for n, part in enumerate(caption.split(","))
        )
        root = _page(
            f"<div id='whole'><div class='x1'>{_story(6, 'Intro')}<ul>{links}</ul></div>"
            f"{body}</div>"
        )
        assert "entries" == main_content(root).get("class")

    def test_intro_whose_paragraphs_hold_links(self) -> None:
        """The links inside an intro's paragraphs are the story's text, not other text beside
        it: the intro is taken with the body. A line of other text instead keeps it out."""
        link = "<a href='/topic/harbour'>the harbour</a>"
        intro = "".join(
            f"<p>Intro {n} of the story about {link} is long enough to count as prose, with a "
            "comma.</p>"
            for n in range(3)
        )
        body = f"<div class='x2'>{_story(24)}</div>"
        root = _page(f"<div id='whole'><div class='x1'>{intro}</div>{body}</div>")
        assert "whole" == main_content(root).get("id")
        box = "".join(f"<div>Promo line {n} of the site</div>" for n in range(4))
        root = _page(f"<div id='whole'><div class='x1'>{_story(2, 'Intro')}{box}</div>{body}</div>")
        assert "x2" == main_content(root).get("class")

    def test_pick_stays_in_the_titled_article(self) -> None:
        """A pick that strays from the <article> holding the page's <h1> into other articles
        (related posts written as articles, the next story of an endless page) is looked for
        again inside the titled one."""
        related = "".join(
            f"<article class='card post'>{_story(2, f'Other {i}')}</article>" for i in range(4)
        )
        root = _page(
            f"<div id='column'><article class='card post' id='main'><h1>Title</h1>{_story(4)}"
            f"</article><div class='related'><h3>You may like</h3>{related}</div></div>"
        )
        assert "main" == main_content(root).get("id")
        root = _page(
            f"<main><article id='first'><h1>Title</h1><div class='text'>{_story(4)}</div>"
            "</article><article id='next'><h1>Next story</h1>"
            f"<div class='text'>{_story(8, 'Next')}</div></article></main>"
        )
        text = main_content(root).text_content()
        assert (True, False) == ("This 3" in text, "Next 0" in text)

    def test_pick_stays_in_the_titled_story_of_plain_divs(self) -> None:
        """An endless page whose stories stand in plain <div> elements, each under its own
        <h1>: the pick is looked for again inside the story whose <h1> prints the headline."""
        root = _page(
            f"<div><div id='first'><h1>Ferries stop</h1><div>{_story(4)}</div></div>"
            f"<div id='next'><h1>Next story</h1><div>{_story(8, 'Next')}</div></div></div>"
        )
        text = main_content(root, "Ferries stop | Courier").text_content()
        assert (True, False) == ("This 3" in text, "Next 0" in text)
        text = main_content(root).text_content()  # without the headline, nothing to go by
        assert (True, True) == ("This 3" in text, "Next 0" in text)

    def test_page_with_its_sections_under_h1_headings_is_whole(self) -> None:
        """A page that sets each section's heading in an <h1> (a page builder's), none of them
        the headline, is read whole."""
        sections = "".join(
            f"<div class='row'><h1>Part {i}</h1><div>{_story(3, f'Part{i}')}</div></div>"
            for i in range(4)
        )
        text = main_content(_page(f"<div>{sections}</div>"), "How it works").text_content()
        assert all(f"Part{i} 2" in text for i in range(4))

    def test_pick_does_not_stray_out_of_the_titled_article(self) -> None:
        """A post in an <article> with its title under a site's logo <h1>, followed by long
        readers' comments whose names say nothing ("c7f3a") picked first, is read from the
        post; a titled article holding little prose (a header, its body outside) is not."""
        comments = "".join(
            f"<li class='c7f3a'><div>Reader {i} on May {i}, 2024 said:</div>"
            f"{_story(3, f'Comment {i}')}</li>"
            for i in range(1, 9)
        )
        root = _page(
            "<header><h1>The Harbour Blog</h1></header><main>"
            "<article id='post'><header><h1>Open thread</h1><div>Posted on May 1, 2024 by "
            f"<a href='/a'>Ann Lee</a></div></header>{_story(4)}<footer>Posted in "
            "<a href='/c'>Open threads</a>, <a href='/d'>Harbour news and notes</a></footer>"
            f"</article><div class='x91b'><h3>24 thoughts</h3><ul>{comments}</ul></div></main>"
        )
        assert "post" == main_content(root).get("id")
        root = _page(
            "<main><article><h1>Open thread</h1><p>By Ann Lee</p></article>"
            f"<div id='body'>{_story(6)}</div></main>"
        )
        assert "body" == main_content(root).get("id")

    def test_paragraphs_written_as_divs_of_spans(self) -> None:
        """Divs holding only inline text (``<div><span>...</span></div>``, as some editors
        paste it) are paragraphs: their container wins over a short real paragraph."""
        line = (
            "<div class='x'><span><span>{} is a line of the post, with a comma.</span></span></div>"
        )
        post = "".join(line.format(f"This {i}") for i in range(8))
        root = _page(f"<div id='intro'>{_PROSE.format('Intro')}</div><div id='post'>{post}</div>")
        assert "post" == main_content(root).get("id")

    def test_teaser_picked_first_is_checked_against_the_prose(self) -> None:
        """A teaser box marked as the article body (the first pick) holds little of the page's
        prose: the densest prose container is taken instead."""
        teaser = (
            "<div itemprop='articleBody' id='first'><p>A short teaser of another story, "
            "with a comma.</p></div>"
        )
        links = "".join(f"<li><a href='/{i}'>Section number {i}</a></li>" for i in range(5))
        root = _page(f"<ul>{links}</ul>{teaser}<div id='full'>{_story(8)}</div>")
        assert "full" == main_content(root).get("id")

    def test_story_under_the_title_outweighs_a_long_footer(self) -> None:
        """A story under the page's title keeps its pick although the page's footer holds more
        prose than it (an organisation's address and self-description): the whole page is not
        taken in its place."""
        footer = (
            f"<div id='foot'><div>{_story(8, 'Footer')}</div><div>{_story(8, 'More')}</div></div>"
        )
        root = _page(
            "<div id='wrap'><h1></h1><h1>Fair supply chains</h1>"
            f"<div id='story'>{_story(14)}</div></div>{footer}"
        )
        assert "story" == main_content(root).get("id")

    def test_teaser_under_the_title_is_checked_against_the_prose(self) -> None:
        """A short pick under the page's title (a teaser marked as the body) is still checked
        against the page's prose: a container holding the story elsewhere is taken."""
        teaser = (
            "<div itemprop='articleBody' id='first'><p>A short teaser of another story, "
            "with a comma.</p></div>"
        )
        root = _page(f"<div id='wrap'><h1>Title</h1>{teaser}</div><div id='full'>{_story(8)}</div>")
        picked = main_content(root)
        assert ["full"] == [e.get("id") for e in picked.iter() if e.get("id") == "full"]

    def test_body_cut_by_a_gallery_is_taken_whole(self) -> None:
        """A story cut in two by a gallery of captioned pictures and an ad slot, its
        paragraphs styled alike on both sides, is taken whole (the container of both), even
        when the part after the gallery is short and the gallery's captions and counters
        outweigh it."""
        para = "<p class='t9'>{} is a sentence of the story that is long enough, with a comma.</p>"
        first = "".join(para.format(f"Part {i}") for i in range(5))
        gallery = "".join(
            f"<div><img src='{i}.jpg'><span>{i} of 6</span><span>Lanterns on the river at "
            f"dusk, seen from the bridge, number {i}.</span><span>Photo: Ann Lee</span></div>"
            for i in range(6)
        )
        root = _page(
            f"<div id='wrap'><div id='one'>{first}</div><div>{gallery}</div>"
            f"<div><span>Advertisement</span></div><div id='two'>{para.format('End')}</div>"
            "</div>"
        )
        assert "wrap" == main_content(root).get("id")

    def test_lead_above_a_box_of_links_is_taken(self) -> None:
        """The story's lead paragraphs, above a box of teaser links set between them and the
        rest of the body, are taken with it: the box's links are pruned afterwards, and do not
        count against the container."""
        lead = "".join(
            f"<div class='k{n}'><p>The lead's sentence number {n}, which tells the news of the "
            "day, with a comma or two, and goes on for as long as a wire story's lead does, to "
            "the end.</p></div>"
            for n in range(5)
        )
        links = "".join(
            f"<li><p><a href='/s{n}'>Another story of the site, number {n}</a></p>"
            f"<span>0{n} Oct 2011</span></li>"
            for n in range(4)
        )
        box = (
            f"<div class='k8'><div class='k9'><h2>Related Articles</h2></div><ul>{links}</ul></div>"
        )
        root = _page(
            f"<div id='x1'>{lead}{box}<div class='k7'>{_story(12)}</div></div>"
            "<div><a href='/a'>Home</a></div>"
        )
        assert "x1" == main_content(root).get("id")

    def test_paragraphs_each_wrapped_in_boxes_of_their_own(self) -> None:
        """Paragraphs each wrapped in two boxes of their own (``<div><div><p>``, as pages built
        of components write them) score for the container of the story, not for their boxes: a
        list of notes beside the story, each note in one plain box, does not win."""
        story = "".join(f"<div><div>{_story(1, f'This {n}')}</div></div>" for n in range(8))
        notes = "".join(
            f"<div><p>Note {n}: the depot's car park opens at eight in the morning "
            "every day of the week.</p></div>"
            for n in range(4)
        )
        root = _page(f"<div id='x1'>{story}</div><div id='x2'>{notes}</div>")
        assert "x1" == main_content(root).get("id")

    def test_a_named_box_is_no_wrapper(self) -> None:
        """A box of one paragraph whose name weighs (``articleBody``) is scored itself, not
        passed over for its parent as a plain wrapper is."""
        root = _page(
            f"<div id='x1'><div class='article-body'>{_story(1)}</div><div><div>{_story(1)}"
            "</div></div></div>"
        )
        sizes = measure(root)
        paragraphs = list(root.iter("p"))
        assert ("article-body", "x1") == (
            _content._past_wrappers(paragraphs[0], paragraphs[0].getparent(), sizes).get("class"),
            _content._past_wrappers(paragraphs[1], paragraphs[1].getparent(), sizes).get("id"),
        )

    def test_recipe_taken_whole_past_its_boxes_of_links(self) -> None:
        """A recipe whose steps are picked first is taken whole (its introduction, ingredients,
        steps and tips, over twice the steps' prose) though boxes of links to other recipes
        sit in its container: they are pruned afterwards and do not count against it."""
        step = (
            "Heat the oven and butter the tin, then beat the butter with the sugar until pale "
            "and light, add the eggs one by one, fold in the flour with the baking powder, "
            "spread the batter in the tin and bake it for forty minutes, step {}."
        )
        tip = (
            "Serve the cake warm with whipped cream or ice cream; it keeps for three days in a "
            "tin, and freezes well for a month if wrapped, tip {}."
        )
        about = (
            "<p>This cake is the one our grandmother baked every Sunday, a simple sponge with "
            "fruit on top that anyone can make in an hour, with what is in the cupboard.</p>"
        )
        items = "".join(f"<li>{n} cups of flour, sifted</li>" for n in range(1, 7))
        steps = "".join(f"<li>{step.format(n)}</li>" for n in range(3))
        tips = "".join(f"<li>{tip.format(n)}</li>" for n in range(5))
        facts = "".join(f"<div>Nutrient {n}</div><div>{n}0 g</div>" for n in range(20))
        links = "".join(
            f"<li><a href='/r{n}'>Another recipe, number {n}</a></li>" for n in range(5)
        )
        root = _page(
            f"<div id='x1'><div>{about * 4}</div><div><h2>Ingredients</h2><ul>{items}</ul></div>"
            f"<div><h2>Steps</h2><ul id='x2'>{steps}</ul></div><div><h2>Tips</h2><ul>{tips}</ul>"
            f"</div><div>{facts}</div><div><ul>{links}</ul></div><div><ul>{links}</ul></div></div>"
        )
        assert "x1" == main_content(root).get("id")

    def test_story_cut_into_sections_of_a_quiet_container(self) -> None:
        """A story cut into sections (a few lead paragraphs, the long middle picked first, an
        end) is taken whole from the container holding them with next to no other text,
        though prose follows the pick there; an author's box after a story, with its
        heading, is not taken so."""
        root = _page(
            f"<div id='x1'><div>{_story(3, 'Lead')}</div><div>{_story(10)}</div>"
            f"<div>{_story(5, 'End')}</div><span>Print</span></div>"
            "<div><a href='/a'>Home</a></div>"
        )
        assert "x1" == main_content(root).get("id")
        box = f"<div><h4>Ann Lee writes on energy</h4>{_story(8, 'Ann')}</div>"
        root = _page(
            f"<div id='x2'><div id='x3'>{_story(10)}</div>{box}</div>"
            "<div><a href='/a'>Home</a></div>"
        )
        assert "x3" == main_content(root).get("id")

    def test_list_picked_first_takes_the_story_round_it(self) -> None:
        """A long list picked first (its items scored as paragraphs) is widened to its
        container when that adds the story's paragraphs before and after it with next to no
        other text: a list is no story alone."""
        items = "".join(
            f"<li>In {2000 + i}, people searched for pizza, tacos, noodles and burgers more"
            " than for the World Cup, the Olympics, the elections or the weather.</li>"
            for i in range(10)
        )
        intro = "Chia seeds are the new kale, according to a review of the searches of the year."
        root = _page(
            f"<div id='story'><p>{intro}</p><p>Some of the other findings include:</p>"
            f"<ul>{items}</ul><p>The lesson, as always: you are what you search.</p></div>"
            "<div><a href='/a'>Home</a> <a href='/b'>Food</a></div>"
        )
        assert "story" == main_content(root).get("id")

    def test_steps_under_captioned_pictures_are_taken_whole(self) -> None:
        """A how-to whose steps each stand in a box of their own with a captioned picture, a
        long intro in the first and a box of links after it: the container of all the boxes
        is taken. The pictures' captions are the story's, not other text that makes the
        container worth less than the intro alone."""
        intro = "Glass jars keep a bit of the forest at home, and ask for little care. " * 6
        box = (
            "<div class='k2 k3'><div class='k5'>{}</div><figure><img src='{}.jpg'></figure>"
            "<figcaption>A jar garden on the shelf, seen from above, number {} (Ann Lee)"
            "</figcaption></div>"
        )
        steps = "".join(
            box.format(f"<span>Step {i}</span><p>Press the moss down round stone {i}.</p>", i, i)
            for i in range(1, 9)
        )
        related = (
            "<div class='k4'><h3>Other people are reading</h3><ul><li><a href='/a'>Jar ideas"
            "</a></li><li><a href='/b'>How to keep moss green</a></li></ul></div>"
        )
        root = _page(
            f"<div id='col'><h1>How to build a jar garden</h1>{box.format(f'<p>{intro}</p>', 0, 0)}"
            f"{related}{steps}</div>"
        )
        assert "col" == main_content(root).get("id")

    @pytest.mark.parametrize("style", ["", " class='t9'"], ids=["no class", "a class"])
    def test_box_after_the_story_styled_otherwise_is_not_taken(self, style: str) -> None:
        """A prose box after the story whose paragraphs share no class with the story's (an
        author's box, a newsletter's; paragraphs without a class share none) does not make
        the story's container widen."""
        para = f"<p{style}>{{}} is a sentence of the story that is long enough, with a comma.</p>"
        first = "".join(para.format(f"Part {i}") for i in range(5))
        bio = "Ann Lee writes about rivers and towns for the paper, and lives nearby."
        root = _page(f"<div id='wrap'><div id='one'>{first}</div><div><p>{bio}</p></div></div>")
        assert "one" == main_content(root).get("id")

    def test_short_story_keeps_its_pick(self) -> None:
        """A pick that holds most of the page's prose is kept, however short."""
        root = _page(f"<div id='story'>{_story(2)}</div><div id='other'><p>Short.</p></div>")
        assert "story" == main_content(root).get("id")

    def test_text_written_into_a_div(self) -> None:
        """Text written straight into a div (with <br>) is found."""
        root = _page(
            "<div id='menu'><a href='/'>Home</a></div><div id='text'><img src='a.jpg'>"
            + "Long text written straight into the container, with commas, and more words. " * 4
            + "<br><br>More text.</div>"
        )
        assert "text" == main_content(root).get("id")

    @pytest.mark.parametrize(
        "heading", ["About the author", "Über die Autorin", "Autor:innen", "Authors", "Autor"]
    )
    def test_author_box_under_its_heading_is_not_the_story(self, heading: str) -> None:
        """A box that opens with a heading saying it is about the authors is passed over, its
        names saying nothing, however much longer than a short story its biography is: the
        pick holds the story (widened around it, the box may come along, to be read as a
        note by the author's name)."""
        biography = (
            "<p>Born in 1983, she has been an editor here since 2015, working as a designer,"
            " illustrator and proofreader, after studies in Leipzig, Lyon and Vienna.</p>"
        )
        downloads = "<div><a href='/chart.png'>Download the chart</a></div>" * 3
        root = _page(
            f"<div class='x1'><div class='x2'><h1>Title</h1><div id='s1'>{_story(1)}</div>"
            f"{downloads}</div><div class='x3'><div class='x4'><h2>{heading}</h2>"
            "<div class='x5'><a href='/team/ann-lee'>Ann Lee</a>"
            f"<div id='b1'>{biography * 2}</div></div></div>"
            "</div></div>"
        )
        pick = main_content(root)
        assert "s1" in {element.get("id") for element in pick.iter()}

    @pytest.mark.parametrize("heading", ["About the author", "Autor:innen"])
    def test_a_page_that_is_an_author_box_is_read(self, heading: str) -> None:
        """An author's profile page, all of it under such a heading, keeps its text."""
        root = _page(f"<div id='profile'><h2>{heading}</h2>{_story(3)}</div>")
        assert "profile" == main_content(root).get("id")

    def test_author_heading_inside_the_story_leaves_the_story_whole(self) -> None:
        """A heading about the author after the story's paragraphs, in the story's own
        container, does not set the story aside (the box is read later as a note)."""
        root = _page(
            f"<div id='story'>{_story(4)}<h3>About the author</h3><p>Ann Lee writes.</p></div>"
            f"<div>{_story(1, 'Other')}</div>"
        )
        assert "story" == main_content(root).get("id")

    def test_empty_page(self) -> None:
        """A page without paragraphs gives its body."""
        root = _page("<div>x</div>")
        assert "body" == main_content(root).tag


class TestMeasure:
    """Text measures in one pass."""

    def test_lengths_and_links(self) -> None:
        """Text, link text and prose of each element."""
        root = _page(
            "<div><p>Some words here, <a href='#'>a link</a> and more words after.</p></div>"
        )
        sizes = measure(root)
        paragraph = next(root.iter("p"))
        actual = (sizes.text[paragraph], sizes.links[paragraph], sizes.commas[paragraph])
        assert (43, 6, 1) == actual  # each text node stripped: "Some words here," "a link" ...

    def test_caption_text_of_each_holder(self) -> None:
        """The text of the captions inside each element, for the elements that hold one."""
        root = _page(
            "<div id='a'><figure><img src='1.jpg'><figcaption>Boats at dawn</figcaption>"
            "</figure><figure id='b'><figcaption>Lanterns</figcaption></figure><p>Words.</p>"
            "</div>"
        )
        sizes = measure(root)
        holders = {e.get("id"): n for e, n in sizes.captions.items() if e.get("id")}
        assert {"a": 21, "b": 8} == holders
        assert next(root.iter("p")) not in sizes.captions

    def test_paragraphs_in_inline_elements_set_apart_with_br(self) -> None:
        """Text in inline elements of a container that only ``<br>`` breaks is prose written
        into it (paragraphs in ``<span>`` elements set apart with ``<br>``, less their links);
        beside a picture or a box it is not (a caption in a ``<span>`` by an image)."""
        sentence = _PROSE[3:-4].format("This")
        root = _page(
            f"<div id='spans'><span>{sentence}</span><br><br><span>{sentence}</span> "
            f"<a href='/x'>and a link</a><br></div>"
            f"<div id='picture'><img src='a.jpg'><span>{sentence}</span></div>"
        )
        sizes = measure(root)
        prose = {e.get("id"): sizes.prose[e] for e in root.iter("div")}
        assert {"spans": 2 * len(sentence), "picture": 0} == prose

    def test_story_in_spans_set_apart_with_br_beats_a_teaser(self) -> None:
        """A story whose paragraphs are ``<span>`` elements set apart with ``<br>`` is the
        main content, not a teaser's paragraph beside it."""
        sentence = _PROSE[3:-4]
        spans = "".join(f"<span>{sentence.format(f'This {i}')}</span><br><br>" for i in range(8))
        root = _page(
            f"<div class='x'><h1>Ferry</h1><div class='y'>{spans}</div></div>"
            f"<div class='z'>{_story(1, 'Teaser')}</div>"
        )
        assert "y" == main_content(root).get("class")


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("cta container-breakout-sm", _names.BOILERPLATE_NAME),
        ("cta-box", _names.BOILERPLATE_NAME),
        ("page cta_donate", _names.BOILERPLATE_NAME),
        ("product-offer__cta-block", _names.NOT_BOILERPLATE),
        ("productEmbedCta", _names.NOT_BOILERPLATE),
        ("doctail", _names.NOT_BOILERPLATE),
    ],
)
def test_a_call_to_action_is_named_by_a_class_that_begins_with_cta(
    label: str, expected: int
) -> None:
    """A box whose class begins with the word "cta" is a call to action; a widget's part
    named so (a product card's buy buttons) is left to the rules on what it holds."""
    assert expected == _names.verdict(label)


_PATTERNS = [
    _names.BOILERPLATE,
    _names.CONTENT,
    _names.COMMENTS,
    *(getattr(_content, name) for name in ("_POSITIVE", "_NEGATIVE", "_BODY_LABEL")),
]
_LABEL_TEXT = st.text(alphabet="adsnavtgcomenrelpbuy-_ \t", max_size=30)


class TestFoundIn:
    """The fast test of a class-name pattern says what the pattern's own search says."""

    def test_examples(self) -> None:
        """Grouped words, anchored alternatives and texts with no match."""
        test = found_in(_names.BOILERPLATE)
        texts = ("comments", "top-ad", "ad", "adverb", "main-nav", "canvas", "tags", "", "x")
        assert [True, True, True, False, True, False, True, False, False] == [
            test(text) for text in texts
        ]

    def test_pattern_without_words(self) -> None:
        """A pattern with no alternative starting with a letter is searched as it is."""
        test = found_in(re.compile(r"(?:^|-)x$|\d+"))
        assert [True, True, False] == [test("a-x"), test("a1"), test("ax")]

    @given(_LABEL_TEXT)
    def test_same_as_search(self, text: str) -> None:
        """On any text, each pattern of the content finder gives the same answer both ways."""
        for pattern in _PATTERNS:
            assert (pattern.search(text) is not None) == found_in(pattern)(text)


class TestWordLed:
    """An expression with its opening word boundary factored out matches the same texts."""

    def test_factored(self) -> None:
        """The alternatives opening with a word boundary share one; the others stay apart."""
        pattern = word_led(re.compile(r"\bgot a tip|^want more|\bsend us", re.IGNORECASE))
        assert r"\b(?:got a tip|send us)|^want more" == pattern.pattern
        assert pattern.flags & re.IGNORECASE

    def test_nothing_to_factor(self) -> None:
        """An expression without such alternatives is returned as it is."""
        pattern = re.compile(r"^a|b$")
        assert pattern is word_led(pattern)

    @given(st.text(alphabet="got a ip sendu wrmGOTSEND.!?:\n", max_size=40))
    def test_same_as_search(self, text: str) -> None:
        """On any text, the factored invitation lines give the same answer as written."""
        written = re.compile(
            r"\bgot\s+a\s+(?:story|tip)\b|(?:^|[.!?:]\s+)send\s+us|\bdo\s+you\b|^want\s+more\W*$",
            re.IGNORECASE,
        )
        assert (written.search(text) is None) == (word_led(written).search(text) is None)
