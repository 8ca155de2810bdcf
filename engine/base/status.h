// Status and Result<T>: how every fallible operation in eventgraph reports failure.
//
// A Status is OK or carries a code and a human-readable message that names what failed and why
// ("examples/a.txt: not valid UTF-8 at byte 120"). Result<T> holds either a value or a non-OK
// Status. Both are cheap to move and are [[nodiscard]]: ignoring one is a compile warning.
// Thread safety: values only; no shared state.
#ifndef EVENTGRAPH_ENGINE_BASE_STATUS_H_
#define EVENTGRAPH_ENGINE_BASE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace eg {

enum class StatusCode : int {
  kOk = 0,
  kInvalidArgument = 1,  // the caller's input is wrong (bad date, bad option)
  kNotFound = 2,
  kCorruption = 3,       // stored data or a file is not what its format says
  kIoError = 4,
  kBusy = 5,             // a resource (the store's lock) is held by someone else
  kUnsupported = 6,      // a format or feature we do not handle
  kInternal = 7,
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status Corruption(std::string m) { return {StatusCode::kCorruption, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status Busy(std::string m) { return {StatusCode::kBusy, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "OK", or "<Code name>: <message>".
  std::string ToString() const;

  // A copy whose message is "<prefix>: <message>"; OK stays OK.
  Status WithPrefix(std::string_view prefix) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok() && "a Result built from a Status must carry an error");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace eg

#define EG_CONCAT_INNER_(a, b) a##b
#define EG_CONCAT_(a, b) EG_CONCAT_INNER_(a, b)

#define EG_RETURN_IF_ERROR(expr)            \
  do {                                      \
    ::eg::Status eg_status_ = (expr);       \
    if (!eg_status_.ok()) return eg_status_; \
  } while (0)

#define EG_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  if (!tmp.ok()) return tmp.status();             \
  lhs = std::move(tmp).value()

// Declares or assigns `lhs` from a Result, returning its Status on failure. It expands to several
// statements: inside an if/else, use braces.
#define EG_ASSIGN_OR_RETURN(lhs, expr) \
  EG_ASSIGN_OR_RETURN_IMPL_(EG_CONCAT_(eg_result_, __LINE__), lhs, expr)

#endif  // EVENTGRAPH_ENGINE_BASE_STATUS_H_
