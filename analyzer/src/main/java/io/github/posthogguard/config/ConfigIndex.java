package io.github.posthogguard.config;

import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.flow.SensitiveNames;
import io.github.posthogguard.flow.Words;
import io.github.posthogguard.keys.KeyMatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The named entries of a project's config files, looked up by name the way relaxed binding reads
 * names: {@code posthog.personal-api-key}, {@code posthog.personalApiKey}, {@code
 * POSTHOG_PERSONAL_API_KEY} and the Android string {@code posthog_personal_api_key} are one name.
 * It answers what key a name holds, following {@code ${…}} placeholders to the entries they name.
 */
public final class ConfigIndex {
  private static final int MAX_REFERENCES = 8;
  private static final Pattern TELLING = Pattern.compile("ph[cxsar]_|(?i:posthog)");

  private final Map<String, List<ConfigEntry>> byName = new HashMap<>();
  private volatile List<String> keyNames;

  /** The index of a project without configuration files. */
  public static final ConfigIndex EMPTY = new ConfigIndex();

  private ConfigIndex() {}

  /**
   * Whether Java code could learn anything from the file through an index: a format with named
   * entries, and a PostHog key or a PostHog name in its text. The others need not be read into one.
   */
  public static boolean mayTell(SourceFile file) {
    return ConfigFormat.of(file.path()) != ConfigFormat.TEXT && TELLING.matcher(file.text()).find();
  }

  public static ConfigIndex of(Iterable<ConfigFile> files) {
    ConfigIndex index = new ConfigIndex();
    for (ConfigFile file : files) {
      Set<String> built = builtServices(file);
      for (ConfigEntry entry : file.entries()) {
        if (!entry.name().isEmpty()) {
          index.byName.computeIfAbsent(entry.normalizedName(), n -> new ArrayList<>()).add(entry);
          String variable = ConfigNames.normalized(ConfigNames.leaf(entry.name()));
          if (entry.kind() == EntryKind.ENVIRONMENT_VARIABLE
              && !variable.equals(entry.normalizedName())
              && !ofAnotherImage(entry, built)) {
            // services.api.environment.POSTHOG_API_KEY: the process sees POSTHOG_API_KEY
            index.byName.computeIfAbsent(variable, n -> new ArrayList<>()).add(entry);
          }
        }
      }
    }
    return index;
  }

  /**
   * The docker-compose services a file builds from sources ({@code services.api.build: .}): where
   * there are some, the others run images of other programs.
   */
  private static Set<String> builtServices(ConfigFile file) {
    Set<String> built = new HashSet<>();
    for (ConfigEntry entry : file.entries()) {
      String[] parts = entry.name().split("\\.", 4);
      if (parts.length >= 3 && parts[0].equals("services") && parts[2].equals("build")) {
        built.add(parts[1]);
      }
    }
    return built;
  }

  /**
   * An environment variable of a docker-compose service that runs another program's image, next to
   * a service built from these sources: no process of this code sees it.
   */
  private static boolean ofAnotherImage(ConfigEntry entry, Set<String> built) {
    String[] parts = entry.name().split("\\.", 3);
    return !built.isEmpty()
        && parts.length == 3
        && parts[0].equals("services")
        && !built.contains(parts[1]);
  }

  /**
   * Whether {@code text} spells the name of an entry that holds a PostHog key, as the configuration
   * writes it, or of a file that holds one: a Java file the rules' own clues pass over may still
   * read one.
   */
  public boolean isNamedIn(String text) {
    List<String> names = keyNames;
    if (names == null) {
      List<String> all = new ArrayList<>();
      for (ConfigEntry entry : byName.values().stream().flatMap(List::stream).toList()) {
        if (heldBy(entry, entry, scopeOf(entry), new HashSet<>(), 0).isPresent()) {
          all.add(entry.name());
          // a holder's member bound to it by its leaf (flagSyncKey of sync.flag-sync-key)
          ConfigNames.memberName(entry.name()).ifPresent(all::add);
          // a file that holds a key, read whole: getResourceAsStream("/shop.properties")
          String path = entry.path().replace('\\', '/');
          all.add(path.substring(path.lastIndexOf('/') + 1));
        }
      }
      names = all.stream().distinct().toList();
      keyNames = names;
    }
    return names.stream().anyMatch(text::contains);
  }

  /** The entries of that name (any spelling), of any of {@code kinds} (all kinds when empty). */
  public List<ConfigEntry> entriesNamed(String name, Set<EntryKind> kinds) {
    return byName.getOrDefault(ConfigNames.normalized(name), List.of()).stream()
        .filter(e -> kinds.isEmpty() || kinds.contains(e.kind()))
        .toList();
  }

  /**
   * What PostHog key each entry of that name holds: a key in its value (literal), else in what its
   * placeholders name (literal, from that entry), else what a PostHog key's name says (not
   * literal). Entries that hold no PostHog key are left out.
   */
  public List<HeldKey> keysHeldBy(String name, Set<EntryKind> kinds) {
    List<HeldKey> held = new ArrayList<>();
    for (ConfigEntry entry : entriesNamed(name, kinds)) {
      heldBy(entry, entry, scopeOf(entry), new HashSet<>(), 0).ifPresent(held::add);
    }
    return held;
  }

  /**
   * What {@link #keysHeldBy} answers for the Java file at {@code reader}, from the config files of
   * its module only ({@link #speaksFor}).
   */
  public List<HeldKey> keysHeldFor(String reader, String name, Set<EntryKind> kinds) {
    String readerPath = reader.replace('\\', '/');
    List<HeldKey> held = new ArrayList<>();
    for (ConfigEntry entry : entriesNamed(name, kinds)) {
      if (speaksFor(entry.path(), readerPath)) {
        heldBy(entry, entry, readerPath, new HashSet<>(), 0).ifPresent(held::add);
      }
    }
    return held;
  }

  /**
   * Where a config file of the module of the Java file at {@code reader} switches the setting
   * {@code name} on: its value is {@code true}, or a placeholder whose default is {@code true} or
   * whose variable an entry sets to {@code true} ({@code sdk-debug: ${POSTHOG_SDK_DEBUG:true}}), in
   * a profile that is not only a developer's ({@code application-local.yml}, {@code .env.dev} and
   * Quarkus' {@code %dev.} entries are left out, as a branch that only development runs is).
   */
  public Optional<ConfigEntry> switchingOn(String reader, String name) {
    String readerPath = reader.replace('\\', '/');
    return settings(name, readerPath)
        .filter(entry -> switchesOn(entry.value(), readerPath, 0))
        .findFirst();
  }

  /** The entries of that name for the module of {@code readerPath}, but a developer's profile's. */
  private Stream<ConfigEntry> settings(String name, String readerPath) {
    return entriesNamed(name, EntryKind.readBy("config")).stream()
        .filter(entry -> speaksFor(entry.path(), readerPath) && !isForDevelopment(entry));
  }

  /** An entry of a development profile's file, or a Quarkus {@code %dev.} or {@code %test.} one. */
  private static boolean isForDevelopment(ConfigEntry entry) {
    String path = entry.path().replace('\\', '/');
    String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (Arrays.stream(file.split("[-_.]")).anyMatch(Words.DEVELOPMENT::contains)) {
      return true;
    }
    String line = entry.lineOfName().strip();
    int dot = line.indexOf('.');
    return line.startsWith("%") && dot > 1 && Words.DEVELOPMENT.contains(line.substring(1, dot));
  }

  private boolean switchesOn(String value, String readerPath, int depth) {
    if (value.strip().equalsIgnoreCase("true")) {
      return true;
    }
    List<Placeholder> placeholders = Placeholder.in(value);
    if (depth > 2 || placeholders.size() != 1 || !value.strip().startsWith("${")) {
      return false;
    }
    Placeholder placeholder = placeholders.get(0);
    if (placeholder.defaultValue().filter(d -> d.strip().equalsIgnoreCase("true")).isPresent()) {
      return true;
    }
    return settings(placeholder.name(), readerPath)
        .anyMatch(entry -> switchesOn(entry.value(), readerPath, depth + 1));
  }

  /**
   * The name of an entry that holds a secret in the project's config file {@code fileName} (a
   * classpath resource or a file the code loads whole, {@code catalog.properties}): a PostHog key,
   * or a name a secret goes by; empty when no config file of that name holds one.
   */
  public Optional<String> secretEntryOf(String fileName) {
    String suffix = "/" + fileName.replace('\\', '/').replaceFirst("^/+", "");
    for (List<ConfigEntry> entries : byName.values()) {
      for (ConfigEntry entry : entries) {
        String path = "/" + entry.path().replace('\\', '/');
        if (path.endsWith(suffix)
            && (SensitiveNames.isSecretConfigKey(entry.name(), Set.of())
                || heldBy(entry, entry, scopeOf(entry), new HashSet<>(), 0)
                    .filter(held -> held.type().isSecret())
                    .isPresent())) {
          return Optional.of(entry.name());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a config file speaks for the file at {@code scope}: the files under the folder above
   * its {@code src/} ({@code app/src/main/resources/application.yml}: {@code app/}), or else under
   * its own folder ({@code .env}, {@code build.gradle}); a file in a module's configuration or
   * deployment folder ({@code config/backfill.properties}, {@code k8s/cronjob.yaml}) speaks for
   * that module's sources too.
   */
  static boolean speaksFor(String configPath, String scope) {
    String path = configPath.replace('\\', '/');
    if (SourceFile.isOfTests(path) && !SourceFile.isOfTests(scope)) {
      return false; // src/test/resources/app-test.properties: the tests' settings, not the app's
    }
    if (path.startsWith("src/")) {
      return true;
    }
    int src = path.lastIndexOf("/src/");
    if (src >= 0) {
      return scope.startsWith(path.substring(0, src + 1));
    }
    String folder = path.substring(0, path.lastIndexOf('/') + 1);
    if (scope.startsWith(folder)) {
      return true;
    }
    String module = folder;
    while (module.length() > 1 && isDeploymentFolder(lastSegment(module))) {
      module = module.substring(0, module.length() - lastSegment(module).length() - 1);
    }
    return !module.equals(folder) && scope.startsWith(module + "src/");
  }

  /** Folders a module keeps its configuration and deployment files in, beside its src/. */
  private static final Set<String> DEPLOYMENT_FOLDERS =
      Set.of(
          "config",
          "configuration",
          "conf",
          "etc",
          "k8s",
          "kube",
          "kubernetes",
          "deploy",
          "deployment",
          "deployments",
          "helm",
          "charts",
          "templates",
          "manifests",
          "docker",
          "compose",
          "ops",
          "infra");

  /**
   * Whether a module's folder of that name holds its configuration or deployment files ({@code
   * config}, {@code k8s}, {@code helm}...), which speak for the module's sources.
   */
  public static boolean isDeploymentFolder(String name) {
    return DEPLOYMENT_FOLDERS.contains(name);
  }

  private static String lastSegment(String folder) {
    String trimmed = folder.substring(0, folder.length() - 1);
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  private static String scopeOf(ConfigEntry entry) {
    return entry.path().replace('\\', '/');
  }

  /**
   * The key an entry holds, following its placeholders to the entries they name in the config files
   * that speak for {@code scope} (the reading file's path): another module's {@code .env} or
   * Dockerfile fills nothing here.
   */
  /**
   * Whether a placeholder of {@code entry} names the entry's own key, which {@code target}, another
   * profile's property, sets: {@code personal-api-key: ${POSTHOG_PERSONAL_API_KEY:}} reads the
   * environment, not what {@code application-staging.yml} writes under the same name (that file
   * sets the key for its profile itself).
   */
  private static boolean isOtherProfileOfItself(ConfigEntry entry, ConfigEntry target) {
    return target != entry
        && target.kind() == EntryKind.PROPERTY
        && entry.kind() == EntryKind.PROPERTY
        && ConfigNames.normalized(target.name()).equals(ConfigNames.normalized(entry.name()));
  }

  private Optional<HeldKey> heldBy(
      ConfigEntry asked, ConfigEntry entry, String scope, Set<ConfigEntry> seen, int depth) {
    if (!seen.add(entry) || depth > MAX_REFERENCES) {
      return Optional.empty();
    }
    List<KeyMatch> keys = entry.keys();
    if (!keys.isEmpty()) {
      return Optional.of(new HeldKey(asked, keys.get(0).type(), true, Optional.of(entry)));
    }
    for (Placeholder placeholder : entry.placeholders()) {
      for (ConfigEntry target :
          byName.getOrDefault(ConfigNames.normalized(placeholder.name()), List.of())) {
        if (!speaksFor(target.path(), scope) || isOtherProfileOfItself(entry, target)) {
          continue;
        }
        Optional<HeldKey> found = heldBy(asked, target, scope, seen, depth + 1);
        if (found.isPresent() && found.get().literal()) {
          return found;
        }
      }
    }
    Optional<String> reference = ConfigNames.secretKeyReferencedBy(entry);
    if (reference.isPresent()) {
      // POSTHOG_API_KEY: ${POSTHOG_PERSONAL_API_KEY}: what it is set from says more than its name
      return Optional.of(
          new HeldKey(
              asked, ConfigNames.secretKeyTypeOf(reference.get()), false, Optional.of(entry)));
    }
    return switch (ConfigNames.roleOf(entry.name())) {
      case SECRET_KEY ->
          Optional.of(
              new HeldKey(
                  asked, ConfigNames.secretKeyTypeOf(entry.name()), false, Optional.of(entry)));
      case PROJECT_KEY ->
          Optional.of(
              new HeldKey(
                  asked,
                  io.github.posthogguard.keys.PostHogKeyType.PROJECT_API_KEY,
                  false,
                  Optional.of(entry)));
      case NONE -> Optional.empty();
    };
  }
}
