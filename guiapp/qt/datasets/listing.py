"""The list of every dataset: built-in (synthesised), the user's own, system-wide and imported ones."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from guiapp.core.datasets.registry import DatasetInfo, list_datasets
from guiapp.qt.a11y import item_keys
from guiapp.qt.dataset_names import dataset_title, first_dataset, with_command_line_name
from guiapp.qt.i18n import localise, number, translate
from guiapp.qt.look import icon

NameRole = Qt.ItemDataRole.UserRole
# translated where shown
KIND_TITLES = {"builtin": QT_TRANSLATE_NOOP("datasets", "Built-in"),
               "user": QT_TRANSLATE_NOOP("datasets", "My datasets (editable)"),
               "system": QT_TRANSLATE_NOOP("datasets", "Installed"), "registered": QT_TRANSLATE_NOOP("datasets", "Imported")}


class DatasetList(QTreeWidget):
    """Grouped by kind. ``datasetChosen(name)`` when the current item changes to a dataset."""

    datasetChosen = Signal(str)
    removeRequested = Signal(str)  # an imported dataset's "Remove from list" (its files stay where they are)
    renameRequested = Signal(str)  # one of the user's own or an import: its context menu's Rename…, or F2
    deleteRequested = Signal(str)  # one of the user's own: its context menu's Delete…
    sizeRequested = Signal(str)  # one of the user's own: its context menu's Input size… (the header's link was the
    # mouse's alone: a keyboard walk, 145)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([translate("datasets", "Dataset"), translate("datasets", "Classes"), translate("datasets", "Samples")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        self.setRootIsDecorated(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.infos: dict[str, DatasetInfo] = {}
        self.currentItemChanged.connect(self._current_changed)
        item_keys(self, menu=self.open_menu_of_current, delete=self._delete_current, rename=self._rename_current)

    def refresh(self, counts: dict[str, tuple[int, int]] | None = None) -> None:
        """Re-list (without reading dataset files); ``counts`` {name: (classes, samples)} fills in known sizes."""
        current = self.current_name()
        self.blockSignals(True)
        self.clear()
        self.infos = {}
        groups: dict[str, QTreeWidgetItem] = {}
        infos = list_datasets(load=False)
        for info in infos:
            self.infos[info.name] = info
            group = groups.get(info.kind)
            if group is None:
                group = groups[info.kind] = self._group(info.kind)
                if info.kind == "builtin" and not any(i.kind == "user" for i in infos):
                    # A new user's own datasets have a place from the start, which says how to make one; it names
                    # the dataset the Recognize pad's Add makes, which that pad already shows ("none yet" here
                    # contradicted "Dataset: my-handwriting" there).
                    hint = QTreeWidgetItem(self._group("user"), [translate("datasets", "{0} (not made yet)").format(
                        first_dataset())])
                    hint.setToolTip(0, translate("datasets", "Made when you add your first drawing on the Recognize "
                                                             "pad; or make one with New… below"))
                    hint.setFlags(Qt.ItemFlag.NoItemFlags)
                    hint.setFirstColumnSpanned(True)
            classes, samples = (counts or {}).get(info.name, (info.classes, info.samples))
            item = QTreeWidgetItem(group, [dataset_title(info.name), "" if classes is None else number(classes),
                                           "" if samples is None else number(samples)])
            item.setData(0, NameRole, info.name)
            tip = with_command_line_name(info.name, localise(info.source) if info.source else info.name)
            if info.kind == "user":
                tip += "\n" + translate("datasets", "Right-click to rename or delete it (F2 renames it)")
            elif info.kind == "registered":
                tip += "\n" + translate("datasets", "Right-click to rename it or remove it from the list (F2 renames it)")
            item.setToolTip(0, tip)
            for col in (1, 2):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.expandAll()
        self.blockSignals(False)
        if current is not None:
            self.select(current, emit=False)

    def _group(self, kind: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self, [translate("datasets", KIND_TITLES.get(kind, kind))])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFirstColumnSpanned(True)
        return group

    def names(self) -> list[str]:
        return list(self.infos)

    def kind(self, name: str) -> str | None:
        info = self.infos.get(name)
        return info.kind if info else None

    def current_name(self) -> str | None:
        item = self.currentItem()
        return item.data(0, NameRole) if item is not None else None

    def _find(self, name: str) -> QTreeWidgetItem | None:
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            for i in range(group.childCount()):
                if group.child(i).data(0, NameRole) == name:
                    return group.child(i)
        return None

    def select(self, name: str | None, emit: bool = True) -> bool:
        """Make ``name`` the current dataset (None: no dataset); False when it is not listed."""
        item = self._find(name) if name is not None else None
        if item is None and name is not None:
            return False
        self.blockSignals(not emit)
        self.setCurrentItem(item)
        if item is None:
            self.clearSelection()
        self.blockSignals(False)
        return True

    def set_counts(self, name: str, classes: int, samples: int) -> None:
        item = self._find(name)
        if item is not None:
            item.setText(1, number(classes))
            item.setText(2, number(samples))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Up, Down, Home and End go from dataset to dataset over the group headings: Qt's own stopped on a heading
        (Home, then Down stayed on "Built-in"; Up from fashion-mnist stayed on "Installed": walk 115, keyboard
        only)."""
        key = event.key()
        if key not in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End) or (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            super().keyPressEvent(event)
            return
        rows = [self.topLevelItem(g).child(i) if i >= 0 else self.topLevelItem(g)
                for g in range(self.topLevelItemCount()) for i in range(-1, self.topLevelItem(g).childCount())]
        datasets = [row for row, item in enumerate(rows) if item.data(0, NameRole)]
        here = next((row for row, item in enumerate(rows) if self.indexFromItem(item) == self.currentIndex()), -1)
        if key == Qt.Key.Key_Home or (key == Qt.Key.Key_Down and here < 0):
            target = datasets[0] if datasets else None
        elif key == Qt.Key.Key_End:
            target = datasets[-1] if datasets else None
        elif key == Qt.Key.Key_Down:
            target = next((row for row in datasets if row > here), None)
        else:
            target = next((row for row in reversed(datasets) if row < here), None)
        if target is not None:
            self.setCurrentItem(rows[target])
            self.scrollToItem(rows[target])
        event.accept()

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.open_menu_of_current()
            return
        item = self.itemAt(event.pos())
        menu = self.context_menu(item.data(0, NameRole) if item is not None else None)
        if menu is not None:
            menu.exec(event.globalPos())

    def open_menu_of_current(self) -> None:
        """The Menu key and Shift+F10: the current dataset's menu, under its row (they did nothing: a walk; X11 sends
        Qt no context-menu event for Shift+F10, so the key is read here too)."""
        item = self.currentItem()
        menu = self.context_menu(item.data(0, NameRole) if item is not None else None)
        if menu is not None:
            menu.setActiveAction(menu.actions()[0])  # Enter acts at once (none was lit, and Enter did nothing: 145)
            menu.exec(self.viewport().mapToGlobal(self.visualItemRect(item).bottomLeft()))

    def context_menu(self, name: str | None) -> QMenu | None:
        """What a right-click on ``name`` offers: Rename and Delete for one's own, Rename and Remove for an import;
        None for a built-in one."""
        kind = self.kind(name) if name else None
        if kind not in ("registered", "user"):
            return None
        menu = QMenu(self)
        menu.addAction(translate("datasets", "Rename {0}…").format(name), lambda: self.renameRequested.emit(name))
        if kind == "registered":
            menu.addAction(translate("datasets", "Remove {0} from the list (its files stay)").format(name),
                           lambda: self.removeRequested.emit(name))
        else:
            menu.addAction(translate("datasets", "Input size…"), lambda: self.sizeRequested.emit(name))
            menu.addAction(icon("delete"), translate("datasets", "Delete {0}…").format(name),
                           lambda: self.deleteRequested.emit(name))
        return menu

    def row_corner(self, name: str) -> QPoint | None:
        """The bottom-left corner of ``name``'s row on the screen (a menu about it opens there); None if not listed."""
        item = self._find(name)
        return None if item is None else self.viewport().mapToGlobal(self.visualItemRect(item).bottomLeft())

    def _rename_current(self) -> None:
        """F2: a built-in one is refused, saying why (F2 did nothing: a walk)."""
        if self.current_name():
            self.renameRequested.emit(self.current_name())

    def _delete_current(self) -> None:
        """Delete, the list's (the dataset), not the panel's (the samples chosen in the grid): asks first; an import
        is removed from the list, its files kept."""
        name = self.current_name()
        kind = self.kind(name) if name else None
        if kind == "user":
            self.deleteRequested.emit(name)
        elif kind == "registered":
            self.removeRequested.emit(name)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        name = current.data(0, NameRole) if current is not None else None
        if name:
            self.datasetChosen.emit(name)
