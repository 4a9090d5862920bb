/**
 * The reference platform on Kubernetes, through the Fabric8 client: the manifests that put it in a
 * namespace ({@link dev.gauntlet.deploy.kubernetes.Manifests}, printed by {@code gauntlet k8s
 * manifests}), Chaos Mesh's {@code PodChaos} and {@code NetworkChaos} typed as custom resources
 * for the faults a pod delete cannot make, the blast-radius check (only namespaces labelled
 * {@code gauntlet.dev/chaos=allowed}), and pod start-up phases read from pod conditions.
 */
package dev.gauntlet.deploy.kubernetes;
