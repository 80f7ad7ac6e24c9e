package io.github.posthogguard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A multi-file test case: a folder {@code test-cases/<RuleId>/<CaseName>/} whose Java files form
 * one project, analyzed (and compiled) together. Each file carries its own markers for the rule.
 */
public record CaseProject(String ruleId, Path folder, List<CaseFile> files) {

  public CaseProject {
    files = List.copyOf(files);
  }

  public static List<CaseProject> all() {
    Path root = CaseFile.root();
    try (Stream<Path> folders = Files.walk(root, 2)) {
      return folders
          .filter(p -> root.relativize(p).getNameCount() == 2 && Files.isDirectory(p))
          .filter(p -> !root.relativize(p).getName(0).toString().equals("config"))
          .sorted()
          .map(CaseProject::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CaseProject read(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return new CaseProject(
          CaseFile.root().relativize(folder).getName(0).toString(),
          folder,
          files.filter(p -> p.toString().endsWith(".java")).sorted().map(CaseFile::read).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder's name relative to {@code test-cases}, such as {@code Rule/Case}. */
  public String name() {
    return CaseFile.root().relativize(folder).toString().replace('\\', '/');
  }

  public List<Path> paths() {
    return files.stream().map(CaseFile::path).toList();
  }

  @Override
  public String toString() {
    return name();
  }
}
