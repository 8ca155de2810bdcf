#include "importers/feed/feed_importer.h"

#include <libxml/parser.h>

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "engine/base/ids.h"
#include "engine/base/utf8.h"
#include "importers/html/dom.h"
#include "importers/html/url.h"
#include "importers/html/web_dates.h"
#include "importers/html/web_page.h"

namespace eg {
namespace {

using json = nlohmann::json;

constexpr std::string_view kName = "feed";
constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view TrimLeft(std::string_view s) {
  if (s.starts_with(kBom)) s.remove_prefix(kBom.size());
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  return s;
}

// What a feed item yields before it becomes an Article.
struct Item {
  std::string title;
  std::string url;
  std::string date;     // as written
  bool rfc822 = false;  // the date is an RSS pubDate
  std::string text;     // already plain text
};

// The item list of one feed: the feed's name and, per item, an article or the reason it failed.
struct FeedItems {
  std::string source;
  std::vector<Result<Article>> items;
};

Result<Article> MakeArticle(Item item, size_t index, const std::string& source,
                            std::string_view path, const ImportOptions& options) {
  if (item.text.empty()) item.text = item.title;
  if (item.text.empty()) {
    return Status::InvalidArgument("item " + std::to_string(index) + ": no title or text");
  }
  Article a;
  a.title = std::move(item.title);
  a.url = std::move(item.url);
  a.text = std::move(item.text);
  a.source = source;
  if (options.date_override) {
    a.published = options.date_override;
  } else if (!item.date.empty()) {
    std::optional<WebDate> date =
        item.rfc822 ? ParseRfc822DateTime(item.date) : ParseIsoDateTime(item.date);
    if (!date) date = ParseAnyWebDate(item.date);
    if (date) {
      a.published = date->date;
      a.published_time = date->time;
    }
  }
  a.id = ArticleId(a.url.empty() ? a.text : NormalizeArticleUrl(a.url));
  a.path = std::string(path);
  a.format = std::string(kName);
  return a;
}

// ---------------------------------------------------------------- XML feeds

struct ParserCtxtFree {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

std::string XmlErrorText(const xmlError& error) {
  std::string message = error.message != nullptr ? error.message : "unknown error";
  while (!message.empty() && IsSpace(message.back())) message.pop_back();
  return message + " (line " + std::to_string(error.line) + ")";
}

// Parses strictly first, to have the reason when the XML is broken; then, if it is, once more in
// recovery mode, which keeps everything before the damage (the complete items of a cut-off feed).
Result<dom::DocPtr> ParseXml(std::string_view content) {
  dom::InitXml();
  const int size = static_cast<int>(std::min<size_t>(content.size(), 0x7FFFFFFF));
  // NONET: never fetch a DTD or an external entity named by the input.
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  std::unique_ptr<xmlParserCtxt, ParserCtxtFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) return Status::Internal("libxml2 could not allocate a parser");
  dom::DocPtr doc(xmlCtxtReadMemory(ctxt.get(), content.data(), size, nullptr, nullptr, options));
  if (doc && ctxt->wellFormed) return doc;
  const std::string reason = XmlErrorText(ctxt->lastError);
  std::unique_ptr<xmlParserCtxt, ParserCtxtFree> again(xmlNewParserCtxt());
  if (!again) return Status::Internal("libxml2 could not allocate a parser");
  doc.reset(xmlCtxtReadMemory(again.get(), content.data(), size, nullptr, nullptr,
                              options | XML_PARSE_RECOVER));
  if (!doc || xmlDocGetRootElement(doc.get()) == nullptr) {
    return Status::Corruption("not well-formed XML: " + reason);
  }
  return doc;
}

// The text of an element that may hold HTML (RSS descriptions, Atom text constructs).
std::string ElementText(const xmlNode* node, std::string_view type) {
  if (node == nullptr) return {};
  if (type == "xhtml") {
    std::vector<std::string> paragraphs;
    dom::RenderParagraphs(node, &paragraphs);
    return dom::JoinParagraphs(paragraphs);
  }
  const std::string raw = dom::RawText(node);
  if (type == "text") return dom::CollapseSpace(raw);
  return HtmlToText(raw);
}

std::string ChildText(const xmlNode* node, std::string_view name) {
  return dom::Text(dom::Child(node, name));
}

// A child element by local name and namespace, for names that RSS modules share with RSS itself
// (<content:encoded>, <dc:date>).
xmlNode* ChildNs(const xmlNode* node, std::string_view name, std::string_view ns) {
  for (xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (!dom::IsElement(c, name) || c->ns == nullptr || c->ns->href == nullptr) continue;
    if (std::string_view(reinterpret_cast<const char*>(c->ns->href)) == ns) return c;
  }
  return nullptr;
}

constexpr std::string_view kContentNs = "http://purl.org/rss/1.0/modules/content/";
constexpr std::string_view kDcNs = "http://purl.org/dc/elements/1.1/";

Item RssItem(const xmlNode* node) {
  Item item;
  item.title = ElementText(dom::Child(node, "title"), "html");
  item.url = ChildText(node, "link");
  if (item.url.empty()) {
    if (const xmlNode* guid = dom::Child(node, "guid");
        guid != nullptr && dom::Attr(guid, "isPermaLink") != "false") {
      const std::string value = dom::Text(guid);
      if (value.starts_with("http://") || value.starts_with("https://")) item.url = value;
    }
  }
  item.date = ChildText(node, "pubDate");
  item.rfc822 = !item.date.empty();
  if (item.date.empty()) item.date = dom::Text(ChildNs(node, "date", kDcNs));
  item.text = ElementText(ChildNs(node, "encoded", kContentNs), "html");
  if (item.text.empty()) item.text = ElementText(dom::Child(node, "description"), "html");
  return item;
}

std::string AtomType(const xmlNode* node) {
  const std::string type = dom::Attr(node, "type");
  if (type.empty() || type == "text" || type == "text/plain") return "text";
  if (type == "xhtml" || type == "application/xhtml+xml") return "xhtml";
  return "html";
}

Item AtomEntry(const xmlNode* node) {
  Item item;
  const xmlNode* title = dom::Child(node, "title");
  item.title = title ? ElementText(title, AtomType(title)) : "";
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (!dom::IsElement(c, "link")) continue;
    const std::string rel = dom::Attr(c, "rel");
    if (rel.empty() || rel == "alternate") {
      item.url = dom::CollapseSpace(dom::Attr(c, "href"));
      break;
    }
  }
  if (item.url.empty()) {
    const std::string id = ChildText(node, "id");
    if (id.starts_with("http://") || id.starts_with("https://")) item.url = id;
  }
  item.date = ChildText(node, "published");
  if (item.date.empty()) item.date = ChildText(node, "updated");
  for (const char* name : {"content", "summary"}) {
    const xmlNode* body = dom::Child(node, name);
    if (body == nullptr || dom::HasAttr(body, "src")) continue;
    item.text = ElementText(body, AtomType(body));
    if (!item.text.empty()) break;
  }
  return item;
}

// Undoes the Python byte-string escapes some NITF exports carry: "\xe2\x80\x94" -> "—" when the
// bytes form valid UTF-8, "\n" "\t" "\r" -> a space, "\'" "\"" "\\" -> the character.
std::string DecodeByteEscapes(std::string_view s) {
  const auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out += s[i++];
      continue;
    }
    const char next = s[i + 1];
    if (next == 'x') {
      // A run of \xHH escapes decodes as a whole, so multi-byte characters stay together.
      std::string bytes;
      size_t j = i;
      while (j + 3 < s.size() && s[j] == '\\' && s[j + 1] == 'x' && hex(s[j + 2]) >= 0 &&
             hex(s[j + 3]) >= 0) {
        bytes += static_cast<char>(hex(s[j + 2]) * 16 + hex(s[j + 3]));
        j += 4;
      }
      if (!bytes.empty() && !FindInvalidUtf8(bytes)) {
        out += bytes;
        i = j;
        continue;
      }
      out += s[i++];
      continue;
    }
    if (next == 'n' || next == 't' || next == 'r') {
      out += ' ';
      i += 2;
    } else if (next == '\'' || next == '"' || next == '\\') {
      out += next;
      i += 2;
    } else {
      out += s[i++];
    }
  }
  return out;
}

Result<FeedItems> ReadNitf(xmlNode* root, std::string_view path, const ImportOptions& options) {
  FeedItems feed;
  xmlNode* body = dom::Child(root, "body");
  xmlNode* content = dom::Find(body, "body.content");
  if (content == nullptr) return Status::InvalidArgument("NITF story without <body.content>");
  Item item;
  item.title = DecodeByteEscapes(dom::Text(dom::Find(dom::Find(body, "hedline"), "hl1")));
  if (item.title.empty()) item.title = DecodeByteEscapes(dom::Text(dom::Find(body, "hedline")));
  xmlNode* head = dom::Child(root, "head");
  item.date = dom::CollapseSpace(dom::Attr(dom::Find(head, "date.issue"), "norm"));
  if (item.date.empty()) {
    item.date = dom::CollapseSpace(dom::Attr(dom::Find(head, "pubdata"), "date.publication"));
  }
  feed.source = DecodeByteEscapes(dom::Text(dom::Find(body, "distributor")));
  if (feed.source.empty()) feed.source = dom::Attr(dom::Find(head, "doc.copyright"), "holder");
  std::vector<std::string> paragraphs;
  dom::RenderParagraphs(content, &paragraphs);
  std::vector<std::string> decoded;
  for (const std::string& p : paragraphs) {
    std::string text = dom::CollapseSpace(DecodeByteEscapes(p));
    if (!text.empty()) decoded.push_back(std::move(text));
  }
  item.text = dom::JoinParagraphs(decoded);
  if (item.text.empty()) return Status::InvalidArgument("NITF story with an empty <body.content>");
  feed.items.push_back(MakeArticle(std::move(item), 1, feed.source, path, options));
  return feed;
}

Result<FeedItems> ReadXmlFeed(std::string_view content, std::string_view path,
                              const ImportOptions& options) {
  EG_ASSIGN_OR_RETURN(dom::DocPtr doc, ParseXml(content));
  xmlNode* root = xmlDocGetRootElement(doc.get());
  const std::string_view root_name = dom::Name(root);
  FeedItems feed;
  std::vector<Item> items;
  if (root_name == "rss" || root_name == "RDF") {
    xmlNode* channel = dom::Child(root, "channel");
    feed.source = ElementText(dom::Child(channel, "title"), "html");
    // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it.
    for (xmlNode* parent : {channel, root}) {
      if (parent == nullptr) continue;
      for (xmlNode* c = parent->children; c != nullptr; c = c->next) {
        if (dom::IsElement(c, "item")) items.push_back(RssItem(c));
      }
    }
  } else if (root_name == "feed") {
    const xmlNode* title = dom::Child(root, "title");
    feed.source = title ? ElementText(title, AtomType(title)) : "";
    for (xmlNode* c = root->children; c != nullptr; c = c->next) {
      if (dom::IsElement(c, "entry")) items.push_back(AtomEntry(c));
    }
  } else if (root_name == "nitf") {
    return ReadNitf(root, path, options);
  } else {
    return Status::Unsupported("not a feed: the root element is <" + std::string(root_name) +
                               ">; a feed is <rss>, Atom <feed>, RSS 1.0 <rdf:RDF> or <nitf>");
  }
  for (size_t i = 0; i < items.size(); ++i) {
    feed.items.push_back(MakeArticle(std::move(items[i]), i + 1, feed.source, path, options));
  }
  return feed;
}

// ---------------------------------------------------------------- JSON Feed

std::string JsonField(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Result<FeedItems> ReadJsonFeed(std::string_view content, std::string_view path,
                               const ImportOptions& options) {
  const json doc = json::parse(content, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return Status::Corruption("not valid JSON");
  if (!doc.is_object() ||
      JsonField(doc, "version").find("jsonfeed.org/version/") == std::string::npos) {
    return Status::Unsupported(
        "JSON but not a JSON Feed: no \"version\" naming https://jsonfeed.org/version/...");
  }
  FeedItems feed;
  feed.source = dom::CollapseSpace(JsonField(doc, "title"));
  const auto items = doc.find("items");
  if (items == doc.end() || !items->is_array()) return feed;
  size_t index = 0;
  for (const json& entry : *items) {
    ++index;
    if (!entry.is_object()) {
      feed.items.push_back(
          Status::InvalidArgument("item " + std::to_string(index) + ": not a JSON object"));
      continue;
    }
    Item item;
    item.title = dom::CollapseSpace(JsonField(entry, "title"));
    item.url = dom::CollapseSpace(JsonField(entry, "url"));
    if (item.url.empty()) item.url = dom::CollapseSpace(JsonField(entry, "external_url"));
    item.date = JsonField(entry, "date_published");
    if (item.date.empty()) item.date = JsonField(entry, "date_modified");
    item.text = HtmlToText(JsonField(entry, "content_html"));
    if (item.text.empty()) item.text = dom::CollapseSpace(JsonField(entry, "content_text"));
    if (item.text.empty()) item.text = dom::CollapseSpace(JsonField(entry, "summary"));
    feed.items.push_back(MakeArticle(std::move(item), index, feed.source, path, options));
  }
  return feed;
}

Result<FeedItems> ReadFeed(std::string_view path, std::string_view content,
                           const ImportOptions& options) {
  const std::string_view start = TrimLeft(content);
  if (start.empty()) return Status::InvalidArgument("empty file");
  if (LooksBinary(content)) return Status::Corruption("binary data, not a feed");
  if (start.front() == '{') return ReadJsonFeed(start, path, options);
  if (start.front() != '<') {
    return Status::Unsupported("not a feed: neither XML nor a JSON Feed");
  }
  return ReadXmlFeed(content, path, options);
}

// The name of the first element of an XML document, after its declaration, comments,
// processing instructions and DOCTYPE; empty when `head` does not look like XML.
std::string_view RootElementName(std::string_view head) {
  std::string_view s = TrimLeft(head);
  while (s.starts_with("<?") || s.starts_with("<!")) {
    const std::string_view close = s.starts_with("<!--") ? "-->" : ">";
    const size_t end = s.find(close);
    if (end == std::string_view::npos) return {};
    s = TrimLeft(s.substr(end + close.size()));
  }
  if (!s.starts_with('<')) return {};
  s.remove_prefix(1);
  size_t n = 0;
  while (n < s.size() && !IsSpace(s[n]) && s[n] != '>' && s[n] != '/') ++n;
  return s.substr(0, n);
}

class FeedImporter final : public Importer {
 public:
  std::string_view Name() const override { return kName; }

  int Sniff(std::string_view path, std::string_view head) const override {
    if (LooksBinary(head)) return 0;
    const std::string_view start = TrimLeft(head);
    if (start.starts_with('{')) {
      // JSON may escape the slashes of the version URL ("https:\/\/jsonfeed.org\/version\/1").
      const bool json_feed = head.find("\"version\"") != std::string_view::npos &&
                             head.find("jsonfeed.org") != std::string_view::npos;
      // The version URL is the format's own signature: certain, whatever the file is called.
      return json_feed ? 100 : 0;
    }
    const std::string_view root = RootElementName(head);
    if (root == "rss") return 95;
    if (root == "feed" && head.find("http://www.w3.org/2005/Atom") != std::string_view::npos) {
      return 95;
    }
    if (root == "rdf:RDF" && head.find("purl.org/rss/1.0") != std::string_view::npos) return 90;
    if (root == "nitf") return 90;
    if ((path.ends_with(".rss") || path.ends_with(".atom")) && start.starts_with('<')) return 60;
    return 0;
  }

  Result<std::vector<Article>> Parse(std::string_view path, std::string_view content,
                                     const ImportOptions& options) const override {
    EG_ASSIGN_OR_RETURN(FeedItems feed, ReadFeed(path, content, options));
    if (feed.items.empty()) return Status::InvalidArgument("the feed has no items");
    std::vector<Article> out;
    for (Result<Article>& item : feed.items) {
      if (item.ok()) out.push_back(std::move(item).value());
    }
    if (out.empty()) return feed.items.front().status();
    return out;
  }

  Status Read(std::string_view path, std::istream& in, const ImportOptions& options,
              const ItemSink& sink) const override {
    const std::string content((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
    if (in.bad()) return Status::IoError("read error");
    EG_ASSIGN_OR_RETURN(FeedItems feed, ReadFeed(path, content, options));
    if (feed.items.empty()) return Status::InvalidArgument("the feed has no items");
    for (size_t i = 0; i < feed.items.size(); ++i) {
      if (!feed.items[i].ok()) {
        sink(feed.items[i].status());
        continue;
      }
      ImportItem item;
      item.article = std::move(feed.items[i]).value();
      item.where = "item " + std::to_string(i + 1);
      sink(std::move(item));
    }
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Importer> NewFeedImporter() { return std::make_unique<FeedImporter>(); }

}  // namespace eg
