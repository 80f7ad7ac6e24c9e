package com.acme.flagadmin.mapper;

import com.acme.flagadmin.domain.FeatureFlag;
import com.acme.flagadmin.domain.PostHogEnvironment;
import com.acme.flagadmin.dto.AdminDtos.EnvironmentDetail;
import com.acme.flagadmin.dto.AdminDtos.EnvironmentSummary;
import com.acme.flagadmin.dto.AdminDtos.Flag;
import com.acme.flagadmin.util.KeyMasker;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;

@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, imports = KeyMasker.class)
public interface EnvironmentMapper {

    EnvironmentDetail toDetail(PostHogEnvironment entity);

    @Mapping(target = "maskedPersonalKey", expression = "java(KeyMasker.mask(entity.getPersonalApiKey()))")
    @Mapping(target = "keyFingerprint", expression = "java(entity.getPersonalApiKey() == null ? null : KeyMasker.sha256Fingerprint(entity.getPersonalApiKey()))")
    EnvironmentSummary toSummary(PostHogEnvironment entity);

    List<EnvironmentSummary> toSummaries(List<PostHogEnvironment> entities);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "keyRotatedAt", ignore = true)
    @Mapping(target = "flags", ignore = true)
    void updateEntity(EnvironmentDetail dto, @MappingTarget PostHogEnvironment entity);

    @Mapping(target = "environmentName", source = "environment.name")
    Flag toFlag(FeatureFlag flag);

    List<Flag> toFlags(List<FeatureFlag> flags);
}
