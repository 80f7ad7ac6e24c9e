package io.github.posthogguard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.config.ConfigFile;
import io.github.posthogguard.config.ConfigIndex;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.rules.Rules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Java code that reads a configuration value carries what the project's configuration files write
 * there: the kind of key a literal is, and where it is written; a public key is no secret; a file
 * speaks for its own module only.
 */
class ConfigLinkTest {
  private static final String PHX = "phx_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CPVNPkNa1Hedc";
  private static final String OTHER_PHX = "phx_m4pMbXDuCL1mHoOsFaQfDPrAJ71fTquWoGsbeKXgzg2sye9";
  private static final String PHC = "phc_b2Rann76dEyTzAeKOmXRrvftva9AW7hipTgadDZFlRJ";
  private static final String PHS = "phs_mCGmUXiAPyhzAnar3ZLt4bnlz2MPKgcjnCqaXNv1syeefnL";

  @Test
  void aBuildConfigFieldCarriesTheKeyGradleWritesIntoIt() {
    List<String> found =
        findings(
            Map.of(
                "app/build.gradle",
                """
                android {
                  defaultConfig {
                    buildConfigField "String", "POSTHOG_API_KEY", "\\"%s\\""
                    buildConfigField "String", "FLAGS_TOKEN", "\\"%s\\""
                  }
                }
                """
                    .formatted(PHX, PHX)),
            "app/src/main/java/com/shop/ShopApplication.java",
            """
            package com.shop;

            import android.app.Application;
            import com.posthog.android.PostHogAndroidConfig;

            public class ShopApplication extends Application {
              private static final String FLAGS_TOKEN = BuildConfig.FLAGS_TOKEN;

              PostHogAndroidConfig config() {
                return new PostHogAndroidConfig(BuildConfig.POSTHOG_API_KEY);
              }
            }
            """);

    assertThat(found)
        .anyMatch(
            f ->
                f.startsWith("7 PostHogKeyClientExposure ")
                    && f.contains("BuildConfig.FLAGS_TOKEN (from build.gradle:4)"))
        .anyMatch(
            f ->
                f.startsWith("10 PostHogKeyMisuse ")
                    && f.contains("BuildConfig.POSTHOG_API_KEY (from build.gradle:3)"));
  }

  @Test
  void aStringResourceCarriesTheKeyOfItsXml() {
    List<String> found =
        findings(
            Map.of(
                "app/src/main/res/values/strings.xml",
                """
                <resources>
                  <string name="posthog_key">%s</string>
                </resources>
                """
                    .formatted(PHS)),
            "app/src/main/java/com/shop/MainActivity.java",
            """
            package com.shop;

            import android.app.Activity;
            import android.util.Log;

            public class MainActivity extends Activity {
              void start() {
                Log.d("flags", "key " + getString(R.string.posthog_key));
              }
            }
            """);

    assertThat(found)
        .anyMatch(f -> f.startsWith("8 SecretToLog") && f.contains("project secret key"));
  }

  @Test
  void aPublicKeyWrittenUnderAPersonalName() {
    List<String> found =
        findings(
            Map.of("src/main/resources/application.properties", "posthog.personal-api-key=" + PHC),
            "src/main/java/com/shop/Flags.java",
            """
            package com.shop;

            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            import org.springframework.beans.factory.annotation.Value;

            public class Flags {
              private static final Logger log = LoggerFactory.getLogger(Flags.class);

              @Value("${posthog.personal-api-key}")
              private String personalApiKey;

              void start() {
                log.info("flags with {}", personalApiKey);
              }
            }
            """);

    assertThat(found).isEmpty();
  }

  @Test
  void aPlaceholderLeavesTheNameToSay() {
    List<String> found =
        findings(
            Map.of(
                "src/main/resources/application.yml",
                """
                posthog:
                  personal-api-key: ${POSTHOG_PERSONAL_API_KEY}
                """),
            "src/main/java/com/shop/Flags.java",
            """
            package com.shop;

            import org.slf4j.Logger;
            import org.slf4j.LoggerFactory;
            import org.springframework.beans.factory.annotation.Value;

            public class Flags {
              private static final Logger log = LoggerFactory.getLogger(Flags.class);

              @Value("${posthog.personal-api-key}")
              private String personalApiKey;

              void start() {
                log.info("flags with {}", personalApiKey);
              }
            }
            """);

    assertThat(found)
        .singleElement()
        .satisfies(f -> assertThat(f).startsWith("14 SecretToLog").doesNotContain("(from "));
  }

  @Test
  void aConfigFileSpeaksForItsOwnModuleOnly() {
    String reader =
        """
        package com.shop;

        import com.posthog.server.PostHogConfig;

        public class Analytics {
          PostHogConfig config() {
            return PostHogConfig.builder(System.getenv("POSTHOG_API_KEY")).build();
          }
        }
        """;
    Map<String, String> otherModule = Map.of("admin/.env", "POSTHOG_API_KEY=" + OTHER_PHX);

    assertThat(findings(otherModule, "shop/src/main/java/com/shop/Analytics.java", reader))
        .isEmpty();
    assertThat(
            findings(
                Map.of(".env", "POSTHOG_API_KEY=" + OTHER_PHX),
                "shop/src/main/java/com/shop/Analytics.java",
                reader))
        .singleElement()
        .satisfies(f -> assertThat(f).startsWith("7 PostHogKeyMisuse ").contains("(from .env:1)"));
  }

  /** The findings of the Java file, as "line RuleId", with the config files as its project's. */
  private static List<String> findings(
      Map<String, String> configFiles, String javaPath, String javaText) {
    ConfigIndex config =
        ConfigIndex.of(
            configFiles.entrySet().stream()
                .map(e -> ConfigFile.read(new SourceFile(e.getKey(), e.getValue())))
                .toList());
    ProjectAnalysis.Source java = ProjectAnalysis.Source.of(new SourceFile(javaPath, javaText));
    FileAnalysis analysis =
        new ProjectAnalysis(Rules.analyzer(), FlowOptions.NONE, config)
            .analyze(List.of(java), null, null)
            .get(0);
    assertThat(analysis.problems()).isEmpty();
    return analysis.findings().stream().map(ConfigLinkTest::describe).toList();
  }

  private static String describe(Finding finding) {
    return finding.line() + " " + finding.ruleId() + " " + finding.message();
  }
}
