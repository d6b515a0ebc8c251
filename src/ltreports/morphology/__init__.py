"""Lithuanian morphology: dictionary analyses (Hunspell, Semantika tags), a suffix fallback for
words the dictionary lacks, agreement of name pairs, and generation of inflected forms."""

from .analyzer import Analysis, Analyzer, get_analyzer
from .fallback import agree, guess
from .inflect import generate, inflect_phrase

__all__ = ["Analysis", "Analyzer", "agree", "generate", "get_analyzer", "guess", "inflect_phrase"]
