"""Events as the JSON the event log stores (Dagster's ``serialize_value``), the per-partition
materialisations and observations of a step serialised once.

A step over a range of partitions materialises each asset once per partition with the step's metadata
(12 a file, 120,000 for 10,000 files), and ``serialize_value`` walks every event whole (about 175 µs
each here). Those events differ only in their partition and time: the first of an asset is serialised
with marks in those two places, and an event that is the same as it once marked, field by field and
type by type, gets that JSON with its own partition and time in place of the marks (about 50 µs).
A file's observation (``defs.batch.observed_files``, 20,000 for 10,000 files) differs from the others of
its asset in its metadata's values too: its texts and integers are marked as well, the keys and the
kinds of value being the template's. Any other event is serialised whole.
"""

from __future__ import annotations

from dagster import IntMetadataValue, TextMetadataValue
from dagster._core.events import AssetObservationData, StepMaterializationData
from dagster._serdes import serialize_value

_PARTITION, _TIME = "\x00partition\x00", -1.25e-300  # values no event holds
# An observation's metadata values marked: the i-th a text, or an integer from this one on.
_TEXT, _INTEGER = "\x00value {}\x00", -(2**62)
_MARKED_KINDS = (TextMetadataValue, IntMetadataValue)


def serialized(entries: list) -> list[str]:
    """``serialize_value`` of each event log entry, in order."""
    templates: dict = {}
    texts = []
    for entry in entries:
        found = _marked(entry)
        text = None
        if found is not None:
            key, marked, marks, values = found
            if key not in templates:
                templates[key] = (marked, _Template.of(marked, marks))
            model, template = templates[key]
            if template is not None and _same(marked, model):
                text = template.filled(values)
        texts.append(serialize_value(entry) if text is None else text)
    return texts


def _marked(entry) -> tuple | None:
    """(template key, the entry with its own values marked, the marks, its values) of a partition's
    materialisation or observation, else None."""
    event = entry.dagster_event
    data = event.event_specific_data if event is not None else None
    if isinstance(data, StepMaterializationData) and isinstance(data.materialization.partition, str):
        materialization = data.materialization
        marked_data = data._replace(materialization=materialization._replace(partition=_PARTITION))
        key, marks, values = materialization.asset_key, [], []
        partition = materialization.partition
    elif isinstance(data, AssetObservationData) and isinstance(data.asset_observation.partition, str):
        found = _marked_observation(data.asset_observation)
        if found is None:
            return None
        key, marked_observation, marks, values = found
        marked_data = data._replace(asset_observation=marked_observation)
        partition = data.asset_observation.partition
    else:
        return None
    marked = entry._replace(timestamp=_TIME, dagster_event=event._replace(event_specific_data=marked_data))
    return key, marked, [_PARTITION, _TIME, *marks], [partition, entry.timestamp, *values]


def _marked_observation(observation) -> tuple | None:
    """(template key, the observation with its partition and metadata values marked, the values' marks,
    the values) when its metadata are texts and integers, else None."""
    if not all(type(value) in _MARKED_KINDS for value in observation.metadata.values()):
        return None
    kinds = tuple((name, type(value)) for name, value in observation.metadata.items())
    marks = [_TEXT.format(i) if kind is TextMetadataValue else _INTEGER + i for i, (_, kind) in enumerate(kinds)]
    metadata = {name: kind(mark) for (name, kind), mark in zip(kinds, marks)}
    marked = observation._replace(partition=_PARTITION, metadata=metadata)
    values = [value.value for value in observation.metadata.values()]
    return ("observation", observation.asset_key, kinds), marked, marks, values


class _Template:
    """A marked entry's JSON cut where its marks are."""

    def __init__(self, pieces: list[str], order: list[int]):
        self.pieces, self.order = pieces, order

    @classmethod
    def of(cls, marked, marks: list) -> _Template | None:
        text = serialize_value(marked)
        marked_texts = [serialize_value(mark) for mark in marks]
        if any(text.count(mark) != 1 for mark in marked_texts):
            return None
        order = sorted(range(len(marks)), key=lambda i: text.index(marked_texts[i]))
        pieces, rest = [], text
        for i in order:
            head, rest = rest.split(marked_texts[i])
            pieces.append(head)
        return cls([*pieces, rest], order)

    def filled(self, values: list) -> str:
        """The JSON with ``values`` (in the order of the marks) in place of the marks."""
        parts = [self.pieces[0]]
        for i, piece in zip(self.order, self.pieces[1:]):
            parts += (serialize_value(values[i]), piece)
        return "".join(parts)


# Types whose equal values serialise alike (a float does not: -0.0 == 0.0).
_PLAIN = frozenset({str, int, bool, type(None)})


def _same(a, b) -> bool:
    """Whether ``a`` and ``b`` serialise alike: equal, and of the same types all the way down (tuples
    compare equal across named-tuple classes, 1 equals 1.0 and -0.0 equals 0.0)."""
    if a is b:
        return True
    kind = type(a)
    if kind is not type(b):
        return False
    if kind in _PLAIN:  # most of an event's values (about 30 of the 50 compared), before the slower tests
        return a == b
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(value, b[key]) for key, value in a.items())
    if hasattr(a, "__hidden_iter__"):  # Dagster's records, which refuse to be iterated otherwise
        return all(map(_same, a.__hidden_iter__(), b.__hidden_iter__()))
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, float):
        return repr(a) == repr(b)
    return a == b
