import json, re, sys
ws = ' \t\u3000\u00a0'
for n in sys.argv[1:]:
    raw = open(n + '.txt', 'rb').read().decode('utf-8-sig')
    lines = re.split(r'\r\n|\r|\n', raw)
    if raw.endswith(('\n', '\r')): lines = lines[:-1]
    nonblank = {i + 1 for i, l in enumerate(lines) if l.strip(ws)}
    lab = {int(l.split()[0]) for l in open(n + '.labels')}
    assert lab == nonblank, (n, lab ^ nonblank)
    doc = json.load(open(n + '.json'))
    def walk(x):
        if 'line' in x: assert x['line'] in lab, (n, x)
        for c in x.get('children', []): walk(c)
    walk(doc)
    print(n, 'ok', len(lines), 'lines')
