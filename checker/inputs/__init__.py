"""Inputs: source texts and their metadata, claim files, settings, strict YAML and text decoding."""
