package com.corvanta.flaggate.mapping;

import com.corvanta.flaggate.config.PostHogProperties;
import com.corvanta.flaggate.persistence.FlagSnapshot;
import com.corvanta.flaggate.persistence.ProjectLink;
import com.corvanta.flaggate.posthog.RemoteFlag;
import com.corvanta.flaggate.web.AdminViews.FlagView;
import com.corvanta.flaggate.web.AdminViews.PostHogConfigView;
import com.corvanta.flaggate.web.AdminViews.ProjectView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
public interface AdminViewMapper {

    ObjectMapper JSON = new ObjectMapper();

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "projectLink", ignore = true)
    @Mapping(target = "remoteId", source = "id")
    @Mapping(target = "flagKey", source = "key")
    @Mapping(target = "filtersJson", source = "filters")
    FlagSnapshot toSnapshot(RemoteFlag flag);

    List<FlagSnapshot> toSnapshots(List<RemoteFlag> flags);

    @Mapping(target = "key", source = "flagKey")
    FlagView toView(FlagSnapshot snapshot);

    List<FlagView> toViews(List<FlagSnapshot> snapshots);

    @Mapping(target = "flagCount", expression = "java(link.getSnapshots().size())")
    ProjectView toView(ProjectLink link);

    @Mapping(target = "localEvaluation", expression = "java(props.hasPersonalKey())")
    PostHogConfigView toConfigView(PostHogProperties props);

    default String filtersToJson(Map<String, Object> filters) {
        if (filters == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(filters);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unserialisable flag filters", e);
        }
    }
}
