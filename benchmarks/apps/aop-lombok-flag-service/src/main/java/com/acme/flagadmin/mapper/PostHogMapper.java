package com.acme.flagadmin.mapper;

import com.acme.flagadmin.client.PostHogAdminClient.RemoteFlag;
import com.acme.flagadmin.config.PostHogProperties;
import com.acme.flagadmin.dto.FeatureFlagDto;
import com.acme.flagadmin.dto.IntegrationSettingsDto;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, unmappedTargetPolicy = ReportingPolicy.IGNORE)
public interface PostHogMapper {

    FeatureFlagDto toDto(RemoteFlag flag);

    List<FeatureFlagDto> toDtos(List<RemoteFlag> flags);

    @Mapping(target = "projectKey", source = "projectApiKey")
    @Mapping(target = "host", source = "host")
    @Mapping(target = "projectId", source = "projectId")
    @Mapping(target = "secureApiKey", source = "featureFlagsSecureKey")
    @Mapping(target = "localEvaluation", constant = "true")
    IntegrationSettingsDto toIntegrationSettings(PostHogProperties properties);
}
