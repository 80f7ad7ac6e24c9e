package io.github.posthogguard.testing;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.config.ConfigFile;
import io.github.posthogguard.config.ConfigIndex;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.project.ProjectAnalysis;
import io.github.posthogguard.rules.Rules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A multi-file test case: a folder {@code test-cases/<RuleId>/<CaseName>/} whose Java files form
 * one project, analyzed (and compiled) together, with the configuration files beside them (laid out
 * as in a Maven or Gradle module: {@code src/main/resources/application.yml}). Each Java file
 * carries its own markers for the rule; a config file carries {@link ConfigCaseFile}'s.
 */
public record CaseProject(
    String ruleId, Path folder, List<CaseFile> files, List<ConfigCaseFile> configFiles) {

  public CaseProject {
    files = List.copyOf(files);
    configFiles = List.copyOf(configFiles);
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
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      return new CaseProject(
          CaseFile.root().relativize(folder).getName(0).toString(),
          folder,
          files.stream().filter(p -> p.toString().endsWith(".java")).map(CaseFile::read).toList(),
          files.stream()
              .filter(p -> !p.toString().endsWith(".java"))
              .map(ConfigCaseFile::read)
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The single-file cases and the files of every multi-file case: all Java files of the cases. */
  public static List<CaseFile> everyCaseFile() {
    return Stream.concat(
            CaseFile.all().stream(), all().stream().flatMap(project -> project.files().stream()))
        .toList();
  }

  /** The folder's name relative to {@code test-cases}, such as {@code Rule/Case}. */
  public String name() {
    return CaseFile.root().relativize(folder).toString().replace('\\', '/');
  }

  /**
   * The analyses of the Java files, in their order, by the analyzer with the project of all of them
   * and the configuration its config files hold.
   */
  public List<FileAnalysis> analyze() {
    List<ProjectAnalysis.Source> sources =
        files.stream()
            .map(file -> ProjectAnalysis.Source.of(new SourceFile(file.name(), file.text())))
            .toList();
    ConfigIndex config =
        ConfigIndex.of(
            configFiles.stream()
                .map(f -> ConfigFile.read(new SourceFile(f.name(), f.text())))
                .toList());
    return new ProjectAnalysis(Rules.analyzer(), FlowOptions.NONE, config)
        .analyze(sources, null, null);
  }

  /** The Java files and the config files of the case. */
  public List<Path> allPaths() {
    return Stream.concat(paths().stream(), configFiles.stream().map(ConfigCaseFile::path)).toList();
  }

  /** The Java files of the case. */
  public List<Path> paths() {
    return files.stream().map(CaseFile::path).toList();
  }

  @Override
  public String toString() {
    return name();
  }
}
