"""Writes the pandas/pyarrow and Spark-flavour Parquet fixtures read by PyArrowParquetTest.

Issue 2 asks that files written by pandas/pyarrow and Spark load. DuckDB and our own writer do not
produce what those do: pyarrow's null type for an all-None column, pandas' nullable Int64, a
categorical as a dictionary column, data page v2, and Spark's legacy INT96 timestamps. The files are
committed, so the build needs no Python; run this only to change them, then commit the result.

Command (from the repository root; pyarrow 25.0.1, pandas 3.0.6 made the committed files):

    /tmp/pyv/bin/python engine/src/test/resources/parquet/pyarrow/make_fixtures.py

It writes, next to itself, the same ROWS bond trades six times, in row groups of ROW_GROUP_ROWS:
    pandas-snappy.parquet, pandas-gzip.parquet, pandas-zstd.parquet, pandas-none.parquet
        DataFrame.to_parquet(engine="pyarrow") with that compression
    pandas-data-page-v2.parquet   snappy, data page version 2.0
    spark-int96.parquet           flavor="spark", use_deprecated_int96_timestamps=True
and expected.json: for each file, its row count and each column's null count as pyarrow reads them
back, so the Java test checks against an independent reader. Before writing expected.json it checks
that every file really has the codec, page version and INT96 columns its name promises.

Row i (0 <= i < ROWS) holds; PyArrowParquetTest restates these rules, so change both together:
    cusip          string   "9128" + i % 12 as 5 digits
    price          double   99.5 + i / 8; null when i % 7 == 3
    nothing        null     every value None (pyarrow's null type: INT32 annotated UNKNOWN)
    trade_date     date32   2023-01-02 + i days; null when i % 13 == 5; 9999-12-31 on the last row
    quantity       int64    (i - 20) * 1000
    filled         Int64    i * 10; null when i % 4 == 1 (pandas' nullable integer)
    security_type  category SECURITY_TYPES[i % 4]; null when i % 10 == 9
    traded_at      naive timestamp 1969-12-31 20:00 + i * 2221.5 s + 123 us; null when i % 11 == 6
                   (the first rows are before 1970; the 123 us are below Tablesaw's milliseconds)
    settled_at     UTC timestamp: traded_at's value without the 123 us, plus 2 days, never null
"""

import datetime
import json
import pathlib

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

ROWS = 40
ROW_GROUP_ROWS = 16
SECURITY_TYPES = ["TREASURY", "AGENCY", "CORPORATE", "MUNICIPAL"]
HERE = pathlib.Path(__file__).resolve().parent

# name -> (to_parquet keyword arguments, codec the footer must name, page version, INT96 columns)
FILES = {
    "pandas-snappy.parquet": ({"compression": "snappy"}, "SNAPPY", "1.0", False),
    "pandas-gzip.parquet": ({"compression": "gzip"}, "GZIP", "1.0", False),
    "pandas-zstd.parquet": ({"compression": "zstd"}, "ZSTD", "1.0", False),
    "pandas-none.parquet": ({"compression": None}, "UNCOMPRESSED", "1.0", False),
    "pandas-data-page-v2.parquet": ({"compression": "snappy", "data_page_version": "2.0"}, "SNAPPY", "2.0", False),
    "spark-int96.parquet": (
        {"compression": "snappy", "flavor": "spark", "use_deprecated_int96_timestamps": True}, "SNAPPY", "1.0", True),
}


def bond_trades():
    base = pd.Timestamp("1969-12-31 20:00:00")
    step = pd.Timedelta(seconds=2221.5)
    instants = [base + i * step for i in range(ROWS)]
    return pd.DataFrame({
        "cusip": [f"9128{i % 12:05d}" for i in range(ROWS)],
        "price": [None if i % 7 == 3 else 99.5 + i / 8 for i in range(ROWS)],
        "nothing": pd.Series([None] * ROWS, dtype=object),
        "trade_date": [trade_date(i) for i in range(ROWS)],
        "quantity": pd.Series([(i - 20) * 1000 for i in range(ROWS)], dtype="int64"),
        "filled": pd.Series([None if i % 4 == 1 else i * 10 for i in range(ROWS)], dtype="Int64"),
        "security_type": pd.Categorical(
            [None if i % 10 == 9 else SECURITY_TYPES[i % 4] for i in range(ROWS)], categories=SECURITY_TYPES),
        "traded_at": pd.Series(
            [pd.NaT if i % 11 == 6 else t + pd.Timedelta(microseconds=123) for i, t in enumerate(instants)],
            dtype="datetime64[ns]"),
        "settled_at": pd.Series([t + pd.Timedelta(days=2) for t in instants], dtype="datetime64[ns]").dt.tz_localize(
            "UTC"),
    })


def trade_date(i):
    if i == ROWS - 1:
        return datetime.date(9999, 12, 31)
    if i % 13 == 5:
        return None
    return datetime.date(2023, 1, 2) + datetime.timedelta(days=i)


def check(path, codec, page_version, int96):
    """Fails when a file is not what its name promises, so the Java test's coverage claims hold."""
    file = pq.ParquetFile(path)
    meta, schema = file.metadata, file.schema
    assert meta.num_row_groups > 1, path
    nothing = schema.column(schema.names.index("nothing"))
    assert str(nothing.logical_type) == "Null", (path, nothing.logical_type)
    for group in range(meta.num_row_groups):
        for column in range(meta.num_columns):
            chunk = meta.row_group(group).column(column)
            assert chunk.compression == codec, (path, chunk.compression)
    timestamps = {schema.column(schema.names.index(name)).physical_type for name in ("traded_at", "settled_at")}
    assert timestamps == ({"INT96"} if int96 else {"INT64"}), (path, timestamps)
    pages = {first_data_page_type(path, meta.row_group(g).column(c))
             for g in range(meta.num_row_groups) for c in range(meta.num_columns)}
    assert pages == {DATA_PAGE_V2 if page_version == "2.0" else DATA_PAGE}, (path, pages)


DATA_PAGE, DATA_PAGE_V2 = 0, 3


def first_data_page_type(path, chunk):
    """The page type in the chunk's first data page header; pyarrow's metadata does not expose it.

    A page header is Thrift compact: byte 0 announces field 1 (an i32), byte 1 is its zigzag value.
    """
    with open(path, "rb") as f:
        f.seek(chunk.data_page_offset)
        header = f.read(2)
    assert header[0] == 0x15, (path, header)
    return header[1] >> 1


def main():
    frame = bond_trades()
    expected = {}
    for name, (options, codec, page_version, int96) in FILES.items():
        path = HERE / name
        frame.to_parquet(path, engine="pyarrow", index=False, row_group_size=ROW_GROUP_ROWS, **options)
        check(path, codec, page_version, int96)
        table = pq.read_table(path)
        expected[name] = {
            "rows": table.num_rows,
            "nulls": {column: table.column(column).null_count for column in table.column_names},
        }
    (HERE / "expected.json").write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
