"""The transcendental functions of Math, computed the way V8 computes them: fdlibm's algorithms
(Sun's freely distributable libm, which V8's base/ieee754 is a port of), on Python floats.

Place in the pipeline: a pure leaf used by builtins/math.py.

Why not Python's math module: it calls the C library, whose functions are
more accurate than fdlibm's (within 1 ulp) in a different way, so for a few
percent of arguments the last bit differs from node's, which shows as soon as a
script prints a result. The algorithms below follow fdlibm step by step:
the same argument reduction, the same minimax polynomials and the same
splitting of doubles into high and low words, so every operation rounds as it
does in V8. Python floats are IEEE binary64 with round-to-nearest, as C
doubles are on x86-64 with SSE2.

The one deviation: fdlibm's reduction of huge arguments to sin/cos/tan
(__kernel_rem_pio2) is replaced by an exact computation with a 1,200-bit pi;
both produce the correctly rounded remainder, as two doubles.
"""
from __future__ import annotations

import math
import struct
from fractions import Fraction

NAN = float("nan")
INF = float("inf")

_pack_d = struct.Struct("<d").pack
_unpack_d = struct.Struct("<d").unpack
_pack_q = struct.Struct("<Q").pack
_unpack_q = struct.Struct("<Q").unpack


# ---- the word-level helpers fdlibm's macros stand for -------------------------------------------


def _bits(x: float) -> int:
    return _unpack_q(_pack_d(x))[0]


def _high(x: float) -> int:
    """The high 32 bits as a signed int32 (GET_HIGH_WORD)."""
    h = _bits(x) >> 32
    return h - 0x1_0000_0000 if h & 0x8000_0000 else h


def _low(x: float) -> int:
    """The low 32 bits, unsigned (GET_LOW_WORD)."""
    return _bits(x) & 0xFFFF_FFFF


def _from_words(high: int, low: int) -> float:
    return _unpack_d(_pack_q(((high & 0xFFFF_FFFF) << 32) | (low & 0xFFFF_FFFF)))[0]


def _with_high(x: float, high: int) -> float:
    return _from_words(high, _low(x))


def _zero_low(x: float) -> float:
    """x with its low word cleared (SET_LOW_WORD(x, 0)): a double with 21 significant bits."""
    return _unpack_d(_pack_q(_bits(x) & 0xFFFF_FFFF_0000_0000))[0]


# ---- sin, cos, tan --------------------------------------------------------------------------------

_S1, _S2, _S3 = -1.66666666666666324348e-01, 8.33333333332248946124e-03, -1.98412698298579493134e-04
_S4, _S5, _S6 = 2.75573137070700676789e-06, -2.50507602534068634195e-08, 1.58969099521155010221e-10


def _kernel_sin(x: float, y: float, iy: int) -> float:
    """sin(x + y) for |x| <= pi/4, y the tail of x (iy = 0: y is 0)."""
    ix = _high(x) & 0x7FFF_FFFF
    if ix < 0x3E40_0000 and int(x) == 0:
        return x
    z = x * x
    v = z * x
    r = _S2 + z * (_S3 + z * (_S4 + z * (_S5 + z * _S6)))
    if iy == 0:
        return x + v * (_S1 + z * r)
    return x - ((z * (0.5 * y - v * r) - y) - v * _S1)


_C1, _C2, _C3 = 4.16666666666666019037e-02, -1.38888888888741095749e-03, 2.48015872894767294178e-05
_C4, _C5, _C6 = -2.75573143513906633035e-07, 2.08757232129817482790e-09, -1.13596475577881948265e-11


def _kernel_cos(x: float, y: float) -> float:
    ix = _high(x) & 0x7FFF_FFFF
    if ix < 0x3E40_0000 and int(x) == 0:
        return 1.0
    z = x * x
    r = z * (_C1 + z * (_C2 + z * (_C3 + z * (_C4 + z * (_C5 + z * _C6)))))
    if ix < 0x3FD3_3333:
        return 1.0 - (0.5 * z - (z * r - x * y))
    qx = 0.28125 if ix > 0x3FE9_0000 else _from_words(ix - 0x0020_0000, 0)
    hz = 0.5 * z - qx
    a = 1.0 - qx
    return a - (hz - (z * r - x * y))


_T = (3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
      2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03,
      1.45620945432529025516e-03, 5.88041240820264096874e-04, 2.46463134818469906812e-04,
      7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
      2.59073051863633712884e-05)
_PIO4, _PIO4LO = 7.85398163397448278999e-01, 3.06161699786838301793e-17


def _kernel_tan(x: float, y: float, iy: int) -> float:
    """tan(x + y) for |x| <= pi/4 (iy = 1), or -1/tan (iy = -1)."""
    hx = _high(x)
    ix = hx & 0x7FFF_FFFF
    if ix < 0x3E30_0000 and int(x) == 0:
        if ((ix | _low(x)) | (iy + 1)) == 0:
            return 1.0 / abs(x)
        if iy == 1:
            return x
        w = x + y
        z = _zero_low(w)
        v = y - (z - x)
        t = a = -1.0 / w
        t = _zero_low(t)
        s = 1.0 + t * z
        return t + a * (s + t * v)
    if ix >= 0x3FE5_9428:   # |x| >= 0.6744: tan(x) = tan(pi/4 - (pi/4 - x))
        if hx < 0:
            x, y = -x, -y
        z = _PIO4 - x
        w = _PIO4LO - y
        x = z + w
        y = 0.0
    z = x * x
    w = z * z
    # Odd and even terms in two halves, for better accuracy.
    r = _T[1] + w * (_T[3] + w * (_T[5] + w * (_T[7] + w * (_T[9] + w * _T[11]))))
    v = z * (_T[2] + w * (_T[4] + w * (_T[6] + w * (_T[8] + w * (_T[10] + w * _T[12])))))
    s = z * x
    r = y + z * (s * (r + v) + y)
    r += _T[0] * s
    w = x + r
    if ix >= 0x3FE5_9428:
        v = float(iy)
        return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)))
    if iy == 1:
        return w
    z = _zero_low(w)
    v = r - (z - x)
    t = a = -1.0 / w
    t = _zero_low(t)
    s = 1.0 + t * z
    return t + a * (s + t * v)


_INVPIO2 = 6.36619772367581382433e-01
_PIO2_1, _PIO2_1T = 1.57079632673412561417e+00, 6.07710050650619224932e-11
_PIO2_2, _PIO2_2T = 6.07710050630396597660e-11, 2.02226624879595063154e-21
_PIO2_3, _PIO2_3T = 2.02226624871116645580e-21, 8.47842766036889956997e-32
_NPIO2_HW = (
    0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C, 0x4025FDBB, 0x402921FB,
    0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C, 0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB,
    0x403AB41B, 0x403C463A, 0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
    0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB, 0x404858EB, 0x404921FB)

_PI_BITS = 1200
_pi_scaled: int | None = None


def _pi_times_2_pow(bits: int) -> int:
    """floor(pi * 2^bits) by Machin's formula, in integers (computed once)."""
    guard = bits + 20
    unit = 1 << guard

    def arctan_inv(n: int) -> int:
        total = term = unit // n
        k, n2, sign = 1, n * n, -1
        while term:
            term //= n2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total
    return (4 * (4 * arctan_inv(5) - arctan_inv(239))) >> 20


def _rem_pio2_exact(x: float) -> tuple[int, float, float]:
    """x - n*pi/2 for huge |x|, exactly, as the nearest double plus the nearest double of the rest."""
    global _pi_scaled
    if _pi_scaled is None:
        _pi_scaled = _pi_times_2_pow(_PI_BITS)
    half_pi = Fraction(_pi_scaled, 1 << (_PI_BITS + 1))
    q = Fraction(x)
    n = math.floor(q / half_pi + Fraction(1, 2))
    r = q - n * half_pi
    y0 = float(r)
    y1 = float(r - Fraction(y0))
    return n, y0, y1


def _rem_pio2(x: float) -> tuple[int, float, float]:
    """(n, y0, y1): x = n*pi/2 + y0 + y1 with |y0 + y1| <= pi/4 (fdlibm's __ieee754_rem_pio2)."""
    hx = _high(x)
    ix = hx & 0x7FFF_FFFF
    if ix <= 0x3FE9_21FB:
        return 0, x, 0.0
    if ix < 0x4002_D97C:    # |x| < 3pi/4: one subtraction of pi/2
        if hx > 0:
            z = x - _PIO2_1
            if ix != 0x3FF9_21FB:
                y0 = z - _PIO2_1T
                return 1, y0, (z - y0) - _PIO2_1T
            z -= _PIO2_2
            y0 = z - _PIO2_2T
            return 1, y0, (z - y0) - _PIO2_2T
        z = x + _PIO2_1
        if ix != 0x3FF9_21FB:
            y0 = z + _PIO2_1T
            return -1, y0, (z - y0) + _PIO2_1T
        z += _PIO2_2
        y0 = z + _PIO2_2T
        return -1, y0, (z - y0) + _PIO2_2T
    if ix <= 0x4139_21FB:   # |x| <= 2^19 pi/2: medium size, pi/2 in up to three pieces
        t = abs(x)
        n = int(t * _INVPIO2 + 0.5)
        fn = float(n)
        r = t - fn * _PIO2_1
        w = fn * _PIO2_1T
        y0 = r - w
        if not (n < 32 and ix != _NPIO2_HW[n - 1]):
            j = ix >> 20
            i = j - ((_high(y0) >> 20) & 0x7FF)
            if i > 16:      # a second iteration is needed: 118 bits
                t = r
                w = fn * _PIO2_2
                r = t - w
                w = fn * _PIO2_2T - ((t - r) - w)
                y0 = r - w
                i = j - ((_high(y0) >> 20) & 0x7FF)
                if i > 49:  # a third: 151 bits
                    t = r
                    w = fn * _PIO2_3
                    r = t - w
                    w = fn * _PIO2_3T - ((t - r) - w)
                    y0 = r - w
        y1 = (r - y0) - w
        if hx < 0:
            return -n, -y0, -y1
        return n, y0, y1
    if ix >= 0x7FF0_0000:
        return 0, NAN, NAN
    return _rem_pio2_exact(x)


def sin(x: float) -> float:
    ix = _high(x) & 0x7FFF_FFFF
    if ix <= 0x3FE9_21FB:
        return _kernel_sin(x, 0.0, 0)
    if ix >= 0x7FF0_0000:
        return NAN
    n, y0, y1 = _rem_pio2(x)
    n &= 3
    if n == 0:
        return _kernel_sin(y0, y1, 1)
    if n == 1:
        return _kernel_cos(y0, y1)
    if n == 2:
        return -_kernel_sin(y0, y1, 1)
    return -_kernel_cos(y0, y1)


def cos(x: float) -> float:
    ix = _high(x) & 0x7FFF_FFFF
    if ix <= 0x3FE9_21FB:
        return _kernel_cos(x, 0.0)
    if ix >= 0x7FF0_0000:
        return NAN
    n, y0, y1 = _rem_pio2(x)
    n &= 3
    if n == 0:
        return _kernel_cos(y0, y1)
    if n == 1:
        return -_kernel_sin(y0, y1, 1)
    if n == 2:
        return -_kernel_cos(y0, y1)
    return _kernel_sin(y0, y1, 1)


def tan(x: float) -> float:
    ix = _high(x) & 0x7FFF_FFFF
    if ix <= 0x3FE9_21FB:
        return _kernel_tan(x, 0.0, 1)
    if ix >= 0x7FF0_0000:
        return NAN
    n, y0, y1 = _rem_pio2(x)
    return _kernel_tan(y0, y1, 1 - ((n & 1) << 1))


# ---- inverse trigonometric ---------------------------------------------------------------------

_ATANHI = (4.63647609000806093515e-01, 7.85398163397448278999e-01, 9.82793723247329054082e-01,
           1.57079632679489655800e+00)
_ATANLO = (2.26987774529616870924e-17, 3.06161699786838301793e-17, 1.39033110312309984516e-17,
           6.12323399573676603587e-17)
_AT = (3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01,
       -1.11111104054623557880e-01, 9.09088713343650656196e-02, -7.69187620504482999495e-02,
       6.66107313738753120669e-02, -5.83357013379057348645e-02, 4.97687799461593236017e-02,
       -3.65315727442169155270e-02, 1.62858201153657823623e-02)


def atan(x: float) -> float:
    hx = _high(x)
    ix = hx & 0x7FFF_FFFF
    if ix >= 0x4410_0000:   # |x| >= 2^66
        if x != x:
            return x
        return _ATANHI[3] + _ATANLO[3] if hx > 0 else -_ATANHI[3] - _ATANLO[3]
    if ix < 0x3FDC_0000:    # |x| < 0.4375
        if ix < 0x3E40_0000:
            return x
        k = -1
    else:
        x = abs(x)
        if ix < 0x3FF3_0000:        # |x| < 1.1875
            if ix < 0x3FE6_0000:    # 7/16 <= |x| < 11/16
                k = 0
                x = (2.0 * x - 1.0) / (2.0 + x)
            else:                   # 11/16 <= |x| < 19/16
                k = 1
                x = (x - 1.0) / (x + 1.0)
        elif ix < 0x4003_8000:      # |x| < 2.4375
            k = 2
            x = (x - 1.5) / (1.0 + 1.5 * x)
        else:                       # 2.4375 <= |x| < 2^66
            k = 3
            x = -1.0 / x
    z = x * x
    w = z * z
    s1 = z * (_AT[0] + w * (_AT[2] + w * (_AT[4] + w * (_AT[6] + w * (_AT[8] + w * _AT[10])))))
    s2 = w * (_AT[1] + w * (_AT[3] + w * (_AT[5] + w * (_AT[7] + w * _AT[9]))))
    if k < 0:
        return x - x * (s1 + s2)
    z = _ATANHI[k] - ((x * (s1 + s2) - _ATANLO[k]) - x)
    return -z if hx < 0 else z


_PI = 3.1415926535897931160e+00
_PI_LO = 1.2246467991473531772e-16
_PI_O_2 = 1.5707963267948965580e+00
_PI_O_4 = 7.8539816339744827900e-01
_TINY = 1.0e-300


def atan2(y: float, x: float) -> float:
    if x != x or y != y:
        return NAN
    hx, lx = _high(x), _low(x)
    ix = hx & 0x7FFF_FFFF
    hy, ly = _high(y), _low(y)
    iy = hy & 0x7FFF_FFFF
    if ((hx - 0x3FF0_0000) | lx) == 0:
        return atan(y)      # x = 1.0
    m = ((hy >> 31) & 1) | ((hx >> 30) & 2)     # 2 * sign(x) + sign(y)
    if (iy | ly) == 0:      # y = +-0
        if m in (0, 1):
            return y
        return _PI + _TINY if m == 2 else -_PI - _TINY
    if (ix | lx) == 0:      # x = +-0
        return -_PI_O_2 - _TINY if hy < 0 else _PI_O_2 + _TINY
    if ix == 0x7FF0_0000:   # x = +-Infinity
        if iy == 0x7FF0_0000:
            return (_PI_O_4 + _TINY, -_PI_O_4 - _TINY, 3.0 * _PI_O_4 + _TINY, -3.0 * _PI_O_4 - _TINY)[m]
        return (0.0, -0.0, _PI + _TINY, -_PI - _TINY)[m]
    if iy == 0x7FF0_0000:
        return -_PI_O_2 - _TINY if hy < 0 else _PI_O_2 + _TINY
    k = (iy - ix) >> 20
    if k > 60:              # |y/x| > 2^60
        z = _PI_O_2 + 0.5 * _PI_LO
        m &= 1
    elif hx < 0 and k < -60:
        z = 0.0             # |y|/x < -2^60
    else:
        z = atan(abs(y / x))
    if m == 0:
        return z
    if m == 1:
        return -z
    if m == 2:
        return _PI - (z - _PI_LO)
    return (z - _PI_LO) - _PI


_PIO2_HI, _PIO2_LO, _PIO4_HI = 1.57079632679489655800e+00, 6.12323399573676603587e-17, 7.85398163397448278999e-01
_PS = (1.66666666666666657415e-01, -3.25565818622400915405e-01, 2.01212532134862925881e-01,
       -4.00555345006794114027e-02, 7.91534994289814532176e-04, 3.47933107596021167570e-05)
_QS = (-2.40339491173441421878e+00, 2.02094576023350569471e+00, -6.88283971605453293030e-01,
       7.70381505559019352791e-02)


def _asin_ratio(t: float) -> tuple[float, float]:
    p = t * (_PS[0] + t * (_PS[1] + t * (_PS[2] + t * (_PS[3] + t * (_PS[4] + t * _PS[5])))))
    q = 1.0 + t * (_QS[0] + t * (_QS[1] + t * (_QS[2] + t * _QS[3])))
    return p, q


def asin(x: float) -> float:
    hx = _high(x)
    ix = hx & 0x7FFF_FFFF
    if ix >= 0x3FF0_0000:   # |x| >= 1
        if ((ix - 0x3FF0_0000) | _low(x)) == 0:
            return x * _PIO2_HI + x * _PIO2_LO
        return NAN
    if ix < 0x3FE0_0000:    # |x| < 0.5
        if ix < 0x3E40_0000:
            return x
        t = x * x
        p, q = _asin_ratio(t)
        return x + x * (p / q)
    w = 1.0 - abs(x)
    t = w * 0.5
    p, q = _asin_ratio(t)
    s = math.sqrt(t)
    if ix >= 0x3FEF_3333:   # |x| > 0.975
        w = p / q
        t = _PIO2_HI - (2.0 * (s + s * w) - _PIO2_LO)
    else:
        w = _zero_low(s)
        c = (t - w * w) / (s + w)
        r = p / q
        p = 2.0 * s * r - (_PIO2_LO - 2.0 * c)
        q = _PIO4_HI - 2.0 * w
        t = _PIO4_HI - (p - q)
    return t if hx > 0 else -t


def acos(x: float) -> float:
    hx = _high(x)
    ix = hx & 0x7FFF_FFFF
    if ix >= 0x3FF0_0000:   # |x| >= 1
        if ((ix - 0x3FF0_0000) | _low(x)) == 0:
            return 0.0 if hx > 0 else _PI + 2.0 * _PIO2_LO
        return NAN
    if ix < 0x3FE0_0000:    # |x| < 0.5
        if ix <= 0x3C60_0000:
            return _PIO2_HI + _PIO2_LO
        z = x * x
        p, q = _asin_ratio(z)
        r = p / q
        return _PIO2_HI - (x - (_PIO2_LO - x * r))
    if hx < 0:              # x < -0.5
        z = (1.0 + x) * 0.5
        p, q = _asin_ratio(z)
        s = math.sqrt(z)
        r = p / q
        w = r * s - _PIO2_LO
        return _PI - 2.0 * (s + w)
    z = (1.0 - x) * 0.5     # x > 0.5
    s = math.sqrt(z)
    df = _zero_low(s)
    c = (z - df * df) / (s + df)
    p, q = _asin_ratio(z)
    r = p / q
    w = r * s + c
    return 2.0 * (df + w)


# ---- exp and log ------------------------------------------------------------------------------

_LN2_HI, _LN2_LO = 6.93147180369123816490e-01, 1.90821492927058770002e-10
_INVLN2 = 1.44269504088896338700e+00
_P1, _P2, _P3 = 1.66666666666666019037e-01, -2.77777777770155933842e-03, 6.61375632143793436117e-05
_P4, _P5 = -1.65339022054652515390e-06, 4.13813679705723846039e-08
_O_THRESHOLD, _U_THRESHOLD = 7.09782712893383973096e+02, -7.45133219101941108420e+02
_TWOM1000 = 9.33263618503218878990e-302
_TWO1023 = 8.98846567431157953865e+307
_E = 2.718281828459045


def exp(x: float) -> float:
    hx = _high(x)
    xsb = (hx >> 31) & 1
    hx &= 0x7FFF_FFFF
    if hx >= 0x4086_2E42:       # |x| >= 709.78...
        if hx >= 0x7FF0_0000:
            if x != x:
                return x
            return x if xsb == 0 else 0.0
        if x > _O_THRESHOLD:
            return INF
        if x < _U_THRESHOLD:
            return 0.0
    if hx > 0x3FD6_2E42:        # |x| > 0.5 ln2: reduce to r = x - k ln2, |r| <= 0.5 ln2
        if hx < 0x3FF0_A2B2:    # |x| < 1.5 ln2
            if x == 1.0:
                return _E       # V8 special-cases e, which the reduction would miss by an ulp
            hi = x - (_LN2_HI if xsb == 0 else -_LN2_HI)
            lo = _LN2_LO if xsb == 0 else -_LN2_LO
            k = 1 - xsb - xsb
        else:
            k = int(_INVLN2 * x + (0.5 if xsb == 0 else -0.5))
            t = float(k)
            hi = x - t * _LN2_HI
            lo = t * _LN2_LO
        x = hi - lo
    elif hx < 0x3E30_0000:      # |x| < 2^-28
        return 1.0 + x
    else:
        k = 0
        hi = lo = 0.0
    t = x * x
    twopk = _from_words(0x3FF0_0000 + (k << 20), 0) if k >= -1021 else \
        _from_words(0x3FF0_0000 + ((k + 1000) << 20), 0)
    c = x - t * (_P1 + t * (_P2 + t * (_P3 + t * (_P4 + t * _P5))))
    if k == 0:
        return 1.0 - ((x * c) / (c - 2.0) - x)
    y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi)
    if k >= -1021:
        if k == 1024:
            return y * 2.0 * _TWO1023
        return y * twopk
    return y * twopk * _TWOM1000


_LG = (6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01,
       2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01,
       1.479819860511658591e-01)
_TWO54 = 1.80143985094819840000e+16


def log(x: float) -> float:
    hx, lx = _high(x), _low(x)
    k = 0
    if hx < 0x0010_0000:        # x < 2^-1022
        if ((hx & 0x7FFF_FFFF) | lx) == 0:
            return -INF
        if hx < 0:
            return NAN
        k -= 54
        x *= _TWO54             # subnormal: scale up
        hx = _high(x)
    if hx >= 0x7FF0_0000:
        return x + x
    k += (hx >> 20) - 1023
    hx &= 0x000F_FFFF
    i = (hx + 0x95F64) & 0x10_0000
    x = _with_high(x, hx | (i ^ 0x3FF0_0000))     # normalize x or x/2 into [sqrt(2)/2, sqrt(2))
    k += i >> 20
    f = x - 1.0
    if (0x000F_FFFF & (2 + hx)) < 3:    # -2^-20 <= f < 2^-20
        if f == 0.0:
            if k == 0:
                return 0.0
            dk = float(k)
            return dk * _LN2_HI + dk * _LN2_LO
        r = f * f * (0.5 - 0.33333333333333333 * f)
        if k == 0:
            return f - r
        dk = float(k)
        return dk * _LN2_HI - ((r - dk * _LN2_LO) - f)
    s = f / (2.0 + f)
    dk = float(k)
    z = s * s
    i = hx - 0x6147A
    w = z * z
    j = 0x6B851 - hx
    t1 = w * (_LG[1] + w * (_LG[3] + w * _LG[5]))
    t2 = z * (_LG[0] + w * (_LG[2] + w * (_LG[4] + w * _LG[6])))
    i |= j
    r = t2 + t1
    if i > 0:
        hfsq = 0.5 * f * f
        if k == 0:
            return f - (hfsq - s * (hfsq + r))
        return dk * _LN2_HI - ((hfsq - (s * (hfsq + r) + dk * _LN2_LO)) - f)
    if k == 0:
        return f - s * (f - r)
    return dk * _LN2_HI - ((s * (f - r) - dk * _LN2_LO) - f)


def _k_log1p(f: float) -> float:
    """log(1 + f) - f + f*f/2 for f in [sqrt(2)/2 - 1, sqrt(2) - 1] (FreeBSD's k_log.h)."""
    s = f / (2.0 + f)
    z = s * s
    w = z * z
    t1 = w * (_LG[1] + w * (_LG[3] + w * _LG[5]))
    t2 = z * (_LG[0] + w * (_LG[2] + w * (_LG[4] + w * _LG[6])))
    r = t2 + t1
    hfsq = 0.5 * f * f
    return s * (hfsq + r)


def _log_split(x: float):
    """Shared prologue of log2 and log10: (k, f) with x = 2^k (1 + f), or a final result."""
    hx, lx = _high(x), _low(x)
    k = 0
    if hx < 0x0010_0000:
        if ((hx & 0x7FFF_FFFF) | lx) == 0:
            return None, -INF
        if hx < 0:
            return None, NAN
        k -= 54
        x *= _TWO54
        hx = _high(x)
    if hx >= 0x7FF0_0000:
        return None, x + x
    if hx == 0x3FF0_0000 and lx == 0:
        return None, 0.0
    k += (hx >> 20) - 1023
    hx &= 0x000F_FFFF
    i = (hx + 0x95F64) & 0x10_0000
    x = _with_high(x, hx | (i ^ 0x3FF0_0000))
    k += i >> 20
    return k, x - 1.0


_IVLN2HI, _IVLN2LO = 1.44269504072144627571e+00, 1.67517131648865118353e-10


def log2(x: float) -> float:
    k, f = _log_split(x)
    if k is None:
        return f
    y = float(k)
    hfsq = 0.5 * f * f
    r = _k_log1p(f)
    # f - hfsq with its low bits split off, so that the multiplications below are exact.
    hi = _zero_low(f - hfsq)
    lo = (f - hi) - hfsq + r
    val_hi = hi * _IVLN2HI
    val_lo = (lo + hi) * _IVLN2LO + lo * _IVLN2HI
    w = y + val_hi
    val_lo += (y - w) + val_hi
    val_hi = w
    return val_lo + val_hi


_IVLN10 = 4.34294481903251816668e-01
_LOG10_2HI, _LOG10_2LO = 3.01029995663611771306e-01, 3.69423907715893078616e-13


def log10(x: float) -> float:
    hx, lx = _high(x), _low(x)
    k = 0
    if hx < 0x0010_0000:
        if ((hx & 0x7FFF_FFFF) | lx) == 0:
            return -INF
        if hx < 0:
            return NAN
        k -= 54
        x *= _TWO54
        hx = _high(x)
        lx = _low(x)
    if hx >= 0x7FF0_0000:
        return x + x
    if hx == 0x3FF0_0000 and lx == 0:
        return 0.0
    k += (hx >> 20) - 1023
    # log10(x) = n log10(2) + log10(m) with x = 2^n m, m in [1, 2) (or [0.5, 1) for n < 0).
    i = 1 if k < 0 else 0
    hx = (hx & 0x000F_FFFF) | ((0x3FF - i) << 20)
    y = float(k + i)
    x = _from_words(hx, lx)
    z = y * _LOG10_2LO + _IVLN10 * log(x)
    return z + y * _LOG10_2HI


def log1p(x: float) -> float:
    hx = _high(x)
    ax = hx & 0x7FFF_FFFF
    k = 1
    f = c = 0.0
    hu = 0
    if hx < 0x3FDA_827A:        # 1 + x < sqrt(2)
        if ax >= 0x3FF0_0000:   # x <= -1
            return -INF if x == -1.0 else NAN
        if ax < 0x3E20_0000:    # |x| < 2^-29
            if ax < 0x3C90_0000:
                return x
            return x - x * x * 0.5
        if hx > 0 or hx <= -0x402D_413C:    # sqrt(2)/2 <= 1 + x < sqrt(2): no reduction
            k = 0
            f = x
            hu = 1
    if hx >= 0x7FF0_0000:
        return x + x
    if k != 0:
        if hx < 0x4340_0000:
            u = 1.0 + x
            hu = _high(u)
            k = (hu >> 20) - 1023
            c = 1.0 - (u - x) if k > 0 else x - (u - 1.0)    # the rounding error of 1 + x
            c /= u
        else:
            u = x
            hu = _high(u)
            k = (hu >> 20) - 1023
            c = 0.0
        hu &= 0x000F_FFFF
        if hu < 0x6A09E:        # u < sqrt(2)
            u = _with_high(u, hu | 0x3FF0_0000)
        else:
            k += 1
            u = _with_high(u, hu | 0x3FE0_0000)
            hu = (0x0010_0000 - hu) >> 2
        f = u - 1.0
    hfsq = 0.5 * f * f
    if hu == 0:                 # |f| < 2^-20
        if f == 0.0:
            if k == 0:
                return 0.0
            c += k * _LN2_LO
            return k * _LN2_HI + c
        r = hfsq * (1.0 - 0.66666666666666666 * f)
        if k == 0:
            return f - r
        return k * _LN2_HI - ((r - (k * _LN2_LO + c)) - f)
    s = f / (2.0 + f)
    z = s * s
    r = z * (_LG[0] + z * (_LG[1] + z * (_LG[2] + z * (_LG[3] + z * (_LG[4] + z * (_LG[5] + z * _LG[6]))))))
    if k == 0:
        return f - (hfsq - s * (hfsq + r))
    return k * _LN2_HI - ((hfsq - (s * (hfsq + r) + (k * _LN2_LO + c))) - f)


_Q = (-3.33333333333331316428e-02, 1.58730158725481460165e-03, -7.93650757867487942473e-05,
      4.00821782732936239552e-06, -2.01099218183624371326e-07)


def expm1(x: float) -> float:
    hx = _high(x)
    xsb = hx & 0x8000_0000
    hx &= 0x7FFF_FFFF
    if hx >= 0x4043_687A:       # |x| >= 56 ln2
        if hx >= 0x4086_2E42:   # |x| >= 709.78
            if hx >= 0x7FF0_0000:
                if x != x:
                    return x
                return x if xsb == 0 else -1.0
            if x > _O_THRESHOLD:
                return INF
        if xsb != 0:
            return -1.0         # x < -56 ln2
    if hx > 0x3FD6_2E42:        # |x| > 0.5 ln2
        if hx < 0x3FF0_A2B2:    # |x| < 1.5 ln2
            if xsb == 0:
                hi, lo, k = x - _LN2_HI, _LN2_LO, 1
            else:
                hi, lo, k = x + _LN2_HI, -_LN2_LO, -1
        else:
            k = int(_INVLN2 * x + (0.5 if xsb == 0 else -0.5))
            t = float(k)
            hi = x - t * _LN2_HI
            lo = t * _LN2_LO
        x = hi - lo
        c = (hi - x) - lo
    elif hx < 0x3C90_0000:      # |x| < 2^-54
        return x
    else:
        k = 0
        c = 0.0
    hfx = 0.5 * x
    hxs = x * hfx
    r1 = 1.0 + hxs * (_Q[0] + hxs * (_Q[1] + hxs * (_Q[2] + hxs * (_Q[3] + hxs * _Q[4]))))
    t = 3.0 - r1 * hfx
    e = hxs * ((r1 - t) / (6.0 - x * t))
    if k == 0:
        return x - (x * e - hxs)
    twopk = _from_words(0x3FF0_0000 + (k << 20), 0) if k != 1024 else 0.0
    e = x * (e - c) - c
    e -= hxs
    if k == -1:
        return 0.5 * (x - e) - 0.5
    if k == 1:
        if x < -0.25:
            return -2.0 * (e - (x + 0.5))
        return 1.0 + 2.0 * (x - e)
    if k <= -2 or k > 56:       # exp(x) - 1 is exp(x) to working precision
        y = 1.0 - (e - x)
        y = y * 2.0 * _TWO1023 if k == 1024 else y * twopk
        return y - 1.0
    if k < 20:
        t = _from_words(0x3FF0_0000 - (0x20_0000 >> k), 0)     # 1 - 2^-k
        y = t - (e - x)
        return y * twopk
    t = _from_words((0x3FF - k) << 20, 0)                       # 2^-k
    y = x - (e + t)
    y += 1.0
    return y * twopk


# ---- hyperbolic ---------------------------------------------------------------------------------

_LOG_MAXD = 709.7822265625
_HYPER_OVERFLOW = 710.4758600739439


def sinh(x: float) -> float:
    if x != x or math.isinf(x):
        return x
    h = -0.5 if x < 0 else 0.5
    ax = abs(x)
    if ax < 22.0:
        if ax < 3.725290298461914e-09:     # 2^-28
            return x
        t = expm1(ax)
        if ax < 1.0:
            return h * (2.0 * t - t * t / (t + 1.0))
        return h * (t + t / (t + 1.0))
    if ax < _LOG_MAXD:
        return h * exp(ax)
    if ax <= _HYPER_OVERFLOW:
        w = exp(0.5 * ax)
        t = h * w
        return t * w
    return x * 1.0e307 * 1.0e307


def cosh(x: float) -> float:
    ix = _high(x) & 0x7FFF_FFFF
    if ix < 0x3FD6_2E43:        # |x| < 0.5 ln2
        t = expm1(abs(x))
        w = 1.0 + t
        if ix < 0x3C80_0000:
            return w
        return 1.0 + (t * t) / (w + w)
    if ix < 0x4036_0000:        # |x| < 22
        t = exp(abs(x))
        return 0.5 * t + 0.5 / t
    if ix < 0x4086_2E42:
        return 0.5 * exp(abs(x))
    if abs(x) <= _HYPER_OVERFLOW:
        w = exp(0.5 * abs(x))
        t = 0.5 * w
        return t * w
    if ix >= 0x7FF0_0000:
        return x * x
    return INF


def tanh(x: float) -> float:
    jx = _high(x)
    ix = jx & 0x7FFF_FFFF
    if ix >= 0x7FF0_0000:
        if x != x:
            return x
        return 1.0 if jx >= 0 else -1.0
    if ix < 0x4036_0000:        # |x| < 22
        if ix < 0x3E30_0000:    # |x| < 2^-28
            return x
        if ix >= 0x3FF0_0000:   # |x| >= 1
            t = expm1(2.0 * abs(x))
            z = 1.0 - 2.0 / (t + 2.0)
        else:
            t = expm1(-2.0 * abs(x))
            z = -t / (t + 2.0)
    else:
        z = 1.0
    return z if jx >= 0 else -z


_LN2 = 6.93147180559945286227e-01


def asinh(x: float) -> float:
    hx = _high(x)
    ix = hx & 0x7FFF_FFFF
    if ix >= 0x7FF0_0000:
        return x + x
    if ix < 0x3E30_0000:        # |x| < 2^-28
        return x
    if ix > 0x41B0_0000:        # |x| > 2^28
        w = log(abs(x)) + _LN2
    elif ix > 0x4000_0000:      # 2 < |x| <= 2^28
        t = abs(x)
        w = log(2.0 * t + 1.0 / (math.sqrt(x * x + 1.0) + t))
    else:
        t = x * x
        w = log1p(abs(x) + t / (1.0 + math.sqrt(1.0 + t)))
    return w if hx > 0 else -w


def acosh(x: float) -> float:
    hx, lx = _high(x), _low(x)
    if x != x or hx < 0x3FF0_0000:
        return NAN
    if hx >= 0x41B0_0000:       # x > 2^28
        if hx >= 0x7FF0_0000:
            return x + x
        return log(x) + _LN2
    if ((hx - 0x3FF0_0000) | lx) == 0:
        return 0.0
    if hx > 0x4000_0000:        # 2 < x < 2^28
        t = x * x
        return log(2.0 * x - 1.0 / (x + math.sqrt(t - 1.0)))
    t = x - 1.0                 # 1 < x < 2
    return log1p(t + math.sqrt(2.0 * t + t * t))


def atanh(x: float) -> float:
    hx, lx = _high(x), _low(x)
    ix = hx & 0x7FFF_FFFF
    if x != x or (ix | ((lx | (-lx & 0xFFFF_FFFF)) >> 31)) > 0x3FF0_0000:   # |x| > 1
        return NAN
    if ix == 0x3FF0_0000:
        return math.copysign(INF, x)
    if ix < 0x3E30_0000:        # |x| < 2^-28
        return x
    x = abs(x)
    if ix < 0x3FE0_0000:        # |x| < 0.5
        t = x + x
        t = 0.5 * log1p(t + t * x / (1.0 - x))
    else:
        t = 0.5 * log1p((x + x) / (1.0 - x))
    return t if hx >= 0 else -t


# ---- cbrt ------------------------------------------------------------------------------------------

_B1, _B2 = 715094163, 696219795
_CP = (1.87595182427177009643, -1.88497979543377169875, 1.621429720105354466140,
       -0.758397934778766047437, 0.145996192886612446982)


def cbrt(x: float) -> float:
    hx = _high(x)
    sign = hx & 0x8000_0000
    hx &= 0x7FFF_FFFF
    if hx >= 0x7FF0_0000:
        return x + x
    # A first approximation to 5 bits from the exponent: divide it by 3.
    if hx < 0x0010_0000:        # zero or subnormal
        if (hx | _low(x)) == 0:
            return x
        t = x * 18014398509481984.0     # 2^54
        high = _high(t) & 0x7FFF_FFFF
        t = _from_words(sign | (high // 3 + _B2), 0)
    else:
        t = _from_words(sign | (hx // 3 + _B1), 0)
    # Then to 23 bits with a polynomial in r = t^3 / x.
    r = (t * t) * (t / x)
    t = t * ((_CP[0] + r * (_CP[1] + r * _CP[2])) + ((r * r) * r) * (_CP[3] + r * _CP[4]))
    # Round t away from zero to 23 bits, so that t*t is exact and t is above the cube root.
    t = _unpack_d(_pack_q(((_bits(t) + 0x8000_0000) & 0xFFFF_FFFF_C000_0000) & 0xFFFF_FFFF_FFFF_FFFF))[0]
    # One Newton step to 53 bits.
    s = t * t
    r = x / s
    w = t + t
    r = (r - t) / (w + r)
    return t + t * r


# ---- pow ------------------------------------------------------------------------------------------

_BP = (1.0, 1.5)
_DP_H = (0.0, 5.84962487220764160156e-01)
_DP_L = (0.0, 1.35003920212974897128e-08)
_L = (5.99999999999994648725e-01, 4.28571428578550184252e-01, 3.33333329818377432918e-01,
      2.72728123808534006489e-01, 2.30660745775561754067e-01, 2.06975017800338417784e-01)
_LG2, _LG2_H, _LG2_L = 6.93147180559945286227e-01, 6.93147182464599609375e-01, -1.90465429995776804525e-09
_OVT = 8.0085662595372944372e-17
_CP_, _CP_H, _CP_L = 9.61796693925975554329e-01, 9.61796700954437255859e-01, -7.02846165095275826516e-09
_IVLN2_H, _IVLN2_L = 1.44269502162933349609e+00, 1.92596299112661746887e-08
_HUGE = 1.0e300


def pow(x: float, y: float) -> float:
    hx, lx = _high(x), _low(x)
    hy, ly = _high(y), _low(y)
    ix = hx & 0x7FFF_FFFF
    iy = hy & 0x7FFF_FFFF
    if (iy | ly) == 0:
        return 1.0              # x ** 0 is 1, even for NaN
    if x != x or y != y:
        return NAN
    # yisint: 0 when y is not an integer, 1 for an odd integer, 2 for an even one (x < 0 only).
    yisint = 0
    if hx < 0:
        if iy >= 0x4340_0000:
            yisint = 2          # |y| >= 2^53: even
        elif iy >= 0x3FF0_0000:
            k = (iy >> 20) - 0x3FF
            if k > 20:
                j = ly >> (52 - k)
                if (j << (52 - k)) == ly:
                    yisint = 2 - (j & 1)
            elif ly == 0:
                j = iy >> (20 - k)
                if (j << (20 - k)) == iy:
                    yisint = 2 - (j & 1)
    if ly == 0:
        if iy == 0x7FF0_0000:   # y is +-Infinity
            if ((ix - 0x3FF0_0000) | lx) == 0:
                return NAN      # (+-1) ** +-Infinity
            if ix >= 0x3FF0_0000:
                return y if hy >= 0 else 0.0
            return 0.0 if hy >= 0 else -y
        if iy == 0x3FF0_0000:   # y is +-1
            if hy >= 0:
                return x
            return 1.0 / x if x else math.copysign(INF, x)
        if hy == 0x4000_0000:
            return x * x        # y is 2
        if hy == 0x3FE0_0000 and hx >= 0:
            return math.sqrt(x)     # y is 0.5
    ax = abs(x)
    if lx == 0 and (ix == 0x7FF0_0000 or ix == 0 or ix == 0x3FF0_0000):
        z = ax                  # x is +-0, +-Infinity or +-1
        if hy < 0:
            z = 1.0 / z if z else INF
        if hx < 0:
            if ((ix - 0x3FF0_0000) | yisint) == 0:
                return NAN      # (-1) ** non-integer
            if yisint == 1:
                z = -z
        return z
    n = (hx >> 31) + 1          # 0 for x < 0
    if (n | yisint) == 0:
        return NAN              # negative ** non-integer
    s = 1.0
    if (n | (yisint - 1)) == 0:
        s = -1.0                # negative ** odd integer
    if iy > 0x41E0_0000:        # |y| > 2^31
        if iy > 0x43F0_0000:    # |y| > 2^64: certain overflow or underflow
            if ix <= 0x3FEF_FFFF:
                return INF if hy < 0 else 0.0
            if ix >= 0x3FF0_0000:
                return INF if hy > 0 else 0.0
        if ix < 0x3FEF_FFFF:
            return s * INF if hy < 0 else s * 0.0
        if ix > 0x3FF0_0000:
            return s * INF if hy > 0 else s * 0.0
        # |1 - x| is tiny: log2(x) from its Taylor series
        t = ax - 1.0
        w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25))
        u = _IVLN2_H * t
        v = t * _IVLN2_L - w * _INVLN2
        t1 = _zero_low(u + v)
        t2 = v - (t1 - u)
    else:
        n = 0
        if ix < 0x0010_0000:    # subnormal x
            ax *= 9007199254740992.0
            n -= 53
            ix = _high(ax)
        n += (ix >> 20) - 0x3FF
        j = ix & 0x000F_FFFF
        ix = j | 0x3FF0_0000    # the mantissa, in [1, 2)
        if j <= 0x3988E:
            k = 0               # |x| < sqrt(3/2)
        elif j < 0xBB67A:
            k = 1               # |x| < sqrt(3)
        else:
            k = 0
            n += 1
            ix -= 0x0010_0000
        ax = _with_high(ax, ix)
        # ss = s_h + s_l = (x - 1) / (x + 1) or (x - 1.5) / (x + 1.5)
        u = ax - _BP[k]
        v = 1.0 / (ax + _BP[k])
        ss = u * v
        s_h = _zero_low(ss)
        t_h = _from_words(((ix >> 1) | 0x2000_0000) + 0x0008_0000 + (k << 18), 0)
        t_l = ax - (t_h - _BP[k])
        s_l = v * ((u - s_h * t_h) - s_h * t_l)
        # log(ax) = 2 s + 2/3 s^3 + ...
        s2 = ss * ss
        r = s2 * s2 * (_L[0] + s2 * (_L[1] + s2 * (_L[2] + s2 * (_L[3] + s2 * (_L[4] + s2 * _L[5])))))
        r += s_l * (s_h + ss)
        s2 = s_h * s_h
        t_h = _zero_low(3.0 + s2 + r)
        t_l = r - ((t_h - 3.0) - s2)
        u = s_h * t_h
        v = s_l * t_h + t_l * ss
        p_h = _zero_low(u + v)
        p_l = v - (p_h - u)
        z_h = _CP_H * p_h       # cp_h + cp_l = 2 / (3 log 2)
        z_l = _CP_L * p_h + p_l * _CP_ + _DP_L[k]
        t = float(n)
        # log2(ax) = (ss + ...) * 2 / (3 log 2) = n + dp_h + z_h + z_l
        t1 = _zero_low(((z_h + z_l) + _DP_H[k]) + t)
        t2 = z_l - (((t1 - t) - _DP_H[k]) - z_h)
    # y * log2(x) split as y1 * t1 + (y2 * t1 + y * t2)
    y1 = _zero_low(y)
    p_l = (y - y1) * t1 + y * t2
    p_h = y1 * t1
    z = p_l + p_h
    j, i = _high(z), _low(z)
    if j >= 0x4090_0000:        # z >= 1024
        if ((j - 0x4090_0000) | i) != 0 or p_l + _OVT > z - p_h:
            return s * INF
    elif (j & 0x7FFF_FFFF) >= 0x4090_CC00 and (      # z <= -1075
            (j & 0xFFFF_FFFF) != 0xC090_CC00 or i != 0 or p_l <= z - p_h):
        return s * 0.0
    # 2 ** (p_h + p_l)
    i = j & 0x7FFF_FFFF
    k = (i >> 20) - 0x3FF
    n = 0
    if i > 0x3FE0_0000:         # |z| > 0.5: n = [z + 0.5]
        n = j + (0x0010_0000 >> (k + 1))
        k = ((n & 0x7FFF_FFFF) >> 20) - 0x3FF
        t = _from_words(n & ~(0x000F_FFFF >> k), 0)
        n = ((n & 0x000F_FFFF) | 0x0010_0000) >> (20 - k)
        if j < 0:
            n = -n
        p_h -= t
    t = _zero_low(p_l + p_h)
    u = t * _LG2_H
    v = (p_l - (t - p_h)) * _LG2 + t * _LG2_L
    z = u + v
    w = v - (z - u)
    t = z * z
    t1 = z - t * (_P1 + t * (_P2 + t * (_P3 + t * (_P4 + t * _P5))))
    # V8 groups this differently from fdlibm ((z*t1)/(t1-2) - (w+z*w)); follow V8.
    r = (z * t1) / ((t1 - 2.0) - (w + z * w))
    z = 1.0 - (r - z)
    j = _high(z) + (n << 20)
    if (j >> 20) <= 0:
        z = math.ldexp(z, n)    # subnormal result
    else:
        z = _with_high(z, j)
    return s * z
