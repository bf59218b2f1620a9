# Copied verbatim from the shared development benchmark (shared/realdev/score.py): the
# scorer that judges extraction on real releases. tests/test_extraction_real.py checks the copy
# still equals the original whenever the shared folder is present.
#!/usr/bin/env python3
"""Score an extractor against hand-checked gold: docs/<name>.txt beside gold/<name>.json.

Runs `communique extract DOC --json` for every document (or --cmd), maps its records onto
the gold format and prints per-kind precision / recall / F1, then one summary line.

usage: score.py [--dir DIR] [--cmd 'communique extract {doc} --json'] [--only NAME] [--verbose]
DIR defaults to the folder this script is in.
"""
import argparse, difflib, json, re, shlex, subprocess, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"\s+", " ", s).strip().lower()
    return s.strip(" \"'.,;:")

PERCENT = {"%", "percent", "per cent", "pct", "percentage", "percentage points"}
def unitnorm(u):
    if u in (None, ""):
        return None
    u = re.sub(r"\s+", " ", str(u)).strip().lower()
    if u in PERCENT:
        return "%"
    if u in ("count", "number", "people", "persons"):
        return "count"
    return u.upper()

def f1(tp, npred, ngold):
    p = tp / npred if npred else (1.0 if ngold == 0 else 0.0)
    r = tp / ngold if ngold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f

EVENT_SYNONYMS = [
    {"meeting", "talks", "bilateral", "bilateral_meeting", "consultation", "delegation_talks"},
    {"visit", "state_visit", "official_visit", "trip", "tour"},
    {"address", "speech", "lecture", "remarks", "community_address", "keynote"},
    {"exhibition", "exhibition_visit", "site_visit", "tour"},
    {"signing", "agreement", "mou", "signing_ceremony"},
    {"press_conference", "press_briefing", "media_briefing", "joint_press_conference", "press"},
    {"call", "phone_call", "telephone_call", "virtual_summit", "video_call", "virtual_meeting", "summit"},
    {"dinner", "banquet", "lunch", "reception"},
    {"ceremony", "wreath_laying", "welcome_ceremony"},
]

def etype_ok(g, p):
    g, p = norm(g).replace(" ", "_").replace("-", "_"), norm(p).replace(" ", "_").replace("-", "_")
    if g == p:
        return True
    return any(g in s and p in s for s in EVENT_SYNONYMS)

STOP = {"of", "the", "and", "for", "to", "us", "u.s.", "union"}
def title_match(gold_title, pred_title):
    g = {w for w in re.findall(r"[a-z.]+", norm(gold_title)) if w not in STOP}
    p = {w for w in re.findall(r"[a-z.]+", norm(pred_title)) if w not in STOP}
    return bool(g and p) and (g <= p or (len(p) >= 2 and p <= g))

class Mapper:
    """Resolve predicted person ids to gold person names."""
    def __init__(self, gold_people, pred_people):
        self.gold = gold_people
        self.pred = {p.get("id"): p for p in pred_people}
        self.map = {}
        for pid, p in self.pred.items():
            forms = {norm(p.get("name", ""))} | {norm(a) for a in p.get("aliases", []) or []}
            forms.discard("")
            best = None
            for g in gold_people:
                gforms = {norm(g["name"])} | {norm(a) for a in g["aliases"]}
                if forms & gforms:
                    # prefer the gold whose full name matches
                    if norm(g["name"]) in forms or best is None:
                        best = g["name"]
            self.map[pid] = best
    def name(self, pid):
        if pid is None:
            return None
        if pid in self.map:
            return self.map[pid]
        # the prediction may have used a name instead of an id
        for g in self.gold:
            if norm(pid) in {norm(g["name"])} | {norm(a) for a in g["aliases"]}:
                return g["name"]
        return "?" + str(pid)

def place_name(pred, pid):
    for pl in pred.get("places", []) or []:
        if pl.get("id") == pid:
            return pl.get("name")
    return pid

def score_doc(gold, pred):
    out = {}
    m = Mapper(gold["people"], pred.get("people", []) or [])
    # people
    matched = {v for v in m.map.values() if v}
    tp = len(matched)
    out["people"] = (tp, len(pred.get("people", []) or []), len(gold["people"]))
    # titles: for matched people, is each gold title among predicted titles (substring either way)
    t_ok = t_all = 0
    for pid, gname in m.map.items():
        if not gname:
            continue
        g = next(x for x in gold["people"] if x["name"] == gname)
        ptitles = [norm(t if isinstance(t, str) else (t.get("title") or "")) for t in (m.pred[pid].get("titles") or m.pred[pid].get("roles") or [])]
        for gt in g.get("titles", []):
            t_all += 1
            if any(title_match(gt, pt) for pt in ptitles if pt):
                t_ok += 1
    out["titles"] = (t_ok, t_all, t_all)
    # quotes
    pq = pred.get("quotes", []) or []
    used = set()
    qtp = qatt = 0
    for gq in gold["quotes"]:
        best, bi = 0, None
        for i, q in enumerate(pq):
            if i in used:
                continue
            r = difflib.SequenceMatcher(None, norm(gq["text"]), norm(q.get("text", ""))).ratio()
            if r > best:
                best, bi = r, i
        if bi is not None and best >= 0.9:
            used.add(bi)
            qtp += 1
            if m.name(pq[bi].get("speaker")) == gq["speaker"]:
                qatt += 1
    out["quotes"] = (qtp, len(pq), len(gold["quotes"]))
    out["quotes+speaker"] = (qatt, len(pq), len(gold["quotes"]))
    # events
    pe = pred.get("events", []) or []
    used = set()
    etp = etyped = 0
    for ge in gold["events"]:
        gpart = set(ge["participants"])
        cands = []
        for i, e in enumerate(pe):
            if i in used:
                continue
            ppart = {m.name(x) for x in e.get("participants", []) or []}
            jac = len(gpart & ppart) / len(gpart | ppart) if gpart | ppart else 1.0
            if (e.get("date") or None) == ge["date"] and jac >= 0.5:
                cands.append((etype_ok(ge["type"], e.get("type", "")), jac, i))
        if cands:
            cands.sort(reverse=True)
            ok, _, i = cands[0]
            used.add(i)
            etp += 1
            etyped += ok
    out["events(date+people)"] = (etp, len(pe), len(gold["events"]))
    out["events(+type)"] = (etyped, len(pe), len(gold["events"]))
    # figures
    pf = pred.get("figures", []) or []
    used = set()
    ftp = fper = 0
    def close(a, b):
        try:
            a, b = float(a), float(b)
        except (TypeError, ValueError):
            return False
        return abs(a - b) <= 0.01 * max(abs(a), abs(b), 1e-9)
    for gf in gold["figures"]:
        for i, f in enumerate(pf):
            if i in used:
                continue
            lo = f.get("value_low", f.get("value"))
            hi = f.get("value_high", f.get("value"))
            cur = (f.get("currency") or f.get("unit") or None)
            gcur = gf["currency"]
            # a gold count (currency null) accepts any unit noun ("trucks"), not a currency or %
            u = unitnorm(cur)
            cur_ok = (u == unitnorm(gcur)) if gcur else (u in (None, "count") or not (u == "%" or re.fullmatch(r"[A-Z]{3}", u)))
            if close(lo, gf["low"]) and close(hi, gf["high"]) and cur_ok:
                used.add(i)
                ftp += 1
                if gf.get("period") is None or norm(str(f.get("period") or "")).replace(" ", "") == norm(gf["period"]).replace(" ", ""):
                    fper += 1
                break
    out["figures"] = (ftp, len(pf), len(gold["figures"]))
    out["figures(+period)"] = (fper, len(pf), len(gold["figures"]))
    # dates
    pdates = set(pred.get("dates", []) or [])
    # every calendar date the text mentions, resolved: written-out dates and the dates of its events
    gdates = set(gold["dates"]) | {e["date"] for e in gold["events"] if e.get("date")}
    out["dates"] = (len(pdates & gdates), len(pdates), len(gdates))
    # topics: recall only
    plabels = [norm(t.get("label") or t.get("id") or "") if isinstance(t, dict) else norm(t) for t in pred.get("topics", []) or []]
    plabels = [p.replace("-", " ") for p in plabels]
    hit = 0
    for gt in gold["topics"]:
        g = norm(gt)
        if any(g == p or g in p or p in g or difflib.SequenceMatcher(None, g, p).ratio() >= 0.8 for p in plabels if p):
            hit += 1
    out["topics(recall)"] = (hit, len(gold["topics"]), len(gold["topics"]))
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default="communique extract {doc} --json")
    ap.add_argument("--only")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--dir", default="", help="a folder with docs/ and gold/ (default: this script's folder)")
    a = ap.parse_args()
    totals = {}
    failures = 0
    here = Path(a.dir) if a.dir else HERE
    for gpath in sorted((here / "gold").glob("*.json")):
        if a.only and a.only not in gpath.stem:
            continue
        gold = json.loads(gpath.read_text())
        doc = here / "docs" / gold["doc"]
        cmd = [c.replace("{doc}", str(doc)) for c in shlex.split(a.cmd)]
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=a.timeout)
            pred = json.loads(r.stdout) if r.returncode == 0 else None
        except Exception as e:  # noqa
            pred, r = None, None
        if pred is None:
            failures += 1
            print(f"{gpath.stem}: extractor failed: {(r.stderr[-300:] if r else 'timeout/exec error')!r}")
            pred = {}
        s = score_doc(gold, pred)
        if a.verbose:
            print(gpath.stem, {k: "%d/%d/%d" % v for k, v in s.items()})
        for k, v in s.items():
            t = totals.setdefault(k, [0, 0, 0])
            for j in range(3):
                t[j] += v[j]
    summary = []
    for k, (tp, npred, ngold) in totals.items():
        p, r, f = f1(tp, npred, ngold)
        if k in ("titles", "topics(recall)"):
            print(f"{k:22s} recall={r:.2f}  ({tp}/{ngold})")
            summary.append(f"{k}={r:.2f}")
        else:
            print(f"{k:22s} P={p:.2f} R={r:.2f} F1={f:.2f}  (tp={tp} pred={npred} gold={ngold})")
            summary.append(f"{k}={f:.2f}")
    print(f"docs failed={failures}; " + " ".join(summary))
    return totals, failures

if __name__ == "__main__":
    main()
