"""Figures as SVG drawn at build time: no script, no CDN, readable offline.

One chart per series (metric, currency or unit, parties): each period is a point,
a range is drawn as a vertical bar from low to high.
"""
from __future__ import annotations

import re

from .html import attr, esc, figure_value

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


def series_chart(title: str, points: list[dict]) -> str:
    """points: dicts with period, low, high, label, href. Returns an <svg> element."""
    pts = [p for p in points if period_x(p["period"]) is not None]
    if not pts:
        return ""
    xs = [period_x(p["period"]) for p in pts]
    x0, x1 = min(xs) - 0.5, max(xs) + 0.5
    top = max(p["high"] for p in pts) * 1.15 or 1.0
    sx = lambda x: PAD_L + (x - x0) / (x1 - x0) * (W - PAD_L - PAD_R)  # noqa: E731
    sy = lambda y: H - PAD_B - y / top * (H - PAD_T - PAD_B)  # noqa: E731
    out = [f'<svg class="cq-chart" role="img" viewBox="0 0 {W} {H}" width="100%" '
           f'aria-label="{attr(title)}" data-points="{len(pts)}">',
           f"<title>{esc(title)}</title>",
           f'<line x1="{PAD_L}" y1="{H - PAD_B}" x2="{W - PAD_R}" y2="{H - PAD_B}" class="cq-axis"/>',
           f'<line x1="{PAD_L}" y1="{PAD_T}" x2="{PAD_L}" y2="{H - PAD_B}" class="cq-axis"/>']
    for frac in (0, 0.5, 1):
        y = top / 1.15 * frac
        out.append(f'<text x="{PAD_L - 6}" y="{sy(y) + 4:.1f}" text-anchor="end" class="cq-tick">{esc(_short(y))}</text>')
    for year in range(int(x0 + 0.5), int(x1 + 0.5) + 1):
        if x0 <= year <= x1:
            out.append(f'<text x="{sx(year):.1f}" y="{H - PAD_B + 18}" text-anchor="middle" class="cq-tick">{year}</text>')
    for p, x in sorted(zip(pts, xs), key=lambda t: t[1]):
        cx = sx(x)
        lab = esc(p["label"])
        out.append(f'<a href="{attr(p["href"])}"><g class="cq-point" data-period="{attr(p["period"])}" '
                   f'data-low="{_num(p["low"])}" data-high="{_num(p["high"])}"><title>{lab}</title>')
        if p["high"] > p["low"]:
            out.append(f'<rect x="{cx - 5:.1f}" y="{sy(p["high"]):.1f}" width="10" '
                       f'height="{max(1.0, sy(p["low"]) - sy(p["high"])):.1f}" class="cq-range"/>')
        else:
            out.append(f'<circle cx="{cx:.1f}" cy="{sy(p["low"]):.1f}" r="6" class="cq-dot"/>')
        out.append("</g></a>")
    out.append("</svg>")
    return "".join(out)


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def _short(v: float) -> str:
    return figure_value(v, v, None, None) if v else "0"
