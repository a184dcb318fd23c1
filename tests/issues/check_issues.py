#!/usr/bin/env python3
"""check_issues: whole issues (tests/issues/iNN/, see README.md) against
their expected records and stitched trees.

  check_issues.py --cli NEWSPARSE --dump ISSUE_DUMP --npscore NPSCORE [--report] DIR

For every folder iNN/ of DIR that holds a file DONE:
  1. each page's record (the "page" member of `newsparse FILE` JSON) equals
     pNN.page.json exactly;
  2. the stitched issue (`issue_dump p01.txt p02.txt ...`, np_issue) has every
     jump of links.txt joined: its link goes from the article that holds the
     first part's line to the continuation's first line;
  3. the stitched tree scores against stitched.json with npscore, lines made
     page-aware (page * 100000 + line) in both trees, at least the floor of
     tests/issues/floors.txt (macro-F1): the pages' own parse is scored;
  3b. the stitching is exactly stitched.json's, whatever each page's parse:
     the same articles joined, their children from the same pages in the
     same order, each paragraph a jump cut whole (its text equal) and on
     its page and line, the same first node after each jump, last node and
     figures (page, line); and every node of the issue stands on the page
     and line that print it (lines end at LF, CRLF or CR, as the parser's);
  4. the pages given in a shuffled order (pages that print no number keep
     their place: their position is their page) give the same bytes;
  5. `newsparse --issue` gives the same issue in json, and its top-level
     nodes a line each in jsonl.
--report prints the scores and misses and always exits 0.
"""
import argparse, glob, importlib.util, json, os, random, re, subprocess, sys

LINE_SCALE = 100000


def run_json(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True).stdout
    return json.loads(out.decode('utf-8'))


def page_aware(node, page=None):
    """A copy of node whose lines are page * LINE_SCALE + line."""
    page = node.get('page', page) if isinstance(node.get('page'), int) else page
    out = {k: v for k, v in node.items() if k not in ('children', 'pages', 'links')}
    if isinstance(node.get('line'), int) and page:
        out['line'] = page * LINE_SCALE + node['line']
    if 'children' in node:
        out['children'] = [page_aware(k, page) for k in node['children']]
    return out


def lines_of(node, page, acc):
    """Every (page, line) in node's subtree."""
    p = node.get('page', page)
    if isinstance(node.get('line'), int):
        acc.add((p, node['line']))
    for k in node.get('children', []):
        lines_of(k, p, acc)
    return acc


def article_holding(doc, page, line):
    for a in doc['children']:
        if a.get('type') == 'article' and (page, line) in lines_of(a, a.get('page'), set()):
            return a
    return None


def ws(s):
    return ''.join((s or '').split())


def stitches(doc):
    """What the stitching made, apart from how each page was parsed: for
    every article whose nodes stand on more than one page, keyed by the
    (page, line) of its first node, the pages of its children in order
    (each run once), and at each page change the paragraph the jump cut
    (page, line, whole text) and the first node after it (type, page,
    line), and the (page, line) of its last node and of its figures."""
    out = {}
    for a in doc.get('children', []):
        kids = [k for k in a.get('children', []) if k.get('type') != 'furniture']
        if a.get('type') != 'article' or len({k.get('page') for k in kids}) < 2:
            continue
        pages, seams = [], []
        for i, k in enumerate(kids):
            if pages and pages[-1] == k['page']:
                continue
            if pages:
                cut = next((c for c in reversed(kids[:i]) if c['type'] == 'paragraph'), {})
                seams.append(((cut.get('page'), cut.get('line'), cut.get('text')), (k['type'], k['page'], k['line'])))
            pages.append(k['page'])
        figures = [(k['page'], k['line']) for k in kids if k['type'] == 'figure']
        out[(kids[0]['page'], kids[0]['line'])] = {'pages': pages, 'seams': seams, 'figures': figures,
                                                   'last': (kids[-1]['page'], kids[-1]['line'])}
    return out


def provenance_faults(doc, texts):
    """Nodes whose page and line do not hold their text: texts maps a page
    key to the lines of its file; a node's first characters (white space
    left out) stand on its line."""
    faults = []

    def walk(n, page):
        page = n.get('page', page)
        t = ws(n.get('text'))[:4]
        if isinstance(n.get('line'), int) and t and n.get('type') not in ('article', 'document'):
            lines = texts.get(page, [])
            held = ws(lines[n['line'] - 1]) if 0 < n['line'] <= len(lines) else ''
            if t not in held:
                faults.append(f'{n["type"]} "{n.get("text", "")[:20]}" is not on page {page} line {n["line"]}')
        for k in n.get('children', []):
            walk(k, page)
    walk(doc, None)
    return faults


def load_floors(path):
    """{issue: floor}, and the jumps known not to be joined: {(issue, 'pNN LINE')}."""
    floors, known = {}, set()
    if os.path.exists(path):
        for raw in open(path, encoding='utf-8'):
            raw = raw.split('#')[0].split()
            if len(raw) == 2:
                floors[raw[0]] = float(raw[1])
            elif len(raw) == 4 and raw[1] == 'unjoined':
                known.add((raw[0], raw[2] + ' ' + raw[3]))
    return floors, known


def shuffled(files, numbers, seed):
    """files in a shuffled order, those without a printed number in place."""
    fixed = {i for i, n in enumerate(numbers) if not n}
    moving = [f for i, f in enumerate(files) if i not in fixed]
    random.Random(seed).shuffle(moving)
    it = iter(moving)
    return [files[i] if i in fixed else next(it) for i in range(len(files))]


def check_issue(d, args, npscore, floors):
    name = os.path.basename(d)
    files = sorted(glob.glob(os.path.join(d, 'p[0-9][0-9].txt')))
    fails = []
    numbers = []
    # 1. page records
    for f in files:
        got = run_json([args.cli, f]).get('page', {})
        want = json.load(open(f[:-4] + '.page.json', encoding='utf-8'))
        numbers.append(got.get('number'))
        if got != want:
            fails.append(f'{name}/{os.path.basename(f)}: page record {json.dumps(got, ensure_ascii=False)} '
                         f'!= {json.dumps(want, ensure_ascii=False)}')
    issue = run_json([args.dump] + files)
    keys = {}
    for i, f in enumerate(files):
        keys[os.path.basename(f)[:-4]] = numbers[i] or i + 1
    # 2. links
    joined = [(l['from']['page'], l['from']['line'], l['to']['page'], l['to']['line'])
              for l in issue.get('links', []) if l['status'] == 'joined']
    for raw in open(os.path.join(d, 'links.txt'), encoding='utf-8'):
        parts = raw.split()
        if len(parts) != 5:
            continue
        fp, fl, tp, tl = keys[parts[0]], int(parts[1]), keys[parts[3]], int(parts[4])
        ok = False
        for jp, jl, kp, kl in joined:
            first = article_holding(issue, jp, jl)
            if jp == fp and kp == tp and kl == tl and first is not None and (fp, fl) in lines_of(first, jp, set()):
                ok = True
        if not ok and (name, ' '.join(parts[:2])) in floors[1]:
            print(f'{name}: jump {raw.strip()} not joined (known: tests/issues/floors.txt)')
        elif not ok:
            fails.append(f'{name}: jump {raw.strip()} not joined (links {issue.get("links")})')
    # 3. the stitched tree, scored
    gold = json.load(open(os.path.join(d, 'stitched.json'), encoding='utf-8'))
    stats, _ = npscore.compare(page_aware(gold), page_aware(issue), verbose=args.report, label=name)
    f1s = []
    for c, (tp_, fp_, fn_) in stats.items():
        if tp_ + fp_ + fn_:
            f1s.append(2 * tp_ / (2 * tp_ + fp_ + fn_))
    macro = sum(f1s) / len(f1s) if f1s else 1.0
    floor = floors[0].get(name, 1.0)
    para = stats['paragraph']
    print(f'{name}: {len(files)} pages, links {len(joined)} joined of {len(issue.get("links", []))}, '
          f'macro-F1 {macro:.4f} (floor {floor}), paragraphs tp {para[0]} fp {para[1]} fn {para[2]}')
    if macro + 1e-9 < floor:
        fails.append(f'{name}: macro-F1 {macro:.4f} below the floor {floor}')
    # 3b. the stitching itself, exactly: the articles joined and from which
    #     pages, each cut paragraph whole, what follows it, the figures, and
    #     every node's page and line holding its text
    want, got = stitches(gold), stitches(issue)
    for key in sorted(set(want) | set(got), key=str):
        if want.get(key) != got.get(key):
            fails.append(f'{name}: stitched article at page/line {key}: {got.get(key)} != expected {want.get(key)}')
    texts = {keys[os.path.basename(f)[:-4]]: re.split(r'\r\n|\r|\n', open(f, 'rb').read().decode('utf-8-sig'))
             for f in files}
    fails += [f'{name}: {x}' for x in provenance_faults(issue, texts)]
    # 5. newsparse --issue writes the same issue (json) and its top-level
    #    nodes a line each (jsonl)
    if run_json([args.cli, '--issue'] + files) != issue:
        fails.append(f'{name}: newsparse --issue differs from np_issue')
    out = subprocess.run([args.cli, '--issue', '-f', 'jsonl'] + files, check=True, capture_output=True).stdout
    if [json.loads(l) for l in out.decode('utf-8').splitlines()] != issue.get('children', []):
        fails.append(f'{name}: newsparse --issue -f jsonl is not the issue\'s top-level nodes')
    # 4. shuffled order: the same bytes
    in_order = subprocess.run([args.dump] + files, check=True, capture_output=True).stdout
    for seed in range(3):
        order = shuffled(files, numbers, seed)
        if subprocess.run([args.dump] + order, check=True, capture_output=True).stdout != in_order:
            fails.append(f'{name}: shuffled order {[os.path.basename(f) for f in order]} gives another issue')
    return fails


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--dump', required=True)
    ap.add_argument('--npscore', required=True)
    ap.add_argument('--report', action='store_true')
    ap.add_argument('dir')
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location('npscore', args.npscore)
    npscore = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(npscore)
    floors = load_floors(os.path.join(args.dir, 'floors.txt'))
    issues = sorted(d for d in glob.glob(os.path.join(args.dir, 'i[0-9]*')) if os.path.exists(os.path.join(d, 'DONE')))
    if not issues:
        print('no finished issue folder (iNN/DONE) in', args.dir)
        return 1
    fails = []
    for d in issues:
        fails += check_issue(d, args, npscore, floors)
    for f in fails:
        print('FAIL:', f)
    print(f'{len(issues)} issues, {len(fails)} failures')
    return 0 if args.report or not fails else 1


if __name__ == '__main__':
    sys.exit(main())
