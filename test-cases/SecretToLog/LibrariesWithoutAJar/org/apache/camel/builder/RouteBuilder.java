package org.apache.camel.builder;

/** Camel's route builder, as far as the case needs it. */
public abstract class RouteBuilder {
  public abstract void configure();

  protected org.apache.camel.model.ProcessorDefinition from(String uri) {
    return null;
  }
}
