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
        cases = 0
        for out in (test.get("stdo") or "").splitlines():
            m = re.match(r"(not )?ok\b.*?(# (SKIP|TODO)\b)?", out, re.IGNORECASE)
            if not m:
                continue
            cases += 1
            if m.group(3):
                skipped += 1
            elif m.group(1):
                failed += 1
            else:
                passed += 1
        if cases == 0 or test.get("result") not in ("OK", "SKIP", "EXPECTEDFAIL"):
            # No TAP at all, or the program crashed or timed out after its
            # last case: that is a failure the cases above do not show.
            if test.get("result") not in ("OK", "SKIP", "EXPECTEDFAIL"):
                failed += 1
            elif cases == 0:
                passed += 1

print(f"{passed} passed, {failed} failed, {skipped} skipped")
