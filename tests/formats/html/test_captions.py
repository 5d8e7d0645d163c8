"""Caption credits and quotation attributions in web pages (issue 11)."""

# ruff: noqa: RUF001, RUF002  (Japanese full-width brackets and signs on purpose)

import json

import pytest

from newsmodel.extract.credits import split_caption_credit
from newsmodel.formats import ReadOptions
from newsmodel.formats.html import read
from newsmodel.formats.html._cite import split_cite
from newsmodel.model import Article, BlockQuote, Figure, Media, Paragraph, Person

_LEAD = (
    "<p>Battery storage on the national grid doubled last year, figures published on Monday "
    "show, as operators raced to balance wind and solar output across the country.</p>"
)


def _figures(article: Article) -> list[Media]:
    return [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]


def _texts(article: Article) -> list[str]:
    return [b.text for s in article.sections for b in s.blocks if isinstance(b, Paragraph)]


def _read(inner: str) -> Article:
    page = (
        "<html><head><title>Grid storage doubles</title></head><body><article>"
        f"<h1>Grid storage doubles</h1>{_LEAD}{inner}{_LEAD.replace('Battery', 'Grid')}"
        "</article></body></html>"
    )
    return read(page.encode(), ReadOptions()).article


class TestCaptionCredits:
    """A credit at the end of a caption goes to ``Media.credit``."""

    @pytest.mark.parametrize(
        ("caption", "expected"),
        [
            ("Boats at dawn. Photograph: Tom Hale/Courier", ("Boats at dawn.", "Tom Hale/Courier")),
            ("Boats at dawn. Photo: Ann Lee", ("Boats at dawn.", "Ann Lee")),
            ("Boats at dawn | Photo: Ann Lee", ("Boats at dawn", "Ann Lee")),
            ("Voters queue. (AP Photo/Ben Gray)", ("Voters queue.", "AP Photo/Ben Gray")),
            ("Der Hafen am Morgen. Foto: dpa", ("Der Hafen am Morgen.", "dpa")),
            ("Die Kanzlerin (Foto: Ina Roth/dpa)", ("Die Kanzlerin", "Ina Roth/dpa")),
            ("Le port au matin. Photo : AFP", ("Le port au matin.", "AFP")),
            ("Boats at dawn. Tom Hale/Courier", ("Boats at dawn.", "Tom Hale/Courier")),
            ("Boats. Ann Lee/Stringer/Getty Images", ("Boats.", "Ann Lee/Stringer/Getty Images")),
            ("Lima. EFE/EPA/ANA RUIZ", ("Lima.", "EFE/EPA/ANA RUIZ")),
            ("In Gaza, 2022. (Adel Hana/The Associated Press)",
             ("In Gaza, 2022.", "Adel Hana/The Associated Press")),
            ("Bo Kim speaks. (Ann Lee / AP)", ("Bo Kim speaks.", "Ann Lee / AP")),
            ("Photo: AP", ("", "AP")),
            ("Trains at dawn. (Photo by Karl Bauer)", ("Trains at dawn.", "Karl Bauer")),
            ("Trains at dawn (Picture by Ann Lee/Courier)", ("Trains at dawn", "Ann Lee/Courier")),
            ("Mist. Photo by Jane Doe on Unsplash", ("Mist.", "Jane Doe on Unsplash")),
            ("Il Reno in piena (foto Ansa)", ("Il Reno in piena", "Ansa")),
            ("Trims. (AP Photo/Ann Lee, File)", ("Trims.", "AP Photo/Ann Lee, File")),
            ("The lab at night. Photo: J. Okafor", ("The lab at night.", "J. Okafor")),
            ("The lab. Photo courtesy of Jenna Hadley", ("The lab.", "Jenna Hadley")),
            ("The lab (Photo courtesy of Ann Lee)", ("The lab", "Ann Lee")),
            ("Trees. (Courier photo/Dana Lee)", ("Trees.", "Courier photo/Dana Lee")),
            ("The post. (Screenshot: VeriFact)", ("The post.", "VeriFact")),
            ("Fans at the final in the rainCredit: PA", ("Fans at the final in the rain", "PA")),
            ("Boats at dawnPhoto: Ann Lee", ("Boats at dawn", "Ann Lee")),
            ("De Markt. © ANP / Robin Utrecht", ("De Markt.", "ANP / Robin Utrecht")),
            ("Start. | © Kevin C. Cox/Getty Images", ("Start.", "Kevin C. Cox/Getty Images")),
            ("Lanterns at dusk. Image source, Getty Images", ("Lanterns at dusk.", "Getty Images")),
            ("Most. Fot. Marek Zieliński / Gazeta", ("Most.", "Marek Zieliński / Gazeta")),
            ("Op het Malieveld. Foto ANP", ("Op het Malieveld.", "ANP")),
            ("Courtesy of the Hadley family", ("", "the Hadley family")),
            ("(Care of Harbour Associates LLC)", ("", "Harbour Associates LLC")),
            ("En Lima. (AP Foto/Ana Ruiz, Archivo)", ("En Lima.", "AP Foto/Ana Ruiz, Archivo")),
            ("港の朝＝1日、横浜市で（山田太郎撮影）", ("港の朝＝1日、横浜市で", "山田太郎撮影")),
            ("会見する社長（代表撮影）", ("会見する社長", "代表撮影")),
            ("本館（11日）＝山本健太撮影", ("本館（11日）", "山本健太撮影")),
            ("ألواح شمسية (تصوير: خالد العتيبي)", ("ألواح شمسية", "خالد العتيبي")),
            ("El campamento. Ana Ruiz (REUTERS)", ("El campamento.", "Ana Ruiz (REUTERS)")),
            ("Die Panzer. Foto: picture alliance / SZ Photo | Ina Roth",
             ("Die Panzer.", "picture alliance / SZ Photo | Ina Roth")),
            ("Das Lager, 2024.Ina Roth (dpa/picture alliance)",
             ("Das Lager, 2024.", "Ina Roth (dpa/picture alliance)")),
            ("Havnen om morgenen. Video: Ola Berg / Avisen",
             ("Havnen om morgenen.", "Ola Berg / Avisen")),
            ("Alte Monitore. (Bildquelle: example.org)", ("Alte Monitore.", "example.org")),
            ("Die Halle. (Symbolbild: Ina Roth/Stock)", ("Die Halle.", "Ina Roth/Stock")),
            ("Die Halle. Grafik: Courier", ("Die Halle.", "Courier")),
            ("El puerto. Fuente: Ayuntamiento de Vigo", ("El puerto.", "Ayuntamiento de Vigo")),
            ("Die Werft. Foto: Ina Roth/dpa; Montage: Courier",
             ("Die Werft.", "Ina Roth/dpa; Montage: Courier")),
            ("Quelle: Ina Roth; Montage: Courier", ("", "Ina Roth; Montage: Courier")),
            ("El puerto.Foto: Ana Ruiz (EFE) | Vídeo: EPV",
             ("El puerto.", "Ana Ruiz (EFE) | Vídeo: EPV")),
            ("Boats at dawn. | Ann Lee/PA Images via Getty Images",
             ("Boats at dawn.", "Ann Lee/PA Images via Getty Images")),
            ("Boats at dawn | Ann Lee/Courier", ("Boats at dawn", "Ann Lee/Courier")),
            ("Der Hafen am Morgen. Ina Roth/dpa", ("Der Hafen am Morgen.", "Ina Roth/dpa")),
            ("Der Hafen am Morgen. Ina Roth/stock.example.com",
             ("Der Hafen am Morgen.", "Ina Roth/stock.example.com")),
            ("El puerto. (Créditos: Ana Ruiz)", ("El puerto.", "Ana Ruiz")),
            ("Le port. Crédits photo : Ana Ruiz/Le Courrier", ("Le port.", "Ana Ruiz/Le Courrier")),
            ("Le port. Crédit photo: Ana Ruiz", ("Le port.", "Ana Ruiz")),
            ("El puerto. Crédito foto: Ana Ruiz/EFE", ("El puerto.", "Ana Ruiz/EFE")),
            ("Foto by A. Ruiz", ("", "A. Ruiz")),
            ("Der Hafen am Morgen. © Foto: Ina Roth", ("Der Hafen am Morgen.", "Ina Roth")),
            ("Der Hafen am Morgen. Foto: © Ina Roth", ("Der Hafen am Morgen.", "Ina Roth")),
            ("Titelbild: Ina Roth/dpa", ("", "Ina Roth/dpa")),
            ("Symbolgrafik:© Ina Roth - stock.example.com", ("", "Ina Roth - stock.example.com")),
            ("Kleid von LOEWE.Foto: Ina Roth. Styling: Bo Kim. Haare: Cy Park. Make-up: Di Lund",
             ("Kleid von LOEWE.", "Ina Roth. Styling: Bo Kim. Haare: Cy Park. Make-up: Di Lund")),
            ("The coat. Photo: Ann Lee; Hair & Make-up: Bo Kim",
             ("The coat.", "Ann Lee; Hair & Make-up: Bo Kim")),
        ],
    )  # fmt: skip
    def test_credit_endings(self, caption: str, expected: tuple[str, str]) -> None:
        """Each ending the issue lists splits off, without its label."""
        assert expected == split_caption_credit(caption)

    @pytest.mark.parametrize(
        "caption",
        [
            "A photo: the harbour at dawn, with boats waiting for the tide to turn.",
            "The service runs 24/7 from the harbour.",
            "Picture this: a harbour with no boats. Nobody came.",
            "Boats at dawn, before the storm.",
            "The image by Banksy sold for millions.",
            "He posed for a photo by the river.",
            "He took a photo (by accident) of Ann Lee",
            "The harbour (photo of the day)",
            "会見で撮影について説明する社長",
            "We met the image source, a man named Bo.",
            "The foto of a NASA rocket",
            "Routes ran north. Oslo/Bergen/Trondheim/Tromsø/Bodø",
            "Trains between the cities (Oslo/Bergen)",
            "Read the plan. See Harbour Board/harbour.example.org/plan for more.",
            "He was caught on video: Ann Lee running for the train.",
            "A graphic: the harbour at dawn",
            "Boats at dawn; nets drying | Ann Lee",
            "Prices rose. Bus/tram",
            "He works 24/7. And/or",
            "The new iPhoto: Ann Lee",
            "He was discredit: Ann Lee",
            "The coat by LOEWE. Styling: Bo Kim",  # a shoot's roles without the photographer
        ],
    )
    def test_captions_without_credit(self, caption: str) -> None:
        """A caption that only mentions a photo, or holds a slash, stays whole; the labels
        of a video's or a graphic's credit count only capitalised."""
        assert (caption, None) == split_caption_credit(caption)

    @pytest.mark.parametrize(
        ("caption", "expected"),
        [
            ("Die Werft am Morgen. Quelle:", "Die Werft am Morgen."),
            ("Quelle:", ""),
            ("Photo:", ""),
            ("Die Werft am Morgen. ©", "Die Werft am Morgen."),
            ("Die Werft am Morgen. Foto: ©", "Die Werft am Morgen."),
        ],
    )
    def test_empty_credit_label(self, caption: str, expected: str) -> None:
        """A credit label or a copyright sign with nothing after it, at the caption's end,
        is taken off."""
        assert (expected, None) == split_caption_credit(caption)

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("Foto: © Ann Lee", "Ann Lee"),
            ("Titelbild: Ann Lee/dpa", "Ann Lee/dpa"),
            ("Symbolgrafik:© Ann Lee - stock.example.com", "Ann Lee - stock.example.com"),
            ("©Foto: Ann Lee | Courier", "Ann Lee | Courier"),
            ("Photo by Ann Lee on Unsplash", "Ann Lee on Unsplash"),
            ("Image by Ann Lee from Pixabay", "Ann Lee from Pixabay"),
        ],
    )
    def test_credit_line_after_a_picture(self, line: str, expected: str) -> None:
        """A line that is only a labelled credit, a post's header picture's or a graphic's
        among them, is the credit of the picture before it, with no caption (the label is
        none)."""
        article = _read(f"<figure><img src='a.jpg'></figure><p>{line}</p>")
        figures = _figures(article)
        texts = _texts(article)
        assert ([("a.jpg", None, expected)], 2) == (
            [(m.url, m.caption, m.credit) for m in figures],
            len(texts),
        )

    @pytest.mark.parametrize("line", ["Foto: Ann Lee", "Photo by Ann Lee"])
    def test_credit_line_after_a_captioned_picture(self, line: str) -> None:
        """A credit line under a figure that has a caption and no credit is its credit; a
        sentence opening "Photo by" stays a paragraph."""
        kept = "Photo by the harbour, the boats waited for the tide."
        article = _read(
            f"<figure><img src='a.jpg'><figcaption>Boats at dawn.</figcaption></figure>"
            f"<p>{line}</p><p>{kept}</p>"
        )
        figures = [(m.url, m.caption, m.credit) for m in _figures(article)]
        assert ([("a.jpg", "Boats at dawn.", "Ann Lee")], True) == (
            figures,
            kept in _texts(article),
        )

    def test_labelled_copyright_line_without_a_picture_is_a_credit(self) -> None:
        """A copyright line labelled as a picture's ("©Foto: Ann Lee") with no picture before
        it is a figure's credit, not the story's attribution ("© Reuters", which stays)."""
        article = _read("<p>©Foto: Ann Lee</p><p>© Reuters</p>")
        figures = _figures(article)
        texts = _texts(article)
        assert (["Ann Lee"], True) == ([m.credit for m in figures], "© Reuters" in texts)

    def test_caption_or_credit_printed_again_under_the_figure(self) -> None:
        """A paragraph right under a figure that repeats its caption or its credit (a picture
        viewer's copy) is not body text; the same words elsewhere stay."""
        article = _read(
            "<p>Boats at dawn.</p>"
            "<figure><img src='a.jpg'><figcaption>Boats at dawn.</figcaption></figure>"
            "<p>Boats at dawn.</p>"
            "<figure><img src='b.jpg'><figcaption>Nets <small>Pixabay</small></figcaption>"
            "</figure><p>Pixabay</p>"
        )
        texts = _texts(article)
        assert (3, "Boats at dawn.") == (len(texts), texts[1])  # and the story's two

    def test_label_of_no_picture_stays_text(self) -> None:
        """A line whose label only ends like a picture's word ("Vorbild:", a role model)
        stays a paragraph."""
        article = _read("<figure><img src='a.jpg'></figure><p>Vorbild: Ann Lee</p>")
        texts = _texts(article)
        assert "Vorbild: Ann Lee" in texts

    @pytest.mark.parametrize(
        "credit_class", ["bildautor", "bildnachweis", "field--image-credits", "fotografo"]
    )
    def test_credit_element_named_in_other_words(self, credit_class: str) -> None:
        """A credit element named in another language read or in the plural ("bildautor",
        "image-credits") is the figure's credit, not part of its caption, first or last."""
        article = _read(
            "<figure><img src='a.jpg'><div class='lightbox-caption'>"
            f"<div class='{credit_class}'>Foto: Bild: NORDPRESS/OLA DAHL</div>"
            "<div>Helpers at the dam</div></div></figure>"
        )
        figures = _figures(article)
        assert [("Helpers at the dam", "NORDPRESS/OLA DAHL")] == [
            (m.caption, m.credit) for m in figures
        ]

    def test_label_before_a_credit_element(self) -> None:
        """A caption ending with a label whose credit is an element of its own ("... Quelle:
        <cite>THW</cite>") keeps neither the label nor an empty caption."""
        article = _read(
            "<figure><img src='a.jpg'><figcaption>Helpers at the dam. Quelle: <cite>Courier</cite>"
            "</figcaption></figure>"
            "<figure><img src='b.jpg'><figcaption>Quelle: <cite>Courier</cite></figcaption>"
            "</figure>"
        )
        figures = _figures(article)
        assert [("Helpers at the dam.", "Courier"), (None, "Courier")] == [
            (m.caption, m.credit) for m in figures
        ]

    def test_figure_in_a_page(self) -> None:
        """A figure's caption ending with a credit reads as caption and credit."""
        article = _read(
            "<figure><img src='boats.jpg'><figcaption>Batteries at a site near the coast. "
            "Photograph: Tom Hale/Courier</figcaption></figure>"
        )
        figures = [b for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        expected = Media(
            url="boats.jpg",
            caption="Batteries at a site near the coast.",
            credit="Tom Hale/Courier",
        )
        assert [expected] == [figure.media for figure in figures]

    def test_caption_outside_a_figure(self) -> None:
        """A ``<p class="caption">`` beside an image, outside any figure, is the caption of a
        figure, not a paragraph; a caption-classed paragraph among the text is dropped."""
        article = _read(
            "<div class='block'><div class='image'><img src='boats.jpg'></div>"
            "<p class='caption'>Boats at dawn (Tom Hale/Courier)</p></div>"
        )
        blocks = [type(b).__name__ for s in article.sections for b in s.blocks]
        figures = [b for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        assert (["Paragraph", "Figure", "Paragraph"], ["Boats at dawn (Tom Hale/Courier)"]) == (
            blocks,
            [figure.media.caption for figure in figures],
        )

    def test_alt_text_squashed(self) -> None:
        """A picture's alternative text is squashed like its caption (double spaces, soft
        hyphens gone); an empty one, a decorative picture's, stays empty."""
        article = _read(
            "<figure><img src='a.jpg' alt='Boats  at­tached to the quay'>"
            "<figcaption>Boats at dawn.</figcaption></figure>"
            "<figure><img src='b.jpg' alt=''><figcaption>The quay.</figcaption></figure>"
        )
        figures = [b for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        assert ["Boats attached to the quay", ""] == [figure.media.alt for figure in figures]

    def test_captions_in_a_gallery_box_make_no_one_figure(self) -> None:
        """A box of many pictures, each with a caption-classed line after it, is a gallery,
        not one picture's wrapper: each picture and the caption after it make a figure (the
        box does not become one figure with the last caption) and no caption is a
        paragraph."""
        items = "".join(
            f"<a href='/boat{n}'><img src='boat{n}.jpg'></a><p class='caption'>Boat {n} at dawn</p>"
            for n in range(12)
        )
        article = _read(f"<div>{items}</div>")
        blocks = [b for s in article.sections for b in s.blocks]
        figures = [(b.media.url, b.media.caption) for b in blocks if isinstance(b, Figure)]
        paragraphs = [b.text for b in blocks if isinstance(b, Paragraph)]
        expected = [(f"boat{n}.jpg", f"Boat {n} at dawn") for n in range(12)]
        assert (expected, 2) == (figures, len(paragraphs))

    def test_caption_class_in_camel_case(self) -> None:
        """A caption named in camel case ("InlineImage-imageEmbedCaption") is one too: beside
        its image it is the figure's caption; without an image it is dropped."""
        article = _read(
            "<div class='InlineImage-wrapper'><img src='boats.jpg'>"
            "<div class='InlineImage-imageEmbedCaption'>Boats at dawn</div></div>"
            "<div class='InlineImage-wrapper'><div class='lazy-placeholder'></div>"
            "<div class='InlineImage-imageEmbedCaption'>Nets drying in the sun</div></div>"
        )
        texts = [b.text for s in article.sections for b in s.blocks if isinstance(b, Paragraph)]
        figures = [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        assert ([("boats.jpg", "Boats at dawn")], []) == (
            [(m.url, m.caption) for m in figures],
            [t for t in texts if "Boats" in t or "Nets" in t],
        )

    def test_caption_named_by_class_inside_a_figure(self) -> None:
        """A ``<figure>`` without ``<figcaption>`` whose caption is an element named so
        (``<div class="caption">``, its text and credit in spans of their own) has that
        caption and credit; a figure with a ``<figcaption>`` keeps it."""
        article = _read(
            "<figure><div class='asset'><picture><img src='ice.jpg'></picture></div>"
            "<div class='CaptionWrapper caption'><span class='caption__text'>Ice at dawn.</span>"
            "<span class='caption__credit'>Photograph by Doug Lee</span></div></figure>"
            "<figure><img src='boats.jpg'><figcaption>Boats</figcaption>"
            "<div class='caption'>Not this</div></figure>"
        )
        figures = [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        assert [("ice.jpg", "Ice at dawn.", "Doug Lee"), ("boats.jpg", "Boats", None)] == [
            (m.url, m.caption, m.credit) for m in figures
        ]

    @pytest.mark.parametrize("label", ["Legende:", "Caption:", "Légende :", "Leyenda:"])
    def test_caption_label_is_not_the_caption(self, label: str) -> None:
        """A label printed before a caption ("Legende: ...") is not part of it; a caption
        that is only the label keeps it."""
        article = _read(
            f"<figure><img src='a.jpg'><figcaption>{label} Boote im Hafen.</figcaption></figure>"
            f"<figure><img src='b.jpg'><figcaption>{label}</figcaption></figure>"
        )
        figures = [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        assert ["Boote im Hafen.", label] == [m.caption for m in figures]

    def test_figcaption_outside_a_figure(self) -> None:
        """A ``<figcaption>`` in a plain wrapper beside its image makes that wrapper a figure;
        one loose among the paragraphs is dropped. Neither is a paragraph."""
        article = _read(
            "<div class='visual'><img src='boats.jpg'><figcaption>Boats at dawn "
            "(REUTERS/Tom Hale)</figcaption></div><div><figcaption>A loose caption of a picture"
            "</figcaption><p>A paragraph of the story beside it, long enough to be one.</p></div>"
        )
        blocks = [type(b).__name__ for s in article.sections for b in s.blocks]
        figures = [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        expected = [Media(url="boats.jpg", caption="Boats at dawn", credit="REUTERS/Tom Hale")]
        assert (["Paragraph", "Figure", "Paragraph", "Paragraph"], expected) == (blocks, figures)

    def test_wordpress_caption_wrapper_is_not_a_caption(self) -> None:
        """A figure wrapper named like a caption ("wp-caption") keeps its image and caption."""
        article = _read(
            "<div class='wp-caption'><img src='boats.jpg'>"
            "<p class='wp-caption-text'>Boats at dawn</p></div>"
        )
        figures = [b for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        assert [("boats.jpg", "Boats at dawn")] == [(f.media.url, f.media.caption) for f in figures]

    def test_caption_printed_as_a_paragraph(self) -> None:
        """A short paragraph ending with a labelled credit, after an image, is that image's
        caption and credit; with no uncaptioned figure before it, it is a figure of its own."""
        article = _read(
            "<figure><img src='boats.jpg'></figure>"
            "<p>The two cousins set off in March. Foto: Privat</p>"
            "<p>Their kayaks at sea (Image: Getty Images)</p>"
        )
        figures = [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        assert [
            Media(url="boats.jpg", caption="The two cousins set off in March.", credit="Privat"),
            Media(caption="Their kayaks at sea", credit="Getty Images"),
        ] == figures

    def test_caption_with_a_glued_credit_printed_as_a_paragraph(self) -> None:
        """A paragraph whose credit label is glued to its last word ("... at dawnCredit: Ann
        Lee", caption and credit in two elements with no space between), after an image, is
        that image's caption and credit."""
        article = _read(
            "<figure><img src='boats.jpg'></figure><p>Boats at dawnCredit: Ann Lee</p>"
            "<p>The fleet sailed at first light, the harbour master said on Monday morning.</p>"
        )
        figures = [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        assert [Media(url="boats.jpg", caption="Boats at dawn", credit="Ann Lee")] == figures

    @pytest.mark.parametrize(
        ("line", "caption"),
        [
            ("Legende: Boats at dawn in the harbour.", "Boats at dawn in the harbour."),
            ("Caption: Boats at dawn", "Boats at dawn"),
            ("Bildunterschrift: Boote im Hafen. Foto: Ann Lee", "Boote im Hafen."),
        ],
    )
    def test_paragraph_opening_with_a_caption_label(self, line: str, caption: str) -> None:
        """A short paragraph that opens with a caption's label ("Legende:", "Caption:") is a
        caption printed outside its figure: the picture's before it, or a figure of its own."""
        after_picture = _figures(_read(f"<figure><img src='b.jpg'></figure><p>{line}</p>"))
        alone = _figures(_read(f"<p>{line}</p>"))
        assert [("b.jpg", caption)] == [(m.url, m.caption) for m in after_picture]
        assert [(None, caption)] == [(m.url, m.caption) for m in alone]

    def test_credit_element_with_a_shoot_s_roles_loses_its_label(self) -> None:
        """A credit element that names the photographer and a magazine shoot's other roles
        ("Foto: X. Styling: Y. Haare: Z. Make-up: W", longer than a credit alone) loses its
        label; the roles stay."""
        credit = (
            "Foto: Ina Roth-Hallberg. Styling: Bo Kim Lindqvist. Haare: Cy Park. Make-up: Di"
            " Lund-Berg"
        )
        assert len(credit.removeprefix("Foto: ")) > 80  # a credit alone is at most 80
        article = _read(
            "<figure><img src='c.jpg'><figcaption>Mantel von LOEWE."
            f"<span class='credit'>{credit}</span></figcaption></figure>"
        )
        assert [credit.removeprefix("Foto: ")] == [m.credit for m in _figures(article)]

    def test_paragraph_saying_the_alt_text_under_a_picture(self) -> None:
        """A paragraph after an uncaptioned picture that opens with the picture's description
        word for word, whatever the punctuation, is its caption; what follows is its credit."""
        alt = "The council meets on Monday, 5 January, in the town hall"
        line = "The council meets on Monday 5 January in the town hall Ann Lee/Courier"
        article = _read(f"<figure><img src='c.jpg' alt='{alt}'></figure><p>{line}</p>")
        [media] = _figures(article)
        assert ("The council meets on Monday 5 January in the town hall", "Ann Lee/Courier") == (
            media.caption,
            media.credit,
        )
        assert line not in _texts(article)

    @pytest.mark.parametrize(
        ("alt", "line"),
        [
            # the story's sentence opens with the description and goes on
            (
                "Mayor Eva Holm at the harbour",
                "Mayor Eva Holm at the harbour said on Monday that the ferry would stop for"
                " the winter, and that the council would pay for a bus from the station to"
                " the quay until the spring, when the new boat arrives from the yard.",
            ),
            # a gallery's slide: its whole text is the picture's description too
            (
                "For long hair, experts advise a handful of nuts and seeds a day. They give the"
                " body vitamins, minerals and fibre, and hair and skin need all of them, more"
                " than any lotion sold for the purpose at three times the price.",
            )
            * 2,
            # a description too short to tell: a name
            ("Eva Holm", "Eva Holm"),
            # the description, then a sentence of the story, not a credit
            (
                "The council meets in the town hall",
                "The council meets in the town hall. It was the last meeting of the year.",
            ),
        ],
        ids=["sentence", "slide", "name", "sentence after"],
    )
    def test_paragraph_opening_with_the_alt_text_stays(self, alt: str, line: str) -> None:
        """A paragraph of the story that opens with the picture's description is no caption."""
        article = _read(f"<figure><img src='c.jpg' alt='{alt}'></figure><p>{line}</p>")
        assert line in _texts(article)

    @pytest.mark.parametrize(
        ("printed", "expected"),
        [
            (
                "Boats leaving the harbour at dawn Tom Hale",
                ("Boats leaving the harbour at dawn", "Tom Hale"),
            ),
            (
                "Boats leaving the harbour, at dawn. Jan van der Berg",
                ("Boats leaving the harbour, at dawn.", "Jan van der Berg"),
            ),
            (
                "Boats leaving the harbour at dawn Tom Hale/Copyright 2026 Courier. All rights "
                "reserved.",
                (
                    "Boats leaving the harbour at dawn",
                    "Tom Hale/Copyright 2026 Courier. All rights reserved.",
                ),
            ),
        ],
        ids=["name", "particles", "copyright notice"],
    )
    def test_caption_saying_the_alt_text_then_a_credit(
        self, printed: str, expected: tuple[str, str]
    ) -> None:
        """A figure's caption that opens with the picture's description word for word and
        goes on with names only, or a copyright notice, has that for its credit."""
        alt = "Boats leaving the harbour at dawn"
        article = _read(
            f"<figure><img src='c.jpg' alt='{alt}'><figcaption>{printed}</figcaption></figure>"
        )
        assert [expected] == [(m.caption, m.credit) for m in _figures(article)]

    @pytest.mark.parametrize(
        "printed",
        [
            "Boats leaving the harbour at dawn. It was cold.",
            "Boats leaving the harbour at dawn, with the ferry behind them",
        ],
    )
    def test_caption_saying_the_alt_text_then_more_words(self, printed: str) -> None:
        """A caption that goes on after the picture's description with words of a sentence
        keeps them: no credit is read from them."""
        alt = "Boats leaving the harbour at dawn"
        article = _read(
            f"<figure><img src='c.jpg' alt='{alt}'><figcaption>{printed}</figcaption></figure>"
        )
        assert [(printed, None)] == [(m.caption, m.credit) for m in _figures(article)]

    @pytest.mark.parametrize(
        "caption",
        [
            "The board (from left): Ann Lee, Tom Hale and Mia Berg.",
            "Der Vorstand (v.l.n.r.): Ina Roth, Karl Bauer und Mia Berg",
            "Vorstandsmitglieder (von li nach re): Ina Roth, Karl Bauer",
            "Le bureau, de gauche à droite : Anne Roy, Luc Petit",
        ],
    )
    def test_caption_naming_those_pictured_printed_as_a_paragraph(self, caption: str) -> None:
        """A short paragraph right after an image without a caption that names the people
        pictured from the left is that image's caption, even without a credit."""
        article = _read(f"<figure><img src='board.jpg'></figure><p>{caption}</p>")
        figures = [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        assert [Media(url="board.jpg", caption=caption)] == figures

    @pytest.mark.parametrize(
        "caption",
        [
            "Wer die Wege sperrt, ist unklar (Symbolbild).",
            "A substation near Leeds (file photo)",
            "Una subestación cerca de Sevilla (Foto de archivo)",
        ],
    )
    def test_caption_of_a_stock_picture_printed_as_a_paragraph(self, caption: str) -> None:
        """A short paragraph after a picture without a caption that closes saying the picture
        is a stock or archive one is its caption, after the picture's credit line too."""
        credit = "<p>© Ann Lee - stock.example.com</p>"
        article = _read(f"<figure><img src='w.jpg'></figure>{credit}<p>{caption}</p>")
        figures = [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        assert [
            Media(url="w.jpg", caption=caption, credit="Ann Lee - stock.example.com")
        ] == figures

    def test_source_line_with_a_copyright_sign_stays(self) -> None:
        """A text's source line ("Quelle: © www.example.de") is not a picture's credit."""
        line = "Quelle: © www.example.de - Nachrichten für Ihre Seite"
        article = _read(f"<p>{line}</p>")
        assert line in [paragraph.text for paragraph in article.paragraphs]

    def test_words_from_the_left_elsewhere_stay_a_paragraph(self) -> None:
        """The same words in a paragraph that follows no picture stay in the body."""
        line = "The board (from left): Ann Lee, Tom Hale and Mia Berg."
        article = _read(f"<p>{line}</p>")
        assert line in [paragraph.text for paragraph in article.paragraphs]

    def test_caption_with_a_bracketed_credit_printed_as_a_paragraph(self) -> None:
        """A short paragraph ending with an agency's credit in brackets, without a credit
        label and colon ("(AP Photo/Ann Lee)", "（山田太郎撮影）"), is a caption too; a
        paragraph that only speaks of a photo in brackets stays."""
        article = _read(
            "<figure><img src='boats.jpg'></figure>"
            "<p>Trims in a truck outside a store. (AP Photo/Ann Lee, File)</p>"
            "<p>港の朝＝1日、横浜市で（山田太郎撮影）</p>"
            "<p>The mayor showed the plan (and a photo of the site).</p>"
        )
        figures = [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        paragraphs = [
            b.text for s in article.sections for b in s.blocks if not isinstance(b, Figure)
        ]
        assert [
            Media(
                url="boats.jpg",
                caption="Trims in a truck outside a store.",
                credit="AP Photo/Ann Lee, File",
            ),
            Media(caption="港の朝＝1日、横浜市で", credit="山田太郎撮影"),
        ] == figures
        assert "The mayor showed the plan (and a photo of the site)." in paragraphs

    def test_credit_named_by_a_compound_class(self) -> None:
        """A credit element named by a compound class ("photo-credit", "image__copyright")
        gives the credit, inside the caption or beside it; when a caption line named so holds
        the credit's own element, that innermost element is the credit."""
        article = _read(
            "<figure><img src='a.jpg'><figcaption>Boats at dawn <span class='photo-credit'>"
            "Ann Lee</span></figcaption></figure>"
            "<figure><div><img src='b.jpg'><span class='image__copyright'>Getty Images</span>"
            "</div><figcaption>The quay</figcaption></figure>"
            "<figure><img src='c.jpg'><div class='box__copyright'>Trawlers in port "
            "<span class='caption-credit'>© Tom Hale</span></div></figure>"
        )
        figures = [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        assert [
            ("Boats at dawn", "Ann Lee"),
            ("The quay", "Getty Images"),
            (None, "Tom Hale"),  # the copyright sign is a label, as "Photo:" is
        ] == [(media.caption, media.credit) for media in figures]

    def test_credit_element_wins(self) -> None:
        """A credit the markup marks is kept; the caption is not searched."""
        article = _read(
            "<figure><img src='boats.jpg'><figcaption>Boats at dawn. Tom Hale/Courier"
            "<span class='credit'>Ann Lee</span></figcaption></figure>"
        )
        figures = [b for s in article.sections for b in s.blocks if isinstance(b, Figure)]
        assert ["Ann Lee"] == [figure.media.credit for figure in figures]


class TestCite:
    """A ``<cite>`` "Name, Organisation" gives the speaker's name and organisation."""

    @pytest.mark.parametrize(
        ("cite", "expected"),
        [
            ("Jess Ralston, Energy and Climate Intelligence Unit",
             Person(name="Jess Ralston", organization="Energy and Climate Intelligence Unit")),
            ("Ann Lee, chief executive of Acme Ltd",
             Person(name="Ann Lee", title="chief executive", organization="Acme Ltd")),
            ("Ann Lee, policy director, Acme",
             Person(name="Ann Lee", title="policy director", organization="Acme")),
            ("Ann Lee, mayor", Person(name="Ann Lee", title="mayor")),
            ("Jess Ralston (ECIU)", Person(name="Jess Ralston", organization="ECIU")),
            ("Ann Lee", Person(name="Ann Lee")),
            ("Mark Twain, 1897", Person(name="Mark Twain, 1897")),
        ],
    )  # fmt: skip
    def test_split(self, cite: str, expected: Person) -> None:
        """Name, then a title and an organisation, each when there."""
        assert expected == split_cite(Person(name=cite))

    def test_block_quote_in_a_page(self) -> None:
        """A block quote's cite splits into the speaker's name and organisation."""
        article = _read(
            "<blockquote><p>This is the fastest growth we have seen in a decade of records.</p>"
            "<cite>Jess Ralston, Energy and Climate Intelligence Unit</cite></blockquote>"
        )
        quotes = [b for s in article.sections for b in s.blocks if isinstance(b, BlockQuote)]
        expected = Person(name="Jess Ralston", organization="Energy and Climate Intelligence Unit")
        assert [expected] == [quote.speaker for quote in quotes]


def test_declared_picture_caption_gives_its_credit() -> None:
    """The picture the page's JSON-LD declares, without a figure on the page, has its caption
    and credit parted as a figure's are ("... (Credit: iStock)", "Foto: X" alone)."""
    images = [
        {"@type": "ImageObject", "url": "https://example.com/a.jpg", "caption": caption}
        for caption in ("Boats at dawn (Credit: iStock)", "Foto: Ann Lee/Courier")
    ]
    found = []
    for image in images:
        data = {"@type": "NewsArticle", "headline": "Grid storage doubles", "image": image}
        page = (
            "<html><head><title>Grid storage doubles</title><script type='application/ld+json'>"
            f"{json.dumps(data)}</script></head><body><article><h1>Grid storage doubles</h1>"
            f"{_LEAD}</article></body></html>"
        )
        media = read(page.encode(), ReadOptions()).article.media[0]
        found.append((media.caption, media.credit))
    assert [("Boats at dawn", "iStock"), (None, "Ann Lee/Courier")] == found


def test_cite_after_a_block_quote_names_its_speaker() -> None:
    """A ``<cite>`` printed right after a block quote is its attribution; a name and a title
    on two lines read as one line, "Name, Title"."""
    article = _read(
        "<blockquote><p>This is the fastest growth we have seen in a decade of records.</p>"
        "</blockquote> <cite><div>Jess Ralston</div><div>head of energy at ECIU</div></cite>"
        "<p>The figures were published on Monday by the grid operator.</p>"
    )
    quotes = [b for s in article.sections for b in s.blocks if isinstance(b, BlockQuote)]
    expected = Person(name="Jess Ralston", title="head of energy", organization="ECIU")
    assert [expected] == [quote.speaker for quote in quotes]
    assert "The figures were published on Monday by the grid operator." in [
        p.text for p in article.paragraphs
    ]


def test_cite_after_a_block_quote_keeps_the_text_between_its_lines() -> None:
    """Text written straight into the ``<cite>``, after a line break, is part of it."""
    article = _read(
        "<blockquote><p>This is the fastest growth we have seen in a decade of records.</p>"
        "</blockquote><cite><span>Jess Ralston</span><br>ECIU</cite>"
        "<p>The figures were published on Monday by the grid operator.</p>"
    )
    quotes = [b for s in article.sections for b in s.blocks if isinstance(b, BlockQuote)]
    assert [Person(name="Jess Ralston", organization="ECIU")] == [q.speaker for q in quotes]


@pytest.mark.parametrize(
    ("markup", "credit"),
    [
        ("<figure><img src='1.jpg' alt='Fear'><figcaption>2/28 photos</figcaption></figure>", None),
        (
            "<div><img src='1.jpg' alt='Fear'></div><div><span>2/28 photos</span> "
            "<span>© Ann Lee/Stock</span></div>",
            "Ann Lee/Stock",
        ),
    ],
    ids=["figcaption", "line under the picture"],
)
def test_gallery_counter_is_no_caption(markup: str, credit: str | None) -> None:
    """A gallery's counter printed as a picture's caption ("2/28 photos"), alone or with the
    picture's credit, is no caption; the credit stays the picture's."""
    article = _read(markup)
    figures = [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]
    assert [(None, credit)] == [(media.caption, media.credit) for media in figures]
    assert not any("2/28" in p.text for p in article.paragraphs)


class TestLeadPictureBlock:
    """A lead picture printed without <figure>: an image and its caption in plain blocks."""

    _STORY = (
        "<div><p>A fire early Saturday destroyed the feed store, a Depot Street business that "
        "had served farmers for more than a century.</p><p>No one was injured, the fire "
        "department said on Saturday afternoon.</p></div>"
    )
    _BLOCK = (
        "<div><img src='https://example.com/img/fire-800x450.jpg' alt='Burning store'><div>"
        "Firefighters battle the blaze early Saturday. Photograph: Jo Vance/Gazette</div></div>"
    )

    def _read(self, head: str, block: str) -> Article:
        page = (
            f"<html><head><title>Fire destroys feed store</title>{head}</head><body><div>"
            f"<h1>Fire destroys feed store</h1>{block}{self._STORY}</div></body></html>"
        )
        return read(page.encode(), ReadOptions()).article

    def test_block_gives_the_lead_caption_and_credit(self) -> None:
        """The picture the metadata declares, printed in a block with its caption, gets the
        caption and credit; the declared address is kept."""
        head = "<meta property='og:image' content='https://example.com/img/fire.jpg'>"
        article = self._read(head, self._BLOCK)
        expected = Media(
            url="https://example.com/img/fire.jpg",
            caption="Firefighters battle the blaze early Saturday.",
            credit="Jo Vance/Gazette",
            alt="Burning store",
        )
        assert (expected,) == article.media

    def test_block_without_declared_image(self) -> None:
        """Without an image in the metadata, the block is the lead picture."""
        article = self._read("", self._BLOCK)
        assert [("https://example.com/img/fire-800x450.jpg", "Jo Vance/Gazette")] == [
            (media.url, media.credit) for media in article.media
        ]

    def test_block_of_another_picture_is_not_the_lead(self) -> None:
        """A block whose picture is not the declared one (a logo, an advert) leaves the
        declared image alone."""
        head = "<meta property='og:image' content='https://example.com/img/barn-ruins.jpg'>"
        article = self._read(head, self._BLOCK)
        assert (Media(url="https://example.com/img/barn-ruins.jpg"),) == article.media

    def test_icon_is_no_lead_picture(self) -> None:
        """An image declared smaller than 100 pixels (an icon, an avatar) is no picture
        block."""
        block = self._BLOCK.replace("alt=", "width='40' height='40' alt=")
        assert () == self._read("", block).media

    @pytest.mark.parametrize(
        "tags",
        [
            "<div><a href='/fire'>Fire</a> <a href='/depot-street'>Depot Street</a></div>",
            "<section><div>Topics</div><ul><li><a href='/fire'>Fire</a></li>"
            "<li><a href='/farming'>Farming</a></li></ul></section>",
        ],
        ids=["links", "labelled list"],
    )
    def test_tag_links_under_the_caption_are_no_credit(self, tags: str) -> None:
        """A list of links under the caption (the story's tags, a label over them or not) is
        neither the caption nor its credit, whatever the class names."""
        block = (
            "<div><img src='https://example.com/img/fire.jpg' alt='Burning store'>"
            f"<div>Firefighters battle the blaze early Saturday.</div>{tags}</div>"
        )
        assert [("Firefighters battle the blaze early Saturday.", None)] == [
            (media.caption, media.credit) for media in self._read("", block).media
        ]

    @pytest.mark.parametrize(
        ("credit", "expected"),
        [
            ("<a href='/jo-vance'>Jo Vance</a>/<a href='/gazette'>Gazette</a>", "Jo Vance/Gazette"),
            (
                "Photo: <a href='/jo-vance'>Jo Vance</a>, <a href='/tom-hale'>Tom Hale</a>",
                "Jo Vance, Tom Hale",
            ),
        ],
    )
    def test_credit_written_as_links_stays_the_credit(self, credit: str, expected: str) -> None:
        """A credit whose names are links ("<a>Jo Vance</a>/<a>Gazette</a>", a label before
        them) is no list of links: it stays the credit."""
        block = (
            "<div><img src='https://example.com/img/fire.jpg' alt='Burning store'>"
            f"<div>Firefighters battle the blaze early Saturday.</div><div>{credit}</div></div>"
        )
        assert [("Firefighters battle the blaze early Saturday.", expected)] == [
            (media.caption, media.credit) for media in self._read("", block).media
        ]

    def test_logo_with_an_address_is_no_caption(self) -> None:
        """An image with an address under it (a print header) is no picture block."""
        block = "<div><img src='/logo.png'><div>https://example.com/news/fire-destroys-store</div></div>"
        article = self._read("", block)
        assert () == article.media


class TestPictureBlocksInTheBody:
    """An image and its credited caption in plain blocks inside the body is a figure."""

    @staticmethod
    def _figures(article: Article) -> list[Media]:
        return [b.media for s in article.sections for b in s.blocks if isinstance(b, Figure)]

    def test_block_with_a_credited_caption_is_a_figure(self) -> None:
        """ "<div><img><div>Caption (Screenshot: X)</div></div>" is a figure with its caption
        and credit, not a picture and a paragraph."""
        article = _read(
            "<div><img src='post.png' alt='The post'><div>A screenshot of the post, which has "
            "since been labelled. (Screenshot: VeriFact)</div></div>"
        )
        expected = Media(
            url="post.png",
            caption="A screenshot of the post, which has since been labelled.",
            credit="VeriFact",
            alt="The post",
        )
        assert [expected] == self._figures(article)
        assert not any("VeriFact" in p.text for p in article.paragraphs)

    def test_link_inside_brackets_is_read_as_printed(self) -> None:
        """A link inside brackets, "(<a>Mare Imbrium</a>)", is read without spaces inside the
        brackets, and a credit in brackets after the last sentence splits off."""
        article = _read(
            "<div><img src='map.jpg'><span>A map of the plain (<a href='/mare'>Mare Imbrium</a>)"
            " on the moon. (<a href='/credits'>Ann Lee/AP</a>)</span></div>"
        )
        assert [("A map of the plain (Mare Imbrium) on the moon.", "Ann Lee/AP")] == [
            (m.caption, m.credit) for m in self._figures(article)
        ]

    def test_lazy_image_with_its_noscript_copy_is_one_figure(self) -> None:
        """A lazy image's placeholder and its ``<noscript>`` copy are one picture: the block
        around them and a credited caption is a figure, not a paragraph."""
        article = _read(
            "<div><div><img src='data:image/gif;base64,R0lG' data-src='boats.jpg' alt='Boats'>"
            "<noscript><img src='boats.jpg'></noscript></div><span><div>Boats in the harbour "
            "at dawn, before the race.</div><span>Ann Lee/Getty Images</span></span></div>"
        )
        figures = self._figures(article)
        assert [("Boats in the harbour at dawn, before the race.", "Ann Lee/Getty Images")] == [
            (m.caption, m.credit) for m in figures
        ]
        assert figures[0].url == "boats.jpg"
        assert not any("Getty" in p.text for p in article.paragraphs)

    def test_gallery_items_drop_their_counters(self) -> None:
        """A gallery's items (a counter, a caption, a credit) give one figure each."""
        items = "".join(
            f"<div><div><img src='{n}.jpg'></div><div><span>{n} of 2</span><p>Lanterns drift "
            f"down the river at dusk, number {n}.</p><span>Image source, Getty Images</span>"
            "</div></div>"
            for n in (1, 2)
        )
        article = _read(items)
        assert [
            ("1.jpg", "Lanterns drift down the river at dusk, number 1.", "Getty Images"),
            ("2.jpg", "Lanterns drift down the river at dusk, number 2.", "Getty Images"),
        ] == [(m.url, m.caption, m.credit) for m in self._figures(article)]

    def test_gallery_written_as_a_list_gives_figures(self) -> None:
        """A gallery written as a list, each item an image, its caption (printed twice, in
        full and cut short, one of them shown) and a credit, gives one figure an item, the
        caption taken once; a list of pictures without credits stays a list."""
        caption = "Lanterns drift down the river at dusk on the last night of the festival."
        item = (
            "<li><div><img src='{n}.jpg'></div><div><div>{caption}</div><div>{caption}</div>"
            "<span>Photo: Ann Lee, AP</span></div></li>"
        )
        items = "".join(item.format(n=n, caption=caption) for n in (1, 2))
        article = _read(f"<ul class='k9'>{items}</ul>")
        assert [("1.jpg", caption, "Ann Lee, AP"), ("2.jpg", caption, "Ann Lee, AP")] == [
            (m.url, m.caption, m.credit) for m in self._figures(article)
        ]
        plain = "".join(
            f"<li><img src='{n}.jpg'><span>A lantern of the festival, number {n}, by night.</span>"
            "</li>"
            for n in (1, 2)
        )
        article = _read(f"<ul>{plain}</ul>")
        assert [] == [m.caption for m in self._figures(article) if m.caption]

    @pytest.mark.parametrize(
        "caption",
        [
            "Lanterns drift down the river at dusk",
            "記者会見を開いた市長と大学の幹部たち、十三日午後、東京都内の市役所で",  # no spaces
        ],
    )
    def test_caption_saying_the_alt_text_is_a_figure(self, caption: str) -> None:
        """A block whose text opens with the image's alt text, a caption's worth of it, is a
        figure without a credit: the page gives the picture's description twice."""
        article = _read(
            f"<div><div><a href='/photos/1'><img src='1.jpg' alt='{caption}'></a></div>"
            f"<p>{caption}</p></div>"
        )
        assert [("1.jpg", caption)] == [(m.url, m.caption) for m in self._figures(article)]
        assert not any(caption in p.text for p in article.paragraphs)

    @pytest.mark.parametrize(
        "credit", ["Ann Lee/stock.example.com", "Foto: Ann Lee", "Ann Lee/Courier"]
    )
    def test_credit_printed_before_the_caption(self, credit: str) -> None:
        """A block whose first text is a credit alone and whose next is a sentence is a
        picture with its caption and credit, the credit printed first."""
        article = _read(
            f"<div><div><a href='#'><img src='1.jpg' alt='Jar'></a><div><span>{credit}</span>"
            "<div>Lanterns drift down the river at dusk.</div></div></div></div>"
        )
        expected = ("Lanterns drift down the river at dusk.", credit.removeprefix("Foto: "))
        assert [expected] == [(m.caption, m.credit) for m in self._figures(article)]

    def test_caption_saying_the_alt_text_in_other_punctuation_is_a_figure(self) -> None:
        """The block's text need not repeat the alt text's punctuation: its words suffice."""
        article = _read(
            "<div><div><img src='1.jpg' alt='Lanterns drift down the river, at dusk'></div>"
            "<p>Lanterns drift down the river at dusk.</p></div>"
        )
        captions = [m.caption for m in self._figures(article)]
        assert ["Lanterns drift down the river at dusk."] == captions

    def test_short_alt_text_makes_no_figure(self) -> None:
        """An alt text shorter than a caption (a name under a headshot) makes no figure."""
        article = _read("<div><img src='ann.jpg' alt='Ann Lee'><p>Ann Lee, staff writer</p></div>")
        assert all(media.caption is None for media in self._figures(article))

    @pytest.mark.parametrize(
        "block",
        [
            "<div><img src='jessie.png'><div>Gründerin des Magazins. Artikel von: Jessie</div>"
            "</div>",
            "<div><img src='cc.png'><ul><li>Die Weiterverwendung ist nur in identischer Form "
            "erlaubt. Foto: CC</li></ul></div>",
        ],
        ids=["no credit", "a list"],
    )
    def test_other_blocks_with_an_image_stay(self, block: str) -> None:
        """Without a credit, or with a list, an image and text inside the body are no
        captioned figure."""
        article = _read(block)
        assert all(media.caption is None for media in self._figures(article))


class TestImageObjects:
    """A picture marked up as schema.org ``ImageObject`` microdata is a figure, its caption
    and credit read from the microdata whatever the tags and class names."""

    _OBJECT = "<div itemscope itemtype='https://schema.org/ImageObject' class='k1'>{}</div>"
    _LAZY = (
        "<div class='k2'><meta itemprop='contentUrl' content='https://example.com/b.jpg'>"
        "<img src='data:image/svg+xml,%3Csvg%3E' alt='Boats'></div>"
    )

    def test_object_in_plain_divs_is_a_figure(self) -> None:
        """A lazy image's address from ``contentUrl``, the caption beside the
        ``creditText``, the credit."""
        inner = "<span><div>Boats at dawn. <span itemprop='creditText'>Ann Lee</span></div></span>"
        article = _read(self._OBJECT.format(self._LAZY + inner))
        assert [Media(url="https://example.com/b.jpg", caption="Boats at dawn.", credit="Ann Lee",
                      alt="Boats")] == _figures(article)  # fmt: skip
        assert not any("Boats at dawn" in text for text in _texts(article))

    @pytest.mark.parametrize("placeholder", ["/img/blank.gif", "https://example.com/1x1.png"])
    def test_placeholder_file_gives_way_to_the_content_url(self, placeholder: str) -> None:
        """An ``<img>`` pointing at a placeholder's file, not only at a data URI, takes its
        address from ``contentUrl``."""
        lazy = self._LAZY.replace("data:image/svg+xml,%3Csvg%3E", placeholder)
        inner = "<div><span itemprop='caption'>Boats at the quay</span></div>"
        article = _read(self._OBJECT.format(lazy + inner))
        assert ["https://example.com/b.jpg"] == [m.url for m in _figures(article)]

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("<span itemprop='caption description'>Boats at the quay</span>", (None,)),
            # the line round it, with a credit named by a class the reader does not know
            (
                "<span itemprop='caption'>Boats at the quay</span>"
                "<span class='k4'> (Image: Ann Lee)</span>",
                ("Ann Lee",),
            ),
        ],
    )
    def test_caption_marked_by_its_property(self, line: str, expected: tuple[str | None]) -> None:
        """``itemprop="caption"`` (or ``"description"``, alone or among others) marks the
        caption; the line round it is read whole."""
        inner = f"<div class='k3'>{line}</div>"
        [media] = _figures(_read(self._OBJECT.format(self._LAZY + inner)))
        assert ("Boats at the quay", *expected) == (media.caption, media.credit)

    def test_object_with_unmarked_text_is_left_to_the_other_rules(self) -> None:
        """An ``ImageObject`` whose text nothing marks as a caption keeps its words in the body
        (no figure takes them away)."""
        line = "The harbour master said the boats would stay in port until the storm had passed."
        article = _read(self._OBJECT.format(f"<img src='b.jpg'><p>{line}</p>"))
        assert line in _texts(article)

    def test_object_without_an_image_makes_no_figure(self) -> None:
        """A publisher's logo declared as an ``ImageObject`` in ``<meta>`` elements only,
        inside the article, makes no figure."""
        logo = (
            "<div itemprop='publisher' itemscope itemtype='https://schema.org/Organization'>"
            + self._OBJECT.format("<meta itemprop='url' content='https://example.com/logo.png'>")
            + "</div>"
        )
        assert [] == _figures(_read(logo))

    def test_credit_property_in_a_figure(self) -> None:
        """In a ``<figure>``, ``itemprop="creditText"`` marks the credit like a credit class;
        an empty one does not hide a credit element named by its class."""
        marked = _read(
            "<figure><img src='b.jpg'><figcaption>Boats at dawn. "
            "<span itemprop='creditText'>Ann Lee</span></figcaption></figure>"
        )
        empty = _read(
            "<figure><img src='b.jpg'><span itemprop='copyrightHolder'></span><figcaption>Boats"
            " at dawn. <span class='credit'>Ann Lee</span></figcaption></figure>"
        )
        assert [("Boats at dawn.", "Ann Lee")] * 2 == [
            (m.caption, m.credit) for m in _figures(marked) + _figures(empty)
        ]
