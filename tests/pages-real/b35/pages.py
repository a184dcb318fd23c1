# build r167-r171 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line as take, cutter, photo_credit as pho

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')


def capcred(line, credit):
    """split a copy line `caption credit` (credit after a space or glued) at its credit"""
    assert line.endswith(credit), line
    cap = line[:-len(credit)]
    sep = ' ' if cap.endswith(' ') else ''
    cap = cap.rstrip(' ')
    assert cap.endswith('。'), cap
    return cap, sep


# ---------------- r167 内蒙古日报 2026-02-16 04版, photo page 红红火火迎马年 (BOM, CRLF, final CRLF)
def r167():
    ls = lines('r167_nmgrb_manian')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    assert ls[0] == '往期阅读' and ls[1].startswith('当前版: 04版') and ls[3].startswith('放大 缩小')  # web furniture
    h = ls[4]
    assert h == '红红火火迎马年'
    figs = ls[5:14]
    creds = [('本报记者 王磊 摄', '王磊'), ('本报记者 王磊 摄', '王磊'), ('包宝音德力格尔 摄', '包宝音德力格尔'),
             ('李富 摄', '李富'), ('来敬铮 摄', '来敬铮'), ('王化勇 摄', '王化勇'),
             ('本报记者 孟和朝鲁 摄', '孟和朝鲁'), ('本报记者 孟和朝鲁 摄', '孟和朝鲁'), ('张启民 摄', '张启民')]
    F = []
    for line, (cr, who) in zip(figs, creds):
        cap, sep = capcred(line, cr)
        F.append((cap, pho(cr, who), sep))
    b = ls[14]
    assert b == '□文/本报记者  白雪'
    body = ls[15:]
    assert len(body) == 4 and body[3].endswith('“2026来内蒙古过大年”系列活动')
    p.furn(['内蒙古日报', '2026年2月16日 星期一', '04版'], adjacent=True,
           run='内蒙古日报 2026年2月16日 星期一 04版')
    p.article()
    p.title('headline', h, trail='  ')

    def fig(i, first_fill=None):
        cap, cr, sep = F[i]
        p.figure(cap, cr, mode='same', sep=sep, first_fill=first_fill)

    fig(0)                                   # the lead photo between headline and byline
    p.byline('文/本报记者  白雪', ['白雪'], printed=b)
    p.para_cut(cut(body[0], '各地以丰富多彩的形式喜迎新春。年货大集人潮涌动,民俗表演好戏连台,'),
               between={0: [F[1][:2] + ('same', F[1][2]), F[2][:2] + ('same', F[2][2])]}, indent=SS)
    p.para(body[1], indent=SS)
    fig(3, first_fill='\u3000')
    fig(4)
    fig(5)
    p.para_cut(cut(body[2], '年货大集人气十足,'), fills={0: '\t'}, indent=SS)
    fig(6)
    fig(7)
    p.para_cut(cut(body[3], '推出冰雪乐园、民俗体验、雪地娱乐等特色项目,'),
               between={0: [F[8][:2] + ('same', F[8][2])]}, indent=SS)
    p.jump('（下转第5版）')
    p.write(os.path.join(D, 'r167'))


# ---------------- r168 天津日报: 05版 天津·社会 2025-02-10 and a 2021-02-18 reprint (LF, no final newline)
def r168():
    ls = lines('r168_tjrb_ludeng')
    p = Page(fillers=('', ' \t', '', '\u00a0'), eol='\n', final_eol=False)
    assert ls[0].startswith('第05版:天津·社会 上一版')            # e-paper navigation: left out
    assert take(ls, '2025年02月10日 星期一 上一期  下一期')
    i = ls.index('本报记者 黄萱 张家民')
    k, h, b = ls[i - 2], ls[i - 1], ls[i]
    assert k == '政民连心桥 有事您说话' and h == '100余盏路灯 照亮居民回家路'
    body = ls[i + 1:]
    assert len(body) == 4 and body[3] == '此'                 # the store stops after one character: left out
    body = body[:3]
    p.furn(['天津日报'])
    p.furn(['2025年02月10日 星期一', '第05版:天津·社会'], adjacent=True,
           run='2025年02月10日 星期一 第05版:天津·社会')
    p.ignore.append('天津日报 2025年02月10日 星期一 第05版:天津·社会')   # the whole head as one run
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True, trail=' ')
    p.byline(b, ['黄萱', '张家民'])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '小区建成时间长,设施老旧,'), fills={0: ' \t'}, indent=SS)
    p.para_cut(cut(body[2], '最终决定将损坏路灯更换为太阳能灯,'), fills={0: '\u00a0'}, indent=SS, trails={1: '  '})

    ls = lines('r168_tjrb_liujin')
    h2 = take(ls, '留津过年 感受浓浓年味儿和暖意')
    assert take(ls, '时间:2021-02-18 12:20:11 新闻热线:022-23741087 来源:天津日报')
    j = ls.index('王猛:天津承载着')
    lead = ls[j - 1]
    assert lead.startswith('在津过年,津津有味。') and ls[j + 1] == '我们对美好生活的向往'
    a1, a2 = ls[j + 2], ls[j + 3]
    x2 = ls[j + 4]
    assert x2 == '曹恩宁:希望在天津扎根'
    last = ls[j + 5]
    assert last.endswith('不过给他留下') and len(ls) == j + 6
    p.article()
    p.title('headline', h2)
    p.para_cut(cut(lead, '用浓浓的津味儿文化年温暖着留津过年的异乡人。日前,本报记者兵分多路采访了多位留津过年人员,'),
               fills={0: '\u00a0'}, indent=SS)
    p.head(['王猛:天津承载着', '我们对美好生活的向往'])
    p.para(a1, indent=SS)
    p.para_cut(cut(a2, '各行各业都有很多异乡人留在了天津,'), fills={0: ' \t'}, indent=SS)
    p.head([x2], trail=' ')
    p.para(last, indent=SS)
    p.jump('（下转第6版）')
    p.write(os.path.join(D, 'r168'))


# ---------------- r169 辽宁日报: photo news of 2026-01-28 and a commentary of 2026-01-27 (lone CR, final CR)
def r169():
    ls = lines('r169_lnrb_juhel')
    p = Page(fillers=('', SS, '', '\t'), eol='\r')
    h, dl, cap, cr = ls
    assert h == '聚合力 谱新篇' and dl == '辽宁日报 2026年01月28日' and cr == '本报记者 丁思文 摄'
    assert cap.startswith('牢记嘱托担使命,') and cap.endswith('审议政府工作报告。')
    p.furn(['辽宁日报', '2026年1月28日 星期三'], run='辽宁日报 2026年1月28日 星期三')
    p.article()
    p.title('headline', h)
    p.figure(cap, pho(cr, '丁思文'), first_fill='\t')       # a headline over a picture only: an article

    ls = lines('r169_lnrb_lianghui')
    h2 = ls[0]
    assert h2 == '不一样的辽宁“两会时间”' and ls[2] == '信息来源:辽宁日报'
    paras = [l for l in ls if l.startswith('??')]
    assert len(paras) == 6
    paras = [l[2:] for l in paras]                      # `??`: the copy's mis-decoded indent, left out
    assert paras[0].startswith('随着省政协') and paras[5].endswith('辽宁正在跑出振兴加速度!')
    p.article()
    p.title('headline', h2, trail='\u3000')
    p.para(paras[0], indent=SS)
    p.para_cut(cut(paras[1], '一位多年采访两会的老记者说:从来没见到那么多普通群众如此关心两会。一位参会的政协委员在分组讨论中说:大家的精神状态明显不一样,'),
               fills={0: SS}, indent=SS)
    p.para(paras[2], indent=SS)
    p.para(paras[3], indent=SS, trail=' ')
    p.para_cut(cut(paras[4], '从去年底到今年初,'), fills={0: '\t'}, indent=SS)
    p.para(paras[5], indent=SS)
    p.write(os.path.join(D, 'r169'))


# ---------------- r170 北方新报 2017-03-07 01版 (CRLF, no final newline)
def r170():
    ls = lines('r170_bfxb_meiti')
    p = Page(fillers=('', '\t', '', '\t\t'), eol='\r\n', final_eol=False)
    assert ls[0] == '2017年3月7日'
    t1, t2, head = ls[1], ls[2], ls[3]
    assert t1 == '内蒙古代表团举行媒体开放日' and t2 == '壮美内蒙古亮丽风景线广受瞩目'
    assert head == '《北方新报》(2017年3月7日) 01版'
    cr = '摄影/内蒙古日报社融媒体记者 袁永红'
    cap, sep = capcred(ls[4], cr)
    body = ls[5:]
    assert len(body) == 3 and body[2].endswith('(下转3版)')
    last = body[2][:-len('(下转3版)')]
    p.furn([head])
    p.article()
    p.title('headline', t1, accept=['headline', 'kicker'])
    p.title('subheadline', t2, accept=['subheadline', 'headline'], adjacent=True)
    p.figure(cap, pho(cr, '袁永红'), mode='same', sep=sep)   # photo between title and text
    p.para_cut(cut(body[0], '十二届全国人大五次会议内蒙古代表团举行全团会议,'), fills={0: '\t'}, indent=SS)
    p.para(body[1], indent=SS)
    p.para(last, indent=SS)
    p.jump('(下转3版)')
    p.write(os.path.join(D, 'r170'))


# ---------------- r171 沈阳日报 2026-01-29 (via 沈阳市人大 site) (BOM, LF, final LF)
def r171():
    ls = lines('r171_syrb_fanjiying')
    p = Page(fillers=('', '\u3000', '', ' '), eol='\n', bom=True)
    t = ls[0]
    k, h = '范继英参加省十四届人大五次会议沈阳市代表团小组会议审议时发言', '依法履职担当作为 为沈阳全面振兴贡献人大力量'
    assert t == k + ' ' + h
    assert ls[1] == '发布时间:2026-01-29 信息来源:沈阳日报'
    body = ls[2:]
    assert len(body) == 3 and body[0].startswith('本报讯(记者唐心萌)') and body[2].endswith('认真履行法定职责,扎')
    p.furn(['沈阳日报', '2026年1月29日 星期四'], adjacent=True, run='沈阳日报 2026年1月29日 星期四')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'], adjacent=True, trail='  ')
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '深入贯彻落实习近平总书记对辽宁振兴发展的重要讲话和重要指示精神,'),
               fills={0: '\u3000'}, indent=SS)
    p.para(body[2], indent=SS)
    p.jump('(下转第二版)')
    p.write(os.path.join(D, 'r171'))


if __name__ == '__main__':
    for f in (r167, r168, r169, r170, r171):
        f()
