package dev.gauntlet.deploy.kubernetes;

/**
 * Where and how the reference platform goes on a cluster.
 *
 * @param namespace where every object goes
 * @param image the platform image; its entrypoint is {@code java -jar gauntlet-platform.jar}
 * @param runId labels every object ({@link Labels#RUN}); null for manifests a user applies
 * @param configDir where every container reads the config map ({@link #CONFIG_DIR}, or a folder on this
 *     machine when the components run here as processes)
 */
public record Platform(String namespace, String image, String runId, String configDir) {

  /** In the cluster: the config map at {@link #CONFIG_DIR}. */
  public Platform(String namespace, String image, String runId) {
    this(namespace, image, runId, CONFIG_DIR);
  }

  /** What {@code gauntlet k8s manifests} prints without {@code --image}: an image built on this machine. */
  public static final String DEFAULT_IMAGE = "gauntlet-platform:local";
  public static final String CONFIG_MAP = "gauntlet-config";
  public static final String SCHEDULER = "gauntlet-scheduler";
  public static final String GATEWAY = "gauntlet-gateway";
  /** Where the config map is mounted in every container: the scheduler config and the app specs. */
  public static final String CONFIG_DIR = "/etc/gauntlet";
  /** The port every container listens on. */
  public static final int PORT = 8080;
}
