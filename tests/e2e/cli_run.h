// Running the eventgraph binary from an end-to-end test: one command line, its exit code and what
// it printed. EG_BINARY is the path of the binary under test (set by tests/e2e/CMakeLists.txt).
#pragma once

#include <stdlib.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace eg::e2e {

struct RunResult {
  int code = -1;  // the exit status, or -1 when the process did not exit normally
  std::string out, err;
};

// The whole content of a file ("" when it cannot be read).
inline std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Runs `eventgraph ARGS` through the shell (ARGS is shell text), with stdout and stderr captured
// in files under `scratch`, which must exist.
inline RunResult RunEventgraph(const std::filesystem::path& scratch, const std::string& args) {
  const std::string out = (scratch / "stdout").string(), err = (scratch / "stderr").string();
  const std::string cmd = std::string(EG_BINARY) + " " + args + " >" + out + " 2>" + err;
  RunResult r;
  const int status = std::system(cmd.c_str());
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = Slurp(out);
  r.err = Slurp(err);
  return r;
}

}  // namespace eg::e2e
