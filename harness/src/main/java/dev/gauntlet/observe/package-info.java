/**
 * Prometheus in and out (docs/observability.md): the harness's own metrics fed from the journal and
 * served over HTTP while a run is on, a local Prometheus started for a run, PromQL objectives judged
 * against it, and the OpenMetrics text the run keeps of every component's scrape.
 */
package dev.gauntlet.observe;
