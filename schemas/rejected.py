"""Model of rejected_rows: rows that failed validation, kept with the reason."""

import pandera.pandas as pa
from pandera.typing import Series


class RejectedRowsSchema(pa.DataFrameModel):
    table_name: Series[str] = pa.Field(description="The table the row was meant for.")
    row_json: Series[str] = pa.Field(description="The row, as JSON.")
    reason: Series[str] = pa.Field(description="The failed checks, with the column.")
    run_id: Series[str] = pa.Field(description="Fingerprint of the input the run saw (stable across identical runs).")

    class Config:
        strict = True
        description = "Rows that failed validation: nothing is silently dropped."
