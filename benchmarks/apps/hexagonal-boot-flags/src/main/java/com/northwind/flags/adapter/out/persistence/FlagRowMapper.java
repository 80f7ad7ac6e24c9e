package com.northwind.flags.adapter.out.persistence;

import com.northwind.flags.domain.model.FeatureFlag;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.SPRING)
public interface FlagRowMapper {

    @Mapping(target = "key", source = "flagKey")
    FeatureFlag toDomain(FlagRow row);

    @Mapping(target = "flagKey", source = "key")
    @Mapping(target = "version", ignore = true)
    FlagRow toRow(FeatureFlag flag);
}
