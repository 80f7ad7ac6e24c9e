package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.config.ConfigAnalyzer;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeys;
import io.github.posthogguard.rules.HardcodedPostHogKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevBlob;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevFlag;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Every PostHog secret key ever committed ({@code --history}), with the commit, author date and
 * path where it first appeared: the key must be rotated even when the tree no longer holds it.
 *
 * <p>Commits are walked parents first; each commit's files are compared with its first parent's,
 * and a file version (blob) is read only the first time it is met, so each is read once. Nothing is
 * kept of a blob once it is scanned: the memory held is the commit graph and one flag per blob seen
 * (tens of bytes each), plus the keys found. Java blobs get {@link HardcodedPostHogKey} on their
 * own (no project around them: a key in history is a leak whatever the code does with it), other
 * text blobs the config-file rule of the same name; a blob either cannot read is scanned as plain
 * text. Binary blobs (a NUL in the first 8000 bytes, as git decides) and blobs over the size limit
 * are counted, not read.
 */
final class HistoryScan {
  private static final int BINARY_PROBE = 8000;

  /**
   * Where a key was first committed: {@code path} in the repository, {@code shownPath} as the user
   * sees it from the working directory. {@code range} is in that version of the file.
   */
  record FirstSeen(
      String path,
      String shownPath,
      TextRange range,
      String maskedKey,
      String keyType,
      String commit,
      Instant authorDate) {
    String message() {
      return "PostHog "
          + keyType
          + " "
          + maskedKey
          + " committed in "
          + commit.substring(0, 12)
          + " ("
          + authorDate
          + "): it stays in the history after it is deleted; rotate it in PostHog";
    }
  }

  /** What the walk found and how much it read. */
  record History(
      List<FirstSeen> keys, int commits, int blobsRead, int binary, int tooLarge, String range) {}

  private final Analyzer analyzer = new Analyzer(List.of(new HardcodedPostHogKey()));
  private final ConfigAnalyzer configAnalyzer = new ConfigAnalyzer(List.of(HardcodedPostHogKey.ID));
  private final long maxBlobBytes;

  HistoryScan(long maxBlobBytes) {
    this.maxBlobBytes = maxBlobBytes;
  }

  /** Walks the commits of {@code range} ({@code A..B}, a revision; null: every ref). */
  History scan(GitRepository git, String range) {
    git.requireFullHistory("--history");
    Repository repository = git.jgit();
    Map<String, FirstSeen> keys = new LinkedHashMap<>();
    int commits = 0;
    int blobsRead = 0;
    int binary = 0;
    int tooLarge = 0;
    try (ObjectReader reader = repository.newObjectReader();
        RevWalk walk = new RevWalk(reader)) {
      walk.setRetainBody(false);
      markRange(git, walk, range);
      walk.sort(RevSort.TOPO, true);
      walk.sort(RevSort.REVERSE, true);
      RevFlag seen = walk.newFlag("seen");
      for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
        commits++;
        try (TreeWalk files = new TreeWalk(reader)) {
          files.setRecursive(true);
          if (commit.getParentCount() == 0) {
            files.addTree(new EmptyTreeIterator());
          } else {
            files.addTree(walk.parseCommit(commit.getParent(0)).getTree());
          }
          files.addTree(commit.getTree());
          files.setFilter(TreeFilter.ANY_DIFF);
          while (files.next()) {
            FileMode mode = files.getFileMode(1);
            if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
              continue;
            }
            RevBlob blob = walk.lookupBlob(files.getObjectId(1));
            if (blob.has(seen)) {
              continue;
            }
            blob.add(seen);
            ObjectLoader loader = reader.open(blob, Constants.OBJ_BLOB);
            if (loader.getSize() > maxBlobBytes) {
              tooLarge++;
              continue;
            }
            byte[] bytes;
            try {
              bytes = loader.getCachedBytes();
            } catch (LargeObjectException e) {
              tooLarge++;
              continue;
            }
            if (isBinary(bytes)) {
              binary++;
              continue;
            }
            blobsRead++;
            String path = files.getPathString();
            for (Found found : scan(path, bytes)) {
              if (!keys.containsKey(found.identity())) {
                keys.put(
                    found.identity(),
                    new FirstSeen(
                        path,
                        shown(repository, path),
                        found.range(),
                        found.maskedKey(),
                        found.keyType(),
                        commit.name(),
                        authorDate(repository, commit)));
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new InputError("cannot read the history: " + e.getMessage());
    }
    return new History(List.copyOf(keys.values()), commits, blobsRead, binary, tooLarge, range);
  }

  /**
   * The path from the working directory, as the other modes show it; as is in a bare repository.
   */
  private static String shown(Repository repository, String path) {
    if (repository.isBare()) {
      return path;
    }
    return GitChanges.display(Path.of(""), repository.getWorkTree().toPath().resolve(path));
  }

  private static void markRange(GitRepository git, RevWalk walk, String range) throws IOException {
    if (range == null) {
      boolean any = false;
      for (Ref ref : git.jgit().getRefDatabase().getRefs()) {
        ObjectId id = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
        if (id == null) {
          continue;
        }
        RevObject object = walk.peel(walk.parseAny(id));
        if (object instanceof RevCommit commit) {
          walk.markStart(commit);
          any = true;
        }
      }
      if (!any) {
        throw new InputError("the repository has no commits");
      }
      return;
    }
    int dots = range.indexOf("..");
    if (dots >= 0) {
      String from = range.substring(0, dots);
      String to = range.substring(dots + 2);
      walk.markUninteresting(git.commit(walk, from.isEmpty() ? "HEAD" : from));
      walk.markStart(git.commit(walk, to.isEmpty() ? "HEAD" : to));
    } else {
      walk.markStart(git.commit(walk, range));
    }
  }

  /** A key in one blob: how it is told from the others, where, and how it is shown. */
  private record Found(String identity, TextRange range, String maskedKey, String keyType) {}

  private List<Found> scan(String path, byte[] bytes) {
    String text = ProjectScanner.decode(bytes).text();
    if (!PostHogKeys.maySpellSecret(text)) {
      return List.of();
    }
    SourceFile source = new SourceFile(path, text);
    FileAnalysis analysis =
        ConfigAnalyzer.reads(path) ? configAnalyzer.analyze(source) : analyzer.analyze(source);
    if (analysis.problem().isEmpty()) {
      List<Found> found = new ArrayList<>();
      for (Finding finding : analysis.findings()) {
        found.add(ofFinding(text, finding));
      }
      return found;
    }
    List<Found> found = new ArrayList<>();
    for (KeyMatch key : PostHogKeys.findSecrets(text)) {
      found.add(
          new Found(
              identity(key.key()),
              range(text, key.start(), key.end()),
              key.masked(),
              key.type().displayName()));
    }
    return found;
  }

  /** A Java finding; its key read back from the literal where it is spelled out in one piece. */
  private static Found ofFinding(String text, Finding finding) {
    TextRange range = finding.range();
    List<KeyMatch> spelled =
        PostHogKeys.findSecrets(text.substring(range.beginOffset(), range.endOffset()));
    if (spelled.size() == 1) {
      KeyMatch key = spelled.get(0);
      return new Found(identity(key.key()), range, key.masked(), key.type().displayName());
    }
    // Assembled from parts: the masked message (type, first and last characters) tells it.
    String message = finding.message(); // masked when the finding was made
    String masked = message.replaceAll(".*?(ph[xsar]_\\.\\.\\.\\w{4}).*", "$1");
    String type = message.replaceAll("^Hard-coded PostHog (.*?) ph[xsar]_\\.\\.\\..*$", "$1");
    return new Found("message:" + message, range, masked, type);
  }

  private static TextRange range(String text, int start, int end) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < start; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = start - lineStart + 1;
    return new TextRange(line, column, line, column + (end - start) - 1, start, end);
  }

  private static boolean isBinary(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** A hash of the key: it tells keys apart without keeping them. */
  private static String identity(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static Instant authorDate(Repository repository, RevCommit commit) {
    try (RevWalk fresh = new RevWalk(repository)) {
      return fresh.parseCommit(commit).getAuthorIdent().getWhenAsInstant();
    } catch (IOException e) {
      throw new InputError("cannot read commit " + commit.name() + ": " + e.getMessage());
    }
  }
}
