"""A percentage's change, level or earlier value, of the noun its clause makes it of."""

from __future__ import annotations

import datetime as dt

from checker.extract.pipeline import extract_claims
from checker.model import Source

SOURCE = Source(id="t", path="t.txt", published=dt.date(2024, 4, 10))


def _shares(text: str) -> dict[str, tuple[str, str | None]]:
    return {c.quote: (c.metric, c.scope) for c in extract_claims(SOURCE, text) if c.unit == "percent"}


def test_an_aside_between_the_noun_and_its_verb_is_passed_over():
    assert _shares("Core inflation, which excludes food and energy, held at 3.8%.") == {
        "3.8%": ("core_inflation", None)}
    assert _shares("Shelter costs, the largest component, rose 5.7% over the past year.") == {
        "5.7%": ("shelter_cost.change.year_on_year", None)}  # over the past year: a change on the year


def test_the_noun_of_a_change_is_read_past_its_qualifiers():
    assert _shares("Consumer prices in the United States increased 3.5 percent.") == {
        "3.5 percent": ("consumer_price.change", None)}
    assert _shares("Sales at the company rose 7% in the quarter.") == {"7%": ("sale.change", None)}
    assert _shares("Prices rose by 3% last year.") == {"3%": ("price.change", None)}
    assert _shares("Top assembly pay would rise about 33%.") == {"about 33%": ("top_assembly_pay.change", None)}


def test_rising_to_a_figure_is_a_level_and_rising_by_it_a_change():
    assert _shares("Unemployment fell to 3.9%.") == {"3.9%": ("unemployment", None)}
    assert _shares("Unemployment fell by 0.2%.") == {"0.2%": ("unemployment.decrease.change", None)}


def test_a_value_compared_with_is_the_same_figure_at_an_earlier_time():
    claims = {c.quote: c for c in extract_claims(SOURCE, (
        "Consumer prices rose 3.5% in March from a year earlier, up from 3.2% in February, the department said."))
        if c.unit == "percent"}
    now, before = claims["3.5%"], claims["3.2%"]
    assert now.metric == before.metric == "consumer_price.change.year_on_year"
    assert (now.scope, now.as_of) == (None, "2024-03")
    # A figure of its own: never a rival of the value it is compared with.
    assert (before.scope, before.as_of) == ("earlier value", "2024-02")
    assert _shares("Wages rose 4.1% compared with 3.8% a year earlier.")["3.8%"] == ("wage.change", "earlier value")


def _claim(source: str, metric: str, origin: str = "extracted"):
    from checker.model import Claim

    return Claim(id=f"{source}:0-2", source=source, origin=origin, kind="quantity", metric=metric, value=1.7,
                 low=1.7, high=1.7, unit="percent", quote="1.7%", start=0, end=2)


def test_a_thing_and_its_price_or_rate_are_one_figure_under_the_name_most_sources_use():
    from checker.judge.naming import one_name_per_figure

    claims = [_claim("a", "gasoline_price.change"), _claim("b", "gasoline.change"), _claim("c", "gasoline.change"),
              _claim("d", "unemployment_rate"), _claim("e", "unemployment"), _claim("f", "price.change"),
              _claim("g", "gasoline_price"), _claim("h", "gasoline_price.change", origin="curated")]
    assert [c.metric for c in one_name_per_figure(claims)] == [
        "gasoline.change", "gasoline.change", "gasoline.change",
        # One source each: the shorter name.
        "unemployment", "unemployment",
        # Prices in general are not gasoline's; a level is not a change; a claim file's name is its author's.
        "price.change", "gasoline_price", "gasoline_price.change"]


def test_a_count_named_by_what_happened_alone_takes_the_one_thing_it_happened_to():
    from checker.extract.lexicon import load_lexicon
    from checker.judge.naming import named_by_role

    roles = load_lexicon().role_info

    def counts(*metrics: str) -> list:
        return [_claim(str(i), m).model_copy(update={"unit": "count"}) for i, m in enumerate(metrics)]

    assert [c.metric for c in named_by_role(counts("flights.cancelled", "cancelled", "people.killed"), roles)] == [
        "flights.cancelled", "flights.cancelled", "people.killed"]
    # Two things cancelled: which one "320 cancellations" counts, nothing says.
    assert [c.metric for c in named_by_role(counts("flights.cancelled", "trains.cancelled", "cancelled"), roles)] == [
        "flights.cancelled", "trains.cancelled", "cancelled"]
    # A percentage in a state is no count of it.
    shares = [_claim("a", "flights.cancelled"), _claim("b", "cancelled")]
    assert [c.metric for c in named_by_role(shares, roles)] == ["flights.cancelled", "cancelled"]


def test_digits_right_after_a_name_with_no_noun_to_count_are_part_of_the_name():
    found = {c.quote: c.metric for c in extract_claims(SOURCE, "The Dow fell 1.1%, while the S&P 500 dropped 0.9%.")}
    assert "500" not in " ".join(found) and found["0.9%"]
    # A day's or a place's name before a count is no name of it.
    assert [c.metric for c in extract_claims(SOURCE, "On Tuesday 20 died in the blast.")] == ["date", "people.killed"]
    assert [c.metric for c in extract_claims(SOURCE, "In Kyiv 20 were hurt.")] == ["people.injured"]
    held = [c.quote for c in extract_claims(SOURCE, "Santos received 128,400 votes to Hale's 102,300.")]
    assert held == ["128,400 votes", "102,300"]


def _figures(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {c.quote: (c.metric, c.scope, c.as_of) for c in extract_claims(SOURCE, text) if c.kind == "quantity"}


def test_a_sum_a_change_reached_is_the_changed_things_and_a_sum_compared_with_its_earlier_value():
    found = _figures("The unit's revenue rose 12% to $4.21 billion, while net income fell to $310 million from "
                     "$402 million.")
    assert found["12%"][0] == "unit_revenue.change" and found["$4.21 billion"][0] == "unit_revenue"
    assert found["$310 million"][:2] == ("profit", None)
    assert found["$402 million"][:2] == ("profit", "earlier value")
    # The lexicon names the changed thing when it knows its very words.
    assert _figures("Net income slid 23% to $310 million.")["$310 million"][0] == "profit"


def test_a_change_set_after_a_named_sum_is_its_change():
    found = _figures("Ford reported revenue of $48 billion, up 7% from a year earlier.")
    assert found["7%"][0] == "revenue.change.year_on_year"  # against a year earlier
    # A verb of its own makes the change its subject's ("which makes up half of sales" is an aside).
    found = _figures("Its cloud division, which makes up more than half of sales, grew 24% to $2.3 billion.")
    assert found["24%"][0] == "cloud_division.change"


def test_the_term_of_a_comparison_does_not_date_a_figure():
    # "from a year earlier" is what the change is measured against; the figure holds for the news day.
    assert _figures("Revenue reached $4.21 billion, up 12 percent from a year ago.")["12 percent"][2] == "2024-04-10"
    assert _figures("Gasoline prices climbed 1.7% from February.")["1.7%"][2] == "2024-04-10"
    # A "when" clause says what happened then; a strike from Monday starts then.
    assert _figures("Turnout was the highest since 2008, when 71% voted.")["71%"][2] == "2008"


def test_an_earlier_value_is_neither_the_figure_nor_a_part_of_it():
    from checker.judge.relations import relation

    now, before = _claim("a", "profit"), _claim("a", "profit").model_copy(update={"scope": "earlier value"})
    assert relation(now, before) == "other"
    assert relation(before, before.model_copy(update={"source": "b"})) == "same"


def test_paying_a_sum_is_no_wage_but_pay_is():
    assert _figures("The judge ordered him to pay $600 million in forfeiture.")["$600 million"][0] == "money"
    assert _figures("Pay would rise to $42 an hour.")["$42"][0] == "wage.per_hour"
    # whose pay, when the words before its name say ("top assembly pay"): a figure of its own
    assert _figures("Top assembly pay would rise to $42 an hour.")["$42"][0] == "top_assembly_wage.per_hour"


def test_a_figure_set_equal_to_its_subject_is_its_level_and_a_share_of_what_follows_of():
    assert _shares("Turnout was 60%, the lowest since 2001.") == {"60%": ("turnout", None)}
    assert _shares("Labour's share of the vote was 33.7%.") == {"33.7%": ("vote.share", None)}
    assert _shares("Labour won 412 seats and 34% of the vote.") == {"34%": ("vote.share", None)}


def test_a_share_in_a_state_is_its_subjects_and_grows_as_a_running_total():
    # The story's event is no subject of its own: "the fire was 5% contained" is the figure "5% contained" is.
    assert _shares("The fire, which started near Paradise Valley, was 5 percent contained.") == {
        "5 percent": ("contained", None)}
    # Who said it is no subject, nor a subject left unsaid after "and", nor what "it" is.
    assert _shares("The wildfire had burned 12,000 acres by Wednesday morning, officials said, and was 5% "
                   "contained.")["5%"] == ("contained", None)
    assert _shares("Crews had it 5% contained.") == {"5%": ("contained", None)}
    assert _shares("Prices rose 5% compared with last year.") == {"5%": ("price.change", None)}
    from checker.vocabulary import load_vocabulary

    assert "contained" in load_vocabulary().cumulative and "fire.contained" in load_vocabulary().cumulative


def test_a_count_too_generic_to_compare_is_no_part_or_whole_either():
    from tests.contexts import context_for

    from checker.judge.rules.parts import part_exceeds_whole

    claims = [c.model_copy(update={"source": s}) for s, c in (
        ("a", extract_claims(SOURCE, "Labour won 412 of the 650 seats in the House of Commons.")[0]),
        ("b", extract_claims(SOURCE, "The Conservatives won 121 seats.")[0]))]
    assert [c.metric for c in claims] == ["seats", "seats"]
    sources = {s: Source(id=s, path=f"{s}.txt", published=SOURCE.published) for s in ("a", "b")}
    assert not list(part_exceeds_whole(claims, context_for(sources)))


def _claims(text: str) -> dict[str, object]:
    return {c.quote: c for c in extract_claims(SOURCE, text)}


def test_a_change_from_one_figure_to_another_is_a_figure_and_its_earlier_value_not_a_range():
    toll = _claims("The death toll rose from 200 to 300 on Monday.")
    assert (toll["300"].metric, toll["300"].scope, toll["300"].value) == ("people.killed", None, 300)
    assert (toll["200"].metric, toll["200"].scope) == ("people.killed", "earlier value")
    rate = _claims("Unemployment fell from 4.1% to 3.9% in May.")
    assert (rate["3.9%"].metric, rate["3.9%"].scope, rate["3.9%"].value) == ("unemployment", None, 3.9)
    assert (rate["4.1%"].metric, rate["4.1%"].scope) == ("unemployment", "earlier value")
    money = _claims("Revenue grew from $2 billion to $3 billion.")
    assert (money["$3 billion"].metric, money["$3 billion"].scope) == ("revenue", None)
    assert money["$2 billion"].scope == "earlier value"
    # A range is still a range where no word of change leads it.
    spread = _claims("Temperatures ranged from -18C to -4C.")["from -18C to -4C"]
    assert (spread.qualifier, spread.low, spread.high) == ("range", -18, -4)


def test_a_change_in_percentage_points_is_no_end_of_a_range_with_the_level_it_reached():
    claims = _claims("Unemployment fell 0.2 percentage points to 4.1%.")
    assert (claims["0.2 percentage points"].metric, claims["0.2 percentage points"].value) == ("unemployment.decrease.change", 0.2)
    assert (claims["4.1%"].metric, claims["4.1%"].value) == ("unemployment", 4.1)


def test_a_sum_per_unit_is_a_rate_not_a_total():
    figures = _figures("The company reported earnings of $1.21 per share and net profit of $312 million.")
    assert figures["$1.21"][0] == "profit.per_share" and figures["$312 million"][0] == "profit"
    assert _figures("Petrol costs $3.50 a gallon.")["$3.50"][0] == "price.per_gallon"
    # "a year earlier" dates a sum; it is no rate
    assert _figures("Revenue was $5 billion a year earlier.")["$5 billion"][0] == "revenue"


def test_a_sum_in_brackets_after_another_is_its_conversion_not_a_negative_amount():
    assert _claims("The deal is worth $300m (£236m).")["£236m"].value == 236e6
    assert _claims("It posted a loss of ($99.99).")["($99.99)"].value == -99.99


def test_an_expected_figure_is_no_rival_of_the_reported_one():
    claims = _claims("Analysts had expected revenue of $4.35 billion. Revenue rose 4% to $4.21 billion.")
    assert claims["$4.35 billion"].hypothetical and not claims["$4.21 billion"].hypothetical
    assert _claims("The company kept its full-year forecast of $17.2 billion.")["$17.2 billion"].hypothetical


def test_the_date_of_a_figure_compared_with_dates_that_figure_alone():
    claims = _claims("About 41,000 runners finished the race, up from 38,000 in 2024.")
    now, before = claims["About 41,000 runners"], claims["38,000"]
    assert (now.as_of, now.as_of_stated) == ("2024-04-10", False)
    assert (before.scope, before.as_of) == ("earlier value", "2024")


def test_a_figure_a_verb_of_estimating_puts_a_noun_at_counts_that_noun():
    assert _claims("Organisers put the crowd at 1.7 million.")["1.7 million"].metric == "people.attended"
    assert _claims("Police estimated the number of protesters at 50,000.")["50,000"].metric == "people.protested"
    # the role after the counted noun, not a sense for weapons, and not lost to the verb that follows it
    assert _claims("Officials said the number of homes destroyed rose to 1,300.")["1,300"].metric.endswith(".destroyed")


def test_a_capacity_is_neither_the_count_nor_a_part_of_it_and_the_missing_are_a_total_that_falls():
    from checker.judge.relations import relation
    from checker.vocabulary import load_vocabulary

    carried, capacity = _claim("a", "passengers.carried"), _claim("b", "passengers.carried").model_copy(
        update={"scope": "capacity"})
    assert relation(carried, capacity) == "other"
    assert relation(capacity, capacity.model_copy(update={"source": "c"})) == "same"
    voc = load_vocabulary()
    assert "people.killed" in voc.cumulative and not voc.cumulative.falls("people.killed")
    assert "people.missing" in voc.cumulative and voc.cumulative.falls("people.missing")


def test_changes_over_different_stated_spans_are_no_rivals():
    from checker.judge.relations import Pairs
    from tests.contexts import context_for
    from checker.judge.context import Group
    from checker.model import Source

    year = _claim("a", "share.change").model_copy(update={"value": 14.0, "low": 14.0, "high": 14.0, "as_of": "2026",
                                                          "as_of_stated": True})
    day = _claim("b", "share.change").model_copy(update={"id": "b:5-7", "value": 8.4, "low": 8.4, "high": 8.4,
                                                         "as_of": "2026-03-10", "as_of_stated": True})
    other_day = day.model_copy(update={"id": "c:5-7", "source": "c", "value": 4.8, "low": 4.8, "high": 4.8})
    sources = {s: Source(id=s, path=f"{s}.txt") for s in "abc"}
    ctx = context_for(sources, {s: "" for s in "abc"})
    pairs = Pairs(Group(key=("share.change",), metric="share.change", claims=[year, day, other_day]), ctx)
    rivals = {(a.source, b.source) for a, b, _ in pairs.rivals_across}
    assert rivals == {("b", "c")}


def test_a_value_after_gaining_is_an_earlier_value_dated_alone_and_so_is_one_compared_last_year():
    claims = {c.quote: c for c in extract_claims(SOURCE, "Average hourly earnings rose 0.3% after gaining 0.2% in February.")}
    assert claims["0.2%"].scope == "earlier value" and claims["0.2%"].as_of == "2024-02"
    assert claims["0.3%"].as_of == "2024-04-10"
    claims = {c.quote: c for c in extract_claims(SOURCE, "Turnout was 63.7%, compared with 64.4% last year.")}
    assert (claims["63.7%"].as_of, claims["64.4%"].scope) == ("2024-04-10", "earlier value")


def test_a_level_told_to_its_tenth_disagrees_with_the_next_tenth_and_a_change_keeps_its_tolerance():
    from checker.judge.context import Tolerances

    level = _claim("a", "unemployment_rate").model_copy(update={"value": 4.1, "low": 4.1, "high": 4.1, "stated_value": 4.1})
    whole = level.model_copy(update={"value": 20.0, "low": 20.0, "high": 20.0, "stated_value": 20.0})
    change = level.model_copy(update={"metric": "pound.change"})
    tolerances = Tolerances()
    assert tolerances.for_claim(level)[0] < 0.05 and 0.45 < tolerances.for_claim(whole)[0] < 0.5
    assert tolerances.for_claim(change)[0] == tolerances.percent


def test_a_sum_per_share_is_a_figure_of_its_own_beside_the_total():
    found = _figures("Net income climbed to $3.21 billion, or $2.47 per share, from $2.86 billion, or $2.18 per "
                     "share, a year earlier. Net income came to $3.12 billion, or $2.47 per diluted share. "
                     "Earnings per share came to $2.44.")
    assert found["$3.21 billion"][:2] == ("profit", None) and found["$2.47"][:2] == ("profit.per_share", None)
    assert found["$2.86 billion"][:2] == ("profit", "earlier value")
    assert found["$2.18"][:2] == ("profit.per_share", "earlier value")
    assert found["$2.44"][0] == "profit.per_share"
    claims = [c for c in extract_claims(SOURCE, "Net income came to $3.12 billion, or $2.47 per diluted share.")]
    assert [c.metric for c in claims] == ["profit", "profit.per_share"]


def test_a_sum_is_named_by_its_own_noun_and_by_the_kind_its_name_is_given():
    found = _figures("The board authorized a $15 billion stock buyback. Operating income was $4.61 billion. "
                     "Net profit was $2 billion. Health spending will total nearly A$120 billion. The deficit "
                     "widened to A$32.2 billion. Outlays would rise by more than A$36 billion. It pays $5 billion "
                     "a year. The strike cost it $200 million.")
    assert found["$15 billion"][0] == "stock_buyback" and found["$4.61 billion"][0] == "operating_profit"
    assert found["$2 billion"][0] == "profit" and found["nearly A$120 billion"][0] == "health_budget"
    assert found["A$32.2 billion"][0] == "deficit" and found["more than A$36 billion"][0] == "budget.change"
    assert found["$5 billion"][0] == "money.per_year" and found["$200 million"][0] == "loss"


def test_an_expectation_of_analysts_or_guidance_is_hypothetical_and_a_change_since_a_date_spans_from_it():
    claims = {c.quote: c for c in extract_claims(SOURCE, "Analysts had estimated earnings of $2.39 per share. "
                                                          "Halvorsen guided to revenue of $19.1bn to $19.6bn. "
                                                          "The stock has risen about 14 per cent since January.")}
    assert claims["$2.39"].hypothetical and claims["$19.1bn to $19.6bn"].hypothetical
    change = claims["about 14 per cent"]
    assert change.as_of.startswith(f"{SOURCE.published.year}-01/") and change.as_of_stated


def test_a_segments_sum_and_its_change_are_the_segments_and_guidance_called_for_is_expected():
    claims = {c.quote: c for c in extract_claims(SOURCE, (
        "The devices segment, long its weak spot, booked $5.87 billion in revenue, down 2% from $5.99 billion. "
        "Revenue rose 12% to $18.74 billion. Halvorsen called for revenue between $19.1 billion and $19.6 billion. "
        "The company now sees full-year sales of $75 billion to $76.5 billion."))}
    assert (claims["$5.87 billion"].metric, claims["$5.87 billion"].scope) == ("revenue", "device segment")
    assert (claims["2%"].metric, claims["2%"].scope) == ("revenue.decrease.change", "device segment")
    assert (claims["$18.74 billion"].metric, claims["$18.74 billion"].scope) == ("revenue", None)
    assert claims["between $19.1 billion and $19.6 billion"].hypothetical
    assert claims["$75 billion to $76.5 billion"].hypothetical


def test_a_rates_thing_is_found_past_an_aside_with_a_list_or_dashes_and_slowing_is_a_change():
    found = _figures("Core inflation, which excludes volatile food, energy, alcohol and tobacco prices and is closely "
                     "watched by the ECB, eased to 2.6% from 2.7%. Services inflation, the biggest single component "
                     "of the basket, slowed to 3.4% from 3.6%. Energy inflation — the component most closely "
                     "tracked by the bank and its economists — decreased to 1.2%, the lowest since early 2022.")
    assert found["2.6%"][0] == "core_inflation" and found["3.4%"][0] == "service_inflation"
    assert found["1.2%"][0] == "energy_inflation" and found["1.2%"][2] != "2022"


def test_a_bare_dollar_is_the_story_countrys_when_the_text_names_no_kind_of_dollar():
    local = ("Budget 2026: what Canberra gets\n\nTreasurer Claire Hennessy's budget, handed down in Canberra on "
             "Tuesday, gives Defence $61.5 billion. Tuggeranong gets a new hospital.")
    wire = ("CANBERRA (Reuters) - Australia's budget lifts defence spending to A$61.5 billion, or $40 billion. "
            "Canberra said so.")
    assert {c.quote: c.unit for c in extract_claims(SOURCE, local)}["$61.5 billion"] == "AUD"
    assert {c.quote: c.unit for c in extract_claims(SOURCE, wire)}["$40 billion"] == "USD"
    assert {c.quote: c.unit for c in extract_claims(SOURCE, "Ford said in Detroit it lost $1.3 billion.")}[
        "$1.3 billion"] == "USD"


def test_a_figure_followed_by_expected_is_an_expectation():
    claims = {c.quote: c for c in extract_claims(SOURCE, "Revenue: $18.74 billion vs. $18.45 billion expected.")}
    assert claims["$18.45 billion"].hypothetical and not claims["$18.74 billion"].hypothetical
