"""Text rendering of stack maps and the DWARF register table."""

import pytest
from stackmap_testing import RawRecord, encode_stackmap

from stackmaps import (
    DWARF_REGISTER_NAMES,
    DWARF_REGISTER_NUMBERS,
    RBP,
    RSP,
    dwarf_register_name,
    dwarf_register_number,
    format_location,
    format_stackmap,
    parse_stackmap,
)

SAMPLE = encode_stackmap(
    [(0, 72, 2), (4096, 8, 0), (0, 8, 1)],
    [12345678901234, 2**64 - 2],
    [
        RawRecord(42, 41, [
            (4, 8, 0, 1), (4, 8, 0, -1), (5, 8, 0, 0), (2, 8, 6, -32),
            (1, 8, 15, 0), (3, 8, 6, -40), (1, 16, 17, 0),
        ]),
        RawRecord(43, 41, [(1, 8, 3, 0)], [(3, 8), (6, 8), (15, 8)]),
        RawRecord(2**64 - 1, 7, [(5, 8, 0, 1), (3, 4, 7, 0)]),
    ],
)

# As llvm-readobj 14 prints it (its numbering and signedness quirks included).
EXPECTED = """\
LLVM StackMap Version: 3
Num Functions: 3
  Function address: 0, stack size: 72, callsite record count: 2
  Function address: 4096, stack size: 8, callsite record count: 0
  Function address: 0, stack size: 8, callsite record count: 1
Num Constants: 2
  #1: 12345678901234
  #2: 18446744073709551614
Num Records: 3
  Record ID: 42, instruction offset: 41
    7 locations:
      #1: Constant 1, size: 8
      #2: Constant 4294967295, size: 8
      #3: ConstantIndex #0 (12345678901234), size: 8
      #4: Direct R#6 + -32, size: 8
      #5: Register R#15, size: 8
      #6: Indirect [R#6 + -40], size: 8
      #7: Register R#17, size: 16
    0 live-outs: [ ]
  Record ID: 43, instruction offset: 41
    1 locations:
      #1: Register R#3, size: 8
    3 live-outs: [ R#3 (8-bytes) R#6 (8-bytes) R#15 (8-bytes) ]
  Record ID: 18446744073709551615, instruction offset: 7
    2 locations:
      #1: ConstantIndex #1 (18446744073709551614), size: 8
      #2: Indirect [R#7 + 0], size: 4
    0 live-outs: [ ]
"""


def test_readobj_layout():
    assert format_stackmap(parse_stackmap(SAMPLE)) == EXPECTED


def test_register_names_for_people():
    text = format_stackmap(parse_stackmap(SAMPLE), register_names=True)
    assert "      #4: Direct rbp + -32, size: 8" in text
    assert "      #6: Indirect [rbp + -40], size: 8" in text
    assert "      #7: Register xmm0, size: 16" in text
    assert "    3 live-outs: [ rbx (8-bytes) rbp (8-bytes) r15 (8-bytes) ]" in text
    assert "R#" not in text


def test_unknown_register_number_keeps_its_number():
    sm = parse_stackmap(encode_stackmap([(0, 8, 1)], [], [RawRecord(1, 0, [(1, 8, 1000, 0)])]))
    assert format_location(sm.records[0].locations[0], sm, register_names=True) \
        == "Register R#1000"


def test_empty_stack_map_text():
    assert format_stackmap(parse_stackmap(encode_stackmap([], [], []))) == (
        "LLVM StackMap Version: 3\nNum Functions: 0\nNum Constants: 0\nNum Records: 0\n"
    )


def test_dwarf_numbering_is_not_hardware_order():
    expected = ["rax", "rdx", "rcx", "rbx", "rsi", "rdi", "rbp", "rsp"] + [
        f"r{n}" for n in range(8, 16)
    ] + ["rip"] + [f"xmm{n}" for n in range(16)]
    assert [dwarf_register_name(n) for n in range(33)] == expected
    assert sorted(DWARF_REGISTER_NAMES) == list(range(33))
    assert (RBP, RSP) == (6, 7)


def test_register_name_round_trip():
    for number, name in DWARF_REGISTER_NAMES.items():
        assert DWARF_REGISTER_NUMBERS[name] == number
        assert dwarf_register_number(name.upper()) == number


def test_register_table_is_read_only():
    with pytest.raises(TypeError):
        DWARF_REGISTER_NAMES[99] = "bogus"  # type: ignore[index]


@pytest.mark.parametrize("number", [-1, 33, 49])
def test_unknown_register_number(number):
    with pytest.raises(ValueError, match=str(number)):
        dwarf_register_name(number)


def test_unknown_register_name():
    with pytest.raises(ValueError, match="eax"):
        dwarf_register_number("eax")
