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
  # the quarter's PDFs, as CuadCorpus.quarter splits the ids
  rm -rf "$out/pdf-$k" && mkdir -p "$out/pdf-$k"
  python3 - "$cuad" "$k" "$out/pdf-$k" <<'PY'
import hashlib, json, os, sys
cuad, k, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
for line in open(os.path.join(cuad, "dev", "labels.jsonl"), encoding="utf-8"):
    if not line.strip():
        continue
    cid = json.loads(line)["id"]
    digit = int(hashlib.sha1(cid.encode("utf-8")).hexdigest()[0], 16)
    pdf = os.path.join(cuad, "dev", "pdf", cid + ".pdf")
    if digit < 13 and min(digit // 3, 3) == k and os.path.exists(pdf):
        os.symlink(pdf, os.path.join(target, cid + ".pdf"))
PY
  "$here/pactum" train-clauses --cuad "$cuad" --leave-out "$k" --out "$out/model-$k" > "$out/model-$k.log"
  "$here/pactum" extract "$out/pdf-$k" --format jsonl --no-ocr --clause-model "$out/model-$k" >> "$out/preds.jsonl" \
    2> "$out/extract-$k.log"
  echo "quarter $k: $(ls "$out/pdf-$k" | wc -l) contracts, $(grep 'tuning (out of fold)' "$out/model-$k.log")"
done
python3 - "$cuad" "$out/labels.jsonl" <<'PY'
import hashlib, json, os, sys
cuad, target = sys.argv[1], sys.argv[2]
with open(target, "w", encoding="utf-8") as f:
    for line in open(os.path.join(cuad, "dev", "labels.jsonl"), encoding="utf-8"):
        if line.strip() and int(hashlib.sha1(json.loads(line)["id"].encode("utf-8")).hexdigest()[0], 16) < 13:
            f.write(line)
PY
python3 "$cuad/score.py" "$out/labels.jsonl" "$out/preds.jsonl" --by-category > "$out/scores.txt"
tail -n 1 "$out/scores.txt"
