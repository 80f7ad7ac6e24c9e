package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.project.ProjectView;
import io.github.posthogguard.project.Summarizer;

/**
 * Runs the analyzer once on a small sample, on a spare core, as soon as a scan knows it will parse
 * files (not when the result cache vouches for the whole tree). A run after a few files changed
 * spends most of its time in a cold JVM: loading the API models and the parser's and rules'
 * classes. Done here, that work overlaps the changed files' parsing and the other files' recall.
 */
final class WarmUp {
  /** Every rule's clues, so that each rule runs; no key: nothing in it is a finding to keep. */
  static final String SAMPLE =
      """
      package warm.up;

      import com.posthog.java.PostHog;
      import org.slf4j.Logger;
      import org.slf4j.LoggerFactory;

      class Sample {
        private static final Logger log = LoggerFactory.getLogger(Sample.class);
        private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

        String page(String password, jakarta.servlet.http.HttpServletResponse response) {
          log.info("login " + password);
          PostHog posthog = new PostHog.Builder(personalApiKey).debug(true).build();
          response.addHeader("X-Key", personalApiKey);
          return "phx_" + personalApiKey.length();
        }
      }
      """;

  private WarmUp() {}

  /** Starts the warm-up on a daemon thread of low priority: the scan never waits for it. */
  static void start(Analyzer analyzer, FlowOptions options) {
    Thread thread = new Thread(() -> run(analyzer, options), "posthog-guard-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static void run(Analyzer analyzer, FlowOptions options) {
    try {
      analyzeSample(analyzer, options);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // only a head start: the scan loads whatever this did not
    }
  }

  /** The sample's analysis by every rule, and its summary: the work a changed file needs. */
  static FileAnalysis analyzeSample(Analyzer analyzer, FlowOptions options) {
    SourceFile sample = new SourceFile("Sample.java", SAMPLE);
    Analyzer.ParsedFile parsed = analyzer.parse(sample, ProjectView.NONE);
    if (parsed.file() == null) {
      return FileAnalysis.skipped(sample, parsed.problem());
    }
    FileAnalysis analysis = analyzer.run(parsed.file(), analyzer.rules());
    Summarizer.of(Evaluator.of(parsed.file(), options), sample.path());
    return analysis;
  }
}
