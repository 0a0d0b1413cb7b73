"""Publishing: absolute URLs where the web needs them, host headers, and each deploy target."""

import os
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from checksums import site_files
from pelican.plugins.brief.sources import read_toml
from site_tools import (
    FIXTURES,
    ROOT,
    build_in_process,
    html_files,
    make_command,
    parse,
    require_program,
)

SITEURL = "https://brief.example.org"
SITE = FIXTURES / "brief_site"  # the setup's publishing, tested on a fixture brief


def make(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        make_command(f"INPUTDIR={SITE}", *args),
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("publish") / "output"
    result = make("publish", f"OUTPUTDIR={output}", env={"SITEURL": SITEURL})
    assert result.returncode == 0, result.stdout + result.stderr
    return output


def test_publish_refuses_without_siteurl() -> None:
    result = make("publish", "OUTPUTDIR=/nonexistent/never-built", env={"SITEURL": ""})
    assert result.returncode == 2
    assert "set SITEURL" in result.stderr


def test_published_pages_feeds_and_sitemap_use_absolute_urls(published: Path) -> None:
    everything = "".join(
        (published / name).read_text(encoding="utf-8")
        for name in site_files(published)
        if name.endswith((".html", ".xml", ".txt"))
    )
    assert "localhost" not in everything and "127.0.0.1" not in everything
    feed = (published / "feeds" / "updates.atom.xml").read_text(encoding="utf-8")
    assert f'href="{SITEURL}/updates/' in feed
    sitemap = (published / "sitemap.xml").read_text(encoding="utf-8")
    locations = [
        line.split("<loc>")[1].split("</loc>")[0]
        for line in sitemap.splitlines()
        if "<loc>" in line
    ]
    assert f"{SITEURL}/index.html" in locations
    assert all(url.startswith(f"{SITEURL}/") for url in locations)
    assert len(locations) == len(set(locations))
    assert f"{SITEURL}/be/about.html" in locations
    tree = ElementTree.fromstring(sitemap)
    xhtml = "{http://www.w3.org/1999/xhtml}link"
    for url in tree:
        alternates = {link.get("hreflang"): link.get("href") for link in url.iter(xhtml)}
        if url.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc").endswith("about.html"):
            assert alternates == {
                lang: f"{SITEURL}/{path}"
                for lang, path in (
                    ("en", "about.html"),
                    ("be", "be/about.html"),
                    ("ru", "ru/about.html"),
                )
            }
    assert f"Sitemap: {SITEURL}/sitemap.xml" in (published / "robots.txt").read_text(
        encoding="utf-8"
    )
    stylesheet = parse(published / "index.html").find("link", rel="stylesheet")["href"]
    assert stylesheet == f"{SITEURL}/theme/css/main.css"


def test_the_sitemap_lists_the_updates_page(published: Path) -> None:
    sitemap = (published / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{SITEURL}/updates.html</loc>" in sitemap


def test_published_pages_name_their_canonical_address_and_feed(published: Path) -> None:
    for name in ("index.html", "people/bo-sample.html", "updates.html"):
        head = parse(published / name).head
        assert head.find("link", rel="canonical")["href"] == f"{SITEURL}/{name}"
        feed = head.find("link", rel="alternate", type="application/atom+xml")
        assert feed["href"] == f"{SITEURL}/feeds/updates.atom.xml"
    assert parse(published / "404.html").head.find("link", rel="canonical") is None


def test_each_person_has_a_feed_of_the_updates_that_mention_them(published: Path) -> None:
    feed = (published / "feeds" / "people" / "bo-sample.atom.xml").read_text(encoding="utf-8")
    assert re.search(r"<title>[^<]+ - Bo Sample</title>", feed)
    atom = "{http://www.w3.org/2005/Atom}"
    root = ElementTree.fromstring(feed)
    entries = [entry.find(f"{atom}link").get("href") for entry in root.iter(f"{atom}entry")]
    assert entries == [f"{SITEURL}/updates/2024-06-10-bo-sample-released.html"]
    judge = (published / "feeds" / "people" / "dana-norm.atom.xml").read_text(encoding="utf-8")
    # No update names her: her feed is dated by the newest update, not by the build's clock.
    assert "<entry>" not in judge
    assert "<updated>2024-06-10T00:00:00" in judge
    profile = parse(published / "people" / "bo-sample.html")
    feed_url = f"{SITEURL}/feeds/people/bo-sample.atom.xml"
    assert (
        profile.head.find("link", type="application/atom+xml", title=re.compile("Bo Sample"))[
            "href"
        ]
        == feed_url
    )
    assert profile.find("main").find("a", href=feed_url) is not None


def test_host_headers_match_the_pages_policy(published: Path) -> None:
    headers = (published / "_headers").read_text(encoding="utf-8").splitlines()
    assert headers[0] == "/*"
    values = dict(line.strip().split(": ", 1) for line in headers[1:])
    assert values["Content-Security-Policy"].startswith("default-src 'none'")
    assert values["Content-Security-Policy"].endswith("frame-ancestors 'none'")
    assert values["Referrer-Policy"] == "no-referrer"
    assert values["X-Content-Type-Options"] == "nosniff"
    assert values["Strict-Transport-Security"].startswith("max-age=")
    netlify = read_toml(published / "netlify.toml")
    assert netlify["headers"][0]["for"] == "/*"
    assert netlify["headers"][0]["values"] == values


def test_rsync_to_a_folder_leaves_an_exact_copy(tmp_path: Path) -> None:
    require_program("rsync", "rsync")
    require_program("sha256sum", "coreutils")
    output, target = tmp_path / "output", tmp_path / "server"
    target.mkdir()
    (target / "stale.html").write_text("from an older version", encoding="utf-8")
    result = make(
        "rsync_upload", f"OUTPUTDIR={output}", f"RSYNC_TARGET={target}/", env={"SITEURL": SITEURL}
    )
    assert result.returncode == 0, result.stderr
    assert site_files(target) == site_files(output)
    for name in site_files(output):
        assert (target / name).read_bytes() == (output / name).read_bytes(), name
    check = subprocess.run(
        ["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=target, check=False
    )
    assert check.returncode == 0


def test_rsync_upload_without_rsync_says_what_to_install(tmp_path: Path) -> None:
    target = tmp_path / "server"
    result = make(
        "rsync_upload",
        f"OUTPUTDIR={tmp_path / 'output'}",
        f"RSYNC_TARGET={target}/",
        env={"SITEURL": SITEURL, "PATH": str(tmp_path / "no-programs")},
    )
    assert result.returncode == 2
    assert "rsync is missing; install it (Debian, Ubuntu: sudo apt install rsync" in result.stderr
    assert not target.exists()


def test_github_target_commits_the_site_to_gh_pages(tmp_path: Path) -> None:
    repo, remote = tmp_path / "repo.git", tmp_path / "remote.git"
    for bare in (repo, remote):
        subprocess.run(["git", "init", "--quiet", "--bare", str(bare)], check=True)
    output = tmp_path / "output"
    env = {
        "SITEURL": SITEURL,
        "GIT_DIR": str(repo),
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    result = make("github", f"OUTPUTDIR={output}", f"GITHUB_REMOTE={remote}", env=env)
    assert result.returncode == 0, result.stderr
    listed = subprocess.run(
        ["git", "--git-dir", str(remote), "ls-tree", "-r", "--name-only", "gh-pages"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert set(listed) == {*site_files(output), ".nojekyll"}


def test_local_build_keeps_relative_urls(real_site: Path) -> None:
    for page in html_files(real_site):
        assert parse(page).head.find("link", rel="canonical") is None
        for link in parse(page).find_all("link", href=True):
            assert not link["href"].startswith(("http:", "https:", "/")), (page, link)


@pytest.mark.parametrize(
    ("urls", "expected"),
    [
        ({}, ("feeds/updates.en.atom.xml", "feeds/updates.be.atom.xml", "feeds/updates.atom.xml")),
        (  # Pelican's *_URL settings: served from another path than written to
            {"FEED_ALL_ATOM_URL": "atom/all", "TRANSLATION_FEED_ATOM_URL": "atom/{lang}"},
            ("atom/en", "atom/be", "atom/all"),
        ),
    ],
)
def test_each_language_links_the_feed_of_its_own_updates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, urls: dict, expected: tuple
) -> None:
    """Updates in two languages: each page's feed link is its language's feed, which exists and
    holds that language's updates; a monolingual site keeps the one feed of every update."""
    monkeypatch.setenv("SITEURL", SITEURL)
    content, output = tmp_path / "content", tmp_path / "output"
    shutil.copytree(SITE, content)
    (content / "updates" / "2024-06-10-bo-sample-released.be.md").write_text(
        "Title: Бо Сэмпл на волі\nLang: be\nDate: 2024-06-10\nSummary: S.\n\n"
        "Бо Сэмпл выйшаў на волю ў чэрвені 2024 года [@example-update].\n",
        encoding="utf-8",
    )
    languages = ["en", "be", "ru"]
    build_in_process(content, output, conf="publish.conf.py", LANGUAGES=languages, **urls)

    def feed_of(page: str) -> str:
        link = parse(output / page).head.find("link", type="application/atom+xml")
        return link["href"].removeprefix(f"{SITEURL}/")

    # Russian has no update: its pages link the feed of every update.
    assert (feed_of("index.html"), feed_of("be/about.html"), feed_of("ru/about.html")) == expected
    belarusian = (output / "feeds" / "updates.be.atom.xml").read_text(encoding="utf-8")
    assert "Бо Сэмпл на волі" in belarusian and "Bo Sample released" not in belarusian
