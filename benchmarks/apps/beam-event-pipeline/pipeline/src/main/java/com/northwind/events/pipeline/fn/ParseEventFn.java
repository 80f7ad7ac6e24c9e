package com.northwind.events.pipeline.fn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.events.pipeline.model.PipelineEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.StringTokenizer;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Parses the storefront's JSON events and keys them by distinct id. */
public class ParseEventFn extends DoFn<String, KV<String, PipelineEvent>> {

  private static final Logger LOG = LoggerFactory.getLogger(ParseEventFn.class);

  private final Counter malformed = Metrics.counter(ParseEventFn.class, "malformed_events");
  private transient ObjectMapper mapper;

  @Setup
  public void setup() {
    mapper = new ObjectMapper();
  }

  @ProcessElement
  public void processElement(@Element String json, OutputReceiver<KV<String, PipelineEvent>> out) {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (IOException e) {
      malformed.inc();
      LOG.warn("Dropping malformed event ({} bytes)", json.length());
      return;
    }

    String name = node.path("event").asText();
    StringTokenizer tokenizer = new StringTokenizer(name, ":");
    int tokenCount = tokenizer.countTokens();
    if (tokenCount > 1) {
      String token = tokenizer.nextToken();
      LOG.debug("Event {} belongs to area {}", name, token);
    }
    LOG.trace("Event name {} split into {} tokens", name, tokenCount);

    Map<String, String> properties = new HashMap<>();
    node.path("properties").fields()
        .forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));

    String distinctId = node.path("distinct_id").asText();
    PipelineEvent event =
        new PipelineEvent(
            distinctId,
            name,
            Instant.parse(node.path("timestamp").asText()),
            properties,
            Map.of());
    out.output(KV.of(distinctId, event));
  }
}
