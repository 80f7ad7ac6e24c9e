package io.github.posthogguard.ide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sonarsource.sonarlint.core.rpc.protocol.common.ClientFileDto;

/**
 * A folder as an IDE shows it to the engine: every file below it (the Java sources, and the config
 * files whose values they read), those under {@code src/test/} marked as test files.
 */
final class SourceTree {
  private final Path baseDir;
  private final List<Path> files;

  private SourceTree(Path baseDir, List<Path> files) {
    this.baseDir = baseDir;
    this.files = files;
  }

  static SourceTree of(Path baseDir) {
    Path dir = baseDir.toAbsolutePath().normalize();
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> files =
          walk.filter(Files::isRegularFile)
              .filter(file -> !dir.relativize(file).startsWith("target"))
              .sorted()
              .toList();
      if (files.stream().noneMatch(file -> file.toString().endsWith(".java"))) {
        throw new IllegalStateException("no .java file below " + dir);
      }
      return new SourceTree(dir, files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path baseDir() {
    return baseDir;
  }

  List<Path> files() {
    return files;
  }

  List<URI> uris() {
    return files.stream().map(Path::toUri).toList();
  }

  /** The path of a file of this tree relative to its base directory, with forward slashes. */
  String relativePath(URI fileUri) {
    return baseDir.relativize(Path.of(fileUri)).toString().replace('\\', '/');
  }

  List<ClientFileDto> clientFiles(String configScopeId) {
    return files.stream()
        .map(
            file ->
                new ClientFileDto(
                    file.toUri(),
                    baseDir.relativize(file),
                    configScopeId,
                    isTest(file),
                    "UTF-8",
                    file,
                    null,
                    null,
                    true))
        .toList();
  }

  private boolean isTest(Path file) {
    return baseDir.relativize(file).toString().replace('\\', '/').contains("src/test/");
  }
}
