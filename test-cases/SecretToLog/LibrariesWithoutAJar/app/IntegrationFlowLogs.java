package app;

import org.springframework.http.HttpHeaders;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.handler.LoggingHandler;

/** What a Spring Integration flow's log step makes of each message is logged. */
public class IntegrationFlowLogs {
  IntegrationFlow flagPoll() {
    return IntegrationFlow.fromSupplier(() -> "tick")
        .log(LoggingHandler.Level.DEBUG, "flags", m -> "auth=" + m.getHeaders().get(HttpHeaders.AUTHORIZATION)) // Noncompliant
        .log(LoggingHandler.Level.DEBUG, "flags", m -> "id=" + m.getHeaders().getId())
        .log(m -> m.getHeaders().get("X-Request-Id"))
        .log(LoggingHandler.Level.INFO, m -> m.getHeaders().get("Cookie")) // Noncompliant
        .get();
  }

  IntegrationFlow relay() {
    return IntegrationFlow.from("events").log().channel("out").get();
  }
}
