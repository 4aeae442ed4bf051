"""Shared knowledge of people's names, read by the rules that judge how a story names people
(``first-reference``, ``unintroduced-name``): titles, given names, the spelling equivalences of
inconsistent-spelling, the list of people a desk never introduces, and the person mentions of a
story (full, titled and bare)."""
