"""The publication date from an HTML page's metadata resolves year-less dates when none is given."""

from __future__ import annotations

import pytest

import ltreports

BODY = (
    "<article><h1>Svečiai bibliotekoje</h1><p>Gegužės 10 d. Lazdijų rajono savivaldybės viešojoje bibliotekoje "
    "lankėsi metodininkės. Jos susitiko su direktore Vaiva Malinauskiene ir aptarė naujus projektus.</p>"
    "<p>Po susitikimo visi kartu apžiūrėjo atnaujintas skaityklos erdves ir vaikų literatūros skyrių.</p></article>"
)


def page(meta: str) -> str:
    return f"<html><head><title>Svečiai</title>{meta}</head><body>{BODY}</body></html>"


@pytest.mark.parametrize(
    ("meta", "published", "visit_date"),
    [
        ('<meta property="article:published_time" content="2023-06-02T10:00:00+03:00">', "2023-06-02", "2023-05-10"),
        ('<meta name="date" content="2021-01-15">', "2021-01-15", "2020-05-10"),
    ],
)
def test_metadata_date_is_used(meta: str, published: str, visit_date: str) -> None:
    report = ltreports.extract(page(meta))
    assert report.source.published == published
    assert report.visits[0].date == visit_date


def test_given_date_wins_over_metadata() -> None:
    meta = '<meta property="article:published_time" content="2023-06-02">'
    report = ltreports.extract(page(meta), published="2019-06-01")
    assert report.source.published == "2019-06-01"
    assert report.visits[0].date == "2019-05-10"


def test_plain_text_has_no_metadata_date() -> None:
    report = ltreports.extract("Gegužės 10 d. Lazdijų rajono savivaldybės viešojoje bibliotekoje vyko paroda.")
    assert report.source.published is None and report.visits[0].date == "--05-10"
