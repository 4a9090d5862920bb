package dev.gauntlet.platform.scheduler;

import java.util.concurrent.CompletableFuture;

/** A placement request waiting for a starting pod to become ready. */
record Waiter(String sessionId, long requestedAt, CompletableFuture<Placement> result, String viewer) {}
