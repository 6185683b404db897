"""Search everything from one field: results grouped by kind in a list under it, as you type.

The field runs ``services.search_all.SearchAll`` after a short pause in typing
(``PAUSE``), on the GUI thread: at 100,000 contacts a keystroke's search takes
15-45 ms (benchmarks, "search keystroke"), less than a worker's round trip
would save, and no half-finished result can arrive after a newer one.

The list is a child of the window laid over its contents, not a popup window
of its own: the keyboard stays in the field (Up/Down move in the list, Enter
opens, Esc closes and gives the focus back to where it was) and no window
manager has to place or focus it. A click on a row opens it too.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFocusEvent, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from egov_network.domain.highlight import Marked
from egov_network.domain.labels import FIELD_LABELS
from egov_network.services.registry import Services
from egov_network.services.search_all import GROUP_LABELS, Group, SearchAll, SearchResults
from egov_network.services.search_text_output import NOTHING
from egov_network.ui.display import date_format, to_qdate

#: Pause after a keystroke before the search runs (ms): typing on does not search every letter.
PAUSE = 120
#: Rows: the kind of row and what it opens.
KIND_ROLE = Qt.ItemDataRole.UserRole
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
#: Greyed text of detail lines and snippets: 8:1 on white. In the HTML as QUIET_MARK,
#: which the delegate replaces: the highlighted text colour on the selected row.
QUIET = "#4d4d4d"
QUIET_MARK = "color:quiet"
#: Background of a group's heading row.
HEADING_BACKGROUND = "#e8ecf2"


def marked_html(text: Marked) -> str:
    """``text`` as HTML with its matched parts in bold."""
    return "".join(f"<b>{html.escape(p)}</b>" if lit else html.escape(p) for p, lit in text.parts())


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class RichTextDelegate(QStyledItemDelegate):
    """Paints a row's ``HTML_ROLE`` text (bold matches, a grey detail line) inside the usual row frame."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, quiet: str = QUIET
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setDocumentMargin(4)
        document.setHtml(str(index.data(HTML_ROLE) or "").replace(QUIET_MARK, f"color:{quiet}"))
        width = option.rect.width()  # type: ignore[attr-defined]
        document.setTextWidth(width if width > 0 else 560)
        return document

    def paint(self, painter, option, index) -> None:  # type: ignore[no-untyped-def]
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""  # type: ignore[attr-defined]
        widget = options.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        selected = bool(options.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if index.data(KIND_ROLE) == "header":
            painter.fillRect(options.rect, QColor(HEADING_BACKGROUND))  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet = options.palette.color(role).name() if selected else QUIET  # type: ignore[attr-defined]
        document = self._document(options, index, quiet)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))  # type: ignore[attr-defined]
        painter.save()
        painter.translate(options.rect.topLeft())  # type: ignore[attr-defined]
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class SearchResultList(QListWidget):
    """The grouped results: a header row per kind ("Contacts (12)"), then one row per hit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_results")
        self.setItemDelegate(RichTextDelegate(self))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the field
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)

    def show_results(self, results: SearchResults, heading: dict[str, str]) -> None:
        self.clear()
        for group in results.groups:
            header = QListWidgetItem(self)
            header.setData(KIND_ROLE, "header")
            header.setData(HTML_ROLE, f"<b>{html.escape(heading[group.entity])}</b>")
            header.setText(heading[group.entity])
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown as text, never chosen
            for hit in group.hits:
                item = QListWidgetItem(self)
                item.setData(KIND_ROLE, "hit")
                item.setData(TARGET_ROLE, (hit.entity, hit.id))
                lines = [marked_html(hit.title)]
                if hit.detail.text:
                    lines.append(f'<span style="{QUIET_MARK}">{marked_html(hit.detail)}</span>')
                if hit.snippet is not None and hit.snippet_field is not None:
                    label = _translate("Fields", FIELD_LABELS.get(hit.snippet_field, hit.snippet_field))
                    snippet = f"<i>{html.escape(label)}:</i> {marked_html(hit.snippet)}"
                    lines.append(f'<span style="{QUIET_MARK}">{snippet}</span>')
                item.setData(HTML_ROLE, "<br>".join(lines))
                # Plain text for screen readers and tests: what the row says.
                item.setText("\n".join(t for t in (hit.title.text, hit.detail.text) if t))
        if not results.groups:
            empty = QListWidgetItem(self)
            message = _translate("Search", NOTHING).format(text=results.text.strip())
            empty.setData(KIND_ROLE, "empty")
            empty.setData(HTML_ROLE, f'<span style="{QUIET_MARK}">{html.escape(message)}</span>')
            empty.setText(message)
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.setCurrentRow(self.next_hit(-1, 1))

    def next_hit(self, row: int, step: int) -> int:
        """The next row after ``row`` in direction ``step`` that opens a record; ``row`` if none."""
        probe = row + step
        while 0 <= probe < self.count():
            if self.item(probe).data(KIND_ROLE) == "hit":
                return probe
            probe += step
        return row

    def target(self, row: int) -> tuple[str, int] | None:
        item = self.item(row)
        if item is None or item.data(KIND_ROLE) != "hit":
            return None
        entity, ident = item.data(TARGET_ROLE)
        return str(entity), int(ident)

    def content_height(self) -> int:
        return sum(self.sizeHintForRow(row) for row in range(self.count())) + 2 * self.frameWidth()


class SearchField(QLineEdit):
    """A "search everything" field whose results list opens under it as one types.

    Emits ``open_record(entity, id)`` for the chosen hit (Enter, or a click).
    ``focus_search()`` is what Ctrl+K calls: it remembers where the focus was,
    so Esc can give it back.
    """

    open_record = Signal(str, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_everything")
        self.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search everything"))
        self.setToolTip(
            self.tr("Contacts, authorities, expert topics, meetings with agenda and minutes, action items")
        )
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.search_all = SearchAll(services.store, translate=_translate, format_date=self._format_date)
        self.results = SearchResultList()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.hide()
        self.results.itemClicked.connect(self._clicked)
        self.last_results: SearchResults | None = None
        self._return_to: QWidget | None = None
        self._timer = QTimer(self, singleShot=True, interval=PAUSE)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(self._changed)

    # -- what Ctrl+K and the window call --------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the field (text selected), remembering where the focus was."""
        current = QApplication.focusWidget()
        if current is not None and current is not self:
            self._return_to = current
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip():
            self.run_search()

    def pending(self) -> bool:
        """Whether typed text has not been searched yet."""
        return self._timer.isActive()

    def run_search(self) -> None:
        """Search for the field's text now and show the results under the field."""
        self._timer.stop()
        text = self.text()
        if not text.strip():
            self.close_results()
            return
        results = self.search_all.search(text)
        self.last_results = results
        self.results.show_results(results, {g.entity: self.group_heading(g) for g in results.groups})
        self._place()

    def group_heading(self, group: Group) -> str:
        """ "Contacts (12)", "Contacts (1,000+)" in the user's language and number format."""
        count = QLocale().toString(group.total - 1 if group.more else group.total) + (
            "+" if group.more else ""
        )
        label = _translate("Search", GROUP_LABELS[group.entity])
        return self.tr("{kind} ({count})").format(kind=label, count=count)

    def close_results(self) -> None:
        self.results.hide()

    def open_current(self) -> bool:
        """Open the hit chosen in the list (the first one if none is); False when there is none."""
        if self.pending() or (self.text().strip() and not self.results.isVisible()):
            self.run_search()
        target = self.results.target(self.results.currentRow())
        if target is None:
            return False
        self.close_results()
        self.open_record.emit(*target)
        return True

    # -- keyboard and focus ---------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.text().strip():
            if not self.results.isVisible():
                self.run_search()
            else:
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results.setCurrentRow(self.results.next_hit(self.results.currentRow(), step))
                self.results.scrollToItem(self.results.currentItem())
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return
        if key == Qt.Key.Key_Escape:
            self.close_results()
            self._give_focus_back()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        # Later, so a click on a row still reaches the list before it goes.
        QTimer.singleShot(150, self._close_unless_focused)

    def _close_unless_focused(self) -> None:
        if not self.hasFocus():
            self.close_results()

    def _give_focus_back(self) -> None:
        target, self._return_to = self._return_to, None
        if target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.window() is not None:
            self.window().setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self, text: str) -> None:
        if not text.strip():
            self._timer.stop()
            self.close_results()

    def _clicked(self, item: QListWidgetItem) -> None:
        row = self.results.row(item)
        if self.results.target(row) is not None:
            self.results.setCurrentRow(row)
            self.open_current()

    # -- placing the list -------------------------------------------------------------------

    def _place(self) -> None:
        """Lay the list over the window, under the field, as wide as its rows need."""
        window = self.window()
        if self.results.parent() is not window:
            self.results.setParent(window)
        below = self.mapTo(window, QPoint(0, self.height() + 2))
        width = min(max(self.width(), 560), window.width() - 16)
        left = max(8, min(below.x(), window.width() - width - 8))
        self.results.setGeometry(QRect(left, below.y(), width, 100))
        room = window.height() - below.y() - 16
        height = max(60, min(self.results.content_height(), room, 560))
        self.results.setGeometry(QRect(left, below.y(), width, height))
        self.results.show()
        self.results.raise_()

    def _format_date(self, day: date) -> str:
        locale = QLocale()
        return locale.toString(to_qdate(day), date_format(locale))
