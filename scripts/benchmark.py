"""Benchmark: start-up, search latency per keystroke, the detail pane and peak memory.

    python scripts/benchmark.py [--sizes 10000 100000 1000000] [--cache DIR]

For each size it builds (once, cached, in a process of its own) a synthetic database through
the same code path as the real one, then runs two child processes, each measured from
process start:
- ours: ``mtviewer.app.start`` on the database; typing into the Quotes search field; then
  50 random records shown in the detail pane (quotes and events chosen in their lists,
  people and organisations followed as links, among them an organisation behind every
  tenth event);
- stock: ``QSqlTableModel`` + ``QSortFilterProxyModel`` filtering the quote text, the usual
  Qt way (all rows fetched so the filter sees every quote).
Ours runs in a 1280×800 window in the list view (``list``), then, typing the same terms,
in the Quotes reading view (``read``: each quote whole, wrapped, its attribution beneath),
and both again in a smaller window at 200 % zoom (``list@200``, ``read@200``: 1000×700).
Per keystroke = set the field's text, run the query, update the model, repaint the list.
Detail = from the selection to the pane's page set and repainted.
Peak RSS is each child's own high-water mark (VmHWM), not the largest child's.
Typo = a whole word found nowhere set at once: corrected, the correction searched, the list
repainted (the correction line must show, or the typo is reported and not timed).
Issue 21's rules: questions typed letter by letter (stop words, the thesaurus, most words),
keystrokes typed after pasting 2,000 characters, and the global field's ranking across
kinds (``Content.ranking``, the tabs' own searches done first, as the window does).
Prints p50/p95 per keystroke, start-to-painted, detail p95, peak RSS and the slowest typo
correction, and stock/ours.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

TERMS = ("musikkterapi", "gitar", "mestring", "følelse", "terap", "sang kor", "rus -helse",
         "speaker:hansen", "håp", "fellesskap", "tilhørighet -motivasjon")
"""Typed letter by letter. The last two hold common words longer than the longest prefix
index (eight letters), which FTS5 alone would answer by merging thousands of words."""
TYPOS = ("gittar", "musikkterpi", "mestirng", "pinao", "fellesksap", "identitte",
         "tilhørihget", "motivasjno", "skrivnig", "avrusnign")
"""Words found nowhere that the tab corrects (one or two edits from a word of the content)."""
QUESTIONS = ("hva er musikkterapi", "hvem spilte gitar i koret", "addiction treatment",
             "konferanse om mestring og håp", "22. november 2019")
"""Typed letter by letter too, with issue 21's rules on: stop words, the thesaurus, most
words, dates."""
GLOBAL = ("musikkterapi", "gitar", "hva er musikkterapi", "fellesskap og tilhørighet",
          "hvem spilte gitar i koret", "Solveig Berg", "xyzzy blorf")
"""Texts the global field ranks across kinds (timed alone: ``Content.ranking``)."""
PASTE = 2000
"""Characters pasted into the field before typing on."""
VIEWS = ("list", "read", "list@200", "read@200")
"""Ours: the list view and the reading view, in a 1280×800 window and zoomed to 200 %."""
_SCHEMA_FILE = Path(__file__).resolve().parents[1] / "mtviewer" / "content" / "schema.py"
SCHEMA = re.findall(r"^SCHEMA_VERSION = (\d+)", _SCHEMA_FILE.read_text(encoding="utf-8"), re.M)[0]
"""The content schema this tree writes and reads (read, not imported: the parent stays
light), part of the cached databases' names."""
STOCK_TIMEOUT = 600
DETAILS = 50


def peak_rss_mb() -> float:
    """This process's own peak resident memory. (``ru_maxrss`` of a child started by
    fork and exec starts from its parent's, so a large parent shows up in it.)"""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(mode: str, db: str) -> None:
    """Run in a fresh process: open a window on ``db``, report when painted, then type."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    painted: list[bool] = []

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(True)
                print("PAINTED", flush=True)
                QTimer.singleShot(0, type_terms)
            return False

    if mode != "stock":
        from mtviewer import app
        from mtviewer.settings import ZOOM, Settings

        scratch = tempfile.mkdtemp()
        settings = Settings(QSettings(f"{scratch}/s.ini", QSettings.Format.IniFormat))
        look, _, zoom = mode.partition("@")
        settings[ZOOM] = int(zoom or 100)
        window = app.start(Path(db), "en", settings)
        window.resize(*((1280, 800) if not zoom else (1000, 700)))
        view = window.current_tab().view

        def prepare():
            tab = window.show_tab("quote")
            tab.look.set_reading(look == "read")
            QApplication.processEvents()
            return tab.search_field.setText, tab.view

        def details():
            return _detail_timings(window)

        def extra_timings(set_text, list_view):
            """Questions typed letter by letter; a keystroke after a 2,000-character paste;
            the global field's ranking across kinds."""
            tab = window.show_tab("quote")
            QApplication.processEvents()
            questions = typed_letters(QUESTIONS, set_text, list_view)
            pasted, ranking = [], []
            paste = os.environ["MTVIEWER_BENCH_PASTE"]  # made by the parent: no imports here
            set_text(paste)
            list_view.viewport().repaint()
            for char in "og musikken hjelper meg":
                paste += char
                start = time.perf_counter()
                set_text(paste)
                list_view.viewport().repaint()
                pasted.append((time.perf_counter() - start) * 1000)
            set_text("")
            content = window.content
            for text in GLOBAL:
                prepared = content.prepare(text)
                for kind in content.counts(prepared):  # what the tabs list already
                    content.search(kind, prepared, scope=tuple(window.record_tabs))
                start = time.perf_counter()
                content.ranking(prepared)
                ranking.append((time.perf_counter() - start) * 1000)
            del tab
            return questions, pasted, ranking

        def typo_timings(set_text, list_view):
            """Milliseconds for a whole word found nowhere: correct it, search the correction,
            show the list; a typo that was not corrected is reported, not timed."""
            tab, timings = window.show_tab("quote"), []
            QApplication.processEvents()
            for typo in TYPOS:
                start = time.perf_counter()
                set_text(typo)
                list_view.viewport().repaint()
                elapsed = (time.perf_counter() - start) * 1000
                if tab.correction.isVisible():
                    timings.append(elapsed)
                else:
                    print(f"# not corrected: {typo}", file=sys.stderr, flush=True)
                set_text("")
            return timings
    else:
        window, view, set_filter = _stock_window(db)

        def prepare():
            return set_filter, view

        def details():
            return []

    watcher = FirstPaint()
    view.viewport().installEventFilter(watcher)

    def type_terms():
        set_text, list_view = prepare()
        QApplication.processEvents()
        timings = typed_letters(TERMS, set_text, list_view)
        detail = details() if mode in ("list", "stock") else []
        typos = typo_timings(set_text, list_view) if mode == "list" else []
        peak = peak_rss_mb()  # before issue 21's extra measurements, comparable with before
        questions, pasted, ranking = (extra_timings(set_text, list_view) if mode == "list"
                                      else ([], [], []))
        print(json.dumps({"keystrokes_ms": timings, "detail_ms": detail, "typo_ms": typos,
                          "question_ms": questions, "pasted_ms": pasted,
                          "ranking_ms": ranking, "peak_rss_mb": peak,
                          "peak_rss_all_mb": peak_rss_mb()}), flush=True)
        QApplication.quit()

    window.show()
    QApplication.instance().exec()


def typed_letters(terms, set_text, list_view) -> list[float]:
    """Milliseconds per keystroke, each term typed letter by letter (set the text, repaint
    the list), the field emptied after each."""
    timings = []
    for term in terms:
        for end in range(1, len(term) + 1):
            start = time.perf_counter()
            set_text(term[:end])
            list_view.viewport().repaint()
            timings.append((time.perf_counter() - start) * 1000)
        set_text("")
    return timings


def _paste(rng: random.Random) -> str:
    """About ``PASTE`` characters of Norwegian-like sentences, as pasted from an article
    (made in the parent: the generator's module imports the compiler, which the app's
    process must not pay for)."""
    from mtviewer.compiler.synthetic import _sentence

    text = ""
    while len(text) < PASTE:
        text += _sentence(rng, rng.randint(8, 20)) + " "
    return text[:PASTE]


def _detail_timings(window) -> list[float]:
    """Milliseconds from choosing a record to its page shown, for DETAILS random records."""
    from PySide6.QtWidgets import QApplication

    content, rng = window.content, random.Random(7)
    quotes, events = window.record_tabs["quote"], window.record_tabs["event"]
    people, organisations = content.total("person"), content.total("organisation")
    picks = ([("organisation", 1)]
             + [("quote", rng.randint(1, content.total("quote"))) for _ in range(20)]
             + [("event", rng.randint(1, content.total("event"))) for _ in range(10)]
             + [("person", rng.randint(1, people)) for _ in range(10)]
             + [("organisation", rng.randint(1, organisations)) for _ in range(9)])
    timings = []
    for kind, record_id in picks[:DETAILS]:
        tab = quotes if kind == "quote" else events
        window.show_tab(tab.kind)
        QApplication.processEvents()
        start = time.perf_counter()
        if kind in ("quote", "event"):
            tab.select_record(record_id)  # the list's selection shows the page
        else:
            tab.show_page(kind, record_id)  # a link followed in the pane
        tab.detail.viewport().repaint()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def _stock_window(db: str):
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtSql import QSqlDatabase, QSqlTableModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    QApplication.instance() or QApplication([])
    database = QSqlDatabase.addDatabase("QSQLITE")
    database.setDatabaseName(db)
    database.setConnectOptions("QSQLITE_OPEN_READONLY")
    database.open()
    model = QSqlTableModel(None, database)
    model.setTable("quote")
    model.select()
    while model.canFetchMore():
        model.fetchMore()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(model.fieldIndex("text"))
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    window = QMainWindow()
    view = QTableView(window)
    view.setModel(proxy)
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window._keep = (database, model, proxy)  # noqa: SLF001
    return window, view, proxy.setFilterFixedString


def measure(mode: str, db: Path, timeout: float, paste: str = "") -> dict:
    """Run one child; lines are read on a thread so the time limit holds while it is silent.
    ``paste``: the text the list view's child pastes (made once, before any clock starts)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MTVIEWER_BENCH_PASTE": paste}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", mode, str(db)],
                            stdout=subprocess.PIPE, text=True, env=env)
    result: dict = {}

    def read() -> None:
        for line in proc.stdout:
            if line.startswith("PAINTED"):
                result["start_s"] = time.perf_counter() - start
            elif line.startswith("{"):
                result.update(json.loads(line))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        result["timeout"] = timeout
    reader.join(timeout=5)
    return result


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "mtviewer-bench")
    parser.add_argument("--stock-up-to", type=int, default=None, metavar="N",
                        help="measure the stock Qt way only up to N quotes (it loads every row)")
    parser.add_argument("--views", nargs="+", default=list(VIEWS), choices=VIEWS,
                        help="which of ours to run (default: all)")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    args.cache.mkdir(parents=True, exist_ok=True)
    paste = _paste(random.Random(3)) if "list" in args.views else ""
    print(f"{'quotes':>9} {'impl':>8} {'start s':>8} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} "
          f"{'detail95':>9} {'RSS MB':>7} {'typo max':>8}")
    for size in args.sizes:
        db = args.cache / f"q{size}-schema{SCHEMA}.sqlite"  # a database of this schema
        if not db.exists():  # in a process of its own: its memory is not the app's
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                            "from mtviewer.compiler.synthetic import build_synthetic; "
                            "build_synthetic(int(sys.argv[1]), Path(sys.argv[2]))",
                            str(size), str(db)], check=True)
            print(f"# built {db} in {time.perf_counter() - started:.0f} s", flush=True)
        rows = {}
        for mode in (*args.views, "stock"):
            if mode == "stock" and args.stock_up_to is not None and size > args.stock_up_to:
                print(f"{size:>9} stock skipped (--stock-up-to {args.stock_up_to})", flush=True)
                continue
            r = measure(mode, db, STOCK_TIMEOUT, paste)
            if "keystrokes_ms" not in r:
                print(f"{size:>9} {mode:>8} did not finish within {STOCK_TIMEOUT} s", flush=True)
                continue
            ks, detail = r["keystrokes_ms"], r["detail_ms"]
            rows[mode] = (r["start_s"], percentile(ks, 50), percentile(ks, 95), max(ks),
                          r["peak_rss_mb"])
            shown = f"{percentile(detail, 95):9.1f}" if detail else f"{'-':>9}"
            typos = r.get("typo_ms") or []
            typo = f"{max(typos):8.1f}" if typos else f"{'-':>8}"
            print(f"{size:>9} {mode:>8} {rows[mode][0]:8.2f} {rows[mode][1]:7.1f} "
                  f"{rows[mode][2]:7.1f} {rows[mode][3]:7.1f} {shown} {rows[mode][4]:7.0f} "
                  f"{typo}", flush=True)
            if typos:
                print(f"# typo corrections: {len(typos)} of {len(TYPOS)} corrected, "
                      f"p50 {percentile(typos, 50):.1f} ms, max {max(typos):.1f} ms", flush=True)
            if r.get("peak_rss_all_mb"):
                print(f"# peak RSS with the questions, paste and ranking too: "
                      f"{r['peak_rss_all_mb']:.0f} MB", flush=True)
            for name, key in (("questions typed", "question_ms"),
                              (f"keystrokes after a {PASTE:,}-character paste", "pasted_ms"),
                              ("global ranking across kinds", "ranking_ms")):
                values = r.get(key) or []
                if values:
                    print(f"# {name}: {len(values)}, p50 {percentile(values, 50):.1f} ms, "
                          f"p95 {percentile(values, 95):.1f} ms, max {max(values):.1f} ms",
                          flush=True)
        if "stock" in rows and "list" in rows:
            ratios = [s / o if o else float("nan") for s, o in zip(rows["stock"], rows["list"],
                                                                    strict=True)]
            print(f"{size:>9} {'ratio':>8} {ratios[0]:8.1f}x {ratios[1]:6.1f}x {ratios[2]:6.1f}x "
                  f"{ratios[3]:6.1f}x {'':>9} {ratios[4]:6.1f}x  (stock / ours)", flush=True)
    print(f"# {sum(len(t) for t in TERMS)} keystrokes per run: "
          f"{', '.join(TERMS)}; typed letter by letter")
    print(f"# typos (whole word set at once, corrected in the Quotes tab): {', '.join(TYPOS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
