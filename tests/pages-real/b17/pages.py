# build r77-r81 from the verbatim copies in src/ (see NAME.sources.md)
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tools'))
from functools import partial
from pagekit import Page, src_blocks, cutter, find_block, figure_from_spec as fig
D = os.path.dirname(os.path.abspath(__file__))

paras = partial(src_blocks, D)
cut = cutter(None, once=False)
find = partial(find_block, once=False)

def body(p, ps, heads=(), pairs=(), cuts=None, figs=None, paras_only=None):
    """heads: one-line heads; pairs: first lines of two-line heads (printed on adjacent
    lines); cuts: {prefix: (after, [figure specs] or None, filler)}; figs: {prefix: [figure
    specs]} printed after that paragraph."""
    cuts = {find(ps, k): v for k, v in (cuts or {}).items()}
    figs = {find(ps, k): v for k, v in (figs or {}).items()}
    i = 0
    while i < len(ps):
        t = ps[i]
        if t in pairs:
            p.head([t, ps[i + 1]]); i += 2; continue
        if t in heads:
            p.head(t); i += 1; continue
        if i in cuts:
            after, between, fill = cuts[i]
            p.para_cut(cut(t, after), between={0: between} if between else None,
                       fills={0: fill} if fill is not None else None)
        else:
            p.para(t)
        for spec in figs.get(i, []):
            fig(p, spec)
        i += 1

def split_parts(ps, kickers):
    """split a package body at the part kickers; returns {kicker: [paragraphs after the
    kicker, headline and byline]}"""
    out, cur = {}, None
    for x in ps:
        if x in kickers:
            cur = x; out[cur] = []
        elif cur:
            out[cur].append(x)
    return out

PV = '（人民视觉）'

# ---------------- r77 人民日报 2025-02-06 第3版 要闻 (interview package; BOM, CRLF, final CRLF)
def r77():
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\r\n', bom=True)
    p.furn(['人民日报', '2025年2月6日  星期四', '第3版', '要闻'], run='人民日报 2025年2月6日  星期四 第3版 要闻')
    ps = paras('r77_gaoxinqu')
    cap = {k: ps[find(ps, k)] for k in ('图为电科蓝天', '图为中航沈飞', '图为无锡', '图为湘钢', '图为成都')}
    p.article()
    p.title('kicker', '经济新方位·对话·2025加油干')
    p.title('headline', '访五家高新区  谈新质生产力', trail='  ')
    p.para(ps[find(ps, '因地制宜发展新质生产力')])
    p.para(ps[find(ps, '新春伊始')])
    p.furn(['——编  者'], fill='')
    kick = [x for x in ps if x.endswith('高新区——')]
    parts = split_parts(ps[:find(ps, '本期统筹')], kick)
    f1 = (cap['图为电科蓝天'], ('王  辰摄（人民视觉）', 'photographer', '王辰'), 'next')
    f2 = (cap['图为中航沈飞'], ('沈阳高新区管委会供图', 'provided', '沈阳高新区管委会'), 'blank')
    f3 = (cap['图为无锡'], ('王雪莹摄（人民视觉）', 'photographer', '王雪莹'), 'same', '  ')
    f4 = (cap['图为湘钢'], ('贺意波摄（人民视觉）', 'photographer', '贺意波'), 'next', ' ', '\u3000')
    f5 = (cap['图为成都'], ('祝三平摄（人民视觉）', 'photographer', '祝三平'), 'next')
    spec = {
        '天津滨海高新区——': dict(cuts={'毋庸讳言': ('为帮助区内新能源企业回稳经营，', [f1], None)}),
        '辽宁沈阳高新区——': dict(figs={'前段时间，我到高新区内': [f2]}),
        '江苏无锡高新区——': dict(figs={'中央经济工作会议提出“深化': [f3]},
                              cuts={'怎么办？': ('共担前期发展风险，', None, '\u3000')}),
        '湖南湘潭高新区——': dict(cuts={'传统产业如何': ('要向创新要动力，', [f4], None)}),
        '四川成都高新区——': dict(figs={'我们和高新区内': [f5]}),
    }
    for k in kick:
        body_ps = parts[k]
        head, by = body_ps[0], body_ps[1]
        p.article()
        p.title('kicker', k)
        p.title('headline', head)
        name = by.replace('本报记者', '').strip()
        toks = name.split()
        p.byline(by, [''.join(toks)] if all(len(t) == 1 for t in toks) else toks)
        body(p, body_ps[2:], **spec[k])
    p.furn(['本期统筹：祁嘉润', '版式设计：蔡华伟', '融媒合作：人民网“领导留言板”'], adjacent=True,
           run='本期统筹：祁嘉润 版式设计：蔡华伟 融媒合作：人民网“领导留言板”')
    p.write(os.path.join(D, 'r77'))

# ---------------- r78 人民日报 2025-02-02 第4版 要闻 (six 新春走基层 stories; LF, no final newline)
def r78():
    p = Page(fillers=('', '\u3000', '', '\u3000\u3000'), eol='\n', final_eol=False)
    p.furn(['4', '要闻', '2025年2月2日  星期日'], run='4 要闻 2025年2月2日  星期日')
    p.article()
    p.title('kicker', '浙江宁波湾底村——')
    p.title('headline', '“乡村大脑”守护幸福路')
    p.byline('本报记者  李中文  刘军国', ['李中文', '刘军国'])
    body(p, paras('r78_xiangcun'), cuts={'在湾底村天宫庄园': ('马达启动后，', None, '\u3000')})
    p.article()
    p.title('kicker', '记者来到云南贡山县独龙江乡，听村民细说——')
    p.title('headline', '增收账本沉甸甸')
    p.byline('本报记者  朱思雄  张  驰', ['朱思雄', '张驰'])
    body(p, paras('r78_dulongjiang'), heads={'算算旅游增收账——', '算算农业增收账——'},
         cuts={'独龙江乡副乡长王永福': ('对品种更新进行技术指导。2022年，', None, None)})
    p.article()
    p.title('kicker', '福建大田县以智慧手段拓展农村居家养老服务覆盖面——')
    p.title('headline', '老人下单  服务上门', trail='  ')
    p.byline('本报记者  施  钰', ['施钰'], trail=' ')
    body(p, paras('r78_datian'), cuts={'养老院、农村幸福院': ('服务中心构建智慧平台，', None, '\u3000\u3000')})
    p.article()
    p.title('kicker', '曲目新  更“年轻”', accept=['kicker', 'headline'])
    p.title('headline', '漳河大鼓韵味足', accept=['headline', 'subheadline'])
    p.byline('本报记者  吴  君', ['吴君'])
    body(p, paras('r78_dagu'))
    p.article()
    p.title('kicker', '穿“外衣”  加“内胆”', accept=['kicker', 'headline'])
    p.title('headline', '百年老街展新颜', accept=['headline', 'subheadline'])
    p.byline('本报记者  贺林平', ['贺林平'])
    body(p, paras('r78_laojie'), cuts={'“难度很大': ('承建该工程的中建三局湾区公司项目经理李继伟说，', None, None)})
    p.article()
    p.title('kicker', '政策好  顾虑少', accept=['kicker', 'headline'])
    p.title('headline', '电梯更新实惠多', accept=['headline', 'subheadline'])
    p.byline('本报记者  潘俊强', ['潘俊强'])
    body(p, paras('r78_dianti'))
    p.write(os.path.join(D, 'r78'))

# ---------------- r79 人民日报 2025-02-06 第5版 评论 (lone CR, final CR)
def r79():
    p = Page(fillers=('\t', '', ' ', ''), eol='\r')
    p.furn(['人民日报', '2025年2月6日  星期四', '5', '评论'], run='人民日报 2025年2月6日  星期四 5 评论')
    ps = paras('r79_shoufei')
    p.article()
    p.title('kicker', '人民时评')
    p.title('headline', '免费还是收费，应有一杆秤')
    p.title('subheadline', ps[0])
    p.byline('周珊珊', ['周珊珊'])
    body(p, ps[1:], cuts={'飞机座位原本就': ('再进一步细分，', None, '\t')})
    p.article()
    p.title('kicker', '暖闻热评')
    p.title('headline', '细节冷暖最可感', trail=' ')
    p.byline('华璐月', ['华璐月'])
    body(p, paras('r79_xiaowancai'), heads={'【点评】'},
         cuts={'如今，交通网络': ('老幼病残孕等群体候车不便，', None, None)})
    p.article()
    p.title('kicker', '现场评论·新春走基层')
    p.title('headline', '让“接地气”的艺术浸润乡土')
    p.byline('张  铁', ['张铁'])
    body(p, paras('r79_xiangtu'), cuts={'也要看到': ('简单画几幅壁画、做几个雕塑、搞几个展览，', None, ' ')})
    p.write(os.path.join(D, 'r79'))

# ---------------- r80 人民日报 2025-02-05 第19版 消费 (LF, final LF, U+00A0 fillers)
def r80():
    p = Page(fillers=('', '\u00a0', '', '\u3000\u3000'), eol='\n')
    p.furn(['人民日报', '2025年2月5日  星期三', '第19版', '消费'], run='人民日报 2025年2月5日  星期三 第19版 消费')
    ps = paras('r80_huiminsheng')
    p.article()
    p.title('kicker', '实施提振消费专项行动，提升消费能力、意愿和层级', accept=['kicker', 'headline'])
    p.title('headline', '惠民生  促消费  增后劲', accept=['headline', 'subheadline'])
    p.byline('本报记者  林丽鹂  齐志明', ['林丽鹂', '齐志明'])
    f1 = (ps[0], ('翟慧勇摄（人民视觉）', 'photographer', '翟慧勇'), 'next', ' ', '\u00a0')
    f2 = (ps[2], ('孙中喆摄（人民视觉）', 'photographer', '孙中喆'), 'same', ' ')
    heads = {x for x in ps if '，' in x and len(x) < 20 and not x.endswith('。')}
    end = ps[-1]
    body(p, ps[4:-1], heads=heads,
         figs={'春节期间，各地区各部门': [f1]},
         cuts={'“赶上搬新家': ('平桥区结合当地实际，', [f2], None),
               '2024年10月，市场监管总局': ('支持帮扶中小微经营主体抓住数字化转型机遇。商务部国际贸易经济合作研究院发布的《即时零售行业发展报告（2024）》提出，', None, '\u00a0')})
    p.byline(end.strip('（）'), ['付一凡'], printed=end)
    ps = paras('r80_shoudian')
    p.article()
    p.title('kicker', '市场漫步')
    p.title('headline', '“流量”变“留量”，首店才能变“老店”')
    p.title('subheadline', ps[0])
    p.byline('罗珊珊', ['罗珊珊'])
    body(p, ps[1:])
    p.article()
    p.title('kicker', '云南迪庆守住生态红线、安全底线，规范有序发展旅游业', accept=['kicker', 'headline'])
    p.title('headline', '徒步游带火沿线村落', accept=['headline', 'subheadline'])
    p.byline('本报记者  杨文明', ['杨文明'])
    body(p, paras('r80_tubu'), cuts={'普达措国家公园周边': ('对此，', None, None)})
    ps = paras('r80_nianbao')
    p.article()
    p.title('kicker', '优化企业年报工作，强化助企帮扶力度', accept=['kicker', 'headline'])
    p.title('headline', '“多报合一”为企业减负', accept=['headline', 'subheadline'])
    body(p, ps[:-1])
    p.byline('林丽鹂', ['林丽鹂'], printed=ps[-1])
    p.write(os.path.join(D, 'r80'))

# ---------------- r81 人民日报 2025-02-06 第12版 政治 (CRLF, no final newline)
def r81():
    p = Page(fillers=(' \t', '', '\t', ''), eol='\r\n', final_eol=False)
    p.furn(['人民日报  2025年2月6日  星期四', '第12版', '政治'], adjacent=True,
           run='人民日报  2025年2月6日  星期四 第12版 政治')
    ps = paras('r81_zhuangtai')
    p.article()
    p.title('kicker', '接诉即办、帮办代办……节后首个工作日，多地政务服务单位工作人员——')
    p.title('headline', '工作在状态  服务在一线')
    p.byline('本报记者  刘以晴  王  者  沈靖然', ['刘以晴', '王者', '沈靖然'])
    p.para(ps[find(ps, '状态体现担当')])
    p.furn(['——编  者'], fill='')
    f1 = (ps[0], ('徐晶波摄' + PV, 'photographer', '徐晶波'), 'next')
    f2 = (ps[2], ('本报记者  王  者摄', 'photographer', '王者'), 'blank')
    f3 = (ps[4], ('付小玄摄' + PV, 'photographer', '付小玄'), 'same', '  ')
    pairs = {x for x in ps if x.endswith('——')}
    body(p, ps[find(ps, '一条便民热线'):], pairs=pairs,
         figs={'8点20分': [f1], '忙了一上午': [f2]},
         cuts={'何利介绍': ('为此，', [f3], None),
               '近年来，松原市': ('打造各级职能部门、企事业单位构成的“即办”体系。能立即办结的第一时间答复，', None, '\t')})
    ps = paras('r81_guangxi')
    p.article()
    p.title('headline', '广西整治“指尖上的形式主义”')
    p.title('subheadline', '清理解散面向基层的5000多个微信工作群')
    body(p, ps, cuts={'据广西壮族自治区': ('为强化常态管理督导，', None, ' \t')})
    p.article()
    p.title('headline', '黑龙江开展农村基层党组织网络培训', trail='  ')
    body(p, paras('r81_heilongjiang'))
    ps = paras('r81_guofang')
    p.article()
    p.title('headline', '深化新时代全民国防教育  汇聚爱国强军正能量')
    p.byline('卢小青', ['卢小青'])
    body(p, ps, heads={x for x in ps if x[:2] in ('一、', '二、', '三、')},
         cuts={'一是紧盯': ('探索建立领导干部国防教育分级分类培训体系，', None, None)})
    p.write(os.path.join(D, 'r81'))

for f in (r77, r78, r79, r80, r81):
    f()
