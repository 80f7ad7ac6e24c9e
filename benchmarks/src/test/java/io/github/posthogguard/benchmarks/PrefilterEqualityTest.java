package io.github.posthogguard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.options.GuardOptions;
import io.github.posthogguard.project.ProjectAnalysis;
import io.github.posthogguard.rules.Rules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The prefilter trades no finding for speed: on the whole benchmark corpus, and on every test case
 * and example (where findings exist), the analyzer reports exactly what it reports when it parses
 * every file.
 */
class PrefilterEqualityTest {
  private static final Path ROOT = Path.of(System.getProperty("repository.root", ".."));
  private static final Path CORPUS = Path.of(System.getProperty("corpus.dir", "target/corpus"));

  @Test
  void theWholeCorpusGivesTheSameFindingsWithAndWithoutThePrefilter() {
    List<SourceFile> corpus = Corpus.of(CORPUS).readAll();
    assertThat(corpus).hasSizeGreaterThan(2_000);

    Comparison comparison = Comparison.of(Rules.analyzer(), corpus);

    assertThat(comparison.withPrefilter()).isEqualTo(comparison.everyFileParsed());
    // The prefilter must earn its keep: most library files cannot hold a PostHog key or a secret.
    assertThat(comparison.parsedShare()).isLessThan(0.25);
  }

  @Test
  void testCasesAndExamplesGiveTheSameFindingsWithAndWithoutThePrefilter() {
    List<SourceFile> files = fixtures();

    Comparison comparison = Comparison.of(Rules.analyzer(), files);

    assertThat(comparison.withPrefilter()).isEqualTo(comparison.everyFileParsed());
    assertThat(comparison.withPrefilter().stream().mapToInt(a -> a.findings().size()).sum())
        .as("findings in test-cases/ and examples/")
        .isGreaterThan(100);
  }

  /**
   * Analyzed as one project, a file's findings may come from files the prefilter passed over: the
   * project engine must read those again, so that skipping them costs nothing here either.
   */
  @Test
  void asOneProjectTheCorpusAndTheFixturesGiveTheSameFindingsWithAndWithoutThePrefilter() {
    for (List<SourceFile> project :
        List.of(
            Corpus.of(CORPUS).readAll(),
            Corpus.of(ROOT.resolve("test-cases")).readAll(),
            Corpus.of(ROOT.resolve("examples")).readAll())) {
      assertThat(asOneProject(Rules.analyzer(), project))
          .isEqualTo(asOneProject(Rules.analyzer().withoutPrefilter(), project));
    }
  }

  private static List<FileAnalysis> asOneProject(Analyzer analyzer, List<SourceFile> files) {
    List<ProjectAnalysis.Source> sources = files.stream().map(ProjectAnalysis.Source::of).toList();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      return new ProjectAnalysis(analyzer, FlowOptions.NONE).analyze(sources, pool, null);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTeamsOwnWordsAndSourcesOpenTheFilesThatUseThem() {
    String source =
        """
        class Payments {
          private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Payments.class);
          void pay(String cardCvv) {
            log.info("cvv {}", cardCvv);
            log.info("vault {}", readVaultEntry("db"));
          }
          String readVaultEntry(String name) { return name; }
        }
        """;
    Analyzer analyzer =
        Rules.analyzer(
            GuardOptions.parse(
                Map.of(
                    GuardOptions.SECRET_WORDS,
                    "cvv",
                    GuardOptions.SECRET_SOURCES,
                    "readVaultEntry")));
    List<SourceFile> files = List.of(new SourceFile("Payments.java", source));

    Comparison comparison = Comparison.of(analyzer, files);

    assertThat(comparison.withPrefilter()).isEqualTo(comparison.everyFileParsed());
    assertThat(comparison.withPrefilter().get(0).findings()).hasSize(2);
    assertThat(Rules.analyzer().parses(files.get(0))).as("without the team's words").isFalse();
  }

  private static List<SourceFile> fixtures() {
    return java.util.stream.Stream.of("test-cases", "examples")
        .map(ROOT::resolve)
        .map(Corpus::of)
        .flatMap(c -> c.readAll().stream())
        .toList();
  }

  private record Comparison(
      List<FileAnalysis> withPrefilter, List<FileAnalysis> everyFileParsed, double parsedShare) {
    static Comparison of(Analyzer analyzer, List<SourceFile> files) {
      List<FileAnalysis> with = files.parallelStream().map(analyzer::analyze).toList();
      Analyzer everyFile = analyzer.withoutPrefilter();
      List<FileAnalysis> without = files.parallelStream().map(everyFile::analyze).toList();
      double parsed = files.stream().filter(analyzer::parses).count() / (double) files.size();
      return new Comparison(with, without, parsed);
    }
  }
}
