# build r397 from the verbatim copy in src/ (see r397.sources.md)
# src/r397_nbd_20050803.txt holds three rows of a CMS SQL dump (code index file id 69652846380) as the
# store gives them (the dump's own `\n` and `\t` escapes kept); every block printed is cut out of them
# and checked with asserts.
import os, re, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from pagekit import Page, src_text, cutter, cms_rows

SS = '\u3000\u3000'
cut = cutter('，,')


def rows(name):
    return cms_rows(D, name, breaks_inside=True)


# ---------------- r397 每日经济新闻 2005-08-03 (rows 73176-73178 of the dump) (LF, no final newline)
def r397():
    R = rows('r397_nbd_20050803')
    # check.py looks paragraphs up in src/ byte for byte; one paragraph holds the dump's escaped line break
    # (`SP掌上\n灵通`), so a derived copy with the <p> texts and those breaks removed is written next to the stored one
    with open(os.path.join(D, 'src', 'r397_nbd_20050803_decoded.txt'), 'w', encoding='utf-8') as f:
        for k in sorted(R):
            f.write(R[k][0] + '\n' + ''.join(x.replace('\n', '') + '\n' for x in R[k][1]) + '\n')
    assert sorted(R) == [73176, 73177, 73178] and all(R[k][2] == '每日经济新闻' for k in R)

    # TOM / 超级女声 (row 73177)
    h1, ps1, _ = R[73177]
    assert h1 == 'TOM意外退出超级女声短信互动 掌上灵通接手'
    assert len(ps1) == 12
    s1, b1 = ps1[0], ps1[1]
    assert s1 == '业内人士称，湖南卫视太强势，SP分成受打压' and b1 == '黄婕'
    body1 = ps1[2:]
    assert body1[0].count('\n') == 1 and body1[0].startswith('《每日经济新闻》昨日获悉，') and body1[0].endswith('SP掌上\n灵通。')
    f1 = body1[0].split('\n')                          # the copy's own line break inside the paragraph
    assert all('\n' not in x for x in body1[1:])
    assert body1[6] == '那么，“超女”究竟能给湖南卫视和SP带来多少利润？'
    assert body1[8].startswith('以成都赛区总决赛为例，') and body1[8].endswith('湖南卫视和SP一场比赛就能进账170万元。')
    assert body1[-1] == '不过，张浩音却表示，掌上灵通的收入没有想象那么高，“其实我们没赚多少钱。”'

    # 小灵通 (row 73178)
    h2, ps2, _ = R[73178]
    assert h2 == '全国小灵通用户“逼近”8000万'
    assert len(ps2) == 7
    s2, b2 = ps2[0], ps2[1]
    assert s2 == '将以不同市场定位与3G并存' and b2 == '冯晓芳 新华社'
    body2 = ps2[2:]
    assert body2[0].startswith('信息产业部最新统计显示，') and body2[0].endswith('全国小灵通用户有望达1亿户。')
    assert body2[2].startswith('信息产业部有关负责人2日说，')
    assert body2[-1].endswith('使小灵通和固定电话无缝融合。')

    # 京信通信 (row 73176)
    h3, ps3, _ = R[73176]
    assert h3 == '京信通信半年报预警'
    assert len(ps3) == 6
    s3 = ps3[0]
    assert s3 == '工商东亚的分析师BertrandChui指出，该股目前预测市盈率在10倍以下，建议“持有”'
    body3 = ps3[1:]
    assert body3[0].startswith('昨日，京信通信(2342.HK)发布公告称，') and body3[0].endswith('公司将于9月中旬公布中期业绩。')
    assert body3[1].startswith('京信通信称，中报预警的原因如下：') and body3[1].endswith('令营运开支增加。')
    assert body3[-1].endswith('10∶45以后该股逐渐反弹，收盘报2')          # the copy stops here

    p = Page(fillers=('', '\u3000', '', ' '), eol='\n', final_eol=False)
    p.furn(['每日经济新闻', '2005年8月3日 星期三'], adjacent=True, run='每日经济新闻 2005年8月3日 星期三')
    p.furn(['A07', 'IT·通信'], adjacent=True, run='A07 IT·通信')

    p.article()
    p.title('headline', h1)
    p.title('subheadline', s1, trail=' ', adjacent=True)
    p.byline(b1, ['黄婕'], trail=' ')
    p.para_cut(f1, fills={0: '\u3000'}, indent=SS)
    p.para(body1[1], indent=SS)
    p.para_cut(cut(body1[2], '此前，'), indent=SS)
    p.para(body1[3], indent=SS)
    p.para(body1[4], indent=SS, trail=' ')
    p.para(body1[5], indent=SS)
    p.para(body1[6], indent=SS)
    p.para(body1[7], indent=SS)
    p.para(body1[8], indent=SS)
    p.para(body1[9], indent=SS)

    p.article()
    p.title('headline', h2)
    p.title('subheadline', s2, trail=' ', adjacent=True)
    p.byline(b2, ['冯晓芳'])
    p.para(body2[0], indent=SS)
    p.para(body2[1], indent=SS)
    p.para_cut(cut(body2[2], '统计表明，'), fills={0: ''}, indent=SS)
    p.para(body2[3], indent=SS)
    p.para(body2[4], indent=SS)

    p.article()
    p.title('headline', h3)
    p.title('subheadline', s3, trail=' ', adjacent=True)
    p.para(body3[0], indent=SS)
    p.para_cut(cut(body3[1], '给公司造成不利影响。', ends='。'), indent=SS)
    p.para(body3[2], indent=SS)
    p.para(body3[3], indent=SS)
    p.para(body3[4], indent=SS)
    p.jump('（下转A08版）')
    p.write(os.path.join(D, 'r397'))


if __name__ == '__main__':
    r397()
