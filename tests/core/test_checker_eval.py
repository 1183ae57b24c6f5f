"""The labelled corpus, the evaluation script, and the figures the checker must reach."""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter
from pathlib import Path

import pytest

from l2l_desktop.core import checker_eval
from l2l_desktop.core.checker_eval import Labelled, read_corpus, score
from l2l_desktop.core.question_checker import check_question
from l2l_desktop.core.records import QuestionKind

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "questions.tsv"
INDEPENDENT = DATA / "questions_independent.tsv"
OPEN, CLOSED, LEADING = QuestionKind.OPEN, QuestionKind.CLOSED, QuestionKind.LEADING
PLAIN = {"open", "yesno", "leading", "statement"}  # the families that are not hard cases


@pytest.fixture(scope="module")
def corpus() -> list[Labelled]:
    return read_corpus(CORPUS)


def test_the_corpus_is_large_varied_balanced_and_mostly_hard(corpus):
    assert len(corpus) >= 400
    assert len({x.text for x in corpus}) == len(corpus)
    assert len({x.setting for x in corpus}) >= 6
    kinds = Counter(x.kind for x in corpus)
    assert all(0.28 <= kinds[k] / len(corpus) <= 0.38 for k in (OPEN, CLOSED, LEADING))
    hard = sum(1 for x in corpus if x.family not in PLAIN)
    assert hard / len(corpus) >= 0.5
    held = sum(1 for x in corpus if x.held)
    assert 0.2 <= held / len(corpus) <= 0.3  # a quarter held back


def test_scores_are_counted_as_by_hand():
    items = [
        Labelled("What happened?", OPEN, "", "", True),
        Labelled("Is it on?", CLOSED, "", "", True),
        Labelled("What did you see?", LEADING, "", "", True),  # mislabelled on purpose
    ]
    scores = score(items)
    assert (scores.correct, scores.total) == (2, 3)
    assert scores.confusion == {(OPEN, OPEN): 1, (CLOSED, CLOSED): 1, (LEADING, OPEN): 1}
    assert scores.precision(OPEN) == 0.5  # said open twice, right once
    assert scores.recall(LEADING) == 0.0
    assert scores.precision(LEADING) is None  # never said leading


def test_the_held_back_quarter_meets_the_bar(corpus):
    held = score(x for x in corpus if x.held)
    assert held.total >= 100
    assert held.accuracy >= 0.9
    assert held.recall(LEADING) >= 0.9
    assert held.precision(OPEN) >= 0.9


def test_a_set_written_by_someone_else_meets_the_bar():
    """150 phrasings from a helper session that never saw the checker, nor was tuned on."""
    independent = read_corpus(INDEPENDENT)
    assert len(independent) == 150 and all(x.held for x in independent)
    scores = score(independent)
    assert scores.accuracy >= 0.9
    assert scores.recall(LEADING) >= 0.9
    assert scores.precision(OPEN) >= 0.9


def test_the_script_prints_both_sets(capsys):
    assert checker_eval.main([str(CORPUS)]) == 0
    out = capsys.readouterr().out
    assert "tuning set:" in out and "held-back set (never tuned against):" in out
    assert "labelled \\ checked" in out and "precision" in out and "recall" in out


def test_fast_enough_for_every_keystroke(corpus):
    random.seed(7)
    texts = []
    for _ in range(400):
        words = ""
        while len(words) < 300:
            words += random.choice(corpus).text + " "
        texts.append(words[:300])
    for text in texts[:40]:
        check_question(text)  # warm
    took = []
    for text in texts:
        start = time.perf_counter()
        check_question(text)
        took.append(time.perf_counter() - start)
    took.sort()
    assert took[int(len(took) * 0.99)] < 0.001, statistics.median(took)
