# build r447-r449 from the verbatim copies in src/ (see NAME.sources.md)
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
cut = cutter('，,；;')


# ---------------- r447 山西农民报 2024-10-18 第4版 特别报道 (epaper.sxrb.com sxnmb 1020941) (LF, final LF)
def r447():
    ls = lines('r447_sxnmb_wanghongcun')
    assert len(ls) == 6
    pg = take_line(ls, '第4版:特别报道', once=True)
    assert ls[0] == pg
    h = take_line(ls, '《山西农民报》助我们村成为“网红村”', once=True)
    assert ls[1] == h
    body = ls[2:]
    assert body[0].startswith('我是来自应县杏寨乡望岩村') and body[0].endswith('想通过这篇文章抒发下我的感悟。')
    assert body[1].startswith('我是一名地地道道的农民') and body[1].endswith('作为农村基层党员的我倍感欣慰。')
    assert body[2].startswith('我所在的望岩村') and body[2].endswith('考察学习交流。')
    assert body[3].startswith('顺着望岩村东往里走') and body[3].endswith('通过《山西农民报》的宣传让')   # the store stops here
    p = Page(fillers=('', '\u3000', '', ' '), eol='\n')
    p.furn(['山西农民报', '2024年10月18日 星期五'], adjacent=True, run='山西农民报 2024年10月18日 星期五')
    p.furn([pg])
    p.article()
    p.title('headline', h)
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '对农村的发展有所了解,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[2], indent=SS, trail=' ')
    p.para_cut(cut(body[3], '一条宽阔的水泥路笔直地向远处延伸,'), fills={0: ''}, indent=SS)
    p.jump('（下转第3版）')
    p.write(os.path.join(D, 'r447'))


# ---------------- r448 仙桃周刊 2025-07-04 襄河时评 (cnxiantao.com wp/202507 t20250704_458794) (CRLF, no final newline)
def r448():
    ls = lines('r448_xtzk_tuwei')
    assert len(ls) == 8
    assert ls[0] == '首页 > 襄河时评'                      # web breadcrumb: the column name 襄河时评 is taken from it
    col = '襄河时评'
    t = ls[1]
    by, h = '蔡国胜', '从“土味新闻”里读懂乡村振兴的生动实践'
    assert t == by + ':' + h                              # web title "author:headline", split by me at its colon
    assert ls[2] == '发布时间:2025年07月04日 来源:仙桃周刊'   # web meta: left out
    body = ls[3:]
    assert body[0].startswith('剅河镇干桥村90后新农人陈树') and body[0].endswith('却藏着乡村振兴的鲜活密码。')
    assert body[1].startswith('或许因为笔者是农民出身') and body[1].endswith('触摸到乡村发展的蓬勃脉动。')
    assert body[2].startswith('“土味新闻”让我们看见乡村的喜人变化。') and body[2].endswith('留下的坚实脚印。')
    assert body[3].startswith('“土味新闻”让我们领会乡村振兴的深层意义。') and body[3].endswith('不可或缺的拼图。')
    assert body[4].startswith('“土味新闻”让我们反思乡村振兴的实践路径。') and body[4].endswith('科技兴农')   # the store stops here
    p = Page(fillers=('', '\t', '\u3000', ''), eol='\r\n', final_eol=False)
    p.furn(['仙桃周刊'])
    p.furn(['2025年7月4日 星期五'])
    p.furn(['03', '评论'], adjacent=True, run='03 评论')
    p.article()
    p.title('kicker', col)
    p.title('headline', h, trail=' ')
    p.byline(by, [by], printed='□ ' + by)
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '面对新的形势和挑战,'), fills={0: '\t'}, indent=SS)
    p.para(body[3], indent=SS)
    p.para(body[4], indent=SS)
    p.jump('（下转第4版）')
    p.write(os.path.join(D, 'r448'))


# ---------------- r449 山西农民报 2024-11-12 (epaper.sxrb.com sxnmb 1030702) (BOM, lone CR, final CR)
def r449():
    ls = lines('r449_sxnmb_laopengyou')
    assert len(ls) == 5
    body = ls
    assert body[0].startswith('《山西农民报》走过了75年的光辉岁月') and body[0].endswith('想对老朋友说些心里话。')
    assert body[1].startswith('农村工作的战友。') and body[1].endswith('终身受益。')
    assert body[2].startswith('学习思考的挚友。') and body[2].endswith('刊发在2023年8月4日的《山西农民报》上。')
    assert '(区) 一县一业' in body[2]                       # the copy's own space, kept
    assert body[3].startswith('乡土文化的伴友。') and body[3].endswith('发表在2022年6月24日的《山西农民报》上。')
    assert body[4].startswith('记忆乡愁的密友。') and body[4].endswith('帮助读者了解乡村文脉')   # the store stops here
    p = Page(fillers=('', ' ', '', '\u3000'), eol='\r', bom=True)
    p.furn(['2024年11月12日 星期二'])
    p.furn(['山西农民报'])
    p.article()
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '为此我常常吃不下饭,'), fills={0: ' '}, indent=SS)
    p.para(body[2], indent=SS)
    p.para(body[3], indent=SS, trail='  ')
    p.para(body[4], indent=SS)
    p.jump('(下转第三版)')
    p.write(os.path.join(D, 'r449'))


for f in (r447, r448, r449):
    f()
