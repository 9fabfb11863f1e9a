#!/usr/bin/env bash
# Scores the whole extraction pipeline out of fold on the CUAD training part: each quarter of the
# training contracts is extracted with a clause model trained and tuned without it, so a change to
# what runs after the categoriser (rules, prerequisites, field clauses) can be judged on 339
# contracts without looking at the held-out 78. About 10 minutes on 2 cores.
#
#   bench/cuad-out-of-fold.sh ../shared/cuad /tmp/oof
#
# Writes OUT/model-K (the four models), OUT/preds.jsonl (every training contract, each from the
# model that did not see it), OUT/labels.jsonl (their labels) and OUT/scores.txt (the scorer's
# figures by category).
set -euo pipefail
cuad=$(cd "${1:?the CUAD folder, holding dev/}" && pwd)
out=${2:?a folder for the models and predictions}
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
: > "$out/preds.jsonl"
for k in 0 1 2 3; do
  "$here/pactum" train-clauses --cuad "$cuad" --leave-out "$k" --out "$out/model-$k" > "$out/model-$k.log"
  # the quarter's PDFs: the ids train-clauses left out, so that the split is decided in one place
  rm -rf "$out/pdf-$k" && mkdir -p "$out/pdf-$k"
  while read -r id; do
    if [ -f "$cuad/dev/pdf/$id.pdf" ]; then ln -s "$cuad/dev/pdf/$id.pdf" "$out/pdf-$k/$id.pdf"; fi
  done < "$out/model-$k/left-out-ids.txt"
  "$here/pactum" extract "$out/pdf-$k" --format jsonl --no-ocr --clause-model "$out/model-$k" >> "$out/preds.jsonl" \
    2> "$out/extract-$k.log"
  echo "quarter $k: $(ls "$out/pdf-$k" | wc -l) contracts, $(grep 'tuning (out of fold)' "$out/model-$k.log")"
done
# the labels of the contracts scored: those the four quarters left out
cat "$out"/model-?/left-out-ids.txt | python3 -c '
import json, sys
ids = set(sys.stdin.read().splitlines())
with open(sys.argv[1], encoding="utf-8") as labels, open(sys.argv[2], "w", encoding="utf-8") as out:
    out.writelines(l for l in labels if l.strip() and json.loads(l)["id"] in ids)
' "$cuad/dev/labels.jsonl" "$out/labels.jsonl"
python3 "$cuad/score.py" "$out/labels.jsonl" "$out/preds.jsonl" --by-category > "$out/scores.txt"
tail -n 1 "$out/scores.txt"
