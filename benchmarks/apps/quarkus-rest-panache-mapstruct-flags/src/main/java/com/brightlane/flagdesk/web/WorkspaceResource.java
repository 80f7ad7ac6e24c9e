package com.brightlane.flagdesk.web;

import com.brightlane.flagdesk.dto.WorkspaceDto;
import com.brightlane.flagdesk.entity.Workspace;
import com.brightlane.flagdesk.mapper.WorkspaceMapper;
import com.brightlane.flagdesk.service.FlagSyncService;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.logging.Logger;

@Path("/api/workspaces")
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceResource {

    private static final Logger LOG = Logger.getLogger(WorkspaceResource.class);

    @Inject
    WorkspaceMapper mapper;

    @Inject
    FlagSyncService syncService;

    @GET
    public List<WorkspaceDto.Summary> list() {
        List<Workspace> workspaces = Workspace.listAll(Sort.by("slug"));
        return mapper.toSummaries(workspaces);
    }

    @GET
    @Path("/{slug}")
    public WorkspaceDto get(@PathParam("slug") String slug) {
        Workspace workspace = Workspace.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Unknown workspace " + slug));
        WorkspaceDto dto = mapper.toDto(workspace);
        LOG.debugf("Workspace lookup %s -> %s", slug, dto);
        return dto;
    }

    @POST
    @Path("/{slug}/sync")
    @Transactional
    public WorkspaceDto.Summary sync(@PathParam("slug") String slug) {
        Workspace workspace = Workspace.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Unknown workspace " + slug));
        return mapper.toSummary(syncService.sync(workspace));
    }
}
