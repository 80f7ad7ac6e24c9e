package io.github.posthogguard.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words a Java file's prefilters read: those of its code, never fewer. */
class TextCluesTest {

  @Test
  void commentsAreLeftOut() {
    TextClues clues =
        TextClues.ofJavaSource(
            "/** Parses the session token. */\nclass Lexer { // reads a password\n"
                + "  /* the api key */ int next() { return 0; }\n}\n");
    assertThat(clues.hasWord("token")).isFalse();
    assertThat(clues.hasWord("password")).isFalse();
    assertThat(clues.hasWord("apikey")).isFalse();
    assertThat(clues.hasWord("lexer")).isTrue();
    assertThat(clues.hasWord("next")).isTrue();
  }

  @Test
  void literalsAreKeptWholeWhateverTheyHold() {
    TextClues clues =
        TextClues.ofJavaSource(
            "class A {\n  String url = \"https://example.com/*token*/\";\n"
                + "  char slash = '/'; String q = \"\\\"//\"; String password;\n"
                + "  String block = \"\"\"\n    /* secret */ \\\"\"\" // \n    \"\"\"; String sessionId;\n}\n");
    assertThat(clues.hasWord("token")).isTrue();
    assertThat(clues.hasWord("password")).isTrue();
    assertThat(clues.hasWord("secret")).isTrue();
    assertThat(clues.hasWord("sessionid")).isTrue();
  }

  @Test
  void aCommentMarkerSpelledWithEscapesIsReadAsCode() {
    TextClues clues = TextClues.ofJavaSource("class A { \\u002f\\u002f String token;\n}");
    assertThat(clues.hasWord("token")).isTrue();
  }

  @Test
  void anUnclosedCommentEndsTheCode() {
    assertThat(
            TextClues.ofJavaSource("class A { String token; /* String password;")
                .hasWord("password"))
        .isFalse();
    assertThat(
            TextClues.ofJavaSource("class A { String token; /* String password;").hasWord("token"))
        .isTrue();
  }

  @Test
  void otherTextsKeepEveryWord() {
    assertThat(
            new TextClues("# the api token\nposthog.host=https://eu.i.posthog.com")
                .hasWord("token"))
        .isTrue();
  }
}
