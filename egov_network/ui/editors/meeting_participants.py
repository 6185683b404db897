"""The meeting editor's "Participants" tab: who was invited, who came, in which role.

Each change is one undo step however many people it touches, and passes the
versions it saw to the service, so an undo over another process's newer
change is refused (``ConflictError``) instead of overwriting it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMessageBox

from egov_network.domain.enums import ParticipationRole, ParticipationStatus
from egov_network.services.relations import RosterRow
from egov_network.ui.display import enum_label
from egov_network.ui.editor import RecordEditor
from egov_network.ui.editors.common import pick
from egov_network.ui.related import RelatedTable


class ParticipantsTab(RelatedTable[RosterRow]):
    """The participant list of the meeting ``host`` shows, with Add, Set status/role and Remove."""

    def __init__(self, host: RecordEditor) -> None:
        # self.tr() is not there before the widget is: the same context, spelt out for lupdate.
        super().__init__(
            QCoreApplication.translate("ParticipantsTab", "Participants"),
            [
                (QCoreApplication.translate("ParticipantsTab", "Name"), lambda r: r.name),
                (QCoreApplication.translate("ParticipantsTab", "Authority"), lambda r: r.authority or ""),
                (QCoreApplication.translate("ParticipantsTab", "Status"), lambda r: enum_label(r.status)),
                (QCoreApplication.translate("ParticipantsTab", "Role"), lambda r: enum_label(r.role)),
            ],
            host,
            multiple=True,
        )
        self.host = host
        self.meeting: int | None = None
        self.add_button(self.tr("&Add participants…"), self.add)
        self.status_button = self.add_button(
            self.tr("Set &status"), self._show_status_menu, needs_selection=True
        )
        status_menu = QMenu(self.status_button)
        for status in ParticipationStatus:
            status_menu.addAction(enum_label(status.value)).triggered.connect(
                lambda _=False, s=status.value: self.set_participation("status", s)
            )
        self.status_button.setMenu(status_menu)
        self.role_button = self.add_button(self.tr("Set &role"), self._show_role_menu, needs_selection=True)
        role_menu = QMenu(self.role_button)
        for role in ParticipationRole:
            role_menu.addAction(enum_label(role.value)).triggered.connect(
                lambda _=False, r=role.value: self.set_participation("role", r)
            )
        self.role_button.setMenu(role_menu)
        self.add_button(self.tr("&Remove"), self.remove, needs_selection=True)
        self.add_button(self.tr("Select &all"), self.select_all)
        self.mail_button = self.add_button(self.tr("Write &e-mail"), self._show_mail_menu)
        mail_menu = QMenu(self.mail_button)
        for text, statuses in (
            (self.tr("To all participants"), None),
            (self.tr("To those who attended"), {ParticipationStatus.ATTENDED.value}),
            (self.tr("To those who have not answered"), {ParticipationStatus.INVITED.value}),
            (self.tr("To the selected participants"), "selected"),
        ):
            mail_menu.addAction(text).triggered.connect(lambda _=False, s=statuses: self.mail(s))
        mail_menu.addSeparator()
        mail_menu.addAction(self.tr("&Invitation with a calendar file…")).triggered.connect(
            lambda: self.host.invite_requested.emit(self.meeting) if self.meeting is not None else None
        )
        self.mail_button.setMenu(mail_menu)
        self.finish_buttons()
        self.activated.connect(lambda row: host.open_record.emit("contact", row.contact_id))

    def load(self, meeting: int | None) -> None:
        self.meeting = meeting
        self.set_rows(self.host.services.relations.roster(meeting) if meeting is not None else [])

    def title(self) -> str:
        if self.meeting is None:
            return self.tr("&Participants")
        rows = self.rows()
        attended = sum(1 for row in rows if row.status == ParticipationStatus.ATTENDED)
        return self.tr("&Participants ({n}, {attended} attended)").format(n=len(rows), attended=attended)

    def _show_mail_menu(self) -> None:
        self.mail_button.showMenu()

    def mail(self, statuses: set[str] | str | None) -> None:
        """Ask the window to write to all participants, those of some statuses, or the selected ones."""
        if statuses == "selected":
            rows = self.selected()
        else:
            rows = [r for r in self.rows() if statuses is None or r.status in statuses]
        subject = self.host.heading.toolTip() or self.host.heading.text()
        self.host.mail_requested.emit([r.contact_id for r in rows], subject)

    def _show_status_menu(self) -> None:
        self.status_button.showMenu()

    def _show_role_menu(self) -> None:
        self.role_button.showMenu()

    def add(self) -> None:
        """Choose contacts and put them on the list as invited: one undo step for all."""
        if self.meeting is None:
            return
        meeting = self.meeting
        chosen = pick(self.host.services, "contact", self.tr("Add participants"), self, multiple=True)
        present = {row.contact_id for row in self.rows()}
        new = [c for c in dict.fromkeys(chosen) if c not in present]
        if chosen and not new:
            QMessageBox.information(
                self,
                self.tr("Add participants"),
                self.tr("Everyone chosen is already on the participant list."),
            )
        if not new:
            return
        service = self.host.services.participations
        #: The participations the last forward step created.
        created: list[int] = []

        def forward() -> None:
            created[:] = [record.id for record in service.add(meeting, new)]

        def backward() -> None:
            # Refused when one of them was changed since (another program noted who came).
            invited, participant = ParticipationStatus.INVITED.value, ParticipationRole.PARTICIPANT.value
            service.remove_unchanged(created, status=invited, role=participant)

        text = self.tr("Add %n participant(s)", "", len(new))
        self.host.run_action(lambda: self.host.undoable.call(forward, backward, text))

    def set_participation(self, field: str, value: str) -> None:
        """Set the status or role of the selected participants: one undo step, undo restores each."""
        rows = self.selected()
        if not rows:
            return
        ids = [row.id for row in rows]
        # What each row holds as shown: the first step expects it, its undo puts it back.
        before = {row.id: getattr(row, field) for row in rows}
        after = dict.fromkeys(ids, value)
        service = self.host.services.participations
        store = self.host.services.store

        def forward() -> None:
            service.set_many(ids, expected=before, **{field: value})

        def backward() -> None:
            with store.write():  # all or none
                for old in set(before.values()):
                    group = [i for i, v in before.items() if v == old]
                    service.set_many(group, expected=after, **{field: old})

        if field == "status":
            text = self.tr("Set attendance to “{value}”").format(value=enum_label(value))
        else:
            text = self.tr("Set role to “{value}”").format(value=enum_label(value))
        self.host.run_action(lambda: self.host.undoable.call(forward, backward, text))

    def remove(self) -> None:
        rows = self.selected()
        if rows:
            ids = [row.id for row in rows]
            text = self.tr("Remove %n participant(s)", "", len(ids))
            service = self.host.services.participations
            self.host.run_action(lambda: self.host.undoable.delete(service, ids, text))
