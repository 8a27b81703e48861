"""lede: the news-intelligence engine's C++ core from Python.

    import lede
    article = lede.extract(open("page.html", "rb").read(), url="https://example.org/a")
    analysis = lede.analyze("Rabat (Reuters) - ...", as_is=True)
    for doc in lede.read("crawl.warc.gz"):
        ...
    with lede.Store("news.db") as store:
        result = store.search("election AND fraud", from_="2019-01-01")
        people = store.entities(type="PERSON", limit=10)

Dicts have the shape `lede extract` and `lede analyze` print (docs/DESIGN.md, output
contract); offsets are UTF-8 byte offsets into "text". Failures raise lede.Error
subclasses carrying the C++ Status message. The C++ work runs without the GIL.
The Dask runner is `python3 -m lede.dask` (docs/python.md).
"""
from __future__ import annotations

import os
from typing import Any, Iterator, Sequence, Union

from lede import _lede
from lede._errors import (CorruptionError, EmptyError, Error, InputOutputError,
                          InvalidArgumentError, NotFoundError, NotSupportedError, TooLargeError)
from lede._lede import Reader, analyze, extract, ingest, merge

__all__ = [
    "extract", "analyze", "read", "Reader", "Store", "ingest", "merge",
    "Error", "InvalidArgumentError", "NotFoundError", "CorruptionError", "NotSupportedError",
    "TooLargeError", "InputOutputError", "EmptyError",
]

PathLike = Union[str, "os.PathLike[str]"]


def read(inputs: PathLike | Sequence[PathLike], *, analyze: bool = False,
         **limits: int) -> Reader:
    """Iterates the documents of one input or a list of inputs (files, directories, "-").

    Any format lede reads (HTML, gzip, WARC/WET/ARC, JSON Lines, text), found from
    content. Yields dicts as `lede extract` prints them (with analyze=True, as `lede
    analyze` does); a failed record is a dict with "error", "source" and "record",
    and iteration goes on. limits: max_document_bytes, max_records_per_file,
    max_header_bytes, max_dom_depth (see lede.Reader). The returned Reader's
    .stats counts records, errors and skipped records.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    return Reader([os.fspath(p) for p in inputs], analyze=analyze, **limits)


class Store(_lede.Store):
    """A lede store: articles (get, scan, iteration, stats) and the analyst's queries
    (search with facets, entities, quotes, events, stories, map) as `lede serve` answers
    them (docs/api.md). Also a context manager that closes the store on exit.

    Opening: path, read_only=False, create_if_missing=True (see lede._lede.Store). The
    queries open their own read-only connections on first use (lede._lede.StoreQueries).
    """

    def __init__(self, path: PathLike, *, read_only: bool = False,
                 create_if_missing: bool = True) -> None:
        super().__init__(os.fspath(path), read_only=read_only,
                         create_if_missing=create_if_missing)
        self._queries: _lede.StoreQueries | None = None

    def _query(self) -> _lede.StoreQueries:
        if self._queries is None:
            self._queries = _lede.StoreQueries(self.path)
        return self._queries

    def search(self, query: str, **filters: Any) -> dict[str, Any]:
        """{query, total, hits, facets} (docs/api.md); filters: from_, to, lang, source,
        entity (name or id), theme, event, limit, offset, facets (see StoreQueries.search)."""
        return self._query().search(query, **filters)

    def entities(self, **request: Any) -> dict[str, Any]:
        """{total, entities}, most mentioned first; prefix, type, limit, offset."""
        return self._query().entities(**request)

    def entity(self, id: int) -> dict[str, Any]:
        """One entity's page: timeline, co-mentions, quotes by and about it, articles."""
        return self._query().entity(id)

    def quotes(self, query: str | None = None, **request: Any) -> dict[str, Any]:
        """{total, quotes}, newest first; query (FTS5), speaker_id, speaker, limit, offset."""
        return self._query().quotes(query, **request)

    def events(self, **request: Any) -> dict[str, Any]:
        """{total, events}, newest first; type, country, from_, to, limit, offset."""
        return self._query().events(**request)

    def stories(self, **request: Any) -> dict[str, Any]:
        """{total, stories}, latest activity first; from_, to, limit, offset."""
        return self._query().stories(**request)

    def story(self, id: int) -> dict[str, Any]:
        """One story and its articles in published order."""
        return self._query().story(id)

    def map(self, query: str | None = None, **request: Any) -> dict[str, Any]:
        """{places} mentioned by the matching articles, most articles first; from_, to, limit."""
        return self._query().map(query, **request)

    def articles(self, after_id: int = 0, batch: int = 256) -> Iterator[dict[str, Any]]:
        """Every article with id > after_id, in id order, read `batch` at a time."""
        while True:
            page = self.scan(after_id, batch)
            if not page:
                return
            yield from page
            after_id = page[-1]["id"]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self.articles()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
