/**
 * Bringing a platform under test up and down. A {@link dev.gauntlet.deploy.Deployment} starts a
 * topology, says where it answers ({@link dev.gauntlet.deploy.Endpoints}) and lists its processes
 * and pods. {@link dev.gauntlet.deploy.Deployments#local} is the embedded default: gateway and
 * scheduler processes on this machine, supervised and restarted with back-off like a kubelet,
 * all stopped on exit, orphans of a crashed run reaped by the next start.
 * {@link dev.gauntlet.deploy.Deployments#of} picks the kind: {@code docker} runs the same
 * components and pods as labelled containers; {@code deploy.kubernetes} puts the platform in a
 * Kubernetes namespace, or views a user's own deployment there (docs/deploy.md).
 */
package dev.gauntlet.deploy;
