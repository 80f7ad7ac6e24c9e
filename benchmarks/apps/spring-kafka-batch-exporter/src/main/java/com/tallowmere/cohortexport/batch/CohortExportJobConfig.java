package com.tallowmere.cohortexport.batch;

import com.tallowmere.cohortexport.config.ExportProperties;
import com.tallowmere.cohortexport.dto.CohortMember;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.database.JdbcCursorItemReader;
import org.springframework.batch.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration
public class CohortExportJobConfig {

    private static final Logger log = LoggerFactory.getLogger(CohortExportJobConfig.class);

    private static final String MEMBERS_SQL = """
            SELECT cohort_id, distinct_id, email, joined_at
              FROM analytics.cohort_members
             WHERE cohort_id = ?
             ORDER BY joined_at
            """;

    @Bean
    @Qualifier("warehouse")
    public DataSource warehouseDataSource(ExportProperties exportProperties) {
        ExportProperties.Warehouse warehouse = exportProperties.warehouse();
        log.info("Connecting cohort reader to warehouse {}", warehouse);
        return DataSourceBuilder.create()
                .url(warehouse.url())
                .username(warehouse.username())
                .password(warehouse.password())
                .build();
    }

    @Bean
    @StepScope
    public JdbcCursorItemReader<CohortMember> cohortMemberReader(
            @Qualifier("warehouse") DataSource warehouse,
            @Value("#{jobParameters['cohortId']}") Long cohortId) {
        return new JdbcCursorItemReaderBuilder<CohortMember>()
                .name("cohortMemberReader")
                .dataSource(warehouse)
                .sql(MEMBERS_SQL)
                .preparedStatementSetter(ps -> ps.setLong(1, cohortId))
                .rowMapper((rs, i) -> new CohortMember(
                        rs.getLong("cohort_id"),
                        rs.getString("distinct_id"),
                        rs.getString("email"),
                        rs.getTimestamp("joined_at").toInstant()))
                .fetchSize(1000)
                .build();
    }

    @Bean
    public Step exportMembersStep(JobRepository jobRepository,
                                  PlatformTransactionManager transactionManager,
                                  JdbcCursorItemReader<CohortMember> cohortMemberReader,
                                  CohortExportWriter cohortExportWriter,
                                  ExportProperties exportProperties) {
        return new StepBuilder("exportMembersStep", jobRepository)
                .<CohortMember, CohortMember>chunk(exportProperties.chunkSize(), transactionManager)
                .reader(cohortMemberReader)
                .writer(cohortExportWriter)
                .build();
    }

    @Bean
    public Job cohortExportJob(JobRepository jobRepository, Step exportMembersStep) {
        return new JobBuilder("cohortExportJob", jobRepository)
                .incrementer(new RunIdIncrementer())
                .start(exportMembersStep)
                .build();
    }
}
