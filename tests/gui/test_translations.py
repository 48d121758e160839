"""The Traditional Chinese translation is complete and compiled into the package."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_string_is_translated(tmp_path: Path) -> None:
    """Every string has its translation, and the package ships them compiled: the .qm file
    is what compiling the .ts file gives now (not merely newer than it: a checkout sets
    both files' times)."""
    import subprocess
    import sys

    source = ROOT / "resources" / "translations" / "careerdesk_zh_HK.ts"
    unfinished = [m.findtext("source") for m in ET.parse(source).iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    compiled = ROOT / "src" / "careerdesk" / "gui" / "i18n" / "careerdesk_zh_HK.qm"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([Path(sys.executable).parent / "pyside6-lrelease", source, "-qm", fresh],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == fresh.read_bytes(), "run scripts/update_translations.py"


def test_translators_are_given_no_note_meant_for_something_else() -> None:
    """lupdate reads a "#:" comment as a note for the next string's translator; ours
    document module attributes, so scripts/update_translations.py drops them."""
    source = ROOT / "resources" / "translations" / "careerdesk_zh_HK.ts"
    assert [m.findtext("source") for m in ET.parse(source).iter("message")
            if m.find("extracomment") is not None] == []


def test_qts_own_words_are_in_traditional_chinese_for_hong_kong(qapp) -> None:  # noqa: ANN001
    """The import window's Back, Next and Cancel are Qt's words: Qt has no Hong Kong
    translation, so its Taiwan one is used (Traditional Chinese, not English)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from careerdesk.gui.app import install_translators

    installed = install_translators(qapp, QLocale("zh_HK"))
    try:
        assert len(installed) == 2
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_background_work_reports_the_cores_words_in_chinese(qtbot, qapp) -> None:  # noqa: ANN001
    """A signal carries plain text, so the worker says the core's progress and failure in the
    window's language before they cross to the UI thread."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QWidget

    from careerdesk.core.errors import NotFoundError
    from careerdesk.gui.app import install_translators
    from careerdesk.gui.common.tasks import BackgroundTask
    from careerdesk.messages import msg

    def work(progress) -> None:  # noqa: ANN001
        progress.step(0, 2, msg("Adding new students"))
        raise NotFoundError(msg("There is no import batch {batch}.", batch=7),
                            code="batch_missing")

    installed = install_translators(qapp, QLocale("zh_HK"))
    try:
        owner = QWidget()
        qtbot.addWidget(owner)
        task = BackgroundTask(work, owner)
        steps, failures = [], []
        task.progressed.connect(lambda _done, _total, text: steps.append(text))
        task.failed.connect(lambda code, text: failures.append((code, text)))
        with qtbot.waitSignal(task.finished, timeout=10_000):
            task.start()
        qtbot.waitUntil(lambda: bool(failures))
        assert task.wait()
        assert steps == ["正在新增學生"]
        assert failures == [("batch_missing", "沒有匯入編號 7。")]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_no_translated_string_hides_inside_an_f_string() -> None:
    """lupdate does not look inside an f-string's braces: a ``self.tr("…")`` there is never
    offered to the translator, and the Chinese window shows it in English."""
    import ast

    hidden = []
    for path in (ROOT / "src" / "careerdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and getattr(
                            inner.func, "attr", getattr(inner.func, "id", "")) in (
                            "tr", "translate", "msg"):
                        hidden.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert hidden == []


def test_nomination_statuses_inside_the_cores_sentences_are_said_in_chinese(qapp) -> None:  # noqa: ANN001
    """A status is a word of its own in a sentence ("…which was submitted, is now offered"):
    the Chinese window says it in Chinese too, and lists statuses with "、"."""
    from PySide6.QtCore import QLocale

    from careerdesk.core.domain.statuses import NominationStatus
    from careerdesk.core.services.nominations import _refusal
    from careerdesk.gui.app import install_translators
    from careerdesk.gui.common.messages import localised

    refusal = _refusal("S1", NominationStatus.OFFERED)
    assert refusal == ("The nomination of S1 is offered; from there it can only move to "
                       "accepted, withdrawn, declined")
    installed = install_translators(qapp, QLocale("zh_HK"))
    try:
        assert localised(refusal) == "S1 的提名狀態為獲取錄；由此只可轉為已接受、已撤回、已婉拒"
        assert localised(NominationStatus.NOT_SELECTED.label) == "未獲選"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_english_counts_say_one_row_and_two_rows(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    """English has only its plural forms to translate; the script fills them from the
    source's "(s)", and they are compiled like the Chinese ones. A locale CareerDesk has no
    translation for (the "C" locale of a bare system) falls back to English."""
    import subprocess
    import sys

    from PySide6.QtCore import QCoreApplication, QLocale

    from careerdesk.gui.app import install_translators

    source = ROOT / "resources" / "translations" / "careerdesk_en.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([Path(sys.executable).parent / "pyside6-lrelease", source, "-qm", fresh],
                   check=True, capture_output=True)
    compiled = ROOT / "src" / "careerdesk" / "gui" / "i18n" / "careerdesk_en.qm"
    assert compiled.read_bytes() == fresh.read_bytes(), "run scripts/update_translations.py"
    for locale in (QLocale("en_GB"), QLocale("C")):
        installed = install_translators(qapp, locale)
        QLocale.setDefault(QLocale("en_GB"))
        try:
            said = [QCoreApplication.translate("Exporter", "%Ln row(s) exported to %1.", "", n)
                    for n in (1, 2)]
            assert said == ["1 row exported to %1.", "2 rows exported to %1."]
            assert QCoreApplication.translate("Exporter", "%Ln row(s) exported to %1.", "",
                                              2000) == "2,000 rows exported to %1."
        finally:
            QLocale.setDefault(QLocale.system())
            for translator in installed:
                qapp.removeTranslator(translator)
