package dev.shipyard.releasebot.git;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LogCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/** Collects commit subjects between the previous release tag and HEAD. */
public final class ChangelogBuilder {

    private final File workTree;

    public ChangelogBuilder(String gitDirectory) {
        this.workTree = new File(gitDirectory);
    }

    public List<String> changesSince(String previousTag) throws IOException, GitAPIException {
        List<String> lines = new ArrayList<>();
        try (Git git = Git.open(workTree)) {
            Repository repo = git.getRepository();
            ObjectId head = repo.resolve(Constants.HEAD);
            LogCommand log = git.log();
            ObjectId since = previousTag == null ? null : repo.resolve(previousTag + "^{commit}");
            if (since != null) {
                log.addRange(since, head);
            } else {
                log.add(head);
            }
            for (RevCommit commit : log.call()) {
                if (commit.getParentCount() > 1) {
                    continue; // skip merge commits
                }
                lines.add("- " + commit.getShortMessage() + " (" + commit.abbreviate(7).name() + ")");
            }
        }
        return lines;
    }
}
