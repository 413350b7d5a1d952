-- The replicated shop database and its tracked events, with a few rows.
CREATE SCHEMA app;
CREATE TABLE app.customers (
  id         bigint PRIMARY KEY,
  email      text,
  country    text,
  created_at timestamp NOT NULL,
  _loaded_at timestamp NOT NULL
);
CREATE TABLE app.orders (
  id          bigint PRIMARY KEY,
  customer_id bigint NOT NULL,
  ordered_at  timestamp NOT NULL,
  amount      numeric(12,2) NOT NULL,
  status      text NOT NULL,
  _loaded_at  timestamp NOT NULL
);
CREATE SCHEMA raw;
CREATE TABLE raw.tracks (
  user_id     bigint NOT NULL,
  event       text NOT NULL,
  event_time  timestamp NOT NULL,
  received_at timestamp NOT NULL
);
INSERT INTO app.customers VALUES
  (1, 'ada@example.com', 'GB', '2025-01-01 10:00', '2025-01-01 10:00'),
  (2, 'linus@example.com', 'FI', '2025-01-02 11:00', '2025-01-02 11:00');
INSERT INTO app.orders VALUES
  (10, 1, '2025-01-03 09:00', 25.00, 'paid', '2025-01-03 09:00'),
  (11, 2, '2025-01-04 12:30', 40.50, 'paid', '2025-01-04 12:30');
INSERT INTO raw.tracks VALUES
  (1, 'Logged In', '2025-01-03 08:59', '2025-01-03 09:00'),
  (2, 'Searched', '2025-01-04 12:00', '2025-01-04 12:01');
