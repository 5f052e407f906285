#!/usr/bin/env python3
"""Benchmark for `retstav lsp`: how long a re-check takes after an edit of
a 5 KB Danish Markdown article, measured from sending didChange to
receiving publishDiagnostics (so it includes the pipe and JSON both ways).
Not part of make check (no timed tests).

  RETSTAV=./retstav python3 tests/lsp_bench.py [EDITS]
"""
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases"))
from lsp_client import Server  # noqa: E402

# Written for this benchmark; a few typos on purpose.
PARAS = [
    "# Havnen i Ærøskøbing får nyt liv\n",
    "Byrådet har vedtaget en plan, der skal gøre den gamle havn til et mødested for både "
    "fastboende og turister. Planen rummer en ny badebro, bænke langs kajen og et lille "
    "torv, hvor der om sommeren kan holdes marked hver lørdag.\n",
    "– Vi har længe ønsket, at havnen bliver et sted, man har lyst til at opholde sig, "
    "siger borgmesteren, der selv er vokset op få hundrede meter fra vandet. Hun "
    "fortæller, at arbejdet begynder til efteråret og ventes at vare halvandet år.\n",
    "Ikke alle er lige begejstrede. En gruppe beboere frygter, at støjen fra de mange "
    "gæster vil forstyrre nattesøvnen, og de har samlet underskrifter mod en udvidelse "
    "af udeserveringen. De peger på, at gaderne i forvejen er smalle og trafikken tæt.\n",
    "Færgeselskabet forventer flere passagerer, når havnen står færdig, og overvejer at "
    "indsætte en ekstra afgang i weekenderne. Prisen på en billet bliver dog ikke "
    "sænket, oplyser direktøren, som henviser til stigende udgifter til brændstof.\n",
    "Lokale fiskere har fået lovning på, at de fortsat kan lægge til ved den nordlige "
    "mole. Her landes hver morgen torsk, rødspætter og en gang imellem en hummer, som "
    "sælges direkte fra båden til byens restauranter og private kunder.\n",
    "Projektet koster omkring 40 mio. kr., hvoraf staten betaler en tredjedel. Resten "
    "finansieres af kommunen og en lokal fond, der tidligere har støttet renoveringen "
    "af kirken og købmandsgården i den gamle bydel.\n",
    "Arkitekterne har hentet inspiration i de bindingsværkshuse, der præger byen, og "
    "vil bruge træ og tegl frem for beton. Belysningen skal være dæmpet, så stjernerne "
    "stadig kan ses fra kajen en klar vinteraften.\n",
    "Byens skoleelever er blevet inddraget i arbejdet og har tegnet forslag til en "
    "legeplads med et skib, man kan klatre i. Flere af tegningerne udstilles på "
    "biblioteket frem til jul, og alle er velkomne til at kigge forbi.\n",
]
text = "".join(PARAS)
while len(text.encode()) < 5000:
    text += "\n" + "".join(PARAS[1:])
text = text.replace("sommeren kan", "sommern kan", 1).replace("fiskere", "fiskre", 1)

n_edits = int(sys.argv[1]) if len(sys.argv) > 1 else 200
retstav = os.path.abspath(os.environ.get("RETSTAV", "./retstav"))
with tempfile.TemporaryDirectory() as tmp:
    s = Server([retstav, "lsp"], cwd=tmp)
    t0 = time.perf_counter()
    rid = s.request("initialize", {"capabilities": {}, "rootUri": "file://" + tmp})
    s.response(rid)
    t_init = time.perf_counter() - t0
    uri = "file://" + tmp + "/havn.md"
    t0 = time.perf_counter()
    s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown",
                                                       "version": 1, "text": text}})
    first = s.diagnostics(uri)
    t_open = time.perf_counter() - t0
    times = []
    for i in range(n_edits):
        # Type a letter into line 2 and take it away again, as a writer does.
        ch = {"range": {"start": {"line": 2, "character": 10}, "end": {"line": 2, "character": 10}},
              "text": "x"} if i % 2 == 0 else \
             {"range": {"start": {"line": 2, "character": 10}, "end": {"line": 2, "character": 11}},
              "text": ""}
        t0 = time.perf_counter()
        s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": i + 2},
                                            "contentChanges": [ch]})
        s.diagnostics(uri)
        times.append(time.perf_counter() - t0)
    typo = [d for d in first if d["code"] == "unknown-word"][0]
    t0 = time.perf_counter()
    rid = s.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": typo["range"],
                                                "context": {"diagnostics": [typo]}})
    s.response(rid)
    t_action = time.perf_counter() - t0
    # After an edit the findings are new; the word's suggestions are cached.
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 10 ** 6},
                                        "contentChanges": [{"text": text}]})
    s.diagnostics(uri)
    t0 = time.perf_counter()
    rid = s.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": typo["range"],
                                                "context": {"diagnostics": [typo]}})
    n_actions = len(s.response(rid)["result"])
    t_action2 = time.perf_counter() - t0
    s.request("shutdown")
    s.notify("exit")
    s.close()

ms = sorted(t * 1000 for t in times)
print(f"article: {len(text.encode())} bytes, {len(text.split())} words, "
      f"{len(first)} diagnostics")
print(f"initialize (dictionary load): {t_init * 1000:.1f} ms")
print(f"didOpen -> diagnostics (cold cache): {t_open * 1000:.2f} ms")
print(f"didChange -> diagnostics over {len(ms)} edits: median {statistics.median(ms):.2f} ms, "
      f"p95 {ms[int(len(ms) * 0.95) - 1]:.2f} ms, max {ms[-1]:.2f} ms")
print(f"codeAction with suggestions: first {t_action * 1000:.1f} ms, "
      f"again after an edit {t_action2 * 1000:.2f} ms ({n_actions} actions)")
