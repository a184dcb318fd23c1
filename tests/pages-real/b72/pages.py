# build r352-r356 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter, photo_credit as pho, provided_credit as prov, glued_figure

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r352 柳州晚报 2018-12 (reprint on yybnet.net/liuzhou, 8526233) (LF, final LF)
def r352():
    ls = lines('r352_lzwb_lvzhenshu')
    assert len(ls) == 8
    cap_line = ls[0]
    cr = '(受访者供图)'
    assert cap_line.endswith(' ' + cr)
    cap = cap_line[:-len(' ' + cr)]
    assert cap == '读书、看报、写作成为吕镇书生活中最快乐的一件事。'
    b = take_line(ls, '记者 赖柱武', once=True)
    assert ls[1] == b
    p1 = ls[2]
    assert p1.startswith('“晚瑰如玉,报涵春秋;') and p1.endswith('他还是一名晚报的忠实读者。')
    h1 = take_line(ls, '与晚报结下不解之缘', once=True)
    assert ls[3] == h1
    p2, p3 = ls[4], ls[5]
    assert p2.startswith('“从上世纪80年代开始,') and p2.endswith('约有作品1500篇。')
    assert p3.startswith('“作为晚报的一名忠实读者,') and p3.endswith('不可或缺的精神食粮。”')
    h2 = take_line(ls, '希望晚报越办越好', once=True)
    assert ls[6] == h2
    p4 = ls[7]
    assert p4.startswith('“我喜欢晚报,爱读晚报,') and p4.endswith('他每天还点看柳州1号APP、')   # the store stops here
    p = Page(fillers=('', '\u3000', ' ', ''), eol='\n')
    p.furn(['柳州晚报'])
    p.furn(['A08', '读者·我与晚报'], adjacent=True, run='A08 读者·我与晚报')
    p.article()
    p.byline('记者 赖柱武', ['赖柱武'], printed=b)
    p.para(p1, indent=SS)
    glued_figure(p, cap, ' ' + cr, prov('受访者供图', '受访者'))
    p.head([h1])
    p.para_cut(cut(p2, '再到2001年,'), fills={0: '\u3000'}, indent=SS)
    p.para(p3, indent=SS, trail=' ')
    p.head([h2], trail='  ')
    p.para(p4, indent=SS)
    p.jump('(下转A09版)')
    p.write(os.path.join(D, 'r352'))


# ---------------- r353 常德日报 2019-11-08 记者节专版 (reprint on 尚一网 changde.cdyee.com, 937038) (BOM, CRLF, no final newline)
def r353():
    ls = lines('r353_cdrb_jizhejie')
    assert ls[0].startswith('您所在的位置') and ls[1] == '10位新闻工作者讲述新闻背后的感人故事'   # web furniture: left out
    assert ls[2].startswith('时间:2019-11-08 来源:尚一网')                                     # web furniture: left out
    assert ls[3] == '编者按'
    note = ls[4:8]
    assert note[0] == '11月8日,广大新闻工作者迎来第二十个记者节。'
    assert note[1].startswith('今天,让我们放缓忙碌的脚步') and note[2].startswith('常德日报特推出记者节专版')
    assert note[3].startswith('站立于新时代') and note[3].endswith('公平正义的守望者。')
    cr = '记者 刘颂 摄'
    assert ls[8] == '大美常德航拍图。' + cr                  # credit glued after the full stop
    cap = '大美常德航拍图。'
    h = take_line(ls, '那岁月,不只因为怀念而美好', once=True)
    assert ls[9] == h and ls[10] == '汪肯堂'
    body = ls[11:14]
    assert len(ls) == 14
    assert body[0].startswith('若现在有人问我曾经的职业') and body[1] == '我是1991年加入新闻队伍的,选择了复刊不久的常德日报社。'
    assert body[2].endswith('当时的报社还借住')                     # the store stops here
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\r\n', bom=True, final_eol=False)
    p.furn(['常德日报', '2019年11月8日 星期五'], adjacent=True, run='常德日报 2019年11月8日 星期五')
    p.furn(['记者节专版'])
    p.article()
    p.title('headline', '编者按')
    p.para(note[0], indent=SS)
    p.para(note[1], indent=SS)
    p.para_cut(cut(note[2], '重读他们一篇篇闪烁着时代光彩、仍有情感余温的新闻作品,'), fills={0: ''}, indent=SS)
    p.para(note[3], indent=SS, trail=' ')
    glued_figure(p, cap, cr, pho(cr, '刘颂'))
    p.article()
    p.title('headline', h)
    p.byline('汪肯堂', ['汪肯堂'], trail=' ')
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para(body[2], indent=SS)
    p.jump('（下转第四版）')
    p.write(os.path.join(D, 'r353'))


# ---------------- r354 鄂尔多斯日报 2013-08-05 (ordosnews.com content_53235) (lone CR, final CR)
def r354():
    ls = lines('r354_ordos_liuzhou')
    h = take_line(ls, '柳 州 印 象', once=True)
    assert ls[0] == h
    meta = ls[1]
    assert meta.startswith('发布时间: 2013-08-05') and meta.endswith('责任编辑: 何敏嘉')
    ed = '责任编辑: 何敏嘉'
    caps = ls[2:10]
    assert caps == ['苗族“达佩”(“姑娘”的音译)上前敬酒', '三江村寨', '侗族风情实景演出《坐夜》', '侗族百家宴',
                    '柳州奇石馆', '世界四大历史名桥之一“程阳永济桥”', '柳江夜景', '世界最长风雨桥——三江风雨桥']
    body = ls[10:]
    assert len(body) == 4
    assert body[0].startswith('柳州位于广西壮族自治区的中北部') and body[0].endswith('未能成行。')
    assert body[1].startswith('前不久,恰逢中国地市报研究会') and body[2].endswith('也是历史名城、旅游胜地、文化宝库。')
    assert body[3].endswith('民间曾流传“吃在广州、玩在杭州、死在')       # the store stops here
    p = Page(fillers=('', ' ', '\u3000', ''), eol='\r')
    p.furn(['鄂尔多斯日报 2013年8月5日 星期一'])
    p.furn(['07', '旅游'], adjacent=True, run='07 旅游')
    p.article()
    p.title('headline', h, trail=' ')
    p.figure(caps[0])
    p.figure(caps[1])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '鄂尔多斯日报社是研究会常务理事单位,'),
               between={0: [(caps[2],), (caps[3],), (caps[4],)]}, indent=SS)
    p.para(body[2], indent=SS)
    p.figure(caps[5])
    p.figure(caps[6], first_fill='\t')
    p.figure(caps[7])
    p.para(body[3], indent=SS)
    p.jump('（下转第八版）')
    p.furn([ed])
    p.write(os.path.join(D, 'r354'))


# ---------------- r355 今日桐乡 2012-12-11 (桐乡新闻网 txhistory.zjol.com.cn 015825447) (LF, no final newline)
def r355():
    ls = lines('r355_jrtx_daohuaxiang')
    h = take_line(ls, '政府广场稻花香', once=True)
    i = ls.index(h)
    assert ls[i - 1] == '中国移动-桐乡分公司'                 # web advert: left out
    assert ls[i - 2].startswith('您当前的位置') and ls[i - 2].endswith('桐乡·三农')
    body = ls[i + 1:i + 7]
    assert body[0].startswith('这几天,每天下午1时不到') and body[5] == '直到太阳西斜,村民们才开着车装上稻谷,恋恋不舍地离开广场。'
    assert body[4].endswith('这样的政府才是好政府。”')
    assert ls[i + 7] == '所属专题:'
    meta = ls[i + 9]
    assert meta == '来源: 《今日桐乡》 作者: 今日桐乡记者 羊宇杰 编辑: 王颖'
    by = '今日桐乡记者 羊宇杰'
    p = Page(fillers=('', '\u3000\u3000', '', '  '), eol='\n', final_eol=False)
    p.furn(['今日桐乡', '2012年12月11日 星期二', '桐乡·三农'], adjacent=True, run='今日桐乡 2012年12月11日 星期二 桐乡·三农')
    p.article()
    p.title('headline', h, trail='\u3000')
    p.byline(by, ['羊宇杰'])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '在濮院镇政府大楼前,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[2], indent=SS)
    p.para_cut(cut(body[3], '他家的晚稻在大前天才收割完,'), fills={0: ''}, indent=SS)
    p.para(body[4], indent=SS, trail=' ')
    p.para(body[5], indent=SS)
    p.write(os.path.join(D, 'r355'))


# ---------------- r356 北海日报 2018-01-01 (reprint on yybnet.net/beihai, 6889464) (BOM, LF, final LF)
def r356():
    ls = lines('r356_bhrb_haijiang')
    assert ls[0] == '看家乡事,品故乡情'                                  # yybnet slogan: left out
    t = ls[1]
    k, h = '“一带一路”海疆纪行北海日报社主题采访第三组', '开阔眼界 深受启发'
    assert t == k + ' ' + h                                               # one title line in the copy, split by me at its space
    assert ls[2] == '北海日报 2018-01-01 11:50 大字'                      # web meta: left out
    first = ls[3]
    cap = '采访组偶遇“粉丝”陈先生(左一)并交换名片。'
    assert first.startswith(cap)
    p1 = first[len(cap):]
    assert p1.startswith('2017年11月26日上午9时许,')
    body = ls[4:]
    assert len(body) == 6
    assert '‘一带一路\\’' in body[1]                                     # the copy's own backslash, kept as stored
    assert body[5].endswith('我们的工人在夜间作业也要穿上厚大')          # the store stops here
    p = Page(fillers=('', '\u3000', '', '\t', ' '), eol='\n', bom=True)
    p.furn(['2018年1月1日 星期一'])
    p.furn(['北海日报'])
    p.furn(['特别报道'])
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'], adjacent=True, trail=' ')
    p.figure(cap)
    p.para(p1)
    p.para_cut(cut(body[0], '在为期8天的采访行程中,'), fills={0: '\t'})
    p.para(body[1])
    p.para(body[2], trail='  ')
    p.para(body[3])
    p.para(body[4])
    p.para(body[5])
    p.jump('(下转第3版)')
    p.write(os.path.join(D, 'r356'))


for f in (r352, r353, r354, r355, r356):
    f()
