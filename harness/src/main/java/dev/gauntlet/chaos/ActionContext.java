package dev.gauntlet.chaos;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What an action works with: the signals, the set of frozen targets (what thaw-all thaws) and a
 * callback for the end of a lasting fault ({@code fault_ended}).
 */
public record ActionContext(Signals signals, Set<ChaosTarget> frozen, Consumer<List<ChaosTarget>> ended) {}
