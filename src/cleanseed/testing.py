"""Conformance checks for cleaners, the way scikit-learn's ``check_estimator`` checks estimators.

``check_cleaner(cleaner)`` runs the properties every cleanseed cleaner keeps against any cleaner,
yours included, on arbitrary text, page chrome and generated news pages. ``assert_cleaned(doc,
expected)`` is the oracle for ``cleanseed.strategies.news_pages()``. Imports hypothesis.
"""

from __future__ import annotations

import pickle
from collections.abc import Collection

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Flaky

from .cleaners import cleaner_id
from .document import Cleaner, Document, Draft, Format, Line
from .pipeline import Pipeline
from .strategies import Expected, chrome_lines, news_pages

__all__ = ["PROPERTIES", "assert_cleaned", "check_cleaner"]

PROPERTIES = (
    "picklable",
    "never raises",
    "deletes or lifts only",
    "records every removal",
    "idempotent",
)
"""The properties ``check_cleaner`` checks, in the order it checks them."""

# Fragments that break naive line handling: every separator str.splitlines() knows, markdown
# syntax cut short, invisible characters, and openings that look like chrome.
_ODD = (
    "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\u2028", "\x0b", "\x0c", "\x1c", "\x85",
    " ", "\t", "\u00a0", "\u200b", "\ufeff",
    "[", "](", ")", "![", "](#)", "[]()", "*", "# ", "|", ">", "©", "By ", "Share", "Advertisement",
    "“", "”", "\u2018", "\u2019", "http://", "é", "\u0301", "😀", "ǅ", "İ", "ß",
)  # fmt: skip

_EARLIER = ("A headline lifted earlier", ("Earlier Author",))
_SAMPLE = "Skip to content\nBy Anna Walsh\nMarch 3, 2024\nOfficials approved the plan on Tuesday.\n© 2024 Courier"


def _inputs() -> tuple[tuple[str, st.SearchStrategy[str]], ...]:
    """Input families, checked one after another so each failure shrinks within its own family."""
    arbitrary = st.lists(st.one_of(st.text(max_size=30), st.sampled_from(_ODD)), max_size=12).map("".join)
    chrome = st.lists(chrome_lines(), min_size=1, max_size=4).map(lambda blocks: "\n".join(sum(blocks, ())))
    pages = st.one_of(news_pages("text"), news_pages("markdown")).map(lambda pair: pair[0])
    return (("arbitrary text", arbitrary), ("chrome lines", chrome), ("news pages", pages))


class _Violation(Exception):
    """One broken property, with what broke it; turned into an ``AssertionError`` for the caller."""

    def __init__(self, prop: str, detail: str) -> None:
        super().__init__(prop, detail)
        self.prop = prop
        self.detail = detail


def check_cleaner(cleaner: Cleaner, *, max_examples: int = 100) -> None:
    """Check that ``cleaner`` keeps every property in :data:`PROPERTIES`; return ``None`` if it does.

    Inputs are arbitrary text, blocks of page chrome and whole generated pages, each family
    ``max_examples`` times. Raises ``AssertionError`` naming the broken property and showing the
    smallest input that breaks it (hypothesis shrinks it). Runs under the active hypothesis
    profile, so the ``ci`` profile makes it deterministic.
    """
    ids = _ids(cleaner)
    name = cleaner_id(cleaner)
    _check_pickle(cleaner, name)

    for family, texts in _inputs():
        _run(cleaner, name, ids, family, texts, max_examples)


def _run(
    cleaner: Cleaner, name: str, ids: Collection[str], family: str, texts: st.SearchStrategy[str], max_examples: int
) -> None:
    @settings(
        parent=settings.default,
        max_examples=max_examples,
        deadline=None,
        database=None,
        report_multiple_bugs=False,
        phases=[phase for phase in Phase if phase is not Phase.explain],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )
    @given(text=texts, format=st.sampled_from(("text", "markdown", "html")), lifted=st.booleans())
    def conforms(text: str, format: Format, lifted: bool) -> None:
        draft = Draft.from_text(text, format=format)
        if lifted:
            draft = draft.lift("title", _EARLIER[0], "check_cleaner", origin="an earlier cleaner")
            draft = draft.lift("authors", _EARLIER[1], "check_cleaner", origin="an earlier cleaner")
        try:
            _check_once(cleaner, draft, ids)
        except _Violation as v:
            raise AssertionError(
                f"cleaner {name!r} breaks property {v.prop!r}: {v.detail}\n"
                f"smallest failing input ({family}, format={format!r}, as Draft.from_text reads it"
                f"{', with a title and authors already lifted' if lifted else ''}):\n{text!r}"
            ) from None

    try:
        conforms()
    except Flaky as exc:
        raise AssertionError(
            f"cleaner {name!r} breaks property 'idempotent': it gave different results on the same input "
            f"(cleaners must be deterministic): {exc}"
        ) from None


def assert_cleaned(doc: Document, expected: Expected) -> None:
    """The oracle for ``news_pages()``: ``doc`` kept the body, dropped the chrome, found authors and date.

    Every non-blank line of ``doc.text`` must be a body line (in order) or the headline; author
    names compare without regard to case or initials' full stops ("Anna J Walsh" is "ANNA J. WALSH").
    Raises ``AssertionError`` listing every difference.
    """
    title = expected.title.strip()
    kept = [line.strip() for line in doc.text.splitlines() if line.strip()]
    body = [line for line in kept if line.lstrip("# ") != title]
    chrome = set(expected.chrome)
    problems = [f"body line lost: {line!r}" for line in expected.body if line not in body]
    problems += [
        f"{'injected chrome' if line in chrome else 'unexpected line'} kept: {line!r}"
        for line in body
        if line not in expected.body
    ]
    if not problems and body != list(expected.body):
        problems.append(f"body lines out of order: {body!r}")
    if tuple(map(_name_key, doc.authors)) != tuple(map(_name_key, expected.authors)):
        problems.append(f"authors {doc.authors!r}, expected {expected.authors!r}")
    if doc.published != expected.published:
        problems.append(f"published {doc.published!r}, expected {expected.published!r}")
    if _phrase(doc.published_relative) != _phrase(expected.published_relative):
        problems.append(f"published_relative {doc.published_relative!r}, expected {expected.published_relative!r}")
    if problems:
        raise AssertionError("clean() disagrees with the oracle:\n  " + "\n  ".join(problems))


def _phrase(text: str | None) -> str | None:
    return " ".join(text.split()).casefold() if text else None


def _name_key(name: str) -> str:
    return " ".join(name.replace(".", " ").split()).casefold()


def _ids(cleaner: Cleaner) -> frozenset[str]:
    """The ids removal records may carry: the cleaner's own, or for a pipeline its steps'."""
    if isinstance(cleaner, Pipeline):
        return frozenset().union(*(_ids(step) for step in cleaner.steps))
    return frozenset({cleaner_id(cleaner)})


def _check_pickle(cleaner: Cleaner, name: str) -> None:
    try:
        clone = pickle.loads(pickle.dumps(cleaner))
    except Exception as exc:
        raise AssertionError(
            f"cleaner {name!r} breaks property 'picklable' (pipelines run in worker processes): "
            f"{type(exc).__name__}: {exc}"
        ) from None
    sample = Draft.from_text(_SAMPLE)
    try:
        same = clone(sample) == cleaner(sample)
    except Exception as exc:
        raise AssertionError(
            f"cleaner {name!r} breaks property 'never raises': {type(exc).__name__}: {exc}\ninput:\n{_SAMPLE!r}"
        ) from None
    if not same:
        raise AssertionError(f"cleaner {name!r} breaks property 'picklable': its unpickled copy cleans differently")


def _apply(cleaner: Cleaner, draft: Draft) -> Draft:
    try:
        out = cleaner(draft)
    except Exception as exc:
        raise _Violation("never raises", f"{type(exc).__name__}: {exc}") from None
    if not isinstance(out, Draft):
        raise _Violation("never raises", f"returned {type(out).__name__}, not a Draft")
    return out


def _check_once(cleaner: Cleaner, draft: Draft, ids: Collection[str]) -> None:
    out = _apply(cleaner, draft)
    _check_deletes_only(draft, out)
    _check_records(draft, out, ids)
    again = _apply(cleaner, out)
    if again != out:
        raise _Violation("idempotent", _difference(out, again))


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def _check_deletes_only(before: Draft, after: Draft) -> None:
    source = {line.no: line.text for line in before.lines}
    numbers = [line.no for line in after.lines]
    if numbers != sorted(set(numbers)):
        raise _Violation("deletes or lifts only", f"lines reordered or duplicated: {numbers}")
    for line in after.lines:
        if line.no not in source:
            raise _Violation("deletes or lifts only", f"line {line.no} {line.text!r} is not a source line")
        if not _is_subsequence(line.text, source[line.no]):
            raise _Violation(
                "deletes or lifts only",
                f"line {line.no} {source[line.no]!r} became {line.text!r}, which adds or changes characters",
            )
    if (after.source, after.format) != (before.source, before.format):
        raise _Violation("deletes or lifts only", "source or format changed")
    if after.removed[: len(before.removed)] != before.removed or after.lifted[: len(before.lifted)] != before.lifted:
        raise _Violation("records every removal", "earlier removal or lift records were changed")
    for field in ("title", "authors", "published", "published_relative", "site", "url"):
        earlier, now = getattr(before, field), getattr(after, field)
        if earlier not in (None, ()) and now != earlier:
            raise _Violation(
                "deletes or lifts only", f"overwrote {field} {earlier!r} with {now!r}; Draft.lift keeps the first value"
            )
    for record in after.lifted[len(before.lifted) :]:
        if record.line is not None and record.line not in source:
            detail = f"lifted {record.field} from line {record.line}, which is not an input line"
            raise _Violation("deletes or lifts only", detail)


def _check_records(before: Draft, after: Draft, ids: Collection[str]) -> None:
    new = after.removed[len(before.removed) :]
    for record in new + tuple(after.lifted[len(before.lifted) :]):
        if record.cleaner not in ids:
            raise _Violation("records every removal", f"record {record!r} names {record.cleaner!r}, not {sorted(ids)}")
    kept = {line.no: line for line in after.lines}
    for line in before.lines:
        covering = [r for r in new if r.first_line <= line.no <= r.last_line]
        if line.no not in kept:
            if not line.blank and all(r.partial for r in covering):
                raise _Violation("records every removal", f"line {line.no} {line.text!r} was dropped without a record")
        elif _visible(kept[line.no]) != _visible(line) and not covering:
            raise _Violation(
                "records every removal",
                f"line {line.no} {line.text!r} became {kept[line.no].text!r} without a record of what went",
            )


def _visible(line: Line) -> str:
    # Markup (brackets, bullets, spacing) may go unrecorded; letters and digits are text and may not.
    return "".join(c for c in line.text if c.isalnum())


def _difference(first: Draft, second: Draft) -> str:
    if first.lines != second.lines:
        gone = [line for line in first.lines if line not in second.lines]
        return f"a second run changed the kept lines again: {[line.text for line in gone]!r}"
    fields = ("removed", "lifted", "title", "authors", "published", "labels")
    changed = [f for f in fields if getattr(first, f) != getattr(second, f)]
    return f"a second run changed {', '.join(changed) or 'the draft'}"
