// WordTable: a hash table from short strings (word forms) to values, for the lexicons and word lists
// that extraction consults several times per token. Keys are copied into one buffer owned by the
// table; lookups take a string_view and never allocate. Open addressing with linear probing over a
// power-of-two array of slots that store the full 64-bit hash, so a probe compares bytes only when
// the hashes agree.
//
// Built once, then read: Insert() may reallocate (invalidating pointers Find() returned); Find() is
// const and safe for any number of concurrent readers once building is over.
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_WORDS_WORD_TABLE_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_WORDS_WORD_TABLE_H_

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace eg {

// FNV-1a over the bytes, finished with a multiply-xorshift so that the low bits (the slot index)
// depend on every byte.
inline uint64_t HashWord(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  return h;
}

template <typename V>
class WordTable {
 public:
  WordTable() = default;

  // The value of `key`, inserted default-constructed when absent.
  V& operator[](std::string_view key) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    uint64_t h = HashWord(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (!s.used) {
        s.used = true;
        s.hash = h;
        s.offset = static_cast<uint32_t>(keys_.size());
        s.size = static_cast<uint32_t>(key.size());
        keys_.append(key);
        ++size_;
        return s.value;
      }
      if (s.hash == h && KeyOf(s) == key) return s.value;
    }
  }

  // Inserts `key` with `value` unless present; returns whether it was inserted.
  bool Insert(std::string_view key, V value) {
    size_t before = size_;
    V& v = (*this)[key];
    if (size_ == before) return false;
    v = std::move(value);
    return true;
  }

  // The value of `key`, or nullptr. With `stored`, also the table's own copy of the key, which
  // lives as long as the table and is not moved by lookups.
  const V* Find(std::string_view key, std::string_view* stored = nullptr) const {
    if (slots_.empty()) return nullptr;
    uint64_t h = HashWord(key);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == h && KeyOf(s) == key) {
        if (stored != nullptr) *stored = KeyOf(s);
        return &s.value;
      }
    }
  }

  bool Contains(std::string_view key) const { return Find(key) != nullptr; }
  size_t size() const { return size_; }

  // Calls fn(key, value) for every entry, in no particular order.
  template <typename Fn>
  void ForEach(Fn fn) const {
    for (const Slot& s : slots_) {
      if (s.used) fn(KeyOf(s), s.value);
    }
  }
  template <typename Fn>
  void ForEach(Fn fn) {
    for (Slot& s : slots_) {
      if (s.used) fn(KeyOf(s), s.value);
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0;
    uint32_t size = 0;
    bool used = false;
    V value{};
  };

  std::string_view KeyOf(const Slot& s) const {
    return std::string_view(keys_.data() + s.offset, s.size);
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    size_t mask = slots_.size() - 1;
    for (Slot& s : old) {
      if (!s.used) continue;
      size_t i = s.hash & mask;
      while (slots_[i].used) i = (i + 1) & mask;
      slots_[i] = std::move(s);
    }
  }

  std::vector<Slot> slots_;
  std::string keys_;
  size_t size_ = 0;
};

// A set of words, for the fixed word lists of the recognizers.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) table_.Insert(w, true);
  }
  void Insert(std::string_view w) { table_.Insert(w, true); }
  bool Contains(std::string_view w) const { return table_.Find(w) != nullptr; }
  size_t size() const { return table_.size(); }

 private:
  WordTable<bool> table_;
};

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_WORDS_WORD_TABLE_H_
