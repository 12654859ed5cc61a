"""People, signers and summit names in English news, written in ways the first rules missed.

The sentences are made up in the style of wire reports; the checks are on what a reader of
the graph would see: who the person is and with which title, which countries signed.
"""
from __future__ import annotations

import pytest

from extract.documents import DocMeta, Document
from extract.pipeline import extract_many
from graph.resolve import resolve
from ontology import FAMILY


def extraction(text: str):
    return extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]


def people(text: str) -> dict[str, str]:
    """Person name -> English title."""
    return {m.text: m.title_en for m in extraction(text).mentions if m.cls == "Person"}


def pairs(ex, relation: str) -> set[tuple[str, str]]:
    """(subject, object) texts of one relation in an extraction."""
    return {(r.subject.text, r.object.text) for r in ex.relations if r.relation == relation}


def signed(text: str) -> set[tuple[str, str]]:
    return {(r.subject.text, r.object.text) for r in extraction(text).relations if r.relation == "signed"}


def test_a_list_of_titled_leaders_gives_each_name_without_the_titles():
    found = people("Speakers included Indian Prime Minister Anil Varma, French President Claire Dubois, "
                   "and UN Secretary-General Tomas Berg.")
    assert found == {"Anil Varma": "Prime Minister", "Claire Dubois": "President", "Tomas Berg": "Secretary-General"}


def test_a_ministry_written_out_with_commas_between_the_title_and_the_name():
    found = people("Minister of Health, Sport, and Digital Affairs, Ana Silva, said the plan was welcome.")
    assert found == {"Ana Silva": "Minister of Health, Sport, and Digital Affairs"}


def test_a_ranked_portfolio_with_the_before_its_last_field_then_the_name():
    found = people("Joint media release with Assistant Minister for Science, Technology and the Digital Economy, "
                   "Dr Jane Roe")
    assert found == {"Jane Roe": "Assistant Minister for Science, Technology and the Digital Economy"}


def test_a_lower_case_portfolio_title_written_out_before_the_name():
    ex = extraction("Speaking to reporters, UK secretary of state for science, innovation and technology, "
                    "Jane Doe, described the talks as historic.")
    # (the portfolio is part of the post, named as its title writes it)
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {
        "Jane Doe": "Secretary of State for Science, Innovation and Technology"}
    assert pairs(ex, "holdsPosition") == \
        {("Jane Doe", "UK")}


def test_a_lower_case_title_after_the_name_says_whose_post_it_is():
    found = people("The delegates included Tom Baker, president of the Korea Advanced Institute of Science "
                   "and Technology, and others.")
    assert found.get("Tom Baker") == "President"
    assert people("Tom Baker, president, spoke.") == {}


def test_the_countries_listed_before_an_active_verb_signed():
    found = signed("Twelve countries, including Chile, the Philippines, and Kenya have signed the Bletchley Declaration.")
    assert found == {("Chile", "Bletchley Declaration"), ("Philippines", "Bletchley Declaration"),
                     ("Kenya", "Bletchley Declaration")}


def test_a_country_in_an_opening_phrase_did_not_sign():
    found = signed("At the summit hosted by France, India signed the Bletchley Declaration.")
    assert found == {("India", "Bletchley Declaration")}


def test_a_passive_endorsement_names_no_host_as_signer():
    assert signed("The Bletchley Declaration was endorsed at the summit hosted by the UK and France.") == set()


def test_a_sentence_opening_preposition_is_not_part_of_a_summit_name():
    names = {m.text for m in extraction("Following the Lisbon Digital Summit, ministers met again.").mentions
             if m.cls == "Summit"}
    assert names == {"Lisbon Digital Summit"}


def test_the_organisation_between_the_title_and_the_name():
    ex = extraction("Introducing the draft, Ambassador to the UN Maria Ortiz said the text was balanced.")
    positions = pairs(ex, "holdsPosition")
    assert positions == {("Maria Ortiz", "UN")}


def test_an_advisor_is_a_title():
    assert people("National Security Advisor Tom Reed called it historic.") == {"Tom Reed": "National Security Advisor"}


def test_a_ruler_is_a_title_after_a_sheikhs_name():
    assert people("It followed talks with Sheikh Rashid bin Saeed Al Dimas, Deputy Ruler of Ostrava, on Monday.") == \
        {"Rashid bin Saeed Al Dimas": "Deputy Ruler"}


def test_the_participants_listed_attended_the_summit_of_the_sentence():
    ex = extraction("The participants included Omar Haddad, president of the Saudi Data and Artificial "
                    "Intelligence Authority, at the AI Safety Summit.")
    assert pairs(ex, "attended") == \
        {("Omar Haddad", "AI Safety Summit")}


def test_a_family_name_with_particles_is_one_name():
    assert people("Among them was European Commission President Hanna van der Berg.") == {"Hanna van der Berg": "President"}


def test_a_title_of_a_body_is_not_part_of_the_bodys_name():
    names = {m.text for m in extraction("The delegates heard Director of the Korea AI Safety Institute Mina Cho.").mentions
             if m.cls != "Person"}
    assert not any(n.startswith("Director") for n in names)


def test_a_day_between_the_signers_and_the_verb():
    found = signed("Around 50 countries, including Chile, on Tuesday signed the Bletchley Declaration.")
    assert found == {("Chile", "Bletchley Declaration")}


def held(text: str) -> set[tuple[str, str, str]]:
    return {(r.relation, r.subject.text, r.object.text) for r in extraction(text).relations
            if r.relation in ("heldIn", "hostCountry")}


def test_a_held_verb_in_an_aside_about_other_meetings_places_nothing():
    assert held("The AI Action Summit was the third such gathering (the first two being held in the UK's "
                "Bletchley Park and Seoul).") == set()


def test_the_place_after_the_summits_name_when_the_verb_gives_only_the_date():
    assert held("The AI Action Summit in Paris was held on February 10 and 11.") == \
        {("heldIn", "AI Action Summit", "Paris")}


def test_countries_endorsing_a_declaration_signed_it():
    found = signed("Countries endorsing the Bletchley Declaration include Chile, Ghana and the Philippines.")
    assert found == {("Chile", "Bletchley Declaration"), ("Ghana", "Bletchley Declaration"),
                     ("Philippines", "Bletchley Declaration")}


def test_the_country_of_the_venue_named_after_the_held_verb():
    assert held("The Declaration was signed at the AI Safety Summit 2023, held at Bletchley Park in the UK.") == \
        {("heldIn", "AI Safety Summit 2023", "Bletchley Park"), ("hostCountry", "AI Safety Summit 2023", "UK")}


def test_a_vice_premier_is_a_title():
    assert people("Among them was China's Vice Premier Wang Lei.") == {"Wang Lei": "Vice Premier"}


def test_an_oxford_comma_before_the_last_signer_does_not_end_the_list():
    assert signed("Among those signing the declaration were Chile, Ghana, and Norway, alongside other nations.") == \
        {("Chile", "the declaration"), ("Ghana", "the declaration"), ("Norway", "the declaration")}
    assert signed("Chile signed the declaration, and Norway hosted the talks.") == {("Chile", "the declaration")}


def test_a_summit_that_brought_together_representatives_of_n_countries():
    ex = extraction("The Lisbon AI Forum Summit, which convened on Tuesday, brought together "
                    "representatives from 45 countries.")
    assert [(r.relation, r.value) for r in ex.relations if r.relation == "participantCount"] == \
        [("participantCount", "45")]


def test_a_roundtable_is_a_meeting_not_a_person_with_a_title():
    ex = extraction("The minister spoke during the CEO Roundtable at the Lisbon AI Forum.")
    assert not [m for m in ex.mentions if m.cls == "Person"]
    assert "CEO Roundtable" in {m.text for m in ex.mentions if m.cls == "Summit"}


def test_a_title_case_headline_names_no_person_after_a_title():
    ex = extraction("US Secretary of Commerce Announce Inaugural Convening of Lisbon AI Forum in Lisbon\n"
                    "Secretary of Commerce Jane Doe said the forum would meet in May.")
    assert {m.text for m in ex.mentions if m.cls == "Person"} == {"Jane Doe"}


def test_a_hyphenated_lower_case_title_is_the_whole_title():
    assert people("Commission vice-president Jane Doe, on behalf of the EU, signed the declaration.") == \
        {"Jane Doe": "Vice President"}


def test_member_states_are_no_person():
    assert people("The commitment by Member States to build on the compact was noted.") == {}


def test_a_lower_case_portfolio_between_the_title_and_the_name():
    assert people("Then European Commissioner for internal markets Jane Doe said Europe sets the standard.") == \
        {"Jane Doe": "Commissioner"}


def test_surnames_in_capitals_after_a_capitalised_portfolio():
    # Japanese official English: Minister for Foreign Affairs KAMIKAWA
    assert people("Attending from Japan: Prime Minister TANAKA, Minister for Internal Affairs and "
                  "Communications SATO, Minister for Foreign Affairs ITO.") == \
        {"TANAKA": "Prime Minister", "SATO": "Minister for Internal Affairs and Communications", "ITO": "Minister for Foreign Affairs"}


def test_secretary_general_written_without_its_hyphen():
    assert people("Secretary General Ana Silva Costa said the treaty was open.") == \
        {"Ana Silva Costa": "Secretary-General"}


def test_a_ministerial_council_is_a_meeting_and_its_chair_chaired_it():
    ex = extraction("Minister Jane Doe chaired the GPAI Ministerial Council meeting held in the capital.")
    assert {m.text: m.cls for m in ex.mentions if m.text == "GPAI Ministerial Council"} == \
        {"GPAI Ministerial Council": "Summit"}
    assert ("Jane Doe", "GPAI Ministerial Council") in \
        pairs(ex, "chaired")


def test_a_count_written_out_in_words():
    ex = extraction("Twenty-seven nations and the European Union have signed the Seoul Ministerial Statement.")
    assert [(r.relation, r.value) for r in ex.relations if r.relation == "signatoryCount"] == \
        [("signatoryCount", "27")]


def test_a_capitalised_portfolio_before_a_two_word_name():
    assert people("Minister for Foreign Affairs Jane Doe said the talks went well.") == {"Jane Doe": "Minister for Foreign Affairs"}
    assert people("Minister of State for Electronics and Information Technology Ravi Rao chaired it.") == \
        {"Ravi Rao": "Minister of State for Electronics and Information Technology"}
    assert people("Minister for Trade and Industry Office staff said it.") == {}
    # "and Communications" is the portfolio's, not the first half of a name
    assert people("Minister for Internal Affairs and Communications Sato chaired the session.") == {}


def test_a_count_inside_a_name_counts_nothing():
    ex = extraction("Leaders of the G20 countries attended the Lisbon AI Forum.")
    assert not [r for r in ex.relations if r.relation in ("participantCount", "signatoryCount")]


def test_a_list_of_ministers_each_with_a_capitalised_portfolio():
    found = people("The hosts were represented by Minister of Digital Affairs Ken Sato, Minister for Internal "
                   "Affairs and Communications Aiko Ito and Minister of Economy, Trade and Industry Jun Mori.")
    assert found == {"Ken Sato": "Minister of Digital Affairs", "Aiko Ito": "Minister for Internal Affairs and Communications", "Jun Mori": "Minister of Economy, Trade and Industry"}


def summits(text: str) -> set[str]:
    return {m.text for m in extraction(text).mentions if m.cls == "Summit"}


def test_a_sentence_with_one_lower_case_verb_is_not_a_headline():
    # five capitalised words and one verb: a headline in Title Case, but this one ends in a full stop
    assert summits("Leaders attended the Lisbon Digital Summit in Porto on May 19, 2031.") == {"Lisbon Digital Summit"}


def test_a_meeting_named_in_lower_case_by_the_body_that_holds_it():
    assert summits("Ministers met at the OECD ministerial meeting in Paris.") == {"OECD ministerial meeting"}
    ex = extraction("The G20 leaders' summit was held in Rome in October 2031.")
    assert ("heldIn", "G20 leaders' summit", "Rome") in \
        {(r.relation, r.subject.text, r.object.text) for r in ex.relations if r.object}
    # a body the data does not know names no meeting, and a country is no body
    assert summits("Delegates went to the Zorblat summit and the Korea summit.") == set()


def test_a_quoted_sentence_that_mentions_a_text_is_speech_not_a_name():
    ex = extraction("“We remain committed to advancing the Kigali Data Process outcomes,” the ministers said "
                    "in a joint statement issued after a two-day meeting. The process was launched at the "
                    "Lisbon Digital Summit.")
    assert not [m for m in ex.mentions if m.text.startswith("We remain")]
    # the text named in the speech was not issued (adopted) by the summit the document names
    assert not [r for r in ex.relations if r.relation == "adopted"]
    # a quoted name is still a name, with American punctuation inside the quotes
    ex = extraction("The leaders adopted the “Kigali Declaration on Data Commons,” which 12 countries signed.")
    assert "Kigali Declaration on Data Commons" in {m.text for m in ex.mentions}


def test_an_acronym_ending_a_portfolio_is_not_the_first_word_of_the_name():
    assert people("The meeting was chaired by Latvia’s Minister of Science and ICT Anna Berzina.") == \
        {"Anna Berzina": "Minister of Science and ICT"}
    # a surname in capitals, with one given name after it, still ends the portfolio
    assert people("Minister for Foreign Affairs OKADA Hana said the talks were useful.") == \
        {"OKADA Hana": "Minister for Foreign Affairs"}


def test_an_acronym_before_a_title_is_no_name():
    assert people("Pointing to advances in robotics and embodied AI, the Latvian Premier said more was coming.") == {}


def test_a_speaker_at_a_summit_attended_it():
    ex = extraction("Prime Minister Jane Doe spoke at the Lisbon Digital Summit on Tuesday.")
    assert pairs(ex, "attended") == \
        {("Jane Doe", "Lisbon Digital Summit")}


def test_a_known_place_after_a_meetings_name_is_where_it_was_not_part_of_the_name():
    assert summits("Ministers met at the High-Level Meeting on Data Commons in Shanghai on Friday.") == \
        {"High-Level Meeting on Data Commons"}
    # a capitalised topic after "in" that is no place stays in the name
    assert summits("Ministers met at the Global Summit on Data in Education on Friday.") == \
        {"Global Summit on Data in Education"}


def test_a_style_before_the_name_is_not_part_of_it():
    assert people("Today, the Honourable Anne Dupuis, Minister of Innovation, Science and Industry, announced "
                  "the launch.") == {"Anne Dupuis": "Minister of Innovation, Science and Industry"}


def test_french_styles_are_no_part_of_the_name_and_a_possessed_title_is_someone_elses():
    # "the French President's special envoy": she is the envoy, not the President
    ex = extraction("Madame Liora Castagne, the French President's special envoy, met Mme Odile Ferrand in Lyon.")
    assert people(ex.sentences[0].text) == {"Liora Castagne": "", "Odile Ferrand": ""}
    assert not pairs(ex, "holdsPosition")


def test_a_lower_case_title_in_a_list_of_descriptions_names_no_one():
    found = people("Professor Jan Kowal, a world-leading AI researcher, Nobel Prize winner and the lead author of "
                   "the report, said he was pleased.")
    assert "Nobel Prize" not in found
    # the comma that closes an apposition still gives the name
    assert people("UK prime minister, Jane Doe, said it was a landmark.") == {"Jane Doe": "Prime Minister"}


def test_every_country_listed_after_hosted_by_is_a_host():
    ex = extraction("The Lisbon Digital Summit, the second such event, was co-hosted on May 21-22 by Portugal, "
                    "Chile and South Korea.")
    assert {r.object.text for r in ex.relations if r.relation == "hostCountry"} == {"Portugal", "Chile", "South Korea"}


def test_a_country_used_as_an_adjective_did_not_sign():
    assert signed("The Lisbon Commitments’ signatories include the biggest US tech giants, such as Amazon and "
                  "Google.") == {("Amazon", "Lisbon Commitments"), ("Google", "Lisbon Commitments")}


@pytest.mark.parametrize("sentence", [
    "Prime Minister Jane Doe will attend a dinner on Monday as part of the Lisbon Digital Summit.",
    "Prime Minister Jane Doe is set to co-chair the Lisbon Digital Summit.",
    "The Lisbon Digital Summit will see industry figures in attendance, including Jane Doe, the CEO of Acme.",
    "Lisbon Digital Summit opens; Acme CEO Jane Doe, Prime Minister John Roe to be in attendance",
])
def test_what_will_happen_is_not_attendance_or_chairing(sentence: str):
    ex = extraction(sentence)
    assert not [r for r in ex.relations if r.relation in ("attended", "chaired")]


def test_a_verb_co_chair_is_not_followed_by_its_co_chairs():
    ex = extraction("Ana Silva flew to Lisbon to co-chair the Lisbon Digital Summit; Acme CEO Jane Doe came too.")
    assert ("Jane Doe", "chaired") not in {(r.subject.text, r.relation) for r in ex.relations}


def test_an_ai_summit_is_a_kind_of_meeting_unless_a_known_place_names_it():
    # "the AI Summit" is the document's summit, not a summit called "AI Summit"
    ex = extraction("The Lisbon Digital Summit opened on Monday. The AI Summit was attended by Prime Minister "
                    "Jane Doe.")
    assert summits("The AI Summit was attended by Prime Minister Jane Doe.") == {"AI Summit"}
    assert pairs(ex, "attended") == \
        {("Jane Doe", "Lisbon Digital Summit")}
    # "an AI Summit in Paris" is the summit the data knows as the Paris AI Summit
    ex = extraction("Fifty countries signed a declaration at an AI Summit in Paris on Tuesday.")
    assert [m.authority_ids for m in ex.mentions if m.text == "AI Summit"] == [("summit/ai-action-summit-2025",)]


@pytest.mark.parametrize("demonym, country", [("Greek", "Greece"), ("Danish", "Denmark"), ("Chilean", "Chile")])
def test_a_demonym_before_the_title_says_whose_post_it_is(demonym: str, country: str):
    ex = extraction(f"{demonym} Prime Minister Jane Doe attended the Lisbon Digital Summit.")
    orgs = [r.object for r in ex.relations if r.relation == "holdsPosition"]
    assert [o.authority_ids for o in orgs] == [(f"country/{country.lower()}",)]


def test_a_long_name_before_a_lower_case_head_is_a_meeting():
    ex = extraction("Ministers from 60 countries gathered in Lisbon on 4 May 2026 for the Responsible Robotics "
                    "in Public Services conference, which adopted the Lisbon Charter on Service Robots.")
    meetings = {m.text for m in ex.mentions if m.cls == "Summit"}
    assert meetings == {"Responsible Robotics in Public Services conference"}
    held = {(r.relation, r.object.text if r.object else r.value) for r in ex.relations
            if r.subject.text == "Responsible Robotics in Public Services conference"}
    assert {("heldIn", "Lisbon"), ("startDate", "2026-05-04"), ("adopted", "Lisbon Charter on Service Robots")} <= held


@pytest.mark.parametrize("sentence", [
    "Delegates met at the 3rd Responsible Robotics in the Public Domain conference in Oslo.",   # from "the Public …"
    "Officials from the UK-hosted AI Safety summit met again in May.",                         # a known summit
    "The G7 summit in Apulia ended on Friday.",                                               # a body's meeting
])
def test_no_meeting_named_from_inside_another_name_or_a_known_one(sentence: str):
    names = {m.text for m in extraction(sentence).mentions if m.cls == "Summit" and m.method == "en-named-meeting"}
    assert names == set()


def facts(text: str) -> set[tuple[str, str, str]]:
    return {(r.relation, r.subject.text, r.object.text if r.object else r.value) for r in extraction(text).relations}


@pytest.mark.parametrize("sentence", [
    "Brazil, Kenya and Norway attended the AI Action Summit.",
    "Delegations from Brazil, Kenya and Norway attended the AI Action Summit.",
    "The AI Action Summit was attended by Brazil, Kenya and Norway.",
    "The AI Action Summit brought together delegations from more than 60 countries, including Brazil, Kenya and Norway.",
])
def test_countries_that_attended_in_english(sentence: str):
    attended = {s for r, s, o in facts(sentence) if r == "attended" and o == "AI Action Summit"}
    assert attended == {"Brazil", "Kenya", "Norway"}


def test_who_travelled_to_a_city_for_the_summit_attended_it_and_a_trip_for_talks_attends_nothing():
    found = facts("The AI Action Summit opened in Paris on Monday. Prime Minister Jane Roe travelled to Paris for "
                  "the summit. President John Doe flew to Madrid for talks with the Spanish prime minister.")
    assert {s for r, s, o in found if r == "attended"} == {"Jane Roe"}


def test_the_first_meeting_of_a_known_body_is_a_meeting_with_its_place_and_dates():
    found = facts("On 3 and 4 March 2027, offices from Brazil and Norway are convening in Geneva for the first "
                  "meeting of the International Network of AI Safety Institutes.")
    meeting = "first meeting of the International Network of AI Safety Institutes"
    assert {("heldIn", meeting, "Geneva"), ("startDate", meeting, "2027-03-03"), ("endDate", meeting, "2027-03-04"),
            ("attended", "Brazil", meeting), ("attended", "Norway", meeting)} <= found


def test_a_place_before_for_the_summit_is_where_it_met_not_part_of_its_name():
    ex = extraction("On 10 and 11 February 2025, leaders gathered in Paris for the AI Action Summit.")
    assert {m.text for m in ex.mentions if m.cls == "Summit"} == {"AI Action Summit"}


def test_a_statement_released_during_a_summit_was_adopted_there():
    found = facts("Building on the Seoul Declaration, released during the AI Seoul Summit, the network began work.")
    assert ("adopted", "AI Seoul Summit", "Seoul Declaration") in found


def test_a_sentence_opening_with_building_on_is_not_part_of_the_name():
    ex = extraction("Drawing on the Lisbon Charter on Service Robots, ministers set up a working group.")
    assert {m.text for m in ex.mentions if m.cls != "Person"} == {"Lisbon Charter on Service Robots"}


def test_following_an_announcement_made_at_a_summit_is_no_series():
    assert not any(r == "follows" for r, _, _ in facts(
        "Following the minister’s announcement of the launch of the International Network of AI Safety Institutes "
        "during the AI Seoul Summit in May, the two departments will co-host the inaugural convening of the "
        "International Network of AI Safety Institutes."))
    assert ("follows", "AI Action Summit", "AI Seoul Summit") in facts(
        "The AI Action Summit opened in Paris. Following the AI Seoul Summit, the AI Action Summit drew leaders "
        "from 100 countries.")


def test_a_possessive_after_a_final_s_is_not_part_of_the_name():
    assert people("Following are UN Secretary-General Tomas Berglas' remarks at the meeting.") == \
        {"Tomas Berglas": "Secretary-General"}


def test_a_summit_named_with_its_city_and_country_met_there():
    found = facts("The charter was launched during the AI Action Summit in Kigali, Rwanda, with support from donors.")
    assert {("heldIn", "AI Action Summit", "Kigali"), ("hostCountry", "AI Action Summit", "Rwanda")} <= found
    assert not any(r in ("heldIn", "hostCountry") for r, _, _ in facts("Leaders met at the AI Action Summit in May."))
    # the edition's year between the name and the place (the year is the edition's name's)
    found = facts("The fund will report at the Pacific Tech Summit 2026 in Nairobi, the organisers said.")
    assert ("heldIn", "Pacific Tech Summit 2026", "Nairobi") in found


def test_a_possessive_ends_a_bodys_name():
    ex = extraction("Officials from the Ministry of Defence’s science and technology laboratory attended.")
    assert {m.text for m in ex.mentions} == {"Ministry of Defence"}


def test_an_intention_in_quoted_speech_after_the_cue_is_the_speakers_not_the_cues():
    text = ("Leaders met at the AI Action Summit on Tuesday. In front of Indian Prime Minister Anil Varma, who "
            "co-chaired the conference, the guest asserted that “our administration plans to keep it that way.”")
    assert ("chaired", "Anil Varma", "AI Action Summit") in facts(text)
    assert not any(r == "attended" for r, _, _ in facts("“We did not attend the AI Action Summit,” Jane Doe said."))


def test_a_short_title_is_the_long_one_and_the_body_that_adopted_a_treaty_did_not_sign_it():
    text = ("The Council of Europe Framework Convention on artificial intelligence opened for signature. "
            "The Framework Convention was signed by Andorra and Norway. "
            "The Framework Convention was adopted by the Council of Europe Committee of Ministers.")
    docs = [Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]
    res = resolve(extract_many(docs), {"doc": None})
    signers = {f.subject for f in res.facts if f.predicate == "signed"}
    conventions = {f.object for f in res.facts if f.predicate == "signed"}
    assert signers == {"country/andorra", "country/norway"}
    assert conventions == {"initiative/council-of-europe-framework-convention-on-ai"}


def test_where_a_meeting_met_in_an_earlier_year_is_not_where_this_one_meets():
    text = "This year’s APEC summit marks Latium’s first time chairing APEC since 2005, when the forum was last hosted in Busan."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(date="2031-10-01"), "0" * 64)])[0]
    assert not any(r.relation in ("heldIn", "hostCountry") for r in ex.relations)


def test_a_registry_is_a_platform():
    found = {m.text: m.cls for m in extraction("Ministers welcomed the Ostrava AI Incident Registry, run by the OECD.").mentions}
    assert found.get("Ostrava AI Incident Registry") == "Platform"


def _held(text: str) -> set[tuple[str, str]]:
    doc = Document("doc", "doc.txt", text, DocMeta(date="2031-10-02"), "0" * 64)
    res = resolve(extract_many([doc]), {"doc": "2031-10-02"})
    return {(f.subject, f.object) for f in res.facts if f.predicate == "heldIn"}


def test_where_delegates_met_is_where_the_meeting_was_held_and_the_next_one_is_not_this_one():
    held = _held("Ministers met in Geneva for the Ostrava AI Governance Summit. The next meeting will be held in Nairobi.")
    assert {o for _, o in held} == {"place/geneva"}


def test_a_styled_name_before_of_the_body_is_a_person_not_part_of_the_bodys_name():
    found = {m.text: m.cls for m in extraction("The talks were co-chaired by Dr. Jane Roe of the Korea AI Safety "
                                                "Institute.").mentions}
    assert found.get("Jane Roe") == "Person" and found.get("Korea AI Safety Institute") == "ResearchOrganisation"


def _facts(text: str, predicate: str) -> set[tuple[str, str]]:
    doc = Document("doc", "doc.txt", text, DocMeta(date="2031-10-02"), "0" * 64)
    res = resolve(extract_many([doc]), {"doc": "2031-10-02"})
    return {(f.subject, f.object) for f in res.facts if f.predicate == predicate}


def test_the_network_and_the_compact_are_the_ones_the_document_names():
    text = ("Delegates met for the first meeting of the Ostrava Network of AI Testing Centres. The network, launched at "
            "the AI Seoul Summit in May 2024, links ten centres. Ministers also adopted the Ostrava Compact on AI "
            "Testing. The European Union endorsed the compact.")
    assert ("summit/ai-seoul-summit-2024", "initiative/ostrava-network-of-ai-testing-centres") in _facts(text, "launched")
    assert ("org/european-union", "initiative/ostrava-compact-on-ai-testing") in _facts(text, "signed")


def test_a_kind_the_document_names_nothing_of_points_nowhere():
    assert not _facts("The AI Seoul Summit launched the network in May 2024.", "launched")


def test_words_that_start_a_bodys_name_after_a_title_are_no_person():
    found = people("Tomas Ekberg, director of the Nordic AI Research Centre, welcomed the report.")
    assert "Nordic AI Research" not in found and found.get("Tomas Ekberg") == "Director"


def test_a_name_after_a_title_and_its_portfolio_closes_the_sentence():
    ex = extraction("The forum was chaired by Kenya's Cabinet Secretary for ICT, Amara Odhiambo.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {"Amara Odhiambo": "Cabinet Secretary for ICT"}
    assert pairs(ex, "holdsPosition") == \
        {("Amara Odhiambo", "Kenya")}


def test_the_forum_is_the_forum_the_document_names_and_chaired_by_names_its_chair():
    text = ("Ministers met in Nairobi on 3 March 2031 for the first Ostrava AI Governance Forum. "
            "The forum was chaired by Kenyan President Amara Odhiambo.")
    assert _facts(text, "chaired") == {("person/amara-odhiambo", "summit/ostrava-ai-governance-forum-2031")}


def test_the_date_of_a_dateline_is_the_storys_not_the_meetings():
    doc = Document("doc", "doc.txt", "NAIROBI, 4 March 2031 - Ministers met in Nairobi on 3 March 2031 for the "
                                     "Ostrava AI Governance Forum.", DocMeta(date="2031-03-04"), "0" * 64)
    res = resolve(extract_many([doc]), {"doc": "2031-03-04"})
    assert {f.value for f in res.facts if f.predicate == "startDate"} == {"2031-03-03"}


def test_an_initiative_set_up_by_a_body_named_after_by_is_that_bodys_not_the_summits():
    text = ("The AI Seoul Summit was held in May 2024. The Ostrava Dialogue on AI Governance was established in "
            "August 2025 by the UN General Assembly.")
    launched = _facts(text, "launched")
    assert ("org/un-general-assembly", "initiative/ostrava-dialogue-on-ai-governance") in launched
    assert not any(s.startswith("summit/") for s, _ in launched)


def test_a_common_noun_of_the_summit_is_not_part_of_its_name():
    found = {m.text for m in extraction("Attendees of the Ostrava AI Governance Summit include ministers from ten "
                                        "countries.").mentions if m.cls == "Summit"}
    assert found == {"Ostrava AI Governance Summit"}


def test_a_titled_person_and_a_bodys_officer_joined_by_and_are_two_people_not_one_body():
    ex = extraction("The summit was co-chaired by Portuguese Prime Minister Rui Carvalho and European Commission "
                    "Executive Vice-President Jana Novak.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == \
        {"Rui Carvalho": "Prime Minister", "Jana Novak": "Executive Vice-President"}
    assert not [m for m in ex.mentions if "Carvalho" in m.text and m.cls != "Person"]


def test_held_from_one_day_to_another_gives_both_dates():
    doc = Document("doc", "doc.txt", "Ministers signed the charter at the Ostrava Digital Summit, held from 16 to 17 "
                                     "September 2031.", DocMeta(), "0" * 64)
    res = resolve(extract_many([doc]), {"doc": None})
    assert {(f.predicate, f.value) for f in res.facts if f.predicate in ("startDate", "endDate")} == \
        {("startDate", "2031-09-16"), ("endDate", "2031-09-17")}


def test_a_demonym_after_a_held_cue_is_no_host():
    text = ("The Ostrava Digital Summit, the third after the Madrid meeting in 2030, was co-chaired by Portuguese "
            "Prime Minister Rui Carvalho.")
    assert _facts(text, "hostCountry") == set()


def test_the_summit_in_lower_case_and_a_participle_after_a_comma_launch_at_the_documents_summit():
    text = ("The Ostrava Digital Summit was held in Prague. The OECD will host a registry of public AI systems, the "
            "Ostrava AI Registry, launched at the summit.")
    assert _facts(text, "launched") == {("summit/ostrava-digital-summit-2031", "initiative/ostrava-ai-registry")}


def test_what_a_summit_will_launch_is_not_launched_yet():
    assert _facts("The Ostrava Digital Summit will launch the Ostrava AI Registry next year.", "launched") == set()


def test_a_memorandum_of_understanding_is_an_agreement_its_parties_sign():
    found = signed("The United Kingdom and Canada have signed a Memorandum of Understanding on AI Safety Research.")
    assert found == {("United Kingdom", "Memorandum of Understanding on AI Safety Research"),
                     ("Canada", "Memorandum of Understanding on AI Safety Research")}


def test_two_titled_people_with_long_portfolios_each_keep_their_own_title():
    found = people("The agreement was signed by the Secretary of State for Science, Innovation and Technology, "
                   "Jane Morrow, and Canada's Minister of Artificial Intelligence, Paul Tremblay.")
    assert found == {"Jane Morrow": "Secretary of State for Science, Innovation and Technology", "Paul Tremblay": "Minister of Artificial Intelligence"}


def test_a_body_that_adopts_or_launches_in_a_sentence_naming_no_summit_acts_itself():
    text = ("The Council of the European Union today adopted the Ostrava AI Act. The OECD today launched the Ostrava "
            "AI Registry. Leaders later met in Hiroshima for the G7 Hiroshima Summit.")
    assert _facts(text, "adopted") == set()
    # (a body adopting a text alone made it)
    assert _facts(text, "launched") == {("org/oecd", "initiative/ostrava-ai-registry"),
                                        ("org/council-of-the-european-union", "initiative/ostrava-ai-act")}


def test_a_summit_named_in_a_relative_clause_after_the_cue_did_not_adopt_what_the_subject_agreed():
    text = ("Chile and Kenya have agreed on an Ostrava AI Charter which will see them work together, putting into "
            "practice commitments made at the AI Safety Summit held last November.")
    assert _facts(text, "adopted") == set()


def test_a_capitalised_name_in_lower_case_is_a_name_only_after_the():
    names = lambda text: {m.text for m in extraction(text).mentions if m.cls != "Country"}
    assert "partnership on AI" not in names("Chile and Kenya will strengthen their partnership on AI safety.")
    assert "council of Europe" in names("Chile thanked the council of Europe and the OECD.")


def test_a_summit_that_drew_delegations_from_n_countries_counts_them():
    res_text = "The Ostrava AI Governance Summit drew delegations from more than 70 countries."
    doc = Document("doc", "doc.txt", res_text, DocMeta(), "0" * 64)
    res = resolve(extract_many([doc]), {"doc": None})
    assert {f.value for f in res.facts if f.predicate == "participantCount"} == {"70"}


def test_a_text_not_signed_by_countries_is_not_signed_by_them():
    assert signed("However, the Ostrava Declaration was not signed by the United States and the United Kingdom.") == set()


def test_a_relative_clause_keeps_its_own_tense_beside_a_main_verb_in_the_future():
    text = ("The Ostrava AI Summit ended on Tuesday. Indian Prime Minister Anil Varma, who co-chaired the summit "
            "with French President Claire Dubois, will host the next summit.")
    assert _facts(text, "chaired") == {("person/anil-varma", "summit/ostrava-ai-summit-2031"),
                                       ("person/claire-dubois", "summit/ostrava-ai-summit-2031")}


def test_an_accord_endorsed_by_listed_countries_is_signed_by_them():
    found = signed("The Ostrava Accord on Frontier AI Testing was endorsed by 41 countries, including Germany, Kenya "
                   "and Canada.")
    assert {s for s, _ in found} == {"Germany", "Kenya", "Canada"}


def test_the_heads_of_bodies_listed_after_attended_by_bring_their_bodies():
    text = ("The Ostrava AI Summit was attended by leaders including German Chancellor Olaf Berger, as well as the "
            "heads of the OECD and UNESCO.")
    assert {s for s, _ in _facts(text, "attended")} == {"person/olaf-berger", "country/germany", "org/oecd", "org/unesco"}


@pytest.mark.parametrize("text, expected", [
    # an article and a rank before a lower-case title; the body after it is no person
    ("Rui Carvalho, an associate professor of the National University of Ostrava, said so.", {"Rui Carvalho": "Associate Professor"}),
    # a portfolio in lower case before the title
    ("Anne Dupuis, trade and industry minister of Chile, said so.", {"Anne Dupuis": "Minister"}),
    # a country's title and portfolio before the name, closed by a verb
    ("Chile’s Minister of Communications, Rui Carvalho, hosted the meeting.", {"Rui Carvalho": "Minister of Communications"}),
    # the name, then a country's title with its portfolio written out
    ("Anne Dupuis, Chile’s Minister of Science, Technology, and Innovation, who led the talks, spoke.",
     {"Anne Dupuis": "Minister of Science, Technology, and Innovation"}),
    # "then-" before a title: the whole title, held before
    ("Established in 2023, then-prime minister Rui Carvalho said so.", {"Rui Carvalho": "Prime Minister"}),
    # a list of "the TITLE of BODY, NAME;" items, a name of three words after the comma
    ("It was attended by the President of Acme, Anne Dupuis; the Executive Vice-president of Acme, Rui Carvalho III; "
     "and others.", {"Anne Dupuis": "President", "Rui Carvalho III": "Executive Vice-President"}),
    # a lower-case title that says whose it is by "for" (its portfolio)
    ("Anne Dupuis, the secretary of state for tech, revealed the plan.", {"Anne Dupuis": "Secretary of State"}),
    # the title in brackets after the name
    ("Signed by Anne Dupuis (Secretary of State for Science and Technology), the charter takes effect.",
     {"Anne Dupuis": "Secretary of State for Science and Technology"}),
    # a portfolio written out with commas, the name closed by a clause
    ("It was announced by AU Commissioner for Infrastructure, Energy, and Digitization, Rui Carvalho, during a visit.",
     {"Rui Carvalho": "Commissioner"}),
])
def test_more_ways_of_writing_a_title_next_to_a_name(text: str, expected: dict[str, str]):
    assert people(text) == expected


def test_a_relative_clause_after_a_name_is_no_title():
    assert people("Anne Dupuis, who met the minister of Chile, said so.") == {}


def test_a_guide_and_a_code_are_texts_a_meeting_can_launch():
    text = ("The 4th Ostrava Digital Ministers Meeting in Chile concluded on Friday and unveiled the Ostrava Guide on "
            "AI Governance and Ethics and the Ostrava Code of Practice.")
    launched = {o for _, o in _facts(text, "launched")}
    assert launched == {"initiative/ostrava-guide-on-ai-governance-and-ethics", "initiative/ostrava-code-of-practice"}


def test_a_short_name_in_brackets_after_a_head_name_is_not_part_of_it():
    ex = extraction("The initiative was announced at the third Ostrava Forum for International Cooperation (OFIC) in May.")
    assert "Ostrava Forum for International Cooperation" in {m.text for m in ex.mentions if m.cls == "Summit"}


def test_countries_named_in_an_apposition_with_including_signed():
    text = "Leaders from 28 countries, including Chile and Kenya, have signed the Ostrava Declaration."
    assert signed(text) == {("Chile", "Ostrava Declaration"), ("Kenya", "Ostrava Declaration")}
    # without "including", a comma after a country closes another phrase, not a subject
    assert ("Chile", "Ostrava Declaration") not in signed("The ministers, who met with Chile, signed the Ostrava Declaration.")


def test_the_leaders_a_summit_was_co_hosted_by_chaired_it():
    text = ("The declaration was adopted during a session of the Ostrava AI Summit, co-hosted by President Anne Dupuis "
            "and Chilean Prime Minister Rui Carvalho.")
    assert {s for s, _ in _facts(text, "chaired")} == {"person/anne-dupuis", "person/rui-carvalho"}


def test_who_announced_at_the_summit_attended_it():
    text = ("The Ostrava AI Summit opened on Monday. Anne Dupuis, President of the Nordic Council, announced at the "
            "summit that the council would invest. Rui Carvalho, President of Acme, announced at a press conference "
            "that Acme would invest.")
    assert {s for s, _ in _facts(text, "attended") if s.startswith("person/")} == {"person/anne-dupuis"}


def test_announcing_the_establishment_of_a_group_is_a_launch_and_a_relative_clause_names_no_object():
    text = ("The Ostrava AI Summit opened in Chile. At a side event, Prime Minister Anne Dupuis announced the "
            "establishment of the Ostrava AI Friends Network, a framework of countries that share the spirit of the "
            "Ostrava AI Process.")
    assert _facts(text, "adopted") == set()
    assert {o for _, o in _facts(text, "launched")} == {"initiative/ostrava-ai-friends-network"}


def test_a_meeting_of_a_bodys_organ_is_named_with_the_organ():
    ex = extraction("A meeting of the OECD Council at Ministerial Level was held in Paris.")
    assert "meeting of the oecd council at ministerial level" in {m.text.lower() for m in ex.mentions if m.cls == "Summit"}


def test_a_meeting_that_drew_n_participants_from_m_countries_counts_both():
    text = ("The two-day Ostrava AI Summit concluded Tuesday with the adoption of a blueprint, drawing 1,952 "
            "participants from 96 countries, including 38 ministerial-level officials.")
    doc = Document("doc", "doc.txt", text, DocMeta(), "0" * 64)
    res = resolve(extract_many([doc]), {"doc": None})
    assert {f.value for f in res.facts if f.predicate == "participantCount"} == {"1952", "96"}


def test_a_person_who_hosted_the_meeting_chaired_it_but_not_one_who_hosted_a_dinner():
    text = ("The Ostrava AI Summit opened in Chile. Chile’s Minister of Communications, Rui Carvalho, hosted the "
            "meeting. Anne Dupuis, President of Acme, hosted a dinner for the leaders.")
    assert {s for s, _ in _facts(text, "chaired")} == {"person/rui-carvalho"}


def test_a_declaration_named_by_its_city_in_lower_case_is_a_name():
    ex = extraction("Ministers announced the adoption of the Nairobi declaration by all 29 member countries.")
    assert ("Nairobi Declaration", "Declaration") in {(m.text, m.cls) for m in ex.mentions}


def test_a_relative_clause_after_a_declaration_signs_that_declaration():
    text = ("Unlike the Ostrava Declaration, which China signed in 2023, the Valparaiso statement was not signed "
            "by Chile.")
    assert signed(text) == {("China", "Ostrava Declaration")}


def test_a_headline_with_as_and_to_in_lower_case_names_no_person():
    assert people("Secretary-General Points to Potentially Defining Moment, as Delegates Call for Ethical "
                  "Governance Framework") == {}


def test_the_president_of_an_academy_is_no_person_named_academy():
    assert people("Anne Dupuis, President of the Pontifical Academy for Life, spoke.") == {"Anne Dupuis": "President"}


def test_a_bodys_members_before_a_text_do_not_sign_it():
    assert signed("In light of principles agreed by Group of Seven members based on the Ostrava AI Process, the "
                  "draft calls for more.") == set()


def test_leaders_who_met_on_the_sidelines_of_a_summit_attended_it():
    text = ("President Anne Dupuis and Chile’s President Rui Carvalho held a meeting on the sidelines of the Ostrava "
            "AI Summit on Saturday. They met again on the sidelines of a dinner.")
    assert {s for s, _ in _facts(text, "attended") if s.startswith("person/")} == \
        {"person/anne-dupuis", "person/rui-carvalho"}


def test_a_deputy_chief_of_staff_is_a_title():
    assert people("Acme Deputy Chief of Staff Anne Dupuis was effusive.") == {"Anne Dupuis": "Deputy Chief of Staff"}


def test_countries_listed_between_dashes_who_met_for_a_named_meeting_attended_it():
    text = ("The top officials from the group – Chile, Kenya and Peru – met for the Ostrava Digital Ministers’ Meeting "
            "in Ostrava. The officials – Chile and Kenya – met for dinner.")
    assert {s for s, _ in _facts(text, "attended")} == {"country/chile", "country/kenya", "country/peru"}


def test_the_documents_summit_is_named_by_its_head_word_not_its_last_word():
    # "the summit" points to the "… Summit on Oceania" named first, not to a later summit whose
    # name happens to end in "Summit"
    ex = extraction("Ministers met in Suva this week. The Oceania Compact on Robotics was unveiled at the "
                    "Global Robotics Summit on Oceania. The summit also backed a regional fund, whose plan will be "
                    "shown at the Pacific Tech Summit in Apia. President Tomas Berg of Fiji joined the leaders "
                    "to launch the compact.")
    launched = pairs(ex, "launched")
    attended = pairs(ex, "attended")
    assert ("Global Robotics Summit on Oceania", "the compact") in launched
    assert ("Pacific Tech Summit", "the compact") not in launched
    assert ("Tomas Berg", "Global Robotics Summit on Oceania") in attended
    assert not any(s == "Pacific Tech Summit" for _, s in attended)


def test_a_title_in_the_plural_before_people_each_of_a_country():
    ex = extraction("Presidents Rui Carvalho of Portugal and Anna Dimas of Greece opened the forum. Ministers of "
                    "ICT including Tomas Berg of Norway, Jane Roe of Côte d’Ivoire and Ana Silva of Chile spoke after them.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {
        "Rui Carvalho": "President", "Anna Dimas": "President", "Tomas Berg": "Minister", "Jane Roe": "Minister",
        "Ana Silva": "Minister"}
    assert pairs(ex, "holdsPosition") == {
        ("Rui Carvalho", "Portugal"), ("Anna Dimas", "Greece"), ("Tomas Berg", "Norway"),
        ("Jane Roe", "Côte d’Ivoire"), ("Ana Silva", "Chile")}
    assert people("Ministers of the region met in Oslo.") == {}


def test_the_country_after_a_titled_name_is_whose_post_it_is():
    ex = extraction("President Tomas Berg of Fiji opened the talks.")
    assert pairs(ex, "holdsPosition") == \
        {("Tomas Berg", "Fiji")}


def test_a_chairperson_and_an_administrator_are_titles():
    assert people("“We are ready,” said Anna Dimas, Administrator of the United Nations Development Programme.") \
        == {"Anna Dimas": "Administrator"}
    assert people("Leaders joined H.E. Tomas Berg, Chairperson of the African Union Commission, at the launch.") \
        == {"Tomas Berg": "Chairperson"}


def test_a_demonym_before_a_title_written_out_before_the_name():
    ex = extraction("Norwegian Minister for Trade and Industry, Anna Dimas, added that the plan was welcome.")
    assert pairs(ex, "holdsPosition") == \
        {("Anna Dimas", "Norwegian")}


def test_who_addressed_a_session_of_a_named_summit_attended_it():
    text = ("Chilean President Rui Carvalho addressed the second plenary session of the 9th Andes AI Summit in Lima "
            "on Monday. He later addressed the issue of chips.")
    assert _facts(text, "attended") == {("person/rui-carvalho", "summit/andes-ai-summit-2031"),
                                        ("country/chile", "summit/andes-ai-summit-2031")}
    assert not _facts("Rui Carvalho addressed the issue of chips at length.", "attended")


def test_a_second_title_is_no_name_and_a_styled_name_after_a_body_is_the_person():
    assert people("The session was moderated by Jane Roe, Programme Chair of the forum and Former Deputy Director "
                  "of the bureau.") == {"Jane Roe": "Chair"}
    assert people("“We are ready,” said Director of the National Data Centere Dr. Rui Carvalho in his remarks.") == \
        {"Rui Carvalho": "Director"}


def test_a_british_style_between_the_title_and_the_name():
    assert people("Addressing the gathering, the Commonwealth Secretary-General, the Rt Hon Anna Dimas, KC, said the "
                  "plan was ready.") == {"Anna Dimas": "Secretary-General"}


def test_who_co_led_a_roundtable_chaired_it():
    ex = extraction("On June 5, 2031, Norwegian Minister Anna Dimas and Chilean Minister Rui Carvalho co-led a "
                    "Roundtable on Artificial Intelligence with companies.")
    assert pairs(ex, "chaired") == {
        ("Anna Dimas", "Roundtable on Artificial Intelligence"), ("Rui Carvalho", "Roundtable on Artificial Intelligence")}


def test_a_person_named_with_their_body_and_a_persons_verb_needs_no_title():
    assert people("Anthropic's Jane Roe said the rules were welcome.") == {"Jane Roe": ""}
    found = _facts("Google DeepMind's Rui Carvalho attended the AI Action Summit in Paris.", "attended")
    assert ("person/rui-carvalho", "summit/ai-action-summit-2025") in found
    assert people("Google's Gemini Ultra is a new model.") == {}        # a product does not speak


def test_who_opened_or_closed_the_summit_attended_it():
    text = ("Leaders met at the Andes AI Summit in Lima. Chilean President Rui Carvalho, closing the summit, said trust "
            "was key. Norwegian Minister Anna Dimas opened the summit on Monday. Talks were closing the gap.")
    assert {s for s, _ in _facts(text, "attended") if s.startswith("person/")} == {"person/rui-carvalho",
                                                                                  "person/anna-dimas"}


def test_who_gave_the_opening_or_closing_remarks_attended_the_documents_summit():
    text = ("Leaders met at the Andes AI Summit in Lima. In her closing remarks, Norwegian Minister Anna Dimas thanked "
            "the hosts. In his opening address, Chilean President Rui Carvalho framed AI as a turning point.")
    assert {s for s, _ in _facts(text, "attended") if s.startswith("person/")} == {"person/anna-dimas",
                                                                                  "person/rui-carvalho"}


def test_a_co_founder_and_chief_executive_and_a_deputy_director_general():
    assert people("Sam Roe, co-founder and chief executive officer of OpenAI, said the office would open.") == \
        {"Sam Roe": "Chief Executive Officer"}
    assert people("The opening included remarks by Anna Dimas, Deputy Director General for Social Sciences at "
                  "UNESCO, and others.") == {"Anna Dimas": "Deputy Director-General"}


def test_a_division_of_a_ministry_after_a_title_is_no_name():
    text = ("The roundtable was co-chaired by Rui Carvalho, Joint Secretary, Cyber Diplomacy Division, Ministry of "
            "External Affairs, India, and H.E. Anna Dimas, Ambassador for Digital Affairs.")
    assert people(text) == {"Rui Carvalho": "Joint Secretary", "Anna Dimas": "Ambassador for Digital Affairs"}
    ex = extraction("Officials met in Paris for the 2nd Ostrava AI Policy Roundtable. " + text)
    assert pairs(ex, "chaired") == {
        ("Rui Carvalho", "Ostrava AI Policy Roundtable"), ("Anna Dimas", "Ostrava AI Policy Roundtable")}


def test_a_ministerial_meeting_of_a_council_nobody_knows_and_its_styled_co_chairs():
    text = ("On Tuesday, April 30, 2031, the second ministerial meeting of the Ostrava-Lima Digital Partnership Council "
            "was held in Brussels, Belgium. The meeting was co-chaired by Mr. Rui Carvalho, Minister for Digital "
            "Transformation, and Ms. Anna Dimas, Commissioner for the Internal Market, European Commission. Ministers "
            "will meet again at the OECD Ministerial Council Meeting.")
    ex = extraction(text)
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {"Rui Carvalho": "Minister for Digital Transformation",
                                                                            "Anna Dimas": "Commissioner"}
    meeting = "second ministerial meeting of the Ostrava-Lima Digital Partnership Council"
    assert {(r.relation, r.subject.text, r.object.text) for r in ex.relations if r.relation in ("chaired", "heldIn")} \
        == {("chaired", "Rui Carvalho", meeting), ("chaired", "Anna Dimas", meeting), ("heldIn", meeting, "Brussels")}


def test_a_lower_case_title_after_a_possessive_country_and_a_current_post():
    ex = extraction("David Roe, the UK’s foreign secretary announced the initiative.")
    assert pairs(ex, "holdsPosition") == \
        {("David Roe", "UK")}
    assert people("Lucia Roe, currently Director for AI within the European Commission, will lead the office.") == \
        {"Lucia Roe": "Director"}


def test_countries_that_launched_a_playbook_on_a_dated_day():
    # (a forum named in a participle after the text did not launch it)
    ex = extraction("Norway and Chile on Sunday, September 22, jointly launched the AI Playbook for Small States, "
                    "covering best practices from members of the Digital Forum of Small States.")
    assert pairs(ex, "launched") == {
        ("Norway", "AI Playbook for Small States"), ("Chile", "AI Playbook for Small States")}


def test_a_style_starts_the_next_person_and_malaysian_styles_are_no_part_of_the_name():
    ex = extraction("The MOU was signed by Mrs Jane Roe, Singapore’s Minister for Digital Development and Information, "
                    "and Mr Ed Doe, Australia’s Minister for Industry and Science, during a meeting.")
    assert pairs(ex, "holdsPosition") == {
        ("Jane Roe", "Singapore"), ("Ed Doe", "Australia")}
    assert people("Prime Minister Datuk Seri Rui Carvalho is expected to launch the office.") == \
        {"Rui Carvalho": "Prime Minister"}
    assert people("The event was attended by Deputy Minister of Trade Anna Dimas as well.") == \
        {"Anna Dimas": "Deputy Minister of Trade"}


def test_a_meetings_name_that_lists_its_fields_with_a_comma():
    assert summits("Ministers met at the Nordic Industry, Digital and Technology Ministers' Meeting in Oslo.") == \
        {"Nordic Industry, Digital and Technology Ministers' Meeting"}


def test_the_start_of_a_period_is_no_meetings_date():
    found = facts("The Andes AI Conference brought together input from regional conferences held in different states "
                  "since December 2030.")
    assert not any(r == "startDate" for r, _, _ in found)


def test_an_acronym_after_a_title_and_its_portfolio_is_no_name():
    assert people("The meeting brought together Mr. Rui Carvalho, State Minister for Internal Affairs and "
                  "Communications of MIC, as a representative.") == {"Rui Carvalho": "Minister for Internal Affairs and Communications"}


def test_a_trade_representative_and_a_commissioner_joined_to_the_chairs_is_no_chair():
    ex = extraction("The fourth ministerial meeting of the Ostrava Digital Council was held in Lima. It was co-chaired by Norwegian Minister Anna Dimas and "
                    "United States Trade Representative Jane Roe, joined by European Commissioner Rui Carvalho, and "
                    "hosted by the Presidency of the Council.")
    meeting = "fourth ministerial meeting of the Ostrava Digital Council"
    assert pairs(ex, "chaired") == {("Anna Dimas", meeting), ("Jane Roe", meeting)}
    assert ("Rui Carvalho", meeting) in pairs(ex, "attended")


def test_the_honourable_does_not_end_the_sentence_and_letters_after_a_name_are_no_part_of_it():
    ex = extraction("The Andes ICT Ministerial Dialogue was held in Quito. The Dialogue was chaired by the Hon. "
                    "Rui Carvalho MP, Minister for Information and Communications Technology, and assisted by "
                    "vice-chairs; Hon. Anna Dimas MP, Samoa Minister for Communication.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {"Rui Carvalho": "Minister for Information and Communications Technology",
                                                                            "Anna Dimas": "Minister for Communication"}
    assert pairs(ex, "chaired") == {("Rui Carvalho", "Andes ICT Ministerial Dialogue")}


def test_a_meeting_of_a_council_named_after_two_bodies_joined_by_a_hyphen():
    assert summits("Today the two sides held the fourth ministerial meeting of the EU-US Ostrava Technology Council "
                   "in Lima.") == {"fourth ministerial meeting of the EU-US Ostrava Technology Council"}


def test_arabic_names_with_their_particles_a_sheikhs_style_and_letters_after_a_portfolios_name():
    found = people("Attendees were Sheikh Rashid Bin Saeed Al-Nuaimi, Director-General of the Ostrava Digital Authority; "
                   "Rui Hamad Al Carvalho, Director General of the Lima Digital Authority; and Minister for Enterprise, "
                   "Trade and Employment Peter Roe TD.")
    assert found == {"Rashid Bin Saeed Al-Nuaimi": "Director-General", "Rui Hamad Al Carvalho": "Director-General",
                     "Peter Roe": "Minister for Enterprise, Trade and Employment"}


def test_chaired_with_an_adverb_before_by():
    ex = extraction("Ministers are in Lima today for the Andes Summit on Digital Sovereignty. The meeting, chaired "
                    "politically by Peruvian President Anna Dimas and Chilean President Rui Carvalho, brings together "
                    "delegations from 12 countries.")
    assert pairs(ex, "chaired") == {("Anna Dimas", "Andes Summit on Digital Sovereignty"),
                                    ("Rui Carvalho", "Andes Summit on Digital Sovereignty")}


def test_a_princes_style_a_body_before_a_styled_name_and_a_lower_case_title_before_one_word():
    assert people("Ruritanian Foreign Minister Prince Rashid bin Saeed signed it.") == {"Rashid bin Saeed": "Foreign Minister"}
    assert people("CEO of Data Science Ruritania, Dr. Anna Dimas, outlined the plan.") == {"Anna Dimas": "CEO"}
    assert people("A member of his own Democratic leadership called it wrong.") == {}


def test_the_tail_of_a_portfolios_list_before_a_second_title_is_no_name():
    found = people("Rui Carvalho, Minister of State for Artificial Intelligence, Digital Economy and Remote Work "
                   "Applications, Chairman of the Council, opened the meeting.")
    assert found == {"Rui Carvalho": "Minister of State for Artificial Intelligence, Digital Economy and Remote Work Applications"}


def test_an_engineers_style_does_not_end_the_sentence():
    ex = extraction("The Andes Digital Forum was held in Lima. It was attended by Eng. Rui Carvalho, Minister of Energy, "
                    "and Anna Dimas, Minister of Finance.")
    assert pairs(ex, "attended") == {("Rui Carvalho", "Andes Digital Forum"), ("Anna Dimas", "Andes Digital Forum")}


def test_attended_by_a_list_of_names_with_their_titles_after_them():
    ex = extraction("The Andes Digital Forum was held in Lima. It was attended by Rui Carvalho, Minister of Energy, "
                    "and Anna Dimas, Minister of Finance.")
    assert pairs(ex, "attended") == {("Rui Carvalho", "Andes Digital Forum"), ("Anna Dimas", "Andes Digital Forum")}


def test_the_fields_of_a_post_after_its_title_are_no_name():
    # (the name after them is not found yet either: README, Quality)
    assert "Trade" not in people("CARICOM Assistant Secretary-General, Trade and Economic Integration, Joseph Roe "
                                 "said it would help.")
    # (but a surname alone after a title, then "and" the next person, is a name)
    assert people("Secretary of Commerce Roe and Ruritanian Minister Jane Doe co-led a roundtable.") == \
        {"Roe": "Secretary of Commerce", "Jane Doe": "Minister"}


def test_a_head_word_followed_by_a_capitalised_noun_is_no_head():
    # "Ministerial Committee" is a committee, not a ministerial meeting; a month after a head still ends the name
    assert summits("He is Minister of Interior and Chairman of the Ministerial Committee for ICT in Ruritania.") == set()
    assert summits("Ministers met at the Andes Digital Summit February 10 in Lima.") == {"Andes Digital Summit"}


def test_a_bodys_organ_named_in_capitals_before_a_lower_case_meeting():
    assert summits("Officials took part in the 8th GCC Data Policy Committee meeting in Doha.") == \
        {"GCC Data Policy Committee meeting"}


def test_who_directed_or_invited_the_attendee_did_not_attend():
    ex = extraction("The Andes Digital Forum was held in Lima. As per the directives of General Sheikh Rashid bin Saeed, "
                    "Minister of Interior, Rui Carvalho, Chief Executive of the Andes Digital Authority, participated in "
                    "the forum.")
    assert {who for who, _ in pairs(ex, "attended")} == {"Rui Carvalho"}


def test_styles_before_names_in_capitals_and_a_professors_style_after_a_title():
    found = people("On May 6, Dr. YAMADA Hanako, then Minister for Digital signed the MoC with H.E. Mr. Andres ROE, "
                   "Minister for Entrepreneurship of Ruritania.")
    assert found == {"YAMADA Hanako": "Minister", "Andres ROE": "Minister"}
    assert people("The visit was led by Vice Chancellor Professor Anna Maria Dimas of the Andes University.") == \
        {"Anna Maria Dimas": "Vice-Chancellor"}


def test_a_body_after_a_preposition_before_a_title_is_no_name():
    assert people("Speaking after Cabinet, Minister Roe said the plan was ready.") == {"Roe": "Minister"}


def test_an_arabic_name_runs_past_three_words_where_particles_link_them():
    assert people("The event is held under the patronage of Sheikh Rashid bin Saeed bin Omar Al Dimas, Crown Prince "
                  "of Ruritania.") == {"Rashid bin Saeed bin Omar Al Dimas": "Crown Prince"}


def test_a_bracket_after_a_name_closes_it_after_a_capitalised_portfolio():
    assert people("Earlier this week, Minister for Industry and Science Ed Roe (pictured) unveiled the group.") == \
        {"Ed Roe": "Minister for Industry and Science"}
    assert people("Jane Roe, head of the National Data Office (NDO), said members had agreed.") == {"Jane Roe": "Head"}


def test_an_ambassador_to_a_country_then_the_name_after_a_comma():
    assert people("The minister and Ruritania’s Ambassador to Pakistan, Irfan Roe, discussed the plan.") == \
        {"Irfan Roe": "Ambassador"}


def test_a_numbered_assembly_is_a_meeting_and_a_national_assembly_a_body():
    ex = extraction("The Ostrava Data Commission hosted the 47th edition of the Global Privacy Assembly. "
                    "The event was attended by 130 countries from around the world. "
                    "The National Assembly of Ostravia passed the bill.")
    kinds = {m.text: m.cls for m in ex.mentions}
    assert kinds["Global Privacy Assembly"] == "Summit"
    assert kinds["National Assembly of Ostravia"] == "GovernmentBody"
    assert ("Global Privacy Assembly", "130") in {(r.subject.text, r.value) for r in ex.relations
                                                  if r.relation == "participantCount"}


def test_the_meeting_of_a_committee_is_a_meeting_its_co_chair_chaired():
    ex = extraction("Today Director Jane Roe led a delegation to Tokyo, as the Government of Japan convened the 15th "
                    "meeting of the Joint High Level Committee (JHLC) on science and technology. "
                    "Director Roe co-chaired the JHLC alongside co-leads for Japan.")
    assert ("Roe", "15th meeting of the Joint High Level Committee") in pairs(ex, "chaired")


def test_a_field_of_government_in_a_long_portfolio_is_no_name():
    found = people("The co-leads were Minister of State for Science and Technology Policy, Intellectual Property "
                   "Strategy, Space Policy, and Economic Security YAMADA Hanako; and Minister of Education "
                   "SATO Keiko.")
    assert "Space Policy" not in found and "Economic Security" not in found


def test_a_post_after_as_were_is_another_subjects():
    ex = extraction("At the forum, the new chair, Commissioner Mr. Paul Roe, was elected by vote, as were two new "
                    "members of the Executive Committee, from the Ostrava Authority.")
    assert not [r for r in ex.relations if r.relation == "holdsPosition" and r.object is not None
                and r.object.text == "Executive Committee"]


def test_a_second_post_of_a_committee_is_no_part_of_the_committees_name():
    ex = extraction("Under the directives of Sheikh Omar bin Ali Al Roe, Minister of Interior and Chairman of the "
                    "Ministerial Committee for Information Technology (MCIT), the delegation took part.")
    assert "Ministerial Committee for Information Technology" in {m.text for m in ex.mentions}
    assert not [m for m in ex.mentions if m.text.startswith("Interior")]


def test_who_met_in_a_city_for_a_meeting_attended_it():
    ex = extraction("Yesterday, European Commission Executive Vice-President Jane Roe and Ostrava Trade Commission "
                    "Chair Ann Doe met in Washington for the fourth meeting of the Ostrava Technology Policy Dialogue.")
    assert {("Jane Roe", "fourth meeting of the Ostrava Technology Policy Dialogue"),
            ("Ann Doe", "fourth meeting of the Ostrava Technology Policy Dialogue")} <= pairs(ex, "attended")


def test_a_place_the_data_does_not_know_is_found_by_its_country_after_it():
    ex = extraction("The Ostrava Digital Ministerial Meeting was held in Porto Seguro, Bahia, Brazil, and "
                    "Vice-Minister Jane Roe attended.")
    assert ("Ostrava Digital Ministerial Meeting", "Porto Seguro") in pairs(ex, "heldIn")
    assert "Bahia" not in {m.text for m in ex.mentions}


@pytest.mark.parametrize("text, name", [
    ("The vote was announced by the committee’s chair, Senator Carla Roe.", "Carla Roe"),
    ("Attorney Jane Roe, CEO of Roe Advogados, believes the proposal needs work.", "Jane Roe"),
])
def test_a_senators_or_lawyers_style_is_no_part_of_the_name(text: str, name: str):
    assert name in people(text)


def test_attorney_general_is_still_a_title():
    assert people("Attorney General Jane Roe said the bill was sound.") == {"Jane Roe": "Attorney General"}


def test_a_speaker_named_between_said_and_at_a_press_conference_of_a_forum_attended_it():
    ex = extraction('"We are aware of the risks," said dr. Jana Roe Novak, Minister for Digital Transformation, at a '
                    'press conference in the middle of the first day of the Ostrava Forum on the Ethics of AI.')
    assert ("Jana Roe Novak", "Ostrava Forum on the Ethics of AI") in pairs(ex, "attended")


def test_a_country_represented_by_its_ministry_attended_with_it():
    ex = extraction("The Kingdom of Norway, represented by the Ministry of Digitalisation, Governance and "
                    "Public Services (MDGPS), participated in the Ostrava Digital Summit.")
    assert {("Kingdom of Norway", "Ostrava Digital Summit"),
            ("Ministry of Digitalisation, Governance and Public Services", "Ostrava Digital Summit")} <= \
        pairs(ex, "attended")


def test_a_quoted_headline_names_the_meeting_it_happened_at():
    ex = extraction("“Ostravia & Lima Forge Digital Ties at Global Ostrava Summit”")
    assert [m.text for m in ex.mentions if m.cls == "Summit"] == ["Global Ostrava Summit"]


def test_an_undersecretary_of_a_ministry_holds_a_post_in_it():
    ex = extraction("The delegation was headed by His Excellency Dr. Ali bin Amer Al Roe, Undersecretary of the "
                    "Ministry of Transport, and included officials.")
    assert ("Ali bin Amer Al Roe", "Ministry of Transport") in pairs(ex, "holdsPosition")


def test_countries_along_with_a_group_signed_up():
    found = signed("The OECD’s 36 member countries, along with Argentina, Brazil and Romania, signed up to the "
                   "Ostrava Principles on Artificial Intelligence at the Ministerial Council Meeting.")
    assert {("Argentina", "Ostrava Principles on Artificial Intelligence"),
            ("Romania", "Ostrava Principles on Artificial Intelligence")} <= found


def test_countries_listed_between_dashes_adopted_a_text_named_in_sentence_case():
    found = signed("Five European countries – Austria, Belgium, Estonia, Malta, Norway – adopted a Declaration of "
                   "cooperation on artificial intelligence (AI).")
    assert {c for c, _ in found} == {"Austria", "Belgium", "Estonia", "Malta", "Norway"}
    assert {t for _, t in found} == {"Declaration of cooperation on artificial intelligence"}


def test_a_summit_that_adopts_a_text_does_not_sign_it():
    assert signed("The Ostrava Digital Summit adopted the Ostrava Declaration.") == set()


@pytest.mark.parametrize("head", ["Workshop", "Symposium", "Seminar", "Congress"])
def test_workshops_symposia_seminars_and_congresses_are_meetings(head: str):
    ex = extraction(f"Minister Jane Roe attended the Ostrava AI Governance {head} in Lisbon.")
    assert [m.cls for m in ex.mentions if m.text == f"Ostrava AI Governance {head}"] == ["Summit"]


def test_where_a_meeting_was_held_after_when_it_was_held():
    ex = extraction("A meeting of the Ostrava Council at Ministerial Level was held over two days from Thursday, "
                    "May 2 to Friday, 3, 2024, in Lisbon, Portugal.")
    assert ("meeting of the Ostrava Council at Ministerial Level", "Lisbon") in pairs(ex, "heldIn")


def test_an_event_named_after_the_date_is_not_where_the_meeting_was_held():
    ex = extraction("The Ostrava Digital Summit was held on 20th October 2022 on the side-lines of the 7th Portugal "
                    "Cyber Week.")
    assert not pairs(ex, "hostCountry")


def test_a_federal_councillors_style_is_no_part_of_the_name():
    assert "Anna Roe" in people("It was chaired by Federal Councillor Anna Roe, Head of the Federal Department of "
                                "Transport.")


def test_who_opens_the_session_named_after_the_opening_phrase_attended():
    ex = extraction("Opening the session, H.E. Jane Roe, Chair of the Ostrava Hub, noted that AI is changing "
                    "government. The roundtable was held within the framework of the Ostrava Digital Summit.")
    assert ("Jane Roe", "Ostrava Digital Summit") in pairs(ex, "attended")


def test_a_family_name_in_capitals_after_a_portfolio_and_a_comma_is_the_person():
    found = people("The Ostrava Digital Meeting was held in Lisbon, and Vice-Minister for Policy Coordination, "
                   "YAMADA, attended from the Ministry of Internal Affairs and Communications (MIC).")
    assert found.get("YAMADA") == "Vice Minister for Policy Coordination" and "MIC" not in found


def test_a_centre_an_academy_and_a_confederation_are_bodies_a_post_is_held_in():
    ex = extraction("Jana Roe, director of the Ruritania Centre for Robot Ethics, said the code was ready.")
    assert pairs(ex, "holdsPosition") == {("Jana Roe", "Ruritania Centre for Robot Ethics")}
    ex = extraction("Ana Silva, an academician of the Ruritanian Academy of Sciences, spoke.")
    assert pairs(ex, "holdsPosition") == {("Ana Silva", "Ruritanian Academy of Sciences")}
    ex = extraction("Nordic Trade Union Confederation general secretary Ola Berg welcomed the text.")
    assert pairs(ex, "holdsPosition") == {("Ola Berg", "Nordic Trade Union Confederation")}
    assert people("Nordic Trade Union Confederation general secretary Ola Berg welcomed the text.") == \
        {"Ola Berg": "General Secretary"}


def test_a_convention_centre_is_a_venue_not_a_body():
    ex = extraction("The forum took place at the Ostrava Convention Centre on Monday.")
    assert {(m.text, m.cls) for m in ex.mentions if m.text.startswith("Ostrava")} == {("Ostrava Convention Centre", "Venue")}


def test_a_managing_director_keeps_the_whole_title():
    assert people("Managing Director Tom Reed said the fund was open.") == {"Tom Reed": "Managing Director"}


def test_a_company_nobody_knows_is_named_by_the_post_before_or_after_it():
    ex = extraction("Acmecorp CEO Tom Reed said the fund was open.")
    assert pairs(ex, "holdsPosition") == {("Tom Reed", "Acmecorp")}
    ex = extraction("Tom Reed, the founder and CEO of Zentrix of Ruritania, signed it.")
    assert pairs(ex, "holdsPosition") == {("Tom Reed", "Zentrix")}
    assert {(m.text, m.cls) for m in ex.mentions if m.text == "Zentrix"} == {("Zentrix", "Company")}


def test_a_word_before_a_companys_post_that_names_no_company():
    ex = extraction("Former CEO Tom Reed said the fund was open.")
    assert {m.text for m in ex.mentions if m.cls != "Person"} == set()


def test_a_headline_that_is_a_meetings_name_names_the_meeting():
    ex = extraction("G7 Ruritania, Science and Digital Ministerial Meeting\n\n"
                    "We, the ministers, met on 14-15 March, 2031 in Ostrava and Brno to discuss the economy.")
    assert held_all(ex) == {
        ("heldIn", "G7 Ruritania, Science and Digital Ministerial Meeting", "Ostrava"),
        ("heldIn", "G7 Ruritania, Science and Digital Ministerial Meeting", "Brno"),
        ("startDate", "G7 Ruritania, Science and Digital Ministerial Meeting", "2031-03-14"),
        ("endDate", "G7 Ruritania, Science and Digital Ministerial Meeting", "2031-03-15")}


def test_a_headline_sentence_ending_in_a_head_word_is_no_name():
    ex = extraction("Ruritania Launches Historic AI Governance Declaration\n\nThe text was signed on Monday.")
    assert not [m for m in ex.mentions if m.cls in ("Declaration", "Summit")]


def held_all(ex) -> set[tuple[str, str, str]]:
    wanted = ("heldIn", "hostCountry", "startDate", "endDate")
    return {(r.relation, r.subject.text, r.object.text if r.object else r.value) for r in ex.relations
            if r.relation in wanted}


def test_the_place_a_meeting_was_held_in_needs_no_country_beside_it():
    ex = extraction("The Ruritania Digital Forum was held in Ostrava on 3 May 2031.")
    assert held_all(ex) == {("heldIn", "Ruritania Digital Forum", "Ostrava"),
                            ("startDate", "Ruritania Digital Forum", "2031-05-03")}
    ex = extraction("The Ruritania Digital Forum was held in January 2031.")
    assert not [m for m in ex.mentions if m.cls == "City"]


def test_a_title_between_dashes_after_the_name():
    found = people("The talks were led by Mr. Tomas Berg – Minister of Fisheries – "
                   "and by Mr. Ola Lind – Undersecretary of State for Trade – who signed the plan.")
    assert found == {"Tomas Berg": "Minister", "Ola Lind": "Undersecretary of State for Trade"}


def test_who_speaks_after_the_meeting_is_named_first_attended_it():
    ex = extraction("The Ruritania Digital Forum opened in Ostrava. At the forum, Trade Minister Ola Lind said the "
                    "two countries would work together on projects sponsored by Crown Prince Tomas Berg.")
    assert pairs(ex, "attended") == {("Ola Lind", "Ruritania Digital Forum")}


def test_the_number_of_member_countries_that_adopted_a_text_signed_it():
    ex = extraction("The 17 member countries of the bloc unanimously adopted the Ostrava Declaration on Wednesday.")
    assert {(r.subject.text, r.value) for r in ex.relations if r.relation == "signatoryCount"} == \
        {("Ostrava Declaration", "17")}
    ex = extraction("The bloc's 36 member countries, along with Brazil and Peru, signed up to the Ostrava Principles.")
    assert not [r for r in ex.relations if r.relation == "signatoryCount"]


def test_the_owner_named_before_a_signed_text_did_not_sign_it():
    assert signed("Norway and Iceland signed the Council of Europe's Ostrava Convention on Artificial Intelligence.") == {
        ("Norway", "Ostrava Convention on Artificial Intelligence"), ("Iceland", "Ostrava Convention on Artificial Intelligence")}


def test_a_post_written_in_lower_case_is_named_with_a_capital():
    assert people("Acmecorp co-founder Ana Silva said the fund was open.") == {"Ana Silva": "Co-founder"}


def test_a_company_named_by_its_legal_form_is_no_person():
    ex = extraction("She is also the co-founder of Future Ostrava Corp and an adviser to the fund.")
    assert {(m.text, m.cls) for m in ex.mentions} == {("Future Ostrava Corp", "Company")}


@pytest.mark.parametrize("text, expected", [
    ("Kenyan President Tom Reed addressed the Ostrava Summit on Monday.", {("Tom Reed", "Ostrava Summit")}),
    ("The Ostrava Summit brought together ministers from Kenya, Ghana and Nigeria.",
     {("Kenya", "Ostrava Summit"), ("Ghana", "Ostrava Summit"), ("Nigeria", "Ostrava Summit")}),
    ("The Ostrava Summit opened on Monday. Among the attendees were Jane Roe, CEO of Acmecorp, and Kenyan "
     "President Tom Reed.", {("Jane Roe", "Ostrava Summit"), ("Tom Reed", "Ostrava Summit")}),
    ("The Ostrava Summit opened on Monday. Also present were Kenyan President Tom Reed and Ghanaian Minister "
     "Ana Silva.", {("Tom Reed", "Ostrava Summit"), ("Ana Silva", "Ostrava Summit")}),
    ("The Ostrava Summit will open on Monday. Among the attendees will be Kenyan President Tom Reed.", set()),
])
def test_attendees_named_in_a_list_the_meeting_introduces(text, expected):
    assert pairs(extraction(text), "attended") == expected


def test_countries_that_became_signatories_signed():
    assert signed("Kenya, Ghana and Peru became the latest signatories to the Ostrava Declaration.") == {
        ("Kenya", "Ostrava Declaration"), ("Ghana", "Ostrava Declaration"), ("Peru", "Ostrava Declaration")}


@pytest.mark.parametrize("text", [
    "Peru became the 12th country to sign the Ostrava Declaration.",
    "Peru ratified the Ostrava Declaration last week.",
    "Peru adhered to the Ostrava Declaration in 2031.",
])
def test_a_country_that_ratified_adhered_or_became_the_nth_to_sign_signed(text):
    assert signed(text) == {("Peru", "Ostrava Declaration")}


def test_a_country_urged_to_sign_did_not_sign():
    assert signed("The bloc urged Peru to sign the Ostrava Declaration.") == set()


@pytest.mark.parametrize("opening", ["Speaking at the Ostrava Summit,", "Addressing the Ostrava Summit,"])
def test_who_speaks_after_a_participle_naming_the_meeting_attended_it(opening):
    ex = extraction(f"{opening} Kenyan President Tom Reed called for shared rules.")
    assert pairs(ex, "attended") == {("Tom Reed", "Ostrava Summit")}


@pytest.mark.parametrize("text", [
    "The Ostrava Summit opened on 12 May in Nairobi, Kenya.",
    "The Ostrava Summit kicked off in Nairobi on 12 May.",
])
def test_a_meeting_that_opened_in_a_city_was_held_there(text):
    assert ("heldIn", "Ostrava Summit", "Nairobi") in facts(text)


def test_a_name_after_the_day_of_the_meeting_is_found():
    names = {m.text for m in extraction("Ministers met in Oslo on Tuesday for the Ostrava AI Governance Dialogue.").mentions}
    assert "Ostrava AI Governance Dialogue" in names


@pytest.mark.parametrize("text, hosts", [
    ("Kenya and Ghana co-hosted the Ostrava Summit in May.", {"Kenya", "Ghana"}),
    ("Chile hosted the third Ostrava Summit on 19 March.", {"Chile"}),
    ("Japan will host the Ostrava Summit next year.", set()),
])
def test_the_countries_that_hosted_a_named_meeting_are_its_hosts(text, hosts):
    assert {o for r, s, o in facts(text) if r == "hostCountry" and s == "Ostrava Summit"} == hosts


def test_the_dates_right_after_a_long_name_the_verb_governs_are_the_meetings():
    found = facts("Chile hosted the Ostrava Ministerial Summit on the Ethics of Artificial Intelligence on 19–20 March 2031.")
    meeting = "Ostrava Ministerial Summit on the Ethics of Artificial Intelligence"
    assert {("startDate", meeting, "2031-03-19"), ("endDate", meeting, "2031-03-20")} <= found


def test_a_capitalised_the_is_no_part_of_a_name_and_a_bracketed_country_follows_its_city():
    found = facts("THE Second Ostrava Summit took place in Lima (Peru) on 9 and 10 May.")
    assert {("heldIn", "Second Ostrava Summit", "Lima"), ("hostCountry", "Second Ostrava Summit", "Peru")} <= found


def test_the_countries_a_meeting_brought_representatives_from_are_counted():
    found = facts("The Ostrava Summit brought together senior digital officials from more than 35 countries.")
    assert ("participantCount", "Ostrava Summit", "35") in found


def test_who_addressed_the_meeting_by_video_attended_and_the_country_that_was_co_host_hosted_it():
    ex = extraction("The Ostrava Summit opened on Monday in Nairobi. Kenya was the co-host. Kenyan President Tom Reed, "
                    "in a video address, called for shared rules.")
    assert ("Tom Reed", "Ostrava Summit") in pairs(ex, "attended")
    assert ("Ostrava Summit", "Kenya") in pairs(ex, "hostCountry")
    assert not pairs(extraction("The Ostrava Summit opened in Nairobi. Kenya was the host of the Lima Summit in 2029."),
                     "hostCountry") - {("Lima Summit", "Kenya")}


def test_the_people_a_caption_lists_from_left_attended_the_meeting_the_sentence_before_names():
    ex = extraction("Kenya and Ghana attended the Ostrava Summit in Nairobi on Monday.\n"
                    "From left: Kenyan President Tom Reed and Ghanaian President Ana Silva.")
    assert {("Tom Reed", "Ostrava Summit"), ("Ana Silva", "Ostrava Summit")} <= pairs(ex, "attended")


@pytest.mark.parametrize("text, n", [
    ("The Ostrava Forum opened in Accra, bringing together about 640 officials, researchers and students.", "640"),
    ("The Ostrava Forum drew some 2,300 visitors from companies and city halls.", "2300"),
])
def test_the_people_a_meeting_brought_together_are_counted(text, n):
    assert ("participantCount", "Ostrava Forum", n) in facts(text)


def test_a_senator_is_a_post_in_either_language():
    assert people("US Senator Tom Reed addressed the forum.") == {"Tom Reed": "Senator"}
    ex = extract_many([Document("doc", "doc.txt", "김철수 미국 상원의원은 협력을 강조했다.", DocMeta(date="2031-10-02"),
                                "0" * 64)])[0]
    assert {(r.subject.text, r.subject.title_en) for r in ex.relations if r.relation == "holdsPosition"} == \
        {("김철수", "Senator")}


def test_every_body_a_passive_launch_lists_after_by_launched_it_and_rolled_out_is_a_launch():
    assert pairs(extraction("The Ostrava Network was launched by Kenya and Ghana in 2031."), "launched") == {
        ("Kenya", "Ostrava Network"), ("Ghana", "Ostrava Network")}
    assert pairs(extraction("Kenya rolled out the Ostrava AI Strategy last year."), "launched") == {
        ("Kenya", "Ostrava AI Strategy")}


def test_a_country_among_the_signatories_signed():
    assert signed("Kenya is among the 30 signatories of the Ostrava Declaration.") == {("Kenya", "Ostrava Declaration")}


def test_a_body_added_to_the_countries_that_adopted_a_text_signed_it_but_the_body_that_made_it_did_not():
    assert signed("The Ostrava Declaration was adopted by 44 member states of the bloc and the European Union.") == {
        ("European Union", "Ostrava Declaration")}
    assert signed("The Ostrava Convention was adopted by the Council of Europe's Committee of Ministers.") == set()


def test_the_editions_year_right_after_a_meetings_name_is_part_of_it():
    names = {m.text for m in extraction("The Ostrava Digital Forum 2031 opened in Lima on Monday.").mentions}
    assert "Ostrava Digital Forum 2031" in names
    assert "Ostrava Digital Forum" in {m.text for m in extraction(
        "The Ostrava Digital Forum 2030-2031 work plan was adopted.").mentions}


def test_the_alliance_is_the_alliance_the_document_names():
    text = "Kenya launched the Ostrava AI Alliance on Monday. Ghana and Peru joined the alliance."
    assert _facts(text, "signed") == {("country/ghana", "initiative/ostrava-ai-alliance"),
                                      ("country/peru", "initiative/ostrava-ai-alliance")}


@pytest.mark.parametrize("text, expected", [
    ("Kenyan President Tom Reed was among the leaders at the Ostrava Summit.", {("Tom Reed", "Ostrava Summit")}),
    ("Kenya was represented at the Ostrava Summit by ICT Minister Ana Silva.",
     {("Kenya", "Ostrava Summit"), ("Ana Silva", "Ostrava Summit")}),
    ("Kenya sent a delegation led by ICT Minister Ana Silva to the Ostrava Summit.",
     {("Kenya", "Ostrava Summit"), ("Ana Silva", "Ostrava Summit")}),
    ("Kenyan President Tom Reed headlined the Ostrava Summit.", {("Tom Reed", "Ostrava Summit")}),
    ("The Ostrava Summit represented a turning point for the bloc.", set()),
])
def test_who_was_among_the_leaders_represented_a_country_sent_a_delegation_or_headlined_attended(text, expected):
    assert pairs(extraction(text), "attended") == expected


def test_a_governments_post_keeps_its_portfolio_written_before_or_after_the_name():
    # the portfolio is what the post is: "Minister" alone would say less than the text does
    assert people("Ruritania's Minister of Foreign Affairs Jane Roe spoke first.") == \
        {"Jane Roe": "Minister of Foreign Affairs"}
    assert people("Jane Roe, the Minister of Defence, spoke first.") == {"Jane Roe": "Minister of Defence"}
    # a body after the portfolio is the post's organisation, not part of its title
    ex = extraction("Jane Roe, Minister of Digital Affairs of Norway, spoke first.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {"Jane Roe": "Minister of Digital Affairs"}
    assert pairs(ex, "holdsPosition") == {("Jane Roe", "Norway")}


def test_a_portfolio_ends_at_its_last_field_not_at_a_style_or_a_second_post():
    assert people("Vice Minister of Economy, Trade and Industry Ken Sato and Mr. Ed Roe spoke.")["Ken Sato"] == \
        "Vice Minister of Economy, Trade and Industry"
    assert people("Jane Roe, Minister of Interior and Chairman of the Ostrava Digital Council, spoke.")["Jane Roe"] == \
        "Minister of Interior"


def test_a_companys_or_a_bodys_post_takes_no_portfolio():
    # what follows "of" there names the body, which other rules read
    assert people("Jane Roe, chief executive of Lusodata, spoke first.") == {"Jane Roe": "Chief Executive"}
    assert people("Jane Roe, Director-General of the Ostrava Data Organization, spoke.") == \
        {"Jane Roe": "Director-General"}


def _positions(text: str) -> set[tuple[str, str, str]]:
    doc = Document("doc", "doc.txt", text, DocMeta(date="2031-10-02"), "0" * 64)
    res = resolve(extract_many([doc]), {"doc": "2031-10-02"})
    return {(f.subject, dict(f.extra).get("title_en", ""), f.object or "") for f in res.facts
            if f.predicate == "holdsPosition"}


def test_the_post_said_with_a_family_name_is_the_post_with_its_portfolio():
    # "Minister Roe" is Jane Roe, whose post the document gives in full once
    held = _positions("Jane Roe, Norway's Minister for Digital Transformation, opened the Ostrava AI Forum. "
                      "Minister Roe said the forum would meet again.")
    assert held == {("person/jane-roe", "Minister for Digital Transformation", "country/norway")}


@pytest.mark.parametrize("sentence", [
    "Twelve states took part in the Ostrava Data Conference – Brazil, Kenya and Norway – and others followed online.",
    "Twelve states took part in the Ostrava Data Conference: Brazil, Kenya and Norway.",
])
def test_countries_listed_after_the_meeting_when_the_subject_only_counts_them(sentence: str):
    found = facts(sentence)
    assert {s for r, s, o in found if r == "attended"} == {"Brazil", "Kenya", "Norway"}
    assert ("participantCount", "Ostrava Data Conference", "12") in found


def test_a_count_of_states_with_their_region_before_it_counts_the_participants():
    assert ("participantCount", "Ostrava Data Conference", "29") in \
        facts("Twenty-nine Nordic and Baltic states took part in the Ostrava Data Conference.")
    # a list after a meeting that the clause's subject names itself is no list of attendees
    assert {s for r, s, o in facts("Brazil took part in the Ostrava Data Conference: Kenya and Norway wrote the "
                                   "agenda.") if r == "attended"} == {"Brazil"}


def test_a_list_inside_a_names_topic_is_part_of_the_name():
    found = {m.text: m.cls for m in extraction(
        "The Ostrava Data Summit adopted the Ostrava Charter on Open, Fair, and Accountable Data "
        "Sharing.").mentions}
    assert found.get("Ostrava Charter on Open, Fair, and Accountable Data Sharing") == "Agreement"
    assert "Forum on Science, Technology and Innovation" in summits(
        "Jane Roe spoke at the Forum on Science, Technology and Innovation in Lisbon.")


def test_a_comma_after_a_name_before_someone_or_countries_ends_it():
    assert summits("The Ostrava Forum on Data, and President Jane Roe of Chile, drew crowds.") == {"Ostrava Forum on Data"}
    assert summits("Delegates met at the Ostrava Forum on Data, Norway and Kenya said.") == {"Ostrava Forum on Data"}


def test_a_quoted_title_after_adopted_is_the_text_adopted_whatever_its_last_word():
    found = facts("Ministers at the Ostrava Data Forum adopted the “Lima Compact on Data: A Roadmap for Trust.”")
    assert ("adopted", "Ostrava Data Forum", "Lima Compact on Data: A Roadmap for Trust") in found
    # a quoted phrase in lower case is no title
    assert not any(m.cls in ("Initiative", "Declaration") for m in
                   extraction("Ministers adopted the “whole-of-society approach” in Lima.").mentions)


def test_the_head_of_a_name_is_before_what_the_name_is_about():
    # "Technologies" would make a company; the statement is about them
    found = {m.text: m.cls for m in extraction(
        "Ministers adopted the Lima Statement on Artificial Intelligence and Emerging Technologies.").mentions}
    assert found.get("Lima Statement on Artificial Intelligence and Emerging Technologies") == "Statement"


def test_the_countries_the_people_at_a_meeting_came_from_attended_it():
    found = facts("Key figures attended the Ostrava Data Forum, including the ministers for trade, "
                  "ICT and tourism from Kenya, Uganda and Somalia.")
    assert {s for r, s, o in found if r == "attended"} == {"Kenya", "Uganda", "Somalia"}
    assert not any(r == "attended" for r, s, o in facts(
        "Ana Dimas, Minister of Trade of Chile, attended the Ostrava Data Forum, including a session on trade from "
        "Kenya.") if s == "Kenya")


def test_a_sentence_keeps_the_quote_it_closes():
    from extract.sentences import split_sentences
    text = "Ministers adopted the “Lima Compact on Data: A Roadmap for Trust.” It takes effect in May."
    sentences = [s.text for s in split_sentences(Document("doc", "doc.txt", text, DocMeta(), "0" * 64))]
    assert sentences == ["Ministers adopted the “Lima Compact on Data: A Roadmap for Trust.”", "It takes effect in May."]


@pytest.mark.parametrize("text, expected", [
    # scraped pages lose the space after a full stop; a word's stop before a capitalised word still ends it
    ("Ministers met in Oslo.Representatives of Chile attended.", ["Ministers met in Oslo.", "Representatives of Chile attended."]),
    ("“We will act,” she said.“It is time.”", ["“We will act,” she said.", "“It is time.”"]),
    ('She said: "It is time."Chile agreed.', ['She said: "It is time."', "Chile agreed."]),
    # not an initial, a short form or a version number
    ("Jane R.Roe and the U.S.A. team met e.g.Monday in v2.Oslo.", ["Jane R.Roe and the U.S.A. team met e.g.Monday in v2.Oslo."]),
])
def test_a_full_stop_glued_to_the_next_sentence_still_ends_it(text: str, expected: list[str]):
    from extract.sentences import split_sentences
    assert [s.text for s in split_sentences(Document("doc", "doc.txt", text, DocMeta(), "0" * 64))] == expected


def _facts_resolved(text: str) -> set[tuple[str, str, str]]:
    doc = Document("doc", "doc.txt", text, DocMeta(date="2031-10-02"), "0" * 64)
    res = resolve(extract_many([doc]), {"doc": "2031-10-02"})
    return {(f.subject, f.predicate, f.object or f.value) for f in res.facts}


def test_a_meetings_acronym_in_brackets_names_it_where_the_document_uses_it_alone():
    found = _facts_resolved("The Ostrava Data Forum opened in Lisbon on 3 May 2031. On its margins, the Lima "
                            "Sub-Regional Forum on Data (LSFD) met in Porto. Kenya and Uganda attended the LSFD.")
    # the meeting the acronym stands for, named in full, not the document's
    assert {(s, o) for s, p, o in found if p == "attended"} == {
        ("country/kenya", "summit/lima-sub-regional-forum-on-data-2031"),
        ("country/uganda", "summit/lima-sub-regional-forum-on-data-2031")}


def test_a_date_after_a_meetings_acronym_is_that_meetings():
    # (not the document's meeting, which another sentence names: the acronym is no second meeting here)
    found = _facts_resolved("The Ostrava Data Forum was held on 10 April 2031 in Lisbon. Jane Roe spoke at the opening "
                            "of the Second Meeting of the Ostrava Digital Economy Working Group (ODEWG), which took "
                            "place from 7 to 9 April 2031.")
    assert ("summit/second-meeting-of-the-ostrava-digital-economy-working-group-2031", "startDate", "2031-04-07") in found
    assert ("summit/ostrava-data-forum-2031", "startDate", "2031-04-10") in found


def test_ministers_adopting_a_text_sign_it_for_the_countries_that_attended():
    found = _facts_resolved("Kenya and Uganda attended the Ostrava Data Forum. The ministers adopted the Lima Statement "
                            "at the end of the Ostrava Data Forum.")
    assert {s for s, p, o in found if p == "signed"} == {"country/kenya", "country/uganda"}


def test_a_texts_title_keeps_the_region_it_is_for_and_a_meeting_ends_before_where_it_met():
    found = {m.text: m.cls for m in extraction(
        "Ministers adopted the Lima Statement on Data and Quantum Technologies in Central Asia, at the end of the "
        "forum.").mentions}
    assert found.get("Lima Statement on Data and Quantum Technologies in Central Asia") == "Statement"
    assert "Ostrava Data Summit" in summits("Leaders met at the Ostrava Data Summit in Porto Alegre on 6 July.")


def test_a_name_after_a_style_or_an_occupation_or_before_a_party_needs_no_title():
    assert people("Mr. Rui Carvalho and Mrs. Ana Dimas attended the forum.") == {"Rui Carvalho": "", "Ana Dimas": ""}
    assert people("The envoy thanked former Chilean diplomat Jonas Kiel Berg for his work.") == {"Jonas Kiel Berg": ""}
    assert people("Data expert Dr Mira Castell joined the board.") == {"Mira Castell": ""}
    assert people("Lars Ekdahl (Centre Party) spoke first.") == {"Lars Ekdahl": ""}
    # a second style is no name, and neither is a title after a style
    assert people("The plan that H.E. Mr. Vaher proposed was signed.") == {}
    assert people("Thank you, Mr Vice President, for the floor.") == {}


def test_a_style_between_a_title_of_a_body_and_the_name():
    ex = extraction("Secretary General of the Ostrava Council, Dr. Tomas Vik Lund, alongside ministers, opened "
                    "the talks.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {"Tomas Vik Lund": "Secretary-General"}
    # a title written without its hyphen is no part of the body's name
    assert "Ostrava Council" in {m.text for m in extraction(
        "Tomas Vik Lund, Secretary General of the Ostrava Council, opened the talks.").mentions}


def test_who_attended_a_meeting_another_chaired_did_not_chair_it():
    ex = extraction("The Ostrava Data Forum opened on 2 June 2031. The talks were chaired by Erik Dahl, Norway's "
                    "Minister of Digitalisation, and attended by Dr. Sanna Holm, Deputy Director of the Data Agency.")
    assert pairs(ex, "chaired") == {("Erik Dahl", "Ostrava Data Forum")}
    assert ("Sanna Holm", "Ostrava Data Forum") in pairs(ex, "attended")


def test_the_appointment_of_a_person_as_the_chair_of_a_new_body():
    ex = extraction("The plan follows the appointment of Rui Carvalho as chair of the new Ostrava Institute for Open "
                    "Data.")
    assert pairs(ex, "holdsPosition") == {("Rui Carvalho", "Ostrava Institute for Open Data")}


def test_a_styled_name_in_a_headline_where_punctuation_ends_it():
    assert people("Prof. Lena Ortiz Brandt, Head of Studies – Lima Data Lab") == {"Lena Ortiz Brandt": ""}
    assert people("Dr. Anna Roe Opens The Nordic Data Forum") == {}     # where does the name end?


def test_a_body_the_data_knows_at_the_start_of_a_texts_name_issued_it():
    ex = extraction("The ministers welcomed the OECD Data Principles and the African Union Continental Data Strategy.")
    assert pairs(ex, "launched") == {("OECD", "OECD Data Principles"),
                                     ("African Union", "African Union Continental Data Strategy")}
    # the issuer is a mention of its own, so the document mentions the body
    assert {m.text for m in ex.mentions if m.method == "issuer-in-name"} == {"OECD", "African Union"}


def test_a_country_starting_an_agreements_or_a_summits_text_did_not_issue_it_alone():
    # an agreement is between parties; a summit's declaration is the summit's; a network's first
    # words name its members
    ex = extraction("Leaders welcomed the Kenya-Chile Data Agreement, the Kenya Data Summit Declaration and the "
                    "OECD Data Network.")
    assert pairs(ex, "launched") == set()


def test_the_parties_a_pact_is_named_for_signed_it():
    ex = extraction("The ministers adopted the Chile-Kenya Joint Statement on Open Data and discussed the ASEAN-U.S. "
                    "Memorandum on Data Skills.")
    assert pairs(ex, "signed") == {("Chile", "Chile-Kenya Joint Statement on Open Data"),
                                   ("Kenya", "Chile-Kenya Joint Statement on Open Data"),
                                   ("ASEAN", "ASEAN-U.S. Memorandum on Data Skills"),
                                   ("U.S.", "ASEAN-U.S. Memorandum on Data Skills")}
    # a meeting's text is the meeting's; a dialogue is no signed text; a signing to come is none yet
    ex = extraction("Leaders welcomed the Chile-Kenya Data Summit Declaration and the Chile-Kenya Data Dialogue. "
                    "The two governments will sign the Chile-Peru Data Accord next year.")
    assert pairs(ex, "signed") == set()


def test_a_known_name_is_found_across_the_acronyms_written_inside_it():
    ex = extraction("Chile and Peru have since signed the Framework Convention on Artificial Intelligence (AI) and "
                    "Human Rights, Democracy and the Rule of Law.")
    assert [m.authority_ids for m in ex.mentions if m.cls == "Agreement"] == \
        [("initiative/council-of-europe-framework-convention-on-ai",)]
    assert {s for s, o in pairs(ex, "signed")} == {"Chile", "Peru"}


def test_the_countries_a_bracket_spells_out_after_a_count_signed_with_the_list_before_it():
    ex = extraction("Kenya, as well as Chile and three other countries (Peru, Norway and Ghana) have signed the "
                    "Ostrava Data Accord.")
    assert {s for s, o in pairs(ex, "signed")} == {"Kenya", "Chile", "Peru", "Norway", "Ghana"}


def test_who_signed_it_signed_the_text_the_sentence_before_named():
    ex = extraction("The Ostrava Data Accord opened for signature in May. Chile, Kenya as well as Peru signed it.")
    assert pairs(ex, "signed") == {("Chile", "Ostrava Data Accord"), ("Kenya", "Ostrava Data Accord"),
                                   ("Peru", "Ostrava Data Accord")}
    # (only the sentence right before: a text named earlier is not what "it" is)
    ex = extraction("The Ostrava Data Accord opened for signature in May. The talks then ended. Chile signed it.")
    assert pairs(ex, "signed") == set()


def test_a_lists_last_item_after_a_comma_and_the_is_in_the_list():
    ex = extraction("The countries that have signed the Ostrava Data Accord so far are: Chile, Kenya, and the "
                    "United Kingdom.")
    assert {s for s, o in pairs(ex, "signed")} == {"Chile", "Kenya", "United Kingdom"}


def test_a_minister_named_with_the_countrys_adjective_signs_for_it():
    ex = extraction("Moldovan Foreign Minister Ana Roe has signed the Ostrava Data Accord.")
    assert [(r.subject.authority_ids, r.object.text) for r in ex.relations if r.relation == "signed"] == \
        [(("country/moldova",), "Ostrava Data Accord")]


def test_who_speaks_during_a_meeting_named_before_the_verb_attended_it():
    ex = extraction("The Ostrava Data Forum opened on 3 May 2031. Jane Roe, Chile's Minister of Data, during the forum "
                    "said that data must flow.")
    assert ("Jane Roe", "Ostrava Data Forum") in pairs(ex, "attended")
    # (a meeting the speech is about is no meeting the speaker was at)
    ex = extraction("The Ostrava Data Forum opened on 3 May 2031. Jane Roe, Chile's Minister of Data, said the forum "
                    "was a success.")
    assert ("Jane Roe", "Ostrava Data Forum") not in pairs(ex, "attended")


def test_one_body_adopting_a_text_made_it():
    ex = extraction("The European Parliament adopted the Ostrava Data Act on 3 May 2031.")
    assert pairs(ex, "launched") == {("European Parliament", "Ostrava Data Act")} and pairs(ex, "signed") == set()
    ex = extraction("Chile and the European Union adopted the Ostrava Data Charter on 3 May 2031.")
    assert pairs(ex, "signed") == {("Chile", "Ostrava Data Charter"), ("European Union", "Ostrava Data Charter")}


def test_a_titled_name_of_a_body_is_a_person_and_the_body():
    ex = extraction("Premier Jane Roe of the Data Council opened the session.")
    assert {(m.text, m.cls) for m in ex.mentions} == {("Jane Roe", "Person"), ("Data Council", "GovernmentBody")}
    assert pairs(ex, "holdsPosition") == {("Jane Roe", "Data Council")}


def test_a_post_after_a_country_stops_at_the_name_after_its_comma():
    assert people("Chile's Minister of Communication and Media, Laurence Dimas, opened the session.") == \
        {"Laurence Dimas": "Minister of Communication and Media"}


def test_who_delivered_keynote_addresses_at_a_meeting_attended_it():
    ex = extraction("The Ostrava Data Summit opened on 3 May 2031. President Jane Roe and Minister Rui Carvalho "
                    "delivered keynote addresses.")
    assert {s for s, o in pairs(ex, "attended")} >= {"Jane Roe", "Rui Carvalho"}


def test_the_owner_before_a_portfolio_or_a_new_post_holds_it():
    ex = extraction("China's Industry and Data Vice Minister, Wang Lei said the talks went well. Later the OECD's new "
                    "Secretary-General, Tulia Roe, met the press.")
    assert pairs(ex, "holdsPosition") == {("Wang Lei", "China"), ("Tulia Roe", "OECD")}
    # (before a company's post, the capitalised words name the company, not a portfolio of the country)
    ex = extraction("The letter was signed by Japan's Ostrava Robotics chief executive Ren Roe.")
    assert pairs(ex, "holdsPosition") == {("Ren Roe", "Ostrava Robotics")}


def test_a_passive_relative_clause_adopts_its_antecedent_only():
    text = ("The Ostrava Data Forum opened on 3 May 2031. Chile launched the Ostrava Data Initiative and proposed a "
            "resolution, which was unanimously adopted.")
    assert _facts(text, "adopted") == set()
    # nor did who drafted a text adopted sign it
    ex = extraction("The Ostrava Data Forum opened on 3 May 2031. The forum adopted the Ostrava Data Charter, which was "
                    "drafted by Chile.")
    assert pairs(ex, "signed") == set()


def test_when_and_where_a_meeting_was_held_past_the_theme_it_was_held_under():
    ex = extraction("The Ostrava Data Forum, held under the theme “Data for All,” from June 3 to June 5, 2031, brought "
                    "together judges.")
    assert {(r.relation, r.subject.text, r.value) for r in ex.relations} >= \
        {("startDate", "Ostrava Data Forum", "2031-06-03"), ("endDate", "Ostrava Data Forum", "2031-06-05")}
    assert ("heldIn", "Ostrava Data Forum", "Lima") in held("The Ostrava Data Forum was held under the auspices of "
                                                            "UNESCO in Lima.")


def test_the_body_whose_members_adopted_a_text_did_not_sign_it():
    assert signed("Last spring the Ostrava Data Convention was adopted by members of the European Parliament.") == set()


def test_a_stray_space_before_a_comma_does_not_end_a_list():
    ex = extraction("Four states took part in the Ostrava Data Conference - Chile, Kenya , Peru and Norway - on 3 May.")
    assert {s for s, o in pairs(ex, "attended")} == {"Chile", "Kenya", "Peru", "Norway"}


def test_the_people_a_meetings_guests_included_attended_it():
    ex = extraction("The Ostrava Data Summit opened on 3 May 2031. Guests at the opening dinner included Jane Roe, "
                    "Minister of State for Data; Rui Carvalho, Secretary; and Ana Dimas, Director of the Data Agency.")
    assert {s for s, o in pairs(ex, "attended")} == {"Jane Roe", "Rui Carvalho", "Ana Dimas"}
    # what an agenda included is no guest
    ex = extraction("The Ostrava Data Summit opened on 3 May 2031. The agenda included a talk on data by Jane Roe, "
                    "Minister of State for Data.")
    assert pairs(ex, "attended") == set()


def test_the_city_a_country_hosted_a_meeting_in():
    assert held("The Ostrava Data Conference, hosted by Chile in Santiago on 9 and 10 June 2031, adopted a "
                "communique.") >= {("heldIn", "Ostrava Data Conference", "Santiago"),
                                   ("hostCountry", "Ostrava Data Conference", "Chile")}


def test_the_body_after_a_title_and_a_comma_is_the_posts():
    ex = extraction("The forum heard from Jane Roe, Deputy Secretary, OECD, and Rui Carvalho, Director General, "
                    "Data Agency of Chile.")
    assert pairs(ex, "holdsPosition") == {("Jane Roe", "OECD"), ("Rui Carvalho", "Data Agency of Chile")}


def test_an_assistant_or_under_secretary_general_is_not_the_head_of_the_body():
    # a rank before a head's title is a post of its own, not the head's post
    assert people("Jane Roe, the Union's Assistant Director-General for Data, said it would help.") == \
        {"Jane Roe": "Assistant Director-General"}
    assert people("John Doe, UN Assistant Secretary General, opened the meeting.") == \
        {"John Doe": "Assistant Secretary-General"}
    assert people("Under-Secretary-General Anna Dimas spoke first.") == {"Anna Dimas": "Under-Secretary-General"}


def test_a_rank_before_a_title_makes_another_post():
    assert people("Jane Roe, Additional Secretary, Ministry of Data, said it would help.") == \
        {"Jane Roe": "Additional Secretary"}
    assert people("Jane Roe, Executive Secretary of the Commission, said the region was ready.") == \
        {"Jane Roe": "Executive Secretary"}
    assert people("On May 2, Vice Foreign Minister Jane Roe met with Assistant Foreign Minister John Doe.") == \
        {"Jane Roe": "Vice Foreign Minister", "John Doe": "Assistant Foreign Minister"}
    # (a rank the data already joins to its title is that row: a Vice President, a Deputy Prime Minister)
    assert people("Vice President Anna Dimas and Deputy Prime Minister Rui Carvalho spoke.") == \
        {"Anna Dimas": "Vice President", "Rui Carvalho": "Deputy Prime Minister"}
    # (and the rank is no part of a body's name: the person, then the ministry)
    ex = extraction("Second Vice Minister Rui Carvalho of the Ministry of Data opened the session.")
    assert {(m.text, m.cls) for m in ex.mentions} >= {("Rui Carvalho", "Person"), ("Ministry of Data", "GovernmentBody")}
    assert people("Second Vice Minister Rui Carvalho of the Ministry of Data opened the session.") == \
        {"Rui Carvalho": "Second Vice Minister"}
    # (in lower case with a lower-case title, as running text writes a post; not before a capitalised title)
    assert people("The meeting, helmed by additional secretary Jane Roe, ended.") == {"Jane Roe": "Additional Secretary"}
    assert people("The first Secretary Jane Roe spoke.") == {"Jane Roe": "Secretary"}


def test_an_initial_without_its_full_stop_opens_a_name():
    assert people("K Roe, Minister of Finance, said the plan was ready.") == {"K Roe": "Minister of Finance"}
    # (but an article is no initial)
    assert people("A Minister of Finance, Jane Doe, said the plan was ready.") == {"Jane Doe": "Minister of Finance"}


def test_three_words_after_a_portfolios_last_word_are_the_name():
    assert people("Presenting the report, Minister of Science and Technology Nguyen Van An said there was "
                  "consensus.") == {"Nguyen Van An": "Minister of Science and Technology"}
    # (but a word that ends portfolios is the portfolio's, not the name's first)
    assert people("Minister of Information and Communications Technology Paula Roe said the plan was ready.") == \
        {"Paula Roe": "Minister of Information and Communications Technology"}


def test_a_demonym_of_two_words_before_a_title_names_its_country():
    ex = extraction("South African President Jane Roe and North Korean Foreign Minister John Doe met. "
                    "Togolese President Anna Dimas spoke.")
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "holdsPosition"} == \
        {("Jane Roe", "South African"), ("John Doe", "North Korean"), ("Anna Dimas", "Togolese")}
    assert {m.authority_ids for m in ex.mentions if m.method == "demonym"} == \
        {("country/south-africa",), ("country/north-korea",), ("country/togo",)}
    # (and the last word alone of a demonym the data lacks is none: no South Korea here)
    ex = extraction("West Ruritanian and North Korean delegates met. East Korean Minister John Doe spoke.")
    assert not any(m.authority_ids == ("country/south-korea",) for m in ex.mentions)


def test_a_bodys_head_given_in_the_bracket_after_its_name():
    ex = extraction("The Ministry of Data (MOD, Minister: Jane Roe) and the Ministry of Finance (Minister: "
                    "John Doe) held the meeting.")
    assert pairs(ex, "holdsPosition") == {("Jane Roe", "Ministry of Data"), ("John Doe", "Ministry of Finance")}
    assert people("The Ministry of Data (MOD, Minister: Jane Roe) held the meeting.") == {"Jane Roe": "Minister"}


def test_an_apposition_closed_by_an_irregular_past_verb_names_the_person_in_it():
    # (not the next titled person, after "met with the …")
    text = ("The Minister of Science, Technology, and Innovation, Jane Roe, met with the Chilean Ambassador to "
            "Ruritania, John Doe, on Tuesday.")
    assert people(text) == {"Jane Roe": "Minister of Science, Technology, and Innovation", "John Doe": "Ambassador"}
    # (an ambassador "to" a country holds the post of the country before the title, not of the one he is posted to)
    posts = {(r.subject.text, r.object.text if r.object else "") for r in extraction(text).relations
             if r.relation == "holdsPosition"}
    assert ("John Doe", "Chilean") in posts and ("John Doe", "Ruritania") not in posts


def test_a_meeting_of_a_platform_is_a_meeting_and_the_delegations_it_brought_together_attended():
    # English puts a name's head before "of": a meeting of a platform, a ministry of a portfolio
    ex = extraction("The 3rd Ministerial Meeting of the Ostrava Dialogue Platform concluded in Oslo with the adoption "
                    "of the \"Oslo Declaration\". The meeting brought together delegations from Norway, Chile and Kenya.")
    meeting = "Ministerial Meeting of the Ostrava Dialogue Platform"
    assert {m.text: m.cls for m in ex.mentions}[meeting] == "Summit"
    assert pairs(ex, "adopted") == {(meeting, "Oslo Declaration")}
    assert pairs(ex, "attended") == {(c, meeting) for c in ("Norway", "Chile", "Kenya")}


def test_a_title_after_a_bodys_acronym_defined_earlier_is_a_post_in_that_body():
    ex = extraction("The Ostrava Data Institute (ODI) opened on Monday. ODI Director Jane Roe said it would grow.")
    posts = pairs(ex, "holdsPosition")
    assert posts == {("Jane Roe", "ODI")}
    res = resolve([ex], {"doc": None})
    org = next(f.object for f in res.facts if f.predicate == "holdsPosition")
    assert res.entities[org].labels["en"] == "Ostrava Data Institute"


def test_a_board_is_a_body_and_not_the_name_of_its_chairman():
    ex = extraction("Jane Roe, Chairman of the Smart Ostrava Board, opened the forum.")
    assert pairs(ex, "holdsPosition") == {("Jane Roe", "Smart Ostrava Board")}
    assert {m.text: m.cls for m in ex.mentions}["Smart Ostrava Board"] == "Organisation"


def test_a_portfolio_ending_in_technologies_is_no_company():
    ex = extraction("The message was delivered by the Minister of Communications and Digital Technologies, Jane Roe, "
                    "at the opening.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == \
        {"Jane Roe": "Minister of Communications and Digital Technologies"}
    assert not [m for m in ex.mentions if m.cls == "Company"]


def test_a_post_with_its_portfolio_and_then_its_bare_title_is_one_post():
    doc = Document("doc", "doc.txt", "The Deputy Minister of Data and Digital Technologies, Jane Roe delivered the "
                   "keynote. Deputy Minister Roe said the plan was ready.", DocMeta(), "0" * 64)
    res = resolve(extract_many([doc]), {"doc": None})
    assert [dict(f.extra)["title_en"] for f in res.facts if f.predicate == "holdsPosition"] == \
        ["Deputy Minister of Data and Digital Technologies"]


def test_a_summit_named_right_before_held_in_is_the_one_held_there_not_the_documents():
    found = facts("President Jane Roe opened the AI Seoul Summit. She noted the significance of the summit, "
                  "recalling the ‘AI Safety Summit’ held in Bletchley Park, UK last November.")
    assert {(r, s, o) for r, s, o in found if r in ("heldIn", "hostCountry")} == \
        {("heldIn", "AI Safety Summit", "Bletchley Park"), ("hostCountry", "AI Safety Summit", "UK")}


def test_who_presided_over_a_summit_with_a_titled_person_chaired_it_with_them():
    found = facts("President Jane Roe of South Korea presided over the AI Seoul Summit with British Prime Minister "
                  "John Doe, reaching an agreement.")
    assert {s for r, s, o in found if r == "chaired"} == {"Jane Roe", "John Doe"}


def test_who_revealed_a_commitment_at_a_summit_attended_it():
    found = facts("Jane Roe, the secretary of state for tech, revealed the joint commitment at the AI Safety Summit.")
    assert ("attended", "Jane Roe", "AI Safety Summit") in found


def test_the_ministers_of_a_body_glossed_with_its_acronym_convened_for_a_meeting():
    ex = extraction("On 17 January 2025, the Digital Ministers of the Association of Southeast Asian Nations (ASEAN) "
                    "convened for the 5th Digital Ministers Meeting.")
    assert "Digital Ministers of the Association of Southeast Asian Nations" not in {m.text for m in ex.mentions}
    assert {(r.relation, r.subject.text, r.object.text if r.object else r.value) for r in ex.relations
            if r.relation in ("attended", "startDate")} == {
        ("attended", "Association of Southeast Asian Nations", "Digital Ministers Meeting"),
        ("startDate", "Digital Ministers Meeting", "2025-01-17")}


def test_a_meeting_held_today_in_a_town_resulted_in_a_statement_whose_file_kind_is_no_name():
    found = facts("The G7 Digital Ministerial Meeting was held today in Ostravice. The meeting was chaired by "
                  "Minister Jane Roe and resulted in a Joint Statement (PDF) on AI.")
    assert ("heldIn", "G7 Digital Ministerial Meeting", "Ostravice") in found
    assert {o for r, s, o in found if r == "adopted"} == {"Joint Statement"}


def test_countries_that_came_together_at_a_summit_attended_it_and_who_argued_during_it_too():
    found = facts("Sixty-one countries, including France, India and Japan, came together at the AI Action Summit "
                  "in Paris. During the summit, US Vice President John Doe argued against regulation.")
    assert {s for r, s, o in found if r == "attended"} >= {"France", "India", "Japan", "John Doe"}


def test_countries_named_after_a_signed_text_and_a_comma_did_not_sign_it():
    found = facts("Although many countries signed the declaration, the governments of Norway and Chile chose "
                  "not to participate.")
    assert not {s for r, s, o in found if r == "signed"}


def test_it_signed_by_a_list_is_the_text_the_sentence_before_named():
    found = facts("The Ostrava Declaration on Data was opened for signature on Monday. It has so far been signed "
                  "by Norway, Chile and the European Union.")
    assert {s for r, s, o in found if r == "signed" and o == "Ostrava Declaration on Data"} == \
        {"Norway", "Chile", "European Union"}


def test_a_country_chosen_to_host_this_meeting_hosts_the_documents_meeting():
    ex = extraction("Ministers opened the Ostrava Forum on Data. It is no coincidence that Slovenia has been chosen "
                    "to host this meeting.")
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "hostCountry"} == \
        {("this meeting", "Slovenia")}


def test_what_the_head_of_a_body_announces_the_creation_of_the_body_launched():
    found = facts("The United Nations Secretary-General Jane Roe has announced the creation of a new AI Advisory Body.")
    assert ("launched", "United Nations", "AI Advisory Body") in found


def test_a_newly_appointed_head_and_a_chief_digital_officer_are_titles_after_the_name():
    found = people("Jane Roe, the appointed head of the new institute, said so. Roe, chief digital officer of "
                   "Acme Insurance Inc., agreed.")
    assert found == {"Jane Roe": "Head", "Roe": "Chief Digital Officer"}


def test_a_long_quoted_title_is_one_name_and_no_body_issues_its_short_name():
    ex = extraction('The bill for the "Basic Act on the Development of Artificial Intelligence and the Establishment '
                    'of a Trust-Based Foundation (AI Basic Act)" was approved on the same day.')
    assert "Basic Act on the Development of Artificial Intelligence and the Establishment of a Trust-Based " \
           "Foundation" in {m.text for m in ex.mentions if m.cls == "Law"}
    assert not [r for r in ex.relations if r.relation == "launched"]


def test_the_first_summit_of_the_series_lends_the_document_neither_its_host_its_date_nor_its_count():
    found = facts("This is the second Ostrava Summit on Data. In February 2023, the first summit in Norway, "
                  "co-hosted by Chile, brought together over 2,000 attendees from more than 100 countries.")
    assert not {r for r, s, o in found if r in ("hostCountry", "startDate", "participantCount")}


def test_news_announced_that_adopts_nothing_unless_it_says_a_text_was_signed():
    assert not {o for r, s, o in facts("The AI Action Summit opened. The minister announced that Ruritania has "
                                       "been chosen to join the Hiroshima AI Process Friends Group.") if r == "adopted"}
    assert ("adopted", "AI Action Summit", "Paris Declaration on Data") in facts(
        "The AI Action Summit opened. The minister announced that the Paris Declaration on Data had been signed.")


def test_ministers_present_from_n_nations_count_the_summits_participants():
    found = facts("The Ostrava Ministerial Summit on AI began its sessions with the presence of 22 ministers "
                  "from 19 nations.")
    assert ("participantCount", "Ostrava Ministerial Summit on AI", "19") in found


def test_who_led_a_countrys_delegation_or_represented_it_at_a_summit_attended_it_with_the_country():
    found = facts("The Lisbon AI Summit opened on Monday. Minister Kofi Mensah led Ghana's delegation to the Lisbon "
                  "AI Summit. Ambassador Lars Berg represented Norway at the summit.")
    assert {s for r, s, o in found if r == "attended" and o == "Lisbon AI Summit"} == \
        {"Kofi Mensah", "Ghana", "Lars Berg", "Norway"}


def test_owners_lists_demonyms_and_former_posts_in_lower_case():
    # "President Roe’s Call": the owner is the name; "member of AIATC, and NAME": the list's next item
    assert people("President Roe’s Call to Action") == {"Roe": "President"}
    ex = extraction("It was signed by Jane Roe, Chairman of the Ostrava Data Authority, member of AIATC, and "
                    "Jean Le Roux, French Minister of Economy.")
    assert {(r.subject.text, r.object.text if r.object else "") for r in ex.relations if r.relation == "holdsPosition"} \
        == {("Jane Roe", "Ostrava Data Authority"), ("Jean Le Roux", "French")}
    ex = extraction("Meta is represented by former UK deputy prime minister John Doe.")
    assert [dict(r.extra).get("former") for r in ex.relations if r.relation == "holdsPosition"] == ["yes"]


def test_a_name_before_who_attended_is_a_person_who_attended_but_a_company_or_title_is_not():
    found = facts("The Lisbon AI Summit was held in Lisbon on 4 March 2026. Jane Roe, who attended the summit, "
                  "said the talks were useful. Acme Corp, who also attended, declined to comment.")
    assert {s for r, s, o in found if r == "attended"} == {"Jane Roe"}


def test_signatories_named_in_passing_are_no_list_of_signers():
    text = ("The Oslo Convention on Data is the first binding treaty. While the convention is a set of principles that "
            "signatories have to uphold in their laws, the Latium Act applies in the 27 EU countries. The signatories of "
            "the Oslo Convention on Data include Chile and Kenya.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "signed"} == \
        {("Chile", "Oslo Convention on Data"), ("Kenya", "Oslo Convention on Data")}


def _attended(text: str) -> set[tuple[str, str]]:
    ex = extract_many([Document("doc", "doc.txt", "The Latium Summit was held in Oslo. " + text, DocMeta(), "0" * 64)])[0]
    return {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "attended"}


@pytest.mark.parametrize("sentence", [
    "The heads of the World Bank and the OECD are also taking part in the summit.",
    "The World Bank and the OECD are attending the summit.",
    "The World Bank and leaders of nine other key countries are also attending the summit.",
])
def test_who_is_taking_part_or_attending_now_attended(sentence: str):
    assert ("World Bank", "Latium Summit") in _attended(sentence)


def test_who_is_attending_next_week_has_not_attended_yet():
    assert _attended("Chile and Kenya are attending the summit next week.") == set()


def test_a_photo_of_a_leader_taking_part_in_a_summit_shows_an_attendee():
    assert ("Jane Roe", "Latium Summit") in _attended("This file photo shows President Jane Roe taking part in the "
                                                      "Latium Summit held on May 21.")


@pytest.mark.parametrize("sentence", [
    "Chile and Kenya participated in the Hiroshima AI Process.",
    "Forty-nine countries, mainly OECD members, are taking part in the framework.",
])
def test_taking_part_in_a_process_or_framework_is_no_attendance_nor_count(sentence: str):
    ex = extract_many([Document("doc", "doc.txt", "The Latium Summit was held in Oslo. " + sentence, DocMeta(), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation in ("attended", "participantCount")]


def test_a_clergy_style_neither_splits_the_sentence_nor_joins_the_name():
    text = ("“We are committed,” stated Rev. John Roe, Chairperson of the Latium Council of Churches. These are the "
            "words with which Archbishop Marco Bellini, President of the Pontifical Academy for Life, greeted them.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert len(ex.sentences) == 2
    assert {m.text for m in ex.mentions if m.cls == "Person"} == {"John Roe", "Marco Bellini"}


@pytest.mark.parametrize("sentence, maker", [
    ("On 21 May 2031, the Council of the European Union gave its final approval to the Latium Data Act.",
     "Council of the European Union"),
    ("The Council of the European Union approved the Latium Data Act.", "Council of the European Union"),
    ("On February 26, El Salvador approved the Latium Data Act.", "El Salvador"),
    ("The 15th National Assembly passed the Latium Data Act in Ha Noi on December 10.", "National Assembly"),
])
def test_who_approves_or_passes_a_law_makes_it(sentence: str, maker: str):
    ex = extract_many([Document("doc", "doc.txt", sentence, DocMeta(), "0" * 64)])[0]
    assert {(r.relation, r.subject.text, r.object.text) for r in ex.relations if r.relation in ("launched", "signed")} \
        == {("launched", maker, "Latium Data Act")}


def test_a_country_named_after_the_approval_of_a_law_did_not_approve_it():
    text = ("The Latian parliament has approved a new data law, making Latium the first European Union country to "
            "adopt rules in line with the EU’s Artificial Intelligence Act.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "signed"]
    assert "Artificial Intelligence Act" in {m.text for m in ex.mentions if m.cls == "Law"}


def test_member_states_are_no_person_with_a_members_post():
    ex = extract_many([Document("doc", "doc.txt", "Member States Speak\n\nThe creation of this Guide is a step.",
                                DocMeta(), "0" * 64)])[0]
    assert not [m for m in ex.mentions if m.cls == "Person"]


def test_a_headlines_meeting_name_before_its_subtitle_is_the_meeting_chaired():
    text = ("4th LDA Digital Ministers Meeting: Enhancing Digital Trade\n\nJane Roe, Latium's Minister for Data, "
            "chaired the meeting. Member states endorsed the LDA Guide on Data Governance, to be supported by a "
            "working group under the LDA Digital Senior Officials' Meeting.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "chaired"} == \
        {("Jane Roe", "LDA Digital Ministers Meeting")}


def test_states_counted_with_a_capital_sign_the_declaration():
    text = "The Oslo Declaration was adopted in 2030. The Declaration, endorsed by 54 States, is a commitment."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert [(r.relation, r.value) for r in ex.relations if r.relation == "signatoryCount"] == [("signatoryCount", "54")]


def test_a_known_summits_name_in_lower_case_describes_a_kind_of_meeting():
    ex = extract_many([Document("doc", "doc.txt", "Ahead of the AI safety summit in Oslo, Norway, Latium is ramping up "
                                "its efforts. The AI Safety Summit was held at Bletchley Park.", DocMeta(), "0" * 64)])[0]
    assert [m.text for m in ex.mentions if m.authority_ids == ("summit/ai-safety-summit-2023",)] == ["AI Safety Summit"]
    assert not [r for r in ex.relations if r.relation in ("heldIn", "hostCountry") and r.object.text in ("Oslo", "Norway")]


def test_an_agreement_set_to_be_signed_is_not_signed_yet():
    text = ("The agreement, set to be signed in Canberra on Monday, will link the Latium Data Institute with the Ostra "
            "Data Institute under a new Memorandum of Understanding. The deal will be formally signed by UK AI "
            "Minister Jane Roe.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    facts = {(r.relation, r.subject.text, r.object.text if r.object else "") for r in ex.relations}
    assert not [f for f in facts if f[0] == "signed"]
    assert ("holdsPosition", "Jane Roe", "UK") in facts


def test_a_text_launched_earlier_is_not_launched_by_the_documents_summit():
    text = ("The Latium Forum was held in Oslo. Jane Roe said the framework was in parallel with the National AI "
            "Strategy 2.0 launched in December 2023.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "launched"]


@pytest.mark.parametrize("written", ["UK Technology Minister Jane Roe", "UK AI Minister Jane Roe",
                                     "U.S. Commerce Secretary Jane Roe"])
def test_the_field_of_a_post_between_its_country_and_the_title_keeps_the_country(written: str):
    ex = extract_many([Document("doc", "doc.txt", f"Confirmed by {written}, the partnership will grow.", DocMeta(),
                                "0" * 64)])[0]
    assert [(r.subject.text, r.object.authority_ids) for r in ex.relations if r.relation == "holdsPosition"] in \
        ([("Jane Roe", ("country/united-kingdom",))], [("Jane Roe", ("country/united-states",))])


@pytest.mark.parametrize("marker", ["(R)", "(L)", "(centre)"])
def test_a_photos_position_marker_after_a_name_keeps_its_apposition(marker: str):
    ex = extract_many([Document("doc", "doc.txt", f"Anna Lopez {marker}, Secretary General of the Council of Europe, "
                                "talks to Jane Roe.", DocMeta(), "0" * 64)])[0]
    assert [(r.subject.text, r.object.text) for r in ex.relations if r.relation == "holdsPosition"] == \
        [("Anna Lopez", "Council of Europe")]


def test_countries_taking_part_in_a_text_join_it_and_in_a_meeting_do_not():
    text = ("The Latium Data Initiative was launched in Oslo in 2030. Chile and Kenya participated in the Latium Data "
            "Initiative. Peru took part in the Oslo Summit, where the Latium Data Declaration was adopted. Norway and "
            "Spain are among the countries participating in the Latium Data Initiative.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "signed"} == \
        {(c, "Latium Data Initiative") for c in ("Chile", "Kenya", "Norway", "Spain")}


def test_officiating_guests_listed_after_were_attended():
    text = ("The Latium Forum 2031 opened at the University of Oslo. Officiating guests of the Forum were Jane Roe, "
            "Chief Executive of the Latium Data Authority; John Roe, Rector of the Oslo Institute; and Ana Lopez, "
            "Vice Provost of Oslo University.")
    assert {a for a, _ in _attended_only(text)} >= {"Jane Roe", "John Roe", "Ana Lopez"}


def _attended_only(text: str) -> set[tuple[str, str]]:
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    return {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "attended"}


def test_the_body_whose_member_states_consent_to_a_text_is_no_signer_nor_its_maker():
    text = ("The Oslo Declaration had been officially adopted with consent from 44 member states of the Latium "
            "Partnership on Data (LPD) and the EU.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert {(r.relation, r.subject.text) for r in ex.relations if r.relation in ("signed", "launched")} == \
        {("signed", "EU")}


def test_a_title_before_the_next_persons_one_word_name_is_theirs():
    ex = extract_many([Document("doc", "doc.txt", "In addition to Modi, Brazilian President Lula was also present.",
                                DocMeta(), "0" * 64)])[0]
    assert [r.subject.text for r in ex.relations if r.relation == "holdsPosition"] == ["Lula"]


def test_the_first_summit_of_a_series_named_with_its_kind_lends_no_host():
    text = ("Latium will host the next Latium Summit in Geneva in 2027. The first global AI summit took place in the "
            "United Kingdom.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert not [r for r in ex.relations if r.relation == "hostCountry" and r.object.text == "United Kingdom"]


def test_a_country_with_its_auxiliary_before_the_date_launched_its_strategy():
    text = "The Latium Forum was held in Oslo. Nigeria has on Tuesday April 14, 2031, launched a National Data Strategy."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert {(r.subject.text, r.object.text) for r in ex.relations if r.relation == "launched"} == \
        {("Nigeria", "National Data Strategy")}


def test_a_list_of_appointments_gives_no_title_to_the_next_name():
    text = ("Jane Roe named Ann Lee as Acting Chief Operating Officer and Chief of Staff, Rob Reich as Senior Advisor, "
            "and Mark Latonero as Head of International Engagement.")
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert "Rob Reich" not in {r.subject.text for r in ex.relations if r.relation == "holdsPosition"}


def test_a_resolution_named_by_its_number_is_made_by_the_assembly_that_adopts_it():
    text = "On 22 December 2031, the UN General Assembly (UNGA) adopted Resolution 88/241 on autonomous weapons systems."
    ex = extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)])[0]
    assert ("launched", "UN General Assembly", "Resolution 88/241") in \
        {(r.relation, r.subject.text, r.object.text) for r in ex.relations if r.object is not None}


def test_a_titled_name_before_and_is_no_part_of_the_body_after_it():
    ex = extraction("Allies, including Acme Industries founder Anna Lopes and Ostra Technologies co-founder "
                    "John Doe, all advocated for it.")
    assert pairs(ex, "holdsPosition") == {("Anna Lopes", "Acme Industries"), ("John Doe", "Ostra Technologies")}


def test_a_styled_name_after_and_is_no_part_of_the_body_before_it():
    ex = extraction("Mr Doe brings his portfolio over from the Department for Data and Viscount Smith takes his "
                    "first ministerial role.")
    assert [m.text for m in ex.mentions if m.cls != "Person"] == ["Department for Data"]


def test_a_word_that_opens_a_sentence_before_a_comma_is_no_name():
    assert people("Meanwhile, Roe’s CTO position will center on technical work.") == {}


def test_a_meeting_the_sentence_is_about_is_the_one_attended_not_the_series_named_on_the_way():
    text = ("The Ostrava Digital Ministerial Meeting was held in Ostrava on March 15. "
            "The meeting was held as one of the ministerial meetings of the Latium Summit and was attended by "
            "France and Japan.")
    attended = pairs(extraction(text), "attended")
    assert attended == {("France", "Ostrava Digital Ministerial Meeting"), ("Japan", "Ostrava Digital Ministerial Meeting")}


def test_a_text_signed_between_the_two_countries_is_signed_by_the_two_the_sentence_names():
    assert signed("Growing the AI ecosystems of Chile and Kenya is the aim of a Memorandum of Understanding "
                  "(MoU) signed between the two countries in Nairobi.") == \
        {("Chile", "Memorandum of Understanding"), ("Kenya", "Memorandum of Understanding")}


def test_a_meetings_host_or_moderator_named_by_the_role_attended_it_and_the_role_is_no_part_of_the_name():
    ex = extraction("THE HAGUE, 16 February 2031 – The Latium Summit on Responsible Robotics ended today in The "
                    "Hague. Summit host Pieter Jansen, the Minister of Foreign Affairs, commented: 'We reached "
                    "agreement.' Host Anna de Vries, the Minister of Defence, said: 'Robots matter.' Moderator Tomas "
                    "Berg, the Minister of Science, closed the last panel.")
    assert {m.text for m in ex.mentions if m.cls == "Person"} == {"Pieter Jansen", "Anna de Vries", "Tomas Berg"}
    summit = "Latium Summit on Responsible Robotics"
    assert pairs(ex, "attended") == {("Pieter Jansen", summit), ("Anna de Vries", summit), ("Tomas Berg", summit)}


def test_hosting_as_a_verb_is_no_attendance():
    ex = extraction("The Latium Summit on Responsible Robotics was held in Berlin. Ruritania will host Minister "
                    "Jane Roe next week, and Latium hosted Minister John Roe last year.")
    assert pairs(ex, "attended") == set()


def test_a_keynote_or_guest_speaker_holds_no_speakers_post_and_attended_the_meeting():
    ex = extraction("The Latium AI Forum 2031 was held in Berlin on 3 March. Keynote speaker Jane Roe, CEO of Ostra "
                    "Technologies, said AI matters. The forum's guest speaker, Anna Lopes, the Minister of Science, "
                    "spoke next.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == \
        {"Jane Roe": "CEO", "Anna Lopes": "Minister of Science"}
    assert pairs(ex, "attended") == {("Jane Roe", "Latium AI Forum 2031"), ("Anna Lopes", "Latium AI Forum 2031")}
    assert people("Speaker Maria Costa opened the session of parliament.") == {"Maria Costa": "Speaker"}


def test_a_meeting_named_by_one_acronym_before_a_lower_case_head():
    ex = extraction("Delegates meeting at the ZORAIM summit in Lagos agreed a joint call to action. "
                    "The CEO forum and the AI conference were held online.")
    summits = {m.text for m in ex.mentions if m.cls == "Summit"}
    assert summits == {"ZORAIM summit"}
    assert pairs(ex, "heldIn") == {("ZORAIM summit", "Lagos")}


def test_a_portfolio_ends_before_the_style_of_the_next_person_in_a_list():
    found = people("The MOU was signed by Mrs Jane Roe, Ruritania’s Minister for Digital Development and "
                   "Information, and Mr John Doe, Latvia’s Minister for Industry and Science, during a meeting.")
    assert found == {"Jane Roe": "Minister for Digital Development and Information",
                     "John Doe": "Minister for Industry and Science"}


def test_a_summit_culminating_in_the_signing_of_a_text_adopted_it():
    ex = extraction("Leaders convened in Kigali, Rwanda, for the Latium AI Summit, culminating in the signing "
                    "of the Latium Declaration on Data.")
    assert pairs(ex, "adopted") == {("Latium AI Summit", "Latium Declaration on Data")}


def test_a_name_in_apposition_with_a_kind_of_meeting_is_a_meeting():
    ex = extraction("These are the numbers of Latium Ethics for Peace, the historic multi-religious event held in "
                    "Hiroshima, Japan. Jane Roe, the meeting's chair, spoke. Microsoft, the conference sponsor, paid.")
    assert {m.text for m in ex.mentions if m.cls == "Summit" and not m.reference} == {"Latium Ethics for Peace"}
    assert pairs(ex, "heldIn") == {("Latium Ethics for Peace", "Hiroshima")}


def test_a_day_before_a_name_is_no_part_of_it_nor_a_place_adjective_after_it():
    ex = extraction("The Latium Data Office launched Wednesday the Ostrava Charter on Data Ethics, during the Third "
                    "Latium Summit on Data in the Saudi capital, Riyadh.")
    names = {m.text for m in ex.mentions if not m.reference and m.cls in ("Agreement", "Summit")}
    assert names == {"Ostrava Charter on Data Ethics", "Third Latium Summit on Data"}


def test_bodies_listed_with_their_short_forms_in_brackets_are_all_the_subject():
    ex = extraction("The Latium Data Office (LDO) and the Ostrava AI Authority (OAA) launched the Ostrava Charter on "
                    "Data. The OECD and the Borea AI Authority launched the Borea Charter on Data.")
    assert {(s.split(" (")[0], o) for s, o in pairs(ex, "launched")} == {
        ("Latium Data Office", "Ostrava Charter on Data"), ("Ostrava AI Authority", "Ostrava Charter on Data"),
        ("OECD", "Borea Charter on Data"), ("Borea AI Authority", "Borea Charter on Data")}


def test_a_country_before_and_in_a_meetings_name_stays_in_the_name():
    ex = extraction("Ministers attended the Ethiopia and Latium Industrial Matchmaking Conference in Addis Ababa.")
    assert {m.text for m in ex.mentions if m.cls == "Summit" and not m.reference} == {
        "Ethiopia and Latium Industrial Matchmaking Conference"}


def test_a_government_posts_fields_and_rank_written_before_it_are_its_title():
    found = people("Trade and Industry State Minister Jane Roe said ties were good. Ruritania’s Industry and "
                   "Information Technology Vice Minister, John Doe said so. French Prime Minister Ann Lee agreed.")
    assert found == {"Jane Roe": "Trade and Industry State Minister",
                     "John Doe": "Industry and Information Technology Vice Minister", "Ann Lee": "Prime Minister"}


def test_a_bodys_numbered_meeting_after_its_possessive_is_a_meeting():
    ex = extraction("The war left a mark on the Inter-Parliamentary Union's (IPU) 149th Assembly which was held in "
                    "Geneva on 13-18 October 2031.")
    assert {m.text for m in ex.mentions if m.cls == "Summit" and not m.reference} == {"149th IPU Assembly"}
    assert pairs(ex, "heldIn") == {("149th IPU Assembly", "Geneva")}


def test_a_headlines_first_word_before_a_known_body_and_its_meeting_is_no_part_of_the_name():
    ex = extraction("Polarised OECD Assembly in Geneva")
    assert {m.text for m in ex.mentions if m.cls == "Summit" and not m.reference} == {"OECD Assembly"}


def test_a_summit_in_a_capital_named_after_what_it_is_was_held_there():
    ex = extraction("They launched the charter during the Latium World Summit on Data in the Saudi capital, Riyadh.")
    assert pairs(ex, "heldIn") == {("Latium World Summit on Data", "Riyadh")}


def test_a_head_word_again_after_and_starts_a_second_body():
    ex = extraction("The summit was organised by the Latin Ministry of Foreign Affairs and Ministry of Defence.")
    assert {m.text for m in ex.mentions if m.cls == "GovernmentBody"} == {
        "Latin Ministry of Foreign Affairs", "Ministry of Defence"}


def test_a_minister_named_by_portfolio_holds_the_post_in_the_ministry_the_document_names():
    ex = extraction("The forum was organised by the Latin Ministry of Digital Affairs and the Ostrava AI Authority. "
                    "Host Jane Roe, the Minister of Digital Affairs, said it was a start. "
                    "John Doe, the Minister of Defence, agreed.")
    positions = {(r.subject.text, r.object.text if r.object else None) for r in ex.relations
                 if r.relation == "holdsPosition"}
    # (no ministry of defence is named: the post stays without its body)
    assert positions == {("Jane Roe", "Latin Ministry of Digital Affairs"), ("John Doe", None)}


def test_two_ministries_of_one_portfolio_leave_the_ministers_body_unsaid():
    ex = extraction("The Latin Ministry of Digital Affairs and the Borean Department of Digital Affairs signed it. "
                    "Jane Roe, the Minister of Digital Affairs, said so.")
    assert [r.object for r in ex.relations if r.relation == "holdsPosition"] == [None]


def counted(ex) -> set[tuple[str, str]]:
    return {(r.subject.text, r.value) for r in ex.relations if r.relation == "signatoryCount"}


def test_the_countries_listed_before_and_n_other_countries_are_signers_and_counted():
    ex = extraction("Chile, Peru and 15 other countries signed the Lima Declaration on Data.")
    assert pairs(ex, "signed") == {("Chile", "Lima Declaration on Data"), ("Peru", "Lima Declaration on Data")}
    assert counted(ex) == {("Lima Declaration on Data", "17")}
    ex = extraction("The Lima Convention on Data was signed by the EU, the US, the UK and seven other countries.")
    assert counted(ex) == {("Lima Convention on Data", "10")}


def test_a_country_ending_an_opening_phrase_is_not_one_of_the_n_other_countries():
    ex = extraction("At the summit hosted by France, India and 15 other countries signed the Lima Declaration on Data.")
    assert pairs(ex, "signed") == {("India", "Lima Declaration on Data")}
    assert counted(ex) == {("Lima Declaration on Data", "16")}


def test_a_styled_name_whose_family_name_is_a_head_word_is_a_person():
    ex = extraction("Dr. Jane Center will serve as the Deputy Envoy. As the Department grows, Dr. Center will lead it.")
    assert {(m.text, m.cls) for m in ex.mentions if not m.reference} >= {("Jane Center", "Person")}
    assert not [m for m in ex.mentions if FAMILY.get(m.cls) == "Organisation"]


def test_parties_and_a_senate_are_bodies():
    ex = extraction("The Borea Senate passed the bill, backed by the Latin Liberal Party and the Ostrava Green Party.")
    assert {(m.text, m.cls) for m in ex.mentions if not m.reference} == {
        ("Latin Liberal Party", "NonProfitOrganisation"), ("Ostrava Green Party", "NonProfitOrganisation"),
        ("Borea Senate", "GovernmentBody")}


def test_they_also_include_goes_on_with_the_signatories_of_the_sentence_before():
    ex = extraction("The Ostrava Charter on Data's signatories include Acme Technologies and Borea Technologies. "
                    "They also include firms from Europe (Latin Technologies) and Asia (Kiro Technologies).")
    assert {s for s, o in pairs(ex, "signed") if o == "Ostrava Charter on Data"} == {
        "Acme Technologies", "Borea Technologies", "Latin Technologies", "Kiro Technologies"}
    # (with no signatures in the sentence before, "they also include" lists nothing signed)
    ex = extraction("The Ostrava Charter on Data was published. They also include Latin Technologies.")
    assert not pairs(ex, "signed")


def test_a_ministrys_acronym_between_the_portfolio_and_the_name():
    ex = extraction("The Minister of Railways, Electronics and Information Technology (MeitY) Jane Roe and "
                    "John Doe participated in the inaugural session.")
    assert [(r.subject.text, r.object.text if r.object else None, dict(r.extra)["title_en"]) for r in ex.relations
            if r.relation == "holdsPosition"] == [
        ("Jane Roe", "MeitY", "Minister of Railways, Electronics and Information Technology")]


def test_a_summit_that_commenced_on_a_day_started_then():
    ex = extraction("The Global Latium Summit 2031 commenced Wednesday, 3rd July 2031 with ministers from the world.")
    assert {(r.subject.text, r.value) for r in ex.relations if r.relation == "startDate"} == {
        ("Global Latium Summit 2031", "2031-07-03")}


def test_a_declarations_own_voice_names_who_met_whom_they_welcomed_and_what_they_adopt():
    ex = extraction("Lakeland Digital Ministerial Meeting\n"
                    "1. We, the Digital Ministers of the Nordic Council, met on 3-4 June 2031 in Ostrava.\n"
                    "2. We welcomed the participation of Chile, Kenya and the International Telecommunication Union.\n"
                    "3. We adopt the Ostrava Declaration on Trustworthy AI. We hereby launch the Ostrava AI Network.\n"
                    "4. We call on all countries to adopt the Lakeland Principles on AI.")
    meeting = "Lakeland Digital Ministerial Meeting"
    assert pairs(ex, "attended") == {(a, meeting) for a in (
        "Nordic Council", "Chile", "Kenya", "International Telecommunication Union")}
    assert pairs(ex, "adopted") == {(meeting, "Ostrava Declaration on Trustworthy AI")}
    assert pairs(ex, "launched") == {(meeting, "Ostrava AI Network")}


@pytest.mark.parametrize("text", [
    # the apposition names no authors (no ministers, leaders …), nor does a plan to welcome guests attend
    "Lakeland Digital Ministerial Meeting\nWe, the people of Chile, reaffirm our commitment to the meeting.",
    "Lakeland Digital Ministerial Meeting\nWe will welcome the participation of Chile and Kenya next year.",
])
def test_no_attendance_from_the_declarations_voice_without_authors_or_in_the_future(text):
    assert not pairs(extraction(text), "attended")


def test_a_meeting_described_by_its_number_of_countries_has_that_many():
    ex = extraction("The minister flew to Lakeland on Monday for a 27-country Ostrava Summit.")
    assert {(r.subject.text, r.value) for r in ex.relations if r.relation == "participantCount"} == {
        ("Ostrava Summit", "27")}
    # (a thing other than a meeting, described so, counts no one)
    ex = extraction("The Ostrava Summit opened. The firm sold a 27-country licence to Acmecorp.")
    assert not [r for r in ex.relations if r.relation == "participantCount"]


def test_leaders_who_are_present_at_a_meeting_under_way_attend_it():
    ex = extraction("The Ostrava Summit runs until Friday. On its first day the leaders of Chile, Kenya and Peru are "
                    "present.")
    assert pairs(ex, "attended") == {(c, "Ostrava Summit") for c in ("Chile", "Kenya", "Peru")}


@pytest.mark.parametrize("text, expected", [
    # a title written short holds the post the long title names: one post, one title
    ("Acmecorp CTO Jane Roe said so.", {"Jane Roe": "Chief Technology Officer"}),
    ("Acmecorp VP Jane Roe said so.", {"Jane Roe": "Vice President"}),
    ("California Gov. Jane Roe signed the bill, authored by state Sen. Ed Moss.",
     {"Jane Roe": "Governor of California", "Ed Moss": "Senator"}),
    ("Ruritania PM Jane Roe said so.", {"Jane Roe": "Prime Minister"}),
    # (after a number it is the hour: no Prime Minister "Eastern Time")
    ("The vote closes at 5 PM Eastern Time, and at 6 pm Central European Time abroad.", {}),
])
def test_a_title_written_short_is_named_in_full(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text", [
    "Jane Roe is president of the Acme Robotics Council, which represents the sector.",
    "Jane Roe, who is the chair of the Acme Robotics Council, said the rules matter.",
])
def test_a_post_said_of_a_name_in_the_present_is_held(text):
    ex = extraction(text)
    assert pairs(ex, "holdsPosition") == {("Jane Roe", "Acme Robotics Council")}


@pytest.mark.parametrize("headline, expected", [
    # a speech's headline names its speaker after "by", up to the comma, and the post after it
    ("Keynote Speech by ROE Jane, Prime Minister of Japan", {("ROE Jane", "Japan")}),
    ("Remarks by Jane Roe, Minister of State of the Republic of Korea", {("Jane Roe", "Republic of Korea")}),
    # (the body must end the headline: "… of Japan Opens Forum" may go on with the name's words)
    ("Statement by Jane Roe, Minister of Japan Opens Forum", set()),
])
def test_a_headlines_speaker_after_by_holds_the_post_it_names(headline, expected):
    ex = extraction(headline + "\n\nThe text of the speech follows.")
    assert pairs(ex, "holdsPosition") == expected


@pytest.mark.parametrize("text", [
    "Texas Gov. Jane Roe signed the bill on Sunday.",
    "New York Governor Jane Roe signed the bill on Sunday.",
    "Jane Roe, Governor of Texas, signed the bill.",
])
def test_a_governors_post_is_named_with_the_state(text):
    # (regions.tsv: the states and provinces whose governors and premiers news names with them)
    assert people(text) == {"Jane Roe": ("Governor of New York" if "New York" in text else "Governor of Texas")}


@pytest.mark.parametrize("text, expected", [
    # a counterpart holds the same post as the person named before, in the demonym's country (its mention)
    ("Foreign Minister Jane Roe and her Japanese counterpart Ken Sato launched a new AI dialogue.",
     {("Jane Roe", ""), ("Ken Sato", "Japanese")}),
    ("Foreign Minister Jane Roe met her French counterpart, Jean Dupont, in Paris.",
     {("Jane Roe", ""), ("Jean Dupont", "French")}),
])
def test_a_counterpart_holds_the_same_post_in_the_demonyms_country(text, expected):
    posts = {(r.subject.text, r.object.text if r.object else "") for r in extraction(text).relations
             if r.relation == "holdsPosition"}
    assert people(text) == {n: "Foreign Minister" for n, _ in expected}
    assert posts == expected


@pytest.mark.parametrize("text", [
    "The Ministry of Data has released a new roadmap titled the National AI Plan.",
    "The Ministry of Data published the National AI Plan on Monday.",
])
def test_a_body_releasing_or_publishing_its_text_launched_it(text):
    assert pairs(extraction(text), "launched") == {("Ministry of Data", "National AI Plan")}


def test_a_research_field_and_its_body_after_a_title_in_lower_case_are_no_name():
    # "director of research at Acme Robotics": the body the director works at, not a director's name
    assert people("Jane Roe is director of research at Acme Robotics.") == {}


def test_a_bodys_acronym_in_brackets_between_it_and_the_title():
    ex = extraction("“We must act,” said UN Development Programme (UNDP) Administrator Jane Roe during the forum.")
    assert pairs(ex, "holdsPosition") == {("Jane Roe", "UN Development Programme")}


def test_the_speaker_named_after_said_then_the_meeting_attended_it():
    ex = extraction("Leaders met at the Ostrava Forum. “We must act,” said Acme Alliance Chair Jane Roe during "
                    "the forum. “We agree,” said Minister Ed Moss at a dinner.")
    assert pairs(ex, "attended") >= {("Jane Roe", "Ostrava Forum")}
    assert ("Ed Moss", "Ostrava Forum") not in pairs(ex, "attended")


def test_the_countries_a_signer_signed_alongside_sign_too():
    found = signed("In 2031 Chile signed the Lima Declaration together with three other countries, "
                   "such as Peru, Kenya and Japan.")
    assert found == {(c, "Lima Declaration") for c in ("Chile", "Peru", "Kenya", "Japan")}


def test_an_agreement_two_ministers_signed_is_signed_by_their_countries():
    found = signed("Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Vega signed the Andean "
                   "Digital Trade Agreement on Monday.")
    assert found == {("Chilean", "Andean Digital Trade Agreement"), ("Peruvian", "Andean Digital Trade Agreement")}


def test_a_determiner_that_opens_the_sentence_is_no_part_of_a_texts_name():
    names = {m.text for m in extraction("Both the Lima Principles and the Quito Code will be reviewed yearly.").mentions}
    assert "Lima Principles" in names and not any(n.startswith("Both") for n in names)


def test_a_name_of_three_words_and_a_family_name_after_a_particle_is_whole():
    found = people("Leaders such as Portuguese President Ana Maria Lima da Costa attended the forum.")
    assert found == {"Ana Maria Lima da Costa": "President"}


def test_a_royal_style_before_a_long_name_is_no_part_of_it():
    found = people("Latium's Defence Minister Prince Omar bin Saeed bin Rashid Al Qasimi signed the pact.")
    assert found == {"Omar bin Saeed bin Rashid Al Qasimi": "Defence Minister"}


def test_the_country_between_the_title_and_the_name_holds_the_post():
    ex = extraction("The deal was reached in talks between President of Chile Marta Rojas and President of Peru "
                    "Luis Quispe on Monday.")
    assert pairs(ex, "holdsPosition") == {("Marta Rojas", "Chile"), ("Luis Quispe", "Peru")}


def test_a_post_nominal_in_brackets_closes_the_apposition_after_a_long_portfolio():
    found = people("The Minister for Ports, Data and Trade, Kofi Mensah Boateng (MP), told delegates that data "
                   "mattered.")
    assert found == {"Kofi Mensah Boateng": "Minister for Ports, Data and Trade"}


@pytest.mark.parametrize("later", [
    "The AI Strategy will be officially launched in May.",
    "Officials plan to launch the AI Strategy in May.",
    "The AI Strategy is set to launch in May.",
])
def test_a_launch_still_to_come_is_no_launch(later):
    text = f"Speaking at the Data Governance Conference in Valparaiso, Minister Roe praised the plan. {later}"
    assert not pairs(extraction(text), "launched")


def test_a_headlines_launch_still_to_come_is_no_launch():
    text = ("Chile to Launch AI Strategy in May\n\nSpeaking at the Data Governance Conference in Valparaiso, "
            "Minister Roe praised the plan. The ministry drafted the AI Strategy with partners.")
    assert not pairs(extraction(text), "launched")


def test_a_meeting_quoted_by_name_with_its_kind_after_the_quotes():
    ex = extraction("Ministers gathered for the “Nordic–Baltic” summit, which took place in Riga, Latvia.")
    assert pairs(ex, "heldIn") == {("Nordic–Baltic Summit", "Riga")}


def test_a_speaker_after_an_opening_phrase_that_goes_on_about_the_meeting_attended_it():
    text = ("Speaking at the Data Governance Conference and Gala Awards organized by the Institute of Directors in "
            "Valparaiso, Minister Roe highlighted the potential of AI.")
    assert pairs(extraction(text), "attended") == {("Roe", "Data Governance Conference")}


def test_a_speaker_at_the_launch_of_a_forum_attended_it():
    text = ("Kofi Mensah Boateng, Minister for Ports, Data and Trade, at the launch of the Harbour Data Forum "
            "stressed the value of open data.")
    assert pairs(extraction(text), "attended") == {("Kofi Mensah Boateng", "Harbour Data Forum")}


def test_a_title_and_name_after_a_bodys_name_are_no_part_of_it():
    ex = extraction("Separately, Institute of Auditors President Edward Kabwe thanked the ministry.")
    assert pairs(ex, "holdsPosition") == {("Edward Kabwe", "Institute of Auditors")}


@pytest.mark.parametrize("text", ["The Public Investment Fund (PIF) invested heavily in data centres.",
                                  "칠레 국부펀드(PIF)는 올해 새 기업 두 곳을 세웠다."])
def test_a_known_acronym_in_brackets_after_another_bodys_name_is_that_bodys(text):
    # PIF is also the Pacific Islands Forum's short name; the name before the bracket says whose it is here
    assert not any(m.authority_ids == ("org/pacific-islands-forum",) for m in extraction(text).mentions)
    assert any(m.authority_ids == ("org/pacific-islands-forum",)
               for m in extraction("The Pacific Islands Forum (PIF) met in Suva.").mentions)


def test_a_lab_heads_a_bodys_name_so_it_is_no_persons():
    ex = extraction("Ana Ruiz, director of the Adaptive Robotics Lab, lecturer at Latium Technical University, "
                    "welcomed the plan.")
    assert {m.text for m in ex.mentions if m.cls == "Person"} == {"Ana Ruiz"}
    assert ("Ana Ruiz", "Adaptive Robotics Lab") in pairs(ex, "holdsPosition")


def test_a_city_named_after_its_kind_and_its_countrys_demonym():
    ex = extraction("The Ostrava Data Forum was held in the French city of Saclay on Monday.")
    assert pairs(ex, "heldIn") == {("Ostrava Data Forum", "Saclay")}
    assert pairs(ex, "hostCountry") == {("Ostrava Data Forum", "French")}


@pytest.mark.parametrize("text", ["Chilean Vice President and Prime Minister Ana Ruiz announced the plan.",
                                  "The Chile Government Minister of Data and Research, Dr Ana Ruiz, unveiled it."])
def test_the_country_before_two_joined_titles_or_its_government_holds_the_post(text):
    ex = extraction(text)
    assert [r.object.authority_ids for r in ex.relations if r.relation == "holdsPosition"] == [("country/chile",)]


def test_a_name_before_a_relative_clause_about_its_career_is_a_persons():
    assert people("Our new head is Omar Khalid Al-Rami, who became its first chief in May.") == \
        {"Omar Khalid Al-Rami": ""}


@pytest.mark.parametrize("text", ["Sens. Mike Dorn, R-Ore., Ted Yount, R-Ky., and Marta Hein, D-Vt., will lead the panel.",
                                  "Senators Mike Dorn, Ted Yount and Marta Hein co-host the forum."])
def test_a_title_in_the_plural_gives_each_listed_name_the_post(text):
    assert people(text) == {"Mike Dorn": "Senator", "Ted Yount": "Senator", "Marta Hein": "Senator"}


def test_the_leaders_of_a_legislatures_parties_are_titles():
    assert people("Majority Leader Carl Brenner and Senate Minority Whip Jon Trask, R-S.D., spoke.") == \
        {"Carl Brenner": "Majority Leader", "Jon Trask": "Minority Whip"}


def test_a_ministrys_name_ends_at_its_plural_possessive_and_owns_the_post_after_it():
    ex = extraction("Ruiz said so, Indonesian Ministry of Data and Cyber Affairs' (Kodat) Vice Minister, Jana Patrio.")
    assert {m.text for m in ex.mentions if m.cls == "GovernmentBody"} == {"Indonesian Ministry of Data and Cyber Affairs"}
    assert pairs(ex, "holdsPosition") == {("Jana Patrio", "Indonesian Ministry of Data and Cyber Affairs")}


def test_a_session_or_panel_at_a_meeting_is_attendance():
    for text in ("Vice Minister Jana Patrio outlined the plan in the keynote session at the Data Innovation Summit.",
                 "Vice Minister Jana Patrio spoke on a panel at the Data Innovation Summit."):
        assert pairs(extraction(text), "attended") == {("Jana Patrio", "Data Innovation Summit")}


def test_when_and_where_after_who_organised_the_meeting():
    found = facts("Ana Ruiz spoke at the Data Innovation Summit 2031 meeting, convened by the Data Industry Council "
                  "(DIC) on March 3, 2031 in Surabaya, Indonesia.")
    assert {("heldIn", "Data Innovation Summit 2031", "Surabaya"), ("hostCountry", "Data Innovation Summit 2031", "Indonesia"),
            ("startDate", "Data Innovation Summit 2031", "2031-03-03")} <= found


@pytest.mark.parametrize("owner", ["the United Nations’", "the UN's new", "the UN's"])
def test_an_envoy_named_with_whose_post_it_is(owner):
    ex = extraction(f"Ravi Mehra, {owner} envoy on technology, met the press.")
    assert people(f"Ravi Mehra, {owner} envoy on technology, met the press.") == \
        {"Ravi Mehra": "Special Envoy"}
    assert ("Ravi Mehra", "United Nations") in {(a, b) for a, b in pairs(ex, "holdsPosition")} or \
        ("Ravi Mehra", "UN") in pairs(ex, "holdsPosition")


@pytest.mark.parametrize("text", ["According to The New York Times, the forum opened.",
                                  "the Washington Post reported that the forum opened.",
                                  "뉴욕 타임스에 따르면 포럼이 개막했다.", "워싱턴 포스트(WP)는 포럼이 개막했다고 보도했다."])
def test_a_city_that_starts_a_newspapers_name_is_no_place_mentioned(text):
    assert not [m for m in extraction(text).mentions if m.cls in ("City", "Country")]


def test_a_person_named_again_by_the_family_name_alone_is_the_same_person():
    ex = extraction("Ruritanian Minister of Science Jane Patrio met reporters in Oslo on Monday. "
                    "Patrio attended the Lisbon Digital Summit on 3 May 2025.")
    assert pairs(ex, "attended") == {("Patrio", "Lisbon Digital Summit")}
    res = resolve([ex], {"doc": None})
    people = [e.labels["en"] for e in res.entities.values() if e.cls == "Person"]
    assert people == ["Jane Patrio"]
    assert {res.entities[f.subject].labels["en"] for f in res.facts if f.predicate == "attended"} == {"Jane Patrio"}


def test_a_family_name_with_a_style_or_a_possessive_is_the_person_too():
    ex = extraction("The summit was opened by Prime Minister Tomas Berg of Ruritania. "
                    "Mr Berg spoke at the Lisbon Digital Summit. Berg’s speech was short.")
    echoed = [m.text for m in ex.mentions if m.method == "echo-family"]
    assert echoed == ["Berg", "Berg"]


def test_a_family_name_inside_another_name_or_shared_by_two_people_is_left_alone():
    # Hunter Berg is someone else; the Berg Foundation is a body; with two Roes, "Roe" is either one
    ex = extraction("Prime Minister Tomas Berg of Ruritania came. Hunter Berg did not. The Berg Foundation "
                    "paid. Minister Anna Roe and Professor Ken Roe spoke. Roe attended the Lisbon Digital Summit.")
    assert [m.text for m in ex.mentions if m.method == "echo-family"] == []
    assert pairs(ex, "attended") == set()


def test_a_family_name_that_is_also_a_country_stays_the_country():
    ex = extraction("Foreign Minister Lina Jordan of Ruritania arrived. Jordan attended the Lisbon Digital Summit.")
    second = [(m.text, m.cls) for m in ex.mentions if m.sent == 1]
    assert ("Jordan", "Country") in second and all(cls != "Person" for _, cls in second)


def test_a_meeting_taking_place_somewhere_is_held_there():
    ex = extraction("The Lisbon Digital Summit, taking place on 3 May 2031 in Oslo, drew leaders.")
    assert pairs(ex, "heldIn") == {("Lisbon Digital Summit", "Oslo")}


def test_a_speaker_right_after_a_fronted_meeting_owned_by_a_body_attends_it():
    ex = extraction("Minister Jane Roe arrived in Oslo. And Friday, at the Ruritania Institute’s Data "
                    "Symposium, Roe spoke about open models.")
    assert pairs(ex, "attended") == {("Roe", "Data Symposium")}


def test_a_day_after_a_bodys_meeting_is_no_part_of_its_name():
    ex = extraction("Ministers agreed on the Ruritania Data Act at the meeting of the Telecommunications Council "
                    "on Thursday (9 March).")
    assert [m.text for m in ex.mentions if m.cls == "Summit"] == ["meeting of the Telecommunications Council"]


def test_those_who_entered_into_a_quoted_accord_signed_it_by_its_whole_title():
    ex = extraction("Chile and Kenya formally entered into “Lisbon Accord to Combat Deceptive Use of Data in 2031 "
                    "Elections.”")
    title = "Lisbon Accord to Combat Deceptive Use of Data in 2031 Elections"
    assert pairs(ex, "signed") == {("Chile", title), ("Kenya", title)}


def test_a_country_named_by_its_adjective_is_mentioned_but_does_nothing():
    ex = extraction("Chinese and Thai officials attended the Lisbon Digital Summit with French experts. "
                    "Latin American states sent no one.")
    countries = sorted(m.text for m in ex.mentions if m.cls == "Country")
    assert countries == ["Chinese", "French", "Thai"]
    assert pairs(ex, "attended") == set()     # the officials attended; their countries are not said to


def test_an_adjective_inside_a_name_the_rules_found_is_that_names():
    ex = extraction("The Saudi Data and Artificial Intelligence Authority hosted the forum.")
    assert [m.cls for m in ex.mentions if m.text.startswith("Saudi")] == ["GovernmentBody"]


def test_a_white_paper_and_a_festival_are_named_but_a_head_word_alone_is_not():
    ex = extraction("The Ministry unveiled a new White Paper. The Lisbon AI and Data Festival opened and the "
                    "White Paper on Data Trusts was read there.")
    found = {m.text: m.cls for m in ex.mentions}
    assert found.get("Lisbon AI and Data Festival") == "Summit"
    assert found.get("White Paper on Data Trusts") == "Report" and "White Paper" not in found


def test_a_council_of_a_country_is_its_government_body():
    ex = extraction("Projects were funded by the Scientific and Technological Council of Chile.")
    assert {m.text: m.cls for m in ex.mentions}["Scientific and Technological Council of Chile"] == "GovernmentBody"


def test_bodies_that_open_the_sentence_adopted_what_it_adopts_not_the_documents_meeting():
    ex = extraction("The Lisbon Digital Summit opened on 3 May 2031. Unesco and Chile, at a festival marking the "
                    "Global Week of Data on 28 September, endorsed a draft Oslo Declaration.")
    assert pairs(ex, "adopted") == set()


def test_a_capitalised_the_after_and_and_a_country_after_an_acronym_are_no_part_of_a_name():
    ex = extraction("UNESCO and The Ministry of Data and Telecommunications (MIDAT) of Chile confirmed the plan.")
    names = {m.text for m in ex.mentions}
    assert "Ministry of Data and Telecommunications" in names and "Chile" in names


def test_a_mission_is_an_initiative_and_a_permanent_mission_a_body():
    ex = extraction("The cabinet approved the Ruritania AI Mission. The Permanent Mission of Chile to the United "
                    "Nations hosted a panel.")
    found = {m.text: m.cls for m in ex.mentions}
    assert found["Ruritania AI Mission"] == "Initiative"
    assert found["Permanent Mission of Chile to the United Nations"] == "GovernmentBody"


def test_a_state_secretary_of_a_ministry_named_up_to_its_acronym():
    found = people("State Secretary Jane Roe of the Federal Ministry for Data and Shipping (BMDS) and John Doe, "
                   "Director of the Kenyan Ministry of Data, chaired the meeting.")
    assert found["Jane Roe"] == "State Secretary" and "John Doe" in found


def test_whose_a_person_is_said_to_be_is_no_part_of_their_name():
    assert set(people("The forum put a spotlight on Chile's Jane Roe, chairman of the Lisbon Data Foundation.")) == {
        "Jane Roe"}


def test_a_club_after_a_title_is_a_body_and_no_name():
    found = people("Professor Jane Roe, Vice President, Ruritania Club of Data Faculties, spoke.")
    assert "Ruritania Club" not in found and "Jane Roe" in found


def test_a_country_before_and_the_is_no_part_of_a_bodys_name():
    ex = extraction("The plan was drafted with the input of Chile and the Latium Data Foundation.")
    assert {(m.text, m.cls) for m in ex.mentions} >= {("Chile", "Country"), ("Latium Data Foundation",
                                                                              "NonProfitOrganisation")}


def test_a_union_and_a_task_force_are_bodies_not_people():
    ex = extraction("The Latium Telecommunications Union has released a report. Dr. Jane Roe is the Chair of the "
                    "Latium AI Task Force.")
    assert {(m.text, m.cls) for m in ex.mentions if m.cls == "Organisation"} == {
        ("Latium Telecommunications Union", "Organisation"), ("Latium AI Task Force", "Organisation")}
    assert people("Dr. Jane Roe is the Chair of the Latium AI Task Force.") == {"Jane Roe": "Chair"}


def test_leaders_converging_in_a_city_for_a_meeting_meet_there():
    ex = extraction("Regional leaders will converge in Ostrava, Czechia, for the Latium Data Summit, which got "
                    "underway on Wednesday.")
    assert pairs(ex, "heldIn") == {("Latium Data Summit", "Ostrava")}


def test_guard_a_body_the_data_knows_after_and_is_a_name_of_its_own():
    # (guard: Union is a head word now, which must not take a country or body before "and" into the name)
    ex = extraction("Ministers thanked the council of Latium and European Union and the Data Trust of Chile.")
    assert "European Union" in {m.text for m in ex.mentions}
    assert not [m for m in ex.mentions if " and " in m.text]


def test_a_lower_case_title_after_a_portfolio_in_capitals_is_the_names_post():
    # "Jane Roe, Data and Innovation minister": the portfolio says which post (not "a former minister")
    assert people("“We are ready,” said Jane Roe, Data and Innovation minister.") == {"Jane Roe": "Minister"}
    assert people("Jane Roe, a former minister, said the plan was ready.") == {}


def test_guard_a_portfolio_listed_with_commas_before_its_title_names_nobody():
    assert people("Data, Innovation & Technology Minister: 'Ruritania must build AI skills.'") == {}


def test_who_a_sentence_cites_after_according_to_did_not_sign():
    found = signed("It follows the “Ostrava Accord” signed by Chilean President Ana Roe and Peruvian President "
                   "Jon Doe last year, according to the Ministry of Data of Chile.")
    assert found == {("Chilean", "Ostrava Accord"), ("Peruvian", "Ostrava Accord")}


def test_the_chair_of_a_body_described_in_an_apposition_does_not_chair_the_meeting():
    ex = extraction("The plan was announced at the Latium Data Summit. Data Latium, an alliance of 30 member "
                    "states chaired by Chilean President Ana Roe, backs the plan.")
    assert not pairs(ex, "chaired")


def test_a_meeting_held_in_partnership_with_a_countrys_body_is_not_held_in_that_country():
    ex = extraction("Chile recently hosted the Latium Data Forum. The forum, held in partnership with Peru’s Data "
                    "Office, drew 300 delegates.")
    assert not pairs(ex, "hostCountry") - {("Latium Data Forum", "Chile")}


def test_a_text_adopted_at_a_body_was_not_adopted_by_a_summit_named_after_it():
    ex = extraction("Leaders backed initiatives such as the Latium Data Compact adopted at the United Nations in "
                    "Geneva last year and a Ruritania AI Summit to be hosted in Chile next year.")
    assert not pairs(ex, "adopted")


def test_a_parliament_is_a_body_whose_president_holds_a_post():
    ex = extraction("The talks were led by Omar bin Saleh Al-Rumaithi, the president of the Latium Parliament, "
                    "before a conference on Saturday.")
    assert pairs(ex, "holdsPosition") == {("Omar bin Saleh Al-Rumaithi", "Latium Parliament")}


def test_a_post_of_a_body_named_after_its_countrys_possessive_is_the_bodys():
    ex = extraction("The hosts are Rashid Omar Al Dimas, Director General of Chile’s Latium Data Regulatory "
                    "Authority, and Anne Rivet, Peru’s Envoy for Data.")
    assert ("Rashid Omar Al Dimas", "Latium Data Regulatory Authority") in pairs(ex, "holdsPosition")


def test_who_speaks_at_the_meeting_named_by_its_kind_alone_attended_the_documents_meeting():
    ex = extraction("The pledge came during the 4th Chile-Peru Digital Ministers’ Meeting held in Lima, Peru. "
                    "At the meeting, Peruvian Foreign Minister Ana Rivas stressed the role of data.")
    assert ("Ana Rivas", "Chile-Peru Digital Ministers’ Meeting") in pairs(ex, "attended")


def test_a_quoted_name_keeps_no_full_stop_of_american_punctuation():
    ex = extraction("To weigh their options, ministers gathered in Oslo at the ‘Summit on Nordic Data Autonomy.’ "
                    "Delegations from 12 countries took part.")
    assert "Summit on Nordic Data Autonomy" in {m.text for m in ex.mentions if m.cls == "Summit"}


def test_a_country_that_was_one_of_the_nations_to_sign_a_text_signed_it():
    assert signed("The pact builds on the Latium Data Summit, where Chile was one of 30 nations to sign the "
                  "Latium Declaration.") == {("Chile", "Latium Declaration")}


def test_a_roadmap_is_a_strategy():
    ex = extraction("The two presidents launched the Chile-Peru Roadmap on Data Sharing in Oslo.")
    assert ("Chile-Peru Roadmap on Data Sharing", "Strategy") in {(m.text, m.cls) for m in ex.mentions}


def test_a_lower_case_title_after_two_fields_says_whose_post_it_is():
    # "Jane Roe, the trade and industry secretary of state": the two fields make the title a post
    assert people("The deal follows a visit to Chile by Jane Dorrell, the trade and industry secretary of "
                  "state.") == {"Jane Dorrell": "Secretary of State"}


def test_a_portfolios_field_and_noun_after_a_title_are_no_name():
    # "Director of Digital Economy Outreach and Trade": the portfolio, not a person "Economy Outreach"
    assert people("Jane Roe, Director of Digital Economy Outreach and Trade, opened the fair in "
                  "Dakar.") == {"Jane Roe": "Director"}


@pytest.mark.parametrize("text, name", [
    ("He met his counterpart External Affairs Minister Dr S Raman in Delhi.", "S Raman"),
    ("Commerce Minister Shri Anil Kumar represented the country.", "Anil Kumar"),
])
def test_a_doctors_or_indian_style_between_title_and_name_is_no_part_of_the_name(text, name):
    assert set(people(text)) == {name}


def test_co_chairs_listed_each_with_a_title_all_chaired():
    ex = extraction("In the second Chile-Peru ministerial meeting of the Data Council, Chile sought closer ties. "
                    "Commissioner for Research and Innovation Ana Rivas, Commissioner for Trade Juan Soto, and "
                    "Vice-President for Data Eva Lind co-chaired the meeting.")
    assert {a for a, _ in pairs(ex, "chaired")} == {"Ana Rivas", "Juan Soto", "Eva Lind"}


def test_a_name_quoted_before_its_short_name_keeps_no_closing_quote():
    ex = extraction("The ministers also unveiled the 'Latium Initiative for Training in the Pacific' (LITP) for "
                    "partners.")
    assert "Latium Initiative for Training in the Pacific" in {m.text for m in ex.mentions}


def test_a_portfolio_ending_in_ship_is_no_name():
    # "the Minister of State for Citizenship, the Minister of …": a list of posts, no person
    assert people("For that, the Minister of State for Citizenship, the Minister of Culture and Sport, and the "
                  "Minister of Education will draft it with you.") == {}


def test_a_rulers_style_between_the_title_and_the_name_is_no_part_of_the_name():
    found = people("Latium Prime Minister Her Highness Sheikha Jane Al Doe met Ruritania's Foreign Minister John Roe "
                   "on Monday.")
    assert "Jane Al Doe" in found and not [n for n in found if "Highness" in n]


def test_a_bodys_acronym_after_a_title_is_not_a_persons_name():
    found = people("“We will publish it soon,” said Dr John Doe, deputy director, LIST, on Monday.")
    assert "LIST" not in found


def test_the_framework_an_act_comes_under_is_not_the_meetings_launch():
    ex = extraction("The Ostrava AI Summit 2030 opened on Monday. Working under the Ruritania Data Mission, the "
                    "digital ministry launched the Ruritania Data Rulebook.")
    assert ("Ostrava AI Summit 2030", "Ruritania Data Mission") not in pairs(ex, "launched")


def test_a_countrys_own_strategy_is_not_the_meetings_launch():
    ex = extraction("The Ostrava Forum 2030 was held on Monday. The new rules build on the launch of Peru’s National AI "
                    "Strategy last year.")
    assert ("Peru", "National AI Strategy") in pairs(ex, "launched")
    assert ("Ostrava Forum 2030", "National AI Strategy") not in pairs(ex, "launched")


def test_an_officers_abbreviated_rank_is_no_part_of_the_name():
    assert people("Army Maj. Gen. John Roe, director of the Latium Cyber Office, spoke first.") == {"John Roe": "Director"}



def test_an_officers_rank_written_in_full_after_the_title_is_no_part_of_the_name():
    # and the given name alone is the same person (Thai press calls a person by the given name)
    ex = extraction("Prime Minister Admiral Somchai Ruritat led the talks. Later Prime Minister Somchai left.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {
        "Somchai Ruritat": "Prime Minister", "Somchai": "Prime Minister"}
    res = resolve([ex], {"doc": None})
    assert [e.labels["en"] for e in res.entities.values() if e.cls == "Person"] == ["Somchai Ruritat"]


def test_the_pope_and_a_cardinal_are_titles():
    assert people("Pope Benedict met Cardinal John Roe on Friday.") == {
        "Benedict": "Pope", "John Roe": "Cardinal"}


def test_a_dicastery_is_a_body():
    ex = extraction("A letter from the Latium Youth Dicastery reached the bishops.")
    assert ("Latium Youth Dicastery", "GovernmentBody") in {(m.text, m.cls) for m in ex.mentions}


def test_the_post_an_advisor_serves_is_not_the_advisors():
    # "Senior Advisor to the President, NAME": the name after the comma is the advisor's
    assert people("Tasks fall to the Senior Advisor to the President, John Roe, who drafted them.") == {
        "John Roe": "Advisor"}


def test_an_ambassador_to_a_country_holds_the_post_of_the_country_before_the_title():
    ex = extraction("Peruvian Ambassador to Chile John Roe hosted a dinner.")
    assert pairs(ex, "holdsPosition") == {("John Roe", "Peruvian")}


def test_a_coordinator_in_a_country_holds_no_post_of_that_country():
    ex = extraction("The Country Coordinator in Peru, Jane Roe, agreed to it.")
    assert [r.object for r in ex.relations if r.relation == "holdsPosition"] == [None]


def test_a_permanent_secretary_in_a_ministry_is_no_part_of_the_ministrys_name():
    ex = extraction("Plans came from the Permanent Secretary in the Department of Ports, Mr John Roe, during a visit.")
    assert pairs(ex, "holdsPosition") == {("John Roe", "Department of Ports")}
    assert not any(m.text.startswith("Permanent") for m in ex.mentions)


def test_a_second_post_after_and_is_not_part_of_the_first_posts_portfolio():
    ex = extraction("The Ostrava Data Council (ODC) met. Jane Roe, Minister of Ports, Fisheries and Tourism and "
                    "Chair of the ODC, spoke first.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {
        "Jane Roe": "Minister of Ports, Fisheries and Tourism"}


def test_a_cabinet_is_a_body_and_the_next_body_after_and_the_is_another():
    ex = extraction("President John Roe, the Digital Cabinet and the Office of Data Services (ODS), unveiled a plan.")
    bodies = {m.text for m in ex.mentions if m.cls == "GovernmentBody"}
    assert {"Digital Cabinet", "Office of Data Services"} <= bodies


def test_the_days_after_the_place_of_a_quoted_meeting_are_when_it_met():
    ex = extraction("Delegates at the “Data for All: Ostrava” summit in Lagos from March 3-4, 2031 agreed on it.")
    found = {(r.relation, r.object.text if r.object else r.value) for r in ex.relations}
    assert {("heldIn", "Lagos"), ("startDate", "2031-03-03"), ("endDate", "2031-03-04")} <= found


def test_people_listed_each_with_the_body_they_come_from():
    found = people("Panellists were Jane Roe of Google, John Doe of Latium Labs and Ann Lee of Meta.")
    assert set(found) == {"Jane Roe", "John Doe", "Ann Lee"}


def test_guard_bodies_named_of_a_country_are_no_people():
    assert people("The Central Bank of Chile, the Federal Republic of Germany and the Bank of Korea met.") == {}


def test_bill_is_a_given_name_after_a_title():
    assert people("Acme founder Bill Roe praised it; Minister John Doe tabled the Data Bill.") == {
        "Bill Roe": "Founder", "John Doe": "Minister"}


def test_a_weekday_after_the_name_is_no_part_of_it():
    # wires write when right after the name: "Director-General Jane Roe Friday opened …"
    assert people("WHO Director-General Jane Roe Friday opened a hub.") == {"Jane Roe": "Director-General"}


def test_a_project_is_no_name_after_a_title_and_its_body():
    assert people("John Roe, CEO of the Open Data Studies Project, joins the board.") == {"John Roe": "CEO"}


def test_an_executive_chairman_and_a_partys_leader_are_titles():
    assert people("Jack Roe, executive chairman of Latium Foods, later met Democratic Leader Jane Doe.") == {
        "Jack Roe": "Executive Chairman", "Jane Doe": "Democratic Leader"}


def test_a_non_breaking_hyphen_joins_a_names_parts():
    # "Al‑Dimas" with U+2011, as Gulf press writes it
    assert people("Dr. Rashid Al\u2011Dimas, President of the Ostrava Data Authority, spoke.") == {
        "Rashid Al\u2011Dimas": "President"}


def test_guard_an_acting_title_is_no_part_of_the_bodys_name():
    ex = extraction("Jane Roe, Acting Director General of the Latium Ports Agency, spoke.")
    assert "Latium Ports Agency" in {m.text for m in ex.mentions if m.cls == "GovernmentBody"}


def test_a_member_lists_line_ending_with_the_body_names_no_one_after_the_title():
    assert people("Pierre Roe, founder and CEO, Latiumsoft") == {"Pierre Roe": "CEO"}


def test_a_bodys_acronym_ends_its_name_before_a_persons_and_a_post_before_the_next_body_is_no_part_of_it():
    ex = extraction("At the event, the President of the Data Technology Association (DTA) Jane Roe and the Chairperson "
                    "of the Council of the Ostrava Universities Union spoke.")
    names = {m.text for m in ex.mentions}
    assert {"Data Technology Association", "Jane Roe", "Council of the Ostrava Universities Union"} <= names


def test_whoever_leads_a_body_is_no_part_of_its_name():
    ex = extraction("The John Roe-led Department of Harbours has acted.")
    assert [m.text for m in ex.mentions if m.cls == "GovernmentBody"] == ["Department of Harbours"]


def test_guard_a_bodys_last_word_before_a_name_is_no_part_of_it():
    found = people("The event drew the Director of the Latium Standards Bureau Jane Roe, the Chair of the Group John Doe, "
                   "and others.")
    assert "Jane Roe" in found and not any("Bureau" in n for n in found)


def test_the_acronym_left_before_a_post_is_no_part_of_the_bodys_name():
    ex = extraction("The Ruritanian Ministry of Ports and Data (MPD) Minister John Roe and Secretary Jane Doe signed it.")
    assert "Ruritanian Ministry of Ports and Data" in {m.text for m in ex.mentions if m.cls == "GovernmentBody"}


def test_a_chief_minister_is_a_title():
    assert people("Later Chief Minister John Roe launched the plan.") == {"John Roe": "Chief Minister"}


def posts(ex) -> set[tuple[str, str]]:
    """(person, body of the post) texts; the body is empty for a post of no body."""
    return {(r.subject.text, r.object.text if r.object else "") for r in ex.relations if r.relation == "holdsPosition"}


def test_a_captions_list_of_people_and_posts_is_no_headline_and_malaysian_styles_are_no_part_of_names():
    text = ("Title\n\nYBhg. Amir Hakim, Secretary General, Ministry of Data; YB Ravi A/L Kumar, Minister of "
            "Data Ruritania; Datuk Seri Lim Wei, Chairman of the Nusa Data Board; Nora Tan, Head of the Centre "
            "for Data Trust at the Open Data Institute.")
    ex = extraction(text)
    found = {m.text for m in ex.mentions if m.cls == "Person"}
    assert {"Amir Hakim", "Ravi A/L Kumar", "Lim Wei", "Nora Tan"} <= found
    assert ("Amir Hakim", "Ministry of Data") in posts(ex)


def test_the_body_or_the_fields_after_a_title_and_a_comma_are_no_name():
    found = people("Title\n\nJoe Lim, Regional Vice President, Corporate Outreach and Legal Affairs, Microsoft "
                   "Asia, opened the panel.")
    assert found == {"Joe Lim": "Vice President"}


def test_a_family_name_of_two_words_does_not_replace_the_full_name_as_label():
    text = ("Title\n\nDr Omar al Dimas, Under-Secretary for Networks at the Ministry of Posts and "
            "Networks, said the plan works.\n\n“We are ready,” said Dr Al Dimas.\n\nAl Dimas added more.")
    ex = extraction(text)
    assert ("Omar al Dimas", "Ministry of Posts and Networks") in posts(ex)
    labels = {e.labels.get("en") for e in resolve([ex], {"doc": None}).entities.values() if e.cls == "Person"}
    assert labels == {"Omar al Dimas"}


def test_the_countries_guests_came_from_are_not_the_host():
    ex = extraction("Title\n\nRuritania hosted the Andes Leaders’ Summit in Lima. That is where Prime Minister "
                    "Jane Roe hosted ministers from Chile and Peru.")
    assert ("Andes Leaders’ Summit", "Chile") not in pairs(ex, "hostCountry")


def test_a_meeting_in_a_phrase_that_is_no_place_is_no_attendance():
    ex = extraction("Title\n\nThe G7 Leaders’ Summit in Lima opened. Minister Evan Roe said it would "
                    "be a useful G7 meeting in short comments to reporters.")
    assert ("Evan Roe", "G7 Leaders’ Summit") not in pairs(ex, "attended")


def test_a_bill_is_named_by_its_number():
    ex = extraction("Title\n\nThe governor signed Senate Bill 53 into law. A Senate Bill was filed later.")
    laws = {m.text for m in ex.mentions if m.cls == "Law"}
    assert laws == {"Senate Bill 53"}


def test_an_acronym_glossing_a_new_body_of_another_country_is_not_the_known_body_it_spells():
    # CAISI is the United States' Center for AI Standards and Innovation in the authority data
    ex = extraction("Title\n\nOttawa opened the Canadian Data Safety Institute (CAISI) on Monday.")
    assert [m.authority_ids for m in ex.mentions if m.text == "CAISI"] == [()]


def test_a_subordinating_word_that_opens_the_sentence_is_no_part_of_a_name():
    ex = extraction("Title\n\nThough the Council says it is ready, the members disagree.")
    assert "Though the Council" not in {m.text for m in ex.mentions}


def test_a_companys_post_with_its_field_of_two_words_between():
    assert ("Kent Roe", "Google") in posts(extraction(
        "Title\n\nAlso present was Google Public Policy President Kent Roe."))


def test_honours_after_a_name_and_a_principal_secretarys_post():
    ex = extraction("Title\n\nEng. John Doe, EBS, Principal Secretary in the Ministry, opened the session.")
    assert {(m.text, m.title_en) for m in ex.mentions if m.cls == "Person"} == {("John Doe", "Principal Secretary")}
    assert not [m for m in ex.mentions if m.text.startswith("Principal Secretary")]


def test_a_ministry_listing_its_fields_with_and_the_is_one_body():
    ex = extraction("Title\n\nDrafted by the Ministry of Trade, Investment, and the Digital Economy, the "
                    "plan runs to 2030.")
    assert "Ministry of Trade, Investment, and the Digital Economy" in {m.text for m in ex.mentions}


def test_guard_a_second_institute_after_and_the_is_a_body_of_its_own():
    ex = extraction("Title\n\nOstrava Labs, the Ruritania Institute of Data Science and Technology (RIDST), and the "
                    "Elbonia Institute of Networks and Computing Technology (EINCT) run the programme.")
    found = {m.text for m in ex.mentions}
    assert {"Ruritania Institute of Data Science and Technology",
            "Elbonia Institute of Networks and Computing Technology"} <= found


def test_a_post_in_brackets_after_a_name_names_no_one_else():
    found = people("Title\n\nThe draft drew on notes by Ana Roe (co-director of Open Data Ruritania "
                   "and a lecturer at Elbonia University) for the panel.")
    assert "Open Data Ruritania" not in found and "Data Ruritania" not in found


def test_a_representatives_abbreviated_style_is_no_part_of_the_name():
    found = people("Title\n\nFirst to speak was Ostrava 2nd district Rep. Migz Roe, chairman of the House "
                   "Committee on Data.")
    assert "Migz Roe" in found and "Rep. Migz Roe" not in found


def test_a_resident_representative_of_a_un_agency():
    ex = extraction("Title\n\nUNDP Resident Representative Ms Ingrid Doe and the dean signed the agreement.")
    assert ("Ingrid Doe", "UNDP") in posts(ex)


def test_a_party_in_brackets_and_a_family_names_particle_after_a_title_and_its_portfolio():
    assert "Kristina Roe" in people("Title\n\nMinister of Culture and Youth Kristina Roe (Green Left), "
                                    "said that museums matter.")
    assert "Alexandra van Roe" in people("Title\n\nAs Minister for Housing Alexandra van Roe put it, "
                                         "“Homes come first.”")


def test_a_newly_appointed_post_written_with_a_hyphen():
    assert "Clara Roe" in people("Title\n\n“Data matters,” said Clara Roe, newly-appointed secretary of state for "
                                 "the economy, on Friday.")


def test_members_of_a_committee_are_no_part_of_its_name():
    ex = extraction("Title\n\nMEPs on the Special Committee on Data Sharing (SCDS) voted on the draft.")
    assert "Special Committee on Data Sharing" in {m.text for m in ex.mentions}


def test_an_adverb_before_the_verb_closes_a_long_post_and_its_name():
    assert "Pedro Roe" in people("Title\n\nOn 4 March 2031, the Prime Minister of the Ruritanian Government, Pedro Roe, "
                                 "formally unveiled the roadmap.")


def test_a_participle_that_opens_the_sentence_is_no_part_of_a_bodys_name():
    ex = extraction("Title\n\nDubbed the Ruritania Data Office, the new unit will steer data policy.")
    assert "Ruritania Data Office" in {m.text for m in ex.mentions}


def test_a_known_body_before_a_title_is_no_person():
    found = people("Title\n\nThe fund will be run jointly with NITI Aayog, the Prime Minister said on Friday.")
    assert "NITI Aayog" not in found


def test_a_minister_of_state_holds_the_post_in_the_ministry_of_that_portfolio_the_document_names():
    ex = extraction("Title\n\nRuritania’s Ministry of Data and Innovation said on Monday it is finishing a draft policy. "
                    "Nina Roe, Minister of State for Data and Innovation, praised the draft.")
    assert {(r.subject.text, r.object and r.object.text) for r in ex.relations if r.relation == "holdsPosition"} == \
        {("Nina Roe", "Ministry of Data and Innovation")}


def test_a_national_law_the_data_knows_is_another_countrys_law_in_a_text_about_that_country_only():
    ex = extraction("Title\n\nThe Japanese cabinet named a panel to enforce its new Digital Inclusion Act.")
    act = next(m for m in ex.mentions if m.text == "Digital Inclusion Act")
    assert act.authority_ids == ()


def test_guard_a_national_law_keeps_its_match_where_its_country_is_named():
    ex = extraction("Title\n\nKorean lawmakers passed the AI Basic Act, and Japan is watching.")
    act = next(m for m in ex.mentions if m.text == "AI Basic Act")
    assert act.authority_ids == ("initiative/korea-ai-basic-act",)


def test_a_body_that_ends_with_its_acronym_ends_before_and_the_next_body():
    ex = extraction("Title\n\nShe asked for talks of the Data Rights Division (DRD) and the Cyber Ministry.")
    assert "Cyber Ministry" in {m.text for m in ex.mentions}
    assert not any("and the" in m.text for m in ex.mentions)


def test_a_spokesperson_for_a_prime_minister_names_the_prime_minister_and_spokeswoman_is_a_title():
    ex = extraction("Title\n\nA spokesman for British Prime Minister Tom Roe said no. "
                    "Ruritania Cabinet spokeswoman Ann Doe quoted him.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == \
        {"Tom Roe": "Prime Minister", "Ann Doe": "Spokesperson"}


def test_two_titles_joined_by_and_after_a_bodys_acronym_and_possessive():
    ex = extraction("Title\n\nThe view came from the Data Trust Agency (DTA)’s CEO and Managing Director, Lia Roe, "
                    "at the event.")
    assert {(r.subject.text, r.object and r.object.text) for r in ex.relations if r.relation == "holdsPosition"} == \
        {("Lia Roe", "Data Trust Agency")}


def test_chief_data_and_ai_officers_and_a_month_written_short_after_a_title():
    found = people("Title\n\nRuritania Chief Data and AI Officer Ina Roe leads the work. "
                   "Ed Doe became the agency’s CAIO Jan. 1.")
    assert found == {"Ina Roe": "Chief AI Officer"}


def test_a_ranked_ministers_portfolio_ending_in_technologies_is_no_company():
    ex = extraction("Title\n\nOleg Roe, First Deputy Minister of Digital Technologies of Latvia, met officials.")
    assert not any(m.cls == "Company" for m in ex.mentions)


def test_a_bodys_acronym_in_capitals_after_a_title_is_no_family_name():
    ex = extraction("Title\n\nFrom the Latium Data Support Center (LDSC), Dr. TANAKA Emi, Secretary General of the Latium "
                    "LDSC, spoke.")
    assert "LDSC" not in {m.text for m in ex.mentions if m.cls == "Person"}


def test_a_post_in_charge_of_a_ministry_leaves_the_ministrys_name_whole():
    ex = extraction("Title\n\nJane Roe, Additional Secretary in Charge of the Ministry of Roads and Data, spoke.")
    assert "Ministry of Roads and Data" in {m.text for m in ex.mentions}


def test_a_speaker_label_in_capitals_names_the_speaker_not_the_posts_words():
    found = people("Title\n\nSENATOR JANE ROE, MINISTER FOR ROADS AND DATA AND MINISTER FOR THE ARTS: We will act.")
    assert found == {"JANE ROE": "Senator"}


def test_a_body_the_data_knows_after_the_last_and_is_a_second_organiser():
    ex = extraction("Title\n\nThe workshop was organized by the Ministry of Roads and Data and UNESCO, with the UN.")
    assert {m.text for m in ex.mentions if m.cls == "GovernmentBody"} == {"Ministry of Roads and Data"}


def test_a_body_the_data_knows_after_and_the_ends_a_ministry_whose_name_has_an_and():
    ex = extraction("Title\n\nThe forum was organized by the Ministry of Science and Technology and the OECD.")
    assert {m.text for m in ex.mentions if m.cls != "Summit"} == {"Ministry of Science and Technology", "OECD"}


def test_a_post_written_after_the_name_without_a_comma_is_no_part_of_it():
    assert people("Title\n\nThe ministry hosted Professor Jan Roe Prime Minister’s advisor for Data, to give a "
                  "lecture.") == {"Jan Roe": "Professor"}
    assert people("Title\n\nThe talks were led by Ambassador Jan Roe Director of the Data Council and others.") == \
        {"Jan Roe": "Ambassador"}


def test_a_family_names_lower_case_article_and_a_second_style_before_the_name():
    assert people("Title\n\nFor his part, Assistant Secretary-General and Head of the Data Sector at the League of "
                  "Latin States, Ambassador Dr Omar bin Saeed al-Dimas, stated that the meeting went well.") == \
        {"Omar bin Saeed al-Dimas": "Ambassador"}
    assert people("Title\n\nFor his part, Assistant Secretary-General Ambassador Dr Omar bin Saeed al-Dimas "
                  "stated that the meeting went well.") == {"Omar bin Saeed al-Dimas": "Ambassador"}


def test_a_national_organization_is_one_countrys_body():
    ex = extraction("Title\n\nThe National Data Organization began work on Monday, its head said.")
    assert {m.text: m.cls for m in ex.mentions} == {"National Data Organization": "GovernmentBody"}


def test_a_meetings_name_then_in_and_a_capitalised_word_is_where_it_met():
    ex = extraction("Title\n\nOn December 7, Ruritania launched its strategy during the 3rd Latium Start-up "
                    "Conference in Ostrava. It aims high.")
    assert pairs(ex, "heldIn") == {("Latium Start-up Conference", "Ostrava")}


def test_guard_in_support_of_after_a_meeting_names_no_place():
    ex = extraction("Title\n\nShe spoke at the Global Data Forum in Support of Roads, then left.")
    assert pairs(ex, "heldIn") == set()


def test_a_post_the_title_table_does_not_list_ending_in_officer_or_manager_at_a_body():
    ex = extraction("Title\n\n1. Data Journey : Mr. Jan Roe, Deputy Chief ICT Officer at the GovTech Agency, spoke. "
                    "Ms. Ana Doe, Senior Programme Manager at the Data Agency, spoke.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == \
        {"Jan Roe": "Deputy Chief ICT Officer", "Ana Doe": "Senior Programme Manager"}
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "GovTech Agency"), ("Ana Doe", "Data Agency")}


def test_a_portfolios_public_service_is_no_name():
    assert people("Title\n\nMinister for Finance and the Ruritanian Public Service, Senator the Hon Jane Roe, said the "
                  "framework is a key step.") == {"Jane Roe": "Senator"}


def test_a_university_named_in_french_is_no_person():
    ex = extraction("Title\n\nThe UK has asked Jan Roe, the Institute’s Founder, Full Professor at Université de "
                    "Montréal, Canada CIFAR AI Chair and award winner, to chair the report.")
    assert {m.text for m in ex.mentions if m.cls == "Person"} == {"Jan Roe"}


def test_where_a_body_is_based_is_no_part_of_its_name():
    ex = extraction("Title\n\nThe Ostrava-based Data Freedom Coalition was established in 2011.")
    assert "Data Freedom Coalition" in {m.text for m in ex.mentions}


def test_a_city_the_data_does_not_know_with_its_country_after_it_ends_a_meetings_name():
    ex = extraction("Title\n\nThis Forum was the first of its kind, following the first Latium Forum on Data in "
                    "Africa in Ostrava, Czechia, in December 2018.")
    assert pairs(ex, "heldIn") == {("Latium Forum on Data in Africa", "Ostrava")}


def test_the_chair_of_a_group_is_not_the_chair_of_the_documents_summit():
    ex = extraction("Title\n\nAt the Ostrava Data Summit in June the initiative was launched. The focus group operated "
                    "from 2018 to 2023 and was chaired by Prof. Jan Roe, Executive Director at the Latium Institute.")
    assert pairs(ex, "chaired") == set()


def test_guard_a_summit_chaired_by_someone_keeps_its_chair():
    ex = extraction("Title\n\nThe Ostrava Data Summit was chaired by Prof. Jan Roe, Executive Director at the "
                    "Latium Institute.")
    assert pairs(ex, "chaired") == {("Jan Roe", "Ostrava Data Summit")}


def test_an_acronym_alone_before_and_the_is_a_body_of_its_own():
    ex = extraction("Title\n\nThe fine follows a joint announcement in 2021 between the ICO and the Office for the "
                    "Ruritanian Information Commissioner to fine the firm.")
    assert "Office for the Ruritanian Information Commissioner" in {m.text for m in ex.mentions}
    assert not any(" and the " in m.text for m in ex.mentions)


def test_a_country_before_and_national_is_no_part_of_the_countrys_own_text():
    ex = extraction("Title\n\nWe are developing a cybersecurity strategy for Tonga and National Digital Strategy so AI "
                    "governance will be part of it.")
    assert "National Digital Strategy" in {m.text for m in ex.mentions}
    assert pairs(ex, "launched") == set()


def test_a_court_is_a_body():
    ex = extraction("Title\n\nRuritania’s Superior Electoral Court, the body responsible for the election, approved a "
                    "resolution on February 27, 2024.")
    assert {m.text: m.cls for m in ex.mentions} == {"Superior Electoral Court": "GovernmentBody"}


def test_joining_forces_is_no_signing():
    ex = extraction("Title\n\nOn April 21, the National Data Alliance (NDA) was presented in Mexico. Within this "
                    "initiative, Ana Roe, on behalf of UNESCO and NDA, joined forces to carry out a diagnosis of AI in "
                    "Mexico.")
    assert pairs(ex, "signed") == set()


def test_a_portfolio_ends_before_and_the_next_listed_person():
    ex = extraction("Title\n\nThe MoU was signed by Ali Roe, Deputy Minister for Infrastructure and Digital "
                    "Transformation, and Ana Doe, General Manager of Microsoft Egypt, in the presence of officials.")
    assert {(r.subject.text, r.object and r.object.text) for r in ex.relations if r.relation == "holdsPosition"} == \
        {("Ali Roe", None), ("Ana Doe", "Microsoft")}


def test_a_minister_delegate():
    assert people("Title\n\nAna Lopez Roe, Morocco’s Minister Delegate for Digital Transition, highlighted the "
                  "efforts on Wednesday in Lisbon.") == {"Ana Lopez Roe": "Minister Delegate for Digital Transition"}


def test_a_meetings_year_before_in_and_its_city():
    ex = extraction("Title\n\nThe minister spoke at the Acme AI Leadership Conference 2025 in Ostrava Springs on "
                    "Tuesday.")
    assert pairs(ex, "heldIn") == {("Acme AI Leadership Conference 2025", "Ostrava Springs")}


def test_bin_inside_a_bodys_name():
    ex = extraction("Title\n\nThe Omar bin Saeed University of Data opened in Ostrava on Monday, said its chair.")
    assert "Omar bin Saeed University of Data" in {m.text for m in ex.mentions}


def test_the_next_summit_is_not_where_a_gathering_met():
    ex = extraction("Title\n\nOver 150 representatives gathered in Cartagena de Indias, Colombia, on 27-29 November "
                    "2023, to advance cooperation towards the next Latium-Andes Summit, to be held in Colombia in 2025.")
    assert not any(r.relation in ("heldIn", "startDate", "endDate") for r in ex.relations)


def test_a_report_to_be_launched_is_not_launched_yet():
    ex = extraction("Title\n\nThis was held on the margins of the 6th Ostrava Data Dialogue, organised by the Latium "
                    "High-Level Panel on Data (LPD). In the LPD report to be launched in December 2022, the panel "
                    "provides guidelines.")
    assert pairs(ex, "launched") == set()


def test_a_short_reference_the_text_defines_in_quotes_is_no_name():
    ex = extraction("Title\n\nThe Ad Hoc Committee on Data (“LDC” or “the Committee”) held its 3rd plenary meeting "
                    "online on 15-17 December 2020.")
    assert "the Committee" not in {m.text for m in ex.mentions}


def test_two_capitalised_words_without_a_head_before_and_the_and_a_body():
    ex = extraction("Title\n\nThe index, prepared by Oxford Data and the International Development Research Centre, "
                    "ranks Tunisia.")
    assert "International Development Research Centre" in {m.text for m in ex.mentions}


def test_those_who_also_attended_an_event_someone_presided_over_did_not_chair_it():
    ex = extraction("Title\n\nThe event, presided over by HM King Jan III, was also attended by the Minister for "
                    "Industry, Ana Roe, and the Minister for Data, Ed Doe, at the Ostrava Data Congress 2024.")
    assert pairs(ex, "chaired") == {("Jan III", "Ostrava Data Congress 2024")}


def test_a_bodys_unit_after_its_possessive_holds_the_post():
    ex = extraction("Title\n\nKatie Roe, director of NSF’s Office of Advanced Cyberinfrastructure, said the pilot works.")
    assert pairs(ex, "holdsPosition") == {("Katie Roe", "Office of Advanced Cyberinfrastructure")}


def test_a_commission_named_with_its_countrys_demonym_is_that_countrys_body():
    ex = extraction("Title\n\nThe Irish Data Protection Commission opened an inquiry.")
    assert {m.text: m.cls for m in ex.mentions} == {"Irish Data Protection Commission": "GovernmentBody"}


def test_a_french_schools_name_is_no_person():
    assert people("Title\n\nThe tone is positive, said Ana Roe, the president of the Ecole Normale Supérieure's "
                  "board of directors.") == {"Ana Roe": "President"}


def test_a_senior_post_names_no_text_a_middle_initial_without_its_stop_and_an_excellency():
    ex = extraction("Title\n\nAna Roe, Senior Director of Strategy and Operational Policies at the Bank, linked AI "
                    "adoption to the Bank’s plan.")
    assert not any(m.cls == "Strategy" for m in ex.mentions)
    assert people("Title\n\nAI can expand inclusion, said Gilbert F Roe, Director-General of ILO.") == \
        {"Gilbert F Roe": "Director-General"}
    assert people("Title\n\nThe toolkit was launched by HE Ana Roe, Minister of ICT of Rwanda.") == \
        {"Ana Roe": "Minister of ICT"}


def test_an_acronym_company_at_the_end_of_a_sentence_leaves_the_full_stop():
    ex = extraction("Title\n\nThe fund is run with the network, said Ana Roe, CEO of LDTN.")
    assert pairs(ex, "holdsPosition") == {("Ana Roe", "LDTN")}


def test_made_in_italy_is_part_of_a_ministrys_name_the_data_knows():
    ex = extraction("Title\n\nThe conference was convened with the Ministry of Enterprises and Made in Italy (MMIT), "
                    "InnoVit and CDP.")
    assert ("Ministry of Enterprises and Made in Italy", ("org/mimit",)) in \
        {(m.text, m.authority_ids) for m in ex.mentions}


def test_a_month_then_and_in_the_before_a_name():
    ex = extraction("Title\n\nThe dialogue was agreed on during the President's visit to Ruritania this past July and "
                    "in the Ostrava Declaration, which was signed by Prime Minister Jan Roe.")
    assert "Ostrava Declaration" in {m.text for m in ex.mentions}


def test_the_last_in_after_a_head_is_where_it_met_and_efficiency_ends_a_portfolio():
    ex = extraction("Title\n\nThe minister spoke at the Future of AI in Latium Conference in Ostrava on Friday.")
    assert pairs(ex, "heldIn") == {("Future of AI in Latium Conference", "Ostrava")}
    assert people("Title\n\nCina Roe, Minister of Public Service Efficiency and Digital Transformation of Togo, "
                  "spoke.") == {"Cina Roe": "Minister of Public Service Efficiency and Digital Transformation"}


def test_an_administration_is_a_body_but_a_leaders_administration_is_not():
    ex = extraction("Title\n\nThe Latium National Data Administration (LNDA) met the Biden Administration's envoys.")
    names = {m.text: m.cls for m in ex.mentions}
    assert names.get("Latium National Data Administration") == "GovernmentBody"
    assert "Biden Administration" not in names


def test_a_body_ending_in_its_head_word_then_and_a_second_body_with_and_inside_its_name():
    ex = extraction("Title\n\nThe heads of the Ostrava Patent Office and Latium Patent and Trademark Office met.")
    assert {m.text for m in ex.mentions} >= {"Ostrava Patent Office", "Latium Patent and Trademark Office"}


def test_an_acronym_the_document_spells_out_as_another_body_is_that_bodys_all_through_it():
    # IEC is the International Electrotechnical Commission in the authority data; here it is the
    # electoral commission the text defines, in that sentence and after it
    ex = extraction("Title\n\nThe Electoral Commission of Ruritania (IEC) says it is ready. Jan Roe said the IEC "
                    "would partner with others.")
    iec = [m for m in ex.mentions if m.text == "IEC"]
    assert len(iec) == 2 and not any(m.authority_ids for m in iec)
    named = next(m for m in ex.mentions if m.text == "Electoral Commission of Ruritania")
    assert {m.cls for m in iec} == {named.cls}


def test_guard_an_acronym_spelled_out_as_the_body_the_data_knows_keeps_it():
    ex = extraction("Title\n\nThe Organisation for Economic Co-operation and Development (OECD) met. The OECD said so.")
    assert all(m.authority_ids == ("org/oecd",) for m in ex.mentions if m.text == "OECD")


def test_in_a_list_of_names_each_with_a_post_after_it_a_post_is_not_the_next_names():
    ex = extraction("Title\n\nThe event featured Jan Novak, UN Secretary-General's Envoy on Data, Marta Elena Kowalska, "
                    "Minister of Labour and Social Policies, Italy, Piotr Suarez Zielinski, Secretary-General of the "
                    "International Organisation of Employers (IOE), and Ana Roe, Director of the Research Department.")
    held = {(r.subject.text, r.object.text if r.object else None) for r in ex.relations if r.relation == "holdsPosition"}
    assert held == {("Marta Elena Kowalska", None),
                    ("Piotr Suarez Zielinski", "International Organisation of Employers"),
                    ("Ana Roe", "Research Department")}


def test_guard_a_post_and_a_comma_before_the_name_who_holds_it():
    ex = extraction("Title\n\nWhile addressing the gathering, the Deputy Minister of Foreign Affairs, Marta Kowalska, "
                    "expressed gratitude.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {
        "Marta Kowalska": "Deputy Minister of Foreign Affairs"}


def test_whoever_introduced_a_meeting_someone_chaired_did_not_chair_it():
    ex = extraction("Title\n\nThe 12th Plenary Meeting of the Latium Commission for Data Justice took place in "
                    "Ostrava. The meeting, chaired by Jana Novakova, President of the Commission, was introduced by "
                    "Petr Dvorak, Head of the Department for Justice.")
    assert {p for p, _ in pairs(ex, "chaired")} == {"Jana Novakova"}


def test_two_acronyms_after_chair_of_the_are_a_groups_name_no_persons():
    assert people("Security is vital, says Alex Roe, Chair of the ISG SAI.") == {"Alex Roe": "Chair"}


def test_a_known_bodys_name_then_for_and_capitalised_words_is_another_bodys_name():
    ex = extraction("Title\n\nThe European Commission for the Efficiency of Justice (CEPEJ) met in Strasbourg.")
    names = {m.text for m in ex.mentions}
    assert "European Commission for the Efficiency of Justice" in names and "European Commission" not in names


def test_what_a_launch_answers_and_a_launch_at_an_unnamed_event_give_nothing_to_the_documents_summit():
    ex = extraction("Latium Data Summit 2031 opens in Ostrava\n\nThe Latium Data Summit 2031 opened in Ostrava on "
                    "3 March 2031. The Ostrava Observatory on Data and Work was launched on 4 March at a high-level "
                    "online event. The summit adopted the Ostrava Declaration on Data.")
    assert pairs(ex, "launched") == set()
    assert pairs(ex, "adopted") == {("Latium Data Summit 2031", "Ostrava Declaration on Data")}


def test_a_text_a_forum_was_set_up_in_response_to_is_not_what_it_launched():
    ex = extraction("Bank of Latium launches data forum\n\nThe Bank of Latium launched the Latium Data Public-Private "
                    "Forum in Ostrava. Plans for the Forum were set out in June 2029, in response to the Latium Data "
                    "Report, however, it was not successfully launched until 12 October 2030.")
    assert not any(o == "Latium Data Report" for _, o in pairs(ex, "launched"))


def test_a_companys_ai_unit_after_at_names_no_person_called_ai():
    assert pairs(extraction("Title\n\nPartnership on Data welcomes Dr. Jane Roe, Managing Director at Meta AI."),
                 "holdsPosition") == {("Jane Roe", "Meta")}


def test_a_country_owning_the_next_clauses_subject_is_no_host_of_the_summit_before():
    ex = extraction("Title\n\nIn a video message to the ongoing Ostrava Data Summit in India, Japan’s Prime Minister "
                    "Jan Roe emphasized cooperation.")
    assert pairs(ex, "hostCountry") == {("Ostrava Data Summit", "India")}


def test_guard_a_summit_in_a_list_of_host_countries():
    ex = extraction("Title\n\nThe Ostrava Data Summit in India, Japan and Kenya opened.")
    assert {o for _, o in pairs(ex, "hostCountry")} == {"India", "Japan", "Kenya"}


def test_a_process_which_was_established_earlier_is_not_what_the_documents_summit_launched():
    ex = extraction("Latium announces ministerial meeting\n\nThe Latium Data Summit 2031 opened in Ostrava on 3 March "
                    "2031. The ministerial meeting will bring together participants from the Friends Group, a coalition "
                    "supporting the Ostrava AI Process, which was established in May 2023 as part of Group of Seven "
                    "efforts.")
    assert pairs(ex, "launched") == set()


def test_a_summit_listed_after_what_a_report_analyses_launched_none_of_it():
    ex = extraction("Title\n\nThe Latium Institute today published a new report analysing the UK’s proposals for AI "
                    "regulation – the White Paper, as well the Data Bill, the Foundation Models Taskforce and the AI "
                    "Safety Summit.")
    assert pairs(ex, "launched") == set()


def test_guard_a_text_adopted_at_a_summit_named_after_the_verb():
    ex = extraction("Title\n\nLeaders adopted the Ostrava Declaration on the sidelines of the Latium Data Summit.")
    assert pairs(ex, "adopted") == {("Latium Data Summit", "Ostrava Declaration")}


def test_a_ranking_member_of_a_subcommittee_is_a_post_and_the_subcommittee_a_body():
    ex = extraction("Title\n\nU.S. Senators Jane Roe (D-CT) and Jan Doe (R-MO), Chair and Ranking Member of the Senate "
                    "Judiciary Subcommittee on Privacy, Technology, and the Law, will convene a hearing.")
    names = {m.text: m.cls for m in ex.mentions}
    assert names.get("Senate Judiciary Subcommittee on Privacy") == "Organisation"
    assert not any(c == "Person" and "Subcommittee" in t for t, c in names.items())


def test_a_suffix_of_a_name_and_artificial_intelligence_are_no_persons():
    assert people("John B. King, Jr., SUNY Chancellor, said so.") == {}
    assert "Artificial Intelligence" not in people(
        "Today, U.S. Senator Jan Roe, co-chair and co-founder of the Senate Artificial Intelligence (AI) Caucus, spoke.")


def test_congress_then_on_and_a_topic_is_no_meeting():
    ex = extraction("Title\n\nOpenAI CEO Jan Roe and other tech leaders testify to Congress on AI competition with China.")
    assert not any(m.cls == "Summit" for m in ex.mentions)


def test_guard_a_world_congress_on_a_topic_is_a_meeting():
    ex = extraction("Title\n\nThe World Congress on AI Ethics opened in Ostrava.")
    assert {m.text for m in ex.mentions if m.cls == "Summit"} == {"World Congress on AI Ethics"}


def test_a_bodys_name_ends_before_a_comma_and_a_styled_name():
    ex = extraction("Title\n\nSpeakers included Ana Doe, executive director of the Utah Department of Commerce, "
                    "Rep. Jeff Moss and Sen. Kirk Cullimore.")
    held = {(r.subject.text, r.object.text if r.object else None) for r in ex.relations if r.relation == "holdsPosition"}
    assert ("Ana Doe", "Utah Department of Commerce") in held


def test_a_government_and_a_deputy_are_no_names():
    ex = extraction("Title\n\nThe USAID Mission Director, Deputy Minister of Economy, Jan Roe and Ana Doe also spoke.")
    assert "Deputy" not in {m.text for m in ex.mentions if m.cls == "Person"}
    ex = extraction("Title\n\nDr. Jan Roe is Principal Cybersecurity Advisor to the UAE Government.")
    assert "Government" not in {m.text for m in ex.mentions if m.cls == "Person"}


def test_a_post_in_apposition_to_the_name_before_is_not_the_subjects_after():
    ex = extraction("Title\n\nOn the sidelines of GITEX 2025 in Dubai, during a meeting with Dr. Jan Roe, Head of the UAE "
                    "Cybersecurity Council and Principal Cybersecurity Advisor to the UAE Government, Ana Doe discussed "
                    "cyber resilience.")
    assert {r.subject.text for r in ex.relations if r.relation == "holdsPosition"} == {"Jan Roe"}


def test_a_place_before_a_post_and_its_name_is_no_person():
    assert "In Paris" not in people("In Paris, Minister of Data, Jan Roe, said so.")


def test_a_styled_name_after_a_bodys_name_ends_it():
    ex = extraction("Title\n\nLecturer at the Institute of Engineering Dr Jan Roe is a member.")
    assert "Institute of Engineering" in {m.text for m in ex.mentions}
    assert not any("Dr Jan" in m.text for m in ex.mentions)


def test_a_high_commissioner():
    assert people("H.E. Isabelle Roe, the High Commissioner of Canada to Latium, spoke.") == {
        "Isabelle Roe": "High Commissioner"}


def test_a_post_and_a_body_in_brackets_after_a_name_are_that_names():
    ex = extraction("Title\n\nShe was joined by Ana Roe (Deputy Director, Ostrava Art Museum, Latium), and Jan Doe "
                    "(Director-General, Latium National Museum, Latium).")
    assert {m.text for m in ex.mentions if m.cls == "Person"} == {"Ana Roe", "Jan Doe"}
    assert {m.text for m in ex.mentions if m.cls == "Organisation"} >= {"Latium National Museum"}


def test_a_meeting_held_that_the_sentence_does_not_name_is_not_the_body_named_after_it():
    ex = extraction("Title\n\nIn a meeting held on May 1st, 2024, in Rabat, Morocco, Shaikh Jan bin Roe, the "
                    "Secretary-General of the Ostrava Forum for Peace, conferred with Ana Doe.")
    assert not any(r.relation in ("heldIn", "hostCountry", "startDate") for r in ex.relations)


def test_guard_a_named_forum_held_in_a_city():
    ex = extraction("Title\n\nThe Ostrava Forum for Peace was held in Rabat.")
    assert pairs(ex, "heldIn") == {("Ostrava Forum for Peace", "Rabat")}


def test_a_text_adopted_in_an_earlier_century_is_not_the_documents_summits():
    ex = extraction("Latium Data Summit 2031 opens\n\nThe Latium Data Summit 2031 opened in Ostrava on 3 March 2031. "
                    "It recalled that after two world wars, the Universal Declaration of Human Rights was adopted in "
                    "1948 and has since guided ethical considerations.")
    assert pairs(ex, "adopted") == set()


def test_a_participle_before_a_comma_and_a_post_is_no_name():
    found = people("Representing Latium, Minister of Finance Ana Roe and Minister of Data Jan Doe participated.")
    assert "Representing Latium" not in found and found.get("Ana Roe") == "Minister of Finance"


def test_the_source_a_sentence_cites_signs_nothing():
    assert signed("According to a statement by the Ministry of Foreign Affairs (MFA), Singapore and France signed "
                  "the France-Singapore General Security Agreement.") == {
        ("Singapore", "France-Singapore General Security Agreement"), ("France", "France-Singapore General Security Agreement")}


def test_the_body_an_agreement_is_signed_to_establish_signs_nothing():
    assert signed("A key highlight is the signing of a Memorandum of Understanding to establish a Franco-Latian "
                  "Binational Center for Artificial Intelligence.") == set()


def test_an_advisers_post_is_not_the_ministers_they_advise():
    found = people("The agreement was signed by the Advisor to the Minister for AI Jane Roe, and AISG Director of AI "
                   "Innovation Jan Doe.")
    assert found.get("Jane Roe") != "Minister for AI"


def test_a_knighthood_is_no_part_of_the_name():
    assert people("UKRI Chief Executive, Professor Dame Jane Roe, said so.") == {"Jane Roe": "Chief Executive"}


def test_a_name_whose_words_start_with_a_capital_with_a_diacritic():
    assert people("Economy Minister Tomislav Ćorić will chair the task force.") == {"Tomislav Ćorić": "Minister"}
    assert people("Commissioner Maroš Šefčovič met Minister Ángel Ruiz.") == {
        "Maroš Šefčovič": "Commissioner", "Ángel Ruiz": "Minister"}


def test_in_a_list_of_posts_each_before_its_name_a_post_after_a_name_is_the_next_names():
    ex = extraction("Title\n\nThe attendees were addressed by the Director of the Ostrava Institute, Jan Roe, the Director "
                    "of the Institute of Information Science (IZUM), Ana Doe, and others.")
    held = {(r.subject.text, r.object.text if r.object else None) for r in ex.relations if r.relation == "holdsPosition"}
    assert ("Jan Roe", "Institute of Information Science") not in held


def test_a_regions_name_after_a_post_is_no_person():
    assert people("Jan Roe has left his role as head of machine learning for Silicon Valley rideshare company Lyft.") == {}


def test_an_executive_vice_president_and_general_counsel_is_a_post_not_a_body():
    ex = extraction("Title\n\nThe committee includes Ana Roe, former EVP and General Counsel of Sony Corporation.")
    assert not any(m.text.startswith("EVP") for m in ex.mentions)


def test_a_ceremony_after_a_post_is_no_person():
    assert people("The Minister for Digital Transformation Retirement Ceremony and Inauguration Ceremony were held.") == {}


def test_a_leaders_led_administration_names_the_leader():
    assert people("Dr. Jan Roe was named Minister in the President Ana Doe-led administration.").get("Ana Doe") == "President"


def test_a_post_with_its_portfolio_then_the_ministry_after_a_comma():
    ex = extraction("Title\n\nJan Roe, Vice-Minister for Policy Coordination (International Affairs), Ministry of Data "
                    "and Communications (MDC), Latium, joined the session. Ana Doe, Deputy Minister for Digital Affairs, "
                    "Ministry of Digital Affairs, Latium, spoke next.")
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "Ministry of Data and Communications"),
                                          ("Ana Doe", "Ministry of Digital Affairs")}


def test_a_minister_of_state_for_a_ministrys_acronym_holds_the_post_there():
    ex = extraction("Title\n\nGuests included Jan Roe, Minister of State for MeitY and Commerce; and others.")
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "MeitY")}


def test_guard_a_body_after_the_next_names_post_is_not_the_first_names():
    ex = extraction("Title\n\nAna Doe, Special Envoy for Technology, and Jan Roe, Director, the Ostrava Data Agency, spoke. "
                    "Eva Lind, Special Envoy for UNESCO, spoke too.")
    held = {(r.subject.text, r.object.text if r.object else None) for r in ex.relations if r.relation == "holdsPosition"}
    assert ("Ana Doe", None) in held and ("Eva Lind", None) in held


def test_a_commission_with_no_word_of_many_states_is_one_countrys_body():
    ex = extraction("Title\n\nThe Securities and Exchange Commission (SEC) and the Ostrava Judicial Council met the "
                    "Economic Commission for Africa.")
    classes = {m.text: m.cls for m in ex.mentions}
    assert classes["Securities and Exchange Commission"] == "GovernmentBody"
    assert classes["Ostrava Judicial Council"] == "GovernmentBody"
    assert classes["Economic Commission for Africa"] == "InternationalOrganisation"


def test_an_acronym_after_a_post_for_the_body_is_no_person():
    assert people("She welcomed Jan Roe, the Managing Director for the PSR, to the meeting.").get("PSR") is None


def test_the_speaker_of_a_speech_is_named_after_by():
    ex = extraction("Title\n\nSpeech by Jan Roe, tenth anniversary of the framework, Lisbon\n\nRemarks by Ana Doe at the "
                    "opening.\n\nStatement by Ostrava Robotics on the law.")
    found = {m.text for m in ex.mentions if m.cls == "Person"}
    assert found == {"Jan Roe", "Ana Doe"}


def test_central_banks_and_financial_bodies_are_known():
    held = pairs(extraction("Title\n\nFederal Reserve Governor Jane Roe spoke. The Reserve Bank of India (RBI) Governor "
                            "Jan Roe met Ana Doe, Chair, Financial Stability Board, in Basel."), "holdsPosition")
    assert held == {("Jane Roe", "Federal Reserve"), ("Jan Roe", "Reserve Bank of India"),
                    ("Ana Doe", "Financial Stability Board")}


def test_the_title_of_a_body_then_the_name_without_the_closing_comma():
    assert pairs(extraction("Title\n\nThe Chief Executive Officer of Smart Africa, Jan Roe has called for a single "
                            "market."), "holdsPosition") == {("Jan Roe", "Smart Africa")}


def test_a_chief_officers_title_for_global_affairs():
    assert people("The delegation was led by Chief Global Affairs Officer Jan Roe.") == {
        "Jan Roe": "Chief Global Affairs Officer"}


def test_a_labour_congress_is_a_body_and_comrade_is_a_style():
    ex = extraction("Title\n\nThe Ostrava Labour Congress met. The Nigeria Labour Congress President, Comrade Jan "
                    "Roe, on Friday called for a tax.")
    assert ("Ostrava Labour Congress", "NonProfitOrganisation") in {(m.text, m.cls) for m in ex.mentions}
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "Nigeria Labour Congress")}


def test_a_union_federation_the_data_knows_holds_its_officers_posts():
    assert pairs(extraction("Title\n\nTUC assistant general secretary, Jan Roe, said so."), "holdsPosition") == \
        {("Jan Roe", "TUC")}


def test_dpm_is_a_deputy_prime_minister():
    assert people("Therefore, said DPM Jan Roe on Thursday, much must be done.") == {"Jan Roe": "Deputy Prime Minister"}


def test_a_launch_dated_to_another_year_is_not_the_document_summits():
    ex = extraction("Title\n\nThe India AI Impact Summit 2026 opened in New Delhi. Building on this, the Government "
                    "launched the Latium Health Mission in 2020 to build an architecture.")
    assert pairs(ex, "launched") == set()


def test_a_post_of_a_field_at_a_body():
    ex = extraction("Title\n\n“We are committed,” said Dr. Jan Roe, Director of Digital Health and Innovation at WHO. "
                    "Ana Doe, a professor of information technology at Ostrava College, agreed.")
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "WHO"), ("Ana Doe", "Ostrava College")}


def test_an_indian_style_before_a_ministers_name_of_three_words():
    ex = extraction("Title\n\nUnion Minister for Health and Family Welfare, Shri Jan Karel Roe, today launched two "
                    "initiatives.")
    assert {m.text for m in ex.mentions if m.cls == "Person"} == {"Jan Karel Roe"}


def test_a_body_the_data_does_not_know_before_its_heads_title_and_name():
    ex = extraction("Title\n\nThe Ostrava Data Agency President Jan Roe called for a tax.")
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "Ostrava Data Agency")}


def test_security_agencies_the_data_knows_and_a_directorate():
    held = pairs(extraction("Title\n\nCISA Director Jan Roe spoke. FBI Director Ana Doe agreed. Eva Lind, Director "
                            "General of the Ostrava Signals Directorate, highlighted it."), "holdsPosition")
    assert held == {("Jan Roe", "CISA"), ("Ana Doe", "FBI"), ("Eva Lind", "Ostrava Signals Directorate")}


def test_a_name_right_after_a_bodys_head_word_before_said_is_no_part_of_the_body():
    ex = extraction("Title\n\nMEP and Chair of the Ostrava Data Panel in the European Parliament Jan Roe said: "
                    "“Trust matters.”")
    assert not any("Jan Roe" in m.text for m in ex.mentions if m.cls != "Person")


def test_the_united_states_before_a_commission_makes_it_no_international_body():
    ex = extraction("Title\n\nThe United States Federal Trade Commission opened an inquiry. The Ostrava Securities "
                    "Commission followed.")
    assert {m.cls for m in ex.mentions if m.text.endswith("Commission")} == {"GovernmentBody"}


def test_a_competition_authoritys_acronym_before_its_chair():
    assert pairs(extraction("Title\n\nACCC Chair, Jan Roe, said the report will cover new developments."),
                 "holdsPosition") == {("Jan Roe", "ACCC")}


def test_an_owners_acronym_before_a_units_acronym_keeps_the_owner():
    ex = extraction("Title\n\nThe National Security Agency’s Data Security Center (NSA DSC) released a guidance.")
    assert {m.authority_ids for m in ex.mentions if m.text == "NSA"} == {("org/nsa",)}


def test_a_continent_after_a_country_is_no_city_where_a_meeting_took_place():
    assert held("The meeting took place amid protests by farmers in India and Europe over costs.") == set()
    ex = extraction("Title\n\nThe meeting took place amid protests by farmers in India and Europe over costs.")
    assert not any(m.cls == "City" for m in ex.mentions)


def test_central_banks_world_bank_group_and_un_agencies_hold_their_heads_posts():
    held_ = pairs(extraction("Title\n\nAt the event, Swiss National Bank Chairman Jan Roe spoke. “AI matters,” World Bank "
                             "Group President Ana Doe said. It was said by WFP Executive Director Eva Lind."),
                  "holdsPosition")
    assert held_ == {("Jan Roe", "Swiss National Bank"), ("Ana Doe", "World Bank Group"), ("Eva Lind", "WFP")}


def test_liaison_after_an_officers_title_is_no_name():
    assert "Liaison" not in people("Jan Roe, director of government affairs Africa and IGA CTO Liaison at Acme said: "
                                   "“We look forward.”")


def test_a_name_after_a_bodys_head_word_at_the_clauses_end_after_its_post():
    ex = extraction("Title\n\nIt was attended by the Chair of the Ostrava Data Panel in the European Parliament Jan Roe.")
    assert not any("Jan Roe" in m.text for m in ex.mentions if m.cls != "Person")


def test_a_post_after_and_the_is_the_second_names_not_the_first_posts():
    ex = extraction("Title\n\nThe Minister of Education, Hon Mr Jan Roe and the Mayor of Ostrava, Mr Ana Doe, also "
                    "attended the event.")
    assert not any(r.subject.text == "Ana Doe" and dict(r.extra).get("title_en") == "Minister of Education"
                   for r in ex.relations if r.relation == "holdsPosition")


def test_an_acronym_ending_a_post_before_the_name_is_no_name():
    found = people("It was signed by Acme’s Head of Education and Government GTM, Jan Roe.")
    assert "GTM" not in found and "Jan Roe" in found


def test_people_and_responsible_are_no_names():
    assert set(people("Jan Roe, Minister of Economy, Minister Responsible for Regional Development, spoke at the "
                      "Mayor of Ostrava Municipal People’s Government office.")) == {"Jan Roe"}


def test_hon_without_a_full_stop_is_a_style():
    assert set(people("The Office of the Minister of Science, Hon Jan Roe KC, published a cabinet paper.")) == {"Jan Roe"}


def test_a_workshop_on_a_topic_held_elsewhere_is_not_the_documents_meeting():
    assert held("The Ostrava AI Summit was noted. Latium expands cooperation, following a major international workshop "
                "on AI capacity building held at Acme University in Beijing.") == set()


def test_named_opening_a_sentence_is_no_part_of_the_bodys_name():
    ex = extraction("Title\n\nNamed the Ostrava Safety Commission (OSC), the body will start in 2026.")
    assert "Ostrava Safety Commission" in {m.text for m in ex.mentions if m.cls == "GovernmentBody"}
    assert not any(m.text.startswith("Named") for m in ex.mentions)


def test_online_safety_regulators_are_known():
    ex = extraction("Title\n\nOfcom said it had opened an investigation. Arcom and Coimisiún na Meán agreed.")
    assert {m.authority_ids for m in ex.mentions} >= {("org/ofcom",), ("org/arcom",), ("org/coimisiun-na-mean",)}


def test_mk_is_a_style_and_their_opens_no_name():
    ex = extraction("Title\n\nSubcommittee Chair MK Orit Roe opened the debate. Their Ostrava Declaration was adopted.")
    assert {m.text for m in ex.mentions} == {"Orit Roe", "Ostrava Declaration"}


def test_a_titles_own_acronym_in_brackets_stands_between_it_and_the_name():
    assert people("Title\n\nThe office is headed by Chief Technology Officer (CTO) Jan Roe. Deputy Attorney General "
                  "(DAG) Lisa O. Dupont spoke.") == {"Jan Roe": "Chief Technology Officer",
                                                     "Lisa O. Dupont": "Deputy Attorney General"}


def test_a_chief_constable_and_the_police_force_after_the_name():
    ex = extraction("Title\n\n“It is a welcome step,” said Chief Constable Jan Roe, Ostrava Police.")
    assert posts(ex) == {("Jan Roe", "Ostrava Police")}
    assert {m.text: m.cls for m in ex.mentions}["Ostrava Police"] == "GovernmentBody"


def test_a_bodys_post_then_a_comma_and_the_name_with_a_verb_after_it():
    ex = extraction("Title\n\nAI will reshape policing as long as it is adopted responsibly, Europol’s executive "
                    "director, Jana Roe has claimed.")
    assert posts(ex) == {("Jana Roe", "Europol")}


def test_guard_a_lower_case_title_a_comma_and_words_in_lower_case_after_the_name_is_still_a_list():
    assert people("Title\n\nShe met a leading AI researcher, Nobel Prize winner Jan Roe spoke.") == {}


def test_a_known_bodys_unit_named_after_it_is_a_body_of_its_own():
    ex = extraction("Title\n\nThe OECD Advisory Board on Data Ethics was set up. The OECD Council met in Paris.")
    assert {m.text for m in ex.mentions if m.cls in ("Organisation", "InternationalOrganisation")} == \
        {"OECD Advisory Board on Data Ethics", "OECD"}


def test_a_family_name_appointed_after_a_style_is_the_person_named_in_full():
    text = ("Title\n\nAcme CEO Jan Roeland was quoted. Last year, Mr Roeland was appointed Chairman of Ostrava "
            "Park Holdings.")
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {})
    assert [e.labels["en"] for e in res.entities.values() if e.cls == "Person"] == ["Jan Roeland"]
    assert {(f.subject, f.object) for f in res.facts if f.predicate == "holdsPosition"} >= \
        {("person/jan-roeland", "org/ostrava-park-holdings")}


def test_a_lower_case_title_is_the_capitalised_titles_post_and_a_company_before_it_holds_it():
    ex = extraction("Title\n\nOstrava Bank chief executive Jan Roe will stay on until 2028.")
    assert {(r.subject.text, r.object.text if r.object else "", dict(r.extra).get("title_en"))
            for r in ex.relations if r.relation == "holdsPosition"} == {("Jan Roe", "Ostrava Bank", "Chief Executive")}


def test_a_speakers_i_am_is_no_part_of_the_name():
    assert people("Title\n\nI’m Jan Roe, the director of the Ostrava Center for AI here.") == {"Jan Roe": "Director"}


def test_chaired_by_after_a_bodys_name_is_the_bodys_chair_not_the_meetings():
    ex = extraction("Title\n\nThe Fall National Meeting was held in Orlando. The bulletin reflects the work of the "
                    "Ostrava Data Committee, chaired by Commissioner Jan Roe.")
    assert pairs(ex, "chaired") == set()


def test_a_state_assembly_is_a_government_body():
    ex = extraction("Title\n\nA member of the Ostrava State Assembly spoke at the workshop.")
    assert {m.text: m.cls for m in ex.mentions}.get("Ostrava State Assembly") == "GovernmentBody"


def test_mr_and_a_family_name_before_who_is_the_person_named_in_full():
    text = "Title\n\nAcme CEO Jan Roeland spoke. Mr Roeland, who was speaking in Mumbai, expects more."
    assert {m.text for m in extraction(text).mentions if m.cls == "Person"} == {"Jan Roeland", "Roeland"}
    res = resolve(extract_many([Document("doc", "doc.txt", text, DocMeta(), "0" * 64)]), {})
    assert [e.labels["en"] for e in res.entities.values() if e.cls == "Person"] == ["Jan Roeland"]


def test_a_known_bodys_name_before_a_title_and_a_name_is_no_unit():
    ex = extraction("Title\n\nMember states must act, says Council of Europe Commissioner for Human Rights Jana Roe.")
    assert {m.text for m in ex.mentions} == {"Council of Europe", "Jana Roe"}


def test_a_law_school_before_its_country_in_brackets_is_no_city_nor_is_a_region():
    ex = extraction("Title\n\nThe Human Rights Clinic at Ostrava Law School (Latium) wrote it. As the largest nation in "
                    "Southeast Asia, Indonesia leads.")
    assert not any(m.cls == "City" for m in ex.mentions)


def test_the_body_in_its_own_apposition_may_start_with_a_capital_the():
    ex = extraction("Title\n\n“It is intrusive,” says senior legal adviser Jana Roe, The Ostrava Institute of Human Rights.")
    assert posts(ex) == {("Jana Roe", "Ostrava Institute of Human Rights")}


def test_a_companys_legal_form_with_its_full_stop_ends_its_name_before_and():
    ex = extraction("Title\n\nThe centre was built with Ostrava Engineering Inc. and Latium Pharmaceutical Company Limited.")
    assert {m.text for m in ex.mentions} == {"Ostrava Engineering Inc.", "Latium Pharmaceutical Company Limited"}


def test_joined_by_is_who_came_along_not_a_signature():
    ex = extraction("Title\n\nJoined by industry representatives, this round centred on how the UK can drive forward its "
                    "goals – supporting the growth which is central to the government’s Ostrava Plan for Change.")
    assert pairs(ex, "signed") == set()


def test_a_sentences_full_stop_is_no_part_of_a_companys_name_after_its_post():
    ex = extraction("Title\n\nThe industry will grow, according to Jan Roe, Group CEO of Ostrava Grid.")
    assert posts(ex) == {("Jan Roe", "Ostrava Grid")}


def test_a_lieutenant_governor_is_no_governor():
    assert people("Title\n\nDesignated by Lt. Gov. Jan Roe as a priority, the bill passed.") == {"Jan Roe": "Lieutenant Governor"}


def test_a_university_named_kind_first_is_no_city():
    ex = extraction("Title\n\nShe is VP Research at Technische Universität Ostrava, Germany. She spoke first.")
    assert not any(m.cls == "City" for m in ex.mentions)


def test_member_clubs_name_no_one():
    assert people("Title\n\nThe Latium Federation and its Member Clubs will support this transition.") == {}


def test_bint_is_a_particle_of_a_name():
    assert people("Title\n\nDhabia bint Ahmed Al-Roe, chairwoman of the Ostrava Association, described the step.") == \
        {"Dhabia bint Ahmed Al-Roe": "Chairwoman"}


def test_a_field_before_a_countrys_possessive_is_no_city():
    ex = extraction("Title\n\nBoth will accelerate cross-border collaborations in AI, Singapore's Ministry of Foreign Affairs "
                    "(MFA) said.")
    assert not any(m.cls == "City" for m in ex.mentions)


def test_a_visits_date_ahead_of_a_meeting_is_not_the_meetings():
    ex = extraction("Title\n\nOn March 14, 2024, Undersecretary Jan Roe visited the Ostrava Institute ahead of the G7 meeting "
                    "dedicated to AI to be held in Trento. Hosting the G7 summit on AI is a source of pride.")
    assert not [r for r in ex.relations if r.relation in ("startDate", "endDate")]


def test_the_nearest_capitalised_title_before_a_name_is_its_post():
    assert people("Title\n\nAccording to sources close to the Secretary of State, the Catalan told the Minister of Data "
                  "Affairs, Jan Roe, who had kept her in post.") == {"Jan Roe": "Minister of Data Affairs"}


def test_a_meeting_prepared_for_is_not_the_documents_meeting():
    ex = extraction("Title\n\nThe Ostrava AI Meeting opened in Paris. The results will help to prepare for the summit to be "
                    "held in Biarritz from 24 to 26 August 2019.")
    assert held_all(ex) == {("heldIn", "Ostrava AI Meeting", "Paris")}


def test_a_bodys_acronym_in_mixed_case_after_a_title_is_no_name():
    assert people("Title\n\nThe meet was addressed by Jan Roe Secretary MeitY, Ana Doe CEO, NeGD/DIC and Ed Roe, Special "
                  "Secretary.") == {"Ed Roe": "Secretary"}


def test_a_municipal_corporation_is_a_government_body():
    ex = extraction("Title\n\nIt was hosted by the Ostrava Municipal Corporation.")
    assert {m.text: m.cls for m in ex.mentions}["Ostrava Municipal Corporation"] == "GovernmentBody"


def test_emeritus_and_a_lower_case_title_before_a_noun_name_no_one():
    assert people("Title\n\nDr. Jan Roe, Professor of Medicine and President Emeritus, University of Ostrava, spoke. The "
                  "meeting was hosted by the Accademia dei Lincei, an IAP member academy.") == {"Jan Roe": "Professor"}


def test_a_ceremony_and_an_acronym_of_two_joined_by_a_hyphen_are_no_names():
    assert people("Title\n\nSpeaking during the Ceremony, The Chief Executive Officer, OSTRA-LATIA, H.E Jana Roe-Doe "
                  "emphasized the partnership.") == {}


def test_prof_without_its_full_stop_is_a_style():
    assert people("Title\n\nProf Jan Roe, Senior Advisor at the Ostrava Office of Science, opened the dialogue.") == \
        {"Jan Roe": "Advisor"}


def test_a_sentence_opening_conjunction_is_no_part_of_a_name():
    assert "Ostrava Anti-Doping Agency" in {m.text for m in extraction("Title\n\nBut the Ostrava Anti-Doping Agency said it "
                                                                       "would fund three projects.").mentions}


def test_a_representative_and_the_committee_they_sit_on():
    ex = extraction("Title\n\nIn a statement, Rep. Jan Roe (N.Y.), the top Democrat on the Committee on Data Administration, "
                    "said it was wrong.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {"Jan Roe": "Representative"}
    assert "Committee on Data Administration" in {m.text for m in ex.mentions}


def test_a_common_nouns_post_in_apposition_and_a_double_barrelled_name():
    ex = extraction("Title\n\nJan Roe-Ireland, the union’s executive director, said the terms include consent.")
    assert {m.text: m.title_en for m in ex.mentions if m.cls == "Person"} == {"Jan Roe-Ireland": "Executive Director"}
    assert not any(m.cls == "Country" for m in ex.mentions)


def test_a_country_after_a_hyphen_and_a_family_name_is_no_country():
    ex = extraction("Title\n\nAt a press conference, Roe-Ireland said the union wants it. US-Ireland talks went on.")
    assert [m.text for m in ex.mentions if m.cls == "Country"] == ["US", "Ireland"]


def test_his_excellency_without_its_last_full_stop_and_the_next_styled_person():
    assert people("Title\n\nThe Ambassador of Latium to Kenya, H.E Jan Roe and H.E. Ambassador Ana Doe, the Special Envoy "
                  "on Technology for Kenya attended the workshop.") == {"Jan Roe": "Ambassador", "Ana Doe": "Ambassador"}


def test_a_ministers_portfolio_ends_before_a_second_post_in_letters():
    ex = extraction("Title\n\nThe evening saw Jan Roe, UK Minister for AI and Online Safety and MP for the Vale of Ostrava, "
                    "bring fresh momentum.")
    assert [dict(r.extra).get("title_en") for r in ex.relations if r.relation == "holdsPosition"] == \
        ["Minister for AI and Online Safety"]


def test_a_society_and_a_library_are_bodies():
    ex = extraction("Title\n\nJan Roe, President of the Latium Artists Copyright Society, spoke at the Library of Ostrava.")
    assert {m.text: m.cls for m in ex.mentions if m.cls != "Person"} == {
        "Latium Artists Copyright Society": "NonProfitOrganisation", "Library of Ostrava": "Organisation"}
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "Latium Artists Copyright Society")}


def test_attending_the_workshop_is_not_attending_the_documents_summit_of_another_kind():
    ex = extraction("Title\n\nOn 26 August 2024, the Data Lab convened experts for a policy workshop in Nairobi.\n\n"
                    "The Ambassador of Latium to Kenya, Jan Roe, attended the workshop and gave opening remarks.\n\n"
                    "AI is a subject of processes such as the World Summit on the Information Society.")
    assert pairs(ex, "attended") == set()


def test_an_ambassador_of_an_unknown_country_is_not_the_host_countrys():
    ex = extraction("Title\n\nThe Ambassador of Latium to Kenya, Jan Roe, opened the workshop.")
    assert [(r.subject.text, r.object) for r in ex.relations if r.relation == "holdsPosition"] == [("Jan Roe", None)]


def test_a_post_of_a_bodys_acronym_defined_in_another_sentence():
    ex = extraction("Title\n\nThe Ostrava Film Institute (OFI) published a report.\n\n“AI is here,” said Jan Roe, the OFI’s "
                    "Director of Research & Innovation.\n\nOFI’s Director-General Ana Doe spoke. Ed Poe, OFI Chief "
                    "Executive, said so.")
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "OFI"), ("Ana Doe", "OFI"), ("Ed Poe", "OFI")}


def test_posts_at_an_acronym_defined_before_in_apposition_after_a_comma_or_at():
    ex = extraction("Title\n\nThe Ostrava Forecast Centre (OFC) went live.\n\nOFC’s Director-General, Jana Roe, said so.\n\n"
                    "Dr Jan Roe, Director at the OFC, welcomed it.")
    assert pairs(ex, "holdsPosition") == {("Jana Roe", "OFC"), ("Jan Roe", "OFC")}


def test_the_body_after_a_common_nouns_owner_holds_the_post():
    ex = extraction("Title\n\nJan Roe, head of the administration's Ostrava Modeling and Prediction Center, said the "
                    "capabilities are strong.")
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "Ostrava Modeling and Prediction Center")}


def test_prof_and_sir_before_a_name_are_styles():
    assert people("Title\n\nThe team were described as heroes by head judge Prof Sir Jan Roe when they were presented "
                  "with the award.") == {"Jan Roe": "Judge"}


def test_acting_between_a_body_and_its_post_before_a_name():
    ex = extraction("Title\n\n“It is critical,” NOAA acting administrator Jan Roe said in the announcement.")
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "NOAA")}


def test_a_nickname_in_quotes_is_no_part_of_the_name_and_a_governor_general():
    assert people("Title\n\nGovernor General Jana “Mother” Roe announced it. Prime Minister Jan “Brave” Poe acknowledged "
                  "it.") == {"Jana Roe": "Governor-General", "Jan Poe": "Prime Minister"}


def test_a_remark_in_brackets_after_a_name_closes_the_apposition():
    assert set(people("Title\n\nIt featured the Deputy Executive Secretary of the Ostrava Commission, Jan Roe (remotely), "
                      "alongside others.")) == {"Jan Roe"}


def test_a_general_manager_of_an_acronym():
    ex = extraction("Title\n\nThe Ostrava Development Agency (ODA) opened a lab. It was joined by Ana Doe, ODA general "
                    "manager for the Caribbean.")
    assert pairs(ex, "holdsPosition") == {("Ana Doe", "ODA")}


def test_an_acronym_in_its_own_apposition_after_the_title():
    ex = extraction("Title\n\nThe Confederation of Ostrava Chambers (COSTRA) backs it.\n\nJan Roe, President, COSTRA, "
                    "highlights the support.")
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "COSTRA")}


def test_a_heading_run_into_the_next_sentence_and_a_countrys_congress():
    ex = extraction("Title\n\nCreate a National Authority for Data The bill establishes that the ministry is the "
                    "authority. It was sent to the Peru Congress on Monday.")
    assert {m.text: m.cls for m in ex.mentions if m.cls != "Country"} == {
        "National Authority for Data": "GovernmentBody", "Peru Congress": "GovernmentBody"}


def test_a_post_inside_a_run_of_capitals_ends_before_the_body_and_the_announcer_is_not_appointed():
    ex = extraction("Title\n\nSecretary of Data Jane Roe announced Ana Doe will serve as the inaugural Director and Ed Poe "
                    "Chief Technology Officer of the Ostrava Safety Institute (OSI).")
    assert "Ostrava Safety Institute" in {m.text for m in ex.mentions}
    assert not any(r.method == "appointed" for r in ex.relations)


def test_an_acronym_after_a_lower_case_title_or_a_portfolio_is_no_name():
    assert people("Title\n\nJana Roe, Minister of Transport and ITC welcomed the idea. Jan Roe, Program Director at EDRi "
                  "member OSTRA, emphasized the risks.") == {"Jana Roe": "Minister of Transport and ITC", "Jan Roe": "Director"}


def test_a_name_cut_by_a_post_ends_in_no_connector_and_a_law_sent_to_a_committee():
    ex = extraction("Title\n\nThe workshop, a programme under the Office of Undersecretary Jana Roe, highlights it. Minister "
                    "Jan Roe presented the draft Law on Data Trusts to the National Assembly Standing Committee.")
    assert {m.text: m.cls for m in ex.mentions if m.cls != "Person"} == {"Law on Data Trusts": "Law"}


def test_an_attache_is_a_post():
    assert people("Title\n\nThe meeting was co-chaired by Mr. Jan Roe (OSTRA Attaché, Director of the Ostrava Data "
                  "programme) and others.") == {"Jan Roe": "Attaché"}


def test_a_plans_acronym_with_its_year_dates_nothing():
    from extract.places import year_hint
    text = ("Title\n\nThe meeting was held on February 9-10 in Ostrava. It welcomed progress in the second year of the "
            "ASEAN Data Masterplan 2025 (ADM 2025), and the ADM 2025 outcomes.")
    assert year_hint(Document("doc", "doc.txt", text, DocMeta(), "0" * 64)) is None
    # (a body's acronym the data knows, with a year, is its meeting of that year)
    assert year_hint(Document("doc", "doc.txt", "Title\n\nThe leaders met on November 1 at APEC 2025.", DocMeta(),
                              "0" * 64)) == 2025


def test_the_peoples_court_and_a_second_body_by_its_acronym():
    ex = extraction("Title\n\nAttendees included Jan Roe, Vice President of the Supreme People's Court of Latium. It "
                    "contrasted the Latium Court of Appeal and the OPO on inventors.")
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "Supreme People's Court of Latium")}
    assert "Latium Court of Appeal" in {m.text for m in ex.mentions}


def test_a_place_named_after_a_king_is_no_title_and_a_headline_with_a_verb_is_no_name():
    ex = extraction("Title\n\nThe minister spoke at King Jan Roe Six National Secondary school on Thursday.")
    assert not any(m.cls == "Person" for m in ex.mentions)
    ex = extraction("UNDP Ostrava And The European Union Host Ostrava Digital Democracy Summit\n\nA summit opened.")
    assert not any(m.text.startswith("UNDP Ostrava") for m in ex.mentions)


def test_a_second_post_of_the_same_body_and_a_lower_case_preposition_opens_no_name():
    ex = extraction("Title\n\nIt brought together Jan Roe, CEO and associate founder of Ostrava University. But for the "
                    "Ostrava Revenue Agency (ORA), the journey was hard.")
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "Ostrava University")}
    assert "Ostrava Revenue Agency" in {m.text for m in ex.mentions}


def test_an_institutes_acronym_and_its_city_after_a_title_is_no_name():
    assert set(people("Title\n\nThe MoU was signed by Professor Jan Roe, Director, IIT Paris, in the presence of the "
                      "minister.")) == {"Jan Roe"}


def test_a_minister_of_state_in_a_ministry():
    ex = extraction("Title\n\nAnnouncing it last week, Jan Roe, Minister of State in the Ministry of Data and Innovation, "
                    "said the funding doubles.")
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "Ministry of Data and Innovation")}
    assert not any(m.text.startswith("State") for m in ex.mentions)


def test_a_bodys_name_ends_at_its_country_before_a_persons_name():
    ex = extraction("Title\n\nThe Chairman of the Data Council under the Ministry of Industry and New Technologies of the "
                    "Republic of Tajikistan Jan Roe held a virtual meeting.")
    assert "Ministry of Industry and New Technologies of the Republic of Tajikistan" in {m.text for m in ex.mentions}


def test_a_bureau_named_by_its_acronym_holds_its_directors_post():
    ex = extraction("Title\n\nThe commission sought the help of the Latium Bureau of Statistics (LBS) against fakes. "
                    "LBS Director Jan Roe said the agreement would help.")
    assert {m.text: m.cls for m in ex.mentions if m.text == "Latium Bureau of Statistics"} == \
        {"Latium Bureau of Statistics": "GovernmentBody"}
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "LBS")}


def test_a_member_states_meeting_and_a_schemes_acronym_name_no_one():
    assert people("Title\n\nThe institute hosted a virtual Member State Exchange on AI and Elections.") == {}
    assert people("Title\n\nThe ministry unveiled a chatbot for the Latium Farmers Scheme (PM-LFS) last week.") == {}


def test_a_food_company_the_data_knows_holds_its_officers_post():
    ex = extraction("Title\n\nThe drive needs new tools, says Jan Roe, Cargill’s CTO and VP of Innovation.")
    assert pairs(ex, "holdsPosition") == {("Jan Roe", "Cargill")}


def test_a_one_word_name_before_of_and_a_place_opens_a_longer_name():
    ex = extraction("Title\n\nJan Roe, Minister for Data and MP for the Vale of Ostrava, spoke. Samsung of South Korea "
                    "and Vale of Brazil joined the coalition.")
    assert [m.text for m in ex.mentions if m.cls == "Company"] == ["Samsung", "Vale"]


def test_two_bodies_after_the_same_preposition_are_not_one_name():
    ex = extraction("Title\n\nThe programme will be under the scope of the National Office for the Evaluation of Data "
                    "Policies and of the National Office for the Protection of Personal Data, the resolution says.")
    assert "National Office for the Evaluation of Data Policies" in {m.text for m in ex.mentions}


def test_honours_and_fellowships_after_a_name_are_no_part_of_it():
    assert people("Title\n\nProfessor Jane Roe AO will continue as Chair of the committee.") == {"Jane Roe": "Professor"}
    assert set(people("Title\n\nProfessors Jane Roe MAE and Jan Poe MAE are reappointed as members.")) == \
        {"Jane Roe", "Jan Poe"}


def test_a_professorship_in_a_field_names_no_one():
    assert people("Title\n\nShe is Professor of Adult Clinical Genetics at the University of Ostrava.") == {}
    assert set(people("Title\n\nMinister for Innovation Jan Petrovics said it.")) == {"Jan Petrovics"}   # a surname


def test_a_parliament_the_data_knows_holds_its_presidents_post():
    ex = extraction("Title\n\nJane Roe, President of the German Bundestag, congratulated the new chair.")
    assert pairs(ex, "holdsPosition") == {("Jane Roe", "German Bundestag")}
