"""Statements: the renderings of one thing said, linked across articles.

``compare`` (pure: are two quotes renderings of one statement, and why), ``linker``
(store-bound: candidates from the lemma index, then compare), ``read`` (statements back,
with their renderings and the reason of each link).
"""
