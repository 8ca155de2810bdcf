#include "importers/html/url.h"

#include <vector>

namespace eg {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsTrackingParameter(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "at_medium", "at_campaign", "wt_mc", "fbclid",      "gclid",     "ocid",       "cmpid",
      "cmp",       "ref",         "rss",   "ns_mchannel", "ns_source", "ns_campaign"};
  const std::string lower = Lower(name);
  if (lower.starts_with("utm_")) return true;
  for (std::string_view n : kNames) {
    if (lower == n) return true;
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

std::string NormalizeArticleUrl(std::string_view url) {
  url = Trim(url);
  const size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos || scheme_end == 0) return std::string(url);
  const std::string scheme = Lower(url.substr(0, scheme_end));
  std::string_view rest = url.substr(scheme_end + 3);
  if (const size_t hash = rest.find('#'); hash != std::string_view::npos) {
    rest = rest.substr(0, hash);
  }
  const size_t host_end = rest.find_first_of("/?");
  std::string host = Lower(rest.substr(0, host_end));
  std::string_view tail = host_end == std::string_view::npos ? "" : rest.substr(host_end);
  if ((scheme == "http" && host.ends_with(":80")) ||
      (scheme == "https" && host.ends_with(":443"))) {
    host.erase(host.rfind(':'));
  }
  std::string out = scheme + "://" + host;
  const size_t query = tail.find('?');
  std::string_view path = tail.substr(0, query);
  if (path.size() > 1 && path.ends_with('/')) path.remove_suffix(1);
  out += path;
  if (query == std::string_view::npos) return out;

  std::string_view params = tail.substr(query + 1);
  std::vector<std::string_view> kept;
  while (!params.empty()) {
    const size_t amp = params.find('&');
    const std::string_view param = params.substr(0, amp);
    const std::string_view name = param.substr(0, param.find('='));
    if (!param.empty() && !IsTrackingParameter(name)) kept.push_back(param);
    if (amp == std::string_view::npos) break;
    params.remove_prefix(amp + 1);
  }
  for (size_t i = 0; i < kept.size(); ++i) {
    out += i == 0 ? '?' : '&';
    out += kept[i];
  }
  return out;
}

}  // namespace eg
