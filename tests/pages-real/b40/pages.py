# build r192-r196 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them (transcribed from
# the look-up output); every block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, cutter, photo_credit as pho

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')


def prefix(text, upto):
    """the printed part of a paragraph closed by a jump line: text up to and including `upto`"""
    assert text.count(upto) == 1, upto
    return text[:text.index(upto) + len(upto)]


def fig_line(p, printed, caption, credit):
    """a figure whose caption and credit share one printed line in a form pagekit's 'same' mode
    cannot print (credit glued in brackets); credit = (text, kind, source)"""
    assert printed.startswith(caption) and credit[0] in printed
    if p.started:
        p._blank(3)
    p.started = True
    n = p._line(printed, 'F/%s/%s' % (caption, credit[0]))
    node = {'type': 'figure', 'line': n, 'children': [
        {'type': 'caption', 'line': n, 'text': caption},
        {'type': 'credit', 'line': n, 'text': credit[0], 'kind': credit[1], 'source': credit[2]}]}
    p._add(node)


def page_credit(p, text, kind, source):
    """a credit of the page (printed after the last article, starts with 本版)"""
    p._sep()
    n = p._line(text, 'CR')
    p.doc.append({'type': 'credit', 'line': n, 'text': text, 'kind': kind, 'source': source})


# ---------------- r192 西安晚报 2019-10-22/23/24 (全国晚报采风 in 西安) (LF, final LF)
def r192():
    a = lines('r192_xawb_caifeng_caanets')
    b = lines('r192_xawb_zhangjinhua')
    c = lines('r192_xawb_fanqiang')
    d = lines('r192_xawb_fengqiuhong')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    # caanets (西安晚报 2019-10-22): web furniture, title twice, the date line
    assert a[0] == '首页 > 资讯 > 出版 >' and a[1] == a[3] and a[2] == '2019-10-22 15:19:08 西安晚报'
    h1 = a[1]
    assert h1 == '全国晚报总编、记者及报人散文作家西安采风启动'
    assert a[4] == '会议现场  记者尚洪涛 摄'
    cap1, cr1 = '会议现场', '记者尚洪涛 摄'
    b1 = a[5:8]
    assert b1[0].startswith('金秋时节') and b1[2].endswith('新变化、新成就。') and a[8] == '来自新' and len(a) == 9
    # yybnet 张瑾华 (2019-10-23)
    assert b[2] == '张瑾华:一下飞机特意去看了秦岭' and b[3].startswith('来源:西安晚报 2019-10-23')
    h2, b2 = b[2], b[4:7]
    assert b2[2].endswith('介绍给更多人。记者张静') and b[7] == '新闻推荐'
    # yybnet 范强 (2019-10-24)
    assert c[2] == '范强:西安有很多新东西' and c[3].startswith('来源:西安晚报 2019-10-24')
    h3, b3 = c[2], c[4:7]
    assert b3[2].endswith('我很喜欢这里”。记者张静') and c[7] == '新闻推荐'
    # yybnet 冯秋红 (2019-10-23), the page credit glued after the reporter
    assert d[2] == '冯秋红:西安也有很多时尚的东西' and d[3].startswith('来源:西安晚报 2019-10-23')
    h4, b4 = d[2], d[4:7]
    tail = '记者张静本版图片均由记者尚洪涛摄'
    assert b4[2].endswith(tail) and d[7] == '新闻推荐'
    b4last = b4[2][:-len(tail)]
    pc = '本版图片均由记者尚洪涛摄'
    p.furn(['今日西安', '西安晚报'], adjacent=True, run='今日西安 西安晚报')
    # 1: the launch story, closed by a jump line
    p.article()
    p.title('headline', h1)
    p.figure(cap1, pho(cr1, '尚洪涛'), mode='same', sep='  ')
    p.para_cut(cut(b1[0], '不远千里赶到西安,'), fills={0: '\u3000'}, indent=SS)
    p.para(b1[1], indent=SS)
    p.para(prefix(b1[2], '城市轨迹从南到北,'), indent=SS)
    p.jump('（下转A06版）')
    # 2: 张瑾华, reporter glued after the last sentence
    p.article()
    p.title('headline', h2)
    p.para(b2[0], indent=SS)
    p.para_cut(cut(b2[1], '此次来到西安,'), fills={0: '\t'}, indent=SS)
    p.para(b2[2][:-len('记者张静')], indent=SS, byline=('记者张静', '张静', ['张静']))
    # 3: 范强
    p.article()
    p.title('headline', h3, trail='  ')
    p.para(b3[0], indent=SS)
    p.para(b3[1], indent=SS)
    p.para_cut(cut(b3[2], '让自己能深入了解西安,'), fills={0: '\u3000'}, indent=SS)
    # the glued reporter is on the last fragment's line: rebuild that paragraph as C+B
    art = p.art['children']
    last = art.pop()
    assert last['type'] == 'paragraph'
    t, lab = p.lines[-1]
    assert lab == 'C' and t.endswith('记者张静')
    p.lines[-1] = (t, 'C+B')
    last['text'] = last['text'][:-len('记者张静')]
    art.append(last)
    art.append({'type': 'byline', 'line': len(p.lines), 'text': '张静', 'children': [{'type': 'author', 'text': '张静'}]})
    # 4: 冯秋红, then the page credit the copy glues after the reporter
    p.article()
    p.title('headline', h4)
    p.para(b4[0], indent=SS)
    p.para(b4[1], indent=SS, trail=' ')
    p.para(b4last[:-len('记者张静')], indent=SS, byline=('记者张静', '张静', ['张静']))
    page_credit(p, pc, 'photographer', '尚洪涛')
    p.write(os.path.join(D, 'r192'))


# ---------------- r193 西安日报 2020-11-19 and 2018-02-15 (BOM, CRLF, no final newline)
def r193():
    a = lines('r193_xarb_xingfugan')
    b = lines('r193_xarb_shangziqin')
    p = Page(fillers=('', '\u3000', '', '\u3000\u3000'), eol='\r\n', bom=True, final_eol=False)
    t = '爱上这座城共建幸福城 写在西安连续第九次荣膺“中国最具幸福感城市”之际'
    assert a[0] == t and a[1] == '西安日报 2020-11-19 03:16 大字'
    h1, s1 = t.split(' ')
    assert a[2] == '钟楼夜景(记者 窦翊明 摄)'
    assert a[3] == '本版稿件特派杭州' and a[4] == '记者张琦采写'
    by1 = a[3] + ' ' + a[4]
    assert a[5].startswith('一所所新建学校') and a[6] == '我们欣慰,我们自豪!' and a[7] == '新闻推荐'
    t2 = '西安在全国的地位飞速上升 ——访知名文化学者商子秦'
    assert b[2] == t2 and b[3].startswith('来源:西安日报 2018-02-15')
    h2, s2 = t2.split(' ')
    assert b[4] == '■记者闫斌'
    b2 = b[5:8]
    assert b2[2].endswith('也为此感到感动。”') and b[8] == '新闻推荐'
    p.furn(['西安日报'])
    p.article()
    p.title('headline', h1, accept=['headline', 'kicker'])
    p.title('subheadline', s1, accept=['subheadline', 'headline'], adjacent=True)
    fig_line(p, a[2], '钟楼夜景', ('记者 窦翊明 摄', 'photographer', '窦翊明'))
    p.byline(by1, ['张琦'])
    p.para_cut(cut(a[5], '伟大的十三朝古都,'))
    p.para(a[6])
    p.jump('（下转A02版）')
    p.article()
    p.title('headline', h2, trail=' ')
    p.title('subheadline', s2, adjacent=True)
    p.byline('记者闫斌', ['闫斌'], printed='■记者闫斌')
    p.para(b2[0])
    p.para_cut(cut(b2[1], '激发了他的创作灵感,'), fills={0: '\u3000\u3000'})
    p.para(b2[2], trail='  ')
    p.write(os.path.join(D, 'r193'))


# ---------------- r194 城市晚报 2025-06-16 第A01版 封面新闻 (lone CR, final CR)
def r194():
    a = lines('r194_cswb_shiji')
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\r')
    assert a[0] == '2025年06月16日' and a[1] == '首页' and a[2] == '第A01版:[封面新闻]'
    h = a[3]
    assert h == '长春市兰桡湖公园 “惠民公益市集”点燃城市烟火气'
    assert a[4] == '惠民市集 城市晚报全媒体记者 吕闯 摄'
    cap, cr = '惠民市集', '城市晚报全媒体记者 吕闯 摄'
    body = a[5:7]
    assert body[1].endswith('生生不息的力量。') and a[7].startswith('吉 林 日 报 社')   # web furniture after: left out
    p.furn(['城市晚报', '2025年6月16日 星期一', 'A01', '封面新闻'], adjacent=True,
           run='城市晚报 2025年6月16日 星期一 A01 封面新闻')
    p.article()
    p.title('headline', h, trail='  ')
    p.para_cut(cut(body[0], '糖人师傅的铜勺勾出童年甜香,'), indent='  ',
               between={0: [(cap, pho(cr, '吕闯'), 'same', ' ', '\t')]})
    p.para(body[1], indent='  ')
    p.write(os.path.join(D, 'r194'))


# ---------------- r195 成都日报 2017-03-03, 2016-04-27, 2019-12-16 (LF, no final newline)
def r195():
    a = lines('r195_cdrb_rechao')
    b = lines('r195_cdrb_shiguang')
    c = lines('r195_cdrb_sanchahu')
    p = Page(fillers=('', '\u00a0', '', '\u3000'), eol='\n', final_eol=False)
    h1 = a[2]
    assert h1 == '中外记者热聊成都:我们迫不及待想要挖掘成都加速度腾飞的诀窍' and '来源: 成都日报' in a[3]
    assert a[6] == '【会前打探】' and a[7] == '中外媒体大会堂东门入口提早排队' and a[8] == '相互采访预热报道'
    p1, p2, p3, p4, p5 = a[4], a[5], a[9], a[10], a[11]
    assert len(a) == 12 and p5.endswith('两位外国记者兴趣十足,“我知道')
    at = '“where are you'
    assert p5.count(at) == 1 and p5[p5.index(at) + len(at)] == ' '
    i = p5.index(at) + len(at)
    shown = prefix(p5, '两位外国记者兴趣十足,')
    f5 = [shown[:i], shown[i + 1:]]          # cut at the space between two English words
    assert f5[1].startswith('from?”')
    body2 = b[0]
    assert b[1] == '实习记者 缪梦羽 李云良 本报记者 王李科' and b[2] == '原标题:时光长廊里 回顾《成都日报》历史'
    h2 = b[2][len('原标题:'):]
    assert c[0] == '天府嵌明珠 水墨三岔湖' and c[1] == '成都日报 2019-12-16 01:53 大字'
    body3, cr3 = c[2], c[3]
    assert cr3 == '本报记者 王若冰 张青青 摄影报道' and c[4] == '新闻推荐'
    p.furn(['成都日报'])
    p.article()
    p.title('headline', h1, trail=' ')
    p.para(p1)
    p.para_cut(cut(p2, '对中国西部这座正飞速发展的城市非常感兴趣,'), fills={0: '\u00a0'})
    p.head([a[6]])
    p.head([a[7], a[8]])
    p.para(p3)
    p.para(p4)
    p.para_cut(f5, fills={0: '\u3000'})
    p.jump('（下转第3版）')
    p.article()
    p.title('headline', h2)
    p.para_cut(cut(body2, '在历史面前,大家不约而同驻足停留。“虽然没有参加这个活动,'), fills={0: '\u00a0'})
    p.byline(b[1], ['缪梦羽', '李云良', '王李科'])
    p.article()
    p.title('headline', c[0])
    p.para(body3)
    p.credit(cr3, cr3, 'photographer', '王若冰、张青青')
    p.write(os.path.join(D, 'r195'))


# ---------------- r196 黑龙江日报 2020-12-01 (创刊75周年征文) (BOM, CRLF, final CRLF)
def r196():
    a = lines('r196_hljrb_tongxing')
    p = Page(fillers=('', '\u3000', '', ' \t'), eol='\r\n', bom=True)
    i = a.index('• 黑龙江新闻网 >> 文化旅游')     # web navigation before: left out
    h1 = a[i + 1]
    assert h1 == '我与《黑龙江日报》同行'
    f1, f2 = a[i + 2], a[i + 3]
    assert f1 == '《省报》 速写 丁毅' and f2 == '1950年代,黑龙江日报社。(万继耀 摄)'
    assert a[i + 4] == '编者按'
    note = a[i + 5]
    assert note.startswith('75年前的今天') and note.endswith('以飨读者。')
    h2, by2 = a[i + 6], a[i + 7]
    assert h2 == '前行路上的老师' and by2 == '□张持坚'
    q1, q2 = a[i + 8], a[i + 9]
    assert len(a) == i + 10 and q2.endswith('收入不错。这就形成了很大')
    p.furn(['黑龙江日报', '2020年12月1日 星期二'], adjacent=True, run='黑龙江日报 2020年12月1日 星期二')
    p.article()
    p.title('headline', h1)
    p.figure(f1)
    fig_line(p, f2, '1950年代,黑龙江日报社。', ('万继耀 摄', 'photographer', '万继耀'))
    p.head([a[i + 4]])
    p.para(note, indent='    ')
    p.article()
    p.title('headline', h2)
    p.byline('张持坚', ['张持坚'], printed=by2)
    p.para(q1, indent='    ', trail=' ')
    p.para_cut(cut(q2, '在对全省情况熟悉的过程中,'), fills={0: ' \t'}, indent='    ')
    p.jump('（下转第三版）')
    p.write(os.path.join(D, 'r196'))


for f in (r192, r193, r194, r195, r196):
    f()
