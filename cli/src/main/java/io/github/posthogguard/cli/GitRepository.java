package io.github.posthogguard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git repository around a folder, read with JGit; what cannot be used (no repository, no work
 * tree, a shallow clone where history matters, an unknown revision) is an {@link InputError} in one
 * line.
 */
final class GitRepository implements AutoCloseable {
  private final Repository repository;

  private GitRepository(Repository repository) {
    this.repository = repository;
  }

  /** The repository {@code folder} is in, as git finds it (walking up to the file system root). */
  static GitRepository around(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().readEnvironment().findGitDir(absolute.toFile());
    if (builder.getGitDir() == null) {
      throw new InputError("not a git repository (nor any parent folder): " + absolute);
    }
    try {
      return new GitRepository(builder.setMustExist(true).build());
    } catch (IOException | IllegalArgumentException e) {
      throw new InputError("cannot open the git repository at " + builder.getGitDir() + ": " + e);
    }
  }

  Repository jgit() {
    return repository;
  }

  /** The work tree's root; a bare repository has none. */
  Path workTree(String mode) {
    if (repository.isBare()) {
      throw new InputError(mode + " needs a work tree; " + repository.getDirectory() + " is bare");
    }
    return repository.getWorkTree().toPath().toAbsolutePath().normalize();
  }

  /** A shallow clone lacks the history before its cut: history and old revisions are missing. */
  boolean isShallow() {
    return Files.exists(repository.getDirectory().toPath().resolve("shallow"));
  }

  /** Fails on a shallow clone, whose history is cut. */
  void requireFullHistory(String mode) {
    if (isShallow()) {
      throw new InputError(
          mode
              + " needs the whole history, and this clone is shallow: run `git fetch --unshallow`"
              + " (in CI: fetch-depth: 0)");
    }
  }

  /** The commit {@code revision} names, or an {@link InputError}. */
  RevCommit commit(RevWalk walk, String revision) {
    ObjectId id;
    try {
      id = repository.resolve(revision + "^{commit}");
    } catch (AmbiguousObjectException e) {
      throw new InputError("ambiguous revision '" + revision + "': give more of the hash");
    } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
      throw new InputError("not a revision: '" + revision + "'");
    } catch (MissingObjectException e) {
      throw notInClone(revision);
    } catch (IOException e) {
      throw new InputError("cannot resolve '" + revision + "': " + e.getMessage());
    }
    if (id == null) {
      String hint =
          isShallow()
              ? " (this clone is shallow: fetch more history)"
              : Files.isDirectory(Path.of(revision))
                  ? " (a folder? give PATH before --history, or write --history=RANGE)"
                  : "";
      throw new InputError("unknown revision '" + revision + "'" + hint);
    }
    try {
      return walk.parseCommit(id);
    } catch (MissingObjectException e) {
      throw notInClone(revision);
    } catch (IOException e) {
      throw new InputError("cannot read revision '" + revision + "': " + e.getMessage());
    }
  }

  private InputError notInClone(String revision) {
    return new InputError(
        "revision '"
            + revision
            + "' is not in this clone"
            + (isShallow() ? " (it is shallow: fetch more history)" : ""));
  }

  /** HEAD's commit, or null in a repository without commits yet. */
  RevCommit head(RevWalk walk) {
    try {
      ObjectId id = repository.resolve("HEAD^{commit}");
      return id == null ? null : walk.parseCommit(id);
    } catch (IOException | RevisionSyntaxException e) {
      throw new InputError("cannot read HEAD: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    repository.close();
  }
}
