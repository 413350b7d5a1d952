-- Product events sent by the web and mobile apps ("Logged In", "Searched", "Viewed Listing",
-- "Contacted Host", "Booked"). event_time is the client's clock; received_at is when the row landed.
CREATE SCHEMA IF NOT EXISTS raw;

CREATE TABLE raw.tracks (
  message_id   text PRIMARY KEY,
  user_id      bigint NOT NULL,
  event        text NOT NULL,
  event_time   timestamptz NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now(),
  listing_id   bigint,
  properties   jsonb
);

CREATE INDEX tracks_event_time ON raw.tracks (event_time);
CREATE INDEX tracks_received_at ON raw.tracks (received_at);
