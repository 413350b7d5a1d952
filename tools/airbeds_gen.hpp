// The Airbeds data generator: deterministic (a seed), scalable (a scale factor), advancing a
// simulated clock an hour at a time. Each hour: new users (some of them seen in events and bookings
// an hour before they are replicated), plan changes, new hosts and listings, price changes, tracked
// events (some arriving days late), recent events deleted (marked deleted_at and replicated again),
// new bookings and status changes, and a few rows replicated late with an earlier _loaded_at.
#pragma once

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

}  // namespace starling::airbeds
