"""Readings found on a fourteenth round of stories: a bridge collapse, a rate decision, a ferry capsizing, a data
breach, a heatwave, a marathon, a mine collapse, a census, a chemical blast, a car recall, waiting lists, a mayoral
election, a volcano, house prices, a crowd crush and a drought."""

from __future__ import annotations

import datetime as dt

from checker.model import day_to_iso
from contexts import claims_by_quote, story_report

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday


def _claims(text: str, published: dt.date = PUBLISHED) -> dict:
    return claims_by_quote(text, published)


def test_a_clause_that_leaves_out_its_verb_names_its_own_holder():
    claims = _claims("Lopez received 212,400 votes and Baker 166,600. Labour won 412 seats and the Conservatives "
                     "121.")
    assert claims["212,400 votes"].scope == "Lopez"
    assert (claims["166,600"].metric, claims["166,600"].scope) == (claims["212,400 votes"].metric, "Baker")
    assert claims["121"].scope == "Conservatives"


def test_each_sum_of_a_gapped_list_is_its_holders_own():
    claims = _claims("GM lost $1.1 billion, Ford $1.7 billion and Stellantis $775 million during the strike. "
                     "The regulator fined TixHub £1.4m, SeatSwap £950,000 and GigBay £600,000.")
    assert [(claims[q].metric, claims[q].scope) for q in ("$1.1 billion", "$1.7 billion", "$775 million")] == [
        ("loss", "GM"), ("loss", "Ford"), ("loss", "Stellantis")]
    assert [(claims[q].metric, claims[q].scope) for q in ("£1.4m", "£950,000", "£600,000")] == [
        ("fine", "TixHub"), ("fine", "SeatSwap"), ("fine", "GigBay")]


def test_a_road_after_and_is_still_a_name_not_a_gapped_count():
    claims = _claims("Twelve people died on Route 9 and Route 66.")
    assert not any(quote.strip() in ("9", "66") for quote in claims)


def _errors_and_warnings(report, code: str | None = None) -> list:
    return [f for f in report.findings if f.severity in ("error", "warning") and (code is None or f.code == code)]


def test_a_figure_told_with_a_scale_word_agrees_with_its_digits_rounded(tmp_path):
    report = story_report(tmp_path, ("2026-03-10", "The number of households rose to 24.8 million, the ONS said."),
                          ("2026-03-10", "The number of households rose 6.1% to 24,782,800, the ONS said."))
    assert not _errors_and_warnings(report)
    (tmp_path / "rival").mkdir()
    rival = story_report(tmp_path / "rival",
                         ("2026-03-10", "The number of households rose to 24.8 million, the ONS said."),
                         ("2026-03-10", "The number of households rose to 24,682,800, the ONS said."))
    assert [f.code for f in _errors_and_warnings(rival)] == ["FC101"]  # 100,000 off: beyond its last digit


def test_a_change_of_the_number_of_things_is_the_things_change():
    claims = _claims("The number of households rose 6.1% to 24,782,800. Sales at the company rose 7%.")
    assert claims["6.1%"].metric == "household.change"
    assert claims["7%"].metric == "sale.change"


def test_a_state_written_inflected_is_no_lexicon_state():
    claims = _claims("Dam levels had fallen to 25.5% by Monday. Containment stood at 45% on Monday.")
    assert claims["25.5%"].metric != "destroyed"
    assert claims["45%"].metric == "contained"


def test_what_is_said_after_a_total_is_a_clause_of_its_own():
    claims = _claims("The death toll rose to 5, and police said 8 were missing. Death toll rises to 9; police "
                     "now say 4 missing. The toll, officials said, stood at 40.")
    assert claims["8 were missing"].metric == "people.missing"
    assert claims["4 missing"].metric == "people.missing"
    assert claims["40"].metric == "people.killed"


def test_warming_by_a_figure_is_a_change_not_a_temperature():
    claims = _claims("The region has warmed by about 1.2C since pre-industrial times. It was 41C in Lytton.")
    assert claims["about 1.2C"].metric.endswith(".change")
    assert claims["41C"].metric == "temperature"


def test_one_named_person_is_no_count_and_a_multiple_is_no_count():
    claims = _claims("One survivor, 47-year-old Wang Jun, told state TV he heard a roar. One person died. On market "
                     "days it regularly carried two or three times that number. The ferry carried three times its "
                     "capacity.")
    assert not any(quote.startswith("One survivor") for quote in claims)
    assert claims["One person died"].metric == "people.killed"
    assert not any(quote in ("two", "three", "three times") for quote in claims)


def test_a_past_event_years_before_tells_its_own_toll():
    claims = _claims("The disaster comes two years after a collapse at an open-pit mine in Inner Mongolia left 53 "
                     "dead. Three years after the floods, 400 families remain homeless.")
    assert claims["53 dead"].scope == "another occurrence"
    assert claims["400 families remain homeless"].scope != "another occurrence"


def test_a_figure_told_again_without_its_place_takes_the_place_its_text_gives_it(tmp_path):
    text = ("Daeyang recalls 2.14 million vehicles over fire risk\n\nDaeyang is recalling about 2.14 million "
            "vehicles worldwide. The bulk of the recall, 1.58 million vehicles, is in the United States.")
    claims = _claims(text)
    assert claims["2.14 million vehicles"].subject == claims["about 2.14 million vehicles"].subject
    report = story_report(tmp_path, ("2026-03-10", text),
                          ("2026-03-10", "Daeyang recalled 1.58 million vehicles in the U.S. on Tuesday."))
    assert not _errors_and_warnings(report, "FC101")


def test_an_earlier_figure_is_provisional_and_an_updated_count_keeps_the_ledes_bound(tmp_path):
    claims = _claims("The provincial government had earlier put the number of dead at 174.")
    assert claims["174"].provisional
    report = story_report(tmp_path, ("2026-03-13T10:00:00Z", "At least 86 people died when an overcrowded ferry "
                                     "capsized on Thursday, officials said on Friday. By Friday morning the toll "
                                     "had risen to 86."),
                          ("2026-03-14T10:00:00Z", "The ferry capsized, killing seven people. Officials said it had "
                                                   "killed at least seven people."))
    dropped = _errors_and_warnings(report, "FC501")
    assert [sorted(f.sources) for f in dropped] == [["b"]]  # the summary's bare "seven" still drops its bound


def test_a_metric_outlets_rounded_figure_and_its_conversion_agree(tmp_path):
    report = story_report(tmp_path, ("2026-03-10", "The span dropped about 20m (64ft) into the river. The deck fell "
                                                   "20m (64ft). Temperatures of -25C (-11F) were recorded."))
    assert [f.params["first"] for f in _errors_and_warnings(report, "FC401")] == ["-25 degC"]


def test_survivors_are_a_running_count():
    from checker.vocabulary import load_vocabulary

    assert "people.survived" in load_vocabulary().cumulative


def test_each_part_of_a_loss_is_its_losers_own():
    claims = _claims("The automakers collectively lost $1.12 billion, dealers and customers lost $1.2 billion and "
                     "suppliers took a $1.29 billion hit. The strike cost $3.95 billion in all.")
    assert [claims[q].scope for q in ("$1.12 billion", "$1.2 billion", "$1.29 billion")] == [
        "automakers", "dealers and customers", "suppliers"]
    assert claims["$3.95 billion"].scope is None


def test_a_share_of_the_vote_is_its_clauses_subjects_whatever_the_verb():
    claims = _claims("Lightfoot scraped just 17% of the vote, finishing third. At Hall Cross Academy, 41 per cent "
                     "of entries were graded A.")
    assert (claims["17%"].metric, claims["17%"].scope) == ("vote.share", "Lightfoot")
    assert claims["41 per cent"].scope == "Hall Cross Academy"  # entries are no vote: the frame's


def test_votes_gained_are_an_increment_not_a_tally():
    claims = _claims("Johnson gained nearly 18,200 votes from late-counted mail ballots. Vallas received 185,743 "
                     "votes. Employers added 143,000 jobs.")
    assert claims["nearly 18,200 votes"].metric == claims["185,743 votes"].metric + ".change"
    assert claims["143,000 jobs"].metric == "jobs.added"


def test_a_later_clause_with_a_frame_of_its_own_and_a_where_clause_name_their_figures():
    claims = _claims("In the Northeast, the median price blew past half a million dollars, while in the West it "
                     "topped $630,000. Prices were lowest in the Midwest, where the median was $331,800.")
    assert claims["half a million dollars"].scope == "Northeast"
    assert claims["$630,000"].scope == "West"
    assert claims["$331,800"].scope == "Midwest"


def test_what_will_be_when_a_condition_comes_is_hypothetical():
    claims = _claims("When Day Zero arrives, each resident will get 25 litres a day. When the storm hit, 20 people "
                     "died.\n\nWhen dam levels fall to 13.5%, the city will cut off supplies. Residents will have to "
                     "collect 30 litres a day each. The city will spend $40 million on pipes.")
    assert claims["25 litres"].hypothetical
    assert not claims["20 people died"].hypothetical
    assert claims["30 litres"].hypothetical
    assert not claims["$40 million"].hypothetical


def test_a_day_in_a_sentence_that_opens_with_a_year_is_that_years():
    claims = _claims("Flashback: In 2019, Lightfoot beat Toni Preckwinkle in the April 2 runoff. The runoff is on "
                     "April 4.", dt.date(2023, 3, 15))
    assert day_to_iso(claims["April 2"].value) == "2019-04-02"
    assert day_to_iso(claims["April 4"].value) == "2023-04-04"


def test_a_named_frame_narrows_a_holders_share():
    claims = _claims("In the 19th Ward, Vallas won 76% of the vote. Vallas won 33.8% of the vote.")
    assert claims["76%"].scope == "Vallas (19th Ward)"
    assert claims["33.8%"].scope == "Vallas"


def test_rescheduled_appointments_are_postponed_ones_a_running_count():
    claims = _claims("NHS England said almost 940,000 appointments and operations had been rescheduled.")
    [claim] = claims.values()
    assert claim.metric == "appointments.delayed"


def test_the_items_of_a_list_of_parts_are_parts_too():
    claims = _claims("Hennepin County Medical Center treated 28 of the injured, University of Minnesota Medical "
                     "Center-Fairview took 25 and North Memorial 31. Police said 12 people died on Route 9 and "
                     "Route 66.")
    assert [(claims[q].metric, claims[q].scope) for q in ("28 of the injured", "25", "31")] == [
        ("people.injured", "part")] * 3
    assert "66" not in claims and "9" not in claims  # roads, named after a figure that ends elsewhere


def test_a_holders_share_within_a_frame_is_no_rival_of_the_holders_share(tmp_path):
    report = story_report(tmp_path, ("2023-03-01", "In the 19th Ward, Vallas won 76% of the vote."),
                          ("2023-03-01", "Vallas won 33.8% of the vote."))
    assert not _errors_and_warnings(report, "FC101")


def test_a_count_with_a_verb_of_its_own_takes_no_role_from_the_count_before():
    claims = _claims("The fire killed two people, and about 1,000 residents of the village and the surrounding "
                     "area were forced to flee. The attack killed 12 soldiers and 3 civilians.")
    assert claims["about 1,000 residents"].metric != "people.killed"
    assert claims["3 civilians"].metric == "civilians.killed"


def test_a_threshold_of_time_picks_out_some_of_those_counted():
    claims = _claims("Some 32,776 people waited more than 12 hours. Around 6.5 million people are waiting. 400 "
                     "flights were delayed by over three hours.")
    assert claims["Some 32,776 people waited"].scope == "more than 12 hours"
    assert claims["Around 6.5 million people are waiting"].scope is None
    assert claims["400 flights were delayed"].scope == "over three hours"


def test_a_union_of_countries_is_a_place_of_its_own():
    claims = _claims("In the eurozone, inflation hit a record 10.7% in October. Inflation in the EU rose to 11.5%.")
    assert claims["10.7%"].subject == "euro area"
    assert claims["11.5%"].subject == "European Union"


def test_an_age_group_picks_out_some_of_the_people():
    claims = _claims("The number of people aged 90 or above has reached 527,900. There were 11.1 million people "
                     "aged 65 or over. The population rose to 59.6 million.")
    assert claims["527,900"].scope == "aged 90 or above"
    assert claims["11.1 million people"].scope == "aged 65 or over"


def test_the_day_an_event_is_found_out_or_made_known_is_not_its_date():
    claims = _claims("Marston announced the breach on Tuesday, June 13th. It took eight days between discovering "
                     "the breach on June 5 and telling the public. The breach began on June 1.", dt.date(2018, 6, 14))
    assert claims["Tuesday, June 13th"].metric == "date"
    assert claims["June 5"].metric == "date"
    assert claims["June 1"].metric == "cyberattack.start"


def test_a_figure_approached_is_nearly_it_and_a_broken_record_is_the_old_mark():
    claims = _claims("Temperatures were climbing toward 90 degrees. The toll is approaching 2,000. The heat broke "
                     "the record for Oct. 7 of 87 degrees, set in 1963. The airline set a record of 300 flights.")
    assert claims["toward 90 degrees"].qualifier == "nearly"
    assert claims["approaching 2,000"].qualifier == "nearly"
    assert claims["87 degrees"].scope == "earlier value"
    assert claims["300 flights"].scope is None


def test_a_place_opening_a_sentence_holds_for_what_its_subject_recorded_there():
    claims = _claims("In Minnesota, the Twin Cities Marathon, run the same morning, recorded temperatures of 84 "
                     "degrees.")
    assert claims["84 degrees"].subject == "Minnesota"


def test_the_age_of_the_youngest_is_no_count_and_a_toll_risen_from_is_the_earlier_value():
    claims = _claims("Officials now put the toll at 132; the youngest victim was five. The oldest was 91. The death "
                     "toll has risen from 125.")
    assert (claims["five"].metric, claims["five"].scope) == ("person.age", "youngest victim")
    assert (claims["91"].metric, claims["91"].scope) == ("person.age", "oldest")
    assert claims["125"].provisional
