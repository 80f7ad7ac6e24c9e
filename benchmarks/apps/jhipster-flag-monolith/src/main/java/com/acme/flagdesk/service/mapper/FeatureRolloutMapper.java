package com.acme.flagdesk.service.mapper;

import com.acme.flagdesk.domain.FeatureRollout;
import com.acme.flagdesk.service.dto.FeatureRolloutDTO;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Mapper for the entity {@link FeatureRollout} and its DTO {@link FeatureRolloutDTO}.
 * Hand-written: MapStruct does not handle records with our annotation processor setup yet.
 */
@Component
public class FeatureRolloutMapper {

    public FeatureRolloutDTO toDto(FeatureRollout entity) {
        if (entity == null) {
            return null;
        }
        return new FeatureRolloutDTO(
            entity.getId(),
            entity.getFlagKey(),
            entity.getRolloutPercentage(),
            entity.getEnabled(),
            entity.getLastSyncedAt()
        );
    }

    public List<FeatureRolloutDTO> toDto(List<FeatureRollout> entities) {
        return entities.stream().map(this::toDto).toList();
    }

    public FeatureRollout toEntity(FeatureRolloutDTO dto) {
        if (dto == null) {
            return null;
        }
        FeatureRollout entity = new FeatureRollout();
        entity.setId(dto.id());
        entity.setFlagKey(dto.flagKey());
        entity.setRolloutPercentage(dto.rolloutPercentage());
        entity.setEnabled(dto.enabled());
        entity.setLastSyncedAt(dto.lastSyncedAt());
        return entity;
    }

    public void partialUpdate(FeatureRollout entity, FeatureRolloutDTO dto) {
        if (dto.rolloutPercentage() != null) {
            entity.setRolloutPercentage(dto.rolloutPercentage());
        }
        if (dto.enabled() != null) {
            entity.setEnabled(dto.enabled());
        }
    }
}
