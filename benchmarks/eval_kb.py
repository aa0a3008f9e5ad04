"""The knowledge base the labelled evaluation sets in tests/eval/ were written for.

Those sets label questions with the facts of the first source only, so they are measured
against a frozen copy of that one-source base, not against the growing shipped one.
"""

from pathlib import Path

SINGLE_SOURCE_KB = Path(__file__).resolve().parent.parent / "tests" / "data" / "single-source-kb"
