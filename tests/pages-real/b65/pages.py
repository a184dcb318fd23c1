# build r317-r318 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, re, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_text, src_lines, cutter, take_line

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r317 今日竹山 2019-04-03 (e-paper article page, paper.zhushan.cn) (BOM, CRLF, final CRLF)
def r317():
    ls = lines('r317_jrzs_liangge')
    assert ls[0] == '今日竹山-数字报|今日竹山-电子版'
    assert ls[1] == '2019年04月03星期三'
    assert ls[2].startswith('国内统一刊号') and ls[3].startswith('本期导航') and ls[4].startswith('放大')   # web furniture: left out
    h = take_line(ls, '竹山推进“两个中心”全省试点县建设', once=True)
    assert ls[5] == h and ls[6].startswith('新闻作者:')                      # web furniture: left out
    body = ls[7:]
    assert len(body) == 4
    assert body[0].startswith('本报讯 3月28日,省委网信办副主任') and body[3].endswith('建设开局良好。谢')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    p.furn(['今日竹山', ls[1]], adjacent=True, run='今日竹山 ' + ls[1])
    p.furn(['第1版  要闻'])
    p.article()
    p.title('headline', h, trail='  ')
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '县融媒体中心已完成机构挂牌,'), fills={0: '\t'}, indent=SS)
    p.para(body[3], indent=SS)                      # the store stops mid-word: closed by a jump line
    p.jump('（下转第二版）')
    p.furn(['责任编辑：王  锐'])
    p.write(os.path.join(D, 'r317'))


# ---------------- r318 人民公安报 (two signed pieces of the paper's 40th-anniversary package, as reposted
# on 中国警察网's WeChat account 2024-11-09; two extractions of one page) (LF, no final newline)
def r318():
    a = lines('r318_rmgab_a')
    b = lines('r318_rmgab_b')
    assert a[2] == '公安故事记录者,公安故事记录着' and a[3].startswith('中国警察网 2024年11月09日')   # web furniture: left out
    h1 = take_line(a, '纵横正有凌云笔', once=True)
    by1 = take_line(a, '□记者 蔡小玲', once=True)
    i = a.index(by1)
    ps = a[i + 1:a.index('为平安中国建设唱响奋进凯歌')]
    assert len(ps) == 13, len(ps)
    assert ps[0].startswith('新闻是历史的底稿') and ps[-1] == '守正创新,同频共振谱新篇!'
    h2 = take_line(a, '为平安中国建设唱响奋进凯歌', once=True)
    assert a[-1] == '□记者 邬春阳平'                     # copy a stops here
    g = b[-1]
    by2 = '□记者 邬春阳'
    assert g.startswith(by2 + '平安,人民公安矢志不渝的奋斗目标。')   # byline glued to the paragraph in the copy
    q = g[len(by2):]
    assert q.endswith('哪里有人民警察的身影,哪里')
    p = Page(fillers=('', '\u3000', '  '), eol='\n', final_eol=False)
    p.furn(['人民公安报'])
    p.furn(['特别报道'])
    p.article()
    p.title('headline', h1)
    p.byline('记者 蔡小玲', ['蔡小玲'], printed=by1)
    p.para(ps[0], indent=SS)
    for k, x in enumerate(ps[1:], 1):
        p.para(x, indent=SS, trail=' ' if k == 6 else '')
    p.article()
    p.title('headline', h2, trail=' ')
    p.byline('记者 邬春阳', ['邬春阳'], printed=by2)
    p.para_cut(cut(q, '笔底波澜四十载,'), fills={0: '\u3000'}, indent=SS)   # the store stops mid-sentence
    p.jump('（下转第4版）')
    p.write(os.path.join(D, 'r318'))


for f in (r317, r318):
    f()
