"""bench_startup's second baseline: Inspector's main window rebuilt with no application code.

The same menus, toolbar (QStyle icons, shortcuts), filter row, a 9-column table over the newest
100 visits read with sqlite3, and a status bar, in one script. The gap between this and a bare
QMainWindow is what PySide6 itself costs for such a window; the gap between Inspector and this
is Inspector's own start-up work.

    python bench/startup_same_widgets.py PROFILE/inspector.sqlite3
"""

from __future__ import annotations

import sqlite3
import sys
import time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

HEADERS = ["Дата", "Тип", "Учреждение", "Регион", "Статус", "Отвечено", "Проблемы", "Фото",
           "Проверка"]
NEWEST = ("SELECT v.started_on, f.kind, f.name, f.region, v.status, 1, 2, 3, '' FROM visits v "
          "JOIN facilities f ON f.id = v.facility_id WHERE v.deleted = 0 "
          "ORDER BY v.started_on DESC LIMIT 100")
TOOLS = [("Новый визит", QStyle.StandardPixmap.SP_FileIcon),
         ("Открыть", QStyle.StandardPixmap.SP_DialogOpenButton),
         ("Повторный визит", QStyle.StandardPixmap.SP_BrowserReload),
         ("Удалить", QStyle.StandardPixmap.SP_TrashIcon),
         ("Отменить удаление", QStyle.StandardPixmap.SP_ArrowBack),
         ("Синхронизировать", QStyle.StandardPixmap.SP_DriveNetIcon)]


class Rows(QAbstractTableModel):
    def __init__(self, rows: list[tuple]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt's names)
        return len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return len(HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()])
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None


def filters() -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(QLineEdit(placeholderText="Поиск по визитам, выводам, интервью…"))
    for items in (["Все типы учреждений"], ["Все регионы"] + [f"Регион {i}" for i in range(20)],
                  ["Любой статус"]):
        combo = QComboBox()
        combo.addItems(items)
        row.addWidget(combo)
    row.addWidget(QLabel("Период:"))
    row.addWidget(QDateEdit())
    row.addWidget(QDateEdit())
    row.addWidget(QPushButton("Сбросить"))
    return row


def main(database: str) -> None:
    app = QApplication([])
    window = QMainWindow()
    window.resize(1200, 760)
    menus = [window.menuBar().addMenu(title)
             for title in ("Файл", "Правка", "Вид", "Настройки", "Справка")]
    toolbar = QToolBar()
    window.addToolBar(toolbar)
    for text, icon in TOOLS:
        action = QAction(window.style().standardIcon(icon), text, window)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        toolbar.addAction(action)
        menus[0].addAction(action)
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addLayout(filters())
    table = QTableView()
    table.setModel(Rows(sqlite3.connect(database).execute(NEWEST).fetchall()))
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    layout.addWidget(table)
    window.setCentralWidget(central)
    window.statusBar().showMessage("Все изменения сохранены на этом компьютере")
    window.show()

    def done() -> None:  # the same marks as Inspector's, on the event loop's next turn
        print(f"first-rows {time.time():.6f}", file=sys.stderr, flush=True)
        print(f"ready {time.time():.6f}", file=sys.stderr, flush=True)
        app.quit()

    QTimer.singleShot(0, done)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
