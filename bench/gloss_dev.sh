#!/bin/bash
# Score every dev gloss sheet (holdout10-91) with all re-judgement files; run from a worktree root
# with the venv active. Prints one line per sheet and a pooled line.
R="--rejudged tests/data/gloss_judgements_dev.tsv --rejudged tests/data/gloss_judgements_48_end.tsv --rejudged tests/data/gloss_judgements_52_end.tsv --rejudged tests/data/gloss_judgements_56_mid.tsv --rejudged tests/data/gloss_judgements_60_end.tsv --rejudged tests/data/gloss_judgements_64_end.tsv --rejudged tests/data/gloss_judgements_68_end.tsv --rejudged tests/data/gloss_judgements_72_end.tsv --rejudged tests/data/gloss_judgements_76_end.tsv --rejudged tests/data/gloss_judgements_84_end.tsv --rejudged tests/data/gloss_judgements_86_end.tsv --rejudged tests/data/gloss_judgements_88_end.tsv --rejudged tests/data/gloss_judgements_90_end.tsv --rejudged tests/data/gloss_judgements_36_changed.tsv --rejudged tests/data/gloss_judgements_40_end.tsv --rejudged tests/data/gloss_judgements_44_end.tsv"
for extra in tests/data/gloss_judgements_*morph9* tests/data/gloss_judgements_morph1[0-9]*.tsv tests/data/gloss_judgements_gloss2[5-9]*.tsv tests/data/gloss_judgements_gloss3[0-9]*.tsv tests/data/gloss_judgements_lead2[6-9]*.tsv tests/data/gloss_judgements_lead3[0-9]*.tsv tests/data/gloss_judgements_rev_cards3[0-9]*.tsv tests/data/gloss_judgements_cards3[0-9]*.tsv tests/data/gloss_judgements_rev2[6-9]*.tsv tests/data/gloss_judgements_names1[0-9]*.tsv tests/data/gloss_judgements_frames1[0-9]*.tsv tests/data/gloss_judgements_frames3[0-9]*.tsv tests/data/gloss_judgements_rev_gloss2[89]*.tsv tests/data/gloss_judgements_morph2[0-9]*.tsv tests/data/gloss_judgements_morph3[0-9]*.tsv tests/data/gloss_judgements_compounds3*.tsv tests/data/gloss_judgements_compound3[0-9]*.tsv tests/data/gloss_judgements_rev_gloss3[0-9]*.tsv tests/data/gloss_judgements_sep3[0-9]*.tsv tests/data/gloss_judgements_idioms3[0-9]*.tsv; do [ -f "$extra" ] && R="$R --rejudged $extra"; done
F=tests/fixtures
run() { echo "== $1"; python -m bench.gloss_judge score tests/data/$1 "${@:2}" $R $MISSES 2>&1 | grep -v '^$'; }
{
run gloss_judgements.tsv $F/news_holdout1[012]_de.txt
run gloss_judgements_13.tsv $F/news_holdout13_de.txt
for n in 14 16 18 20 22 24 26 28 32 34; do m=$((n+1)); run gloss_judgements_$n.tsv $F/news_holdout${n}_de.txt $F/news_holdout${m}_de.txt; done
for n in 30 36 38 40 42; do m=$((n+1)); run gloss_judgements_${n}_base.tsv $F/news_holdout${n}_de.txt $F/news_holdout${m}_de.txt; done
run gloss_judgements_44_base.tsv $F/news_holdout4[4-7]_de.txt
for n in 48 50 52 54 56 58 60 62 64 66 68 70 72 74 76 78 80 82 84 86 88 90; do m=$((n+1)); run gloss_judgements_${n}_base.tsv $F/news_holdout${n}_de.txt $F/news_holdout${m}_de.txt; done
} | awk '{ print }
  /top-3 right:/ { split($0, a, /[(\/)]/); t3 += a[2]; n3 += a[3] }
  /top-1 right:/ { split($0, a, /[(\/)]/); t1 += a[2]; n1 += a[3] }
  END { if (n3) printf "== pooled\ntop-3 right: %.4f (%d/%d)\ntop-1 right: %.4f (%d/%d)\n", t3 / n3, t3, n3, t1 / n1, t1, n1 }'
