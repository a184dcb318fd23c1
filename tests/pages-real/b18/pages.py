# build r82-r86 from the verbatim copies in src/ (see NAME.sources.md)
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, '/work/main/tests/pages-real/tools')
from functools import partial
from pagekit import Page, cutter, find_block, unbold as unmark, src_text, figure_from_spec as fig


def paras(name, part=None):
    t = src_text(D, name)
    if part is not None:
        t = t.split('\n=====\n')[part]
    return [x.strip() for x in t.split('\n\n') if x.strip()]


cut = cutter(None, once=False)
find = partial(find_block, once=False)


def body(p, ps, heads=(), pairs=(), cuts=None, figs=None, marks=False):
    """heads: one-line heads; pairs: first lines of two-line heads (printed on adjacent
    lines); cuts: {prefix: (after, [figure specs] or None, filler)}; figs: {prefix: [figure
    specs]} printed after that paragraph. marks: print heads with ** on each line."""
    cuts = {find(ps, k): v for k, v in (cuts or {}).items()}
    figs = {find(ps, k): v for k, v in (figs or {}).items()}
    i = 0
    while i < len(ps):
        t = ps[i]
        if t in pairs:
            p.head([unmark(t), unmark(ps[i + 1])], marks=marks and t.startswith('**')); i += 2; continue
        if t in heads:
            p.head(unmark(t), marks=marks and t.startswith('**')); i += 1; continue
        if i in cuts:
            after, between, fill = cuts[i]
            p.para_cut(cut(t, after), between={0: between} if between else None,
                       fills={0: fill} if fill is not None else None)
        else:
            p.para(t)
        for spec in figs.get(i, []):
            fig(p, spec)
        i += 1


def headline2(p, first, second, sep='  '):
    """one headline printed on two adjacent lines (labels H, H+; b11's r51 call)"""
    p.title('headline', first)
    n = p._line(second, 'H+')
    node = p.art['children'][-1]
    node['text'] = first + sep + second


def byline(p, printed, trail=''):
    """byline text as printed; authors = tokens after the role word, adjacent one-character
    tokens paired (SPEC §2)"""
    name = printed.replace('本报记者', '').strip()
    toks, out = name.split(), []
    i = 0
    while i < len(toks):
        if len(toks[i]) == 1 and i + 1 < len(toks) and len(toks[i + 1]) == 1:
            out.append(toks[i] + toks[i + 1]); i += 2
        else:
            out.append(toks[i]); i += 1
    p.byline(printed, out, trail=trail)


# ---------------- r82 人民日报 2025-03-25 第6版 要闻 (UTF-8 BOM, CRLF, final CRLF)
def r82():
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    p.furn(['人民日报', '2025年3月25日  星期二', '第6版', '要闻'],
           run='人民日报 2025年3月25日  星期二 第6版 要闻')
    ps = paras('r82_fangsha')
    p.article()
    p.title('kicker', '辽宁省沙地治理与利用研究所治沙科研团队七十余载协力攻关——')
    p.title('headline', '接续传递防沙治沙“绿色接力棒”', trail='  ')
    byline(p, '本报记者  刘洪超')
    f1 = (ps[0], None)
    f2 = (ps[1], (ps[2], 'photographer', '刘洪超'), 'next', ' ', '\u3000')
    pairs = {ps[i] for i in range(len(ps) - 1)
             if ps[i].startswith('**') and ps[i + 1].startswith('**')}
    body(p, ps[3:], heads={'核心阅读'}, pairs=pairs, marks=True,
         cuts={'登上位于': ('放眼远眺，', [f1, f2], None),
               '目前，章古台镇': ('年产值高达9亿元。2020年，', None, '\t')})
    ps = paras('r82_guaguo')
    p.article()
    p.title('kicker', '重庆市垫江县居民岳龙芳带头凿石垦地、护苗育树', accept=['kicker', 'headline'])
    p.title('headline', '四十载耕耘，荒岛变成“瓜果山”', accept=['headline', 'subheadline'])
    byline(p, '本报记者  沈靖然', trail=' ')
    body(p, ps, cuts={'在白家镇长大的张洪兵': ('离岛时，岳龙芳塞给他两个西瓜，', None, '\u3000')})
    heads = ['两部门遴选发布一批党建引领乡村治理典型案例',
             '云南计划3年内培训职业技能人才超300万人次',
             '市场监管总局加大检验检测造假处罚力度',
             '新疆铁路双口岸累计通行中欧（中亚）班列超9万列']
    for k, h in enumerate(heads):
        p.article()
        p.title('headline', h)
        spec = {}
        if k == 0:
            spec = dict(cuts={'据介绍': ('“聚焦痛点堵点问题，满足农民群众迫切需求、提升为民服务效能”“坚持和发展新时代‘枫桥经验’，完善矛盾纠纷源头预防、排查预警、多元化解机制”5个方面，', None, None)})
        if k == 3:
            spec = dict(cuts={'数据显示': ('3月20日，霍尔果斯铁路口岸通行中欧（中亚）班列数量突破2000列，比去年提前18天，', None, '\u3000')})
        body(p, paras('r82_short', k), **spec)
    p.write(os.path.join(D, 'r82'))


# ---------------- r83 人民日报 2025-05-20 第16版 教育 (LF, no final newline)
def r83():
    p = Page(fillers=('', '\t', '', '\u3000\u3000'), eol='\n', final_eol=False)
    p.furn(['16', '教育', '2025年5月20日  星期二'], run='16 教育 2025年5月20日  星期二')
    ps = paras('r83_tiyu')
    p.article()
    p.title('kicker', '北京中小学实施“体育八条”三个月', accept=['kicker', 'headline'])
    p.title('headline', '欢快的操场  成长的印记', accept=['headline', 'subheadline'], trail='  ')
    byline(p, '本报记者  黄  超  李建广')
    f1 = (ps[0], (ps[1], 'provided', '北京教育融媒体中心'), 'next')
    f2 = (ps[2], (ps[3], 'provided', '北京教育融媒体中心'), 'blank')
    f3 = (ps[4], (ps[5], 'photographer', '鞠焕宗'), 'same', '  ', '\t')
    text = ps[6:]
    pairs = {'提升学生体质，体育课突出课时和质量两方面要求',
             '体育成为改革切入点，场地、师资、安全是绕不开的话题',
             '从课间15分钟到“体育八条”，传递健康第一的教育理念'}
    heads = {x for x in text if x.startswith('看') and x.endswith('——')}
    body(p, text, heads=heads, pairs=pairs,
         figs={'3个月来': [f1, f2]},
         cuts={'北京市近年来引导': ('北京市教委副主任王攀说，', [f3], None),
               '另一方面，是师资': ('有集团校反映，', None, '\u3000\u3000')})
    p.article()
    p.title('kicker', '教育时评')
    p.title('headline', '“长大后我要成为你”')
    byline(p, '吴  丹')
    body(p, paras('r83_shiping'), cuts={'让科学之光': ('学校作为科学教育主阵地，', None, '\t')})
    p.article()
    p.title('kicker', '师说')
    p.title('headline', '培养AI时代的拔尖创新人才')
    byline(p, '林  伟')
    body(p, paras('r83_shishuo'), cuts={'与此同时，师生共创': ('在学科交叉的“试验田”里，', None, None)})
    p.write(os.path.join(D, 'r83'))


# ---------------- r84 人民日报 2025-05-20 第13版 社会 (lone CR, final CR)
def r84():
    p = Page(fillers=('', ' ', '', '\t'), eol='\r')
    p.furn(['人民日报', '2025年5月20日\u3000星期二', '13', '社会'],
           run='人民日报 2025年5月20日\u3000星期二 13 社会')
    ps = paras('r84_shitang')
    p.article()
    p.title('kicker', '民生一线·节约食物  反对浪费')
    p.title('headline', '反餐饮浪费，机关食堂怎么做？')
    p.para(ps[0])
    p.para(ps[1])
    p.furn(['——编  者'], fill='')
    p.para(ps[3])
    rest = ps[4:]
    kick = [x for x in rest if x.endswith('机关食堂')]
    idx = [rest.index(k) for k in kick] + [len(rest)]
    cuts = [
        {'李杰介绍': ('执行出入库清单制度。食堂实行“个性化”菜单，', None, ' ')},
        {'设置人脸识别系统': ('推行大锅备菜、小锅续供，', None, None)},
        {'除厨师长外': ('有时见剩菜倒得多了，', None, '\t')},
    ]
    for j, k in enumerate(kick):
        part = rest[idx[j]:idx[j + 1]]
        p.article()
        p.title('kicker', part[0])
        headline2(p, part[1], part[2])
        byline(p, part[3], trail=' ' if j == 1 else '')
        body(p, part[4:], cuts=cuts[j])
    ps = paras('r84_minshengguan')
    p.article()
    p.title('kicker', '民生观')
    p.title('headline', '六十五岁以上不接待？银发消费岂能一拒了之')
    p.title('subheadline', ps[0])
    byline(p, '白真智')
    body(p, ps[1:], cuts={'面对巨大的银发市场': ('比如鼓励保险公司开发针对老年人健身、租房等场景的保险险种等，', None, None)})
    p.article()
    p.title('headline', '广州出台措施发展养老金融', trail='  ')
    body(p, paras('r84_guangzhou'))
    p.article()
    p.title('kicker', '女子从20多米高的瀑布跌落深潭', accept=['kicker', 'headline'])
    p.title('headline', '他奋不顾身成功施救', accept=['headline', 'subheadline'])
    byline(p, '本报记者  窦瀚洋')
    body(p, paras('r84_yuanshou'), cuts={'“被瀑布冲进水潭': ('挣扎着试图向岸边游去，', None, ' ')})
    p.write(os.path.join(D, 'r84'))


# ---------------- r85 人民日报 2025-04-15 第11版 政治 (LF, final LF)
def r85():
    p = Page(fillers=('', '\u3000', '', '\u00a0'), eol='\n')
    p.furn(['人民日报  2025年4月15日  星期二', '第11版', '政治'], adjacent=True,
           run='人民日报  2025年4月15日  星期二 第11版 政治')
    ps = paras('r85_anquan')
    p.article()
    p.title('headline', '全面贯彻总体国家安全观  坚决筑牢美好安徽建设安全基石')
    byline(p, '梁言顺')
    heads = {x for x in ps if '，' in x and not x.endswith('。') and not x.endswith('）')}
    body(p, ps, heads=heads,
         cuts={'提高政治站位': ('建立完善“第一议题”制度和“双随机”学习交流机制，', None, '\u00a0')})
    ps = paras('r85_shangzhi')
    p.article()
    p.title('kicker', '黑龙江尚志市——')
    p.title('headline', '崇尚英雄志  振兴正当时')
    byline(p, '本报记者  祝大伟', trail='  ')
    p.figure(ps[0], (ps[1], 'provided', '尚志市委宣传部'), 'next')
    body(p, ps[2:], cuts={'聆听英雄故事': ('因地制宜发展村集体棚室蔬菜产业项目。走进镇北村，', None, '\u3000')})
    ps = paras('r85_short', 0)
    p.article()
    p.title('headline', '高效办  更顺畅')
    p.para(ps[0])
    p.figure(ps[1], (ps[2], 'photographer', '季春鹏'), 'same', ' ')
    p.article()
    p.title('headline', '福建漳平打造村集体资产资源监督平台')
    body(p, paras('r85_short', 1), cuts={'“集体资产资源是村民的家底子': ('东坑村盘活村集体闲置资源，', None, None)})
    p.article()
    p.title('kicker', '新闻看法')
    p.title('headline', '装修违规拆改承重墙，谁来赔？')
    byline(p, '本报记者  王  洲')
    body(p, paras('r85_short', 2), cuts={'另一方面': ('综合考虑双方的过错情况，', None, '\u3000')})
    p.write(os.path.join(D, 'r85'))


# ---------------- r86 人民日报 2025-03-25 第10版 经济 (CRLF, no final newline)
def r86():
    p = Page(fillers=(' \t', '', '\u3000', ''), eol='\r\n', final_eol=False)
    p.furn(['10', '经济', '2025年3月25日 星期二'], run='10 经济 2025年3月25日 星期二')
    p.article()
    p.title('kicker', '六名视障人士提供消费新体验', accept=['kicker', 'headline'])
    p.title('headline', '上海这家店的咖啡要摸黑喝', accept=['headline', 'subheadline'])
    byline(p, '本报记者  季觉苏')
    body(p, paras('r86_kafei'),
         cuts={'在试营业时': ('店员还会随身携带纸巾和吸管，有客人提出要求时，', None, None),
               '“我们是一家咖啡店': ('在其他门店，听障咖啡师们戴上了人工智能眼镜，', None, '\u3000')})
    items = [(1, '广东推动海外主权基金来粤投资', '增强全球资源配置主动权', None),
             (0, '京杭大运河连续4年全线水流贯通', '今年补水线路总长1274公里',
              {'为持续推进': ('涉及北京、天津、河北、山东，', None, ' \t')}),
             (2, '广西钦州抽水蓄能电站主体工程开工', '预计2029年建成投产', None)]
    for k, h, s, c in items:
        p.article()
        p.title('headline', h)
        p.title('subheadline', s)
        body(p, paras('r86_short', k), cuts=c)
    p.write(os.path.join(D, 'r86'))


for f in (r82, r83, r84, r85, r86):
    f()
