# build r322-r323 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block printed
# here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_text, src_lines, take_line, cutter

SS = '\u3000\u3000'
src = partial(src_text, D)
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r322 拂晓报 2024-09-29 (86th anniversary page, copy on 拂晓新闻网 zgfxnews.com) (CRLF, final CRLF)
def r322():
    ls = lines('r322_fxb_86zai')
    assert len(ls) == 9
    h1 = take_line(ls, '八十六载拂晓路 不忘初心向未来', once=True)
    a = ls[1:5]
    assert a[0].startswith('86年前的今天,') and a[3].endswith('在媒体融合发展的大潮中阔步前行。')
    h2 = take_line(ls, '有一种自豪,叫“我是拂晓报人”', once=True)
    assert ls[5] == h2 and ls[6] == '■刘金明'
    b = ls[7:9]
    assert b[0].startswith('岁月如梭,') and b[1].endswith('让我在工作中不断汲取信念与力')   # the store stops mid-word
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n')
    p.furn(['拂晓报', '2024年9月29日  星期日', '第04版：特别报道'], adjacent=True,
           run='拂晓报 2024年9月29日 星期日 第04版：特别报道')
    p.article()
    p.title('headline', h1, trail=' ')
    p.para(a[0], indent=SS)
    p.para_cut(cut(a[1], '从一张单一的报纸到多种形态传播体系……时空的变化不断刷新着《拂晓报》的发展成就,'),
               fills={0: '\u3000'}, indent=SS)
    p.para(a[2], indent=SS)
    p.para(a[3], indent=SS, trail='  ')
    p.article()
    p.title('headline', h2)
    p.byline('刘金明', ['刘金明'], printed=ls[6])
    p.para(b[0], indent=SS)
    p.para_cut(cut(b[1], '当需要激励时,我得到了激励……不仅如此,'), indent=SS)
    p.jump('（下转第05版）')
    p.furn(['责任编辑：王 璐'])
    p.write(os.path.join(D, 'r322'))


# ---------------- r323 达州日报 (two items of different years: 2011-05-25 on 达州传媒网 via tianqi.cncn.com,
# 2008-11-08 on dzrbs.com) (UTF-8 BOM, LF, no final newline)
def r323():
    s = src('r323_dzrb_dianye')
    ls = lines('r323_dzrb_dianye')
    ht = take_line(ls, '达州电业局组织老同志参观考察北川灾后重建成果 (图)', once=True)
    h = ht[:-len(' (图)')]                                  # the web copy's picture mark: left out
    take_line(ls, '2011-05-25 来源:达州传媒网', once=True)     # web furniture: left out
    body = [x for x in ls if x.startswith('本报讯近日,')]
    assert len(body) == 1
    body = body[0]
    assert body.count('   ') == 2
    ps = body.split('   ')
    assert '   '.join(ps) == body and len(ps) == 3
    assert ps[2].endswith('给北川灾区带去了光明。')
    sig = take_line(ls, '(本报通讯员张艇舰)', once=True)
    assert '\n\n  (本报通讯员张艇舰)\n' in s
    m = lines('r323_dzrb_jizhejie')
    assert len(m) == 3 and m[2] == '(谢达成)'
    assert m[0].startswith('本报讯 11月6日,') and m[1].endswith('进行了表彰。')

    p = Page(fillers=('', ' ', '', '\u3000'), eol='\n', bom=True, final_eol=False)
    p.furn(['达州日报  2011年5月25日  星期三'])
    p.furn(['第3版 综合新闻'])
    p.article()
    p.title('headline', h)
    p.para(ps[0], indent=SS)
    p.para_cut(cut(ps[1], '他们在曲山小学遇难者公墓前,'), fills={0: ' '}, indent=SS)
    p.para(ps[2], indent=SS)
    p.byline('张艇舰', ['张艇舰'], printed=sig)
    p.article()
    p.para(m[0], indent=SS)
    p.para_cut(cut(m[1], '在“记者节”到来之际,'), indent=SS, trails={1: ' '})
    p.byline('谢达成', ['谢达成'], printed=m[2])
    p.furn(['本版编辑：冷苏红'])
    p.write(os.path.join(D, 'r323'))


if __name__ == '__main__':
    for f in (r322, r323):
        f()
