"""Line-wrap rejoining and boilerplate rules on small inline texts."""
from __future__ import annotations

from pathlib import Path

from medkg.loaders.readers import read_bytes
from medkg.loaders.readers.boilerplate import drop_boilerplate, is_navigation
from medkg.loaders.readers.cleanup import clean_text


def test_double_spaced_wrapped_lines_rejoin_into_paragraphs() -> None:
    text = ("甲大学与乙医院签署合作协议，双方将在康复工程、\n\n医学影像等领域开展合作，由校长王\n\n"
            "某某主持。\n\n二、合作内容\n\n双方共建联合实验室。\n")
    assert clean_text(text).split("\n\n") == [
        "甲大学与乙医院签署合作协议，双方将在康复工程、医学影像等领域开展合作，由校长王某某主持。",
        "二、合作内容",
        "双方共建联合实验室。",
    ]


def test_single_spaced_text_keeps_blank_line_paragraph_breaks() -> None:
    text = "第一段没有句号的标题\n\n正文第一句，在这里\n继续。\n\n第二段。"
    assert clean_text(text).split("\n\n") == ["第一段没有句号的标题", "正文第一句，在这里继续。", "第二段。"]


def test_paragraph_per_line_web_text_keeps_headings_with_commas() -> None:
    long = "这是一个很长的段落，" * 12 + "结束。"
    text = f"{long}\n医生派单到大学，联手解决临床问题\n{long}\n{long}"
    assert clean_text(text).split("\n\n")[1] == "医生派单到大学，联手解决临床问题"


def test_page_width_wraps_join_and_short_headings_do_not() -> None:
    body = ["甲" * 40, "乙" * 40, "丙" * 40, "丁" * 40, "戊" * 20 + "。"]
    text = "\n".join(["短标题", *body, "另一个标题", *body])
    paragraphs = clean_text(text).split("\n\n")
    assert paragraphs == ["短标题", "".join(body), "另一个标题", "".join(body)]


def test_whitespace_is_normalised_and_latin_words_keep_a_space() -> None:
    assert clean_text("\u3000\u3000研究团队使用 AI\u00a0 技术，开发了 deep\nlearning 模型和") == \
        "研究团队使用 AI 技术，开发了 deep learning 模型和"


def test_enumerations_and_table_rows_are_not_joined() -> None:
    text = "项目如下，包括\n1、康复机器人\n2、智能手环\n12 王某 甲医院\n13 李某 乙医院"
    assert clean_text(text).split("\n\n") == ["项目如下，包括", "1、康复机器人", "2、智能手环", "12 王某 甲医院", "13 李某 乙医院"]


def test_page_numbers_are_dropped_and_the_sentence_continues_across_them() -> None:
    assert clean_text("合作取得了丰硕成果，两校联\n- 12 -\n第 13 页\n合培养研究生百余名。") == "合作取得了丰硕成果，两校联合培养研究生百余名。"


def test_related_links_in_the_middle_are_skipped_but_article_continues() -> None:
    lines = ["相关新闻", "甲校召开会议", "乙校举办活动", "正文第一段很长很长，" * 5 + "结束。", "正文第二段。"]
    assert drop_boilerplate(lines) == lines[3:]


def test_everything_after_previous_next_links_is_dropped() -> None:
    lines = ["正文第一段很长很长，" * 6 + "结束。", "上一篇：某新闻", "热门职位", "登录", "推荐企业" * 200]
    assert drop_boilerplate(lines) == lines[:1]


def test_navigation_and_share_and_footer_lines() -> None:
    assert is_navigation("首页 学校概况 院系设置 新闻中心 招生就业")
    assert not is_navigation("横向 2017-2018 已结题 甲医院")
    lines = ["分享到：", "微信 | 微博 | QQ空间", "Copyright 2020 Foo University", "京ICP备05004617号",
             "当前位置：首页 > 新闻", "您所在的位置：新闻", "【字体：大 中 小】", "打印本页 关闭窗口", "点击：123次",
             "地址：北岭市学院路88号 邮编：100000 电话：010-12345678",
             "甲大学校长王某出席。"]
    assert drop_boilerplate(lines) == ["甲大学校长王某出席。"]


def test_flattened_table_lines_stay_apart_until_prose_resumes() -> None:
    text = "\n".join(["3 王某 甲医院", "智能康复手环的研", "究", "横向 2019-2021 已结题",
                      "会后，双方就下一步合作进行了", "深入交流。"])
    assert clean_text(text).split("\n\n") == ["3 王某 甲医院", "智能康复手环的研", "究", "横向 2019-2021 已结题",
                                              "会后，双方就下一步合作进行了深入交流。"]


def test_a_numbered_paragraph_wrapped_at_the_page_width_is_rejoined() -> None:
    body = ["乙" * 40, "丙" * 40, "丁" * 40, "戊" * 40]
    text = "\n".join(["（一）" + "甲" * 37, "续" * 10 + "。", "（二）短标题，带逗号", *body, "完。"])
    assert clean_text(text).split("\n\n") == ["（一）" + "甲" * 37 + "续" * 10 + "。", "（二）短标题，带逗号",
                                              "".join(body) + "完。"]


def test_wechat_article_furniture_is_dropped() -> None:
    text = "\n".join([
        "点击上方蓝字关注我们", "甲大学与乙医院共建联合实验室", "来源 | 甲大学新闻网",
        "3月5日，甲大学与乙医院签署合作协议，双方将共建智能康复联合实验室，推动医工交叉成果转化。",
        "- END -", "编辑｜李四", "往期推荐", "甲大学召开工作会议", "乙医院获评先进单位",
        "预览时标签不可点", "微信扫一扫关注该公众号", "继续滑动看下一个", "轻触阅读原文", "知道了", "在看 12"])
    assert clean_text(text).split("\n\n") == [
        "甲大学与乙医院共建联合实验室", "来源 | 甲大学新闻网",
        "3月5日，甲大学与乙医院签署合作协议，双方将共建智能康复联合实验室，推动医工交叉成果转化。"]


def test_pdftotext_pages_lose_running_heads_and_page_numbers() -> None:
    bodies = ["甲大学与乙医院签署合作协议，双方将在康复工程、医学影像等领\n域开展合作。",
              "丙公司投资丁平台，首期投入研发经费五百万元，由戊教授牵头组\n建团队。",
              "己委员会批准庚大学牵头的康复机器人项目立项，项目负责人为辛\n教授。"]
    text = "\f".join(f"医工交叉简报 第{n}期\n{body}\n{n}\n" for n, body in enumerate(bodies, 1))
    doc = read_bytes(Path("briefing.txt"), text.encode("utf-8"))
    assert doc.text.split("\n\n") == [body.replace("\n", "") for body in bodies]


def test_letter_spaced_headings_close_up_but_spaced_names_and_cells_stay() -> None:
    assert clean_text("西 安 交 通 大 学 医 学 部\n\n韩 菊 西安交通大学第一附属医院\n\n1 许文博 滨海市第一人民医院") \
        .split("\n\n") == ["西安交通大学医学部", "韩 菊 西安交通大学第一附属医院", "1 许文博 滨海市第一人民医院"]
