/**
 * Merging the measurements of a load split over workers, or of shard runs, into one run directory
 * (docs/workers.md): journals in time order with each line's worker, HdrHistograms added. What is
 * computed from the merged directory (summary, verdict, junit.xml, report) is computed as for a run in
 * one process, from the same files.
 */
package dev.gauntlet.merge;
