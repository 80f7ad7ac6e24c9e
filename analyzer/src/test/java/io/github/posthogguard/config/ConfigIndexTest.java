package io.github.posthogguard.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.keys.PostHogKeyType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the Java link will ask of a project's config files: which key a name holds. */
class ConfigIndexTest {
  private static final ConfigIndex INDEX =
      ConfigIndex.of(
          List.of(
              ConfigFile.read(
                  new SourceFile(
                      "src/main/resources/application.yml",
                      """
                      posthog:
                        personal-api-key: ${POSTHOG_PERSONAL_API_KEY:}
                        api-key: phc_Bdv38O3ghdRuLpj5KFdxqs1nl3UBwamDzHBt7ljJnXW
                      """)),
              ConfigFile.read(
                  new SourceFile(
                      ".env",
                      "POSTHOG_PERSONAL_API_KEY=phx_hKs5qjnVeAcECkbgoEYuAlBrt5zG4naKZrNOUwcLN1rbsOz\n")),
              ConfigFile.read(
                  new SourceFile(
                      "app/src/main/res/values/strings.xml",
                      "<resources><string name=\"posthog_secret_key\">@string/x</string></resources>")),
              ConfigFile.read(
                  new SourceFile(
                      "app/build.gradle",
                      "android { defaultConfig { buildConfigField \"String\", \"POSTHOG_KEY\","
                          + " \"\\\"phs_LDhTNTAw8Fn3JqPxwDAEbNm7zyo4725a4uuOo5ozjJYFhkcl\\\"\" } }"))));

  @Test
  void aPropertyHoldsTheKeyItsPlaceholderNames() {
    List<HeldKey> held = INDEX.keysHeldBy("posthog.personalApiKey", Set.of());

    assertThat(held).hasSize(2);
    assertThat(held)
        .allSatisfy(
            h -> {
              assertThat(h.type()).isEqualTo(PostHogKeyType.PERSONAL_API_KEY);
              assertThat(h.literal()).isTrue();
              assertThat(h.source().orElseThrow().path()).isEqualTo(".env");
            });
  }

  @Test
  void aPlaceholderOfItsOwnNameReadsTheEnvironmentNotAnotherProfilesValue() {
    ConfigIndex index =
        ConfigIndex.of(
            List.of(
                ConfigFile.read(
                    new SourceFile(
                        "src/main/resources/application.yml",
                        "posthog:\n  personal-api-key: ${POSTHOG_PERSONAL_API_KEY:}\n")),
                ConfigFile.read(
                    new SourceFile(
                        "src/main/resources/application-staging.yml",
                        "posthog:\n"
                            + "  personal-api-key: phc_Bdv38O3ghdRuLpj5KFdxqs1nl3UBwamDzHBt7ljJnXW\n"))));

    List<HeldKey> held = index.keysHeldBy("posthog.personal-api-key", Set.of());

    // the default profile's entry holds what the environment gives it, a personal key by the
    // variable's name; the staging profile writes a project key for itself only
    assertThat(held)
        .anySatisfy(
            h -> {
              assertThat(h.entry().path()).isEqualTo("src/main/resources/application.yml");
              assertThat(h.type()).isEqualTo(PostHogKeyType.PERSONAL_API_KEY);
              assertThat(h.literal()).isFalse();
            })
        .anySatisfy(
            h -> {
              assertThat(h.entry().path()).isEqualTo("src/main/resources/application-staging.yml");
              assertThat(h.type()).isEqualTo(PostHogKeyType.PROJECT_API_KEY);
            });
  }

  @Test
  void namesAreReadWithRelaxedBindingAndFilteredByKind() {
    assertThat(INDEX.entriesNamed("POSTHOG_API_KEY", Set.of())).hasSize(1);
    assertThat(INDEX.entriesNamed("posthog.api-key", Set.of(EntryKind.ENVIRONMENT_VARIABLE)))
        .isEmpty();

    HeldKey field = INDEX.keysHeldBy("POSTHOG_KEY", Set.of(EntryKind.BUILD_CONFIG_FIELD)).get(0);
    assertThat(field.type()).isEqualTo(PostHogKeyType.PROJECT_SECRET_KEY);
    assertThat(field.literal()).isTrue();
    assertThat(field.entry().valueRange().beginLine()).isEqualTo(1);
  }

  @Test
  void aNameWithoutALiteralTellsTheKindOnly() {
    HeldKey resource =
        INDEX.keysHeldBy("posthog_secret_key", Set.of(EntryKind.ANDROID_STRING_RESOURCE)).get(0);

    assertThat(resource.type()).isEqualTo(PostHogKeyType.PROJECT_SECRET_KEY);
    assertThat(resource.literal()).isFalse();
    assertThat(INDEX.keysHeldBy("posthog.api-key", Set.of()).get(0).type())
        .isEqualTo(PostHogKeyType.PROJECT_API_KEY);
    assertThat(INDEX.keysHeldBy("shop.timeout", Set.of())).isEmpty();
  }

  @Test
  void aJavaFileIsReadWholeWhereItNamesAnEntryThatHoldsAKey() {
    assertThat(INDEX.isNamedIn("env.getProperty(\"posthog.api-key\")")).isTrue();
    // a holder's member bound by the entry's leaf (of several words), and the file it is written in
    assertThat(INDEX.isNamedIn("private String personalApiKey;")).isTrue();
    assertThat(INDEX.isNamedIn("load(\".env\")")).isTrue();
    assertThat(INDEX.isNamedIn("String posthogPersonalApiKey = dotenv.get(name);")).isTrue();
    assertThat(INDEX.isNamedIn("private String timeout;")).isFalse();
  }
}
