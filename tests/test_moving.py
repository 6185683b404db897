"""Handing over what depends on a record, so it can be deleted; undo moves exactly that back."""

from __future__ import annotations

import pytest

from egov_network.domain.errors import ConflictError
from egov_network.services.registry import Services


def authority(services: Services, name: str) -> int:
    return services.authorities.create({"name": name, "kind": "municipality", "network_role": "partner"}).id


def test_an_authoritys_contacts_move_and_it_can_then_be_deleted(services: Services) -> None:
    old, new = authority(services, "Stadt Alt"), authority(services, "Stadt Neu")
    people = [
        services.contacts.create({"last_name": name, "authority_id": old}).id for name in ("Albers", "Brandt")
    ]
    blocking, _along = services.authorities.delete_check([old])
    assert blocking == {"contacts": 2}
    moved = services.moves.authority_dependents(old, new)
    assert moved.count == 2
    assert {services.contacts.get(p).authority_id for p in people} == {new}
    assert services.authorities.delete_check([old])[0] == {}
    services.moves.undo(moved)
    assert {services.contacts.get(p).authority_id for p in people} == {old}


def test_undo_of_a_move_refuses_over_a_newer_change(services: Services) -> None:
    old, new, third = (authority(services, n) for n in ("Alt", "Neu", "Dritte"))
    person = services.contacts.create({"last_name": "Albers", "authority_id": old}).id
    moved = services.moves.authority_dependents(old, new)
    services.contacts.update(person, {"authority_id": third})  # someone else moved her on
    with pytest.raises(ConflictError):
        services.moves.undo(moved)
    assert services.contacts.get(person).authority_id == third


def test_experts_move_to_another_topic_without_duplicating_a_link(services: Services) -> None:
    source = services.topics.create({"name": "E-Akte"}).id
    target = services.topics.create({"name": "Digitale Akte"}).id
    both = services.contacts.create({"last_name": "Albers"}).id
    only = services.contacts.create({"last_name": "Brandt"}).id
    for contact in (both, only):
        services.expertise.create({"contact_id": contact, "topic_id": source, "level": "expert"})
    services.expertise.create({"contact_id": both, "topic_id": target, "level": "interested"})
    moved = services.moves.topic_dependents(source, target)
    assert moved.count == 1 and moved.kept == 1
    experts = {link.target_id for link in services.relations.experts_of_topic(target)}
    assert experts == {both, only}


def test_in_the_window_a_contact_who_left_is_marked_former_instead_of_deleted(
    qtbot, demo: Services, tmp_path
) -> None:
    from PySide6.QtCore import QSettings

    from egov_network.ui.main_window import MainWindow

    window = MainWindow(demo, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    contacts = window.workspaces["contact"]
    person = next(
        c
        for c in (demo.contacts.get(i) for i in contacts.model.ids())
        if demo.contacts.delete_check([c.id])[0]
    )
    assert contacts.select_id(person.id)
    offered: list[list[str]] = []
    contacts.deleting.choose = lambda title, text, options: (
        offered.append([k for k, _ in options]) or "former"
    )
    contacts.delete_selected()
    assert offered == [["former"]]
    assert demo.contacts.get(person.id).active is False
    window.undoable.undo()
    assert demo.contacts.get(person.id).active is True


def test_in_the_window_a_topic_hands_its_experts_over_and_is_then_deleted(
    qtbot, demo: Services, tmp_path, monkeypatch
) -> None:
    from PySide6.QtCore import QSettings

    from egov_network.ui import deleting
    from egov_network.ui.main_window import MainWindow

    window = MainWindow(demo, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.go_to(list(window.workspaces).index("topic"))
    topics = window.workspaces["topic"]
    source = demo.topics.create({"name": "Altes Thema"}).id
    target = demo.topics.create({"name": "Neues Thema"}).id
    person = demo.contacts.create({"last_name": "Expertin"}).id
    demo.expertise.create({"contact_id": person, "topic_id": source, "level": "expert"})
    assert topics.select_id(source)
    monkeypatch.setattr(deleting, "pick", lambda *a, **k: [target])
    answers = iter(["move", "delete"])
    topics.deleting.choose = lambda title, text, options: next(answers)
    topics.delete_selected()
    assert demo.topics.find(source) is None
    assert [link.target_id for link in demo.relations.experts_of_topic(target)] == [person]
    window.undoable.undo()  # the delete
    window.undoable.undo()  # the move
    assert [link.target_id for link in demo.relations.experts_of_topic(source)] == [person]
