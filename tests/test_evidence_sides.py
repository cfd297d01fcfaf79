"""Evidence read for what a figure is of: a share counts something, a duration or a
ratio compares only with its own kind; drafts and pages written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from judging import run, verdict, verdict_on
from postings import job_posting_ld

from factcheck.claims.extract import Extractor, extract_claims
from factcheck.evidence.base import ArticleView
from factcheck.evidence.comparisons import claim_kind, side_kind
from factcheck.reading import parse_article
from factcheck.sources.facts import read_facts

DRAFT_SHARE = (
    "The Riverside Nurses Association polled its members in March. According to the "
    "poll, more than half of members were paid late for overtime last winter."
)


def test_a_larger_share_of_something_else_does_not_back_more_than_half(ruleset: Any) -> None:
    page = {
        "https://news.example.org/ballot": (
            "<p>The talks with Riverside Health followed months of bargaining and a strike "
            "ballot in March, when 91.4% of those taking part voted for industrial action.</p>"
        )
    }
    claim = verdict(run(DRAFT_SHARE, page, ruleset), "quantity", "paid late")
    assert claim.verdict.label == "unverified"


def test_a_larger_share_of_the_same_thing_backs_more_than_half(ruleset: Any) -> None:
    page = {
        "https://news.example.org/poll": (
            "<p>Asked in March, 64% of Riverside Nurses Association members said they "
            "were paid late for overtime at least once last winter.</p>"
        )
    }
    claim = verdict(run(DRAFT_SHARE, page, ruleset), "quantity", "paid late")
    assert claim.verdict.label == "supported"


@pytest.mark.parametrize(
    "source",
    [
        # The share's whole written inside what the rules read as the share ("of the
        # shifts on the rota"), a fraction in American English ("three-fourths").
        "Each porter is promised at least three-fourths of the shifts on the rota.",
        "The rota gives every porter a minimum of 80% of the shifts on offer.",
        "Porters are offered no fewer than three quarters of the shifts this winter.",
    ],
)
def test_a_share_of_the_same_whole_backs_at_least_a_share(source: str, ruleset: Any) -> None:
    """What both shares are of ("of the shifts") says what they count: a share at least
    as large backs "at least three-quarters", though no word after either tells it."""
    url = "https://union.example.org/rota"
    draft = (
        "The new rota guarantees porters at least three-quarters of the shifts on offer, "
        f"and sets rest breaks ([rota]({url}))."
    )
    judged = verdict_on(draft, {url: f"<p>{source}</p>"}, ruleset, "quantity")
    assert judged.label == "supported", judged.rationale


def test_a_share_of_the_same_people_may_count_another_thing(ruleset: Any) -> None:
    """A share of a group of people counts those who did what its sentence says: "80% of
    the porters" who backed the rota are not "more than half of the porters" who missed
    a break."""
    url = "https://union.example.org/rota-vote"
    draft = (
        "In the union's survey, more than half of the porters had missed a rest break "
        f"([vote]({url}))."
    )
    page = "<p>In the ballot, 80% of the porters voted to accept the new rota.</p>"
    judged = verdict_on(draft, {url: page}, ruleset, "quantity")
    assert judged.label == "unverified", judged.rationale


MILL = {
    "https://history.example.org/brennan-mills": (
        "<h1>Brennan Mills disputes</h1>"
        "<p>The mill's earlier dispute, the 2019 lockout, lasted 60 days.</p>"
        "<p>Management and the Weavers' Guild signed a new agreement in July, ending the "
        "2022 stoppage after 90 days.</p>"
    )
}


def _mill_draft(multiple: str) -> str:
    return (
        "The 2022 stoppage at Brennan Mills was the longest in its history. At 90 days, "
        f"it lasted {multiple} as long as the 60-day lockout of 2019 "
        "([history](https://history.example.org/brennan-mills))."
    )


def test_durations_are_compared_as_multiples(ruleset: Any) -> None:
    judged = verdict_on(_mill_draft("half again"), MILL, ruleset, "comparison")
    assert judged.label == "supported", judged.rationale
    assert "90 days" in judged.rationale and "60 days" in judged.rationale
    wrong = verdict_on(_mill_draft("twice"), MILL, ruleset, "comparison")
    assert wrong.label == "contradicted", wrong.rationale


def test_durations_read_before_their_subject_and_in_brackets(ruleset: Any) -> None:
    page = {
        "https://history.example.org/brennan-mills": (
            '<table class="infobox"><tr><th>Date</th><td>14 March – 12 June 2022 '
            "(2 months and 29 days; 90 days)</td></tr></table>"
            "<p>Lasting 60 days, the 2019 lockout was the mill's first.</p>"
        )
    }
    judged = verdict_on(_mill_draft("half again"), page, ruleset, "comparison")
    assert judged.label == "supported", judged.rationale
    assert "90 days" in judged.rationale and "60 days" in judged.rationale


def test_a_duration_the_page_does_not_give_is_not_taken_for_it(ruleset: Any) -> None:
    # The page gives 90 and 60 days: the draft's 120 days stands as its own figure, not
    # as the page's 90.
    draft = _mill_draft("twice").replace("At 90 days", "At 120 days")
    judged = verdict_on(draft, MILL, ruleset, "comparison")
    assert "120 days (the article's own figure)" in judged.rationale
    assert "90 days" not in judged.rationale


def _mill_lengths(relation: str) -> str:
    return (
        "The 2022 stoppage at Brennan Mills drew crowds to the gates: a stoppage of 90 "
        f"days {relation} the 2019 lockout of 60 days "
        "([history](https://history.example.org/brennan-mills))."
    )


def test_sides_that_state_lengths_of_time_are_compared_as_durations(ruleset: Any) -> None:
    # No word of length ("as long as", "longer than"): the sides' own values, in days,
    # make the comparison one of durations.
    judged = verdict_on(_mill_lengths("exceeded"), MILL, ruleset, "comparison")
    assert judged.label == "supported", judged.rationale
    assert "90 days" in judged.rationale and "60 days" in judged.rationale
    wrong = verdict_on(_mill_lengths("fell short of"), MILL, ruleset, "comparison")
    assert wrong.label == "contradicted", wrong.rationale


@pytest.mark.parametrize(
    ("sentence", "kinds", "kind"),
    [
        # A side's own length of time, written any way, and a side that states none.
        ("A stoppage of 90 days exceeded the lockout of 2019.", ("days", None), "days"),
        ("At 90 days, it exceeded the 60-day lockout of 2019.", ("days", "days"), "days"),
        # A window says when, not how long: "over the last three years" is no length.
        (
            "Pay over the last three years was more than twice the pay at the lockout.",
            (None, None),
            None,
        ),
        # A ratio by its figure or its name; money and shares are neither.
        ("Orlin's ratio of 215 to 1 was in line with the sector average.", ("to 1", None), "to 1"),
        ("A raise of 6% over three years is less than the 9% asked for.", ("amount",) * 2, None),
        # Sides of different kinds: no duration is read for either.
        (
            "The 90-day closure cost Orlin more than twice the $2 million it had saved.",
            ("days", "amount"),
            None,
        ),
        # Neither side states a value: what the comparison measures decides.
        ("The strike lasted twice as long as the lockout of 2019.", (None, None), "days"),
    ],
)
def test_what_a_comparisons_sides_are(
    sentence: str, kinds: tuple[str | None, str | None], kind: str | None, ruleset: Any
) -> None:
    article = parse_article(sentence, "draft.txt")
    extractor = Extractor(ruleset)
    claims = extract_claims(article, ruleset, extractor=extractor)
    claim = next(c for c in claims if c.type == "comparison")
    view = ArticleView(claims, extractor, extractor.context(article.text))
    assert tuple(side_kind(claim, side, view) for side in ("left", "right")) == kinds
    assert claim_kind(claim, view) == kind


PAY_RATIOS = {
    "https://paywatch.example.org/grocers": (
        "<h1>Pay ratios at grocery chains, 2024</h1>"
        '<section class="highlights"><div class="stat"><span class="num">$9.4 million</span>'
        '<span class="label">Average pay of grocery chief executives, 2024</span></div>'
        '<div class="stat"><span class="num">310 to 1</span><span class="label">Average '
        "chief-executive-to-median-worker pay ratio, grocery chains, 2024</span></div>"
        "</section><table><caption>Grocery chains, 2024</caption>"
        "<tr><th>Company</th><th>Chief executive pay</th><th>Median worker pay</th>"
        "<th>Pay ratio</th></tr>"
        "<tr><td>Harlow Foods</td><td>$9,120,000</td><td>$29,800</td><td>306 : 1</td></tr>"
        "<tr><td>Penmark Stores</td><td>$6,050,000</td><td>$31,200</td><td>194 : 1</td></tr>"
        "</table>"
    )
}


def test_a_ratio_is_compared_with_a_key_figure_ratio(ruleset: Any) -> None:
    judged = verdict_on(
        "Harlow Foods' pay ratio was in line with the average across grocery chains.",
        PAY_RATIOS,
        ruleset,
        "comparison",
    )
    assert judged.label == "supported", judged.rationale
    assert "306 to 1" in judged.rationale and "310 to 1" in judged.rationale
    assert "key figure" in judged.rationale
    other = verdict_on(
        "Penmark Stores' pay ratio was in line with the average across grocery chains.",
        PAY_RATIOS,
        ruleset,
        "comparison",
    )
    assert other.label == "contradicted"


def test_a_ratio_is_never_read_from_pay_in_dollars(ruleset: Any) -> None:
    # With no ratio on the page, Harlow's ratio is not its chief executive's pay.
    page = {
        url: body.replace("306 : 1", "").replace("194 : 1", "").replace("310 to 1", "")
        for url, body in PAY_RATIOS.items()
    }
    judged = verdict_on(
        "Harlow Foods' pay ratio was in line with the average across grocery chains.",
        page,
        ruleset,
        "comparison",
    )
    assert judged.label == "unverified", judged.rationale


def test_key_figures_are_read_with_their_labels_and_record_numbers_are_not() -> None:
    html = (
        '<main><div class="kpi"><b>4.2 to 1</b><em>Applicants per place, 2025</em></div>'
        "<div><span>Reference number</span><span>5512093</span></div>"
        "<p>Figures are provisional.</p></main>"
    )
    figures = [f for f in read_facts(html).items if f.where == "key figure"]
    assert [(f.data["row"], f.data["value"]) for f in figures] == [
        ("Applicants per place, 2025", "4.2 to 1")
    ]


def _posting(dates: str) -> dict[str, str]:
    return {
        "https://jobs.example.gov/4471": (
            "<h1>Hydrologist</h1><p>The Basin Survey Office is hiring a hydrologist.</p>"
            f"<dl><div><dt>Open &amp; closing dates</dt><dd>{dates}</dd></div>"
            "<div><dt>Grade</dt><dd>11</dd></div></dl>"
        )
    }


def _closes(day: str, dates: str, ruleset: Any) -> str:
    draft = (
        "The Basin Survey Office is hiring a hydrologist "
        f"([listing](https://jobs.example.gov/4471)). Applications are open until {day}."
    )
    return verdict_on(draft, _posting(dates), ruleset, "date", "open until").label


def test_a_postings_closing_date_in_figures_read_the_way_its_dates_run(ruleset: Any) -> None:
    # 04/19/2025 can only run month first, so 04/30 is 30 April; 21/03/2025 only day first.
    assert _closes("April 30", "04/01/2025 to 04/19/2025", ruleset) == "contradicted"
    assert _closes("April 19", "04/01/2025 to 04/19/2025", ruleset) == "supported"
    assert _closes("April 4", "21/03/2025 to 04/04/2025", ruleset) == "supported"
    assert _closes("April 14", "21/03/2025 to 04/04/2025", ruleset) == "contradicted"


def test_a_closing_date_whose_order_is_open_decides_nothing(ruleset: Any) -> None:
    # 03/05/2025 to 04/06/2025 reads either way: neither June 4 nor April 6 is settled.
    for day in ("June 4", "April 6", "May 20"):
        assert _closes(day, "03/05/2025 to 04/06/2025", ruleset) == "unverified"


def test_a_closing_date_from_json_ld(ruleset: Any) -> None:
    page = {
        "https://jobs.example.gov/4471": (
            job_posting_ld("Hydrologist", validThrough="2025-05-16T23:59")
            + "<h1>Hydrologist</h1><p>The Basin Survey Office is hiring a hydrologist.</p>"
        )
    }
    draft = (
        "The Basin Survey Office is hiring a hydrologist "
        "([listing](https://jobs.example.gov/4471)). The deadline to apply is May 26."
    )
    assert verdict_on(draft, page, ruleset, "date", "deadline").label == "contradicted"


def _notice(body: str) -> dict[str, str]:
    return {
        "https://jobs.example.gov/5120": (
            "<h1>Recruitment of Signal Technicians</h1>"
            "<p>The Harbour Rail Board is hiring signal technicians.</p>" + body
        )
    }


def _closed(draft_tail: str, body: str, ruleset: Any) -> str:
    draft = (
        "The Harbour Rail Board is hiring signal technicians "
        f"([notice](https://jobs.example.gov/5120)). {draft_tail}"
    )
    return verdict_on(draft, _notice(body), ruleset, "date", "close").label


def test_a_closing_date_labelled_inside_one_element(ruleset: Any) -> None:
    # "Label: value" in one list item is the posting's closing date.
    body = "<ul><li>Closing date for online applications: 14.06.2031 (18:00 hrs)</li></ul>"
    assert _closed("Applications close on 24 June 2031.", body, ruleset) == "contradicted"
    assert _closed("Applications close on 14 June 2031.", body, ruleset) == "supported"
    # A label of another date says nothing of closing.
    other = "<ul><li>Date of the written test: 14.06.2031</li></ul>"
    assert _closed("Applications close on 24 June 2031.", other, ruleset) == "unverified"


def test_a_closing_date_told_in_a_postings_sentence(ruleset: Any) -> None:
    body = (
        "<p>The application portal opens on 2 March 2031 and will close at noon on "
        "30 March 2031.</p>"
    )
    assert _closed("Applications close on 20 March 2031.", body, ruleset) == "contradicted"
    assert _closed("Applications close on 30 March 2031.", body, ruleset) == "supported"
    # A sentence closing something other than applying is no closing date.
    depot = "<p>The depot closes for maintenance on 2 March 2031.</p>"
    assert _closed("Applications close on 20 March 2031.", depot, ruleset) == "unverified"


def test_a_closing_date_with_no_job_named_is_the_only_postings(ruleset: Any) -> None:
    # The draft names no job before its closing date and cites nothing beside it: the
    # one posting among its sources is the one it speaks of.
    body = (
        "<ul><li>Closing date for online applications: 14.06.2031</li></ul>"
        '<p><a href="/apply">Apply now</a></p>'
    )
    draft = (
        "Every spring the Harbour Rail Board recruits for its depots "
        "([source](https://jobs.example.gov/5120)).\n\n"
        "Applications closed on 24 June 2031, and the test followed in the autumn."
    )
    judged = verdict_on(draft, _notice(body), ruleset, "date", "closed")
    assert judged.label == "contradicted", judged.rationale
    # A page that is no posting gives no closing date to a claim that does not cite it.
    plain = verdict_on(draft, _notice(body.split("<p>")[0]), ruleset, "date", "closed")
    assert plain.label == "unverified", plain.rationale
