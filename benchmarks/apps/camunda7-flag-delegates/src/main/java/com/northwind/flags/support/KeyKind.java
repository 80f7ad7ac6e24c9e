package com.northwind.flags.support;

public enum KeyKind {
    PROJECT_API_KEY,
    PERSONAL_API_KEY,
    FEATURE_FLAGS_SECURE_KEY
}
