/**
 * Chaos experiments (docs/chaos.md): experiment files in Chaos Toolkit's shape, actions on the
 * run's own deployment (pods, gateways, scheduler), seeded target selection, steady-state probes
 * over the live journal, and the schedule that fires experiments during a run.
 */
package dev.gauntlet.chaos;
