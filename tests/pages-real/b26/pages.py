# build r122-r126 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored md files' bodies (front matter left out), copied verbatim;
# blocks are separated by blank lines. Helpers follow b21's/b25's pages.py.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import (Page, md_parts, cutter, find_block as find, figure_from_spec as fig,
                     photo_credit as pho, provided_credit as prov, strip_tag,
                     take_caption as take)

SS = '\u3000\u3000'
NB = '\u00a0'


md = partial(md_parts, D)
cut = cutter('，')


def body(p, ps, heads=(), heads2=None, cuts=None, figs=None, bylines=None, furn=(), skip=(), trails=None):
    """heads: one-line heads; heads2: {first block: second block} printed as one head on two adjacent
    lines; cuts: {prefix: (after, [figure specs] or None, filler)}; figs: {prefix: [figure specs]} printed
    after that block; bylines: {block: (printed, text, authors)}; furn: furniture blocks; skip: blocks of
    the md left out (they must be there); trails: {prefix: trailing spaces} for uncut paragraphs."""
    cuts = {find(ps, k): v for k, v in (cuts or {}).items()}
    figs = {find(ps, k): v for k, v in (figs or {}).items()}
    trails = {find(ps, k): v for k, v in (trails or {}).items()}
    heads2 = heads2 or {}
    bylines = bylines or {}
    for h in list(heads) + list(heads2) + list(heads2.values()) + list(skip) + list(furn) + list(bylines):
        assert h in ps, h
    second = set(heads2.values())
    for i, t in enumerate(ps):
        if t in skip or t in second:
            pass
        elif t in heads:
            p.head(t)
        elif t in heads2:
            assert ps[i + 1] == heads2[t]
            p.head([t, heads2[t]])
        elif t in bylines:
            printed, text, authors = bylines[t]
            p.byline(text, authors, printed=printed)
        elif t in furn:
            p.furn([t])
        elif i in cuts:
            after, between, fill = cuts[i]
            p.para_cut(cut(t, after), between={0: between} if between else None,
                       fills={0: fill} if fill is not None else None)
        else:
            p.para(t, trail=trails.get(i, ''))
        for spec in figs.get(i, []):
            fig(p, spec)


# ---------------- r122 人民日报 2025-04-08 第13版 社会 (LF, final LF)
def r122():
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['人民日报', '2025年4月8日  星期二', '13', '社会'], adjacent=True,
           run='人民日报 2025年4月8日  星期二 13 社会')
    # 1 AI诈骗 (30066456): ### line (accept), three heads on two lines each; web tag 民生一线 left out
    k, h, s, se, b, ps = md('r122_aizhapian')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', strip_tag(h, '民生一线'), accept=['headline', 'subheadline'], trail='  ')
    p.byline(b, ['张天培', '苏滨'])
    body(p, ps, heads2={'AI诈骗形式多样': '换脸、变声、对口型', 'AI诈骗危害广泛': '造成经济损失、心理创伤',
                        '有效防范AI诈骗': '保护个人信息、学习识别方法'},
         cuts={'贵州省黔东南苗族侗族自治州': ('说自己正在外地投标，', None, '\t'),
               '我们也应该提高安全防范意识': ('在日常生活中，', None, None)},
         trails={'相较于电信诈骗': '  '})
    # 2 民生观 (30066457): column kicker, padded byline, the summary line after it (a paragraph)
    k, h, s, se, b, ps = md('r122_bianjiao')
    p.article()
    p.title('kicker', '民生观')
    p.title('headline', strip_tag(h, '民生观'))
    p.byline(b, ['罗彦'])
    assert ps[0] == '创造更多安全、舒适、绿色、人文的新空间，需要城市管理者将精细治理覆盖每一处'
    body(p, ps, cuts={'闲置空间的华丽转变': ('自中央部署实施城市更新以来，', None, '\u3000')})
    # 3 普法“无障碍” (30066458): photo item, two paragraphs, the article credit 摄影报道
    k, h, s, se, b, ps = md('r122_pufa')
    assert k is None and b is None and s is None
    p.article()
    p.title('headline', h)
    cr = ps[-1]
    assert cr == '牛宏超  周学津摄影报道'
    body(p, ps[:-1])
    p.credit(cr, cr, 'photographer', '牛宏超、周学津')
    # 4 重庆 (30066462): the md's ## line under the headline (accept), dateline lead
    k, h, s, se, b, ps = md('r122_chongqing')
    assert k is None and b is None
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'])
    body(p, ps, cuts={'在产业发展方面': ('同时，', None, '\t')})
    p.write(os.path.join(D, 'r122'))


# ---------------- r123 人民日报 2025-04-08 第19版 党建 (BOM, lone CR, no final newline)
def r123():
    p = Page(fillers=('', ' ', '', NB), eol='\r', bom=True, final_eol=False)
    p.furn(['19', '党建', '人民日报  2025年4月8日  星期二'], run='19 党建 人民日报  2025年4月8日  星期二')
    # 1 低保金 (30066486): series kicker, three heads, the 链接 box head on two lines
    k, h, s, se, b, ps = md('r123_dibao')
    assert k is None and se == '前沿观察·清风正气在身边②'
    p.article()
    p.title('kicker', se)
    p.title('headline', h)
    p.byline(b, ['沈童睿'])
    body(p, ps, heads={'缩水的低保金找回来了', '多发的低保金追回来了', '长效制度规矩立起来了'},
         heads2={'链接': '河南整治社会救助“人情保”“关系保”'},
         cuts={'纪检监察干部随即进村入户': ('并且调查了刘某某的银行账户，', None, ' '),
               '商水县纪委监委随即督促': ('但积极配合核查，', None, NB),
               '周口市纪检监察机关一方面': ('堵漏洞、补短板，', None, None)})
    # 2 金台潮声 (30066487): series kicker, padded byline
    k, h, s, se, b, ps = md('r123_mianzi')
    p.article()
    p.title('kicker', se)
    p.title('headline', h)
    p.byline(b, ['张洋'])
    body(p, ps, cuts={'新时代以来，全面从严治党': ('“四下基层”优良传统传承弘扬，', None, None)})
    # 3 一线听民声 (30066488): a headline and one long-caption photo
    k, h, s, se, b, ps = md('r123_minsheng')
    assert k is None and b is None and len(ps) == 2
    p.article()
    p.title('headline', h)
    fig(p, (ps[0], pho(ps[1], '李世平')))
    # 4 拱墅 (30066489): dash kicker
    k, h, s, se, b, ps = md('r123_gongshu')
    p.article()
    p.title('kicker', k)
    p.title('headline', h)
    p.byline(b, ['窦瀚洋'])
    body(p, ps, cuts={'在东清大厦更新项目中': ('推动消防、住建等13个部门下沉，', None, ' ')})
    # 5 甘肃 (30066490): dash kicker, headline halves split by two spaces
    k, h, s, se, b, ps = md('r123_rencai')
    p.article()
    p.title('kicker', k)
    p.title('headline', h)
    p.byline(b, ['王锦涛'], trail=' ')
    body(p, ps, cuts={'这是甘肃省深入开展': ('同时广纳贤才，', None, NB)})
    p.write(os.path.join(D, 'r123'))


# ---------------- r124 人民日报 2025-04-08 第8版 经济 (CRLF, final CRLF)
def r124():
    p = Page(fillers=('', '\t', '', SS), eol='\r\n')
    p.furn(['经济', '第8版', '2025年4月8日  星期二'], adjacent=True, run='经济 第8版 2025年4月8日  星期二')
    # 1 package 春和景明 (30066545): column kicker, editor's note; three signed parts, each with a
    #   place kicker ending ——, a headline and a byline; the md's three photos placed in the parts
    k, h, s, se, b, ps = md('r124_chunhe')
    assert k is None and b is None
    g1 = take(ps, 0, '浙江绍兴新昌县回山镇，游客在手工炒茶师傅指导下体验炒茶。', '俞临新摄（人民视觉）')
    g2 = take(ps, 2, '湖北武汉，运行中的光谷空轨与盛开的樱花相映成趣。', '本报记者  吴  君摄')
    g3 = take(ps, 4, '四川成都新津区，游客在天府农博园油菜花田中赏美景、吃火锅。', '刘  杰摄（人民视觉）')
    p.article()
    p.title('kicker', '经济聚焦')
    p.title('headline', strip_tag(h, '经济聚焦'))
    parts = [('浙江绍兴新昌县——', '采茶品茶垂钓，可玩可品又可憩', '本报记者  窦瀚洋', ['窦瀚洋']),
             ('湖北武汉——', '坐空轨观非遗，江城无处不飞花', '本报记者  吴  君', ['吴君']),
             ('四川成都新津区——', '吃火锅喝咖啡，油菜花田业态多', '本报记者  王明峰', ['王明峰'])]
    starts = [ps.index(x[0]) for x in parts] + [len(ps)]
    body(p, ps[6:starts[0]], furn={'——编  者'})
    lay = [dict(cuts={'茶山上，茶农用拇指': ('在茶农指导下，', [(g1[0], pho(g1[1], '俞临新'))], None),
                      '“把握春天消费热点': ('清明假期期间，', None, '\t')}),
           dict(figs={'武汉拥有超50万株樱花树': [(g2[0], pho(g2[1], '吴君'), 'blank')]},
                cuts={'为了更好服务游客': ('今年3月樱花开放期间，', None, SS)}),
           dict(cuts={'走进位于农博园中心': ('花期延长后，', [(g3[0], pho(g3[1], '刘杰'), 'same', SS)], None)})]
    for j, (kk, hh, bb, au) in enumerate(parts):
        seg = ps[starts[j]:starts[j + 1]]
        assert seg[:3] == [kk, hh, bb]
        p.article()
        p.title('kicker', kk)
        p.title('headline', hh)
        p.byline(bb, au)
        body(p, seg[3:], **lay[j])
    # 2 山西 (30066546): the md's ## line under the headline (accept)
    k, h, s, se, b, ps = md('r124_shanxi')
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'])
    p.byline(b, ['郑洋洋'])
    body(p, ps, cuts={'据介绍，“惠商保”项目': ('指导市县两级市场监管部门与保险机构协同行动，', None, None)})
    # 3 广州 (30066549): ## line (accept), dateline lead
    k, h, s, se, b, ps = md('r124_guangzhou')
    assert b is None
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'], trail=' ')
    p.title('subheadline', s, accept=['subheadline', 'headline'])
    body(p, ps)
    p.write(os.path.join(D, 'r124'))


# ---------------- r125 人民日报 2025-04-01 第13版 生态 (BOM, LF, no final newline)
def r125():
    p = Page(fillers=('', NB, '', '  '), eol='\n', bom=True, final_eol=False)
    p.furn(['人民日报  2025年4月1日  星期二  第13版  生态'])
    # 1 黄河畔 (30065251): ### line (accept), editor's note paragraphs, three heads; the figure credited
    #   only 资料图片 is left out (b19); the series line under the ### line is left out (b21's rule)
    k, h, s, se, b, ps = md('r125_huanghe')
    assert se == '美丽中国·黄河大合唱  越唱越响亮①'
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'])
    p.byline(b, ['宋朝军'])
    take(ps, 0, '兰州两山地区的人工林。', '资料图片')
    g = take(ps, 2, '黄河从兰州穿城而过。', '兰州市委宣传部供图')
    assert ps[4].startswith('编者按：')
    body(p, ps[4:], heads={'新技术助力智慧防治', '两岸青山构成水土保持屏障', '生态美融入大河文脉'},
         cuts={'黄河兰州段由西固区达川镇入兰州': ('自西向东穿城而过，', [(g[0], prov(g[1], '兰州市委宣传部'), 'next', None, NB)], None),
               '在兰州，黄河南北两岸山脉绵延': ('经过70多年持续绿化建设，', None, '  '),
               '去年夏天，在兰州金城关': ('在离黄河不到10米远的地方，', None, NB)})
    # 2 林业站 (30065252): dash kicker, bare byline of three (one padded)
    k, h, s, se, b, ps = md('r125_linye')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, trail='  ')
    p.byline(b, ['顾仲阳', '陈伟', '卢明洁'])
    body(p, ps, cuts={'敦操乡林业站管护着': ('走村入寨宣传防火，', None, None)})
    # 3 重庆 (30065255): ### line (accept), dateline lead
    k, h, s, se, b, ps = md('r125_chongqing')
    assert b is None
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'])
    body(p, ps, cuts={'在跨省生态保护补偿机制方面': ('在与四川省、湖南省签订长江干流、濑溪河、酉水河补偿协议基础上，', None, NB)})
    p.write(os.path.join(D, 'r125'))


# ---------------- r126 人民日报 2025-04-29 第18版 新青年·特别报道 (lone CR, final CR)
def r126():
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\r')
    p.furn(['18', '新青年·特别报道', '人民日报', '2025年4月29日  星期二'], adjacent=True,
           run='18 新青年·特别报道 人民日报 2025年4月29日  星期二')
    # 1 中国底气 (30070507): column kicker, data credit under the headline, editor's note, five
    #   two-line heads (person line + motto), three photos, closing reporters' bracket (byline)
    k, h, s, se, b, ps = md('r126_diqi')
    assert k is None and b is None
    tag = '时代之问 青春作答'
    data = '数据来源：国家统计局、国家知识产权局、交通运输部'
    g1 = take(ps, 0, '山东港口青岛港前湾集装箱码头。', '韩加君摄（人民视觉）')
    assert ps[2] == data and ps[5] == data
    g2 = take(ps, 3, '四川成都市双流区黄水镇，95后新农人对小麦进行植保作业。', '李向雨摄（新华社发）')
    g3 = take(ps, 6, '4月24日，搭载神舟二十号载人飞船的长征二号F遥二十运载火箭在酒泉卫星发射中心发射升空。', '新华社记者  李  鑫摄')
    p.article()
    p.title('kicker', tag)
    p.title('headline', strip_tag(h, tag))
    p.credit(data, data, 'data', data[len('数据来源：'):])
    last = ps[-1]
    assert last == '（本报记者闫伊乔、程远州、欧阳洁、柯仲甲、刘军国、侯琳良、祝大伟）'
    body(p, ps[8:], furn={'——编  者'},
         heads2={'青年企业家李承：': '研算法，成果越研越新', '能源企业研发人员杨铭轩：': '拼创新，设备越拼越强',
                 '浙江义乌商户汪小楠：': '跑订单，信心越跑越足', '港口市场开发团队负责人李永锐：': '拓通道，服务越拓越优',
                 '大豆育种科研人员郑姣龙：': '育良种，质量越育越高'},
         bylines={last: (last, last[1:-1], ['闫伊乔', '程远州', '欧阳洁', '柯仲甲', '刘军国', '侯琳良', '祝大伟'])},
         figs={'——编  者': [(g3[0], pho(g3[1], '李鑫'))],
               '一捧豆，是中国食用油': [(g2[0], pho(g2[1], '李向雨'), 'blank')]},
         cuts={'将秸秆高效转化为可利用的糖': ('李承说，', None, '\t'),
               '信心是跑出来的': ('一周时间里，', None, '\u3000'),
               '这支团队以80后、90后居多': ('团队走访河北多家钢厂发现，', [(g1[0], pho(g1[1], '韩加君'))], None)})
    # 2 大思政课 (30070508): ### line (accept), bare byline, closing （作者为…）
    k, h, s, se, b, ps = md('r126_sizheng')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'])
    p.byline(b, ['宋友文'], trail='  ')
    assert ps[-1].startswith('（作者为')
    body(p, ps, cuts={'理论上清醒': ('面对经济全球化带来的机遇和挑战，', None, None)})
    # 3 心声 (30070509): the label 心声 over four signed parts, each a headline and a speaker line
    k, h, s, se, b, ps = md('r126_xinsheng')
    assert h == '心声' and b is None and k is None
    parts = [('中国为世界经济带来更多稳定性', '青年学者  杜鹏程', ['杜鹏程']),
             ('我们有能力突破“卡脖子”技术', '青年企业家  廖光朝', ['廖光朝']),
             ('始终坚持在顽强拼搏中取胜', '青年企业家  苏铭锟', ['苏铭锟']),
             ('爱国主义是具体的实践的', '青年学生  汪  玮', ['汪玮'])]
    starts = [ps.index(x[0]) for x in parts] + [len(ps)]
    assert starts[0] == 0
    pc = [None, {'作为80后企业家': ('对企业来说，', None, '\t')}, None,
          {'青年学生怎样爱国？': ('不能停留在口号上，', None, '\u3000')}]
    for j, (hh, bb, au) in enumerate(parts):
        seg = ps[starts[j]:starts[j + 1]]
        assert seg[:2] == [hh, bb] and seg[-1].startswith('（作者为')
        p.article()
        if j == 0:
            p.title('kicker', h)
        p.title('headline', hh)
        p.byline(bb, au)
        body(p, seg[2:], cuts=pc[j])
    p.write(os.path.join(D, 'r126'))


if __name__ == '__main__':
    for f in (r122, r123, r124, r125, r126):
        f()
