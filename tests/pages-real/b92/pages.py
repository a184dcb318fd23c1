# build r452 from the verbatim copy in src/ (see r452.sources.md)
# src/r452_syrb_maota_wushui.txt is one row (tab-separated) of a PostgreSQL dump in a public repository, as the
# store gives it; every block printed here is cut out of its body field and checked with asserts.
import os, re, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from pagekit import Page, src_text, cutter, photo_credit as pho, glued_figure

SS = '\u3000\u3000'
cut = cutter('，,')


# ---------------- r452 十堰日报 (paper inferred, see NOTES.md) 2024 spring (LF, final LF)
def r452():
    row = src_text(D, 'r452_syrb_maota_wushui').rstrip('\n').split('\t')
    assert len(row) == 9 and row[0] == '27'
    h = row[3]
    assert h == '茅箭区茅塔河流域农村生活污水治理见闻'
    ps = re.findall(r'<p>(.*?)</p>', row[5])
    assert len(ps) == 19 and row[5] == ''.join('<p>%s</p>' % x for x in ps)
    cap_line = ps[0]
    cr = '特约记者刘沣摄'
    assert cap_line == '茅塔河流域生态良好、风景秀丽。' + cr      # credit glued after the full stop
    cap = cap_line[:-len(cr)]
    by = ps[1]
    assert by == '记者 纪枫波 刘旻'
    lead = ps[2]
    assert lead.startswith('十堰是南水北调中线工程核心水源区。') and lead.endswith('美丽乡村建设成效显著。')
    h1 = ps[3]
    assert h1 == '<strong>污水处理站因地制宜建</strong>'
    h1 = h1[len('<strong>'):-len('</strong>')]
    part1 = ps[4:10]
    assert part1[0].startswith('走进茅箭区茅塔乡坪子村') and part1[5].endswith('“四件套”污水治理设施基本完工。')
    h2 = ps[10]
    assert h2 == '<strong>牲畜集中养肥水“减肥”排</strong><br>&nbsp;'      # the copy's stray <br>&nbsp;: left out
    h2 = h2[len('<strong>'):h2.index('</strong>')]
    part2 = ps[11:19]
    assert part2[0].startswith('走进茅塔乡廖家村集中安置小区') and part2[4] == '截污减污治污，茅塔乡实现“肥水不外流”。'
    assert part2[7].endswith('为乡村旅游发展注入了无限生机活力。')
    for x in [lead] + part1 + part2:
        assert '<' not in x and '&' not in x, x

    p = Page(fillers=('', '\u3000', '', '\t'), eol='\n')
    p.furn(['十堰日报'])
    p.furn(['04', '茅箭新闻'], adjacent=True, run='04 茅箭新闻')
    p.article()
    p.title('headline', h)
    glued_figure(p, cap, cr, pho(cr, '刘沣'))
    p.byline(by, ['纪枫波', '刘旻'])
    p.para(lead, indent=SS)
    p.head([h1])
    p.para(part1[0], indent=SS)
    p.para(part1[1], indent=SS)
    p.para_cut(cut(part1[2], '在该村，'), fills={0: '\u3000'}, indent=SS)
    p.para(part1[3], indent=SS)
    p.para(part1[4], indent=SS, trail=' ')
    p.para(part1[5], indent=SS)
    p.head([h2], trail='  ')
    for x in part2[:5]:
        p.para(x, indent=SS)
    p.para_cut(cut(part2[5], '110余亩耕地靠近河渠一方，'), indent=SS)
    p.para(part2[6], indent=SS)
    p.para(part2[7], indent=SS)
    p.write(os.path.join(D, 'r452'))


if __name__ == '__main__':
    r452()
