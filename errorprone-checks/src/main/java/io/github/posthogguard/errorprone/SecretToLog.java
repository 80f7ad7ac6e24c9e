package io.github.posthogguard.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.posthogguard.docs.RuleDocs;

/** See {@code rules-docs/SecretToLog.md}. */
@AutoService(BugChecker.class)
@BugPattern(
    summary =
        "A PostHog key or another secret reaches a logger, the console or an exception message",
    severity = ERROR,
    linkType = CUSTOM,
    link = RuleDocs.URL_BASE + "SecretToLog.md",
    tags = BugPattern.StandardTags.LIKELY_ERROR)
public final class SecretToLog extends AnalyzerBackedCheck {}
