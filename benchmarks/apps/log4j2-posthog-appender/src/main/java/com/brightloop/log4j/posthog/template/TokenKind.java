package com.brightloop.log4j.posthog.template;

/**
 * Kinds of token produced by the message template lexer.
 */
public enum TokenKind {
    LITERAL,
    PLACEHOLDER,
    END
}
