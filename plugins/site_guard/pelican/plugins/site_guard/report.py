"""The guard's findings as editors read them: the content file and line, the element, the fix."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from rights_brief_common.problems import Problem, shown
from rights_brief_common.urls import scheme

from .files import Finding

ADVICE = {
    "inline": "move it to one of the theme's static files and link it; the page's policy blocks inline code",
    "without rel": 'add rel="noopener noreferrer" to the link (outbound_links adds it in content)',
    "refresh": "remove the refresh and link the page instead; a refresh navigates by itself",
    "data:": "save the document as a file in the content folder and link it instead of embedding it",
    "well-formed": "correct the markup: a browser shows a broken XML file up to the error",
    "animation": "remove the animation: it changes where a link or an image points",
    "unsafe": "remove the element: browsers read it differently with scripting on and off",
}
LOCAL_COPY = "copy the file among the theme's static files (or the content) and link the local copy"


def advice(where: str) -> str:
    """Say how to fix a finding in words an editor can act on."""
    for key, fix in ADVICE.items():
        if key in where:
            return fix
    return LOCAL_COPY


def is_link_without_rel(finding: Finding) -> bool:
    """A link to another site that lacks rel="noopener noreferrer" (SITE_GUARD["outbound_rel"])."""
    return "without rel" in finding.where


def describe(finding: Finding) -> str:
    """What is wrong, naming the element and the URL or code."""
    where, url = finding.where, finding.url
    if where.startswith("inline"):
        return f'{where} "{url}"'
    if where == "unsafe element":
        return f"{url} element"
    if where.startswith("unsafe"):
        return f"{where.removeprefix('unsafe ')} {url}".strip()
    if "without rel" in where:
        return f"{where} leads to another website: {url}"
    if scheme(url) == "data":
        return (
            f"{where} loads a data: stylesheet or document, which can fetch by itself: {url[:60]}"
        )
    return f"{where} loads {url} from another website"


def to_problem(finding: Finding, output: Path, sources: Mapping[str, str]) -> Problem:
    """The problem located in the content file that made the page (and in the page itself), or
    in the output file when no content file made it (the theme's own pages, static files)."""
    written = output / finding.path
    line = _locate(written, finding)
    source = sources.get(finding.path)
    if not source:
        return Problem(finding.path, line, describe(finding), advice(finding.where))
    in_page = f" (in {finding.path}:{line})" if line else f" (in {finding.path})"
    source_line = _locate(Path(source), finding)
    return Problem(
        shown(Path(source)), source_line, describe(finding) + in_page, advice(finding.where)
    )


def _locate(path: Path, finding: Finding) -> int | None:
    needles = (finding.url, _tag(finding.where), _tag(finding.url))
    return next((line for needle in needles if (line := line_of(path, needle))), None)


def line_of(path: Path, needle: str) -> int | None:
    """The first line of the file holding `needle`, if it is there as written."""
    if not needle:
        return None
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    found = text.find(needle)
    return text.count("\n", 0, found) + 1 if found >= 0 else None


def _tag(where: str) -> str:
    """ "<img" from "<img src>" (or from "inline script in <iframe srcdoc>")."""
    start = where.find("<")
    return where[start:].split(" ", 1)[0].rstrip(">") if start >= 0 else ""
