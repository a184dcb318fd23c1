# build r472-r475 from the verbatim copies in src/ (see NAME.sources.md)
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
cut = cutter('，,。')


# ---------------- r472 中国化工报 2013-01-04 (reprint on cnpec.net, news/show/97304) (LF, final LF)
def r472():
    ls = lines('r472_zghgb_2012zouguo')
    assert ls[0].startswith('首页|新闻中心|') and ls[1].startswith('标王 热搜:')      # web furniture: left out
    assert ls[2] == '当前位置: 首页 » 资讯 » 专题报道 » 正文'                        # web furniture: left out
    h1 = take_line(ls, '2012年,我们一起走过', once=True)
    assert ls[3] == h1
    assert ls[4] == '放大字体  缩小字体 发布日期:2013-01-04  来源:中国化工报'       # web meta: left out
    assert ls[5].startswith('核心提示: 编者按 ')                                      # web summary (a cut of the note): left out
    note = ls[6:9]
    assert note[0].startswith('编者按 生产一线,') and note[0].endswith('挖掘新闻背后的故事……')
    assert note[1].startswith('每一个现场,') and note[1].endswith('我们乐此不疲。')
    assert note[2].startswith('2012年已静静逝去,') and note[2].endswith('迎接2013年。')
    h2 = take_line(ls, '与时间赛跑的报道战役', once=True)
    assert ls[9] == h2 and ls[10] == '徐岩'
    body = ls[11:]
    assert len(body) == 3
    assert body[0].startswith('一年一度的两会') and body[0].endswith('我有幸地经历了这一切。')
    assert body[1].startswith('在踏入政协委员驻地的第一刻,') and body[1].endswith('一面密切关注着每一个来客。')
    assert body[2] == '“两会还没开始,你们这么早就开始'                              # the store stops here
    p = Page(fillers=('', '\u3000', '', ' '), eol='\n')
    p.furn(['中国化工报', '2013年1月4日 星期五'], adjacent=True, run='中国化工报 2013年1月4日 星期五')
    p.furn(['8', '专题'], adjacent=True, run='8 专题')
    p.article()
    p.title('headline', h1)
    p.para(note[0], indent=SS)
    p.para(note[1], indent=SS)
    p.para_cut(cut(note[2], '在这辞旧迎新之际,'), fills={0: '\u3000'}, indent=SS)
    p.article()
    p.title('headline', h2, trail=' ')
    p.byline('徐岩', ['徐岩'], printed=' 徐岩')
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '几十位记者已经早早“盘踞”在酒店大堂的核心位置,'), fills={0: ''}, indent=SS)
    p.para(body[2], indent=SS)
    p.jump('（下转第七版）')
    p.write(os.path.join(D, 'r472'))


# ---------------- r473 中国化工报 2013-07-22 (reprint in traditional characters on m.17zgb.com, news/show-102561)
# (BOM, CRLF, final CRLF)
def r473():
    ls = lines('r473_zghgb_meilihuagong')
    assert ls[0].startswith('日本在线成人一区二区')                                   # spam line of the site: left out
    h = take_line(ls, '讓美麗化工漸入人心', once=True)
    assert ls[1] == h
    assert ls[2] == '2013-07-22 中國化工報李宏乾' and ls[3] == '801'                  # web meta (date, paper+author, hits): left out
    s = ls[4]
    assert s == '——本報與北京化工大學科普宣講實踐團走進成都紀實'
    cap1 = ls[5]
    assert cap1 == '圖為宣講團成員向青羊北社區居民發放科普手冊。'
    b1, b2 = ls[6], ls[7]
    assert b1.startswith('7月8~10日,本報記者攜手') and b1.endswith('為主題的科普宣講活動。')
    assert b2.startswith('這次科普宣講是本報') and b2.endswith('意義深遠。')
    cap2 = ls[8]
    assert cap2 == '圖為宣講團成員與大學生代表討論熱點話題。'
    x = take_line(ls, '企業宣講—— 使美麗化工的種子生根發芽', once=True)
    assert ls[9] == x
    b3, b4, b5 = ls[10], ls[11], ls[12]
    assert len(ls) == 13
    assert b3.startswith('7月8日,科普宣講團成員們') and b3.endswith('走進成都活動的大幕。')
    assert b4.startswith('負責帶隊的北化大研究生院輔導員楊海博介紹:') and b4.endswith('為產業發展營造適宜的環境。”')
    assert b5 == '成都市化工行業協會秘書長張海對科普活動表示歡迎。他說,化'          # the store stops here
    p = Page(fillers=('', '\t', '', '\u3000'), eol='\r\n', bom=True)
    p.furn(['2013年7月22日 星期一'])
    p.furn(['中國化工報'])
    p.furn(['3', '美麗化工'], adjacent=True, run='3 美麗化工')
    p.article()
    p.title('headline', h)
    p.title('subheadline', s, adjacent=True)
    p.byline('李宏乾', ['李宏乾'], trail=' ')
    p.figure(cap1)
    p.para(b1, indent=SS)
    p.para_cut(cut(b2, '在近年來化工行業面臨形象與信任危機的背景下,'), fills={0: '\t'}, indent=SS)
    p.figure(cap2)
    p.head([x])
    p.para(b3, indent=SS)
    p.para(b4, indent=SS, trail=' ')
    p.para(b5, indent=SS)
    p.jump('（下轉第4版）')
    p.write(os.path.join(D, 'r473'))


# ---------------- r474 中国化工报 2025-01-03 (ccin.com.cn detail/d66c6968…, the paper's own site; text from the
# fuller reprint on finance.sina.com.cn 2025-01-05) (lone CR, final CR)
def r474():
    cc = lines('r474_zghgb_yiwangxi_ccin')
    k = cc[0]
    assert k == '【四十年·奋进】忆往昔'
    assert cc[1] == 'zghgb202501036B_s.jpg'                                             # picture file name: left out
    h = take_line(cc, '中国化工报社原社长郝长江:知所先后 锚定未来', once=True)
    assert cc[2] == h
    assert cc[4] == '微信图片_20241225105748.jpg'                                      # picture file name: left out
    ls = lines('r474_zghgb_yiwangxi_sina')
    assert ls[0] == h
    body = ls[1:]
    assert len(body) == 11
    ccb = [l for l in cc[3:] if not l.endswith('.jpg')]
    assert len(ccb) == 10 and all(a == b for a, b in zip(ccb[:-1], body[:9]))         # the two copies agree
    assert body[9].startswith(ccb[-1])                                                  # (ccin stops earlier)
    assert body[0].startswith('时光荏苒,') and body[1] == '我在报社工作的15年,经历了报社兴衰攸关的三大变革。'
    assert body[2] == '第一个变革,是管理体制的变革。' and body[6] == '第二个变革,是社会组织形态的变革。'
    assert body[4] == '于是,改变管理体制,重塑支撑体系,回归化工圈成为了当时报社的主旋律。'
    assert body[5] == '通过多年的努力,报社回到了化工系统。回家的感觉真好!'
    assert body[9].endswith('有时不得不断腕前行。')
    assert body[10] == '值得庆幸的是,在相关同事的支持、理解甚至自我牺牲下,此次改'           # the store stops here
    p = Page(fillers=('', '  ', '\u3000', ''), eol='\r')
    p.furn(['6B', '中国化工报', '2025年1月3日 星期五'], adjacent=True, run='6B 中国化工报 2025年1月3日 星期五')
    p.article()
    p.title('kicker', k)
    p.title('headline', h, adjacent=True)
    for i, t in enumerate(body[:11]):
        if i == 3:
            p.para_cut(cut(t, '报社将转入经济日报报业集团。'), fills={0: '  '}, indent=SS)
        elif i == 7:
            p.para_cut(cut(t, '“皇粮”也吃不上了。'), indent=SS)
        else:
            p.para(t, indent=SS, trail=(' ' if i == 5 else ''))
    p.jump('(下转7B版)')
    p.write(os.path.join(D, 'r474'))


# ---------------- r475 中国化工报 2009-03 (reprint on zhongtushe.com, 2009/0519/139237) (LF, no final newline)
def r475():
    ls = lines('r475_zghgb_zoujinningxia')
    assert len(ls) == 5 and ls[4] == '|'                                                # web table edge: left out
    marks = [' 本文来自中华人民共和国图鉴社', ' 中华人民共和国图鉴社', ' tujian.org', ' 中华人民共和国图鉴社']
    body = []
    for l, m in zip(ls[:4], marks):                                                     # the site's watermarks: left out
        assert l.endswith(m)
        body.append(l[:-len(m)])
    assert body[0].startswith('由宁夏回族自治区宁东能源化工基地建设领导小组办公室、中国化工报社、')
    assert body[0].endswith('2009中国(宁夏)煤化工发展战略高峰论坛。')
    assert body[1].startswith('近年来,') and body[1].endswith('遏制煤化工盲目发展势头。')
    assert body[2].startswith('为了推动我国煤化工产业科学、健康发展,') and body[2].endswith('宁夏成为本次活动的第一站。')
    assert body[3].startswith('据了解,') and body[3].endswith('对本次活动采访和论坛内容进行集中报道。')
    p = Page(fillers=('', '\t', ''), eol='\n', final_eol=False)
    p.furn(['中国化工报'])
    p.furn(['2', '综合新闻'], adjacent=True, run='2 综合新闻')
    p.article()
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS, trail=' ')
    p.para_cut(cut(body[2], '组织开展“科学发展煤化工地方行”大型采访活动,'), fills={0: '\t'}, indent=SS)
    p.para(body[3], indent=SS)
    p.write(os.path.join(D, 'r475'))


for f in (r472, r473, r474, r475):
    f()
