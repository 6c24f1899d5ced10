from hypothesis import given
from hypothesis import strategies as st

from cleanseed.document import Draft


@given(st.lists(st.text(alphabet="ab \n", max_size=4).map(lambda t: t.replace("\n", "")), max_size=12), st.data())
def test_drop_keeps_the_other_lines_in_order_and_records_each_run(texts, data):
    draft = Draft.from_text("\n".join(texts))
    doomed = data.draw(st.sets(st.integers(0, max(0, len(draft.lines) - 1))) if draft.lines else st.just(set()))
    after = draft.drop(doomed, "test.drop", "test")
    assert after.lines == tuple(line for i, line in enumerate(draft.lines) if i not in doomed)
    dropped = [draft.lines[i] for i in sorted(doomed)]
    recorded = {no for r in after.removed for no in range(r.first_line, r.last_line + 1)}
    assert {line.no for line in dropped if not line.blank} <= recorded <= {line.no for line in dropped}


def test_drop_each_records_one_run_per_reason():
    draft = Draft.from_text("a\nb\nc\nd")
    after = draft.drop_each({0: "menu", 1: "menu", 2: "ad"}, "test.drop")
    assert [line.text for line in after.lines] == ["d"]
    assert [(r.reason, r.text, r.first_line, r.last_line) for r in after.removed] == [
        ("menu", "a\nb", 1, 2),
        ("ad", "c", 3, 3),
    ]
