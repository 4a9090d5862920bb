/**
 * The scheduler: the control plane that places browser sessions on runtime pods.
 *
 * <p>Model: one {@link dev.gauntlet.platform.scheduler.Pool} per app holds its
 * {@link dev.gauntlet.platform.scheduler.Pod}s; {@link dev.gauntlet.platform.scheduler.Scheduler}
 * (the one mutable object, confined to one Vert.x event loop) places sessions, keeps warm pods,
 * retires idle ones and replaces dead ones. Pods are processes or Docker containers created
 * through a {@link dev.gauntlet.platform.scheduler.PodDriver} (the config's {@code runtime.driver}). Every change is written to the
 * state directory ({@link dev.gauntlet.platform.scheduler.StateStore}) so a restarted scheduler
 * adopts the pods it left running. The JSON API is {@link dev.gauntlet.platform.scheduler.SchedulerApi}.
 */
package dev.gauntlet.platform.scheduler;
