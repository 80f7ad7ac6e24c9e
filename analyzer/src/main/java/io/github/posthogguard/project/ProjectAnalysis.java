package io.github.posthogguard.project;

import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.FileBudget;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.Limits;
import io.github.posthogguard.analyzer.Rule;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.analyzer.TextClues;
import io.github.posthogguard.config.ConfigIndex;
import io.github.posthogguard.eval.Evaluator;
import io.github.posthogguard.eval.Fact;
import io.github.posthogguard.eval.Ref;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.keys.KeyMask;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Analyzes the files of one project (the CLI's paths, a compilation, a module) with what each
 * file's types tell the others.
 *
 * <ol>
 *   <li>Every file whose text a rule is interested in is parsed once, analyzed alone and summarized
 *       ({@link Summarizer}); the analysis records which project types it asked about.
 *   <li>Files the prefilter passed over are read again when they mention a type or member that
 *       holds a secret, or declare a supertype of a summarized type, and get the same treatment,
 *       until nothing new comes in.
 *   <li>With the index of all summaries complete, each file whose analysis asked about a type that
 *       can change its findings is analyzed again with the index.
 * </ol>
 *
 * The outcome does not depend on the order of the files or the number of threads.
 */
public final class ProjectAnalysis {
  /**
   * A file of the project: how surfaces name it, and its text, read when needed (twice at most).
   */
  public interface Source {
    String path();

    String text() throws IOException;

    /**
     * What the file system tells of the file without reading it (its size, modification time and
     * identity), if that can be trusted to change whenever its text does; else null. Equal stamps
     * over a whole project let a {@link ResultStore} give back the last run without reading a text.
     */
    default byte[] stamp() {
      return null;
    }

    /**
     * What reading the text told besides the text (how it was decoded, that it was not read), kept
     * with the stamps for a run that does not read the file.
     */
    default byte readNote() {
      return 0;
    }

    /** Told again what {@link #readNote} said when the text was last read. */
    default void recallReadNote(byte note) {}

    /** A file whose text is already in memory. */
    static Source of(SourceFile file) {
      return new Source() {
        @Override
        public String path() {
          return file.path();
        }

        @Override
        public String text() {
          return file.text();
        }
      };
    }
  }

  private static final int ROUNDS = 4;

  /** Member names every file may spell: a secret behind them is found through the others. */
  private static final Set<String> COMMON_NAMES =
      Set.of(
          "toString",
          "getValue",
          "getName",
          "getId",
          "value",
          "values",
          "getData",
          "build",
          "create");

  private final Analyzer analyzer;
  private final FlowOptions options;
  private final ConfigIndex config;
  private final Predicate<String> keepText;
  private final ResultStore store;
  private final Runnable beforeParsing;

  public ProjectAnalysis(Analyzer analyzer, FlowOptions options) {
    this(analyzer, options, ConfigIndex.EMPTY);
  }

  /**
   * An analysis whose Java files also see what the project's configuration files hold: the key a
   * {@code @Value("${posthog.api-key}")} or a {@code BuildConfig} field reads.
   */
  public ProjectAnalysis(Analyzer analyzer, FlowOptions options, ConfigIndex config) {
    this(analyzer, options, config, text -> false, null, () -> {});
  }

  private ProjectAnalysis(
      Analyzer analyzer,
      FlowOptions options,
      ConfigIndex config,
      Predicate<String> keepText,
      ResultStore store,
      Runnable beforeParsing) {
    this.analyzer = analyzer;
    this.options = options;
    this.config = config;
    this.keepText = keepText;
    this.store = store;
    this.beforeParsing = beforeParsing;
  }

  /**
   * The same analysis, whose results keep the text of each file with findings and of each file
   * whose text {@code which} accepts (a report that quotes lines needs them); the others' texts are
   * dropped as soon as the file is analyzed.
   */
  public ProjectAnalysis keepingTexts(Predicate<String> which) {
    return new ProjectAnalysis(analyzer, options, config, which, store, beforeParsing);
  }

  /**
   * The same analysis, which takes what {@code results} kept of a file whose text it read before
   * instead of parsing the file again, and keeps there what it makes of the others. The findings
   * are the same as without it; the store must serve this analysis' setting only (see {@link
   * ResultStore}).
   */
  public ProjectAnalysis remembering(ResultStore results) {
    return new ProjectAnalysis(analyzer, options, config, keepText, results, beforeParsing);
  }

  /**
   * The same analysis, which runs {@code action} once it knows that it will parse files: not when
   * the store vouches for the whole tree (a warm-up of the parser and the rules costs such a run
   * only time).
   */
  public ProjectAnalysis beforeParsing(Runnable action) {
    return new ProjectAnalysis(analyzer, options, config, keepText, store, action);
  }

  /** One file's state through the phases. */
  private final class State {
    final Source source;
    final int index;
    String topLevelType;
    FileAnalysis analysis;
    boolean parsed;
    boolean allRules;

    /**
     * Parsed for its summary though no rule may find anything in it: other files need its types.
     */
    boolean summarize;

    Set<String> demanded = Set.of();
    Set<Ref> refs = Set.of();

    /** Its text interested some rules only: a name of another file may interest the others. */
    boolean skippedRules;

    List<TypeSummary> summaries = List.of();
    long textPrint;
    byte[] textHash; // for a ResultStore: of the text the first pass read
    byte[] stamp; // for a ResultStore: what the file system tells of the file, if trusted
    ResultCodec.KnownText knownText; // what the same stamp stood for in the last run
    boolean quoted; // the reports keep its text though it has no findings
    byte[] firstPassPrint; // for a ResultStore: a checksum of what the first pass made of it
    byte[] recalled; // a first pass the store kept, whose summaries are not decoded yet
    boolean noRecall; // its kept first pass could not be read: compute it
    boolean settled = true; // for a ResultStore: every pass kept, none past its budget
    Throwable failure; // what a step threw past the file's budget, if it did
    List<PassedArgument> passed = List.of();

    State(Source source, int index) {
      this.source = source;
      this.index = index;
    }
  }

  /**
   * Hears of each file's final analysis as soon as it is known: its findings and problems (its text
   * is not kept: the analysis names the file by path only), and the {@link #printOf print} of the
   * text it was made from.
   */
  public interface Listener {
    void analyzed(int index, FileAnalysis analysis, long textPrint);
  }

  /**
   * The analyses of {@code sources}, in their order, computed on {@code executor} (null: on the
   * calling thread); {@code done} (may be null) hears of each file's final analysis by its index.
   * The analyses keep the texts of files with findings (and those {@link #keepingTexts} asks for),
   * not the others'. Each file's work is bounded by the analyzer's {@link Limits}: a file past them
   * is reported in its analysis' problems, and the others are analyzed as if it were not there. An
   * exception's message that another file logs is reported there only ({@link
   * MessagesReadElsewhere}): {@code done} hears of the files concerned once every file is known.
   */
  public List<FileAnalysis> analyze(
      List<? extends Source> sources, ExecutorService executor, Listener done) {
    MessagesReadElsewhere messages = new MessagesReadElsewhere(done);
    return messages.release(analyzeEach(sources, executor, messages));
  }

  private List<FileAnalysis> analyzeEach(
      List<? extends Source> sources, ExecutorService executor, Listener done) {
    List<State> states = new ArrayList<>();
    for (Source source : sources) {
      states.add(new State(source, states.size()));
    }
    byte[] stamps = store == null ? null : stampsKey(states);
    if (stamps != null && recallStampedRun(states, stamps, done)) {
      return states.stream().map(s -> s.analysis).toList();
    }
    beforeParsing.run();
    byte[] knownTexts = recallKnownTexts(states);
    long t0 = System.nanoTime();
    run(executor, states, this::firstPass);
    reportFailures(states);
    debug(
        "first pass: "
            + states.stream().filter(s -> s.parsed).count()
            + " parsed in "
            + (System.nanoTime() - t0) / 1_000_000
            + " ms");
    byte[] tree = store == null ? null : treeKey(states);
    if (tree != null && recallRun(states, tree, done)) {
      store.keepAll();
      rememberStamps(states, stamps, tree);
      rememberKnownTexts(states, knownTexts);
      return states.stream().map(s -> s.analysis).toList();
    }
    Map<String, State> byType = new HashMap<>();
    for (State state : states) {
      if (state.topLevelType != null) {
        byType.putIfAbsent(state.topLevelType, state);
      }
    }
    byte[] outcomeKey = store == null ? null : outcomeKey(states);
    if (store != null && outcomeKey == null) {
      debug(
          "rounds not kept: "
              + states.stream().filter(s -> s.firstPassPrint == null).count()
              + " files' first passes were not kept");
    }
    ProjectOutcome recalled = outcomeKey == null ? null : recallOutcome(outcomeKey, states.size());
    ProjectOutcome known = recalled != null && choosesAlike(states, recalled) ? recalled : null;
    if (known == null) {
      decodeAllRecalled(executor, states); // the rounds read what the summaries say
    }
    List<ProjectOutcome.Text> pending = outcomeKey == null ? List.of() : pendingTexts(states);
    List<ProjectOutcome.Round> rounds =
        known != null ? replayRounds(executor, states, known) : rounds(executor, states, byType);

    reportFailures(states); // of the rounds
    Set<String> declared = byType.keySet();
    ProjectIndex before =
        known == null
            ? new ProjectIndex(summaries(states), declared, config, passed(states, List.of()))
            : null;
    Set<String> createdWithSecrets =
        before != null ? before.createdWithSecrets() : known.createdWithSecrets();
    List<PassedArgument> creations = creations(executor, states, createdWithSecrets);
    byte[] creationsPrint =
        ResultCodec.checksum(
            ResultCodec.encodeNames(creations.stream().map(PassedArgument::type).toList()));
    boolean asKnown = known != null && Arrays.equals(known.creations(), creationsPrint);
    if (known != null && !asKnown) {
      decodeAllRecalled(executor, states); // for the project's digest
    }
    // gathered when first asked, after every summary needed is decoded
    Supplier<List<TypeSummary>> allSummaries = computedOnce(() -> summaries(states));
    Supplier<List<PassedArgument>> allPassed = computedOnce(() -> passed(states, creations));
    Supplier<ProjectIndex> index =
        computedOnce(
            () ->
                before != null && createdWithSecrets.isEmpty()
                    ? before
                    : new ProjectIndex(allSummaries.get(), declared, config, allPassed.get()));
    byte[] told =
        asKnown
            ? known.told()
            : store == null
                ? null
                : ResultCodec.projectDigest(allSummaries.get(), declared, allPassed.get());
    if (told != null) {
      debug("project digest " + HexFormat.of().formatHex(told, 0, 8));
    }
    long tClues = System.nanoTime();
    SecondPassChoice choice =
        asKnown ? SecondPassChoice.of(known) : secondPassChoice(executor, states, index.get());
    Map<Integer, ProjectOutcome.Interest> kept = new HashMap<>();
    choice.interest().forEach(interest -> kept.put(interest.index(), interest));
    NameSearch clueSearch = new NameSearch(choice.clueNames());
    List<ProjectOutcome.Interest> interest =
        mapped(
            executor,
            states.stream().filter(state -> state.parsed && state.skippedRules).toList(),
            state ->
                new ProjectOutcome.Interest(
                    state.index,
                    state.textHash == null ? new byte[0] : state.textHash,
                    spellsAClue(state, kept.get(state.index), clueSearch)));
    Set<Integer> readAgain = new HashSet<>(choice.changeable());
    interest.stream()
        .filter(ProjectOutcome.Interest::spellsAClue)
        .forEach(i -> readAgain.add(i.index()));
    List<State> again = states.stream().filter(state -> readAgain.contains(state.index)).toList();
    debug(
        "second pass: chosen in "
            + (System.nanoTime() - tClues) / 1_000_000
            + " ms: "
            + choice.changeable().size()
            + " the index may change, "
            + (readAgain.size() - choice.changeable().size())
            + " more spell one of "
            + choice.clueNames().size()
            + " clue names"
            + (choice.clueNames().size() <= 20 ? " " + choice.clueNames() : ""));
    if (outcomeKey != null && !asKnown) {
      store.put(
          OUTCOME_SLOT,
          outcomeKey,
          ResultCodec.encode(
              new ProjectOutcome(
                  rounds,
                  pending,
                  createdWithSecrets,
                  creationsPrint,
                  told,
                  choice.changeable(),
                  choice.clueNames(),
                  interest)));
    }
    Set<State> once = Collections.newSetFromMap(new IdentityHashMap<>());
    once.addAll(again);
    for (int i = 0; i < states.size(); i++) {
      State state = states.get(i);
      if (!once.contains(state) && done != null) {
        done.analyzed(i, state.analysis, state.textPrint);
      }
    }
    if (asKnown && again.stream().anyMatch(state -> !secondPassKept(state, told))) {
      decodeAllRecalled(executor, states); // a second pass asks the index
    }
    long t2 = System.nanoTime();
    run(executor, again, state -> secondPass(state, index, told));
    reportFailures(again);
    debug(
        "second pass: "
            + again.size()
            + " again in "
            + (System.nanoTime() - t2) / 1_000_000
            + " ms");
    if (done != null) {
      for (State state : again) {
        done.analyzed(state.index, state.analysis, state.textPrint);
      }
    }
    if (tree != null && states.stream().allMatch(s -> s.settled)) {
      store.put(
          RUN_SLOT, tree, ResultCodec.encodeRun(states.stream().map(s -> s.analysis).toList()));
      rememberStamps(states, stamps, tree);
    }
    rememberKnownTexts(states, knownTexts);
    return states.stream().map(s -> s.analysis).toList();
  }

  /**
   * Files not parsed yet that the index needs: they declare a supertype of a summarized type or a
   * type other files pass a secret to, or mention a name the summaries say holds a secret.
   */
  private RoundChoice moreToSummarize(
      ExecutorService executor,
      List<State> states,
      Map<String, State> byType,
      Set<String> seenNames) {
    Set<State> more = new LinkedHashSet<>();
    List<TypeSummary> all = new ArrayList<>();
    List<PassedArgument> passed = new ArrayList<>();
    Set<String> givenArguments = new HashSet<>();
    for (State state : states) {
      for (PassedArgument argument : state.passed) {
        givenArguments.add(argument.type());
      }
    }
    for (State state : states) {
      passed.addAll(state.passed);
      for (String demand : state.demanded) {
        int member = demand.indexOf(RecordingView.MEMBER);
        String type = member < 0 ? null : demand.substring(0, member);
        State declaring = type == null ? null : declaringState(type, byType);
        // Json.MAPPER.writeValueAsString(..): what another file's member is, its declaration says
        // (a type given a secret waits to be read whole: its methods may pass the secret on)
        if (declaring == null || !isPending(declaring)) {
          continue;
        }
        if (RecordingView.asksForTheBody(demand)) {
          declaring.allRules = true; // a helper given a secret: what it returns, its body tells
          more.add(declaring);
        } else if (!givenArguments.contains(type)) {
          declaring.summarize = true;
          more.add(declaring);
        }
      }
      for (TypeSummary summary : state.summaries) {
        all.add(summary);
        for (String supertype : summary.supertypes()) {
          State declaring = declaringState(supertype, byType);
          if (declaring != null && isPending(declaring)) {
            declaring.summarize = true; // its rules as alone: its members are what others need
            more.add(declaring);
          }
        }
      }
    }
    // what other files pass tells too: an exception built with a key names its handlers' clue
    ProjectIndex known = new ProjectIndex(all, byType.keySet(), config, passed);
    for (State state : states) {
      for (PassedArgument argument : state.passed) {
        State declaring = declaringState(argument.type(), byType);
        // a reference that does not resolve yet is asked again next round, with more summaries
        if (declaring != null && isPending(declaring) && known.carriesSecret(argument.fact())) {
          declaring.allRules = true; // a helper of another file gets a secret: it may log it
          more.add(declaring);
        }
      }
    }
    Set<String> names = clueNames(executor, known);
    names.removeAll(seenNames);
    seenNames.addAll(names);
    debug(
        "names: "
            + names.size()
            + " "
            + names.stream().sorted().limit(40).toList()
            + "; by supertype: "
            + more.size());
    List<Integer> byName = new ArrayList<>();
    if (!names.isEmpty()) {
      // a file asked for its declarations only is read whole when it names one (a field built
      // from another file's key constants, returned by a getter that the declarations lose)
      List<State> pending = states.stream().filter(s -> !s.allRules && isPending(s)).toList();
      NameSearch search = new NameSearch(names);
      for (State state : accepted(executor, pending, state -> mentionsAny(state, search))) {
        state.allRules = true;
        more.add(state);
        byName.add(state.index);
      }
    }
    return new RoundChoice(
        new ArrayList<>(more), List.copyOf(new TreeSet<>(names)), List.copyOf(byName));
  }

  /** A round's files, the names it searched pending texts for, and the files that spelled one. */
  private record RoundChoice(List<State> more, List<String> names, List<Integer> byName) {}

  /** Whether the index may change the file's findings: a reference or a demanded type now tells. */
  private static boolean mayChange(State state, ProjectIndex index) {
    String traced = System.getenv("POSTHOG_GUARD_DEBUG_FILE");
    if (traced != null && state.source.path().contains(traced)) {
      debug(
          state.source.path()
              + " demanded "
              + state.demanded
              + " relevant "
              + state.demanded.stream().filter(d -> index.isRelevantDemand(d, true)).toList()
              + " refs "
              + state.refs.size());
    }
    boolean foundAlone = !state.analysis.findings().isEmpty();
    return state.demanded.stream().anyMatch(d -> index.isRelevantDemand(d, foundAlone))
        || state.summaries.stream().anyMatch(s -> index.receivesSecrets(s.name()))
        || state.refs.stream().anyMatch(ref -> index.resolve(Fact.of(ref)).isPresent());
  }

  /** The names through which a file reaches another file's secret, but for the commonest. */
  private static Set<String> clueNames(ExecutorService executor, ProjectIndex index) {
    Set<String> names = new HashSet<>();
    for (List<String> some : mapped(executor, List.copyOf(index.summaries()), index::clueNamesOf)) {
      names.addAll(some);
    }
    names.addAll(index.exceptionsThrownWithKey());
    names.removeIf(name -> name.length() < 4 || COMMON_NAMES.contains(name));
    return names;
  }

  /**
   * The rounds after the first pass: each adds the files not parsed yet that the index needs
   * ({@link #moreToSummarize}), until none does. Returns which files each round added, and why.
   */
  private List<ProjectOutcome.Round> rounds(
      ExecutorService executor, List<State> states, Map<String, State> byType) {
    List<ProjectOutcome.Round> rounds = new ArrayList<>();
    Set<String> seenNames = new HashSet<>();
    for (int round = 0; round < ROUNDS; round++) {
      long t1 = System.nanoTime();
      RoundChoice choice = moreToSummarize(executor, states, byType, seenNames);
      debug("round " + round + ": chosen in " + (System.nanoTime() - t1) / 1_000_000 + " ms");
      // a round that adds nothing is kept too: a file changed since may spell its names
      rounds.add(
          new ProjectOutcome.Round(
              choice.more().stream()
                  .map(s -> new ProjectOutcome.Chosen(s.index, s.summarize, s.allRules))
                  .toList(),
              choice.names(),
              choice.byName()));
      if (choice.more().isEmpty()) {
        break;
      }
      readMore(executor, choice.more(), round);
    }
    return rounds;
  }

  /** The files not parsed yet, and not skipped, with their texts' hashes. */
  private static List<ProjectOutcome.Text> pendingTexts(List<State> states) {
    return states.stream()
        .filter(state -> isPending(state) && state.textHash != null)
        .map(state -> new ProjectOutcome.Text(state.index, state.textHash))
        .toList();
  }

  /**
   * Whether the rounds a run kept would choose alike now: every file not parsed whose text changed
   * since spells the names of each round up to the one that added it exactly when it did then.
   */
  private static boolean choosesAlike(List<State> states, ProjectOutcome known) {
    Map<Integer, byte[]> kept = new HashMap<>();
    known.pending().forEach(text -> kept.put(text.index(), text.hash()));
    Map<Integer, Integer> addedIn = new HashMap<>();
    for (int r = 0; r < known.rounds().size(); r++) {
      for (ProjectOutcome.Chosen chosen : known.rounds().get(r).chosen()) {
        addedIn.putIfAbsent(chosen.index(), r);
      }
    }
    NameSearch[] searches = new NameSearch[known.rounds().size()]; // made when a text changed
    for (State state : states) {
      if (!isPending(state) || Arrays.equals(kept.get(state.index), state.textHash)) {
        continue;
      }
      if (!kept.containsKey(state.index)) {
        return false;
      }
      int last = addedIn.getOrDefault(state.index, known.rounds().size() - 1);
      for (int r = 0; r <= last; r++) {
        ProjectOutcome.Round round = known.rounds().get(r);
        if (searches[r] == null && !round.names().isEmpty()) {
          searches[r] = new NameSearch(round.names());
        }
        boolean spells = searches[r] != null && mentionsAny(state, searches[r]);
        if (spells != round.byName().contains(state.index)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The rounds a run over files whose first passes said the same chose, made again. */
  private List<ProjectOutcome.Round> replayRounds(
      ExecutorService executor, List<State> states, ProjectOutcome known) {
    for (int round = 0; round < known.rounds().size(); round++) {
      List<State> more = new ArrayList<>();
      for (ProjectOutcome.Chosen chosen : known.rounds().get(round).chosen()) {
        State state = states.get(chosen.index());
        state.summarize |= chosen.summarize();
        state.allRules |= chosen.allRules();
        more.add(state);
      }
      if (!more.isEmpty()) {
        readMore(executor, more, round);
      }
    }
    return known.rounds();
  }

  private void readMore(ExecutorService executor, List<State> more, int round) {
    long t1 = System.nanoTime();
    run(
        executor,
        more,
        state -> {
          firstPass(state);
          decodeRecalled(state);
        });
    debug(
        "round "
            + round
            + ": "
            + more.size()
            + " more in "
            + (System.nanoTime() - t1) / 1_000_000
            + " ms");
  }

  /**
   * What chooses the files the second pass reads again: those whose findings the index may change,
   * and those read for some rules only whose text spells a clue name.
   */
  private record SecondPassChoice(
      List<Integer> changeable, List<String> clueNames, List<ProjectOutcome.Interest> interest) {
    static SecondPassChoice of(ProjectOutcome known) {
      return new SecondPassChoice(known.changeable(), known.clueNames(), known.interest());
    }
  }

  private static SecondPassChoice secondPassChoice(
      ExecutorService executor, List<State> states, ProjectIndex index) {
    List<Integer> changeable =
        accepted(executor, states, state -> state.parsed && mayChange(state, index)).stream()
            .map(state -> state.index)
            .toList();
    return new SecondPassChoice(
        changeable, List.copyOf(new TreeSet<>(clueNames(executor, index))), List.of());
  }

  /**
   * Whether a file read for some rules only spells a clue name: as {@code kept} says for the same
   * text, else as its text says now.
   */
  private static boolean spellsAClue(
      State state, ProjectOutcome.Interest kept, NameSearch clueNames) {
    return kept != null && Arrays.equals(kept.textHash(), state.textHash)
        ? kept.spellsAClue()
        : mentionsAny(state, clueNames);
  }

  /**
   * How often the project creates the types whose fields keep what a creation gives them ({@link
   * Creations}), counted in the files whose text changed since the store's last count.
   */
  private List<PassedArgument> creations(
      ExecutorService executor, List<State> states, Set<String> createdWithSecrets) {
    if (createdWithSecrets.isEmpty()) {
      return List.of();
    }
    long counting = System.nanoTime();
    byte[] slotKey =
        store == null
            ? null
            : ResultCodec.checksum(
                ResultCodec.encodeNames(List.copyOf(new TreeSet<>(createdWithSecrets))));
    Map<String, ResultCodec.CountedCreations> kept = keptCreations(slotKey);
    Function<Source, List<PassedArgument>> counter = Creations.counter(createdWithSecrets);
    List<ResultCodec.CountedCreations> counted =
        mapped(
            executor,
            states,
            state -> {
              ResultCodec.CountedCreations known = kept.get(state.source.path());
              if (known != null
                  && state.textHash != null
                  && Arrays.equals(known.textHash(), state.textHash)) {
                return known;
              }
              List<String> types =
                  counter.apply(state.source).stream().map(PassedArgument::type).toList();
              return new ResultCodec.CountedCreations(
                  state.source.path(),
                  state.textHash == null ? new byte[0] : state.textHash,
                  types);
            });
    if (slotKey != null) {
      store.put(CREATIONS_SLOT, slotKey, ResultCodec.encodeCreations(counted));
    }
    List<PassedArgument> creations = new ArrayList<>();
    for (ResultCodec.CountedCreations file : counted) {
      file.types().forEach(type -> creations.add(PassedArgument.creation(type)));
    }
    debug(
        "creations of "
            + createdWithSecrets.size()
            + " types counted in "
            + (System.nanoTime() - counting) / 1_000_000
            + " ms");
    return creations;
  }

  private Map<String, ResultCodec.CountedCreations> keptCreations(byte[] slotKey) {
    byte[] bytes = slotKey == null ? null : store.get(CREATIONS_SLOT, slotKey);
    if (bytes == null) {
      return Map.of();
    }
    try {
      Map<String, ResultCodec.CountedCreations> byPath = new HashMap<>();
      for (ResultCodec.CountedCreations file : ResultCodec.decodeCreations(bytes)) {
        byPath.put(file.path(), file);
      }
      return byPath;
    } catch (IOException e) {
      debug("cannot read the creations kept: " + e.getMessage());
      return Map.of();
    }
  }

  /** {@code compute}'s value, computed once, on the first thread that asks. */
  private static <T> Supplier<T> computedOnce(Supplier<T> compute) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = compute.get();
        }
        return value;
      }
    };
  }

  private static boolean mentionsAny(State state, NameSearch names) {
    try {
      return names.anyIn(state.source.text());
    } catch (IOException e) {
      return false; // read errors were reported by the first pass
    }
  }

  /** A file not parsed yet, and not skipped. */
  private static boolean isPending(State state) {
    return !state.parsed && state.analysis != null && state.analysis.problems().isEmpty();
  }

  private static State declaringState(String type, Map<String, State> byType) {
    for (String name = type; name.contains("."); name = name.substring(0, name.lastIndexOf('.'))) {
      State state = byType.get(name);
      if (state != null) {
        return state;
      }
    }
    return null;
  }

  private void firstPass(State state) {
    if (recallKnownFirstPass(state)) {
      return;
    }
    String text;
    try {
      text = state.source.text();
    } catch (IOException | RuntimeException e) {
      state.analysis =
          FileAnalysis.skipped(
              new SourceFile(state.source.path(), ""),
              KeyMask.redact(
                  "posthog-guard: skipped "
                      + state.source.path()
                      + ": cannot read it: "
                      + e.getMessage()));
      state.settled = false; // a read error is no result to keep
      return;
    }
    SourceFile file = new SourceFile(state.source.path(), text);
    state.textPrint = printOf(text);
    state.textHash = store == null ? null : ResultCodec.textHash(text);
    state.quoted = keepText.test(text);
    if (state.topLevelType == null) {
      state.topLevelType = topLevelType(state.source.path(), text);
    }
    if (recallFirstPass(state, text)) {
      return;
    }
    List<Rule> interested =
        state.allRules || config.isNamedIn(text)
            ? analyzer.rules()
            : analyzer.rulesFor(TextClues.ofJavaSource(text));
    if (interested.isEmpty() && !state.summarize) {
      state.analysis = kept(FileAnalysis.clean(file), text);
      rememberFirstPass(state, text, true);
      return;
    }
    if (analyzer.isTooLarge(file)) {
      state.analysis = kept(analyzer.textScan(file, interested), text);
      rememberFirstPass(state, text, true);
      return;
    }
    Work work = null;
    if (interested.isEmpty()) {
      // only other files need it, for what its types declare: no rule reads it, so its method
      // bodies name no secret and no source (they may still pass on another file's secret: lost)
      work =
          analyzeAndSummarize(
              new SourceFile(file.path(), DeclarationsOnly.of(text)),
              () -> new RecordingView(new ConfigView(config)),
              interested,
              true);
    }
    if (work == null || !work.parsed() && work.settled()) {
      work =
          analyzeAndSummarize(
              file, () -> new RecordingView(new ConfigView(config)), interested, true);
    }
    state.analysis = kept(work.analysis(), text);
    state.parsed |= work.parsed();
    state.summaries = work.summaries();
    state.passed = work.passed();
    state.demanded = work.demanded();
    state.refs = work.refs();
    state.skippedRules = work.skippedRules();
    rememberFirstPass(state, text, work.settled());
  }

  private void secondPass(State state, Supplier<ProjectIndex> index, byte[] told) {
    FileAnalysis recalled = recallSecondPass(state, told);
    if (recalled != null
        && state.knownText != null
        && !state.quoted
        && recalled.findings().isEmpty()) {
      state.analysis = recalled; // its stamp vouches for the text, and nothing quotes it
      return;
    }
    String text;
    try {
      text = state.source.text();
    } catch (IOException | RuntimeException e) {
      state.settled = false;
      return; // keep the file's first analysis: what it shows alone
    }
    if (printOf(text) != state.textPrint) {
      state.settled = false;
      return; // changed on disk since the first pass: keep what was found in the text it read
    }
    if (recalled != null) {
      state.analysis = kept(recalled, text);
      return;
    }
    // what the other files hold can interest any rule: a key assembled from their constants
    Work work =
        analyzeAndSummarize(
            new SourceFile(state.source.path(), text), index::get, analyzer.rules(), false);
    if (work.parsed()) {
      state.analysis = kept(work.analysis(), text);
      if (store != null && work.settled()) {
        store.put(secondSlot(state), secondKey(state, told), ResultCodec.encode(work.analysis()));
      } else {
        state.settled = false;
      }
    } else {
      state.settled = false;
      // past its budget with the project: what the file shows alone stands, and says so
      List<String> problems = new ArrayList<>(state.analysis.problems());
      problems.addAll(work.analysis().problems());
      state.analysis = new FileAnalysis(state.analysis.file(), state.analysis.findings(), problems);
    }
  }

  /**
   * What one pass made of a file: kept only when the work finished within the file's budget. {@code
   * settled}: the same text always gives the same work (no budget overrun, no rule failed), so a
   * {@link ResultStore} may keep it.
   */
  private record Work(
      FileAnalysis analysis,
      boolean parsed,
      List<TypeSummary> summaries,
      List<PassedArgument> passed,
      Set<String> demanded,
      Set<Ref> refs,
      boolean skippedRules,
      boolean settled) {

    /** No parse: the file is skipped, for a reason the same text gives again or not. */
    static Work skipped(FileAnalysis analysis, boolean settled) {
      return new Work(analysis, false, List.of(), List.of(), Set.of(), Set.of(), false, settled);
    }
  }

  /**
   * Parses, analyzes and summarizes a file within its budget ({@link FileBudget}): a file that
   * takes too long, nests too deeply or runs out of memory is skipped with one problem.
   */
  private Work analyzeAndSummarize(
      SourceFile file, Supplier<ProjectView> views, List<Rule> interested, boolean summarize) {
    FileBudget.Outcome<Work> outcome =
        analyzer
            .budget()
            .run(
                () -> {
                  ProjectView view = views.get();
                  Analyzer.ParsedFile parsed = analyzer.parse(file, view);
                  if (parsed.problem() != null) {
                    return Work.skipped(FileAnalysis.skipped(file, parsed.problem()), true);
                  }
                  JavaFile javaFile = parsed.file();
                  FileAnalysis analysis = analyzer.run(javaFile, interested);
                  boolean skippedRules = interested.size() < analyzer.rules().size();
                  if (skippedRules) {
                    // a rule its text did not interest may report once the project tells what
                    // the file's types inherit (a servlet's log() through a superclass of another
                    // file): their supertypes are asked for, so the index can tell
                    Evaluator.of(javaFile, options).semantics().declaredSupertypes();
                  }
                  // what the rules asked, not what the summary asks: a second pass runs the rules
                  // only, and the summary's own references are resolved by the index
                  Set<String> demanded = Set.of();
                  Set<Ref> refs = Set.of();
                  if (view instanceof RecordingView recording) {
                    demanded = recording.demanded();
                    refs = recording.refs();
                  }
                  List<TypeSummary> summaries = List.of();
                  List<PassedArgument> passed = List.of();
                  boolean summarized = true;
                  if (summarize) {
                    try {
                      Evaluator evaluator = Evaluator.of(javaFile, options);
                      summaries = Summarizer.of(evaluator, file.path());
                      passed = Summarizer.passedArguments(evaluator);
                    } catch (RuntimeException | StackOverflowError e) {
                      // the file's own findings stand; others learn nothing of it
                      summaries = List.of();
                      passed = List.of();
                      summarized = false;
                    }
                  }
                  boolean settled = analysis.problems().isEmpty() && summarized;
                  return new Work(
                      analysis, true, summaries, passed, demanded, refs, skippedRules, settled);
                },
                file.text().length());
    if (outcome instanceof FileBudget.Outcome.Done<Work> done) {
      return done.value();
    }
    return Work.skipped(
        FileAnalysis.skipped(
            file,
            KeyMask.redact("posthog-guard: skipped " + file.path() + ": " + outcome.reason())),
        false);
  }

  // What a ResultStore keeps: a file's passes, by the hash of the text they read.

  /** The whole run's outcome, for a project whose every text is as it was. */
  private static final String RUN_SLOT = "0 run";

  /** The paths and text hashes of every file, in order; null if a file could not be read. */
  private static byte[] treeKey(List<State> states) {
    MessageDigest digest = ResultCodec.sha256();
    for (State state : states) {
      if (state.textHash == null) {
        return null;
      }
      digest.update(state.source.path().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(state.textHash);
    }
    return digest.digest();
  }

  /** What the rounds after the first pass decided ({@link ProjectOutcome}). */
  private static final String OUTCOME_SLOT = "0 outcome";

  /** The creations counted in each file, for the types they were counted for. */
  private static final String CREATIONS_SLOT = "0 creations";

  /**
   * What the rounds after the first pass depend on: each file's path, its top-level type and what
   * its first pass made of it; null if a first pass was not kept. (What the rounds search in the
   * texts of files not parsed yet, the creations and the clue names in the texts of files read for
   * some rules only are checked by each text's hash.)
   */
  private static byte[] outcomeKey(List<State> states) {
    MessageDigest digest = ResultCodec.sha256();
    String traced = System.getenv("POSTHOG_GUARD_DEBUG_FILE");
    for (State state : states) {
      if (traced != null && state.source.path().contains(traced)) {
        debug(
            state.source.path()
                + " first pass "
                + (state.firstPassPrint == null
                    ? "not kept"
                    : HexFormat.of().formatHex(state.firstPassPrint))
                + (state.parsed ? " parsed" : "")
                + (state.skippedRules ? " for some rules" : ""));
      }
      if (state.firstPassPrint == null || state.textHash == null) {
        return null;
      }
      digest.update(state.source.path().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(String.valueOf(state.topLevelType).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(state.firstPassPrint);
    }
    return digest.digest();
  }

  private ProjectOutcome recallOutcome(byte[] key, int files) {
    byte[] bytes = store.get(OUTCOME_SLOT, key);
    if (bytes == null) {
      return null;
    }
    try {
      ProjectOutcome outcome = ResultCodec.decodeOutcome(bytes);
      boolean fits =
          outcome.changeable().stream().allMatch(i -> i >= 0 && i < files)
              && outcome.interest().stream().allMatch(i -> i.index() >= 0 && i.index() < files)
              && outcome.rounds().stream()
                  .flatMap(round -> round.chosen().stream())
                  .allMatch(c -> c.index() >= 0 && c.index() < files);
      if (!fits) {
        return null;
      }
      debug("the rounds as the store kept them: " + outcome.rounds().size() + " rounds");
      return outcome;
    } catch (IOException e) {
      debug("cannot read the rounds kept: " + e.getMessage());
      return null;
    }
  }

  /** The run whose texts the files' stamps promise, by its {@link #treeKey} and texts' prints. */
  private static final String STAMPS_SLOT = "0 stamps";

  /** The paths and stamps of every file, in order; null if a file has no stamp to trust. */
  private static byte[] stampsKey(List<State> states) {
    MessageDigest digest = ResultCodec.sha256();
    boolean all = true;
    for (State state : states) {
      state.stamp = state.source.stamp();
      all &= state.stamp != null;
      if (all) {
        digest.update(state.source.path().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(state.stamp);
      }
    }
    return all ? digest.digest() : null;
  }

  /** What each file's stamp stood for in the last run, by path ({@link ResultCodec.KnownText}). */
  private static final String KNOWN_TEXTS_SLOT = "0 texts";

  private static final byte[] KNOWN_TEXTS_KEY = {1};

  /**
   * Gives each file whose stamp is as the last run found it what that run read under it; the
   * entry's bytes, or null.
   */
  private byte[] recallKnownTexts(List<State> states) {
    byte[] bytes = store == null ? null : store.get(KNOWN_TEXTS_SLOT, KNOWN_TEXTS_KEY);
    if (bytes == null) {
      return null;
    }
    Map<String, ResultCodec.KnownText> byPath = new HashMap<>();
    try {
      ResultCodec.decodeKnownTexts(bytes).forEach(known -> byPath.put(known.path(), known));
    } catch (IOException e) {
      debug("cannot read the texts kept: " + e.getMessage());
      return null;
    }
    for (State state : states) {
      ResultCodec.KnownText known = byPath.get(state.source.path());
      if (known != null && state.stamp != null && Arrays.equals(known.stamp(), state.stamp)) {
        state.knownText = known;
      }
    }
    return bytes;
  }

  /** Keeps what each file's stamp stands for, if that is not what the store has already. */
  private void rememberKnownTexts(List<State> states, byte[] before) {
    if (store == null) {
      return;
    }
    List<ResultCodec.KnownText> known = new ArrayList<>();
    for (State state : states) {
      if (state.stamp != null && state.textHash != null) {
        known.add(
            new ResultCodec.KnownText(
                state.source.path(),
                state.stamp,
                state.textHash,
                state.textPrint,
                state.source.readNote(),
                state.topLevelType,
                state.quoted));
      }
    }
    byte[] bytes = ResultCodec.encodeKnownTexts(known);
    if (!known.isEmpty() && !Arrays.equals(bytes, before)) {
      store.put(KNOWN_TEXTS_SLOT, KNOWN_TEXTS_KEY, bytes);
    }
  }

  /**
   * Whether the files' stamps are those of a run the store kept: then the states hold its analyses
   * as {@link #recallRun} gives them, and no text was read but those the analyses keep.
   */
  private boolean recallStampedRun(List<State> states, byte[] stamps, Listener done) {
    byte[] bytes = store.get(STAMPS_SLOT, stamps);
    if (bytes == null || bytes.length != TREE_KEY_BYTES + STAMPED_FILE_BYTES * states.size()) {
      return false;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte[] tree = new byte[TREE_KEY_BYTES];
    in.get(tree);
    for (State state : states) {
      state.textPrint = in.getLong();
      state.source.recallReadNote(in.get());
    }
    return recallRun(states, tree, done);
  }

  /** Tells the store which run the files' stamps stand for, if they all have one. */
  private void rememberStamps(List<State> states, byte[] stamps, byte[] tree) {
    if (stamps == null) {
      return;
    }
    ByteBuffer out = ByteBuffer.allocate(TREE_KEY_BYTES + STAMPED_FILE_BYTES * states.size());
    out.put(tree);
    for (State state : states) {
      out.putLong(state.textPrint);
      out.put(state.source.readNote());
    }
    store.put(STAMPS_SLOT, stamps, out.array());
  }

  private static final int TREE_KEY_BYTES = 32;
  private static final int STAMPED_FILE_BYTES = Long.BYTES + 1; // its text's print, its read note

  /**
   * Whether the store had the final analyses of a run over exactly these texts: then the states
   * hold them, and {@code done} heard of each. The texts the analyses kept are read again, and must
   * be those the run read.
   */
  private boolean recallRun(List<State> states, byte[] tree, Listener done) {
    byte[] bytes = store.get(RUN_SLOT, tree);
    if (bytes == null) {
      return false;
    }
    List<ResultCodec.Outcome> outcomes;
    try {
      outcomes = ResultCodec.decodeRun(bytes);
    } catch (IOException e) {
      debug("cannot read what was kept of the last run: " + e.getMessage());
      return false;
    }
    if (outcomes.size() != states.size()) {
      return false;
    }
    List<FileAnalysis> analyses = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      ResultCodec.Outcome outcome = outcomes.get(i);
      if (!outcome.analysis().file().path().equals(states.get(i).source.path())) {
        return false;
      }
      if (!outcome.keptText()) {
        analyses.add(outcome.analysis());
        continue;
      }
      try {
        String text = states.get(i).source.text();
        if (printOf(text) != states.get(i).textPrint) {
          return false;
        }
        analyses.add(
            new FileAnalysis(
                new SourceFile(outcome.analysis().file().path(), text),
                outcome.analysis().findings(),
                outcome.analysis().problems()));
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
    for (int i = 0; i < states.size(); i++) {
      states.get(i).analysis = analyses.get(i);
      if (done != null) {
        done.analyzed(i, analyses.get(i), states.get(i).textPrint);
      }
    }
    debug("the whole project as it was: every analysis from the store");
    return true;
  }

  private static String firstSlot(State state) {
    // what a first pass does depends on its text and on why it runs: all rules, a summary, alone
    String why = state.allRules ? "1a " : state.summarize ? "1s " : "1p ";
    return why + state.source.path();
  }

  private static String secondSlot(State state) {
    return "2 " + state.source.path();
  }

  /** The first pass's text hash (the second pass read the same text) and the project's digest. */
  private static byte[] secondKey(State state, byte[] told) {
    byte[] hash = state.textHash;
    byte[] key = new byte[hash.length + told.length];
    System.arraycopy(hash, 0, key, 0, hash.length);
    System.arraycopy(told, 0, key, hash.length, told.length);
    return key;
  }

  /**
   * Whether the store had the file's first pass over this text: then the state holds its analysis,
   * and {@link #decodeRecalled} its summaries (a run over an unchanged tree needs none).
   */
  private boolean recallFirstPass(State state, String text) {
    byte[] bytes = keptFirstPass(state);
    ResultCodec.FirstPassHead head = bytes == null ? null : headOf(state, bytes);
    if (head == null) {
      return false;
    }
    recalled(state, bytes, head, kept(head.analysis(), text));
    return true;
  }

  /**
   * Whether the store had the file's first pass over the text its stamp stands for: then the state
   * holds it as {@link #recallFirstPass} gives it, and the text was read only if the analysis
   * quotes it.
   */
  private boolean recallKnownFirstPass(State state) {
    ResultCodec.KnownText known = state.knownText;
    if (known == null) {
      return false;
    }
    state.textPrint = known.textPrint();
    state.textHash = known.textHash();
    state.quoted = known.quoted();
    state.source.recallReadNote(known.readNote());
    if (state.topLevelType == null) {
      state.topLevelType = known.topLevelType();
    }
    byte[] bytes = keptFirstPass(state);
    ResultCodec.FirstPassHead head = bytes == null ? null : headOf(state, bytes);
    if (head == null) {
      return false;
    }
    FileAnalysis analysis = head.analysis();
    if (!analysis.findings().isEmpty() || known.quoted()) {
      String text;
      try {
        text = state.source.text();
      } catch (IOException | RuntimeException e) {
        state.knownText = null;
        return false; // the first pass reads it again and says why it cannot
      }
      if (printOf(text) != known.textPrint()) {
        state.knownText = null;
        return false;
      }
      analysis = kept(analysis, text);
    }
    recalled(state, bytes, head, analysis);
    return true;
  }

  private byte[] keptFirstPass(State state) {
    return store == null || state.noRecall ? null : store.get(firstSlot(state), state.textHash);
  }

  private static ResultCodec.FirstPassHead headOf(State state, byte[] bytes) {
    try {
      return ResultCodec.decodeFirstPassHead(bytes);
    } catch (IOException e) {
      debug("cannot read what was kept of " + state.source.path() + ": " + e.getMessage());
      return null;
    }
  }

  private static void recalled(
      State state, byte[] bytes, ResultCodec.FirstPassHead head, FileAnalysis analysis) {
    state.analysis = analysis;
    state.parsed |= head.parsed();
    state.skippedRules = head.skippedRules();
    state.recalled = head.parsed() ? bytes : null;
    state.firstPassPrint = ResultCodec.checksum(bytes);
  }

  /**
   * The summaries of every first pass the store kept: needed by the rounds, the project's digest
   * and index, not by a run that replays them all.
   */
  private void decodeAllRecalled(ExecutorService executor, List<State> states) {
    run(executor, states, this::decodeRecalled);
    reportFailures(states);
  }

  private static List<TypeSummary> summaries(List<State> states) {
    List<TypeSummary> all = new ArrayList<>();
    states.forEach(state -> all.addAll(state.summaries));
    return all;
  }

  /** What the files pass to other files' types, and the creations counted. */
  private static List<PassedArgument> passed(List<State> states, List<PassedArgument> creations) {
    List<PassedArgument> passed = new ArrayList<>();
    states.forEach(state -> passed.addAll(state.passed));
    passed.addAll(creations);
    return passed;
  }

  private boolean secondPassKept(State state, byte[] told) {
    return store.get(secondSlot(state), secondKey(state, told)) != null;
  }

  /** The summaries of a first pass the store kept; computed again if they cannot be read. */
  private void decodeRecalled(State state) {
    byte[] bytes = state.recalled;
    if (bytes == null) {
      return;
    }
    state.recalled = null;
    ResultCodec.FirstPass pass;
    try {
      pass = ResultCodec.decodeFirstPass(bytes);
    } catch (IOException e) {
      debug("cannot read what was kept of " + state.source.path() + ": " + e.getMessage());
      state.noRecall = true;
      firstPass(state);
      return;
    }
    state.summaries = pass.summaries();
    state.passed = pass.passed();
    state.demanded = pass.demanded();
    state.refs = pass.refs();
  }

  private void rememberFirstPass(State state, String text, boolean settled) {
    if (store == null || !settled) {
      state.settled = false;
      return;
    }
    byte[] pass =
        ResultCodec.encode(
            new ResultCodec.FirstPass(
                withoutText(state.analysis),
                state.parsed,
                state.skippedRules,
                state.summaries,
                state.passed,
                state.demanded,
                state.refs));
    store.put(firstSlot(state), state.textHash, pass);
    state.firstPassPrint = ResultCodec.checksum(pass);
  }

  /** The file's second pass (over its first pass's text) with what the project told it, if kept. */
  private FileAnalysis recallSecondPass(State state, byte[] told) {
    if (store == null) {
      return null;
    }
    byte[] bytes = store.get(secondSlot(state), secondKey(state, told));
    if (bytes == null) {
      return null;
    }
    try {
      return ResultCodec.decodeAnalysis(bytes);
    } catch (IOException e) {
      debug("cannot read what was kept of " + state.source.path() + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * A file's analysis without its text: the analysis of a whole project keeps every file's
   * findings, not every file's text.
   */
  private FileAnalysis kept(FileAnalysis analysis, String text) {
    if (!analysis.findings().isEmpty() || keepText.test(text)) {
      return new FileAnalysis(
          new SourceFile(analysis.file().path(), text), analysis.findings(), analysis.problems());
    }
    return withoutText(analysis);
  }

  private static FileAnalysis withoutText(FileAnalysis analysis) {
    return new FileAnalysis(
        new SourceFile(analysis.file().path(), ""), analysis.findings(), analysis.problems());
  }

  /**
   * A fingerprint of a text (its length and hash), to tell whether a surface reads the text the
   * analysis read without keeping the latter.
   */
  public static long printOf(String text) {
    return ((long) text.length() << 32) | (text.hashCode() & 0xffffffffL);
  }

  /** {@code pkg.Name} of {@code .../Name.java}: the public top-level type, by Java's convention. */
  static String topLevelType(String path, String text) {
    String normalized = path.replace('\\', '/');
    String file = normalized.substring(normalized.lastIndexOf('/') + 1);
    if (!file.endsWith(".java")) {
      return null;
    }
    String simple = file.substring(0, file.length() - ".java".length());
    String pkg = PackageName.of(text);
    return pkg.isEmpty() ? simple : pkg + "." + simple;
  }

  private static void debug(String message) {
    if (System.getenv("POSTHOG_GUARD_DEBUG") != null) {
      System.err.println("posthog-guard: " + message);
    }
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private interface Step {
    void apply(State state);
  }

  /**
   * Runs a step on one file, outside its budget's own guard too: memory can run out on the scan's
   * thread (reading the text, the prefilter) while another file's parse holds the heap. Nothing is
   * allocated here: {@link #reportFailures} names the file once the heap is free again.
   */
  private static void guarded(Step step, State state) {
    try {
      step.apply(state);
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      state.settled = false;
      state.failure = e;
    }
  }

  /**
   * Names once each file a step failed on: skipped if no pass gave it an analysis, else what an
   * earlier pass found stands and says so.
   */
  private static void reportFailures(List<State> states) {
    for (State state : states) {
      Throwable e = state.failure;
      if (e == null) {
        continue;
      }
      state.failure = null;
      String line =
          KeyMask.redact(
              "posthog-guard: skipped "
                  + state.source.path()
                  + ": "
                  + (e instanceof OutOfMemoryError
                      ? "ran out of memory (" + e.getMessage() + ")"
                      : "analysis failed: " + e));
      if (state.analysis == null) {
        state.analysis = FileAnalysis.skipped(new SourceFile(state.source.path(), ""), line);
      } else {
        List<String> problems = new ArrayList<>(state.analysis.problems());
        problems.add(line);
        state.analysis =
            new FileAnalysis(state.analysis.file(), state.analysis.findings(), problems);
      }
    }
  }

  /** The items {@code test} accepts, in their order, tested on {@code executor} (null: here). */
  private static <T> List<T> accepted(ExecutorService executor, List<T> items, Predicate<T> test) {
    List<Boolean> verdicts = mapped(executor, items, test::test);
    List<T> accepted = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (verdicts.get(i)) {
        accepted.add(items.get(i));
      }
    }
    return accepted;
  }

  /**
   * What {@code function} makes of each item, in their order, computed in slices on {@code
   * executor} (null: here): the project's own phases between the passes use every thread too.
   */
  private static <T, R> List<R> mapped(
      ExecutorService executor, List<T> items, Function<T, R> function) {
    if (executor == null || items.size() < 2 * SLICE) {
      return items.stream().map(function).toList();
    }
    List<Future<List<R>>> slices = new ArrayList<>();
    for (int from = 0; from < items.size(); from += SLICE) {
      List<T> slice = items.subList(from, Math.min(items.size(), from + SLICE));
      slices.add(executor.submit(() -> slice.stream().map(function).toList()));
    }
    List<R> results = new ArrayList<>(items.size());
    for (Future<List<R>> slice : slices) {
      try {
        results.addAll(await(slice));
      } catch (ExecutionException e) {
        throw new IllegalStateException("the project's analysis failed", e.getCause());
      }
    }
    return results;
  }

  private static final int SLICE = 64;

  private static void run(ExecutorService executor, List<State> states, Step step) {
    if (executor == null) {
      states.forEach(state -> guarded(step, state));
      return;
    }
    List<Future<?>> futures = new ArrayList<>();
    for (State state : states) {
      futures.add(executor.submit(() -> guarded(step, state)));
    }
    for (Future<?> future : futures) {
      try {
        await(future);
      } catch (ExecutionException e) {
        // every step catches what one file throws; this is a bug, and the file keeps what it had
      }
    }
  }

  /**
   * Waits for a step that catches what its file throws. The wait allocates a little, and a file's
   * parse on another thread may have filled the heap: the wait is tried again once that file's
   * budget has given it up.
   */
  private static <R> R await(Future<R> future) throws ExecutionException {
    for (int attempt = 1; ; attempt++) {
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (OutOfMemoryError e) {
        if (attempt == OUT_OF_MEMORY_ATTEMPTS) {
          throw e;
        }
        try {
          Thread.sleep(OUT_OF_MEMORY_PAUSE_MILLIS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", interrupted);
        }
      }
    }
  }

  private static final int OUT_OF_MEMORY_ATTEMPTS = 100;
  private static final long OUT_OF_MEMORY_PAUSE_MILLIS = 50;
}
