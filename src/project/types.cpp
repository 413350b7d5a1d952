#include "project/config.hpp"
#include "project/model.hpp"

#include <algorithm>

namespace starling {

namespace {
template <typename T>
const T* find_named(const std::vector<T>& v, const std::string& name) {
  for (const auto& x : v)
    if (x.name == name) return &x;
  return nullptr;
}
}  // namespace

const SourceTable* Source::table(const std::string& n) const {
  return find_named(tables, n);
}
const Target* Config::target(const std::string& n) const {
  return find_named(targets, n);
}
const Source* Config::source(const std::string& n) const {
  return find_named(sources, n);
}
const ColumnSpec* Model::column(const std::string& n) const {
  return find_named(columns, n);
}
const Model* Project::model(const std::string& n) const {
  auto it = std::lower_bound(models.begin(), models.end(), n,
                             [](const Model& m, const std::string& k) { return m.name < k; });
  return it != models.end() && it->name == n ? &*it : nullptr;
}

void Project::sort_models() {
  std::stable_sort(models.begin(), models.end(),
                   [](const Model& a, const Model& b) { return a.name < b.name; });
}

const Reference* Model::reference_by_key(const std::string& natural_key) const {
  for (const auto& r : references)
    if (r.key == natural_key) return &r;
  return nullptr;
}

SourceLoc Config::at(const std::string& k) const {
  auto it = key_locs.find(k);
  return it == key_locs.end() ? loc : it->second;
}

SourceLoc Model::at(const std::string& k) const {
  auto it = key_locs.find(k);
  return it == key_locs.end() ? loc : it->second;
}

const char* to_string(DialectName d) {
  return d == DialectName::postgres ? "postgres" : "redshift";
}

const char* to_string(ModelKind k) {
  switch (k) {
    case ModelKind::dimension:
      return "dimension";
    case ModelKind::date_dimension:
      return "date_dimension";
    case ModelKind::fact:
      return "fact";
  }
  return "?";
}

const char* to_string(Strategy s) {
  switch (s) {
    case Strategy::period:
      return "period";
    case Strategy::key:
      return "key";
    case Strategy::full:
      return "full";
  }
  return "?";
}

const char* to_string(Period p) {
  switch (p) {
    case Period::hour:
      return "hour";
    case Period::day:
      return "day";
    case Period::week:
      return "week";
    case Period::month:
      return "month";
  }
  return "?";
}

const char* to_string(OnChange c) {
  switch (c) {
    case OnChange::overwrite:
      return "overwrite";
    case OnChange::keep:
      return "keep";
    case OnChange::version:
      return "version";
  }
  return "?";
}

const char* to_string(OnMissing o) {
  switch (o) {
    case OnMissing::infer:
      return "infer";
    case OnMissing::unknown:
      return "unknown";
    case OnMissing::fail:
      return "fail";
  }
  return "?";
}

}  // namespace starling
