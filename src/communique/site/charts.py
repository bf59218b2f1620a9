"""Figures as SVG drawn at build time (communique/chart.html): no script, no CDN, readable offline.

One chart per series (metric, currency or unit, parties): each period is a point,
a range is drawn as a vertical bar from low to high.
"""
from __future__ import annotations

import re

from .html import figure_value

W, H, PAD_L, PAD_R, PAD_T, PAD_B = 640, 260, 80, 20, 20, 40


def period_x(period: str | None) -> float | None:
    """A position on a time axis: 2022 -> 2022.5, FY2022-23 -> 2023.0, 2023-12 -> 2023.96."""
    if not period:
        return None
    if m := re.fullmatch(r"FY(\d{4})-\d{2}", period):
        return int(m.group(1)) + 1.0
    if m := re.fullmatch(r"(\d{4})", period):
        return int(m.group(1)) + 0.5
    if m := re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", period):
        return int(m.group(1)) + (int(m.group(2)) - 0.5) / 12
    if m := re.match(r"(\d{4})-(\d{2})-(\d{2})/", period):
        return int(m.group(1)) + (int(m.group(2)) - 0.5) / 12
    return None


def chart(title: str, points: list[dict]) -> dict | None:
    """points: dicts with period, low, high, label, href. Returns what communique/chart.html
    draws (positions in SVG units), or None when no point has a period on the time axis."""
    pts = [p for p in points if period_x(p["period"]) is not None]
    if not pts:
        return None
    xs = [period_x(p["period"]) for p in pts]
    x0, x1 = min(xs) - 0.5, max(xs) + 0.5
    top = max(p["high"] for p in pts) * 1.15 or 1.0
    sx = lambda x: PAD_L + (x - x0) / (x1 - x0) * (W - PAD_L - PAD_R)  # noqa: E731
    sy = lambda y: H - PAD_B - y / top * (H - PAD_T - PAD_B)  # noqa: E731
    ticks = [{"y": f"{sy(top / 1.15 * frac) + 4:.1f}", "label": _short(top / 1.15 * frac)} for frac in (0, 0.5, 1)]
    years = [{"x": f"{sx(year):.1f}", "label": year} for year in range(int(x0 + 0.5), int(x1 + 0.5) + 1) if x0 <= year <= x1]
    drawn = []
    for p, x in sorted(zip(pts, xs), key=lambda t: t[1]):
        d = {"href": p["href"], "period": p["period"], "label": p["label"], "low": _num(p["low"]), "high": _num(p["high"]),
             "cx": f"{sx(x):.1f}", "cy": f"{sy(p['low']):.1f}"}
        if p["high"] > p["low"]:
            d["rect"] = {"x": f"{sx(x) - 5:.1f}", "y": f"{sy(p['high']):.1f}",
                         "height": f"{max(1.0, sy(p['low']) - sy(p['high'])):.1f}"}
        drawn.append(d)
    return {"title": title, "w": W, "h": H, "left": PAD_L, "right": W - PAD_R, "top": PAD_T, "bottom": H - PAD_B,
            "tick_x": PAD_L - 6, "year_y": H - PAD_B + 18, "ticks": ticks, "years": years, "points": drawn}


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def _short(v: float) -> str:
    return figure_value(v, v, None, None) if v else "0"
