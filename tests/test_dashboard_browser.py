"""The dashboard in a real headless Chromium (Debian's chromium driven by Playwright).

Starts `hadath serve`'s app with uvicorn on 127.0.0.1 and a free port, over a small store of the
project's own texts; filters the events table, opens an article, checks the highlighted spans and
the other views, and saves screenshots under docs/. Skipped when chromium or Playwright is absent
(.ci/run installs chromium).
"""
from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
if not CHROMIUM:
    pytest.skip("chromium is not installed (apt-get install -y chromium; .ci/run does it)", allow_module_level=True)
playwright_sync = pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
uvicorn = pytest.importorskip("uvicorn")

from test_serve import build_store

from hadath.serve.app import create_app

DOCS = Path(__file__).resolve().parents[1] / "docs"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("dash") / "hadath.duckdb")
    app = create_app(db, api_key="")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    deadline = time.time() + 20
    while not srv.started:
        if time.time() > deadline or not th.is_alive():
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(10)
    app.state.con.close()


@pytest.fixture(scope="module")
def page(server):
    with playwright_sync.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        # bypass_csp: Playwright evaluates its wait predicates as strings, which the CSP forbids
        pg = browser.new_page(viewport={"width": 1400, "height": 950}, bypass_csp=True)
        outside = []
        pg.on("request", lambda r: None if r.url.startswith(server) or r.url.startswith("data:") else outside.append(r.url))
        errors = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(server + "/")
        pg.wait_for_selector("body[data-ready='1']", timeout=15000)
        yield pg
        assert not outside, f"the dashboard loaded something from outside: {outside}"
        assert not errors, f"JavaScript errors: {errors}"
        browser.close()


def test_events_table_filter_and_article(page):
    DOCS.mkdir(exist_ok=True)
    rows = page.locator("#events-table tbody tr")
    n_all = rows.count()
    assert n_all > 10
    page.fill("#event-filters input[name=actor]", "ISR")
    page.select_option("#event-filters select[name=type]", "ASSAULT")
    page.click("#event-filters button[type=submit]")
    page.wait_for_function("document.querySelector('#ev-count').textContent.includes('of')")
    page.wait_for_function(f"document.querySelectorAll('#events-table tbody tr').length < {n_all}")
    n = rows.count()
    assert n > 0
    for i in range(n):
        cells = rows.nth(i).locator("td")
        assert cells.nth(1).inner_text().startswith("ASSAULT")
        assert "ISR" in cells.nth(3).inner_text() + cells.nth(4).inner_text()
    page.screenshot(path=str(DOCS / "dashboard-events.png"))

    rows.first.click()
    page.wait_for_selector("#tab-article.active #article-text .hl.trigger")
    text = page.locator("#article-text")
    assert text.get_attribute("dir") == "rtl"
    assert page.locator("#article-text .hl.trigger").count() > 0
    assert page.locator("#article-text .hl.actor").count() > 0
    assert page.locator("#article-text .hl.focus").count() > 0  # the clicked event's trigger
    trig = page.locator("#article-text .hl.focus").first.inner_text()
    assert trig.strip() and any("\u0600" <= ch <= "\u06ff" for ch in trig)
    # the highlighted text is the document's text, unchanged
    key = page.locator("#doc-select").input_value()
    doc = page.evaluate(f"fetch('/api/documents/{key}').then(r => r.json())")
    assert text.inner_text().strip() == doc["text"].strip()
    page.screenshot(path=str(DOCS / "dashboard-article.png"))


def test_article_with_quotes(page):
    page.click("#tabs button[data-tab=quotes]")
    page.wait_for_selector("#quotes-list li")
    assert page.locator("#speakers li").count() > 0
    page.locator("#speakers li").first.click()
    page.wait_for_selector("#quotes-list li div[dir=rtl]")
    page.screenshot(path=str(DOCS / "dashboard-quotes.png"))
    page.locator("#quotes-list li div[dir=rtl]").first.click()
    page.wait_for_selector("#tab-article.active #article-text .hl.quote.focus")
    assert page.locator("#article-text .hl.quote").count() > 0


def test_network_timeline_map(page):
    page.click("#tabs button[data-tab=network]")
    page.wait_for_selector("#network circle.node")
    check_network_layout(page)
    page.screenshot(path=str(DOCS / "dashboard-network.png"))
    page.click("#tabs button[data-tab=timeline]")
    # gaza.txt: a sniper's killing of a soldier on 20 July and a threat on 11 August, two days
    page.fill("#dyad-form input[name=source]", "PSE")
    page.fill("#dyad-form input[name=target]", "ISR")
    page.select_option("#dyad-form select[name=interval]", "day")
    page.click("#dyad-form button[type=submit]")
    page.wait_for_selector("#timeline text:has-text('PSE → ISR')")  # the new dyad is drawn, not the default
    page.wait_for_selector("#timeline rect.bar-conf")
    assert page.locator("#timeline rect.bar-conf").count() >= 2
    page.screenshot(path=str(DOCS / "dashboard-timeline.png"))
    page.click("#tabs button[data-tab=map]")
    page.wait_for_selector("#map circle.place")
    assert page.locator("#map path.country").count() > 150
    page.screenshot(path=str(DOCS / "dashboard-map.png"))


QUAD_COLOURS = {"verbal_cooperation": "#66bb6a", "material_cooperation": "#1b5e20", "verbal_conflict": "#ef9a9a",
                "material_conflict": "#b71c1c"}


def check_network_layout(page) -> None:
    """The force layout: every node somewhere else, inside the drawing, connected nodes closer than the
    average pair; circles sized by events; one edge per quad class of each pair, in its colour."""
    nodes = page.eval_on_selector_all("#network circle.node", "cs => cs.map(c => ({id: c.dataset.id, "
                                      "x: +c.getAttribute('cx'), y: +c.getAttribute('cy'), r: +c.getAttribute('r'), "
                                      "events: +c.dataset.events}))")
    edges = page.eval_on_selector_all("#network path.edge", "ps => ps.map(p => ({s: p.dataset.source, "
                                      "t: p.dataset.target, quad: p.dataset.quad, stroke: p.getAttribute('stroke')}))")
    assert len(nodes) >= 4 and edges
    pos = {n["id"]: (n["x"], n["y"]) for n in nodes}
    assert len({(round(x), round(y)) for x, y in pos.values()}) == len(nodes)  # not all at one place
    assert all(0 <= x <= 800 and 0 <= y <= 600 for x, y in pos.values())
    for a in nodes:  # circles do not sit on each other
        for b in nodes:
            if a["id"] < b["id"]:
                assert ((a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2) ** 0.5 > 0.8 * (a["r"] + b["r"])
    import itertools
    import statistics

    def dist(a, b):
        return ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5
    linked = {tuple(sorted((e["s"], e["t"]))) for e in edges}
    assert statistics.fmean(dist(a, b) for a, b in linked) < \
        statistics.fmean(dist(a, b) for a, b in itertools.combinations(pos, 2))
    by_events = sorted(nodes, key=lambda n: n["events"])
    assert by_events[0]["r"] < by_events[-1]["r"]
    assert all(QUAD_COLOURS[e["quad"]] == e["stroke"] for e in edges)
    api = page.evaluate("fetch('/api/network?max_edges=150').then(r => r.json())")
    shown = set(pos)
    expect = sum(len(e["counts"]) for e in api["edges"] if e["source"] in shown and e["target"] in shown)
    assert len(edges) == expect
