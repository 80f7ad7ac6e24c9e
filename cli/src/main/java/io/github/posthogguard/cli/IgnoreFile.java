package io.github.posthogguard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code .posthog-guard-ignore} file: one entry a line, a path glob or a finding's fingerprint,
 * then the reason, which is required. Lines starting with {@code #} are comments.
 *
 * <pre>
 * # revoked on 2024-05-02, kept as a test fixture
 * src/test/resources/fixtures/**   fixtures hold revoked keys
 * 9c1d0e2f4a5b6c7d8e9f0a1b2c3d4e5f  the demo key of the README, revoked
 * </pre>
 *
 * Globs are relative to the file's folder and read as in {@code .gitignore}: a glob without a slash
 * matches a file or folder name at any depth ({@code *.md}), a glob with one matches the path from
 * the file's folder ({@code docs/**}, {@code /config/dev.env}), and a trailing slash matches
 * everything below a folder ({@code generated/}).
 */
public final class IgnoreFile {
  /** The name the tools look for, in the scanned folder or the repository's root. */
  public static final String NAME = ".posthog-guard-ignore";

  /** One entry: its line, what it matches and why. */
  record Entry(int line, String pattern, String reason, PathMatcher glob) {
    boolean isFingerprint() {
      return glob == null;
    }
  }

  private final Path file;
  private final Path folder;
  private final List<Entry> entries;
  private final Set<Entry> used = new HashSet<>();

  private IgnoreFile(Path file, List<Entry> entries) {
    this.file = file;
    Path parent = file.toAbsolutePath().normalize().getParent();
    this.folder = parent == null ? Path.of("").toAbsolutePath() : parent;
    this.entries = entries;
  }

  /** Reads the file; a malformed entry is an {@link InputError} naming its line. */
  public static IgnoreFile read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputError(
          "cannot read the ignore file " + file + ": " + ScanResult.Notice.reason(e), e);
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      if (parts.length < 2 || parts[1].isBlank()) {
        throw new InputError(
            file + ":" + (i + 1) + ": an entry needs a reason after its glob or fingerprint");
      }
      String pattern = parts[0];
      PathMatcher glob = Fingerprints.isFingerprint(pattern) ? null : glob(file, i + 1, pattern);
      entries.add(new Entry(i + 1, pattern, parts[1].strip(), glob));
    }
    return new IgnoreFile(file, entries);
  }

  private static PathMatcher glob(Path file, int line, String pattern) {
    String glob = pattern.replace('\\', '/');
    boolean anchored = glob.startsWith("/") || glob.substring(0, glob.length() - 1).contains("/");
    if (glob.startsWith("/")) {
      glob = glob.substring(1);
    }
    if (glob.endsWith("/")) {
      glob = glob + "**";
    }
    if (!anchored) {
      // A name at any depth, and everything below a folder of that name.
      glob = "{**/,}" + glob + "{,/**}";
    }
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      throw new InputError(file + ":" + line + ": not a glob: " + pattern);
    }
  }

  /** Whether an entry matches the finding at {@code path} with {@code fingerprint}. */
  boolean ignores(String path, String fingerprint) {
    Path absolute = Path.of(path).toAbsolutePath().normalize();
    Path relative = absolute.startsWith(folder) ? folder.relativize(absolute) : null;
    boolean ignored = false;
    for (Entry entry : entries) {
      boolean matches =
          entry.isFingerprint()
              ? entry.pattern().equalsIgnoreCase(fingerprint)
              : relative != null && entry.glob().matches(relative);
      if (matches) {
        used.add(entry);
        ignored = true;
      }
    }
    return ignored;
  }

  /** The entries that matched no finding, as notices naming the file and line. */
  List<ScanResult.Notice> unused() {
    String name = SourceCollector.display(file);
    return entries.stream()
        .filter(e -> !used.contains(e))
        .map(
            e ->
                ScanResult.Notice.note(
                    name + ":" + e.line(), "unused ignore entry '" + e.pattern() + "'"))
        .toList();
  }
}
