/* Filters for lists: by country, date range, topic and type, in the browser.
 * Without JavaScript the list is a plain, complete list. The filter state lives in the
 * URL query (?country=..&with=..&from=..&to=..&topic=..&type=..), so a filtered view can
 * be shared and survives a reload. "with" is a second country: rows touching both (the
 * events between two countries, say).
 * Markup: a container [data-cq-filter="country date topic type"] holding rows with
 * data-row and data-country / data-date / data-end / data-topic / data-type (space
 * separated ids), optional [data-group] wrappers hidden when empty, and a
 * <script type="application/json" class="cq-filter-labels"> mapping ids to names. */
(function () {
  "use strict";
  // URL key -> the row attribute it reads.
  var KEYS = { country: "country", "with": "country", topic: "topic", type: "type" };

  function params() {
    var out = {}, q = new URLSearchParams(window.location.search);
    ["country", "with", "topic", "type", "from", "to"].forEach(function (k) { out[k] = q.get(k) || ""; });
    return out;
  }

  function writeParams(state) {
    var q = new URLSearchParams(window.location.search);
    Object.keys(state).forEach(function (k) { if (state[k]) q.set(k, state[k]); else q.delete(k); });
    var s = q.toString();
    history.replaceState(history.state, "", window.location.pathname + (s ? "?" + s : "") + window.location.hash);
  }

  function words(el, key) {
    var v = el.getAttribute("data-" + key);
    return v ? v.split(" ").filter(Boolean) : [];
  }

  function matches(row, st) {
    for (var k in KEYS) {
      if (st[k] && words(row, KEYS[k]).indexOf(st[k]) < 0) return false;
    }
    if (st.from || st.to) {
      var a = row.getAttribute("data-date"), b = row.getAttribute("data-end") || a;
      if (!a) return false;
      if (st.from && b < st.from) return false;  // ISO dates compare as strings
      if (st.to && a > st.to) return false;
    }
    return true;
  }

  function option(value, text) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = text;
    return o;
  }

  function setup(box) {
    if (box.hasAttribute("data-cq-ready")) return;
    box.setAttribute("data-cq-ready", "");
    var dims = (box.getAttribute("data-cq-filter") || "").split(" ").filter(Boolean);
    var rows = Array.prototype.slice.call(box.querySelectorAll("[data-row]"));
    var labels = {};
    var script = box.querySelector("script.cq-filter-labels");
    if (script) { try { labels = JSON.parse(script.textContent); } catch (e) { labels = {}; } }
    var form = document.createElement("form");
    form.className = "cq-filter-form";
    form.setAttribute("role", "search");
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    var controls = {};
    dims.forEach(function (dim) {
      if (dim === "date") {
        ["from", "to"].forEach(function (k) {
          var lab = document.createElement("label"), inp = document.createElement("input");
          inp.type = "date"; inp.name = k;
          lab.appendChild(document.createTextNode(k === "from" ? "From " : "To "));
          lab.appendChild(inp);
          form.appendChild(lab);
          controls[k] = inp;
        });
        return;
      }
      var counts = {};
      rows.forEach(function (r) { words(r, dim).forEach(function (w) { counts[w] = (counts[w] || 0) + 1; }); });
      var ids = Object.keys(counts);
      if (!ids.length) return;
      var names = labels[dim] || {};
      ids.sort(function (a, b) { return (names[a] || a).localeCompare(names[b] || b); });
      (dim === "country" ? ["country", "with"] : [dim]).forEach(function (key) {
        var lab = document.createElement("label"), sel = document.createElement("select");
        sel.name = key;
        sel.appendChild(option("", key === "with" ? "any" : "all"));
        ids.forEach(function (id) { sel.appendChild(option(id, (names[id] || id) + " (" + counts[id] + ")")); });
        lab.appendChild(document.createTextNode(key === "with" ? "With " : dim.charAt(0).toUpperCase() + dim.slice(1) + " "));
        lab.appendChild(sel);
        form.appendChild(lab);
        controls[key] = sel;
      });
    });
    var clear = document.createElement("button");
    clear.type = "button"; clear.textContent = "Clear"; clear.className = "md-button";
    form.appendChild(clear);
    var count = document.createElement("p");
    count.className = "cq-filter-count";
    count.setAttribute("aria-live", "polite");
    box.insertBefore(count, box.firstChild);
    box.insertBefore(form, box.firstChild);

    function state() {
      var s = {};
      Object.keys(controls).forEach(function (k) { s[k] = controls[k].value; });
      return s;
    }
    function apply(s) {
      var shown = 0;
      rows.forEach(function (r) { var ok = matches(r, s); r.hidden = !ok; if (ok) shown++; });
      box.querySelectorAll("[data-group]").forEach(function (g) {
        g.hidden = !g.querySelector("[data-row]:not([hidden])");
      });
      count.textContent = "Showing " + shown + " of " + rows.length + ".";
      box.setAttribute("data-shown", String(shown));
    }
    var start = params();
    Object.keys(controls).forEach(function (k) {
      var c = controls[k];
      if (start[k] && (c.tagName !== "SELECT" || c.querySelector('option[value="' + CSS.escape(start[k]) + '"]'))) c.value = start[k];
      c.addEventListener("change", function () { var s = state(); writeParams(s); apply(s); });
    });
    clear.addEventListener("click", function () {
      Object.keys(controls).forEach(function (k) { controls[k].value = ""; });
      var s = state(); writeParams(s); apply(s);
    });
    apply(state());
  }

  function init() {
    document.querySelectorAll("[data-cq-filter]").forEach(setup);
  }
  // Material's instant navigation swaps pages without reloading scripts: it announces each page on document$.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
