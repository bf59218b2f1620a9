"""Figure series on a real time axis: spans, error bars, ticks, legend, table rows."""
from __future__ import annotations

import datetime as dt

from communique.site.charts import nice_step, period_span, time_chart


def test_periods_cover_their_real_days():
    assert period_span("2022") == (dt.date(2022, 1, 1), dt.date(2023, 1, 1))
    assert period_span("FY2022-23") == (dt.date(2022, 4, 1), dt.date(2023, 4, 1))
    assert period_span("FY2021") == (dt.date(2020, 10, 1), dt.date(2021, 10, 1))  # a US fiscal year
    assert period_span("2023-12") == (dt.date(2023, 12, 1), dt.date(2024, 1, 1))
    assert period_span("2024-02-29") == (dt.date(2024, 2, 29), dt.date(2024, 3, 1))
    assert period_span("2023-01-01/2023-06-30") == (dt.date(2023, 1, 1), dt.date(2023, 7, 1))
    assert period_span("2023-13") is None and period_span(None) is None


def test_nice_steps():
    assert nice_step(80e9) == 20e9
    assert nice_step(9) == 2.5
    assert nice_step(0.7) == 0.2


def _pt(period, low, high=None):
    return {"period": period, "low": low, "high": high if high is not None else low, "label": period, "href": f"#{period}"}


def test_years_sit_on_a_time_axis_in_proportion_and_ranges_are_error_bars():
    c = time_chart("Trade", [_pt("2023", 65e9), _pt("2020", 10e9), _pt("FY2021-22", 75e9, 80e9), _pt(None, 1)],
                   currency="USD")
    assert [p["period"] for p in c["points"]] == ["2020", "FY2021-22", "2023"]  # time order; undated left out
    x = {p["period"]: (float(p["x1"]), float(p["x2"]), float(p["cx"])) for p in c["points"]}
    year = x["2020"][1] - x["2020"][0]
    # A gap year (2022) takes the room of a year: 2023 starts three years after 2020.
    assert abs((x["2023"][0] - x["2020"][0]) - 3 * year) < 0.2
    # The fiscal year starts a quarter into 2021.
    assert abs((x["FY2021-22"][0] - x["2020"][0]) - 1.25 * year) < 0.6
    rng = next(p for p in c["points"] if p["period"] == "FY2021-22")["range"]
    assert float(rng["y1"]) < float(rng["y2"])  # high is above low on screen
    assert next(p for p in c["points"] if p["period"] == "2020")["range"] is None
    assert [t["label"] for t in c["xticks"] if t["label"]] == ["2020", "2021", "2022", "2023"]
    assert [t["label"] for t in c["yticks"]] == ["0", "20 billion", "40 billion", "60 billion", "80 billion"]
    assert [entry["kind"] for entry in c["legend"]] == ["dot", "range", "span"]
    assert [(r["period"], r["value"]) for r in c["rows"]] == [
        ("2020", "USD 10 billion"), ("FY2021-22", "USD 75\u201380 billion"), ("2023", "USD 65 billion")]
    assert len(c["line"].split()) == 3


def test_no_dated_point_no_chart():
    assert time_chart("x", [_pt(None, 1)]) is None
