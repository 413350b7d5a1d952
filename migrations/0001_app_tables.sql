-- Source tables replicated from the Airbeds production database.
CREATE SCHEMA IF NOT EXISTS app;

CREATE TABLE app.users (
  id            bigint PRIMARY KEY,
  created_at    timestamptz NOT NULL,
  country_code  text,
  plan          text NOT NULL DEFAULT 'free',
  time_spent_s  bigint NOT NULL DEFAULT 0,
  email         text,
  _loaded_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app.hosts (
  id            bigint PRIMARY KEY,
  user_id       bigint NOT NULL,
  host_since    date NOT NULL,
  is_superhost  boolean NOT NULL DEFAULT false,
  _loaded_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app.listings (
  id              bigint PRIMARY KEY,
  host_id         bigint NOT NULL,
  city            text NOT NULL,
  country_code    text NOT NULL,
  room_type       text NOT NULL,
  price_per_night numeric(10,2) NOT NULL,
  created_at      timestamptz NOT NULL,
  _loaded_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app.bookings (
  id          bigint PRIMARY KEY,
  listing_id  bigint NOT NULL,
  guest_id    bigint NOT NULL,
  created_at  timestamptz NOT NULL,
  checkin     date NOT NULL,
  nights      integer NOT NULL,
  amount      numeric(12,2) NOT NULL,
  status      text NOT NULL,
  _loaded_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app.reviews (
  id          bigint PRIMARY KEY,
  booking_id  bigint NOT NULL,
  rating      integer NOT NULL,
  created_at  timestamptz NOT NULL,
  _loaded_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX users_loaded_at ON app.users (_loaded_at);
CREATE INDEX hosts_loaded_at ON app.hosts (_loaded_at);
CREATE INDEX listings_loaded_at ON app.listings (_loaded_at);
CREATE INDEX bookings_loaded_at ON app.bookings (_loaded_at);
CREATE INDEX reviews_loaded_at ON app.reviews (_loaded_at);
