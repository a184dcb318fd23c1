# build r387-r391 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter, photo_credit as pho, glued_figure

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')
COPY = 'Copyright © right 长治日报社 All Rights Reserved. 未经许可不得复制'   # e-paper footer: left out


# ---------------- r387 上党晚报 2025-12-15 (epaper.ichangzhi.com.cn/sdwb content_144840_2927727) (LF, final LF)
def r387():
    ls = lines('r387_sdwb_qingxue')
    assert len(ls) == 4 and ls[3] == COPY
    lead = ls[0]
    assert lead.startswith('12月11日夜间至12日白天,') and lead.endswith('守护群众平安出行路。')
    by = take_line(ls, '文/本报记者 徐瑞刚', once=True)
    cr = take_line(ls, '图/徐翔 牛红岩 田雨 郭赟', once=True)
    assert ls[1] == by and ls[2] == cr
    p = Page(fillers=('', '\u3000', '', ' '), eol='\n')
    p.furn(['上党晚报', '2025年12月15日 星期一'], adjacent=True, run='上党晚报 2025年12月15日 星期一')
    p.furn(['03', '城事'], adjacent=True, run='03 城事')
    p.article()
    p.para_cut(cut(lead, '各级各部门闻雪而动、协同作战,'), fills={0: '\u3000'}, indent=SS)
    p.byline(by, ['徐瑞刚'])
    p.credit(cr, cr, 'photographer', '徐翔、牛红岩、田雨、郭赟')
    p.write(os.path.join(D, 'r387'))


# ---------------- r388 上党晚报 2025-11-07 (epaper.ichangzhi.com.cn/sdwb content_144844_2795661) (CRLF, no final newline)
def r388():
    ls = lines('r388_sdwb_zhibao')
    h = take_line(ls, '执报育人二十载', once=True)
    by = take_line(ls, '本报记者 杨亚娟', once=True)
    assert ls[0] == h and ls[1] == by
    body = ls[2:]
    assert len(body) == 4
    assert body[0].startswith('暖阳漫过窗棂,') and body[0].endswith('认识世界的一扇窗。')
    assert body[1].startswith('赵晋平是潞州区建东小学语文教师。') and body[1].endswith('埋下的成长种子。')
    assert body[2].startswith('在赵老师的课堂上,') and body[2].endswith('”赵晋平说。')
    assert body[3].startswith('2015年,') and body[3].endswith('后来,班里陆续有')      # the store stops here
    p = Page(fillers=('', '\t', '\u3000', ''), eol='\r\n', final_eol=False)
    p.furn(['2025年11月7日 星期五'])
    p.furn(['上党晚报'])
    p.furn(['08 我与晚报'])
    p.article()
    p.title('headline', h, trail=' ')
    p.byline(by, ['杨亚娟'])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '封皮磨得起了毛边,'), fills={0: '\t'}, indent=SS)
    p.para(body[2], indent=SS, trail=' ')
    p.para(body[3], indent=SS)
    p.jump('(下转09版)')
    p.write(os.path.join(D, 'r388'))


# ---------------- r389 长治日报 2024-07-11 (epaper.ichangzhi.com.cn/czrb content_143890_1030167) (BOM, LF, final LF)
def r389():
    ls = lines('r389_czrb_hehua')
    assert len(ls) == 3 and ls[2] == COPY
    cap = ls[0]
    assert cap.startswith('眼下正是赏荷好时节。在襄垣县南湖公园,') and cap.endswith('城市颜值不断提升。')
    cr = take_line(ls, '窦鑫文 摄', once=True)
    assert ls[1] == cr
    p = Page(fillers=('', '\u3000\u3000', ''), eol='\n', bom=True)
    p.furn(['长治日报'])
    p.furn(['2024年7月11日 星期四', '第3版 县区新闻'], adjacent=True, run='2024年7月11日 星期四 第3版 县区新闻')
    p.figure(cap, pho(cr, '窦鑫文'), doc_level=True)
    p.write(os.path.join(D, 'r389'))


# ---------------- r390 吕梁日报 2022-09-19 第2版 (www.sxllnews.cn/xyllrb c128958) (lone CR, final CR)
def r390():
    ls = lines('r390_llrb_qiuyi')
    assert len(ls) == 6
    pg = take_line(ls, '第2版:要闻·经济', once=True)
    h = take_line(ls, '秋意', once=True)
    assert ls[0] == pg and ls[1] == h
    lead = ls[2]
    assert lead.startswith('秋意渐浓,') and lead.endswith('使吕梁山生机勃勃。')
    c1 = take_line(ls, '图①为航拍离石区千年景区旅游公路两侧植被茂盛。', once=True)
    c2 = take_line(ls, '图②为交城县庞泉沟旅游公路道路两侧风光。', once=True)
    cr = take_line(ls, '侯利军 薛汇宇 摄', once=True)
    assert ls[3:] == [c1, c2, cr]
    p = Page(fillers=('', ' ', '\t'), eol='\r')
    p.furn(['吕梁日报', '2022年9月19日 星期一'], adjacent=True, run='吕梁日报 2022年9月19日 星期一')
    p.furn([pg])
    p.article()
    p.title('headline', h)
    p.para(lead, indent=SS)
    p.figure(c1)
    p.figure(c2, pho(cr, '侯利军、薛汇宇'))
    p.write(os.path.join(D, 'r390'))


# ---------------- r391 吕梁日报 2025-04 (reprint on zhenguoke.com, 网易 article JS26A4O105149E7M) (CRLF, final CRLF)
def r391():
    ls = lines('r391_llrb_shigong')
    assert len(ls) == 1
    t = ls[0]
    h = '奏响春日施工“奋进曲”'
    stamp = '2025-04-01 10:12:14 '                        # web time stamp: left out
    tail = '来源:吕梁日报'                                # web source line: left out
    assert t.startswith(h + stamp) and t.endswith(tail)
    mid = t[len(h + stamp):-len(tail)]
    cr = '记者 郭炳中 摄'
    assert mid.endswith(cr)
    cap = mid[:-len(cr)]
    assert cap.startswith('连日来,在吕梁市区主城到新区快速路项目施工现场,') and cap.endswith('春日施工“奋进曲”。')
    p = Page(fillers=('', '\u3000'), eol='\r\n')
    p.furn(['吕梁日报'])
    p.furn(['要闻'])
    p.article()
    p.title('headline', h, trail='\u3000')
    glued_figure(p, cap, cr, pho(cr, '郭炳中'))
    p.write(os.path.join(D, 'r391'))


for f in (r387, r388, r389, r390, r391):
    f()
