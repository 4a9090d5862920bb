package dev.gauntlet.chaos;

import dev.gauntlet.deploy.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * How many of the matching targets are hit, as Chaos Mesh's modes: {@code one}, {@code all},
 * {@code fixed} ({@code value} targets) or {@code fixed-percent} ({@code value}% of them, at least one).
 */
public record Mode(String kind, int value) {

  public static final List<String> KINDS = List.of("one", "all", "fixed", "fixed-percent");
  public static final Mode ONE = new Mode("one", 1);
  public static final Mode ALL = new Mode("all", 0);

  /** The chosen targets: a seeded shuffle of the candidates in id order, so a seed replays. */
  public List<Target> pick(List<Target> candidates, Random random) {
    List<Target> pool = new ArrayList<>(candidates);
    pool.sort(Comparator.comparing(Target::id));
    Collections.shuffle(pool, random);
    int n = switch (kind) {
      case "one" -> 1;
      case "all" -> pool.size();
      case "fixed" -> value;
      case "fixed-percent" -> pool.isEmpty() ? 0 : Math.max(1, (int) Math.floor(pool.size() * value / 100.0));
      default -> throw new IllegalStateException("unknown mode " + kind);
    };
    List<Target> chosen = new ArrayList<>(pool.subList(0, Math.min(n, pool.size())));
    chosen.sort(Comparator.comparing(Target::id));
    return chosen;
  }
}
