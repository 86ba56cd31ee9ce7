"""Rules made general after held-out corpus 4: declared short forms, funding and financing cues,
co-founders, quoted projects, titles across a department, supervision. Sentences are invented."""
from __future__ import annotations

from test_extract_generality2 import names, of_type


def test_a_declared_short_form_wins_over_a_known_name_inside_it():
    text = ("北京联影智创医疗科技有限公司（以下简称“联影智创”）与清华大学签署合作协议。"
            "联影智创总经理王建国表示，将加大投入。")
    assert of_type(text, "WORKS_AT") == {("王建国", "北京联影智创医疗科技有限公司")}
    assert "上海联影医疗科技股份有限公司" not in names(text, "Company")


def test_a_declared_short_form_is_found_where_it_is_written_alone():
    text = "苏州康启瑞智能医疗设备股份有限公司（以下简称“康启瑞”）参加了活动。康启瑞董事长周建平表示支持。"
    assert of_type(text, "WORKS_AT") == {("周建平", "苏州康启瑞智能医疗设备股份有限公司")}


def test_a_report_that_says_school_speaks_for_its_university():
    text = ("南京理工大学医工交叉年度报告。学校与江苏鱼跃医疗设备股份有限公司签署协议，鱼跃医疗将投入经费。"
            "鱼跃医疗与学校共建实验室。鱼跃医疗派出工程师。学校校长张立群出席。")
    assert of_type(text, "WORKS_AT") == {("张立群", "南京理工大学")}
