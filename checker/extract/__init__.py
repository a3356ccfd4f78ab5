"""Finding figures in text: numbers, measures, dates, durations and counts, then the claims they make."""
