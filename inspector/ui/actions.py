"""The main window's commands: QActions with standard shortcuts, the menu bar and the toolbar.

Kept apart from the window so the window wires behaviour and this file says what exists, how it
is called in each language and where it appears.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QWidget

Key = QKeySequence.StandardKey
Icon = QStyle.StandardPixmap


class MainActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        make = self._make
        self.new_visit = make("newVisit", Key.New, Icon.SP_FileIcon)
        self.open_visit = make("openVisit", Key.Open, Icon.SP_DialogOpenButton)
        self.revisit = make("revisit", QKeySequence("Ctrl+D"), Icon.SP_BrowserReload)
        # The Delete key alone: the standard Delete sequence on X11 also holds Ctrl+D, which made
        # Ctrl+D (revisit) ambiguous, so it did nothing.
        self.delete_visit = make("deleteVisit", QKeySequence(Qt.Key.Key_Delete),
                                 Icon.SP_TrashIcon)
        self.undo = make("undo", Key.Undo, Icon.SP_ArrowBack)
        self.find = make("find", Key.Find)
        self.refresh = make("refresh", Key.Refresh)
        self.load_demo = make("loadDemo")
        self.settings = make("settings", Key.Preferences)
        self.quit = make("quit", Key.Quit)
        self.back_to_list = make("backToList", QKeySequence("Alt+Left"), Icon.SP_ArrowLeft)
        self.show_toolbar = make("showToolbar", checkable=True)
        self.inquiries = make("inquiries", QKeySequence("Ctrl+Shift+I"))
        self.facility_history = make("facilityHistory", QKeySequence("Ctrl+Shift+H"))
        self.guide = make("guide", Key.HelpContents)
        self.about = make("about")
        if not self.settings.shortcuts():
            self.settings.setShortcut(QKeySequence("Ctrl+,"))
        if not self.quit.shortcuts():
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.undo.setEnabled(False)
        # The window title, the toolbar and the menus exist once; retranslate() names them.
        self.file_menu = QMenu(window)
        self.edit_menu = QMenu(window)
        self.view_menu = QMenu(window)
        self.settings_menu = QMenu(window)
        self.help_menu = QMenu(window)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("mainToolbar")
        self._build()
        self.retranslate()

    def _make(self, name: str, shortcut: Key | QKeySequence | None = None,
              icon: Icon | None = None, *, checkable: bool = False) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if isinstance(shortcut, Key):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        if icon is not None:
            action.setIcon(self.window.style().standardIcon(icon))
        action.setCheckable(checkable)
        self.window.addAction(action)  # shortcuts work even when the toolbar is hidden
        return action

    def bind_to_list(self, view: QWidget) -> None:
        """Delete and Enter act on the list only while it has the focus.

        A window-wide Delete would delete the whole visit when someone presses Delete in, say,
        the editor's photo grid.
        """
        for action in (self.delete_visit,):
            self.window.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            view.addAction(action)

    def _build(self) -> None:
        bar = self.window.menuBar()
        for menu, actions in (
            (self.file_menu, [self.new_visit, self.open_visit, None, self.load_demo, None,
                              self.quit]),
            (self.edit_menu, [self.undo, None, self.revisit, self.delete_visit, None, self.find]),
            (self.view_menu, [self.back_to_list, self.refresh, None, self.inquiries,
                              self.facility_history, None, self.show_toolbar]),
            (self.settings_menu, [self.settings]),
            (self.help_menu, [self.guide, None, self.about]),
        ):
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            bar.addMenu(menu)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        for action in (self.back_to_list, self.new_visit, self.open_visit, self.revisit,
                       self.delete_visit, self.undo):
            self.toolbar.addAction(action)
        self.window.addToolBar(self.toolbar)
        self.show_toolbar.setChecked(True)
        self.show_toolbar.toggled.connect(self.toolbar.setVisible)

    def insert_file_commands(self, *groups: list[QAction]) -> None:
        """Commands made by other modules (sync, reports), grouped in the File menu before
        Load demo data."""
        for group in groups:
            for action in group:
                self.file_menu.insertAction(self.load_demo, action)
            self.file_menu.insertSeparator(self.load_demo)

    def add_to_toolbar(self, *actions: QAction) -> None:
        self.toolbar.addSeparator()
        for action in actions:
            self.toolbar.addAction(action)

    def set_editing(self, editing: bool) -> None:
        """While a visit is open, Back is offered and the list's commands step aside."""
        self.back_to_list.setVisible(editing)
        self.back_to_list.setEnabled(editing)
        for action in (self.open_visit, self.revisit, self.delete_visit, self.undo):
            action.setVisible(not editing)

    def set_visit_actions_enabled(self, enabled: bool) -> None:
        for action in (self.open_visit, self.revisit, self.delete_visit, self.facility_history):
            action.setEnabled(enabled)

    def retranslate(self) -> None:
        texts = {
            self.new_visit: (self.tr("&New visit…"), self.tr("Record a new visit")),
            self.open_visit: (self.tr("&Open"), self.tr("Open the selected visit")),
            self.revisit: (self.tr("&Revisit"),
                           self.tr("A new visit to the same institution, with the earlier "
                                   "findings copied to check again")),
            self.delete_visit: (self.tr("&Delete"), self.tr("Delete the selected visit")),
            self.undo: (self.tr("&Undo delete"), self.tr("Bring back the deleted visit")),
            self.find: (self.tr("&Find…"), self.tr("Search the visits")),
            self.refresh: (self.tr("Re&fresh"), self.tr("Reload the visit list")),
            self.load_demo: (self.tr("Load &demo data"),
                             self.tr("Add example visits to look around")),
            self.settings: (self.tr("&Settings…"), self.tr("Language, your name, server")),
            self.quit: (self.tr("&Quit"), self.tr("Close Inspector")),
            self.back_to_list: (self.tr("&Back to the list"), self.tr("Back to the visit list")),
            self.show_toolbar: (self.tr("Show &toolbar"), ""),
            self.facility_history: (self.tr("Institution's &history…"),
                                    self.tr("The selected visit's institution: its visits, "
                                            "findings, recommendations and inquiries")),
            self.inquiries: (self.tr("&Inquiries…"),
                             self.tr("Deputy inquiries built on the findings: drafts, due dates, "
                                     "the Government's answers")),
            self.guide: (self.tr("&How to work with Inspector"), ""),
            self.about: (self.tr("&About Inspector"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))

