package io.github.posthogguard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.config.ConfigFile;
import io.github.posthogguard.config.ConfigIndex;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.rules.Rules;
import io.github.posthogguard.testing.CaseFile;
import io.github.posthogguard.testing.CaseProject;
import io.github.posthogguard.testing.ConfigCaseFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A project analysis that remembers its passes in a {@link ResultStore}: a second run over the same
 * texts takes every pass from the store, parses nothing, and finds exactly what the first found;
 * what the store keeps reads back to the same values.
 */
class ResultStoreTest {

  /** Bytes in memory, with what was asked and given. */
  private static final class MemoryStore implements ResultStore {
    record Entry(byte[] key, byte[] value) {}

    final Map<String, Entry> entries = new ConcurrentHashMap<>();
    final Set<String> hits = ConcurrentHashMap.newKeySet();
    final AtomicInteger puts = new AtomicInteger();

    @Override
    public byte[] get(String slot, byte[] key) {
      Entry entry = entries.get(slot);
      if (entry == null || !Arrays.equals(entry.key(), key)) {
        return null;
      }
      hits.add(slot);
      return entry.value();
    }

    @Override
    public void put(String slot, byte[] key, byte[] value) {
      entries.put(slot, new Entry(key, value));
      puts.incrementAndGet();
    }
  }

  @Test
  void everyTestCaseAsOneProjectComesBackWhole() throws Exception {
    List<ProjectAnalysis.Source> sources = new ArrayList<>();
    List<ConfigFile> configFiles = new ArrayList<>();
    for (CaseFile file : CaseProject.everyCaseFile()) {
      sources.add(ProjectAnalysis.Source.of(new SourceFile(file.name(), file.text())));
    }
    for (CaseProject project : CaseProject.all()) {
      for (ConfigCaseFile file : project.configFiles()) {
        configFiles.add(ConfigFile.read(new SourceFile(file.name(), file.text())));
      }
    }
    ProjectAnalysis analysis =
        new ProjectAnalysis(Rules.analyzer(), FlowOptions.NONE, ConfigIndex.of(configFiles));
    MemoryStore store = new MemoryStore();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<FileAnalysis> plain = analysis.analyze(sources, pool, null);
      List<FileAnalysis> first = analysis.remembering(store).analyze(sources, pool, null);
      int kept = store.entries.size();
      List<FileAnalysis> second = analysis.remembering(store).analyze(sources, null, null);

      assertThat(first).isEqualTo(plain);
      assertThat(second).isEqualTo(plain);
      assertThat(plain).anyMatch(a -> !a.findings().isEmpty());
      assertThat(store.puts.get()).as("nothing computed again").isEqualTo(kept);
      assertThat(store.hits).contains("0 run");

      // one file changed, its summaries as they were: the others' passes come from the store
      int changed = indexOfClean(plain);
      List<ProjectAnalysis.Source> edited = new ArrayList<>(sources);
      SourceFile file = new SourceFile(sources.get(changed).path(), text(sources.get(changed)));
      edited.set(
          changed,
          ProjectAnalysis.Source.of(new SourceFile(file.path(), file.text() + "\n// edited\n")));
      store.hits.clear();
      int putsBefore = store.puts.get();
      List<FileAnalysis> third = analysis.remembering(store).analyze(edited, pool, null);

      assertThat(third).isEqualTo(analysis.analyze(edited, pool, null));
      assertThat(store.hits)
          .anyMatch(slot -> slot.startsWith("1a "))
          .anyMatch(slot -> slot.startsWith("2 "))
          .as("the rounds and the second pass's choice replayed, not computed")
          .contains("0 outcome")
          .doesNotContain("0 run");
      assertThat(store.puts.get() - putsBefore).as("the edited file and the run").isBetween(2, 4);

      // a file with findings moved down a line: its summaries say other lines, the rounds run
      int moved = indexOfFound(plain);
      List<ProjectAnalysis.Source> shifted = new ArrayList<>(sources);
      shifted.set(
          moved,
          ProjectAnalysis.Source.of(
              new SourceFile(sources.get(moved).path(), "\n" + text(sources.get(moved)))));
      assertThat(analysis.remembering(store).analyze(shifted, pool, null))
          .isEqualTo(analysis.analyze(shifted, pool, null));
    } finally {
      pool.shutdownNow();
    }
    for (Map.Entry<String, MemoryStore.Entry> entry : store.entries.entrySet()) {
      byte[] again = reencoded(entry.getKey(), entry.getValue().value());
      assertThat(again).as(entry.getKey()).isEqualTo(entry.getValue().value());
    }
  }

  @Test
  void eachMultiFileCaseComesBackWhole() {
    for (CaseProject project : CaseProject.all()) {
      List<FileAnalysis> plain = project.analyze();
      List<ProjectAnalysis.Source> sources =
          project.files().stream()
              .map(f -> ProjectAnalysis.Source.of(new SourceFile(f.name(), f.text())))
              .toList();
      ConfigIndex config =
          ConfigIndex.of(
              project.configFiles().stream()
                  .map(f -> ConfigFile.read(new SourceFile(f.name(), f.text())))
                  .toList());
      ProjectAnalysis analysis = new ProjectAnalysis(Rules.analyzer(), FlowOptions.NONE, config);
      MemoryStore store = new MemoryStore();
      analysis.remembering(store).analyze(sources, null, null);
      int puts = store.puts.get();

      assertThat(analysis.remembering(store).analyze(sources, null, null))
          .as(project.name())
          .isEqualTo(plain);
      assertThat(store.puts.get()).as(project.name()).isEqualTo(puts);
    }
  }

  /** The sources of one multi-file case, each a file of one project. */
  private static List<ProjectAnalysis.Source> sourcesOf(String caseName) {
    CaseProject project =
        CaseProject.all().stream().filter(p -> p.name().equals(caseName)).findFirst().orElseThrow();
    return project.files().stream()
        .map(f -> ProjectAnalysis.Source.of(new SourceFile(f.name(), f.text())))
        .toList();
  }

  /** A file with a stamp, telling {@code reads} each time its text is read. */
  private record Stamped(SourceFile file, byte[] stamp, List<String> reads)
      implements ProjectAnalysis.Source {
    @Override
    public String path() {
      return file.path();
    }

    @Override
    public String text() {
      reads.add(file.path());
      return file.text();
    }
  }

  @Test
  void filesWhoseStampsAreAsTheyWereAreNotReadAgainButThoseTheFindingsQuote() {
    List<String> reads = Collections.synchronizedList(new ArrayList<>());
    List<ProjectAnalysis.Source> sources =
        sourcesOf("SecretToLog/GetterOfAnotherFile").stream()
            .map(s -> (ProjectAnalysis.Source) new Stamped(sourceFile(s), new byte[] {1}, reads))
            .toList();
    ProjectAnalysis analysis = new ProjectAnalysis(Rules.analyzer(), FlowOptions.NONE);
    MemoryStore store = new MemoryStore();
    List<FileAnalysis> plain = analysis.analyze(sources, null, null);
    analysis.remembering(store).analyze(sources, null, null);
    int puts = store.puts.get();
    reads.clear();

    List<FileAnalysis> again = analysis.remembering(store).analyze(sources, null, null);

    assertThat(again).isEqualTo(plain);
    assertThat(store.hits).contains("0 stamps", "0 run").noneMatch(slot -> slot.startsWith("1"));
    long quoted = plain.stream().filter(a -> !a.findings().isEmpty()).count();
    assertThat(quoted).isPositive().isLessThan(sources.size());
    assertThat(reads).as("only the texts with findings").hasSize((int) quoted);
    assertThat(store.puts.get()).isEqualTo(puts);

    // one stamp changed: that text is read, and those the findings quote; the others' stamps
    // stand for the texts the last run read, and the run comes from the store by the texts
    Set<String> quotedPaths = new HashSet<>();
    for (FileAnalysis analysed : plain) {
      if (!analysed.findings().isEmpty()) {
        quotedPaths.add(analysed.file().path());
      }
    }
    int clean = indexOfClean(plain);
    List<ProjectAnalysis.Source> touched = new ArrayList<>(sources);
    Stamped edited = (Stamped) touched.get(clean);
    touched.set(clean, new Stamped(edited.file(), new byte[] {2}, reads));
    store.hits.clear();
    reads.clear();

    assertThat(analysis.remembering(store).analyze(touched, null, null)).isEqualTo(plain);
    assertThat(store.hits).contains("0 run", "0 texts").doesNotContain("0 stamps");
    assertThat(new HashSet<>(reads)).contains(edited.path()).isSubsetOf(union(quotedPaths, edited));
  }

  @Test
  void theActionBeforeParsingRunsUnlessTheStoreVouchesForTheWholeTree() {
    List<String> reads = Collections.synchronizedList(new ArrayList<>());
    List<ProjectAnalysis.Source> sources =
        sourcesOf("SecretToLog/GetterOfAnotherFile").stream()
            .map(s -> (ProjectAnalysis.Source) new Stamped(sourceFile(s), new byte[] {1}, reads))
            .toList();
    AtomicInteger warmUps = new AtomicInteger();
    MemoryStore store = new MemoryStore();
    ProjectAnalysis analysis =
        new ProjectAnalysis(Rules.analyzer(), FlowOptions.NONE)
            .remembering(store)
            .beforeParsing(warmUps::incrementAndGet);

    analysis.analyze(sources, null, null);
    assertThat(warmUps).hasValue(1);

    analysis.analyze(sources, null, null);
    assertThat(warmUps).as("every stamp as it was: nothing to parse").hasValue(1);

    List<ProjectAnalysis.Source> touched = new ArrayList<>(sources);
    Stamped edited = (Stamped) touched.get(0);
    touched.set(0, new Stamped(edited.file(), new byte[] {2}, reads));
    analysis.analyze(touched, null, null);
    assertThat(warmUps).hasValue(2);
  }

  private static Set<String> union(Set<String> paths, ProjectAnalysis.Source source) {
    Set<String> all = new HashSet<>(paths);
    all.add(source.path());
    return all;
  }

  private static SourceFile sourceFile(ProjectAnalysis.Source source) {
    return new SourceFile(source.path(), text(source));
  }

  @Test
  void aStoreThatAnswersGarbageIsNotBelieved() {
    List<ProjectAnalysis.Source> sources = sourcesOf("SecretToLog/GetterOfAnotherFile");
    ResultStore garbage =
        new ResultStore() {
          @Override
          public byte[] get(String slot, byte[] key) {
            return slot.hashCode() % 2 == 0 ? new byte[] {0, 0, 0, 1, 7} : new byte[0];
          }

          @Override
          public void put(String slot, byte[] key, byte[] value) {}
        };

    List<FileAnalysis> analyses =
        new ProjectAnalysis(Rules.analyzer(), FlowOptions.NONE)
            .remembering(garbage)
            .analyze(sources, null, null);

    assertThat(analyses)
        .isEqualTo(
            new ProjectAnalysis(Rules.analyzer(), FlowOptions.NONE).analyze(sources, null, null));
    assertThat(analyses).anyMatch(a -> !a.findings().isEmpty());
  }

  @Test
  void aFirstPassWhoseSummariesCannotBeReadIsComputedAgain() {
    List<ProjectAnalysis.Source> sources = sourcesOf("SecretToLog/GetterOfAnotherFile");
    ProjectAnalysis analysis = new ProjectAnalysis(Rules.analyzer(), FlowOptions.NONE);
    MemoryStore store = new MemoryStore();
    List<FileAnalysis> plain = analysis.remembering(store).analyze(sources, null, null);
    // the whole run is not kept, and each first pass loses its last byte: its head (the file's
    // own findings) still reads, its summaries do not
    store.entries.keySet().removeIf(slot -> slot.startsWith("0 "));
    int cut = 0;
    for (var entry : store.entries.entrySet()) {
      if (entry.getKey().startsWith("1")) {
        byte[] value = entry.getValue().value();
        entry.setValue(
            new MemoryStore.Entry(entry.getValue().key(), Arrays.copyOf(value, value.length - 1)));
        cut++;
      }
    }

    assertThat(cut).isPositive();
    assertThat(analysis.remembering(store).analyze(sources, null, null)).isEqualTo(plain);
    assertThat(plain).anyMatch(a -> !a.findings().isEmpty());
  }

  @Test
  void theProjectDigestDoesNotDependOnTheOrderOfAMapOrASet() {
    Set<String> types = new HashSet<>(List.of("b.B", "a.A", "c.C"));
    byte[] one = ResultCodec.projectDigest(List.of(), types, List.of());
    byte[] other = ResultCodec.projectDigest(List.of(), List.of("c.C", "a.A", "b.B"), List.of());
    byte[] fewer = ResultCodec.projectDigest(List.of(), List.of("c.C", "a.A"), List.of());

    assertThat(one).isEqualTo(other).isNotEqualTo(fewer);
  }

  private static FileAnalysis withText(FileAnalysis analysis, boolean kept) {
    return new FileAnalysis(
        new SourceFile(analysis.file().path(), kept ? "text" : ""),
        analysis.findings(),
        analysis.problems());
  }

  private static int indexOfClean(List<FileAnalysis> analyses) {
    for (int i = 0; i < analyses.size(); i++) {
      if (analyses.get(i).findings().isEmpty() && analyses.get(i).problems().isEmpty()) {
        return i;
      }
    }
    throw new AssertionError("no clean file among the cases");
  }

  private static int indexOfFound(List<FileAnalysis> analyses) {
    for (int i = 0; i < analyses.size(); i++) {
      if (!analyses.get(i).findings().isEmpty()
          && analyses.get(i).file().path().endsWith(".java")) {
        return i;
      }
    }
    throw new AssertionError("no case file with findings");
  }

  private static String text(ProjectAnalysis.Source source) {
    try {
      return source.text();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An entry decoded and encoded again: first passes and analyses both. */
  private static byte[] reencoded(String slot, byte[] value) throws IOException {
    if (slot.equals("0 outcome")) {
      return ResultCodec.encode(ResultCodec.decodeOutcome(value));
    }
    if (slot.equals("0 creations")) {
      return ResultCodec.encodeCreations(ResultCodec.decodeCreations(value));
    }
    try {
      return ResultCodec.encode(ResultCodec.decodeFirstPass(value));
    } catch (IOException e) {
      try {
        return ResultCodec.encode(ResultCodec.decodeAnalysis(value));
      } catch (IOException notAnAnalysis) {
        return ResultCodec.encodeRun(
            ResultCodec.decodeRun(value).stream()
                .map(o -> withText(o.analysis(), o.keptText()))
                .toList());
      }
    }
  }
}
