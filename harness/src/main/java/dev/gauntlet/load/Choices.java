package dev.gauntlet.load;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The seeded choices of one virtual user: its app, its think times, its entry points. Each user
 * draws from its own generator seeded by (plan seed, vu), so a run with the same seed makes the
 * same choices whatever the thread timing. MUTABLE (the generator advances): one per user.
 */
public final class Choices {

  private final Plan plan;
  private final long vu;
  private final SplittableRandom random;

  public Choices(Plan plan, long vu) {
    this.plan = plan;
    this.vu = vu;
    this.random = new SplittableRandom(plan.seed() * 0x9E3779B97F4A7C15L + vu);
  }

  /** The app this user visits, by the mix's relative weights. */
  public Plan.App app() {
    List<Plan.App> apps = plan.apps();
    double total = apps.stream().mapToDouble(Plan.App::weight).sum();
    double pick = random.nextDouble() * total;
    for (Plan.App app : apps) {
      pick -= app.weight();
      if (pick < 0) {
        return app;
      }
    }
    return apps.get(apps.size() - 1);
  }

  /** The next think time: uniform in [min, max], or exponential around the mean. */
  public Duration thinkTime() {
    Plan.ThinkTime t = plan.thinkTime();
    if (t == null) {
      return Duration.ZERO;
    }
    if ("exponential".equals(t.distribution())) {
      double millis = -Math.log(1.0 - random.nextDouble()) * t.meanMillis();
      return Duration.ofNanos(Math.round(millis * 1_000_000));
    }
    long span = Math.max(0, t.maxMillis() - t.minMillis());
    return Duration.ofMillis(t.minMillis() + (span == 0 ? 0 : random.nextLong(span + 1)));
  }

  /** The entry point of the {@code attempt}-th connection: vu % n first, then the next ones. */
  public String entryPoint(int attempt) {
    return entryPoint(plan.entryPoints(), vu, attempt);
  }

  static String entryPoint(List<String> entryPoints, long vu, int attempt) {
    int n = entryPoints.size();
    return stripSlash(entryPoints.get((int) ((vu + attempt) % n)));
  }

  /** The backoff before reconnect attempt {@code attempt} (1-based): 100 ms doubling to 2 s, jittered. */
  public Duration backoff(int attempt) {
    long base = Math.min(2000, 100L << Math.min(5, Math.max(0, attempt - 1)));
    long jitter = random.nextLong(base / 4 + 1);
    return Duration.ofMillis(Math.min(2000, base - base / 8 + jitter));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
