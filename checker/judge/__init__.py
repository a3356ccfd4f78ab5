"""Judging: claims grouped by what they measure, rules applied, findings accepted."""
