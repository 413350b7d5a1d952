// Model files several integration tests build: small, on app.customers / app.orders.
#pragma once

namespace starling::testing {

// A key fact of orders referencing dim_customers (customer_sk), inferring unknown customers.
inline constexpr const char* k_customer_orders_fact = R"Y(kind: fact
sql: |
  SELECT id AS order_id, customer_id, amount FROM {{ source('app','orders') }}
  WHERE _loaded_at >= {{ since }}
grain: [order_id]
references:
  customer_sk: {dimension: dim_customers, key: customer_id, on_missing: infer}
columns:
  order_id: {type: bigint}
measures:
  amount: {type: "numeric(10,2)", default: 0}
incremental: {strategy: key}
)Y";

// The same fact of orders referencing dim_users (user_sk).
inline constexpr const char* k_user_orders_fact = R"Y(kind: fact
sql: |
  SELECT id AS order_id, user_id, amount FROM {{ source('app','orders') }}
  WHERE _loaded_at >= {{ since }}
grain: [order_id]
references:
  user_sk: {dimension: dim_users, key: user_id, on_missing: infer}
columns:
  order_id: {type: bigint}
measures:
  amount: {type: "numeric(10,2)", default: 0}
incremental: {strategy: key}
)Y";

// A dashboard view over dim_users and fct_orders, granted to the role READER (replaced by a test's
// own role): an R__ migration that a rebuild must run again.
inline constexpr const char* k_user_orders_views = R"Y(-- dashboards
CREATE OR REPLACE VIEW warehouse.v_user_orders AS
SELECT u.name, count(*) AS orders, sum(o.amount) AS amount
FROM warehouse.fct_orders o JOIN warehouse.dim_users u ON u.user_sk = o.user_sk
GROUP BY u.name;
GRANT SELECT ON warehouse.v_user_orders TO READER;
)Y";

}  // namespace starling::testing
