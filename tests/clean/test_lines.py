"""Line descriptions: what the cleaner knows of each line."""

from __future__ import annotations

import pytest

from dateline.clean.lines import describe_line


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rebels took the port on Monday.", 6),
        ("Read more: https://example.com/2020/11/23/rebels-take-the-port-of-sirte-after-talks", 2),
        ("wO8k3lO5w2UCuK5ruRPHDeP6L7ZkQF+Y4/MMZ63NrrV+H7UrlNpG4aIqgUD8CFAb6nEE9EpukynYCM9Mec", 0),
        (
            "哈夫塔尔周一在莫斯科与俄罗斯官员会谈但未签署停火协议双方代表团在会谈中讨论了的黎波里周边的局势以及联合国主导的和平进程",
            1,
        ),
    ],
    ids=["prose", "a link", "base64", "Chinese"],
)
def test_a_run_without_spaces_holds_no_words(text: str, words: int) -> None:
    assert describe_line(0, text).words == words
