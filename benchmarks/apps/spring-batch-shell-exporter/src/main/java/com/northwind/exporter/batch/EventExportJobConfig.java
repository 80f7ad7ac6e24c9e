package com.northwind.exporter.batch;

import com.northwind.exporter.config.ExportDefaults;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.database.JdbcCursorItemReader;
import org.springframework.batch.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration
public class EventExportJobConfig {

    private static final String SELECT_EVENTS = """
            SELECT id, distinct_id, event_name, occurred_at, properties_json, is_backfill
              FROM %s
             WHERE occurred_at >= ?
             ORDER BY id
            """;

    @Bean
    public Job posthogEventExportJob(JobRepository jobRepository,
                                     Step exportEventsStep,
                                     Step recordCheckpointStep,
                                     JobAuditListener auditListener) {
        return new JobBuilder(ExportDefaults.JOB_NAME, jobRepository)
                .incrementer(new RunIdIncrementer())
                .listener(auditListener)
                .start(exportEventsStep)
                .next(recordCheckpointStep)
                .build();
    }

    @Bean
    public Step exportEventsStep(JobRepository jobRepository,
                                 PlatformTransactionManager transactionManager,
                                 JdbcCursorItemReader<ExportEvent> eventReader,
                                 EventEnrichmentProcessor processor,
                                 PostHogCaptureWriter writer,
                                 JobAuditListener auditListener,
                                 @Value("${export.chunk-size:500}") int chunkSize) {
        return new StepBuilder("exportEvents", jobRepository)
                .<ExportEvent, ExportEvent>chunk(chunkSize, transactionManager)
                .reader(eventReader)
                .processor(processor)
                .writer(writer)
                .faultTolerant()
                .retry(ExportFailedException.class)
                .retryLimit(3)
                .listener(auditListener)
                .build();
    }

    @Bean
    @StepScope
    public JdbcCursorItemReader<ExportEvent> eventReader(
            @Qualifier("warehouseDataSource") DataSource warehouseDataSource,
            @Value("#{jobParameters['since']}") String since,
            @Value("#{jobParameters['table'] ?: 'analytics.raw_events'}") String table) {
        return new JdbcCursorItemReaderBuilder<ExportEvent>()
                .name("eventReader")
                .dataSource(warehouseDataSource)
                .sql(SELECT_EVENTS.formatted(table))
                .preparedStatementSetter(ps -> ps.setTimestamp(1, Timestamp.from(Instant.parse(since))))
                .rowMapper(ExportEvent.ROW_MAPPER)
                .fetchSize(2000)
                .build();
    }

    @Bean
    public Step recordCheckpointStep(JobRepository jobRepository,
                                     PlatformTransactionManager transactionManager,
                                     JdbcTemplate jdbcTemplate) {
        return new StepBuilder("recordCheckpoint", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
                    long written = jobExecution.getStepExecutions().stream()
                            .mapToLong(s -> s.getWriteCount())
                            .sum();
                    jdbcTemplate.update("""
                            INSERT INTO export_checkpoint (job_execution_id, exported_until, events_written)
                            VALUES (?, now(), ?)
                            """, jobExecution.getId(), written);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
