// A bounded fuzz run of the loader and the project check. The YAML files of the demo project and of
// the broken projects are mutated (byte flips, truncation, deep nesting, huge scalars, random
// UTF-8, YAML punctuation, repeated chunks) and each result is loaded with a time bound: nothing
// may throw, crash or hang, and every problem is a diagnostic with a file:line:column. The inputs
// in tests/fuzz/regressions/ (every input that ever hung or crashed the loader) run first, each
// time. STARLING_FUZZ_SECONDS (default 3) and STARLING_FUZZ_SEED (default 1) change the run. An
// input that fails is written to fuzz-finding.yaml in the working directory: keep it in the
// regressions folder.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <fcntl.h>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <random>
#include <thread>

#include "loader/loader.hpp"
#include "project/check.hpp"
#include "support/helpers.hpp"
#include "util/strings.hpp"

namespace fs = std::filesystem;

namespace starling::testing {
namespace {

// The time an input may take: linear in its size, with room for a loaded machine and the
// sanitizers (the stall this guards against took 33 s on 100 KB).
std::chrono::milliseconds time_bound(const std::string& text) {
  return std::chrono::milliseconds(2000 + static_cast<long long>(text.size() / 50));
}
constexpr auto k_hang = std::chrono::seconds(30);  // the watchdog gives up here
const char* const k_finding = "fuzz-finding.yaml";

struct Input {
  std::string name;  // where it came from, for messages
  std::string text;
  bool config = false;  // config.yaml, or a model
};

// The input being loaded, for the crash handler and the watchdog.
std::atomic<const Input*> g_current{nullptr};

void save_current() {
  const Input* in = g_current.load();
  if (!in) return;
  int fd = ::open(k_finding, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return;
  const char* p = in->text.data();
  size_t left = in->text.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n <= 0) break;
    p += n;
    left -= static_cast<size_t>(n);
  }
  ::close(fd);
}

extern "C" void on_crash(int sig) {
  save_current();  // open and write are async-signal-safe
  const char msg[] = "fuzz: the loader crashed; the input is in fuzz-finding.yaml\n";
  ssize_t ignored = ::write(2, msg, sizeof msg - 1);
  (void)ignored;
  ::raise(sig);  // SA_RESETHAND: now the default action
}

// Ends the process when one input takes longer than k_hang: a hung load cannot be interrupted.
class Watchdog {
 public:
  Watchdog()
      : thread_([this] {
          std::unique_lock<std::mutex> lock(mutex_);
          while (!done_) {
            wake_.wait_for(lock, std::chrono::seconds(1));
            const Input* in = g_current.load();
            if (in && std::chrono::steady_clock::now() - started() > k_hang) {
              save_current();
              std::fprintf(stderr, "fuzz: %s hung; the input is in %s\n", in->name.c_str(),
                           k_finding);
              std::_Exit(1);
            }
          }
        }) {}
  ~Watchdog() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }
  void start(const Input* in) {
    started_ = std::chrono::steady_clock::now().time_since_epoch().count();
    g_current = in;
  }
  void stop() { g_current = nullptr; }

 private:
  std::chrono::steady_clock::time_point started() const {
    return std::chrono::steady_clock::time_point(std::chrono::steady_clock::duration(started_));
  }
  std::mutex mutex_;
  std::condition_variable wake_;
  bool done_ = false;
  std::atomic<std::chrono::steady_clock::rep> started_{0};
  std::thread thread_;
};

const char* const k_config =
    "project: fuzz\n"
    "timezone: UTC\n"
    "targets:\n"
    "  pg: {dialect: postgres, dsn: \"postgresql:///w\"}\n"
    "  rs: {dialect: redshift, dsn: \"postgresql:///w\"}\n"
    "sources:\n"
    "  app:\n"
    "    schema: app\n"
    "    loaded_at: _loaded_at\n"
    "    tables: {users: {}, events: {}, listings: {}, hosts: {}, bookings: {}}\n";

// Loads `in` (a model also goes through check_project) and returns what is wrong with the result:
// "" when nothing.
std::string run_one(const Input& in, Watchdog& dog) {
  const std::string file = in.config ? "config.yaml" : "models/fuzz.yaml";
  Diagnostics d;
  auto started = std::chrono::steady_clock::now();
  dog.start(&in);
  try {
    LoadOptions opts;
    opts.env = [](const std::string&) -> std::optional<std::string> { return "x"; };
    if (in.config) {
      load_config_text(in.text, file, d, opts);
    } else if (auto m = load_model_text(in.text, file, d)) {
      Project p;
      Diagnostics config_diags;
      p.config = load_config_text(k_config, "config.yaml", config_diags, opts);
      p.models.push_back(std::move(*m));
      check_project(p, d);
    }
  } catch (const std::exception& e) {
    dog.stop();
    return std::string("threw: ") + e.what();
  } catch (...) {
    dog.stop();
    return "threw a non-exception";
  }
  dog.stop();
  auto took = std::chrono::steady_clock::now() - started;
  if (took > time_bound(in.text))
    return "took " +
           std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(took).count()) +
           " ms";
  for (const auto& x : d.items())
    if (x.loc.file.empty() || x.loc.line < 1 || x.loc.column < 1)
      return "a problem without a position: " + x.str();
  return "";
}

std::vector<Input> seeds() {
  std::vector<Input> out;
  auto add_dir = [&](const fs::path& project) {
    if (fs::exists(project / "config.yaml"))
      out.push_back({(project / "config.yaml").string(),
                     read_text((project / "config.yaml").string()), true});
    if (!fs::is_directory(project / "models")) return;
    for (const auto& e : fs::recursive_directory_iterator(project / "models"))
      if (e.is_regular_file() && e.path().extension() == ".yaml")
        out.push_back({e.path().string(), read_text(e.path().string()), false});
  };
  add_dir(STARLING_SOURCE_DIR);
  for (const auto& e : fs::directory_iterator(fs::path(STARLING_TESTS_DIR) / "broken"))
    if (e.is_directory()) add_dir(e.path());
  std::sort(out.begin(), out.end(), [](const Input& a, const Input& b) { return a.name < b.name; });
  return out;
}

// One random UTF-8 sequence: mostly valid code points of every length, sometimes broken.
std::string random_utf8(std::mt19937_64& rng) {
  std::uniform_int_distribution<int> kind(0, 9);
  int k = kind(rng);
  if (k == 0) return std::string(1, static_cast<char>(0x80 + rng() % 0x40));  // a lone continuation
  if (k == 1) return std::string(1, static_cast<char>(0xc0 + rng() % 0x3f));  // a cut lead byte
  static const char32_t ranges[][2] = {
      {0x20, 0x7e}, {0x80, 0x7ff}, {0x800, 0xffff}, {0x10000, 0x10ffff}, {0, 0x1f}};
  const auto& r = ranges[rng() % 5];
  char32_t cp = r[0] + static_cast<char32_t>(rng() % (r[1] - r[0] + 1));
  std::string s;
  if (cp < 0x80) {
    s += static_cast<char>(cp);
  } else if (cp < 0x800) {
    s += static_cast<char>(0xc0 | (cp >> 6));
    s += static_cast<char>(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    s += static_cast<char>(0xe0 | (cp >> 12));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    s += static_cast<char>(0x80 | (cp & 0x3f));
  } else {
    s += static_cast<char>(0xf0 | (cp >> 18));
    s += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
    s += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    s += static_cast<char>(0x80 | (cp & 0x3f));
  }
  return s;
}

std::string mutate(std::string t, std::mt19937_64& rng) {
  auto pos = [&] { return t.empty() ? 0 : static_cast<size_t>(rng() % (t.size() + 1)); };
  static const char* const punctuation[] = {
      "[",   "]",           "{",        "}",   ",",     ": ",    "- ",           "? ",
      "&a ", "*a",          "!!str ",   "!x ", "---\n", "...\n", "|\n",          ">-\n",
      "'",   "\"",          "#",        "\t",  "\n",    "  ",    "{{ ",          " }}",
      "\\",  "%YAML 1.2\n", "<<: *a\n", "~",   "null",  "\r",    "\xef\xbb\xbf", "\\x00"};
  int edits = 1 + static_cast<int>(rng() % 4);
  for (int e = 0; e < edits; ++e) {
    switch (rng() % 10) {
      case 0:  // a byte flip
        if (!t.empty()) t[rng() % t.size()] = static_cast<char>(rng() % 256);
        break;
      case 1:  // a bit flip
        if (!t.empty()) t[rng() % t.size()] ^= static_cast<char>(1 << (rng() % 8));
        break;
      case 2:  // truncation
        t.resize(pos());
        break;
      case 3: {  // deep nesting
        static const char* const opens[] = {"[", "{a: ", "- [", "{", "[{", "\n- "};
        const char* open = opens[rng() % 6];
        size_t n = std::size_t{1} << (3 + rng() % 15);  // 8 to 131072
        std::string deep;
        for (size_t i = 0; i < n && deep.size() < 600000; ++i) deep += open;
        t.insert(pos(), deep);
        break;
      }
      case 4: {  // a huge scalar, sometimes past the size limit
        size_t n = std::size_t{1} << (8 + rng() % 13);  // 256 B to 1 MiB
        t.insert(pos(), std::string(n, static_cast<char>("xa'\" 1{"[rng() % 7])));
        break;
      }
      case 5: {  // random UTF-8
        std::string s;
        for (int i = 0, n = 1 + static_cast<int>(rng() % 8); i < n; ++i) s += random_utf8(rng);
        t.insert(pos(), s);
        break;
      }
      case 6:
      case 7:  // YAML punctuation
        t.insert(pos(), punctuation[rng() % (sizeof punctuation / sizeof *punctuation)]);
        break;
      case 8: {  // a chunk repeated
        size_t a = pos();
        size_t len = std::min<size_t>(t.size() - std::min(a, t.size()), 1 + rng() % 80);
        std::string chunk = t.substr(std::min(a, t.size()), len);
        for (int i = 0, n = 1 + static_cast<int>(rng() % 200); i < n; ++i) t.insert(a, chunk);
        break;
      }
      case 9: {  // a line moved
        size_t a = t.find('\n', pos());
        size_t b = a == std::string::npos ? a : t.find('\n', a + 1);
        if (b == std::string::npos) break;
        std::string line = t.substr(a + 1, b - a);
        t.erase(a + 1, b - a);
        t.insert(t.rfind('\n', pos()) == std::string::npos ? 0 : t.rfind('\n', pos()) + 1, line);
        break;
      }
    }
  }
  return t;
}

class LoaderFuzz : public ::testing::Test {
 protected:
  void SetUp() override {
    struct sigaction sa {};
    sa.sa_handler = on_crash;
    sa.sa_flags = SA_RESETHAND;
    for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) sigaction(sig, &sa, &saved_[sig]);
  }
  void TearDown() override {
    for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
      sigaction(sig, &saved_[sig], nullptr);
  }
  struct sigaction saved_[32]{};
  Watchdog dog_;
};

// Every input that ever hung or crashed the loader; `*config.yaml` files load as config.yaml.
TEST_F(LoaderFuzz, RegressionsStayFixed) {
  fs::path dir = fs::path(STARLING_TESTS_DIR) / "fuzz" / "regressions";
  size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (!e.is_regular_file() || e.path().extension() != ".yaml") continue;
    Input in{e.path().filename().string(), read_text(e.path().string()),
             ends_with(e.path().filename().string(), "config.yaml")};
    EXPECT_EQ(run_one(in, dog_), "") << in.name;
    ++n;
  }
  EXPECT_GE(n, 5u);  // guards against a folder that moved
}

TEST_F(LoaderFuzz, MutatedProjectsFailCleanly) {
  const char* sec = std::getenv("STARLING_FUZZ_SECONDS");
  const char* seed = std::getenv("STARLING_FUZZ_SEED");
  auto budget =
      std::chrono::milliseconds(static_cast<long long>(1000 * (sec ? std::atof(sec) : 3)));
  std::mt19937_64 rng(seed ? std::strtoull(seed, nullptr, 10) : 1);
  auto inputs = seeds();
  ASSERT_GE(inputs.size(), 20u);
  auto until = std::chrono::steady_clock::now() + budget;
  size_t runs = 0;
  const size_t k_min_runs = 20;  // even on a slow machine or under the sanitizers
  while (runs < k_min_runs || std::chrono::steady_clock::now() < until) {
    const Input& s = inputs[rng() % inputs.size()];
    Input in{s.name, mutate(s.text, rng), s.config};
    std::string wrong = run_one(in, dog_);
    if (!wrong.empty()) {
      g_current = &in;
      save_current();
      g_current = nullptr;
      FAIL() << "a mutation of " << in.name << ": " << wrong << "; the input is in " << k_finding
             << " (keep it in tests/fuzz/regressions/)";
    }
    ++runs;
  }
  std::printf(
      "fuzz: %zu inputs in %.1f s\n", runs,
      std::chrono::duration<double>(std::chrono::steady_clock::now() - (until - budget)).count());
}

}  // namespace
}  // namespace starling::testing
