#include "exporters/common/html_links.h"

#include <cctype>

#include "exporters/common/text_escape.h"
#include "exporters/common/timeline_text.h"

namespace eg {
namespace {

constexpr size_t kMaxSentenceBytes = 600;

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

// The evidence sentence from the article's stored text, when the view carries it and the offsets
// fit; else empty.
std::string_view SentenceOf(const Evidence& ev, const Article* article) {
  if (article == nullptr || article->text.empty()) return {};
  const Span& s = ev.sentence;
  if (s.begin >= s.end || s.end > article->text.size()) return {};
  std::string_view sentence(article->text.data() + s.begin, s.end - s.begin);
  if (sentence.size() > kMaxSentenceBytes) sentence = sentence.substr(0, kMaxSentenceBytes);
  return sentence;
}

}  // namespace

bool IsWebUrl(std::string_view url) {
  if (!StartsWithNoCase(url, "http://") && !StartsWithNoCase(url, "https://")) return false;
  for (unsigned char c : url) {
    if (c <= 0x20 || c == 0x7F) return false;
  }
  return true;
}

std::string ArticleLinkHtml(const Article& article) {
  std::string text = !article.title.empty() ? article.title
                     : !article.source.empty() ? article.source
                                               : article.id;
  if (!IsWebUrl(article.url)) return HtmlText(OneLine(text));
  return "<a href=\"" + HtmlText(article.url) + "\" target=\"_blank\" rel=\"noopener\">" +
         HtmlText(OneLine(text)) + "</a>";
}

std::string EventDetailsHtml(const Event& event, const ViewIndex& index) {
  std::string html;
  for (const Evidence& ev : event.evidence) {
    std::string_view sentence = SentenceOf(ev, index.FindArticle(ev.article));
    if (!sentence.empty()) {
      html += "<blockquote>" + HtmlText(OneLine(sentence)) + "</blockquote>";
    } else if (!ev.trigger_text.empty()) {
      html += "<p>Evidence: \xE2\x80\x9C" + HtmlText(OneLine(ev.trigger_text)) +
              "\xE2\x80\x9D</p>";
    }
  }
  std::string when = SpanDisplay(event.time);
  if (!event.time.text.empty()) when += " (\xE2\x80\x9C" + OneLine(event.time.text) + "\xE2\x80\x9D)";
  html += "<p>When: " + HtmlText(when) + "</p>";
  std::string place = index.PlaceName(event);
  if (!place.empty()) {
    if (!event.location->qualifier.empty()) place = event.location->qualifier + " " + place;
    html += "<p>Where: " + HtmlText(OneLine(place)) + "</p>";
  }
  if (!event.participants.empty()) {
    std::string who;
    for (const Participant& p : event.participants) {
      if (!who.empty()) who += ", ";
      who += OneLine(index.EntityName(p.entity)) + " (" + std::string(RoleName(p.role)) + ")";
    }
    html += "<p>Who: " + HtmlText(who) + "</p>";
  }
  if (event.modality != Modality::kAsserted) {
    html += "<p>Modality: " + HtmlText(ModalityName(event.modality)) + "</p>";
  }
  std::vector<const Article*> sources = index.Sources(event);
  if (!sources.empty()) {
    html += "<p>Sources: ";
    for (size_t i = 0; i < sources.size(); ++i) {
      if (i > 0) html += "; ";
      html += ArticleLinkHtml(*sources[i]);
    }
    html += "</p>";
  }
  return html;
}

}  // namespace eg
