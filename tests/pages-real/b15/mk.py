# small page builder for b15: lines + labels + expected tree
import json
class Page:
    def __init__(s, name, eol='\n', bom=False, final=True):
        s.name, s.eol, s.bom, s.final = name, eol, bom, final
        s.lines, s.labels, s.children, s.cur = [], [], [], None
        s.furn = []  # (lineno, text)
    def _add(s, text, label):
        s.lines.append(text); n = len(s.lines)
        if label: s.labels.append((n, label))
        return n
    def blank(s, fill=''): s._add(fill, None)
    def figblank(s, fills=('', '', '')):
        for f in fills: s.blank(f)
    def N(s, text, label='N'):
        n = s._add(text, label); s.furn.append((n, text.strip())); return n
    def J(s, text): return s.N(text, 'J')
    def article(s):
        s.cur = {'type': 'article', 'children': []}; s.children.append(s.cur); return s.cur
    def node(s, typ, text, label, raw=None, **kw):
        n = s._add(raw if raw is not None else text, label)
        d = {'type': typ, 'line': n, 'text': text.strip()}; d.update(kw)
        s.cur['children'].append(d); return d
    def K(s, text, raw=None, accept=None):
        return s.node('kicker', text, 'K' if not accept else '|'.join(x[0].upper() if x!='subheadline' else 'S' for x in accept), raw, **({'accept': accept} if accept else {}))
    def H(s, text, raw=None, accept=None):
        lab = 'H' if not accept else '|'.join({'kicker':'K','headline':'H','subheadline':'S'}[x] for x in accept)
        return s.node('headline', text, lab, raw, **({'accept': accept} if accept else {}))
    def S(s, text, raw=None, accept=None):
        lab = 'S' if not accept else '|'.join({'kicker':'K','headline':'H','subheadline':'S'}[x] for x in accept)
        return s.node('subheadline', text, lab, raw, **({'accept': accept} if accept else {}))
    def B(s, raw, text, authors, label='B'):
        d = s.node('byline', text, label, raw)
        d['children'] = [{'type': 'author', 'text': a} for a in authors]; return d
    def X(s, text, raw=None): return s.node('section_head', text, 'X', raw)
    def Xplus(s, head, text):
        s._add(text, 'X+'); head['text'] = head['text'] + ' ' + text.strip()
    def P(s, raw, label='P'):
        return s.node('paragraph', raw.strip(), label, raw)
    def C(s, para, raw, label='C'):
        s._add(raw, label); para['text'] += raw.strip()
    def tailbyline(s, para, text, authors):
        # byline glued at the end of a paragraph line (P+B / C+B)
        d = {'type': 'byline', 'line': s._lastline_of(para), 'text': text,
             'children': [{'type': 'author', 'text': a} for a in authors]}
        s.cur['children'].append(d); return d
    def _lastline_of(s, para): return len(s.lines)
    def F(s, caption, credit=None, kind=None, source=None, raw=None, where=None):
        n = s._add(raw if raw is not None else caption + ((' ' + credit) if credit else ''),
                   'F/caption/credit' if credit else 'F')
        fig = {'type': 'figure', 'line': n, 'children': [{'type': 'caption', 'line': n, 'text': caption}]}
        if credit:
            fig['children'].append({'type': 'credit', 'line': n, 'text': credit, 'kind': kind, 'source': source})
        (where if where is not None else s.cur['children']).append(fig); return fig
    def CR(s, raw, text, kind, source):
        n = s._add(raw, 'CR')
        d = {'type': 'credit', 'line': n, 'text': text, 'kind': kind, 'source': source}
        s.cur['children'].append(d); return d
    def write(s):
        for a in s.children:
            if a['type'] == 'article':
                a['line'] = min(c['line'] for c in a['children'])
        ign, run, last = [], [], None
        for n, t in s.furn:
            ign.append(t)
            between = s.lines[last:n-1] if last else []
            if last and all(x.strip(' \t\u3000\u00a0') == '' for x in between): run.append(t)
            else:
                if len(run) > 1: ign.append(' '.join(run))
                run = [t]
            last = n
        if len(run) > 1: ign.append(' '.join(run))
        ign = list(dict.fromkeys(ign))
        doc = {'type': 'document', 'ignore': ign, 'children': s.children}
        txt = s.eol.join(s.lines) + (s.eol if s.final else '')
        with open(s.name + '.txt', 'wb') as f:
            f.write((b'\xef\xbb\xbf' if s.bom else b'') + txt.encode('utf-8'))
        with open(s.name + '.labels', 'w') as f:
            for n, l in sorted(s.labels): f.write(f'{n} {l}\n')
        with open(s.name + '.json', 'w') as f:
            json.dump(doc, f, ensure_ascii=False, indent=1); f.write('\n')
