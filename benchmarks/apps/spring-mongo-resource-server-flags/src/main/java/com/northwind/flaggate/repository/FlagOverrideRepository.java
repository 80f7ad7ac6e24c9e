package com.northwind.flaggate.repository;

import com.northwind.flaggate.domain.FlagOverride;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface FlagOverrideRepository extends MongoRepository<FlagOverride, String> {

    List<FlagOverride> findByFlagKey(String flagKey);

    Optional<FlagOverride> findByFlagKeyAndDistinctId(String flagKey, String distinctId);

    long deleteByFlagKeyAndDistinctId(String flagKey, String distinctId);
}
