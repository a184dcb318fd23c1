# build r197-r201 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them (transcribed from
# the look-up output); every block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter, photo_credit as pho

SS = '\u3000\u3000'


lines = partial(src_lines, D)
take = partial(take_line, once=True)
cut = cutter('，,')


def summary(ls, title):
    """the e-paper's title list: the `摘要:` line right after the title `• X`"""
    i = ls.index('• ' + title)
    s = ls[i + 1]
    assert s.startswith('摘要:'), s
    return s[len('摘要:'):]


# ---------------- r197 浙江工人日报 (epaper.zjgrrb.com), five items of 2015-2022 (BOM, CRLF, final CRLF)
def r197():
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    p.furn(['浙江工人日报'])

    # 2019-05-14 00002版:工会 -- headline, summary line, portrait caption, lead; the copy stops mid-sentence
    ls = lines('r197_zjgrrb_jindong')
    assert ls[0] == '浙江工人日报 数字报纸' and ls[1] == '00002版:工会'   # e-paper furniture: left out
    h, s, cap = ls[2], ls[3], ls[4]
    assert h == '传承的接力棒,在他们手中闪光' and s == '新晋省劳模为“金东工匠”颁奖'
    assert cap == '刚获评浙江省劳动模范的金东区曙光小学校长张根兵(左)为“金东工匠”王伟强颁奖。'
    body = ls[5:]
    assert len(body) == 4 and body[0].startswith('本报讯 通讯员陈献军报道 曾经,')
    assert body[3].endswith('每一位获奖工匠所展现出的卓越匠心')
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'], trail='  ')
    p.title('subheadline', s, accept=['subheadline', 'headline'], adjacent=True)
    p.figure(cap)                                   # caption only, between title and lead
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '引领建设一支知识型、技能型、创新型劳动者队伍,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[2], indent=SS)
    p.para(body[3], indent=SS)                      # ends where the copy stops
    p.jump('（下转第3版）')

    # 2018-08-02 00002版:工会 -- photo news printed as text; the credit's two parts joined on one line
    ls = lines('r197_zjgrrb_wenhua')
    h = ls[2]
    assert h == '文化进工地 党旗高高飘'
    c1 = '记者周金友、洪菡婷'
    assert ls[3].endswith('节目。' + c1) and ls[4] == '通讯员张晓燕 摄影报道'
    t = ls[3][:-len(c1)]
    cr = c1 + ' ' + ls[4]
    p.article()
    p.title('headline', h)
    p.para(t, indent=SS)
    p.credit(cr, cr, 'photographer', '周金友、洪菡婷、张晓燕')

    # 2015-04-21 00002版:工会 -- two paragraphs; the credit glued to the last one is printed on its own line
    ls = lines('r197_zjgrrb_qingyuan')
    h = ls[2]
    assert h == '庆元职工拔河迎“五一”'
    c = '通讯员柳庭和 记者孟万成 摄'
    assert ls[4].endswith('前八名。' + c)
    p.article()
    p.title('headline', h, trail=' ')
    p.para(ls[3], indent=SS)
    p.para(ls[4][:-len(c)], indent=SS)
    p.credit(c, c, 'photographer', '柳庭和、孟万成')

    # 2016-10-29 00003版:人文 -- a bare name glued after the last sentence (P+B)
    ls = lines('r197_zjgrrb_quzhou')
    h = ls[2]
    assert h == '衢州公路局获 “全国模范职工之家”'
    assert ls[4].endswith('职工之家的温暖。汪诚')
    p.article()
    p.title('headline', h)
    p.para(ls[3], indent=SS, trail=' ')             # the copy's trailing space
    p.para(ls[4][:-len('汪诚')], indent=SS, byline=('汪诚', '汪诚', ['汪诚']))

    # 2022-07-14 00002版:工会 -- a headline over one long-caption figure
    ls = lines('r197_zjgrrb_laomo')
    h, cap, c = ls[2], ls[3], ls[4]
    assert h == '劳模工匠馆“打卡”' and cap.endswith('感悟劳动创造幸福。') and c == '通讯员周子健、黄翊宸 摄'
    p.article()
    p.title('headline', h)
    p.figure(cap, pho(c, '周子健、黄翊宸'), first_fill='\t')
    p.write(os.path.join(D, 'r197'))


# ---------------- r198 安徽工人日报 2025-09-30 (epaper.ahgrrb.com doc_id=38051), four items closed by jump lines
# (lone CR, no final newline)
def r198():
    ls = lines('r198_ahgrrb_20250930')
    p = Page(fillers=('', '\u00a0', '', '\t'), eol='\r', final_eol=False)
    assert ls[1] == '2025-09-30' and ls[2] == '报刊:安徽工人日报'
    q = take(ls, '期次:第8676期')
    p.furn(['安徽工人日报', '2025年9月30日 星期二', q], adjacent=True,
           run='安徽工人日报 2025年9月30日 星期二 ' + q)

    # lead story: title and subheadline from the article part of the page, text from its summary (longer)
    h, s = '情暖金秋礼赞祖国', '——我省各级工会开展多彩活动迎国庆'
    i = ls.index('放大 缩小 默认')
    assert ls[i + 1] == h and ls[i + 2] == s
    t = summary(ls, h)
    assert t.startswith(ls[-1]) and t.endswith('为职工群众送去了')
    p.article()
    p.title('headline', h)
    p.title('subheadline', s, adjacent=True)
    p.para_cut(cut(t, '从劳模慰问到新就业群体关怀,'), fills={0: '\u00a0'}, indent=SS)
    p.jump('（下转第2版）')

    h = '合肥市第七届职工文化艺术节圆满收官'
    t = summary(ls, h)
    assert t.startswith('本报讯9月28日上午,') and t.endswith('画上了圆满句号')
    p.article()
    p.title('headline', h, trail=' ')
    p.para(t, indent=SS)
    p.jump('（下转第3版）')

    # the summary runs a paragraph, a colon head and the next paragraph's first words together
    h = '点燃科学热情赋能职工成长'
    t = summary(ls, h)
    x = '线上专场:为“奔跑者”定制科普问答'
    a, b = t.split(x)
    assert a.endswith('播撒到广大职工心中。') and b == '“以前送'
    p.article()
    p.title('headline', h)
    p.para(a, indent=SS)
    p.head([x])
    p.para(b, indent=SS)
    p.jump('（下转第3版）')

    h = '芜湖市职工一站式法律服务中心揭牌'
    t = summary(ls, h)
    assert t.startswith('本报讯9月25日,') and t.endswith('创新整合了法律咨')
    p.article()
    p.title('headline', h)
    p.para_cut(cut(t, '这是芜湖市总工会联合市中级人民法院、市检察院、市司法局、市人社局为职工劳动争议共同打造的“一站式”闭环服务平台,'),
               fills={0: '\t'}, indent=SS)
    p.jump('（下转第2版）')
    p.write(os.path.join(D, 'r198'))


# ---------------- r199 中国证券报 2019-09-18 第B027版 信息披露 (LF, no final newline)
def r199():
    ls = lines('r199_cs_xibu')
    p = Page(fillers=('', '  ', '', '\u3000'), eol='\n', final_eol=False)
    assert ls[0].startswith('第B027版:信息披露') and ls[3].startswith('2019年09月18日 星期三')
    p.furn(['中国证券报', '2019年09月18日 星期三'], adjacent=True, run='中国证券报 2019年09月18日 星期三')
    p.furn(['B027', '信息披露'], adjacent=True, run='B027 信息披露')
    p.ignore.append('中国证券报 2019年09月18日 星期三 B027 信息披露')   # the whole head, across the blank line
    k, h = ls[5], ls[6]
    assert k == '证券代码:002673 证券简称:西部证券 公告编号:2019-076'
    assert h == '西部证券股份有限公司关于2019年半年报问询函的回复公告'
    b = ls[7:]
    assert len(b) == 10
    assert b[1].endswith('回复并公告如下:') and b[4] == '回复:' and b[6].endswith('有序开展:')
    assert b[7] == '(一)自有资金出资的股票质押回购业务' and b[8] == '1、业务承接'
    assert b[9].endswith('公司风险控制')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True)
    p.para(b[0], indent='  ')
    p.para(b[1], indent='  ')                       # ends `:` before a list of paragraphs: finished
    p.para(b[2], indent='  ')
    p.para_cut(cut(b[3], '结合行业通行做法,'), fills={0: '  '}, indent='  ')
    p.head([b[4]])                                  # the bare label `回复:` over the answer
    p.para(b[5], indent='  ')
    p.para(b[6], indent='  ', trail=' ')
    p.head([b[7]])
    p.head([b[8]])
    p.para(b[9], indent='  ')                       # ends where the copy stops
    p.jump('（下转B028版）')
    p.write(os.path.join(D, 'r199'))


# ---------------- r200 证券时报 2011-05-10 (epaper.stcn.com content_271484) (CRLF, no final newline)
def r200():
    ls = lines('r200_stcn_jinma')
    p = Page(fillers=('', ' \t', '', '\u3000'), eol='\r\n', final_eol=False)
    assert ls[1].startswith('2011年5月10日 按日期查找')
    kl = take(ls, '证券代码: 000602  证券简称:*ST金马  公告编号:2011-012TitlePh')
    k = kl[:-len('TitlePh')]                        # `TitlePh`: a web template leftover, left out
    h = take(ls, '广东金马旅游集团股份有限公司重大资产重组进展公告')
    i = ls.index('2011-05-10 来源:证券时报网 作者:')
    assert ls[i + 1] == '协议条款示意图'              # three chart labels of the web page: left out
    b = ls[i + 4:]
    assert len(b) == 7 and b[1] == '一、重大资产重组进展情况' and b[4] == '二、特别提示'
    assert b[6].endswith('终止本次重大资')
    p.furn(['证券时报', '2011年5月10日  星期二'], run='证券时报 2011年5月10日  星期二')
    p.article()
    p.title('kicker', k, trail='  ')
    p.title('headline', h)
    p.para(b[0], indent=SS)
    p.head([b[1]])
    p.para_cut(cut(b[2], '于2010年12月30日经中国证监会上市公司并购重组审核委员会审核,'), fills={0: ' \t'}, indent=SS)
    p.para(b[3], indent=SS)
    p.head([b[4]], trail='\u3000')
    p.para(b[5], indent=SS)
    p.para(b[6], indent=SS)                         # ends where the copy stops
    p.jump('（下转B2版）')
    p.write(os.path.join(D, 'r200'))


# ---------------- r201 上海证券报 2006-11-20 (paper.cnstock.com content_49939035) (BOM, LF, final LF)
def r201():
    ls = lines('r201_cnstock_xugong')
    p = Page(fillers=('', '\t', '', '\u00a0'), eol='\n', bom=True)
    h = ls[0]
    assert h == '徐州工程机械科技股份有限公司股权分置改革说明书(摘要)' and ls[1] == '[] 2006-11-20 00:00'
    k = ls[2]
    assert k.startswith('证券代码:000425 ') and k.endswith(' 证券简称:S徐工')
    assert ls[3] == '保荐机构:'                      # the sponsor's name was a logo: left out
    b = ls[4:]
    assert b[0] == '声 明' and b[3] == '特别提示' and len(b) == 7
    assert b[6].endswith('为了使公司')
    p.furn(['上海证券报'])
    p.furn(['2006年11月20日', '星期一'], adjacent=True, run='2006年11月20日 星期一')
    p.ignore.append('上海证券报 2006年11月20日 星期一')                 # the whole head, across the blank line
    p.article()
    p.title('kicker', k)                            # the code line stands over the title in print
    p.title('headline', h)
    p.head([b[0]])
    p.para(b[1], indent=SS)
    p.para_cut(cut(b[2], '解决相互之间的利益平衡问题。中国证券监督管理委员会、证券交易所等部门对本次股权分置改革所作的任何决定或意见,'),
               fills={0: '\t'}, indent=SS)
    p.head([b[3]])
    p.para(b[4], indent=SS)
    p.para_cut(cut(b[5], '徐工集团工程机械有限公司除65,000,000股质押外,'), fills={0: '\u00a0'}, indent=SS)
    p.para(b[6], indent=SS)                         # ends where the copy stops
    p.jump('（下转B3版）')
    p.write(os.path.join(D, 'r201'))


for f in (r197, r198, r199, r200, r201):
    f()
