"""Translatable names of the input fields, for messages and form labels (context "Fields")."""

from __future__ import annotations

from egov_network.domain.i18n import QT_TRANSLATE_NOOP

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "short_name": QT_TRANSLATE_NOOP("Fields", "Short name"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "state": QT_TRANSLATE_NOOP("Fields", "Federal state"),
    "ags": QT_TRANSLATE_NOOP("Fields", "Municipality key (AGS)"),
    "parent_id": QT_TRANSLATE_NOOP("Fields", "Parent"),
    "network_role": QT_TRANSLATE_NOOP("Fields", "Network role"),
    "cohort": QT_TRANSLATE_NOOP("Fields", "Cohort"),
    "member_since": QT_TRANSLATE_NOOP("Fields", "Member since"),
    "member_until": QT_TRANSLATE_NOOP("Fields", "Member until"),
    "street": QT_TRANSLATE_NOOP("Fields", "Street"),
    "postal_code": QT_TRANSLATE_NOOP("Fields", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "website": QT_TRANSLATE_NOOP("Fields", "Website"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("Fields", "Mobile"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "salutation": QT_TRANSLATE_NOOP("Fields", "Salutation"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "first_name": QT_TRANSLATE_NOOP("Fields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "Last name"),
    "authority_id": QT_TRANSLATE_NOOP("Fields", "Authority"),
    "department": QT_TRANSLATE_NOOP("Fields", "Department"),
    "function": QT_TRANSLATE_NOOP("Fields", "Function"),
    "consent_on": QT_TRANSLATE_NOOP("Fields", "Consent given on"),
    "consent_method": QT_TRANSLATE_NOOP("Fields", "Consent given"),
    "consent_scope": QT_TRANSLATE_NOOP("Fields", "Consent scope"),
    "active": QT_TRANSLATE_NOOP("Fields", "Active"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "synonyms": QT_TRANSLATE_NOOP("Fields", "Synonyms"),
    "contact_id": QT_TRANSLATE_NOOP("Fields", "Contact"),
    "topic_id": QT_TRANSLATE_NOOP("Fields", "Topic"),
    "topics": QT_TRANSLATE_NOOP("Fields", "Topics"),
    "level": QT_TRANSLATE_NOOP("Fields", "Level"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "starts_at": QT_TRANSLATE_NOOP("Fields", "Start"),
    "ends_at": QT_TRANSLATE_NOOP("Fields", "End"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "online_link": QT_TRANSLATE_NOOP("Fields", "Online link"),
    "host_authority_id": QT_TRANSLATE_NOOP("Fields", "Host"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "agenda": QT_TRANSLATE_NOOP("Fields", "Agenda"),
    "minutes": QT_TRANSLATE_NOOP("Fields", "Minutes"),
    "meeting_id": QT_TRANSLATE_NOOP("Fields", "Meeting"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    "owner_contact_id": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "due_on": QT_TRANSLATE_NOOP("Fields", "Due on"),
    "done_on": QT_TRANSLATE_NOOP("Fields", "Done on"),
    "query": QT_TRANSLATE_NOOP("Fields", "Filter of the saved search"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
}


def field_label(field: str) -> str:
    """The English label of ``field`` (translate under context "Fields")."""
    return FIELD_LABELS.get(field, field)
