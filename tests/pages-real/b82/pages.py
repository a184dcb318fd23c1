# build r402-r406 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`, www.merit-times.com.tw) as the store gives them;
# every block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import (Page, src_lines, take_line, cutter, photo_credit as pho, glued_figure,
                     split_at_spaces)

SS = '\u3000\u3000'
lines = partial(src_lines, D)
cut = cutter('，,')
FOOT = '《人間福報》是一份多元化的報紙'                       # the site's footer: left out


# ---------------- r402 人間福報 2016-05-26 (merit-times NewsPage unid=437589) (LF, final LF)
def r402():
    ls = lines('r402_mt_fushansi')
    t = take_line(ls, '佛光山50週年圖像展 福山寺圖像展 老照片話當年', once=True)
    assert ls[0] == t
    k, h = '佛光山50週年圖像展', '福山寺圖像展 老照片話當年'
    assert t == k + ' ' + h                       # one title line in the copy, split by me at its first space
    assert ls[1] == '人間社記者陳璿宇彰化報導 |2016.05.26'   # web meta: left out
    assert ls[2] == '1367觀看次' and ls[3] == '字級'          # web furniture: left out
    cap_line = ls[4]
    cap, cr = '佛光山開山50週年影像回顧圖像展開幕剪綵。', '圖/人間社記者陳璿宇'
    assert cap_line == cap + ' ' + cr
    body = ls[5:10]
    assert body[0].startswith('【人間社記者陳璿宇彰化報導】福山寺又名「環保寺」,') and body[0].endswith('彷彿景物呈現在眼前。')
    assert body[1].startswith('開幕剪綵禮請佛光山退居和尚心培和尚') and body[1].endswith('督導蘇孟賢等人剪綵。')
    assert body[2].startswith('覺居法師表示,') and body[2].endswith('會愈來愈好。')
    assert body[3].startswith('「師父引進門,修行在個人。」') and body[3].endswith('每個人的慈悲與智慧。')
    assert body[4].startswith('洪文政細數福山寺點滴因緣,') and body[4].endswith('永不退轉。')
    assert ls[10] == '熱門新聞'                    # web furniture from here: left out
    p = Page(fillers=('', '\u3000', '', ' '), eol='\n')
    p.furn(['人間福報', '2016年5月26日 星期四'], adjacent=True, run='人間福報 2016年5月26日 星期四')
    p.furn(['宗教'])
    p.article()
    p.title('kicker', k, accept=['kicker', 'headline'])
    p.title('headline', h, accept=['headline', 'subheadline'], adjacent=True)
    p.para(body[0], indent=SS)
    p.figure(cap, (cr, 'photographer', '陳璿宇'), mode='same', sep=' ')
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '看見眾緣成就,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[3], indent=SS, trail=' ')
    p.para(body[4], indent=SS)
    p.write(os.path.join(D, 'r402'))


# ---------------- r403 人間福報 2009-09-11 (merit-times NewsPage unid=144015) (CRLF, no final newline)
def r403():
    ls = lines('r403_mt_xingfo')
    h = take_line(ls, '佛光人行佛 5個月服務逾64萬人', once=True)
    assert ls[0] == h
    assert ls[1] == '江峰平 |2009.09.11' and ls[2] == '895觀看次' and ls[3] == '字級'   # web meta: left out
    cr = '人間社記者江峰平攝'
    cap = '國際佛光會中華總會第六屆第十次理監事暨督導會長聯席會,佛光緣美術館總部總館長如常法師(站立者)宣布大師墨寶將受邀於聯合國展覽。'
    assert ls[4] == cap + cr                        # credit glued after the caption's full stop
    body = ls[5:]
    assert len(body) == 5
    assert body[0].startswith('【人間社記者江峰平大樹報導】國際佛光會中華總會') and body[0].endswith('佛光人奉行「菩薩義工」的心得。')
    assert body[1].startswith('大師首先邀請大眾') and body[1].endswith('佛光獎得主。')
    assert body[2].startswith('大師表示,當初他「以無為有」') and body[2].endswith('完成上帝交代的任務。」')
    assert body[3].startswith('佛光緣美術館總部總館長如常法師,') and body[3].endswith('散發平等與慈悲。')
    assert body[4].endswith('因此,他深刻體會到「')      # the store stops here
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\r\n', final_eol=False)
    p.furn(['2009年9月11日 星期五'])
    p.furn(['人間福報'])
    p.article()
    p.title('headline', h, trail=' ')
    glued_figure(p, cap, cr, pho(cr, '江峰平'))
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para_cut(cut(body[2], '第一時間佛光人就全力投入,'), fills={0: '\t'}, indent=SS)
    p.para(body[3], indent=SS)
    p.para(body[4], indent=SS)
    p.jump('（下轉第2版）')
    p.write(os.path.join(D, 'r403'))


# ---------------- r404 人間福報 2013-12-09 (merit-times NewsPage unid=329555) (BOM, LF, final LF)
def r404():
    ls = lines('r404_mt_nanqu')
    assert len(ls) == 1                              # the store gives this copy as one line
    s = ls[0]
    h = '肯定我是佛光山就擁有佛光山'
    meta = ' 人間社記者黃俊雄大樹報導 |2013.12.09 語音朗讀 1668觀看次 字級 大 中 小 '   # web meta: left out
    assert s.startswith(h + meta)
    rest = s[len(h + meta):]
    c1, r1 = '國際佛光會南區協會昨天在佛館大覺堂召開年會,有一千六百多位南區佛光人齊聚。', '圖/人間社記者戴良雄'
    c2, r2 = '南區協會現任會長楊政達(左二),頒獎感謝曾擔任過南區會長的郭銘群(左一)、陳順章(右二)、黃明侃(右一),感謝他們的貢獻。', '圖/人間社記者黃瓊霞'
    c3, r3 = '南區協會各分會以充滿活力、創意的方式進場。', '圖/人間社記者黃瓊霞'
    caps = c1 + r1 + c2 + r2 + c3 + r3
    assert rest.startswith(caps + ' ')              # three captions, each with its credit glued, in the copy
    text = rest[len(caps) + 1:]
    body = split_at_spaces(text, ['大眾接心。 ', '表演節目。 '])
    assert len(body) == 3
    assert body[0].startswith('【人間社記者黃俊雄大樹報導】國際佛光會中華總會南區協會') and body[0].endswith('莫過於佛光山開山星雲大師與大眾接心。')
    assert body[1].startswith('年會一開始,') and body[1].endswith('深寓佛法的表演節目。')
    assert body[2].startswith('「佛光山與佛光會如人之雙臂、鳥之雙翼,') and body[2].endswith('這都是佛光人創')   # the store stops here
    p = Page(fillers=('', ' ', '\u3000\u3000', ''), eol='\n', bom=True)
    p.furn(['人間福報'])
    p.furn(['2013年12月9日 星期一'])
    p.article()
    p.title('headline', h)
    p.para(body[0], indent=SS)
    p.figure(c1, (r1, 'photographer', '戴良雄'))
    p.para_cut(cut(body[1], '緊接著介紹各督導區特色、頒獎表揚推廣福報的優秀單位與分會會員,'),
               between={0: [(c2, (r2, 'photographer', '黃瓊霞'), 'blank')]}, indent=SS)
    p.figure(c3, (r3, 'photographer', '黃瓊霞'))
    p.para(body[2], indent=SS)
    p.jump('(下轉第3版)')
    p.write(os.path.join(D, 'r404'))


# ---------------- r405 人間福報 2012-01-28 (merit-times NewsPage unid=250872) (lone CR, final CR)
def r405():
    ls = lines('r405_mt_zouchun')
    h = take_line(ls, '新年走春 佛館人潮洶湧', once=True)
    assert ls[0] == h
    assert ls[1] == '陳雅容  |2012.01.28' and ls[2] == '1065觀看次' and ls[3] == '字級'   # web meta: left out
    b = take_line(ls, '文/人間社記者 陳雅容', once=True)
    assert ls[4] == b
    p1 = ls[5]
    assert p1.startswith('宏偉壯闊的佛光山佛陀紀念館落成啟用後,') and p1.endswith('並開示佛陀紀念館各建築、設施的意義。')
    assert ls[6] == '熱門新聞' and ls[9].startswith(FOOT)        # web furniture: left out
    p = Page(fillers=('', '  ', '\u3000', ''), eol='\r')
    p.furn(['人間福報 2012年1月28日 星期六'])
    p.furn(['佛教'])
    p.article()
    p.title('headline', h)
    p.byline(b, ['陳雅容'])
    p.para_cut(cut(p1, '一同見證歷史性時刻,'), fills={0: '  '}, indent=SS)
    p.write(os.path.join(D, 'r405'))


# ---------------- r406 人間福報 2015-09-10 (merit-times NewsPage unid=414418) (LF, no final newline)
def r406():
    ls = lines('r406_mt_shenghuo')
    t = take_line(ls, '生活快門 守著殘破家園', once=True)
    assert ls[0] == t
    k, h = '生活快門', '守著殘破家園'
    assert t == k + ' ' + h                       # column name + headline on one line in the copy, split by me
    assert ls[1] == '文與圖/晞林 |2015.09.10' and ls[2] == '1225觀看次' and ls[3] == '字級'   # web meta: left out
    cap, cr = '生活快門 守著殘破家園', '圖/晞林'
    assert ls[4] == cap + ' ' + cr
    b = take_line(ls, '文與圖/晞林', once=True)
    assert ls[5] == b
    p1, p2 = ls[6], ls[7]
    assert p1 == '颱風過後幾天,到植物園散步,走到門口,才知園區封閉整理中,也不知哪天才會重新開放。'
    assert p2.startswith('從門邊探視,') and p2.endswith('也不禁憂鬱地看著園外的民眾呢!')
    assert ls[8] == '熱門新聞' and ls[11].startswith(FOOT)        # web furniture: left out
    p = Page(fillers=('', '\u3000', '\t', ''), eol='\n', final_eol=False)
    p.furn(['人間福報', '2015年9月10日 星期四', '生活'], adjacent=True, run='人間福報 2015年9月10日 星期四 生活')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True)
    p.byline(b, ['晞林'], trail=' ')
    p.figure(cap, (cr, 'photographer', '晞林'))
    p.para(p1, indent=SS)
    p.para(p2, indent=SS)
    p.write(os.path.join(D, 'r406'))


for f in (r402, r403, r404, r405, r406):
    f()
