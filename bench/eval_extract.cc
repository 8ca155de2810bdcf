// eval_extract: measures the extraction (importers/extract) against hand annotation and on news.
//
//   eval_extract meantime [DIR]   MEANTIME CAT XML (default ../shared/data/meantime-apple): entity
//                                 mention F1 by kind (a predicted mention of the kind overlapping
//                                 the gold mention's head, one to one), event mention F1 (trigger token inside the
//                                 gold mention), participant F1 (HAS_PARTICIPANT pairs, the entity
//                                 matched through REFERS_TO), time anchoring accuracy (gold TLINKs
//                                 between an event and a DATE timex, incl. the DCT). Sentences 0-5.
//   eval_extract guardian [FILE]  JSON Lines articles: events, share with a time, a place and a
//                                 participant, and extraction throughput on one core.
//   eval_extract show FILE        One MEANTIME file: its text with the predicted mentions inline
//                                 and the emitted events.
//   eval_extract sample N [FILE]  N events drawn evenly from the JSON Lines, for hand checking.
//   eval_extract mentions FILE DCT  The event mentions of a plain-text file, before merging.
//
// The gold text is rebuilt from the tokens (spaces between tokens except before punctuation), the
// title and dateline each on a line of their own, the body as one paragraph.
#include <expat.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "engine/base/ids.h"
#include "engine/graph/graph.h"
#include "engine/model/article.h"
#include "engine/model/time_span.h"
#include "importers/extract/extract.h"
#include "importers/jsonl/jsonl_importer.h"

namespace fs = std::filesystem;

namespace {

constexpr int kMaxSentence = 5;

struct GoldToken {
  std::string text;
  int sentence = 0;
  size_t begin = 0;
  size_t end = 0;
};

struct Markable {
  std::string tag;  // ENTITY_MENTION, EVENT_MENTION, TIMEX3, ...
  std::map<std::string, std::string> attrs;
  std::vector<int> tokens;  // t_ids
};

struct Link {
  std::string tag;
  std::string type;  // reltype or sem_role
  std::string source;                // the first source
  std::vector<std::string> sources;  // REFERS_TO links list every coreferent mention as a source
  std::vector<std::string> targets;
};

struct GoldDoc {
  std::string name;
  std::map<int, GoldToken> tokens;
  std::vector<int> order;
  std::map<std::string, Markable> markables;  // by m_id
  std::vector<Link> links;
  std::string dct;
};

struct ParseState {
  GoldDoc* doc = nullptr;
  std::string text;
  int token_id = -1;
  int token_sentence = 0;
  bool in_markables = false;
  bool in_relations = false;
  Markable* current = nullptr;
  Link* link = nullptr;
};

std::map<std::string, std::string> Attrs(const XML_Char** atts) {
  std::map<std::string, std::string> out;
  for (int i = 0; atts[i] != nullptr; i += 2) out[atts[i]] = atts[i + 1];
  return out;
}

void XMLCALL OnStart(void* data, const XML_Char* name, const XML_Char** atts) {
  auto* st = static_cast<ParseState*>(data);
  std::string tag = name;
  auto a = Attrs(atts);
  if (tag == "token") {
    st->token_id = std::stoi(a["t_id"]);
    st->token_sentence = std::stoi(a["sentence"]);
    st->text.clear();
  } else if (tag == "Markables") {
    st->in_markables = true;
  } else if (tag == "Relations") {
    st->in_relations = true;
  } else if (st->in_markables && tag == "token_anchor" && st->current != nullptr) {
    st->current->tokens.push_back(std::stoi(a["t_id"]));
  } else if (st->in_markables && a.contains("m_id")) {
    Markable& m = st->doc->markables[a["m_id"]];
    m.tag = tag;
    m.attrs = a;
    st->current = &m;
    if (tag == "TIMEX3" && a["functionInDocument"] == "CREATION_TIME") st->doc->dct = a["value"];
  } else if (st->in_relations && (tag == "HAS_PARTICIPANT" || tag == "TLINK" || tag == "REFERS_TO")) {
    st->doc->links.push_back({tag, a.contains("reltype") ? a["reltype"] : a["sem_role"], "", {}, {}});
    st->link = &st->doc->links.back();
  } else if (st->in_relations && st->link != nullptr && tag == "source") {
    if (st->link->source.empty()) st->link->source = a["m_id"];
    st->link->sources.push_back(a["m_id"]);
  } else if (st->in_relations && st->link != nullptr && tag == "target") {
    st->link->targets.push_back(a["m_id"]);
  }
}

void XMLCALL OnEnd(void* data, const XML_Char* name) {
  auto* st = static_cast<ParseState*>(data);
  std::string tag = name;
  if (tag == "token" && st->token_id >= 0) {
    GoldToken t;
    t.text = st->text;
    t.sentence = st->token_sentence;
    st->doc->tokens[st->token_id] = t;
    st->doc->order.push_back(st->token_id);
    st->token_id = -1;
  } else if (tag == "Markables") {
    st->in_markables = false;
  } else if (tag == "Relations") {
    st->in_relations = false;
  } else if (st->current != nullptr && tag == st->current->tag) {
    st->current = nullptr;
  } else if (tag == "HAS_PARTICIPANT" || tag == "TLINK" || tag == "REFERS_TO") {
    st->link = nullptr;
  }
}

void XMLCALL OnText(void* data, const XML_Char* s, int len) {
  auto* st = static_cast<ParseState*>(data);
  if (st->token_id >= 0) st->text.append(s, static_cast<size_t>(len));
}

bool ReadGold(const fs::path& path, GoldDoc& doc) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string xml = ss.str();
  doc.name = path.filename().string();
  ParseState st;
  st.doc = &doc;
  XML_Parser p = XML_ParserCreate("UTF-8");
  XML_SetUserData(p, &st);
  XML_SetElementHandler(p, OnStart, OnEnd);
  XML_SetCharacterDataHandler(p, OnText);
  bool ok = XML_Parse(p, xml.data(), static_cast<int>(xml.size()), 1) != XML_STATUS_ERROR;
  if (!ok) std::cerr << path << ": " << XML_ErrorString(XML_GetErrorCode(p)) << "\n";
  XML_ParserFree(p);
  return ok;
}

bool NoSpaceBefore(const std::string& t) {
  static const std::set<std::string> kMarks = {",", ".", ";", ":", ")", "'s", "n't", "'", "?",
                                               "!", "%", "'re", "'ll", "'ve", "'m", "'d"};
  return kMarks.contains(t);
}

// Rebuilds the text, recording each token's offsets.
std::string BuildText(GoldDoc& doc) {
  std::string text;
  int prev_sentence = -1;
  bool after_open = false;
  bool quote_open = false;
  for (int id : doc.order) {
    GoldToken& t = doc.tokens[id];
    if (prev_sentence >= 0 && t.sentence != prev_sentence) {
      text += prev_sentence <= 1 ? "\n\n" : " ";
      after_open = false;
    } else if (prev_sentence >= 0) {
      bool closing_quote = t.text == "\"" && quote_open;
      if (!NoSpaceBefore(t.text) && !after_open && !closing_quote) text += " ";
    }
    after_open = t.text == "(" || (t.text == "\"" && !quote_open);
    if (t.text == "\"") quote_open = !quote_open;
    t.begin = text.size();
    text += t.text;
    t.end = text.size();
    prev_sentence = t.sentence;
  }
  return text;
}

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double P() const { return tp + fp == 0 ? 0 : double(tp) / double(tp + fp); }
  double R() const { return tp + fn == 0 ? 0 : double(tp) / double(tp + fn); }
  double F() const { return P() + R() == 0 ? 0 : 2 * P() * R() / (P() + R()); }
};

void PrintCounts(const std::string& what, const Counts& c) {
  std::printf("%-34s P %.3f  R %.3f  F1 %.3f   (tp %zu fp %zu fn %zu)\n", what.c_str(), c.P(),
              c.R(), c.F(), c.tp, c.fp, c.fn);
}

std::string KindOf(eg::EntityKind k) {
  switch (k) {
    case eg::EntityKind::kPerson:
      return "PER";
    case eg::EntityKind::kGroup:  // people named by a common noun ("500 Apple engineers")
      return "PER";
    case eg::EntityKind::kOrganization:
      return "ORG";
    default:
      return "LOC";
  }
}

bool Overlaps(size_t b1, size_t e1, size_t b2, size_t e2) { return b1 < e2 && b2 < e1; }

int Meantime(const fs::path& dir, bool verbose) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".xml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) {
    std::cerr << "no MEANTIME files in " << dir << "\n";
    return 1;
  }
  std::map<std::string, Counts> entity_by_kind;
  Counts entity_all, entity_names, events, events_emitted, participants;
  size_t participants_out_of_scope = 0;
  size_t anchor_total = 0, anchor_right = 0, anchor_open = 0, anchor_unfound = 0;
  std::map<std::string, std::pair<size_t, size_t>> anchor_by_rel;
  std::map<std::string, size_t> missed_events, spurious_events;
  for (const fs::path& path : files) {
    GoldDoc doc;
    if (!ReadGold(path, doc)) return 1;
    eg::Article article;
    article.id = doc.name;
    article.text = BuildText(doc);
    article.path = path.string();
    if (auto d = eg::ParseDate(doc.dct.substr(0, 10)); d.ok()) article.published = *d;
    size_t scored_end = 0;  // byte offset where sentence 6 starts
    for (int id : doc.order) {
      if (doc.tokens[id].sentence <= kMaxSentence) scored_end = doc.tokens[id].end;
    }
    eg::ExtractOptions bare;
    bare.keep_bare_events = true;
    auto x = eg::Extract(article, bare);
    auto emitted = eg::Extract(article);
    if (!x.ok() || !emitted.ok()) {
      std::cerr << (x.ok() ? emitted.status() : x.status()).ToString() << "\n";
      return 1;
    }
    auto in_scope = [&](const Markable& m) {
      if (m.tokens.empty()) return false;
      for (int t : m.tokens) {
        if (doc.tokens[t].sentence > kMaxSentence) return false;
      }
      return true;
    };
    auto span_of = [&](const Markable& m) {
      size_t b = SIZE_MAX, e = 0;
      for (int t : m.tokens) {
        b = std::min(b, doc.tokens[t].begin);
        e = std::max(e, doc.tokens[t].end);
      }
      return std::make_pair(b, e);
    };
    // Gold entity instances and their kinds.
    std::map<std::string, std::string> mention_instance;  // mention m_id -> instance m_id
    for (const Link& l : doc.links) {
      if (l.tag != "REFERS_TO") continue;
      if (l.targets.empty()) continue;
      for (const std::string& src : l.sources) mention_instance[src] = l.targets[0];
    }
    auto gold_kind = [&](const std::string& mid) -> std::string {
      auto it = mention_instance.find(mid);
      if (it == mention_instance.end()) return "";
      auto m = doc.markables.find(it->second);
      if (m == doc.markables.end()) return "";
      return m->second.attrs.count("ent_type") ? m->second.attrs.at("ent_type") : "";
    };
    // ---- entities --------------------------------------------------------------------------
    // MEANTIME marks every mention of an entity as the whole noun phrase (determiners, modifiers
    // and post-modifiers included) with a syntactic type (NAM, NOM, PRO, APP, CONJ, PTV, ...) and
    // often a head; composite mentions overlap their parts ("Apple CEO Steve Jobs" APP holds the
    // NAM "Steve Jobs", the NOM "CEO" and the PRE.NAM "Apple"). A mention is therefore scored by
    // its head: a predicted mention of the same kind that overlaps the gold head finds it, each
    // predicted and gold mention used once (a maximum matching). A composite that shares its head
    // and instance with one of its parts is one occurrence, counted once. Kinds we do not extract
    // (PRO products, FIN, MIX) are listed for recall only; the headline is PER+ORG+LOC.
    struct PredMention {
      size_t b, e;
      std::string kind;
      std::string entity;
    };
    std::vector<PredMention> pred;
    for (const eg::Entity& ent : x->entities) {
      for (const eg::Span& s : ent.mentions) {
        if (s.end <= scored_end) pred.push_back({s.begin, s.end, KindOf(ent.kind), ent.id});
      }
    }
    struct GoldMention {
      std::string kind;
      std::string syntactic;
      size_t b, e;    // the whole extent
      size_t hb, he;  // the head
    };
    auto capitalized = [&](int t) {
      const std::string& w = doc.tokens[t].text;
      return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
    };
    std::function<std::vector<int>(const Markable&)> head_of =
        [&](const Markable& m) -> std::vector<int> {
      std::vector<int> toks = m.tokens;
      std::sort(toks.begin(), toks.end());
      // The annotated head, when it is a token sequence of the mention.
      std::string head = m.attrs.count("head") ? m.attrs.at("head") : "";
      if (!head.empty()) {
        for (size_t i = 0; i < toks.size(); ++i) {
          std::string joined;
          for (size_t j = i; j < toks.size(); ++j) {
            joined += (j > i ? " " : "") + doc.tokens[toks[j]].text;
            if (joined == head) return std::vector<int>(toks.begin() + i, toks.begin() + j + 1);
            if (joined.size() >= head.size()) break;
          }
        }
      }
      static const std::set<std::string> kPostModifierStart = {
          ",", "of", "in", "at", "on", "for", "from", "with", "who", "which", "that", "(",
          "based", "born", "aged", "overseeing", "--"};
      static const std::set<std::string> kDeterminers = {"the", "a", "an", "The", "A", "An",
                                                          "this", "This", "these", "These"};
      const std::string type = m.attrs.count("syntactic_type") ? m.attrs.at("syntactic_type") : "";
      if (type == "APP") {
        // The name of the apposition: the name mention of the same instance inside it, else the
        // part before or after the comma that is a name, else the capitalized run that closes it
        // ("Apple CEO Steve Jobs", "retailer Best Buy").
        const std::string inst = mention_instance.count(m.attrs.at("m_id"))
                                     ? mention_instance.at(m.attrs.at("m_id"))
                                     : "";
        for (const auto& [other_id, other] : doc.markables) {
          if (other.tag != "ENTITY_MENTION" || other_id == m.attrs.at("m_id") || inst.empty()) {
            continue;
          }
          if (other.attrs.count("syntactic_type") == 0 || other.attrs.at("syntactic_type") != "NAM") {
            continue;
          }
          auto oi = mention_instance.find(other_id);
          if (oi == mention_instance.end() || oi->second != inst) continue;
          bool inside = !other.tokens.empty();
          for (int t : other.tokens) {
            inside = inside && std::find(toks.begin(), toks.end(), t) != toks.end();
          }
          if (inside) return head_of(other);
        }
        size_t comma = toks.size();
        for (size_t i = 0; i < toks.size(); ++i) {
          if (doc.tokens[toks[i]].text == ",") {
            comma = i;
            break;
          }
        }
        auto name_part = [&](size_t b, size_t e) -> std::vector<int> {
          while (b < e && kDeterminers.contains(doc.tokens[toks[b]].text)) ++b;
          if (b == e) return {};
          for (size_t i = b; i < e; ++i) {
            if (!capitalized(toks[i]) && doc.tokens[toks[i]].text != "-") return {};
          }
          return std::vector<int>(toks.begin() + b, toks.begin() + e);
        };
        if (comma < toks.size()) {
          size_t next = comma + 1;
          while (next < toks.size() && doc.tokens[toks[next]].text != ",") ++next;
          if (auto h = name_part(0, comma); !h.empty()) return h;
          if (auto h = name_part(comma + 1, next); !h.empty()) return h;
          toks.resize(comma);
        } else {
          size_t b = toks.size();
          while (b > 0 && (capitalized(toks[b - 1]) || doc.tokens[toks[b - 1]].text == "-")) --b;
          if (b < toks.size()) return std::vector<int>(toks.begin() + b, toks.end());
        }
      }
      // Otherwise the head closes the phrase before its post-modifiers, after a possessor
      // ("Apple 's iTunes"); a name keeps all its capitalized words, a noun phrase its last word.
      size_t end = toks.size();
      for (size_t i = 1; i < toks.size(); ++i) {
        if (kPostModifierStart.contains(doc.tokens[toks[i]].text)) {
          end = i;
          break;
        }
      }
      size_t begin = 0;
      for (size_t i = 0; i + 1 < end; ++i) {
        if (doc.tokens[toks[i]].text == "'s" || doc.tokens[toks[i]].text == "'") begin = i + 1;
      }
      if (type == "NAM" || type == "PRE.NAM") {
        while (begin + 1 < end && !capitalized(toks[begin])) ++begin;
        return std::vector<int>(toks.begin() + begin, toks.begin() + end);
      }
      if (type == "CONJ") return toks;  // no head: a set of its conjuncts
      return {toks[end - 1]};
    };
    std::vector<GoldMention> gold;
    {
      std::set<std::tuple<std::string, size_t, size_t>> seen;  // (instance, head)
      for (const auto& [mid, m] : doc.markables) {
        if (m.tag != "ENTITY_MENTION" || !in_scope(m)) continue;
        std::string kind = gold_kind(mid);
        if (kind.empty()) continue;
        std::vector<int> head = head_of(m);
        if (head.empty()) continue;
        GoldMention g;
        g.kind = kind;
        g.syntactic = m.attrs.count("syntactic_type") ? m.attrs.at("syntactic_type") : "";
        std::tie(g.b, g.e) = span_of(m);
        g.hb = SIZE_MAX;
        g.he = 0;
        for (int t : head) {
          g.hb = std::min(g.hb, doc.tokens[t].begin);
          g.he = std::max(g.he, doc.tokens[t].end);
        }
        auto inst = mention_instance.find(mid);
        if (!seen.insert({inst == mention_instance.end() ? mid : inst->second, g.hb, g.he}).second) {
          continue;
        }
        gold.push_back(g);
      }
      std::sort(gold.begin(), gold.end(),
                [](const GoldMention& a, const GoldMention& b) { return a.hb < b.hb; });
    }
    auto is_scored = [](const std::string& kind) {
      return kind == "PER" || kind == "ORG" || kind == "LOC";
    };
    auto looks_like_name = [&](const PredMention& p) {
      static const std::set<std::string> kNotNames = {"He", "She", "It", "Its", "They", "Their",
                                                       "His", "Her", "I", "The", "This", "We"};
      std::string first = article.text.substr(p.b, p.e - p.b);
      first = first.substr(0, first.find(' '));
      return std::isupper(static_cast<unsigned char>(article.text[p.b])) &&
             !kNotNames.contains(first);
    };
    // Maximum one-to-one matching of gold heads and predicted mentions of the same kind.
    auto score_entities = [&](bool names_only, bool by_kind, Counts& all) {
      std::vector<size_t> golds, preds;
      for (size_t g = 0; g < gold.size(); ++g) {
        if (names_only && gold[g].syntactic != "NAM" && gold[g].syntactic != "PRE.NAM" &&
            gold[g].syntactic != "APP") {
          continue;
        }
        golds.push_back(g);
      }
      for (size_t p = 0; p < pred.size(); ++p) {
        if (!names_only || looks_like_name(pred[p])) preds.push_back(p);
      }
      std::vector<std::vector<size_t>> edges(golds.size());
      for (size_t gi = 0; gi < golds.size(); ++gi) {
        const GoldMention& g = gold[golds[gi]];
        for (size_t pi = 0; pi < preds.size(); ++pi) {
          const PredMention& p = pred[preds[pi]];
          if (p.kind == g.kind && Overlaps(g.hb, g.he, p.b, p.e)) edges[gi].push_back(pi);
        }
      }
      std::vector<int> pred_gold(preds.size(), -1);
      std::function<bool(size_t, std::vector<bool>&)> augment = [&](size_t gi,
                                                                    std::vector<bool>& seen) {
        for (size_t pi : edges[gi]) {
          if (seen[pi]) continue;
          seen[pi] = true;
          if (pred_gold[pi] < 0 || augment(static_cast<size_t>(pred_gold[pi]), seen)) {
            pred_gold[pi] = static_cast<int>(gi);
            return true;
          }
        }
        return false;
      };
      std::vector<bool> gold_hit(golds.size(), false);
      for (size_t gi = 0; gi < golds.size(); ++gi) {
        std::vector<bool> seen(preds.size(), false);
        augment(gi, seen);
      }
      for (int gi : pred_gold) {
        if (gi >= 0) gold_hit[static_cast<size_t>(gi)] = true;
      }
      const bool verbose_ent = by_kind && std::getenv("EG_VERBOSE_ENT") != nullptr;
      for (size_t gi = 0; gi < golds.size(); ++gi) {
        const GoldMention& g = gold[golds[gi]];
        bool hit = gold_hit[gi];
        if (by_kind) (hit ? entity_by_kind[g.kind].tp : entity_by_kind[g.kind].fn)++;
        if (!is_scored(g.kind)) continue;
        (hit ? all.tp : all.fn)++;
        if (!hit && verbose_ent) {
          std::printf("  entity fn %s %s [%s] %s  (%s)\n", g.kind.c_str(), g.syntactic.c_str(),
                      article.text.substr(g.hb, g.he - g.hb).c_str(),
                      article.text.substr(g.b, g.e - g.b).c_str(), doc.name.substr(0, 12).c_str());
        }
      }
      for (size_t pi = 0; pi < preds.size(); ++pi) {
        if (pred_gold[pi] >= 0) continue;
        const PredMention& p = pred[preds[pi]];
        all.fp++;
        if (by_kind) entity_by_kind[p.kind].fp++;
        if (verbose_ent) {
          std::printf("  entity fp %s %s  (%s)\n", p.kind.c_str(),
                      article.text.substr(p.b, p.e - p.b).c_str(), doc.name.substr(0, 12).c_str());
        }
      }
    };
    score_entities(false, true, entity_all);
    score_entities(true, false, entity_names);
    // ---- events ------------------------------------------------------------------------------
    auto score_events = [&](const std::vector<eg::Event>& evs, Counts& c, bool record,
                            std::map<std::string, int>* match) {
      std::vector<bool> used(evs.size(), false);
      for (const auto& [mid, m] : doc.markables) {
        if (m.tag != "EVENT_MENTION" || !in_scope(m)) continue;
        auto [b, e] = span_of(m);
        // A mention may be discontinuous ("took ... off", two coordinated verbs annotated as
        // one): the trigger must fall on one of its own tokens, not on the words between them.
        auto on_tokens = [&](const eg::Span& t) {
          return std::any_of(m.tokens.begin(), m.tokens.end(), [&](int id) {
            return Overlaps(doc.tokens[id].begin, doc.tokens[id].end, t.begin, t.end);
          });
        };
        int hit = -1;
        for (size_t i = 0; i < evs.size() && hit < 0; ++i) {
          const eg::Span& t = evs[i].evidence[0].trigger;
          if (!used[i] && on_tokens(t)) hit = static_cast<int>(i);
        }
        if (hit >= 0) {
          used[static_cast<size_t>(hit)] = true;
          c.tp++;
          if (match != nullptr) (*match)[mid] = hit;
        } else {
          c.fn++;
          if (record) missed_events[article.text.substr(b, e - b)]++;
          if (record && std::getenv("EG_VERBOSE_EV") != nullptr) {
            size_t from = b > 60 ? b - 60 : 0;
            std::printf("  event fn %s [%s] ...%s\n", doc.name.substr(0, 12).c_str(),
                        article.text.substr(b, e - b).c_str(),
                        article.text.substr(from, std::min(e + 40, article.text.size()) - from).c_str());
          }
        }
      }
      for (size_t i = 0; i < evs.size(); ++i) {
        if (used[i] || evs[i].evidence[0].trigger.end > scored_end) continue;
        c.fp++;
        if (record) spurious_events[evs[i].evidence[0].trigger_text]++;
        if (record && std::getenv("EG_VERBOSE_EV") != nullptr) {
          const eg::Span& t = evs[i].evidence[0].trigger;
          size_t from = t.begin > 60 ? t.begin - 60 : 0;
          std::printf("  event fp %s [%s] ...%s\n", doc.name.substr(0, 12).c_str(),
                      evs[i].evidence[0].trigger_text.c_str(),
                      article.text.substr(from, std::min(t.end + 40, article.text.size()) - from).c_str());
        }
      }
    };
    std::map<std::string, int> match;
    score_events(x->events, events, true, &match);
    score_events(emitted->events, events_emitted, false, nullptr);
    // ---- participants ------------------------------------------------------------------------
    std::set<std::pair<std::string, std::string>> gold_pairs;  // (event m_id, entity instance)
    // Gold pairs whose participant is a product or a financial entity: out of the measure's
    // scope on both sides, so a predicted pair that is one of them counts neither way.
    std::set<std::pair<std::string, std::string>> other_pairs;
    for (const Link& l : doc.links) {
      if (l.tag != "HAS_PARTICIPANT") continue;
      auto ev = doc.markables.find(l.source);
      if (ev == doc.markables.end() || !in_scope(ev->second)) continue;
      for (const std::string& t : l.targets) {
        auto tm = doc.markables.find(t);
        if (tm == doc.markables.end() || tm->second.tag != "ENTITY_MENTION" || !in_scope(tm->second)) {
          continue;
        }
        std::string kind = gold_kind(t);
        if (kind != "PER" && kind != "ORG" && kind != "LOC") {
          other_pairs.insert({l.source, mention_instance[t]});
          continue;
        }
        gold_pairs.insert({l.source, mention_instance[t]});
      }
    }
    // The gold instance a predicted entity stands for: the instance of a gold mention that one of
    // its mentions overlaps.
    auto instances_of = [&](const std::string& entity_id) {
      std::set<std::string> out;
      for (const eg::Entity& ent : x->entities) {
        if (ent.id != entity_id) continue;
        for (const eg::Span& s : ent.mentions) {
          for (const auto& [mid, m] : doc.markables) {
            if (m.tag != "ENTITY_MENTION" || !in_scope(m)) continue;
            auto [b, e] = span_of(m);
            if (Overlaps(b, e, s.begin, s.end) && mention_instance.contains(mid)) {
              out.insert(mention_instance[mid]);
            }
          }
        }
      }
      return out;
    };
    std::set<std::pair<std::string, std::string>> pred_pairs;
    size_t pred_unmatched = 0;
    std::map<int, std::string> event_gold;
    for (const auto& [mid, i] : match) event_gold[i] = mid;
    for (size_t i = 0; i < x->events.size(); ++i) {
      const eg::Event& ev = x->events[i];
      if (ev.evidence[0].trigger.end > scored_end) continue;
      // Each (event, entity) pair once, whether the entity takes part or is the place.
      std::vector<std::string> ids;
      for (const eg::Participant& p : ev.participants) ids.push_back(p.entity);
      if (ev.location) ids.push_back(ev.location->entity);
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      for (const std::string& id : ids) {
        auto gi = event_gold.find(static_cast<int>(i));
        std::set<std::string> inst = instances_of(id);
        if (gi == event_gold.end() || inst.empty()) {
          ++pred_unmatched;
          continue;
        }
        bool any = false, out_of_scope = false;
        for (const std::string& in : inst) {
          if (gold_pairs.contains({gi->second, in})) {
            pred_pairs.insert({gi->second, in});
            any = true;
          }
          out_of_scope = out_of_scope || other_pairs.contains({gi->second, in});
        }
        if (!any && out_of_scope) {
          ++participants_out_of_scope;
          continue;
        }
        if (!any) ++pred_unmatched;
        if (!any && std::getenv("EG_VERBOSE_PART") != nullptr) {
          std::printf("  part fp %s [%s] %s %s\n", doc.name.substr(0, 12).c_str(),
                      ev.evidence[0].trigger_text.c_str(), id.c_str(),
                      gi == event_gold.end() ? "(event not in gold)" : "");
        }
      }
    }
    if (std::getenv("EG_VERBOSE_PART") != nullptr) {
      for (const auto& [ev_mid, inst] : gold_pairs) {
        if (pred_pairs.contains({ev_mid, inst})) continue;
        auto [eb, ee] = span_of(doc.markables[ev_mid]);
        std::string who;
        for (const auto& [mid, m] : doc.markables) {
          if (m.tag != "ENTITY_MENTION" || !in_scope(m)) continue;
          auto it = mention_instance.find(mid);
          if (it == mention_instance.end() || it->second != inst) continue;
          auto [b, e] = span_of(m);
          who += article.text.substr(b, e - b) + "; ";
        }
        std::printf("  part fn %s [%s]%s -> %s\n", doc.name.substr(0, 12).c_str(),
                    article.text.substr(eb, ee - eb).c_str(), match.contains(ev_mid) ? "" : " (event missed)",
                    who.c_str());
      }
    }
    participants.tp += pred_pairs.size();
    participants.fp += pred_unmatched;
    participants.fn += gold_pairs.size() - pred_pairs.size();
    // ---- time anchoring ----------------------------------------------------------------------
    for (const Link& l : doc.links) {
      if (l.tag != "TLINK" || l.targets.empty()) continue;
      std::string a = l.source, b = l.targets[0], rel = l.type;
      auto ma = doc.markables.find(a), mb = doc.markables.find(b);
      if (ma == doc.markables.end() || mb == doc.markables.end()) continue;
      if (ma->second.tag == "TIMEX3" && mb->second.tag == "EVENT_MENTION") {
        std::swap(a, b);
        std::swap(ma, mb);
        static const std::map<std::string, std::string> kInverse = {
            {"BEFORE", "AFTER"}, {"AFTER", "BEFORE"}, {"INCLUDES", "IS_INCLUDED"},
            {"IS_INCLUDED", "INCLUDES"}, {"BEGINS", "BEGUN_BY"}, {"BEGUN_BY", "BEGINS"},
            {"ENDS", "ENDED_BY"}, {"ENDED_BY", "ENDS"}, {"IBEFORE", "IAFTER"}};
        auto it = kInverse.find(rel);
        if (it != kInverse.end()) rel = it->second;
      }
      if (ma->second.tag != "EVENT_MENTION" || mb->second.tag != "TIMEX3") continue;
      if (!in_scope(ma->second)) continue;
      if (mb->second.attrs["type"] != "DATE") continue;
      auto gold_span = eg::SpanOfTimexValue(mb->second.attrs["value"]);
      if (!gold_span.ok() || !gold_span->begin || !gold_span->end) continue;
      auto it = match.find(a);
      ++anchor_total;
      auto& per_rel = anchor_by_rel[rel];
      ++per_rel.second;
      if (it == match.end()) {  // an event we did not find cannot be anchored
        ++anchor_unfound;
        continue;
      }
      const eg::TimeSpan& t = x->events[static_cast<size_t>(it->second)].time;
      if (!t.begin && !t.end) {
        ++anchor_open;
        continue;
      }
      const eg::Date lo = t.begin ? *t.begin : eg::Date(1400, 1, 1);
      const eg::Date hi = t.end ? *t.end : eg::Date(9999, 12, 31);
      const eg::Date gb = *gold_span->begin, ge = *gold_span->end;
      bool right = false;
      // Bounds are inclusive days, so "before" allows the event to end within the time; but an
      // event that lies wholly inside the time (a present-tense [DCT, DCT]) is included in it,
      // not before or after it.
      if (rel == "BEFORE" || rel == "IBEFORE") {
        right = hi <= ge && lo < gb;
      } else if (rel == "AFTER") {
        right = lo >= gb && hi > ge;
      } else if (rel == "ENDS" || rel == "BEGINS") {
        right = rel == "ENDS" ? hi >= gb && hi <= ge : lo >= gb && lo <= ge;
      } else {  // IS_INCLUDED, INCLUDES, SIMULTANEOUS, DURING, ...
        right = lo <= ge && hi >= gb;
      }
      if (right) {
        ++anchor_right;
        ++per_rel.first;
      }
      if (!right && verbose) {
        std::printf("  anchor %s %s %s: got [%s, %s]\n", article.text.substr(span_of(ma->second).first, span_of(ma->second).second - span_of(ma->second).first).c_str(), rel.c_str(),
                    mb->second.attrs["value"].c_str(), t.begin ? eg::FormatDate(*t.begin).c_str() : "open",
                    t.end ? eg::FormatDate(*t.end).c_str() : "open");
      }
    }
  }
  std::printf("MEANTIME %s: %zu documents, sentences 0-%d\n", dir.string().c_str(), files.size(),
              kMaxSentence);
  for (const auto& [kind, c] : entity_by_kind) {
    PrintCounts("entity mentions " + kind + (kind == "PER" || kind == "ORG" || kind == "LOC" ? "" : " (not extracted)"), c);
  }
  PrintCounts("entity mentions PER+ORG+LOC", entity_all);
  PrintCounts("entity names (NAM/APP; capitalized)", entity_names);
  PrintCounts("event mentions (all triggers)", events);
  PrintCounts("event mentions (emitted)", events_emitted);
  PrintCounts("participants (HAS_PARTICIPANT)", participants);
  std::printf("%-34s %zu predicted pairs with a product or money participant, not counted\n", "",
              participants_out_of_scope);
  std::printf("%-34s %.3f   (%zu of %zu gold event-date TLINKs; %zu found events without any "
              "bound)\n",
              "time anchoring accuracy", anchor_total ? double(anchor_right) / anchor_total : 0.0,
              anchor_right, anchor_total, anchor_open);
  std::printf("%-34s %.3f   (%zu of the %zu whose event was found)\n",
              "  on found events only", anchor_total > anchor_unfound
                  ? double(anchor_right) / double(anchor_total - anchor_unfound) : 0.0,
              anchor_right, anchor_total - anchor_unfound);
  for (const auto& [rel, c] : anchor_by_rel) {
    std::printf("    %-12s %zu/%zu\n", rel.c_str(), c.first, c.second);
  }
  if (verbose) {
    auto top = [](const std::map<std::string, size_t>& m, const char* what) {
      std::vector<std::pair<size_t, std::string>> v;
      for (const auto& [k, n] : m) v.push_back({n, k});
      std::sort(v.rbegin(), v.rend());
      std::printf("%s:", what);
      for (size_t i = 0; i < v.size() && i < 40; ++i) std::printf(" %s(%zu)", v[i].second.c_str(), v[i].first);
      std::printf("\n");
    };
    top(missed_events, "missed event mentions");
    top(spurious_events, "spurious event mentions");
  }
  return 0;
}

std::vector<eg::Article> ReadJsonl(const fs::path& path) {
  std::vector<eg::Article> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    try {
      auto j = nlohmann::json::parse(line);
      eg::Article a;
      a.id = j.value("id", "");
      a.title = j.value("title", "");
      a.text = a.title + "\n\n" + j.value("text", "");
      a.url = j.value("url", "");
      a.path = path.string();
      if (auto d = eg::ParseDate(j.value("date", "")); d.ok()) a.published = *d;
      out.push_back(std::move(a));
    } catch (const std::exception& e) {
      std::cerr << "skipping a bad line: " << e.what() << "\n";
    }
  }
  return out;
}

int Guardian(const fs::path& path) {
  std::vector<eg::Article> articles = ReadJsonl(path);
  if (articles.empty()) {
    std::cerr << "no articles in " << path << "\n";
    return 1;
  }
  if (auto warm = eg::Extract(articles[0]); !warm.ok()) {  // loads the lexical data once
    std::cerr << warm.status().ToString() << "\n";
    return 1;
  }
  size_t bytes = 0, events = 0, with_time = 0, with_place = 0, with_actor = 0, all_three = 0;
  size_t entities = 0, typed = 0;
  auto start = std::chrono::steady_clock::now();
  for (const eg::Article& a : articles) {
    auto x = eg::Extract(a);
    if (!x.ok()) {
      std::cerr << x.status().ToString() << "\n";
      return 1;
    }
    bytes += a.text.size();
    entities += x->entities.size();
    for (const eg::Event& e : x->events) {
      ++events;
      bool t = e.time.begin || e.time.end;
      bool p = e.location.has_value();
      bool w = !e.participants.empty();
      with_time += t;
      with_place += p;
      with_actor += w;
      all_three += t && p && w;
      typed += e.type != "other";
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("Guardian %s: %zu articles, %.2f MB\n", path.string().c_str(), articles.size(),
              bytes / 1e6);
  std::printf("throughput (one core, whole extraction): %.2f MB/s (%.2f s)\n", bytes / 1e6 / secs,
              secs);
  std::printf("entities %zu, events %zu (%zu typed, %zu other)\n", entities, events, typed,
              events - typed);
  auto share = [&](size_t n) { return events ? 100.0 * double(n) / double(events) : 0.0; };
  std::printf("events with a time %.1f%%, a place %.1f%%, a participant %.1f%%, all three %.1f%%\n",
              share(with_time), share(with_place), share(with_actor), share(all_three));
  return 0;
}

std::string Describe(const eg::Event& e, const eg::Extraction& x) {
  auto name = [&](const std::string& id) {
    for (const eg::Entity& ent : x.entities) {
      if (ent.id == id) return ent.name;
    }
    return id;
  };
  std::string s = e.type + " | " + e.label + " | " +
                  (e.time.begin ? eg::FormatDate(*e.time.begin) : "open") + ".." +
                  (e.time.end ? eg::FormatDate(*e.time.end) : "open") + " (" +
                  std::string(eg::TimeBasisName(e.time.basis)) + ") | place: " +
                  (e.location ? e.location->qualifier + " " + e.location->name : "-") + " | who:";
  for (const eg::Participant& p : e.participants) {
    s += " " + std::string(eg::RoleName(p.role)) + "=" + name(p.entity);
  }
  s += " | " + std::string(eg::ModalityName(e.modality));
  return s;
}

// Prints one MEANTIME document's rebuilt text with the predicted entity mentions inline
// ("[Apple|ORG]") and the emitted events, to read the extraction next to the gold file.
int Show(const fs::path& path) {
  GoldDoc doc;
  if (!ReadGold(path, doc)) return 1;
  eg::Article article;
  article.id = doc.name;
  article.text = BuildText(doc);
  if (auto d = eg::ParseDate(doc.dct.substr(0, 10)); d.ok()) article.published = *d;
  auto x = eg::Extract(article);
  if (!x.ok()) {
    std::cerr << x.status().ToString() << "\n";
    return 1;
  }
  std::vector<std::tuple<size_t, size_t, std::string>> marks;
  for (const eg::Entity& ent : x->entities) {
    for (const eg::Span& s : ent.mentions) {
      marks.emplace_back(s.begin, s.end,
                         KindOf(ent.kind) + (std::getenv("EG_SHOW_IDS") != nullptr ? " " + ent.id : ""));
    }
  }
  std::sort(marks.begin(), marks.end());
  std::string out;
  size_t pos = 0;
  for (const auto& [b, e, k] : marks) {
    if (b < pos) continue;
    out += article.text.substr(pos, b - pos) + "[" + article.text.substr(b, e - b) + "|" + k + "]";
    pos = e;
  }
  out += article.text.substr(pos);
  std::printf("%s\n\n", out.c_str());
  for (const eg::Event& e : x->events) std::printf("- %s\n", Describe(e, *x).c_str());
  return 0;
}

// Prints the event mentions of a plain-text file, before any merging, one a line with its
// trigger: to read what extraction makes of an article (the seed, a Guardian text).
int Mentions(const fs::path& path, const std::string& dct) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  eg::Article article;
  article.id = path.filename().string();
  article.text = ss.str();
  if (auto d = eg::ParseDate(dct); d.ok()) article.published = *d;
  eg::ExtractOptions options;
  options.keep_bare_events = std::getenv("EG_BARE") != nullptr;  // every mention, as MEANTIME counts
  auto x = eg::Extract(article, options);
  if (!x.ok()) {
    std::cerr << x.status().ToString() << "\n";
    return 1;
  }
  for (const eg::Event& e : x->events) {
    std::printf("[%s] %s\n", e.evidence[0].trigger_text.c_str(), Describe(e, *x).c_str());
  }
  return 0;
}

// Draws the hand sample of docs/guardian-sample-50.md from every article's events, before the
// merge across articles: sorted by id, every k-th from `offset`, k = events / n. Prints each with
// its sentence, the trigger in ** **, to judge against the text.
int Sample(size_t n, const fs::path& path, size_t offset) {
  // The articles as the JSON Lines importer makes them (the text without the title, the id
  // hashed from the URL), so that the ids drawn are those of `eventgraph import`.
  std::vector<eg::Article> articles = ReadJsonl(path);
  for (eg::Article& a : articles) {
    a.text = a.text.substr(a.title.size() + 2);
    std::erase(a.text, '\r');
    a.id = eg::ArticleId(a.url.empty() ? a.text : eg::NormalizeUrl(a.url));
  }
  struct Drawn {
    std::string id;
    const eg::Article* article;
    std::string description;
    std::string sentence;
  };
  std::vector<Drawn> all;
  for (const eg::Article& a : articles) {
    auto x = eg::Extract(a);
    if (!x.ok()) return 1;
    for (const eg::Event& e : x->events) {
      const eg::Span& s = e.evidence[0].sentence;
      const eg::Span& t = e.evidence[0].trigger;
      std::string sentence = a.text.substr(s.begin, t.begin - s.begin) + "**" +
                             a.text.substr(t.begin, t.end - t.begin) + "**" +
                             a.text.substr(t.end, s.end - t.end);
      all.push_back({e.id, &a, Describe(e, *x), std::move(sentence)});
    }
  }
  if (all.empty() || n == 0) return 1;
  std::sort(all.begin(), all.end(), [](const Drawn& a, const Drawn& b) { return a.id < b.id; });
  size_t step = std::max<size_t>(1, all.size() / n);
  std::printf("%zu events, k = %zu, offset %zu\n", all.size(), step, offset);
  for (size_t i = offset, k = 0; i < all.size() && k < n; i += step, ++k) {
    std::printf("%zu. %s [%s] %s\n   \"%s\"\n", k + 1, all[i].id.c_str(),
                all[i].article->published ? eg::FormatDate(*all[i].article->published).c_str() : "",
                all[i].description.c_str(), all[i].sentence.c_str());
  }
  return 0;
}

// Prints every within-article merge of the Guardian articles that gives the event (named by its
// earliest mention, whose sentence a hand draw reads) a time or place that mention did not have:
// the founding mention, then each mention that joined it, then what the stored event keeps.
int Merges(const fs::path& path) {
  std::vector<eg::Article> articles = ReadJsonl(path);
  size_t changed_time = 0, changed_place = 0, merged_events = 0;
  for (eg::Article& a : articles) {
    a.text = a.text.substr(a.title.size() + 2);
    std::erase(a.text, '\r');
    a.id = eg::ArticleId(a.url.empty() ? a.text : eg::NormalizeUrl(a.url));
    auto x = eg::Extract(a);
    if (!x.ok()) return 1;
    std::map<std::string, const eg::Event*> by_id;
    for (const eg::Event& e : x->events) by_id[e.id] = &e;
    const eg::MergeResult merged = eg::MergeWithinArticle(x->events, x->entities);
    for (const eg::Event& e : merged.events) {
      if (e.evidence.size() < 2) continue;
      ++merged_events;
      const eg::Event& first = *by_id.at(e.id);
      const bool time = first.time.begin != e.time.begin || first.time.end != e.time.end;
      const bool place =
          (first.location ? first.location->entity : "") != (e.location ? e.location->entity : "");
      changed_time += time;
      changed_place += place;
      if (!time && !place) continue;
      std::printf("== %s %s%s\n", e.id.c_str(), time ? "time " : "", place ? "place" : "");
      for (const auto& [mention, event] : merged.event_of_mention) {
        if (event != e.id) continue;
        const eg::Event& m = *by_id.at(mention);
        const eg::Span& s = m.evidence[0].sentence;
        std::string sentence = a.text.substr(s.begin, std::min<size_t>(s.end - s.begin, 160));
        std::replace(sentence.begin(), sentence.end(), '\n', ' ');
        std::printf("  %s [%s] %s\n     \"%s\"\n", mention == e.id ? "*" : "+",
                    m.evidence[0].trigger_text.c_str(), Describe(m, *x).c_str(), sentence.c_str());
      }
      std::printf("  => %s\n", Describe(e, *x).c_str());
    }
  }
  std::printf("merged events %zu, time changed %zu, place changed %zu\n", merged_events,
              changed_time, changed_place);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path shared = EG_SHARED_DIR;
  std::string mode = argc > 1 ? argv[1] : "meantime";
  bool verbose = std::getenv("EG_VERBOSE") != nullptr;
  if (mode == "meantime") {
    return Meantime(argc > 2 ? fs::path(argv[2]) : shared / "data" / "meantime-apple", verbose);
  }
  if (mode == "guardian") {
    return Guardian(argc > 2 ? fs::path(argv[2])
                             : shared / "data" / "articles" / "guardian-ukraine-2022.jsonl");
  }
  if (mode == "show" && argc > 2) return Show(argv[2]);
  if (mode == "merges") {
    return Merges(argc > 2 ? fs::path(argv[2])
                           : shared / "data" / "articles" / "guardian-ukraine-2022.jsonl");
  }
  if (mode == "mentions" && argc > 3) return Mentions(argv[2], argv[3]);
  if (mode == "sample" && argc > 2) {
    return Sample(std::stoul(argv[2]),
                  argc > 3 ? fs::path(argv[3])
                           : shared / "data" / "articles" / "guardian-ukraine-2022.jsonl",
                  argc > 4 ? std::stoul(argv[4]) : 0);
  }
  std::cerr << "usage: eval_extract meantime [DIR] | guardian [FILE] | show FILE | "
               "mentions FILE DCT | sample N [FILE [OFFSET]] | merges [FILE]\n";
  return 2;
}
