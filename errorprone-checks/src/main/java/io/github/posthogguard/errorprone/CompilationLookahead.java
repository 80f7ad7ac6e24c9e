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
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.project.ProjectAnalysis;
import io.github.posthogguard.project.ProjectResults;
import java.io.IOException;
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
import java.util.function.Consumer;
import javax.tools.JavaFileObject;

/**
 * Analyzes the files of one compilation as one project, ahead of the compiler, on a thread of its
 * own. javac attributes, flows and runs Error Prone file after file on one thread; by the time
 * Error Prone calls the first check, every file of the compilation has been entered, so a second
 * core can analyze them all, each with what the others declare and what the config files of their
 * modules write ({@link ModuleConfigFiles}), while javac works. A check waits for its file's
 * analysis, which is used only if it read the very text javac reads.
 */
final class CompilationLookahead {
  private static final Map<Context, CompilationLookahead> BY_COMPILATION =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final ProjectResults results;

  private CompilationLookahead(ProjectResults results) {
    this.results = results;
  }

  /** The lookahead of the compilation {@code context} belongs to, started on first use. */
  static CompilationLookahead of(
      Context context, Analyzer analyzer, FlowOptions options, Consumer<String> problems) {
    synchronized (BY_COMPILATION) {
      CompilationLookahead known = BY_COMPILATION.get(context);
      if (known == null) {
        List<SourceOnDisk> sources = sourcesOf(context, charsetOf(context));
        List<String> names = sources.stream().map(SourceOnDisk::path).toList();
        known =
            new CompilationLookahead(
                new ProjectResults(
                    () -> new ProjectAnalysis(analyzer, options, ModuleConfigFiles.of(names)),
                    sources,
                    problems));
        if (sources.size() > 1) {
          known.results.startAhead("posthog-guard-lookahead");
        }
        BY_COMPILATION.put(context, known);
      }
      return known;
    }
  }

  /**
   * The analysis of {@code tree}'s file with the compilation's other files. Empty when the file was
   * not among the compilation's entered files or its text differs.
   */
  Optional<FileAnalysis> analysisOf(CompilationUnitTree tree, SourceFile source) {
    return results.analysisOf(tree.getSourceFile().getName(), source.text());
  }

  /**
   * The compilation's source files on disk, in path order (javac takes them in command-line order).
   */
  private static List<SourceOnDisk> sourcesOf(Context context, Charset charset) {
    Set<JavaFileObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Env<AttrContext> env : Enter.instance(context).getEnvs()) {
      if (env.toplevel != null
          && env.toplevel.sourcefile != null
          && env.toplevel.sourcefile.getKind() == JavaFileObject.Kind.SOURCE
          && "file".equals(env.toplevel.sourcefile.toUri().getScheme())) {
        seen.add(env.toplevel.sourcefile);
      }
    }
    return seen.stream()
        .sorted(Comparator.comparing(f -> f.toUri().toString()))
        .map(file -> new SourceOnDisk(file, charset))
        .toList();
  }

  private static Charset charsetOf(Context context) {
    String encoding = Options.instance(context).get("-encoding");
    try {
      return encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }

  /** A compilation's file, named as javac names it, read from disk in the compilation's charset. */
  private record SourceOnDisk(JavaFileObject file, Charset charset)
      implements ProjectAnalysis.Source {
    @Override
    public String path() {
      return file.getName();
    }

    @Override
    public String text() throws IOException {
      // malformed bytes become U+FFFD, as javac reads them; the text comparison settles the rest
      return new String(Files.readAllBytes(Path.of(file.toUri())), charset);
    }
  }
}
