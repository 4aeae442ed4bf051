"""off-topic: a paragraph that does not belong to the story (pasted or spun in from another).

Pasted and machine-spun copy carries paragraphs from other stories. Each body paragraph is
scored against the rest of the story and its headline (counted twice) by TF-IDF cosine, with
word weights from a background table of document frequencies; the score reported is the
dissimilarity ``1 - cosine`` (1.00: no weighted word in common). A paragraph is flagged when:

- it has ``min-words`` words or more; its dissimilarity reaches ``threshold`` and exceeds the
  story's median paragraph by ``margin`` (a story whose paragraphs all drift is not flagged);
  it names someone or somewhere the story mentions nowhere else; and it shares (almost)
  nothing with the two paragraphs on either side, nor with a heading, caption or table line
  between them (cosine 0.05 at most). A digression that belongs follows from a paragraph or
  leads into one (a question and its answer, background after the news, the product line a
  deal describes); pasted copy breaks with both sides and brings its own people and places;
- it belongs to a run of two or more adjacent paragraphs that each reach ``run-threshold`` and
  each name someone or somewhere, standing alone, that the story never mentions elsewhere; one
  of them reaches 0.95, one quotes someone never introduced (``Shamkhani said``), and the run
  taken as one block reaches ``run-threshold`` and the margin (pasted copy often comes in runs
  of short paragraphs; a round-up of results names new teams in every item but quotes nobody);
- it is shorter than ``min-words`` but is prose (mostly lower-case words), reaches
  ``threshold``, shares no content word (one used by under 10% of stories) with the story, and
  quotes someone the story never introduces: a bare name before ``said`` and the like
  (``Shamkhani said``), found nowhere else; a capitalised word opening a sentence (``Please``)
  or a code in capitals (``XAU``) is not a speaker.

Whatever its words, a paragraph whose shape ties it to the story is never flagged: a turn of an
interview (``Q:``, ``A:``), an aside all in brackets, one item of a series (it and the paragraph
before or after open with the same mark: ``...``, a bullet, a dash, a number; each item has its
own subject), and the paragraph right after a separator line (``--``, ``___``), which opens a
new block: an author box, an update's note. A paragraph that ends with a colon hands over to
the next (a critic introduced, then quoted), so the two are scored as one. A speaker is a
person: a dictionary word before ``said`` and the like ends the name of a body (``the Joint
Chiefs of Staff told``).

A score alone is noise on short paragraphs: one-line quotes, sports line-ups, lists and
sign-offs share few words with anything. Hence the floor and the stronger evidence required
below it. The message gives the dissimilarity and the names found nowhere else in the story.

Flags (in a story about the Syrian-Iraqi border near al-Tanf)::

    He also said he hoped to strengthen security ties between France and Iran and that the
    two countries should join forces to fight terrorism.

    Shamkhani said that military and defensive cooperation between Tehran and Moscow are based
    on common interests.

Passes::

    "It's a big day for us," he said.          a short quote: under the floor, no name
    Wales: G Thomas; Jones, Williams, Cooper   a line-up: not prose
    • Leroy Wright                             a sign-off
    A: Watching the final from courtside ...   a turn of an interview
    (Full disclosure: the writer ...)          an aside
    ... The county's new coach said            one item of a notes column
    Grand-opening festivities continue ...     a short line that quotes nobody

The score is calibrated on more than one corpus (``benchmarks/off_topic_scores.py`` prints its
spread on clean and spliced paragraphs); word weights come from a table of document frequencies,
which a desk fits to its own copy with ``newslint idf build``.

Options:

- ``threshold``: dissimilarity at which a paragraph is off-topic (default 0.975).
- ``margin``: how far above the story's median dissimilarity it must be (default 0.05).
- ``min-words``: paragraphs with fewer words need the stronger evidence (default 25).
- ``run-threshold``: dissimilarity of each paragraph, and of the block, in a run of adjacent
  suspects (default 0.90).
- ``min-paragraphs``: stories with fewer body paragraphs are not scored (default 3).
- ``idf-table``: a table built with ``newslint idf build ARCHIVE -o TABLE`` from your own
  archive; empty uses the table shipped with newslint (built from BBC News stories).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lint.document import Document
from lint.findings import Finding, Severity
from lint.idf import IdfTable
from lint.rules.base import Option, Options, Rule, at_least, fraction
from lint.rules.off_topic.background import load_table
from lint.rules.off_topic.cohesion import Paragraph, StoryScores

# A content word is one used by under 10% of the stories in the background table.
_CONTENT_WEIGHT = math.log(10)
# A short paragraph is prose, not a line-up or list, when most of its words are lower case.
_PROSE_LOWERCASE_SHARE = 0.6
_PROSE_MIN_WORDS = 6
# A run of suspects needs one paragraph this far off on its own.
_RUN_PEAK = 0.95
# A long paragraph also shares (almost) nothing with the paragraphs this close on either side.
_NEIGHBOUR_REACH = 2
_NEIGHBOUR_MAX_SIMILARITY = 0.05
# Names listed in a message, at most.
_NAMES_SHOWN = 5


@dataclass(frozen=True)
class _Settings:
    table: IdfTable
    threshold: float
    margin: float
    min_words: int
    run_threshold: float
    min_paragraphs: int


def _prepare(options: Options) -> _Settings:
    return _Settings(
        table=load_table(str(options["idf-table"])),
        threshold=float(options["threshold"]),
        margin=float(options["margin"]),
        min_words=int(options["min-words"]),
        run_threshold=float(options["run-threshold"]),
        min_paragraphs=int(options["min-paragraphs"]),
    )


def _runs(suspects: Sequence[bool]) -> Iterator[list[int]]:
    """Maximal runs of two or more adjacent True entries, as lists of indexes."""
    run: list[int] = []
    for index, suspect in enumerate([*suspects, False]):
        if suspect:
            run.append(index)
            continue
        if len(run) >= 2:
            yield run
        run = []


def median(values: Sequence[float]) -> float:
    """The median, without the statistics module (it imports fractions and decimal, which cost
    more at start-up than scoring a story does)."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def check(document: Document, settings: _Settings) -> Iterator[Finding]:
    if sum(1 for _ in document.body()) < settings.min_paragraphs:
        return
    story = StoryScores(document, settings.table.weights)
    paragraphs = story.paragraphs
    # A paragraph that hands over with a colon is read with what it introduces.
    scores = [story.dissimilarity([i, i + 1] if p.hands_over and i + 1 < len(paragraphs) else [i])
              for i, p in enumerate(paragraphs)]
    floor = median(scores) + settings.margin
    owned = _owned_by_their_shape(paragraphs)
    reasons: dict[int, str] = {}

    for index, (paragraph, score) in enumerate(zip(paragraphs, scores, strict=True)):
        if score < settings.threshold or score < floor or index in owned:
            continue
        if paragraph.words >= settings.min_words:
            near = story.neighbour_similarity(index, _NEIGHBOUR_REACH)
            if near <= _NEIGHBOUR_MAX_SIMILARITY and story.isolated_name_terms(index):
                reasons[index] = (f"dissimilarity {score:.2f} to the rest of the story and "
                                  f"{1 - near:.2f} to the paragraphs around it")
        elif (
            _is_prose(paragraph.words, paragraph.lowercase_share)
            and not story.shared_content(index, _CONTENT_WEIGHT)
            and _isolated_names_in(story, index, paragraph.speakers)
        ):
            reasons[index] = (f"dissimilarity {score:.2f} to the rest of the story, "
                              "no content word in common with it")

    suspects = [
        score >= settings.run_threshold and i not in owned
        and bool(_isolated_names_in(story, i, paragraphs[i].bare_names))
        and _is_prose(paragraphs[i].words, paragraphs[i].lowercase_share)
        for i, score in enumerate(scores)
    ]
    for run in _runs(suspects):
        if sum(paragraphs[i].words for i in run) < settings.min_words:
            continue
        if max(scores[i] for i in run) < _RUN_PEAK:
            continue
        # Someone speaks whom the story never introduced: pasted copy brings its people along;
        # a round-up of results or products names new things in every item but quotes nobody.
        if not any(_isolated_names_in(story, i, paragraphs[i].speakers) for i in run):
            continue
        joint = story.dissimilarity(run)
        if joint < settings.run_threshold or joint < floor:
            continue
        for position, index in enumerate(run, start=1):
            reasons.setdefault(
                index,
                f"dissimilarity {scores[index]:.2f}, and {joint:.2f} with the "
                f"{len(run) - 1} adjacent paragraph{'s' if len(run) > 2 else ''} "
                f"around it (paragraph {position} of {len(run)} that drift together)",
            )

    for index in sorted(reasons):
        paragraph = paragraphs[index]
        names = story.isolated_names(index)
        evidence = reasons[index]
        if names:
            shown = ", ".join(names[:_NAMES_SHOWN]) + (", ..." if len(names) > _NAMES_SHOWN else "")
            evidence += f"; names found nowhere else in the story: {shown}"
        yield Finding(
            rule=RULE.id,
            message=f"paragraph may not belong to this story: {evidence}",
            start=paragraph.start,
            end=paragraph.end,
            severity=RULE.severity,
        )


def _owned_by_their_shape(paragraphs: Sequence[Paragraph]) -> set[int]:
    """Indexes of paragraphs whose shape says they belong, whatever their words: a turn of an
    interview; an aside in brackets; an item of a series (the paragraph before or after opens
    with the same mark), since each item has its own subject; and the paragraph that opens a
    new block after a separator line (``--``, ``___``): an author box, an update's note."""
    owned: set[int] = set()
    for index, paragraph in enumerate(paragraphs):
        if paragraph.separator:
            owned.add(index + 1)
        series = bool(paragraph.item_mark) and any(
            paragraphs[other].item_mark == paragraph.item_mark
            for other in (index - 1, index + 1) if 0 <= other < len(paragraphs)
        )
        if paragraph.turn or paragraph.aside or series:
            owned.add(index)
    return owned


def _is_prose(words: int, lowercase_share: float) -> bool:
    return words >= _PROSE_MIN_WORDS and lowercase_share >= _PROSE_LOWERCASE_SHARE


def _isolated_names_in(story: StoryScores, index: int, words: frozenset[str]) -> list[str]:
    """The paragraph's names among ``words`` that the story uses nowhere else."""
    return [name for word, name in story.isolated_name_terms(index) if word in words]


RULE = Rule(
    id="off-topic",
    summary="A paragraph that shares little with the rest of the story.",
    explanation=__doc__ or "",
    severity=Severity.WARNING,
    options=(
        Option("threshold", 0.975, float, "Dissimilarity (1 - cosine) that makes a paragraph off-topic.",
               validate=fraction),
        Option("margin", 0.05, float, "How far above the story's median dissimilarity it must be.",
               validate=fraction),
        Option("min-words", 25, int, "Shorter paragraphs need stronger evidence than the score.",
               validate=at_least(1)),
        Option("run-threshold", 0.90, float,
               "Dissimilarity of each paragraph, and of the block, in a run of adjacent suspects.",
               validate=fraction),
        Option("min-paragraphs", 3, int, "Stories with fewer body paragraphs are not scored.",
               validate=at_least(2)),
        Option("idf-table", "", str,
               "Document-frequency table from `newslint idf build`; empty: the shipped table.",
               is_path=True),
    ),
    check=check,
    prepare=_prepare,
)


