package io.github.posthogguard.project;

/**
 * A file's package, read from its text without parsing: the name after the first {@code package}
 * keyword outside comments. Empty for the default package.
 */
final class PackageName {
  private PackageName() {}

  static String of(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (c == '@') {
        // an annotation of the package (package-info.java): skip to its end
        i = skipAnnotation(text, i + 1);
      } else if (text.startsWith("package", i)
          && i + 7 < n
          && !Character.isJavaIdentifierPart(text.charAt(i + 7))) {
        int end = text.indexOf(';', i);
        return end < 0 ? "" : text.substring(i + 7, end).replaceAll("\\s+|/\\*.*?\\*/", "");
      } else {
        return "";
      }
    }
    return "";
  }

  private static int skipAnnotation(String text, int from) {
    int i = from;
    while (i < text.length()
        && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '(') {
      int depth = 0;
      for (; i < text.length(); i++) {
        if (text.charAt(i) == '(') {
          depth++;
        } else if (text.charAt(i) == ')' && --depth == 0) {
          return i + 1;
        }
      }
    }
    return i;
  }
}
