package com.northwind.events.pipeline.fn;

import com.northwind.events.pipeline.EventPipelineOptions;
import com.northwind.events.pipeline.config.PostHogKeyHolder;
import com.northwind.events.pipeline.model.PipelineEvent;
import com.northwind.events.pipeline.posthog.PostHogClientFactory;
import com.northwind.events.pipeline.secrets.SecretManagerKeyLoader;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Evaluates the checkout feature flags for each event's distinct id and captures the enriched
 * event back into PostHog, so experiments can be analysed on server-side events too.
 */
public class EnrichWithFlagsFn extends DoFn<KV<String, PipelineEvent>, KV<String, PipelineEvent>> {

  private static final Logger LOG = LoggerFactory.getLogger(EnrichWithFlagsFn.class);
  private static final List<String> FLAGS =
      List.of("new-checkout", "one-click-reorder", "free-shipping-banner");

  private transient PostHogInterface flags;
  private transient PostHogInterface capture;

  @StartBundle
  public void startBundle(StartBundleContext context) {
    if (flags != null) return;
    EventPipelineOptions options = context.getPipelineOptions().as(EventPipelineOptions.class);
    SecretManagerKeyLoader.loadInto(options);

    if (options.getFlagPollIntervalSeconds() < 30) {
      // short poll intervals are only used while tuning the rollout; keep the SDK chatty then
      PostHogConfig tuning =
          PostHogConfig.builder(PostHogKeyHolder.getProjectApiKey())
              .host(options.getPosthogHost())
              .personalApiKey(PostHogKeyHolder.getPersonalApiKey())
              .pollIntervalSeconds(options.getFlagPollIntervalSeconds())
              .debug(true)
              .build();
      flags = PostHog.with(tuning);
    } else {
      flags = PostHogClientFactory.flagClient(options);
    }
    capture = PostHogClientFactory.captureClient(options);
  }

  @ProcessElement
  public void processElement(
      @Element KV<String, PipelineEvent> element,
      OutputReceiver<KV<String, PipelineEvent>> out) {
    String distinctId = element.getKey();
    MDC.put("distinctId", distinctId);
    MDC.put("posthogKey", PostHogKeyHolder.getPersonalApiKey());
    try {
      Map<String, Boolean> evaluated = new HashMap<>();
      for (String flag : FLAGS) {
        evaluated.put(flag, flags.isFeatureEnabled(distinctId, flag, false));
      }
      PipelineEvent enriched = element.getValue().withFlags(evaluated);

      Map<String, Object> props = new HashMap<>(enriched.properties());
      evaluated.forEach((flag, on) -> props.put("$feature/" + flag, on));
      capture.capture(distinctId, enriched.event(), props);

      LOG.debug("Enriched {} with {} flags", enriched.event(), evaluated.size());
      out.output(KV.of(distinctId, enriched));
    } finally {
      MDC.clear();
    }
  }

  @Teardown
  public void teardown() {
    if (flags != null) {
      flags.close();
    }
    if (capture != null) {
      capture.close();
    }
  }
}
