package com.northwind.rollout.messaging;

import com.northwind.rollout.domain.RolloutRecord;
import com.northwind.rollout.service.FlagRolloutService;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

@Component
@RequiredArgsConstructor
@Slf4j
public class RolloutCommandListener {

    private final FlagRolloutService rolloutService;

    @RabbitListener(queues = "${rollout.broker.command-queue}", concurrency = "1-4")
    public void onRolloutCommand(@Payload RolloutCommand command,
                                 @Header(name = AmqpHeaders.REDELIVERED, required = false) Boolean redelivered) {
        log.info("Received rollout command {} (redelivered={})", command, redelivered);

        if (command.flagKey() == null || command.flagKey().isBlank()) {
            throw new AmqpRejectAndDontRequeueException("Rollout command " + command.commandId() + " has no flag key");
        }
        if (command.targetPercentage() < 0 || command.targetPercentage() > 100) {
            throw new AmqpRejectAndDontRequeueException("Invalid target percentage "
                    + command.targetPercentage() + " for flag " + command.flagKey());
        }

        RolloutRecord record = rolloutService.apply(command);
        log.info("Rollout of {} finished with status {}", command.flagKey(), record.getStatus());
    }
}
