package io.github.posthogguard.benchmarks;

import io.github.posthogguard.analyzer.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Java files under a folder, in a fixed order, read as the CLI reads them (UTF-8). */
public record Corpus(Path root, List<Path> files) {

  public static Corpus of(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return new Corpus(
          root,
          walk.filter(p -> p.toString().endsWith(".java"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public SourceFile read(Path file) {
    try {
      return new SourceFile(
          root.relativize(file).toString(),
          new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<SourceFile> readAll() {
    return files.stream().map(this::read).toList();
  }
}
