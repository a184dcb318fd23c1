# build r337-r341 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them, transcribed from the
# look-up output; every block printed here is cut out of them and checked with asserts.
import os, re, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import (Page, src_text, src_lines, cutter, take_line, photo_credit as pho,
                     split_at_spaces, glued_figure)

SS = '\u3000\u3000'
src = partial(src_text, D)
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r337 中華日報 2021-04-24 (cdns.com.tw date listing) (LF, final LF)
def r337():
    ls = lines('r337_cdns_haiwei')
    h1 = take_line(ls, '感恩之路 海尾大道公謁祖', once=True)
    assert ls[0] == h1
    body = ls[1]
    cap1, cr = '海尾朝皇宮主委郭建良迎請「海尾大道公」神尊回娘家。', '(記者陳治交攝)'
    by1 = '記者陳治交∕台南報導'
    assert body.startswith(cap1 + cr + ' ' + by1 + ' ')
    body = body[len(cap1 + cr + ' ' + by1 + ' '):]
    cap2 = '下大道良皇宮準備豐盛的粽子來款待海尾朝皇宮信眾。'
    assert body.count(' ' + cap2 + cr + ' ') == 1
    pre, post = body.split(' ' + cap2 + cr + ' ')
    a = split_at_spaces(pre, ['信仰文化活動。 ', '十分熱鬧。 '])
    assert len(a) == 3 and a[2].endswith('赴良皇宮謁祖進香。')
    assert post.startswith('八七水災,良皇宮駕乘竹筏') and post.endswith('也見證台江拓墾歷史。')
    assert ls[2] == 'Read More'                                # web furniture: left out
    h2 = ls[3]
    assert h2 == '議員質疑機要領薪水跑選舉'
    by2 = '記者吳孟珉∕台南報導'
    assert ls[4].startswith(by2 + ' ')
    b = split_at_spaces(ls[4][len(by2) + 1:], ['亦要求研考會評估。 '])
    assert b[1] == '議員鄭佳欣、蔡淑惠及蔡旺詮等人昨日質詢,不約而同提到機'   # the store stops here
    assert len(ls) == 5
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['中華日報', '2021年4月24日 星期六', '台南新聞'], adjacent=True, run='中華日報 2021年4月24日 星期六 台南新聞')
    p.article()
    p.title('headline', h1)
    glued_figure(p, cap1, cr, pho('記者陳治交攝', '陳治交'))
    p.byline(by1, ['陳治交'])
    p.para(a[0])
    p.para_cut(cut(a[1], '有阿嬤背著孫子、青少年相招參加,'), fills={0: '\u3000'})
    p.para(a[2], trail=' ')
    glued_figure(p, cap2, cr, pho('記者陳治交攝', '陳治交'))
    p.para(post)
    p.article()
    p.title('headline', h2, trail='  ')
    p.byline(by2, ['吳孟珉'])
    p.para(b[0])
    p.para(b[1])                                               # closed by a jump line where the store stops
    p.jump('（下轉A2版）')
    p.write(os.path.join(D, 'r337'))


# ---------------- r338 金門日報 2024-02-08 (kmdn.gov.tw 地方新聞 listing) (UTF-8 BOM, CRLF, no final newline)
def r338():
    ls = lines('r338_kmdn_datong')
    assert ls[0] == '地方新聞' and ls[1] == '-' and ls[4] == '-'
    h1, t1, h2, t2 = ls[2], ls[3], ls[5], ls[6]
    assert h1 == '大同之家感恩餐會 陪長輩們圍爐'
    assert h2 == '初一至初三萬安堂涵源宮擲筊求錢母 借發財金'
    a = split_at_spaces(t1, ['「龍年行大運」。 ', '到場向長輩拜年。 ', '讓年輕人勇敢逐夢。 '])
    assert a[0].startswith('今天是小年夜了') and a[3].endswith('並按時服藥。')
    b = split_at_spaces(t2, ['讓民眾在新年討個吉利。 '])
    assert b[1].endswith('特別規劃辦理113年度「龍年')                   # the store stops here
    assert len(ls) == 7
    p = Page(fillers=('', '\u3000', ' \t', ''), eol='\r\n', bom=True, final_eol=False)
    p.furn(['金門日報', '中華民國113年2月8日 星期四'], adjacent=True, run='金門日報 中華民國113年2月8日 星期四')
    p.furn(['地方新聞', '第3版'], adjacent=True, run='地方新聞 第3版')
    p.article()
    p.title('headline', h1, trail=' ')
    p.para(a[0], indent=SS)
    p.para_cut(cut(a[1], '邀請院內長輩以及員工們一起圍爐,'), fills={0: ''}, indent=SS)
    p.para(a[2], indent=SS)
    p.para(a[3], indent=SS)
    p.article()
    p.title('headline', h2)
    p.para_cut(cut(b[0], '凡連續擲出三聖筊都即可獲得一個錢母紅包,'), fills={0: '\t'}, indent=SS)
    p.para(b[1], indent=SS)
    p.jump('(下轉第四版)')
    p.write(os.path.join(D, 'r338'))


# ---------------- r339 光華日報 (kwongwah.com.my 北马新闻, 2020-01-14 and 2025-08) (lone CR, final CR)
def r339():
    ls = lines('r339_kwongwah_xingdong')
    assert ls[1] == '主页 北马新闻'
    h1 = ls[2]
    assert h1 == '行动党槟州联委会访《光华》拜早年 槟首长:行动党不是静静党'
    ads = [i for i, x in enumerate(ls) if x == '- Advertisement -']
    assert ads == [3, 8]
    cap1 = ls[4]
    assert cap1.startswith('首长曹观友(右8)') and cap1.endswith('王丽丽和周慧妮。')
    ps1 = ls[5:8] + ls[9:13]
    assert ls[13] == '党发言人代表党立场'
    ps2 = ls[14:16]
    assert ls[16] == '透过《槟城2030》专栏   与民众交流'
    assert ls[17] == '曹观友除为首' and len(ls) == 18                  # the store stops here
    ms = lines('r339_kwongwah_dashi')
    t2 = ms[2]
    assert t2 == '【中国大使参访本报】林绪通:孙中山天下为公精神 续显光华'
    k2, h2 = '【中国大使参访本报】', t2[len('【中国大使参访本报】'):]
    assert ms[3] == '- Advertisement -' and ms[10] == '- Advertisement -'
    cap2 = ms[6]
    assert cap2 == '骆南辉(左起)和林绪通迎接欧阳玉靖。'
    qs = ms[4:6] + ms[7:10] + ms[11:16]
    assert qs[-1].startswith('迎接大使到访本报的代表') and qs[-1].endswith('总编辑林松荣') and len(ms) == 16
    p = Page(fillers=('', '\u3000', '', '\u3000\u3000'), eol='\r')
    p.furn(['光華日報'])
    p.furn(['北马新闻', 'A4'], adjacent=True, run='北马新闻 A4')
    p.article()
    p.title('headline', h1)
    p.figure(cap1)
    for i, x in enumerate(ps1):
        if i == 2:
            p.para_cut(cut(x, '首长曹观友以州政府和各阶层议员活动,'), fills={0: ''})
        else:
            p.para(x, trail=' ' if i == 4 else '')
    p.head(ls[13])
    for x in ps2:
        p.para(x)
    p.head(ls[16], trail=' ')
    p.para(ls[17])
    p.jump('(下转A6)')
    p.article()
    p.title('kicker', k2)
    p.title('headline', h2, adjacent=True)
    p.para(qs[0])
    p.para_cut(cut(qs[1], '中国驻马大使欧阳玉靖周四率11人代表团到访光华日报,'), between={0: [(cap2,)]})
    for x in qs[2:]:
        p.para(x)
    p.jump('(下转A6)')
    p.write(os.path.join(D, 'r339'))


# ---------------- r340 世界日報 副刊 (worldjournal.com, 2025-12-22, 2026-02-07, 2026-02-11) (CRLF, final CRLF)
def r340():
    p = Page(fillers=('\u3000', '', '\t', ''), eol='\r\n')
    p.furn(['世界日報', '副刊', 'B5'], adjacent=True, run='世界日報 副刊 B5')

    ls = lines('r340_wj_shijielao')
    i = ls.index('「世界佬」的手有餘香')
    assert ls[i + 1] == '郭奕光' and ls[i + 2:i + 5] == ['聽新聞', 'test', '0:00 /0:00']
    ps = ls[i + 5:]
    assert ps[-1] == '頭上頂著「世界佬」桂冠的我，生平無大志，只有兩個小小的嗜' and len(ps) == 6
    p.article()
    p.title('headline', ls[i])
    p.byline('郭奕光', ['郭奕光'], printed='■郭奕光')
    p.para(ps[0], indent=SS)
    p.para_cut(cut(ps[1], '到了唐人街的中文報攤一看，'), fills={0: ''}, indent=SS)
    p.para(ps[2], indent=SS)
    p.para(ps[3], indent=SS, trail=' ')
    p.para(ps[4], indent=SS)                                   # the cut-off sixth paragraph is left out

    ls = lines('r340_wj_zhuhe')
    i = ls.index('祝賀世界日報50年')
    assert ls[i + 1] == '張勝雄／亞凱迪亞' and ls[i + 2] == '祝賀世界日報50年。'
    ps = ls[i + 3:]
    assert ps[-1] == '世界日報在加州蒙特利公園市有棟大' and len(ps) == 7
    p.article()
    p.title('headline', ls[i], trail=' ')
    p.byline('張勝雄／亞凱迪亞', ['張勝雄'])
    p.figure(ls[i + 2])                                        # the web copy's photo caption
    p.para(ps[0], indent=SS)
    p.para(ps[1], indent=SS)
    p.para(ps[2], indent=SS)
    p.para_cut(cut(ps[3], '我喜歡的作者有張琍絲，'), fills={0: '\u3000'}, indent=SS)
    p.para(ps[4], indent=SS)
    p.para(ps[5], indent=SS)                                   # the cut-off last paragraph is left out

    ls = lines('r340_wj_rijin')
    i = ls.index('日引月長的世界日報')
    assert ls[i + 1] == '秀綠' and ls[i + 2:i + 5] == ['聽新聞', 'test', '0:00 /0:00']
    ps = ls[i + 5:]
    assert ps[-1].endswith('他們分享') and len(ps) == 5
    p.article()
    p.title('headline', ls[i])
    p.byline('秀綠', ['秀綠'], printed='■秀綠')
    for j, x in enumerate(ps):
        p.para(x, indent=SS)
    p.jump('（下轉B6）')
    p.write(os.path.join(D, 'r340'))


# ---------------- r341 欧洲时报 英国版 2021-12 (xinouzhou.com, detail-770160) (UTF-8 BOM, LF, final LF)
def r341():
    ls = lines('r341_xinouzhou_shizhounian')
    assert ls[0] == '您的位置 首页 英国'
    h = ls[1]
    assert h == '《欧洲时报》英国版创刊十周年 中国驻英大使郑泽光赋诗献辞'
    ps = ls[2:6]
    assert ps[0].startswith('【欧洲时报记者田皓雪子报道】2021年12月,')
    assert ls[6] == 'article_img'                              # the picture's place in the web copy
    capline = ls[7]
    cap, cr = '《欧洲时报》英国版创刊十周年。', '(图片来源:欧洲时报记者王子璇 摄)'
    assert capline == cap + cr
    last = ls[8]
    assert last.endswith('在注意到华侨华人受歧视的情况后第一') and len(ls) == 9
    p = Page(fillers=('', ' ', '\u3000', ''), eol='\n', bom=True)
    p.furn(['欧洲时报', '英国版'], adjacent=True, run='欧洲时报 英国版')
    p.furn(['英国'])
    p.article()
    p.title('headline', h)
    p.para(ps[0], indent=SS)
    p.para(ps[1], indent=SS)
    p.para_cut(cut(ps[2], '面对疫情期间华人遭歧视的情况,'), fills={0: '\u3000'}, indent=SS)
    p.para(ps[3], indent=SS)
    glued_figure(p, cap, cr, pho('图片来源:欧洲时报记者王子璇 摄', '王子璇'))
    p.para(last, indent=SS)
    p.jump('（下转第3版）')
    p.write(os.path.join(D, 'r341'))


for f in (r337, r338, r339, r340, r341):
    f()
