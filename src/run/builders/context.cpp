#include "run/builders/context.hpp"

#include <set>

#include <fmt/format.h>

#include "project/shape.hpp"
#include "run/ledger.hpp"
#include "sql/ddl.hpp"
#include "state/ledger.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

namespace {

// How many of a failing test's rows its message shows.
constexpr int k_test_sample_rows = 5;

// The key of the model's rows: a fact's grain, a dimension's natural key.
const char* key_name(const Model& m) {
  return m.kind == ModelKind::fact ? "grain" : "natural key";
}
const std::vector<std::string>& key_of(const Model& m) {
  return m.kind == ModelKind::fact ? m.grain : m.key;
}

// "k=v, …" for up to five rows of key values (a row of several columns in parentheses).
std::string name_keys(const std::vector<std::string>& cols, const Rows& rows) {
  std::vector<std::string> named;
  for (size_t i = 0; i < rows.size() && i < 5; ++i) {
    std::vector<std::string> parts;
    for (size_t c = 0; c < cols.size() && c < rows[i].size(); ++c)
      parts.push_back(cols[c] + "=" + rows[i][c].value_or("NULL"));
    named.push_back(parts.size() == 1 ? parts[0] : "(" + join(parts, ", ") + ")");
  }
  if (rows.size() > 5) named.push_back("…");
  return join(named, ", ");
}

}  // namespace

long long count_of(const ResultSet& r, size_t col) {
  if (r.rows.empty() || r.rows[0].size() <= col || !r.rows[0][col]) return 0;
  return std::stoll(*r.rows[0][col]);
}

void fail_build(const std::string& msg) {
  throw Error(ErrorCategory::database, msg);
}

BuildContext::BuildContext(const BuildEnv& env, const Model& model, long long run,
                           const RunOptions& opts, const BuildInput& input)
    : e(env.e),
      d(env.d),
      p(env.p),
      t(env.t),
      g(env.g),
      log(env.log),
      m(model),
      run_id(run),
      o(opts),
      in(input),
      meta(env.t.meta_schema),
      sql(env.d.model_sql()),
      bt{&env.p, &model, env.t.schema, env.ref_schemas, &relations},
      now(to_local(opts.now, env.p.config.timezone)),
      sources(sources_read(env.p.config, env.g.lineage, model.name)),
      note_(input.note),
      t0_(std::chrono::steady_clock::now()),
      changes_(env.changes),
      carry_(env.carry) {
  out.model = m.name;
  out.message = in.note;
  state.table_exists = in.table_exists;
  state.test_every_row = in.test_every_row;
  state.recorded_definition = in.recorded_definition;
  state.watermarks =
      Watermarks(read_watermarks(e, d.meta_sql(), meta, m.name),
                 p.config.run.watermark_overlap.value_or(k_default_watermark_overlap));
}

void BuildContext::create_if_missing() {
  if (!state.table_exists) {
    for (const auto& s : create_model_table(m, p, t.schema, d)) e.execute(s);
  } else if (in.additive) {
    QualifiedName table{Ident(t.schema), Ident(m.name)};
    auto cols = stored_columns(m, p);
    for (const auto& name : in.additive->new_columns)
      for (const auto& c : cols)
        if (c.name == name) e.execute(d.add_column(table, c));
    if (auto u = unknown_member_update(m, p, t.schema, in.additive->new_columns)) e.execute(*u);
    for (const auto& s : unresolved_indexes(m, p, t.schema, d, &in.additive->new_columns))
      e.execute(s);
    // backfill: the rows the new columns need are read again, as on the first run
    if (!in.additive->new_columns.empty()) {
      e.execute(d.meta_sql().forget_watermarks(meta, m.name));
      e.execute(d.meta_sql().forget_positions(meta, m.name));
      e.execute(d.meta_sql().forget_built_periods(meta, m.name, std::nullopt, std::nullopt));
      state.watermarks.clear();
      positions_.clear();
    }
  }
}

void BuildContext::record_definition(bool built) {
  execute_all(e, d.meta_sql().record_model(meta, m.name, to_string(m.kind), t.schema + "." + m.name,
                                           model_fingerprint(m, p), model_shape_text(m, p),
                                           model_definition(m, p), built));
}

void BuildContext::applied() {
  if (!in.additive || noted_) return;
  noted_ = true;
  note_ = note_.empty() ? "applied " + in.additive->describe()
                        : note_ + "; applied " + in.additive->describe();
}

std::string BuildContext::read_high_water() {
  for (const auto& tr : sources.tracked)
    state.high_water[tr.name] = e.execute(sql.source_high_water(*tr.source, *tr.table)).scalar();
  return read_since(sources, state.watermarks);
}

bool BuildContext::quiet() {
  if (inputs_changed()) return false;
  Quiet q = starling::quiet(sources, state, reads_the_clock(m));
  if (q == Quiet::ask_upstream) {
    state.upstream_wrote =
        read_upstream_wrote(e, d.meta_sql(), meta, m.name, g.lineage.upstream.at(m.name));
    q = starling::quiet(sources, state, reads_the_clock(m));
  }
  return q == Quiet::settled;
}

void BuildContext::save_watermarks() {
  for (const auto& [src, v] : state.high_water)
    if (v) execute_all(e, d.meta_sql().set_watermark(meta, m.name, src, v, run_id));
}

TestScope BuildContext::written_rows(bool staged) const {
  TestScope scope;
  scope.staged = staged && state.table_exists && !in.test_every_row;
  return scope;
}

void BuildContext::run_tests(TestScope scope) {
  std::vector<std::pair<ModelTest, TestScope>> tests;
  for (const auto& test : m.tests) tests.emplace_back(test, scope);
  // where the database does not enforce the primary key, the surrogate keys are tested: all of
  // them, as a new key could meet any old one
  if (m.kind == ModelKind::dimension && !d.enforces_keys()) {
    ModelTest unique;
    unique.kind = TestKind::unique;
    unique.column = surrogate_key_of(m);
    tests.emplace_back(unique, TestScope{});
  }
  for (const auto& [test, in] : tests) {
    Statement s = sql.test(bt, test, in);
    long long bad = count(s);
    if (bad <= 0) continue;
    // the ledger and the log show some of the failing rows, by name
    ResultSet sample = e.execute(sql.test_sample(bt, test, in, k_test_sample_rows));
    std::vector<std::string> rows;
    for (const auto& row : sample.rows) rows.push_back(named_values(sample.columns, row, 0));
    fail_build(fmt::format("{} failed: {} row{} ({}{})", s.label, bad, bad == 1 ? "" : "s",
                           bad > static_cast<long long>(rows.size()) ? "e.g. " : "",
                           join(rows, " | ")));
  }
}

void BuildContext::check_stage() {
  // a versions dimension's rows are versions: its key is the natural key and valid_from
  std::vector<std::string> cols = key_of(m);
  const bool versions = has_versions(m);
  if (versions) cols.push_back(k_valid_from);
  if (long long n = count(sql.count_null_keys(bt)))
    fail_build(fmt::format("{} row{} with a NULL in the {} ({})", n, n == 1 ? "" : "s",
                           versions ? "natural key or valid_from" : key_name(m), join(cols, ", ")));
  if (count(sql.count_duplicate_keys(bt)) == 0) return;
  auto rows = e.execute(sql.duplicate_keys_sample(bt, 6)).rows;
  if (versions)
    fail_build(
        fmt::format("{} with different values at one valid_from: {}; which of them took "
                    "effect is not known (a change log holds one row per member and time)",
                    rows.size() == 1 ? "a member has two rows" : "members have two rows",
                    name_keys(cols, rows)));
  fail_build(fmt::format("{} {} {} more than once in the model's rows", key_name(m),
                         name_keys(key_of(m), rows), rows.size() == 1 ? "appears" : "appear"));
}

bool BuildContext::read_members(WindowValues& w, GrainFilter& only) {
  w.since = read_high_water();
  const bool quiet = state.table_exists && this->quiet();
  if (!state.table_exists || quiet) return quiet;
  // built before: the members changes in any input touched (a member whose source row is gone
  // stays, with the facts that point at it)
  Touched t = touched(m.key, false);
  w = WindowValues{};  // not known, or too many: every member read again
  if (t.unknown || t.too_many) return false;
  for (const auto& r : t.rows) {
    std::vector<std::string> k;
    for (const auto& v : r)
      if (v) k.push_back(*v);
    if (k.size() == r.size()) only.keys.push_back(std::move(k));
  }
  w.only = &only;
  return false;
}

bool BuildContext::stage_members(WindowValues& w, GrainFilter& only) {
  const bool existed = state.table_exists;
  create_if_missing();
  const bool quiet = read_members(w, only);
  // nothing it reads changed: the table is what a build would give
  if (existed && quiet) return true;
  e.execute(sql.drop_stage(bt));
  e.execute(sql.stage(bt, w));
  check_stage();
  return false;
}

void BuildContext::repoint_facts(bool shrunk) {
  if (out.inserted + out.updated == 0) return;  // nothing written: every fact points where it did
  for (const auto& f : p.models) {
    if (f.kind != ModelKind::fact) continue;
    // a fact read from another schema (one a rebuild does not rebuild) is not written here
    if (bt.ref_schemas && bt.ref_schemas->count(f.name)) continue;
    std::set<std::string> stored;  // (a table an additive change has not reached lacks some)
    bool read = false;
    for (const auto& r : f.references) {
      if (r.dimension != m.name) continue;
      if (!read) {
        for (const auto& row : e.execute(d.meta_sql().column_types(bt.schema, f.name)).rows)
          stored.insert(row[0].value_or(""));
        read = true;
      }
      if (stored.empty()) break;  // not built yet
      const bool keeps = keeps_unresolved(r, p) && stored.count(unresolved_column(r));
      if (shrunk && r.as_of) {
        const long long n = e.execute(sql.versions_repoint(bt, f, r, keeps)).affected;
        if (n > 0)
          log.info(fmt::format("{}: re-pointed {} row{} of {} at the versions now valid", m.name, n,
                               n == 1 ? "" : "s", f.name));
      }
      if (!keeps) continue;
      const long long n = e.execute(sql.unresolved_repoint(bt, f, r)).affected;
      if (n > 0)
        log.info(
            fmt::format("{}: pointed {} row{} of {} from the unknown member at the member{} "
                        "it now has",
                        m.name, n, n == 1 ? "" : "s", f.name, n == 1 ? "" : "s"));
    }
  }
}

bool BuildContext::carry_history() {
  if (!carry_ || state.table_exists || m.kind != ModelKind::dimension) return false;
  std::set<std::string> live;
  for (const auto& r : e.execute(d.meta_sql().column_types(carry_->schema, m.name)).rows)
    live.insert(r[0].value_or(""));
  if (live.empty()) return false;  // no live table: nothing to carry
  auto rec = carry_->recorded.find(m.name);
  HistoryCarry h =
      history_carry(m, p, rec == carry_->recorded.end() ? std::nullopt : rec->second.definition);
  for (const auto& c : m.key)
    if (!live.count(c)) {
      h.possible = false;
      h.lost.push_back("the live table has no key column " + c);
    }
  if (!live.count(h.surrogate_key) || !live.count("is_inferred")) {
    h.possible = false;
    h.lost.push_back("the live table has no surrogate key " + h.surrogate_key);
  }
  if (h.versions &&
      (!live.count(k_valid_from) || !live.count(k_valid_to) || !live.count(k_is_current))) {
    h.possible = false;
    h.lost.push_back("the live table has no versions");
  }
  ModelOutcome::Carried carried;
  // --discard-history: every dimension rebuilt reads its sources alone, lost or not
  if (h.loses_history() || carry_->discard) {
    if (carry_->strict && !carry_->discard)
      fail_build("rebuilding " + m.name + " would lose history: " + join(h.lost, "; ") +
                 " (pass --discard-history to rebuild it anyway)");
    if (!h.possible || carry_->discard) {
      carried.not_carried = carry_->discard ? "--discard-history" : join(h.lost, "; ");
      out.carried = carried;
      return false;
    }
  }
  std::vector<std::string> columns;
  for (const auto& c : h.columns)
    if (live.count(c)) columns.push_back(c);
  carried.versions = h.versions;
  for (const auto& c : h.keep)  // (a versions dimension's are its versions')
    if (live.count(c) && !h.versions) carried.keep.push_back(c);
  const std::string table = QualifiedName{Ident(carry_->schema), Ident(m.name)}.sql();
  auto counts = e.execute(sql.count_history(bt, table, h.surrogate_key, carried.keep));
  carried.gone = count_of(counts, 0);
  carried.keep_differ = count_of(counts, 1);
  carried.members = e.execute(h.versions ? sql.carry_versions(bt, table, h.surrogate_key, columns)
                                         : sql.carry_members(bt, table, h.surrogate_key, columns))
                        .affected;
  out.inserted += carried.members;  // rows the new table holds, as a first build's are
  if (auto keys = sql.continue_keys(bt)) e.execute(*keys);
  out.carried = carried;
  return carried.members > 0;
}

void BuildContext::check_read_before(const WindowValues& w) {
  // a stage read from -infinity holds all of the model's result: check_stage saw it
  if (w.since == "-infinity") return;
  auto rows = e.execute(sql.duplicate_keys_read_before(bt, 6)).rows;
  if (rows.empty()) return;
  fail_build(
      fmt::format("{} {} {} more than once in the model's rows (rows read by earlier runs "
                  "hold {} too)",
                  key_name(m), name_keys(key_of(m), rows), rows.size() == 1 ? "appears" : "appear",
                  rows.size() == 1 ? "it" : "them"));
}

void BuildContext::resolve_references() {
  for (const auto& r : m.references) {
    const Model& dim = *p.model(r.dimension);
    if (r.on_missing == OnMissing::infer) {
      e.execute(sql.infer_members(bt, r, dim));
    } else if (r.on_missing == OnMissing::fail) {
      if (long long n = count(sql.count_missing_members(bt, r, dim)))
        fail_build(fmt::format("{} value{} of {} not found in {} (on_missing: fail)", n,
                               n == 1 ? "" : "s", r.key, dim.name));
    }
  }
}

std::optional<Rows> BuildContext::changed_grains(const std::string& source,
                                                 const std::vector<GrainKey>& keys,
                                                 const std::optional<std::string>& time,
                                                 Period period) {
  NamedTable nt = named_table(p.config, source);
  if (!nt.tracked() || !state.watermarks.has(source)) return std::nullopt;
  std::vector<std::string> cols;
  for (const auto& k : keys) cols.push_back(k.column);
  auto rows =
      e.execute(sql.changed_grains(*nt.source, *nt.table, time, period,
                                   state.watermarks.since(source), cols, k_max_changed_grains + 1))
          .rows;
  if (!within_grain_limit(rows)) return std::nullopt;
  return rows;
}

bool BuildContext::refresh_measures() {
  auto refresh = sql.fact_refresh(bt);
  if (!refresh) return false;
  // the grains the refresh_on sources name (nullopt: the whole table is recomputed)
  RefreshQueries q = refresh_queries(m);
  std::vector<Rows> found;
  bool whole = false;
  for (const RefreshOn* r : q.queries) {
    auto rows = changed_grains(r->source, r->grain, std::nullopt, Period::day);
    if (!rows) {
      whole = true;
      break;
    }
    found.push_back(std::move(*rows));
  }
  refreshed = whole ? std::nullopt : refresh_grains(q, found);
  WindowValues all;
  if (refreshed) {
    if (refreshed->keys.empty()) return false;
    all.only = &*refreshed;
  }
  e.execute(sql.drop_stage(bt));
  e.execute(sql.stage(bt, all));
  resolve_references();
  out.updated += e.execute(*refresh).affected;
  return true;
}

DensifyCandidates BuildContext::densify_candidates() {
  DensifyCandidates c;
  auto dim_sources = densify_dimension_sources(m, p, g.lineage);
  if (!dim_sources) return c;
  const Model& dim = *p.model(m.densify->dimension);
  auto n = densify_narrowing(p.config, *dim_sources,
                             read_watermarks(e, d.meta_sql(), meta, dim.name), state.watermarks);
  c.dimension_watermarks = n.dimension_watermarks;
  if (!n.since) return c;
  BuildTarget dt{&p, &dim, bt.schema, bt.ref_schemas};
  WindowValues w;
  w.since = *n.since;  // start and end unbounded
  c.members = densify_members(e.execute(sql.member_keys(dt, w, k_max_changed_grains + 1)).rows);
  return c;
}

void BuildContext::execute_tallied(const Statement& s) {
  ResultSet r = e.execute(s);
  switch (s.tally) {
    case Statement::Tally::none:
      break;
    case Statement::Tally::inserted:
      out.inserted += r.affected;
      break;
    case Statement::Tally::updated:
      out.updated += r.affected;
      break;
    case Statement::Tally::deleted:
      out.deleted += r.affected;
      break;
    case Statement::Tally::inserted_updated:
      out.inserted += count_of(r, 0);
      out.updated += count_of(r, 1);
      break;
  }
}

void BuildContext::commit(Transaction& tx) {
  tx.commit();
  kept_ = out;
}

void BuildContext::settled(Transaction& tx) {
  if (in.test_every_row) run_tests();
  complete(tx);
}

void BuildContext::complete(Transaction& tx) {
  save_watermarks();
  save_positions(true);
  finish();
  commit(tx);
}

namespace {
long long ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               t0)
      .count();
}
}  // namespace

void BuildContext::finish() {
  out.status = ModelStatus::success;
  out.duration_ms = o.dry_run ? 0 : ms_since(t0_);
  applied();
  record_definition(true);
  out.message = note_;
  record_model_outcome(e, d.meta_sql(), meta, run_id, out);
}

ModelOutcome BuildContext::failed(const Error& err) {
  out.status = ModelStatus::failed;
  out.error = err.message();
  if (!err.sqlstate().empty()) out.error += " [SQLSTATE " + err.sqlstate() + "]";
  if (in.additive && !noted_)  // rolled back with the build: the model stays as it was
    out.error += " (applying " + in.additive->describe() + "; nothing of it was kept)";
  // only what committed was written; the rest was rolled back, and the message says so
  if (long long i = out.inserted - kept_.inserted, u = out.updated - kept_.updated,
      dl = out.deleted - kept_.deleted;
      i || u || dl)
    out.error += fmt::format(" (rolled back: {} inserted, {} updated, {} deleted)", i, u, dl);
  out.inserted = kept_.inserted;
  out.updated = kept_.updated;
  out.deleted = kept_.deleted;
  out.periods = kept_.periods;
  out.duration_ms = o.dry_run ? 0 : ms_since(t0_);
  out.message = note_;
  try {
    record_model_outcome(e, d.meta_sql(), meta, run_id, out);
  } catch (const Error& recording) {
    // where the dialect has no savepoints (Redshift), a failed statement inside a rebuild's or
    // verify's transaction ends all of it, so the outcome cannot be recorded there: the model's
    // own error is what the command reports, not the refusal of the record
    if (recording.category() != ErrorCategory::database) throw;
    throw Error(ErrorCategory::database, m.name + " failed: " + out.error, std::nullopt,
                err.hint());
  }
  return out;
}

}  // namespace starling

namespace starling {

void BuildContext::watch_inputs() {
  if (!changes_ || m.kind == ModelKind::date_dimension) return;
  for (const auto& [part, in] : watched_inputs(p, m, t.schema, bt.ref_schemas)) {
    const InputVersions& v = changes_->refresh(in);
    if (v.columns.empty()) continue;
    inputs_[part] = in;
    versions_[part] = v;
    relations[part] = v.at(v.seq);
  }
  if (versions_.empty()) return;
  Statement r{"SELECT input, seqs FROM " + meta.sql() + ".positions WHERE model = $1",
              {m.name},
              "positions of " + m.name,
              Statement::Kind::read_state};
  for (const auto& row : e.execute(r).rows)
    if (row[0] && row[1]) positions_[*row[0]] = *row[1];
}

namespace {

// The positions of a fact in each of its inputs, by input; nothing when one is missing or the
// lists disagree in length.
std::optional<std::map<std::string, std::vector<long long>>> positions_of(
    const std::map<std::string, std::string>& recorded,
    const std::map<size_t, WatchedInput>& inputs) {
  std::map<std::string, std::vector<long long>> out;
  size_t builds = 0;
  for (const auto& [part, in] : inputs) {
    auto it = recorded.find(in.name);
    if (it == recorded.end()) return std::nullopt;
    auto seqs = parse_positions(it->second);
    if (seqs.empty() || (builds && seqs.size() != builds)) return std::nullopt;
    builds = seqs.size();
    out[in.name] = std::move(seqs);
  }
  return out;
}

}  // namespace

bool BuildContext::inputs_changed() const {
  if (versions_.empty()) return false;
  auto pos = positions_of(positions_, inputs_);
  if (!pos) return true;
  for (const auto& [part, in] : inputs_)
    for (long long s : pos->at(in.name))
      if (s != versions_.at(part).seq) return true;
  return false;
}

Touched BuildContext::touched(const std::vector<std::string>& columns, bool with_period) {
  Touched out;
  if (versions_.empty()) {
    out.unknown = changes_ && m.kind != ModelKind::date_dimension && !inputs_.empty();
    return out;
  }
  auto pos = positions_of(positions_, inputs_);
  if (!pos) {
    out.unknown = true;
    return out;
  }
  for (const auto& [part, in] : inputs_)
    for (long long s : pos->at(in.name))
      if (s < versions_.at(part).epoch || s > versions_.at(part).seq) {
        out.unknown = true;
        return out;
      }
  const size_t builds = pos->begin()->second.size();
  const std::string delta = "_starling_delta";
  std::set<std::vector<std::optional<std::string>>> found;
  Transaction tx(e);
  for (size_t b = 0; b < builds && !out.too_many; ++b) {
    for (const auto& [part, in] : inputs_) {
      const InputVersions& v = versions_.at(part);
      const long long s = pos->at(in.name)[b];
      if (s == v.seq) continue;
      for (bool came : {true, false}) {
        e.execute({"DROP TABLE IF EXISTS " + delta, {}, "drop changed rows"});
        e.execute({"CREATE TEMP TABLE " + delta + " AS SELECT * FROM " +
                       (came ? v.came(s, v.seq) : v.went(s, v.seq)) + " AS d",
                   {},
                   std::string(came ? "versions that came to " : "versions that went from ") +
                       in.name + " since refresh " + std::to_string(s)});
        Statement n{
            "SELECT count(*) FROM " + delta, {}, "changed rows", Statement::Kind::read_state};
        if (count(n) == 0) continue;
        std::map<size_t, std::string> rels;
        rels[part] = "(SELECT * FROM " + delta + ")";
        if (!came)  // the others as they stood when the rows that went were read
          for (const auto& [other, oin] : inputs_) {
            if (other == part) continue;
            const long long so = pos->at(oin.name)[b];
            if (so != versions_.at(other).seq) rels[other] = versions_.at(other).at(so);
          }
        WindowValues w;
        w.relations = &rels;
        auto rows =
            e.execute(sql.touched_grains(bt, w, columns, with_period, k_max_changed_grains + 1))
                .rows;
        for (auto& r : rows) found.insert(std::move(r));
        if (found.size() > k_max_changed_grains) {
          out.too_many = true;
          break;
        }
      }
      if (out.too_many) break;
    }
  }
  e.execute({"DROP TABLE IF EXISTS " + delta, {}, "drop changed rows"});
  commit(tx);
  if (!out.too_many) out.rows.assign(found.begin(), found.end());
  return out;
}

void BuildContext::save_positions(bool complete) {
  if (versions_.empty()) return;
  std::map<std::string, long long> now;
  for (const auto& [part, in] : inputs_) now[in.name] = versions_.at(part).seq;
  auto pos = positions_of(positions_, inputs_);
  // rows of a table whose positions are not known stay unknown until a build completes
  if (!complete && !pos && !state.built.empty()) return;
  for (const auto& [name, seq] : now) {
    std::vector<long long> seqs;
    if (!complete && pos) seqs = pos->at(name);
    if (seqs.empty() || seqs.back() != seq) seqs.push_back(seq);
    if (complete) seqs = {seq};
    e.execute({"DELETE FROM " + meta.sql() + ".positions WHERE model = $1 AND input = $2",
               {m.name, name},
               "position of " + m.name});
    e.execute({"INSERT INTO " + meta.sql() +
                   ".positions (model, input, seqs, run_id) VALUES ($1, $2, $3, $4::bigint)",
               {m.name, name, format_positions(seqs), std::to_string(run_id)},
               "position of " + m.name});
  }
}

}  // namespace starling
