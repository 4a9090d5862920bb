package dev.gauntlet.platform.scheduler;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * What the scheduler's parts share. {@code loop} runs a task on the one thread that owns all
 * state; {@code blocking} runs process starts off it. Tests pass direct executors and fakes.
 */
record Wiring(
    Clock clock,
    Executor loop,
    Executor blocking,
    PodDriver driver,
    HealthProbe probe,
    StateStore store,
    EventLog events,
    Map<String, Pool> pools,
    PlacementBook placements) {}
