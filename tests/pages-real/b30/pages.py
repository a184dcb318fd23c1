# build r142-r146 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line as take, cutter, cutter_many

SS = '\u3000\u3000'


lines = partial(src_lines, D)
cut = cutter('，,')
cuts = cutter_many(cut)


# ---------------- r142 羊城晚报 2022-10-23 A11 随手拍 (LF, final LF)
def r142():
    ls = lines('r142_ycwb_tiaofu')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['羊城晚报', 'A11', '2022年10月23日  星期日'], adjacent=True,
           run='羊城晚报 A11 2022年10月23日  星期日')
    assert ls[0] == '即时新闻' and ls[2].startswith('来源:羊城晚报')
    h = take(ls, '白云挑夫')
    b = take(ls, '□图/文 周国屏')
    t = ls[4]
    assert t.startswith('9月19日,') and t.endswith('食物供应。')
    mail = take(ls, '随手拍专用邮箱:ycwbwyb@163.com')
    p.article()
    p.title('kicker', '随手拍')           # the column (栏目:随手拍) printed above the title
    p.title('headline', h, trail='  ')
    p.byline('图/文 周国屏', ['周国屏'], printed=b)
    p.para_cut(cut(t, '广州白云山,'), fills={0: '\t'}, indent='  ')
    p.para(mail)                            # the column's contact line: a paragraph of the item
    p.write(os.path.join(D, 'r142'))


# ---------------- r143 法治日报 (date and page not in the copy) (CRLF, no final newline)
def r143():
    ls = lines('r143_fzrb_dianshi')
    p = Page(fillers=('', '\t', '', SS, '', '\u00a0'), eol='\r\n', final_eol=False)
    p.furn(['法治日报'])
    assert ls[0].endswith('******')          # the mirror's own title line: left out
    h, s = ls[1], ls[2]
    assert h == '“用电视机看电视怎么这么费劲?”' and s == '记者调查智能电视使用“套路”'
    pts = ls[3:6]
    assert all(x.startswith('● ') for x in pts)
    b = ls[6]
    assert b == '□ 本报记者 张守坤'
    body = ls[7:]
    assert body[0] == '“看个电视怎么这么麻烦!”' and body[-1].endswith('对老年人不友好到售')
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'], adjacent=True, trail=' ')
    for x in pts:                           # the summary points; the marker is not text
        p._sep()
        n = p._line(x, 'P')
        p._add({'type': 'paragraph', 'line': n, 'text': x[2:]})
    p.byline('本报记者 张守坤', ['张守坤'], printed=b)
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '然而,'), fills={0: SS}, indent=SS)
    p.para(body[2], indent=SS)
    p.para_cut(cut(body[3], '电视机技术飞速发展,'), fills={0: '\u00a0'}, indent=SS)
    p.jump('（下转第四版）')
    p.write(os.path.join(D, 'r143'))


# ---------------- r144 周口日报 two 本报讯 briefs, 2008-10-15 and 2009-10-27 (BOM, lone CR, final CR)
def r144():
    a = lines('r144_zkrb_neican')
    b = lines('r144_zkrb_fukan')
    p = Page(fillers=('', '\u3000', '', ' \t'), eol='\r', bom=True)
    p.furn(['周口日报'])
    assert len(a) == 3 and a[0].startswith('本报讯 2007年度') and a[2] == '(本报记者)'
    p.article()                              # a brief with no title line
    p.para(a[0], indent=SS)
    p.para_cut(cut(a[1], '高洪驰采写的《修好一个月,'), fills={0: '\u3000'}, indent=SS)
    p.byline('本报记者', [], printed=a[2])    # the sign-off names no one
    assert len(b) == 2 and b[0].startswith('本报讯(记者 李莉) 2008年度')
    p.article()
    p.para(b[0], indent=SS)
    p.para_cut(cut(b[1], '《周口日报》选送的,'), fills={0: ' \t'}, indent=SS)
    p.write(os.path.join(D, 'r144'))


# ---------------- r145 河南日报 2004-12-12 (LF, no final newline)
def r145():
    ls = lines('r145_hnrb_zhenzheng')
    p = Page(fillers=('', ' ', '', '\u3000'), eol='\n', final_eol=False)
    p.furn(['河南日报', '2004年12月12日  星期日'], run='河南日报 2004年12月12日  星期日')
    assert ls[0].startswith('新闻中心新浪首页') and ls[2].startswith('http://www.sina.com.cn')
    h = take(ls, '“这才是真正的河南!”')
    t1, t2, t3 = ls[3:6]
    assert t1 == '短短六天的时间,马不停蹄地跑了六个市。' and t3.endswith('真的很伟大!”②9')
    p.article()
    p.title('headline', h)
    p.para(t1, indent='  ')
    p.para_cut(cuts(t2, '重新回到省会郑州时,', '基本上是一天采访一个市,'),
               fills={0: ' ', 1: '\u3000'}, indent='  ')
    p.para(t3, indent='  ', trail='  ')
    p.write(os.path.join(D, 'r145'))


# ---------------- r146 长江日报 2019-05-21 (BOM, CRLF, final CRLF)
def r146():
    ls = lines('r146_cjrb_baoren')
    p = Page(fillers=('', '\t', '', '\u3000', '', ' \t'), eol='\r\n', bom=True)
    p.furn(['长江日报', '2019年5月21日', '星期二'], adjacent=True,
           run='长江日报 2019年5月21日 星期二')
    h = take(ls, '今天,我们向长江日报传奇报人致敬')
    assert ls[3] == '2019-05-21 03:55 来源: 长江日报' and ls[4] == '【字体:'
    body = ls[5:12]
    assert body[0].startswith('长江滚滚') and body[-1].startswith('不忘初心') and ls[12] == '【编辑:叶子】'
    p.article()
    p.title('headline', h)
    for t in body:
        if t.startswith('秉着时代新声'):
            p.para_cut(cut(t, '燃烧着自己的青春、才华、热血、生命,'), fills={0: '\t'}, indent=SS)
        elif t.startswith('这里有理论家'):
            p.para_cut(cut(t, '有诗人、翻译家绿原;有武汉诗歌的一面旗帜曾卓;有文学家峻青;有领导过桂东北抗日游击战的黄嘉。他们都是长江报人,'),
                       fills={0: '\u3000'}, indent=SS)
        else:
            p.para(t, indent=SS)
    p.write(os.path.join(D, 'r146'))


for f in (r142, r143, r144, r145, r146):
    f()
