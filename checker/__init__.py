"""checker: find where news sources disagree on hard facts."""

__version__ = "0.1.0"

# Where the project lives (pyproject.toml's [project.urls] says the same): SARIF logs link each rule
# to its section of docs/rules.md there, so code scanning shows a "learn more" link per alert.
REPOSITORY_URL = "https://github.com/OWNER/checker"
