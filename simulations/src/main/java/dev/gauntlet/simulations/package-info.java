/**
 * Gatling simulations (Java DSL) of browser sessions against Streamlit-style servers, driven by a
 * run's plan.json (docs/run.md). The simulation class reads as the browser's story; the state and
 * bookkeeping of one virtual user live in {@code internal}.
 */
package dev.gauntlet.simulations;
