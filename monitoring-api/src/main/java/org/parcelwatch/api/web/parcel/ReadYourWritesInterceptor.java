package org.parcelwatch.api.web.parcel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parcelwatch.api.application.readmodel.ReadYourWrites;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Read-your-writes for API clients (issue 15): every accepted command answers with the header {@value #HEADER}, the
 * event store's position that includes its events ({@link CommandSender}); a read (GET) that sends the header back
 * waits, within {@code parcelwatch.read-your-writes.timeout} (5 s), until the projections have passed that position,
 * so that the detail, ledger, worklist or notices it reads show the command's effect. A value that is not a number is
 * ignored. Past the bound the read answers what there is, with {@code Parcelwatch-Stale: true}.
 */
@Configuration(proxyBeanMethods = false)
public class ReadYourWritesInterceptor implements WebMvcConfigurer, HandlerInterceptor {

    public static final String HEADER = "Parcelwatch-Position";
    static final String STALE = "Parcelwatch-Stale";

    private final ReadYourWrites readYourWrites;

    public ReadYourWritesInterceptor(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String position = request.getHeader(HEADER);
        if (position == null || !HttpMethod.GET.matches(request.getMethod()) || !position.matches("\\d{1,18}")) {
            return true;
        }
        if (!readYourWrites.awaitPosition(Long.parseLong(position))) {
            response.setHeader(STALE, "true");
        }
        return true;
    }
}
