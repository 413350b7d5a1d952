#include "check/preflight.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <tuple>

#include "project/shape.hpp"
#include "sql/ddl.hpp"
#include "sql/preflight_sql.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

namespace {

constexpr size_t k_statement_shown = 100;  // characters of a statement a problem shows

// The statement on one line, at most k_statement_shown characters.
std::string shorten(const std::string& sql) {
  std::string out;
  bool space = false;
  for (char ch : sql) {
    if (std::isspace(static_cast<unsigned char>(ch))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
  }
  if (out.size() <= k_statement_shown) return out;
  size_t cut = k_statement_shown;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // UTF-8
  return out.substr(0, cut) + "…";
}

// The type without its length, precision or time precision: "character varying(20)" ->
// "character varying", "timestamp(3) without time zone" -> "timestamp without time zone".
std::string base_type(const std::string& t) {
  std::string out;
  int depth = 0;
  for (char ch : t) {
    if (ch == '(') ++depth;
    if (depth == 0) out += ch;
    if (ch == ')' && depth > 0) --depth;
  }
  std::string collapsed;
  for (char ch : trim(out)) {
    if (ch == ' ' && !collapsed.empty() && collapsed.back() == ' ') continue;
    collapsed += ch;
  }
  return collapsed;
}

int family(const std::string& base) {
  static const std::map<std::string, int> families = {{"smallint", 1},
                                                      {"integer", 1},
                                                      {"bigint", 1},
                                                      {"numeric", 1},
                                                      {"real", 1},
                                                      {"double precision", 1},
                                                      {"text", 2},
                                                      {"character varying", 2},
                                                      {"character", 2},
                                                      {"timestamp without time zone", 3},
                                                      {"timestamp with time zone", 3}};
  auto it = families.find(base);
  return it == families.end() ? 0 : it->second;
}

// The transaction every check runs in, rolled back at the end. Each statement runs in a savepoint
// of its own, so one that fails does not stop the others; where the database has no savepoints
// (Redshift) a failure rolls the whole transaction back and the definitions made so far are made
// again in a new one.
class Sandbox {
 public:
  explicit Sandbox(Executor& e) : e_(e) { open(); }

  // Defines or prepares `s` as check_step says; the error, when it fails.
  std::optional<Error> attempt(const Statement& s) {
    CheckStep step = check_step(s);
    if (step == CheckStep::skip) return std::nullopt;
    // labelled as a check's, not as the build's statement it stands for
    Statement checked = step == CheckStep::define ? s : prepare_to_check(s);
    checked.label = "checking " + s.label;
    return guarded(
        [&] {
          e_.execute(checked);
          if (step == CheckStep::prepare) e_.execute(deallocate_check());
        },
        step == CheckStep::define ? std::optional<Made>(Made{checked, false}) : std::nullopt);
  }
  // Runs a migration script in the transaction.
  std::optional<Error> script(const std::string& sql, const std::string& label) {
    return guarded([&] { e_.execute_script(sql, label); }, Made{Statement{sql, {}, label}, true});
  }
  // Runs a read of the catalog; nothing when it fails.
  std::optional<ResultSet> read(const Statement& s) {
    std::optional<ResultSet> r;
    if (guarded([&] { r = e_.execute(s); }, std::nullopt)) return std::nullopt;
    return r;
  }

 private:
  struct Made {
    Statement statement;
    bool script;
  };
  void open() {
    tx_.emplace(e_);
    for (const auto& m : made_)
      if (m.script)
        e_.execute_script(m.statement.sql, m.statement.label);
      else
        e_.execute(m.statement);
  }
  template <typename F>
  std::optional<Error> guarded(F&& f, std::optional<Made> made) {
    try {
      Transaction inner(e_);  // a savepoint
      f();
      inner.commit();
      if (made) made_.push_back(std::move(*made));
      return std::nullopt;
    } catch (const Error& err) {
      if (err.category() == ErrorCategory::unreachable) throw;
      if (!e_.savepoints()) {
        tx_.reset();
        open();
      }
      return err;
    }
  }
  Executor& e_;
  std::vector<Made> made_;  // definitions made, to make again after a rollback
  std::optional<Transaction> tx_;
};

std::string database_message(const Error& err) {
  std::string m = err.message();
  if (!err.sqlstate().empty()) m += " [SQLSTATE " + err.sqlstate() + "]";
  return m;
}

// The models a model's statements read: ref()s, references, densify.
std::set<std::string> upstream_of(const Model& m) {
  std::set<std::string> up;
  for (const auto& part : m.sql.parts)
    if (auto r = std::get_if<ModelRef>(&part.value)) up.insert(r->model);
  for (const auto& r : m.references) up.insert(r.dimension);
  if (m.densify) up.insert(m.densify->dimension);
  return up;
}

// The source tables a model reads.
std::vector<std::pair<const Source*, const SourceTable*>> sources_of(const Model& m,
                                                                     const Project& p) {
  std::vector<std::pair<const Source*, const SourceTable*>> out;
  auto add = [&](const SourceRef& r) {
    const Source* s = p.config.source(r.source);
    const SourceTable* t = s ? s->table(r.table) : nullptr;
    if (t && std::find(out.begin(), out.end(), std::make_pair(s, t)) == out.end())
      out.emplace_back(s, t);
  };
  if (m.from) add(*m.from);
  for (const auto& part : m.sql.parts)
    if (auto r = std::get_if<SourceRef>(&part.value)) add(*r);
  return out;
}

struct NamedSource {
  const Source* source = nullptr;
  const SourceTable* table = nullptr;
};
NamedSource named_source(const Project& p, const std::string& name) {
  auto parts = split(name, '.');
  NamedSource n;
  if (parts.size() != 2) return n;
  n.source = p.config.source(parts[0]);
  n.table = n.source ? n.source->table(parts[1]) : nullptr;
  return n;
}

class Checker {
 public:
  Checker(Executor& e, const Dialect& d, const Project& p, const Target& t)
      : box_(e), d_(d), p_(p), t_(t), sql_(d.model_sql()) {}

  void migrations(const std::vector<const Migration*>& pending) {
    for (const Migration* m : pending) {
      if (m->kind != Migration::Kind::versioned) continue;
      if (auto err = box_.script(m->sql, "migration " + m->file))
        problems_.push_back({SourceLoc{m->file, 0, 0}, "", database_message(*err), ""});
    }
  }

  void schema() {
    Statement s = d_.create_schema(Ident(t_.schema));
    if (auto err = box_.attempt(s))
      problems_.push_back(
          {SourceLoc{"config.yaml", 0, 0}, "", database_message(*err), shorten(s.sql)});
  }

  void model(const PreflightModel& pm) {
    const Model& m = *p_.model(pm.name);
    for (const auto& up : upstream_of(m))
      if (unavailable_.count(up)) {
        unavailable_.insert(m.name);  // its upstream's problem says why
        return;
      }
    BuildTarget bt{&p_, &m, t_.schema};
    if (!pm.table_exists) {
      SourceLoc at = m.key_locs.count("columns") ? m.at("columns") : m.loc;
      for (const auto& s : create_model_table(m, p_, t_.schema, d_))
        if (!check(s, at, m.name)) {
          unavailable_.insert(m.name);
          return;
        }
    } else if (!pm.new_columns.empty()) {
      QualifiedName table{Ident(t_.schema), Ident(m.name)};
      for (const auto& c : stored_columns(m, p_))
        if (std::find(pm.new_columns.begin(), pm.new_columns.end(), c.name) != pm.new_columns.end())
          check(d_.add_column(table, c), loc_of_column(m, c.name), m.name);
    }
    if (m.kind != ModelKind::date_dimension) rows(m, bt);
    for (const auto& test : m.tests) check(sql_.test(bt, test, TestScope{}), test.loc, m.name);
    sources(m);
  }

  std::vector<PreflightProblem> problems() {
    std::sort(problems_.begin(), problems_.end(), [](const auto& a, const auto& b) {
      return std::tie(a.loc.file, a.loc.line, a.loc.column, a.message) <
             std::tie(b.loc.file, b.loc.line, b.loc.column, b.message);
    });
    return problems_;
  }

 private:
  // Defines or prepares `s`; whether it passed (else a problem at `loc` is recorded).
  // `shown`: the statement a problem shows, when not `s` itself.
  bool check(const Statement& s, const SourceLoc& loc, const std::string& model,
             const std::optional<std::string>& shown = std::nullopt) {
    auto err = box_.attempt(s);
    if (err)
      problems_.push_back({loc, model, database_message(*err), shorten(shown.value_or(s.sql))});
    return !err;
  }

  SourceLoc loc_of_column(const Model& m, const std::string& name) const {
    if (const ColumnSpec* c = m.column(name)) return c->loc;
    for (const auto& me : m.measures)
      if (me.name == name) return me.loc;
    if (m.incremental && m.incremental->time == name) return m.incremental->loc;
    return m.from ? m.at("from") : m.at("sql");
  }

  // The stage (the model's SQL) and every statement that reads it.
  void rows(const Model& m, const BuildTarget& bt) {
    const SourceLoc sql_loc = m.from ? m.at("from") : m.at("sql");
    box_.attempt(sql_.drop_stage(bt));
    Statement stage = stage_without_rows(sql_.stage(bt, WindowValues{}), d_.name());
    // a problem with a fact's rows shows its query, not the stage around it (a dimension's stage
    // shows its columns' exprs first)
    std::vector<std::optional<std::string>> params;
    const std::string shown =
        m.kind == ModelKind::fact ? sql_.query(bt, WindowValues{}, params) : stage.sql;
    if (!check(stage, sql_loc, m.name, shown)) return;
    if (!types_match(m, bt, shown)) return;  // the statements below would fail for the same reason
    std::vector<std::pair<Statement, SourceLoc>> ss;
    auto add = [&](const Statement& s, const SourceLoc& at) { ss.emplace_back(s, at); };
    add(sql_.count_null_keys(bt), sql_loc);
    add(sql_.count_duplicate_keys(bt), sql_loc);
    if (has_versions(m)) {
      for (const auto& s : sql_.versions_merge(bt)) add(s, sql_loc);
      add(sql_.versions_close(bt, nullptr), sql_loc);
    } else if (m.kind == ModelKind::dimension) {
      for (const auto& s : sql_.dimension_upsert(bt)) add(s, sql_loc);
      if (auto r = sql_.dimension_refresh(bt)) add(*r, sql_loc);
    } else {
      WindowValues all;
      for (const auto& r : m.references) {
        const Model& dim = *p_.model(r.dimension);
        if (r.on_missing == OnMissing::infer) add(sql_.infer_members(bt, r, dim), r.loc);
        if (r.on_missing == OnMissing::fail) add(sql_.count_missing_members(bt, r, dim), r.loc);
      }
      const Incremental& inc = *m.incremental;
      bool by_grain = inc.strategy == Strategy::key;
      for (const auto& ld : inc.late_data) by_grain = by_grain || !ld.grain.empty();
      if (inc.strategy == Strategy::period) {
        add(sql_.count_outside_window(bt, all), inc.loc);
        add(sql_.delete_window(bt, all), inc.loc);
      }
      if (inc.strategy == Strategy::full) add(sql_.delete_all(bt), inc.loc);
      add(sql_.fact_insert(bt), sql_loc);
      if (by_grain)
        for (const auto& s : sql_.fact_upsert(bt)) add(s, sql_loc);
      if (inc.deletes == Deletes::scan) add(sql_.delete_missing(bt, nullptr), inc.loc);
      if (auto r = sql_.fact_refresh(bt)) add(*r, sql_loc);
      if (m.densify) {
        add(sql_.densify(bt, all, true, DensifyProbe::anti_join), m.densify->loc);
        add(sql_.new_densify_members(bt, all, 1), m.densify->loc);
      }
    }
    for (const auto& [s, at] : ss) check(s, at, m.name);
  }

  // Compares the stage's column types with the table's; whether they all match.
  bool types_match(const Model& m, const BuildTarget& bt, const std::string& shown) {
    auto given = box_.read(stage_columns(bt));
    auto declared = box_.read(model_table_columns(bt));
    if (!given || !declared) return true;  // not known: the statements will say
    std::map<std::string, std::string> table;
    for (const auto& r : declared->rows)
      if (r.size() == 2 && r[0] && r[1]) table[*r[0]] = *r[1];
    bool ok = true;
    for (const auto& r : given->rows) {
      if (r.size() != 2 || !r[0] || !r[1]) continue;
      auto it = table.find(*r[0]);
      if (it == table.end()) continue;
      const ColumnSpec* c = m.column(*r[0]);
      // a fact's column with an expr is computed from the stage: its type is the expr's
      if (m.kind == ModelKind::fact && c && c->expr) continue;
      if (assignable(*r[1], it->second)) continue;
      ok = false;
      std::string from = c && c->expr ? "its expr gives "
                                      : (m.from ? "the source table gives " : "the SQL gives ");
      problems_.push_back(
          {loc_of_column(m, *r[0]), m.name,
           "column '" + *r[0] + "' is declared " + it->second + " but " + from + *r[1],
           shorten(shown)});
    }
    return ok;
  }

  // The source columns the model names outside its SQL: late_data, refresh_on, loaded_at.
  void sources(const Model& m) {
    for (const auto& [s, t] : sources_of(m, p_)) {
      auto la = t->loaded_at ? t->loaded_at : s->loaded_at;
      if (la) check(sql_.source_high_water(*s, *t), m.from ? m.at("from") : m.at("sql"), m.name);
    }
    if (m.incremental)
      for (const auto& ld : m.incremental->late_data) {
        NamedSource n = named_source(p_, ld.source);
        if (!n.table || !(n.table->loaded_at || n.source->loaded_at)) continue;
        check(sql_.late_periods(*n.source, *n.table, ld.time, m.incremental->period, "-infinity"),
              ld.loc, m.name);
        if (!ld.grain.empty()) {
          std::vector<std::string> cols;
          for (const auto& k : ld.grain) cols.push_back(k.column);
          check(sql_.changed_grains(*n.source, *n.table, ld.time, m.incremental->period,
                                    "-infinity", cols, 1),
                ld.loc, m.name);
        }
      }
    for (const auto& me : m.measures)
      for (const auto& r : me.refresh_on) {
        NamedSource n = named_source(p_, r.source);
        if (!n.table || !(n.table->loaded_at || n.source->loaded_at)) continue;
        std::vector<std::string> cols;
        for (const auto& k : r.grain) cols.push_back(k.column);
        check(sql_.changed_grains(*n.source, *n.table, std::nullopt, Period::day, "-infinity", cols,
                                  1),
              r.loc, m.name);
      }
  }

  Sandbox box_;
  const Dialect& d_;
  const Project& p_;
  const Target& t_;
  const ModelSql& sql_;
  std::set<std::string> unavailable_;  // models whose table could not be made
  std::vector<PreflightProblem> problems_;
};

}  // namespace

std::string PreflightProblem::str() const {
  std::string s = loc.str() + ": ";
  if (!model.empty()) s += model + ": ";
  s += message;
  if (!statement.empty()) s += " (statement: " + statement + ")";
  return s;
}

bool assignable(const std::string& given, const std::string& declared) {
  std::string a = base_type(given), b = base_type(declared);
  if (a == b) return true;
  int fa = family(a);
  return fa != 0 && fa == family(b);
}

std::vector<PreflightProblem> check_models(Executor& e, const Dialect& d, const Project& p,
                                           const Target& t,
                                           const std::vector<PreflightModel>& models,
                                           const std::vector<const Migration*>& pending) {
  Checker c(e, d, p, t);
  c.migrations(pending);
  c.schema();
  for (const auto& m : models) c.model(m);
  return c.problems();
}

}  // namespace starling
