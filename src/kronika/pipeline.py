"""The one `process(raw) -> Doc` every driver runs (CLI, HTTP API, Spark).

A stage is a callable `Doc -> Doc` with `requires`/`provides` attributes; `Pipeline` checks at
construction that each stage's needs are met by the stages before it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .clean import clean
from .entities import entities_stage
from .events import events_stage
from .exceptions import KronikaError
from .morph import analyse_doc
from .quotes import quotes_stage
from .records import Doc, RawArticle
from .timex import timex_stage

Stage = Callable[[Doc], Doc]

DEFAULT_STAGES: tuple[Stage, ...] = (analyse_doc, entities_stage, timex_stage, quotes_stage, events_stage)


class Pipeline:
    """Ordered stages over a cleaned article."""

    def __init__(self, stages: Sequence[Stage] = DEFAULT_STAGES) -> None:
        have: set[str] = {"article"}
        for stage in stages:
            missing = set(getattr(stage, "requires", ())) - have
            if missing:
                raise KronikaError(f"stage {getattr(stage, '__name__', stage)!r} needs {sorted(missing)} first")
            have.update(getattr(stage, "provides", ()))
        self.stages = tuple(stages)

    def __call__(self, raw: RawArticle) -> Doc:
        doc = Doc(clean(raw))
        for stage in self.stages:
            doc = stage(doc)
        return doc


_default: Pipeline | None = None


def process(raw: RawArticle) -> Doc:
    """Run the default pipeline on one article."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default(raw)
