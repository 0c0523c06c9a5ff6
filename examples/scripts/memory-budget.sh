#!/bin/sh
# The heap the tool needs per MB of input: for each shape of hostile_inputs.py at SIZE MB, the
# smallest -Xmx (from the list below) with which `java -jar pilotplan.jar --file F` exits 0.
# usage: examples/scripts/memory-budget.sh [SIZE_MB] [JAR]      (run from the repository root)
set -u
SIZE=${1:-2}
JAR=${2:-examples/target/pilotplan.jar}
DIR=${TMPDIR:-/tmp}/pilotplan-memory-budget
python3 "$(dirname "$0")/hostile_inputs.py" "$SIZE" "$DIR" > /dev/null
for f in "$DIR"/*-"$SIZE"mb.txt; do
  found=none
  for heap in 16 24 32 48 64 96 128 192 256 384 512 768 1024; do
    start=$(date +%s.%N)
    if java -Xmx${heap}m -jar "$JAR" --file "$f" > /dev/null 2> "$DIR/err"; then
      end=$(date +%s.%N)
      found="${heap} MB ($(echo "$end - $start" | bc | cut -c1-5) s)"
      break
    fi
  done
  echo "$(basename "$f"): smallest heap $found"
done
