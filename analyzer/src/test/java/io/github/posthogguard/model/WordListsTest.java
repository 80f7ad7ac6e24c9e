package io.github.posthogguard.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.docs.RuleDocs;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.rules.Clues;
import io.github.posthogguard.rules.Rules;
import io.github.posthogguard.rules.SecretToLog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The word lists around the models, held to them so that they cannot drift: the prefilters' words
 * ({@link Clues}) let every file through that a row of the models can report in; the API lists of
 * {@code rules-docs/} name every API of the rows they list, and only APIs the models know; and each
 * word of the models' own word lists, tried alone, makes the difference between a line reported and
 * the same line with another word. The meta-test {@link ModelCoverageTest} asks the case files for
 * every row of an API.
 */
class WordListsTest {
  private static final ApiModel MODEL = ApiModel.builtIn();

  /** The kinds of source judged by the name of what they read (a key the row's `key` names). */
  private static final Set<String> KEYED_KINDS =
      Set.of("config", "param", "android-string", "named-cookie", "config-file");

  /**
   * The kinds of source judged by the name of what they are read from (an input field the code
   * names {@code password}): the secret-word prefilter sees that name.
   */
  private static final Set<String> NAMED_KINDS = Set.of("input");

  /** The kinds of source that are secrets by their API, which the prefilter spots by its words. */
  private static final Set<String> API_KINDS =
      Set.of(
          "header",
          "session",
          "cookie",
          "cookie-value",
          "password",
          "environment",
          "configuration");

  private static final Pattern CALL_IN_CODE =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:<[^>]*>)?\\(");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern ANNOTATION_IN_CODE = Pattern.compile("@([A-Z][A-Za-z0-9_]*)");

  /**
   * A source read by an API (no name to judge) is let through by {@link Clues#API_SOURCE_WORDS}:
   * each of its methods, its type or the package the file imports it from spells one; a source
   * judged by a name has the key to judge.
   */
  @Test
  void everyApiSourceSpellsAWordOfTheSecretPrefilter() {
    for (ModelRow row : MODEL.rows("sources")) {
      String kind = row.require("kind");
      assertThat(kind).as(row.toString()).isIn(union(union(KEYED_KINDS, NAMED_KINDS), API_KINDS));
      if (KEYED_KINDS.contains(kind)) {
        assertThat(row.get("key")).as(row + ": the name to judge").isPresent();
        continue;
      }
      if (NAMED_KINDS.contains(kind)) {
        assertThat(row.get("key")).as(row + ": judged by its receiver's name").isEmpty();
        continue;
      }
      List<ModelRow> spelled =
          row.get("role").isPresent()
              ? MODEL.rows("roles").stream()
                  .filter(r -> r.get("role").equals(row.get("role")))
                  .toList() // a map of every header: the call that gives the role spells it
              : List.of(row);
      assertThat(spelled).as(row + ": the rows that give its role").isNotEmpty();
      for (ModelRow source : spelled) {
        String owner = source.get("type").orElse("");
        for (String method : source.list("methods")) {
          assertThat(Clues.API_SOURCE_WORDS)
              .as("%s: %s.%s() spells no word of Clues.API_SOURCE_WORDS", row, owner, method)
              .anyMatch(word -> TextClues.wordsOf(owner + method).contains(word));
        }
      }
    }
  }

  /** The PostHog rules' prefilter asks for "posthog": every SDK row's type is in its package. */
  @Test
  void everyPostHogSdkRowNamesATypeThePostHogPrefilterLetsThrough() {
    List<ModelRow> sdkRows =
        MODEL.rows().stream()
            .filter(row -> row.source().startsWith("posthog-sdk.yml"))
            // a request body's rows name the JDK's and JSON libraries' types, or none (a record's
            // member, a JSON text's)
            .filter(row -> !row.section().startsWith("requestKey"))
            .toList();
    assertThat(sdkRows).isNotEmpty();
    for (ModelRow row : sdkRows) {
      String type = row.require("type");
      assertThat(Clues.mayConfigurePostHog(new TextClues("import " + type + ";")))
          .as(row.toString())
          .isTrue();
    }
  }

  /** Every logging API of the models is named in the rule's description, by its label. */
  @Test
  void theSecretToLogDocNamesEveryLoggingApiOfTheModels() {
    String doc = apiLists("SecretToLog").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    assertThat(MODEL.rows("logSinks").stream().map(row -> row.require("label")).distinct())
        .filteredOn(label -> !doc.contains(label.toLowerCase(Locale.ROOT)))
        .as("logging APIs of the models that SecretToLog.md does not name")
        .isEmpty();
  }

  /** Every method and constructor of a client sink is named in the rule's description. */
  @Test
  void theClientExposureDocNamesEveryClientSinkOfTheModels() {
    assertThat(unnamed("PostHogKeyClientExposure", MODEL.rows("clientSinks"))).isEmpty();
  }

  /** Every key slot and setting of the SDKs is named in its rule's description. */
  @Test
  void thePostHogDocsNameEveryKeySlotAndSettingOfTheModels() {
    assertThat(unnamed("PostHogKeyMisuse", MODEL.rows("keySlots"))).isEmpty();
    assertThat(
            unnamed(
                "PostHogDebugLogsPersonalKey",
                MODEL.rows("posthogSettings").stream()
                    .filter(row -> row.get("setting").isPresent())
                    .toList()))
        .isEmpty();
  }

  /** The calls of rows that a rule's description does not name, as {@code row: name}. */
  private static List<String> unnamed(String ruleId, List<ModelRow> rows) {
    Set<String> named = calledInCode(apiLists(ruleId));
    List<String> unnamed = new ArrayList<>();
    for (ModelRow row : rows) {
      for (String call : calledNames(row)) {
        if (!named.contains(call)) {
          unnamed.add(row.source() + ": " + call);
        }
      }
    }
    return unnamed;
  }

  /**
   * What the API lists of the rule descriptions name in code, a call ({@code setHeader(..)}, {@code
   * new Cookie(..)}) or an annotation ({@code @Value}), the models know: a method, a type or an
   * annotation of one of their rows, or a method of the JDK or of the project the rules read
   * without a row.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleIds")
  void everyApiADocNamesIsKnownToTheModels(String ruleId) {
    Set<String> known = new HashSet<>(NAMED_WITHOUT_A_ROW);
    for (ModelRow row : MODEL.rows()) {
      known.addAll(row.list("methods"));
      known.addAll(row.list("chainArgs"));
      known.addAll(row.list("redactedBy"));
      known.addAll(row.list("filteredBy"));
      for (String attribute : List.of("type", "annotation", "returns", "class", "mapping")) {
        row.get(attribute).map(WordListsTest::simpleName).ifPresent(known::add);
      }
      row.list("annotations").stream().map(WordListsTest::simpleName).forEach(known::add);
      row.list("parameterAnnotations").stream().map(WordListsTest::simpleName).forEach(known::add);
      row.list("methodAnnotations").stream().map(WordListsTest::simpleName).forEach(known::add);
      row.list("advice").stream().map(WordListsTest::simpleName).forEach(known::add);
      row.list("requires").stream().map(WordListsTest::simpleName).forEach(known::add);
      row.list("supertypes").stream().map(WordListsTest::simpleName).forEach(known::add);
      row.get("field").map(WordListsTest::simpleName).ifPresent(known::add);
    }
    String lists = apiLists(ruleId);
    Set<String> named = calledInCode(lists);
    Matcher code = CODE.matcher(lists);
    while (code.find()) {
      Matcher annotation = ANNOTATION_IN_CODE.matcher(code.group(1));
      while (annotation.find()) {
        named.add(annotation.group(1));
      }
    }
    named.removeAll(known);
    assertThat(named).as("APIs %s.md names that no row of the models knows", ruleId).isEmpty();
  }

  static List<String> ruleIds() {
    return Rules.all().stream().map(Rule::id).toList();
  }

  /**
   * Calls the descriptions name that the rules know without a row: the project's own code, and the
   * JDK's strings and scalars, which need no model.
   */
  private static final Set<String> NAMED_WITHOUT_A_ROW =
      Set.of(
          // a getter of the project, judged by its name
          "getPersonalApiKey",
          // an object built from the key carries it: no row names its constructor
          "TextMessage",
          // components of the row of every type of com.vaadin.flow.component
          "Span",
          "Text",
          // a @Service or @Bean method of the project, whose value the rules follow
          "Bean",
          // a constant boolean, which the evaluator reads
          "parseBoolean");

  /** The part of a rule's description that lists what it knows: "Why is this an issue?". */
  private static String apiLists(String ruleId) {
    String markdown = RuleDocs.load(ruleId).markdown();
    int start = markdown.indexOf("## Why is this an issue?");
    int end = markdown.indexOf("## How to fix it");
    assertThat(start).as(ruleId).isNotNegative();
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }

  /**
   * The names called in code spans: {@code setHeader} of `setHeader(..)`, {@code Cookie} of `new
   * Cookie(..)`.
   */
  private static Set<String> calledInCode(String markdown) {
    Set<String> names = new HashSet<>();
    Matcher code = CODE.matcher(markdown);
    while (code.find()) {
      Matcher call = CALL_IN_CODE.matcher(code.group(1));
      while (call.find()) {
        names.add(call.group(1));
      }
    }
    return names;
  }

  /** What a doc writes for a row: its methods, or its type's simple name for a constructor. */
  private static List<String> calledNames(ModelRow row) {
    if (row.flag("constructor")) {
      String type = row.require("type");
      // a row of every type of a package: the doc gives examples (new Span(key))
      return type.endsWith(".*") ? List.of() : List.of(simpleName(type));
    }
    return row.list("methods");
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.addAll(b);
    return both;
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  static Set<String> secretHeaders() {
    return MODEL.words("secretHeaders");
  }

  static Set<String> sessionCookies() {
    return MODEL.words("sessionCookies");
  }

  static Set<String> sanitizerWords() {
    return MODEL.words("sanitizerWords");
  }

  static Set<String> redactionMarks() {
    return MODEL.words("redactionMarks");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secretHeaders")
  void aSecretHeaderIsASecretInAnyCase(String header) {
    String source =
        """
        import jakarta.servlet.http.HttpServletRequest;
        import org.slf4j.Logger;
        class A {
          Logger log;
          void a(HttpServletRequest request) {
            log.info("header {}", request.getHeader("%s"));
            log.info("header {}", request.getHeader("%s"));
            log.info("header {}", request.getHeader("Accept-Language"));
          }
        }
        """
            .formatted(header, header.toLowerCase(Locale.ROOT));

    assertThat(loggedLines(source)).containsExactly(6, 7);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessionCookies")
  void aSessionCookiePickedByItsNameIsASecret(String cookie) {
    String source =
        """
        import jakarta.servlet.http.Cookie;
        import jakarta.servlet.http.HttpServletRequest;
        import org.slf4j.Logger;
        class A {
          Logger log;
          void a(HttpServletRequest request) {
            for (Cookie c : request.getCookies()) {
              if ("%s".equals(c.getName())) {
                log.info("cookie {}", c.getValue());
              }
              if ("theme".equals(c.getName())) {
                log.info("cookie {}", c.getValue());
              }
            }
          }
        }
        """
            .formatted(cookie);

    assertThat(loggedLines(source)).containsExactly(9);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sanitizerWords")
  void aMethodNamedForASanitizerHidesTheSecret(String word) {
    String source =
        """
        import org.slf4j.Logger;
        class A {
          Logger log;
          String password = System.getenv("DB_PASSWORD");
          void a() {
            log.info("password {}", %1$sOf());
            log.info("password {}", renderOf());
          }
          String %1$sOf() { return password; }
          String renderOf() { return password; }
        }
        """
            .formatted(word);

    assertThat(loggedLines(source)).containsExactly(7);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("redactionMarks")
  void aReplacementWritingARedactionMarkHidesWhatItMatched(String mark) {
    String source =
        """
        import org.slf4j.Logger;
        class A {
          Logger log;
          String password = System.getenv("DB_PASSWORD");
          void a() {
            log.info("password {}", password.replaceAll(".", "%1$s"));
            log.info("password {}", password.replaceAll(" ", "_"));
          }
        }
        """
            .formatted(mark);

    assertThat(loggedLines(source)).containsExactly(7);
  }

  private static List<Integer> loggedLines(String source) {
    return new Analyzer(List.of(new SecretToLog(FlowOptions.NONE)))
        .analyze(new SourceFile("A.java", source)).findings().stream().map(Finding::line).toList();
  }
}
