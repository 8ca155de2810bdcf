// libxml2 helpers shared by the html and feed importers: parsing HTML into a tree, reading names,
// attributes and text, and rendering a subtree as paragraphs of plain text.
//
// This header exposes libxml2 types on purpose: it is the small seam the two importers share, and
// neither importer's public header includes it. All functions are thread-safe once InitXml() has
// run (every importer calls it before parsing; it runs libxml2's one-time set-up exactly once).
#ifndef EVENTGRAPH_IMPORTERS_HTML_DOM_H_
#define EVENTGRAPH_IMPORTERS_HTML_DOM_H_

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace eg::dom {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

// Runs xmlInitParser() once per process; safe to call from any thread, any number of times.
void InitXml();

// Parses `content` with libxml2's HTML parser in recovery mode, so truncated or broken markup
// still yields a tree. Input that is valid UTF-8 is read as UTF-8 whatever its <meta charset>
// says; other input is decoded from its declared charset (libxml2's default is ISO-8859-1).
// Never touches the network. Returns nullptr only when libxml2 builds no document at all.
DocPtr ParseHtml(std::string_view content);

// The element's name, lower-cased by the HTML parser ("p", "div"); empty for non-elements. For
// XML elements this is the local name without a prefix ("encoded" for <content:encoded>).
std::string_view Name(const xmlNode* node);
bool IsElement(const xmlNode* node);
bool IsElement(const xmlNode* node, std::string_view name);
// The attribute's value, or an empty string when it is absent.
std::string Attr(const xmlNode* node, const char* name);
bool HasAttr(const xmlNode* node, const char* name);
// All text below `node`, entities decoded, exactly as the document holds it.
std::string RawText(const xmlNode* node);
// RawText with runs of white space (ASCII and no-break spaces) folded to one space and trimmed.
std::string Text(const xmlNode* node);
// Folds runs of white space (ASCII and U+00A0) to one space and trims both ends.
std::string CollapseSpace(std::string_view s);

// The first element child of `node` called `name`, or nullptr.
xmlNode* Child(const xmlNode* node, std::string_view name);
// The first element at or below `node`, in document order, called `name`, or nullptr.
xmlNode* Find(xmlNode* node, std::string_view name);

// Elements that start a new line of text when rendered (p, div, li, h1..h6, tr, ...).
bool IsBlock(std::string_view name);
// Elements whose content is never reader-visible text (script, style, noscript, template, ...).
bool IsInvisible(std::string_view name);

// Renders `node` and its descendants as paragraphs of plain text: every block element ends a
// paragraph, <br> ends a line, white space is folded, invisible elements are skipped. Appends the
// non-empty paragraphs to `out`.
void RenderParagraphs(const xmlNode* node, std::vector<std::string>* out);

// Joins paragraphs with "\n\n".
std::string JoinParagraphs(const std::vector<std::string>& paragraphs);

}  // namespace eg::dom

#endif  // EVENTGRAPH_IMPORTERS_HTML_DOM_H_
