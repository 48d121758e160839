"""Short tables sort by their values' own order (dates, times, amounts), empty last."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from careerdesk.gui.common.rows_model import Column, RowsModel


@pytest.mark.parametrize("values", [
    [dt.date(2025, 7, 18), dt.date(2025, 6, 3), None, dt.date(2024, 1, 1)],
    [dt.datetime(2025, 1, 2, 9, 30), None, dt.datetime(2024, 12, 31, 23, 0)],
    [dt.time(14, 0), dt.time(9, 15), None],
    [Decimal("18000.50"), Decimal("9500"), None, Decimal("120000")],
    [3, 12, None, 1],
    ["beta", None, "Alpha", "gamma"],
])
def test_a_column_sorts_by_its_values_with_empty_last(qapp, values: list) -> None:  # noqa: ANN001
    model = RowsModel([Column("v", lambda row: row)])
    model.set_rows(values)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(RowsModel.SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.sort(0)
    shown = [model.row_at(proxy.mapToSource(proxy.index(r, 0)).row())
             for r in range(proxy.rowCount())]
    present = [v for v in values if v is not None]
    key = str.casefold if isinstance(present[0], str) else None
    assert shown == [*sorted(present, key=key), None]
