"""HTML: one self-contained page a copy editor reads, not a log.

At the top: how many stories were checked, the findings per rule and severity (an inline SVG
bar chart and a table), filters by rule and severity, and the keys. Then each story with findings,
its text shown with every finding highlighted in place (the message on hover and focus), and
below it the list of its findings with their fixes and links to the related locations (the
other spelling, the first mention). Stories without findings are listed, collapsed, at the end.

The page needs the story text: the run keeps it for this format (``RunSummary.texts``, filled
because ``needs_text("html")``), and places are turned back into offsets with the same
``LineIndex`` the engine placed them with, so nothing is read again from disk.

Every piece of story text, path and message is escaped; the Content-Security-Policy allows only
the page's own style sheet and script (by hash) and fetches nothing, so even a mistake in
escaping could not run a story's script or load anything.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Iterator, Sequence
from html import escape
from itertools import groupby
from typing import NamedTuple, TextIO

from lint.document import LineIndex
from lint.findings import Place, Reported, Severity
from lint.formats import RunSummary
from lint.formats.html_assets import PALETTE, SCRIPT, STYLE, root_variables

_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


class Span(NamedTuple):
    """A piece of story text to wrap: a finding's highlight or a related location's target."""

    start: int
    end: int
    is_finding: bool
    number: int  # the finding's number, or the related target's
    severity: str = ""  # a finding's


def _plural(count: int, word: str, plural: str = "") -> str:
    return f"{count:,} {word if count == 1 else plural or word + 's'}"


def _severity_counts(counts: Counter[Severity], zeros: bool) -> str:
    """``1 error, 2 warnings, 0 info``; without ``zeros``, only the severities that occur."""
    return ", ".join(
        f"{counts[s]:,} info" if s is Severity.INFO else _plural(counts[s], s.value)
        for s in _SEVERITIES if zeros or counts[s]
    )


def _offsets(index: LineIndex, place: Place) -> tuple[int, int]:
    return (index.line_start(place.line) + place.column - 1,
            index.line_start(place.end_line) + place.end_column - 1)


def _open_tag(span: Span, first: bool) -> str:
    if not span.is_finding:
        return f'<span class="rel" id="r{span.number}" tabindex="-1">'
    common = f'class="hl {span.severity}{"" if first else " cont"}" data-f="{span.number}"'
    if not first:
        return f"<mark {common}>"
    return f'<mark {common} id="f{span.number}" tabindex="0" aria-describedby="m{span.number}">'


def _close_tag(span: Span) -> str:
    return "</mark>" if span.is_finding else "</span>"


def marked_text(text: str, spans: Sequence[Span]) -> str:
    """The escaped text with each span wrapped in its element. Spans that nest become nested
    elements; a span that crosses the end of another is closed there and reopened as a
    continuation (class ``cont``), so each finding has exactly one element with its id."""
    opening: dict[int, list[Span]] = {}
    for span in sorted(spans, key=lambda s: (s.start, -s.end, not s.is_finding, s.number)):
        opening.setdefault(span.start, []).append(span)
    boundaries = sorted({0, len(text), *opening, *(s.end for s in spans)})
    out: list[str] = []
    stack: list[Span] = []
    previous = 0
    for position in boundaries:
        out.append(escape(text[previous:position]))
        previous = position
        if any(s.end == position for s in stack):
            reopen = []
            while any(s.end == position for s in stack):
                span = stack.pop()
                out.append(_close_tag(span))
                if span.end != position:
                    reopen.append(span)
            for span in reversed(reopen):
                out.append(_open_tag(span, first=False))
                stack.append(span)
        for span in opening.get(position, ()):
            out.append(_open_tag(span, first=True))
            if span.end == span.start:
                out.append(_close_tag(span))
            else:
                stack.append(span)
    return "".join(out)


def _fix_html(item: Reported, text: str, index: LineIndex) -> str:
    if item.fix_applicability is None:
        return ""
    edits = []
    for edit in item.fix_edits:
        start, end = _offsets(index, edit.place)
        edits.append(f"<del>{escape(text[start:end])}</del> \u2192 <ins>{escape(edit.replacement)}</ins>")
    return (f'<div class="fix"><span class="fix-title">Fix ({item.fix_applicability.value}): '
            f"{escape(item.fix_description or '')}</span> {' '.join(edits)}</div>")


def _story(number: int, path: str, items: list[Reported], text: str, first_finding: int,
           related_ids: Iterator[int]) -> str:
    index = LineIndex(text)
    findings = {first_finding + i: item for i, item in enumerate(items)}
    spans: list[Span] = []
    targets: dict[tuple[int, int], int] = {}  # one target per related place, however many point to it
    entries: list[str] = []
    for n, item in findings.items():
        start, end = _offsets(index, item.place)
        spans.append(Span(start, end, True, n, item.severity.value))
        links = []
        for related in item.related:
            if related.path is not None:  # in another story of the run: named, not linked
                place = related.place
                links.append(f"<li>{escape(related.path)}:{place.line}:{place.column} "
                             f"{escape(related.message)}</li>")
                continue
            where = _offsets(index, related.place)
            if where not in targets:
                targets[where] = next(related_ids)
                spans.append(Span(*where, False, targets[where]))
            place = related.place
            links.append(f'<li><a class="jump" href="#r{targets[where]}">{place.line}:{place.column}</a> '
                         f"{escape(related.message)}</li>")
        severity, rule = item.severity.value, escape(item.rule)
        entries.append(
            f'<li class="finding" id="d{n}" tabindex="-1" data-f="{n}" data-rule="{rule}" '
            f'data-severity="{severity}"><a class="jump" href="#f{n}">{item.place.line}:'
            f'{item.place.column}</a> <span class="sev {severity}">{severity}</span>'
            f'<code class="rule">{rule}</code><span class="msg" id="m{n}">{escape(item.message)}</span>'
            + _fix_html(item, text, index)
            + (f'<ul class="related">{"".join(links)}</ul>' if links else "")
            + "</li>"
        )
    by_severity = _severity_counts(Counter(item.severity for item in items), zeros=False)
    # The "\n" after <pre> is the one newline the HTML parser drops there: the story's own stays.
    return (
        f'<article class="story" id="s{number}"><details open><summary><h2>{escape(path)}</h2>'
        f'<span class="story-counts">{_plural(len(items), "finding")} ({by_severity})</span></summary>'
        f'<pre class="text">\n{marked_text(text, spans)}</pre>'
        f'<ol class="findings">{"".join(entries)}</ol></details></article>\n'
    )


def _chart(rules: Sequence[str], counts: Counter[tuple[str, Severity]]) -> str:
    """Horizontal bars, one per rule, split by severity; the table beside it has the numbers."""
    label_width, bar_width, row, top = 160, 220, 26, 8
    totals = {rule: sum(counts[rule, s] for s in _SEVERITIES) for rule in rules}
    widest = max(totals.values(), default=0) or 1
    parts = []
    for i, rule in enumerate(rules):
        y = top + i * row
        parts.append(f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end">{escape(rule)}</text>')
        x = float(label_width)
        for severity in _SEVERITIES:
            width = bar_width * counts[rule, severity] / widest
            if width:
                parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{width:.1f}" height="{row - 8}" '
                             f'fill="{PALETTE[severity.value]}"><title>{escape(rule)}: '
                             f'{counts[rule, severity]} {severity.value}</title></rect>')
                x += width
        parts.append(f'<text x="{x + 6:.1f}" y="{y + 16}">{totals[rule]}</text>')
    height = top * 2 + row * len(rules)
    legend_y = height + 4
    for i, severity in enumerate(_SEVERITIES):
        x = label_width + i * 90
        parts.append(f'<rect x="{x}" y="{legend_y}" width="12" height="12" fill="{PALETTE[severity.value]}"/>'
                     f'<text x="{x + 17}" y="{legend_y + 11}">{severity.value}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{label_width + bar_width + 60}" '
            f'height="{legend_y + 20}" font-size="13" fill="{PALETTE["ink"]}" '
            f'aria-labelledby="chart-title"><title id="chart-title">Findings per rule and severity'
            f'</title>{"".join(parts)}</svg>')


def _summary(reported: Sequence[Reported], summary: RunSummary, stories_with_findings: int) -> str:
    counts = Counter((r.rule, r.severity) for r in reported)
    by_severity = Counter(r.severity for r in reported)
    by_rule = Counter(r.rule for r in reported)
    ran = list(dict.fromkeys([*summary.rules, *by_rule]))
    rules = [rule for rule in ran if by_rule[rule]]
    silent = [rule for rule in ran if not by_rule[rule]]
    linted = summary.files_checked - summary.files_failed
    totals = (f"{_plural(linted, 'story', 'stories')} checked, "
              f"{stories_with_findings:,} with findings: {_plural(len(reported), 'finding')} "
              f"({_severity_counts(by_severity, zeros=True)}).")
    unreadable = ""
    if summary.files_failed:
        totals += f" {_plural(summary.files_failed, 'file')} could not be read."
        unreadable = ('<ul class="unreadable">' + "".join(
            f"<li><code>{escape(e.path)}</code>: {escape(e.message)}</li>" for e in summary.unreadable
        ) + "</ul>")
    rows = "".join(
        f"<tr><td><code>{escape(rule)}</code></td>"
        + "".join(f"<td>{counts[rule, s]:,}</td>" for s in _SEVERITIES)
        + f"<td>{by_rule[rule]:,}</td></tr>"
        for rule in rules
    )
    table = ('<table class="counts"><thead><tr><th>rule</th>'
             + "".join(f"<th>{s.value}</th>" for s in _SEVERITIES)
             + f"<th>total</th></tr></thead><tbody>{rows}</tbody></table>")
    rule_boxes = "".join(
        f'<label><input type="checkbox" data-filter="rule" value="{escape(rule)}" checked> '
        f"{escape(rule)} ({by_rule[rule]:,})</label>" for rule in rules
    )
    severity_boxes = "".join(
        f'<label><input type="checkbox" data-filter="severity" value="{s.value}" checked> '
        f"{s.value} ({by_severity[s]:,})</label>" for s in _SEVERITIES if by_severity[s]
    )
    silent_note = (f'<p class="silent">No findings from {", ".join(escape(rule) for rule in silent)}.</p>'
                   if silent else "")
    return (
        f'<p class="totals">{totals}</p>{unreadable}<section class="summary" aria-label="Findings per rule">'
        f"{_chart(rules, counts)}{table}</section>{silent_note}"
        '<form class="filters" aria-label="Filters">'
        f"<fieldset><legend>Rules</legend>{rule_boxes}</fieldset>"
        f"<fieldset><legend>Severity</legend>{severity_boxes}</fieldset>"
        '<p class="keys">Keys: <kbd>n</kbd> or <kbd>j</kbd> next finding, <kbd>p</kbd> or '
        "<kbd>k</kbd> previous, <kbd>Enter</kbd> on a highlight: its details, <kbd>Esc</kbd> "
        'hides the message.</p><p id="shown" aria-live="polite"></p></form>'
    )


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode()


def write(reported: Sequence[Reported], summary: RunSummary, out: TextIO) -> None:
    by_path = [(path, list(items)) for path, items in groupby(reported, key=lambda r: r.path)]
    style = root_variables() + STYLE
    policy = (f"default-src 'none'; style-src '{_hash(style)}'; script-src '{_hash(SCRIPT)}'; "
              "img-src data:; base-uri 'none'; form-action 'none'")
    title = f"newslint: {_plural(len(reported), 'finding')} in {_plural(len(by_path), 'story', 'stories')}"
    out.write(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{style}</style></head><body>\n"
        f"<header><h1>newslint report</h1>{_summary(reported, summary, len(by_path))}</header>\n<main>\n"
    )
    related_ids = iter(range(1, 1 + sum(len(r.related) for r in reported)))
    first_finding = 1
    for number, (path, items) in enumerate(by_path, 1):
        text = summary.texts.get(path)
        if text is None:
            raise ValueError(f"{path}: the html format needs the story text (RunSummary.texts)")
        out.write(_story(number, path, items, text, first_finding, related_ids))
        first_finding += len(items)
    with_findings = {path for path, _ in by_path}
    clean = [path for path in summary.paths if path not in with_findings]
    if clean:
        listed = "".join(f"<li>{escape(p)}</li>" for p in clean)
        out.write(f'<details class="clean"><summary>{_plural(len(clean), "story", "stories")} without '
                  f"findings</summary><ul>{listed}</ul></details>\n")
    out.write(f'</main><div id="tip" role="tooltip" hidden></div><script>{SCRIPT}</script></body></html>\n')
