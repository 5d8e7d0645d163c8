"""Tests of credit lines, notes, trailers and copyright lines."""

# ruff: noqa: E501, RUF001
# (E501: the table of notes keeps one case per line; RUF001: a Russian credit line on purpose.)

import pytest

from newsmodel.extract.credits import format_credit, parse_credit
from newsmodel.extract.notes import format_note, is_rights, parse_note, split_trailer
from newsmodel.model import Media, MediaKind, Note, NoteKind


class TestCredits:
    """Issue 3: photo credit lines become Media with a credit."""

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("Photo EPA/NORDPRESS", Media(credit="EPA/NORDPRESS")),
            ("Photo AFP", Media(credit="AFP")),
            ("Photo: Ada Berg/Nordpress", Media(credit="Ada Berg/Nordpress")),
            (
                "Photograph: Ada Berg for the Harbour News",
                Media(credit="Ada Berg for the Harbour News"),
            ),
            ("(Photo: Nordpress)", Media(credit="Nordpress")),
            ("Picture - Ola Dahl", Media(credit="Ola Dahl")),
            ("Video: Nordpress TV", Media(kind=MediaKind.VIDEO, credit="Nordpress TV")),
            ("Graphic: Per Lund", Media(kind=MediaKind.GRAPHIC, credit="Per Lund")),
            ("AP Photo/Ada Berg", Media(credit="AP Photo/Ada Berg")),
            ("NORDPRESS/Ola Dahl", Media(credit="NORDPRESS/Ola Dahl")),
            ("Фото: ТАСС", Media(credit="ТАСС")),
            ("Foto: Nordpress", Media(credit="Nordpress")),
            ("Bild: Nordpress", Media(credit="Nordpress")),
            ("Crédit : Nordpress", Media(credit="Nordpress")),
            ("Crédits photo : Ada Berg/Nordpress", Media(credit="Ada Berg/Nordpress")),
            ("Credits: Nordpress", Media(credit="Nordpress")),
            ("Foto: Bild: NORDPRESS/OLA DAHL", Media(credit="NORDPRESS/OLA DAHL")),
            ("Photo by Ada Berg", Media(credit="Ada Berg")),
            ("Photo by Ada Berg on Unsplash", Media(credit="Ada Berg on Unsplash")),
            ("Image by Ada Berg from Pixabay", Media(credit="Ada Berg from Pixabay")),
            ("Photo by Ada Berg/Nordpress.", Media(credit="Ada Berg/Nordpress")),
            ("Illustration by Ada van Berg", Media(kind=MediaKind.GRAPHIC, credit="Ada van Berg")),
            ("Video by Nordpress TV", Media(kind=MediaKind.VIDEO, credit="Nordpress TV")),
        ],
    )
    def test_credit_lines(self, line: str, expected: Media) -> None:
        """Labelled and agency credit lines are read; a second label after the first ("Foto:
        Bild: X") goes too; a capitalised label of one picture, "by" and a name is a credit
        line."""
        assert expected == parse_credit(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Photo opportunities abounded at the summit.",
            "Video Games",
            "Photographs by Ada Berg",
            "Photo by the harbour, the boats waited.",
            "photo by Ada Berg",
            "Photo by Ada Berg for the Harbour News",
            "Images of the storm spread fast online, officials said on Monday evening.",
            "Harbour reopens",
        ],
    )
    def test_not_credit_lines(self, line: str) -> None:
        """Sentences and headings that start with a label word are not credits."""
        assert parse_credit(line) is None

    @pytest.mark.parametrize("kind", [MediaKind.IMAGE, MediaKind.VIDEO, MediaKind.GRAPHIC])
    def test_round_trip(self, kind: MediaKind) -> None:
        """A written credit line reads back to the same kind and credit."""
        media = Media(kind=kind, credit="Ada Berg/Nordpress")
        assert media == parse_credit(format_credit(media))


class TestNotes:
    """Issue 3: editor's notes, corrections and trailers are notes, not body."""

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            (
                "Correction: An earlier version gave the wrong date.",
                Note(kind=NoteKind.CORRECTION, text="An earlier version gave the wrong date."),
            ),
            ("Clarification: The fund is private.", Note(kind=NoteKind.CLARIFICATION, text="The fund is private.")),
            ("Editor's note: Contains strong language.", Note(kind=NoteKind.EDITORS_NOTE, text="Contains strong language.")),
            ("EDITOR'S NOTE _ This is part of a series.", Note(kind=NoteKind.EDITORS_NOTE, text="This is part of a series.")),
            ("Eds: With photos.", Note(kind=NoteKind.EDITORS_NOTE, text="With photos.")),
            ("Update (3:45 p.m. ET): Police named the man.", Note(kind=NoteKind.UPDATE, text="Police named the man.")),
            (
                "(This March 2 story has been corrected to fix a name)",
                Note(kind=NoteKind.CORRECTION, text="(This March 2 story has been corrected to fix a name)"),
            ),
            ("This story has been updated.", Note(kind=NoteKind.UPDATE, text="This story has been updated.")),
            ("Reuter", Note(kind=NoteKind.TRAILER, text="Reuter")),
            ("REUTER", Note(kind=NoteKind.TRAILER, text="REUTER")),
            ("Enditem", Note(kind=NoteKind.TRAILER, text="Enditem")),
            ("(dpa)", Note(kind=NoteKind.TRAILER, text="(dpa)")),
            ("dpa abc def", Note(kind=NoteKind.TRAILER, text="dpa abc def")),
            ("(APA, 11.9.2015)", Note(kind=NoteKind.TRAILER, text="(APA, 11.9.2015)")),
            ("AP-WF-02-20-16 0337GMT", Note(kind=NoteKind.TRAILER, text="AP-WF-02-20-16 0337GMT")),
            ("-30-", Note(kind=NoteKind.TRAILER, text="-30-")),
            ("◆", Note(kind=NoteKind.TRAILER, text="◆")),
            ("Update, Feb. 21, 2024: The council voted.", Note(kind=NoteKind.UPDATE, text="The council voted.")),
            ("Correction, March 3: A name was misspelt.", Note(kind=NoteKind.CORRECTION, text="A name was misspelt.")),
            (
                "Additional reporting by Ann Lee in Paris.",
                Note(kind=NoteKind.TRAILER, text="Additional reporting by Ann Lee in Paris."),
            ),
        ],
    )  # fmt: skip
    def test_notes(self, line: str, expected: Note) -> None:
        """Labelled notes keep their text without the label; trailers are kept as printed."""
        assert expected == parse_note(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Avec AFP",
            "(With AFP)",
            "With AP and Reuters",
            "Mit Material von dpa",
            "(Con información de AFP, EFE y Reuters)",
            "Com agências",
            "C.D. avec AFP",
        ],
    )
    def test_sign_off_with_agencies(self, line: str) -> None:
        """ "With AFP" and its forms in the languages read sign a story off, after the
        reporter's initials or not: a trailer."""
        assert Note(kind=NoteKind.TRAILER, text=line) == parse_note(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Quelle: ntv.de, ino/dpa",
            "(Quelle: APA/sda/dpa)",
            "Quellen: Kreisverwaltung, Feuerwehr",
            "Source: Reuters",
            "Source : Ministère de l'Intérieur",
            "Fuente: EFE",
            "Fonte: Agência Brasil",
            "Kilde: NTB",
            "Källa: TT",
            "Źródło: PAP",
        ],
    )
    def test_source_line(self, line: str) -> None:
        """A short line naming the story's source, in the languages read, is a trailer."""
        assert Note(kind=NoteKind.TRAILER, text=line) == parse_note(line)

    @pytest.mark.parametrize(
        "line",
        [
            "The source of the leak was never found.",
            "Quelle: " + "Die Behörde nannte keine weiteren Einzelheiten zum Fall. " * 3,
        ],
    )
    def test_not_source_line(self, line: str) -> None:
        """A sentence about a source, and a long paragraph after "Quelle:", are no trailer."""
        assert parse_note(line) is None

    @pytest.mark.parametrize(
        "line",
        [
            "The correction came late.",
            "Reuters reported the deal.",
            "Notes were exchanged.",
            "NOTE: Company is a savings bank.",
            "With AFP reporting from Paris on the strike",
            "Avec plaisir",
            "Update, the council said: no vote before May.",
            "Reporting by the council has been poor, critics say.",
        ],
    )
    def test_not_notes(self, line: str) -> None:
        """Sentences mentioning notes or agencies, and a table's "NOTE:", are not notes."""
        assert parse_note(line) is None

    @pytest.mark.parametrize(
        "kind",
        [
            NoteKind.CORRECTION,
            NoteKind.CLARIFICATION,
            NoteKind.EDITORS_NOTE,
            NoteKind.UPDATE,
        ],
    )
    def test_round_trip(self, kind: NoteKind) -> None:
        """A written labelled note reads back to the same note."""
        note = Note(kind=kind, text="The name was wrong.")
        assert note == parse_note(format_note(note))

    def test_glued_trailer(self) -> None:
        """A trailer glued to the last sentence is split off."""
        assert ("It rained in Osaka.", Note(kind=NoteKind.TRAILER, text="Enditem")) == (
            split_trailer("It rained in Osaka. Enditem")
        )
        assert split_trailer("The deal was reported by Reuter") is None

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("© 2026 Harbour News", True),
            ("(c) Nordpress 2026", True),
            ("Copyright 2026 Nordpress. All rights reserved.", True),
            ("Copyrights were the topic of the talks.", False),
        ],
    )
    def test_rights(self, line: str, expected: bool) -> None:
        """Copyright lines are recognised."""
        assert expected == is_rights(line)


class TestCreditCue:
    """A credit needs a credit cue; a wire headline in capitals is none (issue 12)."""

    @pytest.mark.parametrize(
        "line",
        [
            "ENERGY/U.S. OIL OUTPUT FALLS",
            "GRAPHIC ARTS MAKER SEES GAIN",
            "CREDIT SUISSE UNIT RAISES RATE",
            "CREDIT MARKETS/BONDS SLIP",
            "PHOTO FINISH IN COUNCIL VOTE",
        ],
    )
    def test_wire_headlines_are_not_credits(self, line: str) -> None:
        """An all-caps line with several words after the label or the slash is no credit."""
        assert parse_credit(line) is None

    @pytest.mark.parametrize(
        ("line", "credit"),
        [
            ("Photo EPA/NORDPRESS", "EPA/NORDPRESS"),
            ("PHOTO: NORDPRESS AGENCY", "NORDPRESS AGENCY"),
            ("CREDIT: ADA BERG/NORDPRESS", "ADA BERG/NORDPRESS"),
            ("REUTERS/Ada Berg", "REUTERS/Ada Berg"),
            ("NORDPRESS/STRINGER", "NORDPRESS/STRINGER"),
        ],
    )
    def test_credits_with_a_cue(self, line: str, credit: str) -> None:
        """A colon, or an agency pattern, is a credit cue."""
        found = parse_credit(line)
        assert found is not None
        assert credit == found.credit


class TestSignOffs:
    """An agency's sign-off line is a trailer note (issue 12)."""

    @pytest.mark.parametrize(
        "line",
        [
            "afp",
            "(AFP)",
            "dpa",
            "(ANSA)",
            "NTB",
            "ats/afp",
            "afp/mr",
            "(lv)",
            "(ank/jw)",
            "(©NTB)",
            "/ritzau/",
            "dpa ab cd e1 fg",
            "ab/cde/fg",
            "bur-ab/cd/efg",
        ],
    )
    def test_sign_off(self, line: str) -> None:
        """Each sign-off is a trailer: an agency's, or a reporter's initials in brackets."""
        assert Note(kind=NoteKind.TRAILER, text=line) == parse_note(line)

    @pytest.mark.parametrize(
        "line", ["yes", "Thanks.", "and/or", "AFP said the vote was close.", "(LV)", "(abcde)"]
    )
    def test_not_sign_off(self, line: str) -> None:
        """Words, sentences and capitals or longer words in brackets are not sign-offs."""
        assert parse_note(line) is None


class TestCorrectionLabels:
    """ "Correction" in the languages read labels a correction note (issue 12)."""

    @pytest.mark.parametrize(
        "label",
        [
            "Berichtigung",
            "Korrektur",
            "Rectificatif",
            "Correctie",
            "Corrección",
            "Rettifica",
            "Correção",
            "Rettelse",
            "Rättelse",
            "Oikaisu",
        ],
    )
    def test_label(self, label: str) -> None:
        """The label and a colon make a correction; the text after them is the note."""
        expected = Note(kind=NoteKind.CORRECTION, text="An earlier version erred.")
        assert expected == parse_note(f"{label}: An earlier version erred.")
