#!/usr/bin/env bash
# Prepares a blind review round: draws articles at random from the development corpus (an equal share from each
# section), generates the default quiz for each and renders it as a teacher sees it (prompt, options with the
# correct ones marked, accepted answers, explanation; no types, scores or ranks). Splits them among reviewers.
# usage: prepare.sh CORPUS_DIR OUT_DIR SEED [ARTICLES=20] [REVIEWERS=4]
set -euo pipefail
corpus=$1 out=$2 seed=$3 count=${4:-20} reviewers=${5:-4}
jar="$(dirname "$0")/../target/quiz-core.jar"
sections=("$corpus"/bbc/business "$corpus"/bbc/entertainment "$corpus"/bbc/politics "$corpus"/bbc/sport \
          "$corpus"/bbc/tech "$corpus"/health)
mkdir -p "$out"
random() { openssl enc -aes-256-ctr -pass pass:"$seed-$1" -nosalt </dev/zero 2>/dev/null; }
picked=()
for i in "${!sections[@]}"; do
  n=$(( count / ${#sections[@]} + (i < count % ${#sections[@]} ? 1 : 0) ))
  while read -r f; do picked+=("$f"); done < <(ls "${sections[$i]}"/*.txt | shuf -n "$n" --random-source=<(random "$i"))
done
: > "$out/articles.tsv"
for k in "${!picked[@]}"; do
  f=${picked[$k]} name="A$(printf %02d $((k + 1)))" reviewer=$(( k % reviewers + 1 ))
  dir="$out/reviewer$reviewer"; mkdir -p "$dir"
  cp "$f" "$dir/$name.article.txt"
  java -jar "$jar" generate "$f" --format text 2>&1 | sed -E 's/^([0-9]+)\. \[[A-Z_]+\] /Q\1. /' > "$dir/$name.questions.txt" || true
  printf '%s\t%s\treviewer%s\t%s\n' "$name" "${f#$corpus/}" "$reviewer" "$(grep -c "^Q[0-9]*\." "$dir/$name.questions.txt" || true)" >> "$out/articles.tsv"
done
cat "$out/articles.tsv"
