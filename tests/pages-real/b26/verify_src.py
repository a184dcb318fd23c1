# verify_src.py: each src copy plus the stored front matter (as read_file showed it) has exactly
# the stored file's total_chars.
# (src, total_chars, front matter)
import os
D = os.path.dirname(os.path.abspath(__file__))
E = [
 ('r122_aizhapian', 3037, '---\ntitle: "以假乱真的AI诈骗，如何防范？（民生一线）"\ndate: 2025-04-08\nsection: "第13版"\nsection_name: "社会"\nauthor: "张天培  苏  滨"\ncategory: "政治"\nkeywords: [AI, 诈骗, 换脸, 反诈, 视频, 受害人, 个人信息, 新型]\nword_count: 2638\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/08/content_30066456.html"\n---\n\n'),
 ('r122_bianjiao', 1104, '---\ntitle: "城市边角地改造，细微处见真功夫（民生观）"\ndate: 2025-04-08\nsection: "第13版"\nsection_name: "社会"\nauthor: "罗  彦"\ncategory: "政治"\nkeywords: [改造, 边角, 空间, 城市, 城市管理者, 老旧, 健身, 城市更新]\nword_count: 766\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/08/content_30066457.html"\n---\n\n'),
 ('r122_chongqing', 846, '---\ntitle: "重庆启动促进农民工就近就业三年行动"\ndate: 2025-04-08\nsection: "第13版"\nsection_name: "社会"\nauthor: ""\ncategory: "政治"\nkeywords: [就业, 农民工, 行动, 就近, 2025, 2027, 50, 职业技能]\nword_count: 501\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/08/content_30066462.html"\n---\n\n'),
 ('r122_pufa', 440, '---\ntitle: "普法“无障碍”"\ndate: 2025-04-08\nsection: "第13版"\nsection_name: "社会"\nauthor: ""\ncategory: "社会"\nkeywords: [无障碍, 扬州市, 法治, 青少年, 普法教育, 邗江区, 砂纸, 传译]\nword_count: 138\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/08/content_30066458.html"\n---\n\n'),
 ('r123_dibao', 3309, '---\ntitle: "低保金发放，分毫不能差"\ndate: 2025-04-08\nsection: "第19版"\nsection_name: "党建"\nauthor: "沈童睿"\ncategory: "政治"\nkeywords: [低保, 某某, 低保金, 村民, 监委, 周口市, 救助, 纪委]\nword_count: 2934\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/08/content_30066486.html"\n---\n\n'),
 ('r123_gongshu', 1058, '---\ntitle: "城市共建共治 幸福可感可及"\ndate: 2025-04-08\nsection: "第19版"\nsection_name: "党建"\nauthor: "窦瀚洋"\ncategory: "政治"\nkeywords: [党建, 拱墅区, 社区, 东清, 街道, 共建, 城市更新, 党工委]\nword_count: 704\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/08/content_30066489.html"\n---\n\n'),
 ('r123_mianzi', 1387, '---\ntitle: "面子都是老百姓给的"\ndate: 2025-04-08\nsection: "第19版"\nsection_name: "党建"\nauthor: "张  洋"\ncategory: "社会"\nkeywords: [面子, 群众, 广大党员, 党员干部, 口碑, 人民, 政绩观, 作风]\nword_count: 1050\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/08/content_30066487.html"\n---\n\n'),
 ('r123_minsheng', 388, '---\ntitle: "一线听民声"\ndate: 2025-04-08\nsection: "第19版"\nsection_name: "党建"\nauthor: ""\ncategory: "其他"\nkeywords: [监委, 渭滨区, 纪委, 一线, 干部, 右一, 右二, 李世平]\nword_count: 96\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/08/content_30066488.html"\n---\n\n'),
 ('r123_rencai', 1511, '---\ntitle: "厚植人才沃土  激发创新活力"\ndate: 2025-04-08\nsection: "第19版"\nsection_name: "党建"\nauthor: "王锦涛"\ncategory: "政治"\nkeywords: [人才, 科技人才, 实验室, 甘肃省, 创新, 青年, 重点, 领军]\nword_count: 1152\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/08/content_30066490.html"\n---\n\n'),
 ('r124_chunhe', 3258, '---\ntitle: "春和景明  消费场景上新（经济聚焦）"\ndate: 2025-04-08\nsection: "第08版"\nsection_name: "经济"\nauthor: ""\ncategory: "政治"\nkeywords: [油菜花, 游客, 垂钓, 樱花, 武汉, 山镇, 消费, 春日]\nword_count: 2899\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/08/content_30066545.html"\n---\n\n'),
 ('r124_guangzhou', 689, '---\ntitle: "广州进一步促进服务消费扩容提质"\ndate: 2025-04-08\nsection: "第08版"\nsection_name: "经济"\nauthor: ""\ncategory: "政治"\nkeywords: [消费, 服务, 打造, 提质, 智慧, 场景, 体验, 粤菜]\nword_count: 361\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/08/content_30066549.html"\n---\n\n'),
 ('r124_shanxi', 1295, '---\ntitle: "山西给个体工商户免费上保险"\ndate: 2025-04-08\nsection: "第08版"\nsection_name: "经济"\nauthor: "郑洋洋"\ncategory: "政治"\nkeywords: [寇晓芳, 工商户, 个体, 贾贵军, 惠商保, 经营, 保险, 商户]\nword_count: 953\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/08/content_30066546.html"\n---\n\n'),
 ('r125_chongqing', 1225, '---\ntitle: "重庆实现流域横向生态保护补偿机制全覆盖"\ndate: 2025-04-01\nsection: "第13版"\nsection_name: "生态"\nauthor: ""\ncategory: "政治"\nkeywords: [补偿, 生态, 横向, 保护, 重庆, 机制, 重庆市, 乌江流域]\nword_count: 883\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/01/content_30065255.html"\n---\n\n'),
 ('r125_huanghe', 3601, '---\ntitle: "黄河畔  绿意长  文脉长"\ndate: 2025-04-01\nsection: "第13版"\nsection_name: "生态"\nauthor: "宋朝军"\ncategory: "文化"\nkeywords: [黄河, 兰州, 生态, 淤地坝, 监测站, 保护法, 阮熙, 葫芦]\nword_count: 3173\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/01/content_30065251.html"\n---\n\n'),
 ('r125_linye', 1628, '---\ntitle: "一个乡镇林业站的蝶变"\ndate: 2025-04-01\nsection: "第13版"\nsection_name: "生态"\nauthor: "顾仲阳  陈  伟  卢明洁"\ncategory: "政治"\nkeywords: [林业站, 敦操, 防火, 无人机, 站房, 皮卡车, 林区, 乡镇]\nword_count: 1255\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/01/content_30065252.html"\n---\n\n'),
 ('r126_diqi', 3284, '---\ntitle: "中国底气 青年志气（时代之问 青春作答）"\ndate: 2025-04-29\nsection: "第18版"\nsection_name: "新青年·特别报道"\nauthor: ""\ncategory: "政治"\nkeywords: [团队, 汪小楠, 杨铭轩, 郑姣龙, 大豆, 秸秆, 李承, 育种]\nword_count: 2909\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/29/content_30070507.html"\n---\n\n'),
 ('r126_sizheng', 1649, '---\ntitle: "怎么上好这堂“大思政课”"\ndate: 2025-04-29\nsection: "第18版"\nsection_name: "新青年·特别报道"\nauthor: "宋友文"\ncategory: "政治"\nkeywords: [青年, 定力, 关税, 经济, 全球化, 滥施, 青春, 征程]\nword_count: 1311\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/29/content_30070508.html"\n---\n\n'),
 ('r126_xinsheng', 1819, '---\ntitle: "心声"\ndate: 2025-04-29\nsection: "第18版"\nsection_name: "新青年·特别报道"\nauthor: ""\ncategory: "政治"\nkeywords: [青年, 我们, 企业家, 关税, 企业, 创新, 卡脖子, 整理]\nword_count: 1503\nsource_url: "https://paper.people.com.cn/rmrb/pc/content/202504/29/content_30070509.html"\n---\n\n'),
]
if __name__ == '__main__':
    ok = True
    for src, tot, fm in E:
        body = open(os.path.join(D, 'src', src + '.txt'), encoding='utf-8').read()
        n = len(fm) + len(body)
        print(src, tot, n, 'OK' if n == tot else 'DIFF %d' % (n - tot))
        ok &= n == tot
    print('ALL OK' if ok else 'MISMATCH')
