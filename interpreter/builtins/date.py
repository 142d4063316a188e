"""Date: the constructor, Date.now, Date.parse, Date.UTC and Date.prototype's methods.

Place in the pipeline: a built-in library module; bootstrap.py installs its table.

A Date object is an ordinary object with Date.prototype (or a subclass's prototype)
whose time value (milliseconds since the epoch, NaN for an invalid date) is a hidden own
property, [[DateValue]] (runtime.DATE_VALUE_KEY), as a wrapper's primitive is. The
arithmetic is the specification's (Day, MakeDay, MakeTime, TimeClip...), exact over the
whole range of ±8.64e15 ms. Local time is the host's time zone as Python's
time.localtime reports it; names of zones are ICU's for UTC ("Coordinated Universal
Time") and the host's abbreviation otherwise. toLocale*String format as node's en-US.
"""
from __future__ import annotations

import math
import re
import time

from interpreter.errors import range_error, type_error
from interpreter.objects.maps import ATTR_DONT_ENUM
from interpreter.objects.values import NULL, UNDEFINED
from interpreter.runtime import DATE_VALUE_KEY
from .support import Alias, Constructor, Method, Prototype, arg, is_callable, prototype_from_constructor

MS_PER_DAY = 86_400_000
MS_PER_HOUR = 3_600_000
MS_PER_MINUTE = 60_000
MAX_TIME = 8.64e15
NAN = math.nan
WEEKDAYS = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Days before each month, in a common year and in a leap year.
_CUMULATIVE = ((0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334),
               (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335))
# ICU's long names of the zones node prints in toString, by the host's abbreviation.
ZONE_NAMES = {"UTC": "Coordinated Universal Time", "GMT": "Greenwich Mean Time"}


# ---- the specification's time arithmetic (ECMA-262 21.4.1) -----------------------------------


def day(t: float) -> int:
    return int(t // MS_PER_DAY)


def time_within_day(t: float) -> int:
    return int(t % MS_PER_DAY)


def is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def day_from_year(y: int) -> int:
    return 365 * (y - 1970) + (y - 1969) // 4 - (y - 1901) // 100 + (y - 1601) // 400


def year_from_time(t: float) -> int:
    d = day(t)
    y = 1970 + int(d // 365.2425)
    while day_from_year(y) > d:
        y -= 1
    while day_from_year(y + 1) <= d:
        y += 1
    return y


def fields(t: float) -> tuple[int, int, int, int, int, int, int, int]:
    """(year, month, date, hours, minutes, seconds, ms, weekday) of a finite time value."""
    y = year_from_time(t)
    in_year = day(t) - day_from_year(y)
    table = _CUMULATIVE[is_leap(y)]
    month = 11
    while table[month] > in_year:
        month -= 1
    ms = time_within_day(t)
    return (y, month, in_year - table[month] + 1, ms // MS_PER_HOUR, ms // MS_PER_MINUTE % 60,
            ms // 1000 % 60, ms % 1000, (day(t) + 4) % 7)


def to_integer(x: float) -> float:
    return float(math.trunc(x))


def make_time(h: float, m: float, s: float, ms: float) -> float:
    if not all(math.isfinite(x) for x in (h, m, s, ms)):
        return NAN
    return to_integer(h) * MS_PER_HOUR + to_integer(m) * MS_PER_MINUTE + to_integer(s) * 1000 + to_integer(ms)


def make_day(year: float, month: float, date: float) -> float:
    if not all(math.isfinite(x) for x in (year, month, date)):
        return NAN
    y, m, dt = to_integer(year), to_integer(month), to_integer(date)
    ym = y + math.floor(m / 12)
    if abs(ym) > 400_000:       # far outside the time value range: no such day
        return NAN
    ym = int(ym)
    mn = int(m % 12)
    return float(day_from_year(ym) + _CUMULATIVE[is_leap(ym)][mn]) + dt - 1


def make_date(d: float, t: float) -> float:
    if not (math.isfinite(d) and math.isfinite(t)):
        return NAN
    tv = d * MS_PER_DAY + t
    return tv if math.isfinite(tv) else NAN


def time_clip(t: float) -> float:
    if not math.isfinite(t) or abs(t) > MAX_TIME:
        return NAN
    return to_integer(t) + 0.0


# ---- local time --------------------------------------------------------------------------------


def offset_at(utc: float) -> int:
    """The host zone's offset from UTC (ms) at a UTC time value."""
    seconds = utc / 1000
    try:
        return time.localtime(seconds).tm_gmtoff * 1000
    except (OverflowError, OSError, ValueError):
        # beyond what the C library takes: the offset at the nearest year it takes
        return time.localtime(max(min(seconds, 253_402_300_799), -62_135_596_800)).tm_gmtoff * 1000


def local_time(t: float) -> float:
    return t + offset_at(t)


def utc_of_local(t: float) -> float:
    """UTC(t) of a local time value: the offset is the one in force at that moment."""
    if not math.isfinite(t):
        return NAN
    guess = t - offset_at(t)
    return t - offset_at(guess)


def zone_text(t: float) -> str:
    """`GMT+0100 (Central European Standard Time)` of toString: the offset at the UTC time t."""
    offset = offset_at(t) // MS_PER_MINUTE
    sign = "+" if offset >= 0 else "-"
    offset = abs(offset)
    seconds = t / 1000
    try:
        abbreviation = time.strftime("%Z", time.localtime(seconds))
    except (OverflowError, OSError, ValueError):
        abbreviation = time.tzname[0]
    return f"GMT{sign}{offset // 60:02d}{offset % 60:02d} ({ZONE_NAMES.get(abbreviation, abbreviation)})"


# ---- formatting --------------------------------------------------------------------------------


def year_text(y: int) -> str:
    return f"-{-y:04d}" if y < 0 else f"{y:04d}"


def date_text(t: float) -> str:
    y, mo, d, *_, wd = fields(local_time(t))
    return f"{WEEKDAYS[wd]} {MONTHS[mo]} {d:02d} {year_text(y)}"


def time_text(t: float) -> str:
    _, _, _, h, mi, s, _, _ = fields(local_time(t))
    return f"{h:02d}:{mi:02d}:{s:02d} {zone_text(t)}"


def to_date_string(t: float) -> str:
    if t != t:
        return "Invalid Date"
    return f"{date_text(t)} {time_text(t)}"


def iso_string(t: float) -> str:
    y, mo, d, h, mi, s, ms, _ = fields(t)
    year = f"{y:04d}" if 0 <= y <= 9999 else (f"+{y:06d}" if y > 0 else f"-{-y:06d}")
    return f"{year}-{mo + 1:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}Z"


def utc_string(t: float) -> str:
    y, mo, d, h, mi, s, _, wd = fields(t)
    return f"{WEEKDAYS[wd]}, {d:02d} {MONTHS[mo]} {year_text(y)} {h:02d}:{mi:02d}:{s:02d} GMT"


def locale_date(t: float) -> str:
    y, mo, d, *_ = fields(local_time(t))
    return f"{mo + 1}/{d}/{y}"


def locale_time(t: float) -> str:
    _, _, _, h, mi, s, _, _ = fields(local_time(t))
    return f"{(h % 12) or 12}:{mi:02d}:{s:02d} {'AM' if h < 12 else 'PM'}"


# ---- parsing -----------------------------------------------------------------------------------

_ISO = re.compile(r"([+-]\d{6}|\d{4})(?:-(\d\d)(?:-(\d\d))?)?"
                  r"(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?)?\s*(Z|z|[+-]\d\d:?\d\d)?")
_TOKEN = re.compile(r"\(.*?\)|(\d+):(\d\d)(?::(\d\d)(?:\.(\d+))?)?|([A-Za-z]+)\.?|([+-]?)(\d+)|([/,.\-+]|\s+)")


def parse(s: str) -> float:
    """Date.parse: the ISO format of toISOString (a date alone is UTC, a date and time without
    an offset local), else the forms toString, toUTCString and people write (`Dec 7, 2026`,
    `7 Dec 2026 10:00`, `2026/12/07`, `12/07/2026 10:00 GMT+0100`); NaN otherwise."""
    s = s.strip()
    m = _ISO.fullmatch(s)
    if m:
        return _parse_iso(m)
    return _parse_legacy(s)


def _parse_iso(m) -> float:
    year_s, mo, d, h, mi, sec, frac, zone = m.groups()
    if year_s == "-000000":
        return NAN
    year = int(year_s)
    month = int(mo) if mo else 1
    date = int(d) if d else 1
    hours, minutes = int(h or 0), int(mi or 0)
    seconds = int(sec or 0)
    ms = int((frac or "0")[:3].ljust(3, "0"))
    if not (1 <= month <= 12 and 1 <= date <= 31 and hours <= 24 and minutes < 60 and seconds < 60):
        return NAN
    if hours == 24 and (minutes or seconds or ms):
        return NAN
    t = make_date(make_day(year, month - 1, date), make_time(hours, minutes, seconds, ms))
    if zone in ("Z", "z"):
        pass
    elif zone:
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        t -= sign * (int(digits[:2]) * MS_PER_HOUR + int(digits[2:]) * MS_PER_MINUTE)
    elif h is not None:
        t = utc_of_local(t)     # a date-time without an offset is local time
    return time_clip(t)


def _parse_legacy(s: str) -> float:
    numbers: list[int] = []
    month = None
    clock = None
    offset = None
    pm = None
    pos = 0
    after_zone = False
    while pos < len(s):
        m = _TOKEN.match(s, pos)
        if m is None:
            return NAN
        pos = m.end()
        text = m.group(0)
        if text.startswith("("):
            continue
        if m.group(1) is not None:
            if clock is not None:
                return NAN
            clock = (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0), int((m.group(4) or "0")[:3].ljust(3, "0")))
        elif m.group(5) is not None:
            word = m.group(5).lower()
            if word in ("am", "pm"):
                pm = word == "pm"
            elif word in ("gmt", "utc", "ut", "z"):
                offset = offset or 0
                after_zone = True
            elif word[:3] in (w.lower() for w in MONTHS) and month is None:
                month = [w.lower() for w in MONTHS].index(word[:3])
            elif word[:3] in (w.lower() for w in WEEKDAYS):
                continue
            elif word == "t" and clock is None:
                continue
            else:
                return NAN
        elif m.group(7) is not None:
            sign, digits = m.group(6), m.group(7)
            if sign and (after_zone or clock is not None) and len(digits) in (2, 4):
                value = int(digits[:2]) * 60 + (int(digits[2:]) if len(digits) == 4 else 0)
                offset = (1 if sign == "+" else -1) * value * MS_PER_MINUTE
                after_zone = False
            elif sign == "-" and not numbers and month is None:
                numbers.append(-int(digits))
            else:
                numbers.append(int(digits))
    if month is not None:
        if len(numbers) != 2:
            return NAN
        a, b = numbers
        date, year = (a, b) if a <= 31 and not (b <= 31 and a > 31) else (b, a)
    elif len(numbers) == 3:
        if numbers[0] > 31:            # 2026/12/07
            year, month, date = numbers[0], numbers[1] - 1, numbers[2]
        else:                          # 12/07/2026
            month, date, year = numbers[0] - 1, numbers[1], numbers[2]
    else:
        return NAN
    if 0 <= year <= 49:
        year += 2000
    elif 50 <= year <= 99:
        year += 1900
    hours, minutes, seconds, ms = clock or (0, 0, 0, 0)
    if pm is not None:
        if not 1 <= hours <= 12:
            return NAN
        hours = hours % 12 + (12 if pm else 0)
    if not (0 <= month <= 11 and 1 <= date <= 31 and hours < 24 and minutes < 60 and seconds < 60):
        return NAN
    t = make_date(make_day(year, month, date), make_time(hours, minutes, seconds, ms))
    t = utc_of_local(t) if offset is None else t - offset
    return time_clip(t)


# ---- Date objects ------------------------------------------------------------------------------


def is_date(isolate, v) -> bool:
    return type(v) is int and DATE_VALUE_KEY in isolate.objects.map_of(v).index


def this_time_value(isolate, this, method: str | None = None) -> float:
    """thisTimeValue, with V8's two messages: the getters' and the other methods' (`method`)."""
    if not is_date(isolate, this):
        if method is None:
            raise type_error("this is not a Date object.")
        rt = isolate.runtime
        what = rt.describe_object(this) if type(this) is int else rt.to_string(this)
        raise type_error(f"Method Date.prototype.{method} called on incompatible receiver {what}")
    return isolate.objects.get_own(this, DATE_VALUE_KEY)


def set_time_value(isolate, obj: int, t: float) -> float:
    isolate.objects.set_own(obj, DATE_VALUE_KEY, t)
    return t


def new_date(isolate, t: float, prototype: int) -> int:
    objects = isolate.objects
    obj = objects.new_object(objects.create_root(prototype))
    objects.define_own(obj, DATE_VALUE_KEY, t, ATTR_DONT_ENUM)
    return obj


def now() -> float:
    return float(time.time_ns() // 1_000_000)


def date_call(isolate, this, args):
    """Date(...) without new: the current time as toString's text (the arguments are ignored)."""
    return to_date_string(now())


def time_from_fields(rt, args) -> float:
    """The time value of Date(y, m[, d, h, min, s, ms]) or Date.UTC's arguments (years 0-99
    are 1900-1999), before the UTC conversion and TimeClip."""
    nums = [rt.to_number(a) for a in args[:7]]
    y = nums[0]
    defaults = (NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0)
    nums += defaults[len(nums):]
    if math.isfinite(y) and 0 <= to_integer(y) <= 99:
        y = 1900 + to_integer(y)
    return make_date(make_day(y, nums[1], nums[2]), make_time(nums[3], nums[4], nums[5], nums[6]))


def date_construct(isolate, args, new_target):
    rt = isolate.runtime
    prototype = prototype_from_constructor(isolate, new_target, isolate.date_prototype)
    if not args:
        t = now()
    elif len(args) == 1:
        v = args[0]
        if is_date(isolate, v):
            t = this_time_value(isolate, v)
        else:
            v = rt.to_primitive(v)
            t = parse(v) if type(v) is str else time_clip(rt.to_number(v))
    else:
        t = time_clip(utc_of_local(time_from_fields(rt, args)))
    return new_date(isolate, t, prototype)


def date_init_this(isolate, this, args):
    """super(...) in `class D extends Date`: the instance gets its time value."""
    made = date_construct(isolate, args, UNDEFINED)
    isolate.objects.define_own(this, DATE_VALUE_KEY, this_time_value(isolate, made), ATTR_DONT_ENUM)
    return this


def date_now(isolate, this, args):
    return now()


def date_parse(isolate, this, args):
    return parse(isolate.runtime.to_string(arg(args, 0)))


def date_utc(isolate, this, args):
    if not args:
        return NAN
    return time_clip(time_from_fields(isolate.runtime, list(args)))


# ---- Date.prototype ----------------------------------------------------------------------------

# field index in fields(): what each getter answers
_FIELD = {"FullYear": 0, "Month": 1, "Date": 2, "Hours": 3, "Minutes": 4, "Seconds": 5, "Milliseconds": 6,
          "Day": 7}


def getter(name: str, utc: bool):
    index = _FIELD[name]

    def get(isolate, this, args):
        t = this_time_value(isolate, this)
        if t != t:
            return NAN
        return float(fields(t if utc else local_time(t))[index])
    return get


# The fields a setter takes, in order, starting at the one it names (setHours(h[, m, s, ms])).
_SETTER_FIELDS = {"Milliseconds": 6, "Seconds": 5, "Minutes": 4, "Hours": 3, "Date": 2, "Month": 1, "FullYear": 0}
_SETTER_ARITY = {"Milliseconds": 1, "Seconds": 2, "Minutes": 3, "Hours": 4, "Date": 1, "Month": 2, "FullYear": 3}


def setter(name: str, utc: bool):
    first = _SETTER_FIELDS[name]
    arity = _SETTER_ARITY[name]

    method = f"set{'UTC' if utc else ''}{name}"

    def set_(isolate, this, args):
        rt = isolate.runtime
        t = this_time_value(isolate, this, method)
        values = [rt.to_number(a) for a in args[:arity]] or [NAN]
        if t != t:
            if name != "FullYear":
                return NAN
            t = 0.0 if utc else utc_of_local(0.0)
        parts = list(fields(t if utc else local_time(t))[:7])
        for i, v in enumerate(values):
            parts[first + i] = v
        y, mo, d, h, mi, s, ms = (float(p) for p in parts)
        new = make_date(make_day(y, mo, d), make_time(h, mi, s, ms))
        return set_time_value(isolate, this, time_clip(new if utc else utc_of_local(new)))
    return set_


def date_get_time(isolate, this, args):
    return this_time_value(isolate, this)


def date_set_time(isolate, this, args):
    this_time_value(isolate, this, "setTime")
    return set_time_value(isolate, this, time_clip(isolate.runtime.to_number(arg(args, 0))))


def date_get_timezone_offset(isolate, this, args):
    t = this_time_value(isolate, this)
    return NAN if t != t else float((t - local_time(t)) / MS_PER_MINUTE)


def date_get_year(isolate, this, args):
    t = this_time_value(isolate, this, "getYear")
    return NAN if t != t else float(fields(local_time(t))[0] - 1900)


def date_set_year(isolate, this, args):
    t = this_time_value(isolate, this, "setYear")
    y = isolate.runtime.to_number(arg(args, 0))
    if y != y:
        return set_time_value(isolate, this, NAN)
    y = to_integer(y)
    if 0 <= y <= 99:
        y += 1900
    local = 0.0 if t != t else local_time(t)
    _, mo, d, *_ = fields(local)
    new = make_date(make_day(y, mo, d), float(time_within_day(local)))
    return set_time_value(isolate, this, time_clip(utc_of_local(new)))


def formatter(name: str, fn, invalid: str | None = "Invalid Date"):
    """The method `name`, fn(t) of the time value; an invalid date gives `invalid` (None: a
    RangeError, as toISOString throws)."""
    def to_text(isolate, this, args):
        t = this_time_value(isolate, this, name)
        if t != t:
            if invalid is None:
                raise range_error("Invalid time value")
            return invalid
        return fn(t)
    return to_text


def date_to_json(isolate, this, args):
    rt = isolate.runtime
    obj = rt.to_object(this)
    tv = rt.to_primitive(obj, "number")
    if type(tv) is float and not math.isfinite(tv):
        return NULL
    method = rt.get_property(obj, "toISOString")
    if not is_callable(isolate, method):
        raise type_error("toISOString is not a function")
    return isolate.interpreter.call(method, obj, [])


def _methods():
    out = [
        Method("toString", 0, formatter("toString", to_date_string)),
        Method("toDateString", 0, formatter("toDateString", date_text)),
        Method("toTimeString", 0, formatter("toTimeString", time_text)),
        Method("toISOString", 0, formatter("toISOString", iso_string, None)),
        Method("toUTCString", 0, formatter("toUTCString", utc_string)),
        Alias("toGMTString", "toUTCString"),
    ]
    for name in ("Date", "Day", "FullYear", "Hours", "Milliseconds", "Minutes", "Month", "Seconds"):
        out.append(Method(f"get{name}", 0, getter(name, False)))
        if name != "Day":
            out.append(Method(f"set{name}", _SETTER_ARITY[name], setter(name, False)))
    out += [Method("getTime", 0, date_get_time), Method("setTime", 1, date_set_time),
            Method("getTimezoneOffset", 0, date_get_timezone_offset)]
    for name in ("Date", "Day", "FullYear", "Hours", "Milliseconds", "Minutes", "Month", "Seconds"):
        out.append(Method(f"getUTC{name}", 0, getter(name, True)))
        if name != "Day":
            out.append(Method(f"setUTC{name}", _SETTER_ARITY[name], setter(name, True)))
    out += [
        Method("valueOf", 0, date_get_time),
        Method("getYear", 0, date_get_year),
        Method("setYear", 1, date_set_year),
        Method("toJSON", 1, date_to_json),
        Method("toLocaleString", 0, formatter("toLocaleString", lambda t: f"{locale_date(t)}, {locale_time(t)}")),
        Method("toLocaleDateString", 0, formatter("toLocaleDateString", locale_date)),
        Method("toLocaleTimeString", 0, formatter("toLocaleTimeString", locale_time)),
    ]
    return tuple(out)


DATE = Constructor("Date", 7, date_call, date_construct, init_this=date_init_this,
                   statics=(Method("now", 0, date_now), Method("parse", 1, date_parse), Method("UTC", 7, date_utc)),
                   prototype=Prototype("Date", _methods(), attr="date_prototype"))
