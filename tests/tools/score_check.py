#!/usr/bin/env python3
"""score_check: run the reference scorer (npscore.py) on a folder of pages and
check its table against thresholds.  Used by ctest (golden_score_corpus,
pages_score, score_check_selftest).

  score_check.py --npscore NPSCORE --parser-exe EXE [--min-macro F]
                 [--min-class F] [--min-roles F] DIR
      Runs `NPSCORE --parser 'EXE --format json' DIR` and fails (exit 1)
      when macro-F1 < --min-macro, when any class F1 < --min-class, when the
      share of acceptable title roles < --min-roles, when the parser failed
      or printed no JSON on a page, or when not every DIR/NAME.txt that has
      NAME.json was scored.

  score_check.py --selftest --npscore NPSCORE --parser-exe EXE DIR
      Checks the check: the real parser must pass --min-macro 1.0 on DIR and
      a parser that drops one paragraph, one byline author or one credit
      source must fail it.

  score_check.py --mutant KIND EXE FILE
      (internal) EXE --format json FILE with one defect of kind KIND.
"""
import json
import os
import re
import shlex
import subprocess
import sys

ROW = re.compile(r'^(\w+)\s+([0-9.]+)\s+([0-9.]+)\s+([0-9.]+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$')
ROLES = re.compile(r'^title roles acceptable: (\d+)/(\d+) = ([0-9.]+)')
MACRO = re.compile(r'^macro-F1 ([0-9.]+)\s+micro-F1 ([0-9.]+)')
PAGES = re.compile(r'^(\d+) pages$')


def run_npscore(npscore, parser_cmd, d):
    cmd = [sys.executable, npscore, '--parser', parser_cmd, d]
    r = subprocess.run(cmd, capture_output=True)
    return r.returncode, r.stdout.decode('utf-8', 'replace'), r.stderr.decode('utf-8', 'replace')


def check(npscore, parser_cmd, d, min_macro, min_class, min_roles, quiet=False):
    """Returns a list of failures (empty: pass)."""
    rc, out, err = run_npscore(npscore, parser_cmd, d)
    if not quiet:
        sys.stdout.write(out)
        sys.stderr.write(err)
    fails = []
    if rc != 0:
        fails.append(f'npscore exited {rc}')
    expected = sorted(f[:-4] for f in os.listdir(d)
                      if f.endswith('.txt') and os.path.exists(os.path.join(d, f[:-4] + '.json')))
    classes = {}
    macro = roles = pages = None
    for line in out.splitlines():
        if 'parser exited' in line or 'output is not JSON' in line:
            fails.append(line.strip())
        m = ROW.match(line)
        if m:
            classes[m.group(1)] = float(m.group(4))
        m = ROLES.match(line)
        if m:
            roles = (int(m.group(1)), int(m.group(2)), float(m.group(3)))
        m = MACRO.match(line)
        if m:
            macro = float(m.group(1))
        m = PAGES.match(line)
        if m:
            pages = int(m.group(1))
    if pages != len(expected):
        fails.append(f'{pages} pages scored, {len(expected)} expected ({", ".join(expected)})')
    if macro is None or not classes:
        fails.append('no score table in the output of npscore')
        return fails
    # The table prints 4 decimals for macro-F1 and 3 for the classes: compare
    # the printed values, so that "1.0" means "printed as 1.0000 / 1.000".
    if min_macro is not None and macro < min_macro:
        fails.append(f'macro-F1 {macro:.4f} < {min_macro}')
    if min_class is not None:
        for c, f in classes.items():
            if f < min_class:
                fails.append(f'class {c} F1 {f:.3f} < {min_class}')
    if min_roles is not None:
        if roles is None:
            fails.append('no title roles line')
        elif roles[1] and roles[0] / roles[1] < min_roles:
            fails.append(f'title roles acceptable {roles[0]}/{roles[1]} < {min_roles}')
    return fails


def mutant(kind, exe, path):
    r = subprocess.run([exe, '--format', 'json', path], capture_output=True)
    if r.returncode != 0:
        sys.stderr.write(r.stderr.decode('utf-8', 'replace'))
        return r.returncode
    doc = json.loads(r.stdout.decode('utf-8'))
    done = False

    def walk(n):
        nonlocal done
        kids = n.get('children', [])
        for i, k in enumerate(kids):
            if done:
                return
            t = k.get('type')
            if kind == 'paragraph' and t == 'paragraph':
                del kids[i]
                done = True
                return
            if kind == 'author' and t == 'byline' and len(k.get('children', [])) > 1:
                k['children'].pop()
                done = True
                return
            if kind == 'credit' and t == 'credit' and k.get('source'):
                k['source'] = k['source'][:-1]
                done = True
                return
            walk(k)

    walk(doc)
    sys.stdout.write(json.dumps(doc, ensure_ascii=False))
    return 0


def parser_cmd(exe):
    return shlex.quote(exe) + ' --format json'


def main(argv):
    import argparse
    if argv[:1] == ['--mutant']:
        return mutant(argv[1], argv[2], argv[3])
    ap = argparse.ArgumentParser()
    ap.add_argument('--npscore', required=True)
    ap.add_argument('--parser-exe', required=True)
    ap.add_argument('--min-macro', type=float)
    ap.add_argument('--min-class', type=float)
    ap.add_argument('--min-roles', type=float)
    ap.add_argument('--selftest', action='store_true')
    ap.add_argument('dir')
    a = ap.parse_args(argv)
    if a.selftest:
        bad = []
        f = check(a.npscore, parser_cmd(a.parser_exe), a.dir, 1.0, 1.0, 1.0, quiet=True)
        if f:
            bad.append('the real parser fails: ' + '; '.join(f))
        for kind in ('paragraph', 'author', 'credit'):
            cmd = ' '.join(shlex.quote(x) for x in (sys.executable, os.path.abspath(__file__), '--mutant', kind,
                                                     a.parser_exe))
            f = check(a.npscore, cmd, a.dir, 1.0, 1.0, 1.0, quiet=True)
            print(f'mutant {kind}: ' + ('; '.join(f) if f else 'NOT DETECTED'))
            if not f:
                bad.append(f'a parser with a {kind} defect passes')
        for b in bad:
            print('FAIL: ' + b)
        return 1 if bad else 0
    fails = check(a.npscore, parser_cmd(a.parser_exe), a.dir, a.min_macro, a.min_class, a.min_roles)
    for f in fails:
        print('FAIL: ' + f)
    if not fails:
        print(f'PASS: thresholds macro>={a.min_macro} class>={a.min_class} roles>={a.min_roles}')
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
