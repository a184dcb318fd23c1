#!/usr/bin/env python3
"""trace_check: the parser's --trace against the hand labels of a page set.

  trace_check.py --parser-exe EXE [--min-agree F] [--evidence lib/evidence.c] DIR...

For every DIR/NAME.txt with NAME.labels beside it, runs `EXE --trace FILE
NAME.txt` and checks that
  - every labelled (non-empty) line has exactly one trace record, and no
    other line has one;
  - every record names a reading and a rule (`by`) from the documented
    sets (doc/format.md, "The trace");
  - with --evidence, every rule a record names (`by`, `second_by`) is in
    the evidence table of lib/evidence.c, where its weight is set;
and prints, per set, how often the reading agrees with the label.  Fails
(exit 1) when a check fails or agreement is below --min-agree (default 0).
"""
import json
import os
import subprocess
import sys
import tempfile

READINGS = {
    'kicker', 'headline', 'subheadline', 'title_line2', 'byline', 'byline_line2', 'paragraph', 'continuation',
    'paragraph+byline', 'continuation+byline', 'section_head', 'section_head_line2', 'caption',
    'caption+credit', 'figure_credit', 'figure_image', 'credit', 'page_credit', 'furniture', 'jump',
}
RULE_FAMILIES = ('furniture.', 'figure.', 'credit.', 'byline.', 'reflow.', 'title.', 'head.',
                 'fragment.', 'text.')

# What each label accepts (see tests/pages/README.md for the label language).
LABELS = {
    'K': {'kicker'}, 'H': {'headline'}, 'S': {'subheadline'},
    'K+': {'title_line2'}, 'H+': {'title_line2'}, 'S+': {'title_line2'},
    'K|H': {'kicker', 'headline'}, 'H|S': {'headline', 'subheadline'}, 'K|S': {'kicker', 'subheadline'},
    'B': {'byline'}, 'B+': {'byline_line2'}, 'P': {'paragraph'}, 'C': {'continuation'},
    'P+B': {'paragraph+byline'}, 'C+B': {'continuation+byline'},
    'X': {'section_head'}, 'X+': {'section_head_line2'}, 'F': {'caption'},
    'FC': {'figure_credit'}, 'FI': {'figure_image'}, 'CR': {'credit', 'page_credit'}, 'N': {'furniture'}, 'J': {'jump'},
}


def accepted(label):
    if label.startswith('F/'):
        return {'caption+credit'}
    return LABELS.get(label, set())


def read_labels(path):
    out = {}
    with open(path, encoding='utf-8') as f:
        for raw in f:
            parts = raw.split()
            if len(parts) >= 2 and parts[0].isdigit():
                out[int(parts[0])] = parts[1]
    return out


def trace_page(exe, txt):
    with tempfile.NamedTemporaryFile(suffix='.jsonl', delete=False) as tf:
        tpath = tf.name
    try:
        r = subprocess.run([exe, '--trace', tpath, txt], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
        with open(tpath, encoding='utf-8') as f:
            recs = [json.loads(l) for l in f if l.strip()]
        return r.returncode, recs
    finally:
        os.unlink(tpath)


def evidence_names(path):
    import re
    with open(path, encoding='utf-8') as f:
        return set(re.findall(r'^\s*\{"([a-z_]+\.[a-z_0-9]+)",', f.read(), re.M))


def check_dir(exe, d, verbose, evidence=None):
    fails, agree, total = [], 0, 0
    names = sorted(f[:-4] for f in os.listdir(d)
                   if f.endswith('.txt') and os.path.exists(os.path.join(d, f[:-4] + '.labels')))
    for name in names:
        labels = read_labels(os.path.join(d, name + '.labels'))
        rc, recs = trace_page(exe, os.path.join(d, name + '.txt'))
        if rc != 0:
            fails.append(f'{d}/{name}: parser exited {rc}')
            continue
        seen = {}
        for rec in recs:
            ln = rec.get('line')
            if ln in seen:
                fails.append(f'{d}/{name}:{ln}: two trace records')
            seen[ln] = rec
            if rec.get('reading') not in READINGS:
                fails.append(f'{d}/{name}:{ln}: unknown reading {rec.get("reading")!r}')
            by = rec.get('by') or ''
            if not by.startswith(RULE_FAMILIES):
                fails.append(f'{d}/{name}:{ln}: no rule named ({by!r})')
            for rule in (by, rec.get('second_by')):
                if evidence is not None and rule and rule not in evidence:
                    fails.append(f'{d}/{name}:{ln}: rule {rule!r} is not in the evidence table')
        missing = sorted(set(labels) - set(seen))
        extra = sorted(set(seen) - set(labels))
        if missing:
            fails.append(f'{d}/{name}: lines without a trace record: {missing[:10]}')
        if extra:
            fails.append(f'{d}/{name}: trace records for unlabelled lines: {extra[:10]}')
        for ln, lab in labels.items():
            if ln not in seen:
                continue
            total += 1
            if seen[ln]['reading'] in accepted(lab):
                agree += 1
            elif verbose:
                rec = seen[ln]
                print(f'  {d}/{name}:{ln}: label {lab}, read {rec["reading"]} by {rec["by"]}')
    return names, fails, agree, total


def main(argv):
    exe, min_agree, verbose, dirs, evidence = None, 0.0, False, [], None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == '--parser-exe':
            exe = argv[i + 1]
            i += 1
        elif a == '--min-agree':
            min_agree = float(argv[i + 1])
            i += 1
        elif a == '--evidence':
            evidence = evidence_names(argv[i + 1])
            i += 1
        elif a == '-v':
            verbose = True
        else:
            dirs.append(a)
        i += 1
    if not exe or not dirs:
        print(__doc__, file=sys.stderr)
        return 2
    failed = False
    for d in dirs:
        names, fails, agree, total = check_dir(exe, d, verbose, evidence)
        share = agree / total if total else 0.0
        print(f'{d}: {len(names)} pages, {total} lines traced, readings agree with labels '
              f'{agree}/{total} = {share:.4f}')
        for f in fails:
            print('FAIL ' + f)
        if fails or not names or share < min_agree:
            failed = True
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
