package com.brightlane.flagdesk.mapper;

import com.brightlane.flagdesk.dto.WorkspaceDto;
import com.brightlane.flagdesk.entity.Workspace;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.CDI)
public interface WorkspaceMapper {

    @Mapping(target = "projectId", source = "posthogProjectId")
    WorkspaceDto toDto(Workspace workspace);

    @Mapping(target = "projectId", source = "posthogProjectId")
    WorkspaceDto.Summary toSummary(Workspace workspace);

    List<WorkspaceDto.Summary> toSummaries(List<Workspace> workspaces);
}
