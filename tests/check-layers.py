#!/usr/bin/env python3
# check-layers.py BUILDDIR
#
# Proves that the layers in app/ are enforced by the compiler: for each
# folder, compiles a one-line file with that folder's own compile command
# (from compile_commands.json), once including a header of a layer below
# it, which must compile, and once a header of a layer above it (or GTK,
# for the core and the command line), which must not.  Speaks TAP.

import json
import os
import shlex
import subprocess
import sys
import tempfile

# (folder, a header it may include, a header it must not see)
CASES = [
    ("app/core/model/", "tradeoff-types.h", "tradeoff-loader.h"),
    ("app/core/model/", "tradeoff-types.h", "tradeoff-advisor.h"),
    ("app/core/model/", "tradeoff-types.h", "<gtk/gtk.h>"),
    ("app/core/loader/", "tradeoff-comparison.h", "tradeoff-advisor.h"),
    ("app/core/advisor/", "tradeoff-comparison.h", "tradeoff-loader.h"),
    ("app/core/advisor/", "tradeoff-comparison.h", "tradeoff-report.h"),
    ("app/core/decision/", "tradeoff-advisor.h", "tradeoff-report.h"),
    ("app/core/decision/", "tradeoff-loader.h", "<gtk/gtk.h>"),
    ("app/core/report/", "tradeoff-advisor.h", "tradeoff-cli.h"),
    ("app/core/report/", "tradeoff-advisor.h", "<gtk/gtk.h>"),
    ("app/cli/", "tradeoff-report.h", "tradeoff-window.h"),
    ("app/cli/", "tradeoff-loader.h", "<gtk/gtk.h>"),
    ("app/gui/compat/", "tradeoff-report.h", "tradeoff-faq-view.h"),
    ("app/gui/widgets/", "tradeoff-list-grower.h", "tradeoff-window.h"),
    ("app/gui/", "tradeoff-faq-view.h", "tradeoff-cli.h"),
]


def command_for(entries, folder):
    for entry in entries:
        path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
        rel = os.path.relpath(path, SOURCE_ROOT)
        if rel.startswith(folder) and os.path.dirname(rel) + "/" == folder:
            return entry
    raise SystemExit(f"Bail out! no compile command for a file in {folder}")


def compiles(entry, header):
    include = header if header.startswith("<") else f'"{header}"'
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "probe.c")
        with open(source, "w") as f:
            f.write(f'#include "config.h"\n#include {include}\nint probe (void);\nint probe (void) {{ return 0; }}\n')
        args = shlex.split(entry["command"]) if "command" in entry else entry["arguments"]
        out = []
        skip = False
        for arg in args:
            if skip:
                skip = False
                continue
            if arg in ("-o", "-MF", "-MQ", "-c"):
                skip = True
                continue
            if arg.endswith(".c"):
                continue
            out.append(arg)
        out += ["-fsyntax-only", source]
        return subprocess.run(out, cwd=entry["directory"], capture_output=True).returncode == 0


builddir = sys.argv[1]
SOURCE_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(builddir, "compile_commands.json")) as f:
    entries = json.load(f)

print(f"1..{len(CASES)}")
failed = 0
for n, (folder, below, above) in enumerate(CASES, 1):
    entry = command_for(entries, folder)
    ok_below = compiles(entry, below)
    ok_above = compiles(entry, above)
    good = ok_below and not ok_above
    failed += not good
    verdict = "ok" if good else "not ok"
    print(f"{verdict} {n} - {folder} sees {below}: {ok_below}; sees {above}: {ok_above}")
sys.exit(1 if failed else 0)
