# build r377-r378 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r377 梧州日报 2018-08-27 (reprint on m.yybnet.net/wuzhou, 7957413) (CRLF, final CRLF)
def r377():
    ls = lines('r377_wzrb_haiwai')
    h = take_line(ls, '那一曲奏出梧州的海外之声', once=True)
    assert ls[0] == h
    assert ls[1] == '梧州日报 2018-08-27 09:34 大字'                 # web meta: left out
    body = ls[2:]
    assert len(body) == 5
    assert body[0] == '近日,我翻阅旧作,一篇20多年前在美国纽约一份华文报纸发表的文章,勾起了我对往事的追忆。'
    assert body[1].startswith('那是1994年5月20日纽约《东方新闻报》') and body[1].endswith('说来话长。')
    assert body[2].startswith('这份《东方新闻报》的主编李勇,') and body[2].endswith('友情不断。')
    assert body[3].startswith('正是基于这一线相牵,') and body[3].endswith('加速向世界开放迈出了坚实的步伐。')
    assert body[4] == body[4].strip() and body[4].startswith('此文送达纽约《东方新闻报》之后,')
    assert body[4].endswith('“编者注”指出,“纽约')                      # the store stops here
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n')
    p.furn(['梧州日报', '2018年8月27日 星期一'], adjacent=True, run='梧州日报 2018年8月27日 星期一')
    p.article()
    p.title('headline', h)
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '困难当头之际,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[3], indent=SS, trail=' ')
    p.para(body[4], indent=SS)
    p.jump('（下转第3版）')
    p.write(os.path.join(D, 'r377'))


# ---------------- r378 白城日报 2017-03-25 第01版 头版新闻 (bcrbszb.bcxww.com content_43903) (LF, no final newline)
def r378():
    ls = lines('r378_bcrb_zusun')
    assert ls[0] == '第01版:头版新闻'
    nav = ls[2:5]                       # the e-paper's list of the page's titles: left out (see NOTES)
    assert nav == ['白城3岁萌娃登上央视《欢乐中国人》舞台', '祖孙完美诠释亲情乡情', '一人饰演多角,骗你没商量……']
    assert ls[5] == '版面导航' and ls[6] == '站内检索' and ls[7].startswith('3上一篇  下一篇4 2017年3月25日')
    h = ls[8]
    assert h == '祖孙完美诠释亲情乡情' and ls.count(h) == 2
    b = take_line(ls, '□本报记者 薄秀芳', once=True)
    assert ls[9] == b
    body = ls[10:]
    assert len(body) == 4
    assert body[0].startswith('有一种情最绵长,') and body[0].endswith('最完美的诠释。')
    assert body[1].startswith('2月11日,本报周末一版刊发了') and body[1].endswith('爱与忠诚。')
    assert body[2].startswith('吴明海老人在信中写到:“……') and body[2].endswith('让每个白城人都有认同感。')
    assert body[3].endswith('怎能不发自内')                              # the store stops here
    p = Page(fillers=('', ' ', '', '\u3000\u3000'), eol='\n', final_eol=False)
    p.furn(['白城日报'])
    p.furn(['2017年3月25日 星期六'])
    p.furn(['第01版', '头版新闻'], adjacent=True, run='第01版 头版新闻')
    p.article()
    p.title('headline', h, trail=' ')
    p.byline('本报记者 薄秀芳', ['薄秀芳'], printed=b)
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '团聚过春节的吴雪,'), fills={0: ''}, indent=SS)
    p.para(body[2], indent=SS)
    p.para(body[3], indent=SS, trail='  ')
    p.jump('（下转第二版）')
    p.write(os.path.join(D, 'r378'))


for f in (r377, r378):
    f()
