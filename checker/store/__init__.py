"""What a run may reuse, kept in one folder: each source's extraction, whole reports, replays of runs."""
