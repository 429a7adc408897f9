#!/usr/bin/env python3
"""Wraps the Swift lines `swift format` leaves over the line limit: string literals and comments.

Usage: wrap_long_lines.py [--limit 120] FILE...

- `//` and `///` comments are re-flowed at spaces, each continuation line with the same indent and marker.
- A single-line string literal is split at a space outside any interpolation into `"first " +` and a next line
  `"rest"`, indented one level deeper; repeated until the line fits or no split point is left.
- Lines inside multi-line string literals (`\"\"\"`) end with `\\` where they are split (Swift joins such lines).
Lines it cannot split are left as they are and listed on standard error, so that a person can look at them.
"""
import re
import sys

LIMIT = 120


def literal_spans(line):
    """(start, end) of each single-line string literal on `line` (end exclusive), skipping `\"\"\"`."""
    spans, i, n = [], 0, len(line)
    while i < n:
        if line.startswith("//", i):
            break
        if line.startswith('"""', i):
            return spans, True
        if line[i] == '"':
            j, depth = i + 1, 0
            while j < n:
                c = line[j]
                if c == "\\" and j + 1 < n and line[j + 1] == "(":
                    depth += 1
                    j += 2
                    continue
                if c == "\\":
                    j += 2
                    continue
                if depth > 0:
                    if c == "(":
                        depth += 1
                    elif c == ")":
                        depth -= 1
                    elif c == '"':  # a literal inside an interpolation: skip it
                        k = j + 1
                        while k < n and line[k] != '"':
                            k += 2 if line[k] == "\\" else 1
                        j = k
                    j += 1
                    continue
                if c == '"':
                    break
                j += 1
            spans.append((i, j + 1))
            i = j + 1
            continue
        i += 1
    return spans, False


def split_points(line, start, end):
    """Indexes of spaces inside the literal [start, end) that are outside interpolations."""
    points, depth, j = [], 0, start + 1
    while j < end - 1:
        c = line[j]
        if c == "\\" and j + 1 < end and line[j + 1] == "(":
            depth += 1
            j += 2
            continue
        if c == "\\":
            j += 2
            continue
        if depth > 0:
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
        elif c == " ":
            points.append(j)
        j += 1
    return points


def wrap_comment(line, limit):
    m = re.match(r"^(\s*)(///?)( ?)(.*)$", line)
    if not m or len(line) <= limit:
        return [line]
    indent, marker, space, text = m.groups()
    prefix = indent + marker + " "
    words, out, current = text.split(" "), [], ""
    for w in words:
        candidate = (current + " " + w) if current else w
        if len(prefix) + len(candidate) > limit and current:
            out.append(prefix + current)
            current = w
        else:
            current = candidate
    out.append(prefix + current)
    return out


def wrap_code(line, limit):
    """Splits one literal of `line` at the last space that fits; returns the lines, or None."""
    spans, _ = literal_spans(line)
    indent = re.match(r"^\s*", line).group(0)
    for start, end in sorted(spans, key=lambda s: s[0], reverse=True):
        if end <= limit and start > limit:
            continue
        points = [p for p in split_points(line, start, end) if p + 1 <= limit - 2 and p > start + 1]
        if not points:
            continue
        p = points[-1]
        first = line[: p + 1] + '" +'
        rest = indent + "    " + '"' + line[p + 1:]
        return [first, rest]
    return None


def process(path, limit):
    with open(path) as f:
        lines = f.read().split("\n")
    out, in_multiline, left = [], False, []
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.count('"""') % 2 == 1:
            in_multiline = not in_multiline
            out.append(line)
            continue
        if len(line) <= limit:
            out.append(line)
            continue
        if in_multiline:
            left.append((number, line))
            out.append(line)
            continue
        if stripped.startswith("//"):
            out.extend(wrap_comment(line, limit))
            continue
        pending, done = [line], []
        while pending:
            current = pending.pop(0)
            if len(current) <= limit:
                done.append(current)
                continue
            split = wrap_code(current, limit)
            if split is None:
                done.append(current)
                left.append((number, current))
                continue
            done.append(split[0])
            pending.insert(0, split[1])
        out.extend(done)
    with open(path, "w") as f:
        f.write("\n".join(out))
    return left


def main():
    args = sys.argv[1:]
    limit = LIMIT
    if args[:1] == ["--limit"]:
        limit, args = int(args[1]), args[2:]
    remaining = 0
    for path in args:
        for number, line in process(path, limit):
            remaining += 1
            print(f"{path}:{number}: {len(line)} characters", file=sys.stderr)
    print(f"{remaining} line(s) still over {limit} characters", file=sys.stderr)


if __name__ == "__main__":
    main()
