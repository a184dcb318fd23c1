# build r247-r251 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, cutter

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')


def page_credit(p, printed, text, kind, source):
    """a credit of the page (document child), printed as its own block"""
    p._sep()
    n = p._line(printed, 'CR')
    p.doc.append({'type': 'credit', 'line': n, 'text': text, 'kind': kind, 'source': source})


def bracket_byline(p, printed, text, authors):
    """a reporter bracket printed on its own line after an item's paragraph (label B)"""
    assert printed.startswith('(') and printed.endswith(')') and printed[1:-1] == text
    p.byline(text, authors, printed=printed)


# ---------------- r247 青年报 (上海) 2024-06-10, 青年时评 (BOM, CRLF, final CRLF)
def r247():
    ls = lines('r247_qnb_75')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    k, h, webb, fig, b = ls[0], ls[1], ls[2], ls[3], ls[4]
    assert k == '青年时评' and h == '一张75岁的报纸,何以青春?'
    assert webb == '青年报 评论员 陈宏'          # web byline field: left out (the print byline follows)
    cap, cr = '《青年报》与新中国同龄。', '青年报记者 郭容 摄'
    assert fig == cap + ' ' + cr
    assert b == '□青年报评论员 陈宏'
    body = ls[5:]
    assert len(body) == 6 and body[0].startswith('2003年') and body[-1].endswith('但这并未改变田径项目的冷门性质,年底,')
    assert body[2] == '何以青春? 不吝给青年机会,永远蹲下身子倾听青年声音,绵延至今的《青年报》核心价值观,或许就是答案。'
    p.furn(['青年报', '2024年6月10日 星期一'], adjacent=True, run='青年报 2024年6月10日 星期一')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True, trail='  ')
    p.figure(cap, (cr, 'photographer', '郭容'), mode='same', sep=' ')
    p.byline('青年报评论员 陈宏', ['陈宏'], printed=b)
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '楼是当时54岁《青年报》的新闻大楼,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[2], indent=SS)
    p.para(body[3], indent=SS, trail=' ')
    p.para_cut(cut(body[4], '精心准备的实习作品集,面试领导随意翻看了一下,'), fills={0: '\t'}, indent=SS)
    p.para(body[5], indent=SS)
    p.jump('（下转A02版）')
    p.write(os.path.join(D, 'r247'))


# ---------------- r248 滁州日报 2021-04-19 第A01版 要闻, 本市要闻 (lone CR, no final newline)
def r248():
    ls = lines('r248_czrb_20210419')
    p = Page(fillers=('', '\u00a0', '', '\u3000\u3000'), eol='\r', final_eol=False)
    assert ls[0] == '2021年04月19日' and ls[1] == '第A01版:要闻'
    h = ls[2]
    assert h == '本市要闻'
    items = ls[3:9]
    assert ls[9].startswith('2021-04-19 2 2 滁州日报')     # e-paper furniture: left out
    p.furn(['滁州日报', '2021年4月19日 星期一', '第A01版:要闻'], run='滁州日报 2021年4月19日 星期一 第A01版:要闻')
    p.article()
    p.title('headline', h, trail=' ')
    t1, b1, t2, b2, t3, b3 = items
    for t in (t1, t2, t3):
        assert t.startswith('■')
    assert b1 == '(全媒体记者王太新)' and b2 == '(全媒体记者李文刚)' and b3 == '(李 涛 全媒体记者晋 群)'
    # item 1: printed with its ■ marker; the paragraph text drops it (b30's call)
    p.para_cut(cut(t1[1:], '此次展览旨在深入贯彻习近平新时代中国特色社会主义思想和党的十九大精神,'),
               fills={0: '\u3000'}, indent='■')
    bracket_byline(p, b1, '全媒体记者王太新', ['王太新'])
    p.para(t2[1:], indent='■')
    bracket_byline(p, b2, '全媒体记者李文刚', ['李文刚'])
    p.para_cut(cut(t3[1:], '实地考察我市城市建设管理、生态环境保护工作经验和具体做法,'), fills={0: '\u00a0'}, indent='■')
    bracket_byline(p, b3, '李 涛 全媒体记者晋 群', ['李涛', '晋群'])
    p.write(os.path.join(D, 'r248'))


# ---------------- r249 芜湖日报 要闻: photo news (A01, 12-23) and 2021-09-07 RB01 (LF, final LF)
def r249():
    a = lines('r249_whrb_sanhu')
    b = lines('r249_whrb_20210907')
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\n')
    assert a[3] == '当前报纸名称:芜湖日报' and a[5] == '日期:12-23'
    assert a[7].startswith('版面:第A01版:要闻')
    h1 = a[4]
    assert h1 == '“三湖”洲岛建设正酣'
    cap1, cr1 = a[8][:-len('记者 杨大伟 摄')], '记者 杨大伟 摄'
    assert a[8] == cap1 + cr1 and cap1.endswith('接待游客。') and len(a) == 9   # credit glued after the full stop
    assert b[0] == '芜湖日报' and b[1] == '2021年09月07日' and b[2] == '第RB01版:要 闻'
    h2 = b[3]
    assert h2 == '芜湖书房·悦享书吧正式开放'
    body = b[4:7]
    assert body[0].startswith('本报讯(记者 乐培意 张锐/文 杨大伟/摄)9月6日,')
    assert b[7].startswith('集团数字报刊')                 # web furniture: left out
    p.furn(['芜湖日报', '要闻'], adjacent=True, run='芜湖日报 要闻')
    p.article()
    p.title('headline', h1)
    p.figure(cap1, (cr1, 'photographer', '杨大伟'), mode='same', sep='', first_fill='\u3000')
    p.article()
    p.title('headline', h2, trail=' ')
    p.para(body[0])
    p.para_cut(cut(body[1], '鸠江区切实贯彻落实建设“书香芜湖”的号召,率先启动城市书房建设,'), fills={0: '\t'})
    p.para(body[2])
    p.write(os.path.join(D, 'r249'))


# ---------------- r250 盐城日报 第02版 要闻: 2023-09-28 and 2024-05-05 (CRLF, no final newline)
def r250():
    a = lines('r250_ycrb_20230928')
    b = lines('r250_ycrb_20240505')
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\r\n', final_eol=False)
    assert a[0] == '第02版:要闻' and a[1] == '2023年09月28日'
    h1 = a[2]
    assert h1 == '欢迎2023级盐城大学生专场演出活动举行'
    body1 = a[3:6]
    assert body1[0].startswith('本报讯 (记者 孙欣)9月27日晚,') and body1[2].endswith('创业项目成果。')
    assert a[6].startswith('凝聚全球治理合力')              # the next story's title only: left out
    assert b[0] == '第02版:要闻' and b[1] == '2024年05月05日'
    h2 = b[2]
    assert h2 == '青春之歌 嘹亮盐城'
    body2 = b[3:5]
    pc = b[5]
    assert pc == '本版图片受访者提供'
    assert b[6].startswith('没有上一篇了')                  # web furniture: left out
    p.furn(['盐城日报', '第02版:要闻'], run='盐城日报 第02版:要闻')
    p.article()
    p.title('headline', h1)
    p.para(body1[0], indent=SS)
    p.para_cut(cut(body1[1], '活动为驻盐高校和优秀学子代表颁发2023年盐城市“黄海明珠”大学生奖学金,'),
               fills={0: '\u3000'}, indent=SS, trails={0: '\t'})
    p.para(body1[2], indent=SS)
    p.article()
    p.title('headline', h2, trail='  ')
    p.para(body2[0], indent=SS)
    p.para_cut(cut(body2[1], '在盐城,一大批优秀青年将青春挥洒在盐阜大地上、用奋斗创造出彩人生,'), fills={0: '\t'}, indent=SS)
    page_credit(p, pc, pc, 'provided', '受访者')
    p.write(os.path.join(D, 'r250'))


# ---------------- r251 合肥晚报 2017-10-23 (reprint on yybnet.net) (LF, no final newline)
def r251():
    ls = lines('r251_hfwb_xinghua')
    p = Page(fillers=('', '\u3000', '', ' \t'), eol='\n', final_eol=False)
    assert ls[0] == '看家乡事,品故乡情'                    # web furniture: left out
    h = ls[1]
    assert h == '让我们的杏花公园更美更绿'
    assert ls[2] == '合肥晚报 2017-10-23 03:09 大字'
    p1, p2, sig = ls[3], ls[4], ls[5]
    assert sig == '蒋凌翔文/摄' and ls[6] == '新闻推荐'   # what follows is the site's recommendation: left out
    p.furn(['合肥晚报', '2017年10月23日 星期一'], run='合肥晚报 2017年10月23日 星期一')
    p.article()
    p.title('headline', h)
    p.para(p1, indent=SS)
    p.para_cut(cut(p2, '联合大夫第社区工作人员共同清理责任区内散落的杂物,'), fills={0: '\u3000'}, indent=SS)
    p.byline(sig, ['蒋凌翔'], trail=' ')
    p.write(os.path.join(D, 'r251'))


for f in (r247, r248, r249, r250, r251):
    f()
