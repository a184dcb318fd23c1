# build r357 from the verbatim copy in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block printed here
# is cut out of them and checked with asserts.
import os, re, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_text, src_lines, cutter, split_at_spaces

SS = '\u3000\u3000'

src = partial(src_text, D)
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r357 深圳商报 2021-01-18 (copy on 深圳文明网, gdsz.wenming.cn) (UTF-8 BOM, CRLF, final CRLF)
def r357():
    ls = lines('r357_szsb_shenzhengushi')
    assert len(ls) == 17
    assert ls[0] == '>首页 > 文明风尚 > 文明创建'              # web furniture: left out
    h = ls[1]
    assert h == '我在深圳的难忘故事'
    assert ls[2] == '发布时间:2021-01-18 来源:深圳商报'       # web furniture: left out
    caps = ls[3:12]
    assert caps[0] == '张玮玮在“致先行者”融媒体党课上演讲。' and caps[-1] == '范宏韬(右)在虎门大桥直播现场。'
    assert caps[5] == '舒桂林' and caps[7] == '刘悠扬'           # portraits: the caption is the name
    lead = split_at_spaces(ls[12], ['推进者。 '])
    assert lead[0].startswith('今年是《深圳商报》复刊30周年。') and lead[1].endswith('新闻背后的故事。')
    h2 = ls[13]
    assert h2 == '一堂新颖的党课 一次心灵的洗礼'
    assert ls[14] == '深圳商报记者 张玮玮'
    b1, b2 = ls[15], ls[16]
    assert b1.startswith('进入深圳商报的第三个年头') and b1.endswith('扎根和平县倾力扶贫的故事。')
    assert b2.endswith('人不应为年华老去而')                   # the store stops mid-sentence: closed by a jump line

    p = Page(fillers=('', '\u3000', '', ' '), eol='\r\n', bom=True)
    p.furn(['深圳商报', '2021年1月18日 星期一', 'A04 特别报道'], adjacent=True,
           run='深圳商报 2021年1月18日 星期一 A04 特别报道')
    p.article()
    p.title('headline', h, trail='  ')
    p.para(lead[0], indent=SS)
    p.para(lead[1], indent=SS, trail=' ')
    # the spread's photos: three after the lead, the rest after the first story's opening
    p.figure(caps[0])
    p.figure(caps[1])
    p.figure(caps[2], first_fill='\t')
    p.article()
    p.title('headline', h2, trail=' ')
    p.byline('张玮玮', ['张玮玮'], printed='深圳商报记者  张玮玮')
    fr = cut(b1, '以纪实视频、记者撰稿+现场讲述、多媒体展示等方式,')
    p.para_cut(fr, between={0: [(c,) for c in caps[3:]]}, indent=SS)
    p.para(b2, indent=SS)
    p.jump('（下转A05版）')
    p.write(os.path.join(D, 'r357'))


for f in (r357,):
    f()
