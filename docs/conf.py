"""Sphinx configuration for the newsmodel manual.

Build with ``sphinx-build -W -b html docs DIR`` and test the examples with ``-b doctest``. Every
```` ```pycon ```` block in the Markdown pages (and in the part of README.md that index.md
includes) is run as a doctest, so an example that stops working fails the build.
"""

from importlib.metadata import version as _version

from docutils import nodes
from sphinx.application import Sphinx

project = "newsmodel"
author = "The newsmodel developers"
copyright = "2026, The newsmodel developers"  # noqa: A001 - Sphinx's name for the setting
release = _version("newsmodel")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
]

source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = False

doctest_global_setup = "import newsmodel"
doctest_test_doctest_blocks = "default"

html_theme = "furo"
html_title = f"newsmodel {release}"


def _test_pycon_blocks(_app: Sphinx, doctree: nodes.document) -> None:
    """Mark every ``pycon`` code block as a doctest of the default group."""
    for node in doctree.findall(nodes.literal_block):
        if node.get("language") == "pycon" and "testnodetype" not in node:
            node["testnodetype"] = "doctest"
            node["groups"] = ["default"]
            node["options"] = {}


def setup(app: Sphinx) -> None:
    """Register the ``pycon`` doctest hook."""
    app.connect("doctree-read", _test_pycon_blocks)
