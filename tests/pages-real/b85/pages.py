# build r417 from the verbatim copy in src/ (see r417.sources.md)
# src/r417_txcyb_huawei3g.txt holds one row of a CMS SQL dump (code index file id 69652846380) as the
# store gives it (the dump's own `\n` and `\t` escapes kept); every block printed is cut out of it
# and checked with asserts.
import os, re, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from pagekit import Page, src_text, cutter, cms_rows

SS = '\u3000\u3000'
cut = cutter('，,')


def rows(name):
    return cms_rows(D, name, breaks_inside=False)


# ---------------- r417 通信产业报 2005-08 (row 73189 of the dump) (LF, final LF)
def r417():
    R = rows('r417_txcyb_huawei3g')
    assert sorted(R) == [73189]
    h, ps, src = R[73189]
    assert src == '通信产业报'
    assert h == '积累最好的商用经验 华为3G疾行亚太'
    assert len(ps) == 26
    assert ps[0] == '作者：刘琦'
    heads = {3: '移动市场再度翻番', 9: '突破跟随跑', 14: '海外市场使命必达', 21: '创新量化优势'}
    for i, t in heads.items():
        assert ps[i] == t
    assert ps[1].startswith('在华为高级副总裁王良文来京参加') and ps[1].endswith('比去年同期增长85%。')
    assert ps[-1].startswith('王良文认为华为在海外所作的一切') and ps[-1].endswith('是华为最真诚的心声。')
    assert all(p.endswith(('。', '”')) for i, p in enumerate(ps[1:], 1) if i not in heads)

    p = Page(fillers=('', '\u3000', ' '), eol='\n')
    p.furn(['通信产业报'])
    p.furn(['移动通信'])
    p.article()
    p.title('headline', h)
    p.byline('刘琦', ['刘琦'], printed='作者：刘琦', trail=' ')
    for i in range(1, 26):
        t = ps[i]
        if i in heads:
            p.head([t])
        elif i == 5:
            p.para_cut(cut(t, '华为通过自主研发、创新，'), fills={0: '\u3000'}, indent=SS)
        elif i == 17:
            p.para_cut(cut(t, 'Metro Ethernet网络，'), indent=SS)
        else:
            p.para(t, indent=SS)
    p.write(os.path.join(D, 'r417'))


# ---------------- r418 国际金融报 2005-08 (rows 73192 and 73195 of the dump, source field 人民网－国际金融报) (CRLF, no final newline)
def r418():
    R = rows('r418_gjjrb_nokia')
    assert sorted(R) == [73192, 73195] and all(R[k][2] == '人民网－国际金融报' for k in R)
    h1, ps1, _ = R[73192]
    assert h1 == '诺基亚诞生新掌门' and len(ps1) == 7
    assert ps1[0].startswith('芬兰赫尔辛基消息\u30008月2日全球最大的手机供应商诺基亚宣布，')
    assert ps1[2] == '消息一经公布，诺基亚在欧洲股市下跌0.5%。'
    assert ps1[5].endswith('此次高层更换表明诺基亚将继续延续其现有的经营战略。')
    by = ps1[6]
    assert by == '(本报实习生\u3000郭艳艳)'                 # the reporter at the end, on a line of its own
    h2, ps2, _ = R[73195]
    assert h2 == '波音英特尔联手打造空中无线宽带网' and len(ps2) == 1
    assert ps2[0].startswith('美国飞机制造商波音公司和电脑芯片生产商英特尔公司8月1日宣布，') and ps2[0].endswith('漫游网络世界。')

    p = Page(fillers=('', '\t', '\u3000'), eol='\r\n', final_eol=False)
    p.furn(['国际金融报', '产经·IT'], adjacent=True, run='国际金融报 产经·IT')
    p.article()
    p.title('headline', h1, trail=' ')
    p.para(ps1[0], indent=SS)
    p.para(ps1[1], indent=SS)
    p.para(ps1[2], indent=SS)
    p.para_cut(cut(ps1[3], '1992年他担任诺基亚执行官之初，'), fills={0: '\t'}, indent=SS)
    p.para(ps1[4], indent=SS)
    p.para(ps1[5], indent=SS)
    p.byline('郭艳艳', ['郭艳艳'], printed=SS + by)
    p.article()
    p.title('headline', h2)
    p.para(ps2[0], indent=SS, trail=' ')
    p.write(os.path.join(D, 'r418'))


if __name__ == '__main__':
    r417()
    r418()
