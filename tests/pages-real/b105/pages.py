# build r517-r520 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter, photo_credit as pho

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r517 浙江法制报 2008-04-28 第二版:钱塘 (LF, final LF)
def r517():
    ls = lines('r517_zjfzb_shuicao')
    assert len(ls) == 5
    assert ls[0] == '2008年4月28日,星期一(GSM+8 北京时间)'                       # web date line: left out
    assert ls[1].startswith('浙江法制报 > 第二版:钱塘 改变文字大小')             # web breadcrumb: left out
    h = take_line(ls, '清除水草净河水', once=True)
    by = take_line(ls, '本报记者 王志浩/摄 实习生 张扬/文', once=True)
    assert ls[2:4] == [h, by]
    body = ls[4]
    assert body.startswith('“咦,那是在做什么?”') and body.endswith('正在作业的杭州市河道管理处师傅这样向记者介绍。')
    p = Page(fillers=('', '\u3000', ''), eol='\n')
    p.furn(['浙江法制报', '2008年4月28日 星期一'], adjacent=True, run='浙江法制报 2008年4月28日 星期一')
    p.furn(['第二版', '钱塘'], adjacent=True, run='第二版 钱塘')
    p.article()
    p.title('headline', h)
    p.byline(by, ['王志浩', '张扬'])
    p.para_cut(cut(body, '杭州环城西路古新河边晨练的人们围在河边看“西洋镜”。“天气转热,'), fills={0: '\u3000'}, indent=SS)
    p.write(os.path.join(D, 'r517'))


# ---------------- r518 浙江老年报 2023-08-22 a0001 头版 (zjlnb.zjol.com.cn content_4148873) (CRLF, no final newline)
def r518():
    ls = lines('r518_zjlnb_caihongdao')
    assert len(ls) == 6
    assert ls[0] == '浙江老年报 数字报纸' and ls[1] == 'a0001版:头版'                 # web furniture: left out
    h = take_line(ls, '“彩虹岛”上的幸福底色', once=True)
    cap = take_line(ls, '退休教师庄艳华镜头下的鸡山岛。', once=True)
    assert ls[2:4] == [h, cap]
    last = ls[4]
    sig = ' 本报记者 王兴'
    assert last.endswith('当地百姓不懈探索实践的时代之歌。' + sig)                 # reporter glued after the last sentence
    body = last[:-len(sig)]
    assert body.startswith('鸡山岛位于台州玉环市东面海洋,')
    assert ls[5].startswith('浙江老年报 头版 a0001 “彩虹岛”上的幸福底色 2023-08-22')   # web meta: left out
    assert ls[5].endswith('2023年08月22日 星期二')
    p = Page(fillers=('', '\t', ' '), eol='\r\n', final_eol=False)
    p.furn(['浙江老年报'])
    p.furn(['2023年08月22日 星期二'])
    p.furn(['a0001', '头版'], adjacent=True, run='a0001 头版')
    p.article()
    p.title('headline', h, trail=' ')
    p.figure(cap)
    p.para(body, indent=SS, byline=(sig, '王兴', ['王兴']))
    p.write(os.path.join(D, 'r518'))


# ---------------- r519 浙江法制报 2005-10-11 第二版:时政 (lone CR, final CR)
def r519():
    ls = lines('r519_zjfzb_yanhua')
    assert len(ls) == 5
    assert ls[0] == '2005年10月11日,星期二(GSM+8 北京时间)'                       # web date line: left out
    assert ls[1].startswith('浙江法制报 > 第二版:时政 改变文字大小')             # web breadcrumb: left out
    h = take_line(ls, '都为烟花忙', once=True)
    cr = take_line(ls, '陈立波 摄', once=True)
    assert ls[2:4] == [h, cr]
    cap = ls[4]
    assert cap.startswith('昨天上午,记者在杭州复兴大桥边看到,') and cap.endswith('也正在进行水上演习。')
    p = Page(fillers=('', '  ', ''), eol='\r')
    p.furn(['2005年10月11日 星期二'])
    p.furn(['浙江法制报'])
    p.furn(['第二版 时政'])
    p.article()
    p.title('headline', h)
    p.figure(cap, pho(cr, '陈立波'))
    p.write(os.path.join(D, 'r519'))


# ---------------- r520 浙江法制报 2005-08-30 第三版:世相 (BOM, LF, no final newline)
def r520():
    ls = lines('r520_zjfzb_ziyou')
    assert len(ls) == 5
    assert ls[0] == '2005年8月30日,星期二(GSM+8 北京时间)'                        # web date line: left out
    assert ls[1].startswith('浙江法制报 > 第三版:世相 改变文字大小')             # web breadcrumb: left out
    h = take_line(ls, '重获自由', once=True)
    cr = take_line(ls, '吴铁鸣 戎融 李平 摄', once=True)
    assert ls[2:4] == [h, cr]
    cap = ls[4]
    assert cap.startswith('衢州市柯城区林业部门加大对野生动物的保护力度,') and cap.endswith('鸟儿放归大自然。')
    p = Page(fillers=('', '\u3000', '\t'), eol='\n', bom=True, final_eol=False)
    p.furn(['浙江法制报 2005年8月30日 星期二'])
    p.furn(['3', '世相'], adjacent=True, run='3 世相')
    p.article()
    p.title('headline', h, trail='\u3000')
    p.figure(cap, pho(cr, '吴铁鸣、戎融、李平'), mode='blank')
    p.write(os.path.join(D, 'r520'))


for f in (r517, r518, r519, r520):
    f()
