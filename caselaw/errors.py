"""caselaw's one exception tree.

    CaselawError
    ├── ConfigError            bad settings, unknown portal id, bad CLI filter
    ├── StorageError           the database cannot be opened, migrated or locked
    │   └── LockedError        another run holds the lock for this DB and portal
    ├── IngestError            a document cannot be turned into text (names the document)
    │   ├── UnsupportedFormatError
    │   └── DocumentTooLargeError   size, page, depth or time cap exceeded
    ├── ExtractionError        an extractor failed on one judgment
    └── FetchError             the network layer gave up on a URL
        ├── BlockedError       robots.txt disallows it, or a challenge page came back
        ├── DisallowedURLError scheme or redirect target not allowed (file:, loopback, private)
        ├── ResponseTooLargeError
        └── PortalChangedError a listing's selectors matched nothing where results were expected

Foreign exceptions are translated where they cross into caselaw
(``raise FetchError(...) from exc``).  Constructors never log.
"""

from __future__ import annotations


class CaselawError(Exception):
    """Base of every error caselaw raises on purpose."""


class ConfigError(CaselawError):
    pass


class StorageError(CaselawError):
    pass


class LockedError(StorageError):
    pass


class IngestError(CaselawError):
    """A document could not be read; ``source`` names it."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class UnsupportedFormatError(IngestError):
    pass


class DocumentTooLargeError(IngestError):
    pass


class ExtractionError(CaselawError):
    def __init__(self, source: str, extractor: str, problem: str) -> None:
        super().__init__(f"{source}: {extractor}: {problem}")
        self.source = source
        self.extractor = extractor
        self.problem = problem


class FetchError(CaselawError):
    def __init__(self, url: str, problem: str) -> None:
        super().__init__(f"{url}: {problem}")
        self.url = url
        self.problem = problem


class BlockedError(FetchError):
    pass


class DisallowedURLError(FetchError):
    pass


class ResponseTooLargeError(FetchError):
    pass


class PortalChangedError(FetchError):
    pass
