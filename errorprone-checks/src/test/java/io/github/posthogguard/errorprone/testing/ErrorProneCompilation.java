package io.github.posthogguard.errorprone.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles files with the real javac and Error Prone loaded as users load it, through {@code
 * -Xplugin:ErrorProne} and plugin discovery on the processor path (this test's class path, which
 * holds Error Prone and our checks' service registration). The same class path is the compilation's
 * class path, so that case files may use the libraries they are about.
 */
public final class ErrorProneCompilation {
  private static final Pattern CHECK_NAME = Pattern.compile("^\\[(\\w+)\\] ");
  private static final Pattern LINK = Pattern.compile("\\R\\s*\\(see [^)]*\\)\\s*$");
  private static final Pattern SECONDARY =
      Pattern.compile(" \\[(?:[^\\[\\]]* )?line (\\d+): [^\\]]*]$");

  /** One diagnostic Error Prone reported, with the check that reported it. */
  public record Reported(
      String check, Diagnostic.Kind kind, long line, long column, String message, String file) {

    /** The finding's own message: without the check's name, its link and secondary locations. */
    public String text() {
      return parts().text();
    }

    /**
     * The lines of the secondary locations the message names ({@code [line N: ...]}, or {@code
     * [path line N: ...]} in another file).
     */
    public List<Integer> secondaryLines() {
      return parts().secondaryLines();
    }

    private Parts parts() {
      String rest = message.substring(message.indexOf("] ") + 2);
      Matcher link = LINK.matcher(rest);
      if (link.find()) {
        rest = rest.substring(0, link.start());
      }
      List<Integer> lines = new ArrayList<>();
      for (Matcher m = SECONDARY.matcher(rest); m.find(); m = SECONDARY.matcher(rest)) {
        lines.add(0, Integer.valueOf(m.group(1)));
        rest = rest.substring(0, m.start());
      }
      return new Parts(rest, lines);
    }

    private record Parts(String text, List<Integer> secondaryLines) {}
  }

  /** What javac said: whether it compiled, our checks' diagnostics, and everything else printed. */
  public record Result(boolean success, List<Reported> diagnostics, String output) {
    public List<Long> linesOf(String check) {
      return diagnostics.stream()
          .filter(d -> d.check().equals(check))
          .map(Reported::line)
          .sorted()
          .toList();
    }
  }

  private ErrorProneCompilation() {}

  /**
   * Compiles {@code sources} with only the named checks switched on (at their default severity),
   * plus any extra {@code -Xep} flags.
   */
  public static Result compile(
      List<Path> sources, List<String> checks, String... extraErrorProneFlags) {
    return compile(sources, checks, List.of(), extraErrorProneFlags);
  }

  /**
   * As {@link #compile(List, List, String...)}, with extra javac options such as {@code -encoding}.
   */
  public static Result compile(
      List<Path> sources,
      List<String> checks,
      List<String> javacOptions,
      String... extraErrorProneFlags) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    StringBuilder plugin = new StringBuilder("-Xplugin:ErrorProne -XepDisableAllChecks");
    for (String check : checks) {
      plugin.append(" -Xep:").append(check);
    }
    for (String flag : extraErrorProneFlags) {
      plugin.append(' ').append(flag);
    }
    Path output = temporaryDirectory();
    List<String> options = new ArrayList<>(javacOptions);
    options.addAll(
        List.of(
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            // javac keeps the first 100 errors and warnings only: a case project has more findings
            "-Xmaxerrs",
            "10000",
            "-Xmaxwarns",
            "10000",
            plugin.toString(),
            // The test class path holds the libraries the case files use, such as posthog-server.
            "-classpath",
            System.getProperty("java.class.path"),
            // Annotation processors on it run as in a user's build: Lombok generates the logger
            // fields some cases use.
            "-processorpath",
            System.getProperty("java.class.path"),
            "-d",
            output.toString()));
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(collector, Locale.ROOT, null)) {
      boolean success =
          javac
              .getTask(
                  out, files, collector, options, null, files.getJavaFileObjectsFromPaths(sources))
              .call();
      List<Reported> reported = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
        String message = d.getMessage(Locale.ROOT);
        Matcher name = CHECK_NAME.matcher(message);
        if (name.find()) {
          String file =
              d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName().toString();
          reported.add(
              new Reported(
                  name.group(1),
                  d.getKind(),
                  d.getLineNumber(),
                  d.getColumnNumber(),
                  message,
                  file));
        } else {
          out.append(d.toString()).append('\n');
        }
      }
      return new Result(success, reported, out.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(output);
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("posthog-guard-ep");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class files javac wrote; a directory that is not empty would outlive deleteOnExit. */
  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
