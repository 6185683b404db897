"""Fixed value sets of the domain, stored in the database as their string value.

Each enum carries an English label marked for translation; the UI translates
it under the context ``"Enum"``.
"""

from __future__ import annotations

from enum import StrEnum

from egov_network.domain.i18n import QT_TRANSLATE_NOOP


class LabelledEnum(StrEnum):
    """A string enum whose members have a translatable English label."""

    @property
    def label(self) -> str:
        return _LABELS[self]


class AuthorityKind(LabelledEnum):
    """What kind of organisation a member authority is."""

    MUNICIPALITY = "municipality"
    DISTRICT = "district"
    CONSORTIUM = "consortium"
    SPECIAL_PURPOSE_ASSOCIATION = "special_purpose_association"
    MINISTRY = "ministry"
    UMBRELLA_ASSOCIATION = "umbrella_association"
    UNIVERSITY = "university"
    SERVICE_PROVIDER = "service_provider"
    TESTBED_REGION = "testbed_region"
    OTHER = "other"


class NetworkRole(LabelledEnum):
    """The role an authority plays in the network."""

    MODEL_MUNICIPALITY = "model_municipality"
    PARTNER = "partner"
    SUPPORTING_INSTITUTION = "supporting_institution"
    GUEST = "guest"


class FederalState(LabelledEnum):
    """German federal states by their official two-digit code (first two AGS digits)."""

    SH = "01"
    HH = "02"
    NI = "03"
    HB = "04"
    NW = "05"
    HE = "06"
    RP = "07"
    BW = "08"
    BY = "09"
    SL = "10"
    BE = "11"
    BB = "12"
    MV = "13"
    SN = "14"
    ST = "15"
    TH = "16"


class Salutation(LabelledEnum):
    """How a person is addressed."""

    NONE = ""
    MR = "mr"
    MS = "ms"


class ConsentMethod(LabelledEnum):
    """How a contact gave consent to be contacted."""

    WRITTEN = "written"
    EMAIL = "email"
    VERBAL = "verbal"
    REGISTRATION = "registration"


class ConsentStatus(LabelledEnum):
    """Whether a consent record gives consent or withdraws it."""

    GIVEN = "given"
    WITHDRAWN = "withdrawn"


class ConsentScope(LabelledEnum):
    """What a consent covers: a small fixed set, the details go into the record's note."""

    CONTACT = "contact"
    MEMBER_LIST = "member_list"
    PHOTOS = "photos"
    EXPERT_DATABASE = "expert_database"


class ExpertiseLevel(LabelledEnum):
    """How much a person knows about a topic, in rising order."""

    INTERESTED = "interested"
    EXPERIENCED = "experienced"
    EXPERT = "expert"

    @property
    def rank(self) -> int:
        return list(ExpertiseLevel).index(self)


class MeetingKind(LabelledEnum):
    """What sort of meeting it is."""

    BARCAMP = "barcamp"
    WORKSHOP = "workshop"
    WORKING_MEETING = "working_meeting"
    LEADERSHIP_MEETING = "leadership_meeting"
    TRANSFER_SESSION = "transfer_session"
    CONFERENCE = "conference"
    VISIT = "visit"
    OTHER = "other"


class MeetingStatus(LabelledEnum):
    """Where a meeting stands."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class ParticipationStatus(LabelledEnum):
    """A person's attendance at a meeting."""

    INVITED = "invited"
    REGISTERED = "registered"
    ATTENDED = "attended"
    EXCUSED = "excused"
    NO_SHOW = "no_show"


class ParticipationRole(LabelledEnum):
    """What a person does at a meeting."""

    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    MODERATOR = "moderator"
    ORGANISER = "organiser"


class ListKind(LabelledEnum):
    """How a list of people is kept."""

    STATIC = "static"
    SAVED = "saved"
    EXPERTS = "experts"


_LABELS: dict[LabelledEnum, str] = {
    ListKind.STATIC: QT_TRANSLATE_NOOP("Enum", "List"),
    ListKind.SAVED: QT_TRANSLATE_NOOP("Enum", "Saved search"),
    ListKind.EXPERTS: QT_TRANSLATE_NOOP("Enum", "Saved expert search"),
    AuthorityKind.MUNICIPALITY: QT_TRANSLATE_NOOP("Enum", "Municipality"),
    AuthorityKind.DISTRICT: QT_TRANSLATE_NOOP("Enum", "District"),
    AuthorityKind.CONSORTIUM: QT_TRANSLATE_NOOP("Enum", "Consortium"),
    AuthorityKind.SPECIAL_PURPOSE_ASSOCIATION: QT_TRANSLATE_NOOP("Enum", "Special-purpose association"),
    AuthorityKind.MINISTRY: QT_TRANSLATE_NOOP("Enum", "Ministry"),
    AuthorityKind.UMBRELLA_ASSOCIATION: QT_TRANSLATE_NOOP("Enum", "Municipal umbrella association"),
    AuthorityKind.UNIVERSITY: QT_TRANSLATE_NOOP("Enum", "University"),
    AuthorityKind.SERVICE_PROVIDER: QT_TRANSLATE_NOOP("Enum", "Service provider"),
    AuthorityKind.TESTBED_REGION: QT_TRANSLATE_NOOP("Enum", "Testbed region"),
    AuthorityKind.OTHER: QT_TRANSLATE_NOOP("Enum", "Other"),
    NetworkRole.MODEL_MUNICIPALITY: QT_TRANSLATE_NOOP("Enum", "Model municipality"),
    NetworkRole.PARTNER: QT_TRANSLATE_NOOP("Enum", "Partner"),
    NetworkRole.SUPPORTING_INSTITUTION: QT_TRANSLATE_NOOP("Enum", "Supporting institution"),
    NetworkRole.GUEST: QT_TRANSLATE_NOOP("Enum", "Guest"),
    FederalState.SH: QT_TRANSLATE_NOOP("Enum", "Schleswig-Holstein"),
    FederalState.HH: QT_TRANSLATE_NOOP("Enum", "Hamburg"),
    FederalState.NI: QT_TRANSLATE_NOOP("Enum", "Lower Saxony"),
    FederalState.HB: QT_TRANSLATE_NOOP("Enum", "Bremen"),
    FederalState.NW: QT_TRANSLATE_NOOP("Enum", "North Rhine-Westphalia"),
    FederalState.HE: QT_TRANSLATE_NOOP("Enum", "Hesse"),
    FederalState.RP: QT_TRANSLATE_NOOP("Enum", "Rhineland-Palatinate"),
    FederalState.BW: QT_TRANSLATE_NOOP("Enum", "Baden-Württemberg"),
    FederalState.BY: QT_TRANSLATE_NOOP("Enum", "Bavaria"),
    FederalState.SL: QT_TRANSLATE_NOOP("Enum", "Saarland"),
    FederalState.BE: QT_TRANSLATE_NOOP("Enum", "Berlin"),
    FederalState.BB: QT_TRANSLATE_NOOP("Enum", "Brandenburg"),
    FederalState.MV: QT_TRANSLATE_NOOP("Enum", "Mecklenburg-Western Pomerania"),
    FederalState.SN: QT_TRANSLATE_NOOP("Enum", "Saxony"),
    FederalState.ST: QT_TRANSLATE_NOOP("Enum", "Saxony-Anhalt"),
    FederalState.TH: QT_TRANSLATE_NOOP("Enum", "Thuringia"),
    Salutation.NONE: QT_TRANSLATE_NOOP("Enum", "(none)"),
    Salutation.MR: QT_TRANSLATE_NOOP("Enum", "Mr"),
    Salutation.MS: QT_TRANSLATE_NOOP("Enum", "Ms"),
    ConsentMethod.WRITTEN: QT_TRANSLATE_NOOP("Enum", "In writing"),
    ConsentMethod.EMAIL: QT_TRANSLATE_NOOP("Enum", "By email"),
    ConsentMethod.VERBAL: QT_TRANSLATE_NOOP("Enum", "Verbally"),
    ConsentMethod.REGISTRATION: QT_TRANSLATE_NOOP("Enum", "With an event registration"),
    ConsentStatus.GIVEN: QT_TRANSLATE_NOOP("Enum", "Given"),
    ConsentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Enum", "Withdrawn"),
    ConsentScope.CONTACT: QT_TRANSLATE_NOOP("Enum", "Contact for network matters"),
    ConsentScope.MEMBER_LIST: QT_TRANSLATE_NOOP("Enum", "Listing in the member list"),
    ConsentScope.PHOTOS: QT_TRANSLATE_NOOP("Enum", "Photos"),
    ConsentScope.EXPERT_DATABASE: QT_TRANSLATE_NOOP("Enum", "Expert database"),
    ExpertiseLevel.INTERESTED: QT_TRANSLATE_NOOP("Enum", "Interested"),
    ExpertiseLevel.EXPERIENCED: QT_TRANSLATE_NOOP("Enum", "Experienced"),
    ExpertiseLevel.EXPERT: QT_TRANSLATE_NOOP("Enum", "Expert"),
    MeetingKind.BARCAMP: QT_TRANSLATE_NOOP("Enum", "Barcamp"),
    MeetingKind.WORKSHOP: QT_TRANSLATE_NOOP("Enum", "Workshop"),
    MeetingKind.WORKING_MEETING: QT_TRANSLATE_NOOP("Enum", "Working meeting"),
    MeetingKind.LEADERSHIP_MEETING: QT_TRANSLATE_NOOP("Enum", "Leadership meeting"),
    MeetingKind.TRANSFER_SESSION: QT_TRANSLATE_NOOP("Enum", "Transfer session"),
    MeetingKind.CONFERENCE: QT_TRANSLATE_NOOP("Enum", "Conference"),
    MeetingKind.VISIT: QT_TRANSLATE_NOOP("Enum", "Visit"),
    MeetingKind.OTHER: QT_TRANSLATE_NOOP("Enum", "Other"),
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("Enum", "Planned"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("Enum", "Held"),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("Enum", "Cancelled"),
    ParticipationStatus.INVITED: QT_TRANSLATE_NOOP("Enum", "Invited"),
    ParticipationStatus.REGISTERED: QT_TRANSLATE_NOOP("Enum", "Registered"),
    ParticipationStatus.ATTENDED: QT_TRANSLATE_NOOP("Enum", "Attended"),
    ParticipationStatus.EXCUSED: QT_TRANSLATE_NOOP("Enum", "Excused"),
    ParticipationStatus.NO_SHOW: QT_TRANSLATE_NOOP("Enum", "No-show"),
    ParticipationRole.PARTICIPANT: QT_TRANSLATE_NOOP("Enum", "Participant"),
    ParticipationRole.SPEAKER: QT_TRANSLATE_NOOP("Enum", "Speaker"),
    ParticipationRole.MODERATOR: QT_TRANSLATE_NOOP("Enum", "Moderator"),
    ParticipationRole.ORGANISER: QT_TRANSLATE_NOOP("Enum", "Organiser"),
}


#: Which enum a stored field belongs to, per entity: the one map that display,
#: export and import read (a field name alone is ambiguous: an authority's
#: ``kind`` is an AuthorityKind, a meeting's a MeetingKind).
FIELD_ENUMS: dict[str, dict[str, type[LabelledEnum]]] = {
    "authority": {"kind": AuthorityKind, "state": FederalState, "network_role": NetworkRole},
    "contact": {"salutation": Salutation, "consent_method": ConsentMethod},
    "expertise": {"level": ExpertiseLevel},
    "meeting": {"kind": MeetingKind, "status": MeetingStatus},
    "participation": {"status": ParticipationStatus, "role": ParticipationRole},
    "contact_list": {"kind": ListKind},
    "consent": {"status": ConsentStatus, "scope": ConsentScope, "method": ConsentMethod},
}
