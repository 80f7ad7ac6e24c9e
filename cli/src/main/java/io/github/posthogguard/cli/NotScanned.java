package io.github.posthogguard.cli;

/**
 * The files a scan left out on purpose, counted for the summary: binary files, files larger than
 * the limit, and files and folders git ignores. (Excluded folders are not counted.)
 */
public record NotScanned(int binary, int tooLarge, long maxFileBytes, int ignoredByGit) {
  public static final NotScanned NONE = new NotScanned(0, 0, 0, 0);

  public boolean any() {
    return binary + tooLarge + ignoredByGit > 0;
  }

  /** "2 binary, 1 larger than 10 MB, 3 ignored by git", the zero counts left out. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    append(text, binary, "binary");
    append(text, tooLarge, "larger than " + maxFileBytes / (1024 * 1024) + " MB");
    append(text, ignoredByGit, "ignored by git");
    return text.toString();
  }

  private static void append(StringBuilder text, int count, String what) {
    if (count > 0) {
      text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(what);
    }
  }
}
