/**
 * Runtime pods as Kubernetes pods: {@link dev.gauntlet.platform.scheduler.kubernetes.KubernetesPodDriver}
 * creates them through the API (labels, an owner reference to the scheduler's Deployment, the
 * pool's resources), reads their readiness from the pod's status through an informer, deletes
 * them, and adopts them again after a scheduler restart. Fabric8's client on the JDK HTTP client.
 */
package dev.gauntlet.platform.scheduler.kubernetes;
