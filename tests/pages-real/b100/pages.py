# build r492 from the verbatim copy in src/ (see r492.sources.md)
# src/*.txt is the stored copy (search corpus `pages`) as the store gives it; every block
# printed here is cut out of it and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r492 中国黄金报 2024-03 (repost on licai.cofool.com, guide_view_2732446) (CRLF, final CRLF)
def r492():
    ls = lines('r492_zghjb_lianghui')
    assert len(ls) == 8
    h = take_line(ls, '澎湃黄金智慧建设黄金强国', once=True)
    assert ls[0] == h
    assert ls[1] == '发布时间:2024-3-1 11:32阅读:82'          # web furniture: left out
    body = ls[2:]
    assert body[0].startswith('春风浩荡,万象更新。') and '《中国黄金报》全国两会报道组' in body[0]
    assert body[0].endswith('最热辣滚烫的真知灼见。')
    assert body[1] == '近年来,按照推进中国式现代化对全面深化改革提出的新要求,我国黄金行业向着高质量发展目标不断迈进。'
    assert body[2].startswith('黄金矿业进一步实施新一轮找矿突破战略行动,') and body[2].endswith('公司第一名。')
    assert body[3].startswith('黄金珠宝行业不断推陈出新,') and body[3].endswith('用黄金饰品讲好中国故事。')
    assert body[4] == '黄金市场交易量稳步增长,黄金储备连续15个月保持增持趋势,中国成为全球黄金市场增长极重要的驱动引擎。'
    assert body[5].startswith('每年全国两会期间,') and body[5].endswith('国内国际双循环相互')   # the store stops here
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n')
    p.furn(['中国黄金报', '2024年3月1日 星期五'], adjacent=True, run='中国黄金报 2024年3月1日 星期五')
    p.furn(['01', '要闻'], adjacent=True, run='01 要闻')
    p.article()
    p.title('headline', h)
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '刷新了世界屋脊第一深钻纪录,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[3], indent=SS, trail=' ')
    p.para(body[4], indent=SS)
    p.para_cut(cut(body[5], '“黄金是央行后盾之后盾,'), fills={0: ''}, indent=SS)
    p.jump('（下转第二版）')
    p.write(os.path.join(D, 'r492'))


if __name__ == '__main__':
    r492()
