#!/usr/bin/env bash
# Every call of the Aside REST API, against a server started with the samples folder as its drive
# SOR (the README's run command, or: java -jar rest/target/aside-server.jar --sd-root samples/data).
# Usage: samples/scripts/curl-examples.sh [BASE_URL]   (default http://127.0.0.1:5000)
# Data calls need no token on loopback, as with the seed. Deploying and running code (function_create, sql, user
# functions) always needs the server's token: export ASIDE_TOKEN="$(cat ~/.aside/cache/server.token)" first
# (the server prints where its token file is); the calls marked ${auth[@]} send it.
set -euo pipefail
base="${1:-http://127.0.0.1:5000}"
api="$base/cache/api/v1.0/"
auth=()
if [[ -n "${ASIDE_TOKEN:-}" ]]; then auth=(-H "Authorization: Bearer $ASIDE_TOKEN"); fi
show() { echo; echo "\$ curl $*"; curl -sS "$@"; echo; }

# The seed's API, unchanged.
show "$api?function=create&path=file1.snappy.parquet"
show "$api?function=cache_item_stats&key=file1.snappy.parquet"
show "$api?function=read&path=file1.json"
show "$api?function=head&path=file1.json"
show "$api?function=delete&path=file1.json"
show "$api?function=head&path=file1.json"   # not cached now: what its SOR says, without loading it
show "$api?function=echo&message=hello"
show "$api?function=data_read&path=file2.json&storage=sd&return=data"
show "$api?function=create&path=file3.json&return=meta&time=true"
show "$api?function=update&path=file2.json"

# The seed's long names.
show "$api?function=cache_create&path=file2.json"
show "$api?function=stats_cache_item&key=file2.json"
show "$api?function=cache_delete&path=file2.json"

# POST as a form, as the seed's {"data": {...}} body, and as a flat JSON object.
show -X POST -d "function=read" -d "path=file2.json" "$api"
show -X POST -H "Content-Type: application/json" -d '{"data": {"function": "read", "path": "file2.json"}}' "$api"
show -X POST -H "Content-Type: application/json" -d '{"function": "head", "path": "file2.json"}' "$api"

# The same resource by HTTP verb: POST create, GET read, PUT update, DELETE delete, HEAD telemetry.
show -X POST "$api?path=trades.csv"
show "$api?path=trades.csv&format=text&limit=5"
show -X PUT "$api?path=trades.csv"
show -I "$api"
show -X DELETE "$api?path=trades.csv"

# Tables in useful formats, paged.
show "$api?function=read&path=file1.snappy.parquet&format=json&offset=0&limit=3"
show "$api?function=read&path=file1.snappy.parquet&format=csv&limit=3"
show "$api?function=read&path=file1.snappy.parquet&format=text&limit=5"
curl -sS -o /tmp/file1-page.parquet "$api?function=read&path=file1.snappy.parquet&format=parquet&limit=1000"
echo "wrote /tmp/file1-page.parquet ($(wc -c < /tmp/file1-page.parquet) bytes)"

# Built-in functions and analytics.
show "$api?function=random_number&start=1&stop=6"
show "$api?function=pi&significant_digits=20"
show "$api?function=stats_cache"
show "$api?function=cache_head"
show "$api?function=filelist"
show "$api?function=describe&key=file1.snappy.parquet"
show "$api?function=preview&key=file1.snappy.parquet&offset=10&limit=3&columns=cusip,price"
show "$api?function=filter&key=file1.snappy.parquet&where=price>119.9"
show "$api?function=summarize&key=file1.snappy.parquet&by=security_type&agg=count,mean:price,sum:quantity"
show "${auth[@]}" --get --data-urlencode 'query=SELECT security_type, COUNT(*) AS n FROM "file1.snappy.parquet" GROUP BY security_type' "$api?function=sql"

# The sample functions (copy samples/functions/*.java into LOCAL_FUNCTION_DIR first).
show "${auth[@]}" "$api?function=vwap&top=3"
show "${auth[@]}" "$api?function=top_movers&top=3"
show "${auth[@]}" "$api?function=large_trades&min_quantity=4900000&name=large"

# Deploy a function live (function_create: function_name + function_body, the Java source).
show "${auth[@]}" -X POST "$api" --data-urlencode "function=function_create" --data-urlencode "function_name=hello" \
  --data-urlencode 'function_body=import dev.aside.engine.function.*;
public class Hello implements AsideFunction { public Object main(FunctionContext context) { return "hello " + context.params().string("who", "world"); } }'
show "${auth[@]}" "$api?function=hello&who=analyst"

# Listing, health, metrics, OpenAPI.
show "$base/api/v1/items"
show "$base/api/v1/items/file1.snappy.parquet"
show "$base/api/v1/sor"
show "$base/api/v1/sor/sd?prefix=reference/"
show "$base/api/v1/functions"
show "$base/api/v1/functions/summarize"
show "$base/health"
# Fetched whole, then shortened: piping curl into head fails the script under pipefail when head stops reading.
metrics=$(curl -sS "$base/metrics"); printf '%s\n' "$metrics" | awk '/^aside_(cache|http_requests_total)/' # also latency buckets, jvm_*, process_*
openapi=$(curl -sS "$base/openapi.json"); printf '%s\n' "${openapi:0:400}"
echo "Browsable API: $base/api"
