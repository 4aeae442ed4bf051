"""The HTML reader: what is article text and what is page furniture, other languages, <title>."""

from __future__ import annotations

import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.document import build_document
from tests.conftest import lint, lint_again


def words(text: str) -> list[str]:
    return [t.text for t in build_document(text, "s.html").tokens]


BODY = "<p>Council rejects the plan.</p>"


# Each case: markup around the body paragraph; the words of the furniture must not be read,
# the body's must.
@pytest.mark.parametrize(
    "furniture",
    [
        "<figure><img src='a.jpg'><figcaption>Water rises Credit Credit Jo</figcaption></figure>",
        "<aside><p>Read more about floods</p></aside>",
        "<nav><ul><li>Home</li><li>World</li></ul></nav>",
        "<header><p>Site name tagline</p></header>",
        "<footer><p>Copyright holder text</p></footer>",
        "<div class='article-byline'>By Corey Writer</div>",
        "<p class='imgCaption'>Flood water rises</p>",
        "<span class='photo_credit'>Jo Bloggs Agency</span>",
        "<div id='author-box'><p>Corey Writer is a reporter covering floods</p></div>",
        "<div class='share-tools'><span>Share this story</span></div>",
        "<section class='newsletter'><p>Sign up for our daily briefing</p></section>",
        "<div class='relatedLinks'><p>Other news items</p></div>",
        "<span itemprop='author'>Corey Writer</span>",
        "<div role='navigation'>Sections menu items</div>",
        "<div hidden>Hidden words here</div>",
        "<div aria-hidden='true'>Hidden words here</div>",
        "<div style='display: none'>Hidden words here</div>",
        "<span class='sr-only'>Image caption label</span>",
        "<ul><li><a href='/a'>First story</a></li><li><a href='/b'>Second story</a></li></ul>",
        "<p>Related: <a href='/a'>A different story about something else</a></p>",
        "<ul><li><h3><a href='/a'>Teaser headline</a></h3><p>Teaser summary text</p></li></ul>",
        "<button>Subscribe now please</button>",
        # The label or heading of a block of links goes with it.
        "<p><b>Read more:</b></p>\n<p><a href='/a'>Other story title</a></p>",
        "<h3>Related stories</h3><ul><li><a href='/a'>One</a></li><li><a href='/b'>Two</a></li></ul>",
        "<div class='slideshow-description'>Photo words</div>",
        "<ul class='slideShow'><li>Photo words</li></ul>",
        "<div class='sharebuttons-tooltip'>Tweet this</div>",
        "<div class='ai2html'><p>Chart label</p></div>",
        # A pull quote repeats a line of the body, set apart.
        "<blockquote class='wp-block-pullquote'><p>Pulled line of text</p></blockquote>",
        "<div class='pull-quote'><p>Pulled line of text</p></div>",
    ],
)
def test_furniture_is_masked_and_the_body_kept(furniture: str) -> None:
    for text in (furniture + BODY, BODY + furniture):
        document = build_document(text, "s.html")
        assert len(document.prose) == len(text)
        assert words(text) == ["Council", "rejects", "the", "plan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A link inside a sentence leaves it a sentence.
        ("<p>The <a href='/r'>report</a> was out today.</p>", ["The", "report", "was", "out", "today"]),
        # Classes that name the body, or that only contain a furniture word inside another word.
        ("<div class='story-body'><p>Rain fell.</p></div>", ["Rain", "fell"]),
        ("<div class='authority-report'><p>Rain fell.</p></div>", ["Rain", "fell"]),
        ("<div class='canvas'><p>Rain fell.</p></div>", ["Rain", "fell"]),
        # A class that says what the element has, not what it is.
        ("<div class='item no_caption'><p>Rain fell.</p></div>", ["Rain", "fell"]),
        ("<div class='hasSidebar'><p>Rain fell.</p></div>", ["Rain", "fell"]),
        # A wrapper named like furniture that holds the article is not furniture.
        ("<div class='page-with-sidebar'><article><p>Rain fell.</p></article></div>", ["Rain", "fell"]),
        ("<div class='layout-header'><h1>Rain</h1><p>It fell.</p></div>", ["Rain", "It", "fell"]),
        # A short line ending in a colon before a list that is not made of links.
        ("<p>Three things:</p><ul><li>Rain</li><li>Wind</li></ul>", ["Three", "things", "Rain", "Wind"]),
        # A list of sentences with a link in one of them.
        ("<ul><li>Rain fell <a href='/a'>in Leeds</a> all day</li><li>Roads shut</li></ul>",
         ["Rain", "fell", "in", "Leeds", "all", "day", "Roads", "shut"]),
    ],
)
def test_body_text_is_kept(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_headline_in_the_article_header_is_kept_and_the_rest_masked() -> None:
    text = "<header><h1>Storm hits coast</h1><p>By Jo Writer</p></header><p>Rain fell.</p>"
    document = build_document(text, "s.html")
    assert document.headline is not None and document.headline.text == "Storm hits coast"
    assert words(text) == ["Storm", "hits", "coast", "Rain", "fell"]


def test_a_logo_h1_in_the_site_header_is_not_the_headline() -> None:
    text = (
        "<header><h1><a href='/'>Site Name</a></h1></header>"
        "<article><h1>Storm hits coast</h1><p>Rain fell.</p></article>"
    )
    document = build_document(text, "s.html")
    assert document.headline is not None and document.headline.text == "Storm hits coast"
    assert words(text) == ["Storm", "hits", "coast", "Rain", "fell"]


def test_outside_the_marked_article_body_is_masked() -> None:
    text = (
        "<h1>Storm hits coast</h1><p>Standfirst words</p>"
        "<div itemprop='articleBody'><p>Rain fell.</p></div><p>Reporter biography here</p>"
        "<div property='articleBody'><p>Roads shut.</p></div><p>Print edition note</p>"
    )
    assert words(text) == ["Storm", "hits", "coast", "Rain", "fell", "Roads", "shut"]


@pytest.mark.parametrize(
    "cards",
    [
        "<aside><article><h3><a href='/x'>Other story</a></h3><p>Other summary</p></article></aside>",
        "<article><h2><a href='/x'>Other story</a></h2><p>Other summary</p></article>",
    ],
)
def test_cards_for_other_stories_are_masked_and_the_story_kept(cards: str) -> None:
    text = f"<article><h1>Storm</h1><p>Rain fell.</p></article>{cards}"
    assert words(text) == ["Storm", "Rain", "fell"]


def test_an_encoded_line_break_does_not_end_the_line() -> None:
    text = "<p>Rain&#10;fell&#13;&#10;today.</p>"
    document = build_document(text, "s.html")
    assert [i for i, c in enumerate(document.prose) if c in "\r\n"] == []
    assert words(text) == ["Rain", "fell", "today"]


def test_outside_the_article_around_the_headline_is_masked() -> None:
    text = (
        "<div><p>Site tagline words</p></div><article><h1>Storm hits coast</h1><p>Rain fell.</p>"
        "<article class='x'><p>Reader reply</p></article></article><div><p>Other teaser</p></div>"
    )
    assert words(text) == ["Storm", "hits", "coast", "Rain", "fell", "Reader", "reply"]


def test_an_unclosed_caption_ends_with_its_parent() -> None:
    text = "<div><p class='caption'>Photo words<p>Rain fell.</div><p>Roads shut.</p>"
    assert words(text) == ["Rain", "fell", "Roads", "shut"]


def test_a_repeated_word_in_a_caption_is_not_reported() -> None:
    text = "<figure><figcaption><span>Credit</span> <span>Credit</span> Jo</figcaption></figure>" + BODY
    assert lint(text, name="s.html", select=["repeated-word"])[1] == []


# --- languages -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<html lang='es'><body><p>Qué pasa en la ciudad</p></body></html>", []),
        ("<html xml:lang='fr'><body><p>Le conseil a voté</p></body></html>", []),
        ("<html lang='en-GB'><body><p>Rain fell.</p></body></html>", ["Rain", "fell"]),
        ("<html lang='EN_us'><body><p>Rain fell.</p></body></html>", ["Rain", "fell"]),
        ("<p>Rain fell.</p><p lang='de'>Der Regen fiel</p>", ["Rain", "fell"]),
        # An English element inside a page in another language is read.
        ("<html lang='es'><body><p>Llueve</p><p lang='en'>Rain fell.</p></body></html>", ["Rain", "fell"]),
        # The page's declared language, where <html> has none.
        ("<head><meta property='og:locale' content='fr_FR'></head><p>Le conseil a voté</p>", []),
        ("<head><meta http-equiv='Content-Language' content='es'></head><p>Llueve</p>", []),
        ("<head><meta property='og:locale' content='en_US'></head><p>Rain fell.</p>", ["Rain", "fell"]),
        # An empty or undetermined language says nothing; hreflang is not lang.
        ("<p lang=''>Rain fell.</p>", ["Rain", "fell"]),
        ("<p lang='und'>Rain fell.</p>", ["Rain", "fell"]),
        ("<link rel='alternate' hreflang='es' href='/es'><p>Rain fell.</p>", ["Rain", "fell"]),
    ],
)
def test_lang_attributes(text: str, expected: list[str]) -> None:
    assert words(text) == expected


# --- the <title> is the headline, and it is linted ---------------------------------------------


def test_title_is_the_headline_and_a_doubled_word_there_is_found() -> None:
    text = "<html><head>\n<title>The the title</title></head><body><p>Rain fell.</p></body></html>"
    document, found = lint(text, name="s.html", select=["repeated-word"])
    assert document.headline is not None and document.headline.text == "The the title"
    assert [(f.rule, text[f.start : f.end], document.position(f.start)) for f in found] == [
        ("repeated-word", "The the", (2, 8))
    ]


def test_title_beside_an_h1_is_linted_and_the_h1_is_the_headline() -> None:
    text = "<title>Storm storm - Site</title><h1>Storm hits coast</h1><p>Rain fell.</p>"
    document, found = lint(text, name="s.html", select=["repeated-word"])
    assert document.headline is not None and document.headline.text == "Storm hits coast"
    assert [text[f.start : f.end] for f in found] == ["Storm storm"]


# --- property: generated pages keep length, line breaks and every offset ----------------------


WORD = st.sampled_from(["rain", "Caf&eacute;", "don&#8217;t", "Leeds", "año", "fell", "7", "talks"])
NEWLINE = st.sampled_from(["\n", "\r\n", ""])


@st.composite
def sentence(draw: st.DrawFn) -> str:
    parts = []
    for word in draw(st.lists(WORD, min_size=1, max_size=6, unique=True)):
        kind = draw(st.sampled_from(["plain", "plain", "em", "link", "span", "comment", "break"]))
        parts.append({
            "plain": word,
            "em": f"<em>{word}</em>",
            "link": f"<a href='/the the/{word}' title=\"the the\">{word}</a> now",
            "span": f"<span class='x'>{word}</span>",
            "comment": f"{word} <!-- the the -->",
            "break": f"{word}<br/>",
        }[kind])
    # Each sentence ends, so that no two can make a doubling where they meet.
    return " ".join(parts) + "."


# Furniture holding a doubling that must never be reported.
FURNITURE = st.sampled_from([
    "<figure><img src='x.jpg'/><figcaption>Credit Credit {}</figcaption></figure>",
    "<aside><p>the the {}</p></aside>",
    "<nav><ul><li><a href='/a'>the the</a></li><li>{}</li></ul></nav>",
    "<footer>the the {}</footer>",
    "<div class='article-byline'>By the the {}</div>",
    "<ul><li><a href='/a'>the the {}</a></li><li><a href='/b'>more</a></li></ul>",
    "<script>var s = 'the the {}';</script>",
    "<style>/* the the {} */</style>",
    "<div hidden>the the {}</div>",
    "<p lang='fr'>le le {}</p>",
])


@st.composite
def page(draw: st.DrawFn) -> tuple[str, str]:
    """A page, and the doubling planted in one of its body paragraphs."""
    nl = draw(NEWLINE)
    blocks = [f"<p>{draw(sentence())}</p>" for _ in range(draw(st.integers(0, 4)))]
    for _ in range(draw(st.integers(0, 3))):
        blocks.insert(draw(st.integers(0, len(blocks))), draw(FURNITURE).format(draw(sentence())))
    doubled = draw(st.sampled_from(["the the", "also\nalso", "Talks  talks", "the\r\nthe"]))
    blocks.insert(draw(st.integers(0, len(blocks))), f"<p class='lead'>Then {doubled} rose.</p>")
    head = draw(st.sampled_from(["", f"<head><title>{draw(sentence())}</title></head>"]))
    heading = draw(st.sampled_from(["", f"<h1>{draw(sentence())}</h1>"]))
    body = nl.join([heading, *blocks])
    return f"<html lang='en'>{head}{nl}<body>{body}</body></html>", doubled


@settings(max_examples=80, deadline=None, derandomize=True)
@given(page())
def test_generated_html_keeps_offsets_and_a_planted_doubling_is_found_where_it_is(
    generated: tuple[str, str],
) -> None:
    text, doubled = generated
    document, found = lint_again(text, "s.html", frozenset({"repeated-word"}))

    assert len(document.prose) == len(text)
    assert [i for i, c in enumerate(document.prose) if c in "\r\n"] == [
        i for i, c in enumerate(text) if c in "\r\n"
    ]
    for token in document.tokens:
        assert 0 <= token.start < token.end <= len(text)
        source = text[token.start : token.end]
        assert "<" not in source and ">" not in source
        assert token.text == html.unescape(source)

    assert [text[f.start : f.end] for f in found] == [doubled]
    line, column = document.position(found[0].start)
    lines = text.replace("\r\n", "\n").split("\n")
    assert lines[line - 1][column - 1 :].startswith(doubled.replace("\r\n", "\n").split("\n")[0])

    # --fix deletes the second word and the space before it, and nothing else: the furniture's
    # doublings, the markup and the entities are left as they were.
    fixed, left = lint_again(text, "s.html", frozenset({"repeated-word"}), fix=True)
    first = doubled.split()[0]
    assert fixed.text == text[: found[0].start] + first + text[found[0].end :]
    assert left == []
