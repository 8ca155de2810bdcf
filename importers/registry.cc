#include "importers/registry.h"

#include <fcntl.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <set>
#include <streambuf>
#include <system_error>

#include "engine/base/utf8.h"
#include "importers/acled/acled_importer.h"
#include "importers/feed/feed_importer.h"
#include "importers/gdelt/gdelt_importer.h"
#include "importers/html/html_importer.h"
#include "importers/jsonl/jsonl_importer.h"
#include "importers/text/text_importer.h"

namespace eg {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr size_t kChunk = 64 * 1024;

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), AsciiLower);
  return out;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(),
                    [](char x, char y) { return AsciiLower(x) == AsciiLower(y); });
}

// ---- walking -------------------------------------------------------------------------------

InputEntry FailedEntry(const std::string& path, std::string reason) {
  return {path, std::nullopt, Status::IoError(path + ": " + reason)};
}

// Lists the files under `dir` in byte order of their names, depth first. `active` holds the
// directories being walked, so a symbolic link back to one of them does not loop forever.
void WalkDirectory(const std::string& dir, std::set<fs::path>& active, std::vector<InputEntry>& out) {
  std::error_code ec;
  const fs::path canonical = fs::canonical(dir, ec);
  if (ec) {
    out.push_back(FailedEntry(dir, ec.message()));
    return;
  }
  if (!active.insert(canonical).second) return;

  std::vector<std::string> names;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    names.push_back(it->path().filename().string());
  }
  if (ec) out.push_back(FailedEntry(dir, ec.message()));
  std::sort(names.begin(), names.end());

  for (const std::string& name : names) {
    if (name.starts_with('.')) continue;
    const std::string child = (fs::path(dir) / name).string();
    // status() follows symbolic links, so a dangling one is reported rather than skipped.
    const fs::file_status st = fs::status(child, ec);
    if (ec) {
      out.push_back(FailedEntry(child, ec.message()));
    } else if (fs::is_directory(st)) {
      WalkDirectory(child, active, out);
    } else if (fs::is_regular_file(st)) {
      const uintmax_t size = fs::file_size(child, ec);
      out.push_back({child, ec ? std::nullopt : std::optional<uint64_t>(size), Status::Ok()});
    } else {
      // Sockets, FIFOs and devices found by a walk are not articles, and a FIFO could block.
      out.push_back(FailedEntry(child, "not a regular file"));
    }
  }
  active.erase(canonical);
}

// ---- charsets ------------------------------------------------------------------------------

// Writes U+FFFD for a byte sequence the source charset does not map, instead of ICU's default
// substitute, which for windows-1252 is the control character U+001A.
void ReplacementCallback(const void*, UConverterToUnicodeArgs* args, const char*, int32_t,
                         UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone: nothing to write
  static const UChar kReplacement = 0xFFFD;
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
}

// A streaming conversion from one charset to UTF-8 through ICU's pivot buffer, so that a
// multi-byte character split across two chunks is decoded whole.
class Decoder {
 public:
  ~Decoder() {
    if (from_) ucnv_close(from_);
    if (to_) ucnv_close(to_);
  }

  static Result<std::unique_ptr<Decoder>> Open(std::string_view charset) {
    auto d = std::unique_ptr<Decoder>(new Decoder());
    UErrorCode err = U_ZERO_ERROR;
    d->from_ = ucnv_open(std::string(charset).c_str(), &err);
    if (U_FAILURE(err) || !d->from_) {
      d->from_ = nullptr;
      return Status::Unsupported("unknown charset '" + std::string(charset) + "'");
    }
    err = U_ZERO_ERROR;
    d->to_ = ucnv_open("UTF-8", &err);
    if (U_FAILURE(err) || !d->to_) {
      d->to_ = nullptr;
      return Status::Internal("ICU cannot open a UTF-8 converter");
    }
    err = U_ZERO_ERROR;
    ucnv_setToUCallBack(d->from_, ReplacementCallback, nullptr, nullptr, nullptr, &err);
    // The label as chosen, not ICU's internal name ("ibm-5348_P100-1997" for windows-1252).
    d->name_ = std::string(charset);
    return d;
  }

  // The source charset's label, as given to Open.
  const std::string& name() const { return name_; }

  // Appends the UTF-8 form of `in` to `out`; `flush` marks the end of the input.
  Status Convert(std::string_view in, bool flush, std::string& out) {
    const char* source = in.data();
    const char* const source_limit = in.data() + in.size();
    while (true) {
      const size_t start = out.size();
      const size_t room = (source_limit - source) * 3 + 64;
      out.resize(start + room);
      char* target = out.data() + start;
      UErrorCode err = U_ZERO_ERROR;
      ucnv_convertEx(to_, from_, &target, out.data() + out.size(), &source, source_limit, pivot_,
                     &pivot_source_, &pivot_target_, pivot_ + kPivot, reset_, flush, &err);
      reset_ = false;
      out.resize(target - out.data());
      if (err == U_BUFFER_OVERFLOW_ERROR) continue;
      if (U_FAILURE(err)) return Status::Corruption(std::string("cannot decode from ") + name_ + ": " + u_errorName(err));
      return Status::Ok();
    }
  }

 private:
  static constexpr size_t kPivot = 1024;
  Decoder() = default;
  UConverter* from_ = nullptr;
  UConverter* to_ = nullptr;
  UChar pivot_[kPivot];
  UChar* pivot_source_ = pivot_;
  UChar* pivot_target_ = pivot_;
  bool reset_ = true;
  std::string name_;
};

// Labels that mean windows-1252 in practice (WHATWG Encoding Standard): pages and files labelled
// latin-1 or ASCII use its extra letters (curly quotes, the euro sign) in 0x80..0x9F.
std::string CanonicalLabel(std::string label) {
  static const char* const kWindows1252[] = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
                                             "latin-1",    "l1",        "cp819",      "ibm819",
                                             "us-ascii",   "ascii",     "cp1252",     "x-cp1252"};
  for (const char* alias : kWindows1252) {
    if (label == alias) return "windows-1252";
  }
  return label;
}

bool IsUtf8Label(std::string_view label) { return label == "utf-8" || label == "utf8"; }

// The value after `key` ("charset", "encoding") inside `tag`: quoted or up to a delimiter.
std::string AttributeValue(std::string_view tag, std::string_view key) {
  size_t pos = 0;
  while ((pos = tag.find(key, pos)) != std::string_view::npos) {
    size_t i = pos + key.size();
    while (i < tag.size() && tag[i] == ' ') ++i;
    if (i < tag.size() && tag[i] == '=') {
      ++i;
      while (i < tag.size() && tag[i] == ' ') ++i;
      if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) ++i;
      size_t j = i;
      while (j < tag.size() && tag[j] != '"' && tag[j] != '\'' && tag[j] != ';' && tag[j] != ' ' &&
             tag[j] != '>' && tag[j] != '/' && tag[j] != '?') {
        ++j;
      }
      if (j > i) return std::string(tag.substr(i, j - i));
    }
    pos += key.size();
  }
  return "";
}

}  // namespace

std::string DeclaredCharset(std::string_view head) {
  const std::string lower = Lower(head.substr(0, std::min(head.size(), kSniffHeadSize)));
  std::string_view text = lower;
  if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
  if (text.starts_with("<?xml")) {
    const size_t end = text.find("?>");
    const std::string value = AttributeValue(text.substr(0, end), "encoding");
    if (!value.empty()) return value;
  }
  size_t pos = 0;
  while ((pos = text.find("<meta", pos)) != std::string_view::npos) {
    const size_t end = text.find('>', pos);
    const std::string value = AttributeValue(text.substr(pos, end - pos), "charset");
    if (!value.empty()) return value;
    pos += 5;
  }
  return "";
}

Result<std::string> DecodeToUtf8(std::string_view bytes, std::string_view charset) {
  EG_ASSIGN_OR_RETURN(std::unique_ptr<Decoder> decoder, Decoder::Open(charset));
  std::string out;
  EG_RETURN_IF_ERROR(decoder->Convert(bytes, true, out));
  return out;
}

namespace {

// ---- the stream ----------------------------------------------------------------------------

// Serves the decoded head, then the rest of the input chunk by chunk: gzread decompresses (or
// passes plain bytes through), the optional Decoder converts to UTF-8. Only one chunk is held.
class InputBuf : public std::streambuf {
 public:
  InputBuf(gzFile gz, std::string head, std::unique_ptr<Decoder> decoder, bool at_eof,
           std::atomic<uint64_t>& bytes_read, Status& status)
      : gz_(gz),
        buf_(std::move(head)),
        decoder_(std::move(decoder)),
        eof_(at_eof),
        bytes_read_(bytes_read),
        status_(status) {
    setg(buf_.data(), buf_.data(), buf_.data() + buf_.size());
  }

 protected:
  int_type underflow() override {
    while (gptr() == egptr()) {
      if (eof_) return traits_type::eof();
      Refill();
    }
    return traits_type::to_int_type(*gptr());
  }

 private:
  void Refill() {
    buf_.clear();
    char raw[kChunk];
    const int n = gzread(gz_, raw, sizeof raw);
    bytes_read_ = static_cast<uint64_t>(std::max<z_off_t>(gzoffset(gz_), 0));
    if (n < 0) {
      int errnum = 0;
      const char* message = gzerror(gz_, &errnum);
      status_ = Status::IoError(errnum == Z_ERRNO ? std::strerror(errno) : std::string("corrupt gzip data: ") + message);
      eof_ = true;
    } else if (n == 0) {
      eof_ = true;
      int errnum = 0;
      gzerror(gz_, &errnum);
      // zlib reports a stream cut off before its end as Z_BUF_ERROR once the file is exhausted.
      if (errnum == Z_BUF_ERROR) status_ = Status::Corruption("truncated gzip data (unexpected end of file)");
    }
    if (decoder_) {
      if (Status s = decoder_->Convert(std::string_view(raw, n > 0 ? n : 0), eof_, buf_); !s.ok()) {
        status_ = s;
        eof_ = true;
      }
    } else if (n > 0) {
      buf_.assign(raw, static_cast<size_t>(n));
    }
    setg(buf_.data(), buf_.data(), buf_.data() + buf_.size());
  }

  gzFile gz_;
  std::string buf_;
  std::unique_ptr<Decoder> decoder_;
  bool eof_;
  std::atomic<uint64_t>& bytes_read_;
  Status& status_;
};

class GzInput : public InputStream {
 public:
  GzInput(std::string path, gzFile gz) : path_(std::move(path)), gz_(gz), in_(nullptr) {}
  ~GzInput() override {
    in_.rdbuf(nullptr);
    buf_.reset();
    gzclose_r(gz_);
  }

  // Reads the raw head, chooses the charset and sets up the stream.
  Status Start() {
    std::string raw;
    bool at_eof = false;
    char chunk[kChunk];
    while (raw.size() < kSniffHeadSize) {
      const int n = gzread(gz_, chunk, static_cast<unsigned>(std::min(sizeof chunk, kSniffHeadSize - raw.size())));
      if (n <= 0) {
        at_eof = true;
        int errnum = 0;
        const char* message = gzerror(gz_, &errnum);
        if (n < 0) {
          return errnum == Z_ERRNO ? Status::IoError(std::strerror(errno))
                                   : Status::Corruption(std::string("corrupt gzip data: ") + message);
        }
        if (errnum == Z_BUF_ERROR) status_ = Status::Corruption("truncated gzip data (unexpected end of file)");
        break;
      }
      raw.append(chunk, static_cast<size_t>(n));
    }
    compressed_ = gzdirect(gz_) == 0;
    bytes_read_ = static_cast<uint64_t>(std::max<z_off_t>(gzoffset(gz_), 0));

    std::unique_ptr<Decoder> decoder;
    EG_RETURN_IF_ERROR(ChooseCharset(raw, at_eof, decoder));
    if (decoder) {
      EG_RETURN_IF_ERROR(decoder->Convert(raw, at_eof, head_));
      charset_ = decoder->name();
    } else {
      head_ = std::move(raw);
    }
    buf_ = std::make_unique<InputBuf>(gz_, head_, std::move(decoder), at_eof, bytes_read_, status_);
    in_.rdbuf(buf_.get());
    return Status::Ok();
  }

  const std::string& path() const override { return path_; }
  std::string_view SniffPath() const override {
    std::string_view p = path_;
    if (p.size() > 3 && EqualsIgnoreCase(p.substr(p.size() - 3), ".gz")) p.remove_suffix(3);
    return p;
  }
  std::string_view head() const override { return head_; }
  std::istream& stream() override { return in_; }
  const std::string& charset() const override { return charset_; }
  bool compressed() const override { return compressed_; }
  uint64_t BytesRead() const override { return bytes_read_; }
  Status status() const override { return status_; }

 private:
  // Decides how the content becomes UTF-8 (registry.h states the rules). Drops a UTF-8 byte order
  // mark from `raw`; sets `decoder` when the content must be converted.
  Status ChooseCharset(std::string& raw, bool at_eof, std::unique_ptr<Decoder>& decoder) {
    charset_ = "UTF-8";
    if (raw.starts_with(kUtf8Bom)) {
      raw.erase(0, kUtf8Bom.size());
      return Status::Ok();
    }
    const std::string_view bytes = raw;
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
      // ICU's "UTF-16" reads the byte order mark and drops it.
      EG_ASSIGN_OR_RETURN(decoder, Decoder::Open("UTF-16"));
      return Status::Ok();
    }
    if (LooksBinary(bytes)) {
      charset_ = "binary";
      return Status::Ok();
    }
    const std::optional<size_t> bad = FindInvalidUtf8(bytes);
    // A character cut by the 64 KiB boundary is not an error: the rest follows.
    const bool valid = !bad || (!at_eof && *bad + 4 > bytes.size());
    const bool ascii = std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    std::string declared = CanonicalLabel(DeclaredCharset(bytes));
    if (IsUtf8Label(declared)) declared.clear();
    if (valid && (!ascii || declared.empty())) return Status::Ok();
    if (valid && ascii) {
      // ASCII so far; what follows is in the declared charset.
      EG_ASSIGN_OR_RETURN(decoder, Decoder::Open(declared));
      return Status::Ok();
    }
    if (declared.empty()) declared = "windows-1252";
    auto opened = Decoder::Open(declared);
    if (!opened.ok()) {
      return Status::Unsupported("not valid UTF-8 at byte " + std::to_string(*bad) +
                                 ", and the declared charset '" + declared + "' is unknown");
    }
    decoder = std::move(opened).value();
    return Status::Ok();
  }

  std::string path_;
  gzFile gz_;
  std::string head_;
  std::string charset_ = "UTF-8";
  bool compressed_ = false;
  std::atomic<uint64_t> bytes_read_{0};
  Status status_;
  std::unique_ptr<InputBuf> buf_;
  std::istream in_;
};

}  // namespace

const std::vector<std::unique_ptr<Importer>>& Importers() {
  // Leaked on purpose, so that it outlives any static object that still uses an importer at exit.
  static const auto* const importers = [] {
    auto* list = new std::vector<std::unique_ptr<Importer>>();
    list->push_back(NewTextImporter());
    list->push_back(NewHtmlImporter());
    list->push_back(NewFeedImporter());
    list->push_back(NewJsonlImporter());
    list->push_back(NewAcledImporter());
    list->push_back(NewGdeltImporter());
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
  for (const auto& importer : Importers()) {
    const int score = importer->Sniff(path, content);
    if (score > best_score) {
      best = importer.get();
      best_score = score;
    }
  }
  return best;
}

std::vector<InputEntry> ExpandInputs(const std::vector<std::string>& paths) {
  std::vector<InputEntry> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back({path, std::nullopt, Status::Ok()});
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec) {
      out.push_back(FailedEntry(path, ec.message()));
    } else if (fs::is_directory(st)) {
      std::set<fs::path> active;
      WalkDirectory(path, active, out);
    } else {
      // A path named on the command line is read whatever it is (a FIFO from "<(...)" included),
      // hidden or not: the user asked for it.
      std::optional<uint64_t> size;
      if (fs::is_regular_file(st)) {
        const uintmax_t n = fs::file_size(path, ec);
        if (!ec) size = n;
      }
      out.push_back({path, size, Status::Ok()});
    }
  }
  return out;
}

Result<std::unique_ptr<InputStream>> OpenInput(const std::string& path) {
  const bool is_stdin = path == "-";
  const std::string name = is_stdin ? "standard input" : path;
  // POSIX open rather than gzopen, so that the error carries errno's reason; standard input is
  // duplicated so that closing the input leaves it open.
  const int fd = is_stdin ? ::dup(STDIN_FILENO) : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(name + ": " + std::strerror(errno));
  gzFile gz = gzdopen(fd, "rb");
  if (!gz) {
    ::close(fd);
    return Status::IoError(name + ": cannot start reading");
  }
  gzbuffer(gz, 128 * 1024);
  auto input = std::make_unique<GzInput>(path, gz);
  if (Status s = input->Start(); !s.ok()) return s.WithPrefix(name);
  return std::unique_ptr<InputStream>(std::move(input));
}

void ForEachInput(const std::vector<std::string>& paths,
                  const std::function<void(const std::string& path, Result<std::string> content)>& visit) {
  for (const InputEntry& entry : ExpandInputs(paths)) {
    if (!entry.error.ok()) {
      visit(entry.path, entry.error);
      continue;
    }
    auto input = OpenInput(entry.path);
    if (!input.ok()) {
      visit(entry.path, input.status());
      continue;
    }
    std::istream& in = (*input)->stream();
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const Status s = (*input)->status();
    if (!s.ok()) {
      visit(entry.path, s.WithPrefix(entry.path == "-" ? "standard input" : entry.path));
    } else {
      visit(entry.path, std::move(content));
    }
  }
}

}  // namespace eg
