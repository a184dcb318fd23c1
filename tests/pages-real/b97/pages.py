# build r477-r479 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r477 老年日报 2024-07-25 (epaper.hljnews.cn/lnrb content_195484) (CRLF, final CRLF)
def r477():
    ls = lines('r477_lnrb_fenhui')
    assert len(ls) == 3
    h = take_line(ls, '中国报业协会老年报分会召开第五次全国理事代表大会暨第29届年会', once=True)
    assert ls[0] == h
    p1, p2 = ls[1], ls[2]
    assert p1.startswith('本报讯(记者 赵春明)23日,') and p1.endswith('大会选举产生中国报业协会老年报分会第五届理事会。')
    assert p2.startswith('党的十八大以来,') and p2.endswith('增进老年人福祉。')
    p = Page(fillers=('', '\u3000', '\t'), eol='\r\n')
    p.furn(['老年日报', '2024年7月25日 星期四'], adjacent=True, run='老年日报 2024年7月25日 星期四')
    p.furn(['02', '综合新闻'], adjacent=True, run='02 综合新闻')
    p.article()
    p.title('headline', h)
    p.para(p1, indent=SS)          # the dateline bracket stays in the paragraph
    p.para_cut(cut(p2, '新当选的第五届理事会会长徐怀好代表分会表态,'), fills={0: '\u3000'}, indent=SS)
    p.write(os.path.join(D, 'r477'))


# ---------------- r478 上海老年报 2026-01-04 (mzj.sh.gov.cn/lnb-hf 05e2a1b3...) (LF, no final newline)
def r478():
    ls = lines('r478_shlnb_jinbian')
    assert len(ls) == 8
    h = take_line(ls, '晚霞中的一朵金边红云', once=True)
    assert ls[0] == h and ls[1] == '2026-01-04' and ls[2] == '作者:沈嘉禄'   # web meta: date left out, author printed as byline
    body = ls[3:]
    assert body[0].startswith('三十多年前的某个迎春联欢活动上,') and body[0].endswith('这才知道上海有了这么一张报纸。')
    assert body[1].startswith('彼时,整座城市到处在圈地造楼,') and body[1].endswith('为主基调的报纸。')
    assert body[2].startswith('彼时,年届不惑的我') and body[2].endswith('是我还没做好为老年人写文章的准备。')
    assert body[3].startswith('时间过得真快,') and body[3].endswith('但愿读者能体会到我迟来的热情和歉疚。')
    assert body[4].startswith('关爱老人,') and body[4].endswith('推销伪劣商品的虚情假意。')
    p = Page(fillers=('', '\t', '\u3000\u3000', ' '), eol='\n', final_eol=False)
    p.furn(['上海老年报'])
    p.furn(['2026年1月4日 星期日'])
    p.furn(['副刊'])
    p.article()
    p.title('headline', h)
    p.byline('沈嘉禄', ['沈嘉禄'])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '记者们骑着满身是泥的“霸伏”,'), fills={0: '\t'}, indent=SS)
    p.para(body[2], indent=SS, trail=' ')
    p.para(body[3], indent=SS)
    p.para(body[4], indent=SS)
    p.write(os.path.join(D, 'r478'))


# ---------------- r479 老年生活报 2025-02-21 (epaper.qingdaonews.com/lnshb content_144541_1870808) (BOM, lone CR, final CR)
def r479():
    ls = lines('r479_lnshb_kailanyu')
    assert len(ls) == 5
    h = take_line(ls, '开栏语', once=True)
    assert ls[0] == h and ls[1] == '老年生活报 2025年02月21日'      # web meta: left out (page head printed instead)
    body = ls[2:]
    assert body[0].startswith('去年以来,习近平总书记') and body[0].endswith('提供了根本遵循。')
    assert body[1].startswith('银龄有为展风采,桑榆非晚霞满天。') and body[1].endswith('老骥伏枥建新功的精彩篇章。')
    assert body[2].startswith('时代需要楷模,榜样催生力量。') and body[2].endswith('作出新的更大贡献。')
    p = Page(fillers=('', '\u3000', '\t', '  '), eol='\r', bom=True)
    p.furn(['老年生活报', '2025年2月21日 星期五', '第3版', '岛城银辉先锋'], adjacent=True,
           run='老年生活报 2025年2月21日 星期五 第3版 岛城银辉先锋')
    p.article()
    p.title('headline', h, trail='\u3000')
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '完善平台载体,构建长效机制,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[2], indent=SS)
    p.write(os.path.join(D, 'r479'))


for f in (r477, r478, r479):
    f()
