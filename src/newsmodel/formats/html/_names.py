"""Reading class and id names: which name boilerplate, a comments box or content.

Pages name their parts in ``class`` and ``id`` attributes ("comments", "share-bar",
"article-body"). :func:`verdict` reads one element's label: boilerplate when a word of it names
boilerplate (comments, share bars, related links, newsletter boxes, cookie notices, ads,
teasers, sidebars, footers, author boxes, collapsed boxes, post meta lines, calls to action:
a class beginning with "cta"), unless it also names content ("article", "body", "story") and
no name in it is a part of the content whose last word names boilerplate ("article-social",
"story-related-links", "PostMeta"). An id made from the text (a slug) is not a name.
:func:`found_in` makes the long alternations fast.
"""

import re
from collections.abc import Callable, Iterator

from lxml import html

__all__ = [
    "BOILERPLATE",
    "BOILERPLATE_NAME",
    "COMMENTS",
    "COMMENTS_BOX",
    "CONTENT",
    "NOT_BOILERPLATE",
    "found_in",
    "label",
    "names_boilerplate",
    "verdict",
    "word_led",
]

BOILERPLATE = re.compile(
    r"comment|kommentar|komentar|comentar|share|sharing|social|related|newsletter|subscri|cookie|consent|gdpr|advert|"
    r"(?:^|[-_\s])ads?(?:$|[-_\s])|(?:^|\s)cta(?:$|[-_\s])|ad-slot|adslot|banner|sponsor|promo|teaser|recommend|"
    r"sidebar|side-bar|widget|footer|masthead|menu|breadcrumb|navigation|(?:^|[-_\s])nav|"
    r"popup|modal|overlay|paywall|outbrain|taboola|most-?read|most-?popular|trending|"
    r"read-?more|more-?stories|further-?reading|signup|sign-up|login|toolbar|"
    r"skip-?link|visually-?hidden|sr-only|tags?(?:$|[-_\s])|rating|"
    r"disqus|jump|next-?article|prev-?article|pagination|pager|third-?party|"
    # "aut" outside the group: found_in files a branch under the letter it starts with
    r"aut(?:ho?r|eur)[-_]?(?:bio|box|info|card|profile|details|description|about)|"
    r"about[-_]?(?:the[-_]?)?(?:autho?r|auteur)|expandable|collaps[ai]ble|"
    r"meta(?:$|[-_\s])|"
    # the same in the other languages read: share, related, read-also, ads, newsletter boxes
    r"compartir|compartilh|partager|condivid|teilen|relacionad|correlat|lire-?aussi|"
    r"lee-?tambien|leer-?mas|le[ea]-?mas|mehr-?zum-?thema|weiterlesen|publicidad|publicite|pubblicit|"
    r"werbung|anzeige|reklame|boletin|infolettre|reaction|del-?artik|dela-?artik|"
    r"repl(?:y|ies)|reacties|lesermeinung|leserbrief",
)
CONTENT = re.compile(
    r"article|body|content|story|entry|post|text|main|prose|paragraph|caption|figure|"
    r"image|photo|media|blog",
)
COMMENTS = re.compile(
    r"comment|kommentar|komentar|comentar|disqus|repl(?:y|ies)|reacties|lesermeinung|leserbrief|"
    r"cookie|consent|gdpr|newsletter"
)
_LONGEST_ID = 40


def label(element: html.HtmlElement, lower: bool = True) -> str:
    """The element's class and id, lower-cased unless ``lower`` is false (the patterns here
    are lower case: matching without IGNORECASE is several times faster)."""
    identifier = element.get("id") or ""
    if len(identifier) > _LONGEST_ID or identifier.count("-") + identifier.count("_") > 3:
        identifier = ""  # a slug made from the text ("mayor-promoted-a-plan-1"), not a name
    label = f"{element.get('class') or ''} {identifier}"
    return label.lower() if lower else label


def _top_level(pattern: str) -> Iterator[tuple[int, str]]:
    """Each character of a regular expression's source with its position: the character itself
    when it stands at the top level (outside groups and classes, not escaped), else ""."""
    depth, in_class, position = 0, False, 0
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            yield position, ""  # an escape, with the character it escapes
            position += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            yield position, char
            position += 1
            continue
        yield position, ""
        position += 1


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression's source.

    >>> _branches(r"ab|c(?:d|e)|[|]f")
    ['ab', 'c(?:d|e)', '[|]f']
    """
    found: list[str] = []
    start = 0
    for position, char in _top_level(pattern):
        if char == "|":
            found.append(pattern[start:position])
            start = position + 1
    found.append(pattern[start:])
    return found


def found_in(pattern: "re.Pattern[str]") -> Callable[[str], bool]:
    """A test equal to ``pattern.search(text) is not None``, several times faster for a long
    alternation of words such as the class-name patterns here.

    The engine tries every alternative at every place of the text; here the alternatives that
    start with a letter are grouped by that letter (``c(?:omment|ookie)``), so that it tries only
    the few that can match there, and the others (``(?:^|-)ads?``) are searched for apart.

    >>> test = found_in(re.compile(r"comment|cookie|(?:^|-)ads?$"))
    >>> [test(text) for text in ("no-cookies", "top-ad", "adverb", "")]
    [True, True, False, False]
    """
    grouped: dict[str, list[str]] = {}
    others: list[str] = []
    for branch in _branches(pattern.pattern):
        if len(branch) > 1 and branch[0].isalnum() and branch[1] not in "?*+{":
            grouped.setdefault(branch[0], []).append(branch[1:])
        else:
            others.append(branch)
    if not grouped:
        return lambda text: pattern.search(text) is not None
    words = re.compile(
        "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in grouped.items()),
        pattern.flags,
    )
    if not others:
        return lambda text: words.search(text) is not None
    rest = re.compile("|".join(others), pattern.flags)
    needed = {_required_word(branch) for branch in others}
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or min(map(len, needed)) < 2:
        return lambda text: words.search(text) is not None or rest.search(text) is not None
    # The others match only where one of their own words is: most texts hold none.
    hints = tuple(sorted(needed))

    def test(text: str) -> bool:
        if words.search(text) is not None:
            return True
        for word in hints:  # a plain loop: cheaper than any() over a generator, per text
            if word in text:
                return rest.search(text) is not None
        return False

    return test


def word_led(pattern: "re.Pattern[str]") -> "re.Pattern[str]":
    r"""The same expression with the word boundary (``\b``) that its alternatives open with
    tested once, before them all: ``\b(?:got a tip|send us)|^want more`` for
    ``\bgot a tip|\bsend us|^want more``. The engine then tries those alternatives only where a
    word starts, not at every character; the same texts match.

    >>> word_led(re.compile(r"\bgot a tip|\bsend us|^want more", re.IGNORECASE)).pattern
    '\\b(?:got a tip|send us)|^want more'
    """
    alternatives = _branches(pattern.pattern)
    led = [branch[2:] for branch in alternatives if branch.startswith(r"\b")]
    others = [branch for branch in alternatives if not branch.startswith(r"\b")]
    if not led:
        return pattern
    return re.compile("|".join([rf"\b(?:{'|'.join(led)})", *others]), pattern.flags)


_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")


def _required_word(branch: str) -> str:
    r"""The longest run of plain characters that every match of ``branch`` holds ("" if none):
    characters outside groups and classes, none of them optional or repeated.

    >>> [_required_word(branch) for branch in (r"(?:^|[-_\s])ads?(?:$|\s)", r"x\d+", "a?")]
    ['ad', 'x', '']
    """
    best = run = ""
    for position, char in _top_level(branch):
        quantified = branch[position + 1 : position + 2] in ("?", "*", "+", "{")
        if char and char in _PLAIN and not quantified:
            run += char
        else:
            best, run = max(best, run, key=len), ""
    return max(best, run, key=len)


names_boilerplate = found_in(BOILERPLATE)
_names_comments = found_in(COMMENTS)
_names_content = found_in(CONTENT)


NOT_BOILERPLATE, COMMENTS_BOX, BOILERPLATE_NAME = 0, 1, 2
"""What :func:`verdict` says of a label: nothing, a comments box, boilerplate by name."""


def verdict(written: str) -> int:
    """What a class-and-id label (as written) says: nothing, a comments box, or boilerplate
    by name."""
    label = written.lower()
    if not label.strip() or not names_boilerplate(label):
        return NOT_BOILERPLATE
    if _names_comments(label):
        return COMMENTS_BOX
    if _names_content(label) and not _names_part_of_content(written):
        return NOT_BOILERPLATE
    return BOILERPLATE_NAME


_NAME_PARTS = re.compile(r"[-_]+|(?<=[a-z])(?=[A-Z])")
_GENERIC_PARTS = frozenset(
    {
        "wrap", "wrapper", "container", "holder", "box", "inner", "outer", "block", "section",
        "area", "list", "item", "items", "module", "component", "panel", "bar", "link", "links",
        "button", "buttons", "icon", "icons",
    }
)  # fmt: skip
"""Words of a name that say nothing of what the part holds, as do numbers."""


def _last_word(name: str) -> str | None:
    """The last word of a class or id name (split at dashes, underscores and camel case),
    lower-cased, generic words (:data:`_GENERIC_PARTS`) and numbers aside; None if none."""
    # Without a capital letter there is no camel case, and a plain split is enough.
    words = name.replace("_", "-").split("-") if name.islower() else _NAME_PARTS.split(name)
    for word in reversed(words):
        lowered = word.lower()
        if lowered and lowered not in _GENERIC_PARTS and not lowered.isdecimal():
            return lowered
    return None


def _names_part_of_content(label: str) -> bool:
    """Whether a label (as written) names a part of the content that is boilerplate
    ("article-social", "story-related-links", "PostMeta"): a name whose last word
    (:func:`_last_word`) names boilerplate, and no name whose last word names content."""
    boilerplate = False
    for name in label.split():
        head = _last_word(name)
        if head is None:
            continue
        if _names_content(head):
            return False
        if names_boilerplate(head):
            boilerplate = True
    return boilerplate
