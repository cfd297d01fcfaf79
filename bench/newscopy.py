"""Long articles of varied news copy, written for the benchmarks (not drawn from any fixture).

Each paragraph is built from a few sentence forms a labour or business reporter writes:
dated strikes and walkouts, pay figures and ranges, job adverts, comparisons, counts and
quotes, with unions, employers, places, dates and figures drawn from small tables. The
draw is seeded, so the same size always gives the same article.

    python bench/newscopy.py 5000000 > /tmp/long.txt    # about 5 MB of plain text
"""

from __future__ import annotations

import random
import sys

UNIONS = (
    "Harbour Pilots' Guild",
    "Northern Bakery Workers' Union",
    "Lakeside Transit Workers' Union",
    "Federation of Orchard Pickers",
    "Brotherhood of Signal Fitters",
    "Coastal Ferry Crews Association",
    "Valley Nurses Council",
    "Guild of Archive Technicians",
)
EMPLOYERS = (
    "Marlow Freight",
    "Quillon Foods",
    "Brightwater Health",
    "Castell Rail",
    "Ostrander Mills",
    "Penhallow Logistics",
    "Tamsin Hospitals",
    "Greyfield Ports",
)
PLACES = ("Dunmore", "Eastbridge", "Kelso Bay", "Port Avery", "Wrenfield", "Haldon", "Saltmarsh")
WORKERS = (
    "dock workers",
    "bus drivers",
    "warehouse staff",
    "nurses",
    "bakers",
    "signal engineers",
    "cleaners",
    "porters",
)
TITLES = (
    "senior data analyst",
    "logistics manager",
    "staff nurse",
    "machine learning engineer",
    "warehouse supervisor",
    "product designer",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
FILLER = (
    "Talks resumed in {place} on {date} after a pause of several weeks.",
    "Negotiators for both sides declined to comment on the timetable.",
    "The dispute has drawn attention from local councillors and shop owners.",
    "Traffic around the {place} depot was slower than usual that morning.",
    "Passengers were advised to check timetables before setting out.",
    "A spokesperson for {employer} said contingency plans were in place.",
    "Analysts expect the outcome to shape other settlements in the region.",
)
FORMS = (
    "Members of the {union} went on strike against {employer} on {date}.",
    "About {count} {workers} walked out at {employer} in {place} on {date}.",
    "The walkout by {workers} at {employer} began on {date} and lasted {days} days.",
    "{employer} is advertising a {title} role paying ${low} to ${high} a year.",
    "The {title} post at {employer} pays up to ${high} a year, the advert says.",
    "Starting pay for {workers} at {employer} is ${hourly} an hour, according to the {union}.",
    "The {union} says its members earn ${low} a year on average.",
    "{employer} reported revenue of ${revenue} million for the year to {month} {year}.",
    "Its chief executive was paid ${ceo} last year, a figure that dwarfs the ${low} "
    "earned by a typical {title}.",
    "Some {count} {workers} joined the strike against {employer} on {date}.",
    '"We have waited {days} months for a fair offer," said a shop steward in {place}.',
    "The {union} struck {employer} for {days} days in {month} {year}.",
    "A one-off payment of ${bonus} was offered to {workers} in {place} on {date}.",
    "Wages at {employer} rose by {pct}% between {year} and {year2}.",
)


def _values(rng: random.Random) -> dict[str, object]:
    low = rng.randrange(28, 90) * 1000
    year = rng.randrange(2016, 2026)
    month = rng.choice(MONTHS)
    return {
        "union": rng.choice(UNIONS),
        "employer": rng.choice(EMPLOYERS),
        "place": rng.choice(PLACES),
        "workers": rng.choice(WORKERS),
        "title": rng.choice(TITLES),
        "date": f"{rng.randrange(1, 29)} {month} {year}",
        "month": month,
        "year": year,
        "year2": year + rng.randrange(1, 4),
        "count": f"{rng.randrange(2, 95) * 100:,}",
        "days": rng.randrange(2, 30),
        "low": f"{low:,}",
        "high": f"{low + rng.randrange(5, 60) * 1000:,}",
        "hourly": f"{rng.randrange(14, 38)}.{rng.randrange(0, 100):02d}",
        "revenue": rng.randrange(40, 900),
        "ceo": f"{rng.randrange(12, 90) * 100_000:,}",
        "bonus": f"{rng.randrange(5, 40) * 100:,}",
        "pct": rng.randrange(2, 14),
    }


def paragraph(rng: random.Random) -> str:
    """One paragraph of two to four sentences: news forms, with an aside now and then."""
    sentences = []
    for _ in range(rng.randrange(2, 5)):
        form = rng.choice(FILLER) if rng.random() < 0.25 else rng.choice(FORMS)
        sentences.append(form.format(**_values(rng)))
    return " ".join(sentences)


def news_article(size: int, seed: int = 13) -> str:
    """Plain text of at least ``size`` characters: a headline, then paragraphs."""
    rng = random.Random(seed)
    parts = ["Pay and strikes across the region\n"]
    total = len(parts[0])
    while total < size:
        text = paragraph(rng) + "\n"
        parts.append(text)
        total += len(text) + 1
    return "\n".join(parts)


if __name__ == "__main__":
    sys.stdout.write(news_article(int(sys.argv[1]) if len(sys.argv) > 1 else 300_000))
