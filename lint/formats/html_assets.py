"""The style sheet and script inlined in every HTML report (nothing is fetched: the page works
opened from disk, and its Content-Security-Policy forbids loading anything).

Colours live in ``PALETTE`` so a test can check each text/background pair for contrast (WCAG AA,
4.5:1). Severity is never shown by colour alone: each has its own underline style and a label.
The script reads the page only through ``textContent`` and attributes, never ``innerHTML``, so
story text it moves around (into the tooltip) stays text.
"""

from __future__ import annotations

# name -> colour. Pairs that carry text are listed in CONTRAST_PAIRS.
PALETTE = {
    "ink": "#1b1b1b",
    "muted": "#4f4f4f",
    "page": "#ffffff",
    "panel": "#f4f4f2",
    "link": "#0b57d0",
    "focus": "#1d3a8a",
    "error": "#b3261e",
    "error-bg": "#ffd9d6",
    "warning": "#8a5300",
    "warning-bg": "#ffe9a8",
    "info": "#1f56b3",
    "info-bg": "#d7e7ff",
    "related-bg": "#e4ddff",
    "tip": "#1b1b1b",
    "tip-ink": "#ffffff",
}

# (text colour, background colour): every combination the page draws text in.
CONTRAST_PAIRS = (
    ("ink", "page"), ("muted", "page"), ("link", "page"), ("ink", "panel"), ("muted", "panel"),
    ("link", "panel"), ("ink", "error-bg"), ("ink", "warning-bg"), ("ink", "info-bg"),
    ("ink", "related-bg"), ("page", "error"), ("page", "warning"), ("page", "info"),
    ("tip-ink", "tip"), ("error", "page"), ("warning", "page"), ("info", "page"),
)


def root_variables() -> str:
    return ":root{" + "".join(f"--{name}:{value};" for name, value in PALETTE.items()) + "}\n"


STYLE = """
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);
background:var(--page)}
header,main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}
header{border-bottom:1px solid #d0d0d0}
h1{font-size:1.6rem;margin:.2rem 0}
h2{font-size:1.05rem;margin:0;display:inline;word-break:break-all}
a{color:var(--link)}
.totals{font-size:1.05rem;margin:.3rem 0 1rem}
ul.unreadable{color:var(--error);margin:0 0 1rem}
.silent{color:var(--muted);margin:.6rem 0 0}
.summary{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
.summary svg{max-width:100%;height:auto}
table.counts{border-collapse:collapse;font-variant-numeric:tabular-nums}
table.counts th,table.counts td{padding:.15rem .45rem;border-bottom:1px solid #d0d0d0;text-align:right}
table.counts th:first-child,table.counts td:first-child{text-align:left}
.filters{display:flex;flex-wrap:wrap;gap:1rem;margin-top:1rem;background:var(--panel);
padding:.6rem 1rem;border-radius:6px}
.filters fieldset{border:0;margin:0;padding:0}
.filters legend{font-weight:600;padding:0}
.filters label{margin-right:.9rem;white-space:nowrap}
.keys,#shown{color:var(--muted);margin:.2rem 0;flex-basis:100%}
kbd{border:1px solid #999;border-radius:3px;padding:0 .3rem;background:var(--page);font-size:.9em}
article.story{content-visibility:auto;contain-intrinsic-size:auto 40rem;margin:1.2rem 0;
border:1px solid #d0d0d0;border-radius:6px}
article.story>details>summary{cursor:pointer;padding:.6rem 1rem;background:var(--panel);
border-radius:6px}
.story-counts{color:var(--muted);margin-left:.6rem}
pre.text{white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.7 ui-monospace,"DejaVu Sans Mono",
Menlo,Consolas,monospace;margin:0;padding:1rem;border-top:1px solid #d0d0d0}
mark.hl{color:var(--ink);border-bottom:2px solid;padding:1px 0;border-radius:2px}
mark.hl.error{background:var(--error-bg);border-bottom-color:var(--error)}
mark.hl.warning{background:var(--warning-bg);border-bottom:2px dashed var(--warning)}
mark.hl.info{background:var(--info-bg);border-bottom:2px dotted var(--info)}
mark.hl mark.hl{padding:2px 0}
mark.hl.off{background:none;border-bottom:0}
mark.hl:empty::after{content:"\\2038"}
mark.hl:focus,.rel:focus,li.finding:focus{outline:3px solid var(--focus);outline-offset:2px}
.rel{background:var(--related-bg);border-radius:2px}
.flash{animation:flash 1.2s ease-out}
@keyframes flash{from{box-shadow:0 0 0 5px var(--focus)}to{box-shadow:0 0 0 0 transparent}}
ol.findings{margin:0;padding:.6rem 1rem .8rem 2.6rem;border-top:1px solid #d0d0d0}
li.finding{margin:.35rem 0}
.sev{display:inline-block;min-width:4.6rem;text-align:center;color:var(--page);border-radius:3px;
font-size:.8rem;font-weight:600;padding:0 .3rem;margin-right:.3rem}
.sev.error{background:var(--error)}.sev.warning{background:var(--warning)}.sev.info{background:var(--info)}
code.rule{font-size:.9rem;margin-right:.4rem}
.fix,.related{color:var(--muted);font-size:.92rem}
.related{margin:.1rem 0 0;padding-left:1.2rem}
del,ins{white-space:pre;text-decoration:none;font-family:ui-monospace,monospace;padding:0 .2rem;
border:1px solid #999;border-radius:3px;color:var(--ink)}
del{background:var(--error-bg)}ins{background:#d9f2dc}
ins:empty::after{content:"(nothing)";color:var(--muted)}
details.clean{margin:1.5rem 0}
details.clean ul{columns:18rem;font-size:.9rem}
#tip{position:absolute;z-index:10;max-width:34rem;background:var(--tip);color:var(--tip-ink);
padding:.5rem .7rem;border-radius:5px;font-size:.92rem;box-shadow:0 2px 8px rgba(0,0,0,.3);
pointer-events:none}
#tip .tip-fix{margin-top:.3rem;opacity:.9}
"""

SCRIPT = r"""
(() => {
  "use strict";
  const all = (selector, root) => Array.from((root || document).querySelectorAll(selector));
  const items = new Map(all("li.finding").map((li) => [li.dataset.f, li]));
  const marks = all("mark.hl");
  const primaries = marks.filter((m) => m.id);
  const boxes = all("input[data-filter]");
  const stories = all("article.story");
  const tip = document.getElementById("tip");
  const shown = document.getElementById("shown");
  let last = null;
  let dismissed = null;  // the highlight whose message Esc hid: not shown again until focus moves

  function applyFilters() {
    const on = { rule: new Set(), severity: new Set() };
    for (const box of boxes) if (box.checked) on[box.dataset.filter].add(box.value);
    let count = 0;
    for (const li of items.values()) {
      li.hidden = !(on.rule.has(li.dataset.rule) && on.severity.has(li.dataset.severity));
      if (!li.hidden) count += 1;
    }
    for (const mark of marks) {
      const off = items.get(mark.dataset.f).hidden;
      mark.classList.toggle("off", off);
      if (mark.id) mark.tabIndex = off ? -1 : 0;
    }
    for (const story of stories) story.hidden = !all("li.finding:not([hidden])", story).length;
    shown.textContent = `${count} of ${items.size} findings shown`;
  }

  function reveal(element) {
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: "center" });
    element.classList.remove("flash");
    void element.offsetWidth;
    element.classList.add("flash");
  }

  function step(by) {
    const visible = primaries.filter((m) => !m.classList.contains("off"));
    if (!visible.length) return;
    let at = visible.indexOf(document.activeElement);
    if (at < 0) at = visible.indexOf(last);
    const next = at < 0 ? (by > 0 ? 0 : visible.length - 1) : (at + by + visible.length) % visible.length;
    reveal(visible[next]);
  }

  function showTip(mark) {
    const li = items.get(mark.dataset.f);
    const head = document.createElement("strong");
    head.textContent = `${li.dataset.severity} \u00b7 ${li.dataset.rule}`;
    const message = document.createElement("div");
    message.textContent = li.querySelector(".msg").textContent;
    tip.replaceChildren(head, message);
    const fix = li.querySelector(".fix-title");
    if (fix) {
      const line = document.createElement("div");
      line.className = "tip-fix";
      line.textContent = fix.textContent;
      tip.append(line);
    }
    tip.hidden = false;
    const box = (mark.getClientRects()[0] || mark.getBoundingClientRect());
    const left = Math.min(box.left, document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = `${Math.max(8, left) + window.scrollX}px`;
    const above = box.top - tip.offsetHeight - 6;
    tip.style.top = `${(above > 0 ? above : box.bottom + 6) + window.scrollY}px`;
  }

  function hideTip() {
    const focused = document.activeElement;
    if (focused && focused !== dismissed && focused.matches && focused.matches("mark.hl:not(.off)")) {
      showTip(focused);
    } else tip.hidden = true;
  }

  boxes.forEach((box) => box.addEventListener("change", applyFilters));
  document.addEventListener("mouseover", (event) => {
    const mark = event.target.closest && event.target.closest("mark.hl:not(.off)");
    if (mark) showTip(mark); else hideTip();
  });
  document.addEventListener("focusin", (event) => {
    const mark = event.target.closest && event.target.closest("mark.hl");
    dismissed = null;
    if (mark && !mark.classList.contains("off")) { last = mark; showTip(mark); } else hideTip();
  });
  document.addEventListener("focusout", () => setTimeout(hideTip, 0));
  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a.jump");
    if (!link) return;
    const target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) return;
    event.preventDefault();
    reveal(target);
  });
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest && event.target.closest("input, select, textarea")) return;
    const key = event.key;
    if (key === "n" || key === "j") { step(1); event.preventDefault(); }
    else if (key === "p" || key === "k") { step(-1); event.preventDefault(); }
    else if (key === "Escape") { dismissed = document.activeElement; tip.hidden = true; }
    else if (key === "Enter" && event.target.matches && event.target.matches("mark.hl[id]")) {
      reveal(items.get(event.target.dataset.f));
      event.preventDefault();
    }
  });
  applyFilters();
})();
"""
