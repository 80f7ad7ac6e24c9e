package io.github.posthogguard.cli;

import io.github.posthogguard.project.ResultStore;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The result cache on disk: one file in a folder ({@code .posthog-guard-cache/} by default) that
 * keeps what the analysis made of each file in the last run, for the setting it ran with (the
 * tool's build, the options, the configuration files: {@link CacheSetting}). A run reads it whole,
 * takes what still fits, and writes it again only if it had to compute something; it then holds
 * exactly the entries this run used, so it never grows beyond one run's worth.
 *
 * <p>A cache that cannot be read (missing, corrupt, of another format or setting) is empty; one
 * that cannot be written leaves the run as it was, with one notice. It never fails a scan.
 */
public final class ResultCache {
  /** The folder's default name, in the working directory; never scanned. */
  public static final String DEFAULT_FOLDER = ".posthog-guard-cache";

  static final String FILE = "results-1.bin";

  private static final int MAGIC = 0x50484743; // "PHGC"
  private static final int FORMAT = 1;

  /** Tells backup and archiving tools that the folder is a cache (bford.info/cachedir). */
  static final String CACHEDIR_TAG =
      "Signature: 8a477f597d28d172789f06886806bc55\n"
          + "# This file is a cache directory tag created by posthog-guard.\n"
          + "# For information about cache directory tags see https://bford.info/cachedir/\n";

  private final Path folder;

  /** Whether {@code dir} is a result cache folder (of any name): the collector never scans one. */
  static boolean isCacheFolder(Path dir) {
    Path tag = dir.resolve("CACHEDIR.TAG");
    try {
      return Files.isRegularFile(tag)
          && Files.size(tag) == CACHEDIR_TAG.length()
          && Files.readString(tag, StandardCharsets.UTF_8).equals(CACHEDIR_TAG);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  public ResultCache(Path folder) {
    this.folder = folder;
  }

  public Path folder() {
    return folder;
  }

  /** One entry: the key it was put with, and its value. */
  private record Entry(byte[] key, byte[] value) {}

  /** The cache for one run with {@code setting}: read now, written by {@link Run#close}. */
  Run open(byte[] setting) {
    return new Run(setting, load(setting));
  }

  /** What one run takes from the cache and adds to it. */
  final class Run implements ResultStore {
    private final byte[] setting;
    private final Map<String, Entry> before;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();
    private final AtomicBoolean changed = new AtomicBoolean();

    private Run(byte[] setting, Map<String, Entry> before) {
      this.setting = setting;
      this.before = before;
    }

    @Override
    public byte[] get(String slot, byte[] key) {
      Entry entry = before.get(slot);
      if (entry == null || !Arrays.equals(entry.key(), key)) {
        return null;
      }
      used.putIfAbsent(slot, entry);
      return entry.value();
    }

    @Override
    public void put(String slot, byte[] key, byte[] value) {
      used.put(slot, new Entry(key.clone(), value.clone()));
      changed.set(true);
    }

    @Override
    public void keepAll() {
      before.forEach(used::putIfAbsent);
    }

    /**
     * Writes what this run used, if it differs from what was read: a notice if it cannot (a
     * read-only tree), never an exception.
     */
    Optional<String> close() {
      // Unchanged, the analysis took the whole run from one entry: the others stay for the next
      // change. A run that computed anything writes what it used, and only that.
      if (!changed.get()) {
        return Optional.empty();
      }
      try {
        save(setting, used);
        return Optional.empty();
      } catch (IOException | RuntimeException e) {
        return Optional.of(
            "cannot write the result cache here ("
                + (e instanceof IOException io ? ScanResult.Notice.reason(io) : e.toString())
                + "); this run's results are not kept (--no-cache: no cache at all)");
      }
    }
  }

  private Map<String, Entry> load(byte[] setting) {
    Path file = folder.resolve(FILE);
    try {
      ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
      if (in.remaining() < Long.BYTES || in.getInt() != MAGIC || in.getInt() != FORMAT) {
        return Map.of();
      }
      CRC32C crc = new CRC32C();
      crc.update(in.array(), 0, in.limit() - Long.BYTES);
      if (crc.getValue() != in.getLong(in.limit() - Long.BYTES)) {
        debug("the result cache " + file + " is corrupt: ignored");
        return Map.of();
      }
      in.limit(in.limit() - Long.BYTES);
      if (!Arrays.equals(readBytes(in), setting)) {
        return Map.of();
      }
      int count = in.getInt();
      Map<String, Entry> entries = new HashMap<>();
      for (int i = 0; i < count; i++) {
        String slot = new String(readBytes(in), StandardCharsets.UTF_8);
        entries.put(slot, new Entry(readBytes(in), readBytes(in)));
      }
      return in.hasRemaining() ? Map.of() : entries;
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException | RuntimeException e) {
      debug("cannot read the result cache " + file + ": " + e + "; ignored");
      return Map.of();
    }
  }

  private void save(byte[] setting, Map<String, Entry> entries) throws IOException {
    Files.createDirectories(folder);
    writeIfMissing(folder.resolve(".gitignore"), "# written by posthog-guard\n*\n");
    writeIfMissing(folder.resolve("CACHEDIR.TAG"), CACHEDIR_TAG);
    Path temporary = Files.createTempFile(folder, "results-", ".tmp");
    try {
      try (OutputStream file = Files.newOutputStream(temporary);
          CheckedOutputStream checked =
              new CheckedOutputStream(new BufferedOutputStream(file, 1 << 16), new CRC32C());
          DataOutputStream out = new DataOutputStream(checked)) {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        writeBytes(out, setting);
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> entry : entries.entrySet()) {
          writeBytes(out, entry.getKey().getBytes(StandardCharsets.UTF_8));
          writeBytes(out, entry.getValue().key());
          writeBytes(out, entry.getValue().value());
        }
        out.flush();
        out.writeLong(checked.getChecksum().getValue());
      }
      try {
        Files.move(
            temporary,
            folder.resolve(FILE),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void writeIfMissing(Path file, String text) throws IOException {
    if (!Files.exists(file)) {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(ByteBuffer in) throws IOException {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IOException("bad length " + length);
    }
    byte[] bytes = new byte[length];
    in.get(bytes);
    return bytes;
  }

  /** A line on stderr when {@code POSTHOG_GUARD_DEBUG} is set. */
  static void debug(String message) {
    if (System.getenv("POSTHOG_GUARD_DEBUG") != null) {
      System.err.println(Main.NAME + ": " + message);
    }
  }
}
