"""Where a JSON Schema's ``$ref`` may lead: never the network, never a file outside its folder.

A ``$ref`` of a schema given with ``--schema`` resolves

- within the schema itself (a fragment, an anchor, the schema's own ``$id``),
- to the meta-schemas bundled with ``jsonschema`` (``jsonschema-specifications``),
- to a file by path (a relative reference, or a ``file:`` URL) inside the schema's folder or
  below it,
- to a schema file whose ``$id`` is the referenced URI, found in the schema's folder or in the
  tree of its parent folder (IPTC ships the GeoJSON schema that ninjs 2.x and 3.x refer to by
  URL in a folder beside the ninjs schemas), or, failing that, to the file the URI names
  relative to the schema's own ``$id``, when it lies in the schema's folder.

Anything else is refused. Every reference is followed when the schema is loaded
(:func:`crawl`), so a reference that cannot be resolved is a usage error then, naming the
``$ref``; afterwards nothing is read from disk. ``referencing`` comes with ``jsonschema``, which
newsmodel does not depend on: both are passed in, typed as ``Any``.
"""

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin, urlsplit
from urllib.request import url2pathname

__all__ = ["LocalRefs", "RefRefused", "UnresolvedRef", "crawl", "read_schema"]

SCAN_FILES = 2000
"""How many ``.json`` files the search for a ``$id`` looks at, at most."""
SCAN_DEPTH = 4
"""How many folders deep below its start the search for a ``$id`` goes, at most."""
SCAN_FOLDERS = 500
"""How many folders the search for a ``$id`` lists, at most."""
SCAN_BYTES = 4 * 1024 * 1024
"""Larger files are not read when searching for a ``$id``."""
MAX_SCHEMA_BYTES = 32 * 1024 * 1024
"""Larger schema files are refused."""

_REF_KEYWORDS = ("$ref", "$dynamicRef", "$recursiveRef")


class RefRefused(Exception):
    """A ``$ref`` that newsmodel will not follow, and why (the reason completes a sentence
    whose subject is the reference)."""

    def __init__(self, uri: str, reason: str) -> None:
        super().__init__(f"{uri} {reason}")
        self.uri = uri
        self.reason = reason


class UnresolvedRef(Exception):
    """A ``$ref`` of the schema, as written, that cannot be resolved, and why."""

    def __init__(self, ref: str, reason: str) -> None:
        super().__init__(f"cannot resolve the $ref {ref!r}: {reason}")
        self.ref = ref
        self.reason = reason


def read_schema(path: Path, limit: int = MAX_SCHEMA_BYTES) -> bytes:
    """Read a schema file: a regular file (never a FIFO or a device) of at most ``limit`` bytes.

    Raises:
        OSError: if it cannot be read, is not a regular file or is too large.
    """
    if not path.is_file():
        raise OSError(f"{path} is not a regular file")
    with path.open("rb") as file:
        data = file.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"{path} is larger than {limit:,} bytes")
    return data


def _normal(uri: str) -> str:
    """A URI without its fragment (``https://x/s.json#`` is ``https://x/s.json``)."""
    return urldefrag(uri)[0]


def _id_of(contents: Any) -> str | None:
    """The ``$id`` (``id`` before draft 6) of a schema, if it has one."""
    found = contents.get("$id", contents.get("id")) if isinstance(contents, dict) else None
    return found if isinstance(found, str) else None


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


class LocalRefs:
    """The ``retrieve`` callable of a ``referencing.Registry`` for one schema file.

    Args:
        path: The schema file.
        root: The schema's contents.
        spec: The ``referencing`` specification of the schema (for documents it retrieves
            that name no ``$schema``).
    """

    def __init__(self, path: Path, root: Any, spec: Any) -> None:
        self.folder = path.resolve().parent
        self.spec = spec
        root_id = _id_of(root)
        self.root_id = _normal(root_id) if root_id is not None else None
        self.frozen = False
        self.cache: dict[str, Any] = {}
        self._ids: dict[str, Path] | None = None

    def __call__(self, uri: str) -> Any:
        """Return the ``referencing.Resource`` that ``uri`` (without fragment) names.

        Raises:
            RefRefused: if it names nothing local, or a file outside the schema's folder.
        """
        found = self.cache.get(uri)
        if found is not None:
            return found
        if self.frozen:
            raise RefRefused(uri, "was not met when the schema was loaded")
        path = self._locate(uri)
        try:
            contents = json.loads(read_schema(path))
        except (OSError, ValueError, RecursionError) as exc:
            raise RefRefused(uri, f"names {path}, which is not readable JSON: {exc}") from None
        resource = self.spec.detect(contents).create_resource(contents)
        self.cache[uri] = resource
        return resource

    def _locate(self, uri: str) -> Path:
        parts = urlsplit(uri)
        if parts.scheme == "file" or (not parts.scheme and not parts.netloc):
            raw = url2pathname(parts.path) if parts.scheme else unquote(parts.path)
            return self._inside(uri, self.folder / raw)
        found = self._by_id().get(_normal(uri))
        if found is not None:
            return found
        if self.root_id is not None:
            base = urljoin(self.root_id, ".")
            if uri.startswith(base) and base != uri:
                candidate = (self.folder / unquote(urlsplit(uri[len(base) :]).path)).resolve()
                if _within(candidate, self.folder) and candidate.is_file():
                    return candidate
        raise RefRefused(
            uri,
            f"is not a schema file in {self.folder} or beside it (none has this $id); "
            "newsmodel never fetches a schema from the network",
        )

    def _inside(self, uri: str, path: Path) -> Path:
        target = path.resolve()
        if not _within(target, self.folder):
            raise RefRefused(uri, f"names a file outside the schema's folder {self.folder}")
        if not target.is_file():
            raise RefRefused(uri, f"names {target}, which is not a file")
        return target

    def _by_id(self) -> dict[str, Path]:
        """The schema files of the schema's folder, then of its parent's tree, by ``$id``."""
        if self._ids is None:
            self._ids = {}
            budget = [SCAN_FILES, SCAN_FOLDERS]
            for start in dict.fromkeys((self.folder, self.folder.parent)):
                self._scan(start, budget)
        return self._ids

    def _scan(self, start: Path, budget: list[int]) -> None:
        assert self._ids is not None
        for folder, subfolders, files in os.walk(start):
            budget[1] -= 1
            deeper = len(Path(folder).relative_to(start).parts) < SCAN_DEPTH and budget[1] > 0
            subfolders[:] = sorted(s for s in subfolders if deeper and not s.startswith("."))
            for name in sorted(files):
                path = Path(folder, name)
                if not name.endswith(".json") or path.is_symlink() or budget[0] <= 0:
                    continue
                budget[0] -= 1
                try:
                    contents = json.loads(read_schema(path, SCAN_BYTES))
                except (OSError, ValueError, RecursionError):
                    continue
                found = _id_of(contents)
                if found is not None:
                    self._ids.setdefault(_normal(found), path)


def crawl(refs: LocalRefs, registry: Any, root: Any, exceptions: Any) -> None:
    """Follow every reference of the schema ``root`` and of the documents they reach.

    Afterwards ``refs`` is frozen: validating reads nothing more.

    Args:
        refs: The ``retrieve`` of ``registry``.
        registry: A ``referencing.Registry`` (with the bundled meta-schemas).
        root: The schema, as a ``referencing.Resource``.
        exceptions: The module ``referencing.exceptions``.

    Raises:
        UnresolvedRef: for the first reference that cannot be resolved.
    """
    walked: set[str] = set()
    todo: list[tuple[Any, Any]] = [(root, registry.resolver_with_root(root))]
    while todo:
        for resource, resolver in todo:
            _walk(resource, resolver, exceptions)
        todo = [
            (resource, registry.resolver(uri))
            for uri, resource in list(refs.cache.items())
            if uri not in walked
        ]
        walked.update(refs.cache)
    refs.frozen = True


def _reason(exc: BaseException, exceptions: Any) -> str:
    """Why a reference failed, in a few words (``referencing`` quotes whole documents)."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, RefRefused):
            return f"{cause.uri} {cause.reason}"
        cause = cause.__cause__
    if isinstance(exc, exceptions.PointerToNowhere):
        return f"the JSON pointer {exc.ref!r} leads nowhere in the document it names"
    if isinstance(exc, exceptions.NoSuchAnchor):
        return f"there is no anchor {exc.anchor!r} in the document it names"
    return "it names no schema that newsmodel knows"


def _walk(resource: Any, resolver: Any, exceptions: Any) -> None:
    stack = [(resource, resolver)]
    while stack:
        here, outer = stack.pop()
        inner = outer.in_subresource(here)
        contents = here.contents
        if isinstance(contents, dict):
            for keyword in _REF_KEYWORDS:
                ref = contents.get(keyword)
                if isinstance(ref, str):
                    try:
                        inner.lookup(ref)
                    except exceptions.Unresolvable as exc:
                        raise UnresolvedRef(ref, _reason(exc, exceptions)) from None
        stack.extend((sub, inner) for sub in here.subresources())
