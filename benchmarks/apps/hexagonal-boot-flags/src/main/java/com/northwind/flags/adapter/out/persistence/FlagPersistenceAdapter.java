package com.northwind.flags.adapter.out.persistence;

import com.northwind.flags.domain.model.FeatureFlag;
import com.northwind.flags.domain.port.out.FlagStorePort;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Slf4j
@Component
public class FlagPersistenceAdapter implements FlagStorePort {

    private final JdbcAggregateTemplate jdbc;
    private final FlagRowMapper mapper;

    public FlagPersistenceAdapter(JdbcAggregateTemplate jdbc, FlagRowMapper mapper,
                                  DataSourceProperties dataSource) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        log.info("Flag store on {} as {} (password: {})",
                dataSource.getUrl(), dataSource.getUsername(), dataSource.getPassword());
    }

    @Override
    @Transactional(readOnly = true)
    public List<FeatureFlag> findAll() {
        return jdbc.findAll(FlagRow.class, Sort.by("flagKey")).stream()
                .map(mapper::toDomain)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FeatureFlag> findByKey(String key) {
        return findRow(key).map(mapper::toDomain);
    }

    @Override
    @Transactional
    public FeatureFlag save(FeatureFlag flag) {
        FlagRow incoming = mapper.toRow(flag);
        FlagRow toStore = findRow(flag.key())
                .map(existing -> incoming.withId(existing.getId()).withVersion(existing.getVersion()))
                .orElse(incoming);
        return mapper.toDomain(jdbc.save(toStore));
    }

    private Optional<FlagRow> findRow(String key) {
        return jdbc.findOne(Query.query(Criteria.where("flagKey").is(key)), FlagRow.class);
    }
}
