# build r297-r298 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_text, src_lines, cutter

SS = '\u3000\u3000'

lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r297 九江日报 (reprint of 2023-12-26) (BOM, CRLF, final CRLF)
def r297():
    ls = lines('r297_jjrb_20231226_jiujianggushi')
    assert ls[0] == '• 我的订阅' and ls[1] == '• 情感'          # web furniture: left out
    assert ls[2] == '“九江故事”踏石留痕'                        # web title (repeats the headline)
    assert ls[3].startswith('类别:情感 发布时间:2023-12-26')     # web meta: left out
    assert ls[4] == '本文转自:九江日报'
    k, h, b = ls[5], ls[6], ls[7]
    assert k == '脚步如笔山河如画' and h == '“九江故事”踏石留痕' and b == '本报记者周慧超'
    body = ls[8:]
    assert len(body) == 7 and body[2] == '起诗词之韵'
    assert body[-1].endswith('也体会到了陶渊')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    p.furn(['九江日报', '2023年12月26日 星期二'], adjacent=True, run='九江日报 2023年12月26日 星期二')
    p.furn(['03', '综合新闻'], adjacent=True, run='03 综合新闻')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'], adjacent=True, trail='  ')
    p.byline(b, ['周慧超'])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '在庐山西海的碧波万顷上赏一幅“鱼龙潜跃水成文”的生态美卷,'),
               fills={0: '\u3000'}, indent=SS)
    p.head([body[2]], trail=' ')
    p.para(body[3], indent=SS)
    p.para_cut(cut(body[4], '桥上车辆川流不息,'), fills={0: '\t'}, indent=SS)
    p.para(body[5], indent=SS)
    p.para(body[6], indent=SS)
    p.jump('（下转第2版）')
    p.write(os.path.join(D, 'r297'))


# ---------------- r298 宜宾日报 2019-05-17 (essay) (LF, no final newline)
def r298():
    ls = lines('r298_ybrb_20190517_meiliyibin')
    h = ls[0]
    assert h == '魅力宜宾 你是我最美的期待'
    assert ls[1] == '宜宾日报 2019-05-17 01:01 大字'             # web meta: left out
    b = ls[2]
    assert b == '□金永鑫'
    body = ls[3:]
    assert len(body) == 3 and body[-1].endswith('北宋大诗人、书法家黄庭')
    p = Page(fillers=('', '\t', '', ' '), eol='\n', final_eol=False)
    p.furn(['宜宾日报'])
    p.furn(['2019年5月17日  星期五', '08  副刊'], adjacent=True, run='2019年5月17日 星期五 08 副刊')
    p.article()
    p.title('headline', h, trail='   ')
    p.byline('金永鑫', ['金永鑫'], printed=b)
    p.para_cut(cut(body[0], '爱上一座城,不仅因为城中住着某个喜欢的人,'), fills={0: '\t'})
    p.para_cut(cut(body[1], '俯瞰三江,你可以真切的感受到三江汇流、三山环抱的磅礴气势,'), fills={0: SS})
    p.para(body[2], trail=' ')
    p.jump('（下转第7版）')
    p.write(os.path.join(D, 'r298'))


for f in (r297, r298):
    f()
