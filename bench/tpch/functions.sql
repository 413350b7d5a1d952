-- TPC-H-shaped sources and their refresh sets, in SQL only: schema tpch, its tables and the
-- functions that fill and change them. Loaded by gen.sql (which then calls tpch.generate); the
-- refresh functions may be called any number of times afterwards, each with a seed of its own.
--
-- Every row carries `_loaded_at`, the time a replication tool would have landed it: the initial
-- load is spread over the history (an order was loaded when it was placed, the other tables at
-- random times before `at`), so that the watermark overlap (1 h) re-reads only the newest
-- hour's rows, not the whole load. Every insert and update of a refresh sets `_loaded_at = at`
-- (now() by default); deletes just delete (hard deletes, as AWS DMS replicates them).
--
-- Sizes at scale factor SF (TPC-H's): customer 150,000 SF, supplier 10,000 SF (at least 4),
-- part 200,000 SF, partsupp 4 per part, orders 1,500,000 SF, lineitem 1 to 7 per order (about
-- 6,000,000 SF); nation 25, region 5. Order dates are uniform over 1992-01-01 .. 1998-08-02
-- (2,406 days), as TPC-H's. Customers whose key is a multiple of 3 place no orders (TPC-H's rule).
CREATE SCHEMA IF NOT EXISTS tpch;

-- TPC-H's retail price of a part, from its key alone.
CREATE OR REPLACE FUNCTION tpch.retailprice(partkey bigint) RETURNS numeric LANGUAGE sql
IMMUTABLE AS $$ SELECT ((90000 + ((partkey / 10) % 20001) + 100 * (partkey % 1000)) / 100.0)::numeric(12,2) $$;

-- setseed for an integer seed (any integer gives a seed in [-1, 1]).
CREATE OR REPLACE FUNCTION tpch.seed(seed bigint) RETURNS void LANGUAGE sql AS
$$ SELECT setseed(((abs(seed) * 7919) % 2000001 - 1000000) / 1000000.0) $$;

-- Drops and creates the eight tables, bare (keys and indexes come after the load: tpch.index).
CREATE OR REPLACE FUNCTION tpch.create_tables() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DROP TABLE IF EXISTS tpch.lineitem, tpch.orders, tpch.partsupp, tpch.part, tpch.supplier,
                       tpch.customer, tpch.nation, tpch.region;
  CREATE TABLE tpch.region (r_regionkey integer NOT NULL, r_name text NOT NULL,
    r_comment text, _loaded_at timestamptz NOT NULL);
  CREATE TABLE tpch.nation (n_nationkey integer NOT NULL, n_name text NOT NULL,
    n_regionkey integer NOT NULL, n_comment text, _loaded_at timestamptz NOT NULL);
  CREATE TABLE tpch.supplier (s_suppkey bigint NOT NULL, s_name text NOT NULL, s_address text,
    s_nationkey integer NOT NULL, s_phone text, s_acctbal numeric(12,2), s_comment text,
    _loaded_at timestamptz NOT NULL);
  CREATE TABLE tpch.part (p_partkey bigint NOT NULL, p_name text NOT NULL, p_mfgr text NOT NULL,
    p_brand text NOT NULL, p_type text NOT NULL, p_size integer NOT NULL, p_container text NOT NULL,
    p_retailprice numeric(12,2) NOT NULL, p_comment text, _loaded_at timestamptz NOT NULL);
  CREATE TABLE tpch.partsupp (ps_partkey bigint NOT NULL, ps_suppkey bigint NOT NULL,
    ps_availqty integer NOT NULL, ps_supplycost numeric(12,2) NOT NULL, ps_comment text,
    _loaded_at timestamptz NOT NULL);
  CREATE TABLE tpch.customer (c_custkey bigint NOT NULL, c_name text NOT NULL, c_address text,
    c_nationkey integer NOT NULL, c_phone text, c_acctbal numeric(12,2) NOT NULL,
    c_mktsegment text NOT NULL, c_comment text, _loaded_at timestamptz NOT NULL);
  CREATE TABLE tpch.orders (o_orderkey bigint NOT NULL, o_custkey bigint NOT NULL,
    o_orderstatus text NOT NULL, o_totalprice numeric(12,2) NOT NULL, o_orderdate date NOT NULL,
    o_orderpriority text NOT NULL, o_clerk text NOT NULL, o_shippriority integer NOT NULL,
    o_comment text, _loaded_at timestamptz NOT NULL);
  CREATE TABLE tpch.lineitem (l_orderkey bigint NOT NULL, l_partkey bigint NOT NULL,
    l_suppkey bigint NOT NULL, l_linenumber integer NOT NULL, l_quantity numeric(12,2) NOT NULL,
    l_extendedprice numeric(12,2) NOT NULL, l_discount numeric(12,2) NOT NULL,
    l_tax numeric(12,2) NOT NULL, l_returnflag text NOT NULL, l_linestatus text NOT NULL,
    l_shipdate date NOT NULL, l_commitdate date NOT NULL, l_receiptdate date NOT NULL,
    l_shipinstruct text NOT NULL, l_shipmode text NOT NULL, l_comment text,
    _loaded_at timestamptz NOT NULL);
END $$;

-- The keys and the indexes a DBA would have: every primary key (lineitem's covers l_orderkey),
-- orders by customer and by date, lines by part and supplier, and `_loaded_at` on the tables that
-- change (what a replicated source serving incremental loads is indexed on).
CREATE OR REPLACE FUNCTION tpch.index() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  ALTER TABLE tpch.region ADD PRIMARY KEY (r_regionkey);
  ALTER TABLE tpch.nation ADD PRIMARY KEY (n_nationkey);
  ALTER TABLE tpch.supplier ADD PRIMARY KEY (s_suppkey);
  ALTER TABLE tpch.part ADD PRIMARY KEY (p_partkey);
  ALTER TABLE tpch.partsupp ADD PRIMARY KEY (ps_partkey, ps_suppkey);
  ALTER TABLE tpch.customer ADD PRIMARY KEY (c_custkey);
  ALTER TABLE tpch.orders ADD PRIMARY KEY (o_orderkey);
  ALTER TABLE tpch.lineitem ADD PRIMARY KEY (l_orderkey, l_linenumber);
  CREATE INDEX orders_custkey ON tpch.orders (o_custkey);
  CREATE INDEX orders_orderdate ON tpch.orders (o_orderdate);
  CREATE INDEX lineitem_part_supp ON tpch.lineitem (l_partkey, l_suppkey);
  CREATE INDEX customer_loaded_at ON tpch.customer (_loaded_at);
  CREATE INDEX orders_loaded_at ON tpch.orders (_loaded_at);
  CREATE INDEX lineitem_loaded_at ON tpch.lineitem (_loaded_at);
END $$;

-- Inserts the orders first_key .. first_key + n - 1 with their 1 to 7 lines, dates anywhere in
-- the history. `spread`: each order (and its lines) loaded at `at` less its date's distance from
-- the last order day (the initial load); else loaded at `at` (a refresh). Returns lines inserted.
CREATE OR REPLACE FUNCTION tpch.add_orders(first_key bigint, n bigint, at timestamptz,
                                           spread boolean) RETURNS bigint LANGUAGE plpgsql
SET client_min_messages = warning AS $$
DECLARE
  customers bigint := (SELECT max(c_custkey) FROM tpch.customer);  -- keys 1 .. customers
  parts bigint := (SELECT max(p_partkey) FROM tpch.part);
  suppliers bigint := (SELECT max(s_suppkey) FROM tpch.supplier);
  ordering bigint;  -- customers that place orders: those whose key is not a multiple of 3
  lines bigint;
BEGIN
  ordering := customers - customers / 3;
  DROP TABLE IF EXISTS pg_temp.tpch_new_orders;
  CREATE TEMP TABLE tpch_new_orders AS
  SELECT k AS o_orderkey, 3 * (j / 2) + 1 + (j % 2) AS o_custkey, d AS o_orderdate, n_lines,
         priority, clerk,
         CASE WHEN spread THEN at - (date '1998-08-02' - d) * interval '1 day' - r * interval '1 day'
              ELSE at END AS loaded_at
  FROM (SELECT k, floor(random() * ordering)::bigint AS j,
               date '1992-01-01' + floor(random() * 2406)::int AS d,
               1 + floor(random() * 7)::int AS n_lines,
               (ARRAY['1-URGENT', '2-HIGH', '3-MEDIUM', '4-NOT SPECIFIED', '5-LOW'])
                 [1 + floor(random() * 5)::int] AS priority,
               'Clerk#' || lpad((1 + floor(random() * greatest(1, customers / 150)))::text, 9, '0') AS clerk,
               random() AS r
        FROM generate_series(first_key, first_key + n - 1) k) x;

  INSERT INTO tpch.lineitem
  SELECT o_orderkey, partkey, (partkey - 1 + i * greatest(1, suppliers / 4)) % suppliers + 1,
         ln, qty, qty * tpch.retailprice(partkey), disc, tax,
         CASE WHEN receiptdate <= date '1995-06-17' THEN (ARRAY['R', 'A'])[1 + floor(random() * 2)::int]
              ELSE 'N' END,
         CASE WHEN shipdate > date '1995-06-17' THEN 'O' ELSE 'F' END,
         shipdate, commitdate, receiptdate, shipinstruct, shipmode, 'line ' || ln, loaded_at
  FROM (SELECT *, shipdate + 1 + floor(random() * 30)::int AS receiptdate
        FROM (SELECT o.o_orderkey, o.loaded_at, ln,
                     1 + floor(random() * parts)::bigint AS partkey,
                     floor(random() * 4)::int AS i,
                     (1 + floor(random() * 50))::numeric(12,2) AS qty,
                     (floor(random() * 11) / 100)::numeric(12,2) AS disc,
                     (floor(random() * 9) / 100)::numeric(12,2) AS tax,
                     o.o_orderdate + 1 + floor(random() * 121)::int AS shipdate,
                     o.o_orderdate + 30 + floor(random() * 61)::int AS commitdate,
                     (ARRAY['DELIVER IN PERSON', 'COLLECT COD', 'NONE', 'TAKE BACK RETURN'])
                       [1 + floor(random() * 4)::int] AS shipinstruct,
                     (ARRAY['REG AIR', 'AIR', 'RAIL', 'SHIP', 'TRUCK', 'MAIL', 'FOB'])
                       [1 + floor(random() * 7)::int] AS shipmode
              FROM tpch_new_orders o CROSS JOIN LATERAL generate_series(1, o.n_lines) ln) a) b;
  GET DIAGNOSTICS lines = ROW_COUNT;

  INSERT INTO tpch.orders
  SELECT o.o_orderkey, o.o_custkey,
         CASE WHEN l.all_f THEN 'F' WHEN l.all_o THEN 'O' ELSE 'P' END, l.total, o.o_orderdate,
         o.priority, o.clerk, 0, 'order ' || o.o_orderkey, o.loaded_at
  FROM tpch_new_orders o
  JOIN (SELECT l_orderkey, sum(round(l_extendedprice * (1 + l_tax) * (1 - l_discount), 2)) AS total,
               bool_and(l_linestatus = 'F') AS all_f, bool_and(l_linestatus = 'O') AS all_o
        FROM tpch.lineitem WHERE l_orderkey BETWEEN first_key AND first_key + n - 1
        GROUP BY l_orderkey) l ON l.l_orderkey = o.o_orderkey;
  DROP TABLE tpch_new_orders;
  RETURN lines;
END $$;

-- The whole data set at scale factor `sf`, from `seed`, loaded up to `at`; keys and indexes last.
CREATE OR REPLACE FUNCTION tpch.generate(sf numeric, seed bigint, at timestamptz)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  customers bigint := greatest(10, round(150000 * sf));
  suppliers bigint := greatest(4, round(10000 * sf));
  parts bigint := greatest(10, round(200000 * sf));
  orders bigint := greatest(10, round(1500000 * sf));
  lines bigint;
  hist interval := interval '2406 days';  -- when the other tables' rows were loaded: before `at`
BEGIN
  PERFORM tpch.seed(seed);
  PERFORM tpch.create_tables();
  INSERT INTO tpch.region
  SELECT k, (ARRAY['AFRICA', 'AMERICA', 'ASIA', 'EUROPE', 'MIDDLE EAST'])[k + 1], 'region ' || k,
         at - hist
  FROM generate_series(0, 4) k;
  INSERT INTO tpch.nation
  SELECT k - 1, n[k], r[k], 'nation ' || (k - 1), at - hist
  FROM (SELECT ARRAY['ALGERIA', 'ARGENTINA', 'BRAZIL', 'CANADA', 'EGYPT', 'ETHIOPIA', 'FRANCE',
                     'GERMANY', 'INDIA', 'INDONESIA', 'IRAN', 'IRAQ', 'JAPAN', 'JORDAN', 'KENYA',
                     'MOROCCO', 'MOZAMBIQUE', 'PERU', 'CHINA', 'ROMANIA', 'SAUDI ARABIA', 'VIETNAM',
                     'RUSSIA', 'UNITED KINGDOM', 'UNITED STATES'] AS n,
               ARRAY[0, 1, 1, 1, 4, 0, 3, 3, 2, 2, 4, 4, 2, 4, 0, 0, 0, 1, 2, 3, 4, 2, 3, 3, 1] AS r) a,
       generate_series(1, 25) k;
  INSERT INTO tpch.supplier
  SELECT k, 'Supplier#' || lpad(k::text, 9, '0'), 'address ' || k, floor(random() * 25)::int,
         'phone ' || k, round((-999.99 + random() * 10999.98)::numeric, 2), 'supplier ' || k,
         at - random() * hist
  FROM generate_series(1, suppliers) k;
  INSERT INTO tpch.part
  SELECT k, 'part ' || k, 'Manufacturer#' || m, 'Brand#' || m || (1 + floor(random() * 5)::int),
         (ARRAY['STANDARD', 'SMALL', 'MEDIUM', 'LARGE', 'ECONOMY', 'PROMO'])[1 + floor(random() * 6)::int]
           || ' ' || (ARRAY['ANODIZED', 'BURNISHED', 'PLATED', 'POLISHED', 'BRUSHED'])[1 + floor(random() * 5)::int]
           || ' ' || (ARRAY['TIN', 'NICKEL', 'BRASS', 'STEEL', 'COPPER'])[1 + floor(random() * 5)::int],
         1 + floor(random() * 50)::int,
         (ARRAY['SM', 'LG', 'MED', 'JUMBO', 'WRAP'])[1 + floor(random() * 5)::int] || ' '
           || (ARRAY['CASE', 'BOX', 'BAG', 'JAR', 'PKG', 'PACK', 'CAN', 'DRUM'])[1 + floor(random() * 8)::int],
         tpch.retailprice(k), 'part ' || k, at - random() * hist
  FROM (SELECT k, 1 + floor(random() * 5)::int AS m FROM generate_series(1, parts) k) x;
  INSERT INTO tpch.partsupp
  SELECT p, (p - 1 + i * greatest(1, suppliers / 4)) % suppliers + 1, 1 + floor(random() * 9999)::int,
         round((1 + random() * 999)::numeric, 2), 'partsupp', at - random() * hist
  FROM generate_series(1, parts) p, generate_series(0, 3) i;
  INSERT INTO tpch.customer
  SELECT k, 'Customer#' || lpad(k::text, 9, '0'), 'address ' || k, floor(random() * 25)::int,
         'phone ' || k, round((-999.99 + random() * 10999.98)::numeric, 2),
         (ARRAY['AUTOMOBILE', 'BUILDING', 'FURNITURE', 'MACHINERY', 'HOUSEHOLD'])[1 + floor(random() * 5)::int],
         'customer ' || k, at - random() * hist
  FROM generate_series(1, customers) k;
  lines := tpch.add_orders(1, orders, at, true);
  PERFORM tpch.index();
  RETURN format('tpch at scale %s: %s customers, %s suppliers, %s parts, %s orders, %s lines',
                sf, customers, suppliers, parts, orders, lines);
END $$;

-- RF1: new orders, `fraction` of the orders there are (at least one), with their lines, whose
-- dates fall anywhere in the history; new keys after the highest. Returns lines inserted.
CREATE OR REPLACE FUNCTION tpch.rf1(seed bigint, at timestamptz DEFAULT now(),
                                    fraction double precision DEFAULT 0.001)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  n bigint := greatest(1, round((SELECT count(*) FROM tpch.orders) * fraction));
BEGIN
  PERFORM tpch.seed(seed);
  RETURN tpch.add_orders((SELECT coalesce(max(o_orderkey), 0) + 1 FROM tpch.orders), n, at, false);
END $$;

-- RF2: deletes `fraction` of the orders (at least one), chosen at random, and their lines: hard
-- deletes. Returns the orders deleted.
CREATE OR REPLACE FUNCTION tpch.rf2(seed bigint, fraction double precision DEFAULT 0.001)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  n bigint := greatest(1, round((SELECT count(*) FROM tpch.orders) * fraction));
  deleted bigint;
BEGIN
  PERFORM tpch.seed(seed);
  CREATE TEMP TABLE tpch_gone ON COMMIT DROP AS
  SELECT o_orderkey FROM tpch.orders ORDER BY random() LIMIT n;
  DELETE FROM tpch.lineitem WHERE l_orderkey IN (SELECT o_orderkey FROM tpch_gone);
  DELETE FROM tpch.orders WHERE o_orderkey IN (SELECT o_orderkey FROM tpch_gone);
  GET DIAGNOSTICS deleted = ROW_COUNT;
  DROP TABLE tpch_gone;
  RETURN deleted;
END $$;

-- Customer updates: `fraction` of the customers (at least one) move to another nation and another
-- market segment. Returns the customers changed.
CREATE OR REPLACE FUNCTION tpch.update_customers(seed bigint, at timestamptz DEFAULT now(),
                                                 fraction double precision DEFAULT 0.001)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  n bigint := greatest(1, round((SELECT count(*) FROM tpch.customer) * fraction));
  changed bigint;
BEGIN
  PERFORM tpch.seed(seed);
  UPDATE tpch.customer c
  SET c_nationkey = (c_nationkey + 1 + floor(random() * 24)::int) % 25,
      c_mktsegment = (ARRAY['AUTOMOBILE', 'BUILDING', 'FURNITURE', 'MACHINERY', 'HOUSEHOLD'])
                       [1 + (array_position(ARRAY['AUTOMOBILE', 'BUILDING', 'FURNITURE', 'MACHINERY',
                                                  'HOUSEHOLD'], c_mktsegment) + floor(random() * 4)::int) % 5],
      _loaded_at = at
  WHERE c_custkey IN (SELECT c_custkey FROM tpch.customer ORDER BY random() LIMIT n);
  GET DIAGNOSTICS changed = ROW_COUNT;
  RETURN changed;
END $$;

-- Moves: `fraction` of the orders (at least one each) get another date anywhere in the history,
-- as many others another customer (one that places orders). Their lines are not touched. Returns
-- the orders changed.
CREATE OR REPLACE FUNCTION tpch.move_orders(seed bigint, at timestamptz DEFAULT now(),
                                            fraction double precision DEFAULT 0.001)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  n bigint := greatest(1, round((SELECT count(*) FROM tpch.orders) * fraction));
  customers bigint := (SELECT max(c_custkey) FROM tpch.customer);
  a bigint;
  b bigint;
BEGIN
  PERFORM tpch.seed(seed);
  UPDATE tpch.orders
  SET o_orderdate = date '1992-01-01' + floor(random() * 2406)::int, _loaded_at = at
  WHERE o_orderkey IN (SELECT o_orderkey FROM tpch.orders ORDER BY random() LIMIT n);
  GET DIAGNOSTICS a = ROW_COUNT;
  UPDATE tpch.orders o
  SET o_custkey = 3 * (m.j / 2) + 1 + (m.j % 2), _loaded_at = at
  FROM (SELECT o_orderkey, floor(random() * (customers - customers / 3))::bigint AS j
        FROM tpch.orders ORDER BY random() LIMIT n) m
  WHERE o.o_orderkey = m.o_orderkey;
  GET DIAGNOSTICS b = ROW_COUNT;
  RETURN a + b;
END $$;

-- Corrections: `fraction` of the lines (at least one), on orders of any age, get another
-- quantity and the extended price that follows; the order row is not touched (a child row
-- without a time column of its own). Returns the lines changed.
CREATE OR REPLACE FUNCTION tpch.correct_quantities(seed bigint, at timestamptz DEFAULT now(),
                                                   fraction double precision DEFAULT 0.0001)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  n bigint := greatest(1, round((SELECT count(*) FROM tpch.orders) * fraction));
  changed bigint;
BEGIN
  PERFORM tpch.seed(seed);
  UPDATE tpch.lineitem l
  SET l_quantity = c.q, l_extendedprice = c.q * tpch.retailprice(l.l_partkey), _loaded_at = at
  FROM (SELECT l_orderkey, l_linenumber, (l_quantity::int + floor(random() * 49)::int) % 50 + 1 AS q
        FROM tpch.lineitem ORDER BY random() LIMIT n) c
  WHERE l.l_orderkey = c.l_orderkey AND l.l_linenumber = c.l_linenumber;
  GET DIAGNOSTICS changed = ROW_COUNT;
  RETURN changed;
END $$;

-- One "hour" of changes: RF1, RF2, customer updates, moves and quantity corrections, each from
-- its own seed derived from `seed`, all loaded at `at`.
CREATE OR REPLACE FUNCTION tpch.refresh(seed bigint, at timestamptz DEFAULT now(),
                                        fraction double precision DEFAULT 0.001)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  inserted bigint;
  deleted bigint;
  customers bigint;
  moved bigint;
  corrected bigint;
BEGIN
  inserted := tpch.rf1(seed * 5, at, fraction);
  deleted := tpch.rf2(seed * 5 + 1, fraction);
  customers := tpch.update_customers(seed * 5 + 2, at, fraction);
  moved := tpch.move_orders(seed * 5 + 3, at, fraction / 10);
  corrected := tpch.correct_quantities(seed * 5 + 4, at, fraction / 10);
  RETURN format('refresh %s: %s lines inserted (RF1), %s orders deleted (RF2), %s customers '
                'changed, %s orders moved, %s lines corrected', seed, inserted, deleted, customers,
                moved, corrected);
END $$;
