from medkg.loaders.extract.projects import parse_row, rows_from_tables, text_table_rows

TABLE = """项目列表
1 张华 武汉协和医院 智能穿刺机器人关键技术研究 横向 武汉协和医院 2023-2025 进行中
2 李明 武汉同济医院
基于深度学习的肺结节早期筛查
系统研发 省部级 湖北省科技厅 2023.3-2026.2 进行中
3 王强、赵敏 导向医疗，武汉协和医院 可降解心脏封堵器研制 国家级 国家自然科学基金81234567 2022-2025 已结题
后记。"""


def test_flattened_table_rows_are_read_in_column_order():
    rows, skip = text_table_rows(TABLE)
    assert [r.name for r, _, _ in rows] == ["智能穿刺机器人关键技术研究", "基于深度学习的肺结节早期筛查系统研发", "可降解心脏封堵器研制"]
    third = rows[2][0]
    assert third.leaders == ["王强", "赵敏"]
    assert third.partners == ["导向医疗", "武汉协和医院"]
    assert third.funders == ["国家自然科学基金81234567"]
    assert rows[1][0].properties() == {"year": 2023, "period": "2023.3-2026.2", "kind": "省部级", "status": "进行中"}
    assert "后记" not in TABLE[skip[-1][0]:skip[-1][1]]


def test_two_numbered_lines_are_not_a_table():
    rows, skip = text_table_rows("1 张华 说明\n2 李明 说明\n")
    assert rows == [] and skip == []


def test_reader_tables_map_columns_by_header_words():
    table = [["序号", "项目负责人", "合作单位", "项目名称", "资金来源", "起止年份"],
             ["1", "张华", "武汉协和医院", "穿刺机器人研究", "湖北省科技厅", "2021-2023"]]
    (row,) = rows_from_tables([table])
    assert (row.name, row.leaders, row.partners, row.funders, row.properties()["year"]) == (
        "穿刺机器人研究", ["张华"], ["武汉协和医院"], ["湖北省科技厅"], 2021)


def test_row_without_project_name_is_dropped():
    assert parse_row("张华", "武汉协和医院 横向 2021", "") is None
