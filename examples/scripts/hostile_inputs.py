#!/usr/bin/env python3
"""Writes the hostile input shapes of the README's "Bad input" and memory budget, SIZE MB each.

usage: hostile_inputs.py SIZE_MB OUT_DIR [SHAPE ...]

Shapes (each file is UTF-8, SIZE MB give or take one line):
  headings   一、 lines: a top-level heading per line, each a section of its own
  items      1、 lines, each a task with a deadline and a unit annotation
  junk       lines of digits, brackets, 年 and 、 without sense
  seed       the seed page over and over (a multi-page dump)
  longlines  lines of 100,000 characters: an item with a long statement
  oneline    a single line of SIZE MB: an item whose statement never ends
  nested     lines of labels nested eight deep ((一) 1、 (1) ① …), each with an annotation
"""
import os
import random
import sys

SEED = os.path.join(os.path.dirname(__file__), "..", "..", "seeds", "000_8ddc76576f8f43b0.txt")


def lines(shape, rnd):
    n = 0
    while True:
        n += 1
        if shape == "headings":
            yield "一、总则\n"
        elif shape == "items":
            yield f"{n % 99 + 1}、{2010 + n % 10}年前完成第{n}项调查研究工作。(责任单位:市民政局、市财政局)\n"
        elif shape == "junk":
            yield "".join(rnd.choice("0123456789()（）年、一二三.%") for _ in range(rnd.randint(1, 80))) + "\n"
        elif shape == "seed":
            with open(SEED, encoding="utf-8") as f:
                yield f.read()
        elif shape == "longlines":
            yield f"{n % 99 + 1}、" + "开展社区建设工作," * 12_500 + "(责任单位:市民政局)\n"
        elif shape == "nested":
            yield f"（{'一二三四五六七八九十'[n % 10]}）总则\n{n % 9 + 1}、目标\n（{n % 9 + 1}）2011年前完成调查。(责任单位:市财政局)\n"
        else:
            raise SystemExit("unknown shape " + shape)


def write(shape, size, path):
    rnd = random.Random(42)
    with open(path, "w", encoding="utf-8") as out:
        if shape == "oneline":
            out.write("1、")
            chunk = "开展社区建设工作,完成调查研究。" * 1000
            written = 0
            while written < size:
                out.write(chunk)
                written += len(chunk.encode("utf-8"))
            out.write("(责任单位:市民政局)\n")
            return
        written = 0
        for line in lines(shape, rnd):
            out.write(line)
            written += len(line.encode("utf-8"))
            if written >= size:
                break


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    size = int(float(sys.argv[1]) * 1024 * 1024)
    out_dir = sys.argv[2]
    shapes = sys.argv[3:] or ["headings", "items", "junk", "seed", "longlines", "oneline", "nested"]
    os.makedirs(out_dir, exist_ok=True)
    for shape in shapes:
        path = os.path.join(out_dir, f"{shape}-{sys.argv[1]}mb.txt")
        write(shape, size, path)
        print(path)


if __name__ == "__main__":
    main()
