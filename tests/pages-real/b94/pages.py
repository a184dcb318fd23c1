# build r462-r463 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every block
# printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter, provided_credit as prov, glued_figure

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r462 乡村干部报 2025-01-03 (xcgbb.com/ckwq/202501/t20250103_8444343) (LF, final LF)
def r462():
    ls = lines('r462_xcgbb_yilutongxing')
    t = ls[0]
    k, h = '乡耕先锋再出发·一路同行', '跋涉祖国大地 记录乡村变迁'
    assert t == k + '丨' + h                       # web title: series + `丨` + title, printed by me on two lines
    assert ls[1].startswith('2025-01-03 08:11:00  来源:乡村干部报')   # web meta: left out
    assert ls[2:7] == ['1', '乡村干部报网', '微信公众号', '乡村干部报网', '官方微博']   # web furniture: left out
    lead1, lead2 = ls[7], ls[8]
    assert lead1.startswith('乡村干部报有这样一群新闻人,') and lead1.endswith('讲述着基层干部的动人故事。')
    assert lead2.startswith('“看见他人的人也想被看见”,') and lead2.endswith('回放那些共同经历的难忘瞬间。')
    h2 = take_line(ls, '探寻改革的力量', once=True)
    assert ls[9] == h2
    body = ls[10:16]
    assert body[0] == '1978年,安徽省滁州市凤阳县小溪河镇小岗村开启中国改革的春天。'
    assert body[1].startswith('2024年,新中国成立75周年之际,') and body[1].endswith('探寻改革的力量。')
    assert body[2].startswith('小岗这个改革老典型,') and body[2].endswith('在智慧农业领域示范创新……')
    assert body[3].startswith('离开小岗,返程途中,') and body[3].endswith('都离不开革新开拓。')
    assert body[4] == '改革岂止在小岗,在广袤的乡野大地。'
    assert body[5] == '乡村振兴,生生不息的力量源自改革。'
    by = take_line(ls, '本报记者 汪秋萍', once=True)
    assert ls[16] == by
    cap, cr = '汪秋萍(右)在安徽省滁州市凤阳县小溪河镇小岗村采访。', '(小岗村村委会供图)'
    assert ls[17] == cap + ' ' + cr
    h3 = take_line(ls, '用心执笔书写乡村振兴', once=True)
    assert ls[18] == h3
    last = ls[19]
    assert len(ls) == 20 and last == '2024年,我的脚步跨越了山西、广西、江苏、河北等多个省份和'   # the store stops here
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['乡村干部报', '2025年1月3日 星期五'], adjacent=True, run='乡村干部报 2025年1月3日 星期五')
    p.furn(['4', '特别策划'], adjacent=True, run='4 特别策划')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, trail=' ')
    p.para(lead1, indent=SS)
    p.para(lead2, indent=SS)
    p.article()
    p.title('headline', h2)
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '如今由“分”到“合”,'), fills={0: '\u3000'}, indent=SS)
    p.para_cut(cut(body[3], '在合肥市长丰县杨庙镇马郢村,'), fills={0: ''}, indent=SS)
    p.para(body[4], indent=SS)
    p.para(body[5], indent=SS, trail=' ')
    p.byline(by, ['汪秋萍'])
    glued_figure(p, cap, ' ' + cr, prov('小岗村村委会供图', '小岗村村委会'))
    p.article()
    p.title('headline', h3)
    p.para(last, indent=SS)
    p.jump('（下转第5版）')
    p.write(os.path.join(D, 'r462'))


# ---------------- r463 乡村干部报 2024-08-28 (traditional-script mirror of xcgbb.com, t20240828_8384762) (CRLF, no final newline)
def r463():
    ls = lines('r463_xcgbb_xululu')
    h, s = '走最難走的路 寫最接地氣的稿', '我陪扶貧干部一起駐村的故事'
    assert ls[0] == h                                                  # web title; printed once (from line 10)
    assert ls[1].startswith('2024-08-28 16:32:00  來源:鄉村干部報網')   # web meta: left out
    assert ls[2:7] == ['1', '鄉村干部報網', '微信公眾號', '鄉村干部報網', '官方微博']   # web furniture: left out
    assert ls[7] == h and ls[8] == s
    by = '新華報業傳媒集團 鄉村干部報 許露露'
    assert ls[9] == by
    p1 = ls[10]
    assert p1.startswith('在脫貧攻堅戰收官前夕,') and p1.endswith('漢濱區茨溝鎮瓦鋪村采訪。')
    c1 = '瓦鋪村俯瞰(資料照片)'
    assert ls[11] == c1
    p2 = ls[12]
    assert p2 == '當時的瓦鋪村尚未脫貧,全村貧困人口超過一半人。這個村給我最深的印象是“三個一”:'
    c2 = '進瓦鋪村采訪的盤山路(許露露拍攝于2019年6月10日)'
    assert ls[13] == c2
    p3 = ls[14]
    assert p3.startswith('第一個一,是一條路。') and p3.endswith('最多的一天有400多人同時上工。')
    c3 = '許露露(中)采訪百歲老兵惠德泉。(拍攝于2019年6月11日)'
    assert ls[15] == c3
    p4 = ls[16]
    assert p4.startswith('第二個一,是一位百歲老兵,') and p4.endswith('“功成不必在我”的崇高境界。')
    c4 = '瓦鋪村的“石坎坎”(許露露拍攝于2019年6月12日)'
    assert ls[17] == c4
    p5 = ls[18]
    assert len(ls) == 19 and p5.startswith('第三個一,是一塊田,') and p5.endswith('只能種幾株玉米。像瓦鋪村這')   # the store stops here
    p = Page(fillers=('', '\u3000\u3000', '\u3000', ' '), eol='\r\n', final_eol=False)
    p.furn(['鄉村干部報'])
    p.furn(['2024年8月28日 星期三'])
    p.furn(['7', '記者手記'], adjacent=True, run='7 記者手記')
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'], adjacent=True)
    p.byline(by, ['許露露'])
    p.para(p1, indent=SS)
    p.figure(c1)
    p.para(p2, indent=SS)
    p.para_cut(cut(p3, '看起來不起眼,'), between={0: [(c2,)]}, indent=SS)
    p.para(p4, indent=SS)
    p.figure(c3, first_fill='\t')
    p.figure(c4)
    p.para_cut(cut(p5, '整齊地碼成懸空的地基,'), fills={0: '\u3000'}, indent=SS)
    p.jump('（下转第8版）')
    p.write(os.path.join(D, 'r463'))


for f in (r462, r463):
    f()
