"""Mark links that leave the site so that they leak neither the opener nor the referrer."""

from bs4 import BeautifulSoup

REL = ("noopener", "noreferrer")


def is_outbound(href: str) -> bool:
    """True for links that navigate to another origin (scheme-qualified or protocol-relative)."""
    lowered = href.strip().lower()
    return lowered.startswith(("http://", "https://", "//"))


def mark_outbound(html: str) -> str:
    """Add rel="noopener noreferrer" to every outbound <a>, keeping any rel already there."""
    if "//" not in html:
        return html
    soup = BeautifulSoup(html, "html.parser")
    changed = False
    for anchor in soup.find_all("a", href=True):
        if not is_outbound(anchor["href"]):
            continue
        rel = list(anchor.get("rel", []))
        missing = [value for value in REL if value not in rel]
        if missing:
            anchor["rel"] = rel + missing
            changed = True
    return str(soup) if changed else html
