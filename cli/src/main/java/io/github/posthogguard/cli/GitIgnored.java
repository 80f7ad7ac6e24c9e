package io.github.posthogguard.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The untracked files git ignores below a folder, as git itself says ({@code git ls-files --others
 * --ignored --exclude-standard --directory}): the project's {@code .gitignore} files, {@code
 * .git/info/exclude} and the user's global excludes all count, and a file that is committed is
 * never ignored, whatever {@code .gitignore} says, since it is in the history. Outside a work tree,
 * or without git, nothing is ignored.
 */
public final class GitIgnored {
  private static final GitIgnored NOTHING = new GitIgnored(Set.of(), List.of(), true);

  private final Set<String> files;
  private final List<String> folders;
  private final boolean gitFound;

  private GitIgnored(Set<String> files, List<String> folders, boolean gitFound) {
    this.files = files;
    this.folders = folders;
    this.gitFound = gitFound;
  }

  /** What git ignores below {@code folder}; paths relative to it, with forward slashes. */
  public static GitIgnored below(Path folder) {
    Process process;
    try {
      process =
          new ProcessBuilder(
                  "git",
                  "-C",
                  folder.toString(),
                  "ls-files",
                  "-z",
                  "--others",
                  "--ignored",
                  "--exclude-standard",
                  "--directory")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      return new GitIgnored(Set.of(), List.of(), false);
    }
    try (InputStream in = process.getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return NOTHING;
      }
      Set<String> files = new HashSet<>();
      List<String> folders = new java.util.ArrayList<>();
      for (String path : out.toString(StandardCharsets.UTF_8).split("\0")) {
        if (path.endsWith("/")) {
          folders.add(path);
        } else if (!path.isEmpty()) {
          files.add(path);
        }
      }
      return new GitIgnored(files, List.copyOf(folders), true);
    } catch (IOException e) {
      return NOTHING;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return NOTHING;
    } finally {
      process.destroy();
    }
  }

  /** Whether git could be run at all. */
  public boolean gitFound() {
    return gitFound;
  }

  /** Whether the file or folder at {@code relative} is ignored by git. */
  public boolean ignores(Path relative, boolean folder) {
    String path = relative.toString().replace('\\', '/');
    if (folder) {
      return folders.contains(path + "/");
    }
    if (files.contains(path)) {
      return true;
    }
    for (String ignored : folders) {
      if (path.startsWith(ignored)) {
        return true;
      }
    }
    return false;
  }
}
