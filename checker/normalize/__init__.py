"""Normalization shared by the program: the one pint registry and the one dateparser setup."""
