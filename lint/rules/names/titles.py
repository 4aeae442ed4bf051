"""Titles that stand before a person's name."""

from __future__ import annotations

# Words that stand before names without telling one person from another.
TITLES = frozenset(
    "mr mrs ms miss dr sir dame lord lady president vice prime minister general colonel "
    "captain major lieutenant sergeant admiral commander king queen prince princess senator "
    "governor chancellor secretary chief judge justice bishop archbishop pope saint mayor "
    "professor father sister brother sheikh emir ayatollah imam rabbi reverend".split()
)
