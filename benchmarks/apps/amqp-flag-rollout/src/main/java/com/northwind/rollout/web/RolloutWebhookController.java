package com.northwind.rollout.web;

import com.northwind.rollout.config.BrokerProperties;
import com.northwind.rollout.messaging.RolloutCommand;
import lombok.extern.slf4j.Slf4j;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Lets the CI pipeline request a rollout step after a successful canary deploy.
 */
@RestController
@RequestMapping("/hooks")
@Slf4j
public class RolloutWebhookController {

    private final RabbitTemplate rabbitTemplate;
    private final BrokerProperties broker;
    private final String sharedSecret;

    public RolloutWebhookController(RabbitTemplate rabbitTemplate,
                                    BrokerProperties broker,
                                    @Value("${rollout.webhook.shared-secret}") String sharedSecret) {
        this.rabbitTemplate = rabbitTemplate;
        this.broker = broker;
        this.sharedSecret = sharedSecret;
    }

    @PostMapping("/rollouts")
    public ResponseEntity<Map<String, Object>> requestRollout(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody RolloutCommand command) {

        byte[] expected = ("Bearer " + sharedSecret).getBytes(StandardCharsets.UTF_8);
        byte[] presented = authorization == null ? new byte[0] : authorization.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, presented)) {
            log.warn("Rejected rollout webhook for flag {}: unexpected Authorization header '{}'", command.flagKey(), authorization);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }

        String caller = DigestUtils.md5DigestAsHex(presented).substring(0, 10);
        log.info("Accepted rollout webhook for flag {} ({}%) from caller {}", command.flagKey(), command.targetPercentage(), caller);

        rabbitTemplate.convertAndSend("", broker.commandQueue(), command);
        return ResponseEntity.accepted().body(Map.of("commandId", String.valueOf(command.commandId())));
    }
}
