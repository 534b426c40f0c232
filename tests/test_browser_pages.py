"""The app as a person meets it: home page, the pages it links, and kernels that end with their page.

One real server serves the notebooks folder as ``beratungskit start`` does (home page, pre-heated
session kernel); Debian chromium opens every page a person can reach and records every request.
"""

from __future__ import annotations

import json
import shutil
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from beratungskit.demo import DEMO_KEY, demo_case
from beratungskit.resources import notebooks_dir
from beratungskit.store import CaseStore
from tests.servers import run_voila

pytestmark = [pytest.mark.browser, pytest.mark.server]

SESSION = "voila/render/01_gemeinsame_sitzung.ipynb"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("app")
    folder = root / "notebooks"
    shutil.copytree(notebooks_dir(), folder)
    store_dir = root / "faelle"
    CaseStore(store_dir).save(demo_case())
    with run_voila(folder, env={"BERATUNGSKIT_STORE": str(store_dir)}, timeout=90) as url:
        yield url, folder


def kernel_exists(base: str, kernel_id: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}api/kernels/{kernel_id}", timeout=5):
            return True
    except urllib.error.HTTPError as err:
        if err.code == 404:
            return False
        raise


def kernel_of(pg: Any) -> str:
    config = json.loads(pg.locator("#jupyter-config-data").text_content())
    return str(config["kernelId"])


def wait_gone(base: str, kernel_id: str, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not kernel_exists(base, kernel_id):
            return True
        time.sleep(0.3)
    return False


def forbidden(pg: Any) -> list[str]:
    seen: list[str] = []
    pg.on("response", lambda r: r.status == 403 and seen.append(r.url))
    return seen


def test_the_home_page_is_german_and_links_the_three_pages(page: Any, app: tuple[str, Path]) -> None:
    pg, watch = page
    base, _folder = app
    pg.goto(base, wait_until="load")
    assert pg.locator("html").get_attribute("lang") == "de"
    titles = pg.locator(".bk-home-title").all_text_contents()
    assert titles == ["Gemeinsame Sitzung", "Fallbesprechung", "Teamreflexion"]
    texts = pg.locator(".bk-home-text").all_text_contents()
    assert all(len(text) > 40 and text.endswith((".", "?")) for text in texts)
    # no file list: neither Voilà's tree nor a notebook name is shown
    body = pg.locator("body").inner_text()
    assert ".ipynb" not in body
    assert "voila-tree" not in pg.content()
    hrefs = [a.get_attribute("href") for a in pg.locator(".bk-home-pages a").all()]
    assert hrefs == [
        "/voila/render/01_gemeinsame_sitzung.ipynb",
        "/voila/render/03_fallbesprechung.ipynb",
        "/voila/render/04_teamreflexion.ipynb",
    ]
    assert watch.external == []


def visible_headings(pg: Any) -> list[str]:
    """The page's own headings a person sees (framed documents such as the report not counted)."""
    texts = pg.locator(":is(h1, h2, h3, .bk-title):visible").all_inner_texts()
    return [" ".join(text.split()) for text in texts]


@pytest.mark.parametrize(
    ("link", "ready", "heading"),
    [
        ("Gemeinsame Sitzung", ".bk-case-picker", "Mit welchem Fall arbeiten wir?"),
        ("Fallbesprechung", ".bk-conf-preview iframe", "Fallbesprechung vorbereiten"),
        ("Teamreflexion", ".bk-team-run", "Teamreflexion"),
    ],
)
def test_every_linked_page_opens_with_no_outside_request_and_links_home(
    page: Any, app: tuple[str, Path], link: str, ready: str, heading: str
) -> None:
    pg, watch = page
    base, _folder = app
    pg.goto(base, wait_until="load")
    pg.click(f".bk-home-title:text-is('{link}')")
    pg.wait_for_selector(ready, timeout=90_000)
    pg.wait_for_timeout(2000)  # let late requests (fonts, extensions) show; a websocket never idles
    assert watch.external == []
    assert watch.page_errors == []
    # one heading per page (the notebooks' own markdown headings stood above the app's, issue 14)
    assert visible_headings(pg) == [heading]
    pg.click(".bk-nav-link:text-is('Startseite')")
    pg.wait_for_selector(".bk-home-pages")
    assert pg.url == base
    assert watch.external == []


def test_a_page_fetches_only_the_extensions_it_uses_says_german_while_loading_and_is_compressed(
    app: tuple[str, Path],
) -> None:
    """What the page costs before the list shows (issue 15): no extension it does not use; while it
    loads it says a German sentence, not "Running 04_teamreflexion..."; its JavaScript travels gzipped."""
    import gzip

    from beratungskit.server import PAGE_EXTENSIONS

    base, _folder = app
    with urllib.request.urlopen(base + "voila/render/04_teamreflexion.ipynb", timeout=120) as response:
        page = response.read().decode("utf-8")
    config = json.loads(
        page.split('<script id="jupyter-config-data" type="application/json">')[1].split("</script>")[0]
    )
    assert sorted(e["name"] for e in config["federated_extensions"]) == sorted(PAGE_EXTENSIONS)
    assert "Einen Moment, die Seite wird vorbereitet" in page
    assert "#loading_text { visibility: hidden; }" in page  # Voilà's English never shows
    request = urllib.request.Request(base + "voila/static/voila.js", headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.headers.get("Content-Encoding") == "gzip"
        assert b"webpack" in gzip.decompress(response.read())


def test_printouts_are_served_from_the_case_folder_and_nothing_else(app: tuple[str, Path]) -> None:
    """Under the hub the plan lies on the server: the app serves ``<store>/ausdrucke`` (PDF, HTML as a
    sandboxed document) and nothing else — no case file, no way out of the folder, no link."""
    base, folder = app
    printouts = folder.parent / "faelle" / "ausdrucke"
    printouts.mkdir(exist_ok=True)
    (printouts / "sonne-plan.pdf").write_bytes(b"%PDF-1.4 Plan")
    (printouts / "sonne-plan.html").write_text("<p>Plan</p><script>1</script>", encoding="utf-8")
    (printouts / "geheim.json").write_text("{}", encoding="utf-8")
    (printouts / "verweis.pdf").symlink_to(folder.parent / "faelle" / f"{DEMO_KEY}.json")

    def fetch(name: str) -> tuple[int, dict[str, str], bytes]:
        try:
            with urllib.request.urlopen(base + "beratungskit/ausdrucke/" + name, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as err:
            return err.code, dict(err.headers), b""

    status, headers, body = fetch("sonne-plan.pdf")
    assert (status, headers["Content-Type"], body) == (200, "application/pdf", b"%PDF-1.4 Plan")
    # the browser's PDF viewer (and its print button) does not open in a sandboxed document
    assert "sandbox" not in headers.get("Content-Security-Policy", "")
    assert headers["Content-Disposition"].startswith("inline")
    status, headers, body = fetch("sonne-plan.html")
    assert status == 200 and headers["Content-Security-Policy"] == "sandbox" and b"<p>Plan</p>" in body
    for name in ("geheim.json", "verweis.pdf", f"..%2F{DEMO_KEY}.json", "..%2F..%2Fnotebooks", "fehlt.pdf"):
        assert fetch(name)[0] == 404, name


def test_a_wrong_address_gets_a_german_page_without_outside_requests(
    page: Any, app: tuple[str, Path]
) -> None:
    pg, watch = page
    base, _folder = app
    response = pg.goto(base + "voila/render/gibt-es-nicht.ipynb", wait_until="load")
    assert response is not None and response.status == 404
    assert "Diese Seite gibt es nicht." in pg.locator("h1").inner_text()
    assert pg.locator("a:text-is('Zur Startseite')").count() == 1
    assert watch.external == []


def test_reloading_or_closing_a_page_shuts_its_kernel_down(browser: Any, app: tuple[str, Path]) -> None:
    base, _folder = app
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    refused = forbidden(pg)
    pg.goto(base + SESSION, wait_until="load")
    pg.wait_for_selector(".bk-case-picker", timeout=90_000)
    first = kernel_of(pg)
    assert kernel_exists(base, first)

    pg.reload(wait_until="load")
    pg.wait_for_selector(".bk-case-picker", timeout=90_000)
    second = kernel_of(pg)
    assert second != first
    assert wait_gone(base, first), "the kernel of the reloaded page is still running"
    assert kernel_exists(base, second)

    pg.close(run_before_unload=True)
    assert wait_gone(base, second), "the kernel of the closed page is still running"
    assert refused == [], f"refused requests: {refused}"
    context.close()


def test_one_click_to_the_conference_view_of_the_open_case_and_back(page: Any, app: tuple[str, Path]) -> None:
    pg, watch = page
    base, _folder = app
    pg.goto(base + SESSION, wait_until="load")
    pg.click(".bk-open-case:has-text('Mira K.')", timeout=90_000)
    pg.wait_for_selector(".bk-title:has-text('Mira K.')", timeout=30_000)

    pg.click(".bk-nav-link:text-is('Fallbesprechung zu diesem Fall')")
    pg.wait_for_url(f"**/03_fallbesprechung.ipynb?fall={DEMO_KEY}")
    frame = pg.wait_for_selector(".bk-conf-preview iframe", timeout=90_000)
    srcdoc = frame.get_attribute("srcdoc") or ""
    assert "Fall " in srcdoc and "Mira" not in srcdoc  # that case, pseudonymised

    pg.click(".bk-nav-link:text-is('Zurück zur gemeinsamen Sitzung')")
    pg.wait_for_url(f"**/01_gemeinsame_sitzung.ipynb?fall={DEMO_KEY}")
    pg.wait_for_selector(".bk-title:has-text('Mira K.')", timeout=90_000)
    assert watch.external == []


def test_a_case_made_after_the_kernel_was_preheated_is_listed(page: Any, app: tuple[str, Path]) -> None:
    pg, _watch = page
    base, folder = app
    store = CaseStore(Path(folder).parent / "faelle")
    time.sleep(2)  # the pool kernel has drawn its case list by now
    store.create("Kranich", key="kranich")
    pg.goto(base + SESSION, wait_until="load")
    pg.wait_for_selector(".bk-open-case:has-text('Kranich')", timeout=90_000)
