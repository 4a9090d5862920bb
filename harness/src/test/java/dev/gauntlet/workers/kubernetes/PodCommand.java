package dev.gauntlet.workers.kubernetes;

import dev.gauntlet.cli.Gauntlet;
import dev.gauntlet.deploy.PlatformFixture;
import dev.gauntlet.load.LoadDriver;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A worker pod's container as {@link JobKubelet} runs it: the CLI in a JVM of this build (with
 * {@link ShardLoadDriver} for Gatling), the config map volume written to a folder and the emptyDir a
 * folder, each put where the container's arguments name its mount path; env values and the downward
 * API's annotation references resolved as a kubelet resolves them.
 */
final class PodCommand {

  private static final Pattern ANNOTATION_REF = Pattern.compile("metadata\\.annotations\\['(.+)'\\]");

  private PodCommand() {}

  /** The CLI in a JVM of its own, the container's args with each mount path replaced by its folder. */
  static List<String> of(KubernetesClient client, String namespace, Pod pod, Path podDir, List<String> jvmOptions)
      throws IOException {
    Path home = PlatformFixture.home();
    String classpath = home.resolve("harness/target/test-classes") + File.pathSeparator
        + home.resolve("harness/target/classes") + File.pathSeparator
        + Files.readString(home.resolve("harness/target/classpath.txt")).trim();
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-D" + LoadDriver.PROPERTY + "="
            + ShardLoadDriver.class.getName()));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", classpath, Gauntlet.class.getName()));
    Container c = pod.getSpec().getContainers().get(0);
    Map<String, Path> mounts = new ConcurrentHashMap<>();
    for (VolumeMount m : c.getVolumeMounts()) {
      Volume v = pod.getSpec().getVolumes().stream().filter(x -> x.getName().equals(m.getName())).findFirst().orElseThrow();
      Path local = Files.createDirectories(podDir.resolve(m.getName()));
      if (v.getConfigMap() != null) {
        Map<String, String> data = client.configMaps().inNamespace(namespace).withName(v.getConfigMap().getName()).get()
            .getData();
        for (Map.Entry<String, String> e : data.entrySet()) {
          Files.writeString(local.resolve(e.getKey()), e.getValue());
        }
      }
      mounts.put(m.getMountPath(), local);
    }
    for (String arg : c.getArgs()) {
      String replaced = arg;
      for (Map.Entry<String, Path> m : mounts.entrySet()) {
        if (arg.equals(m.getKey()) || arg.startsWith(m.getKey() + "/")) {
          replaced = m.getValue() + arg.substring(m.getKey().length());
        }
      }
      cmd.add(replaced);
    }
    return cmd;
  }

  /** Values and the downward API's {@code metadata.annotations['...']}, as the kubelet resolves them. */
  static Map<String, String> env(Pod pod) {
    Map<String, String> env = new ConcurrentHashMap<>();
    for (EnvVar v : pod.getSpec().getContainers().get(0).getEnv()) {
      if (v.getValue() != null) {
        env.put(v.getName(), v.getValue());
      } else if (v.getValueFrom() != null && v.getValueFrom().getFieldRef() != null) {
        Matcher m = ANNOTATION_REF.matcher(v.getValueFrom().getFieldRef().getFieldPath());
        if (m.matches()) {
          env.put(v.getName(), pod.getMetadata().getAnnotations().get(m.group(1)));
        }
      }
    }
    return env;
  }
}
