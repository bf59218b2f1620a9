"""Figures as real releases write them: counts with describing words, numbers in words,
how long a visit lasts, amounts told twice, spans of years and the release's own rupee."""
from __future__ import annotations

import datetime as dt

import pytest

from communique.extract.dates import find_periods
from extract_helpers import run


def figs(text: str, published=dt.date(2024, 5, 2)) -> list[tuple]:
    ex, _ = run(text, published=published)
    return [(f.value_low, f.currency or f.unit) for f in ex.document.figures]


def test_counts_described_by_names_and_hyphenated_words():
    got = figs("Release\n\nThe ministry delivered 640,000 Sinovac-CoronaVac vaccines and 12 Bushmaster Protected "
               "Mobility Vehicles. More than 4 million Syrian refugees live abroad. The UN will send 35 NGOs.")
    assert got == [(640000, "vaccines"), (12, "Vehicles"), (4e6, "refugees"), (35, "NGOs")]


def test_an_amount_keeps_the_digits_the_text_wrote():
    assert figs("Release\n\nIt adds a further $16.4 million and $0.3 billion.") == [(16400000, "USD"), (300000000, "USD")]
    assert [f.value_low for f in run("Release\n\nIt adds $16.4 million.")[0].document.figures] == [16400000.0]


def test_half_a_million_and_a_bare_dollar_in_a_release_about_hong_kong():
    assert figs("Release\n\nMore than half a million refugees have fled, and a quarter of a million people.") == [
        (500000, "refugees"), (250000, "people")]
    assert figs("Release\n\nWe condemn the arrests in Hong Kong. Hong Kong must stay free. USAID will provide $149 "
                "million to the region.") == [(149e6, "USD")]


def test_counts_written_in_words():
    got = figs("Release\n\nThe delegation signed nine trade agreements and awarded one hundred twenty-five "
               "scholarships. Two hundred nurses will follow, as will three Memoranda of Understanding.")
    assert got == [(9, "agreements"), (125, "scholarships"), (200, "nurses"), (3, "Memoranda")]


@pytest.mark.parametrize("sentence", [
    "The two leaders discussed regional security and the two sides agreed to meet again.",
    "Our three countries share values, as two nations committed to democracy.",
    "They set out cooperation in four key areas and held two rounds of talks.",
    "It owes much to our two ministries and two agencies.",
    "They praised wind and solar \u2013 two sources of clean power.",
    "Five decades of friendship mark the last twenty years of trade.",
    "Thanks. Two follow-ups, and then two quick ones on trade.",
    "I really just wanted to say two very simple words: Thank you.",
    "We have put forward two paths, and it joins the Group of Eight universities.",
])
def test_numbers_in_words_that_count_nothing(sentence):
    assert figs("Release\n\n" + sentence) == []


@pytest.mark.parametrize("sentence", [
    "Allies reaffirmed their Article 5 commitments and Phase 3 projects.",
    "Officials will brief partners on March 14 ministers' meetings.",
    "The 2 +2 ministers met in the capital.",
    "The scheme offers 10 year visas to traders.",
    "The 1990s reforms and COVID-19 vaccines were discussed.",
    "They condemned the 7 October attacks.",
])
def test_labels_dates_and_durations_are_not_counts(sentence):
    assert figs("Release\n\n" + sentence) == []


def test_how_long_a_visit_or_effort_lasts_is_a_figure_but_years_of_partnership_are_not():
    got = figs("Release\n\nDuring her three-day state visit, she opened a 6-month pilot. "
               "It marks five years of partnership and a two-year programme.")
    assert got == [(3, "days"), (6, "months")]


def test_a_ratio_and_the_pair_of_countries_are_no_counts():
    got = figs("Release\n\nThe sector employs 2.2 million Canadians, or 1 in 8 jobs; that's one in 33 people, as "
               "the 2 countries look ahead with 12 partners.")
    assert got == [(2200000, "Canadians"), (12, "partners")]


def test_an_amount_told_again_is_one_figure():
    got = figs("Australia commits $40 million to clean energy\n3 May 2024\n\n"
               "Australia will provide a $40 million package for clean energy. The $40 million will fund solar "
               "farms. A $2 billion facility and a $2 billion programme were also announced.")
    assert got == [(40e6, "AUD"), (2e9, "AUD"), (2e9, "AUD")]


def test_the_same_amount_for_a_new_purpose_stays():
    got = figs("Release\n\nThe United States gave $5 million for health. It gave $5 million for schools.")
    assert got == [(5e6, "USD"), (5e6, "USD")]


@pytest.mark.parametrize("text,period", [
    ("grants of $300 million for 2016-2020.", "2016-2020"),
    ("a $80 million programme over 2024-27.", "2024-2027"),
    ("aid worth $5 million from 2015 to 2018.", "2015-2018"),
    ("Exports rose 60 per cent over the three years from 2019.", "2019-2022"),
    ("Exports rose 6 per cent in 2022-23.", "FY2022-23"),
])
def test_spans_of_years_are_periods(text, period):
    ex, _ = run("Release\n\n" + text, published=dt.date(2024, 5, 2))
    assert [f.period for f in ex.document.figures] == [period]


def test_two_years_in_a_row_are_not_a_span():
    assert [p.value for p in find_periods("in 2019 and 2020", dt.date(2024, 1, 1))] == ["2019", "2020"]


def test_a_bare_rupee_is_the_releases_own():
    got = figs("Release\n\nSri Lanka's Prime Minister said Sri Lanka will spend Rs. 2 billion on rural roads. "
               "Sri Lankan farmers will receive Rs 500 million.")
    assert got == [(2e9, "LKR"), (5e8, "LKR")]


def test_a_rupee_written_out_decides_a_bare_one():
    got = figs("Release\n\nIndia will build a road in Nepal for Rs 300 crore. Nepal and Nepal's partners thanked "
               "India. Exports to Nepal were \u20b9 900 crore.")
    assert got == [(3e9, "INR"), (9e9, "INR")]


def test_a_span_of_years_is_a_valid_period_drawn_over_its_whole_years():
    from pydantic import ValidationError

    from communique.model import Figure
    from communique.site.charts import period_span

    Figure(id="f1", metric="aid", value_low=1, value_high=1, currency="AUD", period="2016-2020")
    with pytest.raises(ValidationError):
        Figure(id="f1", metric="aid", value_low=1, value_high=1, currency="AUD", period="2016-202")
    assert period_span("2016-2020") == (dt.date(2016, 1, 1), dt.date(2021, 1, 1))
    assert period_span("2016-05") == (dt.date(2016, 5, 1), dt.date(2016, 6, 1))


def test_money_in_words_and_an_amount_given_to_a_count():
    got = figs("Release\n\nSri Lanka's council approved two crore rupees for schools. Sri Lanka's cabinet will pay "
               "Rs. 5,000 to 1.2 million families. Deaths per million people fell; a million people marched.")
    assert got == [(2e7, "LKR"), (5000, "LKR"), (1.2e6, "families"), (1e6, "people")]


@pytest.mark.parametrize("sentence", [
    "Executive Order 14028 requirements apply to agencies.",
    "Title 42 expulsions ended and Section 301 tariffs stayed.",
    "Sustainable Development Goal 14 targets were reviewed.",
])
def test_numbered_instruments_are_not_counts(sentence):
    assert figs("Release\n\n" + sentence) == []


@pytest.mark.parametrize("text,low,high,unit", [
    ("Growth of between 10 and 12 per cent is expected.", 10, 12, "percent"),
    ("Aid of NZ$ 5 million was pledged.", 5e6, 5e6, "NZD"),
    ("Loans of 300 million ringgit were signed.", 3e8, 3e8, "MYR"),
    ("It is a market of 1.4bn people.", 1.4e9, 1.4e9, "people"),
])
def test_more_written_forms(text, low, high, unit):
    ex, _ = run("Release\n\n" + text)
    assert [(f.value_low, f.value_high, f.currency or f.unit) for f in ex.document.figures] == [(low, high, unit)]


def test_a_year_over_the_next_is_a_fiscal_year_with_a_slash_too():
    assert [p.value for p in find_periods("exports in 2022/23 rose", dt.date(2024, 1, 1))] == ["FY2022-23"]


def test_percentages_in_words_initials_and_times():
    got = figs("Release\n\nFifty-one percent agreed and tariffs fell to zero per cent. Nearly 2,500 U.S. troops "
               "left at 5 p.m. Officials met on a zero-day flaw. In the Year Two Thousand and Twenty-Four "
               "leaders met.")
    assert got == [(51, "percent"), (0, "percent"), (2500, "troops")]


def test_a_count_out_of_a_total_is_the_count():
    assert figs("Release\n\nThe resolution passed with 141 out of 193 member states in favour.") == [(141, "states")]


def test_the_period_compared_with_is_not_the_figures_own():
    ex, _ = run("Release\n\nThe FY 2023 Request is $60.4 billion, $1.9 billion, or 3 percent, above the Fiscal Year 2022 "
                "Request, and $7.4 billion, or 14 percent, above FY 2021 enacted levels. Exports grew 7.6 percent in "
                "2008 over the previous year.", published=dt.date(2022, 3, 28))
    assert [(f.value_low, f.period) for f in ex.document.figures] == [
        (60.4e9, "FY2023"), (1.9e9, "FY2023"), (3, "FY2023"), (7.4e9, "FY2023"), (14, "FY2023"), (7.6, "2008")]


def test_ringgit_rupiah_sri_lankan_rupees_metric_tonnes_and_an_amount_in_brackets_sharing_the_period():
    ex, _ = run("Release\n\nBilateral trade amounted to US$78.59 billion (RM360.12 billion) from January to November 2024. "
                "The US will provide $65 million (more than 23 billion Sri Lankan rupees) in assistance. Aid worth SLR 2 "
                "billion arrived with 9,000 MT of rice. The target is Rp224.7 trillion.", published=dt.date(2025, 1, 5))
    assert [(f.value_low, f.currency or f.unit, f.period) for f in ex.document.figures] == [
        (78.59e9, "USD", "2024"), (360.12e9, "MYR", "2024"), (65e6, "USD", None), (23e9, "LKR", None),
        (2e9, "LKR", None), (9000, "tonnes", None), (224.7e12, "IDR", None)]
    assert [p.value for p in find_periods("trade in January-June 2023 and in April-January 2023", dt.date(2024, 1, 1))] == [
        "2023", "2023-01"]
