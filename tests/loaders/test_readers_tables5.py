"""Plain text copied out of a PDF: space-aligned tables, page-number lines, running heads.
Every text here is invented for these tests."""
from __future__ import annotations

from pathlib import Path

from medkg.loaders.readers import read_bytes
from medkg.loaders.readers.aligned import split_aligned_tables
from medkg.loaders.readers.cleanup import rejoin


def _read(text: str):
    return read_bytes(Path("report.txt"), text.encode("utf-8"))


TABLE = [
    "部分项目见下表。",
    "",
    "课题名称                    负责人  合作单位                资助来源",
    "柔性电子皮肤贴片研制        方立新  江城理工大学材料学院    江城市科技局",
    "术后康复步态评估系统        闻佳    北岭医疗科技有限公司    北岭医疗（横向）",
    "",
    "下一步将扩大合作。",
]


def test_a_space_aligned_table_under_a_header_becomes_a_table_and_leaves_the_text():
    rest, tables = split_aligned_tables(TABLE)
    assert tables == [[["课题名称", "负责人", "合作单位", "资助来源"],
                       ["柔性电子皮肤贴片研制", "方立新", "江城理工大学材料学院", "江城市科技局"],
                       ["术后康复步态评估系统", "闻佳", "北岭医疗科技有限公司", "北岭医疗（横向）"]]]
    assert rest == ["部分项目见下表。", "", "", "", "下一步将扩大合作。"]


def test_a_cell_wrapped_onto_the_next_line_is_carried_on_in_its_column():
    lines = ["序号  平台名称                  依托单位",
             "1     江城市智能康复工程技术    江城理工大学附属",
             "      研究中心                  第二医院",
             "2     江城市医用材料重点实验室  江城大学"]
    _, (table,) = split_aligned_tables(lines)
    assert table[1:] == [["1", "江城市智能康复工程技术研究中心", "江城理工大学附属第二医院"],
                         ["2", "江城市医用材料重点实验室", "江城大学"]]


def test_lines_that_do_not_all_read_as_rows_stay_in_the_text():
    ragged = ["序号  负责人  合作医院  项目名称  类型",
              "1     方立新  江城医院  康复外骨骼研制",
              "2     闻佳    北岭医院  步态评估系统  横向"]
    assert split_aligned_tables(ragged) == (ragged, [])
    meta = ["发布时间：2024-05-06  来源：科研处  浏览次数：321", "正文第一段。"]
    assert split_aligned_tables(meta) == (meta, [])


def test_page_number_lines_cut_pages_whose_running_head_goes_and_whose_title_stays():
    title = "江城医院2024年度科技工作报告"
    text = "\n".join([
        title, "", "一、平台建设", "",
        "医院与江城理工大学共建的“智能康复联合实验室”于三月通过验收，实验室",
        "主任由医院副院长方立新担任，全年承担横向课题六项，获得发明专利授权",
        "十余项，并在步态评估与康复训练方向形成了较为完整的研发体系，其成果",
        "已在医院康复医学科推广应用，年内完成临床评价二百余例，相关设备已经",
        "进入注册检验阶段。",
        "", "— 3 —", "", title, "",
        "课题名称                    负责人  合作单位                资助来源",
        "柔性电子皮肤贴片研制        方立新  江城理工大学材料学院    江城市科技局",
        "", "— 4 —", "", title, "",
        "术后康复步态评估系统        闻佳    北岭医疗科技有限公司    北岭医疗（横向）",
        "智能助行器临床评价          高原    江城理工大学机械学院    江城市卫健委",
        "", "— 5 —"])
    doc = _read(text)
    assert doc.text.count(title) == 1 and doc.text.startswith(title)
    assert "— 3 —" not in doc.text and "课题名称" not in doc.text
    assert "实验室主任由医院副院长方立新担任" in doc.text
    (table,) = doc.tables
    assert [row[0] for row in table] == ["课题名称", "柔性电子皮肤贴片研制", "术后康复步态评估系统", "智能助行器临床评价"]


def test_a_number_wrapped_in_chinese_text_is_one_number_and_latin_words_keep_their_space():
    lines = ["甲" * 28 + "，全年新增专利1", "2项，其中发明专利" + "乙" * 24 + "，deep",
             "learning" + "丙" * 29 + "，", "丁" * 34 + "，", "戊" * 34 + "，", "己" * 10 + "。"]
    (paragraph,) = rejoin(lines)
    assert "专利12项" in paragraph and "deep learning" in paragraph


def test_a_rule_under_the_header_is_skipped_and_a_numbered_row_with_an_empty_cell_is_a_row():
    lines = ["序号  课题名称                负责人  合作单位",
             "----  ----------------------  ------  ------------",
             "1     柔性电子皮肤贴片研制    方立新  江城理工大学",
             "2     术后康复步态评估系统    闻佳",
             "3     智能助行器临床评价      高原    北岭医院"]
    _, (table,) = split_aligned_tables(lines)
    assert table[1:] == [["1", "柔性电子皮肤贴片研制", "方立新", "江城理工大学"],
                         ["2", "术后康复步态评估系统", "闻佳", ""], ["3", "智能助行器临床评价", "高原", "北岭医院"]]


def test_a_line_a_little_short_of_the_wrap_width_still_wraps_a_word():
    lines = ["甲" * 23 + "，", "乙" * 23 + "，", "丙" * 23 + "，", "丁" * 23 + "，",
             "围绕高端医疗" + "戊" * 14, "器械自主创新" + "己" * 16 + "。"]
    assert rejoin(lines) == ["".join(lines)]
