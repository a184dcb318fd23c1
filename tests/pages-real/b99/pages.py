# build r487-r491 from the verbatim copies in src/ (see NAME.sources.md)
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


# ---------------- r487 克拉玛依日报 2021-03-29 (克拉玛依网 kelamayi.com.cn, content_1413351) (CRLF, final CRLF)
def r487():
    ls = lines('r487_klmyrb_shidaxinwen')
    h = take_line(ls, '2020克拉玛依十大新闻昨揭晓', once=True)
    assert ls[0] == h and ls[1] == '陈晓丹'
    body = ls[2:]
    assert len(body) == 11
    assert body[0].startswith('3月28日11时30分,') and body[0].endswith('新闻发布厅举行。')
    assert body[1] == '活动现场揭晓了2020年十大新闻的最终评选结果。'
    assert body[2] == '本次活动有两大亮点——'
    assert body[3].startswith('亮点一是') and body[5].startswith('亮点二是')
    assert body[4].startswith('“克拉玛依十大新闻评选活动自2005年开始举办,') and body[4].endswith('克拉玛依日报社相关工作人员说。')
    assert body[8] == '克拉玛依十大新闻评选活动由克拉玛依日报社主办,自2006年起每年举办一次。'
    assert body[10].endswith('有助于我们树立信心、坚定决心,更')          # the store stops here
    p = Page(fillers=('', '\u3000', '', ' '), eol='\r\n')
    p.furn(['克拉玛依日报', '2021年3月29日 星期一'], adjacent=True, run='克拉玛依日报 2021年3月29日 星期一')
    p.furn(['02', '综合新闻'], adjacent=True, run='02 综合新闻')
    p.article()
    p.title('headline', h)
    p.byline('陈晓丹', ['陈晓丹'])
    p.para(body[0], indent=SS)
    p.para(body[1], indent=SS)
    p.para(body[2], indent=SS)
    p.para(body[3], indent=SS)
    p.para_cut(cut(body[4], '今年已连续成功举办了16次,'), fills={0: '\u3000'}, indent=SS)
    p.para(body[5], indent=SS, trail=' ')
    p.para(body[6], indent=SS)
    p.para(body[7], indent=SS)
    p.para(body[8], indent=SS)
    p.para_cut(cut(body[9], '从中评选出值得载入史册的十大新闻,'), fills={0: ''}, indent=SS)
    p.para(body[10], indent=SS)
    p.jump('（下转第三版）')
    p.write(os.path.join(D, 'r487'))


# ---------------- r488 克拉玛依日报 2022-08-10 油城纵深 (克拉玛依网 kelamayi.com.cn, content_1474773) (BOM, LF, final LF)
def r488():
    ls = lines('r488_klmyrb_yizhuduoyuan')
    assert ls[0] == '克拉玛依网' and ls[1] == '新闻 > 油城纵深'          # web furniture: left out
    h = take_line(ls, '克拉玛依:一主多元 向“新”而生', once=True)
    assert ls[2] == h and ls[3] == '王雯婧'
    figs = ls[4:]
    assert len(figs) == 6
    credits = ['本报全媒体首席记者 闵勇 摄', '本报通讯员 邹文庆 摄', '本报通讯员 杨建发 摄',
               '本报全媒体记者 蒋剑 摄', '本报全媒体首席记者 闵勇 摄']
    who = ['闵勇', '邹文庆', '杨建发', '蒋剑', '闵勇']
    caps = []
    for f, c in zip(figs, credits):
        assert f.startswith(c + ' ')                 # the copy prints each credit before its caption
        caps.append(f[len(c) + 1:])
    assert caps[0].startswith('2022年5月16日,') and caps[4].endswith('实行现行的国家高新技术产业开发区政策。')
    assert figs[5].endswith('勘探开发力度和产能建设')                  # the store stops inside the sixth caption: left out
    p = Page(fillers=('', '\t', '\u3000', ''), eol='\n', bom=True)
    p.furn(['2022年8月10日 星期三'])
    p.furn(['克拉玛依日报'])
    p.furn(['05 油城纵深'])
    p.article()
    p.title('headline', h, trail=' ')
    p.byline('王雯婧', ['王雯婧'])
    for i, (cap, c, w) in enumerate(zip(caps, credits, who)):
        mode = 'blank' if i == 2 else 'next'
        p.figure(cap, pho(c, w), mode=mode)
    p.write(os.path.join(D, 'r488'))


# ---------------- r489 毕节日报 2025-08-09 第04版 副刊 (电子报阅读机 360elib.com, NewsId=73148337) (lone CR, no final newline)
def r489():
    ls = lines('r489_bjrb_changxiangban')
    assert ls[:4] == ['电子报阅读机', '2025-12-29', '星期一', '当前报纸名称:毕节日报']      # e-reader furniture: left out
    h = take_line(ls, '我与《毕节日报》长相伴', once=True)
    assert ls[4] == h
    assert ls[5] == '日期:08-09' and ls[6] == '字号:' and ls[7].startswith('版面:第04版:副刊')
    body = ls[8:]
    assert len(body) == 3
    assert body[0].startswith('四秩沧桑巨变,') and body[0].endswith('“良师益友”《毕节日报》。')
    assert body[1].startswith('地地道道的我,') and body[1].endswith('《毕节大众》停刊了。')
    assert body[2].startswith('春回大地,万物复苏。改革开放后, 1985年夏天,')       # the copy's own space, kept
    assert body[2].endswith('潜移默化地培养了')                                      # the store stops here
    p = Page(fillers=('', '\u3000\u3000', ' '), eol='\r', final_eol=False)
    p.furn(['04', '副刊'], adjacent=True, run='04 副刊')
    p.furn(['毕节日报', '2025年8月9日 星期六'], adjacent=True, run='毕节日报 2025年8月9日 星期六')
    p.article()
    p.title('headline', h)
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '亦即1951年秋创办的《毕节大众》是《毕节日报》的前身或幼年的话,'), fills={0: '\u3000'}, indent=SS)
    p.para_cut(cut(body[2], '从心仪、爱上到热心、忠实的原因,'), fills={0: ''}, indent=SS)
    p.jump('（下转第三版）')
    p.write(os.path.join(D, 'r489'))


# ---------------- r490 毕节日报 2025-09-11 (观察者网 guan.media, news/detail_15313; 来源:毕节日报) (LF, no final newline)
def r490():
    ls = lines('r490_bjrb_sishizhounian')
    h = take_line(ls, '写在毕节日报社成立暨《毕节日报》创刊四十周年之际', once=True)
    assert ls[0] == h
    assert ls[1] == '本文发布于 2025-09-11 03:28' and ls[2] == '来源:毕节日报' and ls[3] == '26613'   # web meta: left out
    body = ls[4:]
    assert len(body) == 16
    assert body[0] == '一纸新开,云程发轫。'
    assert body[1].startswith('1985年,毕节历史翻开新闻事业崭新的一页,') and body[1].endswith('服务地方发展的神圣使命。')
    assert body[2] == '1985年9月11日,毕节报社成立。'
    assert body[8] == '1999年1月1日,《毕节报》更名为《毕节日报》。'
    assert body[7].startswith('1997年,毕节报印刷厂技改项目')
    assert body[15] == '2009年10月开办《'                                         # the store stops here
    p = Page(fillers=('', ' ', '\u3000', '\t'), eol='\n', final_eol=False)
    p.furn(['毕节日报'])
    p.furn(['2025年9月11日 星期四', '特别报道'], adjacent=True, run='2025年9月11日 星期四 特别报道')
    p.article()
    p.title('headline', h)
    p.para(body[0])
    p.para_cut(cut(body[1], '1985年,毕节历史翻开新闻事业崭新的一页,'), fills={0: ' '})
    for i in range(2, 15):
        if i == 7:
            p.para_cut(cut(body[7], '由财政投资150万元进行技术改造,'), fills={0: '\t'})
        elif i == 11:
            p.para(body[i], trail=' ')
        else:
            p.para(body[i])
    p.para(body[15])
    p.jump('(下转第2版)')
    p.write(os.path.join(D, 'r490'))


# ---------------- r491 昌吉日报 2025-01-13 (昌吉日报数字报 pcepaper.cjxww.cn, content_1156_189423) (BOM, CRLF, no final newline)
def r491():
    ls = lines('r491_cjrb_lianghui')
    assert len(ls) == 5
    b = take_line(ls, '□本报记者 常谊谊', once=True)
    assert ls[0] == b
    body = ls[1:]
    assert body[0] == '今年是我第14次参加两会报道,14年光阴飞逝,但每次参加两会总有新感受。'
    assert body[1].startswith('“两会朋友圈”“两会新观察”') and body[1].endswith('传递了2025年昌吉州两会新闻报道。')
    assert body[2].startswith('新一年,会有更多新举措、') and body[2].endswith('更多美好的梦想将照进现实。')
    assert body[3] == '作为媒体人,在经历一次次的对话、思考后,我们会整装再出发,奔赴下一场盛会,迎接更好的未来。'
    p = Page(fillers=('', '\t', '  '), eol='\r\n', bom=True, final_eol=False)
    p.furn(['昌吉日报 2025年1月13日 星期一'])
    p.furn(['03', '两会特刊'], adjacent=True, run='03 两会特刊')
    p.article()
    p.byline('本报记者 常谊谊', ['常谊谊'], printed=b)
    p.para(body[0], indent=SS)
    p.para_cut(cut(body[1], '5天时间里,'), fills={0: '\t'}, indent=SS)
    p.para_cut(cut(body[2], '2025年,代表委员们积极建言献策,'), fills={0: ''}, indent=SS)
    p.para(body[3], indent=SS, trail=' ')
    p.write(os.path.join(D, 'r491'))


for f in (r487, r488, r489, r490, r491):
    f()
