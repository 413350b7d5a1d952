// The Airbeds data generator: deterministic (a seed), scalable (a scale factor), advancing a
// simulated clock an hour at a time. Each hour: new users (some of them seen in events and bookings
// an hour before they are replicated), plan changes, new hosts and listings, price changes, tracked
// events (some arriving days late), recent events deleted (marked deleted_at and replicated again),
// new bookings and status changes, and a few rows replicated late with an earlier _loaded_at.
#pragma once

#include <map>
#include <string>

#include "db/executor.hpp"

namespace starling::airbeds {

struct GenState {
  long long seed = 1;
  int scale = 1;
  int hour = 0;       // hours generated so far
  std::string clock;  // start of the next hour to generate, UTC "YYYY-MM-DD HH:MM:SS"
};

// Creates the generator's state table (app.airbeds_generator) if missing, with this seed, scale
// and start clock; an existing state is kept. REQUIRES: the demo's migrations are applied.
void setup(Executor& e, long long seed, int scale, const std::string& start_clock_utc);

// The state, or throws when setup never ran.
GenState state(Executor& e);

// Generates `hours` more hours of data, each in its own transaction.
void advance(Executor& e, int hours);

// The kinds of change chaos() makes, a bit each: hard deletes in every source table (users, hosts
// and listings that other rows reference), rows moved to another period (an event's event_time, a
// booking's created_at, days or weeks back) or another grain (an event's user, a booking's guest, a
// user's country, which facts read through a join), and a lookup edit (a listing's host).
enum ChaosKind : unsigned {
  delete_tracks = 1u << 0,
  delete_bookings = 1u << 1,
  delete_users = 1u << 2,
  delete_listings = 1u << 3,
  delete_hosts = 1u << 4,
  delete_reviews = 1u << 5,
  move_event_time = 1u << 6,
  move_booking_time = 1u << 7,
  move_track_user = 1u << 8,
  move_booking_guest = 1u << 9,
  move_user_country = 1u << 10,
  move_listing_host = 1u << 11,
  delete_user_day = 1u << 12,  // every event of a user on an earlier day (an erasure, a bot)
  move_user_day = 1u << 13,    // every event of a user on an earlier day, days or weeks back
  all_chaos = (1u << 14) - 1,
};

// The name of each kind ("delete_tracks", ...) by its bit, in bit order.
const std::map<unsigned, std::string>& chaos_kinds();

// Changes the sources the way replication from a live database does besides what advance() makes,
// in one transaction at the generator's clock, deterministically from `seed` and the state: each
// kind in `kinds` changes about `scale` rows (events: 3 x `scale`, or a user's day of them).
// Updated rows get the clock as their loaded_at (`_loaded_at`, raw.tracks' `received_at`); deleted
// rows are gone, with no trace. The clock does not move. Rows stay what the models and their tests
// accept (amounts, statuses). Returns the rows changed per kind (by name). REQUIRES: setup() ran.
std::map<std::string, long long> chaos(Executor& e, long long seed, unsigned kinds = all_chaos);

}  // namespace starling::airbeds
