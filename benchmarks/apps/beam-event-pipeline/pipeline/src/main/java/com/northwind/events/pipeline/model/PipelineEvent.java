package com.northwind.events.pipeline.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/** One storefront event as it travels through the pipeline, keyed by distinct id. */
public record PipelineEvent(
    String distinctId,
    String event,
    Instant timestamp,
    Map<String, String> properties,
    Map<String, Boolean> flags)
    implements Serializable {

  public PipelineEvent withFlags(Map<String, Boolean> evaluated) {
    return new PipelineEvent(distinctId, event, timestamp, properties, Map.copyOf(evaluated));
  }
}
