# build r457 from the verbatim copy in src/ (see r457.sources.md)
# src/r457_bjsb_shiyuzhu.txt holds two rows of a DUXCMS SQL dump in the code index (file id 7352255004),
# as read_file gives them; every block printed here is cut out of them and checked with asserts.
import os, sys, re, html
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from pagekit import Page, src_text, cutter

SS = '\u3000\u3000'
cut = cutter('，,')


def rows(name):
    """the copy's two SQL rows: (dc_content row, dc_content_data row)"""
    t = src_text(D, name)
    ls = [l for l in t.split('\n') if l.startswith('(')]
    assert len(ls) == 2
    return ls


def body_paras(row):
    """the dc_content_data row's HTML (entity-escaped, with literal \\n and tabs) -> its <p> texts, empty ones dropped"""
    assert row.startswith("(7, 7, '") and row.endswith("'),")
    h = html.unescape(row[len("(7, 7, '"):-len("'),")])
    ps = re.findall(r'<p style="text-indent:2em;">\\n\t(.*?)\\n</p>', h)
    assert h.count('<p ') == len(ps)
    return [p for p in ps if p != '<br />']


# ---------------- r457 北京商报 2013-04-11 (inferred; dump row entered 2013-04-12) (BOM, CRLF, final CRLF)
def r457():
    meta, data = rows('r457_bjsb_shiyuzhu')
    h = '史玉柱谈辞任：巨人数亿美元 我想支100元总裁都不让'
    assert meta.startswith("(7, 3, '" + h + "', ")
    ps = body_paras(data)
    assert len(ps) == 6
    assert ps[0].startswith('北京商报讯（记者张绪旺）效仿好友马云，') and ps[0].endswith('“网游行业是属于年轻人的”。')
    assert ps[0] in meta                                    # the row's description repeats the lead
    assert ps[1].startswith('史玉柱是在其定位为') and ps[1].endswith('“但董事会直到昨日才同意”。')
    assert ps[2].startswith('据悉，史玉柱保留') and ps[2].endswith('“可以把互联网舞台留给年轻人。”')
    assert ps[3].startswith('从2010年以来，') and ps[3].endswith('都是网游挣到的。”')
    assert ps[4].startswith('史玉柱也回顾了其职业生涯。') and ps[4].endswith('只能在一段时间干一件事情。')
    assert ps[5].startswith('事实上，') and ps[5].endswith('2007年登陆纽约证券交易所。')
    p = Page(fillers=('', '\u3000', '\t', ''), eol='\r\n', bom=True)
    p.furn(['北京商报', '2013年4月11日 星期四'], adjacent=True, run='北京商报 2013年4月11日 星期四')
    p.article()
    p.title('headline', h, trail=' ')
    p.para(ps[0], indent=SS)
    p.para(ps[1], indent=SS)
    p.para_cut(cut(ps[2], '由于美股上市公司监管政策，'), fills={0: '\u3000'}, indent=SS)
    p.para(ps[3], indent=SS, trail=' ')
    p.para_cut(cut(ps[4], '而外界关注的民生银行这类金融投资业务也是长线，'), fills={0: '\t'}, indent=SS)
    p.para(ps[5], indent=SS)
    p.write(os.path.join(D, 'r457'))


if __name__ == '__main__':
    r457()
