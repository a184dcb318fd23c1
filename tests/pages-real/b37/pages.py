# build r177-r181 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, cutter

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')


def relabel_last(p, text):
    """the node just added keeps the printed line but gets `text` (a marker dropped)"""
    p.art['children'][-1]['text'] = text


# ---------------- r177 贵州日报 2023-03-30, a photo story (BOM, CRLF, final CRLF)
def r177():
    ls = lines('r177_gzrb_zouqinjie')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    assert ls[0].startswith('贵州日报报刊社') and ls[-1].startswith('-->')   # web furniture: left out
    h, c1, c2, c3, b, p1, p2 = ls[1:8]
    assert len(ls) == 9
    assert h == '苗族走亲节 精彩!' and b == '贵州日报天眼新闻记者 刘朝富 黄飞鸿'
    assert c1.endswith('服饰展示。') and c2.endswith('迎接八方客人。') and c3.endswith('刺绣编花带大赛。')
    assert p1.startswith('3月22日至23日') and p2.endswith('等精彩纷呈的活动。')
    p.furn(['贵州日报', '2023年3月30日 星期四'], adjacent=True, run='贵州日报 2023年3月30日 星期四')
    p.article()
    p.title('headline', h, trail='  ')
    p.figure(c1)                                   # caption only, between the title and the byline
    p.byline(b, ['刘朝富', '黄飞鸿'])
    p.para_cut(cut(p1, '吹奏芦笙,'), between={0: [(c2,)]}, indent=SS)
    p.para(p2, indent=SS)
    p.figure(c3, first_fill='\u3000')              # after the last paragraph: the article's figure
    p.write(os.path.join(D, 'r177'))


# ---------------- r178 青海日报 2023-01-11 第5版 喜迎全省两会 (LF, no final newline)
def r178():
    ls = lines('r178_qhrb_tongxin')
    p = Page(fillers=('', '\u00a0', '', '\t'), eol='\n', final_eol=False)
    assert ls[0] == '第5版:喜迎全省两会 PDF 上一版 下一版'          # e-paper navigation: left out
    h, b, p1, p2, p3 = ls[1:]
    assert h == '同心迈步新征程 携手奋进新时代' and b == '本报记者 魏 爽'
    assert p1.startswith('“团结就是力量') and p3.endswith('着力提升民族事务治理')
    p.furn(['青海日报', '2023年1月11日 星期三', '第5版', '喜迎全省两会'],
           run='青海日报 2023年1月11日 星期三 第5版 喜迎全省两会')
    p.article()
    p.title('headline', h)
    p.byline(b, ['魏爽'], trail=' ')
    p.para(p1, indent=SS)
    p.para_cut(cut(p2, '从雪域高原到河湟谷地,'), fills={0: '\t'}, indent=SS)
    p.para(p3, indent=SS)                          # the copy stops here, mid-phrase
    p.jump('（下转第6版）')
    p.write(os.path.join(D, 'r178'))


# ---------------- r179 民族时报 2026-01-30 第02版 聚焦2026云南省两会 (lone CR, final CR)
def r179():
    ls = lines('r179_mzsb_zhanghua')
    p = Page(fillers=('', SS, '', '\t'), eol='\r')
    assert ls[0].startswith('第02版:聚焦2026云南省两会') and ls[1] == '下一篇'   # navigation: left out
    h, s, cr = ls[2], ls[3], ls[4]
    assert h == '踔厉奋发 谱时代华章' and s == '2026云南省两会掠影'
    assert cr.startswith('图片由云南日报记者 杨峥') and cr.endswith('冯琴/摄')
    body = ls[5:9]
    assert body[0].startswith('2026年1月27日') and body[2] == '春潮涌动云岭间,两会聚智话发展。'
    bl = ls[9]
    assert bl == '(民族时报全媒体记者 胡娇)' and ls[10] == '• 踔厉奋发 谱时代华章'   # list of the page: left out
    who = '杨峥 雷桐苏 陈飞 黄兴能 王毅 周灿 顾彬 胡妤雅 高吴双 马新焕 陈慧君 高燕 冯琴'.split()
    for w in who:
        assert w in cr, w
    p.furn(['民族时报', '2026年1月30日 星期五'], adjacent=True, run='民族时报 2026年1月30日 星期五')
    p.furn(['第02版', '聚焦2026云南省两会'], adjacent=True, run='第02版 聚焦2026云南省两会')
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'], adjacent=True)
    p.credit(cr, cr, 'photographer', '、'.join(who))
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '深化落实习近平总书记考察云南重要讲话精神,'), fills={0: '\t'}, indent=SS)
    p.para(body[2], indent=SS)
    p.para(body[3], indent=SS)
    p.byline('民族时报全媒体记者 胡娇', ['胡娇'], printed=bl)
    p.write(os.path.join(D, 'r179'))


# ---------------- r180 昭通日报 2023-08-17 (CRLF, no final newline)
def r180():
    ls = lines('r180_ztrb_nanbohui')
    p = Page(fillers=('', ' \t', '', '\u3000'), eol='\r\n', final_eol=False)
    assert ls[0].startswith('国内统一连续出版物号:CN53-0003') and ls[1] == '2023年08月17日'
    h = ls[2]
    assert h == '省政府领导到南博会昭通展区巡馆'
    body = ls[3:]
    assert len(body) == 4 and body[0].startswith('本报讯 (记者 钱 江) 8月16日,')
    assert body[3].endswith('越做越强。')
    p.furn(['昭通日报'])
    p.furn(['2023年08月17日  星期四'])
    p.article()
    p.title('headline', h, trail=' ')
    p.para(body[0], indent=SS)                     # dateline lead: the reporter stays in the text
    p.para_cut(cut(body[1], '热闹非凡,'), fills={0: ' \t'}, indent=SS)
    p.para(body[2], indent=SS)
    p.para(body[3], indent=SS)
    p.write(os.path.join(D, 'r180'))


# ---------------- r181 阿勒泰日报 (altxw.com) 2026-03-11, 党媒联动 package (BOM, LF, final LF)
def r181():
    ls = lines('r181_altxw_huaibao')
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\n', bom=True)
    t = ls[0]
    assert t == '党媒联动丨在祖国的怀抱'
    k, h = '党媒联动', '在祖国的怀抱'
    assert ls[1] == '■核心提示'
    core = ls[2]
    assert core.startswith('山河同脉,华夏同心。') and core.endswith('守望相助的动人画卷。')
    k2, h2 = ls[3], ls[4]
    assert k2 == '西藏' and h2 == '雪域高原 格桑芬芳'
    fl = ls[5]
    cap, crd = '穿着各民族服饰的青少年在布达拉宫广场前合影。', '□西藏日报供图'
    assert fl == cap + ' ' + crd
    b = ls[6]
    assert b == '□西藏日报记者/嘎娃白玛 刘文涛'
    body = ls[7:14]
    assert body[0].startswith('从茶马古道') and body[6] == '——思想共识的凝聚,为民族团结进步事业筑牢了深厚根基。'
    assert ls[14] == '近年' and len(ls) == 15       # cut short by the store: left out
    p.furn(['阿勒泰日报', '2026年3月11日 星期三'], adjacent=True, run='阿勒泰日报 2026年3月11日 星期三')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True, trail='  ')
    p.head(['■核心提示'])
    relabel_last(p, '核心提示')
    p.para_cut(cut(core, '从塞上江南到八桂大地,'), fills={0: '\u3000'}, indent=SS)
    p.article()
    p.title('kicker', k2)
    p.title('headline', h2, adjacent=True)
    p.figure(cap, ('□西藏日报供图', 'provided', '西藏日报'), mode='same', sep=' ')
    p.byline('西藏日报记者/嘎娃白玛 刘文涛', ['嘎娃白玛', '刘文涛'], printed=b)
    for n, t in enumerate(body):
        if n == 0:
            p.para_cut(cut(t, '从唐蕃和亲的千年佳话到各族群众的守望相助。千百年来,'),
                       fills={0: '\t'}, indent=SS)
        else:
            p.para(t, indent=SS, trail=('\t' if n == 3 else ''))
    p.jump('（下转第3版）')
    p.write(os.path.join(D, 'r181'))


if __name__ == '__main__':
    for f in (r177, r178, r179, r180, r181):
        f()
