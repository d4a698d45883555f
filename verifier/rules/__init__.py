"""The verdict rules of docs/verdicts.md, one concern per module; `verifier.verdicts.decide` weighs them.

Modules sit in layers (codes, quotes, numbers, negation, actors, bodies, places, dates, conflicts, speakers,
occasions, parties, documents), each importing only from the ones before it. Names with a leading
underscore are internal to the verdict rules: shared between these modules and `verifier.verdicts` (and
read by their tests), not used elsewhere.
"""
