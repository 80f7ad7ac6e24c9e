package io.marigold.telemetry.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.marigold.telemetry.config.PostHogSettings;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PostHogProducer {

  @ConfigProperty(name = "posthog.feature-flags-secure-api-key")
  String secureKey;

  @Produces
  @ApplicationScoped
  PostHogInterface posthog(PostHogSettings settings) {
    Log.infof("Connecting PostHog at %s (personal key %s)", settings.host(), settings.maskedPersonalKey());
    PostHogConfig config = new PostHogConfig.Builder(settings.projectApiKey())
        .host(settings.host())
        .personalApiKey(settings.personalApiKey())
        .build();
    return PostHog.with(config);
  }

  @Produces
  @Named("capture")
  @ApplicationScoped
  PostHogInterface captureClient(PostHogSettings settings) {
    PostHogConfig config = new PostHogConfig.Builder(secureKey)
        .host(settings.host())
        .build();
    Log.debugf("capture client ready, secure key present=%b", secureKey != null && !secureKey.isEmpty());
    return PostHog.with(config);
  }

  @Produces
  @Named("diagnostics")
  @IfBuildProfile("dev")
  PostHogInterface diagnosticsClient(PostHogSettings settings) {
    PostHogConfig config = new PostHogConfig.Builder(settings.projectApiKey()).build();
    config.setPersonalApiKey(settings.personalApiKey());
    config.setLocalEvaluation(true);
    config.setDebug(true);
    Log.infof("diagnostics client using personal key %s", settings.personalApiKey());
    return PostHog.with(config);
  }

  @Produces
  @Named("replay")
  @IfBuildProfile("dev")
  PostHogInterface replayClient(PostHogSettings settings) {
    PostHogConfig config = new PostHogConfig.Builder(settings.projectApiKey()).build();
    config.setPersonalApiKey(settings.personalApiKey());
    config.setLocalEvaluation(false);
    config.setDebug(true);
    return PostHog.with(config);
  }
}
