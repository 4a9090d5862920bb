package dev.gauntlet.platform.scheduler;

/** A pod lifecycle event: {@code created, ready, unhealthy, killed, gone, replaced, adopted, retired}. */
public record Event(long seq, long at, String type, String pod, String app, String detail) {}
