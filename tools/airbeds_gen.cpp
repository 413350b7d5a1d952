#include "airbeds_gen.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "util/error.hpp"

namespace starling::airbeds {

namespace {

long long exec(Executor& e, const std::string& sql, const std::string& label) {
  return e.execute(Statement{sql, {}, label}).affected;
}

// SQL for a deterministic pseudo-random number in [0, 1) from a key expression.
std::string rnd(const GenState& s, const std::string& kind, const std::string& key) {
  return fmt::format(
      "((hashtextextended('{}:{}:{}:' || ({}), 0) & 2147483647)::float8 / 2147483648.0)", s.seed,
      s.hour, kind, key);
}

// One hour of data at the state's clock.
void generate_hour(Executor& e, const GenState& s) {
  const int k = s.scale;
  const std::string clock = "'" + s.clock + "+00'::timestamptz";
  const std::string loaded = clock + " + interval '59 minutes'";
  // users: ids continue from the highest; their events may come an hour before they do
  exec(e,
       fmt::format(R"(
INSERT INTO app.users (id, created_at, country_code, plan, time_spent_s, email, _loaded_at)
SELECT n.id, {clock} + ({r1} * interval '60 minutes'),
       (ARRAY['FR','DE','US','GB','ES','IT','JP', NULL])[1 + floor({r2} * 8)::int],
       (ARRAY['free','free','free','plus','pro'])[1 + floor({r3} * 5)::int],
       0, 'user' || n.id || '@example.com', {loaded}
FROM (SELECT (SELECT coalesce(max(id), 0) FROM app.users) + g AS id FROM generate_series(1, {n}) g) n)",
                   fmt::arg("clock", clock), fmt::arg("loaded", loaded), fmt::arg("n", 2 * k),
                   fmt::arg("r1", rnd(s, "uc", "n.id")), fmt::arg("r2", rnd(s, "uco", "n.id")),
                   fmt::arg("r3", rnd(s, "up", "n.id"))),
       "generate users");
  // plan changes and time spent; a few replicated late, with an earlier _loaded_at
  exec(e,
       fmt::format(R"(
UPDATE app.users u SET plan = (ARRAY['free','plus','pro'])[1 + floor({r1} * 3)::int],
       time_spent_s = time_spent_s + floor({r2} * 3600)::bigint,
       _loaded_at = CASE WHEN {r3} < 0.2 THEN {clock} - interval '20 minutes' ELSE {loaded} END
WHERE u.id IN (SELECT id FROM app.users ORDER BY {r4} LIMIT {n}))",
                   fmt::arg("clock", clock), fmt::arg("loaded", loaded), fmt::arg("n", k),
                   fmt::arg("r1", rnd(s, "pl", "u.id")), fmt::arg("r2", rnd(s, "ts", "u.id")),
                   fmt::arg("r3", rnd(s, "late", "u.id")), fmt::arg("r4", rnd(s, "pick", "id"))),
       "generate user updates");
  // a host with a listing every hour (more at a larger scale)
  exec(e,
       fmt::format(R"(
INSERT INTO app.hosts (id, user_id, host_since, is_superhost, _loaded_at)
SELECT n.id, 1 + floor({r1} * (SELECT max(id) FROM app.users))::bigint, ({clock})::date,
       {r2} < 0.2, {loaded}
FROM (SELECT (SELECT coalesce(max(id), 0) FROM app.hosts) + g AS id FROM generate_series(1, {n}) g) n)",
                   fmt::arg("clock", clock), fmt::arg("loaded", loaded),
                   fmt::arg("n", std::max(1, k / 4)), fmt::arg("r1", rnd(s, "hu", "n.id")),
                   fmt::arg("r2", rnd(s, "hs", "n.id"))),
       "generate hosts");
  exec(e,
       fmt::format(R"(
INSERT INTO app.listings (id, host_id, city, country_code, room_type, price_per_night, created_at, _loaded_at)
SELECT coalesce((SELECT max(id) FROM app.listings), 0) + row_number() OVER (ORDER BY h.id), h.id,
       (ARRAY['Paris','Berlin','New York','London','Madrid','Rome','Tokyo'])[1 + floor({r1} * 7)::int],
       (ARRAY['FR','DE','US','GB','ES','IT','JP'])[1 + floor({r1} * 7)::int],
       (ARRAY['entire home','private room','shared room'])[1 + floor({r2} * 3)::int],
       round((40 + {r3} * 300)::numeric, 2), {clock}, {loaded}
FROM app.hosts h WHERE NOT EXISTS (SELECT 1 FROM app.listings l WHERE l.host_id = h.id))",
                   fmt::arg("clock", clock), fmt::arg("loaded", loaded),
                   fmt::arg("r1", rnd(s, "lc", "h.id")), fmt::arg("r2", rnd(s, "lr", "h.id")),
                   fmt::arg("r3", rnd(s, "lp", "h.id"))),
       "generate listings");
  exec(e,
       fmt::format(R"(
UPDATE app.listings l SET price_per_night = round((price_per_night * (0.9 + {r1} * 0.2))::numeric, 2), _loaded_at = {loaded}
WHERE l.id IN (SELECT id FROM app.listings ORDER BY {r2} LIMIT {n}))",
                   fmt::arg("loaded", loaded), fmt::arg("n", std::max(1, k / 2)),
                   fmt::arg("r1", rnd(s, "lpc", "l.id")), fmt::arg("r2", rnd(s, "lpick", "id"))),
       "generate price changes");
  // tracked events: users up to two hours ahead of replication; 5 % arrive up to 3 days late
  exec(e,
       fmt::format(R"(
INSERT INTO raw.tracks (message_id, user_id, event, event_time, received_at, listing_id)
SELECT '{seed}-{hour}-' || g,
       1 + floor({r1} * ((SELECT coalesce(max(id), 0) FROM app.users) + {ahead}))::bigint,
       (ARRAY['Logged In','Logged In','Logged In','Searched','Searched','Searched','Searched',
              'Viewed Listing','Viewed Listing','Contacted Host','Booked'])[1 + floor({r2} * 11)::int],
       CASE WHEN {r3} < 0.05 THEN {clock} - ({r4} * interval '72 hours')
            ELSE {clock} + ({r4} * interval '59 minutes') END,
       {loaded},
       1 + floor({r5} * (SELECT max(id) FROM app.listings))::bigint
FROM generate_series(1, {n}) g)",
                   fmt::arg("seed", s.seed), fmt::arg("hour", s.hour), fmt::arg("clock", clock),
                   fmt::arg("loaded", loaded), fmt::arg("n", 100 * k), fmt::arg("ahead", 2 * k),
                   fmt::arg("r1", rnd(s, "eu", "g")), fmt::arg("r2", rnd(s, "ev", "g")),
                   fmt::arg("r3", rnd(s, "el", "g")), fmt::arg("r4", rnd(s, "et", "g")),
                   fmt::arg("r5", rnd(s, "elst", "g"))),
       "generate events");
  // spam removal: a few events of the last day are marked deleted (a soft delete, replicated like
  // any change: received_at is when the deletion landed)
  exec(e,
       fmt::format(R"(
UPDATE raw.tracks t SET deleted_at = {clock} + interval '30 minutes', received_at = {loaded}
WHERE t.event_time >= {clock} - interval '24 hours' AND t.deleted_at IS NULL AND {r1} < 0.01)",
                   fmt::arg("clock", clock), fmt::arg("loaded", loaded),
                   fmt::arg("r1", rnd(s, "del", "t.message_id"))),
       "delete events");
  // bookings, by guests up to two hours ahead of replication, and their status changes
  exec(e,
       fmt::format(R"(
INSERT INTO app.bookings (id, listing_id, guest_id, created_at, checkin, nights, amount, status, _loaded_at)
SELECT n.id, 1 + floor({r1} * (SELECT max(id) FROM app.listings))::bigint,
       1 + floor({r2} * ((SELECT coalesce(max(id), 0) FROM app.users) + {ahead}))::bigint,
       {clock} + ({r3} * interval '59 minutes'), ({clock})::date + 1 + floor({r4} * 60)::int,
       1 + floor({r5} * 10)::int, 0, 'requested', {loaded}
FROM (SELECT (SELECT coalesce(max(id), 0) FROM app.bookings) + g AS id FROM generate_series(1, {n}) g) n;
UPDATE app.bookings b SET amount = b.nights * l.price_per_night FROM app.listings l
WHERE l.id = b.listing_id AND b.amount = 0)",
                   fmt::arg("clock", clock), fmt::arg("loaded", loaded), fmt::arg("n", 2 * k),
                   fmt::arg("ahead", 2 * k), fmt::arg("r1", rnd(s, "bl", "n.id")),
                   fmt::arg("r2", rnd(s, "bg", "n.id")), fmt::arg("r3", rnd(s, "bt", "n.id")),
                   fmt::arg("r4", rnd(s, "bc", "n.id")), fmt::arg("r5", rnd(s, "bn", "n.id"))),
       "generate bookings");
  exec(e,
       fmt::format(R"(
UPDATE app.bookings b SET status = CASE
         WHEN b.status = 'requested' AND {r1} < 0.8 THEN 'confirmed'
         WHEN b.status = 'requested' THEN 'cancelled'
         ELSE 'completed' END,
       _loaded_at = {loaded}
WHERE b.status IN ('requested', 'confirmed') AND b.created_at < {clock} AND {r2} < 0.3)",
                   fmt::arg("clock", clock), fmt::arg("loaded", loaded),
                   fmt::arg("r1", rnd(s, "bs", "b.id")), fmt::arg("r2", rnd(s, "bsp", "b.id"))),
       "generate booking changes");
  // reviews: about half of the completed stays get one, written within the hour
  exec(e,
       fmt::format(R"(
INSERT INTO app.reviews (id, booking_id, rating, created_at, _loaded_at)
SELECT coalesce((SELECT max(id) FROM app.reviews), 0) + row_number() OVER (ORDER BY b.id), b.id,
       1 + floor({r1} * 5)::int, {clock} + ({r2} * interval '59 minutes'), {loaded}
FROM app.bookings b
WHERE b.status = 'completed' AND {r3} < 0.5
  AND NOT EXISTS (SELECT 1 FROM app.reviews r WHERE r.booking_id = b.id))",
                   fmt::arg("clock", clock), fmt::arg("loaded", loaded),
                   fmt::arg("r1", rnd(s, "rr", "b.id")), fmt::arg("r2", rnd(s, "rt", "b.id")),
                   fmt::arg("r3", rnd(s, "rp", "b.id"))),
       "generate reviews");
}

}  // namespace

void setup(Executor& e, long long seed, int scale, const std::string& start_clock_utc) {
  exec(e,
       "CREATE TABLE IF NOT EXISTS app.airbeds_generator (seed bigint NOT NULL, scale integer NOT "
       "NULL, hour integer NOT NULL, clock timestamp NOT NULL)",
       "generator state");
  e.execute(
      {"INSERT INTO app.airbeds_generator SELECT $1::bigint, $2::integer, 0, $3::timestamp "
       "WHERE NOT EXISTS (SELECT 1 FROM app.airbeds_generator)",
       {std::to_string(seed), std::to_string(scale), start_clock_utc},
       "generator state"});
}

GenState state(Executor& e) {
  auto r =
      e.execute({"SELECT seed, scale, hour, to_char(clock, 'YYYY-MM-DD HH24:MI:SS') FROM "
                 "app.airbeds_generator",
                 {},
                 "generator state"});
  if (r.rows.empty())
    throw Error(ErrorCategory::usage, "the Airbeds generator has no state", std::nullopt,
                "run 'airbeds-gen init' first");
  const auto& row = r.rows[0];
  return GenState{std::stoll(*row[0]), std::stoi(*row[1]), std::stoi(*row[2]), *row[3]};
}

void advance(Executor& e, int hours) {
  for (int i = 0; i < hours; ++i) {
    Transaction tx(e);
    GenState s = state(e);
    generate_hour(e, s);
    exec(e, "UPDATE app.airbeds_generator SET hour = hour + 1, clock = clock + interval '1 hour'",
         "generator state");
    tx.commit();
  }
}

const std::map<unsigned, std::string>& chaos_kinds() {
  static const std::map<unsigned, std::string> names{
      {delete_tracks, "delete_tracks"},         {delete_bookings, "delete_bookings"},
      {delete_users, "delete_users"},           {delete_listings, "delete_listings"},
      {delete_hosts, "delete_hosts"},           {delete_reviews, "delete_reviews"},
      {move_event_time, "move_event_time"},     {move_booking_time, "move_booking_time"},
      {move_track_user, "move_track_user"},     {move_booking_guest, "move_booking_guest"},
      {move_user_country, "move_user_country"}, {move_listing_host, "move_listing_host"},
      {delete_user_day, "delete_user_day"},     {move_user_day, "move_user_day"},
  };
  return names;
}

namespace {

// One kind of chaos: its SQL, given the clock, a random number maker for a kind and a key, and how
// many rows to change.
struct ChaosStep {
  ChaosKind kind;
  // {clock}, {n}, {r1}, {r2} (per changed row), {pick} (per candidate row), {active} (users with
  // events received in the last 6 hours)
  const char* sql;
  const char* key;  // key expression of a changed row, for {r1} and {r2}
  const char* pick_key;
  int per_scale;
};

// Rows are picked among all of a table's rows at random (the highest id never: the generator
// continues ids from it); referenced members among those that others reference. Events, bookings
// and users are picked first among users with no event received in the last 6 hours ({active} are
// the others), events among those more than 3 days old: at a small scale nearly every user has
// new events every few hours, most of them up to 3 days late, and a model that recomputes the
// users or days of new rows would repair what a change left behind by chance (in a real warehouse
// most rows are old and belong to users who are not active right now).
const ChaosStep k_chaos_steps[] = {
    {move_event_time, R"(
UPDATE raw.tracks t
SET event_time = t.event_time - (1 + floor({r1} * 20)) * interval '1 day' - {r2} * interval '12 hours',
    received_at = {clock}
WHERE t.message_id IN (SELECT message_id FROM raw.tracks
                     ORDER BY user_id IN {active}, event_time >= {clock} - interval '3 days', {pick}
                     LIMIT {n}))",
     "t.message_id", "message_id", 3},
    {move_track_user, R"(
UPDATE raw.tracks t SET user_id = 1 + (t.user_id + floor({r1} * (m.top - 1))::bigint) % m.top,
       received_at = {clock}
FROM (SELECT max(id) AS top FROM app.users) m
WHERE m.top > 1
  AND t.message_id IN (SELECT message_id FROM raw.tracks
                     ORDER BY user_id IN {active}, event_time >= {clock} - interval '3 days', {pick}
                     LIMIT {n}))",
     "t.message_id", "message_id", 3},
    {move_booking_time, R"(
UPDATE app.bookings b
SET created_at = b.created_at - (1 + floor({r1} * 14)) * interval '1 day' - {r2} * interval '6 hours',
    _loaded_at = {clock}
WHERE b.id IN (SELECT id FROM app.bookings ORDER BY guest_id IN {active}, {pick} LIMIT {n}))",
     "b.id", "id", 1},
    {move_booking_guest, R"(
UPDATE app.bookings b SET guest_id = 1 + (b.guest_id + floor({r1} * (m.top - 1))::bigint) % m.top,
       _loaded_at = {clock}
FROM (SELECT max(id) AS top FROM app.users) m
WHERE m.top > 1
  AND b.id IN (SELECT id FROM app.bookings ORDER BY guest_id IN {active}, {pick} LIMIT {n}))",
     "b.id", "id", 1},
    {move_user_country, R"(
UPDATE app.users u
SET country_code = c.codes[1 + (array_position(c.codes, u.country_code) + floor({r1} * 7)::int) % 8],
    _loaded_at = {clock}
FROM (SELECT ARRAY['FR','DE','US','GB','ES','IT','JP', NULL]::text[] AS codes) c
WHERE u.id IN (SELECT v.id FROM app.users v
               WHERE EXISTS (SELECT 1 FROM raw.tracks t WHERE t.user_id = v.id)
               ORDER BY v.id IN {active}, {pick} LIMIT {n}))",
     "u.id", "v.id", 1},
    {move_listing_host, R"(
UPDATE app.listings l
SET host_id = (SELECT h.id FROM app.hosts h WHERE h.id <> l.host_id ORDER BY {r1} LIMIT 1),
    _loaded_at = {clock}
WHERE EXISTS (SELECT 1 FROM app.hosts h WHERE h.id <> l.host_id)
  AND l.id IN (SELECT id FROM app.listings ORDER BY {pick} LIMIT {n}))",
     "h.id::text || ':' || l.id::text", "id", 1},
    {delete_reviews, R"(
DELETE FROM app.reviews
WHERE id IN (SELECT id FROM app.reviews WHERE id < (SELECT max(id) FROM app.reviews)
             ORDER BY {pick} LIMIT {n}))",
     "id", "id", 1},
    {delete_bookings, R"(
DELETE FROM app.bookings
WHERE id IN (SELECT id FROM app.bookings WHERE id < (SELECT max(id) FROM app.bookings)
             ORDER BY guest_id IN {active}, {pick} LIMIT {n}))",
     "id", "id", 1},
    {delete_tracks, R"(
DELETE FROM raw.tracks
WHERE message_id IN (SELECT message_id FROM raw.tracks
                     ORDER BY user_id IN {active}, event_time >= {clock} - interval '3 days', {pick}
                     LIMIT {n}))",
     "message_id", "message_id", 3},
    {delete_user_day, R"(
DELETE FROM raw.tracks t
USING (SELECT user_id, day
       FROM (SELECT DISTINCT user_id, (event_time AT TIME ZONE 'UTC')::date AS day FROM raw.tracks
             WHERE event_time < {clock} - interval '3 days') d
       ORDER BY user_id IN {active}, {pick} LIMIT {n}) p
WHERE t.user_id = p.user_id AND (t.event_time AT TIME ZONE 'UTC')::date = p.day)",
     "user_id::text || ':' || day::text", "user_id::text || ':' || day::text", 1},
    {move_user_day, R"(
UPDATE raw.tracks t SET event_time = t.event_time - p.days * interval '1 day', received_at = {clock}
FROM (SELECT user_id, day, 1 + floor({r1} * 20) AS days
      FROM (SELECT DISTINCT user_id, (event_time AT TIME ZONE 'UTC')::date AS day FROM raw.tracks
            WHERE event_time < {clock} - interval '3 days') d
      ORDER BY user_id IN {active}, {pick} LIMIT {n}) p
WHERE t.user_id = p.user_id AND (t.event_time AT TIME ZONE 'UTC')::date = p.day)",
     "user_id::text || ':' || day::text", "user_id::text || ':' || day::text", 1},
    {delete_users, R"(
DELETE FROM app.users
WHERE id IN (SELECT u.id FROM app.users u
             WHERE u.id < (SELECT max(id) FROM app.users)
               AND (EXISTS (SELECT 1 FROM app.bookings b WHERE b.guest_id = u.id)
                    OR EXISTS (SELECT 1 FROM raw.tracks t WHERE t.user_id = u.id))
             ORDER BY u.id IN {active}, {pick} LIMIT {n}))",
     "id", "u.id", 1},
    {delete_listings, R"(
DELETE FROM app.listings
WHERE id IN (SELECT l.id FROM app.listings l
             WHERE l.id < (SELECT max(id) FROM app.listings)
               AND EXISTS (SELECT 1 FROM app.bookings b WHERE b.listing_id = l.id)
             ORDER BY {pick} LIMIT {n}))",
     "id", "l.id", 1},
    {delete_hosts, R"(
DELETE FROM app.hosts
WHERE id IN (SELECT h.id FROM app.hosts h
             WHERE h.id < (SELECT max(id) FROM app.hosts)
               AND EXISTS (SELECT 1 FROM app.listings l WHERE l.host_id = h.id)
             ORDER BY {pick} LIMIT {n}))",
     "id", "h.id", 1},
};

}  // namespace

std::map<std::string, long long> chaos(Executor& e, long long seed, unsigned kinds) {
  std::map<std::string, long long> changed;
  Transaction tx(e);
  GenState s = state(e);
  const std::string clock = "'" + s.clock + "+00'::timestamptz";
  for (const ChaosStep& c : k_chaos_steps) {
    if (!(kinds & c.kind)) continue;
    const std::string& name = chaos_kinds().at(c.kind);
    const std::string kind = fmt::format("chaos{}:{}", seed, name);
    std::string sql = fmt::format(
        fmt::runtime(c.sql), fmt::arg("clock", clock),
        fmt::arg("n", std::max(1, c.per_scale * s.scale)),
        fmt::arg("r1", rnd(s, kind + ":1", c.key)), fmt::arg("r2", rnd(s, kind + ":2", c.key)),
        fmt::arg("pick", rnd(s, kind + ":pick", c.pick_key)),
        fmt::arg("active", "(SELECT user_id FROM raw.tracks WHERE received_at >= " + clock +
                               " - interval '6 hours')"));
    changed[name] = exec(e, sql, "chaos: " + name);
  }
  tx.commit();
  return changed;
}

}  // namespace starling::airbeds
