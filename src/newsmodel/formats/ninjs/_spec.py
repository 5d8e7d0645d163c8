"""What each ninjs version has: its key spellings and the properties it added.

ninjs 1.x keys are lower case with ``headline``/``body_*``/``description_*`` properties and objects
keyed by name (``associations``, ``renditions``, ``altids``); 2.x keeps lower case but uses arrays
(``headlines``, ``bodies``, ``people`` ...); 3.x is 2.x in camelCase. Versions within a major
version add properties: ``firstcreated``, ``ednote`` and ``infosource`` in 1.2, ``altids``,
``headline_*`` and ``$standard`` in 1.3.
"""

import attrs

from newsmodel.errors import SerializeError

__all__ = ["DEFAULT_VERSION", "VERSIONS", "Spec", "spec_for"]

VERSIONS = ("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.0", "2.1", "2.2", "3.0", "3.1")
"""Every ninjs version newsmodel writes, oldest first."""

DEFAULT_VERSION = "3.1"
"""The version written when none is asked for."""

_CAMEL = {
    "firstcreated": "firstCreated",
    "versioncreated": "versionCreated",
    "copyrightnotice": "copyrightNotice",
    "ednote": "edNote",
    "altids": "altIds",
    "infosources": "infoSources",
    "contenttype": "contentType",
}


@attrs.frozen(kw_only=True)
class Spec:
    """The properties one ninjs version offers the writer.

    Attributes:
        version: The version ("3.1").
        major: Its major version, 1 to 3.
        firstcreated: Whether it has ``firstcreated`` (1.2 and later).
        ednote: Whether it has ``ednote`` (1.2 and later).
        infosource: Whether it has ``infosource``/``infosources`` (1.2 and later).
        altids: Whether it has ``altids`` (1.3 and later).
        extra_headlines: Whether it can carry a sub-headline and a kicker as headlines: roles in
            ``headlines`` (2.x, 3.x) or ``headline_*`` properties (1.3 and later).
        standard_key: The key of the standard declaration: ``$standard`` (1.3 to 1.6),
            ``standard`` (2.x, 3.x) or None (1.0 to 1.2).
    """

    version: str
    major: int
    firstcreated: bool
    ednote: bool
    infosource: bool
    altids: bool
    extra_headlines: bool
    standard_key: str | None

    def key(self, name: str) -> str:
        """Return the spelling of the lower-case key ``name`` in this version (camelCase in 3.x)."""
        return _CAMEL.get(name, name) if self.major >= 3 else name

    @property
    def schema_uri(self) -> str:
        """The URI of this version's IPTC JSON Schema."""
        return f"http://www.iptc.org/std/ninjs/ninjs-schema_{self.version}.json"


def spec_for(version: str) -> Spec:
    """Return the spec of a ninjs version.

    Raises:
        SerializeError: if newsmodel cannot write that version.

    >>> spec_for("1.2").altids
    False
    >>> spec_for("3.1").key("versioncreated")
    'versionCreated'
    """
    if version not in VERSIONS:
        raise SerializeError(
            f"unknown ninjs version {version!r}; newsmodel writes {', '.join(VERSIONS)}"
        )
    major, minor = (int(part) for part in version.split("."))
    at_least_1_2 = major > 1 or minor >= 2
    at_least_1_3 = major > 1 or minor >= 3
    return Spec(
        version=version,
        major=major,
        firstcreated=at_least_1_2,
        ednote=at_least_1_2,
        infosource=at_least_1_2,
        altids=at_least_1_3,
        extra_headlines=at_least_1_3,
        standard_key=None if not at_least_1_3 else "$standard" if major == 1 else "standard",
    )
