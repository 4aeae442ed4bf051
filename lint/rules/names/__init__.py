"""What newslint knows about names, shared by every rule that reads them: how a name is
normalised (``normalise``), which spellings are one name written two ways (``equivalence``),
the word and name lists that guard against real words (``guards``), titles (``titles``), where
a name stands (``context``: sentence starters, quotations) and the people a story names
(``people``). Rules import these; nothing here imports a rule."""
