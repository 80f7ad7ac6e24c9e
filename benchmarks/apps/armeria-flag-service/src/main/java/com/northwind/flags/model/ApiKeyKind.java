package com.northwind.flags.model;

/** Which credential local evaluation authenticates with. */
public enum ApiKeyKind {
    PERSONAL,
    SECURE,
    NONE
}
