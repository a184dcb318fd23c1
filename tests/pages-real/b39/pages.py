# build r187-r191 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, cutter, photo_credit as pho

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,、')


# ---------------- r187 解放军报 2021-02-19 第06版 基层传真, a photo story (CRLF, final CRLF)
def r187():
    ls = lines('r187_jfjb_jianshou')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n')
    assert ls[0] == '第06版:基层传真 PDF版下载'                 # e-paper navigation: page and page name
    assert ls[1] == '解放军报客户端' and ls[2] == '兵在掌上阅 亮剑弹指间'   # web furniture: left out
    h, p1, p2, cap, cr = ls[3:8]
    assert ls[8].startswith('您的IE浏览器版本太低') and len(ls) == 9  # web furniture: left out
    assert h == '坚 守' and cr == '潘程超、钞飞航摄影报道'
    assert cap.startswith('图①:') and '。图②:' in cap
    p.furn(['解放军报', '2021年2月19日 星期五', '第06版', '基层传真'], adjacent=True,
           run='解放军报 2021年2月19日 星期五 第06版 基层传真')
    p.article()
    p.title('headline', h, trail='  ')
    p.para(p1, indent=SS)
    p.para_cut(cut(p2, '国门更显庄严肃穆,'),
               between={0: [(cap, pho(cr, '潘程超、钞飞航'), 'next')]}, indent=SS)
    p.write(os.path.join(D, 'r187'))


# ---------------- r188 中国妇女报 2020-02-13 特别报道 (BOM, lone CR, no final newline)
def r188():
    ls = lines('r188_zgfnb_aixincai')
    p = Page(fillers=('', '\u00a0', '', '\u3000'), eol='\r', bom=True, final_eol=False)
    assert ls[0] == '中国妇女报数字报纸' and ls[1] == '2020年2月13星期四'   # web head: re-set as the page head
    assert ls[3].startswith('中国妇女报特别报道 ')                      # the page's article list: page name 特别报道
    i = ls.index('放大 缩小 默认') + 1                                   # web furniture before: left out
    h, p1, frag = ls[i], ls[i + 1], ls[i + 2]
    assert len(ls) == i + 3
    assert h == '四川妇女捐赠70余吨爱心菜支援湖北三地' and ls[3].endswith(h)
    assert p1.startswith('中国妇女报·中国妇女网记者许真学 任然 发自成都 为积极响应')
    assert frag == '值得一提'                                           # the copy stops here
    p.furn(['中国妇女报', '2020年2月13日 星期四', '特别报道'], adjacent=True,
           run='中国妇女报 2020年2月13日 星期四 特别报道')
    p.article()
    p.title('headline', h)
    p.para_cut(cut(p1, '组织菜农向武汉捐赠爱心菜,'), fills={0: '\u00a0'}, indent=SS)
    p.para(frag, indent=SS)
    p.jump('（下转第4版）')
    p.write(os.path.join(D, 'r188'))


# ---------------- r189 中华读书报 2014-02-26 第01版, a front page of digest items (LF, final LF)
def r189():
    ls = lines('r189_zhdsb_toutiao')
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\n')
    assert len(ls) == 12
    k = ls[0]
    assert k == '“我与中华读书报”征文'
    items = [(ls[1], ls[2], ls[3]), (ls[4], ls[5], ls[6]), (ls[7], ls[8], ls[9]), (ls[10], ls[11], None)]
    assert [it[0] for it in items] == ['梁刚建:创刊那些事', '杜高:忘不了的孙维世',
                                       '馆配商联盟能否再造市场新秩序?', '读书报专访:蒋方舟十年史']
    assert [it[2] for it in items[:3]] == ['(详见3版)', '(详见5版)', '(详见6版)']
    assert items[3][1].endswith('一个是如何在比较小的时候就获得很')   # the copy stops here
    p.furn(['中华读书报  2014年2月26日  星期三', '第1版'], run='中华读书报 2014年2月26日 星期三 第1版')
    # 1: column kicker over the first item
    p.article()
    p.title('kicker', k)
    p.title('headline', items[0][0], adjacent=True)
    p.para_cut(cut(items[0][1], '说是会议,'), fills={0: '\t'}, indent=SS)
    p.jump(items[0][2])
    # 2
    p.article()
    p.title('headline', items[1][0], trail=' ')
    p.para(items[1][1], indent=SS)
    p.jump(items[1][2])
    # 3
    p.article()
    p.title('headline', items[2][0])
    p.para_cut(cut(items[2][1], '还有种种疑虑。如,'), fills={0: '\u3000'}, indent=SS)
    p.jump(items[2][2])
    # 4: cut off where the copy stops
    p.article()
    p.title('headline', items[3][0])
    p.para(items[3][1], indent=SS)
    p.jump('(详见7版)')
    p.write(os.path.join(D, 'r189'))


# ---------------- r190 中国旅游报 2020-05-19 第07版, a special page (CRLF, no final newline)
def r190():
    ls = lines('r190_zglyb_lvyouri')
    p = Page(fillers=('', ' \t', '', SS), eol='\r\n', final_eol=False)
    assert ls[0] == '2020年05月19日' and ls[1] == '第07版:旅游报07版'   # e-paper head: date and page
    h, p1, p2, foot = ls[2:6]
    assert ls[6].startswith('2020-05-19 康宁 ') and len(ls) == 7        # e-paper metadata: left out
    assert h == '人意山光 俱有喜态'
    assert p1.startswith('“癸丑之三月晦,') and p2.endswith('有着怎样的精彩吧!')
    assert foot == '本版插画<周希昀 设计<王超'
    p.furn(['中国旅游报'])
    p.furn(['2020年5月19日  星期二', '第07版'], adjacent=True, run='中国旅游报 2020年5月19日 星期二 第07版')
    p.article()
    p.title('headline', h, trail='\u3000')
    p.para_cut(cut(p1, '1613年的5月19日,'), fills={0: '\u3000'}, indent=SS)
    p.para_cut(cut(p2, '广泛的参与性和普遍的惠民性,'), fills={0: ' \t'}, trails={1: '\t'}, indent=SS)
    p.furn([foot])
    p.write(os.path.join(D, 'r190'))


# ---------------- r191 中国新闻出版广电报: a book note (2024-06-14) and a news story (2021-04-02) (BOM, LF, no final newline)
def r191():
    la = lines('r191_xwcb_muai')
    lb = lines('r191_xwcb_dinghuohui')
    p = Page(fillers=('', '\t', '', '\u00a0'), eol='\n', bom=True, final_eol=False)
    ha, a1, a2 = la[0], la[2], la[3]
    assert ha == '母爱温暖一生' and la[1] == '来源:中国新闻出版广电报 时间:2024-06-14' and len(la) == 4
    assert lb[0] == '业内信息'                                          # the reprinting site's category: left out
    t = lb[1]
    k, h = '张建春到2021北京图书订货会调研时强调', '坚持社会效益优先 有效满足读者需求'
    assert t == k + ' ' + h                                              # split at the copy's own space
    assert lb[2] == '2021-04-02 来源:中国新闻出版广电报'                 # web meta line: left out
    body = lb[3:]
    assert len(body) == 6 and body[0].startswith('中国新闻出版广电报讯 (记者章红雨 尹琨)4月1日上午,')
    assert body[-1] == '在少儿出版物集中的4号馆,张建春向接力'             # the copy stops here
    p.furn(['中国新闻出版广电报', '2024年6月14日 星期五'], adjacent=True,
           run='中国新闻出版广电报 2024年6月14日 星期五')
    # A: book note, no byline
    p.article()
    p.title('headline', ha)
    p.para(a1, indent=SS)
    p.para_cut(cut(a2, '为了能够留在女儿身边,'), fills={0: '\t'}, indent=SS)
    # B: kicker + headline, dateline lead
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True, trail='  ')
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para(body[2], indent=SS)
    p.para_cut(cut(body[3], '当了解到中央文献出版社的习近平《论中国共产党历史》目前销量达3500万册,'),
               fills={0: '\u00a0'}, indent=SS)
    p.para(body[4], indent=SS)
    p.para(body[5], indent=SS)
    p.jump('（下转第3版）')
    p.write(os.path.join(D, 'r191'))


for f in (r187, r188, r189, r190, r191):
    f()
