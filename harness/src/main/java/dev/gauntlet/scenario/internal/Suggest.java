package dev.gauntlet.scenario.internal;

import java.util.Collection;
import java.util.Optional;

/** "did you mean ...?": the known word closest to a typo, if it is close enough to be a typo. */
public final class Suggest {

  private Suggest() {}

  public static Optional<String> closest(String seen, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(seen.toLowerCase(), candidate.toLowerCase());
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    // a third of the word may differ: 'gatways' -> gateways, but 'foo' suggests nothing
    int allowed = Math.max(1, seen.length() / 3);
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }

  /** " (did you mean X?)" or "". */
  public static String hint(String seen, Collection<String> known) {
    return closest(seen, known).map(s -> " (did you mean " + s + "?)").orElse("");
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
