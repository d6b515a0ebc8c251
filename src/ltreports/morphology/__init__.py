"""Lithuanian morphology: dictionary analyses (Hunspell, Semantika tags), a suffix fallback for
words the dictionary lacks, and generation of inflected forms."""

from .analyzer import Analysis, Analyzer, get_analyzer

__all__ = ["Analysis", "Analyzer", "get_analyzer"]
