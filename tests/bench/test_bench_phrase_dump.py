"""bench.bench_phrase_dump: decisions dumped, read back, counted and compared."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.bench_phrase_dump import DumpedDecision, dump, figures, figures_line, from_line, moved, read_dump, to_line

ROOT = Path(__file__).resolve().parents[2]
HEADER = "text\tlabel\tnumber\tstyle\tat\tsplit\n"


def decision(text: str, decided: str, *, expected: str = "emergency/119", correct: bool = True,
             mode: str = "typed", split: str = "dev") -> DumpedDecision:
    return DumpedDecision(mode, correct, expected, decided, "plain", split, text)


def test_a_line_reads_back_as_written_with_tabs_in_the_text_made_spaces() -> None:
    written = decision("台所から\t火が出た", "emergency_fire_ambulance/119")
    assert from_line(to_line(written)) == decision("台所から 火が出た", "emergency_fire_ambulance/119")


@pytest.mark.parametrize("line", ["", "typed\t1\temergency/119", "typed\tyes\ta/b\tc/d\tplain\tdev\ttext",
                                  "typed\t1\temergency\tnone/none\tplain\tdev\ttext"])
def test_a_line_that_is_no_dump_line_is_refused(line: str) -> None:
    with pytest.raises(ValueError, match="dump line"):
        from_line(line)


def test_figures_count_recall_false_alarms_and_the_right_number() -> None:
    counted = figures([
        decision("a", "emergency_fire_ambulance/119"),
        decision("b", "none/none", correct=False),
        decision("c", "emergency_police/110", expected="none/none", correct=False),
        decision("d", "urgent_advice/#7119", expected="urgent/#7119"),
        decision("e", "none/none", expected="none/none"),
    ])
    assert (counted.emergencies, counted.caught, counted.others, counted.false_alarms) == (2, 1, 3, 1)
    assert (counted.numbered, counted.right_number) == (3, 2)
    assert figures_line(counted) == "0.5000 (1/2) / 0.3333 (1/3) / 0.6667 (2/3)"


def test_moved_names_fixed_broken_and_changed_and_skips_excluded_splits() -> None:
    before = [decision("a", "none/none", correct=False), decision("b", "emergency_fire_ambulance/119"),
              decision("c", "none/none", correct=False), decision("d", "none/none", correct=False, split="x"),
              decision("e", "none/none", correct=False)]
    after = [decision("a", "emergency_fire_ambulance/119"), decision("b", "none/none", correct=False),
             decision("c", "emergency_police/110", correct=False), decision("d", "emergency_fire_ambulance/119",
                                                                            split="x"),
             decision("e", "none/none", correct=False)]
    before.append(decision("f", "none/none", expected="none/none"))
    after.append(decision("f", "urgent_advice/#7119", expected="urgent/#7119"))  # relabelled, right both times
    changes = moved(before, after, exclude=frozenset({"x"}))
    assert [(c.kind, c.after.text) for c in changes] == [("FIXED", "a"), ("BROKEN", "b"), ("CHANGED", "c"),
                                                         ("CHANGED", "f")]


def test_a_phrase_file_is_dumped_typed_and_heard_with_the_real_layer(tmp_path: Path) -> None:
    phrases = tmp_path / "phrases.tsv"
    phrases.write_text(HEADER + "台所から火が出ています\temergency\t119\tplain\t\tdev\n"
                       "図書館は何時まで開いていますか\tnone\tnone\tplain\t\tdev\n", encoding="utf-8")
    heard = tmp_path / "heard.tsv"
    heard.write_text("text\theard\n台所から火が出ています\t台所から日が出ています\n", encoding="utf-8")
    decisions = dump(phrases, heard)
    assert [(d.mode, d.correct) for d in decisions][:2] == [("typed", True), ("typed", True)]
    assert [d.mode for d in decisions] == ["typed", "typed", "heard"]
    assert decisions[0].decided == "emergency_fire_ambulance/119"
    out = tmp_path / "dump.tsv"
    out.write_text("".join(to_line(d) + "\n" for d in decisions), encoding="utf-8")
    assert read_dump(out) == decisions


def test_the_command_line_refuses_a_broken_dump_with_a_message(tmp_path: Path) -> None:
    broken = tmp_path / "broken.tsv"
    broken.write_text("not a dump\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "bench.bench_phrase_dump", "figures", str(broken)],
                            capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 2
    assert "error: a dump line has 7" in result.stderr
    assert "Traceback" not in result.stderr
