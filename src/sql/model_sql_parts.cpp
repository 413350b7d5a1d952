// Pieces of SQL both dialects' model statements are made of.
#include "sql/model_sql_parts.hpp"

#include <algorithm>
#include <map>

#include "project/shape.hpp"
#include "sql/identifier.hpp"
#include "util/strings.hpp"

namespace starling::model_sql_parts {

std::string q(const std::string& name) {
  return Ident(name).sql();
}

std::string table_of(const BuildTarget& t, const std::string& model) {
  if (t.ref_schemas && model != t.model->name) {
    auto it = t.ref_schemas->find(model);
    if (it != t.ref_schemas->end()) return q(it->second) + "." + q(model);
  }
  return q(t.schema) + "." + q(model);
}
std::string own_table(const BuildTarget& t) {
  return table_of(t, t.model->name);
}
std::string staged(const BuildTarget& t) {
  return q(stage_table(*t.model));
}

std::string param(std::vector<std::optional<std::string>>& params, const std::string& v,
                  const std::string& cast) {
  params.push_back(v);
  return "$" + std::to_string(params.size()) + "::" + cast;
}

// "(a, b)" for a row of expressions; a single one without the parentheses.
std::string row(const std::vector<std::string>& xs) {
  return xs.size() == 1 ? xs[0] : "(" + join(xs, ", ") + ")";
}

std::vector<std::string> prefixed(const std::vector<std::string>& cols, const std::string& alias) {
  std::vector<std::string> out;
  for (const auto& c : cols) out.push_back(alias + "." + q(c));
  return out;
}

std::string equal_on(const std::vector<std::string>& cols, const std::string& a,
                     const std::string& b) {
  std::vector<std::string> on;
  for (const auto& c : cols) on.push_back(a + "." + q(c) + " = " + b + "." + q(c));
  return join(on, " AND ");
}

// The columns a dimension writes from its stage: key, attributes (not the surrogate key or flag).
std::vector<const ColumnSpec*> dimension_columns(const Model& m) {
  std::vector<const ColumnSpec*> out;
  for (const auto& c : m.columns) out.push_back(&c);
  return out;
}

const SourceTable* source_table(const Project& p, const SourceRef& r, const Source** src) {
  *src = p.config.source(r.source);
  return *src ? (*src)->table(r.table) : nullptr;
}

std::optional<std::string> loaded_at_of(const Source& s, const SourceTable& t) {
  return t.loaded_at ? t.loaded_at : s.loaded_at;
}

std::string holds(const std::string& version, const std::string& at) {
  return at + " >= " + version + "." + q(k_valid_from) + " AND " + at + " < " + version + "." +
         q(k_valid_to);
}

std::string reference_match(const Reference& r, const Model& dim, const std::string& d,
                            const std::string& key, const std::optional<std::string>& at) {
  if (dim.kind == ModelKind::date_dimension) return d + ".\"date\" = CAST(" + key + " AS date)";
  std::string cond = d + "." + q(dim.key[0]) + " = " + key;
  if (r.on_missing == OnMissing::unknown) cond += " AND NOT " + d + ".\"is_inferred\"";
  // a versions dimension: the version valid at the row's as_of
  if (has_versions(dim) && at) cond += " AND " + holds(d, *at);
  return cond;
}

std::string staged_as_of(const BuildTarget& t, const Reference& ref) {
  if (!ref.as_of) return staged(t) + " AS s";
  return "(SELECT st.*, " + output_expr(*t.model, *ref.as_of) + " AS \"_as_of\" FROM " + staged(t) +
         " AS st) AS s";
}

FactSelect fact_select(const BuildTarget& t) {
  const Model& m = *t.model;
  const Project& p = *t.project;
  FactSelect fs;
  std::vector<std::string> exprs;
  std::string inner = "SELECT s.*";
  for (const auto& c : m.columns)
    if (c.expr) inner += ", (" + *c.expr + ") AS " + q("_x_" + c.name);
  inner += " FROM " + staged(t) + " AS s";
  std::string joins;
  std::vector<std::string> unresolved, unresolved_cols;
  for (size_t i = 0; i < m.references.size(); ++i) {
    const Reference& r = m.references[i];
    const Model* dim = p.model(r.dimension);
    std::string alias = "r" + std::to_string(i);
    std::string sk = surrogate_key_of(*dim);
    std::optional<std::string> at;
    if (has_versions(*dim) && r.as_of) {
      const ColumnSpec* c = m.column(*r.as_of);
      at = "s." + q(c && c->expr ? "_x_" + c->name : *r.as_of);
    }
    joins += " LEFT JOIN " + table_of(t, dim->name) + " AS " + alias + " ON " +
             reference_match(r, *dim, alias, "s." + q(r.key), at);
    fs.columns.push_back(r.column);
    exprs.push_back("coalesce(" + alias + "." + q(sk) + ", -1)");
    if (keeps_unresolved(r, p)) {  // the key of a row at -1, to point it at the member later
      unresolved.push_back("CASE WHEN " + alias + "." + q(sk) + " IS NULL THEN CAST(s." + q(r.key) +
                           " AS " + natural_key_type(*dim) + ") END");
      unresolved_cols.push_back(unresolved_column(r));
    }
  }
  for (const auto& c : m.columns) {
    fs.columns.push_back(c.name);
    exprs.push_back(c.expr ? "s." + q("_x_" + c.name) : "s." + q(c.name));
  }
  for (const auto& c : stored_columns(m, p)) {
    if (c.role != ColumnRole::period_time) continue;
    fs.columns.push_back(c.name);
    exprs.push_back("CAST(s." + q(c.name) + " AS " + c.type + ")");
  }
  for (const auto& me : m.measures) {
    fs.columns.push_back(me.name);
    exprs.push_back(me.default_value
                        ? "coalesce(s." + q(me.name) + ", " + model_literal(*me.default_value) + ")"
                        : "s." + q(me.name));
  }
  for (size_t i = 0; i < unresolved.size(); ++i) {
    fs.columns.push_back(unresolved_cols[i]);
    exprs.push_back(unresolved[i]);
  }
  for (size_t i = 0; i < exprs.size(); ++i) exprs[i] += " AS " + q(fs.columns[i]);
  fs.sql = "SELECT " + join(exprs, ", ") + " FROM (" + inner + ") AS s" + joins;
  return fs;
}

namespace {
// The keys as rows of text literals; `always_parenthesized`: a row of one value too.
std::vector<std::string> literal_rows(const std::vector<std::vector<std::string>>& keys,
                                      bool always_parenthesized) {
  std::vector<std::string> tuples;
  tuples.reserve(keys.size());
  for (const auto& k : keys) {
    std::vector<std::string> vals;
    for (const auto& v : k) vals.push_back(quote_literal(v));
    tuples.push_back(always_parenthesized ? "(" + join(vals, ", ") + ")" : row(vals));
  }
  return tuples;
}
}  // namespace

// `exprs IN (keys)`: the values as text literals, which PostgreSQL reads as the expressions' types.
std::string in_keys(const std::vector<std::string>& exprs,
                    const std::vector<std::vector<std::string>>& keys) {
  if (keys.empty()) return "false";
  return row(exprs) + " IN (" + join(literal_rows(keys, false), ", ") + ")";
}

// The rows of the fact table (alias `f`) whose grain is among `only`'s: a grain column resolved
// through a reference is matched by the surrogate keys of the natural keys named.
std::string output_type(const Model& m, const Project& p, const std::string& col) {
  for (const auto& c : m.columns)
    if (c.name == col) return c.type;
  for (const auto& r : m.references) {
    if (r.key != col) continue;
    const Model* dim = p.model(r.dimension);
    if (!dim) return "";
    if (dim->kind == ModelKind::date_dimension) return "date";
    for (const auto& c : dim->columns)
      if (!dim->key.empty() && c.name == dim->key[0]) return c.type;
  }
  return "";
}

std::string among_values(const std::vector<std::string>& exprs,
                         const std::vector<std::string>& as_text,
                         const std::vector<std::string>& types,
                         const std::vector<std::vector<std::string>>& keys) {
  if (keys.empty()) return "false";
  const std::string values = "(VALUES " + join(literal_rows(keys, true), ", ") + ")";
  const bool typed =
      std::none_of(types.begin(), types.end(), [](const std::string& t) { return t.empty(); });
  if (!typed) return "(" + join(as_text, ", ") + ") IN " + values;
  std::vector<std::string> cols, cast;
  for (size_t i = 0; i < types.size(); ++i) {
    cols.push_back("k" + std::to_string(i));
    cast.push_back("CAST(v.k" + std::to_string(i) + " AS " + types[i] + ")");
  }
  return "(" + join(exprs, ", ") + ") IN (SELECT " + join(cast, ", ") + " FROM " + values +
         " AS v (" + join(cols, ", ") + "))";
}

std::string stored_grain_filter(const BuildTarget& t, const GrainFilter& only, const std::string& f,
                                bool values) {
  const Model& m = *t.model;
  const Project& p = *t.project;
  auto ref_of = [&](const std::string& col) -> const Reference* {
    for (const auto& r : m.references)
      if (r.key == col && p.model(r.dimension)->kind == ModelKind::dimension) return &r;
    return nullptr;
  };
  if (values && only.keys.size() > k_values_from) {
    // many: one VALUES list, each stored row's values looked up once
    std::vector<std::string> exprs, as_text, types;
    if (only.by_period) {
      const std::string period = period_of(m, f + "." + q(*m.incremental->time));
      exprs.push_back(period);
      as_text.push_back("to_char(" + period + ", 'YYYY-MM-DD HH24:MI:SS')");
      types.push_back("timestamp");
    }
    for (const auto& c : only.columns) {
      std::string e = f + "." + q(c);
      if (const Reference* r = ref_of(c)) {
        const Model& dim = *p.model(r->dimension);
        e = "(SELECT d." + q(dim.key[0]) + " FROM " + table_of(t, dim.name) + " AS d WHERE d." +
            q(surrogate_key_of(dim)) + " = " + f + "." + q(r->column) + ")";
      }
      exprs.push_back(e);
      as_text.push_back("CAST(" + e + " AS text)");
      types.push_back(output_type(m, p, c));
    }
    return among_values(exprs, as_text, types, only.keys);
  }
  if (only.by_period) {
    // per period, the grains of that period: each an uncorrelated filter (a reference's natural
    // keys looked up once), not a row of values with a lookup per row compared
    std::map<std::string, GrainFilter> by_period;
    for (const auto& k : only.keys) {
      GrainFilter& g = by_period[k.at(0)];
      g.columns = only.columns;
      g.keys.emplace_back(k.begin() + 1, k.end());
    }
    std::vector<std::string> any;
    const std::string period = period_of(m, f + "." + q(*m.incremental->time));
    for (const auto& [start, g] : by_period)
      any.push_back("(" + period + " = " + quote_literal(start) + " AND " +
                    stored_grain_filter(t, g, f) + ")");
    return any.empty() ? "false" : "(" + join(any, " OR ") + ")";
  }
  if (only.columns.size() == 1) {
    if (const Reference* r = ref_of(only.columns[0])) {
      const Model& dim = *p.model(r->dimension);
      return f + "." + q(r->column) + " IN (SELECT d." + q(surrogate_key_of(dim)) + " FROM " +
             table_of(t, dim.name) + " AS d WHERE " + in_keys({"d." + q(dim.key[0])}, only.keys) +
             ")";
    }
  }
  std::vector<std::string> exprs;
  for (const auto& c : only.columns) {
    if (const Reference* r = ref_of(c)) {
      const Model& dim = *p.model(r->dimension);
      exprs.push_back("(SELECT d." + q(dim.key[0]) + " FROM " + table_of(t, dim.name) +
                      " AS d WHERE d." + q(surrogate_key_of(dim)) + " = " + f + "." + q(r->column) +
                      ")");
    } else {
      exprs.push_back(f + "." + q(c));
    }
  }
  return in_keys(exprs, only.keys);
}

std::string period_of(const Model& m, const std::string& time) {
  return "date_trunc('" + std::string(to_string(m.incremental->period)) + "', " + time + ")";
}

std::vector<std::string> only_exprs(const Model& m, const GrainFilter& only) {
  std::vector<std::string> out;
  if (only.by_period) out.push_back(period_of(m, output_expr(m, *m.incremental->time)));
  for (const auto& c : only.columns) out.push_back(output_expr(m, c));
  return out;
}

// Key columns of the stage: a dimension's natural key, a fact's grain (output names).
std::vector<std::string> stage_keys(const Model& m) {
  if (m.kind != ModelKind::dimension) return m.grain;
  std::vector<std::string> out = m.key;
  if (has_versions(m)) out.push_back(k_valid_from);  // a change log: a row per version
  return out;
}

std::string valid_from_expr(const Project& p, const Model& m) {
  if (m.valid_from) return "CAST((" + *m.valid_from + ") AS timestamptz)";
  const Source* s = nullptr;
  const SourceTable* t = source_table(p, *m.from, &s);
  return "CAST(" + q(*loaded_at_of(*s, *t)) + " AS timestamptz)";
}

std::string sample_order(const Model& m) {
  return join(prefixed(unique_columns(m), "x"), ", ");
}

std::string output_expr(const Model& m, const std::string& name) {
  if (m.kind == ModelKind::fact && m.reference_by_key(name)) return q(name);
  const ColumnSpec* c = m.column(name);
  return c && c->expr ? "(" + *c->expr + ")" : q(name);
}

std::vector<std::string> stage_key_exprs(const Model& m) {
  std::vector<std::string> out;
  for (const auto& k : stage_keys(m))
    out.push_back(m.kind == ModelKind::dimension ? q(k) : output_expr(m, k));
  return out;
}

}  // namespace starling::model_sql_parts
