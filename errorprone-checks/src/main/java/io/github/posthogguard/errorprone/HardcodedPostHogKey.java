package io.github.posthogguard.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.posthogguard.docs.RuleDocs;

/** See {@code rules-docs/HardcodedPostHogKey.md}. */
@AutoService(BugChecker.class)
@BugPattern(
    summary =
        "A PostHog personal API key, project secret key or OAuth token is written into the source code",
    severity = ERROR,
    linkType = CUSTOM,
    link = RuleDocs.URL_BASE + "HardcodedPostHogKey.md",
    tags = BugPattern.StandardTags.LIKELY_ERROR)
public final class HardcodedPostHogKey extends AnalyzerBackedCheck {}
