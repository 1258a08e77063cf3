"""Split a frame into the rows a model accepts and the rows it rejects, with reasons."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

_UNIQUENESS_CHECKS = {"field_uniqueness", "multiple_fields_uniqueness"}


@dataclass(frozen=True)
class Split:
    valid: pd.DataFrame
    rejected: pd.DataFrame  # the rejected rows, with a "reason" column added
    failure_cases: pd.DataFrame  # Pandera's lazy failure table, for display


def unique_keys(model: type[pa.DataFrameModel]) -> list[list[str]]:
    """Every set of columns the model declares unique."""
    schema = model.to_schema()
    keys = [[name] for name, column in schema.columns.items() if column.unique]
    if schema.unique:
        keys.append(list(schema.unique))
    return keys


def split_valid(model: type[pa.DataFrameModel], frame: pd.DataFrame) -> Split:
    """Validate lazily; keep the passing rows, reject the failing ones with a reason.

    Duplicates of a unique key keep their first row: the later copies are rejected.
    A failure that is not about rows (a missing column) is a bug, so it is raised.
    """
    frame = frame.reset_index(drop=True)
    if frame.empty:
        # An empty frame has no rows to reject (and no dtypes to check strings on).
        return Split(frame, frame.assign(reason=pd.Series(dtype=str)), pd.DataFrame())
    reasons: dict[int, list[str]] = {}
    for key in unique_keys(model):
        for index in frame.index[frame.duplicated(subset=key, keep="first")]:
            reasons.setdefault(index, []).append(f"duplicate key ({', '.join(key)})")
    failures = pd.DataFrame()
    try:
        model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as error:
        failures = error.failure_cases
        if failures["index"].isna().any() and not _only_uniqueness(failures[failures["index"].isna()]):
            raise
        for row in failures.dropna(subset=["index"]).itertuples():
            if row.check in _UNIQUENESS_CHECKS:
                continue
            reason = _describe(row)
            if reason not in reasons.setdefault(int(row.index), []):
                reasons[int(row.index)].append(reason)
    bad = sorted(reasons)
    rejected = frame.loc[bad].assign(reason=["; ".join(reasons[i]) for i in bad])
    return Split(frame.drop(index=bad).reset_index(drop=True), rejected.reset_index(drop=True), failures)


def _describe(failure) -> str:
    # A frame-level check fails the whole row once, not once per column.
    if failure.schema_context == "DataFrameSchema":
        return str(failure.check)
    check = str(failure.check)
    check = check if len(check) <= 40 else check[:37] + "..."
    return f"{failure.column}: {check} (got {failure.failure_case!r})"


def _only_uniqueness(failures: pd.DataFrame) -> bool:
    return failures["check"].isin(_UNIQUENESS_CHECKS).all()
