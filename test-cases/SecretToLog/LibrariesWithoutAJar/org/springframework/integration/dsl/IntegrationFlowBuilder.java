package org.springframework.integration.dsl;

/** A stand-in for Spring Integration's flow builder. */
public final class IntegrationFlowBuilder extends BaseIntegrationFlowDefinition<IntegrationFlowBuilder> {}
