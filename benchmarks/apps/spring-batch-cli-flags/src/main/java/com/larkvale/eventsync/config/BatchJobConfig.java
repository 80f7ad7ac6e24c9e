package com.larkvale.eventsync.config;

import com.larkvale.eventsync.batch.CaptureItemWriter;
import com.larkvale.eventsync.batch.EventItemProcessor;
import com.larkvale.eventsync.batch.WarehouseEvent;
import com.larkvale.eventsync.dto.CapturePayload;
import com.larkvale.eventsync.exception.ExportFailedException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.database.JdbcCursorItemReader;
import org.springframework.batch.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration
public class BatchJobConfig {

    public static final String JOB_NAME = "posthogExportJob";

    static final String EXPORT_QUERY = """
            SELECT event_id, tenant_id, distinct_id, event_name, properties_json, occurred_at
              FROM analytics.outbound_events
             WHERE exported_at IS NULL
               AND occurred_at >= ?
             ORDER BY occurred_at
            """;

    @Bean
    @StepScope
    public JdbcCursorItemReader<WarehouseEvent> outboundEventReader(
            DataSource warehouseDataSource,
            @Value("#{jobParameters['since']}") String since) {
        return new JdbcCursorItemReaderBuilder<WarehouseEvent>()
                .name("outboundEventReader")
                .dataSource(warehouseDataSource)
                .sql(EXPORT_QUERY)
                .preparedStatementSetter(ps -> ps.setTimestamp(1, Timestamp.from(Instant.parse(since))))
                .rowMapper(BatchJobConfig::mapRow)
                .fetchSize(1_000)
                .build();
    }

    static WarehouseEvent mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new WarehouseEvent(
                rs.getLong("event_id"),
                rs.getString("tenant_id"),
                rs.getString("distinct_id"),
                rs.getString("event_name"),
                rs.getString("properties_json"),
                rs.getTimestamp("occurred_at").toInstant());
    }

    @Bean
    public Step exportStep(JobRepository jobRepository,
                           PlatformTransactionManager transactionManager,
                           JdbcCursorItemReader<WarehouseEvent> outboundEventReader,
                           EventItemProcessor processor,
                           CaptureItemWriter writer,
                           PostHogProperties properties) {
        return new StepBuilder("exportStep", jobRepository)
                .<WarehouseEvent, CapturePayload>chunk(properties.getBatchSize(), transactionManager)
                .reader(outboundEventReader)
                .processor(processor)
                .writer(writer)
                .faultTolerant()
                .skip(ExportFailedException.class)
                .skipLimit(50)
                .build();
    }

    @Bean
    public Job posthogExportJob(JobRepository jobRepository, Step exportStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(exportStep)
                .build();
    }
}
