#!/usr/bin/env python3
"""check_symbols.py HEADER SHARED STATIC CLASH REFERENCE PAGE

Symbol hygiene of the two libraries (ctest `symbols`):
  * the defined global symbols of libnewsparse.so (nm -D) and of
    libnewsparse.a (nm -g) are exactly the NP_EXPORT functions of HEADER;
  * libnewsparse.a leaves no np_* symbol undefined (its partial link
    resolved every internal call);
  * CLASH, a program linked to libnewsparse.a that defines its own
    np_classify, prints the same JSON tree of PAGE as REFERENCE, the same
    program linked to libnewsparse.so, and that tree has articles.
"""
import json
import os
import re
import subprocess
import sys

# Symbols that a sanitizer or the toolchain adds to every object; they are
# not the library's (none appears in a plain build).
TOOLCHAIN = re.compile(r"^(__asan_|__odr_asan|__ubsan_|__tsan_|__sancov_|___asan_)")


def header_api(path):
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"^\s*#.*$", " ", text, flags=re.M)
    names = set(re.findall(r"\bNP_EXPORT\b[^;{]*?\b(np_\w+)\s*\(", text))
    if len(names) < 10:
        sys.exit(f"FAIL: only {len(names)} NP_EXPORT functions found in {path}")
    return names


def nm(args):
    out = subprocess.run([os.environ.get("NM", "nm")] + args, check=True, capture_output=True, text=True).stdout
    defined, undefined = set(), set()
    for line in out.splitlines():
        f = line.split()
        if len(f) == 3 and f[1] not in "Uw" and f[1].isupper():
            defined.add(f[2])
        elif len(f) == 2 and f[0] == "U":
            undefined.add(f[1])
    return {s for s in defined if not TOOLCHAIN.match(s)}, undefined


def compare(name, got, api, failures):
    extra, missing = sorted(got - api), sorted(api - got)
    if extra:
        failures.append(f"{name} defines {len(extra)} global symbols outside the API: "
                        + " ".join(extra[:20]) + (" ..." if len(extra) > 20 else ""))
    if missing:
        failures.append(f"{name} lacks API functions: " + " ".join(missing))
    print(f"{name}: {len(got)} defined global symbols, "
          f"{len(extra)} outside the API, {len(missing)} API functions missing")


def main():
    header, shared, static, clash, reference, page = sys.argv[1:7]
    api = header_api(header)
    print(f"{header}: {len(api)} NP_EXPORT functions")
    failures = []
    compare(shared, nm(["-D", "--defined-only", shared])[0], api, failures)
    defined, undefined = nm(["-g", static])
    compare(static, defined, api, failures)
    left = sorted(s for s in undefined if s.startswith("np_"))
    if left:
        failures.append(f"{static} leaves np_* symbols undefined: " + " ".join(left))

    runs = {}
    for prog in (clash, reference):
        r = subprocess.run([prog, page], capture_output=True)
        if r.returncode != 0:
            failures.append(f"{prog} {page} exited with {r.returncode}: "
                            + r.stderr.decode(errors="replace"))
        runs[prog] = r.stdout
    if runs[clash] != runs[reference]:
        failures.append(f"{clash} (own np_classify, static) and {reference} (shared) "
                        f"print different trees of {page}")
    try:
        tree = json.loads(runs[reference])
        articles = [c for c in tree["children"] if c.get("type") == "article"]
    except (ValueError, KeyError) as e:
        failures.append(f"{reference} printed no JSON tree: {e}")
        articles = []
    if not articles:
        failures.append(f"no article in the tree of {page}")
    print(f"{page}: {len(articles)} articles, static with its own np_classify "
          f"{'==' if runs[clash] == runs[reference] else '!='} shared")

    for f in failures:
        print("FAIL:", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
