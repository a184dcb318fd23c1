# build r382-r386 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter, photo_credit as pho, provided_credit as prov, glued_figure

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r382 今日开化 2022-10-11 00002版 综合新闻 (jrkh.zjol.com.cn content_2808180) (CRLF, final CRLF)
def r382():
    ls = lines('r382_jrkh_xiangxian')
    assert ls[0] == '今日开化 数字报纸'                       # web furniture: left out
    pg = take_line(ls, '00002版:综合新闻', once=True)
    assert ls[1] == pg
    h = take_line(ls, '芹阳办事处80后乡贤心系村民办实事', once=True)
    assert ls[2] == h
    body = ls[3:]
    assert len(body) == 5
    assert body[0].startswith('本报讯 (通讯员 吴红梅 吴浩 汪东福) 近日,') and body[0].endswith('就可以返还给村民自行种植。')
    assert body[1] == '同丰村区域面积10.5平方公里,下辖源塘、汪坑、大坂、胡坑四个自然村,全村313户、924人。'
    assert body[2].startswith('今年5月,80后青年徐忠伟') and body[2].endswith('徐忠伟紧锁的眉头舒展开来。')
    assert body[3].startswith('火车跑得快,全靠车头带。') and body[3].endswith('良好的家风家训。')
    assert body[4].endswith('新路灯装起来,晚饭后到')          # the store stops here
    p = Page(fillers=('', '\u3000', '', ' '), eol='\r\n')
    p.furn(['今日开化', '2022年10月11日 星期二'], adjacent=True, run='今日开化 2022年10月11日 星期二')
    p.furn(['00002版:综合新闻'])
    p.article()
    p.title('headline', h)
    p.para(body[0], indent='  ')
    p.para(body[1], indent='  ')
    p.para_cut(cut(body[2], '于是带领村两委干部逐一上门与12户承租村民沟通交流,'), fills={0: '\u3000'}, indent='  ')
    p.para(body[3], indent='  ', trail=' ')
    p.para(body[4], indent='  ')
    p.jump('(下转第3版)')
    p.write(os.path.join(D, 'r382'))

# ---------------- r383 安庆日报 2019-04-24 (reprint on yybnet.net/anqing, 9001327) (LF, no final newline, BOM)
def r383():
    ls = lines('r383_aqrb_xiawuban')
    assert ls[0].startswith('今日安庆 今日桐城') and ls[1].startswith('地方网 > 安徽 > 安庆市')   # web furniture: left out
    t = ls[2]
    h, by = '历史不会忘记', '周锦宏'
    assert t == h + ' ' + by                                  # one title line in the copy, split by me at its space
    assert ls[3].startswith('来源:安庆日报 2019-04-24 09:42')   # web meta: left out
    body = ls[4:]
    assert len(body) == 3
    assert body[0].startswith('今年是安庆日报创刊70周年。') and body[0].endswith('我是不便推辞的。')
    assert body[1].startswith('什么是《下午版》呢?') and body[1].endswith('这话还得从远处说起。')
    assert body[2].startswith('1988年底,安庆地市合并,') and body[2].endswith('晚报在全国异军突起,尤其')   # the store stops here
    p = Page(fillers=('', '\t', '', '\u3000', '  '), eol='\n', bom=True, final_eol=False)
    p.furn(['安庆日报'])
    p.furn(['2019年4月24日 星期三', '06', '副刊'], adjacent=True, run='2019年4月24日 星期三 06 副刊')
    p.article()
    p.title('headline', h, trail=' ')
    p.byline(by, [by])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '从版式上说,日报是对开四版,'), fills={0: '\t'}, indent=SS)
    p.para(body[2], indent=SS, trail=' ')
    p.jump('（下转第七版）')
    p.write(os.path.join(D, 'r383'))


# ---------------- r384 乌海日报 2024-04-25 (app.wuhainews.org.cn 22982) (lone CR, final CR)
def r384():
    ls = lines('r384_whrb_doufukuai')
    caps = ls[0:4]
    assert caps == ['1982年《乌海报》读者来访栏目与读者建立信息交流。', '1992年《乌海日报》副刊版栏目——墨玉乡介绍新书。',
                    '2004年《乌海日报·双休周刊》版面——阅读。', '2014年《乌海日报·晚报》版面——阅读·连载。']
    h1 = take_line(ls, '“豆腐块”里的大世界', once=True)
    i = ls.index(h1)
    assert i == 8
    lead = ls[4:8]
    assert lead[0].startswith('作为历史最悠久、') and lead[3].endswith('滋润着无数读者的心灵家园。')
    body = ls[9:]
    assert len(body) == 4
    assert body[0] == '1977年7月31日,在乌海的传媒事业史上,应该是一个值得纪念的日子。'
    assert body[2].startswith('但这份四开四版的《乌海通讯》') and body[2].endswith('时代记录者和人民发言人。')
    assert body[3].endswith('“读书看报”还是一件很有“门槛儿”')       # the store stops here
    p = Page(fillers=('', ' ', '\u3000', '', '\t'), eol='\r')
    p.furn(['07', '文化'], adjacent=True, run='07 文化')
    p.furn(['乌海日报 2024年4月25日 星期四'])
    p.article()
    p.para(lead[0], indent=SS)
    p.figure(caps[0])
    p.figure(caps[1], first_fill='\u3000')
    p.para_cut(cut(lead[1], '它阅读门槛低、所涉信息广、易携带的同时决定了它易传播,'), fills={0: ' '}, indent=SS)
    p.para(lead[2], indent=SS)
    p.para(lead[3], indent=SS, trail=' ')
    p.head([h1])
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '虽然此前的1958年,《乌达矿工报》已然吹响了宣传事业的号角,'),
               between={0: [(caps[2],), (caps[3],)]}, indent=SS)
    p.para(body[3], indent=SS)
    p.jump('（下转08版）')
    p.write(os.path.join(D, 'r384'))


for f in (r382, r383, r384):
    f()
