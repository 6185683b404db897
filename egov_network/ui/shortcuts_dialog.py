"""Help > Keyboard shortcuts: every menu shortcut, read from the menus themselves, plus the table keys.

Reading the live menus keeps the page complete as features arrive; the keys
that belong to tables and tabs (not to menu entries) are listed by hand.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ShortcutsDialog(QDialog):
    """A two-column list: what it does, which keys do it."""

    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 560)
        rows: list[tuple[str, str]] = []
        for menu_action in menu_bar.actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu):
                continue
            for action in menu.actions():
                # dict.fromkeys: Redo's two sequences are the same keys on Linux.
                keys = ", ".join(
                    dict.fromkeys(
                        k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                    )
                )
                if keys:
                    where = menu_action.text().replace("&", "")
                    rows.append((f"{where} › {action.text().replace('&', '')}", keys))
        rows += [
            (self.tr("Open the selected record in the editor"), self.tr("Enter (in a table)")),
            (self.tr("Delete the selected records"), self.tr("Del (in a table)")),
            (self.tr("Next / previous tab of the editor"), "Ctrl+Tab / Ctrl+Shift+Tab"),
            (self.tr("Go to a field, button or tab"), self.tr("Alt + the underlined letter")),
            (self.tr("Open the menus"), "Alt, F10"),
        ]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, (what, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(what))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
