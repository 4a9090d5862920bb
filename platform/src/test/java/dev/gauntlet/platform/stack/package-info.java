/**
 * The whole reference platform as real processes (scheduler, two gateways, runtime pods), driven by
 * the protocol module's session client: what a browser sees through the front door when pods,
 * the scheduler or a gateway die.
 */
package dev.gauntlet.platform.stack;
