package io.github.posthogguard.cli;

import io.github.posthogguard.cli.GitChanges.Staged;
import io.github.posthogguard.cli.SourceCollector.Sources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options that fit the scan into a team's pipeline: what to scan from git ({@code --staged},
 * {@code --since}, {@code --history}), and what not to report (a baseline, an ignore file, inline
 * allow comments). Mixed into {@link GuardCommand}.
 */
final class PipelineOptions {
  static final class GitMode {
    @Option(
        names = "--staged",
        description =
            "Scan what is staged for the next commit (the index, not the work tree), as a"
                + " pre-commit hook does: every staged file is analyzed with the index's copy of"
                + " the others; findings on the lines the commit changes are reported.")
    boolean staged;

    @Option(
        names = "--since",
        paramLabel = "REV",
        description =
            "Scan the work tree and report only the files and lines changed since the merge base"
                + " of REV and HEAD (a pull request's diff, plus what is not committed).")
    String since;

    @Option(
        names = "--history",
        arity = "0..1",
        fallbackValue = "",
        paramLabel = "RANGE",
        description =
            "Every secret key ever committed (RANGE: A..B or a revision; default: every branch"
                + " and tag), with the commit, author date and path where it first appeared.")
    String history;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  GitMode git;

  @Option(
      names = "--all-lines",
      description = "With --staged or --since: report every line of the changed files.")
  boolean allLines;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "Report only findings not in this baseline (written by --write-baseline); the summary"
              + " counts the entries no longer found.")
  Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "FILE",
      description =
          "Record the findings (after allow comments and the ignore file) as the baseline in"
              + " FILE, and exit 0.")
  Path writeBaseline;

  @Option(
      names = "--ignore-file",
      paramLabel = "FILE",
      description =
          "Path globs and fingerprints not to report, each with a reason. Default: "
              + IgnoreFile.NAME
              + " in the working directory (the repository's root in git modes), if any.")
  Path ignoreFile;

  @Option(
      names = "--report-unused-ignores",
      description =
          "Tell the ignore entries and posthog-guard:allow comments that matched nothing.")
  boolean reportUnusedIgnores;

  boolean usesGit() {
    return git != null;
  }

  boolean isStaged() {
    return git != null && git.staged;
  }

  boolean isHistory() {
    return git != null && git.history != null;
  }

  /** {@code --history}'s range, null for every ref. */
  String historyRange() {
    return git.history.isEmpty() ? null : git.history;
  }

  /** What a scan reads and reports: the paths, or a change in the git repository around them. */
  record Scope(ScanResult result, ChangedLines changed, Path ignoreFolder) {}

  /** Scans the paths, or the staged files, or the work tree with what changed since REV. */
  Scope scan(ProjectScanner scanner, List<Path> paths, Function<List<Path>, Sources> collector) {
    Path cwd = Path.of("");
    if (git == null) {
      return new Scope(scanner.scan(collector.apply(paths)), null, cwd);
    }
    if (allLines && git.history != null) {
      throw new InputError("--all-lines goes with --staged or --since, not --history");
    }
    try (GitRepository repository = GitRepository.around(paths.isEmpty() ? cwd : paths.get(0))) {
      Path root = repository.workTree(git.staged ? "--staged" : "--since");
      if (git.staged) {
        Staged staged = GitChanges.staged(repository, cwd, paths);
        return new Scope(
            scanner.scan(staged.sources(), List.of(), List.of()), staged.changed(), root);
      }
      ChangedLines changed = GitChanges.since(repository, git.since, paths);
      if (changed.fileCount() == 0) {
        return new Scope(new ScanResult(List.of(), List.of(), List.of()), changed, root);
      }
      List<Path> scanned = paths.isEmpty() ? List.of(relativeTo(cwd, root)) : paths;
      return new Scope(scanner.scan(collector.apply(scanned)), changed, root);
    }
  }

  /** Leaves out what the team said not to report, and writes the baseline if asked. */
  ScanResult triage(Scope scope, PrintWriter err) {
    IgnoreFile ignores = null;
    if (ignoreFile != null) {
      if (!Files.exists(ignoreFile)) {
        throw new InputError("ignore file " + ignoreFile + " does not exist");
      }
      ignores = IgnoreFile.read(ignoreFile);
    } else {
      Path standard = scope.ignoreFolder().resolve(IgnoreFile.NAME);
      if (Files.isRegularFile(standard)) {
        ignores = IgnoreFile.read(standard);
      }
    }
    Baseline accepted = baseline == null ? null : Baseline.read(baseline);
    ResultFilter filter =
        new ResultFilter(scope.changed(), allLines, ignores, accepted, reportUnusedIgnores);
    ResultFilter.Outcome outcome = filter.apply(scope.result());
    if (writeBaseline != null) {
      int written = Baseline.write(outcome.toBaseline(), writeBaseline);
      err.println(
          Main.NAME
              + ": wrote "
              + written
              + (written == 1 ? " finding" : " findings")
              + " to the baseline "
              + writeBaseline);
    }
    return outcome.reported();
  }

  private static Path relativeTo(Path cwd, Path folder) {
    Path base = cwd.toAbsolutePath().normalize();
    return folder.startsWith(base) ? base.relativize(folder) : folder;
  }
}
