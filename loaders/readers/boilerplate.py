"""Web-page boilerplate that survives into text: navigation, link lists, share widgets, footers.

Applied to the text a main-content extractor kept from HTML (it misses some) and to ``.txt``
files copied off a web page, which carry the same debris. Works on stripped lines.
"""
from __future__ import annotations

import re

#: Words that make a line boilerplate wherever they stand in it (searched in the lower-cased line:
#: one case-sensitive pattern lets the regex engine skip ahead by first characters).
_DROP_ANYWHERE = re.compile(
    r"版权所有|copyright|©|\(c\)\s*\d{4}|all rights reserved|icp[备证]|公网安备|技术支持[:：]"
    r"|打印本页|关闭窗口|返回顶部|回到顶部|【?\s*字[体号]\s*[:：]|加入收藏|设为首页|网站地图|扫一扫|二维码"
    r"|登录\s*/\s*注册|注册\s*/\s*登录|获取验证码|密码登录|用户服务协议|隐私政策|免责声明|如有侵权"
    r"|信息来源于网络|转载请注明|首发地址|原文链接"
    # WeChat articles copied as text or saved as pages
    r"|预览时标签不可点|滑动看下一个|轻触阅读原文|微信扫一扫|关注该公众号|轻点两下取消|小说阅读器"
    r"|点击上方.{0,8}关注|长按.{0,8}(?:识别|关注)"
)
#: Words that make a line boilerplate when it starts with them (share bars, bylines, breadcrumbs).
_DROP_AT_START = re.compile(
    r"(?:分享到|分享至|分享本文|一键分享)"
    r"|[（(【\[]?\s*(?:责任编辑|编辑|审核|审稿|校对|初审|复审|终审|终核|供稿|撰稿|文字|摄影|图片|排版|来源编辑)\s*[:：|｜]"
    r"|(?:当前位置|您的位置|您现在的位置|您所在的位置|所在位置|位置)\s*[:：]"
    r"|(?:网站)?首页\s*[>»/＞›]|(?:正文内容|正文)\s*[:：]?$|阅读原文$|知道了$"
    r"|(?:阅读|在看|赞|点赞|留言|写留言)\s*\d*$|[-—\s]*end[-—\s]*$"
)
#: A hit counter inside a metadata line: ``发布时间：2021-03-12 浏览次数：2356``.
_COUNTER = re.compile(r"[【\[（(]?\s*(?:浏览|点击|阅读|访问)(?:次数|量|数)?\s*[:：]\s*\d*\s*(?:次)?\s*[】\]）)]?")
#: Fields of a contact footer; two on one line make it one.
_CONTACT = re.compile(r"(?:地址|邮编|邮政编码|电话|传真|邮箱|e-?mail)\s*[:：]", re.IGNORECASE)
#: Fields of an article's metadata line; two on one line make it one (发布时间：… 来源：…).
_META = re.compile(r"(?:发布时间|发布日期|发稿时间|更新时间|来源|作者|供稿单位)\s*[:：]")
#: A line made only of share-widget targets.
_SHARE_ONLY = re.compile(
    r"^(?:(?:分享|微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ|豆瓣|复制链接|收藏|点赞|打印)[\s|｜/、,，]*)+$",
    re.IGNORECASE,
)
#: A heading after which the rest of a page is a link list or the next article.
_SECTION_END = re.compile(
    r"^(?:相关(?:新闻|阅读|文章|链接|推荐|报道)|推荐阅读|延伸阅读|热点新闻|热门文章|猜你喜欢|更多新闻|往期(?:推荐|回顾|精选)"
    r"|精彩推荐"
    r"|上一篇|下一篇|上一条|下一条|上一页|下一页)"
)
_LONGEST_FURNITURE = 150
_PREV_NEXT = re.compile(r"^(?:上一|下一)[篇条页]")
_NAV_WORDS = {"首页", "网站首页", "主页", "home", "english", "联系我们", "关于我们", "新闻中心", "通知公告"}
_TOKEN_SPLIT = re.compile(r"[\s|｜·•/]+")
_SENTENCE_PUNCT = re.compile(r"[。！？；，,.!?;]")


def is_navigation(line: str) -> bool:
    """A menu bar: four or more short items, one of them a typical site-wide entry."""
    tokens = [t for t in _TOKEN_SPLIT.split(line) if t]
    if len(tokens) < 4 or _SENTENCE_PUNCT.search(line):
        return False
    return all(len(t) <= 8 for t in tokens) and any(t.lower() in _NAV_WORDS for t in tokens)


def is_boilerplate(line: str) -> bool:
    """Page furniture. Long lines are article paragraphs, whatever words they contain."""
    if len(line) > _LONGEST_FURNITURE:
        return False
    lower = line.lower()
    return bool(_DROP_AT_START.match(lower) or _DROP_ANYWHERE.search(lower) or _SHARE_ONLY.match(line) or is_navigation(line)
                or len(_CONTACT.findall(line)) >= 2 or len(_META.findall(line)) >= 2)


def _is_link_item(line: str) -> bool:
    """An entry of a link list: a short line that is not a finished sentence."""
    return 0 < len(line) <= 40 and not line.endswith(("。", "！", "？"))


def drop_boilerplate(lines: list[str]) -> list[str]:
    """The lines that are article, not page furniture. Empty lines are kept as they are."""
    kept: list[str] = []
    remaining = sum(map(len, lines))
    skipping_list = False
    for line in lines:
        remaining -= len(line)
        if not line:
            kept.append(line)
            continue
        if _SECTION_END.match(line) and len(line) <= 60:  # before counters go: 相关阅读： is no 阅读：
            started = any(len(k) >= 50 and _SENTENCE_PUNCT.search(k) for k in kept)
            if started and (_PREV_NEXT.match(line) or remaining < sum(map(len, kept))):
                break  # the article is over: what follows is the next/related-articles block
            skipping_list = True
            continue
        line = _COUNTER.sub("", line).strip()
        if not line:
            continue
        if skipping_list:
            if _is_link_item(line):
                continue
            skipping_list = False
        if not is_boilerplate(line):
            kept.append(line)
    return kept
