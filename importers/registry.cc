#include "importers/registry.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <system_error>

#include "importers/text/text_importer.h"

namespace eg {
namespace {

namespace fs = std::filesystem;

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(),
                    [](char x, char y) { return AsciiLower(x) == AsciiLower(y); });
}

Status ReadError(std::string_view name, int err) {
  return Status::IoError(std::string(name) + ": " + std::strerror(err));
}

// Reads all of `fd`. POSIX reads rather than iostreams, so that the error carries errno's reason
// and pipes, FIFOs and standard input work like files.
Result<std::string> ReadAll(int fd, std::string_view name) {
  std::string content;
  char buf[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) return content;
    if (n < 0) {
      if (errno == EINTR) continue;
      return ReadError(name, errno);
    }
    content.append(buf, static_cast<size_t>(n));
  }
}

Result<std::string> ReadPath(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ReadError(path, errno);
  Result<std::string> content = ReadAll(fd, path);
  ::close(fd);
  return content;
}

using Visit = std::function<void(const std::string& path, Result<std::string> content)>;

// Visits the files under `dir` in byte order of their names, depth first. `active` holds the
// directories being walked, so a symbolic link back to one of them does not loop forever.
void WalkDirectory(const std::string& dir, std::set<fs::path>& active, const Visit& visit) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(dir, ec);
  if (ec) {
    visit(dir, Status::IoError(dir + ": " + ec.message()));
    return;
  }
  if (!active.insert(canonical).second) return;

  std::vector<std::string> names;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    names.push_back(it->path().filename().string());
  }
  if (ec) {
    visit(dir, Status::IoError(dir + ": " + ec.message()));
  }
  std::sort(names.begin(), names.end());

  for (const std::string& name : names) {
    if (name.starts_with('.')) continue;
    const std::string child = (fs::path(dir) / name).string();
    // status() follows symbolic links, so a dangling one is reported rather than skipped.
    const fs::file_status st = fs::status(child, ec);
    if (ec) {
      visit(child, Status::IoError(child + ": " + ec.message()));
    } else if (fs::is_directory(st)) {
      WalkDirectory(child, active, visit);
    } else if (fs::is_regular_file(st)) {
      visit(child, ReadPath(child));
    } else {
      // Sockets, FIFOs and devices found by a walk are not articles, and a FIFO could block.
      visit(child, Status::IoError(child + ": not a regular file"));
    }
  }
  active.erase(canonical);
}

}  // namespace

const std::vector<std::unique_ptr<Importer>>& Importers() {
  // Leaked on purpose, so that it outlives any static object that still uses an importer at exit.
  static const auto* const importers = [] {
    auto* list = new std::vector<std::unique_ptr<Importer>>();
    list->push_back(NewTextImporter());
    return list;
  }();
  return *importers;
}

const Importer* FindImporter(std::string_view name) {
  for (const auto& importer : Importers()) {
    if (EqualsIgnoreCase(importer->Name(), name)) return importer.get();
  }
  return nullptr;
}

const Importer* DetectImporter(std::string_view path, std::string_view content) {
  const Importer* best = nullptr;
  int best_score = 0;
  // Ties go to the importer listed first: the list order is the preference order.
  for (const auto& importer : Importers()) {
    const int score = importer->Sniff(path, content);
    if (score > best_score) {
      best = importer.get();
      best_score = score;
    }
  }
  return best;
}

void ForEachInput(const std::vector<std::string>& paths, const Visit& visit) {
  for (const std::string& path : paths) {
    if (path == "-") {
      visit(path, ReadAll(STDIN_FILENO, "standard input"));
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec) {
      visit(path, Status::IoError(path + ": " + ec.message()));
    } else if (fs::is_directory(st)) {
      std::set<fs::path> active;
      WalkDirectory(path, active, visit);
    } else {
      // A path named on the command line is read whatever it is (a FIFO from "<(...)" included),
      // hidden or not: the user asked for it.
      visit(path, ReadPath(path));
    }
  }
}

}  // namespace eg
