# build r407-r411 from the verbatim copies in src/ (see NAME.sources.md)
# src/rNNN_*.txt are exact line ranges of test.js in YaoKaiPeng/parse-wisers (WiseNews HTML exports kept as a test
# fixture): commit 3af21feb39abd6fd2f906195720a9a9de9a5e575 (r407-r409) and 8bc84aea2c18fbaa64574f1c8945750c0064432c
# (r410, r411). The export marks search hits with <font class="highlight">…</font>; pages.py removes only those tags and
# writes the result as src/NAME_untagged.txt (derived, so check.py finds the paragraphs byte for byte).
# Every block printed is cut out of the copies and checked with asserts.
import os, re, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from pagekit import wisers as pagekit_wisers, glued_head, Page, src_text, take_line, cutter, photo_credit as pho, glued_figure

SS = '\u3000\u3000'
cut = cutter('，,')


def wisers(name):
    return pagekit_wisers(D, name)


# ---------------- r407 经济参考报 2020-07-22 第06版 健康周刊 (two stories) (LF, final LF)
def r407():
    idx, t, ps = wisers('r407_jjckb_tiaoli')
    assert idx == '1 .经济参考报(数字报) | 2020-07-22\n<br>06| 健康周刊| By 王文博'
    h, s = '多地密集部署 地方中医药条例纷纷出台', '专家:中医药走出去须加强立法保护'
    assert t == h + ' ' + s                         # one title line in the export, split by me at its space
    assert len(ps) == 19
    cr = '记者 李晓果 摄'
    cap = ('图为河北省武邑县中医医院医生在给市民贴"三伏贴"。入伏以来，河北省武邑县市民纷纷走进医院利用中医疗法进行"冬病夏治"。'
           '"冬病夏治"是通过穴位贴敷、拔罐等多种中医疗法，对特定慢性病进行的治疗。这种传统有效且方便的"冬病夏治"方式，深受市民的热捧。')
    assert ps[0].startswith(cap + cr)               # caption + credit glued before the first sentence
    p1 = ps[0][len(cap + cr):]
    assert p1.startswith('疫情发生以来，') and p1.endswith('促进中医药事业和产业健康发展。')
    p2 = ps[1]
    h1, p3 = glued_head(ps[2], '多地部署推动中医药规范发展')
    assert p3.startswith('7月15日，')
    rest1 = ps[3:8]
    h2 = take_line(ps, '多领域细则待进一步完善', once=True)
    assert ps[8] == h2
    rest2 = ps[9:16]
    h3, p4 = glued_head(ps[16], '规范发展助推中医药国际化')
    assert p4.startswith('值得注意的是，')
    rest3 = ps[17:19]
    assert rest3[-1].endswith('作为推动境外立法的前置条件。"宋欣阳说。')

    idx2, t2, qs = wisers('r407_jjckb_kangyi')
    assert idx2 == '4 .经济参考报(数字报) | 2020-07-22\n<br>06| 健康周刊| By 孙光荣 何清湖'
    assert t2 == '中医药抗疫 彰显传承精华守正创新'
    assert len(qs) == 19
    g1, q2 = glued_head(qs[1], '认知人与自然 勇于使命担当')
    g2, q8 = glued_head(qs[7], '辨析核心病机 诚于传承精华')
    g3, q14 = glued_head(qs[13], '研制核心处方 善于守正创新')
    note = qs[18]
    assert note == '（第一作者孙光荣为国医大师，第二作者何清湖为湖南中医药大学副校长）'

    p = Page(fillers=('', '', '\u3000', ''), eol='\n')
    p.furn(['经济参考报', '2020年7月22日 星期三'], adjacent=True, run='经济参考报 2020年7月22日 星期三')
    p.furn(['06', '健康周刊'], adjacent=True, run='06 健康周刊')
    p.article()
    p.title('headline', h, accept=['headline', 'kicker'])
    p.title('subheadline', s, accept=['subheadline', 'headline'], adjacent=True)
    p.byline('王文博', ['王文博'])
    p.para(p1, indent=SS)
    glued_figure(p, cap, cr, pho(cr, '李晓果'))
    p.para(p2, indent=SS)
    p.head([h1])
    p.para(p3, indent=SS)
    p.para(rest1[0], indent=SS)
    p.para_cut(cut(rest1[1], '与会人员围绕发挥中医药预防保健、特色康复和传染病防治作用，'), fills={0: '\u3000'}, indent=SS)
    for x in rest1[2:]:
        p.para(x, indent=SS)
    p.head([h2], trail=' ')
    for x in rest2:
        p.para(x, indent=SS)
    p.head([h3])
    p.para_cut(cut(p4, '上海中医药大学中医药国际化发展研究中心副主任宋欣阳也认为，'), fills={0: ''}, indent=SS)
    for x in rest3:
        p.para(x, indent=SS)
    p.article()
    p.title('headline', t2)
    p.byline('孙光荣 何清湖', ['孙光荣', '何清湖'])
    p.para(qs[0], indent=SS)
    p.head([g1])
    p.para(q2, indent=SS)
    for x in qs[2:7]:
        p.para(x, indent=SS)
    p.head([g2])
    p.para(q8, indent=SS)
    p.para_cut(cut(qs[8], '纵观本次疫情，'), fills={0: '\u3000'}, indent=SS)
    for x in qs[9:13]:
        p.para(x, indent=SS)
    p.head([g3])
    p.para(q14, indent=SS)
    for x in qs[14:18]:
        p.para(x, indent=SS)
    p.para(note, indent=SS)
    p.write(os.path.join(D, 'r407'))


# ---------------- r408 人民政协报 2020-07-22 第06版 健康周刊 (CRLF, no final newline)
def r408():
    idx, t, ps = wisers('r408_rmzxb_xibao')
    assert idx == '5 .人民政协报(数字报) | 2020-07-22\n<br>06| 健康周刊| By 文幸'
    assert t == '中医解决的是细胞呼吸吃饭等大问题'
    assert len(ps) == 16
    assert ps[-1] == '（作者系广东省中医院针灸科副主任中医师）'
    p = Page(fillers=('', '\t', ''), eol='\r\n', final_eol=False)
    p.furn(['人民政协报'])
    p.furn(['2020年7月22日 星期三', '06', '健康周刊'], adjacent=True, run='2020年7月22日 星期三 06 健康周刊')
    p.article()
    p.title('headline', t, trail='\u3000')
    p.byline('文幸', ['文幸'], trail=' ')
    for i, x in enumerate(ps):
        if i == 5:
            p.para_cut(cut(x, '因此认为"气"约等于现代医学的肌肉，'), fills={0: '\t'}, indent=SS)
        elif i == 12:
            p.para_cut(cut(x, '比如运动系统的骨骼肌，'), fills={0: ''}, indent=SS)
        else:
            p.para(x, indent=SS, trail=' ' if i == 3 else '')
    p.write(os.path.join(D, 'r408'))


# ---------------- r409 21世纪经济报道 2020-07-22 第12版 新健康 (BOM, LF, final LF)
def r409():
    idx, t, ps = wisers('r409_21jj_chuwang')
    assert idx == '3 .21世纪经济报道 | 2020-07-22\n<br>12| 新健康| By 唐唯珂,赖梦萍'
    assert t == '中医"触网"新路径： 携手互联网巨头推新"O2O"'
    assert len(ps) == 39
    heads = {5: '政策支持中医"触网"', 16: '携手互联网企业入局', 29: '视频问诊拉近关系'}
    for i, hd in heads.items():
        assert ps[i] == take_line(ps, hd, once=True)
    end = ps[38]
    assert end == '（作者：唐唯珂,赖梦萍 编辑：徐旭）'
    p = Page(fillers=('', ' ', '', '\u3000'), eol='\n', bom=True)
    p.furn(['21世纪经济报道'])
    p.furn(['2020年7月22日 星期三'])
    p.furn(['12', '新健康'], adjacent=True, run='12 新健康')
    p.article()
    p.title('headline', t)
    for i, x in enumerate(ps[:38]):
        if i in heads:
            p.head([x], trail=' ' if i == 16 else '')
        elif i == 9:
            p.para_cut(cut(x, '从政府管理的角度出发，'), fills={0: ' '}, indent=SS)
        elif i == 32:
            p.para_cut(cut(x, '未来患者和消费者会大量使用微信的"搜一搜"，'), fills={0: ''}, indent=SS)
        else:
            p.para(x, indent=SS)
    p.byline('唐唯珂,赖梦萍', ['唐唯珂', '赖梦萍'], printed=end)
    p.write(os.path.join(D, 'r409'))


# ---------------- r410 香港商報 2019-04-15 A05 產經新聞 (lone CR, final CR)
def r410():
    idx, t, ps = wisers('r410_hkcd_chengjiao')
    assert idx.startswith('2 .Hong Kong Commercial Daily |') and idx.endswith('A05 |產經新聞') and '2019-04-15' in idx
    assert t == '資金持續流入住宅市場 4 月成交料創10 個月新高'
    assert len(ps) == 12
    assert ps[0].startswith('【香港商報訊】記者鄭珊珊報道：')
    h1 = ps[2]
    assert h1 == take_line(ps, '紅磡啟岸熱賣', once=True)
    h2 = ps[6]
    assert h2 == take_line(ps, '第一城呎價重上2 萬', once=True)
    assert ps[10] == '####'                          # the export's picture mark: not printed
    cap = ps[11]
    assert cap == '新界熱門屋苑沙田第一城近日成交價再次衝上2萬元大關。'
    p = Page(fillers=('', '\u3000', ''), eol='\r')
    p.furn(['A05', '產經新聞'], adjacent=True, run='A05 產經新聞')
    p.furn(['香港商報 2019年4月15日 星期一'])
    p.article()
    p.title('headline', t)
    p.para(ps[0], indent=SS)
    p.para(ps[1], indent=SS)
    p.head([h1])
    p.para(ps[3], indent=SS)
    p.para_cut(cut(ps[4], '暫錄3321 宗，'), fills={0: '\u3000'}, indent=SS)
    p.para(ps[5], indent=SS)
    p.head([h2], trail=' ')
    p.para(ps[7], indent=SS)
    p.figure(cap)
    p.para(ps[8], indent=SS)
    p.para(ps[9], indent=SS)
    p.write(os.path.join(D, 'r410'))


# ---------------- r411 am730 2019-04-15 A02 NEWS, column C觀點 (LF, no final newline)
def r411():
    idx, t, ps = wisers('r411_am730_loujia')
    assert idx.startswith('4 .am730 |') and idx.endswith('A02 |NEWS |C觀點 |By 施永青') and '2019-04-15' in idx
    assert t == '樓價最貴是好是壞？'
    assert len(ps) == 8
    p = Page(fillers=('', '  ', '', '\t'), eol='\n', final_eol=False)
    p.furn(['am730', '2019年4月15日 星期一', 'A02', 'NEWS'], adjacent=True, run='am730 2019年4月15日 星期一 A02 NEWS')
    p.article()
    p.title('kicker', 'C觀點')
    p.title('headline', t, adjacent=True)
    p.byline('施永青', ['施永青'], printed='施永青 ')
    for i, x in enumerate(ps):
        if i == 2:
            p.para_cut(cut(x, '一邊是純粹照顧本地人生活所需的民生市場，'), fills={0: '  '})
        elif i == 6:
            p.para_cut(cut(x, '近期，香港的店舖租金就接連大幅回落，'), fills={0: ''})
        else:
            p.para(x)
    p.write(os.path.join(D, 'r411'))


for f in (r407, r408, r409, r410, r411):
    f()
