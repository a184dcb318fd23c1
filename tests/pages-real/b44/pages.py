# build r212-r216 from the verbatim copies in src/ (see NAME.sources.md)
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


# ---------------- r212 镇江日报 第01版 头版 (2022-04-03, 2022-08-16, 2020-04-28, 2020-02-02) (BOM, CRLF, final CRLF)
def r212():
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    # copy A: 2022-04-03, a three-line title and a dateline story
    a = lines('r212_zjrb_20220403_yiqing')
    assert a[:2] == ['2022年04月03日', '第01版:头版'] and a[-1].endswith('/enpproperty-->')   # web furniture
    ka, ha, sa = a[2], a[3], a[4]
    assert ka == '许昆林在宿迁召开省疫情联防联控指挥部会议' and ha == '严密落实防控措施 高效快速处置疫情'
    assert sa == '徐曙海在镇江分会场参会'
    pa = a[5:8]
    assert pa[0].startswith('本报讯(王拓 崔骏)4月2日,') and pa[2].endswith('收听收看会议。') and len(a) == 9
    # copy B: 2022-08-16, photo news (a headline and one long caption)
    b = lines('r212_zjrb_20220816_kangyi')
    assert b[:2] == ['2022年08月16日', '第01版:头版'] and len(b) == 6
    hb, capb, crb = b[2], b[3], b[4]
    assert hb == '齐心协力 同心抗疫' and capb.startswith('8月15日下午,') and crb == '李斌 吕元 摄影报道'
    # copy C: 2020-04-28, a story closed by the reporters' bracket
    c = lines('r212_zjrb_20200428_tongbaohui')
    assert c[:2] == ['2020年04月28日', '第01版:头版'] and len(c) == 7
    hc = c[2]
    assert hc == '市委召开老同志通报会 和党外人士民主协商会'
    pc = c[3:6]
    br = '(镇组轩 栾继业)'
    assert pc[2].endswith('参加了民主协商会。' + br)
    last_c = pc[2][:-len(br)]
    # copy D: 2020-02-02, two-line title, story cut by the paper's own jump line
    d = lines('r212_zjrb_20200202_zhaoshang')
    assert d[:3] == ['星期日', '2020年02月02日', '第01版:头版'] and len(d) == 9
    kd, hd = d[3], d[4]
    assert kd == '人员流动暂停 项目对接不断' and hd == '新区开展不见面招商 积蓄产业发展后劲'
    pd = d[5:8]
    jd = '(下转4版)'
    assert pd[2].endswith('为落实疫情中减少人员流动的要求,' + jd)
    last_d = pd[2][:-len(jd)]

    p.furn(['镇江日报', '第01版:头版'], adjacent=True, run='镇江日报 第01版:头版')
    p.article()
    p.title('kicker', ka)
    p.title('headline', ha, adjacent=True, trail='  ')
    p.title('subheadline', sa, adjacent=True)
    p.para(pa[0], indent=SS)
    p.para_cut(cut(pa[1], '坚持人物同防,'), fills={0: '\t'}, indent=SS)
    p.para(pa[2], indent=SS)
    p.article()
    p.title('headline', hb)
    p.figure(capb, pho(crb, '李斌、吕元'))
    p.article()
    p.title('headline', hc)
    p.para(pc[0], indent=SS)
    p.para_cut(cut(pc[1], '一致表示坚决拥护、全力支持。同时,'), fills={0: '\u3000'}, indent=SS)
    p.para(last_c, indent=SS, byline=(br, '镇组轩 栾继业', ['镇组轩', '栾继业']))
    p.article()
    p.title('kicker', kd, accept=['kicker', 'headline'])
    p.title('headline', hd, accept=['headline', 'subheadline'], adjacent=True)
    p.para(pd[0], indent=SS, trail=' ')
    p.para(pd[1], indent=SS)
    p.para(last_d, indent=SS)
    p.jump(jd)
    p.write(os.path.join(D, 'r212'))


# ---------------- r213 日照日报 (2024-05-25 continuation, 2019-07-17 侧记, 2018-07-25) (lone CR, no final newline)
def r213():
    p = Page(fillers=('', '\u00a0', '', '  '), eol='\r', final_eol=False)
    a = lines('r213_rzrb_20240525_sheyingzhou')
    assert len(a) == 3 and a[0].startswith('“这次中国新闻摄影周') and a[2].endswith('再来日照。')
    b = lines('r213_rzrb_20190717_dakashe')
    hb = b[0]
    assert hb == '媒体大咖感受日照大海的魅力和热情'
    assert b[1] == '2019-07-17 09:08:00 来源: 日照日报 作者:'          # web meta line: left out
    sb = b[2]
    assert sb == '——“我爱这片蓝色的国土”网络主题活动走进日照侧记'
    pb = b[3:8]
    assert len(b) == 8 and pb[0].startswith('7月16日上午,') and pb[4].endswith('魅力和热情。')
    c = lines('r213_rzrb_20180725_huanbao')
    hc = c[0]
    assert hc == '日照海洋环保理念深入人心' and c[1] == '日照日报 2018-07-25 15:30 大字'   # web meta: left out
    bc, xc = c[2], c[3]
    assert bc == '本报记者 王娟' and xc == '中新社山东分社摄影部主任 张勇'
    pc = c[4:7]
    assert pc[0].startswith('时隔8年,') and pc[2].endswith('环保公益事业。') and c[7] == '新闻推荐'  # web after

    p.furn(['日照日报', '2版', '综合新闻'], run='日照日报 2版 综合新闻')
    p.jump('（上接第一版）')
    p.article()
    p.para_cut(cut(a[0], '以会为媒,'), fills={0: '\u00a0'}, indent='  ')
    p.para(a[1], indent='  ')
    p.para(a[2], indent='  ')
    p.article()
    p.title('headline', hb)
    p.title('subheadline', sb, adjacent=True)
    p.para(pb[0], indent='  ')
    p.para_cut(cut(pb[1], '接下来,'), indent='  ')
    p.para(pb[2], indent='  ', trail=' ')
    p.para(pb[3], indent='  ')
    p.para(pb[4], indent='  ')
    p.article()
    p.title('headline', hc, trail=' ')
    p.byline(bc, ['王娟'])
    p.head([xc])
    p.para(pc[0], indent='  ')
    p.para_cut(cut(pc[1], '小商小贩摆满了火车站前的道路,'), fills={0: '  '}, indent='  ')
    p.para(pc[2], indent='  ')
    p.write(os.path.join(D, 'r213'))


# ---------------- r214 聊城日报 2021-12-21 (essay on the paper, reprint on yybnet) (LF, final LF)
def r214():
    p = Page(fillers=('', '\t', '', SS), eol='\n')
    a = lines('r214_lcrb_20211221_yibao')
    assert a[0].startswith('今日聊城') and a[1].startswith('地方网 >')          # web furniture: left out
    h = a[2]
    assert h == '聊城大小事 一报尽知之'
    assert a[3] == '来源:聊城日报 2021-12-21 08:25   https://www.yybnet.net/'      # web meta: left out
    b = a[4]
    assert b == '朱海波'
    body = a[5:]
    assert len(body) == 4 and body[0].startswith('诗人艾青说:') and body[3].endswith('看到聊城的变化。')
    p.furn(['聊城日报', '2021年12月21日  星期二', '7  文化周刊'], run='聊城日报 2021年12月21日 星期二 7 文化周刊')
    p.article()
    p.title('headline', h)
    p.byline(b, ['朱海波'])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '读者一上班看到办公桌上的报纸,'), fills={0: '\t'}, indent=SS)
    p.para(body[2], indent=SS)
    p.para_cut(cut(body[3], '党报就是“舆马”和“舟楫”,'), fills={0: SS}, indent=SS)
    p.jump('（下转第8版）')
    p.write(os.path.join(D, 'r214'))


# ---------------- r215 京江晚报 2018-12-28 第008版 城事 (a reader's essay) (CRLF, no final newline)
def r215():
    p = Page(fillers=('', ' \t', '', '\u3000'), eol='\r\n', final_eol=False)
    a = lines('r215_jjwb_20181228_pengyou')
    assert a[:2] == ['2018年12月28日', '第008版:城事']
    h = a[2]
    assert h == '晚报,我的贴心朋友'
    body = a[3:]
    assert len(body) == 3 and body[2].endswith('先后刊发了《重游故地话云')
    p.furn(['京江晚报', '2018年12月28日', '星期五', '第008版:城事'], adjacent=True,
           run='京江晚报 2018年12月28日 星期五 第008版:城事')
    p.article()
    p.title('headline', h, trail='\u3000')
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '经副刊部编辑老师精心修改后刊出了。如,'), fills={0: ' \t'}, indent=SS)
    p.para(body[2], indent=SS)
    p.jump('(下转第009版)')
    p.furn(['责任编辑:周 玲  美术编辑:史 俊'])
    p.write(os.path.join(D, 'r215'))


# ---------------- r216 南通日报 2020-04-29 (continuation from A1, reporters glued at the end) (BOM, LF, no final newline)
def r216():
    p = Page(fillers=('', '\u3000', ''), eol='\n', bom=True, final_eol=False)
    a = lines('r216_ntrb_20200429_chuhaikou')
    assert a[0] == '(上接A1版)' and len(a) == 2
    by = '本报记者 汤晓峰 朱文君'
    assert a[1].endswith('化为美好现实!' + by)
    text = a[1][:-len(by)]
    p.furn(['南通日报', 'A2', '2020年4月29日 星期三', '要闻'], run='南通日报 A2 2020年4月29日 星期三 要闻')
    p.jump(a[0])
    p.article()
    p.para(text, byline=(by, '汤晓峰 朱文君', ['汤晓峰', '朱文君']))
    p.furn(['本版责编:王 敏  版式:陈 洁'])
    p.write(os.path.join(D, 'r216'))


for f in (r212, r213, r214, r215, r216):
    f()
