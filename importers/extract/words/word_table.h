// WordTable: a hash table from short strings (word forms) to values, for the lexicons and word
// lists that extraction consults several times per token. Keys are copied into one buffer owned by
// the table; lookups take a string_view and never allocate. Open addressing with linear probing
// over a power-of-two array of slots that store the full 64-bit hash, so a probe compares bytes
// only when the hashes agree.
//
// Built once, then read: Insert() may reallocate (invalidating pointers Find() returned); Find() is
// const and safe for any number of concurrent readers once building is over.
//
// Each key is stored after the 4-byte number of its slot, so that a view of a stored key (as
// Find() gives it back) leads to its value without hashing: see FindStored().
#ifndef EVENTGRAPH_IMPORTERS_EXTRACT_WORDS_WORD_TABLE_H_
#define EVENTGRAPH_IMPORTERS_EXTRACT_WORDS_WORD_TABLE_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace eg {

// The last `n` < 8 bytes at `p` as one little-endian integer (byte i in bits 8i..8i+7), read with
// at most two overlapping loads instead of a loop over the bytes: most words end in such a tail.
// Overlapping bytes land on the same bits with the same value, so OR-ing the loads is exact.
[[gnu::always_inline]] inline uint64_t TailBytes(const char* p, size_t n) {
  if constexpr (std::endian::native == std::endian::little) {
    if (n >= 4) {
      uint32_t lo, hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      return static_cast<uint64_t>(lo) | (static_cast<uint64_t>(hi) << (8 * (n - 4)));
    }
    if (n >= 2) {
      uint16_t lo, hi;
      std::memcpy(&lo, p, 2);
      std::memcpy(&hi, p + n - 2, 2);
      return static_cast<uint64_t>(lo) | (static_cast<uint64_t>(hi) << (8 * (n - 2)));
    }
    return n == 1 ? static_cast<unsigned char>(p[0]) : 0;
  }
  uint64_t v = 0;
  for (size_t i = 0; i < n; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}

// Eight bytes at a time, each block multiplied in and folded; the tail is packed into one more
// block. Word forms are short, so this is a few multiplications per lookup.
inline uint64_t HashWord(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (static_cast<uint64_t>(n) * 0xff51afd7ed558ccdull);
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  const uint64_t v = TailBytes(p, n);
  h = (h ^ v) * 0x94d049bb133111ebull;
  h ^= h >> 32;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 29;
  return h;
}

// Byte equality for short keys without a call into the C library.
[[gnu::always_inline]] inline bool SameWord(const char* a, const char* b, size_t n) {
  while (n >= 8) {
    uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    if (x != y) return false;
    a += 8;
    b += 8;
    n -= 8;
  }
  return TailBytes(a, n) == TailBytes(b, n);
}

// Byte masks over eight ASCII bytes at once, for the tokenizers, which look at every byte of the
// text. kHighBits marks bit 7 of each byte; the masks below set bit 7 of the bytes they find.
constexpr uint64_t kHighBits = 0x8080808080808080ull;

// The ASCII capitals of `x`: in each byte whose top bit is clear (ASCII), bit 7 of low7 + 0x3F
// says "at least 'A'" and of low7 + 0x25 "above 'Z'"; where the first holds and the second does
// not, the byte is a capital. No byte carries into the next. (x | AsciiCapitals(x) >> 2 folds
// them to small letters.)
[[gnu::always_inline]] inline uint64_t AsciiCapitals(uint64_t x) {
  const uint64_t low7 = x & ~kHighBits;
  return (low7 + 0x3F3F3F3F3F3F3F3Full) & ~(low7 + 0x2525252525252525ull) & ~x & kHighBits;
}

// The ASCII letters of `x`: with 0x20 set, capitals and small letters both land in 'a'..'z' and
// no other byte does.
[[gnu::always_inline]] inline uint64_t AsciiLetters(uint64_t x) {
  const uint64_t low7 = (x | 0x2020202020202020ull) & ~kHighBits;
  return (low7 + 0x1F1F1F1F1F1F1F1Full) & ~(low7 + 0x0505050505050505ull) & ~x & kHighBits;
}

// The number of bytes whose bit 7 is set in a mask of such bits: the bits moved to bit 0 of their
// bytes and summed into the top byte by one multiplication (std::popcount is a library call
// without the POPCNT instruction, which the build does not assume).
[[gnu::always_inline]] inline int CountMarked(uint64_t bits) {
  return static_cast<int>(((bits >> 7) * 0x0101010101010101ull) >> 56);
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
        NoteShape(key);
        const auto slot = static_cast<uint32_t>(i);
        keys_.append(reinterpret_cast<const char*>(&slot), sizeof slot);
        s.offset = static_cast<uint32_t>(keys_.size());
        s.size = static_cast<uint32_t>(key.size());
        keys_.append(key);
        if (!filter_.empty()) FilterAdd(h);
        ++size_;
        return s.value;
      }
      if (s.hash == h && Matches(s, key)) return s.value;
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
  //
  // Most lookups in a short word list are for words it does not hold: a length, or a first byte
  // with that length, that no key has answers without hashing. That test is inlined into the
  // caller (an empty table holds no length, so it answers for it too); only the probe is a call.
  [[gnu::always_inline]] const V* Find(std::string_view key,
                                       std::string_view* stored = nullptr) const {
    if (!MayHold(key)) return nullptr;
    return Probe(key, stored);
  }

  // The same answer as Find(key). When `key` is a view of this table's own copy of a key (the
  // `stored` view of Find(), which lexicons hand out as lemmas), the value is reached through the
  // slot number stored before the key, without hashing or comparing bytes; any other view is
  // looked up as Find() does.
  const V* FindStored(std::string_view key) const {
    const auto at = reinterpret_cast<uintptr_t>(key.data());
    const auto begin = reinterpret_cast<uintptr_t>(keys_.data());
    if (at >= begin + sizeof(uint32_t) && at < begin + keys_.size()) {
      uint32_t slot;
      std::memcpy(&slot, key.data() - sizeof slot, sizeof slot);
      if (slot < slots_.size()) {
        const Slot& s = slots_[slot];
        if (s.used && s.offset == at - begin && s.size == key.size()) return &s.value;
      }
    }
    return Find(key);
  }

  [[gnu::always_inline]] bool Contains(std::string_view key) const { return Find(key) != nullptr; }
  size_t size() const { return size_; }

  // Makes room for `keys` keys of `bytes` bytes in all without growing again, for tables built
  // per document whose size is known in advance.
  void Reserve(size_t keys, size_t bytes = 0) {
    size_t slots = slots_.empty() ? 16 : slots_.size();
    while ((keys + 1) * 2 > slots) slots *= 2;
    if (slots > slots_.size()) Grow(slots);
    keys_.reserve(bytes + keys * sizeof(uint32_t));
  }

  // Puts a filter of 2^`bits_log2` bits (6 to 32) in front of the slots, one bit set per key's
  // hash: a lookup of a key the table lacks then mostly ends at one bit of a small array that
  // stays in the cache, instead of at a slot of a large table, a cache miss. For large tables
  // asked mostly about keys they lack (a gazetteer asked about every capitalized word). Keys
  // inserted later are added to it.
  void AddFilter(int bits_log2) {
    filter_.assign(size_t{1} << (bits_log2 - 6), 0);
    filter_shift_ = 64 - bits_log2;
    for (const Slot& s : slots_) {
      if (s.used) FilterAdd(s.hash);
    }
  }

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
  // Find() once the shape test has passed: hashes `key` and probes. Not inlined, so that the
  // many call sites stay small.
  [[gnu::noinline]] const V* Probe(std::string_view key, std::string_view* stored) const {
    uint64_t h = HashWord(key);
    if (!filter_.empty() && !FilterHas(h)) return nullptr;
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == h && Matches(s, key)) {
        if (stored != nullptr) *stored = KeyOf(s);
        return &s.value;
      }
    }
  }

  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0;
    uint32_t size = 0;
    bool used = false;
    V value{};
  };

  void NoteShape(std::string_view key) {
    const uint64_t length_bit = uint64_t{1} << (key.size() < 63 ? key.size() : 63);
    lengths_ |= length_bit;
    if (key.empty()) return;
    shapes_[static_cast<unsigned char>(key.front()) & 63] |= length_bit;
    ends_[static_cast<unsigned char>(key.back()) & 63] |= length_bit;
  }

  // The length alone, then the first and the last byte each together with the length: a list of
  // a few hundred words has a few hundred such pairs, so most words it lacks are turned away
  // before hashing.
  [[gnu::always_inline]] bool MayHold(std::string_view key) const {
    const uint64_t length_bit = uint64_t{1} << (key.size() < 63 ? key.size() : 63);
    if ((lengths_ & length_bit) == 0) return false;
    if (key.empty()) return true;
    return (shapes_[static_cast<unsigned char>(key.front()) & 63] &
            ends_[static_cast<unsigned char>(key.back()) & 63] & length_bit) != 0;
  }

  bool Matches(const Slot& s, std::string_view key) const {
    return s.size == key.size() && SameWord(keys_.data() + s.offset, key.data(), key.size());
  }

  std::string_view KeyOf(const Slot& s) const {
    return std::string_view(keys_.data() + s.offset, s.size);
  }

  // Rehashes into `slots` slots (a power of two, more than twice the keys), or twice as many as
  // now when 0.
  void Grow(size_t slots = 0) {
    std::vector<Slot> old = std::move(slots_);
    if (slots == 0) slots = old.empty() ? 16 : old.size() * 2;
    slots_.assign(slots, Slot{});
    size_t mask = slots_.size() - 1;
    for (Slot& s : old) {
      if (!s.used) continue;
      size_t i = s.hash & mask;
      while (slots_[i].used) i = (i + 1) & mask;
      const auto slot = static_cast<uint32_t>(i);
      std::memcpy(keys_.data() + s.offset - sizeof slot, &slot, sizeof slot);
      slots_[i] = std::move(s);
    }
  }

  std::vector<Slot> slots_;
  std::string keys_;  // per key: its slot number (4 bytes, native order), then its bytes
  size_t size_ = 0;
  uint64_t lengths_ = 0;  // bit n: a key of n bytes (63: 63 or more)
  // shapes_[b & 63], bit n: a key of n bytes (63: 63 or more) whose first byte is b (modulo 64);
  // ends_ the same for the last byte.
  uint64_t shapes_[64] = {};
  uint64_t ends_[64] = {};
  // With AddFilter(): one bit per class of hash values, set for every key.
  std::vector<uint64_t> filter_;
  int filter_shift_ = 64;

  // The filter's bit of hash `h` is picked by its high bits, which the slot index (the low bits)
  // does not use.
  bool FilterHas(uint64_t h) const {
    const uint64_t bit = h >> filter_shift_;
    return (filter_[bit >> 6] >> (bit & 63)) & 1;
  }
  void FilterAdd(uint64_t h) {
    const uint64_t bit = h >> filter_shift_;
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
};

// A set of words, for the fixed word lists of the recognizers.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) table_.Insert(w, true);
  }
  void Insert(std::string_view w) { table_.Insert(w, true); }
  void Reserve(size_t words, size_t bytes = 0) { table_.Reserve(words, bytes); }
  [[gnu::always_inline]] bool Contains(std::string_view w) const { return table_.Contains(w); }
  size_t size() const { return table_.size(); }

 private:
  WordTable<bool> table_;
};

}  // namespace eg

#endif  // EVENTGRAPH_IMPORTERS_EXTRACT_WORDS_WORD_TABLE_H_
