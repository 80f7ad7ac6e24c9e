package dev.shipyard.releasebot;

import dev.shipyard.releasebot.config.BotConfig;
import dev.shipyard.releasebot.config.Defaults;
import dev.shipyard.releasebot.config.PostHogSettings;
import dev.shipyard.releasebot.errors.ReleaseException;
import dev.shipyard.releasebot.git.ChangelogBuilder;
import dev.shipyard.releasebot.git.TagService;
import dev.shipyard.releasebot.github.GitHubReleaseService;
import dev.shipyard.releasebot.model.ReleasePlan;
import dev.shipyard.releasebot.model.ReleaseResult;
import dev.shipyard.releasebot.posthog.AnnotationRequest;
import dev.shipyard.releasebot.posthog.FeatureGate;
import dev.shipyard.releasebot.posthog.PostHogAnnotationClient;
import dev.shipyard.releasebot.posthog.ReleaseEventTracker;
import dev.shipyard.releasebot.util.SecretMasker;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.kohsuke.github.GHRelease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one release: changelog, tag, GitHub release, PostHog annotation and event. */
public final class ReleaseOrchestrator {

    private static final Logger log = LoggerFactory.getLogger(ReleaseOrchestrator.class);

    private final BotConfig config;
    private final GitHubReleaseService github;
    private final ChangelogBuilder changelog;
    private final TagService tags;

    public ReleaseOrchestrator(BotConfig config) {
        this.config = config;
        this.github = new GitHubReleaseService(config);
        this.changelog = new ChangelogBuilder(config.gitDirectory());
        this.tags = new TagService(config);
    }

    public ReleaseResult release(String version, boolean prerelease) throws IOException, GitAPIException {
        String previous = github.latestTag();
        List<String> changes = changelog.changesSince(previous);
        ReleasePlan plan = ReleasePlan.of(version, prerelease, previous, changes);
        log.info("Preparing {} for {} ({} commits since {})", plan.tagName(), github.fullName(), changes.size(), previous);

        if (config.dryRun()) {
            System.out.println(plan.notes());
            try (ReleaseEventTracker tracker = ReleaseEventTracker.dryRun(config.posthog())) {
                log.info("Dry run: nothing tagged or published");
            }
            return new ReleaseResult(github.fullName(), plan.tagName(), null, changes.size(), 0L);
        }

        tags.tagAndPush(plan);
        GHRelease release = github.publish(plan);
        long annotationId = annotate(plan);
        ReleaseResult result = new ReleaseResult(github.fullName(), plan.tagName(),
                release.getHtmlUrl().toString(), changes.size(), annotationId);

        try (ReleaseEventTracker tracker = ReleaseEventTracker.create(config.posthog())) {
            tracker.releasePublished(result);
        }
        return result;
    }

    private long annotate(ReleasePlan plan) {
        PostHogSettings posthog = config.posthog();
        if (!posthog.canAnnotate()) {
            log.warn("POSTHOG_PERSONAL_API_KEY or POSTHOG_PROJECT_ID missing, skipping annotation");
            return 0L;
        }
        try (FeatureGate gate = FeatureGate.create(posthog)) {
            if (!gate.isEnabled(Defaults.AUTO_ANNOTATE_FLAG)) {
                log.info("Flag {} is off, not annotating", Defaults.AUTO_ANNOTATE_FLAG);
                return 0L;
            }
        }
        log.info("Annotating PostHog project {} with key {}", posthog.projectId(), SecretMasker.mask(posthog.personalApiKey()));
        PostHogAnnotationClient client = new PostHogAnnotationClient(posthog);
        try {
            return client.createAnnotation(AnnotationRequest.forRelease(github.fullName(), plan.tagName(), Instant.now()));
        } catch (ReleaseException e) {
            log.error("Could not annotate release in PostHog: {}", e.getMessage());
        } catch (IOException e) {
            log.error("PostHog unreachable, annotation skipped", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0L;
    }
}
