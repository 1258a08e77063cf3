"""Events as the JSON the event log stores (Dagster's ``serialize_value``), the per-partition
materialisations of a step serialised once.

A step over a range of partitions materialises each asset once per partition with the step's metadata
(12 a file, 120,000 for 10,000 files), and ``serialize_value`` walks every event whole (about 175 µs
each here). Those events differ only in their partition and time: the first of an asset is serialised
with marks in those two places, and an event that is the same as it once marked, field by field and
type by type, gets that JSON with its own partition and time in place of the marks (about 50 µs).
Any other event is serialised whole.
"""

from __future__ import annotations

from dagster._core.events import StepMaterializationData
from dagster._serdes import serialize_value

_PARTITION, _TIME = "\x00partition\x00", -1.25e-300  # values no event holds


def serialized(entries: list) -> list[str]:
    """``serialize_value`` of each event log entry, in order."""
    templates: dict = {}
    texts = []
    for entry in entries:
        marked = _marked(entry)
        text = None
        if marked is not None:
            # what the event's asset_key and partition give, read without their type checks
            materialization = entry.dagster_event.event_specific_data.materialization
            key = materialization.asset_key
            if key not in templates:
                templates[key] = (marked, _Template.of(marked))
            model, template = templates[key]
            if template is not None and _same(marked, model):
                text = template.filled(materialization.partition, entry.timestamp)
        texts.append(serialize_value(entry) if text is None else text)
    return texts


def _marked(entry):
    """The entry of a partition's materialisation with its partition and time marked, else None."""
    event = entry.dagster_event
    data = event.event_specific_data if event is not None else None
    if not isinstance(data, StepMaterializationData) or not isinstance(data.materialization.partition, str):
        return None
    materialization = data.materialization._replace(partition=_PARTITION)
    return entry._replace(
        timestamp=_TIME,
        dagster_event=event._replace(event_specific_data=data._replace(materialization=materialization)),
    )


class _Template:
    """A marked entry's JSON cut where its marks are."""

    def __init__(self, pieces: list[str], partition_first: bool):
        self.pieces, self.partition_first = pieces, partition_first

    @classmethod
    def of(cls, marked) -> _Template | None:
        text, partition, time = serialize_value(marked), serialize_value(_PARTITION), serialize_value(_TIME)
        if text.count(partition) != 1 or text.count(time) != 1:
            return None
        first, second = sorted((partition, time), key=text.index)
        head, rest = text.split(first)
        middle, tail = rest.split(second)
        return cls([head, middle, tail], first == partition)

    def filled(self, partition: str, time: float) -> str:
        values = (serialize_value(partition), serialize_value(time))
        first, second = values if self.partition_first else values[::-1]
        head, middle, tail = self.pieces
        return head + first + middle + second + tail


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
