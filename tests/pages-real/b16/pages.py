# build r72-r76 from the verbatim copies in src/ (see NAME.sources.md)
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tools'))
from functools import partial
from pagekit import Page, src_blocks, cutter
D = os.path.dirname(os.path.abspath(__file__))

paras = partial(src_blocks, D)
cut = cutter(None, once=False)

def body(p, ps, heads=(), pairs=(), marks=False, cuts=None, indent=''):
    """heads: paragraph texts that are one-line heads; pairs: first lines of two-line
    heads (the next paragraph is the second line); cuts: {para index: (after, between, fills)}"""
    cuts = cuts or {}
    i = 0
    while i < len(ps):
        t = ps[i]
        if t.startswith('**') and t.endswith('**'):
            p.head(t[2:-2], marks=marks); i += 1; continue
        if t in pairs:
            p.head([t, ps[i + 1]]); i += 2; continue
        if t in heads:
            p.head(t); i += 1; continue
        if i in cuts:
            after, between, fills = cuts[i]
            p.para_cut(cut(t, after), between={0: between} if between else None,
                       fills={0: fills} if fills else None, indent=indent)
        else:
            p.para(t, indent=indent)
        i += 1

# ---------------- r72 人民日报 2025-07-02 第11版 政治 (LF, final LF, U+3000 fillers)
def r72():
    p = Page(fillers=('', '\u3000', '', '\u3000\u3000'), eol='\n')
    p.furn(['人民日报', '2025年7月2日\u3000星期三', '第11版', '政治'],
           run='人民日报 2025年7月2日\u3000星期三 第11版 政治')
    p.article()
    p.title('kicker', '时隔近20年首次“大修”，应对新型社会治安问题', accept=['kicker', 'headline'])
    p.title('headline', '治安管理处罚法  哪些修订与你我密切相关', accept=['headline', 'subheadline'], trail='  ')
    p.byline('本报记者  彭  波', ['彭波'])
    ps = paras('r72_zhian')
    pairs = [x for x in ps if x.startswith('网友关注')]
    body(p, ps, heads={'链接'}, pairs=pairs,
         cuts={ps.index([x for x in ps if x.startswith('现行治安管理处罚法规定')][0]): ('该负责人表示，', None, '\u3000')})
    p.article()
    p.title('kicker', '“阳光下的守护”法治公安主题宣传活动走进北京——')
    p.title('headline', '以法治力量守护幸福生活')
    p.byline('本报记者  张天培', ['张天培'])
    ps = paras('r72_gongan')
    body(p, ps, cuts={ps.index([x for x in ps if x.startswith('周五晚高峰')][0]): ('在北京市交管局交通事故远程处理中心，', None, None)})
    p.article()
    p.title('kicker', '司法部发布《行政复议工作白皮书（2024）》', accept=['kicker', 'headline'])
    p.title('headline', '去年全国新收行政复议案件74.96万件', accept=['headline', 'subheadline'])
    body(p, paras('r72_fuyi'))
    p.article()
    p.title('kicker', '中国军队歼敌1万余人，取得台儿庄大捷', accept=['kicker', 'headline'])
    p.title('headline', '血洒疆场  扬威不屈', accept=['headline', 'subheadline'])
    p.figure('台儿庄外围中国军队重机枪阵地。', ('台儿庄大战纪念馆提供', 'provided', '台儿庄大战纪念馆'), mode='next')
    p.figure('台儿庄巷战中的中国军队。', ('台儿庄大战纪念馆提供', 'provided', '台儿庄大战纪念馆'), mode='blank')
    ps = paras('r72_taierzhuang')
    k = [i for i, x in enumerate(ps) if x.startswith('3月24日')][0]
    body(p, ps, cuts={k: ('向台儿庄猛攻，',
                          [('如今的台儿庄古城。', ('孔  闯摄（人民视觉）', 'photographer', '孔闯'), 'same', ' ')], None)})
    p.byline('本报记者徐雷鹏、王者整理', ['徐雷鹏', '王者'], printed='（本报记者徐雷鹏、王者整理）')
    p.article()
    p.title('headline', '粤澳政务服务实现自助服务机“跨境通办”')
    body(p, paras('r72_yueao'))
    p.article()
    p.title('headline', '山西长治打造新型就业服务体系')
    body(p, paras('r72_changzhi'))
    p.write(os.path.join(D, 'r72'))

# ---------------- r73 人民日报 2025-07-03 第6版 要闻 (BOM, CRLF, final CRLF, tab fillers)
def r73():
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\r\n', bom=True)
    p.furn(['人民日报  2025年7月3日  星期四', '第6版', '要闻'], adjacent=True,
           run='人民日报  2025年7月3日  星期四 第6版 要闻')
    p.article()
    p.title('headline', '为党和人民事业奋斗终身')
    p.title('subheadline', '——纪念李克强同志诞辰70周年', adjacent=True)
    p.byline('中共中央党史和文献研究院', ['中共中央党史和文献研究院'])
    ps = paras('r73_li')
    k1 = [i for i, x in enumerate(ps) if x.startswith('1998年6月起')][0]
    k2 = [i for i, x in enumerate(ps) if x.startswith('担任国务院总理后')][0]
    body(p, ps, cuts={k1: ('立足河南地处中原的区位优势和比较优势，', None, '\t'),
                      k2: ('新冠疫情发生后，李克强同志担任中央应对疫情工作领导小组组长，', None, None)})
    p.article()
    p.title('headline', '吉林出台方案培育壮大冰雪装备器材产业', trail='  ')
    body(p, paras('r73_jilin'))
    p.article()
    p.title('kicker', '两部门印发通知', accept=['kicker', 'headline'])
    p.title('headline', '推动社会组织助力高校毕业生就业', accept=['headline', 'subheadline'])
    ps = paras('r73_shezu')
    body(p, ps, cuts={2: ('创新就业资源对接服务模式，', None, '\u3000')})
    p.article()
    p.title('headline', '福建“一站式”省级惠企政策申享平台上线')
    body(p, paras('r73_fujian'))
    p.write(os.path.join(D, 'r73'))

# ---------------- r74 人民日报 2025-07-03 第4版 要闻 (lone CR, no final newline)
def r74():
    p = Page(fillers=('', '\u3000', '\t'), eol='\r', final_eol=False)
    p.furn(['4', '要闻', '2025年7月3日  星期四'], run='4 要闻 2025年7月3日  星期四')
    p.article()
    p.title('kicker', '累计盘活资产超36万件，节约资金20亿余元', accept=['kicker', 'headline'])
    p.title('headline', '公物仓全国“一张网”建设加快推进', accept=['headline', 'subheadline'])
    p.byline('本报记者  沈童睿', ['沈童睿'])
    ps = paras('r74_gongwu')
    k = [i for i, x in enumerate(ps) if x.startswith('2022年至2023年')][0]
    body(p, ps, marks=True, cuts={k: ('国家发展改革委优化公物仓运行机制，', None, '\u3000')})
    p.credit('数据来源：国家机关事务管理局', '数据来源：国家机关事务管理局', 'data', '国家机关事务管理局')
    p.article()
    p.title('kicker', '人民论坛')
    p.title('headline', '两则新闻看调研')
    p.byline('成  森', ['成森'])
    ps = paras('r74_luntan')
    body(p, ps, cuts={5: ('调查研究就要想方设法到群众中去，', None, '\t')})
    p.article()
    p.title('headline', '全力推进灾后重建')
    p.figure('贵州省黔东南苗族侗族自治州发生洪涝灾害以来，党员积极投入抢险救灾工作。图为6月30日，在从江县丙梅街道俞家湾社区，党员志愿者进行清淤。',
             ('罗京来摄（影像中国）', 'photographer', '罗京来'), mode='next')
    p.figure('7月2日，贵州省黔东南苗族侗族自治州榕江县，各方支援力量坚守灾区一线清淤除障、恢复水电等，全力投入灾后重建工作。图为贵州省武警总队的武警战士在榕江县城老街清运淤泥。',
             ('杨成利摄（影像中国）', 'photographer', '杨成利'), mode='same', sep='  ')
    p.article()
    p.title('kicker', '内蒙古乌海：')
    p.title('headline', '“流动办公桌”破解基层办事难题')
    body(p, paras('r74_wuhai'))
    p.byline('据新华社呼和浩特7月2日电  记者魏婧宇', ['魏婧宇'], printed='（据新华社呼和浩特7月2日电  记者魏婧宇）')
    p.furn(['制图：蔡华伟', '本期统筹：张佳莹'], adjacent=True, run='制图：蔡华伟 本期统筹：张佳莹')
    p.write(os.path.join(D, 'r74'))

# ---------------- r75 人民日报 2025-07-02 第14版 生态 (LF, final LF, tab / U+3000 fillers)
def r75():
    p = Page(fillers=('\t', '', '\u3000', ''), eol='\n')
    p.furn(['人民日报', '2025年7月2日 星期三', '14', '生态'], run='人民日报 2025年7月2日 星期三 14 生态')
    p.article()
    p.title('kicker', '山东日照修复海洋生态，探索渔旅融合', accept=['kicker', 'headline'])
    p.title('headline', '耕海牧渔，建设“蓝色粮仓”', accept=['headline', 'subheadline'])
    p.byline('本报记者  李  蕊', ['李蕊'], trail=' ')
    ps = paras('r75_rizhao')
    heads = {'核心阅读'} | {x for x in ps if '，' in x and len(x) < 20 and not x.endswith('。')}
    k = [i for i, x in enumerate(ps) if x.startswith('宋友山的经历并非个例')][0]
    body(p, ps, heads=heads, cuts={k: ('当地瞄准发展时机，', None, '\t')})
    p.article()
    p.title('kicker', '南疆近二十一万平方公里土壤地球化学调查发现——')
    p.title('headline', '沿天山南麓，有条千公里“硒腰带”')
    p.title('subheadline', '全面摸清南疆土壤的五十四种元素和指标数据')
    ps = paras('r75_xi')
    body(p, ps, cuts={1: ('尤其是发现了一条东起焉耆盆地、经阿克苏地区，', None, '\u3000')})
    p.article()
    p.title('headline', '贵州受灾三县全部恢复供电', trail='  ')
    p.byline('本报记者  苏  滨  陈隽逸', ['苏滨', '陈隽逸'])
    body(p, paras('r75_dian'))
    p.write(os.path.join(D, 'r75'))

# ---------------- r76 人民日报 2025-07-02 第12版 文化 (CRLF, no final newline, U+00A0 fillers)
def r76():
    p = Page(fillers=('\u00a0', '', ''), eol='\r\n', final_eol=False)
    p.furn(['人民日报', '2025年7月2日  星期三', '第12版', '文化'], run='人民日报 2025年7月2日  星期三 第12版 文化')
    p.article()
    p.title('kicker', '推进文化自信自强')
    p.title('headline', '《黄河大合唱》  音符跳动着时代的脉搏')
    p.para(paras('r76_huang')[0])
    p.furn(['——编  者'], fill='')
    p.figure('图①：李心草在指挥《黄河大合唱》。', ('中国音乐学院供图', 'provided', '中国音乐学院'), mode='next', first_fill='\u00a0')
    p.figure('图②③：《黄河大合唱》相关历史资料。', ('本报记者  宋朝军摄', 'photographer', '宋朝军'), mode='same', sep='  ')
    p.figure('图④：广东深圳宝安区西乡会堂内，《黄河大合唱》演唱现场。', ('马佳骥摄', 'photographer', '马佳骥'), mode='blank')
    p.article()
    p.title('kicker', '高校师生参观《黄河大合唱》专题展', accept=['kicker', 'headline'])
    p.title('headline', '永恒的旋律  青春的力量', accept=['headline', 'subheadline'])
    p.byline('本报记者  黄  超', ['黄超'])
    ps = paras('r76_renda')
    body(p, ps, cuts={6: ('华北联合大学师生与当地军民举行庆祝联欢晚会，', None, '\u00a0')})
    p.article()
    p.title('kicker', '西北民族大学《黄河大合唱》研究中心主任黄炜——')
    p.title('headline', '传唱黄河的澎湃新声')
    body(p, paras('r76_huangwei'))
    p.byline('本报记者宋朝军采访整理', ['宋朝军'], printed='（本报记者宋朝军采访整理）')
    p.article()
    p.title('kicker', '新语·文化强国名家谈')
    p.title('headline', '“黄河”的力量跨越时空')
    p.byline('李心草', ['李心草'])
    ps = paras('r76_li')
    body(p, ps, cuts={2: ('这些年，我一直在研究“黄河”的结构，', None, None)})
    p.article()
    p.title('headline', '安徽推进廊桥数字化保护')
    body(p, paras('r76_langqiao'))
    p.article()
    p.title('headline', '数智赋能  传统焕新')
    p.byline('本报记者  宋豪新', ['宋豪新'])
    ps = paras('r76_luzhou')
    body(p, ps, cuts={6: ('将设备利用率提高45%，', None, '')})
    p.write(os.path.join(D, 'r76'))

for f in (r72, r73, r74, r75, r76):
    f()
