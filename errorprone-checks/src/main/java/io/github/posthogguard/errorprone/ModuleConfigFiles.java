package io.github.posthogguard.errorprone;

import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.config.ConfigFile;
import io.github.posthogguard.config.ConfigFormat;
import io.github.posthogguard.config.ConfigIndex;
import io.github.posthogguard.config.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The config files of the modules a compilation's sources belong to, which javac never sees. A
 * source under {@code <module>/src/<set>/java/} belongs to {@code <module>}, whose config files are
 * those under {@code src/<set>/resources} and {@code src/<set>/res} (Android), those at its top
 * ({@code build.gradle}, {@code gradle.properties}, {@code .env}) and those in its configuration
 * and deployment folders ({@code config/}, {@code k8s/}, {@code helm/}). Sources in no such layout
 * have none. Files are named as the sources are (relative or absolute), so that a config file
 * speaks for the sources of its own module.
 */
final class ModuleConfigFiles {
  private static final Pattern SOURCE_ROOT = Pattern.compile("^(.*/)?src/[^/]+/java/");
  private static final int MAX_DEPTH = 12;
  private static final int MAX_FILES = 5_000;
  private static final long MAX_BYTES = 1024 * 1024;

  private ModuleConfigFiles() {}

  /** What the config files of the modules of {@code sourceNames} write. */
  static ConfigIndex of(List<String> sourceNames) {
    Set<String> modules = new LinkedHashSet<>();
    for (String name : sourceNames) {
      Matcher root = SOURCE_ROOT.matcher(name.replace('\\', '/'));
      if (root.find()) {
        modules.add(root.group(1) == null ? "" : root.group(1));
      }
    }
    List<ConfigFile> files = new ArrayList<>();
    for (String module : modules) {
      for (String name : configFilesOf(module)) {
        if (files.size() >= MAX_FILES) {
          break;
        }
        read(name).ifPresent(files::add);
      }
    }
    return ConfigIndex.of(files);
  }

  /** The names of the module's files in a format with entries, in a stable order. */
  private static List<String> configFilesOf(String module) {
    Path dir = Path.of(module.isEmpty() ? "." : module);
    List<String> names = new ArrayList<>();
    List<Path> deploymentFolders = new ArrayList<>();
    try (Stream<Path> top = Files.list(dir)) {
      for (Path p : top.sorted().toList()) {
        if (Files.isRegularFile(p)) {
          addIfConfig(module, dir, p, names);
        } else if (Files.isDirectory(p)
            && ConfigIndex.isDeploymentFolder(p.getFileName().toString())) {
          deploymentFolders.add(p);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return names;
    }
    for (Path folder : deploymentFolders) {
      try (Stream<Path> all = Files.walk(folder, MAX_DEPTH)) {
        all.filter(Files::isRegularFile).sorted().forEach(p -> addIfConfig(module, dir, p, names));
      } catch (IOException | UncheckedIOException e) {
        // what was listed stands
      }
    }
    Path src = dir.resolve("src");
    if (!Files.isDirectory(src)) {
      return names;
    }
    try (Stream<Path> all = Files.walk(src, MAX_DEPTH)) {
      all.filter(p -> isResource(src.relativize(p)))
          .filter(Files::isRegularFile)
          .sorted()
          .forEach(p -> addIfConfig(module, dir, p, names));
    } catch (IOException | UncheckedIOException e) {
      // what was listed stands
    }
    return names;
  }

  /** {@code <set>/resources/...} or {@code <set>/res/...} under {@code src}. */
  private static boolean isResource(Path underSrc) {
    return underSrc.getNameCount() > 2
        && (underSrc.getName(1).toString().equals("resources")
            || underSrc.getName(1).toString().equals("res"));
  }

  private static void addIfConfig(String module, Path dir, Path file, List<String> names) {
    String relative = dir.relativize(file).toString().replace('\\', '/');
    if (!relative.endsWith(".java") && ConfigFormat.of(relative) != ConfigFormat.TEXT) {
      names.add(module + relative);
    }
  }

  private static Optional<ConfigFile> read(String name) {
    try {
      Path path = Path.of(name);
      if (Files.size(path) > MAX_BYTES) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(path);
      if (TextFiles.looksBinary(bytes, bytes.length)) {
        return Optional.empty();
      }
      SourceFile source = new SourceFile(name, new String(bytes, StandardCharsets.UTF_8));
      return ConfigIndex.mayTell(source) ? Optional.of(ConfigFile.read(source)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
