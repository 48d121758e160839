"""How a list says where a nomination stands: endorsements, a yes or a no per stage, ranks
and reserves, withdrawals (``careerdesk.io.nomination_words``)."""

from __future__ import annotations

import pytest

from careerdesk.io import nomination_words as nw
from careerdesk.io.values import BadValueError


@pytest.mark.parametrize("written, expected", [
    (1, 1), (2.0, 2), ("3", 3), ("1st", 1), ("2nd", 2), ("No. 1", 1), ("#4", 4), ("Rank 2", 2),
    ("第一", 1), ("第 3 名", 3), ("", None),
    ("Reserve 1", nw.ReserveRank(1)), ("R2", nw.ReserveRank(2)), ("候補3", nw.ReserveRank(3)),
    ("Waitlist", nw.ReserveRank(None)), ("2 (reserve)", nw.ReserveRank(2)),
    ("Alt. 1", nw.ReserveRank(1))])
def test_faculty_ranks_as_people_write_them(written, expected) -> None:  # noqa: ANN001
    assert nw.rank(written) == expected


@pytest.mark.parametrize("written", ["R", "W", "Withdrawn", "RR1"])
def test_a_letter_alone_in_a_rank_column_is_no_reserve(written: str) -> None:
    """"W" may say withdrawn: only a letter with the reserve's place is a reserve's rank."""
    with pytest.raises(BadValueError):
        nw.rank(written)


def test_a_rank_that_is_no_number_is_a_problem() -> None:
    for written in ("first", "0", "high"):
        with pytest.raises(BadValueError):
            nw.rank(written)


@pytest.mark.parametrize(("written", "expected"), [
    ("Y", True), ("否", False), ("", None), ("TBC", None),  # a yes or a no, as anywhere
    ("Offered", True), ("Shortlisted", True), ("Successful", True), ("入圍", True),
    ("Unsuccessful", False), ("Rejected", False), ("Not selected", False), ("落選", False),
    ("Declined", False), ("No offer", False),
    ("Pending", None), ("KIV", None), ("Waitlisted", None), ("待定", None)])
def test_a_stage_column_answers_in_words_too(written: str, expected: bool | None) -> None:
    """Under "Offer (Y/N)" a programme writes "Offered" or "Unsuccessful" as often as Y or
    N, and "Pending" for not yet."""
    assert nw.stage_answer(written) is expected


def test_a_stage_column_answer_of_something_else_is_a_problem() -> None:
    with pytest.raises(BadValueError, match="is not yes or no"):
        nw.stage_answer("SenseTime")


@pytest.mark.parametrize(("remark", "expected"), [
    ("Withdrawn", True), ("withdrew on 3 Mar", True), ("Student has withdrawn", True),
    ("Nomination withdrawn by the department", True), ("已撤回", True), ("已退出（3月1日）", True),
    ("Withdrawn?", False), ("已撤回？", False), ("Withdraw if no place", False),
    ("Not withdrawn", False), ("Prefers AI roles", False), ("", False),
])
def test_a_remark_says_the_student_withdrew_only_in_so_many_words(remark, expected) -> None:  # noqa: ANN001
    assert nw.says_withdrawn(remark) is expected


@pytest.mark.parametrize(("written", "expected"), [
    ("Y", nw.Endorsement.PUT_FORWARD), ("Nominated", nw.Endorsement.PUT_FORWARD),
    ("已推薦", nw.Endorsement.PUT_FORWARD), ("", None), ("N", nw.Endorsement.NOT_PUT_FORWARD),
    ("TBC", nw.Endorsement.NOT_PUT_FORWARD), ("Pending", nw.Endorsement.NOT_PUT_FORWARD),
    ("Reserve", nw.Endorsement.NOT_PUT_FORWARD), ("maybe", nw.Endorsement.NOT_PUT_FORWARD),
    ("Withdrawn", nw.Reached("withdrawn")), ("已撤回", nw.Reached("withdrawn")),
    ("Short-listed", nw.Reached("shortlisted")), ("入圍", nw.Reached("shortlisted")),
    ("Offer accepted", nw.Reached("accepted")), ("Unsuccessful", nw.Reached("not_selected")),
    ("NOT SHORTLISTED", nw.Reached("not_selected")), ("Offer declined", nw.Reached("declined")),
    ("Not eligible", nw.Reached("ineligible")), ("Commenced", nw.Reached("placed")),
    ("On placement", nw.Reached("placed")), ("已入職", nw.Reached("placed")),
    ("Completed", nw.Reached("completed")), ("已完成", nw.Reached("completed")),
])
def test_a_status_column_says_whether_a_nominee_is_put_forward_or_got_further(
        written, expected) -> None:  # noqa: ANN001
    assert nw.endorsement(written) == expected
