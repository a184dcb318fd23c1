# build r347-r349 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter, photo_credit as pho, glued_figure

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r347 漯河晚报 2017-10-20 第06版 本地街区 (e-paper wb.lhrb.com.cn) (LF, final LF)
def r347():
    ls = lines('r347_lhwb_hongfeng')
    assert ls[0] == '第06版:本地街区' and ls[3] == '2017年10月20日 星期'     # the copy's head (weekday cut off)
    h = take_line(ls, '红叶尽染 “枫”情万种', once=True)
    b1 = take_line(ls, '□文/图 本报记者 杨 光', once=True)
    b2 = take_line(ls, '王麓棣', once=True)
    i = ls.index(b2) + 1
    body = ls[i:i + 5]
    assert body[0].startswith('10月19日,久违的晴天') and body[4].endswith('与枫叶来一场心灵的约会吧。')
    assert ls[i + 5] == '上一篇  下一篇'
    p = Page(fillers=('', '\u3000', '', ' '), eol='\n')
    p.furn(['漯河晚报', '2017年10月20日 星期五'], adjacent=True, run='漯河晚报 2017年10月20日 星期五')
    p.furn(['06', '本地街区'], adjacent=True, run='06 本地街区')
    p.article()
    p.title('headline', h, trail=' ')
    p.byline('文/图 本报记者 杨 光 王麓棣', ['杨光', '王麓棣'], printed=b1 + '\u3000' + b2)
    p.para_cut(cut(body[0], '满树枫叶在蓝天下高歌,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[1], indent=SS)
    p.para(body[2], indent=SS, trail='  ')
    p.para(body[3], indent=SS)
    p.para(body[4], indent=SS)
    p.write(os.path.join(D, 'r347'))


# ---------------- r348 许昌报业传媒集团 photo news 2020-05-20 (许昌网 21xc.com) (BOM, CRLF, no final newline)
def r348():
    ls = lines('r348_xc_laodongzhe')
    h = take_line(ls, '阳光下的劳动者', once=True)
    assert ls[1] == '2020-05-20 11:11:21 来源: 许昌报业传媒集团 作者:'     # web furniture: left out
    a, b = ls[2], ls[3]
    assert a.startswith('占地3300亩的中央公园') and a.endswith('美景如画。')
    cr = '记者 牛志勇  摄'
    assert b.endswith('。' + cr)
    cap = b[:-len(cr)]
    assert ls[4:] == ['附件:', 'Loading..']                             # web furniture: left out
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\r\n', bom=True, final_eol=False)
    p.furn(['2020年5月20日 星期三'])
    p.furn(['城事'])
    p.article()
    p.title('headline', h)
    p.para(a, indent=SS)
    glued_figure(p, cap, cr, pho(cr, '牛志勇'))
    p.write(os.path.join(D, 'r348'))


# ---------------- r349 上海法治报 2018-12-28 (e-paper shfzb.com.cn, content_150503_703705) (lone CR, final CR)
def r349():
    ls = lines('r349_shfzb_sheying')
    caps = ls[0:8]
    assert caps[0].startswith('11月5日首届中国国际进口博览会') and caps[7].startswith('12月15日⑤')
    body = ls[8:11]
    assert body[0].startswith('自从爱上摄影') and body[2].endswith('很值得。')
    assert ls[11] == '文:王湧' and ls[12] == '图:王湧 汪昊 胡蝶飞'
    assert ls[13].startswith('SourcePh')                                # HTML debris: left out
    p = Page(fillers=('', '\u3000', ' ', ''), eol='\r')
    p.furn(['上海法治报', '2018年12月28日 星期五'], adjacent=True, run='上海法治报 2018年12月28日 星期五')
    for c in caps:
        p.figure(c, doc_level=True)
    p.article()
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '整理过去一年拍的照片,'), fills={0: ''}, indent=SS)
    p.para(body[2], indent=SS)
    p.byline('文:王湧', ['王湧'], printed=ls[11])
    p.credit(ls[12], '图:王湧 汪昊 胡蝶飞', 'photographer', '王湧、汪昊、胡蝶飞')
    p.write(os.path.join(D, 'r349'))


for f in (r347, r348, r349):
    f()
