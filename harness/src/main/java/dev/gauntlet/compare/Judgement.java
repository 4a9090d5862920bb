package dev.gauntlet.compare;

/**
 * A verdict and, for {@code no data}, why: the table and the JSON show it so a reader knows which
 * option (--min-count, --min-tail) or which missing field kept a statistic from being judged.
 *
 * @param verdict what the change amounts to
 * @param reason why there is no verdict, e.g. "too few samples beyond p99 (120 x 1% = 1.2 < --min-tail 10)";
 *     null when judged
 */
record Judgement(Verdict verdict, String reason) {

  static Judgement of(Verdict verdict) {
    return new Judgement(verdict, null);
  }

  static Judgement noData(String reason) {
    return new Judgement(Verdict.NO_DATA, reason);
  }
}
