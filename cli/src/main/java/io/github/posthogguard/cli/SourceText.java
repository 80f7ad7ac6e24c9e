package io.github.posthogguard.cli;

import java.nio.charset.Charset;

/** A file's text and the charset it was decoded with. */
public record SourceText(String text, Charset charset) {}
