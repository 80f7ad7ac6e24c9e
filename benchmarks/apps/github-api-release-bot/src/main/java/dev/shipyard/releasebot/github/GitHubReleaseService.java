package dev.shipyard.releasebot.github;

import dev.shipyard.releasebot.config.BotConfig;
import dev.shipyard.releasebot.errors.ReleaseException;
import dev.shipyard.releasebot.model.ReleasePlan;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHRelease;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.HttpException;

/** Thin wrapper over the Kohsuke GitHub API client. */
public final class GitHubReleaseService {

    private static final Logger LOG = Logger.getLogger(GitHubReleaseService.class.getName());

    private final GHRepository repository;

    public GitHubReleaseService(BotConfig config) {
        String token = config.githubToken();
        try {
            GitHub github = new GitHubBuilder().withOAuthToken(token).build();
            this.repository = github.getRepository(config.repository());
        } catch (HttpException e) {
            LOG.log(Level.SEVERE, "GitHub rejected credentials for {0} (token={1})", new Object[] {config.repository(), token});
            throw new ReleaseException("GitHub authentication failed with HTTP " + e.getResponseCode(), e);
        } catch (IOException e) {
            throw new ReleaseException("Cannot open repository " + config.repository(), e);
        }
    }

    /** Tag of the latest published (non-draft, non-prerelease) release, or null for the first release. */
    public String latestTag() {
        try {
            GHRelease latest = repository.getLatestRelease();
            return latest == null ? null : latest.getTagName();
        } catch (GHFileNotFoundException e) {
            return null;
        } catch (IOException e) {
            throw new ReleaseException("Cannot read latest release of " + repository.getFullName(), e);
        }
    }

    public GHRelease publish(ReleasePlan plan) {
        try {
            GHRelease existing = repository.getReleaseByTagName(plan.tagName());
            if (existing != null) {
                LOG.info(() -> "Release " + plan.tagName() + " already exists: " + existing.getHtmlUrl());
                return existing;
            }
            return repository.createRelease(plan.tagName())
                    .name(plan.title())
                    .body(plan.notes())
                    .draft(false)
                    .prerelease(plan.prerelease())
                    .create();
        } catch (IOException e) {
            throw new ReleaseException("Cannot create release " + plan.tagName(), e);
        }
    }

    public String fullName() {
        return repository.getFullName();
    }
}
