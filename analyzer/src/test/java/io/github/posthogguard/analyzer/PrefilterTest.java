package io.github.posthogguard.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.rules.HardcodedPostHogKey;
import io.github.posthogguard.rules.PostHogDebugLogsPersonalKey;
import io.github.posthogguard.rules.PostHogKeyClientExposure;
import io.github.posthogguard.rules.PostHogKeyMisuse;
import io.github.posthogguard.rules.SecretToLog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each rule's prefilter alone, on files that hold one hard-to-see form and nothing else a filter
 * could catch: the rule must still be run there, and report what it reports without the filter.
 */
class PrefilterTest {
  private static final String BODY = "aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "String k = 'p' + \"hx_" + BODY + "\";",
        "String k = \"ph\" + \"x_" + BODY + "\";",
        "String k = \"phx\" + \"_\" + \"" + BODY + "\";",
        "String k = String.join(\"_\", \"phx\", \"" + BODY + "\");",
        "String k = \"\\160hx_" + BODY + "\";",
        "String k = \"\\u0070\\u0068x_" + BODY + "\";",
        "static final String P = \"p\"; String k = P + \"hx_" + BODY + "\";",
      })
  void hardcodedKeysAssembledOrEscaped(String member) {
    assertSameFindingsAndSome(new HardcodedPostHogKey(), "class A { " + member + " }");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "void a(Model m) { m.addAttribute(\"k\", System.getenv(\"POSTHOG_PERSONAL_\" + \"API_KEY\")); }",
        "void a(Model m) { m.addAttribute(\"k\", System.getenv(\"POSTHOG_\\u0050ERSONAL_API_KEY\")); }",
        "void a(Model m) { m.addAttribute(\"k\", \"ph\" + \"x_" + BODY + "\"); }",
      })
  void personalKeysReachingAClient(String member) {
    assertSameFindingsAndSome(
        new PostHogKeyClientExposure(FlowOptions.NONE),
        "import org.springframework.ui.Model; @org.springframework.stereotype.Controller class A { "
            + member
            + " }");
  }

  @Test
  void aTeamsSourceReachingAClient() {
    FlowOptions options =
        io.github.posthogguard.options.GuardOptions.parse(
            java.util.Map.of(
                io.github.posthogguard.options.GuardOptions.SECRET_SOURCES, "readVaultEntry"));
    assertSameFindingsAndSome(
        new PostHogKeyClientExposure(options),
        "import org.springframework.ui.Model; @org.springframework.stereotype.Controller class A {"
            + " String readVaultEntry(String n) { return n; }"
            + " void a(Model m) { m.addAttribute(\"k\", readVaultEntry(\"db\")); } }");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "void a(String db_PASSWORD) { LOG.info(db_PASSWORD); }",
        "void a(String signing$Key) { LOG.info(signing$Key); }",
        "void a(javax.servlet.http.HttpServletRequest r) { LOG.info(r.getHeader(\"Cookie\")); }",
        "void a(javax.servlet.http.HttpServletRequest r) { LOG.info(r.getRequestedSessionId()); }",
        "void a() { LOG.info(System.getenv(\"POSTHOG_PERSONAL_API_KEY\")); }",
      })
  void secretsReachingALog(String member) {
    assertSameFindingsAndSome(
        new SecretToLog(FlowOptions.NONE),
        "class A { static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(A.class); "
            + member
            + " }");
  }

  @Test
  void postHogConfigurationsWhateverTheirImports() {
    String fullConstructor =
        "import com.posthog.server.*; class A { Object c = PostHogConfig.builder(\"phc_"
            + BODY
            + "\")"
            + ".personalApiKey(System.getenv(\"POSTHOG_PERSONAL_API_KEY\")).debug(true).build(); }";
    assertSameFindingsAndSome(new PostHogDebugLogsPersonalKey(), fullConstructor);
    String misuse =
        "import com.posthog.server.*; class A { Object c = PostHogConfig.builder(System.getenv(\"POSTHOG_PERSONAL_API_KEY\")).build(); }";
    assertSameFindingsAndSome(new PostHogKeyMisuse(FlowOptions.NONE), misuse);
  }

  @Test
  void filesWithoutAnyClueAreNotParsed() {
    Analyzer analyzer = new Analyzer(io.github.posthogguard.rules.Rules.all());
    SourceFile plain =
        new SourceFile(
            "Plain.java",
            "class Plain { int size(java.util.Map<String, Integer> keys) { return keys.size(); } }");
    SourceFile broken = new SourceFile("Broken.java", "class Broken { void a( }");

    assertThat(analyzer.parses(plain)).isFalse();
    assertThat(analyzer.analyze(broken).problem())
        .as("nothing to find: never parsed, never reported")
        .isEmpty();
    assertThat(analyzer.withoutPrefilter().analyze(broken).problem()).isPresent();
  }

  private static void assertSameFindingsAndSome(Rule rule, String source) {
    Analyzer analyzer = new Analyzer(List.of(rule));
    SourceFile file = new SourceFile("A.java", source);

    FileAnalysis filtered = analyzer.analyze(file);

    assertThat(filtered.problem()).isEmpty();
    assertThat(filtered.findings()).as(source).isNotEmpty();
    assertThat(filtered).isEqualTo(analyzer.withoutPrefilter().analyze(file));
  }
}
