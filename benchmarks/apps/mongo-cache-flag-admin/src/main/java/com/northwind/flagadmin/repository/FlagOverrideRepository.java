package com.northwind.flagadmin.repository;

import com.northwind.flagadmin.domain.FlagOverride;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface FlagOverrideRepository extends MongoRepository<FlagOverride, String> {

    List<FlagOverride> findByFlagKey(String flagKey);

    Optional<FlagOverride> findFirstByFlagKeyAndDistinctIdAndExpiresAtAfter(String flagKey, String distinctId, Instant now);

    long deleteByExpiresAtBefore(Instant now);
}
