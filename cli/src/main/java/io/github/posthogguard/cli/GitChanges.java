package io.github.posthogguard.cli;

import io.github.posthogguard.cli.ProjectScanner.Content;
import io.github.posthogguard.cli.ProjectScanner.ReadSource;
import io.github.posthogguard.config.ConfigAnalyzer;
import io.github.posthogguard.config.ConfigFormat;
import io.github.posthogguard.config.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffEntry.ChangeType;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * What a change touched, read from git: the files and lines staged for the next commit ({@code
 * --staged}), or changed since a revision ({@code --since}); and, for {@code --staged}, the index's
 * own copy of every file, which is what the commit will hold.
 */
final class GitChanges {
  /** Config files: what Java code reads at run time, so context for a staged Java file. */
  private static final Predicate<String> CONFIG =
      path -> ConfigAnalyzer.reads(path) && ConfigFormat.of(path) != ConfigFormat.TEXT;

  /** The staged files as one project, and what of them the commit changes. */
  record Staged(List<ReadSource> sources, ChangedLines changed) {}

  private GitChanges() {}

  /**
   * The index's version of the staged files, of the Java files they name and of the config files
   * (what the commit will hold, so that a staged file is analyzed with what the others declare and
   * the configuration its code reads), and the lines the commit changes against HEAD. Paths are
   * shown relative to {@code cwd}; only files under {@code limits} (if any) count as changed.
   */
  static Staged staged(GitRepository git, Path cwd, List<Path> limits) {
    Repository repository = git.jgit();
    Path workTree = git.workTree("--staged");
    ChangedLines changed = new ChangedLines();
    List<ReadSource> sources = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository);
        ObjectReader reader = repository.newObjectReader()) {
      RevCommit head = git.head(walk);
      DirCache index = repository.readDirCache();
      AbstractTreeIterator before = head == null ? new EmptyTreeIterator() : tree(reader, head);
      collectChanges(
          repository, before, new DirCacheIterator(index), workTree, limits, false, changed);
      if (changed.fileCount() == 0) {
        return new Staged(List.of(), changed);
      }
      Map<String, List<BlobSource>> byTypeName = new HashMap<>();
      List<BlobSource> staged = new ArrayList<>();
      List<BlobSource> config = new ArrayList<>();
      for (int i = 0; i < index.getEntryCount(); i++) {
        DirCacheEntry entry = index.getEntry(i);
        if (entry.getStage() == DirCacheEntry.STAGE_0
            && (FileMode.REGULAR_FILE.equals(entry.getFileMode())
                || FileMode.EXECUTABLE_FILE.equals(entry.getFileMode()))) {
          String gitPath = entry.getPathString();
          Path file = workTree.resolve(gitPath);
          BlobSource source = new BlobSource(repository, display(cwd, file), entry.getObjectId());
          if (changed.isChanged(file.toString())) {
            staged.add(source);
          } else if (CONFIG.test(gitPath)) {
            config.add(source);
          }
          if (!ConfigAnalyzer.reads(gitPath)) {
            byTypeName.computeIfAbsent(typeName(file), k -> new ArrayList<>()).add(source);
          }
        }
      }
      sources.addAll(withWhatTheyName(staged, byTypeName));
      // What the Java code reads at run time (@Value, getenv's .env, ...) tells its findings.
      sources.addAll(config);
    } catch (IOException e) {
      throw new InputError("cannot read the git index: " + e.getMessage());
    }
    return new Staged(sources, changed);
  }

  /**
   * The files and lines changed in the work tree since the merge base of {@code revision} and HEAD
   * (what a pull request shows as its diff, with what is not committed yet); only files under
   * {@code limits} (if any) count.
   */
  static ChangedLines since(GitRepository git, String revision, List<Path> limits) {
    Repository repository = git.jgit();
    Path workTree = git.workTree("--since");
    ChangedLines changed = new ChangedLines();
    try (RevWalk walk = new RevWalk(repository);
        ObjectReader reader = repository.newObjectReader()) {
      RevCommit base = git.commit(walk, revision);
      RevCommit head = git.head(walk);
      if (head != null) {
        walk.reset();
        walk.setRevFilter(RevFilter.MERGE_BASE);
        walk.markStart(walk.parseCommit(base));
        walk.markStart(walk.parseCommit(head));
        RevCommit mergeBase = walk.next();
        if (mergeBase == null) {
          throw new InputError(
              "'"
                  + revision
                  + "' and HEAD have no common ancestor"
                  + (git.isShallow() ? " in this shallow clone: fetch more history" : ""));
        }
        base = walk.parseCommit(mergeBase);
      }
      collectChanges(
          repository,
          tree(reader, base),
          new FileTreeIterator(repository),
          workTree,
          limits,
          true,
          changed);
    } catch (IOException e) {
      throw new InputError("cannot compare with '" + revision + "': " + e.getMessage());
    }
    return changed;
  }

  private static void collectChanges(
      Repository repository,
      AbstractTreeIterator before,
      AbstractTreeIterator after,
      Path workTree,
      List<Path> limits,
      boolean trackedOnly,
      ChangedLines changed)
      throws IOException {
    DirCache index = trackedOnly ? repository.readDirCache() : null;
    try (DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      diff.setRepository(repository);
      diff.setDetectRenames(true);
      for (DiffEntry entry : diff.scan(before, after)) {
        String path = entry.getNewPath();
        if (entry.getChangeType() == ChangeType.DELETE) {
          continue;
        }
        // Untracked files are not part of the change, as in `git diff REV`.
        if (index != null && index.findEntry(path) < 0) {
          continue;
        }
        Path file = workTree.resolve(path);
        if (!limits.isEmpty() && limits.stream().noneMatch(l -> file.startsWith(absolute(l)))) {
          continue;
        }
        if (entry.getChangeType() == ChangeType.ADD) {
          changed.addWholeFile(file);
          continue;
        }
        changed.addFile(file);
        for (Edit edit : diff.toFileHeader(entry).toEditList()) {
          if (edit.getEndB() > edit.getBeginB()) {
            changed.addLines(file, edit.getBeginB() + 1, edit.getEndB() + 1);
          }
        }
      }
    }
  }

  private static CanonicalTreeParser tree(ObjectReader reader, RevCommit commit)
      throws IOException {
    return new CanonicalTreeParser(null, reader, commit.getTree());
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }

  /** The path as the user sees it from {@code cwd}: relative when below it. */
  static String display(Path cwd, Path file) {
    Path base = absolute(cwd);
    return SourceCollector.display(file.startsWith(base) ? base.relativize(file) : file);
  }

  /**
   * The staged files and the files of the index whose type they name: what a staged file's findings
   * depend on (a constant, a field, a method, a supertype declared elsewhere), without reading the
   * whole repository at every commit. One step only: the names of the named files' own dependencies
   * are not followed, which keeps a hook fast in a project whose files all name each other; a
   * finding that needs a longer chain is found by the full scan in CI. A file that names a staged
   * file is not needed: its findings are not on the staged lines.
   */
  private static List<ReadSource> withWhatTheyName(
      List<BlobSource> staged, Map<String, List<BlobSource>> byTypeName) {
    Set<BlobSource> project = new LinkedHashSet<>(staged);
    for (BlobSource file : staged) {
      if (ConfigAnalyzer.reads(file.path())) {
        continue;
      }
      String text;
      try {
        text = ProjectScanner.decode(file.cachedBytes()).text();
      } catch (IOException e) {
        continue; // the scan reports it
      }
      Matcher name = TYPE_NAME.matcher(text);
      Set<String> names = new HashSet<>();
      while (name.find()) {
        names.add(name.group());
      }
      for (String typeName : names) {
        project.addAll(byTypeName.getOrDefault(typeName, List.of()));
      }
    }
    return new ArrayList<>(project);
  }

  private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9_$]*\\b");

  private static String typeName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** A file's content in the object database (a staged blob), read once. */
  private static final class BlobSource extends ReadSource {
    private final Repository repository;
    private final ObjectId blob;
    private byte[] bytes;

    BlobSource(Repository repository, String path, ObjectId blob) {
      super(path);
      this.repository = repository;
      this.blob = blob;
    }

    synchronized byte[] cachedBytes() throws IOException {
      if (bytes == null) {
        bytes = repository.open(blob, Constants.OBJ_BLOB).getBytes();
      }
      return bytes;
    }

    @Override
    protected byte[] bytes() throws IOException {
      return cachedBytes();
    }

    @Override
    protected Content probe(long maxBytes) throws IOException {
      if (repository.open(blob, Constants.OBJ_BLOB).getSize() > maxBytes) {
        return Content.TOO_LARGE;
      }
      byte[] all = cachedBytes();
      return TextFiles.looksBinary(all, all.length) ? Content.BINARY : Content.TEXT;
    }
  }
}
