package com.northwind.flagdesk.model;

import org.eclipse.microprofile.graphql.Enum;

@Enum("TokenKind")
public enum TokenKind {
    PROJECT,
    PERSONAL,
    FEATURE_FLAGS_SECURE,
    NONE
}
