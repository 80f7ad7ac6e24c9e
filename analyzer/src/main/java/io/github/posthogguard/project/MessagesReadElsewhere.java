package io.github.posthogguard.project;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SecondaryLocation;
import io.github.posthogguard.rules.ExceptionMessages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An exception built with a secret in its message is reported where the project logs that message,
 * not also where it is built: a creation's finding is dropped where another finding of the project
 * logs the message of that exception, and that finding points at the creation (a secondary
 * location, which {@code --staged} also reads: a staged creation still stops the commit). A
 * creation whose message no finding logs stays reported (a framework may log it). Files with either
 * kind of finding are held back until every file is known; the others pass at once. Findings alone
 * decide, so a run served from the result cache decides alike.
 */
final class MessagesReadElsewhere implements ProjectAnalysis.Listener {
  static final String BUILT_HERE = "the message is built here";
  private static final int MAX_PLACES = 5;

  private final ProjectAnalysis.Listener done;
  private final Map<Integer, Long> held = new HashMap<>();

  MessagesReadElsewhere(ProjectAnalysis.Listener done) {
    this.done = done;
  }

  @Override
  public synchronized void analyzed(int index, FileAnalysis analysis, long textPrint) {
    if (has(analysis, ExceptionMessages::builtIn) || has(analysis, ExceptionMessages::loggedIn)) {
      held.put(index, textPrint);
    } else if (done != null) {
      done.analyzed(index, analysis, textPrint);
    }
  }

  /** The analyses once the creations are reported where they are logged; held files passed on. */
  synchronized List<FileAnalysis> release(List<FileAnalysis> analyses) {
    List<FileAnalysis> released = new ArrayList<>(analyses);
    Map<String, List<Finding>> logged = new HashMap<>();
    for (FileAnalysis analysis : analyses) {
      for (Finding finding : analysis.findings()) {
        ExceptionMessages.loggedIn(finding)
            .ifPresent(e -> logged.computeIfAbsent(e, x -> new ArrayList<>()).add(finding));
      }
    }
    Map<String, List<Finding>> builtAt = new HashMap<>();
    if (!logged.isEmpty()) {
      for (int i = 0; i < released.size(); i++) {
        FileAnalysis analysis = released.get(i);
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : analysis.findings()) {
          Optional<String> built = ExceptionMessages.builtIn(finding).filter(logged::containsKey);
          if (built.isPresent()) {
            builtAt.computeIfAbsent(built.get(), x -> new ArrayList<>()).add(finding);
          } else {
            kept.add(finding);
          }
        }
        if (kept.size() != analysis.findings().size()) {
          released.set(i, new FileAnalysis(analysis.file(), kept, analysis.problems()));
        }
      }
      for (int i = 0; i < released.size(); i++) {
        FileAnalysis analysis = released.get(i);
        List<Finding> pointing =
            analysis.findings().stream().map(f -> pointingAtCreations(f, builtAt)).toList();
        if (!pointing.equals(analysis.findings())) {
          released.set(i, new FileAnalysis(analysis.file(), pointing, analysis.problems()));
        }
      }
    }
    if (done != null) {
      held.forEach((index, print) -> done.analyzed(index, released.get(index), print));
    }
    held.clear();
    return released;
  }

  /** A finding that logs an exception's message, with the creations it reports as well. */
  private static Finding pointingAtCreations(Finding finding, Map<String, List<Finding>> builtAt) {
    List<Finding> creations =
        ExceptionMessages.loggedIn(finding).map(builtAt::get).orElse(List.of());
    if (creations.isEmpty()) {
      return finding;
    }
    List<SecondaryLocation> places = new ArrayList<>(finding.secondaryLocations());
    // in the order of their files and lines: each surface lists the project's files its own way
    List<Finding> ordered =
        creations.stream()
            .sorted(
                Comparator.comparing(Finding::path)
                    .thenComparingInt(creation -> creation.range().beginLine()))
            .toList();
    for (Finding creation : ordered.subList(0, Math.min(MAX_PLACES, ordered.size()))) {
      places.add(
          new SecondaryLocation(
              creation.range(),
              BUILT_HERE,
              creation.path().equals(finding.path()) ? null : creation.path()));
    }
    return new Finding(
        finding.ruleId(), finding.path(), finding.range(), finding.message(), places);
  }

  private static boolean has(FileAnalysis analysis, Function<Finding, Optional<String>> kind) {
    return analysis.findings().stream().map(kind).anyMatch(Optional::isPresent);
  }
}
