# build r272-r276 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`, and files of the code index opened
# with read_file) as the store gives them; every block printed here is cut out of them and
# checked with asserts.
import os, re, sys, html
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_text, src_lines, cutter

SS = '\u3000\u3000'


src = partial(src_text, D)
lines = partial(src_lines, D)
cut = cutter('，,：:')


def sql_paras(cell):
    """paragraphs of an SQL dump's HTML cell: the <p> elements, tags and the dump's
    escaped line breaks removed (the text itself untouched)"""
    out = []
    for m in re.finditer(r'<p[^>]*>(.*?)</p>', cell):
        t = m.group(1).replace('\\r\\n', '').replace('\t', '')
        t = re.sub(r'<[^>]+>', '', t)
        if t.strip():
            out.append(t)
    return out


# ---------------- r272 海峡都市报 2012-11-13 A21 民情一线通 (e-paper dzb.hxnews.com) (BOM, CRLF, final CRLF)
def r272():
    ls = lines('r272_hxdsb_baoliaowang')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    assert ls[0] == '第A21版:民情一线通' and ls[1] == '3上一版  下一版4'
    nav = ls[2:4]                                   # the page's list of titles (web furniture)
    assert nav == ['报身边小事也能当上报料王', '景观改造市民盼文明施工']
    assert ls[4] == '新闻搜索:' and ls[5] == '3上一期 版面导航'
    assert ls[6].startswith('下一篇4 2012年11月13日')
    h, by = ls[7], ls[8]
    assert h == nav[0] and by == 'N本报记者 朱敏敏 吴臻'
    body = ls[9:13]
    xh = ls[13]
    assert xh == '2000元征集新闻线索'
    tail = ls[14:16]
    assert ls[16:] == ['下一篇4', '关闭']               # web furniture after: left out
    assert body[0].startswith('本报讯 是不是报料重大的事件') and body[3].endswith('下一个报料王就是您。')
    assert tail[0].startswith('目前,读者可通过以下八条通道') and tail[1].startswith('一是新闻热线:968111;')
    assert tail[1].endswith('海都大厦一楼呼叫中心。')
    p.furn(['海峡都市报', '2012年11月13日 星期二'], adjacent=True, run='海峡都市报 2012年11月13日 星期二')
    p.furn([ls[0]], run='海峡都市报 2012年11月13日 星期二 ' + ls[0])
    p.article()
    p.title('headline', h, trail='  ')
    p.byline(by, ['朱敏敏', '吴臻'])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '下午3时30分许后,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[2], indent=SS, trail=' ')
    p.para(body[3], indent=SS)
    p.head(xh, trail='\u3000')
    p.para(tail[0], indent=SS)
    p.para_cut(cut(tail[1], '二是微博报料:'), fills={0: '\t'}, indent=SS)
    p.write(os.path.join(D, 'r272'))


# ---------------- r273 南国都市报 2020-02-24 (reprint on hinews.cn, 南海网) (LF, no final newline)
def r273():
    ls = lines('r273_ngdsb_shuixiangkou')
    p = Page(fillers=('', '\u00a0', '', ' \t'), eol='\n', final_eol=False)
    web = ls[0]
    assert web == '抗击疫情·动态 | 别大意,疫情还没结束!海口水巷口人挤人 有人摘下口罩聊天'
    k, h = web.split(' | ')
    assert ls[1].startswith('太阳虽已露脸,大家还是少露脸')   # the print title group, flattened: left out
    s, cap = ls[2], ls[3]
    assert s == '各位,疫情仍未结束 别急着“放飞”' and cap == '海口水巷口人潮涌动'
    lead = ls[4:7]
    assert lead[0].startswith('连日来,海口的气温') and lead[2].endswith('做好防护措施。')
    by = ls[7]
    assert by == '南国都市报记者 陈栋 吴兴 文/图'
    head = ls[8:11]
    assert head == ['水巷口', '买菜人和电动车挤个水泄不通', '提醒:错峰买菜,与人保持一米外距离']
    body = ls[11:14]
    assert len(ls) == 14
    assert body[0].startswith('近日,有市民致电南国都市报') and body[2].endswith('水巷口旁边是大')
    p.furn(['南国都市报'])
    p.furn(['2020年2月24日  星期一'], run='南国都市报 2020年2月24日  星期一')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True, trail=' ')
    p.title('subheadline', s, adjacent=True)
    p.figure(cap)                                   # caption only, between the title and the text
    p.para_cut(cut(lead[0], '前两天又恰逢周末,'), fills={0: '\u00a0'}, indent='  ')
    p.para(lead[1], indent='  ')
    p.para(lead[2], indent='  ')
    p.byline(by, ['陈栋', '吴兴'])
    p.head(head)
    p.para_cut(cut(body[0], '特别拥挤,'), fills={0: ' \t'}, indent='  ')
    p.para(body[1], indent='  ', trail='  ')
    p.para(body[2], indent='  ')                    # the store's copy stops here, mid-word
    p.jump('（下转第A05版）')
    p.write(os.path.join(D, 'r273'))


# ---------------- r274 辽沈晚报 2021-01-21 (article in an SQL dump of a parking-lot demo) (lone CR, final CR)
def r274():
    s = src('r274_lswb_tingche')
    m = re.search(r"INSERT INTO `news` VALUES \(111,'2021-01-21 03:35:27','([^']*)','([^']*)','[^']*','([^']*)'\)", s)
    assert m, 'row 111'
    h, capcr, cell = m.groups()
    assert h == '沈阳一停车场停车57分钟却要按全天收费'
    assert capcr == '停车场入口处的提示牌。辽沈晚报记者 李毅 摄'
    cap, cr = '停车场入口处的提示牌。', '辽沈晚报记者 李毅 摄'
    assert cap + cr == capcr
    ps = sql_paras(cell)
    assert len(ps) == 6 and ps[3] == '市民：' and ps[4] == '停车场收费规则不合理'
    assert ps[0].startswith('1月17日，沈阳一位市民') and ps[5].endswith('应付金额为7元。')
    p = Page(fillers=('', '\t', '', '\u3000\u3000'), eol='\r')
    p.furn(['辽沈晚报', '2021年1月21日 星期四'], adjacent=True, run='辽沈晚报 2021年1月21日 星期四')
    p.article()
    p.title('headline', h)
    p.para_cut(cut(ps[0], '该停车场白天停车3元，'),
               between={0: [(cap, (cr, 'photographer', '李毅'), 'same', '')]}, indent=SS)
    p.para(ps[1], indent=SS)
    p.para(ps[2], indent=SS, trail='\t')
    p.head([ps[3], ps[4]])
    p.para(ps[5], indent=SS)                        # the copy's first section ends here
    p.jump('（下转A06版）')
    p.write(os.path.join(D, 'r274'))


# ---------------- r275 北京青年报 2015-10-21 (article in an SQL dump of a demo CMS) (CRLF, no final newline)
def r275():
    s = src('r275_bjqnb_qiyou')
    m = re.search(r"INSERT INTO `cms_content` VALUES \('49', '([^']*)', '35', '[^']*', '', '', '', '', 'admin', '([^']*)', '([^']*)'", s)
    assert m, 'row 49'
    h, info, cell = m.groups()
    assert h == '92号汽油每升涨0.04元 对私家车主的影响较小 '
    ps = sql_paras(cell)
    assert len(ps) == 4 and ps[0] == info
    assert ps[0].startswith('本报讯(记者 蔺丽爽)昨日') and ps[3].endswith('&rdquo;的格局。')
    assert all(x.startswith(SS) for x in ps[1:])
    ps = [ps[0]] + [html.unescape(x[2:]) for x in ps[1:]]  # the dump's HTML entities decoded
    assert ps[3].endswith('形成“七涨九跌四搁浅”的格局。')
    # the decoded text of the copy, so that check.py finds the paragraph (see NOTES, Calls)
    open(os.path.join(D, 'src', 'r275_bjqnb_qiyou_unescaped.txt'), 'w', encoding='utf-8').write(
        html.unescape(s))
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', final_eol=False)
    p.furn(['北京青年报'])
    p.furn(['2015年10月21日 星期三'], run='北京青年报 2015年10月21日 星期三')
    p.article()
    p.title('headline', h.strip(), trail=' ')
    p.para(ps[0])
    p.para_cut(cut(ps[1], '汽、柴油最高零售价格均上调50元/吨，'), fills={0: '\u3000'}, indent=SS)
    p.para_cut(cut(ps[2], '月跑2000公里的小型私家车为例，'), fills={0: '\t'}, indent=SS)
    p.para(ps[3], indent=SS)
    p.write(os.path.join(D, 'r275'))


# ---------------- r276 燕赵都市报 2015-06-09 (燕赵都市网 report quoted in a text-rank demo) (BOM, LF, final LF)
def r276():
    s = src('r276_yzdsb_suning')
    m = re.search(r'v = """(.*?)"""', s, re.S)
    assert m
    ls = [l.strip() for l in m.group(1).split('\n') if l.strip()]
    assert len(ls) == 6
    h = ls[0]
    assert h == '河北沧州肃宁县发生特大枪击案致4死5伤'
    assert ls[1].startswith('【河北肃宁发生特大枪击案已致4死5伤')   # a microblog summary: left out
    body = ls[2:]
    assert body[0].startswith('燕赵都市网沧州电 6月9日凌晨') and body[3].endswith('目前案件共造成4死5伤。')
    p = Page(fillers=(' ', '\u3000', '', ''), eol='\n', bom=True)
    p.furn(['燕赵都市报', '2015年6月9日 星期二'], adjacent=True, run='燕赵都市报 2015年6月9日 星期二')
    p.article()
    p.title('headline', h, trail='  ')
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '事件发生后，'), fills={0: '\u3000'}, indent=SS)
    p.para_cut(cut(body[2], '三名死者分别为：'), fills={0: ' '}, indent=SS, trails={1: '\t'})
    p.para(body[3], indent=SS)
    p.write(os.path.join(D, 'r276'))


if __name__ == '__main__':
    r272(); r273(); r274(); r275(); r276()
