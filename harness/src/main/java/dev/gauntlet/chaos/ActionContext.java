package dev.gauntlet.chaos;

import dev.gauntlet.deploy.Deployment;
import dev.gauntlet.deploy.Target;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What an action works with: the deployment that performs faults, the set of frozen targets (what
 * thaw-all thaws) and a callback for the end of a lasting fault ({@code fault_ended}).
 */
public record ActionContext(Deployment deployment, Set<Target> frozen, Consumer<List<Target>> ended) {}
