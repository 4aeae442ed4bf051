"""``newslint lsp``: findings inside the copy editor's editor, over the Language Server Protocol.

``positions`` converts between the engine's code-point offsets and LSP positions (lines, and
columns in the negotiated code units: UTF-16 unless the client offers another); ``server``
is the pygls server (the optional ``lsp`` extra). Nothing here is imported by ``newslint check``.
"""
