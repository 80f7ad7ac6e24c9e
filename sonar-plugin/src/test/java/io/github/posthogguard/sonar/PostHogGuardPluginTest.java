package io.github.posthogguard.sonar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sonar.api.Plugin;
import org.sonar.api.SonarEdition;
import org.sonar.api.SonarProduct;
import org.sonar.api.SonarQubeSide;
import org.sonar.api.SonarRuntime;
import org.sonar.api.utils.Version;

class PostHogGuardPluginTest {

  @Test
  void declaresRulesProfileChecksAndTheConfigSensor() {
    Plugin.Context context = new Plugin.Context(new OldestServer(SonarProduct.SONARQUBE));
    new PostHogGuardPlugin().define(context);

    assertThat(context.getExtensions())
        .containsExactly(
            PostHogGuardRulesDefinition.class,
            PostHogGuardProfile.class,
            PostHogGuardCheckRegistrar.class,
            PostHogGuardConfigSensor.class);
  }

  @Test
  void sonarQubeForIdeGetsNoSensor() {
    Plugin.Context context = new Plugin.Context(new OldestServer(SonarProduct.SONARLINT));
    new PostHogGuardPlugin().define(context);

    assertThat(context.getExtensions()).doesNotContain(PostHogGuardConfigSensor.class);
  }

  /** The oldest server the manifest admits (Plugin-ApiVersion). */
  private static final class OldestServer implements SonarRuntime {
    private final SonarProduct product;

    OldestServer(SonarProduct product) {
      this.product = product;
    }

    @Override
    public Version getApiVersion() {
      return Version.create(10, 1);
    }

    @Override
    public SonarProduct getProduct() {
      return product;
    }

    @Override
    public SonarQubeSide getSonarQubeSide() {
      return SonarQubeSide.SERVER;
    }

    @Override
    public SonarEdition getEdition() {
      return SonarEdition.COMMUNITY;
    }
  }
}
