"""Qt's own words that its Chinese catalogue (qtbase_zh_CN.qm, loaded too) leaves in English.

Found by asking, with every translator installed, which strings Qt's file and print dialogs still
could not translate. Written out here so that lupdate puts them, under Qt's own contexts, into
VillageDesk's .ts; Qt consults VillageDesk's catalogue when its own has nothing, so the non-native
file dialog on Linux says 查找范围 and 文件类型 instead of "Look in" and "Files of type".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_texts() -> list[str]:
    """Each of them as Qt looks it up, translated (a test checks none stays English)."""
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
        QCoreApplication.translate("QPageSetupWidget", "Page &order:"),
        QCoreApplication.translate("QPageSetupWidget", "Pages &per sheet:"),
        QCoreApplication.translate("QPrintSettingsOutput", "Page &Set:"),
    ]
