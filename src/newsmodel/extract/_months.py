"""Month names in English, Russian, French, Spanish, German, Italian, Portuguese, Swedish,
Norwegian, Danish and Finnish, for datelines."""

__all__ = ["month_number"]

_FULL = {
    # English: any prefix of three letters or more is accepted ("Sept", "Marc").
    "en": ("january february march april may june july august september october november december"),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ru_nominative": (
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь"
    ),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": (
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
}

_ABBREVIATIONS = {
    # Short forms that are not English prefixes.
    "janv": 1,
    "févr": 2,
    "fevr": 2,
    "avr": 4,
    "juil": 7,
    "déc": 12,
    "ene": 1,
    "abr": 4,
    "ago": 8,
    "dic": 12,
    "set": 9,
    "setiembre": 9,
    "jänner": 1,
    "mrz": 3,
    "okt": 10,
    "dez": 12,
    "gen": 1,
    "mag": 5,
    "giu": 6,
    "lug": 7,
    "ott": 10,
    "fev": 2,
    "out": 10,
    "des": 12,
    "янв": 1,
    "фев": 2,
    "мар": 3,
    "апр": 4,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "окт": 10,
    "ноя": 11,
    "дек": 12,
}


def _build() -> dict[str, int]:
    names: dict[str, int] = {}
    for language, words in _FULL.items():
        for number, word in enumerate(words.split(), start=1):
            names[word] = number
            if language == "en":
                for end in range(3, len(word)):
                    names.setdefault(word[:end], number)
    names.update(_ABBREVIATIONS)
    return names


_MONTHS = _build()


def month_number(word: str) -> int | None:
    """Return the month (1 to 12) that ``word`` names, in any case, with or without a final dot.

    >>> month_number("Sept."), month_number("OCTOBER"), month_number("août"), month_number("Monday")
    (9, 10, 8, None)
    """
    return _MONTHS.get(word.rstrip(".").lower())
