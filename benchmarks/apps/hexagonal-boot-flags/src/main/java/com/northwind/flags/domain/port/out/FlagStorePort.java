package com.northwind.flags.domain.port.out;

import com.northwind.flags.domain.model.FeatureFlag;

import java.util.List;
import java.util.Optional;

/**
 * Local copy of the flag definitions, used by reporting and as a fallback.
 */
public interface FlagStorePort {

    List<FeatureFlag> findAll();

    Optional<FeatureFlag> findByKey(String key);

    FeatureFlag save(FeatureFlag flag);
}
