package com.northwind.flagsync.domain;

import java.util.List;

import org.springframework.data.elasticsearch.repository.ElasticsearchRepository;

public interface FlagAuditRepository extends ElasticsearchRepository<FlagAuditDocument, String> {

    List<FlagAuditDocument> findByFlagKeyOrderBySyncedAtDesc(String flagKey);

    List<FlagAuditDocument> findByConditionTerms(String term);

    long countByActiveTrue();
}
