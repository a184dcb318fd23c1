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


# ---- helpers shared by the batches' builders (bNN/pages.py); D is the batch folder
import os

# `from pagekit import *` gives what it gave before these helpers were added
__all__ = ['json', 're', 'reflow', 'Page']


def src_text(D, name):
    """the text of the verbatim copy D/src/NAME.txt"""
    return open(os.path.join(D, 'src', name + '.txt'), encoding='utf-8').read()


def src_lines(D, name):
    """the copy's non-blank lines, stripped (the copies indent with spaces)"""
    return [l.strip() for l in src_text(D, name).split('\n') if l.strip()]


def src_blocks(D, name):
    """the copy's blocks (separated by blank lines), stripped"""
    return [x.strip() for x in src_text(D, name).split('\n\n') if x.strip()]


def take_line(ls, text, once=False):
    """assert the copy's lines ls hold text (exactly once if once), return it"""
    if once:
        assert ls.count(text) == 1, text
    else:
        assert ls.count(text) >= 1, text
    return text


def take_caption(ps, i, cap, credit):
    """the md's caption block i and its credit block i+1 -> checked texts"""
    assert ps[i] == cap and ps[i + 1] == credit, (ps[i], ps[i + 1])
    return cap, credit


def cut_after(text, at, ends='，,', once=True, glued=False):
    """cut text right after `at` -> [head, tail], checking `at` is there (once) and ends in ends"""
    if once:
        assert text.count(at) == 1, at
    else:
        assert text.count(at) >= 1, at
    i = text.index(at) + len(at)
    if ends is not None:
        assert text[i - 1] in ends, at
    if glued:
        assert not text[i].isspace(), at       # reflow drops white space at a cut
    return [text[:i], text[i:]]


def cutter(ends='，,', once=True, glued=False):
    """make a batch's cut(text, at): cut_after with that batch's checks."""
    def cut(text, at, ends=ends):
        return cut_after(text, at, ends, once, glued)
    return cut


def cutter_many(cut):
    """make cuts(text, *ats): cut text after each of ats in turn with cut -> list of pieces."""
    def cuts(text, *ats):
        out = [text]
        for a in ats:
            last = out.pop()
            out += cut(last, a)
        return out
    return cuts


def split_at_spaces(text, marks):
    """split a block at the copy's own spaces after sentence ends (each mark ends in that space)"""
    out = [text]
    for m in marks:
        last = out.pop()
        assert last.count(m) == 1, m
        i = last.index(m)
        a, b = last[:i + len(m) - 1], last[i + len(m):]
        assert m.endswith(' ') and a + ' ' + b == last
        out += [a, b]
    return out


def find_block(ps, prefix, once=True):
    """index of the block of ps that starts with prefix (it must be the only one if once)"""
    hits = [i for i, x in enumerate(ps) if x.startswith(prefix)]
    if once:
        assert len(hits) == 1, prefix
    return hits[0]


def unbold(t, strict=False):
    """`**text**` -> text (strict: the marks must be there; else other text is kept as is)"""
    if strict:
        assert t.startswith('**') and t.endswith('**'), t
        return t[2:-2]
    return t[2:-2] if t.startswith('**') and t.endswith('**') else t


def strip_tag(head, tag):
    """a head ending in `（tag）` -> the head without it"""
    assert head.endswith('（' + tag + '）'), head
    return head[:-len(tag) - 2]


def photo_credit(text, who):
    """a photographer's credit (text, kind, source)"""
    return (text, 'photographer', who)


def provided_credit(text, who):
    """a provided-by credit (text, kind, source)"""
    return (text, 'provided', who)


def same_line_figure(caption_line, kind, source, sep):
    """an md caption line holding caption + sep + credit -> figure spec (same line)"""
    cap, cr = caption_line.split(sep)
    return (cap, (cr, kind, source), 'same', sep)


def figure_from_spec(p, spec):
    """print a figure spec (caption, credit, mode, sep, first_fill; missing = default) on p"""
    spec = list(spec) + [None] * (5 - len(spec))
    c, cr, mode, sep, ff = spec
    p.figure(c, cr, mode or 'next', sep or ' ', False, ff)


def glued_figure(p, caption, printed, credit):
    """a figure whose credit (text, kind, source) is printed glued to its caption on one line"""
    p._blank(1)
    p._blank(2)
    n = p._line(caption + printed, 'F/%s/%s' % (caption, credit[0]))
    p._add({'type': 'figure', 'line': n, 'children': [
        {'type': 'caption', 'line': n, 'text': caption},
        {'type': 'credit', 'line': n, 'text': credit[0], 'kind': credit[1], 'source': credit[2]}]})


def md_parts(D, name):
    """an md copy -> (kicker, headline, subheadline, series, byline, body blocks); absent = None"""
    bs = src_blocks(D, name)
    kick = sub = series = None
    if bs[0].startswith('### '):
        kick = bs.pop(0)[4:]
    assert bs[0].startswith('# ')
    head = bs.pop(0)[2:]
    if '\n> 系列：' in head:
        head, series = head.split('\n> 系列：')
    if bs[0].startswith('## '):
        sub = bs.pop(0)[3:]
    assert bs[0].startswith('> ')
    byl = bs.pop(0)[2:].split('《人民日报》')[0] or None
    return kick, head, sub, series, byl, bs


def drop_caption_mark(p, mark):
    """captions printed after a pointer mark (▲, ▼): the mark is no caption text (b54 r262's call)"""
    def walk(nodes):
        for node in nodes:
            if node['type'] == 'caption' and node['text'].startswith(mark):
                node['text'] = node['text'][len(mark):]
                t, lab = p.lines[node['line'] - 1]
                if lab.startswith('F/' + mark):
                    p.lines[node['line'] - 1] = (t, 'F/' + lab[2 + len(mark):])
            walk(node.get('children', []))
    walk(p.doc)


def cms_rows(D, name, breaks_inside=False):
    """rows of the CMS SQL dump in D/src/NAME.txt (code index file 69652846380) ->
    {id: (title, [paragraph texts as its <p> elements give them], source field)}; the dump escapes
    line ends as `\\n`: one before a </p> is white space, one inside a paragraph only where
    breaks_inside says the row has one"""
    out = {}
    for line in src_text(D, name).split('\n'):
        if not line.strip():
            continue
        m = re.match(r"INSERT INTO \{\$table_header\}content_1 VALUES \((\d+),'([^']*)','','','','','','(.*)','','([^']*)','',NULL,", line)
        assert m, line[:80]
        rid, title, content, src = int(m.group(1)), m.group(2), m.group(3), m.group(4)
        ps = []
        for p in re.findall(r'<p>(.*?)</p>', content):
            raw = p
            p = p.replace('\\n', '\n').strip('\n\t ')
            assert breaks_inside or '\n' not in p, raw[:20]
            assert p.startswith('\u3000\u3000'), raw[:20]
            ps.append(p[2:].strip())      # U+3000 x2 indent, trailing space of the web copy
        out[rid] = (title, ps, src)
    return out


WISERS_HIT = re.compile(r'<font class="highlight">(.*?)</font>')


def wisers(D, name):
    """a WiseNews (慧科) HTML export in D/src/NAME.txt -> (index line, title, body paragraphs). The
    export marks search hits with <font class="highlight">; those tags go, and the result is written
    as D/src/NAME_untagged.txt so that check.py finds the paragraphs byte for byte. Paragraphs are
    the <p> blocks, stripped; the export's disclaimer and link lines are left out."""
    u = WISERS_HIT.sub(r'\1', src_text(D, name))
    assert 'highlight' not in u
    if not name.endswith('_untagged'):
        open(os.path.join(D, 'src', name + '_untagged.txt'), 'w', encoding='utf-8').write(u)
    idx = re.findall(r'<nowrap>(.*?)</nowrap>', u, re.S)
    tit = re.findall(r'<font size="5"><b>(.*?)</b></font>', u)
    assert len(idx) == 1 and len(tit) == 1
    body = u[u.index('<td>\n<p>') + len('<td>\n'):]
    body = body[:body.index('</td>')]
    ps = [x.strip() for x in re.split(r'</?p>', body) if x.strip()]
    if ps[-1] == '<br><br>':
        ps = ps[:-1]
    if ps[-1].startswith('免责声明：慧科'):
        assert ps[-2].startswith('原文连接：<a href=')
        ps = ps[:-2]
    ps = [p.split('\n<br><br>')[0] for p in ps]
    for p in ps:
        assert '<' not in p, p
    return idx[0], tit[0], ps


def glued_head(p, head, sep=''):
    """a section head an export glued before its paragraph (with sep between) -> (head, paragraph)"""
    assert p.startswith(head + sep) and len(p) > len(head + sep), p[:30]
    return head, p[len(head + sep):]
