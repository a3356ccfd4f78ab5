"""checker: find where news sources disagree on hard facts."""

__version__ = "0.1.0"
