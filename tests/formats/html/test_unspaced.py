"""Pages in scripts written without spaces between words (Chinese, Japanese, Thai): the rules
that tell a single word from a phrase count their words by characters (issue 11)."""

# The fixtures are Chinese text, with its full-width commas.
# ruff: noqa: RUF001

import pytest

from newsmodel.formats import ReadOptions
from newsmodel.formats.html import read
from newsmodel.formats.html._meta_title import _without_kicker
from newsmodel.formats.html._unspaced import word_count

_STORY = (
    "<p>税务局表示，明年将在全国各地招聘五百名新员工，以应对日益增加的工作量。</p>"
    "<p>新员工将主要负责纳税服务和信息系统的维护工作，招聘考试将于三月举行。</p>"
)


@pytest.mark.parametrize(
    ("text", "words"),
    [("Home", 1), ("Fire destroys barn", 3), ("首页", 1), ("税务局招聘五百人", 4), ("ข่าวด่วน", 4)],
)
def test_word_count(text: str, words: int) -> None:
    """A run of a script written without spaces counts a word for every two of its letters."""
    assert words == word_count(text)


def test_description_in_chinese_is_the_standfirst() -> None:
    """A page's description written in Chinese, a sentence with no space in it, is its
    standfirst, not a single word."""
    description = "税务局明年将招聘五百名新员工，应对日益增加的工作量。"
    page = (
        "<html><head><title>税务局明年将招聘五百名新员工</title>"
        f'<meta name="description" content="{description}"></head><body><article>'
        f"<h1>税务局明年将招聘五百名新员工</h1>{_STORY}</article></body></html>"
    )
    article = read(page.encode(), ReadOptions()).article
    assert description == article.subheadline


def test_kicker_cut_off_a_chinese_title() -> None:
    """A kicker before a separator is cut off a Chinese title, whose rest has no space."""
    assert "税务局招聘五百人" == _without_kicker("财经 | 税务局招聘五百人", "财经")
