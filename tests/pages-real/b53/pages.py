# build r257-r260 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, cutter, cutter_many

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')
cuts = cutter_many(cut)


# ---------------- r257 福州晚报 2017-11-08 (记者节: reporters' stories, the paper's WeChat copy) (BOM, CRLF, final CRLF)
def r257():
    ls = lines('r257_fzwb_jizhejie')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    assert ls[0] == '查看原文' and ls[1] == '其他'                      # web furniture: left out
    assert ls[2] == '在今天才会聊起,这些新闻背后的故事'                 # the WeChat post's title: left out
    assert ls[3] == '2017-11-08 福州晚报 福州晚报'
    i = ls.index('不为人知的密料。')                                    # the post's intro verses: left out
    h1, b1 = ls[i + 1], ls[i + 2]
    assert h1 == '吸毒女骗我帮她销毁证据,我差点相信了她' and b1 == '刘珺'
    body1 = ls[i + 3:i + 8]
    assert body1[0].startswith('那是多年前') and body1[-1].endswith('不再有任何同情。')
    h2, b2, f2 = ls[i + 8], ls[i + 9], ls[i + 10]
    assert h2 == '帮人找到失散的妹妹,我却和奖金擦肩而过' and b2 == '陈丹'
    assert f2 == '记者当久了,助人为乐都变得“信手拈来”、' and len(ls) == i + 11
    p.furn(['福州晚报', '2017年11月8日 星期三'], adjacent=True, run='福州晚报 2017年11月8日 星期三')
    p.furn(['记者节特别策划'])
    p.article()
    p.title('headline', h1, trail=' ')
    p.byline(b1, ['刘珺'])
    p.para(body1[0], indent=SS)
    p.para_cut(cut(body1[1], '几乎是全所出动捣毁了一个特大贩毒团伙,'), fills={0: '\u3000'}, indent=SS)
    p.para(body1[2], indent=SS)
    p.para_cut(cut(body1[3], '她很爱自己的孩子,'), fills={0: '\t'}, indent=SS)
    p.para(body1[4], indent=SS, trail='  ')
    p.article()
    p.title('headline', h2)
    p.byline(b2, ['陈丹'], trail='\u3000')
    p.para(f2, indent=SS)                           # the copy stops after 、
    p.jump('（下转A07版）')
    p.write(os.path.join(D, 'r257'))


# ---------------- r258 现代快报 2008-11-09 (记者节 special, the paper's e-paper article page) (LF, no final newline)
def r258():
    ls = lines('r258_xdkb_kuaibaojizhe')
    p = Page(fillers=('', '\u3000', ' '), eol='\n', final_eol=False)
    lead = ls[0:3]
    assert lead[2] == '我们有一个共同的名字——快报记者!'
    b1, b2, b3 = ls[3], ls[8], ls[11]
    assert b1 == '■快报时政新闻部记者 郑春平' and b2 == '■快报政法新闻部记者 卜言科' and b3 == '■快报社区新闻部记者 钟晓敏'
    a1, a2, a3 = ls[4:8], ls[9:11], ls[12:]
    assert len(a3) == 1 and a3[0].endswith('其间,我看')
    p.furn(['现代快报  2008年11月9日  星期日'])
    p.furn(['记者节特刊'])
    p.article()                                      # the copy gives no title over the lead
    p.para(lead[0], indent='  ')
    p.para(lead[1], indent='  ')
    p.para(lead[2], indent='  ', trail=' ')
    p.article()
    p.byline(b1[1:], ['郑春平'], printed=b1)
    p.para_cut(cut(a1[0], '一切都显得那么平和。回首2008年已经过去的日子,'), fills={0: '\u3000'}, indent='  ')
    p.para(a1[1], indent='  ')
    p.para(a1[2], indent='  ')
    p.para(a1[3], indent='  ')
    p.article()
    p.byline(b2[1:], ['卜言科'], printed=b2, trail='  ')
    p.para_cut(cuts(a2[0], '她找遍了各大医院,', '于是,'), fills={0: ' ', 1: ''}, indent='  ')
    p.para(a2[1], indent='  ')
    p.article()
    p.byline(b3[1:], ['钟晓敏'], printed=b3)
    p.para(a3[0], indent='  ')                       # the copy stops mid-phrase
    p.jump('（下转A31版）')
    p.write(os.path.join(D, 'r258'))


# ---------------- r259 江海晚报 2021-11-08 (记者节, 王虹蔚's 2011 蹲点 story; web copy) (lone CR, final CR)
def r259():
    ls = lines('r259_jhwb_bianjianzhan')
    p = Page(fillers=('', '\t', '', ' \t'), eol='\r')
    assert ls[0] == '腾讯内容开放平台'                               # web furniture: left out
    k, h, s = ls[1], ls[2], ls[3]
    assert k == '今天是记者节' and h == '我们打开“自拍”模式' and s == '讲述新闻背后的故事'
    lead = ls[4:7]
    assert lead[2].endswith('分享自己的所思所想要。')
    h2, b2 = ls[7], ls[8]
    assert h2 == '边检站蹲点手记' and b2 == '■ 王虹蔚'
    body = ls[9:]
    cap = body[1]
    assert cap == '我正在采访两位外勤人员。' and len(body) == 5 and body[-1].endswith('这条船却是小的了,')
    p.furn(['江海晚报'])
    p.furn(['2021年11月8日', '星期一'], adjacent=True, run='2021年11月8日 星期一')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'], adjacent=True, trail=' ')
    p.title('subheadline', s, adjacent=True)
    p.para(lead[0], indent=SS)
    p.para_cut(cut(lead[1], '有的是入职年仅一年的“萌新”。他们有情怀、有担当,'), fills={0: '\t'}, indent=SS)
    p.para(lead[2], indent=SS)
    p.article()
    p.title('headline', h2, trail='\t')
    p.byline('王虹蔚', ['王虹蔚'], printed=b2)
    p.para(body[0], indent=SS)
    p.figure(cap)                                    # caption only
    p.para(body[2], indent=SS)
    p.para_cut(cut(body[3], '坐上了3210检查艇,'), fills={0: ' \t'}, indent=SS)
    p.para_cut(cuts(body[4], '一艘万吨级巴拿马籍ELSBORG海轮正驶离那里作业。船上人员放下舷梯,'), fills={0: ''}, indent=SS)
    p.jump('（下转第7版）')
    p.write(os.path.join(D, 'r259'))


# ---------------- r260 半岛都市报 2023-07-04 (新都新“方” series, the paper's web copy via a portal) (CRLF, no final newline)
def r260():
    ls = lines('r260_bdds_xindu')
    p = Page(fillers=('', '\u00a0', '', '\u3000'), eol='\r\n', final_eol=False)
    t = ls[0]
    pre = '全球滚动:'                                   # the portal's prefix: left out
    assert t.startswith(pre)
    k, h = t[len(pre):].split('丨')
    assert k == '新都新“方”' and h == '半岛系列报道引发强烈反响:传播新都社区的好做法,就是正能量的事!'
    assert ls[1] == '2023-07-04 14:54:18 来源:大众报业·半岛新闻' and ls[2] == '打印 放大 缩小'   # web furniture
    b = ls[3]
    assert b == '文/图 半岛全媒体首席记者 李晓哲 刘笑笑 李伟志'
    lead = ls[4]
    assert ls[5] == '【资料图】'                       # the portal's picture mark, no caption: left out
    x = ls[6]
    assert x == '当上主角更要坚持下去'
    p1, cap, p2, p3 = ls[7:11]
    assert cap == '两位社区居民正在看本报新都社区的报道。' and len(ls) == 11 and p3.endswith('将一件件')
    p.furn(['半岛都市报', '2023年7月4日  星期二', 'A05', '城事'], adjacent=True,
           run='半岛都市报 2023年7月4日 星期二 A05 城事')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True, trail='  ')
    p.byline(b, ['李晓哲', '刘笑笑', '李伟志'])
    p.para_cut(cut(lead, '不仅很多网友在半岛全媒体各官方平台留言点赞,'), fills={0: '\u00a0'}, indent='    ')
    p.head([x], trail=' ')
    p.para_cut(cuts(p1, '看着《半岛都市报》上整版的报道,', '很多孩子的家长找到孙丽娜分享喜悦,'),
               between={1: [(cap,)]}, fills={0: '\u3000'}, indent='    ')
    p.para(p2, indent='    ')
    p.para(p3, indent='    ')                       # the copy stops mid-phrase
    p.jump('（下转A06版）')
    p.write(os.path.join(D, 'r260'))


for f in (r257, r258, r259, r260):
    f()
