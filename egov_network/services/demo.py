"""Loading the built-in demo network (resources/demo_network.json) into a store.

Everything goes through the normal services, so the demo data passes the same
validation as typed input, and in one transaction: a failure leaves the
database as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from egov_network.domain.errors import StoreError
from egov_network.domain.i18n import QT_TRANSLATE_NOOP
from egov_network.paths import resource
from egov_network.services.registry import Services
from egov_network.store.check import record_counts
from egov_network.store.migrate import current_revision, open_store

DEMO_FILE = "demo_network.json"
FORMAT = 1

#: (section, field in the file) -> (service field, section the key points into)
_REFERENCES = {
    ("authorities", "parent"): ("parent_id", "authorities"),
    ("topics", "parent"): ("parent_id", "topics"),
    ("contacts", "authority"): ("authority_id", "authorities"),
    ("meetings", "host"): ("host_authority_id", "authorities"),
    ("action_items", "owner"): ("owner_contact_id", "contacts"),
}
#: Nested lists handled by the loader itself.
_NESTED = {"key", "topics", "participants", "action_items"}
_ALLOWED: dict[str, set[str]] = {
    "authorities": {
        "key",
        "parent",
        "name",
        "short_name",
        "kind",
        "state",
        "ags",
        "network_role",
        "cohort",
        "member_since",
        "member_until",
        "street",
        "postal_code",
        "city",
        "website",
        "email",
        "phone",
        "notes",
    },
    "contacts": {
        "key",
        "authority",
        "salutation",
        "title",
        "first_name",
        "last_name",
        "department",
        "function",
        "email",
        "phone",
        "mobile",
        "consent_on",
        "consent_method",
        "consent_scope",
        "active",
        "notes",
    },
    "topics": {"key", "parent", "name", "description", "synonyms"},
    "contact_topics": {"contact", "topic", "level", "note"},
    "authority_topics": {"authority", "topic", "note"},
    "meetings": {
        "key",
        "title",
        "kind",
        "starts_at",
        "ends_at",
        "place",
        "online_link",
        "host",
        "status",
        "agenda",
        "minutes",
        "topics",
        "participants",
        "action_items",
    },
    "participants": {"contact", "status", "role"},
    "action_items": {"text", "owner", "due_on", "done_on"},
    "tags": {"name", "contacts", "authorities", "meetings"},
    "lists": {"name", "kind", "query", "description", "contacts"},
}


class DemoDataError(ValueError):
    """The demo file does not follow its format (a defect in the shipped data)."""


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind the demo created."""

    counts: Mapping[str, int]


def read_demo(path: Path | None = None) -> dict[str, Any]:
    with open(path or resource(DEMO_FILE), encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    if data.get("format") != FORMAT:
        raise DemoDataError(f"demo format {data.get('format')!r}, expected {FORMAT}")
    return data


def _fields(section: str, item: Mapping[str, Any], keys: dict[str, dict[str, int]]) -> dict[str, Any]:
    """The service input for one item: keys resolved to ids, ``key`` dropped."""
    unknown = set(item) - _ALLOWED[section]
    if unknown:
        raise DemoDataError(f"{section}: unknown fields {sorted(unknown)} in {item.get('key', item)}")
    values: dict[str, Any] = {}
    for name, value in item.items():
        if name in _NESTED:
            continue
        if (section, name) in _REFERENCES:
            target, table = _REFERENCES[section, name]
            values[target] = _lookup(keys, table, value)
        else:
            values[name] = value
    return values


def _lookup(keys: dict[str, dict[str, int]], table: str, key: str) -> int:
    try:
        return keys[table][key]
    except KeyError:
        raise DemoDataError(f"unknown {table} key {key!r}") from None


def load_demo(services: Services, data: Mapping[str, Any] | None = None) -> DemoSummary:
    """Create the demo network in ``services.store`` (one transaction)."""
    data = data if data is not None else read_demo()
    keys: dict[str, dict[str, int]] = {"authorities": {}, "contacts": {}, "topics": {}, "meetings": {}}
    counts: dict[str, int] = {}
    with services.store.write():
        for item in data["authorities"]:
            keys["authorities"][item["key"]] = services.authorities.create(
                _fields("authorities", item, keys)
            ).id
        for item in data["contacts"]:
            keys["contacts"][item["key"]] = services.contacts.create(_fields("contacts", item, keys)).id
        for item in data["topics"]:
            keys["topics"][item["key"]] = services.topics.create(_fields("topics", item, keys)).id
        for item in data["contact_topics"]:
            _fields("contact_topics", item, keys)
            services.expertise.create(
                {
                    "contact_id": _lookup(keys, "contacts", item["contact"]),
                    "topic_id": _lookup(keys, "topics", item["topic"]),
                    "level": item["level"],
                    "note": item.get("note"),
                }
            )
        for item in data["authority_topics"]:
            _fields("authority_topics", item, keys)
            services.authority_topics.create(
                {
                    "authority_id": _lookup(keys, "authorities", item["authority"]),
                    "topic_id": _lookup(keys, "topics", item["topic"]),
                    "note": item.get("note"),
                }
            )
        participations = actions = 0
        for item in data["meetings"]:
            meeting = services.meetings.create(_fields("meetings", item, keys))
            keys["meetings"][item["key"]] = meeting.id
            services.meetings.set_topics(
                meeting.id, [_lookup(keys, "topics", t) for t in item.get("topics", [])]
            )
            for person in item.get("participants", []):
                _fields("participants", person, keys)
                services.participations.create(
                    {
                        "meeting_id": meeting.id,
                        "contact_id": _lookup(keys, "contacts", person["contact"]),
                        "status": person.get("status"),
                        "role": person.get("role"),
                    }
                )
                participations += 1
            for action in item.get("action_items", []):
                values = _fields("action_items", action, keys)
                values["meeting_id"] = meeting.id
                services.action_items.create(values)
                actions += 1
        _tags_and_lists(services, data, keys)
        counts = {name: len(ids) for name, ids in keys.items()}
        counts.update(
            expertise=len(data["contact_topics"]),
            authority_topics=len(data["authority_topics"]),
            participations=participations,
            action_items=actions,
        )
    return DemoSummary(counts)


def _tags_and_lists(services: Services, data: Mapping[str, Any], keys: dict[str, dict[str, int]]) -> None:
    """The demo's tags (on authorities, contacts, meetings) and its lists of people."""
    for item in data.get("tags", []):
        _fields_checked("tags", item)
        for entity, table in (("contact", "contacts"), ("authority", "authorities"), ("meeting", "meetings")):
            ids = [_lookup(keys, table, key) for key in item.get(table, [])]
            if ids:
                services.tags.tag(entity, ids, add=[item["name"]])
    for item in data.get("lists", []):
        _fields_checked("lists", item)
        values = {k: v for k, v in item.items() if k != "contacts"}
        created = services.lists.create(values)
        people = [_lookup(keys, "contacts", key) for key in item.get("contacts", [])]
        if people:
            services.lists.add_members(created.id, people)


def _fields_checked(section: str, item: Mapping[str, Any]) -> None:
    unknown = set(item) - _ALLOWED[section]
    if unknown:
        raise DemoDataError(f"{section}: unknown fields {sorted(unknown)} in {item.get('name', item)}")


def build_demo_database(target: Path, *, force: bool = False) -> DemoSummary:
    """Write a new SQLite file at ``target`` holding the demo network.

    The database is built under a temporary name in the same folder and
    renamed into place, so an existing file is replaced whole or not at all.
    A file that holds data is only replaced with ``force``.
    """
    with replacing(target, force=force) as partial:
        store = open_store(partial)
        try:
            summary = load_demo(Services.over(store))
            assert sum(record_counts(store).values()) > 0
        finally:
            store.dispose()  # last connection closed: SQLite folds the WAL back into the file
    return summary


@contextmanager
def replacing(target: Path, *, force: bool) -> Iterator[Path]:
    """Build a new database under a temporary name beside ``target``, then rename it into place.

    Shared by the demo and the generator: ``target`` is replaced whole or
    not at all, a file holding data only with ``force``, and a failed build
    leaves no partial file behind.
    """
    if _holds_data(target) and not force:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors", "“{path}” already holds data; it is only replaced when you say so (--force)."
            ),
            path=str(target),
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    for leftover in (partial, *_sidecars(partial)):
        leftover.unlink(missing_ok=True)
    try:
        yield partial
    except BaseException:
        for leftover in (partial, *_sidecars(partial)):
            leftover.unlink(missing_ok=True)
        raise
    for stale in _sidecars(target):
        # A -wal left from the old file would be replayed into the new one.
        stale.unlink(missing_ok=True)
    partial.replace(target)


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _holds_data(path: Path) -> bool:
    """True unless ``path`` is missing, empty, or an egov-network database without records."""
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return False
    try:
        store = open_store(path, create=False, migrate=False)
    except StoreError:
        return True
    try:
        if current_revision(store) is None:
            return bool(store.table_names())
        return sum(record_counts(store).values()) > 0
    finally:
        store.dispose()
