package com.northwind.flagadmin.repository;

import com.northwind.flagadmin.domain.FlagEnvironment;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.rest.core.annotation.RepositoryRestResource;
import org.springframework.data.rest.core.annotation.RestResource;

@RepositoryRestResource(path = "environments", collectionResourceRel = "environments",
        excerptProjection = FlagEnvironmentSummary.class)
public interface FlagEnvironmentRepository extends JpaRepository<FlagEnvironment, Long> {

    Optional<FlagEnvironment> findByName(String name);

    @Override
    @RestResource(exported = false)
    void deleteById(Long id);
}
