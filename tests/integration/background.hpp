// A real starling process started in the background, for tests that kill it (kill -9) at a
// moment they choose, as a reboot or a timeout would.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace starling::testing {

class BackgroundStarling {
 public:
  // Starts `starling ARGS...`, its output thrown away.
  explicit BackgroundStarling(const std::vector<std::string>& args) {
    fflush(nullptr);  // or the child's freopen writes the parent's buffered output again
    pid_ = fork();
    if (pid_ == 0) {
      std::vector<std::string> copy = args;
      std::string bin = STARLING_BINARY;
      std::vector<char*> argv{bin.data()};
      for (auto& a : copy) argv.push_back(a.data());
      argv.push_back(nullptr);
      if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr)) _exit(127);
      execv(bin.c_str(), argv.data());
      _exit(127);
    }
  }
  ~BackgroundStarling() { kill9(); }
  BackgroundStarling(const BackgroundStarling&) = delete;
  BackgroundStarling& operator=(const BackgroundStarling&) = delete;

  pid_t pid() const { return pid_; }

  // Whether it has ended (reaping it); its exit code is then exit_code().
  bool ended() {
    if (done_) return true;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) != pid_) return false;
    finish(status);
    return true;
  }
  int exit_code() const { return exit_code_; }

  // Kills it with SIGKILL (if it still runs) and reaps it.
  void kill9() {
    if (done_ || pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
    finish(status);
  }

 private:
  void finish(int status) {
    done_ = true;
    exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  pid_t pid_ = -1;
  bool done_ = false;
  int exit_code_ = -1;
};

// A pid that no process has: a child that has ended and been reaped (until the pid is reused).
inline pid_t gone_pid() {
  fflush(nullptr);
  pid_t pid = fork();
  if (pid == 0) _exit(0);
  int status = 0;
  waitpid(pid, &status, 0);
  return pid;
}

inline long long ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               t0)
      .count();
}

inline std::string host_name_for_test() {
  char name[256] = {};
  gethostname(name, sizeof name - 1);
  return name;
}

}  // namespace starling::testing
