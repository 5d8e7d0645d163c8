"""Tests for the HTML reader's page metadata (issue 4): each source and each reconciliation rule."""

import datetime
import gzip
import html
import json
from pathlib import Path

import attrs
import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.errors import NewsModelError
from newsmodel.formats.html._meta_dates import find_date, parse_date, with_zone
from newsmodel.formats.html._meta_names import author_names, is_name
from newsmodel.formats.html._metadata import PageMetadata, read_metadata
from newsmodel.formats.html._strip import scan
from newsmodel.model import Media, Person, Subject

UTC = datetime.UTC
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40)
CET = datetime.timezone(datetime.timedelta(hours=1))


def page(head: str = "", body: str = "", lang: str = "") -> lxml.html.HtmlElement:
    """Parse an invented page made of ``head`` and ``body`` markup."""
    attribute = f' lang="{lang}"' if lang else ""
    return lxml.html.document_fromstring(
        f"<html{attribute}><head>{head}</head><body>{body}</body></html>"
    )


def jsonld(data: object) -> str:
    """A JSON-LD script holding ``data``."""
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def to_data(metadata: PageMetadata) -> dict[str, object]:
    """``metadata`` as JSON data: dates in ISO 8601, empty fields left out."""

    def convert(_: object, __: object, value: object) -> object:
        return value.isoformat() if isinstance(value, datetime.datetime) else value

    data = attrs.asdict(metadata, value_serializer=convert)
    kept = {key: value for key, value in data.items() if value not in (None, [], ())}
    result: dict[str, object] = json.loads(json.dumps(kept))  # tuples to lists, as in the files
    return result


def names(metadata: PageMetadata) -> list[str]:
    """The byline names of ``metadata``."""
    return [person.name for person in metadata.bylines]


CASES = sorted((Path(__file__).parent.parent.parent / "data/html_metadata").glob("*.html"))


class TestCases:
    @pytest.mark.parametrize("path", CASES, ids=[path.stem for path in CASES])
    def test_case(self, path: Path) -> None:
        """Each invented page in tests/data/html_metadata gives the metadata in its .json file."""
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert expected == to_data(read_metadata(lxml.html.document_fromstring(path.read_bytes())))

    @pytest.mark.parametrize("path", CASES, ids=[path.stem for path in CASES])
    def test_one_pass_gives_the_same(self, path: Path) -> None:
        """The attributes gathered by the reader's one pass over the elements give the same
        metadata as the metadata reader's own search."""
        root = lxml.html.document_fromstring(path.read_bytes())
        assert read_metadata(root) == read_metadata(root, found_marks=scan(root).marks)


class TestJsonLd:
    def test_author_forms(self) -> None:
        """An author as a string, an object, a list, and given and family names."""
        data = {
            "@type": "NewsArticle",
            "headline": "Kites over the bay",
            "author": [
                "Ann Lee",
                {"@type": "Person", "name": "Bo Kim"},
                {"@type": "Person", "givenName": "Cy", "familyName": "Park"},
            ],
        }
        assert ["Ann Lee", "Bo Kim", "Cy Park"] == names(read_metadata(page(jsonld(data))))

    def test_organisation_author_only(self) -> None:
        """An organisation is the author when no person is named anywhere."""
        data = {
            "@type": "NewsArticle",
            "headline": "Kites",
            "author": {"@type": "Organization", "name": "Bay News Agency"},
        }
        assert ["Bay News Agency"] == names(read_metadata(page(jsonld(data))))

    def test_picks_node_matching_title(self) -> None:
        """Of several article nodes, the one whose headline is the page's wins."""
        other = {"@type": "NewsArticle", "headline": "Unrelated teaser", "author": "Zed Roe"}
        own = {"@type": "BlogPosting", "headline": "Snow in April", "author": "Ann Lee"}
        root = page(jsonld([other, own]), "<h1>Snow in April</h1>")
        assert ["Ann Lee"] == names(read_metadata(root))

    def test_type_array_and_prefix(self) -> None:
        """``@type`` as an array with a vocabulary prefix still marks an article."""
        data = {"@type": ["schema:LiveBlogPosting", "Thing"], "headline": "Election night"}
        assert "Election night" == read_metadata(page(jsonld(data))).headline

    def test_entities_cdata_and_trailing_comma(self) -> None:
        """CDATA wrappers, HTML entities and a trailing comma are repaired."""
        script = (
            '<script type="application/ld+json">//<![CDATA[\n'
            '{"@type": "NewsArticle", "headline": "Fish &amp; chips", "author": "Ann Lee",}\n'
            "//]]></script>"
        )
        metadata = read_metadata(page(script))
        assert ("Fish & chips", ["Ann Lee"]) == (metadata.headline, names(metadata))

    def test_markup_in_values_removed(self) -> None:
        """Tags inside a JSON-LD value are removed."""
        data = {"@type": "NewsArticle", "description": "<p>Owls <b>return</b> home</p>"}
        assert "Owls return home" == read_metadata(page(jsonld(data))).subheadline

    def test_markup_in_meta_values_removed(self) -> None:
        """Tags written inside a meta tag's value (pasted from an editor) are removed too,
        and a "<" that opens no tag stays."""
        head = (
            '<meta property="og:description" content="<p>Owls <b>return</b> home</p><p><br></p>">'
            '<meta property="og:title" content="Why 3 < 4 for owls">'
        )
        metadata = read_metadata(page(head))
        assert ("Owls return home", "Why 3 < 4 for owls") == (
            metadata.subheadline,
            metadata.headline,
        )

    def test_invisible_characters_in_meta_values_dropped(self) -> None:
        """Soft hyphens and zero-width spaces in a meta value (a German headline hyphenated
        for narrow screens) are dropped, and whitespace runs squashed."""
        head = (
            '<meta property="og:title" content="Deutsch­land  steht​ fest">'
            '<meta name="keywords" content="Gummi­fische, Hafen">'
        )
        metadata = read_metadata(page(head))
        assert ("Deutschland steht fest", ("Gummifische", "Hafen")) == (
            metadata.headline,
            metadata.keywords,
        )

    def test_article_tags_written_as_one_list(self) -> None:
        """An ``article:tag`` holding the whole list, commas without spaces between, gives
        each tag; one whose commas are followed by spaces is one tag."""
        head = (
            '<meta property="article:tag" content="Hong Kong,Protest,China">'
            '<meta property="article:tag" content="Business, Finance, &amp; Economics">'
        )
        expected = ("Hong Kong", "Protest", "China", "Business, Finance, & Economics")
        assert expected == read_metadata(page(head)).keywords

    @pytest.mark.parametrize("placeholder", ["null", "undefined", "None", "NaN"])
    def test_placeholder_meta_values_are_no_values(self, placeholder: str) -> None:
        """A value a page template printed for a missing one ("null", "undefined") is no
        value: the site's name, the author, the picture and the date are not it."""
        head = "".join(
            f'<meta {kind}="{key}" content="{placeholder}">'
            for kind, key in (
                ("property", "og:site_name"),
                ("name", "author"),
                ("property", "og:image"),
                ("property", "article:published_time"),
            )
        )
        metadata = read_metadata(page(head))
        assert (None, [], (), None) == (
            metadata.source,
            names(metadata),
            metadata.media,
            metadata.published,
        )

    def test_double_escaped_meta(self) -> None:
        """A meta value escaped twice at the source is read once more."""
        head = '<meta property="og:title" content="Fish &amp;amp; chips">'
        assert "Fish & chips" == read_metadata(page(head)).headline

    def test_malformed_block_skipped(self) -> None:
        """A block that is not JSON at all leaves the other blocks readable."""
        bad = '<script type="application/ld+json">{{{ nope</script>'
        good = jsonld({"@type": "NewsArticle", "headline": "Kept", "datePublished": "2024-01-02"})
        metadata = read_metadata(page(bad + good))
        assert ("Kept", datetime.datetime(2024, 1, 2, tzinfo=UTC)) == (
            metadata.headline,
            metadata.published,
        )


class TestMetaTags:
    def test_open_graph(self) -> None:
        """Open Graph gives title, description, image, site, dates, section and tags."""
        head = (
            '<meta property="og:title" content="Tram line opens">'
            '<meta property="og:description" content="The first tram ran at six.">'
            '<meta property="og:image" content="https://img.example.org/t.jpg">'
            '<meta property="og:image:alt" content="A green tram">'
            '<meta property="og:site_name" content="City Courier">'
            '<meta property="og:url" content="https://courier.example.org/tram">'
            '<meta property="og:locale" content="de_DE">'
            '<meta property="article:published_time" content="2022-09-01T06:00:00Z">'
            '<meta property="article:modified_time" content="2022-09-01T08:00:00Z">'
            '<meta property="article:author" content="Ina Vogt">'
            '<meta property="article:section" content="Transport">'
            '<meta property="article:tag" content="trams">'
        )
        expected = PageMetadata(
            headline="Tram line opens",
            subheadline="The first tram ran at six.",
            bylines=(Person(name="Ina Vogt", role="author"),),
            published=datetime.datetime(2022, 9, 1, 6, tzinfo=UTC),
            modified=datetime.datetime(2022, 9, 1, 8, tzinfo=UTC),
            language="de-DE",
            source="City Courier",
            url="https://courier.example.org/tram",
            keywords=("trams",),
            subjects=(Subject(name="Transport"),),
            media=(Media(url="https://img.example.org/t.jpg", alt="A green tram"),),
        )
        assert expected == read_metadata(page(head))

    def test_article_author_url_is_not_a_name(self) -> None:
        """``article:author`` holding a profile URL gives no name; the next source does."""
        head = (
            '<meta property="article:author" content="https://social.example.com/ina">'
            '<meta name="parsely-author" content="Ina Vogt">'
        )
        assert ["Ina Vogt"] == names(read_metadata(page(head)))

    def test_cxense_author_beats_an_organisation(self) -> None:
        """A Cxense ``cXenseParse:author`` meta names the person, who wins over the publisher
        that JSON-LD gives as the author (names in Japanese as in Latin letters)."""
        head = (
            '<meta name="cXenseParse:author" content="松岡大地">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "T",'
            ' "author": {"@type": "Organization", "name": "毎日新聞"}}</script>'
        )
        assert ["松岡大地"] == names(read_metadata(page(head)))

    def test_meta_author_with_label_and_two_names(self) -> None:
        """``<meta name=author>`` with "By A and B" gives both names."""
        head = '<meta name="author" content="By Ann Lee and Bo Kim">'
        assert ["Ann Lee", "Bo Kim"] == names(read_metadata(page(head)))

    def test_twitter_and_dublin_core(self) -> None:
        """Twitter cards and Dublin Core fill in when Open Graph is absent."""
        head = (
            '<meta name="twitter:title" content="Owls return">'
            '<meta name="twitter:image" content="https://img.example.org/owl.jpg">'
            '<meta name="dc.date" content="2021-11-05">'
            '<meta name="keywords" content="owls, birds">'
        )
        metadata = read_metadata(page(head))
        assert (
            "Owls return",
            datetime.datetime(2021, 11, 5, tzinfo=UTC),
            ("owls", "birds"),
            "https://img.example.org/owl.jpg",
        ) == (
            metadata.headline,
            metadata.published,
            metadata.keywords,
            metadata.media[0].url,
        )

    def test_relative_image_resolved(self) -> None:
        """A relative og:image is resolved against the canonical address."""
        head = (
            '<link rel="canonical" href="https://example.org/news/owls">'
            '<meta property="og:image" content="/img/owl.jpg">'
        )
        assert (Media(url="https://example.org/img/owl.jpg"),) == read_metadata(page(head)).media

    def test_job_title_is_not_an_author(self) -> None:
        """ "Ann Lee, Senior Political Correspondent" names one author."""
        head = '<meta name="author" content="Ann Lee, Senior Political Correspondent">'
        assert ["Ann Lee"] == names(read_metadata(page(head)))

    def test_live_blog_coverage_start(self) -> None:
        """A live blog without datePublished takes its coverage start time."""
        data = {"@type": "LiveBlogPosting", "coverageStartTime": "2022-02-18T06:00:00Z"}
        expected = datetime.datetime(2022, 2, 18, 6, tzinfo=UTC)
        assert expected == read_metadata(page(jsonld(data))).published

    def test_language_from_html(self) -> None:
        """``<html lang>`` gives the language."""
        assert "pt-BR" == read_metadata(page(lang="pt-BR")).language

    def test_charset_as_language_ignored(self) -> None:
        """A charset written where the language should be is no language."""
        head = '<meta http-equiv="Content-Language" content="utf-8">'
        assert None is read_metadata(page(head)).language

    def test_garbage_language_ignored(self) -> None:
        """A language value that is not a tag is ignored."""
        assert None is read_metadata(page(lang="!!! not a language")).language


class TestMarkup:
    def test_microdata(self) -> None:
        """Microdata headline, author name and datePublished."""
        body = (
            '<article itemscope itemtype="https://schema.org/NewsArticle">'
            '<h2 itemprop="headline">Bees in the city</h2>'
            '<span itemprop="author" itemscope><span itemprop="name">Lu Chen</span></span>'
            '<meta itemprop="datePublished" content="2020-05-20T10:00:00+08:00">'
            "</article>"
        )
        metadata = read_metadata(page(body=body))
        tz = datetime.timezone(datetime.timedelta(hours=8))
        assert (
            "Bees in the city",
            ["Lu Chen"],
            datetime.datetime(2020, 5, 20, 10, tzinfo=tz),
        ) == (metadata.headline, names(metadata), metadata.published)

    def test_hnews(self) -> None:
        """hNews classes: entry-title and a published abbr."""
        body = (
            '<div class="hentry"><h2 class="entry-title">Night market</h2>'
            '<abbr class="published" title="2019-07-04T20:00:00Z">July 4</abbr></div>'
        )
        metadata = read_metadata(page(body=body))
        assert ("Night market", datetime.datetime(2019, 7, 4, 20, tzinfo=UTC)) == (
            metadata.headline,
            metadata.published,
        )

    def test_hnews_list_of_entries_names_no_headline(self) -> None:
        """Several hNews entry titles that are no <h1> are a list of entries (a portal's photo
        feed, an archive): none of them is the page's headline, which the page's own title
        gives. An entry title in an <h1> still is the headline, whatever list follows it."""
        feed = "".join(
            f'<div class="hentry"><h3 class="entry-title">Photo {n} of the week</h3></div>'
            for n in range(3)
        )
        portal = read_metadata(page(head="<title>City services</title>", body=feed))
        assert "City services" == portal.headline
        post = read_metadata(
            page(
                head="<title>Ferries stop | Courier</title>",
                body=f'<h1 class="entry-title">Ferries stop for the winter</h1>{feed}',
            )
        )
        assert "Ferries stop for the winter" == post.headline

    def test_time_element_in_article(self) -> None:
        """A ``<time datetime>`` in the article gives the date, before one in the footer."""
        body = (
            '<footer><time datetime="2001-01-01">old</time></footer>'
            '<article><time datetime="2018-02-03T04:05:06+0200">today</time></article>'
        )
        tz = datetime.timezone(datetime.timedelta(hours=2))
        expected = datetime.datetime(2018, 2, 3, 4, 5, 6, tzinfo=tz)
        assert expected == read_metadata(page(body=body)).published

    def test_canonical_link(self) -> None:
        """``<link rel=canonical>`` gives the URL, before og:url."""
        head = (
            '<meta property="og:url" content="https://example.org/amp/x">'
            '<link rel="canonical" href="https://example.org/x">'
        )
        assert "https://example.org/x" == read_metadata(page(head)).url

    def test_labelled_visible_byline(self) -> None:
        """A byline element saying "By ..." gives the names when the metadata has none."""
        body = '<div class="byline">By Ann Lee and Bo Kim | 3 hours ago</div>'
        assert ["Ann Lee", "Bo Kim"] == names(read_metadata(page(body=body)))

    @pytest.mark.parametrize(
        ("markup", "expected"),
        [
            ('<p class="m">Article by <a href="/p/9">Ann Lee</a></p>', ["Ann Lee"]),
            ('<p class="m">Blog Beitrag von Ina Vogt</p>', ["Ina Vogt"]),
            ('<dl><dd class="m">Escrito por Ana Ruiz</dd></dl>', ["Ana Ruiz"]),
            ('<p class="m">Posted by Bo Kim and Ann Lee - Chrome team</p>', ["Bo Kim", "Ann Lee"]),
            ('<p class="m">Designed by Studio North</p>', []),
            ('<blockquote><p>Posted by <a href="/x">City Hall</a> on Monday</p></blockquote>', []),
        ],
    )  # fmt: skip
    def test_line_saying_who_wrote_the_post(self, markup: str, expected: list[str]) -> None:
        """A short line that says who wrote the post after a word or two of its own ("Article
        by", "Blog Beitrag von", "Escrito por", in a definition list too) names the authors
        when the metadata names nobody; other words before "by" ("Designed by") and a line
        inside a block quote (an embedded post's) name nobody."""
        body = f"<h1>Court rules</h1>{markup}<p>The court ruled on Monday.</p>"
        assert expected == names(read_metadata(page("", body)))

    @pytest.mark.parametrize(
        "line",
        [
            "<cite>By <span>Ann Lee and Bo Kim - Courier Staff Writers</span> | Courier</cite>",
            "<h4>by <span>Ann Lee</span> and Bo Kim, February 28, 2010</h4>",
            "<h6>By Ann Lee and Bo Kim</h6>",
        ],
    )
    def test_labelled_line_in_a_cite_or_a_low_heading(self, line: str) -> None:
        """A byline printed in a ``<cite>`` or in a low heading (``<h3>`` to ``<h6>``) under
        the headline is a labelled line like one in a ``<p>`` (issue 11)."""
        body = f"<h1>Storm</h1>{line}<p>The storm hit the coast on Monday.</p>"
        assert ["Ann Lee", "Bo Kim"] == names(read_metadata(page(body=body)))

    def test_heading_starting_like_a_byline_names_nobody(self) -> None:
        """A low heading that only starts like a byline ("By the numbers") names nobody."""
        body = "<h1>Storm</h1><h3>By the numbers</h3><p>The storm hit the coast on Monday.</p>"
        assert [] == names(read_metadata(page(body=body)))

    def test_labelled_line_without_byline_class(self) -> None:
        """A short line starting with a byline label, whatever its class, names the author
        when the metadata names only the site (issue 11)."""
        head = '<meta name="author" content="HBT"><meta property="og:site_name" content="HBT">'
        body = '<h1>Court rules</h1><p class="meta">von <a href="/team/ina">Dr. Ina Vogt</a></p>'
        assert ["Dr. Ina Vogt"] == names(read_metadata(page(head, body)))

    @pytest.mark.parametrize(
        "line",
        [
            '<span class="icon"></span>By Ann Lee',  # the label is the first text, after an icon
            "\n   By   Ann Lee",  # spaces before and inside
            "<b>By Ann Lee</b>",
        ],
    )
    def test_labelled_line_first_text(self, line: str) -> None:
        """The label is looked for in the element's first text, wherever it starts."""
        assert ["Ann Lee"] == names(read_metadata(page(body=f"<h1>Storm</h1><p>{line}</p>")))

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("<span>Article by</span><br><span>Ann Lee</span>", ["Ann Lee"]),
            ("<span>By</span> <span>Ann Lee</span><span>Courier Staff</span>", ["Ann Lee"]),
            ('<b>Von:</b> <a href="/p/ina">Ina Vogt</a>', ["Ina Vogt"]),
            ("Filed today <span>by</span> Ann Lee", []),  # the parent opens with other words
        ],
    )
    def test_label_alone_in_its_element(self, line: str, expected: list[str]) -> None:
        """A byline label alone in its element is read with the rest of its parent: the name
        on the next line or in the next element (issue 11)."""
        body = f"<h1>Storm</h1><div>{line}</div><p>The storm hit the coast on Monday.</p>"
        assert expected == names(read_metadata(page(body=body)))

    def test_label_alone_keeps_the_title_apart(self) -> None:
        """The lines after the name are parted by commas, so the job title under the name
        stays out of it."""
        body = "<h1>Storm</h1><div><span>By</span><div>Ann Lee</div><div>Staff Writer</div></div>"
        assert ["Ann Lee"] == names(read_metadata(page(body=body)))

    def test_labelled_line_label_not_first(self) -> None:
        """Words before the label that do not say a post was written ("Photos by Ann Lee", a
        photo credit) make no labelled line ("Story by Ann Lee" does: see
        test_line_saying_who_wrote_the_post)."""
        body = "<h1>Storm</h1><p>Photos by Ann Lee</p>"
        assert [] == names(read_metadata(page(body=body)))

    def test_labelled_line_first_name_only(self) -> None:
        """A labelled line that goes on with sections and a date gives the name before the
        first comma (issue 11)."""
        body = '<p class="small">By HBT, in <a href="/n">News</a>, <a href="/w">World</a></p>'
        assert ["HBT"] == names(read_metadata(page(body=body)))

    @pytest.mark.parametrize(
        "line",
        [
            "Von Mob mit Macheten ermordet: fünf Tote",
            "By the numbers:",
            "By Staff Writer",
            "Von der Leyen warnt",
        ],
    )
    def test_labelled_line_that_is_no_byline(self, line: str) -> None:
        """A line that only starts like a byline (a sentence, a lead-in, a role) names nobody
        (issue 11)."""
        assert [] == names(read_metadata(page(body=f"<h1>Storm</h1><p>{line}</p>")))

    def test_labelled_line_after_the_headline_comes_first(self) -> None:
        """A line above the page's headline that only starts like a byline (a teaser's kicker
        in plain boxes: "Von Iron Man zu Doctor Doom") loses to the byline under the
        headline."""
        teaser = (
            "<div><div><span>Von Iron Man zu Doctor Doom</span><span>Ein neuer Schurke im "
            "Kino</span></div></div>"
        )
        body = f"{teaser}<h1>Sturm</h1><div><span>Von Ina Vogt, Lille</span></div>"
        assert ["Ina Vogt"] == names(read_metadata(page(body=body)))

    def test_labelled_line_above_the_headline_still_read(self) -> None:
        """With no labelled line under the headline, one above it is read (a byline set
        above the title)."""
        body = "<div><span>Von Ina Vogt</span></div><h1>Sturm</h1><p>Der Sturm kam am Montag.</p>"
        assert ["Ina Vogt"] == names(read_metadata(page(body=body)))

    def test_labelled_line_in_comments_ignored(self) -> None:
        """A labelled line in the readers' comments is not the article's byline (issue 11)."""
        body = '<div class="comments"><p>By Ann Lee</p></div>'
        assert [] == names(read_metadata(page(body=body)))

    def test_class_saying_the_page_takes_comments(self) -> None:
        """A class on the article's wrapper that says the page takes comments
        ("comments-enabled") names no comment section: the byline under it counts."""
        body = (
            '<div class="comments-enabled story"><h1>Storm</h1><p>By Ann Lee</p>'
            "<p>The storm hit the coast on Monday.</p></div>"
        )
        assert ["Ann Lee"] == names(read_metadata(page(body=body)))

    @pytest.mark.parametrize(
        ("author", "expected"),
        [
            (
                '<span><a href="/authors/ann-lee">Ann Lee</a></span> <span>Senior editor</span>',
                ["Ann Lee"],
            ),
            ("<span>eseppelt</span>", ["eseppelt"]),  # a user name in lower case
        ],
    )
    def test_job_title_glued_to_a_shown_name(self, author: str, expected: list[str]) -> None:
        """An author element whose name runs into a job title in lower case ("Ann Lee Senior
        editor") gives no name of its own; the link to the author's page does."""
        body = f'<h1>Storm</h1><div class="author">{author}</div><p>The storm hit.</p>'
        assert expected == names(read_metadata(page(body=body)))

    @pytest.mark.parametrize(
        "title",
        [
            '<span class="blogtitle">Senior Harbour Correspondent</span>',
            '<span class="author-role">Senior Harbour Correspondent</span>',
            '<span itemprop="jobTitle">Senior Harbour Correspondent</span>',
        ],
    )
    def test_job_title_marked_in_the_byline(self, title: str) -> None:
        """An element of the author's element marked as the job title, by its class or its
        microdata, is the title, not part of the name, though only a space parts them."""
        body = (
            '<h1>Storm</h1><p class="author vcard"><a href="/team/ann-lee"><b class="fn">Ann'
            f" Lee</b></a>\n{title}</p><p>The storm hit the coast.</p>"
        )
        metadata = read_metadata(page(body=body))
        expected = [("Ann Lee", "Senior Harbour Correspondent")]
        assert expected == [(person.name, person.title) for person in metadata.bylines]

    def test_labelled_line_after_metadata_person(self) -> None:
        """A person in the metadata beats a labelled line elsewhere on the page (issue 11)."""
        data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Bo Kim"}}
        body = "<p>By Ann Lee</p>"
        assert ["Bo Kim"] == names(read_metadata(page(jsonld(data), body)))


class TestKicker:
    def test_kicker_inside_h1(self) -> None:
        """A kicker element inside the h1 is the kicker, not part of the headline."""
        body = (
            '<h1><span class="article-title__overline">Budget</span>'
            '<span aria-hidden="true"> - </span><span>Tax office hires 500</span></h1>'
        )
        metadata = read_metadata(page(body=body))
        assert ("Tax office hires 500", "Budget") == (metadata.headline, metadata.kicker)

    @pytest.mark.parametrize("separator", [" - ", ": ", " | ", " – "])  # noqa: RUF001
    def test_kicker_set_apart_by_a_separator(self, separator: str) -> None:
        """A kicker in its own element, then a separator in its own element, opening the h1
        is the kicker whatever the classes say (issue 11)."""
        body = (
            '<h1><span class="k3">Budget</span>'
            f'<span class="k4">{separator}</span> <span class="k5">Tax office hires 500</span></h1>'
        )
        metadata = read_metadata(page(body=body))
        assert ("Tax office hires 500", "Budget") == (metadata.headline, metadata.kicker)

    @pytest.mark.parametrize(
        "inner",
        [
            "Tax office <b>hires</b> - <span>500</span> <span>more</span>",  # text before
            "<span>The tax office of the capital city now</span><span> - </span><span>hires</span>",
            "<span>Budget</span><span> - and more</span><span>Tax office hires 500</span>",
        ],
    )
    def test_no_kicker_set_apart(self, inner: str) -> None:
        """Text before the first element, a first element of more than six words, or a
        second element with more than a separator make no kicker."""
        metadata = read_metadata(page(body=f"<h1>{inner}</h1>"))
        assert metadata.kicker is None

    @pytest.mark.parametrize(
        "name",
        ["antetitulo", "surtitre", "occhiello", "chapeu", "vignette", "bovenkop", "stikktittel"],
    )
    def test_kicker_named_in_other_languages(self, name: str) -> None:
        """The kicker's class name in Spanish, French, Italian or Portuguese."""
        body = f'<header><p class="noticia-{name}">Vivienda</p><h1>Ley aprobada hoy</h1></header>'
        metadata = read_metadata(page(body=body))
        assert ("Ley aprobada hoy", "Vivienda") == (metadata.headline, metadata.kicker)

    def test_kicker_before_h1(self) -> None:
        """A kicker element just before the h1 is the kicker."""
        body = '<header><p class="kicker">Weather</p><h1>Snow in April</h1></header>'
        metadata = read_metadata(page(body=body))
        assert ("Snow in April", "Weather") == (metadata.headline, metadata.kicker)

    def test_kicker_cut_from_title_forms(self) -> None:
        """Title forms that start with the kicker and a separator lose it (issue 11)."""
        head = '<meta property="og:title" content="Budget: Tax office hires 500">'
        head += "<title>Budget: Tax office hires 500</title>"
        body = '<h1><span class="kicker">Budget</span> Tax office hires 500</h1>'
        metadata = read_metadata(page(head, body))
        assert ("Tax office hires 500", "Budget") == (metadata.headline, metadata.kicker)

    def test_kicker_in_title_heading_below_h1(self) -> None:
        """Where the h1 sits in the navigation, the h2 holding a kicker element and a title
        form gives the kicker, which is cut from the other forms (issue 11)."""
        head = '<meta property="og:title" content="Tram line opens">'
        head += jsonld({"@type": "NewsArticle", "headline": "Transport: Tram line opens"})
        body = (
            "<nav><a href='/'>Home</a><h1>Transport: Tram line opens</h1></nav>"
            '<h2><span class="story__kicker">Transport</span>'
            '<span class="story__title">Tram line opens</span></h2>'
        )
        metadata = read_metadata(page(head, body))
        assert ("Tram line opens", "Transport") == (metadata.headline, metadata.kicker)

    def test_other_kicker_in_title_forms_gives_h1(self) -> None:
        """Where the h1 marks up its kicker, title forms that put another kicker before the
        h1's text ("Storm season: ...", no space before the colon) count for the h1 (issue
        11)."""
        head = '<meta property="og:title" content="Storm season: Snow in April">'
        head += '<meta name="twitter:title" content="Storm season: Snow in April">'
        body = '<h1><span class="overline">Weather</span> <span>Snow in April</span></h1>'
        metadata = read_metadata(page(head, body))
        assert ("Snow in April", "Weather") == (metadata.headline, metadata.kicker)

    def test_other_kicker_without_a_marked_kicker_keeps_the_vote(self) -> None:
        """Without a kicker marked up in the h1, two forms agreeing on a longer title win."""
        head = '<meta property="og:title" content="Storm season: Snow in April">'
        head += '<meta name="twitter:title" content="Storm season: Snow in April">'
        body = "<h1>Snow in April</h1>"
        metadata = read_metadata(page(head, body))
        assert "Storm season: Snow in April" == metadata.headline

    def test_kicker_of_a_teaser_heading_ignored(self) -> None:
        """An h2 with a kicker whose text is no title form (a teaser) gives no kicker (issue
        11)."""
        head = '<meta property="og:title" content="Tram line opens">'
        body = "<h2><span class='teaser-kicker'>Weather</span><span>Snow in April</span></h2>"
        metadata = read_metadata(page(head, body))
        assert ("Tram line opens", None) == (metadata.headline, metadata.kicker)


class TestReconciliation:
    def test_visible_byline_beats_organisation(self) -> None:
        """A name in the page's author element beats an organisation in JSON-LD."""
        data = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Bay News"}}
        body = '<a rel="author" href="/ann">Ann Lee</a>'
        assert ["Ann Lee"] == names(read_metadata(page(jsonld(data), body)))

    def test_caller_bylines_win(self) -> None:
        """``visible_bylines`` from the caller beat every other source."""
        data = {"@type": "NewsArticle", "author": "Zed Roe"}
        visible = (Person(name="Ann Lee", role="author"),)
        assert visible == read_metadata(page(jsonld(data)), visible_bylines=visible).bylines

    @pytest.mark.parametrize(
        ("line", "title"),
        [
            ("Iain Fraser, Business Editor", "Business Editor"),
            ("By Iain Fraser | Education reporter", "Education reporter"),
            ("Iain Fraser, Reuters", None),
            ("Iain Fraser, 14 August 2025", None),
        ],
    )
    def test_title_printed_after_the_name(self, line: str, title: str | None) -> None:
        """A visible byline line that prints a job title after the metadata's author gives
        the author's title; an organisation or a date after the name is no title."""
        head = '<meta name="author" content="Iain Fraser">'
        body = f'<p class="byline">{line}</p>'
        found = read_metadata(page(head, body)).bylines
        assert [("Iain Fraser", title)] == [(person.name, person.title) for person in found]

    @pytest.mark.parametrize(
        ("markup", "found"),
        [
            ("<a href='/a'>Iain Fraser</a><span>Business Editor</span>",
             ("Iain Fraser", "Business Editor")),
            ("<span>By</span><a href='/a'>Iain Fraser</a>", ("Iain Fraser", None)),
            ("<span>Text:</span><a href='/a'>Iain Fraser</a>", ("Iain Fraser", None)),
        ],
    )  # fmt: skip
    def test_name_and_title_in_touching_elements(
        self, markup: str, found: tuple[str, str | None]
    ) -> None:
        """A byline's name and job title in two elements with no space between them (the
        page sets them apart) are a name and a title, not one name; a label touching the
        name is still its label."""
        head = '<meta name="author" content="Iain Fraser">'
        bylines = read_metadata(page(head, f'<div class="byline">{markup}</div>')).bylines
        assert [found] == [(person.name, person.title) for person in bylines]

    @pytest.mark.parametrize(
        ("markup", "names"),
        [
            ("<span><a href='/a/1'>Ann Lee</a></span> <span><a href='/a/2'>Bo Kim</a></span>",
             ["Ann Lee", "Bo Kim"]),
            ("<a href='/a/1'>Ann Lee</a> <a href='/a/2'>Bo Kim</a>", ["Ann Lee", "Bo Kim"]),
            ("<a href='/a/1'><img src='ann.jpg'></a> <a href='/a/1'>Ann Lee</a>", ["Ann Lee"]),
        ],
    )  # fmt: skip
    def test_names_in_links_side_by_side(self, markup: str, names: list[str]) -> None:
        """A byline element that links each name, with only a space between the links (the
        page's style prints the comma), gives each name, not one name of four words."""
        bylines = read_metadata(page("", f'<p class="byline">{markup}</p>')).bylines
        assert names == [person.name for person in bylines]

    @pytest.mark.parametrize(
        ("line", "organization"),
        [
            ("Iain Fraser, Associated Press", "Associated Press"),
            ("By Iain Fraser | Reuters", "Reuters"),
            ("Iain Fraser, CNN", "CNN"),
            ("Iain Fraser, Special to the Courier Press", "the Courier Press"),
            ("Iain Fraser, Paris", None),
            ("Iain Fraser, Business Editor", None),
            ("Iain Fraser, Ann Lee and Tom Hale, Courier Press", None),
        ],
    )
    def test_organisation_printed_after_the_name(self, line: str, organization: str | None) -> None:
        """A visible byline line that prints an organisation after the metadata's author (a
        name ending in an organisation word, an agency, an acronym) gives the author's
        organisation; a place, a job title or more names after it give none."""
        head = '<meta name="author" content="Iain Fraser">'
        body = f'<p class="byline">{line}</p>'
        found = read_metadata(page(head, body)).bylines
        assert [("Iain Fraser", organization)] == [
            (person.name, person.organization) for person in found
        ]

    def test_page_shows_coauthors(self) -> None:
        """Author elements showing the metadata's author and one more give both."""
        data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Bo Kim"}}
        body = (
            '<div class="bylines"><a class="byline" href="/ann">Ann Lee</a>'
            '<a class="byline" href="/bo">Bo Kim</a></div>'
        )
        assert ["Ann Lee", "Bo Kim"] == names(read_metadata(page(jsonld(data), body)))

    def test_one_word_beside_the_author_is_no_coauthor(self) -> None:
        """A single word shown in an author element beside the metadata's author (the desk's
        city after an agency) is not a coauthor."""
        data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Reuters"}}
        body = '<p><span class="author">Reuters</span>, <span class="author">Washington</span></p>'
        assert ["Reuters"] == names(read_metadata(page(jsonld(data), body)))

    @pytest.mark.parametrize(
        "box", ["comments", "kommentare", "commentaires", "comment-list", "article__reactions"]
    )
    def test_commenters_are_not_bylines(self, box: str) -> None:
        """The names of readers in the comments, marked as authors, are never bylines."""
        data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Priya Raman"}}
        body = (
            '<div class="byline">By <span class="author">Priya Raman</span></div>'
            f'<section id="{box}"><div><span class="author">gridwatcher</span></div>'
            '<div><span class="author">Sunny Days</span></div></section>'
        )
        assert ["Priya Raman"] == names(read_metadata(page(jsonld(data), body)))

    def test_authors_of_related_articles_are_not_bylines(self) -> None:
        """Author names in a list of other articles are not the article's coauthors."""
        data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Bo Kim"}}
        body = (
            '<span class="author">Bo Kim</span><ul class="related-stories">'
            '<li><span class="author">Cy Park</span></li></ul>'
        )
        assert ["Bo Kim"] == names(read_metadata(page(jsonld(data), body)))

    def test_teasers_bylines_in_plain_boxes_are_not_coauthors(self) -> None:
        """Author links of teasers further down the page, in boxes that no name or tag marks
        as other articles, are not coauthors: only author elements that stand in one byline
        with the first that names someone are."""
        data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Bo Kim"}}
        story = "<p>The council met on Monday to talk about the harbour, and agreed on a plan.</p>"
        teaser = (
            "<div class='k4'><div class='k5'><a href='/s{n}'>Another story number {n} of the "
            "site</a></div><div class='k6'>Von <a rel='author' href='/a/{n}'>{name}</a></div>"
            "</div>"
        )
        body = (
            "<div class='k1'><h1>Harbour plan</h1><div class='k2'>Von <a rel='author' "
            "href='/a/ann'>Ann Lee</a> und <a rel='author' href='/a/bo'>Bo Kim</a></div>"
            f"<div class='k3'>{story * 8}</div></div>"
            + teaser.format(n=1, name="Cy Park")
            + teaser.format(n=2, name="Dee Ray")
        )
        assert ["Ann Lee", "Bo Kim"] == names(read_metadata(page(jsonld(data), body)))

    def test_photographers_in_captions_are_not_bylines(self) -> None:
        """A name marked as the author of a picture, in its caption, is not a coauthor."""
        data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Bo Kim"}}
        caption = '<figure><figcaption><span class="media-author">{}</span></figcaption></figure>'
        body = '<span class="author">Bo Kim</span>' + caption.format("Ann Lee")
        assert ["Bo Kim"] == names(
            read_metadata(page(jsonld(data), body + caption.format("Cy Park")))
        )

    @pytest.mark.parametrize(
        "credit",
        [
            '<div class="credito"><strong>Foto:</strong> <p class="autor">Ann Lee</p></div>',
            '<div class="x1">Photo: <span class="author">Ann Lee</span></div>',
        ],
    )
    def test_name_after_a_picture_s_credit_label_is_no_byline(self, credit: str) -> None:
        """An author element right after a picture's credit label ("Foto:"), outside any
        figure, names the photographer: the story's author is the one its byline names."""
        body = f'<img src="a.jpg">{credit}<h1>Ferries stop</h1><p class="autor">Bo Kim</p>'
        assert ["Bo Kim"] == names(read_metadata(page(body=body)))

    def test_metadata_author_keeps_its_job_title(self) -> None:
        """The JSON-LD author wins over a stray visible author name and keeps its job title."""
        author = {"@type": "Person", "name": "Priya Raman", "jobTitle": "Energy correspondent"}
        data = {"@type": "NewsArticle", "author": [author]}
        body = '<div class="sidebar"><span class="author">Zed Roe</span></div>'
        expected = (Person(name="Priya Raman", title="Energy correspondent", role="author"),)
        assert expected == read_metadata(page(jsonld(data), body)).bylines

    def test_unrelated_author_list_ignored(self) -> None:
        """A long list of other authors on the page does not replace the metadata's author."""
        data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Bo Kim"}}
        others = "".join(
            f'<a class="author" href="/{n}">{n}</a>'
            for n in ("Ann Lee", "Bo Kim", "Cy Park", "Di Ross", "Ed Wu", "Flo Hart")
        )
        assert ["Bo Kim"] == names(read_metadata(page(jsonld(data), others)))

    def test_widget_text_is_not_a_byline(self) -> None:
        """Buttons and widgets about authors ("Folgen") do not beat the organisation."""
        data = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Bay News"}}
        body = (
            '<button class="followAuthorBtn">Folgen</button>'
            '<a class="followAuthorBtn" href="#">Themen bearbeiten</a>'
        )
        assert ["Bay News"] == names(read_metadata(page(jsonld(data), body)))

    def test_caller_junk_bylines_ignored(self) -> None:
        """A caller's byline that is not a name gives way to the page's metadata."""
        data = {"@type": "NewsArticle", "author": "Zed Roe"}
        visible = (Person(name="Share on Twitter", role="author"),)
        assert ["Zed Roe"] == names(read_metadata(page(jsonld(data)), visible_bylines=visible))

    def test_author_reference_resolved(self) -> None:
        """An author given as an ``@id`` reference is resolved within the @graph."""
        data = {
            "@graph": [
                {"@type": "Person", "@id": "#ann", "name": "Ann Lee"},
                {"@type": "NewsArticle", "headline": "Kites", "author": {"@id": "#ann"}},
            ]
        }
        assert ["Ann Lee"] == names(read_metadata(page(jsonld(data))))

    def test_rights_and_id(self) -> None:
        """The copyright holder and year give the rights line; identifier the id."""
        data = {
            "@type": "NewsArticle",
            "identifier": {"@type": "PropertyValue", "value": "story-481"},
            "copyrightHolder": {"@type": "Organization", "name": "Bay News"},
            "copyrightYear": 2022,
        }
        metadata = read_metadata(page(jsonld(data)))
        assert ("story-481", "© 2022 Bay News") == (metadata.id, metadata.rights)

    def test_person_named_like_domain_is_organisation(self) -> None:
        """A "person" named like the canonical URL's domain is the site."""
        head = (
            '<link rel="canonical" href="https://www.baynews.example/kites">'
            '<meta name="author" content="BayNews">'
        )
        body = '<span class="author-name">Ann Lee</span>'
        assert ["Ann Lee"] == names(read_metadata(page(head, body)))

    @pytest.mark.parametrize(
        ("values", "expected"),
        [
            (["Harm, Robert"], ["Robert Harm"]),
            (["Kooman, F.", "Jong, Michiel de"], ["F. Kooman", "Michiel de Jong"]),
            (["Ann Lee, Bo Kim"], ["Ann Lee", "Bo Kim"]),
            (["Lee, Reuters"], ["Lee", "Reuters"]),
        ],
        ids=["given name", "initial and particle", "two full names", "an agency after"],
    )
    def test_metadata_author_written_surname_first(
        self, values: list[str], expected: list[str]
    ) -> None:
        """A metadata author written surname first, as Dublin Core and library catalogues
        write it ("Harm, Robert"), is one name in reading order; two full names or a name
        and an agency after a comma are not."""
        head = "".join(f'<meta name="DC.Creator" content="{value}">' for value in values)
        assert expected == names(read_metadata(page(head, "<h1>Tram line opens</h1>")))

    @pytest.mark.parametrize("key", ["dc.creator", "author"])
    def test_site_name_with_an_ampersand_is_one_organisation(self, key: str) -> None:
        """A metadata author that is the site's name written with "&" ("Mac & i") is the
        site, one organisation, not two persons "Mac" and "i"; the same value naming two
        people ("Ann Lee & Bo Kim") stays two names."""
        site = '<meta property="og:site_name" content="Mac &amp; i">'
        head = f'{site}<meta name="{key}" content="Mac &amp; i">'
        assert ["Mac & i"] == names(read_metadata(page(head, "<h1>Tram line opens</h1>")))
        head = f'{site}<meta name="{key}" content="Ann Lee &amp; Bo Kim">'
        assert ["Ann Lee", "Bo Kim"] == names(read_metadata(page(head, "<h1>Tram</h1>")))

    @pytest.mark.parametrize(
        ("byline", "expected"),
        [
            ("APA", ["City Courier"]),
            ("red/Agenturen", ["City Courier"]),
            ("amw", ["City Courier"]),
            ("Ina Vogt", ["Ina Vogt"]),
        ],
    )
    def test_site_as_author_beats_a_credit_naming_no_person(
        self, byline: str, expected: list[str]
    ) -> None:
        """When the metadata names only the site as author, a visible credit of single words
        (an agency, initials, "red" for the newsroom) names no person and does not replace
        it; a visible person's name does."""
        data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "City Courier"}}
        head = jsonld(data) + '<meta property="og:site_name" content="City Courier">'
        body = f'<h1>Tram line opens</h1><div class="byline">{byline}</div>'
        assert expected == names(read_metadata(page(head, body)))

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("Ada Berg, Ola Dahl, and Per Lund", ["Ada Berg", "Ola Dahl", "Per Lund"]),
            ("Ada Berg, Ola Dahl, and Per Lund, Courier", ["Ada Berg", "Ola Dahl", "Per Lund"]),
            ("Ada Berg, Ola Dahl, & Per Lund", ["Ada Berg", "Ola Dahl", "Per Lund"]),
            ("Ada Berg; Ola Dahl, and Per Lund", ["Ada Berg", "Ola Dahl", "Per Lund"]),
        ],
    )
    def test_serial_comma(self, value: str, expected: list[str]) -> None:
        """An "and" after a serial comma opens the last name; it is no part of it."""
        assert expected == author_names(value)

    @pytest.mark.parametrize(
        "value", ['Ada "Lucky" Berg', "Ada “Lucky” Berg", 'Ada "Lucky Star" Berg']
    )
    def test_nickname_in_quotation_marks(self, value: str) -> None:
        """A nickname in quotation marks between the first name and the surname is part of
        the name; a quotation mark elsewhere is not."""
        assert [value] == author_names(value)
        assert is_name(value)

    @pytest.mark.parametrize("value", ['"Ada Berg"', 'Ada "Berg', 'She said "no" today'])
    def test_quotation_marks_not_around_a_nickname(self, value: str) -> None:
        """Quotation marks around the whole, unpaired or in a sentence make no name."""
        assert not is_name(value)

    @pytest.mark.parametrize("label", ["Written by", "Verfasst von", "Escrito por", "Écrit par"])
    def test_twitter_card_author(self, label: str) -> None:
        """A blog system's Twitter card field labelled as the author's names the author when
        nothing else does; other labelled fields (a reading time) name no one."""
        head = (
            '<meta name="twitter:label1" content="Est. reading time">'
            '<meta name="twitter:data1" content="4 minutes">'
            f'<meta name="twitter:label2" content="{label}">'
            '<meta name="twitter:data2" content="Ada Berg">'
        )
        assert ["Ada Berg"] == names(read_metadata(page(head)))

    @pytest.mark.parametrize(
        ("head", "expected"),
        [
            (
                '<meta name="author" content="Ola Dahl">'
                '<meta name="twitter:label1" content="Written by">'
                '<meta name="twitter:data1" content="Ada Berg">',
                ["Ola Dahl"],
            ),
            (
                '<meta name="twitter:label1" content="Est. reading time">'
                '<meta name="twitter:data1" content="Ada Berg">',
                [],
            ),
        ],
        ids=["meta-author-first", "no-author-label"],
    )
    def test_twitter_card_field_not_taken(self, head: str, expected: list[str]) -> None:
        """The card's field is the last of the metadata's author sources, and a field with
        another label (a reading time) names no one."""
        assert expected == names(read_metadata(page(head)))

    def test_person_named_like_site_is_organisation(self) -> None:
        """A JSON-LD "Person" named like the site gives way to a real name."""
        data = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "City Courier"}}
        head = jsonld(data) + '<meta property="og:site_name" content="City Courier">'
        head += '<meta name="author" content="Ina Vogt">'
        assert ["Ina Vogt"] == names(read_metadata(page(head)))

    @pytest.mark.parametrize(
        ("title", "og_title"),
        [
            ("Tram line opens | City Courier", "Tram line opens"),
            ("City Courier - Tram line opens", "Tram line opens"),
            ("Tram line opens – City Courier", None),  # noqa: RUF001 (a real dash)
            ("Tram line opens -- City Courier", None),
        ],
    )
    def test_headline_without_site_name(self, title: str, og_title: str | None) -> None:
        """The site's name is cut from the title, before or after the headline."""
        head = f"<title>{title}</title>" + '<meta property="og:site_name" content="City Courier">'
        if og_title:
            head += f'<meta property="og:title" content="{og_title}">'
        assert "Tram line opens" == read_metadata(page(head)).headline

    @pytest.mark.parametrize(
        "title",
        [
            "Tram line opens » Local » News » City Courier",
            "Tram line opens | Opinion | City Courier",
        ],
    )
    def test_headline_without_sections_and_site(self, title: str) -> None:
        """Two title forms with the site's sections and name after the headline ("» Local »
        News » City Courier") give way to a third that is the headline alone: each is that
        form plus parts a separator cuts off."""
        head = (
            f"<title>{title}</title><meta name='title' content='{title}'>"
            "<meta name='twitter:title' content='Tram line opens'>"
        )
        assert "Tram line opens" == read_metadata(page(head)).headline

    def test_slug_is_no_headline(self) -> None:
        """An og:title that is the address's slug loses to the visible title."""
        head = '<meta property="og:title" content="club-test-autumn-2018-results">'
        body = "<h1>Eleven child seats pass the test</h1>"
        assert "Eleven child seats pass the test" == read_metadata(page(head, body)).headline

    def test_headline_without_domain_name(self) -> None:
        """A title part naming the canonical address's domain (example.co.uk) is cut."""
        head = (
            "<title>Storm hits the coast - Seaview Online</title>"
            '<link rel="canonical" href="https://www.seaview.co.uk/news/storm">'
        )
        assert "Storm hits the coast" == read_metadata(page(head)).headline

    def test_repeated_suffix_is_cut(self) -> None:
        """A part that title forms add to the h1, though no site name is declared, is cut."""
        head = (
            "<title>Snow in April - Valley Voice</title>"
            '<meta property="og:title" content="Snow in April - Valley Voice">'
        )
        body = "<h1>Snow in April</h1>"
        assert "Snow in April" == read_metadata(page(head, body)).headline

    def test_site_logo_heading_is_not_the_headline(self) -> None:
        """An h1 that holds only the site's name (a logo) is not the headline."""
        head = (
            "<title>Snow in April | The Coastal Herald</title>"
            '<meta property="og:site_name" content="The Coastal Herald">'
        )
        body = '<h1><a href="/">The Coastal Herald</a></h1>'
        assert "Snow in April" == read_metadata(page(head, body)).headline

    def test_headline_keeps_separator_inside(self) -> None:
        """A separator that is part of the headline stays when the title forms agree."""
        head = (
            "<title>Budget 3.0 | Tax office hires 500</title>"
            '<meta property="og:title" content="Budget 3.0 | Tax office hires 500">'
        )
        body = "<h1>Budget 3.0 | Tax office hires 500</h1>"
        assert "Budget 3.0 | Tax office hires 500" == read_metadata(page(head, body)).headline

    def test_headline_agreement(self) -> None:
        """The form most sources agree on wins over a lone variant."""
        head = '<meta property="og:title" content="Short social title">'
        head += jsonld({"@type": "NewsArticle", "headline": "The full headline of the story"})
        body = "<h1>The full headline of the story</h1>"
        assert "The full headline of the story" == read_metadata(page(head, body)).headline

    @pytest.mark.parametrize(
        "title",
        [
            "Babies who eat peanuts early may avoid allergy",
            "Get your code covered | Code | Ann Lee",
        ],
    )
    def test_title_printed_as_a_lower_heading_beats_the_h1(self, title: str) -> None:
        """A title form the page prints as an ``<h2>`` under an ``<h1>`` naming the section
        or the site (whole, or the bulk of it, without the parts a ``<title>`` adds) is the
        headline: the heading shows it."""
        shown = title.split(" | ")[0]
        body = f"<h1>Allergies Health Center</h1><h2>Tools</h2><h2>{shown}</h2><p>Text.</p>"
        assert shown == read_metadata(page(f"<title>{title}</title>", body)).headline

    def test_short_part_of_a_title_as_a_heading_is_no_headline(self) -> None:
        """A heading that is only a short part of a title form (a country's name in "Corsets -
        Germany"), printed many times, gives the headline no vote."""
        title = "Corsets - Shops, designers, buying online"
        head = f'<title>{title}</title><meta property="og:title" content="{title}">'
        body = "<h1>Corsets - Germany</h1>" + "<h2>Germany</h2><h2>USA</h2>" * 4
        assert title == read_metadata(page(head, body)).headline

    def test_floating_date_takes_page_offset(self) -> None:
        """A date without a zone takes the offset of another date on the page."""
        head = (
            '<meta property="article:published_time" content="2024-05-03T10:00:00">'
            '<meta property="article:modified_time" content="2024-05-03T12:00:00+02:00">'
        )
        tz = datetime.timezone(datetime.timedelta(hours=2))
        assert datetime.datetime(2024, 5, 3, 10, tzinfo=tz) == read_metadata(page(head)).published

    def test_floating_date_alone_is_utc(self) -> None:
        """A date without a zone and no other date on the page is taken as UTC."""
        head = '<meta name="date" content="2024-05-03 10:00">'
        assert datetime.datetime(2024, 5, 3, 10, tzinfo=UTC) == read_metadata(page(head)).published

    def test_modified_before_published_dropped(self) -> None:
        """A modified date before the published one is dropped as suspicious."""
        head = (
            '<meta property="article:published_time" content="2024-05-03T10:00:00Z">'
            '<meta property="article:modified_time" content="2020-01-01T00:00:00Z">'
        )
        assert None is read_metadata(page(head)).modified

    def test_far_future_date_skipped(self) -> None:
        """A published date in the far future gives way to the next candidate."""
        head = (
            '<meta property="article:published_time" content="2099-01-01T00:00:00Z">'
            '<meta name="pubdate" content="2021-06-01T00:00:00Z">'
        )
        assert datetime.datetime(2021, 6, 1, tzinfo=UTC) == read_metadata(page(head)).published

    def test_date_from_script_data(self) -> None:
        """A publication date in a page's script data (not JSON-LD) is a fallback."""
        head = (
            '<script>window.__DATA__ = {"story": {"publishedAt": "2020-02-29T08:00:00Z"}};</script>'
        )
        assert datetime.datetime(2020, 2, 29, 8, tzinfo=UTC) == read_metadata(page(head)).published

    @pytest.mark.parametrize(
        "script",
        [
            'ds.datePublished="2020-02-29T08:00:00Z";',
            'var page = {"publicationDate":"2020-02-29T08:00:00Z"};',
        ],
        ids=["set in code", "publicationDate"],
    )
    def test_date_from_script_code(self, script: str) -> None:
        """A publication date a script sets as a property, or under "publicationDate"."""
        head = f"<script>{script}</script>"
        assert datetime.datetime(2020, 2, 29, 8, tzinfo=UTC) == read_metadata(page(head)).published

    def test_date_from_a_publication_attribute(self) -> None:
        """An attribute that names a publication (``data-publicationdate``) gives the date
        when nothing else does; one without a year does not."""
        body = (
            '<p data-published-label="Published">Today</p>'
            '<p class="x1" data-publicationdate="2024-04-15T13:38:00+02:00">15.4., 13:38</p>'
        )
        expected = datetime.datetime(2024, 4, 15, 13, 38, tzinfo=datetime.timezone(
            datetime.timedelta(hours=2)
        ))  # fmt: skip
        assert expected == read_metadata(page(body=body)).published

    @pytest.mark.parametrize(
        ("line", "day"),
        [
            ("2025年1月13日 20時01分", datetime.date(2025, 1, 13)),
            ("Sat 24 Feb 2024 12.42 CET", datetime.date(2024, 2, 24)),
            ("Von Anna Berg am Mittwoch, 26.01.2022 - 14:30", datetime.date(2022, 1, 26)),
            ("2025/1/14 21:17", datetime.date(2025, 1, 14)),
            ("2024年04月24日23:52 | 来源 新华网", datetime.date(2024, 4, 24)),
            ("Naufal Zuhdi 20/1/2026 18:30", datetime.date(2026, 1, 20)),
        ],
    )
    def test_date_under_the_title(self, line: str, day: datetime.date) -> None:
        """A line that is mostly a day, printed just after the ``<h1>`` in an element whose
        name says nothing, is the publication date when nothing else gives one."""
        body = f"<h1>Library opens</h1><div><span class='x9'>{line}</span></div><p>Story.</p>"
        found = read_metadata(page(body=body)).published
        assert found is not None
        assert found.date() == day

    def test_date_in_a_sentence_under_the_title_is_no_date(self) -> None:
        """A sentence that gives a day as an example is no publication date."""
        body = (
            "<h1>How to submit</h1><p>Write dates without spaces between the day, the month "
            "and the year (e.g. 9.9.2019).</p>"
        )
        assert read_metadata(page(body=body)).published is None

    def test_date_from_visible_text(self) -> None:
        """A day written in a date element is the last resort, outside footers and asides."""
        body = (
            '<aside><span class="date">1 January 2001</span></aside>'
            '<div class="post-date">Posted 15 de noviembre de 2019</div>'
        )
        assert (
            datetime.datetime(2019, 11, 15, tzinfo=UTC) == read_metadata(page(body=body)).published
        )

    def test_date_from_url(self) -> None:
        """A date in the canonical URL is the last resort."""
        head = '<link rel="canonical" href="https://example.org/2017/08/09/eclipse">'
        assert datetime.datetime(2017, 8, 9, tzinfo=UTC) == read_metadata(page(head)).published


class TestDates:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2024-05-03T15:47:42+02:00", "2024-05-03T15:47:42+02:00"),
            ("2024-05-03T15:47:42+0200", "2024-05-03T15:47:42+02:00"),
            ("2024-05-03T15:47:42.389Z", "2024-05-03T15:47:42.389000+00:00"),
            ("2024-05-03T15:47:42", "2024-05-03T15:47:42"),
            ("2024-05-03", "2024-05-03T00:00:00"),
            ("Fri, 03 May 2024 15:47:42 +0000", "2024-05-03T15:47:42+00:00"),
            ("May 3, 2024", "2024-05-03T00:00:00"),
            ("03.05.2024 12:30", "2024-05-03T12:30:00"),
            ("1714751262", "2024-05-03T15:47:42+00:00"),
        ],
    )
    def test_forms(self, text: str, expected: str) -> None:
        """ISO 8601 variants, RFC 2822, plain dates, dotted dates and timestamps."""
        found = parse_date(text)
        assert expected == (found.isoformat() if found else None)

    @pytest.mark.parametrize(
        "text", ["3 hours ago", "vor 2 Stunden", "yesterday", "1850-01-01", ""]
    )
    def test_refused(self, text: str) -> None:
        """Relative dates, dates out of range and non-dates give None."""
        assert None is parse_date(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("By Ann LeeNovember 15, 2019 | 4 min read", datetime.datetime(2019, 11, 15)),
            ("Publié le 3 avril 2021 à 10h", datetime.datetime(2021, 4, 3)),
            ("Stand: 05.03.2024, 14:00 Uhr", datetime.datetime(2024, 3, 5)),
            ("Updated 2018-07-30", datetime.datetime(2018, 7, 30)),
            ("Summary 12 2019", None),
            ("31 February 2020", None),
            ("3 hours ago", None),
        ],
    )
    def test_find_date(self, text: str, expected: datetime.datetime | None) -> None:
        """A day inside a visible text, in several languages and orders, as a floating date."""
        assert expected == find_date(text)

    def test_with_zone_keeps_aware(self) -> None:
        """An aware datetime keeps its zone."""
        value = datetime.datetime(2024, 1, 1, tzinfo=CET)
        assert value == with_zone(value, UTC)

    @given(st.text(max_size=80))
    def test_any_text(self, text: str) -> None:
        """Any text gives None or a datetime in range."""
        found = parse_date(text)
        assert found is None or 1980 <= found.year <= 2100


class TestNames:
    @pytest.mark.parametrize(
        "text",
        [
            "Email the author",
            "3 hours ago",
            "Staff",
            "https://example.org/u/ann",
            "@ann",
            "Folgen",
            "2h ago",
            "Updated 12.05.2024",
            "Move Comment",
            "Reply",
            "Anónimo",
            "Anonym",
            "Anonyme",
            "Unbekannt",
        ],
    )
    def test_junk(self, text: str) -> None:
        """Interface text, times, role words and URLs are not names."""
        assert [] == author_names(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("By Ann Lee and Bo Kim", ["Ann Lee", "Bo Kim"]),
            ("Von Ina Vogt und Max Berg", ["Ina Vogt", "Max Berg"]),
            ("Ann Lee; Bo Kim", ["Ann Lee", "Bo Kim"]),
            ("Di Maria", ["Di Maria"]),
            ("Metro Staff", ["Metro Staff"]),
            ("By Ann Lee and Bo Kim Monday, November 18, 2019, 04:05 pm", ["Ann Lee", "Bo Kim"]),
            ("Ann Lee Published 11:11 PM", ["Ann Lee"]),
            ("Radio24 Newsroom", ["Radio24 Newsroom"]),
            ("Por Ana Souza — Campinas", ["Ana Souza"]),
            ("Ann Lee and Bo Kim - Chrome team", ["Ann Lee", "Bo Kim"]),
            ("By Jane Doe, Health and Science Correspondent", ["Jane Doe"]),
            ("Jane Doe | Arts and Culture Editor", ["Jane Doe"]),
            ("Ann Lee, Bo Kim and Joe Roe, Staff Writers", ["Ann Lee", "Bo Kim", "Joe Roe"]),
            ("By Carrie Arnold, November 15, 2019", ["Carrie Arnold"]),
            ("Ann Lee, Washington", ["Ann Lee"]),
            ("Reuters, Washington", ["Reuters"]),
            ("Autor, Jil Schuller, Alle Artikel, Kontakt", ["Jil Schuller"]),
            ("Diana Resnik mit AP", ["Diana Resnik"]),
            ("Ann Lee with Reuters and Bo Kim avec AFP", ["Ann Lee", "Bo Kim"]),
            ("Martin Berg Martin Berg", ["Martin Berg"]),
            ("By Ann Lee on Jul 04, 2014 at 11:30a", ["Ann Lee"]),
            ("Von Ann Lee am 3. Mai 2024", ["Ann Lee"]),
            ("Par Ann Lee le 3 mai 2024", ["Ann Lee"]),
            ("Minh Le, June 5, 2020", ["Minh Le"]),
            ("Ana Ruiz | Palma de Mallorca | 08/01/2014", ["Ana Ruiz"]),
            ("Ana Ruiz | Bo Kim", ["Ana Ruiz", "Bo Kim"]),
        ],
    )
    def test_names(self, text: str, expected: list[str]) -> None:
        """Labels are removed and lists split; a name with a role word stays; what follows a
        spaced dash after a name (a city, a desk) goes, and so does a job title after a comma
        or a bar, "and" and all; so does the lower-case word leading into a date ("on", "am",
        "le"), but not a surname "Le"; and so does a place between a full name and a date
        after bars ("Name | Place | Date"; without the date, the bar may part two names)."""
        assert expected == author_names(text)

    @given(st.text(max_size=120))
    def test_names_are_names(self, text: str) -> None:
        """Every name returned passes the name check."""
        assert all(is_name(name) for name in author_names(text))


class TestHostile:
    @pytest.mark.parametrize(
        "head",
        [
            '<meta property="article:published_time" content="garbage">',
            '<meta property="article:published_time" content="2024-13-45T99:99:99+99:99">',
            '<meta name="date" content="8 hours ago">',
            '<link rel="canonical" href="javascript:alert(1)">',
            '<meta property="og:image" content="data:image/png;base64,AAAA">',
            '<meta name="author" content="https://example.org/profile/ann">',
            '<meta property="og:locale" content="&lt;script&gt;">',
            '<script type="application/ld+json">null</script>',
            '<script type="application/ld+json">{"@type": 5, "author": {"name": null}}</script>',
        ],
    )
    def test_garbage_values_ignored(self, head: str) -> None:
        """Values that are not what their attribute promises are ignored."""
        assert PageMetadata() == read_metadata(page(head))

    @pytest.mark.parametrize(
        "head",
        [
            '<link rel="canonical" href="http://<![CDATA[a.example/">',
            '<meta property="og:url" content="http://[a.example/">',
            '<link rel="canonical" href="http://[a/"><meta property="og:image" content="/b.jpg">',
        ],
    )
    def test_address_with_a_stray_bracket(self, head: str) -> None:
        """A page address with a bracket that opens no IPv6 address, which Python's URL parser
        refuses with a ValueError, gives no site name and leaves an image's address as it is:
        the page is read."""
        metadata = read_metadata(page(head, "<h1>Snow in April</h1>"))
        assert "Snow in April" == metadata.headline
        assert all(media.url == "/b.jpg" for media in metadata.media)

    def test_empty_page(self) -> None:
        """A page without metadata gives an empty PageMetadata."""
        assert PageMetadata() == read_metadata(page())

    def test_comments_and_instructions(self) -> None:
        """Comments and processing instructions in the markup are skipped."""
        body = (
            "<!-- top --><header><!-- k --><h1><!-- a -->Snow <?pi x?>in April<!-- b --></h1>"
            '<p class="byline"><!-- c -->By Ann Lee</p></header>'
        )
        metadata = read_metadata(page(body=body))
        assert ("Snow in April", ["Ann Lee"]) == (metadata.headline, names(metadata))

    def test_article_bodies_kept(self) -> None:
        """The articleBody texts of the JSON-LD article nodes are kept, in page order; a
        body that is not a string is not."""
        first = {"@type": "NewsArticle", "articleBody": "Snow fell.\nRoads closed."}
        second = {"@type": "BlogPosting", "articleBody": ["not", "text"]}
        third = {"@type": "Article", "articleBody": "Schools stayed open."}
        head = "".join(jsonld(data) for data in (first, second, third))
        assert ("Snow fell.\nRoads closed.", "Schools stayed open.") == read_metadata(
            page(head)
        ).bodies

    def test_deep_json(self) -> None:
        """Deeply nested JSON-LD does not raise."""
        deep = "[" * 50_000 + "]" * 50_000
        script = f'<script type="application/ld+json">{deep}</script>'
        assert PageMetadata() == read_metadata(page(script))

    def test_huge_page(self) -> None:
        """A page with many elements and long attributes finishes with a result."""
        body = '<div class="author" title="x">' * 2000 + "Ann Lee" + "</div>" * 2000
        head = '<meta name="keywords" content="' + "k, " * 100_000 + '">'
        assert isinstance(read_metadata(page(head, body)), PageMetadata)

    @given(
        st.dictionaries(
            st.sampled_from(
                [
                    "og:title",
                    "og:site_name",
                    "author",
                    "article:published_time",
                    "article:modified_time",
                    "og:locale",
                    "keywords",
                    "og:image",
                    "date",
                ]
            ),
            TEXT,
        ),
        TEXT,
    )
    def test_random_attributes(self, values: dict[str, str], title: str) -> None:
        """Random meta values give a PageMetadata with aware dates, or a NewsModelError."""
        head = "".join(
            f'<meta name="{key}" content="{html.escape(value)}">' for key, value in values.items()
        )
        root = page(head + f"<title>{html.escape(title)}</title>")
        try:
            metadata = read_metadata(root)
        except NewsModelError:
            return
        for value in (metadata.published, metadata.modified):
            assert value is None or value.utcoffset() is not None

    @given(
        st.lists(
            st.sampled_from(
                [
                    "<h1>",
                    "</h1>",
                    '<span class="kicker">',
                    "</span>",
                    '<p class="byline">By ',
                    '<meta name="author" content="',
                    '<meta property="og:title" content="',
                    '<meta property="article:published_time" content="',
                    '">',
                    '<script type="application/ld+json">',
                    "</script>",
                    '{"@type": "NewsArticle", "headline": "',
                    '", "author": [',
                    '{"name": "',
                    '"}',
                    "]}",
                    "<time datetime='2024-05-03T10:00+02:00'>",
                    "Ann Lee",
                    " and ",
                    "2024-05-03",
                    " | ",
                    "<!-- c -->",
                    "&amp;",
                ]
            ),
            max_size=30,
        )
    )
    def test_random_markup(self, tokens: list[str]) -> None:
        """Random metadata markup gives a PageMetadata whose dates are aware."""
        root = page(body="".join(tokens) + "<p>x</p>")
        metadata = read_metadata(root)
        for value in (metadata.published, metadata.modified):
            assert value is None or value.utcoffset() is not None

    @given(
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=10),
            lambda children: (
                st.lists(children, max_size=4)
                | st.dictionaries(
                    st.sampled_from(
                        [
                            "@type",
                            "@graph",
                            "author",
                            "headline",
                            "datePublished",
                            "image",
                            "publisher",
                            "name",
                            "@id",
                        ]
                    ),
                    children,
                    max_size=5,
                )
            ),
            max_leaves=30,
        )
    )
    def test_random_jsonld(self, data: object) -> None:
        """Any JSON in a JSON-LD script gives a PageMetadata."""
        assert isinstance(read_metadata(page(jsonld(data))), PageMetadata)


@pytest.mark.shared
class TestCorpusFloors:
    def test_fundus_floors(self, shared_dir: Path) -> None:
        """On the fundus pages, title, authors and day stay above pinned floors (issue 4)."""
        from newsmodel.formats.html._page import parse_page  # the reader's own parsing

        folder = shared_dir / "corpus/html/fundus-dev"
        titles: list[bool] = []
        authors: list[float] = []
        days: list[bool] = []
        for line in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            raw = gzip.decompress((folder / record["html_path"]).read_bytes())
            metadata = read_metadata(parse_page(raw))
            if record.get("title"):
                titles.append(" ".join(record["title"].split()) == metadata.headline)
            if record.get("authors"):
                authors.append(_f1(set(record["authors"]), set(names(metadata))))
            if record.get("publishing_date"):
                expected = datetime.datetime.fromisoformat(record["publishing_date"])
                found = metadata.published
                if found is not None and expected.tzinfo is not None:
                    found = found.astimezone(expected.tzinfo)
                days.append(found is not None and found.date() == expected.date())
        floors = (0.78, 0.88, 0.97)  # measured 0.827, 0.914, 1.000; trafilatura 0.728, 0.744, 0.975
        actual = (
            sum(titles) / len(titles),
            sum(authors) / len(authors),
            sum(days) / len(days),
        )
        above = tuple(value >= floor for value, floor in zip(actual, floors, strict=True))
        assert (True, True, True) == above, actual


def _f1(expected: set[str], actual: set[str]) -> float:
    """Set F1 of two name sets."""
    hits = len(expected & actual)
    return 0.0 if not hits else 2 * hits / (len(expected) + len(actual))
