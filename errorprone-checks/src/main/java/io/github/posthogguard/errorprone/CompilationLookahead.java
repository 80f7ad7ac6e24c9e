package io.github.posthogguard.errorprone;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.comp.AttrContext;
import com.sun.tools.javac.comp.Enter;
import com.sun.tools.javac.comp.Env;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Options;
import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.tools.JavaFileObject;

/**
 * Analyzes the files of one compilation ahead of the compiler, on a thread of its own. javac
 * attributes, flows and runs Error Prone file after file on one thread; by the time Error Prone
 * calls the first check, every file of the compilation has been entered, so a second core can parse
 * them all while javac works. A file the thread has not reached yet is analyzed on the compiler's
 * thread instead (never twice), and an analysis is used only if it read the very text javac reads.
 */
final class CompilationLookahead {
  private static final Map<Context, CompilationLookahead> BY_COMPILATION =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Map<String, Ahead> files = new ConcurrentHashMap<>();
  private final Analyzer analyzer;
  private final Consumer<String> problems;
  private final Charset charset;

  private CompilationLookahead(Analyzer analyzer, Consumer<String> problems, Charset charset) {
    this.analyzer = analyzer;
    this.problems = problems;
    this.charset = charset;
  }

  /** The lookahead of the compilation {@code context} belongs to, started on first use. */
  static CompilationLookahead of(Context context, Analyzer analyzer, Consumer<String> problems) {
    synchronized (BY_COMPILATION) {
      CompilationLookahead known = BY_COMPILATION.get(context);
      if (known == null) {
        known = new CompilationLookahead(analyzer, problems, charsetOf(context));
        known.start(sourcesOf(context));
        BY_COMPILATION.put(context, known);
      }
      return known;
    }
  }

  /**
   * The analysis of {@code tree}'s file as javac reads it, made ahead if it could be, else now.
   * Empty when the file was not among the compilation's entered files or its text differs.
   */
  Optional<FileAnalysis> analysisOf(CompilationUnitTree tree, SourceFile source) {
    Ahead ahead = files.get(tree.getSourceFile().toUri().toString());
    if (ahead == null) {
      return Optional.empty();
    }
    ahead.runIfUnclaimed();
    FileAnalysis analysis = ahead.result.join();
    return analysis != null && analysis.file().text().equals(source.text())
        ? Optional.of(analysis)
        : Optional.empty();
  }

  private void start(List<JavaFileObject> sources) {
    List<Ahead> queue = sources.stream().map(Ahead::new).toList();
    queue.forEach(ahead -> files.put(ahead.file.toUri().toString(), ahead));
    if (queue.size() < 2) {
      return; // nothing to gain from a thread
    }
    Thread thread =
        new Thread(() -> queue.forEach(Ahead::runIfUnclaimed), "posthog-guard-lookahead");
    thread.setDaemon(true);
    thread.setPriority(Thread.NORM_PRIORITY - 1);
    thread.start();
  }

  /**
   * The compilation's source files on disk, in path order (javac takes them in command-line order).
   */
  private static List<JavaFileObject> sourcesOf(Context context) {
    Set<JavaFileObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Env<AttrContext> env : Enter.instance(context).getEnvs()) {
      if (env.toplevel != null
          && env.toplevel.sourcefile != null
          && env.toplevel.sourcefile.getKind() == JavaFileObject.Kind.SOURCE
          && "file".equals(env.toplevel.sourcefile.toUri().getScheme())) {
        seen.add(env.toplevel.sourcefile);
      }
    }
    return seen.stream().sorted(Comparator.comparing(f -> f.toUri().toString())).toList();
  }

  private static Charset charsetOf(Context context) {
    String encoding = Options.instance(context).get("-encoding");
    try {
      return encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }

  /** One file's analysis, made once by whichever thread claims it first. */
  private final class Ahead {
    final JavaFileObject file;
    final AtomicBoolean claimed = new AtomicBoolean();
    final CompletableFuture<FileAnalysis> result = new CompletableFuture<>();

    Ahead(JavaFileObject file) {
      this.file = file;
    }

    void runIfUnclaimed() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        URI uri = file.toUri();
        SourceFile source = new SourceFile(file.getName(), Files.readString(Path.of(uri), charset));
        FileAnalysis analysis = analyzer.analyze(source);
        analysis.problem().ifPresent(problems);
        result.complete(analysis);
      } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
        result.complete(null); // the compiler's thread reads and analyzes the file itself
      }
    }
  }
}
