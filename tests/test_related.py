"""The related tabs' table: a model Qt's checker accepts, sized from its first rows, selection kept by id."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from egov_network.ui.display import ERROR_COLOR
from egov_network.ui.related import RelatedTable
from egov_network.ui.row_model import EMPHASIS_ROLE, ROW_ROLE, RowListModel
from egov_network.ui.table_model import ID_ROLE, MAX_COLUMN_WIDTH, SIZE_SAMPLE_ROWS


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    late: bool = False


COLUMNS = [("Name", lambda r: r.name), ("Number", lambda r: str(r.id))]


def rows(n: int, start: int = 1) -> list[Row]:
    return [Row(i, f"Person {i:04d}", late=i % 3 == 0) for i in range(start, start + n)]


def test_the_row_model_passes_the_model_tester(qtmodeltester) -> None:
    model: RowListModel[Row] = RowListModel(COLUMNS)
    model.set_rows(rows(25), emphasise=lambda r: r.late)
    qtmodeltester.check(model, force_py=True)  # also watches the resets that follow
    model.set_rows([])
    model.set_rows(rows(7, start=40))
    assert model.rowCount() == 7 and model.index(0, 1).data() == "40"


def test_roles_give_the_id_the_row_and_the_emphasis() -> None:
    model: RowListModel[Row] = RowListModel(COLUMNS)
    model.set_rows(rows(3), emphasise=lambda r: r.late)
    late, on_time = model.index(2, 0), model.index(0, 0)
    assert (late.data(), late.data(ID_ROLE), late.data(ROW_ROLE)) == (
        "Person 0003",
        3,
        Row(3, "Person 0003", True),
    )
    assert late.data(EMPHASIS_ROLE) and not on_time.data(EMPHASIS_ROLE)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color().name() == ERROR_COLOR
    assert late.data(Qt.ItemDataRole.FontRole).bold()
    assert on_time.data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Number"
    assert model.row_of(2) == 1 and model.row_of(99) is None


def test_filling_asks_only_for_the_rows_it_shows_and_samples(qtbot) -> None:
    """1,000 rows cost what the first screenful and the sizing sample cost: no per-row work."""
    asked: set[int] = set()

    def name(row: Row) -> str:
        asked.add(row.id)
        return row.name

    table: RelatedTable[Row] = RelatedTable("People", [("Name", name), ("Number", lambda r: str(r.id))])
    qtbot.addWidget(table)
    table.resize(600, 400)
    table.show()
    table.set_rows(rows(1000))
    table.table.viewport().repaint()
    assert table.model.rowCount() == 1000
    assert asked and max(asked) < SIZE_SAMPLE_ROWS + 60, f"read up to row {max(asked)} of 1000"


def test_a_refresh_keeps_the_selection_by_id_even_when_rows_move(qtbot) -> None:
    table: RelatedTable[Row] = RelatedTable("People", COLUMNS, multiple=True)
    qtbot.addWidget(table)
    table.set_rows(rows(5))
    table.reselect({2, 4})
    assert [r.id for r in table.selected()] == [2, 4]
    changed: list[bool] = []
    table.selection_changed.connect(lambda: changed.append(True))
    # Row 2 renamed (sorts to the end now), row 4 gone, a new row 9 at the top.
    table.set_rows([Row(9, "A new one"), Row(1, "P1"), Row(3, "P3"), Row(5, "P5"), Row(2, "Z renamed")])
    assert [r.id for r in table.selected()] == [2]
    assert changed  # buttons that need a selection hear about the change
    table.set_rows([])
    assert table.selected() == []


def test_columns_are_fitted_once_per_new_list_and_capped(qtbot) -> None:
    long = [Row(1, "x" * 400), Row(2, "short")]
    table: RelatedTable[Row] = RelatedTable("People", COLUMNS, stretch=1)
    qtbot.addWidget(table)
    table.set_rows(long)
    header = table.table.horizontalHeader()
    assert header.sectionSize(0) == header.defaultSectionSize()  # behind another tab: not sized yet
    table.show()
    assert 0 < header.sectionSize(0) <= MAX_COLUMN_WIDTH
    assert table.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "x" * 400
    # The user drags the column narrower; a refresh of the same rows keeps that.
    header.resizeSection(0, 90)
    table.set_rows([Row(1, "y" * 400), Row(2, "short")])
    assert header.sectionSize(0) == 90
    # Another list is fitted again.
    table.set_rows(rows(3, start=10))
    assert header.sectionSize(0) != 90


def test_activation_hands_over_the_row(qtbot) -> None:
    table: RelatedTable[Row] = RelatedTable("People", COLUMNS)
    qtbot.addWidget(table)
    table.set_rows(rows(3))
    with qtbot.waitSignal(table.activated) as signal:
        table.table.activated.emit(table.model.index(1, 1))
    assert signal.args == [Row(2, "Person 0002")]
