"""Tests of dateline parsing: every agency convention, years, and things that only look like one."""

# ruff: noqa: RUF001, E501
# (RUF001: datelines use en and em dashes and Cyrillic letters on purpose; E501: the table of
# cases keeps one dateline per line.)

import datetime

import pytest

from newsmodel.extract.datelines import format_dateline_paragraph, nearest_year, parse_dateline
from newsmodel.model import Dateline

AGENCY_FORMATS = [
    # (agency convention, first paragraph, expected dateline)
    (
        "Reuters 1987",
        "LISBON, Feb 26 - Rain fell.",
        Dateline(text="LISBON, Feb 26", place="LISBON", month=2, day=26),
    ),
    (
        "Reuters 1987, US state",
        "SANTA ROSA, Calif., Feb 26 - Rain fell.",
        Dateline(text="SANTA ROSA, Calif., Feb 26", place="SANTA ROSA", region="Calif.", month=2, day=26),
    ),
    (
        "Reuters, state without a period",
        "TROY, Mich, March 23 - Rain fell.",
        Dateline(text="TROY, Mich, March 23", place="TROY", region="Mich", month=3, day=23),
    ),
    (
        "Reuters modern",
        "WASHINGTON (Reuters) - Rain fell.",
        Dateline(text="WASHINGTON (Reuters)", place="WASHINGTON", source="Reuters"),
    ),
    (
        "Reuters reprinted with an en dash",
        "MACAU (Reuters) – Rain fell.",
        Dateline(text="MACAU (Reuters)", place="MACAU", source="Reuters", separator=" – "),
    ),
    (
        "Reuters modern, dated",
        "MELBOURNE, Dec 18 (Reuters) - Rain fell.",
        Dateline(text="MELBOURNE, Dec 18 (Reuters)", place="MELBOURNE", month=12, day=18, source="Reuters"),
    ),
    (
        "AP",
        "DOVER, Del. (AP) — Rain fell.",
        Dateline(text="DOVER, Del. (AP)", place="DOVER", region="Del.", source="AP", separator=" — "),
    ),
    (
        "AP ANPA underscore",
        "ATLANTA (AP) _ Rain fell.",
        Dateline(text="ATLANTA (AP)", place="ATLANTA", source="AP", separator=" _ "),
    ),
    (
        "AP international, country spelled out",
        "LIMA, Peru (AP) _ Rain fell.",
        Dateline(text="LIMA, Peru (AP)", place="LIMA", country="Peru", source="AP", separator=" _ "),
    ),
    (
        "UPI",
        "TOLEDO, Ohio, Sept. 28 (UPI) — Rain fell.",
        Dateline(text="TOLEDO, Ohio, Sept. 28 (UPI)", place="TOLEDO", region="Ohio", month=9, day=28, source="UPI", separator=" — "),
    ),
    (
        "AFP wire",
        "PARIS, Jan 1 (AFP) - Rain fell.",
        Dateline(text="PARIS, Jan 1 (AFP)", place="PARIS", month=1, day=1, source="AFP"),
    ),
    (
        "AFP web, title case",
        "Kuala Lumpur (AFP) - Rain fell.",
        Dateline(text="Kuala Lumpur (AFP)", place="Kuala Lumpur", source="AFP"),
    ),
    (
        "AFP double separator",
        "LYON (AFP) - – Rain fell.",
        Dateline(text="LYON (AFP)", place="LYON", source="AFP", separator=" - – "),
    ),
    (
        "dpa",
        "Hamburg (dpa) - Rain fell.",
        Dateline(text="Hamburg (dpa)", place="Hamburg", source="dpa"),
    ),
    (
        "dpa with a partner agency",
        "Tucson (tca/dpa) - Rain fell.",
        Dateline(text="Tucson (tca/dpa)", place="Tucson", source="tca/dpa"),
    ),
    (
        "TASS English",
        "KAZAN, January 21. /TASS/. Rain fell.",
        Dateline(text="KAZAN, January 21. /TASS/.", place="KAZAN", month=1, day=21, source="TASS"),
    ),
    (
        "TASS Russian",
        "КАЗАНЬ, 22 января. /ТАСС/. Шёл дождь.",
        Dateline(text="КАЗАНЬ, 22 января. /ТАСС/.", place="КАЗАНЬ", month=1, day=22, source="ТАСС"),
    ),
    (
        "ITAR-TASS English",
        "PERM ON KAMA, October 28 (Itar-Tass) - Rain fell.",
        Dateline(text="PERM ON KAMA, October 28 (Itar-Tass)", place="PERM ON KAMA", month=10, day=28, source="Itar-Tass"),
    ),
    (
        "Xinhua",
        "HANOI, March 31 (Xinhua) -- Rain fell.",
        Dateline(text="HANOI, March 31 (Xinhua)", place="HANOI", month=3, day=31, source="Xinhua", separator=" -- "),
    ),
    (
        "Xinhua, country and no space before the agency",
        "PERTH, Australia, Jan. 1(Xinhua) -- Rain fell.",
        Dateline(text="PERTH, Australia, Jan. 1(Xinhua)", place="PERTH", country="Australia", month=1, day=1, source="Xinhua", separator=" -- "),
    ),
    (
        "Xinhua French",
        "PÉKIN, 10 août (Xinhua) -- Il a plu.",
        Dateline(text="PÉKIN, 10 août (Xinhua)", place="PÉKIN", month=8, day=10, source="Xinhua", separator=" -- "),
    ),
    (
        "Xinhua Spanish",
        "LA PAZ, 30 jun (Xinhua) -- Llovió.",
        Dateline(text="LA PAZ, 30 jun (Xinhua)", place="LA PAZ", month=6, day=30, source="Xinhua", separator=" -- "),
    ),
    (
        "Interfax",
        "OMSK. April 2 (Interfax) - Rain fell.",
        Dateline(text="OMSK. April 2 (Interfax)", place="OMSK", month=4, day=2, source="Interfax"),
    ),
    (
        "Interfax without a date",
        "Tashkent. (Interfax) - Rain fell.",
        Dateline(text="Tashkent. (Interfax)", place="Tashkent", source="Interfax"),
    ),
    (
        "ANSA English, agency first",
        "(ANSA) - Turin, October 11 - Rain fell.",
        Dateline(text="(ANSA) - Turin, October 11", place="Turin", month=10, day=11, source="ANSA"),
    ),
    (
        "ANSA Italian",
        "(ANSA) - NAPOLI, 1 LUG - Pioveva.",
        Dateline(text="(ANSA) - NAPOLI, 1 LUG", place="NAPOLI", month=7, day=1, source="ANSA"),
    ),
    (
        "EFE",
        "Managua, Jan 2 (EFE).- Llovió.",
        Dateline(text="Managua, Jan 2 (EFE)", place="Managua", month=1, day=2, source="EFE", separator=".- "),
    ),
    (
        "Kyodo",
        "OSAKA (Kyodo) -- Rain fell.",
        Dateline(text="OSAKA (Kyodo)", place="OSAKA", source="Kyodo", separator=" -- "),
    ),
    (
        "Kyodo with a region",
        "TAINAN, Taiwan (Kyodo) -- Rain fell.",
        Dateline(text="TAINAN, Taiwan (Kyodo)", place="TAINAN", country="Taiwan", source="Kyodo", separator=" -- "),
    ),
    (
        "CNN before 2015",
        "Dayton, Ohio (CNN) -- Rain fell.",
        Dateline(text="Dayton, Ohio (CNN)", place="Dayton", region="Ohio", source="CNN", separator=" -- "),
    ),
    (
        "CNN, agency only",
        "(CNN) -- Rain fell.",
        Dateline(text="(CNN)", source="CNN", separator=" -- "),
    ),
    (
        "CNN after 2015, glued",
        "Nantes, France (CNN)Rain fell.",
        Dateline(text="Nantes, France (CNN)", place="Nantes", country="France", source="CNN", separator=""),
    ),
    (
        "US newspaper, em dash",
        "BALTIMORE — Rain fell.",
        Dateline(text="BALTIMORE", place="BALTIMORE", separator=" — "),
    ),
    (
        "US newspaper with a state",
        "ERIE, Pa. — Rain fell.",
        Dateline(text="ERIE, Pa.", place="ERIE", region="Pa.", separator=" — "),
    ),
    (
        "NYT plain feed",
        "NAPLES, Fla. -- Rain fell.",
        Dateline(text="NAPLES, Fla.", place="NAPLES", region="Fla.", separator=" -- "),
    ),
    (
        "HuffPost horizontal bar",
        "DENVER ― Rain fell.",
        Dateline(text="DENVER", place="DENVER", separator=" ― "),
    ),
    (
        "HuffPost en dash",
        "CLEVELAND – Rain fell.",
        Dateline(text="CLEVELAND", place="CLEVELAND", separator=" – "),
    ),
    (
        "several cities",
        "MINNEAPOLIS/ST. PAUL, Minn., March 3 - Rain fell.",
        Dateline(text="MINNEAPOLIS/ST. PAUL, Minn., March 3", place="MINNEAPOLIS/ST. PAUL", region="Minn.", month=3, day=3),
    ),
    (
        "priority asterisks",
        "****LONDON, March 5 - Rain fell.",
        Dateline(text="LONDON, March 5", place="LONDON", month=3, day=5),
    ),
    (
        "agency inside the dateline",
        "OTTAWA, March 12, Reuter - Rain fell.",
        Dateline(text="OTTAWA, March 12, Reuter", place="OTTAWA", month=3, day=12, source="Reuter"),
    ),
    (
        "no space before the hyphen",
        "QUEBEC, Feb 26- Rain fell.",
        Dateline(text="QUEBEC, Feb 26", place="QUEBEC", month=2, day=26, separator="- "),
    ),
    (
        "no space after the comma",
        "MADRID,March 16 - Rain fell.",
        Dateline(text="MADRID,March 16", place="MADRID", month=3, day=16),
    ),
    (
        "lower case",
        "wichita, april 7 - Rain fell.",
        Dateline(text="wichita, april 7", place="wichita", month=4, day=7),
    ),
    (
        "German day first",
        "Bremen, 28. Oktober (dpa) - Es regnete.",
        Dateline(text="Bremen, 28. Oktober (dpa)", place="Bremen", month=10, day=28, source="dpa"),
    ),
    (
        "Austrian and German papers, title case",
        "Graz – Es regnete.",
        Dateline(text="Graz", place="Graz", separator=" – "),
    ),
    (
        "a year in the text",
        "OSLO, May 4, 2025 (Reuters) - Rain fell.",
        Dateline(text="OSLO, May 4, 2025 (Reuters)", place="OSLO", year=2025, month=5, day=4, source="Reuters"),
    ),
    (
        "broadcaster after the place, no brackets",
        "Hong Kong CNN — Rain fell.",
        Dateline(text="Hong Kong CNN", place="Hong Kong", source="CNN", separator=" — "),
    ),
]  # fmt: skip


class TestAgencyFormats:
    """Issue 3: every convention in PATTERNS.md, written here with invented stories."""

    @pytest.mark.parametrize(
        ("convention", "paragraph", "expected"),
        AGENCY_FORMATS,
        ids=[case[0] for case in AGENCY_FORMATS],
    )
    def test_parses(self, convention: str, paragraph: str, expected: Dateline) -> None:
        """The dateline is parsed and cut from the paragraph with its separator."""
        found = parse_dateline(paragraph)
        assert found is not None, convention
        dateline, rest = found
        assert expected == dateline
        assert rest in {
            "Rain fell.",
            "Шёл дождь.",
            "Il a plu.",
            "Llovió.",
            "Pioveva.",
            "Es regnete.",
        }

    @pytest.mark.parametrize(
        ("convention", "paragraph", "expected"),
        AGENCY_FORMATS,
        ids=[case[0] for case in AGENCY_FORMATS],
    )
    def test_writes_back(self, convention: str, paragraph: str, expected: Dateline) -> None:
        """The writer's form of each dateline parses back to the same dateline."""
        written = format_dateline_paragraph(expected, "Rain fell.")
        assert (expected, "Rain fell.") == parse_dateline(written), convention

    def test_own_line(self) -> None:
        """A dateline that ends its line (an earnings table follows) leaves nothing behind."""
        assert (Dateline(text="BOISE, Idaho, March 2", place="BOISE", region="Idaho", month=3, day=2), "") == (
            parse_dateline("BOISE, Idaho, March 2 -")
        )  # fmt: skip

    def test_broadcaster_dateline_on_its_own_line(self) -> None:
        """A place and a broadcaster without brackets, on a line of their own before the
        story ("New York CNN —"), are a dateline; after a hyphen they are not (a title-case
        place before a hyphen reads as a place, a club or a party after it as part of it)."""
        expected = Dateline(text="New York CNN", place="New York", source="CNN", separator=" —")
        assert (expected, "") == parse_dateline("New York CNN —")
        found = parse_dateline("Berlin SPD - Die Partei tagte.")
        assert found is not None
        assert found[0].source is None

    def test_separator_only_dateline_is_written_alone(self) -> None:
        """With no paragraph to lead, the dateline is written with its separator alone."""
        assert "OSLO -" == format_dateline_paragraph(Dateline(text="OSLO", place="OSLO"), "")


class TestYears:
    """Issue 3: the year comes only from the text or a reference date, the nearest one."""

    def test_no_reference_no_year(self) -> None:
        """Without a reference the year stays unknown."""
        found = parse_dateline("OSLO, May 4 - Rain fell.")
        assert found is not None
        assert found[0].year is None

    @pytest.mark.parametrize(
        ("reference", "month", "day", "year"),
        [
            (datetime.date(1988, 1, 2), 12, 31, 1987),
            (datetime.date(1987, 12, 30), 1, 2, 1988),
            (datetime.date(1987, 3, 1), 3, 2, 1987),
            (datetime.date(1987, 6, 29), 6, 28, 1987),
            (datetime.date(2025, 3, 1), 2, 29, 2024),
        ],
    )
    def test_nearest_year(self, reference: datetime.date, month: int, day: int, year: int) -> None:
        """The year that puts the date nearest the reference, within six months."""
        assert year == nearest_year(month, day, reference)

    def test_reference_fills_the_year(self) -> None:
        """parse_dateline uses the reference for a date without a year."""
        found = parse_dateline("OSLO, Dec. 31 (AP) — Rain fell.", datetime.date(2026, 1, 1))
        assert found is not None
        assert 2025 == found[0].year

    def test_year_in_text_wins(self) -> None:
        """A year printed in the dateline is kept, whatever the reference."""
        found = parse_dateline("OSLO, May 4, 2025 - Rain fell.", datetime.date(2030, 5, 4))
        assert found is not None
        assert 2025 == found[0].year

    def test_impossible_date_is_no_date(self) -> None:
        """A day that does not exist is not read as a date."""
        assert parse_dateline("OSLO, February 30 - Rain fell.") is None


class TestFalsePositives:
    """Things that look like datelines and are not."""

    @pytest.mark.parametrize(
        "paragraph",
        [
            "EXCLUSIVE – The mayor resigned.",
            "BREAKING - The mayor resigned.",
            "Update – The mayor resigned.",
            "The company - which is large - said no.",
            "Analysts in Europe — and in Asia — agreed.",
            "Europe and Asia — Both agreed.",
            "Paris - it rained.",
            "Ada Berg — Oslo-born surgeon and TV star — has critics.",
            "Ada Berg – a surgeon – has critics.",
            "Russia–NATO relations are strained.",
            "Ottawa Board of Trade (OBT) members voted.",
            "NATO (North Atlantic Treaty Organization) Members met.",
            "OSLO (NTB) regjeringen la fram en plan.",
            "U.S.-Japan trade talks resumed.",
            "MAR8  --     --",
            "In March 12 - 15 people were hurt.",
            "Berlin, June 2. The mayor resigned.",
            "Stahl, Beton, Stacheldraht – diese Umgebung schlug ihm aufs Gemüt.",
            "Bread, butter, milk – all of it costs more.",
            "HarbourNews.Net - Verified footage shows the quay.",
            "Example.com (AP) - The mayor resigned.",
            "Washington DC — The mayor resigned.",
        ],
    )
    def test_not_a_dateline(self, paragraph: str) -> None:
        """Kickers, asides, tables and title-case words without date or agency are no
        datelines."""
        assert parse_dateline(paragraph) is None


class TestMoreLanguages:
    """Datelines of German, French, Spanish, Italian, Portuguese and Nordic agencies (issue 12)."""

    @pytest.mark.parametrize(
        ("paragraph", "expected"),
        [
            (
                "STOCKHOLM (TT) Regeringen presenterade en plan.",
                Dateline(text="STOCKHOLM (TT)", place="STOCKHOLM", source="TT", separator=" "),
            ),
            (
                "KØBENHAVN (Ritzau) Regeringen vil.",
                Dateline(
                    text="KØBENHAVN (Ritzau)", place="KØBENHAVN", source="Ritzau", separator=" "
                ),
            ),
        ],
    )
    def test_nordic_without_separator(self, paragraph: str, expected: Dateline) -> None:
        """A place in capitals and a one-word agency, then the story without a dash."""
        found = parse_dateline(paragraph)
        assert found is not None
        assert expected == found[0]
        assert found[1][:1].isupper()

    def test_colon_after_the_source(self) -> None:
        """A place in capitals and its source, then a colon ("BODØ (NTB): ..."); a name in
        title case before a bracket and a colon is a speaker, not a place."""
        found = parse_dateline("BODØ (NTB): Over 200 mannskaper gikk ut i streik.")
        assert found is not None
        assert (
            Dateline(text="BODØ (NTB)", place="BODØ", source="NTB", separator=": "),
            "Over 200",
        ) == (
            found[0],
            found[1][:8],
        )
        assert parse_dateline("Ann Lee (Greens): We will vote against it.") is None

    @pytest.mark.parametrize(
        ("paragraph", "expected"),
        [
            (
                "BERLIN (dpa) - Es regnete.",
                Dateline(text="BERLIN (dpa)", place="BERLIN", source="dpa"),
            ),
            ("PARIS (AFP) - Il a plu.", Dateline(text="PARIS (AFP)", place="PARIS", source="AFP")),
            (
                "Madrid, 3 de junio (EFE).- Llovió.",
                Dateline(
                    text="Madrid, 3 de junio (EFE)",
                    place="Madrid",
                    month=6,
                    day=3,
                    source="EFE",
                    separator=".- ",
                ),
            ),
            (
                "Roma, 3 luglio (ANSA) - Pioveva.",
                Dateline(text="Roma, 3 luglio (ANSA)", place="Roma", month=7, day=3, source="ANSA"),
            ),
            (
                "Lisboa, 3 de julho (Lusa) - Choveu.",
                Dateline(
                    text="Lisboa, 3 de julho (Lusa)", place="Lisboa", month=7, day=3, source="Lusa"
                ),
            ),
            (
                "STOCKHOLM, 3 augusti (TT) - Det regnade.",
                Dateline(
                    text="STOCKHOLM, 3 augusti (TT)", place="STOCKHOLM", month=8, day=3, source="TT"
                ),
            ),
            (
                "Oslo, 3. desember (NTB) - Det regnet.",
                Dateline(
                    text="Oslo, 3. desember (NTB)", place="Oslo", month=12, day=3, source="NTB"
                ),
            ),
            (
                "KØBENHAVN, 3. marts (Ritzau) - Det regnede.",
                Dateline(
                    text="KØBENHAVN, 3. marts (Ritzau)",
                    place="KØBENHAVN",
                    month=3,
                    day=3,
                    source="Ritzau",
                ),
            ),
            (
                "HELSINKI, 3. heinäkuuta (STT) - Satoi.",
                Dateline(
                    text="HELSINKI, 3. heinäkuuta (STT)",
                    place="HELSINKI",
                    month=7,
                    day=3,
                    source="STT",
                ),
            ),
        ],
    )
    def test_parses(self, paragraph: str, expected: Dateline) -> None:
        """The dateline is read, with a day-first date and its month in the story's language."""
        found = parse_dateline(paragraph)
        assert found is not None
        assert expected == found[0]
        assert not found[1].startswith(("-", ".", "("))
        assert found[1].endswith(".")
