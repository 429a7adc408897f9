#!/usr/bin/env python3
"""Fails when a Swift line in Sources/ or Tests/ is longer than the limit (120 characters, counted as characters,
not bytes: `×` and `≤` are one each). Usage: check_line_length.py [--limit N] [DIR ...]"""
import pathlib
import sys


def main() -> int:
    args = sys.argv[1:]
    limit = 120
    if args[:1] == ["--limit"]:
        limit, args = int(args[1]), args[2:]
    roots = args or ["Sources", "Tests"]
    long = []
    for root in roots:
        for path in sorted(pathlib.Path(root).rglob("*.swift")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if len(line) > limit:
                    long.append(f"{path}:{number}: {len(line)} characters")
    for entry in long:
        print(entry)
    print(f"{len(long)} line(s) over {limit} characters", file=sys.stderr)
    return 1 if long else 0


if __name__ == "__main__":
    sys.exit(main())
