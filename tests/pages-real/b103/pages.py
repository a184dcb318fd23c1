# build r507-r510 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`, www.matsu-news.gov.tw) as the store gives them;
# every block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter, photo_credit as pho, glued_figure

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r507 馬祖日報 2024-02-18 社論 (matsu-news article 219146) (BOM, CRLF, final CRLF)
def r507():
    ls = lines('r507_mzrb_sheluns_219146')
    t = take_line(ls, '社論/金龍賀新歲 馬祖向前行', once=True)
    assert ls[0] == t
    k, h = t.split('/')                        # the site's `column/headline` title, split at its slash
    assert (k, h) == ('社論', '金龍賀新歲 馬祖向前行')
    assert ls[1] == '• 2024-02-18'             # web date: left out (used for the page head)
    body = ls[2:]
    assert len(body) == 5
    assert body[0].startswith('送走了玉兔,迎來龍年,') and body[0].endswith('讓馬祖成為真正的幸福島嶼!')
    assert body[1].startswith('新春連續假期已然結束,') and body[1].endswith('才不會迷失方向。')
    assert body[2].startswith('在過去一年裡,') and body[2].endswith('邁向更新的境界。')
    assert body[3].startswith('一切建設的首要在民生,') and body[3].endswith('尋求永續經營的未來。')
    assert body[4].startswith('面對觀光產業發展,') and body[4].endswith('對於未來觀光發展的課')   # the store stops here
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    p.furn(['2', '言論'], adjacent=True, run='2 言論')
    p.furn(['馬祖日報', '中華民國113年2月18日 星期日'], adjacent=True, run='馬祖日報 中華民國113年2月18日 星期日')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, trail=' ')
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '但見各行各業都已紛紛回到工作崗位,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[2], indent=SS)
    p.para_cut(cut(body[3], '在走向開放、經濟發展的道路上,'), fills={0: '\t'}, indent=SS)
    p.para(body[4], indent=SS)
    p.jump('（下轉第三版）')
    p.write(os.path.join(D, 'r507'))


# ---------------- r508 馬祖日報 2009-10-19 (matsu-news article 56294) (LF, no final newline)
def r508():
    ls = lines('r508_mzrb_laobaoren_56294')
    h = take_line(ls, '第一代老報人回娘家活動之啟發', once=True)
    assert ls[0] == h and ls[1] == '• 2009-10-19'      # web date: left out
    body = ls[2:]
    assert len(body) == 8
    assert body[0].startswith('第一代的馬祖日報老報人回娘家,') and body[0].endswith('另一面有高度興趣。')
    assert body[1].endswith('非常有意義。') and body[2].endswith('都記憶猶深。')
    assert body[3].endswith('一輩子都不會忘掉。') and body[4].endswith('馬祖日報是他第一份新聞工作。')
    assert body[5].endswith('做為馬祖故事館展示之用。') and body[6].endswith('記憶越深。')
    assert body[7].endswith('以後透過他們的口述歷史集結成書')                 # the store stops here
    p = Page(fillers=('', '\t', ' ', '\u3000\u3000'), eol='\n', final_eol=False)
    p.furn(['馬祖日報'])
    p.furn(['第2版 言論'])
    p.furn(['2009年10月19日 星期一'])
    p.article()
    p.title('headline', h)
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '從軍事對峙期間的防禦事務,'), fills={0: '\t'}, indent=SS)
    p.para(body[3], indent=SS, trail=' ')
    p.para(body[4], indent=SS)
    p.para(body[5], indent=SS)
    p.para_cut(cut(body[6], '尤其在外島,'), fills={0: ''}, indent=SS)
    p.para(body[7], indent=SS)
    p.jump('(下轉第3版)')
    p.write(os.path.join(D, 'r508'))


# ---------------- r509 馬祖日報 2023-09-03 社慶 (matsu-news article 214216) (lone CR, final CR)
def r509():
    ls = lines('r509_mzrb_sheqing_214216')
    assert len(ls) == 5
    t = take_line(ls, '馬祖日報生日快樂/回首來時路 謝謝馬報前輩傾力付出', once=True)
    assert ls[3] == t and ls[4] == '- 2023-09-03'     # the copy prints title and date after the text
    k, h = t.split('/')
    assert (k, h) == ('馬祖日報生日快樂', '回首來時路 謝謝馬報前輩傾力付出')
    body = ls[0:3]
    assert body[0].startswith('今日是馬祖日報66週年社慶,') and body[0].endswith('採訪組的歷程。')
    assert body[1].startswith('經歷馬報初始的艱困,') and body[1].endswith('轉化為知識價值永遠留存。')
    assert body[2].startswith('人與人之間的情緒是可以傳遞的,') and body[2].endswith('將不會有如今的馬報存在。')
    p = Page(fillers=('', '\u3000', '\t'), eol='\r')
    p.furn(['社慶特刊'])
    p.furn(['馬祖日報'])
    p.furn(['中華民國112年9月3日', '星期日'], adjacent=True, run='中華民國112年9月3日 星期日')
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'])
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '前輩走過的路在科技發達現今將不會重複,'), fills={0: '\u3000'}, indent=SS)
    p.para_cut(cut(body[2], '馬報的老前輩們像是塵蒙明珠,'), fills={0: ''}, indent=SS)
    p.write(os.path.join(D, 'r509'))


# ---------------- r510 馬祖日報 2022-02-16 (matsu-news article 196711) (CRLF, no final newline)
def r510():
    ls = lines('r510_mzrb_yuanxiao_196711')
    assert len(ls) == 6
    h = take_line(ls, '元宵節 縣長等一行前往南竿各廟宇上香 祈闔境平安', once=True)
    assert ls[3] == h and ls[4] == '- 2022-02-16'
    body = ls[0:3]
    assert body[0].startswith('【記者曹重偉報導】15日晚間今年元宵節,') and body[0].endswith('祈求眾神明保佑馬祖闔境平安。')
    assert body[1].startswith('元宵佳節,各村廟宇香火鼎盛,也是民俗擺暝的最高潮。') and body[1].endswith('結束時已超過晚間24時。')
    assert body[2].startswith('各廟宇均由主委') and body[2].endswith('執行各項工作的辛勞。')
    capline = ls[5]
    cr = '(圖/文:曹重偉)'
    assert capline.endswith(cr)
    cap = capline[:-len(cr)]
    assert cap == '元宵佳節,各村廟宇香火鼎盛,縣長劉增應夫婦、副縣長王忠銘、秘書長張龍德等一行,前往南竿各廟宇上香祈福。'
    p = Page(fillers=('', '\u3000', '', ' \t'), eol='\r\n', final_eol=False)
    p.furn(['第1版', '地方新聞'], adjacent=True, run='第1版 地方新聞')
    p.furn(['馬祖日報 中華民國111年2月16日 星期三'])
    p.article()
    p.title('headline', h, trail=' ')
    p.para(body[0], indent=SS)
    frags = cut(body[1], '晚間9時30分從復興村牛峰境廟開始,')
    p.para_cut(frags, indent=SS)
    # the photo is printed below the article's last paragraph, as on the site
    p.para(body[2], indent=SS)
    glued_figure(p, cap, cr, pho('圖/文:曹重偉', '曹重偉'))
    p.write(os.path.join(D, 'r510'))


for f in (r507, r508, r509, r510):
    f()
