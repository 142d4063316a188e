"""The stack map parser on hand-built sections: every location kind,
live-outs, padding, several functions, and every way the bytes can be wrong."""

import dataclasses

import pytest
from stackmap_testing import RawRecord, encode_stackmap

from stackmaps import (
    UNKNOWN_STACK_SIZE,
    FunctionRecord,
    LiveOut,
    Location,
    LocationKind,
    StackMap,
    StackMapError,
    StackMapRecord,
    parse_stackmap,
)

REGISTER, DIRECT, INDIRECT, CONSTANT, CONSTANT_INDEX = 1, 2, 3, 4, 5
RBX, RBP, RSP, R15, XMM0 = 3, 6, 7, 15, 17


def test_kind_numbers_are_llvms():
    assert [k.value for k in LocationKind] == [1, 2, 3, 4, 5]
    assert [k.name for k in LocationKind] == [
        "REGISTER", "DIRECT", "INDIRECT", "CONSTANT", "CONSTANT_INDEX",
    ]


def test_empty_stack_map():
    sm = parse_stackmap(encode_stackmap([], [], []))
    assert sm == StackMap(3, (), (), ())


def test_header_counts_and_function_records():
    data = encode_stackmap([(0x1000, 24, 0), (0x2000, UNKNOWN_STACK_SIZE, 0)], [], [])
    sm = parse_stackmap(data)
    assert sm.version == 3
    assert sm.functions == (
        FunctionRecord(0x1000, 24, 0),
        FunctionRecord(0x2000, UNKNOWN_STACK_SIZE, 0),
    )
    assert sm.functions[0].has_fixed_stack_size
    assert not sm.functions[1].has_fixed_stack_size


def test_literal_bytes_of_one_record():
    # Written out byte by byte, independent of any encoder.
    data = bytes.fromhex(
        "03 00 0000" "01000000" "01000000" "01000000"                  # header, counts
        "0010000000000000" "1000000000000000" "0100000000000000"       # function
        "efcdab8967452301"                                             # constant
        "2a00000000000000" "10000000" "0000" "0300"                    # id 42, offset 16
        "01 00 0800 0300 0000 00000000"                                # Register rbx
        "05 00 0800 0000 0000 00000000"                                # ConstantIndex 0
        "03 00 0400 0600 0000 f8ffffff"                                # Indirect [rbp-8]
        "00000000"                                                     # pad to 8
        "0000" "0100" "0f00 00 08"                                     # 1 live-out: r15
    )
    sm = parse_stackmap(data)
    assert sm.constants == (0x0123456789ABCDEF,)
    (record,) = sm.records
    assert record == StackMapRecord(
        id=42,
        instruction_offset=16,
        locations=(
            Location(LocationKind.REGISTER, 8, RBX, 0),
            Location(LocationKind.CONSTANT_INDEX, 8, 0, 0),
            Location(LocationKind.INDIRECT, 4, RBP, -8),
        ),
        live_outs=(LiveOut(R15, 8),),
    )
    assert record.locations[1].value(sm) == 0x0123456789ABCDEF


def test_every_location_kind():
    data = encode_stackmap(
        [(0, 40, 1)],
        [1 << 40, 0xFFFF_FFFF_FFFF_FFFE],
        [RawRecord(7, 99, [
            (REGISTER, 8, RBX, 0),
            (REGISTER, 16, XMM0, 0),
            (DIRECT, 8, RBP, -32),
            (INDIRECT, 8, RSP, 16),
            (INDIRECT, 4, RBP, -2**31),
            (CONSTANT, 8, 0, -1),
            (CONSTANT, 8, 0, 2**31 - 1),
            (CONSTANT_INDEX, 8, 0, 1),
            (CONSTANT_INDEX, 8, 0, 0),
        ])],
    )
    sm = parse_stackmap(data)
    locs = sm.records[0].locations
    assert [loc.kind for loc in locs] == [
        LocationKind.REGISTER, LocationKind.REGISTER, LocationKind.DIRECT,
        LocationKind.INDIRECT, LocationKind.INDIRECT, LocationKind.CONSTANT,
        LocationKind.CONSTANT, LocationKind.CONSTANT_INDEX, LocationKind.CONSTANT_INDEX,
    ]
    assert locs[1] == Location(LocationKind.REGISTER, 16, XMM0, 0)
    assert locs[2] == Location(LocationKind.DIRECT, 8, RBP, -32)
    assert locs[3] == Location(LocationKind.INDIRECT, 8, RSP, 16)
    assert locs[4].offset == -2**31
    assert locs[4].size == 4
    assert isinstance(locs[0].kind, LocationKind)


def test_constant_values_signed_and_as_words():
    data = encode_stackmap(
        [(0, 8, 1)],
        [1 << 40, 0xFFFF_FFFF_FFFF_FFFE, 0x7FF8_0000_0000_0001],
        [RawRecord(1, 0, [
            (CONSTANT, 8, 0, -1),
            (CONSTANT, 8, 0, 5),
            (CONSTANT_INDEX, 8, 0, 0),
            (CONSTANT_INDEX, 8, 0, 1),
            (CONSTANT_INDEX, 8, 0, 2),
            (REGISTER, 8, RBX, 0),
        ])],
    )
    sm = parse_stackmap(data)
    minus1, five, big, minus2, nan_box, reg = sm.records[0].locations
    # inline constants are sign-extended from 32 bits
    assert minus1.value(sm) == -1
    assert minus1.word(sm) == 0xFFFF_FFFF_FFFF_FFFF
    assert five.value(sm) == five.word(sm) == 5
    assert big.value(sm) == big.word(sm) == 1 << 40
    assert minus2.value(sm) == -2
    assert minus2.word(sm) == 0xFFFF_FFFF_FFFF_FFFE
    assert nan_box.word(sm) == 0x7FF8_0000_0000_0001
    assert all(loc.is_constant for loc in (minus1, five, big, minus2, nan_box))
    assert not reg.is_constant
    with pytest.raises(ValueError, match="REGISTER"):
        reg.value(sm)
    with pytest.raises(ValueError):
        reg.word(sm)


@pytest.mark.parametrize("num_locations", range(0, 5))
def test_padding_after_locations(num_locations):
    # 16-byte record header + 12 bytes per location: odd counts need 4 bytes
    # of padding before the live-out header, even counts none.
    locations = [(REGISTER, 8, n, 0) for n in range(num_locations)]
    data = encode_stackmap(
        [(0, 8, 2)], [],
        [RawRecord(1, 4, locations, [(RBX, 8)]), RawRecord(2, 8, [], [])],
    )
    records_start = 16 + 24
    first_size = 16 + 12 * num_locations
    first_size += -first_size % 8
    first_size += 4 + 4
    first_size += -first_size % 8
    assert len(data) == records_start + first_size + 16 + 8
    sm = parse_stackmap(data)
    assert [loc.dwarf_reg for loc in sm.records[0].locations] == list(range(num_locations))
    assert sm.records[0].live_outs == (LiveOut(RBX, 8),)
    assert sm.records[1] == StackMapRecord(2, 8, (), ())


@pytest.mark.parametrize("num_live_outs", range(0, 6))
def test_live_outs_and_padding_after_them(num_live_outs):
    live_outs = [(n, 8 * (n + 1)) for n in range(num_live_outs)]
    data = encode_stackmap(
        [(0, 8, 2)], [],
        [RawRecord(1, 4, [(CONSTANT, 8, 0, 3)], live_outs),
         RawRecord(2, 8, [(CONSTANT, 8, 0, 4)], [])],
    )
    sm = parse_stackmap(data)
    assert sm.records[0].live_outs == tuple(LiveOut(r, s) for r, s in live_outs)
    assert sm.records[1].locations[0].offset == 4


def test_records_belong_to_functions_in_order():
    records = [RawRecord(i, 4 * i, [(CONSTANT, 8, 0, i)]) for i in range(6)]
    data = encode_stackmap([(0x100, 8, 2), (0x200, 16, 0), (0x300, 24, 3), (0x400, 8, 1)],
                           [], records)
    sm = parse_stackmap(data)
    assert [r.id for r in sm.records_of(0)] == [0, 1]
    assert sm.records_of(1) == ()
    assert [r.id for r in sm.records_of(2)] == [2, 3, 4]
    assert [r.id for r in sm.records_of(3)] == [5]
    with pytest.raises(IndexError):
        sm.records_of(4)
    with pytest.raises(IndexError):
        sm.records_of(-1)


def test_records_at_an_instruction_offset():
    records = [RawRecord(10, 20), RawRecord(11, 20), RawRecord(12, 28), RawRecord(13, 20)]
    sm = parse_stackmap(encode_stackmap([(0, 8, 3), (0, 8, 1)], [], records))
    assert [r.id for r in sm.records_at(0, 20)] == [10, 11]
    assert [r.id for r in sm.records_at(0, 28)] == [12]
    assert sm.records_at(0, 24) == ()
    assert [r.id for r in sm.records_at(1, 20)] == [13]


def test_wide_fields_keep_full_range():
    data = encode_stackmap(
        [(2**64 - 1, 2**64 - 1, 1)], [2**64 - 1],
        [RawRecord(2**64 - 1, 2**32 - 1, [(INDIRECT, 0xFFFF, 0xFFFF, 2**31 - 1)],
                   [(0xFFFF, 0xFF)])],
    )
    sm = parse_stackmap(data)
    assert sm.functions[0] == FunctionRecord(2**64 - 1, 2**64 - 1, 1)
    assert sm.constants == (2**64 - 1,)
    record = sm.records[0]
    assert (record.id, record.instruction_offset) == (2**64 - 1, 2**32 - 1)
    assert record.locations[0] == Location(LocationKind.INDIRECT, 0xFFFF, 0xFFFF, 2**31 - 1)
    assert record.live_outs == (LiveOut(0xFFFF, 0xFF),)


def test_accepts_bytearray_and_memoryview():
    data = encode_stackmap([(0, 8, 1)], [], [RawRecord(1, 2, [(CONSTANT, 8, 0, 9)])])
    assert parse_stackmap(bytearray(data)) == parse_stackmap(memoryview(data)) \
        == parse_stackmap(data)


def test_results_are_frozen_and_hashable():
    data = encode_stackmap([(0, 8, 1)], [5], [RawRecord(1, 2, [(CONSTANT_INDEX, 8, 0, 0)],
                                                        [(RBX, 8)])])
    sm = parse_stackmap(data)
    for obj in (sm, sm.functions[0], sm.records[0], sm.records[0].locations[0],
                sm.records[0].live_outs[0]):
        field = dataclasses.fields(obj)[0].name
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(obj, field, 0)
    assert hash(sm) == hash(parse_stackmap(data))


def test_reserved_and_padding_bytes_are_not_interpreted():
    clean = encode_stackmap([(0, 8, 1)], [], [RawRecord(1, 2, [(CONSTANT, 8, 0, 9)])])
    dirty = bytearray(clean)
    dirty[1] = 0xAA            # header reserved u8
    dirty[2:4] = b"\xbb\xbb"   # header reserved u16
    record = 16 + 24
    dirty[record + 12:record + 14] = b"\xcc\xcc"  # record reserved u16
    location = record + 16
    dirty[location + 1] = 0xDD                     # location reserved u8
    dirty[location + 6:location + 8] = b"\xee\xee"  # location reserved u16
    dirty[location + 12:location + 16] = b"\xff" * 4  # padding to 8
    assert parse_stackmap(bytes(dirty)) == parse_stackmap(clean)


# --- malformed input -----------------------------------------------------------

def _sample() -> bytes:
    return encode_stackmap(
        [(0, 8, 1), (0, 16, 1)], [1 << 33],
        [RawRecord(1, 4, [(REGISTER, 8, RBX, 0), (CONSTANT_INDEX, 8, 0, 0),
                          (INDIRECT, 8, RBP, -8)], [(RBX, 8)]),
         RawRecord(2, 8, [(CONSTANT, 8, 0, 1)], [(R15, 8), (RBX, 8)])],
    )


def test_error_is_a_value_error_with_an_offset():
    with pytest.raises(ValueError) as info:
        parse_stackmap(b"\x02\0\0\0" + b"\0" * 12)
    assert isinstance(info.value, StackMapError)
    assert info.value.offset == 0


@pytest.mark.parametrize("version", [0, 1, 2, 4, 255])
def test_wrong_version(version):
    data = bytearray(_sample())
    data[0] = version
    with pytest.raises(StackMapError, match=rf"version {version}\b.*byte offset 0"):
        parse_stackmap(bytes(data))


def test_every_truncation_is_an_error():
    data = _sample()
    for length in range(len(data)):
        with pytest.raises(StackMapError) as info:
            parse_stackmap(data[:length])
        assert 0 <= info.value.offset <= length


@pytest.mark.parametrize(
    ("length", "what", "offset"),
    [
        (0, "header", 0),
        (15, "header", 0),
        (16 + 10, "function record #0", 16),
        (16 + 24 + 5, "function record #1", 40),
        (64 + 7, "constant #0", 64),
        (72 + 15, "record #0 header", 72),
        (72 + 16 + 12 + 3, "record #0 location #1", 100),
        (72 + 16 + 36 + 2, "record #0 padding after locations", 124),
        (128 + 3, "record #0 live-out count", 128),
        (132 + 1, "record #0 live-out #0", 132),
        (136 + 16 + 12 + 2, "record #1 padding after locations", 164),
        (168 + 4 + 4 + 2, "record #1 live-out #1", 176),
        (168 + 4 + 8 + 2, "record #1 padding after live-outs", 180),
    ],
)
def test_truncation_points_name_the_field_and_offset(length, what, offset):
    data = _sample()
    assert len(data) == 184  # the offsets below are computed for this layout
    with pytest.raises(StackMapError, match="truncated") as info:
        parse_stackmap(data[:length])
    assert what in str(info.value)
    assert info.value.offset == offset
    assert f"byte offset {offset}" in str(info.value)


@pytest.mark.parametrize("extra", [b"\0", b"\0" * 8, b"garbage!"])
def test_trailing_bytes(extra):
    data = _sample()
    with pytest.raises(StackMapError, match="trailing") as info:
        parse_stackmap(data + extra)
    assert info.value.offset == len(data)


@pytest.mark.parametrize("header_records", [0, 1, 3, 2**32 - 1])
def test_record_counts_that_do_not_add_up(header_records):
    records = [RawRecord(1, 0), RawRecord(2, 0)]
    data = encode_stackmap([(0, 8, 1), (0, 8, 1)], [], records, num_records=header_records)
    with pytest.raises(StackMapError, match=rf"add up to 2 .*NumRecords = {header_records}") \
            as info:
        parse_stackmap(data)
    assert info.value.offset == 16


def test_huge_function_count_is_truncation_not_a_hang():
    data = bytearray(encode_stackmap([], [], []))
    data[4:8] = (2**32 - 1).to_bytes(4, "little")
    with pytest.raises(StackMapError, match="function record #0"):
        parse_stackmap(bytes(data))


def test_huge_constant_count_is_truncation():
    data = bytearray(encode_stackmap([], [7], []))
    data[8:12] = (2**32 - 1).to_bytes(4, "little")
    with pytest.raises(StackMapError, match="constant #1") as info:
        parse_stackmap(bytes(data))
    assert info.value.offset == 24


@pytest.mark.parametrize("kind", [0, 6, 255])
def test_unknown_location_kind(kind):
    data = encode_stackmap([(0, 8, 1)], [],
                           [RawRecord(1, 0, [(CONSTANT, 8, 0, 1), (kind, 8, 0, 0)])])
    with pytest.raises(StackMapError, match=rf"location #1 has unknown kind {kind}") as info:
        parse_stackmap(data)
    assert info.value.offset == 16 + 24 + 16 + 12


@pytest.mark.parametrize("index", [2, 3, -1])
def test_constant_index_out_of_range(index):
    data = encode_stackmap([(0, 8, 1)], [10, 20],
                           [RawRecord(1, 0, [(CONSTANT_INDEX, 8, 0, index)])])
    with pytest.raises(StackMapError, match=rf"constant #{index} but there are 2") as info:
        parse_stackmap(data)
    assert info.value.offset == 16 + 24 + 16 + 16
