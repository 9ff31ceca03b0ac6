"""Charts of the office's funnel as inline SVG, for the dashboard page and the monthly
report's PDF alike (no script, no image request): the funnel as bars, week by week as lines,
the numbers written out, readable on a phone."""

from __future__ import annotations

from html import escape

from markupsafe import Markup

WIDTH = 360
ROW = 34
COLOURS = ("#7a8793", "#5b7fa3", "#0b4f6c", "#2a7f9e", "#8a6d1f", "#3f8f5f", "#1e7b4f")


def funnel_bars(items: list[tuple[str, int]], *, title: str) -> Markup:
    """One bar per stage (label, businesses), the first the widest."""
    top = max((n for _, n in items), default=0) or 1
    height = ROW * len(items) + 4
    out = [f'<svg class="chart funnel" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
           f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
           f"<title>{escape(title)}</title>"]
    room = WIDTH - 60
    for i, (name, n) in enumerate(items):
        y, w = i * ROW, room * n / top
        pct = f" ({100 * n / top:.0f}%)" if i else ""
        out.append(f'<text x="0" y="{y + 12}" class="lbl" font-size="11">{escape(name)}</text>'
                   f'<rect x="0" y="{y + 16}" width="{w:.1f}" height="13" '
                   f'fill="{COLOURS[i % len(COLOURS)]}"><title>{escape(name)}: {n}</title></rect>'
                   f'<text x="{w + 5:.1f}" y="{y + 27}" class="num" font-size="11">{n}{pct}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def week_lines(weeks: list[tuple[object, list[int]]], names: list[str], *, title: str,
               show: tuple[int, ...] = (0, 5, 6)) -> Markup:
    """Week by week: one line per stage of `show` (registered, ready, certified by default),
    the week's last day under each point."""
    if not weeks:
        return Markup("")
    height, left, bottom, top_pad = 190, 30, 34, 8
    plot_w, plot_h = WIDTH - left - 8, height - bottom - top_pad
    top = max((c[i] for _, c in weeks for i in show), default=0) or 1
    n = len(weeks)

    def xy(k: int, v: int) -> tuple[float, float]:
        x = left + (plot_w * k / (n - 1) if n > 1 else plot_w / 2)
        return x, top_pad + plot_h - plot_h * v / top

    out = [f'<svg class="chart weeks" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
           f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
           f"<title>{escape(title)}</title>",
           f'<line x1="{left}" y1="{top_pad + plot_h}" x2="{WIDTH - 8}" y2="{top_pad + plot_h}" '
           f'stroke="#999"/><text x="0" y="{top_pad + 8}" class="num" font-size="10">{top}</text>'
           f'<text x="0" y="{top_pad + plot_h}" class="num" font-size="10">0</text>']
    for k, (day, _) in enumerate(weeks):
        if k % max(1, n // 6) == 0 or k == n - 1:
            x, _y = xy(k, 0)
            label = day.strftime("%d/%m") if hasattr(day, "strftime") else str(day)
            anchor = "end" if k == n - 1 and n > 1 else "middle"
            out.append(f'<text x="{x:.1f}" y="{height - bottom + 16}" class="key" '
                       f'font-size="10" text-anchor="{anchor}">{label}</text>')
    for j, i in enumerate(show):
        colour = COLOURS[i % len(COLOURS)]
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(k, c[i]) for k, (_, c) in
                                                      enumerate(weeks)))
        out.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="2">'
                   f"<title>{escape(names[i])}: {weeks[-1][1][i]}</title></polyline>")
        x0 = j * 118
        out.append(f'<rect x="{x0}" y="{height - 12}" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{x0 + 14}" y="{height - 3}" class="key" font-size="10">'
                   f"{escape(names[i])} {weeks[-1][1][i]}</text>")
    out.append("</svg>")
    return Markup("".join(out))
