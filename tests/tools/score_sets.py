#!/usr/bin/env python3
"""score_sets: score every page set and hold each above its floor.

  score_sets.py --npscore NPSCORE --parser-exe EXE FLOORS

FLOORS is a text file (tests/score-floors.txt) with one page set a line:
`DIR MIN_MACRO MIN_CLASS` (DIR relative to the file's folder's parent).
Prints one table, a row per set (pages, macro-F1 and each class's F1), and
fails (exit 1) when a set scores below its floors or a page fails to parse.
Floors only go up: where a set scores 0.01 or more above its macro floor,
it says so, so that the floor is raised in the same commit.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_check  # noqa: E402

CLASSES = ['article', 'title', 'byline', 'section', 'paragraph', 'caption', 'credit', 'figure']


def table(out):
    classes, macro, pages = {}, None, None
    for line in out.splitlines():
        m = score_check.ROW.match(line)
        if m:
            classes[m.group(1)] = float(m.group(4))
        m = score_check.MACRO.match(line)
        if m:
            macro = float(m.group(1))
        m = score_check.PAGES.match(line)
        if m:
            pages = int(m.group(1))
    return pages, macro, classes


def main(argv):
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument('--npscore', required=True)
    ap.add_argument('--parser-exe', required=True)
    ap.add_argument('floors')
    a = ap.parse_args(argv)
    root = os.path.dirname(os.path.dirname(os.path.abspath(a.floors)))
    rows, failed = [], False
    with open(a.floors, encoding='utf-8') as f:
        specs = [l.split() for l in f if l.strip() and not l.startswith('#')]
    head = f'{"set":24} {"pages":>5} {"macro":>7} ' + ' '.join(f'{c[:7]:>7}' for c in CLASSES)
    print(head)
    notes = []
    for d, min_macro, min_class in specs:
        path = os.path.join(root, d)
        fails = score_check.check(a.npscore, score_check.parser_cmd(a.parser_exe), path,
                                  float(min_macro), float(min_class), None, quiet=True)
        _, out, _ = score_check.run_npscore(a.npscore, score_check.parser_cmd(a.parser_exe), path)
        pages, macro, classes = table(out)
        print(f'{d:24} {pages or 0:5} {macro or 0:7.4f} ' +
              ' '.join(f'{classes[c]:7.3f}' if c in classes else f'{"-":>7}' for c in CLASSES))
        for x in fails:
            notes.append(f'FAIL {d}: {x}')
            failed = True
        if macro is not None and macro >= float(min_macro) + 0.01:
            notes.append(f'note {d}: macro-F1 {macro:.4f} is above its floor {min_macro}: raise it')
    for n in notes:
        print(n)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
