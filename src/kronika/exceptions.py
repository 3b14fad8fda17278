"""The one place for kronika's exceptions, so callers can catch the family."""

from __future__ import annotations


class KronikaError(Exception):
    """Base class for every error kronika raises on purpose."""


class IngestError(KronikaError):
    """An input could not be read as an article; carries the path so a batch report can name it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(KronikaError):
    """The store refused an operation (schema too new, bad query, closed)."""


class EvalDataMissing(KronikaError):
    """An evaluation corpus is not where `../shared/data` should be."""


class AuthError(KronikaError):
    """A write route was called without the configured token."""
