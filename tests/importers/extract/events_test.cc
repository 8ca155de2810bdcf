#include "importers/extract/events/events.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "importers/extract/extract.h"

namespace eg {
namespace {

const Date kDct(2025, 12, 1);

// A hand-made time expression over the first occurrence of `words` in `text`.
Timex MakeTimex(const std::string& text, const std::string& words, const std::string& value,
                TimeBasis basis) {
  Timex t;
  size_t pos = text.find(words);
  t.span = {pos, pos + words.size()};
  t.text = words;
  t.value = value;
  auto span = SpanOfTimexValue(value);
  if (span.ok()) {
    t.time = *span;
    t.time->basis = basis;
    t.time->text = words;
  }
  return t;
}

struct Extracted {
  std::string text;
  std::vector<Event> events;

  const Event* ByTrigger(std::string_view word) const {
    for (const Event& e : events) {
      if (e.evidence[0].trigger_text == word) return &e;
    }
    return nullptr;
  }
};

// `keep_bare`: also keep mentions that nothing but a tense holds (as eval tools do).
Extracted ExtractFrom(std::string text, std::vector<Timex> timexes = {}, bool keep_bare = false) {
  Extracted x;
  x.text = std::move(text);
  Document doc = AnalyzeDocument(x.text, SplitSentences(x.text));
  EntityAnalysis ents = RecognizeEntities(doc);
  x.events = ExtractEvents(doc, ents, timexes, "art:test", kDct, keep_bare);
  return x;
}

bool HasParticipant(const Event& e, std::string_view id, Role role) {
  return std::any_of(e.participants.begin(), e.participants.end(),
                     [&](const Participant& p) { return p.entity == id && p.role == role; });
}

// The type of the mention of `trigger` in `text`, or "" when there is none (so that a check of
// a type fails without the mention, and a check of not being a type passes).
std::string TypeOf(std::string text, std::string_view trigger, bool keep_bare = false) {
  const Extracted x = ExtractFrom(std::move(text), {}, keep_bare);
  const Event* e = x.ByTrigger(trigger);
  return e != nullptr ? e->type : "";
}

TEST(Events, PastTenseEndsAtTheDctWithAnOpenStart) {
  auto x = ExtractFrom("Russia attacked Kharkiv.");
  const Event* e = x.ByTrigger("attacked");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "attack");
  EXPECT_EQ(e->cameo, "18");
  EXPECT_FALSE(e->time.begin.has_value());
  EXPECT_EQ(e->time.end, kDct);
  EXPECT_EQ(e->time.basis, TimeBasis::kTense);
  EXPECT_TRUE(HasParticipant(*e, "country:RU", Role::kSource));
  EXPECT_TRUE(HasParticipant(*e, "location:kharkiv-ua", Role::kTarget));
  EXPECT_EQ(e->modality, Modality::kAsserted);
  EXPECT_NE(e->label.find("attacked"), std::string::npos);
}

TEST(Events, FutureStartsAtTheDctAndIsPlanned) {
  auto x = ExtractFrom("The EU foreign ministers will meet in Brussels.");
  const Event* e = x.ByTrigger("meet");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "meet");
  EXPECT_EQ(e->time.begin, kDct);
  EXPECT_FALSE(e->time.end.has_value());
  EXPECT_EQ(e->modality, Modality::kPlanned);
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->entity, "location:brussels-be");
  EXPECT_EQ(e->location->qualifier, "in");
  EXPECT_TRUE(HasParticipant(*e, "organization:european-union", Role::kParticipant));
}

TEST(Events, ExplicitTimexInTheClauseWins) {
  std::string text = "The war began with Russia's invasion in February 2022 and never ended.";
  auto x = ExtractFrom(text, {MakeTimex(text, "February 2022", "2022-02", TimeBasis::kExplicit)});
  const Event* e = x.ByTrigger("invasion");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "invade");
  EXPECT_EQ(e->time.begin, Date(2022, 2, 1));
  EXPECT_EQ(e->time.end, Date(2022, 2, 28));
  EXPECT_EQ(e->time.precision, Precision::kMonth);
  EXPECT_EQ(e->time.basis, TimeBasis::kExplicit);
  EXPECT_TRUE(HasParticipant(*e, "country:RU", Role::kSource));
  EXPECT_EQ(e->label, "Russia's invasion");
}

TEST(Events, LocationQualifierPrefersTheFacility) {
  auto x = ExtractFrom(
      "Witkoff met Umerov. The negotiations were held near Miami at a private club named "
      "\"Shell Bay\" yesterday.");
  const Event* e = x.ByTrigger("negotiations");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->entity, "facility:shell-bay-us");
  EXPECT_EQ(e->location->qualifier, "at");
  EXPECT_EQ(e->label, "Negotiations at Shell Bay near Miami");
  auto y = ExtractFrom("The negotiations between Russia and Ukraine were held near Geneva.");
  const Event* g = y.ByTrigger("negotiations");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->location->entity, "location:geneva-ch");
  EXPECT_EQ(g->location->qualifier, "near");
  EXPECT_TRUE(HasParticipant(*g, "country:RU", Role::kParticipant));
  EXPECT_TRUE(HasParticipant(*g, "country:UA", Role::kParticipant));
}

TEST(Events, ParticipantsIncludeSubjectsSidesAndDelegationMembers) {
  auto x = ExtractFrom(
      "Steve Witkoff, the US Presidential Special Envoy, and Jared Kushner, son-in-law and "
      "advisor to US President Donald Trump, represented the American side in the peace "
      "negotiations with the Ukrainian delegation. The negotiations were held near Miami. "
      "The Ukrainian delegation included Rustem Umerov, National Security Advisor, and "
      "General Andriy Hontov.");
  const Event* e = x.ByTrigger("negotiations");
  ASSERT_NE(e, nullptr);
  for (std::string_view id : {"person:steve-witkoff", "person:jared-kushner", "country:US",
                              "country:UA", "person:rustem-umerov", "person:andriy-hontov"}) {
    EXPECT_TRUE(HasParticipant(*e, id, Role::kParticipant)) << id;
  }
  // Trump only qualifies Kushner; he does not negotiate.
  EXPECT_FALSE(HasParticipant(*e, "person:donald-trump", Role::kParticipant));
  // "The negotiations were held near Miami" has no arguments of its own: it takes the
  // participants of the negotiations it refers back to, and keeps its own place.
  // Other eventive words ("represented", "included") are events of type `other` beside them.
  std::vector<const Event*> negotiations;
  for (const Event& ev : x.events) {
    if (ev.type == "negotiate") negotiations.push_back(&ev);
  }
  ASSERT_EQ(negotiations.size(), 2u);
  const Event& held = *negotiations[1];
  EXPECT_EQ(held.type, "negotiate");
  EXPECT_EQ(held.location->entity, "location:miami-us");
  EXPECT_EQ(held.participants, e->participants);
}

TEST(Events, GatheringNounTakesTheNarrativeDayAndItsAttendee) {
  std::string text =
      "Kaja Kallas, the EU Foreign Policy Chief, stated today (Monday) that talks matter.\n\n"
      "Speaking ahead of the EU Defense Ministers meeting in Brussels, Kallas focused the "
      "agenda on increasing military aid to Ukraine.";
  auto x = ExtractFrom(text, {MakeTimex(text, "today (Monday)", "2025-12-01", TimeBasis::kRelative)});
  const Event* e = x.ByTrigger("meeting");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->time.begin, kDct);
  EXPECT_EQ(e->time.end, kDct);
  EXPECT_EQ(e->time.basis, TimeBasis::kRelative);
  EXPECT_EQ(e->location->entity, "location:brussels-be");
  EXPECT_TRUE(HasParticipant(*e, "person:kaja-kallas", Role::kParticipant));
  EXPECT_EQ(e->label, "EU Defense Ministers meeting in Brussels");
  const Event* aid = x.ByTrigger("aid");
  ASSERT_NE(aid, nullptr);
  EXPECT_TRUE(HasParticipant(*aid, "country:UA", Role::kTarget));
  EXPECT_EQ(aid->modality, Modality::kPlanned);
  EXPECT_EQ(aid->label, "Military aid to Ukraine");
}

TEST(Events, NarrativeTimeIsNotTakenFromQuotesOrAcrossAHeading) {
  std::string text =
      "Kallas said: \"I will call Kyiv today.\"\n\n"
      "Russia and Ukraine held talks in Geneva.\n\n"
      "Next Steps\n\n"
      "The ministers said a summit in Brussels matters to Russia.";
  auto x = ExtractFrom(text, {MakeTimex(text, "today", "2025-12-01", TimeBasis::kRelative)});
  const Event* talks = x.ByTrigger("talks");
  ASSERT_NE(talks, nullptr);
  EXPECT_FALSE(talks->time.begin.has_value());
  EXPECT_EQ(talks->time.end, kDct);
  EXPECT_EQ(talks->time.basis, TimeBasis::kTense);
}

TEST(Events, OpenEndedTimexesDoNotOverrideTense) {
  std::string text = "In the coming days, talks between Russia and Ukraine were held in Geneva.";
  Timex fuzzy = MakeTimex(text, "the coming days", "FUTURE_REF", TimeBasis::kRelative);
  TimeSpan open_future;
  open_future.begin = kDct;
  open_future.basis = TimeBasis::kRelative;
  fuzzy.time = open_future;
  auto x = ExtractFrom(text, {fuzzy});
  const Event* e = x.ByTrigger("talks");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->time.begin.has_value());
  EXPECT_EQ(e->time.end, kDct);
  EXPECT_EQ(e->time.basis, TimeBasis::kTense);
}

TEST(Events, Modality) {
  auto x = ExtractFrom(
      "The United States did not inform Europe about it. "
      "Officials discussed a potential peace agreement between Russia and Ukraine. "
      "Reports suggest that the talks between Russia and Ukraine took place in Geneva. "
      "Ukrainian officials would brief their European counterparts. "
      "If Russia attacked Ukraine again, Europe would respond.");
  ASSERT_NE(x.ByTrigger("inform"), nullptr);
  EXPECT_EQ(x.ByTrigger("inform")->modality, Modality::kNegated);
  EXPECT_TRUE(HasParticipant(*x.ByTrigger("inform"), "country:US", Role::kSource));
  EXPECT_TRUE(HasParticipant(*x.ByTrigger("inform"), "location:europe", Role::kTarget));
  ASSERT_NE(x.ByTrigger("agreement"), nullptr);
  EXPECT_EQ(x.ByTrigger("agreement")->modality, Modality::kHypothetical);
  ASSERT_NE(x.ByTrigger("talks"), nullptr);
  EXPECT_EQ(x.ByTrigger("talks")->modality, Modality::kReported);
  ASSERT_NE(x.ByTrigger("brief"), nullptr);
  EXPECT_EQ(x.ByTrigger("brief")->modality, Modality::kPlanned);
  EXPECT_TRUE(HasParticipant(*x.ByTrigger("brief"), "country:UA", Role::kSource));
  ASSERT_NE(x.ByTrigger("attacked"), nullptr);
  EXPECT_EQ(x.ByTrigger("attacked")->modality, Modality::kHypothetical);
}

TEST(Events, QuotedSpeechIsReported) {
  auto x = ExtractFrom("Kallas added: \"We heard that the talks with Ukraine were difficult.\"");
  const Event* e = x.ByTrigger("talks");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::kReported);
  EXPECT_TRUE(HasParticipant(*e, "country:UA", Role::kParticipant));
}

TEST(Events, OrdinaryVerbsAreOtherEventsBelowTypedOnes) {
  auto x = ExtractFrom("Russia attacked Kharkiv. Later the mayor walked home.", {}, true);
  const Event* attack = x.ByTrigger("attacked");
  const Event* walk = x.ByTrigger("walked");
  ASSERT_NE(attack, nullptr);
  ASSERT_NE(walk, nullptr);
  EXPECT_EQ(walk->type, "other");
  EXPECT_EQ(walk->time.end, kDct);  // past: ends on or before the publication date
  EXPECT_LT(walk->confidence, attack->confidence);
}

TEST(Events, UntypedMentionsWithoutActorOrPlaceStayOffTheGraphByDefault) {
  const std::string text = "Russia attacked Kharkiv. Later the mayor walked home. Airbus won a contract.";
  auto x = ExtractFrom(text);
  EXPECT_NE(x.ByTrigger("attacked"), nullptr) << "typed: kept with its tense";
  EXPECT_EQ(x.ByTrigger("walked"), nullptr) << "untyped, only a tense holds it";
  EXPECT_NE(ExtractFrom(text, {}, true).ByTrigger("walked"), nullptr);
}

TEST(Events, NonEventNounsAndWordsWithoutTimeOrArgumentsGiveNothing) {
  EXPECT_EQ(ExtractFrom("There was no sign of progress.").ByTrigger("sign"), nullptr);
  // Without a publication date a tense gives no bound, and without arguments nothing holds it.
  Document doc = AnalyzeDocument("He walked home.", SplitSentences("He walked home."));
  EXPECT_TRUE(ExtractEvents(doc, RecognizeEntities(doc), {}, "art:test", std::nullopt).empty());
}

TEST(Events, PresentTenseHoldsAtThePublicationDateAndHeadlinesReportByIt) {
  auto x = ExtractFrom("Apple Unveils New Phone\n\nApple operates 109 stores.", {}, true);
  const Event* unveil = x.ByTrigger("Unveils");
  ASSERT_NE(unveil, nullptr);
  EXPECT_FALSE(unveil->time.begin.has_value());
  EXPECT_EQ(unveil->time.end, kDct);
  const Event* operate = x.ByTrigger("operates");
  ASSERT_NE(operate, nullptr);
  EXPECT_EQ(operate->time.begin, kDct);
  EXPECT_EQ(operate->time.end, kDct);
}

TEST(Events, NegativeSubjectsNegateAndPurposeInfinitivesAreNotPlanned) {
  auto x = ExtractFrom("None of my friends have left Kyiv. Thousands fled Kharkiv to escape the "
                       "shelling. Ukraine plans to rebuild Kharkiv.",
                       {}, true);
  ASSERT_NE(x.ByTrigger("left"), nullptr);
  EXPECT_EQ(x.ByTrigger("left")->modality, Modality::kNegated);
  ASSERT_NE(x.ByTrigger("escape"), nullptr);
  EXPECT_NE(x.ByTrigger("escape")->modality, Modality::kPlanned);
  ASSERT_NE(x.ByTrigger("rebuild"), nullptr);
  EXPECT_EQ(x.ByTrigger("rebuild")->modality, Modality::kPlanned);
}

TEST(Events, PronounSubjectsAreParticipants) {
  auto x = ExtractFrom("Ukrainian President Volodymyr Zelenskyy arrived in Kyiv. He criticized "
                       "Russia.");
  const Event* e = x.ByTrigger("criticized");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(HasParticipant(*e, "person:volodymyr-zelenskyy", Role::kSource));
  EXPECT_TRUE(HasParticipant(*e, "country:RU", Role::kTarget));
}

TEST(Events, EvidenceOffsetsPointAtTheTriggerAndItsSentence) {
  auto x = ExtractFrom("Intro line here.\n\nRussia invaded Ukraine. NATO condemned the invasion.");
  ASSERT_GE(x.events.size(), 2u);
  for (const Event& e : x.events) {
    ASSERT_EQ(e.evidence.size(), 1u);
    const Evidence& ev = e.evidence[0];
    EXPECT_EQ(ev.article, "art:test");
    EXPECT_EQ(x.text.substr(ev.trigger.begin, ev.trigger.end - ev.trigger.begin), ev.trigger_text);
    EXPECT_LE(ev.sentence.begin, ev.trigger.begin);
    EXPECT_GE(ev.sentence.end, ev.trigger.end);
    EXPECT_EQ(e.id, MakeEventId("art:test", ev.trigger.begin, e.type));
    EXPECT_GE(e.confidence, 0.0);
    EXPECT_LE(e.confidence, 1.0);
  }
  const Event* invaded = x.ByTrigger("invaded");
  ASSERT_NE(invaded, nullptr);
  EXPECT_TRUE(HasParticipant(*invaded, "country:RU", Role::kSource));
  EXPECT_TRUE(HasParticipant(*invaded, "country:UA", Role::kTarget));
  EXPECT_EQ(invaded->label, "Russia invaded Ukraine");
  const Event* condemned = x.ByTrigger("condemned");
  ASSERT_NE(condemned, nullptr);
  EXPECT_EQ(condemned->type, "criticize");
  EXPECT_TRUE(HasParticipant(*condemned, "organization:north-atlantic-treaty-organization",
                             Role::kSource));
}

TEST(Events, MainVerbBeAndHaveAndLightVerbsAreBareMentionsOnly) {
  const std::string text =
      "The new phone is the thinnest model. The phone was released by the firm. Some buyers had "
      "difficulty. The firm has released a tool. The summit will be held in Geneva.";
  Extracted bare = ExtractFrom(text, {}, /*keep_bare=*/true);
  // A copula and a possessive "have" are events; auxiliaries are not.
  ASSERT_NE(bare.ByTrigger("is"), nullptr);
  EXPECT_EQ(bare.ByTrigger("is")->type, "other");
  EXPECT_EQ(bare.ByTrigger("was"), nullptr);
  ASSERT_NE(bare.ByTrigger("had"), nullptr);
  EXPECT_EQ(bare.ByTrigger("has"), nullptr);
  ASSERT_NE(bare.ByTrigger("held"), nullptr);
  ASSERT_NE(bare.ByTrigger("summit"), nullptr);
  // The graph keeps the summit, not the verbs that support it.
  Extracted graph = ExtractFrom(text);
  EXPECT_EQ(graph.ByTrigger("is"), nullptr);
  EXPECT_EQ(graph.ByTrigger("had"), nullptr);
  EXPECT_EQ(graph.ByTrigger("held"), nullptr);
  ASSERT_NE(graph.ByTrigger("summit"), nullptr);
  EXPECT_EQ(graph.ByTrigger("summit")->type, "meet");
}

TEST(Events, AnExplicitDateGoesToTheEventNotToItsLightVerb) {
  const std::string text = "The talks were held on 3 March 2022 in Geneva.";
  std::vector<Timex> tx = {MakeTimex(text, "3 March 2022", "2022-03-03", TimeBasis::kExplicit)};
  Extracted bare = ExtractFrom(text, tx, /*keep_bare=*/true);
  const Event* talks = bare.ByTrigger("talks");
  const Event* held = bare.ByTrigger("held");
  ASSERT_NE(talks, nullptr);
  ASSERT_NE(held, nullptr);
  ASSERT_TRUE(talks->time.begin.has_value());
  EXPECT_EQ(*talks->time.begin, Date(2022, 3, 3));
  ASSERT_TRUE(held->time.end.has_value());
  EXPECT_EQ(*held->time.end, Date(2022, 3, 3));
}

TEST(Events, NamedGatheringsAndTheirAcronymsAreEventMentions) {
  const std::string text =
      "Jobs spoke at the Worldwide Developers Conference (WWDC) in San Francisco. Later at WWDC "
      "he showed a phone.";
  Extracted bare = ExtractFrom(text, {}, /*keep_bare=*/true);
  ASSERT_NE(bare.ByTrigger("Conference"), nullptr);
  EXPECT_EQ(bare.ByTrigger("Conference")->type, "meet");
  size_t acronyms = std::count_if(bare.events.begin(), bare.events.end(), [](const Event& e) {
    return e.evidence[0].trigger_text == "WWDC";
  });
  EXPECT_EQ(acronyms, 2u);
}

TEST(Events, CoordinatedVerbsShareTheSubjectAndRelativeClausesTakeTheirAntecedent) {
  Extracted x = ExtractFrom(
      "Russia attacked Kharkiv on Monday and shelled Kyiv. Poland, which hosted the refugees, "
      "criticized Moscow.",
      {}, /*keep_bare=*/true);
  const Event* shelled = x.ByTrigger("shelled");
  ASSERT_NE(shelled, nullptr);
  EXPECT_TRUE(HasParticipant(*shelled, "country:RU", Role::kSource));
  const Event* hosted = x.ByTrigger("hosted");
  ASSERT_NE(hosted, nullptr);
  EXPECT_TRUE(HasParticipant(*hosted, "country:PL", Role::kSource));
  // Without "and" before it, a verb does not borrow another verb's subject.
  Extracted y = ExtractFrom("Russia attacked Kharkiv. Shelling resumed.", {}, true);
  const Event* resumed = y.ByTrigger("resumed");
  if (resumed != nullptr) {
    EXPECT_FALSE(HasParticipant(*resumed, "country:RU", Role::kSource));
  }
}

TEST(Events, SpeakingWithOfficialsIsAMeetingWithThePeopleTheirOfficesName) {
  Extracted x = ExtractFrom(
      "Kaja Kallas said she will be speaking with the Ukrainian Defense Minister and Foreign "
      "Minister today. The delegation included Rustem Umerov, National Security Advisor and "
      "Ukrainian Minister of Defense.");
  const Event* call = x.ByTrigger("speaking");
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(call->type, "meet");
  EXPECT_EQ(call->modality, Modality::kPlanned);
  EXPECT_TRUE(HasParticipant(*call, "person:rustem-umerov", Role::kParticipant));
  // No one of the text holds the foreign ministry: the office stands for its country.
  EXPECT_TRUE(HasParticipant(*call, "country:UA", Role::kParticipant));
}

TEST(Events, UntypedMentionsWithoutActorPlaceOrDateStayOutOfTheGraph) {
  const std::string text =
      "Our duty is to make Ukraine strong. Pressure was applied to the Russian army. The "
      "defense industry of the bloc grew. Russia released the prisoners.";
  Extracted graph = ExtractFrom(text);
  EXPECT_EQ(graph.ByTrigger("duty"), nullptr);
  EXPECT_EQ(graph.ByTrigger("make"), nullptr);
  EXPECT_EQ(graph.ByTrigger("applied"), nullptr);
  EXPECT_EQ(graph.ByTrigger("defense"), nullptr);
  EXPECT_NE(graph.ByTrigger("released"), nullptr);
  // They are still event mentions for trigger detection.
  Extracted bare = ExtractFrom(text, {}, /*keep_bare=*/true);
  EXPECT_NE(bare.ByTrigger("applied"), nullptr);
}

TEST(Events, APossessorInAPhraseAfterTheVerbIsNotItsTarget) {
  Extracted x = ExtractFrom("Kaja Kallas criticized the ministers of Russia's government.");
  const Event* e = x.ByTrigger("criticized");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(HasParticipant(*e, "country:RU", Role::kTarget));
}

TEST(Events, ADemonymIsNoSubjectAndTheCityAttackedIsThePlace) {
  Extracted x = ExtractFrom("A Russian tank was filmed. The occupiers shelled Kharkiv again.");
  EXPECT_EQ(x.ByTrigger("tank"), nullptr);
  const Event* shelled = x.ByTrigger("shelled");
  ASSERT_NE(shelled, nullptr);
  ASSERT_TRUE(shelled->location.has_value());
  EXPECT_EQ(shelled->location->name, "Kharkiv");
}

TEST(Events, ADateOpeningTheSentenceDatesItsMainVerb) {
  const std::string text = "Russia attacked Kharkiv. On Wednesday, Ukraine said the talks failed.";
  std::vector<Timex> tx = {MakeTimex(text, "Wednesday", "2025-11-26", TimeBasis::kRelative)};
  Extracted x = ExtractFrom(text, tx);
  const Event* said = x.ByTrigger("said");
  ASSERT_NE(said, nullptr);
  ASSERT_TRUE(said->time.begin.has_value());
  EXPECT_EQ(*said->time.begin, Date(2025, 11, 26));
  // Without the comma, and with an apposition between the date and the verb.
  const std::string text2 =
      "Russia attacked Kharkiv. On Monday Lloyd Austin, the US defence secretary, said the war "
      "would go on.";
  std::vector<Timex> tx2 = {MakeTimex(text2, "Monday", "2025-11-24", TimeBasis::kRelative)};
  Extracted y = ExtractFrom(text2, tx2);
  const Event* said2 = y.ByTrigger("said");
  ASSERT_NE(said2, nullptr);
  ASSERT_TRUE(said2->time.end.has_value());
  EXPECT_EQ(*said2->time.end, Date(2025, 11, 24));
}

TEST(Events, FailingToActIsNegatedAndAnAvertedEventHypothetical) {
  Extracted x = ExtractFrom(
      "Russia failed to capture Kyiv. Ukraine acted to avoid an attack by Russia.", {}, true);
  const Event* capture = x.ByTrigger("capture");
  ASSERT_NE(capture, nullptr);
  EXPECT_EQ(capture->modality, Modality::kNegated);
  const Event* attack = x.ByTrigger("attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->modality, Modality::kHypothetical);
}

TEST(Events, LexiconWordsInTheWrongPartOfSpeechAreNoTriggers) {
  Extracted x = ExtractFrom(
      "Shoigu met Putin's senior aides on Monday. Finland got Russia to the negotiating table.",
      {}, /*keep_bare=*/true);
  const Event* aides = x.ByTrigger("aides");
  EXPECT_TRUE(aides == nullptr || aides->type != "aid");
  const Event* table = x.ByTrigger("negotiating");
  EXPECT_TRUE(table == nullptr || table->type != "negotiate");
}

TEST(Events, AModalBeforeANounMakesItHypothetical) {
  Extracted x = ExtractFrom("This could become the biggest assault on Ukraine.", {}, true);
  const Event* assault = x.ByTrigger("assault");
  ASSERT_NE(assault, nullptr);
  EXPECT_EQ(assault->modality, Modality::kHypothetical);
}

TEST(Events, AdjectivesAndTopicNounsStayOutOfTheGraph) {
  Extracted x = ExtractFrom(
      "It is also striking that Nato acted. Nothing very promising came. Ceasefire talks were "
      "held in Belarus.");
  EXPECT_EQ(x.ByTrigger("striking"), nullptr);
  EXPECT_EQ(x.ByTrigger("promising"), nullptr);
  EXPECT_EQ(x.ByTrigger("Ceasefire"), nullptr);
  EXPECT_NE(x.ByTrigger("talks"), nullptr);
}

TEST(Events, AYearInsideANounPhraseDatesItsHead) {
  const std::string text = "The tribunals were set up after the 1994 Rwanda genocide.";
  std::vector<Timex> tx = {MakeTimex(text, "1994", "1994", TimeBasis::kExplicit)};
  Extracted x = ExtractFrom(text, tx, /*keep_bare=*/true);
  const Event* genocide = x.ByTrigger("genocide");
  ASSERT_NE(genocide, nullptr);
  ASSERT_TRUE(genocide->time.begin.has_value());
  EXPECT_EQ(*genocide->time.begin, Date(1994, 1, 1));
}

TEST(Events, AModalAfterThenStaysHypotheticalAndAPostponedMeetingDidNotHappen) {
  Extracted x = ExtractFrom(
      "If Nato is serious, then it should stop supplying arms to Kyiv. Meetings of the Nato-Russia "
      "Council were postponed.",
      {}, /*keep_bare=*/true);
  const Event* stop = x.ByTrigger("stop");
  ASSERT_NE(stop, nullptr);
  EXPECT_EQ(stop->modality, Modality::kHypothetical);
  const Event* meetings = x.ByTrigger("Meetings");
  ASSERT_NE(meetings, nullptr);
  EXPECT_EQ(meetings->modality, Modality::kNegated);
}

TEST(Events, AParticipleOfSayingTakesTheTimeOfItsVerb) {
  Extracted x = ExtractFrom("Kaja Kallas warned on Monday, saying Russia had not changed.");
  const Event* saying = x.ByTrigger("saying");
  const Event* warned = x.ByTrigger("warned");
  ASSERT_NE(saying, nullptr);
  ASSERT_NE(warned, nullptr);
  EXPECT_EQ(saying->time.end, warned->time.end);
  EXPECT_TRUE(saying->time.end.has_value());
}

namespace eg {
namespace {

TEST(Events, AVerbOfDoingTakesTheTypeOfItsEventObject) {
  auto x = ExtractFrom("Russia carried out three attacks on Kharkiv. The town suffered a series of "
                       "attacks.",
                       {}, true);
  const Event* carried = x.ByTrigger("carried");
  ASSERT_NE(carried, nullptr);
  EXPECT_EQ(carried->type, "attack");
  EXPECT_TRUE(HasParticipant(*carried, "country:RU", Role::kSource));
  // Without bare mentions the undergoing verb is gone and the noun carries the attack.
  auto y = ExtractFrom("The town suffered a series of attacks on Tuesday.");
  EXPECT_EQ(y.ByTrigger("suffered"), nullptr);
  ASSERT_NE(y.ByTrigger("attacks"), nullptr);
  EXPECT_EQ(y.ByTrigger("attacks")->type, "attack");
  // An ordinary object leaves the verb as it is.
  auto z = ExtractFrom("Russia carried out repairs on the bridge.", {}, true);
  ASSERT_NE(z.ByTrigger("carried"), nullptr);
  EXPECT_NE(z.ByTrigger("carried")->type, "attack");
}

TEST(Events, AConditionInsideAQuotationLeavesTheSayingAsserted) {
  auto x = ExtractFrom(
      "\xE2\x80\x9CIf the talks fail, we would respond,\xE2\x80\x9D Kaja Kallas added. "
      "If the talks fail, Europe would respond.");
  const Event* added = x.ByTrigger("added");
  ASSERT_NE(added, nullptr);
  EXPECT_NE(added->modality, Modality::kHypothetical);
  ASSERT_NE(x.ByTrigger("respond"), nullptr);
  EXPECT_EQ(x.ByTrigger("respond")->modality, Modality::kHypothetical);
}

TEST(Events, TheSecondOfTwoCoordinatedInfinitivesIsNoFact) {
  auto x = ExtractFrom("Diplomats say Russia is ready to retreat or negotiate.", {}, true);
  const Event* e = x.ByTrigger("negotiate");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->modality, Modality::kAsserted);
  EXPECT_TRUE(e->time.begin.has_value());
  EXPECT_FALSE(e->time.end.has_value());
}

TEST(Events, AGerundSubjectIsNotDatedByTheNarration) {
  std::string text =
      "The vote was held on 3 May. Polling in Sweden suggests that most voters back the plan.";
  auto x = ExtractFrom(text, {MakeTimex(text, "3 May", "2025-05-03", TimeBasis::kExplicit)}, true);
  const Event* e = x.ByTrigger("Polling");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->time.begin, Date(2025, 5, 3));
  EXPECT_NE(e->time.basis, TimeBasis::kRelative);
}

TEST(Events, ANounGovernedByAPresentOrAmbiguousVerbIsNoPointAtTheDct) {
  auto x = ExtractFrom("Europe has hit Russia with sanctions over an invasion of Ukraine.", {},
                       true);
  const Event* e = x.ByTrigger("invasion");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->time.begin == kDct && e->time.end == kDct);
}

TEST(Events, AVisitToAPlaceHappensThere) {
  auto x = ExtractFrom("The prosecutor spoke to reporters on a visit to Bucha on Monday.");
  const Event* e = x.ByTrigger("visit");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->name, "Bucha");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, AWordOfAPersonsTitleIsNoEvent) {
  auto x = ExtractFrom("White House press secretary Jen Psaki said the talks were over.");
  EXPECT_EQ(x.ByTrigger("press"), nullptr);
  ASSERT_NE(x.ByTrigger("said"), nullptr);
}

TEST(Events, NounsAfterACopulaAndNounsOfThingsAreNoEvents) {
  auto x = ExtractFrom("The treaty would represent a major boost to the alliance in Finland.");
  EXPECT_EQ(x.ByTrigger("boost"), nullptr);
  auto y = ExtractFrom("Soldiers unloaded the equipment in Kharkiv on Monday.", {}, true);
  EXPECT_EQ(y.ByTrigger("equipment"), nullptr);
  ASSERT_NE(y.ByTrigger("unloaded"), nullptr);
}

TEST(Events, AnUntypedNounNeedsAPlaceOfItsOwn) {
  auto x = ExtractFrom("Officials praised the boost to the navy's ships in Finland.");
  EXPECT_EQ(x.ByTrigger("boost"), nullptr);
  auto y = ExtractFrom("Officials praised the celebrations in Kharkiv.");
  ASSERT_NE(y.ByTrigger("celebrations"), nullptr);
}

TEST(Events, PositionsAndStatesAreNoEvents) {
  auto x = ExtractFrom(
      "The European Union considers it unacceptable. Drone footage shows the scale of the damage. "
      "The United States was outraged. The bridge was damaged in Kharkiv.");
  EXPECT_EQ(x.ByTrigger("considers"), nullptr);
  EXPECT_EQ(x.ByTrigger("shows"), nullptr);
  EXPECT_EQ(x.ByTrigger("outraged"), nullptr);
  ASSERT_NE(x.ByTrigger("damaged"), nullptr);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, APrepositionBeforeADateBoundsTheEventOnOneSide) {
  std::string text = "Russia has attacked Ukraine since 2014. Russia attacked Kharkiv before May 2025.";
  auto x = ExtractFrom(text, {MakeTimex(text, "2014", "2014", TimeBasis::kExplicit),
                              MakeTimex(text, "May 2025", "2025-05", TimeBasis::kExplicit)});
  ASSERT_GE(x.events.size(), 2u);
  const Event* since = nullptr;
  const Event* before = nullptr;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger.begin < text.find("since")) since = &e;
    if (e.evidence[0].trigger.begin > text.find("Kharkiv") - 10 &&
        e.evidence[0].trigger_text == "attacked") {
      before = &e;
    }
  }
  ASSERT_NE(since, nullptr);
  EXPECT_EQ(since->time.begin, Date(2014, 1, 1));
  EXPECT_EQ(since->time.end, kDct);
  ASSERT_NE(before, nullptr);
  EXPECT_FALSE(before->time.begin.has_value());
  EXPECT_EQ(before->time.end, Date(2025, 5, 1));
}

TEST(Events, AModalAfterADefiniteEventNounIsNotItsPlan) {
  auto x = ExtractFrom("Leaders feared that the conflict would spread to Moldova. The talks will be "
                       "held in Geneva.",
                       {}, true);
  const Event* conflict = x.ByTrigger("conflict");
  ASSERT_NE(conflict, nullptr);
  EXPECT_NE(conflict->modality, Modality::kPlanned);
  EXPECT_FALSE(conflict->time.begin == kDct && !conflict->time.end);
  ASSERT_NE(x.ByTrigger("talks"), nullptr);
  EXPECT_EQ(x.ByTrigger("talks")->modality, Modality::kPlanned);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, ASayingSetOffAfterAConditionIsAsserted) {
  auto x = ExtractFrom("Russia will respond if Nato deploys troops, Vladimir Putin has said.");
  ASSERT_NE(x.ByTrigger("said"), nullptr);
  EXPECT_EQ(x.ByTrigger("said")->modality, Modality::kAsserted);
  ASSERT_NE(x.ByTrigger("respond"), nullptr);
  EXPECT_EQ(x.ByTrigger("respond")->modality, Modality::kHypothetical);
}

TEST(Events, AnIfAfterAskingIsWhetherAndAnIfAfterANounIsNotItsCondition) {
  auto x = ExtractFrom(
      "Asked at the summit in Madrid if he was at odds with the minister, Boris Johnson dodged "
      "the question.");
  ASSERT_NE(x.ByTrigger("summit"), nullptr);
  EXPECT_NE(x.ByTrigger("summit")->modality, Modality::kHypothetical);
  ASSERT_NE(x.ByTrigger("dodged"), nullptr);
  EXPECT_NE(x.ByTrigger("dodged")->modality, Modality::kHypothetical);
}

TEST(Events, WhatIsGuardedAgainstIsHypothetical) {
  auto x = ExtractFrom("Allies will send kits to protect against nuclear and chemical attacks.");
  ASSERT_NE(x.ByTrigger("attacks"), nullptr);
  EXPECT_EQ(x.ByTrigger("attacks")->modality, Modality::kHypothetical);
}

TEST(Events, APlaceOfAnAbstractNounOrANameModifyingANounIsNotTheEvents) {
  auto x = ExtractFrom(
      "Boris Johnson discussed the humanitarian situation in Ukraine. Boris Johnson announced a "
      "shift in US policy. Russian forces shelled a hospital in Mariupol.");
  ASSERT_NE(x.ByTrigger("discussed"), nullptr);
  EXPECT_FALSE(x.ByTrigger("discussed")->location.has_value());
  ASSERT_NE(x.ByTrigger("announced"), nullptr);
  EXPECT_FALSE(x.ByTrigger("announced")->location.has_value());
  ASSERT_NE(x.ByTrigger("shelled"), nullptr);
  ASSERT_TRUE(x.ByTrigger("shelled")->location.has_value());
  EXPECT_EQ(x.ByTrigger("shelled")->location->name, "Mariupol");
}

TEST(Events, APlaceAfterTheNextSubjectBelongsToItsClause) {
  auto x = ExtractFrom("After the invasion of 2022 it has raised its presence in Poland.", {},
                       true);
  ASSERT_NE(x.ByTrigger("invasion"), nullptr);
  EXPECT_FALSE(x.ByTrigger("invasion")->location.has_value());
}

TEST(Events, TroopsStationedSomewhereAreNoVerb) {
  auto x = ExtractFrom("Joe Biden will meet US troops stationed in Poland.", {}, true);
  EXPECT_EQ(x.ByTrigger("troops"), nullptr);
}

TEST(Events, FiringMunitionsIsAnAttack) {
  auto x = ExtractFrom("Russian forces are firing up to 60,000 shells a day.");
  ASSERT_NE(x.ByTrigger("firing"), nullptr);
  EXPECT_EQ(x.ByTrigger("firing")->type, "attack");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, StoppingAnExistingWarLeavesTheWarAsserted) {
  auto x = ExtractFrom("Leaders want to stop the war in Ukraine. Leaders want to avoid a war in "
                       "Moldova.",
                       {}, true);
  const Event* existing = nullptr;
  const Event* averted = nullptr;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text != "war") continue;
    (existing == nullptr ? existing : averted) = &e;
  }
  ASSERT_NE(existing, nullptr);
  ASSERT_NE(averted, nullptr);
  EXPECT_NE(existing->modality, Modality::kHypothetical);
  EXPECT_EQ(averted->modality, Modality::kHypothetical);
}

TEST(Events, ANounDatedInTheFutureByItsVerbIsPlanned) {
  auto x = ExtractFrom("Nato will only offer non-lethal aid to Ukraine.");
  const Event* e = x.ByTrigger("aid");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::kPlanned);
  EXPECT_EQ(e->time.begin, kDct);
}

TEST(Events, ANameBeforeASpeechPlacesTheSaying) {
  auto x = ExtractFrom("Putin must go, Joe Biden says in Warsaw speech.");
  const Event* e = x.ByTrigger("says");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->name, "Warsaw");
}

TEST(Events, AnIngWordAfterANumberModifiesTheNoun) {
  auto x = ExtractFrom("Joe Biden told 1,200 graduating cadets in Annapolis that the war was wrong.",
                       {}, true);
  EXPECT_EQ(x.ByTrigger("graduating"), nullptr);
  ASSERT_NE(x.ByTrigger("told"), nullptr);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, MeetingAThingIsNoMeeting) {
  auto x = ExtractFrom("Russian forces would meet fierce resistance. Joe Biden met Olaf Scholz.", {},
                       true);
  ASSERT_NE(x.ByTrigger("meet"), nullptr);
  EXPECT_NE(x.ByTrigger("meet")->type, "meet");
  ASSERT_NE(x.ByTrigger("met"), nullptr);
  EXPECT_EQ(x.ByTrigger("met")->type, "meet");
}

TEST(Events, VerbsOfAdmittingAndLamentingReportSpeech) {
  auto x = ExtractFrom("Joe Biden lamented the losses. Daleep Singh is acknowledging that it will "
                       "take time.");
  ASSERT_NE(x.ByTrigger("lamented"), nullptr);
  EXPECT_EQ(x.ByTrigger("lamented")->type, "statement");
  ASSERT_NE(x.ByTrigger("acknowledging"), nullptr);
  EXPECT_EQ(x.ByTrigger("acknowledging")->type, "statement");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, CoordinatedEventNounsAreThreeEventsWithTheDateOfTheList) {
  std::string text =
      "Joe Biden will travel to Europe for a Nato summit, a G7 meeting and a European Council "
      "summit next week.";
  auto x = ExtractFrom(text, {MakeTimex(text, "next week", "2025-W50", TimeBasis::kRelative)});
  std::vector<const Event*> gatherings;
  for (const Event& e : x.events) {
    if (e.type == "meet") gatherings.push_back(&e);
  }
  ASSERT_EQ(gatherings.size(), 3u);
  for (const Event* e : gatherings) {
    EXPECT_EQ(e->time.begin, Date(2025, 12, 8)) << e->label;
    EXPECT_EQ(e->modality, Modality::kPlanned) << e->label;
  }
  EXPECT_NE(gatherings[0]->participants, gatherings[1]->participants);
}

TEST(Events, ADatedPrepositionAfterAPrepositionIsNoCoordination) {
  std::string text = "The talks in Geneva and the meeting in Paris on 3 December were tense.";
  auto x = ExtractFrom(text, {MakeTimex(text, "3 December", "2025-12-03", TimeBasis::kExplicit)},
                       true);
  ASSERT_NE(x.ByTrigger("talks"), nullptr);
  EXPECT_NE(x.ByTrigger("talks")->time.begin, Date(2025, 12, 3));
  ASSERT_NE(x.ByTrigger("meeting"), nullptr);
  EXPECT_EQ(x.ByTrigger("meeting")->time.begin, Date(2025, 12, 3));
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, ACoordinatedParticipleBeforeANounIsAnAdjective) {
  auto x = ExtractFrom("People see Russia as an unpredictable and isolated aggressor. Russian "
                       "forces attacked and seized the town of Izium.",
                       {}, true);
  EXPECT_EQ(x.ByTrigger("isolated"), nullptr);
  ASSERT_NE(x.ByTrigger("seized"), nullptr);
}

TEST(Events, ContinuingToFightIsOngoingNotPlanned) {
  auto x = ExtractFrom("Russian forces continue to fight in eastern Ukraine.", {}, true);
  const Event* e = x.ByTrigger("fight");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->modality, Modality::kPlanned);
  EXPECT_EQ(e->time.begin, kDct);
  EXPECT_EQ(e->time.end, kDct);
}

TEST(Events, ACancelledVisitDidNotHappen) {
  auto x = ExtractFrom("Serbia forced Sergei Lavrov to cancel the visit to Belgrade.", {}, true);
  ASSERT_NE(x.ByTrigger("visit"), nullptr);
  EXPECT_EQ(x.ByTrigger("visit")->modality, Modality::kNegated);
}

TEST(Events, BombardingIsAnAttackAndExpressingOrCitingIsSaying) {
  auto x = ExtractFrom("Russian forces bombarded Mariupol. Some officials of the European Union "
                       "expressed unease. The ministry cited the attacks.",
                       {}, true);
  ASSERT_NE(x.ByTrigger("bombarded"), nullptr);
  EXPECT_EQ(x.ByTrigger("bombarded")->type, "attack");
  ASSERT_NE(x.ByTrigger("expressed"), nullptr);
  EXPECT_EQ(x.ByTrigger("expressed")->type, "statement");
  ASSERT_NE(x.ByTrigger("cited"), nullptr);
  EXPECT_EQ(x.ByTrigger("cited")->type, "statement");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, TheMediumOfASayingGivesItsDateToTheSaying) {
  std::string text = "The party said in a statement on 3 December that it would vote.";
  auto x = ExtractFrom(text, {MakeTimex(text, "3 December", "2025-12-03", TimeBasis::kExplicit)},
                       true);
  ASSERT_NE(x.ByTrigger("said"), nullptr);
  EXPECT_EQ(x.ByTrigger("said")->time.begin, Date(2025, 12, 3));
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, ThePlaceAMovementReachesIsWhereItHappened) {
  auto x = ExtractFrom("Officials said saboteurs have entered Kyiv. Russian troops encircled "
                       "Mariupol on Monday.");
  ASSERT_NE(x.ByTrigger("entered"), nullptr);
  ASSERT_TRUE(x.ByTrigger("entered")->location.has_value());
  EXPECT_EQ(x.ByTrigger("entered")->location->name, "Kyiv");
  ASSERT_NE(x.ByTrigger("encircled"), nullptr);
  ASSERT_TRUE(x.ByTrigger("encircled")->location.has_value());
  EXPECT_EQ(x.ByTrigger("encircled")->location->name, "Mariupol");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, AdjectivesInAVerbsPlaceAreNoEvents) {
  auto x = ExtractFrom(
      "Joe Biden made it clear that aid would come. Russia has aerial, naval and ground forces. "
      "Two captured soldiers have pleaded guilty. Armoured vehicles in Kyiv.",
      {}, true);
  EXPECT_EQ(x.ByTrigger("clear"), nullptr);
  EXPECT_EQ(x.ByTrigger("ground"), nullptr);
  EXPECT_EQ(x.ByTrigger("captured"), nullptr);
  EXPECT_EQ(x.ByTrigger("Armoured"), nullptr);
}

TEST(Events, WhatWasRefusedDidNotHappen) {
  auto x = ExtractFrom("Hungary was criticised over its refusal to agree an oil embargo.", {}, true);
  ASSERT_NE(x.ByTrigger("embargo"), nullptr);
  EXPECT_EQ(x.ByTrigger("embargo")->modality, Modality::kNegated);
}

TEST(Events, AVerbCoordinatedWithAnInfinitiveIsPlanned) {
  auto x = ExtractFrom("The mayor urged residents to stay home but prepare supplies.", {}, true);
  ASSERT_NE(x.ByTrigger("prepare"), nullptr);
  EXPECT_EQ(x.ByTrigger("prepare")->modality, Modality::kPlanned);
}

TEST(Events, AParticipleAfterAFutureClauseIsPlanned) {
  auto x = ExtractFrom("Nato announced it will double its battlegroups, sending them to Hungary.", {},
                       true);
  ASSERT_NE(x.ByTrigger("sending"), nullptr);
  EXPECT_EQ(x.ByTrigger("sending")->modality, Modality::kPlanned);
}

TEST(Events, ADateRightBeforeAVerbDatesIt) {
  std::string text = "Magdalena Andersson praised the policy, and in March said she would act.";
  auto x = ExtractFrom(text, {MakeTimex(text, "March", "2025-03", TimeBasis::kRelative)}, true);
  ASSERT_NE(x.ByTrigger("said"), nullptr);
  EXPECT_EQ(x.ByTrigger("said")->time.begin, Date(2025, 3, 1));
}

TEST(Events, AHabitIsNoHappening) {
  auto x = ExtractFrom("Olaf Scholz rarely spoke in public. Olaf Scholz spoke in Berlin.");
  size_t spoke = 0;
  for (const Event& e : x.events) spoke += e.evidence[0].trigger_text == "spoke";
  EXPECT_EQ(spoke, 1u);
}

TEST(Events, AMovementReachesItsObjectNotAParty) {
  auto x = ExtractFrom("Russian troops reached Kyiv on Monday. A deal was reached with Turkey.", {},
                       true);
  const Event* kyiv = nullptr;
  const Event* turkey = nullptr;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text != "reached") continue;
    (kyiv == nullptr ? kyiv : turkey) = &e;
  }
  ASSERT_NE(kyiv, nullptr);
  ASSERT_TRUE(kyiv->location.has_value());
  EXPECT_EQ(kyiv->location->name, "Kyiv");
  ASSERT_NE(turkey, nullptr);
  EXPECT_FALSE(turkey->location.has_value());
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, AnEventNounGoingOnAtPublicationBeganBeforeIt) {
  auto x = ExtractFrom("The war is heading into a second month. Talks are being held in Geneva.");
  const Event* war = x.ByTrigger("war");
  ASSERT_NE(war, nullptr);
  EXPECT_FALSE(war->time.begin.has_value());
  EXPECT_EQ(war->time.end, kDct);
  const Event* talks = x.ByTrigger("Talks");
  ASSERT_NE(talks, nullptr);
  EXPECT_FALSE(talks->time.begin.has_value());
  EXPECT_EQ(talks->time.end, kDct);
}

TEST(Events, GoverningIsAState) {
  auto x = ExtractFrom("Taiwan has governed itself since 1949.");
  EXPECT_EQ(x.ByTrigger("governed"), nullptr);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, AnUntypedSimplePresentIsAHabitNotAHappening) {
  auto x = ExtractFrom("Officials said on Monday that Russia uses diplomacy to spread claims. "
                       "Russia is moving troops to the border.");
  EXPECT_EQ(x.ByTrigger("uses"), nullptr);
  ASSERT_NE(x.ByTrigger("moving"), nullptr);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, AnIngWordBeforePeopleDescribesThem) {
  auto x = ExtractFrom("Ukrainian forces pushed occupying Russian troops from the island. Russia "
                       "began attacking the army in Donbas.",
                       {}, true);
  EXPECT_EQ(x.ByTrigger("occupying"), nullptr);
  ASSERT_NE(x.ByTrigger("attacking"), nullptr);
}

TEST(Events, AThreatIsMadeWhateverItsConditionAndWhatIsWarnedAgainstMayNotHappen) {
  auto x = ExtractFrom(
      "Russia threatened to block ten outlets unless they deleted the videos. Nato leaders warned "
      "Russia against using chemical weapons.",
      {}, true);
  ASSERT_NE(x.ByTrigger("threatened"), nullptr);
  EXPECT_NE(x.ByTrigger("threatened")->modality, Modality::kHypothetical);
  ASSERT_NE(x.ByTrigger("using"), nullptr);
  EXPECT_EQ(x.ByTrigger("using")->modality, Modality::kHypothetical);
}

TEST(Events, AddressingAnAudienceIsSaying) {
  auto x = ExtractFrom("Addressing the summit, Jacinda Ardern warned of China.");
  ASSERT_NE(x.ByTrigger("Addressing"), nullptr);
  EXPECT_EQ(x.ByTrigger("Addressing")->type, "statement");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, SeizingLandIsAnOccupationAndSeizingGoodsIsNot) {
  auto x = ExtractFrom("Russian troops seized Kherson on Wednesday. Police seized weapons in Kyiv.",
                       {}, true);
  const Event* land = nullptr;
  const Event* goods = nullptr;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text != "seized") continue;
    (land == nullptr ? land : goods) = &e;
  }
  ASSERT_NE(land, nullptr);
  ASSERT_NE(goods, nullptr);
  EXPECT_EQ(land->type, "invade");
  EXPECT_EQ(goods->type, "coerce");
}

TEST(Events, AnOfferOrHintIsMadeWhateverItsCondition) {
  auto x = ExtractFrom("Ukraine has offered to accept neutrality if it receives guarantees.", {},
                       true);
  ASSERT_NE(x.ByTrigger("offered"), nullptr);
  EXPECT_NE(x.ByTrigger("offered")->modality, Modality::kHypothetical);
}

TEST(Events, TroopsDeployedToACountryAreDeployedThere) {
  auto x = ExtractFrom("Joe Biden said 7,000 troops would be deployed to Germany.");
  const Event* e = x.ByTrigger("deployed");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->name, "Germany");
}

TEST(Events, StatesOfOfficeAreNoEvents) {
  auto x = ExtractFrom("Rosneft is chaired by Gerhard Schroeder. They also reduce the risks.");
  EXPECT_EQ(x.ByTrigger("chaired"), nullptr);
  EXPECT_EQ(x.ByTrigger("reduce"), nullptr);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, TheCityStruckIsWhereAnAttackHappened) {
  auto x = ExtractFrom("Russia has dropped bombs on residential areas of Chernihiv.");
  const Event* e = x.ByTrigger("dropped");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, "attack");
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->name, "Chernihiv");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, EndingAnEventThatExistsLeavesItAsserted) {
  auto x = ExtractFrom("Boris Johnson will seek to end Russia's war.", {}, true);
  const Event* e = x.ByTrigger("war");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::kAsserted);
  EXPECT_FALSE(e->time.begin.has_value());
  EXPECT_EQ(e->time.end, kDct);
}

TEST(Events, TheSecondOfCoordinatedNounPhrasesAfterAnInfinitiveIsAnAim) {
  auto x = ExtractFrom("The assembly voted to provide more aid access and civilian protection in "
                       "Ukraine.",
                       {}, true);
  ASSERT_NE(x.ByTrigger("protection"), nullptr);
  EXPECT_EQ(x.ByTrigger("protection")->modality, Modality::kPlanned);
}

TEST(Events, HintingIsSaying) {
  auto x = ExtractFrom("Vladimir Putin hinted the conflict could spread unless the west changed "
                       "course.");
  ASSERT_NE(x.ByTrigger("hinted"), nullptr);
  EXPECT_EQ(x.ByTrigger("hinted")->type, "statement");
  EXPECT_NE(x.ByTrigger("hinted")->modality, Modality::kHypothetical);
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, AGatheringPostponedAfterAnAppositionDidNotHappen) {
  auto x = ExtractFrom("Meetings of the Nato-Russia Council, the main consultation body, were "
                       "postponed.",
                       {}, true);
  ASSERT_NE(x.ByTrigger("Meetings"), nullptr);
  EXPECT_EQ(x.ByTrigger("Meetings")->modality, Modality::kNegated);
}

TEST(Events, ARelativeClauseInsideAConditionIsOutsideIt) {
  auto x = ExtractFrom("If they act against Sweden, which they have threatened, the United States "
                       "would respond.",
                       {}, true);
  ASSERT_NE(x.ByTrigger("threatened"), nullptr);
  EXPECT_NE(x.ByTrigger("threatened")->modality, Modality::kHypothetical);
  ASSERT_NE(x.ByTrigger("respond"), nullptr);
  EXPECT_EQ(x.ByTrigger("respond")->modality, Modality::kHypothetical);
}

TEST(Events, EnteringTheOutskirtsOfACityHappensThere) {
  auto x = ExtractFrom("Russian forces entered the outskirts of Kyiv. Sergei Lavrov quipped.");
  const Event* e = x.ByTrigger("entered");
  ASSERT_NE(e, nullptr);
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->name, "Kyiv");
  ASSERT_NE(x.ByTrigger("quipped"), nullptr);
  EXPECT_EQ(x.ByTrigger("quipped")->type, "statement");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, ABareWeekdayOfAFutureClauseIsInTheWeekAfter) {
  // The DCT, 2025-12-01, is a Monday; a tagger anchored "Thursday" to the Thursday before.
  std::string text = "Joe Biden will attend a Nato summit in Brussels on Thursday.";
  auto x = ExtractFrom(text, {MakeTimex(text, "Thursday", "2025-11-27", TimeBasis::kRelative)});
  const Event* e = x.ByTrigger("summit");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->time.begin, Date(2025, 12, 4));
  EXPECT_EQ(e->modality, Modality::kPlanned);
}

TEST(Events, ParticiplesRelativeClausesAndModalsOfGoverningVerbs) {
  auto x = ExtractFrom(
      "On Monday, Daniel Boffey visited the town of Bucha, speaking to the residents. "
      "Officials held talks over a deal that could bring extra gas. "
      "Jets could be used to hit Russian forces. "
      "She said neither side expected an attack but added that an assault was possible.",
      {}, true);
  ASSERT_NE(x.ByTrigger("speaking"), nullptr);
  ASSERT_TRUE(x.ByTrigger("speaking")->location.has_value());
  EXPECT_EQ(x.ByTrigger("speaking")->location->name, "Bucha");
  ASSERT_NE(x.ByTrigger("deal"), nullptr);
  EXPECT_EQ(x.ByTrigger("deal")->modality, Modality::kHypothetical);
  ASSERT_NE(x.ByTrigger("hit"), nullptr);
  EXPECT_EQ(x.ByTrigger("hit")->type, "attack");
  EXPECT_EQ(x.ByTrigger("hit")->modality, Modality::kHypothetical);
  ASSERT_NE(x.ByTrigger("added"), nullptr);
  EXPECT_NE(x.ByTrigger("added")->modality, Modality::kNegated);
}

TEST(Events, APersonsHomeTownIsNoPlaceOfTheEvent) {
  auto x = ExtractFrom("Dylan Healy of Huntingdon was charged with terrorism.", {}, true);
  for (const Event& e : x.events) {
    if (e.location) {
      EXPECT_NE(e.location->name, "Huntingdon") << e.label;
    }
  }
  ASSERT_FALSE(x.events.empty());
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, StrugglesAndLastingRelationsAreNoEvents) {
  auto x = ExtractFrom(
      "The ministry cited article 11 of the treaty. The challenge that Russia has "
      "struggled to address is large. Finnish leaders maintained dialogue with Vladimir Putin.",
      {}, false);
  EXPECT_EQ(x.ByTrigger("struggled"), nullptr);
  EXPECT_EQ(x.ByTrigger("maintained"), nullptr);
  ASSERT_NE(x.ByTrigger("cited"), nullptr);
}

TEST(Events, InCaseAndWhetherOpenConditions) {
  auto x = ExtractFrom(
      "Troops will be ready in case Russia threatens a military attack on a member. Asked "
      "whether he was consulting China, Joe Biden would not comment.",
      {}, true);
  ASSERT_NE(x.ByTrigger("attack"), nullptr);
  EXPECT_EQ(x.ByTrigger("attack")->modality, Modality::kHypothetical);
  ASSERT_NE(x.ByTrigger("consulting"), nullptr);
  EXPECT_EQ(x.ByTrigger("consulting")->modality, Modality::kHypothetical);
}

TEST(Events, MeetingARequirementAfterNumbersIsNoMeeting) {
  auto x = ExtractFrom("He took a job to ensure he met the 18,600 pound income requirement.", {},
                       true);
  ASSERT_NE(x.ByTrigger("met"), nullptr);
  EXPECT_NE(x.ByTrigger("met")->type, "meet");
}

TEST(Events, AFutureInThePastStartsAfterItsSayingNotAfterThePublication) {
  const std::string text =
      "In March, Germany said Poland would recognise the new government. Germany says Poland "
      "would recognise the new government. Germany said Poland will recognise the new "
      "government. Germany said Poland would recognise the new government.";
  auto x = ExtractFrom(text, {MakeTimex(text, "March", "2025-03", TimeBasis::kRelative)}, true);
  std::vector<const Event*> recognise;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "recognise") recognise.push_back(&e);
  }
  ASSERT_EQ(recognise.size(), 4u);
  // Seen from a saying in March: after its first day, the end open, not after the publication.
  EXPECT_EQ(recognise[0]->time.begin, Date(2025, 3, 1));
  EXPECT_FALSE(recognise[0]->time.end.has_value());
  EXPECT_EQ(recognise[0]->modality, Modality::kPlanned);
  // A present saying or a "will" looks forward from the publication; so does an undated
  // saying, most often the news of the day.
  EXPECT_EQ(recognise[1]->time.begin, kDct);
  EXPECT_EQ(recognise[2]->time.begin, kDct);
  EXPECT_EQ(recognise[3]->time.begin, kDct);
}

TEST(Events, AnInfinitiveAfterADecisionTakenIsNotDatedAfterThePublication) {
  auto x = ExtractFrom("The sanctions answer Germany's decision to recognise the new government.",
                       {}, true);
  const Event* e = x.ByTrigger("recognise");
  ASSERT_NE(e, nullptr);
  EXPECT_FALSE(e->time.begin.has_value());
  EXPECT_FALSE(e->time.end.has_value());
}

TEST(Events, AMonthAndDayNamingAHappeningIsTheLastSuchDayBeforeThePublication) {
  // The tagger read both dates forward (the clause is future); a happening named by its date
  // took place, a gathering named by its date may be ahead.
  const std::string text =
      "The committee investigating the January 6 attack will vote next week. Leaders will "
      "prepare for the January 9 summit.";
  auto x = ExtractFrom(text,
                       {MakeTimex(text, "January 6", "2026-01-06", TimeBasis::kRelative),
                        MakeTimex(text, "January 9", "2026-01-09", TimeBasis::kRelative)},
                       true);
  const Event* attack = x.ByTrigger("attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_FALSE(attack->time.begin.has_value());
  EXPECT_EQ(attack->time.end, Date(2025, 1, 6));
  EXPECT_NE(attack->modality, Modality::kPlanned);
  const Event* summit = x.ByTrigger("summit");
  ASSERT_NE(summit, nullptr);
  EXPECT_EQ(summit->time.begin, Date(2026, 1, 9));
}

TEST(Events, AnEventNounInsideACompoundNamingAThingIsNoEvent) {
  auto x = ExtractFrom(
      "Russia sits on a war chest of reserves. The court of appeals ruled against Germany. "
      "Germany held a press conference in Berlin.",
      {}, true);
  EXPECT_EQ(x.ByTrigger("war"), nullptr);
  EXPECT_EQ(x.ByTrigger("appeals"), nullptr);
  // A compound whose first sense is no thing ("press conference") keeps its event.
  EXPECT_NE(x.ByTrigger("conference"), nullptr);
}

TEST(Events, AVerbSpelledOutByASayingParticipleIsAStatement) {
  auto x = ExtractFrom(
      "Angela Merkel defended the accords, saying they bought time. Boris Johnson resigned, "
      "saying he was sorry. Olaf Scholz denied the report.",
      {}, true);
  ASSERT_NE(x.ByTrigger("defended"), nullptr);
  EXPECT_EQ(x.ByTrigger("defended")->type, "statement");
  ASSERT_NE(x.ByTrigger("resigned"), nullptr);
  EXPECT_EQ(x.ByTrigger("resigned")->type, "other");
  ASSERT_NE(x.ByTrigger("denied"), nullptr);
  EXPECT_EQ(x.ByTrigger("denied")->type, "statement");
}

TEST(Events, AddressingAnAudienceIsSpeakingAddressingConcernsIsNot) {
  auto x = ExtractFrom(
      "Olaf Scholz addressed the nation. The agreement addressed all the concerns of the "
      "allies.",
      {}, true);
  std::vector<const Event*> addressed;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "addressed") addressed.push_back(&e);
  }
  ASSERT_GE(addressed.size(), 1u);
  EXPECT_EQ(addressed[0]->type, "statement");
  for (size_t i = 1; i < addressed.size(); ++i) EXPECT_NE(addressed[i]->type, "statement");
}

TEST(Events, PlacesSetOffByACommaAWhereOrAVisit) {
  auto x = ExtractFrom(
      "In Kherson, east of Odessa, Svitlana Petrenko described the column. Joe Biden flew to "
      "Madrid, where he met Pedro Sanchez. Karim Khan spoke on a visit to Bucha about the "
      "crimes. In Lviv, he said, the words were read as a threat.",
      {}, true);
  auto place = [&x](std::string_view trigger) -> std::string {
    const Event* e = x.ByTrigger(trigger);
    if (e == nullptr) return "no event";
    return e->location ? e->location->entity : "";
  };
  EXPECT_EQ(place("described"), "location:kherson-ua");
  EXPECT_EQ(place("met"), "location:madrid-es");
  EXPECT_EQ(place("spoke"), "location:bucha-ua");
  // A parenthetical saying after the opening phrase is not placed by it.
  EXPECT_EQ(place("said"), "");
}

TEST(Events, APossessorBeforeASuperlativeIsNoPlaceOfTheStrike) {
  auto x = ExtractFrom(
      "Russia shelled Europe's largest power plant. Russia shelled Kharkiv's eastern "
      "districts.",
      {}, true);
  std::vector<const Event*> shelled;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "shelled") shelled.push_back(&e);
  }
  ASSERT_EQ(shelled.size(), 2u);
  EXPECT_FALSE(shelled[0]->location.has_value());
  ASSERT_TRUE(shelled[1]->location.has_value());
  EXPECT_EQ(shelled[1]->location->entity, "location:kharkiv-ua");
}

TEST(Events, APresentInAClauseOfTimeBeforeAWillLooksAhead) {
  auto x = ExtractFrom(
      "Once Kharkiv is captured by the army, Russia will move troops to the border. When "
      "Germany visited Poland, Russia protested.",
      {}, true);
  const Event* captured = x.ByTrigger("captured");
  ASSERT_NE(captured, nullptr);
  EXPECT_EQ(captured->modality, Modality::kPlanned);
  EXPECT_EQ(captured->time.begin, kDct);
  // A past tense in the clause of time stays a fact.
  const Event* visited = x.ByTrigger("visited");
  ASSERT_NE(visited, nullptr);
  EXPECT_EQ(visited->modality, Modality::kAsserted);
}

TEST(Events, WhatIsAvertedStaysHypotheticalThroughQuotesAndNamesAreNoPastVerbs) {
  auto x = ExtractFrom(
      "Nato will not send troops, to avoid an \u201cexistential\u201d war with Russia. Olaf "
      "Scholz urged the United Nations to dispatch a mission to Kharkiv.",
      {}, true);
  const Event* war = x.ByTrigger("war");
  ASSERT_NE(war, nullptr);
  EXPECT_EQ(war->modality, Modality::kHypothetical);
  // "United" is part of a name, not a past verb that would make the infinitive a purpose.
  const Event* dispatch = x.ByTrigger("dispatch");
  ASSERT_NE(dispatch, nullptr);
  EXPECT_EQ(dispatch->modality, Modality::kPlanned);
}

TEST(Events, AnOpeningOccasionOrAVisitPlacesTheVerbAndAffirmingIsSaying) {
  auto x = ExtractFrom(
      "In a speech at a college in Lviv on Monday, Olaf Scholz praised the volunteers. Joko "
      "Widodo spoke of his visit to Kharkiv to meet with Olaf Scholz. Olaf Scholz affirmed the "
      "plan.",
      {}, true);
  const Event* praised = x.ByTrigger("praised");
  ASSERT_NE(praised, nullptr);
  ASSERT_TRUE(praised->location.has_value());
  EXPECT_EQ(praised->location->entity, "location:lviv-ua");
  const Event* meet = x.ByTrigger("meet");
  ASSERT_NE(meet, nullptr);
  ASSERT_TRUE(meet->location.has_value());
  EXPECT_EQ(meet->location->entity, "location:kharkiv-ua");
  ASSERT_NE(x.ByTrigger("affirmed"), nullptr);
  EXPECT_EQ(x.ByTrigger("affirmed")->type, "statement");
}

TEST(Events, SpeakingByAColonAThatClauseOrASpeechGiven) {
  auto x = ExtractFrom(
      "Olaf Scholz concluded: \u201cThe plan works.\u201d Olaf Scholz recalled that the talks had "
      "failed. Germany recalled its ambassador. Olaf Scholz delivered an address to the nation. "
      "At least 40 civilians died: \u201cIt was terrible,\u201d the mayor said.",
      {}, true);
  ASSERT_NE(x.ByTrigger("concluded"), nullptr);
  EXPECT_EQ(x.ByTrigger("concluded")->type, "statement");
  ASSERT_NE(x.ByTrigger("delivered"), nullptr);
  EXPECT_EQ(x.ByTrigger("delivered")->type, "statement");
  std::vector<const Event*> recalled;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "recalled") recalled.push_back(&e);
  }
  ASSERT_EQ(recalled.size(), 2u);
  EXPECT_EQ(recalled[0]->type, "statement");
  EXPECT_NE(recalled[1]->type, "statement");  // recalling an ambassador is no speech
  // A colon without a speaker before the verb opens someone else's words.
  ASSERT_NE(x.ByTrigger("died"), nullptr);
  EXPECT_NE(x.ByTrigger("died")->type, "statement");
}

TEST(Events, AnOpeningPlaceOrAPlaceAntecedentPlacesNounsAndRelativeClauses) {
  auto x = ExtractFrom(
      "In Kharkiv, the shelling is still intense. The army left the city of Chernihiv, which "
      "Russia bombed in March.",
      {}, true);
  const Event* shelling = x.ByTrigger("shelling");
  ASSERT_NE(shelling, nullptr);
  ASSERT_TRUE(shelling->location.has_value());
  EXPECT_EQ(shelling->location->entity, "location:kharkiv-ua");
  const Event* bombed = x.ByTrigger("bombed");
  ASSERT_NE(bombed, nullptr);
  ASSERT_TRUE(bombed->location.has_value());
  EXPECT_EQ(bombed->location->entity, "location:chernihiv-ua");
}

TEST(Events, PeopleNamedByAnEventAndHearsayPassivesAreNoEvents) {
  // Without bare mentions: a hearsay passive stays a mention, but none for the graph.
  auto x = ExtractFrom(
      "Two aid workers have been named. The editor is said to have a direct line to Russia. "
      "After the meeting officials said the plan had failed.",
      {}, false);
  EXPECT_EQ(x.ByTrigger("aid"), nullptr);
  std::vector<const Event*> said;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "said") said.push_back(&e);
  }
  ASSERT_EQ(said.size(), 1u);  // only the officials' saying
  // People who act after the noun leave it an event of its own.
  EXPECT_NE(ExtractFrom("After the meeting officials said the plan had failed.", {}, true)
                .ByTrigger("meeting"),
            nullptr);
}

TEST(Events, WhatTheNarrationComesAfterHappenedByThePublication) {
  auto x = ExtractFrom(
      "After repeated warnings that the alliance would respond, Russia now appears calmer.", {},
      true);
  const Event* warnings = x.ByTrigger("warnings");
  ASSERT_NE(warnings, nullptr);
  EXPECT_FALSE(warnings->time.begin.has_value());
  EXPECT_EQ(warnings->time.end, kDct);
}

TEST(Events, BlamingHearsayHoldingAndDeployingTo) {
  auto x = ExtractFrom(
      "Germany blamed Russia for the collapse. The city of Kharkiv was also reported to be under "
      "fire. Olaf Scholz is holding a press conference in Berlin now. Russia has deployed troops "
      "to positions in the city of Mariupol.",
      {}, true);
  ASSERT_NE(x.ByTrigger("blamed"), nullptr);
  EXPECT_EQ(x.ByTrigger("blamed")->type, "criticize");
  EXPECT_EQ(
      ExtractFrom("The city of Kharkiv was also reported to be under fire.").ByTrigger("reported"),
      nullptr);
  // The gathering is the event; its light verb is not one of its own.
  const Event* conference = x.ByTrigger("conference");
  ASSERT_NE(conference, nullptr);
  ASSERT_TRUE(conference->location.has_value());
  EXPECT_EQ(conference->location->entity, "location:berlin-de");
  EXPECT_EQ(
      ExtractFrom("Olaf Scholz is holding a press conference in Berlin now.").ByTrigger("holding"),
      nullptr);
  const Event* deployed = x.ByTrigger("deployed");
  ASSERT_NE(deployed, nullptr);
  ASSERT_TRUE(deployed->location.has_value());
  EXPECT_EQ(deployed->location->entity, "location:mariupol-ua");
}

TEST(Events, WhatIsCalledForIsPlannedAndASayingParticipleEndsACondition) {
  auto x = ExtractFrom(
      "Olaf Scholz called for new sanctions against Russia. Olaf Scholz wants weapons for "
      "Taiwan in case China attacked, saying that was the lesson of the Russian invasion.",
      {}, true);
  const Event* sanctions = x.ByTrigger("sanctions");
  ASSERT_NE(sanctions, nullptr);
  EXPECT_EQ(sanctions->modality, Modality::kPlanned);
  const Event* attacked = x.ByTrigger("attacked");
  ASSERT_NE(attacked, nullptr);
  EXPECT_EQ(attacked->modality, Modality::kHypothetical);
  const Event* invasion = x.ByTrigger("invasion");
  ASSERT_NE(invasion, nullptr);
  EXPECT_NE(invasion->modality, Modality::kHypothetical);
}

TEST(Events, UntypedVerbsTypedByTheirComplement) {
  auto x = ExtractFrom(
      "Olaf Scholz asked Nato to close the border. Emmanuel Macron pushed for talks with "
      "Russia. The Kremlin declined to comment on the report. Dmitry Peskov posted on Telegram "
      "that the plan had failed. Finland agreed to send weapons. Olaf Scholz thanked Emmanuel "
      "Macron for the help. Olaf Scholz complained that Russia had lied. Olaf Scholz asked "
      "himself questions.",
      {}, true);
  auto type = [&x](std::string_view trigger) -> std::string {
    const Event* e = x.ByTrigger(trigger);
    return e == nullptr ? "no event" : e->type;
  };
  EXPECT_EQ(type("pushed"), "appeal");
  EXPECT_EQ(type("declined"), "statement");
  EXPECT_EQ(type("posted"), "statement");
  EXPECT_EQ(type("agreed"), "cooperate");
  EXPECT_EQ(type("thanked"), "cooperate");
  EXPECT_EQ(type("complained"), "criticize");
  std::vector<const Event*> asked;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "asked") asked.push_back(&e);
  }
  ASSERT_EQ(asked.size(), 2u);
  EXPECT_EQ(asked[0]->type, "appeal");
  EXPECT_NE(asked[1]->type, "appeal");  // asking without an act asked for
}

TEST(Events, AYesNoQuestionAssertsNothingAndAdjectivalParticiplesAreNoVerbs) {
  auto x = ExtractFrom(
      "Will Germany send tanks to Ukraine? Why did Russia invade Ukraine? The army seized "
      "rifles and armoured vehicles.",
      {}, true);
  const Event* send = x.ByTrigger("send");
  ASSERT_NE(send, nullptr);
  EXPECT_EQ(send->modality, Modality::kHypothetical);
  // A question of "why" takes its happening as given.
  const Event* invade = x.ByTrigger("invade");
  ASSERT_NE(invade, nullptr);
  EXPECT_NE(invade->modality, Modality::kHypothetical);
  EXPECT_EQ(x.ByTrigger("armoured"), nullptr);
  EXPECT_NE(x.ByTrigger("seized"), nullptr);
}

TEST(Events, OnlyAGatheringThatTookPlaceTakesTheNarrativeDay) {
  std::string text =
      "Olaf Scholz spoke on Friday about the crisis. Germany is in talks with Poland about "
      "tanks. A summit with Russia may follow. Olaf Scholz attended the meeting in Berlin.";
  auto x = ExtractFrom(text, {MakeTimex(text, "Friday", "2025-11-28", TimeBasis::kRelative)}, true);
  const Event* talks = x.ByTrigger("talks");
  ASSERT_NE(talks, nullptr);
  EXPECT_NE(talks->time.begin, Date(2025, 11, 28));  // going on, not held on Friday
  const Event* summit = x.ByTrigger("summit");
  ASSERT_NE(summit, nullptr);
  EXPECT_NE(summit->time.begin, Date(2025, 11, 28));  // only possible
  const Event* meeting = x.ByTrigger("meeting");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->time.begin, Date(2025, 11, 28));
}

TEST(Events, RequestsPraiseAndDemonstrationsAreTypedAndGenericHappeningsAreNone) {
  auto x = ExtractFrom(
      "Ukraine has requested membership. Olaf Scholz congratulated Finland on the vote. "
      "Students demonstrated in front of the embassy. Germany demonstrated its resolve. Olaf "
      "Scholz discussed the latest developments in Ukraine.",
      {}, true);
  auto type = [&x](std::string_view trigger) -> std::string {
    const Event* e = x.ByTrigger(trigger);
    return e == nullptr ? "no event" : e->type;
  };
  EXPECT_EQ(type("requested"), "appeal");
  EXPECT_EQ(type("congratulated"), "cooperate");
  std::vector<const Event*> demonstrated;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "demonstrated") demonstrated.push_back(&e);
  }
  ASSERT_EQ(demonstrated.size(), 2u);
  EXPECT_EQ(demonstrated[0]->type, "protest");
  EXPECT_NE(demonstrated[1]->type, "protest");  // showing something
  EXPECT_EQ(x.ByTrigger("developments"), nullptr);
}

TEST(Events, AnIndefiniteGatheringDoesNotTakeTheNarrativeDay) {
  std::string text =
      "Olaf Scholz spoke on Friday about the crisis. The company declined to comment on "
      "discussions with the government.";
  auto x = ExtractFrom(text, {MakeTimex(text, "Friday", "2025-11-28", TimeBasis::kRelative)}, true);
  const Event* discussions = x.ByTrigger("discussions");
  ASSERT_NE(discussions, nullptr);
  EXPECT_NE(discussions->time.begin, Date(2025, 11, 28));
}

TEST(Events, ModalsOfCausingAndOfHavingDoneReachTheirEvent) {
  auto x = ExtractFrom(
      "The zone might require their forces to shoot down aircraft. Germany said the companies "
      "should have their assets seized. The war could allow Russia to establish a corridor.",
      {}, true);
  ASSERT_NE(x.ByTrigger("shoot"), nullptr);
  EXPECT_EQ(x.ByTrigger("shoot")->modality, Modality::kHypothetical);
  ASSERT_NE(x.ByTrigger("seized"), nullptr);
  EXPECT_EQ(x.ByTrigger("seized")->modality, Modality::kHypothetical);
  ASSERT_NE(x.ByTrigger("establish"), nullptr);
  EXPECT_EQ(x.ByTrigger("establish")->modality, Modality::kHypothetical);
}

TEST(Events, MoreSayingSanctioningAndGivingAndNoUrgeOrGuiltyPlea) {
  auto x = ExtractFrom(
      "Olaf Scholz restated on Monday his resolve. Norway was only applying sanctions. Alberta "
      "would donate money to Ukraine. Olaf Scholz does not see the same urge. Two soldiers "
      "pleaded guilty. Denis Sergeev is also alleged to have been in Germany.",
      {}, false);
  auto type = [&x](std::string_view trigger) -> std::string {
    const Event* e = x.ByTrigger(trigger);
    return e == nullptr ? "no event" : e->type;
  };
  EXPECT_EQ(type("restated"), "statement");
  EXPECT_EQ(type("applying"), "sanction");
  EXPECT_EQ(type("donate"), "aid");
  EXPECT_NE(type("urge"), "appeal");
  EXPECT_NE(type("pleaded"), "appeal");
  EXPECT_EQ(type("alleged"), "no event");
}

TEST(Events, BeforeTheEndOfAMonthEndsByItsLastDay) {
  const std::string text = "Germany will make an announcement before the end of the month.";
  auto x = ExtractFrom(
      text, {MakeTimex(text, "the end of the month", "2025-12", TimeBasis::kRelative)}, true);
  const Event* e = x.ByTrigger("make");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->time.end, Date(2025, 12, 31));
}

TEST(Events, ProspectsAreHypotheticalAndADateIsSharedOrOpensAWhereClause) {
  const std::string text =
      "The recognition was a pretext for invasion. On Wednesday, Russia accused Norway of "
      "lying and threatened retaliation. The army moved to Kharkiv, where last week the "
      "invaders suffered a defeat.";
  auto x = ExtractFrom(text,
                       {MakeTimex(text, "Wednesday", "2025-11-26", TimeBasis::kRelative),
                        MakeTimex(text, "last week", "2025-W47", TimeBasis::kRelative)},
                       true);
  ASSERT_NE(x.ByTrigger("invasion"), nullptr);
  EXPECT_EQ(x.ByTrigger("invasion")->modality, Modality::kHypothetical);
  ASSERT_NE(x.ByTrigger("threatened"), nullptr);
  EXPECT_EQ(x.ByTrigger("threatened")->time.begin, Date(2025, 11, 26));
  ASSERT_NE(x.ByTrigger("suffered"), nullptr);
  EXPECT_EQ(x.ByTrigger("suffered")->time.begin, Date(2025, 11, 17));
}

TEST(Events, ShootingDownIsAnAttackAndANamesPlaceIsNotTheEvents) {
  auto x = ExtractFrom(
      "Russia said its forces had shot down three jets. Olaf Scholz spoke at a meeting of the "
      "Organization for Security and Cooperation in Europe. Crowds gathered in Times Square in "
      "New York.",
      {}, true);
  ASSERT_NE(x.ByTrigger("shot"), nullptr);
  EXPECT_EQ(x.ByTrigger("shot")->type, "attack");
  ASSERT_NE(x.ByTrigger("meeting"), nullptr);
  EXPECT_FALSE(x.ByTrigger("meeting")->location.has_value());
  ASSERT_NE(x.ByTrigger("gathered"), nullptr);
  ASSERT_TRUE(x.ByTrigger("gathered")->location.has_value());
}

TEST(Events, AdjectivalParticiplesPosturesRumoursAndWhatLiesAhead) {
  auto x = ExtractFrom(
      "Olaf Scholz sounded tired and stressed. The soldier was beaten and threatened. Russia "
      "portrayed the pullout as a gesture. Standing before the flags, Olaf Scholz spoke. Nato "
      "will stick to its pledge. Germany must prepare for a long fight ahead. Olaf Scholz said "
      "Germany will help Ukraine fight. Olaf Scholz denied rumours that he had fled.",
      {}, true);
  auto type = [&x](std::string_view trigger) -> std::string {
    const Event* e = x.ByTrigger(trigger);
    return e == nullptr ? "no event" : e->type;
  };
  EXPECT_NE(type("stressed"), "statement");
  EXPECT_EQ(type("threatened"), "threaten");
  EXPECT_EQ(type("portrayed"), "statement");
  EXPECT_EQ(type("Standing"), "no event");
  EXPECT_EQ(type("stick"), "no event");
  const Event* fight = nullptr;
  std::vector<const Event*> fights;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "fight") fights.push_back(&e);
  }
  ASSERT_EQ(fights.size(), 2u);
  for (const Event* f : fights) {
    fight = f;
    EXPECT_EQ(fight->modality, Modality::kPlanned);
    EXPECT_EQ(fight->time.begin, kDct);
  }
  // What a denial answers is denied by its source, no report of it (judged so in the hand draws).
  ASSERT_NE(x.ByTrigger("fled"), nullptr);
  EXPECT_EQ(x.ByTrigger("fled")->modality, Modality::kNegated);
}

TEST(Events, ADecisionTakenMassingTroopsPlayingDownAndPostingToAnAccount) {
  auto x = ExtractFrom(
      "The sanctions answer Germany's decision to impose an embargo. The army had mustered "
      "troops around the border. Olaf Scholz played down hopes of a breakthrough. Olaf Scholz "
      "posted an update to his Telegram account.",
      {}, true);
  const Event* embargo = x.ByTrigger("embargo");
  ASSERT_NE(embargo, nullptr);
  EXPECT_NE(embargo->modality, Modality::kPlanned);
  auto type = [&x](std::string_view trigger) -> std::string {
    const Event* e = x.ByTrigger(trigger);
    return e == nullptr ? "no event" : e->type;
  };
  EXPECT_EQ(type("mustered"), "mobilize");
  EXPECT_EQ(type("played"), "statement");
  EXPECT_EQ(type("posted"), "statement");
}

TEST(Events, HabitsStatesQuestionsPutWeighedActsAndPlacesAfterAModifier) {
  auto x = ExtractFrom(
      "Many Russians visited the city every year. Russian forces are shelling Kharkiv every day. "
      "Ukraine is outmanned in the east. Olaf Scholz was asked a question by reporters. Germany "
      "is considering sanctions and extending the embargo. Hungary wants the war in neighbouring "
      "Ukraine to end.",
      {}, false);
  EXPECT_EQ(x.ByTrigger("visited"), nullptr);
  EXPECT_NE(x.ByTrigger("shelling"), nullptr);  // going on, not a habit
  EXPECT_EQ(x.ByTrigger("outmanned"), nullptr);
  ASSERT_NE(x.ByTrigger("asked"), nullptr);
  EXPECT_EQ(x.ByTrigger("asked")->type, "statement");
  const auto considering =
      ExtractFrom("Germany is considering sanctions and extending the embargo.", {}, true);
  const Event* extending = considering.ByTrigger("extending");
  ASSERT_NE(extending, nullptr);
  EXPECT_EQ(extending->modality, Modality::kPlanned);
  const Event* war = x.ByTrigger("war");
  ASSERT_NE(war, nullptr);
  ASSERT_TRUE(war->location.has_value());
  EXPECT_EQ(war->location->entity, "country:UA");
}

TEST(Events, AClaimWithAnAsideReportsWhatFollows) {
  auto x = ExtractFrom(
      "Germany has claimed, without providing evidence, that Russia attempted to strike a base.",
      {}, true);
  ASSERT_NE(x.ByTrigger("attempted"), nullptr);
  EXPECT_EQ(x.ByTrigger("attempted")->modality, Modality::kReported);
}

TEST(Events, DemandedAndImpendingActsArePlannedAndAnUnattributedReportIsNoSaying) {
  auto x = ExtractFrom(
      "Olaf Scholz reiterated his demand for Russia to withdraw its forces. Kyiv warned of an "
      "impending assault on Kharkiv. Explosions were reported across Kyiv. The attack was "
      "reported by Reuters. Two soldiers pleaded guilty to shelling a town.",
      {}, false);
  ASSERT_NE(x.ByTrigger("withdraw"), nullptr);
  EXPECT_EQ(x.ByTrigger("withdraw")->modality, Modality::kPlanned);
  ASSERT_NE(x.ByTrigger("assault"), nullptr);
  EXPECT_EQ(x.ByTrigger("assault")->modality, Modality::kPlanned);
  std::vector<const Event*> reported;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "reported") reported.push_back(&e);
  }
  ASSERT_EQ(reported.size(), 1u);  // only the report with a reporter
  ASSERT_NE(x.ByTrigger("shelling"), nullptr);
  EXPECT_NE(x.ByTrigger("shelling")->modality, Modality::kPlanned);
}

}  // namespace
}  // namespace eg

TEST(Events, StatesRulesAndFiguresAreNoHappenings) {
  // WordNet's verbs of states, a present passive stating a rule, a share reached.
  auto x = ExtractFrom(
      "The brigade, which comprises three battalions, attacked Kharkiv. The repairs cost the "
      "city of Lviv a fortune. Visitors to Lviv are only permitted to stay two hours.");
  EXPECT_NE(x.ByTrigger("attacked"), nullptr);
  EXPECT_EQ(x.ByTrigger("comprises"), nullptr);
  EXPECT_EQ(x.ByTrigger("cost"), nullptr);
  EXPECT_EQ(x.ByTrigger("permitted"), nullptr);
  // A share reached is a figure; a number of things reached is not.
  std::string share = "Russian troops reached 54% of the villages in Kharkiv on Sunday.";
  std::string count = "Russian troops reached 54 villages in Kharkiv on Sunday.";
  EXPECT_EQ(ExtractFrom(share, {MakeTimex(share, "on Sunday", "2025-11-30", TimeBasis::kRelative)})
                .ByTrigger("reached"),
            nullptr);
  EXPECT_NE(ExtractFrom(count, {MakeTimex(count, "on Sunday", "2025-11-30", TimeBasis::kRelative)})
                .ByTrigger("reached"),
            nullptr);
  // A present passive in a clause that looks ahead is a future happening, not a rule.
  auto y =
      ExtractFrom("Russia will hold the villages until they are returned to Ukraine in Kharkiv.");
  const Event* returned = y.ByTrigger("returned");
  ASSERT_NE(returned, nullptr);
  EXPECT_EQ(returned->modality, Modality::kPlanned);
}

TEST(Events, AnyAdverbStandsBetweenAModalAndItsVerb) {
  auto x = ExtractFrom("The European Union may eventually approve the loan to Ukraine.", {}, true);
  const Event* e = x.ByTrigger("approve");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->modality, Modality::kHypothetical);
}

TEST(Events, PlacesOfBordersAndOfLeaving) {
  auto x = ExtractFrom(
      "Belarusian troops gathered on Poland's border. Two hundred civilians were evacuated from "
      "Kharkiv.");
  const Event* gathered = x.ByTrigger("gathered");
  ASSERT_NE(gathered, nullptr);
  ASSERT_TRUE(gathered->location.has_value());
  EXPECT_EQ(gathered->location->entity, "country:PL");
  EXPECT_EQ(gathered->location->qualifier, "near");
  const Event* evacuated = x.ByTrigger("evacuated");
  ASSERT_NE(evacuated, nullptr);
  ASSERT_TRUE(evacuated->location.has_value());
  EXPECT_EQ(evacuated->location->entity, "location:kharkiv-ua");
  EXPECT_EQ(evacuated->location->qualifier, "in");
}

TEST(Events, AParticipleOfSayingTakesTheDateOfTheVerbItFollows) {
  std::string text =
      "On Tuesday, Olaf Scholz lashed out at Moscow for cutting gas supplies, saying it had "
      "broken its word.";
  auto x =
      ExtractFrom(text, {MakeTimex(text, "On Tuesday", "2025-11-25", TimeBasis::kRelative)}, true);
  const Event* saying = x.ByTrigger("saying");
  ASSERT_NE(saying, nullptr);
  EXPECT_EQ(saying->time.begin, Date(2025, 11, 25));
  EXPECT_EQ(saying->time.end, Date(2025, 11, 25));
}

TEST(Events, WeaponsPutToUseAreAttacksAndEstimatesAreSaid) {
  auto x = ExtractFrom(
      "Russia fired missiles at Odesa. Hackers unleashed ransomware on Estonia. The mayor of "
      "Lviv estimated that 2,000 people had left.");
  const Event* fired = x.ByTrigger("fired");
  ASSERT_NE(fired, nullptr);
  EXPECT_EQ(fired->type, "attack");
  const Event* unleashed = x.ByTrigger("unleashed");
  ASSERT_NE(unleashed, nullptr);
  EXPECT_EQ(unleashed->type, "attack");
  const Event* estimated = x.ByTrigger("estimated");
  ASSERT_NE(estimated, nullptr);
  EXPECT_EQ(estimated->type, "statement");
}

TEST(Events, AKnownHappeningNamedByItsActorHasBegunByThePublication) {
  auto x = ExtractFrom(
      "Norway is seeking new allies in response to Russia's invasion of Georgia. Finland cut "
      "ties with Russia over its invasion of Georgia.");
  std::vector<const Event*> invasions;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "invasion") invasions.push_back(&e);
  }
  ASSERT_EQ(invasions.size(), 2u);
  for (const Event* e : invasions) {
    EXPECT_EQ(e->type, "invade");
    EXPECT_FALSE(e->time.begin.has_value());
    EXPECT_EQ(e->time.end, kDct);
    EXPECT_TRUE(HasParticipant(*e, "country:RU", Role::kSource));
  }
}

TEST(Events, APastDateGoesToThePastVerbAndToItsObjectOfTheSameType) {
  std::string text = "Russia launched what it calls a peacekeeping mission on 3 March.";
  auto x = ExtractFrom(text, {MakeTimex(text, "3 March", "2025-03-03", TimeBasis::kRelative)});
  const Event* launched = x.ByTrigger("launched");
  ASSERT_NE(launched, nullptr);
  EXPECT_EQ(launched->time.begin, Date(2025, 3, 3));
  EXPECT_EQ(launched->time.end, Date(2025, 3, 3));
  std::string treaty = "In 1961, Norway signed a defence treaty with Poland.";
  auto y = ExtractFrom(treaty, {MakeTimex(treaty, "1961", "1961", TimeBasis::kExplicit)});
  const Event* noun = y.ByTrigger("treaty");
  ASSERT_NE(noun, nullptr);
  EXPECT_EQ(noun->time.begin, Date(1961, 1, 1));
  EXPECT_EQ(noun->time.end, Date(1961, 12, 31));
  // An object of another type is not dated by the verb: the condemnation is not the invasion.
  std::string other = "On Monday, Norway condemned the invasion of Georgia.";
  auto z = ExtractFrom(other, {MakeTimex(other, "On Monday", "2025-12-01", TimeBasis::kRelative)});
  const Event* invasion = z.ByTrigger("invasion");
  ASSERT_NE(invasion, nullptr);
  EXPECT_FALSE(invasion->time.begin.has_value());
}

TEST(Events, ANounFollowedByItsConditionIsHypothetical) {
  auto x = ExtractFrom(
      "Moscow offered a deal that included a Russian withdrawal from Kharkiv if Kyiv drops its "
      "claims.",
      {}, true);
  const Event* withdrawal = x.ByTrigger("withdrawal");
  ASSERT_NE(withdrawal, nullptr);
  EXPECT_EQ(withdrawal->modality, Modality::kHypothetical);
  auto y = ExtractFrom("The Russian withdrawal from Kharkiv ended the siege.", {}, true);
  const Event* done = y.ByTrigger("withdrawal");
  ASSERT_NE(done, nullptr);
  EXPECT_NE(done->modality, Modality::kHypothetical);
}

TEST(Events, APlaceRightBeforeTheVerbIsWhereItIsDone) {
  std::string text = "Olaf Scholz, the German chancellor, this week in Poland hinted at a deal.";
  auto x = ExtractFrom(text, {MakeTimex(text, "this week", "2025-W49", TimeBasis::kRelative)});
  const Event* hinted = x.ByTrigger("hinted");
  ASSERT_NE(hinted, nullptr);
  ASSERT_TRUE(hinted->location.has_value());
  EXPECT_EQ(hinted->location->entity, "country:PL");
  // A place a noun before it owns is that noun's: the embassy is in Berlin.
  auto y = ExtractFrom("The embassy in Berlin said the border was closed.");
  const Event* said = y.ByTrigger("said");
  ASSERT_NE(said, nullptr);
  EXPECT_FALSE(said->location.has_value());
}

TEST(Events, AnOpeningDateLedByAnAdverbDatesTheClauseOfTimeAndTheMainClause) {
  std::string text =
      "Even in March, when Russian troops were gathering near Kharkiv, the mayor of Lviv said "
      "the city was safe.";
  auto x = ExtractFrom(text, {MakeTimex(text, "March", "2025-03", TimeBasis::kRelative)}, true);
  const Event* said = x.ByTrigger("said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->time.begin, Date(2025, 3, 1));
  EXPECT_EQ(said->time.end, Date(2025, 3, 31));
  const Event* gathering = x.ByTrigger("gathering");
  ASSERT_NE(gathering, nullptr);
  EXPECT_EQ(gathering->time.begin, Date(2025, 3, 1));
}

TEST(Events, WhatIsWantedDoneOrBoundToIsPlannedAndOpeningPlacesOfOtherPrepositions) {
  auto x = ExtractFrom(
      "Olaf Scholz wants Russia expelled from the council. Allies have committed to deploy more "
      "troops to Estonia. Inside Kharkiv, sirens sounded at night. Russia expelled two "
      "diplomats.");
  const Event* wanted = x.ByTrigger("expelled");
  ASSERT_NE(wanted, nullptr);
  EXPECT_EQ(wanted->modality, Modality::kPlanned);
  EXPECT_EQ(wanted->time.begin, kDct);
  const Event* deploy = x.ByTrigger("deploy");
  ASSERT_NE(deploy, nullptr);
  EXPECT_EQ(deploy->modality, Modality::kPlanned);
  const Event* sounded = x.ByTrigger("sounded");
  ASSERT_NE(sounded, nullptr);
  ASSERT_TRUE(sounded->location.has_value());
  EXPECT_EQ(sounded->location->entity, "location:kharkiv-ua");
  // An expulsion done is asserted.
  int asserted = 0;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "expelled" && e.modality == Modality::kAsserted) ++asserted;
  }
  EXPECT_EQ(asserted, 1);
}

TEST(Events, AKindOfHappeningIsNoParticularOne) {
  auto x = ExtractFrom("The pact says that an attack on one state is an attack on every state.", {},
                       true);
  int attacks = 0;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text != "attack") continue;
    ++attacks;
    EXPECT_EQ(e.modality, Modality::kHypothetical);
  }
  EXPECT_EQ(attacks, 2);
  auto y = ExtractFrom("Russia launched an attack on Kharkiv.");
  ASSERT_FALSE(y.events.empty());
  for (const Event& e : y.events) EXPECT_EQ(e.modality, Modality::kAsserted);
}

TEST(Events, ForcesSentAreDeployedAndAHaltOfFightingIsYielding) {
  auto x = ExtractFrom(
      "Norway is sending 300 troops to Lithuania. Poland sent a letter to Norway. Estonia asked "
      "Russia to stop its offensive.",
      {}, true);
  const Event* sending = x.ByTrigger("sending");
  ASSERT_NE(sending, nullptr);
  EXPECT_EQ(sending->type, "mobilize");
  const Event* sent = x.ByTrigger("sent");
  if (sent != nullptr) {
    EXPECT_NE(sent->type, "mobilize");  // a letter is no force
  }
  const Event* stop = x.ByTrigger("stop");
  ASSERT_NE(stop, nullptr);
  EXPECT_EQ(stop->type, "yield");
  EXPECT_EQ(stop->modality, Modality::kPlanned);
}

TEST(Events, AQuestionOfWhatLiesAheadAssertsNothing) {
  auto x = ExtractFrom("What does Russia want to offer Norway? Norway expelled two diplomats.", {},
                       true);
  const Event* offer = x.ByTrigger("offer");
  ASSERT_NE(offer, nullptr);
  EXPECT_EQ(offer->modality, Modality::kHypothetical);
  const Event* expelled = x.ByTrigger("expelled");
  ASSERT_NE(expelled, nullptr);
  EXPECT_EQ(expelled->modality, Modality::kAsserted);
  auto y = ExtractFrom("Experts are stressing that Norway could stay neutral.", {}, true);
  const Event* stressing = y.ByTrigger("stressing");
  ASSERT_NE(stressing, nullptr);
  EXPECT_EQ(stressing->type, "statement");
}

TEST(Events, AllegedActsWishesEffortsAndConditionsInThePresent) {
  auto x = ExtractFrom(
      "Prosecutors in Lviv listed 600 alleged crimes committed by Russian troops in Ukraine. "
      "Officials said they want to see two activists deported to Norway. Norway will respond if "
      "Russia deploys troops in Finland. The UK was working night and day to resolve the dispute.",
      {}, true);
  const Event* committed = x.ByTrigger("committed");
  ASSERT_NE(committed, nullptr);
  EXPECT_EQ(committed->modality, Modality::kReported);
  const Event* deported = x.ByTrigger("deported");
  ASSERT_NE(deported, nullptr);
  EXPECT_EQ(deported->modality, Modality::kPlanned);
  const Event* deploys = x.ByTrigger("deploys");
  ASSERT_NE(deploys, nullptr);
  EXPECT_EQ(deploys->modality, Modality::kHypothetical);
  EXPECT_EQ(deploys->time.begin, kDct);
  EXPECT_FALSE(deploys->time.end.has_value());
  // An effort spelled out by its infinitive is not stored; the infinitive's act may be.
  auto y = ExtractFrom("The UK was working night and day to resolve the dispute.");
  EXPECT_EQ(y.ByTrigger("working"), nullptr);
}

TEST(Events, AnOpeningPhraseOfAVisitPlacesAndDatesTheFirstVerb) {
  std::string text =
      "During a visit to Norway on Tuesday, the Finnish prime minister warned that talks could "
      "stall.";
  auto x = ExtractFrom(text, {MakeTimex(text, "on Tuesday", "2025-11-25", TimeBasis::kRelative)});
  const Event* warned = x.ByTrigger("warned");
  ASSERT_NE(warned, nullptr);
  EXPECT_EQ(warned->time.begin, Date(2025, 11, 25));
  ASSERT_TRUE(warned->location.has_value());
  EXPECT_EQ(warned->location->entity, "country:NO");
}

TEST(Events, AConversationWithANamedCounterpartIsAMeetingAndAcrossAPlaceIsInIt) {
  auto x = ExtractFrom(
      "Olaf Scholz spoke to Emmanuel Macron on the phone. Olaf Scholz spoke to reporters in "
      "Berlin. Russian artillery shelled warehouses across Ukraine.");
  std::vector<const Event*> spoke;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "spoke") spoke.push_back(&e);
  }
  ASSERT_EQ(spoke.size(), 2u);
  EXPECT_EQ(spoke[0]->type, "meet");
  EXPECT_EQ(spoke[1]->type, "statement");
  const Event* shelled = x.ByTrigger("shelled");
  ASSERT_NE(shelled, nullptr);
  ASSERT_TRUE(shelled->location.has_value());
  EXPECT_EQ(shelled->location->entity, "country:UA");
  EXPECT_EQ(shelled->location->qualifier, "in");
}

}  // namespace
}  // namespace eg

namespace eg {
namespace {

TEST(Events, FeelingsEffortsAndWhateverHappensAreNoHappenings) {
  // Verbs WordNet files mostly as feelings are states of mind, not happenings; an act is kept.
  auto feelings = ExtractFrom(
      "The mayor of Lviv was alarmed by the vote in Kharkiv. The governor of Odesa worried about "
      "the villages near Kherson. The governor of Odesa visited Kherson.");
  EXPECT_EQ(feelings.ByTrigger("alarmed"), nullptr);
  EXPECT_EQ(feelings.ByTrigger("worried"), nullptr);
  EXPECT_NE(feelings.ByTrigger("visited"), nullptr);
  // An effort is no event of its own: the act it aims at is.
  auto effort = ExtractFrom("Russian troops were attempting to encircle Kharkiv.");
  EXPECT_EQ(effort.ByTrigger("attempting"), nullptr);
  EXPECT_NE(effort.ByTrigger("encircle"), nullptr);
  // Without an infinitive, seeking is an act ("sought asylum in Poland").
  auto sought = ExtractFrom("The pilot sought asylum in Poland.");
  EXPECT_NE(sought.ByTrigger("sought"), nullptr);
  // Whatever takes place names no happening; the response to it is one.
  auto whatever = ExtractFrom("Olena Petrenko responded to what was happening in Kharkiv.");
  EXPECT_EQ(whatever.ByTrigger("happening"), nullptr);
  EXPECT_NE(whatever.ByTrigger("responded"), nullptr);
  auto happened = ExtractFrom("An explosion happened in Kharkiv.");
  EXPECT_NE(happened.ByTrigger("happened"), nullptr);
  // All of them remain event mentions for trigger detection.
  auto bare = ExtractFrom("The mayor of Lviv was alarmed by the vote in Kharkiv.", {}, true);
  EXPECT_NE(bare.ByTrigger("alarmed"), nullptr);
}

TEST(Events, NounsFiledAsAttributesOrStatesAreNoHappenings) {
  // "posture" is taken for the verb "post" by its ending, but WordNet files it as an attribute:
  // its place does not make it a happening. An act noun with its place is kept.
  auto x = ExtractFrom(
      "Estonia asked about the posture in Latvia. Estonia asked about the evacuation in Latvia.");
  EXPECT_EQ(x.ByTrigger("posture"), nullptr);
  EXPECT_NE(x.ByTrigger("evacuation"), nullptr);
}

TEST(Events, ADateEndingTheClauseOfASayingDatesTheSaying) {
  // The date ends the clause after the saying's object and phrases: it dates the saying too.
  std::string warning =
      "Olena Petrenko delivered a warning to the council over its budget on Saturday.";
  auto x =
      ExtractFrom(warning, {MakeTimex(warning, "Saturday", "2025-11-29", TimeBasis::kRelative)});
  const Event* delivered = x.ByTrigger("delivered");
  ASSERT_NE(delivered, nullptr);
  ASSERT_TRUE(delivered->time.begin.has_value());
  EXPECT_EQ(*delivered->time.begin, Date(2025, 11, 29));
  // A verb after the date makes it the date of what was said, not of the saying.
  std::string attack = "Olena Petrenko said the attack on Kharkiv on Saturday killed 20 people.";
  auto y = ExtractFrom(attack, {MakeTimex(attack, "Saturday", "2025-11-29", TimeBasis::kRelative)});
  const Event* said = y.ByTrigger("said");
  ASSERT_NE(said, nullptr);
  EXPECT_FALSE(said->time.begin.has_value());
}

TEST(Events, ADateInsideAnOpeningPhraseDatesTheMainVerb) {
  // "In remarks on Monday to reporters in Lviv, X said": the date need not end the phrase.
  std::string text =
      "In remarks on Monday to reporters in Lviv, Olena Petrenko said the bridge was closed.";
  auto x = ExtractFrom(text, {MakeTimex(text, "Monday", "2025-11-24", TimeBasis::kRelative)});
  const Event* said = x.ByTrigger("said");
  ASSERT_NE(said, nullptr);
  ASSERT_TRUE(said->time.begin.has_value());
  EXPECT_EQ(*said->time.begin, Date(2025, 11, 24));
}

TEST(Events, IndictingAndDenouncingCriticize) {
  auto x = ExtractFrom(
      "The United States indicted four Russian officers. Olena Petrenko denounced the vote in "
      "Kherson.");
  const Event* indicted = x.ByTrigger("indicted");
  ASSERT_NE(indicted, nullptr);
  EXPECT_EQ(indicted->type, "criticize");
  const Event* denounced = x.ByTrigger("denounced");
  ASSERT_NE(denounced, nullptr);
  EXPECT_EQ(denounced->type, "criticize");
}

TEST(Events, WhatHappensDuringADatedHappeningTakesItsDate) {
  std::string text = "Russian forces shelled Kharkiv during the visit of the envoy on Thursday.";
  auto x = ExtractFrom(text, {MakeTimex(text, "Thursday", "2025-11-27", TimeBasis::kRelative)});
  const Event* shelled = x.ByTrigger("shelled");
  ASSERT_NE(shelled, nullptr);
  ASSERT_TRUE(shelled->time.begin.has_value());
  EXPECT_EQ(*shelled->time.begin, Date(2025, 11, 27));
  // Another preposition ties the date to the noun only.
  std::string after = "Russian forces shelled Kharkiv after the visit of the envoy on Thursday.";
  auto y = ExtractFrom(after, {MakeTimex(after, "Thursday", "2025-11-27", TimeBasis::kRelative)});
  const Event* shelled_after = y.ByTrigger("shelled");
  ASSERT_NE(shelled_after, nullptr);
  EXPECT_FALSE(shelled_after->time.begin.has_value());
}

TEST(Events, ATrailingPhraseWithADayDatesTheSentencesSaying) {
  std::string text =
      "The ministry of Ukraine said the bridge at Kherson was closed, in an update late on Sunday.";
  auto x =
      ExtractFrom(text, {MakeTimex(text, "late on Sunday", "2025-11-30", TimeBasis::kRelative)});
  const Event* said = x.ByTrigger("said");
  ASSERT_NE(said, nullptr);
  ASSERT_TRUE(said->time.begin.has_value());
  EXPECT_EQ(*said->time.begin, Date(2025, 11, 30));
  // A phrase with a verb of its own is no medium of the saying.
  std::string own =
      "The ministry of Ukraine said the bridge at Kherson was closed, after troops shelled it on "
      "Sunday.";
  auto y = ExtractFrom(own, {MakeTimex(own, "on Sunday", "2025-11-30", TimeBasis::kRelative)});
  const Event* said_own = y.ByTrigger("said");
  ASSERT_NE(said_own, nullptr);
  EXPECT_FALSE(said_own->time.begin.has_value());
  // "after" leads no medium of the saying: the day is the agreement's.
  std::string other =
      "The ministry of Ukraine said the bridge at Kherson was closed, after an agreement on "
      "Sunday.";
  auto z = ExtractFrom(other, {MakeTimex(other, "on Sunday", "2025-11-30", TimeBasis::kRelative)});
  const Event* said_other = z.ByTrigger("said");
  ASSERT_NE(said_other, nullptr);
  EXPECT_FALSE(said_other->time.begin.has_value());
}

TEST(Events, AttendingAGatheringIsTheGathering) {
  auto x = ExtractFrom(
      "Olena Petrenko attended the summit in Vilnius. Olena Petrenko attended "
      "the funeral of the mayor of Lviv.");
  const Event* summit = x.ByTrigger("summit");
  ASSERT_NE(summit, nullptr);
  EXPECT_TRUE(HasParticipant(*summit, "person:olena-petrenko", Role::kParticipant));
  // One "attended" is left: the one whose object names no gathering of the taxonomy.
  int attended = 0;
  for (const Event& e : x.events) attended += e.evidence[0].trigger_text == "attended" ? 1 : 0;
  EXPECT_EQ(attended, 1);
}

TEST(Events, CoordinatedEventNounsShareAPlannedModality) {
  std::string text =
      "Olena Petrenko will take part in a summit of Nato, a G7 summit and a meeting of the "
      "council in Vilnius next week.";
  auto x = ExtractFrom(text, {MakeTimex(text, "next week", "2025-W50", TimeBasis::kRelative)});
  int planned = 0;
  for (const Event& e : x.events) {
    if (e.type == "meet") {
      EXPECT_EQ(e.modality, Modality::kPlanned) << e.evidence[0].trigger_text;
      planned += e.modality == Modality::kPlanned ? 1 : 0;
    }
  }
  EXPECT_EQ(planned, 3);
}

TEST(Events, StrikingADealOrAToneIsNoAttack) {
  auto x = ExtractFrom(
      "Olena Petrenko struck a conciliatory tone in Vilnius. Russian missiles struck Kharkiv.");
  const Event* attack = nullptr;
  int attacks = 0;
  for (const Event& e : x.events) {
    if (e.type == "attack") {
      ++attacks;
      attack = &e;
    }
  }
  EXPECT_EQ(attacks, 1);
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->evidence[0].trigger.begin, x.text.find("struck Kharkiv"));
}

TEST(Events, AWordOfFightingBeforeAForceOrAThingDescribesIt) {
  auto x = ExtractFrom(
      "The army of Moldova no longer had the strike power of Poland. The invading forces of Russia "
      "reached Kherson. The attack on Kharkiv killed 20 people.");
  EXPECT_EQ(x.ByTrigger("strike"), nullptr);
  EXPECT_EQ(x.ByTrigger("invading"), nullptr);
  const Event* attack = x.ByTrigger("attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->type, "attack");
}

TEST(Events, SeizingATerritoryIsAnInvasionAndSeizingGoodsIsCoercion) {
  auto x = ExtractFrom(
      "Russia intends to seize the entire region of Donetsk. Italian police seized the yacht of "
      "Olena Petrenko in Genoa.");
  const Event* region = x.ByTrigger("seize");
  ASSERT_NE(region, nullptr);
  EXPECT_EQ(region->type, "invade");
  const Event* yacht = x.ByTrigger("seized");
  ASSERT_NE(yacht, nullptr);
  EXPECT_EQ(yacht->type, "coerce");
}

TEST(Events, WhatAnActForcesIsDone) {
  auto x = ExtractFrom(
      "The European Union closed its airspace to Russian planes, forcing the airline Aeroflot to "
      "cancel its flights to Paris.");
  const Event* cancel = x.ByTrigger("cancel");
  ASSERT_NE(cancel, nullptr);
  EXPECT_NE(cancel->modality, Modality::kPlanned);
  // A force still to come leaves the act ahead.
  auto y = ExtractFrom("The ban will force the airline Aeroflot to cancel its flights to Paris.");
  const Event* ahead = y.ByTrigger("cancel");
  ASSERT_NE(ahead, nullptr);
  EXPECT_EQ(ahead->modality, Modality::kPlanned);
}

TEST(Events, AddingToForcesIsDeployingThem) {
  auto x = ExtractFrom(
      "Britain will increase its military forces in Estonia. Britain will increase its budget.");
  std::vector<const Event*> increases;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "increase") increases.push_back(&e);
  }
  ASSERT_FALSE(increases.empty());
  EXPECT_EQ(increases[0]->type, "mobilize");
  for (size_t k = 1; k < increases.size(); ++k) EXPECT_NE(increases[k]->type, "mobilize");
}

TEST(Events, SinceAfterASuperlativeBoundsTheComparisonNotTheEvent) {
  std::string text = "The hryvnia fell to its lowest level since 2016 as Russia attacked Kharkiv.";
  auto x = ExtractFrom(text, {MakeTimex(text, "2016", "2016", TimeBasis::kExplicit)});
  const Event* attacked = x.ByTrigger("attacked");
  ASSERT_NE(attacked, nullptr);
  EXPECT_NE(attacked->time.basis, TimeBasis::kExplicit);
  // Without a comparison, "since" opens the span of the event.
  std::string since = "Russia has attacked Kharkiv since 2016.";
  auto y = ExtractFrom(since, {MakeTimex(since, "2016", "2016", TimeBasis::kExplicit)});
  const Event* ongoing = y.ByTrigger("attacked");
  ASSERT_NE(ongoing, nullptr);
  EXPECT_EQ(ongoing->time.basis, TimeBasis::kExplicit);
}

TEST(Events, WhatWouldBeAllowedIsACapability) {
  auto x = ExtractFrom("The airport has a runway that would allow Russia to land heavy planes.");
  const Event* land = x.ByTrigger("land");
  ASSERT_NE(land, nullptr);
  EXPECT_EQ(land->modality, Modality::kHypothetical);
  auto y = ExtractFrom("The new runway will allow Russia to land heavy planes at the airport.");
  const Event* planned = y.ByTrigger("land");
  ASSERT_NE(planned, nullptr);
  EXPECT_EQ(planned->modality, Modality::kPlanned);
}

TEST(Events, ChangesOfToneAndCreditLinesAreNoHappeningsAndRalliesAreProtests) {
  auto x = ExtractFrom(
      "Moldova has toughened its tone on Russia. Moldova has closed its airspace to Russia. "
      "Reuters contributed reporting. Thousands joined a rally in Chisinau on Sunday.");
  EXPECT_EQ(x.ByTrigger("toughened"), nullptr);
  EXPECT_NE(x.ByTrigger("closed"), nullptr);
  EXPECT_EQ(x.ByTrigger("contributed"), nullptr);
  const Event* rally = x.ByTrigger("rally");
  ASSERT_NE(rally, nullptr);
  EXPECT_EQ(rally->type, "protest");
}

TEST(Events, ASayingAtAGatheringIsWhereTheGatheringIs) {
  auto x = ExtractFrom("Olena Petrenko told a rally in Chisinau that Moldova would not yield.");
  const Event* told = x.ByTrigger("told");
  ASSERT_NE(told, nullptr);
  ASSERT_TRUE(told->location.has_value());
  EXPECT_EQ(told->location->name, "Chisinau");
}

TEST(Events, PublishingFindingsIsSayingAndGatheringToDemandIsProtesting) {
  auto x = ExtractFrom(
      "Figures released by the Moldovan government on Monday showed a fall in trade. Hundreds "
      "gathered outside the parliament in Chisinau to demand new elections.");
  const Event* released = x.ByTrigger("released");
  ASSERT_NE(released, nullptr);
  EXPECT_EQ(released->type, "statement");
  const Event* gathered = x.ByTrigger("gathered");
  ASSERT_NE(gathered, nullptr);
  EXPECT_EQ(gathered->type, "protest");
}

TEST(Events, AnIngAdjectiveAfterBeIsNoProgressive) {
  auto x = ExtractFrom(
      "The contrast between Lviv and Kharkiv is, at best, striking. Ukraine is fighting.");
  for (const Event& e : x.events) EXPECT_NE(e.evidence[0].trigger_text, "striking");
  const Event* fighting = x.ByTrigger("fighting");
  ASSERT_NE(fighting, nullptr);
  EXPECT_EQ(fighting->type, "fight");
}

TEST(Events, ASayingIsNotDatedByTheClauseOfWhatWasSaid) {
  std::string text = "Olena Petrenko said there would be more announcements on Thursday.";
  auto x = ExtractFrom(text, {MakeTimex(text, "Thursday", "2025-12-04", TimeBasis::kRelative)});
  const Event* said = x.ByTrigger("said");
  ASSERT_NE(said, nullptr);
  EXPECT_FALSE(said->time.begin.has_value());
}

TEST(Events, GivingArmsOrAidIsAidAndSendingASignalIsNot) {
  auto x = ExtractFrom(
      "Norway will send rifles and ammunition to Moldova. Denmark is providing Moldova with "
      "anti-tank weapons. Helmets were supplied by Sweden. Estonia sent a clear signal to "
      "Moscow.");
  for (const char* word : {"send", "providing", "supplied"}) {
    const Event* e = x.ByTrigger(word);
    ASSERT_NE(e, nullptr) << word;
    EXPECT_NE(e->type, "other") << word;
  }
  EXPECT_EQ(x.ByTrigger("send")->type, "aid");
  EXPECT_EQ(x.ByTrigger("providing")->type, "aid");
  const Event* sent = x.ByTrigger("sent");
  if (sent != nullptr) {
    EXPECT_NE(sent->type, "aid");
  }
}

TEST(Events, ImposingAPackageOfSanctionsIsASanction) {
  auto x = ExtractFrom("Canada imposed a sweeping package of sanctions on Belarus on Monday.");
  const Event* imposed = x.ByTrigger("imposed");
  ASSERT_NE(imposed, nullptr);
  EXPECT_EQ(imposed->type, "sanction");
  auto y = ExtractFrom("Canada extended its arms embargoes on Belarus.");
  const Event* embargoes = y.ByTrigger("embargoes");
  ASSERT_NE(embargoes, nullptr);
  EXPECT_EQ(embargoes->type, "sanction");
}

TEST(Events, QuotedAsSayingAndRevealingThatAreSayings) {
  auto x = ExtractFrom(
      "The general was quoted by the agency Interfax as saying the convoy had turned back. The "
      "minister revealed that two ships had been damaged. The storm revealed the damage to the "
      "port.");
  const Event* quoted = x.ByTrigger("quoted");
  ASSERT_NE(quoted, nullptr);
  EXPECT_EQ(quoted->type, "statement");
  std::vector<const Event*> revealed;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "revealed") revealed.push_back(&e);
  }
  ASSERT_FALSE(revealed.empty());
  EXPECT_EQ(revealed[0]->type, "statement");
  for (size_t k = 1; k < revealed.size(); ++k) EXPECT_NE(revealed[k]->type, "statement");
}

TEST(Events, BlockingAnApplicationIsARejectionAndWelcomingADecisionIsPraise) {
  auto x = ExtractFrom(
      "Hungary said it would block the applications of Moldova and Georgia. Police blocked the "
      "road to the airport. Latvia welcomed the decision of the court.");
  const Event* block = x.ByTrigger("block");
  ASSERT_NE(block, nullptr);
  EXPECT_EQ(block->type, "reject");
  const Event* road = x.ByTrigger("blocked");
  if (road != nullptr) {
    EXPECT_NE(road->type, "reject");
  }
  const Event* welcomed = x.ByTrigger("welcomed");
  ASSERT_NE(welcomed, nullptr);
  EXPECT_EQ(welcomed->type, "cooperate");
}

TEST(Events, AnInfinitiveOfPurposeHappensWhereTheTravellerGoes) {
  auto x = ExtractFrom(
      "Volunteers travel to Moldova to fight. The envoys arrived in Chisinau to negotiate. "
      "Latvia sent a message to Belarus to withdraw its troops.");
  const Event* fight = x.ByTrigger("fight");
  ASSERT_NE(fight, nullptr);
  ASSERT_TRUE(fight->location.has_value());
  EXPECT_EQ(fight->location->name, "Moldova");
  const Event* negotiate = x.ByTrigger("negotiate");
  ASSERT_NE(negotiate, nullptr);
  ASSERT_TRUE(negotiate->location.has_value());
  EXPECT_EQ(negotiate->location->name, "Chisinau");
  const Event* withdraw = x.ByTrigger("withdraw");
  ASSERT_NE(withdraw, nullptr);
  EXPECT_FALSE(withdraw->location.has_value()) << "a message to a country is sent, not gone";
}

TEST(Events, ALightVerbCarriesAnEventNounAfterAHyphenatedModifier) {
  auto x = ExtractFrom("Belarus launched its pre-dawn invasion of Moldova on Monday.");
  const Event* launched = x.ByTrigger("launched");
  ASSERT_NE(launched, nullptr);
  EXPECT_EQ(launched->type, "invade");
  auto y = ExtractFrom("Belarus launched its well-known website on Monday.");
  const Event* website = y.ByTrigger("launched");
  if (website != nullptr) {
    EXPECT_NE(website->type, "invade");
  }
}

TEST(Events, WhatADenialAnswersIsNegated) {
  auto x = ExtractFrom(
      "The ministry denied reports that its jets had bombed the convoy. Moldova rejected claims "
      "that its troops had shelled Tiraspol. The ministry said its jets had attacked the depot.");
  const Event* bombed = x.ByTrigger("bombed");
  ASSERT_NE(bombed, nullptr);
  EXPECT_EQ(bombed->modality, Modality::kNegated);
  const Event* shelled = x.ByTrigger("shelled");
  ASSERT_NE(shelled, nullptr);
  EXPECT_EQ(shelled->modality, Modality::kNegated);
  const Event* attacked = x.ByTrigger("attacked");
  ASSERT_NE(attacked, nullptr);
  EXPECT_NE(attacked->modality, Modality::kNegated) << "a saying is no denial";
}

TEST(Events, ForcesSentToACountryAndASayingWithoutATense) {
  auto x = ExtractFrom(
      "Latvia will send further armed forces to Estonia. The defence of Estonia, where Latvia "
      "already has 300 personnel deployed, is a priority. The envoys met with ridicule in Riga.");
  const Event* send = x.ByTrigger("send");
  ASSERT_NE(send, nullptr);
  ASSERT_TRUE(send->location.has_value());
  EXPECT_EQ(send->location->name, "Estonia");
  const Event* deployed = x.ByTrigger("deployed");
  ASSERT_NE(deployed, nullptr);
  ASSERT_TRUE(deployed->location.has_value());
  EXPECT_EQ(deployed->location->name, "Estonia");
  const Event* met = x.ByTrigger("met");
  if (met != nullptr) {
    EXPECT_NE(met->type, "meet") << "a reaction received is no meeting";
  }
  auto y = ExtractFrom(
      "The two countries, with both presidents saying Russia's war on Ukraine had changed Europe, "
      "are deliberating.");
  const Event* saying = y.ByTrigger("saying");
  ASSERT_NE(saying, nullptr);
  EXPECT_TRUE(saying->time.end.has_value()) << "a reported saying was made by the publication";
}

TEST(Events, EngagingInACrackdownIsCoercion) {
  auto x = ExtractFrom(
      "Belarus has engaged in a harsh crackdown on independent newspapers. Moldova engaged in "
      "talks with Romania.");
  const Event* engaged = x.ByTrigger("engaged");
  ASSERT_NE(engaged, nullptr);
  EXPECT_EQ(engaged->type, "coerce");
  const Event* crackdown = x.ByTrigger("crackdown");
  if (crackdown != nullptr) {
    EXPECT_EQ(crackdown->type, "coerce");
  }
}

TEST(Events, ALightVerbTakesThePlaceOfTheNounItCarries) {
  auto x = ExtractFrom("Belarus waged a long war in Kharkiv.");
  const Event* waged = x.ByTrigger("waged");
  ASSERT_NE(waged, nullptr);
  EXPECT_EQ(waged->type, "fight");
  ASSERT_TRUE(waged->location.has_value());
  EXPECT_EQ(waged->location->name, "Kharkiv");
}

TEST(Events, ADeedWithNoObjectAnExpulsionAndAidFarAfterItsVerb) {
  auto x = ExtractFrom(
      "Moldova, which has fought no wars since 1991, is neutral. Latvia declared three Belarusian "
      "diplomats persona non grata. Norway will provide Moldova with an additional $20m in "
      "military aid.");
  const Event* fought = x.ByTrigger("fought");
  ASSERT_NE(fought, nullptr);
  EXPECT_EQ(fought->modality, Modality::kNegated);
  const Event* declared = x.ByTrigger("declared");
  ASSERT_NE(declared, nullptr);
  EXPECT_EQ(declared->type, "sanction");
  const Event* provide = x.ByTrigger("provide");
  ASSERT_NE(provide, nullptr);
  EXPECT_EQ(provide->type, "aid");
  auto y = ExtractFrom("Moldova has fought two wars since 1991.");
  ASSERT_NE(y.ByTrigger("fought"), nullptr);
  EXPECT_NE(y.ByTrigger("fought")->modality, Modality::kNegated);
}

TEST(Events, AVerbOfDoingAfterItsEventNounIsNoEventOfItsOwn) {
  auto x = ExtractFrom("A naval assault had been launched by Belarus from the lake near Pinsk.");
  EXPECT_EQ(x.ByTrigger("launched"), nullptr);
  const Event* assault = x.ByTrigger("assault");
  ASSERT_NE(assault, nullptr);
  EXPECT_EQ(assault->type, "attack");
  // With an object of its own the verb is the event ("launched a counter-attack").
  auto y = ExtractFrom("After the raid, Moldova launched plans for a new port in Giurgiulesti.");
  EXPECT_NE(y.ByTrigger("launched"), nullptr);
}

TEST(Events, AnAimTheFailedAndTheNotEnough) {
  auto x = ExtractFrom(
      "Chile made concessions on fishing in order to secure a trade agreement with Peru.");
  const Event* agreement = x.ByTrigger("agreement");
  ASSERT_NE(agreement, nullptr);
  EXPECT_EQ(agreement->modality, Modality::kPlanned);
  auto y = ExtractFrom("Auditors said the Danish ministers had not done enough to warn farmers.");
  const Event* warn = y.ByTrigger("warn");
  ASSERT_NE(warn, nullptr);
  EXPECT_EQ(warn->modality, Modality::kNegated);
  auto z = ExtractFrom("Scholz phoned Macron after an attempt to meet Sunak was unsuccessful.");
  const Event* meet = z.ByTrigger("meet");
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(meet->modality, Modality::kNegated);
  // An attempt that is not said to have failed stays planned.
  auto w = ExtractFrom("Scholz made an attempt to meet Sunak in Berlin.");
  const Event* meet2 = w.ByTrigger("meet");
  ASSERT_NE(meet2, nullptr);
  EXPECT_NE(meet2->modality, Modality::kNegated);
}

TEST(Events, AQuestionPutAndASpeakerSayingAreStatements) {
  auto x = ExtractFrom(
      "Asked by reporters whether he would resign, Sunak laughed. Critics will say the plan "
      "failed. It is too early to say whether Chile will join.");
  const Event* asked = x.ByTrigger("Asked");
  ASSERT_NE(asked, nullptr);
  EXPECT_EQ(asked->type, "statement");
  const Event* say = x.ByTrigger("say");
  ASSERT_NE(say, nullptr);
  EXPECT_EQ(say->type, "statement");
  EXPECT_EQ(say->modality, Modality::kPlanned);
  // "too early to say" names no occasion of saying: the second "say" is not a statement.
  int statements = 0;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "say" && e.type == "statement") ++statements;
  }
  EXPECT_EQ(statements, 1);
}

TEST(Events, MeasuresImposedAreASanctionAndForceOnThingsAnAttack) {
  auto x = ExtractFrom("Latvia imposed a ban on transit to Belarus.");
  ASSERT_NE(x.ByTrigger("imposed"), nullptr);
  EXPECT_EQ(x.ByTrigger("imposed")->type, "sanction");
  auto y = ExtractFrom("Belarusian forces destroyed five command posts near Pinsk.");
  ASSERT_NE(y.ByTrigger("destroyed"), nullptr);
  EXPECT_EQ(y.ByTrigger("destroyed")->type, "attack");
  auto z = ExtractFrom("Belarusian soldiers fired on the power plant at Pinsk.");
  ASSERT_NE(z.ByTrigger("fired"), nullptr);
  EXPECT_EQ(z.ByTrigger("fired")->type, "attack");
  auto w = ExtractFrom("Belarus was targeting civilian sites near Pinsk.");
  ASSERT_NE(w.ByTrigger("targeting"), nullptr);
  EXPECT_EQ(w.ByTrigger("targeting")->type, "attack");
  // Not what is no thing or place, nor what sanctions target.
  auto v = ExtractFrom(
      "Japan targeted Belarusian government bonds. The scandal destroyed his hopes in Chile. The "
      "new sanctions will target Belarusian factories.");
  for (const Event& e : v.events) EXPECT_NE(e.type, "attack") << e.evidence[0].trigger_text;
}

TEST(Events, APassiveIsReadInTheVerbsOwnWindow) {
  // An earlier "was" in the text made every later verb a passive, so "welcomed the decision"
  // was never praise after the first sentence.
  auto x = ExtractFrom("The committee was formed in May. Estonia welcomed the decision.");
  const Event* welcomed = x.ByTrigger("welcomed");
  ASSERT_NE(welcomed, nullptr);
  EXPECT_EQ(welcomed->type, "cooperate");
}

TEST(Events, WhatIsClaimedIsReported) {
  auto x = ExtractFrom("Belarus has claimed to have destroyed a depot near Pinsk.");
  const Event* destroyed = x.ByTrigger("destroyed");
  ASSERT_NE(destroyed, nullptr);
  EXPECT_EQ(destroyed->modality, Modality::kReported);
  auto y = ExtractFrom("Belarus claimed the capture of Pinsk.");
  const Event* capture = y.ByTrigger("capture");
  ASSERT_NE(capture, nullptr);
  EXPECT_EQ(capture->modality, Modality::kReported);
}

TEST(Events, SiegesChargesOperationsAndForcesOnAlert) {
  auto x = ExtractFrom("Belarusian forces were trying to encircle Kharkiv.");
  const Event* encircle = x.ByTrigger("encircle");
  ASSERT_NE(encircle, nullptr);
  EXPECT_EQ(encircle->type, "fight");
  EXPECT_EQ(encircle->modality, Modality::kPlanned);
  ASSERT_TRUE(encircle->location.has_value());
  EXPECT_EQ(encircle->location->name, "Kharkiv");
  // A participle before its noun describes it: "the besieged city" is no siege of its own, and
  // the place after it is still the evacuation's.
  auto y = ExtractFrom(
      "Moldova criticised the collapse of a plan to evacuate civilians from the besieged city of "
      "Kharkiv.");
  EXPECT_EQ(y.ByTrigger("besieged"), nullptr);
  const Event* evacuate = y.ByTrigger("evacuate");
  ASSERT_NE(evacuate, nullptr);
  ASSERT_TRUE(evacuate->location.has_value());
  EXPECT_EQ(evacuate->location->name, "Kharkiv");
  auto z = ExtractFrom("Two men charged with spying were held in Minsk on Monday.");
  ASSERT_NE(z.ByTrigger("charged"), nullptr);
  EXPECT_EQ(z.ByTrigger("charged")->type, "criticize");
  auto w = ExtractFrom("Belarus said its military operations in Moldova had ended.");
  ASSERT_NE(w.ByTrigger("operations"), nullptr);
  EXPECT_EQ(w.ByTrigger("operations")->type, "fight");
  auto v = ExtractFrom("Belarus placed its nuclear forces on high alert.");
  ASSERT_NE(v.ByTrigger("placed"), nullptr);
  EXPECT_EQ(v.ByTrigger("placed")->type, "mobilize");
  auto u = ExtractFrom("Latvia expressed support for the plan, and Moldova deported three spies.");
  ASSERT_NE(u.ByTrigger("expressed"), nullptr);
  EXPECT_EQ(u.ByTrigger("expressed")->type, "statement");
  ASSERT_NE(u.ByTrigger("deported"), nullptr);
  EXPECT_EQ(u.ByTrigger("deported")->type, "coerce");
}

TEST(Events, ADateThatWhenFollowsDatesTheWhenClause) {
  const std::string text = "Spending has risen since 2014, when Belarus annexed the island.";
  auto x = ExtractFrom(text, {MakeTimex(text, "2014", "2014", TimeBasis::kExplicit)});
  const Event* annexed = x.ByTrigger("annexed");
  ASSERT_NE(annexed, nullptr);
  // The year itself, not the bound "since" gives the main clause.
  EXPECT_EQ(annexed->time.begin, Date(2014, 1, 1));
  EXPECT_EQ(annexed->time.end, Date(2014, 12, 31));
}

TEST(Events, AnOpeningConditionWithoutAModalInTheMainClauseLeavesItAsserted) {
  auto x = ExtractFrom(
      "In case you missed it, our reporter has been looking at the invasion of Moldova by "
      "Belarus.");
  const Event* invasion = x.ByTrigger("invasion");
  ASSERT_NE(invasion, nullptr);
  EXPECT_EQ(invasion->modality, Modality::kAsserted);
  auto y = ExtractFrom("If Belarus invades Moldova, Nato will respond.");
  const Event* invades = y.ByTrigger("invades");
  ASSERT_NE(invades, nullptr);
  EXPECT_EQ(invades->modality, Modality::kHypothetical);
}

TEST(Events, WritingAidAuthorisedAndATalkWithATitledLeader) {
  auto x = ExtractFrom("Liz Truss has written in the Times that Latvia is considering sanctions.");
  ASSERT_NE(x.ByTrigger("written"), nullptr);
  EXPECT_EQ(x.ByTrigger("written")->type, "statement");
  auto y = ExtractFrom("The new rules are written by Latvia and Estonia.");
  if (y.ByTrigger("written") != nullptr) {
    EXPECT_NE(y.ByTrigger("written")->type, "statement");
  }
  auto z = ExtractFrom("Last month Biden authorised $350m of military equipment for Moldova.");
  ASSERT_NE(z.ByTrigger("authorised"), nullptr);
  EXPECT_EQ(z.ByTrigger("authorised")->type, "aid");
  auto w = ExtractFrom("Both leaders will speak directly to President Emmanuel Macron.");
  ASSERT_NE(w.ByTrigger("speak"), nullptr);
  EXPECT_EQ(w.ByTrigger("speak")->type, "meet");
}

TEST(Events, ABareInfinitiveAfterAPastVerbOfPerceivingOrCausingIsPast) {
  auto x = ExtractFrom("The trilateral deal saw Latvia and Estonia vow to control the border.");
  const Event* vow = x.ByTrigger("vow");
  ASSERT_NE(vow, nullptr);
  EXPECT_FALSE(vow->time.begin.has_value());
  EXPECT_EQ(vow->time.end, kDct);
  // Not after a modal: "could not have made Belarus pay" says nothing was paid.
  auto y = ExtractFrom("The court made Belarus pay damages in Vilnius.");
  const Event* pay = y.ByTrigger("pay");
  ASSERT_NE(pay, nullptr);
  EXPECT_FALSE(pay->time.begin.has_value());
}

TEST(Events, WhatIsFearedOrThreatenedAfterAnIndefiniteDeterminerIsHypothetical) {
  auto x = ExtractFrom("Officials in Riga downplayed the threat of a nuclear attack by Belarus.");
  const Event* attack = x.ByTrigger("attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->modality, Modality::kHypothetical);
  // A definite event is one that happened: "a pretext for the invasion".
  auto y = ExtractFrom("Belarus used the drill as a pretext for the invasion of Moldova.");
  const Event* invasion = y.ByTrigger("invasion");
  ASSERT_NE(invasion, nullptr);
  EXPECT_NE(invasion->modality, Modality::kHypothetical);
}

TEST(Events, AnIndefiniteEventCalledForIsSought) {
  auto x = ExtractFrom("Macron called for a ceasefire in Moldova.");
  const Event* ceasefire = x.ByTrigger("ceasefire");
  ASSERT_NE(ceasefire, nullptr);
  EXPECT_EQ(ceasefire->modality, Modality::kPlanned);
  // A definite one exists: "called for the killings to be investigated" is about real killings.
  auto y = ExtractFrom("Macron called for the killings in Moldova to be investigated.");
  const Event* killings = y.ByTrigger("killings");
  ASSERT_NE(killings, nullptr);
  EXPECT_NE(killings->modality, Modality::kPlanned);
}

TEST(Events, AVerbTakesTheDateAfterItsLongDirectObject) {
  const std::string text =
      "Latvia and Estonia submitted their historic Nato membership applications on 3 November.";
  auto x = ExtractFrom(text, {MakeTimex(text, "3 November", "2025-11-03", TimeBasis::kExplicit)});
  const Event* submitted = x.ByTrigger("submitted");
  ASSERT_NE(submitted, nullptr);
  EXPECT_EQ(submitted->time.begin, Date(2025, 11, 3));
  EXPECT_EQ(submitted->time.end, Date(2025, 11, 3));
  // Not through "that": the noun is in what was reported, and so is its date.
  const std::string said =
      "The Latvian agency reported that a special cabinet meeting on 3 November had ended.";
  auto y = ExtractFrom(said, {MakeTimex(said, "3 November", "2025-11-03", TimeBasis::kExplicit)});
  const Event* reported = y.ByTrigger("reported");
  ASSERT_NE(reported, nullptr);
  EXPECT_NE(reported->time.begin, Date(2025, 11, 3));
}

TEST(Events, ADeadlineBoundsTheEndAndAStartWithoutAnEndBoundsTheStart) {
  // "by 2029" of a planned act: from the publication to the end of 2029, not during 2029.
  const std::string plan = "Latvia will raise its defence spending to 3% by 2029.";
  auto x = ExtractFrom(plan, {MakeTimex(plan, "2029", "2029", TimeBasis::kExplicit)});
  const Event* raise = x.ByTrigger("raise");
  ASSERT_NE(raise, nullptr);
  EXPECT_EQ(raise->time.begin, kDct);
  EXPECT_EQ(raise->time.end, Date(2029, 12, 31));
  EXPECT_EQ(raise->modality, Modality::kPlanned);
  // A past deadline: done by then, its start unknown.
  const std::string done = "Latvia had withdrawn its ambassador from Minsk by 3 November.";
  auto y = ExtractFrom(done, {MakeTimex(done, "3 November", "2025-11-03", TimeBasis::kExplicit)});
  const Event* withdrawn = y.ByTrigger("withdrawn");
  ASSERT_NE(withdrawn, nullptr);
  EXPECT_FALSE(withdrawn->time.begin.has_value());
  EXPECT_EQ(withdrawn->time.end, Date(2025, 11, 3));
  // A deadline wholly ahead makes an act planned, but not a past verb: the tagger may have put
  // a bare month in the wrong year.
  const std::string ahead = "Lithuania made a commitment to reduce its army in Vilnius by 2027.";
  auto z = ExtractFrom(ahead, {MakeTimex(ahead, "2027", "2027", TimeBasis::kExplicit)});
  const Event* reduce = z.ByTrigger("reduce");
  ASSERT_NE(reduce, nullptr);
  EXPECT_EQ(reduce->time.begin, kDct);
  EXPECT_EQ(reduce->modality, Modality::kPlanned);
  const std::string past = "Unemployment in Latvia stayed above 100,000 until August 2026.";
  auto p = ExtractFrom(past, {MakeTimex(past, "August 2026", "2026-08", TimeBasis::kExplicit)});
  const Event* stayed = p.ByTrigger("stayed");
  ASSERT_NE(stayed, nullptr);
  EXPECT_NE(stayed->modality, Modality::kPlanned);
  EXPECT_FALSE(stayed->time.begin.has_value());
  // "from March" alone: from its first day to the publication; "from ... to ..." is a range.
  const std::string from = "Estonia received gas deliveries from Norway from March.";
  auto f = ExtractFrom(from, {MakeTimex(from, "March", "2025-03", TimeBasis::kExplicit)});
  const Event* received = f.ByTrigger("received");
  ASSERT_NE(received, nullptr);
  EXPECT_EQ(received->time.begin, Date(2025, 3, 1));
  EXPECT_EQ(received->time.end, kDct);
  const std::string range = "Estonia received gas deliveries from Norway from March to May.";
  auto r = ExtractFrom(range, {MakeTimex(range, "March", "2025-03", TimeBasis::kExplicit)});
  const Event* received_range = r.ByTrigger("received");
  ASSERT_NE(received_range, nullptr);
  EXPECT_EQ(received_range->time.end, Date(2025, 3, 31));
  // A date naming a thing ("from Tuesday's talks") bounds nothing.
  const std::string named = "Turkey emerged victorious from Tuesday's talks in Madrid.";
  auto n = ExtractFrom(named, {MakeTimex(named, "Tuesday", "2025-11-25", TimeBasis::kRelative)});
  const Event* emerged = n.ByTrigger("emerged");
  ASSERT_NE(emerged, nullptr);
  EXPECT_EQ(emerged->time.begin, Date(2025, 11, 25));
  EXPECT_EQ(emerged->time.end, Date(2025, 11, 25));
}

TEST(Events, AHappeningDatedAfterSinceStartsTheVerbBeforeIt) {
  const std::string text =
      "Latvian officials have been citing the same reasons since Belarus invaded Lithuania on 3 "
      "November.";
  auto x = ExtractFrom(text, {MakeTimex(text, "3 November", "2025-11-03", TimeBasis::kExplicit)});
  const Event* citing = x.ByTrigger("citing");
  ASSERT_NE(citing, nullptr);
  EXPECT_EQ(citing->time.begin, Date(2025, 11, 3));
  EXPECT_EQ(citing->time.end, kDct);
  const Event* invaded = x.ByTrigger("invaded");
  ASSERT_NE(invaded, nullptr);
  EXPECT_EQ(invaded->time.end, Date(2025, 11, 3));
  // Without a date after "since", the start stays open.
  auto y = ExtractFrom(
      "Latvian officials have been citing the same reasons since Belarus invaded "
      "Lithuania.");
  const Event* undated = y.ByTrigger("citing");
  ASSERT_NE(undated, nullptr);
  EXPECT_FALSE(undated->time.begin.has_value());
}

TEST(Events, ADateAfterAConjunctionAndItsPrepositionOpensTheClauseOfTheSubjectAfterIt) {
  const std::string text =
      "Latvia announced it was calling up reservists and on Tuesday the Estonian government "
      "asked parliament to approve the budget.";
  auto x = ExtractFrom(text, {MakeTimex(text, "Tuesday", "2025-11-25", TimeBasis::kRelative)});
  const Event* asked = x.ByTrigger("asked");
  ASSERT_NE(asked, nullptr);
  EXPECT_EQ(asked->time.begin, Date(2025, 11, 25));
  const Event* calling = x.ByTrigger("calling");
  if (calling != nullptr) {
    EXPECT_NE(calling->time.begin, Date(2025, 11, 25));
  }
  // No subject after the date: it ends the clause before it.
  const std::string tail = "Estonia deployed troops to Tartu and on Tuesday to Narva.";
  auto y = ExtractFrom(tail, {MakeTimex(tail, "Tuesday", "2025-11-25", TimeBasis::kRelative)});
  const Event* deployed = y.ByTrigger("deployed");
  ASSERT_NE(deployed, nullptr);
  EXPECT_EQ(deployed->time.begin, Date(2025, 11, 25));
}

TEST(Events, ANumberWithAThousandsSeparatorEndsNoPhrase) {
  auto x = ExtractFrom("Latvia evacuated 12,000 people from Daugavpils.");
  const Event* evacuated = x.ByTrigger("evacuated");
  ASSERT_NE(evacuated, nullptr);
  ASSERT_TRUE(evacuated->location.has_value());
  EXPECT_EQ(evacuated->location->entity, "location:daugavpils-lv");
  auto y = ExtractFrom("The Estonian president told 1,200 cadets in Tartu that the war was wrong.");
  const Event* told = y.ByTrigger("told");
  ASSERT_NE(told, nullptr);
  ASSERT_TRUE(told->location.has_value());
  EXPECT_EQ(told->location->entity, "location:tartu-ee");
  // Further on after a saying, the number is in what was said, and so is the place.
  auto z = ExtractFrom(
      "The Estonian ministry said more than 3,000 people had been evacuated "
      "from Narva.");
  const Event* said = z.ByTrigger("said");
  ASSERT_NE(said, nullptr);
  EXPECT_FALSE(said->location.has_value());
}

TEST(Events, MilitaryUnitsAreForcesDeployed) {
  auto x = ExtractFrom("Latvia said a Nato division should have been stationed in Estonia.");
  const Event* stationed = x.ByTrigger("stationed");
  ASSERT_NE(stationed, nullptr);
  EXPECT_EQ(stationed->type, "mobilize");
  auto y = ExtractFrom("Four new battlegroups will be sent to Latvia and Lithuania.");
  const Event* sent = y.ByTrigger("sent");
  ASSERT_NE(sent, nullptr);
  EXPECT_EQ(sent->type, "mobilize");
}

TEST(Events, AKnownHappeningWhoseModalBearsOnWhatItDoesExists) {
  auto x = ExtractFrom("Lukashenko hinted the conflict could soon spread beyond Latvia.");
  const Event* conflict = x.ByTrigger("conflict");
  ASSERT_NE(conflict, nullptr);
  EXPECT_EQ(conflict->modality, Modality::kAsserted);
  auto y =
      ExtractFrom("Analysts in Riga said an escalation of the war could force the bank to act.");
  const Event* war = y.ByTrigger("war");
  ASSERT_NE(war, nullptr);
  EXPECT_EQ(war->modality, Modality::kAsserted);
  // Whether it occurs at all: still possible.
  auto z = ExtractFrom("Officials warned the attack on Riga could come within days.");
  const Event* attack = z.ByTrigger("attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->modality, Modality::kHypothetical);
  // A relative clause's modal says what the noun would be.
  auto r = ExtractFrom("The most important sanction that Latvia could impose on Belarus is a ban.");
  const Event* sanction = r.ByTrigger("sanction");
  ASSERT_NE(sanction, nullptr);
  EXPECT_EQ(sanction->modality, Modality::kHypothetical);
}

TEST(Events, ANounsPastParticipleWithAWeekdayDatesItInThePast) {
  // The tagger may read a bare weekday forward in a sentence that looks ahead; "imposed on
  // Tuesday" says the sanctions were imposed on the Tuesday before.
  const std::string text =
      "The new sanctions of Latvia will hurt Minsk, unlike the soft sanctions imposed on Tuesday.";
  auto x = ExtractFrom(text, {MakeTimex(text, "Tuesday", "2025-12-02", TimeBasis::kRelative)});
  const Event* imposed = nullptr;
  for (const Event& e : x.events) {
    if (e.evidence[0].trigger_text == "sanctions" && e.time.begin.has_value() &&
        e.evidence[0].trigger.begin > text.find("unlike")) {
      imposed = &e;
    }
  }
  ASSERT_NE(imposed, nullptr);
  EXPECT_EQ(imposed->time.begin, Date(2025, 11, 25));
  EXPECT_EQ(imposed->modality, Modality::kAsserted);
}

TEST(Events, WhatSomethingIsCapableOfIsPossible) {
  auto x = ExtractFrom("The latest Latvian missiles are capable of shooting down Russian jets.");
  const Event* shooting = x.ByTrigger("shooting");
  ASSERT_NE(shooting, nullptr);
  EXPECT_EQ(shooting->modality, Modality::kHypothetical);
  auto y = ExtractFrom("The Latvian missiles are able to strike Minsk.");
  const Event* strike = y.ByTrigger("strike");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(strike->modality, Modality::kHypothetical);
  // A past "was able to" tells what was done; "must be able to" is a requirement.
  auto z = ExtractFrom("Latvian troops were able to reach Riga on Monday.");
  const Event* reach = z.ByTrigger("reach");
  ASSERT_NE(reach, nullptr);
  EXPECT_NE(reach->modality, Modality::kHypothetical);
  auto r = ExtractFrom("Humanitarian aid must be able to reach all parts of Latvia.");
  const Event* required = r.ByTrigger("reach");
  ASSERT_NE(required, nullptr);
  EXPECT_EQ(required->modality, Modality::kPlanned);
}

TEST(Events, LoansAndFundingGivenAreAidAndABareVerbAfterAndSharesTheModal) {
  auto x = ExtractFrom("Since 2014, the IMF has committed more than $20bn in loans to Latvia.");
  const Event* committed = x.ByTrigger("committed");
  ASSERT_NE(committed, nullptr);
  EXPECT_EQ(committed->type, "aid");
  // Committing troops is no aid.
  auto y = ExtractFrom("Extra troops would be committed to Latvia by the alliance.");
  const Event* troops = y.ByTrigger("committed");
  if (troops != nullptr) {
    EXPECT_NE(troops->type, "aid");
  }
  auto z = ExtractFrom(
      "Britain will send an additional 6,000 missiles and provide $30m in funding to Latvia.");
  const Event* send = z.ByTrigger("send");
  ASSERT_NE(send, nullptr);
  EXPECT_EQ(send->type, "aid");
  const Event* provide = z.ByTrigger("provide");
  ASSERT_NE(provide, nullptr);
  EXPECT_EQ(provide->type, "aid");
  EXPECT_EQ(provide->modality, Modality::kPlanned);
  EXPECT_EQ(provide->time.begin, kDct);
  EXPECT_FALSE(provide->time.end.has_value());
}

TEST(Events, APluralNounIsNoPresentVerb) {
  // "warnings" is the plural of the noun, not a present form of "warn": issued warnings were
  // given before the publication, not on its day.
  auto x = ExtractFrom("Latvia issued fresh warnings that Belarus would respond.");
  const Event* warnings = x.ByTrigger("warnings");
  ASSERT_NE(warnings, nullptr);
  EXPECT_EQ(warnings->type, "statement");
  EXPECT_FALSE(warnings->time.begin.has_value());
  EXPECT_EQ(warnings->time.end, kDct);
}

TEST(Events, WhatWouldHaveHappenedDidNotHappen) {
  // A "would" of the perfect tells what did not happen, not a plan.
  auto x = ExtractFrom("Without the winter, the army would have invaded the northern valley.");
  const Event* invaded = x.ByTrigger("invaded");
  ASSERT_NE(invaded, nullptr);
  EXPECT_EQ(invaded->modality, Modality::kHypothetical);
  // Of a known happening it says what would have been otherwise: the happening took place.
  auto y =
      ExtractFrom("She argued that the invasion would not have happened under a firmer leader.");
  const Event* invasion = y.ByTrigger("invasion");
  ASSERT_NE(invasion, nullptr);
  EXPECT_NE(invasion->modality, Modality::kPlanned);
  EXPECT_NE(invasion->modality, Modality::kHypothetical);
  // An unknown one did not.
  auto z = ExtractFrom("Historians think a wider war would have followed within months.");
  const Event* war = z.ByTrigger("war");
  ASSERT_NE(war, nullptr);
  EXPECT_EQ(war->modality, Modality::kHypothetical);
  // A plain "would" under a saying stays planned.
  auto w = ExtractFrom("The minister said the talks would be held in Geneva next week.");
  const Event* talks = w.ByTrigger("talks");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->modality, Modality::kPlanned);
}

TEST(Events, ABareNounAfterANegatedVerbDoesNotTakePlace) {
  auto x = ExtractFrom("The two governments did not hold talks last month.");
  const Event* talks = x.ByTrigger("talks");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->modality, Modality::kNegated);
  auto y = ExtractFrom("The retired generals will not face travel bans.");
  const Event* bans = y.ByTrigger("bans");
  ASSERT_NE(bans, nullptr);
  EXPECT_EQ(bans->modality, Modality::kNegated);
  // A known or agreed one still took place: only what is done with it is denied.
  auto z = ExtractFrom("The rebels were not respecting an agreed ceasefire near the port.");
  const Event* ceasefire = z.ByTrigger("ceasefire");
  ASSERT_NE(ceasefire, nullptr);
  EXPECT_NE(ceasefire->modality, Modality::kNegated);
  auto w = ExtractFrom("The army could not repeat its attack on the capital.");
  const Event* attack = w.ByTrigger("attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_NE(attack->modality, Modality::kNegated);
}

TEST(Events, AnIfQuestionAsksAndAKnownHappeningInItExists) {
  // "if" after a word of asking opens a question like "whether": what it asks about is open.
  auto x = ExtractFrom(
      "A journalist asked if the minister thought the army was preparing to invade the north.");
  const Event* invade = x.ByTrigger("invade");
  ASSERT_NE(invade, nullptr);
  EXPECT_EQ(invade->modality, Modality::kHypothetical);
  // A known happening named in a question took place.
  auto y = ExtractFrom(
      "Officials did not say whether the siege of the old fortress had weakened the garrison.");
  const Event* siege = y.ByTrigger("siege");
  ASSERT_NE(siege, nullptr);
  EXPECT_NE(siege->modality, Modality::kHypothetical);
  // The answer after a question without a comma is said.
  auto z = ExtractFrom("When asked by a journalist if he wanted new elections he said no.");
  const Event* said = z.ByTrigger("said");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->modality, Modality::kAsserted);
}

TEST(Events, AGerundAfterAPrepositionTakesTheModalOfItsVerb) {
  auto x = ExtractFrom("The charity might now turn towards providing weapons to the militia.", {},
                       true);
  const Event* providing = x.ByTrigger("providing");
  ASSERT_NE(providing, nullptr);
  EXPECT_EQ(providing->modality, Modality::kHypothetical);
  auto y = ExtractFrom("The charity has now turned towards providing weapons to the militia.", {},
                       true);
  const Event* done = y.ByTrigger("providing");
  ASSERT_NE(done, nullptr);
  EXPECT_NE(done->modality, Modality::kHypothetical);
}

TEST(Events, ASayingAtAGatheringAfterItsObjectIsWhereTheGatheringIs) {
  auto x = ExtractFrom("The ministers announced new sanctions at the Nato summit in Vilnius.");
  const Event* announced = x.ByTrigger("announced");
  ASSERT_NE(announced, nullptr);
  ASSERT_TRUE(announced->location.has_value());
  EXPECT_EQ(announced->location->name, "Vilnius");
  auto y = ExtractFrom("The fund announced at last week's summit in Vilnius would be large.");
  const Event* passive = y.ByTrigger("announced");
  ASSERT_NE(passive, nullptr);
  ASSERT_TRUE(passive->location.has_value());
  EXPECT_EQ(passive->location->name, "Vilnius");
  // A gathering that is only what was said about is not the saying's place.
  auto z = ExtractFrom("The minister said the talks at the summit in Vilnius had failed.");
  const Event* said = z.ByTrigger("said");
  ASSERT_NE(said, nullptr);
  EXPECT_FALSE(said->location.has_value());
}

TEST(Events, ForcesSentToAListOfDestinationsGoToTheFirstPlaceInIt) {
  auto x =
      ExtractFrom("Extra troops have been deployed to the northern flank, Lithuania and Latvia.");
  const Event* deployed = x.ByTrigger("deployed");
  ASSERT_NE(deployed, nullptr);
  ASSERT_TRUE(deployed->location.has_value());
  EXPECT_EQ(deployed->location->name, "Lithuania");
  // A name after the comma that is no item of a list is not a destination.
  auto y = ExtractFrom("The army deployed extra troops to the northern flank, Lithuania said.");
  const Event* sent = y.ByTrigger("deployed");
  ASSERT_NE(sent, nullptr);
  EXPECT_FALSE(sent->location.has_value());
}

TEST(Events, FreezingAssetsIsASanction) {
  auto x = ExtractFrom("The government will freeze the assets of the ruling family.");
  const Event* freeze = x.ByTrigger("freeze");
  ASSERT_NE(freeze, nullptr);
  EXPECT_EQ(freeze->type, "sanction");
  auto y = ExtractFrom("Their bank accounts were frozen by the regulator last week.");
  const Event* frozen = y.ByTrigger("frozen");
  ASSERT_NE(frozen, nullptr);
  EXPECT_EQ(frozen->type, "sanction");
  // Freezing something else is no sanction.
  auto z = ExtractFrom("The government will freeze fuel prices until the spring.", {}, true);
  const Event* prices = z.ByTrigger("freeze");
  ASSERT_NE(prices, nullptr);
  EXPECT_NE(prices->type, "sanction");
}

TEST(Events, SendingMoreTroopsIsADeploymentAndMaterialSupportIsAid) {
  auto x = ExtractFrom("The government will send 4,500 more troops to Poland.");
  const Event* send = x.ByTrigger("send");
  ASSERT_NE(send, nullptr);
  EXPECT_EQ(send->type, "mobilize");
  auto y = ExtractFrom("Norway is supplying military support to the coalition.");
  const Event* supplying = y.ByTrigger("supplying");
  ASSERT_NE(supplying, nullptr);
  EXPECT_EQ(supplying->type, "aid");
  // Letters sent to troops deploy nobody: the recipient's preposition ends the object.
  auto z = ExtractFrom("Ukraine sent 3,000 new letters to its troops on Monday.", {}, true);
  EXPECT_TRUE(std::none_of(z.events.begin(), z.events.end(),
                           [](const Event& e) { return e.type == "mobilize"; }));
}

TEST(Events, AnOfferOfHelpOrOfAnActIsAnIntentAndAnOfferedAccountIsASaying) {
  auto x = ExtractFrom("Austria has offered to mediate between the two governments.");
  const Event* mediate = x.ByTrigger("offered");
  ASSERT_NE(mediate, nullptr);
  EXPECT_EQ(mediate->type, "intent");
  auto y = ExtractFrom("Portugal offered support to the refugees on Tuesday.");
  const Event* support = y.ByTrigger("offered");
  ASSERT_NE(support, nullptr);
  EXPECT_EQ(support->type, "intent");
  auto z = ExtractFrom("The defence minister offered a gloomy assessment of the campaign.");
  const Event* assessment = z.ByTrigger("offered");
  ASSERT_NE(assessment, nullptr);
  EXPECT_EQ(assessment->type, "statement");
  // A boost offered is a figure of speech: neither an intent nor a saying.
  auto w = ExtractFrom("The vote offered a welcome boost to the campaign.", {}, true);
  const Event* boost = w.ByTrigger("offered");
  ASSERT_NE(boost, nullptr);
  EXPECT_NE(boost->type, "intent");
  EXPECT_NE(boost->type, "statement");
}

TEST(Events, AStepTowardsAnActAndAnIdiomOfAccountAreNoEvents) {
  auto x = ExtractFrom("The bloc moved to freeze the assets of the oligarch on Friday.");
  EXPECT_EQ(x.ByTrigger("moved"), nullptr);
  const Event* freeze = x.ByTrigger("freeze");
  ASSERT_NE(freeze, nullptr);
  EXPECT_EQ(freeze->type, "sanction");
  auto y = ExtractFrom("Poland moved to Krakow in March.");
  ASSERT_NE(y.ByTrigger("moved"), nullptr);
  auto z = ExtractFrom("The senators vowed to hold the generals to account for the massacre.");
  EXPECT_EQ(z.ByTrigger("account"), nullptr);
  EXPECT_NE(z.ByTrigger("vowed"), nullptr);
}

TEST(Events, ALightVerbAfterCoordinatedNounsLeavesTheActToTheTypedOne) {
  auto x = ExtractFrom(
      "Analysts listed the cyber-attacks and propaganda campaigns the group has conducted.");
  EXPECT_EQ(x.ByTrigger("conducted"), nullptr);
  EXPECT_NE(x.ByTrigger("cyber-attacks"), nullptr);
}

TEST(Events, AWhileClauseWithoutASubjectTellsWhereItsVerbHappened) {
  auto x = ExtractFrom("Sweden said the pilot was beaten and robbed while being held in Latvia.");
  const Event* beaten = x.ByTrigger("beaten");
  ASSERT_NE(beaten, nullptr);
  ASSERT_TRUE(beaten->location.has_value());
  EXPECT_EQ(beaten->location->name, "Latvia");
  const Event* robbed = x.ByTrigger("robbed");
  ASSERT_NE(robbed, nullptr);
  ASSERT_TRUE(robbed->location.has_value());
  EXPECT_EQ(robbed->location->name, "Latvia");
  // A clause with a predicate of its own before "while" keeps its own place.
  auto y = ExtractFrom(
      "Sweden said the pilot was beaten, Norway protested while staying in Latvia.", {}, true);
  const Event* beaten2 = y.ByTrigger("beaten");
  ASSERT_NE(beaten2, nullptr);
  EXPECT_FALSE(beaten2->location.has_value());
}

TEST(Events, SettingAsideWhatOthersSayIsARejection) {
  auto x = ExtractFrom("Hungarian officials have disregarded warnings that the pipeline was unsafe.");
  const Event* disregarded = x.ByTrigger("disregarded");
  ASSERT_NE(disregarded, nullptr);
  EXPECT_EQ(disregarded->type, "reject");
  // A stance towards how things are is no rejection of anyone's words.
  auto y = ExtractFrom("Hungary ignored the fact that the pipeline was unsafe.", {}, true);
  const Event* fact = y.ByTrigger("ignored");
  ASSERT_NE(fact, nullptr);
  EXPECT_NE(fact->type, "reject");
}

TEST(Events, CommentingIsSayingAndDestroyingObjectsOfAKindIsAnAttack) {
  auto x = ExtractFrom("Commenting on the verdict, Serbia said the court had erred.");
  const Event* commenting = x.ByTrigger("Commenting");
  ASSERT_NE(commenting, nullptr);
  EXPECT_EQ(commenting->type, "statement");
  auto y = ExtractFrom("Serbia said its forces had destroyed 40 \"objects of coastal infrastructure\".");
  const Event* destroyed = y.ByTrigger("destroyed");
  ASSERT_NE(destroyed, nullptr);
  EXPECT_EQ(destroyed->type, "attack");
  // Hopes are no objects of force.
  auto z = ExtractFrom("Serbia said the vote destroyed all hopes of a settlement.", {}, true);
  const Event* hopes = z.ByTrigger("destroyed");
  ASSERT_NE(hopes, nullptr);
  EXPECT_NE(hopes->type, "attack");
}

TEST(Events, AStanceTowardsADangerOrAThoughtIsNoHappening) {
  EXPECT_EQ(ExtractFrom("Serbia posed the gravest threat to the region.").ByTrigger("posed"),
            nullptr);
  EXPECT_EQ(ExtractFrom("Austria is accepting the realities of the market.").ByTrigger("accepting"),
            nullptr);
  EXPECT_EQ(ExtractFrom("These are the conclusions Norway has drawn.").ByTrigger("drawn"), nullptr);
  EXPECT_EQ(ExtractFrom("Qatar played a key role in the release.").ByTrigger("played"), nullptr);
  // Words of others faced or accepted are still events.
  const Extracted x = ExtractFrom("Austria accepted the offer on Monday.");
  ASSERT_NE(x.ByTrigger("accepted"), nullptr);
}

TEST(Events, WhatIsHopedForOrFearedIsAPossibility) {
  auto x = ExtractFrom("There are fears that Serbia would impose sanctions on Kosovo.");
  const Event* impose = x.ByTrigger("impose");
  ASSERT_NE(impose, nullptr);
  EXPECT_EQ(impose->modality, Modality::kHypothetical);
  // Said to come, it is planned.
  auto y = ExtractFrom("Serbia said it would impose sanctions on Kosovo.");
  const Event* said = y.ByTrigger("impose");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->modality, Modality::kPlanned);
}

TEST(Events, AVerbOfUndergoingBeforeATypedNounLeavesTheEventToTheNoun) {
  auto x = ExtractFrom("Serbia faced sharp criticism from Croatia.");
  EXPECT_EQ(x.ByTrigger("faced"), nullptr);
  const Event* criticism = x.ByTrigger("criticism");
  ASSERT_NE(criticism, nullptr);
  EXPECT_EQ(criticism->type, "criticize");
}

TEST(Events, ABareVerbInAThatClauseOfProposingIsAskedFor) {
  auto x = ExtractFrom("Latvia suggested that Nato deploy more troops to Riga.");
  const Event* deploy = x.ByTrigger("deploy");
  ASSERT_NE(deploy, nullptr);
  EXPECT_EQ(deploy->modality, Modality::kPlanned);
  // A told deployment is no proposal.
  auto y = ExtractFrom("Latvia said that Nato deployed more troops to Riga.");
  const Event* deployed = y.ByTrigger("deployed");
  ASSERT_NE(deployed, nullptr);
  EXPECT_NE(deployed->modality, Modality::kPlanned);
}

TEST(Events, AGerundsObjectAndASayingsContentAreNoPlaceOfTheVerb) {
  auto x = ExtractFrom("Serbia on Friday accused Croatia of being slow in sanctioning Hungary.");
  const Event* accused = x.ByTrigger("accused");
  ASSERT_NE(accused, nullptr);
  EXPECT_FALSE(accused->location.has_value());
  auto y = ExtractFrom(
      "The Serbian ministry says the destruction of fuel tanks at a depot in the city of Kragujevac "
      "means shortages.");
  const Event* says = y.ByTrigger("says");
  ASSERT_NE(says, nullptr);
  EXPECT_FALSE(says->location.has_value());
  // A saying at a gathering keeps the gathering's place.
  auto z = ExtractFrom("Vucic said at a press conference in Belgrade that the talks had failed.");
  const Event* said = z.ByTrigger("said");
  ASSERT_NE(said, nullptr);
  ASSERT_TRUE(said->location.has_value());
  EXPECT_EQ(said->location->name, "Belgrade");
}

TEST(Events, ASayingJoinedByAndToADatedSayingSharesItsDate) {
  const std::string text =
      "Vucic said on Saturday that the tariffs were unfair and warned that any new tariff would "
      "fail.";
  auto x = ExtractFrom(text, {MakeTimex(text, "Saturday", "2025-11-29", TimeBasis::kRelative)});
  const Event* warned = x.ByTrigger("warned");
  ASSERT_NE(warned, nullptr);
  ASSERT_TRUE(warned->time.begin.has_value());
  EXPECT_EQ(*warned->time.begin, Date(2025, 11, 29));
  // Another speaker's saying keeps its own tense.
  const std::string other =
      "Vucic said on Saturday that the tariffs were unfair, and Rama warned that any new tariff "
      "would fail.";
  auto y = ExtractFrom(other, {MakeTimex(other, "Saturday", "2025-11-29", TimeBasis::kRelative)});
  const Event* warned2 = y.ByTrigger("warned");
  ASSERT_NE(warned2, nullptr);
  EXPECT_FALSE(warned2->time.begin.has_value());
}

TEST(Events, AQuestionForWhatIsSaidReportsNoSaying) {
  EXPECT_EQ(ExtractFrom("What does Serbia have to say?").ByTrigger("say"), nullptr);
  EXPECT_EQ(ExtractFrom("What has Vucic said?").ByTrigger("said"), nullptr);
  // A saying asked about in its own words is still one.
  const Extracted x = ExtractFrom("Vucic said the talks had failed.");
  ASSERT_NE(x.ByTrigger("said"), nullptr);
}

TEST(Events, PhysicalAssaultIsAnAttackAndRaisingTheStakesIsAFigure) {
  auto x = ExtractFrom("Militiamen tortured two farmers near the village.");
  const Event* tortured = x.ByTrigger("tortured");
  ASSERT_NE(tortured, nullptr);
  EXPECT_EQ(tortured->type, "attack");
  auto y = ExtractFrom("Serbia raised the stakes with Kosovo on Monday by closing the border.");
  EXPECT_EQ(y.ByTrigger("raised"), nullptr);
}

TEST(Events, ADateThatSawSomethingDatesWhatItSaw) {
  const std::string text = "The weekend saw dozens of protests against the decree in Belgrade.";
  auto x = ExtractFrom(text, {MakeTimex(text, "The weekend", "2025-11-22", TimeBasis::kRelative)});
  const Event* protests = x.ByTrigger("protests");
  ASSERT_NE(protests, nullptr);
  ASSERT_TRUE(protests->time.begin.has_value());
  EXPECT_EQ(*protests->time.begin, Date(2025, 11, 22));
}

TEST(Events, RallyingOpinionIsNoMobilisationAndAnEffectOnThinkingNoHappening) {
  auto x = ExtractFrom("The Kremlin moved to mobilise public opinion against the embargo.", {},
                       true);
  const Event* opinion = x.ByTrigger("mobilise");
  ASSERT_NE(opinion, nullptr);
  EXPECT_NE(opinion->type, "mobilize");
  auto y = ExtractFrom("Serbia will mobilise 20,000 reservists.");
  const Event* reservists = y.ByTrigger("mobilise");
  ASSERT_NE(reservists, nullptr);
  EXPECT_EQ(reservists->type, "mobilize");
  EXPECT_EQ(ExtractFrom("Croatia will affect Serbia's thinking.").ByTrigger("affect"), nullptr);
}

TEST(Events, AnIrregularPastBeforeItsObjectIsAVerbAndARequestForAidIsNoAid) {
  auto x = ExtractFrom("Serbia said 260 fighters left the steel plant in Kragujevac on Friday.");
  const Event* left = x.ByTrigger("left");
  ASSERT_NE(left, nullptr);
  ASSERT_TRUE(left->location.has_value());
  EXPECT_EQ(left->location->name, "Kragujevac");
  // What was said without "that" has its own places.
  auto w = ExtractFrom("Vucic said 300 soldiers would be based in Kragujevac.");
  const Event* said = w.ByTrigger("said");
  ASSERT_NE(said, nullptr);
  EXPECT_FALSE(said->location.has_value());
  auto y = ExtractFrom("Montenegro sent an official request to Serbia for military aid.", {}, true);
  const Event* sent = y.ByTrigger("sent");
  ASSERT_NE(sent, nullptr);
  EXPECT_NE(sent->type, "aid");
}

TEST(Events, ADateInAnOpeningPhraseWithANounInIngDatesTheVerbAfterIt) {
  const std::string text =
      "During the Kremlin briefing on Thursday, Vucic downplayed the threat of a blockade.";
  auto x = ExtractFrom(text, {MakeTimex(text, "Thursday", "2025-11-27", TimeBasis::kRelative)});
  const Event* downplayed = x.ByTrigger("downplayed");
  ASSERT_NE(downplayed, nullptr);
  ASSERT_TRUE(downplayed->time.begin.has_value());
  EXPECT_EQ(*downplayed->time.begin, Date(2025, 11, 27));
}

TEST(Events, APassiveClauseOfTimeHappenedWhereItsMainClauseDid) {
  auto x = ExtractFrom(
      "A fire broke out in a warehouse in Kragujevac, after being shelled by Croatian forces, "
      "Serbia said.");
  const Event* shelled = x.ByTrigger("shelled");
  ASSERT_NE(shelled, nullptr);
  ASSERT_TRUE(shelled->location.has_value());
  EXPECT_EQ(shelled->location->name, "Kragujevac");
}

TEST(Events, AQuotationContinuedWithoutItsOpeningMarkIsReported) {
  auto x = ExtractFrom(
      "Vucic spoke for an hour. The regime in Pristina is waging a war against its own people,\u201d "
      "he said.");
  const Event* waging = x.ByTrigger("waging");
  ASSERT_NE(waging, nullptr);
  EXPECT_EQ(waging->modality, Modality::kReported);
  // An opening mark after the trigger opens another quotation.
  auto y = ExtractFrom(
      "Serbia's army attacked the depot on Monday, but in the past week \u201che has said "
      "nothing\u201d.");
  const Event* attacked = y.ByTrigger("attacked");
  ASSERT_NE(attacked, nullptr);
  EXPECT_NE(attacked->modality, Modality::kReported);
}

TEST(Events, AnOpeningDateOfAVerbOfTakingPartDatesTheGatheringsItTakesPartIn) {
  const std::string text =
      "On Friday, Macron will attend an emergency Commonwealth summit, a G20 meeting and a "
      "scheduled European Council summit to discuss Serbia.";
  auto x = ExtractFrom(text, {MakeTimex(text, "Friday", "2025-12-05", TimeBasis::kRelative)});
  size_t gatherings = 0;
  for (const Event& e : x.events) {
    if (e.type != "meet") continue;
    ++gatherings;
    SCOPED_TRACE(e.label);
    ASSERT_TRUE(e.time.begin.has_value());
    ASSERT_TRUE(e.time.end.has_value());
    EXPECT_EQ(*e.time.begin, Date(2025, 12, 5));
    EXPECT_EQ(*e.time.end, Date(2025, 12, 5));
    EXPECT_EQ(e.modality, Modality::kPlanned);
  }
  EXPECT_EQ(gatherings, 3u);
  // A verb that is no taking part leaves its object alone: the date is the pledge's.
  const std::string other = "On Friday, Macron pledged a summit with Vucic.";
  auto y = ExtractFrom(other, {MakeTimex(other, "Friday", "2025-11-28", TimeBasis::kRelative)});
  const Event* summit = y.ByTrigger("summit");
  if (summit != nullptr) {
    EXPECT_FALSE(summit->time.begin.has_value() && *summit->time.begin == Date(2025, 11, 28));
  }
}

TEST(Events, HelpingWatchingAvoidingOrStartingAnActIsNoHappeningOfItsOwn) {
  const struct {
    const char* text;
    const char* trigger;
  } kCases[] = {
      {"The leak helped Belgrade forge a common line against Pristina.", "helped"},
      {"Serbians had already watched Vucic humiliate the head of the intelligence service.",
       "watched"},
      {"It was a remark by the Serbian president that carefully avoided naming any date.",
       "avoided"},
      {"Vucic had started to consider the possibility of a blockade.", "started"},
      {"Tourism in Montenegro was badly affected by the closure.", "affected"},
      {"He said the province was ruled by smugglers.", "ruled"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    auto x = ExtractFrom(c.text);
    EXPECT_EQ(x.ByTrigger(c.trigger), nullptr);
  }
  // Helping with a thing, not an act, stays.
  auto z =
      ExtractFrom("The Serbian army helped with the evacuation of Novi Pazar on Monday.", {}, true);
  EXPECT_NE(z.ByTrigger("helped"), nullptr);
}

TEST(Events, ReceivingArmsIsAidAndActivatingAStandingForceIsAMobilisation) {
  EXPECT_EQ(TypeOf("While Serbia is receiving systems such as the Nora howitzer, its army needs "
                   "training.",
                   "receiving"),
            "aid");
  // What comes after another preposition is not what was received.
  EXPECT_NE(TypeOf("The frigate sank because of the damage to the hull that it received during "
                   "the fire from the detonation of ammunition, Serbia said.",
                   "received", /*keep_bare=*/true),
            "aid");
  EXPECT_EQ(TypeOf("Montenegro activated its rapid response force on Monday.", "activated"),
            "mobilize");
}

TEST(Events, AnOpeningPhraseOfAGatheringDatesAndPlacesBothTheGatheringAndTheMainVerb) {
  const std::string text =
      "At peace talks in Belgrade on Tuesday, Kosovan negotiators said Pristina was ready to "
      "accept the plan.";
  auto x = ExtractFrom(text, {MakeTimex(text, "Tuesday", "2025-11-25", TimeBasis::kRelative)});
  const Event* talks = x.ByTrigger("talks");
  const Event* said = x.ByTrigger("said");
  ASSERT_NE(talks, nullptr);
  ASSERT_NE(said, nullptr);
  for (const Event* e : {talks, said}) {
    SCOPED_TRACE(e->label);
    ASSERT_TRUE(e->time.begin.has_value());
    EXPECT_EQ(*e->time.begin, Date(2025, 11, 25));
    ASSERT_TRUE(e->location.has_value());
    EXPECT_EQ(e->location->name, "Belgrade");
  }
}

TEST(Events, AVerbOfMovingWithAnArmedForceIsAUseOfForce) {
  EXPECT_EQ(
      TypeOf("Serbian troops have entered the country from the north, Kosovo said.", "entered"),
      "invade");
  EXPECT_EQ(
      TypeOf("Serbian airborne forces descended on a military base near Novi Sad.", "descended"),
      "attack");
  EXPECT_EQ(
      TypeOf("Kosovo said its army had pushed back Serbian forces from the border.", "pushed"),
      "fight");
  // The place entered is where the invasion is, past "of".
  auto w = ExtractFrom("Serbian forces entered the outskirts of Pristina on Friday.");
  const Event* outskirts = w.ByTrigger("entered");
  ASSERT_NE(outskirts, nullptr);
  EXPECT_EQ(outskirts->type, "invade");
  ASSERT_TRUE(outskirts->location.has_value());
  EXPECT_EQ(outskirts->location->name, "Pristina");
  // People who are no force, and pushing back against words, stay untyped.
  EXPECT_NE(TypeOf("More than 20,000 refugees have entered Hungary from Serbia.", "entered",
                   /*keep_bare=*/true),
            "invade");
  EXPECT_NE(TypeOf("Vucic pushed back against allegations that Serbian forces shelled it.",
                   "pushed", /*keep_bare=*/true),
            "fight");
}

TEST(Events, AVerbOfReportingWithAClauseOfItsOwnIsASaying) {
  const struct {
    const char* text;
    const char* trigger;
  } kCases[] = {
      {"Serbian analysts questioned whether Belgrade could sustain the blockade.", "questioned"},
      {"Vucic recounted how the flags had sickened him in 1999.", "recounted"},
      {"The 2015 summit was attended by Vucic, Stoltenberg recalled.", "recalled"},
      {"That unity, Vucic signaled, would need to include Montenegro.", "signaled"},
      {"Serbia denied responsibility, suggesting the images were fake.", "suggesting"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(TypeOf(c.text, c.trigger), "statement");
  }
  // No one says anything: "the figures indicated it was", "recalled its ambassador".
  EXPECT_NE(TypeOf("Serbia recalled its ambassador from Pristina on Monday.", "recalled"),
            "statement");
  EXPECT_NE(TypeOf("The figures indicated the blockade was failing, Serbia said.", "indicated",
                   /*keep_bare=*/true),
            "statement");
}

TEST(Events, PublishingAReportOrPicturesIsAStatement) {
  const struct {
    const char* text;
    const char* trigger;
  } kCases[] = {
      {"Serbian border guards released security camera footage on Monday.", "released"},
      {"The imaging company Maxar published a picture of a convoy near Nis.", "published"},
      {"Figures released by Eurostat on Monday showed a rise in exports.", "released"},
  };
  for (const auto& c : kCases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(TypeOf(c.text, c.trigger), "statement");
  }
  // Releasing people is no statement.
  EXPECT_NE(TypeOf("Serbian forces released the mayor of Novi Pazar on Monday.", "released"),
            "statement");
}

}  // namespace
}  // namespace eg
