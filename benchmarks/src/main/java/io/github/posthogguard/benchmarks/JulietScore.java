package io.github.posthogguard.benchmarks;

import com.github.javaparser.ParseResult;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.JavaParsers;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.project.ProjectAnalysis;
import io.github.posthogguard.rules.Rules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores the analyzer on the Juliet Java test suite's information-exposure CWEs (533: server log,
 * 534: debug log, 535: shell error), per method as Juliet names them: in each test case, {@code
 * bad()} must be reported, in itself or in one of its helpers ({@code badSink}, {@code badSource},
 * any {@code bad*}); no {@code good*()} method may be.
 *
 * <p>Usage: {@code JulietScore JULIET_DIR [RULE|all]} ({@code benchmarks/juliet.sh}); JULIET_DIR is
 * a checkout of find-sec-bugs/juliet-test-suite (or any folder above the CWE folders). The rule
 * defaults to SecretToLog, the rule for secrets in logs.
 */
public final class JulietScore {
  static final List<String> CWES = List.of("CWE533", "CWE534", "CWE535");
  private static final Pattern TEST_CASE = Pattern.compile("CWE\\d+_.*\\.java");

  private JulietScore() {}

  /** What the analyzer made of one CWE's test cases. */
  record CweScore(
      String cwe,
      int badTotal,
      List<String> badMissed,
      int goodTotal,
      List<String> goodReported,
      List<String> elsewhere) {
    int badReported() {
      return badTotal - badMissed.size();
    }
  }

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: JulietScore JULIET_DIR [RULE|all]");
      System.exit(2);
    }
    String rule = args.length > 1 ? args[1] : "SecretToLog";
    List<CweScore> scores = score(Path.of(args[0]), Rules.analyzer(), rule);
    if (scores.stream().allMatch(s -> s.badTotal() == 0)) {
      System.err.println("no test case of " + CWES + " under " + args[0]);
      System.exit(2);
    }
    System.out.println("Juliet " + CWES + " under " + args[0] + ", rule " + rule + "\n");
    System.out.println(
        "| CWE | bad() reported / test cases | good*() reported / good*() methods | findings in other methods |");
    System.out.println("|---|---:|---:|---:|");
    for (CweScore s : scores) {
      System.out.printf(
          "| %s | %d / %d | %d / %d | %d |%n",
          s.cwe(),
          s.badReported(),
          s.badTotal(),
          s.goodReported().size(),
          s.goodTotal(),
          s.elsewhere().size());
    }
    print("Missed: bad() not reported", scores.stream().flatMap(s -> s.badMissed().stream()));
    print("Reported in a good*() method", scores.stream().flatMap(s -> s.goodReported().stream()));
    print("Reported in another method", scores.stream().flatMap(s -> s.elsewhere().stream()));
  }

  static List<CweScore> score(Path julietDir, Analyzer analyzer, String rule) {
    List<CweScore> scores = new ArrayList<>();
    List<Path> support = supportFiles(julietDir);
    for (String cwe : CWES) {
      scores.add(scoreCwe(cwe, testCases(julietDir, cwe), support, analyzer, rule));
    }
    return scores;
  }

  /**
   * The test cases analysed as one project with Juliet's support classes, as a scan of the suite
   * would: a servlet test case logs through {@code AbstractTestCaseServlet}, a servlet of the
   * suite.
   */
  private static List<FileAnalysis> analyzeWithSupport(
      List<Path> files, List<Path> support, Analyzer analyzer) {
    List<ProjectAnalysis.Source> sources =
        Stream.concat(files.stream(), support.stream())
            .map(file -> ProjectAnalysis.Source.of(new SourceFile(file.toString(), read(file))))
            .toList();
    return new ProjectAnalysis(analyzer, FlowOptions.NONE).analyze(sources, null, null);
  }

  private static CweScore scoreCwe(
      String cwe, List<Path> files, List<Path> support, Analyzer analyzer, String rule) {
    int badTotal = 0;
    int goodTotal = 0;
    List<String> badMissed = new ArrayList<>();
    List<String> goodReported = new ArrayList<>();
    List<String> elsewhere = new ArrayList<>();
    List<FileAnalysis> analyses = analyzeWithSupport(files, support, analyzer);
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      String name = file.getFileName().toString();
      List<Method> methods = methods(read(file));
      List<Finding> findings =
          analyses.get(i).findings().stream()
              .filter(f -> rule.equals("all") || f.ruleId().equals(rule))
              .toList();
      List<Method> reported = new ArrayList<>();
      for (Finding finding : findings) {
        Optional<Method> in = innermost(methods, finding.line());
        if (in.isPresent()) {
          reported.add(in.get());
        }
        if (in.isEmpty() || in.get().kind() == Kind.OTHER) {
          elsewhere.add(
              name
                  + ":"
                  + finding.line()
                  + " "
                  + in.map(m -> m.name() + "()").orElse("")
                  + " "
                  + finding.ruleId());
        }
      }
      if (methods.stream().anyMatch(m -> m.kind() == Kind.BAD)) {
        badTotal++;
        if (reported.stream().noneMatch(m -> m.kind() == Kind.BAD)) {
          badMissed.add(name + " bad()");
        }
      }
      for (Method method : methods) {
        if (method.kind() == Kind.GOOD) {
          goodTotal++;
          if (reported.contains(method)) {
            goodReported.add(name + " " + method.name() + "()");
          }
        }
      }
    }
    return new CweScore(cwe, badTotal, badMissed, goodTotal, goodReported, elsewhere);
  }

  private enum Kind {
    BAD,
    GOOD,
    OTHER
  }

  private record Method(String name, Kind kind, int firstLine, int lastLine) {
    static Kind kindOf(String name) {
      if (name.startsWith("bad")) {
        return Kind.BAD;
      }
      return name.startsWith("good") ? Kind.GOOD : Kind.OTHER;
    }
  }

  private static List<Method> methods(String text) {
    ParseResult<CompilationUnit> parsed = JavaParsers.forThisThread().parse(text);
    CompilationUnit unit =
        parsed
            .getResult()
            .orElseThrow(() -> new IllegalStateException("cannot parse: " + parsed.getProblems()));
    List<Method> methods = new ArrayList<>();
    for (MethodDeclaration m : unit.findAll(MethodDeclaration.class)) {
      Range range = m.getRange().orElseThrow();
      String name = m.getNameAsString();
      methods.add(new Method(name, Method.kindOf(name), range.begin.line, range.end.line));
    }
    return methods;
  }

  private static Optional<Method> innermost(List<Method> methods, int line) {
    return methods.stream()
        .filter(m -> m.firstLine() <= line && line <= m.lastLine())
        .min(Comparator.comparingInt(m -> m.lastLine() - m.firstLine()));
  }

  /**
   * The test case files of one CWE: {@code CWE533_*.java} in the folders named {@code CWE533_*}.
   */
  static List<Path> testCases(Path julietDir, String cwe) {
    try (Stream<Path> walk = Files.walk(julietDir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getParent().getFileName().toString().startsWith(cwe + "_"))
          .filter(p -> p.getFileName().toString().startsWith(cwe + "_"))
          .filter(p -> TEST_CASE.matcher(p.getFileName().toString()).matches())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Juliet's support classes: the Java files in a folder named {@code testcasesupport}. */
  static List<Path> supportFiles(Path julietDir) {
    try (Stream<Path> walk = Files.walk(julietDir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getParent().getFileName().toString().equals("testcasesupport"))
          .filter(p -> p.getFileName().toString().endsWith(".java"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void print(String title, Stream<String> lines) {
    List<String> all = lines.toList();
    System.out.println("\n" + title + ": " + all.size());
    all.forEach(line -> System.out.println("  " + line));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
