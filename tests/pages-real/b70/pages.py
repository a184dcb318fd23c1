# build r342-r346 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (search corpus `pages`) as the store gives them (transcribed from
# the look-up output); every block printed here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, take_line, cutter, photo_credit as pho, split_at_spaces

lines = partial(src_lines, D)
cut = cutter('，,')
SS = '\u3000\u3000'


# ---------------- r342 飞跃报 (飞跃集团 enterprise paper; two web copies on frk123.com) (LF, final LF)
def r342():
    a = lines('r342_feiyue_wenhuahui')
    b = lines('r342_feiyue_xiezhenhua')
    p = Page(fillers=('', '\u3000', '', ' '), eol='\n')
    assert len(a) == 6 and len(b) == 3
    h1, s1 = take_line(a, '中国民营企业文化建设工作会议召开', once=True), a[1]
    assert s1.startswith('《飞跃报》荣获优秀报刊奖,') and s1.endswith('本报主编代表获奖者作经验介绍')
    assert a[2] == '本报讯'                                   # dateline on a line of its own: left out (Calls)
    a1, a2, a3 = a[3:6]
    assert a1.startswith('11月10日,由全国工商联主办的') and a3.endswith('并希望本报越办越好。')
    h2 = take_line(b, '国家发改委副主任解振华称赞飞跃发展理念', once=True)
    b1, b2 = b[1], b[2]
    assert b1.startswith('11月5日上午,') and b2.endswith('实现更大的发展。')
    p.furn(['飞跃报', '综合新闻  第2版'], adjacent=True, run='飞跃报 综合新闻 第2版')
    p.article()
    p.title('headline', h1, accept=['headline', 'kicker'])
    p.title('subheadline', s1, accept=['subheadline', 'headline'], adjacent=True)
    p.para_cut(cut(a1, '全国政协副主席、全国工商联主席黄孟复,'), fills={0: '\u3000'}, indent=SS)
    p.para(a2, indent=SS, trail=' ')
    p.para(a3, indent=SS)
    p.article()
    p.title('headline', h2, trail='  ')
    p.para(b1, indent=SS)
    p.para_cut(cut(b2, '解振华说,'), fills={0: ''}, indent=SS)
    p.write(os.path.join(D, 'r342'))


# ---------------- r343 清徐报 (e-paper of 清徐县融媒体中心, paper.cuduwang.com) (BOM, CRLF, no final newline)
def r343():
    a = lines('r343_qingxu_wenhuaqiangxian')
    b = lines('r343_qingxu_chuxue')
    p = Page(fillers=('', '\t', ''), eol='\r\n', bom=True, final_eol=False)
    assert a[0] == 'A1:清徐*要闻总第2472期 >2013-02-06编印'      # e-paper head: gives the page head below
    h1 = take_line(a, '我县蝉联“山西省文化强县”荣誉称号', once=True)
    assert a[2] == '刊发日期:2013-02-06 阅读次数: 作者:小杰  语音阅读:语音阅读'   # web meta: byline 小杰
    a1, a2 = a[3], a[4]
    assert a1.startswith('本报讯近日,') and a2.endswith('第一批10个山西省文化强县荣誉。') and len(a) == 5
    hb = b[0]
    h2 = '天公吹响“集结号”环卫职工除雪忙'
    assert hb == h2 + ' 作者:李晓雪 摄 时间:2015-11-25 次数:119 语音阅读:语音阅读'
    b1 = b[1]
    assert b1.startswith('11月24日,我县迎来今冬初雪,') and b1.endswith('对全县范围的道路开展清雪作业。')
    assert b[2].startswith('CopyRight')                        # web footer: left out
    p.furn(['清徐报', 'A1 要闻', '2013年2月6日 星期三  总第2472期'], adjacent=True,
           run='清徐报 A1 要闻 2013年2月6日 星期三 总第2472期')
    p.article()
    p.title('headline', h1)
    p.byline('小杰', ['小杰'], printed='□小杰')
    p.para(a1, indent='  ')
    p.para(a2, indent='  ', trail=' ')
    p.article()
    p.title('headline', h2)
    p.para_cut(cut(b1, '从24日零时至上午八时我县降水量为5.4mm,'), fills={0: '\t'}, indent='  ')
    p.credit('李晓雪 摄', '李晓雪 摄', 'photographer', '李晓雪')
    p.write(os.path.join(D, 'r343'))


# ---------------- r344 沁县 county paper (e-paper e.sxxycmw.com/qzxw, two issues) (lone CR, final CR)
def r344():
    a = lines('r344_qinxian_shuicheng')
    b = lines('r344_qinxian_tupian')
    p = Page(fillers=('', '\t', '\u3000', ''), eol='\r')
    assert a[0] == '«上一版 下一版»本期共4版, 当前第3版 PDF'   # e-paper navigation: left out
    h1 = take_line(a, '北方水城——沁县', once=True)
    body = a[2:]
    assert len(body) == 5 and body[0].startswith('沁县好名,') and body[4].endswith('人在画中游,不')
    assert b[0] == '下一版»本期共4版, 当前第1版 PDF'
    h2 = take_line(b, '【图片新闻】', once=True)
    b1, b2 = b[2], b[3]
    assert b1.startswith('8月28日下午,') and b2.endswith('把选举完成好。')
    cr = take_line(b, '井娇摄影报道', once=True)
    p.furn(['第3版', '文化'], run='第3版 文化')
    p.article()
    p.title('headline', h1, trail=' ')
    p.para(body[0])
    p.para_cut(cut(body[1], '北朝烽烟、宋金对垒、满清入关,'), fills={0: '\u3000'})
    p.para(body[2])
    p.para(body[3], trail='  ')
    p.para(body[4])                                  # the store stops mid-sentence: closed by a jump line
    p.jump('（下转第4版）')
    p.article()
    p.title('headline', h2)
    p.para(b1)
    p.para(b2)
    p.credit(cr, cr, 'photographer', '井娇')
    p.write(os.path.join(D, 'r344'))


# ---------------- r345 今日青州 (paper.jrqzw.net, two items) (CRLF, final CRLF)
def r345():
    a = lines('r345_jrqz_daxue')
    b = lines('r345_jrqz_sheyingzhan')
    p = Page(fillers=('\u3000', '', ' '), eol='\r\n')
    cap, cr = split_at_spaces(a[0], ['提供了极大了便利。 '])
    assert cap.startswith('1月20日,时令大寒,') and cr == '记者王青和 曹健强摄'
    assert a[1].startswith('服务热线') and len(a) == 4           # web footer: left out
    assert len(b) == 2 and b[0].startswith('本报讯 (青摄协)') and b[1].endswith('联合举办了此次摄影展。')
    p.furn(['今日青州', '第2版  综合'], run='今日青州 第2版 综合')
    p.figure(cap, pho(cr, '王青和、曹健强'), mode='same', sep=' ', doc_level=True)
    p.article()
    p.para(b[0], indent=SS)
    p.para_cut(cut(b[1], '特别是近年来积极打造“东方花都,文化青州”品牌,'), fills={0: ''}, indent=SS)
    p.write(os.path.join(D, 'r345'))


# ---------------- r346 山西青年报 (e-paper reader on 360elib.com, 第15版 社会, 11-15) (BOM, LF, no final newline)
def r346():
    a = lines('r346_sxqnb_yifengjiashu')
    p = Page(fillers=(' ', '', '\u3000'), eol='\n', bom=True, final_eol=False)
    assert a[:4] == ['电子报阅读机', '2025-12-27', '星期六', '当前报纸名称:山西青年报']   # reader furniture: left out
    h = take_line(a, '青年女工“一封家书”嘱咐矿工保安全', once=True)
    assert a[5] == '日期:11-15' and a[7].startswith('版面:15:社会')              # gives the page head below
    byl = take_line(a, '本报记者 孟存田 通讯员 王怀凤', once=True)
    a1, a2 = a[9], a[10]
    assert len(a) == 11 and a1.startswith('“这是我第一次用写信的方式') and a2.endswith('确保安全生产工作顺利开展。')
    p.furn(['山西青年报', '第15版  社会', '11月15日'], run='山西青年报 第15版 社会 11月15日')
    p.article()
    p.title('headline', h, trail='  ')
    p.byline(byl, ['孟存田', '王怀凤'], printed='本报记者  孟存田  通讯员  王怀凤')
    p.para_cut(cut(a1, '我不是一个浪漫的人,'), fills={0: '\u3000'}, indent='   ')
    p.para(a2, indent='   ')
    p.write(os.path.join(D, 'r346'))


for f in (r342, r343, r344, r345, r346):
    f()
