-- The floor of bench/scd2: the hour's changes applied by hand to a copy of the dimension
-- (handwritten.dim_customer), as a cron job's SQL would: compare each changed source row with the
-- member's current version, write the type 1 column everywhere, close the changed versions and
-- insert their successors. psql "$DSN" -v since="'2026-01-01 00:30+00'" -f handwritten.sql
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE changed ON COMMIT DROP AS
SELECT id AS customer_id, segment, plan, email, created_at::date AS signup_date,
       updated_at AS valid_from
FROM crm.customers WHERE _loaded_at >= :since;
UPDATE handwritten.dim_customer d SET email = c.email
FROM changed c WHERE d.customer_id = c.customer_id AND d.email IS DISTINCT FROM c.email;
CREATE TEMP TABLE closed ON COMMIT DROP AS
WITH x AS (
  UPDATE handwritten.dim_customer d SET valid_to = c.valid_from, is_current = false
  FROM changed c
  WHERE d.customer_id = c.customer_id AND d.is_current
    AND (d.segment, d.plan) IS DISTINCT FROM (c.segment, c.plan)
  RETURNING d.customer_id, d.signup_date)
SELECT * FROM x;
INSERT INTO handwritten.dim_customer (customer_id, segment, plan, email, signup_date, valid_from,
                                      valid_to, is_current, is_inferred)
SELECT c.customer_id, c.segment, c.plan, c.email, x.signup_date, c.valid_from,
       timestamptz '9999-12-31 00:00+00', true, false
FROM changed c JOIN closed x ON x.customer_id = c.customer_id;
COMMIT;
