package dev.gauntlet.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a run ran, so {@code compare} puts like beside like: from the {@code run_started} line.
 *
 * @param gitCommit the commit of the checkout the scenario lives in (or {@code GAUNTLET_GIT_COMMIT}); null when unknown
 * @param scenarioSha256 of the scenario file and the files it names (app specs, experiments, SLO includes)
 * @param gauntletVersion the harness's version
 * @param seed the load's random seed
 */
@JsonPropertyOrder({"gitCommit", "scenarioSha256", "gauntletVersion", "seed"})
public record Provenance(String gitCommit, String scenarioSha256, String gauntletVersion, Long seed) {

  public static final Provenance UNKNOWN = new Provenance(null, null, null, null);
}
