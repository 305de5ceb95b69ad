"""SVG path data → polylines. Handles every path command (M L H V C S Q T A Z, absolute and relative).

KanjiVG itself uses only M/m (m only first, i.e. absolute), C/c with repeated argument groups, and S/s; our own
allograph templates may use the rest. Curves are flattened with a point count that follows their length, so
long strokes stay smooth and short ones stay cheap to rasterise.
"""

from __future__ import annotations

import math
import re

import numpy as np

from guiapp.core.text import Plural, Text

_TOKEN = re.compile(r"([MmLlHhVvCcSsQqTtAaZz])|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)")
_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}
STEP = 4.0  # target spacing of flattened points, in path units (KanjiVG's box is 109 units wide)


class PathError(ValueError):
    pass


def _tokens(d: str) -> list[str | float]:
    out: list[str | float] = []
    pos = 0
    for match in _TOKEN.finditer(d):
        gap = d[pos : match.start()]
        if gap.strip(" \t\r\n,"):
            raise PathError(Text("unexpected {0!r} in path data", gap.strip()))
        out.append(match.group(1) if match.group(1) else float(match.group(2)))
        pos = match.end()
    if d[pos:].strip(" \t\r\n,"):
        raise PathError(Text("unexpected {0!r} at the end of path data", d[pos:].strip()))
    return out


def _bezier(p0, p1, p2, p3) -> np.ndarray:
    length = math.dist(p0, p1) + math.dist(p1, p2) + math.dist(p2, p3)
    n = max(2, min(32, int(math.ceil(length / STEP))))
    t = np.linspace(0.0, 1.0, n + 1)[1:, None]
    a, b, c, d = (np.asarray(p, dtype=np.float64) for p in (p0, p1, p2, p3))
    return ((1 - t) ** 3) * a + 3 * ((1 - t) ** 2) * t * b + 3 * (1 - t) * (t**2) * c + (t**3) * d


def _arc(p0, rx, ry, phi_deg, large, sweep, p1) -> np.ndarray:
    """Endpoint-parameterised elliptical arc (SVG spec, appendix F.6) flattened to points after p0."""
    if rx == 0 or ry == 0 or p0 == p1:
        return np.asarray([p1], dtype=np.float64)
    rx, ry = abs(rx), abs(ry)
    phi = math.radians(phi_deg)
    cos_p, sin_p = math.cos(phi), math.sin(phi)
    dx, dy = (p0[0] - p1[0]) / 2, (p0[1] - p1[1]) / 2
    x1p, y1p = cos_p * dx + sin_p * dy, -sin_p * dx + cos_p * dy
    lam = (x1p / rx) ** 2 + (y1p / ry) ** 2
    if lam > 1:
        rx, ry = rx * math.sqrt(lam), ry * math.sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    den = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    coef = math.sqrt(max(0.0, num / den)) if den else 0.0
    if bool(large) == bool(sweep):
        coef = -coef
    cxp, cyp = coef * rx * y1p / ry, -coef * ry * x1p / rx
    cx = cos_p * cxp - sin_p * cyp + (p0[0] + p1[0]) / 2
    cy = sin_p * cxp + cos_p * cyp + (p0[1] + p1[1]) / 2
    theta1 = math.atan2((y1p - cyp) / ry, (x1p - cxp) / rx)
    theta2 = math.atan2((-y1p - cyp) / ry, (-x1p - cxp) / rx)
    delta = theta2 - theta1
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    n = max(2, min(64, int(math.ceil(abs(delta) * max(rx, ry) / STEP))))
    t = theta1 + delta * np.linspace(0, 1, n + 1)[1:]
    x = cx + rx * np.cos(t) * cos_p - ry * np.sin(t) * sin_p
    y = cy + rx * np.cos(t) * sin_p + ry * np.sin(t) * cos_p
    return np.stack([x, y], axis=1)


def parse_path(d: str) -> list[np.ndarray]:
    """Path data → one (n, 2) polyline per subpath (each M starts a new one)."""
    tokens = _tokens(d)
    subpaths: list[list[np.ndarray]] = []
    current: list[np.ndarray] = []
    pos = (0.0, 0.0)
    start = pos
    last_ctrl: tuple[float, float] | None = None  # for S/s and T/t reflection
    last_cmd = ""
    i = 0
    cmd = None
    while i < len(tokens):
        token = tokens[i]
        if isinstance(token, str):
            cmd = token
            i += 1
            if cmd in "Zz":
                if current:
                    current.append(np.asarray([start], dtype=np.float64))
                pos, last_ctrl, last_cmd = start, None, "Z"
                continue
        elif cmd is None:
            raise PathError(Text("path data must start with a command (M)"))
        upper = cmd.upper()
        arity = _ARITY[upper]
        args = tokens[i : i + arity]
        if len(args) < arity or any(isinstance(a, str) for a in args):
            raise PathError(Plural("command {0} needs %Ln number(s)", "", arity, cmd))
        i += arity
        relative = cmd.islower() and not (upper == "M" and not subpaths and not current)
        ox, oy = pos if relative else (0.0, 0.0)
        if upper == "M":
            if current:
                subpaths.append(current)
            pos = (args[0] + ox, args[1] + oy)
            start = pos
            current = [np.asarray([pos], dtype=np.float64)]
            cmd = "l" if cmd == "m" else "L"  # further pairs after M are implicit line-tos
            last_ctrl, last_cmd = None, "M"
            continue
        if not current:
            current = [np.asarray([pos], dtype=np.float64)]
        if upper == "L":
            new = (args[0] + ox, args[1] + oy)
            current.append(np.asarray([new]))
            pos, last_ctrl = new, None
        elif upper == "H":
            pos, last_ctrl = (args[0] + ox, pos[1]), None
            current.append(np.asarray([pos]))
        elif upper == "V":
            pos, last_ctrl = (pos[0], args[0] + oy), None
            current.append(np.asarray([pos]))
        elif upper in "CS":
            if upper == "C":
                c1 = (args[0] + ox, args[1] + oy)
                c2, end = (args[2] + ox, args[3] + oy), (args[4] + ox, args[5] + oy)
            else:
                c1 = _reflect(pos, last_ctrl) if last_cmd in ("C", "S") else pos
                c2, end = (args[0] + ox, args[1] + oy), (args[2] + ox, args[3] + oy)
            current.append(_bezier(pos, c1, c2, end))
            pos, last_ctrl = end, c2
        elif upper in "QT":
            if upper == "Q":
                q = (args[0] + ox, args[1] + oy)
                end = (args[2] + ox, args[3] + oy)
            else:
                q = _reflect(pos, last_ctrl) if last_cmd in ("Q", "T") else pos
                end = (args[0] + ox, args[1] + oy)
            # A quadratic is the cubic with control points 2/3 of the way to q.
            c1 = (pos[0] + 2 / 3 * (q[0] - pos[0]), pos[1] + 2 / 3 * (q[1] - pos[1]))
            c2 = (end[0] + 2 / 3 * (q[0] - end[0]), end[1] + 2 / 3 * (q[1] - end[1]))
            current.append(_bezier(pos, c1, c2, end))
            pos, last_ctrl = end, q
        elif upper == "A":
            end = (args[5] + ox, args[6] + oy)
            current.append(_arc(pos, args[0], args[1], args[2], args[3], args[4], end))
            pos, last_ctrl = end, None
        last_cmd = upper
    if current:
        subpaths.append(current)
    return [np.concatenate(parts) for parts in subpaths]


def _reflect(pos, ctrl) -> tuple[float, float]:
    if ctrl is None:
        return pos
    return (2 * pos[0] - ctrl[0], 2 * pos[1] - ctrl[1])
