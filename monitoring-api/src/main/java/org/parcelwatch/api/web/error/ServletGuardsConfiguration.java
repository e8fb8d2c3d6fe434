package org.parcelwatch.api.web.error;

import jakarta.servlet.MultipartConfigElement;
import java.util.Map;
import org.apache.catalina.Valve;
import org.parcelwatch.api.application.evidence.EvidenceProperties;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Guards at the servlet container: the error report valve on Tomcat's host (Spring Boot's plain one, or
 * Tomcat's default) is replaced by {@link ProblemErrorReportValve}, so that even requests Tomcat itself refuses
 * are answered as problems; and API request bodies, and the workbench's photo upload, are capped
 * ({@link BodySizeLimitFilter}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServletGuardsConfiguration {

    /** Ahead of security, so an oversized body is refused before anything reads it. */
    @Bean
    public FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${parcelwatch.api.max-body-size:1MB}") DataSize maxBodySize, EvidenceProperties evidence,
            ProblemResponses problems) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(
                maxBodySize.toBytes(), Map.of(EVIDENCE_PATH, uploadLimit(evidence), EVIDENCE_PAGE_PATH,
                uploadLimit(evidence)), problems));
        registration.addUrlPatterns("/api/*", EVIDENCE_PAGE_PATH);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    static final String EVIDENCE_PATH = "/api/v1/evidence";
    /** The workbench's photo upload (web/page), the same file under the same cap. */
    static final String EVIDENCE_PAGE_PATH = "/evidence";
    /** Room for the multipart framing around the photo: boundaries, part headers. */
    private static final long MULTIPART_FRAMING = 64 * 1024;

    /** The photo upload's cap: the largest photo and its framing (a larger photo is refused 413 by the upload itself). */
    static long uploadLimit(EvidenceProperties evidence) {
        return evidence.maxFileBytes() + MULTIPART_FRAMING;
    }

    /**
     * Multipart parsing (the photo upload) stops at the same cap, instead of Spring Boot's 1 MB a file: a photo over
     * it fails as MaxUploadSizeExceededException, answered 413 PAYLOAD_TOO_LARGE like any body too large.
     */
    @Bean
    public MultipartConfigElement multipartConfigElement(EvidenceProperties evidence) {
        return new MultipartConfigElement("", uploadLimit(evidence), uploadLimit(evidence), 0);
    }

    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return new ProblemValveCustomizer();
    }

    /** Runs after Spring Boot's own Tomcat customizer, whose context customizer adds the plain valve first. */
    static final class ProblemValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof org.apache.catalina.core.StandardHost standardHost) {
                    standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
