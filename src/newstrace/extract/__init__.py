"""Reading: newstrace's stages, each a registered spaCy pipeline component.

The stages run after the model's own components, in this order (the full table of
what each requires and assigns is in :mod:`newstrace.extract.components`; the Doc
attributes in :mod:`newstrace.extract.doc`):

1. ``entities``  mentions and canonical entities, roles, country codes (``entities``;
   fallback order in its docstring) -> ``doc._.entities``, ``doc.spans["mentions"]``
2. ``places``    country codes of the places among the entities, from the article
   and the town gazetteer (``places``) -> ``doc._.entities``
3. ``dates``     DATE/TIME expressions, resolved against the publication date on first
   use (``dates``) -> ``doc.spans["dates"]``
4. ``quotes``    quotations, found once for claims and events (``quotes``) ->
   ``doc.spans["quotes"]``
5. ``claims``    attributed statements: speaker, certainty, negation, passive, denial
   (``claims``; fallback order in its docstring) -> ``doc.spans["claims"]``
6. ``events``    PLOVER events: roles, modality, circumstances (``events``; fallback
   order in its docstring and its modules') -> ``doc.spans["events"]``
7. ``summary``   extractive summary (``summary``) -> ``doc._.summary``

Each stage's implementation is a registered factory with a versioned name, chosen in
the settings (``[components]`` of ``data/settings.toml``), so a trained component can
replace a rule one; :mod:`newstrace.pipeline` turns the annotated Doc into a Record.

Shared by the stages: the cue lexicon (``cues``: claim cues, speaker words, the
reporting/hedging/denying verbs of event modality, pronouns), name keys (``names``),
readings of the parse (``syntax``: negation, inherited subjects), the country
gazetteer (``countries``).
"""
