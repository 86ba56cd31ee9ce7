"""Word lists the rules share: surnames, titles, name suffixes, stop words, generic words.

Kept as code because every rule module imports them at start-up and they are small; the
organisation gazetteer, which analysts extend, lives in ``data/organisations.tsv``.
"""
from __future__ import annotations

import re


def trie_pattern(words) -> str:
    """One regex alternation of literal words, factored by prefix so the engine never backtracks far.

    Longer words win over their prefixes (a word that is a prefix of another is optional tail).
    """
    trie: dict = {}
    for w in set(words):
        if w:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and not end:
            return branches[0]
        body = "|".join(branches)
        alt = f"(?:{body})" if len(branches) > 1 or end else body
        return alt + "?" if end else alt

    return build(trie)

#: Common Chinese surnames (single and compound); a person name starts with one of them.
SURNAMES_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "端木")
SURNAMES = set(
    "王李张傅刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司古吉缪简车连芦麦褚娄窦戚"
    "岑景宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑"
    "迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉"
    "禹井祖漆巴丰支卿国狄平计索宣晋相初云容敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜"
    "印逯隆茹诸慕危玉银亢嵇哈湛宾戎勾茅利於呼居干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭伯綦卓阎"
)

#: Titles and roles that sit next to a person's name. Longest first in the compiled pattern.
TITLES = (
    "党委书记", "党委副书记", "党委常务副书记", "党委常委", "党组书记", "党组成员", "纪委书记", "党总支书记",
    "校长", "副校长", "常务副校长", "校长助理", "院长", "副院长", "常务副院长", "执行院长", "名誉院长", "院长助理",
    "所长", "副所长", "常务副所长", "所长特别助理", "主任", "副主任", "常务副主任", "专职副主任", "执行主任", "名誉主任",
    "处长", "副处长", "科长", "局长", "副局长", "厅长", "副厅长", "司长", "副司长", "部长", "副部长",
    "区长", "副区长", "代区长", "市长", "副市长", "省长", "副省长", "书记", "副书记", "区委书记", "区委副书记",
    "市委书记", "市委副书记", "巡视员", "二级巡视员", "一级巡视员", "调研员", "秘书长", "副秘书长",
    "总书记", "同志", "院士", "教授", "讲席教授", "副教授", "研究员", "副研究员", "助理研究员", "讲师", "博士", "博士后", "博导",
    "主任医师", "副主任医师", "主治医师", "医师", "医生", "护士长", "首席科学家", "首席专家", "学科带头人",
    "董事长", "副董事长", "董事总经理", "项目主管", "总经理", "副总经理", "总裁", "副总裁", "高级副总裁", "资深副总裁", "总监", "高级总监", "人力资源总监", "技术总监", "研发总监", "算法总监", "产品总监", "市场总监", "销售总监", "财务总监",
    "首席技术官", "首席运营官", "首席财务官", "首席医疗官", "首席医学官", "首席科学官",
    "医疗研发总监", "总工程师", "副总工程师", "总会计师", "创始人", "联合创始人", "合伙人", "管理合伙人", "执行董事", "首席执行官", "CEO", "负责人", "项目负责人",
    "会长", "副会长", "理事长", "副理事长", "主席", "副主席", "名誉主席", "委员", "组织员", "一级组织员",
    "特聘教授", "特聘研究员", "客座教授", "兼职教授", "研发副总裁", "博士研究生", "硕士研究生", "研究生", "博士生", "硕士生", "学生",
    "科级干部", "博士生导师", "硕士生导师", "工程师", "高级工程师", "教师", "老师", "专家", "学术委员会主任", "学术委员会副主任", "署长", "副署长", "女士", "先生",
)
#: Titles that, without an organisation before them, point at the document's own organisation.
OFFICE_TITLES = frozenset({
    "党委书记", "党委副书记", "党委常务副书记", "党委常委", "校长", "副校长", "常务副校长", "校长助理",
    "总会计师", "院长", "副院长", "常务副院长", "书记",
})
#: Titles that also make the person the leader of a Platform or Project they are attached to.
LEADER_TITLES = frozenset({"主任", "负责人", "项目负责人", "首席科学家", "理事长", "所长"})
#: Titles that head a Platform when an appointment is written out (院长由Y担任, 聘任Y为研究院院长): LEADS, not WORKS_AT.
HEAD_TITLES = LEADER_TITLES | {"院长", "会长"}

#: Words after which a name cannot continue: verbs and function words of news prose.
STOP_WORDS = (
    "共同发起", "联合发起", "发起成立", "联合成立", "携手成立", "合作共建", "共同建立", "联合创立", "联合组建",
    "牵头组建", "共建", "成立", "组建", "建立", "构建", "建成", "新建", "设立", "创建", "创立", "发起", "牵头",
    "签署", "签订", "签约", "携手", "联手", "合作", "举行", "举办", "主办", "承办", "协办", "召开", "出席",
    "参加", "参观", "考察", "调研", "访问", "拜访", "来到", "走进", "前往", "率队", "带队", "带领", "率领",
    "代表", "主持", "致辞", "讲话", "表示", "指出", "强调", "介绍", "认为", "希望", "期待", "获悉", "依托",
    "宣布", "宣读", "公布", "印发", "发挥", "进入", "考入", "调入", "入职", "加盟", "回到", "争取", "常驻", "派驻", "进驻",
    "支持", "推动", "加入", "作为", "包括", "其中", "以及", "分别", "先后", "同时", "此外", "目前", "近日",
    "日前", "今年", "去年", "当天", "获批", "入选", "揭牌", "授牌", "启动", "开展", "实施", "设置", "聘请",
    "担任", "出任", "兼任", "任命", "受聘", "当选", "位于", "落户", "入驻", "授予", "获得", "荣获", "资助",
    "投资", "出资", "孵化", "领投", "融资", "毕业", "围绕", "针对", "面向", "聚焦", "通过", "经过", "根据", "按照",
    "关于", "对于", "以及", "并且", "而且", "但是", "还有", "已经", "正在", "将会", "一行", "一起", "共同",
    "下设", "设有", "尚未", "参与", "深化", "带进", "兼", "分管", "负责", "主持", "分享", "提出", "谈到", "暨", "此次", "本次", "这次", "接待", "致辞", "致欢迎辞", "透露", "坦言", "建议", "呼吁", "线上", "线下", "具有", "说", "称", "谈",
    "我校", "本校", "该校", "学校", "我院", "本院", "该院", "双方", "两校", "三方", "各方", "多方",
    "他", "她", "与", "和", "及", "在", "由", "为", "是", "的", "对", "向", "将", "把", "从", "于", "以", "任", "到",
    "了", "并", "等", "或", "也", "就", "还", "又", "被", "让", "使", "给", "请", "据", "按", "率",
    "赴", "至", "携", "则", "而", "年度", "年", "月", "日", "个", "这", "那", "其", "此", "该", "共", "已", "曾", "均",
)
#: Conjunctions that may also sit inside a name (医疗器械与食品学院, 发展和改革委员会).
NAME_CONJUNCTIONS = frozenset("与和及")

#: Words that alone cannot make a name: a candidate whose core is only these is generic.
GENERIC_WORDS = (
    "医工交叉", "医工结合", "医工融合", "医工", "理工医", "医理", "交叉", "医学", "工程", "技术", "创新", "研究",
    "科研", "临床", "转化", "成果", "产业", "医疗器械", "医疗", "器械", "健康", "生物", "生命", "智能", "智慧",
    "数字", "联合", "协同", "融合", "重点", "国家级", "省部级", "省级", "市级", "全国", "国际", "国内外", "国内",
    "高水平", "高端", "高精尖", "一流", "新型", "综合性", "综合", "示范", "校企", "校地", "产学研", "产教",
    "科技", "科创", "信息", "大数据", "数据", "人工智能", "装备", "设备", "孵化", "公共", "服务", "相关",
    "合作", "附属", "教学", "培训", "管理", "发展", "建设", "各大", "各", "多家", "多个", "一批", "知名",
    "大型", "兄弟", "地方", "企业", "高校", "学科", "专业", "实体", "特色", "优势", "前沿", "应用", "基础",
    "实验", "工程技术", "研发", "产品", "学术", "交流", "卫生", "教育", "人才", "培养", "实践", "区域",
    "医院", "大学", "中心", "平台", "联合体", "重大", "新", "大", "小", "该", "本", "我", "其", "此", "这",
    "首家", "首个", "全新", "顶尖", "省", "市", "区", "校", "院", "所", "部", "签约", "共建", "定点",
    "与", "和", "及", "有限", "子", "初创", "生产", "分", "一流", "研究型", "综合型", "理工类", "理工", "不同",
    "世界", "中国特色", "著名", "全球", "影响力", "一体化", "区域性", "功能性", "多", "单", "双", "大平台",
    "资讯", "互联网", "培训", "第一家", "亚洲", "托管", "研究性", "临床试验", "肿瘤", "分子影像学", "医教研产",
    "县级", "县域", "乡镇", "基层", "三甲", "二甲", "三级甲等", "二级甲等", "地市级", "重要", "高能级", "直属", "所属", "下属", "数理", "基础教育", "协作", "远程", "工具", "数字化", "信息化", "专业化", "更好", "机制",
)

#: Words a name cannot start with; stripped from the left of a candidate (积极推进与各大医院 -> 各大医院).
LEADING_NOISE = (
    "与", "及", "方面", "联合", "项目联合", "课题联合", "并联合", "还联合", "将联合", "会同", "省内", "市内", "国内", "全省", "全市", "积极", "推进", "不断", "提升", "发挥", "突出", "主动", "借助", "标志着", "回顾", "继", "切实", "服务好",
    "服务", "重视", "高度重视", "加强", "助力", "打通", "搭建", "提供", "汇聚", "完善", "要", "如", "例如",
    "比如", "尤其", "特别是", "包括", "未来", "进一步", "抓紧", "建好", "建设", "扎实", "得", "领域", "许多",
    "一些", "这些", "些", "予", "接", "但", "尚未实现", "实现", "下一步", "可", "打造", "培育", "引进", "形成",
    "成为", "开展", "深化", "拓展", "推动", "促进", "支撑", "依托", "面向", "围绕", "来自", "对接", "具有",
    "全国首家", "首家", "首个", "一家", "一所", "一个", "一批", "全国", "即", "就", "还", "又", "均", "为",
    "各相关部门", "师生", "拥有", "现有", "入驻", "落户", "位于", "联系", "走访", "看望",
    "慰问", "邀请", "组织", "召集", "承担", "牵手", "助推", "赋能", "衔接", "覆盖", "筹建", "推出", "向",
    "借", "凭", "靠", "受", "经", "以", "给", "让", "使", "把", "被", "对", "从", "当", "较", "更", "获", "获得",
    "帮助", "优先", "承接", "仍", "经常", "时常", "常回",
)
#: A name starting with one of these is a description, not a name (各大医院, 多家医院, 相关学院).
DETERMINERS_RE = re.compile(r"^(?:各|多|该|本|其|这|那|一些|许多|相关|有关|不同|某|余家|数家|几家|每|全体|所有|部分|此|家|所|个|项)")
#: Suffixes that make a name even when the words before them are generic (医工创新产业园).
STRONG_SUFFIXES = frozenset({"产业园", "工业园区", "园区", "科技园", "联盟", "子联盟", "俱乐部", "学会", "协会", "创新港",
                             "产业带", "展示馆", "医工班", "创新联合体"})
#: Committees inside an organisation, not organisations.
INNER_COMMITTEE_RE = re.compile(r"(?:学术|专家|伦理|学位|理事|咨询|指导|顾问|组织|筹备|编辑|教学|评审)委员会$")
#: Words that make a "university" a description (上海高水平大学, 一流理工大学).
UNIVERSITY_DESCRIPTION_RE = re.compile(r"高水平|一流|研究型|综合性|理工类|不同|著名|知名|世界|国际化|地方|兄弟|同层次|重点|^国家$|^(?:公立|私立|公办|民办)$")
#: Words that make a "hospital" a description (市属医院, 三级医院, 顶尖眼科医院, 某大学直属附属医院).
HOSPITAL_DESCRIPTION_RE = re.compile(r"(?:^|大学|学院)(?:[省市区县]属|直属|所属|下属|顶尖|知名|著名|大型|一流|[一二三]级|三甲|二甲)")
#: Suffixes too common to make a name on their own: such a name needs a quote, a place or a parent.
WEAK_SUFFIXES = frozenset({"中心", "平台", "基地", "医学中心"})
#: Category words: 国家重点实验室 is a kind of laboratory, not one.
CATEGORY_RE = re.compile(r"^(?:国家|全国|省|市|省部级|国家级|教育部|部省共建)?(?:重点实验室|工程技术研究中心|工程研究中心|区域医疗中心|临床医学研究中心|科创中心|创新中心)$")

#: Name suffixes and the label they give; longest suffixes are tried first.
ORG_SUFFIXES: dict[str, str] = {
    # hospitals
    "附属医院": "Hospital", "医院": "Hospital", "诊所": "Hospital", "防治院": "Hospital", "保健院": "Hospital",
    "卫生院": "Hospital", "附院": "Hospital",
    # universities and their schools
    "大学": "University", "学院": "University", "医学部": "University", "研究生院": "University", "医学院": "University",
    # agencies
    "委员会": "Agency", "卫健委": "Agency", "科委": "Agency", "教委": "Agency", "发改委": "Agency",
    "经信委": "Agency", "经委": "Agency", "管委会": "Agency", "人民政府": "Agency", "研究所": "Agency",
    "科学院": "Agency", "工程院": "Agency", "管理局": "Agency", "监督管理局": "Agency", "教育局": "Agency",
    "民政局": "Agency", "科技局": "Agency", "卫生局": "Agency", "科技厅": "Agency", "卫生厅": "Agency",
    "教育厅": "Agency", "卫健局": "Agency", "科学技术厅": "Agency", "科学技术局": "Agency", "卫生健康局": "Agency", "科技署": "Agency", "卫生署": "Agency", "总署": "Agency", "卫生健康委员会": "Agency", "厅": "Agency", "办公室": "Agency", "控制中心": "Agency", "促进中心": "Agency",
    "服务中心": "Agency", "监测中心": "Agency", "疾控中心": "Agency", "发展中心": "Agency", "科技创新局": "Agency", "工业和信息化局": "Agency", "工信局": "Agency",
    # companies
    "股份有限公司": "Company", "有限公司": "Company", "有限责任公司": "Company", "公司": "Company",
    "集团": "Company", "资本": "Company", "控股": "Company", "创投": "Company", "药业": "Company", "制药": "Company",
    # platforms
    "研究院": "Platform", "实验室": "Platform", "中心": "Platform", "联盟": "Platform", "子联盟": "Platform",
    "平台": "Platform", "基地": "Platform", "产业园": "Platform", "工业园区": "Platform", "园区": "Platform",
    "科技园": "Platform", "俱乐部": "Platform", "学会": "Platform", "协会": "Platform", "创新港": "Platform",
    "孵化器": "Platform", "创新院": "Platform", "医学中心": "Hospital", "工作站": "Platform", "产业带": "Platform",
    "展示馆": "Platform", "医工班": "Platform", "系": "University", "创新联合体": "Platform",
}

#: Abbreviated agency suffixes and their full form (上海市科委 -> 上海市科学技术委员会).
AGENCY_EXPANSIONS: dict[str, str] = {
    "卫健委": "卫生健康委员会", "卫生健康委": "卫生健康委员会", "卫计委": "卫生健康委员会",
    "卫生和计划生育委员会": "卫生健康委员会", "科委": "科学技术委员会", "教委": "教育委员会",
    "发改委": "发展和改革委员会", "经信委": "经济和信息化委员会", "经委": "经济委员会",
    "管委会": "管理委员会", "科技厅": "科学技术厅", "科技局": "科学技术局", "政府": "人民政府",
    "市场监管局": "市场监督管理局",
}

PROVINCES = ("河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|"
             "青海|台湾")
PLACE = (r"(?:[\u4e00-\u9fff]{2}特别行政区(?:政府)?|(?:(?:" + PROVINCES + r")省|[\u4e00-\u9fff]{2,3}?(?:市|自治区)|[\u4e00-\u9fff]{2}[\u4e00-\u9fff]{1,3}?族?自治区)(?:[\u4e00-\u9fff]{1,3}?(?:区|县|市))?"
         r"|[\u4e00-\u9fff]{2}(?:区|县)"
         r"|东北|西北|西南|华东|华南|华北|华中|中南|长三角|粤港澳)")
PLACE_RE = re.compile(PLACE)

CJK = r"\u4e00-\u9fff"
NUMERAL_LEAD_RE = re.compile(r"^[0-9一二三四五六七八九十两几多数百千万]+余?[个家所大项批类座支名位种]")
ORDINAL_HOSPITAL_RE = re.compile(r"^(?:附属)?第?([一二三四五六七八九十]{1,3})(?:附属医院|附院|人民医院|医院|院)$")

#: Country names written before foreign universities (英国邓迪大学 is 邓迪大学).
COUNTRY_RE = re.compile(r"^(?:英国|美国|德国|法国|日本|韩国|澳大利亚|加拿大|瑞士|瑞典|荷兰|新加坡|以色列|意大利|比利时|丹麦|俄罗斯)")
#: Titles that without an organisation point at the document's own university.
UNIVERSITY_TITLES = frozenset({"校长", "副校长", "常务副校长", "校长助理", "总会计师"})
