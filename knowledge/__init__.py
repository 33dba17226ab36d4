"""The fact base: records read from YAML, validated, and indexed for search.

Knows nothing of Discord or of how answers are shown.
"""

from knowledge.factbase import PLACE_PREFIX, FactBase, default_folder
from knowledge.live import LiveFactBase
from knowledge.matching import Hit, Resolution
from knowledge.problems import FactBaseError, Problem
from knowledge.search import Found

__all__ = [
    "PLACE_PREFIX",
    "FactBase",
    "FactBaseError",
    "Found",
    "Hit",
    "LiveFactBase",
    "Problem",
    "Resolution",
    "default_folder",
]
