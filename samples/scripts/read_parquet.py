"""Read a cached table into pandas through the Aside REST API, as Parquet.

Usage: python3 samples/scripts/read_parquet.py [PATH] [BASE_URL]
Needs pandas and pyarrow (pip install pandas pyarrow). The server must be running (see README).
"""
import io
import sys
import urllib.parse
import urllib.request

import pandas as pd

path = sys.argv[1] if len(sys.argv) > 1 else "file1.snappy.parquet"
base = sys.argv[2] if len(sys.argv) > 2 else "http://127.0.0.1:5000"
query = urllib.parse.urlencode({"function": "read", "path": path, "format": "parquet"})
url = f"{base}/cache/api/v1.0/?{query}"

# pandas.read_parquet(url) works too; reading the bytes first shows the error body if there is one.
with urllib.request.urlopen(url) as response:
    frame = pd.read_parquet(io.BytesIO(response.read()))

print(frame.info())
print(frame.head())
