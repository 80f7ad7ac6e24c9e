package io.github.posthogguard.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.keys.KeyMask;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The findings a team accepted when it switched the checks on, so that only new ones fail the
 * build. An entry is a rule, a path relative to the baseline file's folder and the finding's {@link
 * Fingerprints fingerprint}: a finding that moves keeps its entry, a changed line (a new key in its
 * place) does not. The line and the masked message are kept for the reader only. No key is stored,
 * not even hashed.
 */
public final class Baseline {
  static final String FORMAT_FIELD = "posthogGuardBaseline";
  static final int FORMAT_VERSION = 1;

  /** One accepted finding. */
  record Entry(String ruleId, String path, String fingerprint, int line, String message) {
    Key key() {
      return new Key(ruleId, path, fingerprint);
    }
  }

  /** What an entry is matched by. */
  record Key(String ruleId, String path, String fingerprint) {}

  record Document(int posthogGuardBaseline, String tool, List<Entry> findings) {}

  private final Path folder;
  private final List<Entry> entries;
  private final Set<Key> keys = new HashSet<>();
  private final Set<Key> matched = new HashSet<>();

  private Baseline(Path file, List<Entry> entries) {
    this.folder = folderOf(file);
    this.entries = entries;
    entries.forEach(e -> keys.add(e.key()));
  }

  /** Reads a baseline; a missing or malformed file is an {@link InputError} in one line. */
  public static Baseline read(Path file) {
    JsonNode root;
    try {
      root = JsonReport.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new InputError(
          "baseline " + file + " does not exist (write one with --write-baseline)", e);
    } catch (JacksonException e) {
      throw corrupt(file, "not JSON (" + firstLine(e.getOriginalMessage()) + ")");
    } catch (IOException e) {
      throw new InputError("cannot read baseline " + file + ": " + ScanResult.Notice.reason(e), e);
    }
    if (root == null || !root.isObject() || root.path(FORMAT_FIELD).asInt(-1) != FORMAT_VERSION) {
      throw corrupt(file, "no \"" + FORMAT_FIELD + "\": " + FORMAT_VERSION);
    }
    JsonNode findings = root.path("findings");
    if (!findings.isArray()) {
      throw corrupt(file, "no \"findings\" array");
    }
    List<Entry> entries = new ArrayList<>();
    int index = 0;
    for (JsonNode node : findings) {
      String ruleId = node.path("ruleId").asText("");
      String path = node.path("path").asText("");
      String fingerprint = node.path("fingerprint").asText("");
      if (ruleId.isEmpty() || path.isEmpty() || !Fingerprints.isFingerprint(fingerprint)) {
        throw corrupt(
            file, "finding " + index + " needs a ruleId, a path and a 32-digit hex fingerprint");
      }
      entries.add(
          new Entry(
              ruleId,
              path,
              fingerprint,
              node.path("line").asInt(0),
              KeyMask.redact(node.path("message").asText(""))));
      index++;
    }
    return new Baseline(file, entries);
  }

  private static InputError corrupt(Path file, String why) {
    return new InputError("baseline " + file + " is not a PostHog Guard baseline: " + why);
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }

  /** Writes every finding of {@code result}; returns how many. */
  public static int write(ScanResult result, Path file) {
    Path folder = folderOf(file);
    List<Entry> entries = new ArrayList<>();
    for (Finding finding : result.findings()) {
      entries.add(
          new Entry(
              finding.ruleId(),
              relative(folder, finding.path()),
              result.fingerprint(finding),
              finding.line(),
              finding.message()));
    }
    entries.sort(
        Comparator.comparing(Entry::path)
            .thenComparingInt(Entry::line)
            .thenComparing(Entry::ruleId)
            .thenComparing(Entry::fingerprint));
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        JsonReport.write(
            new Document(FORMAT_VERSION, Main.NAME + " " + Main.VERSION, entries), out);
      }
    } catch (IOException e) {
      throw new InputError("cannot write baseline " + file + ": " + ScanResult.Notice.reason(e), e);
    }
    return entries.size();
  }

  /** Whether the baseline holds the finding; its entry then counts as found. */
  boolean holds(Finding finding, String fingerprint) {
    Key key = new Key(finding.ruleId(), relative(folder, finding.path()), fingerprint);
    boolean held = keys.contains(key);
    if (held) {
      matched.add(key);
    }
    return held;
  }

  /**
   * The entries no finding matched, among those of {@code scannedPaths} (as findings name them) and
   * of files that no longer exist: an entry of a file this run did not look at is not gone.
   */
  int gone(Set<String> scannedPaths) {
    Set<String> scanned =
        scannedPaths.stream().map(p -> relative(folder, p)).collect(Collectors.toSet());
    return (int)
        entries.stream()
            .filter(e -> !matched.contains(e.key()))
            .filter(e -> scanned.contains(e.path()) || !Files.exists(folder.resolve(e.path())))
            .count();
  }

  private static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  /** The path from {@code folder}, with forward slashes, as entries store it. */
  static String relative(Path folder, String path) {
    Path absolute = Path.of(path).toAbsolutePath().normalize();
    Path relative = absolute.startsWith(folder) ? folder.relativize(absolute) : absolute;
    return StreamSupport.stream(relative.spliterator(), false)
        .map(Path::toString)
        .collect(Collectors.joining("/", absolute.startsWith(folder) ? "" : "/", ""));
  }
}
