# build r267-r271 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, cutter, cutter_many, photo_credit as pho

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')
cuts = cutter_many(cut)


# ---------------- r267 劳动午报 2024-02-01 第03版 工会 (two stories of one page) (CRLF, final CRLF)
def r267():
    la = lines('r267_ldwb_weixiaozhao')
    lb = lines('r267_ldwb_tuoguanban')
    p = Page(fillers=('', '\u3000', '', ' \t'), eol='\r\n')
    assert la[0] == '第03版:工会' and la[1] == '3上一版  下一版4'
    nav = la[2:10]                                   # the page's list of titles (web furniture)
    assert nav[0] == '望京街道总工会职工子女寒假托管班开班' and nav[1] == '劳动者带上“微笑照”回家过年'
    assert la[10] == '版面导航' and la[11] == '3上一期' and la[12].startswith('3上一篇  下一篇4 2024年2月1日')
    k, h = la[13], la[14]
    assert k == '市总工会开展“最美劳动者 微笑带回家”公益活动' and h == nav[1]
    body_b = la[15:18]
    assert body_b[0].startswith('本报讯 (记者 马春燕)“这是我') and body_b[2].endswith('温暖带回家。')
    assert la[18].startswith('3上一篇')            # web furniture after: left out
    assert len(lb) == 3 and lb[0].startswith('本报讯 (记者 刘欣欣) 为帮助') and lb[2].endswith('解决后顾之忧。')
    p.furn(['劳动午报', '2024年2月1日 星期四'], adjacent=True, run='劳动午报 2024年2月1日 星期四')
    p.furn(['第03版:工会'])
    # story 1 (the first title of the page list; text from its own article page)
    p.article()
    p.title('headline', nav[0], trail=' ')
    p.para_cut(cut(lb[0], '协调各方资源于近期启动职工子女寒假托管班,'), fills={0: '\u3000'}, indent=SS)
    p.para(lb[1], indent=SS)
    p.para(lb[2], indent=SS)
    # story 2: kicker + headline
    p.article()
    p.title('kicker', k, trail='  ')
    p.title('headline', h, adjacent=True)
    p.para(body_b[0], indent=SS)
    p.para(body_b[1], indent=SS, trail=' ')
    p.para_cut(cut(body_b[2], '自2016年举办以来,'), fills={0: '\t'}, indent=SS)
    p.write(os.path.join(D, 'r267'))


# ---------------- r268 四川工人日报 2023-11-24 第03版 (photo page of the 15th provincial union congress) (LF, no final newline)
def r268():
    ls = lines('r268_scgrrb_shiwuda')
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\n', final_eol=False)
    assert ls[0] == '担当新使命 奋进新征程' and ls[1].startswith('第03版 上一期')
    assert ls[3] == '第13740期:第03版 本期出版日期:2023-11-24'
    h, s, cr = ls[4], ls[5], ls[6]
    assert h == '担当新使命 奋进新征程' and s == '——四川省工会第十五次代表大会掠影'
    assert cr == '记者 黄瑞 张宸菱 张杨 雷琰 邓霞 向晓文 石家豪 柯晓琳 摄'
    assert ls[7] == '语音播报: 语音播报'                # web furniture: left out
    p1, p2 = ls[8], ls[9]
    assert p1.startswith('11月23日,四川省工会') and p2.endswith('新面貌、新风采。')
    caps = ls[10:20]
    assert caps[0] == '代表们投下庄严的一票' and caps[-1] == '代表们走出会场,将会议精神带回去,认真学习贯彻'
    assert caps[8].startswith('“中国梦·劳动美---凝心铸魂')
    assert ls[20] == '新闻评论0'                        # web furniture after: left out
    p.furn(['四川工人日报', '2023年11月24日 星期五', '第13740期'], adjacent=True,
           run='四川工人日报 2023年11月24日 星期五 第13740期')
    p.furn(['第03版'])
    p.article()
    p.title('headline', h, trail='  ')
    p.title('subheadline', s, adjacent=True)
    p.credit(cr, cr, 'photographer', '黄瑞、张宸菱、张杨、雷琰、邓霞、向晓文、石家豪、柯晓琳')
    p.para_cut(cut(p1, '来自全省各地、各行各业、各条战线的近千名代表,'),
               between={0: [(caps[0],), (caps[1],)]}, indent=SS)
    p.para(p2, indent=SS)
    for c in caps[2:]:
        p.figure(c)
    p.write(os.path.join(D, 'r268'))


# ---------------- r269 江苏工人报 2014-07-30 (reprint on 中工网) (BOM, lone CR, final CR)
def r269():
    ls = lines('r269_jsgrb_songqingliang')
    p = Page(fillers=('', '\u00a0', '', '  '), eol='\r', bom=True)
    assert ls[0].startswith('当前位置:中工网')     # web furniture: left out
    h = ls[1]
    assert h == '宿迁市总为一线职工送清凉'
    assert ls[2] == '//www.workercn.cn2014-07-30 16:28:34来源: 中工网——《江苏工人报》'
    body = ls[4:7]
    assert body[0].startswith('中工网讯 (通讯员 石先之 林涛 记者 丁彬彬)连日来') and body[2].endswith('走访慰问一线职工。')
    assert ls[7].startswith('[保存]')
    p.furn(['江苏工人报'])
    p.furn(['2014年7月30日  星期三'])
    p.article()
    p.title('headline', h, trail='\t')
    p.para(body[0], indent='  ')
    p.para_cut(cuts(body[1], '尽力为他们创造良好的施工环境、生活条件,', '在湖滨新城管委会大楼门前,'),
               fills={0: '\u00a0', 1: '  '}, indent='  ')
    p.para(body[2], indent='  ', trail=' ')
    p.write(os.path.join(D, 'r269'))


# ---------------- r270 人民铁道 2015-10-28 (一线风采, photo story on 人民铁道网) (BOM, CRLF, no final newline)
def r270():
    ls = lines('r270_rmtd_jieri')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True, final_eol=False)
    assert ls[0] == '一线风采'
    h = ls[1]
    assert h == '铁路人——坚守的节日最美丽'
    assert ls[2] == '发布时间:2015-10-28 来源:人民铁道网 字号:TT'
    lead = ls[3]
    assert lead.startswith('阖家团圆的中秋,') and lead.endswith('吃苦耐劳,毫无怨言。')
    figs = [(ls[4], ls[5]), (ls[6], ls[7]), (ls[8], ls[9]), (ls[10], ls[11])]
    who = ['刘一嬴', '王正富', '张学东', '田强']
    for (c, cr), w in zip(figs, who):
        assert cr == w + ' 摄', cr
    assert figs[0][0].startswith('2015年10月1日,沈阳站') and figs[3][0].endswith('共同庆祝祖国母亲的生日。')
    assert ls[12].startswith('在天津客运段担当的G219次列车上')   # the store stops before its credit: not used
    assert len(ls) == 13
    p.furn(['人民铁道  2015年10月28日  星期三  一线风采'])
    p.article()
    p.title('headline', h, trail=' ')
    p.para_cut(cut(lead, '多姿多彩的黄金周,'), fills={0: '\t'}, indent=SS)
    p.figure(figs[0][0], pho(figs[0][1], who[0]))
    p.figure(figs[1][0], pho(figs[1][1], who[1]), mode='same', sep='   ')
    p.figure(figs[2][0], pho(figs[2][1], who[2]), mode='blank')
    p.figure(figs[3][0], pho(figs[3][1], who[3]), first_fill='\u3000')
    p.write(os.path.join(D, 'r270'))


# ---------------- r271 劳动报 (上海) 2026-01-30 (web copy on 51ldb.com, 劳动观察) (LF, final LF)
def r271():
    ls = lines('r271_ldb_lvzhi')
    p = Page(fillers=('', '\u00a0', '', '\u3000'), eol='\n')
    h = ls[0]
    assert h == '聚焦民生头等大事,贡献工会智慧力量!市政协总工会界别履职一年间交出亮眼答卷'
    assert ls[1] == '来源:劳动观察 作者:罗菁,张锐杰 发布时间:2026-01-30 15:58'
    assert ls[2].startswith('摘要: ')                 # web summary (repeats a paragraph): left out
    body = ls[3:]
    assert len(body) == 8
    x = body[3]
    assert x == '以深度调研答好“民生之问”'
    assert body[0] == '心系民之关切,履职脚步不停。' and body[-1].endswith('重点举措研究报告》')
    p.furn(['劳动报', '2026年1月30日 星期五'], adjacent=True, run='劳动报 2026年1月30日 星期五')
    p.article()
    p.title('headline', h)
    p.byline('罗菁 张锐杰', ['罗菁', '张锐杰'], trail='\t')
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '紧扣上海高质量发展大局,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[2], indent=SS)
    p.head([x], trail='  ')
    p.para(body[4], indent=SS)
    p.para(body[5], indent=SS, trail=' ')
    p.para(body[6], indent=SS)
    p.para_cut(cut(body[7], '市政协社法委和市政协总工会界别去年联合启动“‘十五五’期间上海促进充分就业的目标、思路和重点举措”课题研究,'),
               indent=SS)
    p.jump('（下转第3版）')
    p.write(os.path.join(D, 'r271'))


for f in (r267, r268, r269, r270, r271):
    f()
