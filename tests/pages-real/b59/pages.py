# build r287-r291 from the verbatim copies in src/ (see NAME.sources.md)
# src/*.txt are the stored copies (HelloWorldHui/rmfyb, commit 4c8fe87b495aca2a24af096de43fd12fbc7f9efe,
# scrapy_rmfyb/data/2010年01月01日 星期五/node_N/TITLE.txt) as the store gives them; every block printed
# here is cut out of them and checked with asserts.
import os, sys
sys.dont_write_bytecode = True
D = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(D, '..', 'tools'))
from functools import partial
from pagekit import Page, src_lines, cutter, cutter_many

SS = '\u3000\u3000'
DATE = '2010年1月1日 星期五'


lines = partial(src_lines, D)
cut = cutter('，')
cuts = cutter_many(cut)


# ---------------- r287 人民法院报 2010-01-01 第1版 (node_2): two wire stories, a photo (BOM, CRLF, final CRLF)
def r287():
    a = lines('r287_rmfyb_heci')
    b = lines('r287_rmfyb_fagui')
    p = Page(fillers=('', '\u3000', '', '\t'), eol='\r\n', bom=True)
    assert len(a) == 11 and a[0] == '共创世界和平与发展的美好未来'
    assert a[1].startswith('新华社北京12月31日电  新年前夕') and a[8] == '最后，我从北京祝大家在新的一年里幸福安康！'
    cap, cr = a[9], a[10]
    assert cap.startswith('新年前夕，国家主席胡锦涛') and cr == '新华社发'
    assert len(b) == 8 and b[0] == '一批法律法规1月1日起施行'
    assert b[1].startswith('据新华社北京12月31日电 （记者  陈  菲）保安员')
    p.furn(['人民法院报', DATE, '第1版'], adjacent=True, run='人民法院报 %s 第1版' % DATE)
    p.article()
    p.title('headline', a[0], trail='  ')
    p.para(a[1])
    p.para(a[2])
    p.para_cut(cut(a[3], '面对国际金融危机的严重冲击，'), fills={0: '\u3000'})
    p.para_cut(cut(a[4], '保持宏观经济政策的连续性和稳定性，'))
    p.para(a[5])
    p.para(a[6], trail=' ')
    p.para(a[7])
    p.para(a[8])
    p.figure(cap, (cr, 'provided', '新华社'))
    p.article()
    p.title('headline', b[0])
    for t in b[1:3]:
        p.para(t)
    p.para_cut(cut(b[3], '当事人可以自行和解，'), fills={0: '\t'})
    for t in b[4:]:
        p.para(t)
    p.write(os.path.join(D, 'r287'))


# ---------------- r288 人民法院报 2010-01-01 第2版 新闻·评论 (node_3): five pieces (lone CR, final CR)
def r288():
    du = lines('r288_rmfyb_duzhe')
    ch = lines('r288_rmfyb_chaiqian')
    dj = lines('r288_rmfyb_dianjing')
    fy = lines('r288_rmfyb_fayu')
    wz = lines('r288_rmfyb_waizi')
    p = Page(fillers=('', '  ', '', '\u00a0'), eol='\r')
    assert len(du) == 10 and du[0] == '致读者' and du[9] == '本报评论部'
    assert du[1].endswith('二版推出“新闻·评论”版。主要栏目有：')
    assert len(ch) == 10 and ch[0] == '化解拆迁矛盾 不仅仅是修改法规的事' and ch[1] == '□本报特约评论员 林  琳'
    assert len(dj) == 7 and dj[0] == '新闻点睛' and dj[1] == '■“死者为大”' and dj[4] == '■ 为农民工“包机”'
    b1, b2 = '（点评人：秦 天）', '（点评人：老 骆）'
    assert dj[3].endswith('不适用“死者为大”。' + b1) and dj[6].endswith('更加期待的。' + b2)
    assert len(fy) == 13 and fy[0] == '法语网来' and fy[1] == '“妈妈评审团”制造舆论效果'
    assert fy[7] == '钓鱼式维权盼拉网式执法' and fy[4] == '——千龙网网友杨涛' and fy[6] == '——千龙网网友肖畅'
    assert fy[10] == '——长城网网友小C' and fy[11].endswith('有点过头。——长城网网友方小晶')
    assert fy[12] == '（本报记者  杨建文 \u00a0辑）'
    wb = '薛建国  作'
    assert len(wz) == 3 and wz[0] == '歪子镇，歪官出歪招' and wz[2].endswith('的歪念。' + wb)
    p.furn(['人民法院报  2010年1月1日  星期五'])
    p.furn(['第2版  新闻·评论'])
    # 致读者: the notice of the new page, signed by the department
    p.article()
    p.title('headline', du[0])
    for t in du[1:9]:
        p.para(t, indent=SS)
    p.byline('本报评论部', ['本报评论部'])
    # commentary
    p.article()
    p.title('headline', ch[0], trail=' ')
    p.byline('本报特约评论员 林  琳', ['林琳'], printed=ch[1])
    for t in ch[2:7]:
        p.para(t, indent=SS)
    p.para_cut(cut(ch[7], '对旧房的改造、拆迁不可避免。从以往的经验来看，'), fills={0: '  '}, indent=SS)
    for t in ch[8:]:
        p.para(t, indent=SS)
    # 新闻点睛: two items, each a ■ head, a 新闻： and a 点评： paragraph ending in the commentator's bracket
    p.article()
    p.title('headline', dj[0])
    p.head(dj[1])
    p.nodes_fix_head('“死者为大”')
    p.para(dj[2], indent=SS)
    p.para(dj[3][:-len(b1)], indent=SS, byline=(b1, '秦 天', ['秦天']))
    p.head(dj[4])
    p.nodes_fix_head('为农民工“包机”')
    p.para(dj[5], indent=SS)
    p.para(dj[6][:-len(b2)], indent=SS, byline=(b2, '老 骆', ['老骆']))
    # 法语网来: two topics (heads), each a news summary and net users' comments with signatures
    p.article()
    p.title('headline', fy[0])
    p.head(fy[1])
    for t in fy[2:7]:
        p.para(t, indent=SS)
    p.head(fy[7], trail=' ')
    for t in fy[8:12]:
        p.para(t, indent=SS)
    p.byline('杨建文', ['杨建文'], printed=fy[12])
    # 歪子镇: a short piece signed by its cartoonist, glued after the last sentence
    p.article()
    p.title('headline', wz[0])
    p.para(wz[1], indent=SS)
    p.para(wz[2][:-len(wb)], indent=SS, byline=(wb, '薛建国', ['薛建国']))
    p.write(os.path.join(D, 'r288'))


# ---------------- r289 人民法院报 2010-01-01 第3版 (node_4): three court stories (LF, no final newline)
def r289():
    ys = lines('r289_rmfyb_yushan')
    xy = lines('r289_rmfyb_xiangya')
    lc = lines('r289_rmfyb_liancai')
    p = Page(fillers=('', SS, '', '\u3000'), eol='\n', final_eol=False)
    assert len(ys) == 3 and ys[0] == '瓮安“玉山帮”首批18人领刑'
    assert ys[1].startswith('本报瓮安12月31日电  （记者  金  晶  通讯员  邓洪波）今天')
    assert len(xy) == 4 and xy[0] == '6人走私价值1.65亿元象牙' and xy[1].startswith('本报汕头12月31日电  （记者  宿华文）')
    assert len(lc) == 5 and lc[0] == '县委副书记敛财近50万' and lc[4] == '（孙鹏程  汪云胜  何  杰）'
    assert lc[1].startswith('本报蒙城12月31日电  今天')
    p.furn(['第3版'])
    p.furn(['人民法院报', DATE], adjacent=True, run='人民法院报 %s' % DATE)
    p.article()
    p.title('headline', ys[0], trail='  ')
    p.para(ys[1])
    p.para_cut(cuts(ys[2], '“玉山帮”大量网罗刑释解教、社会闲散等人员，',
                    '1994年至2008年6月底案发，'), fills={0: SS, 1: ''})
    p.article()
    p.title('headline', xy[0])
    p.para(xy[1], trail=' ')
    p.para_cut(cut(xy[2], '返航途中，'), fills={0: '\u3000'})
    p.para(xy[3])
    p.article()
    p.title('headline', lc[0])
    for t in lc[1:4]:
        p.para(t)
    p.byline('孙鹏程  汪云胜  何  杰', ['孙鹏程', '汪云胜', '何杰'], printed=lc[4], trail='  ')
    p.write(os.path.join(D, 'r289'))


# ---------------- r290 人民法院报 2010-01-01 第7版 (node_8): two signed essays (CRLF, no final newline)
def r290():
    hy = lines('r290_rmfyb_huaya')
    jc = lines('r290_rmfyb_jingcha')
    p = Page(fillers=('', '\t', '', ' \t'), eol='\r\n', final_eol=False)
    assert len(hy) == 6 and hy[0] == '“十字花押”的法律效力' and hy[1] == '□ 华  夏'
    assert len(jc) == 8 and jc[0] == '警察执法也要让罪犯满意' and jc[1] == '□ 沈 栖'
    p.furn(['人民法院报 %s 第7版' % DATE])
    p.article()
    p.title('headline', hy[0])
    p.byline('华  夏', ['华夏'], printed=hy[1], trail=' ')
    for t in hy[2:4]:
        p.para(t, indent=SS)
    p.para_cut(cut(hy[4], '一个十字这样简单的符号怎么就能够证明是自己亲笔所写、'
                   '是自己的真实意思的表示？可是过去的人却不这样看，'), fills={0: '\t'}, indent=SS)
    p.para(hy[5], indent=SS)
    p.article()
    p.title('headline', jc[0], trail='\t')
    p.byline('沈 栖', ['沈栖'], printed=jc[1])
    for t in jc[2:4]:
        p.para(t, indent=SS)
    p.para_cut(cut(jc[4], '狱内警察执法的严格，'), fills={0: ' \t'}, indent=SS)
    for t in jc[5:]:
        p.para(t, indent=SS)
    p.write(os.path.join(D, 'r290'))


# ---------------- r291 人民法院报 2010-01-01 第8版 (node_9): three signed articles (BOM, LF, final LF)
def r291():
    xg = lines('r291_rmfyb_xianggang')
    mg = lines('r291_rmfyb_meiguo')
    wb = lines('r291_rmfyb_weibo')
    p = Page(fillers=('', '\u3000', '', '\u00a0'), eol='\n', bom=True)
    assert len(xg) == 12 and xg[0] == '感受香港司法的快捷高效' and xg[1] == '□ 任宗理'
    assert xg[4] == '加强交流借鉴 扩大合作范围' and xg[7] == '法官严格自律 机构运行高效'
    assert len(mg) == 11 and mg[0] == '在美国，七部法律保障食品安全' and mg[1] == '□ 张  博'
    assert mg[4].endswith('目前，其基本大法共有7部:')
    assert len(wb) == 6 and wb[0] == '马克斯·韦伯' and wb[1] == '□ 郝鹏飞'
    assert wb[2].startswith('马克斯·韦伯（Max Weber,1864~1920），')
    p.furn(['8', '人民法院报', '2010年1月1日'], adjacent=True, run='8 人民法院报 2010年1月1日')
    p.article()
    p.title('headline', xg[0])
    p.byline('任宗理', ['任宗理'], printed=xg[1])
    for t in xg[2:4]:
        p.para(t, indent='  ')
    p.head(xg[4])
    for t in xg[5:7]:
        p.para(t, indent='  ')
    p.head(xg[7], trail='\t')
    p.para(xg[8], indent='  ')
    p.para_cut(cut(xg[9], '小额钱债审裁处和劳资审裁处审理的案件，'), fills={0: '\u3000'}, indent='  ')
    for t in xg[10:]:
        p.para(t, indent='  ')
    p.article()
    p.title('headline', mg[0], trail=' ')
    p.byline('张  博', ['张博'], printed=mg[1])
    for t in mg[2:]:
        p.para(t, indent='  ')
    p.article()
    p.title('headline', wb[0])
    p.byline('郝鹏飞', ['郝鹏飞'], printed=wb[1])
    p.para_cut(cut(wb[2], '他的家庭有着从事职业活动，'), fills={0: '\u00a0'}, indent='  ')
    for t in wb[3:]:
        p.para(t, indent='  ')
    p.write(os.path.join(D, 'r291'))


def _fix_head(self, text):
    """the last section head printed with its ■ marker: the node's text drops the marker (NOTES, Calls)"""
    node = self.art['children'][-1]
    assert node['type'] == 'section_head' and node['text'].startswith('■')
    assert node['text'][1:].strip() == text
    node['text'] = text


Page.nodes_fix_head = _fix_head

if __name__ == '__main__':
    r287(); r288(); r289(); r290(); r291()
