-- Generates the TPC-H-shaped sources in schema tpch (bench/tpch/README.md), replacing them:
--   psql "$DSN" -v sf=0.01 [-v seed=1] [-v at="'2026-01-01 00:00+00'"] -f bench/tpch/gen.sql
-- sf: TPC-H's scale factor (1: about 6 million lines, 1.5 million orders); seed: any integer;
-- at: the time the load ends (now by default), the newest `_loaded_at` of the initial load.
\set ON_ERROR_STOP on
\if :{?sf}
\else
\set sf 0.01
\endif
\if :{?seed}
\else
\set seed 1
\endif
\if :{?at}
\else
\set at 'now()'
\endif
SET client_min_messages = warning;
-- random() is reproducible from its seed only in one process
SET max_parallel_workers_per_gather = 0;
\ir functions.sql
SELECT tpch.generate(:sf, :seed, :at);
ANALYZE tpch.region, tpch.nation, tpch.supplier, tpch.part, tpch.partsupp, tpch.customer,
        tpch.orders, tpch.lineitem;
