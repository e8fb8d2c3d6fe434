package org.parcelwatch.api.web.mvc;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What each API request costs in Spring MVC and Tomcat, beyond the application's own work (bench/README.md, issue
 * 18): the handler lookup ({@link LiteralPrefixHandlerMapping}), the validation groups
 * ({@link ValidationGroupsOnce}), JSON answers written whole ({@link WholeJsonConverter}) and in one socket write.
 * Spring Boot takes one {@link WebMvcRegistrations}; both MVC replacements are registered here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebMvcTuning {

    /** Tomcat's per-connection write buffer (its {@code socket.appWriteBufSize}, 8 kB by default). */
    static final String SOCKET_WRITE_BUFFER = "socket.appWriteBufSize";

    @Bean
    WebMvcRegistrations parcelwatchMvcRegistrations() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new LiteralPrefixHandlerMapping();
            }

            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new ValidationGroupsOnce();
            }
        };
    }

    /** In place of Spring Boot's JSON converter (same mapper, same place among the converters). */
    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper objectMapper) {
        return new WholeJsonConverter(objectMapper);
    }

    /**
     * A connection's answers leave through a buffer of this size: an answer up to it (a ledger page of 20 rows is
     * 13 kB) is one socket write instead of one per 8 kB. Kept per open connection, not per request.
     */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> socketWriteBuffer(
            @Value("${parcelwatch.web.socket-write-buffer:32KB}") DataSize size) {
        if (size.toBytes() < 1024 || size.toBytes() > 16L * 1024 * 1024) {
            throw new IllegalStateException("parcelwatch.web.socket-write-buffer must be between 1KB and 16MB, was " + size);
        }
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setProperty(SOCKET_WRITE_BUFFER, Long.toString(size.toBytes())));
    }
}
