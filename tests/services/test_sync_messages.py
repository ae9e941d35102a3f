"""What a sync did, as the window and the command line say it: numbers in the person's language."""

from __future__ import annotations

import pytest

from inspector.services.sync import SyncReport
from inspector.services.sync_messages import report_message


@pytest.mark.parametrize(("lang", "seconds", "size"), [
    ("ru", "за 2,3 с", "1,5 МБ"), ("kk", "2,3 с", "1,5 МБ"), ("en", "in 2.3 s", "1.5 MB")])
def test_the_result_line_uses_the_language_s_decimal_sign(lang, seconds, size):
    report = SyncReport("https://x", "aide", seconds=2.26, bytes_up=int(1.5 * 1024 ** 2), visits_sent=3)
    line = report_message(report, lang).splitlines()[0]
    assert seconds in line and size in line
    assert "2.3" not in line if lang != "en" else "2,3" not in line
