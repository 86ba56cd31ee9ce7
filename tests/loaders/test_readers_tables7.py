"""Hard wraps inside names, page furniture and space-aligned tables of a PDF-style report.
Every text here is invented for these tests."""
from __future__ import annotations

from pathlib import Path

from medkg.loaders.readers import read_bytes
from medkg.loaders.readers.aligned import split_aligned_tables

_BODY = ["2023年，医院围绕康复医学和智慧护理等特色方向持续推进医工交叉",
         "合作，全年新增横向课题七项，获授权发明专利五项。江城市科技局认定",
         "的“江城市智能康复工程技术研究中心”于同年获批建设，该中心依托",
         "江城医科大学第二附",
         "属医院建设，由副院长方立新担任主任，康复医学科主任闻佳任副主任，",
         "全年承担各类医工交叉项目九项，申请发明专利六件，转化成果两项。"]


def _text(lines: list[str]) -> str:
    return read_bytes(Path("report.txt"), "\n".join(lines).encode("utf-8")).text


def test_a_short_line_between_two_full_lines_of_one_sentence_is_a_wrap_inside_a_name():
    assert "依托江城医科大学第二附属医院建设" in _text(_BODY)


def test_a_short_heading_after_a_finished_sentence_keeps_its_own_paragraph():
    lines = _BODY[:2] + ["五、下一步工作"] + _BODY[4:]
    assert "\n\n五、下一步工作\n\n" in _text(lines)


def test_an_article_metadata_line_with_a_date_and_a_source_is_page_furniture():
    lines = ["江城医院与江城理工大学共建智能康复联合实验室",
             "发布时间：2024-03-08  来源：宣传部  作者：闻佳",
             "",
             "3月7日，江城医院与江城理工大学签署合作协议，双方将共建智能康复联合实验室。"]
    assert "宣传部" not in _text(lines)


_HEADER = "序号  课题名称            负责人  合作单位              资助来源"


def test_a_row_without_its_number_and_with_an_empty_cell_is_a_row_not_a_wrap():
    lines = [_HEADER,
             "1     柔性电极阵列研制    方立新  江城理工大学          江城市科技局",
             "      步态评估算法研究    闻佳                          企业横向",
             "3     助行器临床评价      高原    江城医科大学          江城市卫健委"]
    _, (table,) = split_aligned_tables(lines)
    assert table[1] == ["1", "柔性电极阵列研制", "方立新", "江城理工大学", "江城市科技局"]
    assert table[2] == ["", "步态评估算法研究", "闻佳", "", "企业横向"]


def test_a_piece_under_a_short_cell_opens_the_next_row_whose_cells_are_centred():
    lines = [_HEADER,
             "1     柔性电极阵列研制    方立新  江城理工大学          江城市科技局",
             "                                  北岭康复医疗器械",
             "2     步态评估算法研究    闻佳    股份有限公司          企业横向",
             "3     助行器临床评价      高原    江城医科大学          江城市卫健委"]
    _, (table,) = split_aligned_tables(lines)
    assert table[1][3] == "江城理工大学"
    assert table[2] == ["2", "步态评估算法研究", "闻佳", "北岭康复医疗器械股份有限公司", "企业横向"]
    assert len(table) == 4


def test_a_piece_under_a_cell_filling_its_column_still_carries_that_cell_on():
    lines = [_HEADER,
             "1     柔性电极阵列研制    方立新  北岭康复医疗器械股份  企业横向",
             "                                  有限公司",
             "2     步态评估算法研究    闻佳    江城理工大学          江城市科技局",
             "3     助行器临床评价      高原    江城医科大学          江城市卫健委"]
    _, (table,) = split_aligned_tables(lines)
    assert table[1][3] == "北岭康复医疗器械股份有限公司" and len(table) == 4


def test_a_header_name_wrapped_onto_the_next_line_carries_the_header_on():
    lines = ["序号  课题名称          经费",
             "                        （万元）",
             "1     柔性电极阵列研制  30",
             "2     步态评估算法研究  20"]
    _, (table,) = split_aligned_tables(lines)
    assert table[0] == ["序号", "课题名称", "经费（万元）"] and table[2] == ["2", "步态评估算法研究", "20"]
