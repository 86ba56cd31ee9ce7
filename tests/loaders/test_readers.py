"""Readers on the committed fixture files: encodings, formats, and every kind of bad file."""
from __future__ import annotations

from pathlib import Path

import pytest

from medkg.graph.model import document_id
from medkg.loaders.readers import ReadError, read_bytes, read_document

FIXTURES = Path(__file__).parents[1] / "fixtures" / "readers"
FIRST_SENTENCE = "2021年3月12日，江南工业大学与滨海市第一人民医院在滨海签署医工交叉战略合作协议。"
LAST_SENTENCE = "江南工业大学医疗器械学院院长许文博表示，学院将围绕临床需求开展康复机器人和医学影像研究。"
TABLE_ROW = ["1", "下肢外骨骼康复机器人", "许文博", "滨海市第一人民医院", "2019-2021"]


@pytest.mark.parametrize(("name", "encoding"), [
    ("gbk.txt", "gbk"),
    ("gb18030.txt", "gb18030"),
    ("utf16.txt", "utf-16"),
    ("utf16le_nobom.txt", "utf-16-le"),
    ("webcopy.txt", "utf-8"),
])
def test_text_encodings_are_detected_and_reported(name: str, encoding: str) -> None:
    doc = read_document(FIXTURES / name)
    assert doc.encoding == encoding
    assert doc.format == "txt"
    assert FIRST_SENTENCE in doc.text.split("\n\n")
    assert doc.text.split("\n\n")[-1] == LAST_SENTENCE


def test_document_id_is_the_content_hash_and_path_is_kept() -> None:
    path = FIXTURES / "gbk.txt"
    doc = read_document(path)
    assert doc.doc_id == document_id(path.read_bytes())
    assert doc.path == str(path)


def test_markdown_with_bom_front_matter_links_and_pipe_table() -> None:
    doc = read_document(FIXTURES / "bom.md")
    assert doc.encoding == "utf-8-sig"
    assert doc.format == "md"
    assert doc.title == "东岳医疗科技有限公司投资滨海智能康复研究院"
    assert doc.text.split("\n\n") == [
        "东岳医疗科技有限公司投资滨海智能康复研究院",
        "2022年5月6日，东岳医疗科技有限公司宣布投资滨海智能康复研究院。",
    ]
    assert doc.tables == [[["单位", "角色"], ["东岳医疗科技有限公司", "投资方"], ["江南工业大学", "共建方"]]]


@pytest.mark.parametrize("name", ["news.html", "webcopy.txt"])
def test_web_page_boilerplate_is_dropped(name: str) -> None:
    doc = read_document(FIXTURES / name)
    for debris in ("首页", "English", "分享", "微博", "责任编辑", "相关新闻", "上一篇", "下一篇", "科研工作会议",
                   "版权所有", "ICP", "公网安备", "浏览次数", "2356"):
        assert debris not in doc.text, debris
    assert doc.text.split("\n\n")[:3] == [
        "江南工业大学与滨海市第一人民医院签署合作协议", "发布时间：2021-03-12", FIRST_SENTENCE]
    assert doc.title == "江南工业大学与滨海市第一人民医院签署合作协议"


def test_html_data_table_is_read_as_table() -> None:
    doc = read_document(FIXTURES / "news.html")
    assert doc.tables == [[["方向", "负责人"], ["康复机器人", "许文博"], ["医学影像", "陈思远"]]]


def test_pdf_drops_running_heads_and_page_numbers_rejoins_wraps_and_reads_table() -> None:
    doc = read_document(FIXTURES / "report.pdf")
    assert doc.format == "pdf"
    assert "医工交叉工作简报" not in doc.text
    assert "- 1 -" not in doc.text and "- 2 -" not in doc.text
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 3  # three paragraphs, each wrapped over several PDF lines
    assert paragraphs[1].startswith("据统计，2019年至2021年间双方共立项十八个合作课题")
    assert "项目负责人许文博教授介绍，团队与医院康复科每月召开一次需求对接会。" in paragraphs[1]
    assert "下肢外骨骼康复机器人" not in doc.text  # table cells stay in the table
    assert doc.tables and doc.tables[0][1] == TABLE_ROW


def test_docx_paragraphs_and_table() -> None:
    doc = read_document(FIXTURES / "table.docx")
    assert doc.format == "docx"
    assert doc.title == "滨海医工交叉项目汇总"
    assert doc.text.split("\n\n") == ["滨海医工交叉项目汇总", FIRST_SENTENCE,
                                    "根据协议，双方将共建智能康复联合实验室，江南工业大学校长林国栋和滨海市第一人民医院院长周雅琴共同为实验室揭牌。",
                                    LAST_SENTENCE]
    assert doc.tables[0][0] == ["序号", "项目名称", "负责人", "合作医院", "起止年份"]
    assert doc.tables[0][1] == TABLE_ROW


def test_hard_wrapped_pdf_copy_is_rejoined() -> None:
    doc = read_document(FIXTURES / "wrapped.txt")
    lines = doc.text.split("\n\n")
    assert lines[1] == ("2020 年 9 月，江南工业大学与滨海市第一人民医院共同发起建立“智能康复联合实验室”，"
                        "校长林国栋、院长周雅琴出席揭牌仪式。会议由副校长陈思远主持。")
    assert "- 2 -" not in doc.text
    # A flattened table is left line by line: there a short line is a cell, not a sentence's end.
    assert lines[-4:] == ["1 许文博 滨海市第一人民医院", "下肢外骨骼康复机器人研", "究", "横向 2019-2021 已结题"]


def test_utf8_cut_inside_last_character_keeps_the_rest() -> None:
    doc = read_document(FIXTURES / "truncated.txt")
    assert doc.encoding == "utf-8"
    assert doc.text.endswith("康复机器人和医学影像研究")


@pytest.mark.parametrize(("name", "reason"), [
    ("empty.txt", "empty file"),
    ("binary.txt", "binary content"),
    ("truncated.pdf", "not a readable PDF"),
    ("truncated.docx", "not a readable .docx"),
    ("scanned.pdf", "no text found in this pdf file"),
])
def test_bad_files_raise_a_clear_read_error(name: str, reason: str) -> None:
    with pytest.raises(ReadError, match=reason):
        read_document(FIXTURES / name)


def test_undecodable_and_oversized_and_unsupported_files(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="over the"):
        read_bytes(Path("big.txt"), "医工交叉。".encode() * 100, max_bytes=100)
    with pytest.raises(ReadError, match="unsupported file type '.xlsx'"):
        read_bytes(Path("sheet.xlsx"), b"PK\x03\x04 not really")
    with pytest.raises(ReadError, match="binary content"):
        read_bytes(Path("noise.txt"), bytes([0x81, 0x00, 0xfe, 0x01]) * 200)
    with pytest.raises(ReadError, match="no text encoding decodes these bytes"):
        read_bytes(Path("noise.txt"), bytes(range(0x80, 0x100)) * 20)
    only_furniture = "版权所有 © 2021 某某大学\n苏ICP备12345678号\n".encode()
    with pytest.raises(ReadError, match="no text found"):
        read_bytes(Path("footer.txt"), only_furniture)


def test_format_is_sniffed_when_the_file_has_no_suffix() -> None:
    raw = (FIXTURES / "report.pdf").read_bytes()
    assert read_bytes(Path("download"), raw).format == "pdf"
    assert read_bytes(Path("notes"), "合作协议已签署。".encode("gbk")).encoding == "gbk"


def test_html_declared_gb2312_charset_is_honoured() -> None:
    page = '<html><head><meta charset="gb2312"><title>江南工业大学与滨海医院合作</title></head><body><p>江南工业大学与滨海医院合作。</p></body></html>'
    doc = read_bytes(Path("page.html"), page.encode("gbk"))
    assert doc.encoding == "gb18030"
    assert doc.text == "江南工业大学与滨海医院合作。"


def test_cms_page_in_gbk_keeps_headline_and_article_and_drops_the_furniture() -> None:
    doc = read_document(FIXTURES / "cms_gbk.html")
    assert doc.encoding == "gb18030"  # declared gb2312: read as its superset
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == doc.title == "北岭医科大学与云山科技大学共建医工交叉研究院"
    assert "6月16日，北岭医科大学与云山科技大学在北岭签署战略合作协议，双方将共建医工交叉研究院，联合培养医学工程复合型人才。" \
        in paragraphs
    assert paragraphs[-1].startswith("郭海涛介绍了云山科技大学")
    for debris in ("网站首页", "党风廉政", "您现在的位置", "分享", "微信", "责任编辑", "上一条", "毕业典礼", "打印",
                   "Copyright", "ICP", "邮编"):
        assert debris not in doc.text, debris


def test_short_article_beside_a_long_link_list_is_found() -> None:
    """trafilatura alone returns the whole page here; link lists are removed before it looks."""
    others = "".join(f'<li><a href="/{i}">学校召开第{i}次工作会议</a></li>' for i in range(30))
    page = (f'<html><head><meta charset="utf-8"><title>甲大学与乙医院签约</title></head><body>'
            f'<div class="n1"><a href="/">首页</a> <a href="/a">学校概况</a> <a href="/b">新闻中心</a> '
            f'<a href="/c">English</a></div><div class="s1"><ul>{others}</ul></div>'
            f'<div class="position-relative"><div class="txt">3月5日，甲大学与乙医院签署合作协议，共建丙联合实验室。<br/>'
            f'甲大学校长张三出席。</div></div><div class="f1">版权所有 甲大学 京ICP备123号</div></body></html>')
    doc = read_bytes(Path("short.html"), page.encode())
    assert doc.text.split("\n\n") == ["甲大学与乙医院签约", "3月5日，甲大学与乙医院签署合作协议，共建丙联合实验室。",
                                      "甲大学校长张三出席。"]


def test_two_column_pdf_is_read_column_by_column_under_its_headline() -> None:
    doc = read_document(FIXTURES / "columns.pdf")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == doc.title == "江南工业大学医工交叉工作进展"
    assert paragraphs[1].startswith("为推动医工交叉研究走深走实，江南工业大学联合滨海市第一人民医院、东岳医疗科技有限公司等单位，")
    assert paragraphs[1].endswith("研究生全程参与。")
    assert paragraphs[2].startswith("据统计，2019年至2021年间双方共立项十八个合作课题")
    assert "医工交叉工作简报" not in doc.text and "- 2 -" not in doc.text


def test_traditional_chinese_in_big5_is_not_mistaken_for_gbk() -> None:
    text = "2021年3月12日，江南工業大學與濱海市第一人民醫院在濱海簽署醫工交叉戰略合作協議。根據協議，雙方將共建智能康復聯合實驗室。"
    doc = read_bytes(Path("tw.txt"), text.encode("big5"))
    assert (doc.encoding, doc.text) == ("big5", text)


def test_wechat_page_keeps_sentences_whole_across_inline_spans(tmp_path: Path) -> None:
    page = ('<html><head><meta charset="utf-8"><title>南湖医学院与北川理工大学签约</title></head><body>'
            '<h1 class="rich_media_title">南湖医学院与北川理工大学签约</h1>'
            '<div class="rich_media_content" id="js_content" style="visibility: hidden;">'
            '<section><span>点击上方蓝字关注我们</span></section>'
            '<p><span>5月12日，南湖医学院与北川理工大学在南湖校区签署合作协议，\n  双方将共建医工交叉研究院。</span></p>'
            '<p><span>南湖医学院院长</span><span>王建国</span><span>、北川理工大学校长</span><span>李明远</span>'
            '<span>出席签约仪式并致辞。</span></p><section><span>编辑｜张晓</span></section></div>'
            '<div id="js_toobar3"><a href="##">阅读原文</a><div>阅读 <span>2345</span></div></div>'
            '<div class="qr_code_pc_inner"><p>微信扫一扫<br>关注该公众号</p></div></body></html>')
    doc = read_bytes(Path("wx.html"), page.encode())
    assert doc.text.split("\n\n") == ["南湖医学院与北川理工大学签约",
                                      "5月12日，南湖医学院与北川理工大学在南湖校区签署合作协议，双方将共建医工交叉研究院。",
                                      "南湖医学院院长王建国、北川理工大学校长李明远出席签约仪式并致辞。"]


def test_a_page_laid_out_in_a_table_keeps_its_article() -> None:
    article = "6月16日，甲大学与乙医院签署战略合作协议，双方将共建医工交叉研究院，联合培养医学工程复合型人才。" * 3
    page = ('<html><head><meta charset="utf-8"><title>甲大学与乙医院签约</title></head><body><table>'
            '<tr><td>学校要闻</td><td>甲大学与乙医院签约</td></tr>'
            f'<tr><td>通知公告</td><td><p>{article}</p><p>乙医院院长丙出席。</p></td></tr></table></body></html>')
    doc = read_bytes(Path("layout.html"), page.encode())
    assert doc.tables == []
    assert article in doc.text.split("\n\n")


@pytest.mark.parametrize(("page_title", "h1", "title"), [
    ("甲大学与乙医院签约-北岭医科大学新闻网", "", "甲大学与乙医院签约"),
    ("甲大学与乙医院签约_新闻中心_北岭医科大学", "", "甲大学与乙医院签约"),
    ("重磅｜甲大学与乙医院签约共建研究院", "", "甲大学与乙医院签约共建研究院"),
    ("2021-2022年度甲大学医工交叉项目", "", "2021-2022年度甲大学医工交叉项目"),
    ("北岭医科大学新闻网", "甲大学与乙医院签约", "甲大学与乙医院签约"),
])
def test_headline_is_the_page_title_without_the_site_name(page_title: str, h1: str, title: str) -> None:
    body = "<p>3月5日，甲大学与乙医院签署合作协议，共建丙联合实验室。这是一段足够长的文字，用来让抽取器认为这里是正文内容。</p>"
    page = f'<html><head><meta charset="utf-8"><title>{page_title}</title></head><body>{f"<h1>{h1}</h1>" if h1 else ""}{body}</body></html>'
    doc = read_bytes(Path("page.html"), page.encode())
    assert doc.title == title
    assert doc.text.split("\n\n")[0] == title


def test_a_table_without_rules_is_not_taken_for_two_columns() -> None:
    doc = read_document(FIXTURES / "unruled.pdf")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[1].startswith("为推动医工交叉研究走深走实，江南工业大学") and paragraphs[1].endswith("研究生全程参与。")
    assert "1 下肢外骨骼康复机器人 许文博 滨海市第一人民医院 2019-2021" in paragraphs
    assert paragraphs[-1] == "16 康复训练评估系统 许文博 滨海市第一人民医院 2019-2021"
