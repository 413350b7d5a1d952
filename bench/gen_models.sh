#!/usr/bin/env bash
# Writes a generated starling project of N models into DIR (default 10000 into bench/out/models-N):
# one dimension in ten, the rest facts that reference two dimensions and read a fact before them,
# so lineage, ordering and DDL are exercised at scale. Usage: bench/gen_models.sh [N] [DIR]
set -euo pipefail
n="${1:-10000}"
dir="${2:-$(dirname "$0")/out/models-$n}"
rm -rf "$dir"; mkdir -p "$dir/models/dims" "$dir/models/facts"
cat > "$dir/config.yaml" <<YAML
project: bench
timezone: UTC
target: bench
targets:
  bench: {dialect: postgres, dsn: "postgresql://127.0.0.1:1/none"}
sources:
  app:
    schema: app
    loaded_at: _loaded_at
    tables: {entities: {}, events: {}}
YAML
cat > "$dir/models/dims/dim_date.yaml" <<YAML
kind: date_dimension
start: 2020-01-01
end: 2030-12-31
YAML
dims=$(( n / 10 ))
for ((i = 0; i < dims; i++)); do
  cat > "$dir/models/dims/dim_e$i.yaml" <<YAML
kind: dimension
description: generated dimension $i
sql: |
  SELECT id AS e_id, name, kind, created_at FROM {{ source('app','entities') }}
  WHERE type = $i AND _loaded_at >= {{ since }}
key: e_id
surrogate_key: e_sk
columns:
  e_id: {type: bigint}
  name: {type: text}
  kind: {type: text, on_change: keep}
  first_seen: {type: date, expr: "created_at::date", on_change: keep}
unknown_member: {name: Unknown}
YAML
done
for ((i = dims; i < n - 1; i++)); do
  a=$(( i % dims )); b=$(( (i * 7 + 3) % dims ))
  upstream=""
  if (( i > dims )); then upstream="JOIN {{ ref('fct_$(( i - 1 ))') }} p ON p.e_sk = e.e_id"; fi
  cat > "$dir/models/facts/fct_$i.yaml" <<YAML
kind: fact
description: generated fact $i
sql: |
  SELECT e.entity_id, e.other_id, (e.event_time AT TIME ZONE 'UTC')::date AS day,
         count(*) AS events, sum(e.amount) AS amount
  FROM {{ source('app','events') }} e $upstream
  WHERE e.event_time >= {{ start }} AND e.event_time < {{ end }}
  GROUP BY 1, 2, 3
grain: [entity_id, other_id, day]
references:
  e_sk: {dimension: dim_e$a, key: entity_id, on_missing: infer}
  other_sk: {dimension: dim_e$b, key: other_id}
  date_key: {dimension: dim_date, key: day}
measures:
  events: {type: bigint, default: 0}
  amount: {type: "numeric(14,2)", default: 0}
incremental: {strategy: period, time: day, period: day, lookback: 2, start: 2025-01-01}
tests:
  - expression: "events >= 0"
YAML
done
echo "$dir"
