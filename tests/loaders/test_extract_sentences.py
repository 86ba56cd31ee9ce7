from medkg.loaders.extract.sentences import normalise, split_sentences


def test_normalise_keeps_length_and_maps_width_and_script():
    text = "香港大學與深圳大學（簽約）ＡＢＣ１２３"
    out = normalise(text)
    assert len(out) == len(text)
    assert out == "香港大学与深圳大学(签约)ABC123"


def test_sentences_split_on_chinese_punctuation_with_offsets_into_the_text():
    text = normalise("天津大学与宣武医院签约。双方将共建研究院！他表示：合作基础深厚？")
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["天津大学与宣武医院签约。", "双方将共建研究院!", "他表示:合作基础深厚?"]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_pdf_line_wraps_and_spaces_inside_names_are_removed_from_sentences_only():
    text = ("四川大学华西医院与电子科技大学联合成立研究院，该研究院主要聚焦智慧医疗与医学\n人工智能方向。\n"
            "王 磊 四 川 大 学 华 西 医 院 主 任 医 师\n")
    sents = split_sentences(text)
    assert sents[0].text.endswith("医学人工智能方向。")
    assert sents[1].text == "王磊四川大学华西医院主任医师"
    assert text[sents[1].start:sents[1].end].startswith("王 磊")


def test_short_heading_is_not_glued_to_the_next_paragraph_and_skipped_ranges_vanish():
    text = "二、建设背景\n\n学校成立研究院。\n1 张华 协和医院\n"
    skip = [(text.index("1 张华"), len(text))]
    assert [s.text for s in split_sentences(text, skip)] == ["二、建设背景", "学校成立研究院。"]
