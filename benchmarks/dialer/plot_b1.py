#!/usr/bin/env python3
"""Draws B1's occupancy by scenario and strategy as an SVG bar chart (standard library only).

usage: plot_b1.py B1.jsonl OUT.svg
"""
import json
import sys
from xml.sax.saxutils import escape

COLOURS = {"progressive": "#9e9e9e", "vicidial-adapt-hard-limit": "#f4a261", "vicidial-adapt-tapered": "#e76f51",
           "bpohub-forecast": "#2a9d8f", "known-free-times": "#8ab17d", "clairvoyant": "#264653"}


def main(source, target):
    rows = [json.loads(line) for line in open(source) if line.strip()]
    rows = [r for r in rows if "scenario" in r]
    scenarios = list(dict.fromkeys(r["scenario"] for r in rows))
    strategies = [s for s in COLOURS if any(r["strategy"] == s for r in rows)]
    by = {(r["scenario"], r["strategy"]): r for r in rows}
    left, top, height, bar, gap = 60, 40, 300, 22, 40
    width = left + len(scenarios) * (len(strategies) * bar + gap) + 250
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{top + height + 70}" font-family="sans-serif" font-size="12">',
           f'<text x="{left}" y="20" font-size="14">B1: agent occupancy (talk + wrap-up / logged-in time), mean of seeds; label: worst 24 h abandon rate</text>']
    for pct in range(0, 101, 20):
        y = top + height - height * pct / 100
        svg.append(f'<line x1="{left}" y1="{y}" x2="{width - 240}" y2="{y}" stroke="#ddd"/>')
        svg.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end">{pct} %</text>')
    for i, scenario in enumerate(scenarios):
        x0 = left + gap / 2 + i * (len(strategies) * bar + gap)
        for j, strategy in enumerate(strategies):
            row = by.get((scenario, strategy))
            if row is None:
                continue
            h = height * row["occupancy"]
            x = x0 + j * bar
            svg.append(f'<rect x="{x}" y="{top + height - h}" width="{bar - 2}" height="{h}" fill="{COLOURS[strategy]}">'
                       f'<title>{escape(strategy)}: {row["occupancy"]:.1%}, worst 24 h abandon {row["abandon_worst_24h"]:.2%}</title></rect>')
            svg.append(f'<text x="{x + bar / 2 - 1}" y="{top + height - h - 4}" text-anchor="middle" font-size="9">{row["occupancy"] * 100:.0f}</text>')
            svg.append(f'<text transform="translate({x + bar / 2 + 3},{top + height + 8}) rotate(90)" font-size="8">{row["abandon_worst_24h"] * 100:.2f}%</text>')
        agents = by[(scenario, strategies[0])]["agents"]
        svg.append(f'<text x="{x0 + len(strategies) * bar / 2}" y="{top + height + 60}" text-anchor="middle">{escape(scenario)} ({agents} agents)</text>')
    for j, strategy in enumerate(strategies):
        y = top + 10 + j * 20
        svg.append(f'<rect x="{width - 230}" y="{y}" width="14" height="14" fill="{COLOURS[strategy]}"/>')
        svg.append(f'<text x="{width - 210}" y="{y + 11}">{escape(strategy)}</text>')
    svg.append("</svg>")
    with open(target, "w") as f:
        f.write("\n".join(svg) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
