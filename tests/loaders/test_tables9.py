"""Space-aligned report tables: names spaced out to fill their column, company short forms.
Every text here is invented for these tests."""
from __future__ import annotations

from medkg.loaders.extract.resolution import company_short_forms
from medkg.loaders.readers.aligned import split_aligned_tables

_HEADER = "课题名称                  负责人    合作单位              资助来源"


def test_a_two_character_name_spaced_out_in_its_column_is_one_cell_and_the_table_goes_on():
    lines = [_HEADER,
             "柔性电极阵列研制          方立新    江城理工大学          江城市科技局",
             "步态评估算法研究          闻  佳    北岭医科大学          江城市卫健委",
             "助行器临床评价            高  原    江城工程技术研          北岭医疗（横向）",
             "                                    究院",
             "康复机器人控制研究        石磊      江城大学              江城市科技局"]
    rest, (table,) = split_aligned_tables(lines)
    assert table[2] == ["步态评估算法研究", "闻佳", "北岭医科大学", "江城市卫健委"]
    assert table[3] == ["助行器临床评价", "高原", "江城工程技术研究院", "北岭医疗（横向）"]
    assert table[4][1] == "石磊" and not any(rest)


def test_latin_words_spaced_within_one_column_keep_a_space():
    lines = ["项目名称          负责人    合作单位",
             "步态评估算法      闻佳      北岭大学",
             "AI  辅助诊断      高原      江城大学"]
    _, (table,) = split_aligned_tables(lines)
    assert table[2][0] == "AI 辅助诊断"


def test_a_company_is_also_known_by_its_name_without_its_engineering_line_of_business():
    assert "北岭生物" in company_short_forms("江城北岭生物工程股份有限公司")
    assert "远山生物" in company_short_forms("江城市远山生物医学工程股份有限公司")
