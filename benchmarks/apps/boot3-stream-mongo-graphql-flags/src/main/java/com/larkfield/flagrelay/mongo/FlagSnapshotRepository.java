package com.larkfield.flagrelay.mongo;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface FlagSnapshotRepository extends MongoRepository<FlagSnapshot, String> {

    Optional<FlagSnapshot> findByFlagKey(String flagKey);

    List<FlagSnapshot> findByActiveTrue();
}
