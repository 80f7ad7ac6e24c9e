package io.github.posthogguard.benchmarks;

import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.config.ConfigAnalyzer;
import io.github.posthogguard.config.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What reading every text file costs the CLI: the config-file rules ({@link ConfigAnalyzer})
 * against a plain line-by-line regex scan for key-shaped words, on the same files, read the same
 * way (the CLI's probe of the first bytes, then the whole file as UTF-8), in one JVM, rounds
 * interleaved after a warm-up; medians.
 *
 * <p>Arguments: the folders whose non-Java files to scan, then the number of rounds. Prints a
 * Markdown table.
 */
public final class TextScanBenchmark {
  private static final Pattern KEY_WORD = Pattern.compile("ph[xsarc]_[A-Za-z0-9]{30,60}");

  private TextScanBenchmark() {}

  public static void main(String[] args) throws IOException {
    int rounds = Integer.parseInt(args[args.length - 1]);
    System.out.println(
        "| files | count | MB | plain line regex (ms) | config rules (ms) | ratio | findings |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (String folder : Arrays.copyOf(args, args.length - 1)) {
      List<Path> files = textFiles(Path.of(folder));
      long bytes = 0;
      for (Path file : files) {
        bytes += Files.size(file);
      }
      ConfigAnalyzer analyzer = new ConfigAnalyzer();
      long[] plain = new long[rounds];
      long[] ours = new long[rounds];
      int findings = 0;
      for (int round = -1; round < rounds; round++) {
        long start = System.nanoTime();
        int hits = plainScan(files);
        long middle = System.nanoTime();
        findings = configScan(files, analyzer);
        long end = System.nanoTime();
        if (round >= 0) {
          plain[round] = middle - start;
          ours[round] = end - middle;
        }
        if (hits < 0) {
          throw new IllegalStateException();
        }
      }
      double plainMs = median(plain) / 1e6;
      double oursMs = median(ours) / 1e6;
      System.out.printf(
          "| %s | %d | %.1f | %.1f | %.1f | %.2f× | %d |%n",
          folder, files.size(), bytes / 1e6, plainMs, oursMs, oursMs / plainMs, findings);
    }
  }

  /** The files the CLI would read as text: not Java, not binary. */
  private static List<Path> textFiles(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        if (!file.toString().endsWith(".java") && !isBinary(file)) {
          files.add(file);
        }
      }
    }
    return files;
  }

  private static boolean isBinary(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(TextFiles.PROBE_BYTES);
      return TextFiles.looksBinary(head, head.length);
    }
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int plainScan(List<Path> files) throws IOException {
    int hits = 0;
    for (Path file : files) {
      isBinary(file);
      for (String line : read(file).split("\n", -1)) {
        Matcher m = KEY_WORD.matcher(line);
        while (m.find()) {
          hits++;
        }
      }
    }
    return hits;
  }

  private static int configScan(List<Path> files, ConfigAnalyzer analyzer) throws IOException {
    int findings = 0;
    for (Path file : files) {
      isBinary(file);
      findings += analyzer.analyze(new SourceFile(file.toString(), read(file))).findings().size();
    }
    return findings;
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }
}
