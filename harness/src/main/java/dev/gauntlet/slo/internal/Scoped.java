package dev.gauntlet.slo.internal;

import dev.gauntlet.slo.Objective;
import java.util.ArrayList;
import java.util.List;

/**
 * An objective's samples: its app's, split into steady and fault windows (of the objective's window
 * length), and those its scope judges.
 */
public record Scoped(List<Sample> inScope, List<Sample> steady, List<Sample> fault) {

  public static Scoped of(Objective o, List<Sample> all, FaultWindows windows) {
    List<Sample> steady = new ArrayList<>();
    List<Sample> fault = new ArrayList<>();
    for (Sample s : all) {
      if (o.app() == null || o.app().equals(s.app())) {
        (windows.inFault(s, o.window()) ? fault : steady).add(s);
      }
    }
    List<Sample> inScope = switch (o.scope()) {
      case Objective.STEADY -> steady;
      case Objective.FAULT -> fault;
      default -> {
        List<Sample> both = new ArrayList<>(steady);
        both.addAll(fault);
        both.sort(java.util.Comparator.comparingLong(Sample::endMillis));
        yield both;
      }
    };
    return new Scoped(List.copyOf(inScope), List.copyOf(steady), List.copyOf(fault));
  }

  /**
   * The samples the objective's value stands on. A count's are its population over the whole run
   * (sessions, interactions): a fault window may start no session yet lose several, and minSamples
   * guards against a run that did nothing.
   */
  public long samples(Objective o) {
    return o.kind() == dev.gauntlet.measure.SliKind.COUNT ? population(steady) + population(fault) : population(inScope);
  }

  /** Samples that count toward a population (not a count's counted events). */
  public static long population(List<Sample> samples) {
    return samples.stream().filter(Sample::population).count();
  }

  public static long bad(List<Sample> samples) {
    return samples.stream().filter(Sample::bad).count();
  }
}
