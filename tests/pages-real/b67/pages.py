# build r327 from the verbatim copy in src/ (see r327.sources.md)
# src/*.txt are the stored copies (one row of an SQL dump in the code index) as the store gives them;
# every block printed here is cut out of them and checked with asserts.
import os, re, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_text, cutter

SS = '\u3000\u3000'
src = partial(src_text, D)
cut = cutter('，,')


# ---------------- r327 长江商报 2018-12 (CMS row of an SQL dump, code index id 13446414406) (BOM, CRLF, no final newline)
def r327():
    s = src('r327_cjsb_jianshui')
    m = re.match(r"INSERT INTO `news` VALUES \('6', '15', '(.*?)', '", s)
    h = m.group(1)
    assert h == '中央经济工作会议指出：实施更大规模的减税降费 专家认为极大利好股市'
    ps = re.findall(r'<p style=\\"[^"]*?\\">(.*?)</p>', s)
    assert len(ps) == 15, len(ps)
    assert ps[0] == '长江商报记者邹平<br/>'
    byl = ps[0][:-len('<br/>')]
    body = [x[len(SS):] if x.startswith(SS) else x for x in ps[1:]]
    for x in ps[1:]:
        assert x.startswith(SS), x[:10]

    def strong(x):
        m = re.fullmatch(r'<strong style=\\"margin: 0px; padding: 0px;\\">(.*?)</strong>', x)
        return m.group(1) if m else None
    h1 = strong(body[3])
    assert h1 == '&nbsp;A股长期投资价值逐渐显现'
    h1 = h1[len('&nbsp;'):]                       # the entity is a space before the head: not head text
    h2 = strong(body[7])
    assert h2 == '结构性行情和主题性行情将主导明年市场'
    assert '<a ' in body[9]                       # stock links inside: left out (see NOTES, Calls)
    assert '&gt;' in body[11]                     # HTML entities inside: left out
    for i in (0, 1, 2, 4, 5, 6, 8, 10, 12, 13):
        assert '<' not in body[i] and '&' not in body[i], i
    assert body[0] == '中央经济工作会议指出将实施更大规模的减税降费，业内分析认为极大利好股市，A股的长期投资价值逐渐显现。'
    assert body[13].endswith('成长板块将会受益。')

    p = Page(fillers=('', '\u3000', '', '\t', '\u3000\u3000'), eol='\r\n', bom=True, final_eol=False)
    p.furn(['A10', '长江商报', '财经'], adjacent=True, run='A10 长江商报 财经')
    p.article()
    p.title('headline', h, trail='  ')
    p.byline(byl, ['邹平'])
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '会议提出要加力提效并实施更大规模的减税降费，'), fills={0: '\u3000'}, indent=SS)
    p.head([h1], trail=' ')
    p.para_cut(cut(body[4], '通过降息降准来降低实体经济的融资成本也是一种选择，'), fills={0: '\t'}, indent=SS)
    p.para(body[5], indent=SS)
    p.para(body[6], indent=SS, trail=' ')
    p.head([h2])
    p.para(body[8], indent=SS)
    p.para(body[10], indent=SS)
    p.para(body[12], indent=SS)
    p.para_cut(cut(body[13], '新时代证券宏观团队认为，'), fills={0: ''}, indent=SS)
    p.furn(['责任编辑：刘 畅'])
    p.write(os.path.join(D, 'r327'))


if __name__ == '__main__':
    r327()
