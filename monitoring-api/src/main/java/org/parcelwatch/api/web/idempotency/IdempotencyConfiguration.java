package org.parcelwatch.api.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import org.parcelwatch.api.web.error.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@link IdempotencyFilter} right behind Spring Security's filter chain. Records are kept for
 * {@code parcelwatch.idempotency.retention} (24 h); the filter uses the wall clock, not the business clock,
 * which the demo may move.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class IdempotencyConfiguration {

    @Bean
    public FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
            IdempotencyStore store, ProblemResponses problems, ObjectMapper objectMapper,
            @Value("${parcelwatch.idempotency.retention:24h}") Duration retention,
            @Value("${parcelwatch.idempotency.wait-for-first:5s}") Duration waitForFirst,
            @Value("${parcelwatch.idempotency.stale-after:5m}") Duration staleAfter) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter(
                store, problems, objectMapper, Clock.systemUTC(), retention, waitForFirst, staleAfter));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
