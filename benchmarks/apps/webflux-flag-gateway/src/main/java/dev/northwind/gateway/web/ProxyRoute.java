package dev.northwind.gateway.web;

import java.net.URI;
import lombok.Builder;
import lombok.ToString;
import lombok.Value;

/** A path prefix forwarded to an upstream service, with the service token the gateway adds. */
@Value
@Builder
public class ProxyRoute {

    String id;
    String pathPrefix;
    URI upstream;

    @ToString.Exclude
    String upstreamToken;
}
