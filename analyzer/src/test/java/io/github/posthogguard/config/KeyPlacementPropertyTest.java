package io.github.posthogguard.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.keys.PostHogKeys;
import io.github.posthogguard.rules.HardcodedPostHogKey;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Any {@code phx_} key placed into any supported format, in any of its quoting or escaping forms,
 * among unrelated entries, is found once, on the line where it is written (where its value starts
 * when no line holds it whole); a {@code phc_} key in the same places never gives a finding. A
 * seeded random walk over formats, forms, names, escapes and split points.
 */
class KeyPlacementPropertyTest {
  private static final long SEED = 20261202L;
  private static final int CASES = 4000;
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final List<String> NEUTRAL_WORDS =
      List.of(
          "shop", "checkout", "cart", "region", "timeout", "retries", "color", "banner", "queue");

  /** A key written into a file: the fragment's text and the line of the fragment to expect. */
  record Placed(String text, int line) {}

  /** A format: its file name, a neutral line, and the ways a value can be written in it. */
  record Format(String path, BiFunction<Random, String, String> filler, List<Form> forms) {}

  interface Form {
    Placed place(Random random, String name, String key);
  }

  @Test
  void aSecretKeyIsFoundOnceOnItsLineAndAProjectKeyNever() {
    Random random = new Random(SEED);
    List<Format> formats = formats();
    int secretCases = 0;
    for (int i = 0; i < CASES; i++) {
      Format format = formats.get(random.nextInt(formats.size()));
      Form form = format.forms().get(random.nextInt(format.forms().size()));
      boolean secret = random.nextInt(4) != 0;
      String key = key(random, secret ? "phx_" : "phc_");
      String name = name(random);
      StringBuilder text = new StringBuilder();
      int lines = 0;
      for (int k = random.nextInt(4); k > 0; k--) {
        text.append(format.filler().apply(random, name(random))).append('\n');
        lines++;
      }
      Placed placed = form.place(random, name, key);
      int expectedLine = lines + 1 + placed.line();
      text.append(placed.text()).append('\n');
      for (int k = random.nextInt(3); k > 0; k--) {
        text.append(format.filler().apply(random, name(random))).append('\n');
      }
      FileAnalysis analysis =
          new ConfigAnalyzer().analyze(new SourceFile(format.path(), text.toString()));
      String context = "case " + i + " (" + format.path() + "):\n" + text;
      assertThat(analysis.problem()).as(context).isEmpty();
      if (secret) {
        secretCases++;
        // An Android string resource also ships the key: PostHogKeyClientExposure, same place.
        assertThat(analysis.findings())
            .as(context)
            .hasSize(format.path().contains("/res/values/") ? 2 : 1)
            .allMatch(f -> f.line() == expectedLine);
        assertThat(analysis.findingsOf(HardcodedPostHogKey.ID)).as(context).hasSize(1);
      } else {
        assertThat(analysis.findings()).as(context).isEmpty();
      }
    }
    assertThat(secretCases).isGreaterThan(CASES / 2);
  }

  private static String key(Random random, String prefix) {
    while (true) {
      int length = prefix.equals("phc_") ? 43 : 41 + random.nextInt(9);
      StringBuilder key = new StringBuilder(prefix);
      for (int i = 0; i < length; i++) {
        key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      if (PostHogKeys.find(key.toString()).size() == 1) {
        return key.toString();
      }
    }
  }

  private static String name(Random random) {
    return NEUTRAL_WORDS.get(random.nextInt(NEUTRAL_WORDS.size()))
        + "_"
        + NEUTRAL_WORDS.get(random.nextInt(NEUTRAL_WORDS.size()))
        + random.nextInt(100);
  }

  private static List<Format> formats() {
    return List.of(
        new Format("config/app.properties", (r, n) -> n + "=" + r.nextInt(1000), properties()),
        new Format("config/application.yml", (r, n) -> n + ": " + r.nextInt(1000), yaml()),
        new Format("config/settings.json", (r, n) -> "", json()),
        new Format("deploy/.env.staging", (r, n) -> n.toUpperCase() + "=" + r.nextInt(9), dotenv()),
        new Format("deploy/run.sh", (r, n) -> "echo " + n, shell()),
        new Format("deploy/Dockerfile", (r, n) -> "RUN echo " + n, dockerfile()),
        new Format("config/settings.xml", (r, n) -> "<!-- " + n + " -->", xml()),
        new Format(
            "app/src/main/res/values/strings.xml", (r, n) -> "<!-- " + n + " -->", android()),
        new Format("app/build.gradle", (r, n) -> "// " + n, groovy()),
        new Format("app/build.gradle.kts", (r, n) -> "// " + n, kotlin()),
        new Format("src/main/kotlin/Config.kt", (r, n) -> "// " + n, kotlin()),
        new Format("config/site.toml", (r, n) -> n + " = " + r.nextInt(1000), toml()),
        new Format("docs/SETUP.md", (r, n) -> "Set " + n + " first.", text()));
  }

  private static List<Form> properties() {
    return List.of(
        (r, n, k) -> new Placed(n + separator(r) + k, 0),
        (r, n, k) -> new Placed(n + separator(r) + escapeSome(r, k, "\\u%04x"), 0),
        (r, n, k) -> new Placed(n + separator(r) + backslashSome(r, k), 0),
        (r, n, k) -> {
          int split = 1 + r.nextInt(k.length() - 1);
          return new Placed(n + "=" + k.substring(0, split) + "\\\n    " + k.substring(split), 0);
        },
        (r, n, k) -> new Placed("%dev." + n + "=${" + n.toUpperCase() + ":" + k + "}", 0),
        (r, n, k) -> new Placed("# old value: " + k, 0));
  }

  private static String separator(Random random) {
    return List.of("=", " = ", ": ", " ", "\t=\t").get(random.nextInt(5));
  }

  private static List<Form> yaml() {
    return List.of(
        (r, n, k) -> new Placed(n + ": " + k, 0),
        (r, n, k) -> new Placed(n + ": '" + k + "'", 0),
        (r, n, k) ->
            new Placed(
                n + ": \"" + escapeSome(r, k, r.nextBoolean() ? "\\x%02x" : "\\u%04x") + "\"", 0),
        (r, n, k) -> new Placed("outer:\n  " + n + ":\n    - " + k, 2),
        (r, n, k) -> new Placed(n + ": {inner: " + k + ", other: 1}", 0),
        (r, n, k) ->
            new Placed(n + ": " + (r.nextBoolean() ? "|" : ">-") + "\n  first line\n  " + k, 2),
        (r, n, k) -> {
          int split = 1 + r.nextInt(k.length() - 1);
          return new Placed(
              n + ": \"" + k.substring(0, split) + "\\\n  " + k.substring(split) + "\"", 0);
        },
        (r, n, k) -> new Placed("base: &anchor " + k + "\n" + n + ": *anchor", 0),
        (r, n, k) -> new Placed(n + ": ${" + n.toUpperCase() + ":" + k + "}  # default", 0),
        (r, n, k) -> new Placed("environment:\n  - " + n.toUpperCase() + "=" + k, 1));
  }

  private static List<Form> json() {
    return List.of(
        (r, n, k) -> new Placed("{\"" + n + "\": \"" + k + "\"}", 0),
        (r, n, k) -> new Placed("{\"" + n + "\": \"" + escapeSome(r, k, "\\u%04x") + "\"}", 0),
        (r, n, k) ->
            new Placed("{\n  \"a\": [1, 2],\n  \"" + n + "\": {\"v\": \"" + k + "\"}\n}", 2));
  }

  private static List<Form> dotenv() {
    return List.of(
        (r, n, k) -> new Placed(n.toUpperCase() + "=" + k, 0),
        (r, n, k) -> new Placed("export " + n.toUpperCase() + "=\"" + k + "\" # note", 0),
        (r, n, k) -> new Placed(n.toUpperCase() + " = '" + k + "'", 0),
        (r, n, k) -> new Placed(n.toUpperCase() + "=" + k + " # rotated", 0));
  }

  private static List<Form> shell() {
    return List.of(
        (r, n, k) -> new Placed("export " + n.toUpperCase() + "=" + k, 0),
        (r, n, k) -> {
          int split = 1 + r.nextInt(k.length() - 1);
          return new Placed(
              n.toUpperCase() + "=\"" + k.substring(0, split) + "\"'" + k.substring(split) + "'",
              0);
        },
        (r, n, k) -> new Placed(n.toUpperCase() + "=$'" + escapeSome(r, k, "\\x%02x") + "'", 0),
        (r, n, k) ->
            new Placed("curl -H \"Authorization: Bearer " + k + "\" https://eu.posthog.com", 0));
  }

  private static List<Form> dockerfile() {
    return List.of(
        (r, n, k) -> new Placed("ENV " + n.toUpperCase() + "=" + k, 0),
        (r, n, k) -> new Placed("ENV " + n.toUpperCase() + " " + k, 0),
        (r, n, k) -> new Placed("ARG " + n.toUpperCase() + "=\"" + k + "\"", 0));
  }

  private static List<Form> xml() {
    return List.of(
        (r, n, k) -> new Placed("<config><" + n + ">" + k + "</" + n + "></config>", 0),
        (r, n, k) ->
            new Placed("<config>\n  <entry name=\"" + n + "\" value=\"" + k + "\"/>\n</config>", 1),
        (r, n, k) -> new Placed("<config><" + n + "><![CDATA[" + k + "]]></" + n + "></config>", 0),
        (r, n, k) ->
            new Placed(
                "<config>\n<"
                    + n
                    + ">"
                    + escapeSome(r, k, r.nextBoolean() ? "&#%d;" : "&#x%x;")
                    + "</"
                    + n
                    + "></config>",
                1));
  }

  private static List<Form> android() {
    return List.of(
        (r, n, k) ->
            new Placed(
                "<resources><string name=\"" + n + "_label\">" + k + "</string></resources>", 0),
        (r, n, k) ->
            new Placed(
                "<resources>\n<string name=\""
                    + n
                    + "\">\""
                    + escapeSome(r, k, "\\u%04x")
                    + "\"</string></resources>",
                1));
  }

  private static List<Form> groovy() {
    return List.of(
        (r, n, k) -> new Placed("def " + n + " = '" + k + "'", 0),
        (r, n, k) -> new Placed("ext." + n + " = \"" + escapeSome(r, k, "\\u%04x") + "\"", 0),
        (r, n, k) -> {
          int split = 1 + r.nextInt(k.length() - 1);
          return new Placed(
              "def " + n + " = '" + k.substring(0, split) + "' + \"" + k.substring(split) + "\"",
              0);
        },
        (r, n, k) -> new Placed("println '''" + k + "'''", 0));
  }

  private static List<Form> kotlin() {
    return List.of(
        (r, n, k) -> new Placed("val " + n + " = \"" + k + "\"", 0),
        (r, n, k) ->
            new Placed("val " + n + ": String = \"" + escapeSome(r, k, "\\u%04x") + "\"", 0),
        (r, n, k) -> {
          int split = 1 + r.nextInt(k.length() - 1);
          return new Placed(
              "val "
                  + n
                  + " = \""
                  + k.substring(0, split)
                  + "\" +\n    \""
                  + k.substring(split)
                  + "\"",
              0);
        },
        (r, n, k) -> new Placed("val " + n + " = \"\"\"\n    " + k + "\n\"\"\"", 1),
        (r, n, k) -> new Placed("fun f() = call(token = \"" + k + "\")", 0));
  }

  private static List<Form> toml() {
    return List.of(
        (r, n, k) -> new Placed(n + " = \"" + k + "\"", 0),
        (r, n, k) -> new Placed(n + " = '" + k + "'", 0),
        (r, n, k) -> new Placed(n + " = \"" + escapeSome(r, k, "\\u%04X") + "\"", 0),
        (r, n, k) -> new Placed("[" + n + "]\nvalue = \"\"\"\n" + k + "\"\"\"", 2),
        (r, n, k) -> new Placed(n + " = { inner = \"" + k + "\" }", 0));
  }

  private static List<Form> text() {
    return List.of(
        (r, n, k) -> new Placed("The key is " + k + ", keep it safe.", 0),
        (r, n, k) -> new Placed("Run `export " + n.toUpperCase() + "=" + k + "` first.", 0));
  }

  /** The key with some chars (the prefix's first, often) written as escapes of {@code pattern}. */
  private static String escapeSome(Random random, String key, String pattern) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      boolean escape = i == 0 ? random.nextBoolean() : random.nextInt(8) == 0;
      out.append(
          escape ? String.format(pattern, (int) key.charAt(i)) : String.valueOf(key.charAt(i)));
    }
    return out.toString();
  }

  /** The key with some chars preceded by a backslash, which .properties drops. */
  private static String backslashSome(Random random, String key) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean escape = random.nextInt(6) == 0 && "tnrfu".indexOf(c) < 0;
      out.append(escape ? "\\" : "").append(c);
    }
    return out.toString();
  }
}
