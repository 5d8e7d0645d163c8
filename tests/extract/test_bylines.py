"""Tests of bylines and credit trailers."""

import pytest

from newsmodel.extract.bylines import (
    format_bylines,
    merge_bylines,
    parse_byline,
    parse_credit_trailer,
)
from newsmodel.formats.html._meta_names import author_names
from newsmodel.model import Person


def _author(name: str, organization: str | None = None) -> Person:
    return Person(name=name, organization=organization, role="author")


class TestParseByline:
    """Issue 3: bylines as persons with a role."""

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("By Jane Doe and John Roe", (_author("Jane Doe"), _author("John Roe"))),
            ("By JANE DOE, Associated Press", (_author("JANE DOE", "Associated Press"),)),
            (
                "By Ada Berg and Ola Dahl, Nordpress",
                (_author("Ada Berg", "Nordpress"), _author("Ola Dahl", "Nordpress")),
            ),
            (
                "By Ada Berg, Ola Dahl and Per Lund",
                (_author("Ada Berg"), _author("Ola Dahl"), _author("Per Lund")),
            ),
            ("BY MARIA DE LA CRUZ", (_author("MARIA DE LA CRUZ"),)),
            ("By Jan van der Berg", (_author("Jan van der Berg"),)),
            ("By OLA d'ARTOIS, Reuters", (_author("OLA d'ARTOIS", "Reuters"),)),
            ("By Ola Dahl=", (_author("Ola Dahl"),)),
            ("By Chen Wei-ling, Reuters", (_author("Chen Wei-ling", "Reuters"),)),
            (
                "Reporting by Ada Berg in Oslo and Ola Dahl; Editing by Per Lund",
                (
                    _author("Ada Berg"),
                    _author("Ola Dahl"),
                    Person(name="Per Lund", role="editor"),
                ),
            ),
            (
                "Additional reporting by Ada Berg",
                (Person(name="Ada Berg", role="contributor"),),
            ),
            ("Photographs by Ada Berg", (Person(name="Ada Berg", role="photographer"),)),
            ("- Reporting by: Ola Dahl", (_author("Ola Dahl"),)),
            ("Editor: Per Lund", (Person(name="Per Lund", role="editor"),)),
            ("Editor : Per Lund", (Person(name="Per Lund", role="editor"),)),
            ("Redaktion: Per Lund", (Person(name="Per Lund", role="editor"),)),
            ("Edición: Per Lund", (Person(name="Per Lund", role="editor"),)),
            ("All photos by Ada Berg", (Person(name="Ada Berg", role="photographer"),)),
            ("Fotos von Ada Berg", (Person(name="Ada Berg", role="photographer"),)),
            ("– alle Bilder von Ada Berg –", (Person(name="Ada Berg", role="photographer"),)),  # noqa: RUF001
            ("Photos de Ada Berg", (Person(name="Ada Berg", role="photographer"),)),
            ("Fotos de Ada Berg", (Person(name="Ada Berg", role="photographer"),)),
            ("Foto di Ada Berg", (Person(name="Ada Berg", role="photographer"),)),
            ("Bilder av Ada Berg", (Person(name="Ada Berg", role="photographer"),)),
            ("Billeder af Ada Berg", (Person(name="Ada Berg", role="photographer"),)),
            ("Foto's door Ada Berg", (Person(name="Ada Berg", role="photographer"),)),
        ],
    )
    def test_bylines(self, line: str, expected: tuple[Person, ...]) -> None:
        """Names, organisations and roles are read from the usual forms."""
        assert expected == parse_byline(line)

    @pytest.mark.parametrize(
        "line",
        [
            "By the end of the year, prices rose.",
            "By then, it was over.",
            "By 2030 the fleet will be gone",
            "Byline",
            "The minister said so.",
            "By keith grant, Reuters",
            "Editor Per Lund said the paper would close on Monday after ninety years.",
            "Fotos de Madrid",
            "Fotos de la ciudad",
            "Bilder von Oslo",
        ],
    )
    def test_not_bylines(self, line: str) -> None:
        """Sentences that start with "By" are not bylines; lower-case names need leniency; after a
        label in another language than English ("Fotos de", "Bilder von"), a place is no name."""
        assert parse_byline(line) is None

    @pytest.mark.parametrize(
        ("line", "organization"),
        [
            ("By Ada Berg, Ola Dahl, and Per Lund", None),
            ("By Ada Berg, Ola Dahl, and Per Lund, Courier", "Courier"),
            ("By Ada Berg, Ola Dahl, & Per Lund", None),
            ("By Ada Berg, and Ola Dahl, and Per Lund", None),
        ],
    )
    def test_serial_comma(self, line: str, organization: str | None) -> None:
        """The "and" after a serial comma opens the last name: that part is a name, not the
        organisation ("and Per Lund")."""
        names = ("Ada Berg", "Ola Dahl", "Per Lund")
        assert tuple(_author(name, organization) for name in names) == parse_byline(line)

    def test_serial_comma_with_two_names(self) -> None:
        """A comma before the "and" of two names leaves no organisation "and Ola Dahl"."""
        assert (_author("Ada Berg"), _author("Ola Dahl")) == parse_byline(
            "By Ada Berg, and Ola Dahl"
        )

    def test_and_inside_an_organisation_name(self) -> None:
        """A word beginning with "and" after the comma is the organisation's ("Anderson")."""
        expected = (_author("Ada Berg", "Anderson Weekly"),)
        assert expected == parse_byline("By Ada Berg, Anderson Weekly")

    def test_lenient_lower_case(self) -> None:
        """In a story's header, a lower-case byline with an organisation is read."""
        expected = (_author("keith grant", "Reuters"),)
        assert expected == parse_byline("By keith grant, Reuters", lenient=True)

    @pytest.mark.parametrize(
        "line", ["By noon officials left", "By late evening, crowds had gone", "By then, no"]
    )
    def test_lenient_refuses_sentences(self, line: str) -> None:
        """Even in a header, a sentence that starts with "By" is no byline."""
        assert parse_byline(line, lenient=True) is None

    def test_credit_trailer_refuses_plain_by(self) -> None:
        """In a story's body, only labelled credit trailers count."""
        assert parse_credit_trailer("By Ada Berg") is None
        assert (Person(name="Per Lund", role="editor"),) == parse_credit_trailer(
            "Editing by Per Lund"
        )


class TestFormatBylines:
    """Persons written back in the forms the parser reads."""

    def test_runs_of_role_and_organisation(self) -> None:
        """Consecutive persons of one role and organisation share a line."""
        people = (
            _author("Ada Berg", "Nordpress"),
            _author("Ola Dahl", "Nordpress"),
            _author("Per Lund"),
            Person(name="Eva Holm", role="editor"),
        )
        expected = ["By Ada Berg and Ola Dahl, Nordpress", "By Per Lund", "Editing by Eva Holm"]
        assert expected == format_bylines(people)

    @pytest.mark.parametrize(
        "role", ["author", "editor", "contributor", "photographer", "translator"]
    )
    def test_round_trip(self, role: str) -> None:
        """Each role's line reads back to the same persons."""
        people = (
            Person(name="Ada Berg", role=role),
            Person(name="Ola Dahl", role=role),
            Person(name="Per Lund", role=role),
        )
        (line,) = format_bylines(people)
        assert people == parse_byline(line)


class TestOtherLanguages:
    """Bylines in German, French, Spanish, Portuguese, Italian and Nordic (issue 12)."""

    @pytest.mark.parametrize(
        ("line", "names"),
        [
            ("Von Anna Berg", ["Anna Berg"]),
            ("Von Anna Berg und Max Roe", ["Anna Berg", "Max Roe"]),
            ("Par Anne Roux et Luc Morel", ["Anne Roux", "Luc Morel"]),
            ("Por Ana Ruiz y Luis Gil", ["Ana Ruiz", "Luis Gil"]),
            ("Por Ana Souza e João Lima", ["Ana Souza", "João Lima"]),
            ("Di Anna Rossi e Marco Bianchi", ["Anna Rossi", "Marco Bianchi"]),
            ("Av Anna Berg och Erik Lund", ["Anna Berg", "Erik Lund"]),
            ("Av Kari Nordmann og Ola Hansen", ["Kari Nordmann", "Ola Hansen"]),
            ("Af Mette Hansen og Jens Holm", ["Mette Hansen", "Jens Holm"]),
            ("Door Sanne Bakker en Jan de Vries", ["Sanne Bakker", "Jan de Vries"]),
            ("Przez Jan Kowalski", ["Jan Kowalski"]),
        ],
    )
    def test_authors(self, line: str, names: list[str]) -> None:
        """Each language's "By" gives the authors, with the role author."""
        found = parse_byline(line)
        assert found is not None
        assert names == [person.name for person in found]
        assert {"author"} == {person.role for person in found}

    def test_organisation(self) -> None:
        """An organisation after the names is kept, as in English."""
        assert (Person(name="Anne Roux", organization="AFP", role="author"),) == parse_byline(
            "Par Anne Roux, AFP"
        )

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("Av Erik Lund/TT", Person(name="Erik Lund", organization="TT", role="author")),
            (
                "Af Mads Holm / Ritzau",
                Person(name="Mads Holm", organization="Ritzau", role="author"),
            ),
            ("Por Lucía Roe | EFE", Person(name="Lucía Roe", organization="EFE", role="author")),
            ("Di Giulia Roe (ANSA)", Person(name="Giulia Roe", organization="ANSA", role="author")),
            (
                "Por Ana Paula Roe - Repórter da Agência Nacional",
                Person(
                    name="Ana Paula Roe",
                    title="Repórter",
                    organization="Agência Nacional",
                    role="author",
                ),
            ),
        ],
        ids=["slash", "spaced slash", "bar", "parentheses", "dash, title and organisation"],
    )
    def test_agency_after_the_name(self, line: str, expected: Person) -> None:
        """An agency after a slash, a bar, a spaced dash or in parentheses is the
        organisation, not part of the name; a title before it is the title."""
        assert (expected,) == parse_byline(line)

    @pytest.mark.parametrize(
        ("line", "expected"),
        [
            ("By Ann Lee for the Courier", ("Ann Lee", "Courier")),
            ("By Ann Lee For Dailymail.Com", ("Ann Lee", "Dailymail.Com")),
            ("By ANN LEE FOR MAILONLINE", ("ANN LEE", "MAILONLINE")),
        ],
    )
    def test_organisation_after_for(self, line: str, expected: tuple[str, str]) -> None:
        """A publication after "for" is the organisation the author wrote for, not part of
        the name; the web page reader gives the name alone."""
        found = parse_byline(line)
        assert found is not None
        assert [expected] == [(person.name, person.organization) for person in found]
        assert [expected[0]] == author_names(line)

    @pytest.mark.parametrize(
        ("line", "organization"),
        [
            ("By Ann Lee for the first time", None),  # no organisation: no byline
            ("By Ann Lee, Staff Writer for the Courier", "Staff Writer for the Courier"),
        ],
    )
    def test_for_that_names_no_organisation(self, line: str, organization: str | None) -> None:
        """ "for" and words in lower case name no organisation; after a comma, "for" belongs to
        the job title, and the whole part after the comma stays together."""
        found = parse_byline(line)
        assert organization == (None if found is None else found[0].organization)

    def test_second_author_after_a_slash(self) -> None:
        """A person's name after a slash ("Por Laura Roe / Javier Lund") is a second author,
        not an agency; the web page reader gives both names."""
        assert parse_byline("Por Laura Roe / Javier Lund") is None
        assert ["Laura Roe", "Javier Lund"] == author_names("Por Laura Roe / Javier Lund")

    def test_organisation_needs_words(self) -> None:
        """Words after a dash make an organisation; digits there ("3 min read", "(2024)")
        make no byline."""
        found = parse_byline("By Jane Roe - Acme News")
        assert (Person(name="Jane Roe", organization="Acme News", role="author"),) == found
        assert parse_byline("By Jane Roe - 3 min read") is None
        assert parse_byline("By Jane Roe (2024)") is None

    @pytest.mark.parametrize(
        "line", ["Von Berlin aus gesehen", "Par la suite, il a plu.", "Door to door sales"]
    )
    def test_sentences_are_not_bylines(self, line: str) -> None:
        """A sentence opening with the word is not a byline."""
        assert parse_byline(line) is None

    @pytest.mark.parametrize(
        "line", ["Von Anna Berg", "Par Anne Roux", "Av Anna Berg", "Door Jan Smit", "Af Jens Holm"]
    )
    def test_bare_labels_are_not_trailers(self, line: str) -> None:
        """In a story's body, a bare "By" in any language is no credit trailer."""
        assert parse_credit_trailer(line) is None


class TestMergeBylines:
    """Authors given once across byline and trailer (issue 12)."""

    def test_trailer_reporter_is_the_author(self) -> None:
        """The trailer's reporter, already the byline's author, is not added again."""
        byline = parse_byline("By Marta Kowalska")
        trailer = parse_credit_trailer("(Reporting by Marta Kowalska; Editing by John Stone)")
        assert byline is not None
        assert trailer is not None
        assert [
            Person(name="Marta Kowalska", role="author"),
            Person(name="John Stone", role="editor"),
        ] == merge_bylines(byline, trailer)

    def test_other_role_is_kept(self) -> None:
        """The same name in another role is another credit."""
        known = [Person(name="Ann Lee", role="author")]
        assert [*known, Person(name="Ann Lee", role="editor")] == merge_bylines(
            known, [Person(name="Ann Lee", role="editor")]
        )

    def test_organisation_completed(self) -> None:
        """The trailer's organisation completes the byline's person."""
        known = [Person(name="Ann Lee", role="author")]
        assert [Person(name="Ann Lee", organization="Reuters", role="author")] == merge_bylines(
            known, [Person(name="Ann Lee", organization="Reuters", role="author")]
        )


class TestForeignLabelsAreNotSurnames:
    """A surname that starts with a foreign "By" word is a name (issue 12)."""

    @pytest.mark.parametrize("line", ["Di Maria", "Von Trapp", "Von der Leyen", "Par Sinclair"])
    def test_surname(self, line: str) -> None:
        """One name word, or a particle after the label, is no byline."""
        assert parse_byline(line) is None
