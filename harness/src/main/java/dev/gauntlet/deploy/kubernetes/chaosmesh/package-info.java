/**
 * Chaos Mesh's {@code PodChaos} and {@code NetworkChaos} (group {@code chaos-mesh.org}, version
 * {@code v1alpha1}) typed as Fabric8 custom resources, only the fields Gauntlet sets, and
 * {@link dev.gauntlet.deploy.kubernetes.chaosmesh.ChaosMesh}: the faults a pod delete cannot make
 * (freeze, network delay and loss), refused with a clear message on a cluster without Chaos Mesh.
 */
package dev.gauntlet.deploy.kubernetes.chaosmesh;
