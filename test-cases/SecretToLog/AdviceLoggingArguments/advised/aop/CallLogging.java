package advised.aop;

import java.util.Arrays;
import org.aspectj.lang.JoinPoint;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.aspectj.lang.annotation.Before;
import org.aspectj.lang.annotation.Pointcut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every call of the services the pointcuts pick, with its arguments: the personal key a
 * user pastes among them where a picked method takes it.
 */
@Aspect
public class CallLogging {
  private static final Logger log = LoggerFactory.getLogger(CallLogging.class);

  @Pointcut("execution(public * advised.service..*(..))")
  void services() {}

  @Pointcut("within(advised.web.*)")
  void pages() {}

  @Around("services() || pages()")
  public Object logCall(ProceedingJoinPoint joinPoint) throws Throwable {
    log.debug("-> {} args={}", joinPoint.toShortString(), Arrays.toString(joinPoint.getArgs())); // Noncompliant
    return joinPoint.proceed();
  }

  @Before("pages()")
  public void logPage(JoinPoint joinPoint) {
    log.info("page {} args={}", joinPoint.toShortString(), Arrays.toString(joinPoint.getArgs()));
  }

  @Before("execution(* advised.service.CredentialService.count*(..))")
  public void logCount(JoinPoint joinPoint) {
    log.info("count {}", Arrays.toString(joinPoint.getArgs()));
  }

  @Around("execution(* advised.service.CredentialService.current*(..))")
  public Object logResult(ProceedingJoinPoint joinPoint) throws Throwable {
    Object result = joinPoint.proceed();
    log.debug("<- {} returned {}", joinPoint.toShortString(), result); // Noncompliant
    return result;
  }

  @Around("execution(* advised.service.CredentialService.count*(..)) || execution(* advised.service.CredentialService.staging*(..))")
  public Object logCount(ProceedingJoinPoint joinPoint) throws Throwable {
    Object result = joinPoint.proceed();
    log.debug("<- {} returned {}", joinPoint.toShortString(), result);
    return result;
  }

  @Before("execution(* advised.service..*(..)) && @annotation(advised.aop.Quiet)")
  public void logQuietly(JoinPoint joinPoint) {
    log.info("quiet {}", Arrays.toString(joinPoint.getArgs()));
  }
}
