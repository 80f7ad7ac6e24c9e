package org.springframework.integration.dsl;

import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.integration.handler.LoggingHandler;
import org.springframework.messaging.Message;

/** A stand-in for Spring Integration's flow definition. */
public abstract class BaseIntegrationFlowDefinition<B extends BaseIntegrationFlowDefinition<B>> {
  public B enrichHeaders(Consumer<Object> headers) {
    return self();
  }

  public B log() {
    return self();
  }

  public <P> B log(Function<Message<P>, Object> function) {
    return self();
  }

  public <P> B log(LoggingHandler.Level level, Function<Message<P>, Object> function) {
    return self();
  }

  public <P> B log(LoggingHandler.Level level, String category, Function<Message<P>, Object> function) {
    return self();
  }

  public B channel(String name) {
    return self();
  }

  public IntegrationFlow get() {
    return null;
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
