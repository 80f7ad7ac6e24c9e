package com.acme.flagadmin.aop;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import lombok.extern.slf4j.Slf4j;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.Pointcut;
import org.springframework.stereotype.Component;

@Slf4j
@Aspect
@Component
public class MethodLoggingAspect {

    @Pointcut("execution(public * com.acme.flagadmin.service..*(..))")
    void serviceMethods() {
    }

    @Pointcut("execution(public * com.acme.flagadmin.client.PostHogAdminClient.*(..))")
    void adminClientMethods() {
    }

    @Around("serviceMethods() || adminClientMethods()")
    public Object logInvocation(ProceedingJoinPoint joinPoint) throws Throwable {
        String method = joinPoint.getSignature().toShortString();
        log.debug("-> {} args={}", method, Arrays.toString(joinPoint.getArgs()));
        long start = System.nanoTime();
        try {
            Object result = joinPoint.proceed();
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            log.debug("<- {} returned {} in {} ms", method, result, elapsedMs);
            return result;
        } catch (Throwable ex) {
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            log.warn("<- {} threw {} after {} ms", method, ex.getClass().getSimpleName(), elapsedMs);
            throw ex;
        }
    }
}
