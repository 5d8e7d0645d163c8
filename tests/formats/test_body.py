"""Tests of the shared body markup (formats/_body.py): HTML5 and XHTML, both ways (issue 5)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from newsmodel.formats._body import (
    XHTML_NS,
    body_losses,
    html_to_sections,
    sections_to_html,
    sections_to_xhtml,
    xhtml_to_sections,
)
from newsmodel.formats._body_nitf import (
    NITF_NS,
    nitf_losses,
    nitf_to_sections,
    sections_to_nitf,
)
from newsmodel.model import (
    Block,
    BlockQuote,
    Figure,
    ListBlock,
    Media,
    MediaKind,
    Paragraph,
    Person,
    Quote,
    Section,
)
from tests.strategies import characters, texts
from tests.strategies import sections as section_strategy

# Text the markup carries exactly: no control characters (the model's text has no hard wraps),
# no surrogates, no noncharacters XML refuses.
TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Cn")),
    max_size=20,
)
WORDS = TEXT.filter(lambda s: s != "" and "\n\n" not in s)
OPTIONAL = st.none() | WORDS


@st.composite
def people(draw: st.DrawFn) -> Person:
    """A person with any optional fields."""
    return Person(
        name=draw(TEXT),
        title=draw(st.none() | TEXT),
        organization=draw(st.none() | TEXT),
        role=draw(st.none() | TEXT),
    )


@st.composite
def paragraphs(draw: st.DrawFn) -> Paragraph:
    """A paragraph with non-overlapping quote spans in order."""
    pieces = draw(
        st.lists(st.tuples(TEXT, st.none() | st.tuples(TEXT, st.none() | people())), max_size=4)
    )
    text = ""
    quotes: list[Quote] = []
    for before, quoted in pieces:
        text += before
        if quoted is not None:
            words, speaker = quoted
            quotes.append(
                Quote(text=words, speaker=speaker, start=len(text), end=len(text) + len(words))
            )
            text += words
    text += draw(TEXT)
    return Paragraph(text=text, quotes=tuple(quotes))


MEDIA = st.builds(
    Media,
    kind=st.sampled_from(list(MediaKind)),
    url=st.none() | TEXT,
    caption=OPTIONAL,
    credit=OPTIONAL,
    alt=st.none() | TEXT,
)
BLOCKS: st.SearchStrategy[Block] = st.one_of(
    paragraphs(),
    st.builds(
        BlockQuote, text=TEXT.filter(lambda s: "\n\n" not in s), speaker=st.none() | people()
    ),
    st.builds(Figure, media=MEDIA),
    st.builds(ListBlock, items=st.lists(TEXT, max_size=3).map(tuple), ordered=st.booleans()),
)
OWN_SECTIONS = st.lists(
    st.builds(Section, heading=st.none() | TEXT, blocks=st.lists(BLOCKS, max_size=4).map(tuple)),
    max_size=4,
).map(tuple)
SHARED_SECTIONS = st.lists(section_strategy(text=texts(characters(xml=True))), max_size=4).map(
    tuple
)
SECTIONS = (OWN_SECTIONS | SHARED_SECTIONS).filter(lambda s: body_losses(s) == ())
"""Bodies the markup carries: this file's, and the shared strategies' (tests/strategies.py)."""


def _nitf_carriable(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """The sections with what NITF cannot carry taken out (speaker details, empty lists)."""

    def person(speaker: Person | None) -> Person | None:
        return None if speaker is None else Person(name=speaker.name)

    def block(item: Block) -> Block:
        match item:
            case Paragraph(text=text, quotes=quotes):
                return Paragraph(
                    text=text,
                    quotes=tuple(
                        Quote(text=q.text, speaker=person(q.speaker), start=q.start, end=q.end)
                        for q in quotes
                    ),
                )
            case BlockQuote(text=text, speaker=speaker):
                return BlockQuote(text=text, speaker=person(speaker))
        return item

    return tuple(
        Section(
            heading=section.heading,
            blocks=tuple(
                block(b) for b in section.blocks if not (isinstance(b, ListBlock) and not b.items)
            ),
        )
        for section in sections
    )


class TestRoundTrip:
    """What the markup carries comes back unchanged."""

    @given(SECTIONS)
    def test_html_round_trip(self, sections: tuple[Section, ...]) -> None:
        """html_to_sections(sections_to_html(s)) == s."""
        assert sections == html_to_sections(sections_to_html(sections))

    @given(SECTIONS)
    def test_xhtml_round_trip(self, sections: tuple[Section, ...]) -> None:
        """xhtml_to_sections(sections_to_xhtml(s)) == s."""
        assert sections == xhtml_to_sections(sections_to_xhtml(sections))

    @given(SECTIONS)
    def test_xhtml_serialized_round_trip(self, sections: tuple[Section, ...]) -> None:
        """The XHTML element survives serialization and a re-parse."""
        data = etree.tostring(sections_to_xhtml(sections), encoding="utf-8")
        assert sections == xhtml_to_sections(etree.fromstring(data))

    @given(SECTIONS)
    def test_nitf_round_trip(self, sections: tuple[Section, ...]) -> None:
        """NITF gives back everything but what nitf_losses names."""
        carriable = _nitf_carriable(sections)
        data = etree.tostring(sections_to_nitf(sections), encoding="utf-8")
        assert carriable == nitf_to_sections(etree.fromstring(data))

    @given(SECTIONS)
    def test_nitf_losses_name_the_difference(self, sections: tuple[Section, ...]) -> None:
        """nitf_losses is empty exactly when NITF carries the whole body."""
        assert (_nitf_carriable(sections) == sections) == (nitf_losses(sections) == ())

    def test_whitespace_and_escaping_exact(self) -> None:
        """Leading, trailing and doubled spaces and markup characters are kept."""
        sections = (
            Section(
                blocks=(
                    Paragraph(text='  a <b> & "c"  '),
                    Paragraph(text=" "),
                    Paragraph(text=""),
                ),
            ),
        )
        assert sections == html_to_sections(sections_to_html(sections))


class TestWriter:
    """The markup the writer produces."""

    def test_paragraph_with_quote(self) -> None:
        """A quote becomes <q> with its speaker in data attributes."""
        speaker = Person(name="Ann Lee", title="Mayor")
        paragraph = Paragraph(
            text="She said “no” twice.",
            quotes=(Quote(text="no", speaker=speaker, start=10, end=12),),
        )
        expected = (
            '<section><p>She said “<q data-speaker="Ann Lee" data-speaker-title="Mayor">no</q>”'
            " twice.</p></section>"
        )
        assert expected == sections_to_html([Section(blocks=(paragraph,))])

    def test_blockquote_and_figure(self) -> None:
        """Block quotes carry a footer cite; figures an img and a figcaption with the credit."""
        blocks: tuple[Block, ...] = (
            BlockQuote(text="Never.", speaker=Person(name="Bo", organization="Town")),
            Figure(media=Media(url="a.jpg", caption="The pier.", credit="AP", alt="A pier")),
        )
        expected = (
            '<section><h2>Then</h2><blockquote><p>Never.</p><footer><cite data-organization="Town">'
            'Bo</cite></footer></blockquote><figure><img src="a.jpg" alt="A pier"/><figcaption>'
            'The pier. <small class="credit">AP</small></figcaption></figure></section>'
        )
        assert expected == sections_to_html([Section(heading="Then", blocks=blocks)])

    def test_other_media_kinds(self) -> None:
        """Videos, audio and embeds use their own elements; a graphic marks its figure."""
        kinds = [MediaKind.VIDEO, MediaKind.AUDIO, MediaKind.EMBED, MediaKind.GRAPHIC]
        blocks = tuple(Figure(media=Media(kind=kind, url="u", alt="x")) for kind in kinds)
        expected = (
            '<section><figure><video src="u" aria-label="x"></video></figure>'
            '<figure><audio src="u" aria-label="x"></audio></figure>'
            '<figure><iframe src="u" aria-label="x"></iframe></figure>'
            '<figure data-kind="graphic"><img src="u" alt="x"/></figure></section>'
        )
        assert expected == sections_to_html([Section(blocks=blocks)])

    def test_xhtml_namespace(self) -> None:
        """The XHTML element and its children are in the XHTML namespace."""
        element = sections_to_xhtml([Section(blocks=(Paragraph(text="x"),))])
        assert [f"{{{XHTML_NS}}}body", f"{{{XHTML_NS}}}section", f"{{{XHTML_NS}}}p"] == [
            e.tag for e in element.iter()
        ]


class TestForeignHtml:
    """Reasonable HTML bodies written by others."""

    def test_headings_start_sections(self) -> None:
        """Text before the first heading is the lead section; each heading starts one."""
        html = "<p>Lead.</p>\n<h3>Next</h3>\n<p>More.</p>"
        expected = (
            Section(blocks=(Paragraph(text="Lead."),)),
            Section(heading="Next", blocks=(Paragraph(text="More."),)),
        )
        assert expected == html_to_sections(html)

    def test_indentation_and_inline_markup(self) -> None:
        """Hard whitespace collapses; inline markup is flattened; entities decode."""
        html = (
            "<div>\n  <p>\n    Hello <b>bold</b>&nbsp;<a href='x'>link</a><br>\n    next\n"
            "  </p>\n</div>"
        )
        expected = (Section(blocks=(Paragraph(text="Hello bold\xa0link next"),)),)
        assert expected == html_to_sections(html)

    def test_quote_span_survives_whitespace(self) -> None:
        """A <q> span is moved along when whitespace before it collapses."""
        paragraph = html_to_sections("<p>\n He said\n <q>not\n now</q>.</p>")[0].blocks[0]
        expected = Paragraph(
            text="He said not now.", quotes=(Quote(text="not now", start=8, end=15),)
        )
        assert expected == paragraph

    def test_figure_with_foreign_credit(self) -> None:
        """A credit in <span class=credit> is split from the caption."""
        html = (
            '<figure><img src="p.jpg"><figcaption>A pier. <span class="credit">Reuters</span>'
            "</figcaption></figure>"
        )
        expected = Figure(media=Media(url="p.jpg", caption="A pier.", credit="Reuters"))
        assert expected == html_to_sections(html)[0].blocks[0]

    def test_tweet_is_an_embed(self) -> None:
        """A blockquote.twitter-tweet is an embed figure, not a quote."""
        html = (
            '<blockquote class="twitter-tweet"><p>Hi all</p>'
            '<a href="https://t.example/1">x</a></blockquote>'
        )
        expected = Figure(
            media=Media(kind=MediaKind.EMBED, url="https://t.example/1", caption="Hi all")
        )
        assert expected == html_to_sections(html)[0].blocks[0]

    @pytest.mark.parametrize(
        ("markup", "expected"),
        [
            (
                '<blockquote class="twitter-tweet"><p>Roads shut. <a href="https://t.co/a">'
                'pic.twitter.com/a</a></p>&mdash; Fire Service (@fire) <a href="https://x.example/'
                'hashtag/fire">#fire</a> <a href="https://x.example/fire/status/1">May 2</a>'
                "</blockquote>",
                Media(
                    kind=MediaKind.EMBED,
                    url="https://x.example/fire/status/1",
                    caption="Roads shut.",
                    credit="Fire Service (@fire)",
                ),
            ),
            (
                '<blockquote class="instagram-media" data-instgrm-permalink="https://ig.example/p/'
                '1/"><div><a href="https://ig.example/p/1/?utm=x">View this post</a></div>'
                "</blockquote>",
                Media(
                    kind=MediaKind.EMBED, url="https://ig.example/p/1/", caption="View this post"
                ),
            ),
        ],
    )
    def test_social_post_address_and_author(self, markup: str, expected: Media) -> None:
        """An embedded post's address is its own (the tweet's status link, Instagram's
        permalink), not the first link inside it; a tweet's author line is the credit and a
        trailing picture link leaves the caption."""
        assert Figure(media=expected) == html_to_sections(markup)[0].blocks[0]

    def test_blockquote_with_dash_attribution(self) -> None:
        """Paragraphs join with a blank line; the dash before <cite> is dropped."""
        html = "<blockquote><p>One.</p><p>Two.</p> — <cite>Ann</cite></blockquote>"
        expected = BlockQuote(text="One.\n\nTwo.", speaker=Person(name="Ann"))
        assert expected == html_to_sections(html)[0].blocks[0]

    def test_loose_text_and_skipped_elements(self) -> None:
        """Loose text becomes a paragraph; scripts and asides are left out."""
        html = "<div>Loose <i>words</i><script>x()</script><aside>pull quote</aside><p>P.</p></div>"
        expected = (Section(blocks=(Paragraph(text="Loose words"), Paragraph(text="P."))),)
        assert expected == html_to_sections(html)

    def test_blank_input(self) -> None:
        """A blank fragment has no sections."""
        expected: tuple[Section, ...] = ()
        assert expected == html_to_sections("  \n ")


class TestNitf:
    """NITF body.content, written and foreign."""

    def test_written_markup(self) -> None:
        """Sections are blocks with hl2; quotes carry quote-source; figures are media."""
        sections = (
            Section(
                heading="Later",
                blocks=(
                    Paragraph(
                        text="He said no.",
                        quotes=(Quote(text="no", speaker=Person(name="Al"), start=8, end=10),),
                    ),
                    BlockQuote(text="Yes.", speaker=Person(name="Bo")),
                    Figure(media=Media(kind=MediaKind.GRAPHIC, url="g.png", caption="A chart")),
                ),
            ),
        )
        expected = (
            f'<body.content xmlns="{NITF_NS}"><block><hl2>Later</hl2>'
            '<p>He said <q quote-source="Al">no</q>.</p>'
            '<bq quote-source="Bo"><block><p>Yes.</p></block><credit>Bo</credit></bq>'
            '<media media-type="image" class="graphic"><media-reference source="g.png"/>'
            "<media-caption>A chart</media-caption></media></block></body.content>"
        )
        assert expected == etree.tostring(sections_to_nitf(sections), encoding="unicode")

    def test_foreign_nitf_without_namespace(self) -> None:
        """One block holding everything, hl2 subheads inside: each hl2 starts a section."""
        nitf = etree.fromstring(
            b"<nitf><body><body.head><hedline><hl1>H</hl1></hedline></body.head>"
            b"<body.content><block><p>Lead.</p><hl2>Sub</hl2><p>More.</p>"
            b'<media media-type="image"><media-reference source="p.jpg" alternate-text="x"/>'
            b"<media-caption>Cap</media-caption><media-producer>NTB</media-producer></media>"
            b"</block></body.content></body></nitf>"
        )
        expected = (
            Section(blocks=(Paragraph(text="Lead."),)),
            Section(
                heading="Sub",
                blocks=(
                    Paragraph(text="More."),
                    Figure(media=Media(url="p.jpg", caption="Cap", credit="NTB", alt="x")),
                ),
            ),
        )
        assert expected == nitf_to_sections(nitf)

    def test_losses(self) -> None:
        """Speaker details and empty lists are named by pointer."""
        sections = (
            Section(
                blocks=(
                    BlockQuote(text="x", speaker=Person(name="A", title="Mayor")),
                    ListBlock(),
                ),
            ),
        )
        expected = ("/sections/0/blocks/0/speaker/title", "/sections/0/blocks/1")
        assert expected == nitf_losses(sections)


class TestBodyLosses:
    """What the HTML markup cannot carry."""

    def test_overlapping_quote_and_empty_caption(self) -> None:
        """An overlapping quote and an empty caption are named."""
        paragraph = Paragraph(
            text="abcdef",
            quotes=(Quote(text="abcd", start=0, end=4), Quote(text="cd", start=2, end=4)),
        )
        sections = (Section(blocks=(paragraph, Figure(media=Media(caption="")))),)
        expected = ("/sections/0/blocks/0/quotes/1", "/sections/0/blocks/1/media/caption")
        assert expected == body_losses(sections)
