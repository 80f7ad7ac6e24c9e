package com.acme.flagdesk.aop.logging;

import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.AfterThrowing;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.Pointcut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Aspect for logging execution of service and repository Spring components.
 * <p>
 * Unlike the generated JHipster aspect, arguments and results are not logged: the OAuth and flag-sync
 * services take and return credentials.
 */
@Aspect
public class LoggingAspect {

    private final Environment env;

    public LoggingAspect(Environment env) {
        this.env = env;
    }

    @Pointcut(
        "within(@org.springframework.stereotype.Repository *)" +
        " || within(@org.springframework.stereotype.Service *)" +
        " || within(@org.springframework.web.bind.annotation.RestController *)"
    )
    public void springBeanPointcut() {
        // Method is empty as this is just a Pointcut, the implementations are in the advices.
    }

    @Pointcut("within(com.acme.flagdesk.repository..*)" + " || within(com.acme.flagdesk.service..*)" + " || within(com.acme.flagdesk.web.rest..*)")
    public void applicationPackagePointcut() {
        // Method is empty as this is just a Pointcut, the implementations are in the advices.
    }

    private Logger logger(JoinPoint joinPoint) {
        return LoggerFactory.getLogger(joinPoint.getSignature().getDeclaringTypeName());
    }

    @AfterThrowing(pointcut = "applicationPackagePointcut() && springBeanPointcut()", throwing = "e")
    public void logAfterThrowing(JoinPoint joinPoint, Throwable e) {
        if (env.acceptsProfiles(Profiles.of("dev"))) {
            logger(joinPoint).error("Exception {} in {}()", e.getClass().getSimpleName(), joinPoint.getSignature().getName());
        } else {
            logger(joinPoint).error("Exception in {}()", joinPoint.getSignature().getName());
        }
    }

    @Around("applicationPackagePointcut() && springBeanPointcut()")
    public Object logAround(ProceedingJoinPoint joinPoint) throws Throwable {
        Logger log = logger(joinPoint);
        long start = System.nanoTime();
        try {
            return joinPoint.proceed();
        } finally {
            if (log.isDebugEnabled()) {
                log.debug("Exit: {}() after {} ms", joinPoint.getSignature().getName(), (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
