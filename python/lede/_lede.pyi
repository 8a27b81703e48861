"""Type stubs of lede._lede, the C++ half of the package (python/src/*.cc)."""
from typing import Any, Callable, Iterator

Json = dict[str, Any]

def extract(html: str | bytes, url: str | None = None, *, max_document_bytes: int = 16777216,
            max_dom_depth: int = 512) -> Json:
    """The article of one HTML page, as `lede extract` prints it."""

def analyze(text_or_html: str | bytes, url: str | None = None, as_is: bool = False, *,
            max_document_bytes: int = 16777216, max_dom_depth: int = 512) -> Json:
    """The article with every annotation layer, as `lede analyze` prints it."""

class Reader(Iterator[Json]):
    """An iterator over the documents of input files (use lede.read)."""

    def __init__(self, inputs: list[str], *, analyze: bool = False,
                 max_document_bytes: int = 16777216, max_records_per_file: int = 0,
                 max_header_bytes: int = 1048576, max_dom_depth: int = 512) -> None: ...
    def __iter__(self) -> "Reader": ...
    def __next__(self) -> Json: ...
    @property
    def stats(self) -> Json:
        """Counts so far: records, errors, skipped (by reason)."""

class Store:
    """A lede store: one SQLite file (docs/schema.md)."""

    def __init__(self, path: str, *, read_only: bool = False,
                 create_if_missing: bool = True) -> None: ...
    def get(self, id: int) -> Json:
        """Article `id` with id, source, duplicate_of, ingested_at; NotFoundError if none."""
    def scan(self, after_id: int = 0, limit: int = 256) -> list[Json]:
        """Up to `limit` articles with id > after_id, in id order."""
    def stats(self) -> Json:
        """Counts: articles, near_duplicates, sources, entities, quotes, events, schema_version."""
    def close(self) -> None: ...
    @property
    def path(self) -> str: ...

def ingest(inputs: list[str], db: str, *, threads: int = 1, analyze: bool = True,
           outlet_homes: bool = True, batch_documents: int = 512,
           batch_bytes: int = 67108864, max_document_bytes: int = 16777216,
           max_records_per_file: int = 0, max_header_bytes: int = 1048576,
           max_errors: int = 1000,
           on_progress: Callable[[Json], None] | None = None) -> Json:
    """Extracts, analyses and stores `inputs` in the store `db`, as `lede ingest` does."""

def merge(out: str, shards: list[str], *, batch: int = 512) -> Json:
    """Adds the articles of `shards`, in order, to the store `out`, as `lede merge` does."""

class StoreQueries:
    """The analyst queries of one store (use lede.Store); results as docs/api.md gives them."""

    def __init__(self, path: str) -> None: ...
    def search(self, query: str, *, from_: str | None = None, to: str | None = None,
               lang: str | None = None, source: str | None = None, entity: str | None = None,
               theme: str | None = None, event: str | None = None, limit: int = 20,
               offset: int = 0, facets: bool = True) -> Json:
        """{query, total, hits, facets}: full-text search with filters, best first."""
    def entities(self, *, prefix: str | None = None, type: str | None = None, limit: int = 20,
                 offset: int = 0) -> Json:
        """{total, entities}: most mentioned first."""
    def entity(self, id: int) -> Json:
        """One entity's page; NotFoundError if there is none."""
    def quotes(self, query: str | None = None, *, speaker_id: int = 0,
               speaker: str | None = None, limit: int = 20, offset: int = 0) -> Json:
        """{total, quotes}: newest first."""
    def events(self, *, type: str | None = None, country: str | None = None,
               from_: str | None = None, to: str | None = None, limit: int = 20,
               offset: int = 0) -> Json:
        """{total, events}: newest first."""
    def stories(self, *, from_: str | None = None, to: str | None = None, limit: int = 20,
                offset: int = 0) -> Json:
        """{total, stories}: latest activity first."""
    def story(self, id: int) -> Json:
        """One story's page; NotFoundError if there is none."""
    def map(self, query: str | None = None, *, from_: str | None = None, to: str | None = None,
            limit: int = 500) -> Json:
        """{places}: the places the matching articles mention, most articles first."""
