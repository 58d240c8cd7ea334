"""The replay portal and server: the `caselaw demo` fetch path, against a real local server."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import httpx
import pytest

from caselaw.config import Settings
from caselaw.errors import ConfigError, IngestError, PortalChangedError
from caselaw.models import JudgmentRef
from caselaw.replay_server import ReplayServer, listing_page, load_catalog
from caselaw.scrapers._base import Query
from caselaw.scrapers.jobs import EXIT_NOTHING_NEW, EXIT_OK, ScrapeOptions, scrape
from caselaw.scrapers.registry import get_portal
from caselaw.scrapers.replay import ReplayPortal
from caselaw.storage import Store

SETTINGS = Settings(contact="tests@example.org", min_delay=0.0)
ROWS = [
    ("alpha", "2019-02-01", "People v. Alpha", "PH", "Supreme Court", "supreme"),
    ("beta", "2021-06-15", "Republic v. Beta", "KE", "High Court of Kenya", "trial"),
    ("gamma", "2020-11-30", "R v Gamma", "GB", "Court of Appeal", "appellate"),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "texts").mkdir()
    manifest = []
    for jid, date, title, jur, court, level in ROWS:
        text = f"{title}\n\nThe accused {jid} was charged with trafficking in persons.\n"
        (tmp_path / "texts" / f"{jid}.txt").write_text(text, encoding="utf-8")
        manifest.append(
            {
                "id": jid,
                "file": f"texts/{jid}.txt",
                "title": title,
                "jurisdiction": jur,
                "court": court,
                "court_level": level,
                "decision_date": date,
                "docket": f"No. {jid.upper()}",
                "portal_id": jid,
                "fictional": True,
            }
        )
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return tmp_path


def test_demo_flow_scrapes_the_served_folder(folder: Path) -> None:
    store = Store(":memory:")
    with ReplayServer(folder, page_size=2) as server:
        first = scrape(
            "replay",
            Query(),
            store=store,
            settings=SETTINGS,
            base_url=server.url,
            options=ScrapeOptions(allow_private=True),
        )
        again = scrape(
            "replay",
            Query(),
            store=store,
            settings=SETTINGS,
            base_url=server.url,
            options=ScrapeOptions(allow_private=True),
        )
    assert (first.new, first.pages, first.exit_code) == (3, 2, EXIT_OK)
    assert (again.new, again.skipped, again.exit_code) == (0, 3, EXIT_NOTHING_NEW)
    beta = store.get_judgment("replay:beta")
    assert beta is not None
    assert (beta.jurisdiction, beta.court, str(beta.court_level)) == (
        "KE",
        "High Court of Kenya",
        "trial",
    )
    assert beta.decision_date == dt.date(2021, 6, 15) and beta.docket == "No. BETA"
    assert beta.case_name == "Republic v. Beta" and beta.metadata["fictional"] is True
    assert "trafficking in persons" in beta.text


def test_cli_scrape_passes_its_flags_to_the_job(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``caselaw scrape`` builds ``ScrapeOptions`` from --since last, --revalidate, --log-json."""
    from caselaw.cli import main

    monkeypatch.chdir(tmp_path)  # no caselaw.toml from the working folder
    monkeypatch.setenv("CASELAW_MIN_DELAY", "0")
    db = str(tmp_path / "cli.db")
    with ReplayServer(folder, page_size=2) as server:
        base = ["--db", db, "scrape", "replay", "--base-url", server.url, "--log-json"]
        first = main(base)
        out = capsys.readouterr().out
        again = main([*base, "--since", "last", "--revalidate"])
        summary = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert first == EXIT_OK
    assert sum(json.loads(line)["event"] == "judgment" for line in out.splitlines()) == 3
    assert again == EXIT_NOTHING_NEW and summary["event"] == "summary"
    # --since last lists from the newest date (1 judgment); --revalidate asks for it again
    assert (summary["listed"], summary["skipped"], summary["unchanged"]) == (1, 0, 1)


class ElsewherePortal(ReplayPortal):
    """Listing on the trusted server, judgments on another private address."""

    def document_url(self, ref: JudgmentRef) -> str:
        return ref.url.replace("127.0.0.1", "127.0.0.2")


def test_only_the_explicit_base_url_is_trusted_on_loopback(folder: Path) -> None:
    store = Store(":memory:")
    with ReplayServer(folder) as server:
        named = scrape("replay", Query(), store=store, settings=SETTINGS, base_url=server.url)
        elsewhere = scrape(
            ElsewherePortal(server.url), Query(), store=Store(":memory:"), settings=SETTINGS
        )
    default = scrape("replay", Query(), store=Store(":memory:"), settings=SETTINGS)
    assert named.new == 3  # the operator named this server: trusted
    assert elsewhere.new == 0 and elsewhere.failed >= 1
    assert default.new == 0 and "allow_private" in (default.error or "")  # no request sent


def test_server_routes(folder: Path) -> None:
    with ReplayServer(folder, page_size=2, crawl_delay=0.5) as server, httpx.Client() as client:
        robots = client.get(f"{server.url}/robots.txt").text
        page1 = client.get(f"{server.url}/judgments?page=1").json()
        page2 = client.get(server.url + page1["next"]).json()
        doc = client.get(f"{server.url}/judgments/beta.txt")
        cached = client.get(doc.url, headers={"If-None-Match": doc.headers["etag"]})
        missing = client.get(f"{server.url}/judgments/nope.txt")
        filtered = client.get(f"{server.url}/judgments?since=2020-01-01&court=Court+of+Appeal")
    assert "Crawl-delay: 0.5" in robots
    assert [i["id"] for i in page1["items"] + page2["items"]] == ["beta", "gamma", "alpha"]
    assert page1["total"] == 3 and page2["next"] is None
    assert doc.headers["content-type"].startswith("text/plain") and b"Beta" in doc.content
    assert cached.status_code == 304 and missing.status_code == 404
    assert [i["id"] for i in filtered.json()["items"]] == ["gamma"]


def test_items_added_while_serving_show_up(folder: Path) -> None:
    with ReplayServer(folder) as server, httpx.Client() as client:
        (folder / "texts" / "delta.txt").write_text("Delta", encoding="utf-8")
        rows = json.loads((folder / "manifest.json").read_text())
        rows.append({"id": "delta", "file": "texts/delta.txt", "decision_date": "2022-01-01"})
        (folder / "manifest.json").write_text(json.dumps(rows))
        items = client.get(f"{server.url}/judgments").json()["items"]
    assert items[0]["id"] == "delta"


def test_catalog_without_manifest_and_bad_manifests(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("B")
    (tmp_path / "a.txt").write_text("A")
    assert [e.id for e in load_catalog(tmp_path)] == ["a", "b"]
    bad = tmp_path / "m.json"
    bad.write_text(json.dumps([{"id": "x", "file": "../../etc/passwd"}]))
    with pytest.raises(ConfigError, match="outside the folder"):
        load_catalog(bad)
    bad.write_text(json.dumps([{"file": "a.txt"}]))
    with pytest.raises(ConfigError, match="needs 'id'"):
        load_catalog(bad)
    with pytest.raises(ConfigError):
        load_catalog(tmp_path / "nowhere")


def test_listing_page_is_paged_and_filtered(folder: Path) -> None:
    entries = load_catalog(folder)
    page = listing_page(entries, {"page": "2", "until": "2021-01-01"}, page_size=1)
    assert [i["id"] for i in page["items"]] == ["alpha"] and page["next"] is None
    assert page["total"] == 2 and page["pages"] == 2
    assert listing_page(entries, {"q": "gamma"})["total"] == 1


# -- the portal's pure parsers ------------------------------------------------------


def test_portal_is_registered_and_builds_listing_urls() -> None:
    portal = get_portal("replay", "http://127.0.0.1:9999/")
    assert isinstance(portal, ReplayPortal)
    query = Query(text="x y", since=dt.date(2020, 1, 2), until=dt.date(2021, 3, 4), court="HC")
    [url] = portal.listing_urls(query)
    assert url.startswith("http://127.0.0.1:9999/judgments?page=1")
    assert all(p in url for p in ("since=2020-01-02", "until=2021-03-04", "court=HC", "q=x+y"))


def test_parse_listing_makes_absolute_refs() -> None:
    body = json.dumps(
        {
            "items": [{"id": "a", "url": "/judgments/a.txt", "title": "A", "date": "2020-01-01"}],
            "next": "/judgments?page=2",
            "total": 5,
        }
    ).encode()
    listing = ReplayPortal("http://h:1").parse_listing(body, "http://h:1/judgments?page=1")
    [ref] = listing.refs
    assert (ref.portal_id, ref.url, ref.date) == (
        "a",
        "http://h:1/judgments/a.txt",
        dt.date(2020, 1, 1),
    )
    assert listing.next_url == "http://h:1/judgments?page=2"


@pytest.mark.parametrize(
    "body",
    [
        b"<html>not json</html>",
        b'{"results": []}',
        b'{"items": [{"url": "/x"}]}',
        b'{"items": [{"id": "a", "url": "/a", "date": "31/12/2020"}]}',
        b'{"items": [], "total": 4}',
    ],
)
def test_parse_listing_rejects_what_it_does_not_understand(body: bytes) -> None:
    with pytest.raises(PortalChangedError):
        ReplayPortal("http://h:1").parse_listing(body, "http://h:1/judgments")


def test_parse_document_text_and_other_formats() -> None:
    ref = JudgmentRef(
        "replay",
        "a",
        "http://h/judgments/a.txt",
        "A",
        dt.date(2020, 1, 1),
        {"court_level": "bogus"},
    )
    parsed = ReplayPortal("http://h").parse_document(b"Text", "text/plain", ref)
    assert parsed.text == "Text" and parsed.court_level is None and parsed.case_name == "A"
    with pytest.raises(IngestError):
        ReplayPortal("http://h").parse_document(b"\xff\xfe bad", "text/plain", ref)
    pdf_ref = JudgmentRef("replay", "b", "http://h/judgments/b.pdf")
    pdf = ReplayPortal("http://h").parse_document(b"%PDF-1.4", "application/pdf", pdf_ref)
    assert pdf.text is None and pdf.media_type == "application/pdf"


def test_embedded_samples_are_served_when_present() -> None:
    from caselaw.demo import samples_dir

    if not (samples_dir() / "manifest.json").is_file():
        pytest.skip("sample manifest not written yet")
    store = Store(":memory:")
    with ReplayServer(samples_dir()) as server:
        report = scrape(
            "replay",
            Query(),
            store=store,
            settings=SETTINGS,
            base_url=server.url,
            options=ScrapeOptions(allow_private=True),
        )
    manifest = json.loads((samples_dir() / "manifest.json").read_text(encoding="utf-8"))
    assert report.failed == 0 and report.new == len(manifest)
