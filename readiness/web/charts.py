"""Charts as inline SVG made on the server (no script, no image request): horizontal bars,
each split in two (certified / not, on a certificate / not), with the numbers written out,
readable on a phone (the label sits above its bar) and on a desk screen."""

from __future__ import annotations

from html import escape

from markupsafe import Markup

WIDTH = 360
ROW = 38
BAR = 14
YES, NO = "#1e7b4f", "#c9473d"


def split_bars(data: dict[str, list[int]], label, *, title: str, yes: str, no: str,
               limit: int = 15) -> Markup:
    """`data` {key: [yes, no]}, largest first; `label(key)` the words for a key."""
    rows = sorted(data.items(), key=lambda kv: (-(kv[1][0] + kv[1][1]), str(kv[0])))[:limit]
    top = max((a + b for _, (a, b) in rows), default=0) or 1
    height = ROW * len(rows) + 34
    out = [f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
           f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
           f"<title>{escape(title)}</title>"]
    room = WIDTH - 56
    for i, (key, (a, b)) in enumerate(rows):
        y = i * ROW
        wa, wb = room * a / top, room * b / top
        name = escape(str(label(key)))
        out.append(f'<text x="0" y="{y + 13}" class="lbl">{name}</text>')
        if wa:
            out.append(f'<rect x="0" y="{y + 17}" width="{wa:.1f}" height="{BAR}" fill="{YES}">'
                       f"<title>{name}: {escape(yes)} {a}</title></rect>")
        if wb:
            out.append(f'<rect x="{wa:.1f}" y="{y + 17}" width="{wb:.1f}" height="{BAR}" '
                       f'fill="{NO}"><title>{name}: {escape(no)} {b}</title></rect>')
        out.append(f'<text x="{wa + wb + 5:.1f}" y="{y + 29}" class="num">{a} / {a + b}</text>')
    y = ROW * len(rows) + 10
    out.append(f'<rect x="0" y="{y}" width="12" height="12" fill="{YES}"/>'
               f'<text x="18" y="{y + 11}" class="key">{escape(yes)}</text>'
               f'<rect x="180" y="{y}" width="12" height="12" fill="{NO}"/>'
               f'<text x="198" y="{y + 11}" class="key">{escape(no)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def count_bars(items: list[tuple[str, int]], *, title: str) -> Markup:
    """One bar per item (label, n), e.g. the requirements failed most often."""
    top = max((n for _, n in items), default=0) or 1
    height = ROW * len(items) + 4
    out = [f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
           f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
           f"<title>{escape(title)}</title>"]
    room = WIDTH - 56
    for i, (name, n) in enumerate(items):
        y = i * ROW
        w = room * n / top
        out.append(f'<text x="0" y="{y + 13}" class="lbl">{escape(name)}</text>'
                   f'<rect x="0" y="{y + 17}" width="{w:.1f}" height="{BAR}" fill="#0b4f6c"/>'
                   f'<text x="{w + 5:.1f}" y="{y + 29}" class="num">{n}</text>')
    out.append("</svg>")
    return Markup("".join(out))
