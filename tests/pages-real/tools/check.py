# check.py BATCH_DIR: labels cover exactly the non-blank lines; every node sits on a
# labelled line whose text holds the node's text (or its first part); paragraph text
# is in BATCH_DIR/src/ (the verbatim copies the batch's pages.py lays out)
import json, os, re, sys, glob
D = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else '.')
src = ''.join(open(f, encoding='utf-8').read() for f in glob.glob(os.path.join(D, 'src', '*.txt')))
bad = 0
for name in sorted(os.path.basename(f)[:-7] for f in glob.glob(os.path.join(D, '*.labels'))):
    raw = open(os.path.join(D, name + '.txt'), 'rb').read().decode('utf-8')
    raw = raw.lstrip('\ufeff')
    lines = re.split(r'\r\n|\r|\n', raw)
    if lines and lines[-1] == '':
        lines = lines[:-1]
    labs = {}
    for l in open(os.path.join(D, name + '.labels'), encoding='utf-8'):
        n, lab = l.rstrip('\n').split(' ', 1)
        labs[int(n)] = lab
    nonblank = {i for i, t in enumerate(lines, 1) if t.strip()}
    if nonblank != set(labs):
        print(name, 'label mismatch', sorted(nonblank ^ set(labs))); bad += 1
    doc = json.load(open(os.path.join(D, name + '.json'), encoding='utf-8'))
    def walk(node):
        global bad
        if 'line' in node and node['type'] != 'article':
            ln = node['line']
            if ln not in labs:
                print(name, 'node on unlabelled line', ln, node['type']); bad += 1
            t = node.get('text', '')
            if t and t.split(' ')[0][:10] not in lines[ln - 1]:
                print(name, 'text not on line', ln, t[:20]); bad += 1
            if node['type'] == 'paragraph' and t not in src:
                print(name, 'paragraph not in src', ln, t[:30]); bad += 1
        for c in node.get('children', []):
            walk(c)
    walk(doc)
    print(name, len(lines), 'lines', len(labs), 'labels', len(doc['children']), 'top nodes')
print('OK' if not bad else 'BAD %d' % bad)
