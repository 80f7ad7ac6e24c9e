package io.github.posthogguard.testing;

/**
 * A class of the shape that made the analysis superlinear (issue 14): one type with many small
 * methods, a few of them logging a password or assembling a string, at any size. Files of one shape
 * and different sizes tell how the analysis grows with the input.
 */
public final class GeneratedClass {
  private GeneratedClass() {}

  /** About {@code bytes} chars of Java: the same methods, repeated. */
  public static String ofSize(int bytes) {
    StringBuilder text =
        new StringBuilder(bytes + 1024)
            .append("package generated;\n\n")
            .append("import org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\n\n")
            .append("class Generated {\n")
            .append(
                "  private static final Logger LOG = LoggerFactory.getLogger(Generated.class);\n")
            .append("  private final String prefix = \"item-\";\n\n");
    for (int i = 0; text.length() < bytes; i++) {
      text.append("  int m").append(i).append("(int a) {\n");
      text.append("    int b = a + ").append(i % 97).append(";\n");
      text.append("    if (b > 3) {\n      return b * 2;\n    }\n");
      text.append("    return helper(b, prefix + \"").append(i).append("\");\n  }\n\n");
      if (i % 25 == 0) {
        text.append("  void login").append(i).append("(String user, String password) {\n");
        text.append("    LOG.info(\"login \" + user + \" with \" + password);\n  }\n\n");
      }
    }
    return text.append("  int helper(int b, String s) {\n    return b + s.length();\n  }\n}\n")
        .toString();
  }
}
