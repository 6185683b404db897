"""A table model over the ids of a SQL query, fetching rows page by page as the view asks.

It keeps only the id list of the current filter and sort plus the pages the
view has shown; filtering and sorting run in SQL (Anki's browser does the
same). A filter that only grew narrows the list already shown, in its order
(``ListQuery.narrowed``), and so does one that changed otherwise while the
unfiltered list of the current sort is at hand. A store change re-runs the id
query once and drops cached pages, instead of reloading everything on every
keystroke.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from egov_network.domain.records import is_overdue
from egov_network.domain.text import fold_query
from egov_network.memory import LONG_LIST, give_back
from egov_network.ui.display import ERROR_COLOR, format_value
from egov_network.ui.tasks import Progress, Task, run_task

PAGE = 200


def id_list(ids: Iterable[int]) -> array[int]:
    """``ids`` as the model keeps them: 8 bytes an id instead of a Python int each (36 bytes).

    A million listed contacts then cost 8 MB, not 36 MB, and filtering leaves
    no scattered ints behind that keep freed memory from the system.
    """
    return ids if isinstance(ids, array) else array("q", ids)


#: Display rows kept while filtering and sorting: a row's values do not depend on either, so
#: typing "mül" -> "müll" repaints rows already read. Dropped beyond this (memory stays flat).
KEPT_ROWS = 4_000
#: A scanning filter over more listed rows than this shows its first rows at once and the
#: rest when a worker has checked them (one or two letters at 1,000,000 contacts: ~1 s).
STREAM_LIMIT = 150_000
#: Rows found before the table shows them (a screenful and more).
FIRST_ROWS = 2 * PAGE
Index = QModelIndex | QPersistentModelIndex


class ListSource(Protocol):
    """What the model needs from a services ``ListQuery``."""

    @property
    def entity(self) -> str: ...

    @property
    def columns(self) -> tuple[Any, ...]: ...

    def ids(
        self,
        filter_text: str = "",
        sort_key: str | None = None,
        descending: bool = False,
        scope: Mapping[str, int] | None = None,
    ) -> list[int]: ...

    def quick(self, listed: int, total: int, terms: Sequence[str]) -> bool: ...

    def scanned(self, total: int) -> int: ...

    def narrowed(
        self, ids: Sequence[int], terms: Sequence[str], scope: Mapping[str, int] | None = None
    ) -> list[int]: ...

    def narrowed_start(
        self, ids: Sequence[int], terms: Sequence[str], wanted: int, scope: Mapping[str, int] | None = None
    ) -> tuple[list[int], int]: ...

    def rows(self, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]: ...


ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2


class _Rest:
    """The rows of a streamed filter still being checked: ``base[checked:]`` by ``terms``."""

    def __init__(self, base: array[int], terms: list[str], checked: int, generation: int) -> None:
        self.base = base
        self.terms = terms
        self.checked = checked
        self.generation = generation
        self.task: Task | None = None


class LazyTableModel(QAbstractTableModel):
    """Rows of one list query; ``ID_ROLE`` gives a row's record id.

    ``completed`` is emitted when the rest of a streamed filter arrived
    (the row count grew); ``is_complete()`` says whether rows may still come.
    """

    completed = Signal()

    def __init__(
        self, source: ListSource, parent: Any = None, scope: Mapping[str, int] | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.columns = tuple(source.columns)
        self.scope = dict(scope) if scope else None
        self.filter_text = ""
        self.sort_key: str | None = None
        self.descending = False
        self._ids: array[int] = id_list(())
        #: The unfiltered ids in the current sort and scope, while known: any
        #: filter is a subset of them, in their order.
        self._all: array[int] | None = None
        #: Rows without a filter, as last seen: what a scanning filter would scan.
        self._total = 0
        self._rows: dict[int, tuple[Any, ...]] = {}
        self._row_of: dict[int, int] | None = None
        self._overdue_column = self._column_index("due_on")
        #: Counts id-list changes, so a worker's late rows for an earlier one are dropped.
        self._generation = 0
        self._rest: _Rest | None = None
        self.reload()

    # -- queries -------------------------------------------------------------

    def reload(self) -> None:
        """Re-run the id query and read rows again (after a store change)."""
        self._reset(self._query())

    def _requery(self) -> None:
        """Re-run the id query after a filter or scope change: the rows read stay valid."""
        self._reset(self._query(), keep_rows=True)

    def _query(self) -> array[int]:
        ids = id_list(self.source.ids(self.filter_text, self.sort_key, self.descending, self.scope))
        self._all = None if fold_query(self.filter_text) else ids
        if self._all is not None:
            self._total = len(ids)
        return ids

    def _reset(self, ids: array[int], keep_rows: bool = False) -> None:
        self._generation += 1
        self._rest = None
        long = max(len(ids), len(self._ids)) > LONG_LIST
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        if not keep_rows or len(self._rows) > KEPT_ROWS:
            self._rows.clear()
        self.endResetModel()
        if long:
            give_back()

    def set_filter(self, text: str) -> None:
        if text == self.filter_text:
            return
        old, new = fold_query(self.filter_text), fold_query(text)
        self.filter_text = text
        if new == old:
            return  # a trailing space or another case: the same rows
        plan = self._narrowing(old, new)
        if plan is None:
            self._requery()
        elif not plan[1]:
            self._reset(plan[0], keep_rows=True)  # back to a list at hand (the unfiltered one)
        elif self._scans_long(*plan):
            self._stream(*plan)
        else:
            self._reset(id_list(self.source.narrowed(*plan, scope=self.scope)), keep_rows=True)

    # -- a long scan: the first rows at once, the rest from a worker -------------

    def _scans_long(self, base: array[int], terms: list[str]) -> bool:
        """Whether narrowing ``base`` by ``terms`` scans more rows than a keystroke can wait for.

        What a scan reads is the whole table (or more: the action items' owners
        and meetings), however few rows are listed, unless they are few enough
        to be checked by id.
        """
        if self.source.quick(len(base), self._total, terms):
            return False
        return len(base) > STREAM_LIMIT or self.source.scanned(self._total) > STREAM_LIMIT

    def _stream(self, base: array[int], terms: list[str]) -> None:
        """Show the first rows of ``base`` holding ``terms`` now; a worker checks the rest.

        The rows keep ``base``'s order, so the rest is appended below what is
        shown and nothing moves. A later filter, sort or store change drops
        the worker's result (``_generation``).
        """
        first, checked = self.source.narrowed_start(base, terms, FIRST_ROWS, self.scope)
        self._reset(id_list(first), keep_rows=True)
        if checked >= len(base):
            return
        rest = self._rest = _Rest(base, list(terms), checked, self._generation)
        source, scope = self.source, self.scope

        def work(progress: Progress) -> list[int]:
            progress.check()  # a newer filter came before the worker started: no scan
            return source.narrowed(base[checked:], terms, scope)

        task = rest.task = run_task(work, self)
        task.succeeded.connect(lambda found, rest=rest: self._append(rest, found))
        # The task keeps its result: a list of up to a million ids, gone with the task.
        task.finished.connect(task.deleteLater)
        # A failed worker (the file went away) leaves the first rows; complete() tries again.

    def _append(self, rest: _Rest, found: list[int]) -> None:
        if rest.task is not None:
            rest.task.result = None
        if rest is not self._rest or rest.generation != self._generation:
            return  # the list changed meanwhile
        self._rest = None
        if found:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(found) - 1)
            self._ids.extend(found)
            self._row_of = None
            self.endInsertRows()
        give_back()  # what the worker's scan of up to a million ids allocated
        self.completed.emit()

    def is_complete(self) -> bool:
        """Whether every row of the filter is listed (no worker is still checking the rest)."""
        return self._rest is None

    def complete(self) -> None:
        """List every row now: the rest of a streamed filter is checked here if still to come."""
        rest = self._rest
        if rest is None:
            return
        if rest.task is not None:
            rest.task.cancel()
        self._append(rest, self.source.narrowed(rest.base[rest.checked :], rest.terms, self.scope))

    def filters_at_once(self, text: str) -> bool:
        """Whether filtering by ``text`` is quick enough to follow every keystroke.

        Terms the index cannot serve (one or two letters) scan rows. That is
        quick on a short list; on a long one (50-150 ms at 100,000 contacts)
        the filter waits until typing pauses (``FilterTimer``).
        """
        old, new = fold_query(self.filter_text), fold_query(text)
        if new == old:
            return True
        plan = self._narrowing(old, new)
        if plan is None:  # the id query scans the table
            return self.source.quick(self._total, self._total, new)
        return self.source.quick(len(plan[0]), self._total, plan[1])

    def _narrowing(self, old: list[str], new: list[str]) -> tuple[array[int], list[str]] | None:
        """The list a filter change from terms ``old`` to ``new`` narrows and the terms to check.

        None when the id query has to run: the filter did not only grow and
        the unfiltered list is not at hand.
        """
        narrows = getattr(self.source, "narrows", lambda term, grown: term in grown)
        if all(any(narrows(term, grown) for grown in new) for term in old):
            # Every row of the new filter holds each old term, so it is shown now
            # (or still to come from a worker: then its base holds them all).
            if self._rest is not None:
                shown = [term for term in old if term not in self._rest.terms]
                return self._rest.base, [term for term in new if term not in shown]
            return self._ids, [term for term in new if term not in old]
        if self._all is not None:
            return self._all, new
        return None

    def set_scope(self, scope: Mapping[str, int] | None) -> None:
        self.scope = dict(scope) if scope else None
        self._requery()

    def refresh_ids(self, changed: set[int]) -> None:
        """A store change touched ``changed``: drop their cached rows, re-query the id list."""
        if not changed:
            return
        for ident in changed:
            self._rows.pop(ident, None)
        ids = self._query()
        if ids == self._ids:
            self._repaint_rows(changed)
            return
        self._reset(ids)

    def refresh_updated(self, changed: set[int], fields: set[str] | None = None) -> None:
        """Records of this list were edited (none created or deleted): re-query only if needed.

        When each edited record still matches the filter as before and its sort
        values are unchanged, its place in the list cannot have moved: its row
        is read again and repainted, and the id query (150 ms at 100,000
        contacts with a one-letter filter) does not run. ``fields`` (what the
        edits changed, if known) tells that without the rows as they were.
        """
        keys = self._order_keys()
        if keys is None or self.scope or len(changed) > 16:
            self.refresh_ids(changed)
            return
        positions = [self._column_index(key) for key in keys]
        shown = self._rows_of(changed)
        if fields is not None:
            # A column "authority" shows the field "authority_id".
            moved_by_fields = any(key in fields or f"{key}_id" in fields for key in keys)
            if moved_by_fields:
                self.refresh_ids(changed)
                return
        elif any(p is None for p in positions) or any(self._rows.get(i) is None for i in shown):
            self.refresh_ids(changed)
            return
        old = {ident: self._rows.get(ident) for ident in changed}
        new = self.source.rows(list(changed))
        terms = fold_query(self.filter_text)
        matching = set(self.source.narrowed(list(changed), terms)) if terms else set(new)
        leaving: list[int] = []
        for ident in changed:
            was_shown, now_shown = ident in shown, ident in matching and ident in new
            before, after = old[ident], new.get(ident)
            moved = (
                fields is None
                and was_shown
                and after is not None
                and before is not None
                and any(before[p] != after[p] for p in positions if p is not None)
            )
            if (now_shown and not was_shown) or moved:
                # Where it belongs now only the id query knows.
                self.refresh_ids(changed)
                return
            if was_shown and not now_shown:
                leaving.append(ident)
        self._rows.update({i: row for i, row in new.items() if i in shown})
        self._repaint_rows(changed)
        for ident in leaving:
            # No longer matches the filter: its row goes, the others keep their place.
            self._remove_row(shown[ident] if len(leaving) == 1 else self._ids.index(ident))

    def _remove_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        ident = self._ids.pop(row)
        self._rows.pop(ident, None)
        self._row_of = None
        self.endRemoveRows()

    def _order_keys(self) -> list[str] | None:
        """The columns that decide a row's place in the current order (None: not known)."""
        if self.sort_key is None:
            default = getattr(self.source, "default_order", None)
            return [key for key, _desc in default()] if default else None
        ties = getattr(self.source, "tie_breakers", {})
        return [self.sort_key, *ties.get(self.sort_key, ())]

    def _repaint_rows(self, changed: set[int]) -> None:
        rows = list(self._rows_of(changed).values())
        if rows:
            last = len(self.columns) - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))

    def refresh_related(self) -> None:
        """Only other records changed: repaint, or re-read the ids when their values decide the order.

        Contacts sorted by authority move when an authority is renamed; sorted
        by name they do not, and the id query (and the scroll position) stay.
        """
        keys = self._order_keys()
        uses = getattr(self.source, "order_uses_others", None)
        if self._ids and (keys is None or (uses is not None and uses(keys))):
            ids = self._query()
            if ids != self._ids:
                self._reset(ids)
                return
        self.repaint()

    def repaint(self) -> None:
        """Records this list only names changed (an authority renamed): drop cached pages, no id query.

        The view asks again for the rows it shows, one page query; the id list
        and with it the selection and scroll position stay.
        """
        if not self._ids:
            return
        self._rows.clear()
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    # -- access --------------------------------------------------------------

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, ident: int) -> int | None:
        if self._row_of is None:
            # Built on first use, not per keystroke: 8 ms for 100,000 ids.
            self._row_of = {ident: row for row, ident in enumerate(self._ids)}
        return self._row_of.get(ident)

    def ids(self) -> list[int]:
        """Every listed id in order (waits for the rest of a streamed filter)."""
        self.complete()
        return list(self._ids)

    def index_of(self, ident: int | None) -> QModelIndex | None:
        """The first-column index of record ``ident``; None when the list does not show it.

        With ``id_of`` the workspace's way to a record, the same for a table
        and for the topic tree.
        """
        # Without building the map of every id: after each filter keystroke the
        # workspace asks for the one record in the editor (a dict of 20,000 ids: 1.5 ms).
        row = self._rows_of({ident}).get(ident) if ident is not None else None
        return None if row is None else self.index(row, 0)

    def id_of(self, index: Index) -> int | None:
        """The record id of ``index`` (None for an invalid index)."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        return self._ids[index.row()]

    def _rows_of(self, idents: set[int]) -> dict[int, int]:
        """Rows of a few ids without building ``row_of``'s map of every id."""
        if self._row_of is not None or len(idents) > 16:
            return {i: row for i in idents if (row := self.row_of(i)) is not None}
        # The selection after a sort is a row or two: a search in C per id
        # (< 1 ms at 100,000 rows) instead of a 13 ms map.
        rows: dict[int, int] = {}
        for ident in idents:
            try:
                rows[ident] = self._ids.index(ident)
            except ValueError:
                pass
        return rows

    def _column_index(self, key: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.key == key), None)

    def _row_values(self, row: int) -> tuple[Any, ...]:
        ident = self._ids[row]
        values = self._rows.get(ident)
        if values is None:
            # Fetch the whole page around the row: one query per PAGE rows scrolled.
            start = (row // PAGE) * PAGE
            if len(self._rows) >= KEPT_ROWS:
                # Scrolled far: the rows read are let go, so scrolling through a million
                # contacts holds a few pages, not a million rows.
                self._rows.clear()
            page = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
            self._rows.update(self.source.rows(page))
            values = self._rows.get(ident, (None,) * len(self.columns))
        return values

    # -- Qt model interface ---------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, VALUE_ROLE):
            value = self._row_values(index.row())[index.column()]
            if role == VALUE_ROLE:
                return value
            text = format_value(value, column.kind)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 40 else None
            if column.kind == "text" and "\n" in text:
                return text.split("\n", 1)[0] + " …"
            if index.column() == self._overdue_column and self._is_overdue(index.row()):
                # Said in words, not only in red (EN 301 549: colour is never the only signal).
                return self.tr("{date} (overdue)").format(date=text)
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("int",):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._is_overdue(index.row()):
            return QBrush(QColor(ERROR_COLOR))  # the due cell says it in words too
        return None

    def _is_overdue(self, row: int) -> bool:
        if self._overdue_column is None:
            return False
        due = self._row_values(row)[self._overdue_column]
        done_column = self._column_index("done_on")
        done = self._row_values(row)[done_column] if done_column is not None else None
        return isinstance(due, date) and is_overdue(due, done)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.tr_label(self.columns[section].label)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._ids):
            return section + 1
        return None

    @staticmethod
    def tr_label(label: str) -> str:
        return QCoreApplication.translate("Columns", label)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self.sort_key = self.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        persistent = self.persistentIndexList()
        old_ids = [self._ids[i.row()] if 0 <= i.row() < len(self._ids) else None for i in persistent]
        self._ids = self._query()
        if len(self._ids) > LONG_LIST:
            give_back()
        self._generation += 1
        self._rest = None
        self._row_of = None
        if len(self._rows) > KEPT_ROWS:
            self._rows.clear()
        rows = self._rows_of({ident for ident in old_ids if ident is not None})
        for index, ident in zip(persistent, old_ids, strict=True):
            row = rows.get(ident) if ident is not None else None
            new = self.index(row, index.column()) if row is not None else QModelIndex()
            self.changePersistentIndex(index, new)
        self.layoutChanged.emit()


#: Widest a column gets when sized to its contents (pixels); the user can drag wider.
MAX_COLUMN_WIDTH = 320
#: Rows looked at when sizing columns to their contents.
SIZE_SAMPLE_ROWS = 40


def fit_columns(view: QTableView) -> None:
    """Size a lazy table's columns to their first rows, none wider than ``MAX_COLUMN_WIDTH``.

    Without the cap one long action item or meeting title takes the whole
    table and pushes the owner or date columns out of sight. Rows stay one
    line high: wrapped cells in a list of thousands are harder to scan.
    """
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    # Qt samples 1,000 rows per column by default: 270,000 data() calls and
    # 1.7 s of the start-up at 100,000 contacts for five tables. The first
    # screenful is what the user sees first, and widths stay draggable.
    header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
    header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
    for column in range(header.count()):
        if header.sectionSize(column) > MAX_COLUMN_WIDTH:
            header.resizeSection(column, MAX_COLUMN_WIDTH)
