package dev.shipyard.releasebot.git;

import dev.shipyard.releasebot.config.BotConfig;
import dev.shipyard.releasebot.errors.ReleaseException;
import dev.shipyard.releasebot.model.ReleasePlan;
import java.io.File;
import java.io.IOException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the annotated release tag with JGit and pushes it to origin. */
public final class TagService {

    private static final Logger log = LoggerFactory.getLogger(TagService.class);
    private static final PersonIdent BOT = new PersonIdent("shipyard-release-bot", "release-bot@shipyard.dev");

    private final File workTree;
    private final String githubToken;

    public TagService(BotConfig config) {
        this.workTree = new File(config.gitDirectory());
        this.githubToken = config.githubToken();
    }

    public Ref tagAndPush(ReleasePlan plan) {
        try (Git git = Git.open(workTree)) {
            Ref tag = git.tag()
                    .setName(plan.tagName())
                    .setMessage(plan.title())
                    .setAnnotated(true)
                    .setTagger(BOT)
                    .call();
            CredentialsProvider credentials = new UsernamePasswordCredentialsProvider("x-access-token", githubToken);
            log.info("Pushing {} to origin as x-access-token (token present: {})", plan.tagName(), githubToken != null);
            log.debug("git push https://x-access-token:{}@github.com/... refs/tags/{}", githubToken, plan.tagName());
            git.push()
                    .setRemote("origin")
                    .add(tag)
                    .setCredentialsProvider(credentials)
                    .call();
            return tag;
        } catch (IOException | GitAPIException e) {
            throw new ReleaseException("Cannot tag " + plan.tagName() + " in " + workTree, e);
        }
    }
}
