import json, os
C = {'2025-11-25': 'a98e29ff973c8807dd3b3404371e22f8277adf2f', '2025-12-09': '581a07f169a2ced8fc28a71bbbea60e6b78b8d32',
     '2025-12-30': 'fa06f8d2532e09e4ddad37b5437e2f91347621d2'}
P = {
 'r127': ('2025-11-25', '2025年11月25日', '第4版', '要闻', '04-要闻', [
   ('稳外贸，江苏着力在“新”字上做文章（活力中国调研行）', 'r127_jiangsu', '66518791332', '30116715', 'column kicker from the web tag, headline without it, byline, the three `**…**` heads, every paragraph, the closing `（…参与采写）` line'),
   ('山西晋城推进背街小巷综合整治', 'r127_jincheng', '66491395646', '30116717', '`###` line (accept pair), headline, byline, every paragraph, the closing `（裴囡囡参与采写）` line'),
   ('京津冀推动社保公共服务“同事同标”', 'r127_jingjinji', '67035022058', '30116719', 'headline, every paragraph (dateline lead)'),
   ('协同创新赋能产业链（走企业，看高质量发展）', 'r127_meidi', '66912508881', '30116720', 'the end of the article after `（上接第一版）` (layout): from the middle of the 四通阀 paragraph (`推进不锈钢代铜意义重大。…`), the heads `**开展数字化改造**` and `**迈出国际化步伐**` and every paragraph after them. The title lines, byline, first four paragraphs, the first head and the first half of the 四通阀 paragraph stand on 第1版 (the same text is stored as `data/vault/2025/11/2025-11-25/01-要闻/协同创新赋能产业链（走企业，看高质量发展）.md`, content_30116696) and are not printed')]),
 'r128': ('2025-11-25', '2025年11月25日', '第18版', '新农村', '18-新农村', [
   ('小柚子长成大产业（乡村观察）', 'r128_youzi', '66991678216', '30116770', 'column kicker from the web tag, headline without it, the `##` subheadline, byline, three photos (the first printed as the md\'s combined caption-and-credit line stands, the other two from its separate caption and credit lines), the editor\'s note and `——编  者`, the three two-block heads, every paragraph'),
   ('服务送到“家门口”  惠民暖到“心里边”', 'r128_nonghang', '66799689394', '30116771', '`###` line (accept pair), headline, byline, every paragraph'),
   ('农业农村部部署国家乡村振兴示范县创建工作', 'r128_shifanxian', '66672573238', '30116772', 'headline, every paragraph (dateline lead)'),
   ('推动柚子特色产业提档升级（专家点评）', 'r128_dianping', '66724513579', '30116773', 'column kicker from the web tag, headline without it, byline, every paragraph')]),
 'r129': ('2025-12-09', '2025年12月9日', '第18版', '党建', '18-党建', [
   ('组织向下扎根  产业拔节生长（前沿观察·农村党建调研行）', 'r129_zuzhi', '66857729991', '30119176', 'series kicker from the web tag, headline without it, the `##` subheadline, byline, three photos from the md\'s separate caption and credit lines (its first combined line, which glues two photos together, left out; the 金槐 photo printed as its combined line stands), the three heads, every paragraph'),
   ('让空心村焕发新活力（党旗在基层一线高高飘扬）', 'r129_kongxin', '66680869056', '30119177', '`###` dash kicker, headline without the web tag, byline, every paragraph'),
   ('贪占的补贴，吐出来（监督哨）', 'r129_jiandu', '66452399179', '30119178', 'column kicker from the web tag, headline without it, every paragraph, the closing bracket as byline'),
   ('打开大门，看见初心（金台潮声）', 'r129_damen', '67035919287', '30119179', 'column kicker from the web tag, headline without it, byline, every paragraph')]),
 'r130': ('2025-12-30', '2025年12月30日', '第5版', '评论', '05-评论', [
   ('今天，我们为何还要读诗写诗（大家谈）', 'r130_dushi', '66856312183', '30127893', 'column kicker from the web tag, headline without it, the editor\'s note and `——编  者`, the three signed parts (headline, place-and-name byline, paragraphs)'),
   ('冰雪经济中的发展之道（人民时评）', 'r130_bingxue', '66919399087', '30127894', 'column kicker from the web tag, headline without it, byline, every paragraph'),
   ('边城何以育“鲜”机（现场评论）', 'r130_biancheng', '66771181391', '30127895', 'column kicker from the web tag, headline without it, the `##` subheadline, byline, every paragraph'),
   ('正视失败才能走向成功（纵横）', 'r130_shibai', '66675220016', '30127897', 'column kicker from the web tag, headline without it, byline, every paragraph'),
   ('摸清每粒种子的脾气（中国道路中国梦·每一个人都是主角）', 'r130_zhongzi', '67059770520', '30127898', 'series kicker from the web tag, headline without it, byline, every paragraph')]),
 'r131': ('2025-12-30', '2025年12月30日', '第10版', '综合', '10-综合', [
   ('做好博硕双学位项目试点设置管理', 'r131_boshuo', '67064780609', '30127910', '`###` line (accept pair), headline, every paragraph (dateline lead)'),
   ('历史镜鉴  启示未来', 'r131_lishi', '66950424975', '30127911', 'headline, the `##` subheadline, byline, the three heads, every paragraph'),
   ('学前儿童学籍管理办法试行', 'r131_xueji', '66615267263', '30127912', 'headline and the `##` line under it (accept pair), every paragraph (dateline lead)'),
   ('湖南澧县推动农村路网从“有”到“好”', 'r131_lixian', '66908630114', '30127913', 'headline, byline, every paragraph')]),
}
# stored file names: the path uses one space where the title has two
FN = {'r128_nonghang': '服务送到“家门口” 惠民暖到“心里边”', 'r129_zuzhi': '组织向下扎根 产业拔节生长（前沿观察·农村党建调研行）', 'r131_lishi': '历史镜鉴 启示未来'}
for n, (d, dz, pg, name, dirn, rows) in P.items():
    doc = json.load(open(n + '.json'))
    starts = [c['line'] for c in doc['children'] if c['type'] == 'article']
    y, m, _ = d.split('-')
    out = ['# %s sources — 人民日报 %s %s %s' % (n, dz, pg, name), '',
           'All text is copied verbatim from `leeperfect/PeopleDailyMaterial` (the crawl of paper.people.com.cn; files and commits below; each md\'s `source_url` is the e-paper page of the article, `https://paper.people.com.cn/rmrb/pc/content/<id>.html`). Copies in `src/%s_*.txt` are the md bodies without their front matter. The page head, article order (the e-paper content numbers), figure places, blank-line fillers, trailing spaces and the cuts of paragraphs (after commas) are layout. No editor line is printed: the crawl gives no staff names.' % n, '',
           '| block | paper, date, page as printed | source file @ commit (content id) | e-paper content | copy | what was taken |',
           '| --- | --- | --- | --- | --- | --- |']
    for title, src, cid, ep, what in rows:
        path = 'data/vault/%s/%s/%s/%s/%s.md' % (y, m, d, dirn, FN.get(src, title))
        out.append('| %s | 人民日报 %s %s %s | `%s` @ `%s` (%s) | content_%s | `src/%s.txt` | %s |' % (title, dz, pg, name, path, C[d], cid, ep, src, what))
    out += ['', 'Articles in the page (first line of each): %s.' % ', '.join(map(str, starts)), '']
    open(n + '.sources.md', 'w', encoding='utf-8').write('\n'.join(out))
