package dev.gauntlet.platform.scheduler;

import java.util.concurrent.CompletableFuture;

/** Asks a pod {@code GET endpoint/_stcore/health}: the HTTP status, or an error (refused, timeout). */
public interface HealthProbe {

  CompletableFuture<Integer> status(String endpoint);
}
