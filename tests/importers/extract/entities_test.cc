#include "importers/extract/entities/entities.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "importers/extract/entities/gazetteer.h"
#include "importers/extract/extract.h"

namespace eg {
namespace {

struct Recognized {
  std::string text;
  Document doc;
  EntityAnalysis analysis;

  const Entity* Find(std::string_view id) const {
    for (const Entity& e : analysis.entities) {
      if (e.id == id) return &e;
    }
    return nullptr;
  }
  // The texts of the mentions of entity `id`, in order.
  std::vector<std::string> Mentions(std::string_view id) const {
    std::vector<std::string> out;
    if (const Entity* e = Find(id)) {
      for (Span s : e->mentions) out.push_back(text.substr(s.begin, s.end - s.begin));
    }
    return out;
  }
  const EntityMention* MentionAt(std::string_view surface) const {
    size_t pos = text.find(surface);
    for (const EntityMention& m : analysis.mentions) {
      if (m.span.begin == pos) return &m;
    }
    return nullptr;
  }
  bool AnyPerson() const {
    for (const Entity& e : analysis.entities) {
      if (e.kind == EntityKind::kPerson) return true;
    }
    return false;
  }
};

Recognized Recognize(std::string text) {
  Recognized r;
  r.text = std::move(text);
  r.doc = AnalyzeDocument(r.text, SplitSentences(r.text));
  r.analysis = RecognizeEntities(r.doc);
  return r;
}

std::vector<std::string> TokenTexts(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : TokenizeText(text)) out.emplace_back(t.text);
  return out;
}

TEST(Tokens, NumbersKeepTheirThousandsSeparatorsAndDecimalPoint) {
  EXPECT_EQ(TokenTexts("sent 1,200 troops"), (std::vector<std::string>{"sent", "1,200", "troops"}));
  EXPECT_EQ(TokenTexts("3,000,000 people"), (std::vector<std::string>{"3,000,000", "people"}));
  EXPECT_EQ(TokenTexts("grew 12.5 percent"), (std::vector<std::string>{"grew", "12.5", "percent"}));
  // Not a thousands group: a list of numbers, a group of four digits, a clause after a number.
  EXPECT_EQ(TokenTexts("1,2,3"), (std::vector<std::string>{"1", ",", "2", ",", "3"}));
  EXPECT_EQ(TokenTexts("1,2000"), (std::vector<std::string>{"1", ",", "2000"}));
  EXPECT_EQ(TokenTexts("in 2014, 200 died"),
            (std::vector<std::string>{"in", "2014", ",", "200", "died"}));
  // A period after a number that ends a sentence, or one before a word, stays apart.
  EXPECT_EQ(TokenTexts("cost 12. Then"), (std::vector<std::string>{"cost", "12", ".", "Then"}));
  EXPECT_EQ(TokenTexts("in 2014.The"), (std::vector<std::string>{"in", "2014", ".", "The"}));
  // A year glued to a clock time is no decimal number.
  EXPECT_EQ(TokenTexts("May 202200.18"), (std::vector<std::string>{"May", "202200", ".", "18"}));
}

TEST(Entities, PersonWithRoleApposition) {
  auto r = Recognize(
      "Kaja Kallas, the European Union's High Representative for Foreign Policy, added that "
      "talks continue.");
  const Entity* kallas = r.Find("person:kaja-kallas");
  ASSERT_NE(kallas, nullptr);
  EXPECT_EQ(kallas->kind, EntityKind::kPerson);
  ASSERT_EQ(kallas->titles.size(), 1u);
  EXPECT_EQ(kallas->titles[0], "European Union's High Representative for Foreign Policy");
  // The Union is named inside the apposition: an entity, but a modifier of Kallas, not an actor.
  const EntityMention* eu = r.MentionAt("European Union");
  ASSERT_NE(eu, nullptr);
  EXPECT_TRUE(eu->embedded);
  EXPECT_EQ(r.Find("person:foreign-policy"), nullptr);
}

TEST(Entities, TitlesBeforeNamesAndRoleLists) {
  auto r = Recognize(
      "The delegation included Rustem Umerov, National Security Advisor and Ukrainian Minister "
      "of Defense, Sergiy Kyslytsya, Deputy Foreign Minister, General Andriy Hontov, Chief of the "
      "Army Staff, and advisor to US President Donald Trump.");
  const Entity* umerov = r.Find("person:rustem-umerov");
  ASSERT_NE(umerov, nullptr);
  EXPECT_EQ(umerov->country, "UA");  // from "Ukrainian Minister of Defense"
  ASSERT_NE(r.Find("person:sergiy-kyslytsya"), nullptr);
  const Entity* hontov = r.Find("person:andriy-hontov");
  ASSERT_NE(hontov, nullptr);
  EXPECT_EQ(hontov->titles, (std::vector<std::string>{"Chief of the Army Staff", "General"}));
  const Entity* trump = r.Find("person:donald-trump");
  ASSERT_NE(trump, nullptr);
  EXPECT_EQ(trump->titles, (std::vector<std::string>{"US President"}));
  // Title words and role phrases never become people of their own.
  for (const Entity& e : r.analysis.entities) {
    EXPECT_NE(e.id, "person:foreign") << e.name;
    EXPECT_NE(e.id, "person:army-staff") << e.name;
    EXPECT_NE(e.id, "person:national-security") << e.name;
  }
}

TEST(Entities, ShortFormsResolveToTheFullName) {
  auto r = Recognize(
      "Kallas: Talks Were Difficult\n\n"
      "Steve Witkoff, the US Presidential Special Envoy, met Kaja Kallas, the EU's foreign policy "
      "chief. The club was developed by Witkoff's company, and Kallas said so.");
  EXPECT_EQ(r.Mentions("person:steve-witkoff"),
            (std::vector<std::string>{"Steve Witkoff", "Witkoff"}));
  // "the EU's foreign policy chief" is her too: the head of the apposition is a mention.
  EXPECT_EQ(r.Mentions("person:kaja-kallas"),
            (std::vector<std::string>{"Kallas", "Kaja Kallas", "chief", "Kallas"}));
  const EntityMention* possessive = r.MentionAt("Witkoff's");
  ASSERT_NE(possessive, nullptr);
  EXPECT_TRUE(possessive->possessive);
  EXPECT_EQ(possessive->form, MentionForm::kShortName);
  const Entity* witkoff = r.Find("person:steve-witkoff");
  EXPECT_EQ(witkoff->country, "US");
  EXPECT_EQ(witkoff->aliases, (std::vector<std::string>{"Witkoff"}));
}

TEST(Entities, CountriesByNameAliasAndDemonym) {
  auto r = Recognize(
      "The United States and the US envoy met Ukrainian officials, Russian diplomats, Turkish "
      "mediators and Americans. Let us talk.");
  EXPECT_EQ(r.Mentions("country:US"),
            (std::vector<std::string>{"United States", "US", "Americans"}));
  EXPECT_EQ(r.Mentions("country:UA"), (std::vector<std::string>{"Ukrainian"}));
  EXPECT_EQ(r.Mentions("country:RU"), (std::vector<std::string>{"Russian"}));
  EXPECT_EQ(r.Mentions("country:TR"), (std::vector<std::string>{"Turkish"}));
  EXPECT_EQ(r.MentionAt("Ukrainian")->form, MentionForm::kDemonym);
  const Entity* us = r.Find("country:US");
  EXPECT_EQ(us->kind, EntityKind::kCountry);
  EXPECT_EQ(us->name, "United States");
  EXPECT_EQ(us->country, "US");
}

TEST(Entities, NamesBeforeAFacilityNounAreFacilities) {
  // An unknown name before a plant, a factory or a port names that facility, and the bare name
  // later in the text is the same facility, not an organization.
  Recognized r = Recognize(
      "Workers left the Korvatal steel plant near Odesa on Monday. Soldiers shelled Korvatal on "
      "Tuesday.");
  const Entity* plant = nullptr;
  for (const Entity& e : r.analysis.entities) {
    if (e.kind == EntityKind::kFacility) plant = &e;
  }
  ASSERT_NE(plant, nullptr);
  EXPECT_EQ(plant->name, "Korvatal");
  EXPECT_EQ(r.Mentions(plant->id), (std::vector<std::string>{"Korvatal", "Korvatal"}));
  EXPECT_EQ(r.Find("organization:korvatal"), nullptr);
  // A dictionary word before the noun ("the vast Soviet-era plant") and a name at a sentence's
  // start are no facility names.
  for (const char* text : {"Civilians sheltered at the vast Soviet-era plant on Monday.",
                           "Korvatal plant workers went on strike."}) {
    Recognized other = Recognize(text);
    for (const Entity& e : other.analysis.entities)
      EXPECT_NE(e.kind, EntityKind::kFacility) << text << ": " << e.id;
  }
}

TEST(Entities, CapitalsAreCountriesOnlyWhenTheyAct) {
  auto r = Recognize(
      "There was no sign of Moscow's willingness. Turkey kept channels with both Kyiv and Moscow. "
      "The ministers met in Brussels and later flew to Kyiv.");
  EXPECT_EQ(r.Mentions("country:RU"), (std::vector<std::string>{"Moscow", "Moscow"}));
  EXPECT_EQ(r.Mentions("country:UA"), (std::vector<std::string>{"Kyiv"}));
  EXPECT_EQ(r.Mentions("location:kyiv-ua"), (std::vector<std::string>{"Kyiv"}));
  const Entity* brussels = r.Find("location:brussels-be");
  ASSERT_NE(brussels, nullptr);
  EXPECT_EQ(brussels->country, "BE");
  ASSERT_TRUE(brussels->lat && brussels->lon);
  EXPECT_NEAR(*brussels->lat, 50.85, 0.1);
  EXPECT_NEAR(*brussels->lon, 4.35, 0.1);
  EXPECT_EQ(r.MentionAt("Moscow's")->form, MentionForm::kMetonym);
}

TEST(Entities, ACountrysCapitalIsThatCity) {
  auto r = Recognize(
      "Troops encircled the Ukrainian capital on Monday. Putin flew back to Russia's capital. "
      "Investors left the Russian capital markets.");
  EXPECT_EQ(r.Mentions("location:kyiv-ua"), (std::vector<std::string>{"capital"}));
  EXPECT_EQ(r.Mentions("location:moscow-ru"), (std::vector<std::string>{"capital"}));
  EXPECT_EQ(r.MentionAt("capital markets"), nullptr);
}

TEST(Entities, NamesOfSmallSettlementsAreLocations) {
  // Names libgeonames does not list, known as places by the words around them: "the village of
  // X", "the X district". The bare name later is the same place; with no place in its sentence,
  // a settlement lies in the country the document has named most.
  auto r = Recognize(
      "Ukraine said on Monday that Russia shelled the village of Korvetsk near the border with "
      "Ukraine. Officials in Korvetsk said two died. Shells hit the Dorvatskyi district of Kyiv.");
  const Entity* village = r.Find("location:korvetsk-ua");
  ASSERT_NE(village, nullptr);
  EXPECT_EQ(village->kind, EntityKind::kLocation);
  EXPECT_EQ(r.Mentions("location:korvetsk-ua"), (std::vector<std::string>{"Korvetsk", "Korvetsk"}));
  EXPECT_NE(r.Find("location:dorvatskyi-ua"), nullptr);
  EXPECT_EQ(r.Find("organization:korvetsk"), nullptr);
  EXPECT_EQ(r.Find("organization:dorvatskyi"), nullptr);
  // A country named beside the settlement places it.
  auto polish = Recognize("Refugees crossed into the Polish town of Korvetsk on Monday.");
  EXPECT_NE(polish.Find("location:korvetsk-pl"), nullptr);
  // A dictionary word is no such name ("the city of Bath" is left to the tables).
  auto english = Recognize("They walked to the town of Mill on Monday.");
  for (const Entity& e : english.analysis.entities) EXPECT_NE(e.id, "location:mill") << e.id;
}

TEST(Entities, NamesShapedLikeTheRegionsTownsArePlaces) {
  // An unknown name ending as the towns of the region do ("-sk", "-ivka") is a town wherever it
  // stands; one with a weaker ending ("-iv", "-ets") only after a preposition of place. A
  // surname's ending is no town's, and a country set off after the name is its country.
  auto r = Recognize(
      "Russian forces shelled Dorvichansk and Korvelivka on Monday. Fighting went on near "
      "Morvatyiv, officials said. Oleh Zarvetsky said Morvetsets was calm. Refugees reached "
      "Dorvohusk, Poland.");
  auto kind_of = [&](std::string_view name) -> std::optional<EntityKind> {
    for (const Entity& e : r.analysis.entities) {
      if (e.name == name) return e.kind;
    }
    return std::nullopt;
  };
  EXPECT_EQ(kind_of("Dorvichansk"), EntityKind::kLocation);
  EXPECT_EQ(kind_of("Korvelivka"), EntityKind::kLocation);
  EXPECT_EQ(kind_of("Morvatyiv"), EntityKind::kLocation);
  EXPECT_EQ(kind_of("Oleh Zarvetsky"), EntityKind::kPerson);
  EXPECT_NE(kind_of("Morvetsets"), EntityKind::kLocation)
      << "a weak ending, not after a preposition of place";
  EXPECT_NE(r.Find("location:dorvohusk-pl"), nullptr);
}

TEST(Entities, ACapitalOwningAPartOfItselfIsTheCity) {
  // A capital owning a decision is its government; owning a station or its outskirts, the city.
  auto r = Recognize(
      "Moscow's decision angered many. Guards fired shots at Kyiv's central station. Troops "
      "reached Moscow's outskirts.");
  EXPECT_EQ(r.Mentions("country:RU"), (std::vector<std::string>{"Moscow"}));
  EXPECT_EQ(r.Mentions("location:kyiv-ua"), (std::vector<std::string>{"Kyiv"}));
  EXPECT_EQ(r.Mentions("location:moscow-ru"), (std::vector<std::string>{"Moscow"}));
}

TEST(Entities, MediaNamesAreOrganizationsNotCountries) {
  auto r = Recognize(
      "As reported by Russia Today news network, the minister spoke. Meanwhile, the Turkish "
      "newspaper Yeni \xC5\x9E" "afak reported it, and the daily Hurriyet Gazetesi agreed.");
  const Entity* rt = r.Find("organization:russia-today");
  ASSERT_NE(rt, nullptr);
  EXPECT_EQ(rt->kind, EntityKind::kOrganization);
  EXPECT_EQ(r.Find("country:RU"), nullptr);
  ASSERT_NE(r.Find("organization:yeni-safak"), nullptr);
  // An outlet missing from the gazetteer is still an organization after a media noun.
  ASSERT_NE(r.Find("organization:hurriyet-gazetesi"), nullptr);
  EXPECT_FALSE(r.AnyPerson());
}

TEST(Entities, FacilitiesTakeTheCountryOfTheirPlace) {
  auto r = Recognize(
      "The negotiations were held near Miami at a private club named \"Shell Bay,\" which was "
      "built in Florida.");
  const Entity* club = r.Find("facility:shell-bay-us");
  ASSERT_NE(club, nullptr);
  EXPECT_EQ(club->kind, EntityKind::kFacility);
  EXPECT_EQ(r.Mentions("location:miami-us"), (std::vector<std::string>{"Miami"}));
  EXPECT_EQ(r.Find("location:florida-us")->kind, EntityKind::kLocation);
}

TEST(Entities, OrganizationsWithAcronymsAndDescriptions) {
  auto r = Recognize(
      "The European Union and NATO met. EU ministers said the bloc, a 27-member union, will act. "
      "A trade union elsewhere is not it.");
  EXPECT_EQ(r.Mentions("organization:european-union"),
            (std::vector<std::string>{"European Union", "EU", "bloc"}));
  ASSERT_NE(r.Find("organization:north-atlantic-treaty-organization"), nullptr);
}

TEST(Entities, CapitalizedNonNamesAreNotPeople) {
  auto r = Recognize(
      "Focus on Support and Military Preparedness\n\n"
      "Meanwhile, the EU Foreign Policy Chief stated today that Defense Ministers will meet. "
      "Speaking ahead of it, the chief added more. Therefore, the Foreign Office said nothing. "
      "Today, the spokesman said it.");
  for (const Entity& e : r.analysis.entities) {
    EXPECT_NE(e.kind, EntityKind::kPerson) << e.name;
  }
}

TEST(Entities, GazetteerWordListsAreSortedForBinarySearch) {
  // The lists are binary-searched; a misplaced word would silently never match.
  EXPECT_TRUE(IsPersonTitle("president"));
  EXPECT_TRUE(IsPersonTitle("ambassador"));
  EXPECT_TRUE(IsPersonTitle("sultan"));
  EXPECT_TRUE(IsRoleWord("son-in-law"));
  EXPECT_TRUE(IsRoleWord("wife"));
  EXPECT_TRUE(IsRoleWord("adviser"));
  EXPECT_TRUE(IsSpeechVerb("added"));
  EXPECT_TRUE(IsSpeechVerb("wrote"));
  EXPECT_TRUE(IsFacilityNoun("airbase"));
  EXPECT_TRUE(IsFacilityNoun("stadium"));
  EXPECT_TRUE(IsMediaNoun("agency"));
  EXPECT_TRUE(IsMediaNoun("weekly"));
  EXPECT_TRUE(IsGroupNoun("army"));
  EXPECT_TRUE(IsGroupNoun("troops"));
  EXPECT_TRUE(IsFunctionWord("a"));
  EXPECT_TRUE(IsFunctionWord("your"));
  EXPECT_FALSE(IsPersonTitle("kallas"));
}

TEST(Entities, EveryCountryHasAnIsoCode) {
  for (const CountryEntry& c : Countries()) {
    ASSERT_EQ(c.code.size(), 2u) << c.name;
    EXPECT_TRUE(std::isupper(static_cast<unsigned char>(c.code[0])) &&
                std::isupper(static_cast<unsigned char>(c.code[1])))
        << c.name;
  }
  for (const PlaceEntry& p : Places()) {
    EXPECT_TRUE(p.lat >= -90 && p.lat <= 90 && p.lon >= -180 && p.lon <= 180) << p.name;
    EXPECT_TRUE(p.kind == PlaceKind::kContinent || p.country.size() == 2) << p.name;
  }
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Entities, PronounsAndCommonNounsReferToTheLastFittingEntity) {
  auto r = Recognize(
      "On Monday, Microsoft said that it would appeal. The company said its lawyers were ready. "
      "It is too early to tell.");
  // "it", "The company" and "its": the organization named before them; "It is too early to"
  // refers to nothing.
  EXPECT_EQ(r.Mentions("organization:microsoft"),
            (std::vector<std::string>{"Microsoft", "it", "The company", "its"}));
}

TEST(Entities, OrganizationsRecurWithoutTheirSuffixAndInHeadings) {
  auto r = Recognize(
      "Apple Unveils New Phone\n\nApple Inc. said on Monday that Apple will ship the phone.");
  // The sentence's period is not part of the name ("Apple Inc" ends before it).
  EXPECT_EQ(r.Mentions("organization:apple-inc"),
            (std::vector<std::string>{"Apple", "Apple Inc", "Apple"}));
}

TEST(Entities, PluralPersonNounsAreGroupsWithTheirCountry) {
  auto r = Recognize("Kallas praised the Ukrainian software and hardware engineers. "
                     "Some 500 engineers attended.");
  const Entity* ministers = nullptr;
  const Entity* engineers = nullptr;
  for (const Entity& e : r.analysis.entities) {
    if (e.kind == EntityKind::kGroup && e.name.find("hardware") != std::string::npos) {
      ministers = &e;
    }
    if (e.kind == EntityKind::kGroup && e.name == "engineers") engineers = &e;
  }
  ASSERT_NE(ministers, nullptr);
  EXPECT_EQ(ministers->country, "UA");
  ASSERT_NE(engineers, nullptr);
  EXPECT_TRUE(engineers->country.empty());
}

TEST(Entities, FirstPersonInsideAQuoteIsItsSpeaker) {
  auto r = Recognize("\"I will call the ministers today,\" Kaja Kallas said.");
  EXPECT_EQ(r.Mentions("person:kaja-kallas"), (std::vector<std::string>{"I", "Kaja Kallas"}));
}

}  // namespace
}  // namespace eg
