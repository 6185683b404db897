"""Translatable names of the input fields, for messages and form labels (context "Fields")."""

from __future__ import annotations

from egov_network.domain.i18n import QT_TRANSLATE_NOOP as _N

FIELD_LABELS: dict[str, str] = {
    "name": _N("Fields", "Name"),
    "short_name": _N("Fields", "Short name"),
    "kind": _N("Fields", "Kind"),
    "state": _N("Fields", "Federal state"),
    "ags": _N("Fields", "Municipality key (AGS)"),
    "parent_id": _N("Fields", "Parent"),
    "network_role": _N("Fields", "Network role"),
    "cohort": _N("Fields", "Cohort"),
    "member_since": _N("Fields", "Member since"),
    "member_until": _N("Fields", "Member until"),
    "street": _N("Fields", "Street"),
    "postal_code": _N("Fields", "Postal code"),
    "city": _N("Fields", "City"),
    "website": _N("Fields", "Website"),
    "email": _N("Fields", "Email"),
    "phone": _N("Fields", "Phone"),
    "mobile": _N("Fields", "Mobile"),
    "notes": _N("Fields", "Notes"),
    "salutation": _N("Fields", "Salutation"),
    "title": _N("Fields", "Title"),
    "first_name": _N("Fields", "First name"),
    "last_name": _N("Fields", "Last name"),
    "authority_id": _N("Fields", "Authority"),
    "department": _N("Fields", "Department"),
    "function": _N("Fields", "Function"),
    "consent_on": _N("Fields", "Consent given on"),
    "consent_method": _N("Fields", "Consent given"),
    "consent_scope": _N("Fields", "Consent scope"),
    "active": _N("Fields", "Active"),
    "description": _N("Fields", "Description"),
    "synonyms": _N("Fields", "Synonyms"),
    "contact_id": _N("Fields", "Contact"),
    "topic_id": _N("Fields", "Topic"),
    "topics": _N("Fields", "Topics"),
    "level": _N("Fields", "Level"),
    "note": _N("Fields", "Note"),
    "starts_at": _N("Fields", "Start"),
    "ends_at": _N("Fields", "End"),
    "place": _N("Fields", "Place"),
    "online_link": _N("Fields", "Online link"),
    "host_authority_id": _N("Fields", "Host"),
    "status": _N("Fields", "Status"),
    "agenda": _N("Fields", "Agenda"),
    "minutes": _N("Fields", "Minutes"),
    "meeting_id": _N("Fields", "Meeting"),
    "role": _N("Fields", "Role"),
    "text": _N("Fields", "Text"),
    "owner_contact_id": _N("Fields", "Owner"),
    "due_on": _N("Fields", "Due on"),
    "done_on": _N("Fields", "Done on"),
}


def field_label(field: str) -> str:
    """The English label of ``field`` (translate under context "Fields")."""
    return FIELD_LABELS.get(field, field)
