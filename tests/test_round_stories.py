"""The round stories (tests/round_stories): the whole run, scored against their gold, holds the floor measured when
they were added; a reading or rule that loses a found conflict or a read figure, or flags another trap, fails here."""

from __future__ import annotations

from pathlib import Path

from checker.evaluate.stories import StoryScore, story_scores

ROUND_STORIES = Path(__file__).with_name("round_stories")
# Measured on 7 December 2026 (after 36dd888) with `checker eval tests/round_stories --no-quantulum`; 14 at 3c44d4f.
FLOOR = {"stories": 16, "conflicts_found": 54, "compatible_flagged": 1, "figures_read": 1377}


def test_round_stories_hold_their_floor():
    scores = story_scores(ROUND_STORIES)
    total = StoryScore("total")
    for score in scores:
        total.add(score)
    assert len(scores) == FLOOR["stories"]
    assert total.conflicts_found >= FLOOR["conflicts_found"], total.as_dict()
    assert total.compatible_flagged <= FLOOR["compatible_flagged"], total.as_dict()
    assert total.figures_read >= FLOOR["figures_read"], total.as_dict()
    assert total.furniture_flagged == 0, total.as_dict()
