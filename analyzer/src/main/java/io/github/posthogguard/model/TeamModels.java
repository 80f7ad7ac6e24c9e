package io.github.posthogguard.model;

import io.github.posthogguard.flow.FlowOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models a team's options make: the built-in ones, the team's model files ({@code models}), and
 * a row per logger type of the option {@code loggerTypes} (every method writes). Made once per set
 * of options.
 */
public final class TeamModels {
  private static final Map<FlowOptions, ApiModel> MADE = new ConcurrentHashMap<>();
  private static final Map<FlowOptions, Map<String, List<ModelRow>>> TEAM_ROWS =
      new ConcurrentHashMap<>();

  private TeamModels() {}

  public static ApiModel of(FlowOptions options) {
    return MADE.computeIfAbsent(options, TeamModels::make);
  }

  /**
   * The rows of {@code section} that the team's own model files add to the built-in ones, worked
   * out once per set of options (prefilters ask for them on every file).
   */
  public static List<ModelRow> teamRows(FlowOptions options, String section) {
    if (options.models().isEmpty()) {
      return List.of();
    }
    return TEAM_ROWS
        .computeIfAbsent(options, o -> new ConcurrentHashMap<>())
        .computeIfAbsent(section, s -> added(options, s));
  }

  private static List<ModelRow> added(FlowOptions options, String section) {
    Set<ModelRow> builtIn = Collections.newSetFromMap(new IdentityHashMap<>());
    builtIn.addAll(ApiModel.builtIn().rows(section));
    return of(options).rows(section).stream().filter(row -> !builtIn.contains(row)).toList();
  }

  private static ApiModel make(FlowOptions options) {
    List<ModelRow> rows = new ArrayList<>();
    for (String type : options.loggerTypes()) {
      rows.add(
          new ModelRow(
              "logSinks",
              Map.of("type", type, "methods", "*", "args", "0..", "label", "a logger"),
              "option loggerTypes=" + type));
    }
    return ApiModel.builtIn().with(options.models().stream().map(Path::of).toList()).withRows(rows);
  }
}
