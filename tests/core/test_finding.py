"""Finding anyone from one box: names in any order, either Chinese script, phones however
written, university with number; the same answers in SQL (both backends) and in memory."""

from __future__ import annotations

import pytest

from careerdesk.core.db.database import Database
from careerdesk.core.domain.finding import Haystack, parse
from careerdesk.core.services.nominations import NominationFilter, indexed_nominations
from careerdesk.core.services.student_editing import create_student
from careerdesk.core.services.students import student_ids, students_by_ids

PEOPLE = [
    {"university": "HKUST", "student_no": "20719300", "name_en": "CHAN Chi Hoi Peter",
     "name_zh": "陳志凱", "email": "chchanaa@connect.ust.hk", "phone": "9028 8102"},
    {"university": "HKU", "student_no": "3035123456", "name_en": "WONG Siu Ming",
     "name_zh": "黄小明", "email": "u3512345@connect.hku.hk", "phone": "138 1234 5678"},
    {"university": "CUHK", "student_no": "1155012345", "name_en": "LEE Ka Yan",
     "name_zh": "李嘉欣", "email": "1155012345@link.cuhk.edu.hk", "phone": "6123 4567"},
    {"university": "HKU", "student_no": "3035999999", "name_en": "CHAN Hoi Yee",
     "name_zh": "陳凱儀", "email": "hoiyee@hku.hk", "phone": "9028 1111"},
]

CASES = [
    ("Chi Hoi Chan", {"20719300"}),
    ("chan chi hoi", {"20719300"}),
    ("Peter Chan", {"20719300"}),
    ("chan", {"20719300", "3035999999"}),
    ("陈志凯", {"20719300"}),  # simplified typed, traditional stored
    ("陳志凱", {"20719300"}),
    ("黃小明", {"3035123456"}),  # traditional typed, simplified stored
    ("凱", {"20719300", "3035999999"}),
    ("9028 8102", {"20719300"}),
    ("+852 9028 8102", {"20719300"}),
    ("+852-9028-8102", {"20719300"}),
    ("90288102", {"20719300"}),
    ("9028", {"20719300", "3035999999"}),
    ("+86 138 1234 5678", {"3035123456"}),
    ("HKUST 20719300", {"20719300"}),
    ("hkust 20719300", {"20719300"}),
    ("HKU 20719300", set()),  # the right number at the wrong university
    ("HKU chan", {"3035999999"}),  # not HKUST's Chan through an "hku"-less email
    ("hku", {"3035123456", "3035999999"}),
    ("CHCHANAA@CONNECT.UST.HK", {"20719300"}),
    ("1155012345", {"1155012345"}),
    ("Ka-Yan Lee", {"1155012345"}),
    ("%", set()),
    ("a_b", set()),
    ("nobody here", set()),
]


@pytest.fixture()
def people(database: Database) -> Database:
    for person in PEOPLE:
        create_student(database, person)
    return database


@pytest.mark.parametrize(("typed", "expected"), CASES)
def test_students_are_found_in_sql(people: Database, typed: str, expected: set[str]) -> None:
    with people.session() as session:
        found = students_by_ids(session, student_ids(session, typed))
    assert {row.student_no for row in found} == expected


@pytest.mark.parametrize(("typed", "expected"), CASES)
def test_memory_finds_what_sql_finds(typed: str, expected: set[str]) -> None:
    from careerdesk.core.services.student_fields import read_student_value

    search = parse(typed, {"HKUST", "HKU", "CUHK"})
    found = set()
    for person in PEOPLE:
        phone = read_student_value("phone", person["phone"])
        if Haystack(person["university"], person["student_no"], person["name_en"],
                    person["name_zh"], person["email"], phone).found(search):
            found.add(person["student_no"])
    assert found == expected


def test_digit_groups_are_one_number_and_words_stay_words() -> None:
    search = parse("HKUST +852 9028-8102 chan", {"HKUST"})
    assert [(t.kind, t.forms[0]) for t in search.terms] == [
        ("university", "hkust"), ("digits", "85290288102"), ("text", "chan")]
    assert not parse("  ")
    assert set(parse("陈").terms[0].forms) >= {"陈", "陳"}


def test_the_nominations_page_finds_by_phone_and_email(demo_database: Database) -> None:
    with demo_database.session() as session:
        index = indexed_nominations(session)
    someone = next(r for r in index.rows if r.phone and r.email)
    for typed in (someone.phone.replace("+852", "+852 "), someone.email.upper(),
                  f"{someone.university} {someone.student_no}"):
        shown = [index.rows[i] for i in index.filter(NominationFilter(text=typed))]
        assert shown and all(r.student_no == someone.student_no for r in shown), typed
