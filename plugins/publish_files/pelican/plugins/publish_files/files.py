"""Texts of the files a published site needs beside its pages: sitemap, robots, host headers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from xml.sax.saxutils import escape


def sitemap_xml(entries: Iterable[tuple]) -> str:
    """A sitemap of absolute URLs, each with its last-modified day when known and, for a page
    that has translations, every edition as an `xhtml:link` alternate; in URL order.

    An entry is (url, lastmod) or (url, lastmod, ((lang, url), ...)).
    """
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ]
    for url, lastmod, *rest in sorted(set(entries)):
        modified = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        alternates = "".join(
            f'<xhtml:link rel="alternate" hreflang="{escape(lang)}" href="{escape(href)}"/>'
            for lang, href in (rest[0] if rest else ())
        )
        lines.append(f"  <url><loc>{escape(url)}</loc>{modified}{alternates}</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def robots_txt(siteurl: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {siteurl}/sitemap.xml\n"


def headers_file(headers: Mapping[str, str]) -> str:
    """Netlify's and Cloudflare Pages' `_headers`: the same headers on every path."""
    lines = ["/*", *(f"  {name}: {value}" for name, value in headers.items())]
    return "\n".join(lines) + "\n"


def netlify_toml(headers: Mapping[str, str], publish: str = "output") -> str:
    """Netlify's configuration: publish the built folder with the same headers."""
    lines = ["[build]", f'  publish = "{publish}"', "", "[[headers]]", '  for = "/*"']
    lines.append("  [headers.values]")
    lines.extend(f"    {name} = {toml_string(value)}" for name, value in headers.items())
    return "\n".join(lines) + "\n"


def toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def security_headers(csp: str, extra: Mapping[str, str]) -> dict[str, str]:
    """The page's policy as a real header, plus what only a header can say (frame-ancestors)."""
    policy = csp if "frame-ancestors" in csp else f"{csp}; frame-ancestors 'none'"
    return {"Content-Security-Policy": policy, **extra}
