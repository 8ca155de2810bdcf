#include "importers/html/dom.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <iterator>
#include <mutex>

#include "engine/base/utf8.h"

namespace eg::dom {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0";

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Builds the text of one paragraph while walking: lines are broken by <br>, paragraphs by block
// elements and by an empty line (two <br> in a row, as old pages separate paragraphs).
class ParagraphWriter {
 public:
  explicit ParagraphWriter(std::vector<std::string>* out) : out_(out) {}

  void AddText(std::string_view text) { line_.append(text); }

  void LineBreak() {
    std::string line = CollapseSpace(line_);
    line_.clear();
    if (line.empty()) {
      EndParagraph();
      return;
    }
    if (!paragraph_.empty()) paragraph_ += '\n';
    paragraph_ += line;
  }

  void EndParagraph() {
    std::string line = CollapseSpace(line_);
    line_.clear();
    if (!line.empty()) {
      if (!paragraph_.empty()) paragraph_ += '\n';
      paragraph_ += line;
    }
    if (!paragraph_.empty()) out_->push_back(std::move(paragraph_));
    paragraph_.clear();
  }

 private:
  std::vector<std::string>* out_;
  std::string line_;
  std::string paragraph_;
};

void Render(const xmlNode* node, ParagraphWriter* writer) {
  for (const xmlNode* n = node; n != nullptr; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != nullptr) writer->AddText(reinterpret_cast<const char*>(n->content));
      continue;
    }
    if (n->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = Name(n);
    if (IsInvisible(name)) continue;
    if (name == "br") {
      writer->LineBreak();
      continue;
    }
    const bool block = IsBlock(name);
    if (block) writer->EndParagraph();
    Render(n->children, writer);
    if (block) {
      writer->EndParagraph();
    } else if (name == "td" || name == "th" || name == "img") {
      writer->AddText(" ");
    }
  }
}

}  // namespace

void InitXml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

DocPtr ParseHtml(std::string_view content) {
  InitXml();
  const char* encoding = FindInvalidUtf8(content) ? nullptr : "UTF-8";
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT;
  // libxml2 takes an int size; pages beyond 2 GiB are cut there rather than wrapped around.
  const int size = static_cast<int>(std::min<size_t>(content.size(), 0x7FFFFFFF));
  return DocPtr(htmlReadMemory(content.data(), size, nullptr, encoding, options));
}

std::string_view Name(const xmlNode* node) {
  if (!IsElement(node) || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

bool IsElement(const xmlNode* node) { return node != nullptr && node->type == XML_ELEMENT_NODE; }

bool IsElement(const xmlNode* node, std::string_view name) {
  return IsElement(node) && Name(node) == name;
}

std::string Attr(const xmlNode* node, const char* name) {
  if (!IsElement(node)) return {};
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

bool HasAttr(const xmlNode* node, const char* name) {
  return IsElement(node) && xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

std::string RawText(const xmlNode* node) {
  if (node == nullptr) return {};
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return out;
}

std::string Text(const xmlNode* node) { return CollapseSpace(RawText(node)); }

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsSpaceByte(s[i])) {
      space = true;
      continue;
    }
    if (s.substr(i).starts_with(kNbsp)) {
      space = true;
      ++i;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

xmlNode* Child(const xmlNode* node, std::string_view name) {
  if (node == nullptr) return nullptr;
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (IsElement(c, name)) return c;
  }
  return nullptr;
}

xmlNode* Find(xmlNode* node, std::string_view name) {
  if (node == nullptr) return nullptr;
  if (IsElement(node, name)) return node;
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (xmlNode* found = Find(c, name)) return found;
  }
  return nullptr;
}

bool IsBlock(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "address", "article", "aside",  "blockquote", "body",    "caption", "center",   "dd",
      "details", "dialog",  "dir",    "div",        "dl",      "dt",      "fieldset", "figcaption",
      "figure",  "footer",  "form",   "h1",         "h2",      "h3",      "h4",       "h5",
      "h6",      "header",  "hgroup", "hr",         "html",    "li",      "main",     "menu",
      "nav",     "ol",      "p",      "pre",        "section", "summary", "table",    "tbody",
      "tfoot",   "thead",   "tr",     "ul"};
  return std::find(std::begin(kBlocks), std::end(kBlocks), name) != std::end(kBlocks);
}

bool IsInvisible(std::string_view name) {
  static constexpr std::string_view kInvisible[] = {
      "script", "style", "noscript", "template", "head",   "title",  "iframe",
      "object", "embed", "svg",      "canvas",   "select", "button", "textarea"};
  return std::find(std::begin(kInvisible), std::end(kInvisible), name) != std::end(kInvisible);
}

void RenderParagraphs(const xmlNode* node, std::vector<std::string>* out) {
  if (node == nullptr) return;
  ParagraphWriter writer(out);
  if (node->type == XML_ELEMENT_NODE) {
    if (IsInvisible(Name(node))) return;
    if (Name(node) == "br") return;
    Render(node->children, &writer);
  } else if (node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE) {
    Render(node->children, &writer);
  } else {
    // A lone text node: render just it, not its following siblings.
    ParagraphWriter single(out);
    if (node->content != nullptr) single.AddText(reinterpret_cast<const char*>(node->content));
    single.EndParagraph();
    return;
  }
  writer.EndParagraph();
}

std::string JoinParagraphs(const std::vector<std::string>& paragraphs) {
  std::string out;
  for (const std::string& p : paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

}  // namespace eg::dom
