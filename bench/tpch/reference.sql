-- What fct_order_lines and fct_daily_revenue_by_nation must contain, written by hand from the
-- sources alone (no starling table), and the same two facts as starling built them, both by
-- natural keys (surrogate keys replaced by the dimension's natural key), so that they compare
-- with EXCEPT ALL either way:
--   tpch_reference.expected_order_lines          tpch_reference.actual_order_lines
--   tpch_reference.expected_daily_revenue        tpch_reference.actual_daily_revenue
-- Columns: l_orderkey, l_linenumber, customer_key, part_key, supplier_key, order_date, quantity,
-- extendedprice, discount, revenue; and order_date, nation_key, revenue, order_count.
-- Views: they show the tables as they are whenever they are read. The actual_* views depend on
-- the warehouse tables (run this after the first `starling run`; drop the schema before a
-- `starling rebuild`).
\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS tpch_reference CASCADE;
CREATE SCHEMA tpch_reference;

CREATE VIEW tpch_reference.expected_order_lines AS
SELECT l.l_orderkey, l.l_linenumber, o.o_custkey AS customer_key, l.l_partkey AS part_key,
       l.l_suppkey AS supplier_key, o.o_orderdate AS order_date, l.l_quantity AS quantity,
       l.l_extendedprice AS extendedprice, l.l_discount AS discount,
       round(l.l_extendedprice * (1 - l.l_discount), 4) AS revenue
FROM tpch.lineitem l JOIN tpch.orders o ON o.o_orderkey = l.l_orderkey;

-- the revenue of a day and nation is the sum of its lines'; orders counted once however many
-- lines they have
CREATE VIEW tpch_reference.expected_daily_revenue AS
SELECT o.o_orderdate AS order_date, c.c_nationkey AS nation_key,
       round(sum(lr.revenue), 4) AS revenue, count(*)::int AS order_count
FROM tpch.orders o
JOIN (SELECT l_orderkey, sum(l_extendedprice * (1 - l_discount)) AS revenue
      FROM tpch.lineitem GROUP BY l_orderkey) lr ON lr.l_orderkey = o.o_orderkey
JOIN tpch.customer c ON c.c_custkey = o.o_custkey
WHERE o.o_orderdate >= date '1992-01-01'
GROUP BY 1, 2;

CREATE VIEW tpch_reference.actual_order_lines AS
SELECT f.l_orderkey, f.l_linenumber, c.customer_key, p.part_key, s.supplier_key,
       d.date AS order_date, f.quantity, f.extendedprice, f.discount, f.revenue
FROM warehouse.fct_order_lines f
LEFT JOIN warehouse.dim_customer c ON c.customer_sk = f.customer_sk
LEFT JOIN warehouse.dim_part p ON p.part_sk = f.part_sk
LEFT JOIN warehouse.dim_supplier s ON s.supplier_sk = f.supplier_sk
LEFT JOIN warehouse.dim_date d ON d.date_key = f.order_date_key;

CREATE VIEW tpch_reference.actual_daily_revenue AS
SELECT f.order_date, n.nation_key, f.revenue, f.order_count
FROM warehouse.fct_daily_revenue_by_nation f
LEFT JOIN warehouse.dim_nation n ON n.nation_sk = f.nation_sk;
