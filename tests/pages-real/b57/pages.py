# build r277-r281 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`, and one file of the code index) as the
# store gives them; every block printed here is cut out of them and checked with asserts.
import os, re, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_text, src_lines, cutter, photo_credit as pho

SS = '\u3000\u3000'


src = partial(src_text, D)
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r277 陕西日报 2023-11-22 (web copy on 中国一带一路网, yidaiyilu.gov.cn) (LF, final LF)
def r277():
    ls = lines('r277_sxdaily_sibohui')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    h = ls[0]
    assert h == '“相约丝博会 全国主流媒体看陕西”主题采访活动结束'
    assert ls[1] == '发布时间:2023-11-22 来源:陕西日报 作者:苗雨蒙'
    assert ls[2] == '文字放大 文字缩小'                 # web furniture: left out
    body = ls[3:]
    assert len(body) == 5
    assert body[0].startswith('11月20日,由陕西省委宣传部主办') and body[4].endswith('与历史来一场跨越时空的对')
    p.furn(['陕西日报', '2023年11月22日 星期三'], adjacent=True, run='陕西日报 2023年11月22日 星期三')
    p.article()
    p.title('headline', h, trail=' ')
    p.byline('苗雨蒙', ['苗雨蒙'], printed='□苗雨蒙')
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '走进历届丝博会落地项目现场,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[2], indent=SS, trail='  ')
    p.para(body[3], indent=SS)
    p.para(body[4], indent=SS)                      # the store stops mid-word: closed by a jump line
    p.jump('（下转第二版）')
    p.write(os.path.join(D, 'r277'))


# ---------------- r278 福建日报 (photo news on 新福建, newfj.com.cn, id 42235) (BOM, CRLF, no final newline)
def r278():
    ls = lines('r278_fjrb_ditie6')
    p = Page(fillers=('', '\u3000', '', ' '), eol='\r\n', bom=True, final_eol=False)
    assert len(ls) == 1
    t = ls[0]
    cr = '福建日报记者 庄严 通讯员 谢丹婷 林逸翔 摄影报道'
    assert t.endswith('。' + cr + ' 上一篇 下一篇')     # web furniture after the credit: left out
    cap = t[:-len(cr + ' 上一篇 下一篇')]
    assert cap.startswith('昨日10点,福州地铁6号线全线开始空载试运行。') and cap.endswith('图为福州地铁6号线试运行首班车驶出营前站高架站台。')
    p.furn(['福建日报'])
    p.figure(cap, pho(cr, '庄严、谢丹婷、林逸翔'), mode='same', sep='', doc_level=True)   # glued as in the copy
    p.write(os.path.join(D, 'r278'))


# ---------------- r279 山西日报手机报(晚报) 2026-01-23 第2904期 (copy on sxrb.com, c91669) (BOM, lone CR, final CR)
def r279():
    ls = lines('r279_sxrb_shoujibao')
    p = Page(fillers=('', '\u3000\u3000', '', '\u3000'), eol='\r', bom=True)
    assert ls[0] == '〓重点关注〓' and ls[1].startswith('>>')
    h1 = ls[1][2:]
    assert h1 == '2026年山西水利投资将超220亿聚焦现代水网与民生保障'
    a1, a2 = ls[2], ls[3]
    assert a1.startswith('22日,2026年山西省水利工作会举行') and a2.endswith('推动水网与产业、交通、能源等多领域深度融合。')
    assert ls[4].startswith('★本期关键词:')                       # left out
    head = ls[5:10]
    assert head == ['山西日报手机报(晚报)', '2026.01.23', '星期五', '农历十二月初五', '第2904期']
    assert ls[10] == '〓本期导读〓' and ls[11:16][0] == '◆山西2025年原煤总产量超13亿吨'   # table of contents: left out
    assert ls[16] == '〓山西观察〓' and ls[17] == '>>山西2025年原煤总产量超13亿吨'
    h2, b1 = ls[17][2:], ls[18]
    assert b1.startswith('作为全国重要的综合能源基地') and b1.endswith('有力保障了国家经济社会发展用能需要。')
    assert ls[19] == '>>山西2026年将探索农村互助性养老破困局' and ls[20] == '日前,在202'   # cut off by the store: left out
    p.furn(head, adjacent=True, run=' '.join(head))
    p.furn([ls[0]])
    p.article()
    p.title('headline', h1)
    p.para_cut(cut(a1, '其中,国家“两重”项目及省内重点工程将加快推进,'), fills={0: ''}, trails={1: ' '})
    p.para(a2)
    p.furn([ls[16]])
    p.article()
    p.title('headline', h2, trail='\t')
    p.para_cut(cut(b1, '2025年山西省规模以上工业原煤总产量130454.5万吨,'), fills={0: '\u3000'})
    p.write(os.path.join(D, 'r279'))


# ---------------- r280 南方日报 (2012-08, reprint on 腾讯教育 kept in an SQL dump) (CRLF, final CRLF)
def r280():
    s = src('r280_nfrb_luqu')
    h = re.search(r'<h1>(.*?)</h1>', s).group(1)
    assert h == '录取通知书满天飞 硕士竟被高职“抢录”'
    cap_line = re.search(r'<p class=\\"pictext\\" align=\\"center\\">(.*?)</p>', s).group(1)
    assert cap_line == '报料人向记者出示他所收到的录取信息。 受访者供图'
    cap, cr = cap_line.split(' ')
    ps = re.findall(r'<p style=\\"text-indent: 2em\\">(.*?)</p>', s)
    assert len(ps) == 26, len(ps)

    def strong(x):
        m = re.fullmatch(r'<strong>(.*?)</strong>', x)
        return m.group(1) if m else None
    assert ps[0].startswith('南方日报讯 （记者/闫昆仑实习生/周晓敏）') and '<a ' in ps[0]   # QQ keyword link inside: left out
    assert strong(ps[1]) == '录取信息真假难辨'
    assert '<a ' in ps[4]                                                    # QQ keyword link inside: left out
    assert strong(ps[6]) == '未报名已收到录取通知'
    assert strong(ps[13]) == '知情人报料招生有提成'
    assert strong(ps[18]) == '■省人保厅回应' and strong(ps[19]) == '会对此事调查清楚'
    assert strong(ps[21]) == '■律师说法' and strong(ps[22]) == '此类高职院校招生行为不合法'
    last = ps[25]
    assert '<a id=\\"backqqcom\\"' in last
    last = last[:last.index('<a ')]
    assert last.endswith('情节严重的可追究其法律责任。')
    for i in (2, 3, 5, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 20, 23, 24):
        assert '<' not in ps[i] and strong(ps[i]) is None, i
    p = Page(fillers=('\t', '', '\u3000', ''), eol='\r\n')
    p.furn(['南方日报'])
    p.furn(['教育'])
    p.article()
    p.title('headline', h, trail=' ')
    p.head([strong(ps[1])])
    p.para(ps[2], indent=SS)
    p.para_cut(cut(ps[3], '记者根据唐先生提供的短信，'), between={0: [(cap, (cr, 'provided', '受访者'), 'same', ' ')]},
               indent=SS)
    p.para(ps[5], indent=SS)
    p.head([strong(ps[6])], trail=' ')
    p.para(ps[7], indent=SS)
    p.para_cut(cut(ps[8], '记者调查发现，'), fills={0: '\u3000'}, indent=SS)
    for i in (9, 10, 11, 12):
        p.para(ps[i], indent=SS)
    p.head([strong(ps[13])])
    for i in (14, 15, 16, 17):
        p.para(ps[i], indent=SS, trail=' ' if i == 15 else '')
    p.head([strong(ps[18]), strong(ps[19])])
    p.art['children'][-1]['text'] = '省人保厅回应 会对此事调查清楚'     # the marker ■ is not text (b10 r43, b12 r56)
    p.para(ps[20], indent=SS)
    p.head([strong(ps[21]), strong(ps[22])])
    p.art['children'][-1]['text'] = '律师说法 此类高职院校招生行为不合法'
    p.para(ps[23], indent=SS)
    p.para(ps[24], indent=SS)
    p.para(last, indent=SS)
    p.write(os.path.join(D, 'r280'))


# ---------------- r281 甘肃日报 2019-06-26 (【甘报故事】, copy on 每日甘肃网) (BOM, LF, no final newline)
def r281():
    ls = lines('r281_gsrb_ganbaogushi')
    p = Page(fillers=('', '\u3000', '', ' \t'), eol='\n', bom=True, final_eol=False)
    assert ls[0].startswith('三严三实') and ls[1].startswith('您当前的位置')   # web furniture: left out
    t = ls[2]
    assert t == '【甘报故事】脚下有泥土 心中有真情(一)'
    k, h = t[:6], t[6:]
    assert k == '【甘报故事】'
    assert ls[3] == '来源:新甘肃·甘肃日报 丨 作者: 丨 2019-06-26 15:21 丨 浏览:编辑:马雪娟'
    caps = ls[4:12]
    assert caps[0].startswith('1981年初春,时任甘肃日报社总编辑刘爱芝(左一)') and caps[7].startswith('1953年白银发现大型铜矿')
    body = ls[12:15]
    assert body[0].startswith('从《甘肃日报》诞生的第一天起') and body[2].endswith('因此不敢有丝毫的懈怠。')
    assert ls[15] == '热点关注'                                          # web furniture after: left out
    p.furn(['甘肃日报'])
    p.furn(['2019年6月26日  星期三'])
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True, trail='  ')
    p.para(body[0], indent=SS)
    for c in caps[:4]:
        p.figure(c)
    p.para_cut(cut(body[1], '从工厂到农村,'), between={0: [(caps[4],), (caps[5],)]}, indent=SS)
    p.para(body[2], indent=SS, trail=' ')
    p.figure(caps[6], first_fill='\u3000')
    p.figure(caps[7])
    p.furn(['编辑:马雪娟'])
    p.write(os.path.join(D, 'r281'))


for f in (r277, r278, r279, r280, r281):
    f()
