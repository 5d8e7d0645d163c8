"""Tests of the HTML format (issue 4): the writer, its round trip, and the reader on pages.

The pages under ``tests/data/html`` are invented. ``NEWSMODEL_UPDATE_GOLDEN=1`` (or
``--update-golden``) rewrites the expected articles of ``valid/`` and errors of ``invalid/``.
"""

# (RUF001: the pages use typographic quotation marks and dashes on purpose.)

import datetime
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsmodel
from newsmodel.errors import NewsModelError, ParseError
from newsmodel.formats import ReadOptions
from newsmodel.formats import html as html_format
from newsmodel.formats import json as json_format
from newsmodel.formats._body import body_losses, urlless_media_losses
from newsmodel.limits import LimitError
from newsmodel.model import (
    Article,
    BlockQuote,
    Dateline,
    Figure,
    ListBlock,
    Media,
    MediaKind,
    Note,
    NoteKind,
    Paragraph,
    Person,
    Quote,
    Section,
    Subject,
)
from tests.strategies import articles

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "html"
UPDATE = os.environ.get("NEWSMODEL_UPDATE_GOLDEN") == "1"
_STORY = "The ferry to the islands will leave an hour earlier from Monday, the operator said."

FULL = Article(
    headline="Harbour reopens after ten years",
    subheadline="Fishing boats return as the town celebrates",
    kicker="Coast",
    bylines=(
        Person(name="Mira Holt", title="Harbour reporter", role="author"),
        Person(name="Lars Berg", organization="Nordpress", role="photographer"),
    ),
    dateline=Dateline(
        text="BERGEN ON SEA, May 2 (Nordpress)",
        place="BERGEN ON SEA",
        month=5,
        day=2,
        source="Nordpress",
    ),
    published=datetime.datetime(
        2026, 5, 2, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    ),
    modified=datetime.datetime(2026, 5, 2, 11, 0, 5, 120, tzinfo=datetime.UTC),
    language="en-GB",
    source="Nordpress",
    url="https://herald.example/news/harbour?id=1&lang=en",
    id="urn:newsmodel:harbour-1",
    sections=(
        Section(
            blocks=(
                Paragraph(
                    text='Mayor Eva Holm said "we waited" & <smiled>.',
                    quotes=(
                        Quote(
                            text="we waited",
                            speaker=Person(name="Eva Holm", title="Mayor"),
                            start=21,
                            end=30,
                        ),
                    ),
                ),
                Figure(
                    media=Media(
                        url="https://img.example/a.jpg",
                        caption="The quay",
                        credit="Lars Berg",
                        alt="Boats",
                    )
                ),
            )
        ),
        Section(
            heading="What comes next",
            blocks=(
                ListBlock(items=("Dredging", "A ferry line"), ordered=True),
                BlockQuote(
                    text="The harbour is our heart.\n\nIt beats again.",
                    speaker=Person(name="Ola Dahl"),
                ),
                Figure(
                    media=Media(
                        kind=MediaKind.EMBED, url="https://social.example/p/1", caption="Boats!"
                    )
                ),
            ),
        ),
    ),
    media=(Media(url="https://img.example/lead.jpg", caption="Dawn", credit="Nordpress"),),
    keywords=("harbour", "fishing, boats"),
    subjects=(Subject(code="medtop:20000523", name="transport"), Subject(name="local news")),
    notes=(Note(kind=NoteKind.CORRECTION, text="An earlier version misspelt the mayor's name."),),
    rights="© 2026 Nordpress",
)


def _read(data: bytes, **options: object) -> Article:
    return html_format.read(data, ReadOptions(**options)).article  # type: ignore[arg-type]  # test helper


class TestWriter:
    """``write``: a semantic HTML5 document with schema.org markup."""

    def test_document_shape(self) -> None:
        """The document is HTML5 with an article carrying NewsArticle microdata and the parts."""
        written = html_format.write(FULL)
        expected = [
            "<!DOCTYPE html>",
            '<html lang="en-GB">',
            '<meta name="generator" content="newsmodel"/>',
            'itemtype="https://schema.org/NewsArticle"',
            '<h1 itemprop="headline">Harbour reopens after ten years</h1>',
            '<time itemprop="datePublished" datetime="2026-05-02T09:30:00+01:00">',
            '<span class="dateline" itemprop="dateline" data-place="BERGEN ON SEA"',
            '<q data-speaker="Eva Holm" data-speaker-title="Mayor">we waited</q>',
            "&amp; &lt;smiled&gt;",
            '<link rel="canonical" href="https://herald.example/news/harbour?id=1&amp;lang=en"/>',
            '<meta itemprop="keywords" content="fishing, boats"/>',
        ]
        assert [] == [part for part in expected if part not in written]

    def test_dateline_opens_the_first_paragraph(self) -> None:
        """The dateline is marked up at the start of the first paragraph, before its text."""
        written = html_format.write(FULL)
        expected = "(Nordpress)</span> — Mayor Eva Holm said"
        assert expected in written

    def test_dateline_without_a_first_paragraph(self) -> None:
        """With no paragraph to open, the dateline stands in the header and still reads back."""
        article = Article(
            headline="Talks",
            dateline=Dateline(text="OSLO"),
            sections=(Section(blocks=(ListBlock(items=("a",)),)),),
        )
        assert article == _read(html_format.write(article).encode())

    def test_full_article_reads_back(self) -> None:
        """Every field of a full article reads back the same."""
        assert FULL == _read(html_format.write(FULL).encode())

    def test_minimal_article_reads_back(self) -> None:
        """An article with a headline alone reads back the same."""
        article = Article(headline="Talks resume")
        assert article == newsmodel.loads(newsmodel.dumps(article, format="html"), format="html")

    def test_no_losses_for_a_full_article(self) -> None:
        """The document carries every field of the full article."""
        assert () == html_format.losses(FULL)

    def test_losses_name_what_reads_back_differently(self) -> None:
        """An empty caption and a line break in a paragraph are reported by pointer."""
        article = Article(
            headline="Talks",
            sections=(
                Section(blocks=(Paragraph(text="one\ntwo"), Figure(media=Media(caption="")))),
            ),
        )
        expected = ("/sections/0/blocks/0/text", "/sections/0/blocks/1/media/caption")
        assert expected == html_format.losses(article)

    def test_sniffed(self) -> None:
        """The registry recognises a written document as HTML."""
        fmt = newsmodel.formats.sniff(html_format.write(FULL).encode())
        assert "html" == (None if fmt is None else fmt.name)


def _noncharacter(article: Article, pointer: str) -> bool:
    """Whether the article's value at a JSON pointer holds U+FFFE or U+FFFF."""
    value: object = json.loads(newsmodel.dumps(article, format="json"))
    for part in pointer.split("/")[1:]:
        if isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return False
    return "\ufffe" in json.dumps(value, ensure_ascii=False) or "\uffff" in json.dumps(
        value, ensure_ascii=False
    )


class TestRoundTrip:
    """Hypothesis properties of the writer and the reader together."""

    @given(st.one_of(articles(), articles(fill="all"), articles(fill="none")))
    @example(Article(headline="0", keywords=("\ufffe",)))
    def test_reads_back_unless_lost(self, article: Article) -> None:
        """An article reads back the same when ``losses`` is empty; what it names is only what
        the body markup cannot carry or an empty lead caption or credit."""
        lost = html_format.losses(article)
        carried = set(body_losses(article.sections)) | {
            f"/media/{index}/{name}"
            for index, media in enumerate(article.media)
            for name in ("caption", "credit")
            if getattr(media, name) == ""
        }
        for index, media in enumerate(article.media):
            carried |= set(urlless_media_losses(media, f"/media/{index}"))
        # U+FFFE and U+FFFF read back as U+FFFD, as browsers show them
        carried |= {path for path in lost if _noncharacter(article, path)}
        assert set() == set(lost) - carried
        if not lost:
            assert article == _read(html_format.write(article).encode("utf-8"))

    @given(articles())
    def test_stable_through_reload(self, article: Article) -> None:
        """Writing what was read gives the same document again, once a lossy part has been
        read back (an empty credit reads back as None)."""
        written = html_format.write(_read(html_format.write(article).encode("utf-8")))
        assert written == html_format.write(_read(written.encode("utf-8")))


def _cases(kind: str) -> list[Path]:
    return sorted((DATA / kind).glob("*.html"))


class TestReader:
    """Reading pages: invented fixtures in tests/data/html."""

    @pytest.mark.parametrize("path", _cases("valid"), ids=lambda p: p.name)
    def test_valid_case(self, path: Path, update_golden: bool) -> None:
        """Each page reads to the article in <case>.json."""
        actual = json_format.to_data(_read(path.read_bytes(), source=path.name))
        expected_path = path.with_suffix(".json")
        if UPDATE or update_golden:
            expected_path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n")
        assert json.loads(expected_path.read_text("utf-8")) == actual

    @pytest.mark.parametrize("path", _cases("invalid"), ids=lambda p: p.name)
    def test_invalid_case(self, path: Path, update_golden: bool) -> None:
        """Each page without an article raises the error in <case>.error.json."""
        with pytest.raises(ParseError) as caught:
            _read(path.read_bytes(), source=path.name)
        error = caught.value
        actual = {"class": type(error).__name__, "code": error.code, "line": error.location.line}
        expected_path = path.with_name(path.stem + ".error.json")
        if UPDATE or update_golden:
            expected_path.write_text(json.dumps(actual, indent=2) + "\n")
        assert json.loads(expected_path.read_text("utf-8")) == actual

    def test_boilerplate_left_out(self) -> None:
        """Navigation, share bars, ads, related links, newsletter, comments, cookie notice and
        footer are not in the body."""
        text = _read((DATA / "valid" / "news-page.html").read_bytes()).text
        found = [
            word
            for word in ("Home", "Share on", "Advertisement", "Related stories", "Ferry plans",
                         "newsletter", "Great news", "cookies", "Most read", "All rights")
            if word in text
        ]  # fmt: skip
        assert [] == found

    def test_structure(self) -> None:
        """Sections, list, block quote, embed and figures come out as blocks, in order; the pull
        quote in an aside is not repeated."""
        article = _read((DATA / "valid" / "news-page.html").read_bytes())
        actual = [
            (section.heading, [type(block).__name__ for block in section.blocks])
            for section in article.sections
        ]
        expected = [
            (None, ["Paragraph", "Paragraph"]),
            ("What comes next", ["Paragraph", "ListBlock", "BlockQuote", "Figure", "Figure"]),
            ("A long wait", ["Paragraph"]),
        ]
        assert expected == actual

    def test_http_encoding_beats_the_page(self) -> None:
        """The caller's encoding (an HTTP header's charset) wins over the page's declaration."""
        page = '<meta charset="utf-8"><h1>Ærø</h1><p>x</p>'.encode("cp1252")
        assert "Ærø" == _read(page, encoding="windows-1252").headline

    @pytest.mark.parametrize(
        "opening",
        [
            '<html xml:lang="de" />',
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd" />\n<HTML/>',
        ],
    )
    def test_html_tag_written_closed(self, opening: str) -> None:
        """An ``<html>`` tag written closed, after which lxml alone finds an empty document, is
        read as an open one: the page is not lost."""
        page = (
            f"{opening}<head><title>Ferry timetable changes</title></head>"
            f"<body><h1>Ferry timetable changes</h1><p>{_STORY}</p></body></html>"
        )
        article = _read(page.encode())
        assert ("Ferry timetable changes", _STORY) == (article.headline, article.text)

    def test_script_tag_written_closed(self) -> None:
        """A ``<script>`` tag written closed holds the code after it up to ``</script>``, as
        in a browser: the code is no paragraph, and the story after it stays."""
        code = "(function() { document.addEventListener('load', function() { start(); }); })();"
        page = (
            "<html><head><title>Ferry timetable changes</title></head><body>"
            f"<h1>Ferry timetable changes</h1><div><script type='text/javascript'/>{code}"
            f"</script></div><p>{_STORY}</p></body></html>"
        )
        article = _read(page.encode())
        assert ("Ferry timetable changes", _STORY) == (article.headline, article.text)

    @pytest.mark.parametrize("tag", ["h2", "h3"])
    def test_title_one_level_down_on_a_page_without_h1(self, tag: str) -> None:
        """On a page without an ``<h1>``, the ``<h2>`` or ``<h3>`` printing the headline is its
        title: the paragraph under it is the standfirst the page shows, not the description cut
        short for search engines; another ``<h2>`` stays a heading of the story."""
        lead = (
            "The operator will run the first ferry an hour earlier from Monday, and add a late one."
        )
        page = (
            "<html><head><title>Ferry timetable changes | The Herald</title>"
            '<meta property="og:title" content="Ferry timetable changes">'
            '<meta name="description" content="The operator will run the first ferry an hour…">'
            "</head><body><div class='x1'><div class='x2'><span>News</span>"
            f"<{tag}>Ferry timetable changes</{tag}><div class='x3'><p>{lead}</p></div></div>"
            f"<div class='x4'><p>{_STORY}</p><p>The late ferry leaves the islands at ten, "
            "the operator said.</p><h2>Fares</h2><p>Fares stay the same for the rest of the "
            "year, and children still travel free.</p></div></div></body></html>"
        )
        article = _read(page.encode())
        headings = [section.heading for section in article.sections]
        assert (lead, [None, "Fares"]) == (article.subheadline, headings)

    def test_byte_order_mark(self) -> None:
        """A UTF-16 page with a byte-order mark reads."""
        page = "<title>Smörgås</title><h1>Smörgås</h1>".encode("utf-16")
        assert "Smörgås" == _read(page).headline

    def test_quotes_and_dateline(self) -> None:
        """The dateline is cut off the first paragraph and the quote gets its speaker."""
        article = _read((DATA / "valid" / "news-page.html").read_bytes())
        assert ("BERGEN ON SEA", Person(name="Eva Holm", title="Mayor")) == (
            None if article.dateline is None else article.dateline.place,
            article.quotes[0].speaker,
        )


class TestAnyInput:
    """Any bytes give an article or a NewsModelError; huge inputs finish."""

    @given(st.binary(max_size=300))
    def test_bytes(self, data: bytes) -> None:
        """Random bytes never raise anything but a NewsModelError."""
        try:
            result: object = _read(data)
        except NewsModelError as error:
            result = error
        assert isinstance(result, Article | NewsModelError)

    @given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<h1>", "<h2>", "<figure>",
                                     "<img src=x>", "<blockquote>", "<li>", "<ul>", "<q>", "a",
                                     "\u201cQuote,\u201d she said.", "<script>", "&amp;", "<a>"]),
                    max_size=60).map("".join))  # fmt: skip
    def test_tag_soup(self, page: str) -> None:
        """Tag soup never raises anything but a NewsModelError."""
        try:
            result: object = _read(page.encode())
        except NewsModelError as error:
            result = error
        assert isinstance(result, Article | NewsModelError)

    def test_deep_nesting(self) -> None:
        """100,000 nested elements are refused with too-deep, not read with the text below the
        parser's depth limit dropped."""
        page = b"<h1>Deep</h1>" + b"<div>" * 100_000 + b"<p>Bottom text of the page.</p>"
        with pytest.raises(LimitError) as caught:
            _read(page)
        assert "too-deep" == caught.value.code

    def test_huge_page(self) -> None:
        """A 20 MB page with a huge base64 image and many paragraphs reads."""
        blob = b"A" * 18_000_000
        paragraphs = b"".join(
            b"<p>Sentence %d is long enough to count, with a comma.</p>" % number
            for number in range(30_000)
        )
        page = b"<h1>Big</h1><img src='data:image/png;base64," + blob + b"'>" + paragraphs
        article = _read(page)
        assert (30_000, "Big") == (len(list(article.paragraphs)), article.headline)

    def test_text_node_over_libxml2_limit(self) -> None:
        """A paragraph over libxml2's 10 MB text limit reads back whole (issue 7's report)."""
        text = "The tide came in. " * 620_000
        article = Article(headline="Tides", sections=(Section(blocks=(Paragraph(text=text),)),))
        back = _read(html_format.write(article).encode())
        assert [len(text)] == [len(p.text) for p in back.paragraphs]

    def test_not_a_text_codec_is_ignored(self) -> None:
        """An encoding name that is a codec but not a text encoding ("hex") is ignored."""
        assert "Ærø" == _read("<h1>Ærø</h1><p>x</p>".encode(), encoding="hex").headline

    def test_max_bytes(self) -> None:
        """A page over ``max_bytes`` is refused with a too-large LimitError."""
        with pytest.raises(ParseError) as caught:
            _read(b"<h1>Big</h1>" + b"<p>x</p>" * 100, max_bytes=100)
        assert "too-large" == caught.value.code

    def test_any_str_headline_errors_are_parse_errors(self) -> None:
        """A page without any headline says so."""
        with pytest.raises(ParseError, match="no headline"):
            _read(b"<div><a href='/'>x</a></div>")

    def test_untitled_page_first_paragraph_stands_in(self) -> None:
        """A page of prose with no <h1>, og:title or <title> is read: its first paragraph
        stands in as the headline and stays in the body, with a missing-headline warning."""
        first = "Under extreme conditions the river froze from bank to bank in one night."
        page = f"<body><p>{first}</p><p>By morning the ferry had stopped and the town waited.</p>"
        parsed = html_format.read(page.encode(), ReadOptions(source="p.html"))
        assert first == parsed.article.headline
        assert first == parsed.article.paragraphs[0].text
        assert 2 == len(parsed.article.paragraphs)
        [problem] = parsed.problems
        assert ("missing-headline", "warning") == (problem.code, problem.severity)
        assert "first paragraph stands in" in problem.message
        assert ("p.html", 1) == (problem.location.source, problem.location.line)

    def test_untitled_page_opening_heading_stands_in(self) -> None:
        """A page with no title whose body opens with a heading: the heading is the headline
        and leaves the body."""
        page = (
            "<body><div><h2>The river froze</h2><p>Under extreme conditions the river froze"
            " from bank to bank in one night.</p></div></body>"
        )
        parsed = html_format.read(page.encode())
        assert "The river froze" == parsed.article.headline
        assert [None] == [section.heading for section in parsed.article.sections]
        assert "first heading stands in" in parsed.problems[0].message


def test_latin1_smart_quotes() -> None:
    """Windows-1252 quotation marks in a page that claims Latin-1 come out right (issue 4)."""
    article = _read((DATA / "valid" / "latin1-smart-quotes.html").read_bytes())
    first = article.paragraphs[0].text
    assert re.match("“We cannot open on Sundays any more,” said João Silva", first)


class TestStandfirst:
    """The page's description is the standfirst unless the body repeats it."""

    _BODY = (
        "<p>The ferry service to the islands stops for the winter on Friday, the operator said.</p>"
        "<h2>What changes</h2><p>Boats will sail again in March, when the harbour reopens.</p>"
        "<p>OBAN \u2014 \u201cWe will miss the \u2018Lord of the Isles\u2019,\u201d a teacher "
        "said.</p><blockquote><p>The crossing was rough, and I was glad to be home, said a "
        "passenger who had sailed for forty years.</p></blockquote>"
    )

    def _read(self, description: str) -> Article:
        page = (
            f"<html><head><title>Ferries stop</title><meta name='description' "
            f"content='{description}'></head><body><article><h1>Ferries stop</h1>{self._BODY}"
            "</article></body></html>"
        )
        return html_format.read(page.encode()).article

    @pytest.mark.parametrize(
        "text",
        [
            "No boats until spring: what islanders need to know.",
            "Ferries stop - no boats until spring: what islanders need to know.",
        ],
    )
    def test_own_standfirst_kept(self, text: str) -> None:
        """A description the body does not print is the standfirst, the headline before it or
        not."""
        assert text == self._read(text).subheadline

    @pytest.mark.parametrize(
        "description",
        [
            "The ferry service to the islands stops for the winter on Friday, the operator said.",
            "The ferry service to the islands stops for the winter on Friday, the operator "
            "said. What changes…",
            "Boats will sail again in March, when the harbour reopens.",
            "OBAN - &quot;We will miss the &#39;Lord of the Isles&#39;,&quot; a teacher said.",
            "The crossing was rough, and I was glad to be home, said a passenger who had…",
            "Ferries stop - The ferry service to the islands stops for the winter on Friday…",
            "Ferries stop: Boats will sail again in March, when the harbour reopens.",
        ],
    )
    def test_description_repeating_the_body_is_no_standfirst(self, description: str) -> None:
        """A description cut from the body, across a heading, or repeating a later paragraph
        or a block quote, the headline before it or not, is not a standfirst, also when it
        prints straight dashes and quotation marks where the body prints typographic ones."""
        assert self._read(description).subheadline is None

    @pytest.mark.parametrize(
        ("description", "kept"),
        [
            ("Island Courier Magazin: news, culture and life from the northern coast.", False),
            ("Wir sind das Island Courier Magazin, Ihre Zeitung von den Inseln.", False),
            ("Island Courier readers ask when the ferry service to the islands will resume.", True),
            ("Culture, life and news from all the western isles, every week.", True),
        ],
    )
    def test_site_s_own_description_is_no_standfirst(self, description: str, kept: bool) -> None:
        """A description that names the site (its name's letters, an ending aside) and shares
        next to no words with the story is the site's own, printed on every page: no
        standfirst. One about the story, or one that does not name the site, is kept."""
        page = (
            "<html><head><title>Ferries stop</title><meta property='og:site_name' "
            f"content='Island Courier Magazine'><meta name='description' content='{description}'>"
            f"</head><body><article><h1>Ferries stop</h1>{self._BODY}</article></body></html>"
        )
        standfirst = html_format.read(page.encode()).article.subheadline
        assert kept == (standfirst == description)

    def test_description_repeating_the_headline_is_no_standfirst(self) -> None:
        """A description that is the headline again, in other case, is not a standfirst."""
        assert self._read("FERRIES  STOP").subheadline is None

    def test_application_name_repeating_the_headline_is_no_source(self) -> None:
        """An ``application-name`` that a page's templates fill with the title is not the
        source (an ``og:site_name`` equal to the title is: the page is the site's own)."""
        page = (
            "<html><head><title>Ferries stop</title><meta name='application-name' "
            f"content='Ferries stop'></head><body><article><h1>Ferries stop</h1>{self._BODY}"
            "</article></body></html>"
        )
        assert html_format.read(page.encode()).article.source is None

    @pytest.mark.parametrize(
        "description",
        [
            "Lea más en example.net",
            "Read more at www.example.com",
            "Anzeige",
            "Visit the post for more.",
            "Home",
            "Written by Ann Lee",
            "Von Ann Lee",
        ],
    )
    def test_description_that_is_a_line_of_the_page_is_no_standfirst(
        self, description: str
    ) -> None:
        """A description that sends the reader to the site's address, or another line of the
        page, a byline or a single word, is not a standfirst."""
        assert self._read(description).subheadline is None

    @pytest.mark.parametrize("name", ["chapo", "article__standfirst", "lead-text", "entradilla"])
    def test_standfirst_printed_atop_the_story(self, name: str) -> None:
        """A paragraph atop the story that is the description word for word and is named as a
        standfirst is the standfirst, and the story starts after it (with its dateline)."""
        description = "No boats until spring: what islanders need to know."
        page = (
            f"<html><head><title>Ferries stop</title><meta name='description' "
            f"content='{description}'></head><body><article><h1>Ferries stop</h1>"
            f"<p class='{name}'>{description}</p><p>OBAN - The ferry service to the islands "
            "stops for the winter on Friday, the operator said.</p></article></body></html>"
        )
        article = html_format.read(page.encode()).article
        assert (description, "OBAN", 1) == (
            article.subheadline,
            None if article.dateline is None else article.dateline.place,
            len(article.paragraphs),
        )

    @pytest.mark.parametrize("inside", [True, False])
    def test_visible_standfirst_beats_the_description(self, inside: bool) -> None:
        """A paragraph named only as a standfirst ("standfirst", "dek", "chapo" ...) atop the
        story, inside the body's container or above it, is the subheadline as the page shows
        it, even when the description says something else; a first paragraph named "lead"
        that differs from the description is the story's and stays."""
        shown = "Underground fungi carry water between trees in a drought"
        standfirst = f"<p class='article-standfirst'>{shown}</p>"
        story = (
            "<p class='lead'>Beech trees with deep roots share water with their neighbours "
            "through a network of soil fungi, a study found.</p><p>The team labelled water with "
            "a heavy isotope and followed it from tree to tree.</p>"
        )
        body = (
            f"<div class='body'>{standfirst}{story}</div>"
            if inside
            else (f"{standfirst}<div class='body'>{story}</div>")
        )
        page = (
            "<html><head><title>Fungi</title><meta name='description' content='Researchers "
            f"studied beech trees.'></head><body><article><h1>Fungi</h1>{body}</article>"
            "</body></html>"
        )
        article = html_format.read(page.encode()).article
        assert (shown, 2) == (article.subheadline, len(article.paragraphs))

    def test_standfirst_name_inside_the_body_further_down_is_no_standfirst(self) -> None:
        """An element named as a standfirst further down a body held in a <section> is not
        above the body: the description stays the subheadline."""
        story = "".join(
            f"<p>Paragraph {i} of the story, long enough to count as prose, with a comma.</p>"
            for i in range(4)
        )
        page = (
            "<html><head><title>Fungi</title>"
            "<meta name='description' content='A meta description.'></head>"
            f"<body><article><h1>Fungi</h1><section class='body'>{story}"
            "<div class='standfirst'>Inside after</div></section></article></body></html>"
        )
        assert "A meta description." == html_format.read(page.encode()).article.subheadline

    def test_description_as_an_unnamed_first_paragraph_stays(self) -> None:
        """Without a standfirst's name, a first paragraph equal to the description is the
        story's lead (a description copied from it), and stays in the body."""
        text = "The ferry service to the islands stops for the winter on Friday, the operator said."
        page = (
            f"<html><head><title>Ferries stop</title><meta name='description' content='{text}'>"
            f"</head><body><article><h1>Ferries stop</h1><p>{text}</p>"
            "<p>Boats will sail again in March.</p></article></body></html>"
        )
        article = html_format.read(page.encode()).article
        assert (None, text) == (article.subheadline, article.paragraphs[0].text)

    _SHOWN = (
        "Islanders face five months without a boat, and the council says it cannot pay for "
        "a winter service."
    )
    _STORY = "".join(
        f"<p>Paragraph {i} of the story, long enough to count as prose, with a comma.</p>"
        for i in range(20)
    )

    def _under_title(self, between: str, description: str = "Ferries stop for winter.") -> Article:
        # a share bar between the standfirst and the body: the body's container is not
        # widened to the standfirst as to an intro of its own
        page = (
            f"<html><head><title>Ferries stop</title><meta name='description' "
            f"content='{description}'></head><body><article><h1>Ferries stop</h1>{between}"
            "<ul class='k5'><li><a href='/s/f'>Share on Facebook</a></li><li><a href='/s/x'>"
            "Share on X</a></li><li><a href='/s/m'>Email this story</a></li></ul>"
            f"<div class='x1'>{self._STORY}</div></article></body></html>"
        )
        return html_format.read(page.encode()).article

    @pytest.mark.parametrize(
        "between",
        [
            "<div class='k3'><p>{}</p></div>",
            "<header><p><span>19.10.2019, 15:30</span>{}</p></header>",
        ],
    )
    def test_standfirst_shown_under_the_title_beats_the_description(self, between: str) -> None:
        """A paragraph of a sentence or two between the title and the body, whatever its
        name, is the standfirst as the page shows it, a date printed in it aside."""
        assert self._SHOWN == self._under_title(between.format(self._SHOWN)).subheadline

    @pytest.mark.parametrize(
        "between",
        [
            "<p>Too short to be one.</p>",
            "<p>A line without an end, long enough for a standfirst but not a sentence at all</p>",
            "<figure><img src='a.jpg'><figcaption><p>{}</p></figcaption></figure>",
            "<p><a href='/other'>{}</a></p>",
            "<p>This post may contain affiliate links: we may earn a commission on what you "
            "buy.</p>",
        ],
    )
    def test_other_lines_under_the_title_are_no_standfirst(self, between: str) -> None:
        """A short line, a line that is no sentence, a caption, a link or a site's notice
        under the title leaves the description as the standfirst."""
        article = self._under_title(between.format(self._SHOWN))
        assert "Ferries stop for winter." == article.subheadline

    def test_description_shown_elsewhere_stays(self) -> None:
        """When the page prints its description too, outside the body, the paragraph under
        the title is something else: the description stays the standfirst."""
        description = "No boats until spring: what islanders need to know about the winter."
        between = f"<p>{self._SHOWN}</p><div class='k4'>{description}</div>"
        assert description == self._under_title(between, description).subheadline


class TestHgroup:
    """The subtitle and the kicker HTML marks in an ``<hgroup>`` around the headline."""

    _STORY = "".join(
        f"<p>Paragraph {i} of the story, long enough to count as prose, with a comma.</p>"
        for i in range(10)
    )

    def _read(self, group: str) -> Article:
        page = (
            "<html><head><title>Ferries stop</title><meta property='og:title' content='Ferries "
            "stop'><meta name='description' content='Ferries stop for winter.'></head><body>"
            f"<article>{group}<div class='x1'>{self._STORY}</div></article></body></html>"
        )
        return html_format.read(page.encode()).article

    @pytest.mark.parametrize("tag", ["h2", "p"])
    def test_subtitle_and_kicker(self, tag: str) -> None:
        """What follows the headline in its ``<hgroup>`` is the subtitle, what comes before
        it the kicker."""
        article = self._read(
            f"<hgroup><h3>Islands</h3><h1>Ferries stop</h1><{tag}>No boats until spring, the "
            f"operator says.</{tag}></hgroup>"
        )
        assert ("No boats until spring, the operator says.", "Islands") == (
            article.subheadline,
            article.kicker,
        )

    @pytest.mark.parametrize(
        ("kicker", "shown"),
        [
            ("Islands:", "Islands"),
            ("- Advertorial -", "Advertorial"),
            ("1. Februar 2022", None),
            ("Ferries stop", None),
        ],
    )
    def test_kicker_as_shown(self, kicker: str, shown: str | None) -> None:
        """A kicker comes without the colon or dashes that set it off; a date above the
        headline, or the headline printed again, is no kicker."""
        article = self._read(f"<hgroup><h3>{kicker}</h3><h1>Ferries stop</h1></hgroup>")
        assert shown == article.kicker

    def test_site_name_and_tagline_are_no_subtitle(self) -> None:
        """An ``<hgroup>`` holding the site's name and its tagline, not the headline, gives
        no subtitle."""
        article = self._read(
            "<hgroup><h1>Island Post</h1><h2>News from the islands since 1901</h2></hgroup>"
            "<h1>Ferries stop</h1>"
        )
        assert ("Ferries stop", "Ferries stop for winter.") == (
            article.headline,
            article.subheadline,
        )


class TestBodyFromJsonLd:
    """A page whose script renders the body gives the JSON-LD ``articleBody`` instead (when it
    is longer than 200 characters)."""

    _STORY = (
        "The harbour board voted on Monday to dredge the eastern channel before the winter "
        "storms, after two cargo ships ran aground there in October. The work will cost less "
        "than the board feared, its chair said, because the state pays half of it."
    )

    def _page(self, body: str) -> bytes:
        node = {"@type": "NewsArticle", "headline": "Harbour to be dredged", "articleBody": body}
        return (
            "<html><head><title>Harbour to be dredged</title>"
            f"<script type='application/ld+json'>{json.dumps(node)}</script></head>"
            "<body><h1>Harbour to be dredged</h1><div id='app'>Loading…</div></body></html>"
        ).encode()

    def test_text_body_one_paragraph_per_line(self) -> None:
        """A text body gives one paragraph per line."""
        article = html_format.read(self._page(f"{self._STORY}\nWork starts in May.")).article
        assert [self._STORY, "Work starts in May."] == [p.text for p in article.paragraphs]

    def test_html_body_is_read_as_markup(self) -> None:
        """A body written as HTML gives its sections and paragraphs, not its tags as text."""
        body = f"<p>{self._STORY}</p><h2>What comes next</h2><p>Work starts in <b>May</b>.</p>"
        article = html_format.read(self._page(body)).article
        assert [(None, [self._STORY]), ("What comes next", ["Work starts in May."])] == [
            (s.heading, [b.text for b in s.blocks if isinstance(b, Paragraph)])
            for s in article.sections
        ]
