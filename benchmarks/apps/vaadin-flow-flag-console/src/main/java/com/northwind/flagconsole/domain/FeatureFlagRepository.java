package com.northwind.flagconsole.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface FeatureFlagRepository extends JpaRepository<FeatureFlag, Long> {

    Optional<FeatureFlag> findByPosthogId(Long posthogId);

    Optional<FeatureFlag> findByKey(String key);

    @Query("""
            select f from FeatureFlag f
            where lower(f.key) like lower(concat('%', :term, '%'))
               or lower(f.name) like lower(concat('%', :term, '%'))
            order by f.key""")
    List<FeatureFlag> search(@Param("term") String term);
}
