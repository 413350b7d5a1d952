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

}  // namespace starling::testing
