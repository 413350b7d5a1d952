// Every change in every table a fact reads (issue 19, docs/architecture.md "Changes"): starling
// keeps, in the meta schema, the versions of each input's rows (its "shadow"): a refresh, once per
// run, closes the versions of rows updated or deleted since and adds the new ones, numbered by the
// refresh (`seq`). A fact reads its inputs as they stood at one refresh and records which one (its
// position); the next build finds the grains that changed since by running its own SQL with one
// input replaced by the versions that came (over the others as they stand now) or went (over the
// others as they stood then), and recomputes only those grains. Nothing is declared: inserts,
// updates (that move a row to another period or grain too) and hard deletes all show as versions.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/executor.hpp"
#include "project/graph.hpp"
#include "project/model.hpp"
#include "sql/dialect.hpp"
#include "util/log.hpp"

namespace starling {

// A table a fact reads: a source table (source() or `from:`) or another model's table (ref()).
struct WatchedInput {
  std::string name;    // "source.table", or "model:NAME"
  std::string schema;  // where the table is
  std::string table;
  std::optional<std::string> loaded_at;  // a source table's, by which changed rows are found
  std::optional<std::string> model;      // the model a ref() reads
};

// The inputs of a fact by the index of the template part that reads each (0 for `from:`): those
// of ref() only where `read_from` (the schema the model is read from) is its live schema.
std::map<size_t, WatchedInput> watched_inputs(const Project& p, const Model& m,
                                              const std::string& schema,
                                              const std::map<std::string, std::string>* refs);

// An input's versions after a refresh.
struct InputVersions {
  std::string shadow;                // the versions' table, schema-qualified and quoted
  std::vector<std::string> columns;  // the input's columns, quoted
  long long seq = 0;                 // the refresh the current versions are of
  long long epoch = 0;               // the refresh that (re)made the table: positions before
                                     // it know nothing of these versions
  // the input's rows as they stood at refresh `at`: a parenthesized query
  std::string at(long long at) const;
  // the versions current at `to` and not at `from` (came), or at `from` and not at `to` (went)
  std::string came(long long from, long long to) const;
  std::string went(long long from, long long to) const;
};

// A position's value: the refreshes a model's table holds rows of (the last complete build's,
// then those of builds cut since), and back.
std::vector<long long> parse_positions(const std::string& value);
std::string format_positions(const std::vector<long long>& seqs);

struct Recorded;  // changes.cpp

// The refreshes of one command (a run, a rebuild), each input's at most once.
class Changes {
 public:
  // `meta`: the live meta schema, where the versions are kept; `readers`: the models that record
  // positions in each input, whose oldest position keeps versions from being purged.
  Changes(Executor& e, const Dialect& d, const Project& p, const Lineage& l, std::string meta,
          Logger& log, long long run_id);

  // The input's versions, refreshed first when this command has not yet: in a transaction of its
  // own (or the caller's). Creates them (a copy of every row) the first time.
  const InputVersions& refresh(const WatchedInput& in);

 private:
  Executor& e_;
  const Dialect& d_;
  const Project& p_;
  const Lineage& l_;
  std::string meta_;
  Logger& log_;
  long long run_id_;
  std::map<std::string, InputVersions> done_;

  void purge(const WatchedInput& in, const InputVersions& v);
  // What the meta schema recorded of the input's versions, given its shape now.
  Recorded recorded(const WatchedInput& in, const std::string& shape);
  // A model's table not written since its versions' last refresh.
  bool unwritten(const WatchedInput& in, const Recorded& r);
};

}  // namespace starling
