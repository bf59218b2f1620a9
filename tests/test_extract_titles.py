"""Titles of people as real releases write them: one test per way of writing an office."""
from __future__ import annotations

import pytest

from extract_helpers import names, run


def titles(text: str) -> dict[str, list[str]]:
    ex, _ = run(text)
    return {k: v["titles"] for k, v in names(ex).items()}


@pytest.mark.parametrize("text,name,title", [
    ("Mr. Rohan Mehta, Director General, Customs Bureau, led the team.", "Rohan Mehta", "Director General"),
    ("Secretary General Maria Ortega opened the session.", "Maria Ortega", "Secretary General"),
    ("Governor General Peter Cosgrove received him.", "Peter Cosgrove", "Governor General"),
])
def test_compound_offices_written_with_a_space(text, name, title):
    assert titles(text)[name] == [title]


def test_a_body_after_the_country_belongs_to_the_office():
    got = titles("Helen Brooks, Director of the U.S. Trade and Development Agency, said so.")
    assert got["Helen Brooks"] == ["Director of the U.S. Trade and Development Agency"]
    # A name after the country is a name, not a body.
    got = titles("Prime Minister of Japan Kenji Sato met the Board.")
    assert got["Kenji Sato"] == ["Prime Minister of Japan"]


@pytest.mark.parametrize("text,name,title", [
    ("He met Minister of Environment, Water, and Agriculture Faisal al-Harbi.",
     "Faisal al-Harbi", "Minister of Environment, Water, and Agriculture"),
    ("Under Secretary for Economic Growth, Energy, and the Environment Laura Evans spoke.",
     "Laura Evans", "Under Secretary for Economic Growth, Energy, and the Environment"),
    ("Federal Minister of National Health Services, Regulations and Coordination Imran Shah led it.",
     "Imran Shah", "Federal Minister of National Health Services, Regulations and Coordination"),
])
def test_a_list_of_portfolios_with_commas_stays_one_office(text, name, title):
    assert titles(text)[name] == [title]


def test_a_comma_without_a_list_closes_the_office():
    got = titles("Minister of Foreign Affairs, Mauro Vieira, and Minister of Environment, Marina Silva, spoke.")
    assert got == {"Mauro Vieira": ["Minister of Foreign Affairs"], "Marina Silva": ["Minister of Environment"]}
    # After a name and a comma, "and" with an office opens another person.
    got = titles("He met Chairman of the Commission on External Relations Le Van Thanh, and Deputy Minister "
                 "of Defense Tran Quoc Binh.")
    assert got["Le Van Thanh"] == ["Chairman of the Commission on External Relations"]
    assert got["Tran Quoc Binh"] == ["Deputy Minister of Defense"]
    got = titles("Minister for Foreign Affairs Penny Wong spoke.")
    assert got == {"Penny Wong": ["Minister for Foreign Affairs"]}


def test_a_list_of_appointees_gives_each_the_rest_of_the_item_as_office():
    got = titles("Board members\n\nWe announce the following appointments:\n\n"
                 "- Ms Rita Moreno AM, CEO, Bright Lights Films\n"
                 "- Mr Daniel Fox, former national rugby captain\n"
                 "- The Hon. Karen Webb, former Minister for Trade\n"
                 "- Ms Jan Lowe AO PSM, (ex-officio), Secretary, Department of Industry\n"
                 "- Mr Paul Hart, who will chair the first meeting\n")
    assert got["Rita Moreno"] == ["CEO, Bright Lights Films"]
    assert got["Daniel Fox"] == ["former national rugby captain"]
    assert got["Karen Webb"] == ["former Minister for Trade"]
    assert got["Jan Lowe"] == ["Secretary, Department of Industry"]
    assert got["Paul Hart"] == []  # a clause, not an office


def test_a_given_name_that_is_also_a_month_is_a_name_after_an_honorific():
    assert "Jan Lowe" in titles("The board welcomed Ms Jan Lowe, Secretary of the Department.")
    assert titles("The office opened in Jan 2020.") == {}


def test_an_office_said_of_someone_with_as_or_is_or_in_a_list_of_roles():
    got = titles("Appointment\n\nThe Government welcomes the appointment of Lena Marsh as the inaugural Chief Executive "
                 "Officer of the Institute.\n\nLena Marsh has long experience in the region. She was most recently a "
                 "Partner at a consulting firm.\n\nHer previous roles include Regional Vice President of a bank, "
                 "and three years as Chief Operating Officer for an insurer.\n\n"
                 "Lena has led community groups and is Founder of Open Doors.")
    assert got["Lena Marsh"] == ["Chief Executive Officer of the Institute", "Partner", "Regional Vice President",
                                 "Chief Operating Officer", "Founder of Open Doors"]


@pytest.mark.parametrize("text", [
    "Ms Julia Grant acknowledged Mozambique's contribution as the Chair of the Community.",
    "Prime Minister Omar Haddad said that Kenya is a Partner in the effort.",
    "Omar Haddad arrived on Monday. The country is a Partner in the effort.",
    "Omar Haddad arrived on Monday. He said the country is a Partner in the effort.",
])
def test_an_office_said_of_something_else_is_not_the_persons(text):
    got = titles(text)
    assert all(t in ("", "Prime Minister") for ts in got.values() for t in ts), got


def test_a_joint_office_that_no_name_follows_is_one_persons():
    got = titles("They met Dan Ortiz, the firm's Chairman and Chief Executive Officer and Tim Baker, the firm's "
                 "President of International Operations.")
    assert got["Dan Ortiz"] == ["Chairman and Chief Executive Officer"]
    assert got["Tim Baker"] == ["President of International Operations"]
    # An office with a name after it is still another person's.
    assert titles("The Vice President and President Marcos spoke.") == {"Marcos": ["President"]}


def test_ranks_and_offices_written_as_styles_are_titles_too():
    got = titles("He thanked the Trade Minister, Senator Don Carter, and Deputy Minister of Defense "
                 "Sr. Lt. Gen. Hoang Van Minh. Foreign Minister the Hon. Penny Ward spoke.")
    assert got["Don Carter"] == ["Trade Minister", "Senator"]
    assert got["Hoang Van Minh"] == ["Deputy Minister of Defense", "Sr. Lt. Gen."]
    assert got["Penny Ward"] == ["Foreign Minister"]  # a courtesy is not an office


def test_one_plural_office_for_several_names():
    got = titles("The declaration was signed by former Prime Ministers Bob Harris and Paias Wamp in 1987. "
                 "Foreign Ministers Ana Souza, Li Wei and Omar Haddad met. The Prime Ministers welcomed it.")
    assert got == {"Bob Harris": ["former Prime Minister"], "Paias Wamp": ["former Prime Minister"],
                   "Ana Souza": ["Foreign Minister"], "Li Wei": ["Foreign Minister"], "Omar Haddad": ["Foreign Minister"]}


@pytest.mark.parametrize("text,name,expected", [
    ("Prime Minister Kamal Perera met the Ambassador of Japan to Sri Lanka H.E. Mizuno Hideo yesterday.",
     "Mizuno Hideo", ["Ambassador of Japan to Sri Lanka"]),
    ("Secretary to the Prime Minister Mr. Pradeep Silva also participated.", "Pradeep Silva",
     ["Secretary to the Prime Minister"]),
    ("He met the Governor of the Central Bank Dr. Nandana Weera.", "Nandana Weera", ["Governor of the Central Bank"]),
    ("He met Chairman of the Joint Chiefs of Staff General Mark A. Miller.", "Mark A. Miller",
     ["Chairman of the Joint Chiefs of Staff", "General"]),
    ("They met Special Envoy for Climate Change Dr. Sultan Al Hamed. They left.", "Sultan Al Hamed",
     ["Special Envoy for Climate Change"]),
])
def test_a_style_closes_the_office_and_opens_the_name(text, name, expected):
    assert titles(text)[name] == expected


def test_offices_after_a_name_in_apposition():
    got = titles("Press Secretary Karen Pierce briefed reporters. Mr. Sullivan, the National Security Advisor, "
                 "agreed. Ambassador Linda Okafor, the U.S. Representative to the United Nations, spoke.")
    assert got["Karen Pierce"] == ["Press Secretary"]
    assert got["Sullivan"] == ["National Security Advisor"]
    assert got["Linda Okafor"] == ["Ambassador", "U.S. Representative to the United Nations"]
    # A courtesy makes one word a name; a bare word before a comma is not one.
    assert titles("Later, the President spoke.") == {}


def test_a_name_ending_a_sentence_leaves_the_full_stop():
    assert "Tamim bin Hamad Al Thani" in titles("Later, the President met the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.")


def test_transcript_labels_with_a_courtesy_or_an_office_before_a_surname():
    ex, _ = run("Press Briefing by Press Secretary Karen Pierce and John Kirk\n\n"
                "MS. PIERCE: Good afternoon. I am joined by Admiral John Kirk.\n\nMR. KIRK: Good afternoon.\n\n"
                "Q Thanks, John.\n\nSECRETARY BLOCKEN: Thank you very much.\n\nMEDIA CONTACT: press@example.org")
    people = {k: (v["titles"], v["aliases"]) for k, v in names(ex).items()}
    assert people == {"Karen Pierce": (["Press Secretary"], ["Pierce"]), "John Kirk": (["Admiral"], ["Kirk"]),
                      "Blocken": (["Secretary"], [])}


@pytest.mark.parametrize("text,name,title", [
    ("Opposition Leader Sajith Perera also attended.", "Sajith Perera", "Opposition Leader"),
    ("First Lady Jill Baker traveled to Kenya.", "Jill Baker", "First Lady"),
])
def test_more_offices(text, name, title):
    assert titles(text)[name] == [title]


def test_offices_written_in_lowercase_need_more_evidence_of_a_name():
    got = {k: (v["titles"], v["country"]) for k, v in names(run(
        "The prime minister of Japan, Kenji Sato, said so. She also met leader of the National Rescue Party "
        "Kem Sophal to discuss reform. Spain's foreign minister Elena Ruiz spoke.")[0]).items()}
    assert got == {"Kenji Sato": (["Prime Minister of Japan"], "japan"),
                   "Kem Sophal": (["Leader of the National Rescue Party"], None),
                   "Elena Ruiz": (["Foreign Minister"], "spain")}
    # Everyday words after a lowercase office are not a name.
    assert titles("The president of the company, Acme Corp, spoke. He is the leader of the group. "
                  "She was named chair of the board, Sarah Jones said.") == {}


def test_capitals_and_acronyms_before_an_office_belong_to_it_but_names_do_not():
    got = titles("Praise went to Federal Treasurer Wayne Swain and ASIC Chairman Tony Dalton.\n\n"
                 "Tim Rourke joined in May. His previous roles include Acme's India Market Entry Director.\n\n"
                 "The Mayor met with Ana Soriano Minister Joe Bloggs.")
    assert got["Tony Dalton"] == ["ASIC Chairman"]
    assert got["Tim Rourke"] == ["Market Entry Director"]  # the place is left out, the office keeps the rest
    assert got["Joe Bloggs"] == ["Minister"]  # a person's name is not part of the next office


@pytest.mark.parametrize("text,name,expected", [
    ("It was visited by the Minister of Foreign Affairs of Botswana, the Hon Phandu Kgosi, in June.",
     "Phandu Kgosi", ["Minister of Foreign Affairs of Botswana"]),
    ("Also present was Secretary to the Prime Minister G.P. Sapumal.", "G.P. Sapumal", ["Secretary to the Prime Minister"]),
    ("Under Secretary for Economic Growth, Energy, and the Environment Jose W. Fernandes spoke.", "Jose W. Fernandes",
     ["Under Secretary for Economic Growth, Energy, and the Environment"]),
    ("They met Mike Devlin (GM Holden Chairman and Managing Director) and others.", "Mike Devlin",
     ["GM Holden Chairman and Managing Director"]),
    ("Director Aisha Brooks of the U.S. Commercial Service came. President Biden of the United States spoke.",
     "Aisha Brooks", ["Director of the U.S. Commercial Service"]),
    ("President Ranil Perera, who is also the Minister of Finance, presented the budget.", "Ranil Perera",
     ["President", "Minister of Finance"]),
])
def test_more_ways_to_write_an_office_beside_a_name(text, name, expected):
    assert titles(text)[name] == expected


def test_a_country_after_a_name_is_not_a_body_of_the_office():
    assert titles("President Joe Biden of the United States spoke.")["Joe Biden"] == ["President"]


def test_a_surname_one_letter_off_with_the_same_office_is_a_misprint():
    ex, _ = run("Secretary of Trade and Industry Alfredo Pascoal met Ambassador Tai. Secretary Pascual thanked her. "
                "Minister Carter met Ambassador Tai. Minister Cartier left.")
    people = {k: v["aliases"] for k, v in names(ex).items()}
    assert people["Alfredo Pascoal"] == ["Pascual"] and "Pascual" not in people
    assert "Cartier" in people  # no full name to be a misprint of: two people


def test_a_list_item_with_no_courtesy_needs_a_name_as_sure_as_an_untitled_one():
    got = titles("Notes\n\nThe terms:\n\n- Grace Period, thirty days\n- Jane Mbeki, Secretary, Department of Health\n")
    assert got == {"Jane Mbeki": ["Secretary, Department of Health"]}


@pytest.mark.parametrize("text,name,expected", [
    ("Minister of Health Hon. (Dr.) Ramesh Pathi and others participated.", "Ramesh Pathi", ["Minister of Health"]),
    ("Director General (International Affairs) Ms. Ruwani Silva also attended.", "Ruwani Silva",
     ["Director General (International Affairs)"]),
    ("Japanese Ambassador to Sri Lanka MIZUNO Hideaki called on the Prime Minister.", "MIZUNO Hideaki",
     ["Ambassador to Sri Lanka"]),
])
def test_styles_and_names_as_sri_lankan_and_japanese_releases_write_them(text, name, expected):
    assert titles(text)[name] == expected


def test_an_acronym_in_capitals_is_not_a_surname():
    assert titles("The BRICS Summit opened. Ambassador NEWS Today.") == {}


def test_an_office_in_apposition_after_a_surname_read_later_is_that_persons():
    got = titles("Prime Minister Kamal Gunasena spoke. Gunasena, the Prime Minister, noted the friendship. "
                 "Special Presidential Envoy for Climate John Kerrigan arrived. Kerrigan, the Special Envoy, said so.")
    assert got["Kamal Gunasena"] == ["Prime Minister"]
    assert got["John Kerrigan"] == ["Special Presidential Envoy for Climate", "Special Envoy"]
    # With no person of that name, the office names no one.
    assert titles("Later, the Minister spoke.") == {}


def test_a_title_before_a_thing_named_after_someone_makes_no_person():
    assert titles("The King Charles III Coronation Medal was awarded. The Queen Elizabeth Hospital opened. "
                  "His Majesty King Charles III and Queen Camilla hosted the banquet.") == {
        "Charles III": ["King"], "Camilla": ["Queen"]}
