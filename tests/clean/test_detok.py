from dateline.clean.detok import detokenize, looks_ptb_tokenized


def test_ptb_tokens_are_joined_back() -> None:
    text = (
        "His spokeswoman insists he is `` not a suspect '' .\n"
        "The clinic was raided by the Drug Enforcement Agency -LRB- DEA -RRB- , officials said .\n"
        "Jackson 's doctor did n't comment ; he ca n't , costing $ 5 million .\n"
        "Jackson death was ` not suspicious ' experts say .\n"
        "Obama compares the spill to 9\\/11 , as owner\\/operator ; New Statesman \\* P \\*\\*\\* ."
    )
    assert looks_ptb_tokenized(text)
    assert detokenize(text).split("\n") == [
        'His spokeswoman insists he is "not a suspect".',
        "The clinic was raided by the Drug Enforcement Agency (DEA), officials said.",
        "Jackson's doctor didn't comment; he can't, costing $5 million.",
        "Jackson death was 'not suspicious' experts say.",
        "Obama compares the spill to 9/11, as owner/operator; New Statesman * P ***.",
    ]


def test_ordinary_text_is_not_taken_for_ptb() -> None:
    assert not looks_ptb_tokenized('He said: "We will go." It wasn\'t (really) over.')
