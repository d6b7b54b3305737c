#!/usr/bin/env python3
"""List Swift functions (func, init, deinit, subscript, computed-property accessors with a body) longer than N lines.

Usage: python3 Scripts/function-lengths.py [--min N] Sources
Length = lines from the declaration keyword's line to the line of its closing brace, inclusive.
Comments and string literals (incl. multi-line and interpolation) are blanked before brace matching.
"""
import re, sys
from pathlib import Path


def blank(src):
    """Return src with comments and string contents replaced by spaces (newlines kept)."""
    out = []
    i, n = 0, len(src)
    # stack of contexts: 'code' entries carry a paren depth for interpolation; strings carry (delim, hashes)
    stack = [["code", 0]]
    while i < n:
        ctx = stack[-1]
        c = src[i]
        if ctx[0] == "code":
            if src.startswith("//", i):
                j = src.find("\n", i)
                j = n if j < 0 else j
                out.append(" " * (j - i)); i = j; continue
            if src.startswith("/*", i):
                depth, j = 1, i + 2
                while j < n and depth:
                    if src.startswith("/*", j): depth += 1; j += 2
                    elif src.startswith("*/", j): depth -= 1; j += 2
                    else: j += 1
                out.append(re.sub(r"[^\n]", " ", src[i:j])); i = j; continue
            m = re.match(r'(#*)("""|")', src[i:i + 20])
            if m:
                hashes, delim = m.group(1), m.group(2)
                stack.append(["str", delim, hashes])
                out.append(" " * len(m.group(0))); i += len(m.group(0)); continue
            if len(stack) > 1:  # inside interpolation
                if c == "(": ctx[1] += 1
                elif c == ")":
                    if ctx[1] == 0:
                        stack.pop(); out.append(" "); i += 1; continue
                    ctx[1] -= 1
            out.append(c); i += 1; continue
        # in string
        _, delim, hashes = ctx
        close = delim + hashes
        if src.startswith(close, i):
            stack.pop(); out.append(" " * len(close)); i += len(close); continue
        esc = "\\" + hashes
        if src.startswith(esc + "(", i):
            stack.append(["code", 0]); out.append(" " * (len(esc) + 1)); i += len(esc) + 1; continue
        if src.startswith(esc, i) and i + len(esc) < n:
            k = len(esc) + 1
            out.append(re.sub(r"[^\n]", " ", src[i:i + k])); i += k; continue
        out.append("\n" if c == "\n" else " "); i += 1
    return "".join(out)


DECL = re.compile(r"(?<![.\w])(func\s+[^\s(<]+|init[?!]?(?=\s*[(<])|deinit\b|subscript(?=\s*[(<]))")


def functions(path):
    src = path.read_text(encoding="utf-8")
    code = blank(src)
    line_of = []
    ln = 1
    for ch in code:
        line_of.append(ln)
        if ch == "\n": ln += 1
    res = []
    for m in DECL.finditer(code):
        # find body start: first '{' at paren/bracket depth 0 before a newline-started decl or '}'
        j, depth = m.end(), 0
        body = None
        while j < len(code):
            ch = code[j]
            if ch in "([": depth += 1
            elif ch in ")]": depth -= 1
            elif depth == 0 and ch == "{": body = j; break
            elif depth == 0 and ch == "}": break
            elif depth == 0 and DECL.match(code, j) and j > m.end() and code[j - 1] in " \n\t": break
            j += 1
        if body is None:
            continue
        d, k = 0, body
        while k < len(code):
            if code[k] == "{": d += 1
            elif code[k] == "}":
                d -= 1
                if d == 0: break
            k += 1
        name = m.group(1).replace("func", "").strip()
        start, end = line_of[m.start()], line_of[k]
        res.append((end - start + 1, str(path), start, name))
    return res


def main():
    args = sys.argv[1:]
    lim = 80
    if args and args[0] == "--min":
        lim = int(args[1]); args = args[2:]
    allf = []
    for d in args or ["Sources"]:
        for f in sorted(Path(d).rglob("*.swift")):
            allf += functions(f)
    long = sorted((x for x in allf if x[0] > lim), reverse=True)
    for n, p, s, name in long:
        print(f"{n:5d}  {p}:{s}  {name}")
    print(f"{len(long)} functions over {lim} lines ({len(allf)} scanned)")


main()
