"""The HTML report in a real browser (headless Chromium over the DevTools protocol): every
finding highlighted once at its text, filters, related links, keyboard navigation, no script
from a story ever running, nothing fetched, and a screenshot that shows something.

Chromium is Debian's ``chromium`` (``.ci/run`` installs it); where it is missing the browser
tests skip with the reason, except in CI, where they fail. ``NEWSLINT_UPDATE_SCREENSHOT=1``
writes the README's screenshot, ``docs/report.png``, from the example story's report.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint.document import LineIndex
from lint.formats.html import Span, marked_text
from lint.formats.html_assets import CONTRAST_PAIRS, PALETTE
from tests.chromium import Chromium, browser_path, colour_variety, png_pixels
from tests.conftest import REPO, run_cli

EXAMPLE = REPO / "examples" / "spun-story.txt"
SCREENSHOT = REPO / "docs" / "report.png"
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false")

# Made-up copy that tries every way out of a text node and an attribute, with doubled words.
HOSTILE_TEXT = (
    "Hostile copy <script>window.pwned = 'script'; document.title = 'pwned'</script> was pasted in.\n"
    "\n"
    "The clerk wrote \"><img src=x onerror=\"window.pwned='img'\"> and then the the rest.\n"
    "\n"
    "A form closed </textarea><script>window.pwned='textarea'</script></pre><b>so so</b> early,"
    " with &amp; and &lt;b&gt; and ' and \" left as they were, the the end.\n"
)
HOSTILE_HTML = (
    "<html><head><title>Council</title><script>window.pwned = 'head'</script></head><body>\n"
    "<p>The council met on on Monday <img src=x onerror=\"window.pwned='html'\"> to vote.</p>\n"
    "</body></html>\n"
)


def _need(condition: bool, reason: str) -> None:
    if not condition:
        if IN_CI:
            pytest.fail(f"{reason}: CI must run the browser tests")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    try:
        import websocket  # noqa: F401
    except ImportError:
        _need(False, "websocket-client is not installed (pip install '.[test]')")
    _need(browser_path() is not None, "chromium is not installed (apt-get install chromium)")
    chromium = Chromium(tmp_path_factory.mktemp("chromium-profile"), width=1000, height=700)
    yield chromium
    chromium.close()


def report(tmp_path: Path, *stories: Path, cwd: Path | None = None) -> Path:
    out = tmp_path / "report.html"
    names = [str(s.relative_to(cwd)) if cwd else str(s) for s in stories]
    run = run_cli("check", "--format", "html", "-o", str(out), *names, cwd=cwd or tmp_path)
    assert run.code == 1, run.err
    return out


def expected_findings(*stories: Path) -> list[dict[str, Any]]:
    """Each finding as the JSON format reports it, with its start offset and flagged text."""
    run = run_cli("check", "--format", "json", *map(str, stories))
    found: list[dict[str, Any]] = json.loads(run.out)
    for item in found:
        text = Path(item["path"]).read_text(encoding="utf-8")
        index = LineIndex(text)
        start = index.line_start(item["line"]) + item["column"] - 1
        end = index.line_start(item["end_line"]) + item["end_column"] - 1
        item["start"], item["text"] = start, text[start:end]
    return found


# What the page shows, read from the DOM: for each finding's highlight (in page order), its rule,
# severity, the text of all its pieces, and its offset in its story's text.
HIGHLIGHTS = """
Array.from(document.querySelectorAll("mark.hl[id]")).map((mark) => {
  const pre = mark.closest("pre");
  const before = document.createRange();
  before.setStart(pre, 0);
  before.setEndBefore(mark);
  const pieces = Array.from(pre.querySelectorAll(`mark.hl[data-f="${mark.dataset.f}"]`));
  const item = document.getElementById("d" + mark.dataset.f);
  return {
    path: mark.closest("article").querySelector("h2").textContent,
    rule: item.dataset.rule, severity: item.dataset.severity,
    text: pieces.map((p) => p.textContent).join(""),
    start: before.toString().length,
  };
})
"""
VISIBLE = "(selector) => Array.from(document.querySelectorAll(selector)).filter((e) => e.offsetParent)"


def test_each_finding_is_highlighted_once_at_its_text(browser: Chromium, tmp_path: Path) -> None:
    page = report(tmp_path, EXAMPLE)
    browser.load(page.as_uri())
    shown = browser.evaluate(HIGHLIGHTS)
    expected = expected_findings(EXAMPLE)
    assert [(h["rule"], h["severity"], h["text"], h["start"]) for h in shown] == [
        (e["rule"], e["severity"], e["text"], e["start"]) for e in expected]
    assert browser.evaluate("document.querySelector('pre.text').textContent") == \
        EXAMPLE.read_text(encoding="utf-8")
    assert browser.evaluate("document.getElementById('shown').textContent") == \
        f"{len(expected)} of {len(expected)} findings shown"
    assert browser.requested_urls() == [page.as_uri()], "the report fetches nothing"


def test_hostile_story_text_is_shown_and_runs_nothing(browser: Chromium, tmp_path: Path) -> None:
    text_story = tmp_path / "hostile.txt"
    text_story.write_text(HOSTILE_TEXT, encoding="utf-8")
    html_story = tmp_path / "hostile.html"
    html_story.write_text(HOSTILE_HTML, encoding="utf-8")
    page = report(tmp_path, html_story, text_story)
    browser.load(page.as_uri())
    assert browser.evaluate("typeof window.pwned") == "undefined"
    assert browser.evaluate("document.title") != "pwned"
    # The only elements inside the stories are the report's own.
    tags = browser.evaluate("Array.from(new Set(Array.from(document.querySelectorAll('main *'))"
                            ".map((e) => e.tagName.toLowerCase()))).sort()")
    assert not set(tags) & {"script", "img", "textarea", "b", "title", "p", "html", "body"}
    assert browser.evaluate("Array.from(document.querySelectorAll('pre.text'))"
                            ".map((p) => p.textContent)") == [HOSTILE_HTML, HOSTILE_TEXT]
    assert browser.evaluate("document.scripts.length") == 1
    shown = browser.evaluate(HIGHLIGHTS)
    expected = expected_findings(html_story, text_story)
    assert [(h["rule"], h["text"], h["start"]) for h in shown] == [
        (e["rule"], e["text"], e["start"]) for e in expected]
    assert {h["text"] for h in shown} >= {"on on", "the the"}
    assert browser.requested_urls() == [page.as_uri()]


def test_a_filter_hides_the_findings_of_its_rule_and_stories_left_empty(
        browser: Chromium, tmp_path: Path) -> None:
    doubled_only = tmp_path / "doubled.txt"
    doubled_only.write_text("The council met on on Monday to vote.\n", encoding="utf-8")
    page = report(tmp_path, EXAMPLE, doubled_only)
    browser.load(page.as_uri())
    total = len(expected_findings(EXAMPLE, doubled_only))
    visible = f"({VISIBLE})"
    browser.click('input[data-filter="rule"][value="repeated-word"]')
    assert browser.evaluate(f"{visible}('li.finding[data-rule=\"repeated-word\"]').length") == 0
    assert browser.evaluate(
        "Array.from(document.querySelectorAll('li.finding[data-rule=\"repeated-word\"]'))"
        ".every((li) => document.querySelector(`mark.hl[data-f=\"${li.dataset.f}\"]`)"
        ".classList.contains('off') && document.getElementById('f' + li.dataset.f).tabIndex === -1)")
    others = browser.evaluate(f"{visible}('li.finding').map((li) => li.dataset.rule)")
    assert others and "repeated-word" not in others
    assert browser.evaluate(f"{visible}('article.story h2').map((h) => h.textContent)") == [str(EXAMPLE)]
    assert browser.evaluate("document.getElementById('shown').textContent") == \
        f"{len(others)} of {total} findings shown"
    browser.click('input[data-filter="rule"][value="repeated-word"]')
    assert browser.evaluate(f"{visible}('li.finding').length") == total


def test_a_related_link_moves_focus_to_the_related_text(browser: Chromium, tmp_path: Path) -> None:
    page = report(tmp_path, EXAMPLE)
    browser.load(page.as_uri())
    spelling = next(e for e in expected_findings(EXAMPLE) if e.get("related"))
    related = spelling["related"][0]
    text = EXAMPLE.read_text(encoding="utf-8")
    index = LineIndex(text)
    start = index.line_start(related["line"]) + related["column"] - 1
    end = index.line_start(related["end_line"]) + related["end_column"] - 1
    browser.click("ul.related a.jump")
    focused = browser.evaluate("[document.activeElement.className, document.activeElement.textContent]")
    assert focused == ["rel flash", text[start:end]]


def test_keys_move_from_finding_to_finding_and_show_the_message(
        browser: Chromium, tmp_path: Path) -> None:
    page = report(tmp_path, EXAMPLE)
    browser.load(page.as_uri())
    expected = expected_findings(EXAMPLE)
    browser.mouse_away()  # scrolling under a resting mouse would hover whatever comes under it
    active = "document.activeElement.id"
    browser.press("n")
    assert browser.evaluate(active) == "f1"
    assert browser.evaluate("document.getElementById('tip').hidden") is False
    assert expected[0]["message"] in browser.evaluate("document.getElementById('tip').textContent")
    browser.press("j")
    assert browser.evaluate(active) == "f2"
    browser.press("k")
    assert browser.evaluate(active) == "f1"
    browser.press("p")  # from the first, back round to the last
    assert browser.evaluate(active) == f"f{len(expected)}"
    browser.press("Escape")
    assert browser.evaluate("document.getElementById('tip').hidden") is True
    browser.mouse_away()  # a mouse event after Esc does not bring the dismissed message back
    assert browser.evaluate("document.getElementById('tip').hidden") is True
    browser.press("n")
    assert browser.evaluate("document.getElementById('tip').hidden") is False


def test_the_screenshot_is_not_blank(browser: Chromium, tmp_path: Path) -> None:
    page = report(tmp_path, EXAMPLE, cwd=REPO)  # the story named as in the README
    browser.resize(960, 1320)
    try:
        browser.load(page.as_uri())
        browser.hover("mark.hl.error")  # the summary, the story, and one message showing
        assert browser.evaluate("document.getElementById('tip').hidden") is False
        png = browser.screenshot()
    finally:
        browser.resize(1000, 700)
    width, height, _ = png_pixels(png)
    assert (width, height) == (960, 1320)
    colours, commonest = colour_variety(png)
    assert colours > 50, "a page of text, highlights and a chart has many colours"
    assert commonest < 0.9, "a blank or one-colour page is mostly one colour"
    if os.environ.get("NEWSLINT_UPDATE_SCREENSHOT") == "1":
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(png)


def test_the_png_reader_decodes_what_chromium_writes(browser: Chromium) -> None:
    browser.load("data:text/html,<body style='margin:0;background:rgb(10,200,30)'></body>")
    width, height, pixels = png_pixels(browser.screenshot())
    assert (width, height) == (1000, 700)
    assert set(pixels) in ({bytes([10, 200, 30])}, {bytes([10, 200, 30, 255])})


# --- without a browser ------------------------------------------------------------------------


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize(("ink", "ground"), CONTRAST_PAIRS)
def test_text_colours_meet_wcag_aa_contrast(ink: str, ground: str) -> None:
    lighter, darker = sorted((_luminance(PALETTE[ink]), _luminance(PALETTE[ground])), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 4.5


def test_the_report_allows_only_its_own_style_and_script(tmp_path: Path) -> None:
    page = report(tmp_path, EXAMPLE).read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    assert policy.group(1).startswith("default-src 'none'; style-src 'sha256-")
    assert "unsafe-inline" not in policy.group(1)
    assert not re.search(r"\b(src|href)=\"(https?:)?//", page)


def test_stories_without_findings_are_listed_collapsed(tmp_path: Path) -> None:
    (tmp_path / "clean.txt").write_text("The minister said nothing.\n", encoding="utf-8")
    (tmp_path / "doubled.txt").write_text("The council met on on Monday.\n", encoding="utf-8")
    page = report(tmp_path, tmp_path / "clean.txt", tmp_path / "doubled.txt").read_text(encoding="utf-8")
    assert page.count('<article class="story"') == 1
    listed = f"<summary>1 story without findings</summary><ul><li>{tmp_path / 'clean.txt'}</li>"
    assert f'<details class="clean">{listed}' in page
    assert "2 stories checked, 1 with findings: 1 finding (1 error, 0 warnings, 0 info)." in page


def test_unreadable_files_are_counted_and_named(tmp_path: Path) -> None:
    (tmp_path / "doubled.txt").write_text("The council met on on Monday.\n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 <b>society</b>\n".encode("latin-1"))
    out = tmp_path / "report.html"
    run = run_cli("check", "--format", "html", "-o", str(out), str(tmp_path), cwd=tmp_path)
    assert run.code == 2
    page = out.read_text(encoding="utf-8")
    assert "1 story checked, 1 with findings: 1 finding (1 error, 0 warnings, 0 info). " \
        "1 file could not be read.</p>" in page
    assert f'<ul class="unreadable"><li><code>{tmp_path / "latin1.txt"}</code>: not UTF-8: byte 0xe9' in page


class _Pieces(HTMLParser):
    """Reads marked text back: the whole text, and the text inside each finding's pieces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.open: list[dict[str, str | None]] = []
        self.by_finding: dict[str, str] = {}
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open.append(dict(attrs))
        if dict(attrs).get("id"):
            self.ids.append(str(dict(attrs)["id"]))

    def handle_endtag(self, tag: str) -> None:
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text += data
        for attrs in self.open:
            if attrs.get("data-f"):
                key = str(attrs["data-f"])
                self.by_finding[key] = self.by_finding.get(key, "") + data


@given(st.data())
def test_marked_text_keeps_the_text_and_gives_each_span_its_text(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet=st.sampled_from(list("ab <>&\"'\n")), max_size=40))
    bounds = st.integers(0, len(text))
    spans = []
    for number in range(1, data.draw(st.integers(0, 6)) + 1):
        start, end = sorted((data.draw(bounds), data.draw(bounds)))
        spans.append(Span(start, end, data.draw(st.booleans()), number, "warning"))
    pieces = _Pieces()
    pieces.feed(marked_text(text, spans))
    pieces.close()
    assert pieces.text == text
    assert not pieces.open, "every element is closed"
    findings = [s for s in spans if s.is_finding]
    assert sorted(i for i in pieces.ids if i.startswith("f")) == sorted(f"f{s.number}" for s in findings)
    for span in findings:
        assert pieces.by_finding.get(str(span.number), "") == text[span.start : span.end]
