"""Fixed value sets of the domain, stored in the database as their string value.

Each enum carries an English label marked for translation; the UI translates
it under the context ``"Enum"``.
"""

from __future__ import annotations

from enum import StrEnum

from egov_network.domain.i18n import QT_TRANSLATE_NOOP as _N


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


_LABELS: dict[LabelledEnum, str] = {
    AuthorityKind.MUNICIPALITY: _N("Enum", "Municipality"),
    AuthorityKind.DISTRICT: _N("Enum", "District"),
    AuthorityKind.CONSORTIUM: _N("Enum", "Consortium"),
    AuthorityKind.SPECIAL_PURPOSE_ASSOCIATION: _N("Enum", "Special-purpose association"),
    AuthorityKind.MINISTRY: _N("Enum", "Ministry"),
    AuthorityKind.UMBRELLA_ASSOCIATION: _N("Enum", "Municipal umbrella association"),
    AuthorityKind.UNIVERSITY: _N("Enum", "University"),
    AuthorityKind.SERVICE_PROVIDER: _N("Enum", "Service provider"),
    AuthorityKind.TESTBED_REGION: _N("Enum", "Testbed region"),
    AuthorityKind.OTHER: _N("Enum", "Other"),
    NetworkRole.MODEL_MUNICIPALITY: _N("Enum", "Model municipality"),
    NetworkRole.PARTNER: _N("Enum", "Partner"),
    NetworkRole.SUPPORTING_INSTITUTION: _N("Enum", "Supporting institution"),
    NetworkRole.GUEST: _N("Enum", "Guest"),
    FederalState.SH: _N("Enum", "Schleswig-Holstein"),
    FederalState.HH: _N("Enum", "Hamburg"),
    FederalState.NI: _N("Enum", "Lower Saxony"),
    FederalState.HB: _N("Enum", "Bremen"),
    FederalState.NW: _N("Enum", "North Rhine-Westphalia"),
    FederalState.HE: _N("Enum", "Hesse"),
    FederalState.RP: _N("Enum", "Rhineland-Palatinate"),
    FederalState.BW: _N("Enum", "Baden-Württemberg"),
    FederalState.BY: _N("Enum", "Bavaria"),
    FederalState.SL: _N("Enum", "Saarland"),
    FederalState.BE: _N("Enum", "Berlin"),
    FederalState.BB: _N("Enum", "Brandenburg"),
    FederalState.MV: _N("Enum", "Mecklenburg-Western Pomerania"),
    FederalState.SN: _N("Enum", "Saxony"),
    FederalState.ST: _N("Enum", "Saxony-Anhalt"),
    FederalState.TH: _N("Enum", "Thuringia"),
    Salutation.NONE: _N("Enum", "(none)"),
    Salutation.MR: _N("Enum", "Mr"),
    Salutation.MS: _N("Enum", "Ms"),
    ConsentMethod.WRITTEN: _N("Enum", "In writing"),
    ConsentMethod.EMAIL: _N("Enum", "By email"),
    ConsentMethod.VERBAL: _N("Enum", "Verbally"),
    ConsentMethod.REGISTRATION: _N("Enum", "With an event registration"),
    ExpertiseLevel.INTERESTED: _N("Enum", "Interested"),
    ExpertiseLevel.EXPERIENCED: _N("Enum", "Experienced"),
    ExpertiseLevel.EXPERT: _N("Enum", "Expert"),
    MeetingKind.BARCAMP: _N("Enum", "Barcamp"),
    MeetingKind.WORKSHOP: _N("Enum", "Workshop"),
    MeetingKind.WORKING_MEETING: _N("Enum", "Working meeting"),
    MeetingKind.LEADERSHIP_MEETING: _N("Enum", "Leadership meeting"),
    MeetingKind.TRANSFER_SESSION: _N("Enum", "Transfer session"),
    MeetingKind.CONFERENCE: _N("Enum", "Conference"),
    MeetingKind.VISIT: _N("Enum", "Visit"),
    MeetingKind.OTHER: _N("Enum", "Other"),
    MeetingStatus.PLANNED: _N("Enum", "Planned"),
    MeetingStatus.HELD: _N("Enum", "Held"),
    MeetingStatus.CANCELLED: _N("Enum", "Cancelled"),
    ParticipationStatus.INVITED: _N("Enum", "Invited"),
    ParticipationStatus.REGISTERED: _N("Enum", "Registered"),
    ParticipationStatus.ATTENDED: _N("Enum", "Attended"),
    ParticipationStatus.EXCUSED: _N("Enum", "Excused"),
    ParticipationStatus.NO_SHOW: _N("Enum", "No-show"),
    ParticipationRole.PARTICIPANT: _N("Enum", "Participant"),
    ParticipationRole.SPEAKER: _N("Enum", "Speaker"),
    ParticipationRole.MODERATOR: _N("Enum", "Moderator"),
    ParticipationRole.ORGANISER: _N("Enum", "Organiser"),
}
