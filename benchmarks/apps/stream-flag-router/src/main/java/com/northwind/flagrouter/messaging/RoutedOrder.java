package com.northwind.flagrouter.messaging;

import java.time.Instant;

/** What the router forwards: the order plus the decision that sent it where it went. */
public record RoutedOrder(
        OrderEvent order,
        String targetTopic,
        String decidingFlag,
        Instant routedAt) {
}
