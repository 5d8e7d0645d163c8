"""Tests of the structure reader of the HTML reader's main content (issue 4)."""

# ruff: noqa: RUF001, RUF002
# (angle quotation marks, as breadcrumb trails print them)

import re

import pytest
from lxml import html

from newsmodel.formats.html._names import _branches
from newsmodel.formats.html._structure import (
    _BOX_LINE,
    _BOX_WORDS,
    _CONSENT,
    _CONSENT_WORDS,
    _NOTICE,
    _NOTICE_WORDS,
    content_sections,
    fix_images,
    lead_media,
)
from newsmodel.formats.html._trailer import _PAYWALL, _PAYWALL_WORDS
from newsmodel.model import BlockQuote, Figure, ListBlock, Media, Paragraph, Person, Section

_LONG = "A paragraph of the story, long enough to read as one, about the harbour."


def _content(markup: str) -> html.HtmlElement:
    return html.fragment_fromstring(f"<div>{markup}</div>")


def _assert_left_out(lines: list[str], kept: list[str]) -> None:
    """Paragraphs ``lines``, a story paragraph and ``kept`` read as the last two alone."""
    content = _content("".join(f"<p>{text}</p>" for text in [*lines, _LONG, *kept]))
    expected = (Section(blocks=tuple(Paragraph(text=text) for text in [_LONG, *kept])),)
    assert expected == content_sections(content, headline=None)


class TestImages:
    """Images get their real address."""

    def test_sources(self) -> None:
        """src, lazy data-src over a placeholder, srcset, a picture's source, and none."""
        content = _content(
            "<img src='a.jpg'>"
            "<img src='data:image/gif;base64,R0lG' data-src='b.jpg'>"
            "<img data-lazy-src='c.jpg'>"
            "<img srcset='d-800.jpg 800w, d-400.jpg 400w'>"
            "<picture><source srcset='e.webp 1x'><img></picture>"
            "<img src='/spacer.gif'>"
        )
        fix_images(content)
        actual = [image.get("src") for image in content.iter("img")]
        assert ["a.jpg", "b.jpg", "c.jpg", "d-800.jpg", "e.webp", None] == actual

    def test_image_in_a_link_to_its_file(self) -> None:
        """A picture wrapped in a link to the image file (a larger version), with no text, is a
        figure; a picture in a link to a page (a logo, a teaser, an ad) is not."""
        second = "Another paragraph of the story, about the boats and the people on them."
        content = _content(
            f"<p>{_LONG}</p><div class='separator'><a href='big.jpg?w=2000'>"
            "<img src='a.jpg' alt='Boats'></a></div>"
            "<a href='/other-story'><img src='teaser.jpg'></a>"
            f"<a href='/'><img src='logo.png'></a><p>{second}</p>"
        )
        blocks = content_sections(content, headline=None)[0].blocks
        expected = (
            Paragraph(text=_LONG),
            Figure(media=Media(url="a.jpg", alt="Boats")),
            Paragraph(text=second),
        )
        assert expected == blocks

    def test_amp_images(self) -> None:
        """An AMP page's <amp-img> is an image, with the caption beside it; one holding a
        fallback <img> gives that image."""
        content = _content(
            f"<p>{_LONG}</p><amp-img src='a.jpg' alt='Boats' layout='responsive'>"
            "<amp-img placeholder src='a-small.jpg'></amp-img></amp-img>"
            "<p class='caption'>Boats at dawn. Photograph: Ann Lee/Courier</p>"
            "<amp-img src='b.jpg'><noscript><img src='b-fallback.jpg'></noscript></amp-img>"
        )
        blocks = content_sections(content, headline=None)[0].blocks
        expected = (
            Paragraph(text=_LONG),
            Figure(
                media=Media(
                    url="a.jpg", caption="Boats at dawn.", credit="Ann Lee/Courier", alt="Boats"
                )
            ),
            Figure(media=Media(url="b-fallback.jpg")),
        )
        assert expected == blocks

    def test_noscript_fallback(self) -> None:
        """A <noscript> image stands in for a lazy image that has no address."""
        content = _content(
            "<figure><img class='lazy'><noscript><img src='real.jpg'></noscript></figure>"
        )
        fix_images(content)
        assert ["real.jpg"] == [image.get("src") for image in content.iter("img")]

    def test_noscript_copies_beside_lazy_images_in_one_box(self) -> None:
        """In a box of lazy images whose copies sit beside them, the lazy images give the
        addresses and the copies go."""
        content = _content(
            "<div>"
            + "".join(
                f"<noscript><img src='{n}.jpg'></noscript><img data-src='{n}.jpg'>" for n in "ab"
            )
            + "</div>"
        )
        fix_images(content)
        assert (["a.jpg", "b.jpg"], 0) == (
            [image.get("src") for image in content.iter("img")],
            len(content.findall(".//noscript")),
        )

    def test_noscript_pictures_alone_in_one_box(self) -> None:
        """A box of pictures written only in ``<noscript>`` (no lazy copy beside them) keeps
        every one of them: another's copy is no lazy copy of this one."""
        content = _content(
            "<div>" + "".join(f"<noscript><img src='{n}.jpg'></noscript>" for n in "abc") + "</div>"
        )
        fix_images(content)
        assert ["a.jpg", "b.jpg", "c.jpg"] == [image.get("src") for image in content.iter("img")]


class TestSections:
    """The content element's blocks and sections."""

    def test_structure(self) -> None:
        """Headings start sections, lists and block quotes are blocks, the h1 is not a heading,
        a pull quote repeating the body is dropped, whitespace is squashed."""
        content = _content(
            f"<h1>The headline</h1><p>{_LONG}</p>"
            "<blockquote class='pullquote'>long enough to read as one</blockquote>"
            f"<h2>  Next\n steps </h2><ul><li>one</li><li> two </li></ul>"
            "<blockquote><p>Words said by someone.</p>"
            "<footer><cite>Ann Lee</cite></footer></blockquote>"
        )
        actual = content_sections(content, headline="The headline")
        expected = (
            Section(blocks=(Paragraph(text=_LONG),)),
            Section(
                heading="Next steps",
                blocks=(
                    ListBlock(items=("one", "two")),
                    BlockQuote(text="Words said by someone.", speaker=Person(name="Ann Lee")),
                ),
            ),
        )
        assert expected == actual

    def test_headline_repeated_after_kicker_is_no_heading(self) -> None:
        """A heading repeating the headline, after its kicker or alone, is the title block
        printed again, not a section heading (issue 11)."""
        content = _content(
            f"<p>{_LONG}</p><h2><span>Transport</span><span>Tram line opens</span></h2>"
            f"<p>{_LONG} Again.</p><h2>Tram line opens</h2><p>{_LONG} Twice.</p>"
        )
        actual = content_sections(content, headline="Tram line opens")
        paragraphs = (_LONG, f"{_LONG} Again.", f"{_LONG} Twice.")
        assert (Section(blocks=tuple(Paragraph(text=t) for t in paragraphs)),) == actual

    def test_teaser_card_with_linked_title_dropped(self) -> None:
        """A small box whose heading links where its picture links (a teaser of another
        article) is left out, heading and text (issue 11)."""
        content = _content(
            f"<p>{_LONG}</p>"
            "<div class='cards'><div class='card'><a href='/other'><img src='o.jpg'></a>"
            "<h2><a href='/other'>Another story</a></h2><p>What the other story says.</p></div>"
            "<div class='card'><a href='/third'><img src='t.jpg'></a>"
            "<h3><a href='/third'>A third story</a></h3><p>What the third says.</p></div></div>"
        )
        actual = content_sections(content, headline="Tram line opens")
        assert (Section(blocks=(Paragraph(text=_LONG),)),) == actual

    def test_teaser_card_under_overlay_link_dropped(self) -> None:
        """A small nested box with a heading and a text-less link over it is a teaser (issue
        11)."""
        content = _content(
            f"<p>{_LONG}</p><article><a href='/other' class='overlay'></a>"
            "<h3><span>Kicker</span><span>Another story</span></h3>"
            f"<p>What the other story says.</p></article><p>{_LONG} Again.</p>"
        )
        actual = content_sections(content, headline="Tram line opens")
        expected = (Paragraph(text=_LONG), Paragraph(text=f"{_LONG} Again."))
        assert (Section(blocks=expected),) == actual

    def test_short_articles_with_a_link_in_their_text_stay(self) -> None:
        """A short <article> inside the content whose title is a link, or whose text is mostly
        a link, is a card of another story and left out; an entry of a live report with a link
        inside its text is the story's, and stays with its heading."""
        entry = (
            "<article><h3>Water bombers grounded</h3><p>Two air tankers were grounded as gusts "
            "made it unsafe to fly. <a href='/explainer'>How aerial firefighting works</a>.</p>"
            "</article>"
        )
        cards = (
            "<article><h3><a href='/other'>Another story</a></h3><p>What it says.</p></article>"
            "<article><p><a href='/third'>A third story of the site, to read next</a></p>"
            "</article>"
        )
        content = _content(f"<p>{_LONG}</p>{entry}{cards}")
        actual = content_sections(content, headline="Fire live")
        assert [None, "Water bombers grounded"] == [section.heading for section in actual]
        text = (
            "Two air tankers were grounded as gusts made it unsafe to fly. How aerial "
            "firefighting works."
        )
        assert (Paragraph(text=text),) == actual[1].blocks

    def test_section_with_linked_heading_kept(self) -> None:
        """A section whose heading links to a page of its own, as on landing pages, stays
        (issue 11)."""
        content = _content(
            f"<p>{_LONG}</p><div><h2><a href='/programs'>Our programs</a></h2>"
            f"<p>{_LONG} Programs.</p></div>"
        )
        actual = content_sections(content, headline="Tram line opens")
        assert ["Our programs"] == [section.heading for section in actual if section.heading]

    def test_link_lists_dropped(self) -> None:
        """A list of links (related stories) is not body content."""
        links = "".join(f"<li><a href='/{i}'>Story {i}</a></li>" for i in range(5))
        actual = content_sections(_content(f"<p>{_LONG}</p><ul>{links}</ul>"), headline=None)
        assert (Section(blocks=(Paragraph(text=_LONG),)),) == actual

    def test_double_breaks_split_paragraphs(self) -> None:
        """Two <br> in text written into a container end a paragraph."""
        actual = content_sections(
            _content("First part.<br><br>Second part.<br>Same."), headline=None
        )
        expected = (
            Section(blocks=(Paragraph(text="First part."), Paragraph(text="Second part. Same."))),
        )
        assert expected == actual

    def test_layout_table_cell_holds_paragraphs(self) -> None:
        """A table cell holding paragraphs (an old page's layout table) gives each of them;
        one written in a ``<font>`` with double breaks too. A data cell stays one paragraph."""
        actual = content_sections(
            _content(
                "<table><tr><td><p>First part.</p><p>Second part.</p></td><td>Cell</td></tr>"
                "<tr><td><font size='2'>Third part.<br><br>Fourth part.</font></td></tr></table>"
            ),
            headline=None,
        )
        texts = ["First part.", "Second part.", "Cell", "Third part.", "Fourth part."]
        assert (Section(blocks=tuple(Paragraph(text=text) for text in texts)),) == actual

    def test_date_lines_with_month_names_dropped(self) -> None:
        """A date alone with its month in words, in any language read, is a stamp line; a
        sentence holding a date is not."""
        lines = ["2 apr 2025", "3. März 2024", "April 2, 2025", "12 de mayo, 2024"]
        sentence = "On April 2, 2025 the council met."
        markup = "".join(f"<p>{line}</p>" for line in lines) + f"<p>{sentence}</p>"
        actual = content_sections(_content(markup), headline=None)
        assert (Section(blocks=(Paragraph(text=sentence),)),) == actual

    def test_invisible_paragraphs_dropped_separators_kept(self) -> None:
        """A paragraph of zero-width characters only is empty to a reader and dropped; a
        visible separator ("◇") stays, as the page prints it."""
        actual = content_sections(
            _content("<p>One.</p><p>\u200c</p><p>\u200b \ufeff</p><p>◇</p><p>Two.</p>"),
            headline=None,
        )
        paragraphs = ("One.", "◇", "Two.")
        assert (Section(blocks=tuple(Paragraph(text=t) for t in paragraphs)),) == actual

    def test_sections_without_headings_merge(self) -> None:
        """Several <section> elements without headings make one section."""
        actual = content_sections(
            _content("<section><p>One.</p></section><section><p>Two.</p></section>"), headline=None
        )
        assert (Section(blocks=(Paragraph(text="One."), Paragraph(text="Two."))),) == actual

    def test_repeated_short_lines_dropped(self) -> None:
        """A short line printed several times (a button's label) is not body text; short table
        cells that repeat are kept; invisible characters go."""
        content = _content(
            f"<p>{_LONG}</p><p>Sign in to react to this story</p><p>Ab\u200bc\ufeff</p>"
            "<p>Sign in to react to this story</p><p>Name</p><p>Name</p>"
        )
        expected = (
            Section(
                blocks=(
                    Paragraph(text=_LONG),
                    Paragraph(text="Abc"),
                    Paragraph(text="Name"),
                    Paragraph(text="Name"),
                )
            ),
        )
        assert expected == content_sections(content, headline=None)

    def test_standfirst_set_as_a_heading_is_not_a_heading(self) -> None:
        """A heading above the body that repeats the page's description is its standfirst,
        not a section heading; a heading repeating the headline is kept (a page may repeat its
        title inside the body)."""
        content = _content(
            "<div class='excerpt'><h2>Ferries stop for the winter. </h2></div>"
            f"<p>{_LONG}</p><h2>What comes next</h2><p>Two.</p>"
        )
        expected = (
            Section(blocks=(Paragraph(text=_LONG),)),
            Section(heading="What comes next", blocks=(Paragraph(text="Two."),)),
        )
        actual = content_sections(
            content, headline="Ferries", description="Ferries stop for the winter."
        )
        assert expected == actual

    def test_long_heading_is_a_paragraph(self) -> None:
        """A paragraph set in a heading's type (a long intro in an <h3>) is a paragraph."""
        intro = "An intro set large, " + "long enough to be a paragraph and not a title, " * 6
        content = _content(f"<h3>{intro}</h3><h3>Next</h3><p>{_LONG}</p>")
        expected = (
            Section(blocks=(Paragraph(text=intro.strip()),)),
            Section(heading="Next", blocks=(Paragraph(text=_LONG),)),
        )
        assert expected == content_sections(content, headline=None)

    def test_date_lines_dropped(self) -> None:
        """A paragraph that is only a date (or a time and a year, or a player's clock), perhaps
        after a label ("Published", "Last updated 15 hours ago"), is a time stamp; a time with
        words and no date (a live report's entry) and a sentence with a date stay."""
        stamps = [
            "Freitag, 28.04.2023, 19:25",
            "12.12.2025, 05:07 Uhr",
            "Published 2:16 AM EST Nov 20, 2019",
            "Publicado el 03/05/2022 a las 22h03",
            "00:00 / 03:15",
            "Published Jun 05, 2026",
            "Veröffentlicht am 3. März 2024",
            "Last updated 15 hours ago",
            "Actualizado hace una hora",
            "Publié il y a 2 jours",
            "Publiziert am 3. März 2024",
            "2025年1月13日 20時01分",
            "2018年6月18日 10:01 発信地：カノ",
        ]
        kept = [
            "4:14 p.m.",
            "2018年6月18日，国家卫生健康委在北京召开新闻发布会宣布新措施。",
            "The harbour reopened on 12.05.2024 after a long winter.",
            "Published on March 3, 2024, the report found little.",
            "Updated rules came in 15 hours ago.",
        ]
        content = _content("".join(f"<p>{text}</p>" for text in [*stamps, *kept]))
        expected = (Section(blocks=tuple(Paragraph(text=text) for text in kept)),)
        assert expected == content_sections(content, headline=None)

    def test_title_of_a_link_box_goes_with_it(self) -> None:
        """The heading or label line right before a list of links that is left out goes with
        it; a label before a single link (a download) stays."""
        links = "<ul><li><a href='/a'>Tides rise</a></li><li><a href='/b'>Quay shut</a></li></ul>"
        content = _content(
            f"<p>{_LONG}</p><p>Download the harbour plan here:</p><p><a href='/p'>Plan</a></p>"
            f"<h3>More on this</h3>{links}<p>Read these too:</p>{links}"
        )
        expected = (
            Section(
                blocks=(Paragraph(text=_LONG), Paragraph(text="Download the harbour plan here:"))
            ),
        )
        assert expected == content_sections(content, headline=None)

    def test_stamp_lines_dropped(self) -> None:
        """A live blog entry's time-and-author line and an "Updated" line are not body text;
        a sentence with a time in it is."""
        sentence = "The ferry left at <time>09:15</time> with forty people aboard."
        content = _content(
            "<div class='entry'><div class='info'><time>19:39</time><b>Ann Lee</b></div>"
            f"<p>{_LONG}</p></div><p>Updated <time>12 May 2024, 10:02</time></p>"
            f"<p>{sentence}</p>"
        )
        expected = (
            Section(
                blocks=(
                    Paragraph(text=_LONG),
                    Paragraph(text="The ferry left at 09:15 with forty people aboard."),
                )
            ),
        )
        assert expected == content_sections(content, headline=None)

    def test_copyright_credits(self) -> None:
        """A short paragraph ending with a copyright credit is a caption; a copyright line
        alone credits the figure before it, or names a photographer and agency; one with a
        year is a rights notice; the story's own attribution ("© Wire") stays."""
        content = _content(
            f"<p>{_LONG}</p><p>Boats at dawn. | © Lars Berg/Courier</p><figure><img src='a.jpg'>"
            "</figure><p>© Ann Lee</p><p>A ferry (archive)</p><p>© Tom Hale/Courier</p>"
            "<p>The last paragraph of the story, with its end.</p><p>© Wire</p>"
            "<p>© 2024 Courier Ltd, all rights reserved</p>"
        )
        expected = (
            Section(
                blocks=(
                    Paragraph(text=_LONG),
                    Figure(media=Media(caption="Boats at dawn.", credit="Lars Berg/Courier")),
                    Figure(media=Media(url="a.jpg", credit="Ann Lee")),
                    Paragraph(text="A ferry (archive)"),
                    Figure(media=Media(credit="Tom Hale/Courier")),
                    Paragraph(text="The last paragraph of the story, with its end."),
                    Paragraph(text="© Wire"),
                )
            ),
        )
        assert expected == content_sections(content, headline=None)

    def test_quote_footer_stays(self) -> None:
        """The footer of a block quote (its attribution) is not an article footer."""
        content = _content(
            f"<p>{_LONG}</p><blockquote><p>Words said by someone.</p>"
            "<footer><cite>Ann Lee</cite></footer></blockquote><footer>Tags: harbour</footer>"
        )
        blocks = content_sections(content, headline=None)[0].blocks
        assert [
            Paragraph(text=_LONG),
            BlockQuote(text="Words said by someone.", speaker=Person(name="Ann Lee")),
        ] == list(blocks)

    def test_credit_label_taken_off(self) -> None:
        """A figure's credit loses its "Photo:" or "Photo by" label; a credit without a label
        stays as printed."""
        content = _content(
            "<figure><img src='a.jpg'>"
            "<figcaption>Boats. <cite>Photo: Lars Berg</cite></figcaption></figure>"
            "<figure><img src='b.jpg'>"
            "<figcaption>Gulls. <cite>Photo by Ann Lee/Courier</cite></figcaption></figure>"
            "<figure><img src='c.jpg'>"
            "<figcaption>Nets. <cite>Courtesy of the harbour museum</cite></figcaption></figure>"
        )
        expected = (
            Section(
                blocks=(
                    Figure(media=Media(url="a.jpg", caption="Boats.", credit="Lars Berg")),
                    Figure(media=Media(url="b.jpg", caption="Gulls.", credit="Ann Lee/Courier")),
                    Figure(
                        media=Media(
                            url="c.jpg", caption="Nets.", credit="Courtesy of the harbour museum"
                        )
                    ),
                )
            ),
        )
        assert expected == content_sections(content, headline=None)

    def test_reading_time_lines_dropped(self) -> None:
        """A short line giving the reading time, in any language read, is the header's, not
        body text; a sentence about reading time stays."""
        lines = [
            "Published in Harbour Notes · 6 min read · Jun 3, 2024",
            "Lesezeit: 2 Minuten",
            "Temps de lecture : 3 min",
            "Tempo de leitura: 1 minuto",
            "4 min de lectura",
        ]
        kept = "The report is a 40 min read."
        content = _content("".join(f"<p>{text}</p>" for text in [*lines, _LONG, kept]))
        expected = (Section(blocks=(Paragraph(text=_LONG), Paragraph(text=kept))),)
        assert expected == content_sections(content, headline=None)

    def test_control_labels_dropped(self) -> None:
        """A paragraph that is only a page control's label (print, rate, show or hide, expand
        or collapse, sort, back to the gallery, share or like, a player's "Up next", a box's
        "Loading...", an event's "Add to calendar", a live page's "Refresh", a picture viewer's
        "Caption", "Hide caption" and "Close", a skip link's "Skip to main content"), or two of
        them, or a badge ("LIVE"), in the languages read, is not body text; a sentence starting
        so stays."""
        labels = [
            "Print",
            "Rezept drucken",
            "Valora esta noticia",
            "Quellen ausblenden",
            "Sorted by:",
            "Back to Gallery",
            "Personen-Box aufklappen Personen-Box zuklappen",
            "LIVE",
            "Eilmeldung",
            "Share",
            "Teilen",
            "Twitter",
            "E-Mail",
            "Copy link",
            "Twitter freischalten",
            "Inhalt laden",
            "Load content",
            "Like this:",
            "Like Loading...",
            "UP NEXT",
            "分享让更多人看到",
            "シェア",
            "Share this article in your social network",
            "Share this story",
            "Artikel teilen",
            "Partager l'article",
            "Compartir esta noticia",
            "Condividi l'articolo",
            "Rezept drucken Bei Pinterest speichern Sterne anklicken zum Bewerten",
            "Print Recipe Pin Recipe",
            "Shop Kontakt Mediadaten Impressum AGB Datenschutz Cookie-Einstellungen",
            "Privacy Policy | Terms of Use | Contact Us",
            "Loading...",
            "Wird geladen …",
            "Cargando…",
            "zum Kalender hinzufügen",
            "Add to calendar",
            "Rafraichir",
            "Social Share",
            "Caption",
            "Close",
            "Schließen",
            "HIDE CAPTION",
            "Show captions",
            "Skip to main content",
            "skip past newsletter promotion",
            "Back to video",
        ]
        kept = [
            "Print runs of the paper fell by a third last year, the publisher said.",
            "Loading the ferries took most of the night, the harbour master said.",
            "Refresh the page and the new timetable appears, the operator said.",
            "Close to a hundred people came.",
            "Skip to the end of the queue, the guard told the late arrivals.",
            "Like this: a harbour that never sleeps.",
            "分享经济正在改变城市交通方式。",
            "Share this article with friends who love a good storm, the mayor said.",
            "Kontakt zur Polizei: Hilfe im Notfall",
            "Jobs, Shop and RSS",
        ]
        _assert_left_out(labels, kept)

    def test_pager_on_one_line_dropped(self) -> None:
        """A line of a gallery's or a split article's page numbers and arrows (three numbers or
        more, in order; an ellipsis for numbers left out) is the page's; a count, numbers out of
        order and a sentence with numbers stay."""
        lines = ["<< < 1 2 3 4 5 > >>", "1 2 3 … 12", "‹ 4 5 6 ›", "1 2 3 ... 9 10 »"]
        kept = ["3 2 1", "7", "1 2 5", "Pages 1 2 3 were torn out, the archivist said."]
        _assert_left_out(lines, kept)

    def test_pager_one_sign_to_a_paragraph_dropped(self) -> None:
        """A pager whose numbers and arrows stand one to a paragraph, or as a list's items,
        goes whole; a list of numbers that do not follow each other stays."""
        signs = ["<<", "<", "1", "2", "3", "4", ">", ">>"]
        content = _content(
            "<figure><img src='a.jpg'><figcaption>Boats at dawn.</figcaption></figure>"
            + "".join(f"<p>{sign}</p>" for sign in signs)
            + f"<p>{_LONG}</p><ul><li>1</li><li>2</li><li>3</li></ul><ol><li>4</li><li>9</li></ol>"
        )
        expected = (
            Section(
                blocks=(
                    Figure(media=Media(url="a.jpg", caption="Boats at dawn.")),
                    Paragraph(text=_LONG),
                    ListBlock(items=("4", "9"), ordered=True),
                )
            ),
        )
        assert expected == content_sections(content, headline=None)

    def test_breadcrumb_trails_dropped(self) -> None:
        """A line of three or more short parts joined by "»", "›" or ">" is the page's
        breadcrumb trail, not body text; a sentence with such signs, a comparison and French
        quotation marks stay."""
        trails = [
            "Home » Recipes » Cakes » Lemon cake from the tray: easy and moist!",
            "Startseite › Lokales › Hafen",
            "News > Harbour > Boats",
            "Hauptseite » 2010 » Oktober » 26 » Briefe",
        ]
        kept = [
            "If the tide is > 3 m, the ferry waits > 2 hours and the bus > 1 hour.",
            "Le maire parle d'un « contre-bilan » de la saison » et » de la suite",
            "Harbour » Boats",
        ]
        _assert_left_out(trails, kept)

    def test_gallery_counters_dropped(self) -> None:
        """A paragraph that is only a gallery's counter, in any language read, is not body
        text; a sentence with numbers and a score stay."""
        counters = ["1 / 4", "2 of 6", "Bild 3 von 17", "Foto 1 de 5", "Image 1 of / 13"]
        kept = ["Final score: 3 / 1", "12 of the 40 boats stayed in port."]
        _assert_left_out(counters, kept)

    def test_site_notices_dropped(self) -> None:
        """An affiliate-link disclosure, a media player's fallback text, the label of a player
        reading the article aloud and the lines of a newsletter or comment box, in the
        languages read, are not body text; a sentence about affiliates, a commission, an inbox
        or a conversation stays."""
        notices = [
            "This article contains affiliate links. We may earn a commission on purchases.",
            "In diesem Artikel sind Affiliate-Links enthalten. Wir erhalten eine kleine Provision.",
            "Cet article contient des liens affiliés.",
            "Dieser Artikel kann Links zu Anbietern enthalten, von denen wir eine Provision "
            "erhalten.",
            "We apologize, but this video has failed to load.",
            "Try refreshing your browser, or tap here to see other videos from our team.",
            "Your browser does not support the video tag.",
            "Listen to this article · 4 min",
            "ESCUCHA LA NOTICIA",
            "Artikel anhören",
            "Get the latest news from the Courier in your inbox. Sign up for our emails",
            "Sign up for breaking news, reviews, opinion and more.",
            "Click here to get the latest headlines in your inbox.",
            "Tap here to sign up for our daily newsletter",
            "By signing up you consent to receive the above newsletter from Courier Media.",
            "Comments are closed.",
            "You must be logged in to join the discussion or read more comments.",
            "Join the conversation",
            "(Noch keine Bewertungen)",
            "(Noch keine Bewertungen) Loading...",
            "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)",
            "Empfohlener redaktioneller Inhalt",
            "Fehler melden Sie haben einen Fehler gefunden? Bitte markieren Sie die Wörter.",
            "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY",
            "REGISTER / SIGN IN TO UNLOCK MORE ARTICLES",
            "Sign In or Create an Account",
            "Sign up to get the inside scoop on the day's biggest stories, delivered daily.",
            "Thanks for signing up!",
            "This entry was posted on Monday, May 4th, 2020 at 3:21 pm and is filed under News. "
            "You can follow any responses to this entry through the RSS 2.0 feed.",
            "Der Beitrag wurde am Montag, den 4. Mai 2020 um 15:21 Uhr veröffentlicht und wurde "
            "unter Allgemein abgelegt. Du kannst die Kommentare zu diesen Eintrag durch den RSS "
            "2.0 Feed verfolgen.",
            "(Alle Angaben ohne Gewähr)",
            "Follow us on Facebook and Instagram for more news.",
            "Folgen Sie uns auf X, Instagram und Threads.",
            "Suivez-nous sur Instagram",
            "We and our 120 partners use cookies or similar technologies to store information.",
            "This website uses cookies. By continuing to browse, you agree to their use.",
            "You can freely give, deny, or withdraw your consent at any time in the settings.",
            "Use the “Accept all” button to consent, or the “Reject all” button to decline.",
            "We may store and/or access information on a device for measurement.",
            "Wir verwenden Cookies, um Ihnen ein gutes Erlebnis zu bieten.",
            "Ce site utilise des cookies pour mesurer l'audience.",
            "Utilizamos cookies propias y de terceros.",
            "Lea más en larepublica.example",
            "Read more at www.example.com",
        ]
        kept = [
            "Read more at the council meeting on Monday, the mayor said.",
            "Alle Angaben ohne Gewähr, sagte der Veranstalter am Montag.",
            "Der Beitrag wurde am Montag veröffentlicht, sagte die Sprecherin.",
            "Thanks for signing up to volunteer, the mayor told the crowd on Monday.",
            "The network has affiliates in forty countries, the company said on Monday.",
            "The governor appointed a commission on teacher pay in February.",
            "Thousands of voters will join the conversation on Monday.",
            "Keine Kommentare gab es vom Ministerium.",
            "Twitter banned the account in 2021, and the key to unlock it was lost.",
            "The scam email lands in your inbox looking like a bank notice.",
            "Click here to get the council's report on the harbour, published in May.",
            "Follow us, the guide told the group, and keep off the cliffs near Twitter Point.",
            "Google said it would stop Chrome from using third-party cookies next year.",
            "Regulators say sites must let users withdraw their consent at any time.",
            "We use cookies from a family recipe, the baker said, and bake them at dawn.",
        ]
        _assert_left_out(notices, kept)

    def test_consent_placeholders_of_embeds_dropped(self) -> None:
        """The placeholder an embedded post or video leaves until the reader consents, in the
        languages read, is not body text; a sentence about consent or about external content
        alone stays."""
        placeholders = [
            "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis "
            "keine Verbindung zu den Social-Media-Kanälen her.",
            "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
            "An dieser Stelle finden Sie Inhalte von Drittanbietern. Mit Ihrer Zustimmung "
            "werden sie geladen.",
            "This third-party content is only shown with your consent. Manage cookie settings.",
            "To show external content, accept cookies in your privacy settings.",
            "Ce contenu externe ne s'affiche qu'avec votre consentement.",
            "Para ver contenidos externos, acepta las cookies.",
            "Per vedere i contenuti di terze parti serve il tuo consenso.",
            "Para ver conteúdos externos precisamos do seu consentimento.",
            "Externe content wordt pas getoond met uw toestemming.",
        ]
        kept = [
            "The court ruled that the app shared data without the users' consent.",
            "The site carried external content from three agencies, the editor said.",
        ]
        _assert_left_out(placeholders, kept)

    def test_long_consent_placeholder_dropped(self) -> None:
        """A consent placeholder that goes on for several sentences of legal terms is not body
        text when it asks at its opening; a long paragraph of the story that comes to
        consent and external content later stays."""
        terms = " Dabei können Nutzungsprofile gebildet und angereichert werden." * 8
        placeholder = (
            "Um eingebettete Inhalte anzuzeigen, ist deine widerrufliche Einwilligung in die "
            "Übermittlung personenbezogener Daten notwendig." + terms
        )
        story = (
            " Der Rat sprach am Montag lange über den Hafen und seine Zukunft." * 6
            + " Die Stadt zeigt auf ihrer Seite externe Inhalte nur mit Ihrer Zustimmung."
        ).strip()
        assert min(len(placeholder), len(story)) > 400  # past the length of a short notice
        _assert_left_out([placeholder], [story])

    def test_read_more_and_ad_lines_dropped(self) -> None:
        """A read-more label with another article's title written as text, in the languages
        read, an ad slot's label with a number or "Continue reading below", and a post's
        category or tag line are not body text; a sentence starting "See also" or after a
        "Themen:" label stays."""
        lines = [
            "Lesen Sie auch: Hafen bleibt über Ostern geschlossen",
            "Read more: Storm closes the harbour",
            "Lire aussi : Le port rouvre ses portes",
            "Advertisement 3",
            "Continue Reading Below",
            "SCROLL TO CONTINUE WITH CONTENT",
            "Weiterlesen nach der Anzeige",
            "Der Artikel geht nach der Anzeige weiter",
            "La suite après cette publicité",
            "Sigue leyendo después del anuncio",
            "Continua a leggere dopo la pubblicità",
            "Continua depois da publicidade",
            "Kategorie: News, Hafen",
            "Tags: harbour, boats, storms",
            "WATCH | The mayor on the flood:",
            "MIRA | El alcalde habla de la inundación",
            "Video: The mayor on the flood (Courier)",
        ]
        kept = [
            "See also the council's report on the harbour, published in May.",
            "Themen: Der Rat sprach am Montag über die Zukunft des Hafens.",
            "Watch the harbour closely, the mayor told the council on Monday.",
        ]
        _assert_left_out(lines, kept)

    def test_post_meta_lines_dropped(self) -> None:
        """A blog system's post meta line (labelled parts between bars) and its comment
        counter are not body text; a sentence after such a label stays."""
        lines = [
            "Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: , , | Rating: /0",
            "Views: 312 | Added by: admin | Category: Harbour",
            "Kommentare insgesamt: 0",
            "Comments: 3",
        ]
        kept = [
            "Views: the harbour at dawn was quiet, and the boats waited for the tide.",
            "Rating: the council gave the plan a low score, its minutes show.",
        ]
        _assert_left_out(lines, kept)

    @pytest.mark.parametrize(
        "label",
        [
            "Keep Reading",
            "Lesen Sie auch",
            "Lesen Sie mehr zum Thema",
            "Lire aussi :",
            "Lea también",
            "Läs också",
            "More Great Courier Stories",
        ],
    )
    def test_teaser_box_under_a_read_more_label_dropped(self, label: str) -> None:
        """A read-more label standing alone inside the story, the teaser's picture and the
        other article's title or dek after it are not body text; the story goes on."""
        content = _content(
            f"<p>{_LONG}</p><div><div role='heading'>{label}</div>"
            "<figure><img src='t.jpg'></figure><p>Storm closes the harbour for a week</p></div>"
            f"<p>{_LONG} Again.</p>"
        )
        expected = (Section(blocks=(Paragraph(text=_LONG), Paragraph(text=f"{_LONG} Again."))),)
        assert expected == content_sections(content, headline=None)

    def test_more_stories_in_a_sentence_stays(self) -> None:
        """ "More" and "stories" inside a sentence make no read-more label."""
        line = "More than forty stories of the harbour were collected by the school."
        content = _content(f"<p>{_LONG}</p><p>{line}</p>")
        assert line == content_sections(content, headline=None)[0].blocks[-1].text

    def test_sentence_after_a_read_more_label_stays(self) -> None:
        """After a lone read-more label, a sentence is the story's; a captioned picture is
        the story's too. Only the label goes."""
        content = _content(
            f"<p>{_LONG}</p><p>Read more</p>"
            "<figure><img src='h.jpg'><figcaption>The harbour at dawn</figcaption></figure>"
            "<p>The council will meet again on Monday.</p>"
        )
        blocks = content_sections(content, headline=None)[0].blocks
        assert [Paragraph, Figure, Paragraph] == [type(block) for block in blocks]
        assert "The council will meet again on Monday." == blocks[-1].text

    def test_newsletter_box_inside_the_story_dropped(self) -> None:
        """The site's invitation to its own newsletter is not body text wherever it stands,
        and the lines of its box go with it down to the box's last line ("unsubscribe at any
        time"); a sentence of the story about a newsletter stays."""
        box = [
            "Never miss the latest news by signing up to our newsletter today!",
            "Pop your email into the box at the top of this article.",
            "You can unsubscribe from this service at any time.",
        ]
        story = "The council's newsletter will list the new opening hours, the mayor said."
        last = "The harbour reopens on Monday, with boats from the north first."
        content = _content(
            "".join(f"<p>{text}</p>" for text in [_LONG, *box, story])
            + f"<p>Abonnez-vous à notre newsletter pour ne rien manquer.</p><p>{last}</p>"
            + "<p>Nichts verpassen: Abonnieren Sie kostenlos die Hafen-Newsletter.</p>"
        )
        texts = [b.text for b in content_sections(content, headline=None)[0].blocks]
        assert [_LONG, story, last] == texts

    def test_video_player_text_under_a_media_label_dropped(self) -> None:
        """A media label with what a video player prints under it (title, summary, age and
        duration), however long, is not body text; a long line after a media label without
        a player's time stamp is the story's."""
        summary = "The council met on Monday to hear the engineers on the state of the harbour. "
        player = f"WATCH | Harbour closes: What comes next 14 hours ago Duration 1:30 {summary * 3}"
        story = f"Video: {summary * 3}"
        assert len(player) > 200
        assert len(story) > 200
        _assert_left_out([player], [story.strip()])

    @pytest.mark.parametrize(
        "line",
        [
            "LEE MÁS | El puerto cierra por la tormenta",
            "If you buy something using links in our stories, we may earn a commission.",
        ],
    )
    def test_page_line_set_as_a_block_quote_dropped(self, line: str) -> None:
        """A read-more line or a site's notice set off as a block quote is not a quote of the
        story."""
        content = _content(f"<p>{_LONG}</p><blockquote>{line}</blockquote>")
        expected = (Section(blocks=(Paragraph(text=_LONG),)),)
        assert expected == content_sections(content, headline=None)

    def test_footer_links_set_as_a_heading_are_no_heading(self) -> None:
        """A footer's links left as a heading ("Impressum AGB Datenschutz") head no section."""
        content = _content(
            f"<p>{_LONG}</p><h3>Impressum AGB Datenschutz Kontakt</h3><p>{_LONG} Again.</p>"
        )
        assert [None] == [section.heading for section in content_sections(content, headline=None)]

    def test_site_drawings_are_no_figures(self) -> None:
        """An SVG file named as an icon, a logo or a loading spinner is the site's drawing,
        not a picture of the story; a photograph named "logo" stays."""
        content = _content(
            f"<p>{_LONG}</p><img src='/img/icon-spinner-animated.svg' alt='Loading...'>"
            "<div><img src='/img/logo-identity.svg?v=2' alt='Courier'></div>"
            "<img src='/photos/new-logo-unveiled.jpg'>"
        )
        figures = [
            block.media.url
            for section in content_sections(content, headline=None)
            for block in section.blocks
            if isinstance(block, Figure)
        ]
        assert ["/photos/new-logo-unveiled.jpg"] == figures

    def test_counting_pixels_are_no_figures(self) -> None:
        """An image declared one pixel wide and high (a counting pixel) or one pixel wide is
        no figure, and the text around it stays one paragraph; a photo declared 800 pixels
        wide and 0 high (its height left to a script) stays a figure."""
        content = _content(
            f"<p>{_LONG}</p><p>Buy it at the shop "
            "<img src='https://count.example.net/na/94ac' width='1' height='1' alt=''>"
            "or online.</p><img src='https://count.example.net/px.gif' width='1'>"
            "<img src='/photos/harbour.jpg' width='800' height='0'>"
        )
        sections = content_sections(content, headline=None)
        blocks = [block for section in sections for block in section.blocks]
        assert [_LONG, "Buy it at the shop or online.", "/photos/harbour.jpg"] == [
            block.text if isinstance(block, Paragraph) else block.media.url
            for block in blocks
            if isinstance(block, Paragraph | Figure)
        ]

    def test_web_component_holding_paragraphs_is_a_container(self) -> None:
        """An element HTML does not define (a web component, with a hyphen or without)
        holding paragraphs, a heading or a picture is read as a container: each paragraph on
        its own, the heading a section, the picture a figure; not one run-on line."""
        content = _content(
            "<paragraph><div><p>First paragraph of the story.</p><p>Second one.</p></div>"
            "</paragraph><inline-img><picimage><div><img src='a.jpg'></div></picimage></inline-img>"
            "<app-section><h2>Range</h2><p>Third paragraph.</p></app-section>"
        )
        expected = (
            Section(
                blocks=(
                    Paragraph(text="First paragraph of the story."),
                    Paragraph(text="Second one."),
                    Figure(media=Media(url="a.jpg")),
                )
            ),
            Section(heading="Range", blocks=(Paragraph(text="Third paragraph."),)),
        )
        assert expected == content_sections(content, headline=None)

    def test_web_component_holding_only_text_is_inline(self) -> None:
        """An unknown element holding only text and inline markup stays inside its line."""
        content = _content("<p>The <ticker-symbol>ACME</ticker-symbol> shares rose.</p>")
        expected = (Section(blocks=(Paragraph(text="The ACME shares rose."),)),)
        assert expected == content_sections(content, headline=None)

    def test_block_inside_inline_markup_is_apart(self) -> None:
        """The text of a block element inside inline markup (a ``<div>`` in a ``<span>``) is
        not glued to the words around it, as a browser lays it out on a line of its own."""
        content = _content(
            "<div><span>Nutrition facts<div>Serving size 1 ball</div>Calories 158</span></div>"
            "<p>Ann Lee, director of the harbour<span><div></div></span>museum</p>"
        )
        expected = (
            Section(
                blocks=(
                    Paragraph(text="Nutrition facts Serving size 1 ball Calories 158"),
                    Paragraph(text="Ann Lee, director of the harbour museum"),
                )
            ),
        )
        assert expected == content_sections(content, headline=None)


class TestLeadMedia:
    """The lead figure above the body, in the same article."""

    def test_lead_figure(self) -> None:
        """A figure before the body element in the same <article> is the lead media."""
        page = html.fragment_fromstring(
            "<article><figure><img data-src='lead.jpg'><figcaption>Dawn</figcaption></figure>"
            f"<div class='body'><p>{_LONG}</p></div></article>"
        )
        body = page.find("div")
        assert Media(url="lead.jpg", caption="Dawn") == (None if body is None else lead_media(body))

    def test_lead_figure_a_few_levels_up(self) -> None:
        """The figure may stand in a column of a layout grid, some levels above the body."""
        page = html.fragment_fromstring(
            "<main><div class='row'><div class='column'><figure><img src='lead.jpg'></figure>"
            f"<div class='margin'><div class='speech'><div class='body'><p>{_LONG}</p></div>"
            "</div></div></div></div></main>"
        )
        body = page.find(".//div[@class='body']")
        assert Media(url="lead.jpg") == (None if body is None else lead_media(body))

    def test_lead_figure_beside_the_title_without_an_article(self) -> None:
        """On a page without <article> or <main>, a figure in the wrapper that holds the
        page's <h1> and the body is the lead figure; its credit loses its brackets and leaves
        the caption where the caption prints it too. A wrapper without the title gives none."""
        page = html.fragment_fromstring(
            "<div class='w'><h1>Plant opens</h1><figure><img src='lead.jpg'><figcaption>The "
            "plant at dawn (NPA) <span class='photo-credit'>(NPA)</span></figcaption></figure>"
            f"<div class='body'><p>{_LONG}</p></div></div>"
        )
        body = page.find(".//div[@class='body']")
        expected = Media(url="lead.jpg", caption="The plant at dawn", credit="NPA")
        assert expected == (None if body is None else lead_media(body))
        page = html.fragment_fromstring(
            "<div class='w'><figure><img src='ad.jpg'></figure>"
            f"<div class='body'><p>{_LONG}</p></div></div>"
        )
        body = page.find(".//div[@class='body']")
        assert None is (None if body is None else lead_media(body))

    def test_author_picture_is_no_lead_figure(self) -> None:
        """A byline's portrait or an author box's photo, named so by a class, is passed over
        for the article's picture after it."""
        page = html.fragment_fromstring(
            "<article><div class='byline'><figure><img src='ann-lee.jpg'></figure>Ann Lee</div>"
            "<figure class='author-image'><img src='tom-hale.jpg'></figure>"
            "<figure><img src='harbour.jpg'></figure>"
            f"<div class='body'><p>{_LONG}</p></div></article>"
        )
        body = page.find(".//div[@class='body']")
        assert Media(url="harbour.jpg") == (None if body is None else lead_media(body))

    def test_no_article(self) -> None:
        """Without an <article> or <main> around the body, there is no lead figure."""
        page = html.fragment_fromstring(
            f"<div><figure><img src='x.jpg'></figure><div><p>{_LONG}</p></div></div>"
        )
        body = page.find("div")
        assert None is (None if body is None else lead_media(body))


def test_every_notice_expression_holds_a_prefilter_word() -> None:
    """The cheap word tests before the notice expressions let a paragraph through only when
    it holds one of the words; each alternative of the expressions holds one, so that a new
    alternative without its word in the list fails here rather than never matching."""
    for pattern, words in (
        (_NOTICE, _NOTICE_WORDS),
        (_BOX_LINE, _BOX_WORDS),
        (_PAYWALL, _PAYWALL_WORDS),
        (re.compile(_CONSENT.removeprefix("(?:").removesuffix(")")), _CONSENT_WORDS),
    ):
        assert [] == [b for b in _branches(pattern.pattern) if not any(w in b for w in words)]
