package dev.gauntlet.yaml;

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

  /** Edit distance where swapping two neighbours counts as one edit ('dahs' is 1 from 'dash'). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
