package app;

import org.apache.camel.builder.RouteBuilder;

/** A Camel route's log step that prints every header: the caller's Authorization too. */
public class PartnerRoutes extends RouteBuilder {
  @Override
  public void configure() {
    from("platform-http:/partner/deployments")
        .routeId("partner-in")
        .log("Partner call ${header.CamelHttpMethod} headers=${headers}") // Noncompliant
        .to("direct:deployments");
    from("direct:deployments")
        .log("deployment ${header.CamelHttpPath} received")
        .removeHeader("Authorization")
        .log("scrubbed headers ${headers}")
        .to("log:deployments");
  }
}
