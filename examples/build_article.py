"""Build an article in Python, check it, and print it as newsmodel JSON.

Run it from anywhere:

    python examples/build_article.py > article.json

It exits 1 and prints the problems on stderr if the article has an error.
"""

import datetime
import sys

import newsmodel
from newsmodel import Article, BlockQuote, Dateline, Paragraph, Person, Section


def build() -> Article:
    """Return a short invented article about a library that reopens."""
    librarian = Person(name="Nadia Rahman", title="head librarian")
    return Article(
        headline="Village library reopens after flood repairs",
        bylines=(Person(name="Ada Brennan", organization="Coastline News", role="author"),),
        dateline=Dateline(text="PENWICK, June 2", place="PENWICK", month=6, day=2),
        published=datetime.datetime(2026, 6, 2, 8, 0, tzinfo=datetime.UTC),
        language="en-GB",
        sections=(
            Section(
                blocks=(
                    Paragraph(
                        text="Penwick's library opened its doors again on Monday, "
                        "eleven weeks after floodwater ruined its ground floor."
                    ),
                    Paragraph.with_quotes(  # finds each quote's span from its words
                        "“Children were queueing before we unlocked,” said head librarian "
                        "Nadia Rahman. “We have missed them.”",
                        ("Children were queueing before we unlocked,", librarian),
                        ("We have missed them.", librarian),
                    ),
                    BlockQuote(
                        text="A library is the one room in the village that belongs to everyone.",
                        speaker=Person(name="Peter Lowe", title="parish councillor"),
                    ),
                ),
            ),
        ),
        keywords=("libraries", "flooding"),
    )


def main() -> int:
    """Build the article, report its problems on stderr, and print it as JSON on stdout."""
    article = build()
    problems = newsmodel.validate(article)
    for problem in problems:
        print(problem, file=sys.stderr)
    if any(problem.severity == "error" for problem in problems):
        return 1
    sys.stdout.write(newsmodel.dumps(article, format="json"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
