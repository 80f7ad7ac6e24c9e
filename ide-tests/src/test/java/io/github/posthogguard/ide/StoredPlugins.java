package io.github.posthogguard.ide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The plugin keys of the jars the engine keeps in its storage, i.e. downloaded from a server. */
final class StoredPlugins {
  private StoredPlugins() {}

  static Set<String> keys(Path storageRoot) {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(storageRoot)) {
      for (Path jar : files.filter(file -> file.toString().endsWith(".jar")).toList()) {
        try (JarFile jarFile = new JarFile(jar.toFile())) {
          String key = jarFile.getManifest().getMainAttributes().getValue("Plugin-Key");
          if (key != null) {
            keys.add(key);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }
}
