"""across-spelling: one name spelt one way in some stories of a run and another way in others.

Run with ``newslint check --across PATH...`` (a desk's copy of the day, the stories of a pull
request): each story can be consistent with itself, so no per-story rule sees the slip. Names
are found and compared as ``inconsistent-spelling`` finds and compares them, counted by
stories: the spelling most stories use is the run's, and a spelling that is one keystroke from
it (a letter dropped, added, changed or doubled, two swapped) in at most a third as many
stories is reported at each use, with related locations in the other files and an unsafe fix.
Words, given names and other known names are never variants across stories (``Bank`` and
``Banca``, ``John`` and ``Johan`` are other words and other people).

Flags (across three stories)::

    a.txt: ...General Surovikin said...   b.txt: ...Surovikin...   c.txt: ...Surovikin...
    d.txt: ...General Surovkin said...    "Surovkin" (1 story) looks like a variant of
                                          "Surovikin" (3 stories)

Passes::

    Iran in one story, Iraq in another    two real names
    Saipov and Saipova                    a surname and its female form
    John and Johan                        given names: other people

The per-story rules run as usual; this rule's findings come from the whole run, so it has no
per-story check, and a ``newslint-disable`` comment does not silence it.
"""

from lint.findings import Severity
from lint.rules.base import Rule

RULE = Rule(
    id="across-spelling",
    summary="One name spelt differently in different stories of one run (check --across).",
    explanation=__doc__ or "",
    severity=Severity.WARNING,
)
