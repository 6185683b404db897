"""The main window: navigation between workspaces, menus, undo stack, status bar."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QProcess, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from egov_network import __version__
from egov_network.domain.errors import EgovError
from egov_network.services.bulk import BulkEditor
from egov_network.services.lists import expert_words_of, filter_of
from egov_network.services.queries import QUERIES, TAG_MARK
from egov_network.services.registry import Services
from egov_network.services.tags import TAG_LINKS
from egov_network.services.topic_tree import TopicTree
from egov_network.store.database import Change
from egov_network.ui import language
from egov_network.ui.bulk_edit import bulk_edit
from egov_network.ui.change_bus import ChangeBus
from egov_network.ui.editor import RecordEditor
from egov_network.ui.editors.action_item import ActionItemEditor
from egov_network.ui.editors.authority import AuthorityEditor
from egov_network.ui.editors.contact import ContactEditor
from egov_network.ui.editors.contact_list import ContactListEditor
from egov_network.ui.editors.meeting import MeetingEditor
from egov_network.ui.editors.topic import TopicEditor
from egov_network.ui.errors import translate
from egov_network.ui.experts_workspace import ExpertsWorkspace
from egov_network.ui.mailing import MailDialog
from egov_network.ui.operations import Operations
from egov_network.ui.search_popup import SearchField
from egov_network.ui.shortcuts_dialog import ShortcutsDialog
from egov_network.ui.shortcuts_first import ProgramShortcutsFirst
from egov_network.ui.tagging import ManageTagsDialog, edit_tags
from egov_network.ui.topic_workspace import TopicWorkspace
from egov_network.ui.workspace import Workspace

#: Who the user invites as (the ORGANIZER of invitations), remembered: "Name <address>".
ORGANIZER_SETTING = "mail/organizer"


class MainWindow(QMainWindow):
    """The program's window over one open database.

    It owns no data: everything comes from ``services``. Store changes arrive
    through a ``ChangeBus`` and each workspace refreshes what they name.
    ``replaced(new_window)`` says that a restore closed this window and opened
    ``new_window`` over the restored file (app.py then holds that one).
    """

    replaced = Signal(object)

    def __init__(self, services: Services, *, demo: bool = False, settings: QSettings | None = None) -> None:
        super().__init__()
        self.services = services
        self.demo = demo
        self.settings = settings or QSettings()
        self.setObjectName("MainWindow")
        location = services.store.describe()
        suffix = self.tr(" (demo copy)") if demo else ""
        self.setWindowTitle(self.tr("egov-network — {location}").format(location=location) + suffix)
        self.resize(1280, 800)

        self.undo_stack = QUndoStack(self)
        self.bus = ChangeBus(services.store, self)
        #: Every write of the window goes through it (see ui/operations.py).
        self.undoable = Operations(services.store, self.undo_stack, self.bus, self)
        self.undoable.performed.connect(self._performed)
        #: View > Recent changes, made when first asked for.
        self._recent: Any = None

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Workspaces"))
        self.navigation.setMaximumWidth(220)
        self.stack = QStackedWidget(self)
        self.workspaces: dict[str, Workspace] = {}
        titles = {
            "contact": self.tr("Contacts"),
            "authority": self.tr("Member authorities"),
            "topic": self.tr("Expert topics"),
            "meeting": self.tr("Meetings"),
            "action_item": self.tr("Open action items"),
            "contact_list": self.tr("Lists of people"),
        }
        editors: dict[str, type[RecordEditor]] = {
            "contact": ContactEditor,
            "authority": AuthorityEditor,
            "topic": TopicEditor,
            "meeting": MeetingEditor,
            "action_item": ActionItemEditor,
            "contact_list": ContactListEditor,
        }
        for key, title in titles.items():
            editor = editors[key](services, self.undoable)
            editor.open_record.connect(self.open_record)
            editor.mail_requested.connect(self.write_mail)
            editor.invite_requested.connect(self.invite)
            workspace: Workspace
            if key == "topic":
                workspace = TopicWorkspace(key, title, TopicTree(services.store), editor)
            else:
                workspace = Workspace(key, title, QUERIES[key](services.store), editor)
            if key == "action_item":
                workspace.model.set_scope({"open": 1})
                workspace.count_label.setText(workspace.tr("{n} rows").format(n=workspace.model.rowCount()))
            workspace.message.connect(self.show_message)
            workspace.export_selection.connect(lambda: self.export(selection=True))
            workspace.start_requested.connect(self._start_link)
            self.bus.changed.connect(workspace.on_change)
            self.workspaces[key] = workspace
            self.stack.addWidget(workspace)
            QListWidgetItem(title, self.navigation).setData(Qt.ItemDataRole.UserRole, key)
        # "Who knows what?": a page of its own (no table and editor), after the workspaces.
        self.experts = ExpertsWorkspace(services, self, operations=self.undoable)
        self.experts.open_record.connect(self.open_record)
        self.experts.mail_requested.connect(self.write_mail)
        self.experts.message.connect(self.show_message)
        self.bus.changed.connect(self.experts.on_change)
        self.stack.addWidget(self.experts)
        # In the navigation before the lists of people, whose lists follow them indented.
        entry = QListWidgetItem(self.experts.title)
        entry.setData(Qt.ItemDataRole.UserRole, "experts")
        self.navigation.insertItem(list(self.workspaces).index("contact_list"), entry)
        #: Rows of the navigation that are pages (workspaces and the expert finder), before the lists.
        self._pages = len(self.workspaces) + 1
        #: The workspace the record actions (new, save, delete, export) work on.
        self._last_workspace: Workspace = self.workspaces["contact"]
        lists_editor = self.workspaces["contact_list"].editor
        assert isinstance(lists_editor, ContactListEditor)
        lists_editor.show_people.connect(self.show_list)
        #: Navigation rows of the lists of people, below the workspaces: one per list.
        self._list_rows: dict[int, int] = {}
        self._fill_list_entries()
        self.bus.changed.connect(self._lists_changed)
        self.navigation.currentRowChanged.connect(self._switch)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1100])
        self.setCentralWidget(self.splitter)

        self._build_menus()
        self._build_selection_actions()
        # Set up after every field exists: Ctrl+E exports from the filter and the forms too.
        self.shortcuts_first = ProgramShortcutsFirst(self)
        self.shortcuts_first.watch(self)
        self.location_label = QLabel(self.tr("Database: {location}").format(location=location), self)
        self.statusBar().addPermanentWidget(self.location_label)
        self.navigation.setCurrentRow(0)
        self.restore_layout()
        self.show_message(self.tr("Opened {location}").format(location=location))
        self._purge_trash()

    # -- construction -------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New record"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.current().new_record())
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Export to Excel…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self.export())
        file_menu.addAction(self.export_action)
        self.import_action = QAction(self.tr("&Import contacts or authorities…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_file)
        file_menu.addAction(self.import_action)
        self.vcard_action = file_menu.addAction(self.tr("Contacts as &vCards…"))
        self.vcard_action.triggered.connect(self.export_vcards)
        self.vcard_folder_action = file_menu.addAction(
            self.tr("Contacts as vCards, one &file each (Outlook)…")
        )
        self.vcard_folder_action.triggered.connect(lambda: self.export_vcards(one_file_each=True))
        self.ics_action = file_menu.addAction(self.tr("Open meeting to the &calendar (.ics)…"))
        self.ics_action.triggered.connect(lambda: self.export_ics(planned=False))
        file_menu.addAction(self.tr("All &planned meetings as a calendar (.ics)…")).triggered.connect(
            lambda: self.export_ics(planned=True)
        )
        file_menu.addSeparator()
        print_menu = file_menu.addMenu(self.tr("&Print"))
        pdf_menu = file_menu.addMenu(self.tr("Save as P&DF"))
        for kind, text in (
            ("signin", self.tr("&Sign-in sheet of the open meeting")),
            ("minutes", self.tr("&Minutes of the open meeting")),
            ("members", self.tr("Member &list")),
            ("addresses", self.tr("&Address list of the contacts shown")),
        ):
            print_menu.addAction(text + "…").triggered.connect(lambda _=False, k=kind: self.print_out(k))
            pdf_menu.addAction(text + "…").triggered.connect(
                lambda _=False, k=kind: self.print_out(k, pdf=True)
            )
        file_menu.addSeparator()
        self.backups_action = file_menu.addAction(self.tr("&Backups…"))
        self.backups_action.setEnabled(self.services.store.path is not None)  # backups are of SQLite files
        self.backups_action.triggered.connect(self.show_backups)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu
        undo = self._step_action(self.tr("&Undo"), self.tr("&Undo {what}"), undo=True)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self._step_action(self.tr("&Redo"), self.tr("&Redo {what}"), undo=False)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        save = self.save_action = QAction(self.tr("&Save record"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(lambda: self.current().editor.save())
        edit_menu.addAction(save)
        delete = self.delete_selected_action = QAction(self.tr("&Delete selected"), self)
        delete.triggered.connect(lambda: self.current().delete_selected())
        edit_menu.addAction(delete)
        self.move_action = QAction(self.tr("&Move topic to…"), self)
        self.move_action.triggered.connect(self._move_topics)
        edit_menu.addAction(self.move_action)
        self.trash_action = QAction(self.tr("Tras&h…"), self)
        self.trash_action.triggered.connect(self.show_trash)
        edit_menu.addAction(self.trash_action)
        edit_menu.addSeparator()
        find = QAction(self.tr("&Filter"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_filter)
        edit_menu.addAction(find)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        titles = [self.navigation.item(row).text() for row in range(self._pages)]
        for number, title in enumerate(titles, start=1):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, row=number - 1: self.go_to(row))
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.search_action = QAction(self.tr("&Search everything"), self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(lambda: self.search_field.focus_search())
        view_menu.addAction(self.search_action)
        self.recent_action = QAction(self.tr("&Recent changes…"), self)
        self.recent_action.triggered.connect(self.show_recent_changes)
        view_menu.addAction(self.recent_action)
        view_menu.addSeparator()
        self.columns_menu = QMenu(self.tr("&Columns"), self)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        view_menu.addMenu(self.columns_menu)
        view_menu.addMenu(self._language_menu())

        self._build_toolbar(self.new_action, save, delete, undo, redo, find)

        from egov_network.ui.privacy_menu import PrivacyMenu

        self.privacy = PrivacyMenu(
            self, self.services, self.undoable, self._selection_of_people, self.show_message
        )
        self.menuBar().addMenu(self.privacy.menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(lambda: ShortcutsDialog(self.menuBar(), self).exec())
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About egov-network"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _step_action(self, plain: str, named: str, *, undo: bool) -> QAction:
        """Edit > Undo/Redo through the operation runner (one announcement per step), named after the step."""
        action = QAction(plain, self)
        stack = self.undo_stack
        # The signals carry the values: nothing asks the stack while the window
        # is torn down (it emits as it clears itself).
        changed_text = stack.undoTextChanged if undo else stack.redoTextChanged
        can_changed = stack.canUndoChanged if undo else stack.canRedoChanged
        changed_text.connect(lambda what: action.setText(named.format(what=what) if what else plain))
        can_changed.connect(action.setEnabled)
        action.setEnabled(False)
        action.triggered.connect(self.undoable.undo if undo else self.undoable.redo)
        return action

    def _build_toolbar(
        self, new: QAction, save: QAction, delete: QAction, undo: QAction, redo: QAction, find: QAction
    ) -> None:
        """The everyday actions as buttons with icon *and* text: readable, and named for screen readers."""
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        icons = QStyle.StandardPixmap
        for action, icon in (
            (new, icons.SP_FileIcon),
            (save, icons.SP_DialogSaveButton),
            (delete, icons.SP_TrashIcon),
            (undo, icons.SP_ArrowBack),
            (redo, icons.SP_ArrowForward),
            (find, icons.SP_FileDialogContentsView),
        ):
            action.setIcon(self.style().standardIcon(icon))
            self.toolbar.addAction(action)
            if action is delete or action is redo:
                self.toolbar.addSeparator()
        # Search everything (Ctrl+K), at the right end of the toolbar.
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search_field = SearchField(self.services, self.toolbar)
        self.search_field.setMinimumWidth(320)
        self.search_field.open_record.connect(self.open_record)
        self.toolbar.addWidget(self.search_field)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _language_menu(self) -> QMenu:
        """View > Language: follow the system, Deutsch or English; applies at the next start."""
        menu = QMenu(self.tr("&Language"), self)
        group = QActionGroup(menu)
        chosen = str(self.settings.value(language.SETTING, "") or "")
        # Language names stay in their own language, so a user who cannot read
        # the current one still finds theirs.
        for code, text in (("", self.tr("&Follow the system")), ("de", "&Deutsch"), ("en", "&English")):
            action = QAction(text, menu, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, code=code: self.set_language(code))
            group.addAction(action)
            menu.addAction(action)
        return menu

    def set_language(self, code: str) -> None:
        self.settings.setValue(language.SETTING, code)
        self.show_message(self.tr("The language changes when egov-network starts next time."))

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        for action in self.current().column_menu().actions():
            action.setParent(self.columns_menu)
            self.columns_menu.addAction(action)

    # -- behaviour ----------------------------------------------------------------------

    def current(self) -> Workspace:
        """The workspace shown, or the one shown last while the expert finder is open."""
        widget = self.stack.currentWidget()
        if isinstance(widget, Workspace):
            self._last_workspace = widget
        return self._last_workspace

    def _switch(self, row: int) -> None:
        if row < 0:
            return
        item = self.navigation.item(row)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(key, str) and key.startswith("list:"):
            self._show_list_now(int(key.split(":", 1)[1]))
            return
        if key == "contact":
            self.workspaces["contact"].clear_list()
        self.stack.setCurrentWidget(self.experts if key == "experts" else self.workspaces[str(key)])
        on_page = self.stack.currentWidget() is self.experts
        for action in (self.new_action, self.save_action, self.delete_selected_action):
            action.setEnabled(not on_page)
        if on_page:
            self.move_action.setEnabled(False)
            self.experts.query_field.setFocus()
            return
        workspace = self.current()
        self.move_action.setEnabled(isinstance(workspace, TopicWorkspace))
        if hasattr(self, "bulk_action"):  # the navigation switches once before the menus exist
            self._enable_selection_actions()
        self.show_message(workspace.count_label.text())

    # -- lists of people ------------------------------------------------------------------

    def _fill_list_entries(self) -> None:
        """One navigation row per list of people, under the workspaces (rebuilt when lists change)."""
        blocked = self.navigation.blockSignals(True)
        try:
            current = self.navigation.currentItem()
            chosen = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
            while self.navigation.count() > self._pages:
                self.navigation.takeItem(self.navigation.count() - 1)
            self._list_rows = {}
            for record in self.services.lists.all():
                item = QListWidgetItem("    " + record.name, self.navigation)
                item.setData(Qt.ItemDataRole.UserRole, f"list:{record.id}")
                kind = {
                    "saved": self.tr("Saved search"),
                    "experts": self.tr("Saved expert search"),
                }.get(record.kind, self.tr("List"))
                item.setToolTip(
                    self.tr("{kind}: the people of “{name}” in the contacts").format(
                        kind=kind, name=record.name
                    )
                )
                self._list_rows[record.id] = self.navigation.count() - 1
            for row in range(self.navigation.count()):
                if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == chosen:
                    self.navigation.setCurrentRow(row)
        finally:
            self.navigation.blockSignals(blocked)

    def _lists_changed(self, change: Change) -> None:
        if (
            change.created.get("contact_list")
            or change.deleted.get("contact_list")
            or (change.updated.get("contact_list"))
        ):
            self._fill_list_entries()
            contacts = self.workspaces["contact"]
            shown = contacts.shown_list
            if shown is not None and shown[0] in change.ids("contact_list"):
                if self.services.lists.find(shown[0]) is None:
                    contacts.clear_list()
                else:
                    self._show_list_now(shown[0])

    def show_list(self, ident: int) -> None:
        """The people of a list in the contacts workspace (its navigation row selected)."""
        row = self._list_rows.get(ident)
        if row is not None and self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # switches through _switch
        else:
            self._show_list_now(ident)

    def _show_list_now(self, ident: int) -> None:
        record = self.services.lists.find(ident)
        contacts = self.workspaces["contact"]
        if record is None:
            return
        if record.kind == "experts":
            # Ranked anew by the expert finder, on its own page.
            self.stack.setCurrentWidget(self.experts)
            for action in (self.new_action, self.save_action, self.delete_selected_action):
                action.setEnabled(False)
            self.experts.query_field.setText(expert_words_of(record))
            self.experts.search_now()
            return
        if self.stack.currentWidget() is not contacts and not self.current().editor.maybe_leave():
            return
        self.stack.setCurrentWidget(contacts)
        contacts.show_list(record.id, record.name, filter_of(record) if record.kind == "saved" else None)
        self.move_action.setEnabled(False)
        self._enable_selection_actions()

    # -- actions on the selection ------------------------------------------------------

    def _build_selection_actions(self) -> None:
        """Tags…, Add to list…, Remove from the list, Set field…: in the context menus and the Edit menu."""
        self.tags_action = QAction(self.tr("&Tags…"), self)
        self.tags_action.setShortcut(QKeySequence("Ctrl+T"))
        self.tags_action.triggered.connect(self.tag_selection)
        self.add_to_list_action = QAction(self.tr("Add to &list…"), self)
        self.add_to_list_action.setShortcut(QKeySequence("Ctrl+L"))
        self.add_to_list_action.triggered.connect(
            lambda: self.add_to_list(self.workspaces["contact"].selected_ids())
        )
        self.remove_from_list_action = QAction(self.tr("&Remove from this list"), self)
        self.remove_from_list_action.triggered.connect(self.remove_from_list)
        self.bulk_action = QAction(self.tr("Set &field for the selection…"), self)
        self.bulk_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.bulk_action.triggered.connect(self.bulk_edit_selection)
        self.mail_action = QAction(self.tr("Write &e-mail…"), self)
        self.mail_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.mail_action.triggered.connect(lambda: self.write_mail(self._people_for_mail()))
        self.manage_tags_action = QAction(self.tr("&Manage tags…"), self)
        self.manage_tags_action.triggered.connect(self.manage_tags)
        bulk = BulkEditor(self.services)
        for key, workspace in self.workspaces.items():
            actions: list[QAction] = []
            if key in TAG_LINKS:
                actions.append(self.tags_action)
                workspace.filter_row.insertWidget(2, self._tag_filter_button(workspace))
            if key == "contact":
                actions += [self.mail_action, self.add_to_list_action, self.remove_from_list_action]
                actions += [self.privacy.report_action, self.privacy.erase_action]
            if key != "contact_list" and bulk.fields(key):
                actions.append(self.bulk_action)
            workspace.selection_actions = actions
        edit = self.edit_menu
        edit.addSeparator()
        for action in (
            self.tags_action,
            self.add_to_list_action,
            self.remove_from_list_action,
            self.bulk_action,
        ):
            edit.addAction(action)
        edit.addAction(self.manage_tags_action)
        edit.aboutToShow.connect(self._enable_selection_actions)
        self._enable_selection_actions()

    def _enable_selection_actions(self) -> None:
        key = self.current().key
        contacts = self.workspaces["contact"]
        shown = contacts.shown_list
        self.tags_action.setEnabled(key in TAG_LINKS)
        self.add_to_list_action.setEnabled(key == "contact")
        self.mail_action.setEnabled(key == "contact")
        self.remove_from_list_action.setEnabled(key == "contact" and shown is not None and not shown[2])
        self.bulk_action.setEnabled(self.bulk_action in self.current().selection_actions)

    def _selection_of_people(self) -> list[int]:
        """The contacts the Data protection actions are about: those selected, else the one open."""
        contacts = self.workspaces["contact"]
        ids = contacts.selected_ids()
        if not ids and contacts.editor.ident is not None:
            ids = [contacts.editor.ident]
        return list(ids)

    def _selection(self) -> list[int]:
        workspace = self.current()
        ids = workspace.selected_ids()
        if not ids and workspace.editor.ident is not None:
            ids = [workspace.editor.ident]
        return ids

    def _tag_filter_button(self, workspace: Workspace) -> QToolButton:
        """ "#" beside the filter: the tags in use, a click filters by one."""
        button = QToolButton(workspace)
        button.setObjectName("tag_filter")
        button.setText("#")
        button.setToolTip(self.tr("Filter by tag (or type #tag in the filter)"))
        button.setAccessibleName(self.tr("Filter by tag"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        button.setMenu(menu)

        def fill() -> None:
            menu.clear()
            uses = self.services.tags.uses(workspace.key)
            if not uses:
                menu.addAction(self.tr("No tags yet: select records and press Ctrl+T")).setEnabled(False)
            for use in uses:
                action = menu.addAction(f"{use.name}  ({use.counts.get(workspace.key, 0)})")
                action.triggered.connect(lambda _=False, name=use.name: self._filter_by_tag(workspace, name))
            menu.addSeparator()
            menu.addAction(self.manage_tags_action)

        menu.aboutToShow.connect(fill)
        return button

    @staticmethod
    def _filter_by_tag(workspace: Workspace, name: str) -> None:
        workspace.filter.setText(TAG_MARK + name.replace(" ", "_"))
        workspace.apply_filter()

    def _people_for_mail(self) -> list[int]:
        """The selected people, or everyone the contacts list shows when it shows a list or a filter."""
        contacts = self.workspaces["contact"]
        ids = contacts.selected_ids()
        if not ids and (contacts.shown_list is not None or contacts.filter.text().strip()):
            ids = contacts.model.ids()
        return ids

    def write_mail(self, ids: list[int], subject: str = "") -> None:
        """Say who is left out and why, then open the mail client (or copy the addresses)."""
        if not ids:
            self.show_message(self.tr("Select the people to write to first, or show a list."))
            return
        dialog = MailDialog(self.services.store, ids, self.settings, subject=subject, parent=self)
        if dialog.exec():
            self.show_message(
                self.tr("E-mail to {n} people prepared in the mail client.").format(
                    n=len(dialog.result_.included)
                )
                if dialog.written
                else self.tr("{n} addresses copied to the clipboard.").format(n=len(dialog.result_.included))
            )

    def tag_selection(self) -> None:
        workspace = self.current()
        if workspace.key in TAG_LINKS:
            edit_tags(self, self.services, self.undoable, workspace.key, self._selection())

    def manage_tags(self) -> None:
        ManageTagsDialog(self.services, self.undoable, self).exec()

    def add_to_list(self, ids: list[int]) -> None:
        """Put people on a static list chosen from the lists (or a new one), as one undo step."""
        if not ids:
            self.show_message(self.tr("Select the people to add first."))
            return
        static = [r for r in self.services.lists.all() if r.kind == "static"]
        new_entry = self.tr("New list…")
        names = [r.name for r in static] + [new_entry]
        name, ok = QInputDialog.getItem(
            self, self.tr("Add to list"), self.tr("Add {n} people to:").format(n=len(ids)), names, 0, False
        )
        if not ok:
            return
        lists = self.services.lists
        try:
            if name == new_entry:
                title, ok = QInputDialog.getText(self, self.tr("New list"), self.tr("Name of the new list:"))
                if not ok or not title.strip():
                    return
                with self.undoable.macro(
                    self.tr("Add {n} people to the new list “{name}”").format(n=len(ids), name=title.strip())
                ):
                    ident = self.undoable.create(
                        lists, {"name": title, "kind": "static"}, self.tr("Create list")
                    )
                    self._add_members(ident, ids, title.strip())
            else:
                record = next(r for r in static if r.name == name)
                self._add_members(record.id, ids, record.name)
        except EgovError as error:
            self.undoable.report(self.tr("Add to list"), error.text(translate))

    def _add_members(self, ident: int, ids: list[int], name: str) -> None:
        lists = self.services.lists
        added: list[list[int]] = []

        def forward() -> list[int]:
            new = lists.add_members(ident, ids)
            added.append(new)
            return new

        def backward() -> None:
            lists.remove_members(ident, added.pop(), expected=True)

        new = self.undoable.call(
            forward, backward, self.tr("Add {n} people to “{name}”").format(n=len(ids), name=name)
        )
        self.show_message(
            self.tr("{n} people added to “{name}”; {m} were on it already.").format(
                n=len(new), name=name, m=len(ids) - len(new)
            )
        )

    def remove_from_list(self) -> None:
        contacts = self.workspaces["contact"]
        shown = contacts.shown_list
        ids = contacts.selected_ids()
        if shown is None or shown[2] or not ids:
            return
        ident, name, _saved = shown
        lists = self.services.lists
        try:
            self.undoable.call(
                lambda: lists.remove_members(ident, ids, expected=True),
                lambda: lists.add_members(ident, ids),
                self.tr("Remove {n} people from “{name}”").format(n=len(ids), name=name),
            )
        except EgovError as error:
            self.undoable.report(self.tr("Remove from the list"), error.text(translate))

    def bulk_edit_selection(self) -> None:
        workspace = self.current()
        ids = self._selection()
        if ids and self.bulk_action in workspace.selection_actions:
            bulk_edit(workspace, self.services, self.undoable, workspace.key, ids)

    def _move_topics(self) -> None:
        """Edit > Move topic to…: in the topic tree, ask where the selected topics go."""
        workspace = self.current()
        if isinstance(workspace, TopicWorkspace):
            workspace.move_selected()

    def go_to(self, row: int) -> None:
        """Ctrl+1…7: show a workspace and put the keyboard focus in its table (not on a hidden widget)."""
        self.navigation.setCurrentRow(row)
        if self.stack.currentWidget() is self.experts:
            self.experts.query_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif self.navigation.currentRow() == row:
            self.current().view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def row_of(self, key: str) -> int:
        """The navigation row of a workspace ("contact") or page ("experts")."""
        for row in range(self._pages):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                return row
        raise KeyError(key)

    def focus_filter(self) -> None:
        self.current().filter.setFocus()
        self.current().filter.selectAll()

    def open_record(self, entity: str, ident: int) -> None:
        """Jump to a related record: switch workspace and select it."""
        target = self.workspaces.get(entity)
        if target is None:
            return
        if target is not self.current() and not self.current().editor.maybe_leave():
            return
        self.navigation.setCurrentRow(self.row_of(entity))
        if not target.select_id(ident):
            target.editor.load(ident)

    def export(self, *, selection: bool = False) -> None:
        """File > Export (and a table's "Export selection…"): ask what and where, then write it."""
        # Imported here, not at start-up: openpyxl alone costs ~120 ms of every start.
        from egov_network.ui.export_dialog import ExportDialog, ask_target, export_choices, run_with_progress

        contacts = self.workspaces["contact"]
        meeting_editor = self.workspaces["meeting"].editor
        meeting = None
        if meeting_editor.ident is not None:
            meeting = (
                meeting_editor.ident,
                meeting_editor.heading.toolTip() or meeting_editor.heading.text(),
            )
        choices = export_choices(
            self.services,
            # A list shown (or a filter typed) is what "the current list" exports.
            filtered_contacts=(
                contacts.model.ids() if contacts.filter.text().strip() or contacts.shown_list else []
            ),
            selected_contacts=contacts.selected_ids(),
            meeting=meeting,
            german=self.locale().language() == QLocale.Language.German,
        )
        preferred = {"contact": 3 if selection or contacts.selected_ids() else 2, "topic": 4, "meeting": 6}
        dialog = ExportDialog(choices, preferred.get(self.current().key, 0), self)
        if not dialog.exec():
            return
        choice = dialog.choice()
        path = ask_target(self, self.settings, choice.file_name)
        if path is None:
            return
        result = run_with_progress(self, self.tr("Export to Excel"), choice.run, path)
        if result is not None:
            message = self.tr("Exported {rows} rows to {path}").format(rows=result.rows, path=path)
            if getattr(result, "left_out", 0):
                message += " " + self.tr("({n} left out: consent withdrawn)").format(n=result.left_out)
            self.show_message(message)

    def printout(self, kind: str) -> Any:
        """The printout ``kind`` for what the window shows now; None (and a message) when there is none."""
        from egov_network.ui import printing  # Qt's print support only when printing

        if kind in ("signin", "minutes"):
            meeting = self.workspaces["meeting"].editor.ident
            if meeting is None:
                self.show_message(self.tr("Open a meeting first (Meetings, then select it)."))
                return None
            return (
                printing.signin_sheet(self.services, meeting)
                if kind == "signin"
                else printing.minutes(self.services, meeting)
            )
        if kind == "members":
            return printing.member_list(self.services)
        contacts = self.workspaces["contact"]
        shown = contacts.shown_list
        heading = shown[1] if shown else ""
        return printing.address_list(self.services, contacts.selected_ids() or contacts.model.ids(), heading)

    def _save_name(self, title: str, suggested: str, kinds: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, suggested, kinds)
        return Path(name) if name else None

    def export_vcards(self, *, one_file_each: bool = False) -> None:
        """File > Contacts as vCards: the selected contacts (or all shown), in one .vcf or one per person."""
        from egov_network.services.vcard_export import export_vcard_folder, export_vcards, left_out

        contacts = self.workspaces["contact"]
        ids = contacts.selected_ids() or contacts.model.ids()
        if one_file_each:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the contact cards"))
            path = Path(folder) if folder else None
        else:
            path = self._save_name(
                self.tr("Contacts as vCards"), "kontakte.vcf", self.tr("vCard files (*.vcf)")
            )
        if path is None:
            return
        try:
            write = export_vcard_folder if one_file_each else export_vcards
            withdrawn = left_out(self.services, ids)
            cards = write(self.services, path, ids)
        except EgovError as error:
            self.undoable.report(self.tr("Contacts as vCards"), error.text(translate))
            return
        message = self.tr("Wrote {n} contact cards to {path}").format(n=cards, path=path)
        if withdrawn:
            message += " " + self.tr("({n} left out: consent withdrawn)").format(n=withdrawn)
        self.show_message(message)

    def export_ics(self, *, planned: bool) -> None:
        """File > calendar: the open meeting (to add to one's calendar), or every planned meeting."""
        from egov_network.services.calendar_export import meeting_ics, planned_ics, write_ics

        meeting = self.workspaces["meeting"].editor.ident
        if not planned and meeting is None:
            self.show_message(self.tr("Open a meeting first (Meetings, then select it)."))
            return
        suggested = "treffen.ics" if planned else f"treffen-{meeting}.ics"
        path = self._save_name(self.tr("Calendar file"), suggested, self.tr("Calendar files (*.ics)"))
        if path is None:
            return
        try:
            write_ics(
                path, planned_ics(self.services) if planned else meeting_ics(self.services, meeting or 0).data
            )
        except EgovError as error:
            self.undoable.report(self.tr("Calendar file"), error.text(translate))
            return
        self.show_message(self.tr("Wrote the calendar file {path}").format(path=path))

    def _calendar_wording(self) -> Any:
        """What a calendar entry's description says about the host and the link, in the user's language."""
        from egov_network.exchange.calendar import Wording

        return Wording(host=self.tr("Host: {host}"), online=self.tr("Online: {link}"))

    def invite(self, meeting_id: int) -> None:
        """Invite the participants: a calendar invitation (.ics, REQUEST) saved to attach, then the e-mail.

        ``mailto:`` cannot carry an attachment, so the file is saved first and
        the mail is prefilled; the status bar says which file to attach.
        """
        from egov_network.services.calendar_export import CalendarPerson, Method, meeting_ics, write_ics

        organizer_text = str(self.settings.value(ORGANIZER_SETTING, "") or "")
        organizer_text, ok = QInputDialog.getText(
            self,
            self.tr("Invite participants"),
            self.tr("You invite as (name and e-mail, e.g. Anna Beispiel <anna@kommune.de>):"),
            text=organizer_text,
        )
        match = re.fullmatch(
            r"\s*(.*?)\s*<([^<>@\s]+@[^<>@\s]+)>\s*|\s*([^<>@\s]+@[^<>@\s]+)\s*", organizer_text
        )
        if not ok:
            return
        if match is None:
            self.undoable.report(
                self.tr("Invite participants"),
                self.tr("Please give your name and e-mail address as Name <address>."),
            )
            return
        self.settings.setValue(ORGANIZER_SETTING, organizer_text.strip())
        name, address = (match.group(1) or "", match.group(2)) if match.group(2) else ("", match.group(3))
        meeting = self.services.meetings.get(meeting_id)
        path = self._save_name(
            self.tr("Calendar file"), f"einladung-{meeting_id}.ics", self.tr("Calendar files (*.ics)")
        )
        if path is None:
            return
        try:
            made = meeting_ics(
                self.services, meeting_id, Method.REQUEST, organizer=CalendarPerson(name, address)
            )
            write_ics(path, made.data)
        except EgovError as error:
            self.undoable.report(self.tr("Invite participants"), error.text(translate))
            return
        people = [row.contact_id for row in self.services.relations.roster(meeting_id)]
        self.write_mail(people, self.tr("Invitation: {title}").format(title=meeting.title))
        self.show_message(self.tr("Attach the calendar file {path} to the e-mail.").format(path=path))

    def print_out(self, kind: str, *, pdf: bool = False) -> None:
        """File > Print: a preview to print from, or File > Save as PDF: the file."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from egov_network.ui import printing

        printout = self.printout(kind)
        if printout is None:
            return
        if printout.left_out:
            self.show_message(
                self.tr("{n} people left out of the printout: consent withdrawn").format(n=printout.left_out)
            )
        if pdf:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), f"{printout.title}.pdf", self.tr("PDF documents (*.pdf)")
            )
            if not name:
                return
            pages = printing.save_pdf(printout, Path(name))
            message = self.tr("Wrote {pages} pages to {path}").format(pages=pages, path=name)
            if printout.left_out:
                message += " " + self.tr("({n} left out: consent withdrawn)").format(n=printout.left_out)
            self.show_message(message)
            return
        printer = printing.new_printer(printout)
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(printout.title)
        preview.paintRequested.connect(lambda target: printing.render(printout, target))
        preview.exec()

    def _purge_trash(self) -> None:
        """The trash's automatic purge after N days (its dialog's setting; off unless chosen)."""
        from egov_network.ui.trash_dialog import purge_at_start

        try:
            removed = purge_at_start(self.services, self.settings)
        except EgovError:
            return  # busy or read-only: it runs again at the next start
        if removed:
            self.show_message(self.tr("Removed {n} old records from the trash.").format(n=removed))

    def show_trash(self) -> Any:
        """Edit > Trash: deleted records, restored through the undo stack (a non-modal dialog)."""
        from egov_network.ui.trash_dialog import TrashDialog

        dialog = TrashDialog(self.services, self.undoable, self.bus, self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_recent_changes(self) -> Any:
        """View > Recent changes: the network's history in a window of its own, kept while open."""
        from egov_network.ui.recent_changes import RecentChangesWindow

        if self._recent is None:
            self._recent = RecentChangesWindow(self.services, self.bus, self)
            self._recent.open_record.connect(self.open_record)
        self._recent.show()
        self._recent.raise_()
        self._recent.activateWindow()
        return self._recent

    def show_backups(self) -> Any:
        """File > Backups: list, make, restore and look into backups (a non-modal dialog)."""
        from egov_network.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def import_file(self) -> None:
        """File > Import: the import wizard; the whole import is one undo step."""
        from egov_network.ui.import_dialog import run_import

        run_import(self, self.services, self.undoable, self.settings)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _performed(self, kind: str, text: str) -> None:
        """Say in the status bar what just happened, as it happened (undone is not "done")."""
        messages = {
            "done": self.tr("Done: {what}"),
            "undone": self.tr("Undone: {what}"),
            "redone": self.tr("Redone: {what}"),
        }
        self.show_message(messages[kind].format(what=text))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About egov-network"),
            self.tr(
                "<p><b>egov-network</b> {version}</p>"
                "<p>Members, contacts, expert topics and meetings of the "
                "“Modellkommune E-Government” expert network, kept on your own computer.</p>"
            ).format(version=__version__),
        )

    # -- layout memory -----------------------------------------------------------------

    def _start_link(self, link: str) -> None:
        """A link of an empty list's start text: import a list, or try the demo in its own window."""
        if link == "import":
            self.import_file()
        elif link == "demo":
            # A separate process on a temporary copy: the user's own database stays open here.
            QProcess.startDetached(sys.executable, ["-m", "egov_network", "--demo"])
            self.show_message(self.tr("The demo network opens in a separate window."))

    def restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        for workspace in self.workspaces.values():
            workspace.restore_state(self.settings)
        self._reopen()

    def _reopen(self) -> None:
        """Start where the user left off: the last workspace and the record open in it."""
        key = str(self.settings.value("window/workspace", "") or "")
        if key not in self.workspaces:
            return
        self.navigation.setCurrentRow(self.row_of(key))
        try:
            ident = int(str(self.settings.value(self._record_setting(key), 0) or 0))
        except ValueError:
            return
        if ident > 0:
            self.workspaces[key].select_id(ident)

    def _record_setting(self, key: str) -> str:
        """Where the last open record of a workspace is kept: per database, as ids are."""
        location = hashlib.sha1(self.services.store.describe().encode()).hexdigest()[:12]
        return f"records/{location}/{key}"

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        for workspace in self.workspaces.values():
            workspace.save_state(self.settings)
        current = self.current()
        self.settings.setValue("window/workspace", current.key)
        self.settings.setValue(self._record_setting(current.key), current.editor.ident or 0)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.current().editor.maybe_leave():
            event.ignore()
            return
        self.save_layout()
        self.bus.close()
        super().closeEvent(event)
