#include "importers/html/html_importer.h"

#include <string>
#include <utility>

#include "engine/base/ids.h"
#include "engine/base/utf8.h"
#include "importers/html/url.h"
#include "importers/html/web_page.h"

namespace eg {
namespace {

constexpr std::string_view kName = "html";
constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

bool ContainsIgnoreCase(std::string_view s, std::string_view needle) {
  for (size_t i = 0; i + needle.size() <= s.size(); ++i) {
    if (StartsWithIgnoreCase(s.substr(i), needle)) return true;
  }
  return false;
}

// Skips a byte-order mark, white space and <!-- comments --> at the start of a document.
std::string_view SkipProlog(std::string_view s) {
  if (s.starts_with(kBom)) s.remove_prefix(kBom.size());
  while (true) {
    while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
    if (!s.starts_with("<!--")) return s;
    const size_t end = s.find("-->");
    if (end == std::string_view::npos) return {};
    s.remove_prefix(end + 3);
  }
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (!IsSpace(c)) return false;
  }
  return true;
}

class HtmlImporter final : public Importer {
 public:
  std::string_view Name() const override { return kName; }

  int Sniff(std::string_view path, std::string_view head) const override {
    if (LooksBinary(head)) return 0;
    const std::string_view start = SkipProlog(head);
    if (StartsWithIgnoreCase(start, "<!doctype html") || StartsWithIgnoreCase(start, "<html")) {
      return 95;
    }
    if (start.starts_with("<?xml")) {
      const std::string_view after =
          SkipProlog(start.substr(std::min(start.find("?>"), start.size())));
      return ContainsIgnoreCase(after.substr(0, 512), "<html") ? 90 : 0;
    }
    const bool markup = head.find('<') != std::string_view::npos;
    if (markup && (path.ends_with(".html") || path.ends_with(".htm") || path.ends_with(".xhtml"))) {
      return 70;
    }
    if (ContainsIgnoreCase(head, "<head") || ContainsIgnoreCase(head, "<body")) return 40;
    return 0;
  }

  Result<std::vector<Article>> Parse(std::string_view path, std::string_view content,
                                     const ImportOptions& options) const override {
    if (IsBlank(content.starts_with(kBom) ? content.substr(kBom.size()) : content)) {
      return Status::InvalidArgument("empty file");
    }
    if (LooksBinary(content)) return Status::Corruption("binary data, not HTML");
    EG_ASSIGN_OR_RETURN(WebPage page, ReadWebPage(content));
    if (page.text.empty()) return Status::InvalidArgument("no article body");

    Article article;
    article.title = std::move(page.title);
    if (options.date_override) {
      article.published = options.date_override;
    } else {
      article.published = page.published;
      article.published_time = std::move(page.published_time);
    }
    article.text = std::move(page.text);
    article.url = std::move(page.url);
    article.source = std::move(page.site_name);
    article.authors = std::move(page.authors);
    article.language = std::move(page.language);
    article.id = ArticleId(article.url.empty() ? article.text : NormalizeArticleUrl(article.url));
    article.path = std::string(path);
    article.format = std::string(kName);
    std::vector<Article> out;
    out.push_back(std::move(article));
    return out;
  }
};

}  // namespace

std::unique_ptr<Importer> NewHtmlImporter() { return std::make_unique<HtmlImporter>(); }

}  // namespace eg
