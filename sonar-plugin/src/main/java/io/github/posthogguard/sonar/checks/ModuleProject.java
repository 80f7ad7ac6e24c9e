package io.github.posthogguard.sonar.checks;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.config.ConfigFile;
import io.github.posthogguard.config.ConfigFormat;
import io.github.posthogguard.config.ConfigIndex;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.project.ProjectAnalysis;
import io.github.posthogguard.project.ProjectResults;
import io.github.posthogguard.rules.Rules;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.fs.InputFile;

/**
 * The Java files of the module under analysis, main and test, analyzed as one project when a check
 * first asks for one of them: a file's findings may come from what the others declare, and from
 * what the module's indexed config files write ({@code application.yml}, {@code .env}, Android
 * resources). One analysis per set of options, as rule parameters set them. A file sonar-java reads
 * otherwise than the project did gets no answer here, and is analyzed alone.
 */
public final class ModuleProject {
  private final Supplier<List<InputFile>> files;
  private final Consumer<String> problems;
  private final Map<FlowOptions, ProjectResults> byOptions = new ConcurrentHashMap<>();

  public ModuleProject(Supplier<List<InputFile>> files, Consumer<String> problems) {
    this.files = files;
    this.problems = problems;
  }

  /** The files the scanner indexed for the module. */
  public static ModuleProject of(FileSystem fileSystem, Consumer<String> problems) {
    return new ModuleProject(
        () -> {
          List<InputFile> files = new ArrayList<>();
          fileSystem.inputFiles(fileSystem.predicates().all()).forEach(files::add);
          return files;
        },
        problems);
  }

  /**
   * A file's path on disk: the same for the project and for the check that visits the file, and
   * readable in messages (SonarQube for IDE's {@code toString()} is {@code [uri=...]}).
   */
  static String pathOf(InputFile inputFile) {
    URI uri = inputFile.uri();
    return uri != null && "file".equals(uri.getScheme())
        ? Path.of(uri).toString()
        : String.valueOf(inputFile);
  }

  Optional<FileAnalysis> analysisOf(FlowOptions options, String path, String text) {
    return byOptions.computeIfAbsent(options, this::resultsFor).analysisOf(path, text);
  }

  private ProjectResults resultsFor(FlowOptions options) {
    List<InputFile> all = files.get();
    List<ProjectAnalysis.Source> sources =
        all.stream()
            .filter(ModuleProject::isJava)
            .map(file -> (ProjectAnalysis.Source) new Source(file))
            .toList();
    return new ProjectResults(
        () -> new ProjectAnalysis(Rules.analyzer(options), options, configOf(all)),
        sources,
        problems);
  }

  private static boolean isJava(InputFile file) {
    return file.filename().endsWith(".java");
  }

  /** What the module's config files write, read from those in a format with named entries. */
  private static ConfigIndex configOf(List<InputFile> all) {
    List<ConfigFile> config = new ArrayList<>();
    for (InputFile file : all) {
      if (isJava(file) || ConfigFormat.of(file.filename()) == ConfigFormat.TEXT) {
        continue;
      }
      try {
        SourceFile source = new SourceFile(pathOf(file), file.contents());
        if (ConfigIndex.mayTell(source)) {
          config.add(ConfigFile.read(source));
        }
      } catch (IOException | RuntimeException e) {
        // the config-file sensor reports what it cannot read; the Java files lose only this link
      }
    }
    return ConfigIndex.of(config);
  }

  private record Source(InputFile file) implements ProjectAnalysis.Source {
    @Override
    public String path() {
      return pathOf(file);
    }

    @Override
    public String text() throws IOException {
      return file.contents();
    }
  }
}
