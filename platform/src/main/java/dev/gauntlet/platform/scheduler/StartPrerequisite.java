package dev.gauntlet.platform.scheduler;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * What a pod's process waits for before it starts (the class-data archive its JVM maps): a phase
 * of the pod's start with its own event, deadline and error. The pool's start timeout counts
 * only once the process runs, so a wait that is not the pod's never times the pod out.
 *
 * @param what what is awaited, as errors name it ({@code the class-data archive})
 * @param event the scheduler event of a pod that starts waiting ({@code waiting_for_archive})
 * @param done completes when the wait is over, whatever came of it (the pod then starts)
 * @param deadline how long a pod waits; past it the pod fails with this prerequisite's error
 * @param logHint where to look when it is late ({@code see DIR/cds-training.log})
 */
public record StartPrerequisite(String what, String event, CompletableFuture<Void> done, Duration deadline,
    String logHint) {}
