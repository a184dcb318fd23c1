# build r137-r141 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them, from
# their first line; every block printed here is cut out of them and checked.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line as take, cutter

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,', glued=True)


# ---------------- r137 湖南日报 2015-01-31 时政 (UTF-8 BOM, LF, final LF)
def r137():
    ls = lines('r137_hnrb_xuyousheng')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n', bom=True)
    p.furn(['湖南日报', '2015年1月31日  星期六', '02', '时政'], adjacent=True,
           run='湖南日报 2015年1月31日  星期六 02 时政')
    h = take(ls, '许又声看望省两会新闻记者 给新闻工作者点赞')
    assert ls[1] == '[来源:湖南日报] [作者:乔伊蕾]'       # web furniture: left out
    a1, a2, a3, a4 = ls[2:6]
    assert len(ls) == 6
    assert a1.startswith('湖南日报1月30日讯(记者 乔伊蕾)') and a4.endswith('多体现老百')
    p.article()
    p.title('headline', h, trail='  ')
    p.para(a1, indent=SS)
    p.para_cut(cut(a2, '对湖南日报利用网络、客户端等新兴媒体介质,'), fills={0: '\u3000'}, indent=SS)
    p.para(a3, indent=SS)
    p.para_cut(cut(a4, '详细询问了大家的工作和生活情况,'), fills={0: '\t'}, indent=SS)
    p.jump('（下转第三版）')
    p.write(os.path.join(D, 'r137'))


# ---------------- r138 新华日报 2018-08-17 特别报道 (CRLF, no final newline)
def r138():
    ls = lines('r138_xhrb_dajiang')
    p = Page(fillers=('', '\t', '', '\u3000\u3000', '', ' '), eol='\r\n', final_eol=False)
    p.furn(['新华日报', '2018年8月17日 星期五', '第8版', '特别报道'],
           run='新华日报 2018年8月17日 星期五 第8版 特别报道')
    t = '【大江奔流——来自长江经济带的报道】新华日报记者深情回眸11省市“漂流”记'
    assert ls[2] == t and ls[3].startswith('发布时间:2018-08-17')
    k, h = '大江奔流——来自长江经济带的报道', '新华日报记者深情回眸11省市“漂流”记'
    assert t == '【' + k + '】' + h
    body = ls[4:]
    assert body[3] == '云南——把好上游生态关' and body[-1].endswith('从上世纪')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, trail=' ')
    for x in body[:3]:
        p.para(x, indent=SS)
    p.head(body[3])
    p.para(body[4], indent=SS)
    p.para_cut(cut(body[5], '直至上世纪七八十年代,'), fills={0: '\t'}, indent=SS)
    p.para(body[6], indent=SS)
    assert len(body) == 7
    p.jump('（下转第9版）')
    p.write(os.path.join(D, 'r138'))


# ---------------- r139 华西都市报 2025-10-14 A3 要闻 (lone CR, final CR)
def r139():
    ls = lines('r139_hxdsb_wanqian')
    p = Page(fillers=('', '\u00a0', '', '\u3000'), eol='\r', final_eol=True)
    p.furn(['A3', '要闻', '华西都市报  2025年10月14日  星期二'], adjacent=True,
           run='A3 要闻 华西都市报  2025年10月14日  星期二')
    assert ls[0] == '华西都市报 -A3 要闻-' and ls[1] == 'A3要闻'
    i = ls.index('“万千气象看四川”四季度集中采访活动在成都启幕')
    k, h, capline = ls[i], ls[i + 1], ls[i + 2]
    assert h == '深入蜀地一线感知发展脉动'
    credit = '四川日报全媒体记者 吴枫 摄'
    assert capline.endswith(' ' + credit)
    cap = capline[:-len(credit) - 1]
    b1, b2, b3, b4 = ls[i + 3:]
    assert b4.endswith('擂鼓助')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'])
    p.para(b1, indent='  ')
    # the photo stands in a column break of the second paragraph (cut after a comma)
    p.para_cut(cut(b2, '持续开展项目攻坚,'),
               between={0: [(cap, (credit, 'photographer', '吴枫'), 'same', ' ')]}, indent='  ')
    p.para(b3, indent='  ', trail='  ')
    p.para(b4, indent='  ')
    p.jump('（下转A4版）')
    p.write(os.path.join(D, 'r139'))


# ---------------- r140 重庆晚报 2006-03-03 两会 (LF, no final newline)
def r140():
    ls = lines('r140_cqwb_ershiai')
    p = Page(fillers=('', ' ', '', '\t'), eol='\n', final_eol=False)
    p.furn(['重庆晚报', '2006年3月3日 星期五', '第6版', '聚焦全国两会'],
           run='重庆晚报 2006年3月3日 星期五 第6版 聚焦全国两会')
    h = '在渝全国人大代表列举重庆二十爱'
    assert ls[0].startswith(h + ' |') and '重庆晚报' in ls[2]
    first = ls[3]
    a1, a2 = first.split('。 ', 1)       # the web copy runs two paragraphs on one line
    a1 += '。'
    assert a2.endswith('雾、街道')        # stops mid-list (the list is lost): left out, see NOTES
    last = ls[4]
    tail = ' 特派记者 朱明跃 曹阳 李伟 相关专题:2006年全国两会 |'
    assert last.endswith(tail)
    a3 = last[:-len(tail)]
    p.article()
    p.title('headline', h)
    p.para(a1, indent=SS)
    p.para(a3, indent=SS, byline=(' 特派记者 朱明跃 曹阳 李伟', '朱明跃 曹阳 李伟',
                                  ['朱明跃', '曹阳', '李伟']))
    p.write(os.path.join(D, 'r140'))


# ---------------- r141 长沙晚报 2019-07-25 文化 (UTF-8 BOM, CRLF, final CRLF)
def r141():
    ls = lines('r141_cswb_hunanriji')
    p = Page(fillers=('', '\u3000', '', ' \t'), eol='\r\n', bom=True)
    p.furn(['长沙晚报', '2019年7月25日', '星期四', 'A08', '文化'],
           run='长沙晚报 2019年7月25日 星期四 A08 文化')
    h = take(ls, '我们的“湖南日记”')
    assert ls[3].startswith('来源:长沙晚报 发布时间:2019-07-25')
    body = ls[4:]
    assert len(body) == 4 and body[-1].endswith('“ 移动通讯社”')
    p.article()
    p.title('headline', h, trail='  ')
    for x in body:
        p.para(x, indent=SS)
    p.jump('（下转A09版）')
    p.write(os.path.join(D, 'r141'))


for f in (r137, r138, r139, r140, r141):
    f()
