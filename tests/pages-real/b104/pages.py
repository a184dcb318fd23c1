# build r512-r514 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) of three pages of 淇滨晚报 (鹤壁) on the
# paper's old e-paper site qbwb.hebiw.com, as the store gives them; every block printed here is cut
# out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')
KH, HS = ['kicker', 'headline'], ['headline', 'subheadline']


def glued(line, sep, who):
    """a paragraph line of the copy ending in sep + who -> (paragraph, printed tail)"""
    assert line.endswith(sep + who), line[-20:]
    return line[:-len(sep + who)], sep + who


# ---------------- r512 淇滨晚报 2007-06-19, four reader-hotline items (content_4783) (LF, final LF)
def r512():
    ls = lines('r512_qbwb_20070619_rexian')
    assert len(ls) == 15
    h1, s1 = ls[0], ls[1]
    assert (h1, s1) == ('货车禁行路段行车', '扰民!')
    p1, t1 = glued(ls[2], ' ', '记者 石艳艳')            # reporter glued after a space
    assert p1.startswith('6月18日,新区市委三号院徐先生来电反映:') and p1.endswith('尽快解决这一问题。')
    h2, s2 = ls[3], ls[4]
    assert (h2, s2) == ('钥匙丢在出租车上', '谁的?')
    p2 = ls[5]
    assert p2.startswith('6月18日,车牌号为豫FG0293') and p2.endswith('尽快与刘先生联系。')
    b2 = take_line(ls, '记者 石艳艳')
    assert ls[6] == b2
    h3, s3 = ls[7], ls[8]
    assert (h3, s3) == ('夜间行车不打近光灯', '危险!')
    p3, t3 = glued(ls[9], '', '见习记者 徐舒帆')          # reporter glued with no space
    assert p3.endswith('保护行人安全。')
    k4, h4, s4 = ls[10], ls[11], ls[12]
    assert (k4, h4, s4) == ('农贸市场', '腐烂水果满地扔', '真乱!')
    p4a, p4b = ls[13], ls[14]
    assert p4a.startswith('6月16日,新区的孙大娘反映:') and p4a.endswith('太不卫生了。')
    assert p4b.startswith('孙大娘说,') and p4b.endswith('不仅如此,不少市民也不')   # the store stops here
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['淇滨晚报', '2007年6月19日 星期二'], adjacent=True, run='淇滨晚报 2007年6月19日 星期二')
    p.article()
    p.title('kicker', h1, accept=KH)
    p.title('headline', s1, accept=HS, adjacent=True)
    p.para(p1, indent=SS, byline=(t1, '石艳艳', ['石艳艳']))
    p.article()
    p.title('kicker', h2, accept=KH)
    p.title('headline', s2, accept=HS, adjacent=True, trail=' ')
    p.para_cut(cut(p2, '6月18日早8时至9时,'), fills={0: '\u3000'}, indent=SS)
    p.byline(b2, ['石艳艳'])
    p.article()
    p.title('kicker', h3, accept=KH)
    p.title('headline', s3, accept=HS)
    p.para(p3, indent=SS, byline=(t3, '徐舒帆', ['徐舒帆']))
    p.article()
    p.title('kicker', k4)
    p.title('headline', h4, adjacent=True)
    p.title('subheadline', s4, adjacent=True)
    p.para(p4a, indent=SS)
    p.para_cut(cut(p4b, '尤其早上和傍晚,'), fills={0: '\t'}, indent=SS)
    p.jump('（下转A02版）')
    p.write(os.path.join(D, 'r512'))


# ---------------- r513 淇滨晚报 2008-12-17, four reader-hotline items (content_48906) (BOM, CRLF, no final newline)
def r513():
    ls = lines('r513_qbwb_20081217_rexian')
    assert len(ls) == 12
    by = '晚报见习记者 李 敏'
    assert [i for i, l in enumerate(ls) if l == by] == [1, 4, 8]
    p1 = ls[0]
    assert p1.startswith('市民张女士来电反映:') and p1.endswith('请不要乱扔果皮。')   # the store starts here (no title)
    h2 = take_line(ls, '莫让清水白流', once=True)
    assert ls[2] == h2
    p2 = ls[3]
    assert p2.startswith('市民尹先生来电反映:日前,') and p2.endswith('别让清水白白浪费。')
    h3a, h3b = ls[5], ls[6]
    assert (h3a, h3b) == ('佳和豪苑何时', '能用上暖气')
    p3 = ls[7]
    assert p3.startswith('市民刘女士来电反映:') and p3.endswith('让小区居民早日用上暖气。')
    h4 = take_line(ls, '锅炉噪声扰民', once=True)
    assert ls[9] == h4
    p4a, p4b = ls[10], ls[11]
    assert p4a.startswith('山城区张先生来电反映:') and p4a.endswith('将这个问题解决一下。')
    assert p4b.startswith('鹤壁职业技术学院附属中专办公室回复:') and p4b.endswith('但对于小区居民')  # the store stops here
    p = Page(fillers=('', '\t', '\u3000', ''), eol='\r\n', bom=True, final_eol=False)
    p.furn(['淇滨晚报'])
    p.furn(['2008年12月17日 星期三'], run='淇滨晚报 2008年12月17日 星期三')
    p.article()
    p.para_cut(cut(p1, '她说,随地乱扔果皮,'), fills={0: ''}, indent=SS)
    p.byline(by, ['李敏'])
    p.article()
    p.title('headline', h2)
    p.para(p2, indent=SS, trail=' ')
    p.byline(by, ['李敏'])
    p.article()
    p.title('kicker', h3a, accept=KH)
    p.title('headline', h3b, accept=HS, adjacent=True)
    p.para_cut(cut(p3, '但后来小区居民又接到通知,'), fills={0: '\t'}, indent=SS)
    p.byline(by, ['李敏'], trail='  ')
    p.article()
    p.title('headline', h4)
    p.para(p4a, indent=SS)
    p.para_cut(cut(p4b, '烧锅炉是为了学生和教职工取暖,'), fills={0: '\u3000'}, indent=SS)
    p.jump('（下转A07版）')
    p.write(os.path.join(D, 'r513'))


# ---------------- r514 淇滨晚报 2007-06-14 A01 要闻 (content_4246) (lone CR, no final newline)
def r514():
    ls = lines('r514_qbwb_20070614_qihe')
    assert ls[0] == '第A01版:要闻'                                   # page number and name: used for the page head
    assert ls[2:6] == ['群众可通过三种形式向环保部门投诉举报', '你的身份证到期了吗?', '淇河禁泳牌下泳者众',
                       '移民领取国务院后扶金']                        # the page's title list (no text stored): left out
    assert ls[9].startswith('2007 年 6 月 14 日')
    h, s, b = ls[10], ls[11], ls[12]
    assert (h, s, b) == ('淇河禁泳牌下泳者众', '莫拿生命当儿戏', '肖广军')
    body = ls[13:16]
    assert body[0].startswith('本报讯(记者 肖广军)6月12日,') and body[0].endswith('把自己的生命当作儿戏。')
    assert body[1].startswith('当日,') and body[2].endswith('去正规的游泳场馆。')
    assert ls[16].startswith('3上一篇') and ls[17].startswith('中共鹤壁市委宣传部') and len(ls) == 18   # web furniture
    p = Page(fillers=('', '\u3000', ' ', ''), eol='\r', final_eol=False)
    p.furn(['淇滨晚报', '2007年6月14日 星期四'], adjacent=True, run='淇滨晚报 2007年6月14日 星期四')
    p.furn(['A01', '要闻'], adjacent=True, run='A01 要闻')
    p.ignore.append('淇滨晚报 2007年6月14日 星期四 A01 要闻')     # the whole head run
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'], trail='  ')
    p.title('subheadline', s, accept=['subheadline', 'headline'], adjacent=True)
    p.byline(b, ['肖广军'])
    p.para_cut(cut(body[0], '前几天,'), fills={0: '\u3000'}, indent=SS)
    p.para_cut(cut(body[1], '在花窝坝的西侧,'), fills={0: ' '}, indent=SS)
    p.para(body[2], indent=SS)
    p.write(os.path.join(D, 'r514'))


for f in (r512, r513, r514):
    f()
