"""Geometry of a figure series on a real time axis, for a template to draw as SVG.

Each period covers its real span of days (a year is 1 January to 31 December; an Indian
fiscal year FY2022-23 is April 2022 to March 2023, a US one FY2021 October 2020 to September 2021), drawn as a thin horizontal bar; the
value sits at the middle of the span. A range (low-high) is an error bar with caps.
"""
from __future__ import annotations

import datetime as dt
import math
import re

from .html import figure_value

W, H, PAD_L, PAD_R, PAD_T, PAD_B = 640, 280, 84, 24, 16, 44


def period_span(period: str | None) -> tuple[dt.date, dt.date] | None:
    """[first day, day after the last) of a period, or None when it has none."""
    if not period:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})", period):
            y = int(m.group(1))
            return dt.date(y, 1, 1), dt.date(y + 1, 1, 1)
        if m := re.fullmatch(r"FY(\d{4})-\d{2}", period):
            y = int(m.group(1))
            return dt.date(y, 4, 1), dt.date(y + 1, 4, 1)
        if m := re.fullmatch(r"FY(\d{4})", period):  # a US fiscal year: October to September, named by its end
            y = int(m.group(1))
            return dt.date(y - 1, 10, 1), dt.date(y, 10, 1)
        if m := re.fullmatch(r"(\d{4})-(\d{4})", period):  # 2016-2020: both years whole
            return dt.date(int(m.group(1)), 1, 1), dt.date(int(m.group(2)) + 1, 1, 1)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", period):
            y, mo = int(m.group(1)), int(m.group(2))
            return dt.date(y, mo, 1), (dt.date(y + 1, 1, 1) if mo == 12 else dt.date(y, mo + 1, 1))
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:/(\d{4}-\d{2}-\d{2}))?", period):
            a = dt.date.fromisoformat(m.group(1))
            b = dt.date.fromisoformat(m.group(2)) if m.group(2) else a
            return a, b + dt.timedelta(days=1)
    except ValueError:  # 2023-13: matches the pattern, names no day
        return None
    return None


def year_fraction(day: dt.date) -> float:
    start = dt.date(day.year, 1, 1)
    days = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / days


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving about `ticks` intervals."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    mag = 10 ** math.floor(math.log10(raw))
    return next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)


def time_chart(title: str, points: list[dict], currency: str | None = None, unit: str | None = None) -> dict | None:
    """points: dicts with period, low, high, label, href (and optional source). Returns
    positions in SVG units, legend entries and table rows, or None when no point has a
    period on the time axis."""
    pts = [(p, span) for p in points if (span := period_span(p["period"]))]
    if not pts:
        return None
    pts.sort(key=lambda t: (t[1], t[0]["low"]))
    t0 = math.floor(min(year_fraction(s[0]) for _, s in pts))
    t1 = math.ceil(max(year_fraction(s[1]) for _, s in pts))
    t1 = max(t1, t0 + 1)
    step = nice_step(max(p["high"] for p, _ in pts))
    top = step * max(1, math.ceil(max(p["high"] for p, _ in pts) / step))
    sx = lambda t: PAD_L + (t - t0) / (t1 - t0) * (W - PAD_L - PAD_R)  # noqa: E731
    sy = lambda v: H - PAD_B - v / top * (H - PAD_T - PAD_B)  # noqa: E731
    every = max(1, math.ceil((t1 - t0) / 12))  # at most about 12 year labels
    xticks = [{"x": f"{sx(y):.1f}", "label": str(y) if (y - t0) % every == 0 and y < t1 else "",
               "label_x": f"{sx(y + 0.5):.1f}"} for y in range(t0, t1 + 1)]
    yticks = [{"y": f"{sy(v):.1f}", "label": "0" if v == 0 else figure_value(v, v, None, None if unit != "percent" else unit)}
              for v in (step * i for i in range(int(round(top / step)) + 1))]
    drawn, rows, line = [], [], []
    for p, (a, b) in pts:
        xa, xb = sx(year_fraction(a)), sx(year_fraction(b))
        mid = (p["low"] + p["high"]) / 2
        d = {"href": p["href"], "period": p["period"], "label": p["label"], "low": _num(p["low"]),
             "high": _num(p["high"]), "cx": f"{(xa + xb) / 2:.1f}", "cy": f"{sy(mid):.1f}",
             "x1": f"{xa:.1f}", "x2": f"{max(xb, xa + 1):.1f}", "range": None}
        if p["high"] > p["low"]:
            d["range"] = {"y1": f"{sy(p['high']):.1f}", "y2": f"{sy(p['low']):.1f}",
                          "c1": f"{(xa + xb) / 2 - 5:.1f}", "c2": f"{(xa + xb) / 2 + 5:.1f}"}
        drawn.append(d)
        line.append(f"{(xa + xb) / 2:.1f},{sy(mid):.1f}")
        rows.append({"period": p["period"], "value": figure_value(p["low"], p["high"], currency, unit),
                     "href": p["href"], "source": p.get("source", "")})
    legend = [{"kind": "dot", "label": "reported value (middle of its period)"},
              {"kind": "span", "label": "period the figure covers"}]
    if any(d["range"] for d in drawn):
        legend.insert(1, {"kind": "range", "label": "range, low to high"})
    return {"title": title, "w": W, "h": H, "left": PAD_L, "right": W - PAD_R, "top": PAD_T, "bottom": H - PAD_B,
            "tick_x": PAD_L - 6, "year_y": H - PAD_B + 18, "xticks": xticks, "yticks": yticks,
            "points": drawn, "line": " ".join(line) if len(line) > 1 else "", "legend": legend, "rows": rows,
            "axis_label": currency or unit or ""}


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(float(v))
