package com.kelpford.usage.batch;

import com.kelpford.usage.config.ExportProperties;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.database.JdbcCursorItemReader;
import org.springframework.batch.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.LocalDate;

/**
 * The nightly usage export: price yesterday's usage, drop CSVs on SFTP, then sync the
 * over-quota cohort to PostHog.
 */
@Configuration
public class UsageExportJobConfig {

    @Bean
    @StepScope
    JdbcCursorItemReader<UsageRecord> usageReader(DataSource dataSource,
            @Value("#{jobParameters['day']}") LocalDate day) {
        return new JdbcCursorItemReaderBuilder<UsageRecord>()
                .name("usageReader")
                .dataSource(dataSource)
                .sql("select u.account_id, a.name, u.meter, u.quantity, u.day, c.api_token "
                        + "from usage_daily u join account a on a.id = u.account_id "
                        + "left join account_credential c on c.account_id = a.id and c.primary_credential "
                        + "where u.day = ? order by u.account_id")
                .queryArguments(day)
                .rowMapper((rs, n) -> new UsageRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getObject(5, LocalDate.class), rs.getString(6)))
                .build();
    }

    @Bean
    Step priceUsageStep(JobRepository repo, PlatformTransactionManager tx, ExportProperties export,
            JdbcCursorItemReader<UsageRecord> usageReader, InvoiceLineProcessor processor, InvoiceCsvWriter writer) {
        return new StepBuilder("priceUsage", repo)
                .<UsageRecord, InvoiceLine>chunk(export.chunkSize(), tx)
                .reader(usageReader)
                .processor(processor)
                .writer(writer)
                .faultTolerant()
                .skip(IllegalArgumentException.class)
                .skipLimit(1_000)
                .listener(processor)
                .build();
    }

    @Bean
    Step cohortSyncStep(JobRepository repo, PlatformTransactionManager tx, CohortSyncTasklet tasklet) {
        return new StepBuilder("cohortSync", repo).tasklet(tasklet, tx).build();
    }

    @Bean
    Job usageExportJob(JobRepository repo, Step priceUsageStep, Step cohortSyncStep, ExportJobListener listener) {
        return new JobBuilder("usageExport", repo)
                .incrementer(new RunIdIncrementer())
                .listener(listener)
                .start(priceUsageStep)
                .next(cohortSyncStep)
                .build();
    }
}
