package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Limits;
import io.github.posthogguard.config.ConfigFile;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.project.ProjectAnalysis;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * What decides a file's results besides its own text and the other files' summaries, as one digest
 * ({@link ResultCache} keeps the results of one setting): the tool's build, the team's options with
 * the content of their model files, the limits, and the configuration files Java code may read.
 */
final class CacheSetting {
  private CacheSetting() {}

  /** The setting without the configuration files, which the scan reads later. */
  static byte[] of(FlowOptions options, Limits limits, long maxFileBytes) {
    MessageDigest digest = sha256();
    add(digest, "version " + Main.VERSION);
    // a build of the same version (a SNAPSHOT) may analyze differently: its jar tells it apart
    add(digest, "build " + build(ProjectAnalysis.class) + " " + build(CacheSetting.class));
    add(digest, "secretWords " + new TreeSet<>(options.secretWords()));
    add(digest, "sourceMethods " + new TreeSet<>(options.sourceMethods()));
    add(digest, "loggerTypes " + new TreeSet<>(options.loggerTypes()));
    add(digest, "sanitizers " + new TreeSet<>(options.sanitizerMethods()));
    for (String model : options.models()) {
      add(digest, "model " + model);
      try {
        digest.update(sha256().digest(Files.readAllBytes(Path.of(model))));
      } catch (IOException | RuntimeException e) {
        add(digest, "unreadable");
      }
    }
    add(digest, "maxParsedChars " + limits.maxParsedChars());
    add(digest, "timePerFile " + limits.timePerFile().toNanos());
    add(digest, "maxFileBytes " + maxFileBytes);
    return digest.digest();
  }

  /** {@code base} with the configuration files the project's Java code sees. */
  static byte[] withConfig(byte[] base, Collection<ConfigFile> configFiles) {
    MessageDigest digest = sha256();
    digest.update(base);
    List<ConfigFile> sorted =
        configFiles.stream().sorted(Comparator.comparing(f -> f.source().path())).toList();
    for (ConfigFile file : sorted) {
      add(digest, "config " + file.source().path());
      digest.update(sha256().digest(file.source().text().getBytes(StandardCharsets.UTF_8)));
    }
    return digest.digest();
  }

  /** The size and time of the jar (or class file) a class was loaded from. */
  private static String build(Class<?> type) {
    try {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null) {
        return "?";
      }
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isDirectory(location)) {
        location = location.resolve(type.getName().replace('.', '/') + ".class");
      }
      return Files.size(location) + "@" + Files.getLastModifiedTime(location).toMillis();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "?";
    }
  }

  private static void add(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
