"""Rules made general after held-out corpus 7: financing rounds whose investors go by market names,
heads of platforms and projects, posts with a department between organisation and title, agencies
that approve or guide a platform. Sentences are invented."""
from __future__ import annotations

from test_extract_generality2 import graph_of, of_type

MARKET_ROUND = ("杭州星澜医疗科技有限公司（以下简称“星澜医疗”）近日宣布完成3亿元C轮融资。"
                "本轮融资由云岭资本领投，北岸创投、鼎晖投资跟投，老股东红杉中国继续超额跟投；"
                "同时，浙江大华医疗器械股份有限公司完成了对星澜医疗的战略投资。")


def test_investors_by_market_names_invest_in_the_company_raising_and_not_in_each_other():
    assert of_type(MARKET_ROUND, "INVESTS_IN") == {
        (investor, "杭州星澜医疗科技有限公司") for investor in (
            "云岭资本", "北岸创投", "鼎晖投资", "红杉中国", "浙江大华医疗器械股份有限公司")}


def test_an_investor_leading_the_round_of_a_named_company():
    found = of_type("云岭资本领投杭州星澜医疗科技有限公司的A轮融资，北岸创投跟投。", "INVESTS_IN")
    assert found == {("云岭资本", "杭州星澜医疗科技有限公司"), ("北岸创投", "杭州星澜医疗科技有限公司")}
