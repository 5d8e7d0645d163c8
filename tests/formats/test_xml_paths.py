"""The XPaths of elements in locations (issue 14): :class:`~newsmodel.formats._xml.Paths` gives
what lxml's ``getpath`` gives, in time linear in the number of siblings."""

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from newsmodel.formats._xml import Paths, location

NAMES = ("a", "b", "n:a", "n:b", "m:a", "d:a", "d:b")
"""Element names: without a namespace, with the prefixes n and m (two namespaces), and in a
default namespace (written ``d:`` here, declared as ``xmlns=``)."""


def _element(name: str, children: list[str]) -> str:
    inner = "".join(children)
    if name.startswith("d:"):
        return f'<{name[2:]} xmlns="urn:d">{inner}</{name[2:]}>'
    return f"<{name}>{inner}</{name}>"


def _documents() -> st.SearchStrategy[str]:
    tree = st.recursive(
        st.sampled_from(NAMES).map(lambda name: _element(name, [])),
        lambda inner: st.tuples(st.sampled_from(NAMES), st.lists(inner, max_size=5)).map(
            lambda pair: _element(*pair)
        ),
        max_leaves=30,
    )
    return tree.map(lambda body: f'<root xmlns:n="urn:n" xmlns:m="urn:m">{body}<!--c--></root>')


@given(_documents())
def test_same_as_getpath(document: str) -> None:
    """Every element's path is the one lxml's getpath writes."""
    root = etree.fromstring(document.encode())
    tree = root.getroottree()
    paths = Paths()
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    assert [tree.getpath(e) for e in elements] == [paths.path(e) for e in elements]


def test_location_with_paths() -> None:
    """location() with a document's Paths gives the same location as without."""
    root = etree.fromstring(b"<a><b/><b/><c><b/></c></a>")
    paths = Paths()
    assert [location(e, source="x") for e in root.iter()] == [
        location(e, source="x", paths=paths) for e in root.iter()
    ]
