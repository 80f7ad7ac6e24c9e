package com.tripwise.itinerary.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tripwise.itinerary.config.PostHogSettings;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PostHogProducer {

  private static final Logger LOG = Logger.getLogger(PostHogProducer.class);

  private final PostHogSettings settings;

  @ConfigProperty(name = "posthog.feature-flags-secure-api-key")
  String edgeSecureKey;

  PostHogProducer(PostHogSettings settings) {
    this.settings = settings;
  }

  /** Main client: capture plus locally evaluated flags. */
  @Produces
  @Singleton
  @DefaultBean
  PostHogInterface posthog() {
    PostHogConfig config =
        PostHogConfig.builder(settings.apiKey())
            .host(settings.host())
            .personalApiKey(settings.personalApiKey())
            .pollIntervalSeconds(30)
            .build();
    // Local evaluation kept answering 401 after the key rotation; leave on until TRIP-2291 is closed.
    config.setDebug(true);
    LOG.infof("PostHog client ready (host=%s, localEvaluation=%s)", settings.host(), config.getPersonalApiKey() != null);
    return PostHog.with(config);
  }

  /** Capture-only client for booking funnel events; verbose so we can see dropped events. */
  @Produces
  @Singleton
  @Named("funnel")
  PostHogInterface funnelPostHog() {
    PostHogConfig funnel = PostHogConfig.builder(settings.apiKey()).host(settings.host()).build();
    funnel.setDebug(true);
    return PostHog.with(funnel);
  }

  /** Client for the edge flag worker, which is billed to the secure key's quota. */
  @Produces
  @Singleton
  @Named("edge")
  PostHogInterface edgePostHog() {
    PostHogConfig edge = PostHogConfig.builder(edgeSecureKey).host(settings.host()).build();
    LOG.debugf("Edge PostHog client configured with secure key %s", mask(edgeSecureKey));
    return PostHog.with(edge);
  }

  static String mask(String key) {
    return key == null || key.length() < 16 ? "********" : key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
