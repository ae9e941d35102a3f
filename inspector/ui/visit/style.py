"""The editor's look: calm cards on a light ground, a red accent only where there is a problem.

Scoped to the editor's own widgets (object names and dynamic properties), so the shell's style
stays in charge of everything else.
"""

EDITOR_STYLE = """
#sectionPage, #overviewPage { background: #f6f7f9; }
QScrollArea > QWidget > QWidget#sectionPage { background: #f6f7f9; }
#sectionTitle { font-size: 17px; font-weight: 600; color: #1f2328; padding: 2px 2px 6px 2px; }
#questionCard { background: white; border: 1px solid #e1e4e8; border-radius: 8px; }
#questionCard[problem="true"] { border-left: 4px solid #c62828; }
#questionCard[highlight="true"] { border: 2px solid #1e6fd9; }
#questionTitle { font-size: 14px; color: #1f2328; }
QLabel[role="secondary"] { color: #5f6672; }
QLabel[role="error"] { color: #b3261e; font-weight: 600; }
QLineEdit[invalid="true"] { border: 1px solid #c62828; background: #fff5f5; }
QPushButton[segment] { padding: 4px 14px; min-height: 22px; border: 1px solid #b9bfc8;
    background: #fbfbfc; color: #1f2328; }
QPushButton[segment="first"] { border-top-left-radius: 5px; border-bottom-left-radius: 5px; }
QPushButton[segment="last"] { border-top-right-radius: 5px; border-bottom-right-radius: 5px; }
QPushButton[segment="middle"], QPushButton[segment="last"] { border-left: none; }
QPushButton[segment]:checked { background: #1e6fd9; color: white; border-color: #1e6fd9; }
QPushButton[segment]:focus { border: 2px solid #1e6fd9; }
QPushButton[segment]:checked:focus { border: 2px solid #0b2e66; }
QPushButton[segment]:disabled { color: #8a9099; }
QPushButton[segment]:checked:disabled { background: #9fbde8; color: white; }
QToolButton#problemFlag { padding: 3px 10px; border: 1px solid #d0d4da; border-radius: 5px;
    color: #5f6672; background: white; }
QToolButton#problemFlag:checked { background: #fdecea; color: #b3261e; border-color: #e6a19b; }
QToolButton#photoLink { padding: 3px 10px; border: 1px solid #d0d4da; border-radius: 5px;
    background: white; color: #1e6fd9; }
QToolButton#problemFlag:focus, QToolButton#photoLink:focus { border: 2px solid #1e6fd9; }
QToolButton:focus { border: 2px solid #1e6fd9; border-radius: 4px; }
#questionCard QRadioButton, #questionCard QCheckBox { border: 2px solid transparent;
    border-radius: 4px; padding: 1px 4px; }
#questionCard QRadioButton:focus, #questionCard QCheckBox:focus { border-color: #1e6fd9; }
QLabel[role="warning"] { color: #8a4b00; font-weight: 600; }
#editorHeader { background: white; border-bottom: 1px solid #e1e4e8; }
#editorTitle { font-size: 18px; font-weight: 600; color: #1f2328; }
#statusChip { border-radius: 9px; padding: 2px 10px; font-weight: 600; }
#statusChip[state="draft"] { background: #fff4dc; color: #7a5200; }
#statusChip[state="completed"] { background: #e3f4e6; color: #1e6b2c; }
#saveState { color: #5f6672; }
QPushButton#primary { background: #1e6fd9; color: white; border: none; border-radius: 5px;
    padding: 6px 16px; font-weight: 600; }
QPushButton#primary:disabled { background: #a9c3ea; }
#readOnlyBanner { background: #e8f0fe; color: #1a3e73; border-bottom: 1px solid #c6d7f5;
    padding: 6px 14px; }
#facilityName { font-size: 20px; font-weight: 600; color: #1f2328; }
#card, #figureTile { background: white; border: 1px solid #e1e4e8; border-radius: 8px; }
#figureTile[problem="true"] { border-left: 4px solid #c62828; }
#figureValue { font-size: 20px; font-weight: 600; color: #1f2328; }
#figureText { font-size: 13px; font-weight: 600; color: #1f2328; }
QListWidget#recordList::item { padding: 7px 6px; border-bottom: 1px solid #eceef1; }
QListWidget#recordList::item:selected { background: #1e6fd9; color: white; }
#cardTitle { font-size: 15px; font-weight: 600; color: #1f2328; }
#emptyState { color: #5f6672; font-size: 14px; padding: 40px; }
#infoPanel { background: #f0f5ff; border: 1px solid #c6d7f5; border-radius: 6px; }
#consentBanner { border-radius: 6px; padding: 8px 12px; }
#consentBanner[state="waiting"] { background: #fff4dc; color: #6b4a00; }
#consentBanner[state="anonymous"] { background: #e3f4e6; color: #1e5b2a; }
#consentBanner[state="named"] { background: #e8f0fe; color: #1a3e73; }
#formSection { font-size: 15px; font-weight: 600; padding-top: 8px; }
#dialogHeading { font-size: 15px; font-weight: 600; }
#loadingLabel { color: #5f6672; font-size: 14px; }
"""
