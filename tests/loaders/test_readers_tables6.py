"""Space-aligned tables whose columns do not line up cleanly, a related-links heading, and a
note wrapped wider than the body. Every text here is invented for these tests."""
from __future__ import annotations

from pathlib import Path

from medkg.loaders.readers import read_bytes
from medkg.loaders.readers.aligned import split_aligned_tables
from medkg.loaders.readers.boilerplate import drop_boilerplate


def test_header_names_one_space_apart_are_cut_where_the_rows_columns_start():
    lines = ["序号 课题名称                 负责人  合作单位",
             "1    柔性电极阵列研制         方立新  江城理工大学",
             "2    步态评估算法研究         闻佳    北岭医疗科技有限公司"]
    _, (table,) = split_aligned_tables(lines)
    assert table[0] == ["序号", "课题名称", "负责人", "合作单位"]
    assert table[2] == ["2", "步态评估算法研究", "闻佳", "北岭医疗科技有限公司"]


def test_a_cell_filling_its_column_is_cut_from_the_next_at_one_space():
    lines = ["课题名称            负责人  合作单位            资助来源",
             "柔性电极阵列研制    方立新  江城理工大学        江城市科技局",
             "步态评估算法研究    闻佳    北岭康复器械研究所 横向委托",
             "助行器临床评价      高原    江城医科大学        江城市卫健委"]
    _, (table,) = split_aligned_tables(lines)
    assert table[2] == ["步态评估算法研究", "闻佳", "北岭康复器械研究所", "横向委托"]


def test_a_wrapped_piece_a_few_columns_off_its_column_start_carries_on_that_cell():
    lines = ["序号  课题名称            负责人  合作单位              资助来源",
             "1     柔性电极阵列研制    方立新  北岭医疗器械          企业横向",
             "                                     股份有限公司",
             "2     步态评估算法研究    闻佳    江城理工大学          江城市科技局",
             "3     助行器临床评价      高原    江城医科大学          江城市卫健委"]
    _, (table,) = split_aligned_tables(lines)
    assert table[1] == ["1", "柔性电极阵列研制", "方立新", "北岭医疗器械股份有限公司", "企业横向"]
    assert len(table) == 4


def test_a_line_across_a_column_edge_ends_the_table():
    lines = ["课题名称            负责人  合作单位",
             "柔性电极阵列研制    方立新  江城理工大学",
             "步态评估算法研究    闻佳    北岭医疗科技有限公司",
             "    注：两项均于年内结题验收"]
    rest, (table,) = split_aligned_tables(lines)
    assert len(table) == 3 and rest[-1] == lines[-1]


def test_a_related_reading_heading_with_a_colon_ends_the_article():
    article = "江城医院与江城理工大学共建智能康复联合实验室，双方将在步态评估、康复机器人等方向开展合作研究。"
    lines = [article, "", "相关阅读：", "· 江城医院举办科研工作会议", "· 北岭医院与江城大学共建研究院"]
    assert drop_boilerplate(lines) == [article, ""]


def test_a_note_wrapped_wider_than_the_body_leaves_the_body_wrap_width_in_force():
    body = ["医院与江城理工大学共建的“江城市智能康复工程研究中心”于 2023 年",
            "5 月通过江城市发展和改革委员会认定，中心主任由医院康复医学科主任",
            "方立新担任，副主任由江城理工大学机械学院教授闻佳担任，中心下设步态",
            "评估、康复机器人和智能假肢三个研究方向，年内已承担省级课题四项，",
            "获授权发明专利六项，相关成果已在医院康复医学科和骨科推广应用。",
            ""]
    note = ["注：第 2 项为企业委托横向课题，经费由北岭医疗器械股份有限公司全额资助，其余",
            "项目均为纵向课题，经费由各资助单位按年度拨付至医院科研专项账户。"]
    text = read_bytes(Path("report.txt"), "\n".join(body + note).encode("utf-8")).text
    assert "于 2023 年5 月通过" in text or "于2023年5月通过" in text.replace(" ", "")
    assert "中心主任由医院康复医学科主任方立新担任" in text


def test_a_table_lined_up_by_characters_carries_its_wrapped_cells_on_in_their_columns():
    def line(*cells: str) -> str:  # each cell padded to its column by characters, as pdftotext lays them out
        return "".join(cell.ljust(width) for cell, width in zip(cells, (6, 10, 6, 12, 8))).rstrip()

    lines = [line("序号", "课题名称", "负责人", "合作单位", "资助来源"),
             line("1", "柔性电极阵列", "方立新", "北岭医疗器械", "企业横向"),
             line("", "", "", "股份有限公司"),
             line("2", "步态评估算法", "闻佳", "江城理工大学", "江城市科技局"),
             line("3", "助行器评价", "高原", "江城医科大学", "江城市卫健委")]
    _, (table,) = split_aligned_tables(lines)
    assert table[1] == ["1", "柔性电极阵列", "方立新", "北岭医疗器械股份有限公司", "企业横向"]


def test_a_continued_caption_after_a_page_break_is_no_part_of_the_row_above():
    header = "课题名称                    负责人  合作单位                资助来源"
    lines = [header,
             "柔性电子皮肤贴片研制        方立新  江城理工大学材料学院    江城市科技局",
             "助行器临床评价              高原    江城理工大学机械学院    江城市卫健委",
             "续表 3", header,
             "术后康复步态评估系统        闻佳    北岭医疗科技有限公司    北岭医疗（横向）"]
    _, (table,) = split_aligned_tables(lines)
    assert [row[0] for row in table[1:]] == ["柔性电子皮肤贴片研制", "助行器临床评价", "术后康复步态评估系统"]
