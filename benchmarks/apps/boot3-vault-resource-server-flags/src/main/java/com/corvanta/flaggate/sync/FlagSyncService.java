package com.corvanta.flaggate.sync;

import com.corvanta.flaggate.config.PostHogProperties;
import com.corvanta.flaggate.mapping.AdminViewMapper;
import com.corvanta.flaggate.persistence.FlagSnapshot;
import com.corvanta.flaggate.persistence.ProjectLink;
import com.corvanta.flaggate.persistence.ProjectLinkRepository;
import com.corvanta.flaggate.posthog.PostHogAdminClient;
import com.corvanta.flaggate.posthog.RemoteFlag;
import com.corvanta.flaggate.vault.VaultPostHogSecrets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class FlagSyncService {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncService.class);

    private final PostHogAdminClient adminClient;
    private final ProjectLinkRepository links;
    private final AdminViewMapper mapper;
    private final VaultPostHogSecrets secrets;
    private final PostHogProperties props;

    public FlagSyncService(PostHogAdminClient adminClient, ProjectLinkRepository links, AdminViewMapper mapper,
                           VaultPostHogSecrets secrets, PostHogProperties props) {
        this.adminClient = adminClient;
        this.links = links;
        this.mapper = mapper;
        this.secrets = secrets;
        this.props = props;
    }

    public record SyncResult(int fetched, int active, int skippedDeleted) {
    }

    @Transactional
    public SyncResult sync() {
        List<RemoteFlag> remote = adminClient.listFlags();
        List<RemoteFlag> live = remote.stream().filter(f -> !f.deleted()).toList();

        ProjectLink link = links.findByPosthogProjectId(props.projectId())
                .orElseGet(() -> new ProjectLink(props.projectId(), "production", null));
        link.setSecureApiKey(secrets.featureFlagsSecureKey());
        List<FlagSnapshot> snapshots = mapper.toSnapshots(live);
        link.replaceSnapshots(snapshots);
        links.save(link);
        log.info("Updated project link {}", link);

        int active = (int) live.stream().filter(RemoteFlag::active).count();
        return new SyncResult(remote.size(), active, remote.size() - live.size());
    }

    @Transactional(readOnly = true)
    public List<FlagSnapshot> latestSnapshots() {
        return links.findByPosthogProjectId(props.projectId())
                .map(ProjectLink::getSnapshots)
                .orElse(List.of());
    }

    /** One-line description of a run, used in the job's debug output. */
    public String describeRun(long runId, String personalKey) {
        return "flag sync run " + runId
                + " project=" + props.projectId()
                + " api=" + props.privateApiHost()
                + " auth=Bearer " + personalKey;
    }
}
