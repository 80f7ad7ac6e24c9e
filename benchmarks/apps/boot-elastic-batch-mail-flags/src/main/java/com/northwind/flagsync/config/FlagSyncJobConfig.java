package com.northwind.flagsync.config;

import com.northwind.flagsync.batch.FlagAuditProcessor;
import com.northwind.flagsync.batch.FlagAuditWriter;
import com.northwind.flagsync.batch.FlagSyncJobListener;
import com.northwind.flagsync.batch.PostHogFlagReader;
import com.northwind.flagsync.batch.PostHogFlagReader.FlagDefinition;
import com.northwind.flagsync.domain.FlagAuditDocument;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.support.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.client.ResourceAccessException;

@Configuration
public class FlagSyncJobConfig {

    public static final String JOB_NAME = "flagSyncJob";

    @Bean
    public Step indexFlagsStep(JobRepository jobRepository,
                               PlatformTransactionManager transactionManager,
                               PostHogFlagReader reader,
                               FlagAuditProcessor processor,
                               FlagAuditWriter writer) {
        return new StepBuilder("indexFlags", jobRepository)
                .<FlagDefinition, FlagAuditDocument>chunk(50, transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .faultTolerant()
                .retry(ResourceAccessException.class)
                .retryLimit(3)
                .build();
    }

    @Bean
    public Job flagSyncJob(JobRepository jobRepository, Step indexFlagsStep, FlagSyncJobListener listener) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .incrementer(new RunIdIncrementer())
                .listener(listener)
                .start(indexFlagsStep)
                .build();
    }
}
