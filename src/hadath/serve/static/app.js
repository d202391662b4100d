// hadath dashboard: plain JS, no dependencies. Every value from the API is inserted with textContent.
"use strict";
const $ = (s, el = document) => el.querySelector(s);
const QUADS = {
  verbal_cooperation: ["#66bb6a", "verbal cooperation · تعاون لفظي"],
  material_cooperation: ["#1b5e20", "material cooperation · تعاون مادي"],
  verbal_conflict: ["#ef9a9a", "verbal conflict · نزاع لفظي"],
  material_conflict: ["#b71c1c", "material conflict · نزاع مادي"],
};
const SVGNS = "http://www.w3.org/2000/svg";

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === "" || v === false) continue;
    for (const x of Array.isArray(v) ? v : [v]) url.searchParams.append(k, x);
  }
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  for (const k of kids) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : String(k));
  return e;
}
function svg(tag, attrs, text) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
const actorLabel = (c, s, n) => [c, s].filter(Boolean).join(" ") + (n ? ` (${n})` : "") || "—";

// ------------------------------------------------------------------------------------------ tabs
const loaded = {};
function showTab(name) {
  document.querySelectorAll("#tabs button").forEach(b => b.classList.toggle("active", b.dataset.tab === name));
  document.querySelectorAll(".tab").forEach(t => t.classList.toggle("active", t.id === "tab-" + name));
  if (!loaded[name]) { loaded[name] = true; ({ network: loadNetwork, map: loadMap, quotes: loadSpeakers, timeline: loadTimeline, article: loadDocList })[name]?.(); }
}
document.querySelectorAll("#tabs button").forEach(b => b.addEventListener("click", () => showTab(b.dataset.tab)));

// ---------------------------------------------------------------------------------------- events
const evState = { offset: 0, limit: 50, total: 0 };
function eventParams() {
  const f = new FormData($("#event-filters"));
  const p = {};
  for (const k of ["actor", "type", "since", "until", "place", "text"]) p[k] = (f.get(k) || "").trim();
  p.all = f.get("all") ? "true" : "";
  return p;
}
async function loadEvents() {
  const tbody = $("#events-table tbody");
  let page;
  try { page = await api("/api/events", { ...eventParams(), limit: evState.limit, offset: evState.offset }); }
  catch (e) { tbody.replaceChildren(el("tr", {}, el("td", { colspan: 9 }, "Error · خطأ: " + e.message))); return; }
  evState.total = page.total;
  $("#ev-count").textContent = page.total ? `${page.offset + 1}–${page.offset + page.items.length} of ${page.total} events · حدث`
                                          : "no events · لا أحداث";
  tbody.replaceChildren(...page.items.map(e => el("tr", { "data-doc": e.doc_key, "data-start": e.start_char, onclick: () => openArticle(e.doc_key, e.event_id) },
    el("td", {}, e.date || "—"),
    el("td", { class: "q-" + e.quad_class }, e.plover + (e.negated ? " ¬" : "") + (e.hypothetical ? " ?" : "")),
    el("td", {}, e.cameo || ""),
    el("td", {}, actorLabel(e.source_country, e.source_sector, e.source_name)),
    el("td", {}, actorLabel(e.target_country, e.target_sector, e.target_name)),
    el("td", { class: "ar", lang: "ar" }, e.trigger || ""),
    el("td", {}, e.place_name || ""),
    el("td", {}, e.score ?? ""),
    el("td", { dir: "auto" }, e.title || e.doc_key.slice(0, 8)))));
}
$("#event-filters").addEventListener("submit", ev => { ev.preventDefault(); evState.offset = 0; loadEvents(); });
$("#ev-prev").addEventListener("click", () => { evState.offset = Math.max(0, evState.offset - evState.limit); loadEvents(); });
$("#ev-next").addEventListener("click", () => { if (evState.offset + evState.limit < evState.total) { evState.offset += evState.limit; loadEvents(); } });

// --------------------------------------------------------------------------------------- article
async function loadDocList() {
  const page = await api("/api/documents", { limit: 500, status: "coded" });
  const sel = $("#doc-select");
  sel.replaceChildren(el("option", { value: "" }, "Choose an article · اختر مقالاً"),
    ...page.items.map(d => el("option", { value: d.doc_key }, `${d.date || ""} ${d.title || d.doc_key} (${d.n_events})`)));
  sel.onchange = () => sel.value && openArticle(sel.value);
}
async function openArticle(key, focusRef) {
  loaded.article = true;
  showTab("article");
  if (!$("#doc-select").options.length) loadDocList().then(() => { $("#doc-select").value = key; });
  else $("#doc-select").value = key;
  const d = await api("/api/documents/" + encodeURIComponent(key));
  $("#article-title").textContent = d.title || d.doc_key;
  $("#article-meta").textContent = [d.date, d.publisher, d.translated_from && "translated from " + d.translated_from, d.url,
                                    `${d.events.length} events · ${d.quotes.length} quotes`].filter(Boolean).join(" · ");
  renderMarkup($("#article-text"), d.text || "", d.spans);
  $("#article-events").replaceChildren(...d.events.map(e => el("li", { class: "q-" + e.quad_class, onclick: () => focusSpan(e.event_id) },
    `${e.plover}${e.negated ? " ¬" : ""}${e.hypothetical ? " ?" : ""} ${e.source_country || "—"} → ${e.target_country || "—"} `,
    el("span", { lang: "ar", dir: "rtl" }, e.trigger || ""), ` ${e.date || ""}`)));
  $("#article-entities").replaceChildren(...d.entities.map(e => el("li", { onclick: () => focusSpan(e.entity_id) },
    `${e.name_en || ""} `, el("span", { lang: "ar", dir: "rtl" }, e.name_ar || ""), ` ${[e.country, e.sector].filter(Boolean).join(" ")} ×${e.mentions.length}`)));
  $("#article-quotes").replaceChildren(...d.quotes.map(q => el("li", { onclick: () => focusSpan("q" + q.seq) },
    el("b", {}, (q.speaker_name || "?") + ": "), el("span", { lang: "ar", dir: "rtl" }, q.text || ""))));
  if (focusRef) focusSpan(focusRef);
}
// Spans nest (actors and triggers inside quotes) or overlap: cut the text at every boundary and give
// each piece the classes of all spans covering it; the innermost span gives its title.
function renderMarkup(container, text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
  const pts = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i], b = pts[i + 1], piece = text.slice(a, b);
    const cover = spans.filter(s => s.start <= a && s.end >= b);
    if (!cover.length) { out.push(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(cover.map(s => s.kind))];
    const inner = cover.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    out.push(el("span", { class: "hl " + kinds.join(" "), "data-kind": inner.kind, "data-ref": cover.map(s => s.ref).join(" "),
                          title: cover.map(s => `${s.kind}: ${s.label || ""}${s.country ? " " + s.country : ""}${s.sector ? " " + s.sector : ""}`).join("\n") }, piece));
  }
  container.replaceChildren(...out);
}
function focusSpan(ref) {
  document.querySelectorAll("#article-text .focus").forEach(x => x.classList.remove("focus"));
  const hits = [...document.querySelectorAll("#article-text [data-ref]")].filter(x => x.dataset.ref.split(" ").includes(ref));
  hits.forEach(x => x.classList.add("focus"));
  if (hits[0]) hits[0].scrollIntoView({ block: "center" });
}

// --------------------------------------------------------------------------------------- network
// Layout: forceLayout (force.js). Nodes sized by their events; one curve per quad class of each
// source → target pair, in the quad's colour, as wide as its count. Drag a node to move it.
async function loadNetwork() {
  const g = await api("/api/network", { max_edges: 150 });
  const root = $("#network");
  $("#quad-legend").replaceChildren(...Object.values(QUADS).map(([c, l]) => el("span", { style: `color:${c}` }, "■ " + l)));
  const W = 800, H = 600;
  const nodes = g.nodes.slice(0, 40), shown = new Set(nodes.map(n => n.id));
  const maxN = Math.max(1, ...nodes.map(n => n.in + n.out));
  for (const n of nodes) n.r = 6 + 14 * Math.sqrt((n.in + n.out) / maxN);
  const edges = g.edges.filter(e => shown.has(e.source) && shown.has(e.target) && e.source !== e.target);
  const maxT = Math.max(1, ...edges.map(e => e.total));
  const pos = forceLayout(nodes, edges.map(e => ({ source: e.source, target: e.target, weight: e.total / maxT })), W, H);
  const rad = Object.fromEntries(nodes.map(n => [n.id, n.r]));
  const maxQ = Math.max(1, ...edges.flatMap(e => Object.values(e.counts)));
  function draw() {
    root.replaceChildren();
    const defs = svg("defs");
    for (const [q, [c]] of Object.entries(QUADS)) {
      const m = svg("marker", { id: "arrow-" + q, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 10, markerHeight: 10, markerUnits: "userSpaceOnUse", orient: "auto" });
      m.append(svg("path", { d: "M0,0L10,5L0,10z", fill: c })); defs.append(m);
    }
    root.append(defs);
    for (const e of edges) {
      const quads = Object.keys(QUADS).filter(q => e.counts[q]);
      quads.forEach((quad, j) => {
        const [x1, y1] = pos[e.source], [tx, ty] = pos[e.target], bend = 0.1 + 0.07 * j;  // A→B and B→A bend apart
        const mx = (x1 + tx) / 2 + (ty - y1) * bend, my = (y1 + ty) / 2 - (tx - x1) * bend;
        const dl = Math.hypot(tx - mx, ty - my) || 1, cut = rad[e.target] + 2;  // the arrow ends at the rim
        const x2 = tx - (tx - mx) / dl * cut, y2 = ty - (ty - my) / dl * cut;
        const p = svg("path", { d: `M${x1},${y1}Q${mx},${my} ${x2},${y2}`, fill: "none", stroke: QUADS[quad][0],
          "stroke-width": 1 + 5 * e.counts[quad] / maxQ, "stroke-opacity": .8, "marker-end": `url(#arrow-${quad})`,
          class: "edge", "data-quad": quad, "data-source": e.source, "data-target": e.target, style: "cursor:pointer" });
        p.append(svg("title", {}, `${e.source} → ${e.target}: ${e.counts[quad]} ${QUADS[quad][1]} (${e.total} events in all, mean score ${e.mean_score})`));
        p.addEventListener("click", () => { const f = $("#dyad-form"); f.source.value = e.source; f.target.value = e.target; showTab("timeline"); loadTimeline(); });
        root.append(p);
      });
    }
    for (const n of nodes) {
      const [x, y] = pos[n.id];
      const c = svg("circle", { cx: x, cy: y, r: n.r, fill: "#1f4e79", class: "node", "data-id": n.id, "data-events": n.in + n.out, style: "cursor:move" });
      c.append(svg("title", {}, `${n.id}: ${n.out} as source, ${n.in} as target`));
      c.addEventListener("pointerdown", ev => { dragging = n.id; root.setPointerCapture(ev.pointerId); });
      root.append(c, svg("text", { x, y: y - n.r - 4, "text-anchor": "middle", "font-size": 13, "font-weight": 600, "pointer-events": "none" }, n.id));
    }
    if (!nodes.length) root.append(svg("text", { x: 20, y: 40 }, "No dyadic events · لا أحداث ثنائية"));
  }
  let dragging = null;
  root.onpointermove = ev => {
    if (!dragging) return;
    const pt = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(root.getScreenCTM().inverse());
    pos[dragging] = [Math.max(0, Math.min(W, pt.x)), Math.max(0, Math.min(H, pt.y))];
    draw();
  };
  root.onpointerup = () => { dragging = null; };
  draw();
}

// -------------------------------------------------------------------------------------- timeline
async function loadTimeline() {
  loaded.timeline = true;
  const f = $("#dyad-form"), root = $("#timeline");
  let d;
  try { d = await api("/api/dyad", { source: f.source.value.trim(), target: f.target.value.trim(), interval: f.interval.value, both: f.both.checked ? "true" : "" }); }
  catch (e) { root.replaceChildren(svg("text", { x: 20, y: 40 }, "Error · خطأ: " + e.message)); return; }
  root.replaceChildren();
  const W = 900, H = 360, L = 50, Rr = 50, T = 30, B = 80, mid = T + (H - T - B) / 2;
  root.append(svg("text", { x: L, y: 18, "font-size": 14, "font-weight": 600 }, `${d.source} → ${d.target}${d.both ? " (both ways)" : ""}, per ${d.interval}`));
  const s = d.series;
  if (!s.length) { root.append(svg("text", { x: L, y: 60 }, "No dated events for this dyad · لا أحداث لهذا الثنائي")); return; }
  const n = s.length, bw = Math.min(40, (W - L - Rr) / n * 0.7), step = (W - L - Rr) / n;
  const maxC = Math.max(1, ...s.map(p => Math.max(p.cooperation, p.conflict)));
  const hh = (H - T - B) / 2 - 5;
  root.append(svg("line", { x1: L, x2: W - Rr, y1: mid, y2: mid, stroke: "#999" }));
  root.append(svg("text", { x: 4, y: mid - hh + 10, "font-size": 10 }, `${maxC} coop`), svg("text", { x: 4, y: mid + hh, "font-size": 10 }, `${maxC} confl`));
  root.append(svg("text", { x: W - Rr + 4, y: mid - hh + 10, "font-size": 10 }, "+10"), svg("text", { x: W - Rr + 4, y: mid + hh, "font-size": 10 }, "−10"));
  const line = [];
  s.forEach((p, i) => {
    const x = L + step * i + step / 2;
    const up = hh * p.cooperation / maxC, dn = hh * p.conflict / maxC;
    const r1 = svg("rect", { x: x - bw / 2, y: mid - up, width: bw, height: up, fill: "#66bb6a", class: "bar-coop" });
    const r2 = svg("rect", { x: x - bw / 2, y: mid, width: bw, height: dn, fill: "#e57373", class: "bar-conf" });
    const tip = `${p.period}: ${p.events} events, ${p.cooperation} cooperation, ${p.conflict} conflict, mean score ${p.mean_score}`;
    r1.append(svg("title", {}, tip)); r2.append(svg("title", {}, tip));
    root.append(r1, r2);
    if (n <= 30 || i % Math.ceil(n / 30) === 0) root.append(svg("text", { x, y: H - B + 16, "font-size": 10, "text-anchor": "end", transform: `rotate(-40 ${x} ${H - B + 16})` }, p.period));
    if (p.mean_score !== null) line.push(`${x},${mid - hh * p.mean_score / 10}`);
  });
  root.append(svg("polyline", { points: line.join(" "), fill: "none", stroke: "#1f4e79", "stroke-width": 2, class: "score-line" }));
  line.forEach(pt => { const [x, y] = pt.split(","); root.append(svg("circle", { cx: x, cy: y, r: 3, fill: "#1f4e79" })); });
}
$("#dyad-form").addEventListener("submit", ev => { ev.preventDefault(); loadTimeline(); });

// ------------------------------------------------------------------------------------------- map
async function loadMap() {
  const root = $("#map");
  const [world, places] = await Promise.all([fetch("/static/world-110m.json").then(r => r.json()), api("/api/places", { limit: 1000 })]);
  root.replaceChildren();
  for (let lon = -180; lon <= 180; lon += 30) root.append(svg("line", { x1: lon + 180, x2: lon + 180, y1: 0, y2: 180, stroke: "#c5d3e0", "stroke-width": .1 }));
  for (let lat = -60; lat <= 60; lat += 30) root.append(svg("line", { x1: 0, x2: 360, y1: 90 - lat, y2: 90 - lat, stroke: "#c5d3e0", "stroke-width": .1 }));
  for (const c of world) { const p = svg("path", { d: c.d, class: "country" }); p.append(svg("title", {}, c.name)); root.append(p); }
  const maxE = Math.max(1, ...places.map(p => p.events));
  for (const p of places) {
    const c = svg("circle", { cx: p.lon + 180, cy: 90 - p.lat, r: 0.4 + 2.2 * Math.sqrt(p.events / maxE), class: "place" });
    c.append(svg("title", {}, `${p.name_en || ""} ${p.name_ar || ""} (${p.country || ""}): ${p.events} events`));
    c.addEventListener("click", () => { $("#event-filters").place.value = p.name_en || ""; showTab("events"); evState.offset = 0; loadEvents(); });
    root.append(c);
  }
  setView("mena");
}
function setView(v) { $("#map").setAttribute("viewBox", v === "world" ? "0 0 360 180" : "195 42 80 45"); }
$("#map-world").addEventListener("click", () => setView("world"));
$("#map-mena").addEventListener("click", () => setView("mena"));

// ---------------------------------------------------------------------------------------- quotes
async function loadSpeakers() {
  const sp = await api("/api/quotes/speakers", { limit: 200 });
  $("#speakers").replaceChildren(...sp.map(s => el("li", { onclick: ev => { document.querySelectorAll("#speakers li").forEach(x => x.classList.remove("active")); ev.currentTarget.classList.add("active"); loadQuotes(s.speaker === "?" ? "" : s.speaker); } },
    `${s.speaker} `, el("span", { class: "muted" }, `${[s.country, s.sector].filter(Boolean).join(" ")} ×${s.quotes}`))));
  loadQuotes("");
}
async function loadQuotes(speaker) {
  const page = await api("/api/quotes", { speaker, limit: 200 });
  $("#quotes-heading").textContent = (speaker || "All speakers · كل المتحدثين") + ` (${page.total})`;
  $("#quotes-list").replaceChildren(...page.items.map(q => el("li", {},
    el("div", { class: "muted" }, `${q.speaker_name || q.speaker_text || "?"} · ${q.date || ""} · ${q.title || ""}`),
    el("div", { lang: "ar", dir: "rtl", style: "cursor:pointer", onclick: () => openArticle(q.doc_key, "q" + q.seq) }, q.text || ""))));
}

// ----------------------------------------------------------------------------------------- start
(async function init() {
  try {
    const s = await api("/api/stats");
    $("#stats").textContent = `${s.documents} documents · ${s.events} events · ${s.clusters} clusters · ${s.quotes} quotes` +
      (s.first_event ? ` · ${s.first_event} → ${s.last_event}` : "");
    const sel = $("#event-filters").type;
    for (const t of s.plover_types) sel.append(el("option", { value: t }, t));
  } catch (e) { $("#stats").textContent = "store unavailable · قاعدة البيانات غير متاحة"; }
  const h = location.hash.slice(1);
  await loadEvents();
  document.body.dataset.ready = "1";
  if (h && document.getElementById("tab-" + h)) showTab(h);
})();
