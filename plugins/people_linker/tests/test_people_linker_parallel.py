"""A large build's fragments linked on two cores: the child's results are the ones this process
would have computed, and a failed or unneeded child costs nothing but time."""

import os
from pathlib import Path

from pelican.plugins.people_linker import parallel
from pelican.plugins.people_linker.link import Result
from pelican.plugins.people_linker.parallel import Split
from site_tools import build_plain_site, html_files

FORKS = hasattr(os, "fork")


def jobs(link) -> list:
    return [(number, f"<p>{number}</p>", lambda html=f"<p>{number}</p>": link(html)) for number in range(6)]  # fmt: skip


def by_whom(html: str) -> Result:
    return Result(f"{html} {os.getpid()}")


def test_the_child_links_the_later_half() -> None:
    here, split = str(os.getpid()), Split(jobs(by_whom), min_chars=0)
    try:
        results = [split.result(key, html, link).html for key, html, link in jobs(by_whom)]
    finally:
        split.close()
    assert split.forked == FORKS
    assert [html.split()[0] for html in results] == [f"<p>{n}</p>" for n in range(6)]
    linked_here = [html.endswith(here) for html in results]
    assert linked_here == ([True] * 3 + [False] * 3 if FORKS else [True] * 6)


def test_a_failed_child_leaves_its_half_to_this_process() -> None:
    parent = os.getpid()

    def only_here(html: str) -> Result:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return Result(html + " here")

    split = Split(jobs(only_here), min_chars=0)
    try:
        results = [split.result(key, html, link).html for key, html, link in jobs(only_here)]
    finally:
        split.close()
    assert split.forked == FORKS
    assert results == [f"<p>{n}</p> here" for n in range(6)]


def test_a_child_whose_results_are_not_asked_for_is_reaped() -> None:
    split = Split(jobs(by_whom), min_chars=0)
    child = split._pid
    split.close()
    if FORKS:
        assert child is not None and split._pid is None
        try:
            os.waitpid(child, os.WNOHANG)
            reaped = False
        except ChildProcessError:
            reaped = True
        assert reaped


def test_a_small_build_is_linked_here() -> None:
    split = Split(jobs(by_whom))
    assert not split.forked
    assert split.result(0, "<p>0</p>", lambda: by_whom("<p>0</p>")).html.endswith(str(os.getpid()))


SITE = {
    "people/ada-lovelace.md": "Title: Ada Lovelace\n\nA mathematician.\n",
    "people/charles-babbage.md": "Title: Charles Babbage\n\nAn inventor.\n",
    **{
        f"pages/note-{n}.md": f"Title: Note {n}\nSummary: Babbage, note {n}.\n\n"
        f"Ada Lovelace wrote to Charles Babbage. Lovelace and Babbage met {n} times.\n"
        for n in range(8)
    },
}


def test_a_build_on_two_cores_writes_what_one_core_writes(tmp_path: Path, monkeypatch) -> None:
    settings = {"PLUGINS": ["people_linker"], "PAGE_PATHS": ["pages", "people"]}
    settings["PEOPLE_LINKER"] = {"backlinks_in_content": True}
    one = build_plain_site(tmp_path / "one", SITE, **settings)
    forked = []
    monkeypatch.setattr(parallel, "MIN_CHARS", 0)
    monkeypatch.setattr(Split, "_fork", _recorded(Split._fork, forked))
    two = build_plain_site(tmp_path / "two", SITE, **settings)
    assert len(forked) == FORKS  # a child linked the later half of the 18 fragments
    pages = [path.relative_to(one) for path in html_files(one)]
    assert len(pages) > 10
    assert pages == [path.relative_to(two) for path in html_files(two)]
    assert "Babbage</a>" in (one / "pages" / "note-7.html").read_text("utf-8")
    for page in pages:
        assert (one / page).read_text("utf-8") == (two / page).read_text("utf-8"), page


def _recorded(fork, calls: list):
    def recorded(self: Split, later: list) -> None:
        calls.append(len(later))
        fork(self, later)

    return recorded
