package org.apache.camel.model;

/** Camel's route definition DSL, as far as the case needs it. */
public interface ProcessorDefinition {
  ProcessorDefinition routeId(String id);

  ProcessorDefinition log(String message);

  ProcessorDefinition to(String uri);

  ProcessorDefinition removeHeader(String name);
}
