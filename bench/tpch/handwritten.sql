-- The floor for the full build: one hand-written script that builds the same seven tables as the
-- tpch project, with the same keys and indexes, from scratch in schema "handwritten" (CREATE TABLE
-- AS, indexes afterwards), as one would for cron. Used by bench/tpch/run_bench.sh; compare its time
-- with `starling run` on an empty target.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET TimeZone = 'UTC';
DROP SCHEMA IF EXISTS handwritten CASCADE;
CREATE SCHEMA handwritten;

CREATE TABLE handwritten.dim_date AS
SELECT to_char(d, 'YYYYMMDD')::int AS date_key, d::date AS date, extract(year FROM d)::int AS year,
       extract(quarter FROM d)::int AS quarter, extract(month FROM d)::int AS month,
       trim(to_char(d, 'Month')) AS month_name, extract(day FROM d)::int AS day_of_month,
       extract(isodow FROM d)::int AS day_of_week, trim(to_char(d, 'Day')) AS day_name,
       extract(isoyear FROM d)::int AS iso_year, extract(week FROM d)::int AS iso_week,
       extract(isodow FROM d) >= 6 AS is_weekend, extract(year FROM d)::int AS fiscal_year,
       extract(quarter FROM d)::int AS fiscal_quarter, false AS is_holiday, NULL::text AS holiday_name
FROM generate_series(date '1992-01-01', current_date + interval '2 years', interval '1 day') d;
INSERT INTO handwritten.dim_date (date_key, month_name, day_name, holiday_name)
VALUES (-1, 'Unknown', 'Unknown', 'Unknown');
ALTER TABLE handwritten.dim_date ADD PRIMARY KEY (date_key);
CREATE UNIQUE INDEX ON handwritten.dim_date (date);

CREATE TABLE handwritten.dim_nation AS
SELECT row_number() OVER (ORDER BY n.n_nationkey) AS nation_sk, n.n_nationkey AS nation_key,
       n.n_name AS nation, r.r_name AS region, false AS is_inferred
FROM tpch.nation n JOIN tpch.region r ON r.r_regionkey = n.n_regionkey;
INSERT INTO handwritten.dim_nation VALUES (-1, NULL, 'Unknown', 'Unknown', false);
ALTER TABLE handwritten.dim_nation ADD PRIMARY KEY (nation_sk);
CREATE UNIQUE INDEX ON handwritten.dim_nation (nation_key);

CREATE TABLE handwritten.dim_customer AS
SELECT row_number() OVER (ORDER BY c.c_custkey) AS customer_sk, c.c_custkey AS customer_key,
       c.c_name AS name, c.c_mktsegment AS mktsegment, c.c_nationkey AS nation_key,
       n.n_name AS nation, false AS is_inferred
FROM tpch.customer c JOIN tpch.nation n ON n.n_nationkey = c.c_nationkey;
INSERT INTO handwritten.dim_customer VALUES (-1, NULL, 'Unknown', 'Unknown', NULL, 'Unknown', false);
ALTER TABLE handwritten.dim_customer ADD PRIMARY KEY (customer_sk);
CREATE UNIQUE INDEX ON handwritten.dim_customer (customer_key);

CREATE TABLE handwritten.dim_part AS
SELECT row_number() OVER (ORDER BY p_partkey) AS part_sk, p_partkey AS part_key, p_name AS name,
       p_mfgr AS mfgr, p_brand AS brand, p_type AS type, p_size AS size, p_container AS container,
       p_retailprice AS retailprice, false AS is_inferred
FROM tpch.part;
INSERT INTO handwritten.dim_part
VALUES (-1, NULL, 'Unknown', 'Unknown', 'Unknown', 'Unknown', NULL, 'Unknown', NULL, false);
ALTER TABLE handwritten.dim_part ADD PRIMARY KEY (part_sk);
CREATE UNIQUE INDEX ON handwritten.dim_part (part_key);

CREATE TABLE handwritten.dim_supplier AS
SELECT row_number() OVER (ORDER BY s.s_suppkey) AS supplier_sk, s.s_suppkey AS supplier_key,
       s.s_name AS name, s.s_nationkey AS nation_key, n.n_name AS nation, false AS is_inferred
FROM tpch.supplier s JOIN tpch.nation n ON n.n_nationkey = s.s_nationkey;
INSERT INTO handwritten.dim_supplier VALUES (-1, NULL, 'Unknown', NULL, 'Unknown', false);
ALTER TABLE handwritten.dim_supplier ADD PRIMARY KEY (supplier_sk);
CREATE UNIQUE INDEX ON handwritten.dim_supplier (supplier_key);

CREATE TABLE handwritten.fct_order_lines AS
SELECT coalesce(c.customer_sk, -1) AS customer_sk, coalesce(p.part_sk, -1) AS part_sk,
       coalesce(s.supplier_sk, -1) AS supplier_sk, coalesce(d.date_key, -1) AS order_date_key,
       l.l_orderkey, l.l_linenumber, l.l_quantity AS quantity, l.l_extendedprice AS extendedprice,
       l.l_discount AS discount, (l.l_extendedprice * (1 - l.l_discount))::numeric(18,4) AS revenue
FROM tpch.lineitem l
JOIN tpch.orders o ON o.o_orderkey = l.l_orderkey
LEFT JOIN handwritten.dim_customer c ON c.customer_key = o.o_custkey
LEFT JOIN handwritten.dim_part p ON p.part_key = l.l_partkey
LEFT JOIN handwritten.dim_supplier s ON s.supplier_key = l.l_suppkey
LEFT JOIN handwritten.dim_date d ON d.date = o.o_orderdate;
CREATE UNIQUE INDEX ON handwritten.fct_order_lines (l_orderkey, l_linenumber);

CREATE TABLE handwritten.fct_daily_revenue_by_nation AS
SELECT n.nation_sk, coalesce(d.date_key, -1) AS date_key, a.order_date, a.revenue, a.order_count
FROM (SELECT o.o_orderdate AS order_date, c.c_nationkey AS nation_key,
             sum(l.l_extendedprice * (1 - l.l_discount))::numeric(18,4) AS revenue,
             count(DISTINCT o.o_orderkey)::int AS order_count
      FROM tpch.orders o
      JOIN tpch.lineitem l ON l.l_orderkey = o.o_orderkey
      JOIN tpch.customer c ON c.c_custkey = o.o_custkey
      WHERE o.o_orderdate >= date '1992-01-01'
      GROUP BY 1, 2) a
JOIN handwritten.dim_nation n ON n.nation_key = a.nation_key
LEFT JOIN handwritten.dim_date d ON d.date = a.order_date;
CREATE UNIQUE INDEX ON handwritten.fct_daily_revenue_by_nation (date_key, nation_sk);
CREATE INDEX ON handwritten.fct_daily_revenue_by_nation (order_date);
