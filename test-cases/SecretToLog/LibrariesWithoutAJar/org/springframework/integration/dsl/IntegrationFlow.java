package org.springframework.integration.dsl;

import java.util.function.Supplier;

/** A stand-in for Spring Integration's flow. */
public interface IntegrationFlow {
  static IntegrationFlowBuilder from(String channel) {
    return new IntegrationFlowBuilder();
  }

  static <T> IntegrationFlowBuilder fromSupplier(Supplier<T> supplier) {
    return new IntegrationFlowBuilder();
  }
}
