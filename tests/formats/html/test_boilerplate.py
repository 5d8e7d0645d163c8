"""Boilerplate inside the article's own container is left out of the body (issue 11).

Each case is an invented article page with one kind of page furniture put among its paragraphs;
the furniture's words must not reach the body, and the story's paragraphs must all be there.
"""

import pytest

from newsmodel.formats import ReadOptions
from newsmodel.formats.html import read
from newsmodel.formats.html._strip import _HIDDEN_CLASSES, _HIDING_HINTS
from newsmodel.model import Article, BlockQuote, Figure, ListBlock

_STORY = [
    "Battery storage on the national grid doubled last year, figures published on Monday show.",
    "Operators raced to balance wind and solar output, adding sites near the coast and inland.",
    "The operator expects the figure to double again within three years, its report says.",
    "It also warned of bottlenecks where new lines are slow to build, and of rising costs.",
]
_LANGUAGE_STORY = "Der Netzbetreiber erwartet, dass sich die Zahl in drei Jahren erneut verdoppelt."


def _page(furniture: str, *, head: str = "") -> bytes:
    first, second = (
        "".join(f"<p>{t}</p>" for t in _STORY[:2]),
        "".join(f"<p>{t}</p>" for t in _STORY[2:]),
    )
    return (
        f"<html><head><title>Grid storage doubles</title>{head}</head><body>"
        "<header><a href='/'>Courier</a></header><main><article><h1>Grid storage doubles</h1>"
        f"<div class='story'>{first}{furniture}{second}</div></article></main></body></html>"
    ).encode()


def _read(data: bytes) -> Article:
    return read(data, ReadOptions()).article


def _paragraphs(article: Article) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]


_KINDS = {
    "comments": (
        "<section class='comments'><h3>3 comments</h3><div class='comment'><span class='author'>"
        "gridwatcher</span><p>Great news, but what about the cost for ordinary households?</p>"
        "</div></section>",
        ["gridwatcher", "Great news"],
    ),
    "comments in another language": (
        "<section id='kommentare'><h3>0 Kommentare</h3><p>Noch keine Kommentare. Kommentare "
        "erscheinen erst nach unserer Freigabe.</p></section>"
        "<div class='comentarios'><p>Sé el primero en comentar esta noticia del día.</p></div>",
        ["Kommentare", "primero"],
    ),
    "readers' replies in a discussion": (
        "<section class='discussion'><h3>Join the discussion</h3><div class='reply'>"
        "<div class='reply-author'>riverside</div><div class='reply-body'><p>"
        + "The council has promised this many times before, and the money went elsewhere. "
        * 8
        + "</p></div></div><div class='reacties'><p>Eindelijk meer bomen langs de rivier, goed "
        "nieuws voor de buurt.</p></div></section>",
        ["riverside", "promised this", "Eindelijk"],
    ),
    "article footer": (
        "<footer><a href='/x'>Your view on this</a> <a href='/'>Home</a> Three issues free"
        "</footer>",
        ["Your view", "issues free"],
    ),
    "ad slot": ("<div class='ad-container'><span>Advertisement</span></div>", ["Advertisement"]),
    "related list": (
        "<div class='related-articles'><h4>Read more</h4><ul><li><a href='/a'>Wind farm "
        "approved after long fight</a></li><li><a href='/b'>Prices fall again as supply "
        "grows</a></li></ul></div>",
        ["Wind farm", "Read more"],
    ),
    "read more line": (
        "<p><strong>Read more:</strong> <a href='/c'>Solar subsidies to end next spring</a></p>",
        ["Solar subsidies"],
    ),
    "read more line with a bar": (
        "<p><strong>READ ANOTHER STORY HERE |</strong> <a href='/d'>Pylons go up at last "
        "along the northern line</a></p>",
        ["READ ANOTHER", "Pylons"],
    ),
    "read more line with an arrow": (
        "<p>Mehr zum Thema » <a href='/e'>Strompreise sinken</a></p>",
        ["Mehr zum Thema", "Strompreise"],
    ),
    "share bar in Spanish": (
        "<div class='compartir'><span>Compartir en</span> <a href='#'>Facebook</a> "
        "<a href='#'>WhatsApp</a></div>",
        ["Compartir", "WhatsApp"],
    ),
    "share bar in French": (
        "<div class='barre-partager'>Partager cet article sur les réseaux sociaux</div>",
        ["Partager"],
    ),
    "share bar in Norwegian": (
        "<div class='del-artikkel'>Del artikkelen: <a href='#'>Facebook</a> "
        "<a href='#'>E-post</a></div>",
        ["Del artikkelen", "E-post"],
    ),
    "related box in Portuguese": (
        "<div class='noticias-relacionadas'><p>Leia também os destaques da semana na região"
        "</p></div>",
        ["Leia também"],
    ),
    "newsletter box in Spanish": (
        "<div class='boletin-suscripcion'><p>Recibe cada mañana las noticias más importantes "
        "en tu correo electrónico.</p></div>",
        ["Recibe cada"],
    ),
    "newsletter box": (
        "<div class='newsletter-signup'><h3>Get our energy newsletter</h3><p>Sign up for the "
        "weekly briefing on energy and the climate, delivered every Friday.</p></div>",
        ["newsletter", "Sign up"],
    ),
    "subscription box": (
        "<div class='subscribe-box'><p>Subscribe today for unlimited access to all our "
        "journalism, from just one pound a week.</p></div>",
        ["unlimited access"],
    ),
    "cookie notice": (
        "<div id='cookie-consent'><p>We use cookies to improve your experience on our site and "
        "to show you relevant advertising.</p></div>",
        ["cookies"],
    ),
    "share bar": (
        "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Share on X</a></div>",
        ["Share on"],
    ),
    "author bio": (
        "<div class='author-bio'><p>Priya Raman is the Courier's energy correspondent. She has "
        "covered energy markets for ten years.</p></div>",
        ["energy correspondent"],
    ),
    "collapsed box": (
        "<div class='expandable-box'><h3>Priya Raman</h3><span>Open box</span><p>The "
        "reporter has covered energy markets for ten years, mostly from the coast.</p></div>",
        ["Open box", "ten years"],
    ),
    "card of another story": (
        "<div class='card-wrap'><article class='x1'><a href='/f'></a><div>Wind power: Turbines "
        "at sea</div><p>A long read about the new turbines that went up at sea last year.</p>"
        "<footer>By Ann Lee</footer></article></div>",
        ["Turbines at sea", "long read"],
    ),
    "post meta line": (
        "<div class='entry-meta'>Posted by Priya Raman on 3 March in Energy, Grid</div>",
        ["Posted by"],
    ),
    "author box": (
        "<div id='author-info'><h4>About Priya Raman</h4><p>Priya Raman reports on energy for "
        "the Courier and hosts its weekly podcast about the climate.</p></div>",
        ["About Priya", "weekly podcast"],
    ),
    "about the author": (
        "<section class='about-the-author'><p>Priya Raman has written about the grid since "
        "2015 and lives on the coast.</p></section>",
        ["since 2015"],
    ),
    "comments named only by their microdata": (
        "<div class='x7f3a'><div class='c91b' itemscope itemtype='https://schema.org/Comment'>"
        "<div><cite itemprop='author'>gridwatcher</cite> on 3 March said:</div>"
        "<div itemprop='text'><p>Great news, but what about the cost for ordinary households "
        "on the coast, who will pay for all of this in the end?</p></div></div></div>",
        ["gridwatcher", "Great news"],
    ),
    "read more line written as text": (
        "<p>Lesen Sie auch: Strompreise sinken im Winter</p>",
        ["Lesen Sie", "Strompreise"],
    ),
    "newsletter lines left where the box was": (
        "<p>Get the latest energy news in your inbox. Sign up for our emails</p>"
        "<p>By signing up you consent to receive the above newsletter from Courier Media.</p>",
        ["inbox", "signing up"],
    ),
    "embed placeholder named as third-party": (
        "<div class='third-party-services--placeholder'><h3>Mastodon</h3>"
        "<p>Click below to see the post here.</p></div>",
        ["Mastodon", "Click below"],
    ),
    "embed placeholder asking for consent": (
        "<h3>Twitter freischalten</h3><p>Wir stellen ohne dein Einverständnis keine Verbindung "
        "zu den Social-Media-Kanälen her.</p>",
        ["freischalten", "Einverständnis"],
    ),
    "labels for screen readers only": (
        "<div class='infobox'><span class='hideCompletely'>Weitere Informationen</span>"
        "<p><span class='screen-reader-text'>Continue reading</span></p>"
        "<span class='hideCompletely'>Ende der weiteren Informationen</span></div>",
        ["Weitere Informationen", "Continue reading", "Ende der"],
    ),
    "newsletter box named only by its label for screen readers": (
        "<div class='x7f3a'><div aria-label='Newsletter promotion' class='q81c'><p>Sign up to "
        "Grid Weekly</p><p>Free weekly newsletter</p><p>The week's energy stories, every Friday."
        "</p></div></div>",
        ["Grid Weekly", "newsletter", "Friday"],
    ),
    "comments box named only by its label for screen readers": (
        "<div aria-label='Article Comments' class='k2'><p>Comments</p><p>We welcome a lively "
        "but civil discussion. Please keep comments relevant and respectful.</p></div>",
        ["Comments", "civil"],
    ),
    "call to action": (
        "<div class='cta container'><p>We are independent and funded by our readers. Support"
        " our work and subscribe to the printed magazine from 19.90 euros a year!</p>"
        "<a class='btn' href='/subscribe'>Subscribe</a></div>",
        ["independent", "Subscribe"],
    ),
    "share bar named after the article": (
        "<ul id='article-social'><li>E-mail</li><li>Teilen</li><li>Drucken</li></ul>",
        ["E-mail", "Teilen", "Drucken"],
    ),
    "related stories named only for the site's tests": (
        "<div class='sc-1x2y3z' data-testid='related-stories'><h3>More on this story</h3>"
        "<p>Wind farms off the coast win approval after a two-year review by the council.</p>"
        "</div>",
        ["More on this story", "Wind farms"],
    ),
    "share bar named only as a component": (
        "<div class='css-9f8e7d' data-component='ShareBar'><p>Share this article with a friend"
        " by email or on the networks you use every day.</p></div>",
        ["Share this article"],
    ),
    "banner in an alert dialog": (
        "<div class='xq-cs-container' role='alertdialog'><div class='xq-cs-content'>"
        "<h2>Notice</h2><p>We and selected third parties use cookies or similar technologies for"
        " technical purposes and, with your consent, for measurement and personalised ads, as"
        " specified in the policy.</p><p>You can freely give, deny or withdraw your consent at any"
        " time by opening the preferences panel.</p></div></div>",
        ["Notice", "third parties", "withdraw"],
    ),
}


@pytest.mark.parametrize("kind", sorted(_KINDS))
def test_furniture_in_the_article_is_left_out(kind: str) -> None:
    """The furniture's words are not in the body and the story is whole."""
    markup, words = _KINDS[kind]
    paragraphs = _paragraphs(_read(_page(markup)))
    text = "\n".join(paragraphs)
    assert ([], _STORY) == ([word for word in words if word in text], paragraphs)


@pytest.mark.parametrize(
    "label",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "- Anzeige -",
        "Werbung",
        "Publicidad",
        "Publicité",
        "Pubblicità",
        "Reklama",
        "広告",
        "Story continues below advertisement",
        "Advertisement 3",
        "Continue Reading Below",
    ],
)
def test_ad_placeholder_without_a_class_is_left_out(label: str) -> None:
    """An ad slot's label left as a paragraph of its own, in any of the sets' languages."""
    assert _STORY == _paragraphs(_read(_page(f"<p>{label}</p>")))


@pytest.mark.parametrize("label", ["Article content", "Story Body", "Artikelinhalt"])
@pytest.mark.parametrize("tag", ["p", "h2"])
def test_label_of_the_story_region_is_left_out(label: str, tag: str) -> None:
    """A screen reader's label naming the story's region ("Article content"), whose hiding
    class the reader does not know, is no paragraph and no section heading."""
    article = _read(_page(f"<{tag}>{label}</{tag}>"))
    assert (_STORY, [None]) == (_paragraphs(article), [s.heading for s in article.sections])


_UNNAMED_BOXES = {
    "registration wall with its benefits": (
        "<div>SUBSCRIBE TO UNLOCK MORE ARTICLES</div><div>Subscribe now to read the latest news"
        " in your region.</div><ul><li>Unlimited online access to every story.</li>"
        "<li>The daily puzzles and the crossword.</li></ul>"
    ),
    "newsletter box with its letters": (
        "<div>Sign up for our newsletters</div><ul><li>Morning Briefing: the news by 7am</li>"
        "<li>Weekend Reads</li></ul>"
    ),
}


@pytest.mark.parametrize("kind", sorted(_UNNAMED_BOXES))
def test_list_of_a_box_in_plain_blocks_is_left_out(kind: str) -> None:
    """A box printed in blocks that nothing names: with its line ("SUBSCRIBE TO UNLOCK MORE
    ARTICLES"), the list after it (and the short line between) goes."""
    article = _read(_page(_UNNAMED_BOXES[kind]))
    blocks = [block for section in article.sections for block in section.blocks]
    assert [] == [block for block in blocks if isinstance(block, ListBlock)]
    assert _STORY == _paragraphs(article)


def test_list_of_the_story_after_a_box_line_stays() -> None:
    """A list after a box's line whose items are longer than a box's lines (the story's own
    list of long points) stays."""
    point = (
        "The operator will add storage at every substation it owns, with batteries sized to"
        " carry the local load through the evening peak and the morning ramp when wind output"
        " falls, and it will publish the figures for each site every quarter, starting with the "
    )
    items = "".join(f"<li>{point}{place}.</li>" for place in ("near the coast", "inland"))
    article = _read(_page(f"<div>Sign up for our newsletters</div><ul>{items}</ul>"))
    lists = [b for s in article.sections for b in s.blocks if isinstance(b, ListBlock)]
    assert 1 == len(lists)


@pytest.mark.parametrize(
    "markup",
    [
        # a script's hook written as a name, not words for a reader
        "<div aria-label='widget-anchor' class='k9'><p>Operators{}</p></div>",
        # a link's label is no box's
        "<p><a href='/more' aria-label='Related coverage'>Operators</a>{}</p>",
        # a label longer than a name: a title
        "<section aria-label='Operators share the cost of new lines inland'><p>Operators{}</p>"
        "</section>",
    ],
)
def test_labels_for_screen_readers_that_name_no_box_keep_their_text(markup: str) -> None:
    """Only a container's label in a few words is read as its name."""
    sentence = " will share the cost of the new lines, the regulator said on Tuesday."
    paragraphs = _paragraphs(_read(_page(markup.format(sentence))))
    assert [f"Operators{sentence}"] == [text for text in paragraphs if sentence in text]


def test_a_paragraph_about_ads_stays() -> None:
    """A paragraph that mentions advertising is the story's."""
    sentence = "Advertisement spending on energy brands rose by a third, the survey found."
    assert sentence in _paragraphs(_read(_page(f"<p>{sentence}</p>")))


def test_byline_line_is_not_a_paragraph() -> None:
    """The byline printed above the story ("By Ann Lee") is metadata, not the first paragraph;
    the authors come from the metadata, not from the commenters."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Priya Raman"}}</script>'
    )
    data = _page("", head=head).replace(
        b"<div class='story'>",
        b"<div class='story'><p class='byline'>By <span class='author'>Priya Raman</span></p>",
    )
    data = data.replace(b"</main>", f"</main>{_KINDS['comments'][0]}".encode())
    article = _read(data)
    assert (["Priya Raman"], _STORY) == (
        [person.name for person in article.bylines],
        _paragraphs(article),
    )


def test_byline_on_two_lines_is_not_a_paragraph() -> None:
    """A byline whose label and name stand on two lines ("Article by", then the name) gives
    the author when the metadata names nobody, and leaves the body."""
    byline = "<div class='k2'><span>Article by</span><br><span>Priya Raman</span></div>"
    data = _page("").replace(b"<div class='story'>", f"<div class='story'>{byline}".encode())
    article = _read(data)
    assert (["Priya Raman"], _STORY) == (
        [person.name for person in article.bylines],
        _paragraphs(article),
    )


_JSON_LD_AUTHOR = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
    '{"@type": "Person", "name": "Priya Raman"}}</script>'
)


@pytest.mark.parametrize(
    ("tag", "heading", "head"),
    [
        ("h4", "by Priya Raman, February 28, 2010", ""),  # the byline read from the heading
        ("h2", "Von Priya Raman", _JSON_LD_AUTHOR),  # the author from the metadata
    ],
)
def test_byline_printed_as_a_heading_is_no_section_heading(
    tag: str, heading: str, head: str
) -> None:
    """A byline printed as a heading over the story ("<h4>by Priya Raman, February 28,
    2010</h4>") gives the author and heads no section; a later heading naming the author
    that is no byline stays."""
    later = "<h2>Priya Raman on the harbour</h2><p>The harbour reopened on Monday morning.</p>"
    data = _page("", head=head).replace(
        b"<div class='story'>", f"<div class='story'><{tag}>{heading}</{tag}>".encode()
    )
    data = data.replace(b"</div></article>", f"{later}</div></article>".encode())
    article = _read(data)
    assert (["Priya Raman"], [None, "Priya Raman on the harbour"]) == (
        [person.name for person in article.bylines],
        [section.heading for section in article.sections],
    )


@pytest.mark.parametrize("line", ["Von Priya Raman", "Blog post by Priya Raman"])
def test_byline_line_after_an_intro_is_not_a_paragraph(line: str) -> None:
    """A byline line that ends with a label and the author's name is left out even after a
    long intro paragraph above it; a later paragraph that names the author stays."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Priya Raman"}}</script>'
    )
    intro = "<p>" + "An intro to the story, long enough to be a paragraph of its own. " * 3 + "</p>"
    mention = "<p>Priya Raman visited the site on Monday.</p>"
    data = _page("", head=head).replace(
        b"<div class='story'>", f"<div class='story'>{intro}<p>{line}</p>{mention}".encode()
    )
    paragraphs = _paragraphs(_read(data))
    kept = "Priya Raman visited the site on Monday."
    assert (False, True) == (line in paragraphs, kept in paragraphs)


@pytest.mark.parametrize(
    "line", ["By Staff Writer", "Author of the article:", "By our correspondent"]
)
def test_byline_naming_nobody_is_not_a_paragraph(line: str) -> None:
    """A byline line of a label and role words only, naming nobody, is no paragraph of the
    story, though no author is known to match it; a sentence opening with "By" stays."""
    data = _page("").replace(b"<div class='story'>", f"<div class='story'><p>{line}</p>".encode())
    assert _STORY == _paragraphs(_read(data))
    sentence = "By Monday the harbour had reopened to ferries and fishing boats alike."
    data = _page("").replace(
        b"<div class='story'>", f"<div class='story'><p>{sentence}</p>".encode()
    )
    assert [sentence, *_STORY] == _paragraphs(_read(data))


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Highlands and Islands reporter", "Highlands and Islands reporter"),
        ("Chief political correspondent", "Chief political correspondent"),
        ("The harbour reopens next week.", None),
    ],
)
def test_job_title_line_after_the_byline(line: str, title: str | None) -> None:
    """A job title on the line after the byline's name is the author's title, not a paragraph;
    a sentence there is the story's."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Morag Innes"}}</script>'
    )
    data = _page("", head=head).replace(
        b"<div class='story'>",
        f"<div class='story'><div><span>Morag Innes</span><div>{line}</div></div>".encode(),
    )
    article = _read(data)
    expected_paragraphs = _STORY if title is not None else [line, *_STORY]
    assert ([("Morag Innes", title)], expected_paragraphs) == (
        [(person.name, person.title) for person in article.bylines],
        _paragraphs(article),
    )


def _titled(kicker: str, first: str = "") -> bytes:
    """A page whose article holds its title block (kicker and headline) and its paragraphs."""
    paragraphs = "".join(f"<p>{t}</p>" for t in [*_STORY[:2], first, *_STORY[2:]] if t)
    return (
        "<html><head><title>Grid storage doubles</title></head><body><main><article>"
        f"<header><span class='article__kicker'>{kicker}</span><h1>Grid storage doubles</h1>"
        f"</header>{paragraphs}</article></main></body></html>"
    ).encode()


def test_kicker_before_the_headline_is_not_a_paragraph() -> None:
    """A kicker printed above the headline inside the article ("Energy") is the article's
    kicker, not its first paragraph."""
    article = _read(_titled("Energy"))
    assert ("Energy", _STORY) == (article.kicker, _paragraphs(article))


def test_a_paragraph_equal_to_the_kicker_later_stays() -> None:
    """Only the body's first block is taken for the kicker printed again."""
    assert "Energy" in _paragraphs(_read(_titled("Energy", first="Energy")))


def test_story_in_german_keeps_words_like_anzeige_inside() -> None:
    """Only a paragraph that is nothing but the label goes."""
    sentence = f"{_LANGUAGE_STORY} Eine Anzeige wurde erstattet."
    assert sentence in _paragraphs(_read(_page(f"<p>{sentence}</p>")))


def test_page_whose_story_sits_in_a_box_named_like_comments_is_not_empty() -> None:
    """A live report whose every line sits in a box named like comments reads back with its
    lines, not with an empty body: the page is read again without the rules on names."""
    lines = "".join(f"<p>{t}</p>" for t in _STORY)
    page = (
        "<html><head><title>Live: Lorient v Lyon</title></head><body><h1>Live: Lorient v Lyon"
        f"</h1><div class='live-match-comments'>{lines}</div>"
        "<div class='related'><a href='/x'>Other match</a></div></body></html>"
    )
    assert _STORY == _paragraphs(_read(page.encode()))


def test_italian_byline_and_standfirst_above_it() -> None:
    """ "di Giulia Roe" is the byline; the description printed above it is the standfirst,
    so the story's first paragraph opens the body (and gives the dateline)."""
    summary = "Scuole chiuse in trenta comuni. La Protezione civile invita a non viaggiare."
    page = (
        "<html lang='it'><head><title>Allerta rossa</title>"
        f"<meta name='description' content='{summary}'></head><body><main><article>"
        f"<h1>Allerta rossa</h1><p class='sommario'>{summary}</p>"
        "<div class='firma'>di Giulia Roe</div>"
        "<p>BOLOGNA \u2013 L'Emilia-Romagna si prepara a una nuova ondata di maltempo, con piogge "
        "fino a 200 millimetri attese nelle province di Bologna e Ravenna.</p>"
        "<p>Le scuole resteranno chiuse venerdì in trenta comuni, hanno deciso i sindaci dopo "
        "una riunione con la Protezione civile regionale.</p></article></main></body></html>"
    ).encode()
    article = _read(page)
    assert article.dateline is not None
    assert (["Giulia Roe"], summary, "BOLOGNA") == (
        [person.name for person in article.bylines],
        article.subheadline,
        article.dateline.place,
    )
    assert article.paragraphs[0].text.startswith("L'Emilia-Romagna")


def test_hidden_block_between_words_leaves_them_apart() -> None:
    """A hidden block element taken out between two words (a separator dot hidden from
    screen readers) does not glue them together."""
    furniture = "<div><span>Harbour desk<div aria-hidden='true'>·</div>Updated daily</span></div>"
    assert "Harbour desk Updated daily" in _paragraphs(_read(_page(furniture)))


def test_read_more_link_inside_a_paragraph_is_left_out() -> None:
    """A "read more" link named so in Spanish ("leemas"), closing a paragraph of the story,
    goes; the paragraph's own text stays."""
    markup = _page("").replace(
        f"<p>{_STORY[2]}</p>".encode(),
        f"<p>{_STORY[2]} <a class='leemas' href='/otra'>Lea más: El Gobierno anuncia un plan "
        "de ciberseguridad para los ministerios</a></p>".encode(),
    )
    assert _STORY == _paragraphs(_read(markup))


@pytest.mark.parametrize(
    ("sentence", "marked"),
    [
        # a note that opens when clicked: the words are the sentence's
        ("I am a <a class='popup' href='#'>rather elderly</a> man, and a lawyer.", "popup"),
        ("<a class='popup' href='#'>I</a> am a rather elderly man, and a lawyer.", "popup"),
        # a tag page's link; the words run on after a closing quotation mark
        ("It is a so-called \"<a class='tag' href='/t'>crossover</a>\" between two cars.", "tag"),
        # the clause goes on with a comma, or ends the sentence after words
        ("The council met <a class='share-link' href='/s'>on Monday</a>, as planned.", "share"),
        ("The ferry stops running in <a class='related' href='/r'>the winter</a>.", "related"),
        # a German noun after the words: a capital after a lower-case word
        ("Der Rosé von <a class='tag' href='/t'>Beringer</a> Vineyards ist trocken.", "tag"),
    ],
)
def test_words_of_a_sentence_named_like_furniture_stay(sentence: str, marked: str) -> None:
    """An inline element in the middle of a sentence is words of the sentence, whatever its
    class names: the sentence is read whole."""
    markup = _page("").replace(
        f"<p>{_STORY[2]}</p>".encode(), f"<p>{_STORY[2]} {sentence}</p>".encode()
    )
    assert marked in sentence
    text = _paragraphs(_read(markup))[2]
    words = sentence.split("<a")[1].split(">")[1].split("<")[0]
    assert words in text


@pytest.mark.parametrize(
    "label",
    [
        "<span class='ad-label'>Advertisement</span>",  # between two sentences
        "<a class='share' href='/s'>Share</a>",  # after the sentence, before the next
    ],
)
def test_label_between_sentences_named_like_furniture_goes(label: str) -> None:
    """An inline element set between two sentences is no word of either: its name still
    marks it as furniture."""
    markup = _page("").replace(
        f"<p>{_STORY[2]}</p>".encode(), f"<p>{_STORY[2]} {label} It was cold.</p>".encode()
    )
    assert f"{_STORY[2]} It was cold." == _paragraphs(_read(markup))[2]


def test_byline_headshot_is_not_a_figure() -> None:
    """A picture beside the byline whose alternative text is the author's name, without a
    caption, is the author's portrait: neither a figure of the body nor the lead image. A
    captioned picture of a person who is not the author stays."""
    data = (
        "<html><head><title>Grid storage doubles</title></head><body><main><article>"
        "<h1>Grid storage doubles</h1><div class='b1'><img class='b2' src='/people/priya.jpg' "
        "alt='Priya Raman'><span class='c-byline'>By Priya Raman</span></div>"
        + "".join(f"<p>{text}</p>" for text in _STORY[:2])
        + "<figure><img src='/grid.jpg' alt='Tom Hale'><figcaption>Tom Hale at the site"
        "</figcaption></figure>"
        + "".join(f"<p>{text}</p>" for text in _STORY[2:])
        + "</article></main></body></html>"
    ).encode()
    article = _read(data)
    figures = [b.media.url for s in article.sections for b in s.blocks if isinstance(b, Figure)]
    assert (["Priya Raman"], ["/grid.jpg"], _STORY) == (
        [person.name for person in article.bylines],
        figures,
        _paragraphs(article),
    )
    assert "/people/priya.jpg" not in [media.url for media in article.media]


@pytest.mark.parametrize(
    "title", ["Courier | Grid storage doubles", "Grid storage doubles - Courier"]
)
def test_site_name_before_or_after_the_title(title: str) -> None:
    """A page title with the site's name before or after the headline, on a page that prints
    the headline as a plain line (no <h1>, no title meta tags), gives the headline alone, and
    the line is not the body's first paragraph."""
    data = (
        f"<html><head><title>{title}</title></head><body><div id='w'>"
        "<div class='hl'>Grid storage doubles</div><div class='tx'>"
        + "".join(f"<p>{text}</p>" for text in _STORY)
        + "</div></div></body></html>"
    ).encode()
    article = _read(data)
    assert ("Grid storage doubles", _STORY) == (article.headline, _paragraphs(article))


def test_job_title_on_a_new_line_of_the_byline() -> None:
    """A byline whose job title follows a line break ("By Dale Pruitt<br>Staff Writer")
    gives the name alone, with the title; the line is not a paragraph."""
    data = _page("").replace(
        b"<h1>Grid storage doubles</h1>",
        b"<h1>Grid storage doubles</h1><div class='byline'>By Dale Pruitt<br>Staff Writer</div>",
    )
    article = _read(data)
    assert ([("Dale Pruitt", "Staff Writer")], _STORY) == (
        [(person.name, person.title) for person in article.bylines],
        _paragraphs(article),
    )


def test_rights_notice_closing_the_body() -> None:
    """A copyright notice closing the body is the page's ``rights``, not a paragraph."""
    notice = "Copyright 2013 Courier Media. All rights reserved."
    article = _read(
        _page("").replace(b"</div></article>", f"<p>{notice}</p></div></article>".encode())
    )
    assert (notice, _STORY) == (article.rights, _paragraphs(article))


@pytest.mark.parametrize(
    "byline",
    [
        "<div>Calum Rennie</div><div>Highlands and Islands reporter</div>",
        "By Calum Rennie<br>Highlands and Islands reporter",
    ],
)
def test_name_and_job_title_in_two_blocks_of_the_byline(byline: str) -> None:
    """A byline whose name and job title stand in two blocks (or lines) gives the name with
    the title, neither glued to the other ("Calum Rennie Highlands"), and neither line is a
    paragraph of the body."""
    data = _page("").replace(
        b"<h1>Grid storage doubles</h1>",
        f"<h1>Grid storage doubles</h1><div class='byline'>{byline}</div>".encode(),
    )
    article = _read(data)
    assert ([("Calum Rennie", "Highlands and Islands reporter")], _STORY) == (
        [(person.name, person.title) for person in article.bylines],
        _paragraphs(article),
    )


def test_toolbar_list_without_names_is_left_out() -> None:
    """A list of the page's controls (comments, e-mail, share, print), whatever its names,
    is left out."""
    for bar in (
        "<ul><li>Kommentare</li><li>E-Mail</li><li>Teilen</li><li>Mehr</li><li>Drucken</li></ul>",
        "<ul><li>Share</li><li>› Versenden</li><li>› Drucken</li></ul>",  # noqa: RUF001
    ):
        article = _read(_page(bar))
        assert [] == [b for s in article.sections for b in s.blocks if isinstance(b, ListBlock)]
        assert _STORY == _paragraphs(article)


def test_list_of_the_story_naming_networks_stays() -> None:
    """A list of the story that names a network or two among other items stays."""
    items = ("Facebook", "Twitter", "the county's own website", "the local radio station")
    markup = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    article = _read(_page(markup))
    assert [items] == [
        b.items for s in article.sections for b in s.blocks if isinstance(b, ListBlock)
    ]


def test_box_label_set_as_a_heading_is_left_out() -> None:
    """A box's label set as a heading (an embed's consent placeholder) is not a section: the
    paragraphs under it stay, in the section before."""
    article = _read(_page("<h2>Empfohlener redaktioneller Inhalt</h2>"))
    assert ([None], _STORY) == ([s.heading for s in article.sections], _paragraphs(article))


def test_heading_with_a_date_stays() -> None:
    """A section heading that holds a date and a time stays a heading."""
    article = _read(_page("<h2>Nachtrag 22.04.2020 10:30 Uhr:</h2>"))
    assert [None, "Nachtrag 22.04.2020 10:30 Uhr:"] == [s.heading for s in article.sections]


def test_pull_quote_as_a_paragraph_is_left_out() -> None:
    """A paragraph that is one quotation the body prints elsewhere too (a pull quote set in a
    plain <div><p>) is left out; a quotation printed once stays."""
    said = "“Storage is the quiet revolution of the grid,” the operator said on Monday."
    pull = "<div><p>“Storage is the quiet revolution of the grid,”</p></div>"
    article = _read(_page(f"<p>{said}</p>{pull}"))
    assert [*_STORY[:2], said, *_STORY[2:]] == _paragraphs(article)
    once = "“Nobody expected the batteries to arrive this fast.”"
    article = _read(_page(f"<p>{once}</p>"))
    assert [*_STORY[:2], once, *_STORY[2:]] == _paragraphs(article)


def test_pull_quote_in_a_block_quote_with_its_cite_is_left_out() -> None:
    """A block quote that repeats a paragraph's quotation, its closing full stop aside, and
    the attribution printed after it in a ``<cite>`` are left out together."""
    said = "“Storage is the quiet revolution of the grid”, the operator said on Monday."
    pull = (
        "<div class='k7'><blockquote>Storage is the quiet revolution of the grid.</blockquote>"
        "<cite><div>Ann Lee</div><div>Director of the grid operator</div></cite></div>"
    )
    article = _read(_page(f"<p>{said}</p>{pull}"))
    assert [*_STORY[:2], said, *_STORY[2:]] == _paragraphs(article)
    assert not [b for s in article.sections for b in s.blocks if isinstance(b, BlockQuote)]


_AUTHOR_HEAD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
    '{"@type": "Person", "name": "Priya Raman"}}</script>'
)


@pytest.mark.parametrize(
    ("box", "note"),
    [
        (
            "<p>Autoreninfo</p><p>Priya Raman leitet das Ressort Energie.</p>"
            "<p>So erreichen Sie Priya Raman:</p>",
            "Priya Raman leitet das Ressort Energie. So erreichen Sie Priya Raman:",
        ),
        (
            "<p>Über Priya Raman</p><p>Reporterin für Energie und Klima seit 2015.</p>",
            "Reporterin für Energie und Klima seit 2015.",
        ),
    ],
)
def test_author_box_printed_as_lines_is_a_note(box: str, note: str) -> None:
    """An author's box whose class names say nothing, a label line and a few lines about the
    author, leaves the body for the notes, wherever it stands; the story goes on after it."""
    data = _page(box, head=_AUTHOR_HEAD)
    article = _read(data)
    assert (_STORY, [note]) == (_paragraphs(article), [n.text for n in article.notes])


_LATER = [
    "Engineers said the newest sites could run for four hours at full output before recharging.",
    "The regulator will publish its own review of the market in the autumn, it said on Friday.",
]


def _box_after_the_story(box: str) -> Article:
    """A page whose story's four paragraphs come first, then ``box``, then two more."""
    data = _page("", head=_AUTHOR_HEAD).replace(
        b"</div></article>",
        (box + "".join(f"<p>{text}</p>" for text in _LATER) + "</div></article>").encode(),
    )
    return _read(data)


def test_author_box_under_a_headshot_is_a_note() -> None:
    """An author's box without a label, wherever it stands in the body: the headshot described
    by the author's full name, a few sentences about them and a short line after, leaves the
    body for the notes with the picture; the story goes on after it."""
    bio = "Priya Raman covers energy and climate for the Courier. She joined in 2015."
    article = _box_after_the_story(
        f"<div class='k3'><img src='raman.jpg' alt='Priya Raman'><p>{bio}</p>"
        "<p>More from Priya</p></div>"
    )
    figures = [b for s in article.sections for b in s.blocks if isinstance(b, Figure)]
    assert ([*_STORY, *_LATER], [f"{bio} More from Priya"], []) == (
        _paragraphs(article),
        [n.text for n in article.notes],
        figures,
    )


@pytest.mark.parametrize(
    "box",
    [
        # a picture of someone else, described by their name
        "<img src='lee.jpg' alt='Ann Lee'><p>Priya Raman covers energy for the Courier.</p>",
        # the author's picture with a caption: the story's
        "<figure><img src='raman.jpg' alt='Priya Raman'><figcaption>Priya Raman at the site"
        "</figcaption></figure><p>Priya Raman covers energy for the Courier.</p>",
        # the author's picture, then a paragraph of the story
        "<img src='raman.jpg' alt='Priya Raman'><p>The site near the coast holds forty units.</p>",
    ],
    ids=["someone else", "captioned", "story after"],
)
def test_pictures_that_open_no_author_box(box: str) -> None:
    """Only a picture without a caption described by the author's full name, followed by a
    line about the author, opens a box: the other pictures and lines stay in the body."""
    article = _box_after_the_story(box)
    figures = [b for s in article.sections for b in s.blocks if isinstance(b, Figure)]
    assert (1, []) == (len(figures), [n.text for n in article.notes])


@pytest.mark.parametrize(
    "lines",
    [
        "<p>Priya Raman</p>",  # the name alone: a byline line
        "<p>Zur Person</p>",  # a label naming nobody, then the story
    ],
)
def test_lines_that_open_no_author_box(lines: str) -> None:
    """The author's name alone, or a label naming nobody followed by no line about the
    author, takes no paragraph of the story with it."""
    article = _read(_page(lines, head=_AUTHOR_HEAD))
    assert set(_STORY) <= set(_paragraphs(article))
    assert not article.notes


def test_every_hiding_class_holds_a_hint() -> None:
    """The cheap substring test before the class split lets every hiding class through."""
    assert [] == [c for c in _HIDDEN_CLASSES if not any(h in c for h in _HIDING_HINTS)]


def test_picture_named_like_a_share_button_stays() -> None:
    """A picture whose own class names a share button over it ("img-share") is still the
    story's picture, with its caption."""
    picture = (
        "<div class='pic'><img class='img-share' src='batteries.jpg'>"
        "<p class='imageCaption'>Batteries at a site near the coast</p></div>"
    )
    article = _read(_page(picture))
    figures = [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]
    assert [("batteries.jpg", "Batteries at a site near the coast")] == [
        (m.url, m.caption) for m in figures
    ]


def _wrapped(after: str) -> bytes:
    """A page without ``<article>`` or ``<main>``: the story and ``after`` in plain boxes."""
    story = "".join(f"<p>{text}</p>" for text in _STORY)
    return (
        "<html><head><title>Grid storage doubles</title></head><body><div class='c1'>"
        f"<div class='c2'><h1>Grid storage doubles</h1>{story}</div>{after}</div></body></html>"
    ).encode()


def test_page_footer_in_the_story_wrapper_is_left_out() -> None:
    """A ``<footer>`` outside any ``<article>`` or ``<main>`` is the page's, whatever its
    names: its "about us" text and contact lines do not reach the body."""
    about = (
        "For fifty years we have reported on the energy industry of the region, with a small "
        "team of reporters and editors who live where they write, from the coast to the hills."
    )
    footer = (
        f"<footer class='x9'><h3>About us</h3><p>{about}</p><p>{about}</p><p>Imprint &amp; "
        "privacy</p><p>Contact: Courier, 1 Harbour Street, Tel. 0100 2000</p></footer>"
    )
    assert _STORY == _paragraphs(_read(_wrapped(footer)))


def test_page_footer_holding_the_story_stays() -> None:
    """A ``<footer>`` holding most of the page's prose (a page written wrongly) is kept."""
    lines = [f"{text} ({n})" for n in range(3) for text in _STORY]
    story = "".join(f"<p>{text}</p>" for text in lines)
    page = (
        "<html><head><title>Grid storage doubles</title></head><body><h1>Grid storage doubles</h1>"
        f"<footer>{story}</footer></body></html>"
    ).encode()
    assert lines == _paragraphs(_read(page))


def test_story_of_repeated_lines_is_not_empty() -> None:
    """Short paragraphs printed more than once are a button's or a teaser's and go; but where
    every paragraph is printed more than once (the story itself twice), each is kept once."""
    story = "".join(f"<p>{text}</p>" for text in _STORY * 2)
    page = (
        "<html><head><title>Grid storage doubles</title></head><body><h1>Grid storage doubles</h1>"
        f"<div>{story}</div></body></html>"
    ).encode()
    assert _STORY == _paragraphs(_read(page))


_MEMBERS_STORY = [
    *_STORY,
    "Storage sites near the coast now hold enough power to run a city for an hour, it says.",
    "Inland, farmers lease fields to operators, who pay more than the crops ever brought in.",
    "The regulator will publish new rules for connecting such sites to the grid next spring.",
]


def _members_page(style: str, name: str, headline: str = "Grid storage doubles") -> bytes:
    """A page whose story a paywall's script shows: the story's box hidden by ``style``."""
    story = "".join(f"<p>{text}</p>" for text in _MEMBERS_STORY)
    return (
        f"<html><head><title>{headline}</title></head><body><main>"
        f"<h1>{headline}</h1><p>{_STORY[0]}</p>"
        f"<div {name} style='{style}'>{story}</div>"
        "<div class='modal' style='display: none'><p>Terms of use: the site may change these"
        " terms at any time, and your use of it after a change means you accept them.</p></div>"
        "</main></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "name", ["id='articleBody'", "class='article-single__content'", "class='x7f3a'"]
)
def test_story_hidden_for_a_paywall_is_read(name: str) -> None:
    """A hidden box that holds most of the page's prose, named as content or, whatever its
    name, telling the headline's words ("storage", "doubled" for "Grid storage doubles"), is
    the story a paywall's script shows to subscribers: it is read, and other hidden boxes are
    not."""
    paragraphs = _paragraphs(_read(_members_page("display: none", name)))
    # (the story's first paragraph is printed above the box too, as its teaser; when the
    # container read holds both copies, a short line printed twice goes as a repeated teaser:
    # not what is tested here)
    assert _MEMBERS_STORY[1:] == paragraphs[1 - len(_MEMBERS_STORY) :]
    assert not any("Terms of use" in paragraph for paragraph in paragraphs)


def test_story_hidden_for_a_paywall_under_a_logo_heading_is_read() -> None:
    """The headline's words are looked for in the first ``<h1>`` that holds words: a site's
    logo set as an ``<h1>`` before it (an image) does not hide the story."""
    page = _members_page("display: none", "class='x7f3a'").replace(
        b"<main>", b"<header><h1><a href='/'><img src='logo.png' alt=''></a></h1></header><main>"
    )
    paragraphs = _paragraphs(_read(page))
    assert _MEMBERS_STORY[1:] == paragraphs[1 - len(_MEMBERS_STORY) :]


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("class='related-content'", "Grid storage doubles"),
        ("class='box'", "Council votes on a new ferry timetable"),
    ],
    ids=["named as boilerplate", "another story"],
)
def test_hidden_box_not_the_story_goes(name: str, headline: str) -> None:
    """A hidden box named as boilerplate, or neither named as content nor telling the
    headline's words (another page's text a site keeps hidden), goes even when it holds most
    of the page's prose."""
    paragraphs = _paragraphs(_read(_members_page("display:none", name, headline)))
    assert [_STORY[0]] == paragraphs


_BANNER = [
    "We and our 140 partners use cookies or similar technologies to store and access personal"
    " data on your device, for purposes such as measuring audiences and showing personalised"
    " advertising and content across our websites and apps.",
    "You can freely give, deny, or withdraw your consent at any time by opening the privacy"
    " settings at the foot of every page; a choice you make here applies to this site only, and"
    " denying consent may make some features unavailable.",
    "Use the “Accept all” button to consent to these purposes, or the “Reject all” button to"
    " continue without accepting; closing this notice rejects all purposes except those the"
    " site needs to run and that need no consent at all.",
]


def test_cookie_banner_found_first_gives_way_to_the_story() -> None:
    """A cookie banner that nothing names (no role, no class word) and that holds more prose
    than a short story is found first; its lines are a banner's, it reads to nothing, and the
    story is looked for again without it."""
    banner = "".join(f"<p>{text}</p>" for text in _BANNER)
    story = "".join(f"<p>{text}</p>" for text in _STORY[:2])
    data = (
        "<html><head><title>Grid storage doubles</title></head><body>"
        f"<div class='q1'>{banner}</div><div class='q2'><h2>Grid storage doubles</h2>{story}"
        "</div></body></html>"
    ).encode()
    assert _STORY[:2] == _paragraphs(_read(data))


def test_page_of_a_cookie_banner_alone_reads_with_no_body() -> None:
    """A page whose only text is a cookie banner's has no story: it reads, with an empty body
    (looked for again without the banner, nothing is found)."""
    banner = "".join(f"<p>{text}</p>" for text in _BANNER)
    data = f"<html><head><title>Grid</title></head><body>{banner}</body></html>".encode()
    assert [] == _paragraphs(_read(data))
