"""The site's stock lines at the end of the body, which no class marks, are left out (issue 11).

Each case is an invented article page whose last paragraphs are a site's invitation, notice or
paywall offer, written in plain ``<p>`` elements like the story's own.
"""

import pytest

from newsmodel.formats import ReadOptions
from newsmodel.formats.html import read
from newsmodel.formats.html._trailer import trailer_notes, without_trailer
from newsmodel.model import Article, Figure, ListBlock, Media, Note, NoteKind, Paragraph, Section

_STORY = [
    "The county opened its third public library on Saturday, on the site of an old bus depot.",
    "Residents queued before the doors opened, and the children's room filled within an hour.",
    "The council says the building cost less than planned, thanks to a grant from the state.",
]


def _page(after: str, *, story: list[str] = _STORY) -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in story)
    return (
        "<html><head><title>Library opens on old depot site</title></head><body><article>"
        f"<h1>Library opens on old depot site</h1><div class='story'>{paragraphs}{after}</div>"
        "</article></body></html>"
    ).encode()


def _paragraphs(article: Article) -> list[str]:
    return [paragraph.text for paragraph in article.paragraphs]


def _figures(article: Article) -> list[Figure]:
    return [
        block
        for section in article.sections
        for block in section.blocks
        if isinstance(block, Figure)
    ]


def _read(data: bytes) -> list[str]:
    return _paragraphs(read(data, ReadOptions()).article)


_TRAILERS = {
    "press release contact": "<p>Kontakt:</p><p>Dr. Ann Lee, Pressestelle der Stadt</p>"
    "<p>E-Mail: presse@example.org</p>",
    "press release contact section": "<h2>Media contacts</h2><p>Ann Lee, press office</p>"
    "<p>+1 555 0100</p>",
    "tip-off invitation": "<p>Got a story? Get in touch with our news team by emailing us at "
    "news@example.com.</p>",
    "story invitation by email": "<p>Do you have a story to tell? Email: desk@example.com</p>",
    "social follow": "<p>Follow The Courier on Twitter and Facebook for the latest news.</p>",
    "social follow in Portuguese": "<p>Siga-nos no Instagram para mais notícias.</p>",
    "follow on Google News": "<p>Follow The Courier on Google News to get our news in your "
    "feeds.</p>",
    "more stories": "<p>For more stories like this, check our news page.</p>",
    "form notice": "<p>This site is protected by reCAPTCHA and the Google Privacy Policy and "
    "Terms of Service apply.</p>",
    "newsletter invitation": "<p>Our newsletter brings you the day's news every evening. "
    "Sign up here.</p>",
    "newsletter invitation in German": "<p>Der Newsletter informiert Sie jeden Abend über das "
    "Wichtigste vom Tag. Hier geht's zur Anmeldung.</p>",
    "unsubscribe notice": "<p>You can unsubscribe at any time. See our privacy policy.</p>",
    "feedback in German": "<p>Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback zu "
    "diesem Artikel an: briefe@example.de</p>",
    "blog post meta": "<p>You can follow any responses to this entry through the RSS 2.0 feed. "
    "Both comments and pings are currently closed.</p>",
    "print subscription offer": "<p>Get the Courier delivered to your door every week. 12 "
    "issues for £11.99. Click here for more information.</p>",
    "app invitation": "<p>For the latest news, download the Courier apps for iOS and Android.</p>",
    "channel invitation in Spanish": "<p>¿Ya sabías que tenemos canal de Telegram? Únete desde "
    "tu celular en este enlace.</p>",
    "letters invitation": "<p>Have something to say? Submit a letter to the editor.</p>",
    "newsletter invitation to a reader as du": "<p>Abonniere unseren Newsletter und erfahre alles "
    "Wissenswerte rund um den Hafen.</p>",
    "label line left by a removed box": "<p>Mehr Themen:</p>",
    "player's up next with the titles after it": "<p>Up next</p><p>Council votes on the "
    "depot plan</p><p>Library hours extended for summer</p>",
    "up next as a heading with the titles after it": "<h3>Up next</h3><p>Council votes on "
    "the depot plan</p><figure><img src='t.jpg'></figure><p>Library hours extended</p>",
    "read-more label with the titles after it": "<p>Mehr zum Thema:</p><p>Rat stimmt über "
    "das Depot ab</p><p>Bibliothek verlängert Öffnungszeiten</p><p>Neue Buslinie im Norden</p>",
    "label line without a colon closing the body": "<p>Weitere aktuelle Themen aus der "
    "Arbeitswelt</p>",
    "share box label closing the body": "<p>Artikel teilen</p>",
    "newsletter invitation by the inbox": "<p>Lust auf mehr? Lass dir die besten Geschichten "
    "jede Woche in deinen Posteingang liefern.</p>",
    "newsletter call line": "<p>Sie wollen mehr von uns?</p>",
    "newsletter invitation by the inbox in English": "<p>Get our weekend picks delivered to "
    "your inbox every Friday.</p>",
    "latest articles section": "<h2>Neueste Artikel</h2><p>Wie die Stadt ihre Brücken prüft, "
    "und warum es dauert: ein Besuch bei den Prüfern.</p>",
    "read also section in German": "<h2>Lesen Sie auch:</h2><ul><li>Fünf Ideen für ein neues "
    "Lernkonzept: zwei Trainer schildern, welche Rollen die Bibliothek dabei hat</li></ul>",
    "see also section": "<h2>See also</h2><p>The county's second library will open in the "
    "north of the town next year.</p>",
    "most read section": "<h2>Most read</h2><p>The council's new parking rules, explained in "
    "five questions.</p>",
    "label lines and a related section": "<p>Weiterführende Links:</p><h2>Ähnliche Beiträge</h2>"
    "<p>Die Stadtbibliothek plant eine zweite Filiale im Norden, wie der Rat am Montag "
    "mitteilte.</p>",
    "you may like section in Portuguese": "<h3>Você pode gostar...</h3><p>A vida requer da "
    "gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer.</p>",
    "you may like section in Spanish": "<h2>También te puede gustar</h2><p>La biblioteca "
    "municipal abre una segunda sede en el norte de la ciudad.</p>",
    "you may like section in French": "<h2>Vous aimerez aussi</h2><p>La bibliothèque "
    "municipale ouvre une deuxième antenne au nord de la ville.</p>",
    "same subject section in French": "<h2>Sur le même sujet</h2><p>La bibliothèque "
    "municipale ouvre une deuxième antenne au nord de la ville.</p>",
    "you may like section in Italian": "<h2>Ti potrebbe interessare</h2><p>La biblioteca "
    "comunale apre una seconda sede nel nord della città.</p>",
    "you may like section in German": "<h2>Das könnte Ihnen auch gefallen</h2><p>Die "
    "Stadtbibliothek plant eine zweite Filiale im Norden.</p>",
    "you may like section in Norwegian": "<h2>Du vil kanskje også like</h2><p>Biblioteket "
    "åpner en ny filial nord i byen neste år.</p>",
    "you may like section": "<h2>You may like</h2><p>The county's second library will open in "
    "the north of the town next year.</p>",
    "membership box in Spanish": "<h2>Un público informado decide mejor</h2><p>Hacemos "
    "periodismo desde hace 106 años. HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS</p>"
    "<p>Hágase miembro ahora</p>",
    "membership invitation in German": "<p>Werden Sie jetzt Mitglied und unterstützen Sie "
    "unabhängigen Journalismus.</p>",
    "support invitation": "<p>Support independent journalism: become a member today.</p>",
    "membership invitation in French": "<p>Devenez membre et soutenez notre journalisme.</p>",
    "newsletter section": "<h2>Newsletter</h2><p>Get the day's library news by e-mail, free "
    "of charge.</p><p>Sign up</p>",
    "newsletter section in German": "<h2>Unser Newsletter</h2><p>Erhalten Sie kostenlos "
    "jeden Tag die wichtigsten Nachrichten per E-Mail.</p><p>Anmelden</p>",
    "newsletter section in French": "<h2>Abonnez-vous à notre newsletter</h2><p>Les "
    "nouvelles de la bibliothèque chaque semaine.</p>",
    "named newsletter section": "<h2>Newsletter: Library inside</h2><p>Every Monday the "
    "week's top stories from the library desk.</p>",
    "newsletter section named before": "<h2>Bibliotheks-Newsletter</h2><p>Jeden Montag die "
    "wichtigsten Geschichten.</p>",
    "print version's address line": "<p>Sie finden diesen Artikel im Internet auf der "
    "Website: https://example.org/a/123</p>",
    "print version's address line in English": "<p>You can find this article online at: "
    "https://example.org/a/123</p>",
    "several at once": "<p>Got a story? Email news@example.com.</p>"
    "<p>Follow us on Instagram.</p><p>This form is protected by reCAPTCHA.</p>",
}


@pytest.mark.parametrize("kind", sorted(_TRAILERS))
def test_stock_lines_at_the_end_are_left_out(kind: str) -> None:
    assert _read(_page(_TRAILERS[kind])) == _STORY


def test_photographer_credit_line_is_a_note() -> None:
    """A line crediting the article's photographer at the body's end ("Fotos von Ann Lee",
    "alle Bilder von Ann Lee" between dashes) is a trailer note, not a paragraph."""
    dashed = "\u2013 alle Bilder von Ann Lee \u2013"
    for line in (dashed, "Fotos von Ann Lee", "Photos de Ann Lee"):
        article = read(_page(f"<p>{line}</p>"), ReadOptions()).article
        assert (_STORY, (Note(kind=NoteKind.TRAILER, text=line),)) == (
            _paragraphs(article),
            article.notes,
        )


def test_magazine_credits_are_notes() -> None:
    """A magazine's credits closing the body, each role on a line with the name under it
    ("Interview" / "Ann Lee", "FOTOGRAF" / "BO KIM"), are trailer notes "role: name"."""
    lines = ["Interview", "Ann Lee", "FOTOGRAF", "BO KIM", "HAARE &amp; MAKE-UP", "Eva Holm"]
    article = read(_page("".join(f"<p>{line}</p>" for line in lines)), ReadOptions()).article
    expected = ("Interview: Ann Lee", "FOTOGRAF: BO KIM", "HAARE & MAKE-UP: Eva Holm")
    assert (_STORY, expected) == (
        _paragraphs(article),
        tuple(note.text for note in article.notes if note.kind == NoteKind.TRAILER),
    )


def test_last_section_of_picture_credits_is_notes() -> None:
    """A last section headed only by a picture's credit label ("Beitragsbild:") and holding
    a few short lines is the credits of the article's pictures: trailer notes."""
    article = read(
        _page("<h2>Beitragsbild:</h2><p>(c) Courier | Ann Lee</p>"), ReadOptions()
    ).article
    assert (_STORY, ("Beitragsbild: (c) Courier | Ann Lee",), [None]) == (
        _paragraphs(article),
        tuple(note.text for note in article.notes),
        [section.heading for section in article.sections],
    )


def test_section_headed_like_a_credit_with_the_story_stays() -> None:
    """A section so headed that holds a longer paragraph is the story's."""
    long = "The photographs in this story were taken over three winters on the islands, " * 4
    article = read(_page(f"<h2>Fotos</h2><p>{long}</p>"), ReadOptions()).article
    assert ("Fotos", ()) == (article.sections[-1].heading, article.notes)


def test_magazine_credits_name_the_authors_of_a_page_without_bylines() -> None:
    """On a page that names its authors nowhere else, the credits' writer or interviewer is
    the author and their photographer the photographer; a page's own byline wins."""
    lines = ["Interview", "Ann Lee", "FOTOGRAF", "BO KIM", "Styling", "Eva Holm"]
    credits_html = "".join(f"<p>{line}</p>" for line in lines)
    article = read(_page(credits_html), ReadOptions()).article
    bylined = read(
        _page(credits_html).replace(b"</head>", b"<meta name='author' content='Ola Dahl'></head>"),
        ReadOptions(),
    ).article
    assert (
        [("Ann Lee", "author"), ("BO KIM", "photographer")],
        ["Ola Dahl"],
    ) == (
        [(person.name, person.role) for person in article.bylines],
        [person.name for person in bylined.bylines],
    )


@pytest.mark.parametrize(
    "lines",
    [
        ["Photos", "The harbour at dawn"],
        ["Interview", "The mayor spoke to us on Monday about the depot."],
        ["Text", "2024 Annual Report"],
    ],
)
def test_lines_that_are_no_magazine_credits_stay(lines: list[str]) -> None:
    """A role word's line followed by no name (words in lower case, a sentence, a number)
    stays in the body."""
    page = _page("".join(f"<p>{line}</p>" for line in lines))
    assert [*_STORY, *lines] == _read(page)


def test_sentences_after_an_up_next_label_stay() -> None:
    """After a player's "Up next" (a page line), the lines stay when a sentence of the story
    is among them: only a run of titles to the end is a box's."""
    after = [
        "Council votes on the depot plan",
        "The library will open its doors on Saturday morning, the council said on Monday.",
    ]
    page = _page("<p>Up next</p>" + "".join(f"<p>{text}</p>" for text in after))
    assert [*_STORY, *after] == _read(page)


def test_last_sentence_with_a_label_word_stays() -> None:
    """A short sentence closing the story that holds a box label's word is the story's: a
    label without a colon is taken only when it ends no sentence."""
    last = "Share prices rose."
    assert [*_STORY, last] == _read(_page(f"<p>{last}</p>"))


def test_newsletter_section_of_the_story_stays() -> None:
    """A section headed "Newsletter" that goes on at length is the story's, not a box."""
    long = "The library's newsletter has reached readers in every ward since 1998, and " * 3
    article = read(_page(f"<h2>Newsletter</h2><p>{long}</p>"), ReadOptions()).article
    assert ("Newsletter", [long.strip()]) == (
        article.sections[-1].heading,
        _paragraphs(article)[len(_STORY) :],
    )


def test_contact_label_with_a_long_paragraph_after_it_stays() -> None:
    """A contact label followed by a paragraph of the story is not a contact box."""
    last = "Kontakt zur Besatzung gab es seit Mittag nicht mehr, sagte die Sprecherin der " * 3
    assert [*_STORY, "Kontakt:", last.strip()] == _read(_page(f"<p>Kontakt:</p><p>{last}</p>"))


def test_stock_line_inside_the_story_stays() -> None:
    line = "Follow The Courier on Twitter and Facebook for the latest news."
    story = [_STORY[0], line, *_STORY[1:]]
    assert _read(_page("", story=story)) == story


def test_story_ending_about_a_newsletter_keeps_it() -> None:
    last = "The library will also send a monthly newsletter to the families who sign up."
    assert _read(_page(f"<p>{last}</p>")) == [*_STORY, last]


def test_story_ending_about_an_inbox_keeps_it() -> None:
    last = "The fake messages land in your inbox looking like the bank's own."
    assert _read(_page(f"<p>{last}</p>")) == [*_STORY, last]


def test_story_ending_about_members_keeps_it() -> None:
    """A story's last line about becoming a member of something else stays."""
    last = "Anyone who lives in the county can become a member of the library for free."
    assert _read(_page("", story=[*_STORY, last])) == [*_STORY, last]


def test_story_ending_about_followers_keeps_it() -> None:
    last = "The mayor, who has 20,000 followers on X, posted a photo of the queue."
    assert _read(_page(f"<p>{last}</p>")) == [*_STORY, last]


def test_story_ending_with_a_police_appeal_keeps_it() -> None:
    appeal = "Anyone with information is asked to get in touch with police on 101."
    assert _read(_page(f"<p>{appeal}</p>")) == [*_STORY, appeal]


def test_long_last_paragraph_naming_a_network_stays() -> None:
    last = (
        "The librarian, who follows dozens of readers on Instagram, said the opening was the "
        "busiest day of her career, and that she hoped the queues would last. "
    ) * 3
    assert _read(_page(f"<p>{last}</p>"))[-1] == last.strip()


@pytest.mark.parametrize(
    "last",
    [
        "This is what the queue outside the old depot looked like on Saturday morning:",
        "The council's plan is here:",
        "See more photos:",
    ],
)
def test_line_of_the_story_ending_with_a_colon_stays(last: str) -> None:
    """A line ending with a colon closing the body that introduces the story's own link or
    embed, not a box of other articles or buttons, stays."""
    assert _read(_page(f"<p>{last}</p>")) == [*_STORY, last]


def test_related_heading_inside_the_story_stays() -> None:
    """A section headed "Related" in the middle of the body, with the story's sections after
    it, stays."""
    after = (
        "<h2>Related recipes</h2><p>Try the library's own cookbook, on loan from Monday.</p>"
        "<h2>Opening hours</h2><p>The library is open every day but Sunday, from nine to six.</p>"
    )
    assert _read(_page(after))[-2:] == [
        "Try the library's own cookbook, on loan from Monday.",
        "The library is open every day but Sunday, from nine to six.",
    ]


@pytest.mark.parametrize("label", ["Neueste Artikel", "Latest articles"])
def test_related_heading_with_teasers_set_as_sections_goes(label: str) -> None:
    """A section naming other articles at the body's end, followed by teasers each set as a
    section of its own (its title as the heading, over its picture and a short summary),
    goes with them."""
    teasers = "".join(
        f"<h2>{title}</h2><figure><img src='/t{n}.jpg'></figure><p>{summary}</p>"
        for n, (title, summary) in enumerate(
            [
                ("Bridge closes for repairs", "The old bridge shuts for a month from Monday."),
                ("Market returns", "Stalls are back on the square, with more of them than before."),
            ]
        )
    )
    after = f"<h2>{label}</h2><figure><img src='/t.jpg'></figure><p>Podcast</p>{teasers}"
    article = read(_page(after), ReadOptions()).article
    assert (_STORY, []) == (_paragraphs(article), _figures(article))


@pytest.mark.parametrize("label", ["Schlagworte", "Tags:", "Kategorie:"])
def test_tags_label_ends_the_body_before_the_site_s_boxes(label: str) -> None:
    """A line that is only a tags label, its tags gone, with only the site's short lines,
    pictures and lists after it (an issue's contents, the publisher's address), ends the
    body."""
    after = (
        f"<p>{label}</p><h2>Issue 2/2022</h2><figure><img src='/cover.jpg'></figure>"
        "<h2>In this issue</h2><p>Wine makers</p><p>Our new series asks growers about the year.</p>"
        "<h2>More from the Courier</h2><p>Courier Ltd, 7 Harbour Street, Oban, +44 1631 000</p>"
    )
    article = read(_page(after), ReadOptions()).article
    assert (_STORY, []) == (_paragraphs(article), _figures(article))


def test_schedule_after_a_day_column_stays() -> None:
    """ "Tag" (German for a day) heading a schedule's column is no tags label: the schedule
    stays."""
    after = "<p>Tag</p><p>Datum</p><p>Wettkampf</p><p>Montag</p><p>7. Februar</p><p>Sprint</p>"
    assert _read(_page(after))[-6:] == [
        "Tag",
        "Datum",
        "Wettkampf",
        "Montag",
        "7. Februar",
        "Sprint",
    ]


def test_paywall_notice_and_its_offer_are_left_out() -> None:
    offer = (
        "<p>This article is for subscribers only.</p><p>Subscribers get:</p>"
        "<ul><li>Every story on the site</li><li>Our morning newsletter</li></ul>"
        "<p>Recommended</p>"
    )
    assert _read(_page(offer)) == _STORY


@pytest.mark.parametrize(
    "notice",
    [
        "To view the full story, please subscribe to The Courier.",
        "Subscribe now to our digital edition for the full story.",
        "Contenido exclusivo para suscriptores.",
        "Cet article est réservé aux abonnés.",
    ],
)
def test_paywall_notice_and_a_long_offer_are_left_out(notice: str) -> None:
    """A paywall notice in the languages read goes with the offer after it, even a line of
    a stock line's length that speaks of subscribing."""
    offer = (
        "When you join the Courier family, you get unlimited digital access to our journalism "
        "about the county and its people, with no advertising, the morning newsletter, the "
        "archive of every story since 1950 and invitations to our readers' evenings."
    )
    assert _read(_page(f"<p>{notice}</p><p>{offer}</p><p>Already a subscriber? Log in.</p>")) == (
        _STORY
    )


def test_paywall_notice_in_japanese_is_left_out() -> None:
    story = ["県立図書館が１３日、旧バス車庫の跡地に開館した。", "開館前から住民が列を作った。"]
    offer = "<p>この記事は会員限定です。 会員登録は無料です。</p><p>おすすめ情報</p>"
    assert _read(_page(offer, story=story)) == story


def test_paragraph_about_a_paywall_followed_by_the_story_stays() -> None:
    notice = "“This article is for subscribers only,” the banner on the rival's site read."
    rest = (
        "The council's own newsletter, by contrast, is free, and it carried the news of the "
        "opening on its front page, with a photograph of the queue and a map of bus routes "
        "to the depot site, which several readers said they had printed out and brought."
    )
    story = [_STORY[0], notice, rest]
    assert _read(_page("", story=story)) == story


@pytest.mark.parametrize(
    "label",
    ["Featured Video", "More videos", "Weitere Videos", "Latest stories", "Vídeos relacionados"],
)
def test_teaser_box_left_as_lines_at_the_end_is_left_out(label: str) -> None:
    """A label of other videos or articles near the end, with only a teaser's short title,
    picture and summary after it, goes with them."""
    teaser = (
        f"<p>{label}</p><p><img src='/teaser.jpg'></p><p>How the depot became a library</p>"
        "<p>The architect of the county's new library shows how a bus depot was turned into a"
        " reading room.</p>"
    )
    assert _read(_page(teaser)) == _STORY


def test_teaser_label_with_a_long_paragraph_after_it_stays() -> None:
    """After such a label, a paragraph longer than a teaser's summary is the story's."""
    rest = (
        "Next, the council wants to open a fourth branch in the north of the county, on a "
        "site it has not yet chosen, and it has asked residents to send in their ideas, from "
        "old schools and warehouses to a disused railway station that has stood empty for "
        "years, and which the county bought from the railway company in the spring."
    )
    story = [*_STORY, "Featured Video", rest]
    assert _read(_page("", story=story)) == story


def test_last_section_left_empty_goes() -> None:
    story = Section(blocks=(Paragraph(text=_STORY[0]),))
    trailer = Section(
        heading="More", blocks=(Paragraph(text="Follow us on Facebook for more news."),)
    )
    assert without_trailer((story, trailer)) == (story,)


class TestSignOffNotes:
    """An agency's sign-off at the end of the body becomes a trailer note (issue 12)."""

    @pytest.mark.parametrize(
        "line",
        [
            "(dpa)",
            "Avec AFP",
            "afp/mr",
            "(Con información de EFE)",
            "Associated Press writers Tom Hale and Joe Roe contributed to this report.",
            "Ann Lee contributed reporting from Leeds.",
            "Adam Lee, Bo Kim and Joe Roe contributed to this guide.",
            "Associated Press writer Kim Roe contributed from Sacramento.",
            "Reporting by Ann Lee; Editing by Tom Hale",
            "\uff08田中美咲記者\uff09",
            "Quelle: Kreisverwaltung, dpa",
            "(Source: Reuters)",
        ],
    )
    def test_sign_off_is_a_note(self, line: str) -> None:
        article = read(_page(f"<p>{line}</p>"), ReadOptions()).article
        assert (_STORY, (Note(kind=NoteKind.TRAILER, text=line),)) == (
            _paragraphs(article),
            article.notes,
        )

    def test_body_of_only_a_sign_off_stays(self) -> None:
        """A body that is nothing but such a line keeps it: it is not emptied."""
        sections = (Section(blocks=(Paragraph(text="(dpa)"),)),)
        assert (sections, ()) == trailer_notes(sections)

    def test_sign_off_inside_the_story_stays(self) -> None:
        """Only the last lines are looked at."""
        article = read(_page("", story=[_STORY[0], "(dpa)", *_STORY[1:]]), ReadOptions()).article
        assert ("(dpa)" in _paragraphs(article), ()) == (True, article.notes)

    def test_correction_at_the_end_is_a_note(self) -> None:
        """A correction closing the body is a correction note, as in plain text."""
        line = "Correction: An earlier version of this story misstated the library's opening hours."
        article = read(_page(f"<p><em>{line}</em></p>"), ReadOptions()).article
        note = Note(
            kind=NoteKind.CORRECTION,
            text="An earlier version of this story misstated the library's opening hours.",
        )
        assert (_STORY, (note,)) == (_paragraphs(article), article.notes)


class TestAuthorLines:
    """Closing lines about the article's author become notes, not body (issue 11)."""

    @staticmethod
    def _with_author(closing: str, story: list[str] = _STORY, *, markup: bool = False) -> Article:
        head = '<meta name="author" content="Ann Lee">'
        after = closing if markup else f"<p>{closing}</p>"
        data = _page(after, story=story).replace(b"<head>", f"<head>{head}".encode())
        return read(data, ReadOptions()).article

    @pytest.mark.parametrize(
        ("line", "kind"),
        [
            ("Text: Ann Lee", NoteKind.TRAILER),
            ("Ann Lee | Online-Redaktion", NoteKind.TRAILER),
            ("Editor : Ann Lee", NoteKind.TRAILER),
            ("Ann Lee is a freelance writer based in Leeds. She covers libraries.", NoteKind.OTHER),
            ("Korrespondentin Ann Lee ist bei der Zeitung für Kultur zuständig.", NoteKind.OTHER),
            ("Ann Lee, doctor of history, teaches at the county college.", NoteKind.OTHER),
            ("Ann Lee leitet das Ressort Kultur und lebt in Leipzig.", NoteKind.OTHER),
        ],
    )
    def test_author_line_is_a_note(self, line: str, kind: NoteKind) -> None:
        """A credit line naming the author is a trailer; a few lines about the author are
        another note."""
        article = self._with_author(line)
        assert (_STORY, (Note(kind=kind, text=line),)) == (_paragraphs(article), article.notes)

    @pytest.mark.parametrize("title", ["Senior Writer", "Redakteurin", "Staff reporter"])
    def test_job_title_line_after_the_biography_goes_with_it(self, title: str) -> None:
        """The author's job title printed on a line of its own under the biography is part of
        the box: the biography still becomes the note."""
        bio = "Ann Lee is a freelance writer based in Leeds. She covers libraries."
        article = self._with_author(f"<p>{bio}</p><p>{title}</p>", markup=True)
        note = Note(kind=NoteKind.OTHER, text=bio)
        assert (_STORY, (note,)) == (_paragraphs(article), article.notes)

    @pytest.mark.parametrize(
        "link", ["Alle Artikel von Ann Lee", "More from Ann Lee", "See all stories by Ann Lee"]
    )
    def test_link_to_the_author_under_the_biography_goes_with_it(self, link: str) -> None:
        """The link to the author's page printed under the box, a short line naming them in
        full, is a note too: the biography above it still leaves the body."""
        bio = "Ann Lee is a freelance writer based in Leeds. She covers libraries."
        article = self._with_author(f"<p>{bio}</p><a href='/autor/lee'>{link}</a>", markup=True)
        notes = (Note(kind=NoteKind.OTHER, text=bio), Note(kind=NoteKind.OTHER, text=link))
        assert (_STORY, notes) == (_paragraphs(article), article.notes)

    def test_link_naming_the_author_by_first_name_under_the_biography_goes_with_it(self) -> None:
        """Right under the biography, a link line that names the author by first name only
        ("More from Ann") is the box's too."""
        bio = "Ann Lee is a freelance writer based in Leeds. She covers libraries."
        article = self._with_author(f"<p>{bio}</p><p>More from Ann</p>", markup=True)
        notes = (
            Note(kind=NoteKind.OTHER, text=bio),
            Note(kind=NoteKind.OTHER, text="More from Ann"),
        )
        assert (_STORY, notes) == (_paragraphs(article), article.notes)

    def test_line_naming_the_author_by_first_name_after_the_story_stays(self) -> None:
        """Under a paragraph of the story, a short line with the author's first name stays."""
        article = self._with_author("Ann and the dog")
        assert ([*_STORY, "Ann and the dog"], ()) == (_paragraphs(article), article.notes)

    @pytest.mark.parametrize(
        "line",
        [
            "Tom Hale thanked Ann Lee on Monday.",  # a sentence of the story
            "Ann and Lee took the first books home",  # no author's full name
            "First in the queue on Saturday morning was Ann Lee, long before the doors opened",
            "Cloche terrarium (Ann Lee)",  # a caption crediting the author
        ],
    )
    def test_closing_line_naming_the_author_that_is_no_link_stays(self, line: str) -> None:
        """A closing line that is a sentence, longer than a link, or without the author's full
        name stays in the body."""
        article = self._with_author(line)
        assert ([*_STORY, line], ()) == (_paragraphs(article), article.notes)

    def test_picture_above_a_link_to_the_author_stays(self) -> None:
        """A picture without a caption above the link line is the story's, not a headshot
        (that stands above the biography)."""
        article = self._with_author("<img src='depot.jpg'><p>More from Ann Lee</p>", markup=True)
        assert (_STORY, 1) == (_paragraphs(article), len(_figures(article)))

    def test_job_title_line_after_the_story_stays(self) -> None:
        """Such a line under a paragraph of the story is left where it is."""
        article = self._with_author("Staff reporter")
        assert ([*_STORY, "Staff reporter"], ()) == (_paragraphs(article), article.notes)

    def test_story_sentence_about_someone_else_stays(self) -> None:
        """A closing sentence about another person, or the author named inside a sentence of
        the story, stays."""
        lines = [
            "Tom Hale is the library's first director, and starts on Monday.",
            "The library thanked Ann Lee, whose reporting first revealed the plan, on Saturday.",
        ]
        for line in lines:
            article = self._with_author(line)
            assert ([*_STORY, line], ()) == (_paragraphs(article), article.notes)

    def test_end_mark_bio_and_print_line_are_notes(self) -> None:
        """A magazine's end mark, the author's biography and the line saying where the piece
        appears in print, closing the body, are notes."""
        closing = (
            "<p>◆</p><p>Ann Lee is a writer based in Galway.</p><p>This article appears in "
            "the Spring 2024 issue of Harbour Quarterly. <a href='/subscribe'>Subscribe</a>.</p>"
        )
        article = self._with_author(closing, markup=True)
        assert (_STORY, [NoteKind.TRAILER, NoteKind.OTHER, NoteKind.OTHER]) == (
            _paragraphs(article),
            [note.kind for note in article.notes],
        )

    @pytest.mark.parametrize(
        "box",
        [
            "<p>{bio}</p><img src='lee.jpg'>",
            "<img src='lee.jpg'><blockquote>{bio}</blockquote>",
            "<img src='lee.jpg'><p>{bio}</p><img src='badge.png'>",
        ],
        ids=["headshot after", "headshot before, block quote", "both"],
    )
    def test_author_box_with_headshot(self, box: str) -> None:
        """An author's biography closing the page, in a paragraph or a block quote, becomes a
        note, and the pictures without a caption beside it (the headshot) go with it: whatever
        the box's class names, a page's author box is not story."""
        bio = "Ann Lee covers libraries and schools for the county desk."
        article = self._with_author(box.format(bio=bio), markup=True)
        assert (_STORY, (Note(kind=NoteKind.OTHER, text=bio),)) == (
            _paragraphs(article),
            article.notes,
        )
        assert [] == _figures(article)

    def test_captionless_picture_closing_the_story_stays(self) -> None:
        """A last picture without a caption stays when no line about the author is before it."""
        article = self._with_author("<img src='depot.jpg'>", markup=True)
        assert (_STORY, (), 1) == (_paragraphs(article), article.notes, len(_figures(article)))

    def test_section_headed_with_the_author_is_a_note(self) -> None:
        """A last section headed with the author's full name, holding a job title and a
        headshot, is the author's box: a note, not a section."""
        article = self._with_author(
            "<h2>Ann Lee</h2><p>Head of the culture desk</p><img src='lee.jpg' alt='Ann Lee'>",
            markup=True,
        )
        note = Note(kind=NoteKind.OTHER, text="Ann Lee, Head of the culture desk")
        assert (_STORY, (note,), 1) == (_paragraphs(article), article.notes, len(article.sections))

    @pytest.mark.parametrize(("heading", "repeat"), [("Ann Lee", 3), ("Authors", 4)])
    def test_section_headed_as_a_box_holding_story_stays(self, heading: str, repeat: int) -> None:
        """A section headed with the author's name (an interview's part) or with a label
        naming nobody ("Authors") that holds story, longer than a box's few lines, stays: the
        heading alone does not make a section of story an author's box."""
        long = " ".join(_STORY * repeat)
        article = self._with_author(f"<h2>{heading}</h2><p>{long}</p>", markup=True)
        assert ([*_STORY, long], (), 2) == (
            _paragraphs(article),
            article.notes,
            len(article.sections),
        )

    @pytest.mark.parametrize(
        ("heading", "note"),
        [
            ("About the author", "Ann covers libraries and schools for the county desk."),
            ("Über Ann", "Ann covers libraries and schools for the county desk."),
            ("Autor:innen", "Geboren 1990, seit 2019 Redakteurin im Lokalressort."),
            ("Authors", "Covers libraries and schools for the county desk since 2019."),
            ("Autoreninfo", "Seit 2019 Redakteurin im Lokalressort."),
        ],
    )
    def test_section_about_the_author_is_a_note(self, heading: str, note: str) -> None:
        """A last section headed "About the author", "About" with the author's first name or
        a label naming nobody ("Autor:innen", "Authors"), holding a few lines, is the author's
        box: its lines are a note, whether they name the author or not."""
        article = self._with_author(f"<h2>{heading}</h2><p>{note}</p>", markup=True)
        assert (_STORY, (Note(kind=NoteKind.OTHER, text=note),), 1) == (
            _paragraphs(article),
            article.notes,
            len(article.sections),
        )

    def test_section_about_something_else_stays(self) -> None:
        """A last section "About" something other than the author stays."""
        line = "The depot was built in 1931 and closed in 1998."
        article = self._with_author(f"<h2>About the depot</h2><p>{line}</p>", markup=True)
        assert ([*_STORY, line], 2) == (_paragraphs(article), len(article.sections))


class TestCommentBoxes:
    """A comment box left in the body, whatever its class names, goes (issue 11)."""

    _COMMENTS = (
        "<img src='avatar1.png'><p>Mara</p><p>Lovely building, we went on Sunday.</p>"
        "<img src='avatar2.png'><p>Tom</p><p>Finally a library on our side of town!</p>"
    )

    @pytest.mark.parametrize(
        "heading",
        ["Leave a Reply", "112 Hinterlasse einen Kommentar", "Comments (2)", "Commentaires"],
    )
    def test_section_headed_as_comments_goes_with_the_rest(self, heading: str) -> None:
        """A section headed as a comment box goes, with every section after it."""
        after = f"<h2>{heading}</h2>{self._COMMENTS}<h2>Mara</h2><p>Another reply here.</p>"
        assert _STORY == _read(_page(after))

    @pytest.mark.parametrize("line", ["Write a comment", "Kommentar schreiben", "コメントを書く"])
    def test_first_line_of_a_comment_widget_goes_with_its_lines(self, line: str) -> None:
        """A comment box's first line among the last blocks goes with the short lines and
        pictures after it."""
        after = f"<p>{line}</p><img src='me.png'><p>Log in to comment.</p><p>0/150</p>"
        assert _STORY == _read(_page(after))

    def test_comment_line_before_story_stays(self) -> None:
        """A line like a comment box's first line followed by a paragraph longer than a
        widget's stays: the story goes on."""
        long = "The council will hear comments on the plan at its next meeting. " * 3
        assert [*_STORY, "Comments", long.strip()] == _read(_page(f"<p>Comments</p><p>{long}</p>"))

    def test_first_section_headed_comments_stays(self) -> None:
        """A page whose only section is headed like a comment box keeps it: that is the story
        (a post about comments)."""
        data = _page("").replace(b"<div class='story'>", b"<div class='story'><h2>Comments</h2>")
        assert _STORY == _read(data)


def test_stock_line_above_a_closing_credit_line_goes() -> None:
    """An invitation above the editor's credit line goes; the credit line is a note."""
    after = "<p>Follow the Courier on WhatsApp for the latest news.</p><p>Editor: Bo Kim</p>"
    article = read(_page(after), ReadOptions()).article
    assert (_STORY, (Note(kind=NoteKind.TRAILER, text="Editor: Bo Kim"),)) == (
        _paragraphs(article),
        article.notes,
    )


class TestExposedStockLines:
    """Stock lines that stood above lines taken off the end go too (issue 11)."""

    _OFFER = "Get the Courier delivered every month. 12 issues for £11.99. Click here for more."

    def test_stock_line_above_an_emptied_last_section(self) -> None:
        """A last section that held only a comment counter goes, and so does the stock line
        closing the section before it, which then ends the body."""
        after = f"<p>{self._OFFER}</p><h2>Tell us what you think</h2><p>comments</p>"
        assert _STORY == _read(_page(after))

    def test_stock_line_above_a_rights_notice(self) -> None:
        """A stock line above the rights notice that closes the body goes with it; the notice
        is the article's rights."""
        after = f"<p>{self._OFFER}</p><p>Copyright 2024 Courier Media. All rights reserved.</p>"
        article = read(_page(after), ReadOptions()).article
        assert (_STORY, "Copyright 2024 Courier Media. All rights reserved.") == (
            _paragraphs(article),
            article.rights,
        )

    def test_paywall_notice_above_a_comment_form(self) -> None:
        """A paywall notice that a comment form (with an avatar) stood below goes once the
        form has gone, and so does a stock line above the notice."""
        story = Section(blocks=tuple(Paragraph(text=text) for text in _STORY))
        end = Section(
            heading="Reactions",
            blocks=(
                Paragraph(text="Follow us on Twitter"),
                ListBlock(items=("This article is for subscribers only.",)),
                Paragraph(text="Write a comment"),
                Figure(media=Media(url="avatar.png")),
                Paragraph(text="0/150"),
            ),
        )
        assert (story,) == without_trailer((story, end))
