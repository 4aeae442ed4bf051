"""The entity-group model of the mixed-naming rule (``groups``) and how it finds mentions in a
story (``mentions``)."""
