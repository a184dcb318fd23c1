# pagekit: lay out a page of real text and write NAME.txt / .labels / .json
import json, re

def _asc(c):
    return c.isascii() and c.isalnum()

def reflow(frags):
    out = ''
    for f in frags:
        f = f.strip()
        if out and _asc(out[-1]) and f and _asc(f[0]):
            out += ' '
        out += f
    return out

class Page:
    def __init__(self, fillers=('',), eol='\n', bom=False, final_eol=True):
        self.lines = []          # (text, label) ; label None = blank line
        self.fillers = list(fillers)
        self.fi = 0
        self.eol, self.bom, self.final_eol = eol, bom, final_eol
        self.doc = []            # document children
        self.ignore = []
        self.art = None
        self.started = False     # a block has been printed

    # ---- low level
    def _blank(self, n=1, fill=None):
        for _ in range(n):
            if fill is None:
                f = self.fillers[self.fi % len(self.fillers)]
                self.fi += 1
            else:
                f = fill
            self.lines.append((f, None))

    def _line(self, text, label):
        self.lines.append((text, label))
        return len(self.lines)

    def _sep(self, n=1, fill=None):
        if self.started:
            self._blank(n, fill)
        self.started = True

    # ---- furniture
    def furn(self, texts, run=None, adjacent=False, label='N', fill=None):
        """texts printed as furniture; blocks separated by blank lines unless adjacent."""
        for i, t in enumerate(texts):
            if adjacent and i > 0:
                pass
            else:
                self._sep(1, fill)
            self._line(t, label)
            self.ignore.append(t.strip())
        if run:
            self.ignore.append(run)

    def jump(self, text):
        self._sep()
        self._line(text, 'J')
        self.ignore.append(text.strip())

    # ---- articles
    def article(self, doc_level=False):
        self.art = {'type': 'article', 'children': []}
        self.doc.append(self.art)
        return self.art

    def _add(self, node):
        ch = self.art['children']
        if 'line' not in self.art:
            self.art['line'] = node['line']
        ch.append(node)

    def title(self, role, text, accept=None, trail='', adjacent=False, label=None):
        if not adjacent:
            self._sep()
        lab = label or {'kicker': 'K', 'headline': 'H', 'subheadline': 'S'}[role]
        if accept and not label:
            m = {'kicker': 'K', 'headline': 'H', 'subheadline': 'S'}
            lab = '|'.join(m[a] for a in accept)
        n = self._line(text + trail, lab)
        node = {'type': role, 'line': n, 'text': text.strip()}
        if accept:
            node['accept'] = accept
        self._add(node)

    def byline(self, text, authors, printed=None, trail=''):
        self._sep()
        n = self._line((printed or text) + trail, 'B')
        self._add({'type': 'byline', 'line': n, 'text': text,
                   'children': [{'type': 'author', 'text': a} for a in authors]})

    def para(self, text, indent='', trail='', label='P', byline=None):
        """byline=(printed_bracket, text, authors) glued after the paragraph (P+B)."""
        self._sep()
        printed = indent + text + (byline[0] if byline else '') + trail
        n = self._line(printed, 'P+B' if byline else label)
        self._add({'type': 'paragraph', 'line': n, 'text': text.strip()})
        if byline:
            self._add({'type': 'byline', 'line': n, 'text': byline[1],
                       'children': [{'type': 'author', 'text': a} for a in byline[2]]})

    def para_cut(self, frags, between=None, fills=None, trails=None, indent=''):
        """frags printed as separate blocks; between[i] = list of figure specs printed
        after frags[i]; fills[i] = filler of the blank line after frags[i]."""
        between = between or {}
        fills = fills or {}
        trails = trails or {}
        first = None
        figs = []
        for i, f in enumerate(frags):
            if i == 0:
                self._sep()
            else:
                if i - 1 in between:
                    self._blank(1)          # blank after last figure
                else:
                    self._blank(1, fills.get(i - 1))
            n = self._line((indent if i == 0 else '') + f + trails.get(i, ''), 'P' if i == 0 else 'C')
            if first is None:
                first = n
            if i in between:
                for spec in between[i]:
                    figs.append(self._figure_lines(*spec))
        self._add({'type': 'paragraph', 'line': first, 'text': reflow(frags)})
        for fg in figs:
            self._add(fg)

    def head(self, lines, trail='', marks=False):
        if isinstance(lines, str):
            lines = [lines]
        self._sep()
        first = None
        for i, l in enumerate(lines):
            pr = ('**' + l + '**') if marks else l
            n = self._line(pr + (trail if i == len(lines) - 1 else ''), 'X' if i == 0 else 'X+')
            first = first or n
        self._add({'type': 'section_head', 'line': first, 'text': ' '.join(l.strip() for l in lines)})

    def _credit_node(self, line, c):
        text, kind, source = c
        return {'type': 'credit', 'line': line, 'text': text, 'kind': kind, 'source': source}

    def _figure_lines(self, caption, credit=None, mode='next', sep=' ', first_fill=None):
        """print a figure (3 blank lines before); return the node."""
        if self.started:
            self._blank(1, first_fill)
            self._blank(2)
        self.started = True
        node = {'type': 'figure', 'children': []}
        if credit is None:
            n = self._line(caption, 'F')
            node['line'] = n
            node['children'].append({'type': 'caption', 'line': n, 'text': caption})
            return node
        ctext = credit[0]
        if mode == 'same':
            n = self._line(caption + sep + ctext, 'F/%s/%s' % (caption, ctext))
            node['line'] = n
            node['children'] += [{'type': 'caption', 'line': n, 'text': caption}, self._credit_node(n, credit)]
        else:
            n = self._line(caption, 'F')
            node['line'] = n
            node['children'].append({'type': 'caption', 'line': n, 'text': caption})
            if mode == 'blank':
                self._blank(1)
            pr = credit[3] if len(credit) > 3 else ctext
            m = self._line(pr, 'FC')
            node['children'].append(self._credit_node(m, credit[:3]))
        return node

    def figure(self, caption, credit=None, mode='next', sep=' ', doc_level=False, first_fill=None):
        node = self._figure_lines(caption, credit, mode, sep, first_fill)
        if doc_level or self.art is None:
            self.doc.append(node)
        else:
            self._add(node)

    def credit(self, printed, text, kind, source):
        self._sep()
        n = self._line(printed, 'CR')
        self._add({'type': 'credit', 'line': n, 'text': text, 'kind': kind, 'source': source})

    # ---- output
    def write(self, path):
        body = self.eol.join(t for t, _ in self.lines)
        if self.final_eol:
            body += self.eol
        data = body.encode('utf-8')
        if self.bom:
            data = b'\xef\xbb\xbf' + data
        open(path + '.txt', 'wb').write(data)
        with open(path + '.labels', 'w', encoding='utf-8') as f:
            for i, (t, lab) in enumerate(self.lines, 1):
                if lab is not None:
                    f.write('%d %s\n' % (i, lab))
        doc = {'type': 'document', 'ignore': self.ignore, 'children': self.doc}
        with open(path + '.json', 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write('\n')
