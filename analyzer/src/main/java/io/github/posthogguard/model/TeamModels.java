package io.github.posthogguard.model;

import io.github.posthogguard.flow.FlowOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models a team's options make: the built-in ones, the team's model files ({@code models}), and
 * a row per logger type of the option {@code loggerTypes} (every method writes). Made once per set
 * of options.
 */
public final class TeamModels {
  private static final Map<FlowOptions, ApiModel> MADE = new ConcurrentHashMap<>();

  private TeamModels() {}

  public static ApiModel of(FlowOptions options) {
    return MADE.computeIfAbsent(options, TeamModels::make);
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
