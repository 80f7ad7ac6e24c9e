package io.github.posthogguard.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The baseline the CLI's text reading is held to, end to end: a plain scanner that walks a folder
 * and matches key-shaped words line by line in every file but Java files, printing the count.
 */
public final class PlainLineScan {
  private static final Pattern KEY_WORD = Pattern.compile("ph[xsarc]_[A-Za-z0-9]{30,60}");

  private PlainLineScan() {}

  public static void main(String[] args) throws IOException {
    int hits = 0;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      List<Path> files =
          walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".java")).toList();
      for (Path file : files) {
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
          Matcher m = KEY_WORD.matcher(line);
          while (m.find()) {
            hits++;
          }
        }
      }
    }
    System.out.println(hits + " key-shaped words");
  }
}
