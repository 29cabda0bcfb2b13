#!/usr/bin/env python3
# Reads meson's testlog.json and prints "N passed, N failed, N skipped",
# counting the TAP test cases of every test program (see run-tests.sh).
import json
import re
import sys

passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        test = json.loads(line)
        ok = test.get("result") in ("OK", "SKIP", "EXPECTEDFAIL")
        cases = 0
        for out in (test.get("stdout") or "").splitlines():
            m = re.match(r"(not )?ok\b", out)
            if not m:
                continue
            cases += 1
            if re.search(r"#\s*SKIP\b", out, re.IGNORECASE):
                skipped += 1
            elif m.group(1):
                failed += 1
            else:
                passed += 1
        # A program that printed no case, or that crashed or timed out after
        # its last one, is a failure the cases above do not show.
        if not ok:
            failed += 1
        elif cases == 0:
            passed += 1

print(f"{passed} passed, {failed} failed, {skipped} skipped")
