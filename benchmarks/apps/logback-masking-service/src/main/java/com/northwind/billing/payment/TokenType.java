package com.northwind.billing.payment;

/** Kind of card token returned by the provider; not a credential itself. */
public enum TokenType {
    SINGLE_USE,
    MULTI_USE,
    NETWORK_TOKEN
}
