# build r312-r316 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them; every
# block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line as take, cutter

SS = '\u3000\u3000'

lines = partial(src_lines, D)
cut = cutter('，,')


# ---------------- r312 聯合報 2023-02-11 今日頭條 (聯合電子報 第8072期, blog copy) (LF, final LF)
def r312():
    ls = lines('r312_udn_xiawanghui')
    i = ls.index('夏王會 促兩岸交流正常化')
    assert ls[i - 1] == '今日頭條' and ls[6] == '2023/02/11 第8072期 | 訂閱/退訂 | 看歷史報份'
    h = ls[i]
    byl = ls[i + 1]
    assert byl == '特派記者賴錦宏/北京報導聯合報'
    byp = byl[:-3]                                   # `聯合報`: the newsletter's source tag, left out
    b = ls[i + 2:]
    assert len(b) == 5
    sh = take(b, '王任政協主席前 先會見夏立言', once=True)
    assert b[2] == sh and b[4].endswith('並參加中共中央對台工作領導小組。')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['聯合報', '2023年2月11日 星期六', 'A1 要聞'], adjacent=True,
           run='聯合報 2023年2月11日 星期六 A1 要聞')
    p.article()
    p.title('headline', h, trail=' ')
    p.byline(byp, ['賴錦宏'])
    p.para_cut(cut(b[0], '王滬寧告訴夏立言,'), fills={0: '\u3000'}, indent=SS)
    p.para(b[1], indent=SS)
    p.head(sh)
    p.para(b[3], indent=SS, trail=' ')
    p.para(b[4], indent=SS)
    p.furn(['責任編輯:林 彥'])
    p.write(os.path.join(D, 'r312'))


# ---------------- r313 自由時報 2025-04-28 (自由電子報 items on an aggregator page) (CRLF, no final newline)
def r313():
    ls = lines('r313_ltn_zhuilou')
    h1 = take(ls, '高雄鼓山男子墜樓身亡 現場無打鬥痕跡警釐清原因', once=True)
    i = ls.index(h1)
    assert ls[i + 1] == 'NEWS link' and ls[i + 3] == '2025/04/28 16:53'   # web furniture: left out
    c1 = ls[i + 2]
    assert c1.endswith('(資料照)')
    a1, a2 = ls[i + 4], ls[i + 5]
    assert a1.startswith('〔記者黃良傑/高雄報導〕') and a2.endswith('釐清男子墜樓原因。')
    assert ls[i + 6].startswith('自由電子報關心您')                       # hotline box, ad: left out
    h2 = take(ls, '北市國小教師校園墜樓亡 教育局:啟動師生關懷輔導機制', once=True)
    j = ls.index(h2)
    assert ls[j + 1] == 'NEWS link' and ls[j + 3] == '2025/04/28 16:47'
    c2 = ls[j + 2]
    assert c2 == '大安分局員警未發現墜樓現場有外力介入。(資料照)'
    assert ls[j + 4] == '相關新聞:' and ls[j + 5].startswith('北市某國小驚傳')     # related link: left out
    b1 = ls[j + 6]
    assert b1.startswith('〔記者何玉華、陸運鋒/台北報導〕')
    assert ls[j + 7] == '請繼續往下閱讀...'
    b2 = ls[j + 8]
    assert b2.endswith('仍送國泰醫院') and len(ls) == j + 9
    p = Page(fillers=('', ' ', '', '\u3000'), eol='\r\n', final_eol=False)
    p.furn(['自由時報', '社會新聞', 'A10'], adjacent=True, run='自由時報 社會新聞 A10')
    p.furn(['2025年4月28日 星期一'])
    p.article()
    p.title('headline', h1)
    p.figure(c1)
    p.para_cut(cut(a1, '經消防局救護車緊送醫搶救,'), fills={0: ''})
    p.para(a2, trail='  ')
    p.article()
    p.title('headline', h2, trail=' ')
    p.figure(c2, first_fill='\t')
    p.para(b1)
    p.para(b2)
    p.jump('(接續A11版)')
    p.write(os.path.join(D, 'r313'))


# ---------------- r314 星報 (澳門) 本報新聞, 2019-12-18 and 2023-04-21 (BOM, lone CR, final CR)
def r314():
    ls = lines('r314_sengpou_gugong')
    assert ls[3] == '當前報章2019年12月18日' and ls[5] == '本報新聞'
    k, h = ls[7], ls[8]
    assert k == '提升世旅中心內涵助力中心平台基地發展' and h == '澳門故宮文遺中心啟動'
    a = ls[9:]
    assert len(a) == 4 and a[0].startswith('【特訊】行政長官崔世安') and a[3].endswith('宣傳文化部部長萬速成')
    ms = lines('r314_sengpou_lisiben')
    assert ms[3] == '當前報章2023年04月21日'
    h2 = ms[7]
    assert h2 == '文化局葡設展館推澳文化城市形象'
    b = ms[8:]
    assert len(b) == 3 and b[0].startswith('【特訊】由旅遊局主辦') and b[2].endswith('中西融匯')
    p = Page(fillers=('', '\u00a0', '', '\u3000\u3000'), eol='\r', bom=True)
    p.furn(['星報', '2019年12月18日 星期三'], adjacent=True, run='星報 2019年12月18日 星期三')
    p.furn(['本報新聞'])
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'], adjacent=True, trail='\t')
    p.para_cut(cut(a[0], '該中心將以推進文物保護、文創研發、教育推廣工作為主,'),
               fills={0: '\u3000'}, indent=SS)
    p.para(a[1], indent=SS)
    p.para(a[2], indent=SS, trail=' ')
    p.para(a[3], indent=SS)                          # the store stops here: closed by a jump line
    p.jump('(轉第二版)')
    p.furn(['2023年4月21日 星期五'])
    p.article()
    p.title('headline', h2)
    p.para(b[0], indent=SS)
    p.para_cut(cut(b[1], '展館透過文字、圖片、多媒體等方式呈現澳門歷史城區之美,'), fills={0: ''}, indent=SS)
    p.para(b[2], indent=SS)
    p.jump('(轉第二版)')
    p.write(os.path.join(D, 'r314'))


# ---------------- r315 联合早报 新闻 (three items of a mirror's listing, May 2025) (LF, final LF)
def r315():
    ls = lines('r315_sczaobao_list7595')
    assert len(ls) == 6
    h1, t1, h2, t2, h3, t3 = ls
    assert t1.endswith('展...') and t2.endswith('挺...')        # the listing's ellipsis: not text
    t1, t2 = t1[:-3], t2[:-3]
    assert h3.startswith('【GE2025】')
    k3, h3 = h3[:8], h3[8:]
    assert k3 == '【GE2025】' and t3.endswith('王诗')
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\n')
    p.furn(['联合早报'])
    p.furn(['新闻', '新加坡'], adjacent=True, run='新闻 新加坡')
    p.article()
    p.title('headline', h1)
    p.para_cut(cut(t1, '评估罗弄哈鲁士(Lorong Halus)填海工程对周遭环境的影响,'), fills={0: '\t'})
    p.jump('（转第6版）')
    p.article()
    p.title('headline', h2, trail=' ')
    p.para(t2)
    p.jump('（转第8版）')
    p.article()
    p.title('kicker', k3)
    p.title('headline', h3, adjacent=True)
    p.para(t3)
    p.jump('（转第4版）')
    p.furn(['编辑 陈 婷'])
    p.write(os.path.join(D, 'r315'))


# ---------------- r316 星洲日報 全國 2024-04-04 (blog copy of the print page's OCR) (CRLF, final CRLF)
def r316():
    ls = lines('r316_mychhsk_sinchew')
    assert ls[0] == '星洲日报~全国_-_04_04_2024'
    assert take(ls, '4. 4. 2024 星期四 I 甲辰年二月廿六 I PP6264/08/2013(032549)西马:RM2.50', once=True)
    hl = take(ls, '»〇MM 元首接見蔡志權', once=True)
    h = hl[len('»〇MM '):]                           # OCR noise before the headline: left out
    i = ls.index(hl)
    assert ls[i + 1] == 'mumm'                        # OCR noise: left out
    s = ls[i + 2]
    assert s == '\'風波襪”事件'
    b = ls[i + 3:]
    assert len(b) == 8
    assert b[0].startswith('(吉隆坡3日讯)KK Mart创办 人') and b[2] == 'KK寻求宽恕及谅解'
    assert b[7].endswith('不可私自采取任何的行')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n')
    p.furn(['星洲日報', '全國'], adjacent=True, run='星洲日報 全國')
    p.furn(['4. 4. 2024 星期四'])
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'], adjacent=True, trail=' ')
    p.para(b[0])
    p.para(b[1])
    p.head(b[2])
    p.para(b[3])
    p.para(b[4], trail='  ')
    p.para(b[5])
    p.para_cut(cut(b[6], '同时必须谨 慎处理公司涉及每个分行的业务,'), fills={0: '\u3000'})
    p.para(b[7])
    p.jump('（接第4版）')
    p.write(os.path.join(D, 'r316'))


for f in (r312, r313, r314, r315, r316):
    f()
