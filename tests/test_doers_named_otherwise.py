"""Who does the deed, read where the sentence puts the doer somewhere other than before the verb: a cleft or
a relative clause ("It was Netanyahu who invited Biden", "Castellan, who voiced concern"), a department that
only assists ("The Secretary of Energy, in coordination with the Secretary of the Interior, will ..."), and
the State Department as one department among others, not a publisher. Constructed sentences; real analyses,
no mocks."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import ACTOR_MISMATCH
from verifier.rules.conflicts import find_conflicts


def _conflicts(claim: str, record: str) -> tuple[str, ...]:
    return find_conflicts(analyze(claim), analyze(record)).reasons


def test_the_doer_of_a_cleft_or_a_relative_clause_is_the_name_before_who():
    record = ("President Biden invited Prime Minister Netanyahu to visit Washington in the spring for talks "
              "on water security, and Prime Minister Netanyahu accepted the invitation.")
    assert ACTOR_MISMATCH in _conflicts("It was Netanyahu who invited Biden to Washington for talks on water "
                                        "security.", record)
    assert ACTOR_MISMATCH in _conflicts("Prime Minister Netanyahu, who invited Biden to Washington for talks "
                                        "on water security, spoke first.", record)
    # The faithful order stays uncontested.
    assert _conflicts("It was Biden who invited Netanyahu to Washington for talks on water security.",
                      record) == ()


def test_a_lone_name_before_who_is_a_person():
    record = ("Ambassador Mirren also expressed deep concern over the flooding of farmland along the "
              "northern river.")
    # "who" stands for a person: the unknown name is the doer, and the record's doer is another.
    assert _conflicts("It was Castellan who voiced deep concern over the flooding of farmland along the "
                      "river.", record) == (ACTOR_MISMATCH,)
    assert _conflicts("It was Mirren who voiced deep concern over the flooding of farmland along the river.",
                      record) == ()


def test_a_department_named_only_as_assisting_is_not_the_doer():
    record = ("The Secretary of Energy, in coordination with the Secretary of the Interior and other senior "
              "officials, will assess whether coastal refineries can process heavier crude and report to the "
              "President.")
    assert ACTOR_MISMATCH in _conflicts("The Interior secretary will assess whether coastal refineries can "
                                        "process heavier crude.", record)
    # The doer itself, or the doer working with the assisting department, is the record's.
    assert _conflicts("The Energy secretary will assess whether coastal refineries can process heavier "
                      "crude.", record) == ()
    assert _conflicts("The Energy Department, working with the Interior Department, will assess whether "
                      "coastal refineries can process heavier crude.", record) == ()


def test_the_state_department_is_a_department_that_acts():
    record = ("The Department of Commerce is also restricting exports of surveillance drones to the ruling "
              "junta.")
    assert _conflicts("The State Department is also restricting exports of surveillance drones to the junta.",
                      record) == (ACTOR_MISMATCH,)
    assert _conflicts("The Commerce Department is also restricting exports of surveillance drones to the "
                      "junta.", record) == ()
    assert "=state_department" in analyze("The Department of State will review the designation.").keys


def test_an_office_before_a_name_is_the_persons_title():
    # "Secretary of State" names Blinken's office: no party of its own to find exchanged with another name.
    assert _conflicts("On Friday, Okafor and Secretary of State Antony Blinken signed a memorandum between "
                      "the United States and the Lagos Vaccine Institute on shared priorities.",
                      "Today, the United States and the Lagos Vaccine Institute renewed our partnership by "
                      "signing a memorandum between Chairperson Okafor and U.S. Secretary of State Antony "
                      "Blinken on shared priorities.") == ()


def test_each_item_after_departments_of_is_a_department():
    listed = analyze("Officials from the departments of Homeland Security, Justice and the Treasury joined the talks.")
    assert {(entity.key, entity.kind) for entity in listed.entities} == {
        ("=homeland_security_department", "agency"), ("=justice_department", "agency"),
        ("=treasury_department", "agency")}
    record = "The delegation included officials from the Department of Justice and the Department of Energy."
    assert _conflicts("The delegation included officials from the departments of Justice and Energy.", record) == ()
    assert _conflicts("The delegation included officials from the departments of Justice and Commerce.",
                      record) == (ACTOR_MISMATCH,)
