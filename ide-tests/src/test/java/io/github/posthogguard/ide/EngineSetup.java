package io.github.posthogguard.ide;

import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.connection.config.SonarQubeConnectionConfigurationDto;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.initialize.BackendCapability;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.initialize.ClientConstantInfoDto;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.initialize.HttpConfigurationDto;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.initialize.InitializeParams;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.initialize.TelemetryClientConstantAttributesDto;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.log.LogLevel;
import org.sonarsource.sonarlint.core.rpc.protocol.backend.rules.StandaloneRuleConfigDto;
import org.sonarsource.sonarlint.core.rpc.protocol.common.Language;

/**
 * How the tests initialize the engine: Java only, no telemetry, no monitoring, no embedded web
 * server, no automatic analysis, and every file it keeps under one temporary folder.
 */
final class EngineSetup {
  private static final ClientConstantInfoDto CLIENT =
      new ClientConstantInfoDto("PostHog Guard IDE tests", "posthog-guard-ide-tests");
  private static final TelemetryClientConstantAttributesDto TELEMETRY =
      new TelemetryClientConstantAttributesDto(
          "posthog-guard-ide-tests", "PostHog Guard IDE tests", "0", "0", Map.of());

  private EngineSetup() {}

  /**
   * Standalone mode: the engine loads the given plugin jars itself (as an IDE loads the analyzers
   * it ships) and runs the rules active by default plus the given ones.
   */
  static InitializeParams standalone(Path home, Set<Path> pluginJars, Collection<String> rules) {
    Map<String, StandaloneRuleConfigDto> activated =
        rules.stream()
            .collect(
                Collectors.toMap(
                    Function.identity(), rule -> new StandaloneRuleConfigDto(true, Map.of())));
    return params(home, EnumSet.noneOf(BackendCapability.class), pluginJars, List.of(), activated);
  }

  /**
   * Connected mode: no plugin of its own, so every analyzer, ours included, is downloaded from the
   * server when a folder is bound to one of its projects.
   */
  static InitializeParams connected(Path home, String connectionId, String serverUrl) {
    return params(
        home,
        EnumSet.of(
            BackendCapability.FULL_SYNCHRONIZATION, BackendCapability.PROJECT_SYNCHRONIZATION),
        Set.of(),
        List.of(new SonarQubeConnectionConfigurationDto(connectionId, serverUrl, true)),
        Map.of());
  }

  // The engine skips sonar-java 8.4x on an older Java (Jre-Min-Version: 21), and with it every
  // custom rules plugin, which would show up as missing rules rather than as the real cause.
  private static void requireJavaForSonarJava() {
    if (Runtime.version().feature() < 21) {
      throw new IllegalStateException(
          "sonar-java 8.4x needs Java 21+, this is Java "
              + Runtime.version()
              + ": run the tests through Maven or pass -Dide.tests.jvm=/path/to/java21+/bin/java");
    }
  }

  private static InitializeParams params(
      Path home,
      Set<BackendCapability> capabilities,
      Set<Path> pluginJars,
      List<SonarQubeConnectionConfigurationDto> connections,
      Map<String, StandaloneRuleConfigDto> rules) {
    requireJavaForSonarJava();
    return new InitializeParams(
        CLIENT,
        TELEMETRY,
        HttpConfigurationDto.defaultConfig(),
        null,
        capabilities,
        home.resolve("storage"),
        home.resolve("work"),
        pluginJars,
        Map.of(),
        Set.of(Language.JAVA),
        Set.of(),
        Set.of(),
        connections,
        List.of(),
        home.resolve("user-home").toString(),
        rules,
        false,
        null,
        false,
        null,
        EngineLog.verbose() ? LogLevel.DEBUG : LogLevel.INFO);
  }
}
