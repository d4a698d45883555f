"""Storage of the official record and of checks: models, engine, index, migrations.

Imports nothing from the rest of the project.
"""
