package com.acme.flagadmin.dto;

import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
public class FeatureFlagDto {

    private long id;

    private String key;

    private String name;

    private boolean active;

    private Integer rolloutPercentage;

    private String createdAt;
}
